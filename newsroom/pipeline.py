"""The stages of one ingestion batch: read -> clean -> de-duplicate -> extract -> load.

Plain Python so it is unit-tested without Prefect. ``process_batch`` is the one batch path:
the tests call it directly, ``flows/ingest.py`` with its Prefect tasks for cleaning and loading
(worker pool, retries, the UI).
"""

from __future__ import annotations

import hashlib
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from dataclasses import fields as dataclass_fields
from datetime import datetime
from functools import partial
from pathlib import Path
from urllib.parse import urlparse

import duckdb

from newsroom import warehouse
from newsroom.clean import clean_text
from newsroom.clean.boilerplate.bylines import tidy_byline
from newsroom.config import DEFAULT_BATCH_CHARS, DEFAULT_BATCH_SIZE, DEFAULT_MAX_ARTICLE_CHARS
from newsroom.dates import parse_published
from newsroom.dedupe import DuplicateIndex, band_keys, minhash_signature, text_hash
from newsroom.discover import Inventory
from newsroom.models import ArticleInput, CleanArticle, Extraction, FilePart, RawFile, SourceRecord
from newsroom.readers import (
    MAX_ARTICLE_FILE_BYTES,
    FileChanged,
    RejectedInput,
    read_part,
    record_sizes,
    seal_parts,
)
from newsroom.readers.html import read_html
from newsroom.reasons import capped, describe, summarise

Extractor = Callable[[list[ArticleInput]], list[Extraction]]
KEPT_REASONS = 20  # of a file's refused records, for its rejection reason


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
    """What reading, cleaning (and later extracting) one part of a file gave.

    ``error`` is set for the whole file: while reading, when nothing of it can be used; by the
    Loader, with the file's verdict, on its last part. ``retry``: the error is not about the
    content (the file changed or could not be read), so the next run tries it again.
    """

    part: FilePart
    articles: list[PreparedArticle] = field(default_factory=list)
    refused: int = 0  # records refused
    record_errors: list[str] = field(default_factory=list)  # the first few of their reasons
    error: str | None = None
    retry: bool = False
    withdrawn: int = 0  # articles of earlier parts deleted with the file's rejection
    written: bool = False  # committed: a retried load must not count it twice

    @property
    def raw(self) -> RawFile:
        return self.part.raw

    def refuse(self, reason: str) -> None:
        """One record refused; a file of a million junk lines keeps 20 reasons, not a million."""
        self.refused += 1
        if len(self.record_errors) < KEPT_REASONS:
            self.record_errors.append(capped(reason))


@dataclass
class BatchStats:
    files: int = 0
    files_rejected: int = 0
    records_refused: int = 0  # in files that loaded other records (their reasons are in rejected_files)
    articles: int = 0
    duplicates: int = 0
    quotes: int = 0
    events: int = 0
    seconds: dict[str, float] = field(default_factory=lambda: defaultdict(float))

    def add(self, other: BatchStats) -> None:
        for name in (
            "files",
            "files_rejected",
            "records_refused",
            "articles",
            "duplicates",
            "quotes",
            "events",
        ):
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


