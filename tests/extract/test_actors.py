"""Actor finding and in-article resolution on invented sentences."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from newsroom.extract import load_nlp  # noqa: E402
from newsroom.extract.actors import ArticleActors  # noqa: E402
from newsroom.extract.lexicon import lookup_alias  # noqa: E402


def _actors(ex):
    return {a.name: (a.actor_type, a.country_code, a.cameo_actor_code) for a in ex.actors}


def _mentions(ex, name):
    index = next(a.entity_index for a in ex.actors if a.name == name)
    return [(m.text, m.mention_kind) for m in ex.mentions if m.entity_index == index]


def test_full_name_and_surname_merge(extract):
    ex = extract("Jane Q. Doe arrived on Monday. Doe later said the deal was done.")
    assert _actors(ex) == {"Jane Q. Doe": ("person", None, None)}
    assert _mentions(ex, "Jane Q. Doe") == [("Jane Q. Doe", "name"), ("Doe", "name")]


def test_a_surname_that_is_also_a_familiar_given_name_is_the_person_of_that_surname(extract):
    """ "Kenny", "Abe", "Ray" are familiar given names (kenneth, abraham, raymond) and surnames: alone after a full
    name ending in them, they are that person, not a second one."""
    for text, name in (
        (
            "Opposition leader Martin Kenny spoke to reporters on Monday. Kenny said the vote would be close.",
            "Martin Kenny",
        ),
        (
            "Prime Minister Haruto Abe met the governors in the capital. Abe later said the budget would pass.",
            "Haruto Abe",
        ),
        ("Lena Ray chairs the board. Ray said the merger was off.", "Lena Ray"),
    ):
        ex = extract(text)
        assert [a.name for a in ex.actors if a.actor_type == "person"] == [name], text
        assert [t for t, _ in _mentions(ex, name)] == [name, name.split()[-1]], text
    # the familiar given name alone still names the person whose given name it is
    ex = extract("Ray Molloy, the union's secretary, arrived late. Ray said the strike would go on.")
    assert [a.name for a in ex.actors if a.actor_type == "person"] == ["Ray Molloy"]


def test_a_full_name_tagged_a_body_is_the_person_the_article_calls_by_its_surname(extract):
    """NER tags "Binyam Okafor" a body and the later "Okafor" a person: with no one else of that surname named in
    full, the two are one person, whatever the given name (this one is not in the given-name list)."""
    for text in (
        "Binyam Okafor, a British resident but not a citizen, was arrested in 2002. From there, Okafor says, he was moved.",
        "Binyam Mensah, a British resident, was arrested in 2002. Mensah said he was tortured.",
    ):
        ex = extract(text)
        people = [a.name for a in ex.actors if a.actor_type == "person"]
        assert len(people) == 1 and people[0].startswith("Binyam"), text
        assert not [a for a in ex.actors if a.actor_type == "organization"], text


def test_a_body_named_by_a_word_and_a_surname_stays_a_body():
    """The rule's guards, on spans set by hand: an English word, a role or an alias before the surname."""
    from spacy.tokens import Span

    from newsroom.extract.actors.names import _full_name_of_a_lone_surname

    nlp = load_nlp()
    known = {("mensah",)}
    for text in (
        "Supporters of Team Mensah marched on Sunday. Mensah said he would run again.",
        "Governor Mensah spoke on Sunday. Mensah said he would run again.",
        "Binyam Mensah spoke on Sunday. Mensah said he would run again.",
    ):
        doc = nlp(text)
        start = next(t.i for t in doc if t.text == "Mensah") - 1
        span = Span(doc, start, start + 2, label="ORG")
        expected = text.startswith("Binyam")
        assert _full_name_of_a_lone_surname(span, known) is expected, text
        # a person of that surname named in full elsewhere: the lone surname may be theirs
        assert not _full_name_of_a_lone_surname(span, known | {("kofi", "mensah")}), text


def test_the_honourable_style_is_no_given_name(extract):
    """ "Hon Larkwood" is the "Honourable Peter Larkwood" the article names, not a second person named "Hon"."""
    for text in (
        "The Honourable Peter Larkwood, minister of communications, opened the session. Hon Larkwood said that "
        "the network would be opened.",
        'The Environment minister, Honourable Peter Larkwood, said the rules would change. Hon Larkwood said: "We '
        'have listened."',
    ):
        ex = extract(text)
        assert [a.name for a in ex.actors if a.actor_type == "person"] == ["Peter Larkwood"], text
        assert ("Larkwood", "name") in _mentions(ex, "Peter Larkwood"), text


def test_a_titled_surname_is_not_a_relative_holding_another_office(extract):
    ex = extract(
        "First Lady Maria Okafor toured the school. President Okafor said the plan would work. "
        "Okafor later left for the capital."
    )
    persons = [a.name for a in ex.actors if a.actor_type == "person"]
    assert persons == ["Maria Okafor", "Okafor"]
    assert _mentions(ex, "Okafor") == [("Okafor", "name"), ("Okafor", "name")]


def test_a_gendered_title_keeps_a_lone_surname_off_a_person_of_the_other_sex(extract):
    ex = extract("Maria Okafor toured the school. Mr. Okafor said the plan would work.")
    assert [a.name for a in ex.actors if a.actor_type == "person"] == ["Maria Okafor", "Okafor"]


def test_an_office_before_a_surname_still_names_its_earlier_holder(extract):
    ex = extract(
        "Presidential nominee Maria Okafor visited the port. Vice President Okafor said it would grow."
    )
    assert [a.name for a in ex.actors if a.actor_type == "person"] == ["Maria Okafor"]


def test_a_surname_is_not_the_person_the_article_calls_by_another(extract, speaker):
    ex = extract(
        "Maria Ortega Vance, 19, the daughter of the late senator, will lead the party alongside her father Tomas"
        ' Vance. "We will win," said Ortega at a press conference. Despite Ortega being the new head of the party,'
        " Vance says that a loyal member will run in the election."
    )
    assert [(q.speaker_mention, speaker(ex, q)) for q in ex.quotes] == [
        ("Ortega", "Maria Ortega Vance"),
        ("Vance", "Tomas Vance"),
    ]


def test_longest_name_wins(extract):
    ex = extract("Kofi Mensah spoke first. Later, Kofi A. Mensah left the room. Mensah returned.")
    assert [a.name for a in ex.actors if a.actor_type == "person"] == ["Kofi A. Mensah"]


def test_title_gives_country_and_cameo(extract):
    ex = extract("Nigerian army chief General Musa Bello said the operation would continue.")
    assert _actors(ex)["Musa Bello"] == ("person", "NGA", "NGAMIL")


def test_role_description_links_to_holder(extract):
    ex = extract(
        "Brazilian Foreign Minister Carlos Silva arrived in Lima.\n\nThe top Brazilian diplomat met officials."
    )
    assert ("The top Brazilian diplomat", "description") in _mentions(ex, "Carlos Silva")
    assert _actors(ex)["Carlos Silva"] == ("person", "BRA", "BRAGOV")


def test_apposition_role(extract):
    ex = extract(
        "Aiko Tanaka, the health minister, opened the clinic. The health minister praised the staff."
    )
    assert [m for m in _mentions(ex, "Aiko Tanaka") if m[1] == "description"] == [
        ("the health minister", "description"),
        ("The health minister", "description"),
    ]


def test_role_the_parser_split_from_its_name_across_a_comma(extract):
    """ "The president of the farmers union, Tomas Brandt's answer was": the parser makes two subjects; the role is
    Brandt's, not the party president's named before; a role that is an object is still someone else."""
    ex = extract(
        "Party president Maria Keller opened the congress. The president of the farmers union, Tomas Brandt's "
        'answer was, "We will not join this strike."'
    )
    assert ("The president", "description") in _mentions(ex, "Tomas Brandt")
    ex = extract(
        "Party president Maria Keller opened the congress. After meeting the president, Tomas Brandt left."
    )
    assert ("the president", "description") in _mentions(ex, "Maria Keller")


def test_role_run_on_into_a_name_before_the_verb_is_that_person(extract):
    """ "The executive director of the X Society Tom Nixon said" (or ", Bob Hughes, told"): the role phrase, run on
    from the body's name into a person's the parser hung on the body, is that person, not the executive director
    named before."""
    ex = extract(
        "Jane Doe, executive director of Acme Care, said many agencies would not sign up. The executive director "
        "of the Brotherhood of Saint Albans Tom Nixon said the policy was unjust."
    )
    assert ("The executive director", "description") in _mentions(ex, "Tom Nixon")
    assert ("The executive director", "description") not in _mentions(ex, "Jane Doe")
    ex = extract(
        "Carla Vance, a spokeswoman for the U.S. mission, said the refusal was right. Former chief U.S. spokesman "
        "to the United Nations Richard Grenell said the reasons were ridiculous."
    )
    assert not [m for m in _mentions(ex, "Carla Vance") if "spokesman" in m[0]]
    ex = extract(
        "Daniel Dube, executive director of the Acme Society, spoke first. The executive director of the Ask "
        "Wellness Society, Bob Hughes, told reporters that payments were late."
    )
    assert ("The executive director", "description") in _mentions(ex, "Bob Hughes")


def test_bare_office_joined_to_a_title_is_the_named_persons_too(extract):
    """ "Conservative Party leader and Prime Minister Jane Doe said": one person with two offices, not the other
    party's leader named before."""
    ex = extract(
        "Labour Party leader Keir Hale spoke first. Conservative Party leader and Prime Minister Jane Doe said "
        "the result was humbling."
    )
    assert ("Conservative Party leader", "description") in _mentions(ex, "Jane Doe")
    assert ("Conservative Party leader", "description") not in _mentions(ex, "Keir Hale")


def test_name_a_copula_identifies_is_who_the_next_he_continues(extract):
    """ "One of Keller's advisers is Tomas Brandt. He says …": Brandt, not Keller."""
    ex = extract(
        "Party president Peter Keller opened the congress on Monday. One of Keller's closest advisers is Tomas "
        "Brandt. He says the party will not join the coalition."
    )
    assert ("He", "pronoun") in _mentions(ex, "Tomas Brandt")


def test_role_said_of_a_subject_is_not_its_other_holder(extract):
    """ "The 54-year-old became state premier in 2001": said of the subject, not the acting premier named before."""
    ex = extract(
        "Acting Premier Peter Keller will lead the state for now. Tomas Brandt resigned on Monday. The 54-year-old "
        "became state premier in 2001."
    )
    assert not any(m[0].endswith("premier") for m in _mentions(ex, "Peter Keller") if m[1] == "description")


def test_role_object_of_its_clause_is_not_the_subject(extract):
    """ "X criticised the prime minister": X acts on someone else, not on himself through a title."""
    ex = extract(
        "Marek Olsen spoke in Aarhus on Monday. Olsen criticised the prime minister over the budget."
    )
    assert not any(m[1] == "description" for m in _mentions(ex, "Marek Olsen"))


def test_role_object_of_a_pronoun_subject_is_not_the_person_named_last(extract):
    """ "he met the legislative director": "he" is resolved after descriptions, most likely as the person named last."""
    ex = extract(
        "Tomas Brandt pleaded guilty on Monday. Brandt admitted he met the legislative director in 2002."
    )
    assert not any(m[1] == "description" for m in _mentions(ex, "Tomas Brandt"))


def test_role_object_goes_to_its_holder_named_elsewhere(extract):
    ex = extract(
        "Prime Minister Ingrid Halvorsen opened the session. Later Tomas Brandt met with the prime minister and "
        "the finance minister."
    )
    assert ("the prime minister", "description") in _mentions(ex, "Ingrid Halvorsen")
    assert not any(m[1] == "description" for m in _mentions(ex, "Tomas Brandt"))


def test_role_the_subject_serves_as_is_still_its_own(extract):
    ex = extract("Tomas Brandt resigned on Monday. Brandt had served as finance minister since 2001.")
    assert ("finance minister", "description") in _mentions(ex, "Tomas Brandt")


def test_description_before_name(extract):
    ex = extract("The prime minister spoke on Friday. Anna Kowalski later left for Brussels.")
    assert ("The prime minister", "description") in _mentions(ex, "Anna Kowalski")


def test_pronouns_prefer_subject(extract):
    ex = extract("Ruth Adams met Omar Haddad on Friday. She said the talks went well.")
    assert ("She", "pronoun") in _mentions(ex, "Ruth Adams")


@pytest.mark.parametrize(
    "body",
    [
        "Finance Minister Ana Lopez met with President Karl Berg of Austria on the sidelines of the Nordic Council. "
        "They discussed trade and energy.",
        "The mayor mourned the deaths of four volunteers from the Red Cross in the flood. They were carrying water "
        "to stranded families.",
    ],
)
def test_subject_they_is_no_body_named_in_passing(extract, body):
    ex = extract(body)
    assert not any(m.text == "They" for m in ex.mentions)


def test_subject_they_continues_a_body_that_acted(extract):
    ex = extract("The union said its members would walk out on Monday. They demand higher pay.")
    assert ("They", "pronoun") in _mentions(ex, "union")
    ex = extract(
        "Many residents came to the meeting on Monday. The mayor spoke first. She said the plan was final. She then "
        "took questions for an hour. Some of the residents opposed to the plan suggested that the old road should be "
        "restored. They claimed that this would be cheaper."
    )
    assert ("They", "pronoun") in _mentions(ex, "civilians")


def test_object_pronoun_of_a_joined_verb_is_the_first_verbs_object(extract):
    ex = extract(
        "Senator Paul Reyes spoke first. The ambassador, Ruth Adams, met Omar Haddad and thanked him for his help."
    )
    assert ("him", "pronoun") in _mentions(ex, "Omar Haddad")
    ex = extract(
        "Mayor Tom Hale spoke on Monday. Several councillors broke with Sam Ortiz and urged him to resign."
    )
    assert ("him", "pronoun") in _mentions(ex, "Sam Ortiz")


def test_capital_metonym_is_government(extract):
    ex = extract("Washington said it was monitoring the situation. Talks in Kabul resumed.")
    assert _actors(ex) == {"Government of the United States": ("organization", "USA", "USAGOV")}
    assert _mentions(ex, "Government of the United States") == [("Washington", "metonym")]


def test_capital_a_reporter_files_from_is_a_place(extract):
    ex = extract(
        "The government of Nepal says it will end the truce with Maoist rebels. Jane Roe reports from New Delhi "
        "that the move is symbolic. The government has clashed with the rebels since 2006."
    )
    assert "Government of India" not in _actors(ex)


def test_a_capital_listed_with_towns_is_a_place(extract):
    ex = extract(
        "Its attacks on Chicago and Ottawa killed hundreds. Bombs also went off in trains bound for Denver, Canberra and Mombasa."
    )
    assert "Government of Canada" not in _actors(ex)
    assert "Government of Australia" not in _actors(ex)
    ex = extract("The Ottawa-based charity said it would appeal.")
    assert "Government of Canada" not in _actors(ex)  # where the charity sits
    ex = extract("Ottawa and Toronto rejected the plan. Officials in Nairobi and Ottawa met.")
    assert "Government of Canada" in _actors(ex)  # a list that acts: the capital's government


def test_demonyms(extract):
    ex = extract("Kenyan police said the suspects had been arrested. French wine exports rose.")
    assert _actors(ex) == {
        "Kenya police": ("group", "KEN", "KENCOP"),
        "Kenya suspects": ("group", "KEN", "KENCRM"),  # a generic agent (lexicons/generic_agents.tsv)
    }


