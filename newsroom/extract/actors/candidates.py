"""Which spans name an actor: NER entities, alias-table matches and acronyms spelled out in the text,
sorted into people's names and everything else (organisations, places, groups)."""

from __future__ import annotations

import itertools
import re
from typing import NamedTuple

from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from newsroom.extract.actors.addresses import address_part
from newsroom.extract.actors.body_names import kind_word, with_office, with_what_for
from newsroom.extract.actors.gazetteer import demonym_country, place_country_code
from newsroom.extract.actors.joined_names import (
    NAME_LINKS,
    body_head,
    field_piece,
    joined_at_link,
    rejoin_at_and,
)
from newsroom.extract.actors.name_evidence import (
    PLACE_PREPOSITIONS,
    PlaceEvidence,
    in_latin_letters,
    lacks_name_evidence,
    names_a_place,
    pairs_surnames,
    place_evidence,
)
from newsroom.extract.actors.name_shape import (
    common_word,
    country_pair,
    headline,
    sound_word,
    title_of_a_work,
)
from newsroom.extract.actors.names import (
    ACRONYM_GLUE,
    CAPTION_WORDS,
    Name,
    acronym_pairs,
    body_under_role_words,
    canonical_words,
    display_text,
    hidden_person,
    initials_of,
    is_possessive,
    name_of,
    org_key,
    person_names,
    person_not_place,
    strip_role_words,
    titled_untagged_names,
    trim,
    with_campus,
    with_generation,
    without_possessor,
)
from newsroom.extract.actors.occasions import in_case_name, names_an_occasion
from newsroom.extract.actors.places import native_american
from newsroom.extract.actors.registry import Registry
from newsroom.extract.actors.roles import find_role
from newsroom.extract.actors.shop_names import with_shop_noun
from newsroom.extract.actors.speakers import speaker_names, speaks
from newsroom.extract.actors.things import (
    BODY_WORDS,
    THING,
    names_a_grade,
    names_a_model,
    names_an_illness,
    one_of_a_kind,
    set_beside_thing,
)
from newsroom.extract.actors.words import (
    FIRM_HEADS,
    GENDERED_TITLES,
    HONORIFICS,
    OF_BODY_WORDS,
    OUTLET_NOUNS,
    PLACE_LABELS,
    SHARED_WORDS,
)
from newsroom.extract.lexicon import (
    AliasEntry,
    alias_matcher,
    english_adverbs,
    english_nouns,
    english_verbs,
    generic_agents,
    given_names,
    lookup_alias,
    name_heads,
    org_anaphors,
    people_nouns,
    person_nouns,
    plan_heads,
    reporting_verbs,
    role_words,
)
from newsroom.extract.scan import entities, indices_with, kept, tokens_with

ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
NO_ACTOR_LABELS = frozenset({"EVENT", "LAW"})  # an alias-table match inside one names no actor
# Titles and ranks with or without their full stop ("Capt.", "Gen"): what ends a unit's name before a person's.
_RANKS = frozenset(w.rstrip(".") for w in HONORIFICS)


class Candidates(NamedTuple):
    persons: list[Name]  # in document order
    others: list[tuple[Span, AliasEntry | None]]  # with the alias-table entry when there is one


def find_candidates(reg: Registry) -> Candidates:
    """People's names and other named spans; a place or body name that is a person's ("Mr Lima", "House Nancy
    Pelosi") moves to the people; a one-word "person" nothing shows to be one is dropped."""
    persons, others = _split(reg)
    known = {canonical_words(name.words) for name in persons}
    surnames = {name[-1] for name in known if len(name) > 1}
    kept = []
    for span, entry in others:
        if entry is None and (owned := without_possessor(span, known)) is not span:
            span, entry = owned, lookup_alias(owned.text)
        if entry is not None and person_not_place(span, entry, surnames):
            persons.append(name_of(span))
            continue
        hidden = hidden_person(span, known) if entry is None else None
        if hidden is None:
            kept.append((span, entry))
            continue
        persons.append(name_of(hidden))
        prefix = reg.doc[span.start : hidden.start]
        if len(prefix) and (prefix_entry := lookup_alias(prefix.text)) is not None:
            kept.append((prefix, prefix_entry))  # a place or body the alias table knows, before the name
    persons = _shared_surnames(sorted(persons, key=lambda n: n.span.start))
    persons = [
        name
        for name in persons
        if not lacks_name_evidence(name, persons) and not pairs_surnames(name, persons)
    ]
    return Candidates(sorted(persons, key=lambda n: n.span.start), kept)


def _shared_surnames(persons: list[Name]) -> list[Name]:
    """ "Richard and Lisa Parry", "David and Louise Turpin": a lone given name joined by "and" to a full name
    shares its surname."""
    given = given_names()
    out = []
    for i, name in enumerate(persons):
        span, after = name.span, persons[i + 1] if i + 1 < len(persons) else None
        if (
            after is not None
            and len(name.words) == 1
            and name.words[0] in given
            and span.end + 1 == after.span.start
            and span.doc[span.end].lower_ in ("and", "&")
            and len(after.words) > 1
            and after.words[0] in given
        ):
            surname = after.span[-1:]  # not a middle name: "Richard and Lisa Marie Parry"
            name = Name(span, (*name.words, after.words[-1]), f"{name.text} {display_text(surname)}")
        out.append(name)
    return out


