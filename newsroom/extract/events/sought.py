"""Whom an act was sought against: in "looked for a black man to attack", "decided to find people to assault" the
noun before an infinitive with no object of its own, under a verb of seeking or finding, is whom the act would be
done to (the parser makes it the infinitive's subject or the head of its relative clause); the seeker does it."""

from __future__ import annotations

from newsroom.extract.events.codebook import word_set
from newsroom.extract.events.syntax import child_of, lemma_of, to_infinitive

_SEEKING_VERBS = word_set("seeking_verbs")
# "the first country to recognize X": an ordinal or superlative makes the noun the doer
_RANKS = frozenset({"first", "last", "only", "next"})


def sought(verb) -> tuple | None:
    """(the one sought, the verb of seeking) when ``verb`` is the act sought against someone, else None."""
    if not to_infinitive(verb) or child_of(verb, "dobj", "dative", "auxpass") is not None:
        return None
    if any(c.dep_ == "aux" and c.lower_ != "to" for c in verb.children):
        return None  # "found the defendants to have conspired": a finding about them
    if verb.dep_ == "relcl" and child_of(verb, "nsubj", "nsubjpass") is None:
        noun = verb.head  # "searched for a man to attack", "found a target to strike"
        seeker = noun.head.head if noun.dep_ == "pobj" else noun.head
    elif verb.dep_ in ("ccomp", "advcl", "xcomp"):
        noun, seeker = child_of(verb, "nsubj"), verb.head  # "find African-Americans to assault"
    else:
        return None
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.i > verb.i:
        return None
    if any(c.tag_ == "JJS" or c.lower_ in _RANKS for c in noun.children):
        return None
    return (noun, seeker) if lemma_of(seeker) in _SEEKING_VERBS else None
