"""TODO."""

from __future__ import annotations

from newsroom.extract.events.arguments import RECEIVE_VERBS, SUBJ_DEPS, noun_agent, sender_of, under_attack
from newsroom.extract.events.build import Candidate, build_event
from newsroom.extract.events.codebook import control_classes, light_verbs
from newsroom.extract.events.codes import (
    STOPPED_BY_CODE,
    STOPPED_BY_ROOT,
    THREAT_BY_ROOT,
    as_intent,
    as_rejection,
    as_request,
    as_threat,
    root_of,
)
from newsroom.extract.events.deontic import deontic_events, deontic_targets, subjunctive_demand
from newsroom.extract.events.matching import Match, match_trigger, sense_checked
from newsroom.extract.events.modality import (
    INTENT_AUX,
    WEAK_INTENT,
    governor_of,
    in_brackets,
    is_hypothetical,
    is_question,
    reported_by_self,
)
from newsroom.extract.events.resolver import Resolver
from newsroom.extract.events.sense import describes
from newsroom.extract.events.syntax import (
    child_of,
    has_aux,
    is_negated,
    lemma_of,
    no_longer,
    pobj_of,
    prep_children,
    target_of_prep,
)
from newsroom.extract.events.unreal import noun_unreal, unreal
from newsroom.models import Event

_PREPARING_VERBS = frozenset(
    "arrange plan schedule propose seek request prepare organise organize want cancel postpone".split()
)


_NAME_ENTS = frozenset({"ORG", "PERSON", "GPE", "FAC", "LAW", "EVENT", "WORK_OF_ART", "NORP", "PRODUCT"})


def _noun_reported(noun, carried: bool) -> bool:
    """Whether an event noun reports an event: carried by a light verb ("launched an attack"), the subject of its
    clause ("Israeli airstrikes killed ..."), a headline, or with an agent of its own ("attacks by X", "US
    sanctions", "Russia's invasion"); not a word inside a name ("Popular Mobilization Forces") nor a background
    noun whose only owner is a pronoun ("through our investigation")."""
    if noun.ent_iob_ in ("B", "I") and noun.ent_type_ in _NAME_ENTS:
        return False
    if noun.dep_ == "dobj" and lemma_of(noun.head) in _PREPARING_VERBS:
        return False  # "worked to arrange a meeting": not held (yet)
    if carried or under_attack(noun) or noun.dep_ in ("nsubj", "nsubjpass", "ROOT") or noun.head == noun:
        return True
    if target_of_prep(noun, ("between",)) is not None:
        return True
    agent = noun_agent(
        noun
    )  # "attacks by X", "the suspension of trade by X", "US sanctions", "Russia's invasion"
    return agent is not None and agent.pos_ != "PRON"


