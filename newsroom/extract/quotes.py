"""Quotations: direct, partial and indirect speech, each attributed to an actor.

Quotation marks are found with a character scanner (the parser is unreliable
inside quotes); attribution uses the dependency parse around a reporting verb
from the lexicon, with the news conventions for what the parse misses: a
quote with no cue continues the last speaker, a medium "reporting" a quote is
not its speaker, and a headline "Statement: Speaker" is a quote.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from newsroom.extract.actors import PRONOUN_SEX, ArticleActors
from newsroom.extract.lexicon import reporting_flags, reporting_verbs
from newsroom.models import Quote

OPEN_DOUBLE = "“„«"
CLOSE_DOUBLE = "”»"
_MARKS = re.compile(r"[“”„«»\"‘’']")
_SENTENCE_BREAK = re.compile(r"[.!?…][\"”’)\]]*\s+")
SUBJECT_DEPS = ("nsubj", "nsubjpass")
CLIMB_DEPS = frozenset({"conj", "advcl", "xcomp", "ccomp", "acl", "pcomp", "prep", "dep", "parataxis"})
MAX_HEAD_CLIMB = 12
FLOATING_PARAGRAPHS = 2  # a cue-less quote continues a speaker quoted this many paragraphs back
MIN_INDIRECT_TOKENS = 3
MAX_KEPT_QUOTE_WORDS = 5  # a quotation this short can complete a report that keeps it ...
MIN_PARAPHRASE_WORDS = 10  # ... when the reporter's own words before it say this much
MAX_MENTION_CHARS = 80
HEADLINE_SPEAKER_WORDS = 6
MAX_WINDOW_TOKENS = 150  # no attribution reaches further within a sentence
MAX_PREFIX_CHARS = 1_000
MAX_LOOKBACK_CUES = 20
MAX_SUBJECT_DISTANCE = 25
THEY_BACK_SENTENCES = 2
RELATIVE_CUE_PENALTY = 30  # tokens: a reporting verb in a relative clause is some other speaker's aside
MAX_LEAD_WORDS = 2
COLON_REACH = (
    6  # words between a reporting verb and the colon that introduces its report ("told reporters on Friday:")
)
QUOTE_MARK_TOKENS = frozenset('"“”„«»')
CUE_AFTER_EXCLAMATION = 4
PRONOUN_NUMBER = {"he": "singular", "she": "singular", "they": "plural"}


@dataclass(frozen=True)
class QuoteSpan:
    start: int  # offsets of the quoted words, marks excluded
    end: int
    open_mark: int


def _content(text: str, start: int, end: int, open_mark: int) -> QuoteSpan | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if not any(c.isalnum() for c in text[start:end]):
        return None
    return QuoteSpan(start, end, open_mark)


def find_quote_spans(text: str, straight_singles: bool = False) -> list[QuoteSpan]:
    """Quoted stretches of ``text``.

    A double quote left open at a paragraph end continues when the next
    paragraph opens with a quotation mark (the convention for multi-paragraph
    quotes), else ends with the paragraph. Single quotes count only at word
    boundaries so apostrophes ("Pakistan’s") are not marks; straight single
    quotes only where asked (headlines), being mostly apostrophes elsewhere.
    """
    spans: list[QuoteSpan] = []
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    open_double: int | None = None  # content start
    double_mark = -1
    for n, (offset, line) in enumerate(lines):
        open_single: int | None = None
        single_mark = -1
        skip_first = open_double is not None
        for m in _MARKS.finditer(line):
            i, mark = offset + m.start(), m.group()
            if skip_first and not line[: m.start()].strip():
                skip_first = False
                continue
            skip_first = False
            before = text[i - 1] if i > offset else " "
            after = text[i + 1] if i + 1 < offset + len(line) else " "
            if mark in OPEN_DOUBLE or (mark == '"' and open_double is None):
                if open_double is not None:
                    _append(spans, _content(text, open_double, i, double_mark))
                open_double, double_mark, open_single = i + 1, i, None
            elif mark in CLOSE_DOUBLE or mark == '"':
                if open_double is not None:
                    _append(spans, _content(text, open_double, i, double_mark))
                    open_double = None
            elif open_double is not None:
                continue
            elif open_single is None and (mark == "‘" or (mark == "'" and straight_singles)):
                if not before.isalnum() and not after.isspace():
                    open_single, single_mark = i + 1, i
            elif open_single is not None and (mark == "’" or (mark == "'" and straight_singles)):
                if not after.isalnum() and not before.isspace():
                    _append(spans, _content(text, open_single, i, single_mark))
                    open_single = None
        if open_double is not None:
            following = next((ln for _, ln in lines[n + 1 :] if ln.strip()), "")
            opener = following.lstrip()[:1]
            if not opener or opener not in OPEN_DOUBLE + '"':
                _append(spans, _content(text, open_double, offset + len(line), double_mark))
                open_double = None
    return spans


def _append(spans: list[QuoteSpan], span: QuoteSpan | None) -> None:
    if span is not None:
        spans.append(span)


class _Context:
    """Per-document lookups shared by the attribution steps."""

    def __init__(self, doc: Doc, actors: ArticleActors, spans: list[QuoteSpan]):
        self.doc, self.actors, self.spans, self.text = doc, actors, spans, doc.text
        self.starts = [t.idx for t in doc]
        self.quoted: dict[int, int] = {}
        for n, q in enumerate(spans):
            for i in range(self.token_at(q.start), self.token_at(q.end - 1) + 1):
                self.quoted[i] = n
        self.paragraph_starts = [0] + [m.end() for m in re.finditer(r"\n\s*", self.text)]
        self.cue_speakers: dict[
            int, _Speaker | None
        ] = {}  # cue token -> its speaker, filled in document order
        self.cue_order: list[int] = []

    def token_at(self, char: int) -> int:
        return max(0, bisect_right(self.starts, char) - 1)

    def paragraph_of(self, char: int) -> int:
        return bisect_right(self.paragraph_starts, char) - 1

    def previous_speaker(self, pronoun: Token, cue: Token) -> _Speaker | None:
        """'The head of the investigators told the court "…". She also said "…"': a pronoun speaking right after
        someone else spoke (same or previous sentence, no other named subject between) is that speaker, when
        number and sex agree; otherwise the pronoun's own resolution stands."""
        wanted = PRONOUN_NUMBER.get(pronoun.lower_)
        if wanted is None:
            return None
        sentence = self.actors.sentence_index(cue.i)
        pos = bisect_right(self.cue_order, cue.i - 1)
        for i in reversed(self.cue_order[max(0, pos - MAX_LOOKBACK_CUES) : pos]):
            if self.actors.sentence_index(i) < sentence - 1:
                return None
            speaker = self.cue_speakers.get(i)
            if speaker is None or speaker.entity is None and not speaker.mention:
                continue
            if self._named_subject_between(self.doc[i], pronoun.i):
                return None
            return speaker if self._agrees(speaker, wanted, pronoun.lower_) else None
        return None

    def _named_subject_between(self, cue: Token, hi: int) -> bool:
        """Another named subject after that report (outside its own content and quotations) and before the pronoun."""
        return any(
            t.dep_ in SUBJECT_DEPS and t.i not in self.quoted and _name_mention(self, t) is not None
            for t in self.doc[cue.right_edge.i + 1 : hi]
        )

    def _agrees(self, speaker: _Speaker, number: str, pronoun: str) -> bool:
        if speaker.entity is not None:
            kind = self.actors.actor_type(speaker.entity)
            if number == "plural":
                return kind != "person"
            return kind == "person" and self.actors.sex(speaker.entity) in (None, PRONOUN_SEX[pronoun])
        words = (speaker.mention or "").lower().split()
        if not words or words[0] in PRONOUN_NUMBER:
            return False
        plural = words[-1].endswith("s") and not words[-1].endswith("ss")  # "officials", not "the press"
        return plural == (number == "plural")

    def sentence(self, token_i: int) -> Span:
        """The token's sentence, clipped around it so run-on 'sentences' keep every scan short."""
        n = self.actors.sentence_index(token_i)
        starts = self.actors.sent_starts
        end = starts[n + 1] if n + 1 < len(starts) else len(self.doc)
        start = max(starts[n], token_i - MAX_WINDOW_TOKENS)
        return self.doc[start : min(end, token_i + MAX_WINDOW_TOKENS)]


