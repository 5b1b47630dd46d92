"""The article-wide index lookups (scan.py, Resolver.words_in): one array compare per article, the same words as
reading every Token. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.attrs import LOWER, ORTH, POS, TAG

from newsroom.extract.scan import indices_with

pytest.importorskip("spacy")

_TEXT = "The two sides agreed a cease-fire. Officials said the talks would resume in Geneva on Monday."


@pytest.fixture(scope="module")
def doc():
    from newsroom.extract import load_nlp

    return load_nlp()(_TEXT)


def test_indices_with_matches_the_tokens_and_reads_each_column_once(doc):
    for attr, values, read in (
        (POS, ("NOUN", "PROPN"), lambda t: t.pos_),
        (TAG, ("NNS",), lambda t: t.tag_),
        (LOWER, ("the", "said"), lambda t: t.lower_),
        (ORTH, ("-",), lambda t: t.text),
    ):
        expected = [t.i for t in doc if read(t) in values]
        assert indices_with(doc, attr, values) == expected
        assert indices_with(doc, attr, values) == expected  # asked again: from the article's cached column
    assert indices_with(doc, LOWER, ("unheard-of-word",)) == []


def test_words_in_keeps_to_the_sentence(doc):
    from newsroom.extract.events.resolver import Resolver

    actors = Resolver(doc, lambda span: None)
    first, second = list(doc.sents)
    assert [doc[i].text for i in actors.words_in(first, LOWER, ("the", "talks"))] == ["The"]
    assert [doc[i].text for i in actors.words_in(second, LOWER, ("the", "talks"))] == ["the", "talks"]
    assert [doc[i].text for i in actors.words_in(first, ORTH, ("-",))] == ["-"]
    assert actors.words_in(second, ORTH, ("-",)) == []


def test_entities_are_the_docs_own_built_once(doc):
    from newsroom.extract.scan import entities

    found = entities(doc)
    assert [(e.start, e.end, e.label_) for e in found] == [(e.start, e.end, e.label_) for e in doc.ents]
    assert entities(doc) is found  # the article's, not rebuilt on the next ask


def test_an_extracted_article_keeps_no_cached_entities():
    """Cached entity Spans hold their Doc: left in ``user_data`` they keep every parsed article alive in a cycle."""
    from newsroom.extract import extract_doc, load_nlp

    parsed = load_nlp()(_TEXT)
    extract_doc(parsed)
    assert not any(key.startswith("newsroom_scan_") for key in parsed.user_data)


def test_according_statements_finds_according_by_index():
    """The "according to X" pass reads the sentence's "according" words from the article's LOWER column, any case."""
    from newsroom.extract import load_nlp
    from newsroom.extract.events.according import according_statements
    from newsroom.extract.events.resolver import Resolver

    doc = load_nlp()("The talks ended on Monday. ACCORDING to Kenya, the army left Mogadishu.")
    kenya = next(ent for ent in doc.ents if ent.text == "Kenya")
    actors = Resolver(doc, lambda span: 7 if span.start == kenya.start else None)
    first, second = list(doc.sents)
    assert according_statements(doc, first, 0, actors, None) == []
    assert [(e.actor1_entity, e.cameo_code) for e in according_statements(doc, second, 1, actors, None)] == [
        (7, "010")
    ]
