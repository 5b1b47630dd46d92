"""Direct and partial quotes: each quotation-mark span gets its kind (a sentence of its own or words inside
the reporter's sentence), its cue and its speaker, with the news conventions for what the parse misses: a
quotation with no cue continues the last speaker, and a medium "reporting" a quote is not its speaker."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from typing import NamedTuple

from spacy.tokens import Span, Token

from newsroom.extract.actors import FIRST_PERSON
from newsroom.extract.datelines import past_dateline
from newsroom.extract.lexicon import reporting_flags, reporting_verbs
from newsroom.extract.quotes.context import SUBJECT_DEPS, Context, Speaker, is_finite
from newsroom.extract.quotes.cues import (
    MAX_INTERRUPTION_WORDS,
    NOMINAL_CUES,
    cue_text,
    is_cue,
    nominal_cue_parts,
)
from newsroom.extract.quotes.labels import label_speaker
from newsroom.extract.quotes.marks import QuoteSpan
from newsroom.extract.quotes.names import name_mention, named_subject
from newsroom.extract.quotes.pronouns import MAX_LOOKBACK_CUES, plural_checked, reporting_cue
from newsroom.extract.quotes.reason_gerunds import blaming_verb
from newsroom.extract.quotes.speakers import (
    carries_words,
    is_message,
    message_source,
    speaker_for_cue,
    speaker_named_by,
)
from newsroom.extract.quotes.unasserted import bidden, open_decision
from newsroom.models import Quote

# modals that shift a report's tense back ("he said they would …"); "will" and "can" are the narration's own too
_BACKSHIFT_MODALS = frozenset({"would", "must", "should", "could", "might"})
FLOATING_PARAGRAPHS = 2  # a cue-less quote continues a speaker quoted this many paragraphs back
# a cue-less first-person quote with no speaker before: a subject this far back
FIRST_PERSON_BACK_SENTENCES = 2
_SINGULAR_FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself"})
MAX_HEAD_CLIMB = 12
_WORDS_OF_REACH = 10  # tokens before quoted words looked at for "in X's words"
MAX_PREFIX_CHARS = 1_000
RELATIVE_CUE_PENALTY = 30  # tokens: a reporting verb in a relative clause is some other speaker's aside
CUE_AFTER_EXCLAMATION = 4
MAX_SPEECH_NOUN_DISTANCE = 12  # tokens from a speech noun to the "that" of its quoted clause
MAX_RUN_ON_GAP = 4  # characters after a quotation looked at: its closing mark, a space, a word
_TITLE_SMALL_WORDS = frozenset(
    {"a", "an", "the", "of", "to", "for", "and", "or", "in", "on", "at", "by", "with"}
)
_NAMING_WORDS = frozenset(
    {
        "term",
        "terms",
        "phrase",
        "word",
        "words",
        "slogan",
        "motto",
        "nickname",
        "hashtag",
        "title",
        "label",
        "expression",
        "dubbed",
        "nicknamed",
        "titled",
        "entitled",
        "so-called",
    }
)
_SO_CALLED = "so-called"
# reporting verbs that give a thing its name ('was called a "…"', 'has been termed "…"')
_NAMING_VERBS = frozenset({"call", "term", "dub", "label"})
_SENTENCE_BREAK = re.compile(r"[.!?…][\"”’)\]]*\s+")
# a sentence ending inside quoted words and the next one opening; sentences shorter than this are abbreviations
_PASSAGE_BREAK = re.compile(r"(?<=[.!?…])\s+(?=[A-Z])")
MIN_PASSAGE_SENTENCE_WORDS = 3
_PASSAGE_PUNCT = re.compile(r"[.!?…,]")
# how quoted words modify a noun outside them ('a "rugged" model', 'its "hateful conduct" policy')
_NOUN_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "nummod", "advmod", "npadvmod", "quantmod"})
# quoted words that label a noun rather than judge it: nouns, names, "yes"/"no" as compounds or determiners
_LABEL_DEPS = frozenset({"compound", "nmod", "det"})
_LABEL_POS = frozenset({"NOUN", "PROPN", "INTJ", "DET", "NUM"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})
# the words of a noun term: nouns and names with their prepositions, conjunctions, numbers and possessive marks
_TERM_POS = _NOUN_POS | {"ADP", "CCONJ", "PART", "NUM"}
_EXCLAMATIONS = frozenset({"!", "?"})
# the edge by which a reporting verb takes what was said: a clause, a predicate ('called it "a disgrace"',
# 'said he was "stunned"') or a preposition of speech ('described it as "reckless"', 'warned of "grave" risks')
_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "csubj", "parataxis", "oprd", "attr", "acomp"})
_CONTENT_PREPOSITIONS = frozenset({"as", "of", "about", "against"})
_CLAUSE_BREAKS = frozenset(",;—–")
_MAX_CUE_GAP = (
    8  # tokens between a reporting verb and a quotation it says outright ('told the BBC on Friday "…"')
)
# words between a reporting verb and a quotation that make the quotation part of the reporter's sentence
_NOT_OUTRIGHT = frozenset({"that", "as", "of", "about", "like", "if", "whether", "to", "for"})
# how a quotation said outright hangs on its verb: its content clause or object
_OUTRIGHT_DEPS = frozenset({"ccomp", "dobj", "parataxis", "xcomp"})


class _LastSpeaker(NamedTuple):
    """The last quotation with a known speaker: who, in which paragraph, and its last token."""

    speaker: Speaker
    paragraph: int
    token: int


def direct_and_partial(ctx: Context) -> list[Quote]:
    """A quote for each quotation-mark span someone is quoted in, in text order."""
    quotes: list[Quote] = []
    last: _LastSpeaker | None = None
    # paragraph where the current quotation opened: once it ends, the next quotation's distance to its speaker
    # counts from there (as for one span); while it runs on, its next paragraph is always within reach
    opened = 0
    for n, own in enumerate(ctx.spans):
        q = _running(ctx.spans, n)
        if n == 0 or not ctx.spans[n - 1].runs_on:
            opened = ctx.paragraph_of(own.start)
        kind = _kind(ctx, q)
        if (kind == "partial" or _set_off_in_passing(ctx, q)) and is_name(ctx.text[q.start : q.end]):
            continue  # 'named it "Operation Peace Spring"', 'also known as the "Radio Control Law"'
        label = label_speaker(ctx, q) if kind == "direct" else None
        speaker = _quote_speaker(ctx, q, kind, last, label)
        if speaker is None:
            continue  # scare quotes, titles, terms: no one is quoted
        if speaker.entity is not None or speaker.mention:
            paragraph = ctx.paragraph_of(own.start) if own.runs_on else opened
            last = _LastSpeaker(speaker, paragraph, ctx.token_at(own.end - 1))
        elif label is not None:
            last = None  # a heading that names no one ends the speaker carried on from before it
        if kind == "partial" and _stands_as_statement(ctx, q):
            kind = "direct"
        quotes.append(ctx.quote(kind, speaker, own.start, own.end))
    return quotes


def _running(spans: list[QuoteSpan], n: int) -> QuoteSpan:
    """The span from span ``n`` to the end of the quotation it runs on into over the next paragraphs: who says a
    paragraph of a running quotation, and how, is read on the whole rest of it ('"First part.¶"Second part," X
    said.'), though each paragraph is a quote of its own."""
    last = n
    while spans[last].runs_on and last + 1 < len(spans):
        last += 1
    return replace(spans[n], end=spans[last].end)


def _quote_speaker(
    ctx: Context, q: QuoteSpan, kind: str, last: _LastSpeaker | None, label: Speaker | None
) -> Speaker | None:
    """Who a quotation quotes: its cue's speaker (a medium relays the last speaker), else who its label names
    (``labels``), the subject before an introducing colon or of a reporting verb just before, else the last
    speaker (direct) or the sentence's subject (partial; None when there is none)."""
    first, final = ctx.token_at(q.start), ctx.token_at(q.end - 1)
    cue = _direct_cue(ctx, q, first, final) if kind == "direct" else _partial_cue(ctx, first, final)
    if kind == "partial" and cue is not None:
        cue = blaming_verb(cue, first, final, ctx) or cue
        while bidden(cue):
            cue = (
                cue.head
            )  # 'urged the firm to explain its "glitches"': the words of who asked, not of the firm
        if open_decision(cue) and cue.i < first:
            cue = (
                None  # 'lets the board decide what counts as a "hazard"': the board decides, it quotes no one
            )
    speaker = (
        speaker_for_cue(cue, ctx, inverted=kind == "direct" and cue.i > final)
        if cue is not None
        else _in_words_of(ctx, first)
    )
    unnamed = speaker is not None and speaker.entity is None and not speaker.mention
    if unnamed:
        speaker = None  # the cue's subject names no one who could speak: the other rules look further
    paragraph = ctx.paragraph_of(q.start)
    recent = last if last is not None and paragraph - last.paragraph <= FLOATING_PARAGRAPHS else None
    if unnamed and any(c.dep_ == "nsubj" and c.lower_ == "i" for c in cue.children):
        # '…, I say, "…"' in the text itself: whoever the text quotes speaks (the last speaker), else no one named;
        # '"What?" I ask.', 'I tell her "…"': the narrator's own line or words, never the other party's (who stays
        # the last speaker: a cue-less reply is usually theirs)
        said = cue_text(cue)
        narrated = cue.i > final or kind == "partial" and _in_clause_of(ctx.doc[first], cue)
        return (
            Speaker(recent.speaker.entity, recent.speaker.mention, said)
            if recent and not narrated
            else Speaker(None, None, said)
        )
    if (
        cue is not None
        and cue.i > first
        and reporting_verbs().get(cue.lemma_.lower()) == "media"
        and recent is not None
    ):
        # "..., the Times reported": the medium relays the last speaker; "Senators condemned it, citing ..." do
        # not, nor does "the Post is reporting that X's "fate" ...", where the medium's own report holds the words
        if (
            speaker is None
            or speaker.entity is not None
            and ctx.actors.actor_type(speaker.entity) != "person"
        ):
            speaker = Speaker(recent.speaker.entity, recent.speaker.mention, None)
    if speaker is None and kind == "direct":
        speaker = (
            (_misread_tag(ctx, q, final) if cue is None else None)
            or label
            or _intro_speaker(ctx, q)
            or _narration_subject(ctx, q, recent is not None or _first_person(ctx, first, final))
            or _preceding_cue_speaker(ctx, q, first, last)
        )
    if kind == "partial":
        noun = _speech_noun(ctx, first)
        if noun is not None and (cue is None or cue.i < noun[0].i):
            # 'rejected the claim by the governor that "…"': the claim's author, not who rejected it
            return noun[1]
    if kind == "partial" and speaker is not None and cue is not None:
        speaker = _person_quoting_a_paper(ctx, cue, speaker, first, final) or speaker
    if speaker is not None:
        return _unless_no_one(ctx, first, final, cue, speaker) if kind == "partial" else speaker
    if kind == "partial":
        if _set_off_term(ctx, first, final):
            return None
        if cue is not None and _passive_report(cue, first):
            # 'X was said to be suffering "minor symptoms"': by someone unnamed; '... a "pandemic" by the WHO': the WHO
            agent = _passive_agent(cue, first, final)
            if agent is not None:
                return speaker_named_by(agent, cue, ctx)
            if cue.lemma_.lower() in _NAMING_VERBS:
                # 'the result has been called a "political earthquake"': what a thing is called by no one named is
                # its name, no one's words
                return _repeated_report(ctx, cue)
            return _repeated_report(ctx, cue) or Speaker(None, None, cue_text(cue))
        speaker = (
            _continued_report(ctx, q, first, last) or _as_stated_in(ctx, first, final)
            if cue is None
            else None
        ) or _subject_fallback(ctx, first, final)
        if speaker is None and unnamed:
            return Speaker(None, None, cue_text(cue))  # quoted by someone the text does not name
        return _unless_no_one(ctx, first, final, cue, speaker) if speaker is not None else None
    if recent is not None:
        return Speaker(recent.speaker.entity, recent.speaker.mention, None)
    return _first_person_subject(ctx, first, final) or Speaker(None, None, None)


def _in_clause_of(token: Token, cue: Token) -> bool:
    """The token is in the cue's own clause: no verb with a subject of its own between them ('I tell her "…"', not
    'I ask X if …; he professes to "…"')."""
    while token.i != cue.i:
        if token.head.i == token.i:
            return False
        token = token.head
        if (
            token.i != cue.i
            and token.pos_ in ("VERB", "AUX")
            and any(c.dep_ in SUBJECT_DEPS for c in token.children)
        ):
            return False
    return True


def _first_person_subject(ctx: Context, first: int, final: int) -> Speaker | None:
    """'Mr Blair started by reminiscing about his childhood. "I remember …"': a quotation in the first person,
    with no cue and no one quoted before it, is the person the narration just made its subject (the last two
    sentences before it)."""
    if not _first_person(ctx, first, final):
        return None
    person = ctx.actors.salient_person_before(first, sentences=FIRST_PERSON_BACK_SENTENCES)
    if person is None:
        return None
    earliest = ctx.actors.sentence_index(first) - FIRST_PERSON_BACK_SENTENCES
    for t in reversed(ctx.doc[:first]):
        if ctx.actors.sentence_index(t.i) < earliest:
            return None
        if (
            t.i not in ctx.quoted
            and t.dep_ in SUBJECT_DEPS
            and t.pos_ != "PRON"
            and ctx.actors.actor_for_token(t) == person
        ):  # as the text names the person, not "he"
            speaker = speaker_named_by(named_subject(t, t.head, ctx), t.head, ctx)
            return Speaker(speaker.entity, speaker.mention, None) if speaker.mention else None
    return None


def _person_quoting_a_paper(
    ctx: Context, cue: Token, speaker: Speaker, first: int, final: int
) -> Speaker | None:
    """'X denied that …; the document only says that they "… but we did not say …"': words in the first person
    that a paper no one is named for "says" are quoted from a person: the speaker of the nearest report before it
    in the same sentence, when that is a person (a body's or a paper's report before it leaves the paper)."""
    if speaker.entity is not None or not _first_person(ctx, first, final):
        return None
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subject is None or ctx.actors.mention_for_token(subject) is not None or not carries_words(subject):
        return None
    start = ctx.sentence(cue.i).start
    for i in reversed(ctx.cue_order):
        earlier = ctx.cue_speakers[i] if start <= i < cue.i else None
        if earlier is not None and earlier.entity is not None:
            person = ctx.actors.actor_type(earlier.entity) == "person"
            return Speaker(earlier.entity, earlier.mention, cue_text(cue)) if person else None
    return None


def _first_person(ctx: Context, first: int, final: int) -> bool:
    return any(t.lower_ in FIRST_PERSON for t in ctx.doc[first : final + 1])


def _kind(ctx: Context, q: QuoteSpan) -> str:
    """Direct when the quotation stands as its own sentence or follows 'X said:' / 'X said,'."""
    prefix = _prefix(ctx, q)
    if not prefix:
        return "partial" if _runs_on(ctx, q) else "direct"
    if prefix.endswith(":"):
        return "direct"
    if prefix.endswith(",") and any(
        is_cue(ctx.doc[i]) for i in range(ctx.token_at(q.open_mark - len(prefix)), ctx.token_at(q.open_mark))
    ):
        return "direct"
    return "partial"


def _stands_as_statement(ctx: Context, q: QuoteSpan) -> bool:
    """A quotation the reporter's sentence does not take as a phrase of its own is the statement itself, comma
    or not: a quoted clause that a reporting verb right before it says outright ('Tusk wrote "Let's all pray
    …"', 'she told the court "Basic checks weren't done."'), or one opening with a capital after a comma,
    semicolon or dash that ends the reporter's words ('Johnson continued, "And I hope …"'). Only the label
    changes: the speaker is found by the partial quote's rules, which read the verb governing the words."""
    if _passage(ctx, q):
        return True
    first, final = ctx.token_at(q.start), ctx.token_at(q.end - 1)
    # the quoted words' head: hung outside them, or the root when the parser made the reporter's words hang on it
    head = next(
        (t for t in ctx.doc[first : final + 1] if t.head.i == t.i or not first <= t.head.i <= final), None
    )
    if head is None or not _quoted_clause(head, first, final) or _runs_on_after(head, final):
        return False
    if _prefix(ctx, q)[-1:] in _CLAUSE_BREAKS and ctx.text[q.start : q.start + 1].isupper():
        return True
    return _said_outright(ctx, q, head, first)


def _passage(ctx: Context, q: QuoteSpan) -> bool:
    """Quoted words of several sentences, opening with a capital, not brought in by a word that makes them part of
    the reporter's clause ("that", "to", "as", …): no phrase of the reporter's sentence holds whole sentences
    ('She said on the programme "It is a loss. So …"', '"I am in awe. Apparently …" he said')."""
    words = ctx.text[q.start : q.end].strip()
    sentences = _PASSAGE_BREAK.split(words)
    before = ctx.word_before(q.open_mark)
    return (
        words[:1].isupper()
        and len(sentences) > 1
        and not is_name(_PASSAGE_PUNCT.sub("", words))  # 'Wait, Wait … Don't Tell Me!': a title
        and all(len(s.split()) >= MIN_PASSAGE_SENTENCE_WORDS for s in sentences)
        and (before < 0 or ctx.doc[before].lower_ not in _NOT_OUTRIGHT)
    )


def _runs_on_after(head: Token, final: int) -> bool:
    """'saying "nobody wins" from further escalation': the reporter's words after the marks complete the quoted
    clause (an "and" with a clause of its own starts a new one), so the quotation is a piece of his sentence."""
    return any(
        c.i > final and c.dep_ not in ("punct", "cc", "conj") and not c.is_space for c in head.children
    )


def _quoted_clause(head: Token, first: int, final: int) -> bool:
    """The quoted words' head is a tensed verb with its subject among them, or an imperative opening them."""
    if head.i == first and head.tag_ == "VB":
        return True
    return is_finite(head) and any(
        c.dep_ in (*SUBJECT_DEPS, "expl") and first <= c.i <= final for c in head.children
    )


def _said_outright(ctx: Context, q: QuoteSpan, head: Token, first: int) -> bool:
    """The quoted clause hangs on a reporting verb just before the marks as its content, with only the verb's
    own words between ('told the BBC after the verdict "…"'), not a "that" or a subject of the quoted words
    ('alleged "that X was born abroad"', 'said his party "[is] eager …"': a reported clause, its words quoted)."""
    cue, mark = head.head, ctx.token_at(q.open_mark)
    if not mark - _MAX_CUE_GAP <= cue.i < mark or cue.i in ctx.quoted or cue.lower_ == "according":
        return False
    if head.dep_ not in _OUTRIGHT_DEPS or not is_cue(cue):
        return False
    opener = ctx.doc[first]
    if opener.dep_ == "mark" and opener.head == head:
        return False
    return not any(
        t.i in ctx.quoted or t.lower_ in _NOT_OUTRIGHT or head.is_ancestor(t) or not cue.is_ancestor(t)
        for t in ctx.doc[cue.i + 1 : mark]
    )


def talked_about(ctx: Context, q: QuoteSpan) -> bool:
    """'the term "subject to"', 'a program dubbed "Zrínyi 2026"': quoted words a noun or verb of naming introduces
    are talked about, not said (a report holding them keeps them)."""
    before = ctx.token_at(q.open_mark) - 1
    while before >= 0 and (ctx.doc[before].is_space or ctx.doc[before].text in ("the", "a")):
        before -= 1
    if before < 0:
        return False
    word = ctx.doc[before]
    end = word.idx + len(word)
    # "so-called" is three tokens: its last, "called", alone would be a speech verb ('called it "a disgrace"')
    return word.lower_ in _NAMING_WORDS or ctx.text[end - len(_SO_CALLED) : end].lower() == _SO_CALLED


def _set_off_in_passing(ctx: Context, q: QuoteSpan) -> bool:
    """'the initiative, "Central America Forward," has raised ...': several quoted words set off by commas after a
    noun inside the reporter's sentence, which goes on after them in lower case; a name there is what the noun is
    called ('he said, "We Will Win," and left' is said)."""
    after = ctx.text[q.end : q.end + MAX_RUN_ON_GAP].lstrip("\"”’'")
    comma = ctx.token_at(q.open_mark) - 1
    return (
        len(ctx.text[q.start : q.end].split()) > 1
        and after[:1] == " "
        and after[1:2].islower()
        and comma > 0
        and ctx.doc[comma].text == ","
        and ctx.doc[comma - 1].pos_ in ("NOUN", "PROPN")
    )


def _runs_on(ctx: Context, q: QuoteSpan) -> bool:
    """'"Build Back Better" calls for ...', '"Law and order" was a theme': quoted words opening a sentence that
    goes straight on after the closing mark are a phrase in the reporter's sentence, not a sentence quoted; a bare
    report after them ('"… throughout the country" Mr X told the radio.') says them, its comma left out."""
    words = ctx.text[q.start : q.end].rstrip()
    after = ctx.text[q.end : q.end + MAX_RUN_ON_GAP].lstrip("\"”’'")
    if not (bool(words) and words[-1] not in ".,;:!?…—–-" and after[:1] == " " and after[1:2].isalpha()):
        return False
    word = _word_after(ctx, q, ctx.token_at(q.end - 1))
    return word is None or not _bare_report_after(ctx, word)


def _prefix(ctx: Context, q: QuoteSpan) -> str:
    """Text between the sentence (or paragraph) start and the opening mark."""
    para = ctx.paragraph_starts[ctx.paragraph_of(q.open_mark)]
    before = ctx.text[max(para, q.open_mark - MAX_PREFIX_CHARS) : q.open_mark]
    breaks = list(_SENTENCE_BREAK.finditer(before))
    last = breaks[-1] if breaks else None
    return before[last.end() :].strip() if last else before.strip()


def is_name(text: str) -> bool:
    """Quoted words that are a title or a name ("Spike", "Salute to America"): every word capitalised but the
    short words inside a title, no sentence punctuation. A final period the writer's style puts inside the closing
    mark ('launched "Central America Forward."') ends the reporter's sentence, not the name's, when the name has
    several words (one word so set off may be someone's coinage: 'accused him of "Obamagate."')."""
    words = [w for w in re.split(r"[\s\-]+", text.strip(" ,.")) if any(c.isalpha() for c in w)]
    inner = text.strip()
    if len(words) > 1 and re.search(r"\w\.$", inner):
        inner = inner[:-1]
    return (
        bool(words)
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w in _TITLE_SMALL_WORDS for w in words[1:])
        and not any(c in inner for c in ".!?;:")
    )


