"""Whom an act was sought against (events/sought.py) and the doer of a verb joined to a small clause
(arguments.small_clause): the seeker and the finder act, the one sought or found is acted on. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.extract.coded_events import triples


@pytest.mark.parametrize(
    "text",
    [
        "The defendants decided to find African-Americans to assault.",
        "The defendants drove around looking for African-Americans to assault.",
    ],
)
def test_the_one_sought_is_the_target_and_the_seeker_the_source(extract, text):
    found = triples(extract(text))
    assert any(code.startswith("18") and a2 == "African-Americans" for code, _, a2 in found)
    assert all(a1 != "African-Americans" for _, a1, _ in found)


def test_a_relative_infinitive_without_object_acts_on_its_noun(extract):
    found = triples(extract("Klan members searched for a black man to attack."))
    assert any(code.startswith("18") and a1 == "Klan" for code, a1, _ in found)


def test_the_first_to_act_is_the_doer(extract):
    found = triples(extract("Russia became the first country to recognize the republic."))
    assert any(a1 == "Russia" for _, a1, _ in found)


def test_the_finder_assaulted_the_one_found(extract):
    found = triples(extract("The men found an African-American man walking home and assaulted him."))
    assert any(code.startswith("18") and a2 == "United States civilians" for code, _, a2 in found)
    assert all(a1 != "United States civilians" for _, a1, _ in found)
