"""Sense rules for words of force and force posture used of things: CAMEO's force codes are about armed or
police power used on parties, but on general news the same verbs are sport, tools and figures of speech ("hit
.209 and struck out 174 times", "deployed a pair of robots", "reinforcing traditional roles", "pulled out a
pistol", "a commercial I had just shot", "seized on the protests", "the target zone", "issued a cellphone alert",
"beefed up its management team", "helping execute the policy", "injured his shoulder", "a custody battle", "her
plans clashed with his views", "struck a guard rail", "hit a mine"), and what is done to or by an animal is no act
between parties ("ordered the killing of 300,000 pigs", "a dog bit the postman"). Nor is a blow or a killing
whose object is a law, a plan, a programme, an ill fought or a level reached ("killed the regulations", "is beating
inflation", "hit a record low number of crossings"), a candidate beating or battling a rival in a poll or for a
seat uses no arms, and a withdrawal of cash is no troop withdrawal.
"""

from __future__ import annotations

from newsroom.extract.events.arguments import subject_of
from newsroom.extract.events.codebook import word_set, word_sets
from newsroom.extract.events.parties import actor_like, person_like, raw_actor_like, what_is_counted
from newsroom.extract.events.sense_clues import UNDECIDED, Trigger
from newsroom.extract.events.syntax import (
    AMOUNT_ENTS,
    acted_on,
    base_lemma,
    is_date,
    on_object,
    plural_phrase,
    pobj_of,
    prep_children,
)