def _is_cue(token: Token) -> bool:
    if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
        return True
    lemma = token.lemma_.lower()
    if token.pos_ not in ("VERB", "AUX") or lemma not in reporting_verbs() or lemma == "be":
        return False
    # "trying to add the question": with a plain object some verbs are not reporting
    return "intransitive" not in reporting_flags(lemma) or not any(
        c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in token.children
    )


def _cue_text(token: Token) -> str:
    if token.lower_ == "according":
        return "according to"
    particles = [
        c
        for c in token.children
        if c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ in ("on", "for") and token.lemma_ == "call")
    ]
    return " ".join([token.text] + [p.text for p in particles])


def _speaker_token(cue: Token, ctx: _Context, inverted: bool) -> Token | None:
    """Who performs a reporting verb: its subject, 'according to X', 'quoted X as saying', or a governing verb's subject.

    ``inverted`` allows '..., said the minister' (object-like speaker after the
    verb); only safe right after a quotation.
    """
    if cue.lower_ == "according":
        for to in cue.children:
            for pobj in to.children:
                if pobj.dep_ == "pobj":
                    return _message_source(pobj) or pobj
        return None
    agent = next((c for c in cue.children if c.dep_ == "agent"), None)
    if agent is not None:  # "he was told by the emergencies minister of ...": the one telling speaks
        source = next((o for o in agent.children if o.dep_ == "pobj"), None)
        if source is not None and source.i not in ctx.quoted:
            return source
    token = cue
    for _ in range(4):
        children = list(token.children)
        if token.lemma_ == "quote":
            for c in children:
                if c.dep_ in ("dobj", "nsubjpass"):
                    return c
        # past a coordination the shared subject may be passive: "The attacker is reported to have ... and claimed ..."
        deps = ("nsubj",) if token.i == cue.i else SUBJECT_DEPS
        subjects = [c for c in children if c.dep_ in deps and c.i not in ctx.quoted]
        if subjects:
            # "Niger's president Mahamadou Issoufou said": the parse may give two subjects; the named one speaks
            c = next((c for c in subjects if _name_mention(ctx, c)), subjects[0])
            if c.tag_ in ("WP", "WDT") and token.dep_ == "relcl":
                return (
                    _message_author(token.head, ctx) or token.head
                )  # "a statement which said": who issued it
            return _message_source(c) or _named_subject(
                c, token, ctx
            )  # "the report, published by X, said": X
        if inverted and token.i == cue.i:
            for c in children:
                # "..., said a protester using the pseudonym Katya": whoever follows the verb
                if (
                    c.dep_ in ("dobj", "attr", "npadvmod")
                    and c.i > token.i
                    and c.i not in ctx.quoted
                    and (c.pos_ in ("NOUN", "PROPN") or ctx.actors.mention_for_token(c))
                ):
                    return c
        if token.dep_ == "ROOT" and token.tag_ in FINITE_TAGS:
            named = _name_before(token, ctx) or _nearest_name_before(token, ctx)
            if named is not None:
                return named  # "..., the president of the League, Jamel Msallem, said" with the name hung elsewhere
        if token.dep_ == "acl" and (
            ctx.actors.mention_for_token(token.head)
            or token.head.pos_ in ("NOUN", "PROPN")
            and token.tag_ == "VBG"
        ):
            # 'the minister, speaking on Friday, ...', 'groups claiming ...', 'filed a motion claiming ...' (who filed it)
            return _message_author(token.head, ctx) or token.head
        if token.dep_ not in CLIMB_DEPS or token.head.i == token.i:
            return None
        if token.dep_ == "conj" and not _is_cue(token.head):
            shared = _coordinated_cue(token, ctx)
            if shared is not None:
                token = shared
                continue
        if token.tag_ == "VBG" and token.dep_ in ("advcl", "acl", "xcomp"):
            head_subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
            if head_subject is None or ctx.actors.actor_for_span(_np(head_subject)) is None:
                person = ctx.actors.salient_person_before(token.i, sentences=0)
                if person is not None:
                    return _first_mention_token(ctx, person, token.i)
        token = token.head
    return None


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
        "decree",
        "order",
        "petition",
        "lawsuit",
        "complaint",
        "motion",
    }
)
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
ADJUNCT_MARKS = frozenset({"so", "because", "since", "although", "though", "while", "unless", "whereas"})
NAME_KINDS = ("name", "metonym")
_SKIP_BEFORE_VERB = frozenset({"aux", "auxpass", "advmod", "neg", "punct"})


