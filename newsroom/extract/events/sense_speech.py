"""Sense rules for words of speaking, meeting and signing: "call", descriptions, phone calls, releases,
appeals, attack words used of words, talks and hosting, visits, signatures, opinions and votes.
"""

from __future__ import annotations

from newsroom.extract.events.arguments import subject_of
from newsroom.extract.events.codebook import control_classes, lexicon, word_set, word_sets
from newsroom.extract.events.codes import root_of
from newsroom.extract.events.parties import ACTOR_ENTS, PERSON_PRONOUNS, person_like, raw_actor_like
from newsroom.extract.events.sense_clues import (
    AGREEMENTS,
    AUDIENCES,
    CLAIMS,
    COURTS,
    DESCRIBE_VERBS,
    LEGISLATIVE,
    MEETING_NOUNS,
    OPINION_VERBS,
    UNDECIDED,
    VERBAL_OBJECTS,
    Trigger,
    complement,
    names_a_law,
    names_media,
    negative_words,
    press_event,
    speech_channel,
)
from newsroom.extract.events.syntax import (
    CLAUSE_SPEECH,
    acted_on,
    base_lemma,
    first_conjunct,
    is_date,
    lemma_of,
    objects_of,
    on_object,
    reports_speech,
    to_infinitive,
)
from newsroom.extract.findings import FINDING_VERBS, document_finding
from newsroom.extract.lexicon import people_nouns, reporting_verbs

_ONWARD = frozenset({"ahead", "forward", "on", "onward", "onwards"})


def _moving_on(tok) -> bool:
    """A verb with "ahead / forward / on" and no object: carrying on, not asking."""
    return any(c.dep_ in ("advmod", "prt") and c.lower_ in _ONWARD for c in tok.children) and not any(
        c.dep_ in ("dobj", "ccomp", "xcomp") for c in tok.children
    )


def _cited_name(tok) -> bool:
    """ "what the U.S. Army called 'a terrorist camp'": a name someone else gave, cited by the writer; not "blamed
    the defeat on what he called 'a campaign of lies'" (the subject's own words, a pronoun)."""
    caller = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return (
        caller is not None
        and caller.pos_ != "PRON"
        and any(c.dep_ == "dobj" and c.tag_ == "WP" for c in tok.children)
    )


def calls_and_appeals(t: Trigger):
    """ "call" as naming or asking, descriptions, phone calls, releases of people, appeals."""
    tok, code, lemma, root, verb, preps = t.tok, t.code, t.lemma, t.root, t.verb, t.preps
    if root in ("02", "10") and verb and lemma in _SPOKEN_CALLS and _called_in_quoted_words(tok):
        return None  # 'said, "I call on you to assist"': the call is the statement itself, coded on its speech verb
    if lemma == "call" and verb and _cited_name(tok):
        return None  # "raided what the army called 'a terrorist camp'": X's name for a thing, cited; no act of X's
    if lemma == "call" and verb and code == "111":
        return _negative_call(tok)
    if root == "10" and verb and "for" not in preps and _moving_on(tok):
        return None  # "pressed ahead", "pushing forward": going on, no demand on anyone
    if lemma == "call" and verb and root == "10" and _called_on_a_date(preps):
        return None  # "called a press conference on Wednesday": no one is called on
    if lemma == "call" and verb and root == "02" and any(c.dep_ == "oprd" for c in tok.children):
        return None  # "what the CEO called a record year for the bank": a name given; the "for" is the name's
    if lemma == "call" and verb and code == "041":
        comp = complement(tok)
        if (
            comp is not None
            and comp.ent_type_ in ACTOR_ENTS
            and (words := _quoted_description(comp)) is not None
        ):
            # 'X called India "an important partner"': praise or criticism of the one so described, else no act
            if words & negative_words():
                return "111"
            return "051" if raw_actor_like(comp) and words & word_sets().get("poseval", frozenset()) else None
        if _names_the_noun(tok, comp):
            return None  # "a new app, called Xpress", "joined a group called the Y": a name, no call
        if (
            comp is not None
            and comp.ent_type_ in ACTOR_ENTS
            and not any(c.dep_ == "dobj" for c in tok.children)
        ):
            # "called German Chancellor Angela Merkel": the parser took the callee for a complement
            return code
        if comp is not None:  # "called the move a smash and grab", "calling it null and void"
            words = {base_lemma(t) for t in comp.subtree} | {t.lower_ for t in comp.subtree}
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if words & negative_words():
                return _negative_call(tok)
            praised = obj is not None and (obj.ent_type_ in ACTOR_ENTS or person_like(obj))
            # "called Biden a decent man": praise of the person so described
            return "051" if praised and words & word_sets().get("poseval", frozenset()) else None
        if "for" in preps:
            return "020"
        if ("on" in preps or "upon" in preps) and not _called_on_a_date(preps):
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
    if lemma == "free" and code == "0841" and verb:
        # "a precedent to free speech": the adjective the parser read as an infinitive frees no one
        obj = acted_on(tok)
        return None if obj is not None and obj.pos_ == "NOUN" and not person_like(obj) else code
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


