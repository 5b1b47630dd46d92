"""BI tools and the published warehouse: separate reader PROCESSES open it read-only while a full
ingestion of a bigger raw folder runs and publishes (os.replace). Every query succeeds and sees
either the old or the new complete state; a reader holding a connection open keeps its snapshot
and does not make the ingestion fail. Also: the file keeps DuckDB 1.5 storage for older readers.

One ingestion (module fixture) serves all tests here; everything is bounded by DEADLINE.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import duckdb
import pytest

from flows.ingest import ingest

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("prefect")]

DEADLINE = 300  # seconds for readers and ingestion together
EXTRA_ARTICLES = 20

ORPHAN_QUOTES = "select count(*) from quotes q where not exists (select 1 from articles a where a.article_id = q.article_id)"

# Reconnects read-only for every query, as BI tools with a connection per query do.
LOOPING_READER = textwrap.dedent(f"""
    import json, os, sys, time
    import duckdb
    path, out, stop, deadline = sys.argv[1], sys.argv[2], sys.argv[3], time.monotonic() + float(sys.argv[4])
    with open(out, "a", buffering=1) as log:
        last = False
        while time.monotonic() < deadline:
            last = os.path.exists(stop)  # one more round after the ingestion ended: the new state
            started = time.time()
            try:
                con = duckdb.connect(path, read_only=True)
                try:
                    articles = con.execute("select count(*) from articles").fetchone()[0]
                    orphans = con.execute({ORPHAN_QUOTES!r}).fetchone()[0]
                    quotes = con.execute("select count(*) from quotes").fetchone()[0]
                finally:
                    con.close()
                log.write(json.dumps({{"t": started, "articles": articles, "orphans": orphans, "quotes": quotes}}) + "\\n")
            except Exception as exc:
                log.write(json.dumps({{"t": started, "error": f"{{type(exc).__name__}}: {{exc}}"}}) + "\\n")
            if last:
                break
""")

# Opens once and holds the connection across the publish, then reconnects.
HOLDING_READER = textwrap.dedent("""
    import json, os, sys, time
    import duckdb
    path, out, go, deadline = sys.argv[1], sys.argv[2], sys.argv[3], time.monotonic() + float(sys.argv[4])
    con = duckdb.connect(path, read_only=True)
    result = {"before": con.execute("select count(*) from articles").fetchone()[0]}
    with open(out + ".ready", "w"):
        pass
    while not os.path.exists(go):  # the ingestion runs meanwhile
        if time.monotonic() > deadline:
            sys.exit("no go signal")
        time.sleep(0.05)  # poll interval
    result["held"] = con.execute("select count(*) from articles").fetchone()[0]
    con.close()
    con = duckdb.connect(path, read_only=True)
    result["reconnected"] = con.execute("select count(*) from articles").fetchone()[0]
    con.close()
    with open(out, "w") as f:
        json.dump(result, f)