def _message_source(noun: Token) -> Token | None:
    """'according to a statement from X', '... to a tweet on Monday by X', '... to figures released by X', '... to X's report': X."""
    if noun.lemma_.lower() not in _MESSAGE_NOUNS:
        return None
    for c in noun.children:
        if c.dep_ == "poss":
            return c
        if c.dep_ == "prep" and c.lower_ in ("from", "by", "of"):
            return next((o for o in c.children if o.dep_ == "pobj"), None)
        if c.dep_ in ("acl", "prep"):  # "figures released by X", "a tweet on Monday by X"
            for p in [c, *c.children]:
                if p.dep_ in ("agent", "prep") and p.lower_ == "by":
                    return next((o for o in p.children if o.dep_ == "pobj"), None)
    return None


def _message_author(noun: Token, ctx: _Context) -> Token | None:
    """'They released a statement which said ...': the subject of the verb whose object the message is."""
    if noun.lemma_.lower() not in _MESSAGE_NOUNS:
        return None
    source = _message_source(noun)
    if source is not None:
        return source
    if noun.dep_ == "dobj":
        return next((c for c in noun.head.children if c.dep_ == "nsubj" and c.i not in ctx.quoted), None)
    return None


def _name_mention(ctx: _Context, token: Token):
    mention = ctx.actors.mention_for_token(token)
    return mention if mention is not None and mention.kind in NAME_KINDS else None


def _named_subject(subject: Token, verb: Token, ctx: _Context) -> Token:
    """The name inside a subject phrase: 'a Republican, Mark Amodei, said', 'Merkel's spokesperson, Steffen Seibert, said',
    'US Ambassador to Germany Richard Grenell alleged'; else the subject itself."""
    own = _name_mention(ctx, subject)
    if (own is not None and own.actor.actor_type == "person") or subject.i > verb.i:
        return subject
    names = [  # a name in apposition after the head
        (mention.actor.actor_type == "person", c.i, c)
        for c in subject.children
        if c.dep_ == "appos" and subject.i < c.i < verb.i and (mention := _name_mention(ctx, c)) is not None
    ]
    if names:
        return max(names)[2]  # a person before an organisation, the one nearest the verb
    if own is not None:
        return subject
    before = _name_before(verb, ctx, persons_only=True)
    return before if before is not None and before.i >= subject.left_edge.i else subject


def _nearest_name_before(verb: Token, ctx: _Context) -> Token | None:
    """A subjectless main verb's speaker: the nearest person named before it in its clause, past quoted words
    ('Anna Novak of "Have no fear", a charity, told Reuters ...')."""
    start = ctx.sentence(verb.i).start
    for i in range(verb.i - 1, max(start, verb.i - MAX_SUBJECT_DISTANCE) - 1, -1):
        if i in ctx.quoted:
            continue
        token = ctx.doc[i]
        if token.tag_ in FINITE_TAGS and token.pos_ in ("VERB", "AUX"):
            return None
        mention = _name_mention(ctx, token)
        if mention is not None and mention.actor.actor_type == "person":
            return token
    return None


def _name_before(verb: Token, ctx: _Context, persons_only: bool = False) -> Token | None:
    """A name ending right before the verb, past commas, auxiliaries and adverbs ('..., Jamel Msallem, said')."""
    i = verb.i - 1
    while i >= 0 and ctx.doc[i].dep_ in _SKIP_BEFORE_VERB and i not in ctx.quoted:
        i -= 1
    if i < 0 or i in ctx.quoted:
        return None
    mention = _name_mention(ctx, ctx.doc[i])
    if mention is None or (persons_only and mention.actor.actor_type != "person"):
        return None
    return ctx.doc[i]


def _coordinated_cue(token: Token, ctx: _Context) -> Token | None:
    """'X accused Y of ... and warned that ...': the parse may hang 'warned' elsewhere; the nearest earlier cue with a subject shares it."""
    for i in range(token.i - 1, ctx.sentence(token.i).start - 1, -1):
        t = ctx.doc[i]
        if i not in ctx.quoted and _is_cue(t) and any(c.dep_ == "nsubj" for c in t.children):
            return t
    return None


def _first_mention_token(ctx: _Context, entity: int, before: int) -> Token | None:
    for i in range(before - 1, ctx.sentence(before).start - 1, -1):
        if ctx.actors.actor_for_token(ctx.doc[i]) == entity:
            return ctx.doc[i]
    return None


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


def _np(token: Token) -> Span:
    """The noun phrase up to its head; "a number of senators", "a member of parliament" keep the "of" phrase, which names who."""
    end = token.i + 1
    if token.lower_ in _PART_NOUNS:
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == end), None)
        if of is not None:
            end = of.right_edge.i + 1
    return token.doc[token.left_edge.i : end]


@dataclass
class _Speaker:
    entity: int | None
    mention: str | None
    cue: str | None


def _speaker(cue: Token, ctx: _Context, inverted: bool = False) -> _Speaker | None:
    if not inverted and cue.i in ctx.cue_speakers:
        return ctx.cue_speakers[cue.i]
    token = _speaker_token(cue, ctx, inverted)
    if token is None:
        return None
    if token.pos_ == "PRON":
        previous = ctx.previous_speaker(token, cue)
        if previous is not None:
            return _Speaker(previous.entity, previous.mention, _cue_text(cue))
    return _plural_checked(token, _speaker_of(token, cue, ctx), ctx)


def _plural_checked(token: Token, speaker: _Speaker, ctx: _Context) -> _Speaker:
    """ "They concluded that ...": "they" speaks for a country or body only when the text just made it a subject,
    not for one named in passing; otherwise the speaker stays "they"."""
    if (
        token.lower_ == "they"
        and speaker.entity is not None
        and not ctx.actors.was_recent_subject(speaker.entity, token.i, THEY_BACK_SENTENCES)
    ):
        return _Speaker(None, speaker.mention, speaker.cue)
    return speaker


def _speaker_of(token: Token, cue: Token, ctx: _Context) -> _Speaker:
    mention = ctx.actors.mention_for_token(token)
    if mention is not None:
        return _Speaker(mention.actor.index, ctx.actors.mention_text(mention), _cue_text(cue))
    span = _np(token)
    text = " ".join(span.text.split())[:MAX_MENTION_CHARS] or None
    entity = ctx.actors.actor_for_span(span)
    if (
        entity is not None
        and ctx.actors.actor_type(entity) == "person"
        and any(c.dep_ == "poss" and ctx.actors.actor_for_token(c) == entity for c in token.children)
    ):
        entity = None  # "Dunn's mother said": the person named as possessor is not the speaker
    return _Speaker(entity, text, _cue_text(cue))


