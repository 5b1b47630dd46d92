"""The source of an event: the subject of a verb through passives, control, coordination and relative clauses;
the agent of an event noun ("attacks by X", "Israeli airstrikes"); the sender of what was received.
"""

from __future__ import annotations

from newsroom.extract.events.codebook import control_classes, light_verbs, word_set
from newsroom.extract.events.context import posture_passive
from newsroom.extract.events.datelines import dateline_end_of
from newsroom.extract.events.parties import ACTOR_ENTS, raw_actor_like
from newsroom.extract.events.sought import sought
from newsroom.extract.events.syntax import (
    by_phrase,
    child_of,
    first_conjunct,
    is_date,
    is_passive,
    lemma_of,
    pobj_of,
    prep_children,
    target_of_prep,
    to_infinitive,
)
from newsroom.extract.lexicon import reporting_verbs

SUBJ_DEPS = ("nsubj", "csubj")


_STATEMENT_NOUNS = word_set("statement_nouns")


MESSAGE_NOUNS = word_set("message_nouns")


_TRANSFER_VERBS = word_set("transfer_verbs")


_CAUSING_VERBS = word_set("causing_verbs")


def _bare_auxiliaries(verb) -> list:
    """Auxiliaries of the verb with no negation of their own ("had not, as of yesterday, announced" is negated)."""
    return [a for a in verb.children if a.dep_ == "aux" and not any(c.dep_ == "neg" for c in a.children)]


# Prepositions whose "-ing" clause is done by the subject of the verb they modify ("after meeting X, he said").
# Not "of"/"for"/"on" ("accused of killing", "arrested for spying", "congratulated X on winning": another's deed)
# nor "without" (not done).
_MANNER_TIME_PREPS = frozenset({"by", "after", "before", "since", "upon", "while", "following", "besides"})


# doc.user_data key: subject_of's answers by verb index (the subject's index, or -1 for none), kept while
# code_events reads an article (coder._prepare makes it): the sense checks, the modality and the arguments ask it
# of the same verbs. Indices, not Tokens: a Token holds its Doc, which would keep every article alive in a cycle.
SUBJECTS = "newsroom_event_subjects"


def subject_of(verb, seen: int = 0):
    """The token naming who acts, following control, coordination and relative clauses."""
    known = verb.doc.user_data.get(SUBJECTS) if seen == 0 else None
    if known is None:
        return _subject_of(verb, seen)
    found = known.get(verb.i)
    if found is None:
        subj = _subject_of(verb, 0)
        found = known[verb.i] = -1 if subj is None else subj.i
    return None if found < 0 else verb.doc[found]


def _misplaced_antecedent(verb, head, seen: int):
    """ "the US began a surge into Iraq, which sent brigades into Iraq": a relative clause that names its own
    antecedent again after its verb was hung on the wrong noun (a place is not what sends into itself); it is
    the clause of the noun or verb governing that name's preposition, done by whoever did it ("began a surge")."""
    if head.pos_ != "PROPN" or head.dep_ != "pobj" or head.head.dep_ != "prep":
        return None
    if not any(t.i > verb.i and t.lower_ == head.lower_ and t.dep_ == "pobj" for t in verb.subtree):
        return None
    governor = head.head.head  # "a surge into Iraq", or "launched an offensive into Iraq" (on the verb)
    if governor.pos_ == "VERB":
        return subject_of(governor, seen + 1)
    if governor.pos_ != "NOUN":
        return None
    return subject_of(governor.head, seen + 1) if governor.dep_ == "dobj" else governor


def _who_after_in(verb, head) -> bool:
    """ "staff across the country, including in X and Y Counties, who work to support ...": a "who" clause the
    parser hung on a name after "in" is about people named before it, not about the place."""
    anchor = first_conjunct(head)
    return (
        anchor.pos_ == "PROPN"
        and anchor.dep_ == "pobj"
        and anchor.head.lower_ == "in"
        and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children)
    )


