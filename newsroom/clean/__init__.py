"""Cleaning stage: raw article text -> CleanArticle (structure separated from body).

Pure functions only. Output text is taken verbatim from ``normalize_text(text)``:
every title, subtitle and paragraph is a line (or, after a dateline, the end of
a line) of the normalised input, and blank lines are paragraph separators, not
removed lines.
"""

from __future__ import annotations

import re
from collections import Counter

from newsroom.clean.blocks import find_article
from newsroom.clean.boilerplate import is_prose, parse_byline
from newsroom.clean.boilerplate.bylines import byline_of_dated_line, tidy_byline
from newsroom.clean.language import detect_language
from newsroom.clean.normalize import normalize_text
from newsroom.clean.structure import author_box, parse
from newsroom.dates import header_date, printed_date
from newsroom.models import CleanArticle, RemovedLine

Line = tuple[int, str]

__all__ = ["clean_text", "normalize_text"]


def _hint(value: str | None) -> str | None:
    return " ".join(normalize_text(value).split()) or None if value else None


def _page_language(lines: list[tuple[int, str]]) -> str | None:
    """The language of the page's sentences (long lines), for the stop-word features."""
    sample, size = [], 0
    for _, line in lines:
        if len(line.split()) >= 8:
            sample.append(line)
            size += len(line)
            if size >= 1000:
                break
    return detect_language("\n".join(sample)) if sample else None


# Date and byline lines this many lines either side of the body's first line count as the header's:
# pages print the date under the standfirst, under a first paragraph the cleaner took for the
# standfirst, or above a block of links the article finder left out.
DATE_ZONE_LINES = 12
# Removed lines that may carry the date: date, byline and dateline lines, and the article's own
# header lines the header parser could not place ("page_head").
_DATED_REASONS = frozenset({"timestamp", "byline", "dateline", "page_head"})


def _zone_byline(lines: list[Line], body: list[Line]) -> str | None:
    """A byline the header parser missed, from a byline or date line near the body's start ("By Jane
    Doe@janedoe Dec 10, 2016", "Jane Doe - Aug 10, 2016"): the first, in page order."""
    start = body[0][0] if body else 0
    for i, text in lines:
        if abs(i - start) <= DATE_ZONE_LINES and not is_prose(text):
            found = byline_of_dated_line(text)
            if found:
                return found
    return None


def _header_zone(above: list[Line], body: list[Line], removed: list[RemovedLine]) -> list[str]:
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


def _headline(
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


def clean_text(
    text: str, *, title: str | None = None, byline: str | None = None, whole_page: bool = True
) -> CleanArticle:
    """Clean one article; ``title``/``byline`` are metadata hints (JSON fields, trafilatura).

    A hinted title wins over the one found in the text and a body line repeating
    it is dropped as ``title_repeat``; a byline found in the text wins over the
    hint. Without a hint, a title that is page furniture or a section label gives way
    to the headline near it (``_headline``); the header zone gives the publication
    date printed there (``CleanArticle.published``). The body is re-parsed until
    stable so that cleaning a cleaned body changes nothing.
    """
    lines = [(i, line) for i, line in enumerate(normalize_text(text).split("\n")) if line]
    page_lines = lines
    page_removed: list[RemovedLine] = []
    start = None
    page_language = _page_language(lines)
    if whole_page:
        lines, page_removed, start = find_article(lines, page_language)
    byline_hint = _hint(byline)
    parsed = parse(
        lines,
        _hint(title),
        byline_hint and (parse_byline(byline_hint) or byline_hint),
        article_start=start if page_removed else None,
    )
    removed = page_removed + list(parsed.removed)
    body, dateline = parsed.body, parsed.dateline
    while True:
        again = parse(body)
        if again.body == body:
            break
        removed.extend(RemovedLine(idx, line, "header_extra") for idx, line in again.header)
        removed.extend(again.removed)
        body, dateline = again.body, dateline or again.dateline
    box = author_box(body, parsed.byline) if page_removed else 0
    if box:
        removed.extend(RemovedLine(idx, line, "author_bio") for idx, line in body[-box:])
        body = body[:-box]
    removed.sort(key=lambda r: r.line_index)
    paragraphs = [line for _, line in body]
    header = _header_zone(lines, body, removed)
    return CleanArticle(
        title=parsed.title
        if title
        else _headline(parsed.title, parsed.subtitle, page_lines, removed, body, page_language),
        subtitle=parsed.subtitle,
        byline=tidy_byline(parsed.byline) or _zone_byline(page_lines, body),
        dateline=dateline,
        paragraphs=paragraphs,
        removed=removed,
        language=detect_language("\n".join(paragraphs)),
        published=header_date(header, page_language),
    )
