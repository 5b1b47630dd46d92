"""Sense rules for movement verbs: "arrived at Adelaide Airport" is a visit, "arrived at a compromise" is not; a
group arriving or travelling (refugees, journalists, soldiers) makes no visit, nor does a trip inside the
traveller's own country."""

from __future__ import annotations

from newsroom.extract.events.codebook import word_set
from newsroom.extract.events.places import Info, place_country_of
from newsroom.extract.events.sense_clues import UNDECIDED, Trigger
from newsroom.extract.events.syntax import base_lemma

# Common nouns of a place one arrives at ("arrived at the airport"); names of places count as well.
_ARRIVAL_PLACES = word_set("arrival_places") | word_set("place_nouns")
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def arrivals(t: Trigger):
    """ "arrived at X" is a visit only when X is a place, not a decision, a figure or an agreement."""
    if t.lemma != "arrive" or not t.verb or "in" in t.preps or "at" not in t.preps:
        return UNDECIDED
    place = t.preps["at"]
    # a firm or a shop is where police arrive at a scene ("officers arrived at the Walmart"), not a visit
    if place.ent_type_ in _PLACE_ENTS or base_lemma(place) in _ARRIVAL_PLACES:
        return t.code
    return None


# Verbs of getting somewhere: a visit when a leader or envoy makes the journey.
_JOURNEYS = frozenset({"arrive", "travel", "fly"})
_TRIP_VERBS = _JOURNEYS | {"visit"}


def journey(tok) -> bool:
    """A verb of a trip ("will travel to", "will visit"), which an announced visit (036) is coded from."""
    return base_lemma(tok) in _TRIP_VERBS


def group_journey(tok, code: str, source_type: str) -> bool:
    """ "the refugees began arriving in Burundi", "the freed journalists arrived in Bucharest", "soldiers arrived
    in two jeeps": people arriving as a group are moving, not visiting a host (CAMEO 042 is a leader's or a
    delegation's visit, who are named persons, bodies or states)."""
    return code == "042" and source_type == "group" and base_lemma(tok) in _JOURNEYS


def trip_at_home(traveller: int, destination, place: int | None, info: Info) -> bool:
    """ "the President travelled to Pittsburgh", "the minister was visiting the town of X": a town, region, site or
    the country itself, when it lies in the traveller's own country, is no host (CAMEO 042 is a visit to another
    party); a foreign place, a person or a body visited stays a visit, and so does a traveller of no known country.
    ``destination`` is the token naming where the visit went, ``place`` the actor it resolved to (None when none)."""
    home = info.get(traveller, ("", None))[1]
    return home is not None and place_country_of(destination, place, info) == home
