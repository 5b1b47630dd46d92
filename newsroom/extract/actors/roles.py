"""Role phrases: finding an office or body in a phrase (the role lexicon, ``lexicons/roles.tsv``), the words
that distinguish one office from another of its class, and whether a person holds a described role."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from spacy.tokens import Token

from newsroom.extract.actors.namesakes import own_party
from newsroom.extract.actors.words import norm
from newsroom.extract.lexicon import (
    NAME_CACHE_SIZE,
    Role,
    collective_offices,
    lookup_alias,
    role_max_words,
    roles,
)

if TYPE_CHECKING:
    from newsroom.extract.actors.registry import Actor

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
        "likely",
        "presumptive",
        "outgoing",
        "incoming",
        "country's",
        "of",
        "and",
        "for",
    }
)


class RoleMatch(NamedTuple):
    """A role phrase found in a list of tokens: ``tokens[start:end]`` names ``role``."""

    role: Role
    start: int
    end: int


# find_role's answers by the words' string ids (lower case, lemma), which fix the strings it reads: most
# phrases recur, and two id reads per word cost less than building the strings. Emptied when full.
_BY_IDS: dict[tuple, RoleMatch | None] = {}


def find_role(tokens: list[Token], body: bool | None = None) -> RoleMatch | None:
    """Longest role phrase ending rightmost in ``tokens`` (list indices); only bodies or only persons' offices
    when ``body`` says so."""
    key = (tuple([t.lower for t in tokens]), tuple([t.lemma for t in tokens]), body)
    if key in _BY_IDS:
        return _BY_IDS[key]
    if len(_BY_IDS) >= NAME_CACHE_SIZE:
        _BY_IDS.clear()
    found = _BY_IDS[key] = _find_role_in(
        tuple(norm(t.lower_) for t in tokens), tuple(norm(t.lemma_.lower()) for t in tokens), body
    )
    return found


@lru_cache(maxsize=NAME_CACHE_SIZE)
def _find_role_in(lowers: tuple[str, ...], lemmas: tuple[str, ...], body: bool | None) -> RoleMatch | None:
    """find_role on the words: the same few phrases recur through an article and across articles."""
    table, width = roles(), role_max_words()
    best: RoleMatch | None = None
    for end in range(len(lowers), 0, -1):
        for start in range(max(0, end - width), end):
            role = table.get(lowers[start:end])
            if role is None and end - start == 1:
                role = table.get((lemmas[start],))
            if role is not None and (body is None or (role.kind == "body") == body):
                if best is None or (end - start) > (best.end - best.start):
                    best = RoleMatch(role, start, end)
        if best is not None:
            return best
    return None


# Offices that speak for their body ("an Acme spokeswoman", "a Nato official", "an Al Jazeera reporter"): their
# words are the body's
SPEAKING_FOR_BODY = frozenset({"spokesperson", "official", "journalist"})


def office_in_body(token: Token) -> bool:
    """A person's office that is no mouthpiece of a body ("leader", "MP", "chairman"): "the Labour leader" and "the
    leader of Shas" are one person of that body, whose words are that person's, not the body's; "the party
    executive" is the body's collective (``collective_offices``)."""
    found = find_role([token])
    return (
        found is not None
        and found.role.kind == "person"
        and found.role.role_class not in SPEAKING_FOR_BODY
        and token.lemma_.lower() not in collective_offices()
    )


def serves_a_person(token: Token) -> bool:
    """A person's office that is no one's mouthpiece: "an Okafor adviser" serves Okafor and speaks for himself, where
    "a Lindqvist spokesman" speaks for her."""
    found = find_role([token])
    return found is not None and found.role.kind == "person" and found.role.role_class != "spokesperson"


def is_person_role(token: Token) -> bool:
    """The word is a person's office ("minister", "spokesperson")."""
    found = find_role([token])
    return found is not None and found.role.kind == "person"


def qualifiers(phrase: list[Token], found: RoleMatch) -> frozenset[str]:
    """Distinguishing words of a role phrase ('state department' in 'the State Department spokesperson')."""
    out = set()
    for n, token in enumerate(phrase):
        if found.start <= n < found.end or token.lower_ in GENERIC_QUALIFIERS or not token.is_alpha:
            continue
        if lookup_alias(token.text) is not None and token.text[:1].isupper():
            continue
        out.add(token.lemma_.lower())
    return frozenset(out)


def holds(actor: Actor, role: Role, country: str | None, quals: frozenset[str]) -> bool:
    """Whether a person holds an office this description can mean (same class, country and qualifiers)."""
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


def body_label(role: Role) -> str | None:
    """A group named by its role class ("protesters", "health workers", "NGOs"); persons by their code."""
    if role.kind != "body":
        return None
    return "NGOs" if role.role_class == "ngos" else role.role_class.replace("_", " ")


def body_code(tokens: list[Token]) -> str | None:
    found = find_role(tokens, body=True) if tokens else None
    return found.role.cameo_role if found else None


def group_code(phrase: list[Token]) -> str | None:
    """CAMEO code of a known group named in a role phrase ('the Taliban spokesman')."""
    for token in phrase:
        if token.text[:1].isupper():
            entry = lookup_alias(token.text)
            if entry is not None and (own := own_party(token.doc, entry)) is not None:
                return own[0]  # "Australian Democrats spokesman Jane Doe": no US Democrat
            if entry is not None and entry.actor_type in ("group", "organization") and entry.cameo_actor_code:
                return entry.cameo_actor_code
    return None


def unnamed_holder_noun(head: Token) -> bool:
    """An indefinite role noun ("expelled an Indian diplomat", "one senior executive said"); "the Indian minister" is a
    holder named elsewhere."""
    if head.ent_type_ == "PERSON" or head.dep_ in ("compound", "appos") or head.head.ent_type_ == "PERSON":
        return False
    if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in head.children):
        return False
    return _headline_subject(head) or any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "another") or c.dep_ == "nummod" and c.lower_ == "one"
        for c in head.children
    )


def _headline_subject(head: Token) -> bool:
    """'Pakistani official says eight killed': in a line with no closing punctuation (a headline), a singular role
    noun with no determiner, subject of a present-tense verb, is "an official says" (prose would write "the
    official" for one named before)."""
    if not (head.tag_ == "NN" and head.dep_ == "nsubj" and head.head.tag_ == "VBZ" and head.i < head.head.i):
        return False
    if any(c.dep_ in ("det", "poss", "nummod", "compound") for c in head.children):
        return False
    last = next(t for t in reversed(head.sent) if not t.is_space)
    return not last.is_punct
