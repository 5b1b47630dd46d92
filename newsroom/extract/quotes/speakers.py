"""Speaker attribution: who performs a reporting verb (its subject, "according to X", a message's
author, a governing verb's subject), resolved for every cue in document order."""

from __future__ import annotations

from typing import NamedTuple

from spacy.attrs import DEP, LOWER, POS
from spacy.tokens import Token

from newsroom.extract.actors.descriptions import speaking_body
from newsroom.extract.actors.registry import ActorMention
from newsroom.extract.actors.roles import office_in_body, serves_a_person
from newsroom.extract.datelines import past_dateline
from newsroom.extract.events.codebook import word_set
from newsroom.extract.lexicon import generic_agents, org_anaphors, people_nouns, person_nouns
from newsroom.extract.quotes.bare_clauses import adjectival_cue_clause, adjectival_cue_speaker
from newsroom.extract.quotes.context import FINITE_TAGS, SUBJECT_DEPS, Context, Speaker
from newsroom.extract.quotes.court_papers import is_court_paper, named_makers
from newsroom.extract.quotes.cues import cue_text, is_cue, nominal_cue_parts
from newsroom.extract.quotes.letters import letter_addressee, letter_sender
from newsroom.extract.quotes.names import (
    appositive_name,
    first_mention_token,
    name_before,
    name_mention,
    named_subject,
    nearest_name_before,
    noun_phrase,
)
from newsroom.extract.quotes.pronouns import plural_checked, previous_speaker
from newsroom.extract.quotes.reason_gerunds import reason_doer
from newsroom.extract.quotes.speaker_words import cannot_speak
from newsroom.extract.scan import indices_with
from newsroom.given_names import given_names

CLIMB_DEPS = frozenset({"conj", "advcl", "xcomp", "ccomp", "acl", "pcomp", "prep", "dep", "parataxis"})
MAX_MENTION_CHARS = 80
_MESSAGE_NOUNS = frozenset(
    {
        "statement",
        "report",
        "letter",
        "post",
        "communique",
        "communiqué",
        "release",
        "figure",
        "data",
        "estimate",
        "survey",
        "tally",
        "count",
        "tweet",
        "message",
        "interview",
        "speech",
        "remark",
        "comment",
        "announcement",
        "address",
        "briefing",
        "video",
        "summary",
        "ruling",
        "opinion",
        "decree",
        "order",
        "petition",
        "lawsuit",
        "complaint",
        "motion",
        "excerpt",
        "book",
        "memoir",
        "memo",
        "article",
        "piece",
        "transcript",
        "filing",
        "study",
        "research",
        "analysis",
        "projection",
        "forecast",
        "poll",
        "theory",
        "rumour",
        "rumor",
        "disclaimer",
        "publication",
        "newspaper",
        "editorial",
        "column",
        "essay",
        "broadcast",
        "conference",
        "resolution",
        "documentary",
        "commentary",
    }
)
# verbs of coming to have or see a message: their agent got it from someone else ("a memo seen by X", "the
# report, received by the government", "documents that X obtained"), it did not write it
_GETTING_VERBS = frozenset(
    {"see", "obtain", "receive", "review", "read", "acquire", "get", "intercept", "view"}
)
# things that carry words of their own: "pointed to a sign saying ...", "shared a photo showing ..."
_INSCRIBED_NOUNS = frozenset(
    {
        "sign",
        "story",
        "note",
        "banner",
        "placard",
        "poster",
        "notice",
        "label",
        "card",
        "email",
        "e-mail",
        "text",
        "headline",
        "caption",
        "website",
        "page",
        "document",
        "leaflet",
        "flyer",
        "billboard",
        "screen",
        "slide",
        "photo",
        "photograph",
        "picture",
        "image",
        "chart",
        "graphic",
        "map",
        "footage",
        "recording",
        "tape",
        "clip",
    }
)
# "quoted an aide saying ...", "cited officials saying ...": whom these verbs take as object speaks
_RELAYING_VERBS = frozenset({"quote", "cite"})
# the edges from a verb up to the reporting verb whose content holds it ("ran the risk of being labeled")
_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "pcomp", "prep", "pobj", "dobj", "conj"})
_INQUIRY_NOUNS = frozenset({"study", "research", "analysis", "survey", "poll"})
_SPEAKING_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_MEMBER_NOUNS = frozenset({"member"})
_BODY_PREPOSITIONS = frozenset({"for", "of", "at", "from"})
# "Part of the court order declared ...": the whole speaks, not the part
_PART_NOUNS = frozenset({"part", "portion", "section", "passage", "paragraph", "clause"})
# "the report", "this statement": a message told before
_POINTING_DETERMINERS = frozenset({"the", "this", "that"})
# "the team concludes": a research team named by the person leading it
_TEAM_NOUNS = frozenset({"team", "author", "researcher", "scientist", "investigator"})
_FELLOW_NOUNS = frozenset({"colleague", "co-author", "coauthor", "collaborator"})
# how far back "the report" or "the team" may point
_BACK_REACH_TOKENS = 600
# pieces an outlet puts out: "the article in the Herald" is the Herald's, and a film "aired on" a channel is the
# channel's (not "a statement in Parliament", nor a study a journal published)
_PUBLISHED_PIECES = frozenset(
    {"article", "piece", "editorial", "column", "essay", "documentary", "broadcast"}
)
_AIRING_VERBS = frozenset({"air", "broadcast", "screen", "publish", "print"})
# pieces whose "on" phrase as often names what they are about ("a commentary on the war"): their outlet only
# through a word for a medium ("a commentary on the X web site")
_TOPIC_PIECES = frozenset({"commentary"})
_MEDIUM_PHRASE_TOKENS = 12
_MEDIUM_OWNERS = frozenset({"ORG", "PERSON"})  # a name NER tags as a body or a person, not a place or date
_HYPHENS = frozenset({"-", "\u2010", "\u2011"})
# words for a medium an outlet runs, named in their own phrase ("the X web site", "the satellite channel X")
_MEDIUM_NOUNS = frozenset(
    {
        "channel",
        "network",
        "station",
        "site",
        "website",
        "broadcaster",
        "blog",
        "radio",
        "television",
        "newspaper",
    }
)
_OUTLET_PREPOSITIONS = frozenset({"in", "on"})
# "X said in a statement", "X announced through a press release": the message X made
_MEDIUM_PREPOSITIONS = frozenset({"in", "through", "via"})


def speaker_for_cue(cue: Token, ctx: Context, inverted: bool = False) -> Speaker | None:
    """Who performs the reporting verb, looked up once resolved (unless inverted); a pronoun right after another report is that speaker."""
    if not inverted and cue.i in ctx.cue_speakers:
        return ctx.cue_speakers[cue.i]
    speaker = _speaker_for_cue(cue, ctx, inverted)
    if speaker is not None and speaker.cue_i is None:
        speaker.cue_i = cue.i
    return speaker


def _speaker_for_cue(cue: Token, ctx: Context, inverted: bool) -> Speaker | None:
    outer = _reporting_an_unsaid_report(cue) or _reporting_a_passive_report(cue, ctx)
    if outer is not None:
        return speaker_for_cue(outer, ctx)
    token = _speaker_token(cue, ctx, inverted)
    if token is None or _extraposed(token, cue, ctx):
        return None
    token = _words_owner(token) or token
    if token.pos_ == "PRON":
        previous = previous_speaker(ctx, token, cue)
        if previous is not None:
            return Speaker(previous.entity, previous.mention, cue_text(cue))
        sender = letter_sender(ctx, token, cue)
        if sender is not None:
            return Speaker(sender.entity, sender.mention, cue_text(cue))
        if (addressee := letter_addressee(ctx, token, cue)) is not None:
            return Speaker(addressee, token.text, cue_text(cue))
        paper = _paper_it_stands_for(token, ctx)
        if paper is not None:
            return speaker_named_by(paper, cue, ctx)
    return plural_checked(token, speaker_named_by(token, cue, ctx), ctx)


