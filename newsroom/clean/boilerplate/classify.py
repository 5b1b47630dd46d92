"""Why a line is boilerplate: the classifier that asks the other modules in turn, in a fixed order.

Whole-line phrases first, then the headline checks, then patterns, end-of-article credits, prompts
and bios at either edge of the article, line shapes (share bars, dates, menus), bylines in the head
and fragments in the tail. Weak signals (a short unpunctuated line) only count in the head or the
tail, so a real sentence in the middle that merely mentions "cookies" or "comment" is never dropped.
"""

from __future__ import annotations

import re

from newsroom.clean.boilerplate.bylines import BYLINE_PREFIX, parse_byline
from newsroom.clean.boilerplate.labels import EXACT_LOOKUP
from newsroom.clean.boilerplate.lines import (
    EDGE,
    LineContext,
    is_prose,
    line_cache,
    stop_word_density,
    word_count,
)
from newsroom.clean.boilerplate.patterns import EDGE_PATTERNS, end_reason, pattern_reason
from newsroom.clean.boilerplate.shapes import (
    is_date_only,
    is_legal_menu,
    is_nav_line,
    is_outlet_date,
    is_separator_menu,
    is_short_sentence,
    only_social,
    phrase_segments,
)
from newsroom.clean.boilerplate.titles import is_breadcrumb_of, is_title_repeat

_ALNUM = re.compile(r"[^\W_]")
# A paragraph with a sign-off after its last sentence ("... inner city. DM"): article, though it
# does not end in a period.
_SIGNED_PARAGRAPH = re.compile(r"[.!?][\"”’']?\s+[A-Z]{1,4}\W?$")


def classify_line(line: str, context: LineContext) -> str | None:
    """Why ``line`` is boilerplate, as a short snake_case reason, or None to keep it."""
    return classify_at(line, context.index, context.first_prose, context.last_prose, context.title)


def classify_at(
    line: str, index: int, first_prose: int | None, last_prose: int | None, title: str | None = None
) -> str | None:
    """``classify_line(line, LineContext(index, first_prose, last_prose, title))`` without building the context."""
    return _classify(
        line.strip(),
        title,
        first_prose is not None and index < first_prose,
        last_prose is not None and index > last_prose,
        last_prose is not None and index >= last_prose,
        first_prose is not None and index <= first_prose,
        index > 0,
        last_prose is not None and index == last_prose + 1,
    )


@line_cache
def _classify(
    stripped: str,
    title: str | None,
    in_head: bool,
    in_tail: bool,
    at_end: bool,
    at_start: bool,
    not_first: bool,
    after_last_prose: bool,
) -> str | None:
    core = stripped.strip(EDGE)
    if not core or not _ALNUM.search(core):
        return "empty"
    low = core.lower()
    if low in EXACT_LOOKUP:
        return EXACT_LOOKUP[low]
    if title is not None:
        if is_title_repeat(stripped, title):
            return "title_repeat"
        if is_breadcrumb_of(stripped, title):
            return "breadcrumb"
    return _classify_in_zone(stripped, in_head, in_tail, at_end, at_start, not_first, after_last_prose)


@line_cache
def _classify_in_zone(
    stripped: str,
    in_head: bool,
    in_tail: bool,
    at_end: bool,
    at_start: bool,
    not_first: bool,
    after_last_prose: bool,
) -> str | None:
    """classify_line past the title checks: depends only on the line and where it sits.

    Both levels are cached: filter_boilerplate classifies every line again each round, and
    clean_text parses the body a second time without the title. The flags are all that
    classification reads from LineContext.
    """
    core = stripped.strip(EDGE)
    n = word_count(stripped)
    prose = is_prose(stripped)
    # A bullet or separator before a pattern line ("• 8 min read") does not change what it is.
    reason = pattern_reason(stripped, n, prose) or (
        core != stripped and core and pattern_reason(core, n, prose)
    )
    if reason:
        return reason
    if at_end:
        reason = end_reason(stripped, n)
        if reason:
            return reason
    if at_end or at_start:
        reason = end_reason(stripped, n, EDGE_PATTERNS)
        if reason:
            return reason
    if only_social(core):
        return "share_prompt"
    if is_date_only(core):
        return "timestamp"
    if not any(c.isalpha() for c in core):
        return "widget"
    segments = phrase_segments(core)
    if segments:
        return segments
    if not prose and (is_separator_menu(core) or is_nav_line(core)):
        return "breadcrumb" if re.search(r"[»›>]", core) else "navigation"
    if not prose and is_legal_menu(core):
        return "navigation"
    if in_head and not prose and parse_byline(stripped) and (BYLINE_PREFIX.match(stripped) or not_first):
        return "byline"
    if not prose and is_outlet_date(core):
        return "timestamp"
    if in_tail and not prose and not (n >= 15 and stop_word_density(stripped) >= 0.35):
        if after_last_prose and is_short_sentence(stripped):
            return None
        if n >= 15 and _SIGNED_PARAGRAPH.search(stripped):
            return None
        return "tail_fragment"
    return None