def _prefix(ctx: _Context, q: QuoteSpan) -> str:
    """Text between the sentence (or paragraph) start and the opening mark."""
    para = ctx.paragraph_starts[ctx.paragraph_of(q.open_mark)]
    before = ctx.text[max(para, q.open_mark - MAX_PREFIX_CHARS) : q.open_mark]
    breaks = list(_SENTENCE_BREAK.finditer(before))
    last = breaks[-1] if breaks else None
    return before[last.end() :].strip() if last else before.strip()


def _kind(ctx: _Context, q: QuoteSpan) -> str:
    """Direct when the quotation stands as its own sentence or follows 'X said:' / 'X said,'."""
    prefix = _prefix(ctx, q)
    if not prefix or prefix.endswith(":"):
        return "direct"
    if prefix.endswith(",") and any(
        _is_cue(ctx.doc[i]) for i in range(ctx.token_at(q.open_mark - len(prefix)), ctx.token_at(q.open_mark))
    ):
        return "direct"
    return "partial"


def _nearest_cue(ctx: _Context, lo: int, hi: int, first: int, last: int) -> Token | None:
    best, best_distance = None, None
    for i in range(lo, hi):
        if i in ctx.quoted:
            continue
        token = ctx.doc[i]
        if _is_cue(token):
            distance = first - i if i < first else (i - last) * 0.9  # ties go to '..., she said'
            if token.dep_ in ("relcl", "acl"):
                distance += (
                    RELATIVE_CUE_PENALTY  # "X commented on it — which the BBC noted as unusual — "...""
                )
            if best_distance is None or distance < best_distance:
                best, best_distance = token, distance
    return best


def _direct_cue(ctx: _Context, q: QuoteSpan, first: int, last: int) -> Token | None:
    sent = ctx.sentence(first)
    prefix = _prefix(ctx, q)
    # the parser may start a sentence at the quotation mark: "..., Jamel Msallem, said, "We ...""
    lo, hi = min(sent.start, ctx.token_at(q.open_mark - len(prefix))), ctx.sentence(last).end
    if prefix.endswith(":") and sent.start == first and sent.start > 0:
        lo = ctx.sentence(sent.start - 1).start
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
        tail = ctx.text[q.start : q.end].rstrip()[-1:]
        if (
            tail in ",—–-"
            or ctx.doc[after].text[:1].islower()
            or (tail in "!?" and _cue_right_after(ctx, after))
        ):
            hi = max(hi, ctx.sentence(after).end)
    return _nearest_cue(ctx, lo, hi, first, last)


def _cue_right_after(ctx: _Context, after: int) -> bool:
    """'"... in two days!" Macron told the world': a reporting verb within a few words after the quotation."""
    return any(
        i not in ctx.quoted and _is_cue(ctx.doc[i])
        for i in range(after, min(len(ctx.doc), after + CUE_AFTER_EXCLAMATION))
    )


def _preceding_cue_speaker(
    ctx: _Context, q: QuoteSpan, first: int, last: tuple[_Speaker, int, int] | None
) -> _Speaker | None:
    """'Brett Ellis also criticized the decision on Twitter. "The statement shows ..."': a quotation standing alone
    right after a reporting verb (previous sentence, same paragraph, after the last quotation) is its speaker's."""
    sentence, paragraph = ctx.actors.sentence_index(first), ctx.paragraph_of(q.start)
    pos = bisect_right(ctx.cue_order, first - 1)
    for i in reversed(ctx.cue_order[max(0, pos - MAX_LOOKBACK_CUES) : pos]):
        if ctx.actors.sentence_index(i) < sentence - 1 or ctx.paragraph_of(ctx.doc[i].idx) != paragraph:
            return None
        if last is not None and i < last[2]:
            return None
        speaker = ctx.cue_speakers.get(i)
        if speaker is not None and (speaker.entity is not None or speaker.mention):
            return _Speaker(speaker.entity, speaker.mention, None)
    return None


def _intro_speaker(ctx: _Context, q: QuoteSpan) -> _Speaker | None:
    """'Bolsonaro opposed Macron's statement: "..."': a quotation introduced by a colon, with no reporting verb,
    belongs to the subject of the clause before the colon."""
    colon = ctx.token_at(q.open_mark) - 1
    while colon >= 0 and ctx.doc[colon].is_space:
        colon -= 1
    if colon < 0 or ctx.doc[colon].text != ":":
        return None
    verb = ctx.doc[colon].head
    while verb.head.i != verb.i and verb.dep_ not in ("ROOT", "parataxis") and verb.i not in ctx.quoted:
        verb = verb.head
    subject = next(
        (c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < colon and c.i not in ctx.quoted), None
    )
    if subject is None or subject.lower_ in ("it", "this", "that", "there"):
        return None
    speaker = _speaker_of(_named_subject(subject, verb, ctx), verb, ctx)
    return _Speaker(speaker.entity, speaker.mention, None)


def _partial_cue(ctx: _Context, first: int, last: int) -> Token | None:
    token = next(
        (ctx.doc[i] for i in range(first, last + 1) if not first <= ctx.doc[i].head.i <= last), ctx.doc[first]
    )
    for _ in range(MAX_HEAD_CLIMB):
        if token.i not in ctx.quoted and _is_cue(token):
            return token
        if (
            token.dep_ == "relcl"
            and token.pos_ == "VERB"
            and token.i not in ctx.quoted
            and any(c.dep_ == "nsubj" and _name_mention(ctx, c) is not None for c in token.children)
        ):
            return (
                token  # 'the ruling, which Ross called a "stunt"': the relative clause's named subject speaks
            )
        if token.head.i == token.i:
            break
        token = token.head
    sent = ctx.sentence(first)
    return _nearest_cue(ctx, sent.start, sent.end, first, last)


def _is_name(text: str) -> bool:
    """Quoted words that are a title or a name: every word capitalised, no sentence punctuation."""
    words = [w for w in re.split(r"[\s\-]+", text.strip(" ,.")) if any(c.isalpha() for c in w)]
    return len(words) > 1 and all(w[:1].isupper() for w in words) and not any(c in text for c in ".!?;:")


def _subject_fallback(ctx: _Context, first: int) -> _Speaker | None:
    """A partial quote with no reporting verb belongs to the sentence's actor subject, if any."""
    sent = ctx.sentence(first)
    for token in sent:
        if token.i in ctx.quoted:
            continue
        if token.dep_ in SUBJECT_DEPS or token.dep_ == "ROOT":
            mention = ctx.actors.mention_for_token(token)
            if mention is not None:
                return _plural_checked(
                    token, _Speaker(mention.actor.index, ctx.actors.mention_text(mention), None), ctx
                )
    return None


