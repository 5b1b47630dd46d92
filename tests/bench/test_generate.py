"""The benchmark corpus generator: deterministic, the requested mix, ~5% duplicates (N=50, fast)."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

import pytest

from bench.generate import generate, slot

N = 50


def tree_digest(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("corpus")
    return out, generate(out, N, seed=7)


def test_same_seed_same_bytes_other_seed_other_bytes(corpus, tmp_path):
    out, counts = corpus
    again = generate(tmp_path / "again", N, seed=7)
    assert again == counts
    assert tree_digest(tmp_path / "again") == tree_digest(out)
    generate(tmp_path / "other", N, seed=8)
    assert tree_digest(tmp_path / "other") != tree_digest(out)


def test_appending_continues_the_same_corpus(corpus, tmp_path):
    """--start N writes what a larger run would have written (the benchmark's "1% new" step)."""
    out, _ = corpus
    generate(tmp_path / "grown", 30, seed=7)
    generate(tmp_path / "grown", N - 30, seed=7, start=30)
    assert tree_digest(tmp_path / "grown") == tree_digest(out)


def test_format_mix(corpus):
    out, counts = corpus
    assert counts["articles"] == N
    by_format = {f: counts.get(f"format_{f}", 0) for f in ("txt", "html", "json", "jsonl")}
    assert sum(by_format.values()) == N
    assert 0.4 <= by_format["txt"] / N <= 0.6
    assert 0.2 <= by_format["html"] / N <= 0.4
    assert 0.1 <= (by_format["json"] + by_format["jsonl"]) / N <= 0.3
    files = Counter(p.suffix for p in out.rglob("*") if p.is_file())
    assert files[".txt"] and files[".html"] and files[".json"] and files[".jsonl"]
    records = [
        json.loads(line) for p in out.rglob("*.jsonl") for line in p.read_text(encoding="utf-8").splitlines()
    ]
    assert len(records) == by_format["jsonl"]


def test_about_five_percent_duplicates(corpus):
    out, counts = corpus
    exact, syndicated = counts.get("duplicates_exact", 0), counts.get("duplicates_syndicated", 0)
    assert 2 <= exact + syndicated <= 4  # 5% of 50
    assert all(slot(7, i).duplicate_of < i for i in range(N) if slot(7, i).duplicate_of is not None)
    # Exact copies are byte-identical to their original, in another file.
    digests = Counter(hashlib.sha256(p.read_bytes()).hexdigest() for p in out.rglob("*") if p.is_file())
    archived = [p for p in (out / "archive").rglob("*") if p.is_file()] if (out / "archive").exists() else []
    assert len(archived) == exact
    for copy in archived:
        assert digests[hashlib.sha256(copy.read_bytes()).hexdigest()] == 2


def test_articles_look_like_news(corpus):
    out, _ = corpus
    texts = [p.read_text(encoding="utf-8") for p in out.rglob("*.txt")]
    pages = [p.read_text(encoding="utf-8") for p in out.rglob("*.html")]
    assert all(300 <= len(t.split()) <= 1400 for t in texts)  # 300-900 body words plus boilerplate
    assert any("“" in t or '"' in t for t in texts)
    assert any(
        line in t.splitlines()
        for t in texts
        for line in ("Advertisement", "Share this article", "Related Articles", "Related")
    )
    assert all("application/ld+json" in p and "<nav>" in p and "<footer>" in p for p in pages)
    assert not any("Pakistan" in t or "Afghanistan" in t for t in texts + pages)
