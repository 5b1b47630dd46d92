"""Word-sense checks of a lexicon match: the code it keeps, a corrected code, or None (not an event here).

On whole articles most lexicon errors are words used in another sense ("called the plan a disaster",
"released a statement", "an appeal by the defence"). Each rule is one check over the dependency parse; none
names an actor or a sentence. The rule groups run in order and the first that decides wins.
"""

from __future__ import annotations

from typing import NamedTuple

from newsroom.extract.events.parties import ACTOR_ENTS, PERSON_PRONOUNS, person_like, raw_actor_like
from newsroom.extract.events.sense_clues import (
    ABSTRACT_FOES,
    AGREEMENTS,
    AUDIENCES,
    CLAIMS,
    COURTS,
    DESCRIBE_VERBS,
    LEGISLATIVE,
    MEDIA_NAME,
    MEETING_NOUNS,
    OFFERS,
    OPINION_VERBS,
    RECOGNISED,
    REFLEXIVES,
    VERBAL_OBJECTS,
    complement,
    names_a_law,
    negative_words,
    speech_channel,
)
from newsroom.extract.events.syntax import acted_on, base_lemma, has_neg, prep_objects


class Trigger(NamedTuple):
    """A lexicon match as the sense rules see it."""

    tok: object
    code: str
    lemma: str  # base lemma, as the parser gives it
    root: str  # the code's two-digit root
    verb: bool  # used as a verb (not a verb form in a noun's slot)
    preps: dict[str, object]  # preposition -> its object (prep_objects)


UNDECIDED = object()  # a rule group's answer when none of its rules applies to the trigger


def sense(tok, code: str) -> str | None:
    """The code of this trigger in the sense the parse shows; None when the word is not used as an event here."""
    verb = tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("dobj", "pobj", "nsubjpass", "attr")
    t = Trigger(tok, code, base_lemma(tok), code[:2], verb, prep_objects(tok))
    for rules in _RULES:
        verdict = rules(t)
        if verdict is not UNDECIDED:
            return verdict
    return code


def _calls_and_appeals(t: Trigger):
    """ "call" as naming or asking, descriptions, phone calls, releases of people, appeals."""
    tok, code, lemma, root, verb, preps = t.tok, t.code, t.lemma, t.root, t.verb, t.preps
    if lemma == "call" and verb and code == "041":
        comp = complement(tok)
        if (
            comp is not None
            and comp.ent_type_ in ACTOR_ENTS
            and not any(c.dep_ == "dobj" for c in tok.children)
        ):
            return (
                code  # "called German Chancellor Angela Merkel": the parser took the callee for a complement
            )
        if comp is not None:  # "called the move a smash and grab", "calling it null and void"
            words = {base_lemma(t) for t in comp.subtree} | {t.lower_ for t in comp.subtree}
            return "111" if words & negative_words() else None
        if "for" in preps:
            return "020"
        if "on" in preps or "upon" in preps:
            return "100"
        context = {t.lower_ for t in tok.subtree}
        if context & {"phone", "telephone", "phoned"}:
            return code
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        return code if obj is not None and obj.ent_type_ in ACTOR_ENTS else None
    if lemma in DESCRIBE_VERBS and verb and code[:2] in ("01", "11"):
        # "described the U.S.'s desire to reassess ties as 'surprising'": a characterisation; negative = criticism
        for t in tok.subtree:
            if t.lower_ == "as" and t.i > tok.i:
                after = {w.lower_ for w in t.doc[t.i + 1 : min(t.i + 6, t.sent.end)]}
                if after & negative_words():
                    return "111"
        return code
    if lemma in ("phone", "telephone") and verb and code.startswith("04"):
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        return code if obj is not None or "with" in preps else None
    if lemma == "release" and code in ("084", "0841") and verb:
        obj = acted_on(tok)
        return code if person_like(obj) and (obj.pos_ != "PRON" or obj.lower_ in PERSON_PRONOUNS) else None
    if lemma == "appeal" and root == "02":
        # a request: "appealed for calm", "appealed to Y to ...", "an appeal for aid"; not a court appeal
        if "for" in preps:
            return code
        if any(c.dep_ in ("xcomp", "acl", "ccomp") for c in tok.children):
            return code
        to = preps.get("to")
        if to is not None and to.dep_ == "pobj" and base_lemma(to) not in COURTS:
            return code  # "appealed to international donors", not "appealed to the Supreme Court"
        return None
    return UNDECIDED


