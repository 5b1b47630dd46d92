"""Hypothesis strategies for hostile raw folders: random bytes, deep nesting, bad code points in
every field, huge lines, odd names and links. Shared by the pipeline property test
(tests/test_properties.py) and the end-to-end one (tests/flows/test_hostile_input.py)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from hypothesis import strategies as st

EXTENSIONS = [".txt", ".html", ".json", ".jsonl", ".TXT", ".htm", ".ndjson", "", ".pdf"]
PROSE = (
    "Officials in the port city confirmed on Monday that the new ferry terminal will open next spring, "
    "after two years of delays caused by flooding and a dispute with the main contractor."
)
FIELDS = ["text", "title", "author", "published", "source", "url", "html"]

# Any code point, lone surrogates included: json.dumps writes them as "\ud800" escapes.
any_text = st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF), max_size=60)


def _deep(depth: int, kind: str) -> bytes:
    if kind == "array":
        return ("[" * depth + "]" * depth).encode()
    if kind == "object":
        return ('{"a":' * depth + "1" + "}" * depth).encode()
    if kind == "field":
        return (json.dumps({"text": PROSE})[:-1] + ', "authors": ' + "[" * depth + "]" * depth + "}").encode()
    return ("<div>" * depth + f"<p>{PROSE}</p>" + "</div>" * depth).encode()


deep = st.builds(_deep, st.integers(200, 6_000), st.sampled_from(["array", "object", "field", "html"]))

record = st.dictionaries(st.sampled_from(FIELDS), any_text, min_size=1).map(
    lambda fields: (
        {"text": PROSE + " " + fields.get("text", ""), **{k: v for k, v in fields.items() if k != "text"}}
        if "html" not in fields
        else fields
    )
)
bad_code_points = st.one_of(
    record.map(lambda r: json.dumps(r).encode()),
    st.lists(record, min_size=1, max_size=4).map(lambda rs: json.dumps(rs).encode()),
    st.lists(record, min_size=1, max_size=4).map(lambda rs: "\n".join(json.dumps(r) for r in rs).encode()),
    # Raw bytes that are not UTF-8 inside JSON strings, and in prose.
    st.binary(min_size=1, max_size=40).map(
        lambda b: (
            b'{"text": "'
            + PROSE.encode()
            + b" "
            + b.replace(b'"', b"").replace(b"\\", b"")
            + b'", "title": "\xff\xfe"}'
        )
    ),
    st.binary(min_size=1, max_size=40).map(lambda b: PROSE.encode() + b"\n\n" + b + b"\n\n" + PROSE.encode()),
)
huge_line = st.builds(
    lambda word, n, wrap: wrap(word * n),
    st.sampled_from(["word ", "Zürich ", "東京 ", "“quote” ", "x"]),
    st.integers(20_000, 120_000),
    st.sampled_from(
        [
            lambda s: s.encode(),
            lambda s: json.dumps({"text": s}).encode(),
            lambda s: (json.dumps({"text": PROSE}) + "\n" + json.dumps({"text": s})).encode(),
        ]
    ),
)
content = st.one_of(
    st.binary(max_size=3_000),
    deep,
    bad_code_points,
    huge_line,
    st.just(PROSE.encode()),
    st.sampled_from(
        [
            b"",
            b"  \n",
            b"\x00" * 50,
            b"%PDF-1.7\n",
            b"\xef\xbb\xbf",
            b"\xff\xfe" + "[1]".encode("utf-16-le"),
            b"null",
            b"[]",
            b"{}",
        ]
    ),
)
name = st.builds(
    lambda stem, extension: stem + extension,
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="/\x00"),
        min_size=1,
        max_size=30,
    ).filter(lambda s: s not in (".", "..", "sub") and not s.startswith("chain-")),
    st.sampled_from(EXTENSIONS),
).filter(lambda n: len(n.encode()) < 200)
link = st.sampled_from(
    ["loop", "dangling", "to-folder", "outside", "inside", "fifo", "bad-name", "chain-loop"]
)
entry = st.one_of(st.tuples(st.just("file"), name, content), st.tuples(st.just("link"), name, link))
folder = st.lists(entry, min_size=1, max_size=6, unique_by=lambda e: e[1].casefold())


def write_folder(raw: Path, entries: list, outside: Path) -> None:
    """Write ``entries`` under ``raw``; ``outside`` is a folder beside it, for links that leave."""
    raw.mkdir(parents=True, exist_ok=True)
    outside.mkdir(parents=True, exist_ok=True)
    (raw / "sub").mkdir(exist_ok=True)
    (raw / "sub" / "steady.txt").write_text(PROSE, encoding="utf-8")
    (outside / "secret.txt").write_text(PROSE, encoding="utf-8")
    for n, (kind, file_name, what) in enumerate(entries):
        path = raw / file_name
        if kind == "file":
            path.write_bytes(what)
        elif what == "loop":
            os.symlink(file_name, path)
        elif what == "chain-loop":
            os.symlink(f"chain-{n}.txt", path)
            os.symlink(file_name, raw / f"chain-{n}.txt")
        elif what == "dangling":
            os.symlink("does-not-exist.txt", path)
        elif what == "to-folder":
            os.symlink(raw / "sub", path)
        elif what == "outside":
            os.symlink(outside / "secret.txt", path)
        elif what == "inside":
            os.symlink(raw / "sub" / "steady.txt", path)
        elif what == "fifo":
            os.mkfifo(path)
        else:  # a name that is not valid UTF-8
            with open(os.fsencode(raw) + b"/" + os.fsencode(file_name) + b"\xe9.txt", "wb") as handle:
                handle.write(PROSE.encode())


def entries_on_disk(raw: Path) -> set[str]:
    """Every non-folder entry under ``raw`` (symlinks to folders too), as the warehouse names them."""
    found = set()
    for dirpath, dirnames, filenames in os.walk(raw):
        for entry in filenames + [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))]:
            rel = os.path.relpath(os.path.join(dirpath, entry), raw).replace(os.sep, "/")
            found.add(rel.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace"))
    return found
