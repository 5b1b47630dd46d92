"""Data files the extractors read: alias table, role nouns, reporting verbs.

Kept as plain files so analysts can extend them without touching code; each is
parsed once per process.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.lang.en import English
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.matcher import PhraseMatcher
from spacy.vocab import Vocab

from newsroom.config import PROJECT_ROOT
from newsroom.datafiles import data_lines, data_rows
from newsroom.given_names import given_name_pairs, given_names

# The same file dbt loads as a seed, so analysts extend one table for both.
# Capitals and seats of power ("Washington", "the Kremlin") map to "Government of <Country>"
# with <ISO3>GOV, not to the country: "Moscow said" is the Russian government speaking, and
# the demonym + "government" ("the Kenyan government") resolves to the same actor. A capital
# used as a place ("talks in Kabul") is not an actor at all. Demonyms map to the country.
ALIAS_TABLE_PATH = PROJECT_ROOT / "dbt" / "seeds" / "actor_aliases.csv"
# Familiar forms of given names ("Bill" for William), read by dbt too so that "Bill Weld" and "William Weld"
# are one actor across articles as within one.
GIVEN_NAME_VARIANTS_PATH = PROJECT_ROOT / "dbt" / "seeds" / "given_name_variants.csv"
LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"
REPORTING_VERBS_PATH = LEXICON_DIR / "reporting_verbs.txt"
ROLES_PATH = LEXICON_DIR / "roles.tsv"
GENERIC_AGENTS_PATH = LEXICON_DIR / "generic_agents.tsv"
PHOENIX_AGENTS_PATH = LEXICON_DIR / "phoenix_agents.tsv"
ORG_ANAPHORS_PATH = LEXICON_DIR / "org_anaphors.txt"
COLLECTIVE_OFFICES_PATH = LEXICON_DIR / "collective_offices.txt"
NAME_HEADS_PATH = LEXICON_DIR / "name_heads.tsv"
RELATION_NOUNS_PATH = LEXICON_DIR / "relation_nouns.tsv"
NATIONAL_BODIES_PATH = LEXICON_DIR / "national_bodies.tsv"


# normalize_name's character classes, as RE2 (DuckDB) reads dbt's macro: "\\s" is ASCII whitespace only.
_DASHES = re.compile("[-\u2010-\u2015]")
_SPACE = "\t\n\f\r "
_SPACES = re.compile(f"[{_SPACE}]+")
# The string caches below: an article asks for the same few names hundreds of times; bounded so a
# worker that reads for days does not keep every name it has seen.
NAME_CACHE_SIZE = 1 << 16


@lru_cache(maxsize=NAME_CACHE_SIZE)
def normalize_name(text: str) -> str | None:
    """The comparison key of a name, character for character what dbt's ``normalize_name`` macro
    (dbt/macros/normalize_name.sql) gives, so a name matches the alias seed the same way in both:
    accents stripped, lower case, dashes read as spaces, anything but letters, digits and spaces
    dropped, whitespace collapsed ("Jane Q. Doe" -> "jane q doe", "O'Neil" -> "oneil"); None when
    nothing is left."""
    decomposed = unicodedata.normalize("NFD", text.strip(" "))
    stripped = unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))
    spaced = _DASHES.sub(" ", stripped.lower())
    kept = "".join(c for c in spaced if c in _SPACE or unicodedata.category(c)[0] in "LN")
    return _SPACES.sub(" ", kept).strip(" ") or None


@dataclass(frozen=True)
class AliasEntry:
    canonical_name: str
    actor_type: str
    country_code: str | None
    cameo_actor_code: str | None

    @property
    def namesake(self) -> bool:
        """The table names one of several bodies of this name, its country in brackets ("Labour Party (United
        Kingdom)", "Democratic Party (United States)"): other countries have a party so called."""
        return self.canonical_name.endswith(")")

    @property
    def is_government(self) -> bool:
        """Capital cities and seats of power stand for a government, not a place."""
        return self.actor_type == "organization" and (self.cameo_actor_code or "").endswith("GOV")


@dataclass(frozen=True)
class Role:
    phrase: str
    role_class: str
    cameo_role: str | None  # GOV, MIL, ... or None when the role says nothing (spokesperson)
    kind: str  # person | body
    broader: frozenset[str]

    def covers(self, other: Role) -> bool:
        """True when a description with this role can refer to a holder of ``other``."""
        return self.role_class == other.role_class or self.role_class in other.broader


def _strip_article(text: str) -> str:
    words = text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return " ".join(words)


@lru_cache(maxsize=1)
def _alias_rows() -> tuple[dict[str, str], ...]:
    """The alias seed's rows, read once for every view of it below."""
    return tuple(data_rows(ALIAS_TABLE_PATH))


def _country_rows() -> list[dict[str, str]]:
    return [row for row in _alias_rows() if row["actor_type"] == "country"]


