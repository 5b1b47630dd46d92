"""Target candidates of a verb or event noun, best first, re-ranked where the code says which argument is the
other party; and the codes that mean nothing without one.
"""

from __future__ import annotations

from collections.abc import Iterable

from newsroom.extract.events.antecedents import answerer, earlier_author
from newsroom.extract.events.arguments import (
    MESSAGE_NOUNS,
    RECEIVE_VERBS,
    bare_participle_subject,
    message_sender,
    misread_addressee,
    opposed_modifiers,
    participle_agents,
    raised_patient,
)
from newsroom.extract.events.coagents import continues_agent
from newsroom.extract.events.codebook import control_classes, lexicon, word_set
from newsroom.extract.events.codes import root_of
from newsroom.extract.events.context import embedded_subjects
from newsroom.extract.events.parties import raw_actor_like
from newsroom.extract.events.resolver import COUNT_PREPS as _COUNT_PREPS
from newsroom.extract.events.resolver import DIPLOMAT_NOUNS, counted_elsewhere
from newsroom.extract.events.sense_clues import AUDIENCES
from newsroom.extract.events.sought import sought
from newsroom.extract.events.syntax import (
    child_of,
    is_passive,
    lemma_of,
    objects_of,
    pobj_of,
    prep_children,
    prep_targets,
    target_of_prep,
)

# Prepositions that introduce a target, best first ("sanctions on Y", "talks with Y").
_TARGET_PREPS = (
    "against",
    "with",
    "to",
    "on",
    "upon",
    "toward",
    "towards",
    "at",
    "into",
    "over",
    "from",
    "for",
    "of",
    "around",
    "outside",
    "near",
    "along",
    "between",
    "through",
    "about",
)


_NOUN_TARGET_PREPS = (
    "against",
    "on",
    "upon",
    "with",
    "to",
    "toward",
    "towards",
    "at",
    "into",
    "of",
    "over",
    "for",
    "about",
)


_PATIENT_POS = frozenset({"NOUN", "PROPN", "PRON"})
# Verbs whose object is whom a statement is made to: "told reporters", "briefed journalists".
_TELLING = frozenset({"tell", "brief"})


def _audience(verb, obj) -> bool:
    """The object of a telling verb is an audience named by a common noun ("told reporters", "told the press",
    "told the crowd"): whom the statement is made to, not a party it is about (coders leave such a target
    empty); "told Iran", "told the minister" stay targets, and so does an audience told to do something ("told
    reporters to back off"), whom the demand is made of."""
    return (
        lemma_of(verb) in _TELLING
        and obj.pos_ == "NOUN"
        and lemma_of(obj) in AUDIENCES
        and not any(c.dep_ == "xcomp" for c in verb.children)
    )


