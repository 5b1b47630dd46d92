"""Reported speech and speakers in the forms long political articles use: a report made "in a statement",
unnamed officials and aides, and pronouns that must agree in sex with who they name."""

from __future__ import annotations


def _quotes(ex, speaker) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, speaker(ex, q), q.speaker_mention) for q in ex.quotes]


def test_a_that_clause_hung_on_the_medium_is_what_the_verb_reports(extract, speaker):
    """ "said in a statement that B": the parser hangs B on "statement", yet it is what was said."""
    ex = extract(
        "Robby Mook, her campaign manager, said in a statement that the debate commission had been fair. "
        "Senator Marco Rubio wrote on Facebook on Sunday that he would not endorse anyone."
    )
    assert _quotes(ex, speaker) == [
        ("the debate commission had been fair", "Robby Mook", "Robby Mook"),
        ("he would not endorse anyone", "Marco Rubio", "Marco Rubio"),
    ]


def test_unnamed_officials_do_not_speak_for_a_government(extract, speaker):
    """ "Officials said" is said by officials, not by the government of a country named earlier; "Ukrainian
    officials" do speak for Ukraine's."""
    ex = extract(
        "Ukrainian officials said they had found no evidence of interference. The Government of Ukraine issued a "
        "statement on Monday. Officials said the investigation would continue. They said they expected results soon."
    )
    assert _quotes(ex, speaker) == [
        ("they had found no evidence of interference", "Government of Ukraine", "Ukrainian officials"),
        ("the investigation would continue", None, "Officials"),
        ("they expected results soon", None, "Officials"),
    ]


def test_officials_of_two_named_countries_speak_for_the_first(extract, speaker):
    """Each demonym of "Bolivian and Peruvian officials" names its own country's body; the phrase still says whose."""
    ex = extract("Bolivian and Peruvian officials said the border would reopen on Monday.")
    assert [q[1] for q in _quotes(ex, speaker)] == ["Government of Bolivia"]


def test_aides_named_after_a_person_are_not_that_person(extract, speaker):
    ex = extract("Hillary Clinton spoke in Ohio. Clinton aides said she would not debate.")
    assert _quotes(ex, speaker) == [("she would not debate", None, "Clinton aides")]


def test_a_surname_tagged_as_a_common_noun_is_still_the_person(extract, speaker):
    """ "Trump encouraged ...": the tagger reads the surname as the noun "trump"; the pronoun after it is still his."""
    ex = extract(
        "Donald Trump spoke to governors on Monday. Joe Biden said the plan would create five million jobs. "
        "Trump encouraged public schools to reopen classes at summer's end. "
        "He threatened to withhold federal funds from districts that did not comply."
    )
    assert _quotes(ex, speaker)[-1] == (
        "to withhold federal funds from districts that did not comply",
        "Donald Trump",
        "He",
    )


def test_she_is_not_the_last_named_man_whose_own_pronouns_say_he_is_one(extract, speaker):
    """Neither given name is in the name list; "his attack" in Romney's own clause tells that "she" is not him."""
    ex = extract(
        "Huma Abedin appeared on Fox News on Sunday. Mitt Romney repeated his attack on the press on Monday. "
        "Abedin attended a rally in Ohio. Romney met donors in Boston. She said the campaign would not back down."
    )
    assert _quotes(ex, speaker) == [("the campaign would not back down", "Huma Abedin", "She")]


def test_she_after_a_man_of_unknown_sex_is_the_woman_the_text_resolved_it_to(extract, speaker):
    """'Minister Anna X said …, but after MP Hilbrand Y insisted, she declared …': Y's given name tells no sex, so
    "she" is not continued to him; it stays the woman named before his report."""
    ex = extract(
        "In a first reaction Minister Anna de Groot said she would not look into the matter, but after Member of "
        "Parliament Hilbrand Nawijn insisted, she declared that she would investigate the naturalisation process."
    )
    said = {q.text: speaker(ex, q) for q in ex.quotes}
    assert said["she would investigate the naturalisation process"] == "Anna de Groot"
    # a person named inside the report after the last speaker's cue is only the nearest name, not who "he" is
    ex = extract(
        "Li already owns two homes and four cars, he says. His 28-year-old wife, Yang Junfeng, would be content "
        "to buy a row of shops, he says."
    )
    assert {speaker(ex, q) for q in ex.quotes} == {"Li"}


def test_he_does_not_continue_a_law(extract, speaker):
    """'Article VI of the treaty states that: … He claimed …': an article of a law is no "he"."""
    ex = extract(
        "The Iranian envoy, Javad Zarif, spoke next. Article VI of the treaty states that: Each party undertakes to "
        "pursue negotiations in good faith.\n\nHe claimed that the United States had adopted a new posture review."
    )
    said = {q.text: speaker(ex, q) for q in ex.quotes}
    assert said["the United States had adopted a new posture review"] == "Javad Zarif"


def test_a_possessive_in_a_clause_naming_another_person_sexes_no_one(extract, speaker):
    """ "Romney praised Abedin for her work": two people in the clause, so "her" says nothing of Romney."""
    ex = extract(
        "Huma Abedin appeared on Fox News on Sunday. Mitt Romney praised Abedin for her work. "
        "Romney met donors in Boston. He said the campaign would not back down."
    )
    assert _quotes(ex, speaker) == [("the campaign would not back down", "Mitt Romney", "He")]


def test_implying_and_hinting_report_what_is_implied(extract):
    ex = extract(
        "At the rally, Governor Jane Doe implied she would consider making the vaccine mandatory. "
        "She hinted that the task force would be disbanded."
    )
    assert [(q.text, q.cue) for q in ex.quotes] == [
        ("she would consider making the vaccine mandatory", "implied"),
        ("the task force would be disbanded", "hinted"),
    ]


def test_a_relative_clause_closing_a_report_is_the_reporters_aside(extract):
    """ "said he took the drug, which he promoted ..., despite ...": the report ends at the drug; a relative clause
    inside the report's subject ("the bill, which passed, would cost") stays in it."""
    ex = extract(
        "Trump said he himself took the drug hydroxychloroquine, which he promoted early in the pandemic as a "
        "counter-measure against coronavirus, despite reports about the side effects. "
        "Senator Jane Doe said the bill, which passed last week, would cost billions."
    )
    assert [q.text for q in ex.quotes] == [
        "he himself took the drug hydroxychloroquine",
        "the bill, which passed last week, would cost billions",
    ]


def test_a_remark_on_the_wording_closing_a_report_is_the_reporters_aside(extract, speaker):
    """ "claimed the hall was "defiled", an odd choice of words for …": a noun for words in apposition after the
    report is the reporter's remark on them; an apposition naming a person ("Lena Voss, the head of …") and one
    that is no noun for words ("a move that …") stay in the report."""
    ex = extract(
        'Representative Tom Verrin claimed the students were "defiling" the hall, an interesting choice of words '
        "for a man who stood outside the hall that day. "
        "The mayor said he had met Lena Voss, the head of the water board. "
        "Officials said the plant would close in May, a move that will cost 300 jobs."
    )
    assert [(q.text, speaker(ex, q)) for q in ex.quotes if q.quote_kind == "indirect"] == [
        ('the students were "defiling" the hall', "Tom Verrin"),
        ("he had met Lena Voss, the head of the water board", "mayor"),
        ("the plant would close in May, a move that will cost 300 jobs", None),
    ]


def test_a_name_in_apposition_before_the_next_verb_is_its_subject_not_part_of_the_report(extract, speaker):
    """ "Though early stories had reported that B, a party MP, X, denied …": the parse hangs "a party MP, X" on B's
    last noun; it is the subject of "denied", whose report is X's."""
    ex = extract(
        "Though early stories had reported that the plan was a tacit recognition of the treaty, a party MP, "
        "Omar Dellin, denied that the plan implied the group now accepted the treaty."
    )
    assert [(q.text, speaker(ex, q)) for q in ex.quotes] == [
        ("the plan was a tacit recognition of the treaty", "early stories"),
        ("the plan implied the group now accepted the treaty", "Omar Dellin"),
    ]
    # "a Labour MP" and "Omar Dellin" both hung on "Norway": the whole run of apposed names leaves the report
    ex = extract(
        "Though early stories, issued before the text had been translated, had reported that the text was a tacit "
        "recognition of Norway, a Labour MP, Omar Dellin, denied that the new text implied the party now "
        "recognised Norway as a partner."
    )
    assert [q.text for q in ex.quotes][0] == "the text was a tacit recognition of Norway"


def test_names_and_phrases_in_quotation_marks_quote_no_one(extract):
    """A nickname, an event's or a plan's name, a slogan the sentence is about: no one is quoted."""
    ex = extract(
        'Jeremy Cohen, who goes by his nickname "Spike", was nominated. '
        'Donald Trump held a Fourth of July "Salute to America" in Washington. '
        '"Build Back Better" calls for an increase in corporate taxes. '
        '"Law and order" was a common theme at the convention. '
        '"We will win this state," Trump said.'
    )
    assert [(q.quote_kind, q.text) for q in ex.quotes] == [("direct", "We will win this state,")]


def test_words_a_noun_or_verb_of_naming_introduces_are_talked_about_not_quoted(extract):
    """No partial quote of a term or a name; a report running over the term keeps it."""
    ex = extract(
        'Professor Eugene Volokh writes that the term "natural born citizen" derived from British law. '
        'Hungary launched a military program dubbed "Zrínyi 2026" in 2017.'
    )
    assert [(q.quote_kind, q.text) for q in ex.quotes] == [
        ("indirect", 'the term "natural born citizen" derived from British law')
    ]


def test_according_to_before_but_vouches_for_what_precedes_it(extract):
    ex = extract(
        "Trump has admitted to ordering the payments, according to prosecutors, but the Justice Department "
        "maintains a policy of not charging the sitting president with crimes."
    )
    assert [(q.text, q.speaker_mention) for q in ex.quotes] == [
        ("Trump has admitted to ordering the payments", "prosecutors")
    ]


def test_a_document_that_reads_quotes_and_its_issuer_speaks(extract, speaker):
    """ "The opinion of the Court read in part, "..."": the court is quoted; "signs which read "silenced"": the
    signs; reading a statement aloud quotes nothing."""
    ex = extract(
        "On Wednesday, the Supreme Court of Puerto Rico issued a ruling. The opinion of the Court, released on "
        'Wednesday, read in part, "It is concluded that the oath of office as governor is unconstitutional." '
        'Members of the House of Commons protested by holding signs which read "silenced" during the session. '
        "She read the statement aloud."
    )
    assert [(q.text, speaker(ex, q), q.speaker_mention) for q in ex.quotes] == [
        (
            "It is concluded that the oath of office as governor is unconstitutional.",
            "Supreme Court",
            "Court",
        ),
        ("silenced", None, "signs"),
    ]


def test_the_first_of_two_surnames_names_the_person(extract, speaker):
    """ "Pierluisi" alone (untagged by NER) is "Pedro R. Pierluisi Urrutia"; a middle given name names no one."""
    ex = extract(
        "On Wednesday, the court ruled against Pedro R. Pierluisi Urrutia. While the House confirmed the "
        "nomination on Friday, the Senate did not. Pierluisi stated he would leave the governorship if the Senate "
        "voted against confirming him."
    )
    assert [(speaker(ex, q), q.speaker_mention) for q in ex.quotes] == [
        ("Pedro R. Pierluisi Urrutia", "Pierluisi")
    ]


def test_single_quoted_words_listed_or_modifying_a_noun_are_terms(extract):
    """No reporting verb, one word each, listed together or modifying a noun: terms, not anyone's words; a
    longer phrase in the same position still belongs to the sentence's subject."""
    ex = extract(
        'Independent candidate Brock Pierce professed himself "deeply concerned" about the future of the US and endorsed using "life", '
        '"liberty", and "happiness" as the measure of success.'
    )
    assert [q.text for q in ex.quotes] == ["deeply concerned"]


def test_a_description_the_article_never_titles_is_the_recent_subject_not_the_last_name(extract, speaker):
    """ "the former secretary of state said" after "Clinton ... said Trump's products ...": Clinton, the subject,
    not Trump, named last."""
    ex = extract(
        "Donald Trump and Hillary Clinton traded attacks over trade on Monday. "
        "Clinton, speaking in Cleveland, said Trump's own products were made overseas. "
        '"He talks a big game, but he makes his ties in China," the former secretary of state said.'
    )
    assert [speaker(ex, q) for q in ex.quotes] == ["Hillary Clinton", "Hillary Clinton"]


def test_a_report_with_a_quotation_after_its_subject_holds_it(extract):
    """'said voters "don't deserve" to know his position': one word before the quotation, the report going on
    after it; the quoted words are also a partial quote of their own."""
    ex = extract('Joe Biden said voters "don\'t deserve" to know his position.')
    assert [(q.quote_kind, q.text) for q in ex.quotes] == [
        ("indirect", 'voters "don\'t deserve" to know his position'),
        ("partial", "don't deserve"),
    ]


def test_a_speech_verb_with_a_gerund_reports_it(extract, speaker):
    ex = extract(
        "Trump cornered Joe Biden on oil and gas when Biden admitted wanting to phase out the industry. "
        "Senator Jane Doe suggested raising taxes on the rich."
    )
    assert [(q.text, speaker(ex, q)) for q in ex.quotes] == [
        ("wanting to phase out the industry", "Joe Biden"),
        ("raising taxes on the rich", "Jane Doe"),
    ]


def test_call_keeps_on_only_as_its_particle(extract):
    """ "called on X to act" is the cue "called on"; "called Biden a "clown" on Tuesday" is "called"."""
    ex = extract(
        'Donald Trump called Biden a "clown" on Tuesday. Senator Jane Doe called on Congress to act.'
    )
    assert [q.cue for q in ex.quotes] == ["called", "called on"]


def test_a_name_ending_a_fronted_phrase_is_not_the_subject_after_it(extract, speaker):
    """ "In a briefing that included Gavin Newsom, Donald Trump denied ...": the parser makes Newsom the subject
    with Trump in apposition; one person is not another, so Trump, next to the verb, speaks."""
    ex = extract(
        "In a public briefing that included California governor Gavin Newsom, Donald Trump denied the effect of "
        "climate change on the intensity of the fires, arguing they were largely the product of forest mismanagement."
    )
    assert {speaker(ex, q) for q in ex.quotes} == {"Donald Trump"}


