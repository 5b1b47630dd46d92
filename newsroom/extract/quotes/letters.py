"""Who "I", "we" and "you" are in a letter a text reproduces: after a salutation line ('Dear Secretary X,') the
narration's first person is the letter's sender, the last one the text had speak before the letter began, and its
second person the one the salutation addresses."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from newsroom.extract.quotes.context import Context, Speaker

_FIRST_PERSON = frozenset({"i", "we"})
_SALUTATION_TOKENS = 30
# a line of its own opening a letter: "Dear Acting Secretary Miller," / "Dear Speaker Johnson and Leader Y:"
_SALUTATION = re.compile(r"^[ \t]*Dear [A-Z][^\n]{0,120}[,:][ \t]*$", re.MULTILINE)


def letter_openings(text: str) -> list[int]:
    """Where each salutation line starts (one regex pass per document)."""
    return [m.start() for m in _SALUTATION.finditer(text)]


def letter_sender(ctx: Context, pronoun: Token, cue: Token) -> Speaker | None:
    """The sender of the letter a first-person cue outside quotation marks stands in: the last speaker the text
    named as an actor before the salutation, unless that is the one the salutation addresses (a release's
    'urging Secretary X' the parse gave to X)."""
    if pronoun.lower_ not in _FIRST_PERSON or (opening := _opening(ctx, cue)) is None:
        return None
    for i in reversed(ctx.cue_order[: bisect_right(ctx.cue_order, opening - 1)]):
        speaker = ctx.cue_speakers.get(i)
        if speaker is not None and speaker.entity is not None:
            return None if speaker.entity in _addressees(ctx, opening) else speaker
    return None


def letter_addressee(ctx: Context, pronoun: Token, cue: Token) -> int | None:
    """The actor a letter's "you" is ('You told me at the hearing that B', 'you stated at the time that B'): the one
    actor its salutation names, for a cue outside quotation marks after that salutation."""
    if pronoun.lower_ != "you" or (opening := _opening(ctx, cue)) is None:
        return None
    addressees = _addressees(ctx, opening)
    return next(iter(addressees)) if len(addressees) == 1 else None


def _opening(ctx: Context, cue: Token) -> int | None:
    """The token where the salutation of the letter a cue outside quotation marks stands in starts, else None."""
    if cue.i in ctx.quoted:
        return None
    n = bisect_right(ctx.letter_starts, cue.idx) - 1
    return ctx.token_at(ctx.letter_starts[n]) if n >= 0 else None


def _addressees(ctx: Context, opening: int) -> set[int | None]:
    """The actors the salutation line names ('Dear Secretary Vilsack,')."""
    addressees: set[int | None] = set()
    for token in ctx.doc[opening : opening + _SALUTATION_TOKENS]:
        if "\n" in token.text and token.i > opening:
            break
        addressees.add(ctx.actors.actor_for_token(token))
    addressees.discard(None)
    return addressees
