"""A firm named for someone by a given name in the possessive: "David's Tea", "Sam's Club".
NER tags the given name a person (or a body of its own) and leaves the capitalised business noun after it out (or tags it alone), so the
firm became a person "David" and the noun a body "Tea". A given name alone with "'s" and a capitalised noun that is no
role ("Sam's Lawyer") and no other entity is one organisation's name."""

from __future__ import annotations

from spacy.tokens import Span

from newsroom.extract.actors.names import is_possessive
from newsroom.extract.lexicon import given_names, role_words

# Over this share of capitalised words the sentence is a headline in title case ("Why Sam's Plan Failed"), where a
# capital says nothing about a name.
_TITLE_CASE_SHARE = 0.6


def with_shop_noun(ent: Span) -> Span:
    """The PERSON or ORG entity ``ent`` (NER also tags the given name alone a body: "Rosa" and "Bakery" of "Rosa's
    Bakery") as the firm it names with the capitalised noun after its possessive, or as it is."""
    if ent.label_ not in ("PERSON", "ORG") or len(ent) > 3:
        return ent
    doc = ent.doc
    mark = ent.end - 1 if len(ent) > 1 and is_possessive(ent[-1]) else ent.end
    given = doc[mark - 1]
    if mark >= len(doc) - 1 or not is_possessive(doc[mark]) or given.lower_ not in given_names():
        return ent
    if mark - ent.start > 1:
        return ent  # "Jane Lee's London Fashion Week": a person's full name, whose last word is also a given name
    end = mark + 1
    while end < len(doc) and _business_noun(doc[end]):
        end += 1
    if end == mark + 1 or _title_case(ent):
        return ent
    return Span(doc, ent.start, end, label="ORG")


def _business_noun(token) -> bool:
    return (
        token.is_title
        and token.tag_ == "NNP"
        and token.ent_type_ in ("", "ORG")
        and token.lower_ not in role_words()
    )


def _title_case(ent: Span) -> bool:
    words = [t for t in ent.sent if t.is_alpha and len(t) > 3]
    return bool(words) and sum(t.is_title for t in words) > _TITLE_CASE_SHARE * len(words)
