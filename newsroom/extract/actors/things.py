"""Names of things, not actors: a work, product, vehicle, weapon, security or heavenly body that NER tagged as a
person or body ("the TV series Six Million Dollar Man", "the planet Venus", "U.S. Treasuries"). The article says so
by the common noun the name is set beside, or by the name's own last word (``name_heads``, label THING)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsroom.extract.actors.roles import find_role
from newsroom.extract.lexicon import lookup_alias, name_heads, reporting_verbs

THING = "THING"
_OPENING_QUOTES = frozenset({'"', "“", "‘", "'"})
_BROADCAST_WORDS = frozenset({"television", "tv", "radio"})
_CHANNEL_WORDS = frozenset({"channel", "news"})
_PROGRAM_WORDS = frozenset({"program", "programme"})


def is_thing_noun(token: Token) -> bool:
    """A common noun, in lower case, for a kind of thing ("series", "planet", "novel"; "musical", which the tagger
    reads as an adjective before a name), or a broadcast's programme ("the television program", not "the World Food
    Programme": a body's name ends with that word, so it is no thing's word of its own)."""
    if not (token.pos_ == "NOUN" or token.dep_ == "compound") or not token.is_lower:
        return False
    if token.lower_ in _PROGRAM_WORDS:
        return any(c.lower_ in _BROADCAST_WORDS for c in token.lefts)
    return name_heads().get(token.lemma_.lower()) == THING


def set_beside_thing(span: Span) -> bool:
    """The name set beside a thing's noun: right after it, or after it and an opening quote, the noun bound to the
    name by the parse ("the novel Obsession", "the TV series "Jane Roe""), or the noun in apposition to the name
    ("Venus, the second planet from the Sun"), or an example of the noun ("planets such as Venus", "sad movies like
    Titanic"), or the name the noun is called by ("malware known as DuckWing", "a browser called Acme"). Not "in the
    book, Doe claims": the comma parts them."""
    doc, root = span.doc, span.root
    before = span.start - 1
    if before >= 0 and doc[before].text in _OPENING_QUOTES:
        before -= 1
    if (
        before >= 0
        and is_thing_noun(noun := doc[before])
        and (noun.head.i in range(span.start, span.end) or root.head.i == noun.i)
    ):
        return True
    apposed = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
    if root.dep_ == "pobj" and root.head.lower_ in ("as", "like"):
        apposed.append(root.head.head)
    if (named := _naming_participle(root)) is not None:
        apposed.append(named.head)
    return any(is_thing_noun(noun) for noun in apposed)


_NAMING_VERBS = frozenset({"call", "name", "dub", "know"})


def _naming_participle(root: Token) -> Token | None:
    """The participle that names a noun with the name: "a search engine called X", "malware known as X"."""
    verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "as" else root.head
    if (
        verb.dep_ == "acl"
        and verb.tag_ in ("VBN", "VBD")
        and verb.lemma_ in _NAMING_VERBS
        and root.dep_ in ("oprd", "pobj")
    ):
        return verb
    return None


_INDEFINITE = frozenset({"a", "an"})
# Last words of a body's name the head-word and role tables leave out: "a Constitutional Tribunal", "an International
# Monitoring Team" name one body even after "a"; "the Acme Forum grants" are that body's
BODY_WORDS = frozenset(
    {
        "assembly",
        "commission",
        "tribunal",
        "force",
        "team",
        "organization",
        "organisation",
        "authority",
        "agency",
        "forum",
    }
)
_BECOMING_TAGS = frozenset({"VBG", "VBN", "RB"})  # "a changing", "a Republican-controlled", "an equally"


def one_of_a_kind(span: Span) -> bool:
    """A name that heads a noun phrase opened by "a" or "an" ("a modern-day Orient Express", "a new Air Force
    Tanker", "an LG and a Samsung"): one of a kind, a product, vehicle or work, not the one body or person a name
    stands for. Not where the name only modifies the noun ("a Reuters report") or ends with a body's or law's head
    word ("a Senate Committee", "a Water Quality Act": the kind's own word), nor after a noun the article opens
    ("an attendee Jane Doe") or a participle or adverb saying what the one body has become ("a changing NASA", "a
    Republican-controlled Congress")."""
    doc, root = span.doc, span.root
    if (
        root.i != span.end - 1
        or root.pos_ != "PROPN"
        or root.dep_ in ("compound", "amod", "nmod", "poss")
        or name_heads().get(root.lower_) is not None
        or find_role([root], body=True) is not None
        or root.lower_ in BODY_WORDS
    ):
        return False
    article = next(
        (c for c in root.children if c.dep_ == "det" and c.lower_ in _INDEFINITE and c.i < span.start), None
    )
    if article is None:
        return False
    between = doc[article.i + 1 : span.start]
    return not any(
        t.tag_ in _BECOMING_TAGS or (t.pos_ == "NOUN" and doc[t.i - 1].text != "-") for t in between
    )


# Nouns for a commodity's grade or a product's kind: the name compounded to one is that grade or brand, no maker
# or trader acting ("Brent crude", "SIM cards"); not "oil" nor "phones", which a maker's name is as often set before.
GRADE_NOUNS = frozenset({"crude", "futures", "card", "cards"})


