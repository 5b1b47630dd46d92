import pytest

from newsroom.clean.boilerplate import LineContext, classify_line, is_prose, parse_byline

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
        ("This website uses cookies to improve your experience. We'll assume you're ok with this. Accept", "cookie_banner"),
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
        ("Jane Doe | Reuters", "Jane Doe | Reuters"),
        ("By the numbers: inflation", None),
        ("By noon we had reached the plateau.", None),
    ],
)
def test_parse_byline(line, byline):
    assert parse_byline(line) == byline
