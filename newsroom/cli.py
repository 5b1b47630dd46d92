"""``newsroom`` command: run the ingestion flow, evaluate the extractors, serve the docs."""

from __future__ import annotations

import argparse
import functools
import http.server
import signal
import sys

from newsroom.config import ConfigError, load_settings

EX_USAGE, EX_TEMPFAIL = 64, 75  # sysexits.h: a bad setting; try again later


def _stop_on_sigterm(signum: int, _frame: object) -> None:
    """SIGTERM (cron, systemd, Kubernetes) unwinds the run as SIGINT does: workers, dbt and the
    temporary Prefect server stop, the lock is released, nothing is published."""
    raise SystemExit(128 + signum)


def _run(args: argparse.Namespace) -> int:
    signal.signal(signal.SIGTERM, _stop_on_sigterm)
    settings = load_settings()
    if not settings.raw_dir.is_dir():
        print(f"newsroom: raw folder {settings.raw_dir} does not exist (NEWS_RAW_DIR)", file=sys.stderr)
        return EX_USAGE
    if not args.full_refresh:
        from newsroom.noop import nothing_new

        if message := nothing_new(settings):  # decided before Prefect starts or heavy modules load
            print(message)
            return 0
    from flows.api import ApiStartError, prefect_api

    try:
        with prefect_api(settings.api_start_timeout) as ready:
            from flows.ingest import ingest  # the heavy imports, while the API starts

            ready()
            state = ingest(full_refresh=args.full_refresh, return_state=True)
    except ApiStartError as exc:
        print(f"newsroom: {exc}", file=sys.stderr)
        return 1
    if state.is_cancelled():
        print(f"newsroom: {state.message}", file=sys.stderr)
        return EX_TEMPFAIL
    if not state.is_completed():
        print(f"newsroom: the run ended {state.name}: {state.message}", file=sys.stderr)
        return 1
    print(state.result()["summary"])
    return 0


def _docs(args: argparse.Namespace) -> int:
    docs_dir = load_settings().docs_dir
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


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["eval"]:  # its own parser takes every option (argparse's REMAINDER drops leading ones)
        from newsroom.evaluate import main as evaluate_main

        return evaluate_main(argv[1:])
    parser = argparse.ArgumentParser(prog="newsroom", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="ingest NEWS_RAW_DIR into NEWS_WAREHOUSE (a Prefect flow run)")
    run.add_argument(
        "--full-refresh", action="store_true", help="re-process every file, not only new/changed ones"
    )
    run.set_defaults(func=_run)
    commands.add_parser(
        "eval", help="score the extractors against the reference annotations (newsroom eval --help)"
    )
    docs = commands.add_parser("docs", help="serve the generated dbt docs site on 127.0.0.1")
    docs.add_argument("--port", type=int, default=8580)
    docs.set_defaults(func=_docs)
    args = parser.parse_args(argv)
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
