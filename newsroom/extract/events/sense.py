"""Word-sense checks of a lexicon match: the code it keeps, a corrected code, or None (not an event here).

On whole articles most lexicon errors are words used in another sense ("called the plan a disaster",
"released a statement", "an appeal by the defence"). Each rule is one check over the dependency parse; none
names an actor or a sentence. The rule groups run in order and the first that decides wins.
"""

from __future__ import annotations

from newsroom.extract.events.sense_action import (
    offers_and_denials,
    orders_and_accusations,
    procedures_and_aid,
)
from newsroom.extract.events.sense_career import career_moves
from newsroom.extract.events.sense_clues import UNDECIDED, Trigger
from newsroom.extract.events.sense_crowd import crowd_moves
from newsroom.extract.events.sense_force import force_objects
from newsroom.extract.events.sense_motion import arrivals
from newsroom.extract.events.sense_nonacts import non_acts
from newsroom.extract.events.sense_objects import party_objects
from newsroom.extract.events.sense_speech import (
    attacks_and_talks,
    calls_and_appeals,
    findings_reported,
    reports_something,
    signing_and_votes,
    speech_act_named,
    speech_needs_clause,
)
from newsroom.extract.events.sense_things import technical_senses
from newsroom.extract.events.syntax import base_lemma, prep_objects


def sense(tok, code: str) -> str | None:
    """The code of this trigger in the sense the parse shows; None when the word is not used as an event here."""
    verb = tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("dobj", "pobj", "nsubjpass", "attr")
    t = Trigger(tok, code, base_lemma(tok), code[:2], verb, prep_objects(tok))
    for rules in _RULES:
        verdict = rules(t)
        if verdict is not UNDECIDED:
            return verdict
    return code


# Words that are no act at all first, then in the order the checks were written and tuned (the narrow crowd
# rules first): the first group that decides a trigger wins.
_RULES = (
    non_acts,
    technical_senses,
    findings_reported,
    party_objects,
    force_objects,
    crowd_moves,
    career_moves,
    calls_and_appeals,
    attacks_and_talks,
    signing_and_votes,
    orders_and_accusations,
    offers_and_denials,
    procedures_and_aid,
    arrivals,
    speech_needs_clause,
    reports_something,
    speech_act_named,
)