def _split(reg: Registry) -> tuple[list[Name], list[tuple[Span, AliasEntry | None]]]:
    """PERSON entities the alias table does not know, as names; the rest with their alias entries."""
    persons: list[Name] = []
    others: list[tuple[Span, AliasEntry | None]] = []
    laws: dict[str, str] = {}  # org key -> the name as written
    spans = [
        (ent, span) for ent in _candidate_spans(reg) if len(span := trim(ent))
    ]  # trimmed once, read thrice
    not_people = _no_person_names(spans)
    people = {
        _words(span)
        for ent, span in spans
        if (ent.label_ == "ORG" and _office_holder(span)) or _titled_name(ent.label_, span)
    }
    surnames = _surnames(spans)
    peoples = _counted_peoples(reg.doc, spans)
    things = _thing_names(spans)
    plans, plan_words = _plan_names(spans, reg.acronyms)
    employers = _employer_names(spans)
    evidence: PlaceEvidence | None = None  # built on the first PERSON entity that needs it
    for ent, span in spans:
        text = span.text  # a Token per word: built once, not once per law named before
        key = org_key(text)
        if (
            key in laws
            or reg.acronyms.get(key) in laws
            or any(initials_of(text, law) for law in laws.values())
        ):
            continue  # "(BIPA)" after "the Ballot Interference Prevention Act", "the CWC" after "the Chemical
            # Weapons Convention": the law's initials; its name again where NER took it for a person's
        if (
            ent.label_ == "PERSON"
            and len(span) > 2
            and span[0].lower_ in MODIFIER_PREFIXES
            and span[1].text == "-"
        ):
            span = span[2:]  # "an anti-Sarah Palin rally": Sarah Palin
        if ent.label_ != "PERSON" and _words(span) in people and lookup_alias(span.text) is None:
            # "Jane Roe, the deputy premier"; "the ousted President Roe" NER took for a place
            ent = span = Span(reg.doc, span.start, span.end, label="PERSON")
        if (
            ent.label_ in PLACE_LABELS
            and _apposed_kind(span) == "ORG"
            and lookup_alias(span.text) is None
            and name_heads().get(span[-1].lower_) not in PLACE_LABELS
        ):
            # "the groups Acme Watch and …": a body, no building; but "the Varn group (Varn Islands)" stays a place
            ent = span = Span(reg.doc, span.start, span.end, label="ORG")
        if ent.label_ in ("ORG", "PERSON") and _words(span) in peoples:
            # "the Tarvanis" of an article that writes "some 250 Tarvanis": a people
            ent = span = Span(reg.doc, span.start, span.end, label="NORP")
        if ent.label_ == "ORG" and lookup_alias(span.text) is None:
            named = _a_persons_surname(span, surnames)
            if named is not None:
                ent = span = named  # "Replacing Doe y Roe …" after "Jane Doe y Roe": her, no body "Doe y Roe"
        if ent.label_ == "PERSON":
            span = _with_head_surname(span)
        if ent.label_ == "PERSON" and span.start and reg.doc[span.start - 1].lower_ in OUTLET_NOUNS:
            ent = span = Span(reg.doc, span.start, span.end, label="ORG")  # "the newspaper Gara": no person
        if span.start > 0 and reg.doc[span.start - 1].text in ("#", "@"):
            continue  # a hashtag or a handle ("#WrongTrump"), not a name
        if in_case_name(span):
            reg.reserved.update(range(span.start, span.end))
            continue  # "cited Doe v. Roe": the case's name, not its parties acting
        if ent.label_ != "PERSON" and _title_of_next_person(span):
            # "Royal Navy Capt. Jane Doe": the unit, without the rank of the person named next
            span = Span(reg.doc, span.start, span.end - 1, label=span.label)
        if _credited(span) or _byline(span):
            reg.reserved.update(range(span.start, span.end))
            continue  # "Protesters at the march. Image: Jane Doe.": who took or gave the picture, no actor
        if ent.label_ == "NORP" and len(span) == 1 and native_american(span[0]):
            continue  # "Indian businesses" in a text about tribes: Native American, no actor of India
        entry = lookup_alias(span.text)
        if entry is None and (_clock_zone(span) or not in_latin_letters(span)):
            continue  # "5 p.m. BST (1600 UTC)": a time zone, not a body; "तत्काल": a word quoted in another script
        if entry is None and not any(c.isupper() for c in span.text):
            continue  # "el mandato del pueblo": words of a passage in another language; a name has a capital
        if entry is None and ent.label_ != "NORP" and _modifier_word(span):
            continue  # "the Presidential race", "anti-Brexit marchers": a word describing a noun, no name
        if entry is None and ent.label_ != "PERSON" and _cut_before_its_kind(span):
            reg.reserved.update(range(span.start, span.end))
            continue  # "the Identity Card scheme", "the 2007 Australian Federal election": a scheme's or contest's name
        if entry is None and (
            headline(span) or title_of_a_work(span) or sound_word(span) or country_pair(span)
        ):
            reg.reserved.update(range(span.start, span.end))
            continue  # a linked article's headline or a talk's title run into the text, "CHERRRK", "U.S.-Mexico"
        if entry is None and _common_noun(span):
            continue  # "Intelligence said ...": a capitalised common noun NER took for a body, no name
        if entry is None and len(span) == 1 and _acronym(span.text) and _stands_for_common_words(span[0]):
            reg.reserved.update(range(span.start, span.end))
            continue  # '"acme tax relief" or ATR', "acme tax relief (ATR)": a term's initials, no body
        if entry is None and ent.label_ in ("ORG", "FAC") and one_of_a_kind(span):
            reg.reserved.update(range(span.start, span.end))
            continue  # "a modern-day Orient Express", "a new Air Force Tanker": one of a kind (not "an attendee Jane
            # Doe", "a Frederick, Maryland facility": people and places keep the name they are given)
        if entry is None and _words(span) in things:
            reg.reserved.update(range(span.start, span.end))
            continue  # "the planet Venus", "U.S. Treasuries": a thing, in every mention of its name
        head = name_heads().get(span[-1].lower_) if len(span) > 1 else None
        if head == THING:
            head = None  # "Jane Album": a person's name, as _thing_names found
        if entry is None and (
            (head == "LAW" and _head_word_names_its_kind(span))
            or (head is None and _law_before_complement(span))
            or org_key(span.text) in plans
            or (len(span) == 1 and span[0].lower_ in plan_words)
        ):
            reg.reserved.update(range(span.start, span.end))  # nor is its "Deal" Nathan Deal's surname
            law = " ".join(span.text.split())
            laws[org_key(law)] = law
            continue  # "the Green New Deal", "the Patriot Act", "the Summit of the Americas", "benefits under the
            # Acme Assistance Program": no actor
        if head == "LAW":
            head = None  # "Nathan Deal", "School of Law"
        if (
            ent.label_ == "PERSON"
            and len(span) == 1
            and span.start > 0
            and is_possessive(reg.doc[span.start - 1])
        ):
            continue  # "Jane Roe's Remarks": what a person has is not a person
        if entry is None and ent.label_ != "PERSON" and (_office_alone(span) or _office_tail(span)):
            reg.reserved.update(range(span.start, span.end))
            continue  # "Dr. Jane Doe, Spokesperson and Chief Adviser to …": an office set off after a name, no body
        if entry is None and ent.label_ == "ORG" and _portfolio_of_office(span):
            continue  # "as the Home Secretary had promised", "Secretary of Defense": the office's field, no body
        if entry is None and ent.label_ == "PERSON" and _law_by_its_head(span):
            reg.reserved.update(range(span.start, span.end))
            continue  # "The Bill has serious defects": a law named by its kind's word, not a man called Bill
        if entry is None and ent.label_ == "PERSON" and _the_common_noun(span):
            continue  # "The Second Gentleman and I …": a title with its article, no one's name
        # "Director of Customer Marketing at Acme": a part of a firm in a job title, no actor
        end = _portfolio_end(span) if entry is None else None
        if end is not None:
            reg.reserved.update(range(span.start, end))
            if end + 1 >= span.end:
                continue
            span = Span(reg.doc, end + 1, span.end, label=span.label_)  # the firm NER ran into it
            entry = lookup_alias(span.text)
        if entry is None and ent.label_ != "ORG" and _words(span) in employers:
            others.append((Span(reg.doc, span.start, span.end, label="ORG"), entry))
            continue  # "Jane Doe, CEO at Kahuna": a firm, in every mention, whatever NER said
        if entry is None and _legislators_seat(span):
            others.append((Span(reg.doc, span.start, span.end, label="GPE"), entry))
            continue  # "the former MP for Birmingham Sparkbrook": the seat a member sits for, a place
        label = (head or not_people.get(_words(span))) if ent.label_ == "PERSON" else None
        if label is not None:  # "Reed Hospital", "Lafayette Square": not a person, whatever NER said
            others.append((Span(reg.doc, span.start, span.end, label=label), entry))
            continue
        if (
            ent.label_ == "PERSON"
            and entry is None
            and evidence is None
            and span[0].lower_ not in given_names()
        ):
            evidence = place_evidence(reg.doc)
        if ent.label_ == "PERSON" and entry is None and body_under_role_words(span):
            others.append((Span(reg.doc, span.start, span.end, label="ORG"), entry))
            continue  # "funding for our Border Patrol": a body, not a person "Patrol"
        if ent.label_ == "PERSON" and entry is None and names_a_place(span, evidence):
            others.append((Span(reg.doc, span.start, span.end, label="GPE"), entry))
        elif ent.label_ == "PERSON" and entry is None:
            persons += [
                name for name in person_names(strip_role_words(span)) if any(t.is_alpha for t in name.span)
            ]
        else:
            others.append((span, entry))
    return persons, others


def _surnames(spans: list[tuple[Span, Span]]) -> set[tuple[str, ...]]:
    """The words that end a person's name of two or more words in the article ("doe" and "roe" of "Jane Mary Doe
    Roe"): a later mention by them alone is that person. ``spans``: each entity with its trimmed span."""
    found: set[tuple[str, ...]] = set()
    for ent, span in spans:
        words = _words(span)
        if ent.label_ == "PERSON" and len(words) > 1:
            found.update(words[k:] for k in range(1, len(words)))
    return found


def _a_persons_surname(span: Span, surnames: set[tuple[str, ...]]) -> Span | None:
    """A name NER tagged a body that is a person's surname named in full elsewhere in the article, as that
    person's mention: a surname of linked parts ("Doe y Roe", which no body's name is like), or one a people's word
    NER ran into stands before ("the Portuguese Doe"); None if it is none. A plain one word name stays as NER read
    it: a body may share a person's surname."""
    if len(span) > 1 and demonym_country(span[0].text) is not None:
        span = span[1:]
    elif not any(t.text in NAME_LINKS for t in span[1:-1]):
        return None
    if _words(span) not in surnames:
        return None
    return Span(span.doc, span.start, span.end, label="PERSON")


def _with_head_surname(span: Span) -> Span:
    """ "Judge Amy Berman Jackson" where NER stops at "Amy Berman": the capitalised word outside any entity that
    the name's last word is a compound of ends the name, unless it is a role's or an institution's word."""
    doc = span.doc
    if span.end >= len(doc):
        return span
    head = doc[span.end]
    if (
        head.pos_ == "PROPN"
        and head.is_alpha
        and head.is_title
        and not head.ent_type_
        and span[-1].dep_ == "compound"
        and span[-1].head.i == head.i
        and head.lower_ not in role_words()
        and head.lower_ not in name_heads()
    ):
        return Span(doc, span.start, span.end + 1, label=span.label_)
    return span


