"""Named actors other than people: countries and the governments their capitals stand for, demonyms
("Pakistani officials", "the French said"), organisations (with their acronyms and "Justice" for the
Department of Justice), groups, and offices named by a country with no holder ("the Nigerian vice
president")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsroom.extract.actors.gazetteer import (
    demonym_country,
    leading_place_country,
    place_country_code,
    region_country,
)
from newsroom.extract.actors.generic import agent_noun
from newsroom.extract.actors.groups import dominant_country, fitting_country, group, home_country
from newsroom.extract.actors.names import display_text, initials_of, org_key
from newsroom.extract.actors.namesakes import own_party
from newsroom.extract.actors.places import (
    LOCATIVE_PREPS,
    country_of,
    is_locative,
    listed_with_towns,
    outlet_before_force,
)
from newsroom.extract.actors.registry import Actor, Registry, UnheldRole
from newsroom.extract.actors.roles import body_label, find_role, unnamed_holder_noun
from newsroom.extract.actors.words import (
    DEPARTMENT_WORDS,
    JOURNALIST_NOUNS,
    OF_BODY_WORDS,
    OUTLET_NOUNS,
    PRONOUN_WINDOW_SENTENCES,
    SUBJECT_DEPS,
)
from newsroom.extract.lexicon import (
    AliasEntry,
    Role,
    country_name,
    english_adjectives,
    given_names,
    lookup_alias,
    name_head_roles,
    name_heads,
    national_bodies,
    normalize_name,
    people_nouns,
    relation_nouns,
)


def add_entity(reg: Registry, span: Span, entry: AliasEntry | None) -> None:
    """An actor for a named span that is not a person: through the alias table when it knows the name."""
    if entry is not None and len(span) == 1 and outlet_before_force(span.root, entry):
        entry = None  # "AFP generals": an acronym the table reads as a news agency names the force here
    if entry is not None and (region := _region_meant(reg, span, entry)) is not None:
        text = display_text(span)  # "Brunswick, Georgia" in a story of Atlanta: the US state, not the country
        reg.add_mention(reg.actor(org_key(text), text, "other", region), span.start, span.end, "name")
        return
    if entry is not None and (own := _own_namesake(reg, span, entry)) is not None:
        reg.add_mention(own, span.start, span.end, "name")
        return
    if entry is not None:
        _add_known(reg, span, entry)
        return
    label, root = span.label_, span.root
    if label == "ORG" and _town_as_place(span):
        label = "GPE"
    elif label in ("GPE", "LOC") and _listed_with_organisations(span):
        label = "ORG"
    text = display_text(span)
    if not any(c.isalpha() for c in text):
        return
    tokens = list(span)
    if (government := _demonym_government(tokens)) is not None:
        _add_known(reg, span, government)  # "the Iraqi Government" is the Government of Iraq
        return
    full_key = reg.acronyms.get(org_key(text))
    if full_key is not None and full_key in reg.by_key:  # the acronym of a name spelled out earlier
        reg.add_mention(reg.by_key[full_key], span.start, span.end, "name")
        return
    if (
        spelled := _spelled_out_before(reg, text)
    ) is not None:  # "the BWS" after "the Bureau of Water Supply"
        reg.add_mention(spelled, span.start, span.end, "name")
        return
    if label == "ORG" and root.dep_ == "compound" and root.head.lower_ in ("community", "communities"):
        # "the QAnon community": people who share what the word names, no body
        reg.add_mention(reg.actor(org_key(text), text, "group", None), span.start, span.end, "name")
        return
    if label == "ORG" or (label in ("GPE", "LOC", "FAC") and find_role(tokens, body=True)):
        # "British Columbia Supreme Court" is Canada's, not British; "Adelaide City Council" Australia's
        # a news outlet named by its last word ("Taipei Times", "ABC News") is media, its country known or not
        outlet = name_head_roles().get(tokens[-1].lower_) if len(tokens) > 1 else None
        if (span.start and span.doc[span.start - 1].lower_ in OUTLET_NOUNS) or _journalists_body(root):
            outlet = "MED"  # "the Basque newspaper Gara", "Slate's chief political correspondent"
        found = find_role(tokens, body=True)
        code = found.role.cameo_role if found else None
        outlet = outlet or ("MED" if code == "MED" else None)  # "PA Media"
        country = (
            leading_place_country(text.split(), min_words=2)
            or country_of(tokens, governments=outlet is None)
            or _possessor_country(reg, root)
            or _town_country(span, text)
        )
        cameo = (country + code) if country and code else ((country or "") + outlet if outlet else None)
        actor = reg.actor(org_key(text), text, "organization", country, cameo)
        reg.typed_names.append((actor, "organization", country, cameo, span))
        reg.add_mention(actor, span.start, span.end, "name")
    elif label == "NORP":
        if not _the_only_one(root) and (
            root.dep_ in SUBJECT_DEPS
            or (root.dep_ in ("dobj", "pobj", "conj") and not _describing_word(root))
        ):
            country = demonym_country(text)  # "New Yorkers", "Texans": the people of a place, civilians
            cameo = country + "CVL" if country else None
            reg.add_mention(
                reg.actor(org_key(text), text, "group", country, cameo), span.start, span.end, "name"
            )
    else:
        # a town or region has its country ("Adelaide", "British Columbia"), which tells where the story is
        country = (
            leading_place_country(text.split())
            if label in ("GPE", "LOC", "FAC")
            and not _person_word(reg, text)
            and not _named_locally(span)
            and not (span.start > 0 and reg.doc[span.start - 1].lower_ == "the")  # "the Gulf": no town
            else None
        ) or (
            _place_of_country(tokens) if label in ("GPE", "LOC", "FAC") and not _named_locally(span) else None
        )
        actor = reg.actor(org_key(text), text, "other", country)
        reg.typed_names.append((actor, "other", country, None, span))
        reg.add_mention(actor, span.start, span.end, "name")


_SINGLING_WORDS = frozenset({"only", "lone", "sole"})
# Verbs that give a place a local name ("a district known as X", "a slum called X", "a camp dubbed X").
_NAMING_VERBS = frozenset({"know", "call", "name", "dub", "nickname"})
# Words of a part of a town or land that locals name, beyond the place head words of ``name_heads``.
_LOCAL_PLACE_NOUNS = frozenset({"area", "city", "slum", "quarter", "township", "camp", "zone", "settlement"})


def _named_locally(span: Span) -> bool:
    """A name a place is given "as" or "called" after a word for a part of a town or land ("a neighbourhood known
    as Springfield", "a slum called Springfield"): the local name of that place, wherever the story is; the
    gazetteer's town of that name (and its country) is another place."""
    root = span.root
    verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "as" else root.head
    if root.dep_ not in ("pobj", "oprd", "dobj", "attr") or verb.lemma_.lower() not in _NAMING_VERBS:
        return False
    noun = verb.head
    return verb.dep_ == "acl" and (
        noun.lemma_.lower() in _LOCAL_PLACE_NOUNS
        or name_heads().get(noun.lemma_.lower()) in ("GPE", "LOC", "FAC")
    )


def _the_only_one(root: Token) -> bool:
    """A people's word in the singular that points at one person: "this" or "that" before it, or "the only", "the
    lone", "the sole" ("X, the only Muslim in Congress, …", "you'll always find this Muslim standing up for …"): one
    person described, subject or not, no group."""
    dets = {c.lower_ for c in root.children if c.dep_ == "det"}
    return root.tag_ in ("NN", "NNP") and (
        bool(dets & {"this", "that"})
        or ("the" in dets and any(c.dep_ == "amod" and c.lower_ in _SINGLING_WORDS for c in root.children))
    )


def _describing_word(root: Token) -> bool:
    """A people's word in the singular outside a subject, with no "the" or possessive, that is an adjective the
    parser left without its noun ("both Democratic and Republican administrations", "harm Jewish, Muslim or any other
    community", "Middle Eastern, European and African politicians") or names one person ("a Republican, Mark Amodei",
    "a Massachusetts Democrat"): no group. A people is named by a plural ("Kurds") or with "the". Not a word of no
    adjective (a place or firm NER took for a people), nor one joined by "and" to a subject ("the Continuity IRA and
    Republican Sinn Féin rejected …")."""
    top = root
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    dets = {c.lower_ for c in root.children if c.dep_ == "det"}
    return (
        root.tag_ not in ("NNS", "NNPS")
        and top.dep_ not in SUBJECT_DEPS
        and "the" not in dets
        and not any(c.dep_ == "poss" for c in root.children)
        and (root.lower_ in english_adjectives() or bool(dets & {"a", "an"}))
    )


# Prepositions whose object is where something is ("in Springfield", "near the Arena"); not "at" after a noun ("an
# engineer at Acme") nor "from" ("a statement from Acme"), which take a firm as readily.
_WHERE_PREPS = LOCATIVE_PREPS - {"at", "into", "via"}


def settle_name_types(reg: Registry) -> None:
    """A name NER tagged a body in some sentences and a place in others ("Acme", "Springfield") is what its uses
    say, not what its first one did: a place when it is used where something is ("in Springfield", "held at the
    Arena") or tagged a building at least as often as it is tagged a body; a body when most of its tags say so and
    no use puts it anywhere. The small model tags names of both kinds either way about as often, so a tie keeps the
    first use's type."""
    votes: dict[int, list[tuple[str, str | None, str | None, Span]]] = {}
    for actor, kind, country, cameo, span in reg.typed_names:
        votes.setdefault(id(actor), []).append((kind, country, cameo, span))
    for actor, *_ in reg.typed_names:
        read = votes.pop(id(actor), None)
        if read is None or actor.actor_type not in ("organization", "other"):
            continue
        bodies = [r for r in read if r[0] == "organization"]
        places = [r for r in read if r[0] == "other"]
        if not bodies or not places:
            continue
        where = sum(1 for r in places if r[3].label_ == "FAC" or _where_used(r[3].root))
        if where >= len(bodies):
            kind, country, cameo, _ = places[0]
        elif not where and len(bodies) > len(places):
            kind, country, cameo, _ = bodies[0]
        else:
            continue  # a body tagged a place about as often, or a place once used as one: the first use decides
        if kind != actor.actor_type:
            actor.actor_type, actor.country_code, actor.cameo = kind, country, cameo


def _where_used(token: Token) -> bool:
    if token.dep_ != "pobj":
        return False
    prep = token.head
    return prep.lower_ in _WHERE_PREPS or (prep.lower_ == "at" and prep.head.pos_ in ("VERB", "AUX"))


def _region_meant(reg: Registry, span: Span, entry: AliasEntry) -> str | None:
    """The country whose region a country's name means ("Georgia", a US state): the article names a town or
    region of that country (the gazetteer's "Atlanta", "Texas") and nothing of the country of the name ("Tbilisi",
    "Georgian"). That country's code, or None when the name means the country."""
    other = region_country(span.text) if entry.actor_type == "country" else None
    if other is None:
        return None
    found = False
    for ent in reg.doc.ents:
        if ent.label_ not in ("GPE", "LOC", "FAC", "NORP") or ent.text.casefold() == span.text.casefold():
            continue
        known = lookup_alias(ent.text)
        code = known.country_code if known is not None else place_country_code(ent.text)
        if code == entry.country_code:
            return None
        found = found or (known is None and code == other)
    return other if found else None


def _own_namesake(reg: Registry, span: Span, entry: AliasEntry) -> Actor | None:
    """The other country's party the article means by a name the table gives one country's (``own_party``): the
    body already named with that country whose name holds this one ("the New Zealand Labour party" ... "Labour"),
    else one named as the article first writes it with its country ("Australian Democrats")."""
    own = own_party(reg.doc, entry)
    if own is None:
        return _party_of_unnamed_country(reg, span, entry)
    country, written = own
    words = f" {normalize_name(span.text)} "
    for actor in reg.by_key.values():
        if (
            actor.actor_type == "organization"
            and actor.country_code == country
            and words in f" {normalize_name(actor.name)} "
        ):
            return actor
    return reg.actor(org_key(written), written, "organization", country, country)


def _party_of_unnamed_country(reg: Registry, span: Span, entry: AliasEntry) -> Actor | None:
    """A party name the table gives a country the article never names is another country's party of that name
    (the "Social Democrats" of a Swiss vote are no US party, "the Conservative Party" of a Canadian campaign no
    British one): the body the article names whose name holds this one ("Conservative Party of Canada"), else a
    party of no country, named as written. So is the tail of a longer name the table does not know ("the Social
    Democrats") in a story mostly of another country. None when the article names the table's country."""
    if not entry.namesake:
        return None
    longer = _longer_name(span)
    if longer is not None and dominant_country(reg) not in (None, entry.country_code):
        return reg.actor(org_key(longer), longer, "organization", None, None)
    if _names_country(reg, span, entry.country_code):
        return None
    words = f" {normalize_name(span.text)} "
    for actor in reg.by_key.values():
        if actor.actor_type == "organization" and words in f" {normalize_name(actor.name)} ":
            return actor
    text = display_text(span)
    return reg.actor(org_key(text), text, "organization", None, None)


# Endings of the adjectives that open a party's longer name ("Social", "Christian", "Islamic", "Socialist")
PARTY_ADJECTIVE_ENDINGS = ("al", "ian", "ic", "ist")


def _longer_name(span: Span) -> str | None:
    """The name a capitalised adjective before ``span`` makes with it when that word is no place, people or body and
    the whole is no name the table knows ("Social Democrats", "Christian Democrats"; not "Texas Democrats", "House
    Republicans", "Congressional Democrats")."""
    if span.start == 0:
        return None
    word = span.doc[span.start - 1]
    if (
        not word.is_alpha
        or not word.text[:1].isupper()
        or not word.lower_.endswith(PARTY_ADJECTIVE_ENDINGS)
        or word.lower_.startswith(tuple(national_bodies()))
        or word.is_sent_start
        or lookup_alias(word.text) is not None
        or place_country_code(word.text) is not None
        or find_role([word], body=True) is not None
    ):
        return None
    longer = f"{word.text} {display_text(span)}"
    return None if lookup_alias(longer) is not None else longer


def _names_country(reg: Registry, span: Span, code: str | None) -> bool:
    """Whether a name other than ``span`` anywhere in the article is of country ``code``: the country, its people,
    a place or a body opening with its name ("U.S. Senate")."""
    for ent in reg.doc.ents:
        if ent.label_ not in ("GPE", "LOC", "FAC", "NORP", "ORG") or ent.start == span.start:
            continue
        known = lookup_alias(ent.text)
        if known is not None and not known.namesake:
            if known.country_code == code:
                return True
        elif leading_place_country(ent.text.split()) == code:
            return True
    return False


def _spelled_out_before(reg: Registry, text: str) -> Actor | None:
    """The one body or place named earlier in the article whose words' initials an acronym is, with or without
    its small words ("BWS", "BOWS"); None when none or several are, or the acronym is a word of the name
    ("DC" of "DC Comics", which merges by its first word)."""
    found = {
        id(actor): actor
        for actor in reg.by_key.values()
        if actor.actor_type in ("organization", "other") and initials_of(text, actor.name)
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _journalists_body(root: Token) -> bool:
    """The organisation whose journalist a noun names: its possessor ("Slate's chief political correspondent"),
    its modifier before the journalist's name ("Recode editor Kara Swisher"; not "an open-source SQL editor") or
    the object of "at", "for" or "with" after it ("an editor at Buzzfeed")."""
    noun = root.head
    if root.dep_ == "poss":
        return noun.lemma_.lower() in JOURNALIST_NOUNS
    if root.dep_ == "compound":
        return (
            noun.lemma_.lower() in JOURNALIST_NOUNS and noun.dep_ == "compound" and noun.head.pos_ == "PROPN"
        )
    return (
        root.dep_ == "pobj"
        and noun.lower_ in ("at", "for", "with")
        and noun.head.lemma_.lower() in JOURNALIST_NOUNS
    )


def _place_of_country(tokens: list[Token]) -> str | None:
    """The country of the place an area named by its kind is "of" ("the Eastern District of Virginia": USA)."""
    for n, token in enumerate(tokens[1:-1], start=1):
        if token.lower_ == "of" and name_heads().get(tokens[n - 1].lower_) == "GPE":
            rest = " ".join(t.text for t in tokens[n + 1 :])
            entry = lookup_alias(rest)
            return entry.country_code if entry is not None else place_country_code(rest)
    return None


def _listed_with_organisations(span: Span) -> bool:
    """ "customers include PayPal, Facebook and LinkedIn": a name NER took for a place, listed with more
    organisations' names than places', is an organisation too (items of one list are of one kind), unless the
    gazetteer places it ("Google, Samsung and China"; not "Kings, Kern and Fresno counties")."""
    if place_country_code(span.text) is not None:
        return False
    top = span.root
    while top.dep_ == "conj":
        top = top.head
    items, todo = [], [top]
    while todo:  # every item of the list, however deep its parse nests them
        items.append(item := todo.pop())
        todo += [c for c in item.children if c.dep_ == "conj"]
    if len(items) < 2:
        return False  # "the member for Acmeton" alone: a place by its use, whatever NER tagged its word
    bodies = places = 0
    for item in items:
        name = item.doc[item.left_edge.i : item.i + 1] if item not in span else span
        known = lookup_alias(name.text)
        kind = known.actor_type if known else None
        if kind == "country" or (
            kind is None and (item.ent_type_ in ("GPE", "LOC") or place_country_code(name.text))
        ):
            places += 1
        elif kind == "organization" or item.ent_type_ == "ORG":
            bodies += 1
    return bodies > places


def _town_as_place(span: Span) -> bool:
    """One word NER tags a body that the gazetteer knows as a town or region, where a place stands: after "in",
    "at", "from" or "to" ("airlifted from Omsk"), after "the town of", as a possessor ("Chelyabinsk's governor") or in apposition ("a
    city, Bulawayo"); not as the agent of a clause ("Gallup found") or "according to" one. Known or not, one
    before an area's lower-case kind word ("the Varnibari district", "Acme province")."""
    token = span.root
    if len(span) != 1 or token.is_upper:
        return False
    head = token.head
    if (
        token.dep_ == "compound"
        and head.is_lower
        and head.dep_ != "compound"
        and name_heads().get(head.lower_) == "GPE"
    ):
        return True  # "in the Varnibari district": the name of an area its lower-case kind word follows
    if token.dep_ == "pobj" and token.head.lower_ == "of":
        # "the town of Pandeglang", "the districts of Ahvaz", "the city of Gewer": a place, known to the gazetteer
        # or not
        kind = token.head.head.lemma_.lower()
        return kind in ("city", "capital") or name_heads().get(kind) == "GPE"
    if place_country_code(token.text) is None:
        return False
    if token.dep_ == "pobj":
        prep = token.head
        return (
            prep.lower_ in LOCATIVE_PREPS or prep.lower_ in ("from", "to")
        ) and prep.head.lower_ != "according"
    return token.dep_ in ("poss", "appos")


def _town_country(span: Span, text: str) -> str | None:
    """The country of a large town opening an organisation's name, when a head word follows the town ("Adelaide
    Times", "New York Times") or the article names that country or another of its places elsewhere ("Toronto Stock Exchange" beside
    "Canadian banks"): "Moro" opens the Moro Islamic Liberation Front of an article about the Philippines, not a
    body of Moro, Pakistan. A one-word name too ("Karachi" NER took for a body, in a story of Pakistan): "the
    editor of Time" names no body of Time, Norway."""
    words = text.split()
    country = leading_place_country(words, large=True)
    if (
        country is None
        or place_country_code(words[0], region=True)  # "California Air Resources Board"
        or any(w.lower() in name_heads() for w in words[1:3])
    ):
        return country
    for ent in span.doc.ents:
        if ent.label_ in ("GPE", "NORP", "LOC") and not (ent.start >= span.start and ent.end <= span.end):
            entry = lookup_alias(ent.text)
            if (entry.country_code if entry else place_country_code(ent.text)) == country:
                return country
    return None


def _demonym_government(tokens: list[Token]) -> AliasEntry | None:
    """The alias entry of "<Demonym> Government" tagged as one name ("Iraqi Government"), as the lower-case
    "Iraqi government" already is."""
    if len(tokens) != 2 or tokens[1].lower_ != "government":
        return None
    country = lookup_alias(tokens[0].text)
    if country is None or country.actor_type != "country":
        return None
    return lookup_alias(f"Government of {country.canonical_name}") or lookup_alias(
        f"Government of the {country.canonical_name}"
    )


def _person_word(reg: Registry, text: str) -> bool:
    """A word of a person's name in this article ("Obama" tagged a place is not the Japanese town)."""
    words = set(text.lower().split())
    return any(words & set(actor.name_tokens) for actor in reg.persons())


def _add_known(reg: Registry, span: Span, entry: AliasEntry) -> None:
    """A name the alias table knows: a demonym, a place (no actor), or the actor the table names."""
    label, root = span.label_, span.root
    if entry.actor_type == "country" and (label == "NORP" or root.pos_ == "ADJ" or root.dep_ == "amod"):
        _add_demonym(reg, span, entry)
        return
    if (
        entry.is_government
        and label in ("GPE", "LOC", "FAC")
        and (is_locative(span) or listed_with_towns(span, entry.country_code))
    ):
        return
    if entry.actor_type == "country" and _add_owned_role(reg, span, entry):
        return
    _add_alias_actor(reg, span, entry)


def _add_alias_actor(reg: Registry, span: Span, entry: AliasEntry) -> None:
    """The actor the alias table names, mentioned by ``span``."""
    kind = (
        "metonym"
        if entry.is_government and entry.canonical_name.casefold() != span.text.casefold()
        else "name"
    )
    actor = reg.actor(
        entry.canonical_name.casefold(),
        entry.canonical_name,
        entry.actor_type,
        entry.country_code,
        entry.cameo_actor_code,
    )
    reg.add_mention(actor, span.start, span.end, kind)


def _add_demonym(reg: Registry, span: Span, entry: AliasEntry) -> None:
    """'Pakistani officials' -> Pakistan's government; 'the French said' -> France; 'French wine' -> nothing."""
    root = span.root
    head = root.head
    if root.dep_ in ("amod", "compound", "nmod") and head.pos_ in ("NOUN", "PROPN") and head.i > root.i:
        if _role_up_to(span, head) is None and head.pos_ == "NOUN":
            reg.adjective_countries.append((span, entry))
        _add_demonym_role(reg, span, entry, head)
        return
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    noun = first.head
    if (
        first is not root
        and first.dep_ in ("amod", "compound", "nmod")
        and noun.pos_ == "NOUN"
        and noun.i > root.i
        and _role_up_to(span, noun) is None
        and not agent_noun(noun)
        and noun.lemma_.lower() not in people_nouns()
        and noun.lemma_.lower() not in relation_nouns()
    ):
        # "Iranian and Russian interference", "the French and Italian speaking regions": a later adjective of the
        # thing the first one describes, as the first is (the parser hangs it on the first); not of people
        # ("Israeli and Palestinian negotiators", "South African, Mexican colleagues": the country stays as it was)
        reg.adjective_countries.append((span, entry))
        return
    if root.dep_ == "appos" and _describes_person(reg, root.head):
        # "Jane Roe, an ethnic Kurd," / "the suspect, a Kenyan,": the person's origin, not the country acting
        owner = reg.token_owner.get(root.head.i)
        if owner is not None and owner.actor.actor_type == "person":
            reg.add_mention(owner.actor, span.start, span.end, "description")
        return
    if root.dep_ in SUBJECT_DEPS or root.dep_ in ("dobj", "pobj", "conj", "appos", "ROOT"):
        actor = reg.actor(
            entry.canonical_name.casefold(),
            entry.canonical_name,
            "country",
            entry.country_code,
            entry.cameo_actor_code,
        )
        reg.add_mention(actor, span.start, span.end, "metonym")


def _add_owned_role(reg: Registry, span: Span, entry: AliasEntry) -> bool:
    """A country's possessive before an office with no holder named ("Peru's interior minister", "Uganda's police
    chief", "Mozambique's main opposition leader"): the office's body of that country, as for "the Peruvian
    interior minister", not the country itself; "Peru's economy" keeps the country."""
    root, head = span.root, span.root.head
    # not "X will be America's Speaker" nor "X, Peru's envoy," (they describe X), nor a title before the holder's
    # name ("Ghana's President John Kufuor"), nor a name of its own ("Kenya's Interior Ministry")
    if (
        root.dep_ != "poss"
        or head.i < span.end
        or head.pos_ not in ("NOUN", "PROPN")
        or head.dep_ in ("attr", "appos")
        or head.head.ent_type_ == "PERSON"
        or any(c.dep_ in ("appos", "compound") and c.ent_type_ == "PERSON" for c in head.children)
        or any(t.ent_type_ for t in span.doc[span.end : head.i + 1])
    ):
        return False
    # an office only: a body after the possessive ("Zimbabwe's police") is the descriptions' own mention
    role = _role_up_to(span, head)
    if role is None or role.kind != "person" or not role.cameo_role:
        return False
    _add_demonym_role(reg, span, entry, head, role)
    return True


def _role_up_to(span: Span, head: Token) -> Role | None:
    """The role the words after ``span`` up to the head noun name, the longest ending at the head ("army chief",
    "main opposition leader"), else the head's own."""
    words = [t for t in span.doc[span.end : head.i + 1] if t.dep_ != "case" and not t.is_punct]
    found = find_role(words) if words else None
    if found is not None and found.end == len(words):
        return found.role
    found = find_role([head])
    return found.role if found is not None else None


def _add_demonym_role(
    reg: Registry, span: Span, entry: AliasEntry, head: Token, role: Role | None = None
) -> None:
    """A demonym (or a country's possessive) before a role noun: a body of that country ("Pakistani officials"),
    or an office whose holder may be named later ("the Nigerian vice president"); ``role``: the one the caller
    found, else the one the words up to the head name."""
    role = role or _role_up_to(span, head)
    if role is None or head.i in reg.token_owner:
        return
    # "Pakistani officials", and an unnamed "a senior Indian diplomat" (a named one is a person)
    if role.kind == "body" or head.tag_ in ("NNS", "NNPS") or unnamed_holder_noun(head):
        if role.cameo_role:
            actor = group(
                reg,
                entry.country_code,
                role.cameo_role,
                entry.canonical_name,
                body_label(role),
                role.role_class,
            )
            others = _joined_demonyms(span, entry)
            if not others:
                reg.add_mention(actor, span.start, head.i + 1, "description")
                return
            # "Armenian and Azerbaijani troops": each country's troops, the noun the first's (it heads the phrase)
            for conjunct, other in others:
                if conjunct.i in reg.token_owner:
                    continue
                partner = group(
                    reg,
                    other.country_code,
                    role.cameo_role,
                    other.canonical_name,
                    body_label(role),
                    role.role_class,
                )
                reg.add_mention(partner, conjunct.left_edge.i, conjunct.i + 1, "description")
            reg.add_mention(actor, span.start, span.end, "description")
            reg.add_mention(actor, others[-1][0].i + 1, head.i + 1, "description")
    elif role.cameo_role and head.ent_type_ != "PERSON" and head.head.ent_type_ != "PERSON":
        reg.unheld_roles.append(UnheldRole(span, entry, head, role))


def _joined_demonyms(span: Span, entry: AliasEntry) -> list[tuple[Token, AliasEntry]]:
    """The other countries' demonyms coordinated with this one before the same noun ("Armenian and Azerbaijani
    troops", "South Korean and Japanese officials"): each names a body of its own country, not a part of the first's."""
    found, head = [], span.root.head
    for c in span.root.children:
        # the tagger may take a demonym for a name ("Azerbaijani" as a person): the alias table says it is one
        joined = c.dep_ == "conj" and c.pos_ in ("ADJ", "PROPN") and c.i < head.i
        other = lookup_alias(c.text) if joined else None
        if other is not None and other.actor_type == "country" and other.country_code != entry.country_code:
            found.append((c, other))
    return found


def _describes_person(reg: Registry, head: Token) -> bool:
    """Whether a noun is one person: a person's name, or a singular common noun ("the suspect")."""
    owner = reg.token_owner.get(head.i)
    if owner is not None:
        return owner.actor.actor_type == "person"
    if head.ent_type_ == "PERSON":
        return True
    return head.pos_ == "NOUN" and head.tag_ == "NN" and find_role([head], body=True) is None


def _possessor_country(reg: Registry, root: Token) -> str | None:
    """Country of a possessor ("Kenya's electoral commission", "the country's army")."""
    for child in root.children:
        if child.dep_ == "poss":
            owner = reg.token_owner.get(child.i)
            if owner and owner.actor.country_code:
                return owner.actor.country_code
            if child.lower_ in ("country", "nation"):
                mention = reg.salient(child.i, lambda a: a.actor_type == "country", PRONOUN_WINDOW_SENTENCES)
                return mention.actor.country_code if mention else None
    return None


def rename_departments(reg: Registry) -> None:
    """ "Justice" where the article names the Department of Justice (or the Justice Department) is that department."""
    for mention in reg.mentions:
        key = mention.actor.key
        if mention.kind != "name" or not key.startswith("org:"):
            continue
        text = reg.mention_text(mention)
        forms = [f"{word} of {text}" for word in DEPARTMENT_WORDS] + [
            f"{text} {word}" for word in DEPARTMENT_WORDS
        ]
        keys = [org_key(form) for form in forms] + [
            entry.canonical_name.casefold()
            for form in forms
            if (entry := lookup_alias(form.title())) is not None
        ]
        department = next(
            (d for k in keys if (d := reg.by_key.get(k)) is not None and d is not mention.actor), None
        )
        if department is not None:
            mention.actor = department


def place_generic_bodies(reg: Registry) -> None:
    """ "the Senate", "Parliament", "the Supreme Court": a body the article names only by its kind, with no country
    in any of its names, is the body of the text's own country, named with it ("United States Senate", "Kenya
    Parliament"), so two countries' senates are two actors across articles and one with the body named in full
    elsewhere. A legislature's country is that of its chambers and members the text names with a country
    (``home_country``: "Congress" in a US senator's release about Ukraine); any other body's, the country the text
    is mostly about — of the countries whose body English calls by that word alone (``national_bodies``: no
    "China Congress"), else none."""
    dominant: str | None = None
    homes: dict[str, str | None] = {}
    for actor in reg.numbered():
        if actor.actor_type != "organization" or actor.country_code or not actor.key.startswith("org:"):
            continue
        names = [m for m in reg.mentions if m.actor is actor and m.kind == "name"]
        if not names:
            continue
        tokens = [t for t in reg.doc[names[0].start : names[0].end] if t.is_alpha and t.lower_ != "the"]
        found = find_role(tokens, body=True)
        if (
            not tokens
            or found is None
            or (found.start, found.end) != (0, len(tokens))
            or not found.role.cameo_role
        ):
            continue
        code, word = found.role.cameo_role, found.role.phrase
        if word not in homes:
            homes[word] = home_country(reg, word)
        country = homes[word] or (dominant := dominant or dominant_country(reg))
        country = fitting_country(reg, word, country)  # "Congress" in a text about France: the US's it names
        if country is None or (prefix := country_name(country)) is None or _about_a_region(reg, country):
            continue
        name = f"{prefix} {actor.name}"
        alias = lookup_alias(name)  # "United States House of Representatives" met under another alias
        target = reg.by_key.get(org_key(name)) or (alias and reg.by_key.get(alias.canonical_name.casefold()))
        if target is None:
            actor.name, actor.country_code, actor.cameo = name, country, country + code
            reg.by_key[org_key(name)] = actor
            continue
        reg.reassign(actor, target)
        reg.by_key[actor.key] = target


def _about_a_region(reg: Registry, code: str) -> bool:
    """The article names one region (a state or province of the country, or a place the gazetteer does not know)
    more often than the country itself, by name or adjective: its "Senate" or "Supreme Court" is the region's
    (Puerto Rico, Alabama), while a suburb's name in an "Australian" story leaves its House of Representatives
    Australia's."""
    country = sum(
        1
        for token in reg.doc
        if token.ent_type_ == "NORP"
        and (entry := lookup_alias(token.text)) is not None
        and entry.actor_type == "country"
        and entry.country_code == code
    )
    regions: dict[int, int] = {}
    for mention in reg.mentions:
        actor = mention.actor
        if mention.kind not in ("name", "metonym"):
            continue
        if actor.cameo in (code, code + "GOV"):
            country += 1
        elif actor.actor_type == "other" and (
            actor.country_code is None or place_country_code(actor.name, region=True) == code
        ):
            regions[id(actor)] = regions.get(id(actor), 0) + 1
    return max(regions.values(), default=0) > country


NAME_JOINERS = frozenset({"of", "for", "and", "on", "to"})


def merge_short_names(reg: Registry) -> None:
    """An organisation named by the end of a longer name met earlier in the article is that organisation: "the
    Senate" after "the U.S. Senate", "Parliament" after "the Tunisian Parliament", and a body word by the head of
    one ("the Department" after "the Department of Justice"). Left alone when two longer
    names end the same way ("the Court" after "the Supreme Court" and "the District Court"), when the short name
    is the longer one's complement ("Parliament" in "Member of Parliament"), or the longer one is a list."""
    seen: dict[int, tuple[Actor, tuple[str, ...]]] = {}
    for mention in reg.mentions:
        actor = mention.actor
        if actor.actor_type != "organization":
            continue
        words = _key_words(actor)
        if mention.kind == "name" and actor.key.startswith("org:"):
            longer = [
                (other, other_words)
                for other, other_words in seen.values()
                if len(other_words) > len(words)
                and (
                    (other_words[-len(words) :] == words and other_words[-len(words) - 1] not in NAME_JOINERS)
                    or _head_of_body_name(other_words, words)
                )
                and "," not in other.name
            ]
            widest = [
                (other, other_words)
                for other, other_words in longer
                if not any(
                    len(w) > len(other_words) and w[-len(other_words) :] == other_words for _, w in longer
                )
            ]
            if len(widest) == 1:
                mention.actor = actor = widest[0][0]
                words = widest[0][1]
        seen.setdefault(id(actor), (actor, words))


def merge_acronyms(reg: Registry) -> None:
    """One body under its name and its initials. An acronym no alias names that the words of one body or place
    of the article are the initials of is that body, wherever the name stands ("the EPA said …" before "the
    Environmental Protection Agency": ``add_entity`` only looks back). An acronym the alias table knows but the
    article spells out in brackets ("the Namibian Broadcasting Corporation (NBC)") is what the article says:
    the name's actor when the two have different countries, else the table's actor takes the name too
    ("Organization for Economic Cooperation and Development (OECD)" with the table's code) — not a news outlet's
    acronym, which the article's name often means something else by ("Nuclear Posture Review (NPR)")."""
    bodies = [a for a in reg.by_key.values() if a.actor_type in ("organization", "other") and " " in a.name]
    for actor in list(reg.by_key.values()):
        if actor.actor_type != "organization" or not (2 <= len(actor.name) <= 6 and actor.name.isupper()):
            continue
        if actor.key.startswith("org:"):
            found = {id(b): b for b in bodies if initials_of(actor.name, b.name)}
            if len(found) == 1:
                reg.reassign(actor, next(iter(found.values())))
            continue
        named = reg.by_key.get(reg.acronyms.get(org_key(actor.name), ""))
        if named is None or named is actor or not named.key.startswith("org:"):
            continue
        if named.country_code and actor.country_code and named.country_code != actor.country_code:
            reg.reassign(actor, named)
        elif (
            named.actor_type == "organization"
            and named.country_code in (None, actor.country_code)
            and not (actor.cameo or "").endswith("MED")
        ):
            reg.reassign(named, actor)


def _head_of_body_name(name: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """ "the Department" after "the Department of Justice", "the Bureau" after "the Bureau of Land Management": a
    body word that ends the words of a longer name before its "of" or "for" (what the body deals with)."""
    if len(words) != 1 or words[0] not in OF_BODY_WORDS:
        return False
    cut = next((i for i, w in enumerate(name) if w in ("of", "for")), None)
    return cut is not None and name[:cut][-1:] == words


def merge_name_openers(reg: Registry) -> None:
    """A one-word "person" that opens the name of one organisation in the article is that organisation ("Burisma"
    beside "Burisma Holdings"; not "Jolo" beside "Jolo Cathedral", a building named after a place), unless a given
    name, a title or a role says it is a person."""
    openers: dict[str, list[Actor]] = {}
    for actor in reg.by_key.values():
        words = _key_words(actor)
        if actor.actor_type == "organization" and len(words) > 1 and name_heads().get(words[-1]) != "FAC":
            openers.setdefault(words[0], []).append(actor)
    for key, person in list(reg.by_key.items()):
        if person.actor_type != "person" or len(person.name_tokens) != 1 or person.sex or person.roles:
            continue
        word = normalize_name(person.name_tokens[0]) or ""
        found = {id(a): a for a in openers.get(word, [])}
        if len(found) != 1 or word in given_names():
            continue
        (organisation,) = found.values()
        reg.reassign(person, organisation)
        del reg.by_key[key]


def _key_words(actor: Actor) -> tuple[str, ...]:
    key = actor.key.removeprefix("org:") if actor.key.startswith("org:") else normalize_name(actor.key)
    return tuple((key or "").split())


def add_unheld_roles(reg: Registry) -> None:
    """'The Nigerian vice president arrived ...' with no one named as holder: the office's country acts."""
    for span, entry, head, role in reg.unheld_roles:
        if head.i in reg.token_owner or span.start in reg.token_owner:
            if span.root.dep_ == "poss" and span.start not in reg.token_owner:
                _add_alias_actor(reg, span, entry)  # "Peru's interior minister, X": Peru, as before
            continue
        actor = group(reg, entry.country_code, role.cameo_role, entry.canonical_name, None, role.role_class)
        reg.add_mention(actor, span.start, head.i + 1, "description")