""")


def bigger_raw_folder(samples: Path, raw: Path, extra: int) -> None:
    """The samples plus ``extra`` new stories built from their paragraphs."""
    shutil.copytree(samples, raw)
    texts = [p.read_text(encoding="utf-8") for p in sorted(samples.glob("*.txt"))]
    paragraphs = [para for text in texts for para in text.split("\n\n")[2:] if len(para) > 80]
    for i in range(extra):
        chosen = [paragraphs[(i * 7 + k * 3) % len(paragraphs)] for k in range(4)]
        body = "\n\n".join(chosen)
        (raw / "extra" / f"story_{i:03d}.txt").parent.mkdir(exist_ok=True)
        (raw / "extra" / f"story_{i:03d}.txt").write_text(
            f"Regional roundup number {i}\n\nBy Staff Reporter\n\n{body}\n", encoding="utf-8"
        )


def wait_for(path: Path, proc: subprocess.Popen, deadline: float, what: str) -> None:
    while not path.exists():
        if proc.poll() is not None:
            pytest.fail(f"{what} exited early ({proc.returncode}): {proc.stderr.read().decode()[-2000:]}")
        if time.monotonic() > deadline:
            pytest.fail(f"no {what} within {DEADLINE} s")
        time.sleep(0.02)  # poll interval


@pytest.fixture(scope="module")
def ingestion_with_readers(sample_warehouse, tmp_path_factory):
    """Old state: a copy of the sample warehouse (5 articles). New state: full refresh of a folder
    with EXTRA_ARTICLES more. Returns what the readers saw and the two states."""
    from tests.conftest import SAMPLES

    base = tmp_path_factory.mktemp("bi_access")
    raw = base / "raw"
    bigger_raw_folder(SAMPLES, raw, EXTRA_ARTICLES)
    warehouse = base / "wh" / "news.duckdb"
    warehouse.parent.mkdir()
    shutil.copyfile(sample_warehouse, warehouse)
    con = duckdb.connect(str(warehouse), read_only=True)
    old = con.execute("select count(*) from articles").fetchone()[0]
    con.close()

    deadline = time.monotonic() + DEADLINE
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEWS_", "PYTEST_"))}
    loop_out, stop = base / "loop.jsonl", base / "stop"
    hold_out, go = base / "hold.json", base / "go"
    looping = subprocess.Popen(
        [sys.executable, "-c", LOOPING_READER, str(warehouse), str(loop_out), str(stop), str(DEADLINE)],
        env=env,
        stderr=subprocess.PIPE,
    )
    holding = subprocess.Popen(
        [sys.executable, "-c", HOLDING_READER, str(warehouse), str(hold_out), str(go), str(DEADLINE)],
        env=env,
        stderr=subprocess.PIPE,
    )
    try:
        wait_for(loop_out, looping, deadline, "first query of the looping reader")
        wait_for(Path(str(hold_out) + ".ready"), holding, deadline, "holding reader's connection")
        started = time.time()
        result = ingest(raw_dir=str(raw), warehouse_path=str(warehouse), full_refresh=True)
        finished = time.time()
        stop.touch()
        go.touch()
        for proc in (looping, holding):
            proc.wait(timeout=max(1.0, deadline - time.monotonic()))
            assert proc.returncode == 0, proc.stderr.read().decode()[-2000:]
    finally:
        for proc in (looping, holding):
            if proc.poll() is None:
                proc.kill()
                proc.wait(timeout=30)
            proc.stderr.close()

    con = duckdb.connect(str(warehouse), read_only=True)
    new = con.execute("select count(*) from articles").fetchone()[0]
    con.close()
    observations = [json.loads(line) for line in loop_out.read_text().splitlines()]
    return {
        "old": old,
        "new": new,
        "result": result,
        "started": started,
        "finished": finished,
        "observations": observations,
        "held": json.loads(hold_out.read_text()),
        "warehouse": warehouse,
    }


def test_reconnecting_reader_sees_old_or_new_complete_state(ingestion_with_readers):
    r = ingestion_with_readers
    assert r["old"] == 5 and r["new"] == 5 + EXTRA_ARTICLES, (r["old"], r["new"])
    obs = r["observations"]
    errors = [o["error"] for o in obs if "error" in o]
    assert not errors, errors[:5]
    assert {o["articles"] for o in obs} <= {r["old"], r["new"]}
    assert all(o["orphans"] == 0 for o in obs)  # every quote's article is there, in every snapshot
    assert obs[0]["articles"] == r["old"] and obs[-1]["articles"] == r["new"]
    during = [o for o in obs if r["started"] <= o["t"] <= r["finished"]]
    assert len(during) >= 5, f"only {len(during)} queries ran during the ingestion"
    # each state is complete: the article count comes with that state's own quote count
    assert len({(o["articles"], o["quotes"]) for o in obs}) == 2


def test_reader_holding_a_connection_does_not_break_the_ingestion(ingestion_with_readers):
    r = ingestion_with_readers
    assert (
        "full refresh" in r["result"]["summary"]
        or f"{5 + EXTRA_ARTICLES} files seen" in r["result"]["summary"]
    )
    held = r["held"]
    # The open connection keeps reading the old file (its inode) until it reconnects.
    assert held == {"before": r["old"], "held": r["old"], "reconnected": r["new"]}
    con = duckdb.connect(str(r["warehouse"]), read_only=True)
    statuses = con.execute("select status from pipeline_runs order by started_at").fetchall()
    con.close()
    assert statuses[-1] == ("completed",)


def test_read_only_config_as_bi_drivers_pass_it(sample_warehouse):
    """duckdb-engine turns URL query parameters (``?access_mode=read_only``) into this config."""
    con = duckdb.connect(str(sample_warehouse), config={"access_mode": "read_only"})
    try:
        assert con.execute("select count(*) from articles").fetchone()[0] == 5
        with pytest.raises(duckdb.Error, match="read-only"):
            con.execute("create table scratch as select 1")
    finally:
        con.close()
