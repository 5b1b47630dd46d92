"""Score the article metadata on the real-pages set through the product's own path (pipeline.read_and_clean).

Against ``meta_gold.json`` (title, author names, publication day of each page; where each came from is
noted per field), per route (``.txt`` copied text, ``.html`` saved page), the share of pages whose

* title is right: equal to the gold headline once whitespace and quote marks are normalised;
* byline is right: the same set of names (case and whitespace aside; "," ";" "and" "&" separate names),
  and no byline where the page names no author;
* byline is clean: it holds no date, time, "Updated"/"Published" or link words, whatever its names;
* date is right: the UTC day of ``published_at`` is the gold day, and no date where the page gives none;
* outlet is not a title: it is not the article's headline (nor any 6+ word phrase).

Usage: python evaldata/realpages/score_meta.py [--split dev|sealed|dev2|all] [--route txt|html] [-v]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from newsroom.dates import MONTH_PATTERN  # noqa: E402
from newsroom.models import RawFile  # noqa: E402
from newsroom.pipeline import read_and_clean  # noqa: E402

_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "\u00a0": " "})
_NAMES = re.compile(r"\s*(?:,|;|\band\b|&)\s*", re.IGNORECASE)
_JUNK = re.compile(
    rf"\d|\s{MONTH_PATTERN}$|\b(?:updated|published|posted|view|author|archive|rss|bio|copied|link|twitter)\b|[•|·]",
    re.IGNORECASE,
)
FIELDS = ("title", "byline", "clean_byline", "date", "outlet")


def norm(text: str | None) -> str:
    return " ".join((text or "").translate(_QUOTES).split())


def names(byline: str | None) -> set[str]:
    return {norm(n).casefold() for n in _NAMES.split(byline or "") if norm(n)}


def row_of(path: Path) -> dict:
    data = path.read_bytes()
    raw = RawFile(path.name, len(data), hashlib.sha256(data).hexdigest(), path.suffix[1:], 0.0)
    outcome = read_and_clean(path.parent, raw, datetime.now(UTC))
    return outcome.articles[0].row if outcome.articles else {}


def judge(row: dict, gold: dict) -> dict[str, bool]:
    published = row.get("published_at")
    day = published.astimezone(UTC).date().isoformat() if published else None
    title, outlet = norm(row.get("title")), norm(row.get("outlet"))
    return {
        "title": title == norm(gold["title"]),
        "byline": names(row.get("byline")) == {norm(n).casefold() for n in gold["authors"]},
        "clean_byline": not _JUNK.search(row.get("byline") or ""),
        "date": day == gold["date"],
        "outlet": not outlet or (outlet != title and len(outlet.split()) < 6),
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="dev", choices=["dev", "sealed", "dev2", "all"])
    ap.add_argument("--route", default="both", choices=["txt", "html", "both"])
    ap.add_argument("-v", action="store_true", help="per-page values that are wrong")
    args = ap.parse_args()
    golds = json.loads((HERE / "meta_gold.json").read_text())["pages"]
    pages = [
        p["id"]
        for p in json.loads((HERE / "manifest.json").read_text())["pages"]
        if args.split == "all" or p["split"] == args.split
    ]
    for route in ["txt", "html"] if args.route == "both" else [args.route]:
        right = dict.fromkeys(FIELDS, 0)
        for page in pages:
            row = row_of(HERE / "pages" / f"{page}.{route}")
            verdict = judge(row, golds[page])
            for field, ok in verdict.items():
                right[field] += ok
            if args.v and not all(verdict.values()):
                wrong = [f for f, ok in verdict.items() if not ok]
                shown = {k: str(row.get(k)) for k in ("title", "byline", "published_at", "outlet")}
                print(f"  {route} {page:40s} wrong {','.join(wrong)}: {shown}")
        figures = "  ".join(f"{field} {right[field] / len(pages):.2f}" for field in FIELDS)
        print(f"{route}: {args.split} pages {len(pages)}  {figures}")


if __name__ == "__main__":
    main()