def test_groups_are_named_by_role_class(extract):
    ex = extract("Chilean farmers blocked the highway. Demonstrators later marched to the square.")
    assert _actors(ex) == {
        "Chile farmers": ("group", "CHL", "CHLAGR"),
        "Chile protesters": ("group", "CHL", "CHLCVL"),
    }


def test_indefinite_role_noun_with_demonym_is_its_government(extract):
    ex = extract("Canada expelled a senior Indian diplomat on Monday.")
    assert _actors(ex)["Government of India"] == ("organization", "IND", "INDGOV")
    ex = extract("The Indian diplomat, Ravi Kumar, left Ottawa on Monday.")
    assert "Government of India" not in _actors(ex)


def test_an_unnamed_office_holder_after_a_country_possessive_is_its_body(extract):
    # "Chile's interior minister" is the Chilean government's, as "the Chilean interior minister" is, not Chile
    ex = extract("Chile's interior minister resigned on Monday after weeks of protests.")
    assert _actors(ex)["Government of Chile"] == ("organization", "CHL", "CHLGOV")
    assert _mentions(ex, "Government of Chile") == [("Chile's interior minister", "description")]
    assert "Chile" not in _actors(ex)
    ex = extract("Chile's police chief warned that officers would arrest anyone who joined the march.")
    assert _actors(ex)["Chile police"] == ("group", "CHL", "CHLCOP")
    assert _actors(ex)["Chile officers"] == ("group", "CHL", "CHLCOP")  # the country the article is about
    ex = extract("Chile's main opposition leader asked the court to annul the vote.")
    assert _actors(ex)["Chile opposition"] == ("group", "CHL", "CHLOPP")
    # the role is read over the words up to the head ("army chief"), after a demonym too
    assert _actors(extract("The Chilean army chief resigned on Monday."))["Chile military"] == (
        "group",
        "CHL",
        "CHLMIL",
    )


def test_a_country_possessive_before_a_thing_or_a_named_holder_stays_the_country(extract):
    assert "Chile" in _actors(extract("Chile's economy grew by two percent last year."))
    ex = extract("Chile's foreign minister, Rosa Mendez, said the talks would resume.")
    assert _actors(ex) == {"Rosa Mendez": ("person", "CHL", "CHLGOV")}
    ex = extract("Chile's Interior Ministry said the curfew would be lifted.")
    assert _actors(ex)["Chile"] == ("country", "CHL", "CHL")  # a name of its own after the possessive
    # a title before the holder's name, a role said of someone, a stance: the country, no body
    assert "Chile" in _actors(extract("Chile's President Rosa Mendez said the talks would resume."))
    ex = extract("Rosa Mendez will be Chile's next ambassador to Peru.")
    assert "Chile" in _actors(ex) and "Government of Chile" not in _actors(ex)
    ex = extract("The minister repeated Chile's absolute opposition to the treaty.")
    assert "Chile" in _actors(ex) and "Chile opposition" not in _actors(ex)


def test_office_holders_of_a_country_are_its_government(extract):
    ex = extract("The prime ministers of Spain and Morocco met in Madrid on Saturday.")
    assert "Government of Spain" in _actors(ex)
    assert not any("None" in name for name in _actors(ex))


def test_bare_group_takes_the_country_of_its_conjunct(extract):
    ex = extract("Norway's envoy hosted talks between the Venezuelan government and the opposition in Oslo.")
    assert _actors(ex)["Venezuela opposition"] == ("group", "VEN", "VENOPP")


def test_demonym_government_merges_with_capital(extract):
    ex = extract("Nairobi rejected the claim. The Kenyan government said it would appeal.")
    assert _actors(ex) == {"Government of Kenya": ("organization", "KEN", "KENGOV")}


def test_aliases_and_igos(extract):
    ex = extract("The U.N. and NATO condemned the attack in a joint statement with the EU.")
    assert _actors(ex) == {
        "United Nations": ("organization", None, "IGOUNO"),
        "NATO": ("organization", None, "IGOWSTNAT"),
        "European Union": ("organization", None, "IGOEUREEC"),
    }


def test_organisation_country_from_possessive(extract):
    ex = extract("Kenya’s Interior Ministry said the curfew would be lifted.")
    assert _actors(ex)["Interior Ministry"] == ("organization", "KEN", "KENGOV")


def test_pronoun_us_is_not_the_united_states():
    assert lookup_alias("us") is None
    # nor a function word capitalised at a sentence's start; the abbreviations are written in capitals
    assert lookup_alias("Us") is None and lookup_alias("Us.") is None and lookup_alias("Who") is None
    assert lookup_alias("U.S.").country_code == lookup_alias("US").country_code == "USA"
    assert lookup_alias("Nato") is not None
    assert lookup_alias("US").country_code == "USA"
    assert lookup_alias("the U.S.").canonical_name == "United States"
    assert lookup_alias("WASHINGTON").cameo_actor_code == "USAGOV"


def test_actor_for_span():
    doc = load_nlp()("Foreign Minister Jane Doe met Kenya's army chief on Monday.")
    actors = ArticleActors(doc)
    names = {a.entity_index: a.name for a in actors.actors}
    assert names[actors.actor_for_span(doc[0:4])] == "Jane Doe"
    assert names[actors.actor_for_span(doc[5:9])] == "Kenya military"  # the army chief is the army's
    assert actors.actor_for_span(doc[10:12]) is None


def test_actor_for_span_prefers_the_body_named_after_an_owner():
    # "Malawi's opposition parties" are the opposition, not the country that owns them
    doc = load_nlp()("Malawi's largest opposition parties walked out of the budget debate.")
    actors = ArticleActors(doc)
    names = {a.entity_index: a.name for a in actors.actors}
    assert names[actors.actor_for_span(doc[0:5])] == "Malawi opposition"


def test_actor_for_span_keeps_the_owner_of_a_thing():
    # "Malawi's EU accession" is Malawi's, not the EU's
    doc = load_nlp()("The ministers discussed Malawi's EU accession on Monday.")
    actors = ArticleActors(doc)
    names = {a.entity_index: a.name for a in actors.actors}
    assert names[actors.actor_for_span(doc[3:7])] == "Malawi"


def test_mention_offsets_match_body(extract):
    body = "Mayor Paul Kim met Governor Ruth Adams.\n\nHe said she agreed. Kim left."
    ex = extract(body)
    assert ex.mentions and all(body[m.start_char : m.end_char] == m.text for m in ex.mentions)
    assert [m.sentence_index for m in ex.mentions] == sorted(m.sentence_index for m in ex.mentions)


def test_entity_indexes_follow_first_mention(extract):
    ex = extract("Peru and Chile signed the deal. Chile said Peru would pay.")
    assert [a.name for a in ex.actors] == ["Peru", "Chile"]
    assert [a.entity_index for a in ex.actors] == [0, 1]


def test_familiar_given_name_is_the_same_person(extract):
    ex = extract("Tim Lowe, the chief executive, spoke first. Timothy J. Lowe said the bank would pay.")
    assert _actors(ex) == {"Timothy J. Lowe": ("person", None, None)}


@pytest.mark.parametrize(
    "body,name",
    [
        # familiar forms the nicknames library knows, not the seed; the full given name names the actor
        ("Nate Ortiz chaired the hearing. Nathan Ortiz said the panel would meet again.", "Nathan Ortiz"),
        ("Samuel K. Carter arrived on Monday. Sam Carter later said the deal was done.", "Samuel K. Carter"),
        ("Doug Band, a former aide, left. Douglas Band said he had done nothing wrong.", "Douglas Band"),
    ],
)
def test_nickname_and_given_name_are_one_person(extract, body, name):
    assert _actors(extract(body)) == {name: ("person", None, None)}


@pytest.mark.parametrize(
    "body,name",
    [
        ("Emily Spanton sued the officers. The court found that Mme Spanton did not lie.", "Emily Spanton"),
        ("Mourners praised Robert Mugabe. Cde Mugabe was an icon of liberation, one said.", "Robert Mugabe"),
    ],
)
def test_title_before_a_surname_is_not_part_of_the_name(extract, body, name):
    assert [a.name for a in extract(body).actors if a.actor_type == "person"] == [name]


def test_a_name_with_a_number_is_no_person(extract):
    """NER tags "Humberto 75 miles" a person in a storm advisory."""
    ex = extract(
        "The advisory placed Humberto 75 miles (120 kilometers) north of Bermuda. Maria Lopez said so."
    )
    persons = [a.name for a in ex.actors if a.actor_type == "person"]
    assert "Maria Lopez" in persons and not any(any(c.isdigit() for c in name) for name in persons)


def test_two_surnames_joined_by_a_hyphen_are_the_pair_not_a_person(extract):
    ex = extract(
        "Donald Trump and Joe Biden did not attend. Politico regarded the debate as "
        '"markedly more civil" than the prior Trump-Biden debate.'
    )
    persons = [a.name for a in ex.actors if a.actor_type == "person"]
    assert persons == ["Donald Trump", "Joe Biden"]
    assert ("Trump", "name") in _mentions(ex, "Donald Trump") and ("Biden", "name") in _mentions(
        ex, "Joe Biden"
    )
    assert _actors(ex)["Politico"] == ("organization", "USA", "USAMED")  # a news outlet, from the alias seed


def test_hashtags_and_editors_brackets_are_not_names(extract):
    ex = extract(
        "The hashtag #WrongTrump went viral shortly after. "
        "The Kurds will now align with [Bashir al] Assad because they have nobody to count on."
    )
    names = [a.name for a in ex.actors]
    assert "WrongTrump" not in names
    assert "Bashir al Assad" in names


def test_related_given_names_of_the_other_sex_stay_two_people(extract):
    """The library lists Erin under Aaron and Andrea under Andrew; a woman and a man of one family are two."""
    ex = extract("Aaron Price and Erin Price spoke. Andrew Lowe thanked Andrea Lowe.")
    assert sorted(a.name for a in ex.actors) == ["Aaron Price", "Andrea Lowe", "Andrew Lowe", "Erin Price"]


@pytest.mark.parametrize(
    "body,names",
    [
        # a headline's possessed noun and a photo credit are not part of the name
        ("Hillary Clinton's Remarks on the economy drew applause.", ["Hillary Clinton"]),
        ("Paul Dreyer Image: U.S. Senate.", ["Paul Dreyer"]),
        # names run together from a list without separators
        ("Senators present included Mike CrapoGov. Butch Otter and others.", ["Mike Crapo", "Butch Otter"]),
        # a capital inside a name after a particle is the name
        ("Senator Mary McGurk met Ron DeSantis.", ["Mary McGurk", "Ron DeSantis"]),
    ],
)
def test_person_names_are_only_names(extract, body, names):
    assert [a.name for a in extract(body).actors if a.actor_type == "person"] == names


@pytest.mark.parametrize(
    "body,person",
    [
        (
            "First Minister of Scotland Nicola Sturgeon said via Twitter that the ruling mattered.",
            "Nicola Sturgeon",
        ),
        (
            "A State Department spokesperson, Morgan Ortagus, said the United States was disappointed.",
            "Morgan Ortagus",
        ),
        (
            "Former US Ambassador to the United Nations Nikki Haley wrote on Twitter that allies matter.",
            "Nikki Haley",
        ),
        (
            "Today, Chief Executive of Hong Kong Carrie Lam delivered her annual speech. Carrie Lam was interrupted.",
            "Carrie Lam",
        ),
        (
            "Time also considered the United States Speaker of the House Nancy Pelosi. Nancy Pelosi said nothing.",
            "Nancy Pelosi",
        ),
        # a surname WordNet also lists as a noun, vouched for by the body after the name, a title before it, or a
        # relation noun beside it
        (
            'Nina Rivera of the Dutch Customs Agency (DCA) said, "Smugglers should know they are watched."',
            "Nina Rivera",
        ),
        (
            'Newly elected Assemblywoman Selena Rivera said, "It\'s really exciting to be part of this female majority."',
            "Selena Rivera",
        ),
        (
            "In a statement, Maya Reynolds Cummings, his wife and the current chairwoman of the Ohio Democratic"
            " Party, said Cummings had died.",
            "Maya Reynolds Cummings",
        ),
    ],
)
def test_a_person_tagged_as_an_organisation_is_a_person(extract, body, person):
    types = {a.name: a.actor_type for a in extract(body).actors}
    assert types.get(person) == "person" and not any(
        person in name and t != "person" for name, t in types.items()
    )


def test_an_organisation_named_like_a_person_stays_one(extract):
    assert (
        _actors(extract("The spokesman said Morgan Stanley would cut jobs."))["Morgan Stanley"][0]
        == "organization"
    )
    # a firm "of" a place is no person placed by the body they work for
    assert (
        _actors(extract("Chase Lumber of Ohio closed two mills last year."))["Chase Lumber"][0]
        == "organization"
    )


def test_social_networks_are_not_people(extract):
    assert (
        _actors(extract("Nikki Haley wrote on Twitter that allies matter."))["Twitter"][0] == "organization"
    )


def test_department_names_are_one_organisation(extract):
    ex = extract(
        "The Justice Department opened an inquiry. The Department of Justice said Justice would not comment."
    )
    assert _actors(ex) == {"United States Department of Justice": ("organization", "USA", "USAGOV")}
    ex = extract(
        "The Health Ministry issued figures on Monday. On Tuesday the Ministry of Health revised them."
    )
    assert len([a for a in ex.actors if "Health" in a.name]) == 1


def test_she_is_not_the_last_named_man(extract):
    ex = extract("Harry Brown met Anne Lowell on Monday. She said the talks had gone well.")
    she = next(m for m in ex.mentions if m.text == "She")
    assert next(a.name for a in ex.actors if a.entity_index == she.entity_index) == "Anne Lowell"


def test_surname_that_is_a_capital_stays_the_person(extract):
    ex = extract("Officers detained Rania Doha at the airport. Doha denied any wrongdoing.")
    actors = _actors(ex)
    assert "Government of Qatar" not in actors
    assert ("Doha", "name") in _mentions(ex, "Rania Doha")


def test_capital_after_an_honorific_is_a_person(extract):
    ex = extract("The committee questioned Mr Nairobi about the missing funds.")
    assert "Government of Kenya" not in _actors(ex)


def test_ethnic_apposition_describes_the_person_not_a_country(extract):
    ex = extract("The court convicted Tomas Berg, an ethnic Armenian, of fraud.")
    actors = _actors(ex)
    assert "Armenia" not in actors
    assert actors["Tomas Berg"][0] == "person"
    convicted = [e for e in ex.events if e.cameo_code.startswith("11")]
    names = {a.entity_index: a.name for a in ex.actors}
    assert all(names.get(e.actor1_entity) != "Armenia" for e in ex.events)
    assert [names.get(e.actor2_entity) for e in convicted] == ["Tomas Berg"]


def test_body_of_a_named_place_does_not_take_the_articles_other_country(extract):
    ex = extract(
        "Chilean officials protested on Monday. The Fresno gunman shot two visitors, "
        "and police in Fresno arrested him. Chile demanded an inquiry."
    )
    actors = _actors(ex)
    assert "Chile police" not in actors and "Chile gunmen" not in actors
    assert all(code != "CHL" for name, (_, code, _) in actors.items() if name in ("police", "gunmen"))


def test_body_in_a_known_place_takes_that_places_country(extract):
    ex = extract("Peruvian officials protested on Monday. Police in Madrid detained two Peruvian students.")
    assert _actors(ex)["Spain police"] == ("group", "ESP", "ESPCOP")


