"""Targets a sentence or article only implies: the lead actor behind "welcomed the move", the partner of a joint
subject, the place attacked, the one whose conduct is the condition, coordinated further targets.
"""

from __future__ import annotations

from spacy.attrs import POS

from newsroom.extract.actors.descriptions import DEFINITE_DETS
from newsroom.extract.events.codebook import word_set
from newsroom.extract.events.codes import root_of
from newsroom.extract.events.datelines import is_news_agency
from newsroom.extract.events.quoted import quoted_speaker
from newsroom.extract.events.resolver import Resolver, appositions
from newsroom.extract.events.sense_clues import AGREEMENTS
from newsroom.extract.events.syntax import child_of, lemma_of, pobj_of, prep_children
from newsroom.extract.lexicon import lookup_alias

# Nouns that name an action rather than an actor: "welcomed the move", "criticised the ruling". Without an
# owner of their own ("the court's ruling") they point back to what the article is about, its lead actor.
_ACTION_NOUNS = word_set("action_nouns")


# Subordinate clauses whose subject is at the receiving end of force: "fired tear gas as protesters tried to ...".
_FORCE_ROOTS = frozenset({"15", "17", "18", "19", "20"})


_CLAUSE_MARKS = frozenset({"as", "when", "while", "after"})


def implicit_target(verb, code: str, a1: int, actors: Resolver) -> int | None:
    """A target the sentence implies: the lead actor behind "the move", the subject of an "as"-clause under force."""
    for c in verb.children:
        if (
            c.dep_ == "dobj"
            and c.lemma_.lower() in _ACTION_NOUNS
            # only a definite one points back ("welcomed the move"); "support private-sector initiatives" names any
            and any(d.dep_ == "det" and d.lower_ in DEFINITE_DETS for d in c.children)
            and not any(
                g.dep_ in ("poss", "prep", "compound", "amod") and g.pos_ in ("PROPN", "PRON", "ADP")
                for g in c.children
            )
        ):
            lead = actors.lead
            if lead is not None and lead != a1:
                return lead
    if root_of(code) in _FORCE_ROOTS:
        for c in verb.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CLAUSE_MARKS for m in c.children):
                subj = child_of(c, "nsubj")
                value = actors.resolve(subj) if subj is not None else None
                if value is not None and value != a1:
                    return value
    return None


# Events two joint subjects do to each other ("X and Y held talks", "... clashed"); for the rest
# ("X and Y condemned the move", "attacks by X and Y") the second subject is a co-agent, not a target.
RECIPROCAL_ROOTS = frozenset({"03", "04", "05", "06", "08", "19"})


# Meetings, phone talks and negotiations are one act of both parties: "X met Y" is as much Y meeting X, so each
# side is coded as a source (CAMEO consultation has no host-guest direction; a visit, 042/043, has one).
MEETING_CODES = frozenset({"040", "041", "046"})


# Verbs whose subject calls the meeting: "X convened Y" / "convened a meeting with Y" is X's act, Y only summoned.
_CONVENING = word_set("convening")


def met_both_ways(code: str, target_tok, trigger) -> bool:
    """A meeting whose target is its partner by grammar: the joint subject's other half (no token), the one met
    ("met Y", "Y was met by X") or talked with ("talks with Y", "spoke to Y", "between X and Y"); not the body a
    meeting belongs to ("opened the meeting of the committee") nor a named thing ("called India a partner"), nor
    those a convener summons ("X convened Y", "convened a meeting with Y": only "X and Y convened" is mutual)."""
    if code not in MEETING_CODES:
        return False
    if target_tok is None:
        return True
    if lemma_of(trigger) in _CONVENING:
        return False
    if target_tok.dep_ in ("dobj", "nsubjpass"):
        return True
    return target_tok.dep_ == "pobj" and target_tok.head.lower_ in ("with", "to", "between")


# In these roots two joint subjects act together ("Cruz and Rooney proposed ..."), unless the predicate is mutual.
COAGENT_ROOTS = frozenset({"03", "08"})


MUTUAL = word_set("mutual")


# Modifiers whose conjuncts name the other side of a joint subject ("Armenian and Azerbaijani troops").
_JOINED_MODIFIERS = frozenset({"amod", "compound", "nmod"})


