"""Rejection reasons and log lines: short, storable text whatever the input or the exception.

A reason once held a 1.5 MB record list and went to the log as one line; an exception's message
can carry text from the file (lone surrogates that DuckDB cannot store).
"""

from __future__ import annotations

import re

MAX_REASON_CHARS = 500
SURROGATES = re.compile("[\ud800-\udfff]")


def storable(text: str) -> str:
    """Lone surrogates (from JSON ``\\ud800`` escapes, or undecodable bytes) become U+FFFD."""
    return SURROGATES.sub("\ufffd", text)


def capped(text: str, limit: int = MAX_REASON_CHARS) -> str:
    text = storable(text)
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… ({len(text) - limit:,} more characters)"


def describe(exc: BaseException) -> str:
    """``"<ExceptionClass>: <message>"``, for an exception nobody foresaw."""
    return capped(f"{type(exc).__name__}: {str(exc) or repr(exc)}")


def summarise(reasons: list[str], total: int, limit: int = MAX_REASON_CHARS) -> str:
    """The first reasons that fit in ``limit`` characters, then how many more there were."""
    shown: list[str] = []
    length = 0
    for reason in reasons:
        if shown and length + len(reason) + 2 > limit:
            break
        shown.append(reason)
        length += len(reason) + 2
    text = capped("; ".join(shown), limit)
    return text + (f"; … ({total - len(shown):,} more)" if total > len(shown) else "")