def _subject_of(verb, seen: int):
    if seen > 6:
        return None
    if is_passive(verb) or _reduced_passive(verb) or bare_participle_subject(verb) is not None:
        return _passive_doer(verb)
    if (sought_against := sought(verb)) is not None:
        return subject_of(sought_against[1], seen + 1)  # "looked for a man to attack": the seeker attacks
    if (absolute := _with_absolute_subject(verb)) is not None:
        return absolute
    if (misread := misread_addressee(verb)) is not None:  # "sent a letter to Secretary X demanding ..."
        return subject_of(misread[0], seen + 1)
    subj = _nearest_subject(
        [c for c in verb.children if c.dep_ in SUBJ_DEPS and c.i >= dateline_end_of(c)], verb
    )
    if subj is None:  # "the ISU had, on and off, blocked ...": the parser hung the subject on the auxiliary
        subj = next((s for a in _bare_auxiliaries(verb) for s in a.children if s.dep_ in SUBJ_DEPS), None)
    if subj is not None and not (verb.dep_ == "relcl" and subj.tag_ in ("WDT", "WP")):
        return subj
    head = verb.head
    if head == verb:
        return None
    if verb.dep_ == "relcl":
        if _who_after_in(verb, head):
            return None
        return _misplaced_antecedent(verb, head, seen) or head
    if verb.dep_ in ("xcomp", "advcl", "oprd") or (verb.dep_ == "acl" and head.pos_ in ("VERB", "AUX")):
        return _controlled_subject(verb, head, seen)
    if (
        verb.dep_ == "pcomp"
        and verb.tag_ == "VBG"
        and head.lower_ in _MANNER_TIME_PREPS
        and head.head.pos_ in ("VERB", "AUX")
    ):
        # "responded by launching airstrikes", "after condemning the attack, noted …": the subject did both;
        # "upon arriving, X was arrested": the one the passive is about arrived
        if head.lower_ != "by" and is_passive(head.head):
            return child_of(head.head, "nsubjpass")
        return subject_of(head.head, seen + 1)
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and head.lower_ == "as" and is_passive(head.head):
        # "X was quoted as saying ...", "X is reported as saying ...": the passive's subject speaks
        return next((c for c in head.head.children if c.dep_ == "nsubjpass"), None)
    if verb.dep_ == "conj":
        if (
            head.dep_ == "ccomp"
            and any(c.dep_ == "mark" for c in head.children)
            and control_classes().get(lemma_of(verb), "") in ("report", "target_report", "demand")
            and head.head != head
        ):
            # "X stressed that A seeks ... and urged ...": a speech act joined to a that-clause is the reporter's
            return subject_of(head.head, seen + 1)
        if small_clause(head) and verb.tag_ in ("VBD", "VBZ", "VBP"):
            # "found a man walking home and assaulted him": the finder assaulted, not the man
            return subject_of(head.head, seen + 1)
        # "journalists kidnapped in Iraq arrived home": they arrived, though nobody named kidnapped them
        return bare_participle_subject(head) or subject_of(head, seen + 1)
    if (sender := message_sender(verb)) is not None:  # "handed a letter to the envoy demanding ..."
        return subject_of(sender, seen + 1)
    if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
        owner = noun_agent(head, ("by", "from"))  # "X's decision to withdraw", "a tweet from X alleging"
        if owner is not None:
            return owner
        if head.dep_ in ("dobj", "attr"):
            return subject_of(head.head, seen + 1)
        if (joined := participation_verb(head)) is not None:  # "took part in protests calling on X to ..."
            return subject_of(joined, seen + 1)
    if head.pos_ == "ADJ" and verb.dep_ == "xcomp":  # "ready to promote"
        return subject_of(head.head, seen + 1) if head.head != head else None
    if verb.pos_ == "ADJ" and verb.dep_ in ("acomp", "amod"):
        return subject_of(head, seen + 1)
    return None


