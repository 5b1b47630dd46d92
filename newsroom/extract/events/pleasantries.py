"""Small talk coded as an act: "Thank you.", "Thank you very much for your question.", "I am delighted to welcome
you", "I hope you have a wonderful rest of your day", "I think the floor is yours", "I think we've lost you".

CAMEO codes acts between parties. A courtesy, a wish or a remark whose only addressee is the second person — no
name the sentence gives, no vocative the target pass reads ("Thank you, Senator Smith", vocatives.py) — is
talk to whoever listens: a transcript's turns are full of it, and so are quoted remarks. "I want to thank Foreign
Minister X" (a named object) stays a thanks; "I think you will see more sanctions" (a claim about something
else) stays a statement.
"""

from __future__ import annotations

from newsroom.extract.events.codebook import word_set
from newsroom.extract.events.implicit_targets import names_other_party
from newsroom.extract.events.syntax import base_lemma

_PLEASANTRIES = word_set("pleasantry_verbs")
_HOPES = word_set("hoping_verbs")
_SECOND_PERSON = frozenset({"you", "yourself", "yourselves", "yours", "ya"})
_OBJECTS = frozenset({"dobj", "dative"})
# a clause inside the remark says something further: "I think you can expect X to …"
_CLAUSES = frozenset({"ccomp", "xcomp"})


def small_talk(tok, code: str, sent, a1_tok, a1: int, actors) -> bool:
    """Whether the trigger only addresses "you" (``_addresses_only_you``) and its words, a turn's speaker label
    aside, name no other party an unread vocative could be ("Thank you, Under Secretary X, Y, for your
    remarks")."""
    return _addresses_only_you(tok, code) and not names_other_party(_after_label(sent), a1_tok, a1, actors)


def _after_label(sent):
    """The sentence without the speaker label that opens a transcript turn ("SECRETARY DOE: Thank you.")."""
    colon = next((t.i for t in sent[:6] if t.text == ":"), None)
    if (
        colon is None
        or colon == sent.start
        or not all(t.is_upper or t.is_punct for t in sent.doc[sent.start : colon])
    ):
        return sent
    return sent.doc[colon + 1 : sent.end]


def _addresses_only_you(tok, code: str) -> bool:
    """Whether the trigger only addresses "you": a courtesy whose objects are all "you", a wish whose subject or
    object is "you", or one's own remark ("I think …") whose complement takes "you" as its object or predicate ("we've lost
    you", "the floor is yours") and says nothing further."""
    lemma = base_lemma(tok)
    objects = [c for c in tok.children if c.dep_ in _OBJECTS]
    if lemma in _PLEASANTRIES:
        return bool(objects) and all(_you(o) for o in objects)
    said = next((c for c in tok.children if c.dep_ == "ccomp"), None)
    if lemma in _HOPES:
        wished = objects or ([c for c in said.children if c.dep_ == "nsubj"] if said is not None else [])
        return bool(wished) and all(_you(w) for w in wished)
    if code != "010" or said is None or any(c.dep_ in _CLAUSES for c in said.children):
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in tok.children):
        return False  # 'X said, "Brothers in arms, thank you"': a report of what was said is a statement
    return any(c.dep_ in (*_OBJECTS, "attr") and _you(c) for c in said.children)


def _you(tok) -> bool:
    return tok.lower_ in _SECOND_PERSON
