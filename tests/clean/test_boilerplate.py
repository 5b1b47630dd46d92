import re
import sys
from pathlib import Path

import pytest

from newsroom.clean.boilerplate import (
    LineContext,
    classify,
    classify_line,
    is_prose,
    parse_byline,
    patterns,
    rules,
    titles,
)
from newsroom.clean.boilerplate.bylines import byline_of_dated_line, tidy_byline
from tests.text_fixtures import text_fixtures

MIDDLE = LineContext(index=5, first_prose=0, last_prose=10)
HEAD = LineContext(index=1, first_prose=3, last_prose=10)
TAIL = LineContext(index=11, first_prose=0, last_prose=10)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Leave a Comment", "comment_widget"),
        ("Click to comment", "comment_widget"),
        ("12 Comments", "comment_widget"),
        ("Comments are closed, but trackbacks and pingbacks are open.", "comment_policy"),
        ("Your email address will not be published. Required fields are marked *", "comment_policy"),
        ("To Top", "navigation"),
        ("Next Post: Why I still carry a paper map", "navigation"),
        ("Related Articles", "related_links"),
        ("Read more: Shilling hits three-month low", "related_links"),
        ("ALSO READ | What the budget means", "related_links"),
        ("Share this:", "share_prompt"),
        ("Facebook Twitter WhatsApp", "share_prompt"),
        ("Follow us on Twitter and Facebook", "social_follow"),
        ("Sign up for our newsletter to get the best stories in your inbox.", "newsletter"),
        ("Subscribe now", "subscribe_prompt"),
        ("© 2023 Example Media Group", "copyright"),
        ("Copyright 2023 The Associated Press. All rights reserved.", "copyright"),
        (
            "This website uses cookies to improve your experience. We'll assume you're ok with this. Accept",
            "cookie_banner",
        ),
        ("Accept all", "cookie_banner"),
        ("Advertisement", "advert"),
        ("Story continues below advertisement", "advert"),
        ("Photo: Maria Lopez", "photo_caption"),
        ("File photo of the minister at a news conference", "photo_caption"),
        ("Buses queue on Main Street. (Photo: AFP)", "photo_caption"),
        ("A ship sails past Aden, March 2, 2024. REUTERS/Karim Saleh/File Photo", "photo_caption"),
        ("Image credit: Getty", "photo_caption"),
        ("Tags: Ukraine, grain", "tags"),
        ("Filed under: World", "tags"),
        ("Posted in Travel | Tagged hiking | Leave a comment", "tags"),
        ("Updated 6:15 p.m. Oct. 12, 2023", "timestamp"),
        ("12:30 GMT, 3 Sep 2023", "timestamp"),
        ("3 min read", "reading_time"),
        ("(Reporting by Jane Roe; Editing by Alex Richardson)", "wire_credit"),
        ("* * *", "empty"),
        ("Home | World | Business | Sport", "navigation"),
        ("Listen to this article · 4 min", "audio_widget"),
        ("Listen · 5:12", "audio_widget"),
        ("Listen (3 mins)", "audio_widget"),
        ("5 min read", "reading_time"),
        ("Our Standards: The Example Trust Principles.", "editorial_policy"),
        ("Read our editorial guidelines", "editorial_policy"),
        ("Purchase Licensing Rights, opens new tab", "widget"),
        ("Example News | 11/05/2024", "timestamp"),
        ("Daily Post · March 3, 2024", "timestamp"),
        ("Minister Jane Doe at the podium on Monday. (Example News: John Roe)", "photo_caption"),
        ("Nurses on a picket line in London. Photograph: Jane Roe/PA", "photo_caption"),
        ("Image source, Getty Images", "photo_caption"),
        ("A motorcyclist at a petrol station. — AFP/File", "photo_caption"),
        ("This article is more than 2 years old", "timestamp"),
        ("Published", "timestamp"),
        ("3 hours ago", "timestamp"),
        ("March 3, 2024 12:04 PM GMT+1 Updated 2 hours ago", "timestamp"),
        ("Comments (1,204)", "comment_widget"),
        ("42 Likes · 3 Restacks", "widget"),
        ("Sign in / Register", "subscribe_prompt"),
        ("Share / Save", "share_prompt"),
        ("Terms of Service · Privacy Policy", "navigation"),
        ("Privacy ∙ Terms ∙ Collection notice", "navigation"),
        (
            "Thanks for reading The Example Letter! Subscribe for free to receive new posts.",
            "subscribe_prompt",
        ),
        ("Get a look at the day ahead with our morning newsletter. Sign up here.", "newsletter"),
        ("Save articles to read later and create your own reading list.", "widget"),
        ("Follow our coverage of the election at https://example.com/hub/election", "social_follow"),
    ],
)
def test_reasons_anywhere(line, reason):
    assert classify_line(line, MIDDLE) == reason


