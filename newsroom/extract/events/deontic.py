"""Reported obligations as demands: "X said Y must / needs to ..." is X demanding of Y (100), and "insisted that
Minsk hand over ..." makes the report a demand.
"""

from __future__ import annotations

from newsroom.extract.events.arguments import subject_of
from newsroom.extract.events.codebook import word_set
from newsroom.extract.events.dates import event_date_of
from newsroom.extract.events.resolver import Resolver
from newsroom.extract.events.syntax import (
    FUTURE_AUX,
    child_of,
    has_aux,
    inverted_clause,
    is_passive,
    lemma_of,
    plural_phrase,
    reports_speech,
    sentence_text,
    trigger_text_of,
)
from newsroom.extract.lexicon import lookup_alias
from newsroom.models import Event

_DEONTIC_AUX = frozenset({"must", "should", "ought"})
_PERFECT_AUX = frozenset({"have", "'ve"})


_DEONTIC_VERBS = frozenset({"need", "have"})


def deontic_targets(report_verb) -> list:
    return [c for c in report_verb.children if c.dep_ in ("ccomp", "parataxis") and _deontic(c)]


def _deontic(verb) -> bool:
    if has_aux(verb, _DEONTIC_AUX):
        # "Should the agencies cut costs, prices could fall": a condition; "Y should have concluded", "must have
        # known": a judgement of the past (a reproach or an inference), nothing asked of Y
        return not inverted_clause(verb) and not has_aux(verb, _PERFECT_AUX)
    return (
        lemma_of(verb) in _DEONTIC_VERBS
        and any(c.dep_ == "xcomp" for c in verb.children)
        and verb.pos_ == "VERB"
        and not has_aux(
            verb, _PREDICTION_AUX
        )  # "Y will have to defend ...": a forecast of need, not a demand
    )


_PREDICTION_AUX = FUTURE_AUX | {"would"}  # "shall have to" is as much a forecast


DEONTIC_CONFIDENCE = (
    0.55  # a reported obligation is a demand only by reading: a little above the prior (confidence.PRIOR)
)


def deontic_events(doc, sent, sent_index, tokens, actors: Resolver, published_at) -> dict[int, list[Event]]:
    """ "X said Y must/needs to ..." is X demanding of Y (10), by the index of the report verb."""
    out: dict[int, list[Event]] = {}
    for verb in tokens:
        if verb.dep_ not in ("ccomp", "parataxis") or not _deontic(verb):
            continue
        if not reports_speech(verb.head):
            continue
        speaker_tok = subject_of(verb.head)
        subj = child_of(verb, "nsubj")
        if subj is None or is_passive(verb):
            continue  # "the Amazon should be opened up": what is to be done, not who is to do it
        a1 = actors.resolve(speaker_tok)
        a2 = actors.phrase(subj)
        if (
            a1 is None
            or a2 is None
            or a1 == a2
            or actors.own_country(a1, a2)
            or _described_as_of(speaker_tok, a2, actors)
        ):
            continue  # "Johnson stated that Britain must leave", "Greek daily X said Greece must": its own country
        if _conditional(verb):
            continue  # "if there is a court order, then Facebook has to search": a consequence, not a demand
        xcomp = child_of(verb, "xcomp")
        words = (
            [c for c in verb.children if c.dep_ in ("aux", "neg")]
            + [verb]
            + ([xcomp] if xcomp is not None else [])
        )
        out.setdefault(verb.head.i, []).append(
            Event(
                sent_index,
                a1,
                a2,
                "100",
                trigger_text_of(doc, words),
                sentence_text(sent).strip(),
                DEONTIC_CONFIDENCE,
                event_date_of(verb, [verb.head], published_at, actors.dates.get(sent.start, [])),
            )
        )
    return out


def _described_as_of(speaker, country: int, actors: Resolver) -> bool:
    """The speaker's own description names the country: "Greek daily Kathimerini", "the French minister", "X, one
    of Canada's top generals"."""
    info = actors.info.get(country)
    if not info or info[0] != "country" or not info[1]:
        return False
    described = [t for t in speaker.subtree if t.i < speaker.i]
    described += [t for c in speaker.children if c.dep_ == "appos" for t in c.subtree]
    return any(
        t.ent_type_ in ("NORP", "GPE")
        and (entry := lookup_alias(t.text)) is not None
        and entry.country_code == info[1]
        for t in described
    )


def _conditional(verb) -> bool:
    """An obligation that holds only under a condition: "if ..., then Y has to ..."."""
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        for c in verb.children
    )


# Report verbs that ask for what their clause says: its present-looking verb is a subjunctive.
_MANDATIVE = word_set("requesting") | {"insist", "propose", "recommend", "require"}


_OPTATIVE_SUBJECTS = word_set("optative_subjects")


def subjunctive_demand(verb) -> bool:
    """'insisted that Minsk hand over ...': a bare verb in the reported clause makes the report a demand."""
    for c in verb.children:
        subj = child_of(c, "nsubj")
        if c.dep_ != "ccomp" or subj is None or any(a.dep_ in ("aux", "auxpass") for a in c.children):
            continue
        if _tensed_after_all(c, subj) or subj.lower_ in _OPTATIVE_SUBJECTS:
            continue  # "God bless them": a set wish, no one is asked to act
        # a bare verb after a singular subject ("that Minsk hand over"); the tagger may call it a noun. "are"
        # after a collective name is plural agreement ("the Group are the suspects"), never a subjunctive; nor is
        # a present verb after a coordinated subject ("the stance and the cues give") or under a present report
        # ("the townsfolk feel powerless, says X"): that is the present tense, unless the report verb asks for
        # something ("insists that the budget include")
        present = verb.tag_ in ("VBZ", "VBP") and lemma_of(verb) not in _MANDATIVE
        plural = plural_phrase(subj)
        if c.tag_ == "VB" and not (present and plural):  # "contends that the tests democratize hiring"
            return True
        if (
            c.tag_ in ("VBP", "NN")
            and subj.tag_ in ("NN", "NNP")
            and lemma_of(c) != "be"
            and not (present or plural)
            and not (c.tag_ == "NN" and any(a.dep_ in ("det", "amod", "poss") for a in c.children))
        ):
            return True  # not 'declared this action "a barbarity"': a noun with its determiner names, asks nothing
    return False


def _tensed_after_all(clause, subj) -> bool:
    """A bare-looking verb the rest of the clause shows tensed: a past or present verb coordinated with it ("the
    shark swam up and grabbed him", the tagger's VB for "swam"), or a modal the parser hung elsewhere ("I'd rather
    keep": "'d" under "I")."""
    return any(c.dep_ == "conj" and c.tag_ in ("VBD", "VBZ") for c in clause.children) or any(
        c.tag_ == "MD" for c in subj.children
    )
