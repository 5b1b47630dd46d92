"""dbt invocation: builds the marts inside the working copy, then the docs site.

dbt runs in a child process. In-process (``dbtRunner``) dbt-duckdb keeps its DuckDB instance
open until the interpreter exits, and DuckDB hands that cached instance to any later
connection to the same path, even after the file has been replaced: the next run in the same
process would then write into the published file behind the readers' backs.

A run starts that child early (``DbtSession``): dbt's imports and the project's parse (~2.5 s)
then happen while the articles are processed instead of before the build.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable
from importlib import metadata
from pathlib import Path
from typing import ClassVar

from newsroom.dbt_process import DONE_MARK
from newsroom.processes import tied_to_this_process

DBT_TIMEOUT_SECONDS = 3600
DOCS_STAMP = "inputs.sha256"
BUILT_STAMP = "built.sha256"
NEW_DATA_SELECTOR = "new_data"
ENFORCED_TAG = "enforced_by_contract"  # a test a mart's contract constraint makes on every row written
GENERATED_FOLDERS = {"target", "logs", "dbt_packages"}
PROGRESS_SECONDS = 5
PACKAGE_ROOT = Path(__file__).resolve().parents[1]  # the folder holding the newsroom package
# "12:00:01  12 of 60 OK created sql table model main.actors ... [OK in 0.12s]"; tests PASS/WARN/FAIL,
# exposures NO-OP
_NODE_FINISHED = re.compile(r"\b\d+ of (\d+) (?:OK|PASS|WARN|ERROR|FAIL|SKIP|NO-OP)\b")


class DbtError(RuntimeError):
    pass


def _dbt_executable() -> str:
    beside_python = Path(sys.executable).with_name("dbt")
    return str(beside_python) if beside_python.exists() else (shutil.which("dbt") or "dbt")


def _flags(project_dir: Path, target_dir: Path) -> list[str]:
    return [
        "--project-dir",
        str(project_dir),
        "--profiles-dir",
        str(project_dir),
        "--target-path",
        str(target_dir),
        "--log-path",
        str(target_dir / "logs"),
        "--no-use-colors",
    ]


def _env(database: Path) -> dict[str, str]:
    return {
        **os.environ,
        "NEWS_DBT_DATABASE": str(database),
        "DBT_SEND_ANONYMOUS_USAGE_STATS": "false",
        # dbt's Python models (the given-name tables) read this package's lexicons: the copy running here
        "PYTHONPATH": os.pathsep.join(filter(None, (str(PACKAGE_ROOT), os.environ.get("PYTHONPATH")))),
    }


def _failed(args: list[str], code: int, output: str) -> DbtError:
    tail = "\n".join(output.strip().splitlines()[-25:])
    return DbtError(f"dbt {' '.join(args)} failed (exit {code}):\n{tail}")


class DbtSession:
    """One dbt process for a run's build and docs (``newsroom.dbt_process``), started before they
    are due: it imports dbt and parses the project meanwhile. Start it only where the run holds
    its lock (the parse writes into ``target_dir``). Leaving the ``with`` block waits for the
    process to exit (DuckDB has closed the working copy then); on an error it is killed. When
    the process could not start or is gone, a command runs as a one-off ``dbt`` as before."""

    # Processes started ahead (``start_early``), by (project, database, target): not yet parsing.
    _early: ClassVar[dict[tuple[Path, Path, Path], subprocess.Popen]] = {}

    def __init__(self, project_dir: Path, database: Path, target_dir: Path) -> None:
        self.project_dir, self.database, self.target_dir = project_dir, database, target_dir
        self._unread = 0  # commands whose output is still in the pipe
        self.process: subprocess.Popen | None = None
        try:
            self.process = DbtSession._early.pop((project_dir, database, target_dir), None) or _start(
                project_dir, database, target_dir
            )
            self._send(["parse", "--no-write-json"])  # the build writes manifest.json: ~0.2 s less
        except OSError:  # no process, or one that died at once: the commands run one-off
            self.close(abort=True)

    @classmethod
    def start_early(cls, project_dir: Path, database: Path, target_dir: Path) -> Callable[[], None]:
        """Starts the process of the next session for this project, database and target now, so
        that it imports dbt (~2 CPU s) while the caller waits for something else, before it holds
        the run's lock; that session then sends the parse. Returns a function that stops the
        process if no session took it."""
        key = (project_dir, database, target_dir)
        try:
            cls._early[key] = _start(project_dir, database, target_dir)
        except OSError:  # the session starts its own, as without this
            pass

        def stop() -> None:
            if (process := cls._early.pop(key, None)) is not None:
                process.kill()
                process.wait()

        return stop

    def _send(self, args: list[str]) -> None:
        self.process.stdin.write(json.dumps(args) + "\n")
        self.process.stdin.flush()
        self._unread += 1

    def _read(self, label: str, progress: Callable[[str], None] | None) -> tuple[int, str]:
        """The next command's output and exit code (the process's own, should it end instead)."""
        lines: list[str] = []
        ended = _follow(self.process.stdout, lines, label, progress, until=DONE_MARK)
        self._unread -= 1
        if ended is None:
            return self.process.wait(), "".join(lines)
        return int(ended), "".join(lines)

    def invoke(self, args: list[str], progress: Callable[[str], None] | None = None) -> str:
        """Runs one dbt command in the session and returns its output, as ``_invoke`` does."""
        if self.process is not None and self.process.poll() is not None:
            self.close()  # ended (killed, crashed): a pipe to it need not fail, dbt's helpers may hold it
        if self.process is None:
            return _invoke(self.project_dir, self.database, self.target_dir, args, progress)
        watchdog = threading.Timer(DBT_TIMEOUT_SECONDS, self.process.kill)
        watchdog.start()
        try:
            while self._unread:  # the parse: its errors, if any, show again in the command's output
                self._read("dbt parse", None)
            try:
                self._send(args)
            except OSError:  # the process is gone (a broken pipe)
                self.close(abort=True)
                return _invoke(self.project_dir, self.database, self.target_dir, args, progress)
            code, output = self._read(f"dbt {args[0]}", progress)
        finally:
            watchdog.cancel()
        if code != 0:
            raise _failed(args, code, output)
        return output

    def close(self, abort: bool = False) -> None:
        """Ends the process (at once with ``abort``) and waits for it; again, a no-op."""
        process, self.process = self.process, None
        if process is None:
            return
        if abort:
            process.kill()
        try:
            process.stdin.close()
        except OSError:
            pass
        for line in process.stdout:  # what is left of the output; the process ends with it
            del line
        process.stdout.close()
        try:
            process.wait(timeout=DBT_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    def __enter__(self) -> DbtSession:
        return self

    def __exit__(self, exc_type: type | None, *exc_info: object) -> None:
        self.close(abort=exc_type is not None)


def _start(project_dir: Path, database: Path, target_dir: Path) -> subprocess.Popen:
    """A ``newsroom.dbt_process``: it imports dbt, then runs the commands it is sent."""
    return subprocess.Popen(
        tied_to_this_process(
            [sys.executable, "-u", "-m", "newsroom.dbt_process", json.dumps(_flags(project_dir, target_dir))]
        ),
        env=_env(database),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def _invoke(
    project_dir: Path,
    database: Path,
    target_dir: Path,
    args: list[str],
    progress: Callable[[str], None] | None = None,
) -> str:
    """Runs dbt and returns its output; ``progress`` hears "dbt build: 12 of 60 done" lines while it
    runs (at most one per PROGRESS_SECONDS and the last), so a long build is not a silent minute."""
    command = [_dbt_executable(), *args, *_flags(project_dir, target_dir)]
    lines: list[str] = []
    with subprocess.Popen(
        tied_to_this_process(command),
        env=_env(database),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    ) as process:
        watchdog = threading.Timer(DBT_TIMEOUT_SECONDS, process.kill)
        watchdog.start()
        try:
            _follow(process.stdout, lines, f"dbt {args[0]}", progress)
        except BaseException:  # a stopped run stops dbt too, instead of waiting for it
            process.kill()
            raise
        finally:
            watchdog.cancel()
    output = "".join(lines)
    if process.returncode != 0:
        raise _failed(args, process.returncode, output)
    return output


def _run(
    session: DbtSession | None,
    project_dir: Path,
    database: Path,
    target_dir: Path,
    args: list[str],
    progress: Callable[[str], None] | None = None,
) -> str:
    """One dbt command: in the run's session when it has one, else a one-off ``dbt``."""
    if session is not None:
        return session.invoke(args, progress)
    return _invoke(project_dir, database, target_dir, args, progress)


