""" "Nothing lost, nothing corrupted" for bad input: every file in the raw folder ends up loaded
(with the right text) or in landing.file_rejections with a specific reason; one bad file never
aborts its batch; a refused file that is fixed is loaded by the next run.

Runs the real discover -> read -> clean -> load path on a temporary DuckDB working copy, doing
what flows/ingest.py does between discovery and dbt; extraction is a stand-in (this is about
input handling, not NLP).
"""

from __future__ import annotations

import codecs
import gzip
import json
import os
import time
import tracemalloc
from datetime import datetime
from pathlib import Path

import ftfy.bad_codecs  # noqa: F401 - registers "sloppy-windows-1252", how real mojibake is made

from newsroom import warehouse
from newsroom.discover import take_inventory
from newsroom.models import ArticleActor, Extraction
from newsroom.pipeline import process_batch, queue_files, read_and_clean
from newsroom.readers import MAX_ARTICLE_FILE_BYTES
from newsroom.runlog import RunRecord

NOW = datetime(2024, 5, 1, 12, 0)

HEADLINE = "Harbour city approves new ferry terminal"
PARAGRAPHS = [
    "Officials in the port city confirmed on Monday that the new ferry terminal will open next spring, "
    "after two years of delays caused by flooding and a dispute with the main contractor.",
    "Local businesses welcomed the news, saying the terminal would bring thousands of visitors "
    "to the old town every summer and create jobs for young people in the region.",
]
# Non-ASCII that every legacy code page below can encode.
LEGACY = (
    "Le président a visité la région de Genève où les élèves étaient réunis pour la fête.",
    "Les habitants du quartier ont salué une décision très attendue après des années d’été difficiles.",
)


def story(n: int, headline: str = HEADLINE) -> str:
    """A distinct article per n, so no two test files are duplicates of each other."""
    return "\n\n".join([f"{headline} ({n})", *(f"{p} Report number {n}." for p in PARAGRAPHS)])


class StandInExtractor:
    def __init__(self):
        self.calls = 0

    def __call__(self, items):
        self.calls += 1
        return [Extraction(actors=[ArticleActor(0, "Harbour Authority", "organization")]) for _ in items]


def run_like_the_flow(con, raw_dir: Path, *, batch_size: int = 200, between=None, extractor=None, **limits):
    """What flows/ingest.py does between discovery and dbt (no Prefect needed for input handling)."""
    inventory = take_inventory(raw_dir, warehouse.known_files(con))
    if between is not None:
        between()
    files = queue_files(con, inventory, NOW)
    process_batch(con, raw_dir, files, extractor or StandInExtractor(), NOW, batch_size, **limits)
    return inventory


def rejected(con) -> dict[str, str]:
    return dict(con.execute("select path, reason from landing.file_rejections").fetchall())


def articles(con) -> dict[str, tuple]:
    rows = con.execute(
        "select source_file, record_index, title, body from landing.extracted_articles"
    ).fetchall()
    return {(f if i == 0 else f"{f}#{i}"): (t, b) for f, i, t, b in rows}


def warnings(con) -> dict[str, str]:
    rows = con.execute(
        "select source_file, record_index, ingest_warnings from landing.extracted_articles where ingest_warnings is not null"
    )
    return {(f if i == 0 else f"{f}#{i}"): w for f, i, w in rows.fetchall()}


def raw_status(con) -> dict[str, str]:
    return dict(con.execute("select path, status from landing.raw_files").fetchall())


def assert_every_file_accounted_for(con, raw_dir: Path) -> None:
    """The promise: each file under raw/ is loaded or rejected with a reason, never silently missing."""
    on_disk = {p.relative_to(raw_dir).as_posix() for p in raw_dir.rglob("*") if p.is_file() or p.is_symlink()}
    loaded = {p for p, s in raw_status(con).items() if s == "loaded"}
    refused = set(rejected(con))
    assert on_disk <= loaded | refused, on_disk - loaded - refused
    assert all(reason.strip() for reason in rejected(con).values())


# --------------------------------------------------------------------------------------------
# The matrix: file name -> bytes, and what must happen to it.

