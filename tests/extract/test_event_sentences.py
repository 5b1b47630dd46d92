"""Single news sentences a CAMEO coder codes that the coder used to miss or code wrongly (classes found on real
Wikinews sentences, evaldata/events/real_dev.tsv; the sentences here are written for the tests): speech verbs
missing from the lexicon, "call for" before an amount or a clause, raised subjects of "is reported to have", "went
on to", light verbs that complete or lead an event, attacks escaped, defences in words, crowds destroying
property, deadlines, allegations and acts told as alleged, permissions, rights and standing advice that are not
acts done, fire support, and the statement that only says how a coded act was made."""

from __future__ import annotations

from tests.extract.coded_events import triples


def _roots(ex):
    return {code[:2] for code, _, _ in triples(ex)}


def test_claimed_argued_and_pointed_out_are_statements(extract):
    for verb in ("claimed", "argued", "pointed out", "contended"):
        ex = extract(f"Finance Minister Ken Ofori-Atta {verb} that the new levy was hurting small traders.")
        assert ("010", "Ken Ofori-Atta", None) in triples(ex), verb


def test_defending_a_decision_in_words_is_a_statement(extract):
    ex = extract("Prime Minister John Key defended the use of public money on the summit.")
    assert ("010", "John Key", None) in triples(ex)


def test_troops_defending_a_town_make_no_statement(extract):
    ex = extract("Government troops defended the town of Kidal against rebel fighters for three days.")
    assert "01" not in _roots(ex)


def test_call_for_an_amount_and_for_a_clause_is_an_appeal(extract):
    ex = extract(
        "Health Minister Ali Hassan called last month for $2 billion to rebuild the country's hospitals."
    )
    assert "02" in _roots(ex)
    ex = extract("Opposition leader Raila Odinga has called for the electoral commission to be disbanded.")
    assert any(code[:2] == "02" and a1 == "Raila Odinga" for code, a1, _ in triples(ex))


def test_reported_to_have_asked_keeps_its_subject(extract):
    ex = extract(
        "Chancellor Angela Merkel is reported to have asked Vladimir Putin for a halt to the shelling."
    )
    assert any(code[:2] == "02" and a1 == "Angela Merkel" for code, a1, _ in triples(ex))


def test_advised_to_step_down_is_an_appeal(extract):
    ex = extract("Attorney General Lorna Jones advised Governor Peter Obi to step down during the inquiry.")
    assert any(code[:2] == "02" and a1 == "Lorna Jones" for code, a1, _ in triples(ex))


def test_went_on_to_demand_is_a_demand_made(extract):
    ex = extract("Senator Kim Carr went on to demand the immediate release of the detained journalists.")
    assert any(code[:2] == "10" and a1 == "Kim Carr" for code, a1, _ in triples(ex))


def test_talking_to_researchers_is_a_consultation(extract):
    ex = extract("American diplomats have been talking to North Korean officials about the reactor.")
    assert "04" in _roots(ex)


def test_completed_a_visit_and_led_protests(extract):
    ex = extract("President Jakaya Kikwete has completed a three-day visit to Kenya.")
    assert ("042", "Jakaya Kikwete", "Kenya") in triples(ex)
    ex = extract("Opposition leader Morgan Tsvangirai led protests in Harare over the disputed results.")
    assert any(code[:2] == "14" and a1 == "Morgan Tsvangirai" for code, a1, _ in triples(ex))


def test_escaped_attack_from_rebels_is_the_rebels_attack(extract):
    ex = extract("Defence Minister Ashraf Ghani narrowly escaped an attack from Taliban insurgents.")
    assert any(code[:2] in ("18", "19") and a2 == "Ashraf Ghani" for code, _, a2 in triples(ex))


def test_crowd_destroying_property_is_a_riot(extract):
    ex = extract("Angry protesters destroyed the gates of the electoral commission offices in Nairobi.")
    assert "14" in _roots(ex) and "17" not in _roots(ex)


def test_blocking_access_to_websites_is_repression(extract):
    ex = extract("The government of Pakistan blocked access to the video sharing website YouTube on Friday.")
    assert "17" in _roots(ex) and "14" not in _roots(ex)


