"""Common-noun descriptions: a role noun linked back to the person who holds it ("the foreign minister"), or
made a generic group ("police", "economists"); "the commission" back to the organisation it abbreviates."""

from __future__ import annotations

from functools import lru_cache

from spacy.attrs import POS
from spacy.tokens import Doc, Token

from newsroom.extract.actors.gazetteer import demonym_country
from newsroom.extract.actors.generic import (
    clause_party,
    clause_subject,
    generic_agent,
    generic_label,
    names_someone,
    person_named_before,
)
from newsroom.extract.actors.groups import ONE_PER_STATE, add_generic, dominant_country, named_before
from newsroom.extract.actors.occasions import body_names_occasion
from newsroom.extract.actors.places import country_of, entity_text, of_country, of_phrase
from newsroom.extract.actors.registry import Actor, ActorMention, HeldRole, Registry
from newsroom.extract.actors.roles import (
    SPEAKING_FOR_BODY,
    RoleMatch,
    find_role,
    holds,
    qualifiers,
    unnamed_holder_noun,
)
from newsroom.extract.actors.speakers import speaker_group, speaks
from newsroom.extract.actors.words import ARGUMENT_DEPS, MAX_PHRASE_TOKENS, SUBJECT_DEPS, norm
from newsroom.extract.lexicon import (
    NAME_CACHE_SIZE,
    Role,
    collective_offices,
    lookup_alias,
    org_anaphors,
    person_nouns,
)
from newsroom.extract.scan import indices_with

DESCRIPTION_BACK_SENTENCES = 3
DESCRIPTION_AHEAD_SENTENCES = 2
DEFINITE_DETS = frozenset({"the", "this", "that", "these", "those"})
ANAPHOR_BACK_SENTENCES = 8
# Subjects not yet resolved when descriptions are read, which stand for a person ("he met the director")
PERSON_SUBJECT_PRONOUNS = frozenset({"he", "she", "who"})


def add_descriptions(reg: Registry) -> None:
    """Each unclaimed noun outside quotes: a body modifying another noun, an organisation's short name, or a
    role phrase ending in it."""
    dominant = dominant_country(reg)
    persons = reg.persons()
    spokespeople: list[tuple[Token, list[Token], RoleMatch]] = []  # read once every body has its actor
    for i in indices_with(reg.doc, POS, ("NOUN", "PROPN")):
        if i in reg.token_owner or i in reg.quoted:
            continue  # asked before making the Token: most nouns of an article are taken by then
        token = reg.doc[i]
        if token.dep_ == "compound":
            _add_modifying_body(reg, token, dominant)
            continue
        phrase = _noun_phrase(reg.doc, token)
        if not phrase or phrase[-1].i != token.i:
            continue
        phrase = _with_hyphened_title(reg.doc, token, phrase)
        if _add_org_anaphor(reg, token, phrase):
            continue
        found = find_role(phrase)
        if found is not None and _social_media(token):
            continue  # "on social media": platforms and their users, not the press
        if found is not None and _collective_of_people(token):
            continue  # "a mob of gunmen": the people it is made of say who acts
        if found is None or found.end != len(phrase):
            _add_generic_agent(reg, token, phrase, dominant)  # "police arrested a man"
            if (
                token.i not in reg.token_owner
                and (speakers := speaker_group(token, reg.token_owner, _fresh(reg, token))) is not None
            ):
                found = RoleMatch(speakers, len(phrase) - 1, len(phrase))  # "Proponents say ..."
                add_generic(reg, token, phrase, found, None, _free_start(reg, phrase, found), dominant)
            elif token.i not in reg.token_owner and _unnamed_body(reg, token, phrase):
                found = RoleMatch(
                    Role(token.lemma_.lower(), token.lemma_.lower(), None, "body", frozenset()),
                    len(phrase) - 1,
                    len(phrase),
                )
                add_generic(
                    reg, token, phrase, found, country_of(phrase), _free_start(reg, phrase, found), dominant
                )
            continue
        if found.role.role_class == SPOKESPERSON and _unnamed_spokesperson(token, persons):
            spokespeople.append((token, phrase, found))  # "a spokesman for the ministry": read after it
            continue
        _add_role_noun(reg, token, phrase, found, persons, dominant)
    for token, phrase, found in spokespeople:
        if not _add_spokesperson(reg, token):
            _add_role_noun(reg, token, phrase, found, persons, dominant)


def add_quoted_groups(reg: Registry) -> list[ActorMention]:
    """People and bodies a quotation names by a common noun ("we have arrested two people", "I'm asking people to
    vote", "the police beat us"): the passes leave quoted words to the speaker, so an event the quotation tells had
    no party for them. Read after the quotes (whose speakers they never are), as the narration's groups are, but
    not a government or officials (a quotation's "the government" is often the speaker's own, or another country's,
    not the story's: the resolver takes it back to the one named outside) nor people the speaker owns, and with a
    country only where the quotation's own words give one (a speaker may speak of any country's people); the
    mentions made are returned, for ``ArticleActors.keep_quoted_groups`` to keep only where an event takes them."""
    if not reg.quoted:
        return []
    made = []
    for i in indices_with(reg.doc, POS, ("NOUN",)):
        if i not in reg.quoted or i in reg.token_owner:
            continue
        token = reg.doc[i]
        if token.dep_ in ("compound", "poss", "nsubj"):
            continue  # "other people's countries": whose, not who; "all employers must comply": a rule, no act
        phrase = _noun_phrase(reg.doc, token)
        if (
            not phrase
            or phrase[-1].i != i
            or _speakers_own(reg, token)
            or any(t.i in reg.token_owner for t in phrase)
        ):
            continue  # "U.S. forces", "Hamas fighters": the name in the phrase is who they are
        found = find_role(phrase)
        if found is None or found.end != len(phrase):
            if not _one_person(token):  # '"We asked a person from the company to …"': someone, not a group
                _add_generic_agent(reg, token, phrase, None)
        elif (
            (found.role.kind == "body" or token.tag_ == "NNS")
            and found.role.cameo_role != "GOV"
            and not _stance(token)
            and not _social_media(token)
            and not _collective_of_people(token)
            and not _body_named_outside(reg, token, found.role.cameo_role)
        ):
            country = country_of(phrase) or of_country(token) or _subject_possessor_country(reg, token)
            add_generic(reg, token, phrase, found, country, _free_start(reg, phrase, found), None)
        if (mention := reg.token_owner.get(i)) is not None:
            made.append(mention)
    return made


