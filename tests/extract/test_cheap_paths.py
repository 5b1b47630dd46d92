"""Shortcuts that spare work after the parse (issue 15): each gives what the long way gives. Sentences written for
these tests."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

_TEXT = (
    "Police said the minister was arrested by officers on Monday. The rebels, who had been warned, "
    "vowed to attack the capital and urged civilians to leave. Asylum seekers met aid workers at the border."
)


@pytest.fixture(scope="module")
def doc():
    from newsroom.extract import load_nlp

    return load_nlp()(_TEXT)


def test_subject_of_kept_per_article_gives_the_same_subjects(doc):
    from newsroom.extract.events.arguments import SUBJECTS, _subject_of, subject_of

    verbs = [t for t in doc if t.pos_ in ("VERB", "AUX", "NOUN", "ADJ")]
    expected = [_subject_of(v, 0) for v in verbs]
    assert any(s is not None for s in expected)
    assert SUBJECTS not in doc.user_data  # outside code_events: asked the long way every time
    assert [subject_of(v) for v in verbs] == expected
    doc.user_data[SUBJECTS] = {}
    try:
        for _ in range(2):  # the first round fills the article's table, the second reads it
            assert [subject_of(v) for v in verbs] == expected
        assert set(doc.user_data[SUBJECTS]) == {v.i for v in verbs}
        assert all(isinstance(i, int) for i in doc.user_data[SUBJECTS].values())  # no Token holds the Doc
    finally:
        del doc.user_data[SUBJECTS]


def test_code_events_makes_the_subjects_table_and_extraction_drops_nothing_it_needs(doc):
    from newsroom.extract import extract_doc, load_nlp
    from newsroom.extract.events.arguments import SUBJECTS

    parsed = load_nlp()(_TEXT)
    first = extract_doc(parsed, text=_TEXT)
    assert isinstance(parsed.user_data.get(SUBJECTS), dict)
    again = extract_doc(parsed, text=_TEXT)  # code_events starts the table afresh for each run
    assert repr(first) == repr(again)


def test_phoenix_agent_skip_agrees_with_the_table():
    from newsroom.extract.lexicon import phoenix_agents, phoenix_last_words

    assert {k[-1] for k in phoenix_agents()} == phoenix_last_words()


def test_web_address_needs_one_of_its_characters():
    from newsroom.extract import load_nlp
    from newsroom.extract.actors.names import ADDRESS, _web_address

    words = "@PressSec Facebook.com/POTUS https://x.org www.acme.org Jane U.S. Doe Httpd 9:30 Acme".split()
    for token in load_nlp().make_doc(" ".join(words)):
        assert _web_address(token) == bool(ADDRESS.search(token.text) or "http" in token.lower_), token.text


def test_person_named_before_bound_by_sentence_start():
    """The look-back stops at the first mention before the window's first sentence, as by sentence index."""
    from newsroom.extract import load_nlp
    from newsroom.extract.actors.generic import PERSON_BACK_SENTENCES
    from newsroom.extract.actors.registry import Registry

    doc = load_nlp()(" ".join(f"Talks resumed in round {n}." for n in range(8)))
    reg = Registry(doc, [])
    assert len(reg.sent_starts) > PERSON_BACK_SENTENCES + 1
    for token in doc:
        first = reg.sentence_index(token.i) - PERSON_BACK_SENTENCES
        limit = reg.sent_starts[first] if first > 0 else -1
        for j in range(len(doc)):
            assert (j < limit) == (reg.sentence_index(j) < first)


def test_of_country_given_the_of_phrase_agrees_with_finding_it():
    from newsroom.extract import load_nlp
    from newsroom.extract.actors.places import of_country, of_phrase

    doc = load_nlp()("The government of France and officials from Germany met the minister of the interior.")
    nouns = [t for t in doc if t.pos_ == "NOUN"]
    assert any(of_phrase(t) is not None for t in nouns)
    assert [of_country(t, of_phrase(t)) for t in nouns] == [of_country(t) for t in nouns]


def test_bare_and_definite_body_nouns_still_point_back_to_the_named_body():
    """_add_org_anaphor asks a bare noun's body role first: the short names it found before are still found, and a
    bare noun of no body ("voters") still is none."""
    from newsroom.extract import extract_doc, load_nlp

    text = (
        "The Riverton Metropolitan Police arrested two men on Monday. Police said the men were released later. "
        "The Northvale Electoral Commission met on Tuesday. The commission said voters were calm."
    )
    ex = extract_doc(load_nlp()(text))
    by_entity = {a.entity_index: a.name for a in ex.actors}
    pointed = {
        m.text.lower(): by_entity.get(m.entity_index) for m in ex.mentions if m.mention_kind == "description"
    }
    assert pointed.get("police") == "Riverton Metropolitan Police"
    assert pointed.get("the commission") == "Northvale Electoral Commission"
    assert pointed.get("voters") not in ("Riverton Metropolitan Police", "Northvale Electoral Commission")