def _follow(
    stream: Iterable[str],
    lines: list[str],
    label: str,
    progress: Callable[[str], None] | None,
    until: str | None = None,
) -> str | None:
    """Collects dbt's output into ``lines``, reporting its "N of M" completions as they come. With
    ``until``: stops at the line starting with it and returns the rest of that line."""
    last_report = time.monotonic()
    done, total, ended = 0, None, None
    for line in stream:
        if until is not None and line.startswith(until):
            ended = line[len(until) :].strip()
            break
        lines.append(line)
        finished = _NODE_FINISHED.search(line)
        if finished:
            done, total = done + 1, finished.group(1)
            if progress and time.monotonic() - last_report >= PROGRESS_SECONDS:
                progress(f"{label}: {done} of {total} done")
                last_report = time.monotonic()
    if progress and total is not None:
        progress(f"{label}: {done} of {total} done")
    return ended


def build(
    project_dir: Path,
    database: Path,
    target_dir: Path,
    *,
    full_refresh: bool = False,
    new_data_only: bool = False,
    first_build: bool = False,
    progress: Callable[[str], None] | None = None,
    session: DbtSession | None = None,
) -> str:
    """Seeds, models and data tests in dependency order; returns dbt's summary lines.

    The per-article marts are incremental (they rewrite only the articles whose inputs changed);
    ``full_refresh`` rebuilds every model from the landing tables instead. ``new_data_only`` says
    the project is the one the warehouse was last built and tested with (``built_with``): then
    dbt builds the ``new_data`` selector (dbt/selectors.yml), leaving out what only a change of
    the project can change — the views, unit tests, the seeds and the tests of both — and the tests
    a mart's contract makes DuckDB check on every row written. ``first_build`` says the database
    holds no marts yet. A full refresh or a first build creates every mart table with its contract's
    constraints, so DuckDB checks every row the marts hold: the tests tagged ``enforced_by_contract``
    would read them all a second time for the same check (~50 nodes, about a tenth of such a build),
    and are left out; every other build runs them, as a mart built before its constraint relies on them.
    """
    args = ["build", "--full-refresh"] if full_refresh else ["build"]
    if new_data_only and not full_refresh:
        args += ["--selector", NEW_DATA_SELECTOR]
    elif full_refresh or first_build:
        args += ["--exclude", f"tag:{ENFORCED_TAG}"]
    output = _run(session, project_dir, database, target_dir, args, progress)
    return "\n".join(line for line in output.splitlines() if "Done." in line or "Finished running" in line)