def _direct_and_partial(ctx: _Context) -> list[Quote]:
    quotes: list[Quote] = []
    last: tuple[_Speaker, int, int] | None = None  # speaker, paragraph, last token of the quotation
    for q in ctx.spans:
        first, final = ctx.token_at(q.start), ctx.token_at(q.end - 1)
        kind = _kind(ctx, q)
        if kind == "partial" and _is_name(ctx.text[q.start : q.end]):
            continue  # 'named it "Operation Peace Spring"', 'also known as the "Radio Control Law"'
        cue = _direct_cue(ctx, q, first, final) if kind == "direct" else _partial_cue(ctx, first, final)
        speaker = _speaker(cue, ctx, inverted=kind == "direct" and cue.i > final) if cue is not None else None
        paragraph = ctx.paragraph_of(q.start)
        recent = last if last is not None and paragraph - last[1] <= FLOATING_PARAGRAPHS else None
        if cue is not None and reporting_verbs().get(cue.lemma_.lower()) == "media" and recent is not None:
            # "..., the Times reported": the medium relays the last speaker; "Senators condemned it, citing ..." do not
            if (
                speaker is None
                or speaker.entity is not None
                and ctx.actors.actor_type(speaker.entity) != "person"
            ):
                speaker = _Speaker(recent[0].entity, recent[0].mention, None)
        if speaker is None and kind == "direct":
            speaker = _intro_speaker(ctx, q) or _preceding_cue_speaker(ctx, q, first, last)
        if speaker is None:
            if kind == "partial":
                speaker = _subject_fallback(ctx, first)
                if speaker is None:
                    continue  # scare quotes, titles, terms: no one is quoted
            elif recent is not None:
                speaker = _Speaker(recent[0].entity, recent[0].mention, None)
            else:
                speaker = _Speaker(None, None, None)
        if speaker.entity is not None or speaker.mention:
            last = (speaker, paragraph, final)
        quotes.append(
            Quote(
                text=ctx.text[q.start : q.end],
                quote_kind=kind,
                speaker_entity=speaker.entity,
                speaker_mention=speaker.mention,
                cue=speaker.cue,
                start_char=q.start,
                end_char=q.end,
                sentence_index=ctx.actors.sentence_index(first),
            )
        )
    return quotes


def _content_spans(cue: Token, ctx: _Context) -> list[tuple[int, int]]:
    """Token ranges of what a reporting verb reports, outside quotation marks.

    The report stops where a quotation begins (the quoted words are a partial quote of their own), and
    "said that A and that B" gives two reports.
    """
    if cue.lower_ == "according":
        lo, hi = cue.i, _source_end(cue)
        segment = _segment(
            ctx, cue.i
        )  # "...: potentially, according to X, $3.6 billion from ...": the part around the cue
        before = [t.i for t in segment if t.i < lo and not t.is_punct and not t.is_space]
        after = [t.i for t in segment if t.i >= hi and not t.is_punct and not t.is_space]
        if (
            len(before) <= MAX_LEAD_WORDS
            or ctx.doc[before[-1]].dep_ == "cc"
            and len(after) >= MIN_INDIRECT_TOKENS
        ):
            # "potentially, according to X, ...": a leading adverb is not the report;
            # "A and, according to X, B": X vouches for B only
            before = []
        tokens = before + after if len(after) > MAX_LEAD_WORDS or not before else before
        return _trimmed([(tokens[0], tokens[-1] + 1)], ctx) if tokens else []
    cls = reporting_verbs().get(cue.lemma_.lower())
    if cls == "speech" and (after_colon := _after_colon(cue, ctx)) is not None:
        return _trimmed([after_colon], ctx)
    clause = next((c for c in cue.children if c.dep_ == "ccomp"), None)  # quoted parts are cut below
    if clause is not None and any(
        c.dep_ == "mark" and c.lower_ in ADJUNCT_MARKS and c.i == clause.left_edge.i for c in clause.children
    ):
        clause = None  # "the curfew she declared so she could clear the streets": a purpose or reason, not a report
    if (
        clause is not None
        and _is_cue(clause)
        and next((t for t in clause.subtree if not t.is_punct), clause).tag_ in ("WDT", "WP")
    ):
        clause = None  # "commented on it — which the BBC noted as unusual —": someone else's relative clause, not a report
    if (
        clause is not None
        and clause.i < cue.i
        and (
            any(ctx.doc[i].text in (";", ":") for i in range(clause.right_edge.i + 1, cue.i))
            or _bare_clause(cue, ctx) is not None
        )
    ):
        clause = None  # "X denied it, he claimed A; Y claimed B": a clause past a semicolon is not Y's; nor one before "Y claimed B"
    if clause is not None:
        lo, hi = clause.left_edge.i, clause.right_edge.i + 1
        hearer = next(
            (c for c in cue.children if c.dep_ in ("dobj", "dative") and cue.i < c.i < clause.i), None
        )
        if (
            hearer is not None
            and not any(c.dep_ in SUBJECT_DEPS for c in clause.children)
            and "recipient" not in reporting_flags(cue.lemma_.lower())
        ):
            lo = hearer.left_edge.i  # "announced the new region, ..., would be governing itself": the object is the clause's subject
        cuts = [
            c.left_edge.i
            for c in clause.children
            if c.dep_ == "conj" and any(m.dep_ == "mark" for m in c.children)
        ]
        bounds = [lo, *cuts, _coordinated_cue_start(clause, hi)]
        # "said A and that B" where the parser hangs "that B" on the verb itself
        more = [
            (c.left_edge.i, c.right_edge.i + 1)
            for c in cue.children
            if c.dep_ == "conj"
            and c.i > clause.i
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ]
        return _trimmed(list(pairwise(bounds)) + more, ctx, keep_predicate=cls in ("speech", "media"))
    if (
        cue.dep_ == "parataxis"
        and cue.head.pos_ in ("VERB", "AUX")
        and not _is_cue(cue.head)
        and cue.head.i not in ctx.quoted
    ):
        return _trimmed(_around(cue.head, cue), ctx)  # "In between, she testified, she was gang raped ..."
    commitment = next(
        (
            c
            for c in cue.children
            if c.i > cue.i and (c.dep_ == "xcomp" or c.dep_ == "dobj" and c.tag_ == "VBG")
        ),
        None,
    )
    if commitment is not None and "commitment" in reporting_flags(cue.lemma_.lower()):
        return _trimmed(
            [(commitment.left_edge.i, commitment.right_edge.i + 1)], ctx
        )  # "vowed to keep fighting ..."
    if cls in ("speech", "media"):
        bare = _bare_clause(cue, ctx)
        return _trimmed([bare], ctx, keep_predicate=True) if bare else []
    if cls == "act":
        objects = [
            c
            for c in cue.children
            if c.i > cue.i and c.dep_ in ("dobj", "xcomp", "prep", "prt", "advcl", "ccomp", "dative")
        ]
        if not any(_is_clausal(c) for c in objects):
            return []  # "rejected the criticism", "criticized the decision": an act on a thing reports no content
        # "denied any sexual activity, but ... he claimed ...": the act ends where a clause with its own subject begins
        ends = [
            c.i if c.dep_ == "cc" else c.left_edge.i
            for c in cue.children
            if c.i > cue.i
            and (
                c.dep_ == "cc"
                and c.lower_ in ("but", "yet")
                or c.dep_ == "conj"
                and any(g.dep_ in SUBJECT_DEPS for g in c.children)
            )
        ]
        hi = min([max(c.right_edge.i for c in cue.children if c.i > cue.i) + 1, *ends])
        while hi > cue.i + 1 and cue.doc[hi - 1].dep_ in ("cc", "punct"):
            hi -= 1
        return _trimmed([(cue.i, hi)], ctx)
    return []


