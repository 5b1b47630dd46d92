"""Actors: who an article mentions, merged to one record per real-world actor.

Named entities give the candidates; the alias table normalises well-known
names (countries, capitals as their governments, IGOs, armed groups, parties);
people are merged by name overlap ("Jane Q. Doe" ... "Doe"); role descriptions
("the foreign minister") and pronouns are linked back to people with cheap
document-order heuristics, so resolution stays linear in the document length.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from newsroom.extract.lexicon import (
    AliasEntry,
    Role,
    alias_matcher,
    country_name,
    given_name_forms,
    given_names,
    lookup_alias,
    org_anaphors,
    reporting_verbs,
    role_max_words,
    role_words,
    roles,
)
from newsroom.models import ArticleActor, Mention

ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# A capital in these positions is a place ("talks in Kabul"), not its government.
LOCATIVE_PREPS = frozenset(
    {"in", "at", "near", "inside", "outside", "around", "across", "throughout", "within", "into", "via"}
)
GENDERED_TITLES = {
    "mr": "m",
    "mr.": "m",
    "sir": "m",
    "lord": "m",
    "mrs": "f",
    "mrs.": "f",
    "ms": "f",
    "ms.": "f",
    "miss": "f",
    "dame": "f",
    "lady": "f",
    "mme": "f",
}
HONORIFICS = frozenset(
    {
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "dr",
        "dr.",
        "prof",
        "prof.",
        "sir",
        "dame",
        "lord",
        "lady",
        "sen.",
        "rep.",
        "gen.",
        "lt.",
        "col.",
        "maj.",
        "gov.",
        "pres.",
    }
)
# Words that say nothing about which office a description means ("the top diplomat").
GENERIC_QUALIFIERS = frozenset(
    {
        "the",
        "a",
        "an",
        "this",
        "that",
        "its",
        "his",
        "her",
        "their",
        "our",
        "country",
        "nation",
        "'s",
        "’s",
        "top",
        "senior",
        "new",
        "former",
        "then",
        "current",
        "chief",
        "acting",
        "interim",
        "caretaker",
        "outgoing",
        "incoming",
        "country's",
        "of",
        "and",
        "for",
    }
)
PRONOUN_SEX = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}
PERSON_PRONOUNS = frozenset(PRONOUN_SEX)
GROUP_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
PRONOUN_WINDOW_SENTENCES = 4
DESCRIPTION_BACK_SENTENCES = 3
DESCRIPTION_AHEAD_SENTENCES = 2
MAX_PHRASE_TOKENS = 12  # role phrases are short; bounds work on pathological parses
MAX_LOOKBACK_MENTIONS = 200
ROLE_LABELS = {
    "MIL": "military",
    "REB": "rebels",
    "OPP": "opposition",
    "JUD": "judiciary",
    "LEG": "legislature",
    "COP": "police",
    "MED": "media",
    "BUS": "business",
    "SPY": "intelligence",
    "SEP": "separatists",
    "CVL": "civilians",
    "REF": "refugees",
    "LAB": "labour",
    "EDU": "education",
    "HLH": "health",
    "NGO": "NGOs",
    "UAF": "armed groups",
    "CRM": "criminals",
    "AGR": "agriculture",
    "REL": "religious",
    "IGO": "international organisations",
}
# Where a bare common-noun agent ("police said", "urged the union") may stand for an actor.
ARGUMENT_DEPS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "pobj", "poss", "conj", "appos", "dative", "attr", "ROOT", "npadvmod"}
)
DEFINITE_DETS = frozenset({"the", "this", "that", "these", "those"})
ANAPHOR_BACK_SENTENCES = 8


@dataclass
class _Actor:
    key: str
    name: str
    actor_type: str
    country_code: str | None = None
    cameo: str | None = None
    name_tokens: tuple[str, ...] = ()  # persons: lower-case name words, longest form seen
    roles: list[tuple[Role, str | None, frozenset[str]]] = field(default_factory=list)
    index: int = -1
    group_class: str | None = None  # role class of a generic agent group ("police", "mediator")
    sex: str | None = None  # persons: 'f' | 'm' when a title or the given name says so


@dataclass
class _Mention:
    actor: _Actor
    start: int  # token offsets
    end: int
    kind: str
    subject: bool


def _sentence_starts(doc: Doc) -> list[int]:
    return [s.start for s in doc.sents] if len(doc) else []


def _trim(span: Span) -> Span:
    """Drop articles, honorifics and a trailing possessive from an entity span."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (
        doc[start].lower_ in ("the", "a", "an") or doc[start].lower_ in HONORIFICS or doc[start].is_punct
    ):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return Span(doc, start, end, label=span.label)


def _strip_role_words(span: Span) -> Span:
    """'President Jane Doe' (when NER swallows the title) -> 'Jane Doe'."""
    words = role_words()
    start = span.start
    while start < span.end - 1 and (
        _norm(span.doc[start].lower_) in words or span.doc[start].lower_ in HONORIFICS
    ):
        start += 1
    return span.doc[start : span.end]


def _is_locative(span: Span) -> bool:
    root = span.root
    return root.dep_ == "compound" or (root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS)


def _norm(word: str) -> str:
    return word.replace("’", "'")


def find_role(tokens: list[Token], body: bool | None = None) -> tuple[Role, int, int] | None:
    """Longest role phrase ending rightmost in ``tokens`` -> (role, start, end) in list indices."""
    table, width = roles(), role_max_words()
    lowers = [_norm(t.lower_) for t in tokens]
    lemmas = [_norm(t.lemma_.lower()) for t in tokens]
    best: tuple[Role, int, int] | None = None
    for end in range(len(tokens), 0, -1):
        for start in range(max(0, end - width), end):
            role = table.get(tuple(lowers[start:end]))
            if role is None and end - start == 1:
                role = table.get((lemmas[start],))
            if role is not None and (body is None or (role.kind == "body") == body):
                if best is None or (end - start) > (best[2] - best[1]):
                    best = (role, start, end)
        if best is not None:
            return best
    return None


