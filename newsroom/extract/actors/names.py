"""Names as written: trimming entity spans, the name(s) inside a PERSON entity, a person's name that NER
tagged as something else, acronyms spelled out in the text, and comparison keys for organisations."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from spacy.attrs import IS_ALPHA, IS_UPPER, TAG
from spacy.tokens import Doc, Span, Token

from newsroom.extract.actors.gazetteer import place_country_code
from newsroom.extract.actors.name_shape import person_shaped
from newsroom.extract.actors.places import LOCATIVE_PREPS
from newsroom.extract.actors.roles import find_role, is_person_role
from newsroom.extract.actors.words import (
    DEPARTMENT_WORDS,
    GENDERED_TITLES,
    HONORIFICS,
    MAX_COUNTRY_WORDS,
    norm,
)
from newsroom.extract.lexicon import (
    NAME_CACHE_SIZE,
    AliasEntry,
    country_prefix,
    country_word_keys,
    english_nouns,
    english_verbs,
    generic_agents,
    given_name_forms,
    given_names,
    lookup_alias,
    name_heads,
    normalize_name,
    people_nouns,
    phoenix_agents,
    relation_nouns,
    role_words,
    same_given_name,
)
from newsroom.extract.scan import indices_with

TITLE_LOOKBACK = 6
CAPTION_WORDS = frozenset(
    {"image", "photo", "photograph", "picture", "video", "credit", "source", "file", "graphic", "map"}
)
# Name particles after which a capital letter inside a word is normal: "McGurk", "DeSantis", "MacArthur", "VanderWeele".
NAME_PARTICLES = frozenset(
    {
        "mac",
        "van",
        "von",
        "del",
        "della",
        "des",
        "der",
        "den",
        "ten",
        "ter",
        "vander",
        "vanden",
        "fitz",
        "dela",
    }
)
_JUNCTION = re.compile(r"(?<=[a-z])(?=[A-Z])")
# Small words an acronym may skip: the "Board of Health and Welfare" is the BHW, the "Bureau of Water Supply" the BWS
# (or the BOWS), the "Institute for Research in Society" the IRS.
ACRONYM_GLUE = frozenset({"of", "for", "and", "the", "on", "in", "de", "&"})


def initials_of(acronym: str, name: str) -> bool:
    """A short word in capitals that is the initials of a name's words, with or without its small words ("BWS" and
    "BOWS" of "the Bureau of Water Supply"); not a word of the name itself ("DC" of "DC Comics")."""
    words = name.replace("-", " ").split()
    if not (2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()) or len(words) < 2:
        return False
    every = "".join(w[0] for w in words if w.lower() != "the")
    named = "".join(w[0] for w in words if w.lower() not in ACRONYM_GLUE)
    return acronym not in words and acronym in (every.upper(), named.upper())


class Name(NamedTuple):
    span: Span
    words: tuple[str, ...]  # lower case, as compared
    text: str  # as displayed


def name_of(span: Span) -> Name:
    return Name(span, name_words(span), display_text(span))


_MARKUP = re.compile(r"[\[\]{}|]")


_GENERATION_COMMA = re.compile(r",(?=\s+(?:[JS]r\.?|II|III|IV)$)")


def display_text(span: Span) -> str:
    """A name as shown: one space between words, without an editor's brackets or wiki markup ("Bashar [al]
    Assad", "|Boston Tea Party"), nor the comma before a generation's suffix ("Jane Doe, Jr." as "Jane Doe Jr.")."""
    return " ".join(_GENERATION_COMMA.sub("", _MARKUP.sub(" ", span.text)).split())


CLOCK_TIME = re.compile(r"\d{1,2}:\d{2}")
DASHES = ("-", "–", "—")
# A social-media handle or a web address with a path ("@PressSec", "Facebook.com/POTUS"): an account, no name.
ADDRESS = re.compile(r"^@\w|\w\.[a-z]{2,}/|^https?:|^www\.", re.IGNORECASE)
CLITIC_S = frozenset({"'s", "’s"})


def is_possessive(token: Token) -> bool:
    """A possessive "'s", also where the tagger misreads the curly one ("Sean Hannity’s", tagged a proper noun
    or a verb on web pages that print typographic apostrophes)."""
    return token.tag_ == "POS" or (
        token.lower_ in CLITIC_S and token.i > 0 and not token.doc[token.i - 1].whitespace_
    )


