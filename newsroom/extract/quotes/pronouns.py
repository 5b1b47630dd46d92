"""Who a pronoun speaking for itself is: 'she said' right after someone else spoke is that speaker when number
and sex agree, and "they" speaks for a country or body only when the text just made it a subject."""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Span, Token

from newsroom.extract.actors import PRONOUN_SEX
from newsroom.extract.actors.name_shape import person_shaped
from newsroom.extract.actors.words import SINGULAR_SHARES
from newsroom.extract.lexicon import given_names, person_nouns
from newsroom.extract.quotes.context import SUBJECT_DEPS, Context, Speaker
from newsroom.extract.quotes.names import name_mention

PRONOUN_NUMBER = {"he": "singular", "she": "singular", "they": "plural"}
MAX_LOOKBACK_CUES = 20
_IT_TYPES = frozenset({"organization", "country"})
THEY_BACK_SENTENCES = 2
MAX_GROUP_CHARS = 80
# names of things, not of anyone who could be "he" or "she"
_THING_ENTITIES = frozenset(
    {
        "LAW",
        "WORK_OF_ART",
        "PRODUCT",
        "EVENT",
        "FAC",
        "LOC",
        "GPE",
        "DATE",
        "TIME",
        "MONEY",
        "PERCENT",
        "LANGUAGE",
    }
)


def previous_speaker(ctx: Context, pronoun: Token, cue: Token) -> Speaker | None:
    """'The head of the investigators told the court "…". She also said "…"': a pronoun speaking right after
    someone else spoke (same or previous sentence of narration, no other named subject between) is that speaker, when
    number and sex agree; otherwise the pronoun's own resolution stands."""
    wanted = PRONOUN_NUMBER.get(pronoun.lower_)
    if pronoun.lower_ == "it":
        wanted = (
            "body"  # "The agency said …. It also claims …": a body that just spoke, not a thing named since
        )
    if wanted is None:
        return None
    # 'X said. "A. B. C," he said.': the speaker's own quoted sentences in between do not count
    first = ctx.actors.window_start(cue.i, 1, words_only=True)
    pos = bisect_right(ctx.cue_order, cue.i - 1)
    for i in reversed(ctx.cue_order[max(0, pos - MAX_LOOKBACK_CUES) : pos]):
        if ctx.actors.sentence_index(i) < first:
            return None
        speaker = ctx.cue_speakers.get(i)
        if (
            speaker is None
            or speaker.entity is None
            and not speaker.mention
            or reporting_cue(ctx, ctx.doc[i]) is not None
        ):
            continue
        if _named_subject_between(ctx, ctx.doc[i], pronoun.i):
            return None
        if wanted == "body" and _message_between(ctx, ctx.doc[i], pronoun.i):
            return None  # "X reported that Y had issued a statement. It said …": the statement, Y's
        asked = _asked_person(ctx, ctx.doc[i])
        if asked is not None:  # "A reporter asked Mr X whether …. He answered …": the one asked answers
            sex = ctx.actors.sex(asked.entity)
            return asked if sex in (None, PRONOUN_SEX.get(pronoun.lower_, sex)) else None
        if _agrees(ctx, speaker, wanted, pronoun.lower_, ctx.doc[i]) and not _other_of_its_sex(
            ctx, pronoun, speaker, ctx.doc[i]
        ):
            return speaker
        return None
    return None


def _other_of_its_sex(ctx: Context, pronoun: Token, speaker: Speaker, cue: Token) -> bool:
    """'Minister Anna X said …, but after MP Hilbrand Y insisted, she declared …': the last speaker's sex is unknown,
    and the actor layer resolved the pronoun to someone else named before that speaker's report, a person of the
    pronoun's own sex; that person. Not one named after the report ('His wife, Yang, would …, he says'): that is
    only the nearest name."""
    sex = PRONOUN_SEX.get(pronoun.lower_)
    own = ctx.actors.actor_for_token(pronoun)
    if sex is None or own is None or speaker.entity is None or own == speaker.entity:
        return False
    person = ctx.actors.actor_type(speaker.entity) == "person" and ctx.actors.actor_type(own) == "person"
    if not person or ctx.actors.sex(speaker.entity) is not None or ctx.actors.sex(own) != sex:
        return False
    return not any(ctx.actors.actor_for_token(t) == own for t in ctx.doc[cue.i + 1 : pronoun.i])


