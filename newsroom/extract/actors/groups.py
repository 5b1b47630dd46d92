"""Generic agent groups: bodies and plural people NER does not tag ("police", "the union", "Saudi and US
mediators", "economists"), how they are named, and which country they belong to."""

from __future__ import annotations

from spacy.tokens import Token

from newsroom.extract.actors.gazetteer import place_country_code
from newsroom.extract.actors.generic import clause_place
from newsroom.extract.actors.places import (
    PLACE_PREPS,
    country_of,
    entity_text,
    is_place_phrase,
    local_place,
    unclaimed_places,
)
from newsroom.extract.actors.registry import Actor, Registry
from newsroom.extract.actors.roles import RoleMatch, body_code, body_label, find_role
from newsroom.extract.actors.words import ARGUMENT_DEPS
from newsroom.extract.lexicon import (
    Role,
    country_name,
    lookup_alias,
    national_bodies,
    org_anaphors,
    phoenix_agents,
)

# Unnamed attackers belong where they strike: "a gunman shot shoppers at a store in El Paso, Texas" is a US
# gunman in an article mostly about Mexico's response. (Institutions keep the article's country: "the
# government said in Geneva" is not Switzerland's.)
PLACE_BOUND_CLASSES = frozenset({"gunmen"})
# A place where things happen counts as this many mentions of its country in ``dominant_country``.
PLACE_WEIGHT = 3
# A group "of 189 countries", "of member states" is many countries' people: it gets none of them.
STATE_NOUNS = frozenset({"countries", "nations", "states", "governments"})
# The phrase after a group that names the body or countries it is of ("operatives within the Saudi government").
OWNER_PREPS = frozenset({"of", "from", "for", "within", "inside", "at"})
# Bodies a state has one of: their plural ("other governments", "Western governments", "governments in the region",
# "these two administrations") is several states' or terms', no one country's unless its own phrase names it.
ONE_PER_STATE = frozenset({"government", "administration", "regime"})
# Words that make such a plural one state's successive terms ("previous administrations", "new governments")
SUCCESSIVE = frozenset("past previous former prior earlier new successive future recent subsequent".split())
# Body nouns that more often name a thing: "intelligence" is information or a skill ("shared intelligence with
# Kyiv", "artificial intelligence", "intelligence tools") unless a country, people or body owns it ("Israeli
# intelligence", "Pakistan's intelligence"): without one it is no group, not the article's country's service.
OWNED_ONLY_BODIES = frozenset({"intelligence"})
# Modifiers that put a group beyond any one country ("world leaders", "international donors"); not "foreign",
# which is also a country's own ("the foreign ministry").
SUPRANATIONAL = frozenset({"world", "international", "global"})
# Faiths and parties NER tags like peoples: "communist rebels", "Catholic bishops" are most often the country's own.
CREED_WORDS = frozenset(
    {
        "catholic",
        "christian",
        "muslim",
        "islamic",
        "sunni",
        "shia",
        "shiite",
        "jewish",
        "hindu",
        "republican",
        "democratic",
        "democrat",
        "conservative",
        "liberal",
    }
)

ROLE_LABELS = {
    "MIL": "military",
    "REB": "rebels",
    "OPP": "opposition",
    "JUD": "judiciary",
    "LEG": "legislature",
    "COP": "police",
    "MED": "media",
    "BUS": "business",
    "SPY": "intelligence",
    "SEP": "separatists",
    "CVL": "civilians",
    "REF": "refugees",
    "LAB": "labour",
    "EDU": "education",
    "HLH": "health",
    "NGO": "NGOs",
    "UAF": "armed groups",
    "CRM": "criminals",
    "AGR": "agriculture",
    "REL": "religious",
    "IGO": "international organisations",
}


def group(
    reg: Registry,
    country: str | None,
    code: str | None,
    country_label: str | None,
    label: str | None = None,
    role_class: str | None = None,
) -> Actor:
    """A generic agent group; see ``add_generic`` for the naming scheme."""
    country_label = country_label or (country_name(country) if country else None)
    if code == "GOV" and country:
        gov = lookup_alias(f"Government of {country_label}") or lookup_alias(
            f"Government of the {country_label}"
        )
        name = gov.canonical_name if gov else f"Government of {country_label}"
        actor = reg.actor(name.casefold(), name, "organization", country, f"{country}GOV")
    else:
        label = label or ROLE_LABELS.get(code or "", (code or "group").lower())
        name = f"{country_label} {label}" if country_label else label
        cameo = f"{country or ''}{code}" if code else None
        actor = reg.actor(f"group:{country or ''}:{name.casefold()}", name, "group", country, cameo)
    if actor.group_class is None:
        actor.group_class = role_class
    return actor


