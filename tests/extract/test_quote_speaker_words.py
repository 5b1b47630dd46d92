"""A speaker is someone who could speak: a quantity or a pointing pronoun leaves the speaker empty (the report
stays), while pronouns whose own words describe people, and relative pronouns, name who they stand for."""

from __future__ import annotations


def _speakers(ex) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_mention) for q in ex.quotes]


def test_a_quantity_is_no_speaker(extract):
    ex = extract(
        "A survey of farmers found that most want the subsidy kept, and roughly the same percentage also say "
        "they would vote against any cut."
    )
    assert ("they would vote against any cut", None) in _speakers(ex)


def test_a_pronoun_described_by_its_own_clause_speaks(extract):
    ex = extract("Those who oppose the new toll said it would hurt small businesses.")
    assert _speakers(ex) == [("it would hurt small businesses", "Those")]


def test_a_relative_pronoun_speaks_for_the_noun_its_clause_hangs_on(extract):
    ex = extract(
        "The council heard from a farmer who grows wheat near the river and who argued that the dam would "
        "flood his fields."
    )
    assert [m for _, m in _speakers(ex)] == ["a farmer"]


def test_i_of_the_text_itself_is_whoever_it_quotes(extract, speaker):
    ex = extract(
        'Senator Maria Lopez spoke at the rally in Dayton. "We have work to do," Lopez said. '
        'To every family here, I say, "Stay and build."'
    )
    assert [(q.text, speaker(ex, q)) for q in ex.quotes][-1] == ("Stay and build.", "Maria Lopez")


def test_an_article_left_alone_by_a_dropped_word_is_no_speaker(extract):
    ex = extract("The ministry met on Monday. The said that the talks had failed.")
    assert _speakers(ex) == [("the talks had failed", None)]


def test_the_second_person_quotes_no_one(extract):
    """Advice ("you can say ...") and an interviewer's "you have called it ..." give examples or the writer's
    words, not a statement of someone the text names."""
    ex = extract(
        'When a colleague praises your work, you can say, "Thank you, that means a lot." '
        "You have called the first season a hard lesson. The minister said the budget would pass."
    )
    assert _speakers(ex) == [("the budget would pass", "The minister")]


def test_an_extraposed_it_says_nothing(extract):
    """ "It's hard to say that ...", "it goes without saying that ...": no one is said to say it; a referring "it"
    with a finite cue still speaks."""
    ex = extract(
        "It's hard to say that the deal will survive the winter. It goes without saying that the plan can help. "
        "The company is large. It said profits would fall."
    )
    assert [q.text for q in ex.quotes] == ["profits would fall"]
