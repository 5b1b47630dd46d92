#!/usr/bin/env bash
# End-to-end check of the Prefect deployment on this machine, as production runs it:
# a local Prefect server (127.0.0.1, throw-away PREFECT_HOME) -> work pool newsroom-process ->
# `prefect deploy --all` (prefect.yaml) -> a process worker -> one run of ingest/ingest-every-30-min
# on a raw folder -> check the run Completed and the warehouse has articles -> stop everything.
#
#   scripts/deploy_local.sh [RAW_DIR [WAREHOUSE]]
#
# RAW_DIR   (or NEWS_DEPLOY_RAW_DIR)   default: a temporary copy of the bundled samples in raw/
# WAREHOUSE (or NEWS_DEPLOY_WAREHOUSE) default: news.duckdb in a temporary folder (removed at exit)
# NEWS_DEPLOY_TIMEOUT  seconds the triggered run may take (default 600)
# NEWS_DEPLOY_KEEP=1   keep the temporary folder (server database, logs) for inspection
# NEWS_DEPLOY_VENV_BIN  the virtualenv's bin folder (default: the project's .venv/bin; a git worktree
#                      sharing another checkout's venv points it there)
#
# The server runs without its scheduler (--no-scheduler): the only run is the one triggered here,
# so a :00/:30 slot falling inside the check can never start a second run against the real
# warehouse. Every step is bounded by a timeout; the trap stops the server and the worker on any exit.
set -euo pipefail

PROJECT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$PROJECT_DIR"
VENV_BIN="${NEWS_DEPLOY_VENV_BIN:-$PROJECT_DIR/.venv/bin}"
PY="$VENV_BIN/python"
PREFECT="$VENV_BIN/prefect"
[[ -x "$PREFECT" ]] || { echo "deploy_local: $PREFECT not found (run make first)" >&2; exit 2; }
export PATH="$VENV_BIN:$PATH"   # the worker's flow-run processes find dbt beside this python

RUN_TIMEOUT="${NEWS_DEPLOY_TIMEOUT:-600}"
CLI_TIMEOUT=180
STARTUP_TIMEOUT=120

WORK="$(mktemp -d "${TMPDIR:-/tmp}/newsroom-deploy.XXXXXX")"
RAW_DIR="${1:-${NEWS_DEPLOY_RAW_DIR:-}}"
WAREHOUSE="${2:-${NEWS_DEPLOY_WAREHOUSE:-$WORK/warehouse/news.duckdb}}"
if [[ -z "$RAW_DIR" ]]; then
    RAW_DIR="$WORK/raw"
    cp -r "$PROJECT_DIR/raw" "$RAW_DIR"
fi
RAW_DIR="$(cd "$RAW_DIR" && pwd)"
mkdir -p "$(dirname "$WAREHOUSE")"
WAREHOUSE="$(cd "$(dirname "$WAREHOUSE")" && pwd)/$(basename "$WAREHOUSE")"

export PREFECT_HOME="$WORK/prefect-home"
export PREFECT_SERVER_ANALYTICS_ENABLED=false
export PREFECT_SERVER_API_HOST=127.0.0.1
export DO_NOT_TRACK=1
unset PREFECT_API_KEY PREFECT_PROFILE
PORT="$("$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
export PREFECT_API_URL="http://127.0.0.1:$PORT/api"
LOGS="$WORK/logs"
mkdir -p "$PREFECT_HOME" "$LOGS"

SERVER_PID=""
WORKER_PID=""
T0=$SECONDS

log() { printf '[deploy_local %3ds] %s\n' "$((SECONDS - T0))" "$*"; }

stop_group() {  # stop_group PID NAME SIGNAL GRACE: signal the leader; after GRACE s SIGKILL its group
    local pid="$1" name="$2" sig="$3" grace="$4"
    [[ -n "$pid" ]] || return 0
    if kill -0 "$pid" 2>/dev/null; then
        kill "-$sig" "$pid" 2>/dev/null || true
        for _ in $(seq "$((grace * 10))"); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -0 "$pid" 2>/dev/null && log "$name still running ${grace} s after SIG$sig; killing it"
    fi
    kill -KILL -- "-$pid" 2>/dev/null || true  # leftovers (uvicorn, flow-run processes)
    wait "$pid" 2>/dev/null || true
}

