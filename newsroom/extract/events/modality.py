"""How governing words and modals change a trigger's reading: control verbs (intend, refuse, threaten, demand,
report, deny), negation and "no longer", questions and hypotheticals, the speaker of reported speech.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from newsroom.extract.events.arguments import subject_of
from newsroom.extract.events.codebook import control_classes, word_set
from newsroom.extract.events.codes import (
    as_intent,
    as_rejection,
    as_stopped,
    as_threat,
    is_conflictual,
    root_of,
)
from newsroom.extract.events.syntax import (
    FUTURE_AUX,
    POSSIBLE_AUX,
    WOULD_AUX,
    child_of,
    has_aux,
    infinitive_conjunct,
    inverted_clause,
    is_date,
    is_negated,
    kids,
    lemma_of,
    no_longer,
    pobj_of,
    prep_children,
    reports_speech,
    sentence_text,
    shares_modal,
    speaks_on,
    to_infinitive,
)

_MEANS_PREPS = frozenset({"by", "through"})
_INTENT_AUX = FUTURE_AUX | POSSIBLE_AUX | {"would"}
_DO = frozenset({"do", "does", "did"})


# Intent governors that state a goal, not a commitment: with a conflictual event they are no threat.
_WEAK_INTENT = word_set("weak_intent")


_EMBED_DEPS = frozenset({"xcomp", "ccomp", "advcl", "acl", "pcomp", "oprd", "conj"})


class _Governor(NamedTuple):
    """A control verb or adjective over a trigger, and its class in lexicons/cameo_control.csv."""

    head: object
    cls: str


def _governor_of(tok) -> _Governor | None:
    """The governing word and its control class when tok is the complement of a control verb/adjective."""
    if tok.dep_ not in _EMBED_DEPS or tok.head == tok:
        return None
    head = tok.head
    if tok.dep_ == "conj":
        infinitive = infinitive_conjunct(tok)
        if infinitive is not None:
            return _governor_of(infinitive)
        return _governor_of(head) if head.pos_ in ("VERB", "AUX") else None
    if tok.dep_ == "pcomp" and head.lower_ in _MEANS_PREPS:
        return _means_governor(head.head)
    cls = control_classes().get(lemma_of(head))
    if cls is None and _planned(tok, head):
        cls = "intent"
    if cls is None or (cls == "habit" and not _habit(tok, head)):
        return None
    # "threatened on Monday to impose ...": the parser often attaches a delayed to-infinitive as advcl
    if tok.dep_ == "advcl" and not (
        cls in _INFINITIVE_CONTROL
        and any(c.lower_ == "to" for c in tok.children)
        and not _purpose_clause(tok)
    ):
        return None
    if cls == "intent" and any(c.dep_ == "prt" and c.lower_ == "on" for c in head.children):
        cls = "pass"  # "went on to demand": what came next, not what is intended
    if cls == "intent" and _performed_courtesy(tok, head):
        cls = "pass"  # "I want to commend the detectives": commends them now
    if cls == "pass" and tok.dep_ == "ccomp":
        if not speaks_on(head):
            return None
        cls = "report"  # '"... have been injured," Lam continued': what Lam says, not "continued to injure"
    if cls == "report" and tok.dep_ == "xcomp" and child_of(head, "dobj", "dative") is not None:
        cls = "demand"  # "told his followers to attack": an instruction to others, not a report of a deed
    return _Governor(head, cls)


# Governors whose reading a means gerund shares with the act it is the means of.
_MEANS_GOVERNED = frozenset({"intent", "threat", "refuse", "habit"})


def _means_governor(verb) -> _Governor | None:
    """ "like to do business by exporting", "threatened to retaliate by cutting supplies": the means is as little
    done as the act it serves; a governing verb of its own ("start by thanking", "tried to escape by portraying")
    or a report ("argued he had lost by saying") leaves the means as it reads."""
    if verb.pos_ not in ("VERB", "AUX") or lemma_of(verb) in control_classes():
        return None
    gov = _governor_of(verb)
    return gov if gov is not None and gov.cls in _MEANS_GOVERNED else None


def _habit(clause, head) -> bool:
    """ "likes to export", "a tendency to impose": a liking or leaning over a "to"-infinitive; not "countries like
    X", "I like that one" (a clause), or "would / I'd like to" (a wish)."""
    return (
        head.pos_ != "ADP"
        and to_infinitive(clause)
        and not any(c.dep_ == "aux" and c.lower_.replace("\u2019", "'") in WOULD_AUX for c in head.children)
    )