def test_a_deadline_is_not_done(extract):
    ex = extract("The electoral commission has until March 3 to declare the results or annul the vote.")
    assert not triples(ex)


def test_the_content_of_allegations_is_not_done(extract):
    ex = extract("Police are investigating allegations that the mayor assaulted two council employees.")
    assert "18" not in _roots(ex)


def test_an_act_told_as_alleged_is_not_done(extract):
    for text in (
        "The crowd allegedly attacked the soldiers with rocks.",
        "Senator Mary Jones allegedly met Governor John Smith in Paris and signed a deal with him.",
        "The alleged meeting between Senator Mary Jones and Governor John Smith took place in Paris.",
    ):
        ex = extract(text)
        assert not _roots(ex) & {"04", "05", "18"}, text
    # "reportedly" tells what the news reports as done; an adverb of the other clause does not reach this one
    assert "04" in _roots(extract("Senator Mary Jones reportedly met Governor John Smith in Paris."))
    ex = extract("The crowd allegedly attacked the soldiers, and the police arrested ten protesters.")
    assert "17" in _roots(ex) and "18" not in _roots(ex)
    ex = extract(
        "Farmers were protesting the construction of a police station allegedly on land belonging to a school."
    )
    assert "14" in _roots(ex)


def test_what_a_duty_or_an_opening_is_to_do_is_not_done(extract):
    for text in (
        "Senators have a duty to assert that Congress will not send money to Egypt.",
        "Members of Congress have an opportunity to provide relief to farmers in Kenya.",
        "The government of Chad has an obligation to cut aid to the rebels.",
    ):
        assert not _roots(extract(text)) & {"07", "12", "16"}, text
    # an opening taken up, or had, tells what was done
    ex = extract("Senator Mary Jones took the opportunity to criticize Governor John Smith.")
    assert "11" in _roots(ex)
    ex = extract("Senator Mary Jones has had an opportunity to meet Governor John Smith in Paris.")
    assert "04" in _roots(ex)
    # what the clause under the infinitive tells as past is done by its own subject
    ex = extract("Lawmakers in Kyiv stressed the need to acknowledge that Russia invaded Ukraine.")
    assert "19" in _roots(ex)


def test_troops_supported_by_jets_endorse_nobody(extract):
    ex = extract(
        "Hundreds of Ethiopian troops supported by helicopter gunships attacked rebel positions near Baidoa."
    )
    assert "05" not in _roots(ex) and "19" in _roots(ex)


def test_own_country_should_is_advice_not_a_demand(extract):
    ex = extract(
        "Rick Hillier, one of Canada's top generals, says Canadians should prepare for a long mission."
    )
    assert "10" not in _roots(ex) and "01" in _roots(ex)


def test_saying_after_a_coded_act_is_not_a_second_event(extract):
    ex = extract("President Hugo Chavez criticized the United States, saying it was acting like an empire.")
    assert [code[:2] for code, _, _ in triples(ex)] == ["11"]


def test_suggested_a_fact_is_a_statement_and_a_course_a_proposal(extract):
    ex = extract("Senator Bob Brown suggested that the mining tax would raise less than expected.")
    assert ("010", "Bob Brown", None) in triples(ex)
    ex = extract("President Vladimir Putin suggested forming a joint missile defence system with Washington.")
    assert any(code[:2] == "03" and a1 == "Vladimir Putin" for code, a1, _ in triples(ex))


def test_a_protest_demanding_something_is_one_event(extract):
    ex = extract("Opposition leader Kizza Besigye led protests in Kampala demanding a recount of the votes.")
    assert [code[:2] for code, _, _ in triples(ex)] == ["14"]


def test_spoke_out_against_is_criticism(extract):
    ex = extract("Prime Minister Adil Abdul-Mahdi spoke out against the American airstrike on Sunday.")
    assert any(code[:2] == "11" and a1 == "Adil Abdul-Mahdi" for code, a1, _ in triples(ex))