def verb_targets(verb, used: Iterable = ()) -> list:
    """Target candidates, best first: passive subject, object, prepositional targets, the object's own
    targets ("imposed sanctions on Y", "hosted talks between X and Y"), then nouns the pattern required."""
    used_i = {u.i for u in used}
    out = []
    if is_passive(verb):
        patient = child_of(verb, "nsubjpass")
        if patient is not None and patient.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
            patient = verb.head  # "Carrie Lam, who is supported by Beijing"
        elif patient is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
            # "Turkey is under sanctions and was condemned by X"; "he fled but was chased and shot by X"
            patient = _shared_subject(verb)
        elif patient is None and verb.dep_ in ("advcl", "pcomp") and verb.head.pos_ in ("VERB", "AUX", "ADP"):
            clause = verb.head.head if verb.head.pos_ == "ADP" else verb.head
            # "journalists were injured after being attacked by X"
            patient = child_of(clause, "nsubjpass", "nsubj")
        elif patient is None and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in _PATIENT_POS:
            # "fifteen sailors seized by Iran", "a man arrested by police": the noun it describes
            patient = verb.head
        out.append(patient)
    # "X were reported killed"; "journalists kidnapped in Iraq arrived home"
    out += [p for p in [raised_patient(verb), bare_participle_subject(verb)] if p is not None]
    if (sought_against := sought(verb)) is not None:
        out.append(sought_against[0])  # "looked for a man to attack": the man
    objects = [
        c
        for c in verb.children
        if c.dep_ in ("dobj", "dative", "attr")
        or (c.dep_ == "oprd" and c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"))
    ]
    # "sent aid to Turkey": the parser marks the recipient's preposition as the dative; the recipient is its object
    objects = [pobj_of(c) if c.dep_ == "dative" and c.pos_ == "ADP" else c for c in objects]
    objects = [c for c in objects if c is not None and not _audience(verb, c)]
    if not objects:
        objects = _object_read_as_subject(verb) or _shared_object(verb)
    # "Cyprus, which Turkey does not recognize": the relative pronoun stands for Cyprus
    if verb.dep_ == "relcl":
        objects = [verb.head if c.tag_ in ("WDT", "WP") and c.dep_ == "dobj" else c for c in objects]
    out += [c for c in objects if c.i not in used_i]
    # "prosecuted by X from the Civil Rights Division": the division is X's, not a target
    by_prep = {p: o for p, o in prep_targets(verb).items() if not continues_agent(o.head)}
    out += [by_prep[prep] for prep in _TARGET_PREPS if prep in by_prep]
    out += [  # "arrested over 500": a count (no party of its own, so no prepositional target) of 500 rebels
        n
        for p in prep_children(verb)
        if p.lower_ in _COUNT_PREPS
        and (o := pobj_of(p)) is not None
        and (n := counted_elsewhere(o)) is not None
    ]
    out += fronted(verb)
    for c in verb.children:  # "accused Y of ...", "met Y in ..."; object of "with" under a particle
        if c.dep_ == "prt":
            obj = target_of_prep(c, _TARGET_PREPS)
            if obj is not None:
                out.append(obj)
    out += embedded_subjects(verb) + for_to_subjects(verb)
    for c in objects:  # "launched missiles targeting US troops"
        out += clause_objects(c)
    out += addressees(verb) + met_to_ask(verb) + [a for a in [answerer(verb)] if a is not None]
    for c in objects + [u for u in used if u.i not in {o.i for o in objects}]:
        found = noun_targets(c, None)
        if c.i in used_i and lemma_of(c) in _STATEMENT_NOUNS:
            # "issued a statement, read by X": who reads or signs the statement the trigger makes speaks for its
            # maker; the agent of "rejected a statement made by X" is still its author
            readers = {a.i for a in participle_agents(c)}
            found = [t for t in found if t.i not in readers]
        out += found
        # "rejected an offer by X", "turned down calls from X", "welcomed the proposal from X": its author
        out += objects_of(c, ("by", "from"))
        out += agent_after(verb, c)
        out += [a for a in [earlier_author(c)] if a is not None]  # "X offered ..., but Y rejected the offer"
    out += [
        d
        for prep in _TARGET_PREPS
        if prep in by_prep and _thing(by_prep[prep])
        for d in doers_of(by_prep[prep])
    ]
    out += [u for u in used if u.pos_ in ("NOUN", "PROPN")]
    return [t for t in out if t is not None]


# Prepositions that aim an act at what they name ("opened fire on", "shot at", "rammed into").
_AIMED_PREPS = ("on", "at", "against", "into")


def riders(verb) -> list:
    """Who is in what an act of force was aimed at, named by an -ing participle on it: "opened fire on a convoy
    carrying the governor", "on the convoy of vehicles transporting X" is aimed at X (neither the convoy nor its
    vehicles is a party). Not for other acts: "warned against campaigns targeting the military" is no warning to
    the military."""
    by_prep = prep_targets(verb)
    return [o for prep in _AIMED_PREPS if prep in by_prep for o in _carried_by(by_prep[prep])]


# Prepositions that put what was struck inside a named place ("villages in X", "targets across X").
_WITHIN_PREPS = frozenset({"in", "across", "throughout", "inside", "around"})
_STRUCK_PLACES = word_set("struck_places")


def struck_within(verb) -> list:
    """The named place that holds the places an act of force hit: "shelled villages in eastern X", "struck targets
    across X", "attacked villages in and around X" are aimed at X's party, for the villages or targets are no party.
    The place may hang on the verb or on what was hit; not after an object that is a party or a thing ("fired shots
    in X", "killed three soldiers in X" say where)."""
    hit = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not any(lemma_of(h) in _STRUCK_PLACES and not h.ent_type_ for h in hit):
        return []
    preps = [p for h in [verb, *hit] for p in prep_children(h) if p.lower_ in _WITHIN_PREPS]
    preps += [c for p in preps for c in p.children if c.dep_ == "conj" and c.lower_ in _WITHIN_PREPS]
    return [o for p in preps if (o := pobj_of(p)) is not None and o.ent_type_ in ("GPE", "LOC", "NORP")]


def _carried_by(noun) -> list:
    """Objects of the -ing participles on the noun or on its "of" noun."""
    holders = [noun, *objects_of(noun, ("of",))]
    return [
        o
        for h in holders
        for v in h.children
        if v.dep_ == "acl" and v.tag_ == "VBG"
        for o in v.children
        if o.dep_ == "dobj"
    ]


_ATTEMPT_NOUNS = frozenset({"attempt", "bid"})


def attempted_on(verb) -> list:
    """Whom an act of force was an attempt on: "opened fire ... in an assassination attempt on the life of X",
    "... in an attempt on X's life", "in a bid on X" are aimed at X. The attempt must hang on the verb through
    prepositions only (not on its subject or object: "the man behind an attempt on X fled"), and X must be named."""
    out = []
    for t in verb.subtree:
        if t.dep_ != "pobj" or lemma_of(t) not in _ATTEMPT_NOUNS:
            continue
        path, up = True, t
        while up.head != verb:
            if up.dep_ not in ("pobj", "prep") or up.head == up:
                path = False
                break
            up = up.head
        if not path or up.dep_ != "prep":
            continue
        on = _prep_object(t, ("on", "upon"))
        if on is not None and lemma_of(on) == "life":
            on = _prep_object(on, ("of",)) or child_of(on, "poss")
        if on is not None and any(w.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for w in on.subtree):
            out.append(on)  # named: a bare role ("the governor's life") is left to the article's own reading
    return out


def _prep_object(tok, preps: tuple[str, ...]):
    prep = next((p for p in prep_children(tok) if p.lower_ in preps), None)
    return None if prep is None else pobj_of(prep)


def thing_asked_with(clause) -> list:
    """Who a thing asked for is to be done with, when the asked clause's subject is that thing: "asked that
    negotiations be reopened with Y", "called for that talks be held with Y" make the request of Y; a clause whose
    subject is a party ("asked that Y free ...") names its target already."""
    subj = child_of(clause, "nsubjpass")
    if subj is None or subj.pos_ != "NOUN" or raw_actor_like(subj) or not is_passive(clause):
        return []
    return [o for p in prep_children(clause) if p.lower_ == "with" and (o := pobj_of(p)) is not None]


def examples_of(noun) -> list:
    """The named members a general noun is shown by: "invested in companies such as A and B", "fined banks like A";
    the parser may hang a "like" phrase set off by commas on the verb ("Celebrities, like A and B, were fined").
    The noun names no party; its members are the ones acted on."""
    if noun.pos_ != "NOUN" or noun.ent_type_:
        return []
    doc, end = noun.doc, noun.right_edge.i
    holders = [noun]
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj") and end + 1 < len(doc) and doc[end + 1].lower_ == ",":
        holders.append(noun.head)
    return [
        o
        for h in holders
        for p in prep_children(h)
        if (p.lower_ == "like" or (p.lower_ == "as" and any(c.lower_ == "such" for c in p.children)))
        and (h is noun or p.i == end + 2)
        and (o := pobj_of(p)) is not None
    ]


def addressees(verb) -> list:
    """Whom the message an -ing clause describes was sent to: "wrote to X asking ...", "sent a letter Monday to X
    demanding ...", "delivered a letter to X calling for ...". The parser hangs the clause on the verb or on the
    letter, and "to X" on the verb (as a preposition or its dative) or on the letter."""
    if verb.tag_ != "VBG":
        return []
    if message_sender(verb) is not None:
        return [verb.head]
    if (misread := misread_addressee(verb)) is not None:  # the parser made the addressee the clause's subject
        return [misread[1]]
    if verb.dep_ == "advcl" and verb.head.pos_ in ("VERB", "AUX"):
        sender = verb.head
    elif verb.dep_ == "acl" and lemma_of(verb.head) in MESSAGE_NOUNS and verb.head.dep_ == "dobj":
        sender = verb.head.head
    else:
        return []
    letters = [
        c for c in sender.children if c.dep_ == "dobj" and lemma_of(c) in MESSAGE_NOUNS and c.i < verb.i
    ]
    return [
        o
        for h in [sender, *letters]
        for p in h.children
        if p.lower_ == "to"
        and p.dep_ in ("prep", "dative")
        and p.i < verb.i
        and (o := pobj_of(p)) is not None
    ]


def met_to_ask(verb) -> list:
    """Whom a meeting was held with to ask something: "met with X on Monday to request that ...", "met X to urge
    ..." — the request's purpose clause is put to the one met. Only a verb of asking (``cameo_control`` class
    demand) as the "to" clause of "meet"/"visit"; its own object or addressee comes first."""
    if verb.tag_ != "VB" or verb.dep_ not in ("advcl", "xcomp") or child_of(verb, "aux") is None:
        return []
    if control_classes().get(lemma_of(verb)) != "demand" or lemma_of(verb.head) not in ("meet", "visit"):
        return []
    meeting = verb.head
    return [
        o
        for c in meeting.children
        if c.i < verb.i
        and (
            (c.dep_ == "dobj" and (o := c) is not None)
            or (c.dep_ == "prep" and c.lower_ == "with" and (o := pobj_of(c)) is not None)
        )
    ]


def _shared_subject(verb):
    """The subject a coordinated verb shares with the verbs it is joined to, climbing the chain ("he tried to flee
    but was chased and shot by X": "he"); the noun a relative pronoun stands for ("the territory, which belonged
    to X and was occupied by Y": the territory)."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head
        subject = child_of(clause, "nsubjpass", "nsubj")
        if subject is not None:
            if subject.tag_ in ("WDT", "WP") and clause.dep_ == "relcl":
                return clause.head
            return subject
    return None


def _object_read_as_subject(verb) -> list:
    """The object the parser gave to a following -ing clause as its subject: in "criticised opposition politicians
    saying ..." the politicians are what was criticised (the noun phrase starts right after the verb)."""
    return [
        s
        for c in verb.children
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > verb.i
        for s in c.children
        if s.dep_ == "nsubj" and s.pos_ in ("NOUN", "PROPN") and s.left_edge.i == verb.i + 1
    ]


def _shared_object(verb) -> list:
    """The object of the verb coordinated after this one, which the parser hangs on the last verb only: in "shot
    and killed a man", "insulted, mocked and harassed Jones" the man and Jones are every verb's."""
    doc = verb.doc
    head = verb.head if verb.dep_ == "conj" else verb
    i = verb.i + 1
    while i < len(doc) and (doc[i].lower_ in (",", "and", "or") or _bare_conjunct(doc[i], head)):
        i += 1
    second = doc[i] if i < len(doc) else None
    if (
        second is None
        or second.dep_ != "conj"
        or second.head.i not in (verb.i, head.i)
        or second.pos_ != "VERB"
        or not any(doc[j].lower_ in ("and", "or") for j in range(verb.i + 1, second.i))
    ):
        return []
    if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children) or any(
        c.dep_ in ("nsubj", "nsubjpass", "ccomp", "xcomp") for c in second.children
    ):
        return []  # "said and he left", "agreed and wanted to ...": not one act done twice to the same party
    return [c for c in second.children if c.dep_ == "dobj"]


