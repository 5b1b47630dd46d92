"""What a name's shape says before the text's use of it: a person's name ("Jane Doe"), whatever type NER gave it;
or no actor at all: a headline of a linked article run in the text ("Why Five Small Towns Must Rethink Their Budgets
For Good"), the title of a talk or a work ("The Logistics Of Global Marketing In Asia"), a sound word written in
capitals ("BOOOM"), or countries joined by a hyphen ("the U.S.-Mexico border")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span, Token

from newsroom.extract.actors.words import SHARED_WORDS
from newsroom.extract.lexicon import (
    english_adjectives,
    english_nouns,
    given_names,
    lookup_alias,
    name_heads,
    role_words,
)

HEADLINE_MIN_WORDS = 6
# Small words a name writes in lower case ("Bank of America") and a title in title case capitalises ("Roundtable On
# The Future Of Payments").
PREPOSITIONS = frozenset({"of", "in", "on", "to", "with", "for", "at", "from", "by", "into", "about"})
SOUND_MIN_LETTERS = 5
_TRIPLED_LETTER = re.compile(r"([A-Z])\1\1")
_JOINING_DASHES = re.compile("[-\u2013]")


def common_word(token: Token) -> bool:
    """A noun or adjective of English, plural or not ("Platforms", "Technologies", "Digital"): a field's or a
    department's word, where a name of a person, firm or place is not."""
    word = token.lower_
    forms = {word, token.lemma_.lower(), word.removesuffix("s")}
    if word.endswith("ies"):
        forms.add(word[:-3] + "y")
    return any(f in english_nouns() or f in english_adjectives() for f in forms)


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


def title_of_a_work(span: Span) -> bool:
    """Two prepositions capitalised inside it ("The Logistics Of Global Marketing In Asia", "Roundtable On The Future
    Of Payments") or a colon between its words ("Agile Marketing: How"): a talk's, a session's or a book's title set
    in title case, not a name, which writes its small words in lower case. Not one capitalised preposition
    ("Research In Motion"), nor a name with a body's head word ("University Of California At Berkeley" in a
    headline)."""
    inner = span[1:]
    prepositions = sum(1 for t in inner if t.is_title and t.lower_ in PREPOSITIONS)
    colon = any(t.text == ":" for t in inner[:-1])
    return (prepositions >= 2 or colon) and not any(name_heads().get(t.lower_) == "ORG" for t in span)


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


def country_pair(span: Span) -> bool:
    """Two countries or more joined by a hyphen or dash, with no space ("U.S.-Mexico", "U.S.-Nigerien"): the
    relation, border or alliance of the noun it modifies, no body. spaCy keeps "U.S.-Mexico" one token, which NER
    tags as an organisation, where "Russia-Ukraine" splits into two countries."""
    text = span.text
    if " " in text:
        return False
    parts = _JOINING_DASHES.split(text)
    return len(parts) > 1 and all(
        (entry := lookup_alias(part)) is not None and entry.actor_type == "country" for part in parts
    )
