"""Whether an action is reported as done: possible, obligatory, counterfactual, conditional, negated by the
clause it depends on, requested, generic, a question, or a noun that names what has not happened.
"""

from __future__ import annotations

from newsroom.extract.events.codebook import control_classes, lexicon, word_set
from newsroom.extract.events.codes import root_of
from newsroom.extract.events.syntax import (
    FUTURE_AUX,
    POSSIBLE_AUX,
    WOULD_AUX,
    aux_words,
    base_lemma,
    first_conjunct,
    participle_adjunct,
    sentence_text,
    shares_modal,
    speaks_on,
    to_infinitive,
)

# Adjectives that make an event noun unreal: "a planned trip", "the proposed bill", "a possible strike".
_UNREAL_MODIFIERS = word_set("unreal_modifiers")


# Modals of possibility: "could attack", "may sanction", "might meet", "can do it" are not done.
_POSSIBILITY = POSSIBLE_AUX | {"can", "ca"}


_DEONTIC = frozenset({"must", "should", "ought"})


# Verbs that permit an act without saying it was done.
_PERMITTING = word_set("permitting")

# Verbs that offer or promise what their object names, which is not yet given: "offered a pardon" (but an
# apology or condolences offered are given).
_OFFERING = word_set("offering")


def noun_unreal(noun) -> bool:
    """ "a planned trip", "the proposed bill", "possible sanctions", "allowed army deployments", "offered a pardon",
    "talks scheduled for Friday": the noun names what has not happened."""
    if noun.dep_ == "dobj" and base_lemma(noun.head) in _PERMITTING:
        return True
    if noun.dep_ == "dobj" and base_lemma(noun.head) in _OFFERING and not _given_by_saying(noun):
        return True
    if any(c.dep_ in ("amod", "compound") and c.lower_ in _UNREAL_MODIFIERS for c in noun.children):
        return True
    if _named_by_modal_copula(noun):
        return True
    return any(
        c.dep_ == "acl" and c.tag_ == "VBN" and c.lower_ in _UNREAL_MODIFIERS
        for head in _phrase_heads(noun)
        for c in head.children
    )


# Roots of acts done by saying them, so offering one gives it: "offered condolences / an apology / a comment".
_SAID_ROOTS = frozenset({"01", "05"})


