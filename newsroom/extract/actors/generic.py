"""Generic agents: unnamed people named by a common noun ("police arrested a man", "an IT worker was killed",
"a shooter opened fire"), as CAMEO-style group actors ("Nigeria civilians", NGACVL) from
``lexicons/generic_agents.tsv``. Only where the noun is an argument and names nobody else, so a count of them
can be trusted."""

from __future__ import annotations

from spacy.tokens import Token

from newsroom.extract.actors.gazetteer import demonym_country
from newsroom.extract.actors.places import PLACE_PREPS, country_of, place_country
from newsroom.extract.actors.registry import Actor, Registry
from newsroom.extract.actors.roles import RoleMatch, find_role
from newsroom.extract.actors.words import SUBJECT_DEPS
from newsroom.extract.lexicon import (
    Role,
    english_verbs,
    generic_agents,
    lookup_alias,
    org_anaphors,
    phoenix_agents,
    phoenix_last_words,
    phoenix_max_words,
    reporting_verbs,
)

# Argument positions an event can take a participant from ("he is a suspect" and "the attacker, a man," describe
# someone already there).
GENERIC_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative", "conj", "poss"})
_NAMED_ENTS = frozenset(
    {"PERSON", "ORG", "NORP", "GPE", "FAC", "LOC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"}
)
_NAMING_VERBS = frozenset({"name", "identify", "call"})
# Entity labels NER gives a plural demonym of a town ("Londoners": PRODUCT, NORP, none); never a name's
_DEMONYM_ENTS = frozenset({"", "NORP", "PRODUCT", "WORK_OF_ART"})
_DEFINITE = frozenset({"the", "this", "that"})
# Acts of armed violence whose doer, named only as "men" or "people", is an armed group, not civilians.
_ARMED_ACTS = frozenset(
    {
        "shoot",
        "fire",
        "storm",
        "attack",
        "kill",
        "stab",
        "bomb",
        "ambush",
        "detonate",
        "behead",
        "kidnap",
        "abduct",
        "gun",
    }
)
_ARMED = Role("gunmen", "gunmen", "UAF", "body", frozenset())
_PLACE_PEOPLE = Role("residents", "civilians", "CVL", "body", frozenset())
# English agent-noun endings ("seeker", "abductor", "activist", "civilian", "servant", "employee", "policeman")
AGENT_SUFFIXES = (
    "er",
    "ers",
    "or",
    "ors",
    "ist",
    "ists",
    "ian",
    "ians",
    "ant",
    "ants",
    "ent",
    "ents",
    "ee",
    "ees",
    "man",
    "men",
    "person",
    "people",
)
AGENT_PLURALS = frozenset({"personnel", "staff", "crew", "troop", "police", "force"})
# "the man" a few sentences after a named person is most often that person: left unresolved, not made a group
PERSON_BACK_SENTENCES = 3


def generic_agent(reg: Registry, token: Token, phrase: list[Token]) -> RoleMatch | None:
    """The group role of an unnamed person or people the noun ending ``phrase`` stands for, if any.

    Named by the group class ("a man" -> "civilians") after the words that say which people ("Indigenous people"
    -> "indigenous civilians", "an IT worker" -> "it workers"), so counts add up by class and by kind."""
    role = generic_agents().get(token.lemma_.lower())
    start = len(phrase) - 1
    # imported here: the events coder imports this package
    from newsroom.extract.events.sense_crowd import gathering_acted_on

    if role is None and gathering_acted_on(token) and not any(c.i in reg.token_owner for c in token.children):
        reg.bodies_read.add(token.i)  # a party only where an event makes it one
        reg.gatherings.add(token.i)
        return RoleMatch(generic_agents()["protester"], start, len(phrase))
    if (
        role is None
        and token.tag_ in ("NNS", "NNPS")
        and token.ent_type_ in _DEMONYM_ENTS
        and demonym_country(token.text)
    ):
        role = _PLACE_PEOPLE  # "Police asked Londoners to stay at home" (NER's guess for the word varies)
    if role is None and token.pos_ == "NOUN" and token.dep_ != "poss":  # "taxpayers' money" is no actor
        role, start = _phoenix_agent(token, phrase)
    if role is None and token.pos_ == "NOUN":  # "Mozambican poachers attacked", "asked the organizers to ..."
        role = _doer_role(token, reg.token_owner)
    if role is None and _bodies(token):  # "militant groups", "student organisations": groups of those people
        role, start = _bodies_of(token, phrase, start)
    if (
        role is None
        or (token.pos_ != "NOUN" and role is not _PLACE_PEOPLE)
        or (token.ent_type_ in _NAMED_ENTS and role is not _PLACE_PEOPLE)
        or token.dep_ not in GENERIC_DEPS
        or (
            token.i + 1 < len(token.doc) and token.doc[token.i + 1].tag_ in ("NN", "NNS")
        )  # "people smugglers"
        or names_someone(token)
        or defined_term(token)
        or idiom_word(token)
        or (
            token.dep_ == "nsubj" and reporting_verbs().get(token.head.lemma_, "act") != "act"
        )  # "said a protester": unattributed; "protesters accused the police": an act on someone
        or ((definite_singular(token) or _both(token)) and person_named_before(reg, token))
    ):
        return None
    if role.cameo_role == "CVL" and _does_armed_violence(token):
        role = _ARMED  # "unidentified men who fired shots", "a group of men stormed a checkpoint"
    if _bodies(token) and token.dep_ != "nsubj" and not agent_noun(token):
        # "destroy terrorist organizations": a party only if something makes it one
        reg.bodies_read.add(token.i)
    return RoleMatch(role, start, len(phrase))