def _body_named_outside(reg: Registry, token: Token, sector: str | None) -> bool:
    """'thanked "the police … for their response"' after "Acme County Police officers shot …": a quotation's
    common noun for a body the narration names (by its sector, or as its name's last word) is that body, which the
    resolver reads it back to."""
    word = token.lemma_.lower()
    return any(
        (sector and (a.cameo or "").endswith(sector)) or a.name.lower().rsplit(" ", 1)[-1] == word
        for a in reg.by_index.values()
    )


def _speakers_own(reg: Registry, token: Token) -> bool:
    """ "our citizens", "their government", "my colleagues": whose they are is the speaker's framing, which the
    article's country does not settle; "the people of Scotland": the named party they are of is who acts or is
    acted on (the resolver reads the "of" phrase)."""
    return any(
        (c.dep_ == "poss" and c.pos_ == "PRON")
        or (
            c.dep_ == "prep"
            and c.lower_ in ("of", "from", "for")
            and any(o.dep_ == "pobj" and o.i in reg.token_owner for o in c.children)
        )
        for c in token.children
    )


# Who a definite plural of people ("the campaigners") could point back to: people or bodies named just before
_PLURAL_ANTECEDENTS = ("person", "organization", "group")


def _fresh(reg: Registry, token: Token) -> bool:
    """No one named shortly before whom a definite description could point back to: a person for "the
    witness"; a person or body for "the campaigners" ("X and Y run clinics. The partners said ..." are X and Y)."""
    return not person_named_before(reg, token, _PLURAL_ANTECEDENTS if token.tag_ == "NNS" else ("person",))


# The role class of those who speak for a body ("spokesman", "spokeswoman", "spokesperson")
SPOKESPERSON = "spokesperson"
_FOR_BODY_PREPS = frozenset({"for", "of", "from", "at"})


def _unnamed_spokesperson(token: Token, persons: list[Actor]) -> bool:
    """A spokesperson noun that says whose it is and is no title or apposition of a named person ("spokesman
    John Roe", "Jo Roe, a spokeswoman for the ministry,"), nor "the spokesman" of an article that names a
    spokesperson: those are read with the person, in the text's order."""
    if not unnamed_holder_noun(token) and any(
        held.role.role_class == SPOKESPERSON for person in persons for held in person.roles
    ):
        return False
    return (
        token.tag_ == "NN"
        and token.dep_ not in ("compound", "appos")
        and token.head.ent_type_ != "PERSON"
        and not any(t.ent_type_ == "PERSON" for t in token.subtree)  # "spokesman to the U.N. Jo Roe"
        and bool(_whose(token))
    )


def _whose(token: Token) -> list[Token]:
    """The words that may name the body a spokesperson speaks for: "for"/"of"/"from"/"at" objects and the
    possessor or modifiers before it."""
    found = [c for c in token.children if c.i < token.i and c.dep_ in ("compound", "poss", "nmod")]
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in _FOR_BODY_PREPS:
            found += [o for o in prep.children if o.dep_ == "pobj"]
    return found


def _add_spokesperson(reg: Registry, token: Token) -> bool:
    """An unnamed spokesperson of a body ("a spokesman for the ministry", "said a spokeswoman for the Nigerian
    police", "an Acme spokeswoman") is that body speaking: a mention of the body's actor, so the statement and its
    quotation are the body's, not an unnamed person's. Read after every noun, since a body named by its common
    noun gets its actor only after the role before it. Not one of a person or place."""
    if token.i in reg.token_owner:
        return False
    for word in _whose(token):
        owner = reg.token_owner.get(word.i)
        if owner is not None and speaking_body(owner.actor):
            free = [t for t in _noun_phrase(reg.doc, token) if t.i not in reg.token_owner and t.tag_ != "POS"]
            start = token.i  # after the body's own words: "an Acme spokeswoman" -> "spokeswoman"
            while len(free) > 1 and free[-1].i == start and free[-2].i == start - 1:
                free.pop()
                start -= 1
            return reg.add_mention(owner.actor, start, token.i + 1, "description") is not None
    return False


def speaking_body(actor: Actor) -> bool:
    """An organisation, or a group that is an institution (police, an army, a ministry), not unnamed people."""
    if actor.actor_type == "organization":
        return True
    return actor.actor_type == "group" and bool(actor.cameo) and not actor.cameo.endswith("CVL")


def _unnamed_body(reg: Registry, token: Token, phrase: list[Token]) -> bool:
    """ "The group said …" in an article that names no organisation, "an Israeli group announced …": a body noun
    (``org_anaphors``) that acts or speaks as a clause's subject and can stand for no named organisation (one
    named later is most often the one meant: "the network went off-air … ABS-CBN") is a body of its own, named
    by its noun; an indefinite one only with a word saying which ("a group" alone is no one). Not "a group of
    monks" (they act), "a group calling itself X" (X acts), nor a phrase with a name or a noun in it ("the Hamas
    group", "the shipping company")."""
    if (
        token.tag_ != "NN"
        or token.ent_type_
        or token.dep_ != "nsubj"
        or token.head.pos_ not in ("VERB", "AUX")
        or token.lemma_.lower() not in org_anaphors()
        or any(p.dep_ == "prep" and p.lower_ == "of" for p in token.children)
        or names_someone(token)
        or not all(
            t.i == token.i or t.dep_ == "det" or (t.dep_ == "amod" and t.pos_ == "ADJ") for t in phrase
        )
    ):
        return False
    dets = [c.lower_ for c in token.children if c.dep_ == "det"]
    if dets in (["a"], ["an"]):
        return len(phrase) > 2
    return dets == ["the"] and not any(
        m.actor.actor_type in ("organization", "group") and m.kind == "name" for m in reg.mentions
    )


