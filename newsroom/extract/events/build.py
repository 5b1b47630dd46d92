"""Building event rows from a candidate: its source and target candidates, the source actor, the target
(explicit, else implied), the confidence, the date and the trigger text.
"""

from __future__ import annotations

from typing import NamedTuple

from newsroom.extract.events.arguments import (
    RECEIVE_VERBS,
    explicit_agent,
    has_of_object,
    in_absolute,
    noun_agent,
    opposed,
    participle_agents,
    relative_agents,
    sender_of,
    small_clause,
    subject_of,
    under_attack,
)
from newsroom.extract.events.authority import reporting_authority
from newsroom.extract.events.authors import DOCUMENT_NOUNS, MAKING_VERBS, document_author
from newsroom.extract.events.coagents import is_coagent
from newsroom.extract.events.codebook import control_classes, lexicon, word_set
from newsroom.extract.events.codes import root_of
from newsroom.extract.events.confidence import Checks, confidence
from newsroom.extract.events.datelines import dateline_end_of
from newsroom.extract.events.dates import event_date_of
from newsroom.extract.events.demonyms import country_actor, named_country
from newsroom.extract.events.implicit_targets import (
    CLAIM_NOUNS,
    COAGENT_ROOTS,
    CONDITIONAL_ROOTS,
    MUTUAL,
    RECIPROCAL_ROOTS,
    attacked_country,
    condition_subject,
    implicit_target,
    met_both_ways,
    more_targets,
    names_other_party,
    partner_of,
    referred_party,
)
from newsroom.extract.events.letters import letter_addressee
from newsroom.extract.events.main_event import says_statement
from newsroom.extract.events.matching import Match
from newsroom.extract.events.modality import SPEAKER_PRONOUNS, speaker_of
from newsroom.extract.events.parties import (
    acted_on_person,
    actor_like,
    agrees,
    has_partner,
    is_generic,
    one_on_another,
    patient_noun,
    person_like,
    pronoun_names_own_object,
    raw_actor_like,
    unnamed_people,
    vehicle,
)
from newsroom.extract.events.places import place_party, states_in, water_body
from newsroom.extract.events.pleasantries import small_talk
from newsroom.extract.events.quoted import quoted_person, quoted_speaker
from newsroom.extract.events.resolver import Resolver, inside_quotes
from newsroom.extract.events.sense_crowd import gathering_acted_on
from newsroom.extract.events.sense_force import state_force
from newsroom.extract.events.sense_motion import group_journey, journey, trip_at_home
from newsroom.extract.events.stranded import stranded_speaker
from newsroom.extract.events.syntax import (
    acted_on,
    child_of,
    entity_text,
    is_passive,
    lemma_of,
    pobj_of,
    prep_children,
    prep_targets,
    sentence_text,
    target_of_prep,
    trigger_text_of,
)
from newsroom.extract.events.targets import (
    aimed_before,
    attempted_on,
    clause_targets,
    examples_of,
    invested_in,
    is_location_adjunct,
    is_occasion,
    joint_partners,
    needs_target,
    noun_targets,
    punitive_demand,
    rank_targets,
    receivers_of,
    result_victims,
    riders,
    struck_within,
    thing_asked_with,
    verb_targets,
)
from newsroom.extract.events.topics import topics_apart
from newsroom.extract.events.vocatives import addressed
from newsroom.extract.findings import document_finding
from newsroom.models import Event

_VIOLENCE_ROOTS = frozenset({"18", "19", "20"})
_FORCE_ROOTS = _VIOLENCE_ROOTS | {"17"}
# Acts on a country's things in the plural ("shelled Armenian positions", "an embargo on Georgian goods"): force,
# and the sanctions, embargoes and boycotts of 16, which are aimed at the country whose goods they cut off.
_OWNED_THINGS_ROOTS = _FORCE_ROOTS | {"16"}
# Acts whose purpose or result clause names whom they were aimed at: "fired tear gas to disperse the crowd",
# "gathered to protest the administration's stance".
_PURPOSE_ROOTS = _FORCE_ROOTS | {"14"}
_PLACE_FREE_ROOTS = _VIOLENCE_ROOTS | {"14"}
_VISIT_CODES = frozenset({"042", "043"})
# A visit's place is its host; a show of force "around Taiwan" is aimed at the place it surrounds.
_PLACE_AS_PARTY_ROOTS = frozenset({"04", "15"})
# A gathering met at or protested at ("rallied at the NATO summit") may be the party; no other act's (targets.is_occasion).
_OCCASION_AS_PARTY_ROOTS = _PLACE_AS_PARTY_ROOTS | {"14"}
# Codes where money put into a place is put into its party (targets.invested_in): pledges and material cooperation.
_INVESTED_ROOTS = frozenset({"03", "06"})
# Cooperative codes, whose partner "in partnership with Y" names (targets.joint_partners); not force done
# "in coordination with" allies, who are co-doers.
_JOINT_ROOTS = frozenset({"03", "04", "05", "06"})


class Candidate(NamedTuple):
    """A trigger read as an event, before its actors are resolved."""

    match: Match
    code: str
    anchor: object  # token whose clause supplies actor1 (the governor for "refused to meet")
    extra: list  # governor / negation tokens for trigger_text
    transformed: bool = False  # negated, refused, threatened, intended or stopped (modality.Reading)


class _Arguments(NamedTuple):
    """The token naming the source, and target candidates best first."""

    source: object
    targets: list


class _Source(NamedTuple):
    tok: object
    entity: int
    via_speaker: bool  # an unresolved pronoun read as the speaker of the clause it sits in


class _Target(NamedTuple):
    entity: int | None
    tok: object  # the token it was resolved from, when it came from the target candidates


def build_event(
    doc, sent, sent_index, cand: Candidate, actors: Resolver, carried, published_at
) -> list[Event]:
    """The event rows of a candidate (one per coordinated target), or none: no source actor, a vehicle as the
    doer of violence, or a code that needs a second party with nobody on the other side."""
    args = _arguments(cand, actors, carried)
    if args.source is not None and root_of(cand.code) in _VIOLENCE_ROOTS and vehicle(args.source):
        return []  # "struck by a Volvo XC90 driving on the wrong side": a road accident
    source = _resolve_source(cand, args.source, actors)
    if source is None or _pronoun_names_own_object(cand, source, args.targets, actors):
        return []
    source = _quote_speaker(cand, source, actors)
    source = _announced_by(cand, source, actors)
    a1_type = actors.actor_type(source.entity)
    if group_journey(cand.match.tok, cand.code, a1_type):
        return []  # refugees or soldiers arriving somewhere: no visit (sense_motion)
    targets = rank_targets(cand.code, args.targets, source.tok)
    # "discussed Ukraine with X", "talks with X on Venezuela", "the leaders agreed to work on priorities, including
    # Iran": what was talked about is a target only when neither the sentence nor the article names the other party
    targets, topics = topics_apart(cand.code, targets, {cand.match.tok, cand.anchor, *cand.match.used})
    target = _explicit_target(cand, source, targets, actors)
    if _visit_at_home(cand, source, target, targets, actors):
        return []  # "the President travelled to Pittsburgh": a trip inside his own country (sense_motion)
    both_ways = target.entity is not None and met_both_ways(cand.code, target.tok, cand.match.tok)
    if target.entity is None:
        target = _Target(_implied_target(cand, source, targets, sent, actors), None)
    if target.entity is None and topics:
        target = _explicit_target(cand, source, topics, actors)  # no meeting with a topic, so one way only
    if target.entity is None:
        target = _explicit_target(cand, source, _clause_targets(cand, source, actors), actors)
    if target.entity is None and small_talk(
        cand.match.tok, cand.code, sent, source.tok, source.entity, actors
    ):
        return []  # "Thank you.", "I hope you have a great weekend": talk to whoever listens (pleasantries.py)
    if target.entity is None and _needs_missing_target(cand, source, targets + topics):
        if not _allegation_against_no_one(cand):
            return []  # a meeting, cooperation, disapproval or rejection with nobody on the other side
        cand = cand._replace(code="010")  # "X alleges he was beaten": a claim that accuses nobody named
    a2_type = actors.actor_type(target.entity)
    cand = cand._replace(code=state_force(cand.code, cand.match.tok, source.tok, a1_type, a2_type))
    conf = confidence(_checks(cand, source, target, sent, sent_index, actors, carried))
    return _rows(doc, sent, sent_index, cand, source, target, conf, actors, published_at, both_ways)


