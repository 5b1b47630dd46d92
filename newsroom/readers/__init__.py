"""Turn one raw file, or one part of it, into source records (txt/html: one; JSON: one per object).

Memory is bounded whatever the file: txt/html and JSON documents have a size cap (a document must
be parsed whole); JSON Lines files of any size are read in parts, each a byte range read line by
line, and a part yields its records one at a time.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import replace
from functools import partial
from pathlib import Path

from newsroom.models import FilePart, RawFile, SourceRecord
from newsroom.readers.decode import bom_encoding, decode_bytes, decode_with, refuse_binary, text_encoding
from newsroom.readers.errors import RejectedInput
from newsroom.readers.json_records import (
    check_record_count,
    parse_json_document,
    parse_json_line,
    record_from_object,
)
from newsroom.reasons import describe

__all__ = ["RejectedInput", "read_raw_file", "read_part", "record_sizes", "seal_parts", "RecordResult"]

# One article file bigger than this is a dump or an accident, not an article; so is an HTML field
# of a JSON record.
MAX_ARTICLE_FILE_BYTES = 5 * 1024 * 1024
# A JSON document is parsed whole, in memory (5x its size as Python objects, 25x for an array of
# empty objects), and again for each part; so is one line of a JSON Lines file. Larger documents
# are refused: write JSON Lines, which are read in parts, any size.
MAX_JSON_BYTES = 8 * 1024 * 1024
# The encoding of a JSON Lines file is decided from its first MiB, the same for every part.
_SAMPLE_BYTES = 1 << 20
_BLOCK_BYTES = 1 << 20
CHANGED = "file changed while the run was reading it; it will be retried on the next run"

RecordResult = SourceRecord | RejectedInput


class FileChanged(RejectedInput):
    """The bytes are not those discovery hashed: nothing about the content, so the file is retried
    by the next run whatever its bytes are then."""

    def __init__(self) -> None:
        super().__init__(CHANGED)


def read_raw_file(raw_dir: Path, raw: RawFile) -> list[RecordResult]:
    """All records of a file; see ``read_part``."""
    return list(read_part(raw_dir, FilePart(raw)))


def read_part(raw_dir: Path, part: FilePart) -> Iterator[RecordResult]:
    """Records of one part, each a SourceRecord or the reason it was refused.

    Raises RejectedInput when the whole file is unusable, FileChanged (possibly after yielding
    records, which then must be dropped) when its bytes are not those discovery hashed.
    """
    raw = part.raw
    path = raw_dir / raw.path
    if raw.file_format in ("txt", "html"):
        if raw.size_bytes > MAX_ARTICLE_FILE_BYTES:
            raise RejectedInput(
                f"file too large for one article ({raw.size_bytes / 1e6:.1f} MB > {MAX_ARTICLE_FILE_BYTES / 1e6:.0f} MB)"
            )
        decoded = decode_bytes(_read_checked(path, raw))
        field = "text" if raw.file_format == "txt" else "html"
        yield SourceRecord(raw.path, 0, raw.file_format, warnings=decoded.warnings, **{field: decoded.text})
        return
    if raw.file_format == "jsonl" and not _wide(path):
        yield from _json_lines(path, part)
        return
    if raw.size_bytes > MAX_JSON_BYTES:
        raise RejectedInput(
            f"JSON document too large ({raw.size_bytes / 2**20:.1f} MiB > {MAX_JSON_BYTES // 2**20} MiB); "
            "split it, or write JSON Lines (read in parts, any size)"
        )
    decoded = decode_bytes(_read_checked(path, raw))
    if raw.file_format == "jsonl":  # UTF-16/32: lines cannot be found in the bytes
        lines = [line for line in decoded.text.split("\n") if line.strip()]
        if not lines:
            raise RejectedInput("JSON Lines file holds no records")
        check_record_count(len(lines))
        for index, line in enumerate(lines[part.start : part.stop], start=part.start):
            yield _record(partial(parse_json_line, line, index), raw.path, index, decoded.warnings)
        return
    objects = parse_json_document(decoded.text)
    for index, obj in enumerate(objects[part.start : part.stop], start=part.start):
        yield _record(partial(_parsed, obj), raw.path, index, decoded.warnings)


def _parsed(value: object) -> object:
    """The parse step of a record that is already a Python object."""
    return value


def _record(parse, source_file: str, index: int, warnings: list[str]) -> RecordResult:
    """One record, or why it was refused: whatever goes wrong is about this record only."""
    try:
        record = record_from_object(parse(), source_file, index)
    except RejectedInput as exc:
        return exc
    except Exception as exc:  # e.g. RecursionError from a deeply nested value
        return RejectedInput(f"record {index}: {describe(exc)}")
    record.warnings[:0] = warnings
    return record


def _read_checked(path: Path, raw: RawFile) -> bytes:
    """The bytes discovery hashed; never more than their size, however the file grew since."""
    with open(path, "rb") as handle:
        data = handle.read(raw.size_bytes + 1)
    if len(data) != raw.size_bytes or hashlib.sha256(data).hexdigest() != raw.content_hash:
        raise FileChanged()
    return data


def _wide(path: Path) -> bool:
    """UTF-16/32 with a byte-order mark: b"\\n" does not end a line there."""
    with open(path, "rb") as handle:
        encoding = bom_encoding(handle.read(4))
    return encoding is not None and encoding != "utf-8-sig"


def _sample_encoding(handle) -> str:
    """The encoding of a JSON Lines file, from its first MiB cut at a line end."""
    handle.seek(0)
    head = handle.read(_SAMPLE_BYTES)
    refuse_binary(head)
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8"  # the mark is stripped from the first line
    cut = head.rfind(b"\n")
    return text_encoding(head[: cut + 1] if cut > 0 else head)


def _lines(handle, size: int | None, digest=None) -> Iterator[tuple[int, bytes | None]]:
    """(length, bytes) of the lines in the next ``size`` bytes (None: to the end of the file), hashed
    into ``digest`` as they are read; the bytes are None for a line longer than MAX_JSON_BYTES,
    which is never held whole."""
    pending = bytearray()
    length = 0
    while size is None or size > 0:
        block = handle.read(_BLOCK_BYTES if size is None else min(_BLOCK_BYTES, size))
        if not block:
            break
        if size is not None:
            size -= len(block)
        if digest is not None:
            digest.update(block)
        pieces = block.split(b"\n")
        for piece in pieces[:-1]:
            length += len(piece)
            yield length, (bytes(pending + piece) if length <= MAX_JSON_BYTES else None)
            pending.clear()
            length = 0
        length += len(pieces[-1])
        if length <= MAX_JSON_BYTES:
            pending += pieces[-1]
        else:
            pending.clear()
    if length:
        yield length, (bytes(pending) if length <= MAX_JSON_BYTES else None)


def _json_lines(path: Path, part: FilePart) -> Iterator[RecordResult]:
    """Records of a JSON Lines part: one record per non-blank line, numbered from the file's start."""
    raw = part.raw
    digest = hashlib.sha256()
    index = part.start
    with open(path, "rb") as handle:
        encoding = _sample_encoding(handle)
        handle.seek(part.offset)
        size = None if part.end is None else part.end - part.offset
        for _, line in _lines(handle, size, digest):
            if line is None:
                yield RejectedInput(
                    f"record {index}: line longer than {MAX_JSON_BYTES // 2**20} MiB; refused"
                )
            elif not line.strip():
                continue
            else:
                decoded = decode_with(line, encoding)
                text = decoded.text.lstrip("\ufeff")
                yield _record(partial(parse_json_line, text, index), raw.path, index, decoded.warnings)
            index += 1
    if digest.hexdigest() != (part.digest or raw.content_hash):
        raise FileChanged()
    if index == part.start and part.first and part.last:
        raise RejectedInput("empty file" if raw.size_bytes == 0 else "JSON Lines file holds no records")


