"""The author of a first-person text: a title "Statement by President X on …", "Remarks of the Minister …",
"Letter from Y …" names who writes the body, so the body's own "I", "me", "my" (outside quotation marks, where
"I" is the one quoted) are that author — and "we", "our" too when the author is an organisation. A person's
"we" is the author only as the one who speaks ("We call on Congress to …": the statement's speaker, session
19's audit); what "we" did or will do ("we have made arrests", "how we can work together") is the side the
author speaks for, which the title does not name. "My
Administration", "our Government" are the author's government. A genre convention of statements, speeches and
letters from governments, ministries, companies and NGOs, which otherwise leave their own words without a
speaker (gov18's audit of government releases). With no such title, the one person a byline names signs the
body the same way ("Jane Roe, Secretary of State" over a statement, a columnist over a column) — unless the body
is set out as turns under speakers' labels (a briefing's or interview's "QUESTION:", "MR ROE:"), where each "I"
is its turn's speaker, or quotes others more than a few times: a reported feature's "I" is a character of the
scenes it reports, talking with the people it quotes (pool16's first-person features), not a statement's voice."""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from newsroom.extract.actors.groups import group
from newsroom.extract.actors.registry import Actor, Registry
from newsroom.extract.actors.words import SUBJECT_DEPS
from newsroom.extract.lexicon import reporting_verbs
from newsroom.extract.scan import tokens_with

# the first word of a title whose body is in its author's own voice
_AUTHORED_GENRES = frozenset({"statement", "remarks", "letter", "message", "address"})
_AUTHOR_PREPS = frozenset({"by", "from", "of"})
# where the author's name ends: "… on the Senate vote", "… at a campaign event", "… to shareholders"
_AFTER_AUTHOR = frozenset({"on", "at", "to", "for", "regarding", "about", "in", "marking", "upon", "after"})
_MAX_AUTHOR_TOKENS = 12
_SINGULAR = ("i", "me", "my", "myself")
_PLURAL = ("we", "us", "our", "ours", "ourselves")
_OWN_GOVERNMENT = frozenset({"administration", "government"})
# a statement or op-ed in its author's own voice quotes at most this many times
MAX_SIGNED_QUOTATIONS = 3
# a turn's label at a paragraph's start: "QUESTION:", "MR ROE:", "SECRETARY ROE:", "Q:"


def title_author(title: Doc) -> Span | None:
    """The words naming the one author in a title "Statement/Remarks/Letter by|from|of <author> [on …]", else
    None."""
    if len(title) < 3 or title[0].lower_ not in _AUTHORED_GENRES or title[1].lower_ not in _AUTHOR_PREPS:
        return None
    end = next((t.i for t in title[2:] if t.lower_ in _AFTER_AUTHOR or _ends_name(t)), len(title))
    if not 2 < end <= 2 + _MAX_AUTHOR_TOKENS:
        return None
    span = title[2:end]
    # "… of President X and Nominee Y", "… from A and B": two authors, whose "I"? ("Health and Human Services"
    # is one name: its "and" lies inside the entity)
    joint = any(t.lower_ in ("and", "&") and t.ent_iob_ == "O" for t in span)
    return None if joint else span


def _ends_name(tok: Token) -> bool:
    """Punctuation closes the author's words ("Statement by X, Head of Y"), but not a period of an initial nor
    a hyphen inside a name ("Jean-Pierre", "Al-Sisi": no space on either side)."""
    if not tok.is_punct or tok.text == ".":
        return False
    return not (
        tok.text in "-‐–" and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_ and not tok.whitespace_
    )


def add_declared_we(reg: Registry) -> None:
    """ "We, the G7 Foreign Ministers of A, B and C, condemn …": a "we" that names itself in apposition is who the
    narration's "we" and "us" are from there on — a joint statement's or an open letter's signatories, whom no
    one author's title or byline names. Not "our": "reiterate our call on X" would then be the group's call on
    itself, and no event."""
    group = None
    for tok in tokens_with(reg.doc, LOWER, ("we", "us")):
        if tok.i in reg.quoted:
            continue
        group = group or _apposed_body(reg, tok)
        if group is not None:
            reg.add_mention(group, tok.i, tok.i + 1, "pronoun")


def _apposed_body(reg: Registry, tok: Token) -> Actor | None:
    """The body or group a subject "we" names in apposition right after its comma ("We, the member states,
    …"), not a person."""
    if (
        tok.lower_ != "we"
        or tok.dep_ not in SUBJECT_DEPS
        or tok.i + 2 >= len(tok.doc)
        or tok.nbor().text != ","
    ):
        return None
    owners = (
        reg.token_owner.get(c.i) for c in tok.children if c.dep_ == "appos" and c.left_edge.i == tok.i + 2
    )
    return next((m.actor for m in owners if m is not None and m.actor.actor_type != "person"), None)