@lru_cache(maxsize=1)
def _alias_maps() -> tuple[dict[str, AliasEntry], dict[str, AliasEntry]]:
    """Seed rows by alias as written and by ``normalize_name`` key; a row is found by its canonical name too
    (after every alias), as dbt's ``int_actor_names_resolved`` finds it."""
    exact: dict[str, AliasEntry] = {}
    folded: dict[str, AliasEntry] = {}
    entries: list[tuple[str, AliasEntry]] = []
    for row in _alias_rows():
        if not row["canonical_name"]:
            continue
        entry = AliasEntry(
            canonical_name=row["canonical_name"],
            actor_type=row["actor_type"] or "other",
            country_code=row["country_code"] or None,
            cameo_actor_code=row["cameo_actor_code"] or None,
        )
        entries.append((_strip_article(row["alias"]), entry))
    names = entries + [(_strip_article(entry.canonical_name), entry) for _, entry in entries]
    for name, entry in names:
        if not name:
            continue
        exact.setdefault(name, entry)
        if (key := normalize_name(name)) is not None:
            folded.setdefault(key, entry)
    return exact, folded


@lru_cache(maxsize=1)
def namesake_alias_ends() -> tuple[str, ...]:
    """Last words of the aliases of a body the table names as one of several of its name (``AliasEntry.namesake``):
    "Labour", "Democrats", "Party"."""
    return tuple(sorted({alias.split()[-1] for alias, entry in _alias_maps()[0].items() if entry.namesake}))


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for entry in _alias_maps()[0].values():
        if entry.actor_type == "country" and entry.country_code:
            names.setdefault(entry.country_code, entry.canonical_name)
    return names


def country_name(code: str) -> str | None:
    return _country_names().get(code)


