"""Publication dates: the direct parsers return what dateparser returns, and no date depends on the host's zone."""

import os
import random
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import dateparser
import pytest

from newsroom import dates
from newsroom.dates import parse_published

ROOT = Path(__file__).resolve().parents[1]


def _dateparser(text: str) -> datetime | None:
    parsed = dateparser.parse(text, languages=["en"], settings=dates._SETTINGS)
    if parsed is not None and parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC).replace(tzinfo=None)
    return parsed


def _samples() -> list[str]:
    rng = random.Random(3)
    zones = ["GMT", "UTC"] + [
        f"{sign}{h:02d}{m:02d}" for sign in "+-" for h in range(16) for m in (0, 30, 45)
    ]
    out = []
    for zone in zones:
        d = datetime(1990, 1, 1) + timedelta(days=rng.randint(0, 15000), seconds=rng.randint(0, 86399))
        out += [
            d.strftime("%a, %d %b %Y %H:%M:%S ") + zone,
            d.strftime("%d %b %Y %H:%M:%S ") + zone,
            d.strftime("%B %d, %Y"),
            f"{d:%b} {d.day}, {d:%Y}",
            f"{d.day} {d:%B} {d:%Y}",
            d.strftime("%d %b %Y"),
        ]
    return out


def test_direct_parsers_agree_with_dateparser():
    compared = 0
    for text in _samples():
        direct = dates._rfc_2822(text) or dates._day_only(text)
        if direct is not None:
            assert direct == _dateparser(text), text
            compared += 1
    assert compared > 200


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wed, 15 Sep 2021 10:04:00 GMT", datetime(2021, 9, 15, 10, 4, tzinfo=UTC)),
        ("Wed, 15 Sep 2021 10:04:00 +0530", datetime(2021, 9, 15, 4, 34, tzinfo=UTC)),
        (
            "Thu, 15 Sep 2021 10:04:00 GMT",
            datetime(2021, 9, 15, 10, 4, tzinfo=UTC),
        ),  # wrong weekday, as dateparser
        ("15 September 2021", datetime(2021, 9, 15, tzinfo=UTC)),
        ("Sept. 15, 2021 10:04 AM EST", datetime(2021, 9, 15, 15, 4, tzinfo=UTC)),  # dateparser
        ("2021-09-15T10:04:00+02:00", datetime(2021, 9, 15, 8, 4, tzinfo=UTC)),
        ("Wed, 31 Feb 2021 10:04:00 GMT", None),
        ("Wed, 15 Sep 2021 10:04:00 +0245", None),  # no zone has that offset
        ("Wed, 15 Sep 1850 10:04:00 GMT", None),
        ("not a date", None),
        ("2022-11-03T10:00:00+0500", datetime(2022, 11, 3, 5, 0, tzinfo=UTC)),  # as htmldate writes it
        ("2023-06-02T00:00:00", datetime(2023, 6, 2, tzinfo=UTC)),
    ],
)
def test_parse_published(text, expected):
    assert parse_published(text) == expected


def test_dates_without_zone_are_utc_whatever_the_host_zone():
    code = "from newsroom.dates import parse_published as p; print(p('September 15, 2021'), p('Sept. 15, 2021'), p('2021-09-15'))"
    env = {**os.environ, "TZ": "America/New_York"}
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    ).stdout
    assert out.split() == ["2021-09-15", "00:00:00+00:00"] * 3


@pytest.mark.parametrize(
    ("lines", "language", "expected"),
    [
        (["By Ann Lee Nov 29, 2016, 10:00am EST"], None, "2016-11-29"),
        (["Publié le 13 mars 2017 à 19 h 18"], "fr", "2017-03-13"),
        (["Stand: 15.05.2020 | Lesedauer: 3 Minuten"], "de", "2020-05-15"),
        (["Health Weekly 9/21/2016 Ann Lee"], None, "2016-09-21"),
        (["March 3, 20249:15 AM ET"], None, "2024-03-03"),  # a time glued to the year
        (["Updated Dec. 4, 2016", "Dec. 3, 2016"], None, "2016-12-03"),  # the first publication wins
        (["Updated:", "Mar 6, 2018", "Original:", "Dec 21, 2016"], None, "2016-12-21"),
        (["Updated on December 12, 2016 09:22 AM"], None, "2016-12-12"),  # no earlier date shown
        (["Dec. 13, 2016, 12:31 PM UTC / Updated Dec. 14, 2016", "Sept. 2, 201602:06"], None, "2016-12-13"),
    ],
)
def test_header_date_reads_printed_dates(lines, language, expected):
    assert dates.header_date(lines, language) == datetime.fromisoformat(expected).replace(tzinfo=UTC)


@pytest.mark.parametrize(
    "lines",
    [["By Ann Lee Nov 29"], ["Page 3 of 10, 2016"], ["Published 2 hours ago"], ["Mayday 12, 2016 tour"], []],
)
def test_header_date_never_invents_a_year(lines):
    assert dates.header_date(lines) is None
