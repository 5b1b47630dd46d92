"""Doers the coder used to leave without an actor, and so without an event: unnamed people acting on someone, a
description whose name stands in apposition, a weapon named only by its country's adjective, the parties of
"between X and Y" said away from the event noun; and statements of a purpose or a stance that are no stated plan.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.coded_events import triples


def _roots(ex):
    return {e.cameo_code[:2] for e in ex.events}


@pytest.mark.parametrize(
    "text",
    [
        "Local people have accused the security forces of abducting young men.",
        "Many people accused the mayor of lying about the budget.",
    ],
)
def test_unnamed_people_accusing_someone_act_as_a_group(extract, text):
    assert "112" in [code for code, *_ in triples(extract(text))]


def test_unnamed_people_saying_something_stay_a_speaker_group(extract):
    ex = extract('"The water came up in minutes," said a farmer.')
    assert [code for code, *_ in triples(ex)] == ["010"]


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("A sniper killed two aid workers near the market in Mosul on Sunday.", "18"),
        ("Critics of the merger blamed the trade minister for the job losses.", "11"),
    ],
)
def test_new_generic_agents_do_acts(extract, text, root):
    assert root in _roots(extract(text))


def test_both_men_point_back_to_the_two_named_before(extract):
    ex = extract(
        "Mark Ellery and Tom Rusk appeared before the committee. Both men rejected the claim that they had lied."
    )
    assert not any(source and "civilians" in source for _, source, _ in triples(ex))


def test_a_description_names_its_actor_in_apposition(extract):
    ex = extract("The firm that printed the ballots, Harmon Press, apologised to the electoral commission.")
    assert ("055", "Harmon Press") in [(code, source) for code, source, _ in triples(ex)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Syria rejected the report. On Monday, a Syrian shell killed four farmers near the border.",
            "Syria",
        ),
        ("Russia denied it. Two days later, Russian missiles struck a power station in Kharkiv.", "Russia"),
    ],
)
def test_a_weapon_is_fired_by_the_country_its_adjective_names(extract, text, source):
    ex = extract(text)
    assert any(code[:2] in ("18", "19") and s == source for code, s, _ in triples(ex))


def test_a_definite_weapon_points_back_and_names_no_country(extract):
    ex = extract("Syria rejected the report. The Syrian shells killed four farmers near the border.")
    assert not any(code[:2] in ("18", "19") and s == "Syria" for code, s, _ in triples(ex))


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Heavy clashes on the outskirts between Hamas and Fatah gunmen continued for a third day.", "19"),
        ("Peace talks took place in Oslo between the Sri Lankan government and the Tamil Tigers.", "04"),
    ],
)
def test_between_x_and_y_away_from_the_event_noun(extract, text, root):
    assert root in _roots(extract(text))


def test_a_ceasefire_agreed_between_two_leaders(extract):
    ex = extract(
        "The truce was agreed between President Ilham Aliyev and Prime Minister Nikol Pashinyan in May."
    )
    assert ("Ilham Aliyev", "Nikol Pashinyan") in [(s, t) for code, s, t in triples(ex) if code[:2] == "08"]


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the summit was intended as a forum for trade, not for politics.",
        'Senator Ellen Morales said that "the party is committed to what our voters believe are the priorities."',
    ],
)
def test_a_purpose_or_a_stance_is_no_stated_plan(extract, text):
    assert [code for code, *_ in triples(extract(text))] == ["010"]


@pytest.mark.parametrize(
    "text",
    [
        "The rebels said they were committed to resolving the dispute peacefully.",
        '"I can assure you that such steps are being prepared and we will take them," said Kovacs.',
    ],
)
def test_a_plan_stated_by_its_speaker_stays_an_intent(extract, text):
    assert "03" in _roots(extract(text))


def test_a_possessed_description_is_mentioned_without_the_possessive(extract):
    ex = extract("Maria Lenz cut the budget. According to Lenz's critics, the cuts will close three schools.")
    assert "critics" in [m.text for m in ex.mentions]
    assert not [m.text for m in ex.mentions if m.text.startswith("'s")]


def test_the_by_phrase_hung_on_an_event_nouns_infinitive_names_its_doer(extract):
    """ "the vote to impeach X by Y": the active infinitive takes no agent, so Y votes (not the sentence's
    "Senate debate")."""
    ex = extract("The Senate debate followed the vote to impeach the governor by the Norland Assembly.")
    assert [(code[:2], source) for code, source, _ in triples(ex)] == [("11", "Norland Assembly")]


@pytest.mark.parametrize(
    ("text", "verb", "source"),
    [
        (
            "Members of the press declared Obama the candidate with Tim Russert asserting that nobody would "
            "dispute it.",
            "asserting",
            "Tim Russert",
        ),
        (
            "The vote was delayed with Senator Mark Olsen claiming that the count was wrong.",
            "claiming",
            "Mark Olsen",
        ),
    ],
)
def test_the_one_with_governs_does_the_ing_form(extract, text, verb, source):
    """ "…, with X asserting …": X asserts, not the main clause's subject nor a noun the parser made the subject."""
    ex = extract(text)
    names = {a.entity_index: a.name for a in ex.actors}
    assert [names.get(e.actor1_entity) for e in ex.events if e.trigger_text.endswith(verb)] == [source]


