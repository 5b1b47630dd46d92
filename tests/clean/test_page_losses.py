"""Whole copied pages: losses found on the second real-pages split (evaldata/realpages, dev2), one test a class."""

from __future__ import annotations

from newsroom.clean import clean_text
from tests.page_texts import DOCK_STRIKE

MENU = ["Home", "World", "Politics", "Business", "Tech", "Science", "Opinion", "Sport", "Video", "Podcasts"]
BODY = DOCK_STRIKE
FOOTER = ["About us", "Contact", "Privacy policy", "Terms of use", "Careers"]


def _page(*parts: list[str]) -> str:
    return "\n".join(line for part in parts for line in part)


def test_a_head_too_long_to_split_is_not_kept_as_body():
    """Headline, standfirst, an unknown byline form, a share bar and a section label above the article."""
    head = [
        "Harbour workers end strike after pay deal",
        "Nine days that stopped the port",
        "By Ana Lima for the Coast Desk on Tuesday afternoon",
        "Share on Facebook (opens in a new window) Share on Twitter (opens in a new window) Share by email",
        "> Business",
    ]
    cleaned = clean_text(_page(MENU, head, BODY, FOOTER))
    assert cleaned.paragraphs == BODY
    reasons = {r.text: r.reason for r in cleaned.removed}
    assert reasons[head[3]] == "page_head"


def test_a_short_text_with_an_unsplittable_head_keeps_it():
    """Not a whole page (nothing around the article was removed): the parser still keeps what it cannot place."""
    head = ["Harbour notes", "Tuesday edition", "From the quay", "Weather and tides", "Shipping"]
    cleaned = clean_text(_page(head, BODY[:2]))
    assert cleaned.paragraphs[-2:] == BODY[:2]
    assert len(cleaned.paragraphs) > 2


def test_a_credit_printed_under_every_picture_is_dropped():
    """The same short credit (or embed placeholder) twice or more inside the article is not a paragraph."""
    body = []
    for paragraph in BODY:
        body += [paragraph, "Courtesy of Harbour Archive"]
    cleaned = clean_text(_page(MENU, ["Harbour workers end strike after pay deal"], body, FOOTER))
    assert cleaned.paragraphs == BODY
    reasons = [r.reason for r in cleaned.removed if r.text == "Courtesy of Harbour Archive"]
    assert len(reasons) == len(BODY)
    assert reasons[:-1] == ["repeated_line"] * (len(BODY) - 1)  # the last one is below the article


def test_a_short_sentence_said_twice_is_kept():
    """Repetition alone does not make a line boilerplate: sentences stay, only short non-sentences go."""
    body = [BODY[0], "They said no.", BODY[1], "They said no.", BODY[2], BODY[3]]
    cleaned = clean_text(_page(MENU, ["Harbour workers end strike after pay deal"], body, FOOTER))
    assert cleaned.paragraphs.count("They said no.") == 2


def test_byline_forms_with_date_or_reading_time_or_a_lost_space():
    from newsroom.clean.boilerplate import classify_at, parse_byline

    assert parse_byline("By Ana Lima on March 3, 2025") == "Ana Lima"
    assert parse_byline("By Ana Lima on 3 March 2025") == "Ana Lima"
    assert parse_byline("By Ana Lima 5 minute Read") == "Ana Lima"
    assert parse_byline("ByAna Lima") == "Ana Lima"
    assert parse_byline("Byron Bay") is None
    assert classify_at("• 8 min read", 3, 5, 30) == "reading_time"


def test_a_headline_and_standfirst_that_read_as_sentences_stop_at_the_byline():
    """A headline ending in "!" and a standfirst ending in a period, then date and byline: not body."""
    head = [
        "Harbour",
        "Take a tour of the harbour master's old house on the quay, it is finally for sale!",
        "The house where the harbour master lived for forty years is on the market. Get a look inside.",
        "Mar. 3, 2025, 3:36 PM UTC",
        "By Ana Lima",
    ]
    cleaned = clean_text(_page(MENU, head, BODY, FOOTER))
    assert cleaned.paragraphs == BODY
    assert cleaned.title == head[1]
    assert cleaned.subtitle == head[2]
    assert cleaned.byline == "Ana Lima"


