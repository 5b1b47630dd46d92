"""Batch processing and loading, with the real cleaner and DuckDB; extraction replaced by a
recorder so these tests are about loading semantics, not NLP."""

from __future__ import annotations

import json
import os
from datetime import datetime

import pytest

from newsroom import warehouse
from newsroom.discover import take_inventory
from newsroom.models import ArticleActor, Extraction, Quote
from newsroom.pipeline import process_batch, queue_files

NOW = datetime(2024, 5, 1, 12, 0)
STORY = (
    "Officials in the port city confirmed on Monday that the new ferry terminal will open next spring, "
    "after two years of delays caused by flooding and a dispute with the main contractor.\n\n"
    "“We are confident the work will be finished on time,” the harbour director said, adding that "
    "an extra crew had been hired to complete the roof and the passenger bridge.\n\n"
    "Local businesses welcomed the news, saying the terminal would bring thousands of visitors "
    "to the old town every summer and create jobs for young people in the region."
)


class RecordingExtractor:
    """Returns one actor and one quote per article and remembers what it was asked."""

    def __init__(self):
        self.bodies: list[str] = []

    def __call__(self, items):
        self.bodies.extend(item.body for item in items)
        return [
            Extraction(actors=[ArticleActor(0, "Harbour Authority", "organization")],
                       quotes=[Quote("We are confident", "direct", 0, "director", "said", 0, 16, 0)])
            for _ in items
        ]


@pytest.fixture
def con(tmp_path):
    connection = warehouse.open_working_copy(tmp_path / "news.duckdb", tmp_path / "news.duckdb.building")
    yield connection
    connection.close()


def run_batch(con, raw_dir, extractor):
    inventory = take_inventory(raw_dir, warehouse.known_files(con))
    return inventory, process_batch(con, raw_dir, queue_files(con, inventory, NOW), extractor, NOW)


def count(con, table):
    return con.execute(f"select count(*) from landing.{table}").fetchone()[0]


