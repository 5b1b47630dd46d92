"""Quote extraction and attribution on invented sentences, plus the sample articles against their gold floors."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from newsroom.extract.quotes import find_quote_spans  # noqa: E402

# body, title, expected [(kind, text, speaker canonical name, cue, in_headline)]
CASES = [
    (
        "“We will appeal the ruling,” said Maria Lopez, the lawyer for the family.",
        None,
        [("direct", "We will appeal the ruling,", "Maria Lopez", "said", False)],
    ),
    (
        "Finance Minister Karl Berger presented the budget on Tuesday.\n\n“The economy is recovering,” the finance minister said.",
        None,
        [("direct", "The economy is recovering,", "Karl Berger", "said", False)],
    ),
    (
        "The health minister, Aiko Tanaka, told parliament: “Hospitals are ready.”",
        None,
        [("direct", "Hospitals are ready.", "Aiko Tanaka", "told", False)],
    ),
    (
        "Governor Ruth Adams visited the flooded town.\n\n“We will rebuild every house,” she said.",
        None,
        [("direct", "We will rebuild every house,", "Ruth Adams", "said", False)],
    ),
    (
        "General Omar Haddad inspected the troops on Sunday.\n\n“We are ready,” he said, “and we will not back down.”",
        None,
        [
            ("direct", "We are ready,", "Omar Haddad", "said", False),
            ("direct", "and we will not back down.", "Omar Haddad", "said", False),
        ],
    ),
    (
        "Opposition leader Tomas Novak called the plan “a disaster for farmers.”",
        None,
        [("partial", "a disaster for farmers.", "Tomas Novak", "called", False)],
    ),
    (
        "The central bank governor, Lena Fischer, said that inflation would fall next year.",
        None,
        [("indirect", "inflation would fall next year", "Lena Fischer", "said", False)],
    ),
    (
        "According to the World Health Organization, cases rose by 20 percent last month.",
        None,
        [
            (
                "indirect",
                "cases rose by 20 percent last month",
                "World Health Organization",
                "according to",
                False,
            )
        ],
    ),
    (
        "Mayor Paul Kim told reporters the bridge would reopen in May.",
        None,
        [("indirect", "the bridge would reopen in May", "Paul Kim", "told", False)],
    ),
    (
        "Prime Minister Anna Kowalski defended the reform in parliament.\n\n“It is necessary,” she said.\n\n“We cannot wait any longer.”",
        None,
        [
            ("direct", "It is necessary,", "Anna Kowalski", "said", False),
            ("direct", "We cannot wait any longer.", "Anna Kowalski", None, False),
        ],
    ),
    (
        "“Sanctions will not work,” Moscow said on Friday.",
        None,
        [("direct", "Sanctions will not work,", "Government of Russia", "said", False)],
    ),
    (
        "Finance Minister John Carter ruled out new taxes on Monday.",
        "We will not raise taxes: Finance Minister",
        [("direct", "We will not raise taxes", "John Carter", None, True)],
    ),
    # a headline fragment is not a speaker: whose remarks they are speaks
    (
        "Senator Ruth Adams spoke in Ohio on Monday.",
        "Ruth Adams's Remarks: 'We will fight for every vote'",
        [("direct", "We will fight for every vote", "Ruth Adams", None, True)],
    ),
    # a title and its subtitle: no one the article names speaks
    (
        "The city's old shelters were closed decades ago.",
        "Bunker Boogie: The City's Shelters Are Gone For Good",
        [],
    ),
    (
        "President Samuel Okoro addressed the nation on Sunday.",
        "President vows ‘no retreat’ on reforms",
        [("partial", "no retreat", "Samuel Okoro", None, True)],
    ),
    (
        'Senator Mark Ellis said: "The vote was rigged."',
        None,
        [("direct", "The vote was rigged.", "Mark Ellis", "said", False)],
    ),
    (
        "Brazilian Foreign Minister Carlos Silva arrived in Lima.\n\n“Trade must grow,” the top Brazilian diplomat said.",
        None,
        [("direct", "Trade must grow,", "Carlos Silva", "said", False)],
    ),
    (
        "State media quoted President Li Wei as saying, “The talks were productive.”",
        None,
        [("direct", "The talks were productive.", "Li Wei", "saying", False)],
    ),
    (
        "The judge, Helen Mwangi, warned that the trial could be delayed.",
        None,
        [("indirect", "the trial could be delayed", "Helen Mwangi", "warned", False)],
    ),
    (
        "Chief executive Sara Lind denied that the company had misled investors.",
        None,
        [("indirect", "the company had misled investors", "Sara Lind", "denied", False)],
    ),
    (
        "“The first part of the statement is here.\n\n“And the second part follows,” the spokeswoman, Ines Duarte, said.",
        None,
        [
            ("direct", "The first part of the statement is here.", "Ines Duarte", "said", False),
            ("direct", "And the second part follows,", "Ines Duarte", "said", False),
        ],
    ),
    # a quotation over several paragraphs, only the last closing: one quote per paragraph, one speaker
    (
        "Councillor Rosa Ferreira said: “The budget is late again.\n\n“Every week of delay costs the schools.\n\n"
        "“We will vote against it.”\n\nThe council meets on Friday.",
        None,
        [
            ("direct", "The budget is late again.", "Rosa Ferreira", "said", False),
            ("direct", "Every week of delay costs the schools.", "Rosa Ferreira", None, False),
            ("direct", "We will vote against it.", "Rosa Ferreira", None, False),
        ],
    ),
    # a quotation closing without its comma before a bare report
    (
        "“We have no plan to merge the two parties, we never had one and we will not start now” Mr Okafor told "
        "the local radio.",
        None,
        [
            (
                "direct",
                "We have no plan to merge the two parties, we never had one and we will not start now",
                "Okafor",
                "told",
                False,
            )
        ],
    ),
    (
        "Kenyan police said the suspects had been arrested.",
        None,
        [("indirect", "the suspects had been arrested", "Kenya police", "said", False)],
    ),
    (
        "“We are not alone,” Maria Lopez said. “This is a turning point,” reported the Daily Herald.",
        None,
        [
            ("direct", "We are not alone,", "Maria Lopez", "said", False),
            ("direct", "This is a turning point,", "Maria Lopez", None, False),
        ],
    ),
    (
        "“The numbers speak for themselves,” Health Secretary Paul Grant told the BBC.",
        None,
        [("direct", "The numbers speak for themselves,", "Paul Grant", "told", False)],
    ),
    (
        "Union leader Kim Soo-jin urged workers to stay calm.",
        None,
        [("indirect", "urged workers to stay calm", "Kim Soo-jin", "urged", False)],
    ),
    # a report that runs into a quotation: the unquoted clause is indirect, the quoted words partial
    (
        "Army spokesman General Ana Ruiz told AFP the army would respect the truce “as long as the rebels do.”",
        None,
        [
            (
                "indirect",
                "the army would respect the truce “as long as the rebels do.”",
                "Ana Ruiz",
                "told",
                False,
            ),
            ("partial", "as long as the rebels do.", "Ana Ruiz", "told", False),
        ],
    ),
    # "said that A and that B": one report, as news annotators read it
    (
        "Minister Rosa Lima said that the government opposed the bill and that the president would veto it.",
        None,
        [
            (
                "indirect",
                "the government opposed the bill and that the president would veto it",
                "Rosa Lima",
                "said",
                False,
            ),
        ],
    ),
    (
        "The union told reporters that talks had collapsed on Friday, and that a strike would begin next week.",
        None,
        [
            (
                "indirect",
                "talks had collapsed on Friday, and that a strike would begin next week",
                "union",
                "told",
                False,
            ),
        ],
    ),
    # a "that" clause opening on a quotation is a quote of its own; the next "that" conjunct is the report
    (
        "The mayor responded that she had no quarrel with the council, noting that “the council works hard for "
        "this city”, and that the new budget had been approved by the auditors.",
        None,
        [
            ("indirect", "she had no quarrel with the council", "mayor", "responded", False),
            ("partial", "the council works hard for this city", "mayor", "noting", False),
            ("indirect", "the new budget had been approved by the auditors", "mayor", "noting", False),
        ],
    ),
    # the quotation is the report's object: without it nothing is reported
    (
        "Minister Rosa Lima said the truce was “fragile but holding.”",
        None,
        [("partial", "fragile but holding.", "Rosa Lima", "said", False)],
    ),
    # a subject of several words whose "be" predicate is a short quotation: a report holding it
    (
        "Defence Minister Rosa Lima said the new border patrols were “a clear success.”",
        None,
        [
            ("indirect", "the new border patrols were “a clear success.”", "Rosa Lima", "said", False),
            ("partial", "a clear success.", "Rosa Lima", "said", False),
        ],
    ),
    # a finding of a court or an inquiry is a report
    (
        "The appeals court concluded the ban on street protests had violated the constitution.",
        None,
        [
            (
                "indirect",
                "the ban on street protests had violated the constitution",
                "judiciary",  # the actor layer's name for an unnamed court
                "concluded",
                False,
            )
        ],
    ),
    # ... but not a quotation running on past the report, which would be cut mid-way
    (
        "Rosa Lima testified that she had told the minister “the border patrols are failing badly and everyone knows.”",
        None,
        [
            (
                "indirect",
                "she had told the minister “the border patrols are failing badly and everyone knows.”",
                "Rosa Lima",
                "testified",
                False,
            ),
            (
                "direct",  # a quoted clause said outright
                "the border patrols are failing badly and everyone knows.",
                "Rosa Lima",
                "told",
                False,
            ),
        ],
    ),
    (
        "According to a statement from the United Nations, more than 2,000 people have fled the fighting.",
        None,
        [
            (
                "indirect",
                "more than 2,000 people have fled the fighting",
                "United Nations",
                "according to",
                False,
            )
        ],
    ),
    (
        "The report, published on Monday by Human Rights Watch, said security forces had used excessive force.",
        None,
        [("indirect", "security forces had used excessive force", "Human Rights Watch", "said", False)],
    ),
    (
        "Minister Rosa Lima said she was “deeply concerned” and that the government would act.",
        None,
        [
            (
                "indirect",
                "she was “deeply concerned” and that the government would act",
                "Rosa Lima",
                "said",
                False,
            ),
            ("partial", "deeply concerned", "Rosa Lima", "said", False),
        ],
    ),
    # reported speech without "that", which the parser hangs on the verb as an object
    (
        "Police spokesman Adam Brook said Carter required surgery.",
        None,
        [("indirect", "Carter required surgery", "Adam Brook", "said", False)],
    ),
    (
        "Diplomat Rachel Stone left the country on Friday. She informed police she had diplomatic immunity.",
        None,
        [("indirect", "she had diplomatic immunity", "Rachel Stone", "informed", False)],
    ),
    # a parenthetical cue: the adverbial before it is not the report, a subject is
    (
        "In between, she testified, she was gang raped by two men.",
        None,
        [("indirect", "she was gang raped by two men", None, "testified", False)],
    ),
    # a medium reporting is a report; one that relays a named source gives the source's report
    (
        "The Daily Herald reported the mayor had resigned.",
        None,
        [("indirect", "the mayor had resigned", "Daily Herald", "reported", False)],
    ),
    (
        "Reuters reported an unnamed source said the ban was temporary.",
        None,
        # the medium relays; the unnamed source speaks, a group actor of its own (actors/speakers.py)
        [("indirect", "the ban was temporary", "unnamed source", "said", False)],
    ),
    # the name in a subject phrase speaks, not the title or the possessor
    (
        "The minister's spokesperson, Ivo Brandt, said the talks had stalled.",
        None,
        [("indirect", "the talks had stalled", "Ivo Brandt", "said", False)],
    ),
    (
        "Chad's president Idriss Kamara said, “We are ready.”",
        None,
        [("direct", "We are ready.", "Idriss Kamara", "said", False)],
    ),
    (
        "A member of the city council, Laura Penn, said the budget was balanced.",
        None,
        [("indirect", "the budget was balanced", "Laura Penn", "said", False)],
    ),
    (
        "The senator's wife said the family was relieved.",
        None,
        [("indirect", "the family was relieved", None, "said", False)],
    ),
    # a quotation after a colon belongs to the clause's subject; one ending in "!" to the cue right after it
    (
        "Opposition leader Tom Hale turned to the crowd: “It is a disaster.”",
        None,
        [("direct", "It is a disaster.", "Tom Hale", None, False)],
    ),
    (
        "“Stop the war!” Tom Hale told the crowd.",
        None,
        [("direct", "Stop the war!", "Tom Hale", "told", False)],
    ),
    (
        "“We will stay,” said a protester holding a flag.",
        None,
        [
            ("direct", "We will stay,", "protester", "said", False)
        ],  # an unnamed person: the phrase's own actor
    ),
    # a main verb the parser left without a subject: the person named before it in its clause
    (
        "Calling it “a stunt”, Olga Varga of the charity Open Doors told Reuters “the apology came too late.”",
        None,
        [
            ("partial", "a stunt", "Olga Varga", "Calling", False),
            ("direct", "the apology came too late.", "Olga Varga", "told", False),
        ],
    ),
    # a quotation standing alone right after a reporting verb is that speaker's, not the last quoted one's
    (
        "Senator Ana Ruiz wrote on Twitter, “Leaving them is a mistake.” Brett Ellis, a former envoy, also criticized the decision. “The statement shows no understanding.”",
        None,
        [
            ("direct", "Leaving them is a mistake.", "Ana Ruiz", "wrote", False),
            ("direct", "The statement shows no understanding.", "Brett Ellis", None, False),
        ],
    ),
    # a report introduced by a colon runs over its sentences, to the next reporting verb
    (
        "Minister Rosa Lima told reporters on Friday: the plan will fail. It will cost jobs. Critics said the plan was sound.",
        None,
        [
            ("indirect", "the plan will fail. It will cost jobs", "Rosa Lima", "told", False),
            ("indirect", "the plan was sound", "critics", "said", False),
        ],
    ),
    # a pronoun speaking right after someone else spoke is that speaker; "she" is never a man
    (
        "Lawyer Mark Dunn spoke first. The head of the inquiry told the court “Basic checks were not done.” She also said “We were called late.”",
        None,
        [
            ("direct", "Basic checks were not done.", None, "told", False),
            ("direct", "We were called late.", None, "said", False),
        ],
    ),
    (
        "Harry Brown met Anne Lowell on Monday. She said the talks had gone well.",
        None,
        [("indirect", "the talks had gone well", "Anne Lowell", "said", False)],
    ),
    # the report stops at the speaker's next act, and at a semicolon
    (
        "Senator Amy Flynn said there was a lack of transparency and urged the crowd to stay.",
        None,
        [
            ("indirect", "there was a lack of transparency", "Amy Flynn", "said", False),
            ("indirect", "urged the crowd to stay", "Amy Flynn", "urged", False),
        ],
    ),
    (
        "Lawyer Jorge Pereira claimed the deal was legal; Martin denied the charge.",
        None,
        [("indirect", "the deal was legal", "Jorge Pereira", "claimed", False)],
    ),
    # an act on a thing reports no content; one with a clause of its own does
    ("The caucus leader rejected the criticism and condemned the response.", None, []),
    (
        "The opposition accused the commission of doctoring results.",
        None,
        [("indirect", "accused the commission of doctoring results", "opposition", "accused", False)],
    ),
    # "they" is not a country named in passing
    (
        "Foreign ministers Sami Aziz and Nikos Pappas met in Cairo to discuss Turkey. They concluded that the deal was “null and void”.",
        None,
        [("partial", "null and void", None, "concluded", False)],
    ),
    (
        "Funding would come from elsewhere: potentially, according to Al Jazeera, $3 billion from the defence budget.",
        None,
        [("indirect", "$3 billion from the defence budget", "Al Jazeera", "according to", False)],
    ),
    # "according to X" on another speaker's report: that speaker's report only, not X's copy of it
    (
        "According to the local newspaper, the mayor Karen Holt said the bridge would reopen in March.",
        None,
        [("indirect", "the bridge would reopen in March", "Karen Holt", "said", False)],
    ),
    # a headline's scare-quoted word is said by no one; a quoted clause is someone's words
    (
        "The regulator fined the bank on Monday.",
        "Bank 'misled' savers over fees",
        [],
    ),
    (
        "The singer Ana Ruiz spoke to fans on Monday.",
        "Ana Ruiz on Her Long Tour and the Fans Who Waited: 'I Sang Every Night and Didn't Miss a Show!'",
        [("partial", "I Sang Every Night and Didn't Miss a Show!", None, None, True)],
    ),
    # a passive subject shared across "and", a report hung past the verb's object, a promise's to-clause, a denial in the negative
    (
        "The attacker is reported to have jumped on stage and claimed he was wrongfully imprisoned.",
        None,
        [("indirect", "he was wrongfully imprisoned", "gunmen", "claimed", False)],
    ),
    (
        "On Friday the government announced the new region, to be called Tarasa, would govern itself from 2030.",
        None,
        [
            (
                "indirect",
                "the new region, to be called Tarasa, would govern itself from 2030",
                "government",
                "announced",
                False,
            )
        ],
    ),
    (
        "Defence Minister Arno Falk pledged to rebuild every damaged school by next year.",
        None,
        [("indirect", "to rebuild every damaged school by next year", "Arno Falk", "pledged", False)],
    ),
    ("Prince Karim Aziz did not say he had ordered the raid.", None, []),
    # a speech act someone was asked to make is not made: only the asking is reported
    (
        "Mayor Ida Brenner urged the police chief to announce that the bridge would reopen.",
        None,
        [
            (
                "indirect",
                "urged the police chief to announce that the bridge would reopen",
                "Ida Brenner",
                "urged",
                False,
            )
        ],
    ),
    # a negation shared by a joined verb, a subject that is no one, a "when" clause: nothing is reported
    ("The ministry did not say whether the dam would open or confirm that repairs had begun.", None, []),
    ("The audit does not state when the mayor was told or explain what was done to warn her.", None, []),
    ("Nobody claimed that the ballots had been burned.", None, []),
    ("Few would argue that the old council had no part in the collapse.", None, []),
    ("Not a single delegate said the treaty had failed.", None, []),
    (
        "“Nobody reads those reports,” the senator scoffed. “We will look at every option,” Mayor Ida Brenner advised.",
        None,
        [
            ("direct", "Nobody reads those reports,", "senator", "scoffed", False),
            ("direct", "We will look at every option,", "Ida Brenner", "advised", False),
        ],
    ),
    (
        "Staff have fixed some of the faults, according to the audit, which was dated May 4 and signed by two officials.",
        None,
        [("indirect", "Staff have fixed some of the faults", None, "according to", False)],
    ),
    (
        "The report claims that Ortiz did not speak about other donors, and did not tell Mr. Dunn he was unsure about the loan.",
        None,
        [
            (
                "indirect",
                "Ortiz did not speak about other donors, and did not tell Mr. Dunn he was unsure about the loan",
                None,
                "claims",
                False,
            )
        ],
    ),
    (
        "A few farmers said the river had been dry for weeks.",
        None,
        [("indirect", "the river had been dry for weeks", "farmers", "said", False)],
    ),
    (
        "“Prices kept rising every month,” her neighbour Paula Reyes told me when I was writing the report.",
        None,
        [("direct", "Prices kept rising every month,", "Paula Reyes", "told", False)],
    ),
    ("He named the offensive “Operation Silver Dawn” on Tuesday.", None, []),
    ("The so-called “green corridor” opened on Monday.", None, []),
    ("The country’s leaders’ decision was final.", None, []),
    # a thing is not a speaker: the source behind data, projections, a theory, or the whole a part belongs to
    (
        "The outbreak spread. According to data from the Pan-Pacific Health Agency, there were 4 million cases in 2019.",
        None,
        [
            (
                "indirect",
                "there were 4 million cases in 2019",
                "Pan-Pacific Health Agency",
                "according to",
                False,
            )
        ],
    ),
    (
        "Part of the court order that was not overturned declared that ballots would be counted on Monday.",
        None,
        [("indirect", "ballots would be counted on Monday", "judiciary", "declared", False)],
    ),
    (
        "Governor Ann Lee spoke on Monday. She also promoted a conspiracy theory suggesting the mayor was involved in the fraud.",
        None,
        [("indirect", "the mayor was involved in the fraud", "Ann Lee", "suggesting", False)],
    ),
    # "opine" reports like "say"
    (
        "“The law is void”, Judge Ann Lee opines, “and it will fall.”",
        None,
        [
            ("direct", "The law is void", "Ann Lee", "opines", False),
            ("direct", "and it will fall.", "Ann Lee", "opines", False),
        ],
    ),
    # "he" with no named main-clause subject just before: the one person the previous sentence refers to, and a
    # second "he" of the sentence is the first one, not a name inside a clause between them
    (
        "Senator Paul Grant opened the hearing. The panel also heard Tom Reyes. For Reyes, it does not matter much. "
        "While he believes Carter is wrong, he says the courts will not act.",
        None,
        [("indirect", "the courts will not act", "Tom Reyes", "says", False)],
    ),
    (
        "Mr Grant founded the firm in 1997. He advises Governor Tom Reyes. He says the plan will fail.",
        None,
        [("indirect", "the plan will fail", "Grant", "says", False)],
    ),
    # a passive report is not said by whom the sentence is about: by the medium it names, else by nobody named
    (
        "Mayor Ann Lee spoke. She found it odd she was called a “radical” in one newspaper.",
        None,
        [("partial", "radical", None, "called", False)],
    ),
    (
        "By 1990 the province had a strong economy and, according to the Daily Mirror, was called the “garden” of the north.",
        None,
        [
            ("indirect", "was called the “garden” of the north", "Daily Mirror", "according to", False),
            ("partial", "garden", "Daily Mirror", "called", False),
        ],
    ),
    # a hashtag is what a message carries, not who speaks
    (
        "The vote was delayed. The hashtag #JusticeForAnna went viral on Twitter, suggesting users were angry.",
        None,
        [("indirect", "users were angry", None, "suggesting", False)],
    ),
    # quoted nouns or words labelling a noun name a kind of thing, even inside a report; a quoted adjective there
    # is the speaker's judgement
    (
        "The electoral commission announced that it was reviewing an unusually large number of “yes” votes in two "
        "provinces.",
        None,
        [
            (
                "indirect",
                "it was reviewing an unusually large number of “yes” votes in two provinces",
                "electoral commission",
                "announced",
                False,
            )
        ],
    ),
    (
        "Senator Jane Miller said the firms that sell “low tar” cigarettes had misled smokers for decades.",
        None,
        [
            (
                "indirect",
                "the firms that sell “low tar” cigarettes had misled smokers for decades",
                "Jane Miller",
                "said",
                False,
            )
        ],
    ),
    (
        "Mayor Ruth Adams said on the city’s weekly morning radio programme “The harbour plan is finished. We will not pay "
        "for it again.”",
        None,
        [
            (
                "direct",
                "The harbour plan is finished. We will not pay for it again.",
                "Ruth Adams",
                "said",
                False,
            )
        ],
    ),
    (
        "The council said the project grew out of the Northern Water Scheme, also called “the pipe”, which "
        "began in 1990.",
        None,
        [
            (
                "indirect",
                "the project grew out of the Northern Water Scheme, also called “the pipe”",
                "council",
                "said",
                False,
            )
        ],
    ),
    (
        "Police said the group had planned to build a “dirty” bomb. A dirty bomb spreads radioactive dust "
        "over a wide area.",
        None,
        [
            (
                "indirect",
                "the group had planned to build a “dirty” bomb",
                "police",
                "said",
                False,
            )
        ],
    ),
    (
        "Senator Jane Miller said the firms had made “deeply misleading” claims for decades.",
        None,
        [
            (
                "indirect",
                "the firms had made “deeply misleading” claims for decades",
                "Jane Miller",
                "said",
                False,
            ),
            ("partial", "deeply misleading", "Jane Miller", "said", False),
        ],
    ),
    (
        "Governor Tom Baker called the shooting “an attack on our democracy”.",
        None,
        [("partial", "an attack on our democracy", "Tom Baker", "called", False)],
    ),
    # "exclaimed" reports like "said", so the quotation is not left to the last-named person
    (
        "As Governor Paul Grant tried to interrupt, Mayor Ann Lee exclaimed, “Governor, I am speaking.”",
        None,
        [("direct", "Governor, I am speaking.", "Ann Lee", "exclaimed", False)],
    ),
    # a press conference speaks for whoever held it, by the name in the subject phrase
    (
        "On Monday, Maria Ortiz's former business partner Tony Roe held a press conference claiming the mayor knew about the deals.",
        None,
        [("indirect", "the mayor knew about the deals", "Tony Roe", "claiming", False)],
    ),
]


@pytest.mark.parametrize("body,title,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_quote_patterns(extract, speaker, body, title, expected):
    ex = extract(body, title)
    got = [(q.quote_kind, q.text, speaker(ex, q), q.cue, q.in_headline) for q in ex.quotes]
    assert got == expected


def test_offsets_and_sentence_index(extract):
    body = "Talks began on Monday.\n\n“We expect a deal,” said Maria Lopez."
    q = extract(body).quotes[0]
    assert body[q.start_char : q.end_char] == q.text == "We expect a deal,"
    assert q.sentence_index == 1 and q.speaker_mention == "Maria Lopez"


def test_pronoun_speaker_keeps_mention(extract, speaker):
    ex = extract("Governor Ruth Adams spoke.\n\n“It was hard,” she added.")
    assert [(speaker(ex, q), q.speaker_mention, q.cue) for q in ex.quotes] == [("Ruth Adams", "she", "added")]


def test_generic_speakers_keep_their_words(extract):
    """An unnamed speaker is left as the text says it ("a protester", "The head of the inquiry"), never guessed: "a
    protester" is an actor of its own, named by the phrase; "the head of" a body no one names has none."""
    ex = extract(
        "“We will stay,” said a protester. The head of the inquiry told the court “Checks were late.” She also said “We were called late.”"
    )
    names = {a.entity_index: a.name for a in ex.actors}
    assert [(names.get(q.speaker_entity), q.speaker_mention) for q in ex.quotes] == [
        ("protester", "a protester"),
        (None, "The head"),
        (None, "The head"),
    ]


