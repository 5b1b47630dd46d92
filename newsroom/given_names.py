"""Given names and their familiar forms, read by the extractor (``newsroom.extract.lexicon``) and by
dbt's reference models: one function for each, so both merge the same names. Outside ``newsroom.extract``
so that dbt's first build does not import spaCy and every extractor for two word lists (~0.8 CPU s).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from nicknames import name_triplets

from newsroom.datafiles import data_lines

FIRST_NAMES_PATH = Path(__file__).resolve().parent / "extract" / "lexicons" / "first_names.tsv"


@lru_cache(maxsize=1)
def given_names() -> dict[str, str | None]:
    """Lower-case given name -> 'f' or 'm' when nearly all its bearers are of that sex, else None."""
    return {
        name: (sex if sex in ("f", "m") else None)
        for name, sex in (line.split("\t") for line in data_lines(FIRST_NAMES_PATH))
    }


@lru_cache(maxsize=1)
def given_name_pairs() -> frozenset[tuple[str, str]]:
    """(familiar form, given name) pairs one person may be named by ("doug", "douglas"), from the hand-curated
    ``nicknames`` library: only pairs that open with the same letter (Tim/Timothy, not Amos/Moses or
    Aaron/Erin, which the library also lists) and whose sexes do not differ (not Andrew/Andrea). A pair the
    library gives both ways keeps the shorter name as the familiar form. The seed's own forms ("bill" ->
    "william") are read as the given name before, so they are not repeated here."""
    sex = given_names()
    pairs = {
        (nick, formal)
        for formal, nick in ((t.name1, t.name2) for t in name_triplets() if t.relationship == "has_nickname")
        if nick != formal
        and nick[0] == formal[0]
        and not (sex.get(nick) and sex.get(formal) and sex[nick] != sex[formal])
    }
    return frozenset((a, b) for a, b in pairs if (b, a) not in pairs or len(a) < len(b))
