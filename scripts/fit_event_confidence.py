"""Refit the event confidence weights (newsroom/extract/events/confidence.py) from the judged events.

    python scripts/fit_event_confidence.py checks [/tmp/event_checks.tsv] --pool15 /work/pool15 \
        --pool16 /work/pool16 --pool17 /work/sealed17 --pool18 /work/pool18 --pool19 /work/pool19 \
        --pool20 /work/pool20 --pool21 /work/pool21 --pool22 /work/pool22
    python scripts/fit_event_confidence.py fit [/tmp/event_checks.tsv]      # held-out figures and the fitted weights

Judged rows: every event of ``evaldata/real_events/verdicts.tsv`` (Wikinews, one group per split), the commercial
pages' events of ``evaldata/actors_audit/sample_r13_events.tsv`` (group "pages") and, when the round's page pool is
given (the folder its sheets' pages are under: pool15, pool16 and the government pools 18-22 holding dev/ and
sealed/, round 17's Wikinews texts sealed17/; rounds 23 and 24's Wikinews articles are in the repository), the EVENT
and EVENT01 rows of that round's audit sheets (groups in POOL_SHEETS; a sheet row is right on the triple when its
``detail`` letters 1, 3 and 4 are y). Each judged article is extracted again by this checkout,
pages through the product's read path (as pages_snapshot.py); a row is matched to the event of the same article,
sentence, code and actor names, and the checks ``confidence()`` received for it are recorded. Right = root, source
and target all right (audit_events.py's triple).
The weights are a logistic regression of right on the terms of ``confidence.terms`` (L2 penalty ``PENALTY``),
measured by leaving each audit round out in turn (ROUNDS; each Wikinews split its own), then fitted on all rows.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from dataclasses import asdict, fields
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]
import audit_events  # noqa: E402
import pages_snapshot  # noqa: E402

from newsroom.extract.events.confidence import Checks  # noqa: E402

CHECK_COLS = tuple(f.name for f in fields(Checks))
PAGES = ROOT / "evaldata" / "realpages" / "pages"
PAGE_ROWS = ROOT / "evaldata" / "actors_audit" / "sample_r13_events.tsv"
DEFAULT = Path("/tmp/event_checks.tsv")
PENALTY = 2.0  # L2 on the weights (not the intercept): a term seen on few rows stays near 0
BANDS = ((0.75, 1.01), (0.65, 0.75), (0.5, 0.65), (0.0, 0.5))
CUTS = (0.55, 0.6, 0.65, 0.7, 0.75)  # thresholds the fit reports for events_confident
AUDITS = ROOT / "evaldata" / "actors_audit"
POOL_SHEETS = {  # group: (its pool's option, the audit sheets whose EVENT / EVENT01 rows name a page of the pool)
    "pages15": (
        "pool15",
        (
            "sample_r15_dev.tsv",
            "sample_r15_sealed_events.tsv",
            "sample_r15_sealed_quotes_statements_actors.tsv",
        ),
    ),
    "pages16": (
        "pool16",
        ("sample_r16_dev.tsv", "sample_r16_sealed_events.tsv", "sample_r16_sealed_quotes_statements.tsv"),
    ),
    "pages17": ("pool17", ("sample_r17_sealed.tsv",)),  # Wikinews general news, read as pages
    "govdev18": ("pool18", ("sample_r18_dev.tsv",)),  # White House releases
    "gov18": ("pool18", ("sample_r18_sealed.tsv",)),
    "gov19": ("pool19", ("sample_r19_sealed.tsv",)),  # more White House releases, fact sheets, round-ups
    "govdev20": ("pool20", ("sample_r20_dev.tsv",)),  # White House pages of 2025-2026
    "gov20": ("pool20", ("sample_r20_sealed.tsv",)),
    "gov21": ("pool21", ("sample_r21_sealed.tsv",)),  # Justice Department and congressional releases
    "govdev22": ("pool22", ("sample_r22_dev.tsv",)),  # State Department releases
    "gov22": ("pool22", ("sample_r22_sealed.tsv",)),
    "pages23": ("pool23", ("sample_r23_sealed.tsv",)),  # Wikinews political articles, read as pages
    "pages24": ("pool24", ("sample_r24_sealed.tsv",)),
}
IN_REPO = {  # pools kept in the repository: the options default to them
    "pool23": ROOT / "evaldata" / "real_quotes" / "sealed15",
    "pool24": ROOT / "evaldata" / "real_quotes" / "sealed16",
}
GOV = ("govdev18", "gov18", "gov19", "govdev20", "gov20", "gov21", "govdev22", "gov22")  # apart from news
NEWS_PAGES = ("pages", *(g for g in POOL_SHEETS if g not in GOV))
ROUNDS = {  # the audit rounds, each held out whole for the per-round table (Wikinews reference sets: each its own)
    "r13": ("pages",),
    "r15": ("pages15",),
    "r16": ("pages16",),
    "r17": ("pages17",),
    "r18": ("govdev18", "gov18"),
    "r19": ("gov19",),
    "r20": ("govdev20", "gov20"),
    "r21": ("gov21",),
    "r22": ("govdev22", "gov22"),
    "r23": ("pages23",),
    "r24": ("pages24",),
}


def _name(v: str) -> str:
    return "" if v in ("", "None", "-") else v


def _key(article, sentence, code, a1, a2) -> tuple:
    return (article, " ".join(sentence.split()), code, _name(a1), _name(a2))


class _Scored(float):
    """A confidence that carries the checks it was computed from (only while this script extracts)."""

    checks = None


def _recording():
    """Make the event builder's confidence() return _Scored values."""
    from newsroom.extract.events import build

    scored = build.confidence

    def record(checks):
        s = _Scored(scored(checks))
        s.checks = checks
        return s

    build.confidence = record