def test_unattributed_direct_quote_has_no_speaker(extract):
    q = extract("“Nobody knows what comes next.”").quotes[0]
    assert (q.quote_kind, q.speaker_entity, q.speaker_mention) == ("direct", None, None)


def test_quote_spans_marks_and_apostrophes():
    text = 'He said “yes” and ‘maybe’. It’s the leaders’ call. She said "no".'
    assert [text[s.start : s.end] for s in find_quote_spans(text)] == ["yes", "maybe", "no"]


def test_quote_spans_unclosed_ends_with_paragraph():
    text = "He said “this never ends\n\nNext paragraph."
    assert [text[s.start : s.end] for s in find_quote_spans(text)] == ["this never ends"]


def test_quote_spans_one_per_paragraph_of_a_running_quotation():
    text = "“One.\n\n“Two,” she said."
    assert [text[s.start : s.end] for s in find_quote_spans(text)] == ["One.", "Two,"]


def test_quote_spans_later_paragraphs_without_their_opening_marks():
    text = '"First part.\n\nSecond part.\n\nLast part," the mayor said.\n\nThe council met.'
    spans = find_quote_spans(text)
    assert [text[s.start : s.end] for s in spans] == ["First part.", "Second part.", "Last part,"]
    assert [s.runs_on for s in spans] == [True, True, False]


