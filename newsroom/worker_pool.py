"""Both cores for the CPU-bound stages: cleaning and extraction run in worker processes.

One spaCy model per worker, loaded once. spaCy's own ``n_process`` pickles Doc objects back
to the parent; our workers return the small cleaned/extracted records instead.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import ClassVar, TypeVar

from newsroom.models import ArticleInput, Extraction, FilePart, RawFile
from newsroom.pipeline import FileOutcome, read_and_clean
from newsroom.processes import die_with_parent
from newsroom.reasons import capped, describe

# Below this many items the start-up of worker processes (model load) costs more than it saves.
MIN_ITEMS_FOR_WORKERS = 40
# A file holds one article, or a feed of many: files this small in all hold too few for workers.
SMALL_RUN_BYTES = 1_000_000
# Each worker gets several smaller chunks rather than one half of the batch, so a worker that drew
# the longer articles (or lost its core to another process for a while) does not leave the other
# idle at the end of every batch. A chunk of fewer than MIN_CHUNK items is not worth a round trip.
CHUNKS_PER_WORKER = 4
MIN_CHUNK = 8

Item = TypeVar("Item")
Result = TypeVar("Result")


def extracts_here(files: Sequence[RawFile]) -> bool:
    """Whether a run of these files will most likely extract in its own process (too few items
    for workers): then it can load the model while it waits for something else (``cli.run_flow``).
    A wrong guess costs that process a model it does not use, never a different result."""
    return len(files) < MIN_ITEMS_FOR_WORKERS and sum(f.size_bytes for f in files) <= SMALL_RUN_BYTES


def folder_extracts_here(raw_dir: Path) -> bool:
    """``extracts_here`` for a run whose files the early check could not list (a first run, a full
    refresh): the folder is walked only until it holds too many files or bytes for one process,
    so a folder of 50,000 files costs ~40 ``stat`` calls. Links to folders are not followed."""
    count = size = 0
    stack = [str(raw_dir)]
    while stack:
        try:
            with os.scandir(stack.pop()) as scan:
                entries = list(scan)
        except OSError:
            continue
        for entry in entries:
            try:
                if entry.is_dir(follow_symlinks=False):
                    stack.append(entry.path)
                    continue
                size += entry.stat().st_size
            except OSError:
                continue
            count += 1
            if count >= MIN_ITEMS_FOR_WORKERS or size > SMALL_RUN_BYTES:
                return False
    return True


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
    """Runs on a restarted pool: a worker that cannot even start is the system, not an input; and
    on a pool started early, to start its processes."""


def _new_executor(workers: int) -> ProcessPoolExecutor:
    # spawn, not fork: the parent holds DuckDB and Prefect threads that must not be forked.
    return ProcessPoolExecutor(
        workers, mp_context=multiprocessing.get_context("spawn"), initializer=_start_worker
    )


def _read_and_clean_files(
    raw_dir: Path, now: datetime, max_chars: int, parts: list[FilePart]
) -> list[FileOutcome]:
    return [read_and_clean(raw_dir, part, now, max_chars) for part in parts]


class WorkerPool:
    """Order-preserving, chunked map over worker processes started on first real use (or ahead of
    the run, ``start_early``); an item on which a worker dies twice is refused with
    ``refuse(item, reason)`` (``_Chunks``)."""

    # Processes started ahead (``start_early``), by number of workers: no pool has taken them yet.
    _early: ClassVar[dict[int, ProcessPoolExecutor]] = {}

    def __init__(self, workers: int) -> None:
        self.workers = max(1, workers)
        self._executor: ProcessPoolExecutor | None = None
        self._waiting: list[_Chunks] = []  # started behind the next submission

    @classmethod
    def start_early(cls, workers: int) -> Callable[[], None]:
        """Starts the processes of the next pool of ``workers`` now, so that they import spaCy and
        load its model (~2-3 CPU s each) while the caller waits for something else (Prefect's API)
        rather than before the first batch is cleaned. Returns a function that stops them if no pool
        took them. One worker extracts in the pool's own process: nothing to start."""
        if workers < 2:
            return lambda: None
        executor = cls._early[workers] = _new_executor(workers)
        for _ in range(workers):  # a spawn pool starts a process per submission while none is idle
            executor.submit(_ready)

        def stop() -> None:
            if cls._early.get(workers) is executor:
                del cls._early[workers]
                executor.shutdown(wait=True, cancel_futures=True)

        return stop

    def _start(self) -> ProcessPoolExecutor:
        if self._executor is None:
            self._executor = WorkerPool._early.pop(self.workers, None) or _new_executor(self.workers)
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
        return self.start(function, items, refuse)()

    def start(
        self,
        function: Callable[[list[Item]], list[Result]],
        items: Sequence[Item],
        refuse: Callable[[Item, str], Result],
        behind_next: bool = False,
    ) -> Callable[[], list[Result]]:
        """``map`` in two steps: the work starts now, the function returned waits for its results.

        ``behind_next``: the chunks go to the workers right after those of the next ``start``
        (or when their results are asked for first), so that a batch cleaned ahead fills the
        workers' idle moments (the tail of the extraction in flight, the load) and does not
        delay that extraction.
        """
        if not items:
            return list
        started = self._executor is not None or self.workers in WorkerPool._early
        if self.workers == 1 or (not started and len(items) < MIN_ITEMS_FOR_WORKERS):
            # Once the workers are up (or starting), small batches (the last one of a run) go to
            # them too: extracting here would load a second copy of the model into this process.
            return partial(function, list(items))
        chunk = max(MIN_CHUNK, -(-len(items) // (self.workers * CHUNKS_PER_WORKER)))
        chunks = _Chunks(
            self, function, [list(items[i : i + chunk]) for i in range(0, len(items), chunk)], refuse
        )
        if behind_next:
            self._waiting.append(chunks)
        else:
            chunks.submit()
        return chunks.results

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

    def start_clean(
        self, raw_dir: Path, parts: Sequence[FilePart], now: datetime, max_chars: int, behind_next: bool
    ) -> Callable[[], list[FileOutcome]]:
        """Read and clean these parts on the workers; the function returned waits for the outcomes."""
        return self.start(
            partial(_read_and_clean_files, raw_dir, now, max_chars), parts, _refused_part, behind_next
        )

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


class _Chunks:
    """One ``start``'s chunks: submitted to the pool's current workers, then collected in order.

    An input that kills a worker (a crash in a C library, the OOM killer) must not end the run:
    the pool is restarted (unless another collection already restarted it), the items of the
    chunks that did not come back are run again one at a time, and an item on which a worker
    dies again is refused.
    """

    def __init__(self, pool: WorkerPool, function: Callable, parts: list[list], refuse: Callable) -> None:
        self.pool, self.function, self.parts, self.refuse = pool, function, parts, refuse
        self.executor: ProcessPoolExecutor | None = None
        self.futures: list = []

    def submit(self) -> None:
        pool = self.pool
        waiting, pool._waiting = pool._waiting, []
        for chunks in [self, *(w for w in waiting if w is not self)]:
            chunks.executor = pool._start()
            try:
                chunks.futures = [chunks.executor.submit(chunks.function, part) for part in chunks.parts]
            except BrokenProcessPool:  # a worker died meanwhile; results() runs the items alone
                chunks.futures = [None] * len(chunks.parts)

    def results(self) -> list:
        if self.executor is None:
            self.submit()
        results: list[list | None] = []
        for future in self.futures:
            try:
                results.append(None if future is None else future.result())
            except BrokenProcessPool:
                results.append(None)
        if any(result is None for result in results):
            if self.pool._executor is self.executor:
                self.pool._restart()
            results = [
                result
                if result is not None
                else [self.pool._alone(self.function, item, self.refuse) for item in part]
                for part, result in zip(self.parts, results, strict=True)
            ]
        return [result for part in results for result in part]


def _refused_part(part: FilePart, reason: str) -> FileOutcome:
    return FileOutcome(part, error=reason)


def _failed_extraction(item: ArticleInput, reason: str) -> Extraction:
    return Extraction(error=reason)
