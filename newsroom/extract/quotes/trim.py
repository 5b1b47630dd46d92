"""A report's edges: each token range cut at its first quoted word (or keeping a short quotation that completes
it), stripped of edge punctuation and conjunctions, and dropped when too short."""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Doc, Token

from newsroom.extract.lexicon import reporting_verbs
from newsroom.extract.quotes.context import Context
from newsroom.extract.quotes.cues import is_cue
from newsroom.extract.quotes.marks import QUOTE_MARK_TOKENS

MIN_INDIRECT_TOKENS = 3
MAX_KEPT_QUOTE_WORDS = 5  # a quotation this short can complete a report that keeps it ...
MIN_PARAPHRASE_WORDS = 10  # ... when the reporter's own words before it say this much
MIN_SUBJECT_CLAUSE_WORDS = 4  # ... or this many when it is the predicate of a "be" clause
MIN_WORDS_AROUND_QUOTATION = 2  # a report with this many own words before and after a quotation keeps it
MIN_WORDS_AFTER_OPENING_QUOTATION = 4  # ... or this many after a quotation that opens it
MIN_WORDS_AFTER_INNER_QUOTATION = 3  # ... or one before and this many after
MIN_OWN_CLAUSE_WORDS = 4  # a reported clause with this many own words holds its quotations ...
MIN_OWN_SHARE = 0.5  # ... when its own words are at least this share of the quoted ones
CONDITION_MARKS = frozenset({"if", "unless"})
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
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl"})
_HYPHENS = frozenset({"-", "\u2010", "\u2011"})
_DANGLING_POS = frozenset({"ADP", "DET", "AUX", "PART", "SCONJ", "CCONJ"})
# nouns for words said, which a reporter sets after a report to remark on its wording ("…, his usual phrase")
_WORDS_NOUNS = frozenset(
    {
        "phrase",
        "word",
        "words",
        "wording",
        "expression",
        "term",
        "remark",
        "refrain",
        "mantra",
        "slogan",
        "catchphrase",
        "formulation",
        "language",
    }
)
_CHOICE_NOUNS = frozenset({"choice", "turn", "use"})


class TokenRange(NamedTuple):
    """Tokens ``lo`` to ``hi`` (exclusive) of a document: a report, before or after trimming."""

    lo: int
    hi: int


def trimmed(ranges: list[TokenRange], ctx: Context, keep_predicate: bool = False) -> list[TokenRange]:
    """Each range cut at its first quoted word, stripped of edge punctuation, "that" and "and"; short ones dropped.

    ``keep_predicate`` (a report of speech): a short quotation completing a report mostly in the reporter's own
    words is kept in it."""
    doc, out = ctx.doc, []
    for lo, hi in ranges:
        hi = _before_aside(doc, lo, _before_next_report(ctx, lo, hi))
        cut = next((i for i in range(lo, hi) if i in ctx.quoted), None)
        if (
            cut is not None
            and keep_predicate
            and (
                _runs_into_quotation(ctx, TokenRange(lo, hi))
                or _clause_holds_quotation(ctx, TokenRange(lo, hi))
            )
        ):
            cut = None  # 'said the law marked a "sad day" for the state': the report holds its quoted words
        if cut is not None:
            conj = _conjunct_holding(doc[cut], lo)
            if conj is not None:
                hi = conj.left_edge.i  # 'welcomed the deal and was "fully committed"': keep the first report
            elif _fills_argument(doc, cut, ctx):
                if not _keeps_quotation(ctx, TokenRange(lo, hi), cut, keep_predicate):
                    # 'said "..."', 'accused X of "..."', 'said the truce was "fragile"': the quotation says it
                    # all, a quote of its own
                    continue
                cut = None  # 'said the talks on the new border ... had been "fruitful"': the report keeps its ending
            else:
                hi = cut
        lo, hi = _whole_words(doc, *_stripped(doc, lo, hi))
        if cut is not None and hi > lo and doc[hi - 1].pos_ in _DANGLING_POS:
            continue  # 'accused the court of "..."', 'the government was "..."': cut mid-phrase
        if hi - lo >= MIN_INDIRECT_TOKENS:
            out.append(TokenRange(lo, hi))
    return out