def _social_media(token: Token) -> bool:
    """ "social media": platforms and the people posting on them, not a country's press."""
    return token.lower_ == "media" and token.i > 0 and token.doc[token.i - 1].lower_ == "social"


def _collective_of_people(token: Token) -> bool:
    """A collective noun ("mob", "crowd", "band") followed by "of" and a plural noun of people."""
    return any(
        p.dep_ == "prep"
        and p.lower_ == "of"
        and any(o.dep_ == "pobj" and o.tag_ == "NNS" and find_role([o]) is not None for o in p.children)
        for p in token.children
    )


def _noun_phrase(doc: Doc, token: Token) -> list[Token]:
    # by index, not a slice: asked of every noun, and spaCy's slice is a Span built by Python code
    start = max(token.left_edge.i, token.i - MAX_PHRASE_TOKENS)
    return [t for t in map(doc.__getitem__, range(start, token.i + 1)) if not t.is_punct and not t.is_space]


def _with_hyphened_title(doc: Doc, token: Token, phrase: list[Token]) -> list[Token]:
    """ "the OAS secretary-general": a title the parser split at its hyphen ("general" a modifier of "secretary")
    is read whole when the role lexicon knows it, so it is not taken for the secretary the article names."""
    tail = token.i + 2
    if (
        tail >= len(doc)
        or doc[token.i + 1].text != "-"
        or token.whitespace_
        or doc[token.i + 1].whitespace_
        or doc[tail].head.i != token.i  # "Vice-President Ana Ruiz": the title is the name's
    ):
        return phrase
    longer = [*phrase, doc[tail]]
    found = find_role(longer)
    return (
        longer if found is not None and found.end == len(longer) and found.end - found.start > 1 else phrase
    )


def _add_modifying_body(reg: Registry, token: Token, dominant: str | None) -> None:
    """ "the police response": the body modifying a non-role noun is an actor; not "a press conference"."""
    found = find_role([token], body=True)
    if (
        found
        and not _social_media(token)
        and not body_names_occasion(token)
        and token.head.i > token.i
        and find_role([token.head]) is None
        and token.head.i not in reg.token_owner
    ):
        # "a German government source": the country of the phrase the body opens
        country = country_of(list(reg.doc[token.head.left_edge.i : token.i]))
        add_generic(reg, token, [token], found, country, token.i, dominant, force=True)


def _add_generic_agent(reg: Registry, token: Token, phrase: list[Token], dominant: str | None) -> None:
    """An unnamed person or people ("a man", "Indigenous people") as a group of their class and country; not one
    person from a body ("a man from the company", "a woman from the ministry"), who is at most that body's."""
    if _one_person(token) and _from_body(reg, token):
        return
    found = generic_agent(reg, token, phrase)
    if found is not None and (earlier := named_before(reg, token, phrase, found.role)) is not None:
        reg.add_mention(earlier, _free_start(reg, phrase, found), token.i + 1, "description")
    elif found is not None:
        country = (
            country_of(phrase)
            or demonym_country(token.text)
            or of_country(token)
            or _subject_possessor_country(reg, token)
        )
        if country is None:
            party, country = clause_party(reg, token)
            dominant = (
                None if party else dominant
            )  # the other party's country, even unknown, over the article's
        label = generic_label(token, found.role.role_class, phrase[found.start].i)
        add_generic(
            reg, token, phrase, found, country, _free_start(reg, phrase, found), dominant, label=label
        )


def _country_word(token: Token, country: str) -> bool:
    """The role noun's phrase or its "of" phrase names ``country`` by the country's own name or demonym ("the
    Iranian foreign minister", "Iraq's president", "the president of the United States"), not by a body or place
    of it ("the Labour leader", "the AFP's correspondent")."""
    tail = of_phrase(token)
    words = [t for t in token.subtree if t.i < token.i] + (list(tail.subtree) if tail is not None else [])
    for t in words:
        entry = lookup_alias(entity_text(t)) if t.ent_iob_ == "B" else None
        entry = entry or (lookup_alias(t.text) if t.text[:1].isupper() else None)
        if entry is not None and entry.actor_type == "country" and entry.country_code == country:
            return True
    return False


def _one_person(token: Token) -> bool:
    """A singular noun for one person after "a", "an", "another" or "one" ("a person", "a worker"): no group, which
    needs a plural or a collective noun ("people", "a crowd")."""
    return (
        token.tag_ == "NN"
        and token.lemma_.lower() in person_nouns()
        and any(
            c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "another", "one") for c in token.children
        )
    )


def _from_body(reg: Registry, token: Token) -> bool:
    """ "a man from the company", "a woman from Acme": the noun's "from" names a body (an organisation or group
    actor, a body's common noun, a word that points back to one), not a place."""
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ != "from":
            continue
        for pobj in prep.children:
            owner = reg.token_owner.get(pobj.i)
            if pobj.dep_ == "pobj" and (
                (owner is not None and owner.actor.actor_type in ("organization", "group"))
                or (
                    owner is None
                    and (
                        pobj.lemma_.lower() in org_anaphors()
                        or ((role := find_role([pobj])) is not None and role.role.kind == "body")
                    )
                )
            ):
                return True
    return False


