"""An inquiry's finding is reported like speech ("the study found that …", "a poll showed …", "the court held
that …"); "find", "show" and "hold" with any other subject, or with no clause to report, report nothing."""

from __future__ import annotations


def _indirect(ex) -> list[tuple[str | None, str]]:
    return [(q.speaker_mention, q.text) for q in ex.quotes if q.quote_kind == "indirect"]


def test_an_inquiry_reports_what_it_found(extract):
    assert _indirect(extract("The panel found that the river had been polluted for years.")) == [
        ("The panel", "the river had been polluted for years")
    ]
    assert _indirect(extract("A survey of farmers showed that most growers support the new tariff.")) == [
        ("A survey", "most growers support the new tariff")
    ]
    assert _indirect(extract("The tribunal held that the dismissal of the clerk was unfair.")) == [
        ("The tribunal", "the dismissal of the clerk was unfair")
    ]


def test_a_relative_clause_of_an_inquiry_reports_its_finding(extract):
    assert _indirect(
        extract("The ministry ordered an audit, which found the agency had overspent its budget.")
    ) == [("an audit", "the agency had overspent its budget")]


def test_a_discovery_a_verdict_or_a_picture_is_no_report(extract):
    assert _indirect(extract("When she came home, she found that the door had been forced open.")) == []
    assert _indirect(extract("The jury found him guilty of fraud after a short trial.")) == []
    assert (
        _indirect(
            extract(
                "In finding the mayor was wrongly sworn in, the court also found unconstitutional a law permitting the mayor to "
                "succeed the governor."
            )
        )
        == []
    )
    assert _indirect(extract("Footage from the scene showed that the roof had collapsed.")) == []
    assert _indirect(extract("The panel held talks that ended without any agreement on the budget.")) == []