def _before_next_report(ctx: Context, lo: int, hi: int) -> int:
    """Where a report ends before another speaker's report inside it ('A; experts called this dubious',
    'A, which he said would B', 'A despite the paper claiming B'), or the speaker's next one ('A, while noting B'):
    at the clause that holds a reporting verb with a subject of its own or a participle, with the words that introduce that clause. A cue interrupting the report ('A, the minister
    said, B') is no such clause."""
    doc = ctx.doc
    for t in doc[lo + 1 : hi]:
        if t.dep_ == "parataxis" or t.i in ctx.quoted or not is_cue(t) or _reports_nothing(t):
            continue  # most words: no reporting verb, so their children are not read
        subject = next((c for c in t.children if c.dep_ == "nsubj"), None)
        # '..., while noting B': the speaker's next report (a bare '..., saying B' is the act's own content; so is
        # '..., while testifying before the committee', with no clause of its own)
        participle = (
            t.tag_ == "VBG"
            and t.dep_ == "advcl"
            and any(c.dep_ == "mark" for c in t.children)
            and any(c.dep_ in ("ccomp", "xcomp") for c in t.children)
        )
        going_on = None if subject or participle else participle_going_on(t, ctx)
        if not (subject or participle or going_on):
            continue
        start = subject.left_edge.i if subject is not None else (going_on or t).left_edge.i
        clause = set(range(t.left_edge.i, t.right_edge.i + 1))
        node = t
        while node.head != node and node.dep_ not in ("conj", "relcl", "prep", "advcl", "acl"):
            node = node.head
        if not lo < node.i < hi and not any(c.dep_ == "ccomp" and c.i < t.i for c in t.children):
            # 'confirmed what staff had been saying': a report held as an argument is part of it; a reporting verb
            # after its own report ('A, the paper reported') is not
            continue
        clause |= set(range(node.left_edge.i, node.right_edge.i + 1))
        while (
            start - 1 > lo
            and start - 1 in clause
            and (
                doc[start - 1].is_punct
                or doc[start - 1].dep_ in ("cc", "mark", "prep")
                or doc[start - 1].tag_ in ("WDT", "WP")
            )
        ):
            start -= 1
        if lo < start and (subject or t).i > lo:
            return min(hi, start)
    return hi


def _reports_nothing(cue: Token) -> bool:
    """A reporting verb inside the report that reports nothing of its own: a relative clause whose object is the
    noun it describes ('said he opposed the policies she mentioned'), a condition ('said that if the firm does not
    respond, B') or a verb of speech whose object is a free relative ('alleged that he lied about what
    he told reporters'; 'what she called "…"' names something, and its quotation ends the report)."""
    speech = reporting_verbs().get(cue.lemma_.lower()) == "speech"
    if cue.dep_ == "relcl" and not any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in cue.children):
        return True  # 'the policies he mentioned': the verb's object is the noun it describes
    return any(
        c.dep_ == "mark"
        and c.lower_ in CONDITION_MARKS
        or speech
        and c.tag_ == "WP"
        and c.lower_ in ("what", "whatever")
        and c.dep_ in ("dobj", "dative")
        for c in cue.children
    )


def participle_going_on(cue: Token, ctx: Context) -> Token | None:
    """'denied X, arguing B', 'urged X to act, warning that B', 'stated A, going on to say that B': a participle
    of speech with a clause of its own in the reporter's words goes on to the speaker's next report (the
    participle's clause); a bare '..., saying B' with no clause, or with a quotation ('saying "..."'), does not."""
    clause = cue.head if cue.dep_ == "xcomp" and cue.head.tag_ == "VBG" else cue
    if (
        clause.tag_ != "VBG"
        or clause.dep_ != "advcl"
        or reporting_verbs().get(cue.lemma_.lower()) != "speech"
    ):
        return None
    return clause if any(c.dep_ == "ccomp" and c.i not in ctx.quoted for c in cue.children) else None


