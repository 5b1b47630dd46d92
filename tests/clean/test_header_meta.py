"""Metadata of copied text from its header zone: the printed publication date, not a caption's or a reader's."""

from datetime import UTC, datetime

from newsroom.clean import clean_text

BODY = (
    "The city council voted on Tuesday to close the old harbour bridge to cars from next spring, ending a "
    "decade of argument over its repair.\n\n"
    "Engineers told the council that the bridge could carry buses and bicycles for another twenty years, "
    "but that the cost of strengthening it for heavy traffic would exceed the price of a new crossing.\n\n"
    "Shop owners near the bridge said they feared losing passing trade, and asked for a delivery lane."
)


def test_date_line_under_the_byline_dates_the_article():
    text = f"Harbour bridge to close to cars\nBy Ann Lee\nMarch 4, 2021 | 7:08pm\n{BODY}"
    article = clean_text(text, whole_page=False)
    assert article.published == datetime(2021, 3, 4, tzinfo=UTC)
    assert article.byline == "Ann Lee"


def test_caption_date_is_not_the_publication_date():
    text = (
        "Harbour bridge to close to cars\n"
        "Cars cross the harbour bridge in the city on June 28, 2015, the year its repairs began in earnest.\n"
        "By Ann Lee\n"
        f"{BODY}"
    )
    assert clean_text(text, whole_page=False).published is None


def test_date_without_year_is_left_alone():
    text = f"Harbour bridge to close to cars\nBy Ann Lee Mar 4\n{BODY}"
    assert clean_text(text, whole_page=False).published is None


def test_dates_in_the_body_do_not_date_the_article():
    text = f"Harbour bridge to close to cars\n{BODY}\n\nThe bridge opened on May 1, 1931, to great crowds."
    assert clean_text(text, whole_page=False).published is None


MENU = "\n".join(["Home", "World", "Business", "Sport", "Culture", "Opinion", "Video", "Newsletters"])
TAIL = "\n".join(["Most read", "Contact us", "Privacy", "Terms of use", "Advertise", "Careers", "Site map"])


def _page(header: str) -> str:
    return f"{MENU}\n{header}\n{BODY}\n{TAIL}"


def test_comment_counter_is_not_the_title():
    page = _page(
        "Harbour bridge to close to cars\nNew, 48 comments\nThe council ends a decade of argument\n"
        "By Ann Lee Mar 4, 2021, 10:00am EST"
    )
    article = clean_text(page)
    assert article.title == "Harbour bridge to close to cars"
    assert article.byline == "Ann Lee"
    assert article.published == datetime(2021, 3, 4, tzinfo=UTC)


def test_section_label_over_a_repeated_headline_is_not_the_title():
    page = _page(
        "Harbour bridge to close to cars\nTransport\nHarbour bridge to close to cars\nMarch 4, 2021\nBy Ann Lee"
    )
    assert clean_text(page).title == "Harbour bridge to close to cars"


def test_short_headline_is_kept():
    page = _page("Bridge Closes\nMarch 4, 2021\nBy Ann Lee")
    assert clean_text(page).title == "Bridge Closes"


def test_byline_from_a_dated_line_the_header_parser_left():
    page = _page("Harbour bridge to close to cars\nAnn Lee - Mar 4, 2021 11:15 am UTC")
    article = clean_text(page)
    assert article.byline == "Ann Lee"
    assert article.published == datetime(2021, 3, 4, tzinfo=UTC)


def test_headline_over_the_byline_when_the_header_parser_gave_up():
    page = _page(
        "Join Today\nHarbour bridge to close to cars\nBy Ann Lee Mar 4, 2021\n48 Comments\nEdit\n"
        "Slot to Home\nSlot to Newsletter\nSlot to Links\n(Photo: Cy Dee, Coast Herald)"
    )
    article = clean_text(page)
    assert article.title == "Harbour bridge to close to cars"
    assert article.byline == "Ann Lee"


def test_hinted_title_is_kept_even_when_short():
    page = _page(
        "Transport\nHarbour bridge to close to cars\nTransport\nHarbour bridge to close to cars\nBy Ann Lee"
    )
    assert clean_text(page, title="Bridge").title == "Bridge"
