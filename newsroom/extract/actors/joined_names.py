"""Names NER cut at "and": a body named for a couple ("the Jane and John Doe Foundation", read as "Jane" and "John
Doe Foundation"), a body whose "of" governs two fields ("the Ministry of Road Transport and Bridges", read as
"Ministry of Road Transport" and a person "Bridges"), and a minister's portfolio of two fields before the title
("Road Transport and Bridges Minister Jane Doe"), and a body's name listing its fields ("the Senate Health,
Education, Labor and Pensions Committee", read as three bodies). Each piece names a wrong actor; the whole is one body, or, before
a title, the office's portfolio and no actor at all."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsroom.extract.actors.gazetteer import place_country_code
from newsroom.extract.actors.name_shape import common_word
from newsroom.extract.actors.roles import find_role
from newsroom.extract.actors.words import OF_BODY_WORDS
from newsroom.extract.lexicon import given_names, lookup_alias, name_heads

# Lower-case words that join the parts of a Romance, Germanic or Arabic name ("Sousa do Vale", "Casa delle
# Arti", "Ibn Saud"); NER often ends the name before them and starts another after.
NAME_LINKS = frozenset(
    "da das de del della delle dei degli di do dos du van von der den ter ten bin ibn".split()
)
# Entities after such a word that are no second part of a name: a date or a number ("what did Doe do Tuesday").
_NAME_PART_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})


def joined_at_link(doc: Doc, ents: list[Span]) -> list[Span]:
    """``ents`` (in text order) with a name NER cut at a linking word ("Casa" and "Arti" of "Casa delle Arti",
    "Sousa" and "Vale" of "Sousa do Vale") made one: a name, the word in lower case, and a capitalised word
    that starts the next name or stands in none. A person's name if either part was one, else a body's if either
    was one ("Verband" a place, "Automobilindustrie" a body), else the first part's kind."""
    out: list[Span] = []
    n = 0
    while n < len(ents):
        ent, n = ents[n], n + 1
        link = ent.end
        if ent.label_ not in _NAME_PART_LABELS or link + 1 >= len(doc) or doc[link].text not in NAME_LINKS:
            out.append(ent)
            continue
        after = doc[link + 1]
        nxt = ents[n] if n < len(ents) and ents[n].start == after.i else None
        if not (after.is_title and after.is_alpha) or (nxt is None and after.ent_type_):
            out.append(ent)
            continue
        if nxt is not None:
            if nxt.label_ not in _NAME_PART_LABELS:
                out.append(ent)
                continue
            end, n = nxt.end, n + 1
        else:
            end = after.i + 1
            while (
                end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN" and not doc[end].ent_type_
            ):
                end += 1
        labels = (ent.label_, nxt.label_ if nxt is not None else "")
        label = next((kind for kind in ("PERSON", "ORG") if kind in labels), ent.label_)
        out.append(Span(doc, ent.start, end, label=label))
    return out


# NER labels of a name that is no field of a portfolio ("Health and Human Services"): a place, a body or a people.
_NAMED_LABELS = frozenset({"GPE", "LOC", "ORG", "NORP", "FAC"})


def rejoin_at_and(doc: Doc, ents: list[Span]) -> list[Span]:
    """``ents`` (in text order) with the pieces of a name cut at "and" joined into one body, and a portfolio's
    pieces before a title dropped."""
    out: list[Span] = []
    dropped_until = -1
    for n, ent in enumerate(ents):
        if ent.start < dropped_until:
            continue
        fields_end = _fields_end(doc, ent.end)
        portfolio_end = fields_end if fields_end is not None else ent.end
        if _portfolio_of_title(doc, ent, portfolio_end):
            dropped_until = portfolio_end
            continue
        nxt = ents[n + 1] if n + 1 < len(ents) else None
        if nxt is not None and _couple_named(ent, nxt):
            out.append(Span(doc, ent.start, nxt.end, label="ORG"))
            dropped_until = nxt.end
        elif fields_end is not None and _of_fields(doc, ent, fields_end):
            out.append(Span(doc, ent.start, fields_end, label="ORG"))
            dropped_until = fields_end
        elif (listed_end := _listed_fields_end(doc, ent)) is not None:
            out.append(Span(doc, ent.start, listed_end, label="ORG"))
            dropped_until = listed_end
        else:
            out.append(Span(doc, _fields_start(doc, ent), ent.end, label=ent.label_))
    return out


