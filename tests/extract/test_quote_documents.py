"""Documents as speakers and the spans of reports: a resolution speaks, as written, for whoever introduced it; a
piece "in" an outlet is the outlet's; a hyphenated word is not cut; a parenthetical tag with quoted words of its own
reports those; "in X's words" gives quoted words to X; what a condition makes hypothetical is not said; "according
to X" inside a relative clause vouches for that clause."""

from __future__ import annotations


def _rows(ex, speaker) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, speaker(ex, q), q.speaker_mention) for q in ex.quotes]


def test_a_resolution_speaks_for_the_member_who_introduced_it(extract, speaker):
    """The resolution is the speaker as written, its maker the actor; "it" right after it is the resolution, not
    a country it names; "a resolution to censure X" is an infinitive, not a resolution sent to X."""
    ex = extract(
        "Today, Senator Jane Okafor introduced a resolution to censure the mayor of Springfield for his remarks. "
        "The resolution emphasizes that the mayor's remarks contradict the oath he took. Furthermore, it "
        'underscores the dangers of "false loyalty" to the United States.'
    )
    assert _rows(ex, speaker)[:2] == [
        ("the mayor's remarks contradict the oath he took", "Jane Okafor", "The resolution"),
        ("false loyalty", "Jane Okafor", "The resolution"),
    ]


def test_an_article_in_a_newspaper_is_the_newspapers(extract, speaker):
    ex = extract("Yet the first article in The New York Times concluded that the two rivals had never met.")
    assert _rows(ex, speaker) == [("the two rivals had never met", "The New York Times", "New York Times")]


def test_a_statement_in_a_place_names_no_maker(extract, speaker):
    """Only an outlet's "in" makes a piece its own: a statement in a town or on a day is nobody's by that."""
    ex = extract("A statement on Monday in Berlin said that the talks had failed.")
    assert [q[1] for q in _rows(ex, speaker)] == [None]


def test_a_study_published_in_a_journal_is_not_the_journals(extract, speaker):
    """A journal publishes a study its authors made: only an outlet's own pieces (articles, films) are its words."""
    ex = extract(
        "A 2019 study published in the Westport Journal of Medicine found that 60% of the 300 nurses slept less "
        "than six hours."
    )
    assert [(speaker(ex, q), q.speaker_mention) for q in ex.quotes] == [(None, "A 2019 study")]


def test_a_hyphenated_word_ends_a_report_whole(extract, speaker):
    """The parse may split "re-opened" and hang its parts apart; the report still ends on the whole word."""
    ex = extract(
        "Speaking to reporters, Mayor Tom Baker said that the old bridge had been re-opened on Friday morning "
        "and that the repairs did not amount to a full rebuild."
    )
    assert ex.quotes[0].text.startswith("the old bridge had been re-opened")
    assert "re-" not in ex.quotes[0].text[-4:]


def test_a_parenthetical_tag_with_its_own_quoted_words_reports_only_those(extract, speaker):
    ex = extract(
        'Several hundred farmers joined the march on Sunday (the Gazette says "tens of thousands"), and the '
        "police closed two roads. In between, she testified, she was held for hours."
    )
    assert [q.text for q in ex.quotes] == ["tens of thousands", "she was held for hours"]


def test_in_someones_words_gives_the_quoted_words_to_them(extract, speaker):
    ex = extract(
        "Under the watch of treasurer Maria Lindqvist, the fund kept up its lending and, in Lindqvist's own words "
        'to the board, "set the terms for the whole deal" before the vote.'
    )
    assert [(q.text, speaker(ex, q)) for q in ex.quotes] == [
        ("set the terms for the whole deal", "Maria Lindqvist")
    ]


def test_a_report_a_condition_makes_hypothetical_is_not_said(extract, speaker):
    ex = extract(
        "This is a worrying set of figures, and if the numbers hold, would indicate that the scheme lost money. If "
        "asked, she would say that the plan failed. Tom Baker said that if the talks fail, the union would strike."
    )
    assert [q.text for q in ex.quotes] == ["if the talks fail, the union would strike"]


def test_according_to_inside_a_relative_clause_vouches_for_that_clause(extract, speaker):
    """ "X, who according to police had fled …, was arrested": the police vouch for the relative clause, not for
    the arrest the sentence reports."""
    ex = extract(
        "The suspect, who according to police had fled the scene in a stolen car, was arrested on Monday. "
        "According to police, the suspect fled the scene."
    )
    assert [q.text for q in ex.quotes] == ["had fled the scene in a stolen car", "the suspect fled the scene"]


def test_a_commentary_on_an_outlets_web_site_is_the_outlets(extract, speaker):
    """ "A commentary on the X web site claims …": the outlet whose medium the piece came out on speaks; "a
    commentary on X" with no word for a medium is what the piece is about, so it names no maker."""
    ex = extract(
        "An unusual commentary on the Voice of Norway web site, which has since been removed, "
        "claims that the president's policies have had grave consequences for the region. "
        "A commentary on the Harlan Group argues that the firm has grown too fast."
    )
    assert [(q.text, speaker(ex, q)) for q in ex.quotes] == [
        ("the president's policies have had grave consequences for the region", "Voice of Norway"),
        ("the firm has grown too fast", None),
    ]
