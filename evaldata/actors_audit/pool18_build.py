"""Rebuild pool18: White House press releases (US federal works, public domain) from brian14708/wh-briefings.

    python evaldata/actors_audit/pool18_build.py GIT_DIR OUT_DIR

GIT_DIR is a clone's git directory of https://github.com/brian14708/wh-briefings. Readouts, statements and joint
statements under ``statements-releases/`` are drawn with ``random.Random(20261218)``: the first 40 sealed, 80 dev.
Each becomes copied text: its title, a blank line, then its paragraphs (Markdown links and escapes dropped), as a
reader copying the page would get. ``pool18_manifest.tsv`` names each file's path and commit.
"""

from __future__ import annotations

import random
import re
import subprocess
import sys
from pathlib import Path

import yaml

KINDS = re.compile(
    r"/\d{4}-\d\d-\d\d-(readout-of|readout-from|statement-by|statement-from|statement-of|joint-statement)"
)


def to_text(markdown: str) -> str:
    _, front, body = markdown.split("---", 2)
    title = yaml.safe_load(front)["title"].replace("\u00a0", " ")
    body = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", body)
    body = re.sub(r"\\([\[\]_*#().\-!'$])", r"\1", body).replace("**", "").replace("\u00a0", " ")
    paragraphs = [
        " ".join(line.strip() for line in p.split("\n") if line.strip()) for p in re.split(r"\n\s*\n", body)
    ]
    paragraphs = [re.sub(r"^#+\s*", "", p).strip("_* ").strip() for p in paragraphs]
    return title + "\n\n" + "\n\n".join(p for p in paragraphs if p) + "\n"


def build(
    git_dir: str,
    out: Path,
    kinds: re.Pattern,
    seed: int,
    manifest: str,
    drawn_before=frozenset(),
    folders=("statements-releases",),
) -> None:
    """Draw 120 releases under ``folders`` whose path matches ``kinds`` and none in ``drawn_before`` with
    ``random.Random(seed)``, write them as copied text (the first 40 sealed, 80 dev) and name them in ``manifest``
    beside this script."""
    git = ["git", "--git-dir", git_dir]
    commit = subprocess.run(
        [*git, "rev-parse", "HEAD"], capture_output=True, text=True, check=True
    ).stdout.strip()
    listing = subprocess.run(
        [*git, "ls-tree", "-r", "--name-only", commit, *folders],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split("\n")
    candidates = sorted(n for n in listing if kinds.search(n) and n not in drawn_before)
    drawn = random.Random(seed).sample(candidates, 120)
    rows = []
    for i, name in enumerate(drawn):
        split = "sealed" if i < 40 else "dev"
        markdown = subprocess.run(
            [*git, "show", f"{commit}:{name}"], capture_output=True, text=True, check=True
        ).stdout
        path = out / split / f"wh_{name.rsplit('/', 1)[1][:-3][:60]}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(to_text(markdown), encoding="utf-8")
        rows.append(f"{split}\t{path.name}\tbrian14708/wh-briefings\t{name}\t{commit}")
    (Path(__file__).with_name(manifest)).write_text(
        "split\tfile\trepo\tpath\tcommit\n" + "\n".join(rows) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    build(sys.argv[1], Path(sys.argv[2]), KINDS, 20261218, "pool18_manifest.tsv")
