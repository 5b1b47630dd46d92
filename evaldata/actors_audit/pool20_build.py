"""Rebuild pool20: White House releases and articles of 2025–2026 (US federal works, public domain).

    python evaldata/actors_audit/pool20_build.py GIT_DIR OUT_DIR

GIT_DIR is a clone's git directory of https://github.com/brian14708/wh-briefings. Pools 18 and 19 took the
2021–2024 releases of one administration; pool20 takes the next one's, in another house style: everything under
``briefings-statements/`` (readouts, statements, presidential messages, announcements) and ``articles/`` (argued
round-ups that quote officials, members of Congress and the press). Drawn with ``random.Random(20261220)``: the
first 40 sealed, 80 dev, written as copied text the way pool18 was (``pool18_build.to_text``).
``pool20_manifest.tsv`` names each file's path and commit.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from pool18_build import build

EVERY_DATED_PAGE = re.compile(r"/\d{4}-\d\d-\d\d-")

if __name__ == "__main__":
    build(
        sys.argv[1],
        Path(sys.argv[2]),
        EVERY_DATED_PAGE,
        20261220,
        "pool20_manifest.tsv",
        folders=("briefings-statements", "articles"),
    )