@pytest.mark.parametrize(
    "line",
    [
        "This website uses cookies to track visitors across other sites, the regulator wrote.",
        "Comment was not immediately available from the company.",
        "Share prices of the company fell 4% after the announcement.",
        "Read the full decision on the authority's website, the regulator said.",
        "Counting begins in the north",
        "Our newsletter editor said the publication would close next month.",
        "Copyright law changes were approved by parliament on Tuesday.",
        "Photographers were kept behind a barrier as the motorcade passed.",
        "He said the comments were not in line with the close cooperation.",
    ],
)
def test_real_sentences_kept_in_the_middle(line):
    assert classify_line(line, MIDDLE) is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Editing by Alex Richardson", "wire_credit"),
        ("Additional reporting by Jane Roe in Beijing", "wire_credit"),
        ("Associated Press writer Jane Roe in Berlin contributed to this report.", "wire_credit"),
        ("(With inputs from agencies)", "wire_credit"),
        ("Jane Doe is a reporter covering city hall for the Example Times.", "author_bio"),
        ("Jane Doe covers education for the Example Courier. Reach her at jdoe@example.com.", "author_bio"),
    ],
)
def test_reasons_at_the_end(line, reason):
    assert classify_line(line, LineContext(index=10, first_prose=0, last_prose=10)) == reason
    assert classify_line(line, MIDDLE) is None


@pytest.mark.parametrize(
    "line",
    [
        "Residents who wanted to comment on the plan were given two minutes each.",
        "Several speakers urged the council to share the cost with the county.",
        '"Follow the money and you will see where the priorities are," one teacher said.',
        "Council member Dana Whitfield said she would subscribe to any plan that kept the doors open.",
        "Editing the budget line by line took the finance committee most of last week.",
        "Read aloud by a librarian, the petition had more than 5,000 signatures.",
        "The Associated Press contributed to a 2019 study on library funding that the council cited.",
        "Listen to the recording and you will hear the difference, she said.",
        "Reporting by the local paper first revealed the size of the gap in March.",
    ],
)
def test_real_sentences_kept_at_the_end(line):
    assert classify_line(line, LineContext(index=10, first_prose=0, last_prose=10)) is None


def test_short_closing_sentence_kept():
    assert classify_line("Nobody came.", LineContext(index=11, first_prose=0, last_prose=10)) is None
    assert (
        classify_line("Blog at Example.com.", LineContext(index=11, first_prose=0, last_prose=10))
        == "tail_fragment"
    )


def test_zone_rules():
    assert classify_line("By Jane Doe and John Roe", HEAD) == "byline"
    assert classify_line("By Jane Doe and John Roe", MIDDLE) is None
    assert classify_line("China braces for strongest storm of the year", TAIL) == "tail_fragment"
    assert classify_line("China braces for strongest storm of the year", MIDDLE) is None


def test_title_aware_rules():
    ctx = LineContext(index=0, first_prose=3, last_prose=10, title="Storm hits the coast")
    assert classify_line("Storm Hits The Coast", ctx) == "title_repeat"
    assert classify_line("Home Latest News Storm hits the coast", ctx) == "breadcrumb"


