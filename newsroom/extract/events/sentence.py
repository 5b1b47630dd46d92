"""Coding one sentence, as named passes: match triggers, drop nouns that only fill another trigger's pattern,
find the verbs that carry event nouns, read each trigger's modality, build the events.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import NamedTuple

from spacy.attrs import ORTH

from newsroom.extract.events.according import according_statements
from newsroom.extract.events.arguments import (
    RECEIVE_VERBS,
    at_behest_of,
    noun_agent,
    participation_verb,
    sender_of,
    under_attack,
)
from newsroom.extract.events.blame import censured, statement_codes, sufferer
from newsroom.extract.events.build import Candidate, build_event
from newsroom.extract.events.codebook import control_classes, light_verbs, word_set
from newsroom.extract.events.codes import (
    as_request,
    root_of,
)
from newsroom.extract.events.contended import contended
from newsroom.extract.events.deontic import deontic_events, deontic_targets, subjunctive_demand
from newsroom.extract.events.foreseen import foreseen
from newsroom.extract.events.main_event import keep_main_events
from newsroom.extract.events.matching import (
    Match,
    hyphen_joined,
    match_trigger,
    sense_checked,
    trigger_lemmas,
)
from newsroom.extract.events.modality import (
    Reading,
    in_brackets,
    is_hypothetical,
    is_question,
    read_modality,
    reported_by_self,
)
from newsroom.extract.events.parties import raw_actor_like
from newsroom.extract.events.quoted import quoted_statements
from newsroom.extract.events.resolver import Resolver
from newsroom.extract.events.sense_clues import describes
from newsroom.extract.events.stated_intent import states_own_intent
from newsroom.extract.events.states import state_carrier
from newsroom.extract.events.syntax import (
    acted_on,
    lemma_of,
    objects_of,
    pobj_of,
    prep_children,
    speaks_on,
    target_of_prep,
)
from newsroom.extract.events.unreal import aimed_at, noun_unreal, unreal
from newsroom.models import Event

_PREPARING_VERBS = word_set("preparing_verbs")


# Nouns of a run of acts whose kind a modifier names ("a stabbing spree", "a killing rampage").
_SPREE_NOUNS = word_set("spree_nouns")


_NAME_ENTS = frozenset({"ORG", "PERSON", "GPE", "FAC", "LAW", "EVENT", "WORK_OF_ART", "NORP", "PRODUCT"})


def _noun_reported(noun, carried: bool) -> bool:
    """Whether an event noun reports an event: carried by a light verb ("launched an attack"), the subject of its
    clause ("Israeli airstrikes killed ..."), a headline, or with an agent of its own ("attacks by X", "US
    sanctions", "Russia's invasion"); not a word inside a name ("Popular Mobilization Forces"), a background
    noun whose only owner is a pronoun ("through our investigation"), nor what someone is judged to be."""
    if noun.ent_iob_ in ("B", "I") and noun.ent_type_ in _NAME_ENTS:
        return False
    if noun.dep_ == "dobj" and lemma_of(noun.head) in _PREPARING_VERBS:
        return False  # "worked to arrange a meeting": not held (yet)
    if noun.dep_ == "oprd":
        return False  # "was deemed a threat (by X)": what someone is judged to be, no act of theirs
    if carried or under_attack(noun) or noun.dep_ in ("nsubj", "nsubjpass", "ROOT") or noun.head == noun:
        return True
    if target_of_prep(noun, ("between",)) is not None:
        return True
    # "attacks by X", "the suspension of trade by X", "US sanctions", "Russia's invasion"
    agent = noun_agent(noun)
    return agent is not None and agent.pos_ != "PRON"


class _Carriers(NamedTuple):
    """Event nouns whose source another verb supplies, by noun index."""

    carried: dict[int, object]  # -> the light verb carrying it ("launched an attack")
    received: dict[int, object]  # -> the verb whose subject received it ("received a demand from X")


@dataclass
class _Plan:
    """What the reading pass leaves for the build pass."""

    candidates: dict[int, Candidate] = field(default_factory=dict)
    absorbed: set[int] = field(default_factory=set)  # triggers and governors folded into another event
    # candidate -> the speech verb it is embedded under
    report_of: dict[int, int] = field(default_factory=dict)
    # control word -> the trigger it governs and is folded into ("willingness" -> "meet")
    governed: dict[int, int] = field(default_factory=dict)


def code_sentence(doc, sent, sent_index: int, actors: Resolver, published_at) -> list[Event]:
    """Events of one sentence, in named passes: match triggers, drop nouns that only fill another trigger's
    pattern, find the verbs that carry event nouns, read each trigger's modality, build the events."""
    matches = _match_triggers(sent, actors.lemmas, actors.words_in(sent, ORTH, ("-",)))
    if not matches:
        return according_statements(doc, sent, sent_index, actors, published_at) or quoted_statements(
            doc, sent, sent_index, actors, published_at
        )
    tokens = list(
        sent
    )  # only now: most sentences have no trigger, and a Token per word costs more than the test
    _drop_pattern_nouns(matches)
    carriers = _find_carriers(tokens, matches, actors.lemmas)
    actors.received = carriers.received
    plan = _read_triggers(doc, sent, matches, carriers, actors)
    demands = deontic_events(doc, sent, sent_index, tokens, actors, published_at)
    events = _build_events(doc, sent, sent_index, plan, actors, carriers.carried, published_at, set(demands))
    events += [e for verb in sorted(demands) for e in demands[verb]]
    return (
        events
        or according_statements(doc, sent, sent_index, actors, published_at)
        or quoted_statements(doc, sent, sent_index, actors, published_at)
    )


def _match_triggers(sent, lemmas: list[str], hyphens: list[int]) -> dict[int, Match]:
    """Lexicon matches by token index, in the sense the parse shows (sense.py). ``lemmas``: lemma_of by token
    index (Resolver.lemmas), and ``hyphens`` the indices of the sentence's "-" words, so that the words no lexicon
    row has are passed over without making a Token of them."""
    matches: dict[int, Match] = {}
    heads = trigger_lemmas()
    doc, start = sent.doc, sent.start
    for k, lemma in enumerate(lemmas[start : sent.end]):
        if lemma not in heads and (
            k < 2
            or start + k - 1 not in hyphens
            or hyphen_joined(doc[start + k]) not in heads  # no hyphen before: ""
        ):
            continue
        tok = doc[start + k]
        if tok.dep_ in ("aux", "auxpass"):
            continue
        m = match_trigger(tok)
        if m is not None:
            m = sense_checked(m)
        if m is not None:
            matches[tok.i] = m
    return matches


def _drop_pattern_nouns(matches: dict[int, Match]) -> None:
    """Nouns that only fill a coded verb's pattern ("imposed sanctions") are not separate events; but a row converted
    from PETRARCH2 never takes over a noun our own lexicon codes ("continued attacks": the attacks stand)."""
    for m in list(matches.values()):
        if m.pattern.pos != "V":
            continue
        nouns = [u.i for u in m.used if u.i in matches and matches[u.i].pattern.pos == "N"]
        if nouns and m.pattern.needs_dyad:
            del matches[m.tok.i]
            continue
        for i in nouns:
            del matches[i]
    for i, m in list(matches.items()):  # "the suspension of aid": the aid is what is suspended
        tok = m.tok
        if (
            m.pattern.pos == "N"
            and tok.dep_ == "pobj"
            and tok.head.lower_ == "of"
            and tok.head.head.i in matches
        ):
            del matches[i]


_DRAWING_VERBS = word_set("drawing_verbs")
_DRAWING_ROOTS = word_set("drawing_roots")


def _find_carriers(tokens, matches: dict[int, Match], lemmas: list[str]) -> _Carriers:
    """Light verbs hand their subject to the event noun they carry ("launched an attack") and lose their own
    unspecific match; "GitHub received a take-down notice from the RIAA", "the plan drew criticism from X": the
    sender acts. ``lemmas``: lemma_of
    by token index (Resolver.lemmas)."""
    lights = light_verbs()
    carriers = _Carriers({}, {})
    for tok in tokens:
        lemma = lemmas[tok.i]
        if (lemma in RECEIVE_VERBS or lemma in _DRAWING_VERBS) and tok.pos_ == "VERB":
            objects = [c for c in tok.children if c.dep_ == "dobj"]
            # "received a series of death threats from X": the noun a quantity is "of"
            inner = [a for o in objects for a in o.children if a.dep_ == "appos"] + [
                x for o in objects if o.i not in matches for x in objects_of(o, ("of",))
            ]
            for c in objects + inner:
                if (
                    c.i in matches
                    and matches[c.i].pattern.pos == "N"
                    and (lemma in RECEIVE_VERBS or root_of(matches[c.i].pattern.code) in _DRAWING_ROOTS)
                    and sender_of(c, tok) is not None
                ):
                    carriers.received[c.i] = tok
        m = matches.get(tok.i)
        if (
            m is not None
            and m.pattern.pos == "N"
            and (state := state_carrier(tok, m.pattern.code)) is not None
        ):
            carriers.carried[tok.i] = state  # "police were on high alert"
        if (
            m is not None
            and m.pattern.pos == "N"
            and m.pattern.code[:2] == "02"
            and at_behest_of(tok) is not None
        ):
            carriers.received[tok.i] = tok.head.head  # "dissolved parliament at the request of X": X asked
        if m is not None and m.pattern.pos == "N" and (joined := participation_verb(tok)) is not None:
            carriers.carried[tok.i] = joined  # "thousands took part in protests"
        if lemma == "go" and tok.pos_ == "VERB":  # "went on a stabbing spree": the spree's kind is the event
            for p in prep_children(tok):
                spree = pobj_of(p) if p.lower_ == "on" else None
                if spree is not None and lemma_of(spree) in _SPREE_NOUNS:
                    for c in spree.children:
                        if (
                            c.dep_ in ("compound", "amod")
                            and c.i in matches
                            and matches[c.i].pattern.pos == "N"
                        ):
                            carriers.carried[c.i] = tok
        if lemma in lights and tok.pos_ in ("VERB", "AUX") and not describes(tok):
            for c in tok.children:
                if c.dep_ not in ("dobj", "attr"):
                    continue
                # "announced $2 billion in aid", "held a round of talks"
                for noun in [c, *objects_of(c, ("of", "in"))]:
                    if noun.i in matches and matches[noun.i].pattern.pos == "N":
                        carriers.carried[noun.i] = tok
                        own = matches.get(tok.i)
                        if own is not None and own.pattern.specificity == 0:
                            del matches[tok.i]
                        break
    return carriers


def _background(m: Match, sent, carriers: _Carriers) -> bool:
    """A trigger that reports no event: asked about or conditional, an editor's gloss, a background noun."""
    tok = m.tok
    if is_hypothetical(tok, sent) or is_question(tok):
        return True
    if in_brackets(tok, sent):
        return True  # "I can do it [call a national emergency]": an editor's gloss
    # a background noun with no agent of its own ("through our investigation")
    return m.pattern.pos == "N" and not _noun_reported(
        tok, tok.i in carriers.carried or tok.i in carriers.received
    )


def _read_triggers(doc, sent, matches: dict[int, Match], carriers: _Carriers, actors: Resolver) -> _Plan:
    """Each trigger's reading (modality.py) as a candidate event, or absorbed into the event that governs it."""
    plan = _Plan()
    for i in sorted(matches):
        m = matches[i]
        tok = m.tok
        if _background(m, sent, carriers):
            plan.absorbed.add(i)
            continue
        # "would be launching an inquiry": the light verb carries the modality
        mod = carriers.carried.get(i, tok)
        reading = read_modality(m, mod)
        plan.absorbed |= reading.absorbed
        plan.governed.update(dict.fromkeys(reading.absorbed, i))
        if reading.report_head is not None:
            plan.report_of[i] = reading.report_head
        if reading.denied:
            continue  # the denial itself is coded on the governing verb
        if reading.demand is not None:
            plan.absorbed.add(i)
            gm = matches.get(reading.demand.i)
            if gm is not None:  # what is demanded only refines the demand's sub-code
                plan.candidates[reading.demand.i] = Candidate(
                    gm, as_request(reading.code, gm.pattern.code), reading.demand, [reading.demand, tok]
                )
            continue
        if _not_done(reading, m, mod, sent, doc, actors) or reading.goal_not_threat:
            plan.absorbed.add(i)
            continue
        code = reading.recoded()
        if code is None:
            plan.absorbed.add(i)
            continue
        plan.candidates[i] = Candidate(
            m, code, reading.anchor, reading.extra, transformed=reading.transformed
        )
    return plan


# Roots a purpose clause's act performs by the act it hangs on: "gathered to protest", "wrote to demand", "met to
# discuss", "called a news conference to deny".
_DONE_BY_AIMING = frozenset({"01", "02", "04", "10", "11", "12", "14"})


def _only_aimed(m: Match, mod) -> bool:
    """What the act it hangs on is for (unreal.aimed_at), unless that act performs it: a purpose of saying,
    asking, meeting, demanding or protesting, or support for a party ("changed its rules to support Governor X")."""
    root = root_of(m.pattern.code)
    if root in _DONE_BY_AIMING or not aimed_at(mod):
        return False
    return not (root == "05" and raw_actor_like(acted_on(mod)))


def _not_done(reading: Reading, m: Match, mod, sent, doc, actors: Resolver) -> bool:
    """Possible, conditional, counterfactual, negated by its clause, asked about, only planned (unreal.py), or
    foreseen by someone else (foreseen.py), held by another's claim or belief (contended.py); a modal in the actor's
    own reported words is an intent ("X said it would ...")."""
    reported = reading.report_head is not None
    self_report = reported and reported_by_self(mod, doc[reading.report_head], actors)
    return (
        unreal(mod, sent, reported or reading.intent_governed, self_report) is not None
        or (mod is not m.tok and noun_unreal(m.tok))
        or _only_aimed(m, mod)
        or foreseen(mod, actors)
        or (reported and contended(mod, doc[reading.report_head], actors))
    )


def _governs(cand: Candidate, plan: _Plan) -> list[int]:
    """Triggers of the same root class governed by the control noun a verb pattern needed ("expressed a
    willingness to meet"); not "declined X's offer to resign", a rejection of the offer."""
    if cand.match.pattern.pos != "V":
        return []
    governed = [plan.governed[u.i] for u in cand.match.used if u.i in plan.governed]
    return [
        g for g in governed if g in plan.candidates and root_of(plan.candidates[g].code) == root_of(cand.code)
    ]


def _build_events(
    doc, sent, sent_index, plan: _Plan, actors: Resolver, carried, published_at, demanding: set[int]
) -> list[Event]:
    """Events of the candidates. A speech verb is coded only when what it reports yields no event of its own
    ("X said Y attacked Z" is Y's attack; "X said he expected ..." with nothing coded is X's statement; "X said Y
    must ..." coded as a demand, by index in ``demanding``, else a statement, not a warning)."""
    built: dict[int, list[Event]] = {}
    reports_done: set[int] = set()
    speech = {
        i
        for i, c in plan.candidates.items()
        if control_classes().get(lemma_of(c.match.tok)) == "report" or speaks_on(c.match.tok)
    }
    for i, cand in sorted(plan.candidates.items()):
        if (i in plan.absorbed and cand.anchor.i == i) or i in speech:
            continue
        if _governs(cand, plan):
            continue  # deferred: coded only if what it governs is not
        ev = _claimed_judgement(doc, sent, sent_index, cand, actors, carried, published_at)
        ev = ev or _built(doc, sent, sent_index, cand, actors, carried, published_at)
        if ev:
            built[i] = ev
            if i in plan.report_of:
                reports_done.add(plan.report_of[i])
    for i, cand in sorted(plan.candidates.items()):
        # "expressed a willingness to meet Y": the meeting is the event; the expression only if it is not coded
        governed = _governs(cand, plan)
        if (
            governed
            and not (i in plan.absorbed and cand.anchor.i == i)
            and not any(g in built for g in governed)
        ):
            ev = _built(doc, sent, sent_index, cand, actors, carried, published_at)
            if ev:
                built[i] = ev
    for i in speech:
        cand = plan.candidates[i]
        if (
            (i in plan.absorbed and cand.anchor.i == i)
            or i in reports_done
            or i in demanding
            or (cand.code != "010" and deontic_targets(cand.match.tok))
        ):
            continue
        if cand.code == "010" and subjunctive_demand(cand.match.tok):
            cand = Candidate(cand.match, "100", cand.anchor, cand.extra, transformed=True)
        elif cand.code == "010" and states_own_intent(cand.match.tok, actors):
            cand = Candidate(cand.match, "030", cand.anchor, cand.extra, transformed=True)
        ev = _judging_statement(doc, sent, sent_index, cand, actors, carried, published_at)
        ev = ev or build_event(doc, sent, sent_index, cand, actors, carried, published_at)
        if ev:
            built[i] = ev
    _drop_nested_statements(plan, built)
    _drop_purpose_repeats(plan, built)
    _drop_subject_nouns(plan, built)
    _drop_manner_statements(plan, built, carried)
    keep_main_events(
        {i: plan.candidates[i].match.tok for i in built},
        {i: carried.get(i, plan.candidates[i].match.tok) for i in built},
        built,
    )
    return [e for i in sorted(built) for e in built[i]]


def _built(doc, sent, sent_index, cand: Candidate, actors: Resolver, carried, published_at) -> list[Event]:
    """The candidate's events; a row converted from PETRARCH2's dictionary only with a source and another actor as
    target, the condition under which PETRARCH itself codes it (its verbs are broad: "China needs uranium",
    "the changes would harm the economy" are no events)."""
    events = build_event(doc, sent, sent_index, cand, actors, carried, published_at)
    if events and cand.match.pattern.needs_dyad:
        events = [
            e
            for e in events
            if e.actor1_entity is not None and e.actor2_entity not in (None, e.actor1_entity)
        ]
    return events


def _claimed_judgement(doc, sent, sent_index, cand: Candidate, actors: Resolver, carried, published_at):
    """ "X claimed the closure was cruel", "X alleged that Y was corrupt": a claim that passes judgement is
    criticism or blame, as a statement's is (_judging_statement); else None."""
    if control_classes().get(lemma_of(cand.match.tok)) != "target_report":
        return None
    return _judging_statement(doc, sent, sent_index, cand, actors, carried, published_at)


def _judging_statement(doc, sent, sent_index, cand: Candidate, actors: Resolver, carried, published_at):
    """ "X said Y was behind the attack / was corrupt": X accusing or criticising Y (blame.py), when Y is an actor
    other than X; "X said the verdict was a mockery": X criticising, whoever is named; else None and the statement
    stands."""
    if cand.code != "010":
        return None
    for code, judged_tok in statement_codes(cand.match.tok):
        judged = Candidate(cand.match, code, cand.anchor, cand.extra, transformed=True)
        ev = build_event(doc, sent, sent_index, judged, actors, carried, published_at)
        said_of = [e for e in _said_of(judged_tok, actors) if e != ev[0].actor1_entity] if ev else []
        if said_of:  # the one blamed or judged is the target, not whom it was told to ("told Y that Z lied")
            kept: dict = {}  # one event per one judged: its own target if judged, else the first judged
            for e in ev:
                target = e.actor2_entity if e.actor2_entity in said_of else said_of[0]
                kept.setdefault(target, replace(e, actor2_entity=target))
            return list(kept.values())
    clause = censured(cand.match.tok)
    if clause is None:
        return None
    judged = Candidate(cand.match, "111", cand.anchor, cand.extra, transformed=True)
    ev = build_event(doc, sent, sent_index, judged, actors, carried, published_at)
    victim = sufferer(clause)
    spared = (actors.resolve(victim) if victim is not None else None, None)
    return [
        replace(e, actor2_entity=None) if e.actor2_entity in spared else e
        for e in ev
        if e.actor2_entity != e.actor1_entity
    ] or None


def _said_of(tok, actors: Resolver) -> list[int]:
    """Who a reported clause's subject names: itself, its owner ("Russia's fears"), its apposition or the one
    joined to it ("X and Y were behind")."""
    named = [tok, *(c for c in tok.children if c.dep_ in ("poss", "appos", "conj"))]
    return [e for t in named if (e := actors.resolve(t)) is not None]


def _drop_manner_statements(plan: _Plan, built: dict[int, list[Event]], carried) -> None:
    """ "X criticized Y, saying ...", "X rejected the plan, arguing ...", "criticised by X, as they claim ...": the
    statement is how or why the coded act was made, one event, not also a statement; so is the demand of a
    protest ("led protests ..., demanding a recount", "protests demanding ...")."""
    for i in sorted(built):
        tok = plan.candidates[i].match.tok
        reason = any(c.dep_ == "mark" and c.lower_ in ("as", "because") for c in tok.children)
        if tok.dep_ not in ("advcl", "acl") or not (tok.tag_ == "VBG" or reason):
            continue
        # the act is the verb the clause hangs on, or the event noun that verb carries
        heads = [tok.head.i] + [n for n, verb in carried.items() if verb.i == tok.head.i]
        acts = [b for h in heads if h in built and h != i for b in built[h] if b.cameo_code != "010"]
        said = all(a.cameo_code == "010" for a in built[i])
        protest_demand = all(a.cameo_code[:2] == "10" for a in built[i]) and all(
            b.cameo_code[:2] == "14" for b in acts
        )
        if (said or protest_demand) and any(
            a.actor1_entity == b.actor1_entity for a in built[i] for b in acts
        ):
            del built[i]


_VIEW_VERBS = word_set("view_verbs")


def _drop_nested_statements(plan: _Plan, built: dict[int, list[Event]]) -> None:
    """One statement per speaker: of a statement inside another by the same source the more telling one is kept
    ("X said she hopes ..." is X's hope, 013; "X said he did indicate to Y ..." the statement to Y; else the outer
    one); and a view someone else holds that a statement reports ("X said young people believed ...") is X's
    statement, not theirs (an opinion is no event a report is coded as)."""
    statements = {i for i in built if all(root_of(e.cameo_code) == "01" for e in built[i])}
    for i in sorted(statements):
        tok = plan.candidates[i].match.tok
        outer = next(
            (
                j
                for j in sorted(statements)
                if j != i and j in built and plan.candidates[j].match.tok in tok.ancestors
            ),
            None,
        )
        if (
            outer is None
            or i not in built
            or _two_kinds(tok, plan.candidates[outer].match.tok, built[i], built[outer])
        ):
            continue
        if {e.actor1_entity for e in built[i]} == {e.actor1_entity for e in built[outer]}:
            del built[min((i, outer), key=lambda k: (_telling(built[k]), k == outer))]
        elif lemma_of(tok) in _VIEW_VERBS:
            del built[i]


def _two_kinds(tok, outer, inner_events: list[Event], outer_events: list[Event]) -> bool:
    """ "denied the charges but admitted collaboration": two coordinated acts of their own kinds (016, 015), not one
    statement inside another."""
    codes = {e.cameo_code for e in inner_events} | {e.cameo_code for e in outer_events}
    return (
        tok.dep_ == "conj"
        and tok.head == outer
        and "010" not in codes
        and {e.cameo_code for e in inner_events}.isdisjoint(e.cameo_code for e in outer_events)
    )


def _telling(events: list[Event]) -> tuple[bool, bool]:
    """How much a statement says: a kind of its own (hope, regret, 01x) first, then a target."""
    return any(e.cameo_code != "010" for e in events), any(e.actor2_entity is not None for e in events)


def _drop_purpose_repeats(plan: _Plan, built: dict[int, list[Event]]) -> None:
    """ "marched on Congress to protest a bill": a purpose clause with the same code and source as the verb it
    explains is that one event told twice."""
    for i in sorted(built):
        tok = plan.candidates[i].match.tok
        head = plan.candidates.get(tok.head.i)
        if tok.dep_ not in ("advcl", "xcomp") or head is None or tok.head.i not in built or tok.head.i == i:
            continue
        if any(
            a.cameo_code == b.cameo_code and a.actor1_entity == b.actor1_entity
            for a in built[i]
            for b in built[tok.head.i]
        ):
            del built[i]


_FORCE_ROOTS = frozenset({"18", "19", "20"})


def _drop_subject_nouns(plan: _Plan, built: dict[int, list[Event]]) -> None:
    """ "A US helicopter attack killed four insurgents": the attack noun is the killing's subject, one act of
    force told twice; the verb's row, which names the victims, is kept."""
    for i in sorted(built):
        cand = plan.candidates[i]
        tok = cand.match.tok
        if cand.match.pattern.pos != "N" or tok.dep_ != "nsubj" or tok.head.i == i or tok.head.i not in built:
            continue
        if root_of(cand.code) in _FORCE_ROOTS and any(
            root_of(e.cameo_code) in _FORCE_ROOTS for e in built[tok.head.i]
        ):
            del built[i]
