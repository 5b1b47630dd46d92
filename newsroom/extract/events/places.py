"""Places and weapons as parties. CAMEO codes a town, region or site by the country it lies in: "troops stormed the
city of X", "shelled X", "drones struck X" are acts on X's country, never on a place of its own; and the make of a
weapon or vehicle ("a Katyusha rocket", "a Hercules aircraft") or the town an agreement is named for ("the Kyoto
agreement") names no party at all, nor does a sea, a strait or a river. The actor pass keeps a named place that is
no country as an actor of type "other", with its country when the alias table or the gazetteer knows it.
"""

from __future__ import annotations

from newsroom.extract.actors.gazetteer import place_country_code
from newsroom.extract.events.codebook import word_set
from newsroom.extract.events.syntax import child_of, entity_text, lemma_of, pobj_of
from newsroom.extract.lexicon import name_heads

Info = dict[int, tuple[str, str | None]]

_NAMED_THINGS = word_set("arms") | word_set("armed_backing") | word_set("vehicles") | word_set("agreements")

_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})

_WATERS = word_set("water_bodies")
# Nouns of states ("the two governments"; "the Gulf states", which a water names without being one).
STATE_NOUNS = frozenset({"government", "country", "nation", "state"})


def country_party(code: str | None, info: Info) -> int | None:
    """The article's actor for the country with this code, when there is exactly one."""
    found = (
        [e for e, (kind, country) in info.items() if kind == "country" and country == code] if code else []
    )
    return found[0] if len(found) == 1 else None


def unless_make(tok, value: int | None, info: Info) -> int | None:
    """The actor found for ``tok``, unless it is a named thing the actor pass took for a place and ``tok`` is the
    weapon or vehicle it names the make of ("a Katyusha rocket fired from X") or the agreement it names ("refused
    to ratify the Kyoto agreement")."""
    if value is None or info.get(value, ("", None))[0] != "other":
        return value
    if lemma_of(tok) in _NAMED_THINGS or (tok.dep_ == "compound" and lemma_of(tok.head) in _NAMED_THINGS):
        return None
    return value


def place_party(tok, value: int | None, info: Info) -> int | None:
    """The party a target stands for: the article's actor for the country of a place ("stormed the city of X"),
    or of a town the actor pass kept no actor for ("shelled X"); the place itself when the article names no actor
    for its country; any other actor unchanged."""
    if value is None:
        return country_party(_town_country(tok), info)
    kind, country = info.get(value, ("", None))
    seat = country_party(country, info) if kind == "other" else None
    return value if seat is None else seat


def place_country_of(tok, value: int | None, info: Info) -> str | None:
    """The country a place named by ``tok`` lies in: a country's own code, the country of a place actor, or the
    gazetteer's for a town the actor pass kept no actor for; None for a party that is no place."""
    if value is None:
        return _town_country(tok)
    kind, country = info.get(value, ("", None))
    return country if kind in ("country", "other") else None


def _town_country(tok) -> str | None:
    """The country the gazetteer gives a place named by ``tok`` or by its "of" ("the city of X", a name the
    tagger may miss after a word for a town)."""
    if tok.ent_type_ not in _PLACE_ENTS:
        of = child_of(tok, "prep")
        kind = lemma_of(tok) in ("city", "capital") or name_heads().get(lemma_of(tok)) == "GPE"
        tok = pobj_of(of) if kind and of is not None and of.lower_ == "of" else None
        if tok is None or (tok.ent_type_ not in _PLACE_ENTS and tok.pos_ != "PROPN"):
            return None
    return place_country_code(entity_text(tok))


def water_body(tok, depth: int = 0) -> bool:
    """``tok`` names a sea, strait or river, or a thing named by one ("the Black Sea ports", "South China Sea
    islands"), itself or through its "of / from" (as the resolver reads "a blockade of the Black Sea ports"):
    water is no party, and a port or an island is a party's only through the country the sentence names apart
    ("the Black Sea ports of Ukraine"). Not "the Black Sea Fleet" (a name whose head is no water) nor "the Gulf
    states"."""
    if depth < 2 and any(
        p.dep_ == "prep"
        and p.lower_ in ("of", "from")
        and (o := pobj_of(p)) is not None
        and water_body(o, depth + 1)
        for p in tok.children
    ):
        return True
    if tok.ent_type_ in _PLACE_ENTS:
        names = [tok]
    elif tok.pos_ == "NOUN" and lemma_of(tok) not in STATE_NOUNS:
        names = [c for c in tok.children if c.dep_ == "compound" and c.ent_type_ in _PLACE_ENTS]
    else:
        return False
    return any(lemma_of(_entity_root(n)) in _WATERS for n in names)


def _entity_root(tok):
    """The syntactic head of the named entity ``tok`` is in ("Strait" of "the Strait of Hormuz")."""
    doc, start, end = tok.doc, tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end].root


_WITHIN_PREPS = frozenset({"in", "across", "throughout"})


def states_in(tok):
    """The named place the unnamed states ``tok`` lie in ("assistance to countries in Africa, the Middle East and
    Asia", "governments across Latin America"): the party the act reaches, as CAMEO codes a region; else None."""
    if tok.pos_ != "NOUN" or tok.ent_type_ or lemma_of(tok) not in STATE_NOUNS:
        return None
    return next(
        (
            o
            for p in tok.children
            if p.dep_ == "prep"
            and p.lower_ in _WITHIN_PREPS
            and (o := pobj_of(p)) is not None
            and o.ent_type_ in ("GPE", "LOC")
        ),
        None,
    )
