"""The plain-text articles the cleaner's invariants are checked on: the tests' own fixtures and the
articles of the evaluation's reference sets (evaldata/gold_extra, evaldata/real_quotes)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def text_fixtures() -> list[Path]:
    return [
        *(ROOT / "tests" / "fixtures").rglob("*.txt"),
        *(ROOT / "evaldata" / "gold_extra").glob("*.txt"),
        *(ROOT / "evaldata" / "real_quotes").rglob("*.txt"),
    ]
