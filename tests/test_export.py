"""``newsroom export``: every mart of a real warehouse (built from the samples by the plain pipeline,
without Prefect) is written to one Parquet or CSV file, which DuckDB reads back with the mart's rows
and columns."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from newsroom.cli import main
from tests.built_warehouse import REFUSED, build_warehouse
from tests.conftest import SAMPLES


@pytest.fixture(scope="module")
def published(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("export")
    raw = base / "raw"
    shutil.copytree(SAMPLES, raw)
    (raw / REFUSED).write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)  # gives rejected_files a row
    wh = base / "wh" / "news.duckdb"
    wh.parent.mkdir()
    build_warehouse(raw, wh)
    return wh


@pytest.fixture(scope="module")
def marts(published) -> dict[str, tuple[int, list[tuple[str, str]]]]:
    """mart -> (row count, [(column, type)]) as the warehouse has them."""
    con = duckdb.connect(str(published), read_only=True)
    try:
        names = [
            n
            for (n,) in con.execute(
                "select table_name from duckdb_tables() where schema_name = 'main' union "
                "select view_name from duckdb_views() where schema_name = 'main' and not internal"
            ).fetchall()
        ]
        return {
            n: (
                con.execute(f'select count(*) from main."{n}"').fetchone()[0],
                [(d[0], str(d[1])) for d in con.execute(f'select * from main."{n}" limit 0').description],
            )
            for n in names
        }
    finally:
        con.close()


def _read_back(path: Path, fmt: str) -> tuple[int, list[tuple[str, str]]]:
    reader = "read_parquet" if fmt == "parquet" else "read_csv"
    con = duckdb.connect()
    try:
        relation = con.execute(f"select * from {reader}(?)", [str(path)])
        columns = [(d[0], str(d[1])) for d in relation.description]
        return len(relation.fetchall()), columns
    finally:
        con.close()


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_every_mart_is_written_and_reads_back(capsys, published, marts, tmp_path, fmt):
    out = tmp_path / "out"
    assert main(["export", "--format", fmt, "--out", str(out), "--warehouse", str(published)]) == 0
    printed = capsys.readouterr().out
    assert {"articles", "events", "dyads", "gdelt_events", "pipeline_runs", "rejected_files"} <= set(marts)
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{m}.{fmt}" for m in marts)
    for mart, (rows, columns) in marts.items():
        path = out / f"{mart}.{fmt}"
        assert f"{path}  {rows} rows" in printed
        read_rows, read_columns = _read_back(path, fmt)
        assert read_rows == rows, mart
        if fmt == "parquet":  # Parquet keeps the types; CSV only names (types are sniffed back)
            assert read_columns == columns, mart
        else:
            assert [c for c, _ in read_columns] == [c for c, _ in columns], mart
    assert marts["rejected_files"][0] == 1 and marts["events"][0] > 0


def test_export_reads_the_environments_warehouse(capsys, monkeypatch, published, tmp_path):
    monkeypatch.setenv("NEWS_WAREHOUSE", str(published))
    monkeypatch.chdir(tmp_path)
    assert main(["export"]) == 0
    assert (tmp_path / "export" / "dyads.parquet").is_file()
    assert capsys.readouterr().out.splitlines()[-1].endswith("to export (parquet)")


def test_no_warehouse_is_one_line(capsys, tmp_path):
    assert main(["export", "--warehouse", str(tmp_path / "none.duckdb"), "--out", str(tmp_path / "o")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no warehouse at" in err and "newsroom run" in err
    assert not (tmp_path / "o").exists()


def test_an_unknown_format_is_refused(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["export", "--format", "xlsx"])
    assert stop.value.code == 2 and "invalid choice" in capsys.readouterr().err
