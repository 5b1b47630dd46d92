"""Argument resolution rules for event actors, on invented sentences (real actor resolver)."""

from __future__ import annotations


def _name(ex, entity):
    return next((a.name for a in ex.actors if a.entity_index == entity), None)


def _events(ex, root):
    return [
        (_name(ex, e.actor1_entity), _name(ex, e.actor2_entity))
        for e in ex.events
        if e.cameo_code[:2] == root
    ]


def test_possessive_pronoun_prefers_the_one_person_of_the_previous_sentence(extract):
    ex = extract(
        "Defence Minister Harold Bexley accused Norway of sheltering smugglers. "
        "The claim followed a speech by senator Mira Tolland, who said the smugglers had crossed the border. "
        "Norway denied her claim."
    )
    # the latest person *subject* is Bexley, but the only person named in the previous sentence is Tolland
    assert ("Norway", "Mira Tolland") in _events(ex, "12")


def test_possessive_pronoun_keeps_the_subject_of_its_own_sentence(extract):
    ex = extract(
        "Senator Ovid Pranter criticised the budget on Monday. "
        "Governor Tessa Malloway defended her record at a rally."
    )
    pronoun = [m for m in ex.mentions if m.text.lower() == "her"]
    assert pronoun and _name(ex, pronoun[0].entity_index) == "Tessa Malloway"


def test_role_with_possessive_party_links_to_the_matching_holder(extract):
    ex = extract(
        "Transport Minister Rudolf Kessner of the Liberals criticised the plan. "
        "Finance Minister Alma Drovic defended it. "
        "Drovic later praised the Liberals' transport minister for his patience."
    )
    role = [m for m in ex.mentions if m.text.startswith("the Liberals")]
    assert role and _name(ex, role[0].entity_index) == "Rudolf Kessner"


def test_object_pronoun_of_a_control_verb_is_the_recent_organisation(extract):
    ex = extract(
        "The High Court criticised the Northland Water Company for repeated delays. "
        "The judges ordered it to publish all inspection reports within a month."
    )
    pronoun = [m for m in ex.mentions if m.text == "it"]
    assert pronoun and _name(ex, pronoun[0].entity_index) == "Northland Water Company"


def test_both_sides_points_back_to_the_last_two_party_event(extract):
    ex = extract(
        "Veloria accused Kastavia of violating the ceasefire on Sunday. "
        "The United Nations urged both sides to halt the fighting. "
        "Both countries agreed to resume talks."
    )
    assert ("United Nations", "Veloria") in _events(ex, "10")
    # the appeal itself does not redefine the two sides; as subject they act towards each other
    assert ("Veloria", "Kastavia") in _events(ex, "03")


def test_the_two_leaders_are_the_latest_two_persons_who_met(extract):
    ex = extract(
        "President Marlow Tenney met today with Chancellor Ilse Varga of Norland. "
        "Tenney congratulated Norland on its election. "
        "The two leaders also discussed regional security and agreed to meet again."
    )
    # the latest two-party event (Tenney and Norland) is no pair of people; the meeting's two persons are
    assert ("Marlow Tenney", "Ilse Varga") in _events(ex, "03")


def test_the_leaders_are_not_two_persons_who_did_not_meet(extract):
    ex = extract(
        "Chancellor Ilse Varga criticised President Marlow Tenney over the election. "
        "The leaders also condemned the new sanctions on Norland."
    )
    later = [e for e in ex.events if e.sentence_index == 1]
    assert later and all(_name(ex, e.actor1_entity) != "Ilse Varga" for e in later)


def test_bare_the_leaders_after_a_meeting_of_two_persons(extract):
    ex = extract(
        "President Marlow Tenney met today with Chancellor Ilse Varga of Norland. "
        "The leaders reaffirmed their commitment to the Atlantic alliance."
    )
    assert ("Marlow Tenney", "Ilse Varga") in _events(ex, "01")


def test_the_leaders_are_the_two_who_spoke_though_the_call_was_coded_for_what_it_conveyed(extract):
    """The opening "X, Jr. spoke today with Y, conveying ..." (the suffix now part of X's name, so the call is coded
    as it is without one); "the leaders" means the two persons who spoke."""
    ex = extract(
        "President Marlow J. Tenney, Jr. spoke today with Chancellor Ilse Varga of Norland, conveying his desire "
        "to deepen relations between our countries. "
        "The leaders agreed to work together on common priorities."
    )
    assert ("Marlow J. Tenney Jr.", "Ilse Varga") in _events(ex, "04")
    assert ("Marlow J. Tenney Jr.", "Ilse Varga") in _events(ex, "03")


def test_co_subjects_who_met_with_someone_are_not_each_others_partners(extract):
    ex = extract("Senator Ada Korrin and Senator Bo Pell met with Chancellor Ilse Varga in Berlin.")
    pairs = _events(ex, "04")
    assert ("Ada Korrin", "Ilse Varga") in pairs and ("Bo Pell", "Ilse Varga") in pairs
    assert ("Ada Korrin", "Bo Pell") not in pairs


def test_co_subjects_who_called_someone_each_call_that_one(extract):
    ex = extract("Senator Ada Korrin and Senator Bo Pell telephoned Chancellor Ilse Varga on Sunday.")
    pairs = _events(ex, "04")
    assert ("Ada Korrin", "Ilse Varga") in pairs and ("Bo Pell", "Ilse Varga") in pairs
    assert ("Ada Korrin", "Bo Pell") not in pairs


def test_co_subjects_who_thanked_someone_each_thank_that_one(extract):
    ex = extract("Norway and Iceland thanked Chile for its partnership.")
    pairs = _events(ex, "05")
    assert ("Norway", "Chile") in pairs and ("Iceland", "Chile") in pairs
    assert ("Norway", "Iceland") not in pairs


def test_co_subjects_who_welcomed_a_dialogue_do_not_welcome_each_other(extract):
    ex = extract("Norway and Iceland welcomed the first bilateral energy dialogue.")
    assert ("Norway", "Iceland") not in _events(ex, "05")


def test_co_subjects_who_signed_an_agreement_are_each_others_partners(extract):
    ex = extract("Norway and Iceland signed a fisheries agreement.")
    assert ("Norway", "Iceland") in _events(ex, "05")


def test_co_subjects_of_a_first_verb_are_sources_of_the_verb_coordinated_with_it(extract):
    ex = extract(
        "Norway and Iceland reaffirmed their commitment to the treaty and praised Chile for its help."
    )
    pairs = _events(ex, "05")
    assert ("Norway", "Chile") in pairs and ("Iceland", "Chile") in pairs
