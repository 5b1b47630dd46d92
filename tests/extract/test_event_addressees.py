"""Targets named where the verb's own arguments do not name them: the one asked to act in a "for X to do" clause,
and people named by a common noun the group lexicon lists (defendants, convicts, volunteers, mourners) or a
person noun a clause told as done acts on ("shot a soldier"); the party of the act an intent governs
("willing to make concessions to the unions") and whom an appeal's -ing clause asks ("asking Londoners to ...")."""

from __future__ import annotations

from tests.extract.coded_events import triples


def test_who_is_called_for_to_act_is_the_target(extract):
    ex = extract("President Ruto called for the rebels to lay down their arms on Sunday.")
    assert any(a1 == "Ruto" and a2 and "rebels" in a2 for code, a1, a2 in triples(ex) if code[:2] == "02")


def test_an_organisation_called_for_to_act_is_the_target(extract):
    ex = extract(
        "The German chancellor, Olaf Scholz, has called for NATO members to raise military spending."
    )
    assert any(a2 == "NATO" for code, _, a2 in triples(ex) if code[:2] == "02")


def test_a_thing_to_be_done_names_no_target(extract):
    ex = extract("Senator Maria Lopez called for the budget bill to be withdrawn on Tuesday.")
    assert all(a2 is None for _, a1, a2 in triples(ex) if a1 == "Maria Lopez")


def test_defendants_are_a_group(extract):
    ex = extract("A court in Nairobi convicted the defendants of fraud on Tuesday.")
    assert ("116", "Kenya judiciary", "Kenya suspects") in triples(ex)


def test_mourners_are_civilians(extract):
    ex = extract("Police in Lahore fired tear gas at mourners on Friday.")
    assert any(a2 and "civilians" in a2 for code, _, a2 in triples(ex) if code[:2] == "17")


def test_a_person_an_act_told_as_done_hit_is_someone(extract):
    ex = extract("Gunmen in Kabul shot a soldier on Monday.")
    assert any(a2 and "soldier" in a2 for code, _, a2 in triples(ex) if code[:2] == "18")


def test_a_person_told_of_is_no_party(extract):
    ex = extract("The Ugandan minister Ruth Nankabirwa told a reporter that the talks had failed.")
    assert all(a2 is None for code, a1, a2 in triples(ex) if code[:2] == "01")


# tgt12: an intent's target is named in the clause it governs; an appeal's in an -ing clause saying it again


def test_an_intent_is_aimed_at_the_party_of_the_act_intended(extract):
    ex = extract("President Lula said that he is willing to make further concessions to the trade unions.")
    assert any(code[:2] == "03" and a1 == "Lula" and a2 and "union" in a2 for code, a1, a2 in triples(ex))


def test_an_intent_to_join_is_aimed_at_what_is_joined(extract):
    ex = extract("Kenya announced it planned to join the East African Power Pool next month.")
    assert ("030", "Kenya", "East African Power Pool") in triples(ex)


def test_an_appeal_is_aimed_at_whom_its_ing_clause_asks(extract):
    ex = extract(
        "Police in Paris advised against unnecessary travel on Sunday, asking Parisians to stay at home."
    )
    assert any(code[:2] == "02" and a2 == "Parisians" for code, _, a2 in triples(ex))


def test_an_ing_clause_of_another_kind_names_no_addressee(extract):
    ex = extract(
        "Police advised against unnecessary travel on Sunday, citing storm warnings from Météo-France."
    )
    assert all(a2 is None for code, _, a2 in triples(ex) if code[:2] == "02")


def test_who_is_to_be_freed_is_not_the_target_of_the_demand(extract):
    ex = extract("The Interior Ministry demanded that the prisoners be released at once.")
    assert all(a2 is None for code, _, a2 in triples(ex) if code[:2] == "10")


# ev15c: a letter's -ing clause is aimed at whom the letter went to, wherever the parser hangs "to X" or the clause


def test_a_letter_sent_on_a_weekday_to_someone_demanding(extract):
    ex = extract(
        "The Senate committee sent a letter Tuesday to Attorney General Merrick Garland demanding answers "
        "about the raids."
    )
    assert any(a2 == "Merrick Garland" for code, _, a2 in triples(ex) if code[:2] == "10")


def test_a_letter_delivered_to_someone_calling_for(extract):
    ex = extract(
        "The union delivered a letter to Governor Kathy Hochul calling for an inquiry into the deaths."
    )
    assert any(a2 == "Kathy Hochul" for code, _, a2 in triples(ex) if code[:2] == "02")


def test_the_addressee_does_not_demand_what_the_letter_demands(extract):
    ex = extract(
        "The activists handed a letter to the Kenyan ambassador demanding the release of the journalists."
    )
    demands = [(a1, a2) for code, a1, a2 in triples(ex) if code[:2] == "10"]
    assert demands and all(a1 == "activists" and a2 and "Kenya" in a2 for a1, a2 in demands)


def test_the_name_a_thanks_addresses_is_its_target(extract):
    """ "you" resolves to no actor; the vocative beside it names whom the speaker thanks."""
    ex = extract(
        'Senator Tom Baker chaired the hearing. Jane Doe said: "Thank you, Senator Baker, for your leadership."'
    )
    assert ("051", "Jane Doe", "Tom Baker") in triples(ex)


def test_a_name_closing_the_sentence_after_a_comma_is_the_one_thanked(extract):
    ex = extract(
        "Pam Ortiz met Governor Tom Baker on Monday. Pam Ortiz wrote: "
        '"Thank you for standing up for our farmers, Governor Baker!"'
    )
    assert ("051", "Pam Ortiz", "Tom Baker") in triples(ex)


def test_a_name_the_thanks_is_about_is_not_addressed(extract):
    ex = extract('Jane Doe met Tom Baker on Monday. "I thank you for the Medal of Freedom," Jane Doe said.')
    assert all(a2 is None for code, _, a2 in triples(ex) if code == "051")


def test_the_press_a_statement_is_told_to_is_no_target(extract):
    ex = extract("Mayor Ann Holt told reporters on Monday that the bridge would reopen in May.")
    assert all(a2 is None for _, a1, a2 in triples(ex) if a1 and "Holt" in a1), triples(ex)
    assert not any(a.cameo_actor_code and a.cameo_actor_code.endswith("MED") for a in ex.actors)
    asked = extract("Mayor Ann Holt told reporters to leave the building on Monday.")
    assert any(a2 and "reporters" in a2 for _, a1, a2 in triples(asked) if a1 and "Holt" in a1), triples(
        asked
    )