def _direct_cue(ctx: Context, q: QuoteSpan, first: int, last: int) -> Token | None:
    """The reporting verb nearest a direct quotation, in its sentence or the one it runs into."""
    sent = ctx.sentence(first)
    prefix = _prefix(ctx, q)
    # the parser may start a sentence at the quotation mark: "..., Jamel Msallem, said, "We ...""
    lo, hi = min(sent.start, ctx.token_at(q.open_mark - len(prefix))), ctx.sentence(last).end
    if prefix.endswith(":") and sent.start == first and sent.start > 0:
        lo = ctx.sentence(sent.start - 1).start
    after = _word_after(ctx, q, last)
    if after is not None:
        tail = ctx.text[q.start : q.end].rstrip()[-1:]
        if (
            tail in ",—–-"
            or ctx.doc[after].text[:1].islower()
            or (tail in "!?" and _cue_right_after(ctx, after))
            or ((tail in ".!?" or tail.isalnum()) and _bare_report_after(ctx, after))
        ):
            hi = max(hi, ctx.sentence(after).end)
    return _nearest_cue(ctx, lo, hi, first, last)


def _word_after(ctx: Context, q: QuoteSpan, last: int) -> int | None:
    """The first word after a quotation's closing mark in its paragraph, if any within a few tokens."""
    after = last + 1
    while (
        after < min(len(ctx.doc), last + 8)
        and (ctx.doc[after].is_punct or ctx.doc[after].is_space)
        and "\n" not in ctx.doc[after].text
    ):
        after += 1
    if (
        after < len(ctx.doc)
        and "\n" not in ctx.doc[after].text
        and ctx.paragraph_of(ctx.doc[after].idx) == ctx.paragraph_of(q.start)
    ):
        return after
    return None