def _is_clausal(child: Token) -> bool:
    """A complement with a verb of its own: "urged X to release Y", "accused X of doctoring Y", "called on X to ..."."""
    if child.dep_ in ("xcomp", "ccomp", "advcl") and child.pos_ in ("VERB", "AUX"):
        return True
    relative = {
        t.i
        for g in child.subtree
        if g.dep_ == "relcl" or g.dep_ == "acl" and g.tag_ in ("VBG", "VBN")
        for t in g.subtree
    }  # "the memoranda in which X agreed ...", "files relating to ...": what describes a thing is no clause
    return any(
        g.i not in relative
        and g.i != child.i
        and g.pos_ == "VERB"
        and (
            g.tag_ == "VBG"
            or g.dep_ in ("xcomp", "ccomp")
            or any(a.lower_ == "to" and a.dep_ == "aux" for a in g.children)
        )
        for g in child.subtree
    )


def _after_colon(cue: Token, ctx: _Context) -> tuple[int, int] | None:
    """'The minister said: the plan will fail. It will also cost jobs.': a report introduced by a colon runs to the
    end of the paragraph, over several sentences, until a quotation or another reporting verb with a subject."""
    doc, i = ctx.doc, cue.i + 1
    while (
        i < len(doc)
        and i - cue.i <= COLON_REACH
        and doc[i].text != ":"
        and not doc[i].is_sent_start
        and i not in ctx.quoted
    ):
        i += 1
    if i >= len(doc) or doc[i].text != ":" or any(t.pos_ in ("VERB", "AUX") for t in doc[cue.i + 1 : i]):
        return None
    lo = i + 1
    paragraph = ctx.paragraph_of(doc[i].idx)
    hi = lo
    while (
        hi < len(doc)
        and ctx.paragraph_of(doc[hi].idx) == paragraph
        and hi not in ctx.quoted
        and doc[hi].text not in QUOTE_MARK_TOKENS
    ):
        token = doc[hi]
        if (
            hi > lo
            and token.i in ctx.cue_speakers
            and any(c.dep_ in SUBJECT_DEPS for c in token.children)
            and token.is_sent_start is not True
        ):
            sentence_start = ctx.sentence(hi).start
            if sentence_start > lo:
                hi = sentence_start
                break
        hi += 1
    return (lo, hi) if hi > lo else None


def _source_end(according: Token) -> int:
    """End of 'according to X' without what the parser hung on X by apposition or coordination (often the report itself)."""
    end = according.i + 1
    for t in according.doc[according.i + 1 : according.right_edge.i + 1]:
        node = t
        while node.i != according.i and node.dep_ not in ("appos", "conj"):
            node = node.head
        if node.i != according.i:
            break
        end = t.i + 1
    return end


def _segment(ctx: _Context, token_i: int) -> Span:
    """The part of the token's sentence between semicolons or colons."""
    sent = ctx.sentence(token_i)
    lo, hi = sent.start, sent.end
    for t in sent:
        if t.text in (";", ":"):
            if t.i < token_i:
                lo = t.i + 1
            else:
                hi = t.i
                break
    return ctx.doc[lo:hi]


def _coordinated_cue_start(clause: Token, hi: int) -> int:
    """'said there was a lack of transparency and urged the crowd to ...': a reporting verb coordinated inside the
    clause without a subject of its own is the speaker's next act, not part of the report."""
    for c in clause.children:
        if (
            c.dep_ == "conj"
            and c.i > clause.i
            and _is_cue(c)
            and not any(g.dep_ in SUBJECT_DEPS for g in c.children)
        ):
            start = c.left_edge.i
            while start > clause.i and clause.doc[start - 1].dep_ == "cc":
                start -= 1
            return min(hi, start)
    return hi


