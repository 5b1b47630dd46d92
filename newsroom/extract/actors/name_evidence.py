"""Whether a span NER tagged as a person names one: evidence from how the article uses the words (a subject,
after a title, "who", "named"), from the script and language of its sentence, and from place use ("in X")."""

from __future__ import annotations

import unicodedata
from typing import NamedTuple

import numpy as np
from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc, Span, Token

from newsroom.extract.actors.names import Name
from newsroom.extract.actors.roles import is_person_role
from newsroom.extract.actors.speakers import says_too
from newsroom.extract.actors.words import GENDERED_TITLES, HONORIFICS, PLACE_LABELS, SUBJECT_DEPS
from newsroom.extract.lexicon import given_names, lookup_alias, name_heads, reporting_verbs, role_words
from newsroom.extract.scan import entities, indices_with

NAMING_VERBS = frozenset({"name", "call", "identify"})
PERSON_LED = frozenset({"administration", "presidency", "campaign"})  # "the Doe administration"
CONTACT_WORDS = frozenset({"call", "talk", "talks", "meeting", "meet", "speak", "conversation", "interview"})


def in_latin_letters(span: Span) -> bool:
    """Whether a span has a Latin letter: an English article gives names so, not "आशंका बन गई"."""
    return any(c.isalpha() and unicodedata.name(c, "").startswith("LATIN") for c in span.text)


def lacks_name_evidence(name: Name, persons: list[Name]) -> bool:
    """A "person" that nothing shows to be one ("MAGA", "Nuestras", "Brexit" tagged PERSON): words with no
    Latin letter, or with a number; words of a sentence not in English that open with no capital or given name;
    titles ("Marine Cpl.", "Irish Taoiseach"); or one word that is a title or a role, or all in capitals, or written in lower case elsewhere, or not a given name, not a word of a longer name in
    the article and used as a person's name in no English sentence of the article."""
    token = name.span[0]
    if not in_latin_letters(name.span) or any(c.isdigit() for c in name.span.text):
        return True  # a number is in no one's name: "Humberto 75 miles", "Rocky Linux 8", "Magnitude 6.3"
    if not token.is_title and name.words[0] not in given_names() and _foreign(name.span.sent):
        return True  # "la decisión" in a quoted Spanish sentence
    if len(name.words) > 1 and name.words[-1].rstrip(".") in RANKS:
        return True  # "Marine Cpl." where NER ends the name before "Bradley Warren": a title, no name
    if len(name.words) > 1 and _office_words(name.span):
        return True  # "Irish Taoiseach": a country's word and a title, no name
    if len(name.words) != 1:
        return False
    word = name.words[0]
    if token.is_upper and len(token) > 1:
        return True
    # "Lieut.", "eight Labour MPs", "Erwin Chemerinsky, Dean of ...": a title or role, no name
    longer = any(word in other.words for other in persons if len(other.words) > 1)
    if (_title_word(word) or _apposed_office(token)) and not longer:
        return True
    if word in given_names() or longer:
        return False
    doc = name.span.doc
    if any(not doc[i].is_sent_start for i in indices_with(doc, ORTH, (word,))):
        return True  # the article also writes it in lower case: a common noun ("Photographs show ...")
    return not any(
        _person_use(doc[i]) and not _foreign(doc[i].sent) for i in indices_with(doc, LOWER, (token.lower_,))
    )


# titles written as abbreviations ("Cpl.", "Lieut."): not "Lord", a surname too
RANKS = frozenset(w.rstrip(".") for w in HONORIFICS if w.endswith("."))


def _office_words(span: Span) -> bool:
    """Only titles, roles and a country's names or demonyms, with a title among them ("Irish Taoiseach")."""
    words = [t for t in span if not t.is_punct]
    titles = [_title_word(t.lower_) for t in words]
    return any(titles) and all(
        title or ((entry := lookup_alias(t.text)) is not None and entry.actor_type == "country")
        for t, title in zip(words, titles, strict=True)
    )


def _title_word(word: str) -> bool:
    """A title, a rank's abbreviation or a role noun, singular or plural ("dean", "lieut", "mps"): alone it names an
    office, not the person holding it."""
    word = word.rstrip(".")
    roles = role_words()
    return (
        word in HONORIFICS
        or f"{word}." in HONORIFICS
        or word in roles
        or (word[-1:] == "s" and word[:-1] in roles)
    )


def _apposed_office(token: Token) -> bool:
    """One capitalised word in apposition to a person's name and followed by "of" ("Erwin Chemerinsky, Dean of the
    law school"): the office the person holds."""
    doc = token.doc
    return (
        token.dep_ == "appos"
        and token.head.ent_type_ == "PERSON"
        and token.i + 1 < len(doc)
        and doc[token.i + 1].lower_ == "of"
    )


def pairs_surnames(name: Name, persons: list[Name]) -> bool:
    """ "Trump-Biden" (a debate, a ticket): two surnames joined by a hyphen, each the last word of another
    person's full name in the article, names the pair, not a person (not "Rhys-Davies" alone)."""
    parts = name.text.split("-")
    if len(parts) != 2 or " " in name.text:
        return False
    surnames = {other.words[-1] for other in persons if len(other.words) > 1}
    return all(part.lower() in surnames for part in parts)


