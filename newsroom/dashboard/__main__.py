"""``newsroom dashboard`` (``make dashboard``): serve the dashboard on 127.0.0.1."""

from __future__ import annotations

import argparse
import sys

from newsroom.cli import add_warehouse_flag
from newsroom.config import load_settings
from newsroom.dashboard.app import create_app

DEFAULT_PORT = 8050  # the exposures' URLs in dbt/models/exposures.yml use it


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="newsroom dashboard",
        description="Serve the dashboard on 127.0.0.1, reading the published warehouse.",
    )
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"default {DEFAULT_PORT}")
    add_warehouse_flag(parser)
    args = parser.parse_args(argv)
    warehouse = load_settings(warehouse=args.warehouse).warehouse
    print(f"Dashboard of {warehouse} at http://127.0.0.1:{args.port}/ (Ctrl-C to stop)", flush=True)
    # Loopback only, like the docs site: the warehouse is not meant for the network.
    create_app(warehouse).run(
        host="127.0.0.1", port=args.port, debug=False, dev_tools_disable_version_check=True
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