def _named_by_modal_copula(noun) -> bool:
    """ "X will be a topic of discussion between Y and Z", "that would be a meeting of ...": the noun (or the head
    of its "of" phrase) is what a future or possible "be" says something is, not what was done."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "attr":
        noun = noun.head.head
    copula = noun.head
    return (
        noun.dep_ == "attr"
        and base_lemma(copula) == "be"
        and bool(aux_words(copula) & (FUTURE_AUX | WOULD_AUX | _POSSIBILITY))
    )


def _given_by_saying(noun) -> bool:
    return any(root_of(p.code) in _SAID_ROOTS for p in lexicon().get((base_lemma(noun), "N"), ()))


def _phrase_heads(noun):
    """The noun and the parties of its "between" / "with" phrase, where the parser also hangs a participle that
    describes the noun ("a meeting between X and Y, scheduled for May"); not "a request for X, scheduled ..."."""
    yield noun
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("between", "with"):
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    yield obj
                    yield from (c for c in obj.children if c.dep_ == "conj")


def _ancestors(tok, sent):
    """Clausal ancestors of tok within its sentence: the verbs whose complement, clause or coordinate it is."""
    node, hops = tok, 0
    while (
        node.head != node
        and hops < 8
        and node.dep_
        in (
            "ccomp",
            "xcomp",
            "advcl",
            "conj",
            "acl",
            "relcl",
            "pcomp",
            "pobj",
            "prep",
            "dobj",
            "nsubj",
            "nsubjpass",
            "attr",
            "oprd",
        )
    ):
        node = node.head
        hops += 1
        if not (sent.start <= node.i < sent.end):
            return
        if node.pos_ in ("VERB", "AUX", "ADJ"):
            yield node


def unreal(tok, sent, reported: bool, self_report: bool = False) -> str | None:
    """Why the action of ``tok`` is not reported as done, or None.

    ``reported``: the trigger sits under a speech verb ("X said Y would ..."), where "would" is a reported "will"
    (an intent, as CAMEO codes it); ``self_report``: the speaker is the actor ("X said it could ..."), the only
    case where "could / may / might" states an intent or a threat rather than a possibility.
    Returns "possible" (could/may/might/can), "obligation" (must/should), "counterfactual" ("would / could have"),
    "conditional" (a bare "would" outside reported speech), "purpose" ("so he could fund"), "generic" (a habit or principle: "has always
    condemned any violence"), "negated" (a negated clause it depends on: "did not
    find that X breached"), "question" (a direct question), "alleged" (the content of an allegation), "unreal-noun"
    ("a planned visit"), "planned" ("a plot to kill"), "future" ("will raise it when he meets Xi")."""
    aux = aux_words(tok)
    if shares_modal(tok):
        # "will meet and sign": the modal is shared; "would stage a rally and accused": it is not
        aux |= aux_words(tok.head)
    if aux & _DEONTIC:
        return "obligation"
    if aux & (_POSSIBILITY | WOULD_AUX) and _purpose(tok):
        return "purpose"
    if aux & (_POSSIBILITY | WOULD_AUX) and "have" in aux:
        return "counterfactual"  # also a speaker's own "could have stepped down": no intent, past or present
    if aux & _POSSIBILITY and not self_report:
        return "possible"
    if aux & WOULD_AUX and not reported:
        return "conditional"
    if _consequence(tok, aux):
        return "conditional"
    if _future_time(tok):
        return "future"
    infinitive = "to" in aux
    for anc in _ancestors(tok, sent):
        reason = _governed_reason(anc, tok, self_report, infinitive)
        if reason is not None:
            return reason
        infinitive = infinitive or "to" in aux_words(
            anc
        )  # "can carry missiles [to strike warships blocking]"
    if _alleged(tok):
        return "alleged"
    if tok.pos_ in ("NOUN", "PROPN") and noun_unreal(tok):
        return "unreal-noun"
    if _planned(tok):
        return "planned"
    if _habitual(tok):
        return "generic"
    return "question" if _asked(tok, sent, reported) else None


_GENERIC_ADJ = word_set("generic_adj")


_REQUESTING = word_set("requesting")


_WH_WORDS = frozenset("who whom whose what which whether how".split())


# Governors that say the action stops or does not come about.
_STOPPING = word_set("stopping")


# Governors whose negation denies what they govern: "did not find / say / confirm / show / prove that ...".
_NEGATABLE_GOVERNORS = word_set("negatable_governors")


_ALLEGATIONS = word_set("allegation_nouns")
_ALLEGING = word_set("alleging")
_HEARSAY = word_set("hearsay_adverbs")


def _alleged(tok) -> bool:
    """ "investigate allegations that he raped ...", "X alleged Y had ... by supporting Z", "the crowd allegedly
    attacked the soldiers": the content of an allegation, not an act reported as done."""
    if _told_as_hearsay(tok):
        return True
    if any(a.pos_ in ("VERB", "AUX") and base_lemma(a) in _ALLEGING for a in tok.ancestors):
        return True
    if any(_accusing_report(a) for a in tok.ancestors):
        return True
    root = tok.sent.root
    if root != tok and any(
        c.dep_ == "parataxis" and c != tok and base_lemma(c) in _ALLEGING for c in root.children
    ):
        return True  # "X alleged, by way of example, Y had ...": the parser hangs the allegation beside its content
    node = tok
    for _ in range(4):
        if (
            node.dep_ in ("acl", "ccomp")
            and node.head.pos_ == "NOUN"
            and base_lemma(node.head) in _ALLEGATIONS
        ):
            return True
        if node.dep_ not in ("conj", "xcomp", "ccomp") or node.head == node:
            return False
        node = node.head
    return False


def _accusing_report(verb) -> bool:
    """ "accused X of racism, claiming he had harassed Y", "complained to police, saying he had hit her": the -ing
    report of an accusation or complaint says its content, which is alleged, not reported as done."""
    classes = control_classes()
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and classes.get(base_lemma(verb), "").endswith("report")
        and classes.get(base_lemma(verb.head)) == "target_report"
    )


_OWN_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _told_as_hearsay(tok) -> bool:
    """ "allegedly attacked", "allegedly tried to bribe him", "allegedly met X and signed a deal": the adverb before
    the verb, the verb it completes, or the verb it shares a subject with (not "protested the building of a station
    allegedly on a cemetery", where the parser hangs on the verb what the adverb says of a phrase after it)."""
    node = tok
    for _ in range(3):
        if any(c.dep_ == "advmod" and c.lower_ in _HEARSAY and c.i < node.i for c in node.children):
            return True
        shared = node.dep_ == "conj" and not any(c.dep_ in _OWN_SUBJECTS for c in node.children)
        if not (node.dep_ == "xcomp" or shared) or node.head == node:
            return False
        node = node.head
    return False


