"""Word lists and limits that more than one part of actor resolution reads.

Lists used by one module only live in that module.
"""

from __future__ import annotations

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
SINGULAR_SHARES = frozenset({"one", "each", "either", "neither"})  # "One of the people": one person
# NER labels of a place: an area, a location or a building.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
GENDERED_TITLES = {
    "mr": "m",
    "mr.": "m",
    "sir": "m",
    "lord": "m",
    "mrs": "f",
    "mrs.": "f",
    "ms": "f",
    "ms.": "f",
    "miss": "f",
    "dame": "f",
    "lady": "f",
    "mme": "f",
}
HONORIFICS = frozenset(
    {
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "dr",
        "dr.",
        "prof",
        "prof.",
        "sir",
        "dame",
        "lord",
        "lady",
        "sen.",
        "rep.",
        "gen.",
        "lt.",
        "col.",
        "maj.",
        "gov.",
        "pres.",
        "mme",  # French "Madame" ("Mme Spanton"), "Mademoiselle"
        "mlle",
        "cde",  # "Comrade" in Zimbabwean and other southern African usage ("Cde Mugabe")
        "comrade",
        # rank abbreviations ("Lieut. Colonel Kareem al-Zaidi", "Pvt. Harris", "Capt. Kelly Goodall")
        "lieut",
        "lieut.",
        "capt",
        "capt.",
        "sgt",
        "sgt.",
        "cpl",
        "cpl.",
        "pvt",
        "pvt.",
        "pte",
        "pte.",
        "cmdr",
        "cmdr.",
        "adm.",
        "brig.",
        # the same written without the full stop, as British and South Asian papers do ("Gen Qamar Javed Bajwa")
        "gen",
        "lt",
        "col",
        "maj",
        "adm",
        "brig",
        # the style of ministers and members in Commonwealth and US usage ("Hon Jane Doe said", "The Honourable
        # Jane Doe"): no given name, so "Hon Doe" is the "Jane Doe" the article names
        "hon",
        "hon.",
        "honourable",
        "honorable",
    }
)
# Where a bare common-noun agent ("police said", "urged the union") may stand for an actor.
ARGUMENT_DEPS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "pobj", "poss", "conj", "appos", "dative", "attr", "ROOT", "npadvmod"}
)
DEPARTMENT_WORDS = frozenset({"department", "ministry"})
# Kinds of public body whose name goes on with "of" and what it deals with: "the Bureau of Labor Statistics"
OF_BODY_WORDS = DEPARTMENT_WORDS | {"bureau", "office", "agency", "commission", "authority"}
# Last words of firms' names: "of" and a country after one says where the firm is from ("Volvo Group of Sweden").
FIRM_HEADS = frozenset(
    "group holdings corporation inc ltd limited airlines airways partners associates investments securities advisers "
    "advisors economics".split()
)
# Words that open several places' names ("West Bank", "Upper Nile"), never a given name there ("West Ridge")
SHARED_WORDS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "upper", "lower"}
)
# Nouns for a news outlet right before its name: "the Basque newspaper Gara", "Greek daily Kathimerini"
OUTLET_NOUNS = frozenset(
    {"newspaper", "daily", "paper", "tabloid", "weekly", "magazine", "broadcaster", "outlet"}
)
# People who write or present for an outlet: the body whose they are ("Slate's chief political correspondent", "a
# Reuters reporter", "an editor at Buzzfeed") is a news outlet. Not "contributor": donors contribute too.
JOURNALIST_NOUNS = frozenset(
    {
        "anchor",
        "columnist",
        "commentator",
        "correspondent",
        "editor",
        "journalist",
        "newscaster",
        "presenter",
        "reporter",
    }
)
PRONOUN_WINDOW_SENTENCES = 4
MAX_PHRASE_TOKENS = 12  # role phrases are short; bounds work on pathological parses
MAX_COUNTRY_WORDS = 3  # "united states", "central african republic": a country before an organisation's name
MAX_LOOKBACK_MENTIONS = 200


def norm(word: str) -> str:
    """One apostrophe, so "country’s" and "country's" compare equal."""
    return word.replace("’", "'")
