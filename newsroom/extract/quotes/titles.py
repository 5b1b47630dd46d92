"""Who "the host said" names when no actor holds the phrase: the person the article titled with that noun before
("talk show host Jim Doe", "the singer Ann Roe", "Ann Roe, the singer,"), unless someone named since in the
paragraph, with no title of their own, may be the one meant. News names a speaker once with a title and then calls them by the
title; the title noun itself says who it is, whatever the lexicon of offices knows."""

from __future__ import annotations

from spacy.tokens import Token

from newsroom.extract.quotes.context import Context

_DEFINITE = frozenset({"the", "this", "that"})
_TITLE_DEPS = frozenset({"compound", "appos"})


def titled_person(token: Token, ctx: Context) -> int | None:
    """The person an earlier name phrase titles with ``token``'s noun, when exactly one does and no untitled
    person is named between; None otherwise (an indefinite "a host", a plural, "his son", two people titled
    alike)."""
    if not (token.tag_ == "NN" or token.tag_ == "NNP" and token.is_lower) or not _definite(token):
        return None  # "the president-elect": the parser may tag a hyphened title's lower-case head a name
    found = {
        person
        for t in token.doc[: token.i]
        if t.lemma_.lower() == token.lemma_.lower() and t.i not in ctx.quoted
        for person in [_titled(t, ctx)]
        if person is not None
    }
    if len(found) != 1:
        return None
    person = found.pop()
    return person if _named_last(person, token, ctx) else None


def _definite(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in token.children)


def _titled(title: Token, ctx: Context) -> int | None:
    """The person a title word names: the name it is a compound of ("host Jim Doe"), or the name in apposition
    with it ("the singer, Ann Roe", "Ann Roe, the singer"); not a relation's ("his son Sam": whose son)."""
    if any(c.dep_ == "poss" for c in title.children):
        return None
    near = [title.head] if title.dep_ in _TITLE_DEPS else []
    near += [c for c in title.children if c.dep_ == "appos"]
    for t in near:
        mention = ctx.actors.mention_for_token(t)
        if mention is not None and mention.kind == "name" and mention.actor.actor_type == "person":
            return mention.actor.index
    return None


def _named_last(person: int, token: Token, ctx: Context) -> bool:
    """Whether ``person`` is named before ``token`` with no untitled person named between in ``token``'s paragraph
    ('planted by Smith ... "...," the coach said' means Smith, even if another was titled coach; "investor Carl
    Icahn" is titled otherwise, and a name in a paragraph before is a link or a digression)."""
    paragraph = ctx.paragraph_of(token.idx)
    for t in reversed(token.doc[: token.i]):
        mention = ctx.actors.mention_for_token(t)
        if (
            t.i in ctx.quoted
            or mention is None
            or mention.kind != "name"
            or mention.actor.actor_type != "person"
        ):
            continue
        if mention.actor.index == person:
            return True
        if not _has_title(t) and ctx.paragraph_of(t.idx) == paragraph:
            return False
    return False


def _has_title(name: Token) -> bool:
    """A name with a common noun for a title beside it: "investor Carl Icahn", "Ann Roe, a lawyer"."""
    head = name
    while head.dep_ in ("compound", "flat") and head.head.i != head.i and head.head.pos_ == "PROPN":
        head = head.head
    return any(c.dep_ in _TITLE_DEPS and c.pos_ == "NOUN" for c in head.children) or (
        head.dep_ == "appos" and head.head.pos_ == "NOUN"
    )