def _extracted(inputs: list) -> list:
    from newsroom.evaluate import checked
    from newsroom.extract import extract_batch

    return checked(extract_batch(inputs))


def _events(article_id: str, ex) -> dict[tuple, object]:
    names = {a.entity_index: a.name for a in ex.actors}
    return {
        _key(
            article_id,
            e.sentence_text,
            e.cameo_code,
            names.get(e.actor1_entity, ""),
            names.get(e.actor2_entity, ""),
        ): e
        for e in ex.events
    }


def _wikinews_events(judged: list[dict]) -> dict[tuple, object]:
    from newsroom.clean import clean_text
    from newsroom.dates import parse_published
    from newsroom.models import ArticleInput

    wanted = {r["article"] for r in judged}
    found = {}
    for path in sorted(audit_events.DATA.glob("*.jsonl")):
        arts = [a for a in audit_events._articles(path.stem) if a["id"] in wanted]
        inputs = []
        for a in arts:
            clean = clean_text(a["text"], title=a["title"])
            inputs.append(ArticleInput(clean.body, clean.title or a["title"], parse_published(a["date"])))
        for a, ex in zip(arts, _extracted(inputs), strict=True):
            found.update((k, (path.stem, e)) for k, e in _events(a["id"], ex).items())
    return found


def _page_events(judged: list[dict]) -> dict[tuple, object]:
    """The judged pages read as ``newsroom run`` read them (article id: md5 of "<file>#0")."""
    from newsroom.models import ArticleInput, RawFile
    from newsroom.pipeline import read_and_clean

    by_id = {hashlib.md5(f"{p.name}#0".encode()).hexdigest(): p for p in PAGES.glob("*.txt")}
    ids, inputs = [], []
    for article_id in sorted({r["article"] for r in judged}):
        path = by_id[article_id]
        data = path.read_bytes()
        raw = RawFile(path.name, len(data), hashlib.sha256(data).hexdigest(), "txt", 0.0)
        for a in read_and_clean(path.parent, raw, datetime.now(UTC)).articles:
            ids.append(article_id)
            inputs.append(ArticleInput(a.row["body"], a.row["title"], a.row["published_at"]))
    found = {}
    for article_id, ex in zip(ids, _extracted(inputs), strict=True):
        found.update((k, ("pages", e)) for k, e in _events(article_id, ex).items())
    return found


