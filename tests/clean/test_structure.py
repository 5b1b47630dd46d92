import json
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from newsroom.clean import clean_text, normalize_text
from newsroom.clean.structure import match_dateline

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "clean"
GOLD = json.loads((ROOT / "tests" / "fixtures" / "gold_seeds.json").read_text(encoding="utf-8"))["articles"]
CASES = sorted(p.stem for p in FIXTURES.glob("*.json"))


def shingle_f1(predicted: str, expected: str, n: int = 4) -> float:
    def shingles(text: str) -> set[tuple[str, ...]]:
        tokens = text.split()
        return {tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)}

    got, want = shingles(predicted), shingles(expected)
    common = len(got & want)
    if not got or not want or not common:
        return float(got == want)
    precision, recall = common / len(got), common / len(want)
    return 2 * precision * recall / (precision + recall)


def _clean_fixture(name: str):
    expected = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    hints = expected.get("hints", {})
    text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    return clean_text(text, title=hints.get("title"), byline=hints.get("byline")), expected


@pytest.mark.parametrize("article", GOLD, ids=[a["file"] for a in GOLD])
def test_gold_seeds(article):
    cleaned = clean_text((ROOT / "raw" / article["file"]).read_text(encoding="utf-8"))
    assert cleaned.title == article["title"]
    assert cleaned.subtitle == article["subtitle"]
    assert cleaned.byline == article["byline"]
    assert cleaned.dateline == article["dateline"]
    assert cleaned.body.startswith(article["body_first_line"])
    assert cleaned.body.endswith(article["body_last_line"])
    for line in article["boilerplate"]:
        assert line not in cleaned.body


@pytest.mark.parametrize("name", CASES)
def test_fixture_exact(name):
    cleaned, expected = _clean_fixture(name)
    got = {k: getattr(cleaned, k) for k in ("title", "subtitle", "byline", "dateline", "paragraphs")}
    assert got == {k: expected[k] for k in got}


def test_shingle_f1_on_fixtures(capsys):
    scores = []
    for name in CASES:
        cleaned, expected = _clean_fixture(name)
        scores.append(shingle_f1(cleaned.body, "\n\n".join(expected["paragraphs"])))
    mean = sum(scores) / len(scores)
    with capsys.disabled():
        print(f"\n4-word-shingle F1 of body over {len(scores)} clean fixtures: {mean:.3f}")
    assert mean >= 0.99


def test_removed_lines_point_into_normalised_input():
    text = (FIXTURES / "cookie_top.txt").read_text(encoding="utf-8")
    lines = normalize_text(text).split("\n")
    cleaned = clean_text(text)
    assert cleaned.removed
    for removed in cleaned.removed:
        assert removed.text in lines[removed.line_index]
    reasons = {r.reason for r in cleaned.removed}
    assert {"cookie_banner", "breadcrumb", "byline", "timestamp", "related_links", "social_follow"} <= reasons


def test_caption_between_headline_and_body_removed():
    cleaned = clean_text("Storm hits coast\n\nFile photo of a flooded street\n\nThe storm hit the coast on Monday, officials said.")
    assert cleaned.title == "Storm hits coast"
    assert cleaned.subtitle is None
    assert cleaned.paragraphs == ["The storm hit the coast on Monday, officials said."]
    assert [(r.line_index, r.reason) for r in cleaned.removed] == [(2, "photo_caption")]


@pytest.mark.parametrize(
    ("text", "city", "rest"),
    [
        ("ISLAMABAD (AA) – Officials met.", "ISLAMABAD", "Officials met."),
        ("LONDON (Reuters) - Prices rose.", "LONDON", "Prices rose."),
        ("Islamabad: After the talks, officials left.", "Islamabad", "After the talks, officials left."),
        ("WASHINGTON — The Senate voted.", "WASHINGTON", "The Senate voted."),
        ("Paris, May 3 (AFP) - Talks ended.", "Paris", "Talks ended."),
        ("NEW DELHI, June 5: The court ruled.", "NEW DELHI", "The court ruled."),
        ("KYIV, Ukraine (AP) — Sirens sounded.", "KYIV", "Sirens sounded."),
        ("İSTANBUL (AA) - Ferries stopped.", "İSTANBUL", "Ferries stopped."),
        ("Rio de Janeiro — Rain fell.", "Rio de Janeiro", "Rain fell."),
        ("(Reuters) - Shares fell.", None, "Shares fell."),
    ],
)
def test_dateline(text, city, rest):
    found = match_dateline(text)
    assert found is not None and found[0] == city and text[len(found[1]) :] == rest


@pytest.mark.parametrize(
    "text",
    [
        "Update: The minister resigned.",
        "Breaking: Markets fell.",
        "The minister — who resigned — spoke.",
        "“Islamabad will never be Washington’s partner,” he said.",
        "Mr Smith said: we will see.",
    ],
)
def test_not_a_dateline(text):
    assert match_dateline(text) is None


def test_dateline_needs_a_body_after_it():
    cleaned = clean_text("Title here\n\nLONDON — Short")
    assert cleaned.dateline is None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=80), st.sampled_from(["", "Share", "By Jane Doe", "LONDON (Reuters) - A b c d.",
                                                                  "Home > News", "Title line", "A real sentence is here."])),
                max_size=12))
def test_never_raises_and_is_idempotent(parts):
    cleaned = clean_text("\n".join(parts))
    normalised = normalize_text("\n".join(parts))
    for paragraph in cleaned.paragraphs:
        assert paragraph and paragraph in normalised
    assert clean_text(cleaned.body).body == cleaned.body