def _around(head: Token, cue: Token) -> list[tuple[int, int]]:
    """The phrase a parenthetical cue interrupts: after the cue when only an adverbial precedes it ("In between, she
    testified, she was ..."), else the whole phrase ("The talks, the minister said, had failed")."""
    lo, hi = head.left_edge.i, head.right_edge.i + 1
    if not cue.right_edge.i + 1 < hi:
        return []
    speaker = {t.i for c in cue.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
    lead = [t for t in head.doc[lo : cue.i] if not t.is_punct and t.i not in speaker]
    return (
        [(cue.right_edge.i + 1, hi)]
        if len(lead) <= MAX_LEAD_WORDS and not any(t.dep_ in SUBJECT_DEPS for t in lead)
        else [(lo, hi)]
    )


def _bare_clause(cue: Token, ctx: _Context) -> tuple[int, int] | None:
    """A complement clause without "that" that the parser hung on the verb as an object: "said Adamowicz required
    resuscitation", "maintained an impeachment inquiry is what ...", "informed police she had immunity". The words
    after the verb (past the hearer for tell/inform) to the end of the verb's phrase, when a noun phrase there is
    directly followed by a finite verb."""
    doc = ctx.doc
    right = [
        c
        for c in cue.children
        if c.i > cue.i and c.dep_ not in ("punct", "cc") and not (c.dep_ == "conj" and _is_cue(c))
    ]
    if not right or cue.tag_ not in FINITE_TAGS | {"VBN", "VBG"}:
        return None
    hi = _coordinated_cue_start(cue, _stray_predicate_end(doc, max(c.right_edge.i for c in right) + 1, cue))
    lo = cue.i + 1
    while lo < hi and (
        doc[lo].dep_ in ("prt", "advmod") or doc[lo].dep_ == "prep" and doc[lo].head.i == cue.i
    ):
        lo = (
            doc[lo].right_edge.i + 1 if doc[lo].dep_ == "prep" else lo + 1
        )  # "said on Friday ...", "told reporters today ..."
    hearer = next((c for c in right if c.dep_ in ("dobj", "dative") and c.i >= lo), None)
    if hearer is not None and "recipient" in reporting_flags(cue.lemma_.lower()):
        lo = hearer.i + 1
        while lo < hi and (doc[lo].dep_ == "advmod" or doc[lo].dep_ == "prep" and doc[lo].head.i == cue.i):
            lo = doc[lo].right_edge.i + 1 if doc[lo].dep_ == "prep" else lo + 1
    if lo < hi and doc[lo].lower_ == "that":
        lo += 1
    end = _np_end(doc, lo, hi)
    if end == lo or end >= hi or any(i in ctx.quoted for i in range(lo, end)):
        return None
    if doc[end].text == ",":  # "the new region, to be called Bangsamoro, would be ...": past an aside
        close = next((i for i in range(end + 1, min(hi, end + MAX_ASIDE_TOKENS)) if doc[i].text == ","), None)
        end = close + 1 if close is not None and close + 1 < hi else end
    follower = doc[end]
    if follower.tag_ in FINITE_TAGS or (follower.tag_ == "VBN" and doc[end - 1].pos_ in ("PROPN", "PRON")):
        return lo, hi
    return None


NOMINAL_POS = frozenset({"DET", "ADJ", "NUM", "PROPN", "NOUN", "PRON", "PART"})
MAX_ASIDE_TOKENS = 10


def _np_end(doc: Doc, lo: int, hi: int) -> int:
    """End of the noun phrase starting at ``lo`` (a run of nominal words, "of" phrases included)."""
    end = lo
    while (
        end < hi
        and doc[end].lower_ != "that"
        and doc[end].tag_ not in ("WP", "WDT")
        and (
            doc[end].pos_ in NOMINAL_POS
            or doc[end].tag_ == "POS"
            or doc[end].lower_ == "of"
            and end > lo
            and end + 1 < hi
            and doc[end + 1].pos_ in NOMINAL_POS
        )
    ):
        end += 1
    return end


def _stray_predicate_end(doc: Doc, hi: int, cue: Token) -> int:
    """'announced the new region, ..., would be governing itself': a subjectless predicate the parser hung elsewhere
    right after the verb's object continues the report."""
    j = hi
    while j < len(doc) and doc[j].text == ",":
        j += 1
    if j >= len(doc) or doc[j].tag_ not in FINITE_TAGS:
        return hi
    verb = doc[j]
    while verb.dep_ in ("aux", "auxpass") and verb.head.i > verb.i:
        verb = verb.head
    if verb.i == cue.i or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return hi
    return max(hi, verb.right_edge.i + 1)


def _trimmed(
    ranges: list[tuple[int, int]], ctx: _Context, keep_predicate: bool = False
) -> list[tuple[int, int]]:
    """Each range cut at its first quoted word, stripped of edge punctuation, "that" and "and"; short ones dropped.

    ``keep_predicate`` (a report of speech): a short quotation completing a report mostly in the reporter's own
    words is kept in it."""
    doc, out = ctx.doc, []
    for lo, hi in ranges:
        cut = next((i for i in range(lo, hi) if i in ctx.quoted), None)
        if cut is not None:
            conj = _conjunct_holding(doc[cut], lo)
            if conj is not None:
                hi = conj.left_edge.i  # 'welcomed the deal and was "fully committed"': keep the first report
            elif _fills_argument(doc, cut, ctx):
                words = [t for t in doc[lo:cut] if not t.is_punct and not t.is_space and t.dep_ != "mark"]
                quoted = [t for t in doc[cut:hi] if ctx.quoted.get(t.i) == ctx.quoted[cut] and not t.is_punct]
                if (
                    not keep_predicate
                    or len(words) < MIN_PARAPHRASE_WORDS
                    or len(quoted) > MAX_KEPT_QUOTE_WORDS
                ):
                    # 'said "..."', 'accused X of "..."', 'said the truce was "fragile"': the quotation says it
                    # all, a quote of its own
                    continue
                cut = None  # 'said the talks on the new border ... had been "fruitful"': the report keeps its ending
            else:
                hi = cut
        while lo < hi and (
            doc[lo].is_punct
            or doc[lo].is_space
            or doc[lo].dep_ in ("cc", "mark")
            and doc[lo].lower_ in ("that", "and", "but")
        ):
            lo += 1
        while hi > lo and (
            doc[hi - 1].is_punct or doc[hi - 1].is_space or doc[hi - 1].dep_ in ("cc", "mark")
        ):
            hi -= 1
        if (
            sum(t.text in QUOTE_MARK_TOKENS for t in doc[lo:hi]) % 2
        ):  # a kept quotation keeps its closing mark
            close = next(
                (i for i in range(hi, min(len(doc), hi + 3)) if doc[i].text in QUOTE_MARK_TOKENS), None
            )
            if close is not None and all(t.is_punct for t in doc[hi:close]):
                hi = close + 1
        if cut is not None and hi > lo and doc[hi - 1].pos_ in _DANGLING_POS:
            continue  # 'accused the court of "..."', 'the government was "..."': cut mid-phrase
        if hi - lo >= MIN_INDIRECT_TOKENS:
            out.append((lo, hi))
    return out


_ARGUMENT_DEPS = frozenset(
    {
        "dobj",
        "attr",
        "acomp",
        "pobj",
        "pcomp",
        "oprd",
        "xcomp",
        "ccomp",
        "nsubj",
        "nsubjpass",
        "dative",
        "npadvmod",
        "appos",
    }
)
_DANGLING_POS = frozenset({"ADP", "DET", "AUX", "PART", "SCONJ", "CCONJ"})


def _conjunct_holding(token: Token, lo: int) -> Token | None:
    """The coordinated verb phrase (after the report's start) that the quoted words sit in, if any."""
    node = token
    while node.head != node and node.i >= lo:
        if node.dep_ == "conj" and node.pos_ in ("VERB", "AUX") and node.left_edge.i > lo:
            return node
        node = node.head
    return None


def _fills_argument(doc: Doc, first_quoted: int, ctx: _Context) -> bool:
    """Whether the quotation starting at this token is an argument of the words before it, not an adjunct."""
    quote = ctx.quoted[first_quoted]
    inside = [t for t in doc[first_quoted:] if ctx.quoted.get(t.i) == quote]
    tops = [t for t in inside if ctx.quoted.get(t.head.i) != quote or t.head == t]
    return any(t.dep_ in _ARGUMENT_DEPS for t in tops)


def _indirect(ctx: _Context) -> list[Quote]:
    found: list[tuple[int, int, Token, _Speaker]] = []
    for token in ctx.doc:
        if token.i in ctx.quoted or not _is_cue(token):
            continue
        if any(c.dep_ in ("nsubjpass", "agent") for c in token.children):
            continue
        if token.tag_ == "VBN" and not any(c.dep_ == "nsubj" for c in token.children):
            continue  # 'Asked by reporters whether ...': a passive participle reports no one's words
        if any(c.dep_ == "neg" for c in token.children):
            continue  # 'did not say he had ordered it': nothing is reported
        contents = _content_spans(token, ctx)
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
            # "tests will be run to confirm whether he is fit": an open question under an infinitive reports nothing
            contents = [(lo, hi) for lo, hi in contents if ctx.doc[lo].lower_ not in ("if", "whether")]
        if reporting_verbs().get(token.lemma_.lower()) == "media":
            # "Reuters reported a source said X": the source's report stands on its own
            contents = [
                (lo, hi)
                for lo, hi in contents
                if not any(i in ctx.cue_speakers and ctx.cue_speakers[i] for i in range(lo, hi))
            ]
        if not contents:
            continue
        speaker = _speaker(token, ctx)
        if speaker is None or (speaker.entity is None and not speaker.mention):
            continue
        found += [(lo, hi, token, speaker) for lo, hi in contents]
    quotes = []
    reach: tuple[int, tuple] = (-1, ())
    seen = set()
    for lo, hi, _cue, speaker in sorted(found, key=lambda f: (f[0], -f[1])):
        # inside an earlier, longer report of the same speaker ('said that ..., adding that ...')
        nested = (
            hi <= reach[0]
            and (speaker.entity, speaker.mention if speaker.entity is None else None) == reach[1]
        )
        if hi > reach[0]:
            reach = (hi, (speaker.entity, speaker.mention if speaker.entity is None else None))
        if nested or (lo, hi) in seen:
            continue
        seen.add((lo, hi))
        span = ctx.doc[lo:hi]
        quotes.append(
            Quote(
                text=span.text,
                quote_kind="indirect",
                speaker_entity=speaker.entity,
                speaker_mention=speaker.mention,
                cue=speaker.cue,
                start_char=span.start_char,
                end_char=span.end_char,
                sentence_index=ctx.actors.sentence_index(lo),
            )
        )
    return quotes


def _headline(title: Doc, actors: ArticleActors) -> list[Quote]:
    """'Statement: Speaker' / 'Speaker: Statement' headlines and quoted words in headlines."""
    text = title.text
    spans = find_quote_spans(text, straight_singles=True)
    speaker_span, statement = _headline_parts(title, actors)
    quotes = []
    for q in spans:
        speaker = speaker_span
        if speaker is None:
            tokens = title.char_span(q.start, q.end, alignment_mode="expand")
            cue = next(
                (t for t in title if _is_cue(t) and (tokens is None or not tokens.start <= t.i < tokens.end)),
                None,
            )
            subject = next((c for c in cue.children if c.dep_ == "nsubj"), None) if cue is not None else None
            speaker = _np(subject) if subject is not None else None
        whole = statement is not None and (q.end - q.start) >= 0.8 * len(statement.text.strip(" '\"‘’“”"))
        quotes.append(
            _headline_quote(text[q.start : q.end], "direct" if whole else "partial", speaker, actors)
        )
    if not spans and speaker_span is not None and statement is not None:
        quotes.append(_headline_quote(statement.text.strip(), "direct", speaker_span, actors))
    return quotes


def _headline_parts(title: Doc, actors: ArticleActors) -> tuple[Span | None, Span | None]:
    colon = next((t for t in title if t.text == ":"), None)
    if colon is None:
        return None, None
    left, right = title[: colon.i], title[colon.i + 1 :]
    for speaker, statement in ((right, left), (left, right)):
        words = [t for t in speaker if not t.is_punct and not t.is_space]
        if (
            not words
            or len(words) > HEADLINE_SPEAKER_WORDS
            or not any(t.pos_ in ("VERB", "AUX") for t in statement)
        ):
            continue
        if any(t.pos_ == "VERB" for t in words):
            continue
        possessive = next((t for t in speaker if t.tag_ == "POS"), None)
        if possessive is not None:  # "Hillary Clinton's Remarks: ...": the one whose remarks they are speaks
            speaker = title[speaker.start : possessive.i]
            words = [t for t in speaker if not t.is_punct and not t.is_space]
        if words and (
            actors.match_phrase(speaker) is not None
            or any(t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for t in words)
        ):
            return speaker, statement
    return None, None


def _headline_quote(text: str, kind: str, speaker: Span | None, actors: ArticleActors) -> Quote:
    entity = actors.match_phrase(speaker) if speaker is not None else None
    mention = " ".join(speaker.text.split()) if speaker is not None else None
    return Quote(
        text=text,
        quote_kind=kind,
        speaker_entity=entity,
        speaker_mention=mention,
        cue=None,
        start_char=None,
        end_char=None,
        sentence_index=None,
        in_headline=True,
    )


def _resolve_cue_speakers(ctx: _Context) -> None:
    """Every reporting verb's speaker, in document order, so a pronoun can look back at who spoke last."""
    for token in ctx.doc:
        if token.i not in ctx.quoted and _is_cue(token):
            ctx.cue_speakers[token.i] = _speaker(token, ctx)
            ctx.cue_order.append(token.i)


def extract_quotes(
    doc: Doc, actors: ArticleActors, spans: list[QuoteSpan], title: Doc | None = None
) -> list[Quote]:
    ctx = _Context(doc, actors, spans)
    _resolve_cue_speakers(ctx)
    body = _direct_and_partial(ctx) + _indirect(ctx) if len(doc) else []
    body.sort(key=lambda q: (q.start_char, q.end_char))
    return (_headline(title, actors) if title is not None and len(title) else []) + body