def small_clause(verb) -> bool:
    """A participle with its own subject under a verb of finding or seeing: "found [a man walking home]"."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "ccomp"
        and verb.head.pos_ == "VERB"
        and child_of(verb, "nsubj") is not None
        and not any(c.dep_ in ("aux", "mark") for c in verb.children)
    )


def message_sender(verb):
    """The verb that sent the message an -ing clause describes, when the parser hung the clause on the addressee:
    in "handed a letter to the envoy demanding ...", "sent a note to X asking ..." the letter demands, not the
    envoy."""
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "acl" or head.dep_ != "pobj" or head.head.lower_ != "to":
        return None
    holder = head.head.head
    if lemma_of(holder) in MESSAGE_NOUNS and holder.dep_ == "dobj":
        return holder.head
    if holder.pos_ == "VERB" and any(
        c.dep_ == "dobj" and lemma_of(c) in MESSAGE_NOUNS for c in holder.children
    ):
        return holder
    return None


def misread_addressee(verb):
    """(the sending verb, the addressee) when the parser read the one a message was sent to as the subject of the
    -ing clause describing it: in "sent a letter to Transport Secretary X demanding answers", "wrote to Governor X
    urging him to ...", "handed a note to X asking ..." it hangs X on "demanding" as its subject and leaves "to"
    with no object (or, after an office's body, "to the Department of Y (DY) Secretary X demanding", with the body
    as its object); the letter demands, X is asked. Only a sender that wrote or sent a message (a message noun
    as its object, or "write to")."""
    if verb.tag_ != "VBG":
        return None
    subj = child_of(verb, "nsubj")
    if subj is None or subj.i > verb.i or subj.pos_ not in ("PROPN", "NOUN") or subj.left_edge.i == 0:
        return None
    before = verb.doc[subj.left_edge.i - 1]
    if before.lower_ == "to":
        to = before if not any(c.dep_ == "pobj" for c in before.children) else None
    else:
        if before.text == ")" and before.i > 0:  # "(DHS)" closing the body's name
            before = before.nbor(-1)
        to = next(
            (t for t in before.ancestors if t.lower_ == "to" and before.i <= t.right_edge.i < subj.i), None
        )
    if to is None or to.dep_ not in ("prep", "dative"):
        return None
    holder = to.head
    if holder.pos_ in ("VERB", "AUX"):
        sender = holder
    elif lemma_of(holder) in MESSAGE_NOUNS and holder.dep_ == "dobj":
        sender = holder.head
    else:
        return None
    letters = [c for c in sender.children if c.dep_ == "dobj" and lemma_of(c) in MESSAGE_NOUNS and c.i < to.i]
    if not letters and not (lemma_of(sender) == "write" and holder is sender):
        return None
    if verb.head not in (sender, to, *letters):
        return None
    return sender, subj


def _nearest_subject(subjects: list, verb):
    """The subject of a verb the parser gave two ("According to the mayor, Dee Margo, police were investigating";
    "Somalia On Sunday, suicide bombers killed"): the one right before it when it opens a clause after a comma
    (the first is an apposition, a heading, an adverbial); not a common noun set after a person's name, which
    describes that person ("Jane Doe, the party's senator said")."""
    before = [s for s in subjects if s.i < verb.i]
    if len(before) > 1 and (
        _title_then_name(before[-2], before[-1]) or _after_time(before[-2], before[-1], verb)
    ):
        return before[-1]
    if len(before) > 1 and (start := before[-1].left_edge.i) > 0 and verb.doc[start - 1].text == ",":
        # a new clause after a comma: not "Spokesmen for X and Y have denied" (a misparse inside one subject),
        # not the last item of a list ("injuries on both sides, and ten troops captured"), nor the country of
        # "a house in Yusufiyah, Iraq" (a place's place)
        if not _place_of_place(before[-1]) and not _describes_person(before[-1], before[:-1]):
            return before[-1]
    return subjects[0] if subjects else None


def _title_then_name(title, name) -> bool:
    """ "Pentagon spokeswoman Lt. Col. Jane Doe confirmed": the parser made the title and the name two subjects; the
    name, written right after the title's last word, is who acts (the title only says for whom)."""
    return (
        name.ent_type_ == "PERSON"
        and title.ent_type_ != "PERSON"
        and title.pos_ in ("NOUN", "PROPN")
        and title.right_edge.i + 1 == name.left_edge.i
        and name.left_edge.ent_iob_ != "I"  # "X Party and the Muttahida Majlis-e-Amal": one name cut in two
    )