class ArticleActors:
    """Actors and mentions of one document, plus the lookups quotes and events need."""

    def __init__(self, doc: Doc, quote_char_spans: list[tuple[int, int]] = ()):
        self.doc = doc
        self.sent_starts = _sentence_starts(doc)
        self._by_key: dict[str, _Actor] = {}
        self._mentions: list[_Mention] = []
        self._token_owner: dict[int, _Mention] = {}
        self._quoted = _quoted_tokens(doc, quote_char_spans)
        self._reserved: set[int] = set()  # title words of people ("Secretary of State"), never entities
        self._acronyms: dict[str, str] = {}  # org key of an acronym -> org key of its spelled-out name
        self._unheld_roles: list[
            tuple[Span, AliasEntry, Token, Role]
        ] = []  # "the Nigerian vice president", no holder yet
        self._resolve()

    # ----- public lookups -------------------------------------------------

    def sentence_index(self, token_i: int) -> int:
        return max(0, bisect_right(self.sent_starts, token_i) - 1)

    def actor_for_token(self, token: Token) -> int | None:
        mention = self._token_owner.get(token.i)
        return mention.actor.index if mention else None

    def mention_for_token(self, token: Token) -> _Mention | None:
        return self._token_owner.get(token.i)

    def mention_text(self, mention: _Mention) -> str:
        return self.doc[mention.start : mention.end].text

    def actor_for_span(self, span: Span) -> int | None:
        """Actor a noun phrase refers to: its head's mention, else a modifier's ("Pakistan's army")."""
        if span.doc is not self.doc:
            return self.match_phrase(span)
        root = span.root
        owner = self._token_owner.get(root.i)
        if owner is not None:
            return owner.actor.index
        for child in root.children:
            if child.dep_ in ("poss", "compound", "amod", "nmod") and span.start <= child.i < span.end:
                owner = self._token_owner.get(child.i)
                if owner is not None:
                    return owner.actor.index
        return None

    def match_phrase(self, span: Span) -> int | None:
        """Actor for a phrase from another text (a headline): alias, name, org name or role."""
        text = " ".join(span.text.split())
        entry = lookup_alias(text)
        if entry is not None and entry.canonical_name.casefold() in self._by_key:
            return self._by_key[entry.canonical_name.casefold()].index
        words = tuple(t.lower_ for t in span if not t.is_punct and t.lower_ not in HONORIFICS)
        persons = [a for a in self._actors() if a.actor_type == "person"]
        for actor in persons:
            if actor.name_tokens[-1] in words:
                return actor.index
        actor = self._by_key.get(_org_key(text))
        if actor is not None:
            return actor.index
        found = find_role(list(span))
        if found is not None and found[0].kind == "person":
            role, country, quals = found[0], _country_of(list(span)), _qualifiers(list(span), found)
            holders = [a for a in persons if _holds(a, role, country, quals)]
            if holders:
                return max(holders, key=lambda a: sum(1 for m in self._mentions if m.actor is a)).index
        return None

    @property
    def actors(self) -> list[ArticleActor]:
        return [
            ArticleActor(
                entity_index=a.index,
                name=a.name,
                actor_type=a.actor_type,
                country_code=a.country_code,
                cameo_actor_code=a.cameo,
            )
            for a in self._actors()
        ]

    @property
    def mentions(self) -> list[Mention]:
        doc = self.doc
        out = []
        for m in sorted(self._mentions, key=lambda m: m.start):
            span = doc[m.start : m.end]
            out.append(
                Mention(
                    m.actor.index,
                    span.text,
                    span.start_char,
                    span.end_char,
                    self.sentence_index(m.start),
                    m.kind,
                )
            )
        return out

    def was_recent_subject(self, index: int, token_i: int, sentences: int) -> bool:
        """Whether the actor was the subject of a clause in the last few sentences before a token."""
        first_sent = self.sentence_index(token_i) - sentences
        pos = bisect_left(self._mentions, token_i, key=lambda m: m.start)
        for m in reversed(self._mentions[max(0, pos - MAX_LOOKBACK_MENTIONS) : pos]):
            if self.sentence_index(m.start) < first_sent:
                return False
            if m.actor.index == index and m.subject and m.kind != "pronoun":
                return True
        return False

    def actor_type(self, index: int) -> str:
        return self._by_index[index].actor_type

    def sex(self, index: int) -> str | None:
        """'f', 'm' or None for a person: from a title before one of its names (Mrs, Sir), else its given name."""
        return self._by_index[index].sex

    def salient_person_before(self, token_i: int, sentences: int = PRONOUN_WINDOW_SENTENCES) -> int | None:
        """Most recent person subject (else person) before a token, within a few sentences."""
        mention = self._salient(token_i, lambda a: a.actor_type == "person", sentences)
        return mention.actor.index if mention else None

    # ----- resolution ------------------------------------------------------

    def _actors(self) -> list[_Actor]:
        return sorted({id(a): a for a in self._by_key.values()}.values(), key=lambda a: a.index)

    def _resolve(self) -> None:
        persons: list[_Name] = []
        others: list[tuple[Span, AliasEntry | None]] = []
        for ent in self._candidate_spans():
            span = _trim(ent)
            if not len(span):
                continue
            entry = lookup_alias(span.text)
            if (
                ent.label_ == "PERSON"
                and len(span) == 1
                and span.start > 0
                and self.doc[span.start - 1].tag_ == "POS"
            ):
                continue  # "Hillary Clinton's Remarks": what a person has is not a person
            if ent.label_ == "PERSON" and entry is None:
                persons += [
                    name
                    for name in _person_names(_strip_role_words(span))
                    if any(t.is_alpha for t in name.span)
                ]
            else:
                others.append((span, entry))
        known = {_canonical_words(name.words) for name in persons}
        surnames = {name[-1] for name in known if len(name) > 1}
        kept = []
        for span, entry in others:
            if entry is not None and _person_not_place(span, entry, surnames):
                persons.append(_Name(span, _name_words(span), " ".join(span.text.split())))
                continue
            hidden = _hidden_person(span, known) if entry is None else None
            if hidden is None:
                kept.append((span, entry))
                continue
            persons.append(_Name(hidden, _name_words(hidden), " ".join(hidden.text.split())))
            prefix = self.doc[span.start : hidden.start]
            if len(prefix) and (prefix_entry := lookup_alias(prefix.text)) is not None:
                kept.append((prefix, prefix_entry))  # a place or body the alias table knows, before the name
        self._add_persons(sorted(persons, key=lambda n: n.span.start))
        for span, entry in kept:
            self._add_other(span, entry)
        self._add_department_names()
        self._add_surnames()
        self._add_identified()
        self._add_descriptions()
        self._add_unheld_roles()
        self._add_pronouns()
        self._number()

    def _candidate_spans(self) -> list[Span]:
        """NER entities plus alias-table matches; the longer wins where they overlap (NER on ties)."""
        doc = self.doc
        spans = [e for e in doc.ents if e.label_ in ENTITY_LABELS]
        for name, acronym in _acronym_pairs(doc):  # "The Articulation of Indigenous Peoples (AIP)"
            spans = [
                e for e in spans if not (e.start < acronym.start and e.end > name.end)
            ]  # "X (WHO" as one entity
            spans += [
                Span(doc, name.start, name.end, label="ORG"),
                Span(doc, acronym.start, acronym.end, label="ORG"),
            ]
            self._acronyms[_org_key(acronym.text)] = _org_key(" ".join(name.text.split()))
        for _, start, end in alias_matcher(doc.vocab)(doc):
            entry = lookup_alias(doc[start:end].text)
            if entry is not None:
                spans.append(Span(doc, start, end, label="GPE" if entry.actor_type == "country" else "ORG"))
        return sorted(filter_spans(spans), key=lambda s: s.start)

    def _add_mention(self, actor: _Actor, start: int, end: int, kind: str) -> _Mention | None:
        if any(i in self._token_owner or i in self._reserved for i in range(start, end)):
            return None
        doc = self.doc
        head = doc[start:end].root
        mention = _Mention(
            actor,
            start,
            end,
            kind,
            head.dep_ in SUBJECT_DEPS or (head.dep_ == "appos" and head.head.dep_ in SUBJECT_DEPS),
        )
        for i in range(start, end):
            self._token_owner[i] = mention
        insort(self._mentions, mention, key=lambda m: m.start)
        return mention

    def _actor(
        self, key: str, name: str, actor_type: str, country: str | None = None, cameo: str | None = None
    ) -> _Actor:
        actor = self._by_key.get(key)
        if actor is None:
            actor = _Actor(key=key, name=name, actor_type=actor_type, country_code=country, cameo=cameo)
            self._by_key[key] = actor
        return actor

    def _add_persons(self, names: list[_Name]) -> None:
        people: list[_Actor] = []
        last_seen: dict[int, int] = {}
        for name in names:
            span, words = name.span, name.words
            if not words:
                continue
            same = _canonical_words(words)  # "Tim Sloan" is "Timothy J. Sloan"
            candidates = [
                p
                for p in people
                if _is_subsequence(same, _canonical_words(p.name_tokens))
                or _is_subsequence(_canonical_words(p.name_tokens), same)
            ]
            if candidates:
                actor = max(candidates, key=lambda p: last_seen.get(id(p), -1))
                if len(words) > len(actor.name_tokens):
                    actor.name_tokens, actor.name = words, name.text
            else:
                actor = _Actor(
                    key=f"person:{len(people)}", name=name.text, actor_type="person", name_tokens=words
                )
                people.append(actor)
                self._by_key[actor.key] = actor
            last_seen[id(actor)] = span.start
            title = self.doc[span.start - 1].lower_ if span.start else ""
            if title in GENDERED_TITLES:
                actor.sex = GENDERED_TITLES[title]
            if self._add_mention(actor, span.start, span.end, "name"):
                self._person_roles(actor, span)
        names = given_names()
        for actor in people:
            if actor.sex is None and len(actor.name_tokens) > 1:
                actor.sex = names.get(_canonical_words(actor.name_tokens)[0])

    def _person_roles(self, actor: _Actor, span: Span) -> None:
        """Roles from 'Foreign Minister Jane Doe', 'Jane Doe, the foreign minister', 'the spokesman, Jane Doe'."""
        doc, root = self.doc, span.root
        left = [
            t
            for t in doc[max(root.left_edge.i, span.start - MAX_PHRASE_TOKENS) : span.start]
            if not t.is_space
        ]
        if left and (found := find_role(left, body=False)) and found[2] == len(left):
            self._give_role(actor, left, found)
            self._reserved.update(t.i for t in left[found[1] :])
            self._reserved.update(t.i for t in left[: found[1]] if not _names_something(t))
        for child in root.children:
            if child.dep_ == "appos" and not (span.start <= child.i < span.end):
                phrase = [
                    t
                    for t in doc[max(child.left_edge.i, child.i - MAX_PHRASE_TOKENS) : child.i + 1]
                    if not t.is_punct
                ]
                if phrase and (found := find_role(phrase, body=False)) and found[2] == len(phrase):
                    self._give_role(actor, phrase, found)
                    self._add_mention(actor, phrase[0].i, child.i + 1, "description")
        if root.dep_ == "appos" and root.head.pos_ in ("NOUN", "PROPN"):
            head = root.head
            phrase = [
                t
                for t in doc[max(head.left_edge.i, head.i - MAX_PHRASE_TOKENS) : head.i + 1]
                if not t.is_punct
            ]
            if phrase and (found := find_role(phrase, body=False)) and found[2] == len(phrase):
                self._give_role(actor, phrase, found)
                self._add_mention(actor, phrase[0].i, head.i + 1, "description")

    def _give_role(self, actor: _Actor, phrase: list[Token], found: tuple[Role, int, int]) -> None:
        role = found[0]
        country = _country_of(phrase) or _of_country(phrase[-1])
        actor.roles.append((role, country, _qualifiers(phrase, found)))
        if country and not actor.country_code:
            actor.country_code = country
        inherited = _group_code(phrase)
        if inherited and not actor.cameo:
            actor.cameo = inherited
        elif not actor.cameo:
            code = role.cameo_role or _body_code(phrase[: found[1]])
            if code and actor.country_code:
                actor.cameo = actor.country_code + code

    def _add_other(self, span: Span, entry: AliasEntry | None) -> None:
        label = span.label_
        root = span.root
        if entry is not None:
            if entry.actor_type == "country" and (
                label == "NORP" or root.pos_ == "ADJ" or root.dep_ == "amod"
            ):
                self._add_demonym(span, entry)
                return
            if entry.is_government and label in ("GPE", "LOC", "FAC") and _is_locative(span):
                return
            kind = (
                "metonym"
                if entry.is_government and entry.canonical_name.casefold() != span.text.casefold()
                else "name"
            )
            actor = self._actor(
                entry.canonical_name.casefold(),
                entry.canonical_name,
                entry.actor_type,
                entry.country_code,
                entry.cameo_actor_code,
            )
            self._add_mention(actor, span.start, span.end, kind)
            return
        text = " ".join(span.text.split())
        if not any(c.isalpha() for c in text):
            return
        tokens = list(span)
        full_key = self._acronyms.get(_org_key(text))
        if full_key is not None and full_key in self._by_key:  # the acronym of a name spelled out earlier
            self._add_mention(self._by_key[full_key], span.start, span.end, "name")
            return
        if label == "ORG" or (label in ("GPE", "LOC", "FAC") and find_role(tokens, body=True)):
            country = _country_of(tokens) or self._possessor_country(root)
            found = find_role(tokens, body=True)
            code = found[0].cameo_role if found else None
            actor = self._actor(
                _org_key(text), text, "organization", country, (country + code) if country and code else None
            )
            self._add_mention(actor, span.start, span.end, "name")
        elif label == "NORP":
            if root.dep_ in SUBJECT_DEPS or root.dep_ in ("dobj", "pobj", "conj"):
                actor = self._actor(_org_key(text), text, "group")
                self._add_mention(actor, span.start, span.end, "name")
        else:
            actor = self._actor(_org_key(text), text, "other")
            self._add_mention(actor, span.start, span.end, "name")

    def _add_demonym(self, span: Span, entry: AliasEntry) -> None:
        """'Pakistani officials' -> Pakistan's government; 'the French said' -> France; 'French wine' -> nothing."""
        root = span.root
        head = root.head
        if root.dep_ in ("amod", "compound", "nmod") and head.pos_ in ("NOUN", "PROPN") and head.i > root.i:
            found = find_role([head])
            if found is None or head.i in self._token_owner:
                return
            role = found[0]
            # "Pakistani officials", and an unnamed "a senior Indian diplomat" (a named one is a person)
            if role.kind == "body" or head.tag_ in ("NNS", "NNPS") or _unnamed_holder_noun(head):
                if role.cameo_role:
                    actor = self._group(
                        entry.country_code,
                        role.cameo_role,
                        entry.canonical_name,
                        _body_label(role),
                        role.role_class,
                    )
                    self._add_mention(actor, span.start, head.i + 1, "description")
            elif role.cameo_role and head.ent_type_ != "PERSON" and head.head.ent_type_ != "PERSON":
                self._unheld_roles.append((span, entry, head, role))
            return
        if root.dep_ == "appos" and self._describes_person(root.head):
            # "Jane Roe, an ethnic Kurd," / "the suspect, a Kenyan,": the person's origin, not the country acting
            owner = self._token_owner.get(root.head.i)
            if owner is not None and owner.actor.actor_type == "person":
                self._add_mention(owner.actor, span.start, span.end, "description")
            return
        if root.dep_ in SUBJECT_DEPS or root.dep_ in ("dobj", "pobj", "conj", "appos", "ROOT"):
            actor = self._actor(
                entry.canonical_name.casefold(),
                entry.canonical_name,
                "country",
                entry.country_code,
                entry.cameo_actor_code,
            )
            self._add_mention(actor, span.start, span.end, "metonym")

    def _describes_person(self, head: Token) -> bool:
        """Whether a noun is one person: a person's name, or a singular common noun ("the suspect")."""
        owner = self._token_owner.get(head.i)
        if owner is not None:
            return owner.actor.actor_type == "person"
        if head.ent_type_ == "PERSON":
            return True
        return head.pos_ == "NOUN" and head.tag_ == "NN" and find_role([head], body=True) is None

    def _group(
        self,
        country: str | None,
        code: str | None,
        country_label: str | None,
        label: str | None = None,
        role_class: str | None = None,
    ) -> _Actor:
        """A generic agent group; see ``_add_generic`` for the naming scheme."""
        country_label = country_label or (country_name(country) if country else None)
        if code == "GOV" and country:
            gov = lookup_alias(f"Government of {country_label}") or lookup_alias(
                f"Government of the {country_label}"
            )
            name = gov.canonical_name if gov else f"Government of {country_label}"
            actor = self._actor(name.casefold(), name, "organization", country, f"{country}GOV")
        else:
            label = label or ROLE_LABELS.get(code or "", (code or "group").lower())
            name = f"{country_label} {label}" if country_label else label
            cameo = f"{country or ''}{code}" if code else None
            actor = self._actor(f"group:{country or ''}:{name.casefold()}", name, "group", country, cameo)
        if actor.group_class is None:
            actor.group_class = role_class
        return actor

    def _dominant_country(self) -> str | None:
        """The country the article is mostly about: most named/metonym mentions (earliest on ties)."""
        counts: dict[str, int] = {}
        first: dict[str, int] = {}
        for m in self._mentions:
            code = m.actor.country_code
            # a news agency's home country ("AFP", "Xinhua") says nothing about where the story is
            if (
                code
                and m.actor.actor_type != "person"
                and m.kind in ("name", "metonym", "description")
                and not (m.actor.cameo or "").endswith("MED")
            ):
                counts[code] = counts.get(code, 0) + 1
                first.setdefault(code, m.start)
        if not counts:
            return None
        return min(counts, key=lambda c: (-counts[c], first[c]))

    def _add_generic(
        self,
        token: Token,
        phrase: list[Token],
        found: tuple[Role, int, int],
        country: str | None,
        start: int,
        force: bool = False,
    ) -> None:
        """Generic agents NER does not tag: "police", "the union", "Saudi and US mediators", "economists".

        Naming scheme: bodies with a CAMEO role code keep "<Country> <role label>" ("Kenya police",
        "Government of Kenya"); plural people ("economists", "opposition leaders") are named by the
        phrase as written, lower-cased, without determiners or country words. country_code comes from
        an adjective/possessive/"of" country in the phrase; failing that a bare definite noun refers
        back to the latest group of the same role class in the article, else it takes the article's
        dominant country. cameo_actor_code is ISO3 + role code (the role code alone without a country).
        """
        role = found[0]
        if country is None and token.dep_ not in ARGUMENT_DEPS and not force:
            return
        code = role.cameo_role or _body_code(phrase)
        person_plural = role.kind != "body"
        label = _body_label(role)
        if person_plural:
            words = [
                t.lower_
                for t in phrase
                if t.i >= start
                and t.is_alpha
                and t.dep_ not in ("det", "cc", "nummod", "poss", "predet")
                and not (t.text[:1].isupper() and lookup_alias(t.text))
            ]
            label = " ".join(words) or token.lower_
        actor = None
        if country is None:
            country = self._conjunct_country(token)  # "the Venezuelan government and the opposition"
        local = False
        if country is None:
            # "police in Lagos", "the Springfield gunman", "Lakeside County Police": a body of a named place is
            # that place's; when the alias table does not know the place's country, the body has none rather
            # than the article's (often another) country
            local, country = _local_place(token, phrase)
        if country is None and not local:
            actor = self._recent_group(token.i, role.role_class)
            if actor is None:
                country = self._dominant
        if actor is None:
            prefix = (country_name(country) or country) if country and not person_plural else None
            actor = self._group(country, code, prefix, label, role.role_class)
            actor.country_code = actor.country_code or country
            if code and country and not actor.cameo:
                actor.cameo = country + code
        self._add_mention(actor, start, token.i + 1, "description")

    def _add_unheld_roles(self) -> None:
        """'The Nigerian vice president arrived ...' with no one named as holder: the office's country acts."""
        for span, entry, head, role in self._unheld_roles:
            if head.i in self._token_owner or span.start in self._token_owner:
                continue
            actor = self._group(
                entry.country_code, role.cameo_role, entry.canonical_name, None, role.role_class
            )
            self._add_mention(actor, span.start, head.i + 1, "description")

    def _conjunct_country(self, token: Token) -> str | None:
        """The country of a phrase this one is coordinated with, if that phrase has one."""
        siblings = [c for c in token.children if c.dep_ == "conj"] + (
            [token.head] if token.dep_ == "conj" else []
        )
        for sibling in siblings:
            owner = self._token_owner.get(sibling.i)
            if owner is not None and owner.actor.country_code and owner.actor.actor_type != "person":
                return owner.actor.country_code
        return None

    def _recent_group(self, token_i: int, role_class: str) -> _Actor | None:
        pos = bisect_left(self._mentions, token_i, key=lambda m: m.start)
        for m in reversed(self._mentions[max(0, pos - MAX_LOOKBACK_MENTIONS) : pos]):
            if m.actor.group_class == role_class:
                return m.actor
        return None

    def _add_org_anaphor(self, token: Token, phrase: list[Token]) -> bool:
        """ "the commission" after "the Independent Electoral and Boundaries Commission"; "the group" after a named group."""
        if token.pos_ != "NOUN" or token.tag_ in ("NNS", "NNPS") or token.dep_ not in ARGUMENT_DEPS:
            return False
        if not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETS for c in token.children):
            return False
        words = [_norm(t.lower_) for t in phrase if t.is_alpha and t.dep_ not in ("det", "poss", "predet")]
        if not words or any(t.text[:1].isupper() and lookup_alias(t.text) for t in phrase):
            return False
        wanted = set(words)
        sent = self.sentence_index(token.i)
        pos = bisect_left(self._mentions, token.i, key=lambda m: m.start)
        generic = len(words) == 1 and token.lemma_.lower() in org_anaphors()
        fallback = recent = None
        for m in reversed(self._mentions[max(0, pos - MAX_LOOKBACK_MENTIONS) : pos]):
            actor = m.actor
            if actor.actor_type not in ("organization", "group") or m.start in self._quoted:
                continue
            name_words = {_norm(w) for w in actor.name.casefold().replace("'s", " ").split()}
            if wanted <= name_words:  # the name itself says so: no distance limit
                self._add_mention(actor, phrase[0].i, token.i + 1, "description")
                return True
            if (
                not generic
                or fallback is not None
                or m.kind not in ("name", "metonym")
                or actor.key.startswith("group:")
            ):
                continue
            if self.sentence_index(m.start) < sent - ANAPHOR_BACK_SENTENCES:
                continue
            if m.subject:
                fallback = actor  # the latest organisation that was a subject
            elif recent is None:
                recent = actor
        fallback = fallback or recent
        if fallback is not None:
            self._add_mention(fallback, phrase[0].i, token.i + 1, "description")
            return True
        return False

    def _possessor_country(self, root: Token) -> str | None:
        for child in root.children:
            if child.dep_ == "poss":
                owner = self._token_owner.get(child.i)
                if owner and owner.actor.country_code:
                    return owner.actor.country_code
                if child.lower_ in ("country", "nation"):
                    mention = self._salient(
                        child.i, lambda a: a.actor_type == "country", PRONOUN_WINDOW_SENTENCES
                    )
                    return mention.actor.country_code if mention else None
        return None

    def _add_department_names(self) -> None:
        """ "Justice" where the article names the Department of Justice (or the Justice Department) is that department."""
        for mention in self._mentions:
            key = mention.actor.key
            if mention.kind != "name" or not key.startswith("org:"):
                continue
            text = self.mention_text(mention)
            forms = [f"{word} of {text}" for word in DEPARTMENT_WORDS] + [
                f"{text} {word}" for word in DEPARTMENT_WORDS
            ]
            keys = [_org_key(form) for form in forms] + [
                entry.canonical_name.casefold()
                for form in forms
                if (entry := lookup_alias(form.title())) is not None
            ]
            department = next(
                (d for k in keys if (d := self._by_key.get(k)) is not None and d is not mention.actor), None
            )
            if department is not None:
                mention.actor = department

    def _add_surnames(self) -> None:
        """Name words of known people that NER missed or mislabelled ("Doe" tagged ORG)."""
        persons = [a for a in self._by_key.values() if a.actor_type == "person"]
        if not persons:
            return
        last = {}
        for p in persons:
            last.setdefault(p.name_tokens[-1], []).append(p)
        for token in self.doc:
            if token.i in self._token_owner or token.pos_ != "PROPN" or not token.text[:1].isupper():
                continue
            candidates = last.get(token.lower_)
            if candidates:
                actor = candidates[0] if len(candidates) == 1 else self._recent(token.i, candidates)
                self._add_mention(actor, token.i, token.i + 1, "name")
        for mention in list(self._mentions):
            actor = mention.actor
            if actor.actor_type == "person" or actor.key.startswith(("person:",)):
                continue
            words = tuple(t.lower_ for t in self.doc[mention.start : mention.end] if not t.is_punct)
            if lookup_alias(self.doc[mention.start : mention.end].text):
                continue
            owners = [p for p in persons if words and _is_subsequence(words, p.name_tokens)]
            if owners:
                mention.actor = self._recent(mention.start, owners)

    def _add_identified(self) -> None:
        """'a man, later identified as Jane Roe,' / 'the suspect, named as Jane Roe,': the noun is that person."""
        doc = self.doc
        for verb in doc:
            if (
                verb.lemma_ not in IDENTIFYING_VERBS
                or verb.tag_ != "VBN"
                or verb.dep_ not in ("acl", "advcl")
            ):
                continue
            person = None
            for t in verb.subtree:
                if t.lower_ == "as" and t.dep_ == "prep":
                    for pobj in t.children:
                        owner = self._token_owner.get(pobj.i)
                        if pobj.dep_ == "pobj" and owner is not None and owner.actor.actor_type == "person":
                            person = owner.actor
            if person is None:
                continue
            noun = verb.head if verb.dep_ == "acl" else None
            if noun is None:  # "Police shot a man, later identified as ...": the verb's object just before
                noun = next(
                    (
                        c
                        for c in verb.head.children
                        if c.dep_ in ("dobj", "nsubj", "nsubjpass")
                        and c.i < verb.i
                        and all(
                            x.is_punct or x.pos_ in ("ADV", "SCONJ") for x in doc[c.i + 1 : verb.left_edge.i]
                        )
                    ),
                    None,
                )
            if noun is None or noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.i in self._token_owner:
                continue
            start = noun.left_edge.i
            while start < noun.i and (start in self._token_owner or doc[start].ent_type_ == "DATE"):
                start += 1
            self._add_mention(person, start, noun.i + 1, "description")

    def _recent(self, token_i: int, actors: list[_Actor]) -> _Actor:
        pos = bisect_left(self._mentions, token_i, key=lambda m: m.start)
        wanted = {id(a) for a in actors}
        for m in reversed(self._mentions[max(0, pos - MAX_LOOKBACK_MENTIONS) : pos]):
            if id(m.actor) in wanted:
                return m.actor
        return actors[0]

    def _add_descriptions(self) -> None:
        doc = self.doc
        self._dominant = self._dominant_country()
        persons = [a for a in self._by_key.values() if a.actor_type == "person"]
        for token in doc:
            if token.pos_ not in ("NOUN", "PROPN") or token.i in self._token_owner or token.i in self._quoted:
                continue
            if (
                token.dep_ == "compound"
            ):  # "the police response": the body modifying a non-role noun is an actor
                found = find_role([token], body=True)
                if (
                    found
                    and token.head.i > token.i
                    and find_role([token.head]) is None
                    and token.head.i not in self._token_owner
                ):
                    self._add_generic(token, [token], found, None, token.i, force=True)
                continue
            phrase = [
                t
                for t in doc[max(token.left_edge.i, token.i - MAX_PHRASE_TOKENS) : token.i + 1]
                if not t.is_punct and not t.is_space
            ]
            if not phrase or phrase[-1].i != token.i:
                continue
            if self._add_org_anaphor(token, phrase):
                continue
            found = find_role(phrase)
            if found is None or found[2] != len(phrase):
                continue
            role = found[0]
            tail = _of_phrase(token)
            country = _country_of(phrase) or _of_country(token)
            start = self._free_start(phrase, found)
            if role.kind == "body" or token.tag_ in ("NNS", "NNPS"):
                self._add_generic(token, phrase, found, country, start)
                continue
            quals = _qualifiers(phrase, found)
            holder = self._holder(token.i, role, country, quals, persons)
            if holder is None and _unnamed_holder_noun(token):
                # "a judge sentenced him": an indefinite role noun brings in someone new, not the last person named;
                # "an Acme Corp spokesperson" speaks for the organisation that modifies it (left to that owner)
                if not any(
                    (owner := self._token_owner.get(t.i)) is not None
                    and owner.actor.actor_type not in ("person", "country")
                    for t in phrase
                    if t.i < token.i
                ) and not any(  # "a spokesman for Acme Corp": Acme speaks
                    p.dep_ == "prep"
                    and p.lower_ in ("for", "of", "from", "at")
                    and any(o.dep_ == "pobj" and o.i in self._token_owner for o in p.children)
                    for p in token.children
                ):
                    self._add_generic(token, phrase, found, country, start)
                continue
            if holder is None:
                holder = self._unnamed_holder(token.i, persons, country)
                if holder is None:
                    continue
                holder.roles.append((role, country, quals))
                if country and not holder.country_code:
                    holder.country_code = country
                if role.cameo_role and holder.country_code and not holder.cameo:
                    holder.cameo = holder.country_code + role.cameo_role
            end = token.i + 1
            if tail is not None and not any(i in self._token_owner for i in range(end, tail.i + 1)):
                end = tail.i + 1
            self._add_mention(holder, start, end, "description")

    def _free_start(self, phrase: list[Token], found: tuple[Role, int, int]) -> int:
        """Mention starts at the NP's first token unless a name inside it already owns that token."""
        start = phrase[0].i
        for t in phrase[: found[1]]:
            if t.i in self._token_owner:
                start = t.i + 1
        return min(start, phrase[found[1]].i)

    def _holder(
        self, token_i: int, role: Role, country: str | None, quals: frozenset[str], persons: list[_Actor]
    ) -> _Actor | None:
        holders = [a for a in persons if _holds(a, role, country, quals)]
        if not holders:
            return None
        if len(holders) > 1 and quals:
            # "the Greens' economy minister": a holder titled with the same qualifier beats one whose title is bare
            exact = [a for a in holders if any(role.covers(h) and hq & quals for h, _, hq in a.roles)]
            if exact:
                holders = exact
        if len(holders) == 1:
            return holders[0]
        return self._recent(token_i, holders)

    def _unnamed_holder(self, token_i: int, persons: list[_Actor], country: str | None) -> _Actor | None:
        """A description whose holder the article never titles: the nearest person without a role."""
        free = {
            id(a)
            for a in persons
            if not a.roles and (not country or not a.country_code or a.country_code == country)
        }
        if not free:
            return None
        sent = self.sentence_index(token_i)
        pos = bisect_left(self._mentions, token_i, key=lambda m: m.start)
        for m in reversed(self._mentions[max(0, pos - MAX_LOOKBACK_MENTIONS) : pos]):
            if self.sentence_index(m.start) < sent - DESCRIPTION_BACK_SENTENCES:
                break
            if id(m.actor) in free and m.kind == "name":
                return m.actor
        for m in self._mentions[pos : pos + MAX_LOOKBACK_MENTIONS]:
            if self.sentence_index(m.start) > sent + DESCRIPTION_AHEAD_SENTENCES:
                break
            if id(m.actor) in free and m.kind == "name":
                return m.actor
        return None

    def _add_pronouns(self) -> None:
        for token in self.doc:
            lower = token.lower_
            if token.pos_ != "PRON" or token.i in self._quoted or token.i in self._token_owner:
                continue
            if lower in PERSON_PRONOUNS:
                sex = PRONOUN_SEX[lower]
                wanted = lambda a, sex=sex: a.actor_type == "person" and a.sex in (None, sex)  # noqa: E731
            elif lower in GROUP_PRONOUNS:
                wanted = lambda a: a.actor_type in ("organization", "group", "country")  # noqa: E731
            elif lower == "it" and token.dep_ in SUBJECT_DEPS and token.head.lemma_ in reporting_verbs():
                wanted = lambda a: a.actor_type in ("organization", "group", "country")  # noqa: E731
            elif lower == "it" and _object_of_control(token):
                # "ordered it to publish": the most recent body other than the clause's subject, by recency alone
                clause_subject = self._clause_subject_actor(token)
                mention = self._salient(
                    token.i,
                    lambda a, other=clause_subject: (
                        a.actor_type in ("organization", "group") and a is not other
                    ),
                    PRONOUN_WINDOW_SENTENCES,
                    subjects_first=False,
                )
                if mention is not None:
                    self._add_mention(mention.actor, token.i, token.i + 1, "pronoun")
                continue
            else:
                continue
            if lower in ("his", "her") and token.dep_ == "poss":
                single = self._single_previous_person(token.i)
                if single is not None and wanted(single):
                    self._add_mention(single, token.i, token.i + 1, "pronoun")
                    continue
            clause_subject = self._clause_subject_actor(token)
            if (
                clause_subject is not None
            ):  # "Pakistan urged them": a plain object pronoun is not its clause's subject
                base = wanted
                wanted = lambda a, base=base, other=clause_subject: base(a) and a is not other  # noqa: E731
            mention = self._salient(token.i, wanted, PRONOUN_WINDOW_SENTENCES)
            if mention is not None:
                self._add_mention(mention.actor, token.i, token.i + 1, "pronoun")

    def _single_previous_person(self, token_i: int) -> _Actor | None:
        """The one person named in the previous sentence, when no person precedes ``token_i`` in its own."""
        sent = self.sentence_index(token_i)
        if sent == 0:
            return None
        found: dict[int, _Actor] = {}
        for m in self._mentions:
            if m.start >= token_i:
                break
            s = self.sentence_index(m.start)
            if m.actor.actor_type != "person" or m.start in self._quoted:
                continue
            if s == sent:
                return None  # "X rejected his ...": the nearer person decides, as before
            if s == sent - 1 and m.kind == "name":
                found[id(m.actor)] = m.actor
        return next(iter(found.values())) if len(found) == 1 else None

    def _clause_subject_actor(self, token: Token) -> _Actor | None:
        """Actor of the subject of the clause whose object ``token`` is (through to-/-ing clauses)."""
        if token.dep_ not in ("dobj", "dative") and not (
            token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.head.pos_ == "VERB"
        ):
            return None
        verb = token.head if token.dep_ != "pobj" else token.head.head
        for _ in range(3):
            subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
            if subj is not None:
                owner = self._token_owner.get(subj.i)
                return owner.actor if owner else None
            if verb.dep_ not in ("xcomp", "advcl", "conj") or verb.head == verb:
                return None
            verb = verb.head
        return None

    def _salient(self, token_i: int, wanted, sentences: int, subjects_first: bool = True) -> _Mention | None:
        """Most recent compatible subject mention in the window, else the most recent compatible mention."""
        first_sent = self.sentence_index(token_i) - sentences
        pos = bisect_left(self._mentions, token_i, key=lambda m: m.start)
        fallback = None
        for m in reversed(self._mentions[max(0, pos - MAX_LOOKBACK_MENTIONS) : pos]):
            if self.sentence_index(m.start) < first_sent:
                break
            if m.start in self._quoted or not wanted(m.actor):
                continue
            if m.subject or not subjects_first:
                return m
            fallback = fallback or m
        return fallback

    def _number(self) -> None:
        first: dict[int, int] = {}
        for m in self._mentions:
            first.setdefault(id(m.actor), m.start)
        live = {id(m.actor): m.actor for m in self._mentions}
        for n, actor in enumerate(sorted(live.values(), key=lambda a: first[id(a)])):
            actor.index = n
        self._by_key = {k: a for k, a in self._by_key.items() if id(a) in live}
        self._by_index = {a.index: a for a in live.values()}


