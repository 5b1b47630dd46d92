"""Cleaning stage: raw article text -> CleanArticle (structure separated from body).

Pure functions only. Output text is taken verbatim from ``normalize_text(text)``:
every title, subtitle and paragraph is a line (or, after a dateline, the end of
a line) of the normalised input, or lines broken inside a sentence joined into
one (``wrapped``); blank lines are paragraph separators, not removed lines.
"""

from __future__ import annotations

from newsroom.clean.blocks import find_article
from newsroom.clean.boilerplate import parse_byline
from newsroom.clean.boilerplate.bylines import tidy_byline
from newsroom.clean.header import header_zone, headline, zone_byline
from newsroom.clean.language import detect_language
from newsroom.clean.normalize import normalize_text
from newsroom.clean.structure import author_box, parse
from newsroom.clean.wrapped import join_wrapped_lines
from newsroom.dates import header_date
from newsroom.models import CleanArticle, RemovedLine

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


def clean_text(
    text: str, *, title: str | None = None, byline: str | None = None, whole_page: bool = True
) -> CleanArticle:
    """Clean one article; ``title``/``byline`` are metadata hints (JSON fields, trafilatura).

    A hinted title wins over the one found in the text and a body line repeating
    it is dropped as ``title_repeat``; a byline found in the text wins over the
    hint. Without a hint, a title that is page furniture or a section label gives way
    to the headline near it (``header.headline``); the header zone gives the publication
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
    lines = join_wrapped_lines(lines)
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
    header = header_zone(lines, body, removed)
    return CleanArticle(
        title=parsed.title
        if title
        else headline(parsed.title, parsed.subtitle, page_lines, removed, body, page_language),
        subtitle=parsed.subtitle,
        byline=tidy_byline(parsed.byline) or zone_byline(page_lines, body),
        dateline=dateline,
        paragraphs=paragraphs,
        removed=removed,
        language=detect_language("\n".join(paragraphs)),
        published=header_date(header, page_language),
    )
