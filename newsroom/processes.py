"""Child processes (dbt, extraction workers) end with the run that started them."""

from __future__ import annotations

import ctypes
import os
import signal
import sys

PR_SET_PDEATHSIG = 1


def die_with_parent() -> None:
    """A killed run must not leave dbt writing into the next run's working copy, nor idle workers
    holding a spaCy model each (~300 MB) for good: the kernel kills this process with its parent.
    Linux only; elsewhere a no-op."""
    if sys.platform != "linux":
        return
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except OSError:
        pass


def tied_to_this_process(command: list[str]) -> list[str]:
    """``command`` started through this file, run as a script on the standard library alone (``-I -S``:
    no import path to get wrong), which ties it to this process (``die_with_parent``) and then becomes
    it (``exec``). Not Popen's ``preexec_fn``: that runs Python between fork and exec, and the fork
    hooks in this process, where the exception of a SIGTERM is lost (Python ignores exceptions from
    fork hooks) and logging's lock stays held: the run then ignored the stop and published, or hung."""
    return [sys.executable, "-I", "-S", __file__, str(os.getpid()), *command]


_stopped_by: int | None = None


def note_stop_signals() -> None:
    """Remember a SIGTERM before the installed handler (Prefect's, in a flow run) sees it. DuckDB turns
    the exception that handler raises during a query into ``RuntimeError: Query interrupted``, so the
    run needs its own record to tell that stop from a failure. Main thread only (elsewhere a no-op)."""
    previous = signal.getsignal(signal.SIGTERM)

    def noting(signum: int, frame: object) -> None:
        global _stopped_by
        _stopped_by = signum
        if callable(previous):
            previous(signum, frame)

    try:
        signal.signal(signal.SIGTERM, noting)
    except ValueError:  # not the main thread: signals are not ours to handle
        pass


def stopped_by() -> int | None:
    """The signal that stopped this run, if one did."""
    return _stopped_by


if __name__ == "__main__":
    parent, command = int(sys.argv[1]), sys.argv[2:]
    die_with_parent()
    if os.getppid() != parent:  # the parent ended before the line above: no one to serve
        sys.exit(1)
    os.execvp(command[0], command)
