"""``newsroom run``'s early "nothing new" decision (newsroom/noop.py), against landing-only warehouses."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pytest

from newsroom import warehouse
from newsroom.config import load_settings
from newsroom.discover import take_inventory
from newsroom.noop import outlook
from newsroom.runlog import RunRecord, write_run


def publish_state(
    raw: Path, wh: Path, *, status: str = "completed", rejected_retry: str | None = None
) -> None:
    """A published warehouse that has seen every file in ``raw`` as it is now (what a run leaves)."""
    now = datetime.now(UTC).replace(tzinfo=None)
    inventory = take_inventory(raw, {})
    con = warehouse.open_working_copy(wh, wh.with_name(wh.name + ".building"))
    warehouse.record_files(
        con,
        [
            {
                "path": f.path,
                "size_bytes": f.size_bytes,
                "content_hash": f.content_hash,
                "file_format": f.file_format,
                "status": "loaded",
                "mtime": f.mtime,
            }
            for f in inventory.new
            if f.path != rejected_retry
        ],
        now,
    )
    if rejected_retry:  # refused for a reason that is not about its bytes: no raw_files row, no hash
        warehouse.record_rejection(con, rejected_retry, None, "cannot read file: Permission denied", now)
    run = RunRecord(run_id="r1", started_at=now, finished_at=now, status=status, inventory=inventory)
    run.message = run.summary()
    write_run(con, run)
    warehouse.close(con)
    warehouse.publish(wh.with_name(wh.name + ".building"), wh)


@pytest.fixture
def settings(sample_raw_dir, tmp_path):
    wh = tmp_path / "wh" / "news.duckdb"
    publish_state(sample_raw_dir, wh)
    return load_settings(raw_dir=str(sample_raw_dir), warehouse=str(wh))


def test_an_unchanged_folder_is_nothing_new(settings):
    message = outlook(settings).nothing_new
    assert message and message.startswith("nothing new in ") and "(5 files)" in message


def test_a_missing_warehouse_means_a_real_run(sample_raw_dir, tmp_path):
    assert (
        outlook(load_settings(raw_dir=str(sample_raw_dir), warehouse=str(tmp_path / "no.duckdb"))).nothing_new
        is None
    )


def first_file(settings) -> Path:
    return sorted(settings.raw_dir.iterdir())[0]


def test_a_changed_file_means_a_real_run(settings):
    path = first_file(settings)
    stat = path.stat()
    path.write_bytes(path.read_bytes()[::-1])  # same size
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert outlook(settings).nothing_new is None


def test_an_added_file_means_a_real_run(settings):
    (settings.raw_dir / "new.txt").write_text("A new article.\n\nWith a second paragraph.")
    assert outlook(settings).nothing_new is None


def test_an_unsupported_new_file_is_news_too(settings):
    (settings.raw_dir / "notes.docx").write_bytes(b"x")  # a refusal the warehouse has not recorded
    assert outlook(settings).nothing_new is None


def test_a_removed_file_means_a_real_run(settings):
    first_file(settings).unlink()
    assert outlook(settings).nothing_new is None


def test_a_touched_but_identical_file_means_a_real_run_to_record_its_stamp(settings):
    path = first_file(settings)
    os.utime(path, (1_000_000, 1_000_000))
    assert outlook(settings).nothing_new is None


def test_a_file_refused_for_a_retryable_reason_means_a_real_run(sample_raw_dir, tmp_path):
    wh = tmp_path / "wh" / "news.duckdb"
    publish_state(sample_raw_dir, wh, rejected_retry=first_file_name(sample_raw_dir))
    assert outlook(load_settings(raw_dir=str(sample_raw_dir), warehouse=str(wh))).nothing_new is None


def first_file_name(raw: Path) -> str:
    return sorted(p.name for p in raw.iterdir())[0]


def test_a_file_refused_for_its_content_stays_refused_without_a_run(sample_raw_dir, tmp_path):
    (sample_raw_dir / "bad.json").write_text("{not json")
    wh = tmp_path / "wh" / "news.duckdb"
    publish_state(sample_raw_dir, wh)
    con = duckdb.connect(str(wh))
    con.execute("update landing.raw_files set status = 'rejected' where path = 'bad.json'")
    con.close()
    assert "(6 files)" in outlook(load_settings(raw_dir=str(sample_raw_dir), warehouse=str(wh))).nothing_new


def test_a_failed_last_run_means_a_real_run(sample_raw_dir, tmp_path):
    wh = tmp_path / "wh" / "news.duckdb"
    publish_state(sample_raw_dir, wh, status="failed")
    assert outlook(load_settings(raw_dir=str(sample_raw_dir), warehouse=str(wh))).nothing_new is None


def test_a_warehouse_needing_a_migration_means_a_real_run(settings):
    con = duckdb.connect(str(settings.warehouse))
    con.execute("alter table landing.extracted_articles drop column ingest_warnings")
    con.close()
    assert outlook(settings).nothing_new is None


def test_a_check_that_fails_means_a_real_run(settings):
    settings.warehouse.write_bytes(b"not a duckdb file" * 100)
    assert outlook(settings).nothing_new is None


def test_a_real_run_is_told_which_files_it_will_read(settings):
    path = first_file(settings)
    path.write_bytes(path.read_bytes() + b"\nOne more line.")
    seen = outlook(settings)
    assert seen.nothing_new is None
    assert [f.path for f in seen.to_read] == [path.name]
