"""TODO."""

from __future__ import annotations

from typing import NamedTuple

from newsroom.extract.events.arguments import (
    explicit_agent,
    has_of_object,
    noun_agent,
    participle_agents,
    sender_of,
    subject_of,
    under_attack,
)
from newsroom.extract.events.codebook import control_classes
from newsroom.extract.events.codes import root_of
from newsroom.extract.events.confidence import confidence
from newsroom.extract.events.dates import event_date_of
from newsroom.extract.events.implicit_targets import (
    CLAIM_NOUNS,
    COAGENT_ROOTS,
    CONDITIONAL_ROOTS,
    MUTUAL,
    RECIPROCAL_ROOTS,
    attacked_country,
    condition_subject,
    implicit_target,
    more_targets,
    names_other_party,
    partner_of,
)
from newsroom.extract.events.matching import Match
from newsroom.extract.events.modality import SPEAKER_PRONOUNS, speaker_of
from newsroom.extract.events.parties import (
    actor_like,
    agrees,
    both_sides,
    has_partner,
    is_generic,
    patient_noun,
    vehicle,
)
from newsroom.extract.events.resolver import Resolver
from newsroom.extract.events.syntax import child_of, lemma_of, target_of_prep, trigger_text_of
from newsroom.extract.events.targets import needs_target, noun_targets, rank_targets, verb_targets
from newsroom.models import Event

_VIOLENCE_ROOTS = frozenset({"18", "19", "20"})


class Candidate(NamedTuple):
    """A trigger read as an event, before its actors are resolved."""

    match: Match
    code: str
    anchor: object  # token whose clause supplies actor1 (the governor for "refused to meet")
    extra: list  # governor / negation tokens for trigger_text
    transformed: bool = False  # negated, refused, threatened, intended or stopped (modality.Reading)