def _nearest_cue(ctx: Context, lo: int, hi: int, first: int, last: int) -> Token | None:
    """The cue nearest the quotation among tokens ``lo`` to ``hi``, outside quotations."""
    best, best_distance = None, None
    for i in range(lo, hi):
        if i in ctx.quoted:
            continue
        token = ctx.doc[i]
        if is_cue(token):
            distance = first - i if i < first else (i - last) * 0.9  # ties go to '..., she said'
            if token.dep_ in ("relcl", "acl") and not _introduces(ctx, token, first):
                distance += (
                    RELATIVE_CUE_PENALTY  # "X commented on it — which the BBC noted as unusual — "...""
                )
            if best_distance is None or distance < best_distance:
                best, best_distance = token, distance
    return best


def _introduces(ctx: Context, cue: Token, first: int) -> bool:
    """'… was criticised by A and B, who wrote on X: "…"': a relative clause whose subject is its person ("who")
    and which ends in the colon before the quotation is no aside; it says who the quotation is by."""
    colon = first - 1
    while colon > cue.i and (ctx.doc[colon].is_space or ctx.doc[colon].is_quote):
        colon -= 1
    return (
        colon > cue.i
        and ctx.doc[colon].text == ":"
        and (ctx.doc[colon].head.i == cue.i or cue.right_edge.i == colon - 1)
        and any(c.dep_ in SUBJECT_DEPS and c.tag_ == "WP" for c in cue.children)
    )