def test_a_spokesman_for_someone_is_not_that_someone(extract, speaker):
    """ "a spokesman for West claimed": the spokesman speaks; "Ambassador to Germany Richard Grenell" is Grenell."""
    ex = extract(
        "Kanye West gave an interview. After the interview, a spokesman for West claimed West decided to drop "
        "out of the race. US Ambassador to Germany Richard Grenell alleged the airline had supported the regime."
    )
    assert [(speaker(ex, q), q.speaker_mention) for q in ex.quotes] == [
        (None, "a spokesman"),
        ("Richard Grenell", "Richard Grenell"),
    ]


def test_a_figure_a_source_reports_is_its_report(extract):
    """ "reported a total of 5667 cases": a count or rate is what the source says; "reported a fire" is no report."""
    ex = extract(
        "As of Sunday, the Disease Surveillance Team reported a total of 5667 cases during the outbreak. "
        "Police reported a fire on Main Street."
    )
    assert [(q.text, q.speaker_mention) for q in ex.quotes] == [
        ("a total of 5667 cases", "Disease Surveillance Team")
    ]


def test_a_bracketed_party_and_state_tag_is_not_the_speaker(extract, speaker):
    """ "Senator X (D-Ore), the whip, accused ...": the bracket gives party and state; the senator speaks."""
    ex = extract('Shelley Berkley (D-Nev), a congresswoman, accused Bush of "recycling old rhetoric."')
    assert [(q.text, speaker(ex, q)) for q in ex.quotes] == [("recycling old rhetoric.", "Shelley Berkley")]


def test_with_a_named_person_saying_that_person_speaks(extract, speaker):
    """ "X drew criticism, with Y saying ...": Y says it, not X the sentence is about."""
    ex = extract(
        "Mr Harper has drawn criticism from one conservative with John Kerry saying Harper should keep out of "
        "American politics."
    )
    assert _quotes(ex, speaker) == [
        ("Harper should keep out of American politics", "John Kerry", "John Kerry"),
    ]


def test_with_a_named_person_calling_it_that_person_speaks_when_the_participle_hangs_on_with(
    extract, speaker
):
    """ "The refund was criticised, with X, the shadow treasurer, calling it "…"": the parser may hang the
    participle on "with" (not on the verb); X speaks, not "The extent" the sentence is about, which says nothing."""
    ex = extract(
        "The extent of the refund was criticised in the state assembly that day, with Alice Grant, the Shadow "
        'Treasurer, calling it "half-baked" during debate on a motion to censure the minister for his comments.'
    )
    assert _quotes(ex, speaker) == [("half-baked", "Alice Grant", "Alice Grant")]


def test_a_thing_named_after_a_person_does_not_keep_the_participle_from_the_sentences_person(
    extract, speaker
):
    """ "X's tax plan has come under fire, columnist Y writing that …": the plan is a thing, which says nothing,
    though its phrase names a person; the participle goes to the person of the sentence, not to the plan."""
    ex = extract(
        "Tom Hale's tax plan has come under fire of late, political columnist Anna Berg writing that it "
        '"would hurt small firms."'
    )
    assert _quotes(ex, speaker) == [("would hurt small firms.", "Anna Berg", "Anna Berg")]
    # a family is people: it speaks, not the person it is named after
    ex = extract(
        "Private Tom Hale's family have fought for years to obtain a pardon, saying his refusal to fight was a "
        "result of the stress of the trenches."
    )
    assert [(q.speaker_mention, speaker(ex, q)) for q in ex.quotes] == [("Private Tom Hale's family", None)]


def test_what_x_called_is_called_by_x(extract, speaker):
    """ "on what X called ...": the parser may make the relative "what" a second subject of "called"; the one
    who calls speaks."""
    ex = extract(
        "Alison Vale, a geologist with the state survey, criticized Palin on what Vale called her lack of "
        'reliance on "sound science" when making decisions.'
    )
    assert [(q.text, speaker(ex, q), q.speaker_mention) for q in ex.quotes if q.cue == "called"] == [
        ("sound science", "Alison Vale", "Vale")
    ]


def test_he_said_goes_back_to_the_speaker_not_to_what_he_reported(extract, speaker):
    """ "X defended it, claiming the plan threatened Y. '…', he said": "threatened" is inside X's report, so
    "he" is X, not "the plan"."""
    ex = extract(
        "Kevin Rudd spoke in Sydney on Monday. Rudd defended his remarks, claiming the senator's plan threatened "
        'the alliance.\n\n"A withdrawal now would be read as a defeat," he said.'
    )
    assert [(q.text[:20], speaker(ex, q)) for q in ex.quotes] == [
        ("the senator's plan t", "Kevin Rudd"),
        ("A withdrawal now wou", "Kevin Rudd"),
    ]


def test_an_opinion_piece_is_its_writers_words(extract, speaker):
    """ "X wrote an opinion piece ... describing how ...": the writer speaks, and "he" after it is the writer."""
    ex = extract(
        "On May 2, 2004, Tom Morgan wrote an opinion piece in the Boston Globe attacking the governor's claim by "
        "describing how his own visits to the region had convinced him that no such deal had been made. "
        "He went on to accuse the administration of inflating the figures."
    )
    assert [speaker(ex, q) for q in ex.quotes] == ["Tom Morgan", "Tom Morgan"]


def test_led_people_to_say_is_said_by_those_people(extract, speaker):
    """ "It was a quarrel ... that has led many voters to say ...": the object of "led" says it."""
    ex = extract(
        "It was a quarrel like that seen in the assembly that has led many Ghanaians to say they have been "
        "let down by their leaders."
    )
    assert [(q.text, q.speaker_mention) for q in ex.quotes] == [
        ("they have been let down by their leaders", "Ghanaians")
    ]


def _reparsed(text: str, heads: dict[str, tuple[str, str]]):
    """The text parsed, then some words re-hung (word -> (dep, head word)) as the parser does on some real
    sentences, so a test can pin down what happens on that parse."""
    from spacy.tokens import Doc

    from newsroom.extract import load_nlp

    doc = load_nlp()(text)
    index = {t.text: t.i for t in doc}
    words = [t.text for t in doc]
    new_heads = [index[heads[t.text][1]] if t.text in heads else t.head.i for t in doc]
    deps = [heads[t.text][0] if t.text in heads else t.dep_ for t in doc]
    ents = [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in doc]
    return Doc(
        doc.vocab,
        words=words,
        spaces=[bool(t.whitespace_) for t in doc],
        tags=[t.tag_ for t in doc],
        pos=[t.pos_ for t in doc],
        lemmas=[t.lemma_ for t in doc],
        heads=new_heads,
        deps=deps,
        ents=ents,
        sent_starts=[t.is_sent_start for t in doc],
    )


def test_told_the_paper_after_a_quote_is_not_said_by_the_paper_or_a_possessor():
    """'"…," X, one of Y's group members, told The Boston Globe', parsed with X as the subject of another
    word and "told" without one: the paper is only the hearer and Y only owns the group, so X speaks."""
    from newsroom.extract import extract_doc

    text = (
        '"It all grew out of anger," Dana Whitlow, one of Walker\'s critics, told The Boston Globe. '
        '"Last month this was just six parents talking."'
    )
    doc = _reparsed(text, {"Whitlow": ("nsubj", "of"), "of": ("prep", "grew")})
    ex = extract_doc(doc)
    names = {a.entity_index: a.name for a in ex.actors}
    direct = [(q.text, names.get(q.speaker_entity)) for q in ex.quotes if q.quote_kind == "direct"]
    assert direct == [
        ("It all grew out of anger,", "Dana Whitlow"),
        ("Last month this was just six parents talking.", "Dana Whitlow"),
    ]


def test_adding_after_an_inverted_cue_is_said_by_the_name_after_the_cue():
    """'"…," stated X in his address, adding "…"' parsed with X as the object of "stated": X adds the words, not
    whoever "his" is taken for (here the other man of the story, and every quote continuing after it)."""
    from newsroom.extract import extract_doc

    text = (
        "Governor Mark Delgado named Tom Fischer as his choice for housing commissioner. "
        '"We will keep every clinic open," stated Delgado in his address, adding "few will matter more '
        'than the housing department." "Tom has led the largest housing plan in the state," continued Delgado.'
    )
    doc = _reparsed(text, {"Delgado": ("dobj", "stated")})
    ex = extract_doc(doc)
    names = {a.entity_index: a.name for a in ex.actors}
    said = [(q.quote_kind, names.get(q.speaker_entity), q.speaker_mention) for q in ex.quotes]
    assert ("direct", "Mark Delgado", "Delgado") in said  # 'adding "…"': a quoted clause said outright
    assert all(name == "Mark Delgado" for kind, name, _ in said if kind in ("direct", "partial")), said


def test_a_medium_whose_own_report_holds_the_words_is_not_a_relay(extract, speaker):
    """'"…," the Times reported' relays the last speaker; 'the Globe is reporting that X's "…"' is the Globe's."""
    ex = extract(
        "Senator Ann Cole spoke in Boston on Monday. "
        'The Boston Globe is reporting that the senator\'s "political future" will be decided soon.'
    )
    assert [(q.text, speaker(ex, q)) for q in ex.quotes if q.quote_kind == "partial"] == [
        ("political future", "Boston Globe")
    ]


def test_a_role_in_apposition_to_a_reporting_agency_speaks(extract, speaker):
    """'According to news agency IRNA, the prosecutor general of Tabriz, X, said', parsed with the prosecutor in
    apposition to the agency: the prosecutor speaks, the agency only relays him."""
    ex = extract(
        "According to semi-official news agency IRNA, the prosecutor general of Tabriz, Ahmad Rahimi, said the "
        'suspects must face "murder and terrorism charges".'
    )
    assert [(q.quote_kind, q.text, speaker(ex, q)) for q in ex.quotes] == [
        ("indirect", 'the suspects must face "murder and terrorism charges"', "Ahmad Rahimi"),
        ("partial", "murder and terrorism charges", "Ahmad Rahimi"),
    ]


def test_he_does_not_continue_a_thing_that_alleges(extract, speaker):
    """'The second [count] alleges he had told reporters "…"': "he" is a person, not the count."""
    ex = extract(
        "One count alleges Mr. Dorsey lied to investigators. "
        'The second alleges he had told reporters "I never met the buyer."'
    )
    assert [(q.text, speaker(ex, q)) for q in ex.quotes if q.quote_kind == "direct"] == [
        ("I never met the buyer.", "Dorsey")
    ]


def test_quoted_words_without_a_cue_belong_to_the_main_clause_subject(extract, speaker):
    """Not to the subject of an adverbial clause before it, nor to the reporting verb in that clause."""
    ex = extract(
        "When the mayor tweeted that the vote was rigged, Twitter attached a notice "
        '"misleading and unverified" to the post.'
    )
    assert [(q.text, speaker(ex, q)) for q in ex.quotes if q.quote_kind == "partial"] == [
        ("misleading and unverified", "Twitter")
    ]


def test_a_passive_report_is_not_its_subjects(extract, speaker):
    """'X was said to be suffering "…"', 'X is mentioned as a "…"': someone unnamed said it, not X; '… by the WHO'
    names who; a passive subject does use the words of a participle it governs."""
    ex = extract(
        'The governor was said to be suffering "minor symptoms". '
        'The virus was declared a "global emergency" by the World Health Organization. '
        'Sam Ortiz is mentioned as a "key recruit" in the files. '
        'The Solidarity Party is based on Catholic social teaching, advocating "a consistent life ethic".'
    )
    assert [(q.text, speaker(ex, q), q.speaker_mention) for q in ex.quotes] == [
        ("minor symptoms", None, None),
        ("global emergency", "World Health Organization", "World Health Organization"),
        ("key recruit", None, None),
        ("a consistent life ethic", "Solidarity Party", "Solidarity Party"),
    ]


def test_asked_what_others_think_reports_nothing(extract, speaker):
    """'Asked what his colleagues think, X replied, "…"': the question was put to X, no one's words are reported."""
    ex = extract(
        'Asked what his colleagues think of the ruling, spokesman Dan Ortiz replied, "They were very supportive."'
    )
    assert [(q.quote_kind, q.text, speaker(ex, q)) for q in ex.quotes] == [
        ("direct", "They were very supportive.", "Dan Ortiz")
    ]


def test_a_definite_body_description_refers_back_to_the_named_body(extract, speaker):
    """'The news agency reported' is the medium named before, not the last body named; 'the ethnic armed group'
    is the armed group just named; 'the likely nominee' is the person holding that role."""
    ex = extract(
        "Senator Amy Shaw told the Associated Press that the bill would pass. The Senate Ethics Committee met on "
        "Monday. The news agency reported that Shaw would meet the committee. "
        "The Arakan Army captured the regional command on Sunday. The ethnic armed group said it had taken 200 "
        "prisoners."
    )
    assert [(q.text, speaker(ex, q)) for q in ex.quotes] == [
        ("the bill would pass", "Amy Shaw"),
        ("Shaw would meet the committee", "Associated Press"),
        ("it had taken 200 prisoners", "Arakan Army"),
    ]


def test_a_nominee_is_the_person_named_as_one(extract, speaker):
    ex = extract(
        'Republican nominee John Carter met reporters in Ohio. "The report is not true," the likely nominee said.'
    )
    assert [(q.text, speaker(ex, q)) for q in ex.quotes] == [("The report is not true,", "John Carter")]


def test_he_in_what_a_named_person_says_is_that_person(extract, speaker):
    """'The paper revealed that X accepted blame but did not say he had ordered it. Speaking to Y, he said …':
    the "he" of X's own (unsaid) words is X, so the next "he said" continues X, not a person named earlier."""
    ex = extract(
        "On Thursday, Hatice Demir addressed reporters in New York. "
        "The previous day, broadcaster PBS revealed that Crown Prince Faisal bin Nasser accepted responsibility "
        "for the killing but did not say he had ordered it. "
        'Speaking to a PBS reporter, he said, "It happened under my watch."'
    )
    assert [(q.text, speaker(ex, q)) for q in ex.quotes if q.quote_kind == "direct"] == [
        ("It happened under my watch.", "Faisal bin Nasser")
    ]


def test_a_prosecutor_general_is_no_military_general(extract, speaker):
    ex = extract(
        "General Qasem Farahani was killed in January. Ahmad Rahimi took office in May. "
        "The prosecutor general said on Monday that 36 people were wanted."
    )
    assert [(q.text, speaker(ex, q)) for q in ex.quotes] == [("36 people were wanted", "Ahmad Rahimi")]


