"""Sense rules that read a verb's object or complement class: a meeting, a cancelled visit or a concern is an
event between parties only when a party is what it is with, to or about ("met resistance" is no meeting, "stood
by watching" no support, "cancelled a visit to a school" no broken-off talks); who protests decides between a
demonstration and an official complaint; warning one's own people is advice, not a threat; being someone's ally
is a state, not an event, unless it is promised ("will be partners"); cutting a thing is no cut in relations.
"""

from __future__ import annotations

from newsroom.extract.events.arguments import subject_of
from newsroom.extract.events.codebook import word_set, word_sets
from newsroom.extract.events.parties import ACTOR_ENTS, person_like, raw_actor_like
from newsroom.extract.events.sense_clues import MEETING_NOUNS, UNDECIDED, Trigger
from newsroom.extract.events.syntax import (
    FUTURE_AUX,
    WOULD_AUX,
    acted_on,
    aux_words,
    base_lemma,
    pobj_of,
    prep_children,
)
from newsroom.extract.lexicon import org_anaphors

_OFFICIAL_BODIES = word_set("official_bodies")
_OWN_PEOPLE = word_set("own_people")
_REDUCING = word_set("reducing_verbs")
_TIES_AND_AID = word_set("ties_and_aid") | frozenset().union(
    *(word_sets()[n] for n in ("aid", "econ", "milaid", "hum", "ties", "talks", "diplomat", "deal"))
)
# Auxiliaries under which being someone's partner is a commitment, not a state.
_COMMITTING = FUTURE_AUX | WOULD_AUX | {"to"}
_STATE_ENTS = frozenset({"GPE", "ORG"})  # not NORP: "Serbians protested" is a crowd


def party_objects(t: Trigger):
    """ "met resistance / with criticism", "stood by watching", "cancelled a visit to a school", "expressed dismay
    at the government's actions", "formally protested", "warned its citizens", "was critical of Y"."""
    tok, lemma = t.tok, t.lemma
    if not t.verb:
        return UNDECIDED
    if lemma == "meet" and t.root == "04":
        objs = [acted_on(tok)] + [pobj_of(p) for p in prep_children(tok) if p.lower_ == "with"]
        objs = [o for o in objs if o is not None and base_lemma(o) not in MEETING_NOUNS]
        # "met in Geneva, their first meeting": the parser's object may be the meeting itself
        return None if objs and not any(_party(o) for o in objs) else UNDECIDED
    if lemma == "stand" and t.code[:3] == "052":
        by = [p for p in prep_children(tok) if p.lower_ in ("by", "with")]
        return None if by and not any(c.dep_ == "pobj" for p in by for c in p.children) else UNDECIDED
    if lemma == "cancel" and t.root == "16":
        obj = acted_on(tok)
        places = [pobj_of(p) for p in prep_children(obj) if p.lower_ == "to"] if obj is not None else []
        return None if any(o is not None and not _named_party(o) for o in places) else UNDECIDED
    if lemma == "express" and t.code == "012":
        return "111" if any(_aimed_at_party(tok, w) for w in ("about", "at", "over", "with")) else UNDECIDED
    if lemma == "protest" and t.code == "141" and _official(tok):
        return "114"
    if lemma == "be" and t.code == "111":
        return t.code if _critical_of(tok) else None
    if lemma == "be" and t.root == "05":
        # "the US is their most important ally", "were not friends": a state; "will never be its partner",
        # "wants to be a partner" commit to one
        return t.code if aux_words(tok) & _COMMITTING else None
    if lemma == "warn" and t.root == "13" and _own_people(acted_on(tok)):
        return "020"
    if lemma in _REDUCING and t.root == "16":
        return None if _cut_a_thing(tok, t.preps) else UNDECIDED
    return UNDECIDED


def _cut_a_thing(verb, preps) -> bool:
    """ "cut the ribbon", "cut emissions", "reduce gun violence", "reducing barriers to the development of housing",
    "cut them into pieces", "cut through the process": a thing is cut, no relation with a party is reduced. The
    lexicon's aid or tie word may be only near the verb ("gun" of "gun violence"), so the object's own head must be
    a party, a tie or aid ("cut aid to X", "downgraded ties", "halted cooperation"); "cut short his visit", "cut off
    Qatar" still are cuts."""
    if any(
        c.dep_ in ("advmod", "prt", "acomp", "oprd") and c.lower_ in ("short", "off") for c in verb.children
    ):
        return False
    if "into" in preps or "through" in preps:
        return True
    obj = acted_on(verb)
    if obj is None or _party(obj) or _tie_or_aid(obj):
        return False
    # "cut the level of ties", "reduced the number of diplomats", "curtailed the movements of the UN mission",
    # "suspended the activities of two relief organisations": a measure of the tie or aid, or the acts of a party
    # or of an organisation ("the company suspended production" is no such act)
    ofs = [pobj_of(p) for p in prep_children(obj) if p.lower_ == "of"]
    return not any(
        o is not None and (_tie_or_aid(o) or _party(o) or base_lemma(o) in org_anaphors()) for o in ofs
    )


def _tie_or_aid(tok) -> bool:
    return base_lemma(tok) in _TIES_AND_AID


def _party(tok) -> bool:
    """A named or personal party, or a body ("the government", "the ministry")."""
    return raw_actor_like(tok) or base_lemma(tok) in _OFFICIAL_BODIES


def _named_party(tok) -> bool:
    """A party itself, not a place named after one ("a London school" is no host of talks)."""
    return tok.ent_type_ in ACTOR_ENTS or person_like(tok) or base_lemma(tok) in _OFFICIAL_BODIES


def _aimed_at_party(verb, word: str) -> bool:
    """ "concern about the government's offensive", "dismay at Y": the concern's object is a party or its act;
    "concern over the crisis" is about a situation (a pessimistic comment)."""
    objs = []
    for holder in [verb, *(c for c in verb.children if c.dep_ == "dobj")]:
        objs += [pobj_of(p) for p in prep_children(holder) if p.lower_ == word]
    for o in objs:
        if o is None:
            continue
        if _party(o) or any(c.dep_ == "poss" and _party(c) for c in o.children):
            return True
    return False


def _official(verb) -> bool:
    """A protest lodged by a state or a body ("Japan formally protested"), not a crowd's demonstration."""
    if any(c.dep_ == "advmod" and c.lower_ in ("formally", "officially") for c in verb.children):
        return True
    subj = subject_of(verb)
    if subj is None or base_lemma(subj) in word_sets()["crowd"]:
        return False
    return subj.ent_type_ in _STATE_ENTS or base_lemma(subj) in _OFFICIAL_BODIES


def _critical_of(verb) -> bool:
    """ "X was (sharply) critical of Y": the adjective is the copula's complement and names whom it faults; not "a
    critical step was ..." nor "it is critical that ..."."""
    return any(
        c.dep_ == "acomp" and base_lemma(c) == "critical" and any(p.lower_ == "of" for p in prep_children(c))
        for c in verb.children
    )


def _own_people(obj) -> bool:
    """ "warned its citizens", "warned the public", "warned travellers": advice to the people one speaks for."""
    return obj is not None and base_lemma(obj) in _OWN_PEOPLE
