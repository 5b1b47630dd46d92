import pytest

from newsroom.clean import normalize_text


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
    ],
)
def test_fixes(raw, expected):
    assert normalize_text(raw) == expected


@pytest.mark.parametrize("text", ["“curly” ‘single’ — en – dash", "\"straight\" 'quotes' - hyphen"])
def test_quotes_and_dashes_kept(text):
    assert normalize_text(text) == text


def test_blank_lines_kept_as_paragraph_breaks():
    assert normalize_text("a\n\n\nb") == "a\n\n\nb"


@pytest.mark.parametrize("text", ["CafÃ© â€“ x", "&amp;amp;amp;", "a\x85b", "\ud800", "x\u2029\u2029y"])
def test_idempotent(text):
    once = normalize_text(text)
    assert normalize_text(once) == once
