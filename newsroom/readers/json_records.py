"""Scraper output: one JSON object, a list of objects, or JSON Lines (one record a line).

Scrapers disagree on field names, so each field accepts its common spellings.
"""

from __future__ import annotations

import json
from typing import Any

from newsroom.models import SourceRecord
from newsroom.readers.errors import RejectedInput
from newsroom.reasons import SURROGATES

_FIELDS = {
    "text": (
        "text",
        "body",
        "content",
        "article",
        "article_text",
        "maintext",
        "full_text",
        "articleBody",  # schema.org NewsArticle (JSON-LD)
        "article_body",
        "body_text",
        "story",
    ),
    "html": ("html", "raw_html", "content_html", "body_html"),
    "url": ("url", "link", "source_url", "canonical_url"),
    "title": ("title", "headline"),
    "author": ("author", "authors", "byline", "creator"),
    "published": (
        "published",
        "date",
        "published_at",
        "date_publish",
        "datePublished",
        "pubDate",
        "publish_date",
    ),
    "outlet": ("source", "outlet", "site", "sitename", "site_name", "source_domain", "publisher"),
}


_TEXT_FIELD_NAMES = "/".join(_FIELDS["text"] + _FIELDS["html"])

# Metadata (title, author, date, URL, outlet) longer than this is cut: a "title" of 60 MB would
# otherwise be normalised and stored whole.
MAX_FIELD_CHARS = 2_000


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
    """Strings come out storable: a lone surrogate (a JSON ``\\ud800`` escape) becomes U+FFFD."""
    if not isinstance(obj, dict):
        raise RejectedInput(f"record {index} is a JSON {type(obj).__name__}, not an object")
    values = {key: _first(obj, names) for key, names in _FIELDS.items()}
    if not (values["text"] or "").strip() and not (values["html"] or "").strip():
        raise RejectedInput(f"record {index} has no article text (none of the fields {_TEXT_FIELD_NAMES})")
    warnings = []
    for key, value in values.items():
        if value is None:
            continue
        value, replaced = SURROGATES.subn("\ufffd", value)
        if replaced:
            warnings.append(f"{replaced:,} invalid character(s) in {key} replaced with U+FFFD")
        if key not in ("text", "html") and len(value) > MAX_FIELD_CHARS:
            warnings.append(f"{key} cut to {MAX_FIELD_CHARS:,} of {len(value):,} characters")
            value = value[:MAX_FIELD_CHARS]
        values[key] = value
    return SourceRecord(
        source_file=source_file, record_index=index, source_format="json", warnings=warnings, **values
    )


# A document is parsed again for each part it is read in (a batch holds at most NEWS_BATCH_SIZE
# records): this bounds the parts, and so the parsing, of one document (an array of 4 million
# empty objects would otherwise be parsed 20,000 times).
MAX_JSON_RECORDS = 10_000


def check_record_count(count: int) -> int:
    if count > MAX_JSON_RECORDS:
        raise RejectedInput(
            f"JSON document holds {count:,} records, more than {MAX_JSON_RECORDS:,}; write JSON Lines (read in parts, any size)"
        )
    return count


def parse_json_document(text: str | bytes) -> list[Any]:
    """The records of a JSON document: one object, a list, or ``{"articles": [...]}``; a syntax
    error is reported with its line and column."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RejectedInput(f"malformed JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from exc
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    if isinstance(data, list):
        if not data:
            raise RejectedInput("JSON list holds no records")
        check_record_count(len(data))
        return data
    return [data]


def parse_json_line(line: str, index: int) -> Any:
    """One JSON Lines record; a malformed line refuses that record only."""
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        raise RejectedInput(
            f"record {index}: malformed JSON Lines record at column {exc.colno}: {exc.msg}"
        ) from exc
