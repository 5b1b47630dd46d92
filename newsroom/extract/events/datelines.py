"""Datelines, caption leads and wire agencies, so that "WASHINGTON (AP) —", the "Somalia" of "Somalia On Sunday,
bombers killed ..." and "Reuters" are never actors of an event."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache

from spacy.attrs import ORTH

from newsroom.extract.datelines import DASHES, dateline_end
from newsroom.extract.events.codebook import news_agencies
from newsroom.extract.scan import indices_with

# A sentence opens with one of these, capitalised; after a few name words it starts the real sentence.
_OPENER_TAGS = frozenset({"IN", "DT", "CD"})
# What a caption, category or infobox label left before the text is made of ("Iraq war", "Israel/Palestine conflict").
_LABEL_POS = frozenset({"PROPN", "NOUN", "ADJ", "CCONJ", "NUM"})
_LABEL_MAX = 6


def caption_end(sent) -> int:
    """Index of the first token after a caption lead, else sent.start: name or label words glued before a
    capitalised opener ("Somalia On Sunday, suicide bombers killed ...", "Turkey Two bombs detonated ...",
    "Iraq war The city of ..."). No English clause has a capitalised preposition, article or number word right
    after a name unless the name ended a heading; a name of several words ("Formula One") is one entity, and a
    headline in title case is no such lead."""
    doc, start = sent.doc, sent.start
    for k in range(
        min(len(sent), _LABEL_MAX + 1)
    ):  # a Token at a time: most sentences leave at the first word
        t = doc[start + k]
        if k and t.tag_ in _OPENER_TAGS and t.is_title and t.is_alpha and t.text != "I":
            glued = doc[start + k - 1].ent_iob_ != "O" and t.ent_iob_ == "I"
            return sent.start if glued or _title_case(sent[k:]) else t.i
        if not (t.pos_ in _LABEL_POS or t.text in ("/", "-")):
            return sent.start
    return sent.start


def _title_case(words) -> bool:
    """A headline in title case ("Israel Strikes On Gaza Targets"), where a capitalised "On" is no new start."""
    content = [w for w in words if w.is_alpha and len(w) > 3]
    return sum(w.is_lower for w in content) < max(2, len(content) // 2)


def dateline_ends(doc, sentences: list) -> list[int]:
    """``dateline_end`` of each sentence, or its ``caption_end``. A dateline ends in a dash among the sentence's
    first 14 tokens, so a sentence without one (most: one array compare over the article finds the dashes) is
    its own start."""
    dashes = indices_with(doc, ORTH, tuple(DASHES))
    out = []
    for sent in sentences:
        k = bisect_left(dashes, sent.start)
        near = k < len(dashes) and dashes[k] < min(sent.end, sent.start + 14)
        end = dateline_end(sent) if near else sent.start
        out.append(end if end > sent.start else caption_end(sent))
    return out


@lru_cache(maxsize=4096)
def is_news_agency(text: str) -> bool:
    name = " ".join(text.replace("(", " ").replace(")", " ").split()).casefold()
    name = name.removeprefix("the ")
    return name in news_agencies()


DATELINES = "newsroom_event_datelines"


def dateline_end_of(tok) -> int:
    """First token after the dateline of tok's sentence; code_events fills the per-sentence table once."""
    table = tok.doc.user_data.get(DATELINES)
    if table is not None:
        starts, ends = table
        k = bisect_right(starts, tok.i) - 1
        return ends[k] if k >= 0 else 0
    return dateline_end(tok.sent)