def _allegation_against_no_one(cand: Candidate) -> bool:
    """ "Okafor alleges he was beaten in custody", "critics allege other motives": "allege" as a plain
    verb whose allegation names no one accused is what its speaker states (01), not an accusation of nobody."""
    tok = cand.match.tok
    return cand.code == "112" and not cand.transformed and tok.pos_ == "VERB" and lemma_of(tok) == "allege"


def _visit_at_home(
    cand: Candidate, source: _Source, target: _Target, targets: list, actors: Resolver
) -> bool:
    """A visit whose chosen party, else its first target candidate (passed over when it is the traveller's own
    country), is a place in the traveller's own country (sense_motion.trip_at_home); so is a trip announced ("will
    travel to Houston", 036 from a journey verb)."""
    if not (cand.code == "042" or (cand.code == "036" and journey(cand.match.tok))):
        return False
    if target.entity is not None:
        return trip_at_home(source.entity, target.tok, target.entity, actors.info)
    first = targets[0] if targets else None
    place = actors.resolve(first) if first is not None else None
    return first is not None and trip_at_home(source.entity, first, place, actors.info)


def _clause_targets(cand: Candidate, source: _Source, actors: Resolver) -> list:
    """Target candidates of the clauses the trigger (and its governor) governs (targets.clause_targets), each a
    party by its own noun phrase: "would meet resistance from residents" is not aimed at the residents."""
    found = clause_targets(cand.match.tok, cand.code)
    if cand.anchor != cand.match.tok:
        found += clause_targets(cand.anchor, cand.code)
    return rank_targets(cand.code, [t for t in found if actors.phrase(t) is not None], source.tok)


def _pronoun_names_own_object(cand: Candidate, source: _Source, targets: list, actors: Resolver) -> bool:
    """A subject pronoun resolved to an actor its own clause names (parties.pronoun_names_own_object)."""
    return pronoun_names_own_object(source.tok, source.entity, (cand.match.tok, cand.anchor), targets, actors)


def _arguments(cand: Candidate, actors: Resolver, carried) -> _Arguments:
    m = cand.match
    tok = m.tok
    if m.pattern.pos == "N" and under_attack(tok):  # "Y came under fire from X"
        a1_tok = noun_agent(tok, ("from", "by")) or noun_agent(tok.head.head, ("from", "by"))
        return _Arguments(a1_tok, [t for t in [child_of(tok.head.head, "nsubj")] if t is not None])
    if m.pattern.pos == "N" and tok.i in actors.received:  # "X received a demand from Y": Y demands of X
        receiver = actors.received[tok.i]
        a1_tok = sender_of(tok, receiver)
        return _Arguments(
            a1_tok, [t for t in [_receiving_subject(receiver)] if t is not None] + noun_targets(tok, a1_tok)
        )
    if m.pattern.pos == "N":
        return _noun_arguments(tok, carried, cand.code)
    return _verb_arguments(cand)


def _receiving_subject(verb):
    """Who receives or draws the event noun: the verb's subject; for a bare "That" or "This" opening the sentence
    ("That drew rebukes from X"), the subject of the sentence before, whose act the pronoun names."""
    subject = subject_of(verb)
    if (
        subject is None
        or subject.lower_ not in ("that", "this")
        or subject.n_lefts + subject.n_rights
        or not all(t.is_space for t in verb.doc[verb.sent.start : subject.i])
        or verb.sent.start == 0
    ):
        return subject
    return subject_of(verb.doc[verb.sent.start - 1].sent.root) or subject


def _noun_arguments(tok, carried, code: str) -> _Arguments:
    """An event noun: its own agent, else the subject of the light verb carrying it, else "between X and Y"."""
    agent = noun_agent(tok)
    patient = None
    if agent is not None and agent.dep_ == "poss" and patient_noun(tok) and not has_of_object(tok):
        patient, agent = agent, explicit_agent(tok)  # "Khashoggi's killing": the possessor is the victim
    a1_tok = agent
    if tok.i in carried and (a1_tok is None or _own_noun(a1_tok, subject_of(carried[tok.i]))):
        a1_tok = subject_of(carried[tok.i]) or a1_tok
    targets = [t for t in [patient] if t is not None] + receivers_of(tok, agent)
    targets += _target_of_copula(tok) + noun_targets(tok, agent)
    if tok.i in carried:
        targets += verb_targets(carried[tok.i])
    targets += _answered_by(tok, code)
    if root_of(code) == "15":  # "war games around X", "drills near X": a show of force at what it surrounds
        targets += [
            o for p in prep_children(tok) if p.lower_ in ("around", "near") and (o := pobj_of(p)) is not None
        ]
    if a1_tok is None and (between := _parties_between(tok)) is not None:
        a1_tok = between
        targets += [c for c in between.children if c.dep_ == "conj"]
    return _Arguments(a1_tok, targets)


# The possessive each subject pronoun owns with ("he made his announcement").
_OWN_POSSESSIVE = {"he": "his", "she": "her", "it": "its", "they": "their"}


def _own_noun(owner, subject) -> bool:
    """ "Denmark repeated its request", "he made his announcement": a possessive pronoun owning a carried noun is
    the carrying verb's subject; not "I take his threats seriously" (another person's)."""
    if owner.dep_ != "poss" or owner.pos_ != "PRON" or subject is None:
        return False
    if subject.pos_ == "PRON":
        return _OWN_POSSESSIVE.get(subject.lower_) == owner.lower_
    return owner.lower_ in _OWN_POSSESSIVE.values()


def _parties_between(noun):
    """The first party of "between X and Y" said of an event noun: on the noun ("talks between X and Y"), on a
    place phrase of it ("skirmishes on the ground between X and Y"), or on the intransitive verb it is the subject
    of ("talks took place today between X and Y", "clashes broke out between X and Y")."""
    found = target_of_prep(noun, ("between",))
    for p in prep_children(noun):
        if found is None and (place := pobj_of(p)) is not None:
            found = target_of_prep(place, ("between",))
    verb = noun.head
    if (
        found is None
        and noun.dep_ == "nsubj"
        and verb.pos_ == "VERB"
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.lower_ != "place" for c in verb.children)
    ):
        found = target_of_prep(verb, ("between",))
    return found


_ADDRESSED_ROOTS = frozenset({"02", "03", "10"})


# Verbs answering a proposal, offer or demand made to their subject.
_RESPONSE_VERBS = word_set("response_verbs")


