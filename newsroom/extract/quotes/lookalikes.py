"""Forms of a reporting verb that introduce no one's speech: a participle modifying a noun ("the measures announced
today will cut costs") and the discourse marker "that said" ("That said, the outlook is bright")."""

from __future__ import annotations

from spacy.tokens import Token

from newsroom.extract.lexicon import org_anaphors, person_nouns
from newsroom.extract.quotes.context import is_finite

_COMPLEMENT_DEPS = ("ccomp", "xcomp")
_CLAUSE_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_DEMONSTRATIVES = frozenset({"that", "this"})
_SPEAKING_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def speaks_no_one(verb: Token) -> bool:
    """Whether a reporting verb of the lexicon is a noun's participle or "that said", not a report."""
    return _noun_participle(verb) or _that_said(verb)


def _noun_participle(verb: Token) -> bool:
    """'The order announced today will ensure ...', 'the figures reported last week show ...': a past form right
    after a noun, with no auxiliary, whose "report" is a tensed clause with no subject of its own. A report needs
    a subject ("he said it will ..."); a clause without one is the main verb, and the noun its subject, which the
    participle only describes. When a bare noun stands between ("officials said Monday will be a holiday") it may
    be the clause's subject the parser left off, so then the reading holds only for a subject that could not speak."""
    if verb.tag_ not in ("VBD", "VBN") or verb.dep_ not in ("ROOT", "conj"):
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.right_edge.i != verb.i - 1:
        return False
    clause = next((c for c in verb.children if c.dep_ in _COMPLEMENT_DEPS and c.i > verb.i), None)
    if (
        clause is None
        or not is_finite(clause)
        # "underscored that now is the time ...": a "that" makes the clause a report, subject or not
        or any(c.dep_ in _CLAUSE_SUBJECT_DEPS or c.dep_ == "mark" for c in clause.children)
    ):
        return False
    between = verb.doc[verb.i + 1 : clause.left_edge.i]
    # a date is the subject of a copula only ("said Monday will be a holiday"), not of "will ensure"
    bare_noun = any(
        t.pos_ in ("NOUN", "PROPN")
        and t.head.i == verb.i
        and (t.ent_type_ != "DATE" or clause.lemma_ == "be")
        for t in between
    )
    return not (bare_noun and _could_speak(subject))


def _could_speak(noun: Token) -> bool:
    """A person's or body's noun, or a name of one."""
    lemma = noun.lemma_.lower()
    return lemma in person_nouns() or lemma in org_anaphors() or noun.ent_type_ in _SPEAKING_ENTITIES


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