def names_a_grade(span: Span) -> bool:
    """The name is a compound of a lower-case grade noun right after it ("Brent crude oil", "SIM cards")."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    after = doc[span.end]
    return after.is_lower and after.lower_ in GRADE_NOUNS and span.root.head.i == after.i


# Nouns for an illness's spread or its agent: a name set to one is the illness's ("the Acme-19 pandemic", "an
# outbreak of Acme fever", "declared Acme-19 a pandemic"), no body; not "vaccine" or "test", which a maker's name is
# set before ("the Acme vaccine").
ILLNESS_NOUNS = frozenset({"pandemic", "epidemic", "outbreak", "virus", "coronavirus", "disease", "syndrome"})
# "the Wuhan outbreak", "the Spanish flu": where it spread or whose it was called, a place or a people all the same.
_WHERE_LABELS = frozenset({"GPE", "LOC", "NORP"})


def names_an_illness(span: Span) -> bool:
    """The name modifies an illness noun right after it ("the Acme-19 pandemic"), is what one is of ("the outbreak
    of Acme-19") or is said to be one ("declared Acme-19 a pandemic", "Acme-19 is a disease", "Acme-19 is one of
    the deadliest diseases")."""
    root = span.root
    if root.ent_type_ in _WHERE_LABELS:
        return False
    head = root.head
    if root.dep_ in ("compound", "nmod") and head.i == span.end:
        nouns = [head]
    elif root.dep_ == "pobj" and head.lower_ == "of":
        nouns = [head.head]
    elif root.dep_ in ("dobj", "nsubj"):
        nouns = [c for c in head.children if c.dep_ in ("oprd", "attr") and c.i > root.i]
        if nouns and nouns[0].lower_ == "one":  # "one of the deadliest diseases"
            nouns += [
                o for p in nouns[0].children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
            ]
    else:
        nouns = []
    return any(n.lemma_.lower() in ILLNESS_NOUNS for n in nouns)


_PEOPLE_LABELS = frozenset({"NORP", "GPE", "PERSON"})


def names_a_model(span: Span) -> bool:
    """A product's or model's name: one ending in, or followed by, a model number ("the Bishop Pass 15 uses 650 fill
    power down", "my Trail Lite 20"; not a one-word code, "G20"); or a plural name counted by a number ("zip two
    Siestas together") or said of a kind of people ("the Thomas Edisons of the world"): many of a kind, not the one body or person a name stands
    for. Not a score, a share or a count ("Royals 13-7", "Acme 40%", "told Acme 11 minutes later"), nor a season
    ("the 1927 Yankees")."""
    doc, root = span.doc, span.root
    codes = ([span[-1]] if len(span) > 1 else []) + ([doc[span.end]] if span.end < len(doc) else [])
    if any(_model_code(t) for t in codes):
        return not _numbered_body(span)
    if (
        not root.text.endswith("s") or span.label_ in _PEOPLE_LABELS
    ):  # "two Democrats", "two Koreas", "the Kennedys"
        return False
    counted = any(
        c.dep_ == "nummod"
        and c.like_num
        and c.i < span.start
        and c.ent_type_ != "DATE"  # "the 1927 Yankees": a season's team
        and c.lower_ not in ("1", "one")
        for c in root.children
    ) and _named_singly(root)  # the number first: reading the whole article for the singular is the dear part
    return counted or _of_the_world(root, span)


def _model_code(token: Token) -> bool:
    """A short number or a code of letters and digits standing as a word ("15", "X5"), with no dash, per cent or
    further number after it, nor counting a noun after it."""
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if nxt is not None and (nxt.text in ("-", "–", "%", "/", ":") or nxt.like_num):
        return False
    if token.dep_ == "nummod" and token.head.i > token.i:
        return False  # "notified the police 11 minutes later": the number counts the noun after it
    text = token.text
    digits = sum(c.isdigit() for c in text)
    if text.isdigit():
        return len(text) <= 3
    return 0 < digits and text.isalnum() and text[0].isalpha()  # "A350", not "49ers"


def _numbered_body(span: Span) -> bool:
    """A body or an owner, not a model, before the number: a name that speaks ("Number 10 said"), a body's long name
    ("the Brotherhood of Teamsters Local 90"), an owner of what is numbered ("Jane Doe's Studio 54"), or a channel
    or a known body's or country's name numbered ("Channel 4", "BBC Radio 4", "France 2")."""
    root = span.root
    if root.dep_ == "nsubj" and root.head.lemma_ in reporting_verbs():
        return True
    if any(t.lower_ == "of" or t.tag_ == "POS" for t in span):
        return True
    return any(
        lookup_alias(t.text) is not None or t.lower_ in _BROADCAST_WORDS | _CHANNEL_WORDS for t in span
    )


def _named_singly(root: Token) -> bool:
    """The article also names one of them, the plural's singular standing as a name ("two Siestas" beside "the Siesta
    has a hood"; not "eight Uyghurs" beside "Uyghur leaders")."""
    singular = root.text[:-1]
    return any(
        t.text == singular and t.pos_ == "PROPN" and t.dep_ not in ("compound", "amod") for t in root.doc
    )


def _of_the_world(root: Token, span: Span) -> bool:
    """ "the ... of the world" after a plural name: a kind of people it stands for (not "the News of the World")."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and c.i >= span.end
        and any(o.lower_ == "world" for o in c.children)
        for c in root.children
    ) and any(c.dep_ == "det" and c.lower_ == "the" for c in root.children)
