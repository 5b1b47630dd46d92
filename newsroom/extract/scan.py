"""The few tokens a pass over an article looks at, found with one array compare over the document.

spaCy builds a new Python ``Token`` on every access, so ``for token in doc`` pays for one per word
before the pass reads anything, and an article had ten such passes. A pass that skips every token
but some parts of speech or tags asks for just those; it still tests its own conditions on each.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.attrs import POS
from spacy.strings import get_string_id
from spacy.symbols import IDS
from spacy.tokens import Doc, Token


def indices_with(doc: Doc, attr: int, values: tuple[str, ...]) -> list[int]:
    """The indices of the tokens of ``doc`` whose ``attr`` (``POS``, ``TAG``, ``LOWER``, ...) is one of
    ``values``, in order, for a caller that needs no Token."""
    # parts of speech are spaCy symbols; every other attribute holds the string's hash
    ids = [IDS[value] for value in values] if attr == POS else [get_string_id(value) for value in values]
    column = doc.to_array(attr)
    found = column == ids[0]
    for other in ids[1:]:
        found |= column == other
    return found.nonzero()[0].tolist()


def tokens_with(doc: Doc, attr: int, values: tuple[str, ...]) -> Iterator[Token]:
    """The tokens of ``doc`` whose ``attr`` is one of ``values``, in order (``indices_with``).
    For a whole article: over a sentence of ~25 words the array's own overhead costs more than the Tokens."""
    for i in indices_with(doc, attr, values):
        yield doc[i]
