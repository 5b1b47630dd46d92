"""The confidence of an event row: a prior moved by each check the row passed or failed.

Weights set against the hand-audited real-article sample (README, "How the extractors work, and how well"):
a named source that is the clause's own subject and a resolved target are what right rows have in common;
a missing target while the sentence names another party, a source found through a pronoun or the speaker,
an event noun without a light verb, a re-coded (negated, intended, threatened) action, an event inside
reported speech and a town, region or building as a party are what wrong rows have.
"""

from __future__ import annotations

PRIOR = 0.5  # a lexicon match that passed the sense and modality checks, before anything else is known
SPECIFIC_PATTERN = 0.1  # the row required words near the trigger ("cut" + "aid"): rarely a misread
TARGET_FOUND = 0.15  # a resolved second party: the strongest mark of a right row
TARGET_MISSED = -0.15  # no target though the sentence names another party: most often one the parse missed
SOURCE_DIRECT = 0.05  # the source is the trigger's (or its governor's) own subject or agent
SOURCE_INDIRECT = -0.1  # found through control, coordination, a relative clause or the speaker
SOURCE_NAMED = 0.05  # a proper name or named entity, not a common noun
SOURCE_UNNAMED = -0.05
CARRIED_NOUN = -0.05  # an event noun carried by a light verb ("launched an attack"): usually an event
BARE_NOUN = -0.15  # an event noun on its own ("the attack"): often background, not news
TRANSFORMED = -0.1  # negated, intended, threatened or stopped: the re-coding is itself a guess
REPORTED = -0.05  # inside reported speech: the claim of a speaker, one step from the event
PRONOUN_SOURCE = -0.05  # a pronoun source rests on the actor resolver's coreference
PLACE_PARTY = -0.1  # a town, region or building as source or target: most often where, not who
STATEMENT = -0.25  # a bare "said" (010): right about who spoke, rarely an event between parties
FLOOR, CEILING = 0.05, 0.95  # a ranking for analysts' thresholds, never certainty either way


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
    place_party: bool = False,
) -> float:
    """How likely the event row is right (root, source and target), from the checks it passed."""
    conf = PRIOR
    conf += SPECIFIC_PATTERN if specific else 0.0
    conf += TARGET_FOUND if target else (TARGET_MISSED if other_names else 0.0)
    conf += SOURCE_DIRECT if source_direct else SOURCE_INDIRECT
    conf += SOURCE_NAMED if source_named else SOURCE_UNNAMED
    if noun:
        conf += CARRIED_NOUN if carried else BARE_NOUN
    conf += TRANSFORMED if transformed else 0.0
    conf += REPORTED if reported else 0.0
    conf += PRONOUN_SOURCE if pronoun_source else 0.0
    conf += STATEMENT if statement else 0.0
    conf += PLACE_PARTY if place_party else 0.0
    return round(min(CEILING, max(FLOOR, conf)), 2)
