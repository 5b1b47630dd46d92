"""Reports as statements: "X reported that …" is X's statement (010) as "X said" is, a named outlet included
("The Gazette reported that …"); not a report someone must or may make, nor answering to someone. A document's
own "by X" is its author, and an assessment warning of a risk threatens no one. Wire agencies stay no actor and a
statement with no author stays no one's. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _events(ex):
    names = {a.entity_index: a.name for a in ex.actors}
    return [(e.cameo_code, names.get(e.actor1_entity), names.get(e.actor2_entity)) for e in ex.events]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The Boston Globe reported that the mayor had left the city on Friday.", "Boston Globe"),
        ("The harbour was closed for two days, the Ministry of Transport reported.", "Ministry of Transport"),
        ("The Ministry of Health reports twelve new deaths in the northern province.", "Ministry of Health"),
    ],
)
def test_a_named_reporter_states(extract, text, source):
    assert [(code, a1) for code, a1, _ in _events(extract(text))] == [("010", source)]


@pytest.mark.parametrize(
    "text",
    [
        "I report to the people of the district who elected me.",
        "The new rule requires clinics to report cases of measles to the ministry.",
    ],
)
def test_no_report_made(extract, text):
    assert not [e for e in _events(extract(text)) if e[0] == "010"]


def test_what_is_reported_is_no_target(extract):
    events = _events(
        extract("The Boston Globe reported a protest against the closure of the Lawson Hospital.")
    )
    assert events == [("010", "Boston Globe", None)]


def test_whom_it_is_reported_to_is_the_target(extract):
    events = _events(
        extract("The Ministry of Health reported the outbreak to the World Health Organization.")
    )
    assert ("010", "Ministry of Health", "World Health Organization") in events


def test_a_wire_agency_is_no_actor(extract):
    assert _events(extract("Reuters reported that the talks in Geneva had collapsed.")) == []


def test_a_statement_with_no_author_is_no_ones(extract):
    assert _events(extract("The statement warns that the border crossings will stay closed.")) == []


def test_a_documents_own_author(extract):
    events = _events(extract("A report by the World Bank says that the drought will cut harvests by half."))
    assert [(code, a1) for code, a1, _ in events] == [("010", "World Bank")]


def test_an_assessment_warns_of_a_risk(extract):
    events = _events(extract("A report by the World Bank warned of a civil war in the region."))
    assert [(code[:2], a1) for code, a1, _ in events] == [("01", "World Bank")]


@pytest.mark.parametrize(
    "text",
    [
        "The Gazette reported that Mayor Ellen Brody said the bridge would stay closed.",
        "The Gazette reported Mayor Ellen Brody as saying that the bridge would stay closed.",
    ],
)
def test_a_relayed_statement_is_not_the_outlets(extract, text):
    assert "Gazette" not in {a1 for _, a1, _ in _events(extract(text))}


def test_an_unnamed_source_relayed_is_the_outlets(extract):
    events = _events(extract("The Gazette reported that its sources said the bridge would stay closed."))
    assert ("010", "Gazette", None) in events