def test_quote_spans_an_open_quotation_is_not_carried_into_narration():
    text = 'He said "it is open\n\nThe "reform" package passed.'
    assert [text[s.start : s.end] for s in find_quote_spans(text)] == ["it is open", "reform"]


def test_quote_spans_straight_marks_inside_curly_ones_are_an_inner_quotation():
    text = '“Since the so-called "recess" appointments, we confirmed seven,” he said. “Hello," she said.'
    assert [text[s.start : s.end] for s in find_quote_spans(text)] == [
        'Since the so-called "recess" appointments, we confirmed seven,',
        "Hello,",
    ]


def test_quote_spans_straight_marks_inside_straight_ones_are_an_inner_quotation():
    text = (
        'The bill passed. "It ends the unfair "Old Rule" policy for good," said Ann Roe. '
        '"We thank the sponsors of the "Fair Farms" and "Clean Water" acts."'
    )
    assert [text[s.start : s.end] for s in find_quote_spans(text)] == [
        'It ends the unfair "Old Rule" policy for good,',
        'We thank the sponsors of the "Fair Farms" and "Clean Water" acts.',
    ]


def test_quote_spans_a_straight_opening_mark_without_the_closing_run_is_no_inner_quotation():
    # an unclosed quotation before a new one, and a scrape's space on the wrong side of a closing mark: the marks
    # pair in turn, as before
    text = 'He said "we are done. "Next year," he added.\n\n"We tried it, "said Bo Lin. "It failed."'
    assert [text[s.start : s.end] for s in find_quote_spans(text)] == [
        "we are done.",
        "he added.",
        "We tried it,",
        "It failed.",
    ]


