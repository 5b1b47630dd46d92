"""The article's header on a copied page: its headline, a byline the header parser missed, and the lines that
may print its publication date. Page furniture (comment counters, date lines, section labels) is what the
header parser most often takes for a headline; these look around the body's first line for the real one."""

from __future__ import annotations

import re
from collections import Counter

from newsroom.clean.boilerplate import is_prose, parse_byline
from newsroom.clean.boilerplate.bylines import byline_of_dated_line
from newsroom.dates import printed_date
from newsroom.models import RemovedLine

Line = tuple[int, str]


# Date and byline lines this many lines either side of the body's first line count as the header's:
# pages print the date under the standfirst, under a first paragraph the cleaner took for the
# standfirst, or above a block of links the article finder left out.
DATE_ZONE_LINES = 12
# Removed lines that may carry the date: date, byline and dateline lines, and the article's own
# header lines the header parser could not place ("page_head").
_DATED_REASONS = frozenset({"timestamp", "byline", "dateline", "page_head"})


def zone_byline(lines: list[Line], body: list[Line]) -> str | None:
    """A byline the header parser missed, from a byline or date line near the body's start ("By Jane
    Doe@janedoe Dec 10, 2016", "Jane Doe - Aug 10, 2016"): the first, in page order."""
    start = body[0][0] if body else 0
    for i, text in lines:
        if abs(i - start) <= DATE_ZONE_LINES and not is_prose(text):
            found = byline_of_dated_line(text)
            if found:
                return found
    return None


def header_zone(above: list[Line], body: list[Line], removed: list[RemovedLine]) -> list[str]:
    """The lines that may carry the publication date: those above the body that are not sentences (a
    photo caption dates the photo), and the date and byline lines removed near the body's start."""
    start = body[0][0] if body else max((i + 1 for i, _ in above), default=0)
    near = [
        (r.line_index, r.text)
        for r in removed
        if r.reason in _DATED_REASONS and abs(r.line_index - start) <= DATE_ZONE_LINES
    ]
    zone = dict(near) | {i: text for i, text in above if i < start and not is_prose(text)}
    return [zone[i] for i in sorted(zone)]


# Page furniture above an article that the header parser can take for its headline: a comment
# counter ("New, 203 comments", "+Comments Leave a Comment") or a date line ("Publié le 13 mars 2017").
_COMMENT_COUNT = re.compile(r"\bcomments?\b", re.IGNORECASE)
FURNITURE_WORDS = 6
# A title this short may be a section label ("Corona", "Reblog") over the headline.
LABEL_WORDS = 2
# Removal reasons of lines that may still be the headline: page lines the article finder or the header
# parser set aside for their position or repetition, not for what they say.
_HEADLINE_REASONS = frozenset(
    {"repeated_line", "pre_headline", "header_extra", "page_head", "kicker", "title_repeat"}
)
HEADLINE_ZONE_LINES = 16


def _furniture(title: str, language: str | None) -> bool:
    """A short line that is a comment counter or a date line."""
    short = len(title.split()) <= FURNITURE_WORDS
    return short and (bool(_COMMENT_COUNT.search(title)) or printed_date(title, language) is not None)


def _headline_above(
    title: str,
    subtitle: str | None,
    lines: list[Line],
    removed: list[RemovedLine],
    body_start: int,
    language: str | None,
    repeated_only: bool,
) -> str | None:
    """The nearest line above the title line that may be the headline: three words or more, not a
    sentence ending in a period, a byline or a date, and kept or set aside only for its place (see
    _HEADLINE_REASONS). ``repeated_only``: only a line the page prints twice (headline and share box)."""
    at = max((i for i, text in lines if text == title and i < body_start), default=body_start)
    reasons = {r.line_index: r.reason for r in removed}
    counts = Counter(text for _, text in lines)
    for i, text in reversed(lines):
        if i >= at or i < at - HEADLINE_ZONE_LINES or text in (title, subtitle):
            continue
        if _may_be_headline(text, reasons.get(i, "kept"), language) and (
            counts[text] >= 2 or not repeated_only
        ):
            return text
    return None


def _may_be_headline(text: str, reason: str, language: str | None) -> bool:
    """Three words or more, not a sentence ending in a period, a byline, a date or furniture, and kept
    or set aside only for its place (_HEADLINE_REASONS)."""
    return (
        reason in _HEADLINE_REASONS | {"kept"}
        and sum(w.isalpha() for w in re.findall(r"\w+", text)) >= 3
        and not text.endswith(".")
        and not parse_byline(text)
        and not printed_date(text, language)
        and not _furniture(text, language)
    )


def _headline_over_byline(
    lines: list[Line], removed: list[RemovedLine], body_start: int, language: str | None
) -> str | None:
    """With no title found: the headline over the byline nearest above the body ("Headline /
    Standfirst / By Jane Doe"): of the one or two lines right above it that may be a headline, the
    upper one."""
    reasons = {r.line_index: r.reason for r in removed}
    above = [(i, text) for i, text in lines if body_start - HEADLINE_ZONE_LINES <= i < body_start]
    at = next(
        (
            k
            for k in range(len(above) - 1, -1, -1)
            if reasons.get(above[k][0]) == "byline" or parse_byline(above[k][1])
        ),
        None,
    )
    if at is None:
        return None
    run = []
    for i, text in reversed(above[:at]):
        # the line right over the byline is the headline even when it reads as a menu item
        reason = "kept" if not run and reasons.get(i) == "navigation" else reasons.get(i, "kept")
        if len(run) == 2 or not _may_be_headline(text, reason, language):
            break
        run.append(text)
    return run[-1] if run else None


def headline(
    title: str | None,
    parsed_subtitle: str | None,
    lines: list[Line],
    removed: list[RemovedLine],
    body: list[Line],
    language: str | None,
) -> str | None:
    """The title, unless it is page furniture (then the headline above it, or None) or a short label
    (then the headline above it that the page prints twice, if any); with no title, the headline
    over the byline, if any."""
    if not body:
        return title
    if not title:
        return _headline_over_byline(lines, removed, body[0][0], language)
    if _furniture(title, language):
        return _headline_above(
            title, parsed_subtitle, lines, removed, body[0][0], language, repeated_only=False
        )
    if len(title.split()) <= LABEL_WORDS:
        return (
            _headline_above(title, parsed_subtitle, lines, removed, body[0][0], language, repeated_only=True)
            or title
        )
    return title