def _after_time(first, name, verb) -> bool:
    """ "Around 22.50 CET last night Moderate Party leader X claimed": a time phrase of the verb ("last night") stands
    between the two subjects the parser gave it, so the first is inside the sentence's opening time adverbial and the
    person's name after it is who acts."""
    return name.ent_type_ == "PERSON" and any(
        c.dep_ == "npadvmod" and first.i < c.i < name.left_edge.i for c in verb.children
    )


def _place_of_place(tok) -> bool:
    """The "Iraq" of "Yusufiyah, Iraq": a place name right after another and a comma."""
    left = tok.left_edge.i
    return tok.ent_type_ in ("GPE", "LOC") and left >= 2 and tok.doc[left - 2].ent_type_ in ("GPE", "LOC")


def _describes_person(tok, earlier: list) -> bool:
    """ "Jane Doe, the party's senator": a bare common noun after a person's name is an apposition to it."""
    return tok.tag_ == "NN" and not tok.ent_type_ and any(c.ent_type_ == "PERSON" for c in earlier)


_HARM_VERBS = word_set("harm_verbs")


def _reduced_passive(verb) -> bool:
    """A passive without its auxiliary: "two protesters killed in the clashes" (a participle on a noun), "the
    army reported Uthman killed" (a verb that always takes an object, with none, under a verb of saying or
    finding). Who acts is the "by" agent, if any, never the governing clause's subject."""
    clause = any(c.dep_ in ("nsubj", "dobj", "aux", "mark", "ccomp", "xcomp", "prt") for c in verb.children)
    if verb.tag_ == "VBN" and absolute(verb) and not posture_passive(verb):
        # "with 714 people injured": they were injured ("with 12,000 officers deployed": they act)
        return True
    if verb.tag_ == "VBN" and verb.dep_ == "acl":
        # not "the fact that X have chosen to ..."; a speech verb there is most often a misparse of the
        # noun's own verb ("The chief, X, announced on Facebook ...")
        return not clause and lemma_of(verb) not in reporting_verbs()
    if verb.tag_ == "VBD" and verb.dep_ == "acl" and lemma_of(verb) in _HARM_VERBS:
        # "the 49 servicemen killed are ...": the tagger's past tense on a participle hung on a noun
        return not clause
    return (
        verb.dep_ in ("ccomp", "oprd")
        and verb.tag_ in ("VBD", "VBN")
        and lemma_of(verb) in _HARM_VERBS
        and not any(c.dep_ in ("dobj", "aux", "mark", "ccomp", "xcomp", "prt") for c in verb.children)
        and not any(c.dep_ == "prep" and c.lower_ in ("at", "on", "upon") for c in verb.children)  # "shot at"
    )


def bare_participle_subject(verb):
    """The subject the parser gave a verb that always takes an object, standing in the past with no auxiliary
    and no object of its own or of a verb joined to it ("three journalists kidnapped in Iraq arrived home", a
    headline "Two aid workers abducted in Darfur"): a reduced passive read as the clause's verb, so the subject is
    the one acted on (not "shot at", nor "arrested and charged two men")."""
    if verb.tag_ not in ("VBD", "VBN") or verb.dep_ not in ("ROOT", "conj", "ccomp"):
        return None
    if lemma_of(verb) not in _HARM_VERBS or any(
        c.dep_ in ("aux", "auxpass", "dobj", "dative", "attr", "oprd", "xcomp")
        or (c.dep_ == "prep" and c.lower_ in ("at", "on", "upon") and not is_date(pobj_of(c) or c))
        or (c.dep_ == "conj" and child_of(c, "dobj") is not None)
        for c in verb.children
    ):
        return None
    if verb.dep_ == "conj" and child_of(verb.head, "dobj") is not None:
        return None
    return child_of(verb, "nsubj")