@pytest.mark.parametrize(
    ("line", "prose"),
    [
        ("The minister said talks would resume.", True),
        ("“We are not alone,” Asif said.", True),
        ("Is this the end of the euro?", False),
        ("Pakistan to End Diplomatic Support", False),
        ("Read more...", False),
    ],
)
def test_is_prose(line, prose):
    assert is_prose(line) is prose


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("by Staff Writer", "Staff Writer"),
        ("By Jane Doe and John Roe", "Jane Doe and John Roe"),
        ("Jane Doe | Reuters", "Jane Doe"),
        ("By Jane Doe | Reuters", "Jane Doe"),
        ("By Jane Doe, Staff Writer", "Jane Doe"),
        ("By Jane Doe, Health correspondent", "Jane Doe"),
        ("Jane Doe Health correspondent", "Jane Doe"),
        ("By political reporter Jane Doe", "Jane Doe"),
        ("Jane Doe and John Roe, The Times", "Jane Doe and John Roe"),
        ("By JANE DOE and JOHN ROE, Associated Press", "JANE DOE and JOHN ROE"),
        ("By Jane Doe, John Roe and Mary Major, Reuters", "Jane Doe, John Roe and Mary Major"),
        ("Written by Jane Doe | New Delhi | Updated: March 3, 2024 21:40 IST", "Jane Doe"),
        ("By Jane Doe in Kabul", "Jane Doe"),
        ("By Jane Doe - Political Editor", "Jane Doe"),
        ("By Our Correspondent", "Our Correspondent"),
        ("Jane Roe, Secretary of State", "Jane Roe"),
        ("John Q. Doe, Department Spokesperson", "John Q. Doe"),
        ("Jane Roe, Under Secretary for Growth, Energy, and the Environment", "Jane Roe"),
        ("Office of the Spokesperson", None),
        ("Storm Hits The Coast", None),
        ("Home | World | Business", None),
        ("By the numbers: inflation", None),
        ("By noon we had reached the plateau.", None),
    ],
)
def test_parse_byline(line, byline):
    assert parse_byline(line) == byline


# Shortcuts in classify_line (pattern prefilters, caches) must give what the plain rules give.
ROOT = Path(__file__).resolve().parents[2]


def _fixture_lines() -> list[str]:
    paths = [*text_fixtures(), *(ROOT / "raw").glob("*.txt")]
    lines = {
        line.strip() for p in paths for line in p.read_text(encoding="utf-8").splitlines() if line.strip()
    }
    return sorted(lines)


def _plain_pattern_reason(line: str) -> str | None:
    n, prose = len(line.split()), is_prose(line)
    for reason, pattern, max_words, prose_ok, _ in patterns.PATTERNS:
        if n <= max_words and (prose_ok or not prose) and pattern.search(line):
            return reason
    return None


def _variants(line: str) -> list[str]:
    # Upper and lower case, and the non-ASCII letters IGNORECASE matches to ASCII ones.
    return [line, line.upper(), line.lower(), line.replace("s", "ſ").replace("k", "\u212a").replace("i", "ı")]


def test_pattern_prefilters_agree_with_plain_loop():
    needs = [n for *_, n in patterns.PATTERNS if n]
    lines = _fixture_lines() + [
        f"{w} {n} {w}." for n in needs for w in ("x", "Rights reserved at", "Photo: Jane Doe")
    ]
    lines += [
        "All Rights Reserved",
        "ALL RIGHTS RESERVED.",
        "Sign up here",
        "opens in new tab",
        "(Photo: AP/Jane Doe)",
        "Trust Principles",
        "Editorial standards",
        "A view of the harbour — REUTERS/Jane Doe/File",
        "Copyright 2024",
    ]
    checked = matched = 0
    for line in {v for original in lines for v in _variants(original)}:
        expected = _plain_pattern_reason(line)
        assert patterns.pattern_reason(line, len(line.split()), is_prose(line)) == expected, line
        checked += 1
        matched += expected is not None
    assert checked > 1000 and matched > 50


def test_patterns_are_anchored_or_name_what_they_need():
    for _, pattern, _, _, needs in patterns.PATTERNS:
        assert pattern.flags & ~(re.IGNORECASE | re.UNICODE) == 0
        if needs is None:
            assert pattern.pattern.startswith("^"), pattern.pattern
        else:
            assert needs == needs.lower() and needs.isascii(), needs


def test_folds_to_ascii_lists_every_letter_ignorecase_maps_to_ascii():
    folding = {
        c for c in map(chr, range(0x80, sys.maxunicode + 1)) if re.fullmatch("[a-z]", c, re.IGNORECASE)
    }
    assert folding == {
        c for c in map(chr, range(0x80, sys.maxunicode + 1)) if patterns._FOLDS_TO_ASCII.match(c)
    }


def test_title_key_keeps_exactly_the_alphanumeric_characters():
    every = "".join(map(chr, range(0x20, 0x3000))) + "ǅ ǈ Ⅻ ²"
    assert titles._key(every) == "".join(c for c in every.casefold() if c.isalnum())


def test_classification_does_not_depend_on_call_order():
    lines = _fixture_lines()[:400]
    contexts = [
        MIDDLE,
        HEAD,
        TAIL,
        LineContext(index=10, first_prose=0, last_prose=10, title="Storm hits the coast"),
    ]
    first = [classify_line(line, ctx) for line in lines for ctx in contexts]
    classify._classify.cache_clear()
    classify._classify_in_zone.cache_clear()
    again = [classify_line(line, ctx) for line in reversed(lines) for ctx in reversed(contexts)]
    assert first == list(reversed(again))