@pytest.mark.parametrize(
    "body",
    [
        "Police detained a woman, later identified as Greta Holm, outside the ministry.",
        "Prosecutors indicted a man, identified as Otto Salo, on Tuesday.",
    ],
)
def test_noun_later_identified_by_name_is_that_person(extract, body):
    ex = extract(body)
    names = {a.entity_index: a.name for a in ex.actors}
    targets = [names.get(e.actor2_entity) for e in ex.events if e.cameo_code[:2] != "01"]
    person = next(a.name for a in ex.actors if a.actor_type == "person")
    assert targets and all(t == person for t in targets)


def test_indefinite_role_noun_is_someone_new_not_the_last_person_named(extract):
    ex = extract(
        "Emil Sandor was detained after the raid. Prosecutors accused him of bribery, "
        "and a judge sentenced him to six years."
    )
    names = {a.entity_index: a.name for a in ex.actors}
    sentenced = [e for e in ex.events if e.trigger_text.startswith("sentenced")]
    assert [(names.get(e.actor1_entity), names.get(e.actor2_entity)) for e in sentenced] == [
        ("judge", "Emil Sandor")
    ]
    assert ("a judge", "description") not in _mentions(ex, "Emil Sandor")


def test_a_name_in_apposition_to_a_persons_role_is_a_person_whatever_ner_said(extract):
    """NER tags unfamiliar names as places or bodies; a role in apposition says it is someone, so the surname and
    'he' later refer to that person."""
    ex = extract(
        "The paper interviewed Gáspár Maróth, the government commissioner for defence.\n\n"
        "Maróth said the bid won after long talks. He said he expects no turmoil."
    )
    assert _actors(ex)["Gáspár Maróth"][0] == "person"
    assert {q.speaker_entity for q in ex.quotes} == {
        next(a.entity_index for a in ex.actors if a.name == "Gáspár Maróth")
    }


def test_short_name_of_an_organisation_named_in_full_earlier_is_that_organisation(extract):
    ex = extract("The Daily Clarion reported the deal. The Clarion said it had seen the papers.")
    assert _actors(ex) == {"Daily Clarion": ("organization", None, None)}
    assert _mentions(ex, "Daily Clarion") == [("Daily Clarion", "name"), ("Clarion", "name")]


def test_a_body_word_heading_a_name_named_earlier_is_that_body(extract):
    ex = extract(
        "The Department of Fisheries filed a lawsuit against Acme Nets on Monday. The Department's complaint "
        "says the firm broke the rules. The Department said it would seek damages."
    )
    names = {a.entity_index: a.name for a in ex.actors}
    assert "Department" not in names.values()
    assert {names.get(q.speaker_entity) for q in ex.quotes} == {"Department of Fisheries"}
    # two such bodies: which one is meant is not said
    two = extract(
        "The Department of Fisheries and the Department of Roads met. The Department said it would act."
    )
    assert "Department" in _actors(two)


def test_short_name_is_not_merged_when_two_longer_names_end_with_it(extract):
    ex = extract("The Supreme Court and the District Court ruled. The Court said nothing.")
    assert set(_actors(ex)) == {"Supreme Court", "District Court", "Court"}


def test_country_before_an_organisation_is_one_key_however_spelled(extract):
    ex = extract("The U.S. Embassy said it was closed. The United States Embassy later confirmed the news.")
    assert [a.name for a in ex.actors] == ["U.S. Embassy"]
    assert _mentions(ex, "U.S. Embassy") == [("U.S. Embassy", "name"), ("United States Embassy", "name")]


def test_a_persons_possessive_is_not_part_of_an_organisations_name(extract):
    ex = extract("Jane Doe spoke on Monday. Doe's Trade Ministry rejected the plan.")
    assert set(_actors(ex)) == {"Jane Doe", "Trade Ministry"}
    assert _mentions(ex, "Jane Doe") == [("Jane Doe", "name"), ("Doe", "name")]


def test_full_name_tagged_as_organisation_is_the_person_named_by_surname(extract):
    ex = extract(
        "Mr. Ibárra said he would resign. Ricardo Ibárra Nevares announced his resignation on Friday."
    )
    assert _actors(ex) == {"Ricardo Ibárra Nevares": ("person", None, None)}


def test_caption_word_after_a_name_is_not_part_of_it():
    from spacy.tokens import Span

    from newsroom.extract.actors.names import trim

    doc = load_nlp()("Keisha Lance Bottoms Image: City of Atlanta")
    assert trim(Span(doc, 0, 4, label="ORG")).text == "Keisha Lance Bottoms"
    assert trim(Span(doc, 5, 8, label="ORG")).text == "City of Atlanta"


def test_name_with_and_without_accents_is_one_person(extract):
    ex = extract("Radovan Kovačević spoke on Monday. Kovacevic later said the deal was done.")
    assert [a.name for a in ex.actors if a.actor_type == "person"] == ["Radovan Kovačević"]


def test_organisation_named_by_the_seeds_canonical_name_is_the_seeded_actor(extract):
    ex = extract(
        "The United States Department of State issued a warning. The State Department said travel was unsafe."
    )
    assert _actors(ex) == {"United States Department of State": ("organization", "USA", "USAGOV")}


def test_one_word_person_opening_an_organisations_name_is_that_organisation(extract):
    ex = extract("Ana Vale sat on the board of Dravonia Holdings. Dravonia paid her well.")
    assert _actors(ex)["Dravonia Holdings"] == ("organization", None, None)
    assert "Dravonia" not in _actors(ex)
    assert ("Dravonia", "name") in _mentions(ex, "Dravonia Holdings")


def test_institution_or_place_named_after_a_person_is_not_a_person(extract):
    ex = extract("Doctors at Reed Hospital treated Jane Doe. She was taken to Lafayette Square later.")
    assert [a.name for a in ex.actors if a.actor_type == "person"] == ["Jane Doe"]


@pytest.mark.parametrize(
    "body,outlet",
    [
        (
            'The ship was seen again on Monday, with a course described by Marine Bulletin as "rather hectic".',
            "Marine Bulletin",
        ),
        ("According to Harbour Gazette, the ferry sank.", "Harbour Gazette"),
    ],
)
def test_news_outlet_tagged_person_is_an_organisation(extract, body, outlet):
    assert _actors(extract(body))[outlet] == (
        "organization",
        None,
        "MED",
    )  # media, though of no known country


def test_preposition_after_a_name_is_not_part_of_it():
    from spacy.tokens import Span

    from newsroom.extract.actors.names import person_names

    doc = load_nlp()("Talon of the group said so.")
    assert [name.text for name in person_names(Span(doc, 0, 2, label="PERSON"))] == ["Talon"]


def test_dangling_preposition_is_not_part_of_an_entity():
    from spacy.tokens import Span

    from newsroom.extract.actors.names import trim

    doc = load_nlp()("Presidents Ama Owusu of Ghana and Kofi Mensah of Togo signed.")
    assert trim(Span(doc, 1, 4, label="ORG")).text == "Ama Owusu"
    assert trim(Span(doc, 1, 5, label="ORG")).text == "Ama Owusu of Ghana"


def test_results_list_count_is_not_part_of_a_name(extract):
    ex = extract(
        "Results:\n\nDemocratic Unionist Party - 8 seats\n\nVardan Union - 7 seats\n\nGreen Party - 2 seats"
    )
    names = {a.name for a in ex.actors}
    assert not any(ch.isdigit() for name in names for ch in name)
    assert {"Vardan Union", "Green Party"} <= names


def test_organisation_named_as_a_longer_names_complement_is_its_own(extract):
    ex = extract(
        "The Friends of Harbour Trust met on Monday. Harbour Trust later said it would sell the land."
    )
    assert set(_actors(ex)) == {"Friends of Harbour Trust", "Harbour Trust"}


def test_organisation_keys_match_dbts():
    """The keys dbt's unit test `actor_names_one_key_per_entity` expects across articles."""
    from newsroom.extract.actors.names import org_key

    assert org_key("U.S. Senate") == org_key("United States Senate") == "org:united states senate"
    assert (
        org_key("Treasury Department")
        == org_key("the Department of Treasury")
        == "org:department of treasury"
    )
    assert org_key("US Treasury Department") == "org:united states department of treasury"
    assert org_key("American Airways") == "org:american airways"
    assert org_key("Pakistan's") == "org:pakistan"
    assert (
        org_key("Foreign Ministry")
        == org_key("the Ministry of Foreign Affairs")
        == org_key("Foreign Affairs Ministry")
        == "org:ministry of foreign"
    )
    assert org_key("U.S. Department of Veterans Affairs") == "org:united states department of veterans"
    assert org_key("House Foreign Affairs") == "org:house foreign affairs"
    assert (
        org_key("Turkish Foreign Ministry")
        == org_key("Turkish Ministry of Foreign Affairs")
        == "org:turkish ministry of foreign"
    )


@pytest.mark.parametrize(
    "body,gone",
    [
        # a slogan's acronym and a foreign word are not people
        (
            "Marchers chanted KORVA at the gate. Nuestras acciones estarán dirigidas a ese fin y siempre estará primero.",
            ["KORVA", "Nuestras"],
        ),
        (
            "En el siglo XXI, toda sociedad necesita respetar la decisión individual de sus miembros.",
            ["la decisión"],
        ),
        # words in another script
        ("The poster read आशंका बन गई and he laughed.", ["आशंका बन गई", "आशंका"]),
        # a word the article also writes in lower case is a common noun
        ("Photographs show the damage. Fentanyl killed him. Users said fentanyl was cheap.", ["Fentanyl"]),
        # a one-word name nothing shows to be a person's
        ("Supporters of Brexit marched. The talks on Brexit went on for months.", ["Brexit"]),
        # a span of time after the object is no deed of it
        ("Supporters of Brexit marched. The party has praised Brexit for years.", ["Brexit"]),
    ],
)
def test_a_word_without_name_evidence_is_no_person(extract, body, gone):
    persons = {a.name for a in extract(body).actors if a.actor_type == "person"}
    assert not persons & set(gone)


def test_a_sentence_opening_noun_written_in_lower_case_elsewhere_is_no_actor(extract):
    # NER takes the opening "Albedo" for an organisation; the article's "the ice's albedo" shows it is a noun
    body = (
        "Albedo measurements from the satellite were published on Monday by the European Space Agency. The agency"
        " said the ice's albedo had fallen by a tenth since 2010, and scientists warned the loss would speed warming."
    )
    names = {a.name for a in extract(body).actors}
    assert "Albedo" not in names
    assert "European Space Agency" in names


@pytest.mark.parametrize(
    "body,person",
    [
        ("A university student named Harlo said the weather was bad.", "Harlo"),
        ("She spoke about her husband Marvek, who was arrested in May.", "Marvek"),
        ("Yesterday security minister Dranoto was stabbed in the street.", "Dranoto"),
        # the object of a verb that says what the object did or is to do
        ("The mayor accused Halvorsen of fraud.", "Halvorsen"),
        ("The senator asked Okonjo for an apology.", "Okonjo"),
    ],
)
def test_a_one_word_name_used_as_a_person_stays(extract, body, person):
    assert _actors(extract(body)).get(person, ("",))[0] == "person"


def test_a_place_is_never_a_person(extract):
    ex = extract(
        "The shooting took place in the Kwai Lomond district. Protests later spread in Kwai Lomond overnight."
    )
    assert all(a.actor_type != "person" for a in ex.actors if "Lomond" in a.name)


def test_a_country_run_into_a_titled_name_is_split(extract):
    ex = extract('Current Prime Minister of India Oskar Vandelstrup wrote, "India grieves the passing."')
    actors = _actors(ex)
    assert actors.get("Oskar Vandelstrup", ("",))[0] == "person"
    assert actors.get("India", ("",))[0] == "country"
    assert not any("India" in n and "Vandelstrup" in n for n in actors)


def test_a_body_after_a_demonym_is_not_split(extract):
    ex = extract("Security minister Rani Dewi said the Indonesian National Police had made arrests.")
    assert all(a.actor_type != "person" for a in ex.actors if "Police" in a.name)


def test_a_time_zone_is_not_an_actor(extract):
    ex = extract("The crash happened around 8:30 p.m. BST (1930 UTC) on Monday, police said.")
    assert not {"BST", "UTC"} & {a.name for a in ex.actors}


def test_a_word_in_another_script_is_not_an_actor(extract):
    ex = extract("The ministry wrote तत्काल प्रभाव in its order, and the Qarvel Trust said it agreed.")
    assert all(any("a" <= c.lower() <= "z" for c in a.name) for a in ex.actors)


def test_bare_police_is_the_named_force(extract):
    ex = extract(
        "Yesterday, Kelbury Vale Police said they had arrested a man. Police said the man, 40, was released."
    )
    assert [a.name for a in ex.actors if "olice" in a.name] == ["Kelbury Vale Police"]
    assert len(_mentions(ex, "Kelbury Vale Police")) >= 2


def test_news_outlet_of_a_known_place_is_that_countrys_media(extract):
    ex = extract("The Adelaide Times reported on Monday that the council had voted to close the port.")
    assert _actors(ex)["Adelaide Times"] == ("organization", "AUS", "AUSMED")


@pytest.mark.parametrize(
    "body,law",
    [
        ("Senator Ed Markey said the Green New Deal would create millions of jobs.", "Green New Deal"),
        ("Lawmakers voted to renew the Foreign Intelligence Surveillance Act on Tuesday.", "Act"),
        ("The Camp David Accords were signed by Egypt and Israel in 1978.", "Accords"),
        ("Both states are parties to the Marbury Convention, which bars such arrests.", "Convention"),
        ("The ministers agreed to revive the Trade and Investment Framework next year.", "Framework"),
        ("Ruritania will present its Nationally Determined Contribution in Bonn.", "Contribution"),
        ("The ministers met on the margins of the Ministerial Council Meeting in Lodz.", "Meeting"),
        ("Ruritania hosted the Summit of the Americas in June, the ministry said.", "Summit"),
        ("The Convention on Cluster Weapons took effect in 2010, diplomats said.", "Convention"),
        (
            "Ruritania and Morocco joined the Abraham Accords in 2020. We discussed Iran, again, Abraham Accords and"
            " trade.",
            "Accords",
        ),
        (
            "Ruritania is a party to the Chemical Weapons Convention. Inspectors said the CWC bars such stocks.",
            "CWC",
        ),
    ],
)
def test_a_law_or_policy_is_no_actor(extract, body, law):
    assert not [a.name for a in extract(body).actors if law in a.name.split()]


@pytest.mark.parametrize(
    "body,name",
    [
        ("The Conference of Presidents said it welcomed the deal.", "Conference"),
        ("The Institute for the Study of War said Ruritanian forces had advanced.", "Institute"),
        ("Mr Howard said in an interview with John Laws on Monday that he would sign the bill.", "John Laws"),
    ],
)
def test_a_body_named_before_a_complement_stays_an_actor(extract, body, name):
    assert [a.name for a in extract(body).actors if a.name.startswith(name)]


@pytest.mark.parametrize(
    "body,plan",
    [
        ("Families in Ruritania receive benefits under the Harbor Nutrition Assistance Program.", "Program"),
        ("The town won money from the Partnership for Lakeside Infrastructure last year.", "Partnership"),
        ("Schools across the state will celebrate National Widget Week in May.", "Week"),
        ("The council applied for Coastal Resilience Grants after the storm.", "Grants"),
        ("The Harbor Canal Viaduct Project will receive $5 million from the state.", "Project"),
        ("She was the first woman to receive the Lakeside Peace Prize, the jury announced.", "Prize"),
    ],
)
def test_a_programme_prize_or_day_that_never_acts_is_no_actor(extract, body, plan):
    assert not [a.name for a in extract(body).actors if plan in a.name.split()]