NAV_ONLY_HTML = """<!doctype html><html><head><title>Section front</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/business">Business</a></li><li><a href="/contact">Contact us</a></li></ul></nav>
<footer><a href="/privacy">Privacy</a> | <a href="/terms">Terms</a> | © 2024 Example Media</footer>
</body></html>"""

MOJIBAKE_SOURCE = (
    "Harbour city’s ferry terminal “will open next spring”\n\n"
    "Officials said the terminal’s café and the passengers’ lounge would open first, "
    "after two years of delays caused by flooding and a dispute with the contractor."
)

BAD = {
    "empty.txt": (b"", "empty file"),
    "blank.txt": (b" \n\t\r\n  \n", "only whitespace"),
    "report.pdf.txt": (
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
        "PDF document",
    ),
    "photo.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 64, "PNG image"),
    "archive.txt": (gzip.compress(story(90).encode(), mtime=0), "gzip archive"),
    "nav-only.html": (NAV_ONLY_HTML.encode(), "no article text found in the HTML"),
    "broken.json": (b'{"title": "Budget approved", "text": "The council', "malformed JSON at line 1"),
    "broken.jsonl": (
        json.dumps({"text": story(91)}).encode() + b"\n{oops\n",
        "record 1: malformed JSON Lines record",
    ),
    "no-text.json": (
        json.dumps({"title": "Only a title", "url": "https://example.org/x"}).encode(),
        "record 0 has no article text",
    ),
    "number.json": (b"42", "record 0 is a JSON int, not an object"),
    "empty-list.json": (b"[]", "JSON list holds no records"),
    "only-boilerplate.txt": (
        b"Share this article\n\nSubscribe to our newsletter\n\nAdvertisement\n",
        "no article text left after removing boilerplate",
    ),
}

GOOD_TEXT = {
    # name -> (bytes, expected text that must appear verbatim in the body)
    "cp1252.txt": (
        (LEGACY[0] + "\n\n" + LEGACY[1] + " “Enfin”, a dit le maire – ravi.").encode("cp1252"),
        "Les habitants du quartier ont salué une décision très attendue après des années d’été difficiles.",
    ),
    "latin1.txt": (
        (LEGACY[0] + "\n\n" + LEGACY[1].replace("’", "'")).encode("latin-1"),
        "Le président a visité la région de Genève où les élèves étaient réunis pour la fête.",
    ),
    "utf16-bom.txt": (
        story(1).replace("the old town", "the old town of Zürich").encode("utf-16"),
        "to the old town of Zürich every summer",
    ),
    "utf8-bom.txt": (codecs.BOM_UTF8 + story(2).encode(), "Report number 2."),
    "mojibake.txt": (
        MOJIBAKE_SOURCE.encode("utf-8").decode("sloppy-windows-1252").encode("utf-8"),
        "Officials said the terminal’s café and the passengers’ lounge would open first",
    ),
    "with spaces and 'quotes' \"double\".txt": (story(3).encode(), "Report number 3."),
    "Zürich – café 東京.txt": (story(4).encode(), "Report number 4."),
    "semi;colon $(touch pwned) `x`.txt": (story(5).encode(), "Report number 5."),
    "sub dir/ünïcode/deep.html": (
        f"<html><head><title>{HEADLINE}</title></head><body><nav><a href='/'>Home</a></nav><article>"
        f"<h1>{HEADLINE}</h1><p>{PARAGRAPHS[0]} Six.</p><p>{PARAGRAPHS[1]} Six.</p></article></body></html>".encode(),
        "after two years of delays caused by flooding",
    ),
    "partly-good.json": (
        json.dumps([{"title": "Good one", "text": story(7)}, {"title": "no text"}]).encode(),
        "Report number 7.",
    ),
}