def dominant_country(reg: Registry, among: frozenset[str] | None = None) -> str | None:
    """The country the article is mostly about: named/metonym mentions, a place where things happen ("in
    Adelaide", "at a rally in eastern Baghdad") counting ``PLACE_WEIGHT`` times (earliest on ties). A story
    about a US official's visit to Australia names the United States often but happens in Australia. ``among``:
    of these countries only."""
    counts: dict[str, int] = {}
    first: dict[str, int] = {}

    def count(code: str, start: int, weight: int) -> None:
        if among is not None and code not in among:
            return
        counts[code] = counts.get(code, 0) + weight
        first.setdefault(code, start)

    towns = []
    for m in reg.mentions:
        code = m.actor.country_code
        # a news agency's home country ("AFP", "Xinhua") says nothing about where the story is
        if (
            code
            and m.actor.actor_type != "person"
            and m.kind in ("name", "metonym", "description")
            and not (m.actor.cameo or "").endswith("MED")
        ):
            place = m.kind == "name" and is_place_phrase(reg.doc[m.end - 1])
            if m.actor.actor_type == "other":
                towns.append((code, m.start, PLACE_WEIGHT if place else 1, m.actor.name))
            else:
                count(code, m.start, PLACE_WEIGHT if place else 1)
    # "Peru's interior minister" while no mention holds it yet (add_unheld_roles): Peru's name counts all the same
    for held in reg.unheld_roles:
        if (
            held.span.root.dep_ == "poss"
            and held.entry.country_code
            and held.span.start not in reg.token_owner
        ):
            count(held.entry.country_code, held.span.start, 1)
    person_words = frozenset(word for actor in reg.persons() for word in actor.name_tokens)
    for token, code in unclaimed_places(reg.doc, reg.token_owner, person_words):
        towns.append((code, token.i, PLACE_WEIGHT, entity_text(token)))
    named = frozenset(counts)
    for code, start, weight, name in towns:
        # a small town of a country the article never names, beside other countries it does name, is most often a
        # namesake ("in Bali" is not Bali, Cameroon's): it counts when large ("Tacloban City"), when its country
        # is named too, or when no country is ("in Nouméa")
        words = name.split()
        if (
            code in named
            or not named
            or any(
                place_country_code(" ".join(words[:n]), large=True) == code for n in range(1, len(words) + 1)
            )
        ):
            count(code, start, weight)
    if not counts:
        return None
    return min(counts, key=lambda c: (-counts[c], first[c]))


# a legislature's word -> the words naming it, its chambers or its members elsewhere in a text
_LEGISLATURE_WORDS = {
    "congress": frozenset(
        {"congress", "senate", "house", "senator", "congressman", "congresswoman", "representative"}
    ),
    "senate": frozenset({"senate", "senator", "congress"}),
    "parliament": frozenset({"parliament", "mp", "parliamentarian"}),
    "house of representatives": frozenset(
        {"house", "representative", "congress", "congressman", "congresswoman", "senate", "senator", "mp"}
    ),
    "house of commons": frozenset({"commons", "parliament", "mp", "parliamentarian"}),
}