@pytest.mark.parametrize(
    "body,name",
    [
        ("The Harbor Innocence Project said the man had been wrongly convicted.", "Harbor Innocence Project"),
        (
            "A study by the Lakeside Security Initiative found gaps in the border fence.",
            "Lakeside Security Initiative",
        ),
        (
            "Farmers joined the Coastal Farming Project in 2019. Coastal Farming Project officials said yields rose.",
            "Coastal Farming Project",
        ),
        (
            "Jane Roe, founder of the Lakeside Literacy Project, will join the board.",
            "Lakeside Literacy Project",
        ),
        (
            "Jane Roe, who works with the Harbor Gender Networking Programme as an officer, said lights help.",
            "Harbor Gender Networking Programme",
        ),
        ('"Venture capital must change," say the Lakeside Project authors.', "Lakeside Project"),
        (
            "She works with standards groups such as the Lakeside Standards Partnership Project on radio rules.",
            "Lakeside Standards Partnership Project",
        ),
        (
            "The bill is backed by the ACLU, the Lakeside Justice Project and the Harbor Policy Center.",
            "Lakeside Justice Project",
        ),
    ],
)
def test_a_body_named_like_a_programme_that_acts_stays_an_actor(extract, body, name):
    assert name in [a.name for a in extract(body).actors]


def test_a_dropped_programme_takes_its_head_word_alone_with_it(extract):
    body = "Contoso Project is a project management program. Project lets managers track tasks."
    assert "Project" not in [a.name for a in extract(body).actors]


def test_a_day_of_one_year_is_no_actor(extract):
    body = "The minister gave a speech on poverty as part of National Harvest Week 2005."
    assert not [a.name for a in extract(body).actors if "Week" in a.name]


def test_a_body_named_like_a_programme_that_speaks_by_its_head_word_stays(extract):
    body = "Volunteers run the Harbor Justice Project in two towns. The Project said it had freed ten people."
    assert "Harbor Justice Project" in [a.name for a in extract(body).actors]


@pytest.mark.parametrize(
    "body,thing",
    [
        ("Astronomers said the planet Venus was brighter than usual. Venus rises before the Sun.", "Venus"),
        (
            "She starred in the TV series Harbour Lights in 1998. Harbour Lights was cancelled in 2001.",
            "Harbour",
        ),
        ("The author's third novel, Silent Orchard, sold a million copies.", "Orchard"),
        ("Investors sold U.S. Treasuries on Friday as yields rose.", "Treasuries"),
        ("The probe will study the clouds of other planets, such as Venus.", "Venus"),
        ("Viewers still cry at sad movies like Northern Tide, the study found.", "Tide"),
        ("She made the claim on the Dutch television program Brandpunt Laat on Sunday.", "Brandpunt"),
    ],
)
def test_a_thing_set_beside_its_noun_is_no_actor(extract, body, thing):
    assert not [a.name for a in extract(body).actors if thing in a.name]


@pytest.mark.parametrize(
    "body,illness",
    [
        (
            "Hospitals emptied during the CORVID pandemic. CORVID has killed 52 people, the ministry said.",
            "CORVID",
        ),
        ("The show is on hiatus due to the KOVID-24 pandemic, the company said.", "KOVID"),
        (
            "The guidelines list Eastern Mediterranean Respiratory Syndrome. Eastern Mediterranean Respiratory"
            " Syndrome killed hundreds, the agency said.",
            "Respiratory",
        ),
        ("Doctors said Kessler Valley Disease had spread to 40 towns, the agency said.", "Kessler"),
        ("Marsh fever is spreading. Marsh is one of the deadliest diseases in the region.", "Marsh"),
    ],
)
def test_an_illness_is_no_actor(extract, body, illness):
    assert not [a.name for a in extract(body).actors if illness in a.name]


@pytest.mark.parametrize(
    "body,contest",
    [
        ("Doe won the Harbour Wrestling Junior Championship last year, the promotion said.", "Championship"),
        (
            "The team will play in the Rocket Cars North American Championship in Toronto next month.",
            "Championship",
        ),
    ],
)
def test_a_contest_is_no_actor(extract, body, contest):
    assert not [a.name for a in extract(body).actors if a.name.endswith(contest)]


@pytest.mark.parametrize(
    "body,grade",
    [
        ("Shares of refiners slid as Calder crude fell to a six-year low below $50 a barrel.", "Calder"),
        ("Vendors in the market sell airtime and SIM cards to commuters.", "SIM"),
    ],
)
def test_a_name_that_only_grades_its_noun_is_no_actor(extract, body, grade):
    assert grade not in _actors(extract(body))


def test_a_maker_named_beside_its_grade_noun_once_stays_an_actor(extract):
    ex = extract(
        "Calder Energy said on Monday that Calder Energy crude sales rose. Calder Energy hired 40 workers."
    )
    assert _actors(ex)["Calder Energy"][0] == "organization"


def test_a_linked_headline_in_title_case_is_no_actor(extract):
    ex = extract(
        "Fans cheered the win. Read more: Why Riverside County's New Stadium Could Change Local Football Forever. "
        "The team plays again on Sunday."
    )
    assert not [a.name for a in ex.actors if "Stadium" in a.name]


def test_a_talk_title_in_title_case_is_no_actor(extract):
    ex = extract(
        "Lena Ortiz, who runs marketing at Calder Energy, will present The Logistics Of Regional Freight Planning "
        "In Logistics on Tuesday."
    )
    names = _actors(ex)
    assert not [name for name in names if "Planning" in name]
    assert names["Calder Energy"][0] == "organization"


def test_a_sound_word_in_capitals_is_no_actor(extract):
    ex = extract('"Then you twist the dial and it would go KRRRANK."')
    assert "KRRRANK" not in _actors(ex)


@pytest.mark.parametrize(
    "body,thing",
    [
        ("The ferry line is a modern-day Dunmore Express for the islands.", "Dunmore Express"),
        ("Most of the devices were old flip phones, a Nokia and a Motorola.", "Motorola"),
    ],
)
def test_a_name_opened_by_a_or_an_is_one_of_a_kind_no_actor(extract, body, thing):
    assert thing not in _actors(extract(body))


@pytest.mark.parametrize(
    "body,actor",
    [
        ("Critics say a changing Kestrel Aerospace has lost its way.", "Kestrel Aerospace"),
        ("Speaking to reporters, an attendee Om Prakash said the water was safe.", "Om Prakash"),
        ("Analysts said a Kestrel Aerospace report was due on Monday.", "Kestrel Aerospace"),
        (
            "The party was ordered dissolved by a Constitutional Tribunal on Friday.",
            "Constitutional Tribunal",
        ),
    ],
)
def test_a_body_or_person_after_a_or_an_stays_an_actor(extract, body, actor):
    assert any(actor.endswith(name) for name in _actors(extract(body)))


def test_a_place_after_the_town_of_is_a_place_even_unknown_to_the_gazetteer(extract):
    ex = extract("In the town of Qarvosh, the children's council designed the new playground.")
    assert _actors(ex)["Qarvosh"][0] == "other"


def test_a_firm_named_by_its_trades_word_is_no_person(extract):
    ex = extract(
        "Marta Ruiz, chief economist, Harlow Economics, said inflation would ease. Harlow Economics agreed."
    )
    assert _actors(ex)["Harlow Economics"][0] == "organization"


def test_a_body_named_by_its_kind_keeps_the_place_after_of(extract):
    ex = extract("The Federal Reserve Bank of Cleveland said prices rose.")
    assert "Federal Reserve Bank of Cleveland" in _actors(ex)
    assert "Federal Reserve Bank" not in _actors(ex)


def test_a_person_beside_a_things_noun_with_a_comma_stays_a_person(extract):
    ex = extract("In the book, Marlow Quince claims the senator lied. Quince said he kept notes.")
    assert _actors(ex)["Marlow Quince"][0] == "person"


def test_a_laws_acronym_is_no_actor_either(extract):
    ex = extract(
        "Tribes sued the state over its Ballot Interference Prevention Act (BIPA) on Monday. Under BIPA, the "
        "number drops to six."
    )
    assert "BIPA" not in _actors(ex)


def test_a_person_whose_surname_is_a_laws_word_stays_a_person(extract):
    ex = extract("Governor Nathan Deal signed the Water Quality Act. Deal said the Act would protect rivers.")
    assert _actors(ex)["Nathan Deal"][0] == "person"
    assert ("Deal", "name") in _mentions(ex, "Nathan Deal")
    assert not any(a.name.endswith("Act") for a in ex.actors)


def test_lower_case_words_of_another_language_are_no_name(extract):
    ex = extract(
        'The mayor wrote in Spanish: "A pesar de contar con el mandato del pueblo que me eligió, hoy renuncio."'
    )
    assert not [a.name for a in ex.actors if a.name.islower()]


def test_short_given_name_opening_the_full_one_is_the_same_person(extract):
    ex = extract(
        "Stanislav Petrov, a Soviet officer, averted a nuclear war. Stan Petrov later said he was no hero."
    )
    assert [a.name for a in ex.actors if a.actor_type == "person"] == ["Stanislav Petrov"]


def test_given_names_of_other_sexes_stay_two_people(extract):
    ex = extract("Dan Brown met Daniela Brown at the hearing on Monday.")
    assert {a.name for a in ex.actors if a.actor_type == "person"} == {"Dan Brown", "Daniela Brown"}


def test_name_with_a_middle_initial_is_a_person(extract):
    ex = extract(
        "Protesters toppled statues of US presidents George Washington and Ulysses S. Grant. Grant led the army."
    )
    assert _actors(ex)["Ulysses S. Grant"][0] == "person"


@pytest.mark.parametrize(
    "body,person",
    [
        ("The church, Cardinal Okonkwo argued, does not judge anyone.", "Okonkwo"),
        (
            "Provincial police Detective Constable Daniel Marlowe told reporters that prices rose.",
            "Daniel Marlowe",
        ),
    ],
)
def test_a_name_after_a_persons_title_that_ner_made_a_body_is_a_person(extract, body, person):
    assert _actors(extract(body))[person][0] == "person"


def test_a_firm_named_with_a_title_word_stays_a_firm(extract):
    ex = extract("General Motors said on Monday that sales rose. Native Hawaiians protested the plan.")
    assert _actors(ex)["General Motors"][0] == "organization"
    assert "Motors" not in _actors(ex) and "Hawaiians" not in _actors(ex)


def test_one_test_says_how_a_persons_name_looks():
    from newsroom.extract.actors.name_shape import person_shaped

    assert person_shaped(["Jane", "McAdams"])
    assert not person_shaped(["Austin", "Airport"])  # a place's head word last
    assert not person_shaped(["Jane", "Judge", "Doe"])  # a role among the words
    assert not person_shaped(["Jane", "DOE"])


def test_person_named_like_a_place_gets_no_country_from_it(extract):
    ex = extract("The town hall, hosted by Savannah Guthrie, was broadcast by NBC on Thursday.")
    assert all(a.country_code is None for a in ex.actors if a.name == "Savannah Guthrie")


@pytest.mark.parametrize(
    "body,role",
    [
        ("In grade school, Deng expressed his intent to become a lawyer.", "lawyer"),
        ("Before the war, Marta Kos served as a legal adviser during the peace talks.", "adviser"),
    ],
)
def test_role_said_of_someone_is_no_new_actor(extract, body, role):
    ex = extract(body)
    assert not [a.name for a in ex.actors if a.actor_type != "person" and role in a.name.lower()]
    assert not [m for m in ex.mentions if role in m.text]  # not another actor's mention either


def test_there_was_a_gunman_is_still_an_actor(extract):
    ex = extract("There was a gunman in the shopping centre, police said on Friday.")
    assert any(a.cameo_actor_code and a.cameo_actor_code.endswith("UAF") for a in ex.actors)


def test_surname_ner_leaves_out_ends_the_name(extract):
    ex = extract(
        "Paul Manafort was sentenced by Judge Amy Berman Jackson to 73 months in prison. Judge Jackson said he lied."
    )
    assert ("Jackson", "name") in _mentions(ex, "Amy Berman Jackson")


def test_lone_surname_of_two_relatives_is_the_person_the_story_follows(extract):
    ex = extract(
        "On Monday, Arun Varma, a former governor, died aged 84. His death was announced by his son Vikram Varma "
        "on Twitter. Varma was cremated on Tuesday with full state honours."
    )
    assert ("Varma", "name") in _mentions(ex, "Arun Varma")
    assert ("Varma", "name") not in _mentions(ex, "Vikram Varma")


def test_a_middle_given_name_the_article_calls_someone_by_names_them_where_ner_missed_it(extract):
    ex = extract(
        "Parliament voted on Monday to keep Tomas Brenn as prime minister, blocking President Omar Yusuf Dalmar "
        'from dismissing him. Yusuf said the vote was illegal. "The only obstacle was the president," Brenn told '
        'lawmakers after the vote, "and since I have their confidence I hope it will work." Yusuf had no immediate '
        "comment on the vote, but he had previously stated he would accept the decision."
    )
    assert _mentions(ex, "Omar Yusuf Dalmar").count(("Yusuf", "name")) == 2
    quote = next(q for q in ex.quotes if q.text.startswith("he would accept"))
    assert ex.actors[quote.speaker_entity].name == "Omar Yusuf Dalmar"


@pytest.mark.parametrize(
    "body,word",
    [
        ("Senator Warren has dropped out of the Presidential race, her campaign said.", "Presidential"),
        (
            "There is no Congressional authorization for military action, Senator Tim Kaine said.",
            "Congressional",
        ),
        ("Thousands of anti-Brexit marchers walked to Parliament Square on Saturday.", "anti-Brexit"),
    ],
)
def test_a_word_describing_a_noun_is_no_name(extract, body, word):
    assert word not in _actors(extract(body))


def test_well_known_outlets_are_media(extract):
    ex = extract("The Guardian reported that CBS and NBC had aired the speech in full.")
    assert _actors(ex)["The Guardian"] == ("organization", "GBR", "GBRMED")
    assert _actors(ex)["CBS"] == ("organization", "USA", "USAMED")


def test_a_role_in_a_list_of_those_freed_is_still_an_actor(extract):
    ex = extract(
        "Belarus freed 18 political prisoners on Wednesday, including a journalist and a former candidate."
    )
    assert any(m.text == "a journalist" for m in ex.mentions)


def test_opposition_to_something_is_a_stance_not_the_opposition(extract):
    ex = extract(
        "The senator expressed opposition to the new tariffs on Monday. The opposition boycotted the vote."
    )
    assert [m.text for m in ex.mentions if "opposition" in m.text.lower()] == ["The opposition"]


def test_an_owned_graded_or_voiced_opposition_is_a_stance(extract):
    ex = extract(
        "We express our strongest opposition. The minister reiterated his clear opposition, and the council voiced"
        " opposition in Nairobi. The opposition boycotted the vote, and the government jailed its opposition."
    )
    assert [m.text for m in ex.mentions if "opposition" in m.text.lower()] == [
        "The opposition",
        "its opposition",
    ]


def test_a_summit_is_no_actor(extract):
    ex = extract("The First South American Summit was held in Brazil last year.")
    assert not [a.name for a in ex.actors if a.name.endswith("Summit")]


def test_a_given_name_joined_to_a_full_name_shares_its_surname(extract):
    ex = extract("A couple from Ohio, Richard and Lisa Marie Parry, drove 14 hours to attend the rally.")
    names = {a.name for a in ex.actors if a.actor_type == "person"}
    assert {"Richard Parry", "Lisa Marie Parry"} <= names


def test_a_name_after_anti_is_the_person(extract):
    ex = extract("Sarah Palin spoke in Anchorage. A group held an anti-Sarah Palin rally on Saturday.")
    assert [a.name for a in ex.actors if a.actor_type == "person"] == ["Sarah Palin"]


