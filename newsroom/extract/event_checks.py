"""Checks that decide whether a matched event trigger reports an event that happened, and how sure we are.

The lexicon finds candidate predicates; on whole articles most of its errors are words used in another sense
("called the plan a disaster", "released a statement", "an appeal by the defence"), actions that did not happen
("could attack", "a bill that would have allowed ...", "did not find that X breached ..."), events whose second
party is a thing ("supported the resolution", "signed a decree") and datelines or wire agencies read as actors.
Each check here is one rule over the dependency parse; none names an actor or a sentence. ``events.py`` calls:

- :func:`sense` on every lexicon match: the code it keeps, a corrected code, or None (not an event);
- :func:`unreal` on every candidate: why the action is not reported as done (or None);
- :func:`needs_target` when the event is built: codes that mean nothing without a second party;
- :func:`dateline_end` / :func:`is_news_agency` so that "WASHINGTON (AP) —" and "Reuters" are never actors;
- :func:`confidence` to score the event from the checks it passed (README: the threshold analysts apply).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

LEXICON_DIR = Path(__file__).parent / "lexicons"

_PERSON_ENTS = frozenset({"PERSON", "NORP"})
_ACTOR_ENTS = frozenset({"PERSON", "NORP", "ORG", "GPE"})
# Common nouns for people (besides the captive set of the lexicon): who can be released, arrested, ordered.
_PERSON_NOUNS = frozenset(
    "people person man men woman women child children boy girl family families prisoner hostage detainee captive "
    "inmate activist journalist reporter dissident protester demonstrator suspect crew sailor fisherman soldier "
    "troop national citizen worker leader member opponent critic official officer politician lawmaker legislator "
    "student refugee migrant asylum-seeker civilian resident villager victim militant fighter rebel insurgent "
    "gunman attacker bomber spy diplomat ambassador envoy minister president governor mayor senator cleric priest "
    "bishop monk nun doctor nurse teacher employee staff executive director chief commander general colonel "
    "candidate blogger lawyer judge accused defendant convict felon smuggler trafficker pirate kidnapper donor "
    "counterpart delegation negotiator mediator partner ally neighbour neighbor government authority".split()
)
# What a legislature votes on or an official signs: supporting, opposing, proposing or signing one is not an
# event between actors ("231 Democrats supported the resolution", "signed the decree").
_LEGISLATIVE = frozenset(
    "bill law legislation amendment resolution motion measure article act budget decree ordinance regulation rule "
    "order executive referendum petition constitution charter code statute provision clause".split()
)
# Objects that make "attack / hit / slam / blast / target" a verbal attack: words, plans and decisions.
_VERBAL_OBJECTS = frozenset(
    "decision move plan proposal policy policies bill law legislation ruling verdict remark remarks comment comments "
    "statement statements speech record handling response approach stance position idea report claim claims deal "
    "agreement budget programme program reform strategy tweet tweets rhetoric leadership inquiry investigation probe "
    "impeachment process proceedings hearing election vote decree order announcement initiative measure measures "
    "stance views view criticism accusation accusations allegation allegations narrative campaign candidacy "
    "nomination appointment choice motion resolution amendment testimony letter article column interview "
    "proclamation declaration designation recognition annexation plan policy announcement ban tariff tariffs "
    "sanctions stance rhetoric approach visit remarks".split()
)
# Channels of speech: "attacked X on Twitter", "in a speech", "at a rally".
_SPEECH_CHANNELS = frozenset(
    "twitter facebook instagram tweet post speech statement interview television tv radio broadcast "
    "briefing address op-ed column letter podcast remarks".split()
)
_AGREEMENTS = frozenset(
    "agreement deal accord treaty pact memorandum mou convention protocol declaration communique communiqué "
    "charter contract ceasefire truce roadmap framework understanding arrangement compact partnership alliance "
    "armistice settlement".split()
)
# Who a "speak to" / "talk to" is addressed to when it is a statement, not a consultation.
_AUDIENCES = frozenset(
    "press reporter reporters journalist journalists media newspaper broadcaster correspondent television tv radio "
    "outlet audience crowd crowds supporter supporters student students rally conference gathering assembly "
    "viewer viewers reader readers public nation people congregation delegates attendee attendees".split()
)
_MEDIA_NAME = re.compile(
    r"\b(news|times|post|press|journal|radio|tv|television|broadcasting|bbc|cnn|fox|msnbc|nbc|abc|cbs|npr|afp|"
    r"reuters|verge|guardian|telegraph|herald|tribune|gazette|agency|daily|magazine|network|channel)\b",
    re.I,
)
# Things that are fought against without an adversary ("fighting corruption").
_ABSTRACT_FOES = frozenset(
    "corruption poverty crime fire fires blaze wildfire disease virus pandemic epidemic outbreak climate change "
    "injustice racism inflation hunger drug drugs addiction cancer extremism dishonesty misinformation "
    "disinformation flood floods drought illiteracy unemployment pollution".split()
)
# Adjectives that make an event noun unreal: "a planned trip", "the proposed bill", "a possible strike".
_UNREAL_MODIFIERS = frozenset(
    "planned proposed possible potential prospective future expected upcoming hypothetical cancelled canceled "
    "aborted failed rumoured rumored would-be mooted envisaged envisioned intended threatened scheduled".split()
)
# Modals of possibility: "could attack", "may sanction", "might meet", "can do it" are not done.
_POSSIBILITY = frozenset({"could", "may", "might", "can", "ca"})
_DEONTIC = frozenset({"must", "should", "ought"})
_WOULD = frozenset({"would", "'d"})
_OPINION_VERBS = frozenset(
    {"conclude", "agree", "accept", "find", "recognise", "recognize", "acknowledge", "welcome", "note"}
)


@lru_cache(maxsize=1)
def news_agencies() -> frozenset[str]:
    """Wire agencies (lexicons/news_agencies.txt): they report events, never take part in them."""
    with open(LEXICON_DIR / "news_agencies.txt", encoding="utf-8") as fh:
        return frozenset(line.strip().casefold() for line in fh if line.strip() and not line.startswith("#"))


def is_news_agency(text: str) -> bool:
    name = " ".join(text.replace("(", " ").replace(")", " ").split()).casefold()
    name = name.removeprefix("the ")
    return name in news_agencies()


_DASHES = frozenset({"—", "–", "-", "--", "―"})


def dateline_end(sent) -> int:
    """Index of the first token after a dateline ("WASHINGTON (AP) —", "BEIRUT, Jan 3 (Reuters) -"), else sent.start.

    A dateline is upper-case place words, optionally a date, optionally an agency in brackets, then a dash, all
    within the first 14 tokens of the sentence."""
    toks = list(sent[:14])
    for k, t in enumerate(toks):
        if t.text in _DASHES and k > 0:
            head = toks[:k]
            words = [w for w in head if w.is_alpha]
            if not words:
                return sent.start
            caps = [w for w in words if w.is_upper and len(w) > 1]
            bracketed = any(w.text == "(" for w in head)
            if (
                caps
                and words[0].is_upper
                and (
                    bracketed
                    or len(caps) == len([w for w in words if not w.like_num and w.lower_ not in _MONTH_WORDS])
                )
            ):
                return t.i + 1
            return sent.start
        if not (t.is_alpha or t.is_punct or t.like_num or t.is_space):
            return sent.start
    return sent.start


_MONTH_WORDS = frozenset(
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september "
    "october november december".split()
)


def _obj(tok):
    """The thing acted on: the direct object, or the subject of a passive."""
    for c in tok.children:
        if c.dep_ == "dobj":
            return c
    for c in tok.children:
        if c.dep_ == "nsubjpass":
            return c
    return None


def _preps(tok) -> dict[str, object]:
    out = {}
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "prt", "mark") and c.lower_ not in out:
            out[c.lower_] = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), c)
    return out


def _lemma(tok) -> str:
    return (tok.lemma_ or tok.text).lower()


def _person_like(tok) -> bool:
    if tok is None:
        return False
    if tok.ent_type_ in _PERSON_ENTS or tok.pos_ == "PRON":
        return True
    if _lemma(tok) in _QUANTIFIERS or tok.like_num:  # "dozens of protesters", "33 Russian individuals"
        of = next(
            (
                g
                for p in tok.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children
                if g.dep_ == "pobj"
            ),
            None,
        )
        if of is not None:
            return _person_like(of)
    return _lemma(tok) in _PERSON_NOUNS or tok.lower_ in _PERSON_NOUNS


def actor_like(tok) -> bool:
    """A token that names a party (entity, proper name, person noun), resolved to an actor or not."""
    if (
        tok is not None
        and tok.pos_ == "PRON"
        and tok.lower_ not in _PERSON_PRONOUNS
        and tok.lower_ not in ("they", "them")
    ):
        return False
    return _actor_like(tok)


def _actor_like(tok) -> bool:
    if tok is None:
        return False
    if tok.ent_type_ in _ACTOR_ENTS or _person_like(tok) or (tok.pos_ == "PROPN" and not tok.ent_type_):
        return True
    return any(
        c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in _ACTOR_ENTS for c in tok.children
    )  # "her Argentine counterpart"


def _names_a_law(tok) -> bool:
    """'the Ballot Interference Prevention Act (BIPA)': a named law, bill or resolution."""
    if tok.ent_type_ == "LAW":
        return True
    words = [t.lower_ for t in tok.subtree if t.is_alpha]
    return (
        bool(words)
        and tok.pos_ == "PROPN"
        and any(w in ("act", "bill", "law", "resolution", "amendment") for w in words)
    )


def _complement(verb):
    """Predicate complement of "call X Y" / "calling it Y": the token after the object, if any."""
    for c in verb.children:
        if c.dep_ in ("oprd", "xcomp", "ccomp", "attr", "acomp"):
            return c
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None:
        for c in (
            obj.children
        ):  # "called the move a smash and grab": the parser hangs the description on the object
            if c.dep_ in ("appos", "acl", "relcl", "amod", "npadvmod", "attr") and c.i > obj.i:
                return c
        nxt = obj.doc[obj.right_edge.i + 1] if obj.right_edge.i + 1 < len(obj.doc) else None
        if nxt is not None and nxt.text in ('"', "“", "'", "‘") and nxt.head == verb:
            return nxt
    return None


_RECOGNISED = frozenset(
    "government state independence sovereignty regime country republic authority election result annexation".split()
)


def _negated(tok) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def describes(verb) -> bool:
    """ "called the investigation a witch hunt": the verb characterises its object, it carries no event noun."""
    return _lemma(verb) == "call" and _complement(verb) is not None


def _negative_words() -> frozenset[str]:
    from newsroom.extract.events import word_sets  # the lexicon's @negeval set, one list for both

    return word_sets().get("negeval", frozenset()) | _EXTRA_NEGATIVE


_EXTRA_NEGATIVE = frozenset(
    "null void coup witch hunt hoax garbage disgrace disgraceful shame aggression breach abuse smash grab illegitimate "
    "unlawful illegal criminal corrupt dangerous disaster catastrophe catastrophic betrayal farce sham racist "
    "terrorist terrorism fascist dictator dictatorship liar lies lying fraud fraudulent weak incompetent traitor "
    "treason absurd stupid idiot crazy pathetic nasty terrible horrible evil".split()
)


def _speech_channel(verb) -> bool:
    for c in verb.subtree:
        if c.dep_ == "pobj" and (c.lower_ in _SPEECH_CHANNELS or _lemma(c) in _SPEECH_CHANNELS):
            return True
    return False


def sense(tok, code: str) -> str | None:
    """The code of this trigger in the sense the parse shows; None when the word is not used as an event here."""
    lemma = _lemma(tok)
    root = code[:2]
    verb = tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("dobj", "pobj", "nsubjpass", "attr")
    preps = _preps(tok)
    if lemma == "call" and verb and code == "041":
        comp = _complement(tok)
        if (
            comp is not None
            and comp.ent_type_ in _ACTOR_ENTS
            and not any(c.dep_ == "dobj" for c in tok.children)
        ):
            return (
                code  # "called German Chancellor Angela Merkel": the parser took the callee for a complement
            )
        if comp is not None:  # "called the move a smash and grab", "calling it null and void"
            words = {_lemma(t) for t in comp.subtree} | {t.lower_ for t in comp.subtree}
            return "111" if words & _negative_words() else None
        if "for" in preps:
            return "020"
        if "on" in preps or "upon" in preps:
            return "100"
        context = {t.lower_ for t in tok.subtree}
        if context & {"phone", "telephone", "phoned"}:
            return code
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        return code if obj is not None and obj.ent_type_ in _ACTOR_ENTS else None
    if lemma in _DESCRIBE_VERBS and verb and code[:2] in ("01", "11"):
        # "described the U.S.'s desire to reassess ties as 'surprising'": a characterisation; negative = criticism
        for t in tok.subtree:
            if t.lower_ == "as" and t.i > tok.i:
                after = {w.lower_ for w in t.doc[t.i + 1 : min(t.i + 6, t.sent.end)]}
                if after & _negative_words():
                    return "111"
        return code
    if lemma in ("phone", "telephone") and verb and code.startswith("04"):
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        return code if obj is not None or "with" in preps else None
    if lemma == "release" and code in ("084", "0841") and verb:
        obj = _obj(tok)
        return code if _person_like(obj) and (obj.pos_ != "PRON" or obj.lower_ in _PERSON_PRONOUNS) else None
    if lemma == "appeal" and root == "02":
        # a request: "appealed for calm", "appealed to Y to ...", "an appeal for aid"; not a court appeal
        if "for" in preps:
            return code
        if any(c.dep_ in ("xcomp", "acl", "ccomp") for c in tok.children):
            return code
        to = preps.get("to")
        if to is not None and to.dep_ == "pobj" and _lemma(to) not in _COURTS:
            return code  # "appealed to international donors", not "appealed to the Supreme Court"
        return None
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
        obj = _obj(tok) if verb else None
        if obj is not None and (_lemma(obj) in _VERBAL_OBJECTS or obj.lower_ in _VERBAL_OBJECTS):
            return "111"  # "attacked the decision", "hit the plan"
        if verb and (
            ("as" in preps and any(t.text in ('"', "“") for t in tok.subtree))
            or ("over" in preps and _actor_like(obj))
        ):
            return "111"  # "attacked the inquiry as 'a witch hunt'", "slammed Y over its remarks"
        if verb and obj is not None and obj.ent_type_ in _ACTOR_ENTS and _speech_channel(tok):
            return "111"  # "attacked Y on Twitter", "in a speech"
        return code
    if root == "04" and lemma in ("speak", "talk"):
        target = preps.get("to") or preps.get("with")
        if target is None:
            return code
        if _lemma(target) in _AUDIENCES or target.lower_ in _AUDIENCES or _MEDIA_NAME.search(target.text):
            return None  # "spoke to the press", "told reporters": a statement, not a consultation
        if "to" in preps and "with" not in preps and target.ent_type_ != "PERSON":
            return None  # "speaking to the think tank": an address
        return code
    if root == "04" and lemma == "host" and verb:
        obj = _obj(tok)
        return code if obj is None or _actor_like(obj) or _lemma(obj) in _MEETING_NOUNS else None
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
            and _lemma(obj) not in _AGREEMENTS
            and not any(_lemma(t) in _AGREEMENTS for t in obj.subtree)
        ):
            return None  # "signed a decree", "signed the bill into law"
        return code
    if root in ("03", "05", "06") and lemma in _OPINION_VERBS and verb:
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
            and _obj(tok) is not None
            and not _actor_like(_obj(tok))
        ):
            return None  # "194 Republicans opposing it": a vote count
    if lemma in ("support", "back", "oppose", "propose", "endorse", "favor", "favour") and verb:
        obj = _obj(tok)
        if (
            obj is not None
            and (_lemma(obj) in _LEGISLATIVE or _names_a_law(obj))
            and not any(c.dep_ == "poss" for c in obj.children)
        ):
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "agent")), None)
            counted = subj is not None and any(c.dep_ == "nummod" for c in subj.children)
            if counted or lemma == "propose" or any(t.lower_.startswith("vot") for t in tok.sent):
                return None  # "231 Democrats supported the resolution", "proposed a bill": a vote or a bill
    if lemma == "allege" and verb:
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if (
            obj is not None
            and _lemma(obj) in ("tie", "link", "connection")
            and any(c.lower_ == "to" for c in obj.children)
        ):
            return None  # "has alleged ties to the IRGC": the adjective "alleged"
    if lemma == "order" and root == "10" and verb:
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is not None and _lemma(subj) in _COURTS:
            return None  # "the judge ordered the accused remain in custody": a court order
        obj = next((c for c in tok.children if c.dep_ in ("dobj", "dative")), None)
        clause = next((c for c in tok.children if c.dep_ in ("ccomp", "xcomp")), None)
        subj = (
            next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if clause is not None
            else None
        )
        who = obj if obj is not None and _actor_like(obj) else subj
        if who is None or not _actor_like(who):
            return None  # "ordered three days of mourning", "ordered a new trial"
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in who.children):
            return None  # "ordered his staff to ...": the actor's own people
        return code
    if lemma in ("demonstrate", "show") and root == "14" and verb:
        return None if any(c.dep_ in ("dobj", "ccomp") for c in tok.children) else code
    if lemma in ("fight", "combat", "battle", "tackle") and root == "19" and verb:
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is not None and (_lemma(obj) in _ABSTRACT_FOES or obj.lower_ in _ABSTRACT_FOES):
            return None
        return code
    if (
        code == "173"
        and lemma in ("capture", "arrest", "detain", "seize", "hold", "nab", "apprehend")
        and verb
    ):
        obj = _obj(tok)
        return code if obj is None or _person_like(obj) or obj.ent_type_ in _ACTOR_ENTS else None
    if root == "09" and verb and any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in tok.children):
        return None  # "investigating itself"
    if lemma == "blame" and root == "11" and verb:
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is not None and not _actor_like(obj):
            return None  # "blaming human error"
    if lemma == "plead" and verb:
        if any(c.lower_ in ("guilty", "innocent") for c in tok.children) or any(
            t.lower_ == "guilty" for t in tok.subtree
        ):
            return None  # "pled guilty": a plea in court, not an appeal
    if lemma == "offer" and root == "03" and verb:
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        has_to = any(c.dep_ in ("xcomp", "dative") for c in tok.children) or "to" in preps
        if obj is not None and not has_to and not _actor_like(obj) and _lemma(obj) not in _OFFERS:
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
            or not (_actor_like(obj) or _actor_like(owner))
        ):
            return None  # "defended his decision", "justified the claim": its own position
    if lemma == "deny" and root == "12" and verb:
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is None and any(c.dep_ == "ccomp" for c in tok.children):
            return "016"  # "denied that he made any deal": deny responsibility ("denied his claim" stays a rejection)
        if (
            obj is not None
            and _lemma(obj) in _CLAIMS
            and any(c.dep_ in ("acl", "ccomp") for c in obj.children)
        ):
            return "016"  # "denied all claims that Khashoggi was slain": denies what happened
    if (
        root == "07"
        and verb
        and _person_like(_obj(tok))
        and lemma in ("airlift", "fly", "evacuate", "transfer", "send", "take", "move")
    ):
        return None  # "Navalny was airlifted to Berlin": moving a person, not aid
    if root == "07" and verb and lemma == "contribute":
        to = preps.get("to")
        if to is not None and not _actor_like(to):
            return None  # "contributed to incredible human suffering"
    if lemma == "impose" and code == "170" and verb:
        obj = _obj(tok)
        if obj is not None and _lemma(obj) in _LEGISLATIVE:
            return None  # "imposed a law mandating ...": a rule, not coercion of anyone
    if (
        verb
        and tok.tag_ == "VBN"
        and tok.dep_ in ("ccomp", "xcomp", "oprd")
        and _lemma(tok.head) in ("have", "get")
    ):
        return None  # "had her home searched": the subject is who it was done to; the doer is not named
    if (
        code == "057"
        and tok.dep_ == "acl"
        and tok.head.pos_ in ("NOUN", "PROPN")
        and _lemma(tok.head) not in _AGREEMENTS
    ):
        return None  # "the decree signed by the Pope": what is signed is the noun it describes
    if lemma in ("recognize", "recognise") and root == "05":
        what = _obj(tok) if verb else None
        if tok.dep_ == "relcl" and what is not None and what.tag_ in ("WDT", "WP"):
            what = tok.head
        if what is None or not (
            what.ent_type_ in ("GPE", "ORG", "NORP", "LOC") or _lemma(what) in _RECOGNISED
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
        if not any(_actor_like(r) for r in recipients if r is not None and r.dep_ != "mark"):
            return None  # "Congress approved a budget", "residents donated blood": nobody receives aid
    if code == "115" and lemma == "bring" and "against" not in preps:
        return None  # "brought the case before the ECJ": a referral, not a lawsuit against someone
    if root == "12" and _negated(tok) and any(c.lower_ == "until" for c in tok.children):
        return None  # "didn't endorse her until July": it happened, later
    return code


_PERSON_PRONOUNS = frozenset("he him she her his i me we us".split())
_REFLEXIVES = frozenset("itself himself herself themselves ourselves myself yourself".split())
_DESCRIBE_VERBS = frozenset("describe term label brand dub characterize characterise portray depict".split())
_OFFERS = frozenset(
    "aid help support assistance talks mediation ceasefire truce deal concession concessions compromise cooperation protection asylum resignation apology money loan".split()
)
_CLAIMS = frozenset("claim allegation accusation charge report suggestion assertion rumor rumour".split())
_QUANTIFIERS = frozenset(
    "dozen dozens hundred hundreds thousand thousands score scores number group some many several".split()
)
_COURTS = frozenset("court tribunal judge justice judiciary".split())
_MEETING_NOUNS = frozenset(
    "talks talk meeting summit visit conference delegation leader president minister round negotiations dialogue".split()
)


def noun_unreal(noun) -> bool:
    """ "a planned trip", "the proposed bill", "possible sanctions": the noun names what has not happened."""
    return any(c.dep_ in ("amod", "compound") and c.lower_ in _UNREAL_MODIFIERS for c in noun.children)


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


def _aux(tok) -> set[str]:
    return {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}


def unreal(tok, sent, reported: bool, self_report: bool = False) -> str | None:
    """Why the action of ``tok`` is not reported as done, or None.

    ``reported``: the trigger sits under a speech verb ("X said Y would ..."), where "would" is a reported "will"
    (an intent, as CAMEO codes it); ``self_report``: the speaker is the actor ("X said it could ..."), the only
    case where "could / may / might" states an intent or a threat rather than a possibility.
    Returns "possible" (could/may/might/can), "obligation" (must/should), "counterfactual" ("would have"),
    "conditional" (a bare "would" outside reported speech), "negated" (a negated clause it depends on: "did not
    find that X breached"), "question" (a direct question), "unreal-noun" ("a planned visit")."""
    aux = _aux(tok)
    if (
        tok.dep_ == "conj"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        and tok.tag_ in ("VB", "VBG", "VBN")
    ):
        aux |= _aux(
            tok.head
        )  # "will meet and sign": the modal is shared; "would stage a rally and accused": it is not
    if aux & _DEONTIC:
        return "obligation"
    if aux & _POSSIBILITY and not self_report:
        return "possible"
    if aux & _WOULD and "have" in aux:
        return "counterfactual"
    if aux & _WOULD and not reported:
        return "conditional"
    for anc in _ancestors(tok, sent):
        anc_aux = _aux(anc)
        if anc_aux & _WOULD and "have" in anc_aux:
            return "counterfactual"  # "a bill that would have allowed China to extradite ..."
        if anc_aux & {"could", "might", "may"} and not self_report:
            return "possible"
        if anc_aux & _DEONTIC or (
            _lemma(anc) in ("have", "need") and any(c.dep_ == "xcomp" for c in anc.children)
        ):
            return "obligation"  # "senators must vote to convict", "we have to stop attacking each other"
        if _lemma(anc) in _STOPPING:
            return "negated"  # "stop attacking", "failed to negotiate", "struggling to censor"
        if anc is not tok.head and _lemma(anc) in _REQUESTING:
            return "requested"  # "asking Republicans to come together to support X": asked for, not done
        if (anc.pos_ == "ADJ" and _lemma(anc) in _GENERIC_ADJ) or any(
            c.dep_ == "acomp" and _lemma(c) in _GENERIC_ADJ for c in anc.children if _lemma(anc) == "be"
        ):
            return "generic"  # "it is commonplace for new governments to suspend parliament"
        if any(c.dep_ == "neg" for c in anc.children) and _lemma(anc) in _NEGATABLE_GOVERNORS:
            return "negated"  # "the Senate did not find the network had breached laws"
    if tok.pos_ in ("NOUN", "PROPN") and noun_unreal(tok):
        return "unreal-noun"
    if tok.dep_ in ("ccomp", "xcomp") and any(t.lower_ in _WH_WORDS and t.i < tok.i for t in tok.subtree):
        if any(c.dep_ == "neg" for c in tok.head.children) or _lemma(tok.head) in (
            "ask",
            "wonder",
            "question",
            "know",
            "decide",
            "announce",
        ):
            return "question"  # "did not announce whom they would support"
    if sent.text.rstrip().rstrip("\"”’'").endswith("?") and not reported:
        return "question"
    return None


_GENERIC_ADJ = frozenset(
    "common commonplace usual normal customary typical rare unusual possible impossible difficult easy hard likely "
    "unlikely necessary important legal illegal".split()
)
_VEHICLES = frozenset(
    "car vehicle truck lorry bus van train motorcycle motorbike suv taxi tractor bicycle bike xc90 jeep minibus".split()
)


def vehicle(tok) -> bool:
    """A vehicle named as the doer: "struck by a car", "a Volvo driving on the wrong side"."""
    if _lemma(tok) in _VEHICLES or tok.lower_ in _VEHICLES:
        return True
    return any(c.dep_ == "acl" and _lemma(c) == "drive" for c in tok.children)


_REQUESTING = frozenset("ask urge call demand appeal request press push encourage implore invite".split())
_WH_WORDS = frozenset("who whom whose what which whether how".split())


# Governors that say the action stops or does not come about.
_STOPPING = frozenset("stop cease quit halt end fail unable struggle refrain avoid prevent".split())
# Governors whose negation denies what they govern: "did not find / say / confirm / show / prove that ...".
_NEGATABLE_GOVERNORS = frozenset(
    "find say confirm show prove believe think know see establish conclude determine report allege claim suggest "
    "indicate mean announce reveal disclose decide".split()
)

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


def confidence(
    *,
    specific: bool,
    target: bool,
    source_direct: bool,
    source_named: bool,
    noun: bool,
    carried: bool,
    transformed: bool,
    statement: bool,
    reported: bool,
    pronoun_source: bool,
    other_names: bool = False,
) -> float:
    """How likely the event row is right (root, source and target), from the checks it passed.

    Weights set against the hand-audited real-article sample (README, "How the extractors work, and how well"):
    a named source that is the clause's own subject and a resolved target are what right rows have in common;
    a missing target while the sentence names another party, a source found through a pronoun or the speaker, an event noun without a light verb, a
    re-coded (negated, intended, threatened) action and an event inside reported speech are what wrong rows have."""
    conf = 0.5
    conf += 0.1 if specific else 0.0
    # no target while the sentence names another party: most often a target the parse did not reach
    conf += 0.15 if target else (-0.15 if other_names else 0.0)
    conf += 0.05 if source_direct else -0.1
    conf += 0.05 if source_named else -0.05
    if noun:
        conf -= 0.05 if carried else 0.15
    conf -= 0.1 if transformed else 0.0
    conf -= 0.05 if reported else 0.0
    conf -= 0.05 if pronoun_source else 0.0
    conf -= 0.25 if statement else 0.0
    return round(min(0.95, max(0.05, conf)), 2)


# Event nouns whose possessor is the one the action is done to: "Khashoggi's killing", "his arrest".
_PATIENT_NOUNS = frozenset(
    "killing murder assassination death arrest detention release extradition deportation conviction trial "
    "impeachment execution kidnapping abduction removal ouster poisoning torture imprisonment prosecution "
    "sentencing expulsion dismissal firing capture beating shooting stabbing rape disappearance indictment".split()
)


def patient_noun(noun) -> bool:
    return (noun.lemma_ or noun.text).lower() in _PATIENT_NOUNS
