""""Nothing lost, nothing corrupted" for bad input: every file in the raw folder ends up loaded
(with the right text) or in landing.rejected_files with a specific reason; one bad file never
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
import pytest

from newsroom import warehouse
from newsroom.discover import take_inventory
from newsroom.models import ArticleActor, Extraction
from newsroom.pipeline import process_batch, queue_files, read_and_clean
from newsroom.readers import MAX_ARTICLE_FILE_BYTES

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


@pytest.fixture
def con(tmp_path):
    connection = warehouse.open_working_copy(tmp_path / "wh" / "news.duckdb", tmp_path / "wh" / "news.duckdb.building")
    yield connection
    connection.close()


@pytest.fixture
def raw(tmp_path) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    return folder


def run_like_the_flow(con, raw_dir: Path, *, batch_size: int = 200, between=None):
    """What flows/ingest.py does between discovery and dbt (no Prefect needed for input handling)."""
    inventory = take_inventory(raw_dir, warehouse.known_files(con))
    if between is not None:
        between()
    files = queue_files(con, inventory, NOW)
    for start in range(0, len(files), batch_size):
        process_batch(con, raw_dir, files[start : start + batch_size], StandInExtractor(), NOW)
    return inventory


def rejected(con) -> dict[str, str]:
    return dict(con.execute("select path, reason from landing.rejected_files").fetchall())


def articles(con) -> dict[str, tuple]:
    rows = con.execute("select source_file, record_index, title, body from landing.articles").fetchall()
    return {(f if i == 0 else f"{f}#{i}"): (t, b) for f, i, t, b in rows}


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
    "report.pdf.txt": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "PDF document"),
    "photo.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 64, "PNG image"),
    "archive.txt": (gzip.compress(story(90).encode(), mtime=0), "gzip archive"),
    "nav-only.html": (NAV_ONLY_HTML.encode(), "no article text found in the HTML"),
    "broken.json": (b'{"title": "Budget approved", "text": "The council', "malformed JSON at line 1"),
    "broken.jsonl": (json.dumps({"text": story(91)}).encode() + b"\n{oops\n", "record 1: malformed JSON Lines record"),
    "no-text.json": (json.dumps({"title": "Only a title", "url": "https://example.org/x"}).encode(),
                     "record 0 has no article text"),
    "number.json": (b"42", "record 0 is a JSON int, not an object"),
    "empty-list.json": (b"[]", "JSON list holds no records"),
    "only-boilerplate.txt": ("Share this article\n\nSubscribe to our newsletter\n\nAdvertisement\n".encode(),
                             "no article text left after removing boilerplate"),
}

GOOD_TEXT = {
    # name -> (bytes, expected text that must appear verbatim in the body)
    "cp1252.txt": ((LEGACY[0] + "\n\n" + LEGACY[1] + " “Enfin”, a dit le maire – ravi.").encode("cp1252"),
                   "Les habitants du quartier ont salué une décision très attendue après des années d’été difficiles."),
    "latin1.txt": ((LEGACY[0] + "\n\n" + LEGACY[1].replace("’", "'")).encode("latin-1"),
                   "Le président a visité la région de Genève où les élèves étaient réunis pour la fête."),
    "utf16-bom.txt": (story(1).replace("the old town", "the old town of Zürich").encode("utf-16"),
                      "to the old town of Zürich every summer"),
    "utf8-bom.txt": (codecs.BOM_UTF8 + story(2).encode(), "Report number 2."),
    "mojibake.txt": (MOJIBAKE_SOURCE.encode("utf-8").decode("sloppy-windows-1252").encode("utf-8"),
                     "Officials said the terminal’s café and the passengers’ lounge would open first"),
    "with spaces and 'quotes' \"double\".txt": (story(3).encode(), "Report number 3."),
    "Zürich – café 東京.txt": (story(4).encode(), "Report number 4."),
    "semi;colon $(touch pwned) `x`.txt": (story(5).encode(), "Report number 5."),
    "sub dir/ünïcode/deep.html": (
        f"<html><head><title>{HEADLINE}</title></head><body><nav><a href='/'>Home</a></nav><article>"
        f"<h1>{HEADLINE}</h1><p>{PARAGRAPHS[0]} Six.</p><p>{PARAGRAPHS[1]} Six.</p></article></body></html>".encode(),
        "after two years of delays caused by flooding"),
    "partly-good.json": (json.dumps([{"title": "Good one", "text": story(7)}, {"title": "no text"}]).encode(),
                         "Report number 7."),
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
            data = f"<html><body><article><h1>Fixed {n}</h1>" + "".join(f"<p>{p} Fixed {n}.</p>" for p in PARAGRAPHS) + "</article></body></html>"
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
