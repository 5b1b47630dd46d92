"""Loading the event lexicons (``extract/lexicons/``): CAMEO verb and noun patterns, word sets, the coder's
word lists, control verbs, light verbs and wire agencies, each read once and cached.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from newsroom.datafiles import data_lines, data_rows
from newsroom.extract.lexicon import LEXICON_DIR


@dataclass(frozen=True)
class Pattern:
    lemma: str
    pos: str  # V | N
    needs: tuple[frozenset[str], ...]  # each group: one of these lemmas must be near the head
    subject_needs: tuple[frozenset[str], ...]  # "subj:" groups: must occur in the subject phrase
    preps: frozenset[str]
    code: str
    order: int
    # True for rows converted from PETRARCH2's dictionary: coded, as PETRARCH codes them, only with a source and a target
    needs_dyad: bool = False

    @property
    def specificity(self) -> int:
        return len(self.needs) + len(self.subject_needs) + (1 if self.preps else 0)

    @property
    def breadth(self) -> int:
        """Total size of the required word sets: "humanitarian" beats any kind of "aid"."""
        return sum(len(g) for g in self.needs + self.subject_needs)


def _data_rows(name: str) -> list[dict[str, str]]:
    return data_rows(LEXICON_DIR / name)


def _set_rows(name: str) -> dict[str, frozenset[str]]:
    """A ``set,words`` lexicon: set name -> its lower-case words (separated by '|')."""
    return {
        r["set"]: frozenset(w.strip().lower() for w in r["words"].split("|") if w.strip())
        for r in _data_rows(name)
    }


@lru_cache(maxsize=1)
def word_sets() -> dict[str, frozenset[str]]:
    """The ``@set`` groups that ``cameo_verbs.csv`` patterns refer to."""
    return _set_rows("cameo_sets.csv")


@lru_cache(maxsize=1)
def event_words() -> dict[str, frozenset[str]]:
    """The coder's own word lists (``event_words.csv``), kept as data so a linguist can edit them."""
    return _set_rows("event_words.csv")


def word_set(name: str) -> frozenset[str]:
    """One word list of ``event_words.csv``; a missing row fails at import, naming the set."""
    return event_words()[name]


def _expand(group: str, sets: dict[str, frozenset[str]]) -> frozenset[str]:
    words: set[str] = set()
    for item in group.split("|"):
        item = item.strip().lower()
        if item.startswith("@"):
            words |= sets[item[1:]]
        elif item:
            words.add(item)
    return frozenset(words)


# Our hand-written rows, then rows converted from the PETRARCH2 CAMEO 2.0 verb dictionary
# (scripts/petrarch_lexicon.py): read in this order, so on a tie ours wins.
VERB_LEXICONS = ("cameo_verbs.csv", "cameo_verbs_petrarch.csv")
DYAD_LEXICONS = frozenset({"cameo_verbs_petrarch.csv"})


@lru_cache(maxsize=1)
def lexicon() -> dict[tuple[str, str], tuple[Pattern, ...]]:
    """(lemma, pos) -> patterns, most specific first; built once so lookup is a dict hit per token."""
    sets = word_sets()
    index: dict[tuple[str, str], list[Pattern]] = {}
    rows = [(row, name in DYAD_LEXICONS) for name in VERB_LEXICONS for row in _data_rows(name)]
    for order, (row, dyad) in enumerate(rows):
        groups = [g.strip() for g in row["with"].split("+") if g.strip()]
        needs = tuple(_expand(g, sets) for g in groups if not g.startswith("subj:"))
        subject_needs = tuple(_expand(g[5:], sets) for g in groups if g.startswith("subj:"))
        preps = frozenset(p.strip().lower() for p in row["prep"].split("|") if p.strip())
        pat = Pattern(
            row["lemma"].lower(), row["pos"].upper(), needs, subject_needs, preps, row["code"], order, dyad
        )
        index.setdefault((pat.lemma, pat.pos), []).append(pat)
    return {
        k: tuple(
            sorted(
                v, key=lambda p: (-p.specificity, -len(p.needs) - len(p.subject_needs), p.breadth, p.order)
            )
        )
        for k, v in index.items()
    }


@lru_cache(maxsize=1)
def control_classes() -> dict[str, str]:
    return {r["lemma"].lower(): r["class"] for r in _data_rows("cameo_control.csv")}


@lru_cache(maxsize=1)
def code_transforms() -> dict[str, tuple[dict[str, str], dict[str, str]]]:
    """transform -> (code -> code, root -> code), from ``cameo_transforms.csv``."""
    tables: dict[str, tuple[dict[str, str], dict[str, str]]] = {}
    for row in _data_rows("cameo_transforms.csv"):
        by_code, by_root = tables.setdefault(row["transform"], ({}, {}))
        (by_root if len(row["from"]) == 2 else by_code)[row["from"]] = row["to"]
    return tables


@lru_cache(maxsize=1)
def light_verbs() -> frozenset[str]:
    return frozenset(r["lemma"].lower() for r in _data_rows("cameo_light_verbs.csv"))


@lru_cache(maxsize=1)
def news_agencies() -> frozenset[str]:
    """Wire agencies (lexicons/news_agencies.txt): they report events, never take part in them."""
    return frozenset(line.strip().casefold() for line in data_lines(LEXICON_DIR / "news_agencies.txt"))