def _bare_conjunct(tok, head) -> bool:
    """A verb in the middle of a list of verbs ("insulted, [mocked], and harassed"): nothing of its own but commas."""
    return (
        tok.dep_ == "conj"
        and tok.head.i == head.i
        and tok.pos_ == "VERB"
        and all(c.dep_ in ("punct", "cc") for c in tok.children)
    )


# Acts done against someone to punish or remove them ("impeachment", "prosecute"): an appeal or demand for one is
# aimed at whom it is to be done to, unlike one for a release or for a victim's justice.
PUNITIVE_ACTS = word_set("punitive_acts")
_HAVING_VERBS = word_set("having_verbs")
_FACT_NOUNS = word_set("fact_nouns")
_STATEMENT_NOUNS = word_set("statement_nouns")


def for_to_subjects(verb) -> list:
    """Who is to act in a "for X to do" clause on the verb: "called for the rebels to lay down their arms", "paid
    for the refugees to return". The parser makes "for" the clause's marker and X its subject, so neither an object
    nor a "for" phrase of the verb names X; a passive clause ("called for the bill to be withdrawn") names no one
    asked to act, but one of a punitive act names whom it is to be done against ("calls for X to be impeached")."""
    return [
        s
        for c in verb.children
        if c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        and (
            s := child_of(c, "nsubj") or (child_of(c, "nsubjpass") if lemma_of(c) in PUNITIVE_ACTS else None)
        )
        is not None
    ]


