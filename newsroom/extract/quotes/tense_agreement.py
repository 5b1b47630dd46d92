"""A verb coordinated inside a report whose tense is the reporting verb's, not the report's: the speaker's next
act ('said the government is welcome to talk, but made it clear that ...', 'has declared he will act, and
opposes the idea'), where the parser joined it to the reported clause."""

from __future__ import annotations

from spacy.tokens import Token

from newsroom.extract.quotes.context import FINITE_TAGS, SUBJECT_DEPS


def _tense_tag(verb: Token) -> str | None:
    """The tag of the word that carries a verb's tense: its first tensed auxiliary, else itself when tensed."""
    aux = next((a for a in verb.children if a.dep_ in ("aux", "auxpass") and a.tag_ in FINITE_TAGS), None)
    if aux is not None:
        return aux.tag_
    return verb.tag_ if verb.tag_ in FINITE_TAGS else None


def speakers_next_act_start(cue: Token, clause: Token, hi: int) -> int:
    """Where a report ends before a conjunct of its clause, with no subject or "that" of its own, tensed like the
    reporting verb and unlike the clause ("said the firm is growing and hired staff" keeps a present report's
    past conjunct only when the cue is not past; "said it had lied and was hiding losses" agrees with the report)."""
    own, said = _tense_tag(clause), _tense_tag(cue)
    if own is None or said is None or own == said:
        return hi
    for c in clause.children:
        if (
            c.dep_ == "conj"
            and clause.i < c.i < hi
            and _tense_tag(c) == said
            and not any(g.dep_ in (*SUBJECT_DEPS, "mark") for g in c.children)
        ):
            start = c.left_edge.i
            while start > clause.i and clause.doc[start - 1].dep_ in ("cc", "punct"):
                start -= 1
            return start
    return hi