def _subject_possessor_country(reg: Registry, token: Token) -> str | None:
    """ "The Japanese government warned its citizens in China": "its"/"their" people are those of the clause's
    subject, not of the place they are in."""
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in token.children):
        return None
    subject = next((c for c in token.head.children if c.dep_ in SUBJECT_DEPS), None)
    owner = reg.token_owner.get(subject.i) if subject is not None else None
    return owner.actor.country_code if owner is not None else None


def _add_role_noun(
    reg: Registry,
    token: Token,
    phrase: list[Token],
    found: RoleMatch,
    persons: list[Actor],
    dominant: str | None,
) -> None:
    """A role phrase: a group for bodies and plurals; else the person holding the office, or someone new."""
    role = found.role
    tail = of_phrase(token)
    country = country_of(phrase) or of_country(token)
    start = _free_start(reg, phrase, found)
    if role.kind == "body" or token.tag_ in ("NNS", "NNPS"):
        country = country or _subject_possessor_country(reg, token)
        if not _stance(token):
            add_generic(reg, token, phrase, found, country, start, dominant)
        return
    quals = qualifiers(phrase, found)
    if (acting := _acting_on(token)) is not None and (owner := reg.token_owner.get(acting.i)) is not None:
        persons = [a for a in persons if a is not owner.actor]
    bodies = _bodies_of_role(reg, token, phrase, found)
    in_body, titled = _may_hold_in(reg, token, bodies, persons) if bodies else (persons, persons)
    named = _name_run_on(reg, token)
    if named is not None:
        _give_role(named, role, country, quals)
        reg.add_mention(named, start, token.i + 1, "description")
        return
    unnamed = _unnamed_one_before(reg, token, phrase)
    if unnamed is not None:
        reg.add_mention(unnamed, start, token.i + 1, "description")
        return
    holder = _holder(reg, token.i, role, country, quals, titled)
    if holder is not None and _predicative(token) and _predicate_subject(reg, token) is not holder:
        return  # "The 54-year-old became State Premier": said of the subject, not the premier named elsewhere
    if holder is not None and unnamed_holder_noun(token) and not _predicative(token):
        # '"...," an executive said': an indefinite role noun is never one the article named with the role
        # before it ("then-Acme executive Jane Roe"); it may be one named after it ("A federal judge ...
        # Judge Ada Okafor said")
        if any(m.actor is holder and m.kind == "name" and m.start < token.i for m in reg.mentions):
            holder = None
    if holder is None and unnamed_holder_noun(token):
        # "a judge sentenced him": an indefinite role noun brings in someone new, not the last person named
        if (
            not _speaks_for_owner(reg, token, phrase)
            and not _predicative(token)
            and not _persons_staff(reg, token, phrase)
        ):
            add_generic(reg, token, phrase, found, country, start, dominant)
        return
    if holder is None and acting is not None and acting.lower_ in PERSON_SUBJECT_PRONOUNS:
        return  # "he met the legislative director": the untitled person named last is most likely "he"
    if holder is None:
        holder = _unnamed_holder(reg, token, persons, country, {id(a) for a in in_body})
        if holder is None:
            if speaks(token) and start == phrase[0].i and not _of_someone(token):
                # '"...," said the treasurer' with no treasurer named: the role speaks; "the Army's commander"
                # and "the prosecutor of the court" are the body's
                add_generic(reg, token, phrase, found, country, start, dominant)
            return
        _give_role(holder, role, country, quals)
    end = token.i + 1
    if tail is not None and not any(i in reg.token_owner for i in range(end, tail.i + 1)):
        end = tail.i + 1
    reg.add_mention(holder, start, end, "description")


def _bodies_of_role(reg: Registry, token: Token, phrase: list[Token], found: RoleMatch) -> set[int]:
    """The named organisations or groups a person's office is said to be in: a name before the office ("the
    Labour leader", "the Hamas MP") or its "of" phrase ("the leader of Tikva"; a name NER tagged a body, whatever
    actor it became); ids of their actors. None for the offices that speak for a body or are its collective
    ("the party executive", ``collective_offices``)."""
    if found.role.role_class in SPEAKING_FOR_BODY or token.lemma_.lower() in collective_offices():
        return set()
    words = phrase[: found.start]
    if (tail := of_phrase(token)) is not None:
        words = [*words, tail]
    return {
        id(owner.actor)
        for t in words
        if (owner := reg.token_owner.get(t.i)) is not None
        and owner.kind == "name"
        and (owner.actor.actor_type in ("organization", "group") or t.ent_type_ == "ORG")
        and not _countrys_government(owner.actor)  # its country says it
    }


def _may_hold_in(
    reg: Registry, token: Token, bodies: set[int], persons: list[Actor]
) -> tuple[list[Actor], list[Actor]]:
    """Who may hold an office in these bodies, and which of them by a title of theirs: those the article ties to
    one of them (``_tied_to``), when it ties anyone; else anyone it does not tie to another body or country ("the
    former Labour leader" for the prime minister the page never names with Labour, not "the leader of Tikva" for a
    Kadima or American politician), and by a title only one named before ("The leader of the party said", not
    the prime minister the article names later)."""
    members = [m.actor for m in reg.mentions if id(m.actor) in bodies]
    misread = {id(a) for a in persons if _body_misread(reg, a, {b.name.lower() for b in members})}
    tied = [a for a in persons if _tied_to(reg, token, bodies, a)]
    if any(id(a) in misread for a in tied):
        return [], []  # the body itself, read as a person ("Acme's former president"): its holder is unnamed
    if tied:
        return tied, tied
    persons = [a for a in persons if id(a) not in misread]
    countries = {a.country_code for a in members if a.country_code}
    others = {
        id(m.actor)
        for m in reg.mentions
        if m.kind == "name"
        and id(m.actor) not in bodies
        and m.actor.actor_type in ("organization", "group")
        and not _countrys_government(m.actor)
    }
    free = [
        a
        for a in persons
        if not (a.country_code and countries and a.country_code not in countries)
        and not _named_with_body(reg, a, others)
    ]
    before = {id(m.actor) for m in reg.mentions_before(token.i)}
    return free, [a for a in free if id(a) in before]


