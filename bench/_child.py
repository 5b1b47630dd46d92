"""What bench/run.py runs in child processes, so each measurement has its own memory and CPU.

python -m bench._child flow   RAW WAREHOUSE OUT.json   # the real Prefect flow
python -m bench._child spacy  TEXTS.jsonl N_PROCESS OUT.json
python -m bench._child duckdb WAREHOUSE SCRATCH_DIR BATCH OUT.json
python -m bench._child clean  RAW WAREHOUSE OUT.json   # per-format read+clean, in one process
python -m bench._child clean-parallel RAW N OUT.json     # read+clean of the .txt files on N processes
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path


def _rusage() -> dict:
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "self_cpu": me.ru_utime + me.ru_stime,
        "children_cpu": kids.ru_utime + kids.ru_stime,
        "self_maxrss_mb": me.ru_maxrss / 1024,
        "children_maxrss_mb": kids.ru_maxrss / 1024,
    }


def run_flow(raw: str, warehouse: str) -> dict:
    """What ``newsroom run RAW`` does (the early "nothing new" check, Prefect's temporary API
    started while the flow imports, the flow, the server stopped), with the moment each step
    ended (``time.time()``; the parent subtracts its own start): the run's fixed costs."""
    from newsroom.cli import run_flow as run_with_api
    from newsroom.config import load_settings
    from newsroom.noop import outlook

    now = time.time
    marks = {"checks": now()}
    settings = load_settings(raw_dir=raw, warehouse=warehouse)
    seen = outlook(settings)
    marks["nothing new decided"] = now()
    if seen.nothing_new:
        result = {"summary": seen.nothing_new, "seconds": {}}
        flow_seconds = 0.0
    else:
        state = run_with_api(settings, False, lambda name: marks.__setitem__(name, now()), seen.to_read)
        marks["server stopped"] = now()
        result = state.result()
        flow_seconds = marks["flow done"] - marks["api ready"]
    return {"marks": marks, "flow_seconds": flow_seconds, "result": result, **_rusage()}


def spacy_floor(texts_file: str, n_process: int) -> dict:
    """Bare ``nlp.pipe`` with the pipeline's model, components and batch size, and spaCy's own attribute ruler: the
    floor is what spaCy as shipped costs, so the run's ratio counts fast22's indexed ruler as our saving."""
    from newsroom.extract import PIPE_BATCH_SIZE, load_nlp

    texts = [json.loads(line) for line in Path(texts_file).read_text(encoding="utf-8").splitlines()]
    started = time.perf_counter()
    nlp = load_nlp()
    del nlp.get_pipe("attribute_ruler").match  # back to the class's Matcher-based method (attribute_index)
    loaded = time.perf_counter()
    tokens = 0
    for doc in nlp.pipe(texts, batch_size=PIPE_BATCH_SIZE, n_process=n_process):
        tokens += len(doc)
    parsed = time.perf_counter()
    return {
        "texts": len(texts),
        "tokens": tokens,
        "load_seconds": loaded - started,
        "parse_seconds": parsed - loaded,
        **_rusage(),
    }