def test_a_quoted_name_in_a_headline_without_a_reporting_verb_is_no_quote(extract, speaker):
    """'alleged "Desert Fox" hacker' names someone; 'citing "security"' quotes the subject of the verb it follows."""
    body = "The ministry gave no details."
    ex = extract(body, title='Court backtracks over status of alleged "Desert Fox" hacker')
    assert [q.text for q in ex.quotes if q.in_headline] == []
    ex = extract(body, title="Germany bans Iranian airline, citing 'security'")
    assert [(q.text, q.speaker_mention) for q in ex.quotes if q.in_headline] == [("security", "Germany")]


def test_words_a_speech_noun_introduces_are_its_authors(extract, speaker):
    """'found worrisome a statement by X in October that "…"' (the clause hung on another word by the parser) and
    'rejected Y's claim that "…"': the statement's or claim's author speaks, not who found or rejected it."""
    ex = extract(
        "Former minister Paul Weber said that he was worried. He found particularly worrisome a statement by "
        'candidate Rudy Marino in October that "If I am elected, I guarantee you, we will never find out." '
        'Senator Ann Cole rejected Governor Tim Roe\'s claim that "the state is broke".'
    )
    assert [(q.text, speaker(ex, q)) for q in ex.quotes if q.quote_kind == "partial"] == [
        ("If I am elected, I guarantee you, we will never find out.", "Rudy Marino"),
        ("the state is broke", "Tim Roe"),
    ]


def test_he_and_she_continue_an_unnamed_person_of_the_same_sex(extract, speaker):
    """'A spokesman for X said …. He said …' and 'An aide said …. He said …': the unnamed person goes on speaking;
    a spokeswoman is not "he"."""
    ex = extract(
        "A spokesman for the ministry said the talks had failed. He said a new round would begin in May. "
        "An aide to the governor said the bill was dead. He said the governor would veto it. "
        "A spokeswoman for the council said the vote was delayed. He said nothing else."
    )
    assert [q.speaker_mention for q in ex.quotes] == [
        "A spokesman",
        "A spokesman",
        "An aide",
        "An aide",
        "A spokeswoman",
    ]


def test_a_speech_noun_reports_for_the_outlet_it_names_or_whoever_issues_it(extract, speaker):
    """'the Daily Ledger report that B', 'X made an announcement that B', 'X repeated the criticism that B': the
    noun's clause is a report; who denies or rejects a claim did not make it, and 'the statement he made' is no
    report."""
    sentences = [
        "Senator Ruth Adams cited the Daily Ledger report that the mines had been sold in secret.",
        "Governor Paul Weber made a surprise announcement on Friday that he was leaving the party.",
        "Mayor Lena Fox repeated the criticism that the budget ignores the suburbs.",
    ]
    assert [[(q.text, q.speaker_mention, q.cue) for q in extract(s).quotes] for s in sentences] == [
        [("the mines had been sold in secret", "Daily Ledger", "report")],
        [("he was leaving the party", "Paul Weber", "announcement")],
        [("the budget ignores the suburbs", "Lena Fox", "criticism")],
    ]
    assert extract("Governor Paul Weber denied the claim that he was leaving the party.").quotes == []
    assert extract("Governor Paul Weber said the statement he made was short.").quotes[0].text == (
        "the statement he made was short"
    )


def test_a_participle_on_a_thing_acted_on_is_said_by_the_one_acting(extract, speaker):
    """'X welcomed the decision, stating "..."', 'X joined the calls asking ...': the decision and the calls do not
    speak, X does; a message ('filed a motion claiming') still speaks for its author."""
    ex = extract(
        'Opposition leader Maria Keane welcomed the decision stating, "This should have happened months ago." '
        "Prime Minister Tom Hale joined the calls asking the airline to refund passengers."
    )
    assert [(speaker(ex, q), q.cue) for q in ex.quotes] == [
        ("Maria Keane", "stating"),
        ("Tom Hale", "asking"),
    ]


def test_a_medium_reporting_what_a_named_actor_said_holds_the_report(extract, speaker):
    """'the Ledger reported that the agency had announced B' is the medium's report of a named actor's act; 'the
    Ledger reported a government source said B' relays its unnamed source, whose report stands alone."""
    ex = extract(
        "The Daily Ledger reported that the Transport Agency had announced a new fare plan for the city's buses."
    )
    assert ("the Transport Agency had announced a new fare plan for the city's buses", "Daily Ledger") in [
        (q.text, q.speaker_mention) for q in ex.quotes
    ]
    ex = extract(
        "The Daily Ledger reported on Monday a government source said the fare plan had been dropped."
    )
    assert [q.text for q in ex.quotes] == ["the fare plan had been dropped"]


def test_a_speech_verb_with_an_object_and_an_as_phrase_reports_both(extract, speaker):
    """'announced the cause of death as heart failure', 'reports residents as welcoming the move': what the source
    says of the object; 'reports X as saying' only names who says the quotation."""
    ex = extract("The ministry announced the cause of death as heart failure.")
    assert [(q.text, q.speaker_mention) for q in ex.quotes] == [
        ("the cause of death as heart failure", "The ministry")
    ]
    ex = extract('The Daily Ledger reports Mayor Lena Fox as saying, "We will rebuild the bridge."')
    assert [(q.quote_kind, q.text) for q in ex.quotes] == [("direct", "We will rebuild the bridge.")]


def test_a_he_after_a_long_quotation_continues_its_speaker(extract, speaker):
    """Sentences wholly inside quotation marks are the speaker's, not the narration's: four of them between
    "according to X" and "He" do not put X out of the pronoun's reach."""
    ex = extract(
        "Premier Samuel Okafor opened the trade summit in Lagos on Monday. According to Okafor, tariffs on farm "
        'goods must fall. "Our farmers are ready. Our ports are ready. Our banks are ready. Only the rules are '
        'not." He added that the talks would resume in March.'
    )
    texts = dict((text, who) for text, who, _ in _quotes(ex, speaker))
    assert texts["the talks would resume in March"] == "Samuel Okafor"


def test_a_date_before_the_paper_is_not_the_source(extract, speaker):
    """ "according to today's News of the Week": the parser gives "to" two objects, the date and the paper."""
    ex = extract("The senator is preparing a bid for the presidency, according to today’s News of the Week.")
    assert [(q.text, q.speaker_mention.split()[0]) for q in ex.quotes] == [
        ("The senator is preparing a bid for the presidency", "News")
    ]


def test_he_after_a_speakers_quoted_sentences_is_that_speaker(extract, speaker):
    """'X said. "A. B. C," he said.': the speaker's own quoted sentences do not count in the pronoun's look-back,
    so "he" is the one who just spoke, not a man named earlier."""
    ex = extract(
        "Governor Tom Ridley met the mayor, Paul Hanks, on Tuesday. "
        '"We will rebuild the bridge by spring," Ridley said. "The money is there. The engineers are ready. '
        'Nobody should doubt it," he said.'
    )
    assert [(speaker(ex, q), q.speaker_mention) for q in ex.quotes] == [
        ("Tom Ridley", "Ridley"),
        ("Tom Ridley", "Ridley"),
    ]


def test_a_conjunct_without_and_or_before_a_singular_verb_is_an_apposition(extract, speaker):
    """'Springfield, Illinois voter Jane Doe alleged': with no "and" the parser's second conjunct is the person
    the place describes; before a singular verb ('A and B captain C says') one subject speaks: the one nearest it."""
    ex = extract(
        "A judge dismissed the case in May. Lake Forest, Illinois voter Margaret Ellison alleged that the count "
        "was flawed. Team Sweden and Boston Bruins defenceman Erik Lindqvist says he will retire."
    )
    assert [(q.text, speaker(ex, q)) for q in ex.quotes] == [
        ("the count was flawed", "Margaret Ellison"),
        ("he will retire", "Erik Lindqvist"),
    ]


def test_a_first_person_quotation_with_no_cue_is_the_subject_just_narrated(extract, speaker):
    """A quotation in the first person standing alone, with no one quoted before it, is the person the last
    sentences made their subject; one that is not in the first person gets no speaker that way."""
    ex = extract(
        "Prime Minister Anna Berg spent her childhood in Malmo, where her father ran a small school. "
        '"I remember the smell of chalk and the noise of the corridors every single morning."'
    )
    direct = [q for q in ex.quotes if q.quote_kind == "direct"]
    assert [(speaker(ex, q), q.speaker_mention) for q in direct] == [("Anna Berg", "Anna Berg")]
    ex = extract(
        "Prime Minister Anna Berg spent her childhood in Malmo, where her father ran a small school. "
        '"The smell of chalk and the noise of the corridors filled every single morning."'
    )
    assert [speaker(ex, q) for q in ex.quotes if q.quote_kind == "direct"] in ([], [None])


def test_a_clause_after_the_verb_is_the_report_not_a_fronted_participle(extract):
    """'Speaking outside the summit in Geneva, the minister said B': the parser may hang the participle's phrase
    on "said" as a complement too; the clause after the verb, with its own subject, is what was said."""
    ex = extract(
        "Speaking outside a two-day international donors conference in London, Mr Halvorsen said Norway's "
        "commitment to Sudan was not as large as some countries, but it would nevertheless make a big difference."
    )
    assert [q.text for q in ex.quotes if q.quote_kind == "indirect"] == [
        "Norway's commitment to Sudan was not as large as some countries, but it would nevertheless make a big "
        "difference"
    ]


def test_a_reporting_verb_parsed_as_an_adjective_still_reports_its_clause(extract):
    """'X claimed premiums have been lower': the parser, reading the surname as a common noun, takes "claimed"
    for an adjective of the clause's subject; it is still X's report. 'The reported cases rose' is an adjective
    and reports nothing."""
    ex = extract(
        "When asked about health care, Trump claimed insurance premiums have been lower during his administration. "
        "The reported cases rose sharply in May."
    )
    assert [(q.text, q.speaker_mention) for q in ex.quotes] == [
        ("insurance premiums have been lower during his administration", "Trump")
    ]


def test_a_participle_on_an_unrealised_reported_act_goes_on_with_the_reporter(extract, speaker):
    """'X demanded that Budapest amend the law, saying ...': the participle hung on a reported act that has not
    happened is the reporter's; 'said Pakistan had conveyed its concerns, urging ...' is Pakistan's own act."""
    ex = extract(
        "The European Commission demanded that Hungary amend its media law within two months, saying several "
        "provisions breached the bloc's rules."
    )
    assert [(q.text, speaker(ex, q)) for q in ex.quotes if q.cue == "saying"] == [
        ("several provisions breached the bloc's rules", "European Commission")
    ]


def test_a_pronoun_is_not_the_person_its_own_report_names(extract, speaker):
    """'He alleged that Obama ...': the subject pronoun of a verb is never a person named in that verb's own
    complement, so it goes back to the man named before."""
    ex = extract(
        "The court dismissed an appeal filed by retired attorney Leo Marsh, a voter who asked whether Senator "
        "Paul Okafor was eligible for the office. He alleged that Okafor had dual nationality at birth."
    )
    assert [(q.text, speaker(ex, q)) for q in ex.quotes if q.cue == "alleged"] == [
        ("Okafor had dual nationality at birth", "Leo Marsh")
    ]


def test_who_is_quoted_speaks_not_who_quotes(extract, speaker):
    """ "X was quoted (by Reuters) as saying": X speaks; the medium only relays."""
    ex = extract(
        '"The harbour will reopen on Monday," port director Elena Marsh is quoted by Reuters as saying. '
        '"We will not raise fees this year," Mayor Tom Reed was quoted saying.'
    )
    assert [speaker(ex, q) for q in ex.quotes] == ["Elena Marsh", "Tom Reed"]


def test_a_name_inside_a_subjects_prepositional_phrase_is_not_the_speaker(extract, speaker):
    """ "Marta Kowalczyk from Gdansk, a welder at the Baltic Shipyard HQ, said": the parse may leave the verb
    without a subject; the object of "at" is no subject, the person named before it speaks."""
    ex = extract(
        "When asked about the repairs, Marta Kowalczyk from Gdansk, a welder at the Baltic Shipyard HQ, said: "
        '"We finished the hull in May."'
    )
    assert _quotes(ex, speaker) == [("We finished the hull in May.", "Marta Kowalczyk", "Marta Kowalczyk")]


def test_a_spokesman_for_a_body_with_a_relative_clause_speaks(extract, speaker):
    """ "A spokesman for the committee that will consider the measure said": the parser may make "the measure" the
    verb's subject inside the relative clause; the sentence's noun root speaks."""
    for body in (
        'A spokesman for the House committee that will consider the measure said there were "several open '
        'questions" about its cost.',
        'A spokesman for the subcommittee that will consider the law said there were "real doubts" over the text.',
    ):
        assert {q.speaker_mention for q in extract(body).quotes} == {"A spokesman"}


def test_figures_someone_provided_are_that_ones_report(extract, speaker):
    """ "according to counts that local officials provided to the agency": the officials vouch for it."""
    ex = extract(
        "Turnout reached 64 percent in the northern provinces, according to counts that local officials provided "
        "to the news agency."
    )
    assert [q.speaker_mention for q in ex.quotes] == ["local officials"]


def test_a_quotation_after_narration_is_its_subjects_words(extract, speaker):
    """A quotation with no cue right after a sentence of narration in its paragraph is that sentence's subject's,
    not the last speaker's nor the speaker of a report nested inside the narration."""
    ex = extract(
        'Senator Maria Lopez called the deal a fix. "It was arranged in advance," said Lopez.\n\n'
        "Governor Tom Reed disputed that account. "
        '"Nobody arranged anything, and the record shows it."\n\n'
        "Reed grew angry when asked about a column quoting an adviser saying that donors paid for the trip. "
        '"That is simply untrue."'
    )
    assert [(q.text, speaker(ex, q)) for q in ex.quotes if q.quote_kind == "direct"] == [
        ("It was arranged in advance,", "Maria Lopez"),
        ("Nobody arranged anything, and the record shows it.", "Tom Reed"),
        ("That is simply untrue.", "Tom Reed"),
    ]


def test_a_passive_report_repeating_the_last_report_is_its_reporters(extract, speaker):
    """'It is also claimed' right after 'X claimed' is X's claim; a passive report with no such report before it
    stays unattributed."""
    ex = extract(
        "Union leader Jane Kowalski claimed the minister had met the strikers in secret. "
        'It is also claimed the minister is "ready to give in".\n\n'
        'The plan was described as "a bold step".'
    )
    assert [(q.text, speaker(ex, q), q.speaker_mention) for q in ex.quotes if q.quote_kind == "partial"] == [
        ("ready to give in", "Jane Kowalski", "Jane Kowalski"),
        ("a bold step", None, None),
    ]


