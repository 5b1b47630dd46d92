"""Who is on each side of an event where a phrase beside the trigger is neither: "according to X" (who reports),
"..., with X doing / done" (a circumstance), "anti-X" (whom the act is against, not who does it), "the attack on X"
(whom an objected act hit), and a thing struck that only an adjective ties to its country."""

from __future__ import annotations


def _events(ex, sentence: int | None = None):
    names = {a.entity_index: a.name for a in ex.actors}
    return [
        (e.cameo_code, names.get(e.actor1_entity), names.get(e.actor2_entity))
        for e in ex.events
        if sentence is None or e.sentence_index == sentence
    ]


def test_according_to_names_who_reports_not_the_target(extract):
    ex = extract(
        "Moldova and Romania held talks on Monday. According to Romania, the treaty Moldova signed differed from "
        "the draft."
    )
    assert all(a2 != "Romania" for code, a1, a2 in _events(ex) if a1 == "Moldova" and code.startswith("05"))


def test_absolute_with_clause_names_no_partner(extract):
    ex = extract(
        "Kenya sent 300 troops to Somalia on Monday. They joined the African Union forces already there, with "
        "Britain and Italy providing logistical support."
    )
    targets = {a2 for code, _, a2 in _events(ex) if code.startswith("06")}
    assert not targets & {"United Kingdom", "Italy"}


def test_people_hurt_in_an_absolute_clause_do_not_act(extract):
    ex = extract(
        "The death toll from Friday's bombings in Lahore rose to 40, with 200 people injured, officials said."
    )
    assert all(not a1 or "civilians" not in a1 for code, a1, _ in _events(ex) if code[:2] in ("18", "19"))


def test_forces_deployed_in_an_absolute_clause_still_act(extract):
    ex = extract(
        "Police in France remained on alert over the weekend, with 9,000 officers deployed around the country."
    )
    assert any(code.startswith("15") and a1 for code, a1, _ in _events(ex))


def test_anti_modifier_is_the_target_not_the_source(extract):
    ex = extract(
        "Japan protested to Beijing on Sunday. Thousands of Chinese students staged anti-Japan protests in "
        "Shanghai on Saturday."
    )
    protests = [(a1, a2) for code, a1, a2 in _events(ex, 1) if code.startswith("14")]
    assert protests and all(a1 != "Japan" for a1, _ in protests)
    assert any(a2 == "Japan" for _, a2 in protests)


def test_condemning_an_attack_on_a_country_does_not_target_it(extract):
    ex = extract(
        'Norway said it would "condemn the cowardly attack on the embassy of our friend, the country of '
        'Denmark."'
    )
    assert all(a2 != "Denmark" for code, _, a2 in _events(ex) if code.startswith("11"))


def test_thing_struck_belongs_to_the_country_its_adjective_names(extract):
    ex = extract(
        "Armenian troops entered Azerbaijan on Monday. Armenian artillery destroyed an Azerbaijani fuel depot "
        "near the border on Tuesday."
    )
    assert any(a2 == "Azerbaijan" for code, _, a2 in _events(ex) if code[:2] in ("17", "18", "19", "20"))


def test_a_person_struck_is_no_stand_in_for_his_country(extract):
    ex = extract(
        "Greece protested on Monday. Turkish police arrested a Greek journalist in Istanbul on Monday."
    )
    assert all(a2 != "Greece" for code, _, a2 in _events(ex) if code == "173")


def test_each_coordinated_source_acts(extract):
    ex = extract("Brazil and Argentina condemned the sanctions imposed by the United States on Monday.")
    condemners = {a1 for code, a1, a2 in _events(ex) if code.startswith("11") and a2 == "United States"}
    assert condemners == {"Brazil", "Argentina"}


def test_joint_subject_of_a_meeting_meets_each_other(extract):
    ex = extract("Brazil and Argentina held talks in Brasilia on Monday.")
    meetings = [(a1, a2) for code, a1, a2 in _events(ex) if code.startswith("04")]
    assert sorted(meetings) == [("Argentina", "Brazil"), ("Brazil", "Argentina")]


def test_the_one_met_meets_the_subject_too(extract):
    ex = extract(
        "Foreign Minister Anna Berg met Prime Minister Tomas Halvorsen of Norway in Oslo on Tuesday."
    )
    meetings = {(a1, a2) for code, a1, a2 in _events(ex) if code.startswith("04")}
    assert meetings == {("Anna Berg", "Tomas Halvorsen"), ("Tomas Halvorsen", "Anna Berg")}


