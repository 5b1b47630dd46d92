"""Who does what a "for" phrase of reason says: 'criticized the mayor for saying ...', 'sued X for accusing him
...' — the gerund is the act of the one blamed, thanked or sued (the object), not of the verb's subject."""

from __future__ import annotations

from spacy.tokens import Token

from newsroom.extract.quotes.context import SUBJECT_DEPS, Context
from newsroom.extract.quotes.names import name_mention

_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})


def reason_doer(gerund: Token, cue: Token, ctx: Context) -> Token | None:
    """The object of the verb a subjectless "for" + gerund phrase hangs on, when it is an actor or a person
    pronoun ("attacked her for claiming ..."); for an object that is an act ("launched a lawsuit against X for
    ..."), the one it is against. Not "apologized to X for saying": the object of "to" is no object. Only for a
    cue that is itself a gerund ("for ... despite claiming ..."): "criticized X for failing to mention ..." says
    X did not say it."""
    prep = gerund.head
    if cue.tag_ != "VBG" or gerund.tag_ != "VBG" or gerund.dep_ != "pcomp" or prep.lower_ != "for":
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in gerund.children):
        return None
    prep = _reason_phrase(prep)
    verb = prep.head
    if verb.pos_ != "VERB" or prep.dep_ != "prep":
        return None
    objects = [o for o in verb.children if o.dep_ == "dobj" and o.i < prep.i and o.i not in ctx.quoted]
    if objects and _actor(objects[0], ctx):
        return _named(objects[0], ctx)
    # "filed a lawsuit against X for ...", however the parser hangs "against": the one it is against
    against = [p for h in [verb, *objects] for p in h.children if p.dep_ == "prep" and p.lower_ == "against"]
    found = next((o for p in against for o in p.children if o.dep_ == "pobj" and _actor(o, ctx)), None)
    return _named(found, ctx) if found is not None else None


def blaming_verb(gerund: Token, first: int, last: int, ctx: Context) -> Token | None:
    """'sued X for "falsely" accusing him': quoted manner words set before a gerund of reason are how the one who
    sues or blames tells the act, not the act's words; the verb the "for" phrase hangs on."""
    if not last < gerund.i or reason_doer(gerund, gerund, ctx) is None:
        return None
    if any(
        ctx.doc[i].head.i != gerund.i or ctx.doc[i].dep_ not in ("advmod", "punct")
        for i in range(first, last + 1)
    ):
        return None
    return _reason_phrase(gerund.head).head


def _reason_phrase(prep: Token) -> Token:
    """The first "for" of coordinated reasons ("for not denouncing X and for making ..."), which hangs on the verb."""
    while prep.dep_ == "conj" and prep.head.lower_ == "for":
        prep = prep.head
    return prep


def _named(token: Token, ctx: Context) -> Token:
    """'former Minister of Sport and Liberal MP Denis Coderre': a title joined to the name of the one who holds
    them both is that person."""
    if name_mention(ctx, token) is not None:
        return token
    return next((c for c in token.children if c.dep_ == "conj" and name_mention(ctx, c) is not None), token)


def _actor(token: Token, ctx: Context) -> bool:
    """A word naming someone who could speak: an actor mention or a person's object pronoun."""
    return token.lower_ in _OBJECT_PRONOUNS or ctx.actors.mention_for_token(token) is not None
