"""Who "I" and "we" are inside a quotation: the speaker the quote extractor attributed it to (and who a quoted
"him" or "her" is: ``quoted_person``).

The parse often fails to tie a quote to its speech verb ("I would like to thank X", stated Y: the speech verb
parsed as a conjunct of "like"), so the syntactic route (modality.speaker_of) finds no speaker, while the quote
extractor, which reads the whole article, has one.
"""

from __future__ import annotations

from newsroom.extract.actors import FIRST_PERSON
from newsroom.extract.events.arguments import subject_of
from newsroom.extract.events.codes import root_of
from newsroom.extract.events.confidence import Checks, confidence
from newsroom.extract.events.dates import event_date_of
from newsroom.extract.events.matching import match_trigger, sense_checked
from newsroom.extract.events.modality import is_hypothetical
from newsroom.extract.events.sense_clues import names_media
from newsroom.extract.events.syntax import child_of, objects_of, sentence_text, trigger_text_of
from newsroom.extract.lexicon import reporting_verbs
from newsroom.models import Event

_QUOTED_KINDS = frozenset({"direct", "partial"})
_CLOSING = " \"'”’»)]"
_FINAL_STOPS = frozenset(".!?…;:")


def quote_spans(quotes) -> list[tuple[int, int, int]]:
    """(start char, end char, speaker entity) of the body's direct and partial quotes with a known speaker."""
    return sorted(
        (q.start_char, q.end_char, q.speaker_entity)
        for q in quotes
        if q.quote_kind in _QUOTED_KINDS
        and q.speaker_entity is not None
        and q.start_char is not None
        and q.end_char is not None
        and not q.in_headline
    )


def quoted_speaker(tok, spans: list[tuple[int, int, int]]) -> int | None:
    """The speaker of the quotation a first-person pronoun sits in, else None."""
    if tok is None or tok.lower_ not in FIRST_PERSON:
        return None
    return next((entity for start, end, entity in spans if start <= tok.idx < end), None)


# object pronouns of one person, by the sex they name ("her" only as an object: "her rights" is a possessive)
_OBJECT_PERSONS = {"him": "m", "her": "f"}
_OBJECT_DEPS = frozenset({"dobj", "pobj", "dative"})


def quoted_person(tok, actors) -> int | None:
    """'"Secretary X's decision to step down reflects his conviction …. I thank him for his service," Y said': an
    object "him" or "her" inside a quotation (the actor pass leaves quoted pronouns alone, the speaker's framing) is
    the one person of its sex named before it in its sentence or the quotation's sentence before, when that person
    is neither the quotation's speaker nor the clause's subject; none when two are named, or the quotation has no
    known speaker."""
    sex = _OBJECT_PERSONS.get(tok.lower_)
    if sex is None or tok.tag_ != "PRP" or tok.dep_ not in _OBJECT_DEPS:
        return None
    quote = next(((start, entity) for start, end, entity in actors.quoted if start <= tok.idx < end), None)
    if quote is None:
        return None
    sent = tok.sent
    before = tok.doc[sent.start - 1].sent if sent.start > 0 else sent
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    subject = subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
    own = {quote[1], actors.resolve(subject) if subject is not None else None}
    named = {
        value
        for ent in [*(actors.sentence_ents(before) if before != sent else []), *actors.sentence_ents(sent)]
        if ent.label_ == "PERSON"
        and ent.end <= tok.i
        and (ent.sent == sent or ent.start_char >= quote[0])
        and (value := actors.phrase(ent.root)) is not None
        and actors.actor_type(value) == "person"
        and actors.sexes.get(value) in (None, sex)
    }
    return next(iter(named)) if len(named) == 1 and not named & own else None