def absolute(verb) -> bool:
    """The participle of an absolute "with X doing / done" clause ("..., with 714 people injured", "..., with
    France providing support"): a circumstance of the main clause, whose X is neither its doer nor its partner."""
    if verb.tag_ not in ("VBN", "VBG") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if verb.dep_ == "pcomp":
        prep = verb.head
    elif verb.dep_ == "acl" and verb.head.dep_ == "pobj":
        prep = verb.head.head
    elif verb.dep_ == "advcl" and (mark := child_of(verb, "mark")) is not None:
        prep = mark  # the parser also reads "with" as the clause's marker
    else:
        return False
    # set off from the clause ("met with officials representing the rebels" is a partner)
    return prep.lower_ in ("with", "without") and (prep.i == prep.sent.start or prep.nbor(-1).is_punct)


def in_absolute(tok) -> bool:
    """The X of an absolute "with X doing / done" clause (``absolute``)."""
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return absolute(tok.head)
    return tok.dep_ == "pobj" and any(
        absolute(c) for c in (*tok.children, *tok.head.children) if c.dep_ in ("acl", "pcomp")
    )  # the parser hangs the participle on the noun or, beside it, on "with"


def _shared_agent(verb):
    """The agent a passive shares with what is coordinated with it or kept as its object: "was fired on and sunk
    by a cruiser" (the cruiser fired too), "had been refused entry by the minister" (the parser hangs "by" on the
    retained object); not across "but" ("was put under arrest, but was pardoned by X": X did not arrest)."""
    if any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in verb.children):
        return None
    for c in verb.children:
        if (
            c.dep_ == "conj"
            and c.tag_ == "VBN"
            and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
        ):
            agent = _agent_of(c) or _shared_agent(c)
            if agent is not None:
                return agent
    retained = child_of(verb, "dobj")
    by = (
        next((p for p in prep_children(retained) if p.lower_ == "by"), None) if retained is not None else None
    )
    return pobj_of(by) if by is not None else None


def _passive_doer(verb):
    """Who acts in a passive clause: the agent, the author of the statement it was done in, the sender of a
    transfer, or the force itself in a posture ("troops were deployed")."""
    agent = by_phrase(verb)
    if agent is None and (shared := _shared_agent(verb)) is not None:
        return shared
    if agent is not None:
        obj = pobj_of(agent)
        if obj is not None and obj.tag_ == "VBG" and (doer := child_of(obj, "dobj")) is not None:
            return doer  # "interrupted by protesting legislators": the parser read "protesting" as a verb
        return obj
    for p in prep_children(verb):  # "was condemned in a joint statement by Egypt, Greece and Cyprus"
        holder = pobj_of(p) if p.lower_ in ("in", "through", "via") else None
        if holder is not None and lemma_of(holder) in _STATEMENT_NOUNS:
            by = next(
                (
                    o
                    for q in prep_children(holder)
                    if q.lower_ in ("by", "from") and (o := pobj_of(q)) is not None
                ),
                None,
            )
            if by is not None:
                return by
    if lemma_of(verb) in _TRANSFER_VERBS:  # "was extradited from Spain to Peru": Spain sends
        source = next((c for c in prep_children(verb) if c.lower_ == "from"), None)
        if source is not None:
            return pobj_of(source)
    if posture_passive(verb):
        return child_of(verb, "nsubjpass")  # "troops were deployed", "the army was put on alert"
    # "a memorandum was signed between Cyprus, Greece and Israel", "the ceasefire was agreed between X and Y";
    # not what was said ("it was agreed between them that ...")
    if lemma_of(verb) not in reporting_verbs() or not any(
        c.dep_ == "ccomp" or c.lower_ == "it" for c in verb.children
    ):
        return target_of_prep(verb, ("between",))  # the first party; its conjuncts are the others
    return None