# What is deployed, mobilised or pulled out when the word is about forces: troops, units, weapons, police.
_FORCES = (
    word_sets()["troops"]
    | word_sets()["mil"]
    | word_set("armed_nouns")
    | word_set("authority_words")
    | word_set("posture_forces")
)
_POSTURE_VERBS = frozenset({"deploy", "mobilize", "mobilise", "reinforce", "beef", "amass"})
# What is executed when nobody is put to death: plans, orders, decisions.
_EXECUTED = (
    word_set("proposal_nouns")
    | word_set("action_nouns")
    | word_set("plan_nouns")
    | {"order", "policy", "strategy"}
)
_OWN = {"he": "his", "she": "her", "they": "their", "i": "my", "we": "our", "you": "your"}
# Verbs of an injury one may do to oneself ("hurt his back"); "attacked their positions" is never that.
_HURTING = frozenset({"injure", "hurt", "reinjure"})
_FILMED = word_set("filmed_things")
_ANIMALS = word_set("animals")
_CONTEST_KINDS = word_set("contest_kinds")
_CONTESTS = frozenset({"battle", "war", "fight", "fighting", "clash", "struggle", "showdown", "feud"})
_ELECTORAL_ARENAS = word_set("electoral_arenas")
_CANDIDACY = word_set("candidacy")
_OUTLOOKS = word_set("outlooks")
_STRUCK_THINGS = word_set("struck_things")
# Roots of violence (assault, force, mass violence), which need a party on both sides.
_VIOLENT_ROOTS = frozenset({"18", "19", "20"})
_BLOW_VERBS = frozenset({"hit", "strike"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
# Verbs of harm done to what is their object ("killed", "hit", "targeted"): a party, or else a figure of speech.
_HARMS = word_set("harm_verbs") | word_set("blows") | {"target"}
# What such a verb takes in a figure of speech: laws and rules, plans and steps, programmes, ills fought (inflation,
# crime), and what is hit when nobody is ("a snag", "a record").
_NO_PARTIES = (
    word_set("legislative")
    | word_set("programmes")
    | word_set("plan_nouns")
    | word_set("proposal_nouns")
    | word_set("action_nouns")
    | word_set("abstract_foes")
    | _STRUCK_THINGS
    | {"policy", "strategy"}
)
_MONEY = word_sets()["econ"]
_WAGE = frozenset({"wage", "wag"})  # the parser's lemma of "waged" is "wag"
# Bodies that govern without arms of their own ("the Administration", "the Treasury Department"), and what a
# body's name holds when it is armed after all ("the Department of Defense", "the Ministry of War").
_UNARMED_BODIES = word_set("official_bodies") - word_set("acting_bodies")
_ARMED_WORDS = (
    _FORCES | word_sets()["mil"] | word_set("arms") | word_set("armed_backing") | word_set("blamed_wrongs")
)
# Verbs whose "alert" is a message sent to the public, not a state of readiness.
_SENDING_VERBS = frozenset({"issue", "send", "receive", "get", "submit", "push", "broadcast", "transmit"})


def force_objects(t: Trigger):
    """A force or force-posture word whose object is a thing, a number or a figure of speech is no event."""
    tok, lemma, root, verb = t.tok, t.lemma, t.root, t.verb
    if root in _VIOLENT_ROOTS and _animal_party(t):
        return None
    if root == "15" and verb and lemma in _POSTURE_VERBS:
        obj = acted_on(tok)
        return None if obj is not None and (not _force(obj) or _candidacy(obj)) else UNDECIDED
    if root in _VIOLENT_ROOTS and verb and lemma in _HARMS and _no_party_harmed(tok):
        return None
    if root == "19" and verb and lemma == "target" and _unarmed_doer(tok):
        return (
            None  # "the Administration has targeted X", "the Justice Department targeted Y": no armed force
        )
    if t.code == "0874" and not verb and _money_withdrawn(tok):
        return None  # "made cash withdrawals", "the withdrawal of $5,000": banking, no forces pulled out
    if t.code == "0874" and verb and lemma == "pull":
        obj = acted_on(tok)
        return None if obj is not None and not _force(obj) else UNDECIDED
    if root == "17" and verb and lemma == "seize" and acted_on(tok) is None and _seized_on(t.preps):
        return None  # "seized on the protests": made use of them
    if root == "18" and verb and lemma == "execute":
        obj = acted_on(tok)
        return None if obj is not None and _carried_out(obj) else UNDECIDED
    if root == "18" and verb and lemma in _HURTING and _own_body(tok):
        return None
    if root == "18" and verb and lemma == "shoot":
        obj = _shot(tok)
        return None if obj is not None and base_lemma(obj) in _FILMED else UNDECIDED
    if root == "19" and verb and lemma in _BLOW_VERBS:
        return _blow(tok)
    if root == "19" and _contest_of_another_kind(tok if not verb else acted_on(tok)):
        return None
    if root in _VIOLENT_ROOTS and _electoral(tok, verb):
        return None  # "gained ground on X in the latest poll", "beat Y in the primary", "the battle for the seat"
    if root == "19" and verb and lemma in _CONTESTS and _campaigning(tok):
        return (
            None  # "Republicans are fighting to secure our border", "is fighting for peace": a cause, no foe
        )
    if (
        root == "19"
        and verb
        and lemma == "clash"
        and _outlook(next((c for c in tok.children if c.dep_ == "nsubj"), None))
    ):
        return None
    if root == "19" and verb and lemma == "declare" and _war_on_no_party(tok):
        return None  # "declared war on public indecency / on what he calls decadence": a campaign, no foe
    if root == "19" and verb and lemma in _WAGE and _war_on_an_ill(tok):
        return None  # "waged war on drugs and poverty": a campaign against ills, no foe
    if root in ("18", "19") and verb and lemma == "kill" and _kills_it(tok):
        return None  # "the founders killed it in their presentation": an idiom, or a thing or animal killed
    if root == "19" and lemma == "strike" and tok.dep_ == "pobj" and tok.head.lower_ == "on":
        return "143"  # "remain on strike", "the workers who are on strike": a labour strike, never a military one
    if root == "19" and lemma == "target" and not verb and tok.dep_ in ("compound", "amod"):
        return None  # "the target zone", "target audience"
    if root == "15" and lemma == "alert" and not verb:
        return None if _message_alert(tok) else UNDECIDED
    if t.code == "192" and verb and lemma == "occupy" and _a_site(subject_of(tok)):
        return None  # "a military base occupies the island": a site takes up ground, nobody seized it
    return UNDECIDED


_SITES = word_set("sites")


def _a_site(subj) -> bool:
    """A subject that is a place or building ("a military base", "the camp"), not the party that holds it."""
    return subj is not None and subj.pos_ == "NOUN" and base_lemma(subj) in _SITES


# Violence CAMEO files under 18 when non-state doers commit it, and under 19 (conventional force) when a state does.
_STATE_FORCE = {"180": "190", "183": "190"}
# A state's bombing is done from the air (195); its soldiers blowing up a wall is plain military force (190).
_BOMB_WORDS = frozenset({"bomb", "bombing"})


def state_force(code: str, trigger, a1_tok, a1_type: str, a2_type: str) -> str:
    """ "India attacked six locations", "the US bombed the embassy": a country named as the doer uses its armed
    forces, so unspecified violence or a bombing is conventional military force (19), not an assault (18). Only
    a country named in the clause itself (a dateline's or a pronoun's country is often only where it happened),
    and not at one person ("X's leader attacked the candidate" is words)."""
    if code not in _STATE_FORCE or a1_type != "country" or a2_type == "person":
        return code
    if a1_tok is None or a1_tok.ent_type_ != "GPE":
        return code
    doer = a1_tok.dep_ in ("nsubj", "conj", "poss") or (a1_tok.dep_ == "pobj" and a1_tok.head.lower_ == "by")
    if not doer:
        return code
    return "195" if code == "183" and base_lemma(trigger) in _BOMB_WORDS else _STATE_FORCE[code]


def _seized_on(preps) -> bool:
    on = on_object(preps)
    return on is not None and not is_date(on) and "by" not in preps


def _candidacy(obj) -> bool:
    """ "to reinforce her campaign", "beefed up his bid": a candidate's run, no force (unless armed words say so)."""
    return base_lemma(obj) in _CANDIDACY and not any(
        c.dep_ in ("amod", "compound") and base_lemma(c) in _ARMED_WORDS for c in obj.children
    )


def _force(obj) -> bool:
    lemma = base_lemma(obj)
    return (
        lemma in _FORCES or obj.lower_ in _FORCES or raw_actor_like(obj) or person_like(obj) or obj.like_num
    )


def _shot(tok):
    """What was shot: the object, or the noun a relative clause describes ("a commercial that I had just shot")."""
    obj = acted_on(tok)
    if tok.dep_ == "relcl" and (obj is None or obj.lower_ in ("that", "which", "what")):
        return tok.head
    return obj


def _blow(tok):
    """ "struck out 174 times", "hit .209", "hit well": sport, no one is hit; "inflation hit 80 percent", "prices hit
    $100": a level reached; nor in one's own blows; "struck down the restrictions": a law or ruling annulled, not a
    party hit."""
    if any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children) or _own_blow(tok):
        return None
    if any(c.i == tok.i + 1 and c.like_num for c in tok.children):
        return None  # "is hitting .364": the parser may hang the average on the verb as punctuation
    obj = acted_on(tok)
    if obj is not None and any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children):
        return UNDECIDED if _force(obj) else None
    if obj is not None and obj.pos_ == "NOUN" and base_lemma(obj) in _STRUCK_THINGS:
        return None  # "struck a guard rail", "the submarine hit a mine", "hit a record high", "hit a nerve"
    if obj is not None:
        return None if obj.like_num or obj.pos_ == "NUM" or obj.ent_type_ in AMOUNT_ENTS else UNDECIDED
    aimed = [pobj_of(p) for p in prep_children(tok)]
    if any(
        o is not None and not is_date(o) and (raw_actor_like(o) or o.ent_type_ in _PLACE_ENTS) for o in aimed
    ):
        return UNDECIDED
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return None if subj is not None and person_like(subj) and tok.pos_ == "VERB" else UNDECIDED