def idiom_word(token: Token) -> bool:
    """ "met in person", "fell victim to the scam", "bore witness to it": a singular people noun with no article,
    possessor, number or modifier outside a subject is a word of an idiom, no one ("a person", "the victim", "every
    witness" are someone; a headline's "Man arrested" is a subject)."""
    return (
        token.tag_ == "NN"
        and token.dep_ not in SUBJECT_DEPS
        and token.dep_ != "conj"  # "a man and woman were hurt"
        and all(c.dep_ in ("prep", "punct") for c in token.children)
    )


def defined_term(token: Token) -> bool:
    """ "The Participants commit to ...": a common noun written with a capital after "the" inside a sentence is a
    term the text defined for parties it names ("the United States and Japan (together, the “Participants”)"),
    not unnamed civilians; a capital run on ("the Participants Forum") is a name or heading, left to the rest."""
    if not token.text[:1].isupper() or token.is_upper or token.i == token.sent.start:
        return False
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.nbor(-1).lower_ == "the" and (after is None or not after.text[:1].isupper())


def _phoenix_agent(token: Token, phrase: list[Token]) -> tuple[Role | None, int]:
    """The longest PETRARCH agent phrase ending in the noun ("asylum seekers", "riot police"), and where it starts
    in ``phrase``; only for a plural or a noun a country word modifies ("Iraqi television"): a bare singular
    ("intelligence", "a school") is a thing or one person, not a group CAMEO codes."""
    table = phoenix_agents()
    last = (token.lemma_.lower(), token.lower_)
    if last[0] not in phoenix_last_words() and last[1] not in phoenix_last_words():
        return None, len(phrase) - 1  # the loop below would find no phrase
    width = min(phoenix_max_words(), len(phrase))
    lowers = [t.lower_ for t in phrase[len(phrase) - width : -1]]  # read once for every length tried
    for n in range(width, 0, -1):
        head = tuple(lowers[width - n :])
        role = table.get((*head, last[0])) or table.get((*head, last[1]))
        if role is None:
            continue
        start = len(phrase) - n
        if (token.tag_ == "NNS" or country_of(phrase[:start]) is not None) and (
            token.dep_ == "nsubj" or agent_noun(token) or (n > 1 and _bodies(token))
        ):
            return role, start
        return None, start
    return None, len(phrase) - 1


# Endings of a noun for whoever does what its verb says ("whaler", "organizer", "contractor")
DOER_ENDINGS = ("er", "or")


def _doer_role(token: Token, owned) -> Role | None:
    """Unnamed people no lexicon lists, named by what they do: a plural -er/-or noun built on an English verb
    ("poachers", "organizers", "marchers") that acts in its clause (``_acts``) and is no one's
    (``_of_someone``); its class is the noun itself, with no CAMEO agent code. Elsewhere such a noun is as often
    a thing ("seized the containers")."""
    lemma = token.lemma_.lower()
    if token.tag_ != "NNS" or token.ent_type_ or len(lemma) < 5 or not lemma.endswith(DOER_ENDINGS):
        return None
    stem = lemma[:-2]
    verbs = english_verbs()
    # "whal-er", "organiz-er", "logg-er": the verb, its silent "e" or its doubled last consonant; a noun that is
    # itself a verb is most often a thing ("numbers", "counters", "orders")
    if lemma in verbs or not ({stem, stem + "e", stem[:-1] if stem[-1] == stem[-2] else stem} & verbs):
        return None
    if not _acts(token) or _of_someone(token, owned):
        return None
    return Role(lemma, token.lower_, None, "person", frozenset())


