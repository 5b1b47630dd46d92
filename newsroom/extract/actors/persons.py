"""People: one actor per person however the article names them ("Jane Q. Doe", "Doe", "Tim"/"Timothy"),
their sex from a title or given name, the offices their titles give them ("Foreign Minister Jane Doe",
"Jane Doe, the foreign minister"), and nouns the text identifies as them ("a man, later identified as ...")."""

from __future__ import annotations

from spacy.attrs import POS, TAG
from spacy.tokens import Span, Token

from newsroom.extract.actors.names import Name, canonical_words, fold, is_subsequence, same_person_words
from newsroom.extract.actors.places import country_of, of_country
from newsroom.extract.actors.registry import Actor, HeldRole, Registry
from newsroom.extract.actors.roles import RoleMatch, body_code, find_role, group_code, qualifiers
from newsroom.extract.actors.words import GENDERED_TITLES, MAX_PHRASE_TOKENS, SUBJECT_DEPS
from newsroom.extract.lexicon import given_names, lookup_alias
from newsroom.extract.scan import indices_with, tokens_with

IDENTIFYING_VERBS = frozenset({"identify", "name"})
# The role class of a head of state's spouse ("First Lady"): a title, never the office its holder's spouse holds.
CONSORT = "consort"


def add_persons(reg: Registry, names: list[Name]) -> None:
    """One actor per person: a name merges with the latest person whose name words it shares, in order, a
    given name also in its familiar form ("Tim Sloan" is "Timothy J. Sloan", "Doug Band" is "Douglas Band");
    the longest form seen names the actor. A lone surname several people share is resolved by
    ``_surname_bearer``."""
    people: list[Actor] = []
    last_seen: dict[int, int] = {}
    for name in names:
        span, words = name.span, name.words
        if not words:
            continue
        candidates = [
            p
            for p in people
            if _may_name_one_person(words, p.name_tokens)
            and (same_person_words(words, p.name_tokens) or same_person_words(p.name_tokens, words))
        ]
        if len(words) == 1 and candidates:
            candidates = _same_titled(reg.doc, span, candidates)
        if candidates:
            actor = (
                _surname_bearer(reg, span.start, candidates)
                if len(words) == 1 and len(candidates) > 1
                else max(candidates, key=lambda p: last_seen.get(id(p), -1))
            )
            # the longest form names the actor, and of two as long the full given name ("Douglas Band")
            if (len(words), len(words[0])) > (len(actor.name_tokens), len(actor.name_tokens[0])):
                actor.name_tokens, actor.name = words, name.text
        else:
            actor = Actor(key=f"person:{len(people)}", name=name.text, actor_type="person", name_tokens=words)
            people.append(actor)
            reg.by_key[actor.key] = actor
        last_seen[id(actor)] = span.start
        title = reg.doc[span.start - 1].lower_ if span.start else ""
        if title in GENDERED_TITLES:
            actor.sex = GENDERED_TITLES[title]
        if reg.add_mention(actor, span.start, span.end, "name"):
            _person_roles(reg, actor, span)
    given = given_names()
    for actor in people:
        if actor.sex is None and len(actor.name_tokens) > 1:
            actor.sex = given.get(canonical_words(actor.name_tokens)[0])


