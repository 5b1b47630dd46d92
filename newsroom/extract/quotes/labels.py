"""Quotations set out under a label, the layout of round-ups, "What they're saying" sections and interviews:
'Acme CEO Jane Roe: "…"', a header line 'Sen. Jane Roe on CNN:' over the quotation's paragraph, a bullet
'- The Farmers Union: "…"', or signed after it ('"…" — Rep. Jane Roe'). The label is a phrase with no verb of
its own ending in the colon before the opening mark (or set after a dash following the closing mark, to the end
of its paragraph); the person or body it names speaks, and a label naming no one (a section heading, "Key
points:") gives the quotation no speaker rather than the one carried from an earlier quotation."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from newsroom.extract.quotes.context import FINITE_TAGS, Context, Speaker
from newsroom.extract.quotes.marks import QuoteSpan
from newsroom.extract.quotes.names import name_mention, named_subject
from newsroom.extract.quotes.speakers import speaker_named_by

MAX_LABEL_TOKENS = 30
# where a label starts inside its paragraph: after a sentence's end or a bullet mark
_LABEL_START = re.compile(r"[.!?…][\"”’)\]]*\s+|(?:^|\s)[-•*–—]+\s+")
# a signature after the quotation: its closing mark, then a dash, on the same line or the next paragraph
_SIGNATURE = re.compile(r"[\"”’']*\s*[—–-]+[ \t]*")


def label_speaker(ctx: Context, q: QuoteSpan) -> Speaker | None:
    """The speaker a label before the quotation names (an empty speaker when it names no one); None when the
    quotation has no label: no colon right before it, a verb in the words before the colon ('X said:' is a
    report), or words of the reporter's own between the label's paragraph and the quotation."""
    label = _label(ctx, q)
    if label is None:
        return _signature_speaker(ctx, q)
    speaker = _named_by(ctx, label, ctx.doc[label.end])
    if speaker is None and label[0].pos_ == "ADP":
        return None  # 'On taxes: "…"': a topic heading inside someone's remarks, which go on
    return speaker or Speaker(None, None, None)


def _signature_speaker(ctx: Context, q: QuoteSpan) -> Speaker | None:
    """Who signs the quotation: a dash right after its closing mark, then words with no verb that run to the end of
    their paragraph and name an actor ('"…" — Rep. Jane Roe', or that dash line under the quotation)."""
    dash = _SIGNATURE.match(ctx.text, q.end)
    if dash is None or ctx.paragraph_of(dash.end()) > ctx.paragraph_of(q.end) + 1:
        return None
    paragraph = ctx.paragraph_of(dash.end())
    end = ctx.paragraph_starts[paragraph + 1] if paragraph + 1 < len(ctx.paragraph_starts) else len(ctx.text)
    first, last = ctx.token_at(dash.end()), ctx.token_at(len(ctx.text[:end].rstrip()) - 1)
    while last > first and (ctx.doc[last].is_space or ctx.doc[last].text in ".,"):
        last -= 1
    signature = ctx.doc[first : last + 1]
    if not 0 < len(signature) <= MAX_LABEL_TOKENS or any(
        t.i in ctx.quoted or t.tag_ in FINITE_TAGS for t in signature
    ):
        return None
    return _named_by(ctx, signature, ctx.doc[first])


def _label(ctx: Context, q: QuoteSpan) -> Span | None:
    """The words from their paragraph's start (or the last sentence end or bullet mark in it) to the colon right
    before the opening mark, in the quotation's paragraph or in the one before when the quotation opens its own;
    None when they hold quoted words, a verb (finite or with a subject; but in a heading in capitals) or run
    long."""
    colon = ctx.word_before(q.open_mark)
    if colon <= 0 or ctx.doc[colon].text != ":":
        return None
    paragraph = ctx.paragraph_of(ctx.doc[colon].idx)
    start = ctx.paragraph_starts[paragraph]
    if (
        paragraph != ctx.paragraph_of(q.open_mark)
        and _LABEL_START.sub("", ctx.text[ctx.paragraph_starts[paragraph + 1] : q.open_mark]).strip()
    ):
        return None
    before = ctx.text[start : ctx.doc[colon].idx]
    breaks = list(_LABEL_START.finditer(before))
    first = ctx.token_at(start + (breaks[-1].end() if breaks else 0))
    while first < colon and (ctx.doc[first].is_space or ctx.doc[first].is_punct):
        first += 1
    label = ctx.doc[first:colon]
    heading = label.text.isupper()  # 'PROMISES MADE:', whatever the tagger makes of its words
    if not 0 < len(label) <= MAX_LABEL_TOKENS or any(
        t.i in ctx.quoted or not heading and (t.tag_ in FINITE_TAGS or _has_subject(t)) for t in label
    ):
        return None
    return label


def _named_by(ctx: Context, label: Span, anchor: Token) -> Speaker | None:
    """Who the label names, a person before a body ('Ohio Senator Jane Roe', not Ohio): its head's person (a name
    the actors missed is taken by its words), else the first person named in it, else its head's body ('Acme
    Spokesperson', not the show of 'X on CNN'; 'From the VA': the VA), else the first organisation named outside a
    phrase of a preposition ('Acme Spokesperson'; 'Brokers of America', 'Ohio Farmers' name no place that speaks);
    None when it names no one."""
    heads = _heads(label)
    found = [(t, _speaker_at(ctx, t, anchor)) for t in _head_nouns(heads)]
    person = next((s for t, s in found if _is_person(ctx, t, s)), None)
    if person is not None:
        return person
    mentions = [(t, m) for t in label if (m := name_mention(ctx, t)) is not None]
    named = next((t for t, m in mentions if m.actor.actor_type == "person"), None)
    if named is not None:
        return _speaker_at(ctx, named, anchor)
    # a body the head itself names, not one named inside its phrase ('Vietnam Veterans of America'), nor a country
    # its people stand for ('Americans for Prosperity')
    body = next(
        (
            s
            for t, s in found
            if s.entity is not None
            and ctx.actors.actor_for_token(t) == s.entity
            and ctx.actors.actor_type(s.entity) != "country"
        ),
        None,
    )
    if body is not None:
        return body
    token = next(
        (
            t
            for t, m in mentions
            if m.actor.actor_type == "organization" and not _in_prepositional_phrase(t, label, heads)
        ),
        None,
    )
    speaker = _speaker_at(ctx, token, anchor) if token is not None else None
    return speaker if speaker is not None and speaker.entity is not None else None


def _head_nouns(heads: list[Token]) -> list[Token]:
    """The label's head nouns, through "from" heading it ('From the VA'); 'On Iran:' names a topic, not a speaker."""
    nouns = [
        next((c for c in h.children if c.dep_ == "pobj"), None) if h.lower_ == "from" else h for h in heads
    ]
    return [t for t in nouns if t is not None and t.pos_ in ("NOUN", "PROPN")]


def _speaker_at(ctx: Context, token: Token, anchor: Token) -> Speaker:
    found = speaker_named_by(named_subject(token, anchor, ctx), anchor, ctx)
    return Speaker(found.entity, found.mention, None)


def _is_person(ctx: Context, token: Token, speaker: Speaker) -> bool:
    """A person's actor, or a person's name the actors missed."""
    if speaker.entity is not None:
        return ctx.actors.actor_type(speaker.entity) == "person"
    return token.ent_type_ == "PERSON" and bool(speaker.mention)


def _in_prepositional_phrase(token: Token, label: Span, heads: list[Token]) -> bool:
    """The token hangs, inside the label, on a preposition other than a "from" heading it ("On Medicaid:")."""
    while label.start <= token.head.i < label.end and token.head.i != token.i:
        token = token.head
        if token.pos_ == "ADP" and not (token in heads and token.lower_ == "from"):
            return True
    return False


def _heads(label: Span) -> list[Token]:
    """The label's words that hang on nothing inside it."""
    return [t for t in label if not label.start <= t.head.i < label.end or t.head.i == t.i]


def _has_subject(token: Token) -> bool:
    """A verb with a subject: 'Mrs. Roe elevated the cause:' is a clause, whatever its tag."""
    return token.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