def write_matrix(raw_dir: Path) -> None:
    for name, (data, _) in {**BAD, **GOOD_TEXT}.items():
        path = raw_dir / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def test_every_bad_file_gets_a_specific_reason_and_good_files_load_in_the_same_batch(con, raw, tmp_path):
    write_matrix(raw)
    outside = tmp_path / "secret.txt"
    outside.write_text(story(8), encoding="utf-8")
    os.symlink(outside, raw / "link-outside.txt")

    run_like_the_flow(con, raw)

    reasons = rejected(con)
    for name, (_, reason) in BAD.items():
        assert reason in reasons.get(name, ""), (name, reasons.get(name))
    assert "symlink points outside the raw folder" in reasons["link-outside.txt"]
    assert "1 record(s) refused: record 1 has no article text" in reasons["partly-good.json"]

    loaded = articles(con)
    for name, (_, expected) in GOOD_TEXT.items():
        key = name
        assert key in loaded, (name, reasons.get(name))
        title, body = loaded[key]
        assert expected in body, (name, body)
        assert "\ufffd" not in body and "â€" not in body and "Ã" not in body, (name, body)
    assert loaded["mojibake.txt"][0] == "Harbour city’s ferry terminal “will open next spring”"
    assert loaded["utf16-bom.txt"][0] == f"{HEADLINE} (1)"
    assert raw_status(con)["partly-good.json"] == "loaded"
    # Nothing from outside the raw folder was read.
    assert not any("Report number 8." in body for _, body in loaded.values())
    assert_every_file_accounted_for(con, raw)


def test_the_run_summary_counts_records_refused_in_files_that_loaded(con, raw):
    (raw / "mixed.jsonl").write_text(
        "\n".join(json.dumps(r) for r in [{"text": story(11)}, {"title": "no text"}, [1, 2]]),
        encoding="utf-8",
    )
    (raw / "all-bad.json").write_text(json.dumps([{"title": "no text"}]), encoding="utf-8")
    inventory = take_inventory(raw, warehouse.known_files(con))
    stats = process_batch(con, raw, queue_files(con, inventory, NOW), StandInExtractor(), NOW)

    # all-bad.json is a rejected file; its record is not counted again as a refused record.
    assert (stats.files_rejected, stats.records_refused, stats.articles) == (1, 2, 1)
    summary = RunRecord(run_id="r", started_at=NOW, inventory=inventory, stats=stats).summary()
    assert "1 rejected (2 more record(s) refused in loaded files); 1 articles loaded" in summary


def test_one_bad_file_per_batch_never_aborts_the_batch(con, raw):
    # Batches of 3: every batch mixes refused and good files.
    write_matrix(raw)
    run_like_the_flow(con, raw, batch_size=3)
    assert set(rejected(con)) >= set(BAD)
    assert set(GOOD_TEXT) <= set(articles(con))
    assert_every_file_accounted_for(con, raw)


def test_refused_files_that_are_fixed_are_loaded_on_the_next_run(con, raw, tmp_path):
    write_matrix(raw)
    outside = tmp_path / "secret.txt"
    outside.write_text(story(8), encoding="utf-8")
    os.symlink(outside, raw / "link-outside.txt")
    run_like_the_flow(con, raw)

    # A second run over the same folder changes nothing and reports nothing new.
    before = (rejected(con), articles(con), raw_status(con))
    again = run_like_the_flow(con, raw)
    assert again.is_noop, (again.new, again.changed, again.removed, again.rejected)
    assert (rejected(con), articles(con), raw_status(con)) == before

    # Fix every refused file (the symlink becomes a regular file).
    (raw / "link-outside.txt").unlink()
    fixed = [*BAD, "link-outside.txt"]
    for n, name in enumerate(fixed, start=100):
        if name.endswith(".html"):
            data = (
                f"<html><body><article><h1>Fixed {n}</h1>"
                + "".join(f"<p>{p} Fixed {n}.</p>" for p in PARAGRAPHS)
                + "</article></body></html>"
            )
        elif name.endswith(".jsonl"):
            data = json.dumps({"text": story(n)}) + "\n"
        elif name.endswith(".json"):
            data = json.dumps({"title": f"Fixed {n}", "text": story(n)})
        else:
            data = story(n)
        (raw / name).write_text(data, encoding="utf-8")
    inventory = run_like_the_flow(con, raw)
    assert sorted(f.path for f in inventory.changed) == sorted(fixed)
    assert "partly-good.json" in rejected(con)  # untouched: still one refused record
    assert set(rejected(con)) == {"partly-good.json"}
    assert set(fixed) <= set(articles(con))
    assert_every_file_accounted_for(con, raw)


