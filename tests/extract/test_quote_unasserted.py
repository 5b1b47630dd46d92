"""A reporting verb whose report has not been made is no indirect quote: under a modal of obligation, permission
or the future, under "need to", in a condition or a clause of time, as an aim, before an open question it is to
decide. What was said stays."""

from __future__ import annotations


def _indirect(ex) -> list[tuple[str | None, str]]:
    return [(q.speaker_mention, q.text) for q in ex.quotes if q.quote_kind == "indirect"]


def test_a_report_asked_for_or_allowed_is_not_made(extract):
    assert _indirect(extract("Countries should insist that the talks resume without conditions.")) == []
    assert _indirect(extract("The chairs may invite observers to attend the closing session.")) == []
    assert _indirect(extract("Officials must explain why the money was spent.")) == []
    assert _indirect(extract("The minister insisted that the talks resume without conditions.")) == [
        ("The minister", "the talks resume without conditions")
    ]


def test_a_report_still_to_come_is_not_made(extract):
    assert _indirect(extract("The secretary will tell the council that the sanctions stay in place.")) == []
    assert _indirect(extract("The secretary told the council that the sanctions stay in place.")) == [
        ("The secretary", "the sanctions stay in place")
    ]


def test_a_report_one_needs_to_make_is_not_made(extract):
    assert _indirect(extract("We need to be asking ourselves how we can restart the economy.")) == []
    # a need in the past was met, and the speaker's own "I have to say" is said
    assert _indirect(extract("The mayor had to admit that the bridge was unsafe.")) == [
        ("The mayor", "the bridge was unsafe")
    ]
    assert _indirect(extract("I have to say that the decision was inevitable.")) == [
        (None, "the decision was inevitable")
    ]


def test_a_report_in_a_condition_or_a_clause_of_time_is_not_made(extract):
    assert _indirect(extract("If the court rules that the law is void, the state will appeal.")) == []
    assert _indirect(extract("We will act when we determine that we can best help the victims.")) == []
    assert _indirect(
        extract("When the mayor announced that the bridge was closed, drivers turned back.")
    ) == [("the mayor", "the bridge was closed")]
    # the speaker's own "when I say": said
    assert _indirect(extract("When I say that the plan works, I mean it.")) == [(None, "the plan works")]


def test_an_aim_or_an_open_question_to_decide_reports_nothing(extract):
    assert _indirect(extract("The task of the panel is to confirm that the ballots were counted.")) == []
    assert _indirect(extract("Our focus is determining who is responsible for the attack.")) == []
    assert _indirect(extract("The inspectors determined that the fire was set deliberately.")) == [
        ("The inspectors", "the fire was set deliberately")
    ]
