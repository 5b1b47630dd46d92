"""Sense rules for words of acting on someone: alleged ties, orders, shows of force, fights, captures, blame,
pleas, offers, proposals, defences, denials, moving people, impositions, recognition, aid with no recipient.
"""

from __future__ import annotations

from newsroom.extract.events.arguments import subject_of
from newsroom.extract.events.codebook import control_classes, word_set, word_sets
from newsroom.extract.events.parties import (
    ACTOR_ENTS,
    actor_like,
    person_like,
    raw_actor_like,
    unnamed_people,
)
from newsroom.extract.events.sense_clues import (
    ABSTRACT_FOES,
    AGREEMENTS,
    CLAIMS,
    COURTS,
    LEGISLATIVE,
    OFFERS,
    RECOGNISED,
    REFLEXIVES,
    UNDECIDED,
    Trigger,
)
from newsroom.extract.events.syntax import (
    FUTURE_AUX,
    POSSIBLE_AUX,
    acted_on,
    aux_words,
    base_lemma,
    has_neg,
    is_passive,
    objects_of,
    pobj_of,
    prep_children,
)

# What is sent when support is only words: "sent a letter / message of support".
_MESSAGES = word_set("messages")
# Verbs of giving that are aid only when a party receives it ("supplied snapshots of his notebooks" is not).
_GIVING = frozenset({"approve", "donate", "give", "provide", "supply", "deliver"})
_AID_RECIPIENTS = word_set("aid_recipients")
_BY_MISTAKE = word_set("by_mistake")
# Taking verbs whose object is only ever a person (capture, seize, hold also take places and things).
_TAKES_PEOPLE = frozenset({"arrest", "detain", "nab", "apprehend"})


def _shown(verb) -> bool:
    """ "demonstrated its resolve", "showed that ...", "the clarity demonstrated by the White House": something
    shown, in either voice (a participle on the noun shown, or a passive), not people demonstrating."""
    if any(c.dep_ in ("dobj", "ccomp", "nsubjpass", "auxpass") for c in verb.children):
        return True
    return verb.dep_ == "acl" and verb.tag_ == "VBN"


def _order(tok, code: str):
    """An order to an actor, or to what its clause's subject must do; not a court's, nor one to one's own people."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is not None and base_lemma(subj) in COURTS:
        return None  # "the judge ordered the accused remain in custody": a court order
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "dative")), None)
    clause = next((c for c in tok.children if c.dep_ in ("ccomp", "xcomp")), None)
    subj = (
        next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if clause is not None
        else None
    )
    who = obj if obj is not None and raw_actor_like(obj) else subj
    if who is None or not raw_actor_like(who):
        return None  # "ordered three days of mourning", "ordered a new trial"
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in who.children):
        return None  # "ordered his staff to ...": the actor's own people
    if _commanded(who):
        # "ordered Russian troops to begin leaving", "instructed security agencies to investigate": a command down
        # the orderer's own line, no demand of another party; forces sent to a place are deployed, as when "sent"
        return "154" if _deployed(tok, who) else None
    return code


# Bodies an order goes down to (the orderer's own), and the modifiers that make them another side's.
_COMMANDED = word_set("commanded_bodies")
_OTHERS_FORCES = word_set("others_forces")
_DEPLOYABLE = word_sets()["troops"]
_DESTINATION_PREPS = frozenset({"to", "into", "toward", "towards"})


def _commanded(who) -> bool:
    """The one ordered is a force or service under the orderer: "troops", "Russian troops", "the country's troops",
    "security agencies"; not "foreign troops"."""
    body = _counted(who)
    return base_lemma(body) in _COMMANDED and not any(
        c.dep_ in ("amod", "compound") and base_lemma(c) in _OTHERS_FORCES for c in body.children
    )


def _counted(who):
    """What a count names: "thousands of soldiers" orders the soldiers."""
    if not (who.like_num or base_lemma(who) in _COUNTS):
        return who
    return next(iter(objects_of(who, ("of",))), who)


_COUNTS = frozenset({"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands"})


def _deployed(tok, who) -> bool:
    """ "ordered 30,000 soldiers into Iraq", "ordered troops to the border": armed forces sent to a place, with no act
    ordered of them."""
    if base_lemma(_counted(who)) not in _DEPLOYABLE or any(
        c.dep_ in ("ccomp", "xcomp") for c in tok.children
    ):
        return False
    return any(objects_of(h, _DESTINATION_PREPS) for h in (tok, who))


def _fight(tok, code: str):
    """Armed fighting needs a foe: an actor, a place, or a party after "with" / "against"."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is not None and (base_lemma(obj) in ABSTRACT_FOES or obj.lower_ in ABSTRACT_FOES):
        return None
    if (
        obj is not None
        and not raw_actor_like(obj)
        and obj.ent_type_ not in ("GPE", "LOC", "FAC")
        and not any(
            p.lower_ in ("with", "against") and raw_actor_like(pobj_of(p))
            for p in [*prep_children(tok), *prep_children(obj)]
        )
    ):
        return None  # "fight the good fight", "fight the ruling in court": no armed foe
    if obj is None and (_fights_for_a_cause(tok) or _fights_to_achieve(tok)):
        return None
    return code