def test_a_conjunct_hung_on_the_main_verb_keeps_its_own_subject(extract, speaker):
    """'introduced by X, who backed Y but now says …': the "but" belongs to "backed", so X says it, not whoever
    the main clause is about."""
    ex = extract(
        "Kerry and Warner were introduced by Ohio governor Ted Strickland, who backed Edwards in the primaries "
        "but now says he is supporting Kerry."
    )
    assert _quotes(ex, speaker) == [("he is supporting Kerry", "Ted Strickland", "Ted Strickland")]


def test_he_answering_a_question_is_the_one_asked(extract, speaker):
    """'A reporter asked Mr X whether …. He answered by saying …': the one asked answers."""
    ex = extract(
        "A reporter asked Mr Hammond whether the army would stay. "
        "He answered by saying the decision belonged to the cabinet."
    )
    assert [(q.text, speaker(ex, q)) for q in ex.quotes][-1] == (
        "the decision belonged to the cabinet",
        "Hammond",
    )


def test_according_to_a_role_named_in_apposition_is_the_person(extract, speaker):
    """'according to the company's spokesman, John Smith, …': John Smith vouches for what follows, and his name
    is no part of the report."""
    ex = extract("According to the company's spokesman, John Smith, sales fell by half in the last quarter.")
    assert _quotes(ex, speaker) == [("sales fell by half in the last quarter", "John Smith", "John Smith")]


def test_a_hyphenated_title_names_its_holder(extract, speaker):
    """The tokenizer splits "secretary-general" at the hyphen; "the secretary-general" is still the person
    titled so before."""
    ex = extract(
        "Commonwealth Secretary-General Patricia Ndlovu arrived in Accra on Monday. "
        "The secretary-general said the talks would resume next week."
    )
    assert _quotes(ex, speaker) == [
        ("the talks would resume next week", "Patricia Ndlovu", "The secretary-general")
    ]


def test_the_secretary_is_the_one_titled_with_a_secretary_office(extract, speaker):
    """ "the secretary" refers back to a defence or foreign secretary named earlier, not to a government."""
    ex = extract(
        "British Defence Secretary Helen Marsh visited troops in Kabul on Monday. "
        "The secretary said the mission would continue until the spring."
    )
    assert _quotes(ex, speaker) == [
        ("the mission would continue until the spring", "Helen Marsh", "The secretary")
    ]


def test_a_heckler_after_the_verb_is_the_one_yelling(extract, speaker):
    """'"…?" yelled a heckler': the speaker after the verb is parsed as its object (and a word inside the
    quotation as its subject), which for "yell" would otherwise mean no report at all; the next quotation goes on
    with the same speaker."""
    ex = extract(
        'The mayor was opening the new library when the hall went quiet. "Where are the buses, Mayor?" yelled a '
        'heckler at the back. "Why will nobody answer?"'
    )
    assert [(q.text, q.speaker_mention) for q in ex.quotes] == [
        ("Where are the buses, Mayor?", "a heckler"),
        ("Why will nobody answer?", "a heckler"),
    ]


def test_a_statement_read_out_keeps_the_speaker_quoted_before(extract, speaker):
    """'"…," read a statement': a document after the inverted verb is what was read, by whoever spoke."""
    ex = extract(
        '"We have restored order," an army spokesman told journalists on Sunday. '
        '"The border is calm and the roads are open," read a statement from the ministry.'
    )
    assert [q.speaker_mention for q in ex.quotes] == ["an army spokesman", "an army spokesman"]


def test_summarised_is_a_reporting_verb(extract, speaker):
    ex = extract(
        '"We are ready to sign," summarised Amina Odhiambo, the union\'s chairwoman, after the vote.'
    )
    assert [speaker(ex, q) for q in ex.quotes] == ["Amina Odhiambo"]


def test_a_surname_after_a_fronted_name_is_the_subject(extract, speaker):
    """ "Praising her deputy, Tom Hale, Moreno stated …": the parser may make the deputy the subject with the
    speaker coordinated to him; a surname of someone the article names in full is a person, not a title."""
    ex = extract(
        "Mayor Lucia Moreno and her deputy Tom Hale opened the bridge in Leeds. "
        'Praising her deputy, Tom Hale, Moreno stated, "We finished a year early. Hale kept us on time."'
    )
    assert [speaker(ex, q) for q in ex.quotes] == ["Lucia Moreno"]


def test_a_list_of_subjects_with_and_is_not_an_apposition(extract, speaker):
    """ "Lopez, Hawkins, Brown and Carroll all agreed that …": a list, so its first name speaks (as before), not
    the second."""
    ex = extract(
        "Maria Lopez, Jim Hawkins, Ann Brown and Tom Carroll debated on Monday. "
        "Lopez, Hawkins, Brown, and Carroll all agreed that schools should reopen."
    )
    assert [speaker(ex, q) for q in ex.quotes if q.text == "schools should reopen"] == ["Maria Lopez"]


def test_a_report_still_to_be_made_inside_a_report_is_the_reporters(extract, speaker):
    """ "Karimi said the union will protest … to "defend our jobs"": the union has not yet protested; the quoted
    words are in what she said."""
    ex = extract(
        "Union lawyer Nasrin Karimi spoke in Lyon on Monday. Karimi said that the union will protest against the "
        'closure and take the case to court to "defend our jobs".'
    )
    assert [(q.speaker_mention, q.cue) for q in ex.quotes if q.text == "defend our jobs"] == [
        ("Karimi", "said")
    ]


def test_words_inside_a_claim_are_its_authors(extract, speaker):
    """ "Ruiz's claim that crime was at a "historic low" was disputed by a chief, who said …": the quoted words are
    in Ruiz's claim, whoever speaks later in the sentence."""
    ex = extract(
        'Mayor Ana Ruiz\'s claim that crime was at a "historic low" was disputed on Tuesday by Police Chief Tom '
        'Hale, who said "We see no change on the streets."'
    )
    # NER leaves "Ana Ruiz" untagged; the mayor's title makes her a person, named as "Tom Hale" is (bind35)
    assert [(speaker(ex, q), q.speaker_mention, q.cue) for q in ex.quotes if q.text == "historic low"] == [
        ("Ana Ruiz", "Ana Ruiz", "claim")
    ]


def test_they_is_the_people_last_made_a_subject_not_a_body_named_before_them(extract, speaker):
    """ "They" after a sentence whose subject is a plural noun (or a share of one) is those people, not the
    organisation that was the subject a sentence earlier."""
    ex = extract(
        "The Harbour Trust backed the new ferry terminal. Many residents protested against it on Saturday. "
        "They argued that it would flood the old quarter. "
        "Some of the fishermen in the port wrote to the council. They claimed that the catch would fall."
    )
    assert [(speaker(ex, q), q.speaker_mention) for q in ex.quotes] == [
        ("civilians", "Many residents"),
        (None, "Some of the fishermen in the port"),
    ]


def test_they_after_a_body_subject_stays_the_body(extract, speaker):
    ex = extract(
        "Local residents met on Monday. The Harbour Trust rejected their petition. "
        "They said that the terminal would open in May."
    )
    assert [(speaker(ex, q), q.speaker_mention) for q in ex.quotes][-1][0] == "Harbour Trust"


def test_a_name_ner_took_for_a_body_still_agrees_with_he_or_she_by_its_given_name():
    """A previous speaker NER typed as an organisation ("State Commissioner of Education Margaret Lindqvist") is
    still the "she" of the next report when the mention ends in a name shaped as a person's of her sex."""
    from newsroom.extract.quotes.pronouns import _ends_in_person_name

    assert _ends_in_person_name("State Commissioner of Education Margaret Lindqvist", "she")
    assert not _ends_in_person_name("State Commissioner of Education Margaret Lindqvist", "he")
    assert not _ends_in_person_name("the Education Department", "she")


def test_a_place_or_firm_modifying_an_unnamed_person_does_not_speak(extract, speaker):
    """ "a Hillcrest resident said": the resident speaks, not the place the noun before it names."""
    ex = extract(
        "Crowds gathered in Hillcrest on Sunday. "
        '"We are tired of waiting," a 34-year-old Hillcrest resident told reporters.'
    )
    assert [(speaker(ex, q), q.speaker_mention) for q in ex.quotes] == [
        (None, "a 34-year-old Hillcrest resident")
    ]


def test_a_spokesman_for_an_organisation_speaks_for_it(extract, speaker):
    """ "a spokeswoman for X said": X's words; a spokesman for a named person is left to that person's own rules."""
    ex = extract(
        "The Northern Rail Company cancelled 40 trains on Friday. "
        "A spokeswoman for the Northern Rail Company said that services would resume on Monday."
    )
    assert [(speaker(ex, q), q.speaker_mention) for q in ex.quotes] == [
        ("Northern Rail Company", "A spokeswoman")
    ]


def test_quoted_words_in_what_a_clause_below_the_main_one_thinks_are_its_subjects(extract, speaker):
    """'X compared it with Y, while Z thought it was a "…"': Z used the words, not the main clause's subject; a
    to-infinitive below ('got the board to class them as "…"') says nothing its subject thought."""
    ex = extract(
        "The outgoing mayor Tom Brandt has compared the new tower with a prison, while council leader Ann Roe "
        'thought it was a "grave error" that would cost the city dearly.'
    )
    assert [(q.text, speaker(ex, q)) for q in ex.quotes] == [("grave error", "Ann Roe")]


def test_quoted_words_in_a_that_clause_coordinated_with_a_thought_are_the_thinkers(extract, speaker):
    """'..., while Z thought it was "…", and also that "…"': the second "that" clause is what Z thought too."""
    ex = extract(
        "The outgoing Peruvian President Marco Silva has compared the fence with a prison wall, while "
        'President-elect Pedro Lopez thought it was a "grave mistake", and also that "the fence doesn\'t resolve '
        'anything", causing more deaths.'
    )
    said = {q.text: speaker(ex, q) for q in ex.quotes}
    assert said["the fence doesn't resolve anything"] == "Pedro Lopez"


def test_quoted_words_in_a_relative_clause_are_its_subjects(extract, speaker):
    """'the plans, which the leader of the union, Y, found to be "…"': Y found them so, not the main subject."""
    ex = extract(
        "In her speech, Mayor Julia Brandt did not distinguish between the two plans, which the leader of the "
        'dockers, Peter Olsen, found to be "an insult to our members".'
    )
    assert [(q.text, speaker(ex, q)) for q in ex.quotes] == [("an insult to our members", "Peter Olsen")]


def test_quoted_words_in_the_clause_of_a_message_are_its_makers(extract, speaker):
    """'a memo by Y that blamed …on "…"', 'a letter from Y "written to …"': the message's maker wrote the words,
    not whoever obtained or carried it."""
    ex = extract(
        "The day after the vote, the Herald obtained an internal memo by the agency's director Mark Dolan that "
        'blamed the cuts on "reckless attacks on public radio."\n\n'
        "The envoy, Carl Weber, was sent to Lima with a letter from Governor Ann Roe "
        '"written to stress the great urgency" of the talks.'
    )
    said = {q.text: speaker(ex, q) for q in ex.quotes}
    assert said["reckless attacks on public radio."] == "Mark Dolan"
    assert said["written to stress the great urgency"] == "Ann Roe"


def test_a_headline_role_noun_without_article_is_an_unnamed_official(extract, speaker):
    """ "Norwegian official says ..." in a sub-heading is "a Norwegian official says": the government of that
    country speaks, not the Norwegian prime minister named before it."""
    ex = extract(
        "Prime Minister Tomas Halvorsen of Norway met the envoy in Oslo on Monday. He said the talks were useful."
        "\n\nNorwegian official says three killed and dozens injured\n\nThe talks ended without a deal on Tuesday."
    )
    assert _quotes(ex, speaker)[1] == (
        "three killed and dozens injured",
        "Government of Norway",
        "Norwegian official",
    )


def test_a_name_the_tagger_mistook_is_the_actor_it_names_elsewhere(speaker):
    """A subject of proper nouns only that the entity tagger labelled wrongly here (an institute's acronym taken
    for a person) is still the actor of that name met elsewhere in the article."""
    from spacy.tokens import Span

    from newsroom.extract import extract_doc, load_nlp

    doc = load_nlp()(
        "The agency asked the research institute TNV to examine the footage. "
        "TNV noted that the journalists were wearing blue helmets."
    )
    second = [t for t in doc if t.text == "TNV"][1]
    doc.ents = [e for e in doc.ents if e.start != second.i] + [
        Span(doc, second.i, second.i + 1, label="PERSON")
    ]
    ex = extract_doc(doc)
    assert [(q.text, speaker(ex, q)) for q in ex.quotes if q.speaker_mention == "TNV"] == [
        ("the journalists were wearing blue helmets", "TNV")
    ]


def test_research_and_analysis_speak_for_who_made_them(extract, speaker):
    """ "according to research by X", "analysis from X suggests": X, as for a study or a report; "an analysis of
    census data by X" is X's, not the census's (what was studied)."""
    ex = extract(
        "Nearly a third of the river's fish had vanished by 2020, according to research by the Halden Water "
        "Institute. Analysis from Brightwell Partners suggests that the average visit lasts 40 minutes. "
        "Families pay more for care than for rent, according to an analysis of Census Bureau data by "
        "the Marlowe Foundation."
    )
    assert [speaker(ex, q) for q in ex.quotes] == [
        "Halden Water Institute",
        "Brightwell Partners",
        "Marlowe Foundation",
    ]


def test_a_who_clause_ending_in_the_colon_introduces_the_quotation(extract, speaker):
    """ "criticised by A and B, who wrote: "…"": B wrote the words, not A the first of those who criticised; a
    relative clause that is an aside ("which the union described") still loses to the cue after the words."""
    ex = extract(
        'The plan was criticised by local councillors and Mark Ellis, who wrote on Facebook: "Big business wants '
        'to close the harbour." Lena Brandt praised the deal, which the union described as historic. '
        '"It is a good day," she said.'
    )
    assert [(speaker(ex, q), q.cue) for q in ex.quotes] == [("Mark Ellis", "wrote"), ("Lena Brandt", "said")]


def test_a_participle_hung_on_a_thing_goes_on_with_who_acts(extract, speaker):
    """ "criticised the law claiming …", "warned the cabinet against tariffs saying …", "released a statement to
    the newspaper claiming …": the parser hangs the participle on the nearest noun, a thing that says nothing; the
    subject of the reporting act says it. A thing that carries words ("a sign saying") still speaks for itself."""
    ex = extract(
        "The Harbour Trust criticised the new housing law claiming it would leave thousands without shelter. "
        "Senator Jane Holt warned the cabinet against new tariffs saying that they would hurt farmers. "
        "The Ministry of Defence released a statement to the newspaper claiming that no soldiers had been hurt. "
        "Lena Brandt pointed to a sign saying the beach was closed."
    )
    assert [(q.text, speaker(ex, q), q.speaker_mention) for q in ex.quotes] == [
        ("it would leave thousands without shelter", "Harbour Trust", "Harbour Trust"),
        ("they would hurt farmers", "Jane Holt", "Jane Holt"),
        ("no soldiers had been hurt", "Ministry of Defence", "Ministry of Defence"),
        ("the beach was closed", None, "a sign"),
    ]


