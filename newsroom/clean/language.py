"""The language of an article, from py3langid (a maintained langid.py fork with its model bundled)."""

from __future__ import annotations

from functools import lru_cache
from itertools import islice

# Below this many letters a guess is noise: the language stays unknown (None).
MIN_LETTERS = 40
SAMPLE_CHARS = 1000


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code ("en", "pt", ...) of ``text``, or None when it is too short or the guess is unsure."""
    sample = text[:SAMPLE_CHARS]
    letters = (c for c in sample if c.isalpha())
    if next(islice(letters, MIN_LETTERS - 1, None), None) is None:
        return None  # fewer than MIN_LETTERS letters (counted only up to there)
    return _language_of(sample)


@lru_cache(maxsize=256)
def _language_of(sample: str) -> str | None:
    """The guess for a sample: clean_text asks for the page's sentences and then the body's, most often the
    same text."""
    code, probability = _identifier().classify(sample)
    return code if probability >= 0.5 else None
