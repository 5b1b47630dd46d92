"""newsroom command: run the ingestion flow, show the warehouse's state, export the marts, evaluate
the extractors, serve the docs."""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import signal
import sys
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path

from newsroom import __version__
from newsroom.config import ConfigError, Settings, load_settings

EX_USAGE, EX_TEMPFAIL = 64, 75  # sysexits.h: a bad setting; try again later


def _stop_on_sigterm(signum: int, _frame: object) -> None:
    """SIGTERM (cron, systemd, Kubernetes) unwinds the run as SIGINT does: workers, dbt and the
    temporary Prefect server stop, the lock is released, nothing is published."""
    raise SystemExit(128 + signum)


def _run(args: argparse.Namespace) -> int:
    signal.signal(signal.SIGTERM, _stop_on_sigterm)
    settings = load_settings(raw_dir=args.raw_dir, warehouse=args.warehouse)
    if not settings.raw_dir.is_dir():
        source = "--raw-dir" if args.raw_dir else "NEWS_RAW_DIR"
        print(f"newsroom: raw folder {settings.raw_dir} does not exist ({source})", file=sys.stderr)
        return EX_USAGE
    to_read = None
    if not args.full_refresh:
        from newsroom.noop import outlook

        seen = outlook(settings)  # decided before Prefect starts or heavy modules load
        if seen.nothing_new:
            _report({"status": "nothing new", "run_id": None, "summary": seen.nothing_new}, args.json)
            return 0
        to_read = seen.to_read
    from flows.api import ApiStartError

    try:
        state = run_flow(settings, args.full_refresh, to_read=to_read)
    except ApiStartError as exc:
        print(f"newsroom: {exc}", file=sys.stderr)
        return 1
    if state.is_cancelled():
        print(f"newsroom: {state.message}", file=sys.stderr)
        return EX_TEMPFAIL
    if not state.is_completed():
        print(f"newsroom: the run ended {state.name}: {state.message}", file=sys.stderr)
        return 1
    result = state.result()
    _report({"status": "completed", **{k: result[k] for k in ("run_id", "summary", "seconds")}}, args.json)
    return 0


def run_flow(
    settings: Settings,
    full_refresh: bool,
    mark: Callable[[str], None] = lambda _: None,
    to_read: list | None = None,
):
    """The ingest flow with its Prefect API, as `newsroom run` runs it (the bench runs this too):
    the API starts while the flow's modules import. A run of few files (``to_read``, from the
    early check) also loads the spaCy model it will extract with in this process and starts its
    dbt process meanwhile: this process would otherwise wait idle for the API. A larger run (or
    one of unknown size whose folder is not small) starts its extraction workers then instead,
    so that their model loads overlap the API's start rather than precede the first batch.
    ``mark`` hears "imported", "model loaded", "api ready" and "flow done" as they happen, so the
    bench can tell start-up, server and flow apart."""
    from flows.api import prefect_api

    with ExitStack() as stack:
        ready = stack.enter_context(prefect_api(settings.api_start_timeout))
        from newsroom.worker_pool import WorkerPool, extracts_here, folder_extracts_here

        small = extracts_here(to_read) if to_read is not None else folder_extracts_here(settings.raw_dir)
        if not small and not settings.dask_address:
            stack.callback(WorkerPool.start_early(settings.workers))
        from flows.ingest import ingest  # the heavy imports, while the API starts
        from newsroom.transform import DbtSession

        mark("imported")
        if to_read and small and not settings.dask_address:
            from newsroom.extract import load_nlp

            stack.callback(
                DbtSession.start_early(
                    settings.dbt_project_dir, settings.working_copy, settings.dbt_target_dir
                )
            )
            load_nlp()
            mark("model loaded")
        ready()
        mark("api ready")
        state = ingest(
            raw_dir=str(settings.raw_dir),
            warehouse_path=str(settings.warehouse),
            full_refresh=full_refresh,
            return_state=True,
        )
        mark("flow done")
    return state


def _report(summary: dict, as_json: bool) -> None:
    print(json.dumps(summary) if as_json else summary["summary"], flush=True)


def _published_warehouse(args: argparse.Namespace) -> Path | None:
    """The warehouse a read-only command reads (``--warehouse``, else the setting), or None, said in one
    line, when there is none yet."""
    warehouse = load_settings(warehouse=args.warehouse).warehouse
    if not warehouse.is_file():
        print(f"newsroom: no warehouse at {warehouse}: run `newsroom run` first", file=sys.stderr)
        return None
    return warehouse