def _may_name_one_person(words: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """What same_person_words needs either way round, cheap to test on the canonical words: the shorter name's
    last word is one of the longer's, a lone word also as written (the surname "Abe" of "Haruto Abe", which as a
    given name would be "abraham"). An article naming a hundred people compares every name with each."""
    a, b = canonical_words(words), canonical_words(other)
    return (
        a[-1] in b
        or b[-1] in a
        or (len(words) == 1 and fold(words[0]) in b[1:])
        or (len(other) == 1 and fold(other[0]) in a[1:])
    )


def _same_titled(doc, span: Span, candidates: list[Actor]) -> list[Actor]:
    """The people of that surname a titled lone surname can be: "President Doe" not the spouse titled "First Lady
    Jane Doe", "Mr. Doe" not "Jane Doe" nor "Mrs. Doe" (so a President or a husband named by surname alone is his own
    actor, not the wife named once in full)."""
    title = doc[span.start - 1].lower_ if span.start else ""
    sex = GENDERED_TITLES.get(title)
    if sex is not None:
        given = given_names()
        return [p for p in candidates if (p.sex or _given_sex(p, given)) in (None, sex)]
    office = _title_before(doc, span)
    if office is None or office[1].role.role_class == CONSORT:
        return candidates
    return [p for p in candidates if not any(held.role_class == CONSORT for held, _, _ in p.roles)]


def _given_sex(person: Actor, given: dict) -> str | None:
    return given.get(canonical_words(person.name_tokens)[0]) if len(person.name_tokens) > 1 else None


def _title_before(doc, span: Span) -> tuple[list[Token], RoleMatch] | None:
    """The office that titles the name right before it ("Foreign Minister" Jane Doe), with the words before."""
    root = span.root
    left = [
        t for t in doc[max(root.left_edge.i, span.start - MAX_PHRASE_TOKENS) : span.start] if not t.is_space
    ]
    if left and (found := find_role(left, body=False)) and found.end == len(left):
        return left, found
    return None


def _person_roles(reg: Registry, actor: Actor, span: Span) -> None:
    """Roles from 'Foreign Minister Jane Doe', 'Jane Doe, the foreign minister', 'the spokesman, Jane Doe'."""
    doc, root = reg.doc, span.root
    if (titled := _title_before(doc, span)) is not None:
        left, found = titled
        give_role(actor, left, found)
        reg.reserved.update(t.i for t in left[found.start :])
        reg.reserved.update(t.i for t in left[: found.start] if not _names_something(t))
        title = _coordinated_title(doc, left[0].i)
        if title is not None and title.i not in reg.token_owner:
            _appositive_role(reg, actor, title)
    of_title = _of_title(span)
    if of_title is not None:
        title, body = of_title
        phrase = [*body, *title]  # "Leader of the Opposition" read as "Opposition Leader"
        found = find_role(phrase, body=False)
        if found is not None and found.end == len(phrase) and found.start <= len(body):
            give_role(actor, phrase, found)
            reg.reserved.update(t.i for t in body if not _names_something(t))
            start = title[0].i - (title[0].i > 0 and doc[title[0].i - 1].lower_ == "the")
            reg.add_mention(actor, start, title[-1].i + 1, "description")
    for child in root.children:
        if child.dep_ == "appos" and not (span.start <= child.i < span.end):
            _appositive_role(reg, actor, child)
    if root.dep_ == "appos" and root.head.pos_ in ("NOUN", "PROPN"):
        _appositive_role(reg, actor, root.head)
    noun = _comma_apposed_role(span)
    if noun is not None and not any(t.i in reg.token_owner for t in noun.doc[noun.left_edge.i : noun.i + 1]):
        _appositive_role(reg, actor, noun)


def _of_title(span: Span) -> tuple[list[Token], list[Token]] | None:
    """ "Leader of the Opposition Jane Doe", "Secretary-General of the Arab League Jane Doe": a capitalised office
    whose "of" phrase the parser ran into the name (the name its object, the body's words the name's modifiers):
    the office's words and the body's. Not "the lawyer of Jane Doe" (no body between), nor "the wife of Senator
    Jane Doe" (the words between are her own title), nor a given name left out of the name."""
    root, doc = span.root, span.doc
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep" or prep.i >= span.start:
        return None
    noun = prep.head
    if noun.i + 1 != prep.i or noun.pos_ not in ("NOUN", "PROPN") or not noun.text[:1].isupper():
        return None
    body = [t for t in doc[prep.i + 1 : span.start] if not (t.dep_ == "det" and t.i == prep.i + 1)]
    given = given_names()
    if not body or not all(
        t.is_alpha
        and t.text[:1].isupper()
        and t.dep_ in ("compound", "amod")
        and t.ent_type_ != "PERSON"
        and t.lower_ not in given  # "Mayor of London Sadiq Khan" with only "Khan" taken for the name
        for t in body
    ):
        return None
    first = noun.i
    while (
        first > 0
        and doc[first - 1].head.i == noun.i
        and (doc[first - 1].text == "-" or doc[first - 1].dep_ == "compound")
    ):
        first -= 1  # "Secretary General", "Secretary-General"
    return None if find_role(body, body=False) is not None else (list(doc[first : noun.i + 1]), body)


# the parser's parts for a subject it failed to join to the name beside it: a second subject, or the name as root
_SPLIT_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "ROOT"})


