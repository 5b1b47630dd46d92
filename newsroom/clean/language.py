"""The language of an article, from py3langid (a maintained langid.py fork with its model bundled)."""

from __future__ import annotations

from functools import lru_cache

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
    if sum(c.isalpha() for c in sample) < MIN_LETTERS:
        return None
    code, probability = _identifier().classify(sample)
    return code if probability >= 0.5 else None
