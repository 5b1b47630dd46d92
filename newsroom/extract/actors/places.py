"""Places and countries inside phrases: the country a title or group belongs to ("the Pakistani prime
minister", "minister of Pakistan", "police in Lagos"), and whether a capital stands for a place rather than
its government ("talks in Kabul")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsroom.extract.actors.words import MAX_PHRASE_TOKENS
from newsroom.extract.lexicon import lookup_alias

# A capital in these positions is a place ("talks in Kabul"), not its government.
LOCATIVE_PREPS = frozenset(
    {"in", "at", "near", "inside", "outside", "around", "across", "throughout", "within", "into", "via"}
)
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
PLACE_PREPS = frozenset({"in", "from", "of", "at"})


def is_locative(span: Span) -> bool:
    root = span.root
    return root.dep_ == "compound" or (root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS)


def country_of(tokens: list[Token]) -> str | None:
    """Country named inside a phrase: 'US Secretary of State', 'the Pakistani prime minister'."""
    for token in tokens:
        if token.is_alpha or "." in token.text:
            if not token.text[:1].isupper():
                continue
            entry = lookup_alias(token.text)
            if entry is None and token.ent_iob_ == "B":
                entry = lookup_alias(entity_text(token))
            if entry is not None and entry.country_code:
                return entry.country_code
    return None


def entity_text(first: Token) -> str:
    """Text of the entity starting at ``first`` (``doc.ents`` is rebuilt on every access, so avoid it)."""
    doc, end = first.doc, first.i + 1
    while end < len(doc) and end - first.i < MAX_PHRASE_TOKENS and doc[end].ent_iob_ == "I":
        end += 1
    return doc[first.i : end].text


def of_phrase(token: Token) -> Token | None:
    """'minister of Pakistan', 'officials from China' -> the pobj when it names a country."""
    for child in token.children:
        if child.dep_ == "prep" and (
            child.lower_ == "of" or (child.lower_ == "from" and token.tag_ in ("NNS", "NNPS"))
        ):
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.ent_type_ in ("GPE", "NORP", "ORG"):
                    return pobj
    return None


def of_country(token: Token) -> str | None:
    pobj = of_phrase(token)
    if pobj is None:
        return None
    entry = lookup_alias(pobj.text) or lookup_alias(token.doc[pobj.left_edge.i : pobj.i + 1].text)
    return entry.country_code if entry else None


def place_country(token: Token) -> tuple[bool, str | None]:
    """Whether a modifier or prepositional object is a named place, and its country when the alias table knows it."""
    if token.ent_type_ not in PLACE_LABELS or not token.text[:1].isupper():
        return False, None
    doc, start = token.doc, token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    words = entity_text(doc[start]).split()
    entry = None
    for n in range(len(words), 0, -1):  # "the United States troops" tagged whole: "United States"
        entry = lookup_alias(" ".join(words[:n]))
        if entry is not None:
            break
    if entry is not None and entry.actor_type not in ("country", "organization"):
        return False, None
    return True, entry.country_code if entry else None


def local_place(token: Token, phrase: list[Token]) -> tuple[bool, str | None]:
    """A place that locates a group: a place name before its noun ("the Springfield police") or after it
    ("police in Springfield", "a gunman from Springfield"), or a capitalised body after a proper noun
    ("Lakeside Valley Police" untagged by NER). Returns (found, country of the place if known)."""
    for t in phrase:
        if t.i < token.i and t.dep_ in ("compound", "nmod", "amod", "poss"):
            found, country = place_country(t)
            if found:
                return True, country
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in PLACE_PREPS:
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    found, country = place_country(pobj)
                    if found:
                        return True, country
    sentence_start = token.i == token.sent.start
    if token.text[:1].isupper() and not token.is_upper and not sentence_start:
        names = [t for t in phrase if t.i < token.i and t.dep_ == "compound" and t.pos_ == "PROPN"]
        if names and all(lookup_alias(t.text) is None for t in names):
            return True, None
    return False, None
