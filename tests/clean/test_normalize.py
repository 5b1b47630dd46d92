import re
import unicodedata

import pytest
from ftfy import fix_text
from ftfy.badness import MOJIBAKE_CATEGORIES, is_bad
from hypothesis import given, settings
from hypothesis import strategies as st

from newsroom.clean import normalize as norm
from newsroom.clean import normalize_text
from tests.text_fixtures import text_fixtures


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("CafÃ© owners", "Café owners"),
        ("Itâ€™s â€œfineâ€\x9d", "It’s “fine”"),
        ("tax â€“ again", "tax – again"),
        ("a\u00a0b\u202fc", "a b c"),
        ("zero\u200bwidth\ufeff", "zerowidth"),
        ("bell\x07 and\x00 null", "bell and null"),
        ("one\r\ntwo\rthree\u2028four", "one\ntwo\nthree\nfour"),
        ("  padded   line \t\n", "padded line"),
        ("&amp;amp; &lt;b&gt;", "& <b>"),
        ("e\u0301", "é"),
        ("Critics <!-- weasel words --> have warned. <!----> It", "Critics have warned. <!----> It"),
    ],
)
def test_fixes(raw, expected):
    assert normalize_text(raw) == expected


@pytest.mark.parametrize("text", ["“curly” ‘single’ — en – dash", "\"straight\" 'quotes' - hyphen"])
def test_quotes_and_dashes_kept(text):
    assert normalize_text(text) == text


def test_blank_lines_kept_as_paragraph_breaks():
    assert normalize_text("a\n\n\nb") == "a\n\n\nb"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "Flooded Valley RoadsIn Harlow county, crews worked overnight.",
            "Flooded Valley Roads\nIn Harlow county, crews worked overnight.",
        ),
        ("The Long ReturnThe 1994 novel sold well.", "The Long Return\nThe 1994 novel sold well."),
        ("Our Top PicksOne of the cheapest phones", "Our Top Picks\nOne of the cheapest phones"),
        (
            "She updated her LinkedIn profile and the McDonald family’s page.",
            "She updated her LinkedIn profile and the McDonald family’s page.",
        ),
    ],
)
def test_a_heading_run_into_the_next_sentence_gets_its_line_break(raw, expected):
    assert normalize_text(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a tag's verb glued to the title or name after it
        (
            '"We will keep the line open," saidRep. Dana Cole. "Families need it."',
            '"We will keep the line open," said Rep. Dana Cole. "Families need it."',
        ),
        ("“Not yet,” addedMayor Ines Falk.", "“Not yet,” added Mayor Ines Falk."),
        ("The bill passed theCommittee on Roads in May.", "The bill passed theCommittee on Roads in May."),
        ("“It is done,” notedSen. Ruiz.", "“It is done,” noted Sen. Ruiz."),
        # names written with a capital inside, handles, tags and addresses keep their form
        (
            "She met the McDonald family, bought an iPhone and read @saysWho, #saidNo and www.saysWho.com.",
            "She met the McDonald family, bought an iPhone and read @saysWho, #saidNo and www.saysWho.com.",
        ),
        ("Unsaid words; saidAPI is no tag.", "Unsaid words; saidAPI is no tag."),
    ],
)
def test_a_tags_verb_glued_to_the_title_after_it_gets_its_space(raw, expected):
    assert normalize_text(raw) == expected
    assert normalize_text(expected) == expected


@pytest.mark.parametrize("text", ["CafÃ© â€“ x", "&amp;amp;amp;", "a\x85b", "\ud800", "x\u2029\u2029y"])
def test_idempotent(text):
    once = normalize_text(text)
    assert normalize_text(once) == once


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # curly marks: a closing one before a word, an opening one after a sentence's end
        (
            "“We are proud,”Rep. Jane Roe said.“We will go on.”",
            "“We are proud,” Rep. Jane Roe said. “We will go on.”",
        ),
        ("“First part,”said the mayor.", "“First part,” said the mayor."),
        ("“It ends here.”“It starts again,” she said.", "“It ends here.” “It starts again,” she said."),
        ("He told them:“Leave now.”", "He told them: “Leave now.”"),
        ('He said "Go."Then "stay" here', 'He said "Go." Then "stay" here'),
        # straight marks by their parity in the line
        (
            'the town of Oakvale."Farmers are not criminals," saidthe mayor. "We ask.""Go home,"said Ann Lee."Now."',
            'the town of Oakvale. "Farmers are not criminals," saidthe mayor. "We ask." "Go home," said Ann Lee. "Now."',
        ),
        # a paragraph going on with the last one's quotation: its first mark closes, as the plain one after says
        ('the end of it,"said Tom Jones. "We go on."', 'the end of it," said Tom Jones. "We go on."'),
        # a line mixing the styles: a straight mark closes a curly quotation, or opens one a curly mark closes
        (
            '“We did our part,"said Rep. Ann Cole.“Now they must.”',
            '“We did our part," said Rep. Ann Cole. “Now they must.”',
        ),
        (
            'of the "old rules" in place.We owe them."We are late,”said Rep. Ann Cole.“It ends.”',
            'of the "old rules" in place.We owe them. "We are late,” said Rep. Ann Cole. “It ends.”',
        ),
        # a straight quotation inside a curly one stays inner: the curly one is still open after it
        ('“Call it "fair" if you like,”said Tom.', '“Call it "fair" if you like,” said Tom.'),
    ],
)
def test_a_space_lost_beside_a_quotation_mark_is_put_back(raw, expected):
    assert normalize_text(raw) == expected
    assert normalize_text(expected) == expected


