"""The Prefect API a command-line run reports to.

``PREFECT_API_URL`` set (a deployment, a long-lived ``prefect server``): that server, nothing
started here. Unset: Prefect's own temporary local server, started here rather than lazily by
Prefect, so that

* it starts while the run's heavy modules import (a few seconds saved on every run);
* it may take as long as a fresh ``PREFECT_HOME`` needs to migrate its database on a busy machine
  (``NEWS_API_START_TIMEOUT``; Prefect's own limit of 20 s fails there);
* its address is in the flow's settings, which Prefect ships with every task: Dask workers report
  to it instead of each starting a server of their own;
* it stops when the run ends, however it ends (an exception, SIGINT or SIGTERM).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor, wait
from contextlib import ExitStack, contextmanager

# Telemetry cannot reach its endpoint here and logs an ERROR on every run; the server inherits this.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")


class ApiStartError(RuntimeError):
    """The temporary server did not come up; the message says how long it was given."""


@contextmanager
def prefect_api(start_timeout: float) -> Iterator[Callable[[], None]]:
    """Yields ``ready()``: it blocks until the API answers and points this process's Prefect
    settings at it. Call it after the imports the start-up should overlap with."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    if PREFECT_API_URL.value():
        yield lambda: None
        return
    from prefect.server.api.server import SubprocessASGIServer

    # Prefect's logging is not set up yet; the wait can be long enough to want a word.
    print(
        "newsroom: starting Prefect's temporary API server (PREFECT_API_URL is unset; the first start "
        "in a new PREFECT_HOME also creates its database)",
        file=sys.stderr,
        flush=True,
    )
    server = SubprocessASGIServer()
    with ThreadPoolExecutor(1, thread_name_prefix="prefect-api-start") as starter, ExitStack() as stack:
        starting = starter.submit(server.start, timeout=int(start_timeout))

        def ready() -> None:
            try:
                starting.result()
            except Exception as exc:
                raise ApiStartError(
                    f"Prefect's temporary API server did not start within {start_timeout:g} s "
                    f"(NEWS_API_START_TIMEOUT; or set PREFECT_API_URL to a running server): {str(exc)[:300]}"
                ) from exc
            stack.enter_context(temporary_settings({PREFECT_API_URL: server.api_url}))

        try:
            yield ready
        finally:
            if starting.done() and not starting.exception():
                _drain_queued()
            # Stopped, then stopped again once the start-up thread is done: a signal that lands
            # while it is launching the server must not leave the server behind.
            server.stop()
            wait([starting])
            server.stop()


def _drain_queued() -> None:
    """Logs and events still queued in this process go to the server before it stops."""
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    for worker in (APILogWorker, EventsWorker):
        worker.drain_all(timeout=5)