# Nouns whose "to"-infinitive names an act only intended: "a plot to kill", "a conspiracy to overthrow", "in a
# position to help".
_PLAN_NOUNS = word_set("plan_nouns") | word_set("stance_nouns")
# Nouns of a duty or an opening ("a duty to assert", "an opportunity to provide"), and the verbs that take an opening up.
_DUTY_NOUNS = word_set("duty_nouns")
_AVAILING = word_set("availing_verbs")


def _planned(tok) -> bool:
    """ "uncovered a plot to kill the president": the killing is what the plot was for, not done; "a meeting
    to be hosted by X" is still to come; "has a duty to assert that Congress will not send money": what a clause
    under such an infinitive tells is no more done than the infinitive."""
    if to_infinitive(tok):
        if tok.dep_ in ("acl", "relcl", "advcl") and any(
            c.dep_ == "auxpass" and c.lower_ == "be" for c in tok.children
        ):
            return True  # "will attend the meeting, to be hosted by X": scheduled, not yet held
        # the parser often hangs the infinitive on the verb: "uncovered [a plot] [to kill]"
        obj = next((c for c in tok.head.children if c.dep_ == "dobj"), None) if tok.dep_ == "advcl" else None
        if obj is not None and obj.i < tok.i and base_lemma(obj) in _PLAN_NOUNS:
            return True
    node = tok
    for _ in range(4):
        if node.dep_ in ("acl", "relcl") and to_infinitive(node):  # the parser makes some "a duty to X" relcl
            return _unrealised(node.head)
        if not _completes(node):
            return False
        node = node.head
    return False


def _completes(clause) -> bool:
    """A clause that says what the verb above it says or wants ("to assert [that X will not send]"), or a
    coordinate sharing its subject ("a plot to kill X [and seize] the town")."""
    if clause.head == clause:
        return False
    if clause.dep_ == "conj":
        return not any(c.dep_ in _OWN_SUBJECTS for c in clause.children)
    if clause.dep_ == "ccomp":
        return not _told_as_done(clause)
    return clause.dep_ == "xcomp"


_WH_TAGS = frozenset({"WP", "WDT", "WRB"})


def _told_as_done(clause) -> bool:
    """A past or perfect clause ("the need to admit that Russia invaded X") or what a free relative tells ("the
    permission to access what she described as …"): done by its own subject, whatever the infinitive above."""
    return (
        clause.tag_ == "VBD"
        or any(c.dep_ == "aux" and base_lemma(c) == "have" for c in clause.children)
        or any(c.tag_ in _WH_TAGS and c.i < clause.i for c in clause.children)
    )


def _unrealised(noun) -> bool:
    """A noun of a plan, or of a duty or an opening not taken up ("took the opportunity to criticize", "had the
    chance to meet" and "has had an opportunity to speak with" tell what was done)."""
    if base_lemma(noun) in _PLAN_NOUNS:
        return True
    if base_lemma(noun) not in _DUTY_NOUNS:
        return False
    verb = noun.head if noun.dep_ == "dobj" else None
    return verb is None or not (
        base_lemma(verb) in _AVAILING or (base_lemma(verb) == "have" and verb.tag_ in ("VBD", "VBN"))
    )


_CONDITION_MARKS = frozenset({"if", "unless"})
_MODAL_AUX = FUTURE_AUX | WOULD_AUX | _POSSIBILITY
# Clauses a condition above reaches through: a complement, an adverbial, an adjective's ("confident that ...").
_CONDITIONED_DEPS = frozenset({"ccomp", "xcomp", "advcl", "acomp"})


