"""Convert the PETRARCH2 CAMEO 2.0 verb dictionary (Open Event Data, MIT licence) into rows of our lexicon format.

The dictionary is expert-built data: synonym sets ("&SET"), verb blocks ("--- DESC [code] ---") whose verbs share
patterns, and patterns "- [subject] * [object] [(PREP noun)] [code] # VERB". We read it as data and keep only what
our matcher can express (newsroom/extract/lexicons/cameo_verbs.csv: head lemma + required nearby words + required
particle/preposition); patterns with actor markers ($ + ^ %), several bare words, or verbs before the head are skipped.

Usage: python scripts/petrarch_lexicon.py CAMEO.2.0.txt [--out newsroom/extract/lexicons/cameo_verbs_petrarch.csv]
(the dictionary: `git show HEAD:petrarch2/data/dictionaries/CAMEO.2.0.txt` in github.com/openeventdata/petrarch2).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

LEXICON_DIR = Path(__file__).resolve().parents[1] / "newsroom" / "extract" / "lexicons"
OUT = LEXICON_DIR / "cameo_verbs_petrarch.csv"
# What is written (QUALITY.md, section evlex8, has the measurements): only verbs our lexicon lacks, only roots 06-20,
# only rows that name an object noun ("uphold" + "sentence" 173). Roots 01-05 (statements, appeals, intents,
# consultation) PETRARCH codes from verbs inside reported speech and from verb combinations ("will help" = 033), where
# our coder has its own conventions; they lowered F1 on three of the four real sentence sets. Verbs alone and verbs
# with only a preposition ("fail" 120, "appear in court" 173, "head"/"lead" 060 from WordNet synonym blocks) added
# events on whole articles that were mostly wrong (27 % right root in a sample of 62).
VERBAL_ROOTS = "05"
PREPOSITIONS = frozenset(
    "about above across after against along among around as at before behind below beneath beside between beyond by "
    "down during for from in inside into near of off on onto out outside over past since through throughout to "
    "toward towards under until up upon with within without away back forward".split()
)


@dataclass
class Block:
    code: str  # the block's code for its verbs ("---": the verb alone is no event)
    verbs: list[tuple[str, str, str]] = field(default_factory=list)  # (verb, particle, own code or "")
    patterns: list[tuple[str, str, str]] = field(default_factory=list)  # (pattern text, code, verb named)


def _code(text: str) -> str:
    """The active code of "[active:passive]"; "" for none or the null code."""
    active = text.strip().split(":")[0].strip()
    return active if re.fullmatch(r"\d{3,4}", active) else ""


def parse(text: str) -> tuple[dict[str, list[str]], list[Block]]:
    """Synsets (name -> phrases, lower case, '_' as space) and verb blocks, in file order."""
    synsets: dict[str, list[str]] = {}
    blocks: list[Block] = []
    current: list[str] | None = None
    for raw in text.splitlines():
        line, _, comment = raw.partition("#")
        line = line.rstrip()
        if not line.strip():
            continue
        if line.startswith("&"):
            current = synsets.setdefault(line.strip()[1:].rstrip("_").upper(), [])
            continue
        if line.startswith("---"):
            m = re.match(r"---\s*.*?\s*\[([^\]]*)\]", line)
            if m:
                blocks.append(Block(_code(m.group(1)) or "---"))
            current = None
            continue
        if current is not None and line.startswith("+"):
            current.append(line[1:].strip().rstrip("_").replace("_", " ").lower())
            continue
        current = None
        if not blocks or line.startswith("~"):
            continue
        block = blocks[-1]
        if line.startswith("-"):
            m = re.match(r"-\s*(.*?)\s*\[([^\]]*)\]\s*$", line)
            if m:
                block.patterns.append((m.group(1), m.group(2), (comment.split() or [""])[0]))
            continue
        verb_part = re.sub(r"\{[^}]*\}", "", line)  # irregular forms: our matcher reads lemmas
        own = re.search(r"\[([^\]]*)\]", verb_part)
        words = re.sub(r"\[[^\]]*\]", "", verb_part).split()
        if not words:
            continue
        own_code = (_code(own.group(1)) or "---") if own else ""
        if words[0].startswith("+") and "_" in words[0]:  # "+ASK_FOR": verb then particle
            head, _, rest = words[0][1:].partition("_")
            if rest.lower() in PREPOSITIONS:
                block.verbs.append((head.lower(), rest.lower(), own_code))
        elif "+" not in words[0] and "_" not in words[0]:
            block.verbs.append((words[0].lower(), "", own_code))
    return synsets, blocks


class NounLemmas:
    """Nouns as our matcher sees them: the pipeline's own spaCy lemmatiser ("attacks" -> "attack"). Verbs need
    none: the dictionary gives them in their base form."""

    def __init__(self) -> None:
        from spacy.tokens import Doc

        from newsroom.extract import load_nlp

        self.nlp = load_nlp()
        self.doc = Doc
        self.cache: dict[str, str] = {}

    def __call__(self, word: str) -> str:
        if word.endswith(("ss", "us", "is")):
            return word  # singular ("homeless", "status", "crisis"), which the plural rules would cut
        if word not in self.cache:
            doc = self.doc(self.nlp.vocab, words=[word])
            doc[0].pos_, doc[0].tag_ = "NOUN", "NNS"
            self.cache[word] = (self.nlp.get_pipe("lemmatizer")(doc)[0].lemma_ or word).lower()
        return self.cache[word]


_TERM = r"(?:\{[^}]*\}|&[A-Z_]+|[A-Z][A-Z'-]*)"
_PATTERN = re.compile(
    rf"^(?:(?P<subj>{_TERM})\s+)?\*(?:\s+(?P<obj>{_TERM}))?(?:\s+\((?P<prep>[A-Z]+)(?:\s+(?P<pobj>{_TERM}))?\))?$"
)


def _term_words(term: str, synsets: dict[str, list[str]], noun: NounLemmas) -> str | None:
    """A pattern term as a `with` group: a noun (its lemma), a synset (its one-word members) or a braced phrase
    ("{FINANCIAL AID}": head and modifier, both required: "aid+financial"); None when our matcher cannot say it."""
    if term.startswith("&"):
        return (
            "|".join(sorted({noun(w) for w in synsets.get(term[1:].rstrip("_"), []) if " " not in w})) or None
        )
    if term.startswith("{"):
        parts = term.strip("{}").split()
        if not parts or len(parts) > 2 or any(p.startswith(("&", "$", "+", "^", "%")) for p in parts):
            return None
        return "+".join([noun(parts[-1].lower()), *(p.lower() for p in parts[:-1])])
    return None if term.lower() in PREPOSITIONS else noun(term.lower())


def _pattern_row(pattern: str, synsets: dict[str, list[str]], noun: NounLemmas) -> tuple[str, str] | None:
    """(with, prep) of a pattern our matcher can express: an optional subject noun, an optional object, an optional
    "(PREP noun)"; None for actor markers, several bare words, verbs or phrases it cannot say."""
    m = _PATTERN.match(pattern.strip())
    if not m or any(c in pattern for c in "$+^%"):
        return None
    groups = []
    for part, prefix in (("obj", ""), ("pobj", ""), ("subj", "subj:")):
        if m.group(part):
            words = _term_words(m.group(part), synsets, noun)
            if words is None:
                return None
            groups.append(prefix + words)
    # "* CONTROL (OF &TOWN)": the preposition hangs on the object, so only its words are required
    prep = "" if m.group("obj") else (m.group("prep") or "").lower()
    if (prep and prep not in PREPOSITIONS) or not (groups or prep):
        return None
    return "+".join(groups), prep


def convert(text: str) -> tuple[list[tuple[str, str, str, str]], Counter]:
    """Rows (verb, with, prep, code) for the verbs and the patterns our matcher can express. A pattern applies to
    the verb its comment names (PETRARCH applies it to the whole block: we keep the narrower reading). A verb
    stands alone only with its own "[code]" (the rest inherit their block's, many from WordNet synonym sets:
    "head", "lead", "serve" under OVERSEE_MANAGE 060) and only if no other block codes it otherwise."""
    synsets, blocks = parse(text)
    noun = NounLemmas()
    stats: Counter = Counter()
    alone: dict[tuple[str, str], set[str]] = defaultdict(set)
    for block in blocks:
        for verb, particle, own in block.verbs:
            if own:
                alone[(verb, particle)].add(own)
            else:
                stats["verb without its own code (not alone)"] += 1
    rows: list[tuple[str, str, str, str]] = []
    for (verb, particle), codes in alone.items():
        if len(codes) > 1 or "---" in codes:
            stats["verb ambiguous or null-coded"] += 1
            continue
        rows.append((verb, "", particle, codes.pop()))
        stats["verb rows"] += 1
    for block in blocks:
        names = {v for v, p, _ in block.verbs if not p}
        for pattern, code_text, named in block.patterns:
            code, verb = _code(code_text), named.lower()
            if not code:
                stats["pattern null or passive-only code"] += 1
            elif verb not in names:
                stats["pattern names no single-word verb of its block"] += 1
            elif (found := _pattern_row(pattern, synsets, noun)) is None:
                stats["pattern not expressible"] += 1
            else:
                rows.append((verb, *found, code))
                stats["pattern rows"] += 1
    return rows, stats


HEADER = """\
# CAMEO verb rows converted from the PETRARCH2 CAMEO 2.0 verb dictionary (CAMEO.2.0.txt, last update 30 April 2015),
# Copyright (c) 2015 Open Event Data Alliance, MIT licence (github.com/openeventdata/petrarch2). Generated by
# scripts/petrarch_lexicon.py: do not edit by hand; rerun it. Same columns as cameo_verbs.csv, read after it by the same
# loader (codebook.lexicon), which codes these rows, as PETRARCH does, only with a source and a target actor.
# Kept: verbs cameo_verbs.csv does not code as acts (its rows stand), roots 06-20, patterns that name an object noun.
# Left out: the same pattern under two roots, verbs alone or with only a preposition, and what our matcher cannot say.
"""


def ours() -> tuple[dict[tuple[str, str, str], str], set[str]]:
    """Our hand-written rows: (lemma, with, prep) of verbs -> code, and the verb lemmas they code as acts (a verb
    ours has only as a statement, '"...," she continued', keeps PETRARCH's acts, "continued the siege")."""
    from newsroom.datafiles import data_rows

    rows = [r for r in data_rows(LEXICON_DIR / "cameo_verbs.csv") if r["pos"].upper() == "V"]
    return {(r["lemma"].lower(), r["with"].lower(), r["prep"].lower()): r["code"] for r in rows}, {
        r["lemma"].lower() for r in rows if not r["code"].startswith("01")
    }


def select(rows: list[tuple[str, str, str, str]], stats: Counter) -> list[str]:
    """The converted rows our lexicon lacks, one CSV line each; where ours has the row, ours is kept (counted)."""
    by_key: dict[tuple[str, str, str], list[str]] = {}
    for verb, with_, prep, code in rows:
        by_key.setdefault((verb, with_, prep), []).append(code)
    our_rows, our_lemmas = ours()
    lines = []
    for key, codes in by_key.items():
        verb, with_, prep = key
        code = Counter(codes).most_common(1)[0][0]
        if len({c[:2] for c in codes}) > 1:
            stats["pattern under two roots (left out)"] += 1
        elif key in our_rows:
            same = our_rows[key][:2] == code[:2]
            stats["row already ours, " + ("same root" if same else "other root: ours kept")] += 1
        elif verb in our_lemmas:
            stats["verb our lexicon already codes (left out: its rows stand)"] += 1
        elif code[:2] <= VERBAL_ROOTS:
            stats["verbal root 01-05 (left out)"] += 1
        elif not with_ or with_.startswith("subj:") or prep:
            stats["no object noun: a verb alone or with a preposition (left out)"] += 1
        else:
            stats["rows written"] += 1
            lines.append(",".join([verb, "V", with_, prep, code]))
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dictionary", type=Path)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    rows, stats = convert(args.dictionary.read_text(encoding="utf-8", errors="replace"))
    lines = select(rows, stats)
    for k, v in sorted(stats.items()):
        print(f"{v:6d}  {k}", file=sys.stderr)
    args.out.write_text(HEADER + "\n".join(["lemma,pos,with,prep,code", *lines]) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
