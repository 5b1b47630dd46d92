"""Real end-to-end runs of the Prefect flow: raw folder -> published warehouse with dbt marts."""

from __future__ import annotations

import dataclasses
import json
import shutil
from itertools import pairwise

import duckdb
import pytest

from flows.ingest import ingest
from newsroom.config import PROJECT_ROOT
from tests.warehouse_fingerprints import fingerprints

pytestmark = [pytest.mark.e2e, pytest.mark.xdist_group("prefect")]


def test_samples_and_bad_files_end_to_end_then_noop(prefect_harness, sample_raw_dir, tmp_path, gold_seeds):
    (sample_raw_dir / "broken.json").write_text('{"title": "x", ', encoding="utf-8")
    (sample_raw_dir / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    (sample_raw_dir / "feed.jsonl").write_text(
        json.dumps(
            {
                "url": "https://example.org/a",
                "title": "Council approves budget",
                "published": "2024-05-02",
                "source": "Example Gazette",
                "text": "The city council approved the budget on Tuesday after a long debate.\n\n"
                "“This is a fair budget,” the mayor said.",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    warehouse = tmp_path / "wh" / "news.duckdb"
    first = ingest(raw_dir=str(sample_raw_dir), warehouse_path=str(warehouse))
    assert "8 files seen: 8 new" in first["summary"]
    # The stage spans a profiler lines up with its readings: in order, adding up to the stage seconds.
    assert {stage for stage, _, _ in first["spans"]} == {
        "discover",
        "clean",
        "extract",
        "load",
        "dbt",
        "docs",
    }
    assert all(start <= end <= later for (_, start, end), (_, later, _) in pairwise(first["spans"]))
    for stage, seconds in first["seconds"].items():
        assert sum(end - start for name, start, end in first["spans"] if name == stage) == pytest.approx(
            seconds
        )

    con = duckdb.connect(str(warehouse), read_only=True)
    articles = {
        r[0]: r[1:]
        for r in con.execute(
            "select source_file, title, subtitle, byline, dateline, body, outlet, published_at from articles"
        ).fetchall()
    }
    rejected = dict(con.execute("select path, reason from rejected_files").fetchall())
    # The samples hold two reports of the same briefing by different outlets: different articles.
    duplicates = con.execute("select count(*) from articles where is_duplicate").fetchone()[0]
    con.close()

    assert set(rejected) == {"broken.json", "photo.txt"}
    assert duplicates == 0
    assert "malformed JSON" in rejected["broken.json"] and "PNG" in rejected["photo.txt"]
    assert articles["feed.jsonl"][0] == "Council approves budget"
    assert articles["feed.jsonl"][5] == "Example Gazette"
    assert str(articles["feed.jsonl"][6]).startswith("2024-05-02")
    for gold in gold_seeds["articles"]:
        title, subtitle, byline, dateline, body, *_ = articles[gold["file"]]
        assert (title, subtitle, byline, dateline) == (
            gold["title"],
            gold["subtitle"],
            gold["byline"],
            gold["dateline"],
        )
        assert body.startswith(gold["body_first_line"]) and body.endswith(gold["body_last_line"])
        for line in gold["boilerplate"]:
            assert line not in body

    before = fingerprints(warehouse)
    assert before["quotes"][0] > 0 and before["actors"][0] > 0
    second = ingest(raw_dir=str(sample_raw_dir), warehouse_path=str(warehouse))
    assert "0 new, 0 changed, 8 unchanged" in second["summary"]
    assert "dbt" not in second["seconds"]
    assert fingerprints(warehouse) == before
    con = duckdb.connect(str(warehouse), read_only=True)
    assert con.execute(
        "select count(*), count(distinct run_id) from pipeline_runs where status = 'completed'"
    ).fetchone() == (2, 2)
    con.close()

    # A full refresh re-reads, re-cleans and re-extracts every file: the marts come out identical.
    # The docs site describes the project, not the data: it is not generated again.
    docs_site = warehouse.with_name("news.duckdb.docs") / "index.html"
    docs_written = docs_site.stat().st_mtime_ns
    third = ingest(raw_dir=str(sample_raw_dir), warehouse_path=str(warehouse), full_refresh=True)
    assert "0 new, 8 changed, 0 unchanged" in third["summary"], third["summary"]
    assert fingerprints(warehouse) == before
    assert docs_site.stat().st_mtime_ns == docs_written


def test_failed_run_keeps_last_good_state_and_is_recorded(
    prefect_harness, sample_raw_dir, tmp_path, monkeypatch
):
    warehouse = tmp_path / "wh" / "news.duckdb"
    (sample_raw_dir / "extra").mkdir()
    for name in sorted(p.name for p in sample_raw_dir.glob("*.txt"))[2:]:
        (sample_raw_dir / name).rename(sample_raw_dir / "extra" / name)
    ingest(raw_dir=str(sample_raw_dir), warehouse_path=str(warehouse))
    before = fingerprints(warehouse)

    from newsroom import transform

    def broken_build(*args, **kwargs):
        raise transform.DbtError("dbt build failed: simulated model error")

    monkeypatch.setattr(transform, "build", broken_build)
    (sample_raw_dir / "new.txt").write_text(
        "Harbour to reopen\n\nThe harbour will reopen on Monday, officials said.", encoding="utf-8"
    )
    with pytest.raises(transform.DbtError):
        ingest(raw_dir=str(sample_raw_dir), warehouse_path=str(warehouse))
    assert fingerprints(warehouse) == before
    con = duckdb.connect(str(warehouse), read_only=True)
    statuses = con.execute("select status, message from pipeline_runs order by started_at").fetchall()
    con.close()
    assert [s for s, _ in statuses] == ["completed", "failed"]
    assert "simulated model error" in statuses[1][1]
    assert not warehouse.with_name("news.duckdb.building").exists()


def test_new_data_alone_runs_the_data_tests_a_project_change_runs_everything(
    prefect_harness, sample_raw_dir, tmp_path, monkeypatch
):
    """New articles alone: dbt builds the `new_data` selection (dbt/selectors.yml: no unit tests, no
    seeds, no views, every test on the loaded rows) and the docs site stays as it was. A model's YAML
    changed: every test runs again and the docs site is generated again."""
    from flows import ingest as flow_module
    from newsroom import transform

    project = tmp_path / "dbt"
    shutil.copytree(
        PROJECT_ROOT / "dbt", project, ignore=shutil.ignore_patterns("target", "logs", "dbt_packages")
    )
    settings = flow_module.load_settings
    monkeypatch.setattr(
        flow_module,
        "load_settings",
        lambda **kw: dataclasses.replace(settings(**kw), dbt_project_dir=project),
    )
    new_data_only = []
    build = transform.build
    monkeypatch.setattr(
        transform, "build", lambda *a, **kw: new_data_only.append(kw["new_data_only"]) or build(*a, **kw)
    )
    warehouse = tmp_path / "wh" / "news.duckdb"
    docs_site = warehouse.with_name("news.duckdb.docs") / "index.html"
    sample = next(sample_raw_dir.glob("*.txt"))

    ingest(raw_dir=str(sample_raw_dir), warehouse_path=str(warehouse))
    assert new_data_only == [False]  # the first build: nothing known about the warehouse yet
    docs_written = docs_site.stat().st_mtime_ns

    (sample_raw_dir / "later.txt").write_text(sample.read_text() + "\nA later paragraph.\n")
    second = ingest(raw_dir=str(sample_raw_dir), warehouse_path=str(warehouse))
    assert "1 new" in second["summary"], second["summary"]
    assert new_data_only[-1] is True
    results = json.loads((warehouse.with_name("news.duckdb.dbt") / "run_results.json").read_text())["results"]
    ran = {result["unique_id"] for result in results}
    assert not any(node.startswith(("unit_test.", "seed.")) for node in ran)
    assert any(node.startswith("test.newsroom.not_null_stg_landing__articles") for node in ran)
    # the tables are rebuilt; the views keep their stored query, and their tests read the new rows
    assert {"model.newsroom.events", "model.newsroom.actors"} <= ran
    assert not any(
        node in ran for node in ("model.newsroom.gdelt_events", "model.newsroom.stg_landing__articles")
    )
    assert any(node.startswith("test.newsroom.not_null_columns_gdelt_events") for node in ran)
    assert "test.newsroom.relationships_events_cameo_code__cameo_code__ref_cameo_event_codes_" in {
        node.rsplit(".", 1)[0] for node in ran
    }  # loaded events against the codebook: a seed's test that reads loaded rows
    assert docs_site.stat().st_mtime_ns == docs_written

    quotes = project / "models" / "marts" / "quotes.yml"
    quotes.write_text(quotes.read_text().replace("Quotations found in articles", "Quotations in articles"))
    (sample_raw_dir / "latest.txt").write_text(sample.read_text() + "\nThe latest paragraph.\n")
    ingest(raw_dir=str(sample_raw_dir), warehouse_path=str(warehouse))
    assert new_data_only[-1] is False
    assert docs_site.stat().st_mtime_ns != docs_written
    assert "Quotations in articles" in (docs_site.parent / "manifest.json").read_text()


def test_a_run_of_several_batches_publishes_what_a_run_of_one_batch_does(
    prefect_harness, sample_raw_dir, tmp_path, monkeypatch
):
    """A run of several batches starts dbt's process once its last batch is extracted, beside the
    last load: the marts it publishes are those of the same files loaded in one batch."""
    one, several = tmp_path / "one" / "news.duckdb", tmp_path / "several" / "news.duckdb"
    ingest(raw_dir=str(sample_raw_dir), warehouse_path=str(one))
    monkeypatch.setenv("NEWS_BATCH_SIZE", "2")
    result = ingest(raw_dir=str(sample_raw_dir), warehouse_path=str(several))
    assert result["seconds"]["dbt"] > 0
    assert fingerprints(several) == fingerprints(one)