def test_a_subject_left_on_the_auxiliary_still_acts(extract):
    ex = extract("The Telecommunications Authority had, on and off, blocked access to the blogging website.")
    assert "17" in _roots(ex)
    ex = extract("The Pentagon had not, as of Monday, announced any plans to withdraw the troops.")
    assert not triples(ex)


def test_welcoming_an_agreement_is_an_endorsement(extract):
    ex = extract("UN Secretary-General Kofi Annan welcomed the peace agreement signed in Nairobi.")
    assert "05" in _roots(ex) and "04" not in _roots(ex)


def test_a_court_sentence_and_a_suspension_from_office_are_coercion(extract):
    ex = extract("A court in Lima sentenced former President Alberto Fujimori to 25 years in prison.")
    assert "17" in _roots(ex)
    ex = extract("President Pervez Musharraf suspended the chief justice from office on Friday.")
    assert "17" in _roots(ex) and "16" not in _roots(ex)


def test_is_to_states_a_plan(extract):
    ex = extract("Japan is to contribute 500 soldiers to the reconstruction effort in Iraq.")
    assert "03" in _roots(ex) and "07" not in _roots(ex)
    ex = extract("President Barack Obama is to visit Ghana next month.")
    assert "03" in _roots(ex) and "04" not in _roots(ex)


def test_according_to_an_official_is_a_statement_when_nothing_else_is_coded(extract):
    ex = extract("According to Prime Minister John Howard, the economy grew by three per cent last year.")
    assert ("010", "John Howard", None) in triples(ex)
    ex = extract("According to CNN, the number of registered voters rose to 150 million.")
    assert not triples(ex)
    ex = extract("According to police, gunmen killed five people in Mogadishu on Sunday.")
    assert "01" not in _roots(ex) and "18" in _roots(ex)


def test_wrote_in_a_letter_and_attended_a_summit(extract):
    ex = extract("President George W. Bush wrote in a letter to Congress that the troops would stay.")
    assert any(code == "010" and a1 == "George W. Bush" for code, a1, _ in triples(ex))
    ex = extract("Secretary of State Condoleezza Rice attended the summit of Asian leaders in Kuala Lumpur.")
    assert "04" in _roots(ex)


def test_standing_advice_in_the_present_is_no_appeal(extract):
    ex = extract("The Foreign Office website advises travellers to avoid the border region.")
    assert "02" not in _roots(ex)
    ex = extract("The Foreign Office advised travellers on Monday to leave the border region.")
    assert "02" in _roots(ex)


def test_a_permitted_act_is_not_done(extract):
    ex = extract("The new law allows the army to detain protesters for up to 30 days.")
    assert "17" not in _roots(ex)
    ex = extract("The treaty between Chad and Niger allowed Chadian troop deployments along the border.")
    assert "15" not in _roots(ex)


def test_a_right_to_strike_is_no_strike(extract):
    ex = extract('Rebel commander Ali Musa said: "We have the right to strike back at the army."')
    assert "19" not in _roots(ex)


def test_what_an_allegation_says_is_not_done(extract):
    ex = extract(
        'Senator Maria Lopez alleged, by way of example, that Kenya had "caused great suffering" by supporting '
        "General Omar Bashir."
    )
    assert "05" not in _roots(ex)
    assert any(code[:2] == "11" and a1 == "Maria Lopez" for code, a1, _ in triples(ex))


def test_what_an_act_is_for_is_not_done(extract):
    # a "to"-infinitive adverbial tells the aim: the easing and the help are not reported as given
    for text in (
        "To ease the sanctions burden, the company has formed a new partnership with its suppliers.",
        "The ministry developed new resources to help patients in rural areas.",
        "The government took a bold step last week to strengthen and support the northern militias.",
    ):
        ex = extract(text)
        assert not {"05", "07", "08"} & _roots(ex), text
    # a body set up to do it is coded doing it (the sets' convention), and a gathering to protest protests
    assert "09" in _roots(
        extract("Parliament set up a special commission on Tuesday to investigate the minister.")
    )
    assert "14" in _roots(extract("Thousands of farmers gathered outside parliament to protest the new tax."))


