"""The state one article's resolution builds: actors by key, mentions in document order, and which
token each mention owns; plus the recency lookups every pass shares.

A token belongs to at most one mention, and the first pass to claim it wins: this is why the passes'
order (see ``article.PASSES``) matters.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from spacy.attrs import IDX
from spacy.tokens import Doc, Span, Token

from newsroom.extract.actors.words import MAX_LOOKBACK_MENTIONS, SUBJECT_DEPS
from newsroom.extract.lexicon import AliasEntry, Role


class HeldRole(NamedTuple):
    """An office a person holds, as the article titles them ("US Secretary of State")."""

    role: Role
    country: str | None
    qualifiers: frozenset[str]  # distinguishing words ("state department")


@dataclass
class Actor:
    key: str
    name: str
    actor_type: str
    country_code: str | None = None
    cameo: str | None = None
    name_tokens: tuple[str, ...] = ()  # persons: lower-case name words, longest form seen
    roles: list[HeldRole] = field(default_factory=list)
    index: int = -1
    group_class: str | None = None  # role class of a generic agent group ("police", "mediator")
    sex: str | None = None  # persons: 'f' | 'm' when a title or the given name says so


@dataclass
class ActorMention:
    actor: Actor
    start: int  # token offsets
    end: int
    kind: str
    subject: bool
    head: int  # the index of the span's root, which the end-of-article passes read of every mention


class UnheldRole(NamedTuple):
    """ "The Nigerian vice president" where no holder is named yet: resolved after the descriptions."""

    span: Span  # the demonym
    entry: AliasEntry
    head: Token  # the role noun
    role: Role


class Registry:
    """Actors and mentions of one document while the passes run."""

    def __init__(self, doc: Doc, quote_char_spans: list[tuple[int, int]], text: str | None = None):
        """``text``: the text ``doc`` was parsed from, when the caller has it (``doc.text`` and ``Span.text``
        join a new Token per word)."""
        self.doc = doc
        self.text = text
        self.sent_starts = [s.start for s in doc.sents] if len(doc) else []
        self.by_key: dict[str, Actor] = {}
        self.by_index: dict[int, Actor] = {}
        self.mentions: list[ActorMention] = []
        self.token_owner: dict[int, ActorMention] = {}
        self.quoted = _quoted_tokens(doc, quote_char_spans)
        self._quoted_sentences: dict[int, bool] = {}
        self.reserved: set[int] = set()  # title words of people ("Secretary of State"), never entities
        self.acronyms: dict[str, str] = {}  # org key of an acronym -> org key of its spelled-out name
        self.unheld_roles: list[UnheldRole] = []
        # heads of plural bodies read outside a subject ("sanctioned terrorist groups", generic._bodies)
        self.bodies_read: set[int] = set()
        self.gatherings: set[int] = set()  # gatherings read as their people (generic.gathering_acted_on)
        # demonyms on a noun that is no role ("Indian airstrikes", "a Russian proposal"): (span, entry), whose
        # country the article may name nowhere else (ArticleActors.add_adjective_countries)
        self.adjective_countries: list[tuple[Span, AliasEntry]] = []
        # each name NER typed a body or a place, as add_entity read it: (actor, type, country, cameo, span)
        self.typed_names: list[tuple[Actor, str, str | None, str | None, Span]] = []
        self._paragraph_starts: list[int] | None = None

    def paragraph_index(self, token_i: int) -> int:
        """Which paragraph (blank-line or line-break separated block of the body) holds the token."""
        if self._paragraph_starts is None:
            self._paragraph_starts = paragraph_starts(self.doc.text if self.text is None else self.text)
        return bisect_right(self._paragraph_starts, self.doc[token_i].idx) - 1

    def sentence_index(self, token_i: int) -> int:
        return max(0, bisect_right(self.sent_starts, token_i) - 1)

    def window_start(
        self, token_i: int, sentences: int, narrative: bool = True, words_only: bool = False
    ) -> int:
        """The first sentence of a look-back of ``sentences`` sentences before the token's own. In a ``narrative``
        look-back a sentence wholly inside quotation marks does not count: a speaker's three quoted sentences do
        not put the speaker out of reach of the "he" of the narration after them. With ``words_only`` a "sentence"
        of punctuation alone (a closing quotation mark the parser split off after the full stop) does not count
        either."""
        first = self.sentence_index(token_i)
        while sentences > 0 and first > 0:
            first -= 1
            sentences -= not (
                narrative and self._quoted_sentence(first) or words_only and self._no_words(first)
            )
        return first

    def _no_words(self, index: int) -> bool:
        end = self.sent_starts[index + 1] if index + 1 < len(self.sent_starts) else len(self.doc)
        return all(t.is_punct or t.is_space for t in self.doc[self.sent_starts[index] : end])

    def _quoted_sentence(self, index: int) -> bool:
        if index not in self._quoted_sentences:
            end = self.sent_starts[index + 1] if index + 1 < len(self.sent_starts) else len(self.doc)
            words = [t.i for t in self.doc[self.sent_starts[index] : end] if not (t.is_punct or t.is_space)]
            self._quoted_sentences[index] = bool(words) and all(i in self.quoted for i in words)
        return self._quoted_sentences[index]

    def mention_text(self, mention: ActorMention) -> str:
        return self.span_text(self.doc[mention.start : mention.end])

    def span_text(self, span: Span) -> str:
        """``span.text``, cut from the text when the registry has it."""
        return span.text if self.text is None else self.text[span.start_char : span.end_char]

    def add_mention(self, actor: Actor, start: int, end: int, kind: str) -> ActorMention | None:
        """A mention of ``actor`` over tokens [start, end), unless another mention or a title owns one of them."""
        if any(i in self.token_owner or i in self.reserved for i in range(start, end)):
            return None
        head = self.doc[start:end].root
        mention = ActorMention(
            actor,
            start,
            end,
            kind,
            head.dep_ in SUBJECT_DEPS
            or (head.dep_ == "appos" and head.head.dep_ in SUBJECT_DEPS)
            or counted_subject(head)
            or _identified_subject(head),
            head.i,
        )
        for i in range(start, end):
            self.token_owner[i] = mention
        insort(self.mentions, mention, key=lambda m: m.start)
        return mention

    def actor(
        self, key: str, name: str, actor_type: str, country: str | None = None, cameo: str | None = None
    ) -> Actor:
        """The actor with this key, created on first use. A name first met as a people no country is known for,
        then as an organisation ("closer to Fitbit" then "Fitbit said"), is an organisation (not a place: a town
        is often taken for a body)."""
        actor = self.by_key.get(key)
        if actor is None:
            actor = Actor(key=key, name=name, actor_type=actor_type, country_code=country, cameo=cameo)
            self.by_key[key] = actor
        elif actor_type == "organization" and actor.actor_type == "group" and not actor.country_code:
            actor.actor_type, actor.country_code, actor.cameo = actor_type, country, cameo
        return actor

    def reassign(self, actor: Actor, target: Actor) -> None:
        """Every mention of ``actor`` becomes ``target``'s: the passes found them to be one actor."""
        for mention in self.mentions:
            if mention.actor is actor:
                mention.actor = target

    def persons(self) -> list[Actor]:
        return [a for a in self.by_key.values() if a.actor_type == "person"]

    def mentions_before(self, token_i: int) -> list[ActorMention]:
        """Mentions starting before a token, nearest first (at most ``MAX_LOOKBACK_MENTIONS``)."""
        pos = bisect_left(self.mentions, token_i, key=lambda m: m.start)
        return self.mentions[max(0, pos - MAX_LOOKBACK_MENTIONS) : pos][::-1]

    def mentions_from(self, token_i: int) -> list[ActorMention]:
        """Mentions starting at or after a token, nearest first (at most ``MAX_LOOKBACK_MENTIONS``)."""
        pos = bisect_left(self.mentions, token_i, key=lambda m: m.start)
        return self.mentions[pos : pos + MAX_LOOKBACK_MENTIONS]

    def recent(self, token_i: int, actors: list[Actor]) -> Actor:
        """Of ``actors``, the one mentioned last before a token (the first one if none is)."""
        wanted = {id(a) for a in actors}
        for m in self.mentions_before(token_i):
            if id(m.actor) in wanted:
                return m.actor
        return actors[0]

    def recent_group(self, token_i: int, role_class: str) -> Actor | None:
        for m in self.mentions_before(token_i):
            if m.actor.group_class == role_class:
                return m.actor
        return None

    def in_focus(self, token_i: int, wanted: Callable[[Actor], bool]) -> ActorMention | None:
        """The most recent compatible name that is the subject of a main clause in this or the previous sentence:
        who the text is about, which a following "he" or "she" continues ("X backed away from Y, citing reports
        Z hid. He criticised W": X, not Z, the subject of a clause inside)."""
        first_sent = self.window_start(token_i, 1)
        for m in self.mentions_before(token_i):
            if self.sentence_index(m.start) < first_sent:
                return None
            if (
                m.kind == "name"
                and m.start not in self.quoted
                and m.subject
                and _in_main_clause(self.doc[m.head])
                and wanted(m.actor)
            ):
                return m
        return None

    def salient(
        self,
        token_i: int,
        wanted: Callable[[Actor], bool],
        sentences: int,
        subjects_first: bool = True,
        narrative: bool = False,
    ) -> ActorMention | None:
        """Most recent compatible subject mention in the window, else the most recent compatible mention. A
        ``narrative`` window counts only sentences of narration (``window_start``): the reach of a subject "he",
        which continues who the text is about; a possessive or object pronoun is local, and keeps the plain count."""
        first_sent = self.window_start(token_i, sentences, narrative)
        fallback = None
        for m in self.mentions_before(token_i):
            if self.sentence_index(m.start) < first_sent:
                break
            if m.start in self.quoted or not wanted(m.actor):
                continue
            if m.subject or not subjects_first:
                return m
            fallback = fallback or m
        return fallback

    def number(self) -> None:
        """Index actors by first mention; drop those left without one (a merged or unused key)."""
        first: dict[int, int] = {}
        for m in self.mentions:
            first.setdefault(id(m.actor), m.start)
        live = {id(m.actor): m.actor for m in self.mentions}
        for n, actor in enumerate(sorted(live.values(), key=lambda a: first[id(a)])):
            actor.index = n
        self.by_key = {k: a for k, a in self.by_key.items() if id(a) in live}
        self.by_index = {a.index: a for a in live.values()}

    def numbered(self) -> list[Actor]:
        """Each actor once, by index."""
        return sorted({id(a): a for a in self.by_key.values()}.values(), key=lambda a: a.index)


