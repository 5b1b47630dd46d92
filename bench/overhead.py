"""CPU of our extraction beyond bare spaCy, in one process, on the snapshot corpus's real texts.

    python -m bench.overhead [--limit N] [--chunk 25] [--repeat 3] [--profile OUT.prof]

The corpus is the one of ``/work/tools/extraction_snapshot.py`` (``raw/*.txt``, the real quotes and
events sets and the event sentence fixtures of the checkout). Cleaned once; then bare ``nlp.pipe``
(the model without our paragraph component) over the same bodies and titles the extraction parses,
then ``extract_batch`` in the chunks a worker gets. CPU is ``time.process_time()``: on a shared
machine wall time says nothing. Each is run ``--repeat`` times, alternated, and the least CPU
counts; ``extract_doc`` alone on docs parsed beforehand gives our code after the parse.
``--profile`` runs that part once more under cProfile and prints the functions by own time.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def snapshot_texts(root: Path = ROOT) -> list[str]:
    """The extraction snapshot's texts, in its order."""
    fx = "evaldata" if (root / "evaldata/real_quotes").exists() else "tests/fixtures"
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted((root / "raw").glob("*.txt"))]
    for d in ("gold_extra", "real_quotes/dev", "real_quotes/sealed"):
        texts += [
            p.read_text(encoding="utf-8", errors="replace") for p in sorted((root / fx / d).glob("*.txt"))
        ]
    for f in ("dev", "sealed", "sealed2"):
        lines = (root / fx / f"real_events/{f}.jsonl").read_text().splitlines()
        texts += [json.loads(line)["text"] for line in lines]
    for p in sorted((root / fx / "events").glob("*.tsv")):
        lines = p.read_text().splitlines()
        texts += [line.split("\t")[-1] for line in lines if line.strip() and not line.startswith("#")]
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--limit", type=int, default=0, help="only the first N texts")
    parser.add_argument(
        "--chunk", type=int, default=25, help="articles per extract_batch call (a worker's chunk)"
    )
    parser.add_argument("--repeat", type=int, default=3, help="alternated runs of each; the least CPU counts")
    parser.add_argument("--profile", help="also profile our extraction, stats written here")
    args = parser.parse_args()

    from newsroom.clean import clean_text
    from newsroom.extract import (
        MAX_TITLE_CHARS,
        PARAGRAPH_COMPONENT,
        PIPE_BATCH_SIZE,
        extract_batch,
        extract_doc,
        load_nlp,
    )
    from newsroom.models import ArticleInput

    texts = snapshot_texts()
    if args.limit:
        texts = texts[: args.limit]
    cpu = time.process_time
    started = cpu()
    cleaned = [clean_text(t) for t in texts]
    clean_cpu = cpu() - started
    items = [ArticleInput(body=c.body, title=c.title, published_at=None) for c in cleaned]
    chunks = [items[i : i + args.chunk] for i in range(0, len(items), args.chunk)]
    nlp = load_nlp()
    parsed = [i.body for i in items] + [(i.title or "")[:MAX_TITLE_CHARS] for i in items]
    list(nlp.pipe(parsed[:50]))  # warm-up: lazy loads of the model's tables

    docs = list(nlp.pipe(parsed, batch_size=PIPE_BATCH_SIZE))
    n = len(items)

    def after_parse() -> None:
        for item, body, title in zip(items, docs[:n], docs[n:], strict=True):
            extract_doc(body, title if item.title else None, None, item.body)

    spacy_runs, ours_runs, after_runs = [], [], []
    for _ in range(args.repeat):  # alternated, the least of each: other processes only ever add CPU
        with nlp.select_pipes(disable=[PARAGRAPH_COMPONENT]), nlp.memory_zone():
            started = cpu()
            tokens = sum(len(doc) for doc in nlp.pipe(parsed, batch_size=PIPE_BATCH_SIZE))
            spacy_runs.append(cpu() - started)
        started = cpu()
        for chunk in chunks:
            extract_batch(chunk)
        ours_runs.append(cpu() - started)
        started = cpu()
        after_parse()
        after_runs.append(cpu() - started)
    spacy_cpu, ours_cpu = min(spacy_runs), min(ours_runs)

    chars = sum(len(t) for t in parsed)
    print(f"{len(texts)} texts, {chars:,} characters parsed, {tokens:,} tokens")
    print(f"clean_text            {clean_cpu:8.2f} CPU s")
    print(f"bare spaCy nlp.pipe   {spacy_cpu:8.2f} CPU s")
    print(f"extract_batch         {ours_cpu:8.2f} CPU s")
    print(f"overhead (ours-spaCy) {ours_cpu - spacy_cpu:8.2f} CPU s = {ours_cpu / spacy_cpu:.3f}x")
    print(f"extract_doc on parsed {min(after_runs):8.2f} CPU s (our code after the parse)")
    for name, runs in (("spaCy", spacy_runs), ("ours", ours_runs), ("after parse", after_runs)):
        print(f"  {name} runs: {', '.join(f'{r:.2f}' for r in runs)}")
    if args.profile:
        profile = cProfile.Profile()
        started = cpu()
        profile.enable()
        after_parse()
        profile.disable()
        print(f"extract_doc, parse cached, under cProfile: {cpu() - started:.2f} CPU s")
        profile.dump_stats(args.profile)
        pstats.Stats(profile).sort_stats("tottime").print_stats(40)


if __name__ == "__main__":
    main()
