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
import re
import sys
from pathlib import Path

from pool18_build import build

KINDS = re.compile(
    r"/\d{4}-\d\d-\d\d-(readout-of|readout-from|statement-by|statement-from|statement-of|joint-statement"
    r"|fact-sheet|president-biden|president-joseph|vice-president|biden-harris|what-they|press-release)"
)
HERE = Path(__file__).parent


def main(git_dir: str, out: Path) -> None:
    with open(HERE / "pool18_manifest.tsv", encoding="utf-8") as manifest:
        drawn_before = {row["path"] for row in csv.DictReader(manifest, delimiter="\t")}
    build(git_dir, out, KINDS, 20261219, "pool19_manifest.tsv", frozenset(drawn_before))


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))
