"""The Prefect API a command-line run reports to.

``PREFECT_API_URL`` set (a deployment, a long-lived ``prefect server``): that server, nothing
started here. Unset: Prefect's own temporary local server, started here rather than lazily by
Prefect, so that

* it starts while the run's heavy modules import (a few seconds saved on every run); it is
  launched as Prefect's ``SubprocessASGIServer`` launches it, without importing that class, whose
  module pulls in the whole server (~1.5–2.5 s of imports before the server could even start);
* it may take as long as a fresh ``PREFECT_HOME`` needs to migrate its database on a busy machine
  (``NEWS_API_START_TIMEOUT``; Prefect's own limit of 20 s fails there);
* its address is in the flow's settings, which Prefect ships with every task: Dask workers report
  to it instead of each starting a server of their own;
* it stops when the run ends, however it ends (an exception, SIGINT or SIGTERM; SIGKILL too,
  through ``processes.tied_to_this_process``).
"""

from __future__ import annotations

import importlib.util
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

from newsroom.processes import tied_to_this_process

# Telemetry cannot reach its endpoint here and logs an ERROR on every run; the server inherits this.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

PORT_IN_USE = 3  # uvicorn's exit code when it cannot bind: another port is tried
POLL_SECONDS = 0.1
_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # 127.0.0.1, never via HTTP_PROXY


class ApiStartError(RuntimeError):
    """The temporary server did not come up; the message says how long it was given."""


class TemporaryServer:
    """Prefect's temporary API server (``prefect.server.api.server.SubprocessASGIServer``'s
    uvicorn command and environment, Prefect 3), started at once and waited for later."""

    def __init__(self) -> None:
        self.port = 0
        self.process: subprocess.Popen | None = None
        self.stopping = False

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    def launch(self) -> None:
        """Without importing Prefect (~1 s): the server reads the same environment, profile and
        settings files as this process would."""
        with socket.socket() as probe:  # a free port; taken meanwhile, uvicorn exits with PORT_IN_USE
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.process = subprocess.Popen(
            tied_to_this_process(
                [
                    sys.executable,
                    "-m",
                    "uvicorn",
                    "--app-dir",
                    str(Path(importlib.util.find_spec("prefect").origin).parent.parent),
                    "--factory",
                    "prefect.server.api.server:create_app",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    str(self.port),
                    "--log-level",
                    "error",
                    "--lifespan",
                    "on",
                ]
            ),
            env={
                **os.environ,
                "PREFECT_UI_ENABLED": "0",
                "PREFECT__SERVER_EPHEMERAL": "1",
                "PREFECT__SERVER_FINAL": "1",
            },
            stderr=subprocess.PIPE,
            text=True,
            errors="replace",
        )
        threading.Thread(target=self._relay, args=(self.process.stderr,), daemon=True).start()

    def _relay(self, stream) -> None:
        """The server's errors reach this process's stderr while it serves the run; what it logs as it is stopped
        (a database write its shutdown cancels, an ERROR with a traceback after the run has finished) is not the
        run's, and is dropped. Read to the end either way, so the server never blocks on a full pipe."""
        for line in stream:
            if not self.stopping:
                sys.stderr.write(line)

    def wait(self, deadline: float) -> None:
        """Until ``/api/health`` answers 200; raises when the server exits or the deadline passes."""
        while True:
            code = self.process.poll()
            if code == PORT_IN_USE:
                self.launch()
            elif code is not None:
                raise RuntimeError(f"the server exited with code {code}")
            try:
                with _DIRECT.open(f"{self.api_url}/health", timeout=5) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                pass
            if time.monotonic() > deadline:
                raise TimeoutError("no answer from the server")
            time.sleep(POLL_SECONDS)

    def stop(self) -> None:
        if self.process is None:
            return
        self.stopping = True
        self.process.terminate()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process = None


@contextmanager
def prefect_api(start_timeout: float) -> Iterator[Callable[[], None]]:
    """Yields ``ready()``: it blocks until the API answers and points this process's Prefect
    settings at it. Call it after the imports the start-up should overlap with.

    Unless ``PREFECT_API_URL`` is in the environment (or Prefect already imported) the server is
    launched before Prefect's settings are read (they take ~1 s to import), and stopped at once if they name a server after
    all (a profile or a ``prefect.toml``): it is then still importing, long before its database."""
    server = TemporaryServer()
    deadline = time.monotonic() + start_timeout
    with ExitStack() as stack:
        answered = False
        stack.callback(server.stop)
        # Prefect imported already (a test, a notebook): its settings are read at once.
        early = not os.environ.get("PREFECT_API_URL") and "prefect.settings" not in sys.modules
        if early:
            server.launch()
        from prefect.settings import PREFECT_API_URL, temporary_settings

        if PREFECT_API_URL.value():
            server.stop()
            yield lambda: None
            return
        if not early:
            server.launch()
        # Prefect's logging is not set up yet; the wait can be long enough to want a word.
        print(
            "newsroom: starting Prefect's temporary API server (PREFECT_API_URL is unset; the first start "
            "in a new PREFECT_HOME also creates its database)",
            file=sys.stderr,
            flush=True,
        )

        def ready() -> None:
            nonlocal answered
            try:
                server.wait(deadline)
            except Exception as exc:
                raise ApiStartError(
                    f"Prefect's temporary API server did not start within {start_timeout:g} s "
                    f"(NEWS_API_START_TIMEOUT; or set PREFECT_API_URL to a running server): {str(exc)[:300]}"
                ) from exc
            answered = True
            stack.enter_context(temporary_settings({PREFECT_API_URL: server.api_url}))

        try:
            yield ready
        finally:
            if answered:
                _drain_queued()


def _drain_queued() -> None:
    """Logs and events still queued in this process go to the server before it stops."""
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    for worker in (APILogWorker, EventsWorker):
        worker.drain_all(timeout=5)
