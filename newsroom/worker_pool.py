"""Both cores for the CPU-bound stages: cleaning and extraction run in worker processes.

One spaCy model per worker, loaded once. spaCy's own ``n_process`` pickles Doc objects back
to the parent; our workers return the small cleaned/extracted records instead.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TypeVar

from newsroom.models import ArticleInput, Extraction, FilePart
from newsroom.pipeline import FileOutcome, read_and_clean
from newsroom.processes import die_with_parent
from newsroom.reasons import capped, describe

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
    from newsroom.extract import load_nlp

    load_nlp()


def _extract_batch(items: list[ArticleInput]) -> list[Extraction]:
    """spaCy is imported where articles are extracted: the flow's own process, which hands batches to the
    workers, then does not pay for the import (~1 s of CPU) unless it extracts a small batch itself."""
    from newsroom.extract import extract_batch

    return extract_batch(items)


def _ready() -> None:
    """Runs on a restarted pool: a worker that cannot even start is the system, not an input."""


def _read_and_clean_files(
    raw_dir: Path, now: datetime, max_chars: int, parts: list[FilePart]
) -> list[FileOutcome]:
    return [read_and_clean(raw_dir, part, now, max_chars) for part in parts]


class WorkerPool:
    """Order-preserving, chunked map over worker processes started on first real use.

    An input that kills a worker (a crash in a C library, the OOM killer) must not end the run:
    the pool is restarted, the items of the chunks that did not come back are run again one at a
    time, and an item on which a worker dies again is refused with ``refuse(item, reason)``.
    """

    def __init__(self, workers: int) -> None:
        self.workers = max(1, workers)
        self._executor: ProcessPoolExecutor | None = None

    def _start(self) -> ProcessPoolExecutor:
        if self._executor is None:
            # spawn, not fork: the parent holds DuckDB and Prefect threads that must not be forked.
            self._executor = ProcessPoolExecutor(
                self.workers, mp_context=multiprocessing.get_context("spawn"), initializer=_start_worker
            )
        return self._executor

    def _restart(self) -> None:
        self.close()
        try:
            self._start().submit(_ready).result()
        except BrokenProcessPool as exc:
            raise RuntimeError("worker processes die as they start; not caused by any input") from exc

    def map(
        self,
        function: Callable[[list[Item]], list[Result]],
        items: Sequence[Item],
        refuse: Callable[[Item, str], Result],
    ) -> list[Result]:
        if not items:
            return []
        if self.workers == 1 or (self._executor is None and len(items) < MIN_ITEMS_FOR_WORKERS):
            # Once the workers are up, small batches (the last one of a run) go to them too:
            # extracting here would load a second copy of the model into this process.
            return function(list(items))
        executor = self._start()
        chunk = max(MIN_CHUNK, -(-len(items) // (self.workers * CHUNKS_PER_WORKER)))
        parts = [list(items[i : i + chunk]) for i in range(0, len(items), chunk)]
        futures = [executor.submit(function, part) for part in parts]
        results: list[list[Result] | None] = []
        for future in futures:
            try:
                results.append(future.result())
            except BrokenProcessPool:
                results.append(None)
        if any(result is None for result in results):
            self._restart()
            results = [
                result if result is not None else [self._alone(function, item, refuse) for item in part]
                for part, result in zip(parts, results, strict=True)
            ]
        return [result for part in results for result in part]

    def _alone(
        self,
        function: Callable[[list[Item]], list[Result]],
        item: Item,
        refuse: Callable[[Item, str], Result],
    ) -> Result:
        try:
            return self._start().submit(function, [item]).result()[0]
        except BrokenProcessPool as exc:
            self._restart()
            return refuse(item, capped(f"a worker process died while processing it ({describe(exc)})"))

    def clean(
        self, raw_dir: Path, parts: Sequence[FilePart], now: datetime, max_chars: int
    ) -> list[FileOutcome]:
        return self.map(partial(_read_and_clean_files, raw_dir, now, max_chars), parts, _refused_part)

    def extract(self, items: Sequence[ArticleInput]) -> list[Extraction]:
        return self.map(_extract_batch, items, _failed_extraction)

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


def _refused_part(part: FilePart, reason: str) -> FileOutcome:
    return FileOutcome(part, error=reason)


def _failed_extraction(item: ArticleInput, reason: str) -> Extraction:
    return Extraction(error=reason)
