"""Article metadata as the pipeline assembles it (pipeline.read_and_clean): the publication date of
copied text from its header, bylines without page words, saved pages' outlet never the headline."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from newsroom.models import RawFile
from newsroom.pipeline import read_and_clean

NOW = datetime(2026, 1, 1, tzinfo=UTC)
PARAGRAPHS = [
    "The city council voted on Tuesday to close the old harbour bridge to cars from next spring, ending a "
    "decade of argument over its repair and upkeep.",
    "Engineers told the council that the bridge could carry buses and bicycles for another twenty years, "
    "but that strengthening it for heavy traffic would cost more than a new crossing.",
    "Shop owners near the bridge said they feared losing passing trade, and asked the council for a "
    "delivery lane and for free parking on the quay during the works.",
]


def _row(tmp_path, name: str, content: str) -> dict:
    data = content.encode()
    (tmp_path / name).write_bytes(data)
    raw = RawFile(name, len(data), hashlib.sha256(data).hexdigest(), name.rsplit(".", 1)[1], 0.0)
    outcome = read_and_clean(tmp_path, raw, NOW)
    assert outcome.articles, outcome.record_errors
    return outcome.articles[0].row


def test_copied_text_is_dated_by_its_date_line(tmp_path):
    text = "Harbour bridge to close to cars\nBy Ann Lee Published March 4, 2021\n\n" + "\n\n".join(PARAGRAPHS)
    row = _row(tmp_path, "bridge.txt", text)
    assert row["published_at"] == datetime(2021, 3, 4, tzinfo=UTC)
    assert row["byline"] == "Ann Lee"
    assert row["title"] == "Harbour bridge to close to cars"


def test_saved_page_metadata_byline_and_outlet(tmp_path):
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    page = (
        "<html><head><title>Harbour bridge to close to cars</title>"
        '<meta property="og:site_name" content="Harbour bridge to close to cars">'
        '<meta name="author" content="Ann Lee View author archive Get author RSS feed">'
        '<meta property="article:published_time" content="2021-03-04T10:00:00+00:00">'
        '<link rel="canonical" href="https://coast.example/bridge"></head>'
        f"<body><h1>Harbour bridge to close to cars</h1><article>{body}</article></body></html>"
    )
    row = _row(tmp_path, "bridge.html", page)
    assert row["byline"] == "Ann Lee"
    assert row["outlet"] == "coast.example"
    assert row["published_at"].date().isoformat() == "2021-03-04"
