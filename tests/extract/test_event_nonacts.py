"""Trigger words that are no act whatever their sense (events/sense_nonacts.py): a month name inside a date and a
means that is denied. Each case is a sentence written for the rule, run through the real extractor.
"""

from __future__ import annotations

import pytest

from tests.extract.coded_events import codes, roots

pytest.importorskip("spacy")


def test_a_month_name_is_no_march(extract):
    text = "The search will resume, said Qantas, referring to the Qantas flight that went missing on March 8."
    assert "14" not in roots(extract, text)
    assert "010" in codes(extract, text)
    assert "14" in roots(
        extract, "Thousands of students marched through Santiago on Thursday against the reform."
    )


def test_a_denied_means_is_no_call(extract):
    assert not codes(extract, "Tickets can be bought only online, not by calling the Sydney Opera House.")
    assert "041" in codes(extract, "Mayor Vaughan Gething telephoned Prime Minister Keir Starmer on Monday.")


def test_taking_notice_is_no_demand(extract):
    assert "10" not in roots(extract, "As the video went viral, Facebook took notice.")
    assert "10" in roots(extract, "The RIAA issued a takedown notice to GitHub.")


def test_a_given_name_is_no_saying(extract):
    ex = extract(
        "MS ROE: Looks like we have Said Haddad back in the queue.\n\nQUESTION: Will the talks resume?",
        title="Department Press Briefing",
    )
    assert [e.trigger_text for e in ex.events] == []
    assert "010" in codes(extract, "The talks will resume, Haddad said on Monday.")