def trim(span: Span) -> Span:
    """Drop articles and other determiners ("all Department of Energy staff"), honorifics, a clock time before the
    name ("at 17:45 Metropolitan Police Commissioner"), a trailing possessive, a caption word, a web address or
    handle and what follows it, a bracket left open ("Slack (@SlackHQ"), a dangling "of" or "and" ("Patrice Talon
    of" before "Benin") and a count after a dash from an entity span; a clitic "’s" opening it ("it’s Donald
    Trump") is the word before it's."""
    start, end = span.start, span.end
    doc = span.doc
    tokens = list(span)  # one Token per word, read by every test below
    while start < end and (
        (first := tokens[start - span.start]).lower_ in ("the", "a", "an")
        or (first.is_lower and first.pos_ == "DET")  # "all Department of Fisheries staff"
        or first.lower_ in HONORIFICS
        or first.lower_ in CLITIC_S
        or first.is_punct
        or CLOCK_TIME.fullmatch(first.text)
    ):
        start += 1
    end = next((t.i for t in tokens[start - span.start :] if _web_address(t)), end)
    opened = next((t.i for t in tokens[start - span.start : end - span.start] if t.text == "("), None)
    if opened is not None and not any(t.text == ")" for t in tokens[opened - span.start : end - span.start]):
        end = opened  # "African Continental Free Trade Area (AfCFTA": NER stopped inside the brackets
    if (
        end - start > 2
        and tokens[end - 1 - span.start].like_num
        and tokens[end - 2 - span.start].text in DASHES
    ):
        end -= 2  # "Scottish National Party - 48" (seats) in a list of results
    # "Jane Roe - Quick follow-up", "Governor Roe - Nothing has changed": a transcript's speaker label run into the
    # turn's first word. No person's name holds a dash set off by spaces; another name does ("University of Acme -
    # Springfield") unless it opens its line, as a label does, or a function word follows the dash
    label = _person_before_dash(doc, span, start) or _opens_line(doc, span.start)
    end = next(
        (
            t.i
            for t in tokens[start - span.start + 1 : end - span.start - 1]
            if _set_off_dash(t) and (label or t.nbor().is_stop)
        ),
        end,
    )
    while end > start and (
        is_possessive(last := tokens[end - 1 - span.start])
        or last.is_punct
        or last.is_space
        or (end - start > 1 and _is_caption_word(last))
        or (last.is_lower and last.pos_ in ("ADP", "CCONJ", "DET"))
    ):
        end -= 1
    return Span(doc, start, end, label=span.label)


def _person_before_dash(doc: Doc, span: Span, start: int) -> bool:
    """A person's entity whose words open with a given name or follow a title or honorific ("President Roe - …"):
    a name before any dash in it. Not a run of a page's link labels NER took for a person ("[Acme Guide - Acme
    News"): cut, its first words would pass for a name."""
    return span.label_ == "PERSON" and (
        doc[start].lower_ in given_names()
        or (start > 0 and (doc[start - 1].lower_ in HONORIFICS or is_person_role(doc[start - 1])))
    )


def _opens_line(doc: Doc, i: int) -> bool:
    """Token ``i`` is the first word of the text or of a line."""
    return i == 0 or doc[i - 1].is_space


def _set_off_dash(token: Token) -> bool:
    """A dash with a space on each side (not the hyphen of "Smith-Jones")."""
    return token.text in DASHES and token.whitespace_ != "" and token.doc[token.i - 1].whitespace_ != ""


def _web_address(token) -> bool:
    """A handle or web address (``ADDRESS``) or a word with "http" in it. The expression is tried only on a word
    with a character each of its forms needs: most words of a name have none."""
    text = token.text
    return (
        bool(("@" in text or "/" in text or ":" in text or "." in text) and ADDRESS.search(text))
        or "http" in token.lower_
    )


def _is_caption_word(token) -> bool:
    """ "Image" in "Jane Doe Image: Jane Doe's office", a photo credit run into the name before it."""
    doc = token.doc
    return token.lower_ in CAPTION_WORDS and token.i + 1 < len(doc) and doc[token.i + 1].text == ":"


