"""An act another party's claim or belief holds is the speaker's contention, not an act done (events/contended.py);
the contender's own act claimed stays done. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _events(ex):
    names = {a.entity_index: a.name for a in ex.actors}
    return [(e.cameo_code[:2], names.get(e.actor1_entity)) for e in ex.events]


@pytest.mark.parametrize(
    ("text", "holder", "other"),
    [
        ("The Kurdish party claimed that Turkish soldiers attacked the village.", "Kurdish", "Turk"),
        (
            "Venezuela believes that Colombian troops shelled a border post last week.",
            "Venezuela",
            "Colombia",
        ),
        ("Hungary maintains that Slovakia violated the treaty.", "Hungary", "Slovakia"),
        ("Kenyan officials contend that Somali militants kidnapped the two engineers.", "Kenya", "Somali"),
    ],
)
def test_another_partys_act_a_claim_holds_is_the_claim(extract, text, holder, other):
    events = _events(extract(text))
    assert any(root in ("01", "11") and holder.lower() in (name or "").lower() for root, name in events), (
        events
    )
    assert not any(other.lower() in (name or "").lower() for _, name in events), events


def test_the_contenders_own_act_claimed_is_done(extract):
    events = _events(extract("The rebels claimed that they had attacked the convoy near the border."))
    assert any(root in ("18", "19") for root, _ in events), events


def test_a_hedge_with_no_holder_is_no_contention(extract):
    events = _events(extract("It is believed that Serbian troops shelled the town."))
    assert not any(root in ("01", "11") for root, _ in events), events


def test_a_claim_no_actor_holds_leaves_what_it_holds(extract):
    # the holder resolves to no actor, so no claim can be coded: the act stays as it was read
    events = _events(extract("Some claimed that Turkish soldiers shelled the village."))
    assert any(root == "19" for root, _ in events), events