def _credited(span: Span) -> bool:
    """A name right after a caption word and a colon ("Image: Jane Doe", "Jane DoeImage: White House"), or a
    name and an agency joined by a slash with no space in a line with no verb ("Jane Doe/Reuters", "Jane Doe/AP
    Photo"; not "Richardson discussed his role as the running mate of De La Fuente/Richardson"): a photo credit."""
    doc = span.doc
    if any(
        _credit_slash(doc, i) for i in range(max(span.start - 1, 1), min(span.end + 1, len(doc) - 1))
    ) and not any(t.pos_ in ("VERB", "AUX") for t in span.sent):
        return True
    if span.start < 2 or doc[span.start - 1].text != ":":
        return False
    word = doc[span.start - 2].text
    return word.lower() in CAPTION_WORDS or any(word.endswith(w.title()) for w in CAPTION_WORDS)


def _credit_slash(doc: Doc, i: int) -> bool:
    """A slash glued between a name of two or more capitalised words and a capitalised word: "Jane Doe/Getty
    Images" (not "AID/WATCH", one word before it, nor "Bush / Uxbridge Road", spaced)."""
    return (
        doc[i].text == "/"
        and i >= 2
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
        and doc[i + 1].text[:1].isupper()
        and all(t.text[:1].isupper() and t.is_alpha for t in doc[i - 2 : i])
    )


def _title_of_next_person(span: Span) -> bool:
    """A name ending in a title or a rank's abbreviation right before a person's name ("Royal Navy Capt. Jane
    Doe"): the rank is the person's title, cut from the name by NER."""
    doc = span.doc
    after = span.end + (span.end < len(doc) and doc[span.end].text == ".")
    return (
        len(span) > 1
        and span[-1].lower_.rstrip(".") in _RANKS
        and after < len(doc)
        and doc[after].ent_type_ == "PERSON"
    )


def _byline(span: Span) -> bool:
    """A name on a byline line ("By Jane Doe, John Roe and Ann Poe"): the line opens with "By" and holds names,
    commas and "and" only. Its writer reports, and is in ``articles.byline``; no actor of the article."""
    before = span.doc[span.start - 1] if span.start else None
    if before is None or not (before.pos_ in _BYLINE_POS or before.lower_ == "by"):
        return False  # the word before tells most names from a byline's without finding the sentence
    sent = span.sent
    first = next((t for t in sent if not t.is_space), None)
    return (
        first is not None
        and first.lower_ == "by"
        and first.i < span.start
        and all(t.pos_ in _BYLINE_POS or t.i == first.i for t in sent)
    )


_BYLINE_POS = frozenset({"PROPN", "PUNCT", "CCONJ", "SPACE"})


def _no_person_names(spans: list[tuple[Span, Span]]) -> dict[tuple[str, ...], str]:
    """Names NER tags a person that one of their mentions shows to be a building, town or body, with the label
    that mention gives: every mention of the name in the article then takes it ("Hagia Sophia, formerly a church"
    before "Hagia Sophia's name"). ``spans``: each entity with its trimmed span."""
    found: dict[tuple[str, ...], str] = {}
    for ent, span in spans:
        if ent.label_ != "PERSON":
            if len(span) == 1 and _apposed_kind(span) == "ORG":
                found.setdefault(
                    _words(span), "ORG"
                )  # "the separatist party, Acmeta," tagged a place, later a person
            continue
        kind = _apposed_kind(span) or ("GPE" if _listed_with_places(span) else None)
        if kind is not None:
            found.setdefault(_words(span), kind)
    return found


# Where an officer's firm stands: "CEO at Kahuna", "the founder of Forter", "Kahuna's chief executive".
EMPLOYER_PREPS = frozenset({"at", "of", "for", "with"})


def _employer_names(spans: list[tuple[Span, Span]]) -> set[tuple[str, ...]]:
    """Names one mention of which is the firm a business officer (a chief executive, a founder: the role lexicon's
    BUS offices) works for: an organisation in every mention, also where NER tags it a person or a place. Not a
    place the gazetteer knows ("a Chicago executive") or another mention uses as one ("the chief executive of Hong
    Kong" beside "the Hong Kong authorities"); a person only by a preposition ("the founder of Forter"; not "Trump's
    economist"). ``spans``: each entity with its trimmed span."""
    found, placed = set(), set()
    for ent, span in spans:
        words, root = _words(span), span.root
        if not words or ent.label_ not in ("PERSON", "ORG", "GPE", "LOC", "FAC"):
            continue
        if ent.label_ in PLACE_LABELS and _used_as_place(root):
            placed.add(words)
        if root.dep_ == "pobj" and root.head.lower_ in EMPLOYER_PREPS:
            officer = root.head.head
        elif root.dep_ in ("poss", "compound") and ent.label_ in PLACE_LABELS:
            officer = root.head
        else:
            continue
        role = find_role([officer], body=False)
        if (
            role is not None
            and role.role.cameo_role == "BUS"
            and lookup_alias(span.text) is None
            and (ent.label_ == "PERSON" or place_country_code(span.text) is None)
        ):
            found.add(words)
    return found - placed


def _used_as_place(root: Token) -> bool:
    """A place's use of a name: something is in, near, from or to it, or it has a government ("the Hong Kong
    authorities", "Hong Kong's mayor")."""
    if root.dep_ == "pobj":
        return root.head.lower_ in PLACE_PREPOSITIONS or root.head.lower_ in ("from", "to")
    role = find_role([root.head]) if root.dep_ in ("compound", "poss") else None
    return role is not None and role.role.cameo_role == "GOV"


# Job titles NER does not know as offices, before the part of the firm they run ("Senior Manager of ...").
CORPORATE_TITLES = frozenset({"manager", "vp", "svp", "evp", "lead"})


def _office_alone(span: Span) -> bool:
    """A span that is a person's office and nothing else, however NER labelled it: the office word last, any words
    before it common words of English its portfolio is made of ("Spokesperson", "National Security Advisor";
    not "Acme Chief Executive", nor "Japanese Foreign Minister", whose words name a body or a country): a title set
    beside the name of its holder or held, no body. Not a plural: "met the Co-Chairs" names people who meet."""
    found = find_role(list(span), body=False)
    return (
        found is not None
        and found.end == len(span)
        and span[-1].tag_ not in ("NNS", "NNPS")  # "the Co-Chairs of the task forces" are people who act
        and all(common_word(t) and lookup_alias(t.text) is None for t in span[: found.start] if t.is_alpha)
    )


def _office_tail(span: Span) -> bool:
    """A span that ends the person's office phrase opened before it ("Secretary of State", "Minister of Defence"):
    the office's portfolio, no body "State"."""
    if span.start < 2 or span.doc[span.start - 1].lower_ != "of":
        return False
    words = list(span.doc[span.start - 2 : span.end])
    found = find_role(words, body=False)
    return found is not None and found.start == 0 and found.end == len(words)


# Offices whose title names a field of government ("Home Secretary", "Minister of Finance", "Security Adviser").
_PORTFOLIO_OFFICES = frozenset({"minister", "secretary", "adviser"})
# Small words inside a field's name ("State for Foreign and Commonwealth Affairs").
_FIELD_JOINERS = frozenset({"and", "for", "of"})
# How far back a field after "of" or "for" looks for its office's title word ("Secretary of State for").
_OFFICE_MAX_WORDS = 4


def _portfolio_of_office(span: Span) -> bool:
    """Capitalised common words of English (no body's head word, no name the alias table knows) that a
    minister's, secretary's or adviser's title word takes as its field, right before it or after its "of" or
    "for": "the Home Secretary", "Secretary of Defense", "Secretary of State for Foreign and Commonwealth
    Affairs". NER tags the field as a body; the title's holder acts, the field does not (not "Secretary of the
    Treasury", whose "the" makes a body of it, nor "Department of Education Secretary", "NATO Secretary")."""
    doc = span.doc
    if not span[0].is_title or not all(
        t.lower_ in _FIELD_JOINERS
        if t.is_lower
        else t.is_title and common_word(t) and not body_head(t) and lookup_alias(t.text) is None
        for t in span
        if t.is_alpha
    ):
        return False
    if span.end < len(doc) and span.root.dep_ == "compound" and span.root.head.i == span.end:
        return _portfolio_office(doc[span.end])  # "the Home Secretary"
    if span.start < 2 or doc[span.start - 1].lower_ not in ("of", "for"):
        return False
    for token in reversed(doc[max(0, span.start - _OFFICE_MAX_WORDS) : span.start - 1]):
        if _portfolio_office(token, lower=True):
            return True  # "Secretary of Defense", "Secretary of State for Rural Affairs"
        if not (token.lower_ in _FIELD_JOINERS or token.is_title and common_word(token)):
            return False
    return False


def _portfolio_office(token: Token, lower: bool = False) -> bool:
    """A capitalised title word of a minister, secretary or adviser ("Secretary", "Minister", "Advisor"); with
    ``lower`` a lower-case minister's too, for the field after its "for" or "of" ("the state's minister for
    Education and Training"). Not before one ("a Labor minister" is the party's), nor a lower-case secretary's,
    whom unions and parties have ("secretary of National Union of Journalists")."""
    if not token.is_title and not (lower and token.is_alpha):
        return False
    found = find_role([token], body=False)
    offices = {"minister"} if not token.is_title else _PORTFOLIO_OFFICES
    return found is not None and bool(({found.role.role_class} | found.role.broader) & offices)