def without_possessor(span: Span, known: set[tuple[str, ...]]) -> Span:
    """ "State Department" of "Trump's State Department": what a person named in the article has is not the
    person's name; "People's Liberation Army" keeps its possessive."""
    doc = span.doc
    for t in span[1:-1]:
        if is_possessive(t) and any(
            is_subsequence(name_words(doc[span.start : t.i]), name) for name in known
        ):
            return Span(doc, t.i + 1, span.end, label=span.label)
    return span


# A generation's suffix written after a comma ("Joseph R. Biden, Jr."): part of the name, which NER ends before it.
GENERATION_SUFFIXES = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"})


def with_generation(span: Span) -> Span:
    """A PERSON entity with the generation's suffix after its comma ("Joseph R. Biden, Jr. met …"): NER ends the name
    at the comma and takes "Jr." for a place or nothing, so the suffix became an actor of its own, the subject of
    the sentence's act."""
    doc, end = span.doc, span.end
    if (
        span.label_ == "PERSON"
        and end + 1 < len(doc)
        and doc[end].text == ","
        and doc[end + 1].lower_ in GENERATION_SUFFIXES
        and doc[end + 1].text[0].isupper()
    ):
        return Span(doc, span.start, end + 2, label="PERSON")
    return span


# Words that make a name a school's: its campus town may follow ("University of California, Berkeley").
SCHOOL_WORDS = frozenset({"university", "college"})
CAMPUS_JOINERS = frozenset({",", "at"})


def with_campus(span: Span) -> Span:
    """A university's name with its campus town after a comma or "at" ("the University of California, Berkeley",
    "the University of Colorado at Boulder"): NER ends the name before the town, which became a place of its own
    and kept the campus apart from its system. Only a town the gazetteer knows, not a state or country ("the
    University of Toronto, Canada" names where it is), nor a list's next item."""
    doc = span.doc
    joiner = span.end - 1 if span[-1].text == "," else span.end  # NER may end the name with the comma
    if (
        span.label_ != "ORG"
        or joiner + 1 >= len(doc)
        or doc[joiner].lower_ not in CAMPUS_JOINERS
        or doc[joiner + 1].ent_iob_ != "B"
        or doc[joiner + 1].ent_type_ not in ("GPE", "ORG")  # NER's guess for a town after a school varies
        or not any(t.lower_ in SCHOOL_WORDS for t in span)
        # after a comma only a school "of" a state ("University of Michigan, Ann Arbor"), not one of a list
        or (doc[joiner].text == "," and not any(t.lower_ == "of" for t in span))
    ):
        return span
    town = next(e for e in doc.ents if e.start == joiner + 1)
    if (
        (town.end < len(doc) and doc[town.end].lower_ in ("and", "or"))
        or any(t.lower_ in SCHOOL_WORDS for t in town)  # "University of Virginia, University of Texas"
        or place_country_code(town.text) is None
        or place_country_code(town.text, region=True) is not None
        or lookup_alias(town.text) is not None
    ):
        return span
    return Span(doc, span.start, town.end, label="ORG")


def strip_role_words(span: Span) -> Span:
    """'President Jane Doe' (when NER swallows the title) -> 'Jane Doe'; also a title the role lexicon lacks
    ("Treasurer Jane Doe", ``_common_noun_title``)."""
    words = role_words()
    start = span.start
    while start < span.end - 1 and (
        norm(span.doc[start].lower_) in words or span.doc[start].lower_ in HONORIFICS
    ):
        start += 1
    return span.doc[_common_noun_title(span.doc, start, span.end) : span.end]


def _common_noun_title(doc: Doc, start: int, end: int) -> int:
    """Where a person's name starts after capitalised common nouns of English that NER ran into it ("Treasurer
    Jane Doe", "Flight Sergeant Jane Doe"): at the given name that follows them, capitalised before a capitalised
    word; ``start`` when no such nouns come first, when one of them is a given name itself ("Grace Jane Doe"), or
    when what follows is a particle ("Nasser al-Aziz": "al" is also a given name, and WordNet lists "Nasser"). A
    title with a word of the role lexicon in it or right before it ("Supreme Leader Ayatollah X") is left to the
    role rules, which read the office from the words before the name."""
    given, nouns, roles = given_names(), english_nouns(), role_words()
    if start > 0 and norm(doc[start - 1].lower_) in roles:
        return start
    k = start
    while (
        k < end - 2
        and doc[k].is_title
        and doc[k].is_alpha
        and doc[k].lower_ not in given
        and doc[k].lower_ in nouns
        and norm(doc[k].lower_) not in roles
    ):
        k += 1
    return k if k > start and doc[k].lower_ in given and doc[k].is_title and doc[k + 1].is_title else start