def _asked_person(ctx: Context, cue: Token) -> Speaker | None:
    """The person a question is put to ('asked Mr X whether …'), named as the object of "ask"."""
    if cue.lemma_ != "ask":
        return None
    for c in cue.children:
        mention = name_mention(ctx, c) if c.dep_ in ("dobj", "dative") else None
        if mention is not None and mention.actor.actor_type == "person":
            return Speaker(mention.actor.index, ctx.actors.mention_text(mention), None)
    return None


def reporting_cue(ctx: Context, cue: Token) -> Token | None:
    """'He defended it, claiming the plan threatened the country': a cue inside another report's content is
    what the first speaker reports, so a later 'he said' goes back to that speaker, not to 'the plan'. The cue
    whose content holds it, else None."""
    token = cue
    while token.head.i != token.i:
        if token.dep_ == "ccomp" and token.head.i in ctx.cue_speakers:
            return token.head
        token = token.head
    return None


def _named_subject_between(ctx: Context, cue: Token, hi: int) -> bool:
    """Another named subject after that report (outside its own content and quotations) and before the pronoun."""
    return any(
        t.dep_ in SUBJECT_DEPS and t.i not in ctx.quoted and name_mention(ctx, t) is not None
        for t in ctx.doc[cue.right_edge.i + 1 : hi]
    )


def _message_between(ctx: Context, cue: Token, hi: int) -> bool:
    """A singular message noun ("a statement", "the report") in the sentence of a report's verb or after it, before
    an "it", outside quotations: what "it" may stand for ("issued a statement, read by X, which stated …. It
    also added …": the statement, not its reader)."""
    from newsroom.extract.quotes.speakers import is_message  # speakers imports this module

    return any(
        t.tag_ == "NN" and t.i not in ctx.quoted and is_message(t) for t in ctx.doc[cue.sent.start : hi]
    )


def _agrees(ctx: Context, speaker: Speaker, number: str, pronoun: str, cue: Token) -> bool:
    words = (speaker.mention or "").lower().split()
    plural = bool(words) and words[-1].endswith("s") and not words[-1].endswith("ss")  # not "the press"
    one_person = (
        bool(words) and not plural and words[-1] in person_nouns() and _noun_sex_agrees(words[-1], pronoun)
    )
    if number == "body":
        # "it" goes back to an organisation or country that spoke, never to a person or a group
        return speaker.entity is not None and ctx.actors.actor_type(speaker.entity) in _IT_TYPES
    if speaker.entity is not None:
        kind = ctx.actors.actor_type(speaker.entity)
        if number == "plural":
            return kind != "person"
        if kind != "person":
            # "A spokesman for the ministry said …. He said …", "An aide said …. He said …": an unnamed person;
            # a mention ending in a name shaped as a person's, of the pronoun's sex, that NER ran into a body's
            # ("State Superintendent of Education Inez Tenenbaum")
            return (
                one_person
                or _ends_in_person_name(speaker.mention or "", pronoun)
                or kind == "group"
                and bool(words)
                and words[0] in ("a", "an")
                and _noun_sex_agrees(words[-1], pronoun)
            )
        return ctx.actors.sex(speaker.entity) in (None, PRONOUN_SEX[pronoun])
    if not words or words[0] in PRONOUN_NUMBER:
        return False
    if number == "singular" and not plural:
        # "The second [count] alleges … he had told reporters": "he" is a person, not a thing an adjective names
        subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
        # "Article VI of the treaty states … He claimed …": a law, a work, a place or a date is no "he"
        return one_person or (
            subject is not None
            and subject.pos_ in ("NOUN", "PROPN")
            and subject.ent_type_ not in _THING_ENTITIES
        )
    return plural == (number == "plural")