def _quoted_description(comp) -> set[str] | None:
    """The words of "called X 'Y'" when the parser took the name X for the complement and left the quoted
    description Y after it (hung on the speaker): None when no quotation opens right after the name."""
    doc = comp.doc
    start = comp.right_edge.i + 1
    if start >= comp.sent.end or doc[start].tag_ != "``":
        return None
    end = next((t.i for t in doc[start + 1 : comp.sent.end] if t.tag_ == "''"), comp.sent.end)
    return {base_lemma(t) for t in doc[start + 1 : end]} | {t.lower_ for t in doc[start + 1 : end]}


def _names_the_noun(tok, comp) -> bool:
    """ "called" as a participle on a noun gives that noun its name ("an app called X"); a participle on the
    sentence's root noun is the parser's main verb missed ("Spokesman X called Y ...") — unless the noun is
    indefinite: "a son called X", "a 14-year-old daughter called X with his ex-wife" (the tagger's VBD, or the
    name taken for an object, names the noun all the same)."""
    if tok.dep_ != "acl":
        return False
    if comp is not None and comp.dep_ in ("oprd", "attr"):
        if tok.tag_ == "VBN" and tok.head.dep_ != "ROOT":
            return True
        name = comp
    else:
        name = next((c for c in tok.children if c.dep_ == "dobj"), None)
    return (
        name is not None
        and name.pos_ == "PROPN"
        and name.left_edge.i == tok.i + 1
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.head.children)
    )


def _called_on_a_date(preps) -> bool:
    on = on_object(preps)
    return on is not None and is_date(on) and "for" not in preps