_CAUSE_VERBS = word_set("cause_verbs")


def _fights_to_achieve(tok) -> bool:
    """ "fought relentlessly to ensure their voices were heard", "will fight to make sure Americans can …",
    "Senator X fought to secure funding": a purpose a campaign works for (a cause verb, or any purpose of a named
    person), with no foe (no "with" / "against" party) and no place or party to take ("fighters fought to retake
    the town", "fought to free X" stay armed)."""
    if any(p.lower_ in ("with", "against") for p in prep_children(tok)):
        return False
    purpose = next(
        (
            c
            for c in tok.children
            if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and any(a.lower_ == "to" for a in c.children)
        ),
        None,
    )
    if purpose is None:
        return False
    by_a_person = any(c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for c in tok.children)
    if not by_a_person and base_lemma(purpose) not in _CAUSE_VERBS:
        return False
    taken = next((c for c in purpose.children if c.dep_ == "dobj"), None)
    return taken is None or not (raw_actor_like(taken) or taken.ent_type_ in ("GPE", "LOC", "FAC"))


def _fights_for_a_cause(tok) -> bool:
    """ "fight for the rights of the oppressed", "fight for an America that works": a cause, no foe (but "fought
    for the rebels" is armed, and so is any fight "with" / "against" someone)."""
    preps = {p.lower_: pobj_of(p) for p in prep_children(tok)}
    cause = preps.get("for")
    if "for" in preps and tok.dep_ in ("relcl", "acl") and (cause is None or cause.tag_ in ("WDT", "WP")):
        cause = tok.head  # "one thing (that) I will fight for": the thing the relative clause is about
    if cause is None or "with" in preps or "against" in preps:
        return False
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in cause.children)
    return indefinite or not raw_actor_like(cause)


