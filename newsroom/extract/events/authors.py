"""The author of a document that is the grammatical doer: "The House passed two articles of impeachment. The
first charged Trump with abuse of power" — the articles charge nobody; the House that passed them does. CAMEO
codes the act of an indictment, a lawsuit or a resolution to whoever filed, passed or issued it.
"""

from __future__ import annotations

from newsroom.extract.events.arguments import subject_of
from newsroom.extract.events.codebook import word_set
from newsroom.extract.events.syntax import lemma_of, pobj_of, prep_children

# Documents through which an actor states, accuses, demands or sanctions.
DOCUMENT_NOUNS = word_set("document_nouns")

# Verbs by which an actor makes a document its own.
MAKING_VERBS = word_set("making_verbs")

_LOOKBACK = 2  # sentences before the one with the document's act


def document_author(tok):
    """The token naming who made the document ``tok`` names (a document noun, or an ordinal standing for one:
    "the first", "the second"): its own "by" / "from", else the clause in this or the two sentences before that
    made it; else None."""
    wanted = _document_lemma(tok)
    if wanted is None:
        return None
    own = next(
        (o for p in prep_children(tok) if p.lower_ in ("by", "from") and (o := pobj_of(p)) is not None), None
    )
    if own is not None:
        return own  # "a report by the Pentagon says …", "a statement from the ministry warned …"
    sent = tok.sent
    doc = tok.doc
    start = sent.start
    for _ in range(_LOOKBACK):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    for cand in reversed(doc[start : tok.i]):
        if cand.i >= sent.start and cand.head.i >= tok.i:
            continue  # the document's own clause
        if not _made(cand, wanted):
            continue
        author = subject_of(cand.head)
        if author is not None and author.pos_ != "PRON" and lemma_of(author) not in DOCUMENT_NOUNS:
            return author
    return None


def _document_lemma(tok) -> str | None:
    """The document noun ``tok`` names ("" for an ordinal that may stand for any), or None."""
    if tok.pos_ in ("NOUN", "PROPN") and not tok.ent_type_ and lemma_of(tok) in DOCUMENT_NOUNS:
        return lemma_of(tok)
    if tok.ent_type_ == "ORDINAL" and tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ != "NOUN":
        return ""  # "The first charged Trump": the noun is left out
    return None


def _made(noun, wanted: str) -> bool:
    """``noun`` is a document the verb above it made ("passed two articles", "the report was published")."""
    return (
        noun.dep_ in ("dobj", "nsubjpass")
        and lemma_of(noun) in DOCUMENT_NOUNS
        and (not wanted or lemma_of(noun) == wanted)
        and lemma_of(noun.head) in MAKING_VERBS
    )
