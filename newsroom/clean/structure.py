"""Split a normalised article into headline, standfirst, byline, dateline and body.

The body starts at the first *prose* line (see ``boilerplate.is_prose``);
everything before it is the header zone. A plain-text article may have no
header at all (its first line is already a body sentence, e.g. one that opens
with a quotation mark): its title is then None and the loader may derive one
later. Because the first body paragraph is always prose, cleaning a cleaned
body finds no header again, which is what keeps cleaning idempotent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsroom.clean.boilerplate import (
    LineContext,
    classify_line,
    is_breadcrumb_of,
    is_prose,
    is_title_repeat,
    parse_byline,
    words,
)
from newsroom.models import RemovedLine

Line = tuple[int, str]  # (index in the normalised input, text)

# More unexplained header lines than this means prose detection failed (e.g.
# unpunctuated or hard-wrapped text): keep everything as body rather than guess.
MAX_HEADER_LINES = 4
KICKER_MAX_WORDS = 2

_MONTH = (
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|"
    r"August|September|October|November|December)\.?"
)
_WEEKDAY = r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)(?:day|nesday|urday|sday)?\.?"
_DATE = rf"(?:{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:,?\s+\d{{4}})?|{_WEEKDAY})"
_WORD = r"[^\W\d_][\w'’.\-]*"
_PLACE = rf"{_WORD}(?:\s{_WORD}){{0,3}}"
_SEPARATOR = r"(?:\s*(?:—|–|--)\s*|\s+-\s+|\s*-\s+|:\s+)"
_DATELINE = re.compile(
    rf"^(?P<city>{_PLACE})(?P<extra>(?:,\s*(?:{_DATE}|{_PLACE}))*)"
    rf"(?:\s*\((?P<agency>[^()\n]{{1,40}})\))?(?P<sep>{_SEPARATOR})"
)
_AGENCY_ONLY = re.compile(rf"^\((?P<agency>[^()\n]{{1,40}})\)(?P<sep>{_SEPARATOR})")
_CITY_CONNECTORS = frozenset("de da del do dos es el al la le of on upon am sur du di".split())
# Words that open a "Label: text" line and are not places.
_LABELS = frozenset(
    """update updated breaking exclusive analysis opinion editorial note watch video photos live explainer
    comment review interview factbox warning correction disclaimer source sources summary background
    context related also read q a question answer transcript sponsored listen highlights what why how who
    when where today tonight yesterday the this that here there it we they he she i you my our his her
    their its and but or so then now meanwhile however""".split()
)


def _is_place(name: str) -> bool:
    tokens = name.split()
    if len(name) > 40 or not tokens:
        return False
    cased = [t for t in tokens if t.lower() not in _CITY_CONNECTORS]
    return bool(cased) and tokens[0][0].isupper() and all(t[0].isupper() for t in cased)


def match_dateline(text: str) -> tuple[str | None, str] | None:
    """(city or None, matched prefix) when ``text`` opens with a dateline, else None.

    Handles "LONDON (Reuters) -", "KARACHI (AA) –", "Lagos:", "WASHINGTON —",
    "Paris, May 3 (AFP) -" and an agency alone, "(Reuters) -".
    """
    m = _AGENCY_ONLY.match(text)
    if m:
        return None, m.group(0)
    m = _DATELINE.match(text)
    if not m:
        return None
    city, sep = m.group("city"), m.group("sep").strip()
    if not _is_place(city):
        return None
    if sep == ":" and not m.group("agency"):
        first = city.split()[0].lower().strip(".'’")
        if len(city.split()) > 3 or first in _LABELS or city.lower() in _LABELS:
            return None
    cased_words = [w for w in city.split() if w.lower() not in _CITY_CONNECTORS]
    if sep != ":" and not (city.isupper() or m.group("agency") or m.group("extra")) and len(cased_words) > 2:
        return None
    rest = text[m.end():]
    if rest and not (rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"“‘'("):
        return None
    return city, m.group(0)


def _strip_dateline(text: str) -> tuple[str | None, str, str] | None:
    found = match_dateline(text)
    if found is None:
        return None
    city, prefix = found
    rest = text[len(prefix):].strip()
    if not rest:
        return city, prefix.strip(), rest
    if not is_prose(rest) or match_dateline(rest) is not None:
        return None
    return city, prefix.strip(), rest


@dataclass
class Parsed:
    title: str | None
    subtitle: str | None
    byline: str | None
    dateline: str | None
    body: list[Line]
    removed: list[RemovedLine] = field(default_factory=list)
    header: list[Line] = field(default_factory=list)  # lines moved to title/subtitle


def filter_boilerplate(lines: list[Line], title: str | None) -> tuple[list[Line], list[RemovedLine]]:
    """Drop classified lines until none is left to drop.

    Zones move as lines go (a cookie banner that ends in a period counts as the
    last prose line until it is removed), so classification is repeated to a
    fixpoint; each round removes at least one line, so it terminates.
    """
    kept, removed = list(lines), []
    while True:
        prose = [i for i, (_, text) in enumerate(kept) if is_prose(text)]
        first, last = (prose[0], prose[-1]) if prose else (None, None)
        seen: set[str] = set()
        drop: dict[int, str] = {}
        for i, (_, text) in enumerate(kept):
            reason = classify_line(text, LineContext(i, first, last, title))
            if reason is None and len(words(text)) >= 4:
                reason = "duplicate" if text in seen else None
                seen.add(text)
            if reason:
                drop[i] = reason
        if not drop:
            return kept, removed
        removed.extend(RemovedLine(kept[i][0], kept[i][1], reason) for i, reason in drop.items())
        kept = [line for i, line in enumerate(kept) if i not in drop]


def _split_header(
    head: list[Line], title_hint: str | None, byline_hint: str | None
) -> tuple[str | None, str | None, str | None, list[RemovedLine], list[Line]] | None:
    """(title, subtitle, city, removed, header lines) for the header zone, or None to give up."""
    removed: list[RemovedLine] = []
    city = None
    rest: list[Line] = []
    for idx, text in head:
        found = _strip_dateline(text)
        if found is not None and not found[2]:
            city = city or found[0]
            removed.append(RemovedLine(idx, text, "dateline"))
        elif byline_hint and (is_title_repeat(text, byline_hint) or parse_byline(text) == byline_hint):
            removed.append(RemovedLine(idx, text, "byline"))
        else:
            rest.append((idx, text))
    anchors = [t for _, t in rest] + ([title_hint] if title_hint else [])
    crumbs = {i for i, (_, t) in enumerate(rest) if any(is_breadcrumb_of(t, a) for a in anchors)}
    removed.extend(RemovedLine(idx, t, "breadcrumb") for i, (idx, t) in enumerate(rest) if i in crumbs)
    rest = [line for i, line in enumerate(rest) if i not in crumbs]
    if len(rest) > MAX_HEADER_LINES:
        return None
    title, header = title_hint, []
    if title is None and rest:
        if len(rest) >= 2 and len(words(rest[0][1])) <= KICKER_MAX_WORDS < len(words(rest[1][1])):
            removed.append(RemovedLine(*rest.pop(0), "kicker"))
        header.append(rest[0])
        title = rest[0][1]
    subtitle = None
    for idx, text in rest[len(header):]:
        if title is not None and is_title_repeat(text, title):
            removed.append(RemovedLine(idx, text, "title_repeat"))
        elif subtitle is None:
            subtitle = text
            header.append((idx, text))
        else:
            removed.append(RemovedLine(idx, text, "header_extra"))
    return title, subtitle, city, removed, header


def _standfirst_before_byline(body: list[Line]) -> bool:
    """Title, standfirst ending in a period, byline, body: the period alone must not start the body."""
    return (
        len(body) >= 3
        and parse_byline(body[1][1]) is not None
        and len(words(body[1][1])) <= 8
        and is_prose(body[2][1])
    )


def _headline_from_text(
    removed: list[RemovedLine], head: list[Line], body_start: int, title_hint: str | None
) -> tuple[str | None, list[Line]]:
    """Prefer the header line repeating a metadata title: it lacks the " | Site" suffix metadata often has.

    Header lines above that headline are menus and section labels, not a standfirst.
    """
    repeat = next((r for r in removed if r.reason == "title_repeat" and r.line_index < body_start), None)
    if repeat is None:
        return title_hint, head
    removed.remove(repeat)
    removed.extend(RemovedLine(idx, text, "pre_headline") for idx, text in head if idx < repeat.line_index)
    return repeat.text, [(idx, text) for idx, text in head if idx > repeat.line_index]


def parse(lines: list[Line], title_hint: str | None = None, byline_hint: str | None = None) -> Parsed:
    kept, removed = filter_boilerplate(lines, title_hint)
    bylines = sorted((r for r in removed if r.reason == "byline"), key=lambda r: r.line_index)
    byline = next((b for b in (parse_byline(r.text) for r in bylines) if b), None)
    first = next((i for i, (_, text) in enumerate(kept) if is_prose(text)), None)
    if first is None:
        return Parsed(title_hint, None, byline or byline_hint, None, kept, removed)
    title_hint, head = _headline_from_text(removed, kept[:first], kept[first][0], title_hint)
    split = _split_header(head, title_hint, byline_hint)
    if split is None:
        title, subtitle, city, header, body = title_hint, None, None, [], kept
    else:
        title, subtitle, city, more, header = split
        removed.extend(more)
        body = kept[first:]
    if title is not None and _standfirst_before_byline(body):
        (idx, text), (bidx, btext) = body[0], body[1]
        if subtitle is None:
            subtitle = text
            header.append((idx, text))
        else:
            removed.append(RemovedLine(idx, text, "header_extra"))
        removed.append(RemovedLine(bidx, btext, "byline"))
        byline = byline or parse_byline(btext)
        body = body[2:]
    found = _strip_dateline(body[0][1]) if body else None
    if found is not None and found[2]:
        city = city or found[0]
        idx = body[0][0]
        removed.append(RemovedLine(idx, found[1], "dateline"))
        body = [(idx, found[2]), *body[1:]]
    removed.sort(key=lambda r: r.line_index)
    return Parsed(title, subtitle, byline or byline_hint, city, body, removed, header)