_QUOTED = (
    '"We will not give up," the mayor continued, "whatever the council decides." '
    "Officials from the agency said the report was delayed by a dispute over funding. "
    "A cease-fire was agreed after talks in the capital."
)


@pytest.fixture(scope="module")
def quoted_doc():
    from newsroom.extract import load_nlp

    return load_nlp()(_QUOTED)


def test_cue_answers_kept_per_article_agree_with_the_long_way(quoted_doc):
    from newsroom.extract.quotes.cues import _CUES, _is_cue, is_cue

    expected = [_is_cue(t) for t in quoted_doc]
    assert any(expected)  # "continued" between the two parts of a quotation, "said"
    quoted_doc.user_data.pop(_CUES, None)
    for _ in range(2):  # the first round fills the article's table, the second reads it
        assert [is_cue(t) for t in quoted_doc] == expected
    assert all(isinstance(v, bool) for v in quoted_doc.user_data[_CUES].values())


def test_prep_children_kept_per_article_agree_with_the_children(quoted_doc):
    from newsroom.extract.events.syntax import _PREPS, prep_children

    quoted_doc.user_data.pop(_PREPS, None)
    expected = [
        [
            c.i
            for c in t.children
            if c.dep_ in ("prep", "agent", "prt") and c.pos_ in ("ADP", "ADV", "PART", "SCONJ")
        ]
        for t in quoted_doc
    ]
    assert any(expected)
    for _ in range(2):
        assert [[c.i for c in prep_children(t)] for t in quoted_doc] == expected
    assert all(isinstance(i, int) for found in quoted_doc.user_data[_PREPS].values() for i in found)


def test_mention_keeps_its_span_root(quoted_doc):
    from newsroom.extract.actors import ArticleActors

    reg = ArticleActors(quoted_doc)._reg
    assert reg.mentions
    assert all(m.head == quoted_doc[m.start : m.end].root.i for m in reg.mentions)


def test_hyphen_joined_reads_the_solid_word(quoted_doc):
    from newsroom.extract.events.matching import hyphen_joined

    fire = next(t for t in quoted_doc if t.text == "fire")
    assert hyphen_joined(fire) == "ceasefire"
    assert hyphen_joined(quoted_doc[5]) == ""


def test_kids_kept_per_article_agree_with_the_children_and_are_released(doc):
    from newsroom.extract.scan import KEPT, kept, kids, release

    for tok in doc:
        expected = tuple((c.i, c.dep_, c.lower_) for c in tok.children)
        assert kids(tok) == expected
        assert kids(tok) is kids(tok)  # the second ask reads the article's table
    assert all(isinstance(i, int) for row in kept(doc, "kids").values() for i, _, _ in row)  # no Token
    release(doc)
    assert KEPT not in doc.user_data


def test_child_tests_read_from_kids_agree_with_the_children(doc):
    from newsroom.extract.events import syntax

    def long_way(tok):
        children = list(tok.children)
        return (
            any(
                c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and c.lower_ in ("never", "no"))
                for c in children
            ),
            {c.lower_ for c in children if c.dep_ in ("aux", "auxpass")},
            any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in children),
            any(c.dep_ == "aux" and c.lower_ == "to" for c in children),
            next((c for c in children if c.dep_ in ("nsubj", "dobj")), None),
            next(
                (c for c in children if c.dep_ == "dobj"),
                next((c for c in children if c.dep_ == "nsubjpass"), None),
            ),
        )

    for tok in doc:
        assert (
            syntax.is_negated(tok),
            syntax.aux_words(tok),
            syntax.is_passive(tok),
            syntax.to_infinitive(tok),
            syntax.child_of(tok, "nsubj", "dobj"),
            syntax.acted_on(tok),
        ) == long_way(tok)
    assert any(syntax.is_passive(t) for t in doc) and any(syntax.to_infinitive(t) for t in doc)


def test_name_words_and_dateline_end_kept_per_article_agree_with_the_long_way():
    from newsroom.extract import load_nlp
    from newsroom.extract.actors.candidates import _words
    from newsroom.extract.datelines import _dateline_end, dateline_end
    from newsroom.extract.scan import KEPT, release

    text = "LONDON (Wirenews) — Jane Doe-Smith met the Acme-19 team. Mr. Roe left."
    parsed = load_nlp()(text)
    spans = [parsed[a:b] for a in range(len(parsed)) for b in range(a + 1, min(a + 4, len(parsed)) + 1)]
    expected = [
        tuple(t.lower_ for t in s if t.is_alpha) or tuple(t.lower_ for t in s if not t.is_punct)
        for s in spans
    ]
    for _ in range(2):  # the first round fills the article's table, the second reads it
        assert [_words(s) for s in spans] == expected
        assert [dateline_end(s) for s in parsed.sents] == [_dateline_end(s) for s in parsed.sents]
    assert dateline_end(next(iter(parsed.sents))) > 0  # the dateline is read
    release(parsed)
    assert KEPT not in parsed.user_data