def punitive_demand(t, root: str) -> bool:
    """``t`` is the punitive act an appeal or demand asks for ("called for the impeachment of X", "pressing for
    his dismissal"): whom its "of" object or possessor names is the one the appeal is aimed at."""
    return (
        root in _APPEAL_ROOTS and t.dep_ == "pobj" and t.head.lower_ == "for" and lemma_of(t) in PUNITIVE_ACTS
    )


_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "acomp"})
# Intents and threats are aimed at whom the act intended or threatened is aimed at, which the complement clause
# names ("said he is willing to make concessions to the unions", "says it intends to boost exports to China").
_INTENT_ROOTS = frozenset({"03", "13"})
# An appeal or demand is aimed at whom it asks to act, which an -ing clause of the same kind may name ("advised
# against travel, asking Londoners to ...").
_APPEAL_ROOTS = frozenset({"02", "10"})


def clause_targets(verb, code: str) -> list:
    """Target candidates of the clauses a trigger governs, for one whose own arguments named no party: an intent's
    or threat's complement, an appeal's or demand's -ing clause of the same kind, and for cooperation the partner
    of a verb coordinated with it or with such a clause (shared_partners). A clause's subject is the doer's
    side and its passive subject what is done ("demanded that the prisoners be freed": not the prisoners), so
    neither is one."""
    root = root_of(code)
    partnered = root in PARTNER_ROOTS
    out = shared_partners(verb) if partnered else []
    if root in _INTENT_ROOTS:
        clauses = [c for c in verb.children if c.dep_ in _CLAUSE_DEPS]
    elif root in _APPEAL_ROOTS:
        clauses = [c for c in verb.children if c.i > verb.i and _same_kind_participle(c, root)]
    else:
        return out
    for _ in range(3):  # "said (ccomp) he is willing (acomp) to make (xcomp) concessions to Y"
        verbs = [c for c in clauses if c.pos_ in ("VERB", "AUX")]
        out += [
            t for c in verbs for t in verb_targets(c) if t.dep_ not in ("nsubj", "nsubjpass") and t.i > verb.i
        ]
        out += [t for c in verbs for t in shared_partners(c)] if partnered else []
        clauses = [g for c in clauses for g in c.children if g.dep_ in _CLAUSE_DEPS]
    return out


