"""Unicode and whitespace normalisation applied before any line is classified.

Quotes and dashes are kept as written: the quote extractor relies on curly
quotes to find speech, and gold annotations are verbatim.
"""

from __future__ import annotations

import re
import unicodedata

from ftfy import TextFixerConfig, fix_text

_FTFY = TextFixerConfig(
    uncurl_quotes=False,
    # Full-width punctuation is meaningful in CJK text; do not fold it.
    fix_character_width=False,
    normalization="NFC",
    explain=False,
)

# Everything Python's str.splitlines() treats as a line break becomes "\n", so
# downstream code can split on "\n" only and still round-trip a cleaned body.
_LINE_BREAKS = re.compile(r"\r\n|[\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
_ZERO_WIDTH = re.compile("[\u00ad\u180e\u200b\u200c\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069\u200e\u200f]")
_SPACES = re.compile(r"[^\S\n]+")
_MAX_PASSES = 4


# Unicode categories Cc (C0/C1 controls, but not tab and newline) and Cs (lone surrogates).
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def _control_free(s: str) -> str:
    return _CONTROLS.sub("", s)


def _once(s: str) -> str:
    s = _LINE_BREAKS.sub("\n", fix_text(s, _FTFY))
    s = _ZERO_WIDTH.sub("", _control_free(s))
    s = unicodedata.normalize("NFC", s)
    lines = (_SPACES.sub(" ", line).strip() for line in s.split("\n"))
    return "\n".join(lines).strip("\n")


def normalize_text(s: str) -> str:
    """Fix mojibake, unify spaces and line breaks, drop invisible characters.

    Repeated until stable (bounded) so that normalising a normalised text is a
    no-op, which keeps ``clean_text`` idempotent on its own output.
    """
    for _ in range(_MAX_PASSES):
        fixed = _once(s)
        if fixed == s:
            break
        s = fixed
    return s
