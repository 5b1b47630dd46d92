"""Events a reader codes on whole articles that the coder used to miss: a document's author as the doer, a passive
signing "between" parties, a quoted body that is acted on, crowds that rally, blows by hand, police officers, "I"
and "we" in a quote, "arrested two", "on high alert", arrivals, slogans, resumed aid, "said Y was behind it",
"in talks with"."""

from __future__ import annotations

from tests.extract.coded_events import triples


def _roots(ex):
    return [(code[:2], a1, a2) for code, a1, a2 in triples(ex)]


def test_articles_passed_by_the_house_accuse_for_it(extract):
    ex = extract(
        "On December 18, the House passed two articles of impeachment. The first charged President Trump with "
        "abuse of power, and the second accused him of obstruction of Congress."
    )
    assert ("11", "House", "Trump") in _roots(ex)


def test_a_published_report_accuses_for_its_author(extract):
    ex = extract(
        "Amnesty International published a report on Tuesday. The report accused the Egyptian government of "
        "torturing detainees."
    )
    assert ("11", "Amnesty International", "Government of Egypt") in _roots(ex)


def test_a_document_nobody_made_in_the_article_has_no_author(extract):
    ex = extract("The report accused the Egyptian government of torturing detainees.")
    assert not any(root == "11" for root, _, _ in _roots(ex))


def test_signed_between_parties_has_a_source(extract):
    ex = extract("A ceasefire agreement was signed between Armenia and Azerbaijan on Monday.")
    assert ("05", "Armenia", "Azerbaijan") in _roots(ex)


def test_reported_between_is_not_an_actor(extract):
    ex = extract("Clashes were reported between Indian and Pakistani troops along the border.")
    assert not any(code == "010" for code, _, _ in triples(ex))


def test_quoted_body_thanked_is_the_one_named_before(extract):
    ex = extract(
        "Metropolitan Police officers shot the attacker in Streatham on Sunday. The police said the attack was "
        'terrorism-related. The mayor of London, Sadiq Khan, thanked "the police, security and emergency '
        'services staff for their swift and courageous response".'
    )
    thanks = [(a1, a2) for code, a1, a2 in triples(ex) if code == "051"]
    assert (
        thanks
        and thanks[0][0] == "Sadiq Khan"
        and thanks[0][1] is not None
        and "police" in thanks[0][1].lower()
    )


def test_quoted_subject_is_left_to_the_speaker(extract):
    ex = extract(
        "Rail workers went on strike on Monday after the union rejected the offer. \"Holding citizens' commutes "
        "hostage for the union's demands will not be tolerated,\" Park told a government meeting."
    )
    assert not any(code.startswith("10") and a1 and "union" in a1 for code, a1, _ in triples(ex))


def test_thousands_rallying_in_support_demonstrate(extract):
    ex = extract(
        "Several thousand people rallied at Freedom Plaza in Washington on Saturday in support of President "
        "Donald Trump."
    )
    codes = [code for code, _, _ in triples(ex)]
    assert "141" in codes and "053" not in codes
    assert not any(a2 == "Freedom Plaza" for _, _, a2 in triples(ex))


def test_leaders_rallying_support_is_not_a_demonstration(extract):
    ex = extract("Western leaders rallied support for Ukraine at the summit in Brussels on Monday.")
    assert not any(code.startswith("14") for code, _, _ in triples(ex))


def test_struck_with_an_extinguisher_is_assault(extract):
    ex = extract(
        "A man attacked shoppers with a knife in Streatham on Sunday. Two bystanders struck him with a fire "
        "extinguisher before police arrived."
    )
    # Streatham, a district of London, is in GeoNames: the bystanders are the United Kingdom's
    assert ("182", "United Kingdom civilians", None) in triples(ex)
    assert not any(code.startswith("19") for code, _, _ in triples(ex))


def test_aircraft_striking_is_still_military_force(extract):
    ex = extract("Israeli warplanes struck Hamas positions in Gaza overnight, the Israeli military said.")
    assert not any(code == "182" for code, _, _ in triples(ex))