def _of_someone(token: Token, owned) -> bool:
    """ "negotiators for the government", "inspectors from the agency": the body or people they are of act
    (``owned``: tokens of actors so far)."""
    return any(
        p.dep_ == "prep"
        and p.lower_ in ("of", "for", "from")
        and any(
            o.dep_ == "pobj"
            and (o.i in owned or o.pos_ == "PROPN" or o.ent_type_ or find_role([o]) is not None)
            for o in p.children
        )
        for p in token.children
    )


def _acts(token: Token) -> bool:
    """The noun names who acts: the subject of an active verb, the "by" agent of a passive, or the one asked or
    told to act ("asked the whalers to stop", "told the marchers that ...")."""
    head = token.head
    if token.dep_ == "nsubj":
        return head.pos_ == "VERB"
    if token.dep_ == "pobj":
        return head.lower_ == "by" and head.dep_ == "agent"
    return (
        token.dep_ == "dobj"
        and head.pos_ == "VERB"
        and any(c.dep_ in ("xcomp", "ccomp") and c.i > token.i for c in head.children)
    )


def _does_armed_violence(token: Token) -> bool:
    """The people the noun names are the doers of an armed act: its active subject, directly, through "a group
    of", or through a relative clause ("men who opened fire"), or its passive's "by" ("were shot by a man")."""
    holder = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else token
    if holder.dep_ == "nsubj" and holder.head.lemma_ in _ARMED_ACTS:
        return True
    if holder.dep_ == "pobj" and holder.head.dep_ == "agent" and holder.head.head.lemma_ in _ARMED_ACTS:
        return True
    return any(
        c.dep_ == "relcl"
        and c.lemma_ in _ARMED_ACTS
        and any(s.dep_ == "nsubj" and s.tag_ in ("WP", "WDT") for s in c.children)
        for c in token.children
    )


def _bodies(token: Token) -> bool:
    """A plural noun for bodies of people ("groups", "organisations", "factions"): with the words before it that
    make a PETRARCH agent phrase ("terrorist groups", "non-governmental organisations") they are parties wherever
    they stand ("sanctioned terrorist groups", "signed a treaty with rebel groups"); a singular ("the group") most
    often points back to a body the article named."""
    return token.tag_ == "NNS" and token.lemma_.lower() in org_anaphors()


def _bodies_of(token: Token, phrase: list[Token], start: int) -> tuple[Role | None, int]:
    """The role of the people noun right before a plural body noun ("militant groups" -> rebels), and where it
    starts in ``phrase``; (None, ``start``) when there is none."""
    before = phrase[-2] if len(phrase) > 1 else None
    if before is None or before.dep_ not in ("amod", "compound") or before.head.i != token.i:
        return None, start
    role = generic_agents().get(before.lemma_.lower())
    return (role, len(phrase) - 2) if role is not None else (None, start)


def agent_noun(token: Token) -> bool:
    """A noun for people by its form ("seekers", "abductors", "servicemen", "personnel"); other agent nouns
    (warplanes, state television, battalions) act only as a clause's subject: as an object they are things acted
    on ("fired tear gas", "summoned two battalions")."""
    word = token.lower_
    return word.endswith(AGENT_SUFFIXES) or token.lemma_.lower() in AGENT_PLURALS


def generic_label(token: Token, role_class: str, first: int | None = None) -> str:
    """The group's label: proper or noun modifiers ("Indigenous", "IT") before the class; never a country word,
    a number, a plain adjective ("armed", "young") or a word of the agent phrase itself (from ``first``:
    "asylum seekers" are refugees, not "asylum refugees")."""
    kinds = [
        t.text if t.text.isupper() else t.lower_  # "IT workers", "indigenous civilians"
        for t in token.children
        if t.i < (token.i if first is None else first)
        and t.dep_ in ("amod", "compound")
        and t.is_alpha
        and (t.pos_ in ("NOUN", "PROPN") or (t.text[:1].isupper() and not t.is_sent_start))  # not "Many"
        and t.ent_type_ not in ("GPE", "NORP", "PERSON", "ORG", "DATE", "CARDINAL")
        and not lookup_alias(t.text)
    ]
    return " ".join([*kinds, role_class.replace("_", " ")])