def test_quote_spans_a_block_indented_under_its_cue():
    text = 'The minister said::Certainly we are concerned. "Fine" is not enough.\n\nThe talks went on.'
    assert [text[s.start : s.end] for s in find_quote_spans(text)] == [
        'Certainly we are concerned. "Fine" is not enough.'
    ]
    assert find_quote_spans("std::vector is a type") == []


def test_straight_single_quotes_only_in_headlines():
    assert find_quote_spans("Minister calls plan 'reckless'", straight_singles=True)[0].start == 21
    assert find_quote_spans("the 'reckless' plan") == []


@pytest.mark.parametrize(
    "body",
    [
        "",
        " ",
        "\n\n",
        "“",
        "”",
        '"',
        "‘’",
        "“““”",
        "...",
        ":",
        "said",
        "\x00",
        "😀" * 20,
        "“He said\n\n“",
        "According to",
    ],
)
def test_never_raises(extract, body):
    ex = extract(body, title=body or None)
    for q in ex.quotes:
        if not q.in_headline:
            assert body[q.start_char : q.end_char] == q.text


def test_samples_meet_gold_floors():
    """The five samples scored by the project's evaluator against the brief's targets."""
    from newsroom.evaluate import DEFAULT_GOLD, evaluate

    figures = evaluate(DEFAULT_GOLD[0]).sets[0].total.figures()
    assert figures["quotes.speaker.direct_partial.p"] >= 0.90
    assert figures["quotes.speaker.direct_partial.r"] >= 0.85
    assert figures["quotes.speaker.indirect.r"] >= 0.60
    assert figures["actors.persons_merged"] == 1.0


def _indirect(ex) -> list[str]:
    return [q.text for q in ex.quotes if q.quote_kind == "indirect"]


def test_purpose_clause_and_noun_modifiers_report_nothing(extract):
    """A clause of purpose or reason after a speech verb, or a participle describing the object of a speech act,
    is no reported content."""
    assert (
        _indirect(extract("The minister declared a state of emergency because the river had flooded.")) == []
    )
    assert (
        _indirect(extract("The union also called for files relating to the mayor's spending in March.")) == []
    )
    # a clause that is the report still is one
    assert _indirect(extract("The union called on the government to resign before the vote.")) == [
        "called on the government to resign before the vote"
    ]


def test_according_to_after_a_coordinator_vouches_for_what_follows(extract, speaker):
    ex = extract(
        "The rebels are a local militia, mostly young and, according to the army, loyal to the old regime."
    )
    assert _indirect(ex) == ["loyal to the old regime"]


def test_short_quotation_completing_a_long_report_stays_in_it(extract):
    """A report mostly in the reporter's words keeps the few quoted words that complete it, and the quote stands
    on its own; a bare 'said the budget was "..."' stays a quote only."""
    ex = extract(
        'The mayor said on Friday the budget for the new bridge across the northern river had become "a disgrace".'
    )
    assert sorted((q.quote_kind, q.text) for q in ex.quotes) == [
        ("indirect", 'the budget for the new bridge across the northern river had become "a disgrace"'),
        ("partial", "a disgrace"),
    ]
    assert _indirect(extract('The mayor said the budget was "a disgrace".')) == []
    # a long quotation behind a short subject, or one after a speech act, is a quote of its own only
    ex = extract(
        'The mayor said the budget "has become a disgrace to every family that pays taxes in this city".'
    )
    assert _indirect(ex) == []
    assert (
        _indirect(
            extract('The senator accused the agency of "lying" about the budget for the northern bridge.')
        )
        == []
    )


def test_open_question_under_an_infinitive_reports_nothing(extract):
    ex = extract(
        "Prosecutor Anna Berg said medical tests will be carried out to confirm whether the suspect is fit for trial."
    )
    assert [(q.text, q.speaker_mention) for q in ex.quotes] == [
        ("medical tests will be carried out to confirm whether the suspect is fit for trial", "Anna Berg")
    ]
    # a question someone asked is still reported
    assert _indirect(extract("The senator asked whether the agency had hidden the payments.")) == [
        "whether the agency had hidden the payments"
    ]


def test_partial_quote_in_a_relative_clause_belongs_to_its_subject(extract, speaker):
    ex = extract(
        'Maria Lopez, a spokeswoman for the ministry, criticized the council\'s vote, which Mayor Tom Reed has described as "theatre".'
    )
    assert [(q.text, speaker(ex, q)) for q in ex.quotes if q.quote_kind == "partial"] == [
        ("theatre", "Tom Reed")
    ]


def test_a_participle_after_a_report_is_the_speakers_next_report(extract):
    """'said A, adding B' / 'said A, insisting "B"': A ends where the speaker's next act begins, and that act is
    the same speaker's, not the reported clause's subject's."""
    ex = extract("The minister said the talks had failed, adding that a new round would start in May.")
    assert [(q.text, q.speaker_mention) for q in ex.quotes] == [
        ("the talks had failed", "The minister"),
        ("a new round would start in May", "The minister"),
    ]
    ex = extract('Ana Silva said she made the decision alone, insisting she was "never pressured by anyone".')
    assert [(q.quote_kind, q.text, q.speaker_mention) for q in ex.quotes] == [
        ("indirect", "she made the decision alone", "Ana Silva"),
        ("partial", "never pressured by anyone", "Ana Silva"),
    ]


