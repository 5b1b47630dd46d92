"""A sentence whose only named source is "according to X" ("According to police, the man was armed"): X's
statement (010), coded only when nothing else in the sentence is (then X is who reports that event, not its actor).
"""

from __future__ import annotations

from spacy.attrs import LOWER

from newsroom.extract.events.dates import event_date_of
from newsroom.extract.events.parties import is_generic
from newsroom.extract.events.resolver import Resolver
from newsroom.extract.events.sense_clues import MEDIA_NAME
from newsroom.extract.events.syntax import pobj_of, sentence_text, trigger_text_of
from newsroom.models import Event

# Low: the source is named only as the origin of the clause; the confidence of a bare, indirect statement.
ACCORDING_CONFIDENCE = 0.3


def _media(source) -> bool:
    """ "according to CNN / The Guardian / a Twitter post": a report's outlet, never an actor (nor its media group);
    "according to BBC correspondent Jane Doe": a named person whose outlet only describes her speaks herself."""
    if source.ent_type_ == "PERSON":
        return False
    return bool(MEDIA_NAME.search(" ".join(t.text for t in source.subtree))) or source.lower_ == "media"


def according_statements(doc, sent, sent_index, actors: Resolver, published_at) -> list[Event]:
    """The statement of the first actor named by "according to" in the sentence, or nothing."""
    for tok in map(doc.__getitem__, actors.words_in(sent, LOWER, ("according",))):
        to = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        source = pobj_of(to) if to is not None else None
        if source is None or is_generic(source) or _media(source):
            continue
        a1 = actors.resolve(source)  # a news agency or a document names no actor
        if a1 is None:
            continue
        return [
            Event(
                sent_index,
                a1,
                None,
                "010",
                trigger_text_of(doc, [tok, to]),
                sentence_text(sent).strip(),
                ACCORDING_CONFIDENCE,
                event_date_of(tok.head, [], published_at, actors.dates.get(sent.start, [])),
            )
        ]
    return []