def test_teaser_headlines_between_the_header_and_the_article_are_not_body():
    """Lines kept above the article for the header parser, that it does not take, are the page's head."""
    head = [
        "Harbour workers end strike after pay deal",
        "Ice cream sellers return to the pier for the summer, and the queues are back!",
        "Ferry timetable changes for the spring season",
        "New lighthouse keeper starts work next month",
        "Harbour cat adopted by the coast guard crew",
        "EXCLUSIVE",
        "March 3, 2025 11:00 AM",
    ]
    cleaned = clean_text(_page(MENU, head, BODY, FOOTER))
    assert cleaned.paragraphs == BODY
    assert {r.text: r.reason for r in cleaned.removed}[head[2]] == "page_head"


def test_an_opening_paragraph_cut_off_by_a_video_widget_stays():
    widget = [
        "Watch",
        "Harbour video of the week",
        "00:50",
        "Now playing",
        "Gulls at dawn",
        "01:40",
        "Now playing",
    ]
    widget += ["Tide tables explained", "Yesterday 1:14PM"]
    cleaned = clean_text(
        _page(MENU, ["Harbour workers end strike after pay deal"], BODY[:1], widget, BODY[1:], FOOTER)
    )
    assert cleaned.paragraphs == BODY


def test_a_long_line_ending_in_a_colon_is_prose():
    from newsroom.clean.boilerplate import is_prose

    assert is_prose(
        "After the vote, the union issued a statement to the press that said it would accept the offer:"
    )
    assert not is_prose("Related stories:")


TEASERS = [
    "Read This Next",
    "Ferry Timetable Changes For The Spring Season",
    "New Lighthouse Keeper Starts Work Next Month",
    "Harbour Cat Adopted By The Coast Guard Crew",
]


def test_a_box_of_headlines_inside_the_article_is_dropped():
    cleaned = clean_text(
        _page(MENU, ["Harbour workers end strike after pay deal"], BODY[:2], TEASERS, BODY[2:], FOOTER)
    )
    assert cleaned.paragraphs == BODY
    assert {r.text: r.reason for r in cleaned.removed}[TEASERS[2]] == "related_links"


def test_lists_wrapped_lines_and_embedded_posts_inside_the_article_stay():
    listed = [
        BODY[0],
        "The union asked for three things:",
        "A pay rise",
        "Night-shift bonuses",
        "A review committee",
    ]
    wrapped = [
        "The port authority said it expected normal",
        "traffic by the weekend and the first grain",
        "ship left",
    ]
    post = [
        "Back to work at last https://t.co/abc",
        "— Harbour Union (@harbourunion) March 3, 2025",
        "Ships Are Moving",
    ]
    for middle in (listed[1:], wrapped, post):
        cleaned = clean_text(
            _page(MENU, ["Harbour workers end strike after pay deal"], BODY[:2], middle, BODY[2:])
        )
        assert all(line in cleaned.paragraphs for line in middle), middle


def test_the_authors_box_at_the_end_is_not_body():
    bio = "Ana Lima is a reporter who has covered the coast for ten years. She lives in the old town."
    head = ["Harbour workers end strike after pay deal", "By Ana Lima"]
    cleaned = clean_text(_page(MENU, head, BODY, [bio], FOOTER))
    assert cleaned.byline == "Ana Lima"
    assert cleaned.paragraphs == BODY
    assert {r.text: r.reason for r in cleaned.removed}[bio] == "author_bio"
    # Without a byline in the header: the bare name over the bio marks it.
    cleaned = clean_text(_page(MENU, head[:1], BODY, ["Ana Lima", bio], FOOTER))
    assert cleaned.paragraphs == BODY


def test_a_caption_ending_in_its_photo_credit_is_dropped():
    caption = "Dock workers leave the port gates on Tuesday morning. (Ana Lima / Harbour Times)"
    cleaned = clean_text(
        _page(MENU, ["Harbour workers end strike after pay deal"], BODY[:2], [caption], BODY[2:])
    )
    assert cleaned.paragraphs == BODY
    assert {r.text: r.reason for r in cleaned.removed}[caption] == "photo_caption"
    aside = "The union said the offer was fair (and/or overdue), the employers said nothing."
    kept = clean_text(_page(MENU, ["Harbour workers end strike after pay deal"], BODY[:2], [aside], BODY[2:]))
    assert aside in kept.paragraphs
