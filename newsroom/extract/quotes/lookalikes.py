"""Forms of a reporting verb that introduce no one's speech: a participle modifying a noun ("the measures announced
today will cut costs", "the dismissed officials") and the discourse marker "that said" ("That said, the outlook is
bright")."""

from __future__ import annotations

from spacy.tokens import Token

from newsroom.extract.quotes.context import is_finite

_COMPLEMENT_DEPS = ("ccomp", "xcomp")
_CLAUSE_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_DEMONSTRATIVES = frozenset({"that", "this"})
_NAMES_OF_SPEAKERS = frozenset({"PERSON", "GPE", "NORP"})


def speaks_no_one(verb: Token) -> bool:
    """Whether a reporting verb of the lexicon is a noun's participle or "that said", not a report."""
    return _noun_participle(verb) or _attributive_participle(verb) or _that_said(verb)


def _attributive_participle(verb: Token) -> bool:
    """'the dismissed officials', 'an estimated two million', 'Brogden's reported behaviour', 'the ruling party': a
    participle between a noun and the noun's own determiner or possessor is an adjective of that noun; no one
    reports anything. (Without a determiner the parse may have made a report an adjective: "Trump claimed carbon
    emissions have been lower", which ``bare_clauses`` reads as the report it is.)"""
    noun = verb.head
    return (
        verb.dep_ == "amod"
        and verb.tag_ in ("VBN", "VBG")
        and verb.i < noun.i
        and any(c.dep_ in ("det", "poss") and c.i < verb.i for c in noun.children)
    )


def _noun_participle(verb: Token) -> bool:
    """'The order announced today will ensure ...', 'the figures reported last week show ...': a past form right
    after a noun, with no auxiliary, whose "report" is a tensed clause with no subject of its own. A report needs
    a subject ("he said it will ..."); a clause without one is the main verb, and the noun its subject, which the
    participle only describes. Only adverbials may stand between: any other noun or pronoun there may be the
    clause's subject the parser hung elsewhere ("said on Friday he can ...", "said Biden was not ..."), and so
    may a date before a copula ("said Monday will be a holiday")."""
    if verb.tag_ not in ("VBD", "VBN") or verb.dep_ not in ("ROOT", "conj"):
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.right_edge.i != verb.i - 1:
        return False
    # a person's or place's name takes no describing participle, and the noun comes right before it, set off by
    # nothing ('Chui, a partner at X, said ...')
    if subject.ent_type_ in _NAMES_OF_SPEAKERS or any(t.is_punct for t in subject.subtree):
        return False
    clause = next((c for c in verb.children if c.dep_ in _COMPLEMENT_DEPS and c.i > verb.i), None)
    if (
        clause is None
        or not is_finite(clause)
        # "underscored that now is the time ...": a "that" makes the clause a report, subject or not
        or any(c.dep_ in _CLAUSE_SUBJECT_DEPS or c.dep_ == "mark" for c in clause.children)
    ):
        return False
    between = verb.doc[verb.i + 1 : clause.i]
    return not any(t.is_quote for t in between) and all(_adverbial(t, verb, clause) for t in between)


def _adverbial(token: Token, verb: Token, clause: Token) -> bool:
    """A word between the participle and its noun's verb that cannot be that verb's subject: not a noun or pronoun,
    or one inside a prepositional phrase ("announced on Tuesday"), or a date ("today") before a verb not a copula."""
    if token.pos_ not in ("NOUN", "PROPN", "PRON"):
        return True
    if any(a.dep_ == "prep" for a in token.ancestors if a.i > verb.i):
        return True
    return token.ent_type_ == "DATE" and clause.lemma_ != "be"


def _that_said(verb: Token) -> bool:
    """'That said, ...', 'But this said, ...', 'That being said, ...', 'Having said that, ...': "said" with only a
    demonstrative, set off by a comma at the start of its sentence, turns to what follows; it reports nothing."""
    if verb.lower_ != "said":
        return False
    doc, i = verb.doc, verb.i
    if 0 < i < len(doc) - 2 and doc[i - 1].lower_ == "having" and doc[i + 1].lower_ in _DEMONSTRATIVES:
        first, comma = doc[i - 1], doc[i + 2]
    else:
        first = doc[i - 2] if i > 1 and doc[i - 1].lower_ == "being" else doc[i - 1] if i else verb
        if first.lower_ not in _DEMONSTRATIVES or i + 1 >= len(doc):
            return False
        comma = doc[i + 1]
    if comma.text != ",":
        return False
    before = doc[first.i - 1] if first.i else None
    return first.is_sent_start or before is None or before.pos_ in ("CCONJ", "PUNCT")