def test_an_announced_trip_at_home_is_no_intent_to_meet(extract):
    assert "03" not in _roots(
        extract("U.S. Deputy Secretary of State Brian McKeon will travel to Miami, Florida, on March 29.")
    )
    assert "036" in {
        c
        for c, _, _ in triples(
            extract("U.S. Secretary of State Antony Blinken will travel to Berlin next week.")
        )
    }


def test_trade_with_no_partner_is_commerce(extract):
    assert "06" not in _roots(
        extract("Argentina was exporting about two million tonnes of wheat a month before the drought.")
    )
    assert "06" in _roots(extract("Peru began exporting natural gas to Chile on Monday."))
    assert "06" in _roots(extract("China buys most of Sudan's oil and also sells it weapons."))


def test_a_liking_or_leaning_is_no_deed(extract):
    # what someone likes or tends to do is a disposition, not an act reported as done
    for text, root in (
        (
            "There are a lot of Canadian companies that like to do business with Mexico by exporting to Mexico.",
            "06",
        ),
        ("Ortega has a tendency to impose sanctions on his rivals.", "16"),
        ("Provincial governors tend to criticize the capital's budget.", "11"),
    ):
        assert root not in _roots(extract(text)), text
    # a means gerund under a threat is threatened, not done
    roots = _roots(extract("Moscow threatened to retaliate by cutting gas supplies to Kyiv."))
    assert "13" in roots and "16" not in roots


def test_a_habit_or_standing_offer_is_no_event(extract):
    # a present-tense act with a frequency adverb is a habit
    assert "05" not in _roots(extract("Yet small contractors sometimes back out even after seeking bids."))
    assert "04" in _roots(
        extract("Since March, the ministry has regularly convened the provincial governors.")
    )
    # a bare present "offers" describes what is provided as a rule; an offer of aid keeps its code
    assert "03" not in _roots(extract("Ontario and Quebec offer legal protections to migrant workers."))
    assert "03" in _roots(extract("Japan offers aid to Nepal after the earthquake."))


def test_withdrawing_from_a_jurisdiction_is_no_yielding(extract):
    codes = {
        c
        for c, _, _ in triples(extract("Kenya withdrew from the jurisdiction of the regional court in 2019."))
    }
    assert "160" in codes and "080" not in codes


def test_a_vow_to_disrupt_sittings_threatens_protest(extract):
    # disrupting a sitting is interrupting it (a protest), so a vow to do it threatens one, not cooperation
    roots = _roots(extract("The opposition party pledged to disrupt the next sittings of the assembly."))
    assert "13" in roots and "03" not in roots
    assert not _roots(extract("Heavy snow disrupted flights at the airport."))


def test_a_present_time_clause_under_a_past_vow_is_still_to_come(extract):
    # "until the government bows": a present tense under a past or an infinitive is the time ahead, no act done
    roots = _roots(
        extract("The farmers vowed to continue the blockade until the government bows to their demands.")
    )
    assert "13" in roots and "03" not in roots


def test_a_named_reporter_of_an_outlet_states_what_according_to_him(extract):
    events = extract(
        "According to Daily Planet correspondent Lois Lane, clashes near the border are rising."
    ).events
    assert [e.cameo_code for e in events] == ["010"]
    assert not extract("According to a Daily Planet reporter, clashes near the border are rising.").events


def test_holding_something_to_be_something_is_no_policy_weighed(extract):
    # "considers X a Y" / "considers X to be Y" is a standing view; weighing a proposal is 014
    assert not _roots(extract("Ankara considers the militia a terrorist organisation."))
    assert not _roots(extract("The regulator considers such apps to be financial services."))
    assert "01" in _roots(extract("The cabinet considered the proposal on Monday."))


def test_a_campaign_gathering_or_winning_others_over_is_no_demonstration(extract):
    # a gathering noun named for an election occasion is the party's or candidate's own event
    for text in (
        "Late on Sunday the Liberal leader Anna Berg conceded defeat at her party's election night vigil in Oslo.",
        "Governor Tom Reyes held a campaign rally in Fresno on Friday.",
    ):
        assert "14" not in _roots(extract(text)), text
    # rallying someone to do something wins them over; a crowd that rallies demonstrates
    assert "14" not in _roots(extract("Canada has rallied its allies to support the people of Sudan."))
    assert "14" in _roots(extract("Students rallied outside the Ministry of Education in Lima on Monday."))
    assert "14" in _roots(extract("Farmers held a post-election rally in Accra against the results."))
    # something demonstrated by someone is shown, not a demonstration
    assert "14" not in _roots(extract("We welcome the resolve demonstrated by the Government of Chile."))


