"""Whether a token names a party: people, organisations, places, a vehicle, a generic noun ("an official"),
a coordinated pair ("both sides"), and agreement of a pronoun with the noun it may stand for.
"""

from __future__ import annotations

from spacy.attrs import LOWER

from newsroom.extract.actors.generic import defined_term
from newsroom.extract.events.codebook import word_set
from newsroom.extract.events.sense_clues import REFLEXIVES
from newsroom.extract.events.syntax import base_lemma, first_conjunct, pobj_of, prep_children
from newsroom.extract.lexicon import generic_agents

_PERSON_ENTS = frozenset({"PERSON", "NORP"})


ACTOR_ENTS = frozenset({"PERSON", "NORP", "ORG", "GPE"})


# Common nouns for people (besides the captive set of the lexicon): who can be released, arrested, ordered.
_PERSON_NOUNS = word_set("person_nouns")


_QUANTIFIERS = word_set("quantifiers")


def what_is_counted(tok):
    """The noun a quantity counts ("hundreds of whales" → whales, "dozens of protesters"), else the token itself."""
    if base_lemma(tok) in _QUANTIFIERS or tok.like_num:
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
            return of
    return tok


PERSON_PRONOUNS = frozenset("he him she her his i me we us".split())


def person_like(tok) -> bool:
    if tok is None:
        return False
    if tok.ent_type_ in _PERSON_ENTS or tok.pos_ == "PRON":
        return True
    counted = what_is_counted(tok)  # "dozens of protesters", "33 Russian individuals"
    if counted is not tok:
        return person_like(counted)
    return base_lemma(tok) in _PERSON_NOUNS or tok.lower_ in _PERSON_NOUNS


def actor_like(tok) -> bool:
    """A token that names a party (entity, proper name, person noun), resolved to an actor or not."""
    if (
        tok is not None
        and tok.pos_ == "PRON"
        and tok.lower_ not in PERSON_PRONOUNS
        and tok.lower_ not in ("they", "them")
    ):
        return False
    return raw_actor_like(tok)


def raw_actor_like(tok) -> bool:
    if tok is None:
        return False
    if tok.ent_type_ in ACTOR_ENTS or person_like(tok) or (tok.pos_ == "PROPN" and not tok.ent_type_):
        return True
    # "her Argentine counterpart"
    return any(c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ACTOR_ENTS for c in tok.children)


_VEHICLES = word_set("vehicles")


def vehicle(tok) -> bool:
    """A vehicle named as the doer: "struck by a car", "a Volvo driving on the wrong side"."""
    if base_lemma(tok) in _VEHICLES or tok.lower_ in _VEHICLES:
        return True
    return any(c.dep_ == "acl" and base_lemma(c) == "drive" for c in tok.children)


# Event nouns whose possessor is the one the action is done to: "Khashoggi's killing", "his arrest".
_PATIENT_NOUNS = word_set("patient_nouns")


def patient_noun(noun) -> bool:
    return (noun.lemma_ or noun.text).lower() in _PATIENT_NOUNS


def is_generic(tok) -> bool:
    """ "an official", "any country": an indefinite common noun names nobody in particular."""
    if tok.pos_ != "NOUN" or tok.ent_type_:
        return False
    dets = {c.lower_ for c in tok.children if c.dep_ == "det"}
    if dets & {"any", "every", "each", "no", "another"}:
        return True
    # a bare "an official"; "a senior Indian diplomat", "a Security Council resolution" are specific
    return (
        bool(dets & {"a", "an"})
        and not any(
            c.dep_ in ("amod", "compound", "nmod", "poss", "prep", "appos", "acl", "relcl")
            for c in tok.children
        )
        and not _identified_later(tok)
        and not _specific_unnamed(tok)
    )


