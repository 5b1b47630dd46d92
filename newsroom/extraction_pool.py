"""Run extraction on every core: one spaCy model per worker process, loaded once.

spaCy's own ``n_process`` pickles Doc objects back to the parent; our workers return the
small Extraction records instead, so both cores stay busy on parsing, not on copying.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor

from newsroom.extract import ArticleInput, extract_batch, load_nlp
from newsroom.models import Extraction

# Below this many articles the start-up of a worker process (model load) costs more than it saves.
MIN_ARTICLES_PER_WORKER = 20


def _warm_up() -> None:
    load_nlp()


class ExtractionPool:
    """Callable ``list[ArticleInput] -> list[Extraction]``; order preserved."""

    def __init__(self, workers: int) -> None:
        self.workers = max(1, workers)
        self._executor: ProcessPoolExecutor | None = None

    def __call__(self, items: list[ArticleInput]) -> list[Extraction]:
        if self.workers == 1 or len(items) < 2 * MIN_ARTICLES_PER_WORKER:
            return extract_batch(items)
        if self._executor is None:
            # spawn, not fork: the parent holds DuckDB and Prefect threads that must not be forked.
            self._executor = ProcessPoolExecutor(
                self.workers, mp_context=multiprocessing.get_context("spawn"), initializer=_warm_up
            )
        chunk = -(-len(items) // self.workers)
        parts = [items[i : i + chunk] for i in range(0, len(items), chunk)]
        results: list[Extraction] = []
        for part in self._executor.map(extract_batch, parts):
            results.extend(part)
        return results

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown()
            self._executor = None

    def __enter__(self) -> ExtractionPool:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
