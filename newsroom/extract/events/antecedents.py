"""Who made the offer, request or proposal that a definite noun points back to: "X offered to help, but Y rejected
the offer" is aimed at X, though "the offer" names nobody. Answering it names its author only through the earlier
verb or noun that told it (of the same stem, or of the same CAMEO root: "asked" / "the request").
"""

from __future__ import annotations

from functools import lru_cache

from newsroom.extract.events.arguments import participle_agents, subject_of
from newsroom.extract.events.codebook import lexicon, word_set
from newsroom.extract.events.codes import root_of
from newsroom.extract.events.syntax import child_of, lemma_of, objects_of

# Nouns that name something put to another party to answer: "rejected the offer", "declined the request".
_PROPOSAL_NOUNS = word_set("proposal_nouns")

# Verbs answering a proposal, offer or demand made to their subject.
_RESPONSE_VERBS = word_set("response_verbs")

# Determiners that point back to a proposal already told ("the offer", "this suggestion", "such calls").
_POINTING = frozenset({"the", "this", "that", "these", "those", "such"})

# How many sentences before the answer the proposal may have been told in.
_REACH = 2


def earlier_author(noun):
    """The token naming who made the proposal an answered noun points back to, or None: the subject of the nearest
    earlier verb of the same stem ("X had offered to ..."), or the owner or agent of the nearest earlier noun of it
    ("X's request"), in its sentence or the two before."""
    told = _told(noun)
    if told is None:
        return None
    return subject_of(told) if told.pos_ == "VERB" else _own_author(told)


def answerer(verb):
    """Whom a proposal was put to, when a later clause of its sentence answers it: "X offered to help, but Y
    rejected the offer" (Y)."""
    if not _may_tell_a_proposal(verb):
        return None  # asked first: the rest of the sentence is read for every trigger's targets
    for noun in verb.doc[verb.i + 1 : verb.sent.end]:
        if _told(noun) == verb:
            return subject_of(noun.head)
    return None


def _may_tell_a_proposal(tok) -> bool:
    """Whether ``_told`` can answer ``tok``: a verb of a proposal noun's act, or a proposal noun."""
    lemma = lemma_of(tok)
    if tok.pos_ == "NOUN":
        return lemma in _PROPOSAL_NOUNS
    return tok.pos_ == "VERB" and _tells_a_proposal(lemma)


@lru_cache(maxsize=4096)
def _tells_a_proposal(verb_lemma: str) -> bool:
    return any(_same_act(verb_lemma, noun) for noun in _PROPOSAL_NOUNS)


def _told(noun):
    """The earlier verb or noun that told the proposal an answered noun points back to, or None. A noun with an
    author of its own ("Y's offer", "an offer by Y") or pointing back to nothing ("an offer") is left alone."""
    if (
        noun.pos_ != "NOUN"
        or noun.dep_ != "dobj"
        or lemma_of(noun.head) not in _RESPONSE_VERBS
        or lemma_of(noun) not in _PROPOSAL_NOUNS
        or not any(c.dep_ in ("det", "amod") and c.lower_ in _POINTING for c in noun.children)
        or _own_author(noun) is not None
    ):
        return None
    stem = lemma_of(noun)
    for tok in reversed(noun.doc[_reach_start(noun) : noun.i]):
        if tok.pos_ == "VERB" and _same_act(lemma_of(tok), stem):
            return tok
        if tok.pos_ == "NOUN" and lemma_of(tok) == stem and _own_author(tok) is not None:
            return tok
    return None


def _own_author(noun):
    """ "Y's offer", "an offer by / from Y", "the proposal made by Y"."""
    owner = child_of(noun, "poss")
    if owner is not None:
        return owner
    by = next(iter(objects_of(noun, ("by", "from"))), None)
    return by if by is not None else next(iter(participle_agents(noun)), None)


def _reach_start(noun) -> int:
    """The first token of the earliest sentence a proposal may have been told in."""
    sent = noun.sent
    for _ in range(_REACH):
        if sent.start == 0:
            break
        sent = noun.doc[sent.start - 1].sent
    return sent.start


def _same_act(verb_lemma: str, noun_lemma: str) -> bool:
    """The verb tells what the noun names: the same stem ("offer" / "offer", "propose" / "proposal", "invite" /
    "invitation"), or a CAMEO root the codebook gives both ("asked" / "the request")."""
    stem = verb_lemma[:-1] if verb_lemma.endswith("e") else verb_lemma
    if len(stem) >= 3 and noun_lemma.startswith(stem):
        return True
    noun_roots = {root_of(p.code) for p in lexicon().get((noun_lemma, "N"), ())}
    return any(root_of(p.code) in noun_roots for p in lexicon().get((verb_lemma, "V"), ()))