def test_huge_text_file_is_refused_quickly_without_reading_it_into_memory(con, raw):
    line = (PARAGRAPHS[0] + "\n").encode()
    with open(raw / "dump.txt", "wb") as handle:
        chunk = line * (1024 * 1024 // len(line) + 1)
        for _ in range(50):
            handle.write(chunk)
    (raw / "fine.txt").write_text(story(9), encoding="utf-8")
    assert (raw / "dump.txt").stat().st_size > 50 * 1024 * 1024 > MAX_ARTICLE_FILE_BYTES

    tracemalloc.start()
    started = time.perf_counter()
    try:
        run_like_the_flow(con, raw)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    elapsed = time.perf_counter() - started
    assert "file too large for one article" in rejected(con)["dump.txt"]
    assert "fine.txt" in articles(con)
    assert peak < 16 * 1024 * 1024, f"peak Python allocation {peak / 1e6:.0f} MB: the big file was read"
    assert elapsed < 10, elapsed


def test_file_changed_between_discovery_and_reading_is_refused_then_picked_up(con, raw):
    (raw / "live.txt").write_text(story(10), encoding="utf-8")
    (raw / "steady.txt").write_text(story(11), encoding="utf-8")

    def edit():
        (raw / "live.txt").write_text(story(12), encoding="utf-8")

    run_like_the_flow(con, raw, between=edit)
    assert "changed while" in rejected(con)["live.txt"]
    assert "retried on the next run" in rejected(con)["live.txt"]
    assert set(articles(con)) == {"steady.txt"}

    inventory = run_like_the_flow(con, raw)
    assert [f.path for f in inventory.changed] == ["live.txt"]
    assert rejected(con) == {}
    assert "Report number 12." in articles(con)["live.txt"][1]


def test_file_deleted_between_discovery_and_reading_is_refused_then_forgotten(con, raw):
    (raw / "gone.txt").write_text(story(13), encoding="utf-8")
    (raw / "steady.txt").write_text(story(14), encoding="utf-8")
    run_like_the_flow(con, raw, between=(raw / "gone.txt").unlink)
    assert "cannot read file" in rejected(con)["gone.txt"]
    assert set(articles(con)) == {"steady.txt"}
    inventory = run_like_the_flow(con, raw)
    assert inventory.removed == ["gone.txt"]
    assert rejected(con) == {} and set(raw_status(con)) == {"steady.txt"}


def test_undecodable_file_name_is_handled_not_fatal(con, raw):
    """A name that is not valid UTF-8 (a Latin-1 name copied from an old share) must not abort the batch."""
    os.makedirs(raw, exist_ok=True)
    bad_name = os.fsencode(raw) + b"/caf\xe9.txt"
    with open(bad_name, "wb") as handle:
        handle.write(story(15).encode())
    (raw / "steady.txt").write_text(story(16), encoding="utf-8")
    run_like_the_flow(con, raw)
    assert "steady.txt" in articles(con)
    names = set(rejected(con)) | set(raw_status(con))
    assert len(names) == 2, names
    # A second run does not trip over the same file again.
    assert run_like_the_flow(con, raw).is_noop


def test_file_that_becomes_an_outside_symlink_loses_its_articles(con, raw, tmp_path):
    (raw / "a.txt").write_text(story(17), encoding="utf-8")
    run_like_the_flow(con, raw)
    assert "a.txt" in articles(con)
    outside = tmp_path / "elsewhere.txt"
    outside.write_text(story(18), encoding="utf-8")
    (raw / "a.txt").unlink()
    os.symlink(outside, raw / "a.txt")
    run_like_the_flow(con, raw)
    assert "outside the raw folder" in rejected(con)["a.txt"]
    assert "a.txt" not in articles(con), "articles of a file that is now refused stay in the warehouse"
    assert run_like_the_flow(con, raw).is_noop


def test_read_and_clean_never_raises_on_a_vanished_or_unreadable_file(raw):
    from newsroom.models import RawFile

    outcome = read_and_clean(raw, RawFile("missing.txt", 10, "0" * 64, "txt", 0.0), NOW)
    assert outcome.error and "cannot read file" in outcome.error
    (raw / "dir.txt").mkdir()
    outcome = read_and_clean(raw, RawFile("dir.txt", 10, "0" * 64, "txt", 0.0), NOW)
    assert outcome.error and "cannot read file" in outcome.error


def test_fifo_and_folder_symlinks_are_refused_not_hung_on_or_skipped(con, raw, tmp_path):
    os.mkfifo(raw / "pipe.txt")  # hashing a FIFO would block discovery forever
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "inside.txt").write_text(story(19), encoding="utf-8")
    os.symlink(elsewhere, raw / "linked-folder")
    (raw / "steady.txt").write_text(story(20), encoding="utf-8")
    run_like_the_flow(con, raw)
    reasons = rejected(con)
    assert "not a regular file" in reasons["pipe.txt"]
    assert "symlink to a folder; not followed" in reasons["linked-folder"]
    assert set(articles(con)) == {"steady.txt"}
    assert run_like_the_flow(con, raw).is_noop


