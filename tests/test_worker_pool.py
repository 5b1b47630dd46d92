"""Worker processes: results in input order, also when workers are replaced along the way."""

from __future__ import annotations

from datetime import datetime

import pytest

pytest.importorskip("spacy")

from newsroom.discover import walk  # noqa: E402
from newsroom.worker_pool import MIN_ITEMS_FOR_WORKERS, WorkerPool  # noqa: E402


def test_recycled_workers_keep_the_order(tmp_path):
    count = MIN_ITEMS_FOR_WORKERS + 8
    for n in range(count):
        (tmp_path / f"{n:03d}.txt").write_text(
            f"Harbour number {n} reopens\n\nThe harbour authority said on Monday that harbour number {n} "
            "would reopen to fishing boats after repairs to its sea wall were finished.\n",
            encoding="utf-8",
        )
    files, rejected = walk(tmp_path)
    assert not rejected and len(files) == count
    with WorkerPool(2, tasks_per_process=1) as pool:  # a fresh process for every chunk
        outcomes = pool.clean(tmp_path, files, datetime(2024, 1, 1))
    titles = [o.articles[0].clean.title for o in outcomes]
    assert titles == [f"Harbour number {n} reopens" for n in range(count)]
