"""Trigger words that are no act whatever their lexicon sense: a month name inside a date ("went missing on March
8" is no march), a given name inside a person's name ("Said Arikat" says nothing), a verb inside a title the
sentence names ("released Supporting Child and Student Mental Health", a guidance document), a means that is denied ("book online, not by calling the office": an instruction saying what
not to do, neither a call nor a refusal of one) and the idiom "took notice" (paid attention; no notice served).
"""

from __future__ import annotations

from newsroom.extract.events.sense_clues import UNDECIDED, Trigger
from newsroom.extract.events.syntax import base_lemma, has_neg

_TIME_ENTS = frozenset({"DATE", "TIME"})
# Prepositions whose gerund names the means or manner of the governing act.
_MEANS_PREPS = frozenset({"by", "through", "via"})
# What a class is named by ("a breakaway province"), not a judgement ("provocative").
_CLASS_POS = frozenset({"NOUN", "PROPN"})


def non_acts(t: Trigger):
    """None for a date word, a given name, a denied means or bare "took notice"; undecided otherwise."""
    tok = t.tok
    if tok.ent_type_ in _TIME_ENTS or _given_name(tok) or _in_a_title(tok):
        return None
    if tok.dep_ == "pcomp" and tok.head.lower_ in _MEANS_PREPS and has_neg(tok.head):
        return None
    if t.lemma == "notice" and tok.dep_ == "dobj" and base_lemma(tok.head) == "take" and not _determined(tok):
        return None
    if t.lemma == "consider" and _regards(tok):
        return None
    return UNDECIDED


def _regards(verb) -> bool:
    """ "considers Taiwan a breakaway province", "considers the portals to be content services", "considers the
    region as occupied territory": what class something is held to be, a standing view, neither a policy weighed
    nor words said (not "considers the proposal", "is considering firing him", "considers that …"; nor "considers
    the movements to be provocative", a judgement of an act that a statement delivers)."""
    if verb.pos_ != "VERB":
        return False
    small = any(
        c.dep_ in ("ccomp", "oprd")
        and c.pos_ in _CLASS_POS
        and not any(g.dep_ == "mark" for g in c.children)
        and (c.dep_ == "oprd" or any(g.dep_ == "nsubj" for g in c.children))
        for c in verb.children
    )
    # "to be Y", parsed as an infinitive clause with a subject or as the object's complement
    to_be = any(
        c.dep_ in ("ccomp", "xcomp") and c.lemma_ == "be" and any(a.dep_ == "attr" for a in c.children)
        for c in verb.children
    )
    held = any(c.dep_ == "dobj" for c in verb.children) and any(
        c.dep_ == "xcomp"
        and c.pos_ in _CLASS_POS
        and any(a.lower_ == "be" for a in c.children)
        or c.dep_ == "prep"
        and c.lower_ == "as"
        for c in verb.children
    )
    return small or to_be or held


def _determined(noun) -> bool:
    """ "took the notice", "take their notice": a notice as a document; bare "took notice" is attention."""
    return any(c.dep_ in ("det", "poss", "amod", "compound") for c in noun.children)


# Words a title leaves in lower case ("Secrets to Successfully Partnering with …").
_TITLE_SMALL = frozenset({"a", "an", "the", "and", "or", "of", "to", "for", "in", "on", "with", "at", "by"})


def _in_a_title(tok) -> bool:
    """ "is Supporting Efforts to Improve Fertilizer Efficiency", "will present Secrets To Successfully Partnering
    With …": a capitalised verb mid-sentence, in a run of capitalised words that follows a lower-case word of the
    sentence and goes on after it, is a word of a title. Not a headline written in title case (no lower-case word before its run), nor
    words after a quotation mark or a colon ("chanted: Stop the War")."""
    if tok.pos_ != "VERB" or not tok.is_title or tok.i == tok.sent.start:
        return False
    doc, i = tok.doc, tok.i - 1
    while i > tok.sent.start and (doc[i].is_title or doc[i].lower_ in _TITLE_SMALL):
        i -= 1
    before = doc[i]
    if not (before.is_alpha and before.is_lower and before.lower_ not in _TITLE_SMALL):
        return False
    after = list(doc[tok.i + 1 : min(tok.i + 3, tok.sent.end)])
    return bool(after) and (
        after[0].is_title or (after[0].lower_ in _TITLE_SMALL and len(after) > 1 and after[1].is_title)
    )


def _given_name(tok) -> bool:
    """ "we have Said Arikat in the queue": a capitalised word inside a person's name, before its last word, is a
    name, not the verb it spells (mid-sentence, where capitals mean a name)."""
    doc = tok.doc
    return (
        tok.ent_type_ == "PERSON"
        and tok.is_title
        and tok.i > tok.sent.start
        and tok.i + 1 < len(doc)
        and doc[tok.i + 1].ent_iob_ == "I"
    )
