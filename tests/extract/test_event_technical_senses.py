"""Technical and commercial senses of event verbs (events/sense_things.py): a product does not act, a technical
capability is not endorsed, investing into a thing and funding a company are business, selling is no offer,
market demand is no demand,
backing by a funder is financing, a natural force is no party and a launch into space is no force; nor is a document,
plan, programme or built work a party, and support as the aim of a grant or a step is no praise.

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


def test_a_name_the_sentence_calls_a_product_is_no_party(extract):
    assert "05" not in roots(extract, "Dropwell, Acme's file backup product, supports Zorba.")
    assert "05" not in roots(extract, "Acme Corp. also supports this Northwind cloud.")
    assert "051" in codes(extract, "Sweden, a founding member of the alliance, supports the plan.")
    assert "010" in codes(  # the parser may hang the company's appositive on the speaker
        extract,
        "That means using every network, says Mary Okafor, co-founder of Lend(x), an online platform for investors.",
    )


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


def test_market_demand_is_no_cameo_demand(extract):
    assert "10" not in roots(extract, "But our customers demand it.")
    assert "10" not in roots(extract, "China’s demand means new jobs and revenue for a generation.")
    assert "1041" in codes(extract, "The protesters demanded the resignation of the prime minister.")
    assert "120" in codes(extract, "Russia's demand was rejected by NATO on Friday.")


def test_what_a_product_offers_or_asks_its_reader_is_no_event(extract):
    assert "03" not in roots(extract, "When Acme Corp. offers you the feature, you have two options.")
    assert "02" not in roots(extract, "First Acme Corp. asks you to give it a second email address.")
    assert "02" in roots(extract, '"I ask you to support this bill," Obama told the senators.')


def test_backing_by_a_funder_is_no_praise(extract):
    assert "05" not in roots(
        extract,
        "Orbitex, backed by entrepreneur John Smith, is the second private company to fly a probe to Mars.",
    )
    assert "05" not in roots(
        extract, "The new museum is backed by $5 million from the Halvorsen Family Trust."
    )
    assert "051" in codes(extract, "The plan is backed by Germany and France.")


def test_a_natural_force_is_no_party(extract):
    assert "19" not in roots(
        extract, "As Hurricane Mirela hit Cuba on Monday, schools closed across the region."
    )
    assert "19" not in roots(extract, "Typhoon Odo struck Vietnam overnight.")
    assert "190" in codes(extract, "Russian forces hit the city of Kharkiv with missiles.")
    assert "010" in codes(extract, "The National Hurricane Center said all warnings were lifted on Monday.")


def test_a_launch_into_space_is_no_force(extract):
    assert "19" not in roots(extract, "NASA launched a rocket carrying a weather satellite from Florida.")
    assert "190" in codes(extract, "Hamas launched rockets at Israel on Tuesday.")
    assert "190" in codes(extract, "North Korea launched a ballistic missile into the sea.")


def test_a_document_plan_or_built_work_is_no_party(extract):
    assert "07" not in roots(extract, "The Budget provides $3.2 billion for the Department of Energy.")
    assert "05" not in roots(extract, "The Program supports small businesses in Kenya.")
    assert "05" not in roots(
        extract, "The concrete casing, which supports the old tunnel, was built in 1910."
    )
    assert "112" in codes(extract, "A UN report accused Syria of using chemical weapons against civilians.")
    assert "115" in codes(extract, "The Innocence Project sued the state of Texas.")
    assert "010" in codes(
        extract, "A report from the Chicago Tribune said the church was picketing funerals."
    )


def test_support_as_the_aim_of_a_grant_or_step_is_no_praise(extract):
    assert "05" not in roots(
        extract, "Canada is contributing $40 million to support projects that improve rural water supply."
    )
    assert "05" not in roots(
        extract, "The ministry has taken several steps to support small farms and rural schools."
    )
    assert "051" in codes(extract, "The party changed its rules to support Governor Linda Reyes.")
    assert "051" in codes(extract, "Germany strongly supported the EU sanctions on Belarus.")
