import json

import pytest

from newsroom.discover import sha256_file
from newsroom.models import RawFile
from newsroom.readers import RejectedInput, read_raw_file


def raw_file(tmp_path, name, content: str) -> RawFile:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    fmt = {"json": "json", "jsonl": "jsonl", "txt": "txt", "html": "html"}[name.rsplit(".", 1)[1]]
    return RawFile(name, path.stat().st_size, sha256_file(path), fmt, 0.0)


def test_single_object_with_common_field_spellings(tmp_path):
    raw = raw_file(
        tmp_path,
        "a.json",
        json.dumps(
            {
                "link": "https://example.org/story",
                "headline": "Rates held",
                "datePublished": "2024-03-01T10:00:00Z",
                "authors": ["Ana Ruiz", "Li Wei"],
                "body": "The bank held rates.",
                "publisher": {"name": "Example News"},
            }
        ),
    )
    [record] = read_raw_file(tmp_path, raw)
    assert (record.url, record.title, record.published, record.author, record.text, record.outlet) == (
        "https://example.org/story",
        "Rates held",
        "2024-03-01T10:00:00Z",
        "Ana Ruiz, Li Wei",
        "The bank held rates.",
        "Example News",
    )


def test_schema_org_news_article_json_ld(tmp_path):
    record = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Rates held",
        "author": {"@type": "Person", "name": "Ana Ruiz"},
        "articleBody": "The bank held rates on Thursday.",
    }
    [result] = read_raw_file(tmp_path, raw_file(tmp_path, "ld.json", json.dumps(record)))
    assert (result.title, result.author, result.text) == (
        "Rates held",
        "Ana Ruiz",
        "The bank held rates on Thursday.",
    )


def test_a_record_without_text_is_refused_naming_every_accepted_field(tmp_path):
    [result] = read_raw_file(tmp_path, raw_file(tmp_path, "d.json", json.dumps({"summary": "short"})))
    assert isinstance(result, RejectedInput)
    assert (
        "text/body/content/article" in str(result) and "articleBody" in str(result) and "/html" in str(result)
    )


def test_list_and_json_lines_keep_record_order_and_refuse_bad_records(tmp_path):
    raw = raw_file(
        tmp_path, "b.jsonl", '{"text": "first"}\n\n{"title": "no text"}\n{"html": "<p>third</p>"}\n'
    )
    results = read_raw_file(tmp_path, raw)
    assert results[0].text == "first" and results[0].record_index == 0
    assert isinstance(results[1], RejectedInput) and "record 1 has no article text" in str(results[1])
    assert results[2].html == "<p>third</p>" and results[2].record_index == 2
    raw = raw_file(tmp_path, "c.json", json.dumps([{"text": "one"}, {"text": "two"}, 3]))
    results = read_raw_file(tmp_path, raw)
    assert [r.text for r in results[:2]] == ["one", "two"]
    assert "record 2 is a JSON int" in str(results[2])


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("bad.json", '{"text": "unterminated', "malformed JSON at line 1"),
        ("empty.json", "[]", "holds no records"),
        ("blank.jsonl", "\n  \n", "holds no records"),
    ],
)
def test_malformed_json_is_refused_with_position(tmp_path, name, content, reason):
    with pytest.raises(RejectedInput, match=reason):
        read_raw_file(tmp_path, raw_file(tmp_path, name, content))


def test_a_malformed_json_lines_record_is_refused_alone(tmp_path):
    """One line is one record: a truncated last line (a scraper killed mid-write) costs that record."""
    raw = raw_file(tmp_path, "feed.jsonl", '{"text": "ok"}\n\n{broken\n{"text": "also ok"}\n{"text": "cut')
    results = read_raw_file(tmp_path, raw)
    assert [r.text for r in results if not isinstance(r, RejectedInput)] == ["ok", "also ok"]
    assert [str(r) for r in results if isinstance(r, RejectedInput)] == [
        "record 1: malformed JSON Lines record at column 2: Expecting property name enclosed in double quotes",
        "record 3: malformed JSON Lines record at column 10: Unterminated string starting at",
    ]


def test_file_changed_after_discovery_is_refused_for_retry(tmp_path):
    raw = raw_file(tmp_path, "a.txt", "original text")
    (tmp_path / "a.txt").write_text("edited while the run was reading", encoding="utf-8")
    with pytest.raises(RejectedInput, match="changed while the run was reading"):
        read_raw_file(tmp_path, raw)


def test_oversized_article_file_is_refused(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(6 * 1024 * 1024)
    raw = RawFile("huge.txt", path.stat().st_size, "x", "txt", 0.0)
    with pytest.raises(RejectedInput, match="too large"):
        read_raw_file(tmp_path, raw)


def test_a_file_that_grew_after_discovery_is_refused_for_retry_without_reading_it_all(tmp_path):
    import tracemalloc

    raw = raw_file(tmp_path, "a.txt", "original text")
    with open(tmp_path / "a.txt", "ab") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: 200 MB appended while the run was reading
    tracemalloc.start()
    try:
        with pytest.raises(RejectedInput, match="changed while the run was reading"):
            read_raw_file(tmp_path, raw)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 1024 * 1024