def unnamed_people(tok) -> bool:
    """ "a man", "tens of thousands of people": a generic agent noun (lexicons/generic_agents.tsv), also under
    quantities."""
    for _ in range(3):
        if tok is None or tok.lemma_.lower() in generic_agents():
            return tok is not None
        tok = next(
            (o for p in tok.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"), None
        )
    return False


_FORCE_ROOTS = frozenset({"17", "18", "19", "20"})


def one_on_another(root: str, a1_tok, t) -> bool:
    """ "a man attacked a group of men": unnamed people using force on others of their kind (one group actor)."""
    return root in _FORCE_ROOTS and a1_tok is not None and unnamed_people(a1_tok) and unnamed_people(t)


def _specific_unnamed(tok) -> bool:
    """ "police arrested a man", "a man was stabbed": an unnamed generic agent (lexicons/generic_agents.tsv) in a
    clause told as done is someone in particular; "the law lets police arrest a man" is nobody."""
    return tok.lemma_.lower() in generic_agents() and _told_as_done(tok)


def acted_on_person(tok) -> bool:
    """ "gunmen shot a soldier", "a journalist was detained": a person noun that a clause told as done acts on is
    someone in particular, though "a soldier" said of nobody ("any soldier may refuse") is generic."""
    return (
        tok.dep_ in ("dobj", "nsubjpass")
        and person_like(tok)
        and not any(c.dep_ == "det" and c.lower_ in ("any", "no") for c in tok.children)
        and _told_as_done(tok)
    )


def _told_as_done(tok) -> bool:
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    return verb.tag_ in ("VBD", "VBN") and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _identified_later(tok) -> bool:
    """ "arrested a man, later identified as <name>,": the clause names him though the parser hangs it on the verb."""
    if tok.dep_ not in ("dobj", "nsubj", "nsubjpass"):
        return False
    return any(
        c.dep_ == "advcl"
        and c.i > tok.i
        and c.tag_ == "VBN"
        and c.lemma_ in ("identify", "name")
        and any(t.lower_ == "as" and any(o.ent_type_ == "PERSON" for o in t.children) for t in c.children)
        for c in tok.head.children
    )


def agrees(noun, pronoun) -> bool:
    """Number agreement of a noun phrase and a pronoun: "they" takes a plural or coordinated noun."""
    plural = (
        noun.tag_ in ("NNS", "NNPS")
        or any(c.dep_ == "conj" for c in noun.children)
        or any(
            p.lower_ == "of" and (o := pobj_of(p)) is not None and o.tag_ in ("NNS", "NNPS")
            for p in prep_children(noun)
        )
    )
    return plural == (pronoun.lower_ == "they")


def has_partner(a1_tok) -> bool:
    """A coordinated subject names a second party even when it is not resolved: "Egyptian and Ethiopian officials"."""
    if a1_tok is None:
        return False
    if a1_tok.tag_ in ("NNS", "NNPS") and any(
        c.dep_ == "nummod" or c.lower_ in ("both", "all") for c in a1_tok.children
    ):
        return True  # "the three party leaders met"
    return any(c.dep_ == "conj" for c in a1_tok.children) or any(
        g.dep_ == "conj" for c in a1_tok.children if c.dep_ in ("amod", "compound") for g in c.children
    )


_BOTH_SIDES_NOUNS = word_set("both_sides_nouns")

# "the two leaders", "both ministers": two people as the two sides (resolver.pair_for: the two who last met)
BOTH_SIDES_PERSONS = word_set("both_sides_persons")


# "the Participants", "the Parties": a joint text's defined term for the parties it names
_DEFINED_PARTY_TERMS = word_set("defined_party_terms")
_DEFINED_PARTY_WORDS = tuple(sorted(_DEFINED_PARTY_TERMS))  # for Resolver.words_in


def both_sides(tok) -> bool:
    """ "the two sides", "both sides", "both forces", "both parties", "the two countries", "the two leaders"; a
    bare "the leaders" (nothing but its article), which after a meeting or call of two people means those two;
    and a joint text's capitalised "the Participants" / "the Parties" (a term it defined for the two it names)."""
    if tok is None or tok.tag_ not in ("NNS", "NNPS"):
        return False
    if tok.lower_ in _DEFINED_PARTY_TERMS and defined_term(tok):
        return True
    lemma = tok.lemma_.lower()
    if lemma not in _BOTH_SIDES_NOUNS and lemma not in BOTH_SIDES_PERSONS:
        return False
    kids = list(tok.children)
    if lemma == "leader" and [c.lower_ for c in kids] == ["the"]:
        return True
    if any(c.lower_ == "both" and c.dep_ in ("det", "predet", "preconj") for c in kids):
        return True
    # "the two sides", never an indefinite "two countries joined"
    return any(c.lower_ == "two" and c.dep_ == "nummod" for c in kids) and any(
        c.lower_ == "the" and c.dep_ == "det" for c in kids
    )


def defined_parties(sent, actors) -> tuple[int, int] | None:
    """ "the United States and Japan (together, the “Participants”)": the two parties a joint text's defined term
    names, read where the text defines it, as the pair its later "the Participants" means."""
    for tok in map(sent.doc.__getitem__, actors.words_in(sent, LOWER, _DEFINED_PARTY_WORDS)):
        if not tok.text[:1].isupper():
            continue
        opening = next((t for t in reversed(sent.doc[sent.start : tok.i]) if t.text in ("(", ")")), None)
        if opening is None or opening.text != "(" or opening.i == sent.start:
            continue
        last = sent.doc[opening.i - 1]
        if last.dep_ != "conj":
            continue
        pair = (actors.resolve(first_conjunct(last)), actors.resolve(last))
        if None not in pair and pair[0] != pair[1]:
            return pair
    return None


def pronoun_names_own_object(a1_tok, entity: int, heads: tuple, targets: list, actors) -> bool:
    """A subject pronoun resolved to an actor its own clause names in its object ("They called on Turkey to ...",
    "They asked Lam, who is backed by Beijing, to ..." read as Turkey / Beijing): a pronoun never co-refers with
    a name it c-commands, so the resolution is wrong."""
    if a1_tok is None or a1_tok.pos_ != "PRON" or a1_tok.lower_ in REFLEXIVES:
        return False
    objects = [t for t in targets if t.head in heads or (t.dep_ == "pobj" and t.head.head in heads)]
    names = [
        n
        for t in objects
        for n in t.subtree
        if n is not t and n.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
    ]
    return any(t.pos_ != "PRON" and actors.resolve(t) == entity for t in objects) or any(
        actors.phrase(n) == entity for n in names
    )