def _before_aside(doc: Doc, lo: int, hi: int) -> int:
    """Where a report ends before the reporter's aside closing it: 'said he took the drug, which he promoted early
    in the pandemic, despite ...' (a relative clause between commas, or after one to the report's end), or 'claimed
    the hall was "defiled", an odd choice of words for ...' (a noun for words in apposition, ``_remark_on_words``)."""
    end = (
        None  # the report's last word, found once and only for an apposition (a long run of marks is costly)
    )
    for t in doc[lo + 1 : hi]:
        if t.dep_ == "appos":
            end = _end_of_words(doc, lo, hi) if end is None else end
            if _remark_on_words(t, lo, end):
                return t.left_edge.i - 1
            if _next_clause_subject(t, lo, end):
                return _apposed_run_start(t, lo) - 1
        if (
            t.dep_ == "relcl"
            and lo < t.left_edge.i
            and doc[t.left_edge.i - 1].text == ","
            and doc[t.left_edge.i].tag_ in ("WDT", "WP")
            and t.head.head.i < t.head.i  # not 'the bill, which passed, would cost ...': the report goes on
            and (t.right_edge.i + 1 >= _end_of_words(doc, lo, hi) or doc[t.right_edge.i + 1].text == ",")
        ):
            return t.left_edge.i - 1
    return hi


def _remark_on_words(t: Token, lo: int, end: int) -> bool:
    """'said he was "the best friend the union ever had", his usual phrase in debates', 'claimed the hall was
    "defiled", an odd choice of words for a man who …': a noun for words set off by a comma in apposition to the
    report's last noun, running to the report's end, is the reporter's remark on the words reported, not part of
    them (the parse hangs it on the last noun, not on the clause)."""
    if (
        t.dep_ != "appos"
        or not lo < t.head.i < t.left_edge.i
        or t.right_edge.i + 1 < end
        or t.doc[t.left_edge.i - 1].text != ","
    ):
        return False
    lemma = t.lemma_.lower()
    if lemma in _WORDS_NOUNS:
        return True
    # "an odd choice of words", "a curious turn of phrase": a noun whose "of" names words
    return lemma in _CHOICE_NOUNS and any(
        o.dep_ == "pobj" and o.lemma_.lower() in _WORDS_NOUNS
        for p in t.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
    )


def _next_clause_subject(t: Token, lo: int, end: int) -> bool:
    """'Though reports said the deal was a breakthrough, a party MP, X, denied that …': a name in apposition ending
    a report held in a clause before its sentence's verb, which has no subject of its own, is that verb's subject
    (the parse hung it on the report's last noun), not part of the report."""
    doc = t.doc
    if (
        t.dep_ != "appos"
        or not lo < t.head.i < t.left_edge.i
        or t.right_edge.i + 1 < end
        or doc[t.left_edge.i - 1].text != ","
        or end >= len(doc)
        or doc[end].text != ","
        or end + 1 >= len(doc)
    ):
        return False
    verb = doc[end + 1]
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return False
    # the report sits in a clause the verb governs ("Though reports said …, X denied")
    return any(a == verb for a in doc[lo].ancestors) and any(
        w.ent_type_ in ("PERSON", "ORG", "NORP") or w.pos_ == "PROPN" for w in doc[t.left_edge.i : end]
    )


def _apposed_run_start(t: Token, lo: int) -> int:
    """Where a run of names in apposition to one noun, each set off by a comma, starts ('…, a party MP, X': the
    parse may hang both "MP" and "X" on the noun before them)."""
    doc, start = t.doc, t.left_edge.i
    while True:
        before = next(
            (
                s
                for s in t.head.children
                if s.dep_ == "appos" and s.right_edge.i == start - 2 and lo < s.left_edge.i - 1
            ),
            None,
        )
        if before is None or doc[start - 1].text != "," or doc[before.left_edge.i - 1].text != ",":
            return start
        start = before.left_edge.i


