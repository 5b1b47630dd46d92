"""Real-page losses of the third round (evaldata/realpages, all splits), one test a class, on text written here."""

from __future__ import annotations

from newsroom.readers.html import _drop_comment_threads, _parse, read_html
from tests.page_texts import DOCK_STRIKE

BODY = DOCK_STRIKE[:3]
COMMENTS = [
    "I worked on those docks for twenty years and the night shifts were always the hardest part of the job.",
    "Six percent is not enough when rents in the harbour district have gone up by a third since last spring.",
    "Good to see the grain moving again, the farmers upriver were getting worried about their contracts.",
    "The committee will talk for a year and nothing will change, that is what happened the last time too.",
]


def test_a_thread_of_readers_comments_is_cut_from_a_saved_page_before_extraction():
    """A list of items each marked "comment" in its class goes; an article with a few such boxes does not."""
    items = "".join(f'<li class="forum-comment"><div class="text">{c}</div></li>' for c in COMMENTS)
    page = (
        "<html><body><div class='page comment-count-4'><h1>Harbour workers end strike after pay deal</h1>"
        + "".join(f"<p>{p}</p>" for p in BODY)
        + "".join(f'<div class="comment-tool">{b}</div>' for b in ("Share", "Print", "Save"))
        + '<div class="top-comment">A single highlighted comment box.</div>'
        + f'<div class="forum-comments-widget"><ul class="forum-comments-list">{items}</ul></div>'
        "</div></body></html>"
    )
    tree = _parse(page)
    _drop_comment_threads(tree)
    left = tree.text_content()
    assert all(p in left for p in BODY) and "highlighted comment box" in left
    assert not any(c in left for c in COMMENTS)
    text, _ = read_html(page)
    assert all(p in text for p in BODY) and not any(c in text for c in COMMENTS)


def test_a_long_readers_post_does_not_beat_a_one_paragraph_article():
    """A teaser page: one paragraph, "Read More", a list of other stories, then "username: <long post>"."""
    from newsroom.clean import clean_text

    article = " ".join(BODY)
    teasers = [f"Other story number {n} about the harbour" if n % 2 else "Coast News" for n in range(12)]
    post = "marina_k: " + " ".join(COMMENTS) + " " + " ".join(COMMENTS[:2])
    page = "\n".join(
        [
            "Home",
            "Mail",
            "News",
            "Sports",
            "Finance",
            "Harbour workers end strike after pay deal",
            "Coast News",
        ]
        + [article, "Read More", "What to Read Next"]
        + teasers
        + [post, "Join the Conversation", "Help", "Privacy", "Terms"]
    )
    cleaned = clean_text(page)
    assert cleaned.paragraphs == [article]
    assert {r.reason for r in cleaned.removed if r.text == post} == {"comment_thread"}


MENU = ["Home", "World", "Politics", "Business", "Tech", "Science", "Opinion", "Sport", "Video", "Podcasts"]
FOOTER = ["About us", "Contact", "Privacy policy", "Terms of use", "Careers"]
CAPTION = (
    "Grain ships wait outside the harbour on the ninth day of the strike, on Monday. The port handles most of "
    "the region's grain exports, and the stoppage left more than forty vessels at anchor in the bay while the "
    "talks went on in the city hall, where union leaders and the employers met for eleven hours before they "
    "reached an agreement late on Monday night, the port authority said in a statement."
)


def test_a_long_caption_between_the_standfirst_and_the_byline_is_not_body():
    """Headline, standfirst, a photo caption of 60+ words, a date, "By ...": all header, none of it body."""
    from newsroom.clean import clean_text

    head = [
        "Harbour workers end strike after pay deal",
        "It has been a hard month for the port.",
        CAPTION,
        "Link copied",
        "Dec. 13, 2016, 12:31 PM UTC",
        "By Ana Lima",
    ]
    cleaned = clean_text("\n".join(MENU + head + BODY + FOOTER))
    assert cleaned.paragraphs == BODY
    assert (cleaned.title, cleaned.subtitle, cleaned.byline) == (head[0], head[1], "Ana Lima")
    assert {r.reason for r in cleaned.removed if r.text == CAPTION} == {"photo_caption"}


def test_a_read_this_next_box_after_a_short_article_is_cut():
    """ "Read This Next", then section names and other stories' summaries, after a three-paragraph article."""
    from newsroom.clean import clean_text

    box = ["Read This Next", "Science"] + [
        "Changes in the weather and the overuse of fertiliser have driven a rise in algae in the bay, a study finds.",
        "Animals",
        "Seals have returned to the harbour mouth for the first time in a decade, and divers want them protected.",
    ]
    cleaned = clean_text(
        "\n".join(MENU + ["Harbour workers end strike after pay deal", "By Ana Lima"] + BODY + box + FOOTER)
    )
    assert cleaned.paragraphs == BODY


def test_a_disclaimer_below_the_footers_link_list_is_not_body():
    """One long sentence after a dozen link lines at the page's end: the article does not go on across them."""
    from newsroom.clean import clean_text

    links = [f"Find a financial adviser in your area number {n}" for n in range(8)] + FOOTER
    disclaimer = (
        "Most market data is provided by our data partners and is shown in real time, except for the indices, "
        "which are delayed by two minutes, and all times are Eastern; the data is given for information only, "
        "not for trading purposes or advice, and the site and its partners are not liable for any errors, "
        "delays or actions taken in reliance on it, which readers should check with their own brokers first. "
        "Fund data and mutual fund ratings are provided by a third party, which is not responsible for them, "
        "and the site does not endorse any of the products or the firms that are named in these pages."
    )
    head = ["Harbour workers end strike after pay deal", "By Ana Lima"]
    cleaned = clean_text("\n".join(MENU + head + BODY + links + [disclaimer, "© 2021 Coast News"]))
    assert cleaned.paragraphs == BODY