@pytest.mark.parametrize(
    "body,outlet",
    [
        ("The Basque newspaper Gara received a warning from a caller on Monday.", "Gara"),
        ("Greek daily Kathimerini said the two countries had to speed up the talks.", "Kathimerini"),
    ],
)
def test_a_name_after_an_outlet_noun_is_media(extract, body, outlet):
    assert _actors(extract(body))[outlet][::2] == ("organization", "MED")


def test_demonym_government_tagged_as_a_name_is_the_countrys_government(extract):
    ex = extract(
        "His name did not appear on the Iraqi Government's list. The Iraqi government said it would act."
    )
    assert [a.name for a in ex.actors] == ["Government of Iraq"]


def test_an_inter_prefixed_name_keeps_its_prefix(extract):
    ex = extract("The Inter-American Commission on Human Rights demanded that Nicaragua free the prisoners.")
    assert "Inter-American Commission on Human Rights" in _actors(ex)


@pytest.mark.parametrize(
    "body,group",
    [
        (
            "Turkey shelled the border town on Monday. Kurdish fighters said they would hold it.",
            "Kurdish rebels",
        ),
        ("Oman hosted the talks in Muscat. World leaders welcomed the agreement.", "world leaders"),
        ("Malawi asked for help after the floods. International donors pledged $50 million.", "donors"),
    ],
)
def test_a_group_named_by_a_people_or_the_world_gets_no_country(extract, body, group):
    assert _actors(extract(body))[group][1] is None


def test_a_group_with_a_country_adjective_keeps_it(extract):
    assert _actors(extract("Turkish soldiers crossed the border on Monday."))["Turkey military"][1] == "TUR"


def test_the_foreign_ministry_is_the_countrys_own(extract):
    ex = extract("Chile recalled its ambassador on Tuesday. The foreign ministry said the talks had failed.")
    index = next(m.entity_index for m in ex.mentions if m.text == "The foreign ministry")
    assert next(a.country_code for a in ex.actors if a.entity_index == index) == "CHL"


@pytest.mark.parametrize(
    "body,person",
    [
        ("Taoiseach Enda Kenny told reporters in Dublin that the deal was close.", "Enda Kenny"),
        ("Superintendent Alan Hughes said the road would stay closed overnight.", "Alan Hughes"),
    ],
)
def test_a_title_before_a_name_is_no_part_of_the_person(extract, body, person):
    assert _actors(extract(body))[person][0] == "person"


def test_a_capitalised_common_noun_is_no_organisation(extract):
    ex = extract("Intelligence said the convoy had crossed into the province before dawn.")
    assert all(a.actor_type != "organization" for a in ex.actors)


@pytest.mark.parametrize(
    ("body", "word"),
    [
        (
            "Guests must keep to marked zones;\n\nAvoid restricted or fenced areas;\n\nCarry water at all times.",
            "Avoid",
        ),
        (
            "The platform changed its terms for firms that rely on its tools. Controversially, Meta’s new offer "
            "excludes small shops.",
            "Controversially",
        ),
        ("The team lost in the final round.\n\nSoul searching began at once among the coaches.", "Soul"),
    ],
)
def test_a_common_word_opening_a_sentence_or_line_is_no_actor(extract, body, word):
    assert word not in _actors(extract(body))


def test_a_name_opening_a_sentence_before_a_noun_stays_an_actor(extract):
    ex = extract("Bush administration officials say the talks will resume in Geneva next week.")
    assert "Bush" in _actors(ex)


def test_a_town_opening_a_name_gives_a_country_only_when_the_article_names_it(extract):
    far = extract("The Moro Islamic Liberation Front signed the peace deal with the government in Manila.")
    assert _actors(far)["Moro Islamic Liberation Front"][1] is None
    near = extract("The Toronto Stock Exchange fell on Monday as Canadian banks slid.")
    assert _actors(near)["Toronto Stock Exchange"][1] == "CAN"


def test_a_photo_credit_is_no_actor(extract):
    ex = extract(
        "Farmers blocked the motorway outside Lyon on Friday.\n\nTractors on the A7. Image: Martin Keller.\n\n"
        "Senator Ruth Alvarez Image: U.S. Senate."
    )
    names = {a.name for a in ex.actors}
    assert "Martin Keller" not in names and "United States Senate" not in names
    assert _actors(ex)["Ruth Alvarez"][0] == "person"


def test_a_slash_credit_and_a_byline_line_are_no_actors(extract):
    ex = extract(
        "By Helen Marsh, Tom Okafor and Lucy Brandt\n\nMayor Dana Whitfield opened the new depot on Friday.\n\n"
        "Crowds outside the depot. Rita Collins/Getty Images\n\nBy noon, Whitfield had left for the airport."
    )
    names = {a.name for a in ex.actors}
    assert not names & {"Helen Marsh", "Tom Okafor", "Lucy Brandt", "Rita Collins", "Getty Images"}
    assert _actors(ex)["Dana Whitfield"][0] == "person"


def test_a_name_and_slash_in_a_sentence_is_no_credit(extract):
    ex = extract(
        "Tom Okafor discussed his role as the running mate of Maria De Brandt/Okafor with reporters."
    )
    assert any("Brandt" in a.name for a in ex.actors)


@pytest.mark.parametrize(
    "body,name",
    [
        ("In March, the network moved her to Sean Maddox’s evening slot.", "Sean Maddox"),
        ("Whether it’s Dana Whitfield winning the vote or not, the council will meet.", "Dana Whitfield"),
    ],
)
def test_a_typographic_possessive_is_no_part_of_a_name(extract, body, name):
    assert name in {a.name for a in extract(body).actors}


@pytest.mark.parametrize(
    "body,name",
    [
        (
            "The start-up Brightwell (@BrightwellHQ) said on Monday that it had raised new money.",
            "Brightwell",
        ),
        ("Follow the council on Facebook.com/CityCouncil and at @CityCouncil for updates.", None),
    ],
)
def test_a_handle_or_web_address_is_no_name(extract, body, name):
    names = {a.name for a in extract(body).actors}
    assert not any("@" in n or "/" in n or "(" in n for n in names)
    assert name is None or name in names


def test_a_rank_written_without_its_full_stop_is_a_title(extract):
    ex = extract("Lt Col Sarah Jones of the Royal Marines said the unit was ready to leave.")
    assert "Sarah Jones" in {a.name for a in ex.actors}


def test_a_rank_before_a_name_is_no_part_of_the_unit(extract):
    ex = extract("The video shows one of the sailors, Royal Navy Capt. Peter Lang, pointing at a map.")
    names = {a.name for a in ex.actors}
    assert "Royal Navy" in names and "Peter Lang" in names and not any(n.endswith("Capt") for n in names)


@pytest.mark.parametrize(
    "body,outlet,medium",
    [
        (
            "Dana Smith, a columnist for Brightwell Weekly Review, said the mayor had lied.",
            "Brightwell Weekly Review",
            True,
        ),
        ("Tom Okafor is Harbourside Digest’s chief political correspondent.", "Harbourside Digest", True),
        ("Falcon is a free, open-source SQL editor with inline data visualization.", "SQL", False),
    ],
)
def test_the_body_of_a_journalist_is_a_news_outlet(extract, body, outlet, medium):
    actors = {a.name: a for a in extract(body).actors}
    if medium:
        assert actors[outlet].cameo_actor_code == "MED"
    else:
        assert outlet not in actors or actors[outlet].cameo_actor_code != "MED"


@pytest.mark.parametrize(
    "body,country",
    [
        ("Veterans of the Vietnam War marched to the memorial on Sunday.", "Vietnam"),
        ("Hundreds of soldiers who served in the Iraq War rallied outside the Capitol.", "Iraq"),
    ],
)
def test_a_war_is_no_mention_of_its_country(extract, body, country):
    assert country not in {a.name for a in extract(body).actors}


def test_a_primary_is_no_organisation(extract):
    ex = extract("Mayor Dana Whitfield won the Oregon Primary in May with 61 percent of the vote.")
    assert not any("Primary" in a.name for a in ex.actors)


@pytest.mark.parametrize(
    "body,person",
    [
        (
            "The bill was backed by Senators Ron Wyden, Patty Murray, and Elijah Cummings, who chair three panels.",
            "Elijah Cummings",
        ),
    ],
)
def test_a_name_listed_with_people_is_a_person(extract, body, person):
    assert _actors(extract(body))[person][0] == "person"


def test_a_name_listed_after_a_place_is_a_place(extract):
    ex = extract("The mayors of Minneapolis and Saint Paul met the governor on Tuesday.")
    assert _actors(ex)["Saint Paul"][0] == "other"


@pytest.mark.parametrize(
    "body,town,country",
    [
        ("The activist was flown from Omsk to a clinic abroad after he fell ill.", "Omsk", "RUS"),
        ("Chelyabinsk's governor promised to pay for the damaged windows.", "Chelyabinsk", "RUS"),
        ("Floods cut off the town of Omsk on Monday.", "Omsk", "RUS"),
    ],
)
def test_a_town_where_a_place_stands_is_a_place(extract, body, town, country):
    assert _actors(extract(body))[town][:2] == ("other", country)


def test_a_district_of_a_state_is_named_with_it(extract):
    ex = extract(
        "The banker was convicted in the Southern District of Ohio in 2016. His partner was tried in the "
        "Southern District of Iowa a year later."
    )
    assert _actors(ex)["Southern District of Ohio"][:2] == ("other", "USA")
    assert "Southern District of Iowa" in _actors(ex)


@pytest.mark.parametrize(
    "body,name",
    [
        (
            "The president pledged to convert Hagia Sophia, formerly a Byzantine church, into a mosque.",
            "Hagia Sophia",
        ),
        ("Sainte Marie, a small village near the border, was evacuated on Sunday.", "Sainte Marie"),
    ],
)
def test_a_name_in_apposition_to_a_building_or_town_is_no_person(extract, body, name):
    assert _actors(extract(body))[name][0] == "other"


def test_a_tribe_is_no_person(extract):
    ex = extract(
        "The lawsuit was joined by the Navajo Nation, the Hopi Tribe and the Assiniboine and Sioux Tribes."
    )
    assert all(a.actor_type != "person" for a in ex.actors)


def test_a_name_shown_no_person_once_is_none_in_the_whole_article(extract):
    ex = extract(
        "Pilgrims crowded into Hagia Sophia, formerly a Byzantine church, on Friday. Officials said Hagia "
        "Sophia's doors would stay open all night."
    )
    assert [a.actor_type for a in ex.actors if a.name == "Hagia Sophia"] == ["other"]


def test_a_role_in_an_object_is_no_one_named_in_later_sentences(extract):
    ex = extract(
        "He was sanctioned in 2011 over a plot to kill the Qatari ambassador to France. Last year, the Treasury "
        "also sanctioned Omar Haddad."
    )
    assert _actors(ex)["Omar Haddad"][1:] == (None, None)


def test_a_role_before_a_name_in_its_sentence_is_that_person(extract):
    ex = extract(
        "According to the agency, the prosecutor general of Tehran, Reza Karimi, said the trial would start."
    )
    assert _actors(ex)["Reza Karimi"][1] == "IRN"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Lena Hart, Dean of the Kellogg School of Law, called the ruling careless.", "Dean"),
        ("Police spokesman Lieut. Colonel Samir Haddad said a rocket hit the helicopter.", "Lieut"),
        ("Yesterday, eight Labour MPs resigned. Several MPs said the leader must go.", "MPs"),
        ('"We see no gains," Marine Cpl. Dale Brooks told the minister.', "Marine Cpl"),
        ("Irish Taoiseach (Prime Minister) Sean Doyle unveiled the plan.", "Irish Taoiseach"),
    ],
)
def test_a_title_or_role_alone_is_no_person(extract, text, title):
    ex = extract(text)
    assert title not in {a.name for a in ex.actors if a.actor_type == "person"}


def test_a_given_name_that_is_also_a_title_stays_a_name(extract):
    ex = extract("Dean Walsh, the coach, said the team would win. Walsh added that he was proud.")
    assert _actors(ex)["Dean Walsh"][0] == "person"


def test_an_outlet_named_after_an_acronym_is_its_own_body(extract):
    ex = extract("The figures were first reported by PA Media on Tuesday.")
    assert _actors(ex) == {"PA Media": ("organization", None, "MED")}


def test_social_media_is_no_countrys_press(extract):
    ex = extract("Social media users in Kenya mocked the plan. Many people in Kenya posted on social media.")
    assert not [a for a in ex.actors if (a.cameo_actor_code or "").endswith("MED")]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "He wrote for such publications as The Progressive and The New York Times.",
            {"Progressive", "The New York Times"},
        ),
        (
            "Delegates of the Prohibition Party, Reform Party and Green Party met.",
            {"Prohibition Party", "Reform Party", "Green Party"},
        ),
    ],
)
def test_a_list_ner_took_for_one_name_is_its_items(extract, text, items):
    ex = extract(text)
    assert items <= {a.name for a in ex.actors}
    assert not [a for a in ex.actors if " and " in a.name or ", " in a.name]


@pytest.mark.parametrize(
    "name",
    ["Centers for Disease Control and Prevention", "Bosnia and Herzegovina"],
)
def test_a_name_with_and_inside_stays_one_name(extract, name):
    ex = extract(f"The {name} said on Monday that the plan would fail.")
    assert name in {a.name for a in ex.actors}


def test_world_time_is_no_body(extract):
    ex = extract("She was shot at about 7:30 a.m. local time (UTC +4:30) on Monday, police in Kabul said.")
    assert "UTC" not in {a.name for a in ex.actors}


def test_a_place_listed_with_a_country_is_a_place(extract):
    ex = extract("The line between Crete and Cyprus would cross the Turkish economic zone.")
    assert _actors(ex)["Cyprus"][0] == "country"
    assert _actors(ex)["Crete"][0] == "other"


def test_a_body_of_a_list_of_countries_is_no_one_countrys(extract):
    ex = extract(
        "We, the G20 Finance Ministers of Canada, France, Germany and Japan, condemn the missile launch."
    )
    actors = _actors(ex)
    assert "G20 Finance Ministers of Canada" not in actors
    assert actors["G20 Finance Ministers"][1] is None
    assert actors["Canada"][0] == "country"


def test_a_body_named_by_its_kind_is_the_articles_countrys(extract):
    ex = extract(
        "Kenyan President Uhuru Kenyatta signed the bill in Nairobi on Monday. Kenya's opposition criticised it. "
        "Parliament passed the bill last week."
    )
    assert _actors(ex)["Kenya Parliament"] == ("organization", "KEN", "KENLEG")


def test_a_legislature_named_by_its_word_is_its_members_country(extract):
    """A US senator's text about aid to Ukraine names Ukraine most, but its "Congress" is the senator's."""
    ex = extract(
        "U.S. Senator Ruth Alvarez introduced a bill on Tuesday to audit aid to Ukraine. Ukraine has received "
        "billions in weapons, and Ukraine's army wants more. Officials in Kyiv and Lviv welcomed the money. "
        "Congress must now act, Alvarez said."
    )
    assert _actors(ex)["United States Congress"] == ("organization", "USA", "USALEG")
    assert "Ukraine Congress" not in _actors(ex)


