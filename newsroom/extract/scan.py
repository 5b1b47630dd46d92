"""The few tokens a pass over an article looks at, found with one array compare over the document.

spaCy builds a new Python ``Token`` on every access, so ``for token in doc`` pays for one per word
before the pass reads anything, and an article had ten such passes. A pass that skips every token
but some parts of speech or tags asks for just those; it still tests its own conditions on each.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from spacy.attrs import POS
from spacy.strings import get_string_id
from spacy.symbols import IDS
from spacy.tokens import Doc, Span, Token

# doc.user_data keys: the article's attribute columns read so far, and its entities (a Doc does not change after
# its parse)
_COLUMNS = "newsroom_scan_columns"
_ENTITIES = "newsroom_scan_entities"
# answers kept by the token indices they depend on (``kept``: the children asked of tokens, ``kids``, among them),
# dropped with the rest by ``release``
KEPT = "newsroom_scan_kept"


def indices_with(doc: Doc, attr: int, values: tuple[str, ...]) -> list[int]:
    """The indices of the tokens of ``doc`` whose ``attr`` (``POS``, ``TAG``, ``LOWER``, ...) is one of
    ``values``, in order, for a caller that needs no Token. Each attribute's column is read from the Doc once
    per article: an article's passes ask about the same few attributes a dozen times."""
    columns = doc.user_data.get(_COLUMNS)
    if columns is None:
        columns = doc.user_data[_COLUMNS] = {}
    column = columns.get(attr)
    if column is None:
        column = columns[attr] = doc.to_array(attr)
    ids = _ids(attr, values)
    found = column == ids[0]
    for other in ids[1:]:
        found |= column == other
    return found.nonzero()[0].tolist()


@lru_cache(maxsize=4096)
def _ids(attr: int, values: tuple[str, ...]) -> tuple[int, ...]:
    # parts of speech are spaCy symbols; every other attribute holds the string's hash
    return tuple(IDS[value] for value in values) if attr == POS else tuple(map(get_string_id, values))


def tokens_with(doc: Doc, attr: int, values: tuple[str, ...]) -> Iterator[Token]:
    """The tokens of ``doc`` whose ``attr`` is one of ``values``, in order (``indices_with``).
    For a whole article: over a sentence of ~25 words the array's own overhead costs more than the Tokens."""
    for i in indices_with(doc, attr, values):
        yield doc[i]


def entities(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built once per article: spaCy builds a new Span for every entity of the article on each
    access, and the candidate, place, date and event passes each read them all."""
    found = doc.user_data.get(_ENTITIES)
    if found is None:
        found = doc.user_data[_ENTITIES] = doc.ents
    return found


def release(doc: Doc) -> None:
    """Drop the article's cached columns and entities once it is extracted: the entities are Spans that hold the
    Doc, a reference cycle that would keep every parsed article alive until the garbage collector's next pass."""
    doc.user_data.pop(_COLUMNS, None)
    doc.user_data.pop(_ENTITIES, None)
    doc.user_data.pop(KEPT, None)


def kept(doc: Doc, name: str) -> dict:
    """The article's answers of one pure question (``name``) kept by the token indices they depend on, until
    ``release``: a question asked of the same words by several passes then makes its Tokens once."""
    store = doc.user_data.get(KEPT)
    if store is None:
        store = doc.user_data[KEPT] = {}
    found = store.get(name)
    if found is None:
        found = store[name] = {}
    return found


# each asked token's children as (index, dependency, lower-cased word), by token index, kept per article (released
# with it): the negation, auxiliary, passive, clause and child tests ask them of the same verbs again and again, and
# each ask made a Token of every child and decoded its strings.
def kids(tok) -> tuple[tuple[int, str, str], ...]:
    """``(c.i, c.dep_, c.lower_)`` of each of ``tok.children``, in their order, without a Token per child."""
    known = kept(tok.doc, "kids")
    found = known.get(tok.i)
    if found is None:
        found = known[tok.i] = tuple((c.i, c.dep_, c.lower_) for c in tok.children)
    return found
