"""Unicode and whitespace normalisation applied before any line is classified.

Quotes and dashes are kept as written: the quote extractor relies on curly
quotes to find speech, and gold annotations are verbatim.
"""

from __future__ import annotations

import re
import unicodedata

from ftfy import TextFixerConfig, fix_text
from ftfy.badness import BADNESS_RE, MOJIBAKE_CATEGORIES
from ftfy.chardata import CONTROL_CHARS, HTML_ENTITY_RE, LIGATURES

_FTFY = TextFixerConfig(
    uncurl_quotes=False,
    # Full-width punctuation is meaningful in CJK text; do not fold it.
    fix_character_width=False,
    normalization="NFC",
    explain=False,
)

# Everything Python's str.splitlines() treats as a line break becomes "\n", so
# downstream code can split on "\n" only and still round-trip a cleaned body.
_BREAK_CHARS = "\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
_LINE_BREAKS = re.compile(f"[{_BREAK_CHARS}]")  # after "\r\n" -> "\n"
_ZERO_WIDTH_CHARS = "\u00ad\u180e\u200b\u200c\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069\u200e\u200f"
_ZERO_WIDTH = re.compile(f"[{_ZERO_WIDTH_CHARS}]")
# Unicode categories Cc (C0/C1 controls, but not tab and newline) and Cs (lone surrogates).
_CONTROL_CHARS = "\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff"
_CONTROLS = re.compile(f"[{_CONTROL_CHARS}]")
# Whitespace other than a space or a newline.
_ODD_SPACE = re.compile(r"[^\S \n]")
# An HTML comment with words in it left in copied page source ("Analysts <!--WN:WEASEL --> have warned"): never
# shown to a reader. An empty one ("Canada <!----> Team Canada ...") is left: copied wiki pages use it where the
# page had a break, and the parser needs it to keep the two apart.
_HTML_COMMENT = re.compile(r"<!--(?!-->).*?-->", re.DOTALL)
# A heading run into the sentence after it where the page lost its line break ("Medical TriumphIn Rajgarh district",
# "The Dark Knight ReturnsOne of the"): a word with an article glued to its end, or a preposition or "One" glued
# there and followed by what opens a phrase (a capital, a number, an article or "of"). Not a name with a capital
# inside it followed by an ordinary word ("LinkedIn profile", "McDonald said").
_RUN_IN_HEADING = re.compile(
    r"\b([A-Z][a-z]{2,})((?:The|An?) (?=\S)|(?:In|On|At|One) (?=[A-Z0-9]|(?:the|a|an|of)\b))"
)
_MAX_PASSES = 4


def _chars(codes) -> str:
    return "".join(re.escape(chr(c)) for c in sorted(codes))


# Characters one of ftfy's fixers other than mojibake detection and NFC would change:
# C1 controls, ligatures, line breaks, surrogates, terminal escapes, removed control characters.
_FTFY_CHARS = f"{_chars(CONTROL_CHARS)}{_chars(LIGATURES)}\\r\\x1b\\x80-\\x9f\\u2028\\u2029\\ud800-\\udfff"
_FTFY_TOUCHES = re.compile(f"[{_FTFY_CHARS}]")
# ftfy tests each line on its own, and its badness pattern anchors "Ã " / "Â " at the line's start.
_LINE_OPENS_BAD = re.compile("^[ÃÂ] ", re.MULTILINE)
# Any character a step of _once removes or replaces, but for spaces (_ODD_SPACE).
_CHANGED_CHARS = re.compile(f"[{_FTFY_CHARS}{_BREAK_CHARS}{_ZERO_WIDTH_CHARS}{_CONTROL_CHARS}]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# The non-ASCII characters that can follow one or two ASCII ones inside a badness match.
_BAD_AFTER_ASCII = re.compile("[{lower_common}{upper_common}{upper_accented}]".format(**MOJIBAKE_CATEGORIES))


def looks_like_mojibake(s: str) -> bool:
    """ftfy's ``is_bad(s)`` without scanning every character: true when a line of ``s`` is bad
    (but see _LINE_OPENS_BAD).

    Every alternative of ftfy's badness pattern opens with a non-ASCII character, or with
    one or two ASCII ones followed by one of _BAD_AFTER_ASCII; so the pattern is only tried,
    anchored, there. ~20x faster than searching every position on news text.
    """
    match = BADNESS_RE.match
    for found in _NON_ASCII.finditer(s):
        i = found.start()
        if match(s, i):
            return True
        if _BAD_AFTER_ASCII.match(s, i) and any(match(s, start) for start in range(max(i - 2, 0), i)):
            return True
    return False


def _ftfy_would_change(s: str) -> bool:
    """False when ftfy's ``fix_text`` would certainly return ``s`` unchanged.

    ftfy costs ~50 µs a line even on clean text (ten fixers in Python per line), and its
    badness regex ~0.25 µs a character; most articles hold no entity, control character
    or mojibake and are already NFC.
    """
    return bool(
        len(s) > _FTFY.max_decode_length
        or _FTFY_TOUCHES.search(s)
        or ("&" in s and HTML_ENTITY_RE.search(s))
        or (("Ã " in s or "Â " in s) and _LINE_OPENS_BAD.search(s))
        or looks_like_mojibake(s)
        or not unicodedata.is_normalized("NFC", s)
    )


def _is_normal(s: str) -> bool:
    """``_once(s) == s``, checked without building anything (cheapest tests first)."""
    return not (
        s[:1] in (" ", "\n")
        or s[-1:] in (" ", "\n")
        or "  " in s
        or " \n" in s
        or "\n " in s
        or _CHANGED_CHARS.search(s)
        or _ODD_SPACE.search(s)
        or _HTML_COMMENT.search(s)
        or _RUN_IN_HEADING.search(s)
        or _ftfy_would_change(s)
    )


def _once(s: str) -> str:
    if _ftfy_would_change(s):
        s = fix_text(s, _FTFY)
    s = _LINE_BREAKS.sub("\n", s.replace("\r\n", "\n"))
    s = _ZERO_WIDTH.sub("", _CONTROLS.sub("", s))
    s = _HTML_COMMENT.sub(" ", s)
    s = _RUN_IN_HEADING.sub("\\1\n\\2", s)
    s = unicodedata.normalize("NFC", s)
    # str.split() splits on exactly the characters re's \s matches: each line's runs of
    # whitespace become one space and its ends are stripped.
    return "\n".join([" ".join(line.split()) for line in s.split("\n")]).strip("\n")


def normalize_text(s: str) -> str:
    """Fix mojibake, unify spaces and line breaks, drop invisible characters and HTML comments.

    Repeated until stable (bounded) so that normalising a normalised text is a
    no-op, which keeps ``clean_text`` idempotent on its own output. Stability is
    checked before each pass rather than by running one more.
    """
    for _ in range(_MAX_PASSES):
        if _is_normal(s):
            break
        s = _once(s)
    return s