def test_talks_with_a_named_partner_go_both_ways(extract):
    ex = extract("Rebel commanders held talks with the Government of Sudan in Doha on Sunday.")
    meetings = {(a1, a2) for code, a1, a2 in _events(ex) if code.startswith("04")}
    assert any(a1 == "Government of Sudan" for a1, _ in meetings)
    assert any(a2 == "Government of Sudan" for _, a2 in meetings)


def test_the_body_a_meeting_belongs_to_does_not_meet_back(extract):
    ex = extract("Senator Paul Reyes opened the meeting of the Senate Finance Committee on Monday.")
    meetings = [(a1, a2) for code, a1, a2 in _events(ex) if code.startswith("04")]
    assert not any(a1 and "Committee" in a1 for a1, _ in meetings)


def test_those_a_convener_summons_do_not_meet_back(extract):
    ex = extract("Interior Minister Paul Reyes convened a meeting with Governor Anna Berg on Monday.")
    meetings = {(a1, a2) for code, a1, a2 in _events(ex) if code.startswith("04")}
    assert ("Paul Reyes", "Anna Berg") in meetings
    assert ("Anna Berg", "Paul Reyes") not in meetings


def test_objection_to_sanctions_is_not_aimed_at_the_sanctioned(extract):
    ex = extract("Serbia criticised the new sanctions against Russia on Tuesday.")
    assert all(a2 != "Russia" for code, _, a2 in _events(ex) if code.startswith("11"))


def test_weapon_after_with_is_no_target(extract):
    ex = extract("Rebels attacked the village with rockets and drones on Sunday.")
    assert all(a2 is None or "military" not in a2 for code, _, a2 in _events(ex) if code[:2] in ("18", "19"))


def test_list_closed_by_and_ends_the_coordinated_sources(extract):
    ex = extract(
        "Backed by Russia and Iran, Syria and its allies are shelling the towns held by the opposition in Idlib."
    )
    backers = {a1 for code, a1, _ in _events(ex) if code.startswith("05")}
    assert "Syria" not in backers


def test_conjunct_with_a_verb_of_its_own_is_no_coordinated_source(extract):
    ex = extract(
        "A police car was burned by the rioters and opposition leader Kemal Ozkan has threatened to sue the "
        "government."
    )
    assert all(a1 != "Kemal Ozkan" for code, a1, _ in _events(ex) if code[:2] in ("14", "17", "18", "19"))


def test_a_heading_word_taken_in_as_a_second_subject_does_not_act(extract):
    ex = extract("Kenya On Monday, suicide bombers killed nine police officers at a checkpoint near Mandera.")
    assert any(a1 == "Kenya gunmen" for code, a1, _ in _events(ex) if code.startswith("18"))
    assert not any(a1 == "Kenya" for code, a1, _ in _events(ex) if code.startswith("18"))


def test_a_word_after_and_is_no_second_subject(extract):
    ex = extract(
        "Spokesmen for the Free Syrian Army and the Nusra-Front have denied any role in the bombing."
    )
    assert any(code.startswith("01") and a1 and "spokesmen" in a1 for code, a1, _ in _events(ex))


def test_a_role_after_a_name_is_an_apposition_not_the_subject(extract):
    ex = extract(
        "Senator Maria Lopez met the governor on Monday. Jane Holt, the state's other senior senator said, "
        '"The governor has failed the farmers."'
    )
    assert any(a1 == "Jane Holt" for code, a1, _ in _events(ex) if code.startswith("01"))


def test_the_country_after_a_town_is_no_second_subject(extract):
    ex = extract(
        "The army announced on Friday that an airstrike on a compound in Kismayo, Somalia completed its mission, "
        "killing a senior commander."
    )
    assert not any(a1 == "Somalia" for code, a1, _ in _events(ex) if code.startswith(("18", "19")))


def test_a_bare_participle_read_as_the_verb_has_its_subject_acted_on(extract):
    ex = extract(
        "The two aid workers kidnapped near Kandahar in May returned to Oslo on Friday, after being freed "
        "last week."
    )
    assert not any(code.startswith("18") and a1 and "workers" in a1 for code, a1, _ in _events(ex))


def test_the_same_verb_with_an_object_keeps_its_doer(extract):
    ex = extract("Afghan rebels kidnapped two Norwegian aid workers near Kandahar in May.")
    assert ("181", "Afghanistan rebels", "Norway workers") in _events(ex)


def test_a_verb_sharing_its_object_with_the_next_keeps_its_doer(extract):
    ex = extract("Kenyan police arrested and charged two men in Nairobi on Friday.")
    assert any(code.startswith("17") and a1 == "Kenya police" for code, a1, _ in _events(ex))