def home_country(reg: Registry, word: str) -> str | None:
    """The country whose legislature a text means when it names one by its word alone ("Congress", "the Senate",
    "Parliament"): the one country of the chambers and members of that legislature it names with a country ("the
    U.S. Senate", "U.S. Senator X", "British MPs"), most mentioned — a US senator's release about aid to Ukraine
    means the US Congress, though it names Ukraine most, and a US senator visiting Kenya is no member of Kenya's
    Parliament. None for another body's word, or when the text names no such chamber or member with a country,
    or two countries' equally."""
    words = _LEGISLATURE_WORDS.get(word)
    if words is None:
        return None
    counts: dict[str, int] = {}
    for mention in reg.mentions:
        actor = mention.actor
        if (
            actor.actor_type != "person"
            and actor.country_code
            and actor.cameo == actor.country_code + "LEG"
            and not words.isdisjoint(actor.name.lower().split())
        ):
            counts[actor.country_code] = counts.get(actor.country_code, 0) + 1
    for person in reg.persons():
        for held in person.roles:
            if held.country and held.role.phrase in words:
                counts[held.country] = counts.get(held.country, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or len(ranked) > 1 and ranked[0] == ranked[1]:
        return None
    return max(counts, key=counts.__getitem__)


def fitting_country(reg: Registry, word: str, country: str | None) -> str | None:
    """``country`` when a body of its is called ``word`` alone, else the one of the countries whose body is
    (``national_bodies``) the text names most, else None: "Congress" in a story about China is the US Congress
    the story names, or no country's — never China's."""
    fitting = national_bodies().get(word)
    if fitting is None or country in fitting:
        return country
    return dominant_country(reg, fitting)


def add_generic(
    reg: Registry,
    token: Token,
    phrase: list[Token],
    found: RoleMatch,
    country: str | None,
    start: int,
    dominant: str | None,
    force: bool = False,
    label: str | None = None,
) -> None:
    """Generic agents NER does not tag: "police", "the union", "Saudi and US mediators", "economists".

    Naming scheme: bodies with a CAMEO role code keep "<Country> <role label>" ("Kenya police",
    "Government of Kenya"); plural people ("economists", "opposition leaders") are named by the
    phrase as written, lower-cased, without determiners or country words. country_code comes from
    an adjective/possessive/"of" country in the phrase; failing that a bare definite noun refers
    back to the latest group of the same role class in the article, else it takes the article's
    ``dominant`` country. cameo_actor_code is ISO3 + role code (the role code alone without a country).
    """
    role = found.role
    if country is None and token.dep_ not in ARGUMENT_DEPS and not force:
        return
    if any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
        return  # "no other people were hurt", "police found no gunmen": a phrase that names nobody
    if country is None and _counted_back(token):
        return  # "Jane Doe and John Roe … the two men were standing": the people named before, no new group
    code = role.cameo_role or body_code(phrase)
    person_plural = role.kind != "body"
    if label is None:  # a generic agent's label is given ("indigenous civilians", generic.py)
        label = _plural_label(token, phrase, start) if person_plural else body_label(role)
    actor = None
    people = _people_modifier(token, phrase) if country is None else None
    if people is not None:
        # "Kurdish fighters", "world leaders": the phrase names a people or no nation, so the group gets no
        # country rather than the article's (often another nation's)
        prefix = None if person_plural or people.lower() in SUPRANATIONAL else people
        actor = group(reg, None, code, prefix, label, role.role_class)
        reg.add_mention(actor, start, token.i + 1, "description")
        return
    if country is None and (earlier := named_before(reg, token, phrase, role)) is not None:
        reg.add_mention(earlier, start, token.i + 1, "description")  # "Tamil rebels ... the rebels"
        return
    if country is None:
        country = _conjunct_country(reg, token)  # "the Venezuelan government and the opposition"
    local = False
    named_by_person = False
    if country is None and role.kind == "body":
        named_by_person, country = _person_country(reg, token, phrase)
    if named_by_person and country is None:
        country = dominant  # "the Qarase government" of someone without a known country: not another one's
    sender = _sending_organisation(reg, token, code) if country is None else None
    if sender is not None:
        reg.add_mention(sender, start, token.i + 1, "description")
        return
    owner = _organisation_owner(reg, token, phrase) if country is None else None
    if owner is not None and owner.country_code is None:
        reg.add_mention(owner, start, token.i + 1, "description")  # "African Union peacekeepers": the AU's
        return
    if owner is not None:
        country = owner.country_code
    if country is None and _thing_sense(token):
        return
    if country is None:
        # "police in Lagos", "the Springfield gunman", "Lakeside County Police": a body of a named place is
        # that place's; when the alias table does not know the place's country, the body has none rather
        # than the article's (often another) country
        local, country = local_place(token, phrase)
    if country is None and not local and _several_states(token):
        # named by the plural and of no role class, so a later "the government" is not taken back to them
        reg.add_mention(group(reg, None, code, None, token.lower_), start, token.i + 1, "description")
        return
    if country is None and not local:
        local, country = _owner_country(token)
    if country is None and not local and role.role_class in PLACE_BOUND_CLASSES:
        country = clause_place(
            token
        )  # "a gunman shot shoppers at a store in El Paso": not the article's country
    if country is None and not local:
        actor = reg.recent_group(token.i, role.role_class)
        if actor is None and (code is not None or _phrase_names(reg, token, dominant)):
            country = dominant  # not for "sellers", "testers": people of no CAMEO class, of no country stated
    if actor is None:
        prefix = (country_name(country) or country) if country and not person_plural else None
        actor = group(reg, country, code, prefix, label, role.role_class)
        actor.country_code = actor.country_code or country
        if code and country and not actor.cameo:
            actor.cameo = country + code
    reg.add_mention(actor, start, token.i + 1, "description")


# Words that name people only by their sex; counted after "the" ("the two men") they point back at people named.
_PEOPLE_BY_SEX = frozenset({"man", "woman"})


def _counted_back(token: Token) -> bool:
    """ "the two men", "the three women": "the", a count and people named only by their sex, with nothing else said of
    them — the people the text has just named, counted again, no group of their own."""
    children = list(token.children)
    return (
        token.lemma_.lower() in _PEOPLE_BY_SEX
        and token.tag_ == "NNS"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in children)
        and any(c.dep_ == "nummod" and c.like_num for c in children)
        and all(c.dep_ in ("det", "nummod") for c in children if c.i < token.i)
    )


