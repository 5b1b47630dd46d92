"""Whole triples (code, source, target) in shapes where the target used to be left empty or the code too general:
a participle describing its patient, "in front of" an embassy, a protest's purpose clause, the author of what is
protested, the object the parser hands to an -ing clause, the place of the clause as the victims' country, and
sub-codes read from the object (people seized, gatherings banned, soldiers shooting, car bombs)."""

from __future__ import annotations

from tests.extract.coded_events import triples


def test_participle_describes_who_was_seized(extract):
    ex = extract(
        "State television showed a video of eight British sailors seized by Iran's Revolutionary Guards on "
        "Friday."
    )
    assert ("173", "Islamic Revolutionary Guard Corps", "United Kingdom sailors") in triples(ex)


def test_people_seized_by_pirates_are_abducted(extract):
    ex = extract("Somali pirates seized twelve Turkish sailors off the coast on Monday.")
    assert [code for code, _, a2 in triples(ex) if a2 == "Turkey sailors"] == ["181"]


def test_protest_in_front_of_an_embassy_targets_its_country(extract):
    ex = extract(
        "The United States condemned the vote. Hundreds of Serbian students demonstrated in front of the US "
        "embassy in Belgrade on Sunday."
    )
    assert ("141", "Serbia students", "United States") in triples(ex)


def test_embassy_of_a_country_the_article_never_names_is_no_target(extract):
    ex = extract("Hundreds of students demonstrated outside the Ruritanian embassy on Sunday.")
    assert all(a2 is None for code, _, a2 in triples(ex) if code.startswith("14"))


def test_purpose_clause_names_what_a_gathering_protests(extract):
    ex = extract(
        "Thousands of farmers gathered in Paris on Tuesday to protest the French government's new fuel tax."
    )
    assert ("141", "France farmers", "Government of France") in triples(ex)


def test_protest_against_a_proposal_targets_its_author(extract):
    ex = extract("Students protested against a reform proposed by Education Minister Jose Wert in Madrid.")
    assert any(code == "141" and a2 == "Jose Wert" for code, _, a2 in triples(ex))


def test_object_the_parser_gave_to_a_saying_clause(extract):
    ex = extract(
        "Mexican President Vicente Fox criticised opposition lawmakers saying the country needed unity."
    )
    assert any(code == "111" and a1 == "Vicente Fox" and a2 is not None for code, a1, a2 in triples(ex))


def test_victims_abroad_take_the_place_not_the_attackers_country(extract):
    ex = extract("US troops killed five civilians in Afghanistan on Monday.")
    assert any(a1 == "United States military" and a2 == "Afghanistan civilians" for _, a1, a2 in triples(ex))


def test_arrest_at_home_keeps_the_police_country(extract):
    ex = extract("Nigerian police arrested a man on Tuesday over the killing of a shopkeeper.")
    assert ("173", "Nigeria police", "Nigeria civilians") in triples(ex)


def test_banned_meetings_restrict_political_freedom(extract):
    ex = extract("Police in Paris banned public meetings over the weekend.")
    assert [code for code, _, _ in triples(ex)] == ["1721"]


def test_banned_exports_stay_an_embargo(extract):
    ex = extract("Russia banned exports of wheat to Ukraine on Monday.")
    assert any(code == "163" for code, _, _ in triples(ex))


def test_soldiers_shooting_fight_with_small_arms(extract):
    ex = extract("Israeli soldiers shot two men near Nablus on Friday.")
    assert [code for code, _, _ in triples(ex)] == ["193"]


def test_car_bomb_is_a_vehicular_bombing(extract):
    ex = extract("A bomber exploded a car bomb near a market in Kirkuk on Sunday.")
    assert any(code == "1832" for code, _, _ in triples(ex))


def test_refused_demonstration_refuses_dissent(extract):
    ex = extract("Russian police refused permission for a demonstration by opposition groups in Moscow.")
    assert any(code == "1242" for code, _, _ in triples(ex))


def test_warning_of_military_action_is_a_military_threat(extract):
    ex = extract("Israel warned of increased military action in Gaza on Saturday.")
    assert ("138", "Israel", None) in triples(ex)


def test_people_reported_killed_are_the_victims(extract):
    ex = extract("Two journalists were reported killed by Syrian troops in Homs on Sunday.")
    assert any(a1 == "Syria military" and a2 is not None and "journalists" in a2 for _, a1, a2 in triples(ex))
    assert not any(a1 is not None and "journalists" in a1 for _, a1, _ in triples(ex))


def test_reported_killed_with_no_killer_names_no_source(extract):
    ex = extract(
        "Twelve suspected militants were reported killed on Monday in separate incidents in Helmand."
    )
    assert not any(code.startswith("18") for code, _, _ in triples(ex))


def test_the_enemy_of_a_country_is_not_that_country(extract):
    ex = extract(
        "Afghanistan mourned the official on Tuesday. The enemy of Afghanistan killed her, said a colleague."
    )
    assert not any(code.startswith("18") and a1 == "Afghanistan" for code, a1, _ in triples(ex))


def test_the_other_side_of_a_joint_subject(extract):
    ex = extract("In Oakland, both police and protesters accused the other side of starting the violence.")
    assert any(code.startswith("11") and a2 is not None and "protesters" in a2 for code, _, a2 in triples(ex))


def test_pronoun_of_a_joined_clause_is_the_earlier_object(extract):
    ex = extract(
        "Thames Valley Police said on Saturday they arrested a 66-year-old man on suspicion of burglary, and "
        "released him on bail till October."
    )
    released = [a2 for code, _, a2 in triples(ex) if code.startswith("08")]
    arrested = [a2 for code, _, a2 in triples(ex) if code.startswith("17")]
    assert released and released == arrested and released[0] is not None


def test_sailors_at_sea_are_no_town_s_gunmen(extract):
    ex = extract(
        "Iranian boats harassed a US Navy ship in the Gulf on Monday. Sailors in the Gulf fired warning shots."
    )
    assert not any(a1 is not None and "gunmen" in a1 for _, a1, _ in triples(ex))


def test_first_of_two_coordinated_verbs_shares_the_object(extract):
    ex = extract("Police arrested and charged four Kenyan activists in Nairobi on Monday.")
    assert [a2 for code, _, a2 in triples(ex) if code == "173"] == ["Kenya activists"]


def test_verbs_with_their_own_subjects_share_no_object(extract):
    ex = extract("The rebels retreated and the army shelled the village on Monday.")
    assert all(a2 is None for code, a1, a2 in triples(ex) if a1 == "rebels")


def test_standing_by_a_country_targets_it(extract):
    ex = extract("The prime minister said that Canada stood by France after the attacks in Paris.")
    assert ("052", "Canada", "France") in triples(ex)


def test_country_named_only_by_an_adjective_on_the_object_is_the_target(extract):
    ex = extract(
        "Iran denied the report on Monday. Canada and Germany rejected the Iranian proposal on Tuesday."
    )
    assert ("Canada", "Iran") in [(a1, a2) for code, a1, a2 in triples(ex) if code.startswith("12")]


def test_objecting_to_a_country_s_acts_is_aimed_at_the_country(extract):
    ex = extract(
        "Israel denied the report on Monday. Egypt's foreign ministry condemned Israeli airstrikes on Tuesday."
    )
    assert any(code.startswith("11") and a2 == "Israel" for code, a1, a2 in triples(ex))