def _negative_call(tok) -> str:
    """ "called the plan a disaster" criticises (111); "called the allegation absurd" rejects a claim (120, as
    "rejected such criticism")."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    return "120" if obj is not None and base_lemma(obj) in CLAIMS else "111"


def attacks_and_talks(t: Trigger):
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
        if verb and _armed_doer(tok):
            return code  # "Israeli jets struck Hamas positions": troops and aircraft do not attack in words
        obj = acted_on(tok) if verb else None
        if (
            obj is not None
            and (base_lemma(obj) in VERBAL_OBJECTS or obj.lower_ in VERBAL_OBJECTS)
            and obj.lower_ != "positions"
        ):
            return "111"  # "attacked the decision", "hit the plan"; "attacked rebel positions" is fighting
        if verb and (
            ("as" in preps and any(t.text in ('"', "“") for t in tok.subtree))
            or ("over" in preps and raw_actor_like(obj))
        ):
            return "111"  # "attacked the inquiry as 'a witch hunt'", "slammed Y over its remarks"
        if verb and obj is not None and obj.ent_type_ in ACTOR_ENTS and speech_channel(tok):
            return "111"  # "attacked Y on Twitter", "in a speech"
        if verb and _attacked_in_words(tok, obj, preps):
            return "111"
        if not verb and any(c.dep_ == "amod" and c.lower_ in _VERBAL_ATTACKS for c in tok.children):
            return "111"  # "a series of verbal attacks between X and Y", "a scathing attack on Z"
        return code
    if root == "04" and press_event(tok):
        return None  # "held a press conference": a statement to the media (01), the press is no partner
    if root == "04" and lemma in ("speak", "talk"):
        target = preps.get("to") or preps.get("with")
        if target is None:
            return code
        if base_lemma(target) in AUDIENCES or target.lower_ in AUDIENCES or names_media(target):
            return None  # "spoke to the press", "told reporters": a statement, not a consultation
        if lemma == "speak" and "to" in preps and "with" not in preps and target.ent_type_ != "PERSON":
            return (
                None  # "speaking to the think tank": an address ("talking to researchers" is a conversation)
            )
        return code
    if root == "04" and (partner := preps.get("with")) is not None and names_media(partner):
        return None  # "discussed with Euronews", "met with the Herald": an interview, a statement (01)
    if root == "04" and lemma in ("host", "receive") and verb:  # "received the emailed threat": no guest
        obj = acted_on(tok)
        return code if obj is None or raw_actor_like(obj) or base_lemma(obj) in MEETING_NOUNS else None
    return UNDECIDED


_ARMED_BACKING = word_set("armed_backing")
_VERBAL_ATTACKS = word_set("verbal_attacks")
_SPEAKING = frozenset(lemma for lemma, cls in reporting_verbs().items() if cls == "speech")


def _criticises(verb) -> bool:
    """A verb whose own lexicon row, with nothing required, is disapproval (11): "denounced", "criticised"."""
    return any(
        root_of(p.code) == "11" and not p.needs and not p.preps and not p.subject_needs
        for p in lexicon().get((lemma_of(verb), "V"), ())
    )


def _attacked_in_words(verb, obj, preps) -> bool:
    """One named party attacking another named party "as" what it calls them, "for" or "on" what they said or did
    ("attacked Drudge as a consistent opponent", "attacked Blair as having failed", "attacked Biden for
    accumulating wealth", "attacked Trump on paying fewer taxes"), or a speaker attacking anything while saying
    why ("attacked the Act, saying that it was provocative"): criticism, not an assault."""
    doer = subject_of(verb)
    if doer is None or doer.lower_ in ("they", "them", "who", "which", "that"):
        return False
    if any(
        c.dep_ in ("advcl", "conj")
        and c.pos_ == "VERB"
        and c.tag_ == "VBG"
        and lemma_of(c) in _SPEAKING
        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        for c in verb.children
    ):
        return _named(doer) or person_like(doer)
    if verb.tag_ == "VBG" and any(
        c.dep_ in ("conj", "dep")
        and c.pos_ == "VERB"
        and _criticises(c)
        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        for c in verb.children
    ):
        return _named(doer) or person_like(doer)  # "X attacking the government, denounced the claims as …"
    if obj is None or not (_named(doer) and _named(obj)):
        return False
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("as", "for", "on")):
        said = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None)
        if said is None or is_date(said):
            continue
        if said.dep_ == "pcomp" and said.pos_ in ("VERB", "AUX"):
            return True  # "as having failed", "for accumulating wealth", "on paying fewer taxes"
        if prep.lower_ == "as" and said.pos_ == "NOUN" and any(g.dep_ == "det" for g in said.children):
            return True  # "as a consistent opponent"; not "as part of an offensive"
        if prep.lower_ != "as" and (base_lemma(said) in VERBAL_OBJECTS or said.lower_ in VERBAL_OBJECTS):
            return True  # "for his remarks", "on his record"
    return False


def _named(tok) -> bool:
    """A party named by name or a personal pronoun, not a common noun ("robbers", "a man")."""
    return tok.ent_type_ in ACTOR_ENTS or tok.pos_ == "PROPN" or tok.lower_ in ("he", "she", "him", "her")


def _armed_backing(tok) -> bool:
    """The backing is weapons or forces: "supported by fighter jets", "backed by tanks"."""
    agent = next((c for c in tok.children if c.dep_ == "agent"), None)
    doer = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    return doer is not None and base_lemma(doer) in _ARMED_BACKING


def _armed_doer(verb) -> bool:
    """The verb's subject is a military unit or weapon ("jets", "troops", "a drone")."""
    subj = subject_of(verb)
    return subj is not None and base_lemma(subj) in word_sets()["mil"]


def signing_and_votes(t: Trigger):
    """Travel that is transport, signing what is no agreement, opinions, votes on bills."""
    tok, code, lemma, root, verb = t.tok, t.code, t.lemma, t.root, t.verb
    if code == "042" and lemma in ("visit", "tour") and verb:
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.pos_ == "NOUN" and not obj.ent_type_ and not raw_actor_like(obj):
            return None  # "visited the hospital", "was visiting the town of X": a place, nobody hosts a visit
    if code == "042" and lemma in ("fly", "travel", "sail", "drive") and verb:
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        return code if obj is None else None  # "flies fighters and cargo to Syria": transport, not a visit
    if code == "057" and lemma in ("sign", "conclude", "ink") and verb:
        if any(c.dep_ == "prt" for c in tok.children):
            return None  # "signed off", "signed up"
        if any(c.dep_ == "ccomp" for c in tok.children):
            return None  # "concluded that the agreement is null and void"
        obj = acted_on(tok)  # "signed a decree", "the check was signed by"
        if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
            obj = tok.head  # "the decree signed by the Pope": what is signed is the noun it describes
        if (
            obj is not None
            and base_lemma(obj) not in AGREEMENTS
            and not any(base_lemma(t) in AGREEMENTS for t in obj.subtree)
        ):
            return None  # "signed a decree", "signed the bill into law"
        return code
    if lemma in _LIKENING and code == "010":
        return code if verb and _likened_by_someone(tok) else None
    if lemma == "talk" and code == "010" and verb and not _talk_said(tok):
        return (
            None  # "would be willing to talk about the case", "when we're talking about X": nothing said yet
        )
    if (
        lemma == "agree"
        and verb
        and any(c.dep_ == "xcomp" and lemma_of(c) == "disagree" for c in tok.children)
    ):
        return None  # "agreed to disagree": a dispute left open, no intent to cooperate
    if code == "030" and lemma == "promise" and verb and _promised_outcome(tok):
        return "010"  # "promised that the reform would revive the economy": a claim about what will come
    if root in ("03", "05", "06") and lemma in OPINION_VERBS and verb:
        if any(c.dep_ == "ccomp" for c in tok.children) and not any(
            c.dep_ in ("dobj", "xcomp") for c in tok.children
        ):
            # "agreed that the vote was fair": a view stated (CAMEO 01), no intent to cooperate (03)
            return "010" if lemma in _STATED_VIEWS else None  # "accepted that ...": an opinion
        if lemma == "agree" and not any(
            c.dep_ in ("dobj", "xcomp", "prep", "ccomp", "advcl") for c in tok.children
        ):
            return None  # "Hataman agreed, saying ...": agreeing with a view
    if lemma in ("support", "back") and verb and _armed_backing(tok):
        return None  # "troops supported by fighter jets and helicopter gunships": fire support, not an endorsement
    if (
        lemma in _SUPPORTING
        and verb
        and any(c.tag_ == "VBG" and c.dep_ in ("xcomp", "dobj", "ccomp") for c in tok.children)
    ):
        return None  # "continues to support ending the embargo", "favors extending rights": a stance on a course, no party
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


_STATED_VIEWS = frozenset({"agree"})
# Verbs by which someone states a view by a comparison or a warning: "compared X to Y", "alerted the country to".
_LIKENING = frozenset({"compare", "alert"})


def _talk_said(verb) -> bool:
    """ "talked about the reforms": a statement made; not an infinitive ("willing to talk about the case", "it is
    important to talk about") nor a clause of time or condition ("when we're talking about X, …", "his face turns
    serious as he talks about X")."""
    if any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return False
    return not any(
        c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "whenever", "if", "while", "as")
        for c in verb.children
    )


