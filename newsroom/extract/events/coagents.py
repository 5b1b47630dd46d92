"""Who acts beside the doer, and what belongs to the doer's own phrase: neither is the one the act is done to.
"investigated by the FBI, with the assistance of the police", "arrested in cooperation with Interpol", "along with
militias", "a joint operation with X" name co-doers (only acts of working together take a partner as target, and
their own word names it: "cooperation with X"); "prosecuted by X from the Civil Rights Division" names X's office."""

from __future__ import annotations

from newsroom.extract.events.codebook import word_set
from newsroom.extract.events.codes import root_of
from newsroom.extract.events.syntax import is_passive, lemma_of

# Acts done with another party, whose partner is their target ("worked in partnership with X").
_PARTNER_ROOTS = frozenset({"03", "04", "05", "06"})
_COAGENT_NOUNS = word_set("coagent_nouns")
# "with the assistance of X", "with help from X", "in cooperation with X": the preposition naming the helper
_HELPER_PREPS = frozenset({"of", "from", "with", "by"})
# "along with X", "together with X"
_ALONG = frozenset({"along", "together"})


def is_coagent(t, code: str, own_words) -> bool:
    """``t`` (or the list it is in) names one who did the act with its doer, or the help they gave."""
    if root_of(code) in _PARTNER_ROOTS:
        return False
    while t.dep_ == "conj" and t.head != t:
        t = t.head
    if t.dep_ != "pobj":
        return False
    prep = t.head
    if prep.lower_ == "alongside" or (prep.lower_ == "with" and _along(prep)):
        return True
    if _coagent_noun(t, own_words):
        return True  # the help itself ("with the assistance of X") resolves to its giver
    holder = prep.head
    return (
        prep.lower_ in _HELPER_PREPS
        and holder.dep_ == "pobj"
        and (holder.head.lower_ == "with" or prep.lower_ == "with")
        and _coagent_noun(holder, own_words)
    )


def _along(prep) -> bool:
    """ "along with", "together with": the parser hangs the adverb on "with" or "with" on the adverb."""
    return any(c.lower_ in _ALONG for c in prep.children) or prep.head.lower_ in _ALONG


def _coagent_noun(noun, own_words) -> bool:
    """A noun of help or joint action: "with the help (of X)", "in conjunction (with X)", "in a joint operation
    (with X)"; not "in support of X" (whom it was for), nor the trigger's own word ("cooperation with X")."""
    if noun in own_words or noun.head.lower_ not in ("with", "in"):
        return False
    if noun.head.lower_ == "in" and not any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children):
        return False
    return lemma_of(noun) in _COAGENT_NOUNS or any(
        c.dep_ == "amod" and c.lower_ == "joint" for c in noun.children
    )


# Prepositions whose phrase, right after a passive's agent, describes the agent: "by X of the Civil Rights Division",
# "by X for the Eastern District", "by X from the Justice Department".
_AGENT_TAIL_PREPS = frozenset({"of", "for", "from", "at"})


def continues_agent(prep) -> bool:
    """``prep`` opens a phrase the parser hung on a passive verb right after its agent's name: "was prosecuted by
    Trial Attorney X from the Civil Rights Division" — the division is X's office, not whom the act was done to."""
    verb = prep.head
    if prep.lower_ not in _AGENT_TAIL_PREPS or prep.dep_ != "prep" or not is_passive(verb):
        return False
    agent = next(
        (c for c in verb.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")), None
    )
    if agent is None or agent.i > prep.i:
        return False
    between = prep.doc[agent.right_edge.i + 1 : prep.i]
    return all(t.is_punct for t in between)
