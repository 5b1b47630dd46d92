"""Whether the words found as a speaker can speak at all. A person, a group, an organisation, a place acting as a
government, and also a message or plan standing for its unnamed authors ("the report said", "the plan states")
can; a pronoun that points at a thing ("those", "which"), a stray determiner ("The"), a quantity ("nearly the
same percentage") cannot, nor can "I" of the reporter's own text (there the first person is the one quoted, found
by the other rules)."""

from __future__ import annotations

from spacy.tokens import Token

_THING_PRONOUNS = frozenset({"that", "this", "those", "these", "which", "what", "i", "me", "myself"})
_ARTICLES = frozenset({"the", "a", "an"})
_DESCRIBING_DEPS = frozenset({"relcl", "acl", "prep"})
_QUANTITY_NOUNS = frozenset({"percentage", "percent", "proportion", "share", "fraction", "amount", "number"})
_SECOND_PERSON = frozenset({"you", "your", "yourself", "yourselves", "you all"})


def cannot_speak(token: Token) -> bool:
    """True when the head word of a speaker phrase that names no actor names no one who could speak."""
    word = token.lower_
    if token.pos_ == "DET" or word in _ARTICLES:  # "The said that …" (a word left out) tags "The" a pronoun
        return True
    if token.pos_ == "PRON":
        # "those who oppose it said", "those in favour said": the people the pronoun's own words describe
        return word in _THING_PRONOUNS and not any(c.dep_ in _DESCRIBING_DEPS for c in token.children)
    return token.pos_ == "NOUN" and token.lemma_.lower() in _QUANTITY_NOUNS and not _of_people(token)


def _of_people(token: Token) -> bool:
    """'a number of residents said': the quantity stands for the people it counts."""
    return any(
        p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" for o in p.children)
        for p in token.children
    )


def addressed(mention: str | None) -> bool:
    """True when a speaker phrase is the second person: the reader of advice ("you can say ...") or an interview's
    unnamed addressee ("you have called it ..."), whose words are an example or the writer's, not a statement of
    someone the text names."""
    return mention is not None and mention.lower() in _SECOND_PERSON