def test_a_verb_inside_a_title_is_no_act(extract):
    # a capitalised verb in a title the sentence names is no act of the sentence's subject
    for text in (
        "The Department of Health released Supporting Child and Family Mental Health to help schools.",
        "The Ministry of Education is Supporting Efforts to Improve Reading in Schools.",
    ):
        assert "05" not in _roots(extract(text)), text
    # a lower-case support after a name stays
    assert "05" in _roots(extract("The Ministry of Health said Norway supports the resolution."))


def test_a_partys_policy_does_no_act(extract):
    # what a policy or an agenda does is its effect, even when it is a party's own
    for text in (
        "The Governor's new housing policies are delivering relief to young families.",
        "The government's new policy supports farmers in the north.",
    ):
        assert not {"05", "07"} & _roots(extract(text)), text
    # a party's report still speaks for it; the party itself still acts
    assert "05" in _roots(extract("The government supports farmers in the north."))


def test_a_time_phrase_before_the_doer_is_no_subject(extract):
    # the parser gives the verb two subjects when a clock time opens the sentence; the name after the time acts
    ex = extract("Around 21.40 CET last night Green Party leader Lena Holm claimed victory in Malmo.")
    assert ("010", "Lena Holm", None) in triples(ex)


def test_an_opening_date_run_into_the_subject_leaves_the_subject_acting(extract):
    """With no comma after "On Monday" the recogniser reads "Monday hundreds" as one date: the subject still acts."""
    ex = extract("On Monday hundreds of nurses marched through Lagos.")
    assert "14" in _roots(ex)
    ex = extract("In March thousands of workers protested against the new law.")
    assert "14" in _roots(ex)


def test_a_hostile_act_an_actor_is_due_to_do_is_no_threat(extract):
    """ "is due to seize": a scheduled act, like "is set to", is no threat made."""
    ex = extract("The army is due to seize the border posts on Monday.")
    assert "13" not in _roots(ex)


def test_every_item_of_an_intended_list_is_intended(extract):
    # "to A, B and C": the parser hangs B on the intending verb; B and C are as little done as A
    roots = _roots(
        extract("The ministry intended to expel the envoys, close the consulate and freeze the accounts.")
    )
    assert "13" in roots and not roots & {"16"}
    roots = _roots(
        extract("The rebels have vowed to attack the garrison, seize the depot and block the highway.")
    )
    assert "13" in roots and not roots & {"14", "17"}
    roots = _roots(
        extract(
            "The regulator intends to prohibit content rated MA15+ and restrict access to gambling services."
        )
    )
    assert "17" not in roots
    # a list of done acts stays done
    assert "17" in _roots(
        extract("Police raided the offices, seized the computers and arrested three editors.")
    )


def test_a_position_to_act_is_no_act(extract):
    # what a party's position or stance is to do, or is in a position to do, is not done
    assert "04" not in _roots(
        extract("The senator attacked Governor Smith's position to negotiate with the rebels.")
    )
    assert "07" not in _roots(extract("Japan is in a position to provide aid to Nepal."))


def test_a_cause_a_relative_clause_fights_for_is_no_battle(extract):
    # "the one thing I will fight for": the antecedent is the cause; armed backers stay armed
    ex = extract('The premier said: "It is the one cause that I will fight for, the unity of my party."')
    assert not {"13", "19"} & _roots(ex)
    assert "19" in _roots(extract("The Taliban fighters, whom the young men fought for, ambushed a convoy."))


def test_what_a_denied_report_says_is_not_coded(extract):
    # the report under the denial does not assert its clause, and "denied information" denies a claim
    ex = extract("The minister denied that the treaty implied the kingdom now recognised Kosovo.")
    assert "05" not in _roots(ex)
    ex = extract("Senator Maria Lopez denied information published about her in the newspaper.")
    assert "016" in {code for code, _, _ in triples(ex)}


