"""Word lists and parse clues the sense rules (sense.py) consult: what a legislature votes on, objects of a
verbal attack, channels of speech, agreements, audiences, words of criticism.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from newsroom.extract.events.codebook import word_sets
from newsroom.extract.events.syntax import base_lemma

# What a legislature votes on or an official signs: supporting, opposing, proposing or signing one is not an
# event between actors ("231 Democrats supported the resolution", "signed the decree").
LEGISLATIVE = frozenset(
    "bill law legislation amendment resolution motion measure article act budget decree ordinance regulation rule "
    "order executive referendum petition constitution charter code statute provision clause".split()
)


# Objects that make "attack / hit / slam / blast / target" a verbal attack: words, plans and decisions.
VERBAL_OBJECTS = frozenset(
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


AGREEMENTS = frozenset(
    "agreement deal accord treaty pact memorandum mou convention protocol declaration communique communiqué "
    "charter contract ceasefire truce roadmap framework understanding arrangement compact partnership alliance "
    "armistice settlement".split()
)


# Who a "speak to" / "talk to" is addressed to when it is a statement, not a consultation.
AUDIENCES = frozenset(
    "press reporter reporters journalist journalists media newspaper broadcaster correspondent television tv radio "
    "outlet audience crowd crowds supporter supporters student students rally conference gathering assembly "
    "viewer viewers reader readers public nation people congregation delegates attendee attendees".split()
)


MEDIA_NAME = re.compile(
    r"\b(news|times|post|press|journal|radio|tv|television|broadcasting|bbc|cnn|fox|msnbc|nbc|abc|cbs|npr|afp|"
    r"reuters|verge|guardian|telegraph|herald|tribune|gazette|agency|daily|magazine|network|channel)\b",
    re.I,
)


# Things that are fought against without an adversary ("fighting corruption").
ABSTRACT_FOES = frozenset(
    "corruption poverty crime fire fires blaze wildfire disease virus pandemic epidemic outbreak climate change "
    "injustice racism inflation hunger drug drugs addiction cancer extremism dishonesty misinformation "
    "disinformation flood floods drought illiteracy unemployment pollution".split()
)


OPINION_VERBS = frozenset(
    {"conclude", "agree", "accept", "find", "recognise", "recognize", "acknowledge", "welcome", "note"}
)


RECOGNISED = frozenset(
    "government state independence sovereignty regime country republic authority election result annexation".split()
)


def negative_words() -> frozenset[str]:
    """Words of criticism: the lexicon's @negeval set (one list for both) and a few more."""

    return word_sets().get("negeval", frozenset()) | _EXTRA_NEGATIVE


_EXTRA_NEGATIVE = frozenset(
    "null void coup witch hunt hoax garbage disgrace disgraceful shame aggression breach abuse smash grab illegitimate "
    "unlawful illegal criminal corrupt dangerous disaster catastrophe catastrophic betrayal farce sham racist "
    "terrorist terrorism fascist dictator dictatorship liar lies lying fraud fraudulent weak incompetent traitor "
    "treason absurd stupid idiot crazy pathetic nasty terrible horrible evil".split()
)


REFLEXIVES = frozenset("itself himself herself themselves ourselves myself yourself".split())


DESCRIBE_VERBS = frozenset("describe term label brand dub characterize characterise portray depict".split())


OFFERS = frozenset(
    "aid help support assistance talks mediation ceasefire truce deal concession concessions compromise cooperation protection asylum resignation apology money loan".split()
)


CLAIMS = frozenset("claim allegation accusation charge report suggestion assertion rumor rumour".split())


COURTS = frozenset("court tribunal judge justice judiciary".split())


MEETING_NOUNS = frozenset(
    "talks talk meeting summit visit conference delegation leader president minister round negotiations dialogue".split()
)


def complement(verb):
    """Predicate complement of "call X Y" / "calling it Y": the token after the object, if any."""
    for c in verb.children:
        if c.dep_ in ("oprd", "xcomp", "ccomp", "attr", "acomp"):
            return c
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None:
        # "called the move a smash and grab": the parser hangs the description on the object
        for c in obj.children:
            if c.dep_ in ("appos", "acl", "relcl", "amod", "npadvmod", "attr") and c.i > obj.i:
                return c
        nxt = obj.doc[obj.right_edge.i + 1] if obj.right_edge.i + 1 < len(obj.doc) else None
        if nxt is not None and nxt.text in ('"', "“", "'", "‘") and nxt.head == verb:
            return nxt
    return None


def describes(verb) -> bool:
    """ "called the investigation a witch hunt": the verb characterises its object, it carries no event noun."""
    return base_lemma(verb) == "call" and complement(verb) is not None


def names_a_law(tok) -> bool:
    """'the Ballot Interference Prevention Act (BIPA)': a named law, bill or resolution."""
    if tok.ent_type_ == "LAW":
        return True
    words = [t.lower_ for t in tok.subtree if t.is_alpha]
    return (
        bool(words)
        and tok.pos_ == "PROPN"
        and any(w in ("act", "bill", "law", "resolution", "amendment") for w in words)
    )


def speech_channel(verb) -> bool:
    for c in verb.subtree:
        if c.dep_ == "pobj" and (c.lower_ in _SPEECH_CHANNELS or base_lemma(c) in _SPEECH_CHANNELS):
            return True
    return False


class Trigger(NamedTuple):
    """A lexicon match as the sense rules see it."""

    tok: object
    code: str
    lemma: str  # base lemma, as the parser gives it
    root: str  # the code's two-digit root
    verb: bool  # used as a verb (not a verb form in a noun's slot)
    preps: dict[str, object]  # preposition -> its object (prep_objects)


UNDECIDED = object()  # a rule group's answer when none of its rules applies to the trigger
