"""Matching tokens against the lexicon: the most specific pattern whose required words, prepositions and
subject words are present, then checked for word sense (sense.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache

from newsroom.extract.events.arguments import noun_agent, subject_of
from newsroom.extract.events.codebook import Pattern, lexicon, light_verbs
from newsroom.extract.events.context import context_words
from newsroom.extract.events.sense import sense
from newsroom.extract.events.syntax import lemma_of, preps_of


@dataclass
class Match:
    tok: object
    pattern: Pattern
    used: list = field(default_factory=list)  # tokens that satisfied the pattern's needs


def _light_verb_subject(noun):
    """Who 'launched an indefinite strike': the subject of the light verb carrying the event noun."""
    if noun.dep_ in ("dobj", "attr") and lemma_of(noun.head) in light_verbs():
        return subject_of(noun.head)
    return None


@lru_cache(maxsize=1)
def trigger_lemmas() -> frozenset[str]:
    """Every lemma the lexicon has a row for: a word with another lemma is no trigger in any slot."""
    return frozenset(lemma for lemma, _ in lexicon())


def hyphen_joined(tok) -> str:
    """The word a hyphen splits as the lexicon writes it solid: "cease-fire", "crack-down" are "ceasefire",
    "crackdown"; "" when the token ends no hyphenated word."""
    if tok.i < 2:
        return ""
    hyphen = tok.doc[tok.i - 1]
    if hyphen.text != "-" or hyphen.whitespace_:
        return ""  # most words: the word before them is not asked for
    first = tok.doc[tok.i - 2]
    if first.whitespace_ or not first.is_alpha:
        return ""
    if tok.i - tok.sent.start < 2:  # asked last: finding the sentence walks back to its start
        return ""
    return first.lower_ + lemma_of(tok)


def match_trigger(tok) -> Match | None:
    # a "verb" in a noun's slot is a mistagged noun ("held naval drills" with drills as VERB)
    tag = tok.pos_
    nominal = tag in ("NOUN", "PROPN") or (
        tag == "VERB" and tok.dep_ in ("dobj", "pobj", "nsubjpass", "attr")
    )
    pos = "N" if nominal else "V" if tag in ("VERB", "AUX") else None
    if pos is None:
        return None
    # "re-stated": the solid word's rows first ("restate" needs a claim), then the last part's ("state")
    patterns = lexicon().get((hyphen_joined(tok), pos), ()) + lexicon().get((lemma_of(tok), pos), ())
    if not patterns:
        return None
    ctx: dict[str, object] | None = None
    preps: set[str] | None = None
    for pat in patterns:
        if pat.preps:
            if preps is None:
                preps = preps_of(tok)
            if not pat.preps & preps:
                continue
        used = []
        if pat.subject_needs:
            subj = subject_of(tok) if pos == "V" else (noun_agent(tok) or _light_verb_subject(tok))
            bag = (
                {lemma_of(t) for t in subj.subtree} | {t.lower_ for t in subj.subtree}
                if subj is not None
                else set()
            )
            if not all(group & bag for group in pat.subject_needs):
                continue
        if pat.needs:
            if ctx is None:
                ctx = context_words(tok)
            ok = True
            for group in pat.needs:
                # the group is a frozenset: take the first word in the sentence, not the first in hash order;
                # read from the smaller side (a PETRARCH2 group has up to ~90 words, the context ~10)
                if len(group) > len(ctx):
                    hits = [t for w, t in ctx.items() if w in group]
                else:
                    hits = [ctx[w] for w in group if w in ctx]
                if not hits:
                    ok = False
                    break
                used.append(min(hits, key=lambda t: t.i))
            if not ok:
                continue
        return Match(tok, pat, used)
    return None


def sense_checked(m: Match) -> Match | None:
    """The match in the sense its parse shows (sense.py): kept, re-coded, or dropped."""
    code = sense(m.tok, m.pattern.code)
    if code is None:
        return None
    if code != m.pattern.code:
        return Match(m.tok, replace(m.pattern, code=code), m.used)
    return m