def test_a_bare_participle_with_a_clause_is_the_speakers_next_report(extract):
    """'denied A, arguing B', 'urged X to act, warning that B', 'stated A, going on to say that B': the participle's
    clause is a report of its own, not the end of the first; an act on a mere thing ('welcomed the ruling, saying
    B') reports only B."""
    ex = extract(
        "The Teachers Association urged the ministry to hire more staff, warning that vacancies had doubled since 2020."
    )
    assert [(q.text, q.speaker_mention) for q in ex.quotes] == [
        ("urged the ministry to hire more staff", "Teachers Association"),
        ("vacancies had doubled since 2020", "Teachers Association"),
    ]
    ex = extract(
        "Mayor Lena Hart denied any link to the contractor, arguing the tender had been open to all."
    )
    assert [(q.text, q.speaker_mention) for q in ex.quotes] == [
        ("the tender had been open to all", "Lena Hart")
    ]
    ex = extract(
        "Senator Paul Grey stated that the army would not leave the region, going on to say that the truce was "
        "holding."
    )
    assert _indirect(ex) == ["the army would not leave the region", "the truce was holding"]
    ex = extract("The Farmers League welcomed the ruling, saying it would protect small growers.")
    assert _indirect(ex) == ["it would protect small growers"]


def test_a_report_is_never_the_clause_before_a_semicolon_nor_holds_its_own_cue(extract):
    ex = extract(
        "Many of the injured guests were tourists; the embassy confirmed two students from Chile also died."
    )
    assert _indirect(ex) == ["two students from Chile also died"]
    ex = extract("Orders will fill the plant for years, Berg said, and the loan seems realistic.")
    assert _indirect(ex) == ["Orders will fill the plant for years", "the loan seems realistic"]
    # a cue interrupting its report still leaves the report whole
    ex = extract("The talks, the minister said, had failed after two days.")
    assert _indirect(ex) == ["The talks, the minister said, had failed after two days"]


def test_a_report_running_on_past_a_quotation_holds_it(extract):
    """'said the flood was "probably" their fault': the report goes on in the reporter's words past the quoted
    ones, so it keeps them, and the quoted words are a partial quote too; a quotation ending the report does not."""
    ex = extract('The mayor said the flood was "probably" the fault of the river authority.')
    assert sorted((q.quote_kind, q.text) for q in ex.quotes) == [
        ("indirect", 'the flood was "probably" the fault of the river authority'),
        ("partial", "probably"),
    ]
    assert _indirect(extract('The mayor said the flood was "a disgrace".')) == []


def test_a_report_ends_where_another_speakers_report_begins(extract):
    """A clause inside the report range with a reporting verb and a subject of its own (after a semicolon, a
    coordinator or a relative pronoun) is someone else's report, not part of the first one."""
    ex = extract("The mayor said the bridge will reopen in May; engineers called this optimistic.")
    assert _indirect(ex)[0] == "the bridge will reopen in May"
    ex = extract("The minister said the plan can go ahead, which she said would save money for every family.")
    assert _indirect(ex)[0] == "the plan can go ahead"
    ex = extract("The minister said the talks had failed and several aides said they wanted a new round.")
    assert [(q.text, q.speaker_mention) for q in ex.quotes] == [
        ("the talks had failed", "The minister"),
        ("they wanted a new round", "several aides"),
    ]
    # a report that is what the reported clause is about stays in it
    ex = extract("The union said the report confirmed what nurses had been saying for years.")
    assert _indirect(ex) == ["the report confirmed what nurses had been saying for years"]


def test_a_participle_report_belongs_to_the_speaker_of_the_clause_it_hangs_on(extract):
    """'Engineers called the plan risky, as costs are rising, while noting B': whoever called it notes B (not the
    person named earlier), and B is a report of its own, not part of the first one."""
    ex = extract(
        "Mayor Ana Costa said the bridge will open in May. Local engineers called the plan risky, as costs are "
        "rising, while noting that the city needs a new bridge."
    )
    assert [(q.text, q.speaker_mention) for q in ex.quotes] == [
        ("the bridge will open in May", "Costa"),
        ("called the plan risky, as costs are rising", "Local engineers"),
        ("the city needs a new bridge", "Local engineers"),
    ]


def test_according_to_inside_a_clause_vouches_for_the_whole_clause(extract):
    """'One guard was, according to the police, among the injured': what the parser hangs on 'according' after its
    source is the rest of the report, not part of the source."""
    ex = extract("One guard was, according to the police, among the injured.")
    assert [(q.text, q.speaker_mention) for q in ex.quotes] == [
        ("One guard was, according to the police, among the injured", "the police")
    ]


def test_a_cue_the_parser_made_a_complement_of_its_report_still_reports_it(extract):
    """'The agency reported on Monday, exports had fallen': the report that follows the cue is its content."""
    ex = extract("Reuters reported on Monday, exports had fallen to a ten-year low.")
    assert [(q.text, q.speaker_mention) for q in ex.quotes] == [
        ("exports had fallen to a ten-year low", "Reuters")
    ]


def test_making_it_clear_that_reports_the_clause(extract):
    """'X made it clear that B', 'made clear that B', 'made very clear to Y that B': "make" with "clear" reports B
    as "said" does; a noun after "clear", an adverbial clause, an open question, a negated verb, an infinitive (an aim) and a thing as subject (an inference) report nothing."""
    assert _indirect(
        extract("His lawyer Tom Ferris made it clear that his client would not attend the hearing.")
    ) == ["his client would not attend the hearing"]
    assert _indirect(
        extract("The minister made clear that the border would stay open through the winter.")
    ) == ["the border would stay open through the winter"]
    assert _indirect(extract("We made very clear to our partners that the deal must include the ports.")) == [
        "the deal must include the ports"
    ]
    assert _indirect(extract("She made clear her opposition to the bill.")) == []
    assert _indirect(extract("The coach made it clear when he arrived at the club.")) == []
    assert _indirect(extract("The envoy has made very clear where the talks stand.")) == []
    assert _indirect(extract("The council needs to make it clear that the market will stay open.")) == []
    assert (
        _indirect(extract("The new policy makes it clear that traders must keep their stalls clean.")) == []
    )
    assert _indirect(extract("The mayor did not make it clear that the rail line would close.")) == []


def test_admitting_to_a_deed_reports_the_deed(extract):
    """'admitted to taking money', 'testified to seeing X': the gerund after "to" is the deed owned up to; a
    negated verb, a noun after "to" and a verb of agreement report nothing."""
    assert _indirect(extract("The former treasurer admitted to taking money from the club's accounts.")) == [
        "taking money from the club's accounts"
    ]
    assert _indirect(extract("Two guards testified to seeing the prisoner leave the yard.")) == [
        "seeing the prisoner leave the yard"
    ]
    assert _indirect(extract("She never admitted to lying about the accounts.")) == []
    assert _indirect(extract("The council agreed to closing the road for the summer.")) == []


def test_saying_at_the_time_that_reports_the_clause(extract):
    """'said at the time that B': the parser reads "that" as the relative adverb of "the time" ("when"); B is still
    what was said, without its "that". A verb that says nothing takes no report."""
    assert _indirect(extract("The mayor said at the time that the bridge was safe.")) == [
        "the bridge was safe"
    ]
    assert _indirect(extract("The mayor stated at the time that the move was made to save money.")) == [
        "the move was made to save money"
    ]
    assert _indirect(extract("The mayor arrived at the time that the bridge opened.")) == []


def test_calling_something_a_name_reports_what_it_is_called(extract):
    """'called the plan a disgrace', 'described the vote as a farce': the object with what it is called; a
    relative 'what she described as ...' reports nothing of its own."""
    ex = extract("The senator called the budget a disgrace and a scandal.")
    assert [(q.text, q.speaker_mention) for q in ex.quotes] == [
        ("the budget a disgrace and a scandal", "The senator")
    ]
    assert _indirect(extract("The mayor described the vote as a farce.")) == ["the vote as a farce"]
    assert _indirect(extract("The mayor opened what she described as a new era for the city.")) == []


def test_according_to_after_including_vouches_for_what_follows(extract):
    ex = extract(
        "The storm killed at least 40 people, including, according to hospital officials, nine small children."
    )
    assert _indirect(ex) == ["nine small children"]


def test_a_comparison_after_an_act_is_no_report(extract):
    """'denied the report as did X': the elliptic comparison is not what the act says."""
    assert _indirect(extract("Aides publicly denied the report as did the former chief of staff.")) == []