_COURTESIES = word_set("courtesy_verbs")
_WISHES = word_set("wish_verbs")


def _performed_courtesy(clause, head) -> bool:
    """ "I want to thank", "we wish to commend": a first-person speaker performs the courtesy by saying so."""
    if clause.dep_ != "xcomp" or lemma_of(clause) not in _COURTESIES or lemma_of(head) not in _WISHES:
        return False
    subj = subject_of(head)
    return subj is not None and subj.lower_ in ("i", "we")


def _planned(clause, head) -> bool:
    """ "Japan is to contribute 500 soldiers", "Obama is to visit Ghana": "be to" states a plan, not a deed;
    "is about to impose sanctions": what is about to happen has not (the preposition, "lied about what he
    told", governs no infinitive)."""
    return (
        (lemma_of(head) == "be" or head.lower_ == "about")
        and clause.dep_ == "xcomp"
        and to_infinitive(clause)
        and not any(c.dep_ in ("auxpass", "nsubjpass") for c in clause.children)
    )


def _purpose_clause(clause) -> bool:
    """'went on strike to protest': the head already has what it governs, so the to-clause says why."""
    head = clause.head
    if child_of(head, "dobj") is not None:
        return True
    return any(
        (obj := pobj_of(p)) is not None and not is_date(obj) for p in prep_children(head) if p.i < clause.i
    )


_INFINITIVE_CONTROL = frozenset({"demand", "intent", "threat", "refuse", "pass", "habit"})


_OPEN_MARKS = frozenset({"whether", "if", "unless"})


_QUESTION_VERBS = word_set("question_verbs")


def is_hypothetical(tok, sent) -> bool:
    """Inside a "whether"/"if" clause (its own or a governing one): asked about or conditional, not done."""
    node, hops = tok, 0
    while hops < 8 and sent.start <= node.i < sent.end:
        if any(dep == "mark" and lower in _OPEN_MARKS for _, dep, lower in kids(node)) or inverted_clause(
            node
        ):
            return True
        if node.head == node:
            break
        node = node.head
        hops += 1
    return False


def is_question(tok) -> bool:
    """ "asked whether X would ...": asking a question, not a request (a request has an object or "to"/"for")."""
    if lemma_of(tok) not in _QUESTION_VERBS or tok.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "xcomp" for c in tok.children) or any(p.lower_ == "for" for p in prep_children(tok)):
        return False
    return any(
        c.dep_ == "ccomp"
        and any(
            g.dep_ == "mark" and g.lower_ in _OPEN_MARKS or g.tag_ in ("WDT", "WP", "WRB") for g in c.children
        )
        for c in tok.children
    )


# Pronoun subjects that, left unresolved, stand for the speaker of the clause they sit in
# ("we will ...", "he was ready to ...", "it would ...").
SPEAKER_PRONOUNS = frozenset({"we", "i", "us", "our", "it", "he", "she", "they"})


def speaker_of(tok):
    """Subject of the speech verb whose complement holds tok, for pronoun subjects left unresolved."""
    node, hops = tok, 0
    while node.head != node and hops < 8:
        if node.dep_ in ("ccomp", "parataxis", "xcomp", "conj", "advcl") and reports_speech(node.head):
            return subject_of(node.head)
        node = node.head
        hops += 1
    return None


