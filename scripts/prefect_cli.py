"""The ``prefect`` command line, with one client-side fix for our server stack.

Prefect 3.8.8's client asks for a work pool's workers with ``{"offset": null, "limit": null}``.
Since fastapi's change "null is no longer replaced by the parameter's default for non-model body
parameters" (the fastapi 0.154 we pin has it), the 3.8.8 server answers 422, and
``prefect deploy`` crashes right after creating the first deployment (it looks up the pool's
online workers only to print a hint), so ``deploy --all`` never creates the second one.

Usage: ``.venv/bin/python scripts/prefect_cli.py <any prefect arguments>``, e.g.
``... scripts/prefect_cli.py --no-prompt deploy --all``. Remove once Prefect sends integers there
(or fastapi is pinned below the change).
"""

from __future__ import annotations

import sys

from prefect.client.orchestration._work_pools.client import WorkPoolAsyncClient, WorkPoolClient

# The server refuses limits above PREFECT_SERVER_API_DEFAULT_LIMIT (200 unless configured).
DEFAULT_LIMIT = 200


def _with_defaults(method):
    def wrapper(self, work_pool_name, worker_filter=None, offset=None, limit=None):
        return method(
            self,
            work_pool_name,
            worker_filter=worker_filter,
            offset=0 if offset is None else offset,
            limit=DEFAULT_LIMIT if limit is None else limit,
        )

    wrapper.__doc__ = method.__doc__
    return wrapper


WorkPoolClient.read_workers_for_work_pool = _with_defaults(WorkPoolClient.read_workers_for_work_pool)
WorkPoolAsyncClient.read_workers_for_work_pool = _with_defaults(
    WorkPoolAsyncClient.read_workers_for_work_pool
)


if __name__ == "__main__":
    from prefect.cli import app

    sys.argv[0] = "prefect"
    sys.exit(app())
