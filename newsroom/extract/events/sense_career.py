"""Sense rules for leaving a race or an office of one's own accord: CAMEO codes a withdrawal (080, 087x) or a
resignation (0831) only as yielding to someone's demand, so "withdrew from the race", "suspended her campaign"
or "resigned to become secretary of state" code nothing.
"""

from __future__ import annotations

from newsroom.extract.events.codebook import word_set
from newsroom.extract.events.sense_clues import UNDECIDED, Trigger
from newsroom.extract.events.syntax import base_lemma, pobj_of, prep_children

# What a candidate leaves: "withdrew from the race", "suspended his campaign", "dropped her bid".
_CANDIDACY = word_set("candidacy")

# Who leaves a race when nothing else is named: "three candidates withdrew".
_CANDIDATES = word_set("candidates")

_LEAVING = word_set("leaving")

_RESIGNING = word_set("resigning")

# Purpose clauses of a career move: "resigned to become / take / run / join / focus / pursue".
_CAREER_VERBS = word_set("career_verbs")


def _candidacy(tok) -> bool:
    """The trigger's object, or the object of its from/of/out phrase, is a race or a campaign."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    for p in prep_children(tok):
        o = pobj_of(p)
        if o is not None and o.dep_ == "prep":  # "pulled out of the race": out -> of -> race
            o = pobj_of(o)
        objs.append(o)
        objs += [pobj_of(q) for q in p.children if q.dep_ == "prep"]
    return any(o is not None and base_lemma(o) in _CANDIDACY for o in objs)


def career_moves(t: Trigger):
    """Leaving a race, suspending a campaign, resigning to take another post or in protest: not an event."""
    tok, lemma, root, verb = t.tok, t.lemma, t.root, t.verb
    if not verb or root not in ("08", "16"):
        return UNDECIDED
    if lemma in _LEAVING:
        if _candidacy(tok):
            return None  # "withdrew from the race", "suspended their campaigns"
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if (
            subj is not None
            and base_lemma(subj) in _CANDIDATES
            and not any(c.dep_ == "dobj" for c in tok.children)
        ):
            return None  # "three candidates withdrew"
    if lemma in _RESIGNING and t.code == "0831":
        for c in tok.children:
            if c.dep_ in ("advcl", "xcomp") and base_lemma(c) in _CAREER_VERBS:
                return None  # "resigned to become secretary of state"
            if (
                c.dep_ == "prep"
                and c.lower_ == "in"
                and (o := pobj_of(c)) is not None
                and base_lemma(o) == "protest"
            ):
                return None  # "resigned in protest": a protest of one's own, not acceding to a demand
    return UNDECIDED
