"""Unicode and whitespace normalisation applied before any line is classified.

Quotes and dashes are kept as written: the quote extractor relies on curly
quotes to find speech, and gold annotations are verbatim. A space lost beside a
quotation mark is put back (``_spaced_quotes``).
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
# A tag's reporting verb glued to the title or name after it where a scrape dropped the space before a link
# ('…," saidRep. X. "…'): the tokenizer keeps one token, so the quotation loses its cue and its speaker. Only the
# verbs such a tag uses, at a word's start and not inside a handle, tag or address ('@saidNo', '#saysWho'); no name
# opens with one ('McDonald', 'iPhone', 'LinkedIn'). Other glued words are left: "the" glued to a linked bill's name
# ('theFarm Act') gives the parse a bill read as a body either way.
_GLUED_WORD = re.compile(
    r"(?<![\w@#/.&=_-])(said|says|stated|added|wrote|continued|explained|noted)(?=[A-Z][a-z])"
)
# A double quotation mark that lost its space on the side away from the quoted words, as scraped and copied pages
# give it ('… the vote,”Rep. X said.“We will …', 'Oakvale."Farmers …'): the tokenizer then glues the mark to the
# word ('“We', 'vote,”Rep') and the parse loses the quotation's edges and its cue. Candidates only; which side
# a mark's quotation lies on is read from the marks before it in its line (_spaced_quotes).
_GLUED_QUOTE = re.compile(r'[“”"](?:(?<=[\w.,!?;:”][“"])(?=\w)|(?<=[\w.,!?;:][”"])(?=[\w“"]))')
_DOUBLE_QUOTES = re.compile(r'[“”„«»"]')
_SENTENCE_PUNCTUATION = ".,!?;:"
# what may stand before a mis-curled opening mark ('tried”—”we” meaning'): no closing one
_OPENING_NEIGHBOURS = "([{—–-/"
# feet and inches ("5' 7\"", "6′2\""): the double mark after them is the inch sign, no quotation mark
INCHES = re.compile(r"\d['’′] ?\d{1,2}$")
_MAX_PASSES = 4


def _spaced_quotes(line: str) -> str:
    """``line`` with a space restored beside each double quotation mark glued to words on both sides, on the
    side away from the quoted words, where that side is plain (``_curly_cuts``, ``_straight_cuts``)."""
    if not _GLUED_QUOTE.search(line):
        return line
    cuts = _curly_cuts(line) if any(c in line for c in "“”„«»") else _straight_cuts(line)
    for i in sorted(set(cuts), reverse=True):
        line = f"{line[:i]} {line[i:]}"
    return line


def _curly_cuts(line: str) -> list[int]:
    """Where a space goes before: a curly opening mark after a word or a sentence's punctuation with no quotation
    open; a curly closing mark before a word or an opening mark while one is open. A closing mark with none
    open is a mis-curled opening one ('ended.”You are late,” she said'): its side is unknown. A straight mark
    in such a line may open or close a quotation the other style closes or opens, as copied releases mix them
    ('“We will …,"said X', 'else."We will …,”said X'): a glued one is read from the nearest marks whose side is
    known (a curly one's glyph, a plain straight one's space) as in ``_straight_cuts``. Inside a curly quotation
    a straight mark opens and closes an inner one; a straight closing mark with no inner one open closes it."""
    marks = [m for m in _DOUBLE_QUOTES.finditer(line) if m.group() != '"' or not _inch(line, m.start())]
    reads = [_straight_shape(line, m.start()) if m.group() == '"' else m.group() in "“„«" for m in marks]
    known = [n for n, read in enumerate(reads) if read is not None]
    cuts: list[int] = []
    open_mark = ""  # the style of the quotation open: "curly", "straight" or none
    inner = False  # a straight quotation open inside a curly one
    for n, m in enumerate(marks):
        i, mark = m.start(), m.group()
        before = line[i - 1] if i else " "
        after = line[i + 1 : i + 2] or " "
        if mark == '"':
            read = reads[n]
            if read is None and before.strip() and after.strip():
                read, cut = _glued_straight(line, i, n, reads, known)
                cuts += cut
            if read is None:
                continue
            if open_mark != "curly":
                open_mark = "straight" if read else ""
            elif read or inner:  # an inner quotation opens or closes
                inner = read
            else:
                open_mark = ""
        elif mark in "“„«":
            if (
                mark == "“"
                and open_mark != "curly"
                and after.isalnum()
                and (before.isalnum() or before in "”" + _SENTENCE_PUNCTUATION)
            ):
                cuts.append(i)
            open_mark, inner = "curly", False
        elif mark in "”»":
            if (
                mark == "”"
                and open_mark
                and (after.isalnum() or after == "“")
                and not (before.isspace() or before in _OPENING_NEIGHBOURS)
            ):
                cuts.append(i + 1)
            open_mark, inner = "", False
    return cuts


def _inch(line: str, i: int) -> bool:
    """Whether the straight double mark at ``i`` is an inch sign."""
    return bool(INCHES.search(line, max(0, i - 8), i))


def _straight_shape(line: str, i: int) -> bool | None:
    """Whether the straight mark at ``i`` opens (a space on its left only) or closes (on its right only); None
    when that is not plain. Two marks together between words ('…done.""Next'): the first closes, the second
    opens."""
    before, after = line[i - 1 : i], line[i + 1 : i + 2]
    if '"' in (before, after):
        return before == '"'
    free_before = not before or before.isspace() or before in _OPENING_NEIGHBOURS
    free_after = not after or after.isspace() or after in _SENTENCE_PUNCTUATION + ")]}"
    return free_before if free_before != free_after else None


def _glued_straight(
    line: str, i: int, n: int, reads: list, known: list[int]
) -> tuple[bool | None, list[int]]:
    """How the straight mark at ``i`` (the ``n``-th mark, glued on both sides) reads, from the nearest marks of
    ``known`` before and after it (marks alternate, so both must agree; with none, the line's first mark
    opens), and where a space goes: before an opening mark after a sentence's punctuation and before a capital
    or figure, after a closing mark between a word or punctuation and a word or mark."""
    guesses = {reads[k] == ((n - k) % 2 == 0) for k in _neighbours(known, n)} or {n % 2 == 0}
    if len(guesses) > 1:
        return None, []
    opens = guesses.pop()
    before, after = line[i - 1], line[i + 1]
    if opens:
        return opens, [i] if before in _SENTENCE_PUNCTUATION and (after.isupper() or after.isdigit()) else []
    glued = (before.isalnum() or before in _SENTENCE_PUNCTUATION) and (after.isalpha() or after == '"')
    return opens, [i + 1] if glued else []


def _straight_cuts(line: str) -> list[int]:
    """Where a space goes before, for straight marks glued on both sides ('Oakvale."Farmers', 'Bill,"said',
    '."We'): marks open and close in turn, so a glued mark's part is read from the nearest marks whose shape
    is plain (a space on one side only) before and after it, and left alone when the two disagree (a scrape's
    space on the wrong side, '…it, "said X'); with none, the line's first mark opens. A mark read as opening
    needs a sentence's punctuation before it and a capital or figure after it (a lone 'Bill,"said X' may close
    a quotation an earlier paragraph opened). Two marks together between words ('…done.""Next') close one
    quotation and open the next."""
    marks = [m.start() for m in re.finditer('"', line) if not _inch(line, m.start())]
    shapes = [_straight_shape(line, i) for i in marks]  # opens, closes, or not plain
    plain = [n for n, shape in enumerate(shapes) if shape is not None]
    cuts: list[int] = []
    for n, i in enumerate(marks):
        before, after = line[i - 1 : i], line[i + 1 : i + 2]
        if after == '"' and before.strip() and line[i + 2 : i + 3].strip():
            cuts.append(i + 1)
        if shapes[n] is not None or not before or not after or before.isspace() or after.isspace():
            continue
        cuts += _glued_straight(line, i, n, shapes, plain)[1]
    return cuts


def _neighbours(indices: list[int], n: int) -> list[int]:
    """The last of ``indices`` before ``n`` and the first after it, where there are such."""
    before = [k for k in indices if k < n]
    after = [k for k in indices if k > n]
    return before[-1:] + after[:1]


def _glued_quotes(s: str) -> bool:
    """Whether ``_spaced_quotes`` would change a line of ``s``."""
    checked = -1  # the end of the last line looked at
    for m in _GLUED_QUOTE.finditer(s):
        if m.start() < checked:
            continue
        start, end = s.rfind("\n", 0, m.start()) + 1, s.find("\n", m.end())
        checked = end if end >= 0 else len(s)
        if _spaced_quotes(s[start:checked]) != s[start:checked]:
            return True
    return False


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
        or _GLUED_WORD.search(s)
        or _glued_quotes(s)
        or _ftfy_would_change(s)
    )


def _once(s: str) -> str:
    if _ftfy_would_change(s):
        s = fix_text(s, _FTFY)
    s = _LINE_BREAKS.sub("\n", s.replace("\r\n", "\n"))
    s = _ZERO_WIDTH.sub("", _CONTROLS.sub("", s))
    s = _HTML_COMMENT.sub(" ", s)
    s = _RUN_IN_HEADING.sub("\\1\n\\2", s)
    s = _GLUED_WORD.sub("\\1 ", s)
    s = unicodedata.normalize("NFC", s)
    # str.split() splits on exactly the characters re's \s matches: each line's runs of
    # whitespace become one space and its ends are stripped.
    lines = [" ".join(line.split()) for line in s.split("\n")]
    if _GLUED_QUOTE.search(s):
        lines = [_spaced_quotes(line) for line in lines]
    return "\n".join(lines).strip("\n")


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