def _answered_by(noun, code: str) -> list:
    """ "Z declined Y's offer (to resign)": an appeal, offer or demand was made to Z, who answers it (not a
    lawsuit a judge dismisses)."""
    if root_of(code) in _ADDRESSED_ROOTS and noun.dep_ == "dobj" and lemma_of(noun.head) in _RESPONSE_VERBS:
        return [t for t in [subject_of(noun.head)] if t is not None]
    return []


_TARGET_NOUNS = word_set("target_nouns")
_PARTY_BODIES = word_set("party_bodies")


def _target_of_copula(noun) -> list:
    """ "Y was the target of an X attack", "Y has been the subject of X sanctions": the copula's subject."""
    if not (noun.dep_ == "pobj" and noun.head.lower_ == "of"):
        return []
    holder = noun.head.head
    if lemma_of(holder) not in _TARGET_NOUNS or holder.dep_ not in ("attr", "oprd"):
        return []
    subj = child_of(holder.head, "nsubj")
    return [subj] if subj is not None else []


def _pattern_prep_targets(cand: Candidate) -> list:
    """The objects of the lexicon row's own prepositions: "invested in Y", "rallied behind Y", "worked alongside Y"
    name the party there, also when only intended or refused ("agreed to invest in Y"); not once a sense rule has
    re-read the act (a crowd that "rallied behind Y", read as a demonstration, is not one against Y)."""
    m = cand.match
    rows = lexicon().get((m.pattern.lemma, "V"), ())
    if not any(r.preps == m.pattern.preps and (r.code == cand.code or cand.transformed) for r in rows):
        return []
    # a region names no host ("arrived in the Middle East")
    return [
        o
        for p, o in prep_targets(m.tok).items()
        if p in m.pattern.preps and p != "by" and o.ent_type_ != "LOC"
    ]


def _verb_arguments(cand: Candidate) -> _Arguments:
    """A verb: its subject (else its governor's), its targets and its governor's, and the reported clause's."""
    m, anchor = cand.match, cand.anchor
    tok = m.tok
    a1_tok = subject_of(tok)
    if a1_tok is None and anchor != tok:
        a1_tok = subject_of(anchor)
    if a1_tok is None:  # "police said a man was arrested"
        a1_tok = reporting_authority(tok, cand.code)
    stranded = None
    if a1_tok is None or (a1_tok.dep_ == "csubj" and a1_tok.pos_ == "VERB"):
        stranded = stranded_speaker(tok)  # "Jane Doe, head of the service, claimed …"
        a1_tok = stranded or a1_tok
    targets = verb_targets(tok, m.used)
    if stranded is not None:
        # "…, said a protester named Jane Doe": the object the parser made of her is no target
        targets = [t for t in targets if stranded not in t.subtree]
    if "by" in m.pattern.preps and not is_passive(tok):
        # "stood by Britain": the pattern's own preposition names the party, though "by" is else an agent
        targets = [o for o in [target_of_prep(tok, ("by",))] if o is not None] + targets
    targets += _pattern_prep_targets(cand)
    if root_of(cand.code) in _JOINT_ROOTS:
        targets += joint_partners(tok, m.used)
    if anchor != tok and anchor.pos_ in ("VERB", "AUX"):
        targets += [t for t in verb_targets(anchor) if t.dep_ != "nsubjpass"]
    elif anchor != tok:
        targets += _answered_by(anchor, cand.code)  # "declined Y's offer to resign"
    if root_of(cand.code) in _PURPOSE_ROOTS:
        targets += result_victims(tok)
    if root_of(cand.code) in _VIOLENCE_ROOTS:
        targets += riders(tok) + aimed_before(tok) + struck_within(tok) + attempted_on(tok)
    if (
        tok.tag_ == "VBN"
        and tok.dep_ == "advcl"
        and tok.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in tok.children)
    ):
        # "Backed by Syria and Iran, Hezbollah is ...": the participle is said of the main clause's subject
        targets += [s for s in [child_of(tok.head, "nsubj", "nsubjpass")] if s is not None]
    cls = control_classes().get(lemma_of(tok))
    if cls in ("target_report", "deny_report", "demand") or cand.code in ("100", "111", "112"):
        # "demanded that Y free ...", "alleged that Y ..."; "alleged Navalny was poisoned": the passive subject
        # is the victim; the accused is its agent, if named
        targets += [
            s
            for c in tok.children
            if c.dep_ == "ccomp" and (s := child_of(c, "nsubj") or subject_of(c)) is not None
        ]
    if cls == "demand":
        targets += [t for c in tok.children if c.dep_ == "ccomp" for t in thing_asked_with(c)]
    if cls in ("intent", "threat", "refuse"):  # "threatened to stop exports to Y": Y is the one threatened
        for c in tok.children:
            if c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in c.children):
                targets += verb_targets(c)
    return _Arguments(a1_tok, targets)


def _resolve_source(cand: Candidate, a1_tok, actors: Resolver) -> _Source | None:
    """The source actor: the main clause's subject for a pronoun in an -ing clause, a participle's agent, or
    the speaker for an unresolved pronoun."""
    tok = cand.match.tok
    verb = tok.head if tok.dep_ == "conj" else tok
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and a1_tok is verb.head and unnamed_people(a1_tok):
        return None  # "people living in or visiting Hong Kong": who they are, not something they did
    if cand.code in _VISIT_CODES and unnamed_people(a1_tok):
        return None  # "the rally was visited by thousands of people": a visit is an official's, not a crowd's
    if (
        a1_tok is not None
        and a1_tok.pos_ == "PRON"
        and a1_tok.lower_ in ("they", "he", "she")
        and tok.dep_ == "advcl"
    ):
        main = subject_of(tok.head) if tok.head.pos_ in ("VERB", "AUX") else None
        if main is not None and main.pos_ != "PRON" and agrees(main, a1_tok):
            a1_tok = main  # "protesters gathered ..., blocking the exits as they chanted slogans"
    a1 = actors.doer(a1_tok) if a1_tok is None or not is_generic(a1_tok) else None
    if a1 is None and a1_tok is not None:  # "a car bomb planted by X exploded": X acts
        a1_tok = next(iter(_makers(a1_tok)), a1_tok)
        a1 = actors.doer(a1_tok)
        if a1 is None:  # "Israeli airstrikes"
            a1 = country_actor(a1_tok, actors.doer_info)
    if a1 is None and a1_tok is not None:
        a1_tok, a1 = _named_by_apposition(a1_tok, actors)
    if a1 is None and a1_tok is not None and root_of(cand.code) in _VIOLENCE_ROOTS:
        a1 = _country_of_weapon(a1_tok, actors)
    if a1 is None and a1_tok is not None and (author := document_author(a1_tok)) is not None:
        a1_tok, a1 = author, actors.doer(author)  # "The first (article) charged Trump": who passed it
    if a1 is not None and not _pronoun_fits(a1_tok, a1, actors):
        a1 = None  # "it" resolved to a person: a wrong antecedent
    if a1 is not None and document_finding(verb) and actors.actor_type(a1) == "country":
        a1 = None  # "A U.S. poll showed that …": where the poll was taken, not who made it
    if a1 is not None and _own_patient(tok, a1_tok, a1, actors):
        a1 = None
    via_speaker = False
    speaker = None
    if a1 is None and a1_tok is not None and a1_tok.lower_ in SPEAKER_PRONOUNS:
        speaker = speaker_of(cand.anchor)
        if (
            speaker is not None
            and a1_tok.lower_ in _THIRD_PERSON
            and inside_quotes(a1_tok)
            and not inside_quotes(speaker)
        ):
            speaker = None  # 'X said "they beat us"': in a speaker's own words "they" are others, not X
        if speaker is not None and speaker != a1_tok:
            # "Houthi spokesperson X said it had carried out ...": "it" is the body he speaks for, not him
            bodies = sorted(
                (t for t in speaker.subtree if t != speaker and t.ent_type_ in _BODY_ENTS),
                key=lambda t: (t.ent_type_ == "GPE", t.i),
            )
            for t in [speaker, *bodies]:
                a1 = actors.doer(t)
                if a1 is not None and _pronoun_fits(a1_tok, a1, actors):
                    break
                a1 = None
            via_speaker = a1 is not None
    if a1 is None and speaker is None and (quoted := quoted_speaker(a1_tok, actors.quoted)) is not None:
        # "'We condemn ...', the spokesperson said"; not "'... a message saying we can attack'", someone else's
        a1, via_speaker = quoted, True
    return _Source(a1_tok, a1, via_speaker) if a1 is not None else None