def _status(args: argparse.Namespace) -> int:
    from newsroom import status

    warehouse = _published_warehouse(args)
    if warehouse is None:
        return 1
    try:
        report = status.collect(warehouse, args.runs)
    except Exception as exc:  # a file that is not DuckDB, or not ours
        print(f"newsroom: cannot read {warehouse}: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(report) if args.json else status.render(report))
    return 0


def _export(args: argparse.Namespace) -> int:
    from newsroom import export

    warehouse = _published_warehouse(args)
    if warehouse is None:
        return 1
    try:
        written = export.export(Path(args.out), args.format, warehouse)
    except Exception as exc:  # a file that is not DuckDB, or an output folder we cannot write
        print(f"newsroom: cannot export {warehouse}: {exc}", file=sys.stderr)
        return 1
    for item in written:
        print(f"{item.path}  {item.rows} rows")
    print(f"exported {len(written)} marts of {warehouse} to {args.out} ({args.format})")
    return 0


def _generate_docs(args: argparse.Namespace) -> int:
    """The docs site generated again from the published warehouse, between runs (the run lock):
    dbt reads a copy, so readers of the published file are not disturbed."""
    import shutil
    import tempfile

    from filelock import FileLock, Timeout

    from newsroom import transform, warehouse

    settings = load_settings(warehouse=args.warehouse)
    if _published_warehouse(args) is None:
        return 1
    try:
        with (
            FileLock(settings.lock_file, timeout=0),
            tempfile.TemporaryDirectory(dir=settings.warehouse.parent) as tmp,
        ):
            # The same file name: the docs catalog names the database after it.
            copy = Path(tmp) / settings.warehouse.name
            shutil.copyfile(settings.warehouse, copy)
            transform.generate_docs(
                settings.dbt_project_dir,
                copy,
                settings.dbt_target_dir,
                settings.docs_dir,
                transform.project_digest(settings.dbt_project_dir, warehouse.schema_sql()),
                force=True,
            )
    except Timeout:
        print(f"newsroom: a run holds {settings.lock_file}; try again when it ends", file=sys.stderr)
        return EX_TEMPFAIL
    except transform.DbtError as exc:
        print(f"newsroom: {exc}", file=sys.stderr)
        return 1
    print(f"Generated the docs site in {settings.docs_dir}")
    return 0


def _docs(args: argparse.Namespace) -> int:
    if args.generate:
        return _generate_docs(args)
    docs_dir = load_settings(warehouse=args.warehouse).docs_dir
    if not (docs_dir / "index.html").exists():
        print(f"No docs site in {docs_dir}: run `make run` first.", file=sys.stderr)
        return 1
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(docs_dir))
    # Loopback only: the docs describe the warehouse and are not meant for the network.
    with http.server.ThreadingHTTPServer(("127.0.0.1", args.port), handler) as server:
        print(f"Serving the dbt docs site at http://127.0.0.1:{args.port}/ (Ctrl-C to stop)")
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
    return 0


def add_warehouse_flag(parser: argparse.ArgumentParser) -> None:
    """``--warehouse PATH``, the same for every command that reads or writes the published file."""
    parser.add_argument(
        "--warehouse",
        metavar="PATH",
        help="the published DuckDB file (default: $NEWS_WAREHOUSE, else warehouse/news.duckdb)",
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsroom", description=__doc__)
    parser.add_argument("--version", action="version", version=f"newsroom {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser(
        "run",
        help="ingest the raw folder into the warehouse (a Prefect flow run)",
        description="Ingest the raw folder into the warehouse (a Prefect flow run). Exits at once, "
        "with one line, when nothing in the raw folder changed since the last run.",
    )
    run.add_argument(
        "--full-refresh", action="store_true", help="re-process every file, not only new/changed ones"
    )
    run.add_argument(
        "--raw-dir", metavar="PATH", help="folder of article files (default: $NEWS_RAW_DIR, else raw)"
    )
    add_warehouse_flag(run)
    run.add_argument("--json", action="store_true", help="print the run summary as one JSON object")
    run.set_defaults(func=_run)
    status = commands.add_parser(
        "status",
        help="last runs, article/quote/event counts and rejected files (read-only)",
        description="Show the published warehouse's last runs, its article, quote and event counts, "
        "and the rejected files with their reasons. Opens the warehouse read-only.",
    )
    add_warehouse_flag(status)
    status.add_argument("--runs", type=int, default=5, metavar="N", help="how many runs to show (default 5)")
    status.add_argument("--json", action="store_true", help="print the report as one JSON object")
    status.set_defaults(func=_status)
    _add_read_only_commands(commands)
    return parser


def _add_read_only_commands(commands) -> None:
    """export, eval, dashboard and docs: they read the published warehouse and never write it."""
    export = commands.add_parser(
        "export",
        help="write the marts to Parquet or CSV files, one per mart (read-only)",
        description="Write every mart (the tables and views of the warehouse's main schema) to one "
        "Parquet or CSV file each, for tools that do not read DuckDB. Opens the latest published "
        "warehouse read-only; a run may go on meanwhile.",
    )
    export.add_argument(
        "--format", choices=["parquet", "csv"], default="parquet", help="file format (default parquet)"
    )
    export.add_argument("--out", metavar="DIR", default="export", help="output folder (default: export)")
    add_warehouse_flag(export)
    export.set_defaults(func=_export)
    commands.add_parser(
        "eval", help="score the extractors against the reference annotations (newsroom eval --help)"
    )
    commands.add_parser("dashboard", help="serve the dashboard on 127.0.0.1 (newsroom dashboard --help)")
    docs = commands.add_parser("docs", help="serve the generated dbt docs site on 127.0.0.1")
    docs.add_argument("--port", type=int, default=8580)
    docs.add_argument(
        "--generate",
        action="store_true",
        help="generate the site again from the published warehouse and exit (a run regenerates it "
        "only when the dbt project or the landing schema changed)",
    )
    add_warehouse_flag(docs)
    docs.set_defaults(func=_docs)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["eval"]:  # its own parser takes every option (argparse's REMAINDER drops leading ones)
        from newsroom.evaluate import main as evaluate_main

        return evaluate_main(argv[1:])
    if argv[:1] == ["dashboard"]:  # Dash and plotly are imported only for this command
        from newsroom.dashboard.__main__ import main as dashboard_main

        return dashboard_main(argv[1:])
    args = _parser().parse_args(argv)
    try:
        return args.func(args)
    except ConfigError as exc:
        print(f"newsroom: {exc}", file=sys.stderr)
        return EX_USAGE
    except KeyboardInterrupt:
        print("newsroom: interrupted; nothing was published", file=sys.stderr)
        return 128 + signal.SIGINT


if __name__ == "__main__":
    sys.exit(main())