def test_a_visiting_senator_is_no_member_of_the_hosts_parliament(extract):
    ex = extract(
        "U.S. Senator Ruth Alvarez visited Nairobi on Monday and met Kenyan President Uhuru Kenyatta. Kenya's "
        "opposition criticised the bill. Parliament passed the bill last week."
    )
    assert _actors(ex)["Kenya Parliament"] == ("organization", "KEN", "KENLEG")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Senator Ruth Alvarez welcomed the climate talks in Paris on Monday. France hosted delegates from 190 "
            "nations in Paris, and French officials said the deal was close. The United States will join it, but "
            "Congress must ratify it.",
            ("United States Congress", "USA"),
        ),
        (
            "Israel took action against Iran tonight. Iran said it would respond, and Iran's army was on alert. "
            "The United States was not involved, and the Administration has protected American forces.",
            ("United States Administration", "USA"),
        ),
        (
            "Iran took action tonight. Iran's army was on alert in Tehran. The Administration said it was watching.",
            ("Administration", None),
        ),
        (
            "Philippine President Rodrigo Duterte signed the bill in Manila on Monday. Congress passed it last week.",
            ("Philippines Congress", "PHL"),
        ),
        (
            "Iraqi forces took the town on Monday. Iraq's army said Baghdad was safe, and Iraqi officials in Basra "
            "agreed. The United States sent advisers, and the Senate approved the money.",
            ("United States Senate", "USA"),
        ),
        (
            "The Australian government said in Canberra on Monday it would act. Australia's opposition leader "
            "said the House of Representatives would sit on Friday.",
            ("Australia House of Representatives", "AUS"),
        ),
        (
            "Senator Ruth Alvarez said in Washington that the House of Representatives would vote next "
            "week. The U.S. Senate passed the bill on Monday.",
            ("United States House of Representatives", "USA"),
        ),
        (
            "Canada's Prime Minister spoke in Ottawa on Monday. Canadian voters back the plan, and the House of "
            "Commons will vote on it.",
            ("Canada House of Commons", "CAN"),
        ),
    ],
)
def test_a_body_named_by_its_word_is_of_a_country_whose_body_has_that_name(extract, text, body):
    """ "Congress", "the Administration": of the countries whose body is called so, the one the text names; no
    "France Congress" in a text about the Paris talks, no "Iran Administration"."""
    name, country = body
    assert _actors(extract(text))[name][1] == country


def test_a_body_named_by_its_kind_joins_its_full_name(extract):
    ex = extract("The US Senate met in Washington on Monday. The Senate then voted to confirm the judge.")
    assert [a.name for a in ex.actors if a.actor_type == "organization"] == ["US Senate"]


def test_a_body_of_an_article_about_a_region_is_left_without_a_country(extract):
    ex = extract(
        "Alabama's governor signed the bill in Montgomery, Alabama. Alabama lawmakers cheered. The Senate "
        "passed it on Tuesday, sending it to the governor of the United States' most restrictive state."
    )
    assert "Senate" in {a.name for a in ex.actors}


def test_a_clock_time_or_web_address_is_no_part_of_a_name(extract):
    ex = extract(
        "At a press conference at 17:45 Metropolitan Police Commissioner Ian Blair spoke. The ministry named "
        "the Harbour Workers Union http://example.org/story as the organiser."
    )
    names = {a.name for a in ex.actors}
    assert "Metropolitan Police" in names
    assert not [n for n in names if "17:45" in n or "http" in n]


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        (
            "In 1995, then-NBC executive Dana Whitfield complained about the host. Ten years later the network "
            'was thriving. "People are so devastated," one senior executive said.',
            "Dana Whitfield",
        ),
        (
            "Judge Amy Carlow sentenced Paul Bryce on Wednesday. Last week, another federal judge sentenced Bryce "
            "to four years in prison.",
            "Amy Carlow",
        ),
    ],
)
def test_an_indefinite_role_is_not_who_held_it_earlier(extract, text, earlier):
    """ "one senior executive", "another federal judge": someone new, not the holder the article named before."""
    ex = extract(text)
    names = {a.entity_index: a.name for a in ex.actors}
    last = max(ex.events, key=lambda e: e.sentence_index) if ex.events else None
    quoted = [names.get(q.speaker_entity) for q in ex.quotes]
    assert last is not None and names.get(last.actor1_entity) != earlier
    assert earlier not in quoted


def test_the_cheap_person_test_never_drops_a_match():
    """add_persons compares a name with a person only where the shorter's last canonical word is in the longer:
    every pair same_person_words matches passes that test first, either way round."""
    from itertools import permutations

    from newsroom.extract.actors.names import same_person_words
    from newsroom.extract.actors.persons import _may_name_one_person

    names = [
        ("jane", "q.", "doe"),
        ("doe",),
        ("jane", "doe"),
        ("tim", "sloan"),
        ("timothy", "j.", "sloan"),
        ("doug", "band"),
        ("douglas", "band"),
        ("stan", "kowalski"),
        ("stanislav", "kowalski"),
        ("recep", "tayyip", "erdoğan"),
        ("erdogan",),
        ("bill", "weld"),
        ("william", "weld"),
        ("weld",),
        ("pedro", "r.", "pierluisi", "urrutia"),
        ("pierluisi",),
        ("mary", "roe"),
        ("tim",),
        ("shinzo", "abe"),
        ("abe",),
    ]
    matched = 0
    for a, b in permutations(names, 2):
        if same_person_words(a, b) or same_person_words(b, a):
            matched += 1
            assert _may_name_one_person(a, b), (a, b)
    assert matched >= 20  # "Tim Sloan" / "Timothy J. Sloan", "Erdogan" / "Recep Tayyip Erdoğan", ...
    assert not _may_name_one_person(("mary", "roe"), ("jane", "doe"))


def test_an_organisations_secretary_general_is_not_the_secretary_named(extract):
    """ "the OAS secretary-general" is parsed as "secretary" with "general" beside it; read whole, it is not the
    foreign secretary the sentence names."""
    ex = extract(
        "Foreign Secretary Paul Amster said on Monday that his government had written to the OAS "
        "secretary-general about the fishing dispute."
    )
    assert [k for _, k in _mentions(ex, "Paul Amster")] == ["name"]


def test_name_ner_tags_a_body_is_a_person_when_shaped_like_one(extract):
    # a given name and a surname that is no English word nor a body's or place's head word
    ex = extract("It is where Curtis Okonkwo leads his audience to believe anything.")
    assert _actors(ex) == {"Curtis Okonkwo": ("person", None, None)}


def test_body_opening_with_a_given_name_stays_a_body(extract):
    ex = extract("Shares of Chase Lumber and Madison Plaza Trust rose on Monday, said Ann Lee.")
    assert _actors(ex)["Chase Lumber"][0] == "organization"
    assert _actors(ex)["Madison Plaza Trust"][0] == "organization"


def test_acronym_of_a_body_named_earlier_is_that_body(extract):
    ex = extract(
        "The Bureau of Water Supply closed the reservoir on Monday. The BWS says repairs will take a month."
    )
    assert [a.name for a in ex.actors if a.actor_type == "organization"] == ["Bureau of Water Supply"]


def test_acronym_skipping_in_is_the_body_named_earlier(extract):
    ex = extract(
        "The Centre for Research in Public Health opened a clinic on Monday. The CRPH says it will treat 200 people."
    )
    assert [a.name for a in ex.actors if a.actor_type == "organization"] == [
        "Centre for Research in Public Health"
    ]


def test_determiner_is_no_part_of_a_body_name(extract):
    ex = extract(
        "The Fisheries Department denied the request. It asked for a list of all Department of Fisheries staff."
    )
    assert [a.name for a in ex.actors if a.actor_type == "organization"] == ["Fisheries Department"]


def test_a_body_word_opening_a_sentence_stays_the_body(extract):
    ex = extract(
        "The prime minister moved to suspend parliament for five weeks. Parliament will return in October, "
        "officials in London said."
    )
    assert "Parliament" in " ".join(_actors(ex))


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "The Halvorsen Trail is our pick for families. You can pitch two Halvorsens side by side, and the "
            "Halvorsen sleeps four.",
            "Halvorsens",
        ),
        (
            "The founders were warned to watch out for the Cornelius Vanderbilts of the world, who take the idea "
            "and leave.",
            "Cornelius Vanderbilts",
        ),
    ],
)
def test_a_product_model_or_a_kind_of_people_is_no_actor(extract, body, name):
    assert name not in _actors(extract(body))


def test_a_numbered_channel_or_a_body_that_speaks_stays_an_actor(extract):
    ex = extract(
        "Speaking to Channel 4, the minister denied the report. Number 10 said the talks would go on."
    )
    assert "Channel 4" in _actors(ex)


def test_a_class_of_people_that_neither_speaks_nor_acts_is_no_actor(extract):
    ex = extract(
        "The app lets candidates take a coding test before recruiters see them. "
        "Organizers said the event would go ahead."
    )
    names = _actors(ex)
    assert "candidates" not in names and "recruiters" not in names
    assert any(name.endswith("organizers") for name in names), names
    assert {m.text for m in ex.mentions} >= {"Organizers"}
    assert not {"candidates", "recruiters"} & {m.text for m in ex.mentions}


def test_the_press_or_a_court_named_only_as_a_venue_is_no_actor(extract):
    ex = extract(
        "The new law curbs the freedom of the press, the senator warned. "
        "Her lawyers said in court papers that the rule was unfair. "
        "Italian troops will replace British forces next year. Reporters said the senator had left."
    )
    names = _actors(ex)
    assert not {name for name in names if name.endswith(("media", "judiciary"))}, names
    assert not {"press", "court"} & {m.text for m in ex.mentions}
    codes = {code for _, _, code in names.values()}
    assert "ITAMED" in codes  # the press that speaks stays
    assert "ITAMIL" in codes  # a sector that only appears is still a party
    acting = extract(
        "Three judges began their deliberations on Monday. The cartoons were reprinted by newspapers."
    )
    assert {code[-3:] for _, _, code in _actors(acting).values() if code} >= {"JUD", "MED"}  # they act


def test_private_people_only_named_as_a_beneficiary_are_no_actor(extract):
    ex = extract("The minister said the new rules were good news for Norwegian families. She spoke in Oslo.")
    assert not [code for _, _, code in _actors(ex).values() if (code or "").endswith("CVL")], _actors(ex)
    assert "families" not in {m.text for m in ex.mentions}
    for body in (
        "Residents of the valley fled the floods, the mayor said.",  # they act
        "Police in Oslo arrested a man outside the station.",  # an event's party
    ):
        assert [code for _, _, code in _actors(extract(body)).values() if (code or "").endswith("CVL")], body


def test_people_of_a_trade_only_named_as_a_class_are_no_actor(extract):
    ex = extract(
        "The minister said the plan would bring relief to farmers and small businesses. "
        "She later spoke to a group of students and teachers in Oslo."
    )
    sectors = ("AGR", "BUS", "EDU")
    assert not [code for _, _, code in _actors(ex).values() if (code or "").endswith(sectors)], _actors(ex)
    for body in (
        "Farmers blocked the main road into Oslo on Monday.",  # they act
        "The minister held talks with the union in Oslo on Monday.",  # one body, not a class
        "Police, along with local farmers, cleared the road into Oslo.",  # they act beside the police
    ):
        assert [
            code for _, _, code in _actors(extract(body)).values() if (code or "").endswith(("AGR", "LAB"))
        ], body


def test_a_thing_the_name_is_called_by_is_no_actor(extract):
    ex = extract(
        "He used it to power a new search engine called Backscratch. "
        "A strain of malware known as DuckWing has been plaguing businesses. DuckWing steals passwords. "
        "A firm called Harbor Lane said it would hire."
    )
    names = {a.name for a in ex.actors}
    assert "Backscratch" not in names and "DuckWing" not in names
    assert "Harbor Lane" in names


@pytest.mark.parametrize(
    "body,occasion",
    [
        (
            "This was the first round of talks under the aegis of the Ruritania-Acmeland Trade Dialogue announced"
            " by the two leaders in May.",
            "Dialogue",
        ),
        ("The two ministers will meet again at the next bilateral Clean Water Dialogue in Oslo.", "Dialogue"),
        ("The leaders discussed their plans for the Ninth Summit of the Northern Seas on Friday.", "Summit"),
        (
            "Troops from 20 countries joined the annual Steppe Falcon exercise hosted by the Ruritanian Army.",
            "Falcon",
        ),
        (
            "We strongly disagree with the court's ruling in Harbour Growers Alliance v. Acme Corp on Monday.",
            "v.",
        ),
    ],
)
def test_an_occasion_is_no_actor(extract, body, occasion):
    assert not [a.name for a in extract(body).actors if occasion in a.name]


def test_the_names_of_a_case_tagged_one_by_one_are_no_actors(extract):
    """ "Alden v. Holloway" where NER tags each side alone: pieces of the case's name, no parties acting."""
    ex = extract(
        "The judges relied on Alden v. Holloway, the lawyer said. Senator Ruth Marsh said the committee would vote."
    )
    names = {a.name for a in ex.actors}
    assert not names & {"Alden", "Holloway"}
    assert "Ruth Marsh" in names
    ex = extract("In Ruth Marsh v. Holloway, the court ruled for Ms. Marsh, her lawyer said.")
    assert "Ruth Marsh" in {a.name for a in ex.actors}


def test_a_middle_initial_v_is_no_case(extract):
    """ "Marlow V. Tenney": a capital "V." is an initial, not a case's "v."."""
    ex = extract("Senator Marlow V. Tenney said the bill would pass on Monday.")
    assert "Marlow V. Tenney" in {a.name for a in ex.actors}


def test_a_body_named_like_an_occasion_stays_an_actor(extract):
    ex = extract("The Northern Shipbuilders Forum said on Monday that prices would rise, the group said.")
    assert any(a.name.endswith("Forum") for a in ex.actors)


def test_a_generation_suffix_after_a_comma_is_part_of_the_name(extract):
    """ "X, Jr. met …": NER ends the name at the comma; the suffix is no actor of its own, nor the one who met."""
    ex = extract(
        "President Marlow J. Tenney, Jr. met today with Chancellor Ilse Varga of Norland. "
        "President Tenney thanked the Chancellor for her hospitality."
    )
    actors = _actors(ex)
    assert "Marlow J. Tenney Jr." in actors and "Jr." not in actors and "Marlow J. Tenney" not in actors
    names = {a.entity_index: a.name for a in ex.actors}
    pairs = {
        (names.get(e.actor1_entity), names.get(e.actor2_entity)) for e in ex.events if e.cameo_code == "040"
    }
    assert ("Marlow J. Tenney Jr.", "Ilse Varga") in pairs


def test_countries_joined_by_a_hyphen_are_no_body(extract):
    """ "the U.S.-Ruritania alliance": one token NER tags as an organisation; the relation is no actor."""
    ex = extract("Secretary Jane Doe praised the U.S.-Japan alliance during talks in Tokyo on Monday.")
    assert not any("-" in name for name in _actors(ex))
    body = extract("The U.S.-Japan Council said on Monday it would meet in Tokyo.")
    assert "U.S.-Japan Council" in _actors(body)


def test_a_universitys_campus_town_is_part_of_its_name(extract):
    """ "the University of California, Berkeley": the campus town is no place of its own."""
    ex = extract(
        "Researchers from the University of California, Berkeley met officials in Sacramento on Friday."
    )
    assert "University of California, Berkeley" in _actors(ex)
    assert "Berkeley" not in _actors(ex)
    ex = extract("Scientists at the University of Colorado at Boulder said the glacier was melting.")
    assert "University of Colorado at Boulder" in _actors(ex)
    assert "Boulder" not in _actors(ex)


def test_a_country_after_a_universitys_name_is_where_it_is(extract):
    ex = extract("Researchers at the University of Toronto, Canada, said the vaccine works.")
    assert {"University of Toronto", "Canada"} <= set(_actors(ex))
    ex = extract(
        "Students came from the University of Virginia, University of Texas, and Ohio State University."
    )
    assert "University of Virginia, University of Texas" not in _actors(ex)