def _makers(noun) -> list:
    """The agents of the participles describing the doer ("a car bomb planted by X"); of a document only the one
    who made it ("a report released by X"), not who received or read it ("the report, received by the government,
    found …")."""
    agents = participle_agents(noun)
    if lemma_of(noun) not in DOCUMENT_NOUNS:
        return agents
    return [a for a in agents if lemma_of(a.head.head) in MAKING_VERBS]


def _own_patient(tok, a1_tok, a1: int, actors: Resolver) -> bool:
    """ "X was beaten by a squad of ...": a passive's doer that resolves to the one the passive is about is a wrong
    resolution of the "by" phrase (no one is done to "by" himself), so the passive's subject never acts (the
    subject itself may: "troops were deployed")."""
    verb = tok.head if tok.dep_ == "conj" else tok
    patient = child_of(tok, "nsubjpass") or child_of(verb, "nsubjpass")
    return patient is not None and patient != a1_tok and actors.resolve(patient) == a1


def _quote_speaker(cand: Candidate, source: _Source, actors: Resolver) -> _Source:
    """The speaker the quote extractor gave the quote this reporting verb cues, when the event's source is
    another actor: it reads the whole article for who speaks ("'I cannot accept X's lies,' he said": "he" is the
    last speaker, not X). Not when the speaker is one of the names coordinated with the source ("A, B and C
    argued": a source each), the source is a person's name, or it comes from a governing verb's clause."""
    tok = cand.match.tok
    speaker = actors.cue_speakers.get(tok.i)
    if speaker is None or speaker == source.entity or cand.anchor is not tok:
        return source
    # "The X government has announced", "X's negotiator said": the clause names someone finer than a country
    if actors.actor_type(speaker) == "country" and actors.actor_type(source.entity) != "country":
        return source
    if source.tok is not None and (
        source.tok.ent_type_ == "PERSON"
        or speaker in _more_sources(source, set(), actors, [tok, *cand.extra])
        or _named_in_modifier(source.tok, speaker, actors)
    ):
        return source  # a person the clause names ("with X asserting") is who speaks
    return _Source(source.tok, speaker, True)


def _announced_by(cand: Candidate, source: _Source, actors: Resolver) -> _Source:
    """ "Foreign Minister X said Brasilia would work with Y", "Prime Minister X has asserted that the UK will provide
    aid": an intent (03) in a clause reported by a person of the same country as the body that would act is that
    person's statement of the intent, so the person is the source (CAMEO codes an intent by who states it; a body of
    another country, or the speaker's own person, keeps the clause's subject)."""
    if root_of(cand.code) != "03" or actors.actor_type(source.entity) not in _SPOKEN_FOR:
        return source
    clause = cand.match.tok
    while clause.dep_ in ("xcomp", "acomp", "conj") and clause.head != clause:
        clause = clause.head  # "was willing to work with", "will continue to provide"
    verb = clause.head
    if clause.dep_ != "ccomp" or control_classes().get(lemma_of(verb)) != "report":
        return source
    speaker_tok = subject_of(verb)
    speaker = actors.resolve(speaker_tok) if speaker_tok is not None else None
    one, two = actors.info.get(speaker), actors.info.get(source.entity)
    if speaker is None or not (one and two and one[0] == "person" and one[1] and one[1] == two[1]):
        return source
    return _Source(speaker_tok, speaker, source.via_speaker)


# Bodies a person of their country announces the plans of: a country, its government, a party; not a group
# ("the police chief said rebels would attack" is no intent of his).
_SPOKEN_FOR = frozenset({"country", "organization"})


def _named_in_modifier(head, speaker: int, actors: Resolver) -> bool:
    """The speaker is named only in the complement or possessor of a subject that names people by their relation
    to someone ("Supporters of Mr X claimed", "critics of X accused him", "X's rivals said"): the supporters,
    critics and rivals speak, not X, whom the quote extractor may take from inside the phrase. Not a name in
    apposition down there ("a friend of the victim, X, said": X may be the friend)."""
    if lemma_of(head) not in _RELATION_NOUNS:
        return False  # "his nominee for commerce secretary, X": a post the subject holds, not someone else
    return any(
        actors.phrase(t) == speaker
        for c in head.children
        if c.dep_ == "poss" or (c.dep_ == "prep" and c.text in _COMPLEMENT_PREPS)
        for t in c.subtree
        if t.pos_ in ("PROPN", "NOUN", "PRON") and not _through_apposition(t, head)
    )


# People named by their relation to someone else (resolver), who never speak for that someone.
_RELATION_NOUNS = word_set("relation_nouns") | word_set("not_owner_nouns")

# Prepositions that tie a person to whom they relate ("supporters of X", "critics from X"); not a given name the
# parser tags a preposition ("Per Stig Moller").
_COMPLEMENT_PREPS = frozenset({"of", "for", "from"})


def _through_apposition(tok, head) -> bool:
    """An apposition on the way from ``tok`` up to ``head``."""
    while tok != head and tok.head != tok:
        if tok.dep_ == "appos":
            return True
        tok = tok.head
    return False


_BODY_ENTS = frozenset({"ORG", "NORP", "GPE"})
_THIRD_PERSON = frozenset({"he", "she", "they"})  # not "it": "'It's cynical to say …,' said X"


def _named_by_apposition(a1_tok, actors: Resolver):
    """ "The company that edited the film, RDF Media, apologised": a description the actor pass leaves free names
    its actor in the apposition (when the parser hangs it on the verb as a second subject, ``subject_of`` takes it
    already); (token, actor) of the apposition, else (``a1_tok``, None)."""
    named = child_of(a1_tok, "appos")
    a1 = actors.doer(named) if named is not None else None
    return (named, a1) if a1 is not None else (a1_tok, None)


def _country_of_weapon(a1_tok, actors: Resolver) -> int | None:
    """ "an Israeli shell killed 19 civilians", "Russian missiles struck the port": a thing that does violence,
    unowned by any actor, is fired by the country its demonym names (demonyms.country_actor: not "the Israeli
    shells", pointing back); not a caption word glued before the sentence ("Pakistan Two bombs exploded")."""
    if a1_tok.pos_ != "NOUN" or a1_tok.ent_type_:
        return None
    for c in a1_tok.children:
        if c.i >= dateline_end_of(c) and (found := country_actor(c, actors.doer_info)) is not None:
            return found
    return None


def _pronoun_fits(pronoun, entity: int, actors: Resolver) -> bool:
    """ "it" never stands for a person. ("he" may stand for the body a person acts for: "the prosecutor of
    the ICC said he had opened ..." is coded for the ICC, as CAMEO codes officials by their organisation.)"""
    if pronoun is None or pronoun.pos_ != "PRON" or pronoun.lower_ not in ("it", "its"):
        return True
    return actors.actor_type(entity) != "person"


