"""The attribute ruler's matches found by word (attribute_index.py) are spaCy's Matcher's, and so is every word's
part of speech, morphology and lemma. Sentences written for these tests."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

_TEXTS = (
    "There is a deal. I saw you and it, and they do have the papers, but he ain't gonna sign.\n\n",
    "Y'all got ta go now: nothin' is left.  \n The minister, who had met her, said that it was done.",
    "",
    " ",
)


@pytest.fixture(scope="module")
def nlp():
    from newsroom.extract import load_nlp

    return load_nlp()


def test_the_index_finds_the_matchers_matches(nlp):
    from spacy.pipeline import AttributeRuler

    ruler = nlp.get_pipe("attribute_ruler")
    assert "match" in vars(ruler)  # load_nlp indexed the model's ruler
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(nlp.pipe(_TEXTS))
    for doc in docs:
        assert ruler.match(doc) == AttributeRuler.match(ruler, doc)
        assert ruler.match(doc) == AttributeRuler.match(ruler, doc)  # asked again: from the words' kinds


def test_the_parse_is_spacys_own(nlp):
    import spacy

    from newsroom.extract import SPACY_MODEL

    stock = spacy.load(SPACY_MODEL)

    def read(doc):
        return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]

    for text in _TEXTS:
        assert read(nlp(text)) == read(stock(text))


def test_a_pattern_of_another_form_leaves_the_ruler_as_it_was(nlp):
    from spacy.pipeline import AttributeRuler

    from newsroom.extract.attribute_index import index_attribute_ruler

    ruler = AttributeRuler(nlp.vocab)
    ruler.add([[{"LOWER": "deal", "OP": "+"}]], {"POS": "NOUN"})
    index_attribute_ruler(ruler)
    assert "match" not in vars(ruler)
    other = AttributeRuler(nlp.vocab)
    other.add([[{"LOWER": {"REGEX": "^de"}}, {"TAG": {"IN": ["NN"]}}]], {"POS": "NOUN"}, index=1)
    index_attribute_ruler(other)
    assert "match" in vars(other)


def test_the_indexed_ruler_still_pickles(nlp):
    """``nlp.pipe`` with ``n_process`` under the spawn start method pickles the pipeline's components."""
    import pickle

    ruler = pickle.loads(pickle.dumps(nlp.get_pipe("attribute_ruler")))
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        doc = nlp(_TEXTS[0])
    assert ruler.match(doc) == nlp.get_pipe("attribute_ruler").match(doc)
