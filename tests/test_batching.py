"""Batches are bounded by records and characters, not only files: a JSON Lines file of 20,000
records is read in parts over many batches, and its raw_files / rejected_files rows are written
once, after its last part; a file that changes between its parts loads nothing."""

from __future__ import annotations

import json
from itertools import pairwise

import pytest
from test_bad_input import NOW, StandInExtractor, articles, raw_status, rejected, story

from newsroom import warehouse
from newsroom.discover import take_inventory
from newsroom.pipeline import (
    BatchStats,
    Loader,
    StageClock,
    batch_stats,
    clean_in_process,
    plan_batches,
    prepare_batch,
    process_batch,
    queue_files,
)


def write_feed(path, records: int, broken_every: int = 0) -> None:
    lines = []
    for i in range(records):
        if broken_every and i % broken_every == broken_every - 1:
            lines.append("{broken")
        else:
            lines.append(json.dumps({"title": f"Item {i}", "text": f"Item {i} of the feed. " + story(i)}))
        if i % 7 == 0:
            lines.append("")  # blank lines are not records
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def queued(con, raw_dir):
    return queue_files(con, take_inventory(raw_dir, warehouse.known_files(con)), NOW)


def records_in(batch) -> int:
    return sum((part.stop if part.stop is not None else 1_050) - part.start for part in batch)


def test_a_big_json_lines_file_is_planned_in_parts_of_bounded_records(con, raw):
    write_feed(raw / "feed.jsonl", 1_050)
    batches = plan_batches(raw, queued(con, raw), batch_size=100)
    assert len(batches) == 11
    parts = [part for batch in batches for part in batch]
    assert [(p.start, p.stop) for p in parts] == [(i, i + 100) for i in range(0, 1_000, 100)] + [
        (1_000, None)
    ]
    assert all(p.digest for p in parts) and parts[0].offset == 0
    assert all(a.end == b.offset for a, b in pairwise(parts))


def test_batches_are_bounded_by_characters_and_a_huge_record_has_its_own(con, raw):
    for i in range(6):
        (raw / f"{i}.txt").write_text(
            story(i) + " " + "word " * 10_000, encoding="utf-8"
        )  # ~50,000 characters
    (raw / "z.json").write_text(json.dumps({"text": "x " * 200_000}), encoding="utf-8")
    batches = plan_batches(
        raw, queued(con, raw), batch_size=200, batch_chars=120_000, max_article_chars=100_000
    )
    assert [[p.raw.path for p in batch] for batch in batches] == [
        ["0.txt", "1.txt"],
        ["2.txt", "3.txt"],
        ["4.txt", "5.txt"],
        ["z.json"],
    ]


def test_a_json_lines_file_over_many_batches_is_recorded_once_after_its_last_part(con, raw):
    write_feed(raw / "feed.jsonl", 1_000, broken_every=100)
    (raw / "other.txt").write_text(
        "\n\n".join(
            [
                "Council news",
                "The council met on Tuesday to approve the budget for the schools of the region.",
            ]
        ),
        encoding="utf-8",
    )
    loader = Loader(con, NOW)
    batches = plan_batches(raw, queued(con, raw), batch_size=100)
    assert len(batches) == 10, "990 records to load in batches of 100 (the refused ones take no place)"
    first = prepare_batch(con, raw, batches[0], NOW)
    loader.load(first)
    assert batch_stats(first).files == 0, "the file is not done after its first part"
    assert "feed.jsonl" not in raw_status(con) and "feed.jsonl" not in rejected(con)
    assert len(articles(con)) == 100
    for batch in batches[1:]:
        loader.load(prepare_batch(con, raw, batch, NOW))
    assert raw_status(con) == {"feed.jsonl": "loaded", "other.txt": "loaded"}
    reason = rejected(con)["feed.jsonl"]
    assert reason.startswith("10 record(s) refused: record 99: malformed JSON Lines record at column 2")
    assert reason.endswith(
        "; record 399: malformed JSON Lines record at column 2: Expecting property name enclosed in double quotes; … (6 more)"
    )
    loaded = con.execute(
        "select record_index from landing.extracted_articles where source_file = 'feed.jsonl' order by 1"
    ).fetchall()
    assert [i for (i,) in loaded] == [i for i in range(1_000) if i % 100 != 99]
    assert "other.txt" in articles(con)