def _end_of_words(doc: Doc, lo: int, hi: int) -> int:
    while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
        hi -= 1
    return hi


def _runs_into_quotation(ctx: Context, report: TokenRange) -> bool:
    """Whether a report of speech runs on past the quotations inside it, in more of the reporter's own words than
    quoted ones ('said the crash was "likely" their doing'): it stands as a report holding them (the quoted words
    are also a partial quote of their own). A quotation ending the report completes the reporter's words, so the
    report is cut there as before."""
    words = [
        t for t in ctx.doc[report.lo : report.hi] if not t.is_punct and not t.is_space and t.dep_ != "mark"
    ]
    quoted = [t.i for t in words if t.i in ctx.quoted]
    own = [t.i for t in words if t.i not in ctx.quoted]
    if not quoted or len(own) <= len(quoted):
        return False
    before, after = sum(i < quoted[0] for i in own), sum(i > quoted[-1] for i in own)
    if before == 0 and ctx.quoted.get(report.lo - 1) != ctx.quoted[quoted[0]]:
        # 'ruled that "the damage is done" with copies already out': a quotation opening the report, which goes on
        # ('said "we lost," and the flag is at half-mast' goes on in the reporter's next clause)
        following = next(i for i in own if i > quoted[-1]) if after else None
        return after >= MIN_WORDS_AFTER_OPENING_QUOTATION and ctx.doc[following].dep_ != "cc"
    # 'said voters "don't deserve" to know his position': the subject before it, the report going on after it
    return (
        min(before, after) >= MIN_WORDS_AROUND_QUOTATION
        or before >= 1
        and after >= MIN_WORDS_AFTER_INNER_QUOTATION
    )


def _clause_holds_quotation(ctx: Context, report: TokenRange) -> bool:
    """Whether a report of speech is a clause of the reporter's own words holding quotations that close in it
    ('said Canada has a "can-do" attitude', 'said the firm was using "tax havens" abroad'): its head has a subject
    outside quotation marks, and the reporter's words are several and at least half as many as the quoted ones.
    It is then reported speech as well as a partial quote; a bare 'said "..."' or 'called it "..."' has no such
    clause, and a long quotation behind a short subject ('said the plan "..."') is the quote alone."""
    doc = ctx.doc
    words = [t for t in doc[report.lo : report.hi] if not t.is_punct and not t.is_space]
    head = next((t for t in words if not report.lo <= t.head.i < report.hi or t.head == t), None)
    subject = None if head is None else next((c for c in head.children if c.dep_ in _SUBJECT_DEPS), None)
    if subject is None or subject.i in ctx.quoted:
        return False
    own = sum(t.i not in ctx.quoted and t.dep_ not in ("mark", "cc") for t in words)  # no "that", "and"
    quoted = sum(t.i in ctx.quoted for t in words)
    if own < MIN_OWN_CLAUSE_WORDS or own < MIN_OWN_SHARE * quoted:
        return False
    # every quotation inside closes inside the report: one running past it would be cut mid-way
    for n in {ctx.quoted[t.i] for t in words if t.i in ctx.quoted}:
        last = ctx.token_at(ctx.spans[n].end - 1)
        if not all(t.is_punct or t.is_space for t in doc[report.hi : last + 1]):
            return False
    return True