def _sheet_rows(path: Path) -> list[dict]:
    """A round's judged event rows, in the verdict columns (its notes hold stray quote marks: no csv quoting)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    head = lines[0].split("\t")
    rows = []
    for line in lines[1:]:
        r = dict(zip(head, line.split("\t"), strict=False))
        if not r.get("kind", "").startswith("EVENT"):
            continue
        code, a1, a2, _trigger, sentence = r["fields"].split(" | ", 4)
        letters = r["detail"].split()[0] if r["detail"].strip() else ""
        if r["verdict"] == "right" and len(letters) != 4:
            letters = "yyyy"  # a statement judged right as a whole ("ok", round 20's development sheet)
        ok = {
            k: letters[i] if len(letters) == 4 else "?"
            for k, i in (("root_ok", 0), ("a1_ok", 2), ("a2_ok", 3))
        }
        rows.append(
            {
                "article": "/".join(
                    Path(r["file"]).parts[-2:]
                ),  # the page's folder and name, as _read names it
                "sentence": sentence,
                "cameo_code": code,
                "actor1": a1.split(" [")[0],
                "actor2": a2.split(" [")[0],
                **ok,
            }
        )
    return rows


def _pool_events(group: str, pool: Path, judged: list[dict]) -> dict[tuple, object]:
    """The round's judged pages read as pages_snapshot.py reads them, found by file name anywhere under the pool
    (a sheet names "dev/x.html" or the folder it was snapshotted from, "quotes_sealed16/x.txt"); each judged row's
    article becomes the id the read gives ("dev/x.html")."""
    pages = {p.name: p for p in pool.rglob("*") if p.is_file()}
    for r in judged:
        path = pages[Path(r["article"]).name]
        r["article"] = f"{path.parent.name}/{path.name}"
    ids, inputs = pages_snapshot._read(sorted({pages[Path(r["article"]).name] for r in judged}))
    found = {}
    for article_id, ex in zip(ids, _extracted(inputs), strict=True):
        found.update((k, (group, e)) for k, e in _events(article_id, ex).items())
    return found


def checks(out: Path, pools: dict[str, Path]) -> None:
    _recording()
    verdicts = audit_events._read(audit_events.VERDICTS)
    pages = audit_events._read(PAGE_ROWS)
    found = _wikinews_events(verdicts) | _page_events(pages)
    judged = verdicts + pages
    for group, pool in pools.items():
        sheet = [r for name in POOL_SHEETS[group][1] for r in _sheet_rows(AUDITS / name)]
        for r in sheet:
            r["group"] = group
        found |= {(group, *k): v for k, v in _pool_events(group, pool, sheet).items()}
        judged += sheet
    rows, missed = [], 0
    for r in judged:
        key = _key(r["article"], r["sentence"], r["cameo_code"], r["actor1"], r["actor2"])
        hit = found.get((r["group"], *key) if "group" in r else key)
        if hit is None:
            missed += 1
            continue
        group, e = hit
        c = getattr(e.confidence, "checks", None)
        row = {
            "group": group,
            "article": r["article"],
            "cameo_code": r["cameo_code"],
            "confidence": f"{e.confidence:.2f}",
            "root_right": audit_events._yn(r["root_ok"]),
            "triple_right": audit_events.triple(r),
            "kind": "checks" if c is not None else "fixed",
        }
        row.update(asdict(c) if c is not None else {})
        rows.append(row)
    cols = ("group", "article", "cameo_code", "confidence", "root_right", "triple_right", "kind", *CHECK_COLS)
    audit_events._write(out, cols, rows)
    for group in ("pages", *pools):
        n = sum(r["group"] == group for r in rows)
        print(f"  {group}: {n} judged rows matched")
    print(f"{len(rows)} judged rows matched, {missed} not extracted again (changed or gone) -> {out}")


_PARSE = {"bool": lambda v: v == "True", "int": int, "str": str}


def _load(path: Path) -> list[dict]:
    rows = []
    for r in audit_events._read(path):
        if r["triple_right"] == "" or r["kind"] != "checks":
            continue
        kw = {f.name: _PARSE[f.type](r[f.name]) for f in fields(Checks)}
        rows.append(
            {**r, "checks": Checks(**kw), "right": r["triple_right"] == "True", "old": float(r["confidence"])}
        )
    return rows


def _matrix(rows: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    from newsroom.extract.events.confidence import terms

    x = np.array([[1.0, *(float(v) for v in terms(r["checks"]).values())] for r in rows])
    return x, np.array([float(r["right"]) for r in rows])


def _fit(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Penalised logistic regression by Newton's method (the intercept, column 0, is not penalised)."""
    w = np.zeros(x.shape[1])
    pen = np.full(x.shape[1], PENALTY)
    pen[0] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-x @ w))
        grad = x.T @ (p - y) + pen * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(pen)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def _auc(score: np.ndarray, y: np.ndarray) -> float:
    """The chance a right row scores above a wrong one (ties count half)."""
    pos, neg = score[y == 1], score[y == 0]
    if not len(pos) or not len(neg):
        return float("nan")
    wins = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return wins / (len(pos) * len(neg))


def _report(label: str, score: np.ndarray, y: np.ndarray) -> None:
    cells = []
    for lo, hi in BANDS:
        band = (score >= lo) & (score < hi)
        n = int(band.sum())
        cells.append(f"{int(y[band].sum())}/{n} {y[band].mean():.2f}" if n else "0/0  -  ")
    print(f"  {label:34s} n={len(y):4d} AUC {_auc(score, y):.3f} | " + " | ".join(f"{c:>13s}" for c in cells))


def _kept(score: np.ndarray, y: np.ndarray, cut: float) -> str:
    kept = score >= cut
    return f"{int(y[kept].sum())}/{int(kept.sum())} {y[kept].mean():.2f}, {kept.mean():.0%}"


def _split(score: np.ndarray, y: np.ndarray, cut: float = 0.65) -> str:
    above = score >= cut
    below = f"{int(y[~above].sum())}/{int((~above).sum())} {y[~above].mean():.2f}" if (~above).any() else "-"
    return f"{_kept(score, y, cut):>19s} | {below:>12s}"


