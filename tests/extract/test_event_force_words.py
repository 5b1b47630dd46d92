"""Words of force, hosting, calling and asking used outside political events (events/sense_force.py and the
checks beside it in sense_objects, sense_speech, sense_action), states that are no events, and conditions
opened by inversion ("Should X cut ..."); candidates beating or battling one another in a poll or for a seat use
no force.

Each case is a sentence written for the rule it tests, run through the real extractor (spaCy + actors + events).
"""

from __future__ import annotations

import pytest

from tests.extract.coded_events import codes, roots

pytest.importorskip("spacy")


def test_deploying_or_pulling_out_a_thing_is_no_show_of_force(extract):
    assert "15" not in roots(
        extract, "The city's police department deployed two robots to inspect the abandoned suitcase."
    )
    assert "154" in codes(extract, "Ukraine deployed 3,000 troops along the northern border on Monday.")
    assert "15" not in roots(
        extract, "Amassing 19 kills to five, Team Falcon closed out the fastest game of the series."
    )
    assert "154" in codes(extract, "Russia has amassed 100,000 troops near the border.")
    assert "0874" not in codes(extract, "When officers stopped his car, the suspect pulled out a pistol.")
    assert "0874" in codes(extract, "Moscow pulled out its troops from Georgia in October.")


def test_sport_is_no_fighting(extract):
    assert "19" not in roots(
        extract, "Last season Marco Reyes hit just .209 and struck out 174 times for the Mariners."
    )
    assert "19" not in roots(extract, "Two years ago, Argentina's inflation rate hit 90 percent a year.")
    assert "19" not in roots(
        extract, "Jim Reyes had an RBI single and is hitting .364 with four doubles and a homer."
    )
    assert "19" in roots(extract, "Israeli jets struck Hamas positions in Gaza on Tuesday.")


def test_an_alert_sent_to_phones_is_no_raised_alert(extract):
    assert "15" not in roots(
        extract, "Police in Manila issued a cellphone alert telling residents to stay indoors."
    )
    assert "15" in roots(extract, "Police in the Philippine capital were on high alert ahead of the vote.")


def test_being_an_ally_is_a_state_unless_promised(extract):
    assert "05" not in roots(extract, "The United States is Japan's most important ally in Asia.")
    assert "120" in codes(
        extract, "Pakistan will never be America's partner in this war, the Pakistani minister said."
    )


def test_an_inverted_condition_is_neither_done_nor_demanded(extract):
    assert "10" not in roots(
        extract,
        "Should the defence ministry cut the cost of its orders, the price of the jets could fall, "
        "the executives noted.",
    )


def test_signing_a_cheque_or_receiving_a_threat_is_no_diplomacy(extract):
    assert "057" not in codes(extract, "The check was signed by Daniel Ortiz, the firm's treasurer.")
    assert "057" in codes(extract, "The peace treaty was signed by Armenia and Azerbaijan in Washington.")
    assert "04" not in roots(
        extract,
        "The drama began on Monday, when school board President Maria Lopez received the emailed threat.",
    )
    assert "043" in codes(extract, "King Abdullah received the Iraqi foreign minister in Amman on Sunday.")


def test_calling_a_press_conference_on_a_day_calls_on_no_one(extract):
    assert "10" not in roots(
        extract,
        "The Chinese foreign ministry has called a press conference on Wednesday to discuss the visit.",
    )
    assert "10" in roots(extract, "The United Nations called on Israel to halt the air strikes.")


def test_asking_a_question_is_no_request(extract):
    assert "02" not in roots(
        extract, "Director Paul Novak shrugs. “Why would anyone do that?” he asks, laughing."
    )
    assert "02" not in roots(
        extract, "Senator Anna Kovac asked a series of personal questions about the nominee's finances."
    )
    assert "02" in roots(extract, "The Kenyan president asked the parliament to delay the vote.")


def test_shooting_a_film_is_no_assault(extract):
    assert "18" not in roots(
        extract,
        "Actress Jennifer Lowe said she wore a dress from a commercial that she had just shot in Paris.",
    )
    assert "18" in roots(extract, "A gunman shot three shoppers at a supermarket in Ohio on Saturday.")


def test_being_on_strike_is_a_labour_strike(extract):
    assert "143" in codes(extract, "Most of the railway workers remain on strike, the company said.")
    assert "143" in codes(extract, "Teachers in Valport have been on strike since March.")
    assert "19" not in roots(
        extract, "The nurses who are on strike marched to the health ministry on Friday."
    )
    assert "19" in roots(extract, "The air force carried out a strike on rebel positions near the border.")