def orders_and_accusations(t: Trigger):
    """Alleged ties, court orders, shows, fights against abstractions, captures, blame, pleas."""
    tok, code, lemma, root, verb = t.tok, t.code, t.lemma, t.root, t.verb
    if lemma == "allege" and verb:
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if (
            obj is not None
            and base_lemma(obj) in ("tie", "link", "connection")
            and any(c.lower_ == "to" for c in obj.children)
        ):
            return None  # "has alleged ties to the IRGC": the adjective "alleged"
    if lemma in ("order", "instruct") and root == "10" and verb:
        return _order(tok, code)
    if lemma in ("demonstrate", "show") and root == "14" and verb:
        return None if _shown(tok) else code
    if lemma in ("fight", "combat", "battle", "tackle") and root == "19" and verb:
        return _fight(tok, code)
    if (
        code == "173"
        and lemma in ("capture", "arrest", "detain", "seize", "hold", "nab", "apprehend")
        and verb
    ):
        obj = acted_on(tok)
        # "arrested two": a bare number counts the people taken (but "seized two" may count anything)
        counted = obj is not None and obj.pos_ == "NUM" and lemma != "seize"
        # "detained Mensah": a name NER left untagged is a person when the verb takes only people (one captures or
        # seizes a town, one does not arrest or detain it)
        named = obj is not None and lemma in _TAKES_PEOPLE and obj.pos_ == "PROPN" and not obj.ent_type_
        return (
            code
            if obj is None or counted or named or person_like(obj) or obj.ent_type_ in ACTOR_ENTS
            else None
        )
    if root == "09" and verb and any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in tok.children):
        return None  # "investigating itself"
    if lemma == "blame" and root == "11" and verb:
        blamed = _blamed(tok)
        if blamed is not None and not _names_a_party(blamed):
            return None  # "blaming human error"
    if lemma == "plead" and verb:
        if any(c.lower_ in ("guilty", "innocent") for c in tok.children) or any(
            t.lower_ == "guilty" for t in tok.subtree
        ):
            return None  # "pled guilty": a plea in court, not an appeal
    return UNDECIDED


def _blamed(tok):
    """Whom "blame" points at: its object ("blamed the rebels"), or the party after "on" when the object is the
    wrong ("blamed the delays on the rebels")."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    heads = [tok] if obj is None else [tok, obj]  # the parser hangs "on" on the verb or on the object
    on = next((pobj_of(p) for h in heads for p in prep_children(h) if p.lower_ == "on"), None)
    return on if on is not None else obj


def _names_a_party(noun) -> bool:
    """The noun is an actor, or a body named by whose it is: "the intelligence services of the United States", "the
    Mojahedin-e-Khalq organization"; not "human error"."""
    owners = [c for c in noun.children if c.dep_ in ("compound", "nmod", "appos", "conj")]
    owners += objects_of(noun, ("of",))
    return raw_actor_like(noun) or any(raw_actor_like(o) for o in owners)


def _asks_a_question(tok, preps) -> bool:
    """What is asked is a question: its object is one, or nothing is asked of anyone (no object, no "for", no
    clause after the verb)."""
    kids = list(tok.children)
    obj = next((c for c in kids if c.dep_ == "dobj"), None)
    if obj is not None:  # "asked a question", "asked a series of questions"
        return base_lemma(obj) == "question" or any(
            p.lower_ == "of" and base_lemma(pobj_of(p) or p) == "question" for p in prep_children(obj)
        )
    if any(c.dep_ in ("dative", "xcomp") for c in kids) or "for" in preps or "to" in preps:
        return False
    return not any(c.dep_ == "ccomp" and c.i > tok.i for c in kids)


_UNNAMED = frozenset({"anonymous", "anonymity", "unnamed", "unidentified", "pseudonym"})
_NAMING = frozenset({"name", "identify", "quote"})


