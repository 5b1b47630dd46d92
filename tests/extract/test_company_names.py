"""Companies and public bodies on business pages: tickers, names NER cut at "of", names typed by their list."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")


def _types(ex):
    return {a.name: a.actor_type for a in ex.actors}


def test_a_ticker_in_brackets_is_the_company(extract):
    ex = extract(
        "Shares of Harbor Freight Lines (HFL) fell 4 percent on Monday. "
        "Meridian Steel Co. (NYSE: MRS) said it would cut 300 jobs. HFL said demand had slowed."
    )
    names = _types(ex)
    assert "HFL" not in names and "MRS" not in names and "NYSE" not in names
    assert names["Harbor Freight Lines"] == "organization"
    said = [e for e in ex.events if e.trigger_text == "said"]
    assert {ex.actors[e.actor1_entity].name for e in said} >= {"Harbor Freight Lines"}


def test_initials_in_brackets_stay_the_acronym_of_the_name(extract):
    ex = extract("The ruling Clean Water Alliance (CWA) rejected the plan. The CWA said it would vote no.")
    assert [a.name for a in ex.actors if a.actor_type == "organization"] == ["Clean Water Alliance"]


def test_a_bureau_named_by_its_kind_keeps_what_follows_of(extract):
    ex = extract("Hiring slowed in March, according to a new US Bureau of Labor Statistics report.")
    assert "Labor Statistics" not in _types(ex)
    assert _types(ex)["US Bureau of Labor Statistics"] == "organization"


def test_a_name_listed_with_companies_is_a_company(extract):
    ex = extract("Clients of the firm include Dropbox, Slack, Zillow and LinkedIn.")
    assert _types(ex)["LinkedIn"] == "organization"


def test_a_country_or_a_region_listed_with_companies_stays_a_place(extract):
    ex = extract("Apple, Google and China disagreed over the rules on Tuesday.")
    assert _types(ex)["China"] == "country"
    ex = extract("Voters in Anbar and Salahuddin rejected it, but Diyala and Ninevah provinces voted yes.")
    assert _types(ex)["Diyala"] == "other"


def test_a_name_first_taken_for_a_people_then_for_a_body_is_a_body(extract):
    ex = extract("The watches are closer to Fitbit than ever. Fitbit said on Monday it would buy the maker.")
    assert _types(ex)["Fitbit"] == "organization"


def test_the_department_a_job_title_is_of_is_no_actor(extract):
    ex = extract(
        "Maria Lopez, Director of Customer Marketing at Brightwave, will present a case study on Tuesday. "
        "Tom Reyes, Senior Manager of Global Marketing Operations at Brightwave, and Ana Cole, Head of Digital "
        "Platforms & Marketing Technology at Novatel, will speak."
    )
    names = _types(ex)
    assert not {"Global Marketing Operations", "Digital Platforms & Marketing Technology"} & set(names)
    assert not any("Customer Marketing" in name for name in names)
    assert names["Brightwave"] == names["Novatel"] == "organization"


def test_the_firm_a_chief_executive_runs_is_an_organisation(extract):
    names = _types(
        extract(
            "Adam Marchick, CEO at Kahuna, will present the keynote. "
            "Mark Woodward, chief executive of Invoca, said the company would hire."
        )
    )
    assert names["Kahuna"] == names["Invoca"] == "organization"


def test_a_place_with_a_chief_executive_stays_a_place(extract):
    names = _types(
        extract(
            "Carrie Lam, the chief executive of Hong Kong, withdrew the bill. The Hong Kong authorities said so."
        )
    )
    assert names["Hong Kong"] != "organization"


def test_a_foundation_named_for_a_couple_is_one_body(extract):
    ex = extract(
        "The study was funded by the Jane and John Doe Foundation, the university said. "
        "Carl Roe of the Mary and Tom Smith Foundation, which offered a prize, noted the work."
    )
    names = _types(ex)
    assert names.get("Jane and John Doe Foundation") == "organization"
    assert names.get("Mary and Tom Smith Foundation") == "organization"
    assert not {"Jane", "John Doe Foundation", "Mary", "Tom Smith Foundation"} & set(names)


def test_a_body_of_two_fields_keeps_both(extract):
    ex = extract(
        "The Ministry of Road Transport and Bridges said the bridge would open. "
        "Officials from the Philippine Bureau of Fisheries and Aquatic Resources boarded the boat."
    )
    names = _types(ex)
    assert names.get("Ministry of Road Transport and Bridges") == "organization"
    assert names.get("Philippine Bureau of Fisheries and Aquatic Resources") == "organization"
    assert "Bridges" not in names and "Aquatic Resources" not in names


def test_a_body_named_for_two_fields_before_its_head_is_one_body(extract):
    ex = extract(
        "Scientists at the Coastal Weather and Marine Research Administration said the storm would weaken. "
        "The Alcohol Abuse and Mental Wellness Services Administration will award the grants."
    )
    names = _types(ex)
    assert names.get("Coastal Weather and Marine Research Administration") == "organization"
    assert names.get("Alcohol Abuse and Mental Wellness Services Administration") == "organization"
    assert not {
        "Marine Research Administration",
        "Alcohol Abuse",
        "Mental Wellness Services Administration",
    } & set(names)


def test_a_body_ner_cut_after_and_takes_its_first_field(extract):
    ex = extract("Officials at the Canadian Seed and Fertilizer Office declined to comment on Monday.")
    names = _types(ex)
    assert names.get("Canadian Seed and Fertilizer Office") == "organization"
    assert "Fertilizer Office" not in names


def test_names_before_and_stay_names_of_their_own(extract):
    ex = extract(
        "Existing investors Maple Capital and Granite Peak Associates took part. "
        "Officials from the Treasury and Commerce Department met. Adviser John Miller and Israeli "
        "Border Security Office staff met. Officials of Cycling Canada and Sport Canada met on Monday. The Civil "
        "Liberties Union of Montana and Native Voters Rights Fund filed a lawsuit on Thursday."
    )
    names = _types(ex)
    assert (
        names.get("Maple Capital") == "organization"
        and names.get("Granite Peak Associates") == "organization"
    )
    assert names.get("Treasury") == "organization" and names.get("Commerce Department") == "organization"
    assert names.get("John Miller") == "person"
    assert names.get("Cycling Canada") == "organization" and names.get("Sport Canada") == "organization"
    assert names.get("Native Voters Rights Fund") == "organization"


def test_a_ministers_portfolio_of_two_fields_is_no_actor(extract):
    ex = extract("The Road Transport and Bridges Minister Jane Doe said the roads would reopen.")
    assert set(_types(ex)) == {"Jane Doe"}


def test_a_persons_name_before_and_a_title_is_no_portfolio(extract):
    """ "Carol Baker and Prime Minister": a given name opens a person's name, even when the surname is a common
    word like a portfolio's fields."""
    ex = extract("The senator criticised comments made by Minister Carol Baker and Prime Minister Tom Rudd.")
    assert set(_types(ex)) == {"Carol Baker", "Tom Rudd"}