@lru_cache(maxsize=NAME_CACHE_SIZE)
def lookup_alias(text: str) -> AliasEntry | None:
    """Alias-table entry for a name as written ("the U.S.", "WASHINGTON", "Pakistan's").

    Exact first, then by ``normalize_name`` key ("U.S." = "US", "Erdogan" = "Erdoğan") as dbt matches
    the same table, but only for text with a capital letter, so the pronoun "us" never becomes the
    United States; nor does a function word capitalised at a sentence's or headline's start ("Us", "Who": the
    United States and the WHO are written in capitals).
    """
    text = _strip_article(" ".join(text.split()))
    for suffix in ("'s", "’s", "'", "’"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
            break
    if not text:
        return None
    exact, folded = _alias_maps()
    entry = exact.get(text)
    if entry is None and text != text.lower():
        key = normalize_name(text) or ""
        entry = None if text[1:] == text[1:].lower() and key in STOP_WORDS else folded.get(key)
    return entry


@lru_cache(maxsize=1)
def _country_prefixes() -> dict[str, str]:
    """``normalize_name`` key -> country name, for the forms that stand for a country before an organisation's
    name: the country's own name and its abbreviations written in capitals ("US", "U.S.", "UK"). Demonyms are left
    out: "American Airlines" and "Saudi Aramco" are names of their own."""
    forms: dict[str, str] = {}
    for row in _country_rows():
        canonical, alias = row["canonical_name"], row["alias"]
        for name in (canonical, alias if alias == alias.upper() else ""):
            if (key := normalize_name(name)) is not None:
                forms.setdefault(key, canonical)
    return forms


@lru_cache(maxsize=1)
def country_word_keys() -> frozenset[str]:
    """``normalize_name`` keys of every name the seed gives a country, demonyms included ("turkish", "us")."""
    return frozenset(
        key
        for row in _country_rows()
        for key in (normalize_name(row["alias"]), normalize_name(row["canonical_name"]))
        if key
    )


def country_prefix(key: str) -> str | None:
    """The country a ``normalize_name`` key names when it opens an organisation's name ("us"), if any."""
    return _country_prefixes().get(key)


@lru_cache(maxsize=1)
def roles() -> dict[tuple[str, ...], Role]:
    table: dict[tuple[str, ...], Role] = {}
    for line in data_lines(ROLES_PATH):
        phrase, role_class, code, kind, broader = (line.split("\t") + [""] * 5)[:5]
        role = Role(
            phrase=phrase,
            role_class=role_class,
            cameo_role=None if code in ("", "-") else code,
            kind=kind,
            broader=frozenset(b for b in broader.split(",") if b),
        )
        table[tuple(phrase.split())] = role
        # the tokenizer splits "secretary-general" at its hyphen: the phrase as the words read
        table[tuple(phrase.replace("-", " - ").split())] = role
    return table


@lru_cache(maxsize=1)
def generic_agents() -> dict[str, Role]:
    """Common nouns for unnamed people ("a man", "an IT worker") by lemma, as group roles with a CAMEO agent code."""
    table: dict[str, Role] = {}
    for line in data_lines(GENERIC_AGENTS_PATH):
        lemma, role_class, code = line.split("\t")[:3]
        table[lemma] = Role(lemma, role_class, code, "body", frozenset())
    return table


@lru_cache(maxsize=1)
def phoenix_agents() -> dict[tuple[str, ...], Role]:
    """PETRARCH2's CAMEO agent nouns ("asylum seeker", "warplane") by their words, as group roles: the broad
    fallback after ``roles.tsv`` and ``generic_agents.tsv``."""
    table: dict[tuple[str, ...], Role] = {}
    for line in data_lines(PHOENIX_AGENTS_PATH):
        phrase, role_class, code = line.split("\t")[:3]
        table[tuple(phrase.split())] = Role(phrase, role_class, code, "body", frozenset())
    return table


@lru_cache(maxsize=1)
def phoenix_max_words() -> int:
    return max(len(k) for k in phoenix_agents())


@lru_cache(maxsize=1)
def phoenix_last_words() -> frozenset[str]:
    """The words a PETRARCH2 agent phrase ends in: a noun that is none of them starts none."""
    return frozenset(k[-1] for k in phoenix_agents())


# Agent codes of private people, as against bodies that speak as one (police, courts, armed groups)
_PEOPLE_CODES = frozenset({"CVL", "LAB", "EDU", "AGR", "HLH", "REF", "CRM"})


@lru_cache(maxsize=1)
def generic_agent_classes() -> frozenset[str]:
    """Group classes of unnamed private people ("civilians", "workers"): plural people, never "it"."""
    return frozenset(r.role_class for r in generic_agents().values() if r.cameo_role in _PEOPLE_CODES)


@lru_cache(maxsize=1)
def role_max_words() -> int:
    return max(len(k) for k in roles())


@lru_cache(maxsize=1)
def role_words() -> frozenset[str]:
    return frozenset(w for k in roles() for w in k if w != "-")


@lru_cache(maxsize=1)
def people_nouns() -> frozenset[str]:
    """The head nouns of the people lexicons (roles, generic agents, the Phoenix agents' last words: "source" of
    "rebel source"): a noun for a person on its own ("a source said")."""
    heads = {k[-1] for k in roles()} | set(generic_agents()) | {k[-1] for k in phoenix_agents()}
    return frozenset(heads)


@lru_cache(maxsize=1)
def _reporting_table() -> dict[str, tuple[str, frozenset[str]]]:
    table: dict[str, tuple[str, frozenset[str]]] = {}
    for line in data_lines(REPORTING_VERBS_PATH):
        lemma, cls, flags = (line.split("\t") + ["", ""])[:3]
        table[lemma.strip()] = (cls.strip() or "speech", frozenset(f for f in flags.strip().split(",") if f))
    return table


@lru_cache(maxsize=1)
def reporting_verbs() -> dict[str, str]:
    """lemma -> class (speech | act | media)."""
    return {lemma: cls for lemma, (cls, _) in _reporting_table().items()}


def reporting_flags(lemma: str) -> frozenset[str]:
    """How a verb's content is built: 'recipient' (told reporters X), 'commitment' (vowed to X), 'self'
    (claimed to be X)."""
    entry = _reporting_table().get(lemma)
    return entry[1] if entry else frozenset()


def _wordnet_index(part_of_speech: str) -> frozenset[str]:
    """The words of one part of speech the spaCy model's lemmatiser knows (its WordNet index)."""
    from newsroom.extract import load_nlp  # the loaded model: imported here, it imports this module

    try:
        table = load_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_index")
        return frozenset(table[part_of_speech])
    except (KeyError, ValueError):  # a model without the rule lemmatiser's tables: no word is known
        return frozenset()


@lru_cache(maxsize=1)
def english_nouns() -> frozenset[str]:
    """The common nouns of English (the WordNet noun index, 57,000 words): a capitalised word outside it
    ("Fukuda", "Garver") is a name, not a common noun ("Research", "Witnesses")."""
    return _wordnet_index("noun")


@lru_cache(maxsize=1)
def english_verbs() -> frozenset[str]:
    """The verbs of English (the WordNet verb index): the stem of an agent noun ("whale" of "whalers", "organize"
    of "organizers") says it names people who do something."""
    return _wordnet_index("verb")


@lru_cache(maxsize=1)
def english_adjectives() -> frozenset[str]:
    """The adjectives of English (the WordNet adjective index): with the nouns, the words a department's name in a
    job title is made of ("Global Digital Marketing"), unlike a firm's ("Acme")."""
    return _wordnet_index("adj")


@lru_cache(maxsize=1)
def english_adverbs() -> frozenset[str]:
    """The adverbs of English (the WordNet adverb index): a sentence's capitalised "Controversially" is no name,
    whatever the tagger makes of a surname opening a sentence."""
    return _wordnet_index("adv")


@lru_cache(maxsize=1)
def org_anaphors() -> frozenset[str]:
    """Nouns that, definite and bare ("the group", "the agency"), refer back to a named organisation."""
    return frozenset(line.strip().lower() for line in data_lines(ORG_ANAPHORS_PATH))


@lru_cache(maxsize=1)
def collective_offices() -> frozenset[str]:
    """Office words that, of a named body ("the party executive"), are its governing collective, not a person."""
    return frozenset(line.strip().lower() for line in data_lines(COLLECTIVE_OFFICES_PATH))


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """Nouns naming one person: the last word of a person's office ("spokesman", "prosecutor general") or an
    unnamed person ("a protester")."""
    offices = {phrase[-1] for phrase, role in roles().items() if role.kind == "person"}
    return frozenset(offices | set(generic_agents()))


@lru_cache(maxsize=1)
def national_bodies() -> dict[str, frozenset[str]]:
    """A national body's word ("congress") -> the countries whose body English calls by it alone."""
    table: dict[str, frozenset[str]] = {}
    for line in data_lines(NATIONAL_BODIES_PATH):
        word, countries = line.split("\t")[:2]
        table[word] = frozenset(countries.split())
    return table


@lru_cache(maxsize=1)
def relation_nouns() -> dict[str, str | None]:
    """Nouns naming one person by a relation or plainly ("his dad", "a guy"), with the sex they carry (None: either)."""
    table: dict[str, str | None] = {}
    for line in data_lines(RELATION_NOUNS_PATH):
        lemma, sex = line.split("\t")[:2]
        table[lemma] = None if sex == "-" else sex
    return table


@lru_cache(maxsize=4)
def alias_matcher(vocab: Vocab) -> PhraseMatcher:
    """Case-sensitive matcher for every alias, so names NER splits or misses are still found."""
    make_doc = English(vocab=vocab).make_doc
    matcher = PhraseMatcher(vocab, attr="ORTH")
    exact, _ = _alias_maps()
    matcher.add("ALIAS", [make_doc(alias) for alias in exact])
    return matcher


@lru_cache(maxsize=1)
def _name_head_rows() -> tuple[list[str], ...]:
    """name_heads.tsv read once for both maps below: word, entity label, optional CAMEO role."""
    return tuple(line.split("\t") for line in data_lines(NAME_HEADS_PATH))


PLAN = "PLAN"  # name_heads.tsv's label of a programme's, prize's or day's word, which decides by the article


@lru_cache(maxsize=1)
def name_heads() -> dict[str, str]:
    """Last word of a name -> the entity label it gives the name (ORG: "Reed Hospital", FAC: "Lafayette Square");
    not a programme's word, which gives no label of its own (``plan_heads``)."""
    return {row[0]: row[1] for row in _name_head_rows() if row[1] != PLAN}


@lru_cache(maxsize=1)
def plan_heads() -> frozenset[str]:
    """Words that make a name a programme's, prize's or day's ("the Acme Assistance Program", "National Acme
    Week") unless the article makes it act, as a body bearing the words does ("the Innocence Project said")."""
    return frozenset(row[0] for row in _name_head_rows() if row[1] == PLAN)


@lru_cache(maxsize=1)
def name_head_roles() -> dict[str, str]:
    """Last word of a name -> the CAMEO role of the organisation it names ("Taipei Times", "ABC News": MED)."""
    return {row[0]: row[2] for row in _name_head_rows() if len(row) > 2 and row[2]}


def same_given_name(a: str, b: str) -> bool:
    """Whether two lower-case given names can name one person: equal, a short form that opens the other
    ("stan" / "stanislav"), the same by the seed (``given_name_forms``),
    or a familiar form and its name (``given_name_pairs``)."""
    if _opens_given_name(a, b) or _opens_given_name(b, a):
        return True
    forms = given_name_forms()
    a, b = forms.get(a, a), forms.get(b, b)
    pairs = given_name_pairs()
    return a == b or (a, b) in pairs or (b, a) in pairs


def _opens_given_name(short: str, full: str) -> bool:
    """A given name of three letters or more that opens a longer name of no other sex ("alex" / "alexei"; not
    "dan" / "daniela")."""
    sex = given_names()
    return (
        len(short) >= 3
        and len(full) > len(short)
        and full.startswith(short)
        and short in sex
        and not (sex[short] and sex.get(full) and sex[short] != sex[full])
    )


@lru_cache(maxsize=1)
def given_name_forms() -> dict[str, str]:
    """Short or familiar form -> the given name it stands for ("bill" -> "william"), from the dbt seed."""
    return {
        row["variant"].lower(): row["given_name"].lower()
        for row in data_rows(GIVEN_NAME_VARIANTS_PATH)
        if row["variant"]
    }
