"""A quotation interrupted by its attribution: the verb between its two parts says who speaks both, even a verb
the reporting lexicon leaves out ("continued", "went on"); each part stays a direct quote of its own."""

from __future__ import annotations


def _quotes(ex, speaker) -> list[tuple[str, str, str | None]]:
    return [(q.text, q.quote_kind, speaker(ex, q)) for q in ex.quotes]


def test_a_verb_between_two_parts_of_a_quotation_is_its_cue(extract, speaker):
    ex = extract(
        "Senator Mary Holt spoke on Tuesday. “This agreement must be kept,” Holt continued, “which is why we have "
        "filed the bill.”"
    )
    assert _quotes(ex, speaker) == [
        ("This agreement must be kept,", "direct", "Mary Holt"),
        ("which is why we have filed the bill.", "direct", "Mary Holt"),
    ]
    assert ex.quotes[0].cue == "continued"


def test_a_speaker_after_the_verb_and_a_particle(extract, speaker):
    ex = extract(
        'Dr. Peter Moss leads the survey. "Overall," he went on, "the numbers are better than last year."'
    )
    assert [(q.text, q.quote_kind, q.cue) for q in ex.quotes] == [
        ("Overall,", "direct", "went on"),
        ("the numbers are better than last year.", "direct", "went on"),
    ]


def test_a_whole_quoted_sentence_before_the_verb_is_no_interruption(extract):
    """Only a comma closing the first part makes the two one quotation; after a full stop the verb keeps its
    ordinary sense (and "continue" is no reporting verb)."""
    ex = extract("“We will appeal.” Holt continued, “The ruling is wrong.”")
    assert all(q.cue != "continued" for q in ex.quotes)
