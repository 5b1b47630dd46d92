"""Datelines ("LONDON (Reuters) -", "Paris, May 3 (AFP) -", "Lagos:") and bare place lines ("NEW DELHI").

``match_dateline`` finds the place a dateline gives and the prefix to cut from the paragraph it
opens. The header parser (``structure``) also asks whether a line is a bare place, and uses
``LABELS`` and ``NOT_PLACES`` to tell a name from a section label.
"""

from __future__ import annotations

import re

from newsroom.clean.boilerplate import is_prose
from newsroom.dates import MONTH_PATTERN, WEEKDAY_PATTERN

_DATE = rf"(?:{MONTH_PATTERN}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{MONTH_PATTERN}(?:,?\s+\d{{4}})?|{WEEKDAY_PATTERN})"
_WORD = r"[^\W\d_][\w'’.\-]*"
_PLACE = rf"{_WORD}(?:\s{_WORD}){{0,3}}"
_SEPARATOR = r"(?:\s*(?:—|–|--)\s*|\s+-\s+|\s*-\s+|:\s+)"
_DATELINE = re.compile(
    rf"^(?P<city>{_PLACE}(?:\s?/\s?{_PLACE}){{0,3}})(?P<extra>(?:,\s*(?:{_DATE}|{_PLACE}))*)"
    rf"(?:\s*\((?P<agency>[^()\n]{{1,40}})\))?(?P<sep>{_SEPARATOR})"
)
_AGENCY_ONLY = re.compile(rf"^\((?P<agency>[^()\n]{{1,40}})\)(?P<sep>{_SEPARATOR})")
_CITY_CONNECTORS = frozenset("de da del do dos es el al la le of on upon am sur du di".split())
# Words that open a "Label: text" line and are not places.
LABELS = frozenset(
    """update updated breaking exclusive analysis opinion editorial note watch video photos live explainer
    comment review interview factbox warning correction disclaimer source sources summary background
    context related also read q a question answer transcript sponsored listen highlights what why how who
    when where today tonight yesterday the this that here there it we they he she i you my our his her
    their its and but or so then now meanwhile however""".split()
)
# Words of a speaker's label opening a transcript's turn ("MS PORTER:", "FOREIGN MINISTER DENDIAS:",
# "MODERATOR:"): an honorific or an office no place is named after (not "General Santos", "Prince George")
_SPEAKER_TITLES = frozenset(
    """mr mrs ms dr secretary minister president ambassador spokesperson spokesman spokeswoman senator
    governor mayor chairman chairwoman director official moderator operator participant interviewer""".split()
)


def _is_place(name: str) -> bool:
    if "/" in name:
        return all(_is_place(part.strip()) for part in name.split("/"))
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
        if len(city.split()) > 3 or first in LABELS or city.lower() in LABELS:
            return None
        if any(w.lower().strip(".") in _SPEAKER_TITLES for w in city.split()):
            return None  # a transcript turn's speaker, not a place
    cased_words = [w for w in city.split() if w.lower() not in _CITY_CONNECTORS]
    if sep != ":" and not (city.isupper() or m.group("agency") or m.group("extra")) and len(cased_words) > 2:
        return None
    rest = text[m.end() :]
    if rest and not (rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"“‘'("):
        return None
    return city + _place_extras(m.group("extra")), m.group(0)


def _place_extras(extra: str) -> str:
    """ ", Ukraine" of "KYIV, Ukraine, May 3": the place parts a dateline gives before any date, as written."""
    kept = ""
    for part in re.finditer(r",\s*([^,]+)", extra):
        name = part.group(1).strip()
        if re.fullmatch(_DATE, name) or not _is_place(name) or name.split()[0].lower().strip(".") in LABELS:
            break
        kept += part.group(0).rstrip()
    return kept


def strip_dateline(text: str) -> tuple[str | None, str, str] | None:
    found = match_dateline(text)
    if found is None:
        return None
    city, prefix = found
    rest = text[len(prefix) :].strip()
    if not rest:
        return city, prefix.strip(), rest
    if not is_prose(rest) or match_dateline(rest) is not None:
        return None
    return city, prefix.strip(), rest


NOT_PLACES = frozenset(
    """news latest world business sport sports politics opinion video live analysis features home breaking
    exclusive editorial comment review culture health science technology tech economy markets staff report""".split()
)


def is_place_line(text: str) -> bool:
    """ "Nairobi", "NEW DELHI": a bare location line some sites print above the first paragraph."""
    tokens = text.split()
    return (
        1 <= len(tokens) <= 3
        and not any(c.isdigit() for c in text)
        and re.fullmatch(r"[^\W\d_][\w'’.\- ]*", text) is not None
        and _is_place(text)
        and not {t.lower() for t in tokens} & (LABELS | NOT_PLACES)
    )
