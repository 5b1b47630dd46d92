"""Reporting-verb cues: which tokens introduce speech (a reporting verb from the lexicon, "according to")
and the cue text a quote records."""

from __future__ import annotations

from spacy.tokens import Token

from newsroom.extract.lexicon import reporting_flags, reporting_verbs


def is_cue(token: Token) -> bool:
    """Whether the token introduces speech: a reporting verb from the lexicon, or 'according to'."""
    if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
        return True
    lemma = token.lemma_.lower()
    if token.pos_ not in ("VERB", "AUX") or lemma not in reporting_verbs() or lemma == "be":
        return False
    # "trying to add the question": with a plain object some verbs are not reporting
    return "intransitive" not in reporting_flags(lemma) or not any(
        c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in token.children
    )


def cue_text(token: Token) -> str:
    """The cue as a quote records it, with its particles ('pointed out', 'called for')."""
    if token.lower_ == "according":
        return "according to"
    particles = [
        c
        for c in token.children
        if c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ in ("on", "for") and token.lemma_ == "call")
    ]
    return " ".join([token.text] + [p.text for p in particles])
