import codecs
import gzip

import pytest

from newsroom.readers.decode import Decoded, decode_bytes
from newsroom.readers.errors import RejectedInput

TEXT = "Ministers met in Zürich on Monday. “It was a good meeting,” said the café owner – naïvely."


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # with BOM
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
    ],
    ids=["utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom"],
)
def test_unicode_encodings_with_and_without_bom(data):
    assert decode_bytes(data) == Decoded(TEXT)


def test_windows_1252_and_latin1_are_detected():
    text = ("The minister’s statement – issued in Zürich – was “final”, officials said. " * 5).strip()
    assert decode_bytes(text.encode("cp1252")) == Decoded(text)
    latin = ("Le président a visité la région de Genève où les élèves étaient réunis. " * 5).strip()
    assert decode_bytes(latin.encode("latin-1")) == Decoded(latin)


def test_mostly_valid_utf8_stays_utf8_with_replacement_characters_counted():
    """Three stray bytes in a UTF-8 file made the whole file decode as mac_iceland ("caf√©")."""
    text = "Officials met on Monday. The café’s owner said “yes” – twice, officials said in Zürich."
    data = text.encode("utf-8")
    broken = data[:10] + b"\x81" + data[10:40] + b"\xff" + data[40:60] + b"\x8d" + data[60:]
    decoded = decode_bytes(broken)
    assert decoded.replaced == 3 and decoded.text.count("\ufffd") == 3
    assert decoded.text.replace("\ufffd", "") == text
    assert decoded.warnings == ["3 undecodable byte(s) replaced with U+FFFD"]


def test_a_legacy_file_with_few_accents_is_still_legacy():
    text = "The minister’s statement was final, officials said on Monday after the meeting in Zürich."
    assert decode_bytes(text.encode("cp1252")) == Decoded(text)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\t \r\n", "only whitespace"),
        (b"%PDF-1.7\n%\xe2\xe3", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
        (gzip.compress(b"hello", mtime=0), "gzip"),  # fixed mtime: xdist needs stable test ids
        (b"\x00\x01\x02\x03\xff\xfe\x00\x00" * 50, "NUL bytes"),
    ],
    ids=["empty", "whitespace", "pdf", "png", "gzip", "nul"],
)
def test_binary_and_empty_input_is_refused_with_a_reason(data, reason):
    with pytest.raises(RejectedInput, match=reason):
        decode_bytes(data)
