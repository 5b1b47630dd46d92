"""Places and countries inside phrases: the country a title or group belongs to ("the Pakistani prime
minister", "minister of Pakistan", "police in Lagos"), and whether a capital stands for a place rather than
its government ("talks in Kabul")."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from spacy.attrs import LOWER, ORTH, POS
from spacy.tokens import Doc, Span, Token

from newsroom.extract.actors.gazetteer import place_country_code
from newsroom.extract.actors.namesakes import own_party
from newsroom.extract.actors.roles import find_role
from newsroom.extract.actors.words import MAX_COUNTRY_WORDS, MAX_PHRASE_TOKENS, PLACE_LABELS, SUBJECT_DEPS
from newsroom.extract.lexicon import AliasEntry, generic_agents, lookup_alias, reporting_verbs
from newsroom.extract.scan import indices_with

# A capital in these positions is a place ("talks in Kabul"), not its government.
LOCATIVE_PREPS = frozenset(
    {"in", "at", "near", "inside", "outside", "around", "across", "throughout", "within", "into", "via"}
)
PLACE_PREPS = frozenset({"in", "from", "of", "at"})

# "Indian" also names the first peoples of the Americas: in a text about tribes and Native peoples that never
# names India, "the Bureau of Indian Affairs", "the Indian Health Service", "Indian businesses" are Native
# American, not India's.
_TRIBE_WORDS = ("tribe", "tribes", "tribal")
_NATIVE_SENSE_KEY = "native_american_indian"


# Words of going somewhere to stay or of a vehicle's way: "moved to Cairo", "a flight from Manila" name a place
# people go to or leave, not the government that sits there (unlike "a message to Beijing").
RELOCATION_WORDS = frozenset(
    {
        "move",
        "relocate",
        "flee",
        "emigrate",
        "migrate",
        "evacuate",
        "escape",
        "commute",
        "flight",
        "plane",
        "train",
        "bus",
        "ferry",
        "route",
        "road",
        "highway",
        "railway",
    }
)


# "-based", "-born", "-headquartered" after a place's name: the place where someone sits or came from.
PLACED_PARTICIPLES = frozenset({"based", "born", "headquartered"})


def is_locative(span: Span) -> bool:
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "from" and root.head.head.lemma_ in reporting_verbs():
        return True  # "Anjana Pasricha reports from New Delhi": where the reporter is, not India's government
    if (
        root.dep_ == "pobj"
        and root.head.lower_ in ("to", "from")
        and root.head.head.lemma_ in RELOCATION_WORDS
    ):
        return True
    if root.dep_ == "npadvmod" and root.head.lower_ in PLACED_PARTICIPLES and root.head.i == span.end + 1:
        return True  # "the London-based group", "a Moscow-born analyst": where it sits, not the government
    return root.dep_ == "compound" or (root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS)


def listed_with_towns(span: Span, country: str | None) -> bool:
    """A seat of power listed beside a town or region that stands for no government ("the strikes on New York,
    Washington and London", "flights to Texas and Washington"): the list names places, not governments. Not a list
    that is the subject (those places act as the governments they seat), nor an itinerary (``_country_after``)."""
    head = span.root
    while head.dep_ == "conj":
        head = head.head
    members = (span.root, *span.root.conjuncts)
    if head.dep_ in SUBJECT_DEPS or any(_country_after(token, country) for token in members):
        return False
    for token in span.root.conjuncts:
        if token.ent_type_ not in PLACE_LABELS:
            continue
        first = token
        while first.ent_iob_ == "I" and first.i > 0:
            first = first.doc[first.i - 1]
        name = entity_text(first)
        if lookup_alias(name) is None and place_country_code(name):
            return True
    return False


def _country_after(token: Token, country: str | None) -> bool:
    """An itinerary's "Ankara, Turkey; Rabat and Casablanca, Morocco" (the seat's own ``country`` after a member):
    a visit to the country, whose government the traveller most often meets there; left to the other rules."""
    doc, end = token.doc, token.i + 1
    if end + 1 >= len(doc) or doc[end].text != ",":
        return False
    entry = lookup_alias(entity_text(doc[end + 1])) if doc[end + 1].ent_iob_ == "B" else None
    return entry is not None and entry.actor_type == "country" and entry.country_code == country


def country_of(tokens: list[Token], governments: bool = True) -> str | None:
    """Country named inside a phrase: 'US Secretary of State', 'the Pakistani prime minister', 'the British
    Columbia government' (a town or region the gazetteer knows), 'the New Zealand Police' (a country's name of several
    words opening a longer name, before any word after it: "New Zealand Labour" is no British party); with
    ``governments`` false, not the country of a government body's name or acronym inside it (an outlet named "PA
    Media" is no organ of the Palestinian Authority)."""
    for n, token in enumerate(tokens):
        if token.is_alpha or "." in token.text:
            if not token.text[:1].isupper():
                continue
            place = token.ent_iob_ == "B" and token.ent_type_ in PLACE_LABELS
            if place and (country := place_country_code(entity_text(token))):
                return country  # "the British Columbia government": not British
            if native_american(token):
                continue
            entry = lookup_alias(token.text)
            if entry is None and token.ent_iob_ == "B":
                entry = lookup_alias(entity_text(token))
            if entry is None:
                entry = _country_words_at(tokens, n)
            if (own := own_party(token.doc, entry) if entry is not None else None) is not None:
                return own[0]  # "Labour leader Helen Clark" in a text of New Zealand Labour
            if entry is not None and outlet_before_force(token, entry):
                continue  # "AFP generals": no outlet's country
            if entry is not None and entry.country_code and (governments or not entry.is_government):
                return entry.country_code
    return None