def _contest_of_another_kind(noun) -> bool:
    """ "a custody battle", "a long court battle", "waging a price war": a contest named for what it is fought over or
    in, which no one fights with arms."""
    return (
        noun is not None
        and base_lemma(noun) in _CONTESTS
        and any(c.dep_ in ("compound", "amod") and base_lemma(c) in _CONTEST_KINDS for c in noun.children)
    )


def _electoral(tok, verb: bool) -> bool:
    """A blow, a fight or ground gained "in" or "at" a poll, a primary or a race, "for" a nomination or a seat, "by"
    so many votes, or beside winning a seat or an election ("won the seat, beating X"): candidates contending for
    votes, not parties using force ("attacked ahead of / during the election" stays)."""
    heads = (tok, acted_on(tok)) if verb else (tok,)
    if (
        verb
        and tok.dep_ in ("advcl", "conj")
        and any(c.dep_ == "dobj" and _arena(c) for c in tok.head.children)
        and base_lemma(tok.head) in ("win", "take", "hold", "retain", "keep", "gain")
    ):
        return True
    return any(
        p.lower_ in ("in", "at", "for", "by") and (o := pobj_of(p)) is not None and _arena(o)
        for h in heads
        if h is not None
        for p in prep_children(h)
    )


def _arena(noun) -> bool:
    """An election, a poll or a seat; "the by-election", which the parser splits into "by" and its object."""
    if noun.lower_ == "by":
        noun = next((c for c in noun.children if c.dep_ == "pobj"), noun)
    return base_lemma(noun) in _ELECTORAL_ARENAS or noun.lower_ in _ELECTORAL_ARENAS


