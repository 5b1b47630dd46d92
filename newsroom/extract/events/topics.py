"""What a talk, call, meeting or joint undertaking is about: its topic, which is no party to it. In "discussed
Ukraine with X", "held talks with X on Venezuela", "agreed to work together on priorities, including Iran" the
other party is X (or the subject's partner), and Ukraine, Venezuela and Iran are what they talked about."""

from __future__ import annotations

from newsroom.extract.events.codebook import word_set
from newsroom.extract.events.codes import root_of
from newsroom.extract.events.syntax import lemma_of

# Intent to cooperate, consultation, diplomatic and material cooperation: acts done with another party.
_TOPIC_ROOTS = frozenset({"03", "04", "05", "06"})
_TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})
_TOPIC_HEADS = word_set("topic_heads")
_DISCUSSION_VERBS = word_set("discussion_verbs")
# "priorities, including Iran", "issues such as Syria": members of the topic are topics too
_MEMBER_PREPS = frozenset({"including", "like", "as"})


# "agreed on a deal with X", "talks on a pact between X and Y": a party of the topic's own act is still a party.
_PARTY_PREPS = frozenset({"with", "between", "to", "against"})
# Clause heads: a topic phrase above one of these is another clause's ("discussed plans to meet X": X is met).
_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "xcomp", "advcl", "csubj", "parataxis"})


def is_topic(t, own_words) -> bool:
    """``t`` is in what a talk or joint act is about: the object of a verb of discussing, or of "on / about / over /
    regarding / concerning" on a word of talking or working together; a member or conjunct of it, or a word of its
    phrase ("discussed the hostages held by X"), up to the trigger's own clause."""
    while t not in own_words:
        if _topic_phrase(t):
            return True
        if t.dep_ in _CLAUSE_DEPS or t.head == t or (t.dep_ == "pobj" and t.head.lower_ in _PARTY_PREPS):
            return False
        t = t.head
    return False


def _topic_phrase(t) -> bool:
    while t.dep_ == "conj" or (t.dep_ == "pobj" and t.head.lower_ in _MEMBER_PREPS and t.head.dep_ == "prep"):
        t = t.head if t.dep_ == "conj" else t.head.head
    if t.dep_ == "dobj":
        return lemma_of(t.head) in _DISCUSSION_VERBS
    if t.dep_ != "pobj" or t.head.lower_ not in _TOPIC_PREPS:
        return False
    head = t.head.head  # "held talks on X", "continue coordination on X": the parser may hang it on the verb
    return lemma_of(head) in _TOPIC_HEADS or any(
        c.dep_ == "dobj" and lemma_of(c) in _TOPIC_HEADS for c in head.children
    )


def topics_apart(code: str, targets: list, own_words) -> tuple[list, list]:
    """The target candidates of an act done with someone (an intent to cooperate, a consultation, cooperation)
    split into (parties, topics), in their order."""
    if root_of(code) not in _TOPIC_ROOTS:
        return targets, []
    topics = [t for t in targets if is_topic(t, own_words)]
    return [t for t in targets if t not in topics], topics