def test_html_that_tries_to_load_things_loads_nothing(monkeypatch, tmp_path):
    """External entities are not resolved and nothing is fetched, whatever the page says."""
    import socket

    from newsroom.readers.html import read_html

    def no_network(*args, **kwargs):
        raise AssertionError("the HTML reader tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT", encoding="utf-8")
    body = "".join(f"<p>{p} &xxe; &remote;</p>" for p in PARAGRAPHS)
    pages = [
        f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}">'
        f'<!ENTITY remote SYSTEM "http://203.0.113.1/x">]><html><body><article>{body}</article></body></html>',
        f'<html><head><link rel="stylesheet" href="http://203.0.113.1/s.css"><base href="http://203.0.113.1/">'
        f'<meta http-equiv="refresh" content="0;url=http://203.0.113.1/"></head><body><article>'
        f'<img src="http://203.0.113.1/i.png"><iframe src="file://{secret}"></iframe>{body}</article></body></html>',
        "http://203.0.113.1/article.html",
        f"file://{secret}",
    ]
    for page in pages:
        text, _ = read_html(page, url="http://203.0.113.1/a")
        assert "TOP-SECRET-CONTENT" not in text


# --------------------------------------------------------------------------------------------
# No content of any single file can fail a run.


def test_the_issue_examples_are_refused_or_loaded_and_never_fail_the_run(con, raw):
    """Each of these failed every run until someone deleted the file by hand."""
    (raw / "deep.json").write_text("[" * 1000 + "]" * 1000, encoding="utf-8")
    deep_value = json.dumps({"text": story(30)})[:-1] + ', "authors": ' + "[" * 5000 + "]" * 5000 + "}"
    (raw / "deep-field.json").write_text(deep_value, encoding="utf-8")
    os.symlink("loop.txt", raw / "loop.txt")
    body = json.dumps(story(31) + " MARK end").replace("MARK", "\\ud800")  # a JSON escape, as the issue's
    (raw / "agency.json").write_text(
        '{"source": "Agency \\ud800 Wire", "title": "Port \\udfff news", "author": "\\ud83d", "url": "https://x.org/\\ud800",'
        ' "published": "2024-05-01\\udc00", "text": ' + body + "}",
        encoding="utf-8",
    )
    (raw / "steady.txt").write_text(story(32), encoding="utf-8")

    run_like_the_flow(con, raw)

    reasons = rejected(con)
    assert reasons["deep.json"].startswith("RecursionError: maximum recursion depth exceeded")
    assert reasons["deep-field.json"].startswith("RecursionError: ")
    assert "does not point to a regular file" in reasons["loop.txt"]
    loaded = articles(con)
    assert {"agency.json", "steady.txt"} <= set(loaded)
    outlet, title = con.execute(
        "select outlet, title from landing.extracted_articles where source_file = 'agency.json'"
    ).fetchone()
    assert (outlet, title) == ("Agency \ufffd Wire", "Port \ufffd news")
    assert "invalid character(s) in outlet replaced with U+FFFD" in warnings(con)["agency.json"]
    assert_every_file_accounted_for(con, raw)