def add_author(reg: Registry, title_reg: Registry, span: Span) -> None:
    """Make the author the first-person pronouns of the body's narration, and "my/our Administration" the
    author's government. ``title_reg``: the title's own actors, one of which the author's words name."""
    named = _title_actor(title_reg, span)
    if named is None:
        return
    speaks_as(reg, body_actor(reg, named), first_person_tokens(reg.doc))


def add_signer(reg: Registry, byline_reg: Registry) -> None:
    """The one person a byline names is the author of the body's first person (``add_author``); none for two
    ("Jane Doe and John Roe") or for a byline naming an outlet or office only."""
    persons = byline_reg.persons()
    if len(persons) == 1:
        speaks_as(reg, body_actor(reg, persons[0]), first_person_tokens(reg.doc))


def first_person_tokens(doc: Doc) -> list[Token]:
    """The document's "I", "me", "my", "we", "our" …, found in one array compare."""
    return list(tokens_with(doc, LOWER, _SINGULAR + _PLURAL))


def speaks_as(reg: Registry, author: Actor, tokens: list[Token]) -> None:
    """Make ``author`` the narration's first person among ``tokens`` (a person's "we" only as the one who
    speaks), and "my/our Administration" the author's government."""
    wanted = _SINGULAR if author.actor_type == "person" else _SINGULAR + _PLURAL
    government = _government_of(reg, author)
    for tok in tokens:
        if tok.i in reg.quoted:
            continue
        if tok.dep_ == "poss" and tok.head.lower_ in _OWN_GOVERNMENT and tok.head.i not in reg.quoted:
            _claim(reg, government, tok.i, tok.head.i)
            continue
        if tok.lower_ in wanted or author.actor_type == "person" and _speaking_we(tok):
            reg.add_mention(author, tok.i, tok.i + 1, "pronoun")


def _speaking_we(tok: Token) -> bool:
    """A "we" that is the subject of a speech verb, or of a verb that goes on into one: "We applaud the House",
    "we continue to call on Congress to …"."""
    if tok.lower_ != "we" or tok.dep_ not in SUBJECT_DEPS:
        return False
    speech = reporting_verbs()
    verbs = [tok.head, *(c for c in tok.head.children if c.dep_ == "xcomp")]
    return any(v.pos_ == "VERB" and v.lemma_.lower() in speech for v in verbs)


def _title_actor(title_reg: Registry, span: Span) -> Actor | None:
    """The one person the author's words name ("NSC Spokesperson Emily Horne": not the NSC), else the first
    organisation; None for two persons ("… of President X and Nominee Y": whose "I"?) or a role with no name
    ("the Foreign Minister": no actor to give the pronouns)."""
    named = [m.actor for m in title_reg.mentions if span.start <= m.start and m.end <= span.end]
    persons = list({id(a): a for a in named if a.actor_type == "person"}.values())
    if persons:
        return persons[0] if len(persons) == 1 else None
    return named[0] if named else None


def body_actor(reg: Registry, named: Actor) -> Actor:
    """The body's actor for the title's: the person whose surname the title gives, the organisation of the same
    key; else the title's actor joins the body's."""
    if named.actor_type == "person":
        found = next(
            (a for a in reg.persons() if a.name_tokens and a.name_tokens[-1] in named.name_tokens), None
        )
    else:
        found = reg.by_key.get(named.key)
    if found is not None:
        return found
    key = f"author:{named.key}"
    author = reg.actor(key, named.name, named.actor_type, named.country_code, named.cameo)
    author.name_tokens, author.sex, author.roles = named.name_tokens, named.sex, list(named.roles)
    return author


def _government_of(reg: Registry, author: Actor) -> Actor:
    """The author's government when the author's country is known; else the author stands for it ("President
    X" with no country named: the country the text is mostly about is often the one the statement is about,
    and "My Administration" is no Government of Russia)."""
    return group(reg, author.country_code, "GOV", None) if author.country_code else author


def _claim(reg: Registry, government: Actor, own: int, noun: int) -> None:
    """The word "Administration" (after its "my" at ``own``) names the author's government, whatever an earlier
    pass took it for."""
    owner = reg.token_owner.get(noun)
    if owner is None:
        reg.add_mention(government, noun, noun + 1, "description")
    elif own <= owner.start and owner.end <= noun + 1:
        owner.actor = government