@pytest.mark.parametrize(
    "text",
    [
        'Glenn “GT” Smith and Jesús G. "Chuy" Ruiz spoke.',  # nicknames keep their spaces
        'a 5\' 7"tall man and a 6′2" guard',  # inch signs are no marks
        "the shift ended.”You are late,” she said.",  # a mis-curled opening mark: which side is unknown
        "we tried”—”we” meaning the crew—”to fix it”",
        "„Das ist gut.“Er sagte es.",  # German closing “ while „ is open
        '“Mixed "inner"marks” here',  # a glued straight mark the marks either side read both ways
        'width="500px" src="https://x.org/a.jpg"',  # attribute values of copied markup
        '""Tim was here',
        'Bill,"said Tom Jones,',  # a lone glued mark: opening or closing is unknown
        'He said "one "two."Three" here',  # the plain marks either side disagree on the glued one
        "the so-called “Act” passed",
    ],
)
def test_marks_whose_side_is_not_plain_are_left_alone(text):
    assert normalize_text(text) == text


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=list("ab .,:!?“”„\"'—(5"), max_size=16))
def test_spacing_quotes_is_stable(s):
    once = norm._spaced_quotes(s)
    assert norm._spaced_quotes(once) == once
    assert once.replace(" ", "") == s.replace(" ", "")
    assert norm._glued_quotes(s) == (once != s)


# The fast paths must not change what normalize_text returns: compare with ftfy itself and with
# the plain per-line algorithm, on texts built from the characters each shortcut is about.


def _class_chars(fragment: str) -> list[str]:
    chars = []
    for m in re.finditer(r"(.)-(.)|(.)", fragment, re.S):
        chars += [m.group(3)] if m.group(3) else [chr(c) for c in range(ord(m.group(1)), ord(m.group(2)) + 1)]
    return chars


_MOJIBAKE_ALPHABET = sorted(
    {c for fragment in MOJIBAKE_CATEGORIES.values() for c in _class_chars(fragment)}
    | set("abcXYZ .,?!\n\t\u00a0ÃÂ€™œ°²µ×ØÙà√≈‚Äâóв ГВРСўЂβΒΓΞΟā’“”—")
)
_TEXT_ALPHABET = _MOJIBAKE_ALPHABET + list(
    "  \n\n\r\t\u00a0\u2009\u3000\u200b\ufeff\u00ad\x00\x07\x1b\x85\x9d\u2028\ufb01e\u0301&;#x27amp<>"
)


def _reference_normalize(s: str) -> str:
    """normalize_text as it was written before the fast paths: ftfy, subs and per-line tidying, each pass."""
    for _ in range(4):
        t = re.sub(r"\r\n|[\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]", "\n", fix_text(s, norm._FTFY))
        t = norm._HTML_COMMENT.sub(" ", norm._ZERO_WIDTH.sub("", norm._CONTROLS.sub("", t)))
        t = norm._GLUED_WORD.sub("\\1 ", t)
        t = unicodedata.normalize("NFC", t)
        t = "\n".join(
            norm._spaced_quotes(re.sub(r"[^\S\n]+", " ", line).strip()) for line in t.split("\n")
        ).strip("\n")
        if t == s:
            break
        s = t
    return s


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=_MOJIBAKE_ALPHABET, max_size=8))
def test_mojibake_check_is_ftfys(s):
    assert norm.looks_like_mojibake(s) == is_bad(s)


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=_TEXT_ALPHABET, max_size=24))
def test_ftfy_skipped_only_when_it_changes_nothing(s):
    if not norm._ftfy_would_change(s):
        assert fix_text(s, norm._FTFY) == s


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=_TEXT_ALPHABET, max_size=24))
def test_same_as_plain_algorithm(s):
    assert normalize_text(s) == _reference_normalize(s)


@pytest.mark.parametrize("path", sorted(text_fixtures()), ids=lambda p: p.name)
def test_same_as_plain_algorithm_on_fixtures(path):
    text = path.read_text(encoding="utf-8")
    assert normalize_text(text) == _reference_normalize(text)


def test_line_opening_mojibake_is_fixed():
    # ftfy judges each line alone; "Ã " opening a later line must still reach it.
    text = "First line.\nÃ  la carte"
    assert fix_text(text, norm._FTFY) != text
    assert normalize_text(text) == _reference_normalize(text)
