"""Whom "you" is: the name a sentence addresses ("Thank you, Mr. Speaker", "Thank you Senator Smith for ...",
"Thank you for standing up for us, President Trump!").

Thanks, praise and appeals in quoted speech and posts name their addressee as a vocative, and "you" itself
resolves to no actor. The parser hangs the vocative on the verb (npadvmod, appos, conj, a second dobj) or, at the
sentence's end, on whatever noun precedes it; so both are read: a name the verb governs after "you", or a proper
noun phrase set off by a comma that closes the sentence.
"""

from __future__ import annotations

_VOCATIVE_DEPS = frozenset({"npadvmod", "appos", "conj", "dobj", "attr"})
# what a name may not be to be spoken to: a day, an amount, a title of a work
_NOT_ADDRESSED = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "WORK_OF_ART"}
)


def _name(tok) -> bool:
    return tok.tag_ in ("NNP", "NNPS") and tok.ent_type_ not in _NOT_ADDRESSED


def _closing_name(you):
    """The proper noun phrase after a comma that ends the sentence of ``you``, by its first name token: "...,
    President Trump and Vice President Vance!" gives "Trump" (a title compound is read with its name)."""
    sent = you.sent
    end = sent.end - 1
    while end > you.i and (sent.doc[end].is_punct or sent.doc[end].is_quote):
        end -= 1
    if end <= you.i or not _name(sent.doc[end]):
        return None
    start = end
    while start - 1 > you.i and (_name(sent.doc[start - 1]) or sent.doc[start - 1].lower_ in ("and", "&")):
        start -= 1
    before = sent.doc[start - 1]
    if before.i == you.i or before.text != ",":
        # "thank you for the Medal of Freedom": a name the sentence is about, not one it addresses
        return None
    return next((t for t in sent.doc[start : end + 1] if t.dep_ != "compound" and _name(t)), None)


def addressed(you):
    """The name a second-person object stands for in its own sentence, else None."""
    if you is None or you.lower_ != "you" or you.dep_ not in ("dobj", "dative"):
        return None
    verb = you.head
    named = next((c for c in verb.children if c.i > you.i and c.dep_ in _VOCATIVE_DEPS and _name(c)), None)
    return named if named is not None else _closing_name(you)
