"""Towns and regions give actors their country (gazetteer.py: GeoNames towns, ISO 3166-2 regions), before the
article's main country, and the places of a text decide that main country."""

from __future__ import annotations

import pytest

from newsroom.extract.actors.gazetteer import leading_place_country, place_country_code


def _actors(ex):
    return {a.name: a.country_code for a in ex.actors}


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Adelaide", "AUS"),
        ("British Columbia", "CAN"),
        ("Texas", "USA"),
        ("Florida", "USA"),  # a US state, though also a department of Uruguay
        ("Ontario", "CAN"),  # the province, not Ontario, California
        ("Mosul", "IRQ"),
        # shared by several countries, a country's own name, a role word: left unknown
        ("Victoria", None),
        ("Lincoln", None),
        ("Vancouver", None),
        ("Georgia", None),
        ("Jordan", None),
        ("Police", None),
        ("adelaide", None),
    ],
)
def test_gazetteer_is_conservative(name, country):
    assert place_country_code(name) == country


def test_police_in_a_town_belong_to_its_country(extract):
    ex = extract(
        "United States Defence Secretary Donald Rumsfeld met United States officials on Thursday. The United "
        "States government praised the talks. Police in Adelaide arrested a man at an anti-war rally outside "
        "South Australia's Parliament House."
    )
    actors = _actors(ex)
    assert actors.get("Australia police") == "AUS"
    assert "United States police" not in actors


def test_places_of_the_story_decide_the_main_country(extract):
    ex = extract(
        "A suicide bomber has killed as many as 24 children in Iraq. US troops were handing out sweets to "
        "children in eastern Baghdad when a bomber drove a car carrying explosives up to the group. One US "
        "soldier was killed. The US military said the United States would not leave. A similar attack in "
        "Baghdad killed 34 children last year."
    )
    actors = _actors(ex)
    assert "United States gunmen" not in actors
    assert actors.get("Iraq gunmen") == "IRQ"


def test_a_region_in_a_name_is_not_a_demonym(extract):
    ex = extract(
        "The British Columbia government fined the teachers' union on Friday. The union said it would "
        "appeal to the British Columbia Supreme Court."
    )
    actors = _actors(ex)
    assert actors.get("Government of Canada") == "CAN"
    assert actors.get("British Columbia Supreme Court") == "CAN"
    assert "Government of the United Kingdom" not in actors


def test_town_qualified_by_its_state(extract):
    ex = extract("Police in Paris, Texas, arrested a man on Friday after a shooting at a school.")
    assert _actors(ex).get("United States police") == "USA"


def test_government_named_after_a_person_is_that_country(extract):
    ex = extract(
        "Frank Bainimarama became prime minister of Fiji in a bloodless 2006 coup that ousted Laisenia Qarase. "
        "The Australian government condemned the coup. Bainimarama accused the Qarase government of corruption."
    )
    actors = _actors(ex)
    assert actors.get("Government of Fiji") == "FJI"


def test_body_opening_a_phrase_takes_its_demonym(extract):
    ex = extract(
        "The United States praised the ban. Reuters reported on Monday a German government source, whom they "
        "did not name, said the ban on Mahan Air is not part of any broader plan to increase sanctions on Iran."
    )
    assert _actors(ex).get("Government of Germany") == "DEU"


def test_a_name_after_the_is_no_town(extract):
    # Gulf is also a province of Papua New Guinea
    ex = extract(
        "Iranian boats harassed a US Navy ship in the Gulf on Monday. Sailors in the Gulf fired warning shots."
    )
    assert not any(a.country_code == "PNG" for a in ex.actors)


def test_a_place_after_a_given_name_like_town_keeps_the_country():
    assert leading_place_country(["Dayton", "Ohio"]) == "USA"  # "Dayton" is also a given name
    assert leading_place_country(["Savannah", "Guthrie"]) is None  # a person, not Savannah, Ghana