def _cue_right_after(ctx: Context, after: int) -> bool:
    """'"... in two days!" Macron told the world': a reporting verb within a few words after the quotation."""
    return any(
        i not in ctx.quoted and is_cue(ctx.doc[i])
        for i in range(after, min(len(ctx.doc), after + CUE_AFTER_EXCLAMATION))
    )


def _bare_report_after(ctx: Context, after: int) -> bool:
    """'"… in direction." Representative X, one of …, said during a news conference.': the parser starts a new
    sentence after the quotation's full stop, yet a speech verb there with its subject before it and no content
    of its own (no clause, no quotation, no colon to one) reports the quotation before it. "Told the conference"
    names a hearer, not what was told; a clause after "and" is coordinated, whatever the parse calls it. When the
    parser keeps the quotation in the verb's sentence, the verb's subject must open the words after the mark."""
    sent = ctx.sentence(after)
    root = sent.root
    lemma = root.lemma_.lower()
    if not (is_cue(root) and reporting_verbs().get(lemma) == "speech" and root.i > after):
        return False
    subjects = [c for c in root.children if c.dep_ in SUBJECT_DEPS and c.i < root.i]
    if sent.start != after and not any(c.left_edge.i == after for c in subjects):
        return False
    content = {"ccomp", "xcomp", "parataxis"} | (set() if "recipient" in reporting_flags(lemma) else {"dobj"})
    conjunction = next((c.i for c in root.children if c.dep_ == "cc" and c.i > root.i), len(ctx.doc))
    return (
        bool(subjects)
        and not any(c.dep_ in content and after <= c.i < conjunction for c in root.children)
        and not any(i in ctx.quoted for i in range(after, sent.end))
        and not any(t.text == ":" for t in ctx.doc[after : sent.end])
    )


