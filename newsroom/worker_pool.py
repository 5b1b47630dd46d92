"""Both cores for the CPU-bound stages: cleaning and extraction run in worker processes.

One spaCy model per worker, loaded once. spaCy's own ``n_process`` pickles Doc objects back
to the parent; our workers return the small cleaned/extracted records instead.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TypeVar

from newsroom.extract import extract_batch, load_nlp
from newsroom.models import ArticleInput, Extraction, RawFile
from newsroom.pipeline import FileOutcome, read_and_clean
from newsroom.processes import die_with_parent

# Below this many items the start-up of worker processes (model load) costs more than it saves.
MIN_ITEMS_FOR_WORKERS = 40
# Each worker gets several smaller chunks rather than one half of the batch, so a worker that drew
# the longer articles (or lost its core to another process for a while) does not leave the other
# idle at the end of every batch. A chunk of fewer than MIN_CHUNK items is not worth a round trip.
CHUNKS_PER_WORKER = 4
MIN_CHUNK = 8

Item = TypeVar("Item")
Result = TypeVar("Result")


def _start_worker() -> None:
    die_with_parent()
    load_nlp()


def _read_and_clean_files(raw_dir: Path, now: datetime, files: list[RawFile]) -> list[FileOutcome]:
    return [read_and_clean(raw_dir, raw, now) for raw in files]


class WorkerPool:
    """Order-preserving, chunked map over worker processes started on first real use."""

    def __init__(self, workers: int) -> None:
        self.workers = max(1, workers)
        self._executor: ProcessPoolExecutor | None = None

    def _map(self, function: Callable[[list[Item]], list[Result]], items: Sequence[Item]) -> list[Result]:
        if not items:
            return []
        if self.workers == 1 or (self._executor is None and len(items) < MIN_ITEMS_FOR_WORKERS):
            # Once the workers are up, small batches (the last one of a run) go to them too:
            # extracting here would load a second copy of the model into this process.
            return function(list(items))
        if self._executor is None:
            # spawn, not fork: the parent holds DuckDB and Prefect threads that must not be forked.
            self._executor = ProcessPoolExecutor(
                self.workers, mp_context=multiprocessing.get_context("spawn"), initializer=_start_worker
            )
        chunk = max(MIN_CHUNK, -(-len(items) // (self.workers * CHUNKS_PER_WORKER)))
        parts = [list(items[i : i + chunk]) for i in range(0, len(items), chunk)]
        return [result for part in self._executor.map(function, parts) for result in part]

    def clean(self, raw_dir: Path, files: Sequence[RawFile], now: datetime) -> list[FileOutcome]:
        return self._map(partial(_read_and_clean_files, raw_dir, now), files)

    def extract(self, items: Sequence[ArticleInput]) -> list[Extraction]:
        return self._map(extract_batch, items)

    def close(self, abort: bool = False) -> None:
        """``abort``: stop the workers now (the run is failing or was told to stop) instead of
        letting them finish their chunks."""
        if self._executor is None:
            return
        if abort:
            # The pool's workers are this process's multiprocessing children (a failing run has
            # no use for any other either).
            for worker in multiprocessing.active_children():
                worker.terminate()
        self._executor.shutdown(wait=True, cancel_futures=abort)
        self._executor = None

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, exc_type: type | None, *exc_info: object) -> None:
        self.close(abort=exc_type is not None)
