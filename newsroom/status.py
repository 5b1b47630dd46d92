"""``newsroom status``: what the published warehouse holds, read-only (readers never block a run)."""

from __future__ import annotations

from pathlib import Path

import duckdb


def _table(con: duckdb.DuckDBPyConnection, schema: str, table: str) -> bool:
    query = "select count(*) from information_schema.tables where table_schema = ? and table_name = ?"
    return con.execute(query, [schema, table]).fetchone()[0] > 0


def collect(warehouse: Path, runs: int = 5) -> dict:
    """The last ``runs`` runs (newest first), the marts' row counts and the refused files."""
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        if not _table(con, "landing", "run_log"):
            raise ValueError(
                f"{warehouse} is not a newsroom warehouse, or one from before landing.run_log"
                " (the next `newsroom run` updates it)"
            )
        columns = ["run_id", "started_at", "finished_at", "status", "message"]
        rows = con.execute(
            f"select {', '.join(columns)} from landing.run_log order by started_at desc limit ?", [runs]
        ).fetchall()
        counts = {}
        for table in ("articles", "quotes", "events"):
            # The marts (what BI sees); before dbt ever ran, the landing tables.
            relation = f"main.{table}" if _table(con, "main", table) else f"landing.extracted_{table}"
            counts[table] = con.execute(f"select count(*) from {relation}").fetchone()[0]
        rejected = con.execute("select path, reason from landing.file_rejections order by path").fetchall()
    finally:
        con.close()
    return {
        "warehouse": str(warehouse),
        "runs": [
            {
                k: (v.isoformat(sep=" ", timespec="seconds") if hasattr(v, "isoformat") else v)
                for k, v in zip(columns, row, strict=True)
            }
            for row in rows
        ],
        "counts": counts,
        "rejected": [{"path": path, "reason": reason} for path, reason in rejected],
    }


def render(report: dict) -> str:
    lines = [f"Warehouse {report['warehouse']}", "", f"Last {len(report['runs'])} run(s), newest first:"]
    for run in report["runs"]:
        lines.append(f"  {run['started_at']}  {run['status']:<9}  {run['message'] or ''}")
    if not report["runs"]:
        lines.append("  (none)")
    counts = report["counts"]
    lines += ["", f"{counts['articles']} articles, {counts['quotes']} quotes, {counts['events']} events", ""]
    lines.append(f"{len(report['rejected'])} rejected file(s)" + (":" if report["rejected"] else ""))
    lines += [f"  {r['path']}: {r['reason']}" for r in report["rejected"]]
    return "\n".join(lines)
