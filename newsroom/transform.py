"""dbt invocation: builds the marts inside the working copy, then the docs site.

dbt runs in-process through ``dbtRunner`` (no subprocess, no shell). It must not run twice
at once in one process, which the run lock guarantees.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from dbt.cli.main import dbtRunner


class DbtError(RuntimeError):
    pass


def _invoke(project_dir: Path, database: Path, target_dir: Path, args: list[str]) -> None:
    previous = os.environ.get("NEWS_DBT_DATABASE")
    os.environ["NEWS_DBT_DATABASE"] = str(database)
    try:
        result = dbtRunner().invoke(
            [
                *args,
                "--project-dir", str(project_dir),
                "--profiles-dir", str(project_dir),
                "--target-path", str(target_dir),
                "--log-path", str(target_dir / "logs"),
            ]
        )
    finally:
        if previous is None:
            os.environ.pop("NEWS_DBT_DATABASE", None)
        else:
            os.environ["NEWS_DBT_DATABASE"] = previous
    if not result.success:
        detail = result.exception or _failures(result.result)
        raise DbtError(f"dbt {' '.join(args)} failed: {detail}")


def _failures(results: object) -> str:
    failed = [
        f"{r.node.name}: {r.message}"
        for r in getattr(results, "results", []) or []
        if str(getattr(r, "status", "")).lower() in ("error", "fail")
    ]
    return "; ".join(failed) or "see the dbt log"


def build(project_dir: Path, database: Path, target_dir: Path) -> None:
    """Seeds, models and data tests in dependency order (``dbt build``)."""
    _invoke(project_dir, database, target_dir, ["build", "--quiet"])


def generate_docs(project_dir: Path, database: Path, target_dir: Path, docs_dir: Path) -> Path:
    """Writes the docs site and a single-file copy for sharing; returns the static file."""
    _invoke(project_dir, database, target_dir, ["docs", "generate", "--static", "--quiet"])
    docs_dir.mkdir(parents=True, exist_ok=True)
    for name in ("index.html", "manifest.json", "catalog.json", "static_index.html"):
        if (target_dir / name).exists():
            shutil.copyfile(target_dir / name, docs_dir / name)
    return docs_dir / "static_index.html"