def _several_states(token: Token) -> bool:
    """A plural ``ONE_PER_STATE`` body, not one state's successive terms ("past governments")."""
    return (
        token.tag_ == "NNS"
        and token.lemma_.lower() in ONE_PER_STATE
        and not any(c.dep_ == "amod" and c.lower_ in SUCCESSIVE for c in token.children)
    )


def _thing_sense(token: Token) -> bool:
    """An ``OWNED_ONLY_BODIES`` noun in its sense of a thing: heading its phrase, or modifying a noun that is no body
    ("intelligence tools", "intelligence briefings"; not "intelligence agencies", nor an agent phrase PETRARCH lists,
    "intelligence service", "intelligence community")."""
    if token.lower_ not in OWNED_ONLY_BODIES:
        return False
    if token.dep_ != "compound":
        return True
    head = token.head.lemma_.lower()
    return head not in org_anaphors() and (token.lower_, head) not in phoenix_agents()


def _phrase_names(reg: Registry, token: Token, country: str | None) -> bool:
    """The group's own phrase names the country — a modifier, an apposition, the object of its own "of"/"from"/"in"
    ("dealers, Norwegians all,", "dealers at the Oslo exchange") — by a place, people or body of it; not a person
    of it, nor a group that took the country the same way. A country named elsewhere in its sentence is not the
    group's: "The leaders reiterated their support for Israel" are not Israel's leaders."""
    if country is None:
        return False
    for t in _own_phrase(token):
        owner = reg.token_owner.get(t.i)
        if (
            owner is not None
            and owner.kind in ("name", "metonym")
            and owner.actor.actor_type != "person"
            and owner.actor.country_code == country
        ):
            return True
        if country_of([t]) == country:
            return True
    return False


def _own_phrase(token: Token) -> list[Token]:
    """The words of a group's own phrase: its modifiers and apposition, and the object (with its modifiers) of a
    preposition of its own ("of", "from", "in" …) — not what a preposition inside that object governs."""
    words = []
    for child in token.children:
        if child.dep_ in ("amod", "compound", "nmod", "poss", "appos"):
            words += list(child.subtree)
        elif child.dep_ == "prep" and child.lower_ in OWNER_PREPS | PLACE_PREPS:
            # "critics from across Britain's political spectrum": the object of a preposition the parser hangs on it
            inner = [p for p in child.children if p.dep_ in ("prep", "pcomp")]
            for pobj in (o for p in [child, *inner] for o in p.children):
                if pobj.dep_ == "pobj":
                    words += list(token.doc[pobj.left_edge.i : pobj.i + 1])
    return words


def named_before(reg: Registry, token: Token, phrase: list[Token], role: Role) -> Actor | None:
    """The group a bare definite plural ("the rebels", "the protesters") refers back to: the latest one of its
    class the article named, before any country a coordinated phrase or the clause would lend it ("clashes
    between the government and the rebels" are the Tamil rebels named before, not the government's)."""
    if (
        token.tag_ != "NNS"
        or any(t.i < token.i and t.dep_ not in ("det", "predet") for t in phrase)
        or not any(t.dep_ == "det" and t.lower_ in ("the", "these", "those") for t in phrase)
        or any(  # "the police in Lagos", "the rebels of the north": the phrase says whose
            p.dep_ == "prep"
            and (p.lower_ == "of" or any(o.ent_type_ in ("GPE", "LOC", "FAC") for o in p.children))
            for p in token.children
        )
    ):
        return None
    for m in reg.mentions_before(token.i):
        if m.actor.actor_type != "group":
            continue
        if m.actor.group_class == role.role_class or (
            m.actor.group_class is None  # a group the alias table names ("Tamil rebels"): by its CAMEO role
            and role.cameo_role
            and (m.actor.cameo or "").endswith(role.cameo_role)
        ):
            return m.actor
    return None


