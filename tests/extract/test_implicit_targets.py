"""Acronym-named organisations and targets a sentence only implies (invented text, not from any sample)."""

from __future__ import annotations

import pytest

from tests.extract.coded_events import triples

pytest.importorskip("spacy")


def _names(ex, entity):
    return {a.name for a in ex.actors if a.entity_index == entity} | {
        m.text for m in ex.mentions if m.entity_index == entity
    }


def _event(ex, root):
    return next(e for e in ex.events if e.cameo_code.startswith(root))


def test_acronym_in_brackets_makes_an_organisation_and_it_refers_to_it(extract):
    ex = extract(
        "The Federation of Coastal Fishermen of Norland (FCFN), which called the strike, said 3,000 boats stayed in port. "
        "It condemned the coast guard and demanded compensation."
    )
    names = {a.name for a in ex.actors}
    assert any("Federation of Coastal Fishermen" in n for n in names)
    condemn = _event(ex, "11")
    assert "FCFN" in _names(ex, condemn.actor1_entity)


def test_force_as_clause_subject_is_the_target(extract):
    ex = extract("Riot police fired tear gas as students tried to enter the parliament building in Valdoria.")
    event = _event(ex, "17")
    assert any("student" in n.lower() for n in _names(ex, event.actor2_entity))


def test_welcomed_the_move_points_to_the_lead_actor(extract):
    ex = extract(
        "The Central Bank of Norland raised its main interest rate on Tuesday for the first time in a decade. "
        "Retailers' associations criticised the timing. Economists welcomed the move."
    )
    welcome = [e for e in ex.events if e.cameo_code.startswith("05")]
    assert welcome and "Central Bank of Norland" in _names(ex, welcome[-1].actor2_entity)


def test_lone_sentence_action_noun_has_no_invented_target(extract):
    ex = extract("Economists welcomed the move.")
    assert all(e.actor2_entity is None for e in ex.events)


def test_strikes_across_a_country_are_aimed_at_it(extract):
    assert ("190", "Russia military", "Ukraine") in triples(
        extract("Russian forces struck several villages across Ukraine on Monday.")
    )


def test_bare_plural_action_noun_does_not_point_to_the_lead_actor(extract):
    ex = extract(
        "The Central Bank of Norland raised its main interest rate on Tuesday for the first time in a decade. "
        "Economists welcomed private-sector initiatives to lower prices."
    )
    welcome = [e for e in ex.events if e.cameo_code.startswith("05")]
    assert all("Central Bank of Norland" not in _names(ex, e.actor2_entity) for e in welcome)


def test_delegations_from_two_states_meeting_meet_each_other(extract):
    ex = extract("Delegations from Chile and Peru met in Geneva on Thursday.")
    meetings = [e for e in ex.events if e.cameo_code.startswith("04")]
    sides = {(e.actor1_entity, e.actor2_entity) for e in meetings}
    assert len(sides) == 2 and all(a is not None and b is not None and a != b for a, b in sides)


def test_the_international_community_is_a_group(extract):
    ex = extract("Norland tested a new rocket on Sunday. The international community condemned the test.")
    condemn = _event(ex, "11")
    assert _names(ex, condemn.actor1_entity) >= {"international community"}
