"""Property-based tests: the cleaner and the extractors hold their contracts on any input.

Cleaner (``newsroom.clean.clean_text``), on arbitrary Unicode:
  * never raises;
  * invents nothing: title, subtitle, byline, dateline, every paragraph and every removed
    line is a substring of ``normalize_text(input)``, but for the line breaks inside a sentence
    a paragraph joins (``newsroom.clean.wrapped``);
  * paragraphs are non-empty single lines, so ``body.split("\\n\\n") == paragraphs``;
  * is idempotent on its own output: cleaning the body again yields the same paragraphs.

Extractors (``newsroom.extract.extract_batch``), on arbitrary text:
  * never raise and return one Extraction per input, in order;
  * every mention and body quote has 0 <= start < end <= len(body) and
    ``body[start:end]`` equals its text; headline quotes have no offsets;
  * entity indices point at actors of the same article.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsroom.clean import clean_text, normalize_text
from tests import hostile

# Lines that exercise the cleaner's classifiers: headlines, bylines, datelines, boilerplate, quotes.
NEWSY_LINES = [
    "Storm hits coast",
    "By Jane Doe",
    "By JANE DOE and JOHN ROE, Associated Press",
    "LONDON (Reuters) - The minister resigned on Monday after a week of pressure.",
    "WASHINGTON — Lawmakers met on Tuesday.",
    "Share this article",
    "Advertisement",
    "Subscribe to our newsletter",
    "Home > News > World",
    "Read more: Ferry terminal to open next spring",
    "© 2024 Example Media. All rights reserved.",
    "“We are confident,” the harbour director said.",
    '"It was a good meeting," said the café owner – naïvely.',
    "‘Not now’, she said, ‘maybe later’.",
    "The council approved the budget on Tuesday after a long debate, officials said.",
    "Updated 12:30 GMT, 4 May 2024",
    "Photo: Reuters",
    "Ã©tÃ© â€™ mojibake line",
    "\u200b\u00ad\ufeffinvisible\u2060 characters",
    "tab\tseparated\tvalues",
]
SEPARATORS = ["\n", "\n\n", "\n\n\n\n\n", "\r\n", "\r\n\r\n", "\r", "\u2028", "\x0c", "\x85", " \n \t\n"]
CONTROL = st.characters(min_codepoint=0, max_codepoint=0x1F) | st.characters(
    min_codepoint=0x7F, max_codepoint=0x9F
)

short_line = st.one_of(
    st.text(max_size=120),  # arbitrary Unicode, surrogates excluded (they cannot reach us: files are decoded)
    st.sampled_from(NEWSY_LINES),
    st.text(alphabet=CONTROL, max_size=10),
    st.text(alphabet="“”‘’\"'«»„‚ —–-:.,", max_size=20),
)
long_line = st.builds(
    lambda w, n: (w + " ") * n, st.sampled_from(["word", "Zürich", "東京", "“quote”"]), st.integers(500, 3000)
)
line = short_line | long_line
article_text = st.one_of(
    st.text(),
    st.builds(
        lambda parts, seps: "".join(p + seps[i % len(seps)] for i, p in enumerate(parts)),
        st.lists(line, max_size=25),
        st.lists(st.sampled_from(SEPARATORS), min_size=1, max_size=5),
    ),
)


def _unbroken(text: str) -> str:
    """``text`` without line breaks and spaces: what a paragraph joined across lines still shares with its input."""
    return "".join(text.split())


def _output_lines(cleaned) -> list[str]:
    values = [cleaned.title, cleaned.subtitle, cleaned.byline, cleaned.dateline, *cleaned.paragraphs]
    return [v for v in values if v is not None] + [r.text for r in cleaned.removed]


@settings(max_examples=200, deadline=None)
@given(article_text)
def test_cleaner_never_raises_invents_nothing_and_is_idempotent(text):
    cleaned = clean_text(text)
    normalised = normalize_text(text)
    for value in _output_lines(cleaned):
        assert value in normalised or _unbroken(value) in _unbroken(normalised), value
    for paragraph in cleaned.paragraphs:
        assert paragraph and "\n" not in paragraph and paragraph == paragraph.strip()
    assert cleaned.body.split("\n\n") == cleaned.paragraphs or not cleaned.paragraphs

    again = clean_text(cleaned.body)
    assert again.paragraphs == cleaned.paragraphs
    assert again.title is None and again.subtitle is None and again.removed == []


@settings(max_examples=100, deadline=None)
@given(article_text, st.one_of(st.none(), st.text(max_size=80)), st.one_of(st.none(), st.text(max_size=40)))
def test_cleaner_with_metadata_hints_never_raises_and_keeps_body_from_input(text, title, byline):
    cleaned = clean_text(text, title=title, byline=byline)
    normalised = normalize_text(text)
    for paragraph in cleaned.paragraphs:
        assert paragraph in normalised or _unbroken(paragraph) in _unbroken(normalised)


@settings(max_examples=150, deadline=None)
@given(article_text)
def test_normalize_text_is_idempotent_and_has_one_kind_of_line_break(text):
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert once.splitlines() == once.split("\n") or once == ""


# ---------------------------------------------------------------------------------------------
# Extractors (spaCy): slower, so fewer examples; the model loads once per process.

PEOPLE = ["Jane Doe", "President Biden", "Emmanuel Macron", "the minister", "he", "she", "They", "Mr Smith"]
ORGS = ["the United Nations", "Reuters", "the European Union", "Apple Inc.", "NATO", "the Harbour Authority"]
PLACES = ["France", "Zürich", "the United States", "Kyiv", "東京"]
VERBS = ["said", "told reporters", "accused", "met", "criticised", "praised", "warned", "announced", "denied"]

sentence = st.one_of(
    st.builds(
        "{} {} {} on Monday.".format,
        st.sampled_from(PEOPLE + ORGS),
        st.sampled_from(VERBS),
        st.sampled_from(PEOPLE + ORGS + PLACES),
    ),
    st.builds("“{}”, {} said.".format, st.text(max_size=60), st.sampled_from(PEOPLE)),
    st.builds(
        '"{}," {} told {}.'.format, st.text(max_size=40), st.sampled_from(PEOPLE), st.sampled_from(ORGS)
    ),
    st.builds(
        "{} said that {} would {} {}.".format,
        st.sampled_from(PEOPLE),
        st.sampled_from(ORGS + PLACES),
        st.sampled_from(["meet", "sanction", "help", "attack"]),
        st.sampled_from(PLACES + ORGS),
    ),
    st.builds("According to {}, “{}".format, st.sampled_from(ORGS), st.text(max_size=30)),  # unbalanced quote
    st.text(max_size=80),
    st.sampled_from(["“", "”", '"', "‘", "’", "'", "«", "»", "", " ", "\n"]),
)
extractor_body = st.one_of(
    st.text(max_size=400),
    st.builds(
        lambda ps: "\n\n".join(" ".join(p) for p in ps),
        st.lists(st.lists(sentence, min_size=1, max_size=4), min_size=1, max_size=5),
    ),
)
extractor_title = st.one_of(
    st.none(),
    st.text(max_size=60),
    st.builds("“{}”: {}".format, st.text(max_size=20), st.sampled_from(PEOPLE)),
)


@pytest.fixture(scope="module")
def extract_batch():
    import newsroom.extract as extract

    extract.load_nlp()
    return extract.extract_batch


def _check_extraction(body: str, extraction) -> None:
    actors = {a.entity_index for a in extraction.actors}
    assert len(actors) == len(extraction.actors)
    for m in extraction.mentions:
        assert 0 <= m.start_char < m.end_char <= len(body), m
        assert body[m.start_char : m.end_char] == m.text, m
        assert m.entity_index in actors, m
    for q in extraction.quotes:
        if q.in_headline:
            assert q.start_char is None and q.end_char is None, q
        else:
            assert q.start_char is not None and q.end_char is not None, q
            assert 0 <= q.start_char < q.end_char <= len(body), q
            assert body[q.start_char : q.end_char] == q.text, q
        assert q.speaker_entity is None or q.speaker_entity in actors, q
    for e in extraction.events:
        assert e.actor1_entity is None or e.actor1_entity in actors, e
        assert e.actor2_entity is None or e.actor2_entity in actors, e
        assert e.cameo_code and e.cameo_code.isdigit(), e


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
@given(st.lists(st.tuples(extractor_body, extractor_title), min_size=1, max_size=4))
def test_extractors_never_raise_and_offsets_point_at_their_text(extract_batch, items):
    from newsroom.models import ArticleInput

    inputs = [ArticleInput(body, title, None) for body, title in items]
    results = extract_batch(inputs)
    assert len(results) == len(inputs)
    for item, extraction in zip(inputs, results, strict=True):
        _check_extraction(item.body, extraction)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
@given(st.lists(short_line | st.sampled_from(NEWSY_LINES), min_size=1, max_size=10))
def test_extractors_on_cleaned_bodies(extract_batch, lines):
    """What the pipeline really passes: the body of a cleaned article."""
    from newsroom.models import ArticleInput

    cleaned = clean_text("\n\n".join(lines))
    [extraction] = extract_batch([ArticleInput(cleaned.body, cleaned.title, None)])
    _check_extraction(cleaned.body, extraction)


# ---------------------------------------------------------------------------------------------
# Hostile folders (tests/hostile.py): no content of any single file can fail a run. Here the real
# discovery, reading, cleaning and loading on a DuckDB working copy, extraction stood in for;
# tests/flows/test_hostile_input.py runs the real flow on fewer examples.


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)
@given(hostile.folder)
def test_a_hostile_folder_never_fails_a_run_and_every_file_is_loaded_or_refused(entries):
    import tempfile
    from datetime import datetime
    from pathlib import Path

    from newsroom import warehouse
    from newsroom.discover import take_inventory
    from newsroom.models import Extraction
    from newsroom.pipeline import process_batch, queue_files

    now = datetime(2024, 5, 1)
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw"
        hostile.write_folder(raw, entries, Path(tmp) / "outside")
        con = warehouse.open_working_copy(
            Path(tmp) / "wh" / "news.duckdb", Path(tmp) / "wh" / "news.duckdb.building"
        )
        try:
            for _ in range(2):  # and the next run over the same folder
                inventory = take_inventory(raw, warehouse.known_files(con))
                files = queue_files(con, inventory, now)
                process_batch(
                    con,
                    raw,
                    files,
                    lambda items: [Extraction() for _ in items],
                    now,
                    batch_size=3,
                    max_article_chars=20_000,
                )
            loaded = {
                p
                for (p,) in con.execute(
                    "select path from landing.raw_files where status = 'loaded'"
                ).fetchall()
            }
            reasons = dict(con.execute("select path, reason from landing.file_rejections").fetchall())
            assert hostile.entries_on_disk(raw) <= loaded | set(reasons), (
                hostile.entries_on_disk(raw) - loaded - set(reasons)
            )
            assert all(0 < len(reason) < 700 for reason in reasons.values()), reasons
            # The cap counts the text read; the cleaner may put a blank line between paragraphs.
            longest = con.execute(
                "select max(length(replace(body, chr(10), ''))) from landing.extracted_articles"
            ).fetchone()[0]
            assert longest is None or longest <= 20_000
        finally:
            con.close()
