"""Export the marts (the ``main`` schema's tables and views) to Parquet or CSV files, one per mart,
for tools that do not read DuckDB. Reads the published warehouse through ``newsroom.connect()``:
read-only, the latest published state, never blocking a run."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import newsroom

FORMATS = {"parquet": "(format parquet, compression zstd)", "csv": "(format csv, header true)"}


@dataclass(frozen=True)
class Written:
    mart: str
    path: Path
    rows: int


def marts(con) -> list[str]:
    """The relations of the warehouse's ``main`` schema (the marts), tables and views, by name."""
    return [
        name
        for (name,) in con.execute(
            """select table_name from duckdb_tables()
               where database_name = current_database() and schema_name = 'main'
               union
               select view_name from duckdb_views()
               where database_name = current_database() and schema_name = 'main' and not internal
               order by 1"""
        ).fetchall()
    ]


def export(out_dir: Path, fmt: str = "parquet", warehouse: str | os.PathLike | None = None) -> list[Written]:
    """Writes ``<out_dir>/<mart>.<fmt>`` for every mart of one published state. Each file is written
    beside its final name and renamed into place, so a failed export leaves no truncated file."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with newsroom.connect(warehouse) as con:
        # CSV has no time zone type: write TIMESTAMPTZ columns in UTC, as the marts store them.
        con.execute("set TimeZone = 'UTC'")
        for mart in marts(con):
            path = out_dir / f"{mart}.{fmt}"
            partial = path.with_name(f".{path.name}.partial")
            relation = '"' + mart.replace('"', '""') + '"'
            copy = f"copy (select * from main.{relation}) to '{_literal(partial)}' {FORMATS[fmt]}"
            (rows,) = con.execute(copy).fetchone()  # COPY answers with the number of rows written
            partial.replace(path)
            written.append(Written(mart, path, rows))
    return written


def _literal(path: Path) -> str:
    return str(path).replace("'", "''")