def test_excerpts_of_a_book_speak_for_its_author(extract, speaker):
    """'Excerpts from the book by X revealed ...': the author speaks, through the book."""
    ex = extract("Excerpts from the book by Anna Berg revealed the minister had hidden the report.")
    assert [(q.text, speaker(ex, q)) for q in ex.quotes] == [
        ("the minister had hidden the report", "Anna Berg")
    ]


def test_according_to_and_commitments_keep_the_quotation_they_run_past(extract):
    ex = extract('According to the agency, the new rules would give "wider powers" to local police officers.')
    assert _indirect(ex) == ['the new rules would give "wider powers" to local police officers']
    ex = extract('The governor vowed to keep fighting "the good fight" in every court of the state.')
    assert _indirect(ex) == ['to keep fighting "the good fight" in every court of the state']


def test_a_speech_verb_with_a_perfect_infinitive_reports_it(extract):
    """'claimed to have shot down ...' reports a past deed of the speaker; a plain infinitive ('said to wait') is
    an instruction, no report."""
    ex = extract("The rebels claimed to have shot down two army helicopters.")
    assert [(q.text, q.speaker_mention) for q in ex.quotes] == [
        ("to have shot down two army helicopters", "The rebels")
    ]
    assert _indirect(extract("The minister said to wait for the report.")) == []


def test_a_claim_with_an_infinitive_reports_what_the_speaker_says_of_themself(extract):
    """'claimed to be a refugee' is the speaker's claim about themself, whatever the infinitive's tense; a claim
    with a plain object ('claimed responsibility') reports no words."""
    ex = extract("The trader claimed to be a doctor from a hospital in the capital.")
    assert [(q.text, q.speaker_mention) for q in ex.quotes] == [
        ("to be a doctor from a hospital in the capital", "The trader")
    ]
    assert _indirect(extract("The rebel group claimed responsibility for the attack on the convoy.")) == []


def test_a_tensed_verb_joined_to_an_infinitive_is_the_next_act(extract):
    """'urged X to reconsider and spoke with Y': a past tense cannot continue a "to" infinitive, so what was urged
    (or vowed) ends before it; a second infinitive ('and to avoid ...') is still part of it."""
    ex = extract("The governor urged the council to reconsider and spoke with the mayor about the budget.")
    assert _indirect(ex) == ["urged the council to reconsider"]
    ex = extract("The senator vowed to fight the closure of the mill and left the meeting early.")
    assert _indirect(ex) == ["to fight the closure of the mill"]
    ex = extract("The mayor urged residents to stay indoors and to avoid the flooded roads.")
    assert _indirect(ex) == ["urged residents to stay indoors and to avoid the flooded roads"]


def test_a_fronted_report_joined_by_but_is_one_report(extract):
    """'A, but B, he noted': the parser may make A and B two clauses of the cue; the conjunction joins them into
    one report. A single fronted clause stays as it is."""
    ex = extract("The bridge will reopen in May, but the tolls will rise by ten percent, the mayor said.")
    assert _indirect(ex) == ["The bridge will reopen in May, but the tolls will rise by ten percent"]
    ex = extract("The bridge will reopen in May, the mayor said.")
    assert _indirect(ex) == ["The bridge will reopen in May"]


def test_according_to_a_dated_source_keeps_the_date_in_the_source(extract):
    ex = extract(
        "According to a March 14, 2019 NATO press release, the alliance will deploy four battalions to the region."
    )
    assert _indirect(ex) == ["the alliance will deploy four battalions to the region"]


def test_a_speech_noun_with_its_speaker_and_a_that_clause_reports_it(extract, speaker):
    """'the ministry's claim that B', 'her claim that B': the possessor said B; a claim nobody is named for
    reports nothing."""
    ex = extract("The ministry's claim that the border would reopen on Monday was disputed by aid groups.")
    assert [(q.text, q.speaker_mention, q.cue) for q in ex.quotes] == [
        ("the border would reopen on Monday", "The ministry", "claim")
    ]
    ex = extract(
        "Minister Ana Costa spoke on Monday. Aid groups disputed her claim that the border would reopen."
    )
    assert [(q.text, speaker(ex, q)) for q in ex.quotes] == [("the border would reopen", "Ana Costa")]
    assert extract("Aid groups rejected the claim that vaccines were unsafe.").quotes == []


def test_a_speech_nouns_that_clause_the_parser_hung_elsewhere_is_still_its_report(extract):
    """'appealed against the tribunal's ruling that B', 'despite accusations by X that B': the
    "that" right after the noun's phrase opens its content, wherever the parser hung the clause; a relative
    "that" ('the ruling that he appealed') opens none."""
    ex = extract(
        "Lawyers for the migrants appealed against the appeals tribunal's ruling that the ministry may detain "
        "migrants without charge."
    )
    assert [(q.text, q.speaker_mention, q.cue) for q in ex.quotes] == [
        ("the ministry may detain migrants without charge", "the appeals tribunal", "ruling")
    ]
    ex = extract(
        "The mine reopened despite accusations by residents that the company is trying to hide the spill."
    )
    assert [(q.text, q.cue) for q in ex.quotes] == [
        ("the company is trying to hide the spill", "accusations")
    ]
    assert extract("The ruling by the court that he appealed last year was overturned.").quotes == []


def test_an_acknowledgement_by_someone_reports_its_clause(extract):
    ex = extract(
        "The council met after the acknowledgement by the mayor that the city had ignored the warnings."
    )
    assert [(q.text, q.cue) for q in ex.quotes] == [("the city had ignored the warnings", "acknowledgement")]


def test_mention_and_reassure_report_a_clause_but_not_a_plain_object(extract):
    ex = extract(
        "She mentioned the plan to reporters. Later she mentioned that the talks would resume in May. "
        "The governor reassured investors that the bank would not fail."
    )
    assert _indirect(ex) == ["the talks would resume in May", "the bank would not fail"]


def test_a_reporting_verb_that_reports_nothing_does_not_end_the_report(extract):
    """A condition ('if the company does not respond'), a circumstance ('while testifying before ...'), a free
    relative ('about what it told regulators') and a relative clause on its object ('the measures the governor
    announced') hold a reporting verb that is no next report; a participle with an
    object of its own ('cautioning about the costs') still is the speaker's next act."""
    ex = extract(
        "The union said that if the company does not respond by Friday, workers will strike. "
        "The indictment alleges that the officer lied while testifying before the committee, and destroyed records. "
        "The lawsuit claims that the firm misled investors about what it told regulators in 2019. "
        "She said the plan would fail, cautioning about the costs. "
        "The senator said he opposed the measures the governor announced last week."
    )
    assert _indirect(ex) == [
        "if the company does not respond by Friday, workers will strike",
        "the officer lied while testifying before the committee, and destroyed records",
        "the firm misled investors about what it told regulators in 2019",
        "the plan would fail",
        "he opposed the measures the governor announced last week",
    ]


def test_they_speaks_for_the_group_a_recent_plural_subject_names(extract):
    """'A and her counterparts met ... They said ...': "they" is the group the text just made a subject."""
    ex = extract(
        "Foreign minister Ana Costa and her Spanish and French counterparts met in Lisbon on Monday. "
        "They said the treaty was void."
    )
    assert [(q.text, q.speaker_mention) for q in ex.quotes] == [
        ("the treaty was void", "Foreign minister Ana Costa and her Spanish and French counterparts")
    ]


def test_a_quotation_after_a_colon_belongs_to_the_subject_before_it_even_if_parsed_into_it(extract):
    """The parser may hang the colon on the quotation's verb; the clause before the colon still names who speaks."""
    ex = extract(
        "Mayor Ana Costa saw a referendum as the best way for the two towns to settle their dispute: "
        '"I think that both towns should vote and accept the result."'
    )
    assert [(q.quote_kind, q.speaker_mention) for q in ex.quotes] == [("direct", "Ana Costa")]


def test_a_ruling_reports_and_a_quotation_opening_a_report_stays_in_it(extract):
    """'ruled that "..." with ...': a court's ruling is reported speech, and a report that opens with a quotation
    and goes on in the reporter's words holds it; 'said "..." and <narration>' does not."""
    ex = extract(
        'A judge agreed the report may have contained errors but ruled that "the harm is done" with copies '
        "already sent to the press."
    )
    assert _indirect(ex) == [
        "the report may have contained errors",
        '"the harm is done" with copies already sent to the press',
    ]
    assert _indirect(extract('The minister said "we lost," and the city flag is at half-mast.')) == []
    assert extract("The court ruled the country for years.").quotes == []


def test_he_continues_the_main_subject_not_a_name_inside_a_clause(extract, speaker):
    """Centering: a subject "he" carries on who the previous sentence is about, not the subject of a clause
    nested in it."""
    ex = extract(
        "Kanye West launched his campaign in July. West backed away from his previous support for President "
        "Donald Trump, expressing disappointment at reports Trump hid in the White House basement. He leveled "
        "greater criticism at Joe Biden, saying he was not special."
    )
    assert [speaker(ex, q) for q in ex.quotes] == ["Kanye West"]