# CAMEO sectors of armed or police forces: no news outlet has such people ("AFP generals").
_FORCE_SECTORS = ("MIL", "COP", "REB", "UAF", "INS", "SPY")


def outlet_before_force(token: Token, entry: AliasEntry) -> bool:
    """An acronym the alias table reads as a news outlet, modifying a noun for an armed or police force ("AFP
    generals" in a story of the Philippines' armed forces): an outlet has reporters, not generals, so the acronym
    stands for another body the table does not know, of no country it can tell."""
    if not (entry.cameo_actor_code or "").endswith("MED") or not token.text.isupper():
        return False
    head = token.head
    if token.dep_ != "compound" or head.i <= token.i or head.pos_ != "NOUN":
        return False
    found = find_role([head])
    return found is not None and (found.role.cameo_role or "").endswith(_FORCE_SECTORS)


def _country_words_at(tokens: list[Token], n: int) -> AliasEntry | None:
    """The country whose name of two or more words opens at ``tokens[n]`` ("New Zealand", "Sri Lanka") inside a
    longer name NER tagged whole ("the Sri Lanka Army"), where neither the word nor the entity is a country; never
    from "The" (the look-up drops an article: "The British Columbia government" is no British one)."""
    if tokens[n].lower_ == "the":
        return None
    for size in range(MAX_COUNTRY_WORDS, 1, -1):
        words = tokens[n : n + size]
        if len(words) == size and words[-1].i - words[0].i == size - 1 and all(t.is_alpha for t in words):
            entry = lookup_alias(" ".join(t.text for t in words))
            if entry is not None and entry.actor_type == "country":
                return entry
    return None


def native_american(token: Token) -> bool:
    """The word "Indian(s)" in a text that speaks of tribes and of Native peoples and never names India (decided
    once per text)."""
    if token.lower_ not in ("indian", "indians"):
        return False
    doc = token.doc
    native = doc.user_data.get(_NATIVE_SENSE_KEY)
    if native is None:
        native = (
            bool(indices_with(doc, LOWER, _TRIBE_WORDS))
            and bool(indices_with(doc, ORTH, ("Native",)))
            and not indices_with(doc, ORTH, ("India",))
        )
        doc.user_data[_NATIVE_SENSE_KEY] = native
    return native


def entity_text(first: Token) -> str:
    """Text of the entity starting at ``first`` (``doc.ents`` is rebuilt on every access, so avoid it)."""
    return first.doc[first.i : entity_end(first)].text


def entity_end(first: Token) -> int:
    doc, end = first.doc, first.i + 1
    while end < len(doc) and end - first.i < MAX_PHRASE_TOKENS and doc[end].ent_iob_ == "I":
        end += 1
    return end


def of_phrase(token: Token) -> Token | None:
    """'minister of Pakistan', 'officials from China' -> the pobj when it names a country."""
    for child in token.children:
        if child.dep_ == "prep" and (
            child.lower_ == "of" or (child.lower_ == "from" and token.tag_ in ("NNS", "NNPS"))
        ):
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.ent_type_ in ("GPE", "NORP", "ORG"):
                    return pobj
    return None


def of_country(token: Token, pobj: Token | None = None) -> str | None:
    """The country ``of_phrase`` names; ``pobj``: its answer when the caller has it already."""
    pobj = of_phrase(token) if pobj is None else pobj
    if pobj is None:
        return None
    entry = lookup_alias(pobj.text) or lookup_alias(token.doc[pobj.left_edge.i : pobj.i + 1].text)
    return entry.country_code if entry else None


