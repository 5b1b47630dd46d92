"""Whom a quoted "you" is when the article quotes a letter: '… sent a letter to Secretary X … "We urge you to …,"
the senators wrote' — the one the letter is addressed to.

A quotation's "you" resolves to no actor (the actor pass leaves quoted pronouns to the speaker's framing), so an
appeal or demand in a letter had no target. The addressee is read from the article's own words before the
quotation: a letter noun with "to X" ("a letter to X", "sent a letter to X", the parser hanging "to X" on either)
or "wrote to X". Only when every such letter before the quotation goes to the same actor, and that letter's sender
is the quotation's speaker (or the speaker is a group, as "the senators" for a letter several signed): an
article that names two letters, or quotes someone else, leaves "you" as before.
"""

from __future__ import annotations

from newsroom.extract.events.arguments import subject_of
from newsroom.extract.events.codebook import word_set
from newsroom.extract.events.syntax import lemma_of, pobj_of

_LETTER_NOUNS = word_set("letter_nouns")
_YOU_DEPS = frozenset({"dobj", "dative", "pobj"})


def letter_addressee(you, speaker: int | None, actors) -> int | None:
    """The actor the letter quoted around an object "you" is addressed to, else None."""
    if you.lower_ != "you" or you.dep_ not in _YOU_DEPS or speaker is None:
        return None
    start = next((s for s, e, _ in actors.quoted if s <= you.idx < e), None)
    if start is None:
        return None
    found = set()
    for tok in you.doc[: you.sent.start]:
        if tok.idx >= start:
            break
        for to, sender in _addressed_by(tok):
            addressee = actors.resolve(to)
            if addressee is None:
                continue
            from_speaker = sender is not None and actors.resolve(sender) == speaker
            if addressee == speaker or not (from_speaker or actors.actor_type(speaker) == "group"):
                return None
            found.add(addressee)
    return next(iter(found)) if len(found) == 1 else None


def _addressed_by(tok) -> list:
    """(addressee token, sender token) of a letter ``tok`` names: "a letter to X", "sent a letter to X" (the "to"
    on the verb), "wrote to X"."""
    if tok.pos_ == "NOUN" and lemma_of(tok) in _LETTER_NOUNS:
        verb = tok.head if tok.dep_ == "dobj" else None
        targets = _to_objects(tok) or (_to_objects(verb) if verb is not None else [])
        return [(t, subject_of(verb) if verb is not None else None) for t in targets]
    if (
        tok.pos_ == "VERB"
        and lemma_of(tok) == "write"
        and tok.i + 1 < len(tok.doc)
        and tok.nbor().lower_ == "to"
    ):
        return [(t, subject_of(tok)) for t in _to_objects(tok)]
    return []


def _to_objects(tok) -> list:
    """The objects of "to" under ``tok``, a preposition or the dative the parser makes of "sent a letter to X"."""
    return [
        o for c in tok.children if c.lower_ == "to" and c.dep_ in ("prep", "dative") and (o := pobj_of(c))
    ]