def _countrys_government(actor: Actor) -> bool:
    """The government of a country (cameo "<country>GOV"): no body an office is held in apart from its country."""
    return actor.cameo == f"{actor.country_code}GOV"


def _body_misread(reg: Registry, person: Actor, body_names: set[str]) -> bool:
    """A "person" that is a body read as one: it bears the body's name ("Tikva"), or is listed with bodies ("CEOs
    representing Acme, Borealis Pharma, Cobalt Labs")."""
    if person.name.lower() in body_names:
        return True
    return any(
        (owner := reg.token_owner.get(c.i)) is not None
        and owner.actor.actor_type in ("organization", "group")
        for m in reg.mentions
        if m.actor is person and m.kind == "name"
        for c in reg.doc[m.end - 1].conjuncts
    )


def _tied_to(reg: Registry, token: Token, bodies: set[int], person: Actor) -> bool:
    """Whether the article ties a person to an office in these bodies: it names them with one of them, says the
    office of them ("Okafor being the new head of the APP"), or names them beside it (``_set_beside``)."""
    return (
        (_predicative(token) and _predicate_subject(reg, token) is person)
        or any(
            m.actor is person and m.kind == "name" and _set_beside(token, m)
            for m in (*reg.mentions_before(token.i)[:3], *reg.mentions_from(token.i))
        )
        or _named_with_body(reg, person, bodies)
    )


def _named_with_body(reg: Registry, person: Actor, bodies: set[int]) -> bool:
    """Whether the article names the person with one of these bodies in a phrase of theirs ("Tikva leader Dov
    Lindqvist", "Dov Lindqvist of Tikva", "Labour's Jane Roe"): only then is "the Tikva leader" that person."""
    names = {
        reg.doc[i].lower_
        for m in reg.mentions
        if id(m.actor) in bodies and m.kind == "name"
        for i in range(m.start, m.end)
        if reg.doc[i].pos_ == "PROPN"
    }
    for m in reg.mentions:
        if m.actor is not person:
            continue
        for t in _own_phrase(reg.doc[m.end - 1]):
            owner = reg.token_owner.get(t.i)
            # a title word the person's name took ("Tikva leader Dov Lindqvist") is no mention of the body
            if (owner is not None and id(owner.actor) in bodies) or (owner is None and t.lower_ in names):
                return True
    return False


# clauses and coordinates hung on a name: what they name is not said of the person ("Lord Okoro (whom she
# ennobled as part of her party's reforms)", "X and the League")
_NOT_OWN_PHRASE = frozenset({"relcl", "acl", "advcl", "ccomp", "parataxis", "conj", "cc"})


def _own_phrase(token: Token) -> list[Token]:
    """A name's own phrase: its subtree without the clauses and coordinates hung on it."""
    out, stack = [], [token]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in _NOT_OWN_PHRASE)
    return out


def _acting_on(token: Token) -> Token | None:
    """ "Dr X accused the prime minister", "Y met with Canada's prime minister": the subject of the clause a role
    noun is the object of acts on someone else, so it holds the role no more than a name would be its own
    object; the role goes to its holder named elsewhere, the office's country, or no one. Not a role said of
    the subject ("served as prime minister")."""
    while token.dep_ == "conj" and token.head.pos_ in ("NOUN", "PROPN"):
        token = token.head  # "met the president and the prime minister"
    return None if _predicative(token) else clause_subject(token)


def _give_role(holder: Actor, role: Role, country: str | None, quals: frozenset[str]) -> None:
    """The office the description titles its person with, and the country and CAMEO code it implies."""
    holder.roles.append(HeldRole(role, country, quals))
    if country and not holder.country_code:
        holder.country_code = country
    if role.cameo_role and holder.country_code and not holder.cameo:
        holder.cameo = holder.country_code + role.cameo_role


def _name_run_on(reg: Registry, token: Token) -> Actor | None:
    """ "The executive director of the Acme Foundation Dov Lindqvist said", "The director of the X
    Society, Tom Roe, told": a subject role phrase run on from the name of a body or place into a person's name
    that ends it right before the verb is that person (the parser hung the name on the body's), not an earlier
    holder of the role; not "the wife of (President) Tom Roe"."""
    doc = reg.doc
    last = token.right_edge.i - (doc[token.right_edge.i].text == ",")
    mention = reg.token_owner.get(last)
    if (
        token.dep_ not in SUBJECT_DEPS
        or mention is None
        or mention.kind != "name"
        or mention.actor.actor_type != "person"
        or mention.end != last + 1
        or mention.start <= token.i + 2
        or any(doc[i].text != "," for i in range(last + 1, token.head.i))
    ):
        return None
    before = doc[mention.start - 1]
    if before.text == ",":
        before = doc[mention.start - 2]
    return mention.actor if before.ent_type_ in _BODY_OR_PLACE_ENTS else None


_BODY_OR_PLACE_ENTS = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC"})


def _unnamed_one_before(reg: Registry, token: Token, phrase: list[Token]) -> Actor | None:
    """ "a senior administration official said ... But the official said": a definite singular role noun whose
    word last stood, a few sentences back, in an unnamed one's phrase ("a/an/one ...", "the ..." after it) with
    every word it adds ("the LinkedIn spokesperson" after "a LinkedIn spokesperson") is that one, not a person
    titled with an office the noun also covers ("President X" is an official too)."""
    if token.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETS for c in token.children):
        return None
    lemma = token.lemma_.lower()
    words = {norm(t.lower_) for t in phrase if t.i != token.i and t.dep_ != "det"}
    first = reg.sentence_index(token.i) - DESCRIPTION_BACK_SENTENCES
    for m in reg.mentions_before(token.i):
        if reg.sentence_index(m.start) < first:
            return None
        same = next((t for t in reg.doc[m.start : m.end] if t.lemma_.lower() == lemma), None)
        if same is None:
            continue
        named = m.kind != "description" or not (
            unnamed_holder_noun(same)
            or any(c.dep_ == "det" and c.lower_ in DEFINITE_DETS for c in same.children)
        )
        if named or not words <= {norm(t.lower_) for t in reg.doc[m.start : m.end]}:
            return None  # "X, a government spokesman": the titled person, whom ``_holder`` finds
        if any(t.lemma_.lower() == lemma for t in reg.doc[m.end : token.i]):
            return None  # "a visiting governor ... Governor Y": the word titles a name since
        return m.actor
    return None


