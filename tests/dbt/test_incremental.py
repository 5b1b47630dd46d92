"""Incremental marts: a build after new, edited and removed files (and a changed alias seed)
rewrites only the affected articles and leaves the marts exactly as a full refresh, or a
warehouse built from scratch on the same files, would have them.

Real cleaning, loading and dbt; extraction is a stand-in that finds a fixed list of names, so
that the cross-article name merge ("Jane Doe" into a later "Jane Mary Doe") happens for sure."""

from __future__ import annotations

import hashlib
import re
import shutil
from datetime import datetime, timedelta
from pathlib import Path

import duckdb
import pytest

from newsroom import transform, warehouse
from newsroom.discover import take_inventory
from newsroom.models import ArticleActor, Event, Extraction, Mention, Quote
from newsroom.pipeline import process_batch, queue_files
from tests.warehouse_fingerprints import fingerprints

pytestmark = pytest.mark.e2e

DBT_PROJECT = Path(__file__).resolve().parents[2] / "dbt"
NAMES = {
    "Jane Mary Doe": "person",
    "Jane Doe": "person",
    "John Roe": "person",
    "Harbour Authority": "organization",
    "Harbour authority": "organization",
}
SAID = "the new ferry terminal"
PATTERN = re.compile("|".join(re.escape(n) for n in sorted(NAMES, key=len, reverse=True)))


def extract(items):
    """Every listed name is an actor; the first speaks a quote, the first two make an event."""
    results = []
    for item in items:
        found = list(PATTERN.finditer(item.body))
        names = list(dict.fromkeys(m.group() for m in found))
        actors = [ArticleActor(i, name, NAMES[name]) for i, name in enumerate(names)]
        mentions = [Mention(names.index(m.group()), m.group(), m.start(), m.end(), 0, "name") for m in found]
        said = item.body.find(SAID)
        quotes = [Quote(SAID, "indirect", 0, names[0], "spoke", said, said + len(SAID), 0)] if found else []
        events = [Event(0, 0, 1, "010", "spoke", item.body.split(".")[0], 0.5)] if len(names) > 1 else []
        results.append(Extraction(actors=actors, mentions=mentions, quotes=quotes, events=events))
    return results


def story(n: int, *names: str) -> str:
    people = " and ".join(names) if names else "Nobody in particular"
    return (
        f"Ferry terminal report number {n}\n\n"
        f"{people} spoke about the new ferry terminal in the port city on Monday, report {n}. "
        "The terminal will open next spring after two years of delays caused by flooding.\n\n"
        f"Local businesses welcomed the news in report {n}, saying the terminal would bring visitors "
        "to the old town every summer and create jobs for young people in the region."
    )


def load(con, raw: Path, now: datetime) -> None:
    """What the flow does between discovery and dbt, with a run's own timestamp."""
    inventory = take_inventory(raw, warehouse.known_files(con))
    process_batch(con, raw, queue_files(con, inventory, now), extract, now)


def run(raw: Path, published: Path, project: Path, now: datetime, *, full_refresh: bool = False) -> None:
    working = published.with_name(published.name + ".building")
    con = warehouse.open_working_copy(published, working)
    load(con, raw, now)
    warehouse.close(con)
    transform.build(project, working, published.with_name(published.name + ".dbt"), full_refresh=full_refresh)
    warehouse.publish(working, published)


def query(path: Path, sql: str, *params) -> list[tuple]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(sql, list(params)).fetchall()
    finally:
        con.close()


def article_id(path: str) -> str:
    return hashlib.md5(f"{path}#0".encode()).hexdigest()


def changed_articles(path: Path) -> set[str]:
    ids = {row[0] for row in query(path, "select article_id from intermediate.int_article_changes")}
    by_id = {article_id(f"{name}.txt"): name for name in "abcdefghijklmn"}
    assert ids <= set(by_id), ids - set(by_id)
    return {by_id[i] for i in ids}


def full_refresh_of(published: Path, project: Path, tmp_path: Path) -> dict:
    """The same landing tables, every model rebuilt from scratch."""
    copy = tmp_path / "refresh" / "news.duckdb"
    copy.parent.mkdir(parents=True)
    shutil.copyfile(published, copy)
    heard: list[str] = []
    transform.build(
        project, copy, copy.with_name(copy.name + ".dbt"), full_refresh=True, progress=heard.append
    )
    done, total = re.fullmatch(r"dbt build: (\d+) of (\d+) done", heard[-1]).groups()
    assert done == total and int(total) > 50, heard  # every model and test reported as it finished
    return fingerprints(copy)