def body_under_role_words(span: Span) -> bool:
    """What ``strip_role_words`` would leave of the PERSON entity ``span`` is one common noun of English and no given
    name, after a word that is no title ("Border Patrol": "border" of the role "border guards", then "Patrol"): a
    body's name NER took for a person's, not a titled person ("President Smith", "Senator Bush" keep theirs)."""
    rest = strip_role_words(span)
    if rest.start == span.start or len(rest) != 1:
        return False
    title = span.doc[rest.start - 1].lower_
    word = rest[0].lower_
    return (
        title not in people_nouns()
        and title not in HONORIFICS
        and word in english_nouns()
        and word not in given_names()
    )


def name_words(span: Span) -> tuple[str, ...]:
    return tuple(t.lower_ for t in span if not t.is_punct)


@lru_cache(maxsize=NAME_CACHE_SIZE)
def canonical_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """A person's name words as compared: accents dropped ("erdoğan" is "erdogan", as dbt keys it) and a familiar
    given name replaced ("bill weld" -> "william weld"). Cached: add_persons reads each person's on every name."""
    words = tuple(map(fold, words))
    return (given_name_forms().get(words[0], words[0]), *words[1:]) if words else words


def same_person_words(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether ``short`` can name the person ``long`` names: its words in order ("Doe", "Jane Doe" in "Jane Q.
    Doe"), the given name allowed in a familiar form ("Doug Band" for "Douglas Band", "Tim Sloan" for
    "Timothy J. Sloan"; ``lexicon.same_given_name``)."""
    given = (
        fold(short[0]) if short else "",
        fold(long[0]) if long else "",
    )  # as written: "Stan" opens "Stanislav"
    short, long = canonical_words(short), canonical_words(long)
    if is_subsequence(short, long) or (len(short) == 1 and given[0] in long[1:]):
        return (
            True  # a lone word as written is a surname too: "Abe" for "Haruto Abe", though "abe" is "abraham"
        )
    return (
        len(short) > 1 and len(long) > 1 and same_given_name(*given) and is_subsequence(short[1:], long[1:])
    )


@lru_cache(maxsize=NAME_CACHE_SIZE)
def fold(word: str) -> str:
    """A lower-case word without its accents."""
    return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))


def is_subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    it = iter(long)
    return len(short) <= len(long) and all(w in it for w in short)


def person_names(span: Span) -> list[Name]:
    """Only the name(s) in a PERSON entity: "Hillary Clinton's Remarks" (a headline) and "Kamala Harris Image:"
    (a photo credit) are Hillary Clinton and Kamala Harris, "Modi Announced" is Modi, and names run together from
    a list without separators ("Mike CrapoGov. Butch Otter") are Mike Crapo and Butch Otter."""
    doc, end = span.doc, _name_end(span)
    for t in doc[span.start + 1 : end]:
        joint = next(
            (
                m.start()
                for m in _JUNCTION.finditer(t.text)
                if m.start() >= 3 and t.text[: m.start()].lower() not in NAME_PARTICLES
            ),
            None,
        )
        if joint is None:
            continue
        left = doc[span.start : t.i + 1]
        words = name_words(doc[span.start : t.i]) + (t.text[:joint].lower(),)
        text = " ".join((doc[span.start : t.i].text + " " + t.text[:joint]).split())
        rest = doc[t.i + 1 : end]
        while len(rest) and (rest[0].is_punct or not rest[0].text[:1].isupper()):
            rest = rest[1:]
        return [Name(left, words, text)] + (person_names(rest) if len(rest) else [])
    return [name_of(doc[span.start : end])]


def _full_name_of_a_lone_surname(span: Span, known: set[tuple[str, ...]]) -> bool:
    """Two capitalised proper nouns NER tagged a body, the second a word the article calls a person alone while it
    names no one of that surname in full: the person's full name, whatever the given name (the given-name list
    knows English ones; "Tomasz", "Chidi" are not in it). Not a role, a body's head word or a name the alias
    table knows before it, nor an English word ("Senator Wrobel", "Bank Wrobel", "Team Wrobel")."""
    if span.label_ != "ORG" or len(span) != 2:
        return False
    first, last = span[0], span[1]
    if not all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in span):
        return False
    surname = fold(last.text)
    if canonical_words((last.lower_,)) not in known or any(
        len(name) > 1 and name[-1] == surname for name in known
    ):
        return False
    return not (
        is_person_role(first)
        or first.lower_ in role_words()
        or first.lower_ in name_heads()
        or first.lower_ in english_nouns()  # "Team Wrobel", "Camp Wrobel"
        or first.lower_ in english_verbs()  # "Save Wrobel"
        or first.ent_type_ in ("GPE", "NORP")
        or lookup_alias(first.text) is not None
    )


def _name_end(span: Span) -> int:
    """End of the name in a PERSON entity: before a possessive, a trailing verb, preposition, conjunction or
    article ("Talon of") or a caption word ("Image:")."""
    doc, end = span.doc, span.end
    possessive = next((t.i for t in span if is_possessive(t) and t.i > span.start), None)
    if possessive is not None:
        end = possessive
    while end - span.start > 1 and (
        doc[end - 1].pos_ in ("VERB", "AUX", "ADP", "CCONJ", "DET") or _is_caption_word(doc[end - 1])
    ):
        end -= 1
    return end


def hidden_person(span: Span, known: set[tuple[str, ...]]) -> Span | None:
    """A person's name that NER tagged as an organisation or place: after a place or body ("Vermont Bernie Sanders",
    "House Nancy Pelosi") when the name is found elsewhere, begins with a given name or the place is an office's ("Prime
    Minister of India Narendra Modi"), or in apposition to a
    person's role ("a State Department spokesperson, Morgan Ortagus,"), or a given name before a name the article
    gives a person elsewhere."""
    tokens = list(span)
    if _initialled_name(tokens):
        return span  # "Ulysses S. Grant" tagged ORG: a given name, a middle initial and a surname
    if not all(t.is_alpha or t.is_punct for t in tokens) or tokens[-1].lower_ in name_heads():
        return None
    doc = span.doc
    role_of = span.start > 1 and doc[span.start - 1].lower_ == "of" and is_person_role(doc[span.start - 2])
    longer = [name for name in known if len(name) > 1]
    for k in range(1, len(tokens) - 1):
        suffix = doc[span.start + k : span.end]
        words = canonical_words(name_words(suffix)) if longer else ()
        if any(is_subsequence(words, name) for name in longer):
            return suffix
        prefix = doc[span.start : span.start + k]
        if (
            len(suffix) == 2
            and suffix[0].lower_ in given_names()
            and (
                _titled(span) or lookup_alias(prefix.text) is not None or find_role(list(prefix)) is not None
            )
        ):
            return suffix
        if (
            role_of
            and 2 <= len(suffix) <= 3
            and all(t.pos_ == "PROPN" and t.is_title for t in suffix)
            and not any(t.lower_ in role_words() for t in suffix)
            and _country_named(prefix)
        ):
            return suffix  # "Prime Minister of India Narendra Modi": an office of a country, then a name
    if (
        2 <= len(tokens) <= 3
        and tokens[0].lower_ in given_names()
        and all(t.pos_ == "PROPN" and t.is_title for t in tokens)
        and any(len(name) == 1 and name[0] in canonical_words(name_words(span))[1:] for name in known)
    ):
        return span  # "Ricardo Rosselló Nevares" tagged ORG where the article calls "Rosselló" a person
    if _full_name_of_a_lone_surname(span, known):
        return span  # "Tomasz Wrobel" tagged ORG where the article calls "Wrobel" alone a person and no one in full
    in_role_apposition = any(
        is_person_role(n) or n.lemma_.lower() in relation_nouns() for n in _apposed_nouns(span)
    )
    if len(tokens) == 2 and tokens[0].lower_ in given_names() and (_titled(span) or in_role_apposition):
        return span
    if (
        2 <= len(tokens) <= 3
        and tokens[0].lower_ in given_names()
        and all(t.pos_ == "PROPN" and t.is_title for t in tokens)
        and _listed_with_person(span)
    ):
        return (
            span  # "Representatives Eliot Engel, Adam Schiff, and Elijah Cummings": one of a list of people
        )
    if in_role_apposition and 2 <= len(tokens) <= 3 and all(t.pos_ == "PROPN" and t.is_title for t in tokens):
        return span  # "Gáspár Maróth, the government commissioner": a name whose given name the list lacks
    if (
        (rest := _after_hyphenated_given_name(tokens)) is not None
        and 1 <= len(rest) <= 2
        and all(t.pos_ == "PROPN" and t.is_title and t.lower_ not in name_heads() for t in rest)
        and (_listed_with_person(span) or in_role_apposition or _titled(span))
    ):
        return (
            span  # "Jean-Luc Roe (XP) and Jane Doe": a given name of two joined by a hyphen, then a surname
        )
    if (named := _after_title(span)) is not None:
        return named  # "Cardinal Okafor", "Detective Constable Jane Doe" tagged ORG
    if _person_shaped(span, vouched=_of_a_body(span)):
        return span  # "Jane Okafor" tagged ORG in one sentence: a given name and a surname English uses for no thing
    return None


def titled_untagged_names(doc: Doc) -> list[Span]:
    """PERSON spans for names NER left untagged that the text titles as a person's: a given name and one or two
    capitalised proper nouns, no word in any entity, right after a person's office ("the Cuban Minister of
    Foreign Relations Jane Okafor Doe visited") or set beside one across a comma ("the minister, Jane Doe,"),
    shaped as a person's name. Its surname alone, which NER may tag a body ("Doe met X"), is then the person's."""
    found = []
    given = given_names()
    for i in indices_with(doc, TAG, ("NNP",)):
        token = doc[i]
        if token.ent_iob_ != "O" or token.lower_ not in given:
            continue
        if token.i > 0 and doc[token.i - 1].lower_ in given and doc[token.i - 1].ent_iob_ == "O":
            continue  # not where the name begins ("Mary Jane Doe" is read from "Mary")
        end = token.i + 1
        while end < len(doc) and end - token.i < 3 and doc[end].tag_ == "NNP" and doc[end].ent_iob_ == "O":
            end += 1
        span = Span(doc, token.i, end, label="PERSON")
        if end - token.i < 2 or not all(t.is_alpha and t.is_title for t in span):
            continue
        if end < len(doc) and doc[end].tag_ == "NNP":
            continue  # runs on into another name or a body's
        role_apposed = any(is_person_role(n) for n in _apposed_nouns(span))
        if (_titled(span) or role_apposed) and _person_shaped(span, vouched=True):
            found.append(span)
    return found


def _apposed_nouns(span: Span) -> list[Token]:
    """The nouns set beside the name: its apposition, or a common noun the parser joined to it as a list's next
    item right after a comma ("Jane Doe, his wife and the party's chairwoman, said")."""
    root, doc = span.root, span.doc
    if root.dep_ == "appos":
        return [root.head]
    after_comma = span.end < len(doc) and doc[span.end].text == ","
    return [
        c
        for c in root.children
        if c.dep_ == "appos" or (c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > span.end and after_comma)
    ]


def _of_a_body(span: Span) -> bool:
    """The name is followed by "of" and a named body, as a person is placed by the body they speak or work for
    ("Jane Holland of the National Crime Agency", "Jane Rivera of WESH 2 news"); not "of" a place ("Ruby Comics of
    Denver": a firm of a town)."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ != "of" or doc[span.end].head.i != span.root.i:
        return False
    body = [c for c in doc[span.end].children if c.dep_ == "pobj"]
    return (
        bool(body)
        and body[0].ent_type_ not in ("GPE", "LOC", "FAC")
        and any(
            t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "LOC", "FAC", "NORP") for t in body[0].subtree
        )
    )


