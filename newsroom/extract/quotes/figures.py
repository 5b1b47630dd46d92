"""A figure an announcement reports ("announced $3 million in grants to six tribes for home visiting programs"):
the object with the phrases that say what the figure is for, which the parser hangs on the verb."""

from __future__ import annotations

from spacy.tokens import Token

from newsroom.extract.quotes.context import MEDIUM_PREPS
from newsroom.extract.quotes.cues import is_cue
from newsroom.extract.quotes.speakers import is_message
from newsroom.extract.quotes.trim import TokenRange

FIGURE_VERBS = frozenset({"report", "announce", "confirm", "estimate"})
# a phrase with these says when the figure was announced, not what it is for ("announced $5 million after the storm")
TIME_PREPS = frozenset({"during", "after", "before", "since", "until", "amid", "following", "ahead"})


def reported_figure(cue: Token) -> TokenRange | None:
    """ "NEOC reported a 95% immunization rate", "the team reported a total of 5667 cases", "announced $10 million
    for 63 projects to improve rail safety": a count or rate a source reports is its report, the object with what
    qualifies it, up to the first phrase that says when or where it was reported, or anything else (a conjunct, a
    participle: the speaker's next act)."""
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    if obj is None or not any(t.like_num or t.text == "%" for t in obj.subtree):
        return None
    hi = obj.right_edge.i + 1
    for c in cue.children:
        if c.i <= obj.i or c.dep_ == "punct":
            continue
        if not (_purpose(c) or c.dep_ == "prep" and not _circumstance(c)):
            break
        hi = c.right_edge.i + 1
    return TokenRange(obj.left_edge.i, hi)


def _purpose(verb: Token) -> bool:
    """'announced $10 million to support rural hospitals': a "to" infinitive after the figure says what it is for."""
    return (
        verb.dep_ in ("advcl", "xcomp")
        and verb.tag_ == "VB"
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)
    )


def _circumstance(prep: Token) -> bool:
    """'on Tuesday', 'after the storm', 'in a statement', 'according to X': a phrase on the verb that says when, in
    what or by whom it was announced."""
    if prep.lower_ in TIME_PREPS or is_cue(prep):
        return True
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return any(
        o.ent_type_ in ("DATE", "TIME") or prep.lower_ in MEDIUM_PREPS and is_message(o) for o in objects
    )
