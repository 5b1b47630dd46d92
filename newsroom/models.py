"""Records passed between pipeline stages.

Plain dataclasses so that every stage can be unit-tested without a database,
and so the loader can turn them into rows with ``dataclasses.asdict``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class RawFile:
    """One file found under the raw folder."""

    path: str  # relative to the raw folder, POSIX separators
    size_bytes: int
    content_hash: str  # sha256 hex of the bytes
    file_format: str  # txt | html | json | jsonl
    mtime: float


@dataclass(frozen=True)
class FilePart:
    """The records of ``raw`` that one batch reads: all of them, or, for a JSON or JSON Lines file
    holding more than a batch, records ``start`` to ``stop`` (exclusive; None: to the end).

    JSON Lines parts are byte ranges ``[offset, end)`` with the sha256 of those bytes, taken when
    the batches were planned after checking the whole file against discovery's hash (None: it did
    not match), so a part reads only its own bytes and still loads nothing discovery did not see.
    """

    raw: RawFile
    start: int = 0
    stop: int | None = None
    offset: int = 0
    end: int | None = None
    digest: str | None = None

    @property
    def first(self) -> bool:
        return self.start == 0

    @property
    def last(self) -> bool:
        return self.stop is None


@dataclass
class SourceRecord:
    """One article as read from a file, before cleaning.

    A JSON file may hold many records; txt/html files hold one.
    Exactly one of ``text`` or ``html`` is set.
    """

    source_file: str
    record_index: int
    source_format: str  # txt | html | json
    text: str | None = None
    html: str | None = None
    url: str | None = None
    title: str | None = None
    author: str | None = None
    published: str | None = None  # as found; parsed during cleaning
    outlet: str | None = None
    warnings: list[str] = field(default_factory=list)  # what reading changed (replaced bytes, cut fields)


@dataclass(frozen=True)
class RemovedLine:
    """A line the cleaner dropped, kept so users can audit the cleaner."""

    line_index: int
    text: str
    reason: str


@dataclass
class CleanArticle:
    """An article after cleaning: structure separated from body text."""

    title: str | None
    subtitle: str | None
    byline: str | None
    dateline: str | None
    paragraphs: list[str]
    removed: list[RemovedLine] = field(default_factory=list)
    language: str | None = None  # ISO 639-1 code of the body, None when unsure
    published: datetime | None = None  # the date printed in the header zone (date or byline line)

    @property
    def body(self) -> str:
        """Body paragraphs joined by blank lines; extractor offsets index into this."""
        return "\n\n".join(self.paragraphs)


@dataclass
class ArticleActor:
    """One actor as resolved within one article (all its mentions point here)."""

    entity_index: int  # local to the article
    name: str  # canonical name (alias table applied when it knows the actor)
    actor_type: str  # person | organization | country | group | other
    country_code: str | None = None  # ISO 3166 alpha-3
    cameo_actor_code: str | None = None  # e.g. USAGOV


@dataclass
class Mention:
    entity_index: int
    text: str  # as written
    start_char: int  # offsets into CleanArticle.body
    end_char: int
    sentence_index: int
    mention_kind: str  # name | pronoun | description | metonym


@dataclass
class Quote:
    text: str
    quote_kind: str  # direct | partial | indirect
    speaker_entity: int | None
    speaker_mention: str | None  # as written, e.g. "he"
    cue: str | None  # reporting verb or phrase
    start_char: int | None  # offsets into body; None when in_headline
    end_char: int | None
    sentence_index: int | None
    in_headline: bool = False


@dataclass
class Event:
    sentence_index: int
    actor1_entity: int | None
    actor2_entity: int | None
    cameo_code: str  # text: '010' != '10'
    trigger_text: str
    sentence_text: str
    confidence: float
    event_date: str | None = None  # ISO date resolved against published_at


@dataclass
class Extraction:
    actors: list[ArticleActor] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    error: str | None = None  # extraction failed on this article: it is refused, not loaded


@dataclass(frozen=True)
class ArticleInput:
    """What the extractors see of an article."""

    body: str
    title: str | None
    published_at: datetime | None  # aware, UTC
    byline: str | None = None  # the author names the cleaner found: a signed statement's "I" is its signer
