"""Whole pages in odd encodings, with very long lines, or with no article: each file gives a body or
a clear reason, never an exception (through ``pipeline.read_and_clean``, the path ``make run`` takes)."""

from __future__ import annotations

import codecs
import hashlib
import time
from datetime import UTC, datetime

import ftfy.bad_codecs  # noqa: F401 - registers "sloppy-windows-1252", how real mojibake is made
import pytest

from newsroom.models import RawFile
from newsroom.pipeline import read_and_clean

MENU = ["Home", "World", "Politics", "Business", "Tech", "Science", "Opinion", "Sport", "Video", "Podcasts"]
FOOTER = ["About us", "Contact", "Privacy policy", "Terms of use", "Careers"]
HEADLINE = "Harbour city approves new ferry terminal"
BODY = [
    "Officials in the port city confirmed on Monday that the new ferry terminal will open next spring, "
    "after two years of delays.",
    "Local businesses welcomed the news, saying the terminal’s opening would bring thousands of visitors "
    "to the old town every summer.",
    "The mayor said the “long wait” was over and that the first ferry would leave the harbour in April, "
    "weather permitting.",
    "Critics said the project’s cost had doubled since 2019 and asked the council to publish the "
    "contractor’s final bill — all €4.5 million of it.",
]
FRENCH = [
    "Le président a visité la région de Genève où les élèves étaient réunis pour la fête, a-t-on appris lundi.",
    "Les habitants du quartier ont salué une décision très attendue après des années d'été difficiles.",
    "Selon le maire, le chantier du nouveau terminal commencera au printemps prochain et durera deux ans.",
]
PAGE = "\n".join(MENU + [HEADLINE, "By Ana Lima"] + BODY + FOOTER)
FRENCH_PAGE = "\n".join(
    MENU + ["Le terminal de ferry ouvrira au printemps", "Par Ana Lima"] + FRENCH + FOOTER
)


def _outcome(tmp_path, name: str, data: bytes):
    (tmp_path / name).write_bytes(data)
    raw = RawFile(name, len(data), hashlib.sha256(data).hexdigest(), name.rsplit(".", 1)[1], 0.0)
    return read_and_clean(tmp_path, raw, datetime.now(UTC))


def _body(outcome) -> list[str]:
    assert outcome.error is None and outcome.record_errors == [], (outcome.error, outcome.record_errors)
    return outcome.articles[0].row["body"].split("\n\n")


def _mojibake(text: str) -> bytes:
    """UTF-8 bytes read as Windows-1252 and saved again as UTF-8: "terminalâ€™s"."""
    return text.encode("utf-8").decode("sloppy-windows-1252").encode("utf-8")


@pytest.mark.parametrize(
    "name, data",
    [
        ("cp1252.txt", PAGE.encode("cp1252")),
        ("utf8_bom.txt", codecs.BOM_UTF8 + PAGE.encode("utf-8")),
        ("utf16.txt", PAGE.encode("utf-16")),
        ("mojibake.txt", _mojibake(PAGE)),
        ("mojibake_twice.txt", _mojibake(_mojibake(PAGE).decode("utf-8"))),
        ("crlf.txt", PAGE.replace("\n", "\r\n").encode("utf-8")),
        ("cr.txt", PAGE.replace("\n", "\r").encode("utf-8")),
        ("controls.txt", PAGE.replace("Officials", "Offi\x07cials\x1b[0m").encode("utf-8")),
    ],
)
def test_a_whole_page_in_any_encoding_gives_the_article(tmp_path, name, data):
    outcome = _outcome(tmp_path, name, data)
    assert _body(outcome) == BODY
    assert outcome.articles[0].row["title"] == HEADLINE


def test_a_latin1_page_in_french_gives_its_accents_back(tmp_path):
    assert _body(_outcome(tmp_path, "latin1.txt", FRENCH_PAGE.encode("latin-1"))) == FRENCH


def test_very_long_lines_do_not_take_the_article_or_stall(tmp_path):
    """A 100,000-character line without spaces (an inlined image) and a 5,000-word menu line."""
    blob = "iVBORw0KGgo" + "A" * 100_000
    menu = " | ".join(MENU * 500)
    page = "\n".join([menu, *MENU, blob, HEADLINE, "By Ana Lima", *BODY, blob, *FOOTER])
    assert _body(_outcome(tmp_path, "long.txt", page.encode("utf-8"))) == BODY


@pytest.mark.parametrize(
    "lines",
    [
        MENU * 3 + FOOTER,
        MENU + [f"Other story number {n} about the harbour" for n in range(30)] + FOOTER,
    ],
    ids=["menus", "teasers"],
)
def test_a_page_with_no_article_is_refused_with_a_reason(tmp_path, lines):
    outcome = _outcome(tmp_path, "front.txt", "\n".join(lines).encode("utf-8"))
    assert outcome.articles == []
    assert outcome.record_errors == ["no article text left after removing boilerplate"]


def _html(paragraphs: list[str], charset: str = "utf-8") -> str:
    nav = "".join(f'<a href="/{m}">{m}</a>' for m in MENU)
    return (
        f'<html><head><meta charset="{charset}"><title>{HEADLINE}</title></head><body><nav>{nav}</nav>'
        f"<article><h1>{HEADLINE}</h1>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</article></body></html>"
    )


@pytest.mark.parametrize(
    "name, data",
    [
        ("cp1252.html", _html(BODY, "windows-1252").encode("cp1252")),
        ("bom.html", codecs.BOM_UTF8 + _html(BODY).encode("utf-8")),
        ("utf16.html", _html(BODY).encode("utf-16")),
        ("mojibake.html", _mojibake(_html(BODY))),
    ],
)
def test_a_saved_page_in_any_encoding_gives_the_article(tmp_path, name, data):
    assert _body(_outcome(tmp_path, name, data)) == BODY


def test_a_saved_page_with_one_huge_paragraph_loads_it(tmp_path):
    outcome = _outcome(tmp_path, "huge.html", _html([" ".join(BODY * 200)]).encode("utf-8"))
    assert _body(outcome)[0].startswith(BODY[0])


def test_a_saved_page_with_no_article_is_refused_with_a_reason(tmp_path):
    page = "<html><body><nav>" + "".join(f'<a href="/{m}">{m}</a>' for m in MENU * 5) + "</nav></body></html>"
    outcome = _outcome(tmp_path, "front.html", page.encode("utf-8"))
    assert outcome.articles == [] and outcome.record_errors == ["no article text found in the HTML"]


@pytest.mark.parametrize(
    "line",
    ["(" + "A" * 100_000, "a." * 50_000, "x" * 100_000 + ".com", "(Photo: " + "A" * 100_000],
    ids=["bracket-capitals", "dotted", "linky", "credit"],
)
def test_a_pathological_long_line_is_cleaned_in_linear_time(line):
    """Lines that made caption, e-mail and link regexes backtrack (54 s for "(" and 300 capitals)."""
    from newsroom.clean import clean_text

    started = time.perf_counter()
    cleaned = clean_text("\n".join(MENU + [HEADLINE, "By Ana Lima", BODY[0], line, *BODY[1:]] + FOOTER))
    assert time.perf_counter() - started < 10
    assert cleaned.paragraphs[0] == BODY[0] and cleaned.paragraphs[-1] == BODY[-1]
