"""Scraper output: one JSON object, a list of objects, or JSON Lines.

Scrapers disagree on field names, so each field accepts its common spellings.
"""

from __future__ import annotations

import json
from typing import Any

from newsroom.models import SourceRecord
from newsroom.readers.errors import RejectedInput

_FIELDS = {
    "text": ("text", "body", "content", "article", "article_text", "maintext", "full_text"),
    "html": ("html", "raw_html", "content_html", "body_html"),
    "url": ("url", "link", "source_url", "canonical_url"),
    "title": ("title", "headline"),
    "author": ("author", "authors", "byline", "creator"),
    "published": ("published", "date", "published_at", "date_publish", "datePublished", "pubDate", "publish_date"),
    "outlet": ("source", "outlet", "site", "sitename", "site_name", "source_domain", "publisher"),
}


def _first(obj: dict[str, Any], names: tuple[str, ...]) -> str | None:
    for name in names:
        value = obj.get(name)
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value if v)
        if isinstance(value, dict):
            value = value.get("name")
        if value not in (None, ""):
            return str(value)
    return None


def record_from_object(obj: Any, source_file: str, index: int) -> SourceRecord:
    if not isinstance(obj, dict):
        raise RejectedInput(f"record {index} is a JSON {type(obj).__name__}, not an object")
    values = {key: _first(obj, names) for key, names in _FIELDS.items()}
    if not (values["text"] or "").strip() and not (values["html"] or "").strip():
        raise RejectedInput(f"record {index} has no article text (none of the fields text/body/content/html)")
    return SourceRecord(source_file=source_file, record_index=index, source_format="json", **values)


def parse_json_records(text: str, source_file: str, json_lines: bool) -> list[tuple[int, Any]]:
    """(index, object) pairs; a syntax error is reported with its line and column."""
    if json_lines:
        items = []
        for line_number, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                try:
                    items.append((len(items), json.loads(line)))
                except json.JSONDecodeError as exc:
                    raise RejectedInput(f"malformed JSON Lines at line {line_number}: {exc.msg}") from exc
        if not items:
            raise RejectedInput("JSON Lines file holds no records")
        return items
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RejectedInput(f"malformed JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from exc
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    if isinstance(data, list):
        if not data:
            raise RejectedInput("JSON list holds no records")
        return list(enumerate(data))
    return [(0, data)]
