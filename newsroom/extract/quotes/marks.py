"""Quotation-mark spans: a character scanner finds the quoted stretches of a text (the parser is unreliable
inside quotes), paragraph by paragraph, telling quotation marks from apostrophes."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from newsroom.clean.normalize import INCHES

OPEN_DOUBLE = "“„«"
CLOSE_DOUBLE = "”»"
# "X said::The words …": a block indented under its cue, as some scrapes of wiki pages render it
_BLOCK_OPENER = "::"
BLOCK_OPENER_PATTERN = r"(?<=[A-Za-z])::(?=[A-Z])"
_MARKS = re.compile(rf"[“”„«»\"‘’']|{BLOCK_OPENER_PATTERN}")
_DOUBLE_MARKS = re.compile(r"[“”„«»\"]")
_STRAIGHT = re.compile('"')
# the shapes of the straight marks after an inner quotation's opening one: its close, further inner pairs, the close
_NESTED_RUN = re.compile("C(?:OC)*C")
QUOTE_MARK_TOKENS = frozenset('"“”„«»')
# what may open a quoted stretch; a carried paragraph or a block opens with none
QUOTE_MARK_CHARS = "\"“”„«»‘’'"
BULLET = re.compile(r"[•▪●◦‣⁃·*–-]\s")  # a list item's mark at the start of a paragraph
# paragraphs with no mark at all that a quotation left open may run through before a paragraph closes it
MAX_UNMARKED_PARAGRAPHS = 2
_OPENING_NEIGHBOURS = "([{—–-/"  # what may stand before an opening mark besides a space


@dataclass(frozen=True)
class QuoteSpan:
    """One quoted stretch: character offsets of the words and of the opening mark."""

    start: int  # offsets of the quoted words, marks excluded
    end: int
    open_mark: int
    runs_on: bool = False  # left open at its paragraph's end, the quotation going on in the next paragraph


def _content(text: str, start: int, end: int, open_mark: int) -> QuoteSpan | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if not any(c.isalnum() for c in text[start:end]):
        return None
    return QuoteSpan(start, end, open_mark)


def _opens(before: str, after: str) -> bool:
    """A straight double mark shaped as an opening one: after a space or bracket, before a word."""
    return (
        (before.isspace() or before in _OPENING_NEIGHBOURS) and not after.isspace() and after not in ".,;:!?"
    )


def _shape(line: str, i: int) -> str:
    """A straight double mark's shape from its neighbours: "O" opening (a space or bracket before, a word after),
    "C" closing (a word or punctuation before, a space or punctuation after), "?" neither."""
    before = line[i - 1] if i > 0 else " "
    after = line[i + 1] if i + 1 < len(line) else " "
    if _opens(before, after):
        return "O"
    if not before.isspace() and (after.isspace() or after in ".,;:!?)—–"):
        return "C"
    return "?"


def _nested_straight(line: str, i: int) -> bool:
    """The straight mark at ``i``, shaped as an opening one inside a straight quotation, opens an inner quotation
    ('"… the unjust "Old Rule" policy," said X'): the marks after it in the paragraph close it and then the outer
    one, other inner quotations between (shapes C (O C)* C). A quotation left unclosed before a new one, or a
    scrape's space on the wrong side of a closing mark ('… it, "said X'), has no such run."""
    shapes = "".join(_shape(line, m.start()) for m in _STRAIGHT.finditer(line, i + 1))
    return bool(_NESTED_RUN.match(shapes))


def _closes_first(line: str) -> bool:
    """The paragraph's first double mark closes a quotation: a curly closing mark, or a straight one after a word
    or punctuation and before a space, punctuation or the paragraph's end."""
    m = _DOUBLE_MARKS.search(line)
    if m is None:
        return False
    if m.group() in CLOSE_DOUBLE:
        return True
    return m.group() == '"' and m.start() > 0 and _shape(line, m.start()) == "C"


def _continued(lines: list[tuple[int, str]], n: int) -> list[int]:
    """Paragraphs after paragraph ``n`` (left open, the next not opening with a mark) that go on with its
    quotation: the writer left out the opening marks of the later paragraphs ('said: "First part.¶Second part,"
    X said.'). Taken only when a paragraph closes the quotation before opening any, after at most
    MAX_UNMARKED_PARAGRAPHS paragraphs with no mark at all."""
    unmarked: list[int] = []
    for k in range(n + 1, len(lines)):
        line = lines[k][1]
        if not line.strip():
            continue
        if _closes_first(line):
            return [*unmarked, k]
        if _DOUBLE_MARKS.search(line) or len(unmarked) == MAX_UNMARKED_PARAGRAPHS:
            return []
        unmarked.append(k)
    return []


def find_quote_spans(text: str, straight_singles: bool = False) -> list[QuoteSpan]:
    """Quoted stretches of ``text``.

    A double quote left open ends with its paragraph: a quotation running over
    several paragraphs (each opening with a mark, only the last closing; or the
    later ones with no opening mark, as ``_continued`` reads them) is one quote
    per paragraph, as a reader cites it. Straight double marks inside a quotation
    opened by curly ones are an inner quotation ('“… unconstitutional "recess"
    appointments …”') unless shaped as its close; inside straight ones, where the
    marks after them close it and then the outer one (``_nested_straight``).
    "X said::words" opens a block quotation that runs to its paragraph's end.
    Single quotes count only at word boundaries so apostrophes ("Pakistan’s") are
    not marks; straight single quotes only where asked (headlines), being mostly
    apostrophes elsewhere.
    """
    spans: list[QuoteSpan] = []
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    carried: set[int] = set()  # paragraphs going on with a quotation opened before them
    for n, (offset, line) in enumerate(lines):
        open_double: int | None = offset if n in carried else None  # content start
        double_mark = offset
        open_single: int | None = None
        single_mark = -1
        curly = inner = block = False
        for m in _MARKS.finditer(line):
            i, mark = offset + m.start(), m.group()
            before = text[i - 1] if i > offset else " "
            after = text[i + len(mark)] if i + len(mark) < offset + len(line) else " "
            if block:
                continue  # a block quotation holds its marks; its paragraph's end closes it
            if mark == _BLOCK_OPENER:
                if open_double is None and open_single is None:
                    open_double, double_mark, block = i + 2, i + 1, True
                continue
            if mark == '"' and INCHES.search(text, max(offset, i - 8), i):
                continue  # 5' 7": a height, no quotation mark
            if (
                mark == '"'
                and open_double is not None
                and (inner or _opens(before, after) and (curly or _nested_straight(line, i - offset)))
            ):
                inner = not inner  # a straight inner quotation inside curly or straight marks
            elif mark in OPEN_DOUBLE or (mark == '"' and open_double is None):
                if open_double is not None:
                    _append(spans, _content(text, open_double, i, double_mark))
                open_double, double_mark, open_single = i + 1, i, None
                curly, inner = mark in OPEN_DOUBLE, False
            elif mark in CLOSE_DOUBLE or mark == '"':
                if open_double is not None:
                    _append(spans, _content(text, open_double, i, double_mark))
                    open_double, curly = None, False
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
            runs_on = bool(following) and following in OPEN_DOUBLE + '"'
            if not (runs_on or block):
                going_on = _continued(lines, n)
                carried.update(going_on)
                runs_on = bool(going_on)
            span = _content(text, open_double, offset + len(line), double_mark)
            _append(spans, span and replace(span, runs_on=runs_on and not block))
    return spans


def _append(spans: list[QuoteSpan], span: QuoteSpan | None) -> None:
    if span is not None:
        spans.append(span)