def body_head(token: Token) -> bool:
    """A body's last word: "Foundation", "Institute", "Bureau"."""
    word = token.lower_
    return word in OF_BODY_WORDS or name_heads().get(word) == "ORG"


def _couple_named(first: Span, body: Span) -> bool:
    """ "the Jane and John Doe Foundation": a lone given name, "and", then a body's name ending in its head word,
    the given name coordinated with the body by the parse or opened by "the", which a person's name is not."""
    return (
        first.label_ == "PERSON"
        and len(first) == 1
        and body.start == first.end + 1
        and first.doc[first.end].lower_ == "and"
        and len(body) > 1
        and body_head(body[-1])
        and body.root.i == body.end - 1
        and (
            (body.root.dep_ == "conj" and body.root.head.i == first.start)
            or (first.start > 0 and first.doc[first.start - 1].lower_ == "the")
        )
    )


def _fields_start(doc: Doc, ent: Span) -> int:
    """Where a body's name NER cut after "and" starts: "the U.S. Patent and Trademark Office", "the House Oversight
    and Reform Committee" (tagged "Trademark Office", "Reform Committee") — a field NER left untagged and "and" right
    before an organisation named in capitalised common words take in the capitalised words before them (a country
    may open them). ``ent.start`` when there are none, when a name stands there ("Apple and Google Foundation",
    "Sequoia Capital and ...": NER tagged it, so it is one), or when the organisation is one word."""
    i = ent.start - 2
    if (
        ent.label_ != "ORG"
        or i < 0
        or doc[i + 1].lower_ != "and"
        or not (_field_word(doc[i]) and not doc[i].ent_type_ and _known_to_no_list(doc[i]))
        or len(words := [t for t in ent if t.is_alpha]) < 2
        or not all(t.is_title and common_word(t) for t in words)
    ):
        return ent.start
    while i > 0 and doc[i - 1].is_title and doc[i - 1].ent_type_ in ("", "GPE", "NORP", "ORG"):
        i -= 1
    return i


def _listed_fields_end(doc: Doc, ent: Span) -> int | None:
    """Where a body's name that lists its fields ends when NER cut it at its commas and "and": "the Senate Health,
    Education, Labor and Pensions Committee" (tagged "the Senate Health, Education", "Labor", "Pensions
    Committee"; with a serial comma before "and" too), "the Justice and Transport Select Committee" ("Justice", "Transport Select Committee"). From the
    end of a body ``ent`` of capitalised words: commas, one "and", then capitalised common words no list knows up
    to a body's head word. A list with commas is one name; a single "and" only after one field word that the
    parse puts inside the name it heads (not "Acme and Beta Council" read as two). None when there is no such name."""
    end = ent.end - (ent[-1].text == ",")  # NER may end the piece with its comma
    if ent.label_ != "ORG" or end <= ent.start or body_head(doc[end - 1]) or not field_piece(doc[end - 1]):
        return None
    if not all(t.is_title or t.lower_ == "the" for t in ent if t.is_alpha):
        return None
    commas = sum(t.text == "," for t in doc[ent.start : end])
    joined, i = False, end
    while i + 1 < len(doc) and not joined and doc[i].text in (",", "and"):
        if doc[i].text == "," and doc[i + 1].lower_ == "and" and i + 2 < len(doc):
            i += 1  # the serial comma: "Health, Education, Labor, and Pensions Committee"
        joined = doc[i].lower_ == "and"
        commas += not joined
        i += 1
        if not field_piece(doc[i]):
            return None
        while i < len(doc) and field_piece(doc[i]) and not (joined and body_head(doc[i])):
            i += 1
    if not joined or i >= len(doc) or not field_piece(doc[i]) or not body_head(doc[i]):
        return None
    if not commas and not (
        doc[i].lower_ in _FIELD_LISTING_HEADS
        and _one_field(doc[ent.start : end])
        and i in [t.i for t in doc[end - 1].ancestors][:3]
    ):
        return None
    return i + 1