_HEARSAY_PASSIVES = word_set("hearsay_passives")


def raised_patient(verb):
    """The subject of "X were reported killed", "X was said arrested": a bare participle under a passive verb of
    hearsay tells what was done to X (unlike "X is reported to have attacked", where X acts)."""
    head = verb.head
    if (
        verb.dep_ in ("xcomp", "oprd")
        and verb.tag_ == "VBN"
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        and lemma_of(head) in _HEARSAY_PASSIVES
        and is_passive(head)
    ):
        return child_of(head, "nsubjpass")
    return None


def _agent_of(verb):
    agent = by_phrase(verb)
    return pobj_of(agent) if agent is not None else None


def _with_absolute_subject(verb):
    """ "declared Obama the nominee, with Russert asserting …": a named party that "with" governs right before an
    -ing form does it, not the main clause's subject nor a noun before "with" the parser made its subject."""
    if verb.tag_ != "VBG" or verb.i == 0:
        return None
    noun = verb.doc[verb.i - 1]
    if noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.ent_type_ in ACTOR_ENTS:
        return noun
    return None


def _made_to_act(head, seen: int) -> bool:
    """ "X forced / persuaded Y to withdraw": Y withdrew, when a party made Y do it ("the illness forced him to
    seek help" is left as it was) and the making is told as done, not aimed at ("in an attempt to force Y to")."""
    return (
        lemma_of(head) in _CAUSING_VERBS
        and not to_infinitive(head)
        and not any(a.dep_ == "aux" and a.tag_ == "MD" for a in head.children)
        and raw_actor_like(subject_of(head, seen + 1))
    )


def _controlled_subject(verb, head, seen: int):
    """The subject of a complement or adverbial clause: the one urged ("urged Y to X"), the author of a message
    the -ing clause describes, the raised subject of "X is reported to have ...", else the governing clause's
    subject."""
    if raised_patient(verb) is not None:
        return _agent_of(verb)  # "twelve militants were reported killed": they died; whoever is "by X" acted
    if verb.dep_ == "xcomp" and lemma_of(head) in _HEARSAY_PASSIVES and is_passive(head):
        return child_of(head, "nsubjpass")
    if verb.dep_ in ("xcomp", "advcl") and head.pos_ in ("VERB", "AUX"):
        if control_classes().get(lemma_of(head)) == "demand" or _made_to_act(head, seen):
            obj = child_of(head, "dobj") or target_of_prep(head, ("on", "upon"))
            if obj is not None:
                return obj  # "urged Y to X", "forced Y to X": Y acts
    if (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and (obj := child_of(head, "dobj")) is not None
        and obj.i < verb.i
    ):
        if obj.lemma_.lower() in MESSAGE_NOUNS and (owner := noun_agent(obj, ("by", "from"))) is not None:
            return owner  # "followed a tweet from X alleging ...": the -ing clause belongs to the message
    if verb.dep_ == "advcl" and not to_infinitive(verb) and verb.tag_ != "VBG":
        return None
    if (doer := _object_doing(verb, head)) is not None:
        return doer
    if (reported := _reported_clause(verb, head)) is not None:
        return subject_of(reported, seen + 1)
    return subject_of(head, seen + 1)


def _object_doing(verb, head):
    """ "condemned the government asking foreign forces to ...", "saw troops firing on the crowd": an -ing
    complement right after its governor's object, with no comma between, is what that object does, when the
    object can act (not "spent money buying ...", nor "X condemned Y, saying ...", set off by a comma)."""
    if verb.dep_ != "xcomp" or verb.tag_ != "VBG" or head.pos_ != "VERB":
        return None
    obj = child_of(head, "dobj")
    if obj is None or obj.right_edge.i != verb.i - 1 or obj.pos_ not in ("NOUN", "PROPN"):
        return None
    return obj if raw_actor_like(obj) else None