def test_bare_officers_are_police(extract):
    ex = extract("French officers traveled to Canada and interviewed her friends and family.")
    codes = {a.name: a.cameo_actor_code for a in ex.actors}
    assert any(code and code.endswith("COP") for code in codes.values())
    assert not any(code and code.endswith("MIL") for code in codes.values())


def test_army_officer_is_military(extract):
    ex = extract("A Myanmar army officer shot a protester in Yangon, witnesses said.")
    assert any(a.cameo_actor_code == "MMRMIL" for a in ex.actors)


def test_court_finding_a_decision_unlawful_finds_against_its_maker(extract):
    ex = extract("The Court of Appeal found Google's data policy to be unlawful on Tuesday.")
    assert any(code == "116" and a2 == "Google" for code, _, a2 in triples(ex))


def test_court_finding_an_act_unlawful_names_nobody_it_acts_on(extract):
    ex = extract("The Supreme Court found that the suspension of Parliament was unlawful.")
    assert ("116", "Supreme Court", None) in triples(ex)


def test_the_group_claiming_an_attack_carried_it_out(extract):
    ex = extract("Al-Shabaab claimed responsibility for the bombing in Mogadishu on Saturday.")
    assert any(code.startswith("18") and a1 == "al-Shabaab" for code, a1, _ in triples(ex))


def test_nobody_claiming_an_attack_is_no_attacker(extract):
    ex = extract("No group has claimed responsibility for the bombing in Kabul.")
    assert not any(code.startswith("18") for code, _, _ in triples(ex))


def test_a_gunman_belongs_where_he_strikes(extract):
    ex = extract(
        "Mexico's foreign minister Marcelo Ebrard said Mexico would seek to extradite the suspect. On Saturday "
        "morning, a gunman shot shoppers at a Walmart store in the U.S. border city of El Paso, Texas. Mexico "
        "said eight Mexicans died in the attack."
    )
    assert ("18", "United States gunmen", "United States civilians") in _roots(ex)


def test_the_government_keeps_the_article_country_wherever_it_speaks(extract):
    ex = extract(
        "Venezuela's government rejected the sanctions. The government protested at a meeting in Geneva on "
        "Tuesday, calling the measures illegal."
    )
    assert not any(a.name.startswith("Switzerland") for a in ex.actors)


def test_denouncing_an_agreement_targets_its_signers(extract):
    ex = extract(
        "Greek Prime Minister Kyriakos Mitsotakis spoke about Turkey and Libya in Athens. He commented on the "
        "Turkish-Libyan maritime border agreement on Monday. Later on Tuesday Mitsotakis denounced the border "
        "agreement again."
    )
    denounced = [a2 for code, a1, a2 in triples(ex) if code == "111" and a1 == "Kyriakos Mitsotakis"]
    assert denounced and denounced[-1] in ("Turkey", "Libya")


def test_an_agreement_nobody_named_has_no_signers(extract):
    ex = extract("Greek Prime Minister Kyriakos Mitsotakis denounced the border agreement on Tuesday.")
    assert ("111", "Kyriakos Mitsotakis", None) in triples(ex)


def test_they_never_stands_for_a_name_inside_its_own_object(extract):
    ex = extract(
        "Thousands of protesters marched in Hong Kong on Sunday. The Chinese government condemned the march. They "
        "had asked Hong Kong Chief Executive Carrie Lam, who is supported by the mainland Chinese government, to "
        "resign from her position."
    )
    assert not any(a1 == "Government of China" and a2 == "Carrie Lam" for _, a1, a2 in triples(ex))


def test_first_person_in_a_quote_is_its_speaker(extract):
    # the parse ties the speech verb to the quote as a conjunct, so only the quote's attribution names "I"
    ex = extract(
        '"I would like to thank the Norwegian Foreign Minister Jonas Gahr Store for hosting the talks", '
        "stated Colombian President Juan Manuel Santos."
    )
    assert ("05", "Juan Manuel Santos", "Jonas Gahr Store") in _roots(ex)


def test_we_inside_a_message_someone_else_sends_is_not_the_speaker(extract):
    ex = extract(
        '"The bombers wanted to send a message saying we can strike anywhere we want," the governor told reporters.'
    )
    assert not any(root in ("18", "19") for root, _, _ in _roots(ex))


