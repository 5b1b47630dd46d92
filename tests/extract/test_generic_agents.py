"""Generic agents: unnamed people named by a common noun become CAMEO group actors (lexicons/generic_agents.tsv)
and take part in events, while a named person, a hypothetical "a man" and "it" keep their old readings."""

from __future__ import annotations


def _events(ex):
    names = {a.entity_index: a.name for a in ex.actors}
    return [(e.cameo_code[:2], names.get(e.actor1_entity), names.get(e.actor2_entity)) for e in ex.events]


def _actors(ex):
    return {a.name: (a.actor_type, a.country_code, a.cameo_actor_code) for a in ex.actors}


def test_arrested_man_is_a_civilian_of_the_police_country(extract):
    ex = extract("Nigerian police arrested a man in Lagos on Tuesday over the killing of a shopkeeper.")
    assert ("17", "Nigeria police", "Nigeria civilians") in _events(ex)
    assert _actors(ex)["Nigeria civilians"] == ("group", "NGA", "NGACVL")


def test_soldiers_shooting_a_teenager_target_civilians(extract):
    ex = extract(
        "Israeli soldiers shot a Palestinian teenager near Hebron on Friday, the health ministry said."
    )
    assert ("19", "Israel military", "Palestine civilians") in _events(ex)


def test_kind_words_name_the_group(extract):
    ex = extract("Thousands of Indigenous people marched on Brazil's National Congress on Tuesday.")
    assert _actors(ex)["Brazil indigenous civilians"] == ("group", "BRA", "BRACVL")
    assert ("14", "Brazil indigenous civilians", "National Congress") in _events(ex)


def test_a_named_man_is_the_person(extract):
    ex = extract("Kenyan police arrested a man named Joseph Kamau on Monday.")
    assert ("17", "Kenya police", "Joseph Kamau") in _events(ex)
    assert not any("civilians" in name for name in _actors(ex))


def test_hypothetical_man_is_no_event(extract):
    ex = extract(
        "Under the new law, police may arrest a man without a warrant if he is suspected of terrorism."
    )
    assert not any(a2 and "civilians" in a2 for _, _, a2 in _events(ex))


def test_it_is_not_the_unnamed_people(extract):
    ex = extract(
        "The Congolese Red Cross said some 300 people had fled the fighting. It condemned the attack on the camp."
    )
    assert ("11", "Congolese Red Cross", None) in _events(ex)


def test_man_identified_later_is_the_person(extract):
    ex = extract(
        "Thames Valley Police soon arrived and detained the man, later identified as Khairi Saadallah."
    )
    assert ("17", "Thames Valley Police", "Khairi Saadallah") in _events(ex)


def test_they_is_not_a_single_unnamed_person(extract):
    ex = extract(
        "The department said an inmate had been stabbed. They also said they had identified the attacker."
    )
    assert not any(a1 and "prisoners" in a1 for _, a1, _ in _events(ex))


def test_purpose_clause_repeating_the_protest_is_one_event(extract):
    ex = extract(
        "Thousands of Indigenous people marched on Brazil's National Congress on Tuesday to protest a bill."
    )
    assert [e for e in _events(ex) if e[0] == "14"] == [
        ("14", "Brazil indigenous civilians", "National Congress")
    ]


def test_noun_before_noun_is_a_modifier(extract):
    ex = extract("Turkey sentenced two people smugglers to four years of prison each.")
    assert _actors(ex)["Turkey criminals"] == ("group", "TUR", "TURCRM")
    assert not any("civilians" in name for name in _actors(ex))


def test_party_of_unknown_country_does_not_lend_the_articles(extract):
    ex = extract(
        "The theft happened at a palace in America. Yesterday, Thames Valley Police said they had arrested a man."
    )
    assert _actors(ex)["civilians"] == ("group", None, "CVL")


def test_place_after_the_people_gives_their_country(extract):
    ex = extract(
        "The World Food Programme distributed food rations to more than 200,000 displaced people in Haiti's "
        "Artibonite region this month."
    )
    assert ("07", "World Food Programme", "Haiti civilians") in _events(ex)


def test_crowds_dispersing_is_no_repression(extract):
    ex = extract("Protesters walked until early evening, when police vans arrived, and the crowds dispersed.")
    assert not any(code == "17" for code, _, _ in _events(ex))
    ex = extract("Riot police dispersed the crowd with tear gas on Sunday.")
    assert ("17", "police", "civilians") in _events(ex)


