"""Reading the rule and lexicon data files shipped in the package (cleaner rules, extractor lexicons, dbt
seeds the extractor shares): one comment convention and one reader for each of the two shapes."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path


def data_lines(path: Path) -> Iterator[str]:
    """Lines of a one-column or tab-separated file; blank lines and lines starting with '#' are skipped."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                yield line.rstrip("\n")


def data_rows(path: Path) -> list[dict[str, str]]:
    """Rows of a CSV file with a header, values stripped; blank lines and '#' comment lines are skipped."""
    with open(path, encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if line.strip() and not line.lstrip().startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines)]
