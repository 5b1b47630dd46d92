"""A worker process that dies on one input (a crash in a C library, the OOM killer) does not fail
the run: the pool restarts, runs the lost chunks' items one at a time, and refuses the item on
which a worker dies again. Real worker processes, killed for real."""

from __future__ import annotations

import os

from newsroom.worker_pool import MIN_ITEMS_FOR_WORKERS, WorkerPool

DEADLY = -1


def double_or_die(items: list[int]) -> list[int]:
    """Test-only stand-in for cleaning or extraction: the worker process dies on the marked item."""
    if DEADLY in items:
        os._exit(70)
    return [2 * item for item in items]


def refuse(item: int, reason: str) -> tuple[str, int, str]:
    return ("refused", item, reason)


def test_an_item_that_kills_its_worker_is_refused_and_every_other_item_comes_back():
    items = list(range(MIN_ITEMS_FOR_WORKERS)) + [DEADLY] + list(range(100, 120))
    with WorkerPool(2) as pool:
        results = pool.map(double_or_die, items, refuse)
        after = pool.map(double_or_die, list(range(MIN_ITEMS_FOR_WORKERS)), refuse)
    dead = results.pop(MIN_ITEMS_FOR_WORKERS)
    assert results == [2 * item for item in items if item != DEADLY]
    assert dead[:2] == ("refused", DEADLY)
    assert dead[2].startswith("a worker process died while processing it (BrokenProcessPool: ")
    assert after == [2 * item for item in range(MIN_ITEMS_FOR_WORKERS)], "the restarted pool keeps working"


def test_work_started_behind_the_next_comes_back_whole_even_when_that_next_kills_a_worker():
    """The flow cleans the next batch behind the current extraction: a worker dying in the
    extraction breaks the pool under both, and still only the deadly item is refused."""
    ahead_items = list(range(200, 200 + MIN_ITEMS_FOR_WORKERS))
    with WorkerPool(2) as pool:
        pool.map(double_or_die, list(range(MIN_ITEMS_FOR_WORKERS)), refuse)  # the workers are up
        alone = pool.start(double_or_die, ahead_items, refuse, behind_next=True)
        assert alone() == [2 * item for item in ahead_items], "collected with no start after it"
        ahead = pool.start(double_or_die, ahead_items, refuse, behind_next=True)
        deadly = pool.start(double_or_die, [*range(MIN_ITEMS_FOR_WORKERS), DEADLY], refuse)
        results = deadly()
        assert results[-1][:2] == ("refused", DEADLY)
        assert results[:-1] == [2 * item for item in range(MIN_ITEMS_FOR_WORKERS)]
        assert ahead() == [2 * item for item in ahead_items]


def test_a_run_of_a_few_short_files_extracts_in_its_own_process():
    from newsroom.models import RawFile
    from newsroom.worker_pool import SMALL_RUN_BYTES, extracts_here

    def files(count: int, size: int) -> list[RawFile]:
        return [RawFile(f"{i}.txt", size, "0" * 64, "txt", 0.0) for i in range(count)]

    assert extracts_here(files(10, 6_000))
    assert not extracts_here(files(MIN_ITEMS_FOR_WORKERS, 6_000))  # too many for one process
    assert not extracts_here(files(1, SMALL_RUN_BYTES + 1))  # one feed holding many articles
