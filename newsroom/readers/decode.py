"""Bytes to text: refuse binaries, honour BOMs, detect legacy encodings."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

from newsroom.readers.errors import RejectedInput

# Magic numbers of formats that turn up in news drops with a wrong extension.
_MAGIC = (
    (b"%PDF", "PDF document"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"\x1f\x8b", "gzip archive"),
    (b"PK\x03\x04", "ZIP archive (or DOCX/XLSX)"),
    (b"\xd0\xcf\x11\xe0", "MS Office document"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ", "xz archive"),
    (b"7z\xbc\xaf", "7-Zip archive"),
)
# surrogateescape turns each byte that does not decode into one of these.
_ESCAPED = re.compile("[\udc80-\udcff]")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class Decoded:
    text: str
    replaced: int = 0  # invalid bytes that became U+FFFD

    @property
    def warnings(self) -> list[str]:
        return [f"{self.replaced:,} undecodable byte(s) replaced with U+FFFD"] if self.replaced else []


def refuse_binary(data: bytes) -> None:
    """Raise RejectedInput for the magic numbers of binary formats."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise RejectedInput(f"binary file ({kind}), not text")


def bom_encoding(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def text_encoding(data: bytes) -> str:
    """UTF-8 when the bytes are valid UTF-8, or mostly so: at least as many well-formed multi-byte
    characters as invalid bytes (three stray bytes made a UTF-8 file decode as ``mac_iceland``).
    Otherwise the likeliest legacy code page. ``data`` has no byte-order mark."""
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    if data.count(b"\x00") > len(data) // 100:
        raise RejectedInput("binary file (contains NUL bytes), not text")
    text = data.decode("utf-8", "surrogateescape")
    invalid = _ESCAPED.subn("", text)[1]
    multibyte = len(text) - len(text.encode("ascii", "ignore")) - invalid
    if multibyte >= invalid:
        return "utf-8"
    return _legacy_encoding(data[:200_000])


def decode_with(data: bytes, encoding: str) -> Decoded:
    """Decode, replacing what does not decode with U+FFFD, and count it."""
    text = data.decode(encoding, "surrogateescape")
    text, replaced = _ESCAPED.subn("\ufffd", text)
    return Decoded(text, replaced)


def decode_bytes(data: bytes) -> Decoded:
    """Decode a text file whatever its encoding, or raise RejectedInput saying why not."""
    if not data.strip():
        raise RejectedInput("empty file" if not data else "file contains only whitespace")
    refuse_binary(data)
    encoding = bom_encoding(data)
    if encoding is not None:
        try:
            return Decoded(data.decode(encoding))
        except UnicodeDecodeError as exc:
            raise RejectedInput(f"invalid {encoding} text after byte-order mark: {exc.reason}") from exc
    return decode_with(data, text_encoding(data))


def _legacy_encoding(sample: bytes) -> str:
    """charset-normalizer's guess, but Windows-1252 wins ties.

    Single-byte Latin code pages often decode the same bytes equally "cleanly"; for news
    copied from Western sites Windows-1252 (a superset of Latin-1) is by far the likeliest.
    """
    best = from_bytes(sample).best()
    western = from_bytes(sample, cp_isolation=["cp1252"]).best()
    if western is not None and (best is None or western.chaos <= best.chaos):
        return "cp1252"
    if best is None or best.encoding is None:
        raise RejectedInput("undecodable text: no character encoding fits the bytes")
    return best.encoding
