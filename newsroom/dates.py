"""Publication dates as scrapers and pages write them, to naive UTC datetimes."""

from __future__ import annotations

from datetime import datetime, timezone

import dateparser

_SETTINGS = {"TO_TIMEZONE": "UTC", "RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DAY_OF_MONTH": "first"}


def parse_published(value: str | None) -> datetime | None:
    """ISO 8601 fast path, then dateparser for the rest ("Sept. 15, 2021 10:04 AM EST")."""
    if not value or not value.strip():
        return None
    text = value.strip()
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        parsed = dateparser.parse(text, languages=["en"], settings=_SETTINGS)
        if parsed is None:
            return None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(timezone.utc).replace(tzinfo=None)
    if not 1900 <= parsed.year <= 2100:
        return None
    return parsed
