"""Who a phrase names: the actor mention a token starts, the name inside a subject phrase or just before a
verb, and the noun phrase a speaker token stands for."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsroom.extract.quotes.context import FINITE_TAGS, Context

NAME_KINDS = ("name", "metonym")
MAX_SUBJECT_DISTANCE = 25
_SKIP_BEFORE_VERB = frozenset({"aux", "auxpass", "advmod", "neg", "punct"})
_PART_NOUNS = frozenset(
    {
        "number",
        "group",
        "lot",
        "couple",
        "majority",
        "minority",
        "handful",
        "dozens",
        "hundreds",
        "thousands",
        "member",
        "members",
        "one",
        "some",
        "many",
        "most",
        "several",
        "all",
        "both",
        "none",
    }
)


def name_mention(ctx: Context, token: Token):
    """The actor mention at the token when it is a name (not a pronoun or description)."""
    mention = ctx.actors.mention_for_token(token)
    return mention if mention is not None and mention.kind in NAME_KINDS else None


def named_subject(subject: Token, verb: Token, ctx: Context) -> Token:
    """The name inside a subject phrase: 'a Republican, Mark Amodei, said', 'Merkel's spokesperson, Steffen Seibert, said',
    'US Ambassador to Germany Richard Grenell alleged'; else the subject itself."""
    own = name_mention(ctx, subject)
    if own is not None and own.actor.actor_type == "person" and subject.i < verb.i:
        # "In a briefing that included Gavin Newsom, Donald Trump denied ...", parsed as Newsom with Trump in
        # apposition: one person is not another, so the name next to the verb is its subject
        other = [
            c
            for c in subject.children
            if _in_apposition(c, subject, verb)
            and subject.i < c.i < verb.i
            and (m := name_mention(ctx, c)) is not None
            and m.actor.actor_type == "person"
            and m.actor is not own.actor
            and not _parenthesised(c)
            # a full name, or the surname of someone the article names in full ("Praising her deputy, Tom
            # Hale, Moreno stated"); not a title the tagger took for a name ("Chemerinsky, Dean of")
            and (m.end - m.start > 1 or len(m.actor.name_tokens) > 1)
        ]
        return other[-1] if other else subject
    if own is not None and own.actor.actor_type == "person":
        return subject
    if subject.i > verb.i:
        # "..., said UCL astronomer Jane Doe": the parser heads the phrase on the role and sets the name in
        # apposition; the person named speaks, not the body the role's modifier names
        person = appositive_name(subject)
        mention = name_mention(ctx, person) if person is not None else None
        return person if mention is not None and mention.actor.actor_type == "person" else subject
    names = [  # a name in apposition after the head; after a body's name, also a role its holder is named by
        (mention.actor.actor_type == "person", c.i, c)
        for c in _apposed(subject, verb, ctx, own is None)
        if subject.i < c.i < verb.i
        and not _parenthesised(c)
        and (mention := _appositive_mention(ctx, c, own is not None)) is not None
    ]
    if names:
        return max(names)[2]  # a person before an organisation, the one nearest the verb
    if own is not None:
        return subject
    before = name_before(verb, ctx, persons_only=True)
    if (
        before is None
        or before.i < subject.left_edge.i
        or before.dep_ == "pobj"
        and before.head.lower_ == "for"
    ):
        # "a spokesman for West claimed": the spokesman, not the one spoken for ("Ambassador to Germany Richard
        # Grenell", parsed as the object of "to", is the ambassador)
        return subject
    return before


def _apposed(subject: Token, verb: Token, ctx: Context, described: bool) -> list[Token]:
    """What stands in apposition to the subject and, after a description, a person named in apposition to a role
    in apposition to it: "Howard's counterpart, the Leader of the Opposition, Kim Beazley (Labor, Brand), spoke",
    parsed with the name hung on "Leader". After a name the rest describes it ("Ann Lee, Senior Manager, APAC
    Talent Acquisition, says"): no one else is named there."""
    first = [c for c in subject.children if _in_apposition(c, subject, verb)]
    if not described:
        return first
    nested = [
        c
        for role in first
        if name_mention(ctx, role) is None
        for c in role.children
        if _in_apposition(c, role, verb)
        and (m := name_mention(ctx, c)) is not None
        and m.actor.actor_type == "person"
    ]
    return first + nested


def _in_apposition(child: Token, subject: Token, verb: Token) -> bool:
    """An appositive, or a conjunct the parser made of one: 'Lafayette Hill, Pennsylvania voter Philip J. Berg
    alleged' (no "and": not two subjects), 'Team Canada and Phoenix Coyotes hockey captain Shane Doan says' (a
    singular verb: one subject, the phrase next to it)."""
    if child.dep_ == "appos":
        return True
    if child.dep_ != "conj":
        return False
    return verb.tag_ == "VBZ" or not any(c.dep_ == "cc" for c in (*subject.children, *child.subtree))


def _appositive_mention(ctx: Context, token: Token, after_body: bool):
    """A name in apposition; after a body's name also a description resolved to a person ("ISNA, the prosecutor
    general of Tehran, said", parsed with the prosecutor in apposition to the agency that reports him)."""
    mention = ctx.actors.mention_for_token(token)
    if mention is None or mention.kind in NAME_KINDS:
        return mention
    person = mention.kind == "description" and mention.actor.actor_type == "person"
    return mention if after_body and person else None


def _parenthesised(appos: Token) -> bool:
    """'Harry Reid (D-Nev), the minority leader, said': a bracketed apposition gives party and state, age or an
    abbreviation, never another speaker."""
    start = appos.left_edge.i
    return start > 0 and appos.doc[start - 1].text in ("(", "[")


def nearest_name_before(verb: Token, ctx: Context) -> Token | None:
    """A subjectless main verb's speaker: the nearest person named before it in its clause, past quoted words
    ('Anna Novak of "Have no fear", a charity, told Reuters ...'); a possessor ('one of Smith's aides') is not it."""
    start = ctx.sentence(verb.i).start
    for i in range(verb.i - 1, max(start, verb.i - MAX_SUBJECT_DISTANCE) - 1, -1):
        if i in ctx.quoted:
            continue
        token = ctx.doc[i]
        if token.tag_ in FINITE_TAGS and token.pos_ in ("VERB", "AUX"):
            return None
        mention = name_mention(ctx, token)
        if (
            mention is not None
            and mention.actor.actor_type == "person"
            and ctx.doc[mention.end - 1].dep_ != "poss"
        ):
            return token
    return None


def name_before(verb: Token, ctx: Context, persons_only: bool = False) -> Token | None:
    """A name ending right before the verb, past commas, auxiliaries and adverbs ('..., Jamel Msallem, said')."""
    i = verb.i - 1
    while i >= 0 and ctx.doc[i].dep_ in _SKIP_BEFORE_VERB and i not in ctx.quoted:
        i -= 1
    if i < 0 or i in ctx.quoted:
        return None
    mention = name_mention(ctx, ctx.doc[i])
    if mention is None or (persons_only and mention.actor.actor_type != "person"):
        return None
    return ctx.doc[i]


def first_mention_token(ctx: Context, entity: int, before: int) -> Token | None:
    """The nearest token before ``before`` in its sentence that mentions the actor."""
    for i in range(before - 1, ctx.sentence(before).start - 1, -1):
        if ctx.actors.actor_for_token(ctx.doc[i]) == entity:
            return ctx.doc[i]
    return None


def noun_phrase(token: Token) -> Span:
    """The noun phrase up to its head; "a number of senators", "a member of parliament" keep the "of" phrase, which names who."""
    end = token.i + 1
    if token.lower_ in _PART_NOUNS:
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == end), None)
        if of is not None:
            end = of.right_edge.i + 1
    return token.doc[token.left_edge.i : end]


def appositive_name(noun: Token) -> Token | None:
    """'according to the state's treasurer, Jane Doe, …': a person's name set off in apposition to a common noun,
    who the noun is."""
    if noun.pos_ != "NOUN":
        return None
    return next(
        (
            c
            for c in noun.children
            if c.dep_ == "appos"
            and c.ent_type_ == "PERSON"
            and all(t.pos_ == "PROPN" or t.is_punct for t in c.subtree)
        ),
        None,
    )