def partner_of(a1_tok, a1: int, actors: Resolver, meeting: bool = False) -> int | None:
    """The other side of a joint subject: "X and Y held talks", "Armenian and Azerbaijani troops clashed"; in a
    ``meeting`` also of the people of two parties ("delegates from X and Y met")."""
    pool = [c for c in a1_tok.children if c.dep_ == "conj"]
    # "X, Jr. and Y met": the parser makes the suffix a conjunct and hangs Y on it
    pool += [g for c in pool if actors.resolve(c) == a1 for g in c.children if g.dep_ == "conj"]
    # "Defence Minister X and his counterpart Y signed": the parser hangs Y on the name in apposition to the title
    # right after it (not on a name set off by commas, which may be anyone the sentence lists)
    pool += [
        g
        for c in appositions(a1_tok)
        if c.left_edge.i == a1_tok.i + 1
        for g in c.children
        if g.dep_ == "conj"
    ]
    for mod in a1_tok.children:  # "U.S. and Iraqi officials": the parser may make the first name an nmod
        if mod.dep_ in _JOINED_MODIFIERS and (conjs := [c for c in mod.children if c.dep_ == "conj"]):
            if not pool and (first := _first_side(mod, a1, actors)) is not None:
                return first
            pool += conjs
    for prep in prep_children(a1_tok):  # "the prime ministers of Spain and Morocco met"
        if prep.lower_ in ("of", "for") and (obj := pobj_of(prep)) is not None:
            pool += [c for c in obj.children if c.dep_ == "conj"]
        elif meeting and prep.lower_ == "from" and (obj := pobj_of(prep)) is not None:
            pool += _two_parties(obj)  # "delegates from X and Y met"
    # "US President X and Turkish President Y spoke": the parser often folds the first person into Y's title
    pool += [
        c.head
        for c in a1_tok.subtree
        if c.dep_ in ("conj", "cc") and c.i < a1_tok.i and c.head.ent_type_ == "PERSON" and c.head != a1_tok
    ]
    for c in pool:
        value = (
            actors.phrase(c) if c.dep_ == "conj" and c.head.dep_ in _JOINED_MODIFIERS else actors.resolve(c)
        )
        if value is None:
            value = quoted_speaker(c, actors.quoted)  # '"Minister X and I discussed …," Y said': Y
        if value is not None and value != a1:
            return value
    return None


def _first_side(mod, a1: int, actors: Resolver) -> int | None:
    """ "talks between the White House and Senate leaders": the source was read from the last name with the head
    ("Senate leaders"), so its partner is the first name, not the last one again under another actor; not when the
    first name is the source or its own country ("U.S. and Iraqi officials": Iraq)."""
    first = actors.phrase(mod)
    return first if first not in (None, a1) and not actors.own_country(a1, first) else None


def _two_parties(obj) -> list:
    """The second of exactly two parties people come from ("representatives from both X and Y"); a longer list
    ("officials from the White House, Defense and Homeland Security") names one side's offices, not two sides."""
    conjs = [t for t in obj.subtree if t.dep_ == "conj"]
    listed = any(t.text == "," for t in obj.subtree)  # the parser may make a list's middle item an apposition
    return conjs if len(conjs) == 1 and conjs[0].head == obj and not listed else []


CONDITIONAL_ROOTS = frozenset({"10", "13"})


def condition_subject(verb, a1: int, actors: Resolver) -> int | None:
    """'threatened to strike if the government did not pay': the one whose conduct is the condition."""
    for node in [verb, *verb.subtree]:
        if node.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in node.children
        ):
            value = actors.resolve(child_of(node, "nsubj", "nsubjpass"))
            if value is not None and value != a1:
                return value
    return None


_PLACE_NOUNS = word_set("place_nouns")


_WITHIN = frozenset({"in", "across", "throughout", "inside"})


def attacked_country(sent, a1: int, actors: Resolver) -> int | None:
    """Violence with no named victim is directed at the country where it happens ("attacks in Nigeria"): its
    population or government ("strikes across Pakistan"). A town or region is only where ("an attack in
    Yusufiyah"), not whom."""
    for tok in sent:
        if (
            tok.lower_ in _WITHIN
            and (place := pobj_of(tok)) is not None
            and (
                _country_name(place) if place.ent_type_ in ("GPE", "LOC") else lemma_of(place) in _PLACE_NOUNS
            )
        ):
            value = actors.resolve(place)
            if place.ent_type_ not in ("GPE", "LOC") and (actors.info.get(value) or ("",))[0] != "country":
                continue  # "in Jammu city", "in the Gungoren district": a town's, not a country's
            if value is not None and value != a1:
                return value
    return None


def _country_name(place) -> bool:
    """The place's whole name is a country's in the alias table ("Nigeria"), not a town's or region's."""
    span = next((e for e in place.doc.ents if e.start <= place.i < e.end), None)
    entry = lookup_alias(span.text if span is not None else place.text)
    return entry is not None and entry.actor_type == "country"