def test_words_of_a_passive_report_inside_a_report_are_the_reporters(extract, speaker):
    """ "Holt said the agency had long been labelled "…"": no one is named as labelling it, so Holt, who reports
    it, uses the words."""
    ex = extract(
        'Senator Jane Holt said the agency had long been labelled "a rogue operation". '
        'Mark Ellis said the harbour had been described as "a lost cause" for years.'
    )
    assert [(q.text, speaker(ex, q)) for q in ex.quotes if q.quote_kind == "partial"] == [
        ("a rogue operation", "Jane Holt"),
        ("a lost cause", "Mark Ellis"),
    ]


def test_quoted_words_in_a_backshifted_sentence_after_a_report_go_on_with_it(extract, speaker):
    """ "Holt said her office had worked with them. They had worked together to pick "…"": no reporting verb, but
    the past perfect (or "would", "must") continues the report, so the words are Holt's, as are those of the
    next such sentence; a sentence in the narration's own tense keeps its subject."""
    ex = extract(
        "Senator Jane Holt said that her office had worked directly with the party on the strategy. They had "
        'worked together to pick "vulnerable incumbents" for the campaign.\n\n'
        "The premier, Mark Ellis, has said he will not meet the rebels unless they accept two conditions. The "
        'rebels would have to "lay down their arms" first. They must "release every hostage" as well.\n\n'
        'The Harbour Trust met on Monday. The Harbour Trust called the plan "a disgrace".'
    )
    assert [(q.text, speaker(ex, q)) for q in ex.quotes if q.quote_kind == "partial"] == [
        ("vulnerable incumbents", "Jane Holt"),
        ("lay down their arms", "Mark Ellis"),
        ("release every hostage", "Mark Ellis"),
        ("a disgrace", "Harbour Trust"),
    ]


def test_the_report_points_back_to_the_report_whose_maker_was_named(extract, speaker):
    """ "a report from X ... according to the report": the same message told a sentence before, X's."""
    ex = extract(
        "Hospital admissions fell by a fifth last winter, according to a report from the Nuffield Trust. "
        "Waiting lists will keep growing until 2028, according to the report."
    )
    assert _quotes(ex, speaker)[-1] == (
        "Waiting lists will keep growing until 2028",
        "Nuffield Trust",
        "the report",
    )


def test_a_report_with_no_maker_told_before_stays_unnamed(extract, speaker):
    ex = extract("The bridge was closed on Monday. Repairs will take two years, according to the report.")
    assert _quotes(ex, speaker) == [("Repairs will take two years", None, "the report")]


def test_the_study_points_back_along_the_same_study_told_again(extract, speaker):
    """ "A X study suggests … The study found … (sentences) … The study seems to hint": each "the study" is the
    one told before, back to the one whose maker was named; "a report" with no maker ends the chain."""
    ex = extract(
        "A recent Halvorsen Institute study suggests the trend will last. The study found that rents rose by a "
        "third. Prices in the north rose too. Wages fell. The study seems to hint that the cause is migration."
    )
    assert _quotes(ex, speaker)[-1] == ("the cause is migration", "Halvorsen Institute", "The study")
    ex = extract(
        "Admissions fell by a fifth, according to a report from the Nuffield Trust. Beds were short. A report "
        "appeared on Friday. Staff were tired. Waiting lists will keep growing, according to the report."
    )
    assert _quotes(ex, speaker)[-1] == ("Waiting lists will keep growing", None, "the report")


def test_the_statement_points_back_to_who_spoke_in_a_statement(extract, speaker):
    """ "X, in a statement read out on television, announced … The statement also said …": X made the statement."""
    ex = extract(
        "Late on Sunday, President Anna Berg, in a statement read out on television, announced that troops would "
        "leave. The talks had lasted a week. The statement also said the border would stay open."
    )
    assert _quotes(ex, speaker)[-1] == ("the border would stay open", "Anna Berg", "The statement")


def test_the_report_points_back_to_who_reported(extract, speaker):
    """ "X is reporting on … the report said", "X stated … The statement added": the verb made the message, its
    named subject speaks for it; people a group names ("Residents reported …") make no one's report."""
    ex = extract(
        "The Boston Globe is reporting on the mayor's health. His doctor told staff that he had been tired for "
        "weeks. He was being treated for anaemia, the report said."
    )
    assert _quotes(ex, speaker)[-1] == ("He was being treated for anaemia", "Boston Globe", "the report")
    ex = extract(
        "Minister Karl Enns stated on Monday that taxes would rise. Prices fell. The statement added that wages "
        "would be frozen."
    )
    assert _quotes(ex, speaker)[-1] == ("wages would be frozen", "Karl Enns", "The statement")
    ex = extract("Residents reported a loud bang on Monday. The report said windows were broken.")
    assert _quotes(ex, speaker) == [("windows were broken", None, "The report")]


def test_a_narrators_own_line_is_not_the_other_partys(extract, speaker):
    """'"What?" I ask.' and 'I tell the clerk "…"' are the narrator's; the cue-less reply stays the other party's,
    and words in a clause of the person asked keep that person ("I ask X if …; he claims to "…"")."""
    ex = extract(
        "I ask Tom Baxter if he thinks the league is fair; he has coached for 30 years and so claims to "
        "“know the game”. “The main problem is money,” he says. “What?” I ask. “Money.” "
        "Later I tell the clerk “Acme Parcel Worldwide Inc.”"
    )
    said = [(q.text, speaker(ex, q), q.speaker_mention) for q in ex.quotes if q.quote_kind != "indirect"]
    assert said == [
        ("know the game", "Tom Baxter", "he"),
        ("The main problem is money,", "Tom Baxter", "he"),
        ("What?", None, None),
        ("Money.", "Tom Baxter", "he"),
    ]  # a firm's name said to the clerk is a name, no quote (part33)


def test_the_team_is_the_team_a_person_was_named_leading(extract, speaker):
    """ "Roe and her colleagues measured … The team concludes …": the named lead speaks for "the team" and "the
    authors"; a team nobody was named leading stays unnamed."""
    ex = extract(
        "To explore further, the paleontologist Ann Roe and her colleagues measured 157 skulls. "
        "The team concludes that smell helped early birds forage, and the authors write that it gave them an edge."
    )
    assert [(q.text, speaker(ex, q)) for q in ex.quotes] == [
        ("smell helped early birds forage", "Ann Roe"),
        ("it gave them an edge", "Ann Roe"),
    ]
    ex = extract("The bridge was closed on Monday. The team concludes that repairs will take two years.")
    assert [(q.text, speaker(ex, q)) for q in ex.quotes] == [("repairs will take two years", None)]


def test_a_participle_set_off_after_a_name_is_that_person_s(extract, speaker):
    """'a meeting between X, claiming to ..., and Y': the participle set off by commas describes the name before it,
    not the sentence's subject; a participle closing the sentence ('met X, saying ...') is still the subject's."""
    ex = extract(
        "Maria Lopez led the talks for the city. In May, she arranged a meeting between Carlos Mendes, claiming to "
        "represent the ministry, and the mayor."
    )
    assert _quotes(ex, speaker) == [("to represent the ministry", "Carlos Mendes", "Carlos Mendes")]
    ex = extract("Governor Anna Kowalski met Carlos Mendes, saying the talks had gone well.")
    assert _quotes(ex, speaker) == [("the talks had gone well", "Anna Kowalski", "Anna Kowalski")]


def test_a_surname_with_a_curly_apostrophe_completes_the_name(extract, speaker):
    """'said Martin O’Leary': NER takes "Martin" alone for an organisation and leaves "O’Leary" out; the
    speaker is the person the whole name names, as with a straight apostrophe, also when named by surname later."""
    ex = extract(
        "“The shelf is in a very vulnerable position,” said Martin O’Leary, a glaciologist at Swansea University. "
        "“This is the furthest back the ice front has been,” O’Leary said."
    )
    assert [speaker(ex, q) for q in ex.quotes] == ["Martin O’Leary", "Martin O’Leary"]
    assert all(a.actor_type == "person" for a in ex.actors if "Martin" in a.name)


def test_a_role_noun_names_who_holds_that_very_office(extract, speaker):
    """ "the leader" after "Rovian leader Tomas Brel" and "President Anna Volk": a president is a leader too, but
    the one titled "leader" is meant, even though the president was named last."""
    ex = extract(
        "Rovian leader Tomas Brel urged President Anna Volk to end the blockade. "
        "“You have the courage to annul a mistaken order,” the leader wrote to the president."
    )
    assert [(speaker(ex, q), q.speaker_mention) for q in ex.quotes if q.quote_kind == "direct"] == [
        ("Tomas Brel", "the leader")
    ]


def test_the_official_is_the_unnamed_official_just_quoted(extract, speaker):
    """'a senior administration official said … But the official said': the same unnamed official, not President
    Volk, whose office "official" also covers as a broader class; "the spokesman" after "X, a government
    spokesman" stays the person so titled."""
    ex = extract(
        "Rovian leader Tomas Brel urged U.S. President Anna Volk to end the blockade. Brel made the appeal in a "
        "letter, a senior administration official said. But the official said there was nothing new in the letter. "
        "“The operation is going to plan,” said Karl Enns, a government spokesman. "
        "“We hope to finish today,” the spokesman said."
    )
    first, second, third, fourth = (speaker(ex, q) for q in ex.quotes if q.cue in ("said", "says"))
    assert second == first != "Anna Volk"
    assert third == fourth == "Karl Enns"


def test_a_role_after_the_verb_with_a_name_in_apposition_is_that_person(extract, speaker):
    """ "said the UCL astronomer Maria Kowalski": the parser heads the inverted subject on the role, with the
    name in apposition; the person speaks, not the university the role's modifier names."""
    ex = extract(
        "A team from University College London (UCL) studied the planet. "
        '"We now know there is water," said the UCL astronomer Maria Kowalski. '
        '"It is the best candidate for habitability."'
    )
    assert [s for _, s, _ in _quotes(ex, speaker)] == ["Maria Kowalski", "Maria Kowalski"]


def test_he_after_an_unnamed_man_made_the_subject_is_not_the_name_before(extract, speaker):
    """ "A guy ... butts in. '…,' he says": the nearer subject is a man the text does not name, so "he" is not the
    professor named two sentences before; the speaker stays unnamed rather than wrong."""
    ex = extract(
        "Professor Dan Moreno teaches at a college in Ohio. He is not optimistic. At the end of the break, we walk "
        'back to our stations. A guy who has been listening to our conversation butts in. "They can take you for '
        'everything you have got," he says.'
    )
    assert _quotes(ex, speaker) == [("They can take you for everything you have got,", None, "he")]


def test_he_after_his_dad_spoke_is_the_dad(extract, speaker):
    """ "His dad said words to me. He said …": a relation noun of the pronoun's sex is who "he" continues."""
    ex = extract(
        "Governor Tom Blake met the president. I met a boy named Sam. His dad said words to me that I will never "
        'forget. He said, "There are just no jobs."'
    )
    assert _quotes(ex, speaker)[-1] == ("There are just no jobs.", None, "His dad")


def test_she_after_an_unnamed_man_is_still_the_woman_named_before(extract, speaker):
    """An unnamed subject of the other sex does not stand between "she" and the woman named before."""
    ex = extract(
        "Senator Maria Lopez visited the factory on Monday. A man showed the new line to reporters. "
        "She said the plant would stay open."
    )
    assert _quotes(ex, speaker) == [("the plant would stay open", "Maria Lopez", "She")]


def test_the_state_made_a_subject_is_no_person_a_pronoun_continues(extract, speaker):
    """ "The state began force-feeding X after he stopped eating, but he argued …": "state" ends "head of state",
    yet alone it names no person; "he" is still X."""
    ex = extract(
        "Tom Walker, who is serving a sentence for fraud, began a hunger strike in prison. The state began "
        "force-feeding Walker after he stopped eating, but he argued that the feedings violate his rights."
    )
    assert _quotes(ex, speaker)[-1] == ("the feedings violate his rights", "Tom Walker", "he")


def test_a_definite_office_after_a_name_does_not_hold_back_the_pronoun(extract):
    """ "The Greens leader said … '…,' he said": a definite office is often the person named before it, so it does
    not stand between "he" and that name (an indefinite "a spokesman" does)."""
    ex = extract(
        'Senator Bob Carter said he is concerned that the move encourages the region to build reactors. "The '
        'Government does not understand it."\n\nThe Greens leader said that there is a possibility a reactor '
        'could become a target. "It must be a consideration for any inquiry," he said.'
    )
    names = {a.entity_index: a.name for a in ex.actors}
    last = [names.get(e.actor1_entity) for e in ex.events if e.sentence_text.endswith("he said.")]
    assert last == ["Bob Carter"]


def test_a_group_of_people_is_said_by_those_people(extract, speaker):
    """ "A handful of protesters told reporters ...": the gathering is no actor; the protesters speak."""
    ex = extract("A handful of protesters told reporters that the police had beaten them.")
    assert [(speaker(ex, q), q.speaker_mention) for q in ex.quotes] == [
        ("protesters", "A handful of protesters")
    ]
    count = extract(
        "Some soldiers were paid more, according to the number of units they moved across the border."
    )
    assert [speaker(count, q) for q in count.quotes] in ([], [None])


def test_a_court_paper_speaks_as_itself(extract, speaker):
    """ "According to court records, …", "the criminal information alleges …": the document is the source, not
    the court it was filed in nor an actor made of its words; a maker its own phrase names still speaks for it."""
    ex = extract(
        "U.S. Attorney Jane Miller said the case was serious. According to court records, Tom Reed opened three "
        "accounts in 2010."
    )
    assert _quotes(ex, speaker)[-1] == ("Tom Reed opened three accounts in 2010", None, "court records")
    ex = extract("The Justice Department's complaint alleges that the city refused to hire six workers.")
    assert _quotes(ex, speaker) == [
        ("the city refused to hire six workers", "United States Department of Justice", "Justice Department")
    ]
    ex = extract(
        "The Netherlands’ complaint, filed on May 3 in federal court, alleges that Acme dumped waste."
    )
    assert _quotes(ex, speaker) == [("Acme dumped waste", "Netherlands", "The Netherlands’ complaint")]