# Praise, defence, rallying support, recognition, apology, forgiveness: done by joint subjects together
# ("Backed by Syria and Iran, Hezbollah ..."), not to each other, unless the predicate is mutual.
_ONE_WAY_CODES = frozenset({"051", "052", "053", "054", "055", "056"})


def _in_report(t, verb) -> bool:
    """``t`` is in what "report" reports (its object, its passive subject, what they are about), not whom it is
    reported to ("reported the incident to the UN")."""
    return lemma_of(verb) == "report" and not (t.dep_ == "pobj" and t.head.lower_ == "to")


def _explicit_target(cand: Candidate, source: _Source, targets: list, actors: Resolver) -> _Target:
    """The partner of a joint subject in a mutual event, else the first target candidate that resolves to
    another actor."""
    a1_tok, a1, root = source.tok, source.entity, root_of(cand.code)
    tok, anchor = cand.match.tok, cand.anchor
    # the trigger's own noun: "filed a lawsuit against X" is aimed at X
    own_words = {tok, anchor, *cand.match.used}
    if (
        a1_tok is not None
        and root in RECIPROCAL_ROOTS
        and ((root not in COAGENT_ROOTS and cand.code[:3] not in _ONE_WAY_CODES) or _mutual(cand, own_words))
        and not _other_party_named(targets, a1, own_words, actors)
        and not _joint_strike(cand, root, own_words)
    ):
        # "Kyrgyz and Tajik guards clashed near X": not the place
        partner = partner_of(a1_tok, a1, actors, meeting=root == "04")
        if partner is not None:
            return _Target(partner, None)
    for t in [x for c in targets for x in [c, *examples_of(c)]]:  # "companies such as X": X
        if a1_tok is not None and (t == a1_tok or _inside_source(t, a1_tok, tok)):
            continue
        if in_absolute(t) or _reported_by(t):
            continue  # "..., with France providing support"; "according to X": neither is acted on
        if is_coagent(t, cand.code, own_words):
            continue  # "investigated by X with the assistance of Y", "along with Y": Y acted beside X
        if cand.code == "010" and _in_report(t, tok):
            continue  # "reported a protest against X", "X was reported by media to have left": news, not a party
        if cand.code in _CONTENT_CODES and _said_thing(t, tok):
            continue  # "reiterated the President's position", "announced settlements": what was said, not to whom
        if cand.code in _CONTENT_CODES and _doer_of_a_thing(t, own_words):
            continue  # "stressed the need for approval by X", "described the check received from X": what it is about
        if (
            t.dep_ == "pobj"
            and t.head.lower_ == "about"
            and (root not in _COMPLAINT_ROOTS or t.head.head not in own_words)
        ):
            continue  # "complained about X", "concern about X"; not "talked about X" nor "a report about X"
        if root in _FORCE_ROOTS and _instrument(t):
            continue  # "attacked the base with drones": what it was done with
        if root in _OBJECTING_ROOTS and t.head.head not in own_words and _victim_of_objected_act(t):
            continue  # "condemned the attack on the embassy of India": India suffered it
        if a1_tok is not None and _the_other(t) and (partner := partner_of(a1_tok, a1, actors)) is not None:
            return _Target(partner, t)  # "both police and protesters accuse the other side": each the other
        if (seat := _mission_country(t, actors)) is not None and seat != a1:
            return _Target(seat, t)  # "demonstrated outside the British embassy": Britain, not a place
        if (
            root in _PLACE_FREE_ROOTS
            and t.ent_type_ in ("FAC", "LOC")
            and t.dep_ not in ("dobj", "nsubjpass")
        ):
            continue  # "the airstrike at Baghdad International Airport", "rallied at Freedom Plaza": a place
        if root not in _INVESTED_ROOTS and invested_in(t):
            continue  # "announced new investments in its Ohio plants": where the money goes is no party of a statement
        if (
            root not in _PLACE_AS_PARTY_ROOTS
            and is_location_adjunct(t)
            and not _holds_struck(t, tok, root)
            and not (
                root in _INVESTED_ROOTS and invested_in(t) and named_country(entity_text(t), actors.info)
            )
        ):
            continue  # "a helicopter attack in X", "fired shots in X": where, not whom
        if root not in _OCCASION_AS_PARTY_ROOTS and is_occasion(t):
            continue  # "demanded at the UN climate talks that ...": the occasion, not whom
        if is_generic(t) and (root == "01" or not acted_on_person(t)):
            continue  # "the House impeaches an official": nobody in particular; "told a reporter": no party
        if t.dep_ == "pobj" and t.head.lower_ in ("on", "via", "through", "in") and _channel(t):
            continue  # "said on Twitter", "announced on Facebook": where it was said, not to whom
        if (
            root != "01"
            and t.dep_ == "pobj"
            and t.head.lower_ in ("for", "over")
            and patient_noun(t)
            and not punitive_demand(t, root)
        ):
            continue  # "sentenced for her murder": its victim is no party ("took responsibility for" is 015's)
        if (
            root in _DONE_TO_ROOTS
            and t.dep_ == "pobj"
            and t.head.lower_ == "of"
            and _act_on_someone(t.head.head)
        ):
            continue  # "condemned the killing of X", "negotiated the release of X": X is whom it was done to
        if root in _DONE_TO_ROOTS and _act_on_someone(t):
            value = actors.resolve(t, preps=("by",))  # "protested the arrest of X (by Y)": Y is objected to
        else:
            value = actors.resolve(t)
        if value is not None and root not in _FORCE_ROOTS and _gathering_people(t, value, actors):
            value = None  # "organized the protests": the people at a gathering are acted on only by force
        if value is None and (region := states_in(t)) is not None:
            t, value = (
                region,
                actors.resolve(region),
            )  # "aid to countries in Africa and Asia": Africa (and Asia)
        if value is not None and actors.actor_type(value) == "other" and water_body(t):
            value = None  # "a Russian blockade of the Black Sea ports": water is nobody (Russia's act is objected to)
        # "stormed the city of X", "shelled X": X's country; a place of the actor's own country stays as named
        # ("recognized Hawaii as a nation")
        seat = place_party(t, value, actors.info)
        if seat != a1 and not actors.own_country(a1, seat):
            value = seat
        if value is None and root != "01" and t.lower_ in ("me", "us"):
            value = quoted_speaker(t, actors.quoted)  # '"X blamed me," Y said': Y
        if value is None and (named := addressed(t)) is not None:
            value = actors.resolve(named)  # "Thank you, Senator Smith": the one spoken to
        if value is None and root != "01" and (to := letter_addressee(t, a1, actors)) is not None:
            value = to  # 'sent a letter to X … "We urge you to …"': X
        if value is None and root != "01" and t.pos_ == "NOUN" and (owner := child_of(t, "poss")) is not None:
            # '"X is joining my coalition," Y said': its owner, Y; not "our" (a firm's, a nation's, a people's)
            value = quoted_speaker(owner, actors.quoted) if owner.lower_ == "my" else None
        if value is None and t.pos_ == "PRON":
            value = actors.resolve(_earlier_object(t))  # "arrested a man and released him": the man
        if value is None and root in _OBJECTING_ROOTS and (earlier := _owned_before(t)) is not None:
            # "tendered his resignation to X, but X rejected the resignation": his
            value = actors.resolve(earlier)
        if value is None and root != "01" and t.pos_ == "PRON":
            value = quoted_person(t, actors)  # '"X is consulting and we will work with him," Y said': X
        if value is None and (root in _OWNED_THINGS_ROOTS or t.tag_ == "NN" or _objected_acts(t, root)):
            # "destroyed a Georgian rail bridge", "rejected the Iranian proposal": the country named by the adjective
            # (a plural is struck only by force or cut off by sanctions, "an embargo on Georgian goods": "holds
            # Rwandan asylum seekers" may be people of no actor; but "condemned Indian airstrikes" objects to acts,
            # and acts are their doer's)
            value = _owner_country(t, actors, root)
        if value is None and opposed(t):  # "anti-Japan protests": the actor pass names no Japan there
            value = named_country(t.text, actors.info)
        if value is None and root in _OBJECTING_ROOTS and t.pos_ == "NOUN" and not t.ent_type_:
            # "a protest against a speech given by X", "criticised the plan drawn up by X" (or "the plan, which was
            # drawn up by X"): its author
            agents = participle_agents(t) + relative_agents(t)
            value = next((v for a in agents if (v := actors.resolve(a)) is not None), None)
        if value == a1 and (pair := actors.pair_for(t)) is not None:
            value = pair[1]  # "X urged both sides": X is one of them, so the other
        if value is not None and actors.pair_for(a1_tok) is not None and value == actors.phrase(a1_tok):
            continue  # "the leaders reaffirmed their commitment": "their" is the two sides themselves
        if value is not None and _place_as_person(t, value, actors):
            continue  # "arrived in Ras Lanouf" with the town typed a person: no party the sentence names
        if value in actors.quoted_parties and (root == "01" or not inside_quotes(tok)):
            continue  # 'said: "This aims to restrict young teenagers ..."': what is said of people is no act on them
        if value is not None and actors.own_country(a1, value):
            continue  # "Corbyn called the move ... on our democracy": his own country is not the target
        if value is not None and _own_forces(t, a1, value, root, actors, own_words):
            continue
        if value is not None and (value != a1 or one_on_another(root, a1_tok, t)):
            return _Target(value, t)
    return _Target(None, None)


