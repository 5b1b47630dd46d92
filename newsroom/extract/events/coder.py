"""The article loop: code_events runs the sentence coder over an article and keeps the state later sentences
read (the lead actor, the latest two-party pair for "both sides", the latest accuser for "denied the claims").
"""

from __future__ import annotations

import logging
from datetime import datetime

from newsroom.extract.events.arguments import SUBJECTS, subject_of
from newsroom.extract.events.codebook import word_set
from newsroom.extract.events.datelines import DATELINES, dateline_ends
from newsroom.extract.events.dates import date_entities
from newsroom.extract.events.genre import real_act, tells_a_story
from newsroom.extract.events.implicit_targets import named_signers
from newsroom.extract.events.parties import both_sides, defined_parties, unnamed_people
from newsroom.extract.events.quoted import quote_spans
from newsroom.extract.events.resolver import ActorLookup, Resolver, joint_they
from newsroom.extract.events.sentence import code_sentence
from newsroom.extract.events.syntax import DOC_TEXT, child_of, lemma_of, objects_of
from newsroom.models import Event

log = logging.getLogger(__name__)


_MAX_SENTENCE_TOKENS = 400


_ACCUSING_ROOTS = frozenset({"11", "13"})


def _lead_actor(sentences: list, actors: Resolver) -> int | None:
    """Who the article is about: the subject of the first sentence that names an actor as its subject (unnamed
    people, "thousands of people marched", are not whose "move" or "measure" a later sentence means)."""
    for sent in sentences[:2]:
        subj = subject_of(sent.root) if sent.root.pos_ in ("VERB", "AUX") else None
        if subj is not None and unnamed_people(subj):
            continue
        value = actors.resolve(subj) if subj is not None else None
        if value is not None:
            return value
    return None


def code_events(
    doc,
    actor_for_span: ActorLookup,
    published_at: datetime | None = None,
    actor_info: dict[int, tuple[str, str | None]] | None = None,
    quotes: list | None = None,
    text: str | None = None,
    cue_speakers: dict[int, int] | None = None,
    sexes: dict[int, str] | None = None,
    target_only: set[int] | None = None,
    quoted_parties: set[int] | None = None,
) -> list[Event]:
    """CAMEO events of an article body; never raises, a sentence that fails is logged and skipped.

    ``actor_info``: entity index -> (actor type, ISO3 country), when the caller knows them; used so that an
    actor's own country is not read as the target of what it does ("Johnson said Britain must leave").
    ``quotes``: the article's attributed quotes, so that "I" and "we" inside one are its speaker (quoted.py).
    ``text``: ``doc.text``, when the caller has it (sentences' texts are cut from it, syntax.sentence_text).
    ``cue_speakers``: reporting verb token -> the speaker the quote extractor gave the quote it cues.
    ``sexes``: person entity -> "m" or "f" where the actor pass knows it, for "him" and "her" in quotes.
    ``target_only``: actors an event may take as its target but never as its doer; ``quoted_parties``: those of
    them only a quotation names, the target only of an act the quotation itself tells."""
    events: list[Event] = []
    if doc is None or len(doc) == 0:
        return events
    actors = Resolver(doc, actor_for_span)
    actors.info = actor_info or {}
    actors.target_only = frozenset(target_only or ())
    actors.quoted_parties = frozenset(quoted_parties or ())
    actors.quoted = quote_spans(quotes or [])
    actors.cue_speakers = cue_speakers or {}
    actors.sexes = sexes or {}
    try:
        sentences = list(doc.sents)
    except Exception:  # a Doc without a parser gives no sentences to code
        log.warning("code_events: document has no sentence boundaries", exc_info=True)
        return events
    _prepare(doc, sentences, actors, text)
    story = tells_a_story(sentences)
    for index, sent in enumerate(sentences):
        if len(sent) > _MAX_SENTENCE_TOKENS or not any(t.is_alpha for t in sent):
            continue
        try:
            actors.signers = named_signers(sent, actors) or actors.signers  # "the Turkish-Libyan agreement"
            actors.pair = defined_parties(sent, actors) or actors.pair  # "X and Y (together, the “Parties”)"
            found = _no_quoted_doers(code_sentence(doc, sent, index, actors, published_at), actors)
            if story:  # a review or plot summary: its acts are the story's (genre.py)
                found = [e for e in found if real_act(e, sent, actors.info)]
        except Exception:
            log.warning("code_events: sentence %d skipped", index, exc_info=True)
            continue
        events.extend(found)
        _remember(sent, found, actors)
    return events


def _no_quoted_doers(found: list[Event], actors: Resolver) -> list[Event]:
    """A group only a quotation names is the target of what the quotation tells, never its doer: an event some
    route gave such a doer goes ('"People keep saying that the party must change"'), unless it is the other side
    of a meeting coded both ways."""
    return [
        e
        for e in found
        if e.actor1_entity not in actors.quoted_parties
        or any(o.actor1_entity == e.actor2_entity and o.actor2_entity == e.actor1_entity for o in found)
    ]