def test_any_exception_while_cleaning_one_record_refuses_that_record(con, raw, monkeypatch):
    from newsroom import pipeline

    real = pipeline.clean_text

    def fragile(text, **hints):
        if "Report number 41." in text:
            raise ZeroDivisionError("a bug triggered by one input")
        return real(text, **hints)

    monkeypatch.setattr(pipeline, "clean_text", fragile)
    (raw / "feed.json").write_text(json.dumps([{"text": story(40)}, {"text": story(41)}]), encoding="utf-8")
    (raw / "one.txt").write_text(story(41), encoding="utf-8")
    run_like_the_flow(con, raw)
    reasons = rejected(con)
    assert reasons["one.txt"] == "ZeroDivisionError: a bug triggered by one input"
    assert (
        reasons["feed.json"]
        == "1 record(s) refused: record 1: ZeroDivisionError: a bug triggered by one input"
    )
    assert set(articles(con)) == {"feed.json"}
    assert raw_status(con) == {"one.txt": "rejected", "feed.json": "loaded"}


def test_an_article_whose_extraction_fails_is_refused_with_its_duplicates_and_the_rest_loads(con, raw):
    from newsroom.models import Extraction

    def extractor(items):
        return [
            Extraction(error="ValueError: parser gave up")
            if "Report number 50." in item.body
            else Extraction()
            for item in items
        ]

    (raw / "a.txt").write_text(story(50), encoding="utf-8")
    (raw / "b-copy.txt").write_text(story(50), encoding="utf-8")
    (raw / "c.txt").write_text("\n\n".join(["Council news", *LEGACY]), encoding="utf-8")  # not a near copy
    run_like_the_flow(con, raw, extractor=extractor)
    reasons = rejected(con)
    assert reasons == {
        "a.txt": "extraction failed: ValueError: parser gave up",
        "b-copy.txt": "extraction failed: ValueError: parser gave up",
    }
    assert set(articles(con)) == {"c.txt"}


def test_a_file_refused_as_changed_is_retried_even_when_its_bytes_are_back(con, raw):
    """It was recorded with the hash discovery saw: when the writer was done and the file held those
    bytes again, the next run found it unchanged and never read it."""
    (raw / "live.txt").write_text(story(10), encoding="utf-8")
    (raw / "steady.txt").write_text(story(11), encoding="utf-8")
    original = (raw / "live.txt").read_bytes()
    run_like_the_flow(con, raw, between=lambda: (raw / "live.txt").write_text(story(12), encoding="utf-8"))
    assert "changed while" in rejected(con)["live.txt"]
    assert "live.txt" not in raw_status(con)

    (raw / "live.txt").write_bytes(original)
    inventory = run_like_the_flow(con, raw)
    assert [f.path for f in inventory.changed] == ["live.txt"]
    assert rejected(con) == {} and "Report number 10." in articles(con)["live.txt"][1]
    assert run_like_the_flow(con, raw).is_noop


def test_mostly_valid_utf8_is_read_as_utf8_and_the_article_flagged(con, raw):
    """Three stray bytes made a UTF-8 file decode as mac_iceland: "the café’s" became "the caf√©‚Äôs"."""
    data = (story(60) + "\n\nThe café’s owner said “yes” – twice.").encode("utf-8")
    (raw / "stray.txt").write_bytes(
        data[:60] + b"\x81" + data[60:200] + b"\xff" + data[200:300] + b"\x8d" + data[300:]
    )
    run_like_the_flow(con, raw)
    title, body = articles(con)["stray.txt"]
    assert "The café’s owner said “yes” – twice." in body
    assert (title + body).count("\ufffd") == 3
    assert warnings(con) == {"stray.txt": "3 undecodable byte(s) replaced with U+FFFD"}


# --------------------------------------------------------------------------------------------
# Input size is bounded.


def test_an_article_longer_than_the_cap_is_cut_at_a_line_break_and_flagged(con, raw):
    long_text = (
        story(70)
        + "\n\n"
        + "\n\n".join(f"Paragraph {i} of a very long report on the harbour works." for i in range(2_000))
    )
    (raw / "long.json").write_text(
        json.dumps({"title": "A long report", "text": long_text, "author": "A" * 50_000}), encoding="utf-8"
    )
    run_like_the_flow(con, raw, max_article_chars=5_000)
    _, body = articles(con)["long.json"]
    assert len(body) <= 5_000 and body.endswith("harbour works.")
    byline = con.execute("select byline from landing.extracted_articles").fetchone()[0]
    assert len(byline) <= 2_000
    assert warnings(con)["long.json"] == (
        f"author cut to 2,000 of 50,000 characters; text cut to {long_text.rfind(chr(10), 0, 5_000):,} of {len(long_text):,} characters"
        " (NEWS_MAX_ARTICLE_CHARS)"
    )


