"""A quotation's statement (quoted.quoted_statements) goes only to a speaker who fills its reporting verb's
speaking role in the sentence: the verb's subject, its passive agent, an inverted "said X" or the subject that
controls "…, saying". A speaker the quote extractor took from an of-phrase, an owner, an object or a preposition's
object is only mentioned there. The quote extractor is stood in for by a table (cue word -> speaker) so that each
form is tested whatever that extractor makes of it. Sentences written for these tests."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")


@pytest.fixture(scope="module")
def nlp():
    from newsroom.extract import load_nlp

    return load_nlp()


def _statements(nlp, text: str, cue: str, speaker: str) -> list:
    """The 010 rows when the quote extractor gave the sentence's quotation, through ``cue``, to the actor
    whose noun phrase ends in ``speaker``."""
    from newsroom.extract.events.quoted import quoted_statements
    from newsroom.extract.events.resolver import Resolver

    doc = nlp(text)
    actors = Resolver(doc, lambda span: 1 if span.text.split()[-1:] == [speaker] else None)
    actors.info = {1: ("person", None)}
    actors.quoted = [(0, len(text), 1)]
    actors.cue_speakers = {next(t.i for t in doc if t.text == cue): 1}
    return [e.cameo_code for e in quoted_statements(doc, next(iter(doc.sents)), 0, actors, None)]


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # inside the subject's of-phrase
        (
            'A former business partner of Halvorsen recalled, "She never missed a meeting."',
            "recalled",
            "Halvorsen",
        ),
        # the noun a passive participle hangs on (its agent is who speaks)
        ('Tomas Ruiz, the engineer branded a "menace" by Halvorsen, spoke after her.', "branded", "Ruiz"),
        # a prepositional object of another clause, the speaker inverted after the verb
        (
            'Flooding surged under former mayor Halvorsen, says Tomas Ruiz, "and nobody listened."',
            "says",
            "Halvorsen",
        ),
        # the owner of the object of the verb that controls "saying"
        (
            'The governor read out the mayor\'s plans, saying "my council will build the bridge."',
            "saying",
            "mayor",
        ),
        # an object's prepositional phrase
        (
            'She has dismissed questions about her links with Ruiz, saying "there is nothing to tell."',
            "saying",
            "Ruiz",
        ),
        # a document's recipient
        (
            'Halvorsen sent a letter to the mayor last week saying that Ruiz was "not truthful".',
            "saying",
            "mayor",
        ),
    ],
)
def test_a_speaker_only_mentioned_in_the_sentence_makes_no_statement(nlp, text, cue, speaker):
    assert _statements(nlp, text, cue, speaker) == []


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (
            'A former business partner, Tomas Ruiz, recalled, "She never missed a meeting."',
            "recalled",
            "Ruiz",
        ),
        (
            'Flooding surged under former mayor Halvorsen, says Tomas Ruiz, "and nobody listened."',
            "says",
            "Ruiz",
        ),
        (
            'The governor read out the mayor\'s plans, saying "my council will build the bridge."',
            "saying",
            "governor",
        ),
        (
            'Halvorsen sent a letter to the mayor last week saying that Ruiz was "not truthful".',
            "saying",
            "Halvorsen",
        ),
        ('"It is a pity," said Councillor Brenda Halvorsen.', "said", "Halvorsen"),
        ('"It is a pity," Tomas Ruiz and Brenda Halvorsen wrote.', "wrote", "Halvorsen"),
        # a name the parser read as a modal auxiliary
        ('"It is fitting that I come back here to launch my campaign", May stated.', "stated", "May"),
        ('The Tribune quoted Councillor Brenda Halvorsen as stating "It is a pity."', "stating", "Halvorsen"),
        (
            'Tomas Ruiz, the engineer branded a "menace" by Halvorsen, spoke after her.',
            "branded",
            "Halvorsen",
        ),
    ],
)
def test_the_speaker_who_fills_the_verbs_role_makes_the_statement(nlp, text, cue, speaker):
    assert _statements(nlp, text, cue, speaker) == ["010"]