def test_they_chain_reaches_the_group(extract):
    """ "They" continuing an earlier subject "they" is the group that one stood for, even past the usual window."""
    ex = extract(
        "Farm ministers Ana Reis and Piet Smit met in Lisbon on Monday. Their deputy Mark Hale joined as an observer. "
        "They agreed on quotas. They also said that the subsidy scheme would end in 2030."
    )
    assert [(q.text, q.speaker_mention) for q in ex.quotes] == [
        ("the subsidy scheme would end in 2030", "Farm ministers Ana Reis and Piet Smit")
    ]


def test_they_keeps_the_words_of_its_group(extract):
    """ "The officers ... They said": a resolved "they" is recorded as the text named the group."""
    ex = extract(
        "The court jailed two police officers. The officers, although suspended at first, are back at work. "
        "They indicated they would appeal the sentence."
    )
    assert [(q.text, q.speaker_mention) for q in ex.quotes] == [
        ("they would appeal the sentence", "The officers")
    ]


def _partials(ex, speaker) -> list[tuple[str, str | None]]:
    return [(q.text, speaker(ex, q) or q.speaker_mention) for q in ex.quotes if q.quote_kind == "partial"]


@pytest.mark.parametrize(
    "body",
    [
        # a term modifying a noun, no person to have used it: a product, a deal, a kind of thing
        'The carmaker is expected to announce a new "off-road" pickup model at the fair in March.',
        'Verizon stands to gain from that "preferred partner" deal with Delta.',
        'The Sierra Club wants a court order banning "non-lethal" projectiles at the border.',
        'Shoppers are glad to take the "free" delivery, but critics warn that it hurts small shops.',
        # one verb the writer sets off, no reporting verb over it
        'Samsung has the advantage that its devices can "talk" to each other.',
        'Mayor Ivo Petrov will "help" the poor by closing their shelters.',
        # nouns alone set off in narration with no person in the clause: the name of a thing
        'Poland was a firm supporter of the "war on drugs" until the new government took office.',
        'Several delegations have tabled the idea of a "grace period" during which old licences would stay valid.',
        'The Hartwell Group bought the rights to his "method" and opened schools in six states.',
        'The ministry has signalled a shift in the "fight against poverty" this year.',
    ],
)
def test_a_term_or_a_set_off_verb_quotes_no_one(extract, speaker, body):
    assert _partials(extract(body), speaker) == []


def test_a_name_given_by_no_one_quotes_no_one(extract, speaker):
    """'has been called a "…"' with no agent names the thing; with its agent, or after the same verb's speaker,
    or with a verb of saying, the words are quoted."""
    assert _partials(extract('The vote has been called a "historic shift" in the region.'), speaker) == []
    assert _partials(extract('The plan was widely called the mayor\'s "green gamble."'), speaker) == []
    ex = extract('The plan was called a "green gamble" by Mayor Ivo Petrov.')
    assert _partials(ex, speaker) == [("green gamble", "Ivo Petrov")]
    ex = extract('Mayor Ivo Petrov called the plan a "green gamble". It has also been called "reckless".')
    assert _partials(ex, speaker) == [("green gamble", "Ivo Petrov"), ("reckless", "Ivo Petrov")]
    assert _partials(extract('The minister was said to be "deeply upset".'), speaker) == [
        ("deeply upset", None)
    ]


def test_a_noun_term_a_person_or_a_speech_verb_uses_stays(extract, speaker):
    """Quoted nouns alone are still someone's words in a person's clause or as what a reporting verb says."""
    ex = extract(
        'Senator Clara Voss endorsed the choice of a "friend of labour" for the post. '
        'The union called the contract a "betrayal of workers".'
    )
    assert _partials(ex, speaker) == [("friend of labour", "Clara Voss"), ("betrayal of workers", "union")]


def test_what_a_speech_verb_takes_stays_a_partial_quote(extract, speaker):
    """A predicate, a clause or an "as" of a reporting verb is what was said, however short; so is a person's own
    evaluative word in a noun phrase of her clause."""
    ex = extract(
        'Senator Clara Voss called the merger "a betrayal of workers". '
        'The union described the new contract as "unacceptable". '
        'Mayor Ivo Petrov said the town faced an "extremely serious" shortage of water. '
        'Finance Minister Lena Holt blamed a "small but noisy" group of traders for the fall.'
    )
    assert _partials(ex, speaker) == [
        ("a betrayal of workers", "Clara Voss"),
        ("unacceptable", "union"),
        ("extremely serious", "Ivo Petrov"),
        ("small but noisy", "Lena Holt"),
    ]
    ex = extract('Google said it will "help" the newspapers.')
    assert _partials(ex, speaker) == [("help", "Google")]


def test_a_reported_clause_holding_a_quotation_is_reported_speech_too(extract, speaker):
    """'said the firm was using "..."': the reported clause, in the reporter's own words around the quoted ones,
    is an indirect quote, and the quoted words are a partial quote of their own (both the same speaker's)."""
    ex = extract(
        'Auditor Maria Keller said the agency was hiding "several large payments to its own directors".'
    )
    assert [(q.quote_kind, q.text, speaker(ex, q)) for q in ex.quotes] == [
        ("indirect", 'the agency was hiding "several large payments to its own directors"', "Maria Keller"),
        ("partial", "several large payments to its own directors", "Maria Keller"),
    ]
    ex = extract('The coach told reporters that the young team has a "never give up" spirit.')
    assert _indirect(ex) == ['the young team has a "never give up" spirit']
    # a quotation closing the clause as an adjunct stays in it
    ex = extract('The ministry said the border checks are reviewed "about every two weeks."')
    assert _indirect(ex) == ['the border checks are reviewed "about every two weeks."']


def test_a_quotation_with_too_few_own_words_around_it_is_a_quote_alone(extract):
    """No clause of the reporter's own: 'said "..."', 'called it "..."', a subject and verb of three words, or a
    short subject before a long quotation; the quoted words are a partial or direct quote only."""
    assert _indirect(extract('The senator said "the agency lied to all of us".')) == []
    assert _indirect(extract('The senator called the report "a shameful cover-up".')) == []
    assert _indirect(extract('The senator said the report was "a shameful cover-up".')) == []
    ex = extract(
        'The senator said the agency "lied to the public for years about the true cost of the bridge".'
    )
    assert _indirect(ex) == []


def test_according_to_source_keeps_its_office(extract):
    """'According to X, a spokesman for Y, B': the office set off by commas describes the source, B is the report;
    an office with its own holder named after it ('the ambassador, Juan Ruiz, has met') is the report's subject."""
    assert _indirect(
        extract(
            "According to Major Paul Greer, a spokesman for the regional army command, rebels shelled the airport."
        )
    ) == ["rebels shelled the airport"]
    assert _indirect(
        extract("According to Anna Kowalski, the head of the city council, the bridge will reopen in May.")
    ) == ["the bridge will reopen in May"]
    assert _indirect(
        extract("According to the governor, the Spanish ambassador, Juan Ruiz, has apologised for the delay.")
    ) == ["the Spanish ambassador, Juan Ruiz, has apologised for the delay"]


def test_according_to_a_source_who_said_keeps_both_reports(extract):
    """'according to X, who said B': the parser may hang "according to" on the relative clause; X vouches for A."""
    body = (
        "The fire started at 9 p.m., according to firefighters, who said the crews arrived ten minutes later."
    )
    assert [(q.text, q.cue) for q in extract(body).quotes] == [
        ("The fire started at 9 p.m., according to firefighters", "according to"),
        ("the crews arrived ten minutes later", "said"),
    ]


def test_a_quoted_clause_said_outright_is_direct(extract, speaker):
    """A quoted clause that is the whole of what a reporting verb right before it says, or that opens with a capital
    after the comma or semicolon ending the reporter's words, stands as the statement with or without a comma; the
    speaker is the same either way."""
    ex = extract(
        'Mayor Elena Marsh told reporters "We will rebuild the bridge before winter." '
        'Coach Pia Lund continued; "The players have earned a rest." '
        'Senator Clara Voss wrote "Let us all stand with the families tonight." '
        'Judge Omar Haddad said the appeal was "without merit". '
        'Minister Lena Holt alleged "that the figures had been changed". '
        'Governor Ruth Adams said her office "will not back down."'
    )
    assert [(q.quote_kind, q.text, speaker(ex, q)) for q in ex.quotes] == [
        ("direct", "We will rebuild the bridge before winter.", "Elena Marsh"),
        ("direct", "The players have earned a rest.", "Pia Lund"),
        ("direct", "Let us all stand with the families tonight.", "Clara Voss"),
        ("partial", "without merit", "Omar Haddad"),
        ("partial", "that the figures had been changed", "Lena Holt"),
        ("partial", "will not back down.", "Ruth Adams"),
    ]