def _same_kind_participle(clause, root: str) -> bool:
    """ "..., asking Londoners to ...": an -ing clause with no subject of its own whose verb the lexicon codes
    under the same root, so it says the same act again with its addressee."""
    return (
        clause.dep_ == "advcl"
        and clause.tag_ == "VBG"
        and child_of(clause, "nsubj", "mark") is None
        and any(root_of(r.code) == root for r in lexicon().get((lemma_of(clause), "V"), ()))
    )


def fronted(head) -> list:
    """The X of "in front of X" on a verb or noun ("demonstrated in front of the embassy"): the parser hangs it
    on "front", which names nobody."""
    return [
        o
        for p in prep_children(head)
        if p.lower_ == "in"
        and (f := pobj_of(p)) is not None
        and f.lower_ == "front"
        and (o := target_of_prep(f, ("of",))) is not None
    ]


def _in_and_out_of(noun) -> list:
    """ "flights in and out of X", "traffic into and out of X": to and from X, not a place they are in."""
    return [
        o
        for p in prep_children(noun)
        if p.lower_ in ("in", "into")
        and any(c.dep_ == "conj" and c.lower_ == "out" for c in p.children)
        and (o := pobj_of(p)) is not None
    ]


def noun_targets(noun, agent) -> list:
    out = opposed_modifiers(noun) + fronted(noun)  # "anti-Japan protests": Japan
    if lemma_of(noun) in _INVESTMENT_WORDS and (held := target_of_prep(noun, ("in",))) is not None:
        out.append(held)  # "its investment in the United States": what is invested in
    holders = [noun, *objects_of(noun, ("of",))]
    by_prep = [prep_targets(h) for h in holders]
    for h, targets in zip(holders, by_prep, strict=True):
        for prep in _NOUN_TARGET_PREPS:
            if prep == "to" and lemma_of(h) in DIPLOMAT_NOUNS:
                continue  # "the Libyan ambassador to Greece": the host is not the target
            obj = targets.get(prep)
            if obj is not None and (agent is None or obj != agent):
                out.append(obj)
    out += [o for h in holders for o in _in_and_out_of(h)]
    for targets in by_prep:  # "a round of talks between X and Y"
        between = targets.get("between")
        if between is not None:
            out += [between] + [c for c in between.children if c.dep_ == "conj"]
    out += participle_agents(noun)  # "vetoed a bill passed by Congress", "rejected a proposal made by X"
    out += clause_objects(noun)  # "the airstrike that killed X"
    out += [
        o
        for v in noun.children
        if v.dep_ == "relcl" and lemma_of(v) not in RECEIVE_VERBS
        for o in v.children
        if o.dep_ == "nsubj" and o.tag_ not in ("WDT", "WP")
    ]  # "the emergency Trump declared"
    out += received_from(noun)
    for t in list(out):  # "restrictions on flights to Cuba": the destination of what is restricted
        if _thing(t):
            out += objects_of(t, ("to", "from", "against"))
            out += _in_and_out_of(t)
            out += doers_of(t)
    return out


def clause_objects(noun) -> list:
    """The objects of the clauses on a noun ("missiles targeting X", "the airstrike that killed X"); not of one that
    tells what the noun has ("parties which have hundreds of deputies"): what it has is not acted on. A fact's
    content clause says whose conduct the fact is ("deplored the fact that X had not granted access to Y"): its
    subject, not what that subject did or to whom."""
    if lemma_of(noun) in _FACT_NOUNS:
        return [
            s
            for v in noun.children
            if v.dep_ == "acl" and child_of(v, "mark") is not None and (s := child_of(v, "nsubj")) is not None
        ]
    return [
        o
        for v in noun.children
        if v.dep_ in ("relcl", "acl") and v.pos_ == "VERB" and lemma_of(v) not in _HAVING_VERBS
        for o in v.children
        if o.dep_ == "dobj"
    ]


