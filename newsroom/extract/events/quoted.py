"""Who "I" and "we" are inside a quotation: the speaker the quote extractor attributed it to.

The parse often fails to tie a quote to its speech verb ("I would like to thank X", stated Y: the speech verb
parsed as a conjunct of "like"), so the syntactic route (modality.speaker_of) finds no speaker, while the quote
extractor, which reads the whole article, has one.
"""

from __future__ import annotations

from newsroom.extract.actors import FIRST_PERSON

_QUOTED_KINDS = frozenset({"direct", "partial"})


def quote_spans(quotes) -> list[tuple[int, int, int]]:
    """(start char, end char, speaker entity) of the body's direct and partial quotes with a known speaker."""
    return sorted(
        (q.start_char, q.end_char, q.speaker_entity)
        for q in quotes
        if q.quote_kind in _QUOTED_KINDS
        and q.speaker_entity is not None
        and q.start_char is not None
        and q.end_char is not None
        and not q.in_headline
    )


def quoted_speaker(tok, spans: list[tuple[int, int, int]]) -> int | None:
    """The speaker of the quotation a first-person pronoun sits in, else None."""
    if tok is None or tok.lower_ not in FIRST_PERSON:
        return None
    return next((entity for start, end, entity in spans if start <= tok.idx < end), None)