def _likened_by_someone(verb) -> bool:
    """ "X compared the treaty to a trap", "X alerted the country to the risk": a tensed verb with its own subject
    and object; not "106 inquiries, compared to 89 in 2005" (a figure set beside another) nor "when compared with"."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") and not any(c.dep_ == "aux" for c in verb.children):
        return False
    return any(c.dep_ == "nsubj" for c in verb.children) and any(c.dep_ == "dobj" for c in verb.children)


# Verbs by which a speaker asks, in the first person, in the words a speech verb reports ("I call on ...").
_SPOKEN_CALLS = frozenset({"call", "urge", "appeal", "implore", "exhort"})


def _called_in_quoted_words(verb) -> bool:
    """'X said, "I call upon them to reject …"', '"I urge everyone to …," she said': a plain present "I" call inside
    the words a speech verb reports is made by saying them: the speech verb's statement codes it (the coders' 01).
    Not "we will urge Europe to" (an intent), nor a call with no speech verb over it, nor a "we" (a body's or a
    letter's voice: '"We call on Y to …," the statement said' is coded as the appeal), nor a call on "you" (the
    hearer asked directly: '"We urge you to …," X wrote' in a letter) or on a party named by name."""
    if verb.tag_ != "VBP" or any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ == "i" for c in verb.children):
        return False
    heads = [c for c in verb.children if c.dep_ == "dobj"]
    heads += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    called = heads + [c for h in heads for c in h.children if c.dep_ in ("conj", "compound", "appos")]
    if any(t.lower_ == "you" or t.ent_type_ in ("PERSON", "ORG", "GPE") or _bare_name(t) for t in called):
        return False  # '"I really urge [Lam] to step down"': a named party is asked, not the public at large
    head = verb.head
    return verb.dep_ in ("ccomp", "parataxis") and head is not verb and reports_speech(head)


def _bare_name(tok) -> bool:
    """A proper noun NER left untyped ("[Lam]"), not a people's word ("every Muslim")."""
    return (
        tok.tag_ in ("NNP", "NNPS")
        and tok.ent_type_ != "NORP"
        and not any(c.dep_ == "det" for c in tok.children)
    )


