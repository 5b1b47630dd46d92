"""A statement that lays blame or passes judgement: "X said Y was behind the attack", "X stated that Y was
responsible for the kidnappings" is X accusing Y (CAMEO 112); "X said Y was corrupt / a disgrace" is X criticising
Y (111). Not a bare statement, when Y is an actor.
"""

from __future__ import annotations

from newsroom.extract.events.codebook import word_set
from newsroom.extract.events.parties import ACTOR_ENTS, patient_noun, person_like, raw_actor_like
from newsroom.extract.events.sense_clues import negative_words
from newsroom.extract.events.syntax import has_neg, lemma_of, pobj_of, prep_children

# Wrongs one is blamed for: "behind the attack", "responsible for the deaths".
_WRONGS = word_set("blamed_wrongs")


def _wrong(noun) -> bool:
    return noun is not None and (
        lemma_of(noun) in _WRONGS or any(c.dep_ == "conj" and lemma_of(c) in _WRONGS for c in noun.children)
    )


def _copulas(speech_verb):
    """(clause, subject) of each affirmed "Y is/was ..." clause the speech verb reports."""
    if has_neg(speech_verb):
        return
    for clause in speech_verb.children:
        if clause.dep_ != "ccomp" or lemma_of(clause) != "be" or has_neg(clause):
            continue
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subj is not None and _names_actor(subj):
            yield clause, subj


def _names_actor(subj) -> bool:
    """Y names someone ("Hamas", "the group, the Aisha Battalion,", "he") or what someone did ("the diplomat's
    words were surprising"), not a deed done to its owner ("Nabil's murder is unacceptable": not Nabil)."""
    return (
        subj.pos_ in ("PROPN", "PRON")
        or subj.ent_type_ in ACTOR_ENTS
        or person_like(subj)
        or any(c.dep_ == "appos" and raw_actor_like(c) for c in subj.children)
        or (any(c.dep_ == "poss" for c in subj.children) and not patient_noun(subj))
    )


def statement_codes(speech_verb) -> list[str]:
    """The codes a statement's reported clause makes of it, most telling first: 112 blame, 111 judgement."""
    codes = []
    if blamed(speech_verb) is not None:
        codes.append("112")
    if any(_judged(clause) for clause, _ in _copulas(speech_verb)):
        codes.append("111")
    return codes


def _judged(clause) -> bool:
    """ "Y was corrupt", "Y is a disgrace", "Y was a dangerous man": a negative word as what Y is."""
    negative = negative_words()
    for c in clause.children:
        if c.dep_ not in ("acomp", "attr"):
            continue
        words = [c, *(a for a in c.children if a.dep_ in ("amod", "conj"))]
        if any(lemma_of(w) in negative or w.lower_ in negative for w in words):
            return True
    return False


def blamed(speech_verb):
    """The subject of the reported clause that is "behind" or "responsible for" a wrong, else None."""
    for clause, subj in _copulas(speech_verb):
        holders = [clause, *(c for c in clause.children if c.dep_ == "acomp" and c.lower_ == "responsible")]
        for holder in holders:
            for p in prep_children(holder):
                wanted = "behind" if holder is clause else "for"
                if p.lower_ == wanted and _wrong(pobj_of(p)):
                    return subj
    return None