def _ends_in_person_name(mention: str, pronoun: str) -> bool:
    """The actor layer's test of a person's name (``name_shape.person_shaped``) on the mention's last two words,
    with a given name of the pronoun's sex."""
    words = mention.split()[-2:]
    return person_shaped(words) and given_names().get(words[0].lower()) == PRONOUN_SEX.get(pronoun)


def _noun_sex_agrees(noun: str, pronoun: str) -> bool:
    """'A spokeswoman said … He said …' is not her."""
    sex = "f" if noun.endswith("woman") else "m" if noun.endswith("man") else None
    return sex is None or PRONOUN_SEX.get(pronoun) in (None, sex)


def plural_checked(token: Token, speaker: Speaker, ctx: Context) -> Speaker:
    """ "They concluded that ...": "they" speaks for a country or body only when the text just made it a subject,
    not for one named in passing; otherwise for the group a recent plural subject names, else it stays "they"."""
    if (
        token.lower_ == "they"
        and speaker.entity is not None
        and not ctx.actors.was_recent_subject(speaker.entity, token.i, THEY_BACK_SENTENCES)
    ):
        speaker = Speaker(None, speaker.mention, speaker.cue)
    if token.lower_ != "they":
        return speaker
    group = _plural_subject_before(token, ctx)
    if group is None:
        return speaker
    text = " ".join(group.text.split())[:MAX_GROUP_CHARS]
    if speaker.entity is None:
        return Speaker(None, text, speaker.cue)
    group_entity = ctx.actors.actor_for_span(group)
    if group_entity == speaker.entity or any(ctx.actors.actor_for_token(t) == speaker.entity for t in group):
        return Speaker(
            speaker.entity, text, speaker.cue
        )  # "The officers ... They said": as the text named them
    if _main_clause_subject(group.root) and not _subject_between(ctx, speaker.entity, group.end, token.i):
        # "DU qualified the measure. Many individuals campaigned against it. They argued …": the people who
        # were the last main clause's subject, not the body made a subject before them
        return Speaker(group_entity, text, speaker.cue)
    return speaker


def _main_clause_subject(token: Token) -> bool:
    """The subject of a sentence's main verb (or of a verb joined to it), not of a clause it reports."""
    verb = token.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _subject_between(ctx: Context, entity: int, start: int, end: int) -> bool:
    """Whether the actor is named as a subject between two tokens (outside quotations)."""
    return any(
        t.dep_ in SUBJECT_DEPS and t.i not in ctx.quoted and ctx.actors.actor_for_token(t) == entity
        for t in ctx.doc[start:end]
    )


def _plural_subject_before(token: Token, ctx: Context) -> Span | None:
    """'A and his counterparts B and C gathered in Cairo. They concluded ...': the nearest plural subject
    (coordinated, or a plural noun) of the same or the previous sentences, as the text names it; an earlier
    subject "they" on the way carries the search back from its own sentence."""
    first = ctx.actors.sentence_index(token.i) - THEY_BACK_SENTENCES
    for t in reversed(ctx.doc[: token.i]):
        sentence = ctx.actors.sentence_index(t.i)
        if sentence < first:
            return None
        if t.lower_ == "they" and t.dep_ == "nsubj" and t.i not in ctx.quoted:
            first = min(first, sentence - THEY_BACK_SENTENCES)
        if t.dep_ == "nsubj" and t.i not in ctx.quoted and (_plural_noun(t) or _part_of_plural(t)):
            return ctx.doc[t.left_edge.i : t.right_edge.i + 1]
    return None


def _plural_noun(token: Token) -> bool:
    return token.pos_ in ("NOUN", "PROPN") and (
        token.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in token.children)
    )


def _part_of_plural(token: Token) -> bool:
    """ "Some of the people opposed to the plan suggested", "Many of the residents say": a share of a plural noun
    doing something ("Four of the protesters are from X": what some of them are, not who "they" are)."""
    return (
        token.pos_ in ("PRON", "DET", "ADJ", "NUM")
        and token.lower_ not in SINGULAR_SHARES
        and token.head.lemma_ != "be"
        and any(
            p.dep_ == "prep"
            and p.lower_ == "of"
            and any(o.dep_ == "pobj" and _plural_noun(o) for o in p.children)
            for p in token.children
        )
    )