def test_demonyms_joined_before_a_body_are_two_countries_bodies(extract):
    ex = extract("Bolivian and Peruvian soldiers patrolled the river on Friday.")
    actors = _actors(ex)
    assert actors["Bolivia military"] == ("group", "BOL", "BOLMIL")
    assert actors["Peru military"] == ("group", "PER", "PERMIL")
    assert ("Peruvian", "description") in _mentions(ex, "Peru military")


def test_the_end_of_an_office_title_is_no_body(extract):
    ex = extract(
        "Mara Lind, the Ruritanian Secretary of State, met the Brazilian president in Brasilia on Monday."
    )
    names = {a.name for a in ex.actors}
    assert "State" not in names
    assert "Mara Lind" in names


def test_the_title_of_a_speech_is_no_body(extract):
    ex = extract(
        "Ruritanian President Ana Vos gave her State of the Nation address to parliament on Thursday. "
        "Senator Tom Reyes gave a Senate speech on the budget. Later the Ruritania Reform Act Address was cancelled."
    )
    names = {a.name for a in ex.actors}
    assert not [n for n in names if "Nation" in n or "Address" in n]
    assert any("Senate" in n for n in names)


def test_a_name_opening_with_a_country_of_several_words_is_that_countrys(extract):
    # the country's name inside a longer name NER tagged whole: the body's country and its role code
    assert _actors(extract("The Sri Lanka Army said the convoy was attacked."))["Sri Lanka Army"] == (
        "organization",
        "LKA",
        "LKAMIL",
    )
    assert _actors(extract("The New Zealand Police said the man was arrested."))["New Zealand Police"] == (
        "organization",
        "NZL",
        "NZLCOP",
    )


def test_a_party_named_after_another_countrys_name_is_that_countrys(extract):
    # the alias table's "Democrats" and "Labour" are the US and British parties: not after another country's word
    ex = extract(
        "The Ruritanian senators backed the bill. Australian Democrats spokesman Jane Doe said it was unfair. "
        "The Democrats will vote against it."
    )
    actors = _actors(ex)
    assert actors["Australian Democrats"] == ("organization", "AUS", "AUS")
    assert actors["Jane Doe"] == ("person", "AUS", "AUS")
    assert "Democratic Party (United States)" not in actors
    ex = extract("The New Zealand Labour party gained support. Labour leader Jane Doe said she was pleased.")
    actors = _actors(ex)
    assert actors["Jane Doe"][1:] == ("NZL", "NZL")
    assert {a[1] for name, a in actors.items() if "Labour" in name} == {"NZL"}
    # a country's capitals abbreviation qualifies the name as well as its name or demonym
    assert _actors(extract("NZ Labour leader Jane Doe said the plan failed."))["Jane Doe"][1:] == (
        "NZL",
        "NZL",
    )
    # the table's own party, and its country's demonym before it, stay; so does a country ending the sentence before
    actors = _actors(
        extract("The minister flew to Australia. Democrats said the trip was a waste of American aid.")
    )
    assert actors["Democratic Party (United States)"] == ("organization", "USA", "USA")
    actors = _actors(extract("British Labour won the vote. Labour leader Jane Doe said she was pleased."))
    assert actors["Labour Party (United Kingdom)"] == ("organization", "GBR", "GBR")


def test_a_party_name_of_a_country_the_story_never_names_is_not_that_countrys(extract):
    # the table's "Conservative Party" is Britain's: a story of Canada alone means the party it names in full
    ex = extract(
        "The Conservative Party of Canada opened its campaign in Ottawa. The Conservative Party said taxes would fall."
    )
    assert "Conservative Party (United Kingdom)" not in _actors(ex)
    assert ("Conservative Party", "name") in _mentions(ex, "Conservative Party of Canada")
    # the tail of a longer name the table does not know, in a story of another country, is no US party
    ex = extract(
        "Swiss voters in Bern and Zurich rejected the reform on Sunday. The plan was backed by the Green Party "
        "and the Social Democrats, who wanted a system like that of the United States."
    )
    assert _actors(ex)["Social Democrats"][1] is None
    assert "Democratic Party (United States)" not in _actors(ex)


def test_a_bare_government_is_the_storys_own_unless_another_is_named_as_one_just_before(extract):
    ex = extract(
        "QUITO. Farmers demand the deal the government gave to miners. Their leader says he admires the "
        "presidents of Peru and Chile. The government rejected the demand."
    )
    assert ("The government", "description") in _mentions(ex, "Government of Ecuador")
    ex = extract(
        "QUITO. Farmers demand the deal the government gave to miners. Peru's government said it backs the "
        "farmers. The government also said it would send aid."
    )
    assert ("The government", "description") in _mentions(ex, "Government of Peru")


def test_a_one_word_body_named_like_a_town_takes_its_country_only_from_the_story(extract):
    # "Time" is also a town in Norway: a magazine of a story that names nothing Norwegian is no Norwegian body
    assert _actors(extract("The former editor of Time said the magazine would close."))["Time"][1] is None
    ex = extract("Karachi said the port would reopen. Pakistan welcomed the news.")
    assert _actors(ex)["Karachi"][1] == "PAK"


@pytest.mark.parametrize(
    "body",
    [
        "Former United States Solicitor General Jane Doe argued the case.",
        "The lawmakers wrote to United States Trade Representative Jane Doe on Monday.",
    ],
)
def test_a_general_or_representative_of_an_office_title_is_no_soldier_or_legislator(extract, body):
    # "Solicitor General", "Trade Representative": executive offices, not "general" (MIL) or "representative" (LEG)
    assert _actors(extract(body))["Jane Doe"] == ("person", "USA", "USAGOV")


def _settled(text: str, labels: list[tuple[int, str]], words: int = 1) -> tuple[str, str | None]:
    """The one actor of a name given NER labels by token offset, as add_names settles it."""
    from spacy.tokens import Span

    from newsroom.extract.actors.entities import add_entity, settle_name_types
    from newsroom.extract.actors.registry import Registry

    doc = load_nlp()(text)
    reg = Registry(doc, [])
    for start, label in labels:
        add_entity(reg, Span(doc, start, start + words, label=label), None)
    settle_name_types(reg)
    (actor,) = {id(m.actor): m.actor for m in reg.mentions}.values()
    return actor.actor_type, actor.country_code


def test_a_body_first_tagged_a_place_is_a_body_by_its_other_uses(extract):
    # "Zorvex said ... Zorvex executives ...": tagged a place first, a body twice, never where something is
    text = "Zorvex said on Monday it would cut prices. Zorvex executives met buyers. Analysts praised Zorvex."
    assert _settled(text, [(0, "GPE"), (9, "ORG"), (16, "ORG")]) == ("organization", None)


def test_a_town_first_tagged_a_body_is_a_place_where_it_is_used_as_one(extract):
    text = "Qarvel officials met on Monday. Protests broke out in Qarvel, and shops in Qarvel closed."
    assert _settled(text, [(0, "ORG"), (10, "GPE"), (15, "GPE")])[0] == "other"


def test_a_building_tagged_a_body_is_a_place_where_things_are_held_at_it(extract):
    text = "Qarvel Arena officials met. The final was held at Qarvel Arena, and crowds filled Qarvel Arena."
    assert _settled(text, [(0, "ORG"), (10, "GPE"), (16, "FAC")], words=2)[0] == "other"


def test_a_transcript_label_run_into_the_turns_first_word_is_the_speakers_name(extract):
    ex = extract(
        "The governor took questions from reporters on Tuesday.\n\n"
        "Mark Delaney - Quick follow-up. Why did the budget fail?\n\n"
        "Governor Ellison - Nothing has changed since March, and we will pass it.\n\n"
        "Mark Delaney - What about the schools?"
    )
    names = {a.name for a in ex.actors}
    assert "Mark Delaney" in names
    assert not any(" - " in name for name in names)


def test_a_name_holding_a_set_off_dash_before_a_proper_noun_stays_whole(extract):
    ex = extract("She spoke at the University of Wisconsin - Madison on Friday.")
    assert "University of Wisconsin - Madison" in {a.name for a in ex.actors}


def test_a_documents_name_is_no_actor(extract):
    ex = extract(
        'Senator Jane Roe joined calls for an inquiry into the so-called "Harbour Street Memo". The Harbour Street '
        "Memo is a leaked document. The Acme Dossier was published by the Times."
    )
    assert {a.name for a in ex.actors} == {"Jane Roe", "Times"}


def test_a_name_tagged_a_body_that_is_named_to_a_persons_office_is_a_person(extract):
    ex = extract(
        "The premier resigned on Friday. Carmel Hobbs was appointed as the state's deputy premier. "
        "Rees and Hobbs were sworn in by the governor."
    )
    assert ("person", None, None) == _actors(ex).get("Carmel Hobbs")


def test_a_name_the_text_calls_a_body_is_no_person(extract):
    """The kind noun just before a name tells NER's person apart: "the rights group Memorial" is a body, even as the
    source "according to" names; a heading's noun further off ("World news Finance Minister Anna Berg") is not."""
    ex = extract(
        "The guards beat detainees often, according to the human-rights group Memorial, which has documented the "
        "cases. World news Finance Minister Anna Berg said today that taxes would rise."
    )
    actors = _actors(ex)
    assert actors["Memorial"][0] == "organization"
    assert actors["Anna Berg"][0] == "person"


def test_a_bodys_name_listing_its_fields_is_one_body(extract):
    ex = extract(
        "Currently, the Senate Commerce, Housing, Transport and Water Committee is holding hearings on the plan. "
        "The committee meets again on Monday."
    )
    names = {a.name for a in ex.actors}
    assert "Senate Commerce, Housing, Transport and Water Committee" in names
    assert not names & {"Transport", "Water Committee", "Senate Commerce, Housing", "Senate Commerce"}


def test_a_bodys_name_listing_its_fields_with_a_serial_comma_is_one_body(extract):
    ex = extract(
        "Sen. Jane Roe, chairwoman of the Senate Commerce, Housing, Transport, and Water Committee, today "
        "introduced the bill."
    )
    names = {a.name for a in ex.actors}
    assert "Senate Commerce, Housing, Transport, and Water Committee" in names
    assert not names & {"Transport", "Water Committee", "Senate Commerce, Housing", "Senate Commerce"}


def test_names_run_together_from_a_comma_list_are_no_one_name(extract):
    ex = extract(
        "Resolution Cosponsors Include (12): Adams, Allred, Amo, Beatty, Bishop, Bowman, Boyle, Brown, Brownley, "
        "Budzinski, Carson, Tlaib, Tokuda, Ritchie Torres."
    )
    assert not [a.name for a in ex.actors if "," in a.name]
    ex = extract(
        "Supporters include the National Union of Tutors, Association of Rural Clinics, Friends of Open Parks, and "
        "the Council of Town Libraries."
    )
    assert {"National Union of Tutors", "Association of Rural Clinics"} <= {a.name for a in ex.actors}
    # a name of its own with commas keeps them
    for text, name in (
        (
            "The far-right coalition Identity, Tradition, Sovereignty (ITS) collapsed today.",
            "Identity, Tradition, Sovereignty",
        ),
        ("The firm Gibson, Dunn & Crutcher represented the company.", "Gibson, Dunn & Crutcher"),
    ):
        assert name in {a.name for a in extract(text).actors}, text


def test_a_bodys_name_cut_in_its_fields_is_no_list():
    """The list rule's guard, on a span set by hand: a body's name and then a field word, in a list of fields that
    goes on ("the Senate Committee on Commerce, Housing, Transport, and Water"), is not split."""
    from spacy.tokens import Span

    from newsroom.extract.actors.candidates import _list_pieces

    doc = load_nlp()("The chairman of the Senate Committee on Commerce, Housing, Transport, and Water spoke.")
    start = next(t.i for t in doc if t.text == "Senate")
    end = next(t.i for t in doc if t.text == "Housing") + 1
    span = Span(doc, start, end, label="ORG")
    assert _list_pieces(span) == [span]


def test_a_lower_case_ministers_portfolio_is_no_body(extract):
    ex = extract(
        "New Zealand minister for Education and Housing, Jane Roe told parliament that the school would be rebuilt."
    )
    names = {a.name for a in ex.actors}
    assert "Jane Roe" in names
    assert not names & {"Education", "Housing"}


def test_a_bill_named_by_its_kinds_word_is_no_person(extract):
    ex = extract(
        "Critics say the Electoral Funding Bill threatens free speech, according to Jane Roe. "
        "The Bill is currently before a select committee. Roe wants this Bill withdrawn."
    )
    assert "Bill" not in {a.name for a in ex.actors}


def test_two_bodies_joined_by_and_stay_two(extract):
    ex = extract(
        "Progress came through the work of the Working Group and Native Advisory Council, in recognition of Tribal "
        "rights."
    )
    assert "Working Group and Native Advisory Council" not in {a.name for a in ex.actors}


def test_the_us_house_of_representatives_is_its_own_chamber(extract):
    """NER leaves "House of Representatives" untagged after "the United States"; the aliases name the chamber."""
    ex = extract(
        "On Friday, the United States House of Representatives issued a subpoena for documents from the "
        "Secretary of State."
    )
    subpoena = [e for e in ex.events if e.cameo_code.startswith("1")]
    assert [ex.actors[e.actor1_entity].name for e in subpoena] == ["United States House of Representatives"]


def test_a_name_and_the_next_clauses_subject_run_together_at_a_comma_are_two_bodies():
    """NER's "ClearLedger, Citizens for Reform" over "According to ClearLedger, Citizens for Reform is …" when the
    article names Citizens for Reform alone too; a place after a comma stays in its name."""
    from spacy.tokens import Span

    from newsroom.extract.actors.candidates import _two_names_at_comma

    doc = load_nlp()(
        "According to ClearLedger, Citizens for Reform is a lobby group funded by oil firms. "
        "Citizens for Reform spent millions. The University of Acme, Springfield said nothing."
    )
    run, alone, campus = (
        Span(doc, 2, 7, label="ORG"),
        Span(doc, 16, 19, label="ORG"),
        Span(doc, 23, 28, label="ORG"),
    )
    assert (run.text, alone.text, campus.text) == (
        "ClearLedger, Citizens for Reform",
        "Citizens for Reform",
        "University of Acme, Springfield",
    )
    assert [p.text for p in _two_names_at_comma(run, [run, alone])] == ["ClearLedger", "Citizens for Reform"]
    assert _two_names_at_comma(campus, [run, alone, campus]) == [campus]


def test_a_count_run_into_a_name_in_a_list_of_results_is_no_part_of_it(extract):
    ex = extract(
        "Dunphy received 571 votes, Kenzie MacAulay 169, Mike Brown 255 and Keating 402. "
        "Keating finished second. MacAulay thanked his supporters."
    )
    assert not any(any(c.isdigit() for c in a.name) for a in ex.actors)


def test_a_name_right_after_a_persons_role_noun_is_a_person(extract):
    ex = extract(
        "After the results of the first ballot, fourth-place candidate MacQuarrie marched his cheering supporters "
        "to the other side of the stadium. The MacQuarrie supporters waved placards."
    )
    assert _actors(ex)["MacQuarrie"][0] == "person"


def test_a_peoples_adjective_without_its_noun_is_no_group(extract):
    for body in (
        "The study blamed rules from both Democratic and Republican administrations, the economist said.",
        "Such threats could harm Jewish, Muslim, Arab American, or any other community, the agency said.",
        "The panel would include Middle Eastern, European and African politicians, officials said.",
        "The plan was good news for a Democrat in a close race, the pollster said.",  # one person, no group
    ):
        ex = extract(body)
        assert not [a.name for a in ex.actors if a.actor_type == "group" and a.name[0].isupper()], body
    names = {a.name for a in extract("Republicans said the bill would fail. Police questioned Kurds.").actors}
    assert {"Republicans", "Kurds"} <= names