def test_ones_own_blow_is_no_armed_force(extract):
    assert "19" not in roots(
        extract, '"I lost control on the ice and I hit the barrier," said driver Tom Kessler.'
    )
    assert "18" in roots(
        extract, "Riot police in Lima hit a student with batons outside parliament on Friday."
    )
    assert "19" in roots(extract, "Israeli warplanes struck Hamas positions in Gaza on Sunday.")


def test_striking_down_a_law_is_no_fighting(extract):
    assert "19" not in roots(extract, "An appeals court in Denver struck down the state's new voting rules.")
    assert "19" in roots(extract, "Government troops struck down the rebels near the border on Sunday.")


def test_a_country_attacking_uses_military_force(extract):
    assert "190" in codes(
        extract, "Russia attacked three towns in eastern Ukraine on Friday, officials said."
    )
    assert "18" not in roots(
        extract, "Russia attacked three towns in eastern Ukraine on Friday, officials said."
    )
    assert "180" in codes(extract, "Armed gunmen attacked a bus near the market on Friday, officials said.")


def test_a_country_bombing_employs_aerial_weapons(extract):
    assert "195" in codes(extract, "The United States bombed the Iraqi army headquarters in 1991.")


def test_beefing_up_a_desk_is_no_show_of_force(extract):
    assert "15" not in roots(
        extract, "Acme Bank is beefing up its trading desk by hiring three former Goldman Sachs traders."
    )
    assert "153" in codes(extract, "Police beefed up security around the parliament in Nairobi on Tuesday.")


def test_executing_a_plan_kills_nobody(extract):
    assert "18" not in roots(extract, "Xi Jinping advanced the policy, and Sinopec is helping execute it.")
    assert "13" not in roots(
        extract, "The cabinet approved the plan last week and the Kenyan army will execute it."
    )
    assert "19" in roots(extract, "Saudi Arabia executed three men convicted of drug smuggling on Monday.")


def test_injuring_ones_own_body_is_no_assault(extract):
    assert "18" not in roots(
        extract, "Striker Kevin Otieno injured his hamstring during Saturday's win over Gor Mahia."
    )
    assert "180" in codes(extract, "A gunman injured four people at a market in Lagos on Friday.")


def test_war_on_a_vice_and_killing_it_are_figures_of_speech(extract):
    assert "19" not in roots(
        extract, "Governor Paul Mensah has declared war on what he calls moral decay in the capital."
    )
    assert "190" in codes(extract, "Paraguay declared war on Bolivia in May 1933.")
    assert "18" not in roots(
        extract, 'The judges said the two founders "killed it" in their pitch on Friday.'
    )
    assert "18" in roots(extract, "Gunmen killed the mayor of Tlalpan on Friday, police said.")


def test_killing_an_animal_or_an_animal_biting_is_no_assault(extract):
    for text in (
        "The ministry of agriculture ordered the killing of 40,000 pigs.",
        "Park rangers shot two lions that had strayed into the village.",
        "Norwegian whalers killed hundreds of minke whales last season.",
        "A stray dog bit a police officer in Lagos on Sunday.",
    ):
        assert not {"18", "19", "20"} & roots(extract, text), text
    assert {"18", "19"} & roots(extract, "Gunmen shot two villagers near the border on Sunday.")
    assert {"18", "19"} & roots(extract, "The army killed hundreds of rebels in the north.")


def test_a_contest_named_for_what_it_is_over_is_no_armed_battle(extract):
    for text in (
        "Microsoft fought a long court battle with the European Commission.",
        "Tesco and Sainsbury's are waging a price war.",
        "The legal battle between Apple and Samsung continued in Seoul.",
    ):
        assert "19" not in roots(extract, text), text
    assert "19" in roots(extract, "Russia waged a war against Ukraine.")
    assert "19" in roots(extract, "The army fought rebels near the border.")


def test_candidates_contending_in_a_poll_or_for_a_seat_use_no_force(extract):
    for text in (
        "Senator Mary Jones gained ground on Governor John Smith in the latest opinion poll.",
        "Senator Mary Jones beat Governor John Smith in the Republican primary.",
        "Senator Mary Jones is battling Governor John Smith for the Democratic nomination.",
    ):
        assert not roots(extract, text) & {"18", "19"}, text
    assert "18" in roots(extract, "Gunmen attacked a polling station in Kabul ahead of the election.")
    assert "18" in roots(extract, "Rebels killed two candidates during the election campaign.")