def _consequence(tok, aux: set) -> bool:
    """ "If we start the progress, I'm confident that the U.S., working with Russia, ...": what an "if / unless"
    clause of a clause above conditions is not reported as done. Not a condition the parser hangs on the trigger
    itself, too often misplaced ("launched an investigation into X's threat to withhold funds if ...") or a
    courtesy still made ("my apologies if ..."); not with a "will / would / can" on the way (a promise, threat or
    possibility, read elsewhere), nor under a governing verb ("threatened to recall its ambassador if ...",
    "warned it would suspend the treaty unless ...": the condition is part of the threat; a speech verb only
    above the condition: "if asked, he says X attacked Y" is the report's)."""
    if aux & _MODAL_AUX:
        return False
    node, found, joined = tok, False, False
    for _ in range(6):
        cls = control_classes().get(base_lemma(node))
        if cls is not None and not (found and cls.endswith("report")):
            return False
        if not found and not joined:
            if node is not tok and aux_words(node) & _MODAL_AUX:
                return False
            found = node is not tok and any(c.dep_ == "advcl" and _condition(c) for c in node.children)
        if node.dep_ not in _CONDITIONED_DEPS | {"conj"} or node.head == node:
            break
        # "would recall X and suspend Y": a coordinate takes no condition from above its head
        joined = joined or node.dep_ == "conj"
        node = node.head
    return found


def _condition(clause) -> bool:
    """A verb's "if / unless" clause, not "as if" (a manner), "even if" (a concession: the main clause holds), nor an
    elliptical "if any" / "if not"."""
    marks = [c for c in clause.children if c.dep_ in ("mark", "advmod") and c.i < clause.i]
    return (
        clause.pos_ in ("VERB", "AUX")
        and any(m.lower_ in _CONDITION_MARKS for m in marks)
        and not any(m.lower_ in ("as", "even") for m in marks)
    )


# Conjunctions of a clause of time: "will raise it when he meets Xi", "before he visits", "until Iran agrees".
_TIME_MARKS = frozenset({"when", "whenever", "as", "before", "after", "until", "till", "once"})


def _future_time(tok) -> bool:
    """ "will raise the issue when he meets Xi next week", "will grow stronger as our people forge ties": a
    present-tense clause of time under a future (or a reported "would") is still to come; so is one under a
    past or an infinitive ("vowed to continue the protests until the government bows to its demands"), whose
    present tense can only be the time still ahead of it ("as" there is as often "because": left as it reads)."""
    node = first_conjunct(tok)  # "when he meets Xi and signs the deal"
    if node.dep_ != "advcl" or node.tag_ not in ("VBZ", "VBP"):
        return False
    marks = {c.lower_ for c in node.children if c.dep_ in ("mark", "advmod") and c.i < node.i} & _TIME_MARKS
    head = node.head
    return bool(marks) and (
        bool(aux_words(head) & (FUTURE_AUX | WOULD_AUX))
        or marks != {"as"}
        and (head.tag_ == "VBD" or head.tag_ == "VB" and head.dep_ == "xcomp")
    )


def _purpose(tok) -> bool:
    """ "declared an emergency so he could fund a wall": what the act was for, not done."""
    return tok.dep_ in ("advcl", "ccomp") and any(
        c.dep_ in ("mark", "advmod") and c.lower_ == "so" and c.i < tok.i for c in tok.children
    )


# Nouns of a body set up or sent to do what the "to"-infinitive after it says ("set up a commission to
# investigate", "formed a united front to campaign against"), which the sets code as that body's act.
_DOER_NOUNS = word_set("official_bodies") | word_set("commanded_bodies") | word_set("purpose_doers")
_DOER_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
# Verbs whose "to"-infinitive is done by doing them: an effort ("do their best to suppress"), a means ("fired tear
# gas to disperse", "cited security to impose bans"), a contact ("met X to congratulate him", "called to thank"),
# or "be" ("the first to recognize").
_PERFORMING_HEADS = word_set("purpose_performing_heads") | {"be"}


def aimed_at(tok) -> bool:
    """ "took a step to strengthen and defend X", "To ease the burden, X formed a partnership", "developed resources
    to help patients": a "to"-infinitive adverbial of a verb says what the act is for, not what was done. Not
    under a control verb, which modality.py reads ("threatened on Monday to impose", "went on to demand"), nor
    when the verb's object is a body or party that is to do it ("set up a commission to investigate")."""
    node = first_conjunct(tok)
    if not (node.dep_ == "advcl" and to_infinitive(node) and node.head.pos_ in ("VERB", "AUX")):
        return False
    if any(c.dep_ in _OWN_SUBJECTS for c in node.children):
        return False  # "looking for X to assault": the parser's subject is the one sought (sought.py)
    head = node.head
    if base_lemma(head) in control_classes() or base_lemma(head) in _PERFORMING_HEADS:
        return False
    obj = next((c for c in head.children if c.dep_ == "dobj"), None)
    return obj is None or not (obj.ent_type_ in _DOER_ENTS or base_lemma(obj) in _DOER_NOUNS)


