"""Actor audit of the marts as an analyst sees them (issue 16, round 5). Run from the repository root:

``python evaldata/actors_audit/marts_sample.py raw DIR`` writes every distinct article of ``real_events/*.jsonl`` and
``real_quotes/*/*.txt`` to DIR as one .txt file each, for ``newsroom run --raw-dir DIR``;
``python evaldata/actors_audit/marts_sample.py sample WAREHOUSE`` prints a fixed-seed sample of 80 rows of the
``actors`` mart and 60 of ``actor_mentions``, each with the text around its mentions, to judge by hand
(``sample WAREHOUSE SEED`` draws the actors with another seed: round 6 used 61);
``python evaldata/actors_audit/marts_sample.py quotes WAREHOUSE SEED`` prints 60 rows of the ``quotes`` mart, each
with the text around it (round 12: seeds 1212 and 2424);
``python evaldata/actors_audit/marts_sample.py events WAREHOUSE SEED`` prints 60 rows of the ``events`` mart with
their sentences (round 13: seed 1313, on the 90 copied pages of ``realpages``).
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import duckdb

ROOT = Path("evaldata")
ACTOR_SEED, ACTOR_ROWS = 5, 80
MENTION_SEED, MENTION_ROWS = 6, 60


def write_raw(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()
    for path in sorted((ROOT / "real_events").glob("*.jsonl")):
        for line in path.read_text().splitlines():
            row = json.loads(line)
            if row["id"] not in seen:
                seen.add(row["id"])
                (out / f"{row['id']}.txt").write_text(row["title"] + "\n\n" + row["text"])
    for path in sorted((ROOT / "real_quotes").glob("*/*.txt")):
        if path.stem not in seen:
            seen.add(path.stem)
            (out / path.name).write_text(path.read_text())
    print(len(seen), "articles")


def _draw(con: duckdb.DuckDBPyConnection, query: str, seed: int, rows: int) -> list[tuple]:
    """``rows`` rows of the query's ordered result, drawn with ``seed``: anyone can redraw a round's sample."""
    return random.Random(seed).sample(con.sql(query).fetchall(), rows)


def sample(warehouse: str, actor_seed: int = ACTOR_SEED) -> None:
    con = duckdb.connect(warehouse, read_only=True)
    body = dict(con.sql("select article_id, body from main.articles").fetchall())
    actors = _draw(
        con,
        "select actor_id, name, actor_type, country_code, cameo_actor_code, mention_count from main.actors "
        "order by actor_id",
        actor_seed,
        ACTOR_ROWS,
    )
    for n, (actor_id, *row) in enumerate(actors):
        spans = con.execute(
            "select article_id, start_char, end_char from main.actor_mentions where actor_id = ? "
            "and mention_kind <> 'pronoun' order by article_id, start_char limit 2",
            [actor_id],
        ).fetchall()
        context = " || ".join(body[a][max(0, s - 70) : e + 50].replace("\n", " ") for a, s, e in spans)
        print(f"A{n}", *row, sep="\t")
        print("    " + context)
    mentions = _draw(
        con,
        "select m.article_id, m.mention_text, m.mention_kind, m.start_char, m.end_char, a.name, a.actor_type, "
        "a.country_code, a.cameo_actor_code from main.actor_mentions m join main.actors a using (actor_id) "
        "order by m.mention_id",
        MENTION_SEED,
        MENTION_ROWS,
    )
    for n, (article, text, kind, start, end, *actor) in enumerate(mentions):
        b = body[article]
        print(f"M{n}", repr(text), kind, "->", *actor, sep="\t")
        print(
            "    "
            + f"{b[max(0, start - 120) : start]}[[{b[start:end]}]]{b[end : end + 60]}".replace("\n", " ")
        )


def sample_quotes(warehouse: str, seed: int, rows: int = 60) -> None:
    con = duckdb.connect(warehouse, read_only=True)
    body = dict(con.sql("select article_id, body from main.articles").fetchall())
    quotes = _draw(
        con,
        "select quote_id, article_id, quote_text, quote_kind, speaker_name, speaker_mention, cue, start_char, "
        "end_char from main.quotes order by quote_id",
        seed,
        rows,
    )
    for n, (quote_id, article, text, kind, speaker, mention, cue, start, end) in enumerate(quotes):
        b = body[article]
        if start is None:  # a headline's quote
            start = max(b.find(text), 0)
            end = start + len(text)
        print(
            f"Q{n}",
            quote_id[:8],
            article[:30],
            kind,
            f"spk={speaker!r}",
            f"mention={mention!r}",
            f"cue={cue!r}",
            sep="\t",
        )
        print("   TEXT:", text)
        print(
            "   CTX:",
            f"{b[max(0, start - 300) : start]}[[{b[start:end]}]]{b[end : end + 150]}".replace("\n", " / "),
        )


def sample_events(warehouse: str, seed: int, rows: int = 60) -> None:
    con = duckdb.connect(warehouse, read_only=True)
    events = _draw(
        con,
        "select article_id, event_index, sentence_index, cameo_code, actor1_name, actor2_name, confidence, "
        "trigger_text, sentence_text from main.events order by article_id, event_index",
        seed,
        rows,
    )
    for n, (*row, confidence, trigger, sentence) in enumerate(events):
        print(f"E{n}", *row, f"{confidence:.2f}", trigger, (sentence or "").replace("\n", " "), sep="\t")


if __name__ == "__main__":
    if sys.argv[1] == "raw":
        write_raw(Path(sys.argv[2]))
    elif sys.argv[1] == "quotes":
        sample_quotes(sys.argv[2], int(sys.argv[3]))
    elif sys.argv[1] == "events":
        sample_events(sys.argv[2], int(sys.argv[3]))
    else:
        sample(sys.argv[2], *(int(a) for a in sys.argv[3:4]))
