"""The words around a trigger that a lexicon row may require ("cut" + "aid"), and the subjects of clauses it
embeds ("allowed inspectors to visit").
"""

from __future__ import annotations

from newsroom.extract.events.codebook import lexicon
from newsroom.extract.events.codes import root_of
from newsroom.extract.events.syntax import child_of, kids, lemma_of, preps_of, reports_speech

# Dependents that describe a predicate's participants; searched (two levels deep) for the
# words a lexicon row requires ("cut" + "aid", "strike" + "hunger", "attack" + "forces").
_CONTEXT_DEPS = frozenset(
    "dobj nsubj nsubjpass attr prep pobj compound amod prt dative agent oprd acomp nmod npadvmod "
    "appos poss pcomp".split()
)


_DESCEND_DEPS = frozenset(
    "dobj nsubj nsubjpass attr prep pobj agent dative oprd compound appos pcomp".split()
)


def context_words(tok) -> dict[str, object]:
    """Lemma -> token for words around the head that a lexicon row may require."""
    out: dict[str, object] = {}
    frontier = [(tok, 0)]
    while frontier:
        node, depth = frontier.pop()
        doc = node.doc
        for i, dep, _ in kids(node):
            if dep not in _CONTEXT_DEPS:
                continue
            c = doc[i]
            if _own_predication(c) or _date_name(c):
                continue
            out.setdefault(lemma_of(c), c)
            out.setdefault(c.text.lower(), c)
            if depth < 1 and dep in _DESCEND_DEPS:
                frontier.append((c, depth + 1))
            elif dep in ("prep", "compound", "amod") and depth < 2:
                frontier.append((c, depth + 1))
    for clause in embedded_subjects(tok):  # "allowed inspectors to visit"
        out.setdefault(lemma_of(clause), clause)
    for i, dep, _ in kids(tok):  # "ordered Y to leave": a row may name the complement's verb as "to:leave"
        if dep in ("xcomp", "ccomp") and (c := tok.doc[i]).pos_ in ("VERB", "AUX"):
            conjuncts = (tok.doc[j] for j, d, _ in kids(c) if d == "conj")
            for verb in [c, *(v for v in conjuncts if v.pos_ == "VERB")]:
                out.setdefault("to:" + lemma_of(verb), verb)
    for word in complement_predicates(tok):  # "found it to be unlawful", "found that the ban was illegal"
        out.setdefault(lemma_of(word), word)
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.dep_ != "nsubj":
        # "sailors seized by Iran": the noun is what was seized; not "a bomb planted by X exploded", told by
        # the main verb
        out.setdefault(lemma_of(tok.head), tok.head)
    if tok.pos_ in ("NOUN", "PROPN") and tok.head != tok and tok.dep_ in ("dobj", "pobj", "attr"):
        gov = tok.head.head if tok.dep_ == "pobj" else tok.head
        out.setdefault(lemma_of(gov), gov)  # "lodge a protest", "express concern"
    return out


def _date_name(tok) -> bool:
    """A month's name is a date, no participant: "In March, the country banned imports" names no march."""
    return tok.pos_ == "PROPN" and tok.ent_type_ == "DATE"


def _own_predication(tok) -> bool:
    """A verb with a subject of its own ("gained support, with the Greens controlling the majority") says its
    own thing: its words are not the trigger's ("gain" + "control" is no seizure here)."""
    return tok.pos_ in ("VERB", "AUX") and any(dep in ("nsubj", "nsubjpass") for _, dep, _ in kids(tok))


def complement_predicates(verb) -> list:
    """What a verb's complement clause says its subject is: "found [the policy] unconstitutional", "found that
    the suspension was unlawful", "finding it to be unlawful" (the adjective, also on a coordinated clause)."""
    out = []
    doc = verb.doc
    for i, dep, _ in kids(verb):
        if dep not in ("xcomp", "ccomp"):
            continue
        c = doc[i]
        if c.pos_ == "ADJ":
            out.append(c)
        for clause in [c, *(doc[j] for j, d, _ in kids(c) if d == "conj")]:
            out += [a for j, d, _ in kids(clause) if d == "acomp" and (a := doc[j]).pos_ == "ADJ"]
    return out


def embedded_subjects(verb) -> list:
    """Subjects of a non-speech verb's clausal complement: "allowed inspectors to visit", "forced the army to retreat"."""
    if verb.pos_ not in ("VERB", "AUX") or reports_speech(verb):
        return []
    doc = verb.doc
    return [
        s
        for i, dep, _ in kids(verb)
        if dep in ("ccomp", "xcomp") and (s := child_of(doc[i], "nsubj")) is not None
    ]


def posture_passive(verb) -> bool:
    """Whether a 15x (force posture) row fits this verb, whose passive subject is then the force itself."""
    rows = [
        r for r in lexicon().get((lemma_of(verb), "V"), ()) if root_of(r.code) == "15" and not r.subject_needs
    ]
    if not rows:
        return False
    ctx, preps = context_words(verb), preps_of(verb)
    return any(
        all(group & ctx.keys() for group in r.needs) and (not r.preps or r.preps & preps) for r in rows
    )
