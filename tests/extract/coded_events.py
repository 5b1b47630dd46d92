"""How the event tests read an extraction: each event as (code, source name, target name), or its codes."""

from __future__ import annotations

from newsroom.models import Extraction


def triples(ex: Extraction) -> list[tuple[str, str | None, str | None]]:
    names = {a.entity_index: a.name for a in ex.actors}
    return [(e.cameo_code, names.get(e.actor1_entity), names.get(e.actor2_entity)) for e in ex.events]


def codes(extract, text: str) -> list[str]:
    return [e.cameo_code for e in extract(text).events]


def roots(extract, text: str) -> set[str]:
    return {c[:2] for c in codes(extract, text)}