def test_a_body_listed_after_a_body_of_a_field_stays_apart(extract):
    ex = extract("A grant came from the Bank of America and Wells Fargo last year.")
    names = _types(ex)
    assert names.get("Bank of America") == "organization" and names.get("Wells Fargo") == "organization"


def test_the_department_an_office_is_in_is_the_body_not_its_field(extract):
    ex = extract(
        "Jane Doe is Director of Veterans Engagement in the Office of Public Engagement. She met the families."
    )
    names = _types(ex)
    assert "Veterans Engagement" not in names
    assert names["Office of Public Engagement"] == "organization"


def test_an_office_set_off_after_a_name_is_no_body(extract):
    ex = extract(
        "The adviser spoke by phone today with Dr. John Roe, Spokesperson and Chief Advisor to the President of "
        "Turkey."
    )
    names = _types(ex)
    assert "Spokesperson" not in names
    assert names["John Roe"] == "person"
    served = _types(extract("Susan Rice served as National Security Advisor and UN Ambassador."))
    assert "National Security Advisor" not in served
    # a plural office names the people who hold it, who act
    met = extract("Jane Doe met at the Capitol with the Co-Chairs of the Housing Task Force.")
    assert ("04", "Jane Doe", "Co-Chairs") in [
        (e.cameo_code[:2], names.get(e.actor1_entity), names.get(e.actor2_entity))
        for names in [{a.entity_index: a.name for a in met.actors}]
        for e in met.events
    ]


