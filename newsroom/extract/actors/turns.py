"""Transcript turns: a press briefing, remarks with a guest or a Q&A interview gives each turn a paragraph that
opens with its speaker's label in capitals ("MR PRICE:", "SECRETARY BLINKEN:", "FOREIGN MINISTER DENDIAS:",
"QUESTION:", "Q:"), and the turn runs to the next label. The turn's own first person ("I would say …", "We urge
…", "let me tell you …") is the one the label names, as a statement's is its author's (author.py): the person of
the label's surname as the text or its title names them, else a person made of the label when an honorific, an
office or a given name shows it names one ("MS PORTER", her full name only in a header the reader cut; a news
transcript's "JANE ROE:"). A label that names no one ("QUESTION:", "MODERATOR:", "Q:": an unnamed reporter, a
numbered official) gives its turn's first person to no one."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from spacy.tokens import Span

from newsroom.extract.actors.author import body_actor, first_person_tokens, speaks_as
from newsroom.extract.actors.registry import Actor, Registry
from newsroom.extract.actors.roles import find_role
from newsroom.extract.actors.words import GENDERED_TITLES, HONORIFICS
from newsroom.given_names import given_names

# a label opening its line: capitals (a lone "Q" or "A" too), a colon, then the turn's words
_TURN_LABEL = re.compile(r"^[ \t]*([A-Z](?:[A-Z.'’\- ]{0,40}[A-Z.])?):[ \t]+(?=\S)", re.MULTILINE)
_MAX_NAME_WORDS = 3


def set_out_in_turns(text: str) -> bool:
    """A paragraph opens with a speaker's label in capitals: a transcript or an interview, whose "I" and "we"
    are not one author's."""
    return _TURN_LABEL.search(text) is not None


def add_turn_speakers(reg: Registry, title_registry: Callable[[], Registry | None], text: str) -> None:
    """Give each labelled turn's first person to the person its label names. ``title_registry``: the title's
    actors, built only when a label names someone the body does not; ``text``: the text ``reg.doc`` was parsed
    from."""
    doc = reg.doc
    labels = list(_TURN_LABEL.finditer(text))
    if not labels:
        return
    first_person = first_person_tokens(doc)
    starts = [t.idx for t in first_person]
    ends = [m.start() for m in labels[1:]] + [len(text)]
    for label, end in zip(labels, ends, strict=True):
        words = doc.char_span(label.start(1), label.end(1), alignment_mode="expand")
        speaker = _label_speaker(reg, words, title_registry) if words is not None else None
        if speaker is None:
            continue
        turn = first_person[bisect_left(starts, label.end()) : bisect_left(starts, end)]
        speaks_as(reg, speaker, turn)


def _label_speaker(reg: Registry, label: Span, title_registry: Callable[[], Registry | None]) -> Actor | None:
    """The person a label names: the words after its honorific or office ("SECRETARY" of "SECRETARY BLINKEN") are
    a surname the body's persons or the title's share; else, after an honorific or office, a new person."""
    tokens = list(label)
    role = find_role(tokens, body=False)
    first = role.end if role is not None else 0
    while first < len(tokens) and tokens[first].lower_ in HONORIFICS:
        first += 1
    name = label[first:].text.split()
    if not name or len(name) > _MAX_NAME_WORDS or any(t.like_num for t in label[first:]):
        return None  # "SENIOR ADMINISTRATION OFFICIAL TWO": an office, numbered
    surname = name[-1].lower()
    known = _bearer(reg, surname)
    if known is not None:
        return known
    titled = title_registry()
    named = _bearer(titled, surname) if titled is not None else None
    if named is not None:
        return body_actor(reg, named)
    words = tuple(w.lower() for w in name)
    given = given_names()
    if first == 0 and not (len(words) > 1 and words[0] in given):
        return None  # "QUESTION", "OPERATOR", a surname no one bears: nothing says it names a person
    person = reg.actor(f"speaker:{' '.join(words)}", " ".join(w.title() for w in name), "person")
    person.name_tokens = words
    person.sex = person.sex or GENDERED_TITLES.get(tokens[0].lower_) or given.get(words[0])
    return person


def _bearer(reg: Registry, surname: str) -> Actor | None:
    """The person whose last name word is ``surname``."""
    return next((a for a in reg.persons() if a.name_tokens and a.name_tokens[-1] == surname), None)
