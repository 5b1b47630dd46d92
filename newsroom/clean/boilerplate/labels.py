"""Whole-line widget phrases ("Read more", "Accept all cookies") and the labels that open a list or caption.

The phrases, by reason, are in ``rules/exact_phrases.txt``.
"""

from __future__ import annotations

from newsroom.clean.boilerplate.lines import EDGE
from newsroom.clean.boilerplate.rules import exact_phrases

EXACT = exact_phrases()
EXACT_LOOKUP = {phrase: reason for reason, phrases in EXACT.items() for phrase in phrases}

# A bare label that opens a list of links to other articles, or a caption.
_LIST_LABELS = frozenset(
    phrase
    for phrase in EXACT["related_links"]
    if phrase not in ("latest", "popular", "trending", "recommended")
) | {
    "more stories",
    "top stories",
    "explore more on these topics",
    "related topics",
    "visual stories",
    "trending stories",
}
_CAPTION_LABELS = frozenset({"image caption", "media caption", "video caption", "caption", "photo caption"})


def label_kind(line: str) -> str | None:
    """ "related_links" for a bare "Also read"/"Related" label, "photo_caption" for "Image caption,"."""
    core = line.strip().strip(EDGE).lower()
    if core in _LIST_LABELS:
        return "related_links"
    if core in _CAPTION_LABELS:
        return "photo_caption"
    return None