def _person_shaped(span: Span, vouched: bool = False) -> bool:
    """A name shaped as a person's (``name_shape.person_shaped``) whose proper nouns end with no English common noun
    ("Jane Doe", not "Chase Lumber", "Ruby Comics"), not a place the gazetteer knows; and used as no place or
    thing: not a modifier of a noun, not in apposition to a noun that heads the names of bodies or places ("Jane
    Doe, the airport"), not the object of "in" or "at" ("at Jane Doe, the city's central exchange market").
    Where the text vouches for a person (a title before the name, the body after it), a last word that is also a
    common noun is a surname all the same: WordNet lists famous bearers' surnames as nouns ("Rivera", "Holland",
    "Richardson", "Cummings")."""
    tokens = list(span)
    root = span.root
    apposed = [root.head] if root.dep_ == "appos" else [c for c in root.children if c.dep_ == "appos"]
    if not (
        person_shaped([t.text for t in tokens])
        and all(t.pos_ == "PROPN" for t in tokens)
        and root.dep_ != "compound"
        and not (root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS)
        and not any(n.pos_ == "NOUN" and n.lemma_.lower() in name_heads() for n in apposed)
    ):
        return False
    last = tokens[-1].lower_
    nouns = english_nouns()
    if not vouched and (last in nouns or last.removesuffix("s") in nouns):
        return False
    return place_country_code(span.text) is None


