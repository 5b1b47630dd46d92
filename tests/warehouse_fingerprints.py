"""Order-independent fingerprints of the published tables, shared by the end-to-end tests."""

from __future__ import annotations

import hashlib
from pathlib import Path

import duckdb

TABLES = {
    "articles": "select * exclude (ingested_at) from main.articles",
    "actors": "select * from main.actors",
    "actor_mentions": "select * from main.actor_mentions",
    "quotes": "select * from main.quotes",
    # An event dated only by the day its file was first seen (date_source 'first_seen') gets that
    # day, which depends on when a run saw the file, like articles.ingested_at; the source stays compared.
    "events": """select * replace (case when date_source = 'first_seen' then null else event_date end as event_date)
        from main.events""",
    "boilerplate_lines": "select * from main.boilerplate_lines",
    "raw_files": "select path, size_bytes, content_hash, file_format, status from landing.raw_files",
    "rejected_files": "select path, content_hash, reason from landing.file_rejections",
}


def fingerprints(path: Path) -> dict[str, tuple[int, str]]:
    """Row count and order-independent hash of each table; opens read-only, as BI tools do."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        result = {}
        for name, sql in TABLES.items():
            rows = con.execute(sql).fetchall()
            result[name] = (
                len(rows),
                hashlib.sha256("\n".join(sorted(map(repr, rows))).encode()).hexdigest(),
            )
        return result
    finally:
        con.close()