cleanup() {
    local status=$?
    trap - EXIT INT TERM
    # A Prefect worker takes SIGINT as "finish the runs in flight, then stop", and then lingers;
    # by now the one run has reached a final state, so a short grace is enough.
    stop_group "$WORKER_PID" worker INT 5
    stop_group "$SERVER_PID" server TERM 20
    if [[ $status -ne 0 ]]; then
        for f in "$LOGS"/*.log; do
            [[ -f "$f" ]] || continue
            echo "----- last lines of $(basename "$f") -----" >&2
            tail -n 40 "$f" >&2
        done
    fi
    if [[ "${NEWS_DEPLOY_KEEP:-0}" == 1 ]]; then
        log "kept $WORK"
    else
        rm -rf "$WORK"
    fi
    log "finished with exit code $status"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# setsid: each background service leads its own process group, so stop_group also reaches the
# processes it starts (the server's uvicorn, the worker's flow-run processes).
log "starting prefect server on 127.0.0.1:$PORT (PREFECT_HOME=$PREFECT_HOME)"
setsid "$PREFECT" server start --host 127.0.0.1 --port "$PORT" --no-scheduler --analytics-off \
    >"$LOGS/server.log" 2>&1 </dev/null &
SERVER_PID=$!

"$PY" - "$PREFECT_API_URL/health" "$STARTUP_TIMEOUT" "$SERVER_PID" <<'EOF'
import os, sys, time, urllib.request
url, timeout, pid = sys.argv[1], float(sys.argv[2]), int(sys.argv[3])
deadline = time.monotonic() + timeout
while True:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            if response.status == 200:
                break
    except OSError:
        pass
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        sys.exit("prefect server exited during start-up")
    if time.monotonic() > deadline:
        sys.exit(f"prefect server not healthy after {timeout:.0f} s")
    time.sleep(0.5)  # poll interval
EOF
log "server healthy at $PREFECT_API_URL"

if timeout "$CLI_TIMEOUT" "$PREFECT" work-pool inspect newsroom-process >/dev/null 2>&1; then
    log "work pool newsroom-process exists"
else
    timeout "$CLI_TIMEOUT" "$PREFECT" --no-prompt work-pool create newsroom-process --type process >"$LOGS/work-pool.log" 2>&1
    log "work pool newsroom-process created"
fi

# scripts/prefect_cli.py: the prefect CLI with a fix for a 422 that otherwise stops `deploy --all`
# after its first deployment (Prefect 3.8.8 client against fastapi 0.154; see that file).
timeout "$CLI_TIMEOUT" "$PY" "$PROJECT_DIR/scripts/prefect_cli.py" --no-prompt deploy --all >"$LOGS/deploy.log" 2>&1
log "deployed: $(grep -o "Deployment '[^']*' successfully created" "$LOGS/deploy.log" | cut -d"'" -f2 | paste -sd' ')"

# The scheduled deployment must carry the cron schedule and the concurrency limit of prefect.yaml.
"$PY" - <<'EOF'
import asyncio
from prefect.client.orchestration import get_client

async def main():
    async with get_client() as client:
        every = await client.read_deployment_by_name("ingest/ingest-every-30-min")
        full = await client.read_deployment_by_name("ingest/ingest-full-refresh")
    crons = [(s.schedule.cron, s.schedule.timezone) for s in every.schedules]
    assert crons == [("*/30 * * * *", "UTC")], crons
    assert every.global_concurrency_limit and every.global_concurrency_limit.limit == 1, every.global_concurrency_limit
    assert str(every.concurrency_options.collision_strategy).endswith("CANCEL_NEW"), every.concurrency_options
    assert every.work_pool_name == "newsroom-process" and every.parameters.get("full_refresh") is False
    assert full.schedules == [] and full.parameters.get("full_refresh") is True
    print(f"  schedule {crons[0][0]} ({crons[0][1]}), concurrency limit 1 / CANCEL_NEW, pull steps {every.pull_steps}")

asyncio.run(main())
EOF

log "starting a worker on pool newsroom-process"
setsid "$PREFECT" worker start --pool newsroom-process --limit 1 --install-policy never \
    >"$LOGS/worker.log" 2>&1 </dev/null &
WORKER_PID=$!

log "triggering ingest/ingest-every-30-min: raw_dir=$RAW_DIR warehouse_path=$WAREHOUSE"
timeout "$((RUN_TIMEOUT + 60))" "$PREFECT" deployment run 'ingest/ingest-every-30-min' \
    --param "raw_dir=$RAW_DIR" --param "warehouse_path=$WAREHOUSE" \
    --watch --watch-timeout "$RUN_TIMEOUT" >"$LOGS/run.log" 2>&1 \
    || { log "the flow run did not complete:"; tail -n 5 "$LOGS/run.log"; exit 1; }
log "$(grep -o "Flow run finished.*" "$LOGS/run.log" | tail -n 1)"

"$PY" - "$WAREHOUSE" <<'EOF'
import sys
import duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
articles = con.execute("select count(*) from articles").fetchone()[0]
runs = con.execute("select count(*) from pipeline_runs where status = 'completed'").fetchone()[0]
con.close()
if articles == 0 or runs == 0:
    sys.exit(f"warehouse {sys.argv[1]}: {articles} articles, {runs} completed runs")
print(f"  warehouse {sys.argv[1]}: {articles} articles, {runs} completed run(s)")
EOF
log "OK"
