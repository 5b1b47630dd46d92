"""``newsroom`` command: run the ingestion flow, evaluate the extractors, serve the docs."""

from __future__ import annotations

import argparse
import functools
import http.server
import sys

from newsroom.config import load_settings


def _run(args: argparse.Namespace) -> int:
    from flows.ingest import RunInProgress, ingest

    try:
        result = ingest(full_refresh=args.full_refresh)
    except RunInProgress as exc:
        print(exc, file=sys.stderr)
        return 75  # EX_TEMPFAIL: try again later
    print(result["summary"])
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
    run.add_argument("--full-refresh", action="store_true", help="re-process every file, not only new/changed ones")
    run.set_defaults(func=_run)
    commands.add_parser("eval", help="score the extractors against the reference annotations (newsroom eval --help)")
    docs = commands.add_parser("docs", help="serve the generated dbt docs site on 127.0.0.1")
    docs.add_argument("--port", type=int, default=8580)
    docs.set_defaults(func=_docs)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