def _after_title(span: Span) -> Span | None:
    """The name after a person's title that NER ran into a body's name: titles ("Detective Constable"), then a
    name shaped as a person's; or one holder's office or an honorific ("Cardinal"), then a single surname that
    is no English word ("Cardinal Okafor"; not "General Motors", "Native Americans")."""
    tokens = list(span)
    for k in range(1, len(tokens)):
        rest = span.doc[span.start + k : span.end]
        if _title_word(tokens[k - 1]) and _person_shaped(rest, vouched=True):
            return rest
        if (
            len(rest) == 1
            and all(is_person_role(t) or t.lower_ in HONORIFICS for t in tokens[:k])
            and _surname_alone(rest[0])
        ):
            return rest
    return None


def _title_word(token: Token) -> bool:
    """A capitalised title of one person: an office ("Superintendent"), an honorific or an agent noun ("Constable")."""
    word = token.lower_
    return token.is_title and (
        is_person_role(token) or word in HONORIFICS or word in generic_agents() or (word,) in phoenix_agents()
    )


def _surname_alone(token: Token) -> bool:
    """One capitalised proper noun in the singular that is no English noun or verb, role, head word or known place."""
    word = token.lower_
    return (
        token.tag_ == "NNP"
        and token.is_alpha
        and token.is_title
        and word not in english_nouns()
        and word.removesuffix("s") not in english_nouns()
        and word not in english_verbs()
        and word not in role_words()
        and word not in name_heads()
        and place_country_code(token.text) is None
    )