def clause_party(reg: Registry, token: Token) -> tuple[bool, str | None]:
    """Where the noun's people belong when its phrase names no country: a place after it ("people in Haiti's
    Artibonite region"), the place the clause happens in ("British soldiers shot a man in Basra" -> Iraq: an
    actor abroad does not lend its country to whom it acts on), else the other party of its clause ("Nigerian
    police arrested a man" -> Nigeria). (True, None) when the other party's country is unknown ("Thames Valley
    Police arrested a man"): then not the article's main country either."""
    verb = token.head.head if token.dep_ == "pobj" else token.head
    country = _place_after(token) or _place_after(verb)  # "delivered food aid to 3 million people in Yemen"
    if country:
        return True, country
    found = False
    for other in verb.children:
        if other.i == token.i or other.dep_ not in GENERIC_DEPS:
            continue
        owner = reg.token_owner.get(other.i)
        if owner is not None:
            if owner.actor.country_code:
                return True, owner.actor.country_code
            found = True
        elif other.pos_ == "PRON":
            found = True  # "they arrested a man": resolved later, its country unknown here
    return found, None


def clause_place(token: Token) -> str | None:
    """The country of the place the clause of an argument noun happens in ("a gunman shot shoppers at a store in
    El Paso, Texas")."""
    if token.dep_ not in GENERIC_DEPS:
        return None
    return _place_after(token.head.head if token.dep_ == "pobj" else token.head)


def _place_after(head: Token, depth: int = 0) -> str | None:
    """The country of a place in a prepositional phrase on ``head`` ("in Yemen", "in Haiti's Artibonite region"),
    also one level down ("at a Walmart store in the U.S. city of El Paso")."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS:
            continue
        for place in (o for o in prep.children if o.dep_ == "pobj"):
            named, country = place_country(place)
            if country is None and not named and prep.lower_ == "in":  # not "in the Gulf", a bare "Gulf" town
                country = country_of(list(place.subtree))
            if country is None and depth == 0:
                country = _place_after(place, 1)
            if country:
                return country
    return None


def names_someone(token: Token) -> bool:
    """ "a man named X", "the suspect, X,", "gunman X": the name is the actor, not the noun."""
    for child in token.children:
        if child.dep_ in ("appos", "compound", "nmod") and child.ent_type_ in ("PERSON", "ORG"):
            return True
        if child.dep_ == "acl" and child.lemma_.lower() in _NAMING_VERBS:
            return True
    if (
        token.dep_ == "dobj"
        and any(  # "detained the man, later identified as X": the parser hangs it on the verb
            c.dep_ in ("advcl", "dep", "acl")
            and c.i > token.i
            and c.tag_ == "VBN"
            and c.lemma_.lower() in _NAMING_VERBS
            for c in token.head.children
        )
    ):
        return True
    return token.head.ent_type_ == "PERSON" and token.dep_ in ("appos", "compound")


def definite_singular(token: Token) -> bool:
    """ "the leader", "this man": one someone already named, likelier than someone new."""
    return token.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in token.children)


def _both(token: Token) -> bool:
    """ "both men rejected ...": the two people named before, not a new group."""
    return any(c.dep_ in ("det", "predet") and c.lower_ == "both" for c in token.children)


def person_named_before(reg: Registry, token: Token, types: tuple[str, ...] = ("person",)) -> bool:
    """Someone of ``types`` is named by name within ``PERSON_BACK_SENTENCES`` before the token."""
    first = reg.sentence_index(token.i) - PERSON_BACK_SENTENCES
    limit = (
        reg.sent_starts[first] if first > 0 else -1
    )  # a mention before this word is in an earlier sentence
    for m in reg.mentions_before(token.i):  # nearest first: the rest are further back still
        if m.start < limit:
            return False
        if m.actor.actor_type in types and m.kind == "name":
            return True
    return False


def clause_subject(token: Token) -> Token | None:
    """The subject of the clause whose object ``token`` is (through to-/-ing clauses)."""
    if token.dep_ not in ("dobj", "dative") and not (
        token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.head.pos_ == "VERB"
    ):
        return None
    verb = token.head if token.dep_ != "pobj" else token.head.head
    for _ in range(3):
        subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is not None:
            return subj
        if verb.dep_ not in ("xcomp", "advcl", "conj") or verb.head == verb:
            return None
        verb = verb.head
    return None


def clause_subject_actor(reg: Registry, token: Token) -> Actor | None:
    """Actor of the subject of the clause whose object ``token`` is."""
    subj = clause_subject(token)
    owner = reg.token_owner.get(subj.i) if subj is not None else None
    return owner.actor if owner else None
