"""``newsroom`` command line, in-process: --version, --help, run's flags and --json, status."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from newsroom import __version__
from newsroom.cli import main
from tests.test_noop import publish_state


@pytest.fixture
def published(sample_raw_dir, tmp_path) -> Path:
    wh = tmp_path / "wh" / "news.duckdb"
    publish_state(sample_raw_dir, wh)
    return wh


def test_version(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"newsroom {__version__}"


@pytest.mark.parametrize(
    "argv", [["--help"], ["run", "--help"], ["status", "--help"], ["dashboard", "--help"]]
)
def test_help_is_plain_text(capsys, argv):
    with pytest.raises(SystemExit):
        main(argv)
    out = capsys.readouterr().out
    assert out.startswith("usage: newsroom")
    assert "\x1b" not in out and "``" not in out and out.isascii()


def test_run_help_documents_the_flags_and_their_variables(capsys):
    with pytest.raises(SystemExit):
        main(["run", "--help"])
    out = capsys.readouterr().out
    for text in ("--raw-dir PATH", "--warehouse PATH", "--json", "$NEWS_RAW_DIR", "$NEWS_WAREHOUSE"):
        assert text in out


def test_flags_win_over_the_environment(capsys, monkeypatch, published, sample_raw_dir, tmp_path):
    monkeypatch.setenv("NEWS_RAW_DIR", str(tmp_path / "no-such-folder"))
    monkeypatch.setenv("NEWS_WAREHOUSE", str(tmp_path / "other.duckdb"))
    assert main(["run", "--raw-dir", str(sample_raw_dir), "--warehouse", str(published)]) == 0
    assert capsys.readouterr().out.startswith(f"nothing new in {sample_raw_dir} ")


def test_a_missing_raw_dir_flag_is_named(capsys, monkeypatch, sample_raw_dir, tmp_path):
    monkeypatch.setenv("NEWS_RAW_DIR", str(sample_raw_dir))
    assert main(["run", "--raw-dir", str(tmp_path / "nope")]) == 64
    assert "(--raw-dir)" in capsys.readouterr().err


def test_run_json_prints_one_json_object(capsys, published, sample_raw_dir):
    assert main(["run", "--json", "--raw-dir", str(sample_raw_dir), "--warehouse", str(published)]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["status"] == "nothing new" and "(5 files)" in summary["summary"]


def with_rejection(published: Path) -> None:
    con = duckdb.connect(str(published))
    con.execute(
        "insert into landing.file_rejections values ('bad.json', null, 'not valid JSON', now(), now())"
    )
    con.close()


def test_status_shows_runs_counts_and_rejections(capsys, monkeypatch, published):
    with_rejection(published)
    monkeypatch.setenv("NEWS_WAREHOUSE", str(published))
    assert main(["status"]) == 0
    out = capsys.readouterr().out
    assert "Last 1 run(s)" in out and "completed" in out and "5 files seen: 5 new" in out
    assert "0 articles, 0 quotes, 0 events" in out  # landing-only warehouse: nothing loaded
    assert "1 rejected file(s):\n  bad.json: not valid JSON" in out


def test_status_json_and_read_only(capsys, published):
    with_rejection(published)
    before = published.read_bytes()
    con = duckdb.connect(str(published), read_only=True)  # a BI tool reading: status still works
    try:
        assert main(["status", "--json", "--warehouse", str(published)]) == 0
    finally:
        con.close()
    report = json.loads(capsys.readouterr().out)
    assert [run["status"] for run in report["runs"]] == ["completed"]
    assert report["counts"] == {"articles": 0, "quotes": 0, "events": 0}
    assert report["rejected"] == [{"path": "bad.json", "reason": "not valid JSON"}]
    assert published.read_bytes() == before


def test_status_without_a_warehouse(capsys, tmp_path):
    assert main(["status", "--warehouse", str(tmp_path / "none.duckdb")]) == 1
    assert "run `newsroom run` first" in capsys.readouterr().err
