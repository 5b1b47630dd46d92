"""Which of a sentence's coded events is its main event, and which only background to it.

News sentences tell one act and hang its background on it: the thing acted on ("rejected the IAEA's demand",
"condemned Iran's detention of two teachers"; not what a statement is about: "claimed responsibility for the
attack" keeps the attack), a participle that
modifies a noun ("a resolution imposing sanctions", "students protesting against quotas"), the purpose
("approved a loan to support reforms") and a participle that spells the act out ("imposed a blockade, cutting
off food"). Coding those as acts of their own counts the act twice or reports its context as news; and a bare
statement beside a coded act ("…, the ministry said", "in what X described as …") is that act's source, not a
second event. A clause with its own subject and tense ("the court, which rejected the lawsuit", "when gunmen
stormed a checkpoint") tells an act of its own and is kept.
"""

from __future__ import annotations

from newsroom.extract.events.arguments import subject_of
from newsroom.extract.events.codebook import word_set
from newsroom.extract.events.codes import root_of
from newsroom.extract.events.parties import raw_actor_like
from newsroom.extract.events.syntax import base_lemma, lemma_of, to_infinitive
from newsroom.extract.lexicon import people_nouns
from newsroom.models import Event

_NOUNS = frozenset({"NOUN", "PROPN"})
# Requests and demands a purpose clause voices are made by the act itself ("marched to demand a recount").
_VOICED_ROOTS = frozenset({"02", "10"})


def _finite(tok) -> bool:
    """A verb with a subject or a tense of its own: a clause that tells its own act."""
    return tok.pos_ in ("VERB", "AUX") and (
        tok.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    )


def _own_clause(tok) -> bool:
    """A verb that tells its own act: with its own subject or tense ("the court, which rejected the lawsuit", "as
    they tried to storm parliament") or coordinated with another ("... and have made a second arrest")."""
    return _finite(tok) or (tok.pos_ in ("VERB", "AUX") and tok.dep_ == "conj")


# How a finite trigger hangs on its head when it is a clause of its own rather than a noun's part.
_CLAUSE_DEPS = frozenset({"acl", "relcl", "conj", "advcl", "ccomp"})


def _participle(tok) -> bool:
    """A participle or infinitive that modifies a noun ("sanctions imposed on Iran", "a resolution condemning")."""
    return tok.dep_ in ("acl", "relcl") and not _finite(tok)


_STATEMENT_NOUNS = word_set("statement_nouns")


def says_statement(tok) -> bool:
    """A present participle on a statement noun ("a statement condemning the attack", "a letter urging X to ..."):
    what the statement says."""
    return tok.dep_ == "acl" and tok.tag_ == "VBG" and lemma_of(tok.head) in _STATEMENT_NOUNS


def said_in(tok, main) -> bool:
    """A participle on the statement noun ``main`` makes or carries ("issued a statement condemning the attack",
    "a letter urging X to ..."): what the statement says, its act, not background to it."""
    return says_statement(tok) and main.i in (tok.head.i, tok.head.head.i)


def _purpose(tok) -> bool:
    """ "approved a loan to support reforms", "blocked roads to protest against the policy" """
    return tok.dep_ == "advcl" and to_infinitive(tok)


def _path(tok, main) -> list:
    """The tokens from ``tok`` up to ``main``, ``main`` left out; empty when ``main`` does not govern ``tok``."""
    path = []
    node = tok
    while node.head.i != node.i and node.i != main.i:
        path.append(node)
        node = node.head
    return path if node.i == main.i else []


def subordinate_to(tok, main, codes: list[str], statement: bool = False) -> bool:
    """Whether trigger ``tok`` (coded ``codes``) is background to trigger ``main``: inside a noun phrase of
    ``main``'s clause, a participle modifying a noun there, a purpose clause or a participle spelling ``main``
    out. Under a statement only a participle modifying a noun ("told the audience attending the conference"):
    what a statement is about ("confirmed the release of prisoners", "claimed responsibility for the bombing")
    is the act it reports."""
    path = _path(tok, main)
    if any(_own_clause(n) for n in path[1:]) or (
        path and _own_clause(path[0]) and path[0].dep_ in _CLAUSE_DEPS
    ):
        return False
    if statement:
        return any(_participle(n) and not said_in(n, main) for n in path)
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.i == main.i:
        return True
    voiced = all(root_of(c) in _VOICED_ROOTS for c in codes)
    return any(n.pos_ in _NOUNS or _participle(n) or (_purpose(n) and not voiced) for n in path)


def _bare_statement(events: list[Event]) -> bool:
    return all(e.cameo_code == "010" for e in events)


def _statement(events: list[Event]) -> bool:
    """A statement of any kind: what it is about ("claimed responsibility for the bombing") is an act of its own."""
    return all(root_of(e.cameo_code) == "01" for e in events)


def keep_main_events(
    triggers: dict[int, object], clauses: dict[int, object], built: dict[int, list[Event]]
) -> None:
    """Drop events that are background to another coded event (``subordinate_to``; the other event's clause is
    the light verb that carries its noun, "launched an offensive to retake the town"), then bare statements
    that only report or attribute a coded act (``_one_report``)."""
    background = {
        i
        for i in built
        if any(
            j != i
            and subordinate_to(
                triggers[i], clauses[j], [e.cameo_code for e in built[i]], _statement(built[j])
            )
            for j in built
        )
    }
    for i in background:
        del built[i]
    acts = [clauses[i] for i in built if any(root_of(e.cameo_code) != "01" for e in built[i])]
    for i in [i for i in built if _bare_statement(built[i])]:
        if any(_one_report(clauses[i], act) for act in acts):
            del built[i]


def _one_report(statement, act) -> bool:
    """Whether a bare statement only reports or attributes a coded act: the act in what is said ("X said Y
    attacked Z"), the statement hung on the act ("Y attacked Z, X said", "criticized Y and said ...", "imposed
    sanctions on men it said were ...", "issued a statement condemning Y": ``said_in``); not an act in a relative
    clause of the statement's own ("X, which organized the march, said ..."), nor one in a clause with its own
    subject that only dates or explains what a leading statement says ("X said the clash erupted when militants
    ambushed a convoy", "X said the decision was reached after Y met Z"): the statement is about something else.
    A trailing "…, police said" attributes its whole sentence and stays the act's source."""
    inside = _path(act, statement)
    return (
        not inside
        or said_in(act, statement)
        or not any(n.dep_ in ("acl", "relcl") or _circumstance(n, statement, inside[-1]) for n in inside)
    )


def _circumstance(tok, statement, said) -> bool:
    """An adverbial clause with its own subject on the clause ``said`` a statement leads ("X said [the clash
    erupted] when ..."), not on the speech verb itself; the speaker a party ("an autopsy showed that … when he
    shot …" is no one's statement)."""
    return (
        tok.dep_ == "advcl"
        and tok.head.i != statement.i
        and statement.i < said.i
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        and _a_party(subject_of(statement))
    )


def _a_party(subj) -> bool:
    """A speaker that can make a statement: a name, a party or a noun for people ("police", "residents")."""
    return raw_actor_like(subj) or (subj is not None and base_lemma(subj) in people_nouns())