def test_a_file_that_changes_between_its_parts_loads_nothing_and_is_retried(con, raw):
    feed = raw / "feed.jsonl"
    write_feed(feed, 300)
    loader = Loader(con, NOW)
    batches = plan_batches(raw, queued(con, raw), batch_size=100)
    outcomes = prepare_batch(con, raw, batches[0], NOW)
    loader.load(outcomes)
    stats = batch_stats(outcomes)
    data = feed.read_bytes()
    feed.write_bytes(data.replace(b"Item 250 of", b"Item 999 of"))  # same length, in the last part's range
    for batch in batches[1:]:
        outcomes = prepare_batch(con, raw, batch, NOW)
        loader.load(outcomes)
        stats.add(batch_stats(outcomes))
    assert articles(con) == {}
    assert (stats.files, stats.files_rejected, stats.articles) == (1, 1, 0)
    assert rejected(con)["feed.jsonl"].startswith("file changed while the run was reading it")
    assert con.execute("select content_hash from landing.file_rejections").fetchall() == [(None,)]
    assert raw_status(con) == {}, "no hash kept: the next run reads it again whatever its bytes"


def test_a_json_document_is_read_in_parts_by_record(con, raw):
    (raw / "list.json").write_text(
        json.dumps([{"text": f"Item {i} of the list. " + story(i)} for i in range(450)]), encoding="utf-8"
    )
    batches = plan_batches(raw, queued(con, raw), batch_size=200)
    assert [(p.start, p.stop) for batch in batches for p in batch] == [(0, 200), (200, 400), (400, None)]
    stats = process_batch(con, raw, [p.raw for p in batches[0]], StandInExtractor(), NOW, batch_size=200)
    assert (stats.files, stats.articles) == (1, 450)
    assert raw_status(con) == {"list.json": "loaded"}


def test_utf16_json_lines_are_read_in_parts_by_record(con, raw):
    lines = [json.dumps({"text": f"Item {i} in Zürich. " + story(i)}, ensure_ascii=False) for i in range(25)]
    (raw / "wide.jsonl").write_bytes("\n".join(lines).encode("utf-16"))
    stats = process_batch(con, raw, queued(con, raw), StandInExtractor(), NOW, batch_size=10)
    assert (stats.files, stats.articles) == (1, 25)
    assert "Item 24 in Zürich." in "".join(articles(con)["wide.jsonl#24"])


def test_duplicates_are_found_across_the_parts_of_one_file(con, raw):
    lines = [json.dumps({"text": f"Item {i} of the feed. " + story(i)}) for i in range(150)]
    lines.append(json.dumps({"text": "Item 3 of the feed. " + story(3)}))
    (raw / "feed.jsonl").write_text("\n".join(lines), encoding="utf-8")
    process_batch(con, raw, queued(con, raw), StandInExtractor(), NOW, batch_size=100)
    rows = con.execute(
        "select c.record_index, o.record_index from landing.extracted_articles c join landing.extracted_articles o on c.duplicate_of = o.article_id"
    ).fetchall()
    assert (150, 3) in rows


def test_a_load_retried_after_it_committed_writes_nothing_twice(con, raw):
    """The flow retries a load task after I/O trouble; a part that had committed must not count twice."""
    write_feed(raw / "feed.jsonl", 250, broken_every=50)
    loader = Loader(con, NOW)
    for batch in plan_batches(raw, queued(con, raw), batch_size=100):
        outcomes = prepare_batch(con, raw, batch, NOW)
        loader.load(outcomes)
        loader.load(outcomes)
    assert len(articles(con)) == 245
    assert rejected(con)["feed.jsonl"].startswith("5 record(s) refused: record 49: malformed")


def test_records_that_will_be_refused_take_no_place_in_a_batch(con, raw):
    """A feed of 100,000 junk lines was 500 batches of 200 refused records, each two Prefect tasks."""
    junk = ["{}", "null", "[1, 2]", '{"title": "no text"}', "{oops", "\x00\x01"] * 20_000
    good = [json.dumps({"text": f"Item {i} of the feed. " + story(i)}) for i in range(3)]
    (raw / "junk.jsonl").write_text(
        "\n".join(good[:1] + junk[:60_000] + good[1:2] + junk[60_000:] + good[2:]), encoding="utf-8"
    )
    batches = plan_batches(raw, queued(con, raw), batch_size=100)
    assert [[(p.start, p.stop) for p in batch] for batch in batches] == [[(0, None)]]
    stats = process_batch(con, raw, [p.raw for p in batches[0]], StandInExtractor(), NOW, batch_size=100)
    assert (stats.files, stats.files_rejected, stats.articles) == (1, 0, 3)
    reason = rejected(con)["junk.jsonl"]
    assert reason.startswith("120,000 record(s) refused: record 1 has no article text")
    assert len(reason) < 700 and reason.endswith(" more)")


