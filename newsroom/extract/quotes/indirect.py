"""Indirect quotes: every reporting verb outside quotation marks with a speaker and something it reports,
less the reports nested in a longer one of the same speaker."""

from __future__ import annotations

from typing import NamedTuple

from spacy.attrs import POS
from spacy.tokens import Span, Token

from newsroom.extract.events.codebook import word_set
from newsroom.extract.lexicon import (
    org_anaphors,
    people_nouns,
    person_nouns,
    reporting_flags,
    reporting_verbs,
)
from newsroom.extract.quotes.bare_clauses import adjectival_cue_clause
from newsroom.extract.quotes.context import SUBJECT_DEPS, Context, Speaker
from newsroom.extract.quotes.cues import nominal_cue_parts
from newsroom.extract.quotes.reports import content_spans
from newsroom.extract.quotes.speakers import mute_thing, speaker_for_cue
from newsroom.extract.quotes.trim import TokenRange, trimmed
from newsroom.extract.quotes.unasserted import bidden, unasserted
from newsroom.extract.scan import indices_with
from newsroom.models import Quote

NOUN_PHRASE_DEPS = frozenset({"det", "amod", "advmod", "quantmod", "compound"})
# subject words that say no one spoke ("no one": "no" is its determiner-like head)
NO_ONE_WORDS = frozenset({"nobody", "no", "none", "few", "neither"})
_FACT_PRONOUNS = frozenset({"that", "this"})
_CLAIMS = word_set("claims")  # "claims", "reports", "allegations": a content clause says what was claimed


class _Report(NamedTuple):
    """What a reporting verb reports, and who reports it."""

    content: TokenRange
    speaker: Speaker


def indirect_quotes(ctx: Context) -> list[Quote]:
    """An indirect quote for each report, less those inside an earlier, longer report of the same speaker
    ('said that ..., adding that ...')."""
    quotes = []
    reach, reach_speaker = -1, ()
    seen = set()
    reports = _reports(ctx)
    for (lo, hi), speaker in sorted(reports, key=lambda r: (r.content.lo, -r.content.hi)):
        who = (speaker.entity, speaker.mention if speaker.entity is None else None)
        nested = hi <= reach and who == reach_speaker or _thing_inside_a_report(speaker, reports, ctx)
        if hi > reach:
            reach, reach_speaker = hi, who
        span = ctx.doc[lo:hi]
        if nested or (lo, hi) in seen or _heading_on_a_quotation(span, speaker, ctx):
            continue
        seen.add((lo, hi))
        quotes.append(ctx.quote("indirect", speaker, span.start_char, span.end_char))
    return quotes


def _heading_on_a_quotation(span: Span, speaker: Speaker, ctx: Context) -> bool:
    """'Letters of Support: "The Guild backs the bill," said X': the words before a direct quote of the same cue,
    joined to its clause by the parse, report nothing of their own when the report's head is a quoted word and the
    report has own words on one side of the quotation only (a heading before it, a gesture after it). 'said the plan
    was dead: "We are done,"' (head the speaker's own) and 'said Israel may not "unilaterally declare" it is …' (own
    words on both sides) keep their reports."""
    quotes = ctx.direct_of_cue.get(speaker.cue_i, []) if speaker.cue_i is not None else []
    words = [t for t in span if not (t.is_punct or t.is_space)]
    tops = [t for t in words if not span.start <= t.head.i < span.end]
    return bool(tops) and any(
        span.start_char <= start < span.end_char
        and all(start <= t.idx < end for t in tops)
        and (words[0].idx >= start or words[-1].idx < end)
        for start, end in quotes
    )


