"""Places and weapons as parties (events/places.py): a town acted on stands for its country, as CAMEO codes it,
whether the actor pass kept it as a place or not; a place of the actor's own country stays as named; the make of
a rocket or an aircraft and the town an agreement is named for are nobody."""

from __future__ import annotations

from tests.extract.coded_events import triples


def test_a_town_attacked_stands_for_its_country(extract):
    ex = extract(
        "Ukraine accused Moscow of war crimes. Russian forces shelled Kharkiv on Tuesday, the governor said."
    )
    assert ("194", "Russia military", "Ukraine") in triples(ex)


def test_the_city_of_a_town_stormed_stands_for_its_country(extract):
    ex = extract(
        "Syria has protested to Turkey over the incursion. Turkish troops stormed the city of Aleppo on Monday, "
        "witnesses said."
    )
    assert any(a1 == "Turkey military" and a2 == "Syria" for code, a1, a2 in triples(ex) if code[:2] == "19")


def test_a_place_of_the_actors_own_country_stays_as_named(extract):
    ex = extract("The governor said the United States recognized Hawaii as a sovereign nation in 1826.")
    assert ("054", "United States", "Hawaii") in triples(ex)


def test_the_make_of_a_rocket_is_no_party(extract):
    ex = extract(
        "Israel launched the offensive after a Katyusha rocket fired from Lebanon landed in the town of Nahariya."
    )
    assert all("Katyusha" not in (a1 or "") + (a2 or "") for _, a1, a2 in triples(ex))


def test_the_town_an_agreement_is_named_for_is_no_party(extract):
    ex = extract(
        "Japan hosted the climate talks. The Australian government has refused to ratify the Kyoto agreement on "
        "emissions, the minister said."
    )
    refusals = [(a1, a2) for code, a1, a2 in triples(ex) if code[:2] == "12"]
    assert refusals and all(a1 == "Government of Australia" and a2 is None for a1, a2 in refusals)
