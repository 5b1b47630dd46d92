"""Technical and commercial senses of event verbs: an event needs a party that can act and a party or policy it is
done with. A product does not act ("the chips support the standard", "appliances supported by the platform", a name
the sentence calls a product), a technical capability is not endorsed ("does not support these features"), investing
into an activity or a technology is business, not economic cooperation with anyone, and backing or financing a
company, or being backed by an entrepreneur or investors, is investment, neither praise nor aid. A natural force ("as
Hurricane Mirela hit the islands") is no party and does no act, nor is a document, a plan, a programme or a built
work ("the Budget provides $3 billion", "this project will support jobs"), and a launch that sends a spacecraft, a
satellite or astronauts up is spaceflight, not force. Customers demanding a product and a country's demand for goods
("China's demand means new jobs") are market demand, not a CAMEO demand, and what a site "offers you" or "asks you"
is a product's terms for its reader. Support as the purpose of a grant or a step ("$40 million to support
projects") is what that act is for, not an endorsement.
"""

from __future__ import annotations

from newsroom.extract.actors.roles import find_role
from newsroom.extract.events.arguments import subject_of
from newsroom.extract.events.authors import document_author
from newsroom.extract.events.codebook import word_set
from newsroom.extract.events.parties import person_like, raw_actor_like
from newsroom.extract.events.resolver import inside_quotes
from newsroom.extract.events.sense_clues import UNDECIDED, Trigger
from newsroom.extract.events.syntax import (
    acted_on,
    base_lemma,
    first_conjunct,
    pobj_of,
    prep_children,
    to_infinitive,
)
from newsroom.extract.events.targets import examples_of

_TECHNICAL = word_set("technical_things")
_BUSINESSES = word_set("businesses")
_PLACES = word_set("place_nouns")
_PEOPLE_ENTS = frozenset({"PERSON", "NORP", "GPE"})
# Verbs whose object is endorsed in their political sense and merely handled in their technical one.
_SUPPORTING = frozenset({"support", "back", "endorse"})
_FUNDING = frozenset({"back", "finance", "fund", "bankroll"})
_MARKET = word_set("market_parties")
_FUNDERS = word_set("funders")
_NATURAL = word_set("natural_forces")
_WORKS = word_set("works_and_plans")
_PROGRAMMES = word_set("programmes")
_COURSES = word_set("courses_of_action")
_SPACEFLIGHT = word_set("spaceflight")
# What a political demand names: "demand for X", "demand that ...", "demand to ...", "the demand he made".
_COMPLEMENTS = frozenset({"prep", "acl", "relcl", "ccomp", "xcomp", "advcl"})
# Codes an endorsement or its refusal can take (051 praise, 052 defend, 12x reject).
_ENDORSING_ROOTS = frozenset({"05", "12"})
# Codes of an offer or a request, which a product's text makes to its reader.
_READER_ROOTS = frozenset({"02", "03"})


def technical_senses(t: Trigger):
    """Technical senses first, then commercial ones."""
    verdict = _technical_sense(t)
    if verdict is UNDECIDED and t.verb and t.root in _READER_ROOTS and _to_the_reader(t.tok):
        return None
    return verdict if verdict is not UNDECIDED else _market_demand(t)


def _to_the_reader(verb) -> bool:
    """ "the site offers you the option", "it asks you to confirm", "it asks for your phone number": the narration
    addresses its reader, a product's user, no party (inside a quotation "you" is someone spoken to)."""
    if inside_quotes(verb):
        return False
    if any(c.dep_ in ("dative", "dobj") and c.lower_ == "you" for c in verb.children):
        return True
    objs = [pobj_of(p) for p in prep_children(verb) if p.lower_ == "for"]
    return any(
        o is not None and any(c.dep_ == "poss" and c.lower_ == "your" for c in o.children) for o in objs
    )