def _of_someone(token: Token) -> bool:
    """A role said to be someone's ("its chief", "the head of the unit"): they, not the role, are who speaks."""
    return any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in token.children)


# Bodies named by the word for what they do: "the opposition" acts, "opposition to the plan" is a stance
STANCE_NOUNS = frozenset({"opposition", "resistance"})
# Words that say how strongly a stance is held ("our strongest opposition", "stiff resistance"): no body is strong
STANCE_DEGREES = frozenset(
    "strong firm clear fierce staunch stiff vehement vigorous strenuous unequivocal categorical total complete "
    "steadfast unwavering adamant continued continuing consistent longstanding long-standing principled deep "
    "public widespread".split()
)
# Verbs whose object is a stance made known or given up ("expressed opposition", "dropped its opposition")
STANCE_VERBS = frozenset(
    "express voice reiterate restate reaffirm register signal underscore underline convey drop withdraw".split()
)
# Possessive determiners of people: "his opposition", "our opposition" are a stance; "its opposition" may be a
# state's opponents ("the regime jailed its opposition")
STANCE_OWNERS = frozenset({"my", "our", "your", "his", "her", "their"})


def _stance(token: Token) -> bool:
    """ "expressed opposition to the bill", "the senator's opposition to the ban", "we reiterate our strongest
    opposition", "his clear opposition": the act of opposing, not a body — before "to", owned by a person's
    possessive, graded by how strong it is, or the object of a verb that makes it known or drops it."""
    if token.lower_ not in STANCE_NOUNS:
        return False
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (
        (following is not None and following.lower_ == "to")
        or (token.dep_ == "dobj" and token.head.lemma_.lower() in STANCE_VERBS)
        or any(
            (c.dep_ == "poss" and c.lower_ in STANCE_OWNERS)
            or (c.dep_ == "amod" and c.lemma_.lower() in STANCE_DEGREES)
            for c in token.children
        )
    )


def _predicative(token: Token) -> bool:
    """A role noun said of someone ("wanted to become a lawyer", "served as a legal adviser"): what they are or
    were, no one new; not "there was a gunman", nor "freed prisoners, including a journalist"."""
    if token.dep_ == "pobj":
        prep = token.head
        if prep.lower_ != "as" or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
            return False
        verb = prep.head
    elif token.dep_ in ("attr", "oprd"):
        verb = token.head
    else:
        return False
    return not any(c.dep_ == "expl" for c in verb.children)


def _predicate_subject(reg: Registry, token: Token) -> Actor | None:
    """The actor of the subject a predicative role noun is said of."""
    verb = token.head.head if token.dep_ == "pobj" else token.head
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    owner = reg.token_owner.get(subject.i) if subject is not None else None
    return owner.actor if owner is not None else None


def _speaks_for_owner(reg: Registry, token: Token, phrase: list[Token]) -> bool:
    """ "an Acme Corp spokesperson", "a spokesman for Acme Corp": the role speaks for an organisation already
    resolved (left to that owner)."""
    return any(
        (owner := reg.token_owner.get(t.i)) is not None
        and owner.actor.actor_type not in ("person", "country")
        for t in phrase
        if t.i < token.i
    ) or any(
        p.dep_ == "prep"
        and p.lower_ in ("for", "of", "from", "at")
        and any(o.dep_ == "pobj" and o.i in reg.token_owner for o in p.children)
        for p in token.children
    )


def _persons_staff(reg: Registry, token: Token, phrase: list[Token]) -> bool:
    """ "an Okafor adviser", "a Lindqvist campaign official": an unnamed role holder a person's name modifies serves that
    person; neither that person nor the country's government nor a class of its own."""
    return any(
        (owner := reg.token_owner.get(t.i)) is not None and owner.actor.actor_type == "person"
        for t in phrase
        if t.i < token.i
    )


def _free_start(reg: Registry, phrase: list[Token], found: RoleMatch) -> int:
    """Mention starts at the NP's first token unless a name inside it already owns that token (or is the
    possessor whose "'s" follows)."""
    start = phrase[0].i
    for t in phrase[: found.start]:
        if t.i in reg.token_owner or (t.tag_ == "POS" and t.i == start):
            start = t.i + 1  # "Okafor's critics": neither the name nor its "'s"
    return min(start, phrase[found.start].i)


def _holder(
    reg: Registry, token_i: int, role: Role, country: str | None, quals: frozenset[str], persons: list[Actor]
) -> Actor | None:
    """The person titled with this office; the one mentioned last when several are."""
    candidates = [a for a in persons if holds(a, role, country, quals)]
    if not candidates:
        return None
    if len(candidates) > 1 and quals:
        # "the Greens' economy minister": a holder titled with the same qualifier beats one whose title is bare
        exact = [a for a in candidates if any(role.covers(h) and hq & quals for h, _, hq in a.roles)]
        if exact:
            candidates = exact
    if len(candidates) > 1:
        # "Libyan leader X urged President Y ... the leader wrote": one named before with the description's own
        # office beats one whose office it covers only as a broader class (a president is a leader too)
        before = {id(m.actor) for m in reg.mentions_before(token_i)}
        same = [
            a
            for a in candidates
            if id(a) in before and any(h.role_class == role.role_class for h, _, _ in a.roles)
        ]
        if same:
            candidates = same
    if len(candidates) > 1 and country:
        # "the Cuban minister" after a Cuban minister and a minister of no known country: the Cuban one
        placed = [
            a
            for a in candidates
            if any(role.covers(h) and (hc or a.country_code) == country for h, hc, _ in a.roles)
        ]
        if placed:
            candidates = placed
    if len(candidates) == 1:
        return candidates[0]
    return reg.recent(token_i, candidates)