def _prepare(doc, sentences: list, actors: Resolver, text: str | None) -> None:
    """Per-article tables built once: dateline ends, date entities by sentence, the lead actor, the text."""
    doc.user_data[DATELINES] = ([sent.start for sent in sentences], dateline_ends(doc, sentences))
    doc.user_data[SUBJECTS] = {}  # subject_of's answers for this article (they read the datelines above)
    if text is None:
        doc.user_data.pop(DOC_TEXT, None)
    else:
        doc.user_data[DOC_TEXT] = text
    try:
        actors.dates = date_entities(doc, [sent.start for sent in sentences])
    except Exception:  # no entity recogniser: events simply carry no dates
        log.debug("code_events: no date entities", exc_info=True)
    if len(sentences) > 1:  # a lone sentence has no lead to point back to
        try:
            actors.lead = _lead_actor(sentences, actors)
        except Exception:
            log.debug("code_events: no lead actor", exc_info=True)


def _remember(sent, found: list[Event], actors: Resolver) -> None:
    """What later sentences point back to: the latest accuser ("denied the claims"), the latest agreement's
    signers ("denounced the agreement"), the latest two-party event ("both sides") and meeting ("they")."""
    _follow_meeting(sent, found, actors)
    if actors.says_both_sides(sent):
        return  # an event with "both sides" as an argument does not redefine the two sides
    for e in found:
        if e.cameo_code[:2] in _ACCUSING_ROOTS:
            actors.accuser = e.actor1_entity
        if e.cameo_code == "057" and None not in (e.actor1_entity, e.actor2_entity):
            actors.signers = (e.actor1_entity, e.actor2_entity)
    pairs = [
        (e.actor1_entity, e.actor2_entity)
        for e in found
        if e.actor2_entity is not None
        and e.actor1_entity is not None
        and e.actor1_entity != e.actor2_entity
        and e.cameo_code[:2] != "01"
    ]
    if pairs:
        actors.pair = _first_order(pairs)
    # "the two leaders": the two people who last met or spoke (04), not any two persons an act joined
    persons = [
        (e.actor1_entity, e.actor2_entity)
        for e in found
        if e.cameo_code[:2] == "04"
        and (e.actor1_entity, e.actor2_entity) in pairs
        and all(actors.actor_type(party) == "person" for party in (e.actor1_entity, e.actor2_entity))
    ]
    if persons:
        actors.person_pair = _first_order(persons)
    elif (told := _persons_who_met(sent, actors)) is not None:
        actors.person_pair = told


def _follow_meeting(sent, found: list[Event], actors: Resolver) -> None:
    """The two parties a later "they" means (Resolver.met): those of the sentence's meeting (04), or of the last
    one while each sentence since has one of them, or both, as its subject ("X met Y. They discussed ... X
    welcomed ... They agreed ..."); a sentence about anyone else ("The protesters ...") ends it."""
    subject = child_of(sent.root, "nsubj")
    if (
        actors.met is not None
        and subject is not None
        and not (joint_they(subject) or both_sides(subject))
        and actors.resolve(subject) not in actors.met
    ):
        actors.met = None
    meetings = [
        (e.actor1_entity, e.actor2_entity)
        for e in found
        if e.cameo_code[:2] == "04"
        and None not in (e.actor1_entity, e.actor2_entity)
        and e.actor1_entity != e.actor2_entity
    ]
    if meetings:
        actors.met = _first_order(meetings)
    elif (told := _persons_who_met(sent, actors)) is not None:
        actors.met = told


# Verbs that tell two people met or spoke ("X met / spoke / talked with Y").
_MEETING_VERBS = word_set("meeting_verbs")


def _persons_who_met(sent, actors: Resolver) -> tuple[int, int] | None:
    """The two persons of "X spoke today with Y, conveying ..." or "X, Jr. met with Y", when the coder kept no
    04 event of it (a readout's opening line is coded for what was conveyed, or its subject is misread): whom a
    later "the two leaders" means. Only the sentence's main verb, its first subject and first "with" partner (or
    object) that name persons."""
    root = sent.root
    if lemma_of(root) not in _MEETING_VERBS:
        return None
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    partners = objects_of(root, ("with",))
    partners += [c for c in root.children if c.dep_ == "dobj"]
    pair = [
        next((a for t in side if actors.actor_type(a := actors.resolve(t)) == "person"), None)
        for side in (subjects, partners)
    ]
    return (pair[0], pair[1]) if None not in pair and pair[0] != pair[1] else None


def _first_order(pairs: list) -> tuple[int, int]:
    """The latest pair; when the sentence codes a meeting both ways ("A and B met with C": A-C, B-C, C-A, C-B),
    the first pair written of it."""
    if pairs[-1][::-1] not in pairs[:-1]:
        return pairs[-1]
    return next(p for p in pairs if p[::-1] in pairs)