def test_members_of_a_named_armed_group_act_for_it(extract):
    ex = extract("Taliban fighters captured the district centre on Sunday after days of fighting.")
    assert ("192", "Taliban", None) in triples(ex)
    ex = extract("Hezbollah fighters fired rockets at northern Israel on Tuesday.")
    assert any(code.startswith("19") and source == "Hezbollah" for code, source, _ in triples(ex))


def test_a_demonym_on_gunmen_names_no_group(extract):
    ex = extract("Palestinian gunmen attacked an Israeli patrol near the border.")
    assert any(code.startswith("18") and source == "Palestine gunmen" for code, source, _ in triples(ex))


def test_a_subjects_name_keeps_itself_before_a_second_name_in_apposition(extract):
    ex = extract("The UK, the USA and Japan have all provided Kenya with arms and training.")
    sources = [source for code, source, _ in triples(ex) if code.startswith("07")]
    assert sources[:1] == ["United Kingdom"]


def test_people_a_picture_caption_lists_are_no_second_name_of_the_first(extract):
    ex = extract(
        "Kenyan Army Commander Major-General Peter Otieno, second left, British training team leader Colonel"
        " James Whitfield, left, meet Kenyan troops during joint exercises near Nanyuki on Tuesday."
    )
    assert "James Whitfield" in [source for code, source, _ in triples(ex) if code.startswith("04")]


def test_a_person_announcing_the_intent_of_a_body_of_his_country_states_it(extract):
    ex = extract(
        "Kenyan Foreign Minister Amina Odhiambo said Nairobi would withdraw its troops from the border with Somalia."
    )
    assert [(code[:2], source) for code, source, _ in triples(ex)] == [("03", "Amina Odhiambo")]
    ex = extract(
        "Kenyan Foreign Minister Amina Odhiambo said Somalia would withdraw its troops from the border."
    )
    assert "Amina Odhiambo" not in [source for code, source, _ in triples(ex) if code.startswith("03")]


def test_a_relative_clause_naming_its_antecedent_again_is_not_that_places_act(extract):
    ex = extract(
        "In March the US launched an offensive into Iraq, which sent 3,000 troops into Iraq in a week."
    )
    assert ("United States", "Iraq") in [
        (source, target) for code, source, target in triples(ex) if code == "154"
    ]
    ex = extract("The troops crossed into Chad, which sent its soldiers into Sudan.")
    assert [(source, target) for code, source, target in triples(ex) if code == "154"] == [("Chad", "Sudan")]