def from_scratch(raw: Path, project: Path, tmp_path: Path, name: str) -> dict:
    fresh = tmp_path / name / "news.duckdb"
    fresh.parent.mkdir()
    run(raw, fresh, project, datetime(2030, 1, 1))
    return fingerprints(fresh)


def test_incremental_builds_equal_full_refresh_and_a_build_from_scratch(tmp_path):
    project = tmp_path / "dbt"
    shutil.copytree(DBT_PROJECT, project, ignore=shutil.ignore_patterns("target", "logs", "dbt_packages"))
    raw, published = tmp_path / "raw", tmp_path / "wh" / "news.duckdb"
    raw.mkdir()
    published.parent.mkdir()
    day = datetime(2024, 5, 1, 6, 0)
    files = {
        "a": story(1, "Jane Doe", "John Roe"),
        "b": story(2, "Jane Doe"),
        "c": story(3, "John Roe"),
        "d": story(3, "John Roe"),  # an exact copy of c
        "e": story(5, "John Roe", "Harbour Authority"),
        "f": story(6, "Harbour Authority"),
        "i": story(9, "Harbour Authority", "John Roe"),
        "j": story(10, "John Roe"),
        "k": story(11, "John Roe"),
    }
    for name, text in files.items():
        (raw / f"{name}.txt").write_text(text, encoding="utf-8")
    run(raw, published, project, day)
    assert query(published, "select count(*) from main.articles where is_duplicate") == [(1,)]

    # Day two: a longer form of a name, an edit, removals, an orphaned copy, new copies, and a
    # new majority spelling of an organisation that old, unchanged articles (i) quote.
    (raw / "g.txt").write_text(story(7, "Jane Mary Doe", "Harbour Authority"), encoding="utf-8")
    (raw / "h.txt").write_text(files["a"], encoding="utf-8")
    (raw / "f.txt").write_text(story(6, "John Roe") + " Corrected later.", encoding="utf-8")
    (raw / "e.txt").unlink()
    (raw / "c.txt").unlink()  # d stops being a duplicate and gets extracted
    (raw / "j.txt").write_text(files["b"], encoding="utf-8")  # j becomes a duplicate and loses its rows
    for n, name in enumerate("lmn", start=12):
        (raw / f"{name}.txt").write_text(story(n, "Harbour authority"), encoding="utf-8")
    run(raw, published, project, day + timedelta(days=1))

    # a and b: Jane Doe merged into Jane Mary Doe (new actor id, name); the rest were loaded or removed.
    assert changed_articles(published) == set("abcdefghjlmn")
    speakers_in_i = "select distinct speaker_name from main.quotes where article_id = ?"
    assert query(published, speakers_in_i, article_id("i.txt")) == [("Harbour authority",)]
    assert query(
        published,
        """
        select distinct a.source_file, x.canonical_key from main.actor_mentions m
        join main.articles a using (article_id) join main.actors x using (actor_id)
        where m.mention_text = 'Jane Doe' order by 1""",
    ) == [("a.txt", "jane mary doe"), ("b.txt", "jane mary doe")]
    assert query(
        published,
        "select source_file, is_duplicate from main.articles where source_file in ('d.txt', 'h.txt', 'j.txt') order by 1",
    ) == [("d.txt", False), ("h.txt", True), ("j.txt", True)]
    incremental = fingerprints(published)
    assert incremental == full_refresh_of(published, project, tmp_path)
    assert incremental == from_scratch(raw, project, tmp_path, "scratch")

    # Nothing new: nothing re-processed, nothing changed.
    run(raw, published, project, day + timedelta(days=2))
    assert changed_articles(published) == set()
    assert fingerprints(published) == incremental

    # An alias seed edit re-types and renames actors in old articles; the build re-processes all.
    with open(project / "seeds" / "actor_aliases.csv", "a", encoding="utf-8") as seed:
        seed.write("Harbour Authority,Port Authority of the Harbour,organization,,\n")
    run(raw, published, project, day + timedelta(days=3))
    assert changed_articles(published) == set("abdfghijklmn")
    assert query(
        published, "select distinct speaker_name from main.quotes where speaker_name like 'Port%'"
    ) == [("Port Authority of the Harbour",)]
    assert fingerprints(published) == full_refresh_of(published, project, tmp_path / "seed")
