"""A stance the subject expresses ("voiced doubt that …", "expressed concern that …") and comments it makes
("made comments that …") report their "that" clause; a stance held or given, or one not expressed, reports nothing."""

from __future__ import annotations


def _indirect(ex) -> list[tuple[str | None, str]]:
    return [(q.speaker_mention, q.text) for q in ex.quotes if q.quote_kind == "indirect"]


def test_an_expressed_stance_reports_its_clause(extract):
    assert _indirect(
        extract("The senator expressed doubt that the budget would pass before the summer.")
    ) == [("The senator", "the budget would pass before the summer")]
    assert _indirect(extract("The union voiced concern that the new rules would cost jobs.")) == [
        ("The union", "the new rules would cost jobs")
    ]


def test_comments_report_their_clause(extract):
    assert _indirect(extract("The panel made comments that the inspections had been thorough.")) == [
        ("The panel", "the inspections had been thorough")
    ]


def test_a_stance_held_given_or_not_expressed_reports_nothing(extract):
    assert _indirect(extract("Many farmers have the hope that the rains will come early.")) == []
    assert _indirect(extract("Her visit gave hope that the two sides would talk again.")) == []
    assert _indirect(extract("The senator did not express concern that the bill would fail.")) == []
    assert _indirect(extract("The senator expressed no doubt that the bill would fail.")) == []
