"""Event nouns of a state an actor is in or puts itself in: "police were on high alert", "workers went on
strike", "the army went on the offensive". The verb ("were", "went", "remained") carries the noun as a light
verb carries "launched an attack": its subject is the one acting.
"""

from __future__ import annotations

from newsroom.extract.events.codebook import word_set
from newsroom.extract.events.syntax import lemma_of

_STATE_VERBS = word_set("state_verbs")
# Alerts, protests and offensives are states one is "on"; "on the talks" or "on aid" are topics.
_STATE_ROOTS = frozenset({"14", "15", "19"})


def state_carrier(noun, code: str):
    """The verb of "X was/went/remained on <noun>" whose subject acts, else None."""
    prep = noun.head
    if code[:2] not in _STATE_ROOTS or noun.dep_ != "pobj" or prep.lower_ != "on" or prep.dep_ != "prep":
        return None
    verb = prep.head
    return verb if verb.pos_ in ("VERB", "AUX") and lemma_of(verb) in _STATE_VERBS else None
