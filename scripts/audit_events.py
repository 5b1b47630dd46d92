"""Audit the event coder on whole real articles (evaldata/real_events/; /work/shared/AUDITING.md).

    python scripts/audit_events.py extract dev            # events of the dev articles -> real_events/out/dev.tsv
    python scripts/audit_events.py sample dev final-dev   # 80 random non-01 events (fixed seed) -> judge sheet
    python scripts/audit_events.py score final-dev        # precision from the judged sheet (+ by confidence band)
    python scripts/audit_events.py recall dev             # recall against recall_gold.tsv

Extraction is the product's own: the cleaner, then ``extract_batch`` (the warehouse's landing rows before dbt
joins the codebook). A sheet row is judged once: verdicts are kept in ``verdicts.tsv`` keyed by article, sentence,
code and both actor names, so a later sample reuses every verdict already given to the same output.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "evaldata" / "real_events"
OUT = DATA / "out"
VERDICTS = DATA / "verdicts.tsv"
SAMPLE_SIZE = 80
# Verdict columns: y / n / ? (debatable). a2 "y" also when the target is rightly empty.
# modality: "x" when a hypothetical, conditional, future, asked-about or negated action is coded as done.
VERDICT_COLS = ("root_ok", "code_ok", "a1_ok", "a2_ok", "modality", "error", "note")
EVENT_COLS = (
    "split",
    "article",
    "event_index",
    "sentence_index",
    "cameo_code",
    "actor1",
    "actor2",
    "confidence",
    "trigger",
    "sentence",
    "actor1_words",
    "actor2_words",
)
BANDS = ((0.0, 0.5), (0.5, 0.65), (0.65, 0.75), (0.75, 1.01))


def _articles(split: str) -> list[dict]:
    with open(DATA / f"{split}.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def extract(split: str) -> Path:
    from newsroom.clean import clean_text
    from newsroom.dates import parse_published
    from newsroom.evaluate import checked
    from newsroom.extract import extract_batch
    from newsroom.models import ArticleInput

    arts = _articles(split)
    inputs = []
    for a in arts:
        clean = clean_text(a["text"], title=a["title"])
        inputs.append(ArticleInput(clean.body, clean.title or a["title"], parse_published(a["date"])))
    rows = []
    for a, ex in zip(arts, checked(extract_batch(inputs)), strict=True):
        names = {actor.entity_index: actor.name for actor in ex.actors}
        written = defaultdict(set)  # (entity, sentence) -> how that sentence names the actor
        for m in ex.mentions:
            if m.mention_kind != "pronoun":
                written[m.entity_index, m.sentence_index].add(m.text)
        for i, e in enumerate(ex.events):
            rows.append(
                {
                    "split": split,
                    "article": a["id"],
                    "event_index": i,
                    "sentence_index": e.sentence_index,
                    "cameo_code": e.cameo_code,
                    "actor1": names.get(e.actor1_entity, ""),
                    "actor2": names.get(e.actor2_entity, ""),
                    "confidence": f"{e.confidence:.2f}",
                    "trigger": e.trigger_text,
                    "sentence": " ".join(e.sentence_text.split()),
                    "actor1_words": "|".join(sorted(written[e.actor1_entity, e.sentence_index])),
                    "actor2_words": "|".join(sorted(written[e.actor2_entity, e.sentence_index])),
                }
            )
    OUT.mkdir(exist_ok=True)
    path = OUT / f"{split}.tsv"
    _write(path, EVENT_COLS, rows)
    non01 = sum(r["cameo_code"][:2] != "01" for r in rows)
    print(f"{len(arts)} articles, {len(rows)} events ({non01} not 01) -> {path}")
    return path


def _read(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t"))


def _write(path: Path, cols, rows) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, cols, delimiter="\t", extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def _key(r: dict) -> tuple:
    return (r["article"], r["sentence"], r["cameo_code"], r["actor1"], r["actor2"])


def _verdicts() -> dict[tuple, dict]:
    return {_key(r): r for r in _read(VERDICTS)} if VERDICTS.exists() else {}


def sample(split: str, name: str, n: int = SAMPLE_SIZE) -> Path:
    """A fixed-seed sample (seed = the sheet's name) of non-01 events, ids sorted first so anyone can redraw it."""
    rows = [r for r in _read(OUT / f"{split}.tsv") if r["cameo_code"][:2] != "01"]
    rows.sort(key=lambda r: (r["article"], int(r["event_index"])))
    picked = random.Random(name).sample(rows, min(n, len(rows)))
    known = _verdicts()
    for r in picked:
        v = known.get(_key(r), {})
        for c in VERDICT_COLS:
            r[c] = v.get(c, "")
    path = DATA / f"sheet_{name}.tsv"
    _write(path, EVENT_COLS + VERDICT_COLS, picked)
    todo = sum(not r["root_ok"] for r in picked)
    print(f"{len(picked)} of {len(rows)} non-01 events -> {path} ({todo} still to judge)")
    return path


def store(name: str) -> None:
    """Copy a judged sheet's verdicts into verdicts.tsv (the store later sheets draw on)."""
    known = _verdicts()
    for r in _read(DATA / f"sheet_{name}.tsv"):
        if r["root_ok"]:
            known[_key(r)] = r
    _write(
        VERDICTS,
        ("article", "sentence", "cameo_code", "actor1", "actor2") + VERDICT_COLS,
        sorted(known.values(), key=_key),
    )


def _rate(rows, test) -> str:
    judged = [r for r in rows if test(r) is not None]
    if not judged:
        return "  n/a"
    return f"{sum(bool(test(r)) for r in judged) / len(judged):.2f} ({sum(bool(test(r)) for r in judged)}/{len(judged)})"


def _yn(v: str):
    return None if v == "?" or v == "" else v == "y"


def triple(r: dict) -> bool | None:
    """Root, source and target all right; None when one is debatable and none wrong."""
    parts = [_yn(r["root_ok"]), _yn(r["a1_ok"]), _yn(r["a2_ok"])]
    if False in parts:
        return False
    return None if None in parts else True


def score(name: str, as_json: bool = False) -> dict:
    rows = _read(DATA / f"sheet_{name}.tsv")
    missing = [r for r in rows if not r["root_ok"]]
    if missing:
        sys.exit(f"{len(missing)} rows of sheet_{name}.tsv are not judged yet")

    def source(r):
        return _yn(r["a1_ok"]) if _yn(r["root_ok"]) else None

    tests = {
        "root": lambda r: _yn(r["root_ok"]),
        "exact": lambda r: _yn(r["code_ok"]),
        "source (of root-right)": source,
        "triple": triple,
        "no modality error": lambda r: r["modality"] != "x",
    }
    out = {"n": len(rows), "debatable_root": sum(r["root_ok"] == "?" for r in rows)}
    print(f"sheet {name}: {len(rows)} events, root debatable {out['debatable_root']}")
    for label, test in tests.items():
        print(f"  {label:24s} {_rate(rows, test)}")
        judged = [r for r in rows if test(r) is not None]
        out[label] = round(sum(bool(test(r)) for r in judged) / len(judged), 3) if judged else None
    print("  by confidence band          n   root  triple")
    for lo, hi in BANDS:
        band = [r for r in rows if lo <= float(r["confidence"]) < hi]
        print(
            f"  [{lo:.2f}, {min(hi, 1):.2f})  {len(band):10d}   {_rate(band, tests['root'])}  {_rate(band, triple)}"
        )
    errors = Counter(e.strip() for r in rows for e in r["error"].split(",") if e.strip())
    print("  error classes:", ", ".join(f"{k} {v}" for k, v in errors.most_common()))
    return out


def _same(gold: str, name: str, words: str = "") -> bool:
    """The actor is the gold one by its warehouse name or by how its sentence names it ("a man" for a group
    actor named "India civilians"), as the recall lists write actors."""
    if name == "" and "-" in gold.split("|"):
        return True  # "-|insurgents": the sentence may be read as naming no target
    if gold == "-":
        return False
    forms = [f.lower() for f in (name, *words.split("|")) if f]
    return any(g.lower() in f or f in g.lower() for g in gold.split("|") for f in forms)


def _same_side(gold: dict, event: dict, side: str) -> bool:
    return _same(gold[side], event[side], event.get(f"{side}_words") or "")


def recall(split: str) -> None:
    gold = [g for g in _read(DATA / "recall_gold.tsv") if g["split"] == split]
    events = defaultdict(list)
    for r in _read(OUT / f"{split}.tsv"):
        events[r["article"]].append(r)
    strict = lenient = total = 0
    print(f"recall on {split}: {len({g['article'] for g in gold})} articles")
    for g in gold:
        key = " ".join(g["sentence"].split()).lower()
        cands = [
            e
            for e in events[g["article"]]
            if key in e["sentence"].lower() and e["cameo_code"][:2] in g["roots"].split("|")
        ]

        s = any(_same_side(g, e, "actor1") and _same_side(g, e, "actor2") for e in cands)
        lo = s or any(
            _same_side(g, e, "actor1") or (g["actor2"] != "-" and _same_side(g, e, "actor2")) for e in cands
        )
        if g["need"] == "req":
            total += 1
            strict += s
            lenient += lo
        mark = "S" if s else "L" if lo else "-"
        print(
            f"  [{mark}] {g['need']} {g['roots']:6s} {g['actor1'][:22]:22s} -> {g['actor2'][:22]:22s} | {g['sentence'][:60]}"
        )
    print(
        f"  strict {strict}/{total} = {strict / total:.2f}   lenient {lenient}/{total} = {lenient / total:.2f}"
    )


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    sub.add_parser("extract").add_argument("split")
    s = sub.add_parser("sample")
    s.add_argument("split")
    s.add_argument("name")
    s.add_argument("--n", type=int, default=SAMPLE_SIZE)
    sub.add_parser("store").add_argument("name")
    sub.add_parser("score").add_argument("name")
    sub.add_parser("recall").add_argument("split")
    a = p.parse_args(argv)
    if a.cmd == "extract":
        extract(a.split)
    elif a.cmd == "sample":
        sample(a.split, a.name, a.n)
    elif a.cmd == "store":
        store(a.name)
    elif a.cmd == "score":
        score(a.name)
    else:
        recall(a.split)


if __name__ == "__main__":
    main()