def test_rule_files_hold_lower_case_entries_a_lowered_line_can_match():
    # Lines are lower-cased before they are looked up in the word lists and the whole-line phrases.
    tables = {"exact_phrases.txt", "line_patterns.txt", "end_patterns.txt", "edge_patterns.txt"}
    lists = {p.stem: rules.word_set(p.stem) for p in rules.RULES_DIR.glob("*.txt") if p.name not in tables}
    lists["exact_phrases"] = frozenset(p for ps in rules.exact_phrases().values() for p in ps)
    assert len(lists) == 11
    for name, entries in lists.items():
        assert entries and all(e and e == e.lower() == e.strip() for e in entries), name


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Ann Lee December 23", "Ann Lee"),
        ("R.J. Moss Nov 29", "R.J. Moss"),
        ("Ann Lee Published", "Ann Lee"),
        ("Ann Lee Updated", "Ann Lee"),
        ("Ann Lee View author archive Get author RSS feed", "Ann Lee"),
        ("Ann Lee •", "Ann Lee"),
        ("Ann Lee | alee@example.com", "Ann Lee"),
        ("Ann Lee; XYZ", "Ann Lee"),
        ("Ann Lee; Bo Chan; Updated Oct 9", "Ann Lee; Bo Chan"),
        ("Ann Lee; The Associated Press", "Ann Lee"),
        ("Ann Lee Link Copied", "Ann Lee"),
        ("Ann LeeTwitterNews &", "Ann Lee"),
        ("Ann Lee METRO DAILY NEWS", "Ann Lee"),
        ("By: Ann Lee", "Ann Lee"),
        ("Editor December", "Editor"),
        ("City News Desk Oct. 13", "City News Desk"),
        ("Ann May", "Ann May"),  # a given name, not a month
        ("Jan Smith", "Jan Smith"),
        ("Rebecca McDonald", "Rebecca McDonald"),
        ("Dec", None),
        ("Lesedauer", None),
        ("See full bio", None),
    ],
)
def test_tidy_byline_keeps_only_the_names(byline, names):
    assert tidy_byline(byline) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Ann Lee@annlee Dec 10, 2016, 10:20am EST", "Ann Lee"),
        ("Ann Lee - Aug 10, 2016 11:15 am UTC", "Ann Lee"),
        ("Ann Lee · Metro News · Posted: Oct 14, 2022 9:27 AM ET | Last Updated: 24 minutes ago", "Ann Lee"),
        ("Ann Lee / XYZ / Updated: Oct 9, 2019, 11:05 IST", "Ann Lee"),
        ("Ann Lee/November 18, 2016", "Ann Lee"),
        ("Wednesday January 18, 2017 10:44 am PST by Ann Lee", "Ann Lee"),
        ("ByAnn Lee Dec 9, 2016", "Ann Lee"),
        ("Ann Lee, @annlee", "Ann Lee"),
        ("By Ann Lee, Bo Chan and Cy Dee", "Ann Lee, Bo Chan and Cy Dee"),
        ("Photograph by Ann Lee, Coast Creative", None),  # a credit
        ("Most Read Stories", None),
        ("Share this story", None),
        ("Coast Daily 9/21/2016 Ann Lee", None),
    ],
)
def test_byline_of_dated_line(line, names):
    assert byline_of_dated_line(line) == names


@pytest.mark.parametrize(
    "line",
    [
        "À lire aussi :",
        "Lesen Sie auch",
        "Mehr zum Thema: Der Hafen nach dem Streik",
        "Lire aussi | Les dockers reprennent le travail",
        "Das könnte Sie auch interessieren: Ein Jahr im Hafen",
    ],
)
def test_french_and_german_read_also_labels_are_related_links(line):
    """The French and German "Also read" labels, alone (they open a headline list) or over one headline."""
    from newsroom.clean.boilerplate.labels import label_kind

    assert classify_line(line, MIDDLE) == "related_links"
    if ":" not in line.rstrip(" :") and "|" not in line:
        assert label_kind(line) == "related_links"


def test_a_sentence_that_says_read_also_stays():
    assert classify_line("Il faut lire aussi le rapport de la commission sur le port.", MIDDLE) is None