def test_a_decision_someone_else_hopes_for_is_not_made(extract):
    ex = extract('"We hope Canada will make the decision to lift the embargo soon," the ambassador said.')
    assert "08" not in _roots(ex)


def test_a_set_wish_is_no_demand_and_a_weighed_threat_no_threat(extract):
    ex = extract('"They are fine people, God bless them," the senator said.')
    assert "10" not in _roots(ex)
    ex = extract("The Dutch police say they are taking the threats seriously.")
    assert "13" not in _roots(ex)


def test_threats_received_in_a_quantity_are_the_senders(extract):
    ex = extract("The embassy in Nairobi received dozens of threats from Al-Shabaab militants.")
    assert any(code[:2] == "13" and (a1 or "").lower() == "al-shabaab" for code, a1, _ in triples(ex))


def test_what_has_not_been_done_so_far_rejects_nothing(extract):
    # a negated perfect or progressive tells what has not happened; "did not" and "would not" still reject
    assert "12" not in _roots(
        extract("The government of Freedonia has not ratified the border treaty with Sylvania.")
    )
    assert "12" not in _roots(extract("The senator has not offered any apology to the victims."))
    assert "12" in _roots(extract("Freedonia did not support the resolution proposed by Sylvania."))
    assert "12" in _roots(extract("Freedonia refused to meet the envoy from Sylvania."))


def test_what_a_statement_noun_says_is_its_makers_act(extract):
    # a participle on the statement a verb issues tells what the statement says: the act, not a bare statement
    ex = extract("The Freedonian foreign ministry issued a statement condemning the government of Sylvania.")
    assert _roots(ex) == {"11"}
    ex = extract("Governor Rufus Firefly made a statement denouncing the Sylvanian ambassador.")
    assert _roots(ex) == {"11"}
    # a participle on another noun the statement names is still background to it
    ex = extract("Governor Rufus Firefly told the delegates attending the summit that Freedonia would stay.")
    assert "01" in _roots(ex)


def test_a_reaction_drawn_from_others_is_theirs(extract):
    # "drew criticism from X", "sparked protests from X": X criticises or protests; support drawn is no event
    for text in (
        "The new border law drew sharp criticism from Chile.",
        "Bolivia's decision sparked condemnation from Chile.",
    ):
        assert any(code[:2] == "11" and a1 == "Chile" for code, a1, _ in triples(extract(text)))
    assert not triples(extract("The Bolivian party draws support from Chile."))


def test_a_released_videotape_is_a_statement(extract):
    assert _roots(extract("The rebel commander Rufus Firefly released a new videotape on Sunday.")) == {"01"}


def test_what_a_condition_governs_is_not_done(extract):
    # what an "if" clause of a clause above conditions is not reported as done; a threat's condition, a
    # concession ("even if") and a condition the parser hangs on the trigger itself leave the act as it reads
    assert "06" not in _roots(
        extract(
            "If they sign the accord, I am sure that Freedonia, cooperating with Sylvania, is on the right path."
        )
    )
    assert "06" in _roots(
        extract("Freedonia cooperated with Sylvania on trade after Sylvania lowered its tariffs.")
    )
    assert "13" in _roots(
        extract("Freedonia threatened to cut off aid to Sylvania if the border stays closed.")
    )
    assert "06" in _roots(
        extract("Even if the envoy stays away, Freedonia cooperates with Sylvania on trade.")
    )
    assert "09" in _roots(
        extract(
            "The ministry launched an inquiry into Sylvania over its threat to cut off aid to Freedonia if it does"
            " not close the border."
        )
    )


def test_what_an_accusation_claims_is_alleged_not_done(extract):
    # the -ing report of an accusation says its content: no act of the accused (or of the accuser) is coded
    ex = extract(
        "Rancher Paul Dorsey sued the county in March. Dorsey's lawyer accused prosecutor Jim Hale of racism, "
        "claiming he had harassed Mary Voss with insulting questions."
    )
    assert ("112", "Paul Dorsey", "Jim Hale") in triples(ex)
    assert "17" not in _roots(ex)
    # a report that is no accusation's content is coded as before
    ex = extract("Police said on Monday that rebels had attacked the town of Kidal.")
    assert "19" in _roots(ex) or "18" in _roots(ex)