def test_a_participle_describing_a_noun_reports_nothing(extract):
    """'The rules announced today will cut costs': the noun's participle, whose subjectless "report" is the
    sentence's main verb; a report with a subject of its own, or a bare date before a copula, stays."""
    ex = extract(
        "The rules announced today will cut costs for families. The figures reported last week show a rise in prices. "
        "The company announced today it will close the plant. Officials said Monday will be a national holiday. "
        "The envoy stressed that now is the time for talks. Ottawa announced this week plans to cut the program."
    )
    assert [(q.speaker_mention, q.text) for q in ex.quotes] == [
        ("The company", "it will close the plant"),
        ("Officials", "Monday will be a national holiday"),
        ("The envoy", "now is the time for talks"),
        ("Ottawa", "plans to cut the program"),
    ]


def test_a_participle_between_a_determiner_and_its_noun_reports_nothing(extract, speaker):
    """'According to X, the dismissed ministers "…"': "dismissed" is an adjective of the ministers, not the
    nearest reporting verb, so the words are X's."""
    ex = extract(
        'According to Smith, the dismissed ministers "remain my friends," but he criticised them for lack of team '
        "spirit."
    )
    partial = [q for q in ex.quotes if q.quote_kind == "partial"]
    assert [(q.text, speaker(ex, q)) for q in partial] == [("remain my friends,", "Smith")]


def test_that_said_is_no_report(extract):
    """'That said, ...', 'Having said that, ...': a discourse marker turning to what follows, not a statement."""
    ex = extract(
        "That said, the company expects profits to fall next year. Having said that, we must remain cautious. "
        "But that being said, the outlook remains uncertain. The mayor said that the bridge would reopen."
    )
    assert [(q.speaker_mention, q.text) for q in ex.quotes] == [("The mayor", "the bridge would reopen")]


def test_a_thing_that_clarifies_or_underscores_says_nothing(extract):
    """'These changes clarify how ...': a verb a fact may perform, with a thing for its subject, reports no one's
    words; a body, a person or a message performing it still speaks."""
    ex = extract(
        "These changes clarify how firms must report their emissions. The new policy will clarify that nurses are "
        "owed overtime. This suggests that the drug works. The agency clarified that the rule applies to all workers. "
        "The report confirms that the economy is overheating. Recent polling indicated Smith is far ahead. The "
        "ministry issued a statement that confirmed three soldiers died."
    )
    assert [(q.speaker_mention, q.text) for q in ex.quotes] == [
        ("The agency", "the rule applies to all workers"),
        ("The report", "the economy is overheating"),
        ("Recent polling", "Smith is far ahead"),
        ("The ministry", "three soldiers died"),
    ]


def test_so_called_words_and_a_name_set_off_after_a_noun_are_no_quotes(extract):
    """'the so-called "peace dividend"' is the writer's term and 'the initiative, "Harbor Green Forward," has ...'
    the initiative's name; 'the mayor said, "We Will Win," and left' is still said."""
    ex = extract(
        'Officials said the so-called "peace dividend" had vanished. The minister announced that the initiative, '
        '"Harbor Green Forward," has raised $5 billion. The mayor said, "We Will Win," and left the stage.'
    )
    assert [(q.quote_kind, q.text) for q in ex.quotes] == [
        ("indirect", 'the so-called "peace dividend" had vanished'),
        ("indirect", 'the initiative, "Harbor Green Forward," has raised $5 billion'),
        ("direct", "We Will Win,"),
    ]


def test_quoted_words_in_a_coordinated_clause_with_its_own_subject_are_not_the_first_subjects(
    extract, speaker
):
    """'X can do Y, but the term of such a "…" ends …': the quoted words sit in the second clause, whose subject
    (no actor) is who holds them, not the first clause's speaker; a pronoun subject there still names her."""
    ex = extract(
        "Governor Ruth Adams can appoint a judge while the assembly is in recess, but the tenure of such an "
        '"interim judge" ends with the session.'
    )
    assert _partials(ex, speaker) == []
    ex = extract('Senator Clara Voss attacked the plan on Monday, and she called it a "reckless gamble".')
    assert _partials(ex, speaker) == [("reckless gamble", "Clara Voss")]


def test_a_name_with_the_period_inside_its_closing_mark_is_still_a_name(extract, speaker):
    """'launched "Harbor Green Forward."': the period ends the reporter's sentence; one coined word keeps it."""
    ex = extract('Mayor Ivo Petrov launched a programme called "Harbor Green Forward."')
    assert _partials(ex, speaker) == []
    ex = extract(
        'Mayor Ivo Petrov launched "Harbor Green Forward." Senator Clara Voss accused him of "Petrovgate."'
    )
    assert _partials(ex, speaker) == [("Petrovgate.", "Clara Voss")]


def test_the_inch_sign_of_a_height_is_no_quotation_mark():
    text = 'Most profiles put the senator at 5\' 9", taller than his rival. He said "we will win" on Monday.'
    assert [text[s.start : s.end] for s in find_quote_spans(text)] == ["we will win"]


def test_bullet_points_after_an_unclosed_quotation_are_no_quotes(extract):
    body = (
        'Council staff were sent a memo on Monday, and were told: "Use these talking points.\n\n'
        "- Workers deserve better pay. But the plan is not the cause.\n\n"
        '- The budget is balanced."\n\n'
        "The council declined to comment."
    )
    texts = [q.text for q in extract(body).quotes]
    assert not [t for t in texts if "Workers" in t or "budget" in t], texts
    # a run of paragraphs a named speaker opens keeps its later paragraphs
    ran = extract(
        '"We will not back down," said union leader Ana Silva. "The plan cuts pay.\n\nIt cuts pensions," she added.'
    )
    assert [q.text for q in ran.quotes if q.text.startswith("It cuts")], [q.text for q in ran.quotes]


def _as_nouns(text: str, words: set[str]):
    """The text parsed, then the given words re-tagged as plural nouns, heads and labels kept: the tagger's
    misreading of a reporting verb ("states") in some real sentences, whose parse still makes it the root."""
    from spacy.tokens import Doc

    from newsroom.extract import load_nlp

    doc = load_nlp()(text)
    return Doc(
        doc.vocab,
        words=[t.text for t in doc],
        spaces=[bool(t.whitespace_) for t in doc],
        tags=["NNS" if t.text in words else t.tag_ for t in doc],
        pos=["NOUN" if t.text in words else t.pos_ for t in doc],
        lemmas=[t.lemma_ for t in doc],
        heads=[t.head.i for t in doc],
        deps=[t.dep_ for t in doc],
        ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in doc],
        sent_starts=[t.is_sent_start for t in doc],
    )


def test_a_reporting_verb_tagged_as_a_noun_still_reports_its_clause():
    """'The growers' union states that B' with "states" tagged a plural noun but parsed as the root, its subject
    before it and B after: B is reported, by the union. A root noun with no subject ('Reports that B', a heading)
    reports nothing here."""
    from newsroom.extract import extract_doc

    doc = _as_nouns("The growers' union states that the harvest will be late this year.", {"states"})
    assert [t.dep_ for t in doc if t.text == "states"] == ["ROOT"]
    quotes = [q for q in extract_doc(doc).quotes if q.quote_kind == "indirect"]
    assert [(q.text, q.speaker_mention) for q in quotes] == [
        ("the harvest will be late this year", "The growers' union")
    ]
    doc = _as_nouns("Reports that the harbour master resigned.", {"Reports"})
    assert [q for q in extract_doc(doc).quotes if q.quote_kind == "indirect"] == []


def test_a_reporting_verb_with_its_own_auxiliary_goes_on_with_the_report(extract):
    """'said the agency … and was disclosing B', '… and would announce B': a coordinated reporting verb with an
    auxiliary of its own (progressive "be", a modal) shares the reported clause's subject and stays in the
    report; a plain past one ('and urged the crowd to …') is the speaker's next act and ends it."""
    assert _indirect(
        extract(
            "The governor said the agency no longer kept any files and was disclosing their contents because "
            "the audit was over."
        )
    ) == ["the agency no longer kept any files and was disclosing their contents because the audit was over"]
    assert _indirect(
        extract("The minister said the ferry was safe and would announce new timetables next week.")
    ) == ["the ferry was safe and would announce new timetables next week"]
    assert _indirect(
        extract("The mayor said there was a lack of transparency and urged the crowd to stay calm.")
    ) == ["there was a lack of transparency", "urged the crowd to stay calm"]
