"""``ArticleActors``: runs the resolution passes over one document, in the order ``PASSES`` gives, and answers
the lookups quotes and events need (which actor a token, phrase or headline names; recent subjects; sex)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from newsroom.extract.actors.author import (
    MAX_SIGNED_QUOTATIONS,
    add_author,
    add_declared_we,
    add_signer,
    title_author,
)
from newsroom.extract.actors.candidates import find_candidates
from newsroom.extract.actors.descriptions import add_descriptions, add_quoted_groups
from newsroom.extract.actors.entities import (
    add_entity,
    add_unheld_roles,
    merge_acronyms,
    merge_name_openers,
    merge_short_names,
    place_generic_bodies,
    rename_departments,
    settle_name_types,
)
from newsroom.extract.actors.names import org_key
from newsroom.extract.actors.persons import add_identified, add_persons, add_surnames
from newsroom.extract.actors.places import country_of
from newsroom.extract.actors.pronouns import add_pronouns
from newsroom.extract.actors.registry import Actor, ActorMention, Registry
from newsroom.extract.actors.roles import find_role, holds, qualifiers
from newsroom.extract.actors.titled import add_titled
from newsroom.extract.actors.turns import add_turn_speakers
from newsroom.extract.actors.words import HONORIFICS, PRONOUN_WINDOW_SENTENCES, SUBJECT_DEPS
from newsroom.extract.lexicon import lookup_alias, org_anaphors
from newsroom.models import ArticleActor, Mention


def add_names(reg: Registry) -> None:
    """Named entities: people first, so their titles ("Secretary of State") are claimed before other names."""
    found = find_candidates(reg)
    add_persons(reg, found.persons)
    for span, entry in found.others:
        add_entity(reg, span, entry)
    settle_name_types(reg)


# Each pass claims tokens the later ones then leave alone, so the order decides ties: names, then
# common-noun descriptions (which look back at the names), then pronouns (which look back at both).
PASSES: tuple[Callable[[Registry], None], ...] = (
    add_names,  # people merged by name, then countries, organisations, groups
    rename_departments,  # "Justice" is the Department of Justice named elsewhere
    merge_short_names,  # "the Senate" after "the U.S. Senate"
    merge_name_openers,  # "Burisma" (tagged a person) beside "Burisma Holdings"
    merge_acronyms,  # "the EPA" before "the Environmental Protection Agency"
    place_generic_bodies,  # "the Senate" of an article about the United States
    add_surnames,  # "Doe" where NER missed or mislabelled it
    add_identified,  # "a man, later identified as Jane Roe"
    add_descriptions,  # "the foreign minister" -> its holder; "police" -> a group
    add_titled,  # "the sheriff" after "Morton County sheriff Kyle Kirchmeier"
    add_unheld_roles,  # "the Nigerian vice president" with no holder named
    add_pronouns,  # "he", "they", "it"
)

# A class of people ("doctors", "students") named in this many sentences is what the story is about, a party
# though only named as a class.
SENTENCES_OF_A_TOPIC = 3
# Where "one of <a class>" names a member that acts or is acted on (or what a sentence the parser could not read
# is about); elsewhere (in apposition: "the country, one of the largest coffee growers", after a copula: "it is one
# of …", or hung loose on the clause by the parser) it says what a noun before it is
_MEMBER_DEPS = frozenset({"ROOT", "nsubj", "nsubjpass", "csubj", "agent", "dobj", "pobj", "dative", "conj"})


class ArticleActors:
    """Actors and mentions of one document, plus the lookups quotes and events need."""

    def __init__(
        self,
        doc: Doc,
        quote_char_spans: list[tuple[int, int]] = (),
        title: Doc | None = None,
        byline: Doc | None = None,
        in_turns: bool = False,
        text: str | None = None,
    ):
        """``title``: the article's title, which may name the author of a first-person body (``author``);
        ``byline``: its author names, which sign the body when the title names no author and the body quotes
        little; ``in_turns``: the body is set out in speakers' turns, whose "I" and "we" no byline or "We, the …"
        gives one speaker; ``text``: the text ``doc`` was parsed from, when the caller has it (``doc.text``
        rebuilds it from a Token per word)."""
        self.doc = doc
        self._title_words = (
            {w for t in title if t.pos_ in ("NOUN", "PROPN") for w in (t.lower_, t.lemma_.lower())}
            if title is not None
            else set()
        )
        self._reg = Registry(doc, quote_char_spans, text)
        self.sent_starts = self._reg.sent_starts
        for resolution_pass in PASSES:
            resolution_pass(self._reg)
        title_reg = _TitleActors(title)
        if not in_turns:
            add_declared_we(self._reg)
        if title is not None and (author := title_author(title)) is not None:
            add_author(self._reg, title_reg(), author)
        elif byline is not None and not in_turns and len(quote_char_spans) <= MAX_SIGNED_QUOTATIONS:
            add_signer(self._reg, ArticleActors(byline)._reg)
        add_turn_speakers(self._reg, title_reg, doc.text if text is None else text)
        self._reg.number()

    def sentence_index(self, token_i: int) -> int:
        return self._reg.sentence_index(token_i)

    def window_start(self, token_i: int, sentences: int, words_only: bool = False) -> int:
        """The first sentence of a look-back of that many sentences of narration (quoted sentences not counted;
        with ``words_only``, nor a closing mark split off as a sentence)."""
        return self._reg.window_start(token_i, sentences, words_only=words_only)

    def actor_for_token(self, token: Token) -> int | None:
        mention = self._reg.token_owner.get(token.i)
        return mention.actor.index if mention else None

    def mention_for_token(self, token: Token) -> ActorMention | None:
        return self._reg.token_owner.get(token.i)

    def mention_text(self, mention: ActorMention) -> str:
        return self._reg.mention_text(mention)

    def actor_for_span(self, span: Span) -> int | None:
        """Actor a noun phrase refers to: its head's mention, else a modifier's ("Pakistan's army"); when the head
        is a body after an owner, the body named next to it is the one meant, not the owner ("Serbia's main
        opposition parties", "Gaza's ruling Hamas party"; not "Albania's EU accession")."""
        if span.doc is not self.doc:
            return self.match_phrase(span)
        root = span.root
        owner = self._reg.token_owner.get(root.i)
        if owner is not None:
            return (_armed_group_named_on(owner, root, span, self._reg.token_owner) or owner.actor).index
        named = [
            (child, mention)
            for child in root.children
            if child.dep_ in ("poss", "compound", "amod", "nmod")
            and span.start <= child.i < span.end
            and (mention := self._reg.token_owner.get(child.i)) is not None
        ]
        if any(child.dep_ == "poss" for child, _ in named) and (
            find_role([root]) is not None or root.lemma_.lower() in org_anaphors()
        ):
            bodies = [
                m
                for child, m in named
                if child.dep_ != "poss" and m.actor.actor_type in ("organization", "group")
            ]
            if bodies:
                return bodies[-1].actor.index
        return named[0][1].actor.index if named else None

    def match_phrase(self, span: Span) -> int | None:
        """Actor for a phrase from another text (a headline): alias, name, org name, its short name or role."""
        by_key = self._reg.by_key
        text = " ".join(span.text.split())
        entry = lookup_alias(text)
        if entry is not None and entry.canonical_name.casefold() in by_key:
            return by_key[entry.canonical_name.casefold()].index
        words = tuple(t.lower_ for t in span if not t.is_punct and t.lower_ not in HONORIFICS)
        persons = [a for a in self._reg.numbered() if a.actor_type == "person"]
        for actor in persons:
            if actor.name_tokens[-1] in words:
                return actor.index
        key = org_key(text)
        actor = by_key.get(key) or by_key.get(
            self._reg.acronyms.get(key, "")
        )  # "MST" for the movement it names
        if actor is not None:
            return actor.index
        holder = self._role_holder(list(span), persons)
        return holder.index if holder is not None else None

    def _role_holder(self, tokens: list[Token], persons: list[Actor]) -> Actor | None:
        """The most mentioned person holding the office a phrase names ("the foreign minister")."""
        found = find_role(tokens)
        if found is None or found.role.kind != "person":
            return None
        country, quals = country_of(tokens), qualifiers(tokens, found)
        holders = [a for a in persons if holds(a, found.role, country, quals)]
        if not holders:
            return None
        return max(holders, key=lambda a: sum(1 for m in self._reg.mentions if m.actor is a))

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
            for a in self._reg.numbered()
        ]

    @property
    def mentions(self) -> list[Mention]:
        out = []
        for m in sorted(self._reg.mentions, key=lambda m: m.start):
            span = self.doc[m.start : m.end]
            out.append(
                Mention(
                    m.actor.index,
                    self._reg.span_text(span),
                    span.start_char,
                    span.end_char,
                    self.sentence_index(m.start),
                    m.kind,
                )
            )
        return out

    def named(self) -> set[int]:
        """The actors a name of theirs mentions, from the registry (``mentions`` builds a record per mention)."""
        return {m.actor.index for m in self._reg.mentions if m.kind == "name"}

    def parties(self) -> set[int]:
        """Actors the text makes a party, whether or not an event was coded for them: the subject of a clause
        ("Nine judges began their deliberations"), the doer after "by" ("reprinted by newspapers", "an appeal by
        prosecutors"), one joined to either by "and" ("Hussein and his lawyers refused"), or one person named by
        "a" ("freed prisoners, including a journalist"), who is someone, not the press or the courts. Not by a
        pronoun, whose link is a guess."""
        out = set()
        for m in self._reg.mentions:
            if m.kind == "pronoun" or m.head in self._reg.gatherings:
                continue  # a gathering ("a rally was held") stands for its people only where an event says so
            head = self.doc[m.head]
            one = head.tag_ == "NN" and any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children
            )
            while head.dep_ == "conj" and head.head.pos_ in ("NOUN", "PROPN", "PRON"):
                head = head.head
            if (
                one
                or m.subject
                or head.dep_ in SUBJECT_DEPS
                or (head.dep_ == "pobj" and head.head.lower_ == "by")
            ):
                out.add(m.actor.index)
        return out

    def acted_on(self) -> set[int]:
        """Actors named (not by a pronoun) as the direct object of a verb: those a clause acts on ("support the
        people of Ukraine", "release the hostages", "urged Americans to vote"), whether or not an event was coded."""
        out = set()
        for m in self._reg.mentions:
            if m.kind == "pronoun":
                continue
            head = self.doc[m.head]
            while head.dep_ == "conj" and head.head.pos_ in ("NOUN", "PROPN"):
                head = head.head
            if (
                head.dep_ in ("dobj", "dative")
                and head.head.pos_ == "VERB"
                and head.i
                not in self._reg.gatherings  # "instigate protests": its people only where an event says
            ):
                out.add(m.actor.index)
        return out

    def classes(self) -> set[int]:
        """Actors the text names only as a class: by a bare plural ("economists", "NGOs", "relief for farmers"),
        never one body ("the union"), a set it points at ("the CEOs of the four firms", "their workers", "four
        CEOs") nor a set a subject is made of or joined by ("a team of scientists assembled …", "police, along
        with municipal workers, broke …"); a class "one of" which a noun is said to be is named as a class, its
        determiners notwithstanding ("the country, one of the world's largest coffee growers"). Not the people the
        story is about, though only named as a class: those the headline names ("Doctors demand pay rise") or the
        text names in ``SENTENCES_OF_A_TOPIC`` sentences."""
        bare: dict[int, bool] = {}
        sentences: dict[int, set[int]] = {}
        titled: set[int] = set()
        for m in self._reg.mentions:
            head = self.doc[m.head]
            sentences.setdefault(m.actor.index, set()).add(self._reg.sentence_index(m.head))
            if head.lower_ in self._title_words or head.lemma_.lower() in self._title_words:
                titled.add(m.actor.index)
            one = head.tag_ in ("NNS", "NNPS") and not any(
                c.dep_ in ("det", "poss", "nummod") and c.lower_ not in ("a", "an") for c in head.children
            )
            while head.dep_ == "conj" and head.head.pos_ in ("NOUN", "PROPN", "ADJ"):
                head = head.head  # "a group of angel and venture capital investors"
            prep = head.head if head.dep_ == "pobj" and head.head.lower_ in ("of", "with") else None
            if prep is not None and (
                prep.head.dep_ in SUBJECT_DEPS or prep.head.lower_ in ("along", "together")
            ):
                one = False
            elif prep is not None and prep.head.lower_ == "one" and prep.head.dep_ not in _MEMBER_DEPS:
                one = True  # "the country, one of the region's largest coffee growers": what it is, no party
            bare[m.actor.index] = bare.get(m.actor.index, True) and one
        return {
            index
            for index, only in bare.items()
            if only and index not in titled and len(sentences[index]) < SENTENCES_OF_A_TOPIC
        }

    def read_bodies(self) -> set[int]:
        """Groups named only as plural bodies outside a subject ("destroy terrorist organizations", "a partnership
        of non-governmental organizations"): most often a category the text speaks of, a party only where an event
        or a quote makes it one (generic._bodies)."""
        heads: dict[int, bool] = {}
        for m in self._reg.mentions:
            read = m.head in self._reg.bodies_read
            heads[m.actor.index] = heads.get(m.actor.index, True) and read
        return {index for index, only in heads.items() if only}

    def add_adjective_countries(self) -> dict[int, Span]:
        """Countries the article names only by a demonym on a thing ("condemned Indian airstrikes", "rejected a
        Russian proposal"), as actors with no mention yet, so that an event may take one as the owner of what it
        acts on (events.demonyms) while no phrase resolves to it; index -> its first demonym. Called after the
        quotes (which never speak for such a country) and before ``actors`` is read."""
        reg, found = self._reg, {}
        countries = {a.country_code for a in reg.by_index.values() if a.actor_type == "country"}
        for span, entry in reg.adjective_countries:
            key = entry.canonical_name.casefold()
            if (
                entry.country_code in countries
                or key in reg.by_key
                or any(i in reg.token_owner for i in range(span.start, span.end))
            ):
                continue
            actor = reg.actor(
                key, entry.canonical_name, "country", entry.country_code, entry.cameo_actor_code
            )
            actor.index = len(reg.by_index)
            reg.by_index[actor.index] = actor
            countries.add(entry.country_code)
            found[actor.index] = span
        return found

    def name_adjective_countries(self, found: dict[int, Span], used: set[int]) -> set[int]:
        """The demonym of each adjective country an event took becomes its mention; the others were never a
        party and go (their indices returned)."""
        for index, span in found.items():
            if index in used:
                self._reg.add_mention(self._reg.by_index[index], span.start, span.end, "metonym")
        return set(found) - used

    def add_quoted_groups(self) -> list[ActorMention]:
        """Groups a quotation names by a common noun (``descriptions.add_quoted_groups``) that the narration has no
        actor for, as actors an event may take as its target (never as its doer: the speaker's framing of who acts
        is no count to trust); called after the quotes and before ``actors`` is read. Returns their mentions."""
        reg = self._reg
        made = []
        for mention in add_quoted_groups(reg):
            if mention.actor.index >= 0 and reg.by_index.get(mention.actor.index) is mention.actor:
                _forget(reg, mention)  # an actor of the narration: the resolver reads quoted words back to it
                continue
            if mention.actor.index < 0:
                mention.actor.index = len(reg.by_index)
                reg.by_index[mention.actor.index] = mention.actor
            made.append(mention)
        return made

    def keep_quoted_groups(self, made: list[ActorMention], events) -> set[int]:
        """A quoted group's mention stays where an event of its sentence takes its actor; the others go, and so
        does an actor left with no mention (their indices returned): a party only where an event makes it one."""
        used = {(e.sentence_index, e.actor1_entity) for e in events} | {
            (e.sentence_index, e.actor2_entity) for e in events
        }
        reg = self._reg
        for mention in made:
            if (reg.sentence_index(mention.start), mention.actor.index) not in used:
                _forget(reg, mention)
        live = {m.actor.index for m in reg.mentions}
        return {m.actor.index for m in made} - live

    def was_recent_subject(self, index: int, token_i: int, sentences: int) -> bool:
        """Whether the actor was the subject of a clause in the last few sentences before a token."""
        first_sent = self.sentence_index(token_i) - sentences
        for m in self._reg.mentions_before(token_i):
            if self.sentence_index(m.start) < first_sent:
                return False
            if m.actor.index == index and m.subject and m.kind != "pronoun":
                return True
        return False

    def actor_type(self, index: int) -> str:
        return self._reg.by_index[index].actor_type

    def sex(self, index: int) -> str | None:
        """'f', 'm' or None for a person: from a title before one of its names (Mrs, Sir), else its given name."""
        return self._reg.by_index[index].sex

    def salient_person_before(self, token_i: int, sentences: int = PRONOUN_WINDOW_SENTENCES) -> int | None:
        """Most recent person subject (else person) before a token, within a few sentences."""
        mention = self._reg.salient(token_i, lambda a: a.actor_type == "person", sentences)
        return mention.actor.index if mention else None