def reported_by_self(tok, report_verb, actors) -> bool:
    """'X said it would ...': the reported clause's subject is the speaker (or a pronoun standing for it)."""
    speaker = subject_of(report_verb)
    subj = subject_of(tok)
    if speaker is None:
        return False
    if subj is None or subj.pos_ == "PRON":
        return True
    a, b = actors.resolve(subj), actors.resolve(speaker)
    return a is not None and a == b


def in_brackets(tok, sent) -> bool:
    if "[" not in sentence_text(sent):
        return False  # no bracket token either, without a Token per word
    opened = False
    for t in sent:
        if t.i >= tok.i:
            return opened
        if t.text == "[":
            opened = True
        elif t.text == "]":
            opened = False
    return False


@dataclass
class Reading:
    """How a trigger's clause reads it: its own negation and modals, then what the verbs governing it add
    ("refused to meet", "threatened to cut aid", "will no longer provide", "X said Y attacked Z")."""

    code: str
    anchor: object  # token whose clause supplies the source (the governor in "refused to meet")
    extra: list  # governor, negation and particle tokens, for the trigger text
    neg: bool
    stopped: bool  # "no longer"
    intent: bool
    refuse: bool = False
    threat: bool = False
    weak_intent: bool = False  # governed by a goal ("seeks to", "hopes to"), not a commitment
    intent_governed: bool = False
    habit: bool = False  # under "likes to", "a tendency to": what someone is given to doing, no deed
    denied: bool = False  # under "denied that ...": the denial is coded on its own verb
    declined: bool = False  # "did not receive him": the trigger's own "do" + "not", a one-off refusal
    not_so_far: bool = False  # "has not ratified", "is not asking": its own negated perfect or progressive
    demand: object = None  # the demand verb whose sub-code this trigger only refines ("urged Y to release")
    report_head: int | None = None  # the speech verb the trigger is embedded under
    courtesy: bool = False  # a courtesy done by saying it ("thank", "praise", "congratulate")
    absorbed: set[int] = field(default_factory=set)  # governors folded into this reading

    @property
    def transformed(self) -> bool:
        return self.neg or self.refuse or self.threat or self.intent or self.stopped

    @property
    def goal_not_threat(self) -> bool:
        """ "seeks to retake control", "hopes to strike": a conflictual goal, not a threat."""
        return (
            (self.weak_intent or (self.intent and root_of(self.code) == "15"))
            and not self.threat
            and is_conflictual(self.code)
        )

    @property
    def unmet(self) -> bool:
        """ "have never met", "I haven't talked to him", "not by calling the office": a meeting, call or visit that
        did not happen refuses no proposal to meet (125 needs "refused / declined to meet", "will not meet", or a
        plain "did not receive him")."""
        return self.neg and not (self.refuse or self.intent or self.declined) and root_of(self.code) == "04"

    @property
    def undone(self) -> bool:
        """ "has not ratified the treaty", "have never worked with him", "we are not asking the court to": what has
        not been done so far, or is not being done, rejects nothing (a rejection needs a refusal, a "will / would
        not", or a one-off "did not")."""
        return self.neg and self.not_so_far and not (self.refuse or self.intent or self.threat)

    def _said_later(self, code: str) -> bool:
        """ "will reaffirm the alliance", "will thank Azerbaijan": a statement or a spoken courtesy announced for
        later is not made yet, and no intent to cooperate either ("would consider" is considering, 014; "agreed
        to take the blame": a governor's own reading applies)."""
        if self.intent_governed or code == "014":
            return False
        return root_of(code) == "01" or (code == "051" and self.courtesy)

    def recoded(self) -> str | None:
        """The code once negation, refusal, threat, intent or "no longer" is applied; None if no event is left."""
        code = self.code
        if self.stopped and as_stopped(code):
            return as_stopped(code)
        if self.threat:
            return as_threat(code)
        if self.unmet or self.habit or self.undone:
            return None
        if self.neg or self.refuse:
            return as_rejection(code, explicit=self.refuse)
        if self.intent:
            if self._said_later(code):
                return None
            return as_intent(code)
        return code