def _per_round(rounds: np.ndarray, old: np.ndarray, held: np.ndarray, y: np.ndarray, label: str) -> None:
    """Each round's AUC and right share either side of the events_confident threshold, current vs held out."""
    print(
        f"per round ({label}), current weights -> round left out of the fit: AUC | >= 0.65 right/kept, share"
        " | < 0.65 right/n"
    )
    for g in sorted(set(rounds)):
        sel = rounds == g
        print(
            f"  {g:14s} n={int(sel.sum()):4d} AUC {_auc(old[sel], y[sel]):.3f} -> {_auc(held[sel], y[sel]):.3f}"
            f" | {_split(old[sel], y[sel])} -> {_split(held[sel], y[sel])}"
        )


def _round(group: str) -> str:
    """The audit round a group belongs to (a Wikinews reference set is its own)."""
    return next((r for r, groups in ROUNDS.items() if group in groups), group)


def _scores(w: np.ndarray, x: np.ndarray) -> np.ndarray:
    from newsroom.extract.events.confidence import CEILING, FLOOR

    return np.round(np.clip(1 / (1 + np.exp(-x @ w)), FLOOR, CEILING), 2)


def fit(path: Path) -> None:
    from newsroom.extract.events.confidence import terms

    rows = _load(path)
    x, y = _matrix(rows)
    old = np.array([r["old"] for r in rows])
    groups = np.array([r["group"] for r in rows])
    rounds = np.array([_round(g) for g in groups])
    held = np.zeros(len(rows))
    for g in sorted(set(rounds)):
        out = rounds == g
        held[out] = _scores(_fit(x[~out], y[~out]), x[out])
    print(
        "bands: >=0.75 | 0.65-0.75 | 0.50-0.65 | <0.50 (right/n, precision); right = root, source and target"
    )
    _report("all rows, current weights", old, y)
    _report("all rows, leave-one-round-out", held, y)
    news = np.isin(groups, NEWS_PAGES)
    gov = np.isin(groups, GOV)
    wiki = ~news & ~gov
    _report("Wikinews, current weights", old[wiki], y[wiki])
    _report("Wikinews, leave-one-round-out", held[wiki], y[wiki])
    for label, sel in (("news pages", news), ("government", gov)):
        _report(f"{label}, current weights", old[sel], y[sel])
        _report(f"{label}, leave-one-round-out", held[sel], y[sel])
    _per_round(rounds, old, held, y, "right = the triple")
    for label, score in (("current weights", old), ("held out", held)):
        print(
            f"{label}, rows kept at each threshold (all rows | Wikinews | news pages | government):"
            " right/kept, share of rows kept"
        )
        for cut in CUTS:
            print(
                f"  >= {cut:.2f}  "
                + " | ".join(_kept(score[sel], y[sel], cut) for sel in (groups == groups, wiki, news, gov))
            )
    root = np.array([r["root_right"] == "True" for r in rows], dtype=float)
    known = np.array([r["root_right"] in ("True", "False") for r in rows])
    print("the same scores against root right (the code's root, whatever the actors):")
    _report("all rows, current weights", old[known], root[known])
    _report("all rows, leave-one-round-out", held[known], root[known])
    _per_round(rounds[known], old[known], held[known], root[known], "right = the root")
    w = _fit(x, y)
    print("fitted on all rows (log-odds):")
    for name, value in zip(("INTERCEPT", *terms(rows[0]["checks"])), w, strict=True):
        print(f"  {name} = {value:.2f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("command", choices=("checks", "fit"))
    ap.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--pool15", type=Path, help="round 15's page pool (holding dev/ and sealed/)")
    ap.add_argument("--pool16", type=Path, help="round 16's page pool (holding dev/ and sealed/)")
    ap.add_argument("--pool17", type=Path, help="round 17's Wikinews texts (the sealed17/ folder)")
    ap.add_argument("--pool18", type=Path, help="round 18's White House releases (holding dev/ and sealed/)")
    for n, what in (
        ("19", "White House releases"),
        ("20", "White House pages"),
        ("21", "DOJ and congressional"),
        ("22", "State Department releases"),
    ):
        ap.add_argument(f"--pool{n}", type=Path, help=f"round {n}'s {what} (holding dev/ and sealed/)")
    for option, folder in IN_REPO.items():
        ap.add_argument(f"--{option}", type=Path, default=folder, help=f"default {folder.relative_to(ROOT)}")
    args = ap.parse_args()
    if args.command == "checks":
        given = vars(args)
        pools = {g: given[option] for g, (option, _) in POOL_SHEETS.items() if given[option] is not None}
        checks(args.path, pools)
    else:
        fit(args.path)


if __name__ == "__main__":
    main()