def test_a_region_named_by_a_direction_opens_no_place():
    # "West" and "Far North" are regions of Cameroon, "Upper East" of Ghana; in English they open other names
    assert leading_place_country(["West", "Bank"]) is None
    assert leading_place_country(["South", "America"]) is None
    assert place_country_code("Far North") is None
    assert leading_place_country(["North", "Carolina"]) == "USA"
    assert place_country_code("Western Cape") == "ZAF"


def test_only_a_large_town_opening_an_organisations_name_gives_its_country():
    assert leading_place_country(["Taipei", "Times"], large=True) == "TWN"
    assert leading_place_country(["Time", "Magazine"], large=True) is None  # Time, Norway: 20,000 people


def test_a_small_namesake_town_does_not_make_the_main_country(extract):
    # "Bali" is also a town of Cameroon; a country the article never names is not where the story is
    ex = extract(
        "Two tourists were sentenced to death in Bali on Tuesday for smuggling heroin. Prosecutors had asked for "
        "the death penalty. Indonesian officials said the sentences would be carried out in Bali."
    )
    actors = _actors(ex)
    assert actors.get("Indonesia prosecutors") == "IDN"
    assert "Cameroon prosecutors" not in actors


def test_a_small_town_counts_when_the_article_names_no_country(extract):
    ex = extract(
        "Rioters set fire to shops and cars in Nouméa overnight as unrest entered a third day. Police arrested "
        "dozens of people on Thursday."
    )
    assert _actors(ex).get("NCL police") == "NCL"


def test_its_people_are_the_subjects_not_the_places(extract):
    ex = extract("The Kenyan government advised its citizens in Uganda to avoid the border region.")
    actors = _actors(ex)
    assert actors.get("Kenya civilians") == "KEN"
    assert "Uganda civilians" not in actors


def test_a_capital_people_move_to_is_a_place_not_its_government(extract):
    moved = extract(
        "Fighting closed the university in Khartoum in April. Many of its lecturers moved to Cairo, where they rent"
        " classrooms from a private college."
    )
    assert "Government of Egypt" not in {a.name for a in moved.actors}
    sent = extract(
        "Sudan's foreign minister said on Monday the talks would resume. Khartoum sent a message to Cairo urging"
        " restraint on the border."
    )
    assert "Government of Egypt" in {a.name for a in sent.actors}


def test_a_country_named_as_a_region_of_the_story_s_country_is_that_region(extract):
    ex = extract(
        "Police in Brunswick, Georgia, arrested two men on Friday. The suspects were later moved to a jail in Atlanta."
    )
    georgia = next(a for a in ex.actors if a.name == "Georgia")
    assert (georgia.actor_type, georgia.country_code) == ("other", "USA")


def test_a_country_named_beside_its_own_places_stays_the_country(extract):
    ex = extract(
        "Russian troops entered Georgia on Friday. Officials in Tbilisi said the attack was unprovoked."
    )
    assert next(a for a in ex.actors if a.name == "Georgia").actor_type == "country"


def test_indian_in_a_text_about_tribes_is_native_american_not_india(extract):
    ex = extract(
        "The Bureau of Indian Affairs announced new grants for tribes and Native communities on Monday. The "
        "Indian Health Service will expand clinics, and Indian businesses will get federal contracts."
    )
    countries = _actors(ex)
    assert countries["Bureau of Indian Affairs"] is None
    assert countries["Indian Health Service"] is None
    assert "IND" not in countries.values()


@pytest.mark.parametrize(
    "text",
    [
        # tribes but no Native peoples: India's army fighting tribal militants
        "The Indian Army said it had repelled an attack by tribal militants near the border.",
        # India named: its Indian Army, whatever tribes and Native groups the text speaks of
        "Tribal and Native groups in India protested. The Indian Army said it would stay.",
    ],
)
def test_indian_keeps_india_outside_a_native_american_text(extract, text):
    assert _actors(extract(text))["Indian Army"] == "IND"