def read_modality(m, mod) -> Reading:
    """The reading of match ``m``; ``mod`` carries its modality (the light verb of an event noun, else the trigger)."""
    tok = m.tok
    extra = [
        c for c in tok.children if c.dep_ in ("neg", "prt") or (c.dep_ == "aux" and c.lower_ in _INTENT_AUX)
    ]
    extra += [c for c in prep_children(tok) if c.lower_ in m.pattern.preps]
    neg = is_negated(tok) or (mod is not tok and is_negated(mod))
    stopped = no_longer(tok)
    intent = has_aux(mod, _INTENT_AUX)
    if shares_modal(tok):
        neg = neg or is_negated(tok.head)  # "will no longer advocate or provide"
        stopped = stopped or no_longer(tok.head)
        intent = intent or has_aux(tok.head, _INTENT_AUX)
    reading = Reading(m.pattern.code, tok, extra, neg, stopped, intent)
    reading.courtesy = lemma_of(tok) in _COURTESIES
    reading.not_so_far = _not_so_far(tok) or (mod is not tok and _not_so_far(mod))
    reading.declined = has_aux(tok, _DO) and any(
        c.dep_ == "neg" and c.lower_ != "never" for c in tok.children
    )
    _walk_governors(reading, mod)  # "ready to resume talks": the light verb carries the noun into the chain
    return reading


_HAVE = frozenset({"has", "have", "had", "'ve", "’ve", "'s", "’s", "'d", "’d"})
_BE = frozenset({"is", "are", "am", "was", "were", "'re", "’re", "'s", "’s", "'m", "’m", "be", "been"})


def _not_so_far(verb) -> bool:
    """A negated perfect ("has not ratified", "have never met") or progressive ("are not asking"): not done up to
    now, a state rather than an act of refusing."""
    if not is_negated(verb):
        return False
    if verb.tag_ == "VBN":
        return has_aux(verb, _HAVE)
    return verb.tag_ == "VBG" and has_aux(verb, _BE)


def _denied_report(head) -> bool:
    """ "denied that the agreement implied the group recognised Israel", "denied reports saying troops attacked":
    what a report says is not asserted when the report is itself denied."""
    for _ in range(4):
        gov = _governor_of(head)
        if gov is None or gov.cls not in ("report", "target_report", "deny_report"):
            return False
        if gov.cls == "deny_report":
            return True
        head = gov.head
    return False


def _walk_governors(r: Reading, g) -> None:
    """Up the chain of control verbs over ``g``: each may negate, intend, refuse, threaten, demand or report it."""
    for _ in range(6):
        gov = _governor_of(g)
        if gov is None:
            break
        head, cls = gov
        if cls in ("report", "target_report"):
            r.report_head = head.i
            r.denied = _denied_report(head)
            break
        r.extra.append(head)
        if cls == "deny_report":
            r.denied = True
            r.anchor = head
            break
        if cls == "demand":
            r.demand = head
            break
        r.absorbed.add(head.i)
        r.anchor = head
        r.stopped = r.stopped or no_longer(head)
        if is_negated(head):
            r.neg = not r.neg
        if has_aux(head, _INTENT_AUX):
            r.intent = True
        if cls == "intent":
            r.intent = r.intent_governed = True
            r.weak_intent = r.weak_intent or lemma_of(head) in _WEAK_INTENT
        elif cls == "refuse":
            r.refuse = True
        elif cls == "threat":
            r.threat = True
        elif cls == "habit":
            r.habit = True
        elif cls == "consider":
            r.code, r.intent, r.neg = "014", False, False
            break
        g = head.head if head.pos_ == "ADJ" and head.dep_ in ("acomp", "amod") else head