def _campaigning(verb) -> bool:
    """A named person fighting "to" do something or "for" a cause, with no foe or place named: a political
    campaign ("Harris and I will keep fighting to ensure …", "is fighting for lower prices"); troops, a group or
    a "we" fighting "to retake the city" or "to survive", and anyone fighting "for Ukraine", still fight."""
    doer = subject_of(verb)
    if doer is None or doer.ent_type_ != "PERSON" or acted_on(verb) is not None:
        return False
    preps = [(p, pobj_of(p)) for p in prep_children(verb)]
    if any(
        o is not None and (raw_actor_like(o) or _force(o) or o.ent_type_ in _PLACE_ENTS) for _, o in preps
    ):
        return False  # "fighting against the rebels", "with police", "for Ukraine", "in Iraq"
    holders = (verb, verb.head) if verb.dep_ == "xcomp" else (verb,)
    aim = any(
        c.dep_ in ("xcomp", "advcl")
        and c.i > verb.i
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for h in holders
        for c in h.children
    )
    return aim or any(p.lower_ == "for" and o is not None for p, o in preps)


def _outlook(subj) -> bool:
    """ "her plans clashed with", "China's ambitions are clashing with": views and aims, not parties, clash."""
    return (
        subj is not None
        and subj.pos_ == "NOUN"
        and (base_lemma(subj) in _OUTLOOKS or subj.lower_ in _OUTLOOKS)
    )


def _war_on_no_party(verb) -> bool:
    """War declared "on" something that is no party nor place: a clause or a common noun."""
    targets = _war_on(verb)
    return bool(targets) and not any(
        o is not None and o.dep_ == "pobj" and (raw_actor_like(o) or o.ent_type_ in _PLACE_ENTS)
        for o in targets
    )


def _war_on_an_ill(verb) -> bool:
    """War waged "on" ills and laws only ("waged war on drugs and poverty"): a campaign ("waged war on the
    cartels", "on Ukraine" stay)."""
    targets = [o for t in _war_on(verb) if t is not None for o in (t, *t.conjuncts)]
    return bool(targets) and all(
        not _force(o) and o.ent_type_ not in _PLACE_ENTS and base_lemma(o) in _NO_PARTIES for o in targets
    )


def _war_on(verb) -> list:
    """What war is declared or waged on: the objects of "on" after the verb or its object."""
    obj = acted_on(verb)
    return [pobj_of(p) for h in (verb, obj) if h is not None for p in prep_children(h) if p.lower_ == "on"]