# "denied these claims": the claim is the latest accuser's, an actor named sentences earlier.
CLAIM_NOUNS = word_set("claim_nouns")


def more_targets(a2_tok, taken: set, actors: Resolver) -> list[int]:
    """The other targets coordinated with the first: "called on Italy and Egypt to join", "met X, then Y"."""
    if a2_tok is None or actors.phrase(a2_tok) is None:
        return []  # only names coordinated with a named target: not "officials from China, Iran and Russia"
    pool = [c for c in a2_tok.children if c.dep_ == "conj"]
    pool += [g for c in pool for g in c.children if g.dep_ == "conj"]
    if a2_tok.dep_ == "pobj" and a2_tok.head.dep_ == "prep":  # "to the EPA on ..., and also to the Board"
        prep = a2_tok.head
        pool += [
            o for c in prep.children if c.dep_ == "conj" and c.pos_ == "ADP" and (o := pobj_of(c)) is not None
        ]
        pool += [
            o
            for c in prep.head.children
            if c.dep_ == "prep" and c.i > prep.i and c.lower_ == prep.lower_ and (o := pobj_of(c)) is not None
        ]
    out = []
    for c in pool[:4]:
        value = actors.resolve(c)
        if (country := _country_after(c, value, actors)) is not None:
            code = actors.info[country][1]
            if any((info := actors.info.get(t)) and info[0] != "other" and info[1] == code for t in taken):
                continue  # "Rabat and Casablanca, Morocco": the trip already goes to Morocco's government
            value = country
        if value is not None and value not in taken:
            taken.add(value)
            out.append(value)
    return out


def _country_after(place, value: int | None, actors: Resolver) -> int | None:
    """The country a town is given right after it ("visit Lyon, France, and Casablanca, Morocco") when the town
    is a place actor of that same country: a further target of a trip is that country, as the first one is. Not
    an item of a list ("Israel, the West Bank, Morocco"), not a capital read as its government."""
    doc = place.doc
    if (
        value is None
        or actors.actor_type(value) != "other"
        or place.i + 2 >= len(doc)
        or doc[place.i + 1].text != ","
        or doc[place.i + 2].ent_type_ != "GPE"
    ):
        return None
    country = actors.resolve(doc[place.i + 2])
    if country is None or actors.info.get(country) != ("country", actors.info[value][1]):
        return None
    return country


def names_other_party(sent, a1_tok, a1: int, actors: Resolver) -> bool:
    """Whether the sentence names a party besides the source (a target the event may have missed)."""
    skip = set(range(a1_tok.left_edge.i, a1_tok.right_edge.i + 1)) if a1_tok is not None else set()
    for ent in actors.sentence_ents(sent):
        if (
            ent.label_ in ("PERSON", "ORG", "GPE", "NORP")
            and ent.root.i not in skip
            and not is_news_agency(ent.text)
        ):
            value = actors.resolve(ent.root)
            if value is not None and value != a1:
                return True
    return False


_REFUSING_ROOTS = frozenset({"11", "12"})


def referred_party(targets: list, a1: int | None, root: str, actors) -> int | None:
    """The party a bare noun points back to: "denied these claims" is against the latest accuser; "denounced the
    border agreement" against the parties of the latest agreement signed in the article (the first one that is
    not the source). None when the noun has an owner ("Seoul's claims") or nothing was named before."""
    bare = [lemma_of(t) for t in targets if child_of(t, "poss") is None]
    if actors.accuser not in (None, a1) and any(lemma in CLAIM_NOUNS for lemma in bare):
        return actors.accuser
    if root in _REFUSING_ROOTS and actors.signers is not None and any(lemma in AGREEMENTS for lemma in bare):
        return next((party for party in actors.signers if party != a1), None)
    return None


def named_signers(sent, actors) -> tuple[int, int] | None:
    """The two country actors an agreement's own words name ("the Turkish-Libyan maritime border agreement"),
    when the article has both as actors."""
    lemmas = actors.lemmas
    agreements = [actors.doc[i] for i in actors.words_in(sent, POS, ("NOUN",)) if lemmas[i] in AGREEMENTS]
    if not agreements:
        return None  # most sentences: no agreement, no need for the article's countries
    countries = {code: e for e, (kind, code) in actors.info.items() if kind == "country" and code}
    if len(countries) < 2:
        return None  # two different parties are needed
    for noun in agreements:
        parties = []
        for t in noun.subtree:
            entry = lookup_alias(t.text) if t.i < noun.i and t.text[:1].isupper() else None
            party = countries.get(entry.country_code) if entry is not None else None
            if party is not None and party not in parties:
                parties.append(party)
        if len(parties) == 2:
            return parties[0], parties[1]
    return None
