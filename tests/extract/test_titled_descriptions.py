"""A definite description the article itself defined by titling one person with its words names that person,
whether or not the role lexicon knows the word."""

from __future__ import annotations

from tests.extract.coded_events import triples


def _speakers(ex, speaker) -> list[tuple[str | None, str | None]]:
    return [(speaker(ex, q), q.speaker_mention) for q in ex.quotes]


def test_a_title_before_a_name_defines_the_description(extract, speaker):
    ex = extract(
        "Lake County sheriff Dana Whitfield closed the bridge on Friday. "
        'Later that day, the sheriff said the water had risen "faster than anyone expected".'
    )
    assert ("Dana Whitfield", "the sheriff") in _speakers(ex, speaker)


def test_a_hyphened_title_and_a_title_across_a_comma(extract, speaker):
    ex = extract(
        "Governor-elect Marta Olsen named her cabinet on Monday. "
        '"These are people who know the state," the governor-elect said. '
        "The band met the novelist, Peter Haldane, in Oslo. "
        '"I wrote it in a week," the novelist said.'
    )
    assert _speakers(ex, speaker) == [
        ("Marta Olsen", "the governor-elect"),
        ("Peter Haldane", "the novelist"),
    ]


def test_an_untitled_person_just_named_may_be_the_one_meant(extract, speaker):
    """The club's first coach is titled; the one named in the sentence before, untitled, may be "the coach"."""
    ex = extract(
        "When coach Ray Dunmore left the club in 1994, the owners were relieved. "
        "The new system was built by Lyle Parrish, who cut the roster in half. "
        '"Half these players do not fit," the coach said.'
    )
    assert _speakers(ex, speaker)[-1] == (None, "the coach")


def test_a_title_two_people_share_names_neither(extract, speaker):
    ex = extract(
        "On Monday novelist Sarah Mitchell spoke in Leeds, and on Tuesday novelist James Carter spoke in York. "
        '"The book is done," the novelist said.'
    )
    assert _speakers(ex, speaker)[-1][0] is None


def test_a_relation_given_to_one_named_person_defines_the_description(extract, speaker):
    ex = extract(
        'The owner was Jerry Jones: his son Stephen runs the office. "He was not happy," the son says.'
    )
    assert [speaker(ex, q) for q in ex.quotes] == ["Stephen"]


def test_someone_untitled_named_since_in_the_paragraph_may_be_the_one_meant(extract, speaker):
    ex = extract(
        "Coach Jim Bell won three titles with the club.\n\n"
        "The new plan was drawn up by Bill Parcells, who insisted on it over a long winter of meetings. "
        "The players were told in March. The owners agreed in April. "
        '"Half of this is clutter," the coach said.'
    )
    assert _speakers(ex, speaker)[-1] == (None, "the coach")


def test_a_name_in_a_paragraph_before_does_not_hold_the_title_back(extract, speaker):
    """A related headline or a digression naming someone between the title and the description is not the one
    meant: the hold-back looks only within the description's paragraph. The actors' rule serves events too."""
    ex = extract(
        "Harbour skipper Dale Brenner closed the port on Sunday.\n\n"
        "Read more: Ann Fisher and Tom Greer sue over the pipeline\n\n"
        'In a statement that week, the skipper said protesters were acting like "evil agitators".'
    )
    names = {a.entity_index: a.name for a in ex.actors}
    assert {speaker(ex, q) for q in ex.quotes} == {"Dale Brenner"}
    assert [(names.get(e.actor1_entity), e.cameo_code) for e in ex.events] == [("Dale Brenner", "010")]


def test_a_plural_title_before_a_name_defines_the_singular_description(extract, speaker):
    """The words are compared as lemmas: "rival skippers Tom Hale and Raj Mehta" titles Hale "skipper"."""
    ex = extract(
        "When rival skippers Tom Hale and Raj Mehta decided no result was possible, the hosts had four overs left.\n\n"
        "The lead was a factor in Hale opting to bat on through the morning.\n\n"
        "The skipper said there was nothing to gain by setting a target."
    )
    assert _speakers(ex, speaker) == [("Tom Hale", "The skipper")]


def test_an_office_of_a_body_titling_a_name_is_the_holders(extract, speaker):
    """ "Leader of the Opposition Peter Walsh": the parser runs the name into the "of" phrase, yet the office
    ("Opposition Leader") is his, and the title's noun, the clause's subject, is no one else."""
    ex = extract(
        "Leader of the Opposition Peter Walsh said the budget was a failure. "
        "Bob Carr spoke to reporters on Monday. "
        "The opposition leader said the party would vote against it."
    )
    assert _speakers(ex, speaker) == [
        ("Peter Walsh", "Peter Walsh"),
        ("Peter Walsh", "The opposition leader"),
    ]


def test_an_office_addressed_by_honorific_is_its_one_holder(extract):
    """ "Mr. Speaker" in a quotation names the one person the article titled "Speaker"."""
    ex = extract(
        'Speaker Mike Johnson opened the session. Representative Jane Doe rose and said: "Thank you, Mr. Speaker."'
    )
    assert ("051", "Jane Doe", "Mike Johnson") in triples(ex)


def test_an_office_two_people_hold_is_nobody_addressed(extract):
    ex = extract(
        'President Ana Ruiz and President Tom Baker met on Monday. Jane Doe said: "Thank you, Mr. President."'
    )
    assert all(a2 is None for code, _, a2 in triples(ex) if code == "051")


def test_a_title_ner_ran_into_the_name_defines_the_description(extract, speaker):
    """ "Australian Treasurer Peter Dowling": NER takes the title the role lexicon lacks for part of the name, so
    the actor was "Treasurer Peter Dowling" and "the treasurer" nobody; the common nouns before the given name are
    the title, also when the description repeats them capitalised."""
    ex = extract(
        "Australian Treasurer Peter Dowling said on Monday that the budget was sound. "
        "The treasurer said the surplus would shrink next year. "
        '"There has not been enough investment in dams," said the Australian Treasurer.'
    )
    assert [a.name for a in ex.actors if a.actor_type == "person"] == ["Peter Dowling"]
    assert _speakers(ex, speaker) == [
        ("Peter Dowling", "Peter Dowling"),
        ("Peter Dowling", "The treasurer"),
        ("Peter Dowling", "the Australian Treasurer"),
    ]


def test_a_given_name_before_the_name_is_no_title(extract):
    """Only common nouns that are no given name are cut, before a given name and a capitalised word: "Grace Anne
    Porter" keeps her first name, "Nasser al-Hamid" his ("al" is a given name too)."""
    ex = extract("Grace Anne Porter met Nasser al-Hamid on Monday.")
    assert {a.name for a in ex.actors if a.actor_type == "person"} == {"Grace Anne Porter", "Nasser al-Hamid"}