def _words_owner(token: Token) -> Token | None:
    """'her words, “…”, reminding X of Y', 'his words drew …': whose words they are is who spoke them; a bare "the
    words" (or "the word X", a term) names no one."""
    if token.lemma_.lower() != "word" or token.tag_ != "NNS":
        return None
    return next((c for c in token.children if c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME")), None)


def _extraposed(subject: Token, cue: Token, ctx: Context) -> bool:
    """'It's hard to say that ...', 'it goes without saying that ...', 'it was good to remind people how ...': an
    infinitive or gerund cue whose speaker is the "it" of the clause above it says what no one is said to say."""
    return (
        subject.lower_ == "it"
        and subject.head.i != cue.i
        and cue.tag_ in ("VB", "VBG")
        and ctx.actors.actor_for_token(subject) is None
    )


def _reporting_a_passive_report(cue: Token, ctx: Context) -> Token | None:
    """'Cheney said the network ran the risk of being labeled "…"', 'claiming he had been promised freedom for
    becoming a "scapegoat"': a passive reporting verb with no one named as its agent, inside what another reporting
    verb reports, gives words its speaker uses; the verb reporting them (outside quotation marks: a parse may hang
    '"…," X was quoted as saying' on a verb inside the quotation)."""
    if cue.lemma_ == "quote" or not any(c.dep_ == "auxpass" for c in cue.children):
        return None
    if any(c.dep_ == "agent" for c in cue.children):
        return None
    token, content = cue, False
    for _ in range(MAX_SPEAKER_CLIMB):
        if token.dep_ not in _CONTENT_DEPS or token.head.i == token.i:
            return None
        content = content or token.dep_ == "ccomp"
        token = token.head
        if token.i in ctx.quoted:
            return None
        if (
            content
            and is_cue(token)
            and (token.tag_ == "VBG" or any(c.dep_ in SUBJECT_DEPS for c in token.children))
        ):
            return token
    return None


def _reporting_an_unsaid_report(cue: Token) -> Token | None:
    """'She said the union will protest ... to "defend our jobs"', 'asked if the king would announce new
    elections': a report that has not been made (a modal before the base form) inside what another reporting verb
    reports is that verb's speaker's words; the verb reporting it."""
    if cue.tag_ != "VB" or cue.dep_ != "ccomp" or not any(c.tag_ == "MD" for c in cue.children):
        return None
    outer = cue.head
    return outer if is_cue(outer) and any(c.dep_ in SUBJECT_DEPS for c in outer.children) else None


def speaker_named_by(token: Token, cue: Token, ctx: Context) -> Speaker:
    """The speaker a token names: its actor mention, else its noun phrase (and the actor that phrase resolves to);
    no one (an empty speaker) when the phrase names no one who could speak ("those", "The", "nearly the same percentage")."""
    if token.tag_ in ("WDT", "WP") and token.i > 0 and token.nbor(-1).pos_ in ("NOUN", "PROPN"):
        token = token.nbor(
            -1
        )  # "signs which read ...", however parsed: the noun the relative pronoun stands for
    elif token.tag_ in ("WDT", "WP"):
        token = _relative_antecedent(token) or token
    token = _words_owner(token) or token
    if is_court_paper(token):  # "the indictment alleges": the document, not the court or an actor made of it
        text = " ".join(noun_phrase(token).text.split())[:MAX_MENTION_CHARS] or None
        return Speaker(_court_paper_maker(token, ctx), text, cue_text(cue))
    mention = ctx.actors.mention_for_token(token)
    if mention is not None and _role_word_as_a_thing(token, mention):
        return Speaker(None, None, cue_text(cue))
    if mention is not None:
        text = ctx.actors.mention_text(mention)
        if _unnamed_officials(mention, ctx):
            return Speaker(_body_before_officials(mention, ctx), text, cue_text(cue))
        return Speaker(mention.actor.index, text, cue_text(cue))
    span = noun_phrase(token)
    text = " ".join(span.text.split())[:MAX_MENTION_CHARS] or None
    entity = ctx.actors.actor_for_span(span)
    if entity is None and _bare_name(span):
        # "TNO noted that ...": the parser's tag missed a name met elsewhere
        entity = ctx.actors.match_phrase(span)
    if entity is None and cannot_speak(token):
        return Speaker(None, None, cue_text(cue))
    if entity is not None and _modifier_of_unnamed_person(token, entity, ctx):
        entity = None
    if entity is None:
        entity = _body_spoken_for(token, ctx)
    if entity is None:
        entity = _collective_of(token, ctx)
    if entity is None:
        entity = _earlier_message_author(token, ctx)
    if entity is None:
        entity = _research_team_lead(token, ctx)
    if (
        entity is not None
        and ctx.actors.actor_type(entity) == "person"
        and (
            any(
                c.dep_ == "poss" or c.dep_ == "compound" and token.tag_ == "NNS"
                for c in token.children
                if ctx.actors.actor_for_token(c) == entity
            )
            or _persons_staff(token, entity, ctx)
        )
    ):
        entity = None  # "Dunn's mother said", "Lindqvist aides said": the person named as a modifier does not speak
    return Speaker(entity, text, cue_text(cue))


def _persons_staff(token: Token, entity: int, ctx: Context) -> bool:
    """'a Lindqvist campaign official said', 'an Okafor adviser told': an office a person's name modifies ("the
    campaign" of Lindqvist's, before the noun) is held by someone serving that person, not by the person; "a Lindqvist
    spokesman" speaks for her."""
    return (
        token.tag_ == "NN"
        and serves_a_person(token)
        and any(
            t.dep_ == "compound" and ctx.actors.actor_for_token(t) == entity
            for left in token.lefts
            for t in left.subtree
        )
    )


def _role_word_as_a_thing(token: Token, mention: ActorMention) -> bool:
    """'natural justice would have demanded …': a lower-case singular role noun with nothing but adjectives before
    it (no determiner, possessor, number or modifying noun), as its clause's subject, is the thing the word also
    means (justice, counsel, management), not a person holding the role; "the justice", "a spokesman", "the
    ministry's spokesperson" and "X, executive director of Y, who noted" name one."""
    return (
        mention.kind == "description"
        and mention.actor.actor_type == "person"
        and token.tag_ == "NN"
        and token.is_lower
        and token.dep_ in ("nsubj", "nsubjpass")
        and all(c.dep_ == "amod" for c in token.lefts)
        and not any(c.dep_ == "appos" for c in token.rights)
    )


def _court_paper_maker(paper: Token, ctx: Context) -> int | None:
    """Who made a court paper, only when the text names them: in its own phrase ("the Department's complaint",
    "a complaint by the agency"), or for "the complaint" the maker of the same paper named before."""
    source = message_source(paper)
    for maker in named_makers(paper) + ([source] if source is not None else []):
        entity = ctx.actors.actor_for_token(maker) or ctx.actors.actor_for_span(noun_phrase(maker))
        if entity is not None:
            return entity
    return _earlier_message_author(paper, ctx)


def _paper_it_stands_for(pronoun: Token, ctx: Context, depth: int = 3) -> Token | None:
    """'The indictment was unsealed today. It alleges …', 'The report warned of delays. "…," it warns': "it" as a
    speaker right after a sentence whose main subject is a court paper or another message (or an "it" that stood
    for one) is that paper, not an actor named somewhere before."""
    start = ctx.sentence(pronoun.i).start
    if pronoun.lower_ != "it" or start == 0 or depth == 0 or _body_subject_before(pronoun, ctx):
        return None
    root = ctx.sentence(start - 1).root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i in ctx.quoted:
        return None
    if is_court_paper(subject) or subject.pos_ == "NOUN" and subject.lemma_.lower() in _MESSAGE_NOUNS:
        return subject
    return _paper_it_stands_for(subject, ctx, depth - 1)


def _body_subject_before(pronoun: Token, ctx: Context) -> bool:
    """'Although the firm has not yet responded to the report, it has previously stated …': an organisation
    named as a subject earlier in the pronoun's own sentence is what "it" may stand for, nearer than any paper
    the sentence before was about."""
    return any(
        t.dep_ in ("nsubj", "nsubjpass")
        and t.i not in ctx.quoted
        and (entity := ctx.actors.actor_for_token(t)) is not None
        and ctx.actors.actor_type(entity) == "organization"
        for t in ctx.doc[ctx.sentence(pronoun.i).start : pronoun.i]
    )


def _bare_name(span) -> bool:
    """A phrase of proper nouns only ("PSPC", "Acme Corp"): a name, whatever the parser's tag made of it."""
    words = [t for t in span if not t.is_punct]
    return bool(words) and all(t.pos_ == "PROPN" for t in words)


def _modifier_of_unnamed_person(token: Token, entity: int, ctx: Context) -> bool:
    """'a 21-year-old Brooklyn resident said', 'an Afghan man told': an unnamed person the phrase's head names
    speaks, not the place, country or firm a modifier names; 'the Labour leader said' with no leader of Labour
    named is that person, not the party (an office that speaks for its body, "an Acme spokeswoman", is the body)."""
    if ctx.actors.actor_for_token(token) is not None:
        return False
    return (
        token.lemma_.lower() in generic_agents()
        or token.lemma_.lower() in _PATRON_NOUNS
        or (office_in_body(token) and ctx.actors.actor_type(entity) in ("organization", "group"))
    )


# people who use or buy what a modifier names, and do not speak for its maker: "one Twitter user noted", "an Acme
# customer said" (not the firm; "an Acme spokesman" is the firm's)
_PATRON_NOUNS = word_set("client_nouns")


def _body_spoken_for(token: Token, ctx: Context) -> int | None:
    """'a spokesman for the ministry said', 'a member of the union told', 'a spokesperson at the agency': an
    unnamed person of an organisation the phrase names speaks for it (not for a person or place it names); "the
    leader of the party said" is one person of it, not the party."""
    if token.lemma_.lower() not in person_nouns() | _MEMBER_NOUNS or office_in_body(token):
        return None
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in _BODY_PREPOSITIONS:
            continue
        for obj in prep.children:
            body = noun_phrase(obj)
            if obj.dep_ != "pobj" or any(_personal_name(t) for t in body):
                continue  # "Secretary General of the Community Ana Perez": the person named speaks
            entity = ctx.actors.actor_for_span(body)
            if entity is not None and (
                ctx.actors.actor_type(entity) == "organization"
                or token.lemma_.lower() in _MEMBER_NOUNS
                and _institution(body, entity, ctx)
            ):
                return entity
    return None


def _institution(phrase, entity: int, ctx: Context) -> bool:
    """'a member of the Russian parliament', 'a member of the parliament's security committee': a group the phrase
    names that is an institution, whose member speaks for it (a legislature, an army, the police), not unnamed people ("the public")."""
    return any(
        (mention := ctx.actors.mention_for_token(t)) is not None
        and mention.actor.index == entity
        and speaking_body(mention.actor)
        for t in phrase
    )


# nouns of a gathering of some members whose "of" phrase names who they are
_GATHERING_NOUNS = frozenset({"group", "number", "handful", "dozen", "consortium", "delegation", "coalition"})


def _collective_of(noun: Token, ctx: Context) -> int | None:
    """'A group of farmers said ...', 'a consortium of banks announced ...': the body the "of" phrase names
    speaks, when the gathering noun is no actor of its own; "the number of units" is a count, not a gathering."""
    if noun.lemma_.lower() not in _GATHERING_NOUNS or not any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children
    ):
        return None
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    members = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    mention = ctx.actors.mention_for_token(members) if members is not None else None
    if mention is None or mention.actor.actor_type not in ("group", "organization"):
        return None
    return mention.actor.index


def _earlier_message_author(noun: Token, ctx: Context) -> int | None:
    """'according to a report from X ... according to the report', 'The X press release ... Quoting the press
    release', 'X is reporting that ... the report said': a message noun pointing back ("the", "this", "that") with
    no source of its own is the message of the same word told before, or the one its verb reported, and speaks for
    the person or organisation that made it. Going back, an earlier "the report" with no maker named is the same
    message told again (so the chain goes on); "a report" with none is a message whose maker was never named (so
    it ends)."""
    if not _points_back(noun) or message_source(noun) is not None:
        return None
    entity = _earlier_maker(noun, ctx)
    return None if entity is None or _sent_to(entity, noun, ctx) else entity


def _sent_to(entity: int, noun: Token, ctx: Context) -> bool:
    """'sent a memo to Governor X, … the memo': the one a message of this word went to did not make it (read in
    the words after "to" up to a comma, whatever the parse made of them)."""
    lemma, doc = noun.lemma_.lower(), noun.doc
    for to in doc[: noun.i]:
        if to.lower_ != "to" or to.pos_ == "PART" or to.i == 0 or doc[to.i - 1].lemma_.lower() != lemma:
            continue  # not 'a resolution to censure X' (an infinitive: what it does, not whom it went to)
        end = to.i + 1
        while end < noun.i and not doc[end].is_punct and end - to.i <= _ADDRESSEE_WORDS:
            if ctx.actors.actor_for_token(doc[end]) == entity:
                return True
            end += 1
    return False


def _earlier_maker(noun: Token, ctx: Context) -> int | None:
    """The maker of the earlier message a pointing message noun tells again (``_earlier_message_author``)."""
    start = max(0, ctx.sentence(noun.i).start - _BACK_REACH_TOKENS)
    for earlier in reversed(ctx.doc[start : noun.i]):
        if earlier.pos_ == "VERB" and _made_by_verb(noun, earlier) and is_cue(earlier):
            subject = next((c for c in earlier.children if c.dep_ == "nsubj" and c.i not in ctx.quoted), None)
            entity = _named_maker([named_subject(subject, earlier, ctx)] if subject is not None else [], ctx)
            if entity is not None:  # "The Sentinel is reporting ...": the Sentinel's report
                return entity
        if earlier.pos_ != "NOUN" or earlier.lower_ != noun.lower_:
            continue  # "She wrote reports on each ... the report said": one report is not one of many
        author = _message_author(earlier, ctx)
        # "the Ubisoft press release": a name among the noun's modifiers
        entity = _named_maker(
            [author] if author is not None else [t for left in earlier.lefts for t in left.subtree], ctx
        )
        if entity is not None:
            return entity
        if not _points_back(earlier):
            return None
    return None


def _made_by_verb(noun: Token, verb: Token) -> bool:
    """A message noun and the verb that makes it: "report" and "reported", "statement" and "stated"."""
    made = noun.lemma_.lower()
    return verb.lemma_.lower() in (made, made.removesuffix("ment"))


def _named_maker(makers: list[Token], ctx: Context) -> int | None:
    """The first person or organisation named among a message's possible makers ("she wrote a report": a pronoun
    names no one)."""
    for maker in makers:
        entity = ctx.actors.actor_for_token(maker) if maker.pos_ != "PRON" else None
        if entity is not None and ctx.actors.actor_type(entity) in ("person", "organization"):
            return entity
    return None


def _points_back(noun: Token) -> bool:
    """A message noun with a pointing determiner: "the report", "this statement"."""
    return is_message(noun) and any(
        c.dep_ == "det" and c.lower_ in _POINTING_DETERMINERS for c in noun.children
    )


def _research_team_lead(noun: Token, ctx: Context) -> int | None:
    """'X and her colleagues looked at … The team concludes …': "the team", "the authors", "the researchers" with
    nothing naming them are the team a person was named leading before ("X and her colleagues", "X's team", "a
    study led by X"), who speaks for it."""
    if (
        noun.lemma_.lower() not in _TEAM_NOUNS
        or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
        or any(c.dep_ in ("prep", "compound", "poss", "amod") for c in noun.children)
    ):
        return None
    start = max(0, ctx.sentence(noun.i).start - _BACK_REACH_TOKENS)
    for word in reversed(ctx.doc[start : noun.i]):
        if word.lemma_.lower() in _TEAM_NOUNS | _FELLOW_NOUNS or word.lower_ == "led":
            lead = _named_lead(word, ctx)
            if lead is not None:
                return lead
    return None


def _named_lead(word: Token, ctx: Context) -> int | None:
    """The person an earlier team phrase names: "X and his colleagues", "X's team", "led by X"."""
    if word.lower_ == "led":
        candidates = [o for p in word.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"]
    elif word.dep_ == "conj":
        # "X and her colleagues", not a list of several named ("A, B, C and other collaborators")
        alone = word.head.dep_ != "conj" and [c.i for c in word.head.children if c.dep_ == "conj"] == [word.i]
        candidates = [word.head] if alone else []
    else:
        candidates = [c for c in word.children if c.dep_ == "poss"]
    for candidate in candidates:
        entity = ctx.actors.actor_for_token(candidate)
        if entity is not None and candidate.pos_ == "PROPN" and ctx.actors.actor_type(entity) == "person":
            return entity
    return None


def _personal_name(token: Token) -> bool:
    """A word of a person's name: NER's PERSON, or a given name of known sex ("Justice", "Morgan" are not)."""
    return token.ent_type_ == "PERSON" or token.pos_ == "PROPN" and bool(given_names().get(token.lower_))


def _relative_antecedent(pronoun: Token) -> Token | None:
    """'a candidate who voted for X and who wrote Y said': the noun a relative clause (or a clause coordinated
    with it) hangs on."""
    verb = pronoun.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    return None


def _unnamed_officials(mention: ActorMention, ctx: Context) -> bool:
    """ "Officials said", "senior administration officials said": plural people no word of which names a country
    speak for themselves, not for the government of whatever country the article is about."""
    cameo = mention.actor.cameo or ""
    if mention.kind != "description" or not cameo.endswith("GOV"):
        return False
    words = ctx.doc[mention.start : mention.end]
    # "British and Irish governments": the first demonym is a mention of its own, of the same body
    own = [
        c
        for c in words.root.children
        if (m := ctx.actors.mention_for_token(c)) is not None
        and m is not mention
        and m.actor is mention.actor
    ]
    modifiers = [*words, *own]
    return words.root.tag_ in ("NNS", "NNPS") and not any(
        t.ent_type_ in ("GPE", "NORP") or t.pos_ == "PROPN" for t in modifiers if t.i != words.root.i
    )


def _body_before_officials(mention: ActorMention, ctx: Context) -> int | None:
    """'Pentagon officials denied', 'United States officials say': a body or a country named right before the
    officials but left out of their mention, as a mention of its own, says whose officials they are — the body's
    own (an agency, a ministry), or for the country the officials' actor belongs to, that actor; a state or town
    ("New Jersey officials") is neither, and the officials stay no one's."""
    country = mention.actor.country_code
    for modifier in ctx.doc[mention.start : mention.end].root.lefts:
        named = ctx.actors.mention_for_token(modifier)
        if modifier.dep_ not in ("compound", "amod") or named is None or named is mention:
            continue
        if named.actor.actor_type == "organization":
            return named.actor.index
        if named.actor.actor_type == "country" and country and named.actor.country_code == country:
            return mention.actor.index
    return None


MAX_SPEAKER_CLIMB = 4  # verbs looked at: the cue, then the verbs governing it
# the words after "to" read for a message's hearer: 'a memo to the state's Attorney General Jane Roe'
_ADDRESSEE_WORDS = 8
_ABSOLUTE_DEPS = frozenset({"advcl", "acl", "xcomp", "pcomp"})  # a participle after "with X"


class _Climb(NamedTuple):
    """One verb looked at on the way up from a cue: the speaker found there, else the verb to look at next
    (neither: no speaker)."""

    speaker: Token | None = None
    next_verb: Token | None = None


def _speaker_token(cue: Token, ctx: Context, inverted: bool) -> Token | None:
    """Who performs a reporting verb: its subject, 'according to X', 'quoted X as saying', or a governing verb's subject.

    ``inverted`` allows '..., said the minister' (object-like speaker after the
    verb); only safe right after a quotation.
    """
    if cue.lower_ == "according":
        return _according_source(cue)
    nominal = nominal_cue_parts(cue)
    if nominal is not None:
        return nominal[0]  # "the minister's claim that ...": the possessor
    if cue.lemma_ == "quote":
        quoted = next((c for c in cue.children if c.dep_ == "nsubjpass" and c.i not in ctx.quoted), None)
        if quoted is not None:  # "X was quoted (by Reuters) as saying ...": X speaks, whoever quotes relays
            return quoted
    agent = next((c for c in cue.children if c.dep_ == "agent"), None)
    if agent is not None:  # "he was told by the emergencies minister of ...": the one telling speaks
        source = next((o for o in agent.children if o.dep_ == "pobj"), None)
        if source is not None and source.i not in ctx.quoted:
            return source
    if any(c.dep_ == "auxpass" for c in cue.children):
        heads = [cue, cue.head] if cue.dep_ == "conj" else [cue]
        according = next((c for h in heads for c in h.children if c.lower_ == "according"), None)
        if according is not None:  # "and, according to CNN, was called X": CNN
            return _according_source(according)
        # "he was called a fraud in one publication": said by the medium named, else by nobody named; not by
        # whoever the sentence is about
        return next(
            (
                o
                for p in cue.children
                if p.dep_ == "prep" and p.lower_ in ("in", "on", "by")
                for o in p.children
                if o.dep_ == "pobj" and is_message(o)
            ),
            None,
        )
    antecedent = _misparsed_relative_subject(cue, ctx)
    if antecedent is not None:
        return antecedent
    clause_verb = adjectival_cue_clause(cue)
    if clause_verb is not None:  # "Trump claimed carbon emissions have been lower", parsed as an adjective
        return named_subject(adjectival_cue_speaker(cue, clause_verb), clause_verb, ctx)
    token = cue
    for _ in range(MAX_SPEAKER_CLIMB):
        step = _climb(token, cue, ctx, inverted)
        if step.next_verb is None:
            return step.speaker
        token = step.next_verb
    return None


def _misparsed_relative_subject(cue: Token, ctx: Context) -> Token | None:
    """'A spokesman for the committee that will consider the bill said ...': in a sentence whose root is a noun,
    a cue parsed as the complement of a relative clause inside that noun's phrase, its subject naming no actor
    ("the bill"), is the root noun speaking."""
    clause = cue.head
    root = ctx.sentence(cue.i).root
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if (
        cue.dep_ == "ccomp"
        and clause.dep_ == "relcl"
        and root.pos_ in ("NOUN", "PROPN")
        and root.i < clause.i
        and root.i not in ctx.quoted
        and (subject is None or ctx.actors.mention_for_token(subject) is None)
    ):
        return root
    return None


def _according_source(cue: Token) -> Token | None:
    """'according to X', 'according to X's statement': X; never a date the parser made an object of its own
    ("according to today's Observer": the paper, not "today")."""
    for to in cue.children:
        pobjs = [p for p in to.children if p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME")]
        if pobjs:
            # "according to co-founder Ann Lee": the parser splits the word at its hyphen into objects of
            # their own; the phrase's head is the last
            pobj = pobjs[-1] if any(p.text == "-" for p in pobjs) else pobjs[0]
            return (
                message_source(pobj)
                or _participle_agent(pobj)
                or appositive_name(pobj)
                or _name_set_off(pobj)
                or pobj
            )
    return None


def _participle_agent(noun: Token) -> Token | None:
    """'according to results announced by the ministry', '… to estimates compiled by X': what "according to"
    names was put out by the agent of its participle, who is the source (not for a thing X only got or relays:
    "documents obtained by X", "experts cited by X")."""
    for clause in noun.children:
        if (
            clause.dep_ != "acl"
            or clause.tag_ != "VBN"
            or clause.lemma_.lower() in _GETTING_VERBS | _RELAYING_VERBS
        ):
            continue
        for agent in clause.children:
            if agent.dep_ == "agent":
                return next((o for o in agent.children if o.dep_ == "pobj"), None)
    return None


def _name_set_off(noun: Token) -> Token | None:
    """'according to co-founder, Jane Doe, …' parsed with the name hung apart: a person's name set off by a comma
    right after a person noun that ends the phrase, and no clause's subject."""
    doc, end = noun.doc, noun.right_edge.i
    if noun.lemma_.lower() not in people_nouns() or end + 2 >= len(doc) or doc[end + 1].text != ",":
        return None
    first = doc[end + 2]
    if first.ent_type_ != "PERSON" or first.ent_iob_ != "B":
        return None
    name = next(e for e in doc.ents if e.start == first.i)
    after = doc[name.end] if name.end < len(doc) else None
    if name.root.dep_ not in ("dep", "appos", "npadvmod") or after is None or not after.is_punct:
        return None
    return name.root


def _climb(token: Token, cue: Token, ctx: Context, inverted: bool) -> _Climb:
    """The speaker named at this verb, else the verb to look at next: an earlier cue it is coordinated with, or
    its head; a participle with no named subject above it belongs to the person the sentence is about."""
    found = _speaker_at(token, cue, ctx, inverted)
    if found is not None:
        return _Climb(found)
    if token.dep_ not in CLIMB_DEPS or token.head.i == token.i:
        return _Climb()
    if token.dep_ == "conj" and not is_cue(token.head):
        partner = _coordinated_by_conjunction(token)
        if partner is not None:  # "X, who backed Y but now says ...": the parser hung "says" on the main verb
            return _Climb(next_verb=partner)
        shared = _coordinated_cue(token, ctx)
        if shared is not None:
            return _Climb(next_verb=shared)
    if token.i == cue.i and token.dep_ == "xcomp" and token.tag_ == "VB":
        told = next((c for c in token.head.children if c.dep_ == "dobj" and c.i < token.i), None)
        if (
            told is not None and told.i not in ctx.quoted
        ):  # "it led many voters to say ...": the voters say it
            return _Climb(told)
    doer = reason_doer(token, cue, ctx)
    if doer is not None:  # "criticized the mayor for saying ...": the mayor says it
        return _Climb(doer)
    # "drew criticism, with one senator saying ...": the senator says it, however the parser hung the participle
    # (as the object of "with": "was criticised, with X, the shadow minister, calling it …")
    absolute = _with_subject(token) if token.tag_ == "VBG" and token.dep_ in _ABSOLUTE_DEPS else None
    if absolute is not None:
        return _Climb(absolute)
    if token.tag_ == "VBG" and token.dep_ in ("advcl", "acl", "xcomp"):
        bearer = _set_off_after(token) if token.i == cue.i else None
        if bearer is not None:
            return _Climb(bearer)
        series = _participle_series(token) if token.i == cue.i else None
        if series is not None:
            return _Climb(next_verb=series)
        head_subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        subject_actor = (
            ctx.actors.actor_for_span(noun_phrase(head_subject))
            if head_subject is not None and not _owned_thing(head_subject, ctx)
            else None
        )
        if (
            subject_actor is not None
            and ctx.actors.actor_type(subject_actor) != "person"
            and token.head.dep_ == "ccomp"
            and token.head.tag_ == "VB"
            and is_cue(token.head.head)
            and token.head.head.i < token.head.i
        ):
            # "Straw stated that the UK would not strike, going on to say ...", "demanded that Budapest amend the
            # law, saying ...": a participle hung on a reported act that has not happened (base form: modal,
            # subjunctive) goes on with who reports it; "said Pakistan had conveyed its concerns, urging ..." is
            # Pakistan's own act
            return _Climb(next_verb=token.head.head)
        if (
            head_subject is None
            and is_cue(token.head)
            and any(c.i in ctx.quoted for c in token.head.children)
        ):
            after = _named_after(token.head, ctx)
            if after is not None and after.i < token.i:
                # '"...," stated X in his address, adding ...' parsed with X as the object: X adds it
                return _Climb(after)
        if subject_actor is None:
            governing = _governing_cue(token)
            if governing is not None:
                # "experts called it dubious, as margins are thin, while noting ...": who called it notes
                return _Climb(next_verb=governing)
            person = ctx.actors.salient_person_before(token.i, sentences=0)
            if person is not None:
                named = first_mention_token(ctx, person, token.i)
                # 'a letter to the President last week saying …': the letter says it
                return _Climb(named and _message_to(named) or named)
            if token.head.dep_ == "ccomp" and is_cue(token.head.head):
                # "the minister said the talks had failed, adding ...": whoever said it adds, not the talks
                return _Climb(next_verb=token.head.head)
    return _Climb(next_verb=token.head)


def _participle_series(participle: Token) -> Token | None:
    """'made several claims: stating that the board was to blame, calling the mayor "a tyrant", …': a reporting
    participle after a comma that the parser hung on the clause another reporting participle reports is the next item
    of that series, said by the same speaker, not by the reported clause's subject."""
    clause = participle.head
    report = clause.head
    doc = participle.doc
    if (
        clause.dep_ == "ccomp"
        and report.tag_ == "VBG"
        and report.dep_ in ("advcl", "conj")  # a clause of the series, not "besides claiming that …"
        and report.i < clause.i < participle.i
        and is_cue(report)
        and participle.left_edge.i > 0
        and doc[participle.left_edge.i - 1].text == ","
    ):
        return report
    return None


def _owned_thing(noun: Token, ctx: Context) -> bool:
    """ "Livni's negotiation style has come under fire, columnist X writing ...": a thing someone owns is no actor,
    though its phrase names one ("Farr's family", "the party's leaders" are people)."""
    return (
        mute_thing(noun, ctx)
        and (lemma := noun.lemma_.lower()) not in people_nouns()
        and lemma not in org_anaphors()
        and any(c.dep_ == "poss" for c in noun.children)
    )


def _with_subject(participle: Token) -> Token | None:
    """'with X saying ...': the noun phrase ending right before the participle as the object of 'with'."""
    if participle.i == 0:
        return None
    token = participle.doc[participle.i - 1]
    for _ in range(MAX_SPEAKER_CLIMB):
        if token.dep_ == "pobj" and token.head.lower_ == "with":
            return token if token.right_edge.i == participle.i - 1 else None
        if token.head.i == token.i or token.head.i > participle.i:
            return None
        token = token.head
    return None


def _set_off_after(participle: Token) -> Token | None:
    """'A BBC correspondent, claiming to have sources, suggested ...', 'a meeting between Giuliani, claiming to
    represent the department, and Yermak': a participle phrase set off by commas right after a person or body
    describes that noun, who is its speaker (not the subject of the verb the parser hung it on)."""
    doc, lo = participle.doc, participle.left_edge.i
    # its own words end before the comma (and any conjunct the parser hung on it after the comma)
    own = [
        c.right_edge.i
        for c in participle.children
        if c.i > participle.i and c.dep_ not in ("punct", "cc", "conj")
    ]
    end = max([participle.i, *own]) + 1
    if lo < 2 or doc[lo - 1].text != "," or end >= len(doc) or doc[end].text != ",":
        return None
    noun = doc[lo - 2]
    if (
        noun.ent_type_ in ("PERSON", "ORG", "NORP")
        or noun.pos_ == "NOUN"
        and noun.lemma_.lower() in person_nouns()
    ):
        return noun
    return None


def _governing_cue(participle: Token) -> Token | None:
    """The reporting verb with a subject that a participle's clause hangs on, through the adverbial and coordinated
    clauses in between."""
    verb = participle.head
    for _ in range(MAX_SPEAKER_CLIMB):
        if is_cue(verb) and any(c.dep_ == "nsubj" for c in verb.children):
            return verb
        if verb.dep_ not in ("conj", "advcl") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _speaker_at(token: Token, cue: Token, ctx: Context, inverted: bool) -> Token | None:
    """A speaker at the verb itself: 'quoted X as saying', its subject, the words after an inverted cue, a name
    before a subjectless main verb, or who a participle describes."""
    if token.lemma_ == "quote":
        for c in token.children:
            if c.dep_ in ("dobj", "nsubjpass"):
                return c
    subject = _subject_speaker(token, cue, ctx)
    if subject is not None:
        return subject
    coordinated = _name_joined_before(token, ctx) or _name_before_misplaced_clause(token, cue, ctx)
    if coordinated is not None:
        return coordinated
    # a participle never inverts: '"…", accusing X of …' names whom it accuses
    if inverted and token.i == cue.i and token.tag_ != "VBG":
        after = _named_after(token, ctx)
        if after is not None:
            return after
    if token.dep_ == "ROOT" and token.tag_ in FINITE_TAGS:
        named = name_before(token, ctx)
        if named is None or named.dep_ == "pobj":
            # "X from Albany, an officer at the 42nd Division HQ, said": a preposition's object is no subject
            named = nearest_name_before(token, ctx) or named
        if named is not None:
            return (
                named  # "..., the president of the League, Jamel Msallem, said" with the name hung elsewhere
            )
    if token.dep_ == "acl" and (
        ctx.actors.mention_for_token(token.head)
        or token.head.pos_ in ("NOUN", "PROPN")
        and token.tag_ == "VBG"
    ):
        # 'the minister, speaking on Friday, ...', 'groups claiming ...', 'filed a motion claiming ...' (who filed it)
        author = _message_author(token.head, ctx)
        if author is not None:
            return author
        if token.head.dep_ == "dobj":
            actor = _acting_subject(token.head, token.head.head, ctx)
            if actor is not None:
                return actor
        addressed = _message_to(token.head) if _addressed(token.head, token) else None
        return _reporting_actor(token, ctx) or addressed or token.head
    return None


def _name_joined_before(verb: Token, ctx: Context) -> Token | None:
    """ "Both witnesses stressed their independence and de Montclair commented that …": a tensed verb joined to
    another with no subject of its own, right after a person's name the parser joined to the other verb's object,
    has that person for its subject."""
    if (
        verb.dep_ != "conj"
        or verb.tag_ not in FINITE_TAGS
        or any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    ):
        return None
    named = name_before(verb, ctx, persons_only=True)
    if named is None or named.dep_ != "conj" or named.head.pos_ not in ("NOUN", "PROPN"):
        return None
    between = ctx.doc[named.i + 1 : verb.i]
    return named if named.head.i < named.i and not any(t.is_punct for t in between) else None


def _name_before_misplaced_clause(verb: Token, cue: Token, ctx: Context) -> Token | None:
    """'…, a party MP, Jane Roe, denied that …; the paper says …', parsed with "denied" as the content of the later
    "says": a tensed cue with no subject of its own, hung as the clause of a verb after it, right after a person's
    name (past commas) has that person for its subject, not the later verb's subject (a document, a body)."""
    if (
        verb.i != cue.i
        or verb.dep_ != "ccomp"
        or verb.head.i < verb.i
        or verb.tag_ not in FINITE_TAGS
        or any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    ):
        return None
    named = name_before(verb, ctx, persons_only=True)
    return named if named is not None and named.dep_ != "pobj" else None


def _reporting_actor(participle: Token, ctx: Context) -> Token | None:
    """'criticised the plan claiming it is unworkable', 'warned Europe against sanctions saying ...', 'released a
    statement to the paper claiming ...': a participle the parser hung on the object of a reporting act (or on the
    object of a preposition after it) goes on with whoever acts; the thing, neither an actor nor a message, says
    nothing, nor does the one addressed ("gave a speech to the delegation saying "…"", "wrote to the minister
    saying that …") when the participle reports a clause (not "spoke to a man claiming to be a guard")."""
    thing = participle.head
    if participle.tag_ != "VBG" or not (mute_thing(thing, ctx) or _addressed(thing, participle)):
        return None
    verb = thing.head.head if thing.dep_ == "pobj" and thing.head.dep_ in ("prep", "dative") else thing.head
    if thing.dep_ not in ("dobj", "pobj") or verb.pos_ != "VERB" or verb.lemma_ in _RELAYING_VERBS:
        return None
    if not (is_cue(verb) or any(c.dep_ == "dobj" and is_message(c) for c in verb.children)):
        return None
    subject = next(
        (c for c in verb.children if c.dep_ == "nsubj" and c.i < thing.i and c.i not in ctx.quoted), None
    )
    return named_subject(subject, verb, ctx) if subject is not None else None


def _addressed(noun: Token, participle: Token) -> bool:
    """The object of "to" that a participle reporting a clause hangs on: the hearer of the act, not its speaker;
    not a thing that carries words ("pointed to a sign saying …")."""
    return (
        noun.dep_ == "pobj"
        and not is_message(noun)
        and noun.lemma_.lower() not in _INSCRIBED_NOUNS
        and noun.head.lower_ == "to"
        and noun.head.dep_ in ("prep", "dative")
        and any(c.dep_ == "ccomp" for c in participle.children)
    )


def _message_to(hearer: Token) -> Token | None:
    """'a letter to the President saying that …': the message sent to the hearer (who did not write it), which
    speaks (for its writer, when named) in a participle hung on the hearer or on the sentence."""
    if hearer.dep_ != "pobj" or hearer.head.lower_ != "to" or hearer.head.dep_ not in ("prep", "dative"):
        return None
    message = hearer.head.head
    return message if message.i != hearer.head.i and is_message(message) else None


def mute_thing(noun: Token, ctx: Context) -> bool:
    """A common noun that names no actor, no message and no person: a thing, which says nothing."""
    return (
        noun.pos_ == "NOUN"
        and not ctx.actors.mention_for_token(noun)
        and not is_message(noun)
        and noun.lemma_.lower() not in person_nouns() | _INSCRIBED_NOUNS
    )


def _named_after(verb: Token, ctx: Context) -> Token | None:
    """The speaker of an inverted cue, who follows the verb ('..., said a protester using the pseudonym Katya'),
    however the parser labelled it; not the hearer of 'told'."""
    if verb.lemma_ == "tell":  # "..., told the Post"
        return None
    for c in verb.children:
        if (
            c.dep_ in ("dobj", "attr", "npadvmod")
            and c.i > verb.i
            and c.i not in ctx.quoted
            and (c.pos_ in ("NOUN", "PROPN") or ctx.actors.mention_for_token(c))
        ):
            return c
    return None


def _subject_speaker(token: Token, cue: Token, ctx: Context) -> Token | None:
    """The verb's subject, or who stands behind it: the issuer of 'a statement which said', the source of 'the
    report, published by X, said', the name inside 'Merkel's spokesperson, Steffen Seibert, said'."""
    # past a coordination the shared subject may be passive: "The attacker is reported to have ... and claimed ..."
    deps = ("nsubj",) if token.i == cue.i else SUBJECT_DEPS
    subjects = [
        s for c in token.children if c.dep_ in deps and c.i not in ctx.quoted and (s := past_dateline(c))
    ]
    if not subjects:
        return None
    # "Niger's president Mahamadou Issoufou said": the parse may give two subjects; the named one speaks, the
    # one nearest the verb when both are names ("Lake Forest, Illinois voter Jane Doe alleged": the place
    # describes her)
    # "what Till called ...": the relative word is a subject too, but the one who calls is the other
    plain = _conjoined_clause_subject(subjects, token) or next(
        (c for c in subjects if c.tag_ not in ("WP", "WDT")), subjects[0]
    )
    # "Australian news The outgoing minister, Mark Vaile, announced": a subject whose apposition names a person
    # counts as named, so a label run into the sentence does not outrank it
    named = [
        c for c in subjects if (name_mention(ctx, c) or _apposed_person(c, token, ctx)) and not _is_tag(c)
    ]
    c = max(named, key=lambda t: (t.i < token.i, t.i if t.i < token.i else -t.i)) if named else plain
    if _is_tag(c):  # "the hashtag #X went viral, suggesting ...": the hashtag, not a name X
        return next(
            (t for t in c.subtree if t.pos_ == "NOUN" and t.text not in ("#", "@") and not _is_tag(t)), c
        )
    if c.tag_ in ("WP", "WDT") and token.dep_ == "relcl":
        # "a statement which said": who issued it; "at the direction of the chair, Ann Roe (Labor), who
        # demanded ...": "who" is the person named between a thing the clause was hung on and it
        return (
            _message_author(token.head, ctx)
            or _person_before_who(c, token.head, ctx)
            or _office_holding_body(c, token.head, ctx)
            or token.head
        )
    if token.i == cue.i and cue.tag_ == "VBG" and cue.dep_ in ("ccomp", "advcl"):
        actor = _acting_subject(
            c, cue.head, ctx
        )  # "welcomed the decision stating ..." parsed with the decision as subject
        if actor is not None:
            return actor
    return message_source(c) or named_subject(c, token, ctx)  # "the report, published by X, said": X


def _apposed_person(subject: Token, verb: Token, ctx: Context) -> bool:
    """Whether the subject phrase names a person in apposition ('the outgoing minister, Mark Vaile')."""
    inner = named_subject(subject, verb, ctx)
    mention = name_mention(ctx, inner) if inner is not subject else None
    return mention is not None and mention.actor.actor_type == "person"


def _person_before_who(who: Token, head: Token, ctx: Context) -> Token | None:
    """The person named between a relative clause's head and its "who" when the head is a thing (no actor, no
    person noun): the parser hung the clause too high, past the name it follows."""
    if who.lower_ != "who" or head.pos_ != "NOUN" or ctx.actors.mention_for_token(head) is not None:
        return None
    if head.lemma_.lower() in people_nouns():
        return None
    depth = 0  # "Ann Roe (Labor, Chisholm) who": the word before the brackets and commas
    for t in reversed(who.doc[head.i + 1 : who.i]):
        depth += (t.text == ")") - (t.text == "(")
        if depth or t.is_punct:
            continue
        mention = name_mention(ctx, t)
        person = mention is not None and mention.actor.actor_type == "person" and t.i not in ctx.quoted
        return t if person else None
    return None


def _office_holding_body(rel: Token, head: Token, ctx: Context) -> Token | None:
    """'The leader of the Scottish National Party, who is calling for …': "who" hung on a body that is the "of"
    object of a person's office is the one holding the office, not the body; 'the head of the Dialogue Group,
    which says …' hung on the office is the body."""
    if rel.lower_ == "which" and office_in_body(head):
        body = next(
            (o for p in head.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"), None
        )
        return body if body is not None and _is_body(body, ctx) else None
    office = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
    if rel.lower_ != "who" or office is None or not office_in_body(office):
        return None
    return office if _is_body(head, ctx) else None


def _is_body(token: Token, ctx: Context) -> bool:
    """The token names an organisation or group."""
    actor = ctx.actors.actor_for_token(token)
    return actor is not None and ctx.actors.actor_type(actor) in ("organization", "group")


def _conjoined_clause_subject(subjects: list[Token], verb: Token) -> Token | None:
    """ "The partner asked for secrecy, but the commissioner stated …", parsed with both nouns subjects of "stated":
    after a coordinating conjunction the clause has its own subject, the one after it."""
    before = sorted((c for c in subjects if c.i < verb.i), key=lambda c: c.i)
    if len(before) < 2:
        return None
    last = before[-1]
    opener = verb.doc[last.left_edge.i - 1] if last.left_edge.i > before[-2].i + 1 else None
    return last if opener is not None and opener.dep_ == "cc" else None


def _acting_subject(thing: Token, verb: Token, ctx: Context) -> Token | None:
    """For a participle hung on a thing ('welcomed the decision, stating ...', 'joined the calls asking ...'): the
    named subject of the verb acting on it, who says it; None when the noun names an actor or a message."""
    if thing.pos_ != "NOUN" or ctx.actors.mention_for_token(thing) or is_message(thing):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < thing.i), None)
    if subject is None or subject.i in ctx.quoted:
        return None
    named = named_subject(subject, verb, ctx)
    return named if ctx.actors.mention_for_token(named) else None


def _is_tag(token: Token) -> bool:
    """A hashtag or handle ('#Name', '@name'): what a message carries, not who speaks."""
    if token.text[:1] in ("#", "@"):
        return True
    before = token.nbor(-1) if token.i > 0 else None
    return before is not None and before.text in ("#", "@") and not before.whitespace_


def message_source(noun: Token) -> Token | None:
    """'according to a statement from X', '... to a tweet on Monday by X', '... to figures released by X', '... to X's report': X;
    'excerpts from the book by X': the source of the source."""
    source = _direct_message_source(noun)
    return (message_source(source) or source) if source is not None and source.i != noun.i else source


def is_message(noun: Token) -> bool:
    """A message noun by its word or lemma (the lemmatiser turns 'data' into 'datum')."""
    return noun.lemma_.lower() in _MESSAGE_NOUNS or noun.lower_ in _MESSAGE_NOUNS


def carries_words(noun: Token) -> bool:
    """A message noun, or a thing that carries words of its own ("the document", "a sign")."""
    return is_message(noun) or noun.lemma_.lower() in _INSCRIBED_NOUNS


def _direct_message_source(noun: Token) -> Token | None:
    """The source a message noun names in its own phrase."""
    if noun.lemma_.lower() in _PART_NOUNS:
        whole = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        return next((o for o in whole.children if o.dep_ == "pobj"), None) if whole is not None else None
    if not is_message(noun):
        return None
    for c in noun.children:
        if c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME"):
            continue  # "Tuesday's report released by X": when it came out, not who made it
        if c.dep_ == "poss":
            return c
        if c.dep_ == "prep" and c.lower_ == "of" and noun.lemma_.lower() in _INQUIRY_NOUNS:
            continue  # "an analysis of census data by X": what was studied, not who speaks
        if (
            c.dep_ == "prep"
            and c.lower_ == "of"
            and not any(_can_speak(o) for o in c.children if o.dep_ == "pobj")
        ):
            continue  # "reports of the incident stated …": what was reported on, not who reports
        if c.dep_ == "prep" and c.lower_ in ("from", "by", "of"):
            return next((o for o in c.children if o.dep_ == "pobj"), None)
        if (
            noun.lemma_.lower() in _PUBLISHED_PIECES | _TOPIC_PIECES
            and (c.dep_ == "prep" or c.lemma_.lower() in _AIRING_VERBS)
            and not (noun.dep_ == "dobj" and any(w.dep_ == "nsubj" for w in noun.head.children))
        ):
            # "the article in the Herald", "a documentary aired on Kanal Nord"; not "X wrote a piece in the
            # Herald" (X's), nor "a study published in a journal" (its authors')
            outlet = _outlet(c, medium_only=noun.lemma_.lower() in _TOPIC_PIECES)
            if outlet is not None:
                return outlet
        if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _GETTING_VERBS:
            continue  # "a memo seen by X": who got it, not who wrote it
        if c.dep_ in ("acl", "relcl"):
            # "counts that local officials provided", "figures the ministry released"
            provider = next(
                (g for g in c.children if g.dep_ == "nsubj" and g.tag_ not in ("WDT", "WP")), None
            )
            if provider is not None:
                return provider
        if c.dep_ in ("acl", "prep"):  # "figures released by X", "a tweet on Monday by X"
            for p in [c, *c.children]:
                if p.dep_ in ("agent", "prep") and p.lower_ == "by":
                    return next((o for o in p.children if o.dep_ == "pobj"), None)
    return None


def _can_speak(token: Token) -> bool:
    """A name of a person, body or place, or a noun for people or a body ("witnesses", "the commission")."""
    lemma = token.lemma_.lower()
    return token.ent_type_ in _SPEAKING_ENTITIES or lemma in people_nouns() or lemma in org_anaphors()


def _outlet(word: Token, medium_only: bool = False) -> Token | None:
    """The organisation an "in" or "on" phrase (of the word, or of its participle) names as where a piece came out:
    'in the Herald', 'aired on Kanal Nord', 'on the X web site', 'on the satellite channel X'; not a place or a date
    ('in Berlin', 'on Monday'). ``medium_only``: only through a word for a medium (``_MEDIUM_NOUNS``)."""
    preps = [word] if word.dep_ == "prep" else [c for c in word.children if c.dep_ == "prep"]
    for prep in preps:
        if prep.lower_ not in _OUTLET_PREPOSITIONS:
            continue
        outlet = next(
            (o for o in prep.children if o.dep_ == "pobj" and o.ent_type_ == "ORG" and not medium_only), None
        )
        outlet = outlet or _medium_name(prep)
        if outlet is not None:
            return outlet
    return None


def _medium_name(prep: Token) -> Token | None:
    """The name a medium word after an "in"/"on" holds: 'on the X web site' (a name among the word's modifiers),
    'on an Italian satellite channel X' (the name right after the word, however the parse hung it). Read in the
    words after the preposition up to the next verb or punctuation, so 'on Monday' and 'in the city' name none."""
    doc = prep.doc
    for j in range(prep.i + 1, min(len(doc), prep.i + 1 + _MEDIUM_PHRASE_TOKENS)):
        t = doc[j]
        if t.is_punct and t.text not in _HYPHENS or t.pos_ == "AUX" or t.pos_ == "VERB" and t.dep_ != "amod":
            return None
        if t.lemma_.lower() not in _MEDIUM_NOUNS or t.pos_ != "NOUN":
            continue
        named = [m for m in t.subtree if m.i < t.i and m.ent_type_ in _MEDIUM_OWNERS and m.pos_ == "PROPN"]
        if named:
            return named[0]
        after = doc[j + 1] if j + 1 < len(doc) else None
        if after is not None and after.pos_ == "PROPN" and after.ent_type_ in _MEDIUM_OWNERS:
            return after
        return None
    return None


def _message_author(noun: Token, ctx: Context) -> Token | None:
    """'They released a statement which said ...', 'X announced, in a statement, ...': the subject of the verb
    whose object the message is, or of the reporting verb whose "in", "through", "via" phrase it is."""
    if not is_message(noun):
        return None
    source = message_source(noun)
    if source is not None:
        return source
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ in _MEDIUM_PREPOSITIONS and is_cue(verb.head):
        verb = verb.head  # not "police found errors in the report": who reports in it made it
    elif noun.dep_ != "dobj":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i not in ctx.quoted), None)
    # "X's partner Tony Roe held a press conference claiming ...": the name in the subject phrase
    return named_subject(subject, verb, ctx) if subject is not None else None


