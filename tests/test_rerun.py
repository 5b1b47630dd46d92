"""Re-runs keep duplicates honest: when an original changes or leaves the raw folder, the files
holding its copies are re-read in the same run, so no story loses its quotes and events and no
``duplicate_of`` points at an article that no longer exists."""

from __future__ import annotations

import json

import pytest
from test_bad_input import rejected, run_like_the_flow, story

from newsroom import warehouse


def duplicates(con) -> dict[str, str | None]:
    rows = con.execute(
        """
        select a.source_file, o.source_file
        from landing.extracted_articles a left join landing.extracted_articles o on a.duplicate_of = o.article_id
        """
    ).fetchall()
    return dict(rows)


def extracted(con) -> set[str]:
    return {
        r[0]
        for r in con.execute(
            "select distinct a.source_file from landing.extracted_articles a join landing.article_actors x using (article_id)"
        ).fetchall()
    }


def dangling(con) -> int:
    return con.execute(
        "select count(*) from landing.extracted_articles where duplicate_of is not null"
        " and duplicate_of not in (select article_id from landing.extracted_articles)"
    ).fetchone()[0]


@pytest.fixture
def three_copies(con, raw):
    (raw / "a.txt").write_text(story(1), encoding="utf-8")
    (raw / "b.txt").write_text(story(1) + "\n\nShare this article", encoding="utf-8")
    (raw / "c.json").write_text(json.dumps({"text": story(1)}), encoding="utf-8")
    run_like_the_flow(con, raw)
    assert duplicates(con) == {"a.txt": None, "b.txt": "a.txt", "c.json": "a.txt"}
    assert extracted(con) == {"a.txt"}


def test_original_changes_its_copies_are_reread(con, raw, three_copies):
    (raw / "a.txt").write_text(story(2), encoding="utf-8")
    inventory = run_like_the_flow(con, raw)
    assert sorted(f.path for f in inventory.changed) == ["a.txt", "b.txt", "c.json"]
    assert [f.path for f in inventory.to_process] == ["a.txt", "b.txt", "c.json"]
    assert duplicates(con) == {"a.txt": None, "b.txt": None, "c.json": "b.txt"}
    assert extracted(con) == {"a.txt", "b.txt"}
    assert dangling(con) == 0
    assert run_like_the_flow(con, raw).is_noop


def test_original_removed_its_copies_are_reread(con, raw, three_copies):
    (raw / "a.txt").unlink()
    inventory = run_like_the_flow(con, raw)
    assert inventory.removed == ["a.txt"]
    assert duplicates(con) == {"b.txt": None, "c.json": "b.txt"}
    assert extracted(con) == {"b.txt"}
    assert dangling(con) == 0


def test_original_changes_in_a_later_batch_than_its_copy(con, raw, three_copies):
    # The copy is re-read after every changed original even with one file per batch.
    (raw / "a.txt").write_text(story(3), encoding="utf-8")
    run_like_the_flow(con, raw, batch_size=1)
    assert duplicates(con) == {"a.txt": None, "b.txt": None, "c.json": "b.txt"}
    assert extracted(con) == {"a.txt", "b.txt"}


def test_new_file_with_the_old_text_of_a_changed_original_is_not_its_duplicate(con, raw, three_copies):
    (raw / "a.txt").write_text(story(4), encoding="utf-8")
    (raw / "0-new.txt").write_text(story(1), encoding="utf-8")  # sorts before a.txt
    run_like_the_flow(con, raw)
    found = duplicates(con)
    assert found["a.txt"] is None
    assert found["0-new.txt"] in (None, "b.txt", "c.json") and found["0-new.txt"] != "a.txt"
    assert dangling(con) == 0
    # Every story has exactly one original that carries its extraction.
    assert extracted(con) & {"0-new.txt", "b.txt", "c.json"} and "a.txt" in extracted(con)


def test_rerun_repairs_dangling_duplicates_left_by_an_older_version(con, raw, three_copies):
    # What the previous version left when an original was removed: copies pointing at nothing.
    con.execute(
        "delete from landing.article_actors where article_id in (select article_id from landing.extracted_articles where source_file = 'a.txt')"
    )
    con.execute(
        "delete from landing.article_signatures where article_id in (select article_id from landing.extracted_articles where source_file = 'a.txt')"
    )
    con.execute("delete from landing.extracted_articles where source_file = 'a.txt'")
    con.execute("delete from landing.raw_files where path = 'a.txt'")
    (raw / "a.txt").unlink()
    assert dangling(con) == 2
    assert warehouse.known_files(con).dependents[None] == {"b.txt", "c.json"}
    run_like_the_flow(con, raw)
    assert dangling(con) == 0 and extracted(con) == {"b.txt"}


def test_copy_of_a_removed_original_that_also_changed_is_read_once_with_its_new_text(con, raw, three_copies):
    (raw / "a.txt").unlink()
    (raw / "b.txt").write_text(story(1) + "\n\nEdited later.", encoding="utf-8")
    inventory = run_like_the_flow(con, raw)
    assert [f.path for f in inventory.changed] == ["b.txt"]
    assert "b.txt" not in rejected(con)
    assert duplicates(con) == {"b.txt": None, "c.json": "b.txt"}
    assert extracted(con) == {"b.txt"}