def conjuncts(span: Span) -> list[Token]:
    """Heads of the other items of the list a span's root is an item of ("Engel, Schiff, and Cummings")."""
    root = span.root
    linked = [c for c in root.children if c.dep_ == "conj"]
    if root.dep_ == "conj":
        linked += [root.head] + [c for c in root.head.children if c.dep_ == "conj" and c is not root]
    return linked


def _after_hyphenated_given_name(tokens: list[Token]) -> list[Token] | None:
    """The words after a given name of two given names joined by a hyphen ("Jean-Luc", "Anna-Lena"), which the
    tokenizer splits in three; None when the name opens otherwise."""
    if (
        len(tokens) < 4
        or tokens[1].text != "-"
        or tokens[0].whitespace_
        or tokens[1].whitespace_
        or tokens[0].lower_ not in given_names()
        or tokens[2].lower_ not in given_names()
    ):
        return None
    return tokens[3:]


def _listed_with_person(span: Span) -> bool:
    """Coordinated with a name NER tags a person: items of one list are of one kind."""
    return any(t.ent_type_ == "PERSON" for t in conjuncts(span))


def _initialled_name(tokens: list[Token]) -> bool:
    """A given name, one capital with a full stop, and a capitalised last word that ends no institution's or place's
    name: only people are named so ("Ulysses S. Grant"; not "John F. Kennedy Airport")."""
    return (
        len(tokens) == 3
        and tokens[0].lower_ in given_names()
        and re.fullmatch(r"[A-Z]\.", tokens[1].text) is not None
        and tokens[2].is_alpha
        and tokens[2].is_title
        and tokens[2].lower_ not in name_heads()
    )


def _country_named(span: Span) -> bool:
    """The span is a country's name as the alias table gives it ("India"), not a demonym ("Indian")."""
    entry = lookup_alias(span.text)
    return entry is not None and entry.actor_type == "country" and span[-1].ent_type_ != "NORP"


def _titled(span: Span) -> bool:
    """A person's title just before the span ("First Minister of Scotland Nicola Sturgeon", "Ambassador to the
    United Nations Nikki Haley"), in the same clause."""
    for t in reversed(span.doc[max(0, span.start - TITLE_LOOKBACK) : span.start]):
        if t.pos_ in ("VERB", "AUX") or t.text in (",", ";", ":"):
            return False
        if is_person_role(t):
            return True
    return False


