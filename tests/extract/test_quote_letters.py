"""The first person of a letter a release reproduces is the letter's sender."""

from __future__ import annotations


def test_i_in_a_reproduced_letter_is_its_sender(extract, speaker):
    """After 'Dear Secretary X,' the narration's "I urge" is said by whoever the text had speak before the letter."""
    ex = extract(
        "Senator Maria Delgado sent a letter to the Secretary of Energy on Monday. Delgado wrote that the plant "
        "must stay open.\n\nDear Secretary Brown,\n\nI urge you to keep the plant in Tuscon open.\n\nSincerely,\n"
        "Maria Delgado"
    )
    urged = [q for q in ex.quotes if "you to keep" in q.text]
    assert [speaker(ex, q) for q in urged] == ["Maria Delgado"]


def test_i_outside_a_letter_stays_unresolved(extract, speaker):
    ex = extract("Senator Maria Delgado said the plant must stay open.\n\nI urge you to keep the plant open.")
    urged = [q for q in ex.quotes if "keep the plant" in q.text]
    assert [speaker(ex, q) for q in urged] == [None]


def test_the_addressee_of_a_letter_is_not_its_sender(extract, speaker):
    ex = extract(
        "Secretary Tom Brown said the plant would close.\n\nDear Secretary Brown,\n\nWe urge you to keep the plant "
        "open."
    )
    urged = [q for q in ex.quotes if "keep the plant" in q.text]
    assert [speaker(ex, q) for q in urged] == [None]


def test_you_in_a_reproduced_letter_is_its_one_addressee(extract, speaker):
    """'You told the committee that B' after 'Dear Secretary X,': the letter's "you" is the one it addresses; a
    salutation naming two leaves "you" unresolved, and its report is dropped as before."""
    letter = (
        "Senator Maria Delgado wrote to the Secretary of Energy on Monday.\n\n{}\n\nIn March you told the "
        "committee that the plant in Tuscon would stay open.\n\nSincerely,\nMaria Delgado"
    )
    ex = extract(letter.format("Dear Secretary Tom Brown,"))
    told = [q for q in ex.quotes if "would stay open" in q.text]
    assert [speaker(ex, q) for q in told] == ["Tom Brown"]
    ex = extract(letter.format("Dear Secretary Tom Brown and Director Ana Ruiz,"))
    assert [speaker(ex, q) for q in ex.quotes if "would stay open" in q.text] == []