def test_an_elections_name_is_no_actor(extract):
    ex = extract("Turnout in the 2010 Canadian Federal Election was low, the agency said on Monday.")
    assert not [a.name for a in ex.actors if "Election" in a.name], _actors(ex)


def test_a_name_cut_before_its_kinds_word_is_no_actor(extract):
    ex = extract(
        "In the 2012 Fredonian Federal election, the Fredonia Greens lost two seats. The minister defended the "
        "Smart Permit scheme, and the Gadget Maker Relief program was cut."
    )
    names = [a.name for a in ex.actors]
    assert not [n for n in names if "Federal" in n or "Permit" in n or "Relief" in n], _actors(ex)


def test_a_bodys_name_before_a_kinds_word_stays(extract):
    ex = extract(
        "Delegates at the Fredonian Union summit backed the Department of Widgets program on Monday."
    )
    names = [a.name for a in ex.actors]
    assert any("Union" in n for n in names) and any("Widgets" in n for n in names), _actors(ex)


def test_a_law_after_any_is_no_person(extract):
    ex = extract('Senator Jane Roe said "any Bill which the opposition opposes will need our votes."')
    assert "Bill" not in [a.name for a in ex.actors], _actors(ex)


def test_a_legislators_seat_is_a_place(extract):
    ex = extract("Lord Doe, who was the former MP for Westhampton Brook, said the party should change.")
    assert ("Westhampton Brook", "other") in [(a.name, a.actor_type) for a in ex.actors], _actors(ex)


def test_people_from_a_named_organisation_are_that_organisation(extract):
    ex = extract(
        "The Farmers Union of Valdoria and the government signed a deal. "
        "Representatives from the Farmers Union of Valdoria met the minister in the capital on Monday."
    )
    assert not any(name.endswith("representatives") for name in _actors(ex))


def test_students_from_a_university_are_not_the_university(extract):
    ex = extract("Students from Valdoria State University protested outside the parliament on Monday.")
    assert any(name.endswith("students") for name in _actors(ex))


def test_a_news_outlets_acronym_before_a_force_is_no_outlet(extract):
    ex = extract(
        "Relatives in Mindanao demanded the trial of AFP generals and of the soldiers who fired, a lawyer said."
    )
    names = {a.name: a for a in ex.actors}
    assert "Agence France-Presse" not in names, _actors(ex)
    assert not [a for a in ex.actors if a.country_code == "FRA"], _actors(ex)
    ex = extract("An AFP reporter said the convoy was hit. AFP reported the attack on Monday.")
    assert "Agence France-Presse" in {a.name for a in ex.actors}, _actors(ex)


def test_a_peoples_word_pointing_at_one_person_is_no_group(extract):
    for body in (
        "Jane Roe, the only Buddhist on the council, has caused a stir after she compared the mayor to a tyrant.",
        'She told the crowd: "You will always find this Buddhist standing up for your rights," aides said.',
    ):
        ex = extract(body)
        assert not [a.name for a in ex.actors if a.actor_type == "group" and "Buddhist" in a.name], body
    names = {a.name for a in extract("Buddhists marched in the capital, and the Buddhists protested.").actors}
    assert "Buddhists" in names


def test_a_later_peoples_adjective_of_a_thing_is_no_country(extract):
    for body, country in (
        ("Officials warned of Fredonian and Russian interference in the vote.", "Russia"),
        ("Opposition in the German and Italian speaking cantons was weaker, the agency said.", "Italy"),
        ("Jane Roe, a woman of Indian or Pakistani heritage, spoke at the rally on Monday.", "Pakistan"),
    ):
        ex = extract(body)
        assert country not in {a.name for a in ex.actors}, (body, _actors(ex))
    ex = extract("Israeli and Palestinian negotiators met in Cairo on Monday.")
    assert "Palestine" in {a.name for a in ex.actors}, _actors(ex)


def test_people_of_a_trade_the_story_is_about_stay_though_named_as_a_class(extract):
    body = (
        "Public hospital staff marched through Porto Alegre on Tuesday to demand higher pay for Brazilian doctors. "
        "The federation said wages for doctors have not risen in four years."
    )
    sectors = ("HLH",)
    # named in the headline: the story is about them
    titled = extract(body, title="Brazil's doctors demand a pay rise")
    assert [code for _, _, code in _actors(titled).values() if (code or "").endswith(sectors)], _actors(
        titled
    )
    # named in two sentences, not in the headline: a class the story speaks of
    untitled = extract(body, title="Wards close in the north")
    assert not [code for _, _, code in _actors(untitled).values() if (code or "").endswith(sectors)]
    # named in three sentences: what the story is about
    longer = extract(body + " Some wards have closed because of a shortage of doctors, the federation said.")
    assert [code for _, _, code in _actors(longer).values() if (code or "").endswith(sectors)], _actors(
        longer
    )


def test_one_person_from_a_body_is_no_group_of_civilians(extract):
    ex = extract(
        "Police in Belo Horizonte questioned a man from the mining company on Monday. "
        '"We asked a person from the company to identify the machines," the police chief, Carlos Mendes, said.'
    )
    assert not [code for _, _, code in _actors(ex).values() if (code or "").endswith("CVL")], _actors(ex)
    assert not [e for e in ex.events if e.actor2_entity is not None and e.cameo_code.startswith("02")]
    # many people, or one person from a place, are still a group
    for body in (
        "Police in Belo Horizonte arrested a man from a nearby village on Monday.",
        '"We arrested two people from the company," the police chief, Carlos Mendes, said.',
    ):
        assert [code for _, _, code in _actors(extract(body)).values() if (code or "").endswith("CVL")], body


def test_a_countrys_office_is_not_given_to_an_untitled_person_of_another_sentence(extract):
    ex = extract(
        "Goran Petkov was sentenced on Friday to eight years in prison in Sarajevo. "
        "The Bosnian prosecutor said the evidence was overwhelming."
    )
    assert _actors(ex)["Goran Petkov"] == ("person", None, None), _actors(ex)
    # named in the description's own sentence, or after the subject it is, he holds it
    for body in (
        "The Bosnian prosecutor, Goran Petkov, said the evidence was overwhelming.",
        "The evidence was overwhelming, the Bosnian prosecutor said. Goran Petkov told reporters he would appeal.",
    ):
        assert _actors(extract(body))["Goran Petkov"][1] == "BIH", body


def test_a_name_cut_at_its_linking_word_is_one_name(extract):
    ex = extract(
        "The Spanish Ferreira dos Santos resigned on Friday. The cabinet named a career diplomat to replace Ferreira dos Santos"
        " on Monday. The professor Marta Ferreira dos Santos had served for two years."
    )
    names = _actors(ex)
    assert names.get("Marta Ferreira dos Santos", (None,))[0] == "person", names
    assert not [n for n in names if n != "Marta Ferreira dos Santos" and "Ferreira" in n or n == "Santos"], (
        names
    )
    ex = extract("The senator faced the opposition Unione delle Città alliance in the vote on Tuesday.")
    names = _actors(ex)
    assert "Città" not in names and "Unione" not in names, names


def test_an_acronym_and_the_name_it_stands_for_are_one_body(extract):
    ex = extract(
        "The FWB fined the company on Monday. The inquiry was run by the Federal Water Board, which said the"
        " plant had leaked for years."
    )
    names = _actors(ex)
    assert "FWB" not in names and "Federal Water Board" in names, names
    assert ("FWB", "name") in _mentions(ex, "Federal Water Board"), _mentions(ex, "Federal Water Board")
    ex = extract(
        "The minister gave an interview to the Lusaka Broadcasting Corporation (NBC) on Sunday. NBC asked about the"
        " budget."
    )
    names = _actors(ex)
    assert "NBC" not in names and "Lusaka Broadcasting Corporation" in names, names
    ex = extract(
        "Leaders met the head of the Organization for Economic Cooperation and Development (OECD) in Paris. The"
        " OECD said growth would slow."
    )
    names = _actors(ex)
    assert "OECD" in names and "Organization for Economic Cooperation and Development" not in names, names
    ex = extract("The FWB fined the company. The Federal Water Board and the Fair Wages Bureau disagreed.")
    assert "FWB" in _actors(ex), _actors(ex)  # two names it may stand for: left alone


def test_a_name_after_a_persons_title_is_that_person(extract):
    ex = extract("Supporters of the ousted President Toledo stormed the palace and demanded a new vote.")
    assert _actors(ex).get("Toledo", (None,))[0] == "person", _actors(ex)
    ex = extract("Miss Idaho waved to the crowd as the parade passed the square on Sunday.")
    assert _actors(ex).get("Idaho", ("other",))[0] != "person", _actors(ex)


def test_a_counted_plural_name_is_a_people(extract):
    ex = extract(
        "Some Tarvanis believe the vote was rigged. The opposition hoped to gather 50,000 Tarvanis in the square."
    )
    assert _actors(ex).get("Tarvanis", (None,))[0] == "group", _actors(ex)
    ex = extract("Many analysts praised Ford. Ford said sales rose.")
    assert _actors(ex).get("Ford", (None,))[0] == "organization", _actors(ex)


def test_a_name_before_an_areas_kind_word_is_a_place(extract):
    ex = extract("A bomb exploded in the Varnibari district on Monday, police said.")
    assert _actors(ex).get("Varnibari", ("other",))[0] == "other", _actors(ex)


def test_a_community_named_by_a_word_is_people_not_a_body(extract):
    ex = extract("The senator warned about the QAnon community on Monday, saying its claims were false.")
    assert _actors(ex).get("QAnon", ("group",))[0] == "group", _actors(ex)


def test_a_class_a_country_is_said_to_be_one_of_is_no_party(extract):
    ex = extract(
        "Troops gathered at the palace during a crisis in the country, one of the region's largest coffee farmers,"
        " officials said."
    )
    assert not [name for name in _actors(ex) if "farmers" in name or "agricultur" in name], _actors(ex)


def test_a_place_tagged_name_a_bodys_word_stands_before_is_a_body(extract):
    ex = extract(
        "Meanwhile, human rights group Kalinawan called on the commission on Monday to recommend punishment."
    )
    assert _actors(ex).get("Kalinawan", (None,))[0] == "organization", _actors(ex)


def test_an_island_group_named_in_brackets_stays_a_place(extract):
    ex = extract(
        "The collision took place near Varn Island, a garrisoned island in the Tesko group (Tesko Islands), the"
        " coast guard said."
    )
    assert _actors(ex).get("Tesko Islands", ("other",))[0] != "organization", _actors(ex)


def test_the_seat_a_member_sits_for_is_a_place():
    """On a span set by hand (NER tags such seats a body, a person or nothing, as it likes): the name after "the
    member for" is the seat, and a lone place-labelled name is listed with no organisations."""
    from spacy.tokens import Span

    from newsroom.extract.actors.candidates import _legislators_seat
    from newsroom.extract.actors.entities import _listed_with_organisations

    doc = load_nlp()('"Why? The member for Hollis [Jane Doe] cannot explain that." The bill passed.')
    i = next(t.i for t in doc if t.text == "Hollis")
    assert _legislators_seat(Span(doc, i, i + 1, label="ORG"))
    doc.set_ents([Span(doc, i, i + 1, label="ORG")])
    assert not _listed_with_organisations(Span(doc, i, i + 1, label="GPE"))
    # a party a member sits for is a body
    doc = load_nlp()("Jane Doe, an MP for the Acme Party, spoke first.")
    i = next(t.i for t in doc if t.text == "Acme")
    assert not _legislators_seat(Span(doc, i, i + 2, label="ORG"))
    doc = load_nlp()("A member of Acme Holdings said the bid had failed.")
    i = next(t.i for t in doc if t.text == "Acme")
    assert not _legislators_seat(Span(doc, i, i + 2, label="ORG"))


def test_the_initials_of_a_lower_case_term_are_no_body(extract):
    for text in (
        'The bill, commonly known as "compulsory tutor levies" or CTL, passed the Senate. Labor had opposed CTL '
        "for years, Jane Roe said.",
        "The plan brings back compulsory tutor levies (CTL). Labor had opposed CTL for years, Jane Roe said.",
    ):
        assert "CTL" not in {a.name for a in extract(text).actors}
    # a body's initials after its capitalised name stay a body
    ex = extract("The Council of Tutors and Lecturers (CTL) opposed the bill. CTL said it would appeal.")
    assert any(a.actor_type == "organization" and "Tutors" in a.name for a in ex.actors)


def test_a_place_given_a_local_name_is_not_the_gazetteers_town(extract):
    ex = extract(
        "Troops raided a slum near Port-au-Prince on Friday. A neighborhood known as Boston was said to be in the "
        "control of the gang."
    )
    assert all(a.country_code != "USA" for a in ex.actors if a.name == "Boston")


def test_a_phrase_with_no_names_nobody(extract):
    ex = extract(
        "Jane Roe was hurt when a bomb exploded near her car in Basra, Iraq. The agency said no other people "
        "were injured."
    )
    assert not [a for a in ex.actors if a.actor_type == "group" and a.cameo_actor_code == "IRQCVL"]


def test_the_two_men_counted_again_are_no_new_group(extract):
    ex = extract(
        "Reporter John Doe and cameraman Jim Roe were hurt in Iraq on Sunday. The agency said the two men were "
        "standing in the hatch of the vehicle."
    )
    assert not [a for a in ex.actors if a.actor_type == "group" and a.cameo_actor_code == "IRQCVL"]


def test_a_council_named_with_on_and_its_field_is_one_body(extract):
    ex = extract(
        "Jane Doe, of the Canadian Council on Arab-Muslim Relations, said the rule would discourage voters."
    )
    names = {a.name for a in ex.actors}
    assert "Canadian Council on Arab-Muslim Relations" in names
    assert "Canadian Council" not in names
    # a time or a place after "on" is no part of the name
    names = {a.name for a in extract("The Acme Council on Monday rejected the plan.").actors}
    assert "Acme Council" in names


def test_a_hyphenated_given_name_listed_with_a_person_is_a_person(extract):
    ex = extract(
        "The second round opposed Jean-Luc Varnier (XP) and Jacques Dorval, two candidates of the right."
    )
    assert [a.actor_type for a in ex.actors if a.name == "Jean-Luc Varnier"] == ["person"]


def test_a_name_set_beside_a_partys_word_is_no_person_in_any_mention():
    """On spans set by hand: a one-word name NER tagged a place where it stands in apposition to "party", and a
    person elsewhere, is a body in every mention."""
    from spacy.tokens import Span

    from newsroom.extract.actors.candidates import _no_person_names

    doc = load_nlp()(
        "Police arrested the leaders of the separatist party, Varnadu, on Friday. Varnadu was banned."
    )
    first, second = (t.i for t in doc if t.text == "Varnadu")
    spans = [Span(doc, first, first + 1, label="GPE"), Span(doc, second, second + 1, label="PERSON")]
    assert _no_person_names([(s, s) for s in spans]) == {("varnadu",): "ORG"}
    # a place beside a place's word gives no label here
    doc = load_nlp()("They met in the town, Varnadu, on Friday. Varnadu said it would help.")
    first, second = (t.i for t in doc if t.text == "Varnadu")
    spans = [Span(doc, first, first + 1, label="GPE"), Span(doc, second, second + 1, label="PERSON")]
    assert ("varnadu",) not in _no_person_names([(s, s) for s in spans])
