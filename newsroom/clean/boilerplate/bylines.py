"""Bylines: which lines are one ("By Jane Doe, Reuters") and the names they hold.

The names are always a substring of the line, so the cleaner can store them verbatim. The words
of journalists' titles and outlets' names are in ``rules/``.
"""

from __future__ import annotations

import re

from newsroom.clean.boilerplate.lines import words
from newsroom.clean.boilerplate.rules import word_set
from newsroom.dates import MONTH_PATTERN, printed_date
from newsroom.given_names import given_names

BYLINE_PREFIX = re.compile(
    r"^(by|written by|words by|story by|report by|text by|reported by|posted by)\s+(?=\S)", re.IGNORECASE
)
_NAME_OUTLET = re.compile(
    r"^[^\W\d_][\w.'’\-]*( [^\W\d_][\w.'’\-]*){1,2}\s*\|\s*[^\W\d_][\w.&'’ \-]{1,40}$", re.IGNORECASE
)
# "ByJane Doe": the space lost where the page set "By" and the name in two elements.
_GLUED_BY = re.compile(r"^By(?=[A-Z][a-z])")
# What a byline line carries after the names: "on December 13, 2016", "5 minute read".
_TRAILING_META = re.compile(
    r"\s+(?:on\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})"
    r"|\d+\s*(?:min|mins|minutes?)\s+read)\b.*$",
    re.IGNORECASE,
)
_NAME_CONNECTORS = word_set("name_connectors")
# "Name | Outlet | Place | Updated ...", "Name / Staff Reporter", "Name - Political Editor": the name is the first part.
_BYLINE_PARTS = re.compile(r"\s*(?:\||•|·|∙|\s/\s|\s[-–—]\s)\s*")
_ROLE_WORDS = word_set("role_words")
ROLE_HEADS = word_set("role_heads")
OUTLET_WORDS = word_set("outlet_words")
OFFICE_HEADS = word_set("office_heads")


def _spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"\S+", text)]


def _strip_roles(name: str) -> str:
    """ "political reporter Jade Morrison" / "Jane Doe Health correspondent" / "Jane Doe Staff Writer" -> the name."""
    spans = _spans(name)
    toks = [name[a:b].strip(",") for a, b in spans]
    # Leading lower-case role phrase before a capitalised name.
    lead = 0
    while lead < len(toks) and toks[lead][:1].islower():
        lead += 1
    if 0 < lead <= len(toks) - 2 and any(t.lower() in ROLE_HEADS for t in toks[:lead]):
        return _strip_roles(name[spans[lead][0] :])
    if len(toks) < 3 or toks[-1].lower() not in ROLE_HEADS:
        return name
    cut = len(toks) - 1
    if toks[-1][:1].islower():
        # Sentence-case role: "Health correspondent", "Senior economics correspondent".
        while cut > 0 and toks[cut - 1][:1].islower() and toks[cut - 1].lower() not in _NAME_CONNECTORS:
            cut -= 1
        cut -= 1
    else:
        while cut > 0 and toks[cut - 1].lower() in _ROLE_WORDS:
            cut -= 1
    if cut < 2:
        return name
    return name[: spans[cut - 1][1]].rstrip(" ,")


def byline_name(text: str) -> str:
    """The names in a byline, without role, outlet, place or time ("Jane Doe, Staff Writer" -> "Jane Doe").

    Always a substring of ``text``; ``text`` itself when nothing is recognised.
    """
    head = _BYLINE_PARTS.split(_TRAILING_META.sub("", text), maxsplit=1)[0].strip()
    parts = head.split(", ")
    keep = 1
    for i, part in enumerate(parts[1:], start=1):
        low = part.lower()
        tokens = low.split()
        if (
            not tokens
            or any(t in ROLE_HEADS | OUTLET_WORDS | OFFICE_HEADS for t in tokens)
            or tokens[0] == "the"
        ):
            break
        if re.match(r"^(and|&)\s", low) or re.search(r"\s(and|&)\s", low):
            keep = i + 1
    name = ", ".join(parts[:keep])
    m = re.search(r"\s(in|for|at)\s+[A-Z][^,]*$", name)
    if m and len(words(name[: m.start()])) >= 2:
        name = name[: m.start()]
    name = _strip_roles(name.strip(" ,;")) or text
    return name if name and name in text else text


def parse_byline(line: str) -> str | None:
    """The author names of a byline line ("By Jane Doe and John Roe, Reuters" -> "Jane Doe and John Roe")."""
    if len(words(line)) > 14 or line.rstrip().endswith((".", "!", "?", ":")) and not line.endswith(" Jr."):
        return None
    m = BYLINE_PREFIX.match(line) or _GLUED_BY.match(line)
    rest = line[m.end() :] if m else line
    name = byline_name(rest.strip())
    tokens = [t.strip(",|;") for t in words(name)]
    tokens = [t for t in tokens if t]
    if not tokens or not tokens[0][:1].isupper() or len(tokens) > 8:
        return None
    named = sum(t[:1].isupper() or t.lower() in _NAME_CONNECTORS for t in tokens)
    if named < 0.75 * len(tokens):
        return None
    if not m:
        # Without "By", only a name followed by an outlet, a role or an office counts ("Jane Doe | Reuters",
        # "Jane Doe Health correspondent", "Jane Doe and John Roe, The Times", "Jane Roe, Secretary of State").
        extra = {t.strip(",|;").lower() for t in words(line[len(name) :])}
        if named < len(tokens) or not (2 <= len(tokens) <= 7):
            return None
        if not (_NAME_OUTLET.match(line) or extra & (ROLE_HEADS | OUTLET_WORDS | OFFICE_HEADS)):
            return None
    return name


