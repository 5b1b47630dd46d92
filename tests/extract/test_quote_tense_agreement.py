"""A verb joined to a report, with no subject of its own and tensed like the reporting verb rather than the
report, is the speaker's next act and ends the report; one tensed like the report stays in it."""

from __future__ import annotations


def _indirect(ex) -> list[str]:
    return [q.text for q in ex.quotes if q.quote_kind == "indirect"]


def test_a_conjunct_tensed_like_the_cue_ends_the_report(extract):
    assert _indirect(extract("The mayor said the bridge is safe and reopened it to traffic on Monday.")) == [
        "the bridge is safe"
    ]
    assert _indirect(
        extract(
            "The senator has declared she will vote against the bill, and opposes any delay of the budget."
        )
    ) == ["she will vote against the bill"]


def test_a_conjunct_tensed_like_the_report_stays_in_it(extract):
    assert _indirect(
        extract("The minister said the company had lied to investors and was hiding its losses.")
    ) == ["the company had lied to investors and was hiding its losses"]
    assert _indirect(extract("The mayor says the bridge was safe and reopened it on Monday.")) == [
        "the bridge was safe and reopened it on Monday"
    ]