def test_a_bare_number_arrested_counts_people(extract):
    ex = extract("Kenyan police have arrested three in connection with the bombing of the bus station.")
    assert any(code == "173" and a1 and "police" in a1.lower() for code, a1, _ in triples(ex))


def test_forces_on_high_alert_raise_their_alert(extract):
    ex = extract(
        "The interior minister said that police across the country were on high alert after the attack."
    )
    assert any(root == "15" and a1 and "police" in a1.lower() for root, a1, _ in _roots(ex))


def test_arriving_at_an_airport_is_a_visit_and_at_a_compromise_is_not(extract):
    visit = extract("Chinese Premier Li Keqiang arrived at Islamabad International Airport on Saturday.")
    assert any(code == "042" and a1 == "Li Keqiang" for code, a1, _ in triples(visit))
    deal = extract(
        "Chinese Premier Li Keqiang and Prime Minister Imran Khan arrived at a compromise on Saturday."
    )
    assert not any(code == "042" for code, _, _ in triples(deal))


def test_slogans_shouted_against_a_leader_are_a_protest(extract):
    ex = extract("Hundreds of students shouted slogans against President Emmanuel Macron outside the school.")
    assert any(root == "14" and a2 == "Emmanuel Macron" for root, _, a2 in _roots(ex))


def test_resumed_aid_is_aid(extract):
    ex = extract("The World Food Programme resumed aid deliveries to Yemen on Monday.")
    assert any(root == "07" and a1 == "World Food Programme" for root, a1, _ in _roots(ex))


def test_fighting_for_a_cause_is_no_armed_force(extract):
    ex = extract(
        '"We will fight for the rights of every worker in this country," the union leader Maria Lopez said.'
    )
    assert not any(root == "19" for root, _, _ in _roots(ex))


def test_saying_someone_was_behind_an_attack_accuses_them(extract):
    ex = extract("The Pentagon said the Islamic State was behind the attack on the convoy near Kirkuk.")
    assert ("11", "United States Department of Defense", "Islamic State") in _roots(ex)
    ex = extract("Kenyan police said al-Shabaab was responsible for the bombing of the bus station.")
    assert any(code == "112" and a2 == "al-Shabaab" for code, _, a2 in triples(ex))


def test_saying_a_storm_caused_deaths_stays_a_statement(extract):
    ex = extract("Officials in Manila said the typhoon was responsible for the deaths of 12 people.")
    assert not any(root == "11" for root, _, _ in _roots(ex))
    assert any(root == "01" for root, _, _ in _roots(ex))


def test_accepting_a_mediators_proposal_yields_and_announcing_it_is_an_intent(extract):
    ex = extract("The nurses' union and the health ministry accepted mediator Ann Hale's proposal on Friday.")
    assert any(root == "08" and a2 == "Ann Hale" for root, _, a2 in _roots(ex))
    ex = extract(
        "Prime Minister Mark Rutte announced on Monday that he will accept the plan unconditionally."
    )
    assert any(code == "035" and a1 == "Mark Rutte" for code, a1, _ in triples(ex))


def test_retracting_a_decision_is_a_concession(extract):
    ex = extract(
        "The Egyptian government announced that it would retract two decisions that angered the unions."
    )
    assert any(code == "035" and a1 == "Government of Egypt" for code, a1, _ in triples(ex))


def test_saying_someone_is_corrupt_criticises_them(extract):
    ex = extract("Opposition leader Raila Odinga said President Uhuru Kenyatta is a dangerous man.")
    assert ("111", "Raila Odinga", "Uhuru Kenyatta") in triples(ex)


def test_judging_a_deed_done_to_someone_does_not_criticise_the_victim(extract):
    ex = extract(
        '"Daphne Galizia\'s murder is unacceptable," said Sabrina Bennoui of Reporters Without Borders.'
    )
    assert not any(a2 and "Galizia" in a2 for _, _, a2 in triples(ex))  # the murder is judged, not her
    ex = extract("Senator Elizabeth Warren said she was not corrupt.")
    assert not any(root == "11" for root, _, _ in _roots(ex))