def _reported_clause(verb, head):
    """ "Militants threw grenades at a bus station, police said, killing one person": an -ing clause after a
    parenthetical "X said" continues the clause X reports, not X's saying (unless it is itself speech: "..., she
    said, adding ...")."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or lemma_of(head) not in reporting_verbs():
        return None
    if lemma_of(verb) in reporting_verbs() or control_classes().get(lemma_of(verb)) in ("report", "demand"):
        return None
    return next((c for c in head.children if c.dep_ == "ccomp" and c.i < head.i and c.pos_ == "VERB"), None)


def noun_agent(noun, preps: tuple[str, ...] = ("by",)):
    """ "attacks by X", "X's invasion", "Israeli airstrikes", "US sanctions"."""
    holders = [noun] + [
        pobj_of(p) for p in prep_children(noun) if p.lower_ == "of" and pobj_of(p) is not None
    ]
    for h in holders:
        for p in prep_children(h):
            if p.lower_ in preps and (obj := pobj_of(p)) is not None:
                return obj
    if (by := _by_on_infinitive(noun, preps)) is not None:
        return by
    poss = child_of(noun, "poss")
    if poss is not None:
        return poss
    for c in noun.children:
        if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON"):
            if not opposed(c):
                return c
    carried = noun.dep_ in ("dobj", "attr") and lemma_of(noun.head) in light_verbs()
    for c in noun.children:  # not "Trump announces a military withdrawal": the light verb's subject acts
        if c.dep_ == "compound" and lemma_of(c) in _ACTING_BODIES and not carried and not opposed(c):
            return c  # "police raids", "an army offensive", "a government crackdown"
    return _claimant(noun)


def _by_on_infinitive(noun, preps: tuple[str, ...]):
    """ "the vote to impeach him by the House", "the decision to expel them by the government": the parser hangs
    the noun's "by" phrase on its to-infinitive, which, being active, has no agent of its own; only a party
    ("a plan to cut costs by 10%" is a measure)."""
    for verb in noun.children:
        if (
            verb.dep_ == "acl"
            and verb.tag_ == "VB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)
        ):
            for p in prep_children(verb):
                if p.lower_ in preps and (obj := pobj_of(p)) is not None and raw_actor_like(obj):
                    return obj
    return None


# Bodies that act when they modify an event noun as a common noun: "police raids", "an army offensive".
_ACTING_BODIES = word_set("acting_bodies")
_CLAIMED = word_set("claimed")
_CLAIMING_VERBS = word_set("claiming_verbs")


def _claimant(noun):
    """ "X claimed responsibility for the attacks": X carried them out, as CAMEO codes the attack to the group
    that claims it."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for" or noun.head.head.dep_ != "dobj":
        return None
    holder = noun.head.head
    if lemma_of(holder) not in _CLAIMED or lemma_of(holder.head) not in _CLAIMING_VERBS:
        return None
    return subject_of(holder.head)


def explicit_agent(noun):
    """Agent of a noun named by "by X" / "from X", or an agentive modifier ("Israeli airstrikes")."""
    for p in prep_children(noun):
        if p.lower_ in ("by", "from") and (obj := pobj_of(p)) is not None:
            return obj
    for c in noun.children:
        if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON"):
            if not opposed(c):
                return c
    return None


def opposed(modifier) -> bool:
    """A modifier after "anti" ("anti-Japan demonstrations", "anti-government protests") names whom the act is
    against, never who does it."""
    doc, i = modifier.doc, modifier.i
    if modifier.lower_.startswith("anti-"):
        return True
    before = [doc[j].lower_ for j in range(max(0, i - 2), i)]
    return bool(before) and (before[-1] in ("anti", "anti-") or before == ["anti", "-"])


