"""The speaker ranker experiment (scripts/train_speaker_ranker.py): which candidates a quote gets and what the
features say about them, and that the fitted model prefers the right candidate when the evidence is plain."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("spacy")

from scripts.train_speaker_ranker import FEATURES, Group, choose, extract_with_candidates, fit  # noqa: E402


def _by_name(extraction, candidates):
    names = {a.entity_index: a.name for a in extraction.actors}
    return {names.get(c.entity, c.mention): c.features for c in candidates}


def test_she_said_after_two_men_and_a_woman():
    """'she said' after two named men and a named woman: all three are candidates, only the woman agrees in sex
    with the pronoun, and the rules' choice is marked."""
    extraction, found = extract_with_candidates(
        "Senator Paul Hendricks and Mayor David Osei met Judge Maria Lindqvist in the capital on Monday. "
        "The court would review the contract, she said."
    )
    quote = next(q for q in extraction.quotes if q.text.startswith("The court"))
    features = _by_name(extraction, found[(quote.start_char, quote.end_char)])
    assert {"Paul Hendricks", "David Osei", "Maria Lindqvist"} <= set(features)
    assert features["Maria Lindqvist"]["pronoun_sex_agrees"] == 1.0
    assert features["Paul Hendricks"]["pronoun_sex_disagrees"] == 1.0
    assert features["David Osei"]["pronoun_sex_disagrees"] == 1.0
    assert [name for name, f in features.items() if f["rule"]] == ["Maria Lindqvist"]


def test_the_subject_of_the_reporting_verb_and_quoted_names():
    """The named subject of the cue in the quote's sentence is marked as such; a name inside the quote is not a
    subject and is marked as inside the quote."""
    extraction, found = extract_with_candidates(
        "Finance Minister Ana Costa said the budget would protect pensions. "
        'Opposition leader Tomas Berg called it "a gift to Karl Weber" on Tuesday.'
    )
    quote = next(q for q in extraction.quotes if "gift" in q.text)
    features = _by_name(extraction, found[(quote.start_char, quote.end_char)])
    assert features["Tomas Berg"]["cue_subject_same_sentence"] == 1.0
    assert features["Tomas Berg"]["clause_subject"] == 1.0
    assert features["Karl Weber"]["inside_this_quote"] == 1.0
    assert features["Ana Costa"]["previous_sentence"] == 1.0 and features["Ana Costa"]["spoke_before"] == 1.0


def test_the_fit_learns_to_override_a_rule_the_evidence_contradicts():
    """On quotes where the rules' pick disagrees in sex with the pronoun and the other candidate agrees, the fitted
    model switches; where nothing contradicts the rules, it keeps their pick."""
    rule, agrees, disagrees = (
        FEATURES.index("rule"),
        FEATURES.index("pronoun_sex_agrees"),
        FEATURES.index("pronoun_sex_disagrees"),
    )

    def group(rule_right: bool) -> Group:
        x = np.zeros((2, len(FEATURES)))
        x[0, rule] = 1.0
        if not rule_right:
            x[0, disagrees], x[1, agrees] = 1.0, 1.0
        right = np.array([rule_right, not rule_right])
        return Group(x, right, 0, "", ["a", "b"])

    weights = fit([group(True)] * 20 + [group(False)] * 10)
    assert choose(group(False), weights) == 1
    assert choose(group(True), weights) == 0
