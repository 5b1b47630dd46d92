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
# A fresh PREFECT_HOME migrates Prefect's database on the first start: 30-40 s on a busy machine,
# beyond Prefect's own 20 s limit. Waiting costs nothing when the server is up sooner.
DEFAULT_API_START_TIMEOUT = 600
# A hung run must not hold the lock for good; a full run of 10,000 articles takes ~15 minutes.
DEFAULT_RUN_TIMEOUT = 6 * 3600


class ConfigError(ValueError):
    """A setting that cannot be used; its message names the variable and what it must be."""


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
    run_timeout: float
    api_start_timeout: float

    @property
    def working_copy(self) -> Path:
        """The file a run writes to; readers only ever see ``warehouse`` after an atomic replace."""
        return self.warehouse.with_name(self.warehouse.name + ".building")

    @property
    def lock_file(self) -> Path:
        return self.warehouse.with_name(self.warehouse.name + ".lock")

    @property
    def docs_dir(self) -> Path:
        """The generated docs site (index.html and a single-file static_index.html), one per
        warehouse: two warehouses in one folder must not describe each other."""
        return self.warehouse.with_name(self.warehouse.name + ".docs")

    @property
    def dbt_target_dir(self) -> Path:
        """dbt artifacts per warehouse, so two warehouses never share compiled state."""
        return self.warehouse.with_name(self.warehouse.name + ".dbt")


def _number(name: str, default: float, kind: type = int, minimum: float = 0) -> float:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = kind(raw)
    except ValueError:
        raise ConfigError(
            f"{name}={raw!r} is not {'a whole number' if kind is int else 'a number'}"
        ) from None
    if value < minimum:
        raise ConfigError(f"{name}={raw!r} must be at least {minimum}")
    return value


def load_settings(raw_dir: str | None = None, warehouse: str | None = None) -> Settings:
    """Environment variables with defaults; explicit arguments (flow parameters) win.

    Raises ConfigError, with a one-line message, for a value that cannot be used."""
    return Settings(
        raw_dir=_path("NEWS_RAW_DIR", "raw", raw_dir),
        warehouse=_path("NEWS_WAREHOUSE", "warehouse/news.duckdb", warehouse),
        dbt_project_dir=PROJECT_ROOT / "dbt",
        batch_size=_number("NEWS_BATCH_SIZE", DEFAULT_BATCH_SIZE, minimum=1),
        batch_chars=_number("NEWS_BATCH_CHARS", DEFAULT_BATCH_CHARS, minimum=1),
        max_article_chars=_number("NEWS_MAX_ARTICLE_CHARS", DEFAULT_MAX_ARTICLE_CHARS, minimum=1),
        workers=_number("NEWS_WORKERS", min(2, os.cpu_count() or 1), minimum=1),
        dask_address=os.environ.get("NEWS_DASK_ADDRESS") or None,
        lock_timeout=_number("NEWS_LOCK_TIMEOUT", 0, float),
        load_memory=os.environ.get("NEWS_LOAD_MEMORY") or DEFAULT_LOAD_MEMORY,
        run_timeout=_number("NEWS_RUN_TIMEOUT", DEFAULT_RUN_TIMEOUT, float),
        api_start_timeout=_number("NEWS_API_START_TIMEOUT", DEFAULT_API_START_TIMEOUT, float, minimum=1),
    )
