"""Extraction snapshot of real pages (HTML / copied text) through the product's read path.

cd /work/wt-X && PYTHONHASHSEED=0 /work/main/.venv/bin/python /work/notes/pages_snapshot.py OUT.tsv FILE_OR_DIR...
Lines as snapshot.py (ACTOR / QUOTE / EVENT, first column the file name), plus BODY lines with the cleaned body
(paragraphs joined by ' ¶ ') so a reader can judge rows in context.
"""
import hashlib, os, sys
from datetime import datetime, timezone
from pathlib import Path
sys.path.insert(0, os.getcwd())
from newsroom.evaluate import checked
from newsroom.extract import extract_batch
from newsroom.models import ArticleInput, RawFile
from newsroom.pipeline import read_and_clean

paths = []
for arg in sys.argv[2:]:
    p = Path(arg)
    paths += sorted(q for q in p.iterdir() if q.suffix in (".html", ".txt", ".htm")) if p.is_dir() else [p]
ids, inputs = [], []
for path in paths:
    data = path.read_bytes()
    raw = RawFile(path.name, len(data), hashlib.sha256(data).hexdigest(), path.suffix[1:], 0.0)
    outcome = read_and_clean(path.parent, raw, datetime.now(timezone.utc))
    for a in outcome.articles:
        ids.append(path.parent.name + "/" + path.name)
        inputs.append(ArticleInput(a.row["body"], a.row["title"], a.row["published_at"]))
    if not outcome.articles:
        print(f"refused {path}: {outcome.error}", file=sys.stderr)
out = open(sys.argv[1], "w", encoding="utf-8")
for tid, inp, ex in zip(ids, inputs, checked(extract_batch(inputs)), strict=True):
    out.write(f"{tid}\tBODY\t{inp.title}\t{' ¶ '.join(' '.join(p.split()) for p in inp.body.split(chr(10)*2))}\n")
    names = {a.entity_index: f"{a.name} [{a.actor_type}/{a.country_code or ''}/{a.cameo_actor_code or ''}]" for a in ex.actors}
    for a in ex.actors:
        out.write(f"{tid}\tACTOR\t{names[a.entity_index]}\n")
    for q in ex.quotes:
        out.write(f"{tid}\tQUOTE\t{q.quote_kind}\t{names.get(q.speaker_entity, '-')}\t{q.speaker_mention}\t{q.cue}\t{' '.join(q.text.split())}\n")
    for e in ex.events:
        out.write(f"{tid}\tEVENT\t{e.cameo_code}\t{names.get(e.actor1_entity, '-')}\t{names.get(e.actor2_entity, '-')}\t{e.trigger_text}\t{e.confidence:.2f}\t{' '.join(e.sentence_text.split())}\n")
print(f"{len(ids)} articles of {len(paths)} files -> {sys.argv[1]}")
