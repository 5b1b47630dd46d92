"""Convert PETRARCH2's CAMEO agents dictionary (``Phoenix.agents.txt``) into ``lexicons/phoenix_agents.tsv``.

The dictionary is data from the Open Event Data Alliance (MIT licence; github.com/openeventdata/petrarch2,
``petrarch2/data/dictionaries/Phoenix.agents.txt``): common nouns for agents ("asylum seeker", "warplane",
"riot police") with their CAMEO agent code. Only its words and codes are used, never PETRARCH's code or test
sentences. Kept: consecutive phrases (a blank in PETRARCH's phrase allows words between; those patterns are
dropped) with a sector code the actor step names groups by; substitution sets (``!PERSON!``) are expanded and
irregular plurals (``{...}``) kept as their own rows.

    python scripts/phoenix_agents.py PATH/TO/Phoenix.agents.txt > newsroom/extract/lexicons/phoenix_agents.tsv
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from newsroom.extract.actors.groups import ROLE_LABELS

# The sector codes kept, named by the actor step's group classes (``actors/groups.ROLE_LABELS``, less SEP, which
# Phoenix deprecates, and IGO, bodies rather than people); rights groups count as NGOs and faith codes as one
# "religious" class. Elites, parties and bare "people" codes say nothing an analyst counts by.
CODE_OF = {"HRI": "NGO", "CHR": "REL", "MUS": "REL", "JEW": "REL", "HIN": "REL", "BUD": "REL"}
CLASSES = {
    "GOV": "government",
    **{code: label for code, label in ROLE_LABELS.items() if code not in ("SEP", "IGO")},
    **{code: ROLE_LABELS[kept] for code, kept in CODE_OF.items()},
}
RECORD = re.compile(r"^(?P<phrase>[^{\[]+?)\s*(?:\{(?P<plural>[^}]*)\})?\s*\[(?P<code>[^\]}]+)[\]}]")
SUBSTITUTION = re.compile(r"^(?P<name>![A-Z]+!)\s*=\s*(?P<items>.+)$")


def _words(phrase: str) -> str | None:
    """Lower-case words of a consecutive phrase; None for a gapped pattern or a bare marker."""
    phrase = phrase.strip().rstrip("_")
    if not phrase or " " in phrase or "!" in phrase:
        return None
    return " ".join(w for w in phrase.lower().split("_") if w)


def convert(text: str) -> list[tuple[str, str, str]]:
    """(phrase, group class, CAMEO code) rows, first code given for a phrase kept."""
    sets: dict[str, list[str]] = {}
    rows: dict[str, tuple[str, str]] = {}
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        sub = SUBSTITUTION.match(line)
        if sub:
            sets[sub["name"]] = [i.strip() for i in sub["items"].split(",") if i.strip()]
            continue
        rec = RECORD.match(line)
        if rec is None:
            continue
        code = rec["code"].strip().lstrip("~")[:3]
        if code not in CLASSES:
            continue  # "[NGO~]"-style organisation prefixes and codes named by no class
        phrases = [rec["phrase"]]
        if rec["plural"]:
            phrases.append(rec["plural"])
        for name, items in sets.items():
            phrases = [p.replace(name, item) for p in phrases for item in (items if name in p else [""])]
        for phrase in phrases:
            words = _words(phrase)
            if words and words not in rows:
                rows[words] = (CLASSES[code], CODE_OF.get(code, code))
    return sorted((p, c, code) for p, (c, code) in rows.items())


HEADER = """\
# CAMEO agent nouns from PETRARCH2's Phoenix.agents.txt (Open Event Data Alliance, MIT licence, (c) 2014;
# github.com/openeventdata/petrarch2, petrarch2/data/dictionaries/Phoenix.agents.txt), converted by
# scripts/phoenix_agents.py: consecutive phrases only, regular plurals left to the lemmatiser, irregular ones kept.
# Columns: phrase (lower case; its last word matched on the lemma)<TAB>group class<TAB>CAMEO agent code.
# Read after roles.tsv and generic_agents.tsv, only for a plural noun or one a country word modifies
# ("asylum seekers", "Iraqi television"): a bare singular common noun names a thing or one person.
"""


def main(argv: list[str]) -> None:
    rows = convert(Path(argv[1]).read_text(encoding="utf-8", errors="replace"))
    sys.stdout.write(HEADER)
    for phrase, role_class, code in rows:
        sys.stdout.write(f"{phrase}\t{role_class}\t{code}\n")


if __name__ == "__main__":
    main(sys.argv)