_FORCE_NOUNS = word_set("force_nouns")


def _gathering_people(t, value: int, actors: Resolver) -> bool:
    """``t`` is a gathering the actor pass read as the people at it (actors.generic.gathering_acted_on), ``value``:
    no modifier of it names an actor of its own."""
    return gathering_acted_on(t) and not any(
        actors.resolve(c) not in (None, value) for c in t.children if c.dep_ in ("amod", "compound", "nmod")
    )


def _place_as_person(t, value: int, actors: Resolver) -> bool:
    """A place after a locative preposition the actor pass typed a person: a place names a party only through
    its country, never as a person."""
    return (
        t.dep_ == "pobj"
        and t.head.lower_ in ("in", "at")
        and t.ent_type_ in ("GPE", "LOC", "FAC")
        and actors.actor_type(value) == "person"
    )


def _holds_struck(t, trigger, root: str) -> bool:
    """``t`` is the named place holding the villages or targets an act of force hit (targets.struck_within): the
    party it was aimed at, not only where it happened."""
    return root in _VIOLENCE_ROOTS and trigger.pos_ == "VERB" and t in struck_within(trigger)


def _inside_source(t, a1_tok, trigger) -> bool:
    """``t`` is a word of the source's own noun phrase ("demonstrators from the group X clash with police",
    "associates of X alleged"): who the source is, not whom it acts on; not a conjunct of the source ("attacks between
    X and Y") nor when the trigger is in that phrase too."""
    left, right = a1_tok.left_edge.i, a1_tok.right_edge.i
    if not left <= t.i <= right or left <= trigger.i <= right:
        return False
    while t != a1_tok and t.dep_ != "conj":  # "attacks between X and Y": Y is X's partner
        t = t.head
    return t == a1_tok


def _own_forces(t, a1: int | None, value: int, root: str, actors: Resolver, own_words: set) -> bool:
    """ "refused to withdraw its troops", "the withdrawal of Russian forces", "agreed to have its forces leave": a
    party's own forces named in what it would do are what it acts with, not on (outside the roots of force and
    posture, where a state may deploy, arrest or fight its own soldiers; "praised its soldiers" is on them)."""
    governor = t.head.head if t.dep_ == "pobj" else t.head
    of = next((o for p in prep_children(t) if p.lower_ == "of" and (o := pobj_of(p)) is not None), None)
    forces = lemma_of(t) in _FORCE_NOUNS or (of is not None and lemma_of(of) in _FORCE_NOUNS)
    if root in _FORCE_ROOTS or root == "15" or governor in own_words or not forces:
        return False
    one, two = actors.info.get(a1), actors.info.get(value)
    return bool(one and two and two[0] == "group" and one[1] and one[1] == two[1])


_INSTRUMENTS = word_set("arms") | word_set("armed_backing") | word_set("hand_weapons") | word_set("vehicles")


def _instrument(t) -> bool:
    """The X of "with X" when X is a weapon or vehicle: the means of a violent act, never its target."""
    return t.dep_ == "pobj" and t.head.lower_ == "with" and lemma_of(t) in _INSTRUMENTS


# Statements whose target is whom they were said to; what they were about is no party (pessimism about X, 012,
# and optimism, 013, take their subject; the rest of root 01 takes an addressee or a partner anyway).
_CONTENT_CODES = frozenset({"010", "014", "015"})
_HEARER_VERBS = word_set("hearer_verbs")


def _said_thing(t, trigger) -> bool:
    """A common noun the statement verb takes as object, or its "of" complement, unless the verb takes its hearer
    so ("told the families"): "reiterated the President's position", "noted the importance of X relations" name
    what was said and whose it is, not whom it was said to."""
    while t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN":
        t = t.head.head
    return (
        t.dep_ == "dobj"
        and t.head == trigger
        and t.pos_ == "NOUN"
        and not t.ent_type_
        and lemma_of(trigger) not in _HEARER_VERBS
    )


def _doer_of_a_thing(t, own_words: set) -> bool:
    """The X of "abuses by X", "tactics used by X", "the check she received from X": who did or gave what a noun
    other than the trigger's own names."""
    if t.dep_ != "pobj" or t.head.lower_ not in ("by", "from"):
        return False
    holder = t.head.head
    if holder.dep_ in ("acl", "relcl") and holder.pos_ == "VERB":
        if t.head.lower_ == "from" and lemma_of(holder) not in RECEIVE_VERBS:
            return False
        holder = holder.head
    elif t.head.lower_ == "from":
        return False
    return holder.pos_ == "NOUN" and holder not in own_words


def _reported_by(t) -> bool:
    """The X of "according to X": who reports the event, never its target."""
    prep = t.head
    return t.dep_ == "pobj" and prep.lower_ == "to" and prep.i > 0 and prep.nbor(-1).lower_ == "according"


def _victim_of_objected_act(t) -> bool:
    """ "the attack on X", "sanctions against X", "the crackdown on X": whom the act an objection is about was
    aimed at (the objection is aimed at whoever did it); the act is any event noun of the codebook."""
    if t.dep_ != "pobj" or t.head.lower_ not in ("on", "upon", "against") or t.head.head.pos_ != "NOUN":
        return False
    act = t.head.head
    return _act_on_someone(act) or (lemma_of(act), "N") in lexicon()


def _date_phrase(tok) -> bool:
    """ "on February 24" hung on a noun: when, which names no other thing."""
    return tok.dep_ == "prep" and (obj := pobj_of(tok)) is not None and obj.ent_type_ in ("DATE", "TIME")