# Determiners before a law's kind word that no given name takes: "the Bill", "any Bill which the opposition opposes"
_LAW_DETERMINERS = frozenset({"the", "this", "that", "any", "every", "each", "no"})


def _law_by_its_head(span: Span) -> bool:
    """A one-word person's name that is a law's kind word ("Bill", "Act") after a determiner ("the Bill", "this
    Bill", "any Bill") or after the capitalised words NER left of the law's name ("the Electoral Finance Bill"): a given
    name is not set after "the", nor after a field."""
    token, doc = span[0], span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    return (
        len(span) == 1
        and name_heads().get(token.lower_) == "LAW"
        and before is not None
        and before.head.i == token.i
        and (
            before.lower_ in _LAW_DETERMINERS
            or (
                before.dep_ == "compound"
                and before.is_title
                and common_word(before)
                and not before.ent_type_
                and find_role([before]) is None  # "Governor Deal said": a man's surname after his title
            )
        )
    )


def _the_common_noun(span: Span) -> bool:
    """A one-word person's name that is a common noun of English, no given name nor a body's head word, with "the"
    as its article: "the Second Gentleman" is a title, not a man named Gentleman."""
    token, doc = span[0], span.doc
    article = doc[span.start - 1] if span.start > 0 else None
    if article is not None and article.lower_ != "the" and article.is_title and article.head.i == token.i:
        article = doc[span.start - 2] if span.start > 1 else None  # "the Second Gentleman"
    return (
        len(span) == 1
        and article is not None
        and article.lower_ == "the"
        and article.head.i == token.i
        and token.lower_ not in given_names()
        and token.lemma_.lower() in english_nouns()
        and name_heads().get(token.lower_) is None  # "the Gazette" is a paper's name
    )


def _portfolio_end(span: Span) -> int | None:
    """Where the part of a firm a job title is of ends: common words of English after the title's "of" or "for",
    with the firm named after "at" or "in" ("Director of Customer Marketing at Acme", "Director of Veterans
    Engagement in the Office of Public Engagement", "Head of Digital Platforms &
    Marketing Technology at Acme", a list's items too: "Head of Brand and Digital Strategy at Acme"). The part
    someone runs is no actor; the firm is. The span's end, or the "at" inside it when NER ran the firm into the
    name; None when the span is no such part. With no firm, a capitalised title set before its holder's name
    ("Secretary of Foreign Affairs Jane Doe") is of the office's portfolio too. Not after a chief executive's or
    founder's title, which runs the whole firm ("CEO of Apple at a conference")."""
    doc = span.doc
    end = next((t.i for t in span[1:] if t.lower_ == "at"), span.end)
    top = doc[span.start : end].root
    while top.dep_ == "conj":
        top = top.head
    if top.dep_ != "pobj" or top.head.lower_ not in ("of", "for"):
        return None
    title = top.head.head
    role = find_role([title], body=False)
    if not ((role is not None and role.role.cameo_role != "BUS") or title.lower_ in CORPORATE_TITLES):
        return None
    if not all(common_word(t) for t in doc[span.start : end] if t.is_alpha and not t.is_lower):
        return None
    firms = [doc[end + 1]] if end + 1 < len(doc) and doc[end].lower_ == "at" else []
    firms += [
        firm
        for node in (title, top)
        for at in node.children
        if at.dep_ == "prep" and at.lower_ in ("at", "in")
        for firm in at.children
        if firm.dep_ == "pobj" and (at.lower_ == "at" or firm.ent_type_ == "ORG")  # not "a mission in Kabul"
    ]
    if any(firm.pos_ == "PROPN" for firm in firms):
        return end
    bare = doc[span.start - 1].lower_ in ("of", "for")  # "Secretary of Health", not "Speaker of the House"
    return end if bare and title.is_title and _holder_named_after(doc, end) else None


def _holder_named_after(doc: Doc, end: int) -> bool:
    """A person's name right after a portfolio, past the rest of its fields ("Secretary of Security and Citizen
    Protection Jane Doe"): the title is set before its holder's name, so the portfolio is the office's."""
    i = end
    while i < len(doc) and (
        doc[i].lower_ in ("and", "&")
        or (doc[i].is_title and doc[i].ent_type_ != "PERSON" and common_word(doc[i]))
    ):
        i += 1
    return i < len(doc) and doc[i].ent_type_ == "PERSON" and doc[i].ent_iob_ == "B"


def _thing_names(spans: list[tuple[Span, Span]]) -> set[tuple[str, ...]]:
    """Names one of whose mentions the article sets beside a thing's noun ("the novel Obsession") or an illness's
    ("the Acme-19 pandemic") or uses as an occasion's ("the Acme Forum hosted by …", "Doe v. Roe"), or that end
    with a thing's word ("U.S. Treasuries", "the Mike Doe Show"; not two words opening with a given name, "Jane
    Album"), and names every mention of which is a grade or brand before its noun
    ("Brent crude") or a product's model ("the Trail Lite 20", "two Siestas"). ``spans``: each entity with its
    trimmed span."""
    found, graded, acting, models, named = set(), set(), set(), set(), set()
    for _, span in spans:
        if lookup_alias(span.text) is not None:
            continue
        words = _words(span)  # once: a Token per word of the name each time
        (graded if names_a_grade(span) else acting).add(words)
        (models if names_a_model(span) else named).add(words)
        ends_thing = (
            len(span) > 1 and name_heads().get(span[-1].lower_) == THING and _head_word_names_its_kind(span)
        )
        if (
            ends_thing or set_beside_thing(span) or names_an_illness(span) or names_an_occasion(span)
        ) and words:
            found.add(words)
    return found | {words for words in (graded - acting) | (models - named) if words}


def _words(span: Span) -> tuple[str, ...]:
    """The name's words of letters, the key its mentions share; a name with none ("Acme-19", one token of letters
    and digits) is keyed by its tokens. Kept per article by the span's bounds: the candidate passes ask it of the
    same names over and over."""
    known = kept(span.doc, "name_words")
    key = (span.start, span.end)
    found = known.get(key)
    if found is None:
        found = known[key] = tuple(t.lower_ for t in span if t.is_alpha) or tuple(
            t.lower_ for t in span if not t.is_punct
        )
    return found


def _apposed_kind(span: Span) -> str | None:
    """The entity label a common noun in apposition or before the name gives it: a church, a museum or a party is no
    person ("Hagia Sophia, formerly a church and now a museum", "the human-rights group Memorial")."""
    root = span.root
    nouns = [c for c in root.children if c.dep_ == "appos" or c.dep_ == "compound" and c.i == span.start - 1]
    nouns += [root.head] if root.dep_ == "appos" else []
    for noun in nouns:
        if noun.pos_ == "NOUN" and (kind := name_heads().get(noun.lemma_.lower())) in ("ORG", "FAC", "GPE"):
            return kind
    return None


# Offices a firm fills as often as a person: "Morgan Acme, the bank's adviser" may be a firm named for its founder.
FIRM_OFFICES = frozenset({"adviser"})


def _office_holder(span: Span) -> bool:
    """A name NER tagged a body that its sentence makes a person's office's holder: one titled with the office
    (``_after_persons_title``), or a given name and a surname
    ("Jane Roe") set beside the office ("Jane Roe, the deputy premier"), being it ("Jane Roe is the treasurer") or
    named to it ("Jane Roe was appointed as deputy premier"; not "Jane Roe acted as …", which a firm does too). Its
    other mentions are the person too."""
    if _after_persons_title(span):
        return True
    if (
        not 2 <= len(span) <= 3
        or span[0].lower_ not in given_names()
        or not all(t.text[:1].isupper() for t in span)
    ):
        return False
    root = span.root
    nouns = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
    if root.dep_ in ("nsubj", "nsubjpass"):
        nouns += [c for c in root.head.children if c.dep_ in ("attr", "oprd")]
    if root.dep_ == "nsubjpass":
        nouns += [o for p in root.head.children if p.lower_ == "as" for o in p.children if o.dep_ == "pobj"]
    return any(
        (found := find_role([noun])) is not None
        and found.role.kind == "person"
        and found.role.role_class not in FIRM_OFFICES
        for noun in nouns
    )


