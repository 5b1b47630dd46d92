"""A body's name NER ended at its kind word goes on over "of"/"for" and the capitalised words after it, and over
"'s Office" after a place and a title ("the Kings County District Attorney's Office")."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")


def _types(ex):
    return {a.name: a.actor_type for a in ex.actors}


def test_a_court_keeps_the_district_after_for(extract):
    ex = extract(
        "The lawsuit was filed in the U.S. District Court for the Western District of Ohio on Monday."
    )
    names = _types(ex)
    assert "District Court" not in names
    assert names["District Court for the Western District of Ohio"] == "organization"


def test_an_alliance_keeps_what_it_is_for(extract):
    ex = extract("The Citizens Alliance for Better Schools filed a complaint against the board.")
    assert "Citizens Alliance" not in _types(ex)
    filed = next(e for e in ex.events if e.trigger_text.startswith("filed"))
    assert ex.actors[filed.actor1_entity].name == "Citizens Alliance for Better Schools"


def test_an_alliance_keeps_the_state_after_of(extract):
    ex = extract("Jane Miller of the Farmworker Alliance of Georgia said the heat rules were too weak.")
    names = _types(ex)
    assert "Farmworker Alliance" not in names and "Georgia" not in names
    assert names["Farmworker Alliance of Georgia"] == "organization"


def test_a_court_of_appeals_keeps_its_circuit(extract):
    ex = extract("The case went to the Court of Appeals for the Ninth Circuit last year.")
    assert list(_types(ex)) == ["Court of Appeals for the Ninth Circuit"]


def test_what_follows_for_that_is_no_name_stays_out(extract):
    ex = extract(
        "The Volvo Group of Sweden reported higher profits. He thanked the Foundation for Monday's gift."
    )
    names = _types(ex)
    assert "Volvo Group" in names and "Sweden" in names
    assert "Foundation" in names


def test_a_county_prosecutors_office_is_one_organisation(extract):
    ex = extract(
        "The case was brought by the Kings County District Attorney’s Office. "
        "We thank the Marion County Sheriff's Office for its assistance in this matter."
    )
    names = _types(ex)
    assert "Kings County" not in names
    assert names["Kings County District Attorney’s Office"] == "organization"
    assert names["Marion County Sheriff's Office"] == "organization"


def test_words_that_name_something_else_stay_out(extract):
    ex = extract(
        "Jane Roe, the director of the Afghan Ministry of Women's Affairs for the Kandahar province, was shot. "
        "ERO works with the Office of International Affairs for ICE's investigators abroad."
    )
    names = _types(ex)
    assert "Afghan Ministry of Women's Affairs" in names and "Office of International Affairs" in names
    ex = extract("The only court with higher authority is the Supreme Court of the United Kingdom.")
    assert "United Kingdom Supreme Court" in _types(ex)


def test_a_hyphened_word_stays_in_the_name(extract):
    ex = extract("The Justice Department sued the New Black Panther Party for Self-Defense on Monday.")
    assert "New Black Panther Party for Self-Defense" in _types(ex)


def test_a_field_that_is_also_a_title_stays_in_the_name(extract):
    ex = extract(
        "She is Deputy Director of the Domestic Policy Council for Racial Justice and Equity, where she manages "
        "the portfolio."
    )
    assert "Domestic Policy Council for Racial Justice and Equity" in _types(ex)
