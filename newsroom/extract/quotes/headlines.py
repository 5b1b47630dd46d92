"""Quotes in headlines: 'Statement: Speaker' / 'Speaker: Statement' (and "X's Remarks: ..." is X's), and
quoted words with the headline's reporting verb's subject as speaker."""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Doc, Span

from newsroom.extract.actors import ArticleActors
from newsroom.extract.quotes.cues import is_cue
from newsroom.extract.quotes.direct import is_name
from newsroom.extract.quotes.marks import find_quote_spans
from newsroom.extract.quotes.names import noun_phrase
from newsroom.models import Quote

HEADLINE_SPEAKER_WORDS = 6


class _HeadlineParts(NamedTuple):
    """The two sides of a 'Statement: Speaker' / 'Speaker: Statement' headline (both None for other headlines)."""

    speaker: Span | None
    statement: Span | None


def headline_quotes(title: Doc, actors: ArticleActors) -> list[Quote]:
    """'Statement: Speaker' / 'Speaker: Statement' headlines, and quoted words in headlines other than names."""
    text = title.text
    spans = find_quote_spans(text, straight_singles=True)
    speaker_span, statement = _headline_parts(title, actors)
    quotes = []
    for q in spans:
        speaker = speaker_span
        if speaker is None:
            tokens = title.char_span(q.start, q.end, alignment_mode="expand")
            cue = next(
                (
                    t
                    for t in title
                    if is_cue(t)
                    and (tokens is None or not tokens.start <= t.i < tokens.end)
                    and (tokens is None or t.left_edge.i <= tokens.start <= t.right_edge.i)
                ),
                None,
            )
            if cue is None and is_name(text[q.start : q.end]):
                continue  # 'alleged "Dirty Bomber"', 'architect of "Argo" rescue': a name, no one quoted
            # "Iran admits downing jet, cites 'human error'": the subject the cue shares with the verb it follows
            verbs = (cue, cue.head) if cue is not None else ()
            subject = next((c for v in verbs for c in v.children if c.dep_ == "nsubj"), None)
            if subject is None and not _is_clause(tokens):
                continue  # "British court 'threatened' by US": a word in the headline's own scare quotes, said by no one
            speaker = noun_phrase(subject) if subject is not None else None
        whole = statement is not None and (q.end - q.start) >= 0.8 * len(statement.text.strip(" '\"‘’“”"))
        quotes.append(
            _headline_quote(text[q.start : q.end], "direct" if whole else "partial", speaker, actors)
        )
    if not spans and speaker_span is not None and statement is not None:
        quotes.append(_headline_quote(statement.text.strip(), "direct", speaker_span, actors))
    return quotes


def _is_clause(tokens: Span | None) -> bool:
    """Whether quoted words are a clause with its own subject ('"I wore it four times"'): someone's words, even with
    no speaker found, unlike a quoted word or phrase."""
    return tokens is not None and any(
        t.dep_ in ("nsubj", "nsubjpass") and tokens.start <= t.head.i < tokens.end for t in tokens
    )


def _headline_parts(title: Doc, actors: ArticleActors) -> _HeadlineParts:
    """Which side of a headline's colon is a short name of a speaker and which the statement."""
    colon = next((t for t in title if t.text == ":"), None)
    if colon is None:
        return _HeadlineParts(None, None)
    left, right = title[: colon.i], title[colon.i + 1 :]
    for speaker, statement in ((right, left), (left, right)):
        words = [t for t in speaker if not t.is_punct and not t.is_space]
        if (
            not words
            or len(words) > HEADLINE_SPEAKER_WORDS
            or not any(t.pos_ in ("VERB", "AUX") for t in statement)
        ):
            continue
        if any(t.pos_ == "VERB" for t in words):
            continue
        possessive = next((t for t in speaker if t.tag_ == "POS"), None)
        if possessive is not None:  # "Hillary Clinton's Remarks: ...": the one whose remarks they are speaks
            speaker = title[speaker.start : possessive.i]
            words = [t for t in speaker if not t.is_punct and not t.is_space]
        if words and actors.match_phrase(speaker) is not None:
            # "Helter Shelter: NYC's Shelters …", "Fantastic Beasts: A Nice Place to Visit": a title and its
            # subtitle; a speaker is someone the article itself names
            return _HeadlineParts(speaker, statement)
    return _HeadlineParts(None, None)


def _headline_quote(text: str, kind: str, speaker: Span | None, actors: ArticleActors) -> Quote:
    entity = actors.match_phrase(speaker) if speaker is not None else None
    mention = " ".join(speaker.text.split()) if speaker is not None else None
    return Quote(
        text=text,
        quote_kind=kind,
        speaker_entity=entity,
        speaker_mention=mention,
        cue=None,
        start_char=None,
        end_char=None,
        sentence_index=None,
        in_headline=True,
    )
