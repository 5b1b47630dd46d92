"""A statement told as the speech act a light verb's noun names ("raised the possibility that", "released its
findings", "drew attention to", "gave the same answer", "sent a message"), and what a possibility holds is not done. Sentences
written for these tests."""

from __future__ import annotations

import pytest


def _events(ex):
    names = {a.entity_index: a.name for a in ex.actors}
    return [(e.cameo_code, names.get(e.actor1_entity)) for e in ex.events]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Maria Oduya raised the prospect of early elections in the spring.",
        "Senator Maria Oduya raised the question of land reform with the farmers.",
        "Senator Maria Oduya released her findings on the grain subsidies today.",
        "Senator Maria Oduya released the names of the three officials.",
        "Senator Maria Oduya then drew attention to her pension plan for farmers.",
        "Senator Maria Oduya gave the same answer to the farmers.",
        "Senator Maria Oduya also presented other ideas to the students.",
        "Senator Maria Oduya made the case for lower taxes on farms.",
        "Senator Maria Oduya sent a message to the farmers of Amsa.",
    ],
)
def test_a_speech_act_a_light_verb_names_is_a_statement(extract, text):
    assert [code[:2] for code, speaker in _events(extract(text)) if speaker == "Maria Oduya"] == ["01"]


def test_what_a_possibility_holds_is_not_done(extract):
    ex = extract("Senator Maria Oduya raised the possibility that rebel groups had planted the bombs.")
    assert _events(ex) == [("010", "Maria Oduya")]  # no bombing by the rebels


def test_a_letter_sent_demanding_stays_a_demand(extract):
    ex = extract(
        "Senator Maria Oduya sent a letter to the finance minister demanding answers about the subsidies."
    )
    assert [code[:2] for code, _ in _events(ex)] == ["10"]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Maria Oduya raised money for the farmers of Amsa.",
        "The drought drew attention to the plight of the farmers.",
        "Senator Maria Oduya made a cake for the harvest festival.",
        "Senator Maria Oduya sent a parcel to the farmers of Amsa.",
        # a thing of someone's raises questions or draws attention; no assurances given are none
        "Senator Maria Oduya's decision to hold the vote raised ethics questions.",
        "A photograph of the drowned boy drew widespread attention.",
        "Senator Maria Oduya gave no assurances that the plant would close.",
    ],
)
def test_a_light_verb_with_another_object_is_no_statement(extract, text):
    assert not [code for code, _ in _events(extract(text)) if code[:2] == "01"]


def test_a_message_a_thing_sends_leaves_the_hope_it_is_in(extract):
    ex = extract(
        '"I hope these new restrictions will send a message that harm is criminal," Senator Maria Oduya said.'
    )
    assert _events(ex) == [("013", "Maria Oduya")]
