"""Unnamed sources of a statement or an act the coder used to leave without an actor: one unnamed person
("another witness", "one officer", "the militant" with no one named before), a body noun that can stand for no
named organisation ("the group said", "an Israeli group announced") but is not the country that has it
("Norway's biggest charity"), and "they" inside a speaker's own quoted words, which is never the speaker. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.coded_events import triples


def _events(ex):
    names = {a.entity_index: a.name for a in ex.actors}
    return [(e.cameo_code, names.get(e.actor1_entity)) for e in ex.events]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Another witness said that the crowd had scattered before the shots.", "witness"),
        ("One officer said that the march had been peaceful until the evening.", "officer"),
        ("A witness told reporters that the bus had been going too fast.", "witness"),
        ("The militant stated that the ferry would be released the next day.", "militant"),
    ],
)
def test_one_unnamed_person_speaks(extract, text, speaker):
    assert ("010", speaker) in _events(extract(text))


def test_the_person_named_before_is_not_a_new_speaker(extract):
    ex = extract("Jonas Varga reached the border on Monday. The militant stated that the ferry would sail.")
    assert not [a for a in ex.actors if a.name == "militant"]


@pytest.mark.parametrize(
    "text",
    [
        "The agreement also stated that the port will be split into three sectors.",
        "The commitment stated that the funds would be paid by June.",
    ],
)
def test_a_document_noun_is_no_unnamed_person(extract, text):
    assert not [a for a in extract(text).actors if a.actor_type == "group"]


@pytest.mark.parametrize(
    ("text", "code", "source"),
    [
        ("The group said that the new censorship rules were a step backwards.", "010", "group"),
        ("The organisation held a protest outside the ministry on Friday.", "141", "organisation"),
        ("An Irish group announced a boycott of the festival yesterday.", None, "Ireland group"),
    ],
)
def test_a_body_noun_with_no_named_organisation_acts(extract, text, code, source):
    events = _events(extract(text))
    assert any(name == source and (code is None or c == code) for c, name in events)


@pytest.mark.parametrize(
    "text",
    [
        "Norway's biggest charity criticised the new asylum rules on Tuesday.",
        "Members of Norway's civil society groups criticised the new asylum rules.",
        "Norway's largest aid organisations are refusing to cooperate with the ministry.",
    ],
)
def test_a_body_a_country_has_is_not_the_country(extract, text):
    assert "Norway" not in [name for _, name in _events(extract(text))]


def test_a_country_still_owns_its_acts_and_named_bodies(extract):
    ex = extract("Sweden rejected Norway's offer. Russia's Wagner group attacked the town of Bakhmut.")
    assert [e for e in triples(ex) if e[0] == "180"][0][1] == "Wagner Group"
    assert [e for e in triples(ex) if e[0].startswith("12")][0][2] == "Norway"
    # an organisation's own branch acts for it; only a place's bodies do not
    assert ("112", "Greenpeace", "Shell") in triples(
        extract("Greenpeace's Dutch group accused Shell of lying.")
    )


@pytest.mark.parametrize(
    "text",
    [
        # a named organisation, even one named after the noun, is the one meant
        "The network went off the air at midnight. Its owner, the Harlow Broadcasting Corporation, said the licence had lapsed.",
        "A group of farmers blocked the road near the border.",  # the farmers act
        "A militant group calling itself the Northern Front claimed the attack.",  # the name acts
        "A group said nothing about the vote.",  # no word says which group
    ],
)
def test_no_body_of_its_own(extract, text):
    ex = extract(text)
    assert not [a for a in ex.actors if a.name.split()[-1] in ("network", "group")]


@pytest.mark.parametrize(
    "text",
    [
        'A farmer said that "they burned our houses and beat us."',
        'Okafor said, "They are asking for money that nobody has."',
    ],
)
def test_they_in_a_speakers_own_words_is_not_the_speaker(extract, text):
    events = _events(extract(text))
    assert [c for c, _ in events] == ["010"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The volunteers claim that the shelter has been full since March.", "volunteers"),
        ("The economists think the currency will weaken before the vote.", "economists"),
    ],
)
def test_a_definite_plural_with_no_one_before_is_a_speaker_group(extract, text, speaker):
    assert ("010", speaker) in _events(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Marta Quill and Ivo Brandt run the shelter. The volunteers claim that it has been full since March.",
        "Norvia Air and Eastwind cut fares this week. The carriers said demand was weak.",
        "The two sides claimed that the talks had gone well.",  # the parties to something, named elsewhere
    ],
)
def test_a_definite_plural_after_names_or_of_parties_makes_no_group(extract, text):
    ex = extract(text)
    assert not [a for a in ex.actors if a.name in ("volunteers", "carriers", "sides")]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("A spokesman for the Kenyan police said the two suspects had been released.", "Kenya police"),
        ('"The line will reopen on Monday," said a spokeswoman for the ministry.', "ministry"),
        ('"The line will reopen on Monday," a Norvia Rail spokeswoman said.', "Norvia Rail"),
    ],
)
def test_an_unnamed_spokesperson_is_the_body_speaking(extract, text, body):
    ex = extract(text)
    names = {a.entity_index: a.name for a in ex.actors}
    assert ("010", body) in _events(ex)
    assert any(names.get(m.entity_index) == body and "spokes" in m.text for m in ex.mentions)
    assert all(names.get(q.speaker_entity) == body for q in ex.quotes)
    assert not [a for a in ex.actors if a.name in ("spokesman", "spokeswoman")]


def test_a_named_spokesperson_speaks_for_himself(extract):
    ex = extract("A spokesman for the ministry, Tomas Ekberg, said the talks would resume.")
    assert [name for code, name in _events(ex)] == ["Tomas Ekberg"]


def test_the_spokesperson_after_one_named_is_that_person(extract):
    ex = extract(
        "Ministry spokesman Tomas Ekberg said on Monday that talks would resume. "
        "The spokesman for the ministry added that no date had been set."
    )
    assert [name for code, name in _events(ex)] == ["Tomas Ekberg", "Tomas Ekberg"]
