"""Find article files under the raw folder and tell which ones a run must process.

Identity is (relative path, sha256 of the bytes): a file is new, changed, unchanged or
removed relative to what the warehouse already holds. Unchanged files are never read
again, which is what makes a run with nothing new a fast no-op.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from stat import S_ISLNK, S_ISREG

from newsroom.models import RawFile
from newsroom.reasons import capped, describe

FORMATS = {
    ".txt": "txt",
    ".text": "txt",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}


@dataclass(frozen=True)
class Rejection:
    path: str
    content_hash: str | None
    reason: str


@dataclass
class Inventory:
    """What the raw folder holds compared with the warehouse's last state."""

    new: list[RawFile] = field(default_factory=list)
    changed: list[RawFile] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    dependents: set[str] = field(default_factory=set)  # in ``changed`` only because their original changed
    restamped: list[RawFile] = field(default_factory=list)  # unchanged, but hashed again: size or mtime moved

    @property
    def to_process(self) -> list[RawFile]:
        """Changed files first: their old text leaves the duplicate index before new files are matched.

        Files re-read only because an original they duplicate changed come last, after every
        original they could match.
        """
        changed = [f for f in self.changed if f.path not in self.dependents]
        return changed + self.new + [f for f in self.changed if f.path in self.dependents]

    @property
    def seen(self) -> int:
        return len(self.new) + len(self.changed) + len(self.unchanged) + len(self.rejected)

    @property
    def is_noop(self) -> bool:
        return not (self.new or self.changed or self.removed or self.rejected)


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: str | Path, chunk_size: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(chunk_size):
            digest.update(chunk)
    return digest.hexdigest()


def _display_path(rel: str) -> str:
    """``rel`` as storable text: a name that is not valid UTF-8 shows its bad bytes as ``\\xNN``."""
    try:
        rel.encode("utf-8")
        return rel
    except UnicodeEncodeError:
        return rel.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _walk_folders(root: str, onerror) -> Iterator[tuple[str, list[str], list[str]]]:
    """``os.walk(root)``, top-down, but with a stack instead of recursion: in Python 3.11 os.walk
    recurses, and a folder nested 1,000 deep stopped discovery with RecursionError. Like os.walk
    it lists links to folders with the folders (``dirnames``) and descends only into those left
    in ``dirnames`` after the caller has seen them."""
    stack = [root]
    while stack:
        top = stack.pop()
        try:
            with os.scandir(top) as scan:
                entries = list(scan)
        except OSError as exc:
            onerror(exc)
            continue
        dirnames, filenames = [], []
        for entry in entries:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            (dirnames if is_dir else filenames).append(entry.name)
        yield top, dirnames, filenames
        stack.extend(os.path.join(top, name) for name in reversed(dirnames))


def walk(
    raw_dir: Path, hashed: dict[str, tuple[int, float, str]] | None = None
) -> tuple[list[RawFile], list[Rejection]]:
    """All candidate files, sorted by path; anything that cannot be one is rejected with the reason.

    Refused: symlinks leaving the folder, links to folders (not followed), names that are not
    valid UTF-8, anything that is not a regular file (a FIFO would block the hash), unknown
    types and unreadable files or folders. Nothing under the folder is skipped silently.

    ``hashed``: {path: (size, mtime, content_hash)} of files hashed before; a file whose size and
    mtime are unchanged keeps its hash without being read again. A run with nothing new costs
    one ``lstat`` per file, so paths stay plain strings here (``pathlib`` tripled that cost).
    """
    hashed = hashed or {}
    root = str(raw_dir.resolve())
    files: list[RawFile] = []
    rejections: list[Rejection] = []

    def relative(path: str) -> str:
        return os.path.relpath(path, root).replace(os.sep, "/")

    def unreadable_folder(exc: OSError) -> None:
        rel = relative(exc.filename) if exc.filename else "."
        rejections.append(
            Rejection(_display_path(rel), None, capped(f"cannot read folder: {exc.strerror or exc}"))
        )

    for dirpath, dirnames, filenames in _walk_folders(root, unreadable_folder):
        prefix = "" if dirpath == root else relative(dirpath) + "/"
        dirnames.sort()
        for name in [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))]:
            dirnames.remove(name)  # not descended into; say so instead of skipping silently
            rejections.append(
                Rejection(
                    _display_path(prefix + name),
                    None,
                    "symlink to a folder; not followed (move or copy the folder in)",
                )
            )
        for name in filenames:
            full, rel = os.path.join(dirpath, name), prefix + name
            if _display_path(rel) != rel:
                rejections.append(
                    Rejection(_display_path(rel), None, "file name is not valid UTF-8; rename the file")
                )
                continue
            examined = _examine(full, rel, root, hashed)
            if isinstance(examined, RawFile):
                files.append(examined)
            else:
                rejections.append(Rejection(rel, None, examined))
    files.sort(key=lambda f: f.path)
    return files, rejections