def doers_of(noun, preps: tuple[str, ...] = ("by",)) -> list:
    """Who did or made what a noun names: its "by" object (or "from", where asked) and the agent of a participle on
    it ("an inquiry into abuses by X", "into war crimes committed by X")."""
    return objects_of(noun, preps) + participle_agents(noun)


def _thing(t) -> bool:
    """A common noun that names no party itself ("abuses", "a ruling"), whose doer may be the one acted on."""
    return t.pos_ == "NOUN" and not t.ent_type_


def received_from(noun) -> list:
    """Who gave what a noun names, when a clause on it says it was received: in "the support (that) we received
    from X" X gave it, and the subject is only its recipient."""
    return [
        o
        for v in noun.children
        if v.dep_ in ("relcl", "acl") and lemma_of(v) in RECEIVE_VERBS
        for o in objects_of(v, ("from",))
    ]


def agent_after(verb, obj) -> list:
    """The "by X" the parser hangs on an active verb right after its object, which is the object's agent: "defied
    a ruling by the court", "examined allegations of torture by X" (a passive verb's "by" is its own agent)."""
    if is_passive(verb) or obj.head != verb:
        return []
    return [
        o
        for p in prep_children(verb)
        if p.lower_ == "by" and p.i == obj.right_edge.i + 1 and (o := pobj_of(p)) is not None
    ]


# Words of investing, whose "in" object is what receives the money ("invested in X", "a stake in X").
_INVESTMENT_WORDS = word_set("investment_words")


def invested_in(t) -> bool:
    """What follows "in" on a word of investing receives the money ("invested in Kenya", "boost its investment in
    the United States"): a party of a pledge or of material cooperation, if a country (build._explicit_target)."""
    return t.dep_ == "pobj" and t.head.lower_ == "in" and lemma_of(t.head.head) in _INVESTMENT_WORDS


# Nouns of a joint undertaking whose "with" object is the partner ("in partnership with X").
_JOINT_NOUNS = word_set("joint_nouns")


def joint_partners(head, used: Iterable = ()) -> list:
    """The partner of an act done "in partnership / cooperation / coordination with Y", the phrase said of the
    trigger, of a word of its pattern, or of its object ("committed to the development of X in partnership with
    Y"): the other party of a cooperative act, as "cooperate with Y" is."""
    holders = [head, *used] + [c for c in head.children if c.dep_ == "dobj"]
    holders += [o for c in prep_children(head) if (o := pobj_of(c)) is not None]
    # "the expansion of its sector in partnership with Y": the phrase hung on the "of" object
    holders += [
        o for h in holders[1:] for c in prep_children(h) if c.lower_ == "of" and (o := pobj_of(c)) is not None
    ]
    out = []
    for h in holders:
        for p in prep_children(h):
            joint = pobj_of(p)
            if p.lower_ in ("in", "through") and joint is not None and lemma_of(joint) in _JOINT_NOUNS:
                out += [w for w in [target_of_prep(joint, ("with",))] if w is not None]
    return out


def result_victims(verb) -> list:
    """Whom a violent act or a protest was aimed at, named in its result or purpose clause: "stormed a checkpoint,
    killing three soldiers", "fired tear gas to disperse the crowd", "gathered to protest the government's
    stance", "breached the ceasefire, firing on X's positions"."""
    clauses = [
        c
        for c in verb.children
        if c.dep_ in ("advcl", "xcomp", "conj")
        and (c.tag_ == "VBG" or any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children))
    ]
    return [o for c in clauses for o in c.children if o.dep_ == "dobj"] + [
        o for c in clauses for o in objects_of(c, _AIMED_PREPS)
    ]


def aimed_before(verb) -> list:
    """What the verb an act of force is coordinated after was aimed at: "crashed into the crowd and detonated his
    vest", "stormed into the compound and opened fire" go on against the same party; only when the act has no
    subject of its own ("drove into the town and he fired" is another clause)."""
    first = verb.head
    if (
        verb.dep_ != "conj"
        or first.pos_ != "VERB"
        or first.i > verb.i
        or child_of(verb, "nsubj", "nsubjpass") is not None
    ):
        return []
    return objects_of(first, _AIMED_PREPS)


# Verbs whose subject undergoes the act the object names ("faced criticism from Y", "came under attack by Y").
_UNDERGO_VERBS = frozenset({"face", "receive", "draw", "suffer", "endure", "come", "meet"})


