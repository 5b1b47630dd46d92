"""Pronouns: "he"/"she" to a recent person of a compatible sex, "they"/"it" to a recent organisation, group
or country, preferring recent subjects and never the subject of the pronoun's own clause."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from itertools import islice

from spacy.attrs import POS
from spacy.tokens import Token

from newsroom.extract.actors.generic import clause_subject_actor, definite_singular
from newsroom.extract.actors.registry import Actor, ActorMention, Registry, counted_subject
from newsroom.extract.actors.words import PRONOUN_WINDOW_SENTENCES, SINGULAR_SHARES, SUBJECT_DEPS
from newsroom.extract.lexicon import (
    generic_agent_classes,
    generic_agents,
    relation_nouns,
    reporting_verbs,
    roles,
)
from newsroom.extract.scan import indices_with, kids

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
# inside a quotation: the speaker
FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our"})


# unnamed people taken as one body, never a "he" or "she": not a person a pronoun continues
COLLECTIVE_AGENTS = frozenset({"crowd", "gang", "jury", "people"})

# a possessive or reflexive in its subject's own clause names that subject: "West backed away from his support"
BOUND_PRONOUN_SEX = {"his": "m", "himself": "m", "her": "f", "herself": "f"}


def learn_sex(reg: Registry) -> None:
    """A person no title or given name sexes ("Kellyanne Conway", "Sturgeon") takes the sex of the possessive or
    reflexive pronouns in clauses where they are the only person and the subject; never against any such pronoun
    of the other sex."""
    votes: dict[int, set[str]] = {}
    for mention in reg.mentions:
        actor = mention.actor
        if (
            actor.actor_type != "person"
            or actor.sex is not None
            or not mention.subject
            or mention.kind != "name"
        ):
            continue
        verb = reg.doc[mention.head].head
        votes.setdefault(id(actor), set()).update(_bound_pronoun_sexes(reg, verb, actor))
    for actor in reg.persons():
        found = votes.get(id(actor), set())
        if actor.sex is None and len(found) == 1:
            actor.sex = next(iter(found))


def _bound_pronoun_sexes(reg: Registry, verb: Token, actor: Actor) -> set[str]:
    """Sexes of the possessives and reflexives in the verb's own clause (not in a clause with a subject of its
    own), when no other person is named there."""
    clause = [t for t in verb.subtree if t.i not in reg.quoted and _own_clause(t, verb)]
    if any(
        (m := reg.token_owner.get(t.i)) and m.actor is not actor and m.actor.actor_type == "person"
        for t in clause
    ):
        return set()
    return {
        BOUND_PRONOUN_SEX[t.lower_]
        for t in clause
        if t.lower_ in BOUND_PRONOUN_SEX and (t.lower_ != "her" or t.tag_ == "PRP$")
    }


def _own_clause(token: Token, verb: Token) -> bool:
    """Whether no verb with a subject of its own stands between the token and the clause's verb."""
    node = token
    while node.i != verb.i and node.head.i != node.i:
        if node.pos_ in ("VERB", "AUX") and any(dep in SUBJECT_DEPS for _, dep, _ in kids(node)):
            return False
        node = node.head
    return True


def _is_body(a: Actor) -> bool:
    return a.actor_type in ("organization", "group", "country")


def _is_it_body(a: Actor) -> bool:
    """What "it" can stand for: a body, but not unnamed people ("6,000 people took part. It condemned ...")."""
    return _is_body(a) and not (a.actor_type == "group" and a.group_class in generic_agent_classes())


def add_pronouns(reg: Registry) -> None:
    """Each unclaimed pronoun outside quotes, to the actor it most likely refers to."""
    learn_sex(reg)
    # "they" stands for unnamed people only once they acted as a plural subject: not "an inmate", nor "victims
    # were rescued" before "They also stated ..."
    plural = {id(m.actor) for m in reg.mentions if _plural_subject(reg.doc[m.end - 1])}

    def they(a: Actor) -> bool:
        generic = a.actor_type == "group" and a.group_class in generic_agent_classes()
        return _is_body(a) and (not generic or id(a) in plural)

    for i in indices_with(reg.doc, POS, ("PRON",)):
        if i in reg.quoted or i in reg.token_owner:
            continue  # asked before making the Token
        token = reg.doc[i]
        lower = token.lower_
        if lower in PERSON_PRONOUNS:
            sex = PRONOUN_SEX[lower]
            wanted = lambda a, sex=sex: a.actor_type == "person" and a.sex in (None, sex)  # noqa: E731
        elif lower in GROUP_PRONOUNS:
            wanted = they
        elif lower == "it" and token.dep_ in SUBJECT_DEPS and token.head.lemma_ in reporting_verbs():
            if _placeholder_it(token):
                continue
            wanted = _is_it_body
        elif lower == "it" and _object_of_control(token):
            _add_controlled_it(reg, token)
            continue
        else:
            continue
        _add_pronoun(reg, token, wanted)