def build_event(
    doc, sent, sent_index, cand: Candidate, actors: Resolver, carried, published_at
) -> list[Event]:
    m = cand.match
    tok = m.tok
    anchor = cand.anchor
    a1_fallback = False
    if m.pattern.pos == "N" and under_attack(tok):  # "Y came under fire from X"
        a1_tok = noun_agent(tok, ("from", "by")) or noun_agent(tok.head.head, ("from", "by"))
        targets = [t for t in [child_of(tok.head.head, "nsubj")] if t is not None]
    elif m.pattern.pos == "N" and tok.i in actors.received:  # "X received a demand from Y": Y demands of X
        receiver = actors.received[tok.i]
        a1_tok = sender_of(tok, receiver)
        targets = [t for t in [subject_of(receiver)] if t is not None] + noun_targets(tok, a1_tok)
    elif m.pattern.pos == "N":
        agent = noun_agent(tok)
        patient = None
        if agent is not None and agent.dep_ == "poss" and patient_noun(tok) and not has_of_object(tok):
            patient, agent = agent, explicit_agent(tok)  # "Khashoggi's killing": the possessor is the victim
        a1_tok = agent
        if a1_tok is None and tok.i in carried:
            a1_tok = subject_of(carried[tok.i])
        targets = ([patient] if patient is not None else []) + noun_targets(tok, agent)
        if tok.i in carried:
            targets += verb_targets(carried[tok.i])
        if a1_tok is None:
            between = target_of_prep(tok, ("between",))
            if between is not None:
                a1_tok = between
    else:
        a1_tok = subject_of(tok)
        if a1_tok is None and anchor != tok:
            a1_tok = subject_of(anchor)
        targets = verb_targets(tok, m.used)
        if anchor != tok and anchor.pos_ in ("VERB", "AUX"):
            targets += [t for t in verb_targets(anchor) if t.dep_ != "nsubjpass"]
        cls = control_classes().get(lemma_of(tok))
        if (
            cls in ("target_report", "deny_report", "demand") or cand.code == "100"
        ):  # "demanded that Y free ...", "alleged that Y ..."
            # "alleged Navalny was poisoned": the passive subject is the victim; the accused is its agent, if named
            targets += [
                s
                for c in tok.children
                if c.dep_ == "ccomp" and (s := child_of(c, "nsubj") or subject_of(c)) is not None
            ]
        if cls in (
            "intent",
            "threat",
            "refuse",
        ):  # "threatened to stop exports to Y": Y is the one threatened
            for c in tok.children:
                if c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in c.children):
                    targets += verb_targets(c)
    if a1_tok is not None and root_of(cand.code) in _VIOLENCE_ROOTS and vehicle(a1_tok):
        return []  # "struck by a Volvo XC90 driving on the wrong side": a road accident
    if (
        a1_tok is not None
        and a1_tok.pos_ == "PRON"
        and a1_tok.lower_ in ("they", "he", "she")
        and tok.dep_ == "advcl"
    ):
        main = subject_of(tok.head) if tok.head.pos_ in ("VERB", "AUX") else None
        if main is not None and main.pos_ != "PRON" and agrees(main, a1_tok):
            a1_tok = main  # "protesters gathered ..., blocking the exits as they chanted slogans"
    a1 = actors.resolve(a1_tok) if a1_tok is None or not is_generic(a1_tok) else None
    if a1 is None and a1_tok is not None:  # "a car bomb planted by X exploded": X acts
        a1_tok = next(iter(participle_agents(a1_tok)), a1_tok)
        a1 = actors.resolve(a1_tok)
    if a1 is None and a1_tok is not None and a1_tok.lower_ in SPEAKER_PRONOUNS:
        speaker = speaker_of(anchor)
        if speaker is not None and speaker != a1_tok:
            a1 = actors.resolve(speaker)
            a1_fallback = a1 is not None
    if a1 is None:
        return []
    targets = rank_targets(cand.code, targets, a1_tok)
    a2 = None
    if (
        a1_tok is not None
        and root_of(cand.code) in RECIPROCAL_ROOTS
        and (
            root_of(cand.code) not in COAGENT_ROOTS
            or lemma_of(tok) in MUTUAL
            or any(lemma_of(t) in MUTUAL for t in anchor.subtree)
        )
    ):
        a2 = partner_of(
            a1_tok, a1, actors
        )  # "Kyrgyz and Tajik guards clashed near X": the partner, not the place
    a2_tok = None
    for t in [] if a2 is not None else targets:
        if a1_tok is not None and t == a1_tok:
            continue
        if root_of(cand.code) in _VIOLENCE_ROOTS and t.ent_type_ in ("FAC", "LOC"):
            continue  # "carried out the airstrike at Baghdad International Airport": a place, not the victim
        if is_generic(t):
            continue  # "the House impeaches an official": nobody in particular
        value = actors.resolve(t)
        if value == a1 and actors.pair is not None and both_sides(t):
            value = actors.pair[1]  # "X urged both sides": X is one of them, so the other
        if value is not None and actors.own_country(a1, value):
            continue  # "Corbyn called the move ... on our democracy": his own country is not the target
        if value is not None and value != a1:
            a2, a2_tok = value, t
            break
    if a2 is None and actors.pair is not None and both_sides(a1_tok) and a1 == actors.pair[0]:
        a2 = actors.pair[1]  # "the two sides agreed": each acts towards the other
    if a2 is None and m.pattern.pos == "V":
        a2 = implicit_target(tok, cand.code, a1, actors)
    if (
        a2 is None
        and actors.accuser not in (None, a1)
        and any(lemma_of(t) in CLAIM_NOUNS and child_of(t, "poss") is None for t in targets)
    ):
        a2 = actors.accuser
    if a2 is None and root_of(cand.code) in _VIOLENCE_ROOTS:
        a2 = attacked_country(sent, a1, actors)
    if a2 is None and root_of(cand.code) in CONDITIONAL_ROOTS:
        a2 = condition_subject(cand.anchor, a1, actors)
    if (
        a2 is None
        and needs_target(cand.code, cand.transformed)
        and not (
            has_partner(a1_tok)
            or any(t is not a1_tok and (actor_like(t) or lemma_of(t) in CLAIM_NOUNS) for t in targets)
        )
    ):
        return []  # a meeting, cooperation, disapproval or rejection with nobody on the other side
    direct = (
        a1_tok is not None
        and not a1_fallback
        and (a1_tok.head in (tok, anchor) or (a1_tok.dep_ == "pobj" and a1_tok.head.head in (tok, anchor)))
    )
    conf = confidence(
        specific=bool(m.pattern.specificity),
        target=a2 is not None,
        source_direct=direct,
        source_named=a1_tok is not None
        and any(
            t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
            for t in [a1_tok, *(c for c in a1_tok.children if c.dep_ in ("appos", "compound", "poss"))]
        ),
        noun=m.pattern.pos == "N",
        carried=tok.i in carried,
        transformed=cand.transformed,
        statement=cand.code == "010",
        reported=speaker_of(tok) is not None,
        pronoun_source=a1_tok is not None and a1_tok.pos_ == "PRON",
        other_names=a2 is None and names_other_party(sent, a1_tok, a1, actors),
    )
    words = [tok, *cand.extra, *m.used] if m.pattern.pos == "V" else [tok, *cand.extra]
    words = [w for w in words if sent.start <= w.i < sent.end]
    governors = [w for w in cand.extra if w.pos_ in ("VERB", "AUX", "ADJ")]
    speaker_verb = tok.head if tok.dep_ in ("ccomp", "parataxis") else None
    date_text = event_date_of(
        tok,
        governors + ([speaker_verb] if speaker_verb is not None else []),
        published_at,
        actors.dates.get(sent.start, []),
    )
    trigger = trigger_text_of(doc, words)
    return [
        Event(
            sentence_index=sent_index,
            actor1_entity=a1,
            actor2_entity=target,
            cameo_code=cand.code,
            trigger_text=trigger,
            sentence_text=sent.text.strip(),
            confidence=conf,
            event_date=date_text,
        )
        for target in [a2, *more_targets(a2_tok, {a1, a2}, actors)]
    ]