def _thing_inside_a_report(speaker: Speaker, reports: list[_Report], ctx: Context) -> bool:
    """'Baldacci said those figures underscore why the law is needed', 'a reporter noted local news reports said B':
    a thing or message with no named source, speaking inside an actor's report, is part of what the actor said; the
    actor's report holds it, so it is no report of its own."""
    if speaker.entity is not None or speaker.cue_i is None:
        return False
    cue = ctx.doc[speaker.cue_i]
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    return (
        subject is not None
        and subject.pos_ == "NOUN"
        and subject.lemma_.lower() not in person_nouns() | people_nouns() | org_anaphors()
        and not any(t.pos_ == "PROPN" or ctx.actors.mention_for_token(t) for t in subject.subtree)
        and any(
            r.speaker.entity is not None and r.content.lo <= subject.left_edge.i and cue.i < r.content.hi
            for r in reports
        )
    )


def _reports(ctx: Context) -> list[_Report]:
    """Every report of a reporting verb outside quotation marks that has a speaker, in document order.
    ``resolve_cue_speakers`` has run: its table holds every cue outside quotation marks."""
    found: list[_Report] = []
    # a noun may be a speech noun's report; every other report has a cue
    nouns = indices_with(ctx.doc, POS, ("NOUN",))
    for token in map(ctx.doc.__getitem__, sorted({*nouns, *ctx.cue_speakers})):
        if token.i in ctx.quoted:
            continue
        nominal = nominal_cue_parts(token)
        if nominal is not None:
            contents = trimmed(_nominal_content(nominal[1]), ctx, keep_predicate=True)
        elif token.i in ctx.cue_speakers:
            contents = _contents(token, ctx)
        else:
            continue
        if not contents:
            continue
        speaker = speaker_for_cue(token, ctx)
        if speaker is None:  # an empty speaker (its subject names no one who could speak) keeps the report
            continue
        found += [_Report(content, speaker) for content in contents]
    return found


def _relays_unnamed(ctx: Context, i: int) -> bool:
    """Whether token ``i`` is a reporting verb whose speaker is unnamed: no actor, or "a (government) source"."""
    speaker = ctx.cue_speakers.get(i)
    if not speaker:
        return False
    # "reported its source said": the parser may make the source the medium's object, right before the verb
    subject = next((c for c in ctx.doc[i].children if c.dep_ == "nsubj"), ctx.doc[i - 1] if i else None)
    return speaker.entity is None or subject is not None and subject.lemma_.lower() == "source"


def _negated(cue: Token) -> bool:
    """'did not say A', and 'did not say A or confirm B': a bare verb joined by "or"/"nor", with no subject of
    its own, shares the negation of the "did not" verb above it (the parser often hangs it on A's clause)."""
    if any(c.dep_ == "neg" for c in cue.children):
        return True
    if not (
        cue.dep_ == "conj"
        and cue.tag_ == "VB"
        and not any(c.dep_ in (*SUBJECT_DEPS, "aux") for c in cue.children)
        and any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in cue.head.children)
    ):
        return False
    return any(a.tag_ == "VB" and any(c.dep_ == "neg" for c in a.children) for a in cue.ancestors)


def _said_by_no_one(cue: Token) -> bool:
    """'Nobody claimed that ...', 'few would argue that ...', 'no official said ...', 'not a single official said':
    a subject that denies anyone said it ("a few residents said" does say it)."""
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    doc = subject.doc
    if any(
        c.dep_ == "neg" and all(t.dep_ in NOUN_PHRASE_DEPS for t in doc[c.i + 1 : subject.i])
        for c in subject.children
    ):
        return True  # "not a single official said"
    words = [subject, *(c for c in subject.children if c.dep_ in ("det", "amod"))]
    return not any(c.lower_ == "a" for w in words for c in w.children) and any(
        w.lower_ in NO_ONE_WORDS for w in words
    )