def _asks_not_to_be_named(tok) -> bool:
    """ "who asked to remain anonymous", "requested anonymity", "asked not to be named", "asked to use a pseudonym":
    a source's terms with the reporter, no request CAMEO codes."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is not None and base_lemma(obj) in _UNNAMED:
        return True
    for c in tok.children:
        if c.dep_ != "xcomp":
            continue
        if any(base_lemma(w) in _UNNAMED for w in c.subtree):
            return True
        if base_lemma(c) in _NAMING and has_neg(c) and is_passive(c):
            return True
    return False


_DEEDS = word_set("deed_nouns") | word_set("wrongdoing_nouns") | word_set("blamed_wrongs")


def _is_deed(noun) -> bool:
    return base_lemma(noun) in _DEEDS or noun.lower_ in _DEEDS


def _commits_a_deed(tok) -> bool:
    """ "commit crimes", "committed a travesty": an object that is no actor, no amount and nothing pledged
    ("committed 500 troops", "commit funds" stay pledges). An offence is a deed however counted ("committed
    15 robberies") and also when it is what was committed ("the abuses committed by X")."""
    if tok.dep_ in ("acl", "relcl"):
        done = tok.head  # "the abuses of power committed by X": the abuses, not the power
        if done.dep_ == "pobj" and done.head.lower_ == "of" and done.head.head.pos_ == "NOUN":
            done = done.head.head
        if _is_deed(tok.head) or _is_deed(done):
            return True
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is not None and _is_deed(obj):
        return True
    if (
        obj is None
        or obj.dep_ != "dobj"
        or raw_actor_like(obj)
        or obj.like_num
        or obj.ent_type_ in ("MONEY", "CARDINAL", "QUANTITY")
    ):
        return False
    if any(c.dep_ == "nummod" for c in obj.children):
        return False
    sets = word_sets()
    return not any(
        base_lemma(obj) in sets[name] for name in ("troops", "mil", "econ", "aid", "milaid", "hum")
    )


def _defends_own_position(tok) -> bool:
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    owner = next((c for c in obj.children if c.dep_ == "poss"), None) if obj is not None else None
    return (
        obj is None
        or (owner is not None and owner.pos_ == "PRON")
        or not (raw_actor_like(obj) or raw_actor_like(owner))
    )


_ARMED = word_set("armed_nouns")
_FORCES = word_set("force_nouns")
_POLITIES = word_set("both_sides_nouns")


def _by_force(tok) -> bool:
    """ "will defend itself with force", "defended the town with arms": a defence by force, not in words."""
    return any(base_lemma(w) in _FORCES or w.lower_ == "arms" for w in objects_of(tok, ("with",)))


def _argued(tok) -> bool:
    """A defence made in words: neither a force's subject nor a place as what is defended."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if subj is not None and base_lemma(subj) in _ARMED:
        return False
    return obj is None or obj.ent_type_ not in ("GPE", "LOC", "FAC")


def _suggests_a_fact(tok) -> bool:
    """A that-clause of what is, not of what should be done ("suggested that X should ..."): a view put forward,
    not a proposal."""
    clauses = [c for c in tok.children if c.dep_ == "ccomp"]
    return bool(clauses) and not any(aux_words(c) & {"should", "ought"} for c in clauses)


_TENSED = frozenset({"VBD", "VBZ", "VBP"})


def _tells_a_fact(tok) -> bool:
    """A that-clause in a tense of what is or was ("advised that the crossing had been closed"), not a bare
    subjunctive or "should" of what is to be done, nor a quoted piece of advice ("'You need to …,' she advised")."""
    return any(
        c.dep_ == "ccomp"
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        and not aux_words(c) & {"should", "ought", "must"}
        and (c.tag_ in _TENSED or any(a.dep_ in ("aux", "auxpass") and a.tag_ in _TENSED for a in c.children))
        for c in tok.children
    )


_EVERYTHING = frozenset({"everything", "anything"})
_BRUSHED = frozenset({"off", "aside"})


def _denies_what_happened(tok) -> bool:
    """ "denied that …", "denied ever taking bribes", "denied having used …", "denied everything", "denied all
    claims that Khashoggi was slain", "denied the allegations", "brushed off the charges", "a charge his family
    deny": a denial of responsibility. A claim someone owns ("denied his claim", "the court denied the union's
    claims") may be a demand turned down: a rejection."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None:  # "brushes off the charges": the parser may hang the object on the particle
        prt = next((c for c in tok.children if c.lower_ in _BRUSHED and c.dep_ in ("prt", "prep")), None)
        obj = next((c for c in prt.children if c.dep_ == "pobj"), None) if prt is not None else None
    if obj is None and tok.dep_ == "relcl":
        obj = tok.head
    if obj is None:
        return any(c.dep_ == "ccomp" or (c.dep_ == "xcomp" and _gerund(c)) for c in tok.children)
    if obj.lower_ in _EVERYTHING:
        return True
    if base_lemma(obj) not in CLAIMS:
        return False
    return any(c.dep_ in ("acl", "ccomp") for c in obj.children) or not any(
        c.dep_ == "poss" for c in obj.children
    )


def _gerund(verb) -> bool:
    """ "denied using …", "denied having used …": a gerund, also in the perfect (a VBN under "having")."""
    return verb.tag_ == "VBG" or (
        verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "having" for c in verb.children)
    )


