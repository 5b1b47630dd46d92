"""Sentence-level recall (sent14): statements made with a speech noun ("made an announcement", "gave a speech",
"released a recording"), blame laid on a body named by whose it is or after "on", a claim that passes judgement,
and event words written with a hyphen ("cease-fire"). Sentences written for these tests."""

from __future__ import annotations

import pytest


def _events(ex):
    names = {a.entity_index: a.name for a in ex.actors}
    return [(e.cameo_code, names.get(e.actor1_entity), names.get(e.actor2_entity)) for e in ex.events]


def _roots(ex):
    return {e.cameo_code[:2] for e in ex.events}


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Anna Lindqvist made the announcement on national radio on Friday.",
        "Senator Paul Okafor gave a long speech to the party conference in Leeds.",
        "The rebel commander Idris Malouf released a recording on Sunday.",
    ],
)
def test_a_speech_noun_carried_by_a_light_verb_is_a_statement(extract, text):
    assert "01" in _roots(extract(text))


def test_what_a_speech_urges_is_coded_not_the_speech(extract):
    ex = extract("Senator Paul Okafor gave a speech urging voters to support the new constitution.")
    assert "01" not in _roots(ex)
    assert _roots(ex)


def test_blame_on_a_body_named_by_its_owner(extract):
    ex = extract("The Venezuelan president blamed the intelligence services of Colombia for the explosion.")
    assert "11" in _roots(ex)


def test_blame_laid_on_someone_after_on(extract):
    ex = extract("Mayor Lidia Santos blamed the flooding on the Ministry of Transport.")
    assert "11" in _roots(ex)


def test_blaming_a_thing_is_no_accusation(extract):
    assert "11" not in _roots(extract("The airline blamed human error for the delay."))


@pytest.mark.parametrize(
    "text",
    [
        "Senator Mark Devlin claimed the new law was cruel and unjust.",
        "Opposition leader Kofi Mensah claimed that the count was rigged.",
    ],
)
def test_a_claim_that_judges_is_criticism(extract, text):
    assert "11" in _roots(extract(text))


def test_a_claim_of_a_fact_stays_a_statement(extract):
    assert _roots(extract("Senator Mark Devlin claimed the new law was passed in March.")) == {"01"}


def test_a_hyphenated_ceasefire_is_one(extract):
    ex = extract("The Karen National Union announced a cease-fire with the Myanmar army on Monday.")
    assert any(code.startswith("087") for code, _, _ in _events(ex))


def test_a_hyphenated_verb_falls_back_to_its_last_part(extract):
    ex = extract("President Maria Okoro re-stated her support for the peace plan.")
    assert _roots(ex) & {"01", "05"}


def test_a_repeated_request_is_its_subjects(extract):
    ex = extract("Norway has repeated its request to the Chilean government for an inquiry.")
    assert ("020", "Norway") in [(code[:3], a1) for code, a1, _ in _events(ex)]


def test_another_persons_threats_are_not_the_subjects(extract):
    ex = extract('"I take his threats very seriously," said Helena Marsh, the company\'s director.')
    assert "13" not in _roots(ex)
