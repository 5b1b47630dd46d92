"""Draw a blind audit sheet from two pages snapshots (``scripts/pages_snapshot.py``) of the same pages.

    python evaldata/actors_audit/draw_blind_audit.py BASE.tsv FINAL.tsv OUTDIR [--seed N] [--shuffle-seed N] [--changed]

Per version, from its rows sorted: 60 quotes, 60 non-01 events, 20 statements (01), 40 actors drawn with
``random.Random(seed)``; with ``--changed`` also every row only one version has, so the judges judge the change
itself, not only the level. A row both versions drew (events compared without their confidence) is judged once.
The sheet is shuffled and carries no version: judges cannot tell which code made a row. OUTDIR gets ``sheet.tsv``
(for the judges), ``articles.tsv`` (each page's title and cleaned body, for context) and ``key.tsv`` (row → the
versions that drew it: base, final, base-only, final-only). Round 14 ran it with seeds 1414/7, round 15 with
1515/15 and ``--changed``.
"""

from __future__ import annotations

import argparse
import collections
import random
from pathlib import Path

PER_VERSION = {"QUOTE": 60, "EVENT01": 20, "EVENT": 60, "ACTOR": 40}


def read_snapshot(path: Path) -> tuple[dict[str, set[str]], dict[str, tuple[str, str]]]:
    rows, bodies = collections.defaultdict(set), {}
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if fields[1] == "BODY":
            bodies[fields[0]] = (fields[2], fields[3])
        elif fields[1] == "EVENT":
            kind = "EVENT01" if fields[2].startswith("01") else "EVENT"
            rows[kind].add("\t".join(fields[:6] + fields[7:]))  # confidence left out
        else:
            rows[fields[1]].add(line)
    return rows, bodies


def draw(base: dict, final: dict, seed: int, changed: bool) -> dict[tuple[str, str], set[str]]:
    drawn = collections.defaultdict(set)
    for tag, rows in (("base", base), ("final", final)):
        for kind, n in PER_VERSION.items():
            pool = sorted(rows[kind])
            for key in random.Random(seed).sample(pool, min(n, len(pool))):
                drawn[(kind, key)].add(tag)
    if changed:
        for kind in PER_VERSION:
            for key in base[kind] ^ final[kind]:
                drawn[(kind, key)].add("base-only" if key in base[kind] else "final-only")
    return drawn


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", type=Path)
    parser.add_argument("final", type=Path)
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--seed", type=int, default=1515)
    parser.add_argument("--shuffle-seed", type=int, default=15)
    parser.add_argument("--changed", action="store_true", help="also every row only one version has")
    args = parser.parse_args()
    base, _ = read_snapshot(args.base)
    final, bodies = read_snapshot(args.final)
    drawn = draw(base, final, args.seed, args.changed)
    items = sorted(drawn)
    random.Random(args.shuffle_seed).shuffle(items)
    with open(args.outdir / "sheet.tsv", "w") as sheet, open(args.outdir / "key.tsv", "w") as key_file:
        sheet.write("row\tkind\tfile\tfields\tverdict\tnote\n")
        for number, (kind, key) in enumerate(items, 1):
            fields = key.split("\t")
            sheet.write(f"{number}\t{kind}\t{fields[0]}\t{' | '.join(fields[2:])}\t\t\n")
            key_file.write(f"{number}\t{kind}\t{','.join(sorted(drawn[(kind, key)]))}\n")
    with open(args.outdir / "articles.tsv", "w") as articles:
        for page, (title, body) in sorted(bodies.items()):
            articles.write(f"{page}\t{title}\t{body}\n")
    print(len(items), "rows")


if __name__ == "__main__":
    main()
