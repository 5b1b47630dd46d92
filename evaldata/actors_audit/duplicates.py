"""Duplicate and mistyped actors in a built warehouse (issue 16): persons of one surname whose given names are
one name (a familiar form, a middle initial, a title instead of the given name, a lone surname with one full
name), one name under several types, organisations named "Department of X" and "X Department" or "Ministry of X
Affairs" and "X Ministry", acronyms standing alone beside the name an article spells them out as, names run
together from a list, numbers in persons' names, and news outlets typed as persons. Run from the repository root: ``PYTHONPATH=. python evaldata/actors_audit/duplicates.py
WAREHOUSE``; prints each class's count and its rows."""

from __future__ import annotations

import re
import sys
from collections import defaultdict

import duckdb

from newsroom.extract.actors.names import NAME_PARTICLES, fold, org_key
from newsroom.extract.actors.words import HONORIFICS
from newsroom.extract.lexicon import given_name_forms, same_given_name

MEDIA_WORDS = frozenset(
    {
        "times",
        "post",
        "news",
        "bulletin",
        "herald",
        "journal",
        "tribune",
        "gazette",
        "telegraph",
        "radio",
        "television",
        "tv",
        "broadcasting",
        "agency",
        "magazine",
        "daily",
        "press",
    }
)


def _given(word: str) -> str:
    return given_name_forms().get(word, word)


def person_duplicates(rows: list[tuple]) -> list[list[str]]:
    """Groups of person rows one real person would have: same surname and rest, given names one name or an
    initial of it; a lone surname when exactly one full name has that surname."""
    by_surname: dict[str, list[tuple]] = defaultdict(list)
    for name, key in rows:
        words = key.split()
        while len(words) > 1 and words[0] in HONORIFICS | {w.rstrip(".") for w in HONORIFICS}:
            words = words[1:]  # "Mme Spanton" is a lone surname
        by_surname[words[-1]].append((name, words))
    groups = []
    for people in by_surname.values():
        full = [p for p in people if len(p[1]) > 1]
        lone = [p for p in people if len(p[1]) == 1]
        seen: set[int] = set()
        for i, (name, words) in enumerate(full):
            same = [name]
            for j, (other, owords) in enumerate(full[i + 1 :], i + 1):
                if j in seen:
                    continue
                a, b = [w for w in words[1:-1] if len(w) > 1], [w for w in owords[1:-1] if len(w) > 1]
                first = words[0] == owords[0] or same_given_name(_given(words[0]), _given(owords[0]))
                if first and (a == b or not a or not b):
                    same.append(other)
                    seen.add(j)
            if len(same) > 1:
                groups.append(same)
        if lone and len(full) == 1:
            groups.append([full[0][0], *(p[0] for p in lone)])
    return groups


def main(path: str) -> None:
    con = duckdb.connect(path, read_only=True)
    actors = con.sql("select name, actor_type, canonical_key from main.actors").fetchall()
    persons = [(n, k) for n, t, k in actors if t == "person" and k]
    classes: dict[str, list] = {"person duplicates (one person, several rows)": person_duplicates(persons)}
    by_key: dict[str, set[str]] = defaultdict(set)
    for name, actor_type, _ in actors:
        by_key[" ".join(fold(w) for w in re.findall(r"\w+", name.lower()))].add(actor_type)
    classes["one name typed person and something else"] = sorted(
        k for k, types in by_key.items() if "person" in types and len(types) > 1
    )
    by_org: dict[str, list[str]] = defaultdict(list)
    for name, actor_type, _ in actors:
        if actor_type == "organization":
            by_org[org_key(name)].append(name)
    classes["organisations under several rows by one key ('X Department', 'Ministry of X Affairs')"] = sorted(
        names for names in by_org.values() if len(names) > 1
    )
    classes["acronyms alone beside the name the articles spell them out as"] = [
        f"{acronym} = {name}"
        for acronym, name in con.sql(
            """
            select distinct m.mention_text, a.name
            from landing.mentions m
            join landing.article_actors a using (article_id, entity_index)
            where regexp_full_match(m.mention_text, '[A-Z]{2,6}') and a.actor_type <> 'person' and a.name like '% %'
                and m.mention_text in (select name from main.actors)
                and a.name in (select name from main.actors)
            order by 1
            """
        ).fetchall()
    ]
    glued = re.compile(r"\b([A-Z][a-z]{3,})(?=[A-Z])")  # "CrapoGov"; not "McGurk", "DeSantis", "MacArthur"
    classes["persons with names run together ('Mike CrapoGov')"] = sorted(
        n
        for n, t, k in actors
        if t == "person" and any(m.group(1).lower() not in NAME_PARTICLES for m in glued.finditer(n))
    )
    classes["persons with a number in the name"] = sorted(
        n for n, t, k in actors if t == "person" and any(c.isdigit() for c in n)
    )
    classes["news outlets typed person"] = sorted(
        n for n, t, k in actors if t == "person" and n.split()[-1].lower() in MEDIA_WORDS
    )
    print(f"{path}: {len(actors)} actors, {len(persons)} persons")
    for label, items in classes.items():
        print(f"\n{label}: {len(items)}")
        for item in items:
            print("  ", item)


if __name__ == "__main__":
    main(sys.argv[1])