def receivers_of(noun, agent) -> list:
    """Who an event noun with its own agent was aimed at: the subject of the verb that undergoes it ("X faced
    criticism by Y", "X was confronted with protests by Y")."""
    if agent is None:
        return []
    if noun.dep_ == "dobj" or (noun.dep_ == "pobj" and noun.head.lower_ in ("with", "under", "to")):
        verb = noun.head if noun.dep_ == "dobj" else noun.head.head
        if verb.pos_ not in ("VERB", "AUX"):
            return []
        passive = child_of(verb, "nsubjpass")
        if passive is not None:
            return [passive]
        if lemma_of(verb) in _UNDERGO_VERBS and (subj := child_of(verb, "nsubj")) is not None:
            return [subj]
    return []


# Prepositions whose place object says where an act happened ("an attack in X", "clashed near X").
_LOCATIVE_PREPS = frozenset(
    {
        "in",
        "near",
        "across",
        "over",
        "through",
        "throughout",
        "around",
        "along",
        "outside",
        "inside",
        "within",
    }
)


def is_location_adjunct(t) -> bool:
    """A town, region or country after a locative preposition is where the act happened, not whom it was
    against: CAMEO's target is the party acted upon, and a place is one only as the direct object
    ("shelled the town") or after a directional preposition ("fired rockets at X")."""
    if t.dep_ != "pobj" or t.head.lower_ not in _LOCATIVE_PREPS:
        return False
    # "in Jammu city", "in the Gungoren district": a common noun the place name before it makes a place
    return t.ent_type_ in ("GPE", "LOC", "FAC") or (
        t.pos_ == "NOUN" and any(c.dep_ == "compound" and c.ent_type_ in ("GPE", "LOC") for c in t.children)
    )


_OCCASIONS = word_set("occasion_nouns")


def is_occasion(t) -> bool:
    """A gathering after "at" or "during" ("demanded at the UN climate talks that ...", "rallied support at an
    African Union summit for Y's bid"): when and where the act was done, not a party it was done to, whoever
    holds it; unless it names whom it was with ("expressed support at a White House meeting with X")."""
    return (
        t.dep_ == "pobj"
        and t.head.lower_ in ("at", "during")
        and lemma_of(t) in _OCCASIONS
        and not objects_of(t, ("with",))
    )


# Codes whose object is the thing handed over, so the recipient ("to Y") is the target.
_RECIPIENT_ROOTS = frozenset({"07"})


_RECIPIENT_CODES = frozenset({"063", "084", "0842"})


_FORCE_NOUNS = word_set("force_nouns")


def rank_targets(code: str, targets: list, a1_tok) -> list:
    """Target candidates re-ordered where the code says which argument is the other party."""
    root = root_of(code)

    def prep_of(t):
        return t.head.lower_ if t.dep_ == "pobj" else None

    if root in _RECIPIENT_ROOTS or code in _RECIPIENT_CODES:
        return sorted(targets, key=lambda t: prep_of(t) not in ("to", "for"))
    if root == "15":  # "massed troops near its border with Y": the troops are the actor's own
        kept = [t for t in targets if lemma_of(t) not in _FORCE_NOUNS]
        borders = [
            o for t in targets if lemma_of(t) in ("border", "frontier") for o in objects_of(t, ("with",))
        ]
        return borders + kept
    # "withdrew the US from a treaty with Iran": the other party of what is left, not its own side
    if root == "16":
        left = [t for t in targets if t.dep_ == "pobj" and t.head.lower_ == "from"]
        return (
            [t for o in left for t in noun_targets(o, None)]
            + left
            + [t for t in targets if t not in left and (t.dep_ != "dobj" or not left)]
        )
    if root in ("17", "19"):  # "seized the town (of X) from Y": Y lost it
        losers = [
            o
            for t in targets
            for p in t.subtree
            if p.lower_ == "from" and p.dep_ == "prep" and (o := pobj_of(p)) is not None
        ]
        losers = [o for o in losers if o.ent_type_ not in ("GPE", "LOC", "FAC")]
        return losers + [t for t in targets if t not in losers]
    # "settled its dispute with Y at the court", "shared data on a cell with Y": Y; but a visit's host is where it
    # goes ("travelled to Beijing for talks with Chinese leaders")
    if root in PARTNER_ROOTS and code not in _PLACE_CODES:
        # moved forward only, past none of the objects or whom it is offered to ("met the Pope with the First
        # Lady", "offered $1 million to X to debate with Y")
        partners = with_partners(targets)
        at = next(
            (
                i
                for i, t in enumerate(targets)
                if t in partners or (t.dep_ == "pobj" and t.head.lower_ not in ("to", "for"))
            ),
            len(targets),
        )
        return targets[:at] + partners + [t for t in targets[at:] if t not in partners]
    if code == "116":
        return [r for t in targets if (r := _liable(t)) is not None]
    if root == "12":  # "denied a motion by prosecutors to revoke X's bail": the motion's author
        authors = [a for t in targets if t.dep_ == "dobj" for a in _authors(t)]
        return authors + [t for t in targets if t not in authors]
    if root == "09":  # "investigating claims that X killed civilians": X, not the civilians
        suspects = [d for t in targets for d in alleged_doers(t)]
        return suspects + [t for t in targets if t not in suspects]
    return targets