def _plural_label(token: Token, phrase: list[Token], start: int) -> str:
    """Plural people named as written ("opposition leaders"), without determiners or country words."""
    words = [
        t.lower_
        for t in phrase
        if t.i >= start
        and t.is_alpha
        and t.dep_ not in ("det", "cc", "nummod", "poss", "predet")
        and not (t.text[:1].isupper() and lookup_alias(t.text))
    ]
    return " ".join(words) or token.lower_


def _people_modifier(token: Token, phrase: list[Token]) -> str | None:
    """A modifier of the head naming a people or the world rather than a country ("Kurdish", "world"), as
    written."""
    for t in phrase:
        if t.i < token.i and t.dep_ in ("amod", "compound", "nmod"):
            if t.lower_ in SUPRANATIONAL or (
                t.ent_type_ == "NORP"
                and lookup_alias(t.text) is None
                and t.lower_ not in CREED_WORDS
                and not t.lower_.endswith(("ist", "ists"))
            ):
                return t.text
    return None


def _owner_country(token: Token) -> tuple[bool, str | None]:
    """Whose a group is by the phrase after it: a body of a country it is of or in ("operatives within the
    Saudi government", "diplomats at the Canadian Embassy") lends that country; many states ("representatives
    of 189 countries", "leaders of member states") lend none, not the article's. Returns (found, country)."""
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in OWNER_PREPS:
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            if pobj.tag_ == "NNS" and pobj.lower_ in STATE_NOUNS:
                return True, None
            if find_role([pobj], body=True) is not None and (
                country := country_of(list(token.doc[pobj.left_edge.i : pobj.i]))
            ):
                return True, country
    return False, None


# People who come from an organisation without acting for it: "students from X University", "residents from X".
_NOT_ITS_AGENTS = frozenset({"CVL", "EDU"})


def _organisation_owner(reg: Registry, token: Token, phrase: list[Token]) -> Actor | None:
    """The organisation a group is named for ("African Union peacekeepers in Mogadishu", "UN officials"): its
    people act for it, not for the place they are in or the article's country."""
    for t in phrase:
        if t.i < token.i and t.dep_ in ("compound", "nmod", "poss") and t.ent_type_ == "ORG":
            owner = reg.token_owner.get(t.i)
            if owner is not None and owner.actor.actor_type == "organization":
                return owner.actor
    return None


def _sending_organisation(reg: Registry, token: Token, code: str | None) -> Actor | None:
    """A named organisation people come from ("representatives from the Islamic Courts", "officials from the
    Justice Department"): they speak and act for it; not residents or students, nor a range ("from X to Y")."""
    if code in _NOT_ITS_AGENTS:
        return None
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "from" and not _range(prep):
            for t in prep.children:
                owner = reg.token_owner.get(t.i) if t.dep_ == "pobj" and t.ent_type_ == "ORG" else None
                if owner is not None and owner.actor.actor_type == "organization":
                    return owner.actor
    return None


def _range(prep: Token) -> bool:
    """ "leaders from X to Y": a range of bodies, not the one they act for."""
    after = prep.right_edge.i + 1
    return after < len(prep.doc) and prep.doc[after].lower_ == "to"


def _person_country(reg: Registry, token: Token, phrase: list[Token]) -> tuple[bool, str | None]:
    """A body named after a person ("the Qarase government", "the Bush administration"): whether it is, and
    that person's country when known."""
    for t in phrase:
        if t.i < token.i and t.dep_ in ("compound", "poss"):
            owner = reg.token_owner.get(t.i)
            if owner is not None and owner.actor.actor_type == "person":
                return True, owner.actor.country_code
    return False, None


def _conjunct_country(reg: Registry, token: Token) -> str | None:
    """The country of a phrase this one is coordinated with, if that phrase has one."""
    siblings = [c for c in token.children if c.dep_ == "conj"] + (
        [token.head] if token.dep_ == "conj" else []
    )
    for sibling in siblings:
        owner = reg.token_owner.get(sibling.i)
        if owner is not None and owner.actor.country_code and owner.actor.actor_type != "person":
            return owner.actor.country_code
    return None
