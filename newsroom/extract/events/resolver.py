"""From tokens to actors: the caller's lookup applied to noun phrases, and the article state the coder keeps
between sentences (lead actor, last two-party pair, last accuser, dates).
"""

from __future__ import annotations

import logging
from bisect import bisect_left
from collections.abc import Callable

from spacy.attrs import TAG

from newsroom.extract.actors.words import SUBJECT_DEPS
from newsroom.extract.events.codebook import word_set
from newsroom.extract.events.datelines import dateline_end_of, is_news_agency
from newsroom.extract.events.parties import BOTH_SIDES_PERSONS, both_sides
from newsroom.extract.events.places import STATE_NOUNS, unless_make
from newsroom.extract.events.syntax import (
    child_of,
    doc_lemmas,
    entity_text,
    is_date,
    lemma_of,
    pobj_of,
    prep_children,
)
from newsroom.extract.findings import INQUIRY_DOCUMENTS
from newsroom.extract.scan import entities, indices_with

log = logging.getLogger(__name__)

ActorLookup = Callable[[object], "int | None"]


# People who act or speak on someone's behalf: "a spokesman for X" is X.
_AGENT_NOUNS = word_set("agent_nouns")


# People around an actor who do not act for it: "his associates alleged" is not him alleging.
_NOT_OWNER_NOUNS = word_set("not_owner_nouns") | word_set("client_nouns")


# Bodies a place or body has that do not act for it: "Kenya's biggest charity said" is not Kenya.
_OWNED_BODIES = word_set("owned_bodies")


DIPLOMAT_NOUNS = word_set("diplomat_nouns")


# People named by their relation to another: "the enemy of Afghanistan" is not Afghanistan.
_RELATION_NOUNS = word_set("relation_nouns")
_PICTURE_SIDES = word_set("picture_sides")
_PICTURE_SIDE_WORDS = word_set("picture_side_words")


def appositions(tok) -> list:
    """The token's appositions, but not one the parser hung across the verb ("The case was prosecuted by A of the
    U.S. Attorney's Office and Trial Attorney B": B is a second prosecutor, not the case)."""
    governor = tok.head
    return [
        c
        for c in tok.children
        if c.dep_ == "appos"
        and not (governor != tok and governor.pos_ in ("VERB", "AUX") and tok.i < governor.i < c.i)
    ]


def owner_of(noun):
    """The possessive of a noun phrase: on its head ("Seoul's offer"), or where the parser hangs it on a word
    before the head ("Sweden's membership bid", "Cheney's 'stay the course' rhetoric": on "membership", "stay"),
    which owns the whole phrase all the same."""
    poss = child_of(noun, "poss")
    if poss is not None:
        return poss
    return next(
        (
            p
            for m in noun.children
            if m.dep_ in ("compound", "nmod") and m.i < noun.i and m.pos_ != "PROPN"
            for p in m.children
            if p.dep_ == "poss" and p.i < m.i
        ),
        None,
    )


def _place_owning_a_body(noun):
    """The place whose possessive is on a body of people it has ("Kenya's biggest charity", "the country's civil
    society groups"): the body does not act for the place. A body's own branch does act for it ("Greenpeace's
    Dutch group"), so only a place counts."""
    if lemma_of(noun) not in _OWNED_BODIES or (owner := owner_of(noun)) is None:
        return None
    is_place = owner.ent_type_ in ("GPE", "LOC") or lemma_of(owner) in STATE_NOUNS - {"government"}
    return owner if is_place else None


def _naming_appositions(tok):
    """ "Ecuador's largest indigenous organisation, CONAIE,": the name, not the possessor; but a name keeps
    itself before a description of it ("Fields, a self-described Neo-Nazi," is Fields; a person is not the
    place or group an apposition names: "X, the California lawyer,"), and a subject's name before a second name
    (_second_name)."""
    return (
        c
        for c in appositions(tok)
        if c.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
        and not (tok.pos_ == "PROPN" and _indefinite(c))
        and not (tok.ent_type_ == "PERSON" and c.ent_type_ != "PERSON")
        and not _second_name(tok, c)
    )


def _stray_name(tok):
    """A person's name set off by commas right after a common noun's phrase that the parser hung on the verb above
    instead ("met with the president of Russia, Mr. X, at noon": X an npadvmod of "met"): the noun's apposition.
    Only a name that closes with a comma or the sentence's end, so a name that starts a new clause is never read."""
    doc, comma = tok.doc, tok.right_edge.i + 1
    if tok.pos_ != "NOUN" or comma + 1 >= tok.sent.end or doc[comma].text != ",":
        return None
    root = next((t for t in doc[comma + 1 : tok.sent.end] if t.dep_ != "compound"), None)
    if (
        root is None
        or root.ent_type_ != "PERSON"
        or root.dep_ not in ("npadvmod", "appos")
        or root.head.pos_ not in ("VERB", "AUX")
        or root.head not in tok.ancestors
        or not (doc[root.i + 1].is_punct if root.i + 1 < len(doc) else True)
    ):
        return None
    return root