_FUTURE = FUTURE_AUX | {"would"}
_MAYBE = POSSIBLE_AUX | {"can"}


def _warns_of_risk(tok) -> bool:
    """A caution, not a threat (CAMEO 13 needs an act the warner holds out): "warned against a return to ...",
    "warned that she did not like the new exam" (a present fact), "warned (that) Y could ..." (a risk run by
    someone else). A threat is an act to come ("warned that Hamas would pay"), the warner's own possible act
    ("warned it could strike"), an order with it ("warned them to leave"), or said to its target ("warned Iran",
    "Iran was warned"); a force named ("warned of retaliation") is coded 138 by the lexicon. Of a hazard
    ("warned Congress of the threat from climate change", "warned them about the issues") or of a thing to come
    ("warned that prices will rise") it is a caution, to its addressee or not."""
    if _warned_of_hazard(tok):
        return True
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "dative", "nsubjpass")), None)
    if obj is not None and raw_actor_like(obj):
        return False
    if any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in tok.children):
        return False
    clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
    if clause is None:
        return obj is None  # "warning leaflets", "warning shots": a thing named, no speech act parsed
    auxes = aux_words(clause)
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if auxes & _FUTURE:
        # "warned that prices will rise": a forecast; "that any attack would be met with force" says what will be
        # done (a passive), which may be the warner's act
        return (
            obj is None
            and subj is not None
            and subj.dep_ == "nsubj"
            and _a_thing(subj)
            and not _warners_own(subj, _warner(tok))
        )
    if subj is None and obj is not None and obj.i < clause.i:
        subj = (
            obj  # "warned [the delayed transition] [could be a threat]": the parser's object is the subject
        )
    if not auxes & _MAYBE:
        return True
    return subj is not None and not _warners_own(subj, _warner(tok))


_HAZARDS = word_set("hazards")


def _warned_of_hazard(tok) -> bool:
    """ "warned of the risk", "warned them about these issues": what is warned of is a hazard, not an act. The
    parser may hang the "of" on the one warned ("warned the Senate of the danger")."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    return any(
        p.dep_ == "prep"
        and p.lower_ in ("of", "about")
        and any(o.dep_ == "pobj" and base_lemma(o) in _HAZARDS for o in p.children)
        for p in (*tok.children, *(obj.children if obj is not None else ()))
    )


def _a_thing(subj) -> bool:
    """A subject that is no party and no force ("prices", "the deals", "the bans"): what it does is no one's act."""
    return (
        subj is not None
        and subj.pos_ == "NOUN"
        and not raw_actor_like(subj)
        and not unnamed_people(subj)
        and base_lemma(subj) not in _ARMED
        and base_lemma(subj) not in _POLITIES
    )


_AT_STAKE = word_set("at_stake")


def _endangers(tok) -> bool:
    """ "threaten" as endanger: a thing threatens ("bans that threaten women's health", "amendments threaten to
    erase ..."), or a good is put at risk ("threatened our national security"). No one is told of an act to come."""
    if _a_thing(subject_of(tok)) or (is_passive(tok) and _a_thing(_patient(tok))):
        return True  # also "public services, which they feel are threatened by the government"
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    return obj is not None and base_lemma(obj) in _AT_STAKE


def _patient(verb):
    """A passive's subject; a relative pronoun stands for the noun its clause describes."""
    patient = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    if patient is None or patient.tag_ not in ("WDT", "WP"):
        return patient
    clause = next((a for a in verb.ancestors if a.dep_ == "relcl"), verb if verb.dep_ == "relcl" else None)
    return clause.head if clause is not None else None