# What pages print in and after a byline that is not a name: links by the name ("View author
# archive", "Get author RSS feed", "See full bio", "Link Copied", "Twitter" glued to the name), the
# words before a date ("Updated", "Published", "Lesedauer" a reading time) and separators.
_BYLINE_PAGE_WORDS = re.compile(
    r"\s*\b(?:updated|published|posted|last updated|view author|get author|author archive|see full bio|"
    r"full bio|link copied|copy link|lesedauer|read more|follow|email|e-mail)\b.*$",
    re.IGNORECASE,
)
_GLUED_LINK = re.compile(r"(?<=[a-z])(?:Twitter|Facebook|Instagram|Email|Follow)(?![a-z]).*$")
_BYLINE_DATE = re.compile(rf"\s*,?\s*\b(?:on\s+)?{MONTH_PATTERN}\s*\d.*$|\s*\S*\d.*$")
_BYLINE_MARKS = re.compile(r"\s*[•·|/]\s*")
_HANDLE = re.compile(r"\s*@\w.*$")  # "Jane Doe@janedoe", "Jane Doe, @janedoe"
_TIDY_PREFIX = re.compile(r"^by\s*:?\s+", re.IGNORECASE)


def _is_outlet(part: str) -> bool:
    """ "CNN", "TNN", "The Associated Press": a part of a byline list that names the outlet."""
    tokens = part.split()
    return (len(tokens) == 1 and part.isupper() and len(part) <= 5) or any(
        t.lower() in OUTLET_WORDS for t in tokens
    )


def _tidy_name(name: str) -> str:
    name = _HANDLE.sub("", _GLUED_LINK.sub("", name))
    name = _BYLINE_PAGE_WORDS.sub("", name)
    name = _BYLINE_DATE.sub("", name)
    tokens = name.split()
    # A month left bare at the end ("Jane Doe December"), unless it is also a given name ("Ann May").
    while (
        len(tokens) > 1
        and re.fullmatch(MONTH_PATTERN, tokens[-1])
        and tokens[-1].lower() not in given_names()
    ):
        tokens.pop()
    # An outlet set in capitals after a name in mixed case ("Jane Doe NEW YORK DAILY NEWS").
    caps = len(tokens)
    while caps > 0 and tokens[caps - 1].isupper() and len(tokens[caps - 1]) > 1:
        caps -= 1
    if 2 <= caps <= len(tokens) - 2 and any(t[:1].isupper() and not t.isupper() for t in tokens[:caps]):
        tokens = tokens[:caps]
    name = " ".join(tokens).strip(" ,;:-–—")
    return name if any(c.isalpha() for c in name) and not re.fullmatch(MONTH_PATTERN, name) else ""


def tidy_byline(byline: str | None) -> str | None:
    """The names of a byline without what pages print around them: a date ("Jane Doe Nov 29"), "Updated",
    "Published", a bullet, author-page links, outlets after the first name ("Jane Doe; CNN"); None if
    nothing is left.

    Metadata bylines (trafilatura, a JSON field) and bylines read from text both pass here: their
    names come out as written, only the words around them go.
    """
    if not byline:
        return None
    text = _TIDY_PREFIX.sub("", " ".join(byline.split()))
    text = next((part for part in _BYLINE_MARKS.split(text) if part.strip()), "")
    names = [_tidy_name(part) for part in text.split(";")]
    names = [name for i, name in enumerate(names) if name and not (i and _is_outlet(name))]
    return "; ".join(names) or None


_NAME_TOKEN = re.compile(r"[^\W\d_][\w'’.\-]*")
_DATED_BY = re.compile(r"\bby\s+(?=[A-Z])")


def looks_like_names(byline: str) -> bool:
    """ "Jane Doe", "Jane Doe; John Roe", "Ann de Vries": one to four names of two to five capitalised
    words (name connectors aside), nothing else."""
    names = [n for n in re.split(r";|,|\band\b|&", byline) if n.strip()]
    if not 1 <= len(names) <= 4:
        return False
    for name in names:
        tokens = name.split()
        if not 2 <= len(tokens) <= 5 or not all(_NAME_TOKEN.fullmatch(t) for t in tokens):
            return False
        if (
            not all(t[0].isupper() or t.lower() in _NAME_CONNECTORS for t in tokens)
            or not tokens[0][0].isupper()
        ):
            return False
        if any(t.lower() in OUTLET_WORDS or t.lower() in ROLE_HEADS for t in tokens):
            return False
    return True


def byline_of_dated_line(line: str) -> str | None:
    """The names of a byline line that also carries the date, as pages print it over an article:
    "By Jane Doe@janedoe Dec 10, 2016", "Jane Doe - Aug 10, 2016 11:15 am UTC", "Jane Doe · News ·
    Posted: ...", "Jane Doe/November 18, 2016", "Monday May 2, 2016 by Jane Doe"."""
    dated = printed_date(line) is not None
    # "by" inside a line only after a date: "Photograph by Jane Doe" is a credit
    m = BYLINE_PREFIX.match(line) or _GLUED_BY.match(line) or (_DATED_BY.search(line) if dated else None)
    if m is None and not dated and not _HANDLE.search(line):
        return None  # a bare "Most Read Stories" is not a byline
    names = tidy_byline(line[m.end() :] if m else line)
    return names if names and looks_like_names(names) else None