# Adverbs of a habit or a standing principle: "has always condemned", "routinely criticises".
_HABITUAL_ADVERBS = word_set("habitual_adverbs")
# How often, said of the present only: "he often invites loyalists", "businesses sometimes back out" (a habit);
# "have regularly convened these officials since December" tells of meetings held.
_FREQUENCY_ADVERBS = word_set("frequency_adverbs")
_STANDING_ADVICE = word_set("standing_advice")

# Determiners of an object that is any instance of a kind: "condemns any form of violence".
_ANY = frozenset({"any", "every", "all"})


def _habitual(tok) -> bool:
    """A habit or a statement of principle, not one act: "X has always condemned any form of violence", "X
    condemns all violence"."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    if _what_a_kind_does(tok):
        return True
    if any(c.dep_ == "advmod" and c.lower_ in _HABITUAL_ADVERBS for c in tok.children):
        return True
    if tok.tag_ == "VBZ" and base_lemma(tok) in _STANDING_ADVICE:
        return True  # "the website advises citizens to keep paying": standing advice, not one act
    if tok.tag_ not in ("VBZ", "VBP"):
        return False  # "denied all claims", "I'm asking every Democrat": one act
    if (
        not aux_words(tok)
        and not _reports(tok)  # "as he often says: enough is enough" still says it
        and any(c.dep_ == "advmod" and c.lower_ in _FREQUENCY_ADVERBS for c in tok.children)
    ):
        return True
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    return obj is not None and any(c.dep_ in ("det", "predet") and c.lower_ in _ANY for c in obj.children)


def _what_a_kind_does(tok) -> bool:
    """What people of a kind do as a rule, told in the plain present of a relative clause on a plural common noun:
    "the taxpayers who fund it", "an amnesty to rebels who surrender their guns", "extremists who are willing to
    kill", "residents who support the park" — no one act by anyone (a past "officials who met X" is one). The kind
    is the doer: not "the rules, which X say Y has broken", a named party's words about the rules."""
    clause = tok
    while clause.dep_ in ("xcomp", "acomp") or (clause.dep_ == "advcl" and to_infinitive(clause)):
        clause = clause.head
    return (
        clause.dep_ == "relcl"
        and clause.tag_ == "VBP"
        and not aux_words(clause)
        and clause.head.tag_ == "NNS"
        and any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in clause.children)
    )


def _governed_reason(anc, tok, self_report: bool, infinitive: bool) -> str | None:
    """Why a clausal ancestor of ``tok`` makes its action not done, or None (``infinitive``: tok or a clause
    between it and ``anc`` is a "to" infinitive)."""
    anc_aux = aux_words(anc)
    if anc_aux & WOULD_AUX and "have" in anc_aux:
        return "counterfactual"  # "a bill that would have allowed China to extradite ..."
    if anc_aux & POSSIBLE_AUX and not self_report:
        return "possible"
    if anc_aux & {"can", "ca"} and infinitive and not any(c.dep_ == "neg" for c in anc.children):
        return "possible"  # "bombers can carry missiles to strike warships": a capability, not an act
    if _able_later(anc):
        return "possible"  # "her team will be able to meet X": a capability to come, not a meeting held
    if anc_aux & _DEONTIC or (
        base_lemma(anc) in ("have", "need") and any(c.dep_ == "xcomp" for c in anc.children)
    ):
        return "obligation"  # "senators must vote to convict", "we have to stop attacking each other"
    if base_lemma(anc) == "have" and any(
        c.dep_ == "prep" and c.lower_ in ("until", "till") for c in anc.children
    ):
        return "obligation"  # "the judges have until August 31 to resolve all complaints": a deadline
    if anc_aux & FUTURE_AUX and _part_of_future_act(tok, anc):
        return "planned"  # "will set up a council to cooperate with X": the cooperation is what it is for
    if (infinitive or _bare_infinitive(tok)) and base_lemma(anc) in _PERMITTING and _complement_of(tok, anc):
        return "possible"  # "the scope allows it to advise", "let X sue": permitted, not reported as done
    if base_lemma(anc) in _STOPPING:
        return "negated"  # "stop attacking", "failed to negotiate", "struggling to censor"
    if base_lemma(anc) in _REQUESTING:
        # "asking Republicans to come together to support X": asked for, not done. The direct head too
        # ("urged Y to release"): the request is coded from the requesting verb itself.
        return "requested"
    if (anc.pos_ == "ADJ" and base_lemma(anc) in _GENERIC_ADJ) or any(
        c.dep_ == "acomp" and base_lemma(c) in _GENERIC_ADJ for c in anc.children if base_lemma(anc) == "be"
    ):
        return "generic"  # "it is commonplace for new governments to suspend parliament"
    if any(c.dep_ == "neg" for c in anc.children) and base_lemma(anc) in _NEGATABLE_GOVERNORS:
        return "negated"  # "the Senate did not find the network had breached laws"
    return None