def _warner(tok):
    """Who warns: the verb's subject, or the subject it shares with the verb it is coordinated with."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None and tok.dep_ == "conj":
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    return subj


def _warners_own(subj, warner) -> bool:
    """Whether the clause's subject may be the warner or its side: "its troops", "we", "it" said of a state; not
    "it" said by a person, nor "he" by a state, nor a named third party."""
    if subj.pos_ != "PRON":
        return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subj.children)
    pron = subj.lower_
    if pron in ("i", "we") or warner is None:
        return True
    person = warner.ent_type_ == "PERSON" or warner.lower_ in ("he", "she", "i")
    if pron in ("he", "she"):
        return person
    return pron in ("it", "they") and not person


_ASSESSMENTS = word_set("assessment_documents")


def _document_warns(tok) -> bool:
    """ "a report by the ambassador warned of civil war": an assessment names a risk, it threatens no one (a
    statement's warning is its issuer's and may be a threat)."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subj is not None and not subj.ent_type_ and base_lemma(subj) in _ASSESSMENTS


def _standing_offer(tok) -> bool:
    """A present-tense "offers" with no "to"-clause and no auxiliary says what someone provides as a rule (a
    product, a service, a law's protection), not an offer put to a party; "we offer" is the speaker's own offer.
    Only the bare 030 reading: "offers aid / talks" (033, 036) keeps a headline's present."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return (
        tok.tag_ in ("VBZ", "VBP")
        and tok.dep_ in ("ROOT", "conj")
        and not any(c.dep_ in ("aux", "xcomp", "ccomp") for c in tok.children)
        and subj is not None
        and subj.pos_ != "PRON"
    )


_COVERT_ACTS = word_set("covert_acts")
_COVERT_DEVICES = word_set("covert_devices")
_DEVICES = word_set("device_nouns")
# The path from a proposal to the act proposed: "proposed breaking into", "a person dedicated to spying on".
_PROPOSED_ACT_DEPS = frozenset({"xcomp", "ccomp", "dobj", "acl", "prep", "pcomp", "conj"})


def _hostile_proposal(tok) -> bool:
    """A proposal, offer or plan whose act is covert or hostile (break into, spy on, steal, bug) intends no
    cooperation; an act the lexicon codes is read on its own (an intent or threat of it)."""
    todo = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp", "dobj", "acl")]
    while todo:
        t = todo.pop()
        lemma = base_lemma(t)
        if lemma in _COVERT_ACTS and t.pos_ in ("VERB", "NOUN"):
            return True
        if lemma == "break" and any(c.lower_ == "into" for c in t.children):
            return True
        if t.lower_ in _COVERT_DEVICES and t.dep_ == "compound" and base_lemma(t.head) in _DEVICES:
            return True
        todo += [c for c in t.children if c.dep_ in _PROPOSED_ACT_DEPS or c.dep_ == "compound"]
    return False


def offers_and_denials(t: Trigger):
    """Offers, proposals, discussions, defences, denials, moving people, contributions, impositions."""
    tok, code, lemma, root, verb, preps = t.tok, t.code, t.lemma, t.root, t.verb, t.preps
    if lemma == "warn" and code == "130" and verb and _warns_of_risk(tok):
        return "012"  # "warned the delayed transition could be a threat": a pessimistic comment, not a threat
    if lemma == "warn" and root == "13" and verb and _document_warns(tok):
        return "012"
    if lemma == "threaten" and root == "13" and verb and _endangers(tok):
        return None
    if lemma == "offer" and root == "03" and verb:
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        has_to = any(c.dep_ in ("xcomp", "dative") for c in tok.children) or "to" in preps
        if obj is not None and not has_to and not actor_like(obj) and base_lemma(obj) not in OFFERS:
            return None  # "both offer flights to Cuban cities", "airlines offer this": selling, not an offer to someone
        if code == "030" and _standing_offer(tok):
            return None  # "the service offers protection", "two states offer legal protections to couples"
    if root == "03" and verb and _promises_a_reply(tok):
        return None  # "the chief promised to respond but did not": an answer owed to the reporter, no pledge
    if code == "030" and control_classes().get(lemma) == "intent" and _hostile_proposal(tok):
        return (
            None  # "proposed breaking into Y's office", "a person dedicated to spying on Y": no cooperation
        )
    if (
        lemma == "propose"
        and root == "03"
        and verb
        and not any(c.dep_ in ("dobj", "xcomp", "ccomp", "nsubjpass") for c in tok.children)
    ):
        return None  # "the President's power to do as he proposed"
    if lemma == "discuss" and root == "04" and verb and "with" not in preps:
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None or not any(c.dep_ == "conj" for c in subj.children):
            # "the Senate was to meet to discuss Pierluisi's confirmation": a topic, not a partner
            return None
    if (
        lemma == "agree"
        and root == "03"
        and verb
        and not preps
        and not any(c.dep_ in ("xcomp", "dobj") for c in tok.children)
    ):
        return None  # "the governor agreed, saying ...", "agreeing the issue should be decided": an opinion shared
    if code == "043" and lemma == "welcome" and verb and not raw_actor_like(acted_on(tok)):
        return "051"  # "welcomed the agreement": an endorsement; a host welcomes a visitor (the object)
    if lemma == "suggest" and root == "03" and verb:
        if not any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in tok.children):
            return None  # "as he suggested"
        if _suggests_a_fact(tok):
            return "010"  # "suggested that the sale was legal": a view; "suggested forming a government" proposes
    if lemma in ("back", "support") and root == "05" and verb and "with" in preps:
        obj = acted_on(tok)
        if obj is not None and base_lemma(obj) in CLAIMS:
            return (
                None  # "backs these allegations with interviews": evidence for its own claim, no endorsement
            )
    if lemma == "advise" and root == "02" and verb and _tells_a_fact(tok):
        return (
            "010"  # "advised that he had instructed his lawyers": news passed on; "advised Y to leave" asks
        )
    if lemma == "defend" and root == "05" and verb and _by_force(tok):
        # "will defend itself with force if necessary": no defence in words, nor cooperation intended
        return None
    if lemma in ("defend", "justify") and root == "05" and verb and _defends_own_position(tok):
        # "defended his decision", "justified the claim": a statement of its own position; "troops defended the
        # town" is no statement
        return "010" if _argued(tok) else None
    if lemma == "commit" and code == "030" and verb and "to" not in preps and _commits_a_deed(tok):
        return None  # "committed the murder", "prone to commit crimes": a deed done, no pledge to anyone
    if lemma == "work" and root == "06" and any(c.dep_ == "prt" for c in tok.children):
        return None  # "the package it worked out with the leaders": a phrasal verb (a deal reached), no joint work
    if lemma in ("deny", "brush") and root == "12" and verb and _denies_what_happened(tok):
        return "016"  # "denied that he made any deal": deny responsibility ("denied his claim" stays a rejection)
    if (
        root == "07"
        and verb
        and person_like(acted_on(tok))
        and lemma in ("airlift", "fly", "evacuate", "transfer", "send", "take", "move")
    ):
        return None  # "Navalny was airlifted to Berlin": moving a person, not aid
    if (
        root == "07"
        and verb
        and lemma == "evacuate"
        and not is_passive(tok)
        and not any(c.dep_ == "dobj" for c in tok.children)
    ):
        return None  # "7000 people have evacuated from the area": they fled; nobody gave aid
    if root == "07" and verb and lemma == "contribute":
        to = preps.get("to")
        if to is not None and not raw_actor_like(to) and acted_on(tok) is None:
            return None  # "contributed to incredible human suffering"; not "contribute 500 soldiers to the force"
    if lemma == "impose" and code == "170" and verb:
        obj = acted_on(tok)
        if obj is not None and base_lemma(obj) in LEGISLATIVE:
            return None  # "imposed a law mandating ...": a rule, not coercion of anyone
    return UNDECIDED


_REPLYING = frozenset({"respond", "reply"})


def _promises_a_reply(tok) -> bool:
    """A promise to respond or reply to no one and about nothing the sentence names."""
    return any(
        c.dep_ == "xcomp"
        and base_lemma(c) in _REPLYING
        and not any(g.dep_ in ("prep", "dobj") for g in c.children)
        for c in tok.children
    )


def _receives(tok) -> bool:
    """A party that can receive aid: a name, people, or a country or community by its common noun."""
    return raw_actor_like(tok) or base_lemma(tok) in _AID_RECIPIENTS


def _by_mistake(verb) -> bool:
    """ "were accidentally delivered", "sent by mistake": done unmeant."""
    return any(
        (c.dep_ == "advmod" and c.lower_ in _BY_MISTAKE)
        or (c.dep_ == "prep" and c.lower_ == "by" and any(base_lemma(g) in _BY_MISTAKE for g in c.children))
        for c in verb.children
    )


def procedures_and_aid(t: Trigger):
    """Things done to the subject, signed decrees, recognition, questions, aid with no recipient."""
    tok, code, lemma, root, verb, preps = t.tok, t.code, t.lemma, t.root, t.verb, t.preps
    if (
        verb
        and tok.tag_ == "VBN"
        and tok.dep_ in ("ccomp", "xcomp", "oprd")
        and base_lemma(tok.head) in ("have", "get")
    ):
        return None  # "had her home searched": the subject is who it was done to; the doer is not named
    if (
        code == "057"
        and tok.dep_ == "acl"
        and tok.head.pos_ in ("NOUN", "PROPN")
        and base_lemma(tok.head) not in AGREEMENTS
    ):
        return None  # "the decree signed by the Pope": what is signed is the noun it describes
    if lemma in ("recognize", "recognise") and root == "05":
        what = acted_on(tok) if verb else None
        if tok.dep_ == "relcl" and what is not None and what.tag_ in ("WDT", "WP"):
            what = tok.head
        if what is None or not (
            what.ent_type_ in ("GPE", "ORG", "NORP", "LOC") or base_lemma(what) in RECOGNISED
        ):
            return None  # "recognized by UNESCO as part of our heritage": not diplomatic recognition
    if (
        lemma == "ask"
        and root == "02"
        and verb
        and "about" in preps
        and not any(c.dep_ in ("xcomp", "ccomp") for c in tok.children)
    ):
        return None  # "the press asked Trump about it": a question
    if lemma == "ask" and root == "02" and verb and _asks_a_question(tok, preps):
        return None  # "'Why now?' she asked", "asked him that question": a question, not a request
    if lemma == "ask" and root == "02" and verb and any(c.lower_ in REFLEXIVES for c in tok.children):
        return None  # "we kept asking ourselves": a question to oneself
    if lemma in ("ask", "request") and root == "02" and verb and _asks_not_to_be_named(tok):
        return None
    if root == "07" and verb and lemma in _GIVING and code in ("070", "071"):
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        recipients = [
            preps.get("to"),
            preps.get("for"),
            *(c for c in tok.children if c.dep_ == "dative"),
            obj,
        ]
        if obj is not None:  # "approved a loan to Nigeria"
            recipients += [
                g
                for p in obj.children
                if p.dep_ == "prep" and p.lower_ in ("to", "for")
                for g in p.children
                if g.dep_ == "pobj"
            ]
        if not any(_receives(r) for r in recipients if r is not None and r.dep_ != "mark"):
            return None  # "Congress approved a budget", "supplied snapshots of his notebooks": nobody receives aid
    if root in ("06", "07", "08") and verb and _by_mistake(tok):
        return None  # "fuses were accidentally delivered to Y": goods shipped by mistake are no aid
    if root == "07" and verb and lemma == "send":
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is not None and base_lemma(obj) in _MESSAGES:
            return "051"  # "sent a letter of support": words of support, not aid
    if code == "115" and lemma == "bring" and "against" not in preps:
        return None  # "brought the case before the ECJ": a referral, not a lawsuit against someone
    if root == "12" and has_neg(tok) and any(c.lower_ == "until" for c in tok.children):
        return None  # "didn't endorse her until July": it happened, later
    return UNDECIDED
