"""Rebuild pool21: Justice Department and congressional press releases (US government works, public domain).

    python evaldata/actors_audit/pool21_build.py MIRROR_DIR OUT_DIR

MIRROR_DIR holds git directories of https://github.com/jacob-r-hassinger/DOJ_Press_Release_ETL (its
``csvs/doj_press.csv`` at commit 9e8d316: 100 releases of 2009–2014 as justice.gov HTML) and
https://github.com/Hussain-Altamimi/Congress_Press_Releases (``output/<member>.txt``: releases of seven members of
Congress, 2011–2024, as scraped text with the page's line breaks), as ``fetch`` lays them out. Both read like news
written by the office itself: quotes attributed with "said", officials by title, courts, agencies and countries.
Drawn with ``random.Random(20261221)``: DOJ 40 sealed and 60 dev, Congress 40 sealed and 80 dev (releases of at least
800 characters), written as copied text (title, a blank line, the body). ``pool21_manifest.tsv`` names each file's
source and commit.
"""

from __future__ import annotations

import csv
import html
import io
import random
import re
import subprocess
import sys
from pathlib import Path

DOJ = ("jacob-r-hassinger/DOJ_Press_Release_ETL", "9e8d316990d17b9703b3360ede49743e9c181b2e", "csvs/doj_press.csv")
CONGRESS = "Hussain-Altamimi/Congress_Press_Releases"
MEMBERS = ("aoc", "hawley", "lee", "mtg", "pocan", "sanders", "stefanik")


def _show(mirror: Path, repo: str, commit: str, path: str) -> str:
    git_dir = mirror / repo.replace("/", "+") / "repo"
    return subprocess.run(
        ["git", "--git-dir", str(git_dir), "show", f"{commit}:{path}"], capture_output=True, text=True, check=True
    ).stdout


def _commit(mirror: Path, repo: str) -> str:
    git_dir = mirror / repo.replace("/", "+") / "repo"
    return subprocess.run(
        ["git", "--git-dir", str(git_dir), "rev-parse", "HEAD"], capture_output=True, text=True, check=True
    ).stdout.strip()


def doj_releases(mirror: Path) -> list[tuple[str, str, str]]:
    """(source id, title, text) per release: its <p> paragraphs as plain text."""
    csv.field_size_limit(10**9)
    releases = []
    for row in csv.DictReader(io.StringIO(_show(mirror, *DOJ))):
        paragraphs = [
            html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", p))).strip()
            for p in re.findall(r"<p[^>]*>(.*?)</p>", row["body"], re.S)
        ]
        text = "\n\n".join(p for p in paragraphs if p)
        releases.append((f"{DOJ[2]}#id={row['id']}", row["title"].strip(), text))
    return releases


def congress_releases(mirror: Path, commit: str) -> list[tuple[str, str, str]]:
    releases = []
    for member in MEMBERS:
        path = f"output/{member}.txt"
        for n, record in enumerate(re.split(r"\n(?:###)?==+\n", _show(mirror, CONGRESS, commit, path))):
            title = re.search(r"^Title: (.*)$", record, re.M)
            if title and "Content:" in record:
                text = record.split("Content:", 1)[1].strip()
                if len(text) >= 800:
                    releases.append((f"{path}#{n}", title.group(1).strip(), text))
    return releases


def main(mirror: Path, out: Path) -> None:
    rng = random.Random(20261221)
    congress_commit = _commit(mirror, CONGRESS)
    rows = []
    for prefix, repo, commit, releases, sealed, dev in (
        ("doj", DOJ[0], DOJ[1], doj_releases(mirror), 40, 60),
        ("cg", CONGRESS, congress_commit, congress_releases(mirror, congress_commit), 40, 80),
    ):
        for i, (source, title, text) in enumerate(rng.sample(releases, sealed + dev)):
            split = "sealed" if i < sealed else "dev"
            slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:50]
            path = out / split / f"{prefix}_{i:03d}_{slug}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(f"{title}\n\n{text}\n", encoding="utf-8")
            rows.append(f"{split}\t{path.name}\t{repo}\t{source}\t{commit}")
    Path(__file__).with_name("pool21_manifest.tsv").write_text(
        "split\tfile\trepo\tpath\tcommit\n" + "\n".join(rows) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