def test_a_crowd_visiting_is_no_visit(extract):
    ex = extract(
        "The rally was visited by several tens of thousands of people, the biggest in Belarus in a decade."
    )
    assert not any(code == "04" for code, _, _ in _events(ex))


def test_unnamed_people_attacking_others_of_their_kind(extract):
    ex = extract("Witnesses said a man approached and attacked a group of middle-aged men, using a knife.")
    assert ("18", "civilians", "civilians") in _events(ex)


# Described groups from the PETRARCH agent lexicon (lexicons/phoenix_agents.tsv), the fallback after ours


def test_asylum_seekers_are_refugees_of_their_nation(extract):
    ex = extract(
        "The president of Tanzania urged the Congolese asylum seekers to return home before the rains."
    )
    assert _actors(ex)["Democratic Republic of the Congo refugees"][1:] == ("COD", "CODREF")
    assert any(a2 == "Democratic Republic of the Congo refugees" for _, _, a2 in _events(ex))


def test_a_country_owned_body_is_its_government(extract):
    ex = extract("Guinea's junta expelled the French ambassador on Wednesday.")
    assert _actors(ex)["Government of Guinea"][2] == "GINGOV"


def test_a_bare_singular_thing_is_no_group(extract):
    ex = extract(
        "Millions of viewers watched the debate on television, and the candidates later visited a hospital."
    )
    assert not any(cameo and cameo.endswith(("MED", "HLH")) for _, _, cameo in _actors(ex).values())


def test_things_act_only_as_subjects(extract):
    ex = extract(
        "Riot police fired tear gas at the marchers while two battalions were summoned to the square."
    )
    assert not any(cameo and cameo.endswith("MIL") for _, _, cameo in _actors(ex).values())


def test_a_possessive_plural_is_no_actor(extract):
    ex = extract("The state governor defended the use of taxpayers' money on the new stadium.")
    assert not any("civilians" in name for name in _actors(ex))


def test_the_bare_plural_is_the_group_named_before(extract):
    ex = extract(
        "Tamil rebels attacked an army camp in northern Sri Lanka on Sunday. Officials in New Delhi said the "
        "government was worried. There have been clashes between the government and the rebels since 2006."
    )
    rebels = [name for name, (_, _, cameo) in _actors(ex).items() if cameo and cameo.endswith("REB")]
    assert rebels == ["Sri Lanka rebels"]


def test_the_two_governments_are_no_pair_of_an_aid_group_and_refugees(extract):
    ex = extract(
        "Doctors Without Borders met Rwandan refugees in the camp at Songore on Monday. The UNHCR criticised "
        "the two governments on Tuesday."
    )
    assert ("11", "UNHCR", "Médecins Sans Frontières") not in _events(ex)


def test_the_people_of_a_town_are_its_country_civilians(extract):
    ex = extract("Transport officials asked Londoners to avoid the Underground on Friday.")
    assert _actors(ex)["United Kingdom civilians"][1:] == ("GBR", "GBRCVL")
    assert any(a2 == "United Kingdom civilians" for _, _, a2 in _events(ex))


def test_a_tagged_demonym_group_has_its_country(extract):
    ex = extract("Thousands of Texans marched to the state capitol on Saturday.")
    assert _actors(ex)["Texans"][1:] == ("USA", "USACVL")
    ex = extract("The police urged Parisians to stay away from the riverbanks.")
    assert _actors(ex)["Parisians"][1:] == ("FRA", "FRACVL")


def test_doers_no_lexicon_lists_are_a_group_of_their_country(extract):
    ex = extract("Mozambican poachers attacked two park rangers near the Kruger border on Monday.")
    assert _actors(ex)["Mozambique poachers"] == ("group", "MOZ", None)
    assert any(root == "18" and a1 == "Mozambique poachers" for root, a1, _ in _events(ex))


def test_a_doer_noun_that_is_also_a_verb_is_no_group(extract):
    ex = extract("Their numbers showed that the protest had shrunk, police said on Sunday.")
    assert not any("numbers" in name for name in _actors(ex))


def test_doers_asked_to_act_are_the_target(extract):
    ex = extract("Kenyan police asked the loggers to leave the Mau forest reserve on Tuesday.")
    assert ("02", "Kenya police", "Kenya loggers") in _events(ex)


def test_an_object_thing_of_the_same_form_is_no_group(extract):
    ex = extract("Customs officers seized the containers at the port of Durban on Friday.")
    assert "containers" not in _actors(ex)


