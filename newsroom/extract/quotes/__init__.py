"""Quotations: direct, partial and indirect speech, each attributed to an actor.

Quotation marks are found with a character scanner (the parser is unreliable
inside quotes); attribution uses the dependency parse around a reporting verb
from the lexicon, with the news conventions for what the parse misses: a
quote with no cue continues the last speaker, a medium "reporting" a quote is
not its speaker, and a headline "Statement: Speaker" is a quote.

The modules, in the order a document passes through them:
``marks`` (quotation-mark spans), ``context`` (per-document lookups),
``cues`` (reporting verbs), ``names`` and ``pronouns`` (who a phrase names),
``speakers`` (who performs a reporting verb; ``titles`` for "the host said"), ``direct`` (direct and partial
quotes), ``reports``, ``figures`` and ``trim`` (what a reporting verb reports),
``indirect`` (indirect quotes), ``headlines`` (quotes in the title).
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsroom.extract.actors import ArticleActors
from newsroom.extract.quotes.context import Context
from newsroom.extract.quotes.direct import direct_and_partial, talked_about
from newsroom.extract.quotes.headlines import headline_quotes
from newsroom.extract.quotes.indirect import indirect_quotes
from newsroom.extract.quotes.marks import BULLET, QUOTE_MARK_CHARS, QuoteSpan, find_quote_spans
from newsroom.extract.quotes.speaker_words import addressed
from newsroom.extract.quotes.speakers import resolve_cue_speakers
from newsroom.models import Quote

__all__ = ["QuoteSpan", "extract_quotes", "find_quote_spans"]


def extract_quotes(
    doc: Doc,
    actors: ArticleActors,
    spans: list[QuoteSpan],
    title: Doc | None = None,
    text: str | None = None,
    cues: dict[int, int] | None = None,
) -> list[Quote]:
    """The title's quotes, then the body's in text order; speakers are resolved first so that any quote can
    look back at who spoke last. ``text``: ``doc.text`` when the caller has it. ``cues``, when given, is filled
    with cue token -> speaker entity of the body's quotes (the event of that verb has that speaker)."""
    text = doc.text if text is None else text
    ctx = Context(doc, actors, spans, text)
    named = [q for q in spans if talked_about(ctx, q)]
    if named:  # 'the term "subject to"': no quotation, so a report running over it keeps it
        ctx = Context(doc, actors, [q for q in spans if q not in named], text)
    resolve_cue_speakers(ctx)
    body = direct_and_partial(ctx) + indirect_quotes(ctx) if len(doc) else []
    body = [q for q in body if q.speaker_entity is not None or not addressed(q.speaker_mention)]
    unmarked = [(s.start, s.end) for s in spans if text[s.open_mark] not in QUOTE_MARK_CHARS]
    if unmarked:
        body = [q for q in body if not _unmarked_and_unsaid(q, unmarked, text)]
    body.sort(key=lambda q: (q.start_char, q.end_char))
    if cues is not None:
        cues.update(ctx.quoted_cues)
    return (headline_quotes(title, actors) if title is not None and len(title) else []) + body


def _unmarked_and_unsaid(quote: Quote, unmarked: list[tuple[int, int]], text: str) -> bool:
    """A direct quote with no quotation mark of its own (a paragraph a quotation left open was carried into, an
    "X said::" block) and no speaker the article names: a bullet point ("• Workers deserve better pay.": a memo's
    or a list's line, which only quotation marks make a quotation), or a paragraph with no speaker at all, not
    even a description — most often text after an unclosed mark, no one's words an analyst can count. A carried
    paragraph whose run has a speaker keeps it, and so does one a description speaks ("the protester")."""
    return (
        quote.quote_kind == "direct"
        and quote.speaker_entity is None
        and quote.start_char is not None
        and any(start <= quote.start_char < end for start, end in unmarked)
        and (not quote.speaker_mention or BULLET.match(text, quote.start_char) is not None)
    )