def cut_text(text: str, limit: int) -> str:
    """``text`` if short enough, else its first ``limit`` characters, ending at a line break (or a
    space) in the last half when there is one."""
    if len(text) <= limit:
        return text
    for separator in ("\n", " "):
        cut = text.rfind(separator, limit // 2, limit)
        if cut > 0:
            return text[:cut]
    return text[:limit]


def clean_record(
    record: SourceRecord, raw: RawFile, now: datetime, max_chars: int = DEFAULT_MAX_ARTICLE_CHARS
) -> PreparedArticle:
    """Clean one source record; raise RejectedInput when no article text survives.

    The text is cut to ``max_chars`` before cleaning (and the article flagged): spaCy parses
    ~10,000 characters a second, and a 60-million-character "article" is a dump, not news.
    """
    meta: dict = {}
    text = record.text
    warnings = list(record.warnings)
    if record.html is not None and not (text or "").strip():
        if len(record.html) > MAX_ARTICLE_FILE_BYTES:
            raise RejectedInput(f"HTML too large for one article ({len(record.html):,} characters)")
        text, meta = read_html(record.html, url=record.url)
        if not text.strip():
            raise RejectedInput("no article text found in the HTML")
    text = text or ""
    if len(text) > max_chars:
        shorter = cut_text(text, max_chars)
        warnings.append(f"text cut to {len(shorter):,} of {len(text):,} characters (NEWS_MAX_ARTICLE_CHARS)")
        text = shorter
    clean = clean_text(
        text,
        title=record.title or meta.get("title"),
        byline=record.author or meta.get("author"),
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
        "byline": clean.byline or tidy_byline(record.author or meta.get("author")),
        "dateline": clean.dateline,
        "published_at": parse_published(record.published or meta.get("date")) or clean.published,
        "body": body,
        "content_hash": raw.content_hash,
        "text_hash": text_hash(body),
        "duplicate_of": None,
        "duplicate_method": None,
        "ingest_warnings": "; ".join(warnings) or None,
        "ingested_at": now,
        "language": clean.language,
    }
    signature = minhash_signature(body)
    return PreparedArticle(row=row, clean=clean, signature=signature, bands=band_keys(signature))


def read_and_clean(
    raw_dir: Path, part: FilePart | RawFile, now: datetime, max_chars: int = DEFAULT_MAX_ARTICLE_CHARS
) -> FileOutcome:
    """Never raises for anything in the file: the outcome says what was loaded and what was refused.

    Whatever goes wrong with one record refuses that record; with the file (it cannot be read,
    changed, is not JSON, makes a parser recurse too deep), the whole file.
    """
    part = part if isinstance(part, FilePart) else FilePart(part)
    outcome = FileOutcome(part)
    try:
        for record in read_part(raw_dir, part):
            if isinstance(record, RejectedInput):
                outcome.refuse(str(record))
                continue
            try:
                outcome.articles.append(clean_record(record, part.raw, now, max_chars))
            except Exception as exc:
                prefix = f"record {record.record_index}: " if record.source_format == "json" else ""
                reason = str(exc) if isinstance(exc, RejectedInput) else describe(exc)
                outcome.refuse(prefix + reason)
    except FileChanged as exc:
        outcome.error, outcome.retry = str(exc), True
    except RejectedInput as exc:
        outcome.error = capped(str(exc))
    except OSError as exc:
        outcome.error, outcome.retry = capped(f"cannot read file: {exc.strerror or exc}"), True
    except Exception as exc:
        outcome.error = describe(exc)
    if outcome.error:
        outcome.articles, outcome.refused, outcome.record_errors = [], 0, []
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


def stored_duplicate_candidates(
    con: duckdb.DuckDBPyConnection, outcomes: list[FileOutcome]
) -> DuplicateIndex:
    """The originals in the warehouse a batch could duplicate: the same normalised text, or a
    shared LSH band. Fetched per batch, so memory does not grow with the warehouse.

    The batch's own files are being re-read: their previous text is not an original any more
    (but the earlier parts of a file read in parts are this run's text, originals like any other).
    """
    articles = [a for o in outcomes for a in o.articles]
    index = DuplicateIndex()
    if not articles:
        return index
    rows = con.execute(
        """
        select a.article_id, a.text_hash, s.minhash
        from landing.extracted_articles a join landing.article_signatures s using (article_id)
        where a.duplicate_of is null
          and a.source_file not in (select unnest(?::varchar[]))
          and (a.text_hash in (select unnest(?::varchar[]))
               or a.article_id in (
                   select article_id from landing.signature_bands where band_key in (select unnest(?::bigint[]))))
        order by a.ingested_at, a.source_file, a.record_index
        """,
        [
            [o.raw.path for o in outcomes if o.part.first],
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
    rows["extracted_boilerplate_lines"] = [
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
        {"article_id": article_id, "mention_text": m.text, **_without(_fields(m), "text")}
        for m in extraction.mentions
    ]
    rows["extracted_quotes"] = [
        {"article_id": article_id, "quote_index": i, "quote_text": q.text, **_without(_fields(q), "text")}
        for i, q in enumerate(extraction.quotes)
    ]
    rows["extracted_events"] = [
        {"article_id": article_id, "event_index": i, **_fields(e)} for i, e in enumerate(extraction.events)
    ]
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


@dataclass
class _Carry:
    """What the parts of one file read so far add up to."""

    articles: int = 0
    refused: int = 0
    reasons: list[str] = field(default_factory=list)  # the first few refused records' reasons
    error: str | None = None
    retry: bool = False

    def plus(self, outcome: FileOutcome) -> _Carry:
        return _Carry(
            articles=self.articles + len(outcome.articles),
            refused=self.refused + outcome.refused,
            reasons=(self.reasons + outcome.record_errors)[:KEPT_REASONS],
            error=self.error or outcome.error,
            retry=self.retry if self.error else outcome.retry,
        )


def _refuse_failed_extractions(outcomes: list[FileOutcome]) -> None:
    """An article whose extraction failed is a refused record; so are its duplicates in the batch,
    which would otherwise point at an article that is never loaded."""
    failed = {
        a.article_id: a.extraction.error
        for o in outcomes
        for a in o.articles
        if a.extraction and a.extraction.error
    }
    if not failed:
        return
    for outcome in outcomes:
        kept = []
        for article in outcome.articles:
            reason = failed.get(article.article_id) or failed.get(article.row["duplicate_of"])
            if reason is None:
                kept.append(article)
                continue
            prefix = (
                f"record {article.row['record_index']}: " if article.row["source_format"] == "json" else ""
            )
            outcome.refuse(f"{prefix}extraction failed: {reason}")
        outcome.articles = kept


class Loader:
    """Writes batches into the working copy, one transaction per batch, replacing whatever the
    files held before.

    A file's ``raw_files`` and ``rejected_files`` rows are written once, with its last part (a
    JSON Lines file of 20,000 records spans many batches); until then the Loader keeps what its
    earlier parts added up to. Nothing in one file can fail a batch: when the batch's transaction
    fails, each file is loaded in its own, and a file whose own load fails is refused with the
    reason. When even that cannot be written the warehouse itself is failing, and that raises.
    """

    def __init__(self, con: duckdb.DuckDBPyConnection, now: datetime) -> None:
        self.con, self.now = con, now
        self._carried: dict[str, _Carry] = {}

    def load(self, outcomes: list[FileOutcome]) -> None:
        """Idempotent: a load retried after a failure writes only what did not commit."""
        _refuse_failed_extractions(outcomes)
        outcomes = [o for o in outcomes if not o.written]
        try:
            self._write(outcomes)
        except Exception:
            for outcome in outcomes:
                try:
                    self._write([outcome])
                except Exception as exc:
                    outcome.articles, outcome.refused, outcome.record_errors = [], 0, []
                    outcome.error, outcome.retry = capped(f"cannot be loaded: {describe(exc)}"), False
                    self._write([outcome])

    def _write(self, outcomes: list[FileOutcome]) -> None:
        """One transaction; the outcomes and the carried totals change only once it committed."""
        con = self.con
        totals = [self._carried.get(o.raw.path, _Carry()).plus(o) for o in outcomes]
        tables: dict[str, list[dict]] = defaultdict(list)
        for outcome, total in zip(outcomes, totals, strict=True):
            for article in [] if total.error else outcome.articles:
                tables["extracted_articles"].append(article.row)
                for table, rows in _extraction_rows(article).items():
                    tables[table].extend(rows)
        files, rejections, accepted, withdrawn, forgotten = [], [], [], [], []
        for outcome, total in zip(outcomes, totals, strict=True):
            if not outcome.part.last:
                continue
            raw = outcome.raw
            error = total.error or (
                None if total.articles else summarise(total.reasons, total.refused) or "no article found"
            )
            reason = error or (
                f"{total.refused:,} record(s) refused: " + summarise(total.reasons, total.refused)
                if total.refused
                else None
            )
            if error and not outcome.part.first:
                withdrawn.append(raw.path)  # the articles its earlier parts loaded
            if error and total.retry:
                # No raw_files row and no hash: the next run reads the file again, whatever its bytes.
                forgotten.append(raw.path)
                rejections.append((raw.path, None, reason))
                continue
            files.append(
                {
                    "path": raw.path,
                    "size_bytes": raw.size_bytes,
                    "content_hash": raw.content_hash,
                    "file_format": raw.file_format,
                    "status": "rejected" if error else "loaded",
                    "mtime": raw.mtime,
                }
            )
            if reason:
                rejections.append((raw.path, raw.content_hash, reason))
            else:
                accepted.append(raw.path)
        con.begin()
        try:
            warehouse.delete_articles_of_files(
                con, [o.raw.path for o in outcomes if o.part.first] + withdrawn
            )
            for table in ("extracted_articles", *warehouse.ARTICLE_TABLES):
                warehouse.insert_rows(con, table, tables[table])
            # One statement per table for the whole batch: a single-row upsert costs ~3 ms.
            warehouse.forget_raw_files(con, forgotten)
            warehouse.record_files(con, files, self.now)
            warehouse.record_rejections(con, rejections, self.now)
            warehouse.clear_rejections(con, accepted)
            con.commit()
        except BaseException:
            con.rollback()
            raise
        for outcome, total in zip(outcomes, totals, strict=True):
            outcome.written = True
            if not outcome.part.last:
                self._carried[outcome.raw.path] = total
                continue
            earlier = self._carried.pop(outcome.raw.path, _Carry())
            if total.error or not total.articles:
                outcome.withdrawn = earlier.articles
                outcome.articles = []
                outcome.error = total.error or summarise(total.reasons, total.refused) or "no article found"
                outcome.retry = total.retry


def unique_files(files: list[RawFile]) -> list[RawFile]:
    """A path listed twice (changed, and a copy of a removed original) is read once, with the
    first listing's hash (the one discovery just computed)."""
    return list({raw.path: raw for raw in reversed(files)}.values())[::-1]


def plan_batches(
    raw_dir: Path,
    files: list[RawFile],
    batch_size: int = DEFAULT_BATCH_SIZE,
    batch_chars: int = DEFAULT_BATCH_CHARS,
    max_article_chars: int = DEFAULT_MAX_ARTICLE_CHARS,
) -> list[list[FilePart]]:
    """Batches of at most ``batch_size`` records and ``batch_chars`` characters (each record
    counted at most ``max_article_chars``, what is left of it after the cut), so that what a batch
    holds in memory is bounded whatever the folder. A file holding more is split into parts over
    consecutive batches; a record larger than ``batch_chars`` has a batch of its own. A record its
    reading will refuse is not counted: a file of a million junk lines is one part, not 5,000.

    JSON and JSON Lines records are parsed here (not cleaned); nothing here raises for a file's
    content.
    """
    batches: list[list[FilePart]] = [[]]
    records = chars = 0

    def admit(weight: int) -> bool:
        """Count a record into the current batch; True when it had to start a new one."""
        nonlocal records, chars
        full = records > 0 and (records >= batch_size or chars + weight > batch_chars)
        if full:
            batches.append([])
            records = chars = 0
        records += 1
        chars += weight
        return full

    for raw in unique_files(files):
        parts: list[tuple[int, FilePart]] = []  # (batch number, part)
        start, offset, counted = 0, 0, False
        for index, (record_offset, size, readable) in enumerate(record_sizes(raw_dir, raw)):
            if not readable:
                continue  # refused when read: it takes neither memory nor a place in a batch
            number = len(batches) - 1
            if admit(min(size, max_article_chars)) and index > start:
                parts.append((number, FilePart(raw, start, index, offset, record_offset)))
                start, offset = index, record_offset or 0
            counted = True
        if not counted:
            admit(min(raw.size_bytes, max_article_chars))  # even a file that yields nothing takes a place
        parts.append((len(batches) - 1, FilePart(raw, start, None, offset, None)))
        sealed = seal_parts(raw_dir, raw, [part for _, part in parts])
        if len(sealed) == len(parts):
            for (number, _), part in zip(parts, sealed, strict=True):
                batches[number].append(part)
        else:
            batches[parts[-1][0]].append(sealed[0])
    return [batch for batch in batches if batch]


def clean_in_process(
    raw_dir: Path, parts: list[FilePart], now: datetime, max_chars: int = DEFAULT_MAX_ARTICLE_CHARS
) -> list[FileOutcome]:
    """Read and clean a batch's parts one after the other in this process (the flow uses its
    worker pool instead)."""
    return [read_and_clean(raw_dir, part, now, max_chars) for part in parts]


def prepare_batch(
    con: duckdb.DuckDBPyConnection,
    raw_dir: Path,
    parts: list[FilePart],
    now: datetime,
    max_chars: int = DEFAULT_MAX_ARTICLE_CHARS,
) -> list[FileOutcome]:
    """Read, clean and de-duplicate a batch in this process: everything before extraction."""
    outcomes = clean_in_process(raw_dir, parts, now, max_chars)
    mark_duplicates(con, outcomes)
    return outcomes


# The extractors' model and lexicons are English: other languages are cleaned and loaded, not extracted.
EXTRACT_LANGUAGES = frozenset({"en", None})


def articles_to_extract(outcomes: list[FileOutcome]) -> list[PreparedArticle]:
    """English originals only: a duplicate's quotes and events would be counted twice, and the
    English extractors would invent quotes and events in other languages (language None, too
    short to tell, counts as English)."""
    return [
        a
        for o in outcomes
        for a in o.articles
        if a.row["duplicate_of"] is None and a.row.get("language") in EXTRACT_LANGUAGES
    ]


def extraction_inputs(articles: list[PreparedArticle]) -> list[ArticleInput]:
    return [
        ArticleInput(a.row["body"], a.row["title"], a.row["published_at"], a.row["byline"]) for a in articles
    ]


def attach_extractions(articles: list[PreparedArticle], extractions: list[Extraction]) -> None:
    for article, extraction in zip(articles, extractions, strict=True):
        article.extraction = extraction


def batch_stats(outcomes: list[FileOutcome]) -> BatchStats:
    """After loading: files count once, with their last part."""
    articles = [a for o in outcomes for a in o.articles]
    return BatchStats(
        files=sum(1 for o in outcomes if o.part.last),
        files_rejected=sum(1 for o in outcomes if o.part.last and o.error),
        records_refused=sum(o.refused for o in outcomes if not o.error),
        articles=len(articles) - sum(o.withdrawn for o in outcomes),
        duplicates=sum(1 for a in articles if a.row["duplicate_of"] is not None),
        quotes=sum(len(a.extraction.quotes) for a in articles if a.extraction),
        events=sum(len(a.extraction.events) for a in articles if a.extraction),
    )


@dataclass
class StageClock:
    """Stage timing in one place: seconds per stage, and each stage's (name, start, end) in
    ``time.perf_counter()`` seconds, one clock for every process on Linux, so that a profiler
    (bench/run.py) can line its own readings up with the stages."""

    seconds: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    spans: list[tuple[str, float, float]] = field(default_factory=list)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        """Time the block as stage ``name``; a block that raises is not counted."""
        started = time.perf_counter()
        yield
        ended = time.perf_counter()
        self.seconds[name] = self.seconds.get(name, 0.0) + ended - started
        self.spans.append((name, started, ended))


# How the flow runs a stage of batch ``number`` (a Prefect task named after it); by default, in this process.
# A cleaner starts reading and cleaning the batch and returns what waits for its outcomes.
BatchCleaner = Callable[[list[FilePart], int], Callable[[], list[FileOutcome]]]
BatchLoader = Callable[[Loader, list[FileOutcome], int], None]
Progress = Callable[[int, int, BatchStats], None]
Planned = Callable[[int], object]


def process_batch(
    con: duckdb.DuckDBPyConnection,
    raw_dir: Path,
    files: list[RawFile],
    extractor: Extractor,
    now: datetime,
    batch_size: int = DEFAULT_BATCH_SIZE,
    batch_chars: int = DEFAULT_BATCH_CHARS,
    max_article_chars: int = DEFAULT_MAX_ARTICLE_CHARS,
    *,
    cleaner: BatchCleaner | None = None,
    loader: BatchLoader | None = None,
    stats: BatchStats | None = None,
    clock: StageClock | None = None,
    progress: Progress | None = None,
    planned: Planned | None = None,
    extracted: Callable[[], object] | None = None,
) -> BatchStats:
    """The one batch path, for the flow and the tests: these files in bounded batches, each
    read and cleaned, de-duplicated, extracted and loaded, timed as the stages clean, extract, load.

    Each batch's cleaning is started as soon as the batch before it is de-duplicated, so that it
    runs while that batch is extracted and loaded (the flow's workers clean it behind the
    extraction); its duplicates are marked only once the batch before it is loaded.

    The flow passes its Prefect tasks as ``cleaner`` and ``loader``, the run's totals as ``stats``
    (added to after each batch, so a failed run records what it loaded), the run's ``clock`` (by
    default the stages' seconds go to ``stats``), and ``progress``, called with (batch number,
    number of batches, the batch's stats) after each load; ``planned`` hears the number of batches
    before the first begins, ``extracted`` that the last batch is extracted, before it loads.
    """
    stats = stats if stats is not None else BatchStats()
    clock = clock or StageClock(stats.seconds)

    def clean_here(parts: list[FilePart], number: int) -> Callable[[], list[FileOutcome]]:
        return partial(clean_in_process, raw_dir, parts, now, max_article_chars)

    def load_here(target: Loader, outcomes: list[FileOutcome], number: int) -> None:
        target.load(outcomes)

    cleaner, loader = cleaner or clean_here, loader or load_here
    target = Loader(con, now)
    batches = plan_batches(raw_dir, files, batch_size, batch_chars, max_article_chars)
    if planned is not None:
        planned(len(batches))
    cleaning = cleaner(batches[0], 1) if batches else list
    for number in range(1, len(batches) + 1):
        with clock.stage("clean"):
            outcomes = cleaning()
            mark_duplicates(con, outcomes)
        if number < len(batches):
            cleaning = cleaner(batches[number], number + 1)
        with clock.stage("extract"):
            originals = articles_to_extract(outcomes)
            attach_extractions(originals, extractor(extraction_inputs(originals)))
            if number == len(batches) and extracted is not None:
                extracted()
        with clock.stage("load"):
            loader(target, outcomes, number)
        batch = batch_stats(outcomes)
        stats.add(batch)
        if progress is not None:
            progress(number, len(batches), batch)
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
