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

OTHER_STORIES = [
    "Council approves budget\n\nThe city council approved the council budget on Tuesday after a long debate about "
    "school funding, road repairs and the cost of running the public library service next year.",
    "Rail line to close for repairs\n\nThe coastal rail line will close for three weeks in August while engineers "
    "replace the old bridge near the harbour, the operator said, with buses running instead.",
]


class RecordingExtractor:
    """Returns one actor and one quote per article and remembers what it was asked."""

    def __init__(self):
        self.bodies: list[str] = []

    def __call__(self, items):
        self.bodies.extend(item.body for item in items)
        return [
            Extraction(
                actors=[ArticleActor(0, "Harbour Authority", "organization")],
                quotes=[Quote("We are confident", "direct", 0, "director", "said", 0, 16, 0)],
            )
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
    (raw / "b.txt").write_text(
        "Ferry terminal to open next spring\n\n" + STORY + "\n\nShare this article", encoding="utf-8"
    )
    near = (
        STORY.replace("next spring", "in the spring") + "\n\nSubscribe to our newsletter for more local news."
    )
    (raw / "c.json").write_text(
        json.dumps({"title": "Port news", "text": near, "source": "Other Outlet"}), encoding="utf-8"
    )
    extractor = RecordingExtractor()
    _, stats = run_batch(con, raw, extractor)
    assert (stats.articles, stats.duplicates) == (3, 2)
    assert len(extractor.bodies) == 1
    rows = con.execute(
        "select source_file, duplicate_of is null, duplicate_method from landing.extracted_articles order by source_file"
    ).fetchall()
    assert rows == [("a.txt", True, None), ("b.txt", False, "exact"), ("c.json", False, "near")]
    stamps = warehouse.known_files(con).stamps
    assert stamps == {f.name: (f.stat().st_size, f.stat().st_mtime) for f in raw.iterdir()}
    assert count(con, "extracted_quotes") == 1


def test_changed_file_replaces_its_rows_and_fixed_rejection_is_picked_up(con, tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("Ferry terminal to open next spring\n\n" + STORY, encoding="utf-8")
    (raw / "bad.json").write_text("{not json", encoding="utf-8")
    run_batch(con, raw, RecordingExtractor())
    assert con.execute("select path from landing.file_rejections").fetchall() == [("bad.json",)]

    (raw / "a.txt").write_text(
        "Ferry terminal opening delayed\n\n" + STORY.replace("next spring", "in 2026"), encoding="utf-8"
    )
    (raw / "bad.json").write_text(
        json.dumps({"text": "The council met on Tuesday to discuss the budget for schools."}),
        encoding="utf-8",
    )
    inventory, stats = run_batch(con, raw, RecordingExtractor())
    assert sorted(f.path for f in inventory.changed) == ["a.txt", "bad.json"]
    assert (
        count(con, "extracted_articles") == 2
        and count(con, "extracted_quotes") == 2
        and count(con, "article_actors") == 2
    )
    assert con.execute(
        "select title from landing.extracted_articles where source_file = 'a.txt'"
    ).fetchone() == ("Ferry terminal opening delayed",)
    assert count(con, "file_rejections") == 0
    assert dict(con.execute("select path, status from landing.raw_files").fetchall()) == {
        "a.txt": "loaded",
        "bad.json": "loaded",
    }


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
    for table in (
        "extracted_articles",
        "raw_files",
        "extracted_quotes",
        "article_actors",
        "extracted_boilerplate_lines",
        "article_signatures",
    ):
        assert count(con, table) == 0, table


def broken_for(marker: str):
    """An extractor whose output for articles containing ``marker`` the warehouse refuses (a quote
    without text breaks a NOT NULL column)."""

    def extract(items):
        return [
            Extraction(
                quotes=[
                    Quote(
                        None if marker in item.body else "We are confident",
                        "direct",
                        None,
                        None,
                        None,
                        0,
                        1,
                        0,
                    )
                ]
            )  # type: ignore[arg-type]
            for item in items
        ]

    return extract


def test_a_file_whose_rows_cannot_be_loaded_is_refused_and_the_rest_of_its_batch_loads(con, tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(STORY, encoding="utf-8")
    (raw / "b.txt").write_text(OTHER_STORIES[0], encoding="utf-8")
    (raw / "c.txt").write_text(OTHER_STORIES[1], encoding="utf-8")
    _, stats = run_batch(con, raw, broken_for("council budget"))
    assert (stats.files, stats.files_rejected, stats.articles) == (3, 1, 2)
    reason = con.execute("select reason from landing.file_rejections where path = 'b.txt'").fetchone()[0]
    assert reason.startswith("cannot be loaded: ConstraintException: ") and "NOT NULL" in reason
    assert dict(con.execute("select path, status from landing.raw_files").fetchall()) == {
        "a.txt": "loaded",
        "b.txt": "rejected",
        "c.txt": "loaded",
    }
    assert con.execute("select source_file from landing.extracted_articles order by 1").fetchall() == [
        ("a.txt",),
        ("c.txt",),
    ]
    assert count(con, "extracted_quotes") == 2
    assert (
        con.execute(
            "select count(*) from landing.article_signatures where article_id not in (select article_id from landing.extracted_articles)"
        ).fetchone()[0]
        == 0
    )


def test_a_warehouse_that_cannot_record_a_refusal_fails_and_rolls_back(con, tmp_path):
    """Not about one file any more: the run must fail (and its pipeline_runs row say why)."""
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(STORY, encoding="utf-8")
    con.execute("drop table landing.file_rejections")
    with pytest.raises(Exception, match="file_rejections"):
        run_batch(con, raw, broken_for("ferry terminal"))
    assert (
        count(con, "extracted_articles") == 0
        and count(con, "raw_files") == 0
        and count(con, "extracted_quotes") == 0
    )


@pytest.mark.parametrize("older_warehouse", [False, True], ids=["bands stored", "bands missing"])
def test_near_duplicate_of_an_article_from_an_earlier_run_is_found_in_the_warehouse(
    con, tmp_path, older_warehouse
):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("Ferry terminal to open next spring\n\n" + STORY, encoding="utf-8")
    (raw / "other.txt").write_text(
        "Council approves budget\n\n" + STORY.replace("ferry terminal", "budget").upper()[::-1],
        encoding="utf-8",
    )
    run_batch(con, raw, RecordingExtractor())
    if older_warehouse:  # published before band keys were stored; the next run opens it
        con.execute("delete from landing.signature_bands")
        published, working = tmp_path / "news.duckdb", tmp_path / "news.duckdb.building"
        warehouse.close(con)
        warehouse.publish(working, published)
        con = warehouse.open_working_copy(published, working)
    near = (
        STORY.replace("next spring", "in the spring") + "\n\nSubscribe to our newsletter for more local news."
    )
    (raw / "c.json").write_text(json.dumps({"title": "Port news", "text": near}), encoding="utf-8")
    _, stats = run_batch(con, raw, RecordingExtractor())
    assert (stats.articles, stats.duplicates) == (1, 1)
    assert con.execute(
        "select c.duplicate_method, o.source_file from landing.extracted_articles c join landing.extracted_articles o on c.duplicate_of = o.article_id"
    ).fetchall() == [("near", "a.txt")]
    banded = con.execute("select count(distinct article_id) from landing.signature_bands").fetchone()[0]
    assert banded == count(con, "extracted_articles") == 3
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
    assert con.execute("select source_file, duplicate_of from landing.extracted_articles").fetchall() == [
        ("b.txt", None)
    ]
    assert count(con, "extracted_quotes") == 1
