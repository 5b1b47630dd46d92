"""The confidence of an event row: a prior moved by each check the row passed or failed.

Weights set against the hand-audited real-article sample (README, "How the extractors work, and how well"):
a named source that is the clause's own subject and a resolved target are what right rows have in common;
a missing target while the sentence names another party, a source found through a pronoun or the speaker,
an event noun without a light verb, a re-coded (negated, intended, threatened) action, an event inside
reported speech and a town, region or building as a party are what wrong rows have.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

# Log-odds that the row is right (root, source and target), fitted by scripts/fit_event_confidence.py: a
# logistic regression of the hand-judged rows (evaldata/real_events/verdicts.tsv, the commercial pages' audit rows)
# on the terms below, L2-penalised. Refit with that script after changing the coder; the figures are in QUALITY.md.
INTERCEPT = (
    0.39  # a verbal-cooperation verb whose source is its own named subject, no target, nothing else known
)
TARGET_FOUND = 0.59  # a resolved second party
TARGET_MISSED = -0.71  # no target though the sentence names another party
SOURCE_INDIRECT = (
    -0.28
)  # the source was found through control, coordination, a relative clause or the speaker
SOURCE_UNNAMED = -0.51  # the source is a common noun or pronoun, not a proper name or named entity
PRONOUN_SOURCE = 0.43  # a pronoun source rests on the actor resolver's coreference
CARRIED_NOUN = 0.52  # an event noun carried by a light verb ("launched an attack")
BARE_NOUN = -0.21  # an event noun on its own ("the attack")
TRANSFORMED = -0.13  # negated, intended, threatened or stopped: the re-coding is itself a guess
REPORTED = -0.08  # inside reported speech: the claim of a speaker
PLACE_PARTY = -0.83  # a town, region or building as source or target
STATEMENT = 0.52  # a bare "said" (010)
LEAD = 0.36  # the body's first sentence
SUBORDINATE = -0.16
LONG_SENTENCE = -0.14
LONG_SENTENCE_WORDS = 40
TARGET_IMPLIED = -0.49
SOURCE_GROUP = 0.40
TARGET_PERSON = 0.68
TARGET_COUNTRY = 0.57
FLOOR, CEILING = 0.05, 0.95  # a ranking for analysts' thresholds, never certainty either way


@dataclass(frozen=True)
class Checks:
    """The checks an event row passed or failed, as the coder knows them when it scores the row: kept whole so
    scripts/fit_event_confidence.py can refit the weights from the judged rows."""

    lead: bool  # the body's first sentence
    main_clause: bool  # the trigger's clause (or its governor's) is the sentence's main clause
    words: int  # tokens in the sentence
    source_type: str  # person | organization | country | group | other
    target_type: str  # the same, "" when there is no target
    target_implied: bool  # the target was implied by the sentence or article, not named as the act's object
    target: bool
    source_direct: bool
    source_named: bool
    noun: bool
    carried: bool
    transformed: bool
    statement: bool
    reported: bool
    pronoun_source: bool
    other_names: bool = False
    place_party: bool = False


def terms(c: Checks) -> dict[str, bool]:
    """Which weights apply to the row, by name (the fit script fits one weight per name)."""
    return {
        "TARGET_FOUND": c.target,
        "TARGET_MISSED": not c.target and c.other_names,
        "SOURCE_INDIRECT": not c.source_direct,
        "SOURCE_UNNAMED": not c.source_named,
        "PRONOUN_SOURCE": c.pronoun_source,
        "CARRIED_NOUN": c.noun and c.carried,
        "BARE_NOUN": c.noun and not c.carried,
        "TRANSFORMED": c.transformed,
        "REPORTED": c.reported,
        "PLACE_PARTY": c.place_party,
        "STATEMENT": c.statement,
        "LEAD": c.lead,
        "SUBORDINATE": not c.main_clause,
        "LONG_SENTENCE": c.words > LONG_SENTENCE_WORDS,
        "TARGET_IMPLIED": c.target_implied,
        "SOURCE_GROUP": c.source_type == "group",
        "TARGET_PERSON": c.target_type == "person",
        "TARGET_COUNTRY": c.target_type == "country",
    }


_WEIGHTS = {
    name: value
    for name, value in globals().items()
    if name.isupper() and name not in ("INTERCEPT", "FLOOR", "CEILING", "LONG_SENTENCE_WORDS")
}


def confidence(c: Checks) -> float:
    """How likely the event row is right (root, source and target), from the checks it passed."""
    logit = INTERCEPT + sum(_WEIGHTS[name] for name, on in terms(c).items() if on)
    return round(min(CEILING, max(FLOOR, 1 / (1 + math.exp(-logit)))), 2)