def test_a_title_with_its_article_is_no_persons_name(extract):
    ex = extract("The Second Gentleman and I send our condolences and prayers to his wife Colette.")
    assert "Gentleman" not in _types(ex)


def test_the_portfolio_of_a_title_before_its_holders_name_is_no_body(extract):
    ex = extract(
        "The delegation was led by Secretary of Security and Citizen Protection Jane Doe, who met the mayors."
    )
    names = _types(ex)
    assert "Security" not in names and names["Jane Doe"] == "person"


def test_the_field_of_an_office_with_no_holder_named_is_no_body(extract):
    home = _types(
        extract("The new rules will need hard evidence, as the Home Secretary had promised in May.")
    )
    assert "Home" not in home
    defense = _types(extract("The Secretary of Defense said the report was wrong, the ministry said."))
    assert "Defense" not in defense
    ex = extract(
        "The Secretary of State for Rural and Coastal Affairs, Jane Doe, opened the new harbour on Friday."
    )
    assert set(_types(ex)) == {"Jane Doe"}
    # the office still speaks as itself when the article names no holder for it
    spoke = extract("The Interior Minister said police had arrested ten people.")
    speakers = {a.entity_index: a.name for a in spoke.actors}
    assert [speakers.get(q.speaker_entity) for q in spoke.quotes] == ["interior minister"]
    # a body with its article after the title stays a body
    assert "Treasury" in _types(
        extract("The President instructed the Secretary of the Treasury to stop the penny.")
    )


def test_a_body_after_a_title_stays_a_body(extract):
    # a body with its article after the title, and a body in a place, are bodies, not portfolios
    house = _types(
        extract(
            "The rally included Speaker of the Minnesota House of Representatives Margaret Anne Keller and others."
        )
    )
    assert "Minnesota House of Representatives" in house
    mission = _types(
        extract("John Roe, a spokesman for the United Nations Assistance Mission in Afghanistan, said so.")
    )
    assert any(name.startswith("United Nations Assistance Mission") for name in mission)


def test_a_given_name_in_the_possessive_before_a_business_noun_is_one_firm(extract):
    ex = extract(
        "Rosa's Bakery committed to cutting prices. Shoppers at Rosa's Bakery said prices were high."
    )
    names = _types(ex)
    assert "Rosa" not in names and "Bakery" not in names
    assert names["Rosa's Bakery"] == "organization"
    committed = [e for e in ex.events if e.trigger_text == "committed"]
    assert [ex.actors[e.actor1_entity].name for e in committed] == ["Rosa's Bakery"]


def test_a_given_name_before_a_lower_case_noun_stays_a_person(extract):
    ex = extract(
        "Rosa Parks met the mayor. Rosa's speech was short, she said. Jane Lee's Fashion Week opened."
    )
    assert _types(ex).get("Rosa Parks") == "person"
    assert _types(ex).get("Jane Lee") == "person"


def test_a_body_ner_took_for_a_person_keeps_its_modifier(extract):
    ex = extract("The governor wants more money for our Border Patrol. President Smith said it would pass.")
    names = _types(ex)
    assert "Patrol" not in names
    assert names["Border Patrol"] == "organization"
    assert names["Smith"] == "person"
