"""Quotation-mark spans: a character scanner finds the quoted stretches of a text (the parser is unreliable
inside quotes), paragraph by paragraph, telling quotation marks from apostrophes."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

OPEN_DOUBLE = "“„«"
CLOSE_DOUBLE = "”»"
_MARKS = re.compile(r"[“”„«»\"‘’']")
QUOTE_MARK_TOKENS = frozenset('"“”„«»')


@dataclass(frozen=True)
class QuoteSpan:
    """One quoted stretch: character offsets of the words and of the opening mark."""

    start: int  # offsets of the quoted words, marks excluded
    end: int
    open_mark: int
    runs_on: bool = False  # left open at its paragraph's end, the next paragraph opening with a mark


def _content(text: str, start: int, end: int, open_mark: int) -> QuoteSpan | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if not any(c.isalnum() for c in text[start:end]):
        return None
    return QuoteSpan(start, end, open_mark)


def find_quote_spans(text: str, straight_singles: bool = False) -> list[QuoteSpan]:
    """Quoted stretches of ``text``.

    A double quote left open ends with its paragraph: a quotation running over
    several paragraphs (each opening with a mark, only the last closing) is
    one quote per paragraph, as a reader cites it. Single quotes count only at word
    boundaries so apostrophes ("Pakistan’s") are not marks; straight single
    quotes only where asked (headlines), being mostly apostrophes elsewhere.
    """
    spans: list[QuoteSpan] = []
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    open_double: int | None = None  # content start
    double_mark = -1
    for n, (offset, line) in enumerate(lines):
        open_single: int | None = None
        single_mark = -1
        for m in _MARKS.finditer(line):
            i, mark = offset + m.start(), m.group()
            before = text[i - 1] if i > offset else " "
            after = text[i + 1] if i + 1 < offset + len(line) else " "
            if mark in OPEN_DOUBLE or (mark == '"' and open_double is None):
                if open_double is not None:
                    _append(spans, _content(text, open_double, i, double_mark))
                open_double, double_mark, open_single = i + 1, i, None
            elif mark in CLOSE_DOUBLE or mark == '"':
                if open_double is not None:
                    _append(spans, _content(text, open_double, i, double_mark))
                    open_double = None
            elif open_double is not None:
                continue
            elif open_single is None and (mark == "‘" or (mark == "'" and straight_singles)):
                if not before.isalnum() and not after.isspace():
                    open_single, single_mark = i + 1, i
            elif open_single is not None and (mark == "’" or (mark == "'" and straight_singles)):
                if not after.isalnum() and not before.isspace():
                    _append(spans, _content(text, open_single, i, single_mark))
                    open_single = None
        if open_double is not None:
            following = next((ln for _, ln in lines[n + 1 :] if ln.strip()), "").lstrip()[:1]
            span = _content(text, open_double, offset + len(line), double_mark)
            _append(spans, span and replace(span, runs_on=bool(following) and following in OPEN_DOUBLE + '"'))
            open_double = None
    return spans


def _append(spans: list[QuoteSpan], span: QuoteSpan | None) -> None:
    if span is not None:
        spans.append(span)
