"""Event nouns of a state an actor is in or puts itself in: "police were on high alert", "workers went on
strike", "the army went on the offensive", "the two sides are in talks". The verb ("were", "went", "remained",
"are") carries the noun as a light verb carries "launched an attack": its subject is the one acting.
"""

from __future__ import annotations

from newsroom.extract.events.codebook import word_set
from newsroom.extract.events.syntax import lemma_of

_STATE_VERBS = word_set("state_verbs")
_TALKS_STATE_VERBS = word_set("talks_state_verbs")
# Alerts, protests and offensives are states one is "on"; "on the talks" or "on aid" are topics. Talks,
# negotiations and discussions (04) are what one is "in"; "in protest" or "in an attack" say how or where.
_STATE_ROOTS = frozenset({"14", "15", "19"})
_TALKS_ROOT = "04"


def state_carrier(noun, code: str):
    """The verb of "X was/went/remained on <noun>" or "X is in talks with Y" whose subject acts, else None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    if code[:2] in _STATE_ROOTS and prep.lower_ == "on":
        verbs = _STATE_VERBS
    elif code[:2] == _TALKS_ROOT and prep.lower_ == "in":
        verbs = _TALKS_STATE_VERBS
    else:
        return None
    verb = prep.head
    return verb if verb.pos_ in ("VERB", "AUX") and lemma_of(verb) in verbs else None