def _market_demand(t: Trigger):
    """None for "our customers demand it" and a bare "China's demand"; undecided otherwise."""
    tok = t.tok
    if t.lemma != "demand" or t.root != "10":
        return UNDECIDED
    if t.verb:
        subj = subject_of(tok)
        return None if subj is not None and base_lemma(subj) in _MARKET else UNDECIDED
    bare = tok.tag_ == "NN" and not any(c.dep_ in _COMPLEMENTS for c in tok.children)
    return None if bare and any(c.dep_ == "poss" for c in tok.children) else UNDECIDED


def _technical_sense(t: Trigger):
    """None for a product as the doer, a technical object of support, an investment into a thing or funding
    a business; undecided otherwise."""
    tok = t.tok
    if not t.verb:
        return UNDECIDED
    subj = subject_of(tok)
    if _technical(subj) or _described_as_thing(subj) or _natural_force(subj) or _work_or_plan(subj):
        return None
    if t.lemma == "launch" and t.root == "19" and _spaceflight(tok):
        return None
    if t.lemma in _SUPPORTING and t.root in _ENDORSING_ROOTS and _technical(_supported(tok)):
        return None
    if t.lemma == "support" and t.root == "05" and _aim_of_another_act(tok):
        return None
    if t.lemma == "invest" and t.root in ("03", "06") and _into_a_thing(t.preps):
        return None
    if (
        t.lemma in _FUNDING
        and t.root in ("05", "07")
        and (_business(_supported(tok)) or _funder(t.preps.get("by")))
    ):
        return None
    return UNDECIDED


def _supported(verb):
    """What is supported: the object, the passive subject, or the noun a participle modifies ("the features
    supported by")."""
    obj = acted_on(verb)
    if obj is None and verb.dep_ == "acl":
        return verb.head
    return obj


def _aim_of_another_act(verb) -> bool:
    """ "$40 million to support projects", "took steps to support small farms", "efforts to combat hunger and
    support research": support as the purpose infinitive of a grant, a step or an effort is what that act is for, not
    an endorsement. A party or its policy as the object stays one ("changed its rules to support Governor Reyes", "voted
    to support Sweden's bid")."""
    clause = first_conjunct(verb)
    if clause.dep_ not in ("advcl", "acl") or not to_infinitive(clause):
        return False
    obj = acted_on(verb)
    return obj is not None and not (
        _names_a_party(obj) or any(c.dep_ == "poss" and _names_a_party(c) for c in obj.children)
    )


def _technical(tok) -> bool:
    return tok is not None and tok.pos_ == "NOUN" and not tok.ent_type_ and base_lemma(tok) in _TECHNICAL


def _funder(tok) -> bool:
    """ "backed by entrepreneur X", "backed by two investors", "backed by a venture fund", "backed by $10 million from
    X": a backer with money, or the money itself."""
    if tok is None:
        return False
    if tok.ent_type_ == "MONEY":
        return True
    if tok.pos_ == "NOUN" and base_lemma(tok) in _FUNDERS:
        return True
    return any(c.dep_ in ("compound", "appos") and base_lemma(c) in _FUNDERS for c in tok.children)


def _natural_force(tok) -> bool:
    """ "the storm", "Hurricane Mirela", "Tropical Storm Odo": a weather, geological or biological force. In a name
    the force's word stands right before the name's last word and is its only compound, so "the National Hurricane
    Center" or "the Storm Prediction Center" stay institutions."""
    if tok is None:
        return False
    if tok.pos_ == "NOUN" and base_lemma(tok) in _NATURAL:
        return True
    compounds = [c for c in tok.children if c.dep_ == "compound"]
    return (
        tok.pos_ == "PROPN"
        and len(compounds) == 1
        and compounds[0].i == tok.i - 1
        and compounds[0].lower_ in _NATURAL
    )