def _placeholder_it(token: Token) -> bool:
    """ "It was announced that …", "it was insisted that …": the subject of a passive report whose content is its
    clause stands in for that clause, not for a body; who reported is left unnamed."""
    return token.dep_ == "nsubjpass" and any(c.dep_ == "ccomp" and c.i > token.i for c in token.head.children)


def _plural_subject(token: Token) -> bool:
    """A plural noun that is a clause's subject, itself or as what a subject counts ("Thousands of protesters
    marched")."""
    return token.tag_ in ("NNS", "NNPS") and (token.dep_ == "nsubj" or counted_subject(token))


def _add_pronoun(reg: Registry, token: Token, wanted: Callable[[Actor], bool]) -> None:
    if token.lower_ in ("his", "her") and token.dep_ == "poss":
        single = _single_previous_person(reg, token.i)
        if single is not None and wanted(single):
            reg.add_mention(single, token.i, token.i + 1, "pronoun")
            return
    parallel = _parallel_object(reg, token)
    if parallel is not None and wanted(parallel):
        reg.add_mention(parallel, token.i, token.i + 1, "pronoun")
        return
    clause_subject = clause_subject_actor(reg, token)
    if (
        clause_subject is not None
    ):  # "Pakistan urged them": a plain object pronoun is not its clause's subject
        base = wanted
        wanted = lambda a, base=base, other=clause_subject: base(a) and a is not other  # noqa: E731
    named = _named_in_complement(reg, token)
    if named:  # "He alleged that Obama had dual nationality": not Obama
        base = wanted
        wanted = lambda a, base=base, named=named: base(a) and id(a) not in named  # noqa: E731
    subject = token.lower_ in ("he", "she") and token.dep_ in SUBJECT_DEPS
    if subject:
        focus = _reporter_of(reg, token, wanted) or reg.in_focus(token.i, wanted)
        if focus is None:
            single = _same_pronoun_before(reg, token) or _single_previous_person(
                reg, token.i, only_person=True
            )
            if single is not None and wanted(single):
                # "For X, it matters little. He says ...": the one person the previous sentence names
                reg.add_mention(single, token.i, token.i + 1, "pronoun")
                return
    else:
        focus = None
    mention = focus or reg.salient(token.i, wanted, PRONOUN_WINDOW_SENTENCES, narrative=subject)
    if mention is not None and subject and _unnamed_person_after(reg, token, mention):
        return
    if mention is not None and _body_in_passing(reg, token, mention):
        return
    if mention is not None:
        reg.add_mention(mention.actor, token.i, token.i + 1, "pronoun")


def _body_in_passing(reg: Registry, token: Token, mention: ActorMention) -> bool:
    """ "X met Y on the sidelines of the Nordic Council. They discussed …", "the deaths of four volunteers from
    the Red Cross. They were carrying …": a subject "they" continues who acted, so a body the window names only in
    passing (no subject mention of it) is not who "they" are; the people who are have no actor, and the pronoun
    stays unresolved (as a quote's "they" does, ``quotes.pronouns.plural_checked``). What a plural share counts
    acted with it: "Some of the residents … suggested …. They claimed …"."""
    if token.lower_ != "they" or token.dep_ not in SUBJECT_DEPS or mention.subject:
        return False
    root = reg.doc[mention.head]
    share = root.head.head
    shared = root.dep_ == "pobj" and root.head.lower_ == "of" and share.dep_ in SUBJECT_DEPS
    return not (shared and share.lower_ not in SINGULAR_SHARES)


def _unnamed_person_after(reg: Registry, token: Token, mention: ActorMention) -> bool:
    """ "His dad said words to me. He said ...", "A guy butts in. 'They can take you,' he says": a person named
    by a common noun ("a guy", "his dad", "a spokeswoman"; an office of one word, not "the state" of "head of
    state"; an office or unnamed person only when indefinite) and of the pronoun's sex, the subject of a main clause
    after the chosen name and in this or the previous sentence, is who "he"/"she" continues; that person has no
    name, so the pronoun stays unresolved rather than going to the name before."""
    start = max(mention.end, reg.sent_starts[reg.window_start(token.i, 1)])
    sex = PRONOUN_SEX[token.lower_]
    for t in reg.doc[start : token.i]:
        if t.tag_ != "NN" or t.i in reg.quoted or not _main_subject(t):
            continue
        owner = reg.token_owner.get(t.i)
        if owner is not None and owner.actor.actor_type == "person":
            continue
        lemma = t.lemma_.lower()
        if lemma in relation_nouns():
            noun_sex = relation_nouns()[lemma]
        elif definite_singular(t):
            continue  # "The Greens leader said …": an office or "the man" is often the person named before
        elif (
            lemma in generic_agents()
            and lemma not in COLLECTIVE_AGENTS
            or (role := roles().get((lemma,))) is not None
            and role.kind == "person"
        ):
            noun_sex = "f" if lemma.endswith("woman") else "m" if lemma.endswith("man") else None
        else:
            continue
        if noun_sex in (None, sex):
            return True
    return False


