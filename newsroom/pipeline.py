"""The stages of one ingestion batch: read -> clean -> de-duplicate -> extract -> load.

Plain Python so it is unit-tested without Prefect; ``flows/ingest.py`` calls these
functions as tasks and adds scheduling, retries and the UI.
"""

from __future__ import annotations

import hashlib
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from dataclasses import fields as dataclass_fields
from datetime import datetime
from pathlib import Path
from urllib.parse import urlparse

import duckdb

from newsroom import warehouse
from newsroom.clean import clean_text
from newsroom.dates import parse_published
from newsroom.dedupe import DuplicateIndex, band_keys, minhash_signature, text_hash
from newsroom.discover import Inventory
from newsroom.models import ArticleInput, CleanArticle, Extraction, RawFile, SourceRecord
from newsroom.readers import RejectedInput, read_raw_file
from newsroom.readers.html import read_html

Extractor = Callable[[list[ArticleInput]], list[Extraction]]


@dataclass
class PreparedArticle:
    """A cleaned article ready to load; ``extraction`` stays None for duplicates."""

    row: dict
    clean: CleanArticle
    signature: list[int]
    bands: list[int]
    extraction: Extraction | None = None

    @property
    def article_id(self) -> str:
        return self.row["article_id"]


@dataclass
class FileOutcome:
    raw: RawFile
    articles: list[PreparedArticle] = field(default_factory=list)
    record_errors: list[str] = field(default_factory=list)  # rejected records of a JSON file
    error: str | None = None  # the whole file was rejected


