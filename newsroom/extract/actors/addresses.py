"""Places that say where a text was filed or where a town lies, not parties: the dateline ("Smithville, Ga. –",
"WASHINGTON, D.C. —") and the state written after a town ("in Brooklyn, N.Y., federal court")."""

from __future__ import annotations

from spacy.tokens import Span

from newsroom.extract.actors.words import PLACE_LABELS
from newsroom.extract.datelines import DATELINE_TOKENS, dateline_end
from newsroom.extract.lexicon import lookup_alias

_DATELINE_LABELS = PLACE_LABELS | {"DATE"}


def address_part(span: Span) -> bool:
    """``span`` is a place in its sentence's dateline, or a state's abbreviation after a town and a comma
    ("Brooklyn, N.Y."): the town is the place, the abbreviation no actor of its own (a country's is: "U.K.")."""
    if span.label_ not in PLACE_LABELS and span[0].ent_type_ not in PLACE_LABELS:
        return False  # "NATO — the alliance of 32 states — said": a body before a dash is no dateline's place
    sent = span.sent
    if span.start - sent.start < DATELINE_TOKENS:
        end = dateline_end(sent)
        if end >= span.end and _places_only(span.doc[sent.start : end - 1]):
            return True
    doc = span.doc
    return (
        span.label_ in PLACE_LABELS
        and len(span) == 1
        and span.start >= 2
        and span[0].text.endswith(".")
        and span[0].text[0].isupper()
        and doc[span.start - 1].text == ","
        and doc[span.start - 2].ent_type_ in PLACE_LABELS
        and lookup_alias(span.text) is None
    )


def _places_only(head: Span) -> bool:
    """A dateline of places, a date and an agency in brackets only ("WASHINGTON, May 3 (AP)"), not a caption or a
    heading run into the sentence ("2008 Election Presidential candidate Jane Doe (R-AZ)")."""
    depth = 0
    for token in head:
        depth += token.text == "("
        depth -= token.text == ")"
        if not (depth or token.is_punct or token.like_num or token.ent_type_ in _DATELINE_LABELS):
            return False
    return True
