"""Small talk whose only addressee is "you" is no event (events/pleasantries.py): a turn's "Thank you.", a wish
for the listener's day, handing over the floor; a thanks to a named party and a claim about something else stay.
Each case is a sentence written for the rule, run through the real extractor.
"""

from __future__ import annotations

import pytest

from tests.extract.coded_events import triples

pytest.importorskip("spacy")

_TITLE = "Secretary Jane Doe and Foreign Minister Tom Reyes at a Press Availability"


def test_thanks_and_wishes_to_you_are_no_events(extract):
    ex = extract(
        "SECRETARY DOE: Thank you.\n\n"
        "FOREIGN MINISTER REYES: Thank you very much for your question. I hope you have a wonderful rest of your "
        "day.\n\nSECRETARY DOE: I am delighted to welcome you here. I think the floor is yours.",
        title=_TITLE,
    )
    assert triples(ex) == []


def test_a_named_thanks_and_a_claim_stay(extract):
    ex = extract(
        "SECRETARY DOE: I want to thank Foreign Minister Tom Reyes for his hospitality.\n\n"
        "FOREIGN MINISTER REYES: I think you will see more sanctions against the regime.",
        title=_TITLE,
    )
    assert ("051", "Jane Doe", "Tom Reyes") in triples(ex)
    assert {code for code, _, _ in triples(ex)} == {"051", "010"}


def test_a_remark_to_you_with_a_clause_of_its_own_stays(extract):
    text = (
        "Tom Reyes, 40, has played 285 straight games for the club. "
        "“I can’t promise you if I’ll make it through the season,” he said."
    )
    assert [(code, source) for code, source, _ in triples(extract(text))] == [("010", "Tom Reyes")]


def test_a_report_of_thanks_said_stays_a_statement(extract):
    text = 'At the ceremony, General Tom Reyes said, "Brothers in arms, thank you for your sacrifices."'
    assert [(code, source) for code, source, _ in triples(extract(text))] == [("010", "Tom Reyes")]
