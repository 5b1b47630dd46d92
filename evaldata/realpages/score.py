"""Score the cleaner on the real-pages set through the product's own path (pipeline.read_and_clean).

4-word-shingle precision / recall / F1 of ``articles.body`` against ``gold/<id>.txt`` (lower-cased word
4-grams, counted as multisets), macro-averaged over pages, per route: the copied text (``.txt``) and
the saved page (``.html``). A page that is refused scores 0.

Usage: python evaldata/realpages/score.py [--split dev|sealed|dev2|all] [--route txt|html] [-v]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from newsroom.models import RawFile  # noqa: E402
from newsroom.pipeline import read_and_clean  # noqa: E402

_WORD = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter:
    tokens = _WORD.findall(text.lower())
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def prf(predicted: str, gold: str) -> tuple[float, float, float]:
    p, g = shingles(predicted), shingles(gold)
    overlap = sum((p & g).values())
    precision = overlap / sum(p.values()) if p else 0.0
    recall = overlap / sum(g.values()) if g else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def body_of(path: Path) -> str | None:
    data = path.read_bytes()
    raw = RawFile(path.name, len(data), hashlib.sha256(data).hexdigest(), path.suffix[1:], 0.0)
    outcome = read_and_clean(path.parent, raw, datetime.now(timezone.utc))
    return outcome.articles[0].row["body"] if outcome.articles else None


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="dev", choices=["dev", "sealed", "dev2", "all"])
    ap.add_argument("--route", default="both", choices=["txt", "html", "both"])
    ap.add_argument("-v", action="store_true", help="per-page figures")
    args = ap.parse_args()
    pages = [p for p in json.loads((HERE / "manifest.json").read_text())["pages"]
             if args.split == "all" or p["split"] == args.split]
    for route in ["txt", "html"] if args.route == "both" else [args.route]:
        rows, loaded, started = [], 0, time.perf_counter()
        for page in pages:
            gold = (HERE / "gold" / f"{page['id']}.txt").read_text()
            body = body_of(HERE / "pages" / f"{page['id']}.{route}")
            loaded += body is not None
            rows.append((page["id"], *prf(body or "", gold)))
            if args.v:
                print(f"  {route} {rows[-1][0]:45s} P {rows[-1][1]:.2f} R {rows[-1][2]:.2f} F1 {rows[-1][3]:.2f}")
        n = len(rows)
        mean = [sum(r[i] for r in rows) / n for i in (1, 2, 3)]
        print(f"{route}: {args.split} pages {n}, loaded {loaded}, P {mean[0]:.3f} R {mean[1]:.3f} F1 {mean[2]:.3f}"
              f"  ({time.perf_counter() - started:.1f}s)")


if __name__ == "__main__":
    main()
