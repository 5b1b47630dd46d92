"""News-intelligence warehouse: plain-Python domain logic (no Prefect import).

The Prefect flows in ``flows/`` call these modules; tests call them directly.
"""

from __future__ import annotations

import os

__version__ = "0.1.0"


def connect(warehouse: str | os.PathLike | None = None):
    """A read-only DuckDB connection to the latest published warehouse (``NEWS_WAREHOUSE`` unless
    ``warehouse`` is given); close it, or use it as a context manager: ``with newsroom.connect() as con:``.

    ``duckdb.connect(path)`` hands a process the database instance it already has open for that
    path, so while any connection to the warehouse is open it keeps reading the file a publish
    replaced. This connection is a private in-memory instance that attaches the file afresh, so it
    sees the state published when it was opened, whatever else the process holds open; it keeps
    that state until it is closed. The catalog is named after the file (``news``), as when the
    file is opened directly.
    """
    import duckdb  # ~0.2 s: `import newsroom` (the CLI's --version, --help) does not pay it

    from newsroom.config import load_settings

    path = load_settings(warehouse=None if warehouse is None else os.fspath(warehouse)).warehouse
    if not path.is_file():
        raise FileNotFoundError(
            f"no published warehouse at {path} (NEWS_WAREHOUSE); run `newsroom run` first"
        )
    con = duckdb.connect(":memory:")
    try:
        name = path.stem
        con.execute(f"attach ? as {_identifier(name)} (read_only)", [str(path)])
        con.execute(f"use {_identifier(name)}")
    except BaseException:
        con.close()
        raise
    return con


def _identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
