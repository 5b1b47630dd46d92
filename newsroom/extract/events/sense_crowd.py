"""Sense rules for what crowds and unnamed people do: leaving, demonstrating, fighting with their hands. CAMEO
keeps a crowd's acts apart from a state's: a rally of thousands is a demonstration (14), not a campaign for
support (053); bystanders striking an attacker with their fists, or a man hitting another with his car, is an assault (182), not military force (19).
A gathering is a demonstration only when people gather: a candidate's campaign rally or a party's election night
vigil is its own occasion, and rallying someone (the world, the private sector) is winning them over, no crowd.
"""

from __future__ import annotations

from newsroom.extract.events.arguments import subject_of
from newsroom.extract.events.codebook import word_set, word_sets
from newsroom.extract.events.parties import vehicle
from newsroom.extract.events.sense_clues import UNDECIDED, Trigger
from newsroom.extract.events.syntax import base_lemma, pobj_of, prep_children
from newsroom.extract.lexicon import generic_agents

# What a blow is struck with when it is not military force.
_HAND_WEAPONS = word_set("hand_weapons")
_BLOWS = word_set("blows")
_COUNTS = word_set("counts")
_OCCASIONS = word_set("electoral_occasions")
# Gathering nouns a campaign holds as well as a protest movement (not "protest" or "demonstration").
_GATHERINGS = frozenset({"rally", "vigil"})
# A crowd's gathering, which stands for the people at it where force is used on it (gathering_acted_on).
_CROWD_GATHERINGS = word_set("gatherings")


def crowd_moves(t: Trigger):
    """ "the crowds dispersed" is people leaving (repression needs an object or a passive: "police dispersed the
    crowd"); "thousands rallied in support of X" is a demonstration; "others struck him with their fists" is an
    assault."""
    tok = t.tok
    if t.lemma in ("disperse", "scatter") and t.verb and t.root == "17":
        if not any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in tok.children):
            return None
    if t.lemma == "rally" and t.verb and t.code == "053" and _crowd(subject_of(tok)):
        return "141"
    if t.root == "14" and _not_a_demonstration(t):
        return None
    if t.lemma in _BLOWS and t.verb and t.root == "19" and (_by_hand(tok) or _civilians(subject_of(tok))):
        return "182"
    return UNDECIDED


def _not_a_demonstration(t: Trigger) -> bool:
    """ "rallied the world to support Ukraine" (a verb with an object: winning others over), "held his first
    campaign rally", "claimed victory at his party's election night vigil" (a gathering noun whose modifiers name an
    election occasion; not "a post-election rally", which may protest its result)."""
    tok = t.tok
    if t.verb:
        return t.lemma == "rally" and any(c.dep_ == "dobj" or _rallied_to(c) for c in tok.children)
    if t.lemma not in _GATHERINGS:
        return False
    return any(
        w.dep_ in ("compound", "amod", "nmod")
        and base_lemma(w) in _OCCASIONS
        and (w.i == 0 or w.doc[w.i - 1].text != "-")
        for w in tok.subtree
        if w.i < tok.i
    )


def _rallied_to(clause) -> bool:
    """ "rallied the world to support X": the parser's clause with its own subject (whoever was won over); not
    "rallied to demand X", the crowd's own aim."""
    return (
        clause.dep_ == "ccomp"
        and any(c.dep_ == "nsubj" for c in clause.children)
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    )


def _crowd(subj) -> bool:
    """ "several thousand people", "Trump supporters", "protesters": a crowd, not an official or a state."""
    if subj is None:
        return False
    lemma = base_lemma(subj)
    if lemma in _COUNTS or subj.pos_ == "NUM":
        return True
    role = generic_agents().get(lemma)
    return lemma in word_sets()["crowd"] or (role is not None and role.role_class == "civilians")


def _civilians(subj) -> bool:
    """Unnamed civilians ("bystanders", "passers-by"), with no armed force among them."""
    if subj is None or subj.ent_type_:
        return False
    role = generic_agents().get(base_lemma(subj))
    return role is not None and role.role_class == "civilians"


def _by_hand(verb) -> bool:
    """ "struck him with their fists / a fire extinguisher", "hit him with the car": a blow by hand, with what was
    at hand or with a vehicle, which one person strikes another with (an army strikes with arms)."""
    return any(
        p.lower_ == "with"
        and (o := pobj_of(p)) is not None
        and (base_lemma(o) in _HAND_WEAPONS or vehicle(o))
        for p in prep_children(verb)
    )


def gathering_acted_on(token) -> bool:
    """A crowd's gathering that a clause acts on and that names no one else ("broke up the protests", "the rally
    was dispersed", "cracked down on demonstrations"; not "a Biden rally", "anti-Japan protests", "protests of the
    opposition", whose named party the coder reads): the people at it, read as protesters. The event coder takes
    them only for force (build), and the idle rule drops them where no event does."""
    if token.pos_ != "NOUN" or token.ent_type_ or token.lemma_.lower() not in _CROWD_GATHERINGS:
        return False
    if any(
        c.dep_ == "poss"
        or (c.dep_ in ("compound", "nmod", "amod") and (c.pos_ == "PROPN" or c.ent_type_))
        or (c.dep_ == "prep" and c.lower_ in ("of", "by"))
        for c in token.children
    ):
        return False
    head = token.head
    if token.dep_ == "pobj":
        return head.lower_ in ("on", "against") and head.head.pos_ == "VERB"
    return token.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB"