def counted_subject(token: Token) -> bool:
    """What a subject counts: "Thousands of protesters marched" has the protesters as its subject (not a part
    of a group: "two of the victims died" leaves the victims in the background)."""
    if token.dep_ != "pobj" or token.head.lower_ != "of":
        return False
    count = token.head.head
    return count.dep_ in SUBJECT_DEPS and count.lemma_.lower() in _COUNT_NOUNS


_COUNT_NOUNS = frozenset(
    {
        "hundred",
        "hundreds",
        "thousand",
        "thousands",
        "million",
        "millions",
        "dozen",
        "dozens",
        "tens",
        "scores",
    }
)


def _identified_subject(token: Token) -> bool:
    """ "One of X's negotiators is Jane Doe. She says …": a name the copula identifies its subject with is who
    that subject is, and who the text goes on about; not "X is Jane Doe's lawyer", nor "Doe is Smith"."""
    verb = token.head
    if token.dep_ != "attr" or verb.lemma_ != "be" or token.ent_type_ != "PERSON":
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.pos_ in ("NOUN", "NUM")  # "One of the negotiators is …"


def _in_main_clause(subject: Token) -> bool:
    """The subject (or its apposition) belongs to the sentence's main verb or one coordinated with it."""
    node = subject.head if subject.dep_ == "appos" else subject
    verb = node.head
    return verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"


def paragraph_starts(text: str) -> list[int]:
    """The character offsets where the text's paragraphs begin (after each line break and its blank space)."""
    return [0] + [m.end() for m in re.finditer(r"\n\s*", text)]


def _quoted_tokens(doc: Doc, spans) -> frozenset[int]:
    if not spans or not len(doc):
        return frozenset()
    starts = doc.to_array(IDX).tolist()  # one array read, not a Token object per word
    inside: set[int] = set()
    for start, end in spans:
        lo = bisect_left(starts, start)
        hi = bisect_left(starts, end)
        inside.update(range(lo, hi))
    return frozenset(inside)