def test_a_thing_called_by_a_name_is_no_phone_call(extract):
    for text in (
        "Freedonia joined a regional bloc called the Sylvanian Trade Council.",
        "Under your leadership, the Ministry of Finance is promoting a new app, called Ledgerline, that lets "
        "traders file returns.",
        'Freedonian National Committee spokeswoman Jane Roe called Senator Ada Brandt "part of an angry party."',
    ):
        assert "04" not in _roots(extract(text)), text
    assert ("041", "Barack Obama", "Angela Merkel") in triples(
        extract("President Barack Obama called German Chancellor Angela Merkel on Tuesday.")
    )


def test_who_is_made_to_act_acts(extract):
    ex = extract("Freedonia forced Sylvania to withdraw its troops from Ruritania.")
    assert ("0874", "Freedonia", "Ruritania") not in triples(ex)
    assert any(code.startswith("087") and source == "Sylvania" for code, source, _ in triples(ex))
    ex = extract("The United Nations obliged Sylvania to withdraw its troops from Ruritania.")
    assert any(code.startswith("10") and source == "United Nations" for code, source, _ in triples(ex))
    assert "08" not in _roots(ex)  # an obligation: the withdrawal is only required


def test_a_defence_by_force_is_no_statement(extract):
    ex = extract("The Freedonian army said it will defend itself with force if it is attacked.")
    assert not {"03", "05"} & _roots(ex)
    ex = extract("Prime Minister John Key defended the use of public money on the summit.")
    assert ("010", "John Key", None) in triples(ex)


def test_who_after_a_place_is_no_place(extract):
    for text in (
        "Thank you to our teachers and staff across the state, including in Kent and Essex Counties, who work "
        "tirelessly to support our future leaders.",
        "Thanks to the farmers and workers in Essex County, who worked hard to support the Labour Party.",
    ):
        assert "05" not in _roots(extract(text)), text


def test_a_name_called_with_a_quoted_description_is_judged_by_it(extract):
    ex = extract('The head of the agency, Jan Kowal, called Freedonia "an important partner in the region".')
    assert ("051", "Jan Kowal", "Freedonia") in triples(ex)
    assert "04" not in _roots(ex)


def test_spending_with_no_recipient_is_no_aid(extract):
    assert "07" not in _roots(
        extract("Repairs to the presidential palace are funded by the Freedonian Ministry of Culture.")
    )
    assert "07" not in _roots(extract("Freedonia has allocated $70 million for a new railway in its budget."))
    ex = extract("Freedonia has funded Hezbollah for decades.")
    assert ("071", "Freedonia", "Hezbollah") in triples(ex)


def test_a_person_animal_or_place_called_by_a_name_is_no_phone_call(extract):
    for text in (
        # the tagger's VBD on "called": still a name given to the daughter
        "Tomas Varga is a singer from Leeds. He has a 14-year-old daughter called Nina Varga with his former wife.",
        "Tomas Varga is a painter from Lyon. He lives with a dog called Max in a town called Ashford.",
    ):
        assert "04" not in _roots(extract(text)), text


def test_a_hostile_or_covert_proposal_is_no_intent_to_cooperate(extract):
    for text in (
        "Tomas Varga proposed breaking into Ilse Brandt's office to find the files.",
        "Tomas Varga proposed installing listening devices in Ilse Brandt's room.",
        "Tomas Varga proposed a person dedicated to spying on Ilse Brandt.",
        "Tomas Varga offered to steal documents from Ilse Brandt.",
    ):
        assert "03" not in _roots(extract(text)), text
    assert ("030", "Tomas Varga", "Ilse Brandt") in triples(
        extract("Tomas Varga offered to help Ilse Brandt with her campaign.")
    )
    assert ("036", "Tomas Varga", "Ilse Brandt") in triples(
        extract("Tomas Varga proposed a meeting with Ilse Brandt to discuss surveillance cameras.")
    )
