"""A body's name that goes on after "of" or "for": "the Farmworker Alliance of Georgia", "the District Court for
the Western District of Ohio", "the Tunisian League for Human Rights". NER often ends the name at its kind word
and leaves the rest untagged or tags it as a place of its own; the piece ("District Court", "Tunisian League")
is then a wrong actor that stands for many bodies, and the place after "of" a wrong party."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsroom.extract.actors.roles import find_role
from newsroom.extract.actors.words import FIRM_HEADS, OF_BODY_WORDS
from newsroom.extract.lexicon import lookup_alias, name_heads

# Kinds of body whose name, beyond the heads of ``name_heads``, goes on with what it is for or where it is: "the
# Supreme Court of Ghana", "the Center for Strategic Studies", "the Coalition for Clean Air".
KIND_WORDS = frozenset(
    "court league center centre alliance coalition federation union movement front society fund academy "
    "network service board conference caucus".split()
)
# Kinds of body whose name goes on with "on" and what it deals with: "the Council on Foreign Relations", "the
# Commission on Human Rights", "the Committee on Armed Services".
_ON_KINDS = frozenset(
    {"council", "commission", "committee", "conference", "board", "center", "centre", "institute"}
)
# NER labels no body's name takes in after "of" or "for": a person, a time, an amount.
_NOT_IN_NAME = frozenset({"PERSON", "DATE", "TIME", "MONEY", "CARDINAL", "PERCENT", "QUANTITY"})
_JOINERS = frozenset({"and", "of", "&"})
_MAX_WORDS = 8


def with_what_for(ent: Span) -> Span:
    """``ent`` taken on over "of"/"for", an optional "the" and the capitalised words after it, when ``ent`` is an
    organisation NER ended at its kind word ("Association", "Court", "Office"); else ``ent`` unchanged."""
    doc = ent.doc
    end = ent.end
    if len(ent) > 1 and ent[-1].text in ("of", "for", "on"):
        end -= 1  # "the Farmworker Alliance of" + "Georgia"
    if (
        ent.label_ != "ORG"
        or end + 1 >= len(doc)
        or doc[end].text not in ("of", "for", "on")
        or not _named_by_kind(ent, end)
    ):
        return ent
    i = end + 1
    if doc[end].text == "on" and (
        doc[end - 1].lower_ not in _ON_KINDS or doc[i].ent_type_ in ("GPE", "LOC", "FAC", "NORP", "PERSON")
    ):
        return ent  # "the Council on Foreign Relations", not "the Board on Acme Street" nor "the Court on Friday"
    if doc[i].lower_ == "the" and i + 1 < len(doc) and doc[end].text != "on":
        i += 1
    last = _name_end(doc, i)
    if last == i or _not_the_bodys(doc[ent.start : end], i, last):
        return ent
    return Span(doc, ent.start, last, label="ORG")


def _not_the_bodys(body: Span, i: int, last: int) -> bool:
    """The capitalised words name something else: the country or region of a body named by its kind alone, which
    is coded with that place ("the Supreme Court of the United Kingdom", "the Senate of Puerto Rico"); a possessor ("for ICE's investigators"); a
    modifier of the common noun after them ("for the Kandahar province", "the Latin America committee")."""
    doc = body.doc
    entry = lookup_alias(doc[i:last].text)
    place = doc[i].ent_type_ in ("GPE", "LOC") or (entry is not None and entry.actor_type == "country")
    if place and doc[body.end].text == "of":
        words = [t for t in body if t.is_alpha and t.lower_ != "the"]
        found = find_role(words, body=True)
        if found is not None and (found.start, found.end) == (0, len(words)):
            return True
    if last < len(doc) and (
        doc[last].text in ("'s", "’s") or (doc[last].pos_ == "NOUN" and doc[last].is_lower)
    ):
        return True
    return False


def with_office(ent: Span) -> Span:
    """ "the Kings County" + "District Attorney's Office": a place or body, capitalised words and "'s Office" after
    it are one office, an organisation (NER also tags such a name a building)."""
    doc = ent.doc
    if ent.label_ not in ("GPE", "ORG", "FAC"):
        return ent
    if ent.label_ == "FAC" and _office_at(doc, ent.end - 2):
        return Span(doc, ent.start, ent.end, label="ORG")
    j = ent.end
    while j < min(len(doc), ent.end + 3) and doc[j].is_title and doc[j].is_alpha and not doc[j].ent_type_:
        j += 1
    return Span(doc, ent.start, j + 2, label="ORG") if j > ent.end and _office_at(doc, j) else ent


def _office_at(doc, i: int) -> bool:
    """ "'s Office" at ``i``."""
    return 0 < i and i + 1 < len(doc) and doc[i].text in ("'s", "’s") and doc[i + 1].text == "Office"


def _named_by_kind(ent: Span, end: int) -> bool:
    """The name ends at its kind word ("the Farmworker Alliance"), or, before "for", its kind word comes before an
    "of" of its own ("the Court of Appeals" for the Ninth Circuit)."""
    doc = ent.doc
    if kind_word(doc[end - 1]):
        return True
    return doc[end].text == "for" and any(
        t.text == "of" and t.i > ent.start and kind_word(doc[t.i - 1]) for t in doc[ent.start : end]
    )


def kind_word(token: Token) -> bool:
    """A body's kind written as its last word: "Association", "Court", "Bureau"; not a firm's ("Group")."""
    word = token.lower_
    if not token.is_title or word in FIRM_HEADS:
        return False
    return word in KIND_WORDS or word in OF_BODY_WORDS or name_heads().get(word) == "ORG"


def _name_end(doc, i: int) -> int:
    """End of the run of capitalised words from ``i`` ("International Development", "the Western District of Ohio"),
    with "and", "of" or "&" inside it, within the sentence; ``i`` when there is none. An "and" after a place, or
    before a body's name of its own, ends it ("the Union of Montana and Native Voters Rights Fund")."""
    sent_end = min(doc[i].sent.end, i + _MAX_WORDS)
    last = i
    j = i
    while j < sent_end:
        token = doc[j]
        if token.lower_ in _JOINERS and j > i:
            if token.lower_ == "and" and (
                doc[j - 1].ent_type_ in ("GPE", "LOC") or _body_follows(doc, j + 1, sent_end)
            ):
                break
            j += 1
            continue
        if token.text == "-" and not doc[j - 1].whitespace_ and j + 1 < sent_end and doc[j + 1].is_title:
            j += 1  # "Self-Defense"
            continue
        if not (token.is_alpha and (token.is_title or token.is_upper)) or token.ent_type_ in _NOT_IN_NAME:
            break
        if (
            j + 1 < len(doc)
            and doc[j + 1].ent_type_ == "PERSON"
            and find_role([token], body=False) is not None
        ):
            break  # "... Development Director Jane Doe": a person's title ends the body's name
        if token.is_sent_start and j > i:
            break
        j += 1
        last = j
    return last


def _body_follows(doc, j: int, end: int) -> bool:
    """A body's name of its own starts at ``j``: capitalised words up to a kind word."""
    while j < end and doc[j].is_title:
        if kind_word(doc[j]):
            return True
        j += 1
    return False
