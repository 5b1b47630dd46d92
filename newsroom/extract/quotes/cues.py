"""Reporting-verb cues: which tokens introduce speech (a reporting verb from the lexicon, "according to", a
speech noun with its speaker and a "that" clause) and the cue text a quote records."""

from __future__ import annotations

from spacy.tokens import Token

from newsroom.extract.lexicon import reporting_flags, reporting_verbs


def is_cue(token: Token) -> bool:
    """Whether the token introduces speech: a reporting verb from the lexicon, or 'according to'."""
    if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
        return True
    if token.pos_ not in ("VERB", "AUX"):
        return False
    lemma = token.lemma_.lower()
    if lemma not in reporting_verbs() or lemma == "be":
        return False
    # "trying to add the question": with a plain object some verbs are not reporting
    return "intransitive" not in reporting_flags(lemma) or not any(
        c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in token.children
    )


# nouns of speech whose "that" clause is what someone said ("the minister's claim that ...")
NOMINAL_CUES = frozenset(
    {
        "claim",
        "assertion",
        "allegation",
        "statement",
        "announcement",
        "warning",
        "insistence",
        "argument",
        "suggestion",
        "accusation",
        "admission",
        "contention",
        "denial",
        "assurance",
        "remark",
        "testimony",
        "prediction",
    }
)


def nominal_cue_parts(token: Token) -> tuple[Token, Token] | None:
    """'X's claim that B', 'the claim by X that B': the speaker X and the clause B, for a speech noun."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in NOMINAL_CUES:
        return None
    speaker = next((c for c in token.children if c.dep_ == "poss"), None)
    if speaker is None:
        by = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        speaker = next((o for o in by.children if o.dep_ == "pobj"), None) if by is not None else None
    clause = next(
        (
            c
            for c in token.children
            if c.dep_ in ("acl", "ccomp")
            and c.i > token.i
            and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)
        ),
        None,
    )
    return (speaker, clause) if speaker is not None and clause is not None else None


def cue_text(token: Token) -> str:
    """The cue as a quote records it, with its particles ('pointed out', 'called for')."""
    if token.lower_ == "according":
        return "according to"
    particles = [
        c
        for c in token.children
        if c.dep_ == "prt"
        or (c.dep_ == "prep" and c.lower_ in ("on", "for") and token.lemma_ == "call" and c.i == token.i + 1)
    ]
    return " ".join([token.text] + [p.text for p in particles])