# English prose has about four stop words in ten; a quoted foreign sentence hardly any
FOREIGN_STOP_SHARE = 0.1


def _foreign(sentence: Span) -> bool:
    """A sentence not in English ("Nuestras acciones estarán dirigidas a ese fin"): its parse says nothing."""
    words = [t for t in sentence if t.is_alpha]
    return len(words) >= 5 and sum(t.is_stop for t in words) < FOREIGN_STOP_SHARE * len(words)


def _person_use(token: Token) -> bool:
    """The word used as a person's name here: subject of a verb, after a title or role ("President Doe"), in
    apposition to a noun ("her husband Doe"), taking "who", named by a verb ("a student named Doe"), or leading
    an administration or campaign, met or called ("a phone call with Doe"), or
    quoted as a source."""
    doc = token.doc
    before = doc[token.i - 1] if token.i else None
    if token.dep_ in SUBJECT_DEPS and (token.head.pos_ == "VERB" or says_too(token.head)):
        return True  # not "Measles is one of ..."; "Doe has been a nurse for years and says …"
    if before is not None and (
        before.lower_ in HONORIFICS or before.lower_ in GENDERED_TITLES or is_person_role(before)
    ):
        return True
    if token.dep_ == "appos" and token.head.pos_ == "NOUN":
        return True
    if token.dep_ in ("oprd", "dobj", "attr") and token.head.lemma_ in NAMING_VERBS:
        return True
    if (
        token.dep_ == "dobj"
        and reporting_verbs().get(token.head.lemma_) == "act"
        and _asked_or_charged(token)
    ):
        return True
    if token.dep_ == "compound" and token.head.lower_ in PERSON_LED:
        return True
    if _quoted_source(token):
        return True
    if token.dep_ == "pobj" and token.head.lower_ == "with" and token.head.head.lemma_ in CONTACT_WORDS:
        return True  # "a phone call with Doe", "met with Doe"
    return any(c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children) for c in token.children)


def _quoted_source(token: Token) -> bool:
    """Where only a speaker stands: what a medium quotes or cites ("Mehr quoted Doe") and "according to Doe"."""
    head = token.head
    if token.dep_ == "dobj":
        return reporting_verbs().get(head.lemma_) == "media"
    return token.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according"


# "accused Doe of fraud", "asked Doe for help", "criticised Doe over the delay"
_DEED_PREPS = frozenset({"of", "for", "over"})
_COUNTED_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"})


def _asked_or_charged(obj: Token) -> bool:
    """The object of a speech act (reporting_verbs' "act": accuse, ask, urge, thank, ...) that goes on to say what
    the object did or is to do: "urged Doe to resign" (an infinitive), "accused Doe of fraud", "asked Doe for help"
    (a deed or a request after the object); only a doer is so charged or asked. Not a span of time ("praised
    Brexit for years"); a speech act aimed at a thing ("criticised Brexit") says no more."""
    verb = obj.head
    for c in verb.children:
        if c.i < obj.i:
            continue
        if c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ in _DEED_PREPS:
            inner = next((o for o in c.children if o.dep_ in ("pobj", "pcomp")), None)
            if inner is not None and inner.ent_type_ not in _COUNTED_ENTS:
                return True
    return False


PLACE_PREPOSITIONS = frozenset({"in", "near"})  # not "at": "shouted at Doe"


class PlaceEvidence(NamedTuple):
    """What names_a_place reads of the whole article, built once per article (``place_evidence``): spaCy
    rebuilds every entity on each ``doc.ents``, and this ran for each PERSON entity."""

    places: frozenset[tuple[str, ...]]  # the lower-case words of each GPE/LOC/FAC entity
    lower: np.ndarray  # LOWER of every token


def place_evidence(doc: Doc) -> PlaceEvidence:
    return PlaceEvidence(
        frozenset(tuple(t.lower_ for t in e) for e in entities(doc) if e.label_ in PLACE_LABELS),
        doc.to_array(LOWER),
    )


def names_a_place(span: Span, evidence: PlaceEvidence | None = None) -> bool:
    """A PERSON entity the article uses as a place: tagged a place elsewhere, the object of "in" or "near",
    or before an area noun ("in the Tsuen Wan district"); not when it opens with a given name or is used as a
    person's name anywhere. ``evidence``: ``place_evidence`` of the span's article, when the caller keeps it."""
    if span[0].lower_ in given_names():
        return False
    doc, words = span.doc, [t.lower_ for t in span]
    if evidence is None:
        evidence = place_evidence(doc)
    place = tuple(words) in evidence.places
    # Only where the first word's hash matches (one array compare), not a slice at every token: this ran
    # for each PERSON entity over the whole article.
    firsts = np.flatnonzero(evidence.lower[: len(doc) - len(words) + 1] == span[0].lower)
    for start in firsts.tolist():
        if [t.lower_ for t in doc[start : start + len(words)]] != words:
            continue
        last = doc[start + len(words) - 1]
        if _person_use(last):
            return False
        place = place or (
            (last.dep_ == "pobj" and last.head.lower_ in PLACE_PREPOSITIONS)
            or (last.dep_ == "compound" and name_heads().get(last.head.lower_) in PLACE_LABELS)
        )
    return place
