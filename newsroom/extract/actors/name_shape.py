"""Spans NER tags as a name whose shape says they name no actor: a headline of a linked article run in the text
("Why Five Small Towns Must Rethink Their Budgets For Good"), or a sound word written in capitals ("BOOOM")."""

from __future__ import annotations

import re

from spacy.tokens import Span

HEADLINE_MIN_WORDS = 6
SOUND_MIN_LETTERS = 5
_TRIPLED_LETTER = re.compile(r"([A-Z])\1\1")


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