def _main_subject(token: Token) -> bool:
    """The subject of a sentence's main verb, or a noun the parser made the root of a sentence it begins ("A guy
    who listened butts in", with "butts" read as a noun)."""
    if token.dep_ == "ROOT":
        return token.left_edge.is_sent_start
    return token.dep_ in SUBJECT_DEPS and token.head.dep_ == "ROOT"


def _parallel_object(reg: Registry, token: Token) -> Actor | None:
    """ "X met Y and congratulated him", "broke with Y and urged him to ...": the object pronoun of a verb joined
    to an earlier one is that verb's own object (direct, or after its preposition), whom both acts are on."""
    verb = token.head
    if token.dep_ != "dobj" or verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    first = verb.head
    objects = [c for c in first.children if c.dep_ == "dobj"] or [
        o for p in first.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
    ]
    owners = {id(m.actor): m.actor for o in objects if (m := reg.token_owner.get(o.i)) is not None}
    return next(iter(owners.values())) if len(owners) == 1 else None


def _reporter_of(reg: Registry, token: Token, wanted: Callable[[Actor], bool]):
    """ "PBS revealed that X accepted responsibility but did not say he'd ordered it": a subject "he" of a clause
    that is what a named person says or thinks is that person (the subject of the verb the clause completes)."""
    clause = token.head
    if clause.dep_ != "ccomp":
        return None
    verb = clause.head
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            mention = reg.token_owner.get(subject.i)
            ok = mention is not None and mention.kind == "name" and subject.i not in reg.quoted
            return mention if ok and wanted(mention.actor) else None
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return None
        verb = verb.head  # "X accepted ... but did not say he ...": the shared subject
    return None


def _add_controlled_it(reg: Registry, token: Token) -> None:
    """ "ordered it to publish": the most recent body other than the clause's subject, by recency alone."""
    clause_subject = clause_subject_actor(reg, token)
    mention = reg.salient(
        token.i,
        lambda a, other=clause_subject: a.actor_type in ("organization", "group") and a is not other,
        PRONOUN_WINDOW_SENTENCES,
        subjects_first=False,
    )
    if mention is not None:
        reg.add_mention(mention.actor, token.i, token.i + 1, "pronoun")


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


def _same_pronoun_before(reg: Registry, token: Token) -> Actor | None:
    """ "While he believes X, he says ...": who an earlier subject 'he'/'she' of the same sentence was."""
    for t in token.sent[: token.i - token.sent.start]:
        if t.lower_ == token.lower_ and t.dep_ in SUBJECT_DEPS and t.i in reg.token_owner:
            return reg.token_owner[t.i].actor
    return None


def _single_previous_person(reg: Registry, token_i: int, only_person: bool = False) -> Actor | None:
    """The one person named in the previous sentence, when no person precedes ``token_i`` in its own
    (``only_person``: and no other person is referred to there, by pronoun either)."""
    sent = reg.sentence_index(token_i)
    if sent == 0:
        return None
    found: dict[int, Actor] = {}
    # from the previous sentence on: no mention before it can decide
    first = bisect_left(reg.mentions, reg.sent_starts[sent - 1], key=lambda m: m.start)
    for m in islice(reg.mentions, first, None):
        if m.start >= token_i:
            break
        s = reg.sentence_index(m.start)
        if m.actor.actor_type != "person" or m.start in reg.quoted:
            continue
        if s == sent:
            return None  # "X rejected his ...": the nearer person decides, as before
        if s == sent - 1 and (m.kind == "name" or only_person):
            found[id(m.actor)] = m.actor
    return next(iter(found.values())) if len(found) == 1 else None


def _named_in_complement(reg: Registry, token: Token) -> set[int]:
    """Actors named in the complement clause of the verb a subject pronoun governs: a pronoun is never the person
    its own clause goes on to name ("He said Smith would resign" is not Smith speaking of himself)."""
    if token.dep_ not in SUBJECT_DEPS:
        return set()
    return {
        id(m.actor)
        for c in token.head.children
        if c.dep_ == "ccomp" and c.i > token.i
        for t in c.subtree
        if (m := reg.token_owner.get(t.i)) is not None and m.kind == "name" and t.i not in reg.quoted
    }
