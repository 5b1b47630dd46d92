"""Quotations set out under a label ('Acme CEO Jane Roe: "…"', a header line over the quotation's paragraph): the
label names the speaker, and a label naming no one ends the speaker carried on from an earlier quotation."""

from __future__ import annotations


def _speakers(ex, speaker) -> list[tuple[str, str | None]]:
    return [(q.text[:20], speaker(ex, q)) for q in ex.quotes]


def test_each_label_names_the_speaker_of_its_quotation(extract, speaker):
    ex = extract(
        "The companies praised the deal:\n\n"
        "Acme CEO Jane Roe: “We appreciate the deal and the work behind it.”\n\n"
        "Globex Chairman Tom Baker: “This agreement will create thousands of jobs.”\n\n"
        "Massachusetts Senator Elizabeth Warren: “This is a win for workers.”\n\n"
        "Airlines for America: “We commend the House for passing the bill.”\n\n"
        "Korea Veterans of America: “We back the bill.”"
    )
    assert _speakers(ex, speaker) == [
        ("We appreciate the de", "Jane Roe"),
        ("This agreement will ", "Tom Baker"),
        ("This is a win for wo", "Elizabeth Warren"),  # the person, not the state before the title
        ("We commend the House", None),  # no actor named outside "for America": no one, not Tom Baker
        ("We back the bill.", "Korea Veterans of America"),  # the body, not the country in its name
    ]


def test_a_header_line_names_the_speaker_of_the_paragraphs_under_it(extract, speaker):
    ex = extract(
        "Senator John Smith praised the plan on Monday.\n\n"
        "Sen. Jane Roe on Fox News:\n\n"
        "“We will not back down from this fight.”\n\n"
        "“Nobody should.”"
    )
    assert _speakers(ex, speaker) == [("We will not back dow", "Jane Roe"), ("Nobody should.", "Jane Roe")]


def test_a_section_heading_ends_the_carried_speaker(extract, speaker):
    ex = extract(
        "Senator John Smith praised the plan on Monday. “This is good for farmers,” he said.\n\n"
        "KEY POINTS:\n\n"
        "“The plan cuts taxes for everyone.”"
    )
    assert _speakers(ex, speaker) == [("This is good for far", "John Smith"), ("The plan cuts taxes ", None)]


def test_a_topic_heading_inside_remarks_keeps_the_speaker(extract, speaker):
    ex = extract(
        "Senator John Smith spoke to reporters on Monday. “This is good for farmers,” he said.\n\n"
        "On taxes: “We will cut them for everyone.”\n\n"
        "On Medicaid: “We will protect it.”\n\n"
        "On Iran: “They will never have a nuclear weapon.”"
    )
    assert _speakers(ex, speaker) == [
        ("This is good for far", "John Smith"),
        ("We will cut them for", "John Smith"),
        ("We will protect it.", "John Smith"),
        ("They will never have", "John Smith"),
    ]


def test_a_dash_line_after_the_quotation_signs_it(extract, speaker):
    ex = extract(
        "Senator John Smith praised the plan on Monday. “This is good for farmers,” he said.\n\n"
        "“We will fight for it.” — Rep. Tom Baker\n\n"
        "“Today, the President secured the release of an American detained abroad.”\n\n"
        "– National Security Adviser Jane Roe"
    )
    assert _speakers(ex, speaker) == [
        ("This is good for far", "John Smith"),
        ("We will fight for it", "Tom Baker"),
        ("Today, the President", "Jane Roe"),
    ]


def test_a_heading_in_capitals_names_no_one_whatever_its_words(extract, speaker):
    ex = extract(
        "Senator John Smith praised the plan on Monday. “This is good for farmers,” he said. "
        "PROMISES MADE: “We will build it.”"
    )
    assert [(q.text[:20], speaker(ex, q), q.speaker_mention) for q in ex.quotes] == [
        ("This is good for far", "John Smith", "John Smith"),
        ("We will build it.", None, None),
    ]


def test_a_label_ending_in_a_bracket_before_its_colon_names_the_speaker(extract, speaker):
    ex = extract(
        "The agency has kept its aims the same since the start.\n\n"
        "- Governor Alice Hartley (March 4): “Our aims are simple. We will build the bridges.”\n"
        "- Transport Secretary Tom Brenner (March 5): “The work is on schedule.”\n"
        "- Rep. Jane Cole (R-Ohio): “We are proud of the crews.”"
    )
    assert _speakers(ex, speaker) == [
        ("Our aims are simple.", "Alice Hartley"),
        ("The work is on sched", "Tom Brenner"),  # not the speaker of the bullet before
        ("We are proud of the ", "Jane Cole"),
    ]