def test_own_forces_in_what_a_state_refuses_to_do_are_no_target(extract):
    ex = extract(
        "The Kenyan government refused to set a date for the withdrawal of Kenyan troops from Somalia."
    )
    assert not any(a2 == "Kenya military" for code, _, a2 in _events(ex) if code.startswith("12"))


def test_own_forces_acted_on_directly_stay_the_target(extract):
    assert ("051", "Government of Kenya", "Kenya military") in _events(
        extract("The Kenyan government praised its soldiers for their bravery.")
    )


def test_a_title_the_parser_made_a_second_subject_leaves_the_name_to_act(extract):
    # the parser hangs "Minister" and "Doe" both on "announced": the title says for whom, the name who speaks
    ex = extract(
        "Danish Minister for Health, Science and the Arts Senator Jane Doe announced on Monday that the clinics "
        "would close."
    )
    assert any(code.startswith("01") and a1 == "Jane Doe" for code, a1, _ in _events(ex))


def test_a_joint_subject_after_a_name_with_its_suffix_is_the_partner(extract):
    """ "X, Jr. and Y met at Z": the parser hangs Y on the suffix, a piece of X's own name; Y is X's partner."""
    ex = extract(
        "President Marlow J. Tenney, Jr. and Prime Minister Ilse Varga of Norland met today at the Office of the "
        "Government in Ostria."
    )
    assert ("040", "Marlow J. Tenney Jr.", "Ilse Varga") in _events(ex)


def test_a_joint_texts_participants_are_the_two_parties_it_named(extract):
    """ "the Participants" of a framework is the pair that signed it, the way "both sides" is."""
    ex = extract(
        "Canada and Chile signed a framework on Monday. "
        "Scrap: The Participants commit to investing in recycling technologies with mining companies."
    )
    assert ("030", "Canada", "Chile") in _events(ex)


def test_the_parties_a_joint_text_defines_are_its_participants(extract):
    """ "Canada and Chile (together, the "Participants")": where the text defines its term, it names the pair."""
    ex = extract(
        'Whereas, Canada and Chile (together, the "Participants") plan to cooperate on mining. '
        "Scrap: The Participants commit to investing in recycling technologies with mining companies."
    )
    assert ("030", "Canada", "Chile") in _events(ex)


def test_demonyms_joined_on_the_subject_are_each_others_party(extract):
    ex = extract("Bolivian and Peruvian soldiers clashed near the river on Friday.")
    assert ("190", "Bolivia military", "Peru military") in _events(ex)


def test_demonyms_joined_on_the_subject_of_a_strike_are_co_doers(extract):
    ex = extract("Bolivian and Peruvian soldiers attacked a smugglers' camp near the river on Friday.")
    assert all(a2 != "Peru military" for code, _, a2 in _events(ex) if code[:2] == "19")


def test_a_country_name_joined_to_a_demonym_on_the_subject_names_the_other_side(extract):
    ex = extract("U.S. and Bolivian officials met in La Paz on Monday.")
    assert any(code == "040" and a2 == "Bolivia" for code, _, a2 in _events(ex))


def test_they_after_a_meeting_are_the_two_who_met(extract):
    """ "X met Y. They signed ...": the sentence's "they" are the two who met, the first for both sides."""
    ex = extract(
        "President Anna Berg met today with Prime Minister Jonas Keller of Ruritania in Geneva. "
        "They signed a trade agreement."
    )
    assert ("057", "Anna Berg", "Jonas Keller") in _events(ex, 1)


def test_they_still_mean_the_two_who_met_after_one_of_them_acts(extract):
    """A sentence whose subject is one of the two keeps them as what a later "they" means."""
    ex = extract(
        "President Anna Berg met today with Prime Minister Jonas Keller of Ruritania in Geneva. "
        "Ms. Berg welcomed Ruritania's efforts to diversify its energy sources. "
        "They agreed to expand cooperation on trade."
    )
    assert ("030", "Anna Berg", "Jonas Keller") in _events(ex, 2)


def test_they_after_a_sentence_about_others_are_not_the_two_who_met(extract):
    """ "Protesters gathered outside. They threw stones": a sentence about others ends the meeting's pair."""
    ex = extract(
        "President Anna Berg met today with Prime Minister Jonas Keller of Ruritania in Geneva. "
        "Protesters gathered outside the hotel. They threw stones at the police."
    )
    assert all(a1 not in ("Anna Berg", "Jonas Keller") for _, a1, _ in _events(ex, 2))
