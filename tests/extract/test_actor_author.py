"""The author a title names ("Statement by …", "Letter from …") is the body's own "I", "my" (not a quoted
"I"), "we" of an organisation, and the government behind "my Administration"."""

from __future__ import annotations

from tests.extract.coded_events import triples


def test_the_titles_author_speaks_the_bodys_first_person(extract, speaker):
    ex = extract(
        "I want to thank the council for passing the budget with support from both parties. "
        'The mayor told reporters: "I will sign it tomorrow."',
        title="Statement by Governor Maria Delgado on the Budget",
    )
    said = {q.text: (speaker(ex, q), q.speaker_mention) for q in ex.quotes}
    assert said["thank the council for passing the budget with support from both parties"] == (
        "Maria Delgado",
        "I",
    )
    assert speaker(ex, next(q for q in ex.quotes if q.text.startswith("I will sign"))) != "Maria Delgado"


def test_no_author_without_a_title_of_the_genre(extract, speaker):
    ex = extract(
        "I want to thank the council for passing the budget with support from both parties.",
        title="Governor Maria Delgado on the Budget",
    )
    assert [speaker(ex, q) for q in ex.quotes] in ([], [None])


def test_we_of_an_organisation_is_the_organisation(extract):
    ex = extract(
        "We condemn the attack on the aid convoy near the border.",
        title="Statement from Amnesty International on the Convoy Attack",
    )
    assert [source for _, source, _ in triples(ex)] == ["Amnesty International"]


def test_my_government_is_the_authors_government(extract):
    ex = extract(
        "My Government will continue to support the people of Ukraine against Russia.",
        title="Statement by British Prime Minister Keir Starmer on Ukraine",
    )
    sources = {source for _, source, _ in triples(ex)}
    assert "Government of Russia" not in sources
    assert sources & {"Government of the United Kingdom", "Keir Starmer", "United Kingdom"}


def test_two_authors_leave_i_unresolved(extract, speaker):
    ex = extract(
        "I want to thank the council for passing the budget with support from both parties.",
        title="Statement of Governor Maria Delgado and Mayor Tom Reyes on the Budget",
    )
    assert [speaker(ex, q) for q in ex.quotes] in ([], [None])


def test_a_hyphenated_surname_is_the_whole_author(extract, speaker):
    ex = extract(
        "We are monitoring the storm closely. I want to strongly reiterate that federal help is on the way.",
        title="Statement from Press Secretary Maria Lopez-Garcia on the Storm",
    )
    assert [(speaker(ex, q), q.speaker_mention) for q in ex.quotes] == [("Maria Lopez-Garcia", "I")]


def test_a_persons_speaking_we_is_the_author(extract, speaker):
    body = "We have rebuilt the bridge in Lisbon. We call on Congress to pass the relief bill without delay."
    ex = extract(body, title="Statement by Governor Maria Delgado on the Storm")
    assert [(speaker(ex, q), q.speaker_mention) for q in ex.quotes] == [("Maria Delgado", "We")]
    # what "we" did is the side she speaks for, not she herself
    assert [m.start_char for m in ex.mentions if m.text == "We"] == [body.index("We call")]


def test_the_one_person_a_byline_names_signs_the_first_person(extract, speaker):
    ex = extract(
        "We call on both sides to release all detainees. I congratulate the people of Ruritania on the vote. "
        'A local official said: "I welcome the release."',
        byline="Jane Roe",
    )
    said = {q.text: speaker(ex, q) for q in ex.quotes}
    assert said["call on both sides to release all detainees"] == "Jane Roe"
    assert speaker(ex, next(q for q in ex.quotes if q.text.startswith("I welcome"))) != "Jane Roe"
    assert "Jane Roe" in {source for _, source, _ in triples(ex)}


def test_a_byline_signs_no_transcript_nor_two_authors(extract, speaker):
    turns = (
        "MS ROE: We call on both sides to release all detainees.\n\n"
        "QUESTION: I want to ask about the detainees.\n\nMS ROE: We urge restraint."
    )
    ex = extract(turns, byline="Jane Roe")
    assert "Jane Roe" not in {speaker(ex, q) for q in ex.quotes}
    ex = extract("We call on both sides to release all detainees.", byline="Jane Roe and John Doe")
    assert [speaker(ex, q) for q in ex.quotes] in ([], [None])


def test_a_byline_signs_no_feature_that_quotes_its_people(extract, speaker):
    ex = extract(
        '"Are you new?" a guard asks. "Yes," I say. "Where are you from?" he asks. '
        '"The coast," I say. "Nice," he says. "Good luck," she says. '
        "I ask him if the line is always this long.",
        byline="Jane Roe",
    )
    assert "Jane Roe" not in {speaker(ex, q) for q in ex.quotes}


def test_a_we_named_in_apposition_is_the_whole_group(extract, speaker):
    ex = extract(
        "We, the Nordic Council Ministers of Norway, Sweden, Denmark and Finland, condemn the missile launch. "
        "We call on all States to implement the sanctions."
    )
    said = {q.text: speaker(ex, q) for q in ex.quotes}
    assert said["call on all States to implement the sanctions"] == "Nordic Council Ministers"
