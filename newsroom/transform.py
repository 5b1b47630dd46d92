"""dbt invocation: builds the marts inside the working copy, then the docs site.

dbt runs in a child process. In-process (``dbtRunner``) dbt-duckdb keeps its DuckDB instance
open until the interpreter exits, and DuckDB hands that cached instance to any later
connection to the same path, even after the file has been replaced: the next run in the same
process would then write into the published file behind the readers' backs.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

from newsroom.processes import die_with_parent

DBT_TIMEOUT_SECONDS = 3600
DOCS_STAMP = "inputs.sha256"
GENERATED_FOLDERS = {"target", "logs", "dbt_packages"}


class DbtError(RuntimeError):
    pass


def _dbt_executable() -> str:
    beside_python = Path(sys.executable).with_name("dbt")
    return str(beside_python) if beside_python.exists() else (shutil.which("dbt") or "dbt")


def _invoke(project_dir: Path, database: Path, target_dir: Path, args: list[str]) -> str:
    command = [
        _dbt_executable(),
        *args,
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
    env = {**os.environ, "NEWS_DBT_DATABASE": str(database), "DBT_SEND_ANONYMOUS_USAGE_STATS": "false"}
    completed = subprocess.run(
        command,
        env=env,
        capture_output=True,
        text=True,
        timeout=DBT_TIMEOUT_SECONDS,
        check=False,
        preexec_fn=die_with_parent,
    )
    output = completed.stdout + completed.stderr
    if completed.returncode != 0:
        tail = "\n".join(output.strip().splitlines()[-25:])
        raise DbtError(f"dbt {' '.join(args)} failed (exit {completed.returncode}):\n{tail}")
    return output


def build(project_dir: Path, database: Path, target_dir: Path, *, full_refresh: bool = False) -> str:
    """Seeds, models and data tests in dependency order; returns dbt's summary lines.

    The per-article marts are incremental (they rewrite only the articles whose inputs changed);
    ``full_refresh`` rebuilds every model from the landing tables instead.
    """
    output = _invoke(
        project_dir, database, target_dir, ["build", "--full-refresh"] if full_refresh else ["build"]
    )
    return "\n".join(line for line in output.splitlines() if "Done." in line or "Finished running" in line)


def generate_docs(
    project_dir: Path, database: Path, target_dir: Path, docs_dir: Path, landing_schema: str
) -> bool:
    """Writes the docs site and a single-file copy for sharing, unless the site already describes
    this project and landing schema: the site shows models, columns and descriptions, not data,
    so new articles alone leave it as it was (and spare every run ~10 s of ``dbt docs generate``).
    Returns whether it was generated."""
    inputs = _docs_inputs(project_dir, landing_schema)
    stamp = docs_dir / DOCS_STAMP
    if (docs_dir / "index.html").exists() and stamp.exists() and stamp.read_text() == inputs:
        return False
    _invoke(project_dir, database, target_dir, ["docs", "generate", "--static"])
    docs_dir.mkdir(parents=True, exist_ok=True)
    for name in ("index.html", "manifest.json", "catalog.json", "static_index.html"):
        if (target_dir / name).exists():
            shutil.copyfile(target_dir / name, docs_dir / name)
    stamp.write_text(inputs)
    return True


def _docs_inputs(project_dir: Path, landing_schema: str) -> str:
    """A digest of what the docs site is made from: every file of the dbt project (models, YAML,
    seeds, macros) and the landing tables' schema the sources describe."""
    digest = hashlib.sha256(landing_schema.encode())
    for path in sorted(project_dir.rglob("*")):
        relative = path.relative_to(project_dir)
        if path.is_file() and relative.parts[0] not in GENERATED_FOLDERS:
            digest.update(str(relative).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()
