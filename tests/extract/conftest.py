"""Fixtures for extractor tests: the spaCy model is loaded once per test process."""

from __future__ import annotations

import pytest

from newsroom.models import ArticleInput, Extraction, Quote


@pytest.fixture(scope="session")
def extract():
    """Run the public API on one body (and title, byline)."""
    from newsroom.extract import extract_batch

    def run(body: str, title: str | None = None, byline: str | None = None) -> Extraction:
        return extract_batch([ArticleInput(body=body, title=title, published_at=None, byline=byline)])[0]

    return run


@pytest.fixture(scope="session")
def speaker():
    """Canonical name of a quote's speaker, or None."""

    def name(ex: Extraction, quote: Quote) -> str | None:
        return next((a.name for a in ex.actors if a.entity_index == quote.speaker_entity), None)

    return name