# Cooperation, consultation and material cooperation: done with a partner, whom "with" names wherever it hangs.
PARTNER_ROOTS = frozenset({"03", "04", "06"})


def with_partners(targets: list) -> list:
    """The "with" objects among the candidates and on the things they name ("talks with Y", "its dispute with
    Y", "intelligence on a cell with Y"), in order: the partner of a cooperative act, which the verb's other
    prepositions ("at the court", "on a cell") do not name."""
    found = [t for t in targets if t.dep_ == "pobj" and t.head.lower_ == "with" and not _joint_phrase(t)]
    found += [o for t in targets if _thing(t) for o in objects_of(t, ("with",)) if o not in found]
    return found


def _joint_phrase(t) -> bool:
    """ "in partnership with Y": joint_partners' own candidate, which comes after the act's other parties (the
    visited country of "in partnership with Y, mayors will travel to X")."""
    return lemma_of(t.head.head) in _JOINT_NOUNS


def shared_partners(verb) -> list:
    """The partner a cooperative verb shares with the verbs coordinated with it under one subject: "would expand
    exercises with Y and share data" shares with Y, "ready to observe a ceasefire and enter talks with Y"
    observes it with Y. Not across a subject of its own ("met Y and he shared data" is another clause)."""
    out = []
    for other in verb.conjuncts:
        later = max(verb, other, key=lambda t: t.i)
        if other.pos_ != "VERB" or child_of(later, "nsubj", "nsubjpass") is not None:
            continue
        out += objects_of(other, ("with",)) + with_partners([c for c in other.children if c.dep_ == "dobj"])
    return out


def alleged_doers(noun) -> list:
    """Who a claim, report or allegation says did something: the subject of its "that" clause, or the agent of a
    passive one ("reports that civilians were killed by X"). What an investigation of it is into."""
    if noun.pos_ != "NOUN":
        return []
    out = []
    for v in noun.children:
        if v.dep_ not in ("acl", "ccomp") or not any(
            m.dep_ == "mark" and m.lower_ == "that" for m in v.children
        ):
            continue
        if is_passive(v):
            out += objects_of(v, ("by",))
        else:
            out += [s for s in [child_of(v, "nsubj")] if s is not None]
    return out


def _authors(noun) -> list:
    """Who made what is rejected: the "by / from" of the noun, the agent of a participle on it, or the author of
    the proposal it points back to ("the offer")."""
    return doers_of(noun, ("by", "from")) + [a for a in [earlier_author(noun)] if a is not None]


def _liable(t):
    """Who a court finds liable through what it judges: "found Johnson's advice unlawful" is Johnson, "found that the
    suspension of Parliament was unlawful" nobody named (not Parliament); a party judged itself stays."""
    if t.dep_ not in ("nsubj", "nsubjpass") or t.head.dep_ not in ("ccomp", "xcomp") or raw_actor_like(t):
        return t  # "convicted the man", "found the company liable": the party itself
    return child_of(t, "poss")


# Codes that mean nothing without the other party: a consultation, cooperation, an investigation, a bare
# intent or agreement, and an order, each needs someone it is with or towards.
_NEEDS_TARGET_ROOTS = frozenset({"04"})


_NEEDS_TARGET_CODES = frozenset({"110", "112", "080", "036"})


_PLACE_CODES = frozenset({"042", "043"})  # a visit names where, not always whom


def needs_target(code: str, transformed: bool = False) -> bool:
    """Codes that, with nobody on the other side, are almost always a misread: a meeting nobody else attends
    ("Congress reconvened"), cooperation with no partner ("defended his decision"), disapproval, accusation or
    rejection of nobody named ("blaming human error", "did not apply for bail")."""
    if code == "120":
        return transformed  # a negated action read as a rejection ("did not apply for bail") needs someone rejected
    return (code[:2] in _NEEDS_TARGET_ROOTS and code not in _PLACE_CODES) or code in _NEEDS_TARGET_CODES