def _animal_party(t: Trigger) -> bool:
    """The one harmed (a verb's object or passive subject, a noun's "of") or the verb's doer is an animal named by a
    common noun ("culled 2,000 chickens", "the killing of the whales", "a shark attacked"); a team or a group named
    for one ("the Lions", "Tamil Tigers") is a name, not a common noun, and stays."""
    harmed = acted_on(t.tok) if t.verb else t.preps.get("of")
    doer = next((c for c in t.tok.children if c.dep_ == "nsubj"), None) if t.verb else None
    return any(w is not None and _animal(w) for w in (harmed, doer))


def _animal(noun) -> bool:
    noun = what_is_counted(noun)
    return noun.pos_ == "NOUN" and not noun.ent_type_ and base_lemma(noun) in _ANIMALS


def _kills_it(verb) -> bool:
    obj = acted_on(verb)
    return obj is not None and obj.lower_ == "it"


def _own_blow(tok) -> bool:
    """ "I slipped and hit the kerb", "on stage I strike the villain", "I hit the jackpot": the writer's or a
    speaker's own blow is a mishap, a role or a figure of speech, never armed force."""
    return any(c.dep_ == "nsubj" and c.lower_ == "i" for c in tok.children)


def _carried_out(obj) -> bool:
    """ "helping execute it", "executed the plan / the order": a thing carried out, nobody put to death."""
    if obj.pos_ == "PRON":
        return not actor_like(obj)
    return base_lemma(obj) in _EXECUTED


def _own_body(verb) -> bool:
    """ "Smith injured his shoulder", "the players hurt their knees": the object is no party but the doer's own
    body, named by a possessive that agrees with the doer."""
    obj, subj = acted_on(verb), next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if obj is None or subj is None or raw_actor_like(obj):
        return False
    own = next((c.lower_ for c in obj.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if own is None or not (person_like(subj) or subj.pos_ == "PROPN"):
        return False
    if subj.pos_ == "PRON":  # "he hurt his back"; "it may injure her arm" is a thing hurting someone
        return _OWN.get(subj.lower_) == own
    return own == "their" if plural_phrase(subj) else own in ("his", "her")


def _message_alert(noun) -> bool:
    """ "issued a cellphone alert", "the Boston alert did not identify a suspect": a warning sent out (but "on
    high alert", "ordered heightened alert", "a police alert" are readiness)."""
    if noun.dep_ in ("dobj", "nsubjpass") and base_lemma(noun.head) in _SENDING_VERBS:
        return True
    return any(c.dep_ == "compound" and base_lemma(c) not in _FORCES for c in noun.children)


def _no_party_harmed(verb) -> bool:
    """ "killed Biden-era regulations", "America is beating inflation", "hit a record low number of encounters":
    what is harmed is a law, a plan, an ill fought or a level reached, not a party nor a place ("killed a record
    number of civilians", "struck a bridge" stay)."""
    obj = acted_on(verb)
    if obj is None:
        return False
    noun = what_is_counted(obj)
    if _force(noun) or noun.ent_type_ in _PLACE_ENTS:
        return False
    if base_lemma(noun) in _NO_PARTIES or noun.lower_ in _NO_PARTIES:
        return True
    # "a record low number of encounters": a count that is a level ("hit a high school" is a building hit)
    return noun is not obj and any(
        c.dep_ in ("amod", "compound") and base_lemma(c) in _STRUCK_THINGS for c in obj.children
    )


def _money_withdrawn(noun) -> bool:
    """ "cash withdrawals", "the withdrawal of $5,000": money taken out of an account."""
    of = next((pobj_of(p) for p in prep_children(noun) if p.lower_ == "of"), None)
    return any(c.dep_ in ("amod", "compound") and base_lemma(c) in _MONEY for c in noun.children) or (
        of is not None and (of.ent_type_ == "MONEY" or base_lemma(of) in _MONEY)
    )


def _unarmed_doer(verb) -> bool:
    """The one who "targets" is a civil body with no armed force in its name: an administration, a department, a
    court (a country, a person, a pronoun and anything armed may aim force)."""
    doer = subject_of(verb)
    if doer is None or doer.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(base_lemma(w) in _ARMED_WORDS or w.lower_ in _ARMED_WORDS for w in doer.subtree):
        return False
    return base_lemma(doer) in _UNARMED_BODIES
