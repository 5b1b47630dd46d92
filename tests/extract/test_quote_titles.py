"""A speaker called by a title ("the sheriff said") is the person the article titled with that noun before, unless
someone untitled was named since in the paragraph; a relation ("his son") titles no one."""

from __future__ import annotations


def _quotes(ex, speaker) -> list[tuple[str, str | None]]:
    return [(q.text, speaker(ex, q)) for q in ex.quotes]


def test_a_title_noun_names_the_person_titled_with_it_before(extract, speaker):
    ex = extract(
        "Sheriff Kyle Moran defended the deployment of deputies at the bridge on Sunday.\n\n"
        '"We had no choice but to act," the sheriff said.'
    )
    assert _quotes(ex, speaker) == [("We had no choice but to act,", "Kyle Moran")]


def test_a_title_in_apposition_names_the_person(extract, speaker):
    ex = extract("Mark Diaz, the mayor, opened the new bridge. Later the mayor said it had cost too much.")
    assert _quotes(ex, speaker) == [("it had cost too much", "Mark Diaz")]


def test_someone_untitled_named_since_in_the_paragraph_may_be_the_one_meant(extract, speaker):
    ex = extract(
        "Coach Jim Bell won three titles with the club.\n\n"
        'The new plan was drawn up by Bill Parcells, who insisted on it. "Half of this is clutter," the coach said.'
    )
    assert speaker(ex, ex.quotes[-1]) is None