def test_it_after_a_sentence_about_a_court_paper_is_that_paper(extract, speaker):
    """ "The indictment was unsealed today. It alleges …": "it" stands for the paper, not an actor named before."""
    ex = extract(
        "U.S. Attorney Jane Miller announced the charges. The indictment was unsealed today. It alleges that Tom "
        "Reed stole $2 million from the bank. It alleges that he hid the money."
    )
    assert _quotes(ex, speaker) == [
        ("Tom Reed stole $2 million from the bank", None, "The indictment"),
        ("he hid the money", None, "The indictment"),
    ]


def test_it_after_a_sentence_about_a_report_is_that_report(extract, speaker):
    """'The report warned of delays. "…," it warns': "it" stands for the report the sentence before was about, not
    for a government named earlier."""
    ex = extract(
        "The Government of Peru met the unions on Monday. The report warned of long delays. "
        '"The new road will need years of work," it warns.'
    )
    assert _quotes(ex, speaker) == [("The new road will need years of work,", None, "The report")]


def test_a_source_coordinated_with_the_first_is_no_part_of_the_report(extract):
    """ "According to A and B, X": B is a source too, not the start of what they vouch for."""
    ex = extract(
        "According to the indictment and other court documents, Tom Reed stole $2 million from the bank. "
        "According to police and witnesses, the gunman fired six shots."
    )
    assert [q.text for q in ex.quotes] == [
        "Tom Reed stole $2 million from the bank",
        "the gunman fired six shots",
    ]


def test_the_one_addressed_does_not_say_what_the_participle_reports(extract, speaker):
    """ "gave a speech to the delegation saying "…"": the delegation hears the words; the one who gave the speech
    says them. A participle that reports no clause still describes the one addressed."""
    ex = extract(
        "Mark Holt, the party's deputy leader, gave a short speech to the delegation saying \"It is a great day "
        'for the party."'
    )
    assert _quotes(ex, speaker) == [("It is a great day for the party.", "Mark Holt", "Mark Holt")]


def test_a_name_ner_ran_into_an_acronym_before_it_is_a_person(extract, speaker):
    """ "spokesman to the U.N. Richard Hollis", tagged as one body: the given name and surname after the acronym
    are the spokesman, not a spokeswoman named before."""
    ex = extract(
        "Anna Ruiz, a spokeswoman for the mission, said the vote was not binding. Former spokesman to the U.N. "
        'Richard Hollis said the reasons were "ridiculous."'
    )
    assert [q[1] for q in _quotes(ex, speaker)] == ["Anna Ruiz", "Richard Hollis"]


def test_a_bare_report_after_a_full_stop_says_who_spoke_the_quotation_before_it(extract, speaker):
    """'"…." X, one of …, said during a news conference.': the parser starts a sentence after the quotation's full
    stop; a speech verb there with its subject and no content of its own reports the quotation before it ("told
    the conference" names a hearer; a clause after "and" is no content). A verb with a clause of its own does not."""
    ex = extract(
        "Tom Ford spoke on Friday.\n\n"
        '"It is time for a change." Representative Jane Holt (D-OH), one of the most senior members, said during '
        "a news conference, and where she called for new elections.\n\n"
        '"We will win." Mr Bill Marsh told the conference.\n\n'
        '"The talks failed." Ann Lee said the minister was wrong.'
    )
    speakers = {text: name for text, name, _ in _quotes(ex, speaker)}
    assert speakers["It is time for a change."] == "Jane Holt"
    assert speakers["We will win."] == "Bill Marsh"
    assert speakers["The talks failed."] != "Ann Lee"


def test_an_as_clause_hung_on_partial_quoted_words_says_whose_they_are(extract):
    """'or "stand in the sun" as one adviser put it': an "as" clause on the quoted words attributes them ("put it"
    is how someone worded them), though an adverbial clause apart from the quotation reports something else."""
    ex = extract(
        'Senator Tom Hale needs to be seen on his own, or "stand in the sun" as one adviser put it.\n\n'
        'Mayor Ann Lee wants a new start, or "a clean slate" as her deputy said on Monday.\n\n'
        'When the mayor tweeted that the vote was rigged, Twitter attached a notice "disputed claim" to it.'
    )
    mentions = {q.text: q.speaker_mention for q in ex.quotes}
    assert mentions["stand in the sun"] == "one adviser"
    assert mentions["a clean slate"] == "her deputy"
    assert mentions["disputed claim"] == "Twitter"


def test_a_name_in_apposition_to_a_role_in_apposition_to_the_subject_speaks(extract, speaker):
    """ "X's counterpart, the Leader of the Opposition, Jane Doe (Green Party, Leeds), spoke": the parser hangs
    the name on the role in apposition, not on "counterpart"; the named person speaks, not a government."""
    ex = extract(
        "Prime Minister Tom Walker backed the bill. Walker's counterpart, the Leader of the Opposition, Anna Berger "
        '(Australian Green Party, Leeds), spoke in support of the bill, noting that it is "simply common sense" '
        "to pass it."
    )
    assert {speaker(ex, q) for q in ex.quotes} == {"Anna Berger"}


def test_a_body_in_apposition_to_a_named_speakers_title_does_not_speak(extract, speaker):
    """ "Ann Lee, Senior Manager, Talent Acquisition, Acme Networks, says": after a name the appositions
    describe her; the body named in her title does not take her words."""
    ex = extract(
        'Jim Park, Senior Manager, Global Talent Acquisition, Acme Networks, says, "The tool is a vital component '
        'of our strategy."'
    )
    assert [speaker(ex, q) for q in ex.quotes] == ["Jim Park"]


def test_a_gerund_of_reason_is_the_objects_act(extract, speaker):
    """ "criticized X for saying ...", "a lawsuit against X for accusing ...": the one blamed or sued says it,
    not the subject; "apologized to X for saying" stays the subject's (no object)."""
    ex = extract(
        "Senator Jane Brown criticized Mayor Tom Hale for saying that the budget was balanced. "
        "Peter Grant filed a lawsuit against Carol Baker for accusing him of stealing the money. "
        "Tom Hale apologized to Anna Lee for saying that she was wrong."
    )
    got = {q.text: speaker(ex, q) for q in ex.quotes}
    assert got["the budget was balanced"] == "Tom Hale"
    assert got["accusing him of stealing the money"] == "Carol Baker"
    assert got["she was wrong"] == "Tom Hale"


def test_a_gerund_of_reason_names_the_person_behind_joined_titles(extract, speaker):
    """ "a lawsuit against former Minister of Sport and Liberal MP X for accusing ...": the titles and the name are
    one person, who accuses, but the quoted "wrongly" is how the one suing tells it; "criticized X for failing to
    mention ..." is no report of X's."""
    ex = extract(
        "In May, Peter Grant filed a lawsuit against former Minister of Sport and Liberal MP Carol Baker for "
        '"wrongly" accusing him of making the remark. Peter Grant criticized Democrats for failing to mention the '
        "senator's opposition to the ban on travel."
    )
    got = {q.text: speaker(ex, q) for q in ex.quotes}
    assert got["accusing him of making the remark"] == "Carol Baker"
    assert got["wrongly"] == "Peter Grant"
    assert all(name != "Democrats" for name in got.values())


def test_the_subject_after_but_speaks_for_its_own_clause():
    """ "The partner asked for secrecy, but the commissioner stated …", misparsed with both nouns subjects of
    "stated": the one the conjunction opens says it; one subject alone, or two with no conjunction, are left as
    they were."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from newsroom.extract.quotes.speakers import _conjoined_clause_subject

    words = ["The", "partner", "asked", "for", "secrecy", ",", "but", "the", "commissioner", "stated", "it"]
    heads = [1, 9, 1, 2, 3, 1, 1, 8, 9, 9, 9]
    deps = ["det", "nsubj", "acl", "prep", "pobj", "punct", "cc", "det", "nsubj", "ROOT", "dobj"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps)
    verb = doc[9]
    assert _conjoined_clause_subject([doc[1], doc[8]], verb).text == "commissioner"
    assert _conjoined_clause_subject([doc[8]], verb) is None
    doc[6].dep_ = "punct"
    assert _conjoined_clause_subject([doc[1], doc[8]], verb) is None


def test_a_name_joined_to_an_object_is_the_subject_of_the_verb_after_it(extract, speaker):
    """ "Both witnesses stressed their independence and de Montclair commented that …", parsed with the name
    joined to "independence": the verb after the name is his, not the witnesses'."""
    ex = extract(
        "General Pierre de Montclair released details of the report at a press conference. The observers are a "
        "priest and a minister.\n\nBoth witnesses stressed their independence and de Montclair commented that it "
        "was clear from their observations that the weapons had been gathered from individuals."
    )
    got = {q.text[:20]: speaker(ex, q) for q in ex.quotes}
    assert got["it was clear from th"] == "Pierre de Montclair"


def test_the_it_of_a_passive_report_is_no_body(extract, speaker):
    """ "it was insisted that, "…"": the placeholder subject stands for the clause; no country named before said it."""
    ex = extract(
        "A spokesperson for the British Army was questioned about morale in Iraq. Asked about the troops, it was "
        'insisted that, "The forces will continue to operate as they always have."'
    )
    assert [speaker(ex, q) for q in ex.quotes] == [None]


def test_a_report_closing_a_paragraph_introduces_the_quotation_opening_the_next(extract, speaker):
    """A cue-less quotation opening its paragraph right after a paragraph that ends with someone's report is that
    speaker's words, not those of whoever was quoted a paragraph earlier; the next cue-less one goes on with them."""
    ex = extract(
        "Marta Olsen owns the bakery on Main Street.\n\n"
        '"The owner ignored every warning from the inspectors," wrote Judge Peter Hall in his ruling.\n\n'
        "Olsen says she could not afford the repairs after the flood.\n\n"
        '"We lost the ovens and half of the stock. I had to let two bakers go."\n\n'
        '"I would make the same choices again."'
    )
    assert [q[1] for q in _quotes(ex, speaker)][-2:] == ["Marta Olsen", "Marta Olsen"]


def test_a_report_nested_in_the_closing_report_does_not_introduce_the_next_quotation(extract, speaker):
    """'She added that some officials now deny …' closing a paragraph: the quotation opening the next is hers, not
    the words of those whose denial she reported."""
    ex = extract(
        "Maria Lund, a historian at the university, has studied the villages for years.\n\n"
        "She added that some officials now deny the settlers ever lived there.\n\n"
        '"The records show they farmed this valley for two centuries."'
    )
    assert [q[1] for q in _quotes(ex, speaker)][-1] == "Maria Lund"


def test_a_message_to_someone_is_not_its_hearers_words(extract, speaker):
    """'a letter to the Governor last month saying …': the letter's words, not the Governor's, to whom it was sent."""
    ex = extract(
        "Governor Alan Reyes signed the budget on Friday. The signing comes despite a letter to the Governor last "
        'month saying that the plan was "deeply unfair" to rural districts.'
    )
    assert {(q[1], q[2]) for q in _quotes(ex, speaker)} == {(None, "a letter")}


def test_who_saw_or_received_a_message_did_not_write_it(extract, speaker):
    """'a memo seen by X said …', 'the report, received by the council in May, found …': X got the message; the
    message speaks, its writer unnamed. 'Figures released by X' are still X's."""
    ex = extract(
        "An internal memo seen by the Daily Courier said the firm would close two plants. The report, received by "
        "the city council in May, found that the bridge needed repairs. Figures released by the Labour Ministry "
        "on Monday showed that unemployment fell."
    )
    assert [(q[1], q[2]) for q in _quotes(ex, speaker)][:2] == [
        (None, "An internal memo"),
        (None, "The report"),
    ]


def test_a_surname_the_parse_is_sure_of_speaks_as_a_person(extract, speaker):
    """A speaker named by surname alone gets a person where two readings agree: NER's person that the tagger
    took for a plural noun, reporting a clause; the one-word person "according to" names as a source; a
    surname of someone named in full, tagged an adjective as a clause's subject."""
    ex = extract("Morales says she is worried by the mayors of Quito and Lima.")
    assert [(q[1], q[2]) for q in _quotes(ex, speaker)] == [("Morales", "Morales")]
    ex = extract("Taxes will rise next year, according to Nakamura.")
    assert [(q[1], q[2]) for q in _quotes(ex, speaker)] == [("Nakamura", "Nakamura")]
    assert [a.actor_type for a in ex.actors if a.name == "Nakamura"] == ["person"]
    ex = extract(
        "Margaret Young chairs the committee.\n\n"
        'Young further said the newspaper was printing "rumors and gossip" to sell copies.'
    )
    assert {q[1] for q in _quotes(ex, speaker)} == {"Margaret Young"}


def test_a_plural_or_a_role_the_parse_reads_as_speaking_is_no_new_person(extract):
    """Without NER's person, a capitalised plural that opens a sentence stays a common noun ("Officials
    say"); an adjective that is no clause's subject is no surname ("Young voters said")."""
    ex = extract(
        "Margaret Young chairs the committee. Young voters said the plan was fair. Officials say it is late."
    )
    assert [a.name for a in ex.actors if a.actor_type == "person"] == ["Margaret Young"]
    assert sum(1 for m in ex.mentions if m.text == "Young") == 0


def test_a_label_run_into_the_sentence_does_not_outrank_the_named_subject(extract, speaker):
    """'Regional news The retiring mayor of Dunmore, Peter Halloran, announced …': the parse makes the label a
    second subject; the subject whose apposition names a person speaks."""
    ex = extract(
        "Regional news The retiring Mayor of Dunmore, Peter Halloran today announced that he will not stand again."
    )
    assert [(q[1], q[2]) for q in _quotes(ex, speaker)] == [("Peter Halloran", "Peter Halloran")]


def test_who_after_a_name_hung_on_a_thing_is_that_person(extract, speaker):
    """'… to return to his desk at the request of the chair, Ruth Calloway (Green, Eastfield) who also demanded
    that …': the parser hangs the relative clause on the thing; "who" is the person named before it."""
    ex = extract(
        "Mr Dobbins was later removed after refusing to return to his desk at the request of the committee chair, "
        "Ruth Calloway (Green, Eastfield) who also demanded that the banner be taken down."
    )
    assert [(q[1], q[2]) for q in _quotes(ex, speaker)] == [("Ruth Calloway", "Ruth Calloway")]


