"""Turn one raw file into source records (txt/html: one; JSON: one per object)."""

from __future__ import annotations

from pathlib import Path

from newsroom.discover import sha256_bytes
from newsroom.models import RawFile, SourceRecord
from newsroom.readers.decode import decode_bytes
from newsroom.readers.errors import RejectedInput
from newsroom.readers.json_records import parse_json_records, record_from_object

__all__ = ["RejectedInput", "read_raw_file", "RecordResult"]

# One article file bigger than this is a dump or an accident, not an article.
MAX_ARTICLE_FILE_BYTES = 5 * 1024 * 1024

RecordResult = SourceRecord | RejectedInput


def read_raw_file(raw_dir: Path, raw: RawFile) -> list[RecordResult]:
    """Records of one file, each either a SourceRecord or the reason it was refused.

    Raises RejectedInput when the whole file is unusable.
    """
    path = raw_dir / raw.path
    if raw.file_format in ("txt", "html") and raw.size_bytes > MAX_ARTICLE_FILE_BYTES:
        raise RejectedInput(
            f"file too large for one article ({raw.size_bytes / 1e6:.1f} MB > {MAX_ARTICLE_FILE_BYTES / 1e6:.0f} MB)"
        )
    data = path.read_bytes()
    if sha256_bytes(data) != raw.content_hash:
        raise RejectedInput("file changed while the run was reading it; it will be retried on the next run")
    text = decode_bytes(data)
    if raw.file_format == "txt":
        return [SourceRecord(raw.path, 0, "txt", text=text)]
    if raw.file_format == "html":
        return [SourceRecord(raw.path, 0, "html", html=text)]
    results: list[RecordResult] = []
    for index, obj in parse_json_records(text, raw.path, json_lines=raw.file_format == "jsonl"):
        try:
            results.append(record_from_object(obj, raw.path, index))
        except RejectedInput as exc:
            results.append(exc)
    return results