def _coordinated_by_conjunction(conjunct: Token) -> Token | None:
    """The verb whose own "and"/"but" opens a subjectless conjunct the parser hung elsewhere: 'introduced by X, who
    backed Y in the primaries but now says ...' (the conjunction belongs to "backed", so "says" is X's)."""
    before = conjunct.i - 1
    while before >= 0 and conjunct.doc[before].dep_ == "advmod" and conjunct.doc[before].head.i == conjunct.i:
        before -= 1
    if before < 0 or any(c.dep_ in SUBJECT_DEPS for c in conjunct.children):
        return None
    cc = conjunct.doc[before]
    verb = cc.head
    if cc.dep_ != "cc" or verb.pos_ not in ("VERB", "AUX") or not conjunct.head.i < verb.i < conjunct.i:
        return None
    return verb


def _coordinated_cue(token: Token, ctx: Context) -> Token | None:
    """'X accused Y of ... and warned that ...': the parse may hang 'warned' elsewhere; the nearest earlier cue with a subject shares it."""
    for i in range(token.i - 1, ctx.sentence(token.i).start - 1, -1):
        t = ctx.doc[i]
        if i not in ctx.quoted and is_cue(t) and any(c.dep_ == "nsubj" for c in t.children):
            return t
    return None


def resolve_cue_speakers(ctx: Context) -> None:
    """Every reporting verb's speaker, in document order, so a pronoun can look back at who spoke last."""
    verbs = indices_with(ctx.doc, POS, ("VERB", "AUX"))  # a cue is one of these or "according" (is_cue)
    according = indices_with(ctx.doc, LOWER, ("according",))
    roots = indices_with(ctx.doc, DEP, ("ROOT",))  # a verb the tagger read as a noun (cues.verb_read_as_noun)
    for i in sorted({*verbs, *according, *roots}):
        if i in ctx.quoted:
            continue  # asked before making the Token
        token = ctx.doc[i]
        if is_cue(token):
            ctx.cue_speakers[i] = speaker_for_cue(token, ctx)
            ctx.cue_order.append(i)
