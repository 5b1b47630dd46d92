"""Event senses read from the object or complement class (events/sense_objects.py) and speech verbs that state
something only with a reported clause (events/sense_speech.speech_needs_clause).

Each case is a sentence written for the rule it tests, run through the real extractor (spaCy + actors + events).
"""

from __future__ import annotations

import pytest

from tests.extract.coded_events import codes, roots, triples

pytest.importorskip("spacy")


def test_meeting_needs_a_party_not_a_reaction(extract):
    assert "04" not in roots(
        extract, "The Kenyan convoy met fierce resistance from armed rebels near Kismayo."
    )
    assert "04" not in roots(extract, "The Italian budget plan met with criticism in Brussels.")
    assert "04" in roots(extract, "President Emmanuel Macron met Chancellor Olaf Scholz in Berlin on Monday.")


def test_standing_by_without_a_party_is_no_support(extract):
    assert "05" not in roots(
        extract, "Riot police in Caracas stood by watching as the crowd looted the shops on Tuesday."
    )
    assert "05" in roots(extract, "Poland stood by Lithuania during the border dispute with Belarus.")


def test_a_cancelled_visit_to_a_place_is_no_broken_off_talks(extract):
    assert "16" not in roots(
        extract, "Chancellor Olaf Scholz cancelled a visit to a Munich factory on Friday."
    )
    assert "16" in roots(extract, "Turkey cancelled a visit to Sweden by its foreign minister.")


def test_concern_about_a_party_is_disapproval(extract):
    assert "111" in codes(
        extract,
        "The European Union expressed concern about the Georgian government's crackdown on the media.",
    )
    assert "012" in codes(
        extract, "The European Union expressed concern over the worsening drought in Somalia."
    )


def test_a_state_protesting_complains_officially(extract):
    assert "114" in codes(extract, "Poland formally protested the detention of its consul in Minsk.")
    assert "141" in codes(extract, "Thousands of students protested outside the parliament in Belgrade.")


def test_warning_its_own_citizens_is_advice(extract):
    assert "13" not in roots(
        extract, "The French government warned its citizens in Mali to leave the country immediately."
    )
    assert "13" in roots(extract, "Iran warned Israel against any attack on its nuclear sites.")


def test_speech_verbs_of_other_senses_state_only_a_clause(extract):
    assert "01" in roots(extract, "The Bundesbank estimates that the German economy will shrink this year.")
    assert "01" in roots(
        extract, '"These are difficult times for every family," Finance Minister Christian Lindner responded.'
    )
    assert "01" not in roots(extract, "Italian police responded with water cannon on Saturday.")
    assert "01" not in roots(extract, "United Nations troops maintained order in the capital Bangui.")


def test_a_crowd_throwing_stones_or_breaking_windows_riots(extract):
    assert "145" in codes(extract, "Opposition supporters threw bottles and rocks at riot police in Tbilisi.")
    assert "145" in codes(extract, "An angry mob smashed windows of the French embassy in Niamey.")
    assert "14" not in roots(extract, "The mayor threw a reception for the visiting delegation.")


def test_being_critical_of_a_party_is_criticism(extract):
    assert "111" in codes(
        extract, "Senator Kamala Harris has been fiercely critical of the Trump administration."
    )
    assert "111" in codes(extract, "Poland took exception to the remarks of the Russian ambassador.")
    assert "11" not in roots(extract, "It is critical that the German government acts now.")


def test_describing_a_party_in_words_of_censure_is_criticism(extract):
    assert "111" in codes(
        extract, "Opposition leader Nelson Chamisa described the electoral commission as biased and unfair."
    )
    assert codes(extract, "Opposition leader Nelson Chamisa described the talks as long and detailed.") == [
        "010"
    ]


def test_cutting_a_thing_is_no_cut_in_relations(extract):
    assert "16" not in roots(extract, "The Federal Reserve cut interest rates to near zero in March.")
    assert "16" not in roots(extract, "Mayor Ray Nagin cut the ribbon at the new bridge on Friday.")
    assert "16" not in roots(extract, "Acme Corp. bought the old cable and cut it into small pieces.")
    assert "16" not in roots(
        extract, "Firms like Acme Corp. use online tests to cut through the slow process of reading resumes."
    )
    assert "16" in roots(extract, "Saudi Arabia cut off Qatar in June.")


def test_giving_aid_needs_a_party_that_receives_it(extract):
    assert "07" not in roots(extract, "Jane Porter supplied copies of her lab notebooks to prove the claim.")
    assert "07" in roots(extract, "Iran supplied weapons to the Houthi rebels.")
    assert "07" in roots(extract, "India supplied essential drugs to several nations in May.")


def test_a_group_arriving_makes_no_visit(extract):
    assert "04" not in roots(extract, "Hundreds of Rwandan refugees began arriving in Burundi in March.")
    assert "04" not in roots(
        extract, "The three Romanian journalists arrived in Bucharest yesterday afternoon."
    )
    assert "042" in codes(extract, "President George W. Bush flew to Tanzania on Sunday.")
    assert "042" in codes(extract, "A Chinese delegation arrived in Washington on Monday for trade talks.")


def test_a_trip_inside_the_travellers_own_country_is_no_visit(extract):
    assert "04" not in roots(extract, "U.S. President Donald Trump travelled to Pittsburgh on Tuesday.")
    assert "04" not in roots(extract, "British Prime Minister Rishi Sunak visited Scotland on Friday.")
    assert ("042", "Joe Biden", "Government of Ukraine") in triples(
        extract("U.S. President Joe Biden made a surprise visit to Kyiv on Monday.")
    )


def test_reducing_a_thing_is_no_reduction_of_relations(extract):
    assert "16" not in roots(
        extract, "President Joe Biden took steps to reduce gun violence across the country."
    )
    assert "16" not in roots(
        extract, "The Indian government reduced its dependence on foreign energy supplies."
    )
    assert "16" not in roots(extract, "President Jacques Chirac ended mandatory military service in 1996.")
    assert "16" not in roots(extract, "The Kenyan government suspended the program for six months.")
    assert "16" in roots(extract, "Britain reduced its military aid to Ukraine.")
    assert "16" in roots(extract, "Washington reduced economic assistance to Cairo.")
    assert "16" in roots(extract, "The Eritrean government curtailed the movements of the UN mission.")
    assert "16" in roots(extract, "The government suspended the activities of several relief organizations.")
    assert "16" not in roots(extract, "The company suspended production at its plant in Ohio.")