def _owned_before(noun):
    """The earlier mention with an owner that a bare definite object names again: "X tendered his resignation to Y,
    but Y rejected the resignation", "She presented her budget. The assembly rejected the budget." — the same noun
    with a possessive, in this sentence or the one before; else None."""
    if (
        noun.pos_ != "NOUN"
        or noun.ent_type_
        or noun.dep_ not in ("dobj", "nsubjpass", "pobj")
        or [(c.dep_, c.lower_) for c in noun.children if not _date_phrase(c)] != [("det", "the")]
    ):
        return None
    sent = noun.sent
    start = noun.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    lemma = lemma_of(noun)
    return next(
        (
            t
            for t in reversed(noun.doc[start : noun.i])
            if t.pos_ == "NOUN" and lemma_of(t) == lemma and child_of(t, "poss") is not None
        ),
        None,
    )


_OBJECT_PRONOUNS = {"him": "NN", "her": "NN", "them": "NNS"}


def _earlier_object(pronoun):
    """What an object pronoun the actor coder left unresolved refers to, when the clause it sits in is joined to an
    earlier one that acted on someone of its number: "arrested a 66-year-old man and released him on bail"."""
    tag = _OBJECT_PRONOUNS.get(pronoun.lower_)
    verb = pronoun.head
    if (
        tag is None
        or pronoun.dep_ != "dobj"
        or verb.dep_ not in ("conj", "advcl")
        or verb.head.pos_ != "VERB"
    ):
        return None
    earlier = child_of(verb.head, "dobj", "nsubjpass")
    if earlier is None:  # "found a man walking home and assaulted him": the man of the small clause
        small = next((c for c in (verb.head, *verb.head.children) if small_clause(c)), None)
        earlier = child_of(small, "nsubj") if small is not None else None
    if earlier is None or earlier.i > pronoun.i or earlier.tag_ != tag or earlier.pos_ != "NOUN":
        return None
    return earlier


def _the_other(t) -> bool:
    """ "the other side", "the other", "each other", "one another": whoever the subject is joined with."""
    if lemma_of(t) in ("other", "another"):
        before = t.doc[t.i - 1].lower_ if t.i > 0 else ""
        return before in ("each", "one") or any(c.lower_ in ("each", "one", "the") for c in t.children)
    return lemma_of(t) in ("side", "party") and any(c.lower_ == "other" for c in t.children)


_MISSION_NOUNS = word_set("mission_nouns")


def _mission_country(t, actors: Resolver) -> int | None:
    """The article's actor for the country whose embassy or consulate ``t`` names ("the British embassy", "the
    US Embassy", "Israel's consulate"), else None."""
    if lemma_of(t) not in _MISSION_NOUNS:
        return None
    for c in t.children:
        if c.dep_ in ("amod", "compound", "nmod", "poss") and c.ent_type_ in ("NORP", "GPE"):
            seat = named_country(entity_text(c), actors.info)
            if seat is not None:
                return seat
    return None


_AIMED_PREPS = frozenset({"on", "at", "against", "into", "upon"})


def _owner_country(t, actors: Resolver, root: str) -> int | None:
    """The article's actor for the country whose thing was struck, seized, rejected or alleged, named only by an
    adjective on the object ("shot down a Ukrainian passenger jet", "alleged Iranian involvement"): CAMEO's target
    is its owner; and the host of a visit to a place so named ("paid a visit to the Libyan capital")."""
    aimed_at = t.dep_ == "pobj" and (
        t.head.lower_ in _AIMED_PREPS  # "opened fire on Cambodian positions"
        or (root in _PLACE_AS_PARTY_ROOTS and t.head.lower_ == "to")
    )
    if (
        (t.dep_ not in ("dobj", "nsubjpass") and not aimed_at)
        or t.pos_ != "NOUN"
        or t.ent_type_
        or person_like(t)
    ):
        return None  # "arrested a British man": a person is an actor of his own, not his country
    for c in t.children:
        if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("NORP", "GPE"):
            return named_country(entity_text(c), actors.info)
    return None


_SPEECH_CHANNELS = word_set("speech_channels")


def _channel(tok) -> bool:
    return tok.lower_ in _SPEECH_CHANNELS or lemma_of(tok) in _SPEECH_CHANNELS


# Disapproval, rejection and protest: aimed at whoever did what they object to.
_OBJECTING_ROOTS = frozenset({"11", "12", "14"})
_COMPLAINT_ROOTS = frozenset({"11", "14"})
# Roots whose object may be an act on someone ("condemned the arrest of X", "negotiated the release of X"): the
# one it was done to is no party (its doer is: "by Y").
_DONE_TO_ROOTS = _OBJECTING_ROOTS | {"04"}
_DAMAGE_NOUNS = word_set("damage_nouns")


def _act_on_someone(noun) -> bool:
    """ "the arrest of X", "the vandalism of X's statue": an act whose "of" complement is who or what it was done
    to, never the one an objection is aimed at."""
    return noun.pos_ == "NOUN" and (patient_noun(noun) or lemma_of(noun) in _DAMAGE_NOUNS)


def _other_party_named(targets: list, a1: int | None, own_words: set, actors: Resolver) -> bool:
    """ "X and Y met with Z", "called Z", "spoke to Z", "thanked Z": a party named as the trigger's object or its
    with/to partner, so X and Y are co-subjects acting on Z, not each other's partners."""
    return any(
        (
            (t.dep_ == "dobj" and t.head in own_words)
            or (t.dep_ == "pobj" and t.head.lower_ in ("with", "to") and t.head.head in own_words)
        )
        and actor_like(t)  # "discussed the range of U.S.-Nigerien collaboration" names no one met
        and actors.resolve(t) not in (None, a1)
        for t in targets
    )


def _mutual(cand: Candidate, own_words: set) -> bool:
    """A predicate both parties do to each other ("agreed to cooperate", "pledged cooperation"). For praise,
    support, recognition (051-056) only the trigger's own words count: "X and Y welcomed the agreement" is a joint
    welcome, not X welcoming Y."""
    words = own_words if cand.code[:3] in _ONE_WAY_CODES else cand.anchor.subtree
    return any(lemma_of(t) in MUTUAL for t in [cand.match.tok, *words])


def _joint_strike(cand: Candidate, root: str, own_words: set) -> bool:
    """An act of force with an object or a passive subject of its own ("Bolivian and Peruvian troops attacked the
    camp", "the raid was repelled by Iraqi and US forces"): the joint doers struck it together, not each other (a
    clash, a fight or an exchange of fire is between them)."""
    tok = cand.match.tok
    return (
        root in _VIOLENCE_ROOTS
        and (is_passive(tok) or child_of(tok, "dobj") is not None)
        and not _mutual(cand, own_words)
    )


def _objected_acts(t, root: str) -> bool:
    """ "condemned Indian airstrikes", "protested US sanctions": an objection to acts the lexicon knows."""
    return root in _OBJECTING_ROOTS and t.pos_ == "NOUN" and (lemma_of(t), "N") in lexicon()