def place_country(token: Token) -> tuple[bool, str | None]:
    """Whether a modifier or prepositional object is a named place, and its country when the alias table or the
    gazetteer knows it."""
    if token.ent_type_ not in PLACE_LABELS or not token.text[:1].isupper() or native_american(token):
        return False, None
    doc, start = token.doc, token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = entity_end(doc[start])
    text = doc[start:end].text
    words = text.split()
    entry = None
    for n in range(len(words), 0, -1):  # "the United States troops" tagged whole: "United States"
        entry = lookup_alias(" ".join(words[:n]))
        if entry is not None:
            break
    if entry is not None and entry.actor_type not in ("country", "organization"):
        return False, None
    if entry is not None and entry.actor_type == "country":
        return True, entry.country_code
    # a town the alias table may know as a capital ("Paris") or not at all: "Paris, Texas", "El Paso, Texas"
    country = _qualifying_region(doc, end)
    if country is None and entry is not None:
        country = entry.country_code
    if country is None and not _after_the(doc, start, end):
        country = place_country_code(text)
    return True, country


def _after_the(doc: Doc, start: int, end: int) -> bool:
    """ "in the Gulf", "across the Midlands": a town or region is named bare, so a gazetteer match after "the" is
    another thing (Papua New Guinea's Gulf Province); "the Springfield police" opens a phrase and counts."""
    return (
        start > 0 and doc[start - 1].lower_ == "the" and doc[end - 1].dep_ not in ("compound", "nmod", "poss")
    )


def _qualifying_region(doc: Doc, end: int) -> str | None:
    """The country of a state, province or country set after a town with a comma: "Paris, Texas", "Suva, Fiji"."""
    if end + 1 >= len(doc) or doc[end].text != "," or doc[end + 1].ent_iob_ != "B":
        return None
    if doc[end + 1].ent_type_ not in PLACE_LABELS:
        return None
    text = entity_text(doc[end + 1])
    entry = lookup_alias(text)
    if entry is not None:
        return entry.country_code if entry.actor_type == "country" else None
    return place_country_code(text, region=True)


def opposes(token: Token) -> bool:
    """A noun for people against someone ("critics", "opponents": the critics class of ``generic_agents``), whose
    "of" names whom they oppose, never whose people they are nor where they are from ("critics of China say …")."""
    role = generic_agents().get(token.lemma_.lower())
    return role is not None and role.role_class == "critics"


def local_place(token: Token, phrase: list[Token]) -> tuple[bool, str | None]:
    """A place that locates a group: a place name before its noun ("the Springfield police") or after it
    ("police in Springfield", "a gunman from Springfield"), or a capitalised body after a proper noun
    ("Lakeside Valley Police" untagged by NER). Returns (found, country of the place if known)."""
    for t in phrase:
        if t.i < token.i and t.dep_ in ("compound", "nmod", "amod", "poss"):
            found, country = place_country(t)
            if found:
                return True, country
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in PLACE_PREPS:
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    found, country = place_country(pobj)
                    if found and prep.lower_ == "of" and opposes(token):
                        return True, None  # "critics of China": whom they oppose, not where they are from
                    if found:
                        return True, country
    sentence_start = token.i == token.sent.start
    if token.text[:1].isupper() and not token.is_upper and not sentence_start:
        names = [t for t in phrase if t.i < token.i and t.dep_ == "compound" and t.pos_ == "PROPN"]
        if names and all(lookup_alias(t.text) is None for t in names):
            return True, None
    return False, None


def is_place_phrase(token: Token) -> bool:
    """The last token of a name stands in a phrase of place: "in Adelaide", "outside South Australia's
    Parliament House", "at a rally in eastern Baghdad"."""
    if token.dep_ in ("compound", "poss") and token.head.i > token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPS


def unclaimed_places(
    doc: Doc, owned: Mapping[int, object], person_words: frozenset[str]
) -> Iterator[tuple[Token, str]]:
    """Places in a phrase of place that no actor mention holds, with their country: a capital ("in Baghdad",
    not its government), a town the parser did not tag ("in Adelaide"). Never a word of a person's name in
    the article ("Obama" is also a Japanese town) nor a name after "the" ("in the Gulf", not Papua New
    Guinea's Gulf Province)."""
    for i in indices_with(doc, POS, ("PROPN",)):
        if i in owned:
            continue  # asked before making the Token: most names are an actor's
        token = doc[i]
        if not token.text[:1].isupper() or not is_place_phrase(token):
            continue
        if token.ent_type_ and token.ent_type_ not in PLACE_LABELS or token.ent_iob_ == "I":
            continue
        if token.i > 0 and doc[token.i - 1].lower_ == "the":
            continue
        end = entity_end(token) if token.ent_iob_ == "B" else token.i + 1
        text = doc[token.i : end].text
        if any(word in person_words for word in text.lower().split()):
            continue
        entry = lookup_alias(text)
        if entry is not None:
            code = entry.country_code if entry.actor_type == "country" or entry.is_government else None
        else:
            code = place_country_code(text)
        if code:
            yield token, code