def _after_persons_title(span: Span) -> bool:
    """ "fourth-place candidate Roe marched": a capitalised name of one or two words right after a lower-case
    person's role noun that is no firm's office ("the adviser Acme") is that person, unless its last word is a
    body's."""
    doc = span.doc
    if not 1 <= len(span) <= 2 or not span.start or _body_word(span[-1]):
        return False
    if span.end < len(doc) and (doc[span.end].pos_ == "PROPN" or is_possessive(doc[span.end])):
        return False  # "archbishop Monsignor Jane Roe": a title before the name; "to justice Acme's leaders"
    title = doc[span.start - 1]
    return (
        title.tag_ == "NN"
        and title.is_lower
        and (found := find_role([title])) is not None
        and found.role.kind == "person"
        and found.role.role_class not in FIRM_OFFICES
    )


# Words that count people: "some Tarvanis believe", "many Tarvanis fled"
_QUANTIFIERS = frozenset({"some", "many", "most", "several", "few", "hundreds", "thousands", "dozens"})


def _counted_peoples(doc: Doc, spans: list[tuple[Span, Span]]) -> set[tuple[str, ...]]:
    """One-word plural names NER tagged a body or a person that the article counts somewhere ("some 250
    Tarvanis", "Some Tarvanis believe"): a people, in every mention — a body or a person is not counted by the head.
    Not a name the alias table knows ("some Democrats"), nor an acronym's plural ("MPs"). ``spans``: each entity
    with its trimmed span."""
    plurals = {
        span[0].text
        for ent, span in spans
        if ent.label_ in ("ORG", "PERSON")
        and len(span) == 1
        and span[0].text[:1].isupper()
        and not span[0].text[1:].isupper()
        and (
            span[0].lower_.endswith("men")
            or span[0].lower_.endswith("s")
            and not span[0].lower_.endswith("ss")
        )
        and lookup_alias(span.text) is None
    }
    if not plurals:
        return set()
    return {
        (doc[i].lower_,)
        for i in indices_with(doc, ORTH, tuple(sorted(plurals)))
        if any(
            c.dep_ == "nummod" or (c.dep_ in ("det", "amod") and c.lower_ in _QUANTIFIERS)
            for c in doc[i].children
        )
    }


def _titled_name(label: str, span: Span) -> bool:
    """A name of one to three capitalised words NER tagged a place, right after a person's title, is that person:
    after an honorific or a rank ("Dr. Roe", "Sen. Roe") or a capitalised office word it is the compound of ("the
    ousted President Roe", "Bank President Roe") — a place has no title. Not a name ending in a body's or a place's
    word ("Lord Howe Island"), nor one the alias table knows ("President Washington"), nor a state ("Miss Idaho").
    Body-tagged names are left to ``_office_holder``: an office word opens bodies' names ("General Acme", "Officer
    Acme"), and a body-tagged "Mr Roe" made a person took a pronoun from a nearer unmarked man ("He claimed …")."""
    if label not in PLACE_LABELS:
        return False
    if not 1 <= len(span) <= 3 or not span.start or _body_word(span[-1]) or span[-1].lower_ in name_heads():
        return False  # "Lord Howe Island", "Dr. Acme Clinic": a place's or body's head word ends it
    if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in span):
        return False
    if place_country_code(span.text, region=True) is not None:
        return False  # "Miss Idaho": a state's title, no person called Idaho
    title = span.doc[span.start - 1]
    if title.lower_ in HONORIFICS or title.lower_ in GENDERED_TITLES:
        return True
    return (
        title.tag_ == "NNP"
        and title.dep_ == "compound"
        and span.start <= title.head.i < span.end
        and (found := find_role([title])) is not None
        and found.role.kind == "person"
        and found.role.role_class not in FIRM_OFFICES
    )


def _listed_with_places(span: Span) -> bool:
    """A "person" of capitalised words opening with no given name, coordinated with a place before it ("the
    mayors of Minneapolis and Saint Paul"): items of one list are of one kind."""
    root = span.root
    return (
        len(span) > 1
        and span[0].lower_ not in given_names()
        and root.dep_ == "conj"
        and root.head.ent_type_ in ("GPE", "LOC")
    )


# not "inter": "Inter-American Commission", "Inter-Services Intelligence"
MODIFIER_PREFIXES = frozenset({"anti", "pro", "non", "intra", "post", "pre", "ex", "neo", "mid"})


def _modifier_word(span: Span) -> bool:
    """One word that is an adjective modifying a noun ("no Congressional authorization") or opens with a prefix
    such as "anti-" or "pro-" ("pro-Democracy protesters")."""
    if len(span) != 1:
        return False
    token = span[0]
    if token.tag_ == "JJ" and token.dep_ == "amod":
        return True
    return "-" in token.text and token.lower_.split("-")[0] in MODIFIER_PREFIXES


