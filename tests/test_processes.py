"""A run killed outright (SIGKILL, OOM killer) takes its worker processes with it; a run stopped by a
signal while it starts one still stops."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import psutil
import pytest

from newsroom.processes import tied_to_this_process

WORKER_PARENT = """
import multiprocessing, os, sys, time
from concurrent.futures import ProcessPoolExecutor
from newsroom.processes import die_with_parent
if __name__ == "__main__":
    pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"), initializer=die_with_parent)
    print(pool.submit(os.getpid).result(), flush=True)
    time.sleep(60)
"""


CHILD_PARENT = """
import subprocess, sys, time
from newsroom.processes import tied_to_this_process
child = subprocess.Popen(tied_to_this_process(["sleep", "60"]))
print(child.pid, flush=True)
time.sleep(60)
"""


@pytest.mark.skipif(sys.platform != "linux", reason="PR_SET_PDEATHSIG is Linux only")
@pytest.mark.parametrize(
    "parent_code", [WORKER_PARENT, CHILD_PARENT], ids=["extraction worker", "tied child"]
)
def test_children_die_when_the_run_is_killed(tmp_path, parent_code):
    script = tmp_path / "parent.py"
    script.write_text(parent_code, encoding="utf-8")
    parent = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    child = int(parent.stdout.readline())
    assert psutil.pid_exists(child)
    os.kill(parent.pid, signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 10
    while (
        time.monotonic() < deadline
        and psutil.pid_exists(child)
        and psutil.Process(child).status() != psutil.STATUS_ZOMBIE
    ):
        time.sleep(0.1)
    assert not psutil.pid_exists(child) or psutil.Process(child).status() == psutil.STATUS_ZOMBIE


def test_a_tied_child_is_the_command_itself():
    child = subprocess.run(
        tied_to_this_process([sys.executable, "-c", "import os; print(os.getppid())"]),
        capture_output=True,
        text=True,
        check=True,
    )
    assert int(child.stdout) == os.getpid()  # the launcher became the command: no process in between


STOP_WHILE_STARTING = """
import os, signal, subprocess
from newsroom.processes import tied_to_this_process

def stop(signum, frame):
    raise SystemExit(128 + signum)

signal.signal(signal.SIGTERM, stop)
# A SIGTERM that arrives during the fork hooks is handled there, and its exception is lost.
os.register_at_fork(after_in_parent=lambda: os.kill(os.getpid(), signal.SIGTERM))
subprocess.Popen(tied_to_this_process(["true"])).wait()
print("went on", flush=True)
"""


def test_starting_a_tied_child_runs_no_fork_hook(tmp_path):
    script = tmp_path / "run.py"
    script.write_text(STOP_WHILE_STARTING, encoding="utf-8")
    run = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=60)
    assert "went on" in run.stdout and "Exception ignored" not in run.stderr, run.stderr  # no hook ran