def _unnamed_holder(
    reg: Registry, token: Token, persons: list[Actor], country: str | None, in_body: set[int]
) -> Actor | None:
    """A description whose holder the article never titles: the nearest person without a role named before it,
    else one named after it in its sentence ("the prosecutor, Jane Doe, said") or, for the subject of a clause,
    in the next sentences ("The foreign minister warned ... Jane Doe told reporters"): "a plot to kill the Saudi
    ambassador" names no one the article goes on to name. Never one its own clause names after its verb
    (``_in_own_clause``). Of an office in a named body, only one ``in_body`` (ids) may hold it. Of an office a
    country's name or demonym gives ("Iran's new president", "the Bosnian prosecutor"), not a person of no known
    country named in an earlier sentence: an analyst quoted before, a defendant "sentenced" before, is no more
    that country's office holder than anyone else. A country read from a body or place of it ("the former Labour
    leader", "the Vermont senator") is no such claim: there the untitled person named before is most often the
    one meant; nor is one named after the description ("The Ruritanian prime minister said … Ada Okafor told")."""
    token_i = token.i
    sent = reg.sentence_index(token_i)
    acted_on = {
        id(m.actor): place
        for m in reg.mentions_from(token_i)
        if reg.sentence_index(m.start) == sent
        and m.kind == "name"
        and (place := _in_own_clause(token, m.start)) is not None
    }
    free = {
        id(a)
        for a in persons
        if not a.roles
        and id(a) not in acted_on
        and id(a) in in_body
        and (not country or not a.country_code or a.country_code == country)
    }
    if not free:
        return None
    nearest = None
    countrys_office = bool(country) and _country_word(token, country)
    for m in reg.mentions_before(token_i):
        if (before := reg.sentence_index(m.start)) < sent - DESCRIPTION_BACK_SENTENCES:
            break
        if countrys_office and not m.actor.country_code and before < sent:
            continue
        if id(m.actor) in free and m.kind == "name":
            if m.subject:  # 'Roe said Okafor's products ... "...," the former secretary said': the subject
                return m.actor
            nearest = nearest or m.actor
    if nearest is not None:
        return nearest
    # a clause whose object or reported clause names someone names no holder in the sentences after it either;
    # a name in an adjunct ("said in response to X's plan") does not stop the look ahead
    ahead = (
        DESCRIPTION_AHEAD_SENTENCES
        if token.dep_ in SUBJECT_DEPS and not set(acted_on.values()) & _CORE_DEPS
        else 0
    )
    for m in reg.mentions_from(token_i):
        if reg.sentence_index(m.start) > sent + ahead:
            break
        if id(m.actor) in free and m.kind == "name":
            return m.actor
    return None


def _set_beside(token: Token, mention: ActorMention) -> bool:
    """A name set beside a role noun: inside its phrase after it, right after the phrase ("former Vice President of
    the League Jo Roe"), or right after or before it across a comma ("the president of the League, Ada Okafor,
    said", "said Jo Roe, executive director at the Council")."""
    start, end, doc = token.left_edge.i, token.right_edge.i, token.doc
    end -= doc[end].text == ","  # the parser may hang the comma before the name on the phrase
    return (
        token.i < mention.start <= end
        or mention.start == end + 1
        or mention.start == end + 2
        and doc[end + 1].text == ","
        or mention.end == start - 1
        and doc[start - 1].text == ","
    )


def _in_own_clause(token: Token, start: int) -> str | None:
    """ "The foreign minister welcomed the election of Jane Doe", "the director said Doe zeroed in on …": a name
    in an object or clause of the verb a role noun (or the phrase it is joined to) is the subject of is whom the
    holder acts on or speaks of, not the holder; a name set off inside the role's phrase ("the prosecutor, Jane
    Doe, said") is. The dependency of that object or clause, else None."""
    subject = token
    while subject.dep_ == "conj" and subject.head.i != subject.i:
        subject = subject.head
    verb = subject.head
    if subject.dep_ not in SUBJECT_DEPS or not subject.i < verb.i < start:
        return None
    # within an object or a clause of the verb, or set off by a comma right after a noun there ("the election of
    # a New Zealander, Sir X", the name hung on the verb); a name hung on it apart otherwise ("that journalist
    # appeared in court today – Tom Roe") may be the subject's own apposition
    name = verb.doc[start]
    while name.dep_ == "compound" and name.head.i != name.i:
        name = name.head
    before = name.left_edge.i - 1
    if before > 1 and verb.doc[before].text == "," and verb.doc[before - 1].pos_ in ("NOUN", "PROPN"):
        return _complement_holding(verb, start) or _complement_holding(verb, before - 1)
    return _complement_holding(verb, start)


def _complement_holding(verb: Token, i: int) -> str | None:
    """The dependency of the verb's object or clause that holds a token, if one does."""
    return next(
        (
            c.dep_
            for c in verb.children
            if c.dep_ in _COMPLEMENT_DEPS and c.left_edge.i <= i <= c.right_edge.i
        ),
        None,
    )


_COMPLEMENT_DEPS = frozenset({"dobj", "dative", "prep", "ccomp", "xcomp", "advcl", "agent"})
# what the verb acts on or reports, as against its adjuncts
_CORE_DEPS = frozenset({"dobj", "dative", "ccomp", "xcomp"})