def code_sentence(doc, sent, sent_index: int, actors: Resolver, published_at) -> list[Event]:
    tokens = list(sent)
    matches: dict[int, Match] = {}
    for tok in tokens:
        if tok.dep_ in ("aux", "auxpass"):
            continue
        m = match_trigger(tok)
        if m is not None:
            m = sense_checked(m)
        if m is not None:
            matches[tok.i] = m
    if not matches:
        return []
    lights = light_verbs()

    # Nouns that only fill a coded verb's pattern ("imposed sanctions") are not separate events;
    # light verbs hand their subject to the event noun they carry ("launched an attack").
    carried: dict[int, object] = {}
    for m in list(matches.values()):
        if m.pattern.pos != "V":
            continue
        for u in m.used:
            if u.i in matches and matches[u.i].pattern.pos == "N":
                del matches[u.i]
    for i, m in list(matches.items()):  # "the suspension of aid": the aid is what is suspended
        tok = m.tok
        if (
            m.pattern.pos == "N"
            and tok.dep_ == "pobj"
            and tok.head.lower_ == "of"
            and tok.head.head.i in matches
        ):
            del matches[i]
    received: dict[int, object] = {}  # "GitHub received a take-down notice from the RIAA": the sender acts
    for tok in tokens:
        if lemma_of(tok) in RECEIVE_VERBS and tok.pos_ == "VERB":
            objects = [c for c in tok.children if c.dep_ == "dobj"]
            for c in objects + [a for o in objects for a in o.children if a.dep_ == "appos"]:
                if c.i in matches and matches[c.i].pattern.pos == "N" and sender_of(c, tok) is not None:
                    received[c.i] = tok
        if lemma_of(tok) in lights and tok.pos_ in ("VERB", "AUX") and not describes(tok):
            for c in tok.children:
                if c.dep_ not in ("dobj", "attr"):
                    continue
                # "announced $2 billion in aid", "held a round of talks"
                for noun in [c] + [
                    o for p in prep_children(c) if p.lower_ in ("of", "in") and (o := pobj_of(p)) is not None
                ]:
                    if noun.i in matches and matches[noun.i].pattern.pos == "N":
                        carried[noun.i] = tok
                        own = matches.get(tok.i)
                        if own is not None and own.pattern.specificity == 0:
                            del matches[tok.i]
                        break

    actors.received = received
    candidates: dict[int, Candidate] = {}
    absorbed: set[int] = set()
    report_of: dict[int, int] = {}  # candidate -> the speech verb it is embedded under
    for i in sorted(matches):
        m = matches[i]
        tok = m.tok
        code = m.pattern.code
        if is_hypothetical(tok, sent) or is_question(tok):
            absorbed.add(i)
            continue
        if in_brackets(tok, sent):
            absorbed.add(i)  # "I can do it [call a national emergency]": an editor's gloss
            continue
        if m.pattern.pos == "N" and not _noun_reported(tok, i in carried or i in received):
            absorbed.add(i)  # a background noun with no agent of its own ("through our investigation")
            continue
        mod = carried.get(
            i, tok
        )  # "would be launching an inquiry": the light verb carries the noun's modality
        extra = [
            c
            for c in tok.children
            if c.dep_ in ("neg", "prt") or (c.dep_ == "aux" and c.lower_ in INTENT_AUX)
        ]
        extra += [c for c in prep_children(tok) if c.lower_ in m.pattern.preps]
        neg = is_negated(tok) or (mod is not tok and is_negated(mod))
        stopped = no_longer(tok)
        intent = has_aux(mod, INTENT_AUX)
        if (
            tok.dep_ == "conj"
            and tok.head.pos_ in ("VERB", "AUX")
            and child_of(tok, *SUBJ_DEPS) is None
            and tok.tag_ in ("VB", "VBG", "VBN")
        ):
            neg = neg or is_negated(tok.head)  # "will no longer advocate or provide"
            stopped = stopped or no_longer(tok.head)
            intent = intent or has_aux(tok.head, INTENT_AUX)
        refuse = threat = False
        weak_intent = intent_governed = False
        anchor = tok
        demand_gov = None
        denied = False
        g = carried.get(i, tok)  # "ready to resume talks": the light verb carries the noun into the chain
        for _ in range(6):
            gov = governor_of(g)
            if gov is None:
                break
            head, cls = gov
            if cls in ("report", "target_report"):
                report_of[i] = head.i
                break
            extra.append(head)
            if cls == "deny_report":
                denied = True
                anchor = head
                break
            if cls == "demand":
                demand_gov = head
                break
            absorbed.add(head.i)
            anchor = head
            stopped = stopped or no_longer(head)
            if is_negated(head):
                neg = not neg
            if has_aux(head, INTENT_AUX):
                intent = True
            if cls == "intent":
                intent = intent_governed = True
                weak_intent = weak_intent or lemma_of(head) in WEAK_INTENT
            elif cls == "refuse":
                refuse = True
            elif cls == "threat":
                threat = True
            elif cls == "consider":
                code, intent, neg = "014", False, False
                break
            g = head.head if head.pos_ == "ADJ" and head.dep_ in ("acomp", "amod") else head
        if denied:
            continue  # the denial itself is coded on the governing verb
        if demand_gov is not None:
            absorbed.add(i)
            gm = matches.get(demand_gov.i)
            if gm is not None:  # what is demanded only refines the demand's sub-code
                candidates[demand_gov.i] = Candidate(
                    gm, as_request(code, gm.pattern.code), demand_gov, [demand_gov, tok]
                )
            continue
        # Not done: possible, conditional, counterfactual, negated by its clause, asked about, only planned
        # (event_checks.unreal); a modal in the actor's own reported words is an intent ("X said it would ...").
        self_report = i in report_of and reported_by_self(mod, doc[report_of[i]], actors)
        if unreal(mod, sent, i in report_of or intent_governed, self_report) is not None or (
            mod is not tok and noun_unreal(tok)
        ):
            absorbed.add(i)
            continue
        if (
            (weak_intent or (intent and root_of(code) == "15"))
            and not threat
            and root_of(code) in THREAT_BY_ROOT
        ):
            absorbed.add(i)  # "seeks to retake control", "hopes to strike": a goal, not a threat
            continue
        transformed = neg or refuse or threat or intent or stopped
        if stopped and root_of(code) in STOPPED_BY_ROOT:
            new = STOPPED_BY_CODE.get(code, STOPPED_BY_ROOT[root_of(code)])
        elif threat:
            new = as_threat(code)
        elif neg or refuse:
            new = as_rejection(code, explicit=refuse)
        elif intent:
            new = as_intent(code)
        else:
            new = code
        if new is None:
            absorbed.add(i)
            continue
        candidates[i] = Candidate(m, new, anchor, extra, transformed=transformed)

    # A speech verb is coded only when what it reports yields no event of its own
    # ("X said Y attacked Z" is Y's attack; "X said he expected ..." with nothing coded is X's statement).
    built: dict[int, list[Event]] = {}
    reports_done: set[int] = set()
    speech = {i for i, c in candidates.items() if control_classes().get(lemma_of(c.match.tok)) == "report"}
    for i, cand in sorted(candidates.items()):
        if (i in absorbed and cand.anchor.i == i) or i in speech:
            continue
        ev = build_event(doc, sent, sent_index, cand, actors, carried, published_at)
        if ev:
            built[i] = ev
            if i in report_of:
                reports_done.add(report_of[i])
    for i in speech:
        cand = candidates[i]
        if (i in absorbed and cand.anchor.i == i) or i in reports_done or deontic_targets(cand.match.tok):
            continue
        if cand.code == "010" and subjunctive_demand(cand.match.tok):
            cand = Candidate(cand.match, "100", cand.anchor, cand.extra, transformed=True)
        ev = build_event(doc, sent, sent_index, cand, actors, carried, published_at)
        if ev:
            built[i] = ev
    events = [e for i in sorted(built) for e in built[i]]
    events += deontic_events(doc, sent, sent_index, tokens, actors, published_at)
    return events
