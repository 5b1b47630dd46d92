"""The speaker of a speech verb the parser left without a subject: the named person it hung elsewhere.

"Speaking about the threat, Jane Doe, head of the service, claimed that …" (the name taken as a conjunct of an
earlier noun), "… likely to pass its plan, John Roe, Leader of the House, has announced …" (an apposition of the
plan), "In an interview with the Times Roe said …" (the object of the preposition before), "'…,' warned John Roe"
(the inverted speaker taken as an object), "Senator John Roe () said …" (the verb hung on the name). Only names
that are persons or untyped: a speaker the sentence names stays the statement's source though the parse lost it.
"""

from __future__ import annotations

from newsroom.extract.events.syntax import lemma_of
from newsroom.extract.lexicon import reporting_verbs

_QUOTES = frozenset({'"', "“", "”", "'", "’"})
# How a lost subject hangs on what comes before the verb: "of the House", "Leader of", "Britain, Jane Doe".
_CLIMB = frozenset({"pobj", "prep", "compound", "amod", "appos", "conj", "npadvmod"})


def _person(tok) -> bool:
    """A proper name the recogniser took for a person or left untyped (the actor pass decides what it is)."""
    return tok.pos_ == "PROPN" and tok.ent_type_ in ("PERSON", "")


def _before_verb(verb):
    """The last token before the verb that is not one of its auxiliaries, adverbs or negations."""
    i = verb.i - 1
    while i >= verb.sent.start and verb.doc[i].head == verb and verb.doc[i].dep_ in ("aux", "advmod", "neg"):
        i -= 1
    return verb.doc[i] if i >= verb.sent.start else None


def _named_before(verb):
    """The person name closing the words before the verb, climbing from the last of them through
    prepositions, compounds and appositions ("Jane Doe, head of the service, claimed")."""
    t = _before_verb(verb)
    if t is not None and t.text == ",":
        t = verb.doc[t.i - 1] if t.i > verb.sent.start else None
    hops = 0
    while t is not None and hops < 8 and t.i < verb.i:
        if _person(t) and t.dep_ in ("appos", "conj", "pobj"):
            return t
        if t.dep_ not in _CLIMB or t.head == t:
            return None
        t, hops = t.head, hops + 1
    return None


def _inverted(verb):
    """ "'…,' warned John Roe": a person name right after a speech verb that follows a quotation."""
    before = _before_verb(verb)
    if before is None or not (before.text in _QUOTES or before.text == ","):
        return None
    obj = next((c for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "attr")), None)
    if obj is None:
        return None
    # "stated Minister of Information Jane Doe": the name after the title, not the title
    named = [t for t in obj.subtree if t.ent_type_ == "PERSON" and t.pos_ == "PROPN" and t.dep_ != "compound"]
    return named[-1] if named else (obj if _person(obj) else None)


def _finite(verb) -> bool:
    """ "claimed", "says", "has announced": a verb with a tense of its own, not a participle or infinitive."""
    return verb.pos_ == "VERB" and (
        verb.tag_ in ("VBD", "VBZ", "VBP")
        or any(c.dep_ == "aux" and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in verb.children)
    )


def stranded_speaker(verb):
    """The person a subjectless speech verb is said by, else None."""
    if reporting_verbs().get(lemma_of(verb)) != "speech" or not _finite(verb):
        return None  # "…, pledging to comply": a participle is said by its clause's subject, not a name before it
    if verb.dep_ == "parataxis" and _person(verb.head) and verb.head.i < verb.i:
        return verb.head  # "Senator John Roe () said, …"
    return _inverted(verb) or _named_before(verb)
