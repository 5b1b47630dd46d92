"""Datelines: where a text was filed, written before its first sentence ("WASHINGTON (AP) —", "Smithville, Ga. –").
Neither the event coder nor the actor finder reads a party in one."""

from __future__ import annotations

import re

from newsroom.dates import MONTHS
from newsroom.extract.scan import kept

DASHES = frozenset({"—", "–", "-", "--", "―"})
DATELINE_TOKENS = 14  # a dateline ends within a sentence's first tokens
_GLUED_DASH = re.compile(r"\.[—–-](?:$|[A-Z])")


def dateline_end(sent) -> int:
    """Index of the first token after a dateline ("WASHINGTON (AP) —", "BEIRUT, Jan 3 (Reuters) -"), else sent.start.

    A dateline is upper-case place words, optionally a date, optionally an agency in brackets, then a dash, all
    within the first 14 tokens of the sentence; or a town and its state or country ("Smithville, Ga. –",
    "Washington, D.C.- Today"), where the tokenizer may glue the dash to the abbreviation. Kept per article by the
    sentence's bounds: the place test asks it of every place in a sentence's opening words."""
    known = kept(sent.doc, "dateline_end")
    key = (sent.start, sent.end)
    found = known.get(key)
    if found is None:
        found = known[key] = _dateline_end(sent)
    return found


def _dateline_end(sent) -> int:
    toks = list(sent[:DATELINE_TOKENS])
    for k, t in enumerate(toks):
        glued = _glued_dash(t)
        if (t.text in DASHES or glued) and _place_pair(toks[: k + 1] if glued else toks[:k]):
            return t.i + 1
        if t.text in DASHES and k > 0:
            head = toks[:k]
            words = [w for w in head if w.is_alpha]
            if not words:
                return sent.start
            caps = [w for w in words if w.is_upper and len(w) > 1]
            bracketed = any(w.text == "(" for w in head)
            if (
                caps
                and words[0].is_upper
                and (
                    bracketed
                    or len(caps) == len([w for w in words if not w.like_num and w.lower_ not in MONTHS])
                )
            ):
                return t.i + 1
            return sent.start
        if not (t.is_alpha or t.is_punct or t.like_num or t.is_space or t.ent_type_ in ("GPE", "LOC")):
            return sent.start  # a place's abbreviation ("D.C.", "Ga.") may stand in a dateline
    return sent.start


def past_dateline(token):
    """The token, or when it is a place in its sentence's dateline (where the text was filed, nobody's subject) the
    phrase after the dateline the parser hung on it: "WASHINGTON, D.C.—U.S. Rep. X, …, issued …" may
    make the city the subject and the member its conjunct. None when nothing follows the dateline in its phrase."""
    sent = token.sent
    if token.ent_type_ not in ("GPE", "LOC") or token.i - sent.start >= DATELINE_TOKENS:
        return token  # a person before a bracket and a dash ("John Doe (R-AZ) said") stays
    end = dateline_end(sent)
    if token.i >= end:
        return token
    return next((t for t in token.subtree if t.i >= end and t.head.i < end), None)


def _glued_dash(token) -> bool:
    """ "D.C.-", "D.C.—U.S.": an abbreviation the tokenizer kept with the dash after it (and, where a scrape lost
    the spaces, with the capitalised word after that), not "D.C.-based"."""
    return len(token.text) > 2 and _GLUED_DASH.search(token.text) is not None


def _place_pair(head) -> bool:
    """ "Smithville, Ga.", "WASHINGTON, D.C.": a place's name, a comma and its state's or country's, each a place
    entity (a dash glued to the second), and nothing else."""
    return (
        len(head) >= 3
        and (head[0].is_title or head[0].is_upper)
        and any(t.text == "," for t in head)
        and all(t.text == "," or t.ent_type_ in ("GPE", "LOC") or _glued_dash(t) for t in head)
        and head[-1].text != ","
    )