def test_a_group_within_another_countrys_body_is_that_countrys(extract):
    ex = extract(
        "Kenya's parliament met in Nairobi on Monday. Kenyan investigators said operatives within the "
        "Ugandan government had planned the bombing in Nairobi."
    )
    assert _actors(ex)["Uganda intelligence"] == ("group", "UGA", "UGASPY")
    assert not any(name.startswith("Kenya") and "intelligence" in name for name in _actors(ex))


def test_representatives_of_many_countries_get_no_country(extract):
    ex = extract(
        "Talks opened in Nairobi, Kenya, on Monday. Representatives of 40 countries signed the accord in "
        "Nairobi on Tuesday."
    )
    assert _actors(ex)["representatives"] == ("group", None, "LEG")
    assert ("05", "representatives", None) in _events(ex)


def test_a_group_named_for_an_international_body_acts_for_it(extract):
    ex = extract(
        "Gunmen attacked a convoy near Juba, South Sudan, on Monday. On Tuesday, rebels ambushed 14 African "
        "Union peacekeepers in Juba."
    )
    assert not any(name.startswith("South Sudan") and "peacekeepers" in name for name in _actors(ex))
    assert ("18", "South Sudan rebels", "African Union") in _events(ex)


def test_a_group_named_for_a_national_body_keeps_its_country(extract):
    ex = extract("Kenyan police arrested two men in Nairobi on Tuesday.")
    assert ("17", "Kenya police", "Kenya civilians") in _events(ex)


def test_a_government_of_a_named_country_is_not_the_one_named_before(extract):
    ex = extract(
        "The government of Greece protested on Monday. On Tuesday the government of Albania rejected the "
        "protest."
    )
    assert ("12", "Government of Albania", None) in _events(ex)


def test_people_of_no_cameo_class_take_only_a_country_their_own_phrase_names(extract):
    # the article is about Norway, but "dealers" could be anyone's: no country the text does not state
    unstated = extract(
        "The Norwegian government raised the fuel tax on Monday. Norway's finance minister defended the increase"
        " in Oslo. Dealers said the change would hurt trade."
    )
    assert _actors(unstated)["dealers"] == ("group", None, None)
    stated = extract(
        "The Norwegian government raised the fuel tax on Monday. Norway's finance minister defended the increase"
        " in Oslo. Dealers at the Norwegian exchange said the change would hurt trade."
    )
    assert _actors(stated)["Norway dealers"] == ("group", "NOR", None)
    across = extract(
        "The Norwegian government raised the fuel tax on Monday. Norway's finance minister defended the increase"
        " in Oslo. Dealers from across Norway's west coast said the change would hurt trade."
    )
    assert _actors(across)["Norway dealers"] == ("group", "NOR", None)
    # the country is what the dealers spoke of, not whose they are
    spoken_of = extract(
        "The Norwegian government raised the fuel tax on Monday. Norway's finance minister defended the increase"
        " in Oslo. Dealers said the Norwegian tax would hurt trade."
    )
    assert _actors(spoken_of)["dealers"] == ("group", None, None)


def test_leaders_who_back_a_country_are_not_its_leaders(extract):
    # the country is the object of their support, not the leaders' own: neither they nor "They" are Israel's
    ex = extract(
        "President Jane Doe of France, Chancellor Hans Weber of Germany and Prime Minister Luca Rossi of Italy "
        "spoke today about the conflict between Israel and Hamas. The leaders reiterated their support for Israel "
        "and its right to defend itself against terrorism. They welcomed the release of two hostages in Israel."
    )
    assert _actors(ex)["leaders"] == ("group", None, None)
    assert not any(a.name == "Israel leaders" for a in ex.actors)


def test_intelligence_no_one_owns_is_information_not_a_service(extract):
    """ "artificial intelligence", "shared intelligence with X", "intelligence briefings": no intelligence service, not
    the article's country's."""
    ex = extract(
        "Kenya's president said artificial intelligence will change farming in Nairobi. Kenya shared "
        "intelligence with Uganda about the smugglers. Senators received intelligence briefings in Nairobi."
    )
    assert not any("intelligence" in name for name in _actors(ex))


def test_intelligence_a_country_owns_is_its_service(extract):
    ex = extract("Israeli intelligence warned on Monday that an attack was near.")
    assert _actors(ex)["Israel intelligence"] == ("group", "ISR", "ISRSPY")
    ex = extract("Intelligence agencies in Britain warned of an attack.")
    assert _actors(ex)["United Kingdom intelligence"] == ("group", "GBR", "GBRSPY")
    ex = extract("The intelligence community in Kenya warned of an attack.")
    assert _actors(ex)["Kenya intelligence"] == ("group", "KEN", "KENSPY")