def _attacks_and_talks(t: Trigger):
    """Attack words used of words, "speak to the press", hosting."""
    tok, code, lemma, root, verb, preps = t.tok, t.code, t.lemma, t.root, t.verb, t.preps
    if root in ("18", "19", "20") and lemma in (
        "attack",
        "hit",
        "target",
        "strike",
        "blast",
        "slam",
        "lash",
        "assail",
        "savage",
        "hammer",
        "bash",
        "pummel",
        "rip",
        "batter",
    ):
        obj = acted_on(tok) if verb else None
        if obj is not None and (base_lemma(obj) in VERBAL_OBJECTS or obj.lower_ in VERBAL_OBJECTS):
            return "111"  # "attacked the decision", "hit the plan"
        if verb and (
            ("as" in preps and any(t.text in ('"', "“") for t in tok.subtree))
            or ("over" in preps and raw_actor_like(obj))
        ):
            return "111"  # "attacked the inquiry as 'a witch hunt'", "slammed Y over its remarks"
        if verb and obj is not None and obj.ent_type_ in ACTOR_ENTS and speech_channel(tok):
            return "111"  # "attacked Y on Twitter", "in a speech"
        return code
    if root == "04" and lemma in ("speak", "talk"):
        target = preps.get("to") or preps.get("with")
        if target is None:
            return code
        if base_lemma(target) in AUDIENCES or target.lower_ in AUDIENCES or MEDIA_NAME.search(target.text):
            return None  # "spoke to the press", "told reporters": a statement, not a consultation
        if "to" in preps and "with" not in preps and target.ent_type_ != "PERSON":
            return None  # "speaking to the think tank": an address
        return code
    if root == "04" and lemma == "host" and verb:
        obj = acted_on(tok)
        return code if obj is None or raw_actor_like(obj) or base_lemma(obj) in MEETING_NOUNS else None
    return UNDECIDED


def _signing_and_votes(t: Trigger):
    """Travel that is transport, signing what is no agreement, opinions, votes on bills."""
    tok, code, lemma, root, verb = t.tok, t.code, t.lemma, t.root, t.verb
    if code == "042" and lemma in ("fly", "travel", "sail", "drive") and verb:
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        return code if obj is None else None  # "flies fighters and cargo to Syria": transport, not a visit
    if code == "057" and lemma in ("sign", "conclude", "ink") and verb:
        if any(c.dep_ == "prt" for c in tok.children):
            return None  # "signed off", "signed up"
        if any(c.dep_ == "ccomp" for c in tok.children):
            return None  # "concluded that the agreement is null and void"
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
            obj = tok.head  # "the decree signed by the Pope": what is signed is the noun it describes
        if (
            obj is not None
            and base_lemma(obj) not in AGREEMENTS
            and not any(base_lemma(t) in AGREEMENTS for t in obj.subtree)
        ):
            return None  # "signed a decree", "signed the bill into law"
        return code
    if root in ("03", "05", "06") and lemma in OPINION_VERBS and verb:
        if any(c.dep_ == "ccomp" for c in tok.children) and not any(
            c.dep_ in ("dobj", "xcomp") for c in tok.children
        ):
            return None  # "agreed that ...", "accepted that ...": an opinion
        if lemma == "agree" and not any(
            c.dep_ in ("dobj", "xcomp", "prep", "ccomp", "advcl") for c in tok.children
        ):
            return None  # "Hataman agreed, saying ...": agreeing with a view
    if lemma in ("support", "back", "oppose", "endorse", "favor", "favour") and verb:
        subj = next((c for c in tok.children if c.dep_ in ("nsubj",)), None)
        if (
            subj is not None
            and any(c.dep_ == "nummod" for c in subj.children)
            and acted_on(tok) is not None
            and not raw_actor_like(acted_on(tok))
        ):
            return None  # "194 Republicans opposing it": a vote count
    if lemma in ("support", "back", "oppose", "propose", "endorse", "favor", "favour") and verb:
        obj = acted_on(tok)
        if (
            obj is not None
            and (base_lemma(obj) in LEGISLATIVE or names_a_law(obj))
            and not any(c.dep_ == "poss" for c in obj.children)
        ):
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "agent")), None)
            counted = subj is not None and any(c.dep_ == "nummod" for c in subj.children)
            if counted or lemma == "propose" or any(t.lower_.startswith("vot") for t in tok.sent):
                return None  # "231 Democrats supported the resolution", "proposed a bill": a vote or a bill
    return UNDECIDED