def built_with(target_dir: Path, published: Path) -> str | None:
    """The project digest (``project_digest``) the published warehouse was last built and tested
    with, or None when that is unknown: no record, or the file is not the one the record names
    (replaced, restored from a backup, opened read-write, or published by a failed run)."""
    try:
        digest, identity = (target_dir / BUILT_STAMP).read_text().split(" ", 1)
    except (OSError, ValueError):
        return None
    return digest if published.exists() and identity == _identity(published) else None


def note_built(target_dir: Path, published: Path, digest: str) -> None:
    """Records, after a publish, which project digest the published file was built and tested with."""
    target_dir.mkdir(parents=True, exist_ok=True)
    (target_dir / BUILT_STAMP).write_text(f"{digest} {_identity(published)}")


def _identity(path: Path) -> str:
    """Each publish is an os.replace by a new file: a new inode, mtime and size."""
    stat = path.stat()
    return f"{stat.st_ino} {stat.st_mtime_ns} {stat.st_size}"


def generate_docs(
    project_dir: Path,
    database: Path,
    target_dir: Path,
    docs_dir: Path,
    digest: str,
    progress: Callable[[str], None] | None = None,
    *,
    force: bool = False,
    session: DbtSession | None = None,
) -> bool:
    """Writes the docs site and a single-file copy for sharing, unless the site already describes
    this project and landing schema (``digest``, from ``project_digest``): the site shows models,
    columns and descriptions, not data, so new articles alone leave it as it was (and spare every
    run ~10 s of ``dbt docs generate``). ``force`` generates it anyway (``newsroom docs
    --generate``). Returns whether it was generated."""
    stamp = docs_dir / DOCS_STAMP
    if not force and (docs_dir / "index.html").exists() and stamp.exists() and stamp.read_text() == digest:
        return False
    if progress:
        progress("dbt docs generate: the project or the landing schema changed, regenerating the site")
    _run(session, project_dir, database, target_dir, ["docs", "generate", "--static"])
    docs_dir.mkdir(parents=True, exist_ok=True)
    for name in ("index.html", "manifest.json", "catalog.json", "static_index.html"):
        if (target_dir / name).exists():
            shutil.copyfile(target_dir / name, docs_dir / name)
    stamp.write_text(digest)
    return True


def project_digest(project_dir: Path, landing_schema: str) -> str:
    """A digest of every file of the dbt project (models, YAML, seeds, macros, selectors) and the
    landing tables' schema the sources describe: what the docs site is made from, and what the
    marts and their tests change with, apart from the data."""
    digest = hashlib.sha256(landing_schema.encode())
    for package in ("dbt-core", "dbt-duckdb"):  # an upgrade changes generic tests and the docs page
        digest.update(f"{package}=={metadata.version(package)}\0".encode())
    for path in sorted(project_dir.rglob("*")):
        relative = path.relative_to(project_dir)
        if path.is_file() and relative.parts[0] not in GENERATED_FOLDERS:
            digest.update(str(relative).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()
