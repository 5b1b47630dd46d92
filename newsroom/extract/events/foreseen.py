"""A future act someone else foresees, believes in or hopes for is not done, nor is it the actor's intent:
"analysts predict China will work with Brazil", "diplomats hope the two leaders will meet", "the minister
expected Iran would sign", "we expect Iran to meet the norms". CAMEO codes an intent (03) only when the actor
states it ("China said it will ...", "we expect we will sign"); a forecast by others is no event of the actor.
"""

from __future__ import annotations

from newsroom.extract.events.codebook import word_set
from newsroom.extract.events.modality import reported_by_self
from newsroom.extract.events.resolver import Resolver
from newsroom.extract.events.syntax import (
    FUTURE_AUX,
    WOULD_AUX,
    aux_words,
    base_lemma,
    child_of,
    participle_adjunct,
    shares_modal,
)

_FORESEEING = word_set("foreseeing")


def foreseen(verb, actors: Resolver) -> bool:
    """``verb`` (with a "will/would" of its own or of the verb it is coordinated with, or a "to" after a subject
    of its own; or a participle hung on such a verb) is the complement clause of a verb of foreseeing whose subject is someone other than the one who
    would act."""
    clause, auxes = verb, aux_words(verb)
    while (above := _sharing_time_with(clause)) is not None:
        clause = above
        auxes |= aux_words(clause)
    if clause.dep_ != "ccomp":
        return False
    if not auxes & (FUTURE_AUX | WOULD_AUX) and not ("to" in auxes and child_of(clause, "nsubj") is not None):
        return False  # "expect Iran to meet the norms" is as much a forecast as "expect Iran will meet"
    head = clause.head
    return base_lemma(head) in _FORESEEING and not reported_by_self(clause, head, actors)


def _sharing_time_with(clause):
    """The verb whose time ``clause`` shares, else None: "will meet and sign", "expect X to address it, calling for
    ...", "hope X will make the decision to lift it": what the verb hangs on is foreseen too."""
    if _object_infinitive(clause):
        return clause.head.head
    if shares_modal(clause) or participle_adjunct(clause):
        return clause.head
    return None


def _object_infinitive(verb) -> bool:
    """ "make the decision to lift the ban", "make an offer to resume talks": a "to"-infinitive on the object of a
    verb is done when, and only if, that verb is."""
    return (
        verb.dep_ == "acl"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and verb.head.dep_ == "dobj"
        and verb.head.head.pos_ == "VERB"
    )