def _legislators_seat(span: Span) -> bool:
    """A name after "for" on a legislator's role word ("the MP for Henley", "a senator for Nebraska"): the
    constituency the member sits for, a place whatever NER took it for."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ != "for":
        return False
    if any(c.dep_ == "det" for c in root.children) or any(kind_word(t) or _body_word(t) for t in span):
        return False  # "an MP for the National Party": the party a member sits for, a body (a seat takes no "the")
    if root.head.head.lemma_.lower() == "member" and root.head.head.tag_ in ("NN", "NNP"):
        return True  # "the member for Acmeton": a Westminster member's seat (no one is a member *for* a body)
    found = find_role([root.head.head])
    return found is not None and found.role.cameo_role == "LEG"


def _cut_before_its_kind(span: Span) -> bool:
    """Words NER took for a body's name but stopped before the lower-case kind's word they name with it ("the
    Identity Card scheme", "the 2007 Australian Federal election", "the Small Business Innovation Research program"):
    a law's, contest's or programme's name (``name_heads`` LAW or ``plan_heads``), no actor. Not a body's name the word
    follows ("the African Union summit", "the Working Group meeting", "the Department of Energy program": a body's
    word, or its complement), nor one word ("the Labor policy": the party's)."""
    doc = span.doc
    if len(span) < 2 or span.end >= len(doc):
        return False
    after = doc[span.end]
    return (
        after.is_lower
        and (name_heads().get(after.lower_) == "LAW" or after.lower_ in plan_heads())
        and span[-1].head.i == after.i
        and not any(
            t.lower_ in _COMPLEMENT_WORDS or t.lower_ in BODY_WORDS or _body_word(t) or kind_word(t)
            for t in span
        )
    )


def _common_noun(span: Span) -> bool:
    """One word opening a sentence or a line, capitalised only there, that is a common word of English and not a
    name: the tagger reads it as a common noun ("Intelligence said"), a verb ("Avoid crowded places", a list's
    imperative) or an adverb ("Controversially, ..."); or it reads it as a name of a person or body but the word is an
    English noun the article never capitalises inside a sentence, standing alone on its line (a list's "Carrots"),
    before the gerund it is the object of ("Soul searching followed") or written in lower case inside another
    sentence ("Albedo measurements range ..." where the article speaks of "the ice's albedo"). Not a proper name or an
    acronym, nor such a word inside a sentence ("probing Eskom"), nor a word English has no noun for ("Fukuda
    said"), nor a name the article writes capitalised elsewhere ("Apple started ... it was Apple's")."""
    token = span[0]
    if len(span) != 1 or not token.is_sent_start or token.is_upper:
        return False
    if token.tag_ in ("NN", "NNS"):
        return token.lemma_.lower() in english_nouns() and not _named_speaker(span)
    if token.tag_.startswith("VB"):
        return token.lower_ in english_verbs()
    if token.tag_ == "RB":
        return token.lower_ in english_adverbs()
    return (
        token.tag_ == "NNP"
        and span.label_ in ("PERSON", "ORG")
        and token.lower_ in english_nouns()
        and _opens_a_phrase_only(token)
    )


def _named_speaker(span: Span) -> bool:
    """NER calls the word a person and the parse makes it the one subject of a reporting verb that reports a
    clause ("Morales says he is …", the surname tagged a plural of "morale"): two readings agree on a speaker's
    name, unless the word is a noun for people or a role ("Spokesman said")."""
    token = span[0]
    word = token.lemma_.lower()
    return (
        span.label_ == "PERSON"
        and speaks(token)
        and word not in role_words()
        and word not in generic_agents()
        and word not in people_nouns()
    )


def _opens_a_phrase_only(token: Token) -> bool:
    """The word is its line's only word, the object of the lower-case gerund after it ("Soul searching") or a word
    the article writes in lower case inside a sentence, and the article never writes it capitalised inside a
    sentence. Not before a noun on its own: "Bush administration officials say" is a name that opens a sentence as
    surely as "Venture capitalists say" is none."""
    doc, after = token.doc, token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    alone = after is None or after.is_sent_start or after.is_space
    opens = after is not None and after.is_lower and after.tag_ == "VBG" and token.head == after
    inside = [t for t in tokens_with(doc, LOWER, (token.lower_,)) if not t.is_sent_start]
    lowered = any(t.is_lower for t in inside) and not _body_word(token)
    return (alone or opens or lowered) and not any(t.text == token.text for t in inside)


def _body_word(token: Token) -> bool:
    """A body's or role's word ("Parliament", "Army"): capitalised alone it names the body the article means."""
    return name_heads().get(token.lower_) is not None or find_role([token], body=True) is not None


_COMPLEMENT_WORDS = frozenset({"of", "on", "to", "for"})


def _law_before_complement(span: Span) -> bool:
    """A name whose words before its first "of", "on", "to" or "for" end in a law's, treaty's or meeting's word
    ("the Summit of the Americas", "the Convention on Acme Weapons", "the National Strategy to Counter Acme"): its
    complement says what the law is about; not "the Conference of Presidents", whose word is a body's, nor "the
    Institute for the Study of War", whose first complement follows a body's word."""
    complement = next((t for t in span[1:-1] if t.lower_ in _COMPLEMENT_WORDS), None)
    return (
        complement is not None
        and name_heads().get(span.doc[complement.i - 1].lower_) == "LAW"
        and not _body_word(span[-1])  # "the Summit of the Americas Secretariat" is a body
    )


def _plan_names(spans: list[tuple[Span, Span]], acronyms: dict[str, str]) -> tuple[set[str], set[str]]:
    """Org keys of names headed on a programme's, prize's or day's word (``plan_heads``) no mention of which, nor
    of their initials, acts: no actor ("benefits under the Acme Assistance Program", "during National Acme
    Week"). A body bearing such words acts somewhere ("the Innocence Project said", "a study by the Acme
    Initiative", "according to the Acme Project", "Acme Program officials"), or speaks by its head word alone
    ("the Project said"). Also the head words of the names dropped: a later "Project" alone is the dropped
    "Acme Project" again, no actor of its own. ``spans``: each entity with its trimmed span."""
    heads = {
        org_key(span.text): word
        for _, span in spans
        if (word := _plan_head(span)) is not None and lookup_alias(span.text) is None
    }
    acting = {
        named
        for _, span in spans
        if (named := acronyms.get(key := org_key(span.text), key)) in heads and _acts(span.root)
    }
    speaking = {span[0].lower_ for _, span in spans if len(span) == 1 and _speaks(span[0])}
    dropped = {key for key, word in heads.items() if key not in acting and word not in speaking}
    return dropped, {heads[key] for key in dropped} - {heads[key] for key in heads.keys() - dropped}


def _plan_head(span: Span) -> str | None:
    """The programme's, prize's or day's word (lower case) a name of several words is headed on: its last word, or
    its word before its first complement ("the Partnership for Acme Infrastructure"), before a year; none for a person's name
    ("Doris Day")."""
    if span[-1].like_num and len(span) > 2:
        span = span[:-1]  # "Anti-Acme Week 2005": the week of one year
    if len(span) < 2 or (span.label_ == "PERSON" and span[0].lower_ in given_names()):
        return None
    if span[-1].lower_ in plan_heads():
        return span[-1].lower_
    complement = next((t for t in span[1:-1] if t.lower_ in _COMPLEMENT_WORDS), None)
    if complement is None or _body_word(span[-1]):
        return None
    word = span.doc[complement.i - 1].lower_
    return word if word in plan_heads() else None


def _speaks(token: Token) -> bool:
    """The subject of a verb of saying ("the Project said")."""
    return token.dep_ == "nsubj" and token.head.lemma_ in reporting_verbs()


def _acts(token: Token) -> bool:
    """The name's head (or the first of its conjuncts, or what it is set beside) is a clause's subject, the doer
    after "by", the source after "according to"; or a person or body is its own ("Acme Program officials", "the
    Acme Project's director", "founder of the Acme Project", "works with the Acme Programme", "the Acme Project
    authors say"); or it is one of some bodies ("groups such as the Acme Project", "groups and individuals
    including the Acme Project") or listed with one named by its kind's word ("the ACLU, the Acme Project and the
    Acme Policy Center": items of one list are of one kind). Not the subject of "be" or of a verb of receiving
    ("National Acme Week is a time to …", "the Acme Viaduct Project will receive $5 million")."""
    if any(kind_word(item) for item in _coordinated(token) if item is not token):
        return True
    while token.dep_ in ("conj", "appos") and token.head.pos_ in ("NOUN", "PROPN"):
        token = token.head
    head = token.head
    if token.dep_ == "nsubj":
        from newsroom.extract.events.codebook import word_set  # here: the events coder imports this package

        return head.lemma_ != "be" and head.lemma_ not in word_set("receive_verbs")
    if token.dep_ in ("poss", "compound"):
        # "the Acme Project authors say": its people speak
        return _speaks(head) or _person_noun(head) or find_role([head], body=True) is not None
    if token.dep_ != "pobj":
        return False
    owner = head.head
    if head.lower_ in ("with", "for") and owner.lemma_ == "work":
        return True  # "Jane Doe, who works with the Acme Programme as an officer": it employs people
    if head.lower_ in ("of", "at", "to", "for"):
        return _person_noun(owner)
    if head.lower_ in ("including", "as", "like"):
        return any(_bodies_noun(noun) for noun in _coordinated(owner))
    return head.lower_ == "by" or (head.lower_ == "to" and owner.lower_ == "according")


def _person_noun(token: Token) -> bool:
    """A noun for one person or an office ("founder", "officials", "Director")."""
    return token.lemma_.lower() in person_nouns() or find_role([token], body=False) is not None


def _bodies_noun(token: Token) -> bool:
    """A common noun for bodies ("groups", "organizations", "agencies")."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in org_anaphors()


def _coordinated(token: Token) -> list[Token]:
    """Every item of the list the token is one of, the token too."""
    while token.dep_ == "conj":
        token = token.head
    items, todo = [], [token]
    while todo:
        items.append(item := todo.pop())
        todo += [c for c in item.children if c.dep_ == "conj"]
    return items


def _head_word_names_its_kind(span: Span) -> bool:
    """A name ending in a kind's word (a law's "act", "deal", "plan"; a thing's "show", "bonds") names one of that
    kind, unless it is a person's (two words opening with a given name: "Nathan Deal", "Jude Law", "Jane Album"; not
    a body's name ending in the plural of a kind's word: "the Abraham Accords", but "John Laws" NER took for a
    person) or the word is a complement ("School of Law")."""
    if span[-2].lower_ == "of":
        return False
    last = span[-1].lower_
    plural = (
        span.label_ != "PERSON"
        and last.endswith("s")
        and name_heads().get(last[:-1], "") == name_heads().get(last)
    )
    return len(span) > 2 or plural or span[0].lower_ not in given_names()


WORLD_TIME = frozenset({"UTC", "GMT"})
CLOCK_WORDS = frozenset({"a.m.", "p.m.", "am", "pm", "a.m", "p.m"})


def _clock_zone(span: Span) -> bool:
    """One word in capitals right after a clock time ("2100 UTC", "8:30 p.m. BST", "10:30 EDT"), or a zone of world
    time anywhere ("local time (UTC +4:30)"): a time zone."""
    if len(span) != 1 or not span[0].is_upper or not span.start:
        return False
    before = span.doc[span.start - 1]
    return (
        span[0].text in WORLD_TIME
        or before.lower_ in CLOCK_WORDS
        or bool(re.fullmatch(r"\d{4}|\d{1,2}:\d{2}", before.text))
    )


def _with_place_of(ent: Span) -> Span:
    """ "the Eastern District" of "the Eastern District of Virginia": an area named by its kind ends with the place
    after "of", so the districts of two states are two actors; so does a body named by its kind ("the Federal Reserve
    Bank of Atlanta", "the Medical Council of Ontario") that NER cut before "of", not a firm ("Volvo Group of
    Sweden"), also when NER took what follows "of" for a name of its own ("US Bureau" + "Labor Statistics")."""
    doc = ent.doc
    end = ent.end
    last = ent[-1].lower_
    head = "ORG" if last in OF_BODY_WORDS else name_heads().get(last)
    by_kind = (head == "GPE" and ent.label_ in ("GPE", "LOC", "FAC", "ORG")) or (
        head == "ORG" and ent.label_ == "ORG" and last not in FIRM_HEADS
    )
    if (
        by_kind
        and end + 1 < len(doc)
        and doc[end].lower_ == "of"
        and doc[end + 1].ent_iob_ == "B"
        and (doc[end + 1].ent_type_ in ("GPE", "LOC") or (head == "ORG" and doc[end + 1].ent_type_ == "ORG"))
    ):
        place = next(e for e in doc.ents if e.start == end + 1)
        return Span(doc, ent.start, place.end, label=ent.label_)
    return ent


OUTLET_NAME_WORDS = frozenset({"media", "press", "news"})


def _outlet_word(doc: Doc, i: int) -> bool:
    """A capitalised "Media", "Press" or "News" inside a sentence, outside any entity: the last word of a name."""
    if i >= len(doc):
        return False
    token = doc[i]
    return (
        token.is_title
        and not token.is_sent_start
        and not token.ent_type_
        and token.lower_ in OUTLET_NAME_WORDS
    )


def _candidate_spans(reg: Registry) -> list[Span]:
    """NER entities plus alias-table matches; the longer wins where they overlap (NER on ties). Records each
    acronym spelled out in the text in ``reg.acronyms``."""
    doc = reg.doc
    ents = [e for e in entities(doc) if e.label_ in ENTITY_LABELS or e.label_ in NO_ACTOR_LABELS]
    spans = [
        with_what_for(with_office(_with_place_of(with_campus(with_shop_noun(with_generation(e))))))
        for e in rejoin_at_and(doc, joined_at_link(doc, ents))
    ]
    for name, acronym in acronym_pairs(doc):  # "The Articulation of Indigenous Peoples (AIP)"
        spans = [
            e for e in spans if not (e.start < acronym.start and e.end > name.end)
        ]  # "X (WHO" as one entity
        spans += [
            Span(doc, name.start, name.end, label="ORG"),
            Span(doc, acronym.start, acronym.end, label="ORG"),
        ]
        reg.acronyms[org_key(acronym.text)] = org_key(" ".join(name.text.split()))
    spans = _without_tickers(reg, spans)
    spans = [piece for e in spans for piece in _two_names_at_comma(e, spans)]
    spans = [piece for e in spans for piece in _list_pieces(e)]
    spans = [_without_count(e) for e in spans]
    for _, start, end in alias_matcher(doc.vocab)(doc):
        entry = lookup_alias(doc[start:end].text)
        if entry is not None:
            if (
                entry.actor_type != "country"
                and not (entry.cameo_actor_code or "").endswith("MED")
                and _outlet_word(doc, end)
            ):
                end += 1  # "PA Media": an outlet named after a body the alias table knows is another body
            spans.append(Span(doc, start, end, label="GPE" if entry.actor_type == "country" else "ORG"))
    spans += speaker_names(
        doc
    )  # "Garver said": a speaker NER did not tag; NER's and the alias table's win ties
    spans += titled_untagged_names(doc)  # "Minister of Foreign Relations Jane Okafor Doe" NER left untagged
    # a war or a law holds no actor: "the Vietnam War" is no mention of Vietnam
    kept = [
        part
        for s in filter_spans(spans)
        if s.label_ not in NO_ACTOR_LABELS and not address_part(s)
        for item in _list_items(s)
        for named in _person_after_acronym(item)
        for part in _of_a_list(named)
    ]
    return sorted(kept, key=lambda s: s.start)


def _person_after_acronym(span: Span) -> list[Span]:
    """ "spokesman to the U.N. Richard Grenell": NER ran a body's acronym into the name of the person titled after
    it; a given name and a surname (two or three capitalised words) after an acronym inside a body's name are a
    person of their own, the acronym a body; not an office or a thing's name ("UN General Assembly", "JWP Junior
    Championship")."""
    if span.label_ != "ORG" or len(span) < 3:
        return [span]
    doc = span.doc
    for k in range(span.start, span.end - 2):
        token = doc[k]
        if _acronym(token.text) and doc[k + 1].lower_ in given_names():
            rest = doc[k + 1 : span.end]
            if (
                len(rest) <= 3
                and all(t.is_title and t.tag_ == "NNP" and t.lower_ not in name_heads() for t in rest)
                and rest[0].lower_ not in role_words()
            ):
                return [Span(doc, span.start, k + 1, label="ORG"), Span(doc, k + 1, span.end, label="PERSON")]
            break
    return [span]


def _acronym(text: str) -> bool:
    """ "UN", "U.N.", "NATO": capital letters, maybe dotted."""
    letters = text.replace(".", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()


# What stands between a term in lower case and its initials: '"acme tax relief" or ATR', "acme tax relief (ATR)".
_TERM_ACRONYM_MARKS = frozenset({"(", "or", '"', "“", "”", "'", "‘", "’", ","})


def _stands_for_common_words(token: Token) -> bool:
    """An acronym the article spells out, somewhere, as words in lower case right before it, in brackets or after
    "or" ("known as "acme tax relief" or ATR", "acme tax relief (ATR)"): the initials of a term, a policy or a
    thing, no body's name, which the article would write with capitals."""
    letters = token.text.replace(".", "").lower()
    doc = token.doc
    for t in doc:
        if t.text != token.text or t.i < 3:
            continue
        j, marks = t.i - 1, []
        while j >= 0 and doc[j].lower_ in _TERM_ACRONYM_MARKS and len(marks) < 3:
            marks.append(doc[j].lower_)
            j -= 1
        if not marks or (marks[0] != "(" and "or" not in marks):
            continue
        initials = []
        while j >= 0 and len(initials) < len(letters):
            word = doc[j]
            if word.lower_ in ACRONYM_GLUE and initials:
                j -= 1
                continue
            if not (word.is_alpha and word.is_lower):
                break
            initials.append(word.text[0])
            j -= 1
        if "".join(reversed(initials)) == letters:
            return True
    return False


def _of_a_list(span: Span) -> list[Span]:
    """ "the G7 Foreign Ministers of Canada, France, … and the United States": NER ran a body's name into the first
    country its "of" lists; the body is of them all, no one country's, so its name ends before "of" and the first
    country is a name of its own — when what is left is still a name ("the Governments of A, B and C" is not)."""
    if span.label_ != "ORG" or len(span) < 3:
        return [span]
    last, doc = span[-1], span.doc
    of = last.head
    if last.dep_ != "pobj" or of.lower_ != "of" or not span.start < of.i < span.end - 1:
        return [span]
    if not any(c.dep_ == "conj" and c.i >= span.end for c in last.children):
        return [span]
    if sum(t.lower_ != "the" for t in span[: of.i - span.start]) < 3:
        return [span]
    place = Span(doc, of.i + 1, span.end, label="GPE")
    if (entry := lookup_alias(place.text)) is None or entry.actor_type != "country":
        return [span]
    return [Span(doc, span.start, of.i, label="ORG"), place]


def _without_tickers(reg: Registry, spans: list[Span]) -> list[Span]:
    """ "JPMorgan Chase (JPM)", "Boeing Co. (NYSE: BA)": capitals in brackets right after an organisation's name,
    alone or after an exchange and a colon, are its ticker or short name, no actor of their own (nor is the
    exchange); a later bare "JPM" is the company. Initials spelled out are ``acronym_pairs``'s."""
    doc, brackets = reg.doc, []
    for ent in spans:
        if ent.label_ != "ORG" or ent.end + 2 >= len(doc) or doc[ent.end].text != "(":
            continue
        close = next((t.i for t in doc[ent.end + 1 : ent.end + 5] if t.text == ")"), None)
        if close is None or not (
            close == ent.end + 2 or (close == ent.end + 4 and doc[ent.end + 2].text == ":")
        ):
            continue
        ticker = doc[close - 1]
        key = org_key(ticker.text)
        if ticker.is_alpha and ticker.is_upper and len(ticker) <= 6 and key not in reg.acronyms:
            brackets.append((ent.end, close))
            reg.acronyms[key] = org_key(" ".join(ent.text.split()))
    return [e for e in spans if not any(start < e.start and e.end <= end for start, end in brackets)]


def _two_names_at_comma(ent: Span, spans: list[Span]) -> list[Span]:
    """ "According to SourceWatch, Progress for America is …": NER ran a name and the next clause's subject into one
    body across a comma. When the words after the comma are a name of two or more words that is the clause's
    subject and that the article also names alone, the span is two bodies; "University of Acme, Springfield" and
    "Acme, Inc." keep their one name."""
    doc = ent.doc
    commas = [t.i for t in ent if t.text == ","]
    if ent.label_ != "ORG" or len(commas) != 1 or commas[0] == ent.start:
        return [ent]
    after = doc[commas[0] + 1 : ent.end]
    if ent.start and doc[ent.start - 1].lower_ in ("and", "of", "for"):
        return [ent]  # "minister for Education and Training, Jane Roe said": a title's field, then its holder
    if (
        len(after) < 2
        or after.root.dep_ not in ("nsubj", "nsubjpass")
        or not any(o.text == after.text and (o.end <= ent.start or o.start >= ent.end) for o in spans)
    ):
        return [ent]
    return [Span(doc, ent.start, commas[0], label="ORG"), Span(doc, after.start, after.end, label="ORG")]


_LIST_JOINS = frozenset({"and", "&", "or", "und", "et", "y"})
_FIRM_SUFFIXES = frozenset(
    {"inc", "ltd", "llc", "llp", "lp", "plc", "co", "corp", "sa", "ag", "gmbh", "nv", "bv"}
)


def _list_pieces(ent: Span) -> list[Span]:
    """ "Cosponsors: Adams, Allred, Amo, Boyle, Brown, …": NER ran several names of a comma list into one body
    ("Adams, Allred", "Boyle, Brown, Brownley"). A body-tagged span with commas inside that stands in a longer
    comma list — a comma and a capitalised word right after it or right before it — and has no "and"/"&" of its
    own is its pieces; "Gibson, Dunn & Crutcher", "Acme, Inc." and a name standing alone ("Identity, Tradition,
    Sovereignty (ITS)") keep their one name. Never a name run together from a list."""
    doc = ent.doc
    if ent.label_ != "ORG" or len(ent) < 3:
        return [ent]
    whole, ent = ent, ent[:-1] if ent[-1].text == "," else ent  # NER may end the span with the list's comma
    commas = [t.i for t in ent if t.text == ","]
    if not commas or commas[0] == ent.start or commas[-1] == ent.end - 1:
        return [whole]
    if any(t.lower_ in _LIST_JOINS or t.lower_.rstrip(".") in _FIRM_SUFFIXES for t in ent):
        return [whole]
    listed_after = ent.end + 1 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 1].is_title
    listed_before = ent.start > 1 and doc[ent.start - 1].text == "," and doc[ent.start - 2].is_title
    if not (listed_after or listed_before):
        return [whole]
    bounds = [ent.start - 1, *commas, ent.end]
    pieces = [Span(doc, a + 1, b, label="ORG") for a, b in zip(bounds, bounds[1:], strict=False)]
    if not all(
        len(p) and (p[0].is_title or (p[0].lower_ == "the" and len(p) > 1 and p[1].is_title)) for p in pieces
    ):
        return [whole]
    if len(pieces[0]) > 1 and len(pieces[-1]) == 1 and field_piece(pieces[-1][0]):
        return [whole]  # a body's fields: "the Senate Committee on Health, Education, Labor, and Pensions"
    # a lone word of the list is a surname or a short name whose kind nothing here shows (the same list holds
    # "Adams" and "Allred", members of a legislature, and "Amo" tagged a place): no actor unless the alias table
    # knows it; a piece of several words is a name of its own ("Association of Rural Water Agencies")
    return [p for p in pieces if len(p) > 1 or lookup_alias(p.text) is not None]


def _without_count(ent: Span) -> Span:
    """ "McNeil received 571 votes, Jane Roe 169, John Doe 255 and Roe 402": a count NER ran into the name before
    it in a list of results — one where another name too is followed by its count — is no part of the name when the
    article also writes the name without it; "Channel 4" keeps its number."""
    doc, last = ent.doc, ent[-1]
    if (
        len(ent) < 2
        or not last.text.replace(",", "").isdigit()
        or not ent[-2].text[:1].isupper()
        or (last.i + 1 < len(doc) and doc[last.i + 1].text not in (",", ";", ".", "and"))
    ):
        return ent
    sentence, name = last.sent, ent[-2]
    pairs = [
        t
        for t in sentence[:-2]
        if t.i != name.i
        and t.ent_type_ in ("PERSON", "ORG")
        and t.nbor().text.isdigit()
        and t.nbor(2).text in (",", ";", ".", "and")
    ]
    alone = any(t.text == name.text and not t.nbor().like_num for t in doc[:-1] if t.i != name.i)
    return Span(doc, ent.start, ent.end - 1, label=ent.label_) if pairs and alone else ent


COMPANY_SUFFIXES = frozenset({"inc", "ltd", "llc", "co", "corp", "plc", "ag", "sa", "gmbh", "kft"})


def _list_items(span: Span) -> list[Span]:
    """ "Crete and Cyprus", "Prohibition Party, Reform Party", "the Progressive and The New York Times": NER took
    a list for one name when the name's head is coordinated with another name inside it; each item is a name when
    each looks like one (two words or more, a name the alias table or the gazetteer knows, or "The" opening the
    next), or when one is known and all are proper nouns; items listed with a country are places ("Crete"). Not a
    name holding "and" lower down ("Peace and Freedom Party"), one the alias table knows ("Bosnia and Herzegovina"),
    a firm's "&" ("Smith & Wesson"), items sharing a word ("North and South Korea"), a company's suffix ("Acme
    Holdings, Inc.") or common nouns ("High Crimes and Misdemeanors", "Police and Crime Commissioner")."""
    if span.label_ == "PERSON" or len(span) < 3 or lookup_alias(span.text) is not None:
        return [span]
    root, doc = span.root, span.doc
    if not any(c.dep_ == "conj" and span.start <= c.i < span.end for c in root.children):
        return [span]
    cuts = [
        c.i
        for c in root.children
        if span.start < c.i < span.end - 1 and (c.lower_ == "and" or (c.dep_ == "punct" and c.text == ","))
    ]
    if (
        not cuts
        or span[0].lower_ in SHARED_WORDS
        or _fields_of_one_body(span, cuts[0])
        or _fields_before_head(span, cuts[-1])
    ):
        return [span]
    bounds = [span.start, *cuts, span.end]
    items = []
    for start, end in itertools.pairwise(bounds):
        while start < end and doc[start].lower_ in (",", "and"):
            start += 1
        words = [t for t in doc[start:end] if t.is_alpha and t.lower_ != "the"]
        if not words or not words[0].text[:1].isupper() or words[-1].lower_.rstrip(".") in COMPANY_SUFFIXES:
            return [span]
        items.append(Span(doc, start, end, label=span.label_))
    known = [_known_place_or_name(item) for item in items]
    if any((e := lookup_alias(item.text)) is not None and e.actor_type == "country" for item in items):
        items = [
            Span(doc, i.start, i.end, label="GPE") if not k else i for i, k in zip(items, known, strict=True)
        ]
    if all(
        known[n]
        or len([w for w in _words(item) if w != "the"]) > 1
        or (item.end < span.end and doc[item.end + 1].text == "The")
        for n, item in enumerate(items)
    ) or (any(known) and all(t.tag_ == "NNP" for t in span if t.is_alpha and t.lower_ not in ("the", "and"))):
        return items
    return [span]


def _fields_of_one_body(span: Span, cut: int) -> bool:
    """ "the Bureau of Fisheries and Aquatic Resources": "of" or "for" before the first cut and capitalised common
    words after it are the fields one body's name lists, however the parse hung them."""
    doc = span.doc
    if not any(t.lower_ in ("of", "for") for t in doc[span.start : cut]):
        return False
    rest = [t for t in doc[cut + 1 : span.end] if t.is_alpha and t.lower_ not in ("and", "the")]
    return (
        bool(rest)
        and all(t.is_title and common_word(t) for t in rest)
        and lookup_alias(doc[rest[0].i : span.end].text)
        is None  # "... and Federal Reserve": a body of its own
    )


def _fields_before_head(span: Span, cut: int) -> bool:
    """ "the National Oceanic and Atmospheric Administration", "the Substance Abuse and Mental Health Services
    Administration": capitalised common words on both sides of the last cut, none a body's or an office's word
    before it, are the fields of one body the last word heads; a list's items are names of their own ("Crete and
    Cyprus", "the Progressive and The New York Times") or end in a head each ("Reform Party and Green Party").
    The cut is the span's last "and" where the parse hung it lower; a chamber's word may open the name ("the
    Senate Health, Education, Labor and Pensions Committee")."""
    doc = span.doc
    cut = max((t.i for t in span if t.lower_ == "and"), default=cut)
    words = [t for t in span if t.is_alpha and t.lower_ not in ("the", "and")]
    fields = [t for t in words if t.i < cut]
    if fields and (chamber := find_role([fields[0]])) is not None and chamber.role.kind == "body":
        fields = fields[1:]
    return (
        bool(fields)
        and doc[cut].lower_ == "and"
        and doc[span.end - 1].i > cut + 1
        and all(t.is_title and common_word(t) for t in words)
        and not any(body_head(t) or find_role([t]) is not None for t in fields)
        and lookup_alias(doc[cut + 1 : span.end].text) is None
    )


def _known_place_or_name(item: Span) -> bool:
    """A name the alias table or the gazetteer knows: evidence that a list's item is a name of its own."""
    return lookup_alias(item.text) is not None or place_country_code(trim(item).text) is not None
