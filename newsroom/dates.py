"""Dates in English news: the month and weekday vocabulary every stage shares, publication dates as scrapers
and pages write them (to UTC datetimes, stored as TIMESTAMPTZ), and date phrases in text ("on Thursday",
"Sept. 15", "two days ago") resolved against the publication date.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache

import dateparser

# A date without a zone is UTC (as on the ISO path), whatever the zone of the machine running this.
_SETTINGS = {
    "TIMEZONE": "UTC",
    "TO_TIMEZONE": "UTC",
    "RETURN_AS_TIMEZONE_AWARE": False,
    "PREFER_DAY_OF_MONTH": "first",
}

# Month and weekday names with the abbreviations news writes, for every stage (the one other copy is the
# timestamp regex in clean/boilerplate/rules/line_patterns.txt, a data file that cannot import them).
_MONTH_NAMES = (
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
)
_WEEKDAY_NAMES = (
    ("monday", "mon"),
    ("tuesday", "tue", "tues"),
    ("wednesday", "wed"),
    ("thursday", "thu", "thur", "thurs"),
    ("friday", "fri"),
    ("saturday", "sat"),
    ("sunday", "sun"),
)
# Lower-case name or abbreviation -> month number (1-12) / weekday number (Monday 0).
MONTHS = {name: i + 1 for i, names in enumerate(_MONTH_NAMES) for name in names}
WEEKDAYS = {name: i for i, names in enumerate(_WEEKDAY_NAMES) for name in names}
# A month as a regex, capitalised ("Jan", "Sept.", "January"): abbreviations first, then the full names.
MONTH_PATTERN = (
    "(?:"
    + "|".join(
        [n.capitalize() for names in _MONTH_NAMES for n in (names[1:] or names)]
        + [names[0].capitalize() for names in _MONTH_NAMES if names[1:]]
    )
    + r")\.?"
)
# A weekday as a regex ("Tues.", "Thursday"); deliberately loose, as datelines write them.
WEEKDAY_PATTERN = r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)(?:day|nesday|urday|sday)?\.?"

_RFC_MONTHS = tuple(names[0][:3].capitalize() for names in _MONTH_NAMES)
# RFC 2822 as RSS feeds and scrapers write it: "Wed, 15 Sep 2021 10:04:00 GMT" / "... +0200".
_RFC_2822 = re.compile(
    r"(?:(?:"
    + "|".join(names[0][:3].capitalize() for names in _WEEKDAY_NAMES)
    + r"), )?(\d{1,2}) ("
    + "|".join(_RFC_MONTHS)
    + r") (\d{4}) "
    r"(\d{2}):(\d{2}):(\d{2}) (GMT|UTC|[+-]\d{4})"
)
# Offsets in use somewhere (dateparser knows no others and returns None for, say, +0245).
_OFFSETS = frozenset(
    [f"+{h:02d}00" for h in range(15)]
    + [f"-{h:02d}00" for h in range(13)]
    + "+0330 +0430 +0530 +0545 +0630 +0845 +0930 +1030 +1130 +1245 -0230 -0330 -0430 -0930".split()
)
# Longer is not a date, and dateparser's cost grows with the length.
MAX_DATE_CHARS = 100
# The US and UK zones pages print after a time ("2014-12-16 11:45:18 EST"), in seconds east of UTC, as dateutil's
# ``tzinfos``: dateparser knows them, dateutil (which htmldate reads meta dates with) does not, warns and returns
# the time as if it were UTC.
ZONE_ABBREVIATIONS = {
    "EST": -5 * 3600,
    "EDT": -4 * 3600,
    "CST": -6 * 3600,
    "CDT": -5 * 3600,
    "MST": -7 * 3600,
    "MDT": -6 * 3600,
    "PST": -8 * 3600,
    "PDT": -7 * 3600,
    "GMT": 0,
    "BST": 3600,
}
# Dates without a time, English month names: "September 15, 2021", "Sep 15, 2021", "15 September 2021".
_DAY_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y")


def _rfc_2822(text: str) -> datetime | None:
    m = _RFC_2822.fullmatch(text)
    if m is None:
        return None
    day, month, year, hour, minute, second, zone = m.groups()
    if zone not in ("GMT", "UTC") and zone not in _OFFSETS:
        return None
    try:
        parsed = datetime(
            int(year), _RFC_MONTHS.index(month) + 1, int(day), int(hour), int(minute), int(second)
        )
    except ValueError:
        return None
    if zone[0] in "+-":
        offset = timedelta(hours=int(zone[1:3]), minutes=int(zone[3:]))
        parsed -= offset if zone[0] == "+" else -offset
    return parsed


def _day_only(text: str) -> datetime | None:
    for fmt in _DAY_FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    return None


def parse_published(value: str | None) -> datetime | None:
    """ISO 8601, RFC 2822 and plain English dates directly, dateparser for the rest
    ("Sept. 15, 2021 10:04 AM EST"), as an aware UTC datetime; a time without a zone is taken as UTC.

    dateparser costs ~5 ms a date (~50 ms the first time); the direct parsers return what
    it returns for the formats they accept and leave anything else (or invalid) to it.
    """
    if not value or not value.strip() or len(value) > MAX_DATE_CHARS:
        return None
    text = value.strip()
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        parsed = (
            _rfc_2822(text) or _day_only(text) or dateparser.parse(text, languages=["en"], settings=_SETTINGS)
        )
        if parsed is None:
            return None
    if not 1900 <= parsed.year <= 2100:
        return None
    return parsed.astimezone(UTC) if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


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
            month = MONTHS.get(m[month_group])
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
        "last" in words and "night" in words and not any(w in WEEKDAYS for w in words)
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
        if w in WEEKDAYS and (len(w) > 3 or w in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")):
            back = (pub.weekday() - WEEKDAYS[w]) % 7
            if "last" in words and back == 0:
                back = 7
            return (pub - timedelta(days=back)).isoformat()
    if "last" in words and "week" in words:
        return (pub - timedelta(days=7)).isoformat()
    return None


# A calendar date as pages print them over an article, in any language dateparser reads: "Nov 29, 2016",
# "Dec. 16, 2016", "13 mars 2017", "15. Mai 2020", "9/21/2016", "2016-12-14". Always with a year: a date
# printed without one ("Nov 29") is left alone rather than given a guessed year.
_PRINTED_DATE = re.compile(
    r"(?<![\w.-])(?<!\d/)(?:"
    r"\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})"
    r"|\d{1,2}\.\d{1,2}\.\d{4}"
    r"|[^\W\d_]{3,10}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,2}(?:st|nd|rd|th|er)?\.?\s+(?:de\s+)?[^\W\d_]{3,10}\.?,?\s+(?:de\s+)?\d{4}"
    r")(?:(?![\w/-])|(?=\d{1,2}:\d{2}))"  # "December 15, 20163:33 PM ET": a time glued to the year
)
# A line dating a revision, not the first publication ("Updated Dec. 3, 2016", "Mis à jour le ...").
_REVISION = re.compile(
    r"\b(?:updated|modified|mis à jour|aktualisiert|actualizado|aggiornato)\b", re.IGNORECASE
)
_FULL_DAY = {
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PREFER_DAY_OF_MONTH": "first",
    "RETURN_AS_TIMEZONE_AWARE": False,
}


def _first_date(line: str, language: str | None) -> tuple[datetime, int] | None:
    """The first full calendar date printed in ``line`` (midnight UTC) and where it starts."""
    languages = [language, "en"] if language and language != "en" else ["en"]
    for m in _PRINTED_DATE.finditer(line[:200]):
        day = _calendar_day(m.group(0), tuple(languages))
        if day is not None and 1900 <= day[0] <= 2100:
            return datetime(*day, tzinfo=UTC), m.start()
    return None


@lru_cache(maxsize=4096)
def _calendar_day(text: str, languages: tuple[str, ...]) -> tuple[int, int, int] | None:
    """(year, month, day) of a printed full date: the cleaner reads the same header lines for the byline,
    the date and the headline, and dateparser costs ~1 ms a date (a full date has no relative part)."""
    try:
        parsed = dateparser.parse(text, languages=list(languages), settings=_FULL_DAY)
    except (ValueError, OverflowError):
        return None
    return None if parsed is None else (parsed.year, parsed.month, parsed.day)


def printed_date(line: str, language: str | None = None) -> datetime | None:
    """The first full calendar date (day, month and year) printed in ``line``, as midnight UTC, or None.

    Only the date: a printed time has no reliable zone, and a wrong zone moves the day.
    """
    found = _first_date(line, language)
    return found[0] if found else None


def header_date(lines: list[str], language: str | None = None) -> datetime | None:
    """The publication date printed in an article's header zone (date line, byline line), or None.

    The first full date not dating a revision (after "Updated" in its line, or under an "Updated:"
    line), else the first full date of a revision: a page that shows only when it was updated was
    published no later. "Dec. 13, 2016 / Updated Dec. 14, 2016" is dated by its first date.
    """
    revised = None
    for i, line in enumerate(lines):
        found = _first_date(line, language)
        if found is None:
            continue
        day, start = found
        label = lines[i - 1] if i and len(lines[i - 1].split()) <= 2 else ""  # "Updated:" over the date
        if not _REVISION.search(line[:start]) and not _REVISION.search(label):
            return day
        revised = revised or day
    return revised
