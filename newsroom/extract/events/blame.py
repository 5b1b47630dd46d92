"""A statement that lays the blame: "X said Y was behind the attack", "X stated that Y was responsible for the
kidnappings" is X accusing Y (CAMEO 112), not a bare statement.
"""

from __future__ import annotations

from newsroom.extract.events.codebook import word_set
from newsroom.extract.events.syntax import has_neg, lemma_of, pobj_of, prep_children

# Wrongs one is blamed for: "behind the attack", "responsible for the deaths".
_WRONGS = word_set("blamed_wrongs")


def _wrong(noun) -> bool:
    return noun is not None and (
        lemma_of(noun) in _WRONGS or any(c.dep_ == "conj" and lemma_of(c) in _WRONGS for c in noun.children)
    )


def blamed(speech_verb):
    """The subject of the reported clause that is "behind" or "responsible for" a wrong, else None."""
    if has_neg(speech_verb):
        return None
    for clause in speech_verb.children:
        if clause.dep_ != "ccomp" or lemma_of(clause) != "be" or has_neg(clause):
            continue
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        holders = [clause, *(c for c in clause.children if c.dep_ == "acomp" and c.lower_ == "responsible")]
        for holder in holders:
            for p in prep_children(holder):
                wanted = "behind" if holder is clause else "for"
                if p.lower_ == wanted and _wrong(pobj_of(p)):
                    return subj
    return None
