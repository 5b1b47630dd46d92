"""Event dates: finding the date phrase attached to a trigger or to the clause that reports it (resolved by
``newsroom.dates.resolve_date``).
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import datetime

from newsroom.dates import resolve_date
from newsroom.extract.scan import entities


def date_entities(doc, sent_starts: list[int]) -> dict[int, list]:
    """DATE/TIME entities by the start token of their sentence, computed once per document
    (``doc.ents`` / ``sent.ents`` rebuild their lists on every access)."""
    out: dict[int, list] = {}
    for ent in entities(doc):
        if ent.label_ in ("DATE", "TIME"):
            out.setdefault(sent_starts[max(0, bisect_right(sent_starts, ent.start) - 1)], []).append(ent)
    return out


def event_date_of(trigger, governors: list, published_at: datetime | None, dates: list) -> str | None:
    """The date phrase attached to the predicate, else to the clause that reports it.

    ``dates``: the DATE/TIME entities of the trigger's sentence (see ``date_entities``)."""
    if not dates:
        return None
    for anchor in [trigger, *governors]:
        for ent in dates:
            node, hops = ent.root, 0
            while node != anchor and node.head != node and hops < 4:
                node = node.head
                hops += 1
                if node.pos_ in ("VERB", "AUX") and node != anchor and node.dep_ not in ("aux", "auxpass"):
                    break
            if node == anchor:
                return resolve_date(ent.text, published_at)
    return None