def _keeps_quotation(ctx: Context, report: TokenRange, cut: int, keep_predicate: bool) -> bool:
    """Whether a report of speech keeps the quotation that starts at ``cut``: a short one, closing inside the
    report, after many of the reporter's own words, or after a subject of several words whose "be" predicate it
    is ('said 20,000 troops would be "half of our army"': the claim is the whole clause)."""
    doc = ctx.doc
    words = [t for t in doc[report.lo : cut] if not t.is_punct and not t.is_space and t.dep_ != "mark"]
    quoted = [t for t in doc[cut : report.hi] if ctx.quoted.get(t.i) == ctx.quoted[cut] and not t.is_punct]
    # a quotation running past the report would be cut mid-way ('testified he had told reporters "I hear from')
    last = ctx.token_at(ctx.spans[ctx.quoted[cut]].end - 1)
    closes = all(t.is_punct or t.is_space for t in doc[report.hi : last + 1])
    if not (keep_predicate and closes and quoted and len(quoted) <= MAX_KEPT_QUOTE_WORDS):
        return False
    if len(words) >= MIN_PARAPHRASE_WORDS:
        return True
    inside = {t.i for t in quoted}
    tops = [t for t in quoted if t.head.i not in inside]
    return len(words) >= MIN_SUBJECT_CLAUSE_WORDS and any(
        t.dep_ in ("attr", "acomp") and t.head.lemma_ == "be" for t in tops
    )


def _stripped(doc: Doc, lo: int, hi: int) -> TokenRange:
    """The range without edge punctuation, spaces and conjunctions; a kept quotation keeps its marks."""
    start = lo
    while lo < hi and (
        doc[lo].is_punct
        or doc[lo].is_space
        or doc[lo].dep_ in ("cc", "mark")
        and doc[lo].lower_ in ("that", "and", "but")
        or doc[lo].lower_ == "that"
        and doc[lo].tag_ == "WDT"
        and doc[lo].dep_ == "advmod"  # 'said at the time that B', "that" read as "when"
    ):
        lo += 1
    while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space or doc[hi - 1].dep_ in ("cc", "mark")):
        hi -= 1
    if (
        sum(t.text in QUOTE_MARK_TOKENS for t in doc[lo:hi]) % 2
        and lo > start
        and doc[lo - 1].text in QUOTE_MARK_TOKENS
    ):
        lo -= (
            1  # 'that "the damage is done" with ...': the quotation opening the report keeps its opening mark
        )
    elif sum(t.text in QUOTE_MARK_TOKENS for t in doc[lo:hi]) % 2:
        close = next((i for i in range(hi, min(len(doc), hi + 3)) if doc[i].text in QUOTE_MARK_TOKENS), None)
        if close is not None and all(t.is_punct for t in doc[hi:close]):
            hi = close + 1
    return TokenRange(lo, hi)


def _whole_words(doc: Doc, lo: int, hi: int) -> TokenRange:
    """'said the bridge would be re-opened': a hyphenated word the parse split ("re", "-", "opened") and hung
    apart is not cut at its hyphen; the range runs to the word's end."""
    while (
        lo < hi + 1 < len(doc)
        and doc[hi].text in _HYPHENS
        and not doc[hi - 1].whitespace_
        and not doc[hi].whitespace_
        and doc[hi + 1].is_alpha
    ):
        hi += 2
    return TokenRange(lo, hi)


def _conjunct_holding(token: Token, lo: int) -> Token | None:
    """The coordinated verb phrase (after the report's start) that the quoted words sit in, if any."""
    node = token
    while node.head != node and node.i >= lo:
        if node.dep_ == "conj" and node.pos_ in ("VERB", "AUX") and node.left_edge.i > lo:
            return node
        node = node.head
    return None


def _fills_argument(doc: Doc, first_quoted: int, ctx: Context) -> bool:
    """Whether the quotation starting at this token is an argument of the words before it, not an adjunct."""
    quote = ctx.quoted[first_quoted]
    # the quote's tokens lie within its span's token range: no need to scan to the end of the article
    last = ctx.token_at(ctx.spans[quote].end - 1)
    inside = [t for t in doc[first_quoted : last + 1] if ctx.quoted.get(t.i) == quote]
    tops = [t for t in inside if ctx.quoted.get(t.head.i) != quote or t.head == t]
    return any(t.dep_ in _ARGUMENT_DEPS for t in tops)