def test_the_flows_stages_plug_into_the_one_batch_path(con, raw):
    """The flow passes its tasks, totals, clock and progress log; each batch goes through them in order."""
    for n in range(5):
        (raw / f"story{n}.txt").write_text(story(n), encoding="utf-8")
    calls, totals = [], BatchStats()
    clock = StageClock(totals.seconds, [])  # as the flow's: the run's seconds, and spans

    def cleaner(parts, number):
        calls.append(("start cleaning", number))

        def outcomes():
            calls.append(("clean", number))
            return clean_in_process(raw, parts, NOW)

        return outcomes

    def loader(target, outcomes, number):
        calls.append(("load", number))
        target.load(outcomes)

    def progress(number, batches, stats):
        calls.append(("progress", number, batches, stats.articles, totals.articles))

    returned = process_batch(
        con, raw, queued(con, raw), StandInExtractor(), NOW, batch_size=2,
        cleaner=cleaner, loader=loader, stats=totals, clock=clock, progress=progress,
    )  # fmt: skip
    assert returned is totals and totals.articles == 5 and len(articles(con)) == 5
    assert calls == [
        ("start cleaning", 1), ("clean", 1), ("start cleaning", 2), ("load", 1), ("progress", 1, 3, 2, 2),
        ("clean", 2), ("start cleaning", 3), ("load", 2), ("progress", 2, 3, 2, 4),
        ("clean", 3), ("load", 3), ("progress", 3, 3, 1, 5),
    ]  # fmt: skip
    assert [stage for stage, _, _ in clock.spans] == ["clean", "extract", "load"] * 3
    assert all(start <= end <= later for (_, start, end), (_, later, _) in pairwise(clock.spans))
    assert set(totals.seconds) == {"clean", "extract", "load"}
    for stage, seconds in totals.seconds.items():
        assert sum(end - start for name, start, end in clock.spans if name == stage) == pytest.approx(seconds)


def stand_in_extract(items):
    """StandInExtractor's records, from a function a worker process can import."""
    return StandInExtractor()(items)


def test_on_the_worker_pool_each_batch_is_cleaned_behind_the_extraction_and_loads_as_in_one_process(
    con, raw, tmp_path
):
    """The flow's workers clean batch k+1 while batch k is extracted and loaded; a copy of an article
    of batch k in batch k+1 is still its duplicate, and every file ends as it does in one process."""
    from newsroom.models import Extraction
    from newsroom.worker_pool import WorkerPool

    def distinct(n: int) -> str:  # no near-duplicate of another n
        return story(n) + "\n\n" + " ".join(f"Word{n}x{i}" for i in range(200)) + "."

    for n in range(70):
        (raw / f"story{n:03}.txt").write_text(distinct(n), encoding="utf-8")
    for n in range(0, 70, 7):  # copies, read batches after their originals
        (raw / f"z-copy{n:03}.txt").write_text(distinct(n), encoding="utf-8")
    (raw / "z-empty.txt").write_text("\n\n", encoding="utf-8")
    expected = process_batch(con, raw, queued(con, raw), StandInExtractor(), NOW, batch_size=45)

    pooled = warehouse.open_working_copy(tmp_path / "pool" / "news.duckdb", tmp_path / "pool" / "building")
    with WorkerPool(2) as pool:
        stats = process_batch(
            pooled,
            raw,
            queued(pooled, raw),
            lambda items: pool.map(stand_in_extract, items, lambda item, reason: Extraction(error=reason)),
            NOW,
            batch_size=45,
            cleaner=lambda parts, number: pool.start_clean(raw, parts, NOW, 200_000, behind_next=True),
        )
    assert (expected.articles, expected.duplicates, expected.files_rejected) == (80, 10, 1)
    assert (stats.articles, stats.duplicates, stats.files_rejected) == (80, 10, 1)
    assert articles(pooled) == articles(con) and rejected(pooled) == rejected(con)
    query = "select source_file, duplicate_of, duplicate_method from landing.extracted_articles order by 1"
    assert pooled.execute(query).fetchall() == con.execute(query).fetchall()
    pooled.close()


def test_the_flow_hears_when_the_last_batch_is_extracted_before_it_loads(con, raw):
    """The flow closes its workers and starts dbt then, beside the last load: once, after the last
    extraction, and nothing of the last batch is in the warehouse yet."""
    write_feed(raw / "feed.jsonl", 25)
    heard: list[tuple[str, int]] = []
    extractor = StandInExtractor()

    def extract(items):
        heard.append(("extract", len(items)))
        return extractor(items)

    def extracted():
        loaded = con.execute("select count(*) from landing.extracted_articles").fetchone()[0]
        heard.append(("extracted", loaded))

    stats = process_batch(con, raw, queued(con, raw), extract, NOW, batch_size=10, extracted=extracted)
    assert [step for step, _ in heard] == ["extract"] * 3 + ["extracted"]
    assert heard[-1] == ("extracted", 20), "batches of 10, 10 and 5 records: the last not loaded yet"
    assert stats.articles == 25
