"""Rows converted from the PETRARCH2 CAMEO 2.0 verb dictionary (scripts/petrarch_lexicon.py ->
lexicons/cameo_verbs_petrarch.csv): the conversion keeps what our matcher can express, never overrides a verb of
our own lexicon, and the coder codes these rows, as PETRARCH does, only with a source and a target."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path

from newsroom.datafiles import data_rows
from newsroom.extract.events.codebook import LEXICON_DIR, lexicon

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "petrarch_lexicon.py"

# A dictionary written in the PETRARCH format (docs/source/dictionaries.rst), not copied from it.
DICTIONARY = """\
# a comment
&WEAPON
+RIFLE
+MORTARS
+HAND_GRENADE

---  PUNISH   [180]  ---
THRASH [180]  # an own code
UPBRAID
+LASH_OUT {+LASHED_OUT} [111]
- * &WEAPON                                   [190]     # THRASH
- * (WITH RIFLES)                             [193]     # THRASH
- * {HEAVY FINES}                             [163]     # THRASH
- * (AGAINST)                                 [111]     # UPBRAID
- * ABDUCTION (OF ^) BY +                     [111]     # THRASH
- * TRIAL UNFAIR                              [053]     # THRASH
- * MEDIA                                     [:111]    # THRASH
- * PRESS                                     [012]     # THRASH

---  ATTACK   [190]  ---
ATTACK [190]
- * CONVOY                                    [190]     # ATTACK
"""


def _script():
    spec = importlib.util.spec_from_file_location("petrarch_lexicon", SCRIPT)
    module = sys.modules.setdefault(spec.name, importlib.util.module_from_spec(spec))
    spec.loader.exec_module(module)
    return module


def test_conversion_keeps_what_the_matcher_can_express():
    script = _script()
    rows, stats = script.convert(DICTIONARY)
    assert ("thrash", "", "", "180") in rows  # own code: stands alone
    assert not any(r[0] == "upbraid" and not r[1] and not r[2] for r in rows)  # block code only: no bare row
    assert ("lash", "", "out", "111") in rows  # "+LASH_OUT": verb and particle
    assert ("thrash", "mortar|rifle", "", "190") in rows  # synset: its one-word members, as lemmas
    assert ("thrash", "rifle", "with", "193") in rows  # "(WITH RIFLES)"
    assert ("thrash", "fine+heavy", "", "163") in rows  # braced phrase: head and modifier
    assert ("upbraid", "", "against", "111") in rows
    assert stats["pattern not expressible"] == 2  # actor markers; two bare words
    assert stats["pattern null or passive-only code"] == 1  # "[:111]"


def test_selection_keeps_our_rows_and_only_object_patterns_of_roots_06_to_20():
    script = _script()
    rows, stats = script.convert(DICTIONARY)
    lines = script.select(rows, Counter())
    verbs = {line.split(",")[0] for line in lines}
    assert "attack" not in verbs  # our lexicon codes "attack": its rows stand
    assert not any(line.endswith(",012") for line in lines)  # root 01-05 left out
    assert "thrash,V,fine+heavy,,163" in lines and "thrash,V,mortar|rifle,,190" in lines  # an object noun
    assert not any(
        line.startswith(("thrash,V,,", "thrash,V,rifle,with")) for line in lines
    )  # alone; preposition


def test_shipped_rows_are_new_verbs_with_an_object_of_roots_06_to_20_with_provenance():
    path = LEXICON_DIR / "cameo_verbs_petrarch.csv"
    header = path.read_text(encoding="utf-8").splitlines()[:3]
    assert any("PETRARCH2" in h for h in header) and any("MIT" in h for h in header)
    ours = {  # verbs ours codes as acts; one ours has only as a statement ("continue") keeps PETRARCH's acts
        r["lemma"]
        for r in data_rows(LEXICON_DIR / "cameo_verbs.csv")
        if r["pos"] == "V" and not r["code"].startswith("01")
    }
    rows = data_rows(path)
    assert len(rows) > 300
    assert all(r["lemma"] not in ours and "06" <= r["code"][:2] <= "20" for r in rows)
    assert all(r["with"] and not r["with"].startswith("subj:") and not r["prep"] for r in rows)
    converted = [p for pats in lexicon().values() for p in pats if p.needs_dyad]
    assert len(converted) == len(rows)
    assert not any(p.needs_dyad for p in lexicon()[("attack", "V")])


def test_a_converted_pattern_codes_an_act_on_a_named_target(extract):
    ex = extract(
        "Iran's Supreme Court upheld the death sentence of the dissident rapper Toomaj Salehi on Monday."
    )
    assert [e.cameo_code for e in ex.events] == ["173"]
    assert ex.events[0].actor2_entity is not None
    ex = extract("The court overturned the sentence of opposition leader Ali Hassan.")
    assert [e.cameo_code for e in ex.events] == ["081"]


def test_a_converted_pattern_without_a_target_actor_is_no_event(extract):
    """PETRARCH codes an event only with a source and a target: this sentence names nobody sentenced."""
    assert extract("Iran's Supreme Court upheld the death sentence on Monday.").events == []


def test_a_converted_pattern_never_takes_over_a_noun_our_lexicon_codes(extract):
    """ "continue" + "attack" (190) is a converted row; the attacks are ours and stay the event."""
    ex = extract("Ukrainian forces continued attacks on Russian positions near Bakhmut.")
    assert [(e.cameo_code, e.trigger_text) for e in ex.events] == [("180", "attacks")]