def _unnamed_holder_noun(head: Token) -> bool:
    """An indefinite role noun ("expelled an Indian diplomat"); "the Indian minister" is a holder named elsewhere."""
    if head.ent_type_ == "PERSON" or head.dep_ in ("compound", "appos") or head.head.ent_type_ == "PERSON":
        return False
    if any(c.dep_ in ("appos", "compound") and c.ent_type_ == "PERSON" for c in head.children):
        return False
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)


def _body_label(role: Role) -> str | None:
    """A group named by its role class ("protesters", "health workers", "NGOs"); persons by their code."""
    if role.kind != "body":
        return None
    return "NGOs" if role.role_class == "ngos" else role.role_class.replace("_", " ")


def _object_of_control(token: Token) -> bool:
    """``token`` is the direct object of a verb that governs a to-infinitive ("ordered it to ...")."""
    if token.dep_ not in ("dobj", "dative") or token.head.pos_ != "VERB":
        return False
    return any(
        c.dep_ in ("xcomp", "ccomp", "advcl")
        and c.i > token.i
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in token.head.children
    )


def _quoted_tokens(doc: Doc, spans) -> frozenset[int]:
    if not spans or not len(doc):
        return frozenset()
    starts = [t.idx for t in doc]
    inside: set[int] = set()
    for start, end in spans:
        lo = bisect_left(starts, start)
        hi = bisect_left(starts, end)
        inside.update(range(lo, hi))
    return frozenset(inside)


