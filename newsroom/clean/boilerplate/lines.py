"""What a line reads as: its words, stop-word density, whether it is prose, and where it sits.

Zones are relative to the *prose* lines (lines that read as sentences): the head is everything
before the first prose line, the tail everything after the last one. The per-line functions are
cached (``line_cache``) because the cleaner classifies every line again each round.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache, wraps

from newsroom.clean.boilerplate.rules import word_set

CLOSERS = "\"'”’»)]*"
_SENTENCE_END = (".", "…")
_EXCLAIM_END = ("!", "?")
PROSE_MIN_WORDS = 4
LONG_LINE_WORDS = 35
# Bullets, arrows and separators trimmed from a line's ends before it is compared with a phrase.
EDGE = " \t•·∙»«›‹>|<*#+=~→←↑↓▲▼►◄▶◀-–—:;,"

STOP_WORDS = word_set("stop_words")

# Lines are classified again each round of filter_boilerplate and in clean_text's second parse,
# so the per-line functions are cached; lines longer than this are not, which bounds the
# caches to a few MB whatever the input.
_CACHE_MAX_CHARS = 2000


def line_cache(fn):
    """``lru_cache`` on a function whose first argument is a line, skipped for very long lines."""
    cached = lru_cache(maxsize=8192)(fn)

    @wraps(fn)
    def call(line, *args):
        return cached(line, *args) if len(line) <= _CACHE_MAX_CHARS else fn(line, *args)

    call.cache_clear = cached.cache_clear
    return call


def words(line: str) -> list[str]:
    return line.split()


@line_cache
def word_count(line: str) -> int:
    """``len(words(line))``, cached: the fixpoint in filter_boilerplate asks for it every round."""
    return len(line.split())


def stop_word_density(line: str) -> float:
    tokens = [w.strip(".,;:!?\"'“”‘’()[]").lower() for w in words(line)]
    return sum(t in STOP_WORDS for t in tokens) / len(tokens) if tokens else 0.0


@line_cache
def is_prose(line: str) -> bool:
    """A line that reads as a body sentence rather than a label, link or headline.

    Headlines may end in "?" or "!", so those only count on longer lines; so does a colon, which
    ends labels ("Related:") but also the sentence that introduces a quotation or a list.
    """
    n = len(words(line))
    if n > LONG_LINE_WORDS:
        return True
    end = line.rstrip(CLOSERS)
    if end.endswith(_SENTENCE_END) and not end.endswith("..") and n >= PROSE_MIN_WORDS:
        return True
    return end.endswith(_EXCLAIM_END + (":",)) and n >= 12


@dataclass(frozen=True)
class LineContext:
    """Where a line sits among the document's non-blank lines."""

    index: int
    first_prose: int | None
    last_prose: int | None
    title: str | None = None

    @property
    def in_head(self) -> bool:
        return self.first_prose is not None and self.index < self.first_prose

    @property
    def in_tail(self) -> bool:
        return self.last_prose is not None and self.index > self.last_prose

    @property
    def at_end(self) -> bool:
        """The last prose line or after it: where credits, author bios and contact lines sit."""
        return self.last_prose is not None and self.index >= self.last_prose
