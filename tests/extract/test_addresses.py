"""A dateline's places and a state's abbreviation after a town are no actors (``actors/addresses.py``)."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")


def _names(ex):
    return {a.name for a in ex.actors}


def test_a_town_and_state_dateline_is_no_party(extract):
    ex = extract("Smithville, Ga. – The company announced 200 new jobs on Tuesday.")
    assert not _names(ex) & {"Smithville", "Ga."}
    announced = next(e for e in ex.events if e.trigger_text == "announced")
    assert ex.actors[announced.actor1_entity].name == "company"


def test_a_capital_in_a_dateline_is_no_government(extract):
    ex = extract("Washington, D.C. – Congresswoman Jane Roe wrote an op-ed on farm subsidies.")
    assert _names(ex) == {"Jane Roe"}


def test_a_states_abbreviation_after_a_town_is_no_actor(extract):
    ex = extract(
        "The startup, based in Palo Alto, Calif., raised $20 million. It moved from London, U.K., in May."
    )
    names = _names(ex)
    assert "Palo Alto" in names and "Calif." not in names
    assert "United Kingdom" in names


def test_a_place_before_a_dash_inside_a_sentence_stays(extract):
    ex = extract("Israel – the only democracy in the region – signed the deal with Egypt.")
    signed = next(e for e in ex.events if e.trigger_text.startswith("signed"))
    assert ex.actors[signed.actor1_entity].name == "Israel"


def test_a_body_before_a_dash_stays_an_actor(extract):
    ex = extract("NATO – the alliance of 32 states – said it would send more troops to Romania.")
    assert "NATO" in _names(ex)


def test_a_heading_run_into_the_sentence_is_no_dateline_for_actors(extract):
    ex = extract(
        "2008 US Presidential Election United States Presidential candidate John Doe (R-AZ) has denied the "
        "report. Doe said it was false."
    )
    assert "John Doe" in _names(ex)


def test_a_city_dateline_glued_to_its_lead_is_no_speaker(extract, speaker):
    """'WASHINGTON, D.C.—U.S. Rep. X …': a scrape glued the dateline's dash to both abbreviations, and the parser
    made the city a subject of the lead; the city names where the release was filed, even where the text names
    the government by its capital elsewhere."""
    from newsroom.clean import clean_text

    body = clean_text(
        "Washington imposed new tariffs on Canadian lumber last week, and Washington has not explained why.\n\n"
        "WASHINGTON, D.C.—U.S. Rep. Jane Roe (WI-02), a co-chair of the Rural Caucus, today issued the following "
        "statement on the ruling that the state's ban on farm stands is unconstitutional:\"For the first time, "
        'farmers received the legal recognition of their stands from our state. It is a good day."\n\n'
        "WASHINGTON, D.C.—U.S. Rep. Jane Roe (WI-02) today released the following statement on the tariffs:"
        '"The tariffs will hurt our mills. The mills need relief now."',
        whole_page=False,
    ).body
    ex = extract(body)
    speakers = {speaker(ex, q) for q in ex.quotes} - {None}
    assert speakers == {"Jane Roe"}