def _names_something(token: Token) -> bool:
    """Part of a name worth its own actor inside a title ('US', 'Foreign Office' in 'Foreign Office spokesman')."""
    if token.ent_type_ in ("GPE", "NORP") or lookup_alias(token.text) is not None:
        return True
    doc = token.doc
    in_multiword = token.ent_iob_ == "I" or (token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I")
    return token.ent_type_ == "ORG" and in_multiword


class _Name(NamedTuple):
    span: Span
    words: tuple[str, ...]  # lower case, as compared
    text: str  # as displayed


DEPARTMENT_WORDS = frozenset({"department", "ministry"})
TITLE_LOOKBACK = 6
CAPTION_WORDS = frozenset(
    {"image", "photo", "photograph", "picture", "video", "credit", "source", "file", "graphic", "map"}
)
# Name particles after which a capital letter inside a word is normal: "McGurk", "DeSantis", "MacArthur", "VanderWeele".
NAME_PARTICLES = frozenset(
    {
        "mac",
        "van",
        "von",
        "del",
        "della",
        "des",
        "der",
        "den",
        "ten",
        "ter",
        "vander",
        "vanden",
        "fitz",
        "dela",
    }
)
_JUNCTION = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _name_words(span: Span) -> tuple[str, ...]:
    return tuple(t.lower_ for t in span if not t.is_punct)


def _person_names(span: Span) -> list[_Name]:
    """Only the name(s) in a PERSON entity: "Hillary Clinton's Remarks" (a headline) and "Kamala Harris Image:"
    (a photo credit) are Hillary Clinton and Kamala Harris, "Modi Announced" is Modi, and names run together from
    a list without separators ("Mike CrapoGov. Butch Otter") are Mike Crapo and Butch Otter."""
    doc, end = span.doc, span.end
    possessive = next((t.i for t in span if t.tag_ == "POS" and t.i > span.start), None)
    if possessive is not None:
        end = possessive
    while end - span.start > 1 and (
        doc[end - 1].pos_ in ("VERB", "AUX")
        or doc[end - 1].lower_ in CAPTION_WORDS
        and end < len(doc)
        and doc[end].text == ":"
    ):
        end -= 1
    for t in doc[span.start + 1 : end]:
        joint = next(
            (
                m.start()
                for m in _JUNCTION.finditer(t.text)
                if m.start() >= 3 and t.text[: m.start()].lower() not in NAME_PARTICLES
            ),
            None,
        )
        if joint is None:
            continue
        left = doc[span.start : t.i + 1]
        words = _name_words(doc[span.start : t.i]) + (t.text[:joint].lower(),)
        text = " ".join((doc[span.start : t.i].text + " " + t.text[:joint]).split())
        rest = doc[t.i + 1 : end]
        while len(rest) and (rest[0].is_punct or not rest[0].text[:1].isupper()):
            rest = rest[1:]
        return [_Name(left, words, text)] + (_person_names(rest) if len(rest) else [])
    name = doc[span.start : end]
    return [_Name(name, _name_words(name), " ".join(name.text.split()))]


def _canonical_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """A person's name words with a familiar given name replaced ("bill weld" -> "william weld")."""
    return (given_name_forms().get(words[0], words[0]), *words[1:]) if words else words


def _hidden_person(span: Span, known: set[tuple[str, ...]]) -> Span | None:
    """A person's name that NER tagged as an organisation or place: after a place or body ("Vermont Bernie Sanders",
    "House Nancy Pelosi") when the name is found elsewhere or begins with a given name, or in apposition to a
    person's role ("a State Department spokesperson, Morgan Ortagus,")."""
    tokens = list(span)
    if not all(t.is_alpha or t.is_punct for t in tokens):
        return None
    doc = span.doc
    titled = False  # "First Minister of Scotland Nicola Sturgeon", "Ambassador to the United Nations Nikki Haley": a title just before
    for t in reversed(doc[max(0, span.start - TITLE_LOOKBACK) : span.start]):
        if t.pos_ in ("VERB", "AUX") or t.text in (",", ";", ":"):
            break
        if (found := find_role([t])) is not None and found[0].kind == "person":
            titled = True
            break
    for k in range(1, len(tokens) - 1):
        suffix = doc[span.start + k : span.end]
        if any(
            _is_subsequence(_canonical_words(_name_words(suffix)), name) for name in known if len(name) > 1
        ):
            return suffix
        prefix = doc[span.start : span.start + k]
        if (
            len(suffix) == 2
            and suffix[0].lower_ in given_names()
            and (titled or lookup_alias(prefix.text) is not None or find_role(list(prefix)) is not None)
        ):
            return suffix
    root = span.root
    role_neighbour = [root.head] if root.dep_ == "appos" else [c for c in root.children if c.dep_ == "appos"]
    if (
        len(tokens) == 2
        and tokens[0].lower_ in given_names()
        and (
            titled
            or any(
                (found := find_role([n])) is not None and found[0].kind == "person" for n in role_neighbour
            )
        )
    ):
        return span
    return None


def _person_not_place(span: Span, entry: AliasEntry, surnames: set[str]) -> bool:
    """A one-word place name that is a person's name here: the surname of someone named in full in the article
    ("Jane Lima ... Lima said" is not Peru's government), or after an honorific ("Mr Lima"). A capital or seat of
    power qualifies wherever NER put it; a country name only when NER tagged the word as a person."""
    if len(span) != 1 or not (entry.is_government or span.label_ == "PERSON"):
        return False
    if entry.actor_type == "country" and span.label_ != "PERSON":
        return False
    token = span[0]
    if token.pos_ != "PROPN" or not token.text[:1].isupper():
        return False
    before = span.doc[span.start - 1].lower_ if span.start else ""
    return token.lower_ in surnames or before in HONORIFICS or before in GENDERED_TITLES


def _is_subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    it = iter(long)
    return len(short) <= len(long) and all(w in it for w in short)


_ACRONYM_GLUE = frozenset({"of", "for", "and", "the", "on", "in", "de", "&"})


def _acronym_pairs(doc: Doc) -> list[tuple[Span, Span]]:
    """ "Name Of Some Body (NOSB)": a capitalised name directly followed by its own initials in brackets."""
    out = []
    for tok in doc:
        text = tok.text
        if not (2 <= len(text) <= 8 and text.isalpha() and text.isupper()):
            continue
        if tok.i < 2 or tok.i + 1 >= len(doc) or doc[tok.i - 1].text != "(" or doc[tok.i + 1].text != ")":
            continue
        letters = text.lower()
        j, initials, start = tok.i - 2, [], None
        while j >= 0 and len(initials) < len(letters):
            word = doc[j]
            if word.lower_ in _ACRONYM_GLUE and initials:
                j -= 1
                continue
            if not (word.is_alpha and word.text[0].isupper()):
                break
            initials.append(word.text[0].lower())
            start = j
            j -= 1
        # Initials in order, or (a name translated from another language) the same letters reordered
        # with the first one kept: "Articulation of Indigenous Peoples of Brazil (APIB)".
        if (
            start is None
            or len(initials) < 2
            or sorted(initials) != sorted(letters)
            or initials[-1] != letters[0]
        ):
            continue
        if start > 0 and doc[start - 1].lower_ == "the":
            start -= 1
        out.append((doc[start : tok.i - 1], doc[tok.i : tok.i + 1]))
    return out


def _org_key(text: str) -> str:
    """Comparison key of an organisation; "Justice Department" and "Department of Justice" share one."""
    words = text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) > 1 and words[-1].lower() in DEPARTMENT_WORDS and "of" not in (w.lower() for w in words):
        words = [words[-1], "of", *words[:-1]]
    return "org:" + " ".join(words).casefold().removesuffix("'s").removesuffix("’s")