def _coordinated_title(doc, title_start: int) -> Token | None:
    """ "Party leader and Prime Minister Jane Doe": a bare office joined by "and" to the title before a name is hers
    too (the parser makes it a second subject); "the party leader and Prime Minister Jane Doe" may be two people."""
    cc = title_start - 1
    if cc < 1 or doc[cc].dep_ != "cc":
        return None
    noun = doc[cc].head
    bare = not any(c.dep_ == "det" or c.tag_ == "POS" for c in noun.subtree)
    ok = noun.i == cc - 1 and noun.pos_ in ("NOUN", "PROPN") and noun.dep_ in _SPLIT_SUBJECT_DEPS
    return noun if ok and bare else None


def _comma_apposed_role(span: Span) -> Token | None:
    """A definite role phrase next to the name across a comma that the parser split into two subjects ('Jane Doe,
    the party's president said', 'The leader of the party, Jane Doe's response was'): the same person. A name or
    role that is an object ("after meeting the president, Doe said", "asked about Doe, the minister said") is
    someone else's."""
    doc, root = span.doc, span.root
    if root.dep_ not in _SPLIT_SUBJECT_DEPS and root.dep_ != "poss":
        return None
    after = span.end
    if after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].lower_ == "the":
        noun = doc[after + 1].head
        if noun.left_edge.i == after + 1 and noun.dep_ in _SPLIT_SUBJECT_DEPS - {"ROOT"}:
            return noun
    before = span.start - 1
    while before > 0 and doc[before].dep_ == "compound" and doc[before].head.i in range(span.start, span.end):
        before -= 1  # "…, Sir Jane Doe": a title the name does not hold
    if before < 1 or doc[before].text != ",":
        return None
    noun = next(
        (
            t
            for t in doc[max(0, before - MAX_PHRASE_TOKENS) : before]
            if t.right_edge.i == before - 1 and t.pos_ in ("NOUN", "PROPN") and t.dep_ in _SPLIT_SUBJECT_DEPS
        ),
        None,
    )
    return noun if noun is not None and noun.left_edge.lower_ == "the" else None


def _appositive_role(reg: Registry, actor: Actor, noun: Token) -> None:
    """A role noun in apposition with a person's name: the person holds it, and the phrase mentions them."""
    phrase = [
        t for t in reg.doc[max(noun.left_edge.i, noun.i - MAX_PHRASE_TOKENS) : noun.i + 1] if not t.is_punct
    ]
    if phrase and (found := find_role(phrase, body=False)) and found.end == len(phrase):
        give_role(actor, phrase, found)
        reg.add_mention(actor, phrase[0].i, noun.i + 1, "description")


def give_role(actor: Actor, phrase: list[Token], found: RoleMatch) -> None:
    """The person holds the role a title phrase names; its country and CAMEO code become theirs if unset."""
    role = found.role
    country = country_of(phrase) or of_country(phrase[-1])
    actor.roles.append(HeldRole(role, country, qualifiers(phrase, found)))
    if country and not actor.country_code:
        actor.country_code = country
    inherited = group_code(phrase)
    if inherited and not actor.cameo:
        actor.cameo = inherited
    elif not actor.cameo:
        code = role.cameo_role or body_code(phrase[: found.start])
        if code and actor.country_code:
            actor.cameo = actor.country_code + code


