"""What the extractors make of real pages, one TSV line per row, through the product's own read path.

    python scripts/pages_snapshot.py OUT.tsv FILE_OR_FOLDER...

For hand audits and before/after diffs of commercial pages (evaldata/actors_audit/README.md, round 14): a BODY line
per article (the cleaned body, paragraphs joined by " ¶ ", so a judge reads each row in context), then its ACTOR,
QUOTE and EVENT lines. Diff two snapshots with ``diff <(sort A) <(sort B)``.
"""

from __future__ import annotations

import hashlib
import sys
from datetime import UTC, datetime
from pathlib import Path

from newsroom.evaluate import checked
from newsroom.extract import extract_batch
from newsroom.models import ArticleInput, RawFile
from newsroom.pipeline import read_and_clean

PAGE_SUFFIXES = (".html", ".htm", ".txt")


def _files(args: list[str]) -> list[Path]:
    paths = []
    for arg in map(Path, args):
        paths += sorted(p for p in arg.iterdir() if p.suffix in PAGE_SUFFIXES) if arg.is_dir() else [arg]
    return paths


def _read(paths: list[Path]) -> tuple[list[str], list[ArticleInput]]:
    ids, inputs = [], []
    for path in paths:
        data = path.read_bytes()
        raw = RawFile(path.name, len(data), hashlib.sha256(data).hexdigest(), path.suffix[1:], 0.0)
        outcome = read_and_clean(path.parent, raw, datetime.now(UTC))
        if not outcome.articles:
            print(f"refused {path}: {outcome.error or '; '.join(outcome.record_errors)}", file=sys.stderr)
        for article in outcome.articles:
            ids.append(f"{path.parent.name}/{path.name}")
            inputs.append(
                ArticleInput(
                    article.row["body"],
                    article.row["title"],
                    article.row["published_at"],
                    article.row["byline"],
                )
            )
    return ids, inputs


def _flat(text: str) -> str:
    return " ".join(text.split())


def main(out_path: str, args: list[str]) -> None:
    ids, inputs = _read(_files(args))
    with open(out_path, "w", encoding="utf-8") as out:
        for tid, item, ex in zip(ids, inputs, checked(extract_batch(inputs)), strict=True):
            paragraphs = " ¶ ".join(_flat(p) for p in item.body.split("\n\n"))
            out.write(f"{tid}\tBODY\t{item.title}\t{paragraphs}\n")
            names = {
                a.entity_index: f"{a.name} [{a.actor_type}/{a.country_code or ''}/{a.cameo_actor_code or ''}]"
                for a in ex.actors
            }
            for a in ex.actors:
                out.write(f"{tid}\tACTOR\t{names[a.entity_index]}\n")
            for q in ex.quotes:
                speaker = names.get(q.speaker_entity, "-")
                out.write(
                    f"{tid}\tQUOTE\t{q.quote_kind}\t{speaker}\t{q.speaker_mention}\t{q.cue}\t{_flat(q.text)}\n"
                )
            for e in ex.events:
                parties = f"{names.get(e.actor1_entity, '-')}\t{names.get(e.actor2_entity, '-')}"
                out.write(
                    f"{tid}\tEVENT\t{e.cameo_code}\t{parties}\t{e.trigger_text}\t{e.confidence:.2f}\t"
                    f"{_flat(e.sentence_text)}\n"
                )
    print(f"{len(ids)} articles -> {out_path}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
