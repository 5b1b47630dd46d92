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


def worker_pids(items: list[int]) -> list[int]:
    return [os.getpid() for _ in items]


def test_workers_started_early_are_the_ones_the_next_pool_uses_even_for_a_small_batch():
    """`newsroom run` starts a large run's workers while Prefect's API starts: the flow's pool takes
    those processes over, and with them up a batch below MIN_ITEMS_FOR_WORKERS goes to them
    instead of loading a second model into the run's own process."""
    stop = WorkerPool.start_early(2)
    early = WorkerPool._early[2]
    try:
        with WorkerPool(2) as pool:
            pids = pool.map(worker_pids, [1, 2, 3], refuse)
            assert pool._executor is early
        assert os.getpid() not in pids
        assert 2 not in WorkerPool._early
    finally:
        stop()  # taken: nothing left to stop


def test_workers_started_early_that_no_pool_takes_are_stopped():
    import multiprocessing

    import pytest

    stop = WorkerPool.start_early(2)
    early = WorkerPool._early[2]
    stop()
    assert 2 not in WorkerPool._early
    with pytest.raises(RuntimeError):
        early.submit(worker_pids, [1])  # shut down
    assert not [p for p in multiprocessing.active_children() if "SpawnProcess" in p.name]
    assert WorkerPool.start_early(1)() is None  # one worker extracts in the pool's own process


def test_a_folder_the_early_check_could_not_list_is_small_only_below_both_bounds(tmp_path):
    from newsroom.worker_pool import SMALL_RUN_BYTES, folder_extracts_here

    (tmp_path / "sub").mkdir()
    for i in range(MIN_ITEMS_FOR_WORKERS - 1):
        (tmp_path / ("sub" if i % 2 else ".") / f"{i}.txt").write_text("words " * 10)
    assert folder_extracts_here(tmp_path)
    (tmp_path / "sub" / "one-more.txt").write_text("words")
    assert not folder_extracts_here(tmp_path), "too many files, counted in subfolders too"
    feed = tmp_path / "feed"
    feed.mkdir()
    (feed / "feed.jsonl").write_bytes(b"x" * (SMALL_RUN_BYTES + 1))
    assert not folder_extracts_here(feed), "one feed holding many articles"