def test_duplicates_are_marked_and_not_extracted(con, tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("Ferry terminal to open next spring\n\n" + STORY, encoding="utf-8")
    (raw / "b.txt").write_text("Ferry terminal to open next spring\n\n" + STORY + "\n\nShare this article", encoding="utf-8")
    near = STORY.replace("next spring", "in the spring") + "\n\nSubscribe to our newsletter for more local news."
    (raw / "c.json").write_text(json.dumps({"title": "Port news", "text": near, "source": "Other Outlet"}), encoding="utf-8")
    extractor = RecordingExtractor()
    _, stats = run_batch(con, raw, extractor)
    assert (stats.articles, stats.duplicates) == (3, 2)
    assert len(extractor.bodies) == 1
    rows = con.execute(
        "select source_file, duplicate_of is null, duplicate_method from landing.articles order by source_file"
    ).fetchall()
    assert rows == [("a.txt", True, None), ("b.txt", False, "exact"), ("c.json", False, "near")]
    stamps = warehouse.known_files(con).stamps
    assert stamps == {f.name: (f.stat().st_size, f.stat().st_mtime) for f in raw.iterdir()}
    assert count(con, "quotes") == 1


def test_changed_file_replaces_its_rows_and_fixed_rejection_is_picked_up(con, tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("Ferry terminal to open next spring\n\n" + STORY, encoding="utf-8")
    (raw / "bad.json").write_text("{not json", encoding="utf-8")
    run_batch(con, raw, RecordingExtractor())
    assert con.execute("select path from landing.rejected_files").fetchall() == [("bad.json",)]

    (raw / "a.txt").write_text("Ferry terminal opening delayed\n\n" + STORY.replace("next spring", "in 2026"), encoding="utf-8")
    (raw / "bad.json").write_text(json.dumps({"text": "The council met on Tuesday to discuss the budget for schools."}), encoding="utf-8")
    inventory, stats = run_batch(con, raw, RecordingExtractor())
    assert sorted(f.path for f in inventory.changed) == ["a.txt", "bad.json"]
    assert count(con, "articles") == 2 and count(con, "quotes") == 2 and count(con, "article_actors") == 2
    assert con.execute("select title from landing.articles where source_file = 'a.txt'").fetchone() == (
        "Ferry terminal opening delayed",
    )
    assert count(con, "rejected_files") == 0
    assert dict(con.execute("select path, status from landing.raw_files").fetchall()) == {"a.txt": "loaded", "bad.json": "loaded"}


def test_a_touched_file_is_read_once_then_known_by_its_new_mtime(con, tmp_path, monkeypatch):
    from newsroom import discover

    raw = tmp_path / "raw"
    raw.mkdir()
    story = raw / "a.txt"
    story.write_text("Ferry terminal to open next spring\n\n" + STORY, encoding="utf-8")
    run_batch(con, raw, RecordingExtractor())
    touched = story.stat().st_mtime + 60
    os.utime(story, (touched, touched))
    inventory, _ = run_batch(con, raw, RecordingExtractor())
    assert inventory.is_noop and [f.path for f in inventory.restamped] == ["a.txt"]
    assert warehouse.known_files(con).stamps == {"a.txt": (story.stat().st_size, touched)}
    read = []
    monkeypatch.setattr(discover, "sha256_file", read.append)
    again = take_inventory(raw, warehouse.known_files(con))
    assert again.is_noop and not again.restamped and read == []


def test_removed_file_leaves_no_trace(con, tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(STORY, encoding="utf-8")
    run_batch(con, raw, RecordingExtractor())
    (raw / "a.txt").unlink()
    inventory = take_inventory(raw, warehouse.known_files(con))
    warehouse.forget_files(con, inventory.removed)
    for table in ("articles", "raw_files", "quotes", "article_actors", "boilerplate_lines", "article_signatures"):
        assert count(con, table) == 0, table


def test_failed_batch_rolls_back_completely(con, tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(STORY, encoding="utf-8")

    def broken_extractor(items):
        return [Extraction(quotes=[Quote(None, "direct", None, None, None, 0, 1, 0)]) for _ in items]  # type: ignore[arg-type]

    with pytest.raises(Exception):
        run_batch(con, raw, broken_extractor)
    assert count(con, "articles") == 0 and count(con, "raw_files") == 0


@pytest.mark.parametrize("older_warehouse", [False, True], ids=["bands stored", "bands missing"])
def test_near_duplicate_of_an_article_from_an_earlier_run_is_found_in_the_warehouse(con, tmp_path, older_warehouse):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("Ferry terminal to open next spring\n\n" + STORY, encoding="utf-8")
    (raw / "other.txt").write_text("Council approves budget\n\n" + STORY.replace("ferry terminal", "budget").upper()[::-1], encoding="utf-8")
    run_batch(con, raw, RecordingExtractor())
    if older_warehouse:  # published before band keys were stored; the next run opens it
        con.execute("delete from landing.signature_bands")
        published, working = tmp_path / "news.duckdb", tmp_path / "news.duckdb.building"
        warehouse.close(con)
        warehouse.publish(working, published)
        con = warehouse.open_working_copy(published, working)
    near = STORY.replace("next spring", "in the spring") + "\n\nSubscribe to our newsletter for more local news."
    (raw / "c.json").write_text(json.dumps({"title": "Port news", "text": near}), encoding="utf-8")
    _, stats = run_batch(con, raw, RecordingExtractor())
    assert (stats.articles, stats.duplicates) == (1, 1)
    assert con.execute(
        "select c.duplicate_method, o.source_file from landing.articles c join landing.articles o on c.duplicate_of = o.article_id"
    ).fetchall() == [("near", "a.txt")]
    banded = con.execute("select count(distinct article_id) from landing.signature_bands").fetchone()[0]
    assert banded == count(con, "articles") == 3
    con.close()  # the reopened connection, when there is one


def test_duplicate_becomes_original_when_the_original_file_is_removed(con, tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("Ferry terminal to open next spring\n\n" + STORY, encoding="utf-8")
    (raw / "b.txt").write_text("Ferry terminal to open next spring\n\n" + STORY, encoding="utf-8")
    run_batch(con, raw, RecordingExtractor())
    (raw / "a.txt").unlink()
    inventory = take_inventory(raw, warehouse.known_files(con))
    orphans = warehouse.forget_files(con, inventory.removed)
    assert [f.path for f in orphans] == ["b.txt"]
    process_batch(con, raw, orphans, RecordingExtractor(), NOW)
    assert con.execute("select source_file, duplicate_of from landing.articles").fetchall() == [("b.txt", None)]
    assert count(con, "quotes") == 1
