"""Doers the grammar names away from the trigger: the agent a coordinated or double-object passive shares, and
the crowd that takes part in, participates in or turns out for an event noun. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.coded_events import triples


def test_a_coordinated_passive_shares_the_agent(extract):
    events = triples(extract("A Turkish fishing boat was fired on and sunk by the Greek navy near Lesbos."))
    assert [(code, a1) for code, a1, _ in events] == [("190", "Greece military")]


def test_no_agent_is_shared_across_but(extract):
    text = "Ahmed Karimov was put under house arrest in May, but was pardoned by President Aliyev."
    assert not any(code == "173" for code, *_ in triples(extract(text)))


def test_the_agent_hung_on_a_retained_object_acts(extract):
    text = "The journalists had been refused entry by Interior Minister Ahmed Karimov on Monday."
    assert [(code, a1) for code, a1, _ in triples(extract(text))] == [("120", "Ahmed Karimov")]


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of farmers took part in protests against the new land law in Nairobi.",
        "Thousands of farmers turned out for a second day of protests in Nairobi.",
    ],
)
def test_those_who_take_part_in_a_protest_protest(extract, text):
    events = triples(extract(text))
    assert [code[:2] for code, *_ in events] == ["14"] and events[0][1] is not None


def test_a_noun_only_mentioned_stays_background(extract):
    assert not any(code[:2] == "14" for code, *_ in triples(extract("The farmers spoke about the protests.")))