def _partial_cue(ctx: Context, first: int, last: int) -> Token | None:
    """The reporting verb governing a partial quotation's words (or a relative clause's verb with a named
    subject), else the nearest in its sentence."""
    token = next(
        (ctx.doc[i] for i in range(first, last + 1) if not first <= ctx.doc[i].head.i <= last), ctx.doc[first]
    )
    below = None
    for _ in range(MAX_HEAD_CLIMB):
        if token.i not in ctx.quoted and (is_cue(token) or nominal_cue_parts(token) is not None):
            if below is not None and _second_content(token, below):
                return _nearest_cue(ctx, ctx.sentence(first).start, first, first, last) or token
            # 'disputed the mayor's claim that crime was at a "historic low"': the claim's author
            return token
        if (
            token.dep_ == "relcl"
            and token.pos_ == "VERB"
            and token.i not in ctx.quoted
            and any(c.dep_ == "nsubj" and name_mention(ctx, c) is not None for c in token.children)
        ):
            return (
                token  # 'the ruling, which Ross called a "stunt"': the relative clause's named subject speaks
            )
        if token.head.i == token.i:
            break
        below, token = token, token.head
    sent = ctx.sentence(first)
    cue = _nearest_cue(ctx, sent.start, sent.end, first, last)
    return None if cue is not None and _apart_in_adverbial(cue, first, last) else cue


def _second_content(cue: Token, clause: Token) -> bool:
    """'… a visit by Vance, who argued the bank ran a "shadow budget", the premier insisted that …': a clause the
    parser hung before a reporting verb that reports its own "that" clause after it is no second content of that
    verb; the quoted words belong to a report before them, if the sentence has one."""
    return (
        clause.dep_ in ("ccomp", "advcl")
        and clause.i < cue.i
        and any(
            c.dep_ == "ccomp"
            and c.i > cue.i
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            for c in cue.children
        )
    )


def _apart_in_adverbial(cue: Token, first: int, last: int) -> bool:
    """'When the mayor tweeted that ..., Twitter attached a notice "…"': a reporting verb in an adverbial clause
    the quoted words are not in reports something else; not an "as" clause right beside the quoted words ('or
    "stand in the sun" as one adviser put it', 'as X said, "…"'), which says whose they are."""
    token = cue
    for _ in range(MAX_HEAD_CLIMB):
        if token.dep_ == "advcl":
            return not _beside_as_clause(token, first, last) and not (
                token.left_edge.i <= first <= token.right_edge.i
            )
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _beside_as_clause(clause: Token, first: int, last: int) -> bool:
    """An "as" clause with only punctuation between it and the quoted words, after or before them."""
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in clause.children):
        return False
    doc = clause.doc
    gap = range(last + 1, clause.left_edge.i) if clause.i > last else range(clause.right_edge.i + 1, first)
    return all(doc[i].is_punct or doc[i].is_space for i in gap)


def _misread_tag(ctx: Context, q: QuoteSpan, final: int) -> Speaker | None:
    """'"It is not," the column read.': a few words after the quotation's closing comma that end its sentence on a
    reporting verb the parser took for a noun are a tag naming who speaks; not whoever was quoted before."""
    after = _word_after(ctx, q, final)
    if after is None or ctx.text[q.start : q.end].rstrip()[-1:] != ",":
        return None
    doc, end = ctx.doc, after
    while end < len(doc) and end - after <= MAX_INTERRUPTION_WORDS and not doc[end].is_punct:
        end += 1
    if end == after + 1 or end >= len(doc) or doc[end].text not in (".", "!", "?"):
        return None
    verb, words = doc[end - 1], doc[after : end - 1]
    if (
        verb.pos_ in ("VERB", "AUX")
        or reporting_verbs().get(verb.lemma_.lower()) not in ("speech", "media")
        or any(t.pos_ in ("VERB", "AUX", "PRON") for t in words)
        or not any(t.pos_ in ("NOUN", "PROPN", "ADJ") for t in words)
    ):
        return None
    return Speaker(ctx.actors.actor_for_span(words), " ".join(words.text.split()), verb.text)


def _intro_speaker(ctx: Context, q: QuoteSpan) -> Speaker | None:
    """'Bolsonaro opposed Macron's statement: "..."': a quotation introduced by a colon, with no reporting verb,
    belongs to the subject of the clause before the colon."""
    colon = ctx.word_before(q.open_mark)
    if colon < 0 or ctx.doc[colon].text != ":":
        return None
    verb = ctx.doc[colon].head
    if verb.i > colon or verb.i in ctx.quoted:
        # the parser hung the colon on the quotation: the clause before it is the top of the words before it
        verb = ctx.doc[colon - 1]
        while verb.head.i < colon and verb.head.i != verb.i:
            verb = verb.head
    while verb.head.i != verb.i and verb.dep_ not in ("ROOT", "parataxis") and verb.head.i < colon:
        verb = verb.head
    subject = next(
        (
            s
            for c in verb.children
            if c.dep_ in SUBJECT_DEPS and c.i < colon and c.i not in ctx.quoted and (s := past_dateline(c))
        ),
        None,
    )
    if subject is None or subject.lower_ in ("it", "this", "that", "there"):
        return None
    speaker = speaker_named_by(named_subject(subject, verb, ctx), verb, ctx)
    return Speaker(speaker.entity, speaker.mention, None) if speaker.mention else None