def quoted_statements(doc, sent, sent_index: int, actors, published_at) -> list[Event]:
    """The statement (010) of a sentence that quotes a speaker the quote extractor named and codes nothing else:
    '"…," May stated', 'X told reporters, "…"', 'X called the case "a pity"' — a quotation is a statement whatever
    the coder made of its words. Only where this sentence holds the reporting verb that cues it (a speaker's
    words run on, or a phrase in quotation marks in narration, are no new statement), never a negated or
    conditional one ("did not say", "if he says"), nor a verb the lexicon codes as another act ("accused",
    "lambasted": the coder read it and built nothing, a statement would misname it), nor a place's."""
    spans = [
        entity for start, end, entity in actors.quoted if start < sent.end_char and end > sent.start_char
    ]
    text = sentence_text(sent).strip()
    if not spans or text.rstrip(_CLOSING)[-1:] not in _FINAL_STOPS:
        return []  # a line with no closing stop is a subheading or a caption, not a report of what was said
    for i in range(sent.start, sent.end):
        speaker = actors.cue_speakers.get(i)
        if speaker is None or speaker not in spans or actors.actor_type(speaker) == "other":
            continue  # a place or a thing given the words is a misread speaker ("The Florida fan explained")
        cue = doc[i]
        if _not_said(cue, sent) or not _speaks_here(cue, speaker, actors):
            continue
        checks = Checks(
            lead=sent_index == 0,
            main_clause=cue.dep_ == "ROOT",
            words=len(sent),
            source_type=actors.actor_type(speaker),
            target_type="",
            target_implied=False,
            target=False,
            source_direct=False,
            source_named=actors.actor_type(speaker) != "group",
            noun=False,
            carried=False,
            transformed=False,
            statement=True,
            reported=False,
            pronoun_source=False,
            root="01",
        )
        return [
            Event(
                sent_index,
                speaker,
                None,
                "010",
                trigger_text_of(doc, [cue]),
                text,
                confidence(checks),
                event_date_of(cue, [], published_at, actors.dates.get(sent.start, [])),
            )
        ]
    return []


def _speaks_here(cue, speaker: int, actors) -> bool:
    """Whether the cue's own subject (its passive agent, an inverted "said X", a controlling verb's subject
    for "…, saying") names the quote's speaker, by its noun phrase alone: a speaker the sentence only
    mentions inside the subject's of-phrase ("a partner of X recalled"), as an owner ("read out X's plans,
    saying") or an addressee ("a letter to X saying") is the quote extractor's misreading, not who speaks. A
    name after "by" on the verb or its object is the agent of a participle the parser read as active ("Y, the
    man branded a 'menace' by X,"): X speaks, not Y."""
    agent = next(
        (o for t in (cue, *(c for c in cue.children if c.dep_ == "dobj")) for o in objects_of(t, ("by",))),
        None,
    )
    quoted = _quoted_object(cue)
    if quoted is not None and actors.resolve(quoted, preps=()) == speaker:
        return True
    subj = agent if agent is not None and agent.pos_ == "PROPN" else subject_of(cue)
    if subj is None and cue.dep_ == "pcomp" and cue.head.lower_ == "as":
        subj = child_of(cue.head.head, "dobj")  # "the paper quoted X as stating": X speaks
    if subj is None and cue.i > cue.sent.start and cue.doc[cue.i - 1].tag_ in ("NNP", "NNPS"):
        # '"…," A and B wrote' with the names hung on the quotation: the name before
        subj = cue.doc[cue.i - 1]
    if subj is None:
        return False
    if subj.tag_ == "PRP" and actors.resolve(subj) is None:
        # "he said": the quote extractor followed the pronoun back, unless the sentence names the speaker
        # elsewhere ("she dismissed questions about her links with X, saying": X is the one mentioned)
        return not any(t.pos_ == "PROPN" and actors.phrase(t) == speaker for t in cue.sent)
    return any(actors.resolve(t, preps=()) == speaker for t in (subj, *subj.conjuncts))  # "A and B wrote"


def _quoted_object(cue):
    """The one a medium quotes or cites by name ("the agency quoted X"): X speaks, not the medium ("the paper
    reported a ministry statement": the paper's report, no one's statement)."""
    quoted = child_of(cue, "dobj") if reporting_verbs().get(cue.lemma_) == "media" else None
    return quoted if quoted is not None and quoted.pos_ == "PROPN" else None


def _not_said(cue, sent) -> bool:
    """A cue that tells no statement: a noun ("X's argument that …": the sentence's act is elsewhere), negated,
    conditional or only to come ("will highlight"), naming a thing ("what it calls a 'family plan'", "Training,
    also called 'est'"), a news outlet or its reporter writing ("wrote a reporter for the Times": the outlet is no
    actor), or a verb the lexicon reads, in the sense its parse shows, as an act other than a statement."""
    if cue.pos_ not in ("VERB", "AUX") or (cue.dep_ == "acl" and cue.tag_ == "VBN"):
        return True
    if any(
        c.dep_ == "neg"
        or (c.dep_ == "aux" and c.tag_ == "MD")
        or (c.dep_ == "dobj" and c.tag_ == "WP")
        or (c.dep_ in ("nsubj", "nsubjpass") and names_media(c) and _quoted_object(cue) is None)
        for c in cue.children
    ):
        return True
    if is_hypothetical(cue, sent):
        return True
    m = match_trigger(cue)
    m = sense_checked(m) if m is not None else None
    return m is not None and root_of(m.pattern.code) != "01"