def test_whom_a_participle_after_a_quotation_accuses_did_not_say_it(extract, speaker):
    """'X closed the rally: "…", accusing Y of …': a participle does not invert; Y is accused, X speaks."""
    ex = extract(
        'Union leader Carla Mendes closed the rally: "If you want fair pay - you can vote for it in June", '
        "accusing the chief executive Tom Hardy, who is seeking another term, of ignoring the workers."
    )
    assert _quotes(ex, speaker)[0][1] == "Carla Mendes"


def test_according_to_a_hyphenated_role_and_its_name_is_the_named_person(extract, speaker):
    """'according to co-founder, Jane Roe, …' and 'according to co-founder Ann Lee': the hyphen splits the role
    into objects of their own and the name hangs apart; the source is the person named."""
    ex = extract("The group was formed this week, according to co-founder, Jane Roe, who spoke to reporters.")
    assert [(q[1], q[2]) for q in _quotes(ex, speaker)] == [("Jane Roe", "Jane Roe")]
    ex = extract("Membership will double next year, according to co-founder Ann Lee.")
    assert [(q[1], q[2]) for q in _quotes(ex, speaker)] == [("Ann Lee", "Ann Lee")]


def test_a_role_subject_does_not_hold_the_person_its_own_clause_acts_on(extract, speaker):
    """ "The Trade Minister welcomed the appointment of Jane Doe, and said …": the minister, never named, is not the
    person the clause's object names (nor is Doe in "the director said Doe zeroed in on …"); "the prosecutor, Jane
    Doe, said" still is Jane Doe."""
    ex = extract(
        "The government was criticised on Monday over a trade release. "
        "In the release the Trade Minister welcomed the appointment of Marjorie Fennick as head of the panel, and said "
        'that "the country strongly supported her candidacy".'
    )
    assert [(speaker(ex, q), q.speaker_mention) for q in ex.quotes] == [(None, "the Trade Minister")] * 2
    ex = extract(
        "Talia Brennock stars in the new film about the war. "
        "The director said Brennock zeroed in on a period of unrest after the war."
    )
    assert [speaker(ex, q) for q in ex.quotes] != ["Talia Brennock"]
    ex = extract(
        "The case was heard on Monday. The prosecutor, Marjorie Fennick, said the evidence was strong."
    )
    assert [speaker(ex, q) for q in ex.quotes] == ["Marjorie Fennick"]


def test_a_that_clause_hung_in_a_phrase_after_the_verb_is_what_the_verb_reports(extract):
    """'stated that despite refusing to sell its share in the firm that B': the parser hangs B on a word deep in the
    phrase after the verb; set apart from that word, it is the report. A noun's own clause right after it ('the claim
    that B') is not."""
    ex = extract(
        "The city council has however stated that despite refusing to sell its share in the harbour company that it "
        "will not be buying additional shares if the two towns push ahead with the sale."
    )
    assert [(q.text, q.speaker_mention) for q in ex.quotes] == [
        (
            "it will not be buying additional shares if the two towns push ahead with the sale",
            "The city council",
        )
    ]
    ex = extract("Governor Alma Reyes spoke at length about the claim that the state would sell the port.")
    assert [q.text for q in ex.quotes if q.quote_kind == "indirect"] == []


def test_figures_inside_an_actors_report_are_not_a_speaker_of_their_own(extract, speaker):
    """'Reyes said those figures underscore why the law is needed': the figures "underscore" inside her report;
    only she speaks. Figures underscoring something on their own still report it."""
    ex = extract(
        "Governor Alma Reyes said those figures underscore why the new port is needed. "
        "The latest figures underscore that exports have fallen."
    )
    assert [(q.text, q.speaker_mention) for q in ex.quotes] == [
        ("those figures underscore why the new port is needed", "Alma Reyes"),
        ("exports have fallen", "The latest figures"),
    ]


def test_a_titled_name_ner_left_untagged_is_the_person_its_surname_and_pronouns_name(extract, speaker):
    """ "The Peruvian Minister of Foreign Trade Rodrigo Saldaña Quispe visited …": a given name and surnames after a
    person's office are a person even where NER tags none of it, so the lone surname NER calls a body ("Quispe
    met …") is that person, and the "he" after it is too, not the last official listed before."""
    ex = extract(
        "The Peruvian Minister of Foreign Trade Rodrigo Saldaña Quispe visited Chile on May 4-5. He met Chilean "
        "President Marta Olivares.\n\nOn May 4, the Peruvian minister was received by the Senate President Tomás "
        "Echeverría and by the Chief of Staff Joaquín Barros.\n\nOn May 5, Quispe met Olivares. During the meeting, "
        "he mentioned that he was carrying a letter from the Peruvian President to Olivares."
    )
    assert [speaker(ex, q) for q in ex.quotes] == ["Rodrigo Saldaña Quispe"]
    assert "Quispe" not in [a.name for a in ex.actors]


def test_a_named_person_before_a_misplaced_denial_is_its_speaker(extract, speaker):
    """ "…, a union MP, Karel Dvorak, denied that …; the text only says that they "…"": the parser may hang the
    denial on the later "says" as its content; the person named right before the denial denies, not the text,
    and words in the first person the text is said to hold are his too."""
    ex = extract(
        "Though early press reports had claimed that the accord was a recognition of the employers, a union MP, "
        "Karel Dvorak, denied that the new pact implied the union now recognised the employers as partners; the "
        'document only says that they "accept talks" - meaning wages - "but we did not say we accept the board".'
    )
    got = {q.text[:20]: speaker(ex, q) for q in ex.quotes}
    assert got["the new pact implied"] == "Karel Dvorak"
    assert got["but we did not say w"] == "Karel Dvorak"


def test_a_bare_lower_case_role_word_is_no_person(extract, speaker):
    """ "natural justice would have demanded that …": "justice" with no determiner is the thing, not a judge
    (nor a person named nearby who the role would otherwise be given to)."""
    ex = extract(
        "Martin Hale said he had never met the trader. Mr Hale was questioned by the committee. You would think "
        "that natural justice would have demanded that these charges were put to him first."
    )
    assert [(q.text[:20], speaker(ex, q)) for q in ex.quotes if q.text.startswith("these")] in (
        [],
        [("these charges were p", None)],
    )


def test_a_quotation_whose_later_paragraphs_lost_their_opening_marks_is_its_speakers(extract, speaker):
    """'"First part.¶Second part," X said.': the writer left out the opening mark of the later paragraph; it is
    still the quotation X closes, one quote per paragraph."""
    ex = extract(
        "The mayor spoke after the vote.\n\n"
        '"We will rebuild the bridge before winter. The money is there.\n\n'
        'Nobody in this town will be cut off again," Mayor Ellen Varga said at the council meeting.\n\n'
        "The bridge closed in March."
    )
    assert [(q.quote_kind, speaker(ex, q)) for q in ex.quotes] == [
        ("direct", "Ellen Varga"),
        ("direct", "Ellen Varga"),
    ]


def test_a_block_indented_under_its_cue_is_a_direct_quote(extract, speaker):
    """'X said::words' (a scraped wiki page's indented block): the block is X's words, said outright."""
    ex = extract(
        "Minister Tomas Berg said::Certainly we are concerned. The talks must go on.\n\nThe talks resumed."
    )
    assert [(q.text, q.quote_kind, speaker(ex, q)) for q in ex.quotes] == [
        ("Certainly we are concerned. The talks must go on.", "direct", "Tomas Berg")
    ]


def test_a_quotation_holding_a_straight_inner_quotation_is_one_quote(extract, speaker):
    """'"… the unfair "Old Rule" policy …," said X': the inner marks no longer cut the quotation into pieces, the
    words after the inner quotation a partial of their own."""
    ex = extract(
        'The House passed the bill on Monday. "It ends the unfair "Old Rule" policy for good," said Ann Roe, who '
        'wrote it. "We thank everyone who backed the "Fair Farms" act."'
    )
    assert [(q.text, speaker(ex, q)) for q in ex.quotes] == [
        ('It ends the unfair "Old Rule" policy for good,', "Ann Roe"),
        ('We thank everyone who backed the "Fair Farms" act.', "Ann Roe"),
    ]


def test_officials_named_by_a_country_or_its_body_outside_their_mention_speak_for_it(extract, speaker):
    """ "Canadian officials say" and "Health Ministry officials announced", where the country or the ministry
    is a mention of its own before the officials, name whose officials speak; bare "officials" still do not."""
    ex = extract(
        "The Government of Canada opened an inquiry into the fire on Monday. It is not clear when the fire began, "
        "but Canadian officials say that it started in the kitchen. Officials said the inquiry would take a month."
    )
    got = [(q.text[:20], speaker(ex, q)) for q in ex.quotes]
    assert ("it started in the ki", "Government of Canada") in got
    assert ("the inquiry would ta", None) in got


def test_officials_named_by_a_body_or_a_state_outside_their_mention(extract, speaker):
    """ "Federal Aviation Administration officials denied …" are the agency's; "Ohio officials argued …" are no
    country's government."""
    ex = extract(
        "The Federal Aviation Administration reviewed the crash. Later, Federal Aviation Administration officials "
        "denied that the tower was unstaffed. Ohio sued the federal government. Ohio officials argued that the law "
        "was unfair."
    )
    assert [(q.text.split()[1], speaker(ex, q)) for q in ex.quotes] == [
        ("tower", "Federal Aviation Administration"),
        ("law", None),
    ]


def test_a_day_owning_a_report_is_not_its_maker(extract, speaker):
    """ "Tuesday's report released by the Army": the day is when it came out; the Army made it, and "the report"
    told again later is the Army's."""
    ex = extract(
        "Several journalists said they were surprised at Tuesday's report released by the United States Army. "
        "The soldiers had acted lawfully, according to the report."
    )
    assert [speaker(ex, q) for q in ex.quotes if q.text.startswith("The soldiers")] == ["United States Army"]


def test_according_to_what_someone_put_out_is_according_to_them(extract, speaker):
    """ "according to figures published by the agency": the agency that published them is the source; "documents
    obtained by the newspaper" are not the newspaper's words."""
    ex = extract(
        "Unemployment fell to four percent in May, according to figures published by the Office for National "
        "Statistics. The minister knew of the plan, according to documents obtained by the Daily Planet. Prices "
        "will rise, according to experts cited by the Daily Planet."
    )
    got = [(q.text.split()[0], speaker(ex, q)) for q in ex.quotes]
    assert ("Unemployment", "Office for National Statistics") in got
    assert ("The", "Daily Planet") not in got
    assert ("Prices", "Daily Planet") not in got


def test_it_after_a_body_named_in_its_own_sentence_is_that_body_not_the_paper_before(extract, speaker):
    """'The report argues …. Although Acme has not responded to the report, it has stated …': "it" stands for
    the firm its own sentence names, not for the report the sentence before was about."""
    ex = extract(
        "The commission published its report on Monday. The report argues that the firm broke the law. Although "
        "Acme Corporation has not yet responded to the report, it has previously stated that its guards acted "
        "lawfully."
    )
    assert [speaker(ex, q) for q in ex.quotes if q.text.startswith("its guards")] == ["Acme Corporation"]


def test_an_office_in_a_named_body_is_its_holder_named_with_that_body_or_no_one(extract, speaker):
    """ "The leader of the Green Union, who is calling for …, said …": no one is named as the Green Union's leader, so
    the words are the unnamed leader's, not the party's, nor those of a prime minister the article ties to another
    party or names only later (a prime minister is a leader too); "Green Union leader Jo Marsh … The Green Union
    leader said" is Marsh."""
    ex = extract(
        "Prime Minister Harold Penwick of the Blue Alliance opened the session in the capital on Monday. "
        "The leader of the Green Union, who is calling for a referendum on the treaty, addressed the assembly and "
        "said the two chambers now share a common model."
    )
    found = {(speaker(ex, q), q.speaker_mention) for q in ex.quotes if "chambers" in q.text}
    assert found == {(None, "The leader")}
    ex = extract(
        "The leader of the Green Union, who is calling for a referendum on the treaty, addressed the assembly on "
        "Monday and said the two chambers now share a common model. Prime Minister Harold Penwick was not there."
    )
    found = {(speaker(ex, q), q.speaker_mention) for q in ex.quotes if "chambers" in q.text}
    assert found == {(None, "The leader")}
    ex = extract(
        "Prime Minister Harold Penwick opened the session in the capital on Monday. "
        "Green Union leader Jo Marsh attended it. The Green Union leader said the treaty would fail."
    )
    assert [speaker(ex, q) for q in ex.quotes] == ["Jo Marsh"]


def test_an_office_in_a_named_body_keeps_an_untied_holder_and_a_collective_is_the_body(extract, speaker):
    """ "The former Green Union leader and prime minister said" after the former prime minister, whom the article
    never names with the party nor with another, is still he; "the Green Union executive" is the party's committee,
    whose words are the party's."""
    ex = extract(
        "Former prime minister Harold Penwick has written a book about government. "
        "The former Green Union leader and prime minister said the book was for young politicians."
    )
    assert [speaker(ex, q) for q in ex.quotes] == ["Harold Penwick"]
    ex = extract(
        "The Green Union held its conference in Ostland on Monday. "
        "The Green Union executive said the treaty would fail."
    )
    assert [speaker(ex, q) for q in ex.quotes] == ["Green Union"]


def test_which_hung_on_an_office_in_a_named_body_is_the_body(extract, speaker):
    """ "the head of the Ostland Dialogue Group in Vessa, which says on its website …", parsed with "which says" on
    "head": a "which" is the body, not the office's holder."""
    ex = extract(
        "The conference was organised by the head of the Ostland Dialogue Group in Vessa, which says on its website "
        "that it works for peace between the factions."
    )
    assert [speaker(ex, q) for q in ex.quotes] == ["Ostland Dialogue Group"]


def test_an_unnamed_office_a_persons_name_modifies_serves_that_person(extract, speaker):
    """ "an Obama adviser told", "a Merkel campaign official said": someone new who works for the person named,
    not that person nor the adviser named before; "the Merkel adviser" is the one named before, and "a
    Merkel spokesman" speaks for her."""
    ex = extract(
        "Angela Merkel toured Ohio on Monday. Merkel adviser Daniel Okafor said the race was close. "
        "A Merkel adviser told reporters that the plan was ready. A Merkel campaign official said that the "
        "money was spent. The Merkel adviser said later that the polls were wrong. A Merkel spokesman said "
        "the story was false."
    )
    assert [(q.text, speaker(ex, q)) for q in ex.quotes] == [
        ("the race was close", "Daniel Okafor"),
        ("the plan was ready", None),
        ("the money was spent", None),
        ("the polls were wrong", "Daniel Okafor"),
        ("the story was false", "Angela Merkel"),
    ]


