"""Clauses the parse hangs in the wrong place: a complement without "that" parsed as the reporting verb's
object ("said Adamowicz required resuscitation"), a predicate split off after the object, and a reporting verb
coordinated inside a clause (the speaker's next act, not part of the report)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsroom.extract.lexicon import reporting_flags
from newsroom.extract.quotes.context import FINITE_TAGS, SUBJECT_DEPS, Context, is_finite
from newsroom.extract.quotes.cues import is_cue
from newsroom.extract.quotes.trim import TokenRange

NOMINAL_POS = frozenset({"DET", "ADJ", "NUM", "PROPN", "NOUN", "PRON", "PART"})
MAX_ASIDE_TOKENS = 10
MAX_ADJECTIVAL_CLIMB = 3  # from the noun a misparsed cue modifies up to its clause's verb


def bare_clause(cue: Token, ctx: Context) -> TokenRange | None:
    """A complement clause without "that" that the parser hung on the verb as an object: "said Adamowicz required
    resuscitation", "maintained an impeachment inquiry is what ...", "informed police she had immunity". The words
    after the verb (past the hearer for tell/inform) to the end of the verb's phrase, when a noun phrase there is
    directly followed by a finite verb."""
    doc = ctx.doc
    right = [
        c
        for c in cue.children
        if c.i > cue.i and c.dep_ not in ("punct", "cc") and not (c.dep_ == "conj" and is_cue(c))
    ]
    if not right or cue.tag_ not in FINITE_TAGS | {"VBN", "VBG"}:
        return None
    hi = coordinated_cue_start(cue, _stray_predicate_end(doc, max(c.right_edge.i for c in right) + 1, cue))
    lo = _past_adjuncts(cue, cue.i + 1, hi)  # "said on Friday ...", "told reporters today ..."
    hearer = next((c for c in right if c.dep_ in ("dobj", "dative") and c.i >= lo), None)
    if hearer is not None and "recipient" in reporting_flags(cue.lemma_.lower()):
        lo = _past_adjuncts(cue, hearer.i + 1, hi)
    if lo < hi and doc[lo].lower_ == "that":
        lo += 1
    end = _np_end(doc, lo, hi)
    if end == lo or end >= hi or any(i in ctx.quoted for i in range(lo, end)):
        return None
    if doc[end].text == ",":  # "the new region, to be called Bangsamoro, would be ...": past an aside
        close = next((i for i in range(end + 1, min(hi, end + MAX_ASIDE_TOKENS)) if doc[i].text == ","), None)
        end = close + 1 if close is not None and close + 1 < hi else end
    follower = doc[end]
    if follower.tag_ in FINITE_TAGS or (follower.tag_ == "VBN" and doc[end - 1].pos_ in ("PROPN", "PRON")):
        return TokenRange(lo, hi)
    return None


def _past_adjuncts(cue: Token, lo: int, hi: int) -> int:
    """The first token from ``lo`` past the verb's particles, adverbs and prepositional phrases ('said recently',
    'told reporters on Friday'); not past "when/where/while", which open a clause of their own ("told me when I
    was reporting": when, not what, he told)."""
    doc = cue.doc
    while lo < hi:
        token = doc[lo]
        if token.dep_ == "prep" and token.head.i == cue.i:
            lo = token.right_edge.i + 1
        elif token.dep_ in ("prt", "advmod") and token.tag_ != "WRB":
            lo += 1
        else:
            break
    return lo


def _np_end(doc: Doc, lo: int, hi: int) -> int:
    """End of the noun phrase starting at ``lo`` (a run of nominal words, "of" phrases included)."""
    end = lo
    while (
        end < hi
        and doc[end].lower_ != "that"
        and doc[end].tag_ not in ("WP", "WDT")
        and (
            doc[end].pos_ in NOMINAL_POS
            or doc[end].tag_ == "POS"
            or doc[end].lower_ == "of"
            and end > lo
            and end + 1 < hi
            and doc[end + 1].pos_ in NOMINAL_POS
        )
    ):
        end += 1
    return end


def _stray_predicate_end(doc: Doc, hi: int, cue: Token) -> int:
    """'announced the new region, ..., would be governing itself': a subjectless predicate the parser hung elsewhere
    right after the verb's object continues the report."""
    j = hi
    while j < len(doc) and doc[j].text == ",":
        j += 1
    if j >= len(doc) or doc[j].tag_ not in FINITE_TAGS:
        return hi
    verb = doc[j]
    while verb.dep_ in ("aux", "auxpass") and verb.head.i > verb.i:
        verb = verb.head
    if verb.i == cue.i or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return hi
    return max(hi, verb.right_edge.i + 1)


def coordinated_cue_start(clause: Token, hi: int) -> int:
    """'said there was a lack of transparency and urged the crowd to ...', 'said she decided alone, insisting she
    was never pressured': a reporting verb coordinated inside the clause, or a participle hung on it, without a
    subject of its own is the speaker's next act, not part of the report; a negated one ("claims he did not talk
    to her, and did not tell her X") is still what is reported."""
    for c in clause.children:
        if (
            (c.dep_ == "conj" or c.dep_ == "advcl" and c.tag_ == "VBG" and _says_something(c))
            and c.i > clause.i
            and is_cue(c)
            and not any(g.dep_ in (*SUBJECT_DEPS, "neg") for g in c.children)
            and not _own_auxiliary(c)
        ):
            start = c.left_edge.i
            while start > clause.i and clause.doc[start - 1].dep_ == "cc":
                start -= 1
            return min(hi, start)
    return hi


def _own_auxiliary(conj: Token) -> bool:
    """'said the agency no longer held the files and was disclosing their contents', '… and would announce the
    date later': a verb with an auxiliary of its own (progressive "be", a modal) goes on with the clause's
    subject, as the speaker's own next act in plain past ('and urged the crowd') does not."""
    return conj.dep_ == "conj" and any(
        g.dep_ == "aux" and (g.tag_ == "MD" or g.lemma_.lower() == "be" and conj.tag_ == "VBG")
        for g in conj.children
    )


def _says_something(participle: Token) -> bool:
    """'..., insisting she was never pressured', 'saying "…"', '..., cautioning about the risks': the speaker's
    next act; '... while testifying before the committee', a circumstance with no clause or object of its own,
    belongs to the report."""
    return not any(c.dep_ == "mark" for c in participle.children) or any(
        c.dep_ in ("ccomp", "xcomp", "dobj") for c in participle.children
    )


def adjectival_cue_clause(cue: Token) -> Token | None:
    """'Trump claimed carbon emissions have been lower', 'X, who had investigated the case, cautioned justice does
    not come swiftly': the parser takes a reporting verb before a "that"-less clause for an adjective of the
    clause's subject. The clause's verb, when the word before the cue is no determiner or modifier ('the reported
    cases rose' is an adjective) and the noun it modifies is the subject, or stands beside the subject, of a
    finite verb after it."""
    if cue.dep_ != "amod" or cue.tag_ not in ("VBD", "VBN") or cue.head.i <= cue.i or cue.i == 0:
        return None
    before = cue.doc[cue.i - 1]
    if before.pos_ not in ("PROPN", "NOUN", "PRON", "PUNCT") or before.text in ("(", "-", "—", '"', "“"):
        return None
    verb = cue.head
    for _ in range(MAX_ADJECTIVAL_CLIMB):
        if (
            verb.pos_ in ("VERB", "AUX")
            or verb.dep_ not in ("nsubj", "nsubjpass", "appos")
            or verb.head == verb
        ):
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i < cue.head.i or not is_finite(verb):
        return None
    return verb if adjectival_cue_speaker(cue, verb) is not None else None


def adjectival_cue_speaker(cue: Token, verb: Token) -> Token | None:
    """Who performs such a cue: its own subject as parsed, else the clause verb's subject before it."""
    own = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if own is not None:
        return own
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < cue.i), None)
