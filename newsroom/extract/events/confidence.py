"""TODO."""

from __future__ import annotations


def confidence(
    *,
    specific: bool,
    target: bool,
    source_direct: bool,
    source_named: bool,
    noun: bool,
    carried: bool,
    transformed: bool,
    statement: bool,
    reported: bool,
    pronoun_source: bool,
    other_names: bool = False,
) -> float:
    """How likely the event row is right (root, source and target), from the checks it passed.

    Weights set against the hand-audited real-article sample (README, "How the extractors work, and how well"):
    a named source that is the clause's own subject and a resolved target are what right rows have in common;
    a missing target while the sentence names another party, a source found through a pronoun or the speaker, an event noun without a light verb, a
    re-coded (negated, intended, threatened) action and an event inside reported speech are what wrong rows have."""
    conf = 0.5
    conf += 0.1 if specific else 0.0
    # no target while the sentence names another party: most often a target the parse did not reach
    conf += 0.15 if target else (-0.15 if other_names else 0.0)
    conf += 0.05 if source_direct else -0.1
    conf += 0.05 if source_named else -0.05
    if noun:
        conf -= 0.05 if carried else 0.15
    conf -= 0.1 if transformed else 0.0
    conf -= 0.05 if reported else 0.0
    conf -= 0.05 if pronoun_source else 0.0
    conf -= 0.25 if statement else 0.0
    return round(min(0.95, max(0.05, conf)), 2)