def _examine(full: str, rel: str, root: str, hashed: dict[str, tuple[int, float, str]]) -> RawFile | str:
    """One directory entry: the file to ingest, or why it is refused."""
    suffix = os.path.splitext(rel)[1]
    file_format = FORMATS.get(suffix.lower())
    try:
        stat = os.lstat(full)
        if S_ISLNK(stat.st_mode):
            # realpath leaves a loop unresolved where Path.resolve raised RuntimeError
            if not Path(os.path.realpath(full)).is_relative_to(root):
                return "symlink points outside the raw folder; refused"
            if not os.path.isfile(full):
                return "symlink does not point to a regular file (dangling, or a loop)"
            stat = os.stat(full)
        if file_format is None:
            return f"unsupported file type {suffix or '(no extension)'!r}"
        if not S_ISREG(stat.st_mode):
            return "not a regular file (pipe, socket or device); refused"
        size, mtime, known_hash = hashed.get(rel, (None, None, None))
        unchanged = (size, mtime) == (stat.st_size, stat.st_mtime)
        content_hash = known_hash if unchanged else sha256_file(full)
        return RawFile(rel, stat.st_size, content_hash, file_format, stat.st_mtime)
    except OSError as exc:
        return capped(f"cannot read file: {exc.strerror or exc}")
    except Exception as exc:  # one odd entry must not stop discovery of the others
        return describe(exc)


def take_inventory(
    raw_dir: Path,
    known: dict[str, tuple[str, str]],
    *,
    full_refresh: bool = False,
) -> Inventory:
    """Compare the folder with ``known`` = {path: (content_hash, status)} from the warehouse.

    A file rejected before is retried only when its bytes change (or on a full refresh). Files
    whose size and mtime match ``known.stamps`` are not re-hashed, except on a full refresh.
    """
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"raw folder {raw_dir} does not exist")
    stamps: dict = {} if full_refresh else getattr(known, "stamps", {})
    files, rejections = walk(
        raw_dir, {path: (*stamp, known[path][0]) for path, stamp in stamps.items() if path in known}
    )
    inventory = Inventory(rejected=rejections)
    present = {f.path for f in files} | {r.path for r in rejections}
    for raw in files:
        previous = known.get(raw.path)
        if previous is None:
            inventory.new.append(raw)
        elif previous[0] != raw.content_hash or full_refresh:
            inventory.changed.append(raw)
        else:
            inventory.unchanged.append(raw.path)
            if stamps.get(raw.path) != (raw.size_bytes, raw.mtime):
                inventory.restamped.append(raw)
    # A rejection from walk() that was already recorded with the same reason is not news.
    inventory.rejected = [r for r in rejections if known.get(r.path, (None, None))[1] != "rejected"]
    inventory.unchanged += [r.path for r in rejections if known.get(r.path, (None, None))[1] == "rejected"]
    # A file loaded before that is refused now (replaced by an outside symlink, made unreadable)
    # must lose its articles too: "removed" is forgotten before the new refusals are recorded.
    refused_now = {r.path for r in inventory.rejected if r.path in known}
    inventory.removed = sorted((set(known) - present) | refused_now)
    # Duplicates of an original whose text changed are re-read after it (see KnownFiles), as are
    # duplicates pointing at nothing. Copies of removed originals come from warehouse.forget_files.
    dependents_of: dict = getattr(known, "dependents", {})
    touched = {f.path for f in inventory.changed} | {None}
    again = set().union(*(dependents_of.get(p, set()) for p in touched)) & set(inventory.unchanged)
    if again:
        by_path = {f.path: f for f in files}
        inventory.dependents = {p for p in again if p in by_path}
        inventory.unchanged = [p for p in inventory.unchanged if p not in inventory.dependents]
        inventory.changed += [by_path[p] for p in sorted(inventory.dependents)]
    return inventory
