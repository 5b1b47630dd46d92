"""Statements (CAMEO root 01) the coder used to miss: a speaker NER left untagged, an opinion or assessment told by a
verb of cognition, and one statement per speaker when one is nested in another. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _events(ex):
    names = {a.entity_index: a.name for a in ex.actors}
    return [(e.cameo_code, names.get(e.actor1_entity)) for e in ex.events]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Hollister also said that the bridge would stay closed until the spring.", "Hollister"),
        ('"The water came up in minutes," said Okonjo.', "Okonjo"),
        # the tagger reads an unknown sentence-initial word as a common noun ("Fenwright": NN)
        ("Marwick went on to say that the council had ignored the warnings for years.", "Marwick"),
        ("Fenwright said he was too busy with the pension scandal to read the report.", "Fenwright"),
        # a function word capitalised only as the sentence's first word is no part of the name
        ("But Papadrakis said the bridge would stay closed until the spring.", "Papadrakis"),
        ("As Papadrakis said at the hearing, the bridge will stay closed until the spring.", "Papadrakis"),
    ],
)
def test_an_untagged_name_speaking_is_a_person(extract, text, speaker):
    ex = extract(text)
    assert ("010", speaker) in _events(ex)
    assert [a.actor_type for a in ex.actors if a.name == speaker] == ["person"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a particle written against the surname is part of the name
        (
            '"This is a historic day for the valley," Hanna Suad al-Marri, a teacher in the town, said.',
            "Hanna Suad al-Marri",
        ),
        # the subject of a verb a speech verb is joined to
        ("Marrowby has been a nurse for 19 years and says the ward is badly understaffed.", "Marrowby"),
        # the one a medium quotes, as its object or as the subject of "was quoted as saying"
        ('"The government has failed the farmers," the Daily Star quoted Halvorsen.', "Halvorsen"),
        ('"The government has failed the farmers," the agency quoted Brannigan.', "Brannigan"),
        (
            '"The patients were released on Friday," Okafor, a nurse at the clinic, was quoted as saying.',
            "Okafor",
        ),
    ],
)
def test_a_speaker_in_a_speakers_place_is_a_person_and_makes_the_statement(extract, text, speaker):
    ex = extract(text)
    assert _events(ex) == [("010", speaker)]
    assert [a.actor_type for a in ex.actors if a.name == speaker] == ["person"]


@pytest.mark.parametrize(
    "text",
    [
        "Research shows that the new drug works in older patients.",
        "The Commission said the tender would reopen in May.",
        "Evidence suggests that the fire started in the kitchen.",
    ],
)
def test_a_common_noun_or_a_determined_name_speaking_is_no_new_person(extract, text):
    assert not [a for a in extract(text).actors if a.actor_type == "person"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Senator Maria Oduya believes the tax cut will hurt small farmers.", "010"),
        ("Senator Maria Oduya fears that the tax cut will hurt small farmers.", "012"),
        ("Senator Maria Oduya hopes the tax cut will help small farmers.", "013"),
        ("Senator Maria Oduya rebutted that the tax cut had helped small farmers.", "010"),
    ],
)
def test_a_view_with_the_clause_it_holds_is_a_statement(extract, text, code):
    assert _events(extract(text)) == [(code, "Maria Oduya")]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Maria Oduya believes in hard work.",
        "Senator Maria Oduya hopes to win the seat.",
        "The farm bill, which Senator Maria Oduya hopes will pass, is due on Friday.",
    ],
)
def test_a_view_without_a_clause_or_inside_a_relative_clause_is_no_statement(extract, text):
    assert not [code for code, _ in _events(extract(text)) if code[:2] == "01"]


def test_one_statement_per_speaker(extract):
    assert _events(extract("Maria Oduya said she hopes the talks will resume in June.")) == [
        ("013", "Maria Oduya")
    ]
    assert _events(extract("Maria Oduya said she believes the talks will resume in June.")) == [
        ("010", "Maria Oduya")
    ]


def test_a_view_others_hold_under_a_statement_stays_the_speakers(extract):
    ex = extract("Health official Maria Oduya said many teenagers believed that vaping was harmless.")
    assert _events(ex) == [("010", "Maria Oduya")]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Proponents say the new voting system will be fairer to small parties.", "proponents"),
        ('"We ran out of food by noon," organizers said.', "organizers"),
        ("Investigators believe the fire was set deliberately.", "investigators"),
        # critics and opponents "of" an actor are not its people: the "of" names whom they oppose
        ("Critics of the government say the new tax will hurt small farmers.", "critics"),
        ("Opponents of the Halvorsen administration's tax plan say it will hurt small farmers.", "opponents"),
    ],
)
def test_unnamed_people_speaking_as_a_group_are_its_source(extract, text, group):
    ex = extract(text)
    assert [(code[:2], name) for code, name in _events(ex)] == [("01", group)]


def test_critics_of_a_country_are_not_its_people(extract):
    ex = extract("Critics of Norway say that Norway sells arms to the regime in Sudan.")
    assert [(a.name, a.country_code) for a in ex.actors if a.name.endswith("critics")] == [("critics", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Documents say the plan failed.",  # a thing, not people: "-ments"
        "Farida Osei and Ama Boateng run two clinics. The partners said the clinics would close.",  # pointing back
    ],
)
def test_no_speaker_group_for_things_or_people_named_before(extract, text):
    assert not [a for a in extract(text).actors if a.name in ("documents", "partners")]


@pytest.mark.parametrize(
    "text",
    [
        "The 14th Amendment states that all persons born here are citizens.",  # a numbered thing
        "Prime Minster of Lebanon Fouad Siniora also said the talks would go on.",  # a misspelt title: the name follows
    ],
)
def test_no_speaker_name_from_a_numbered_thing_or_a_title(extract, text):
    assert not [a for a in extract(text).actors if a.name in ("Amendment", "Minster")]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        # plural subjects of saying with no agent ending: people by grammar unless they name a thing
        ("Bystanders say the van mounted the pavement before it stopped.", "bystanders"),
        ("Skeptics believe the reform will cost more than it saves.", "skeptics"),
        ("Clinic sources say the patient died during the night.", "clinic sources"),
        ('"The road has been shut since dawn," a source at the border post said.', "source"),
    ],
)
def test_unnamed_speakers_by_grammar_are_their_source(extract, text, group):
    ex = extract(text)
    assert [code[:2] for code, _ in _events(ex)] == ["01"]
    assert any(name.endswith(group) for _, name in _events(ex))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Polls suggest the ruling party will lose its majority.", "polls"),
        ("Reports say the convoy was delayed at the border.", "reports"),
        ("A Kenyan government source said the talks would resume in May.", "source"),  # the government speaks
        ("A nurse named Otieno said the ward was full.", "nurse"),  # the named person speaks
    ],
)
def test_no_unnamed_speaker_for_things_bodies_or_named_people(extract, text, speaker):
    assert not [a for a in extract(text).actors if a.name.endswith(speaker)]


def test_a_role_no_one_holds_speaks_itself(extract):
    ex = extract("The finance minister said the budget would be balanced by next year.")
    assert [(code[:2], name) for code, name in _events(ex)] == [("01", "finance minister")]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Both delegations agreed that the meeting had been useful.", "010"),  # a view stated, no intent
        (
            "The two leaders agreed that their troops would withdraw from the border.",
            "0356",
        ),  # what it reports
    ],
)
def test_agreeing_that_is_a_view_stated_unless_it_reports_an_event(extract, text, code):
    assert [c for c, _ in _events(extract(text))] == [code]


def test_who_is_quoted_as_saying_speaks(extract):
    ex = extract("Mayor Anna Keller was quoted as saying the bridge would reopen in June.")
    assert [(code[:2], name) for code, name in _events(ex)] == [("01", "Anna Keller")]


def test_a_resident_or_veteran_does_not_speak_for_the_place_named_with_them(extract):
    """ "a Brooklyn resident told", "a resident of Brooklyn told", "veterans of the Gulf war revealed": the people
    speak, not the place or war named with them; "Kenyan residents said" stays a group of people."""
    for text in (
        "A 30-year-old Brooklyn resident told reporters the police had arrived late.",
        "A resident of Brooklyn told reporters the police had arrived late.",
        "Kenyan veterans of the 1990s border war revealed accounts of the fighting.",
    ):
        assert [name for _, name in _events(extract(text)) if name in ("Brooklyn", "Kenya")] == [], text
    assert ("010", "Kenya civilians") in _events(extract("Kenyan residents said prices had doubled."))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the name taken as an apposition of the noun before it
        (
            "Although the bill is likely to pass with opposition support, Margaret Hale, Leader of the House, "
            "has announced that the vote will be held on Tuesday.",
            "Margaret Hale",
        ),
        # the name hung on the noun before it
        (
            "Speaking about the drought in the north, Sarah Kamau, head of the national weather service, claimed that "
            "the rains would last another month.",
            "Sarah Kamau",
        ),
        # the inverted speaker taken as an object, her title first (not the minister named before)
        (
            "Interior Minister John Otieno visited the scene. The bomb was hidden in a truck at the market, stated "
            "Minister of Information Sarah Kamau, and was found by police.",
            "Sarah Kamau",
        ),
        # the participle before the name taken as the subject
        (
            "Announcing an appeal to the High Court, Peter Omondi, director of the farmers' union, said the "
            "ruling ignored the evidence.",
            "Peter Omondi",
        ),
    ],
)
def test_a_speaker_the_parser_hung_elsewhere_is_the_source(extract, text, speaker):
    assert ("010", speaker) in _events(extract(text))


def test_an_inverted_speaker_is_no_target_of_her_own_statement(extract):
    ex = extract('"A lot of people think that," said a protester using the pseudonym Sarah.')
    assert [(e.cameo_code, e.actor2_entity) for e in ex.events] == [("010", None)]


# A statement's target is whom it was said to: what it was about, and whose position it states, is no party.
@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Anna Berg reiterated the German government's position on the border dispute.",
        "Foreign Minister Anna Berg reiterated Germany's commitment to the talks on Tuesday.",
        "The Federal Trade Commission announced settlements in several repair cases on Monday.",
    ],
)
def test_what_a_statement_says_is_not_its_target(extract, text):
    ex = extract(text)
    names = {a.entity_index: a.name for a in ex.actors}
    assert [names.get(e.actor2_entity) for e in ex.events if e.cameo_code == "010"] == [None]


def test_whom_a_statement_is_told_to_is_its_target(extract):
    ex = extract("Foreign Minister Anna Berg told the German ambassador that the border would stay open.")
    names = {a.entity_index: a.name for a in ex.actors}
    assert [names.get(e.actor2_entity) for e in ex.events if e.cameo_code == "010"] == [
        "Government of Germany"
    ]


@pytest.mark.parametrize(
    "text",
    [
        'Senator Maria Oduya wrote: "The tax cut will hurt small farmers."',
        "Senator Maria Oduya wrote that the tax cut would hurt small farmers.",
        '"The tax cut will hurt small farmers," Senator Maria Oduya wrote.',
        "Senator Maria Oduya wrote a letter to the finance committee.",
        "The articles that Senator Maria Oduya wrote were read widely.",
        '"The tax cut will hurt small farmers," Senator Maria Oduya continued.',
        "Senator Maria Oduya continued that the tax cut would hurt small farmers.",
        '"At least the cows will be happy," Senator Maria Oduya joked.',
        "Senator Maria Oduya outlined her plan for the farms.",
        "Senator Maria Oduya alluded to the crisis on the farms.",
        "Senator Maria Oduya articulated a case for lower taxes.",
        'Senator Maria Oduya summarised the year as "a hard one for farmers".',
    ],
)
def test_what_is_written_or_said_on_is_a_statement(extract, text):
    assert _events(extract(text)) == [("010", "Maria Oduya")]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Maria Oduya wrote a book about small farmers.",
        "Senator Maria Oduya wrote the songs for the harvest festival.",
        "Senator Maria Oduya continued her tour of the farms in the north.",
        "The ministry, we believe, continues to block the aid convoys to Amsa.",
    ],
)
def test_writing_or_going_on_with_no_clause_is_no_statement(extract, text):
    assert not [code for code, _ in _events(extract(text)) if code[:2] == "01"]


def test_what_a_speaker_goes_on_to_say_is_reported_as_said(extract):
    ex = extract("Senator Maria Oduya continued that the rebels had attacked the village of Amsa.")
    roots = [code[:2] for code, _ in _events(ex)]
    assert roots and "01" not in roots  # the attack, as "said that the rebels had attacked" codes it


def test_a_quotation_a_speaker_goes_on_with_is_read_as_said(extract):
    ex = extract('"We will attack the rebels in Amsa," Senator Maria Oduya continued.')
    assert [code[:2] for code, _ in _events(ex)] == ["13"]  # as '"We will attack …," she said': a threat


def test_a_role_run_on_into_a_name_speaks_as_that_person(extract):
    """ "The executive director of the X Society Tom Nixon said": Nixon states it, not the director named before."""
    ex = extract(
        "Jane Doe, executive director of Acme Care, said many agencies would not sign up. The executive director "
        "of the Brotherhood of Saint Albans Tom Nixon said the policy was unjust."
    )
    assert [source for _, source in _events(ex)] == ["Jane Doe", "Tom Nixon"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Councillor Brenda Halvorsen called the decision "a pity".', "Brenda Halvorsen"),
        ('Halvorsen declared the meeting "a first step in talks between the two councils."', "Halvorsen"),
    ],
)
def test_a_quotation_with_nothing_else_coded_is_its_speakers_statement(extract, text, speaker):
    """The quote extractor names the speaker, the coder builds no event of the words: the quotation is a 010."""
    assert _events(extract(text)) == [("010", speaker)]


@pytest.mark.parametrize(
    "text",
    [
        'Councillor Brenda Halvorsen did not say, "We will win."',  # negated
        'Ashcroft accused the council of "wasting everyone\'s time".',  # the verb is another act (11)
        'Councillor Brenda Halvorsen signed the "Clean Rivers Pledge" on Monday.',  # a name in quotation marks
        'The council is backing what Councillor Brenda Halvorsen calls a "clean rivers pledge".',  # naming a thing
        "Councillor Brenda Halvorsen calls the decision 'a pity'",  # a subheading: no closing stop
        '"Crowds of people gathered at the street corners, admiring the sky," observed the Tallahassee Gazette.',
        # only to come; a noun cue whose sentence's act (a dismissal) is another's
        'At the hearing, Councillor Brenda Halvorsen will describe the bridge as "a danger to every family".',
        'The judge dismissed Councillor Brenda Halvorsen\'s argument that the bridge was "a danger to every family".',
    ],
)
def test_a_quotation_is_no_statement_when_its_verb_says_otherwise(extract, text):
    assert not [code for code, _ in _events(extract(text)) if code == "010"]


def test_a_quotation_running_on_is_one_statement_where_it_is_cued(extract):
    ex = extract(
        'Councillor Brenda Halvorsen called the decision "a pity. It is a sad day for the town and its people."'
    )
    assert [(e.cameo_code, e.sentence_index) for e in ex.events if e.cameo_code == "010"] == [("010", 0)]
