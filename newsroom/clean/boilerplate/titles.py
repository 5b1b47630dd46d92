"""Lines that repeat the headline, alone or behind a breadcrumb ("Home > World > <headline>")."""

from __future__ import annotations

import re

from newsroom.clean.boilerplate.lines import line_cache, words

_NOT_ALNUM = re.compile(r"[\W_]+")


@line_cache
def _key(line: str) -> str:
    """Letters and digits only, case-folded; cached: each line is compared with the title every round."""
    return _NOT_ALNUM.sub("", line.casefold())


def is_title_repeat(line: str, title: str) -> bool:
    """Same headline modulo case, punctuation and a trailing " | Site" suffix on the title."""
    a, b = _key(line), _key(title)
    return bool(a) and (a == b or (len(a) >= 20 and b.startswith(a)))


def is_breadcrumb_of(line: str, title: str) -> bool:
    """ "Home > World > <headline>" or "Home World News <headline>": a short prefix plus the title."""
    a, b = _key(line), _key(title)
    if not b or a == b or not a.endswith(b):
        return False
    prefix_len = len(words(line)) - len(words(title))
    return 0 < prefix_len <= 6