@dataclass
class BatchStats:
    files: int = 0
    files_rejected: int = 0
    articles: int = 0
    duplicates: int = 0
    quotes: int = 0
    events: int = 0
    seconds: dict[str, float] = field(default_factory=lambda: defaultdict(float))

    def add(self, other: BatchStats) -> None:
        for name in ("files", "files_rejected", "articles", "duplicates", "quotes", "events"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for stage, seconds in other.seconds.items():
            self.seconds[stage] += seconds


def article_id_for(source_file: str, record_index: int) -> str:
    """Stable across runs: the same file and record always get the same id."""
    return hashlib.md5(f"{source_file}#{record_index}".encode()).hexdigest()


def _outlet(record: SourceRecord, meta: dict) -> str | None:
    if record.outlet or meta.get("sitename"):
        return record.outlet or meta.get("sitename")
    url = record.url or meta.get("url")
    return urlparse(url).hostname if url else None


def clean_record(record: SourceRecord, raw: RawFile, now: datetime) -> PreparedArticle:
    """Clean one source record; raise RejectedInput when no article text survives."""
    meta: dict = {}
    text = record.text
    if record.html is not None and not (text or "").strip():
        text, meta = read_html(record.html, url=record.url)
        if not text.strip():
            raise RejectedInput("no article text found in the HTML")
    clean = clean_text(
        text or "", title=record.title or meta.get("title"), byline=record.author or meta.get("author"),
        whole_page=record.html is None or bool(meta.get("whole_page")),
    )
    body = clean.body
    if not body.strip():
        raise RejectedInput("no article text left after removing boilerplate")
    row = {
        "article_id": article_id_for(record.source_file, record.record_index),
        "source_file": record.source_file,
        "record_index": record.record_index,
        "source_format": record.source_format,
        "source_url": record.url or meta.get("url"),
        "outlet": _outlet(record, meta),
        "title": clean.title or record.title or meta.get("title"),
        "subtitle": clean.subtitle,
        "byline": clean.byline or record.author or meta.get("author"),
        "dateline": clean.dateline,
        "published_at": parse_published(record.published or meta.get("date")),
        "body": body,
        "content_hash": raw.content_hash,
        "text_hash": text_hash(body),
        "duplicate_of": None,
        "duplicate_method": None,
        "ingested_at": now,
        "language": clean.language,
    }
    signature = minhash_signature(body)
    return PreparedArticle(row=row, clean=clean, signature=signature, bands=band_keys(signature))


def read_and_clean(raw_dir: Path, raw: RawFile, now: datetime) -> FileOutcome:
    """Never raises for bad input: the outcome says what was loaded and what was refused."""
    outcome = FileOutcome(raw)
    try:
        records = read_raw_file(raw_dir, raw)
    except RejectedInput as exc:
        outcome.error = str(exc)
        return outcome
    except OSError as exc:
        outcome.error = f"cannot read file: {exc.strerror or exc}"
        return outcome
    for record in records:
        if isinstance(record, RejectedInput):
            outcome.record_errors.append(str(record))
            continue
        try:
            outcome.articles.append(clean_record(record, raw, now))
        except RejectedInput as exc:
            prefix = f"record {record.record_index}: " if record.source_format == "json" else ""
            outcome.record_errors.append(prefix + str(exc))
    if not outcome.articles:
        outcome.error = "; ".join(outcome.record_errors) or "no article found"
    return outcome


def mark_duplicates(con: duckdb.DuckDBPyConnection, outcomes: list[FileOutcome]) -> None:
    """Point each duplicate at the first copy seen (earlier runs first, then path order)."""
    index = stored_duplicate_candidates(con, outcomes)
    for outcome in outcomes:
        for article in outcome.articles:
            found = index.find(article.row["text_hash"], article.signature)
            if found and found[0] != article.article_id:
                article.row["duplicate_of"], article.row["duplicate_method"] = found
            else:
                index.add(article.article_id, article.row["text_hash"], article.signature)


def stored_duplicate_candidates(con: duckdb.DuckDBPyConnection, outcomes: list[FileOutcome]) -> DuplicateIndex:
    """The originals in the warehouse a batch could duplicate: the same normalised text, or a
    shared LSH band. Fetched per batch, so memory does not grow with the warehouse.

    The batch's own files are being re-read: their previous text is not an original any more.
    """
    articles = [a for o in outcomes for a in o.articles]
    index = DuplicateIndex()
    if not articles:
        return index
    rows = con.execute(
        """
        select a.article_id, a.text_hash, s.minhash
        from landing.articles a join landing.article_signatures s using (article_id)
        where a.duplicate_of is null
          and a.source_file not in (select unnest(?::varchar[]))
          and (a.text_hash in (select unnest(?::varchar[]))
               or a.article_id in (
                   select article_id from landing.signature_bands where band_key in (select unnest(?::bigint[]))))
        order by a.ingested_at, a.source_file, a.record_index
        """,
        [
            [o.raw.path for o in outcomes],
            [a.row["text_hash"] for a in articles],
            [key for a in articles for key in a.bands],
        ],
    ).fetchall()
    for article_id, body_hash, signature in rows:
        index.add(article_id, body_hash, signature)
    return index


def _extraction_rows(article: PreparedArticle) -> dict[str, list[dict]]:
    rows: dict[str, list[dict]] = defaultdict(list)
    article_id = article.article_id
    rows["boilerplate_lines"] = [
        {"article_id": article_id, "line_index": r.line_index, "line_text": r.text, "reason": r.reason}
        for r in article.clean.removed
    ]
    rows["article_signatures"] = [{"article_id": article_id, "minhash": article.signature}]
    rows["signature_bands"] = [{"article_id": article_id, "band_key": key} for key in article.bands]
    extraction = article.extraction
    if extraction is None:
        return rows
    rows["article_actors"] = [{"article_id": article_id, **_fields(a)} for a in extraction.actors]
    rows["mentions"] = [
        {"article_id": article_id, "mention_text": m.text, **_without(_fields(m), "text")} for m in extraction.mentions
    ]
    rows["quotes"] = [
        {"article_id": article_id, "quote_index": i, "quote_text": q.text, **_without(_fields(q), "text")}
        for i, q in enumerate(extraction.quotes)
    ]
    rows["events"] = [{"article_id": article_id, "event_index": i, **_fields(e)} for i, e in enumerate(extraction.events)]
    return rows


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _fields(record) -> dict:
    """``dataclasses.asdict`` for the flat extraction records, without its recursive deep copy.

    asdict was ~70% of the load stage; these records hold only str/int/float/bool/None.
    """
    names = _FIELD_NAMES.get(type(record))
    if names is None:
        names = _FIELD_NAMES[type(record)] = tuple(f.name for f in dataclass_fields(record))
    return {name: getattr(record, name) for name in names}


def _without(values: dict, key: str) -> dict:
    values.pop(key)
    return values


def load_outcomes(con: duckdb.DuckDBPyConnection, outcomes: list[FileOutcome], now: datetime) -> None:
    """One transaction per batch: replaces everything previously loaded from these files."""
    tables: dict[str, list[dict]] = defaultdict(list)
    for outcome in outcomes:
        for article in outcome.articles:
            tables["articles"].append(article.row)
            for table, rows in _extraction_rows(article).items():
                tables[table].extend(rows)
    con.begin()
    try:
        warehouse.delete_articles_of_files(con, [o.raw.path for o in outcomes])
        for table in ("articles", *warehouse.ARTICLE_TABLES):
            warehouse.insert_rows(con, table, tables[table])
        # One statement per table for the whole batch: a single-row upsert costs ~3 ms.
        files, rejections, accepted = [], [], []
        for outcome in outcomes:
            raw = outcome.raw
            files.append({
                "path": raw.path, "size_bytes": raw.size_bytes, "content_hash": raw.content_hash,
                "file_format": raw.file_format, "status": "rejected" if outcome.error else "loaded", "mtime": raw.mtime,
            })
            reason = outcome.error or (
                f"{len(outcome.record_errors)} record(s) refused: " + "; ".join(outcome.record_errors)
                if outcome.record_errors else None
            )
            if reason:
                rejections.append((raw.path, raw.content_hash, reason))
            else:
                accepted.append(raw.path)
        warehouse.record_files(con, files, now)
        warehouse.record_rejections(con, rejections, now)
        warehouse.clear_rejections(con, accepted)
        con.commit()
    except BaseException:
        con.rollback()
        raise


def unique_files(files: list[RawFile]) -> list[RawFile]:
    """A path listed twice (changed, and a copy of a removed original) is read once, with the
    first listing's hash (the one discovery just computed)."""
    return list({raw.path: raw for raw in reversed(files)}.values())[::-1]


def prepare_batch(con: duckdb.DuckDBPyConnection, raw_dir: Path, files: list[RawFile], now: datetime) -> list[FileOutcome]:
    """Read, clean and de-duplicate a batch in this process: everything before extraction."""
    outcomes = [read_and_clean(raw_dir, raw, now) for raw in unique_files(files)]
    mark_duplicates(con, outcomes)
    return outcomes


# The extractors' model and lexicons are English: other languages are cleaned and loaded, not extracted.
EXTRACT_LANGUAGES = frozenset({"en", None})


def articles_to_extract(outcomes: list[FileOutcome]) -> list[PreparedArticle]:
    """English originals only: a duplicate's quotes and events would be counted twice, and the
    English extractors would invent quotes and events in other languages (language None, too
    short to tell, counts as English)."""
    return [
        a for o in outcomes for a in o.articles
        if a.row["duplicate_of"] is None and a.row.get("language") in EXTRACT_LANGUAGES
    ]


def extraction_inputs(articles: list[PreparedArticle]) -> list[ArticleInput]:
    return [ArticleInput(a.row["body"], a.row["title"], a.row["published_at"]) for a in articles]


def attach_extractions(articles: list[PreparedArticle], extractions: list[Extraction]) -> None:
    for article, extraction in zip(articles, extractions, strict=True):
        article.extraction = extraction


def batch_stats(outcomes: list[FileOutcome]) -> BatchStats:
    articles = [a for o in outcomes for a in o.articles]
    return BatchStats(
        files=len(outcomes),
        files_rejected=sum(1 for o in outcomes if o.error),
        articles=len(articles),
        duplicates=sum(1 for a in articles if a.row["duplicate_of"] is not None),
        quotes=sum(len(a.extraction.quotes) for a in articles if a.extraction),
        events=sum(len(a.extraction.events) for a in articles if a.extraction),
    )


def process_batch(
    con: duckdb.DuckDBPyConnection,
    raw_dir: Path,
    files: list[RawFile],
    extractor: Extractor,
    now: datetime,
) -> BatchStats:
    """All stages of one batch in this process (the flow runs the same steps as separate tasks)."""
    seconds: dict[str, float] = {}
    started = time.perf_counter()
    outcomes = prepare_batch(con, raw_dir, files, now)
    seconds["clean"] = time.perf_counter() - started

    started = time.perf_counter()
    originals = articles_to_extract(outcomes)
    attach_extractions(originals, extractor(extraction_inputs(originals)))
    seconds["extract"] = time.perf_counter() - started

    started = time.perf_counter()
    load_outcomes(con, outcomes, now)
    seconds["load"] = time.perf_counter() - started

    stats = batch_stats(outcomes)
    stats.seconds.update(seconds)
    return stats


def queue_files(con: duckdb.DuckDBPyConnection, inventory: Inventory, now: datetime) -> list[RawFile]:
    """Settle what discovery found and return the files this run reads, in order.

    Removed files are forgotten and refused ones recorded; files hashed again and found
    unchanged keep their new size and mtime, so the next run need not read them. Copies whose
    original was removed are read again (one of them becomes the original). Every queued file's
    previous articles go now, before the first batch: no batch may mark a duplicate of text
    about to be replaced.
    """
    orphaned_duplicates = warehouse.forget_files(con, inventory.removed)
    warehouse.restamp_files(con, inventory.restamped)
    for rejection in inventory.rejected:
        warehouse.record_rejection(con, rejection.path, rejection.content_hash, rejection.reason, now)
    queued = {f.path for f in inventory.to_process}
    files = inventory.to_process + [f for f in orphaned_duplicates if f.path not in queued]
    warehouse.delete_articles_of_files(con, [f.path for f in files])
    return files
