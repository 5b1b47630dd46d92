"""A figure an announcement reports keeps what it is for: the phrases and the purpose infinitive the parser hangs on
the verb after the object, up to a phrase of when or where it was announced, or the speaker's next act."""

from __future__ import annotations


def _indirect(ex) -> list[str]:
    return [q.text for q in ex.quotes if q.quote_kind == "indirect"]


def test_an_announced_figure_keeps_what_it_is_for(extract):
    assert _indirect(
        extract(
            "The department announced $3 million in grant funding to six new tribal councils for rural clinics."
        )
    ) == ["$3 million in grant funding to six new tribal councils for rural clinics"]
    assert _indirect(
        extract("The agency announced $10 million in new funding to support rural hospitals.")
    ) == ["$10 million in new funding to support rural hospitals"]


def test_an_announced_figure_stops_at_when_and_where_it_was_announced(extract):
    assert _indirect(extract("The ministry reported 45 new cases in the capital on Monday.")) == [
        "45 new cases in the capital"
    ]
    assert _indirect(
        extract("The governor announced $40 million for flood relief at a news conference in the capital.")
    ) == ["$40 million for flood relief"]
    # "according to X" names who vouches for the figure, a report of its own
    assert "about 400 cases of measles" in _indirect(
        extract("Doctors reported about 400 cases of measles, according to the health minister.")
    )


def test_an_announced_figure_stops_at_the_speakers_next_act(extract):
    assert _indirect(
        extract("The agency announced $10 million to help farmers and said more would follow.")
    ) == [
        "$10 million to help farmers",
        "more would follow",
    ]
    assert _indirect(
        extract("The city announced $5 million for parks, bringing the total to $20 million.")
    ) == ["$5 million for parks"]