def test_a_member_of_an_institution_speaks_for_it(extract, speaker):
    """'a member of the Russian parliament's security committee said': the legislature (a group that is an
    institution), as "a member of the union" is the union; "a member of the public" is no institution."""
    ex = extract(
        "The ministry denied the reports on Monday. A member of the Russian parliament's defence committee said "
        "that the reports were reliable. A member of the public said that the road was closed."
    )
    got = {q.text: speaker(ex, q) for q in ex.quotes}
    assert got["the reports were reliable"] == "Russia legislature"
    assert got["the road was closed"] != "Russia legislature"


def test_a_that_clause_after_a_claim_answered_is_the_claims_not_the_answer(extract, speaker):
    """'X responded to claims made in a paper that …': what the claim says is no report of X's; what X says in
    answer ("saying …") still is."""
    ex = extract(
        "Mr Reilly also responded to claims made in The Courier newspaper that there had been 9 violent attacks "
        "following his comments, saying the figure was wrong."
    )
    assert [q.text for q in ex.quotes] == ["the figure was wrong"]


def test_according_to_a_named_owners_role_and_its_name_set_off_is_the_named_person(extract, speaker):
    # the parser hangs the name on the clause after it, whose own subject follows; the lawyer is the name
    ex = extract(
        "Casino owner Tom Brannigan testified in a Reno court this week. "
        "According to Brannigan's lawyer, Frank Ruiz, the judge had ignored the evidence."
    )
    (quote,) = [q for q in ex.quotes if "judge" in q.text]
    assert speaker(ex, quote) == "Frank Ruiz"
    assert quote.text.startswith("the judge")
    (event,) = [e for e in ex.events if "judge" in e.sentence_text]
    assert next(a.name for a in ex.actors if a.entity_index == event.actor1_entity) == "Frank Ruiz"


def test_quotations_a_scrape_glued_to_their_cues_keep_them_once_cleaned(extract, speaker):
    """'…,”Rep. X said.“…' and 'Y."…,"said Z': the cleaner puts back the spaces the scrape lost beside the
    marks, so each quotation is found with its cue and speaker."""
    from newsroom.clean import clean_text

    body = clean_text(
        "Harbour bill\n\n"
        "“Our harbour towns have waited long enough for this repair,”Rep. Nora Lindqvist said.“I will keep "
        "working with the port authority until it is finished.”\n\n"
        'The bill was signed by Reps. Tom Abel and Carl Ode."The fishing fleet needs a safe harbour now,"said '
        'Rep. Tom Abel."We cannot wait another winter."',
        whole_page=False,
    ).body
    assert _quotes(extract(body), speaker) == [
        ("Our harbour towns have waited long enough for this repair,", "Nora Lindqvist", "Nora Lindqvist"),
        (
            "I will keep working with the port authority until it is finished.",
            "Nora Lindqvist",
            "Nora Lindqvist",
        ),
        ("The fishing fleet needs a safe harbour now,", "Tom Abel", "Tom Abel"),
        ("We cannot wait another winter.", "Tom Abel", "Tom Abel"),
    ]


def test_quotations_mixing_curly_and_straight_marks_keep_their_cues_once_cleaned(extract, speaker):
    """'“…,"said X' and '…."…,”stated Y.“…"': a copied release opens a quotation with one style of mark and closes
    it with the other; the cleaner reads each glued straight mark from the marks beside it, so every quotation
    keeps its own tag and is not given the speaker of the quotation before."""
    from newsroom.clean import clean_text

    body = clean_text(
        "Harbour bill\n\n"
        "“The fleet has waited long enough for this repair,” said Rep. Nora Lindqvist.\n\n"
        '“I am glad the committee kept the harbour money in the bill,"said Rep. Tom Abel.\n\n'
        'The bill also funds the lighthouse."We owe the fishing towns a safe harbour,”stated Rep. Carl Ode.'
        '“We cannot wait another winter."The vote is next week.',
        whole_page=False,
    ).body
    assert _quotes(extract(body), speaker) == [
        ("The fleet has waited long enough for this repair,", "Nora Lindqvist", "Nora Lindqvist"),
        ("I am glad the committee kept the harbour money in the bill,", "Tom Abel", "Tom Abel"),
        ("We owe the fishing towns a safe harbour,", "Carl Ode", "Carl Ode"),
        ("We cannot wait another winter.", "Carl Ode", "Carl Ode"),
    ]


def test_quotations_whose_tag_verb_a_scrape_glued_to_the_title_keep_their_speakers_once_cleaned(
    extract, speaker
):
    """'…," saidRep. X. "…': the cleaner puts back the space between the tag's verb and the title, so each
    quotation of a letter's signers is its signer's, not the last one's or no one's."""
    from newsroom.clean import clean_text

    body = clean_text(
        "Clinic letter\n\n"
        "The letter was signed by Reps. Dana Cole, Ivo Marsh and Lena Orr. "
        '"Rural families should not drive three hours to see a doctor," saidRep. Ivo Marsh. '
        '"I will keep pressing the department until the clinic reopens." '
        '"Every county deserves an open clinic," saidRep. Lena Orr.',
        whole_page=False,
    ).body
    assert _quotes(extract(body), speaker) == [
        ("Rural families should not drive three hours to see a doctor,", "Ivo Marsh", "Ivo Marsh"),
        ("I will keep pressing the department until the clinic reopens.", "Ivo Marsh", "Ivo Marsh"),
        ("Every county deserves an open clinic,", "Lena Orr", "Lena Orr"),
    ]


def test_a_report_asked_of_someone_is_the_askers(extract, speaker):
    """ "urged the bank to explain its "glitches"": the bank is asked to speak and has not; the quoted word is the
    asker's. A deciding verb before an open question ("leaving the FAA to determine what qualifies as an
    "incident"") quotes no one, so no speaker is carried from it to a later cue-less quotation."""
    ex = extract(
        "Senator Dana Whitlow wrote to the Federal Aviation Administration in May.\n\n"
        'Leaving the FAA to determine what qualifies as an "incident" means the rule may be enforced unevenly.\n\n'
        "The statement was signed by Rep. Lionel Barker, Rep. Tess Oduya and Rep. Carl Wenn. "
        '"We cannot wait another year for answers."\n\n'
        "The program began in 2015.\n\nIt costs $4 million a year.\n\n"
        'Meridian Bank is based in Ohio. Senator Dana Whitlow urged Meridian Bank to explain its "glitches" in '
        "billing."
    )
    quotes = _quotes(ex, speaker)
    assert ("glitches", "Dana Whitlow", "Dana Whitlow") in quotes
    assert not any(text == "incident" for text, _, _ in quotes)
    assert ("We cannot wait another year for answers.", None, None) in quotes


def test_a_tag_after_a_quotation_names_its_speaker_not_the_last_one(extract, speaker):
    """'"…," continued Beltz. "…"': the verb between two quotations says who speaks both, whatever the verb;
    '"…," the column read.' is a tag (which the parser may read as a noun phrase): its words name the speaker, not
    the person quoted before."""
    ex = extract(
        'Rep. Nora Beltz wrote to the secretary on Monday. "The panel wants answers about the missing funds," wrote '
        "Beltz.\n\nA former inspector, Hal Greer, said on Tuesday that he had warned the agency in 2019.\n\n"
        '"The panel seeks a full accounting of every contract," continued Beltz. "We expect a reply by Friday."'
        '\n\nThe Ledger disagreed. Its writers said the spokesman had called the audit "routine." "No, it is not," '
        'the column read. "It is a scandal that took years to surface."'
    )
    quotes = _quotes(ex, speaker)
    assert ("The panel seeks a full accounting of every contract,", "Nora Beltz", "Beltz") in quotes
    assert ("We expect a reply by Friday.", "Nora Beltz", "Beltz") in quotes
    assert ("No, it is not,", None, "the column") in quotes
    assert ("It is a scandal that took years to surface.", None, "the column") in quotes


def test_quoted_words_go_to_the_report_that_holds_them(extract, speaker):
    """A partial in a clause the parser hung before a later report with its own "that" clause is the earlier
    reporter's; a reporting participle after a comma, hung on what another participle reports, is the same
    speaker's next item; "As stated in the memo" names the memo, whose maker is not the one it was sent to."""
    ex = extract(
        'Days after a speech by Gloria Vance who argued the central bank ran a "shadow budget", Prime Minister '
        "Arno Pell insisted that the bank would stay independent.\n\n"
        "Dr. Ruth Mallory has made several claims: saying that Tom Raskin caused the losses, branding the mayor "
        '"a pathetic tyrant," and demanding that the council be dissolved.\n\n'
        "Councillor Ida Frome and four colleagues sent a memo to Mayor Tom Raskin, asking for the audit to be "
        "published. Raskin received the memo on Monday. As stated in the memo, the treasurer has "
        '"ignored every warning from the council staff."'
    )
    quotes = _quotes(ex, speaker)
    assert ("shadow budget", "Gloria Vance", "Gloria Vance") in quotes
    assert ("a pathetic tyrant,", "Ruth Mallory", "Ruth Mallory") in quotes
    assert ("ignored every warning from the council staff.", None, "the memo") in quotes


def test_a_heading_before_an_inverted_quotation_reports_nothing(extract, speaker):
    """'Letters of Support for the Act:"…," said X': the parser joins the heading to the quotation's clause; the
    quotation is X's direct quote, and the heading with it no indirect report. A report of the speaker's own
    before a quotation ('said the plan was dead and broken: "…"') stays."""
    ex = extract(
        'Letters of Support for the Act:"The Guild supports the bill fully," said Tom Smith, president of the '
        "Guild.\n\n"
        'The mayor said the plan was dead and broken: "We are done with this for good," and left the room.'
    )
    assert [(q.quote_kind, q.text) for q in ex.quotes] == [
        ("direct", "The Guild supports the bill fully,"),
        ("indirect", 'the plan was dead and broken: "We are done with this for good,"'),
        ("direct", "We are done with this for good,"),
    ]
    assert speaker(ex, ex.quotes[0]) == "Tom Smith"


def test_a_body_in_the_narration_does_not_speak_first_person_words(extract, speaker):
    """'The House is failing to act. "…, I call on …"': a quotation with no cue in the singular first person is one
    person's words, not those of the body the narration before it names; nor does a body speak after a narration
    in the first person (the writer's voice)."""
    ex = extract(
        'The House of Representatives is failing to act on the farm bill. "With only ten days left before the '
        'recess, I call on the Speaker to bring the bill to the floor."\n\n'
        'Congress must keep the promise we made to our farmers. "We cannot let another season pass."'
    )
    assert [speaker(ex, q) for q in ex.quotes] == [None, None]


def test_a_body_in_the_narration_speaks_its_own_plural_words(extract, speaker):
    """'The ministry rejected the report. "We never …"': a body speaks for itself in the plural."""
    ex = extract('The Finance Ministry rejected the report on Monday. "We never approved any such payment."')
    assert [speaker(ex, q) for q in ex.quotes] == ["Finance Ministry"]


def test_a_count_of_people_is_not_a_speaker_of_its_own(extract, speaker):
    ex = extract(
        "Judges in Lyon issued warrants for nine agents on Friday. A number of former inmates alleged that they "
        "were beaten in secret jails."
    )
    assert [a.name for a in ex.actors if a.name.lower() == "number"] == []  # "-er" is no agent here
    assert [speaker(ex, q) for q in ex.quotes if q.text.startswith("they were beaten")] != ["number"]


def test_a_report_of_an_event_is_not_said_by_the_event(extract, speaker):
    """ "reports of the flood stated that …": the "of" phrase is what was reported on, so the report noun is the
    speaker; "the report of the commission" is still the commission's."""
    ex = extract(
        "Early reports of the flood stated that the bridge had been closed since noon. "
        "The report of the commission said that the dam was safe."
    )
    assert [q[2] for q in _quotes(ex, speaker)] == ["Early reports", "the commission"]


def test_whose_words_they_are_speaks_them(extract, speaker):
    """ "her words, “…”, reminding X of Y": the owner of the words speaks, a pronoun owner resolved; "his words
    were clear: “…”" the same."""
    ex = extract(
        "Anna Kovar opened her campaign in Lyon on Friday.\n\n"
        "In her Friday press conference, she spoke directly to the voters; her words, “Stand up, work, ask what you "
        "can do for your town,” reminding Paul Brenner (The Daily Post) of an old president.\n\n"
        "Mark Olsen spoke on Monday. Olsen's words were clear: “We will not give up the port.”"
    )
    assert [q[1] for q in _quotes(ex, speaker)] == ["Anna Kovar", "Mark Olsen"]


def test_a_user_or_customer_of_a_firm_does_not_speak_for_it(extract, speaker):
    """ "One Facebook user noted …", "A Norcom customer said …": an unnamed person, not the firm; "a Norcom
    spokesman" still speaks for it."""
    ex = extract(
        "Tom Reddle sent messages from the floor. (One Facebook user noted that this was a breach of the rules.) "
        "A Norcom customer said the line was down for days. A Norcom spokesman said the line was fixed."
    )
    assert [q[1] for q in _quotes(ex, speaker)] == [None, None, "Norcom"]


def test_it_after_a_body_that_spoke_is_that_body(extract, speaker):
    """ "DHC defends itself …, saying it "…"\n\nIt claims …": the body that just spoke (its report's speaker,
    across the closing mark the parser splits off as a sentence of its own); not when a statement is named in
    between ("… had issued a short statement. It said: …": the statement's maker)."""
    ex = extract(
        "The Department of Harbours and Coasts (DHC) runs the port. Norcom Radio ran a long story on the port.\n\n"
        "DHC defends itself in earlier statements given to 'The Coast Report' saying it \"takes its duties "
        'seriously and does not send ships away if the rules would be broken."\n\n'
        'It claims to use "fresh and complete data" in a "fair" process.\n\n'
        "The Daily Post reported that the Harbour Office had issued a short statement in response to the remarks. "
        "It said: “We are here at the wish of the town.”\n\n"
        "The Harbour League will not give up its boats. "
        "The group issued a statement, read by Tom Vell, a founding member of the league, which stated that "
        '"as of midnight the Harbour League will take a civilian role."\n\n'
        'It also added, "All training has ceased and all units have been stood down."'
    )
    assert [(q[1], q[2]) for q in _quotes(ex, speaker)] == [
        ("Department of Harbours and Coasts", "DHC"),
        ("Department of Harbours and Coasts", "DHC"),
        ("Department of Harbours and Coasts", "DHC"),
        ("Daily Post", "Daily Post"),
        ("Harbour Office", "It"),
        ("Tom Vell", "Tom Vell"),
        ("Harbour League", "It"),
    ]