def _narration_subject(ctx: Context, q: QuoteSpan, someone_speaks: bool) -> Speaker | None:
    """'Reed disputed that account. "We did not arrange anything …"': a quotation with no cue opening a
    sentence right after a sentence of narration in its paragraph is the words of that sentence's subject (its
    main clause's, not of a report nested in it), when the subject names an actor and the quotation is someone's
    (``someone_speaks``: a speaker quoted recently, or words in the first person), not the last speaker's."""
    if not someone_speaks or _prefix(ctx, q):
        return None
    end = ctx.word_before(q.open_mark)
    if end < 0 or ctx.paragraph_of(ctx.doc[end].idx) != ctx.paragraph_of(q.start):
        return None
    start = ctx.actors.sent_starts[ctx.actors.sentence_index(end)]
    narration = ctx.doc[start : end + 1]
    if any(t.i in ctx.quoted for t in narration):
        return None
    root = next((t for t in narration if t.head.i == t.i or not start <= t.head.i <= end), None)
    subject = (
        next((s for c in root.children if c.dep_ == "nsubj" and (s := past_dateline(c))), None)
        if root is not None
        else None
    )
    if subject is None or ctx.actors.mention_for_token(subject) is None:
        return None
    speaker = speaker_named_by(named_subject(subject, root, ctx), root, ctx)
    if speaker.entity is None:
        return None
    kind = ctx.actors.actor_type(speaker.entity)
    if kind != "person" and (
        kind == "organization"
        and any(t.lower_ in FIRST_PERSON for t in narration)
        or any(
            t.lower_ in _SINGULAR_FIRST_PERSON
            for t in ctx.doc[ctx.token_at(q.start) : ctx.token_at(q.end - 1) + 1]
        )
    ):
        # 'The House failed to act. "I call on …"': one person's words, not the body's or the place's; 'Congress
        # must keep the promise we made. "We …"': a narration in the first person is the writer's voice, not the
        # body's (a group, "they asked us", may still speak)
        return None
    return Speaker(speaker.entity, speaker.mention, None)


def _preceding_cue_speaker(
    ctx: Context, q: QuoteSpan, first: int, last: _LastSpeaker | None
) -> Speaker | None:
    """'Brett Ellis also criticized the decision on Twitter. "The statement shows ..."': a quotation standing alone
    right after a reporting verb (previous sentence, after the last quotation) is its speaker's: in the same
    paragraph, or closing the paragraph before when the quotation opens its own ('X says he had to pay school
    fees. // "I had four children ..."': the report introduces the words, not whoever was quoted before it). A cue
    inside the content of another report whose speaker is named is what that speaker reports, not who speaks next
    ('it is claimed that, according to X, …' keeps X)."""
    sentence, paragraph = ctx.actors.sentence_index(first), ctx.paragraph_of(q.start)
    opens = not ctx.text[ctx.paragraph_starts[paragraph] : q.open_mark].strip()
    paragraphs = (paragraph - 1, paragraph) if opens else (paragraph,)
    pos = bisect_right(ctx.cue_order, first - 1)
    for i in reversed(ctx.cue_order[max(0, pos - MAX_LOOKBACK_CUES) : pos]):
        if ctx.actors.sentence_index(i) < sentence - 1 or ctx.paragraph_of(ctx.doc[i].idx) not in paragraphs:
            return None
        if last is not None and i < last.token:
            return None
        outer = reporting_cue(ctx, ctx.doc[i])
        if outer is not None and _names_someone(ctx.cue_speakers.get(outer.i)):
            continue  # 'He added that some leaders deny it. "…"': the report's speaker, not what he reported
        speaker = ctx.cue_speakers.get(i)
        if _names_someone(speaker):
            return Speaker(speaker.entity, speaker.mention, None)
    return None


def _names_someone(speaker: Speaker | None) -> bool:
    return speaker is not None and (speaker.entity is not None or bool(speaker.mention))


def _continued_report(ctx: Context, q: QuoteSpan, first: int, last: _LastSpeaker | None) -> Speaker | None:
    """'X has said he will not talk to Y unless it meets conditions. Y would have to "stop …"', 'X said his office
    had worked with them. They had worked together to pick "…"': partial quoted words with no reporting verb in a
    sentence whose tense is shifted back (a modal, a past perfect) right after a report (or after such a
    continuation) go on with that speaker; the shift is the report's, not the narration's (a modal inside the
    quotation marks is the quoted words' own)."""
    root = ctx.sentence(first).root
    if not any(
        a.dep_ == "aux"
        and a.i not in ctx.quoted
        and (a.tag_ == "MD" and a.lower_ in _BACKSHIFT_MODALS or a.lower_ == "had")
        for a in root.children
    ):
        return None
    sentence, paragraph = ctx.actors.sentence_index(first), ctx.paragraph_of(q.start)
    if (
        last is not None
        and last.paragraph == paragraph
        and ctx.actors.sentence_index(last.token) in (sentence, sentence - 1)
    ):
        return Speaker(last.speaker.entity, last.speaker.mention, None)
    return _preceding_cue_speaker(ctx, q, first, last)


def _speech_noun(ctx: Context, first: int) -> tuple[Token, Speaker] | None:
    """A speech noun with an author whose "that" clause the quoted words open ('found worrisome a statement by X in
    October that "…"', the clause hung elsewhere by the parser), and that author as the speaker."""
    that = first - 1
    while that >= 0 and (ctx.doc[that].is_punct or ctx.doc[that].is_space):
        that -= 1
    if that < 0 or ctx.doc[that].lower_ != "that":
        return None
    for i in range(that - 1, max(-1, that - MAX_SPEECH_NOUN_DISTANCE), -1):
        token = ctx.doc[i]
        if i in ctx.quoted or token.pos_ in ("VERB", "AUX"):
            return None
        if token.pos_ == "NOUN" and token.lemma_.lower() in NOMINAL_CUES:
            by = (
                o
                for p in token.children
                if p.dep_ == "prep" and p.lower_ in ("by", "from")
                for o in p.children
            )
            author = next((c for c in token.children if c.dep_ == "poss"), None) or next(
                (o for o in by if o.dep_ == "pobj"), None
            )
            if author is None or author.i in ctx.quoted:
                return None
            found = speaker_named_by(author, token, ctx)
            return token, Speaker(found.entity, found.mention, token.text)
    return None


def _repeated_report(ctx: Context, cue: Token) -> Speaker | None:
    """'A party source claimed X. It is also claimed that Y is "deadly serious"': a passive report with no agent
    that repeats the verb of a report just before it (same or previous sentence, same paragraph) is that
    reporter's."""
    sentence, paragraph = ctx.actors.sentence_index(cue.i), ctx.paragraph_of(cue.idx)
    pos = bisect_right(ctx.cue_order, cue.i - 1)
    for i in reversed(ctx.cue_order[max(0, pos - MAX_LOOKBACK_CUES) : pos]):
        if ctx.actors.sentence_index(i) < sentence - 1 or ctx.paragraph_of(ctx.doc[i].idx) != paragraph:
            return None
        speaker = ctx.cue_speakers.get(i)
        if ctx.doc[i].lemma_ == cue.lemma_ and speaker is not None and speaker.entity is not None:
            return Speaker(speaker.entity, speaker.mention, cue_text(cue))
    return None


def _passive_report(cue: Token, first: int) -> bool:
    """The quoted words are what a passive reporting verb reports ('was said to be suffering "..."')."""
    return any(c.dep_ == "auxpass" for c in cue.children) and cue.left_edge.i <= first <= cue.right_edge.i