def _names_something(token: Token) -> bool:
    """Part of a name worth its own actor inside a title ('US', 'Foreign Office' in 'Foreign Office spokesman')."""
    if token.ent_type_ in ("GPE", "NORP") or lookup_alias(token.text) is not None:
        return True
    doc = token.doc
    in_multiword = token.ent_iob_ == "I" or (token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I")
    return token.ent_type_ == "ORG" and in_multiword


def add_surnames(reg: Registry) -> None:
    """Name words of known people that NER missed or mislabelled ("Doe" tagged ORG)."""
    persons = reg.persons()
    if not persons:
        return
    last: dict[str, list[Actor]] = {}
    given = given_names()
    for p in persons:
        last.setdefault(fold(p.name_tokens[-1]), []).append(p)
        for word in p.name_tokens[1:-1]:
            # "Pierluisi" for "Pedro R. Pierluisi Urrutia": the first of two surnames, not a middle given name
            if len(word) > 2 and word.lower() not in given and p not in last.get(fold(word), []):
                last.setdefault(fold(word), []).append(p)
    _claim_name_words(reg, last)
    folded = [(p, tuple(map(fold, p.name_tokens))) for p in persons]  # once, not once per mention
    for mention in list(reg.mentions):
        actor = mention.actor
        if actor.actor_type == "person":
            continue
        words = tuple(fold(t.text) for t in reg.doc[mention.start : mention.end] if not t.is_punct)
        if lookup_alias(reg.mention_text(mention)):
            continue
        owners = [p for p, name in folded if words and is_subsequence(words, name)]
        if owners:
            mention.actor = reg.recent(mention.start, owners)
    _claim_name_words(reg, _middle_names_called_alone(reg, last))


def _claim_name_words(reg: Registry, words: dict[str, list[Actor]]) -> None:
    """Each capitalised unclaimed word that is one of those name words, to its bearer."""
    if not words:
        return
    for i in indices_with(reg.doc, POS, ("PROPN", "NOUN", "ADJ")):
        # "Trump encouraged ...": a surname that is also a word may be tagged a common noun; capitalised, it is the name
        if i in reg.token_owner:
            continue  # asked before making the Token: most names are taken by then
        token = reg.doc[i]
        if not token.text[:1].isupper() or (token.pos_ == "ADJ" and token.dep_ not in SUBJECT_DEPS):
            continue  # an adjective only as a clause's subject, which no adjective is ("Black further said")
        candidates = words.get(fold(token.text))
        if candidates:
            actor = candidates[0] if len(candidates) == 1 else _surname_bearer(reg, token.i, candidates)
            reg.add_mention(actor, token.i, token.i + 1, "name")


def _middle_names_called_alone(reg: Registry, last: dict[str, list[Actor]]) -> dict[str, list[Actor]]:
    """ "President Omar Yusuf Dalmar ... Yusuf said": a middle word that is also a given name (so not taken as
    a surname above) names the person wherever NER missed it, once the article itself calls them by it alone."""
    called: dict[str, list[Actor]] = {}
    for m in reg.mentions:
        if m.kind != "name" or m.end - m.start != 1 or m.actor.actor_type != "person":
            continue
        word = fold(reg.doc[m.start].text)
        bearers = called.setdefault(word, [])
        if word in map(fold, m.actor.name_tokens[1:-1]) and word not in last and m.actor not in bearers:
            bearers.append(m.actor)
    return {w: a for w, a in called.items() if a}


def _surname_bearer(reg: Registry, token_i: int, candidates: list[Actor]) -> Actor:
    """Which of several people of one surname a lone surname names: the one named most so far, on a tie the one
    the article already calls by the surname alone ("First Lady Jane Doe ... President Doe ... Doe said" is the
    President), then the first named, whom a story introduces first and follows ("Pranab Mukherjee ... his son
    Abhijit Mukherjee ... Mukherjee was cremated" is the father; a relative named later is named in full). One the
    article already calls alone by another of their surnames is not the one this surname names ("Jane Doe Roe ...
    her father Tom Roe ... Doe said ... Roe says" is the father)."""
    candidates = _not_called_otherwise(reg, token_i, candidates)
    counts = dict.fromkeys(map(id, candidates), 0)
    first: dict[int, int] = {}
    for m in reg.mentions:
        if m.start >= token_i:
            break
        if m.kind == "name" and id(m.actor) in counts:
            counts[id(m.actor)] += 1
            first.setdefault(id(m.actor), m.start)
    return max(candidates, key=lambda a: (counts[id(a)], len(a.name_tokens) == 1, -first.get(id(a), token_i)))


def _not_called_otherwise(reg: Registry, token_i: int, candidates: list[Actor]) -> list[Actor]:
    """The candidates the article has not yet called alone by another of their surnames than the word at
    ``token_i`` (all of them when every one has been)."""
    word = _letters(reg.doc[token_i].text)
    surnames = {id(a): {_letters(w) for w in a.name_tokens[1:]} for a in candidates}
    if not all(word in names for names in surnames.values()):
        return candidates  # not a surname word (the "-" of "pro-Gadhafi" opening the mention)
    surnames = {key: names - {word} for key, names in surnames.items()}
    called = set()
    for m in reg.mentions:
        if m.start >= token_i:
            break
        if (
            m.kind == "name"
            and m.end - m.start == 1
            and _letters(reg.doc[m.start].text) in surnames.get(id(m.actor), ())
        ):
            called.add(id(m.actor))
    return [a for a in candidates if id(a) not in called] or candidates


def _letters(word: str) -> str:
    """A name word folded, without the hyphen or apostrophe a token keeps ("-Gadhafi" of "pro-Gadhafi")."""
    return "".join(c for c in fold(word) if c.isalnum())


def add_identified(reg: Registry) -> None:
    """'a man, later identified as Jane Roe,' / 'the suspect, named as Jane Roe,': the noun is that person."""
    doc = reg.doc
    for verb in tokens_with(doc, TAG, ("VBN",)):
        if verb.lemma_ not in IDENTIFYING_VERBS or verb.dep_ not in ("acl", "advcl"):
            continue
        person = _identified_as(reg, verb)
        if person is None:
            continue
        noun = _identified_noun(verb)
        if noun is None or noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.i in reg.token_owner:
            continue
        start = noun.left_edge.i
        while start < noun.i and (start in reg.token_owner or doc[start].ent_type_ == "DATE"):
            start += 1
        reg.add_mention(person, start, noun.i + 1, "description")


def _identified_as(reg: Registry, verb: Token) -> Actor | None:
    """The person after "as" under an identifying verb (the last such, if several)."""
    person = None
    for t in verb.subtree:
        if t.lower_ == "as" and t.dep_ == "prep":
            for pobj in t.children:
                owner = reg.token_owner.get(pobj.i)
                if pobj.dep_ == "pobj" and owner is not None and owner.actor.actor_type == "person":
                    person = owner.actor
    return person


def _identified_noun(verb: Token) -> Token | None:
    """The noun an identifying verb describes: its head ("a man identified as"), or for "Police shot a man, later
    identified as ..." the object of the verb just before."""
    if verb.dep_ == "acl":
        return verb.head
    doc = verb.doc
    return next(
        (
            c
            for c in verb.head.children
            if c.dep_ in ("dobj", "nsubj", "nsubjpass")
            and c.i < verb.i
            and all(x.is_punct or x.pos_ in ("ADV", "SCONJ") for x in doc[c.i + 1 : verb.left_edge.i])
        ),
        None,
    )
