"""The classifier's rule files in ``rules/``: word lists, whole-line phrases, line patterns.

Kept as plain files, in the style of ``newsroom/extract/lexicons``, so that a phrase or a pattern
is added without touching code; each is parsed once per process. This module owns the file
formats (described in each file's header) and the records they become.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

from newsroom.datafiles import data_lines

RULES_DIR = Path(__file__).resolve().parent / "rules"
_FLAGS = {"i": re.IGNORECASE, "a": re.ASCII, "-": 0}


class LinePattern(NamedTuple):
    """A line matching ``pattern`` with at most ``max_words`` words is boilerplate for ``reason``."""

    reason: str
    pattern: re.Pattern[str]
    max_words: int
    prose_ok: bool  # may match a line that reads as a sentence
    needs: str | None  # a lower-case literal every match contains; None for a ^-anchored pattern


class EndPattern(NamedTuple):
    """Like LinePattern, but only for lines at the end (credits, bios, contacts) or either edge of the article."""

    reason: str
    pattern: re.Pattern[str]
    max_words: int


def _compile(flags: str, pattern: str) -> re.Pattern[str]:
    value = 0
    for letter in flags:
        value |= _FLAGS[letter]
    return re.compile(pattern, value)


@cache
def word_set(name: str) -> frozenset[str]:
    """The words of ``rules/<name>.txt``, one a line."""
    return frozenset(line.strip() for line in data_lines(RULES_DIR / f"{name}.txt"))


@lru_cache(maxsize=1)
def exact_phrases() -> dict[str, tuple[str, ...]]:
    """Whole-line phrases by reason, in file order."""
    phrases: dict[str, list[str]] = {}
    for line in data_lines(RULES_DIR / "exact_phrases.txt"):
        reason, phrase = line.split("\t")
        phrases.setdefault(reason, []).append(phrase)
    return {reason: tuple(found) for reason, found in phrases.items()}


@lru_cache(maxsize=1)
def line_patterns() -> tuple[LinePattern, ...]:
    """The patterns tried on every line, in file order (the first that applies gives the reason)."""
    rows = []
    for line in data_lines(RULES_DIR / "line_patterns.txt"):
        reason, max_words, prose, flags, needs, pattern = line.split("\t")
        rows.append(
            LinePattern(
                reason,
                _compile(flags, pattern),
                int(max_words),
                prose == "yes",
                None if needs == "-" else needs,
            )
        )
    return tuple(rows)


@cache
def end_patterns(name: str = "end_patterns") -> tuple[EndPattern, ...]:
    """The patterns of ``rules/<name>.txt`` in file order: ``end_patterns`` are tried on lines from the
    last prose line on, ``edge_patterns`` also on lines up to the first."""
    rows = []
    for line in data_lines(RULES_DIR / f"{name}.txt"):
        reason, max_words, flags, pattern = line.split("\t")
        rows.append(EndPattern(reason, _compile(flags, pattern), int(max_words)))
    return tuple(rows)
