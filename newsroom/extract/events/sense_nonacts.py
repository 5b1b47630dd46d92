"""Trigger words that are no act whatever their lexicon sense: a month name inside a date ("went missing on March
8" is no march) and a means that is denied ("book online, not by calling the office": an instruction saying what
not to do, neither a call nor a refusal of one).
"""

from __future__ import annotations

from newsroom.extract.events.sense_clues import UNDECIDED, Trigger
from newsroom.extract.events.syntax import has_neg

_TIME_ENTS = frozenset({"DATE", "TIME"})
# Prepositions whose gerund names the means or manner of the governing act.
_MEANS_PREPS = frozenset({"by", "through", "via"})


def non_acts(t: Trigger):
    """None for a date word or a denied means; undecided otherwise."""
    tok = t.tok
    if tok.ent_type_ in _TIME_ENTS:
        return None
    if tok.dep_ == "pcomp" and tok.head.lower_ in _MEANS_PREPS and has_neg(tok.head):
        return None
    return UNDECIDED