def _second_name(tok, appos) -> bool:
    """ "X, son of the late Y, Z," "The UK, the USA and India have provided": a name the parser hangs, after a
    comma, as an apposition on a subject that is itself a name of the same kind is someone else (a relative, the
    next item of a list), not another name for the subject, who acts. Not an alias in brackets ("the Congress
    (NDC)"), nor a name after a dash ("you said this, Shaun – Minister X said"), nor a name the parser split
    ("Arnel dela Vega"), nor the next person a picture caption lists ("X, second left, Y, left, attend the
    drill": _picture_note), whom the parser hangs on the first as his apposition."""
    return (
        tok.dep_ in SUBJECT_DEPS
        and tok.pos_ == "PROPN"
        and tok.ent_type_ == appos.ent_type_
        and tok.doc[appos.left_edge.i - 1].text == ","
        and not _picture_note(tok)
    )


def _picture_note(tok) -> bool:
    """A caption's note of where the person named by ``tok`` stands in the picture, between commas right after
    the name: "second left", "far right", "third from left", "centre"."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].text != ",":
        return False
    note = []
    for word in doc[tok.i + 2 : tok.i + 7]:
        if word.text == ",":
            break
        note.append(word)
    else:
        return False
    return any(w.lower_ in _PICTURE_SIDES for w in note) and all(
        w.lower_ in _PICTURE_SIDES | _PICTURE_SIDE_WORDS or w.ent_type_ == "ORDINAL" for w in note
    )


class Resolver:
    """The caller's actor lookup applied to the parse, plus what the article has established so far.

    ``resolve`` tries a token's noun phrase, then its appositions, examples, "of/from" complements, owner and
    conjuncts; ``lead``, ``pair``, ``accuser``, ``dates`` and ``info`` are article state that code_events fills
    and the sentence coder reads (not a set of actors: the actors are the caller's, see extract/actors)."""

    def __init__(self, doc, actor_for_span: ActorLookup):
        self.doc = doc
        self.lookup = actor_for_span
        self.cache: dict[tuple, int | None] = {}
        self.dates: dict[int, list] = {}  # sentence start -> its DATE/TIME entities
        self.lead: int | None = None  # the article's lead actor, for "welcomed the move"
        # actors of the latest earlier two-party event, for "both sides"
        self.pair: tuple[int, int] | None = None
        # the two persons who last met or spoke (04), for "the two leaders", "both ministers"
        self.person_pair: tuple[int, int] | None = None
        # the two parties of the latest meeting (04) while the sentences after it still speak of them, for "they"
        self.met: tuple[int, int] | None = None
        # actor1 of the latest earlier accusation/threat, for "denied the claims"
        self.accuser: int | None = None
        # both parties of the latest agreement signed (057), for "denounced the agreement"
        self.signers: tuple[int, int] | None = None
        # event noun -> the verb whose subject received it (this sentence)
        self.received: dict[int, object] = {}
        self.info: dict[int, tuple[str, str | None]] = {}  # entity index -> (actor type, country)
        # countries the article names only by a demonym on a thing: an event's target, never its doer
        # (ArticleActors.add_adjective_countries)
        self.target_only: frozenset[int] = frozenset()
        # groups only a quotation names (actors.descriptions.add_quoted_groups): the target of what it tells only
        self.quoted_parties: frozenset[int] = frozenset()
        self.quoted: list[tuple[int, int, int]] = []  # (start char, end char, speaker) of attributed quotes
        self.cue_speakers: dict[int, int] = {}  # reporting verb token -> its quote's speaker (quoted.py)
        self.sexes: dict[int, str] = {}  # person entity -> "m" or "f", when the actor pass knows it
        self._sentence_ents: dict[tuple[int, int], list] = {}
        self._lemmas: list[str] | None = None
        self._found: dict[tuple, list[int]] = {}  # (attribute, values) -> the article's indices (words_in)

    @property
    def lemmas(self) -> list[str]:
        """``lemma_of`` of every token of the article by index (syntax.doc_lemmas, built on the first ask)."""
        if self._lemmas is None:
            self._lemmas = doc_lemmas(self.doc)
        return self._lemmas

    def words_in(self, sent, attr: int, values: tuple[str, ...]) -> list[int]:
        """Indices of the sentence's words whose ``attr`` is one of ``values``, from one array compare over the
        article on the first ask (scan.indices_with): a pass that asks it of every sentence reads no Token."""
        found = self._found.get((attr, values))
        if found is None:
            found = self._found[attr, values] = indices_with(self.doc, attr, values)
        return found[bisect_left(found, sent.start) : bisect_left(found, sent.end)]

    def says_both_sides(self, sent) -> bool:
        """Whether a word of the sentence says "both sides" (parties.both_sides, which only a plural noun can)."""
        return any(both_sides(self.doc[i]) for i in self.words_in(sent, TAG, ("NNS", "NNPS")))

    def sentence_ents(self, sent) -> list:
        """``sent.ents`` (spaCy's own selection), from the article's entities built once (scan.entities)."""
        key = (sent.start, sent.end)
        if key not in self._sentence_ents:
            found = []
            for ent in entities(self.doc):
                if ent.start >= sent.start:
                    if ent.end > sent.end:
                        break
                    found.append(ent)
            self._sentence_ents[key] = found
        return self._sentence_ents[key]

    def actor_type(self, entity: int | None) -> str:
        """The actor type of an entity, "" when there is none (no entity, or one the article has no actor for)."""
        return self.info.get(entity, ("", None))[0]

    @property
    def doer_info(self) -> dict[int, tuple[str, str | None]]:
        """``info`` without the actors that are never an event's doer (``target_only``)."""
        return {e: kind for e, kind in self.info.items() if e not in self.target_only}

    def own_country(self, a1: int | None, a2: int | None) -> bool:
        """a2 is the country a1 belongs to (a person's or organisation's own country, not another actor)."""
        one, two = self.info.get(a1), self.info.get(a2)
        return bool(
            one and two and two[0] == "country" and one[0] != "country" and one[1] and one[1] == two[1]
        )

    def pair_for(self, tok) -> tuple[int, int] | None:
        """The latest two-party pair when ``tok`` says "both sides" of it: "the two governments" or "both
        countries" never when a party is a group of people or a person (an aid group and the refugees it treats
        are no two governments); "the two leaders" the two persons who last met or spoke; "they" opening a
        sentence that still follows a meeting, the two who met ("X met Y. They agreed to ...")."""
        if joint_they(tok):
            return self.met
        if not both_sides(tok):
            return None
        if lemma_of(tok) in BOTH_SIDES_PERSONS:
            return self.person_pair  # "the two leaders" are two people, never a country and its army
        if self.pair is None:
            return None
        if lemma_of(tok) in STATE_NOUNS and any(
            (info := self.info.get(party)) and info[0] in ("group", "person") for party in self.pair
        ):
            return None
        return self.pair

    def _call(self, span) -> int | None:
        if (
            span.root.i < dateline_end_of(span.root)
            or is_news_agency(span.text)
            or (span.root.ent_type_ == "ORG" and is_news_agency(entity_text(span.root)))
        ):
            return None  # "WASHINGTON (AP) —", "Reuters": who reports is never an actor of the event
        try:
            value = self.lookup(span)
        except Exception:  # the resolver is another component; a failure there must not lose the article
            log.debug("actor_for_span failed on %r", span.text, exc_info=True)
            return None
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    def phrase(self, tok) -> int | None:
        """Only the noun phrase itself (no "of"/"from" complements)."""
        if tok is None or is_date(tok):
            return None
        start = tok.left_edge.i if lemma_of(tok) not in _NOT_OWNER_NOUNS else tok.i  # "his sister" is not him
        if (owner := _place_owning_a_body(tok)) is not None:
            start = max(start, owner.right_edge.i + 1)  # "Kenya's biggest charity": the charity, not Kenya
        start = max(start, dateline_end_of(tok))  # "Turkey Two bombs ...": a caption lead is no modifier
        while start < tok.i and self.doc[start].is_punct:
            start += 1
        end = tok.i + 1
        while tok.ent_iob_ in ("B", "I") and end < len(self.doc) and self.doc[end].ent_iob_ == "I":
            end += 1  # keep a name whole: "the International Committee of the Red Cross"
        return unless_make(tok, self._call(self.doc[start:end]), self.info)

    def doer(self, tok) -> int | None:
        """The actor a token names as the one who acts: never one that is only ever a target (``target_only``)."""
        value = self.resolve(tok)
        return None if value in self.target_only else value

    def resolve(self, tok, depth: int = 0, preps: tuple[str, ...] = ("of", "from")) -> int | None:
        """The actor a token names, through the noun phrase around it (cached per token and prepositions)."""
        if tok is None or tok.ent_type_ in ("DATE", "TIME"):
            return None
        if (pair := self.pair_for(tok)) is not None:
            return pair[0]  # "urged the two sides to ...": the first party stands for both
        key = (tok.i, preps)
        if key in self.cache:
            return self.cache[key]
        self.cache[key] = None
        value = self._lookup(tok, depth, preps)
        self.cache[key] = value
        return value

    def _lookup(self, tok, depth: int, preps: tuple[str, ...]) -> int | None:
        """The ways a noun phrase names an actor, most direct first."""

        def deeper(t):
            return self.resolve(t, depth + 1, preps)

        value = _first(_naming_appositions(tok), self.phrase)
        if value is None:  # "met with the president of Russia, Mr. X, at noon": X hung on the verb
            value = _first((_stray_name(tok),), self.phrase)
        if value is None and depth < 2 and tok.pos_ in ("NOUN", "PROPN"):
            # "Tunisia's neighbours, including Algeria and Morocco"
            value = _first(self._examples(tok), deeper)
        if value is None:
            value = self.phrase(tok)
            if value is not None and self._of_another_country(tok, value):
                value = None  # "the president of Russia" is not the article's Brazilian president
        if value is None and depth < 2 and lemma_of(tok) not in _RELATION_NOUNS:
            wanted = (*preps, "for") if lemma_of(tok) in _AGENT_NOUNS else preps  # "a spokesman for X"
            if (
                lemma_of(tok) in INQUIRY_DOCUMENTS
            ):  # "a study of New York residents": what it studies, not who
                wanted = tuple(p for p in wanted if p != "of")
            value = _first(
                (
                    obj
                    for prep in prep_children(tok)
                    if prep.lower_ in wanted and (obj := pobj_of(prep)) is not None
                ),
                deeper,
            )
        if value is None and lemma_of(tok) in DIPLOMAT_NOUNS:  # "the Libyan ambassador"
            value = _first(
                (
                    c
                    for c in tok.children
                    if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")
                ),
                self.phrase,
            )
        if (
            value is None
            and (poss := owner_of(tok)) is not None
            and lemma_of(tok) not in _NOT_OWNER_NOUNS
            and _place_owning_a_body(tok) is None
        ):
            # "rejected Seoul's offer", "Sweden's membership bid"; not "his critics", "Kenya's charities"
            value = deeper(poss)
        if value is None:  # "Prime Minister X", "the spokesman, X,"
            value = _first(appositions(tok), deeper)
        if value is None:  # "a man named X", "the man, later identified as X"
            value = _first(_named_as(tok), self.phrase)
        if value is None:  # "China and Russia condemned ..."
            value = _first(
                (c for c in tok.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")), deeper
            )
        if value is None and depth == 0:  # thanked "the police ...": the police the article named before
            value = self._quoted_anaphor(tok)
        if value is None and depth == 0:  # "killed 55 rebels and arrested over 500": 500 rebels
            value = _first((counted_elsewhere(tok),), deeper)
        return value

    def _of_another_country(self, tok, value: int) -> bool:
        """The noun's "of" names a country other than the person's its words alone resolve to: a role word ("the
        president") is looked up as the article's holder of that role, who may be another country's."""
        info = self.info.get(value)
        if not info or info[0] != "person" or not info[1]:
            return False
        for prep in prep_children(tok):
            if prep.lower_ == "of" and (obj := pobj_of(prep)) is not None and obj.ent_type_ == "GPE":
                place = self.info.get(self.phrase(obj))
                return bool(place and place[0] == "country" and place[1] and place[1] != info[1])
        return False

    def _quoted_anaphor(self, tok) -> int | None:
        """A definite common noun inside quotation marks ("the police", "the government") is the actor last named
        outside them by the same noun, when it is what is acted on: the actor coder leaves quoted words to the
        quote's speaker, but a thanked or accused body is still the one the article is about."""
        if (
            tok.pos_ != "NOUN"
            or tok.ent_type_
            or tok.dep_
            not in _OBJECT_DEPS  # who acts in a quote is the speaker's framing ("the union's demands")
            or not _definite(tok)
            or not inside_quotes(tok)
        ):
            return None
        lemma = lemma_of(tok)
        for t in reversed(self.doc[: tok.sent.start]):
            if t.pos_ == "NOUN" and lemma_of(t) == lemma and not inside_quotes(t):
                value = self.phrase(t)
                if value is not None:
                    return value
        return None

    def _examples(self, tok):
        """Objects of "including", "like", "such as" under tok (None where the parse has no object)."""
        for prep in (c for c in tok.children if c.dep_ == "prep"):
            if prep.lower_ in ("including", "like") or (
                prep.lower_ == "as" and prep.i > 0 and self.doc[prep.i - 1].lower_ == "such"
            ):
                yield pobj_of(prep)


def _definite(noun) -> bool:
    """ "the police", "all emergency services": a body already known, not someone new."""
    return any(c.dep_ in ("det", "predet") and c.lower_ in ("the", "all") for c in noun.children)


_QUOTE_MARKS = frozenset('"“”')
_OBJECT_DEPS = frozenset({"dobj", "pobj", "dative"})


def inside_quotes(tok) -> bool:
    """An odd number of quotation marks before the token in its sentence (straight or curly)."""
    sent = tok.sent
    return sum(t.text in _QUOTE_MARKS for t in tok.doc[sent.start : tok.i]) % 2 == 1


def joint_they(tok) -> bool:
    """ "They" as the subject of a sentence's main verb, or of a verb joined to it, outside quotation marks: the
    sentence's own doers, which after a meeting of two parties are the two of them (Resolver.met)."""
    if tok is None or tok.lower_ != "they" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb, root = tok.head, tok.sent.root
    return (verb == root or (verb.dep_ == "conj" and verb.head == root)) and not inside_quotes(tok)


def _indefinite(noun) -> bool:
    """ "a self-described Neo-Nazi", "an ethnic Palestinian": a description, not a name."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


_NAMING_VERBS = word_set("naming_verbs")
_BELIEVED_VERBS = frozenset({"believe", "think", "suspect", "say", "report"})


def _named_as(tok):
    """The name a participle gives a noun: "a man named X", "the man, later identified as X", "a man, believed to
    be X"."""
    participles = [v for v in tok.children if v.dep_ == "acl"]
    if tok.dep_ == "dobj":  # the parser often hangs ", later identified as X" on the verb, after its object
        participles += [v for v in tok.head.children if v.dep_ in ("dep", "advcl") and v.i > tok.i]
    for v in participles:
        if v.tag_ == "VBN" and lemma_of(v) in _BELIEVED_VERBS:
            # "a masked man, believed by officials to be X,": X, not the officials who believe it
            for be in (c for c in v.children if c.dep_ == "xcomp" and lemma_of(c) == "be"):
                yield from (c for c in be.children if c.dep_ == "attr" and c.ent_type_ in ("PERSON", "ORG"))
            continue
        if v.tag_ != "VBN" or lemma_of(v) not in _NAMING_VERBS:
            continue
        for c in v.children:
            if c.dep_ == "oprd" and c.ent_type_ in ("PERSON", "ORG"):
                yield c
            elif c.dep_ == "prep" and c.lower_ == "as" and (o := pobj_of(c)) is not None and o.ent_type_:
                yield o


_NOT_COUNTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})
_ELLIPSIS_DEPS = frozenset({"dobj", "nsubjpass", "pobj"})
COUNT_PREPS = ("over", "about", "around")  # "arrested over 500": a count's modifier, parsed as a preposition


