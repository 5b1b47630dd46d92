"""Indirect quotes: every reporting verb outside quotation marks with a speaker and something it reports,
less the reports nested in a longer one of the same speaker."""

from __future__ import annotations

from spacy.tokens import Token

from newsroom.extract.lexicon import reporting_verbs
from newsroom.extract.quotes.context import Context, Speaker
from newsroom.extract.quotes.cues import is_cue
from newsroom.extract.quotes.reports import content_spans
from newsroom.extract.quotes.speakers import speaker_for_cue
from newsroom.models import Quote


def indirect_quotes(ctx: Context) -> list[Quote]:
    found: list[tuple[int, int, Token, Speaker]] = []
    for token in ctx.doc:
        if token.i in ctx.quoted or not is_cue(token):
            continue
        if any(c.dep_ in ("nsubjpass", "agent") for c in token.children):
            continue
        if token.tag_ == "VBN" and not any(c.dep_ == "nsubj" for c in token.children):
            continue  # 'Asked by reporters whether ...': a passive participle reports no one's words
        if any(c.dep_ == "neg" for c in token.children):
            continue  # 'did not say he had ordered it': nothing is reported
        contents = content_spans(token, ctx)
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
            # "tests will be run to confirm whether he is fit": an open question under an infinitive reports nothing
            contents = [(lo, hi) for lo, hi in contents if ctx.doc[lo].lower_ not in ("if", "whether")]
        if reporting_verbs().get(token.lemma_.lower()) == "media":
            # "Reuters reported a source said X": the source's report stands on its own
            contents = [
                (lo, hi)
                for lo, hi in contents
                if not any(i in ctx.cue_speakers and ctx.cue_speakers[i] for i in range(lo, hi))
            ]
        if not contents:
            continue
        speaker = speaker_for_cue(token, ctx)
        if speaker is None or (speaker.entity is None and not speaker.mention):
            continue
        found += [(lo, hi, token, speaker) for lo, hi in contents]
    quotes = []
    reach: tuple[int, tuple] = (-1, ())
    seen = set()
    for lo, hi, _cue, speaker in sorted(found, key=lambda f: (f[0], -f[1])):
        # inside an earlier, longer report of the same speaker ('said that ..., adding that ...')
        nested = (
            hi <= reach[0]
            and (speaker.entity, speaker.mention if speaker.entity is None else None) == reach[1]
        )
        if hi > reach[0]:
            reach = (hi, (speaker.entity, speaker.mention if speaker.entity is None else None))
        if nested or (lo, hi) in seen:
            continue
        seen.add((lo, hi))
        span = ctx.doc[lo:hi]
        quotes.append(
            Quote(
                text=span.text,
                quote_kind="indirect",
                speaker_entity=speaker.entity,
                speaker_mention=speaker.mention,
                cue=speaker.cue,
                start_char=span.start_char,
                end_char=span.end_char,
                sentence_index=ctx.actors.sentence_index(lo),
            )
        )
    return quotes