def _orders_and_accusations(t: Trigger):
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
    if lemma == "order" and root == "10" and verb:
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
        return code
    if lemma in ("demonstrate", "show") and root == "14" and verb:
        return None if any(c.dep_ in ("dobj", "ccomp") for c in tok.children) else code
    if lemma in ("fight", "combat", "battle", "tackle") and root == "19" and verb:
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is not None and (base_lemma(obj) in ABSTRACT_FOES or obj.lower_ in ABSTRACT_FOES):
            return None
        return code
    if (
        code == "173"
        and lemma in ("capture", "arrest", "detain", "seize", "hold", "nab", "apprehend")
        and verb
    ):
        obj = acted_on(tok)
        return code if obj is None or person_like(obj) or obj.ent_type_ in ACTOR_ENTS else None
    if root == "09" and verb and any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in tok.children):
        return None  # "investigating itself"
    if lemma == "blame" and root == "11" and verb:
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is not None and not raw_actor_like(obj):
            return None  # "blaming human error"
    if lemma == "plead" and verb:
        if any(c.lower_ in ("guilty", "innocent") for c in tok.children) or any(
            t.lower_ == "guilty" for t in tok.subtree
        ):
            return None  # "pled guilty": a plea in court, not an appeal
    return UNDECIDED


def _offers_and_denials(t: Trigger):
    """Offers, proposals, discussions, defences, denials, moving people, contributions, impositions."""
    tok, code, lemma, root, verb, preps = t.tok, t.code, t.lemma, t.root, t.verb, t.preps
    if lemma == "offer" and root == "03" and verb:
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        has_to = any(c.dep_ in ("xcomp", "dative") for c in tok.children) or "to" in preps
        if obj is not None and not has_to and not raw_actor_like(obj) and base_lemma(obj) not in OFFERS:
            return None  # "both offer flights to Cuban cities": selling, not an offer to someone
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
            return (
                None  # "the Senate was to meet to discuss Pierluisi's confirmation": a topic, not a partner
            )
    if lemma in ("defend", "justify") and root == "05" and verb:
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        owner = next((c for c in obj.children if c.dep_ == "poss"), None) if obj is not None else None
        if (
            obj is None
            or (owner is not None and owner.pos_ == "PRON")
            or not (raw_actor_like(obj) or raw_actor_like(owner))
        ):
            return None  # "defended his decision", "justified the claim": its own position
    if lemma == "deny" and root == "12" and verb:
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is None and any(c.dep_ == "ccomp" for c in tok.children):
            return "016"  # "denied that he made any deal": deny responsibility ("denied his claim" stays a rejection)
        if (
            obj is not None
            and base_lemma(obj) in CLAIMS
            and any(c.dep_ in ("acl", "ccomp") for c in obj.children)
        ):
            return "016"  # "denied all claims that Khashoggi was slain": denies what happened
    if (
        root == "07"
        and verb
        and person_like(acted_on(tok))
        and lemma in ("airlift", "fly", "evacuate", "transfer", "send", "take", "move")
    ):
        return None  # "Navalny was airlifted to Berlin": moving a person, not aid
    if root == "07" and verb and lemma == "contribute":
        to = preps.get("to")
        if to is not None and not raw_actor_like(to):
            return None  # "contributed to incredible human suffering"
    if lemma == "impose" and code == "170" and verb:
        obj = acted_on(tok)
        if obj is not None and base_lemma(obj) in LEGISLATIVE:
            return None  # "imposed a law mandating ...": a rule, not coercion of anyone
    return UNDECIDED


def _procedures_and_aid(t: Trigger):
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
    if root == "07" and verb and lemma in ("approve", "donate", "give", "provide") and code in ("070", "071"):
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
        if not any(raw_actor_like(r) for r in recipients if r is not None and r.dep_ != "mark"):
            return None  # "Congress approved a budget", "residents donated blood": nobody receives aid
    if code == "115" and lemma == "bring" and "against" not in preps:
        return None  # "brought the case before the ECJ": a referral, not a lawsuit against someone
    if root == "12" and has_neg(tok) and any(c.lower_ == "until" for c in tok.children):
        return None  # "didn't endorse her until July": it happened, later
    return UNDECIDED


_RULES = (
    _calls_and_appeals,
    _attacks_and_talks,
    _signing_and_votes,
    _orders_and_accusations,
    _offers_and_denials,
    _procedures_and_aid,
)