def counted_elsewhere(tok):
    """What a bare number counts when its noun is left out because a clause joined to its own named it: "killed
    55 rebels and arrested over 500" (500 rebels), "three of the militants were killed and the other three were
    arrested" (the militants). Only a number heading its own phrase, as the object or patient of a verb joined
    by "and" to one whose object or patient is a counted noun."""
    if tok.pos_ != "NUM" or tok.ent_type_ in _NOT_COUNTS or tok.dep_ not in _ELLIPSIS_DEPS:
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return None  # "three of them": counted where it stands
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head  # "arrested over 500"
    if tok.dep_ == "pobj" and (tok.head.dep_ != "prep" or tok.head.lower_ not in COUNT_PREPS):
        return None  # a real prepositional object ("in 2005", "to 500"), not a count's modifier
    if verb.pos_ != "VERB":
        return None
    joined = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        joined.append(verb.head)
    for other in joined:
        for arg in other.children:
            if arg.dep_ not in ("dobj", "nsubjpass"):
                continue
            if arg.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in arg.children):
                return arg  # "55 rebels"
            if arg.pos_ == "NUM" and arg.ent_type_ not in _NOT_COUNTS:
                of = next((c for c in arg.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                if of is not None and (noun := pobj_of(of)) is not None and noun.pos_ == "NOUN":
                    return noun  # "three of the militants"
    return None


def _first(tokens, resolve) -> int | None:
    """The first actor ``resolve`` finds among ``tokens``, tried in order (None tokens skipped)."""
    for t in tokens:
        value = resolve(t) if t is not None else None
        if value is not None:
            return value
    return None