class _TitleActors:
    """The title's own actors, resolved on first use (the author of "Statement by X", a transcript label's
    surname), at most once."""

    def __init__(self, title: Doc | None):
        self._title, self._reg = title, None

    def __call__(self) -> Registry | None:
        if self._reg is None and self._title is not None:
            self._reg = ArticleActors(self._title)._reg
        return self._reg


# CAMEO sectors of armed non-state groups, whose members act for the group.
_ARMED_SECTORS = ("REB", "UAF", "INS")


def _forget(reg: Registry, mention: ActorMention) -> None:
    reg.mentions.remove(mention)
    for i in range(mention.start, mention.end):
        del reg.token_owner[i]


def _armed(actor: Actor) -> bool:
    return bool(actor.cameo) and actor.cameo.endswith(_ARMED_SECTORS)


def _armed_group_named_on(
    owner: ActorMention, root: Token, span: Span, token_owner: dict[int, ActorMention]
) -> Actor | None:
    """ "Al-Shabaab militants", "Houthi fighters", "Hamas gunmen": the armed group a compound names, not the
    generic armed group (country rebels, gunmen) the head noun makes; members of an armed group act for it. Not
    "the FARC leader" (a person, not the group's members), "Google employees" (no armed group), nor "Palestinian gunmen" (a demonym names no group)."""
    if owner.kind != "description" or owner.actor.actor_type != "group" or not _armed(owner.actor):
        return None
    for child in root.children:
        if child.dep_ == "compound" and span.start <= child.i < span.end:
            named = token_owner.get(child.i)
            if (
                named is not None
                and named.kind == "name"
                and named.actor is not owner.actor
                and _armed(named.actor)
            ):
                return named.actor
    return None