def _able_later(anc) -> bool:
    """ "will / would / could be able to": the "able" of a "be" with a modal of its own."""
    return (
        base_lemma(anc) == "able"
        and anc.dep_ == "acomp"
        and bool(aux_words(anc.head) & (FUTURE_AUX | WOULD_AUX | POSSIBLE_AUX))
    )


def _part_of_future_act(tok, anc) -> bool:
    """``tok``'s clause (or one it is coordinated with, or hung on) says what ``anc``'s act is for or how it is
    done, as in "will travel to X to meet Y", "will address the crisis, calling for X": a "to"-infinitive
    adverbial, a participle, or a "to"-infinitive the parser coordinated with ``anc`` ("will travel to X and to
    advance Y"); not a complement ("will continue to support Y")."""
    node = tok
    while node.head != anc and node.head != node and (node.dep_ == "conj" or _adjunct(node)):
        node = node.head
    if node.head != anc:
        return False
    if participle_adjunct(node) and _after_comma(node) and anc.dep_ == "ccomp" and _reports(anc.head):
        return False  # "He says the UN will do its utmost, urging the Council to act": the speaker's own act
    return _adjunct(node) or (node.dep_ == "conj" and to_infinitive(node) and not to_infinitive(anc))


def _after_comma(clause) -> bool:
    first = clause.left_edge
    return first.i > 0 and clause.doc[first.i - 1].text == ","


def _reports(verb) -> bool:
    return control_classes().get(base_lemma(verb), "").endswith("report") or speaks_on(verb)


def _adjunct(clause) -> bool:
    return (clause.dep_ == "advcl" and to_infinitive(clause)) or participle_adjunct(clause)


def _complement_of(tok, anc) -> bool:
    """``tok`` is ``anc``'s clausal complement, a coordinate of it ("allowed him to buy and sell") or the purpose
    of one ("allowed X to use its missiles to strike Y": the strike is as permitted as the use), not a clause hung
    further down ("a bill that would allow X, which the BBC describes as ...")."""
    node = tok
    while node.head != anc and node.head != node and (node.dep_ == "conj" or _infinitive_purpose(node)):
        node = node.head
    return node.head == anc and node.dep_ in ("ccomp", "xcomp")


def _bare_infinitive(tok) -> bool:
    """A base-form verb with no auxiliary of its own, as "let" takes it: "let X sue Y"."""
    return tok.tag_ == "VB" and not aux_words(tok)


def _infinitive_purpose(clause) -> bool:
    """A "to"-infinitive hung on the verb before it as its purpose ("use its missiles [to strike]")."""
    return clause.dep_ in ("advcl", "xcomp") and clause.head.pos_ in ("VERB", "AUX") and to_infinitive(clause)


def _asked(tok, sent, reported: bool) -> bool:
    """An indirect question ("did not announce whom they would support") or a direct one, outside reported speech
    or asking what is reported."""
    if tok.dep_ in ("ccomp", "xcomp") and any(t.lower_ in _WH_WORDS and t.i < tok.i for t in tok.subtree):
        if any(c.dep_ == "neg" for c in tok.head.children) or base_lemma(tok.head) in (
            "ask",
            "wonder",
            "question",
            "know",
            "decide",
            "announce",
        ):
            return True  # "did not announce whom they would support"
    if not sentence_text(sent).rstrip().rstrip("\"”’'").endswith("?"):
        return False
    # a question in the words of someone reported is theirs ("X said: why would we attack?"), unless the verb
    # that reports it is what is asked: "Do you think they confer legitimacy on X?"
    if not reported:
        return True
    reporting = [a for a in _ancestors(tok, sent) if _reports(a)]
    return not reporting or any(_asked_verb(a) for a in reporting)


def _asked_verb(verb) -> bool:
    """A verb whose auxiliary comes before its subject: "do you think", "did they say", "has he seen"."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and any(c.dep_ == "aux" and c.i < subj.i for c in verb.children)
