"""A statement of one's own intent: "X said it intends to send troops", "X confirmed that it is preparing a
meeting", "X and Y said they were committed to resolving the dispute" is X expressing intent (CAMEO 03), not a
bare statement (01), even when what is intended is no coded act.
"""

from __future__ import annotations

from newsroom.extract.events.codebook import word_set
from newsroom.extract.events.codes import as_intent
from newsroom.extract.events.matching import match_trigger
from newsroom.extract.events.modality import reported_by_self
from newsroom.extract.events.syntax import has_neg, lemma_of

# Predicates that state one's own plan or readiness: "intends to", "is preparing", "is committed to".
_INTENT_WORDS = word_set("stated_intent_words")


def _intent_predicate(clause):
    """The clause's predicate when it states a plan or readiness ("it intends to ...", "they were committed to
    ..."), else None."""
    pred = clause
    if lemma_of(clause) == "be":
        pred = next((c for c in clause.children if c.dep_ in ("acomp", "attr")), None)
    if pred is None or has_neg(pred) or has_neg(clause):
        return None
    if lemma_of(pred) not in _INTENT_WORDS and pred.lower_ not in _INTENT_WORDS:
        return None
    if lemma_of(pred) == "intend" and any(c.dep_ == "auxpass" for c in pred.children):
        return None  # "the meeting is intended as a forum", "the bill was intended to balance ...": a purpose
    if pred.lower_ in _READINESS and not _act_follows(pred):
        return None  # "the Democrats are committed to what we know to be the priorities": a stance, no plan
    return None if any(_no_intent_code(t) for t in pred.children) else pred


# Words of readiness that state a plan only with an act after them ("committed to resolving", "ready to talk").
_READINESS = frozenset({"committed", "ready", "willing", "determined"})


def _act_follows(pred) -> bool:
    """An infinitive or an -ing act after the readiness word: "ready to talk", "committed to resolving"."""
    return any(c.dep_ == "xcomp" for c in pred.children) or any(
        p.dep_ == "prep"
        and p.lower_ == "to"
        and any(o.dep_ == "pcomp" and o.tag_ == "VBG" for o in p.children)
        for p in pred.children
    )


def _no_intent_code(tok) -> bool:
    """An intended act CAMEO has no intent code for ("intends to sue", "plans to protest"): the statement stays a
    statement."""
    m = match_trigger(tok) if tok.pos_ == "VERB" else None
    return m is not None and as_intent(m.pattern.code) is None


def states_own_intent(speech_verb, actors) -> bool:
    """Whether the speech verb reports the speaker's own intent: an affirmed reported clause whose subject is the
    speaker and whose predicate is a plan or readiness word."""
    if has_neg(speech_verb):
        return False
    return any(
        c.dep_ == "ccomp" and _intent_predicate(c) is not None and reported_by_self(c, speech_verb, actors)
        for c in speech_verb.children
    )
