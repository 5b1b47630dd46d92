"""What a name's shape says before the text's use of it: a person's name ("Jane Doe"), whatever type NER gave it;
or no actor at all: a headline of a linked article run in the text ("Why Five Small Towns Must Rethink Their Budgets
For Good"), or a sound word written in capitals ("BOOOM")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span

from newsroom.extract.actors.words import SHARED_WORDS
from newsroom.extract.lexicon import given_names, name_heads, role_words

HEADLINE_MIN_WORDS = 6
SOUND_MIN_LETTERS = 5
_TRIPLED_LETTER = re.compile(r"([A-Z])\1\1")


def person_shaped(words: Sequence[str]) -> bool:
    """The one test of how a person's name looks: two or three capitalised words (not all capitals) opening with a
    given name of one sex, no role word among them and no institution's or place's head word last ("Jane Doe",
    "Jane McAdams"; not "Madison Plaza", "North Jane", "Jane Judge"). Callers add what the text does with it."""
    return (
        2 <= len(words) <= 3
        and all(w.isalpha() and w[0].isupper() and not w.isupper() for w in words)
        and given_names().get(words[0].lower()) is not None
        and words[0].lower() not in SHARED_WORDS
        and not any(w.lower() in role_words() for w in words)
        and words[-1].lower() not in name_heads()
    )


def headline(span: Span) -> bool:
    """Six words or more, each capitalised, with a capitalised verb or auxiliary after the first word: a sentence
    in title case, not a name (a long body's name has no verb: "New York City Police Department Internal Affairs
    Bureau")."""
    words = [t for t in span if t.is_alpha]
    return (
        len(words) >= HEADLINE_MIN_WORDS
        and all(t.text[0].isupper() for t in words)
        and any(t.tag_ == "MD" or t.tag_.startswith("VB") for t in words[1:])
    )


def sound_word(span: Span) -> bool:
    """One word of five capitals or more with a letter written three times running among others ("CHERRRK",
    "ZZZAP"): a noise spelt out; no name repeats a letter so, and a short acronym may ("AAA", "AAAS")."""
    word = span[0].text
    return (
        len(span) == 1
        and len(word) >= SOUND_MIN_LETTERS
        and span[0].is_upper
        and _TRIPLED_LETTER.search(word) is not None
        and len(set(word)) > 1
    )
