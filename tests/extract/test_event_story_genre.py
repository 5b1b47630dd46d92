"""Acts inside a retold story (events/genre.py): a film review or plot summary tells of blows and visits that are
the story's; news that names a film a few times keeps its acts. Texts written for the rule, run through the real
extractor; the unit cases check the article signal itself.
"""

from __future__ import annotations

import pytest

from newsroom.extract.events.genre import tells_a_story
from tests.extract.coded_events import roots

pytest.importorskip("spacy")

_REVIEW = " ".join(
    [
        "The new thriller from director Anna Holm opens in cinemas this weekend.",
        "The film follows a retired spy who is drawn back into one last mission.",
        "Its lead actor, Mark Delaney, has never been better.",
        "In the second act, General Morrow attacks the rebel camp with a fleet of helicopters.",
        "Later the villain kidnaps the ambassador's daughter and demands a ransom.",
        "The screenplay leaves little room for the supporting characters.",
        "The music is loud and the editing is fast.",
        "Critics at the festival were divided.",
        "Some praised the action, others found it hollow.",
        "The movie runs for two hours and ten minutes.",
        "A sequel is already planned for next year.",
        "It is rated R for violence and language.",
        "Tickets are on sale now.",
    ]
)

_NEWS = " ".join(
    [
        "Russian troops attacked the Ukrainian city of Kharkiv on Tuesday, officials said.",
        "The shelling destroyed a school and two apartment blocks.",
        "Ukraine's president condemned the attack and asked allies for more air defence.",
        "Germany said it would send two more missile batteries.",
        "The mayor said 14 people had died.",
        "Rescue crews worked through the night.",
        "A local cinema that had been showing a war film was also hit.",
        "The city had been quiet for several weeks.",
        "Residents sheltered in metro stations.",
        "Power was cut to thousands of homes.",
        "The United Nations called for an investigation.",
        "Talks between the two sides have stalled since spring.",
    ]
)


def test_a_film_review_tells_no_acts(extract):
    found = roots(extract, _REVIEW)
    assert not found & {"17", "18", "19", "20"}


def test_news_naming_a_film_keeps_its_acts(extract):
    assert roots(extract, _NEWS) & {"18", "19"}


def test_the_signal_needs_a_story_vocabulary_in_many_sentences():
    from newsroom.extract import load_nlp

    nlp = load_nlp()
    assert tells_a_story(list(nlp(_REVIEW).sents))
    assert not tells_a_story(list(nlp(_NEWS).sents))
    assert not tells_a_story(list(nlp("The film was banned by the government.").sents))


def test_story_words_are_found_from_the_lemma_column_as_base_lemma_reads_them():
    from newsroom.extract import load_nlp
    from newsroom.extract.events.genre import _STORY_WORDS, _story_word_indices
    from newsroom.extract.events.syntax import base_lemma

    doc = load_nlp()(_REVIEW + " " + _NEWS)
    found = _story_word_indices(doc)
    assert found == [t.i for t in doc if base_lemma(t) in _STORY_WORDS]
    assert found  # "film", "movie", "screenplay" ...