def _shown_by_a_thing(cue: Token, ctx: Context) -> bool:
    """'These changes clarify how firms must report', 'the policy will clarify that ...': a verb that a fact or thing
    may perform, whose subject is such a thing (no actor, person, body or message in its phrase), reports no one's
    words when what it makes clear is an open question or still to come; so does "that" or "this" standing for a
    fact ('This suggests the drug works'). "Polling indicated he is ahead" reports a source's finding, and "the
    report confirms that ...", "the agency clarified that ..." and "broadcaster PBS revealed that ..." a speaker."""
    if "evidential" not in reporting_flags(cue.lemma_.lower()):
        return False
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.lower_ in _FACT_PRONOUNS and subject.tag_ == "DT" and not any(subject.children):
        return True
    return (
        mute_thing(subject, ctx)
        and subject.lemma_.lower() not in people_nouns() | org_anaphors()
        and not any(t.pos_ == "PROPN" or ctx.actors.mention_for_token(t) for t in subject.subtree)
        and (any(c.dep_ == "aux" and c.tag_ == "MD" for c in cue.children) or _open_question(cue))
    )


def _open_question(cue: Token) -> bool:
    """'clarify how ...', 'underscored just how important ...': the verb's clause opens on a question word."""
    return any(
        c.dep_ == "ccomp"
        and any(t.tag_ in ("WRB", "WP") or t.lower_ in ("whether", "if") for t in c.doc[c.left_edge.i : c.i])
        for c in cue.children
    )


def _nominal_content(clause: Token) -> list[TokenRange]:
    """The "that" clause of a speech noun, without the "that" (which the parser may have made an object)."""
    lo = clause.left_edge.i
    return [TokenRange(lo + (clause.doc[lo].lower_ == "that"), clause.right_edge.i + 1)]


def _claim_answered(cue: Token, start: Token) -> bool:
    """'X responded to claims made in a paper that there had been attacks', '… in response to reports that …': a
    "that" clause right after a claim the cue's "to" phrase names is that claim's content (the parser hung it on the
    cue), not what the cue's subject says; "said in a report that …" (a medium) is the speaker's own."""
    mark = start if start.lower_ == "that" else start.doc[start.i - 1] if start.i > 0 else start
    return mark.lower_ == "that" and any(
        claim.i < mark.i
        and claim.dep_ == "pobj"
        and claim.head.lower_ == "to"
        and claim.lemma_.lower() in _CLAIMS
        and claim.right_edge.i + 1 == mark.i
        for claim in cue.subtree
    )


def _contents(cue: Token, ctx: Context) -> list[TokenRange]:
    """What the cue reports, when it reports someone's words at all."""
    if any(c.dep_ in ("nsubjpass", "agent") for c in cue.children):
        return []
    if (
        not any(c.dep_ in ("nsubj", "aux") for c in cue.children)
        and (cue.tag_ == "VBN" or cue.tag_ == "VBD" and cue.dep_ == "advcl")
        and adjectival_cue_clause(cue) is None  # "X, who ..., cautioned justice does not come": a finite cue
    ):
        # 'Asked by reporters whether ...', 'Asked what his aides think, X replied' (tagged as a past tense): a
        # passive participle reports no one's words
        return []
    if _negated(cue) or _said_by_no_one(cue):
        return []  # 'did not say he had ordered it', 'few would argue that ...': nothing is reported
    if _shown_by_a_thing(cue, ctx) or bidden(cue) or unasserted(cue):
        return []  # 'these changes clarify how ...', 'asked me to call on ...', 'countries should insist that ...'
    contents = [r for r in content_spans(cue, ctx) if not _claim_answered(cue, ctx.doc[r.lo])]
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children):
        # "tests will be run to confirm whether he is fit": an open question under an infinitive reports nothing
        contents = [r for r in contents if ctx.doc[r.lo].lower_ not in ("if", "whether")]
    if reporting_verbs().get(cue.lemma_.lower()) == "media":
        # "Reuters reported a source said X": the medium relays its unnamed source, whose report stands on its own;
        # "the BBC reported that the agency had announced X" is the medium's report of what a named actor did
        contents = [r for r in contents if not any(_relays_unnamed(ctx, i) for i in range(r.lo, r.hi))]
    return contents