def record_sizes(raw_dir: Path, raw: RawFile) -> Iterator[tuple[int | None, int, bool]]:
    """(byte offset, characters at most, readable) of each record, for planning batches; never raises.

    The offset is where a JSON Lines record's line starts, so that a part can begin there; None
    when the file is read whole. ``readable`` is False for a JSON record its reading will refuse
    (not JSON, not an object with text): decoded and parsed here as it will be then, without
    cleaning. A file that cannot be read counts as one record of its size: the reading, later,
    says what is wrong with it.
    """
    path = raw_dir / raw.path
    yielded = False
    try:
        if raw.file_format == "jsonl" and not _wide(path):
            with open(path, "rb") as handle:
                encoding = _sample_encoding(handle)
                handle.seek(0)
                offset = 0
                for length, line in _lines(handle, None):
                    if line is None or line.strip():
                        yielded = True
                        yield offset, length, line is not None and _readable_line(line, encoding)
                    offset += length + 1
        elif raw.file_format in ("json", "jsonl") and raw.size_bytes <= MAX_JSON_BYTES:
            data = path.read_bytes()
            if raw.file_format == "jsonl":
                lines = [line for line in decode_bytes(data).text.split("\n") if line.strip()]
                records = [
                    _record(partial(parse_json_line, line, 0), "", 0, [])
                    for line in lines[: check_record_count(len(lines))]
                ]
            else:
                try:  # JSON is UTF-8 (RFC 8259): no encoding to detect, as a file's own reading does
                    objects = parse_json_document(data)
                except Exception:  # noqa: BLE001 - a legacy encoding, or not JSON at all
                    objects = parse_json_document(decode_bytes(data).text)
                records = [_record(partial(_parsed, obj), "", 0, []) for obj in objects]
            for record in records:
                yielded = True
                yield None, len(data) // len(records), not isinstance(record, RejectedInput)
    except Exception:  # noqa: BLE001 - reading the file again in its batch reports what is wrong
        pass
    if not yielded:
        yield None, raw.size_bytes, True


def _readable_line(line: bytes, encoding: str) -> bool:
    text = decode_with(line, encoding).text.lstrip("\ufeff")
    return not isinstance(_record(lambda: parse_json_line(text, 0), "", 0, []), RejectedInput)


def seal_parts(raw_dir: Path, raw: RawFile, parts: list[FilePart]) -> list[FilePart]:
    """Parts of a JSON Lines file split by bytes get the sha256 of their ranges, in one pass that
    also checks the whole file against discovery's hash; if that fails (the file changed) the file
    is one part again, which its reading refuses as changed. Other parts are returned as they are:
    they are checked against the whole file's hash when read."""
    if len(parts) < 2 or parts[1].offset == 0:
        return parts
    whole = hashlib.sha256()
    sealed = []
    try:
        with open(raw_dir / raw.path, "rb") as handle:
            for part in parts:
                digest = hashlib.sha256()
                size = None if part.end is None else part.end - part.offset
                while block := handle.read(_BLOCK_BYTES if size is None else min(_BLOCK_BYTES, size)):
                    digest.update(block)
                    whole.update(block)
                    if size is not None:
                        size -= len(block)
                sealed.append(replace(part, digest=digest.hexdigest()))
    except OSError:
        return [FilePart(raw)]
    return sealed if whole.hexdigest() == raw.content_hash else [FilePart(raw)]