def duckdb_floor(warehouse: str, scratch: str, batch: int) -> dict:
    """Bare bulk inserts of the rows the run loaded, into a fresh copy of the landing schema."""
    import duckdb
    import pyarrow as pa
    import pyarrow.compute as pc

    from newsroom import warehouse as wh

    src = duckdb.connect(warehouse, read_only=True)
    tables = {
        name: src.sql(f"select * from landing.{name} order by all").to_arrow_table()
        for name in ("extracted_articles", *wh.ARTICLE_TABLES)
    }
    src.close()
    articles = tables["extracted_articles"]
    rows = articles.to_pylist()
    body_mb = sum(len(r["body"].encode()) for r in rows) / 1e6
    out: dict = {
        "articles": len(rows),
        "body_mb": body_mb,
        "rows": {name: t.num_rows for name, t in tables.items()},
    }

    def fresh(name: str) -> duckdb.DuckDBPyConnection:
        path = Path(scratch) / f"{name}.duckdb"
        path.unlink(missing_ok=True)
        con = wh.connect(path)
        con.execute(wh.schema_sql())
        return con

    # (a) articles only, one statement, from Python dicts (what load_outcomes starts from).
    con = fresh("a")
    started = time.perf_counter()
    batch_table = pa.Table.from_pylist(rows)  # noqa: F841 - DuckDB replacement scan
    converted = time.perf_counter()
    con.execute("insert into landing.extracted_articles by name select * from batch_table")
    con.execute("checkpoint")
    done = time.perf_counter()
    con.close()
    out["articles_from_pylist_seconds"] = converted - started
    out["articles_insert_seconds"] = done - converted

    # (b) every landing table, one transaction per `batch` articles, straight from Arrow.
    con = fresh("b")
    ids = articles.column("article_id").to_pylist()
    batches = []
    for i in range(0, len(ids), batch):  # split before timing
        chunk = pa.array(ids[i : i + batch])
        batches.append(
            {name: t.filter(pc.is_in(t.column("article_id"), value_set=chunk)) for name, t in tables.items()}
        )
    started = time.perf_counter()
    for parts in batches:
        con.begin()
        for name, part in parts.items():  # noqa: B007 - `part` is read by DuckDB's replacement scan
            con.execute(f"insert into landing.{name} by name select * from part")
        con.commit()
    con.execute("checkpoint")
    out["all_tables_batched_seconds"] = time.perf_counter() - started
    con.close()

    # (c) the same, replicated to at least SCALED_ARTICLES articles (new ids), so fixed costs
    # (transactions, checkpoint) do not hide the rate one writer sustains at scale.
    copies = max(1, -(-SCALED_ARTICLES // max(1, len(ids))))
    scaled = {
        name: pa.concat_tables(
            [
                t.set_column(
                    0,
                    "article_id",
                    pc.binary_join_element_wise(t.column("article_id"), pa.scalar(f"-{k}"), ""),
                )
                for k in range(copies)
            ]
        )
        for name, t in tables.items()
    }
    n_scaled = scaled["extracted_articles"].num_rows
    order = pc.sort_indices(scaled["extracted_articles"], [("article_id", "ascending")])
    scaled_ids = pc.take(scaled["extracted_articles"].column("article_id"), order).to_pylist()
    batches = []
    for i in range(0, n_scaled, batch):
        chunk = pa.array(scaled_ids[i : i + batch])
        batches.append(
            {name: t.filter(pc.is_in(t.column("article_id"), value_set=chunk)) for name, t in scaled.items()}
        )
    del scaled
    con = fresh("c")
    started = time.perf_counter()
    for parts in batches:
        con.begin()
        for name, part in parts.items():  # noqa: B007
            con.execute(f"insert into landing.{name} by name select * from part")
        con.commit()
    con.execute("checkpoint")
    out["scaled_articles"] = n_scaled
    out["scaled_rows"] = sum(p.num_rows for parts in batches for p in parts.values())
    out["scaled_body_mb"] = body_mb * copies
    out["scaled_seconds"] = time.perf_counter() - started
    con.close()
    out.update(_rusage())
    return out


SCALED_ARTICLES = 10_000


def clean_by_format(raw: str, warehouse: str) -> dict:
    """read_and_clean per file, timed per format (single process; the pipeline's clean stage),
    and trafilatura alone on each HTML file's bytes with the reader's options: the HTML floor."""
    from collections import defaultdict
    from datetime import datetime

    from trafilatura import bare_extraction

    from newsroom.discover import walk
    from newsroom.pipeline import read_and_clean
    from newsroom.readers.html import TRAFILATURA_OPTIONS

    files, _ = walk(Path(raw))
    seconds: dict[str, float] = defaultdict(float)
    articles: dict[str, int] = defaultdict(int)
    trafilatura_seconds = 0.0
    now = datetime(2024, 1, 1)
    for raw_file in files:
        started = time.perf_counter()
        outcome = read_and_clean(Path(raw), raw_file, now)
        elapsed = time.perf_counter() - started
        articles[raw_file.file_format] += len(outcome.articles)
        seconds[raw_file.file_format] += elapsed
        if raw_file.file_format == "html":
            page = (Path(raw) / raw_file.path).read_bytes()
            started = time.perf_counter()
            bare_extraction(page, **TRAFILATURA_OPTIONS)
            trafilatura_seconds += time.perf_counter() - started
    return {
        "seconds": dict(seconds),
        "articles": dict(articles),
        "trafilatura_seconds": trafilatura_seconds,
        **_rusage(),
    }


def _clean_file(job: tuple[str, object]) -> int:
    from datetime import datetime

    from newsroom.pipeline import read_and_clean

    raw, raw_file = job
    return len(read_and_clean(Path(raw), raw_file, datetime(2024, 1, 1)).articles)


def clean_text_parallel(raw: str, n_process: int) -> dict:
    """read_and_clean of the .txt files on n_process worker processes, as the flow's clean stage runs."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from newsroom.discover import walk

    files, _ = walk(Path(raw))
    jobs = [(raw, f) for f in files if f.file_format == "txt"]
    with ProcessPoolExecutor(n_process, mp_context=multiprocessing.get_context("spawn")) as pool:
        list(pool.map(_clean_file, jobs[: n_process * 4]))  # start-up and imports are not cleaning
        started = time.perf_counter()
        articles = sum(pool.map(_clean_file, jobs, chunksize=16))
        seconds = time.perf_counter() - started
    return {"articles": articles, "seconds": seconds, "processes": n_process, **_rusage()}


def main(argv: list[str]) -> int:
    mode, *args = argv
    if mode == "flow":
        result = run_flow(args[0], args[1])
    elif mode == "spacy":
        result = spacy_floor(args[0], int(args[1]))
    elif mode == "duckdb":
        result = duckdb_floor(args[0], args[1], int(args[2]))
    elif mode == "clean":
        result = clean_by_format(args[0], args[1])
    elif mode == "clean-parallel":
        result = clean_text_parallel(args[0], int(args[1]))
    else:
        raise SystemExit(f"unknown mode {mode}")
    Path(args[-1]).write_text(json.dumps(result, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
