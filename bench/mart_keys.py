"""What the marts' primary keys cost at scale (BENCHMARKS.md, "Primary keys on the marts").

    python -m bench.mart_keys [--articles 50000] [--dir /tmp]

Builds the three large per-article marts' shapes (``actor_mentions``, ``quotes``, ``events``: 56,
14 and 15 rows an article, as on the samples; an md5 key, the article id, a short text) with and
without a primary key on the id, as dbt does (create table, insert), then rewrites 1% of the
articles as an incremental build does (delete, insert, one transaction), three times. Each step
runs in a fresh process capped at dbt's default memory (512 MB), like a pipeline run's dbt;
printed: seconds, file size, peak RSS.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import duckdb

ROWS_PER_ARTICLE = {"actor_mentions": 56, "quotes": 14, "events": 15}
CONFIG = {"memory_limit": "512MB", "storage_compatibility_version": "v1.4.0"}


def _rows(articles: int, per: int, where: str = "true") -> str:
    return f"""select md5(a::varchar || '#' || i::varchar) as id, md5(a::varchar) as article_id,
                      repeat('x', 40) || i::varchar as text_col, i as n
               from range({articles}) r(a), range({per}) s(i) where {where}"""


def step(step_name: str, path: Path, keyed: bool, articles: int) -> str:
    started = time.perf_counter()
    con = duckdb.connect(str(path), config=CONFIG)
    if step_name == "build":
        for table, per in ROWS_PER_ARTICLE.items():
            key = " primary key" if keyed else ""
            con.execute(
                f"create table {table} (id varchar{key}, article_id varchar, text_col varchar, n bigint)"
            )
            con.execute(f"insert into {table} {_rows(articles, per)}")
    else:
        con.begin()
        for table, per in ROWS_PER_ARTICLE.items():
            changed = f"select md5(a::varchar) from range(0, {articles}, 100) r(a)"
            con.execute(f"delete from {table} where article_id in ({changed})")
            con.execute(f"insert into {table} {_rows(articles, per, 'a % 100 = 0')}")
        con.commit()
    con.execute("checkpoint")
    con.close()
    seconds = time.perf_counter() - started
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3
    return f"{seconds:.1f} s, file {path.stat().st_size / 1e6:.0f} MB, peak RSS {rss:.0f} MB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=50_000)
    parser.add_argument("--dir", type=Path, default=Path("/tmp"))
    args = parser.parse_args()
    for keyed in (False, True):
        path = args.dir / f"mart_keys_{'keyed' if keyed else 'unkeyed'}.duckdb"
        path.unlink(missing_ok=True)
        for name in ("build", "1% rebuild", "1% rebuild", "1% rebuild"):
            result = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "bench.mart_keys",
                    "--step",
                    name,
                    str(path),
                    str(keyed),
                    str(args.articles),
                ],
                capture_output=True,
                text=True,
                check=True,
            ).stdout.strip()
            print(f"{'keyed' if keyed else 'unkeyed'}, {name}: {result}")
        os.remove(path)


if __name__ == "__main__":
    if len(sys.argv) == 6 and sys.argv[1] == "--step":
        print(step(sys.argv[2], Path(sys.argv[3]), sys.argv[4] == "True", int(sys.argv[5])))
    else:
        main()