def _add_org_anaphor(reg: Registry, token: Token, phrase: list[Token]) -> bool:
    """ "the commission" after "the National Acme and Boundaries Commission"; "the group" after a named group;
    a bare "police" after "Acme Valley Police"."""
    if token.pos_ != "NOUN" or token.dep_ not in ARGUMENT_DEPS:
        return False
    dets = [c.lower_ for c in token.children if c.dep_ == "det"]
    definite = any(d in DEFINITE_DETS for d in dets) and token.tag_ not in ("NNS", "NNPS")
    if dets and not definite:
        return False  # "a group", "the groups": asked first, the cheapest way out
    if not definite and not (
        (found := find_role(phrase))  # the answer add_descriptions reads next, kept by find_role
        and found.role.kind == "body"
        and token.lemma_.lower() == token.lower_  # "police", not "voters"
    ):
        return False  # a bare noun is a short name only of a body: asked before the phrase's words
    if _of_named_country(token):
        return False
    words = [norm(t.lower_) for t in phrase if t.is_alpha and t.dep_ not in ("det", "poss", "predet")]
    if not words or any(t.text[:1].isupper() and lookup_alias(t.text) for t in phrase):
        return False
    # "police said" after "Thames Valley Police"
    actor = _abbreviated_org(reg, token, words) if definite else _named_org(reg, token, words)
    if actor is None:
        return False
    reg.add_mention(actor, phrase[0].i, token.i + 1, "description")
    return True


def _of_named_country(token: Token) -> bool:
    """ "the government of Turkey": the phrase names whose it is, so it is not the government named before (not
    "of American Samoa", a place whose last word alone names another country)."""
    pobj = of_phrase(token)
    return (
        pobj is not None
        and of_country(token, pobj) is not None
        and not any(c.dep_ in ("compound", "amod") and c.text[:1].isupper() for c in pobj.children)
    )


def _named_org(reg: Registry, token: Token, words: list[str]) -> Actor | None:
    """The latest named organisation whose name holds every word of a bare body noun and ends in its head
    ("police" -> "Thames Valley Police")."""
    wanted = set(words)
    for m in reg.mentions_before(token.i):
        actor = m.actor
        if actor.actor_type != "organization" or m.kind != "name" or m.start in reg.quoted:
            continue
        name_words = _name_words(actor.name)
        if wanted <= set(name_words) and name_words[-1] == words[-1]:
            return actor
    return None


@lru_cache(maxsize=NAME_CACHE_SIZE)
def _name_words(name: str) -> tuple[str, ...]:
    """An actor's name as the words a bare or definite noun is compared with (asked for each earlier mention)."""
    return tuple(norm(w) for w in name.casefold().replace("'s", " ").split())


@lru_cache(maxsize=NAME_CACHE_SIZE)
def _name_word_set(name: str) -> frozenset[str]:
    return frozenset(_name_words(name))


def _abbreviated_org(reg: Registry, token: Token, words: list[str]) -> Actor | None:
    """The organisation a definite noun phrase refers back to: the latest whose name holds all its words (at any
    distance); for a generic noun ("the group") else the latest named organisation that was a subject in the
    last few sentences, else the latest named one there."""
    wanted = set(words)
    sent = reg.sentence_index(token.i)
    media = any(c.lower_ == "news" and c.dep_ == "compound" for c in token.children)
    generic = token.lemma_.lower() in org_anaphors() and (
        len(words) == 1 or _adjectives_only(token, media)  # "the news agency", "the ethnic armed group"
    )
    fallback = recent = None
    for m in reg.mentions_before(token.i):
        actor = m.actor
        if actor.actor_type not in ("organization", "group") or m.start in reg.quoted:
            continue
        if media and actor.cameo != "MED":
            continue  # "the news agency": a medium, not the last body named
        if wanted <= _name_word_set(actor.name):  # the name itself says so: no distance limit
            return _own_government(reg, token, m) or actor
        if (
            not generic
            or fallback is not None
            or m.kind not in ("name", "metonym")
            or actor.key.startswith("group:")
        ):
            continue
        if reg.sentence_index(m.start) < sent - ANAPHOR_BACK_SENTENCES:
            continue
        if m.subject:
            fallback = actor  # the latest organisation that was a subject
        elif recent is None:
            recent = actor
    return fallback or recent


def _own_government(reg: Registry, token: Token, latest: ActorMention) -> Actor | None:
    """The story's own government for a bare "the government" whose latest match is another state's not named as a
    government in this sentence or the one before ("LA PAZ ... inspired by the presidents of Venezuela ... The
    government rejected": Bolivia's, not Venezuela's; but "Venezuela's government said … The government added"):
    the government of the country the article is mostly about, when the article has named it before. None when
    the latest match stands."""
    actor = latest.actor
    if (
        token.lemma_.lower() not in ONE_PER_STATE
        or not (actor.cameo or "").endswith("GOV")
        or reg.sentence_index(latest.start) >= reg.sentence_index(token.i) - 1
        and (latest.kind in ("name", "metonym") or reg.doc[latest.end - 1].lemma_.lower() in ONE_PER_STATE)
    ):
        return None
    home = dominant_country(reg)
    if home is None or actor.country_code == home:
        return None
    for m in reg.mentions_before(token.i):
        if m.actor.country_code == home and m.actor.cameo == home + "GOV" and m.actor.actor_type != "person":
            return m.actor
    return None


def _adjectives_only(token: Token, media: bool) -> bool:
    """Only adjectives before the head ("the ethnic armed group"), or "news" ("the news agency"); a noun or name
    makes it another kind of body ("the shipping company" is not the armed group just named)."""
    modifiers = [c for c in token.children if c.i < token.i and c.dep_ not in ("det", "punct")]
    return bool(modifiers) and all(
        c.ent_type_ == "" and (c.dep_ == "amod" and c.pos_ in ("ADJ", "VERB") or media and c.lower_ == "news")
        for c in modifiers
    )
