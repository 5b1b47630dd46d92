"""Page furniture at the edges of an extracted article (the saved-page route), on text written here."""

from __future__ import annotations

from newsroom.clean import clean_text

TITLE = "Ferry service resumes after winter repairs"
STORY = [
    "The island ferry returned to service on Monday after four months of repairs to its hull and engines.",
    "The harbour commission said the work cost more than expected because of rust found below the waterline.",
    "Passengers queued from early morning, and the first crossing left the mainland pier ten minutes late.",
]


def _clean(lines: list[str]):
    """Trafilatura's text of a saved page goes through the cleaner without the whole-page search."""
    return clean_text("\n\n".join(lines), title=TITLE, whole_page=False)


def _reasons(cleaned) -> dict[str, str]:
    return {r.text: r.reason for r in cleaned.removed}


def test_disclosures_promos_and_comment_prompts_at_the_edges_go_with_their_reasons():
    first = (
        "Picks are chosen by our editors. We may earn a commission when you buy through links on this page."
    )
    last = [
        "Want more stories like this one? Sign up for our free morning newsletter and get them in your inbox.",
        "You must choose a public display name before commenting.",
        "Please sign out and then sign in again, and you will be asked for your display name.",
    ]
    cleaned = _clean([first, *STORY, *last])
    assert cleaned.paragraphs == STORY
    reasons = _reasons(cleaned)
    assert reasons[first] == "affiliate_disclosure"
    assert reasons[last[0]] == "newsletter"
    assert reasons[last[1]] == reasons[last[2]] == "comment_policy"


def test_author_bios_at_the_top_or_bottom_and_a_republishing_note_go():
    top = "Dana Whitfield is a senior transport reporter and writer of the weekly commuting newsletter."
    bottom = [
        "Omar Reyes is an associate professor of marine engineering at the Northern Polytechnic.",
        "is a visiting lecturer at the Northern Polytechnic.",
        "First published in The Harbour Review.",
    ]
    cleaned = _clean([top, *STORY, *bottom])
    assert cleaned.paragraphs == STORY
    reasons = _reasons(cleaned)
    assert reasons[top] == reasons[bottom[0]] == reasons[bottom[1]] == "author_bio"
    assert reasons[bottom[2]] == "wire_credit"


def test_a_lead_about_a_body_that_reports_or_about_our_journalists_stays():
    for lead in (
        "Harbour Watch reports on the ferry's safety record every year, and its latest report is due in May.",
        "Our journalists spent a week on the island ferry, and you can read what they found below.",
    ):
        assert _clean([lead, *STORY]).paragraphs == [lead, *STORY]


def test_the_same_words_inside_the_article_or_in_a_source_are_news():
    middle = [
        "The commission said the links between the two piers would be inspected again in the autumn.",
        "Residents who sign up for the island's text alerts will be told of cancellations, the council said.",
    ]
    last = "Ana Brook is a professor of coastal engineering who was not involved in the repairs, she said."
    lines = [STORY[0], *middle, *STORY[1:], last]
    assert _clean(lines).paragraphs == lines


def test_credit_lines_programme_metadata_and_inline_teasers_go_anywhere():
    lines = [
        STORY[0],
        "Source: Morning Report | Duration: 4min 2sec",
        STORY[1],
        "(MORE: Ten photos of the island in the snow)",
        "Advertisement 3Story continues below",
        STORY[2],
        "Image via screen capture.",
    ]
    cleaned = _clean(lines)
    assert cleaned.paragraphs == STORY
    assert set(_reasons(cleaned).values()) == {"widget", "related_links", "advert", "photo_caption"}


def test_removing_a_closing_promo_leaves_the_list_and_the_signed_paragraph_above_it():
    listed = [
        "The operator published the number of crossings in each of the first two months of this year:",
        "January crossings: 40 (fewest since 2019)",
        "February crossings: 52 (second fewest)",
    ]
    cleaned = _clean([*STORY, *listed, "Get the latest updates on island services and timetables."])
    assert cleaned.paragraphs == [*STORY, *listed]
    signed = STORY[2] + " HR"
    cleaned = _clean([*STORY[:2], signed, "First published in The Harbour Review."])
    assert cleaned.paragraphs == [*STORY[:2], signed]


def test_closing_prompts_to_write_in_comment_share_or_follow_go_but_not_a_quoted_appeal():
    """At the end the reader is asked to get in touch, comment, share or follow, or sent to more of the
    site; the same words in a quoted appeal (or inside the article) are news."""
    last = [
        "Got a tip? Get in touch with our desk by emailing us at tips@example.org.",
        "For more stories like this, check our local news page.",
        "Have something to say about this piece? Share it with us on our social channels.",
        "Join the Harbour Notes team on Facebook and follow updates on our feed.",
        'House rules: please keep your comments civil and use the "Flag" button for abuse.',
    ]
    cleaned = _clean([*STORY, *last])
    assert cleaned.paragraphs == STORY
    assert {_reasons(cleaned)[line] for line in last[1:]} == {"reader_prompt"}
    for appeal in (
        "“If you saw the crash, please get in touch with us,” the harbour police said.",
        "The harbour police urged anyone who saw the crash to get in touch with us at the station.",
    ):
        assert _clean([*STORY, appeal]).paragraphs == [*STORY, appeal]
    middle = "Residents who want to comment can contact us, the commission wrote in its notice to islanders."
    assert _clean([STORY[0], middle, *STORY[1:]]).paragraphs == [STORY[0], middle, *STORY[1:]]