def test_police_reporting_a_passive_arrest_made_it(extract):
    ex = extract("Kenyan police said a 34-year-old man was arrested in Mombasa on Sunday.")
    assert any(code == "173" and a1 and "police" in a1.lower() for code, a1, _ in triples(ex))


def test_a_lawyer_or_rights_group_reporting_an_arrest_did_not_make_it(extract):
    ex = extract("His lawyer Ahmed Saleh said the journalist Omar Radi was arrested on Sunday.")
    assert not any(root == "17" for root, _, _ in _roots(ex))
    ex = extract("Amnesty International said dozens of activists were detained in Cairo.")
    assert not any(root == "17" for root, _, _ in _roots(ex))


def test_a_demonym_on_an_event_noun_is_the_articles_country(extract):
    ex = extract(
        "Israel and Hamas traded fire across the border on Saturday. Israeli airstrikes on Gaza City killed 12 "
        "people on Sunday, health officials said."
    )
    assert any(code == "195" and a1 == "Israel" for code, a1, _ in triples(ex))


def test_a_demonym_without_its_country_in_the_article_stays_unresolved(extract):
    ex = extract("Israeli airstrikes on Gaza City killed 12 people on Sunday, health officials said.")
    assert not any(code == "195" and a1 == "Israel" for code, a1, _ in triples(ex))


def test_an_army_offensive_is_the_armys_but_an_announced_withdrawal_is_the_announcers(extract):
    ex = extract(
        "The Nigerian army launched a new offensive in the north. An army offensive against Boko Haram rebels "
        "began in Borno state on Monday."
    )
    # a named armed group's fighters are the group (src34)
    assert ("190", "Nigeria military", "Boko Haram") in triples(ex)
    ex = extract("President Donald Trump announced a military withdrawal from Syria on Sunday.")
    assert any(code == "0874" and a1 == "Donald Trump" for code, a1, _ in triples(ex))


def test_them_after_a_counted_crowd_is_that_crowd(extract):
    ex = extract(
        "Thousands of protesters marched through central Lyon on Saturday. Riot police fired tear gas at them "
        "near the town hall."
    )
    assert any(root == "17" and a2 and a2.endswith("protesters") for root, _, a2 in _roots(ex))


def test_them_skips_a_place_for_the_counted_crowd(extract):
    ex = extract(
        "Hundreds of supporters of the opposition gathered outside parliament in Kiev. Riot police beat them "
        "with batons."
    )
    assert any(root == "18" and a2 and a2.endswith("supporters") for root, _, a2 in _roots(ex))


def test_tribesmen_who_kill_are_actors(extract):
    ex = extract("The militant commander Abu Karim al-Rashid was killed by armed tribesmen in Anbar in May.")
    assert any(root in ("18", "19") and a2 == "Abu Karim al-Rashid" and a1 for root, a1, a2 in _roots(ex))


def test_branding_someone_a_dictator_criticises_them(extract):
    ex = extract("Opposition leader Jane Holt on Tuesday branded President Marco Ruiz a dictator.")
    assert ("11", "Jane Holt", "Marco Ruiz") in _roots(ex)


def test_parties_in_talks_meet_and_talks_they_are_in_another_way_do_not(extract):
    ex = extract("Officials said the Kenyan government was in talks with the opposition leaders in Nairobi.")
    assert any(root == "04" and a1 and "Kenya" in a1 for root, a1, _ in _roots(ex))
    planned = extract("The Kenyan government will be in talks with the opposition next week.")
    assert not any(root == "04" for root, _, _ in _roots(planned))
    said = extract("The Kenyan minister said there was progress in the talks with the opposition.")
    assert not any(root == "04" and a1 and "Kenya" in a1 for root, a1, _ in _roots(said))


def test_a_discussion_one_is_in_is_a_meeting_and_one_that_will_be_is_not(extract):
    ex = extract('"We are in discussions with the Kenyan government on the border," said General Mark Olson.')
    assert any(root == "04" and a2 and "Kenya" in a2 for root, _, a2 in _roots(ex))
    future = extract("The border will be a topic of discussion between the United States and Kenya.")
    assert not any(root == "04" for root, _, _ in _roots(future))