def person_not_place(span: Span, entry: AliasEntry, surnames: set[str]) -> bool:
    """A one-word place name that is a person's name here: the surname of someone named in full in the article
    ("Jane Lima ... Lima said" is not Peru's government), or after an honorific ("Mr Lima"). A capital or seat of
    power qualifies wherever NER put it; a country name only when NER tagged the word as a person."""
    if len(span) != 1 or not (entry.is_government or span.label_ == "PERSON"):
        return False
    if entry.actor_type == "country" and span.label_ != "PERSON":
        return False
    token = span[0]
    if token.pos_ != "PROPN" or not token.text[:1].isupper():
        return False
    before = span.doc[span.start - 1].lower_ if span.start else ""
    return token.lower_ in surnames or before in HONORIFICS or before in GENDERED_TITLES


def acronym_pairs(doc: Doc) -> list[tuple[Span, Span]]:
    """ "Name Of Some Body (NOSB)": a capitalised name directly followed by its own initials in brackets."""
    out = []
    # The lexeme flags are str.isalpha() and str.isupper(): only those words are looked at
    flags = doc.to_array([IS_ALPHA, IS_UPPER])
    for i in (flags[:, 0] & flags[:, 1]).nonzero()[0].tolist():
        tok = doc[i]
        text = tok.text
        if not (2 <= len(text) <= 8 and text.isalpha() and text.isupper()):
            continue
        if tok.i < 2 or tok.i + 1 >= len(doc) or doc[tok.i - 1].text != "(" or doc[tok.i + 1].text != ")":
            continue
        start = _spelled_out_start(doc, tok.i - 2, text.lower())
        if start is None:
            continue
        if start > 0 and doc[start - 1].lower_ == "the":
            start -= 1
        out.append((doc[start : tok.i - 1], doc[tok.i : tok.i + 1]))
    return out


def _spelled_out_start(doc: Doc, j: int, letters: str) -> int | None:
    """First token of the capitalised words ending at ``j`` whose initials are ``letters``: in order, or (a name
    translated from another language) the same letters reordered with the first one kept: "Articulation of
    Indigenous Peoples of Brazil (APIB)"."""
    initials, start = [], None
    while j >= 0 and len(initials) < len(letters):
        word = doc[j]
        if word.lower_ in ACRONYM_GLUE and initials:
            j -= 1
            continue
        if not (word.is_alpha and word.text[0].isupper()):
            break
        initials.append(word.text[0].lower())
        start = j
        j -= 1
    if (
        start is None
        or len(initials) < 2
        or sorted(initials) != sorted(letters)
        or initials[-1] != letters[0]
    ):
        return None
    return start


@lru_cache(maxsize=NAME_CACHE_SIZE)
def org_key(text: str) -> str:
    """Comparison key of an organisation, as dbt's ``int_actor_names_resolved`` keys it across articles: the
    ``normalize_name`` key, a leading country name or capitals abbreviation read as the country's name ("U.S.
    Senate" is "United States Senate"; not a demonym: "American Airlines"), "Justice Department" as
    "Department of Justice" and "Ministry of Foreign Affairs" as "Foreign Ministry" ("ministry of foreign")."""
    words = text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    text = " ".join(words)
    for suffix in ("'s", "’s", "'", "’"):
        text = text.removesuffix(suffix)
    key = normalize_name(text)
    if key is None:
        return "org:" + text.casefold()
    tokens = key.split()
    country: list[str] = []
    for n in range(min(MAX_COUNTRY_WORDS, len(tokens) - 1), 0, -1):
        name = country_prefix(" ".join(tokens[:n]))
        if name is not None:
            country, tokens = (normalize_name(name) or "").split(), tokens[n:]
            break
    # a demonym stays in front: "Turkish Foreign Ministry" is "turkish ministry of foreign"
    lead = tokens[:1] if len(tokens) > 2 and tokens[0] in country_word_keys() else []
    body = tokens[len(lead) :]
    if len(body) > 1 and body[-1] in DEPARTMENT_WORDS and "of" not in body:
        body = [body[-1], "of", *body[:-1]]
    if len(body) > 3 and body[0] in DEPARTMENT_WORDS and body[1] == "of" and body[-1] == "affairs":
        body = body[:-1]  # "Ministry of Foreign Affairs" is the "Foreign Ministry"
    return "org:" + " ".join(country + lead + body)