def test_a_by_election_a_contest_a_margin_of_votes_or_a_seat_won_is_an_electoral_win(extract):
    for text in (
        "The Labour Party beat the Conservative Party in the by-election.",
        "Senator Mary Jones beat Governor John Smith in the leadership contest.",
        "The Democratic Party beat the Republican Party by more than 300 votes.",
        "Mary Jones won the seat, beating the Labour candidate John Smith.",
        "The Democratic Party beat the Republican Party in the midterms.",
    ):
        assert not roots(extract, text) & {"18", "19"}, text
    assert "18" in roots(extract, "Gunmen beat a candidate outside his home in Kabul.")


def test_a_person_fighting_for_a_cause_fights_no_foe(extract):
    for text in (
        "Governor Mary Jones will keep fighting to lower the cost of prescription drugs.",
        "Senator John Smith is fighting for lower taxes.",
    ):
        assert "19" not in roots(extract, text), text
    for text in (
        "The Taliban are fighting to topple the government.",
        "Ukrainian troops are fighting to retake the city.",
        "John Smith fought against the rebels in the north.",
    ):
        assert "19" in roots(extract, text), text


def test_views_that_clash_are_no_armed_clash(extract):
    assert "19" not in roots(extract, "Obama's plans clashed with the views of the Senate.")
    assert "19" not in roots(extract, "China's ambitions are clashing with the concerns of Peru's villagers.")
    assert "19" in roots(extract, "Rebels and government troops clashed near the border.")


def test_running_into_a_thing_is_no_blow(extract):
    for text in (
        "The Royal Navy submarine HMS Triton hit a mine off the coast.",
        "John Smith struck a guard rail and flipped the truck.",
        "Brazil's inflation hit a record high in March.",
    ):
        assert "19" not in roots(extract, text), text
    assert "19" in roots(extract, "Russian forces hit a school in Kharkiv.")


def test_harm_done_to_a_law_an_ill_or_a_level_is_a_figure_of_speech(extract):
    for text in (
        "Governor Jim Smith killed the state's new regulations on trucking.",
        "Democrats killed the bill in committee last week.",
        "America is beating inflation under the new policies.",
        "The Coast Guard hit a record low number of crossings last month.",
        "The Administration is hitting pause on the export project.",
        "American businesses have beaten the estimates of analysts this quarter.",
    ):
        assert not roots(extract, text) & {"18", "19"}, text
    assert "18" in roots(extract, "The militants killed a record number of civilians this year.")
    assert "19" in roots(extract, "Russian forces killed three Ukrainian soldiers near Bakhmut.")


def test_a_civil_body_targets_with_no_armed_force(extract):
    for text in (
        "The Administration has targeted sanctuary cities that shield criminals.",
        "The Justice Department targeted Mexican drug traffickers involved in smuggling.",
    ):
        assert "19" not in roots(extract, text), text
    assert "19" in roots(extract, "The Department of Defense targeted militia sites in Syria.")
    assert "19" in roots(extract, "Hamas targeted Israeli towns with rockets.")
    assert "19" in roots(extract, "The regime targeted protesters with live fire.")


def test_hitting_someone_with_a_car_or_a_pipe_is_an_assault(extract):
    assert "182" in codes(extract, "The suspect hit him with the car before fleeing the scene.")
    assert "182" in codes(extract, "Prosecutors said Smith struck the teenager with a metal pipe.")


def test_a_cash_withdrawal_pulls_out_no_troops(extract):
    assert "0874" not in codes(
        extract, "Prosecutors said Smith made cash withdrawals from the Jones campaign."
    )
    assert "0874" not in codes(extract, "The withdrawal of $5,000 from the account by Smith alarmed Jones.")


def test_war_waged_on_ills_is_a_campaign(extract):
    assert "19" not in roots(extract, "The government waged war on drugs and poverty.")
    assert "19" in roots(extract, "Russia waged war on Ukraine.")


def test_a_clause_with_its_own_subject_lends_the_trigger_no_word(extract):
    """ "gained support, with the Greens controlling the majority": "gain" + "control" is no seizure when "controlling"
    is another party's verb."""
    text = "The Labour Party has gained support, with the Greens controlling the majority."
    assert "19" not in roots(extract, text)
    assert "19" in roots(extract, "Rebel fighters gained control of the town of Kidal on Monday.")


def test_irregulars_firing_shells_or_rockets_use_military_force(extract):
    """Mortars, shells and rockets are weapons of war (CAMEO 19) whoever fires them; shots fired by gunmen at a
    person stay unconventional violence (18)."""
    text = "Militants fired rockets at a police checkpoint near Quetta on Monday."
    assert "19" in roots(extract, text) and "18" not in roots(extract, text)
    assert "18" in roots(extract, "Gunmen fired several shots at Senator Maria Lopez in Cali on Tuesday.")