# Heads whose names join two fields with a bare "and" ("the Justice and Electoral Committee"); a department or
# ministry names its two fields after "of", so "the Treasury and Commerce Department" are two bodies.
_FIELD_LISTING_HEADS = frozenset({"committee", "subcommittee", "council", "commission", "panel", "board"})


def _one_field(words: Span) -> bool:
    """One capitalised word, after "the" and a chamber's word ("House", "Senate") if any: a field of a committee's
    name, not a body's own name ("the Task Force and Tribal Advisory Council" are two bodies)."""
    rest = [t for t in words if t.is_alpha and t.lower_ != "the"]
    if len(rest) > 1 and (chamber := find_role([rest[0]])) is not None and chamber.role.kind == "body":
        rest = rest[1:]
    return len(rest) == 1


def field_piece(token: Token) -> bool:
    """A capitalised common word of a body's name that is no name of its own, whether NER tagged it or not."""
    return (
        token.is_title
        and token.is_alpha
        and token.ent_type_ in ("", "ORG")
        and common_word(token)
        and _known_to_no_list(token)
        and find_role([token]) is None  # "the House and Senate Intelligence Committees": two chambers' bodies
    )


def _known_to_no_list(token: Token) -> bool:
    """A field word ("Educational", "Security") that no alias, place or given name is: not the end of a name of
    its own."""
    return (
        lookup_alias(token.text) is None  # "Hockey Canada and Sport Canada": two bodies of a country
        and place_country_code(token.text) is None  # "the Union of Montana and Native American Rights Fund"
        and token.lower_ not in given_names()  # "Chase Lumber and Madison Plaza Trust": two firms
    )


def _field_word(token: Token) -> bool:
    """A capitalised common word no place's, body's or people's name holds, nor a person's title: a field
    ("Bridges", "Welfare")."""
    return (
        token.is_title
        and token.is_alpha
        and token.ent_type_ not in _NAMED_LABELS
        and common_word(token)
        and find_role([token], body=False) is None
    )


def _fields_end(doc: Doc, end: int) -> int | None:
    """Where a run of "and" and capitalised common words right after ``end`` ends ("... and Bridges"); None when
    there is no such run or a capitalised word goes on after it (the start of another name)."""
    if end + 1 >= len(doc) or doc[end].lower_ != "and":
        return None
    i = end + 1
    while i < len(doc) and _field_word(doc[i]):
        i += 1
    if i == end + 1 or (i < len(doc) and doc[i].is_title and not find_role([doc[i]], body=False)):
        return None
    return i


def _of_fields(doc: Doc, ent: Span, end: int) -> bool:
    """ "the Ministry of Road Transport and Bridges": a body's name with "of" or "for", the fields after "and"
    coordinated by the parse with a word after it, and nothing capitalised after them."""
    if ent.label_ != "ORG":
        return False
    of = next((t.i for t in ent if t.lower_ in ("of", "for")), None)
    last = doc[end - 1]
    return (
        of is not None
        and not (end < len(doc) and doc[end].is_title)
        and last.dep_ == "conj"
        and of < last.head.i < ent.end
    )


def _portfolio_of_title(doc: Doc, ent: Span, end: int) -> bool:
    """ "Road Transport and Bridges Minister", "the Health and Family Welfare Minister": capitalised common words
    joined by "and" (a demonym may open them) right before a person's title are the office's portfolio, or the
    holder's other title ("State Treasurer and Acting Premier"). Not a body's name ("Labour and Co-operative Party
    leader"), nor one the alias table knows, nor a person's name NER gave with a given name first ("Carol Baker
    and Prime Minister John Doe", whose surname is a common word too)."""
    if end >= len(doc) or not doc[end].is_title or find_role([doc[end]], body=False) is None:
        return False
    if ent.label_ == "PERSON" and ent[0].lower_ in given_names():
        return False
    words = [t for t in doc[ent.start : end] if t.lower_ not in ("the", "and")]
    if not any(t.lower_ == "and" for t in doc[ent.start : end]) or lookup_alias(ent.text) is not None:
        return False
    if words and words[0].ent_type_ == "NORP" or (words and lookup_alias(words[0].text) is not None):
        words = words[1:]
    return bool(words) and all(t.is_title and common_word(t) and not body_head(t) for t in words)
