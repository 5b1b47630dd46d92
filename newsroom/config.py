"""Settings from environment variables: the one place configuration is read."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
# DuckDB's buffer pool otherwise grows towards 80% of RAM as the warehouse grows; capped, it spills
# to disk instead. The loader writes one batch at a time: with a 512 MB cap the pages it had
# written stayed cached and the flow process grew ~8 MB per 1,000 articles; at 128 MB it stays
# flat, inserting as fast. dbt's cap (NEWS_DUCKDB_MEMORY) is read by dbt/profiles.yml.
DEFAULT_LOAD_MEMORY = "128MB"
# A batch is what the flow holds in memory at once: at most this many records (articles), and
# this many characters of text. A file holding more is read in parts over several batches.
DEFAULT_BATCH_SIZE = 200
DEFAULT_BATCH_CHARS = 4_000_000
# One article's text is cut to this many characters (and flagged): spaCy parses ~10,000
# characters a second, and no news article is longer (a 60-million-character record would take
# hours); the longest features and transcripts stay whole.
DEFAULT_MAX_ARTICLE_CHARS = 200_000


def _path(name: str, default: str, override: str | None = None) -> Path:
    value = override or os.environ.get(name) or default
    path = Path(value).expanduser()
    return path if path.is_absolute() else (Path.cwd() / path)


@dataclass(frozen=True)
class Settings:
    raw_dir: Path
    warehouse: Path
    dbt_project_dir: Path
    batch_size: int  # records
    batch_chars: int
    max_article_chars: int
    workers: int
    dask_address: str | None
    lock_timeout: float
    load_memory: str

    @property
    def working_copy(self) -> Path:
        """The file a run writes to; readers only ever see ``warehouse`` after an atomic replace."""
        return self.warehouse.with_name(self.warehouse.name + ".building")

    @property
    def lock_file(self) -> Path:
        return self.warehouse.with_name(self.warehouse.name + ".lock")

    @property
    def docs_dir(self) -> Path:
        """The generated docs site (index.html and a single-file static_index.html)."""
        return self.warehouse.parent / "docs"

    @property
    def dbt_target_dir(self) -> Path:
        """dbt artifacts per warehouse, so two warehouses never share compiled state."""
        return self.warehouse.parent / "dbt_target"


def load_settings(raw_dir: str | None = None, warehouse: str | None = None) -> Settings:
    """Environment variables with defaults; explicit arguments (flow parameters) win."""
    return Settings(
        raw_dir=_path("NEWS_RAW_DIR", "raw", raw_dir),
        warehouse=_path("NEWS_WAREHOUSE", "warehouse/news.duckdb", warehouse),
        dbt_project_dir=PROJECT_ROOT / "dbt",
        batch_size=int(os.environ.get("NEWS_BATCH_SIZE") or DEFAULT_BATCH_SIZE),
        batch_chars=int(os.environ.get("NEWS_BATCH_CHARS") or DEFAULT_BATCH_CHARS),
        max_article_chars=int(os.environ.get("NEWS_MAX_ARTICLE_CHARS") or DEFAULT_MAX_ARTICLE_CHARS),
        workers=int(os.environ.get("NEWS_WORKERS", str(min(2, os.cpu_count() or 1)))),
        dask_address=os.environ.get("NEWS_DASK_ADDRESS") or None,
        lock_timeout=float(os.environ.get("NEWS_LOCK_TIMEOUT", "0")),
        load_memory=os.environ.get("NEWS_LOAD_MEMORY") or DEFAULT_LOAD_MEMORY,
    )
