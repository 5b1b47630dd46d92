"""Lines of copied text that break inside a sentence, joined back into one paragraph.

Text copied or scraped from a web page puts an inline link, a bold word or a narrow column on a
line of its own ("… are critical,”" / "wrote Senator Smith."); read as paragraphs, the quote loses
its speaker, the event its subject, and the header parser takes a sentence's first half for the
headline. A break is inside a sentence when the line does not end one (it ends with a word, a comma
or a comma and a closing quote, not with ``. ! ? : ;`` or a closing quote after them) and the next
line, right below it (no blank line between), continues it: it opens with a lower-case word or
closing punctuation (or a number after a lower-case word), or, after a comma and a closing quote
or a word no sentence ends with ("of", "the", "his"), with anything but a new quotation.
A run of lines is joined only when it ends a sentence, so menus, headlines and unpunctuated lists
stay lines; a byline or a line without a letter (a date) is not continued.
"""

from __future__ import annotations

import re

from newsroom.clean.boilerplate import parse_byline
from newsroom.clean.boilerplate.bylines import BYLINE_PREFIX

Line = tuple[int, str]  # (index in the normalised input, text)

_CLOSING_QUOTES = "\"”’'»"
_OPENING_QUOTES = "\"“‘«'"
# A line ending with these ends its sentence or clause; a closing quote ends it unless a comma precedes it.
_ENDS = (".", "!", "?", ":", ";", "…")
# Closing punctuation opening the next line is glued to the line above, as the page showed it ("here" / ".").
_CLOSERS = re.compile(r"[,;:.)\]”’]")
# A lower-case word opening the next line: not a brand ("iPhone") or a domain ("example.com").
_LOWER_WORD = re.compile(r"[a-z][a-z'’-]*(?![\w@/]|\.\w)")
# A line ending with a lower-case word ("joined") goes on with a number ("14 of his colleagues").
_LOWER_END = re.compile(r"\b[a-z]+$")
# Words no sentence or headline ends with ("from his" / "Ocean Act and …"): whatever comes next goes on.
_OPEN_WORD_END = re.compile(
    r"(?<![\w-])(?:a|an|the|his|her|their|its|our|my|your|of|to|from|with|and|or|but|into)$"
)
_SENTENCE_END = re.compile(r"[.!?…][\"”’'»)\]]*$")
_LETTER = re.compile(r"[^\W\d_]")


def _open_end(line: str) -> bool:
    """The line stops where a sentence cannot: after a word, a comma, or a comma and a closing quote."""
    end = line.rstrip(_CLOSING_QUOTES)
    if end != line:
        return end.endswith(",")
    return not line.endswith(_ENDS)


def _continues(line: str, following: str) -> bool:
    if _LOWER_WORD.match(following) or _CLOSERS.match(following):
        return True
    if (following[:1].isdigit() and _LOWER_END.search(line)) or (
        _OPEN_WORD_END.search(line) and not following.startswith(_OPENING_QUOTES)
    ):
        return True
    return line.rstrip(_CLOSING_QUOTES) != line and not following.startswith(_OPENING_QUOTES)


def _run_end(lines: list[Line], i: int) -> int:
    """The last line of the run broken inside a sentence that starts at line ``i`` (``i`` if none)."""
    first = lines[i][1]
    if not _LETTER.search(first) or (BYLINE_PREFIX.match(first) and parse_byline(first)):
        return i
    j = i
    while (
        j + 1 < len(lines)
        and lines[j + 1][0] == lines[j][0] + 1
        and _open_end(lines[j][1])
        and _continues(lines[j][1], lines[j + 1][1])
    ):
        j += 1
    return j


def join_wrapped_lines(lines: list[Line]) -> list[Line]:
    """``lines`` with each run broken inside a sentence joined into one, under its first line's index."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        j = _run_end(lines, i)
        if j > i and _SENTENCE_END.search(lines[j][1]):
            text = lines[i][1]
            for _, following in lines[i + 1 : j + 1]:
                text += following if _CLOSERS.match(following) else f" {following}"
            out.append((lines[i][0], text))
        else:
            out.extend(lines[i : j + 1])
        i = j + 1
    return out
