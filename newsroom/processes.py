"""Child processes (dbt, extraction workers) end with the run that started them."""

from __future__ import annotations

import ctypes
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
