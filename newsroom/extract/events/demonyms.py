"""A country named only by its adjective on an event noun: "Israeli airstrikes", "Russian shelling", "US
sanctions". The actor pass registers mentions of names, not a bare demonym modifying an event, so the adjective
resolves to the article's actor for that country when there is exactly one (a country the article names only so is
one with no mention until an event takes it: ArticleActors.add_adjective_countries).
"""

from __future__ import annotations

from newsroom.extract.events.places import country_party
from newsroom.extract.lexicon import lookup_alias

_AGENTIVE_DEPS = frozenset({"amod", "compound", "nmod"})


def country_actor(tok, info: dict[int, tuple[str, str | None]]) -> int | None:
    """The article's country actor a demonym modifier names ("Israeli" -> Israel), else None; not on a definite
    noun ("killed in the Israeli strikes"), which points back to an event the article has already told."""
    if tok is None or tok.ent_type_ not in ("NORP", "GPE") or tok.dep_ not in _AGENTIVE_DEPS:
        return None
    if any(c.dep_ == "det" and c.lower_ in ("the", "this", "these", "those") for c in tok.head.children):
        return None
    return named_country(tok.text, info)


def named_country(text: str, info: dict[int, tuple[str, str | None]]) -> int | None:
    """The article's actor for the country an alias names ("Israeli", "British", "the US") when there is exactly
    one, else None."""
    entry = lookup_alias(text)
    if entry is None or entry.actor_type != "country":
        return None
    return country_party(entry.country_code, info)