def _country_of(tokens: list[Token]) -> str | None:
    """Country named inside a phrase: 'US Secretary of State', 'the Pakistani prime minister'."""
    for token in tokens:
        if token.is_alpha or "." in token.text:
            if not token.text[:1].isupper():
                continue
            entry = lookup_alias(token.text)
            if entry is None and token.ent_iob_ == "B":
                entry = lookup_alias(_entity_text(token))
            if entry is not None and entry.country_code:
                return entry.country_code
    return None


IDENTIFYING_VERBS = frozenset({"identify", "name"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
PLACE_PREPS = frozenset({"in", "from", "of", "at"})


def _place_country(token: Token) -> tuple[bool, str | None]:
    """Whether a modifier or prepositional object is a named place, and its country when the alias table knows it."""
    if token.ent_type_ not in PLACE_LABELS or not token.text[:1].isupper():
        return False, None
    doc, start = token.doc, token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    words = _entity_text(doc[start]).split()
    entry = None
    for n in range(len(words), 0, -1):  # "the United States troops" tagged whole: "United States"
        entry = lookup_alias(" ".join(words[:n]))
        if entry is not None:
            break
    if entry is not None and entry.actor_type not in ("country", "organization"):
        return False, None
    return True, entry.country_code if entry else None


def _local_place(token: Token, phrase: list[Token]) -> tuple[bool, str | None]:
    """A place that locates a group: a place name before its noun ("the Springfield police") or after it
    ("police in Springfield", "a gunman from Springfield"), or a capitalised body after a proper noun
    ("Lakeside Valley Police" untagged by NER). Returns (found, country of the place if known)."""
    for t in phrase:
        if t.i < token.i and t.dep_ in ("compound", "nmod", "amod", "poss"):
            found, country = _place_country(t)
            if found:
                return True, country
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in PLACE_PREPS:
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    found, country = _place_country(pobj)
                    if found:
                        return True, country
    sentence_start = token.i == token.sent.start
    if token.text[:1].isupper() and not token.is_upper and not sentence_start:
        names = [t for t in phrase if t.i < token.i and t.dep_ == "compound" and t.pos_ == "PROPN"]
        if names and all(lookup_alias(t.text) is None for t in names):
            return True, None
    return False, None


def _entity_text(first: Token) -> str:
    """Text of the entity starting at ``first`` (``doc.ents`` is rebuilt on every access, so avoid it)."""
    doc, end = first.doc, first.i + 1
    while end < len(doc) and end - first.i < MAX_PHRASE_TOKENS and doc[end].ent_iob_ == "I":
        end += 1
    return doc[first.i : end].text


def _of_phrase(token: Token) -> Token | None:
    """'minister of Pakistan', 'officials from China' -> the pobj when it names a country."""
    for child in token.children:
        if child.dep_ == "prep" and (
            child.lower_ == "of" or (child.lower_ == "from" and token.tag_ in ("NNS", "NNPS"))
        ):
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.ent_type_ in ("GPE", "NORP", "ORG"):
                    return pobj
    return None


def _of_country(token: Token) -> str | None:
    pobj = _of_phrase(token)
    if pobj is None:
        return None
    entry = lookup_alias(pobj.text) or lookup_alias(token.doc[pobj.left_edge.i : pobj.i + 1].text)
    return entry.country_code if entry else None


def _group_code(phrase: list[Token]) -> str | None:
    """CAMEO code of a known group named in a role phrase ('the Taliban spokesman')."""
    for token in phrase:
        if token.text[:1].isupper():
            entry = lookup_alias(token.text)
            if entry is not None and entry.actor_type in ("group", "organization") and entry.cameo_actor_code:
                return entry.cameo_actor_code
    return None


def _body_code(tokens: list[Token]) -> str | None:
    found = find_role(tokens, body=True) if tokens else None
    return found[0].cameo_role if found else None


def _qualifiers(phrase: list[Token], found: tuple[Role, int, int]) -> frozenset[str]:
    """Distinguishing words of a role phrase ('state department' in 'the State Department spokesperson')."""
    out = set()
    for n, token in enumerate(phrase):
        if found[1] <= n < found[2] or token.lower_ in GENERIC_QUALIFIERS or not token.is_alpha:
            continue
        if lookup_alias(token.text) is not None and token.text[:1].isupper():
            continue
        out.add(token.lemma_.lower())
    return frozenset(out)


def _holds(actor: _Actor, role: Role, country: str | None, quals: frozenset[str]) -> bool:
    for held, held_country, held_quals in actor.roles:
        if not role.covers(held):
            continue
        if (
            country
            and (held_country or actor.country_code)
            and country != (held_country or actor.country_code)
        ):
            continue
        if quals and held_quals and not (quals & held_quals):
            continue
        return True
    return False
