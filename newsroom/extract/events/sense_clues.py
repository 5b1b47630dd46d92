"""Word lists and parse clues the sense rules (sense.py) consult: what a legislature votes on, objects of a
verbal attack, channels of speech, agreements, audiences, words of criticism.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from newsroom.extract.events.codebook import word_set, word_sets
from newsroom.extract.events.syntax import base_lemma

# What a legislature votes on or an official signs: supporting, opposing, proposing or signing one is not an
# event between actors ("231 Democrats supported the resolution", "signed the decree").
LEGISLATIVE = word_set("legislative")


# Objects that make "attack / hit / slam / blast / target" a verbal attack: words, plans and decisions.
VERBAL_OBJECTS = word_set("verbal_objects")


# Channels of speech: "attacked X on Twitter", "in a speech", "at a rally".
_SPEECH_CHANNELS = word_set("speech_channels")


AGREEMENTS = word_set("agreements")


# Who a "speak to" / "talk to" is addressed to when it is a statement, not a consultation.
AUDIENCES = word_set("audiences")


MEDIA_NAME = re.compile(
    r"\b(news|times|post|press|journal|radio|tv|television|broadcasting|bbc|cnn|fox|msnbc|nbc|abc|cbs|npr|afp|"
    r"reuters|verge|guardian|telegraph|herald|tribune|gazette|agency|daily|magazine|network|channel|mail|jazeera|"
    r"newspaper|outlet|website|twitter|facebook)\b",
    re.I,
)


# Modifiers that are no part of a partner's name: a clause about it, another partner.
_NOT_THE_NAME = frozenset({"relcl", "acl", "advcl", "ccomp", "conj", "cc", "punct"})


def names_media(tok) -> bool:
    """The noun names a news outlet or one of its people: "Israel Radio", "the Lagos Gazette", "Matthew Cooper of
    TIME magazine", a one-word title ending in "news" ("Euronews"); not what a clause under it says, nor a
    person's own name ("Vicente Fox")."""
    person = tok.ent_type_ == "PERSON"
    words = []
    stack = [c for c in tok.children if c.dep_ == "prep"] if person else [tok]
    while stack:
        t = stack.pop()
        words.append(t.text)
        stack += [c for c in t.children if c.dep_ not in _NOT_THE_NAME]
    if tok.ent_iob_ != "O" and not person:  # "Talking to Israel Radio Israeli Minister ...": a split name
        words += [t.text for t in next((e for e in tok.doc.ents if e.start <= tok.i < e.end), [])]
    if MEDIA_NAME.search(" ".join(words)):
        return True
    return tok.pos_ == "PROPN" and not person and len(tok.lower_) > 4 and tok.lower_.endswith("news")


def press_event(tok) -> bool:
    """ "held a press conference", "a joint news conference": the press is its audience, a statement to the
    media, not a meeting with a partner."""
    nouns = [tok, *(c for c in tok.children if c.dep_ in ("dobj", "nsubjpass"))]
    return any(c.dep_ == "compound" and MEDIA_NAME.search(c.text) for n in nouns for c in n.children)


# Things that are fought against without an adversary ("fighting corruption").
ABSTRACT_FOES = word_set("abstract_foes")


OPINION_VERBS = word_set("opinion_verbs")


RECOGNISED = word_set("recognised")


def negative_words() -> frozenset[str]:
    """Words of criticism: the lexicon's @negeval set (one list for both) and a few more."""

    return word_sets().get("negeval", frozenset()) | _EXTRA_NEGATIVE


_EXTRA_NEGATIVE = word_set("extra_negative")


REFLEXIVES = frozenset("itself himself herself themselves ourselves myself yourself".split())


DESCRIBE_VERBS = word_set("describe_verbs")


OFFERS = word_set("offers")


CLAIMS = word_set("claims")


COURTS = word_set("courts")


MEETING_NOUNS = word_set("meeting_nouns")


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


_REGARD_ADVERBS = word_set("regard_adverbs")


def describes(verb) -> bool:
    """ "called the investigation a witch hunt", "are taking the threats seriously": the verb characterises or
    weighs its object, it carries no event noun."""
    if base_lemma(verb) == "take":
        return any(c.dep_ == "advmod" and c.lower_ in _REGARD_ADVERBS for c in verb.children)
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
