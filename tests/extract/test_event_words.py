"""The coder's word lists as data (lexicons/event_words.csv): every row is filled, written as the code
compares it (lower-case lemmas), and read by some module, so no row is dead and none is missing."""

import csv
import re
from pathlib import Path

from newsroom.extract.events.codebook import LEXICON_DIR, word_set

EVENTS_DIR = Path(__file__).parents[2] / "newsroom" / "extract" / "events"


def _rows() -> list[tuple[str, list[str]]]:
    with open(LEXICON_DIR / "event_words.csv", encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if line.strip() and not line.startswith("#")]
    return [(r["set"], r["words"].split("|")) for r in csv.DictReader(lines)]


def _names_used_in_code() -> set[str]:
    used: set[str] = set()
    for path in EVENTS_DIR.glob("*.py"):
        used |= set(re.findall(r'word_set\("([a-z_]+)"\)', path.read_text(encoding="utf-8")))
    return used


def test_every_set_is_filled_lower_case_and_listed_once():
    rows = _rows()
    names = [name for name, _ in rows]
    assert len(names) == len(set(names)), "a set name is listed twice"
    for name, words in rows:
        assert words and all(words), f"{name}: empty set or empty word"
        assert words == [w.strip().lower() for w in words], f"{name}: the code compares lower-case lemmas"
        assert len(words) == len(set(words)), f"{name}: a word is listed twice"
        assert word_set(name) == frozenset(words)


def test_every_set_is_read_by_the_coder_and_every_read_set_exists():
    names = {name for name, _ in _rows()}
    used = _names_used_in_code()
    assert names - used == set(), "rows no module reads"
    assert used - names == set(), "sets the code reads that the file lacks"
