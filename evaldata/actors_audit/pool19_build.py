"""Rebuild pool19: White House releases of 2021–2024 (US federal works, public domain) that pool18 did not draw.

    python evaldata/actors_audit/pool19_build.py GIT_DIR OUT_DIR

GIT_DIR is a clone's git directory of https://github.com/brian14708/wh-briefings. Pool18 took only readouts and
statements; pool19 also takes fact sheets, announcements ("President Biden announces ..."), "what they are saying"
round-ups of others' words and press releases, all under ``statements-releases/``, leaving out every path in
``pool18_manifest.tsv``. Drawn with ``random.Random(20261219)``: the first 40 sealed, 80 dev, written as copied text
the way pool18 was (``pool18_build.to_text``). ``pool19_manifest.tsv`` names each file's path and commit.
"""

from __future__ import annotations

import csv
import random
import re
import subprocess
import sys
from pathlib import Path

from pool18_build import to_text

KINDS = re.compile(
    r"/\d{4}-\d\d-\d\d-(readout-of|readout-from|statement-by|statement-from|statement-of|joint-statement"
    r"|fact-sheet|president-biden|president-joseph|vice-president|biden-harris|what-they|press-release)"
)
HERE = Path(__file__).parent


def main(git_dir: str, out: Path) -> None:
    git = ["git", "--git-dir", git_dir]
    commit = subprocess.run(
        [*git, "rev-parse", "HEAD"], capture_output=True, text=True, check=True
    ).stdout.strip()
    listing = subprocess.run(
        [*git, "ls-tree", "-r", "--name-only", commit, "statements-releases"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split("\n")
    with open(HERE / "pool18_manifest.tsv", encoding="utf-8") as manifest:
        drawn_before = {row["path"] for row in csv.DictReader(manifest, delimiter="\t")}
    candidates = sorted(n for n in listing if KINDS.search(n) and n not in drawn_before)
    drawn = random.Random(20261219).sample(candidates, 120)
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
    manifest = HERE / "pool19_manifest.tsv"
    manifest.write_text("split\tfile\trepo\tpath\tcommit\n" + "\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))