def _passive_agent(cue: Token, first: int, final: int) -> Token | None:
    """Who a passive report is by: its agent, or a "by" the parser hung on the quoted words ('was announced to
    be a "pandemic" by X')."""
    return next(
        (
            o
            for t in cue.subtree
            if t.dep_ == "agent" and t.head.i == cue.i or t.lower_ == "by" and first <= t.head.i <= final
            for o in t.children
            if o.dep_ == "pobj"
        ),
        None,
    )


def _as_stated_in(ctx: Context, first: int, final: int) -> Speaker | None:
    """'As stated in the memo, the treasurer has "ignored every warning"', 'as reported by the agency, …': a
    subjectless "as" clause of a reporting verb on the clause holding the quoted words names where they come from —
    not the clause's subject."""
    top = ctx.doc[first]
    while top.head.i != top.i and top.dep_ not in ("ROOT", "ccomp", "conj"):
        top = top.head
    for clause in top.children:
        if (
            clause.dep_ == "advcl"
            and clause.tag_ == "VBN"
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in clause.children)
            and not any(c.dep_ in SUBJECT_DEPS for c in clause.children)
            and not clause.left_edge.i <= first <= clause.right_edge.i
            and is_cue(clause)
        ):
            source = next(
                (
                    o
                    for p in clause.children
                    if p.dep_ in ("prep", "agent") and p.lower_ in ("in", "by")
                    for o in p.children
                    if o.dep_ == "pobj"
                ),
                None,
            )
            if source is not None and source.i not in ctx.quoted:
                return speaker_named_by(source, clause, ctx)
    return None


def _in_words_of(ctx: Context, first: int) -> Speaker | None:
    """'and, in X's own words to Y, "set the terms for the deal"', 'in the words of X, "…"': quoted words with no
    reporting verb that an "in X's words" just before them gives to X — not the subject of the clause they sit in."""
    start = ctx.sentence(first).start
    for words in ctx.doc[max(start, first - _WORDS_OF_REACH) : first]:
        if words.lemma_.lower() != "word" or words.tag_ != "NNS" or words.i in ctx.quoted:
            continue
        before = [t for t in ctx.doc[start : words.i] if t.dep_ != "amod"]
        owner = next((c for c in words.children if c.dep_ == "poss"), None)
        if owner is None and before and before[-1].lower_ == "the":
            of = next((c for c in words.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            owner = next((o for o in of.children if o.dep_ == "pobj"), None) if of is not None else None
            before = before[:-1]
        opener = next((t for t in reversed(before) if t.i < (owner.i if owner is not None else 0)), None)
        if owner is not None and opener is not None and opener.lower_ == "in":
            return speaker_named_by(owner, words, ctx)
    return None


def _set_off_term(ctx: Context, first: int, final: int) -> bool:
    """One quoted word with no reporting verb that modifies a noun or is listed with other quoted words ('the
    alleged "losers" and "suckers" comment', 'using "life", "liberty", and "happiness"'): a term, not words said."""
    words = [t for t in ctx.doc[first : final + 1] if not t.is_punct and not t.is_space]
    if len(words) != 1:
        return False
    word = words[0]
    listed = [word.head] if word.dep_ in ("conj", "appos") else []
    listed += [c for c in word.children if c.dep_ in ("conj", "appos")]
    return word.dep_ in ("amod", "compound", "nmod") or any(t.i in ctx.quoted for t in listed)


def _unless_no_one(
    ctx: Context, first: int, final: int, cue: Token | None, speaker: Speaker
) -> Speaker | None:
    """The speaker found for partial quoted words, None when they quote no one (``_quotes_no_one``)."""
    return None if _quotes_no_one(ctx, first, final, cue, speaker) else speaker


def _quotes_no_one(ctx: Context, first: int, final: int, cue: Token | None, speaker: Speaker) -> bool:
    """Quoted words no reporting verb takes as what was said: a term modifying a noun ('announce a new "rugged"
    model', 'its "hateful conduct" policy') or a noun term (``_noun_term``) when no person is there to have used
    it, or one verb set off by the writer ('devices can "talk" to one another'). All are names or the writer's
    distance, not someone quoted."""
    words = [t for t in ctx.doc[first : final + 1] if not t.is_punct and not t.is_space]
    tops = [t for t in words if t.head.i == t.i or not first <= t.head.i <= final]
    if not tops:
        return False
    if (
        all(_names_a_kind(t, first, final, cue) for t in tops)
        or _term_used_freely(ctx, tops, first, final)
        or _named_by_participle(cue, tops)
    ):
        return True  # even inside a reported clause: 'announced an inquiry into "yes" votes'
    edge = _edge_into(cue, tops[0]) if cue is not None else None
    said = (
        edge is not None
        and (edge.dep_ in _CONTENT_DEPS or edge.dep_ == "prep" and edge.lower_ in _CONTENT_PREPOSITIONS)
        # the parser hung the reporting verb on the quoted word ('signs which read "silenced"')
        or cue is not None
        and first <= cue.head.i <= final
    )
    if said:
        return False
    if len(words) == 1 and words[0].pos_ == "VERB" and words[0].dep_ not in ("amod", "acomp"):
        return edge is None  # a reporting verb with the verb in its object ('agreed to "scrub" it') keeps it
    modifier = all(
        t.dep_ in _NOUN_MODIFIER_DEPS
        and t.head.i > final
        and t.head.pos_ in ("NOUN", "PROPN")
        and t.head.lemma_.lower() not in NOMINAL_CUES
        for t in tops
    )
    person = speaker.entity is not None and ctx.actors.actor_type(speaker.entity) == "person"
    return not person and (modifier or _noun_term(ctx.doc[first : final + 1], words, tops))


def _named_by_participle(cue: Token | None, tops: list[Token]) -> bool:
    """'Erhard Seminars Training, also called "est"', 'a process called "exfiltration"': a naming verb with no subject,
    object, agent or passive auxiliary whose predicate the quoted words are gives a thing its name; no one is quoted
    ('which X called "…"', 'called by X a "…"', 'X called the sentence "unjust"', 'risked being labeled "…"' keep
    someone's words; so does 'the so called "…"', the writer's pointer to someone's phrase)."""
    return (
        cue is not None
        and cue.lemma_.lower() in _NAMING_VERBS
        and all(t.head.i == cue.i and t.dep_ in ("oprd", "attr") for t in tops)
        and not any(c.dep_ in (*SUBJECT_DEPS, "agent", "dobj", "auxpass") for c in cue.children)
        and not (cue.i > 0 and cue.nbor(-1).lower_ == "so")
    )


def _term_used_freely(ctx: Context, tops: list[Token], first: int, final: int) -> bool:
    """One quoted word that modifies the noun right after its closing mark, where the writer also uses the word and
    that noun together without marks elsewhere ('a "dirty" bomb' … 'a dirty bomb'): the name of a kind of thing,
    not anyone's words. (A longer phrase so repeated may be an unmarked block of the speaker's own text.)"""
    noun = tops[0].head
    if not (
        len(tops) == 1 == final + 1 - first
        and tops[0].dep_ in _NOUN_MODIFIER_DEPS
        and noun.pos_ in _NOUN_POS
        and noun.i > final
        and all(ctx.doc[i].is_punct or ctx.doc[i].is_space for i in range(final + 1, noun.i))
    ):
        return False
    term = re.escape(ctx.doc[first : final + 1].text) + r"\s+" + re.escape(noun.text)
    return any(
        ctx.token_at(m.start()) not in ctx.quoted
        for m in re.finditer(r"(?<!\w)" + term + r"(?!\w)", ctx.text, re.IGNORECASE)
    )


def _noun_term(quoted: Span, words: list[Token], tops: list[Token]) -> bool:
    """Quoted words that are nouns alone ('the UK backed the "war on terror"', 'tabled a "transition period"',
    'bought the rights to his "technology"'): a term the writer sets off, the name of a thing. With no adjective,
    verb or pronoun in them they carry no judgement or claim of anyone's. A verb's object is what its subject did
    with the words ('chanted "jia ru"', 'made a "clarion call"', 'had a "lapse in judgment"') and an exclamation
    is cried out ('"Freedom!"'); a person's clause keeps them too (she used the term), and so does a reporting
    verb taking them as what was said."""
    return (
        all(t.pos_ in _NOUN_POS and t.dep_ != "dobj" for t in tops)
        and all(t.pos_ in _TERM_POS for t in words)
        and not any(t.text in _EXCLAMATIONS for t in quoted)
    )


def _names_a_kind(token: Token, first: int, final: int, cue: Token | None) -> bool:
    """Quoted nouns or words that label a noun outside the marks ('"yes" votes', '"low tar" cigarettes', 'the
    "mini-strokes" tweet') or stand beside it as its gloss or an item of its list ('anti-Brexit ("British exit")',
    'code words including "tourism", "fresh air"'): a name of a kind of thing, or a word used as a word, whoever's
    sentence holds it. An adjective so placed is someone's judgement ('a "serious" condition') and stays, and so do
    words beside the reporting verb's object ('called the bombings "an attack on India"': what the bombings were
    called)."""
    if token.pos_ not in _LABEL_POS or first <= token.head.i <= final:
        return False
    return (token.dep_ == "appos" and (cue is None or token.head.head.i != cue.i)) or (
        token.dep_ in _LABEL_DEPS and token.head.i > final and token.head.pos_ in ("NOUN", "PROPN")
    )


def _edge_into(cue: Token, token: Token) -> Token | None:
    """The child of ``cue`` on the way up from ``token`` to it, None when ``cue`` does not govern ``token``."""
    for _ in range(MAX_HEAD_CLIMB):
        if token.head.i == cue.i and token.i != cue.i:
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _subject_fallback(ctx: Context, first: int, final: int) -> Speaker | None:
    """A partial quote with no reporting verb belongs to the subject of the main clause holding it, or of the
    coordinated clause holding it when that has a subject of its own ('When Trump
    tweeted ..., Twitter placed a disclaimer "fact checking" the tweet': Twitter), if that is an actor; a passive
    subject is who the words are about, not who used them ('Padilla is mentioned as a "recruit"'), unless an
    active verb it governs holds them. A clause below the main one that names its own speaker speaks first
    (``_nearer_speaker``). With no subject there, the sentence's first actor subject."""
    root, acting = ctx.doc[first], False
    for _ in range(MAX_HEAD_CLIMB):
        if root.head.i == root.i:
            break
        clause, root = root, root.head
        acting = acting or root.head.i != root.i and root.pos_ == "VERB" and root.tag_ in ("VBG", "VB")
        nearer = _nearer_speaker(ctx, clause, root) if root.head.i != root.i else None
        if nearer is not None:
            return nearer  # 'X compared it to a wall, while Y thought it was a "grave mistake"': Y, not X
        if root.dep_ == "conj" and root.head.dep_ == "ROOT" and _own_subject(ctx, root) is not None:
            # '…, but the term of such a "recess appointment" expires': that clause's subject, not X's (a clause
            # joined to one a reporting verb takes is still that report: 'said …, that X was "…"')
            break
    subject = _own_subject(ctx, root)
    if subject is not None and subject.dep_ == "nsubjpass" and not acting:
        # a passive subject still uses the words of a participle it governs ("The party is based on ...,
        # advocating "a consistent life ethic"")
        return None
    candidates = [subject] if subject is not None else ctx.sentence(first)
    for token in candidates:
        if token.i in ctx.quoted or not (token.dep_ in SUBJECT_DEPS or token.dep_ == "ROOT"):
            continue
        mention = ctx.actors.mention_for_token(token)
        if mention is not None:
            return plural_checked(
                token, Speaker(mention.actor.index, ctx.actors.mention_text(mention), None), ctx
            )
    return None


def _own_subject(ctx: Context, verb: Token) -> Token | None:
    """The subject of ``verb``'s own clause, outside the quotation marks."""
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i not in ctx.quoted), None)