def test_a_json_document_over_the_cap_is_refused_without_parsing_it(con, raw):
    """A 65 MB single-record JSON was accepted: one 60-million-character body, hours of spaCy."""
    from newsroom.readers import MAX_JSON_BYTES

    with open(raw / "dump.json", "w", encoding="utf-8") as handle:
        handle.write('{"text": "')
        chunk = PARAGRAPHS[0] + " "
        for _ in range(MAX_JSON_BYTES // len(chunk) + 10):
            handle.write(chunk)
        handle.write('"}')
    (raw / "fine.txt").write_text(story(71), encoding="utf-8")
    tracemalloc.start()
    try:
        run_like_the_flow(con, raw)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert rejected(con)["dump.json"] == (
        "JSON document too large (8.0 MiB > 8 MiB); split it, or write JSON Lines (read in parts, any size)"
    )
    assert "fine.txt" in articles(con)
    assert peak < 16 * 1024 * 1024, f"peak Python allocation {peak / 1e6:.0f} MB: the big file was read"


def test_a_json_lines_line_over_the_cap_is_refused_and_the_other_lines_load(con, raw):
    from newsroom.readers import MAX_JSON_BYTES

    with open(raw / "feed.jsonl", "w", encoding="utf-8") as handle:
        handle.write(json.dumps({"text": story(72)}) + "\n")
        handle.write('{"text": "' + "word " * (MAX_JSON_BYTES // 5 + 10) + '"}\n')
        handle.write(json.dumps({"text": story(73)}) + "\n")
    tracemalloc.start()
    try:
        run_like_the_flow(con, raw)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert set(articles(con)) == {"feed.jsonl", "feed.jsonl#2"}
    assert rejected(con)["feed.jsonl"] == "1 record(s) refused: record 1: line longer than 8 MiB; refused"
    assert peak < 2 * MAX_JSON_BYTES, f"peak Python allocation {peak / 1e6:.0f} MB"


def test_reasons_are_capped_and_say_how_many_more(con, raw):
    """A reason once held a 1.5 MB list of refused records."""
    records = [{"text": story(74)}] + [{"title": f"no text {i}"} for i in range(5_000)]
    (raw / "many.json").write_text(json.dumps(records), encoding="utf-8")
    (raw / "none.json").write_text(json.dumps(records[1:]), encoding="utf-8")
    run_like_the_flow(con, raw)
    reasons = rejected(con)
    for name in ("many.json", "none.json"):
        assert len(reasons[name]) < 700, (name, len(reasons[name]))
        assert reasons[name].endswith(" more)")
    assert reasons["many.json"].startswith("5,000 record(s) refused: record 1 has no article text")
    assert "; … (4," in reasons["many.json"]
    assert raw_status(con) == {"many.json": "loaded", "none.json": "rejected"}


def test_a_json_document_of_too_many_records_is_refused_in_one_part(con, raw):
    """An array of millions of empty objects was parsed again for every part of 200 records."""
    from newsroom.pipeline import plan_batches

    (raw / "empties.json").write_text("[" + ",".join(["{}"] * 10_001) + "]", encoding="utf-8")
    (raw / "fine.txt").write_text(story(75), encoding="utf-8")
    files = queue_files(con, take_inventory(raw, warehouse.known_files(con)), NOW)
    assert [[p.raw.path for p in batch] for batch in plan_batches(raw, files)] == [
        ["empties.json", "fine.txt"]
    ]
    run_like_the_flow(con, raw)
    assert rejected(con) == {
        "empties.json": "JSON document holds 10,001 records, more than 10,000; write JSON Lines (read in parts, any size)"
    }
    assert set(articles(con)) == {"fine.txt"}
