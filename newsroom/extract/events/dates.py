"""Event dates: resolving a date phrase against the publication date, and finding the phrase attached to a
trigger or to the clause that reports it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date, datetime, timedelta

_WEEKDAYS = {
    name: i
    for i, names in enumerate(
        [
            ("monday", "mon"),
            ("tuesday", "tue", "tues"),
            ("wednesday", "wed"),
            ("thursday", "thu", "thur", "thurs"),
            ("friday", "fri"),
            ("saturday", "sat"),
            ("sunday", "sun"),
        ]
    )
    for name in names
}


_MONTHS = {
    name: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for name in names
}


_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "a": 1, "an": 1}


_RE_MONTH_DAY = re.compile(r"\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b")


_RE_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]{3,9})\.?(?:,?\s+(\d{4}))?\b")


_RE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


_RE_AGO = re.compile(r"\b(\d+|one|two|three|four|five|six|seven|a|an)\s+(day|week)s?\s+ago\b")


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def resolve_date(text: str, published_at: datetime | None) -> str | None:
    """ISO date for a date phrase; relative phrases need published_at, weekdays go back to the latest such day."""
    low = text.lower().strip()
    pub = published_at.date() if isinstance(published_at, datetime) else published_at
    if m := _RE_ISO.search(low):
        d = _safe_date(int(m[1]), int(m[2]), int(m[3]))
        return d.isoformat() if d else None
    for rx, month_group, day_group in ((_RE_MONTH_DAY, 1, 2), (_RE_DAY_MONTH, 2, 1)):
        for m in rx.finditer(low):
            month = _MONTHS.get(m[month_group])
            if month is None:
                continue
            day = int(m[day_group])
            if m[3]:
                d = _safe_date(int(m[3]), month, day)
                return d.isoformat() if d else None
            if pub is None:
                return None
            d = _safe_date(pub.year, month, day)
            if d is not None and d > pub + timedelta(days=2):  # "Sept. 15" read in January means last year
                d = _safe_date(pub.year - 1, month, day)
            return d.isoformat() if d else None
    if pub is None:
        return None
    words = re.findall(r"[a-z]+", low)
    if "yesterday" in words or (
        "last" in words and "night" in words and not any(w in _WEEKDAYS for w in words)
    ):
        return (pub - timedelta(days=1)).isoformat()
    if any(w in ("today", "tonight") for w in words) or (
        "this" in words and any(w in ("morning", "afternoon", "evening") for w in words)
    ):
        return pub.isoformat()
    if m := _RE_AGO.search(low):
        n = int(m[1]) if m[1].isdigit() else _NUMBER_WORDS[m[1]]
        return (pub - timedelta(days=n * (7 if m[2] == "week" else 1))).isoformat()
    for w in words:
        if w in _WEEKDAYS and (len(w) > 3 or w in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")):
            back = (pub.weekday() - _WEEKDAYS[w]) % 7
            if "last" in words and back == 0:
                back = 7
            return (pub - timedelta(days=back)).isoformat()
    if "last" in words and "week" in words:
        return (pub - timedelta(days=7)).isoformat()
    return None


def date_entities(doc, sent_starts: list[int]) -> dict[int, list]:
    """DATE/TIME entities by the start token of their sentence, computed once per document
    (``doc.ents`` / ``sent.ents`` rebuild their lists on every access)."""
    out: dict[int, list] = {}
    for ent in doc.ents:
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