def test_a_caption_over_a_credit_in_brackets_and_a_more_news_box_are_not_body():
    """ "(Jane Doe/Agency)" alone on a line takes the caption above it; "More Coast news" opens a teaser box."""
    from newsroom.clean import clean_text

    photo = [
        "harbour strike.jpg",
        "Grain ships wait outside the harbour on Monday.",
        "(Ana Lima/alima@coast.example)",
    ]
    tail = [
        "More Coast news",
        "Note to readers: if you buy something through one of our links we may earn a commission.",
        "Registration on or use of this site constitutes acceptance of our User Agreement and Privacy Policy.",
    ]
    head = ["Harbour workers end strike after pay deal", "By Ana Lima"]
    cleaned = clean_text("\n".join(MENU + head + photo + BODY + tail + FOOTER))
    assert cleaned.paragraphs == BODY
    transcript = [BODY[0], "(Applause.)", BODY[1], "(Laughter)", BODY[2]]
    assert clean_text("\n".join(MENU + head + transcript + FOOTER)).paragraphs == transcript


def test_a_list_the_article_introduces_stays_and_a_tag_line_closes_the_article():
    """ "Members of the panel:" then "State: Name, Name, ..." lines are body; "In this article: a, b, c, ..." is not."""
    from newsroom.clean import clean_text

    names = [
        f"{first} {last}" for first in ("Ana", "Rui", "Joana", "Pedro") for last in ("Lima", "Costa", "Melo")
    ]
    panel = ["These are the members of the harbour panel, not all of whom took part in this survey:"] + [
        f"{region}: " + ", ".join(names) for region in ("Coast", "Valley", "Islands")
    ]
    head = ["Harbour workers end strike after pay deal", "By Ana Lima"]
    assert clean_text("\n".join(MENU + head + BODY + panel + FOOTER)).paragraphs == BODY + panel
    tags = "In this article: harbour, strike, grain ships, unions, pay deal, port authority, Coast"
    disclaimer = (
        "All products recommended by Coast News are selected by our editors, independent of our owners."
    )
    assert clean_text("\n".join(MENU + head + BODY + [tags, disclaimer] + FOOTER)).paragraphs == BODY


def test_a_further_reading_box_inside_the_article_does_not_end_it():
    """ "Further Reading" over one headline, then two more paragraphs: the box goes, the paragraphs stay."""
    from newsroom.clean import clean_text

    more = [
        "The port authority said the backlog of grain ships would be cleared by the end of next week, "
        "and that no further delays were expected at the container terminal.",
        "Shipping companies said they would claim compensation for the nine days their vessels spent at anchor, "
        "but the union said the workers would not pay for the employers' losses.",
    ]
    earlier = [
        "Talks had broken down twice before, when the employers refused to discuss the night-shift bonuses "
        "that the union had put at the centre of its demands since the spring.",
        "The mayor, who had offered the city hall for the last round of talks, said the agreement showed that "
        "both sides had been willing to give ground when the harvest was at stake.",
    ]
    box = ["Further Reading", "Dock strike: what the nine days cost the harbour"]
    head = ["Harbour workers end strike after pay deal", "By Ana Lima"]
    page = MENU + head + BODY + earlier + box + more + ["Page: 1 2 3 Next"] + FOOTER
    cleaned = clean_text("\n".join(page))
    assert cleaned.paragraphs == BODY + earlier + more


def test_a_section_tagline_kicker_and_standfirst_above_the_byline_are_not_body():
    """Three header lines that read as sentences or labels, then "By ...": the byline marks all three."""
    from newsroom.clean import clean_text

    head = [
        "Who's working, who's striking, and why.",
        "Broken Deal",
        "The harbour's workers were promised a fair share of the grain boom, and the promise has been kept.",
        "By Ana Lima",
    ]
    cleaned = clean_text("\n".join(MENU + head + BODY + FOOTER))
    assert cleaned.paragraphs == BODY
    assert (cleaned.title, cleaned.subtitle, cleaned.byline) == (head[1], head[2], "Ana Lima")


def test_a_trending_box_of_several_headlines_above_an_embedded_post_goes():
    """ "Trending Stories" over three headlines, then an embedded post and more paragraphs: the label
    and all three headlines go, the post and the paragraphs stay."""
    from newsroom.clean import clean_text

    earlier = [
        "Talks had broken down twice before, when the employers refused to discuss the night-shift bonuses "
        "that the union had put at the centre of its demands since the spring.",
        "The mayor, who had offered the city hall for the last round of talks, said the agreement showed that "
        "both sides had been willing to give ground when the harvest was at stake.",
    ]
    box = [
        "Trending Stories",
        "Lighthouse Keeper Retires After Forty Winters On The Cape",
        "Ferry Timetable Changes For The Island Route",
        "River Pilots Warn Of Low Water Upstream",
    ]
    post = [
        "Grain is moving again at the harbour this morning https://t.co/abc",
        "— Port News (@portnews) May 3, 2024",
    ]
    more = [
        "Shipping companies said they would claim compensation for the nine days their vessels spent at anchor, "
        "but the union said the workers would not pay for the employers' losses.",
        "The port authority said the backlog of grain ships would be cleared by the end of next week, "
        "and that no further delays were expected at the container terminal.",
    ]
    head = ["Harbour workers end strike after pay deal", "By Ana Lima"]
    page = MENU + head + BODY + earlier + box + post + more + ["Page: 1 2 3 Next"] + FOOTER
    cleaned = clean_text("\n".join(page))
    assert cleaned.paragraphs == BODY + earlier + post + more
