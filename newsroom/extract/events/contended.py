"""An act that another party's claim or belief holds is not reported as done: "Palestinians claimed that villagers
attacked farmers", "the U.S. believes that terrorists are seeking shelter", "X maintains that Y violated Z" are
the speaker's contention (01), as the coders of every open sentence set code them, not the villagers' attack. An
act the contender claims as its own is still done ("the prisoners claimed that they have taken hostages": 18).
"""

from __future__ import annotations

from newsroom.extract.events.arguments import subject_of
from newsroom.extract.events.codebook import word_set
from newsroom.extract.events.resolver import Resolver
from newsroom.extract.events.syntax import base_lemma

_CONTENDING = word_set("contending")


def contended(act, report_verb, actors: Resolver) -> bool:
    """``act`` sits in the clause of ``report_verb``, a verb of contending whose subject is an actor, and its own
    subject names another party than that actor (a pronoun only when it resolves to another actor)."""
    if base_lemma(report_verb) not in _CONTENDING:
        return False
    holder = subject_of(report_verb)
    if holder is None or holder.dep_ != "nsubj":
        return False  # "it is believed that …": the reporter's hedge, no one's contention
    doer = subject_of(act)
    if doer is None:
        return False
    mine = actors.resolve(holder)
    if mine is None:
        return False  # a claim no actor holds is coded as nothing, so what it holds is left as it was read
    theirs = actors.resolve(doer)
    if doer.pos_ == "PRON":
        return theirs is not None and theirs != mine
    return theirs != mine