def opposed_modifiers(noun) -> list:
    """The X of "anti-X" on an event noun: the one it is aimed at."""
    return [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and c.is_alpha and opposed(c)]


def has_of_object(noun) -> bool:
    return any(p.lower_ == "of" and pobj_of(p) is not None for p in prep_children(noun))


def participle_agents(noun) -> list:
    """Agents of past participles describing a noun: "a bomb planted by X", "a bill passed by Y"."""
    return [
        obj
        for c in noun.children
        if c.dep_ == "acl" and c.tag_ == "VBN"
        for p in c.children
        if p.dep_ in ("agent", "prep") and p.lower_ == "by" and (obj := pobj_of(p)) is not None
    ]


# Verbs by which an actor is the author of what a passive relative clause describes ("the plan, which was drawn up
# by X"): not a comment on it ("the plan, which was criticised by Y").
AUTHORING_VERBS = word_set("authoring_verbs")


def relative_agents(noun) -> list:
    """Agents of a passive relative clause that says who made a noun: "the sittings, which were ordered by X", "a
    proposal that was put forward by Y" — what ``participle_agents`` reads in "a plan drawn up by X"."""
    return [
        obj
        for c in noun.children
        if c.dep_ == "relcl"
        and c.tag_ == "VBN"
        and lemma_of(c) in AUTHORING_VERBS
        and any(s.dep_ == "nsubjpass" and s.lower_ in ("which", "that") for s in c.children)
        for p in c.children
        if p.dep_ == "agent" and (obj := pobj_of(p)) is not None
    ]


RECEIVE_VERBS = word_set("receive_verbs")


# "at / upon / on the request of X": the subject of the clause did it because X asked.
BEHEST_PREPS = frozenset({"at", "upon", "on"})


def at_behest_of(noun):
    """The X of "at the request of X" ("did it at the request of X"), or None."""
    if (
        noun.dep_ != "pobj"
        or noun.head.lower_ not in BEHEST_PREPS
        or noun.head.head.pos_ not in ("VERB", "AUX")
    ):
        return None
    return next(
        (
            o
            for p in prep_children(noun)
            if p.lower_ == "of" and (o := pobj_of(p)) is not None and not is_date(o)
        ),
        None,
    )


def sender_of(noun, verb):
    """The "from X" of a received event noun, on the noun or on the verb; the X of "at the request of X"."""
    if (asker := at_behest_of(noun)) is not None:
        return asker
    for holder in (noun, verb):
        for p in prep_children(holder):
            if p.lower_ == "from" and (obj := pobj_of(p)) is not None and not is_date(obj):
                return obj
    return None


def under_attack(noun) -> bool:
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "under"
        and lemma_of(noun.head.head) in ("come", "be", "remain")
    )


# Verbs whose subject is among those who do what an event noun after them names, with the word the verb needs
# ("take part", "turn out"; None: none) and the prepositions that bring the noun.
_PARTICIPATION = {"participate": (None, ("in",)), "take": ("part", ("in",)), "turn": ("out", ("for", "in"))}


def participation_verb(noun):
    """The verb whose subject took part in what the event noun names ("thousands took part in protests",
    "participated in the talks", "turned out for a second weekend of demonstrations"), else None: the crowd or
    delegation is the noun's doer, as a light verb's subject is ("staged a protest")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "pobj":
        noun = noun.head.head  # "a second weekend of demonstrations", "a round of talks"
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.dep_ == "dobj" and lemma_of(verb) == "part":  # "took part in": "in" hung on "part"
        verb = verb.head
    need, preps = _PARTICIPATION.get(lemma_of(verb), (None, ()))
    if verb.pos_ != "VERB" or prep.lower_ not in preps:
        return None
    if need is not None and not any(lemma_of(c) == need and c.dep_ in ("dobj", "prt") for c in verb.children):
        return None
    return verb
