"""The line patterns of ``rules/``, matched fast: which pattern, if any, a line matches first.

``pattern_reason`` gives what a plain loop over ``PATTERNS`` would give, with prefilters so that a
body line is not searched with every pattern in turn; ``end_reason`` does the same for the
patterns that only count at the end of an article or at either edge.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsroom.clean.boilerplate.lines import words
from newsroom.clean.boilerplate.rules import EndPattern, end_patterns, line_patterns

PATTERNS = line_patterns()
END_PATTERNS = end_patterns()
EDGE_PATTERNS = end_patterns("edge_patterns")

# Each pattern either opens with "^" (tried only when one pattern uniting all those, _OPENINGS,
# matches the line's start) or names a lower-case literal every match of it contains ("needs"):
# tried only when the lower-cased line holds it. Lower-casing keeps that exact unless the line
# holds one of the non-ASCII letters IGNORECASE matches to an ASCII one; such a line skips the
# shortcut.
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")
_PATTERN_MAX_WORDS = max(row.max_words for row in PATTERNS)


def _union(prose: bool) -> re.Pattern[str]:
    """One pattern for all ^-anchored PATTERNS that may match a prose (or any) line."""
    return re.compile(
        "|".join(
            f"(?{'i' if row.pattern.flags & re.IGNORECASE else '-i'}:{row.pattern.pattern})"
            for row in PATTERNS
            if row.needs is None and (row.prose_ok or not prose)
        )
    )


_OPENINGS = {prose: _union(prose) for prose in (False, True)}


@lru_cache(maxsize=256)
def _eligible(n: int, prose: bool) -> tuple[tuple[str, re.Pattern[str], str | None], ...]:
    """The PATTERNS a line of ``n`` words may match, in order."""
    return tuple(
        (row.reason, row.pattern, row.needs)
        for row in PATTERNS
        if n <= row.max_words and (row.prose_ok or not prose)
    )


def pattern_reason(stripped: str, n: int, prose: bool) -> str | None:
    """The reason of the first of PATTERNS that applies to the line, as a plain loop over them would find."""
    rows = _eligible(min(n, _PATTERN_MAX_WORDS + 1), prose)
    if not rows:
        return None
    opens = _OPENINGS[prose].match(stripped) is not None
    lowered = None if _FOLDS_TO_ASCII.search(stripped) else stripped.lower()
    for reason, pattern, needs in rows:
        if (opens if needs is None else lowered is None or needs in lowered) and pattern.search(stripped):
            return reason
    return None


def _credit_names(line: str) -> bool:
    """ "Editing by Alex Richardson" names people; "Reporting by the local paper revealed ..." is a sentence."""
    m = re.search(r"\bby\s+(.*)$", line, re.IGNORECASE)
    if not m:
        return True
    tokens = [t for t in words(m.group(1)) if any(c.isalpha() for c in t)]
    return bool(tokens) and sum(t[:1].isupper() for t in tokens) >= 0.45 * len(tokens)


def end_reason(stripped: str, n: int, patterns: tuple[EndPattern, ...] = END_PATTERNS) -> str | None:
    """The reason of the first of ``patterns`` that applies to a line at the end (or, for EDGE_PATTERNS,
    at either edge) of the article."""
    for reason, pattern, max_words in patterns:
        if (
            n <= max_words
            and pattern.search(stripped)
            and (reason != "wire_credit" or _credit_names(stripped))
        ):
            return reason
    return None
