"""Technical and commercial senses of event verbs (events/sense_things.py): a product does not act, a technical
capability is not endorsed, investing into a thing and funding a company are business, selling is no offer.

Each case is a sentence written for the rule it tests, run through the real extractor (spaCy + actors + events).
"""

from __future__ import annotations

import pytest

from tests.extract.coded_events import codes, roots

pytest.importorskip("spacy")


def test_a_product_is_no_party_that_supports(extract):
    assert "05" not in roots(
        extract, "The new Exynos processors support the same capabilities as last year's chips."
    )
    assert "05" not in roots(
        extract,
        "Few buyers know that every speaker supported by Google's Nest platform can be muted by voice.",
    )
    assert "051" in codes(extract, "Germany strongly supported the EU sanctions on Belarus.")
    assert "051" in codes(extract, "Norway backs Ukraine in its war with Russia.")


def test_investing_into_a_thing_is_no_economic_cooperation(extract):
    assert "06" not in roots(
        extract, "Microsoft has invested huge resources into building its cloud business."
    )
    assert "0311" in codes(extract, "Japan will invest in Indonesia, the trade minister said on Monday.")


def test_funding_a_company_is_no_praise_or_aid(extract):
    assert "05" not in roots(
        extract, "The startup is backed by two London venture funds, Atomico and Balderton."
    )
    assert "07" not in roots(extract, "Investors rushed to finance young companies in the boom years.")


def test_selling_a_thing_is_no_offer(extract):
    assert "03" not in roots(extract, "Both carriers offer this on every transatlantic route.")