def _nearer_speaker(ctx: Context, clause: Token, head: Token) -> Speaker | None:
    """Who a clause below the main one, on the way up from quoted words no reporting verb governs, names as
    their speaker: the active subject of a verb whose content holds them (a finite clause: 'while Y thought it
    was a "grave mistake"', also one coordinated with it: '..., and also that "…"'), or of a relative clause
    holding them ('which Y found to be "…"', 'a memo by Y that blamed the cuts on "…"'); the maker a message noun
    names when its own clause holds them ('a letter from Y "written to …"'). Not the main clause's subject, who
    only did something with what Y said."""
    if clause.dep_ in ("acl", "relcl") and is_message(head):
        maker = message_source(head)
        return _actor_speaker(ctx, maker, head) if maker is not None and maker.i not in ctx.quoted else None
    content = is_finite(clause) and (
        clause.dep_ == "ccomp"
        or clause.dep_ == "conj"
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    )
    if head.pos_ != "VERB" or not (content or head.dep_ == "relcl"):
        return None
    subject = next((c for c in head.children if c.dep_ == "nsubj" and c.i not in ctx.quoted), None)
    if subject is not None and subject.tag_ in ("WDT", "WP") and head.dep_ == "relcl":
        subject = head.head  # "a vice president who blamed ...": the noun the relative pronoun stands for
    return _actor_speaker(ctx, subject, head) if subject is not None else None


def _actor_speaker(ctx: Context, subject: Token, verb: Token) -> Speaker | None:
    """The actor a subject phrase names (the name set beside its head: 'the leader of the deputies, Y'), if any."""
    named = named_subject(subject, verb, ctx)
    mention = ctx.actors.mention_for_token(named)
    if mention is None:
        return None
    return plural_checked(named, Speaker(mention.actor.index, ctx.actors.mention_text(mention), None), ctx)
