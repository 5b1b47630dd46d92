"""Actor audit on the Wikinews sets (issue 16): run the product on every article, print a fixed-seed sample of
50 actors to judge and the counts of suspicious classes. Run from the repository root:
``PYTHONPATH=. python evaldata/actors_audit/audit.py``; judged samples are kept beside this file."""

from __future__ import annotations

import json
import random
from pathlib import Path

from newsroom.evaluate import run_product
from newsroom.extract.lexicon import given_names, lookup_alias

ROOT = Path("evaldata")
SEED, SAMPLE = 16, 50


def texts() -> dict[str, str]:
    """Every Wikinews article of the real event and quote sets, once, by id."""
    out: dict[str, str] = {}
    for name in ("dev", "sealed", "sealed2", "sealed3"):
        for line in (ROOT / "real_events" / f"{name}.jsonl").read_text().splitlines():
            row = json.loads(line)
            out[row["id"]] = row["title"] + "\n\n" + row["text"]
    for name in ("dev", "sealed", "dev2", "sealed3"):
        for path in sorted((ROOT / "real_quotes" / name).glob("*.txt")):
            out.setdefault(path.stem, path.read_text())
    return out


def actors() -> list[dict]:
    by_id = texts()
    ids = sorted(by_id)
    rows = []
    for article, (_, ex) in zip(ids, run_product([by_id[i] for i in ids]), strict=True):
        for a in ex.actors:
            mentions = [m.text for m in ex.mentions if m.entity_index == a.entity_index]
            rows.append(
                {
                    "article": article,
                    "name": a.name,
                    "type": a.actor_type,
                    "country": a.country_code or "",
                    "cameo": a.cameo_actor_code or "",
                    "mentions": mentions[:4],
                }
            )
    return rows


def suspicious(rows: list[dict]) -> dict[str, int]:
    """Classes an auditor found wrong most often, counted by query."""
    given = given_names()
    one_word = [
        r for r in rows if r["type"] == "person" and " " not in r["name"] and r["name"].lower() not in given
    ]
    caps = [
        r
        for r in rows
        if r["type"] in ("person", "organization")
        and " " not in r["name"]
        and r["name"].isupper()
        and lookup_alias(r["name"]) is None
    ]
    glued = []
    for r in rows:
        words = r["name"].split()
        entry = lookup_alias(words[0]) if len(words) == 3 else None
        if (
            r["type"] == "organization"
            and entry
            and entry.actor_type == "country"
            and entry.canonical_name == words[0]
        ):
            glued.append(r)
    return {
        "actors": len(rows),
        "one-word persons without a given name": len(one_word),
        "one-word all-caps persons/organisations unknown to the alias table": len(caps),
        "organisations named <country> <name> <name>": len(glued),
    }


def main() -> None:
    rows = actors()
    for key, value in suspicious(rows).items():
        print(f"{key}: {value}")
    rows.sort(key=lambda r: (r["article"], r["name"], r["type"]))
    random.seed(SEED)
    for n, r in enumerate(random.sample(rows, SAMPLE)):
        print(n, r["article"], r["name"], r["type"], r["country"], r["cameo"], r["mentions"], sep="\t")


if __name__ == "__main__":
    main()
