import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsroom.clean import clean_text, normalize_text
from newsroom.clean.datelines import match_dateline
from tests.text_metrics import shingle_f1

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "clean"
GOLD = json.loads((ROOT / "evaldata" / "gold_seeds.json").read_text(encoding="utf-8"))["articles"]
CASES = sorted(p.stem for p in FIXTURES.glob("*.json"))


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
    cleaned = clean_text(
        "Storm hits coast\n\nFile photo of a flooded street\n\nThe storm hit the coast on Monday, officials said."
    )
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
        ("KYIV, Ukraine (AP) — Sirens sounded.", "KYIV, Ukraine", "Sirens sounded."),
        ("SÃO PAULO, Brazil, Aug 8 (Reuters) - Rain fell.", "SÃO PAULO, Brazil", "Rain fell."),
        ("BRUSSELS, June 12 (Reuters) - Talks began.", "BRUSSELS", "Talks began."),
        ("CAIRO/GENEVA, Oct 3 (Reuters) - Talks began.", "CAIRO/GENEVA", "Talks began."),
        ("SEOUL, Dec. 5 (Yonhap) -- Workers walked out.", "SEOUL", "Workers walked out."),
        ("İSTANBUL (AA) - Ferries stopped.", "İSTANBUL", "Ferries stopped."),
        ("Rio de Janeiro — Rain fell.", "Rio de Janeiro", "Rain fell."),
        ("GENERAL SANTOS: The storm passed.", "GENERAL SANTOS", "The storm passed."),
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
        "MS ROE: Good afternoon, everyone.",  # a transcript turn's speaker
        "FOREIGN MINISTER DOE: Thank you.",
        "MODERATOR: Our next question.",
    ],
)
def test_not_a_dateline(text):
    assert match_dateline(text) is None


def test_dateline_needs_a_body_after_it():
    cleaned = clean_text("Title here\n\nLONDON — Short")
    assert cleaned.dateline is None


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(max_size=80),
            st.sampled_from(
                [
                    "",
                    "Share",
                    "By Jane Doe",
                    "LONDON (Reuters) - A b c d.",
                    "Home > News",
                    "Title line",
                    "A real sentence is here.",
                ]
            ),
        ),
        max_size=12,
    )
)
def test_never_raises_and_is_idempotent(parts):
    cleaned = clean_text("\n".join(parts))
    # lines broken inside a sentence are joined ("A" / "." -> "A."): a paragraph is the input's text, spacing aside
    unspaced = "".join(normalize_text("\n".join(parts)).split())
    for paragraph in cleaned.paragraphs:
        assert paragraph and "".join(paragraph.split()) in unspaced
    assert clean_text(cleaned.body).body == cleaned.body


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("(LEAD) Rail workers strike over pay", "Rail workers strike over pay"),
        ("(2nd LD) Rail workers strike over pay", "Rail workers strike over pay"),
        ("(UPDATE 2) Rail workers strike over pay", "Rail workers strike over pay"),
        ("UPDATE 2-Oil rises as attacks disrupt traffic", "Oil rises as attacks disrupt traffic"),
        ("REFILE-Oil rises as attacks disrupt traffic", "Oil rises as attacks disrupt traffic"),
        ("Exclusive: Shipping firms weigh return", "Exclusive: Shipping firms weigh return"),
        ("(Not a tag) in this headline", "(Not a tag) in this headline"),
    ],
)
def test_wire_tags_stripped_from_headline(headline, title):
    cleaned = clean_text(f"{headline}\n\nThe union said on Monday that talks had failed after a long night.")
    assert cleaned.title == title


def test_place_line_under_byline_is_the_dateline():
    cleaned = clean_text(
        "Court upholds governor's win\n\nBy JANE DOE\n\nNairobi\n\nThe court on Thursday upheld the result."
    )
    assert (cleaned.title, cleaned.byline, cleaned.dateline) == (
        "Court upholds governor's win",
        "JANE DOE",
        "Nairobi",
    )
    assert cleaned.paragraphs == ["The court on Thursday upheld the result."]


def test_standfirst_above_a_date_line_is_the_subtitle():
    text = (
        "Coalition row escalates\n\nThe minister says he will not sign the budget. His partners accuse him of stubbornness.\n\n"
        "Example News | 11/05/2024\n\nThe governing coalition was plunged into a fresh crisis on Tuesday."
    )
    cleaned = clean_text(text)
    assert cleaned.subtitle.startswith("The minister says")
    assert cleaned.paragraphs == ["The governing coalition was plunged into a fresh crisis on Tuesday."]


def test_menu_lines_above_the_headline_are_dropped():
    text = "\n".join(
        [
            "Home",
            "World",
            "Business",
            "Climate",
            "Science",
            "Storm hits the northern coast overnight",
            "By Jane Doe",
            "Updated 12:04 GMT, 3 March 2024",
            "The storm hit the coast overnight, officials said on Monday.",
        ]
    )
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.byline) == ("Storm hits the northern coast overnight", "Jane Doe")
    assert cleaned.paragraphs == ["The storm hit the coast overnight, officials said on Monday."]


def test_hard_wrapped_text_is_kept_as_body():
    text = "\n".join(
        [
            "the council met on monday and the members",
            "argued for hours about the budget and the",
            "library hours and the bus lanes and in the",
            "end they voted to delay the decision until",
            "next month when the new figures are in",
            "The mayor said she was disappointed with the result.",
        ]
    )
    cleaned = clean_text(text)
    assert cleaned.title is None and len(cleaned.paragraphs) == 6


def test_a_name_signed_with_its_office_under_the_headline_is_the_byline():
    text = (
        "Independence Day of Ruritania\n\nJane Roe, Secretary of State\n\n"
        "On behalf of the United States, I congratulate the people of Ruritania on their national day."
    )
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.subtitle, cleaned.byline) == (
        "Independence Day of Ruritania",
        None,
        "Jane Roe",
    )
    assert cleaned.paragraphs == [
        "On behalf of the United States, I congratulate the people of Ruritania on their national day."
    ]
