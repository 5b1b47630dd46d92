"""The dbt process a run starts early (``transform.DbtSession``): python -m newsroom.dbt_process FLAGS

It imports dbt and parses the project while the run cleans, extracts and loads, then runs each
command it reads from stdin (a JSON list of dbt arguments per line; FLAGS, a JSON list, are added
to each) against the parsed project, printing ``DONE_MARK`` and dbt's exit code after each. It
exits at the end of its input, closing DuckDB (which checkpoints the working copy) before the run
publishes it.
"""

from __future__ import annotations

import json
import logging
import os
import sys

DONE_MARK = "\x1enewsroom-dbt-done"


def main(flags: list[str]) -> None:
    from dbt.cli.main import dbtRunner  # the import this process exists to pay for early

    manifest = None
    for line in sys.stdin:
        args = json.loads(line)
        try:
            result = dbtRunner(manifest=manifest).invoke([*args, *flags])
            code = 0 if result.success else 2 if result.exception else 1
            if args[0] == "parse" and result.success:
                manifest = result.result  # the later commands skip dbt's parse
        except Exception as exc:  # reported like dbt's own errors: the run says why and fails
            print(f"dbt {args[0]} raised {exc!r}", flush=True)
            code = 2
        print(f"{DONE_MARK} {code}", flush=True)


def exit_now() -> None:
    """Ends the process without Python's teardown of dbt's thousands of objects and modules (~0.4-0.8 s
    of wall and ~1 CPU s on every run, while the run waits): DuckDB's database is closed first, which checkpoints the
    working copy, and the logs are flushed."""
    from dbt.adapters.duckdb.connections import DuckDBConnectionManager

    if DuckDBConnectionManager._ENV is not None:
        DuckDBConnectionManager._ENV.close()
    logging.shutdown()
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main(json.loads(sys.argv[1]))
    exit_now()
