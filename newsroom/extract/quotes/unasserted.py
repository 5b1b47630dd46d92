"""Reporting verbs whose report has not been made, so no one's statement: what someone should, may or needs to
say ("countries should insist that ...", "we need to be asking ourselves how ..."), or will say ("he will urge
ASEAN to ..."); a report inside a condition or a clause of time ("if the court rules that ...", "when we determine
that ..."); the aim a copula names ("the task is to confirm that ..."); an open question to be decided
("determining who is culpable"). "I must say ...", "I have to admit ..." are the speaker's own statement and
stay; "invited X to observe ..." stays an act reported, as the reference sets keep it (an optional attribution)."""

from __future__ import annotations

from spacy.tokens import Token

from newsroom.extract.events.syntax import FUTURE_AUX, first_conjunct
from newsroom.extract.lexicon import reporting_flags, reporting_verbs
from newsroom.extract.quotes.cues import is_cue

# modals of obligation and permission, and the future: the report is asked for, allowed or still to come
# ("would" is a reported "will" or a habit, "She would later say ..."; "can/could confirm" are said)
_UNSAID_MODALS = frozenset({"should", "must", "ought", "may", "might"}) | FUTURE_AUX
_NEED_VERBS = frozenset({"need", "have"})
_PRESENT_TAGS = frozenset({"VB", "VBP", "VBZ"})
_CONDITION_MARKS = frozenset({"if", "unless"})
_HYPOTHETICAL_MODALS = frozenset({"would", "could", "'d"})
_TIME_MARKS = frozenset({"when", "whenever", "once", "until", "till", "before"})
_OPEN_QUESTION_WORDS = frozenset(
    {"who", "whom", "whose", "what", "which", "whether", "if", "how", "why", "where", "when"}
)


def unasserted(cue: Token) -> bool:
    """Whether a reporting verb reports nothing said: a modal or "need to" on it, a condition or clause of time
    holding it, a copula naming it as an aim, or an open question it is to decide."""
    host = _modal_host(cue)
    return (
        _modal(host)
        or _needed(host)
        or _conditional(first_conjunct(cue))
        or _consequence(host)
        or _aim(host)
        or open_decision(cue)
    )


def _modal_host(cue: Token) -> Token:
    """The verb whose auxiliaries a cue shares: "should meet and urge" — a bare conjunct with no subject of its own
    takes the first verb's; "will meet them and urged" has a tense of its own."""
    while (
        cue.dep_ == "conj"
        and cue.tag_ in ("VB", "VBG")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in cue.children)
    ):
        cue = cue.head
    return cue


def _first_person_singular(verb: Token) -> bool:
    """ "I must say ...", "I have to admit ...": a speaker's own present statement, however hedged."""
    return any(c.dep_ == "nsubj" and c.lower_ == "i" for c in verb.children)


def _modal(verb: Token) -> bool:
    """ "Countries should insist that ...", "the chairs may invite ...", "he will urge ...": asked for, allowed
    or still to come."""
    return not _first_person_singular(verb) and any(
        c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in _UNSAID_MODALS for c in verb.children
    )


def _needed(verb: Token) -> bool:
    """ "We need to be asking ourselves how ...", "officials have to explain why ...": a report one needs to make,
    in the present ("had to admit" was admitted)."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.lemma_.lower() in _NEED_VERBS
        and head.tag_ in _PRESENT_TAGS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and not _first_person_singular(head)
    )


def _conditional(verb: Token) -> bool:
    """ "If the court rules that ...": a report in a condition; "when we determine that ...": in a present-tense
    clause of time, a report still to come or a rule, not one made ("when he said that ..., they left" was);
    "asked if Brazil will declare ..." is a question's content, not a condition."""
    if verb.dep_ != "advcl" or verb.head.i < verb.i and is_cue(verb.head):
        return False
    marks = {c.lower_ for c in verb.children if c.dep_ in ("mark", "advmod") and c.i < verb.i}
    if marks & _CONDITION_MARKS:
        return True
    # "when I say that all options are open, I mean it": the speaker's own statement
    return bool(marks & _TIME_MARKS) and verb.tag_ in _PRESENT_TAGS and not _first_person_singular(verb)


def _consequence(verb: Token) -> bool:
    """ "..., and if the figures hold, would indicate that ...", "if asked, she would say ...": a report
    that a condition before it makes hypothetical ("would", "could") has not been made."""
    return any(c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL_MODALS for c in verb.children) and any(
        c.dep_ == "advcl"
        and c.i < verb.i
        and any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in c.children)
        for c in verb.children
    )


def _aim(verb: Token) -> bool:
    """ "The task is to confirm that ...", "all he needed was to show that ...": a copula naming the report as
    an aim, its "to" right after it ("we have been in contact to urge ..." is what the contact was for)."""
    return (
        verb.dep_ == "xcomp"
        and verb.head.lemma_ == "be"
        and any(c.dep_ == "aux" and c.lower_ == "to" and c.i == verb.head.i + 1 for c in verb.children)
    )


def open_decision(cue: Token) -> bool:
    """ "Our focus is determining who is culpable", "the court will rule whether ...": a verb of deciding before an
    open question finds something out; it reports nothing yet."""
    if "deciding" not in reporting_flags(cue.lemma_.lower()):
        return False
    return any(
        c.dep_ == "ccomp" and c.doc[c.left_edge.i].lower_ in _OPEN_QUESTION_WORDS and c.i > cue.i
        for c in cue.children
    )


def bidden(cue: Token) -> bool:
    """'He asked me to call on the leaders to …', 'urged them to announce …', 'told her to say …': a speech act
    someone was asked to make has not been made; it is what the asking verb reports, by whoever asked."""
    head = cue.head
    if head.i == cue.i or not is_cue(head) or not (cue.dep_ == "xcomp" or _asked_for(cue)):
        return False
    lemma = head.lemma_.lower()
    return reporting_verbs().get(lemma) == "act" or "recipient" in reporting_flags(lemma)


def _asked_for(cue: Token) -> bool:
    """'called for the firm to explain …': a "for X to" clause (which the parser hangs as an adverbial or a clause)
    is what is asked of X, as an object and infinitive are."""
    marks = {c.lower_ for c in cue.children if c.i < cue.i and c.dep_ in ("mark", "aux")}
    return cue.dep_ in ("advcl", "ccomp") and {"for", "to"} <= marks