def _promised_outcome(verb) -> bool:
    """ "promised that the privatization would revitalize the economy": the promised clause's subject is a thing,
    neither a party nor a pronoun for one, so nobody undertakes to do anything ("promised that the army would
    withdraw", "promised that it would help" stay intents); the verb has no object or infinitive of its own."""
    if any(c.dep_ in ("dobj", "xcomp", "dative") for c in verb.children):
        return False
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None:
        return False
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    return (
        subj is not None
        and subj.pos_ == "NOUN"
        and not subj.ent_type_
        and not raw_actor_like(subj)
        and not person_like(subj)
    )


_SUPPORTING = frozenset({"support", "back", "endorse", "favor", "favour"})


def findings_reported(t: Trigger):
    """ "A Gallup poll found that …", "the UN report showed that …": what a study, poll or report finds is stated by
    whoever made it, as "the report says" is. Only a document's finding with a clause of its own (a person "found
    the door locked", "the video shows him walking", "the jury found him guilty" state nothing); the maker is the
    source the document resolves to, so a document no one is named as making codes nothing."""
    if t.lemma not in FINDING_VERBS or t.root != "01":
        return UNDECIDED
    return t.code if t.verb and document_finding(t.tok) else None


def speech_needs_clause(t: Trigger):
    """A speech verb of other senses ("maintained order", "responded with force", "repeated the attacks") is a
    statement only when it reports something: a content clause or quotation under it ("maintained that ...",
    '"...", he responded'), or it is itself inserted in what it reports ("the plan, he maintained, is sound")."""
    tok = t.tok
    if lemma_of(tok) not in CLAUSE_SPEECH or t.root != "01" or not t.verb:  # "hopes": lemmatised "hop"
        return UNDECIDED
    if t.lemma == "write" and _names_a_text(tok):
        return t.code  # "wrote a letter", "the articles he wrote": the text is the statement
    if t.lemma == "write" and any(c.dep_ == "dobj" for c in tok.children):
        return None  # "wrote the songs", "… – I wrote them": something authored, no statement
    if tok.dep_ == "relcl":
        return (
            None  # "a programme which it hopes will help herders": a view of what the noun is, no statement
        )
    # an aspect verb ("continue") takes no inserted clause for its content: "X, we believe, continues to …"
    inserted = "parataxis" if control_classes().get(t.lemma) != "pass" else None
    if tok.dep_ == "parataxis" or any(c.dep_ in ("ccomp", inserted) for c in tok.children):
        return t.code
    return None