def _implied_target(cand: Candidate, source: _Source, targets: list, sent, actors: Resolver) -> int | None:
    """A target the sentence or the article implies (implicit_targets.py), in order of trust."""
    a1_tok, a1, root = source.tok, source.entity, root_of(cand.code)
    if (pair := actors.pair_for(a1_tok)) is not None and a1 == pair[0]:
        return pair[1]  # "the two sides agreed": each acts towards the other
    if (
        cand.match.pattern.pos == "V"
        # what a statement says ("released a statement supporting this ruling") has its own object or no target:
        # the article's lead behind "the move" is, on such pages, the briefer who reads the statement out
        and not says_statement(cand.match.tok)
        and (a2 := implicit_target(cand.match.tok, cand.code, a1, actors)) is not None
    ):
        return a2
    if (a2 := referred_party(targets, a1, root, actors)) is not None:
        return a2
    if root in _VIOLENCE_ROOTS and (a2 := attacked_country(sent, a1, actors)) is not None:
        return a2
    if root in CONDITIONAL_ROOTS:
        return condition_subject(cand.anchor, a1, actors)
    return None


_TRADING = word_set("trading_verbs")
_FUNDING = word_set("funding_verbs")


def _needs_missing_target(cand: Candidate, source: _Source, targets: list) -> bool:
    """A code that needs a second party (targets.needs_target), trade ("was exporting grain", "sell natural
    products": commerce unless a partner is named) or funding ("the repairs are funded by the ministry": spending
    unless a recipient is named; "funding proxies" funds people), and no party named that could be it."""
    a1_tok = source.tok
    tok = cand.match.tok
    trade = root_of(cand.code) == "06" and lemma_of(tok) in _TRADING and child_of(tok, "dative") is None
    trade = trade or (
        root_of(cand.code) == "07" and lemma_of(tok) in _FUNDING and not person_like(acted_on(tok))
    )
    return (trade or needs_target(cand.code, cand.transformed)) and not (
        has_partner(a1_tok)
        or any(
            t is not a1_tok
            and not is_generic(t)
            and (actor_like(t) or lemma_of(t) in CLAIM_NOUNS or lemma_of(t) in _PARTY_BODIES)
            for t in targets
        )
    )


def _checks(
    cand: Candidate, source: _Source, target: _Target, sent, sent_index, actors: Resolver, carried
) -> Checks:
    """The checks the event passed or failed (confidence.Checks)."""
    m, anchor, a1_tok = cand.match, cand.anchor, source.tok
    tok = m.tok
    direct = (
        a1_tok is not None
        and not source.via_speaker
        and (a1_tok.head in (tok, anchor) or (a1_tok.dep_ == "pobj" and a1_tok.head.head in (tok, anchor)))
    )
    return Checks(
        lead=sent_index == 0,
        main_clause=anchor.dep_ == "ROOT",
        words=len(sent),
        source_type=actors.actor_type(source.entity),
        target_type=actors.actor_type(target.entity),
        target_implied=target.entity is not None and target.tok is None,
        target=target.entity is not None,
        source_direct=direct,
        source_named=a1_tok is not None
        and any(
            t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
            for t in [a1_tok, *(c for c in a1_tok.children if c.dep_ in ("appos", "compound", "poss"))]
        ),
        noun=m.pattern.pos == "N",
        carried=tok.i in carried,
        transformed=cand.transformed,
        statement=cand.code == "010",
        reported=speaker_of(tok) is not None,
        pronoun_source=a1_tok is not None and a1_tok.pos_ == "PRON",
        other_names=target.entity is None and names_other_party(sent, a1_tok, source.entity, actors),
        place_party=any(actors.actor_type(e) == "other" for e in (source.entity, target.entity)),
        root=root_of(cand.code),
    )


def _rows(
    doc,
    sent,
    sent_index,
    cand: Candidate,
    source: _Source,
    target: _Target,
    conf,
    actors,
    published_at,
    both_ways: bool = False,
):
    """One Event per target: the chosen one and the names coordinated with it; with ``both_ways`` (a meeting with
    a named partner) also each partner's own row towards the source."""
    m = cand.match
    tok = m.tok
    words = [tok, *cand.extra, *m.used] if m.pattern.pos == "V" else [tok, *cand.extra]
    words = [w for w in words if sent.start <= w.i < sent.end]
    governors = [w for w in cand.extra if w.pos_ in ("VERB", "AUX", "ADJ")]
    speaker_verb = tok.head if tok.dep_ in ("ccomp", "parataxis") else None
    date_text = event_date_of(
        tok,
        governors + ([speaker_verb] if speaker_verb is not None else []),
        published_at,
        actors.dates.get(sent.start, []),
    )
    trigger = trigger_text_of(doc, words)
    a1, a2 = source.entity, target.entity
    targets = [a2, *more_targets(target.tok, {a1, a2}, actors)]
    pairs = [
        (doer, entity)
        for doer in [a1, *_more_sources(source, set(targets), actors, words)]
        for entity in targets
    ]
    if both_ways:
        pairs += [
            (entity, doer)
            for doer, entity in pairs
            if None not in (doer, entity)
            and doer != entity
            and (entity, doer) not in pairs
            and actors.actor_type(entity) != "other"
        ]
    return [
        Event(
            sentence_index=sent_index,
            actor1_entity=doer,
            actor2_entity=entity,
            cameo_code=cand.code,
            trigger_text=trigger,
            sentence_text=sentence_text(sent).strip(),
            confidence=conf,
            event_date=date_text,
        )
        for doer, entity in pairs
    ]


def _coordinated(head, words: list) -> list:
    """The names coordinated with ``head``, in order, up to the one after "and"/"or" that closes the list ("Syria
    and Iran, Hezbollah and its allies are ...": not Hezbollah); none when a conjunct is followed by a verb of its
    own ("by the protesters and leader X has threatened": two clauses the parser joined)."""
    chain, todo = [], [c for c in head.children if c.dep_ == "conj"]
    while todo:
        c = min(todo, key=lambda t: t.i)
        todo.remove(c)
        chain.append(c)
        if c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].dep_ == "cc":
            break  # the list is closed
        todo += [g for g in c.children if g.dep_ == "conj"]
    every = [t for t in head.subtree if t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN")]
    if any(_other_verb(_after_name(c), words) for c in every):
        return []
    return chain[:4]


def _after_name(tok):
    """The token after ``tok`` and the name words that follow it ("leader Kemal Ozkan has": "has"), or None."""
    doc, j = tok.doc, tok.i + 1
    while j < len(doc) and doc[j].pos_ == "PROPN":
        j += 1
    return doc[j] if j < len(doc) else None


def _other_verb(tok, words: list) -> bool:
    """A verb or auxiliary that is not the trigger's own ("X and Y have alleged": "have" is the trigger's; "X and Y
    reaffirmed ... and welcomed": "reaffirmed" shares its subject with the trigger it is coordinated with)."""
    return (
        tok is not None
        and tok.pos_ in ("AUX", "VERB")
        and tok not in words
        and tok.head not in words
        and not any(w.dep_ == "conj" and w.head == tok for w in words)
    )


def _same_name(first, other) -> bool:
    """Both tokens inside one named entity ("Lothian and Borders Police")."""
    start = other.i
    while start > 0 and other.doc[start].ent_iob_ == "I":
        start -= 1
    return other.ent_iob_ == "I" and start <= first.i < other.i


def _more_sources(source: _Source, taken: set, actors: Resolver, words: list) -> list[int]:
    """The names coordinated with the source, each a source of its own ("Russia and China condemned X": two
    condemnations); none when one of them is already the other side ("X and Y held talks": Y is the target)."""
    if source.via_speaker or source.tok is None:
        return []
    others: list[int] = []
    for c in _coordinated(source.tok, words):
        if _same_name(source.tok, c) or not raw_actor_like(c):
            continue  # "Lothian and Borders Police" is one name; "the TTP and the government's inability" no party
        value = actors.doer(c)
        if value is not None and value != source.entity and value not in others:
            others.append(value)
    return [] if any(o in taken for o in others) else others
