"""TODO."""

from __future__ import annotations

from newsroom.extract.events.arguments import subject_of
from newsroom.extract.events.codebook import control_classes
from newsroom.extract.events.syntax import child_of, is_date, lemma_of, pobj_of, prep_children

INTENT_AUX = frozenset({"will", "shall", "would", "'ll", "could", "may", "might", "wo"})


# Intent governors that state a goal, not a commitment: with a conflictual event they are no threat.
WEAK_INTENT = frozenset({"seek", "want", "wish", "hope", "aim", "expect", "likely", "set", "go"})


_EMBED_DEPS = frozenset({"xcomp", "ccomp", "advcl", "acl", "pcomp", "oprd", "conj"})


def governor_of(tok):
    """(governing word, control class) when tok is the complement of a control verb/adjective."""
    if tok.dep_ not in _EMBED_DEPS or tok.head == tok:
        return None
    head = tok.head
    if tok.dep_ == "conj":
        return governor_of(head) if head.pos_ in ("VERB", "AUX") else None
    cls = control_classes().get(lemma_of(head))
    if cls is None:
        return None
    # "threatened on Monday to impose ...": the parser often attaches a delayed to-infinitive as advcl
    if tok.dep_ == "advcl" and not (
        cls in _INFINITIVE_CONTROL
        and any(c.lower_ == "to" for c in tok.children)
        and not _purpose_clause(tok)
    ):
        return None
    if cls == "pass" and tok.dep_ == "ccomp":
        return None  # '"... have been injured," Lam continued': a quotation, not "continued to injure"
    return head, cls


def _purpose_clause(clause) -> bool:
    """'went on strike to protest': the head already has what it governs, so the to-clause says why."""
    head = clause.head
    if child_of(head, "dobj") is not None:
        return True
    return any(
        (obj := pobj_of(p)) is not None and not is_date(obj) for p in prep_children(head) if p.i < clause.i
    )


_INFINITIVE_CONTROL = frozenset({"demand", "intent", "threat", "refuse", "pass"})


_OPEN_MARKS = frozenset({"whether", "if", "unless"})


_QUESTION_VERBS = frozenset({"ask", "wonder", "question", "inquire", "enquire"})


def is_hypothetical(tok, sent) -> bool:
    """Inside a "whether"/"if" clause (its own or a governing one): asked about or conditional, not done."""
    node, hops = tok, 0
    while hops < 8 and sent.start <= node.i < sent.end:
        if any(c.dep_ == "mark" and c.lower_ in _OPEN_MARKS for c in node.children):
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
        if node.dep_ in ("ccomp", "parataxis", "xcomp", "conj", "advcl") and control_classes().get(
            lemma_of(node.head), ""
        ).endswith("report"):
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
    opened = False
    for t in sent:
        if t.i >= tok.i:
            return opened
        if t.text == "[":
            opened = True
        elif t.text == "]":
            opened = False
    return False
