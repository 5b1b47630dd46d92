"""Who acts beside the doer, and what belongs to the doer's own phrase: neither is the one the act is done to.
"investigated by the FBI, with the assistance of the police" names a co-doer (only acts of working together take a
partner as target: "worked with X"); "prosecuted by X from the Civil Rights Division" names X's office."""

from __future__ import annotations

from newsroom.extract.events.codebook import word_set
from newsroom.extract.events.codes import root_of
from newsroom.extract.events.syntax import by_phrase, is_passive, lemma_of

# Acts done with another party, whose partner is their target ("worked in partnership with X").
_PARTNER_ROOTS = frozenset({"03", "04", "05", "06"})
_COAGENT_NOUNS = word_set("coagent_nouns")
# "with the assistance of X", "with help from X", "with the cooperation of X": the helper
_HELPER_PREPS = frozenset({"of", "from", "by"})


def is_coagent(t, code: str, own_words) -> bool:
    """``t`` (or the list it is in) names one who did the act with its doer ("with the help of X"), or is the help
    itself, which the resolver would read as its giver."""
    if root_of(code) in _PARTNER_ROOTS:
        return False
    while t.dep_ == "conj" and t.head != t:
        t = t.head
    if t.dep_ != "pobj":
        return False
    if _help(t, own_words):
        return True
    return t.head.lower_ in _HELPER_PREPS and t.head.head.dep_ == "pobj" and _help(t.head.head, own_words)


def _help(noun, own_words) -> bool:
    """ "with the help", "with assistance", "with the cooperation": not the trigger's own word."""
    return noun not in own_words and noun.head.lower_ == "with" and lemma_of(noun) in _COAGENT_NOUNS


# Prepositions whose phrase, right after a passive's agent, describes the agent: "by X of the Civil Rights Division",
# "by X for the Eastern District", "by X from the Justice Department".
_AGENT_TAIL_PREPS = frozenset({"of", "for", "from", "at"})


def continues_agent(prep) -> bool:
    """``prep`` opens a phrase the parser hung on a passive verb right after its agent's name: "was prosecuted by
    Trial Attorney X from the Civil Rights Division" — the division is X's office, not whom the act was done to."""
    verb = prep.head
    if prep.lower_ not in _AGENT_TAIL_PREPS or prep.dep_ != "prep" or not is_passive(verb):
        return False
    agent = by_phrase(verb)
    if agent is None or agent.i > prep.i:
        return False
    between = prep.doc[agent.right_edge.i + 1 : prep.i]
    return all(t.is_punct for t in between)
