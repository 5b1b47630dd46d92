"""Line shapes that give boilerplate away whatever its words' language: menus, share bars, dates.

A run of short segments between separators is a menu; a line of only section names, footer links,
share-widget words or date words is navigation, a share bar or a timestamp. The word lists are in
``rules/``.
"""

from __future__ import annotations

import re

from newsroom.clean.boilerplate.bylines import BYLINE_PREFIX
from newsroom.clean.boilerplate.labels import EXACT_LOOKUP
from newsroom.clean.boilerplate.lines import CLOSERS, EDGE, PROSE_MIN_WORDS, is_prose, words
from newsroom.clean.boilerplate.rules import word_set
from newsroom.dates import MONTHS, WEEKDAYS

_SOCIAL = word_set("social_words")
_LEGAL = word_set("legal_words")
_NAV_WORDS = word_set("nav_words")
_DATE_WORDS = word_set("date_words") | frozenset(MONTHS) | frozenset(WEEKDAYS)


def is_nav_line(core: str) -> bool:
    tokens = re.split(r"\s*(?:\||»|›|>|/|•|·|∙)\s*|\s+", core.lower())
    tokens = [t for t in tokens if t]
    return len(tokens) >= 2 and all(t in _NAV_WORDS for t in tokens)


def is_separator_menu(core: str) -> bool:
    segments = [s.strip() for s in re.split(r"\||»|›|>|•|·|∙", core)]
    return len(segments) >= 3 and all(0 < len(words(s)) <= 3 for s in segments)


_SEGMENTS = re.compile(r"\s*(?:\||•|·|∙|\s/\s)\s*")
_SEGMENT_MARKS = re.compile(r"[|•·∙/]")  # a line without any is one segment


def phrase_segments(core: str) -> str | None:
    """ "Sign in / Register", "Share · Save": every segment a known widget phrase -> its reason."""
    if not _SEGMENT_MARKS.search(core):
        return None
    segments = [s.strip(EDGE).lower() for s in _SEGMENTS.split(core)]
    segments = [s for s in segments if s]
    if len(segments) < 2:
        return None
    reasons = [EXACT_LOOKUP.get(s) or ("share_prompt" if s in _SOCIAL else None) for s in segments]
    return reasons[0] if all(reasons) else None


def is_legal_menu(core: str) -> bool:
    tokens = [t for t in re.split(r"[\s|•·∙/,]+", core.lower().strip(".")) if t]
    return len(tokens) >= 2 and all(t in _LEGAL for t in tokens)


def is_outlet_date(core: str) -> bool:
    """ "DW | 11/05/2024", "Reuters · March 3, 2024": a short name next to a date."""
    segments = [s.strip(EDGE) for s in _SEGMENTS.split(core)]
    segments = [s for s in segments if s]
    if not 2 <= len(segments) <= 4 or not any(is_date_only(s) for s in segments):
        return False
    return all(
        is_date_only(s)
        or (len(words(s)) <= 4 and s[:1].isupper() and not BYLINE_PREFIX.match(s) and not is_prose(s))
        for s in segments
    )


def is_short_sentence(line: str) -> bool:
    """ "Nobody came." — a closing paragraph too short to count as prose but written as a sentence."""
    tokens = words(line)
    end = line.rstrip(CLOSERS)
    return (
        2 <= len(tokens) < PROSE_MIN_WORDS
        and end.endswith((".", "!", "?"))
        and not end.endswith("..")
        and (line[:1].isupper() or line[:1] in "\"“‘'")
        and not re.search(r"[|/@·•]|\bwww\.|\.(com|org|net|co|uk|in|io)\b", line, re.IGNORECASE)
        and not line.isupper()
    )


_DATE_TOKEN = re.compile(r"[\d:./\-]+(st|nd|rd|th|am|pm|h|m|s|d|hrs?|mins?)?|(gmt|utc)[+\-]\d{1,2}(:?\d{2})?")
_DIGIT = re.compile(r"\d")


def is_date_only(core: str) -> bool:
    """At most 12 words, every one a date word or number, and a digit somewhere."""
    count = 0
    for token in words(core):
        token = token.strip(".,|-:()/").lower()
        if not token:
            continue
        count += 1
        if count > 12 or not (token in _DATE_WORDS or _DATE_TOKEN.fullmatch(token)):
            return False
    return count > 0 and _DIGIT.search(core) is not None


def only_social(core: str) -> bool:
    """Every word a share/follow widget word ("Facebook Twitter Email")."""
    found = False
    for token in words(core):
        token = token.strip(".,:|/()").lower()
        if token:
            if token not in _SOCIAL:
                return False
            found = True
    return found


# "Label: item, item, item, ...": a labelled list of names or things.
_LABELLED_LIST = re.compile(r"^[^:,]{1,40}:\s+[^,]+(,[^,]+){3,}$")


def is_labelled_list(line: str) -> bool:
    return _LABELLED_LIST.match(line) is not None


def list_goes_on(above: str, line: str) -> bool:
    """ "Ohio: Jane Doe, John Roe, ..." under a line that introduces it (ends in a colon) or under
    another such line: a list the article prints (panel members by state), not a menu."""
    return is_labelled_list(line) and (above.rstrip().endswith(":") or is_labelled_list(above))