def _work_or_plan(tok) -> bool:
    """ "The Budget provides $3 billion", "this project will support jobs", "the casing, which supports the tunnel":
    a document, plan, programme or built work as the doer, in lower case or as the one capitalised word a text gives
    its own budget or plan, and no party's own. A longer name ending with a programme's word may be a body's ("the
    Innocence Project sued"), one ending with a document's word is a document's ("the National Climate Assessment").
    A policy or an agenda as the subject does nothing even when it is a party's: its effects are told, not the party's
    acts ("it has always been government policy to resolve disputes by negotiation" states the party's own stance)."""
    if (
        tok is not None
        and tok.pos_ == "NOUN"
        and tok.dep_ in ("nsubj", "nsubjpass")
        and base_lemma(tok) in _COURSES
    ):
        return True  # "the President's policies are delivering relief": effects, even of a party's own policy
    if tok is None or tok.pos_ not in ("NOUN", "PROPN") or _authored(tok) or document_author(tok) is not None:
        return False  # "Amnesty published a report. The report accused …": its maker acts
    lemma = base_lemma(tok)
    if lemma in _WORKS:
        return True
    return lemma in _PROGRAMMES and (tok.pos_ == "NOUN" or not _in_a_longer_name(tok))


_AUTHOR_PREPS = frozenset({"from", "by", "of"})
# "a report released by", "a law passed by": who made the document; not "a law backed by" someone.
_MAKING = word_set("making_verbs")


def _authored(tok) -> bool:
    """ "A UN report accused Syria", "media reports say", "a report from the Tribune said", "a report
    released by the committee found": a party's document, through which it acts."""
    if any(c.dep_ in ("poss", "compound", "nmod", "amod") and _names_a_party(c) for c in tok.children):
        return True
    heads = [tok] + [c for c in tok.children if c.dep_ == "acl" and base_lemma(c) in _MAKING]  # "released by"
    preps = [p for h in heads for p in prep_children(h) if p.lower_ in _AUTHOR_PREPS]
    return any(raw_actor_like(pobj_of(p)) for p in preps)


def _names_a_party(tok) -> bool:
    """A name or a party's common noun: "UN", "Chinese", "media" in "media reports say", "police" in "a police
    report"."""
    return raw_actor_like(tok) or (tok.pos_ == "NOUN" and find_role([tok], body=True) is not None)


def _in_a_longer_name(tok) -> bool:
    """The word ends a name of several words: a proper noun or an entity's word before it."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return before is not None and (before.pos_ == "PROPN" or (before.ent_iob_ != "O" and tok.ent_iob_ == "I"))


def _spaceflight(verb) -> bool:
    """ "launched a rocket carrying a weather satellite", "launched its crewed mission with two astronauts atop a
    rocket": what the launch's object or its own prepositions name is sent into space. Only the verb's own object
    and prepositional phrases are read, not the sentence."""
    heads = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "prep")]
    return any(base_lemma(w) in _SPACEFLIGHT for h in heads for w in h.subtree)


def _described_as_thing(name) -> bool:
    """A name the sentence itself calls a product: "Syncplicity, EMC's file sync and share product, supports VSC"
    (the appositive, or one of its conjuncts, is a technical noun)."""
    if name is None or name.pos_ not in ("PROPN", "NOUN") or name.ent_type_ in _PEOPLE_ENTS:
        return False
    appos = [c for c in name.children if c.dep_ == "appos"]
    if any(
        person_like(a) for a in appos
    ):  # "X, co-founder of Y, an online platform": the parser's appositives
        return False
    return any(_technical(a) or any(_technical(c) for c in a.children if c.dep_ == "conj") for a in appos)


def _business(tok) -> bool:
    return tok is not None and tok.pos_ == "NOUN" and base_lemma(tok) in _BUSINESSES


def _into_a_thing(preps) -> bool:
    """ "invested resources into building", "invest in technology"; "invest in Kenya / the region" stays, and so
    does "invest in companies such as X", which names the companies."""
    objs = [o for o in (preps.get("in"), preps.get("into")) if o is not None and o.dep_ in ("pobj", "pcomp")]
    objs += [e for o in objs for e in examples_of(o)]
    return bool(objs) and not any(raw_actor_like(o) or base_lemma(o) in _PLACES for o in objs)