def test_a_defined_term_for_the_parties_is_no_civilians_group(extract):
    """ "the Participants", capitalised inside the sentence, is a joint text's term for the parties it names."""
    ex = extract("Scrap: The Participants commit to investing in recycling technologies in Canada.")
    assert not any("civilians" in name for name in _actors(ex))


def test_participants_of_a_march_stay_civilians(extract):
    ex = extract(
        "Police in Lagos arrested the participants of the march. The participants threw stones at police."
    )
    assert _actors(ex).get("Nigeria civilians") == ("group", "NGA", "NGACVL")


def test_a_people_noun_in_an_idiom_is_no_one(extract):
    ex = extract(
        "The ministers met in person in Nairobi, and many Kenyans have fallen victim to the scam. A man and woman"
        " were hurt."
    )
    assert [m.text for m in ex.mentions if m.entity_index in _civilians(ex)] == ["A man", "woman"]


def _civilians(ex):
    return {a.entity_index for a in ex.actors if (a.cameo_actor_code or "").endswith("CVL")}


def test_several_states_governments_are_no_one_countrys(extract):
    ex = extract(
        "Western governments condemned the attack on Ukraine. The United States encouraged other governments to"
        " help Haiti."
    )
    assert not any(a.name.startswith("Government of") for a in ex.actors)
    assert ("11", "governments", None) in _events(ex)


def test_governments_of_a_named_body_or_place_keep_it(extract):
    ex = extract(
        "Ukraine's foreign minister asked European Union governments to speed up deliveries. Local governments"
        " in Kenya protested. Previous governments had refused, the Kenyan minister said."
    )
    assert "European Union" in _actors(ex) and "Government of Kenya" in _actors(ex)
    assert "governments" not in _actors(ex)  # one state's successive governments are that state's


def test_a_press_conference_or_release_names_no_media(extract):
    for text in (
        "Ruritanian President Ana Vos told a press conference in Vosgrad that she would not resign.",
        "The Ruritanian ministry said in a press release on Monday that the border would reopen.",
    ):
        codes = {a.cameo_actor_code or "" for a in extract(text).actors}
        assert not [c for c in codes if c.endswith("MED")], text
    ex = extract("Ruritanian press reports said the ministry had closed the border.")
    assert "MED" in {(a.cameo_actor_code or "")[-3:] for a in ex.actors}


def test_bodies_named_by_an_agent_phrase_are_acted_on(extract):
    ex = extract("The interior ministry banned several terrorist organizations on Monday.")
    assert any(code == "17" and a2 == "armed groups" for code, _, a2 in _events(ex))


def test_bodies_of_people_a_generic_noun_names(extract):
    ex = extract("Kenyan soldiers attacked militant groups near the Somali border on Sunday.")
    assert any(code in ("18", "19") and a2 and "rebels" in a2 for code, _, a2 in _events(ex))


def test_bodies_of_those_people_act_as_subjects(extract):
    ex = extract("Militant groups attacked a police station in the north of the country on Sunday.")
    assert any(code == "18" and a1 and "rebels" in a1 for code, a1, _ in _events(ex))


def test_a_singular_group_is_not_a_new_body(extract):
    ex = extract("The rebels seized the town. The army later attacked the group near the border.")
    assert not any(a2 and "armed groups" in a2 for _, _, a2 in _events(ex))


def test_bodies_only_spoken_of_are_no_actor(extract):
    ex = extract(
        "The new law gives the agency more tools to track the money of terrorist organizations abroad."
    )
    assert "armed groups" not in _actors(ex)


def test_people_a_quotation_names_are_the_party_of_its_event(extract):
    ex = extract(
        '"We have arrested three people and questioned several more," the Kenyan police commander said.'
    )
    assert [a2 for root, _, a2 in _events(ex) if root == "17"] == ["civilians"]


def test_people_a_quotation_names_with_no_event_are_no_actor(extract):
    ex = extract('"People here are tired of waiting for the rains," said Amina Odhiambo, a farmer in Kisumu.')
    assert not any("civilians" in name for name in _actors(ex))


def test_people_a_quotation_speaks_of_are_no_target_of_its_statement(extract):
    ex = extract(
        'The health minister, Mara Ellison, said: "The new rule aims to keep young teenagers away from fireworks."'
    )
    assert all(a2 is None for _, _, a2 in _events(ex))
    assert not any("civilians" in name for name in _actors(ex))
