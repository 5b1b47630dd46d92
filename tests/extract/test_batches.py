"""A worker extracts batch after batch for hours: what one batch reads must not stay behind."""

from __future__ import annotations

from newsroom.extract import extract_batch, load_nlp
from newsroom.models import ArticleInput

STORY = (
    "Interior minister Valtrona Esquibelle said on Monday that the government of Moravenia would send "
    '{n} police officers to the border town of Quastelbury. "We will not allow smugglers to operate '
    'freely," Esquibelle told reporters.'
)


def test_new_words_of_a_batch_leave_the_vocabulary_and_its_records_stay_intact():
    strings = load_nlp().vocab.strings
    before = len(strings)
    first = extract_batch(
        [ArticleInput(STORY.format(n="4,217"), "Moravenia sends police to the border", None)]
    )[0]
    second = extract_batch([ArticleInput(STORY.format(n="3,908"), None, None)])[0]
    assert len(strings) == before
    for extraction in (first, second):
        assert "Valtrona Esquibelle" in {actor.name for actor in extraction.actors}
        assert [quote.text for quote in extraction.quotes if quote.quote_kind == "direct"] == [
            "We will not allow smugglers to operate freely,"
        ]


def test_an_article_that_breaks_extraction_fails_alone(monkeypatch):
    """Whatever goes wrong on one article (a bug, a pathological parse) costs that article only."""
    import newsroom.extract as extract

    real = extract.extract_doc

    def fragile(doc, title=None, published_at=None, text=None, byline=None):
        if "3,908" in doc.text:
            raise IndexError("a bug one article triggers")
        return real(doc, title, published_at, text, byline)

    monkeypatch.setattr(extract, "extract_doc", fragile)
    items = [ArticleInput(STORY.format(n=n), None, None) for n in ("4,217", "3,908", "5,550")]
    first, broken, last = extract_batch(items)
    assert broken.error == "IndexError: a bug one article triggers" and not broken.actors
    for extraction in (first, last):
        assert extraction.error is None and "Valtrona Esquibelle" in {
            actor.name for actor in extraction.actors
        }


def test_a_long_run_without_spaces_is_parsed_in_linear_time_and_offsets_still_index_the_body():
    """spaCy's tokenizer is quadratic in such runs: 8,000 quote marks took 14 s, 40,000 ~6 minutes."""
    import time

    from newsroom.extract import MAX_RUN_CHARS, _chunks

    body = STORY.format(n="4,217") + " " + '"' * 40_000 + " " + STORY.format(n="3,908") + " " + "x" * 1_000
    assert "".join(_chunks(body)) == body
    assert max(len(run) for piece in _chunks(body) for run in piece.split()) <= MAX_RUN_CHARS
    started = time.perf_counter()
    [extraction] = extract_batch([ArticleInput(body, None, None)])
    assert time.perf_counter() - started < 120
    assert extraction.error is None
    for mention in extraction.mentions:
        assert body[mention.start_char : mention.end_char] == mention.text
    assert "Valtrona Esquibelle" in {actor.name for actor in extraction.actors}


def test_a_body_parsed_in_pieces_is_the_text_extraction_is_given():
    """extract_batch hands each body to extract_doc as its text instead of rebuilding ``doc.text``:
    that holds only while the re-joined pieces keep every character."""
    from newsroom.extract import CHUNK_CHARS, _parse, load_nlp

    story = STORY.format(n="4,217") + "\n"
    body = story * (CHUNK_CHARS // len(story) + 2) + '"' * 1_000 + "  \n\t" + story
    titles = "A title\n"
    docs = list(_parse(load_nlp(), [body, titles]))
    assert [doc.text for doc in docs] == [body, titles]