def _names_a_text(verb) -> bool:
    """The text written named as its object, after "in"/"on", or as the noun it describes."""
    texts = word_sets().get("texts", frozenset())
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [verb.head] if verb.dep_ in ("relcl", "acl") else []
    objects += objects_of(verb, ("in", "on"))
    return any(lemma_of(o) in texts for o in objects)


# Light verbs whose object noun names a speech act of their subject ("raised the question", "gave an answer"; the
# 010 rows of cameo_verbs.csv that need the noun), and of those the ones a thing can do too ("raised questions",
# "the restrictions will send a message").
_CARRIERS = frozenset({"raise", "draw", "give", "present", "make", "release", "send"})
_RAISING = frozenset({"raise", "draw", "send"})


def speech_act_named(t: Trigger):
    """A speech act a light verb's noun names is a statement only when a party does it: a thing that "raised
    questions", "drew attention" or "sends a message" ("the minister's decision raised questions", "a photograph of
    the victim drew attention", "the restrictions will send a message") says nothing, whoever it is of (a common
    noun that names no person, office or body); and "gave no assurances" gave none."""
    if t.code != "010" or not t.verb or t.lemma not in _CARRIERS:
        return UNDECIDED
    obj = next((c for c in t.tok.children if c.dep_ == "dobj"), None)
    if (
        obj is not None
        and obj.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children)
    ):
        return None
    if t.lemma not in _RAISING:
        return UNDECIDED
    subj = subject_of(t.tok)
    if (
        subj is not None
        and subj.pos_ == "NOUN"
        and subj.ent_type_ not in ACTOR_ENTS
        and not person_like(subj)
        and base_lemma(subj) not in people_nouns()
    ):
        return None
    return UNDECIDED


# What a report verb reports: a clause or quotation, what is reported ("reported 6 deaths"), a passive's reported
# act ("were reported by local media to have visited"), its state ("was reported missing").
_REPORTED = frozenset({"ccomp", "parataxis", "dobj", "xcomp", "oprd", "acomp"})
# Where "report" is no one's statement: a duty or a request ("ordered priests to report abuse"), a description
# ("people, reported to be 350"), the object of a preposition or verb ("a law mandating reporting").
_NOT_A_REPORT = frozenset({"xcomp", "acl", "amod", "pcomp", "pobj", "dobj", "csubj"})


def reports_something(t: Trigger):
    """ "report" is a statement, as "say" is, when it reports something ("X reported that …", "…, X reported",
    "reported six deaths", "reported on the talks"); not answering to someone ("I report to the voters") nor a
    report someone else asks for or describes."""
    if t.lemma != "report" or t.root != "01":
        return UNDECIDED
    first = first_conjunct(t.tok)  # "asked X to reflect and report": the first conjunct's place
    if not t.verb or first.dep_ in _NOT_A_REPORT or to_infinitive(first):
        return None  # "a law mandating priests to report abuse": an infinitive is a duty or a purpose
    if _relays(t.tok):
        return None  # "X reported that Y said …", "reports Y as saying …": Y's statement, X only relays it
    if t.tok.dep_ == "parataxis" or "on" in t.preps or any(c.dep_ in _REPORTED for c in t.tok.children):
        return t.code
    return None


def _relays(tok) -> bool:
    """What ``tok`` reports is the words of someone it names: a reporting verb whose subject is a name ("reported
    that the Defense Agency had announced …"), or "reported X as saying"; an unnamed source ("reported that its
    sources said …") the outlet stands for."""
    for c in tok.children:
        if c.dep_ == "ccomp" and lemma_of(c) in reporting_verbs() and _named(subject_of(c)):
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ == "as"
            and any(lemma_of(g) in reporting_verbs() for g in c.children)
            and any(o.dep_ == "dobj" and _named(o) for o in tok.children)
        ):
            return True
    return False


def _named(tok) -> bool:
    """A name or a named body, not a description ("its sources", "the mayor")."""
    return tok is not None and (tok.pos_ == "PROPN" or tok.ent_type_ in ACTOR_ENTS)
