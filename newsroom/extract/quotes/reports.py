"""What a reporting verb reports, outside quotation marks: its complement clause, the words after a colon,
the phrase a parenthetical cue interrupts, a commitment ("vowed to ..."), an act's clausal object, or a
"that"-less clause the parser hung on the verb as an object."""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Span, Token

from newsroom.extract.findings import inquiry_finding
from newsroom.extract.lexicon import people_nouns, reporting_flags, reporting_verbs
from newsroom.extract.quotes.bare_clauses import adjectival_cue_clause, bare_clause, coordinated_cue_start
from newsroom.extract.quotes.context import MEDIUM_PREPS, SUBJECT_DEPS, Context
from newsroom.extract.quotes.cues import is_cue, made_clear_clause
from newsroom.extract.quotes.figures import FIGURE_VERBS, reported_figure
from newsroom.extract.quotes.marks import QUOTE_MARK_TOKENS
from newsroom.extract.quotes.names import appositive_name
from newsroom.extract.quotes.trim import MIN_INDIRECT_TOKENS, TokenRange, participle_going_on, trimmed

ADJUNCT_MARKS = frozenset({"so", "because", "since", "although", "though", "while", "unless", "whereas"})
MAX_LEAD_WORDS = 2
# words between a reporting verb and the colon that introduces its report ("told reporters on Friday:")
COLON_REACH = 6


def content_spans(cue: Token, ctx: Context) -> list[TokenRange]:
    """Token ranges of what a reporting verb reports, outside quotation marks.

    The report stops where a quotation begins (the quoted words are a partial quote of their own);
    "said that A and that B" is one report.
    """
    if cue.lower_ == "according":
        return _according_content(cue, ctx)
    if (clear := made_clear_clause(cue)) is not None:
        return trimmed(_clause_ranges(cue, clear, ctx), ctx, keep_predicate=True)
    # an inquiry's finding reports like a speech verb
    cls = "speech" if inquiry_finding(cue) else reporting_verbs().get(cue.lemma_.lower())
    if cls == "speech" and (after_colon := _after_colon(cue, ctx)) is not None:
        return trimmed([after_colon], ctx)
    clause = _reported_clause(cue, ctx)
    if clause is not None:
        return trimmed(_clause_ranges(cue, clause, ctx), ctx, keep_predicate=cls in ("speech", "media"))
    if cls in ("speech", "media") and (verb := adjectival_cue_clause(cue)) is not None:
        # "Trump claimed carbon emissions have been lower": the clause from the noun after the cue on
        return trimmed([TokenRange(cue.i + 1, verb.right_edge.i + 1)], ctx, keep_predicate=True)
    if (
        cue.dep_ == "parataxis"
        and cue.head.pos_ in ("VERB", "AUX")
        and not is_cue(cue.head)
        and cue.head.i not in ctx.quoted
        # not 'A joined the march (the paper says "tens of thousands")': a cue whose object is quoted words
        # reports those
        and not any(c.dep_ in ("dobj", "ccomp") and c.i in ctx.quoted for c in cue.children)
    ):
        return trimmed(_around(cue.head, cue), ctx)  # "In between, she testified, she was gang raped ..."
    if (
        cls in ("speech", "media")
        and cue.dep_ == "ccomp"
        and cue.head.i > cue.right_edge.i
        and cue.head.pos_ in ("VERB", "AUX")
        and not is_cue(cue.head)
        and cue.head.i not in ctx.quoted
        and not any(c.dep_ in ("dobj", "xcomp") for c in cue.children)
        and all(t.text not in (";", ":") for t in ctx.doc[cue.i : cue.head.i])
    ):
        # "X reported on Thursday, coverage had risen": the parser made the report the cue's head
        return trimmed(
            [TokenRange(cue.right_edge.i + 1, cue.head.right_edge.i + 1)], ctx, keep_predicate=True
        )
    commitment = next(
        (
            c
            for c in cue.children
            if c.i > cue.i and (c.dep_ == "xcomp" or c.dep_ == "dobj" and c.tag_ == "VBG")
        ),
        None,
    )
    if commitment is None and "admission" in reporting_flags(cue.lemma_.lower()):
        commitment = _admitted_deed(cue)
    if commitment is not None and (
        reporting_flags(cue.lemma_.lower()) & {"commitment", "self", "admission"}
        or cls == "speech"
        and (_perfect_infinitive(commitment) or commitment.tag_ == "VBG")
    ):
        hi = min([commitment.right_edge.i + 1, *_tensed_after_infinitive([commitment])])
        return trimmed(
            [TokenRange(commitment.left_edge.i, hi)], ctx, keep_predicate=True
        )  # "vowed to keep fighting ...", "claimed to be a refugee": a claim about oneself
    if cls in ("speech", "media"):
        bare = bare_clause(cue, ctx)
        if bare is None and cue.lemma_ in FIGURE_VERBS:
            bare = reported_figure(cue)
        if bare:
            return trimmed([bare], ctx, keep_predicate=True)
        # "announced the cause of death as a cardiac arrest", "reports residents as welcoming the move" ("reports X as
        # saying" names a speaker)
        return [
            r
            for r in _predicative_content(cue, ctx)
            if not any(
                is_cue(t) and reporting_verbs().get(t.lemma_.lower()) == "speech"
                for t in ctx.doc[r.lo : r.hi]
            )
        ]
    if cls == "act":
        return _act_content(cue, ctx) or _predicative_content(cue, ctx)
    return []


def _admitted_deed(cue: Token) -> Token | None:
    """'admitted to making the calls', 'testified to breaking the law': the deed a verb of admission owns up to,
    a gerund after its "to". Not when the verb has an object of its own ('admitted to targeting, with …, a total
    of 24 casinos': the parser split the deed's words)."""
    if any(c.dep_ == "dobj" for c in cue.children):
        return None
    return next(
        (
            deed
            for prep in cue.children
            if prep.dep_ == "prep" and prep.lower_ == "to" and prep.i == cue.i + 1
            for deed in prep.children
            if deed.dep_ == "pcomp" and deed.tag_ == "VBG"
        ),
        None,
    )


def _predicative_content(cue: Token, ctx: Context) -> list[TokenRange]:
    """'called the plan a disgrace', 'described the story as a hoax': what an act says of its object, the object
    with what it is called."""
    complement = next(
        (
            c
            for c in cue.children
            if c.i > cue.i and (c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as")
        ),
        None,
    )
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    if (
        complement is None
        and len(objects) == 1
        and objects[0].i > cue.i
        and not any(c.dep_ == "poss" for c in objects[0].children)
    ):
        # "announced the cause of death as heart failure": the parser may hang the "as" phrase on the object ("her
        # role as nominee" is the noun's own)
        complement = next((c for c in objects[0].children if c.dep_ == "prep" and c.lower_ == "as"), None)
    if (
        complement is None
        or any(c.i < cue.i for c in objects)  # "what she described as ...": the object is told elsewhere
        or complement.dep_ == "prep"
        and not any(c.i < complement.i for c in objects)
    ):
        return []
    return trimmed([TokenRange(cue.i + 1, complement.right_edge.i + 1)], ctx)


def _perfect_infinitive(verb: Token) -> bool:
    """'to have killed': what a speech verb with it ('claimed to have killed') reports of the speaker's past."""
    return {c.lower_ for c in verb.children if c.dep_ == "aux"} >= {"to", "have"}


def _according_content(cue: Token, ctx: Context) -> list[TokenRange]:
    """What 'according to X' vouches for: the words around it in its part of the sentence; nothing when that is
    another speaker's report ('according to the paper, the minister said that ...': the minister's, reported as such)."""
    if _relays_a_report(cue, ctx):
        return []
    lo, hi = cue.i, _source_end(cue)
    segment = _segment(
        ctx, cue.i
    )  # "...: potentially, according to X, $3.6 billion from ...": the part around the cue
    if cue.head.dep_ == "relcl" and cue.head.left_edge.i < cue.i < cue.head.i:
        # "tenants, who, according to the memo, had been warned …": X, inside the relative clause before its verb,
        # vouches for that clause only ("…, which the mayor later denied according to X" vouches for all)
        clause = cue.head
        segment = [t for t in segment if clause.left_edge.i <= t.i <= clause.right_edge.i]
    before = [t.i for t in segment if t.i < lo and not t.is_punct and not t.is_space]
    after = [t.i for t in segment if t.i >= hi and not t.is_punct and not t.is_space]
    if (
        len(before) <= MAX_LEAD_WORDS
        or ctx.doc[before[-1]].dep_ in ("cc", "prep")
        and len(after) >= MIN_INDIRECT_TOKENS
    ):
        # "potentially, according to X, ...": a leading adverb is not the report;
        # "A and, according to X, B", "A, including, according to X, B": X vouches for B only
        before = []
    if before and after and ctx.doc[after[0]].dep_ == "cc":
        after = []  # "A, according to X, but B": X vouches for A only
    tokens = before + after if len(after) > MAX_LEAD_WORDS or not before else before
    return trimmed([TokenRange(tokens[0], tokens[-1] + 1)], ctx, keep_predicate=True) if tokens else []


def _relays_a_report(cue: Token, ctx: Context) -> bool:
    """Whether 'according to X' hangs on a verb of speech with a subject and a clause of its own: 'According to
    police, the driver said he had swerved' is the driver's report, which that verb yields; X only relays it."""
    verb = cue.head
    return (
        verb.i not in ctx.quoted
        and reporting_verbs().get(verb.lemma_.lower()) in ("speech", "media")
        # not 'according to police, who said B': the source's own words
        and any(
            c.dep_ == "nsubj" and c.i not in ctx.quoted and c.tag_ not in ("WP", "WDT") for c in verb.children
        )
        and any(c.dep_ == "ccomp" and c.i not in ctx.quoted for c in verb.children)
    )


def _reported_clause(cue: Token, ctx: Context) -> Token | None:
    """The verb's complement clause that reports (quoted parts are cut later): "A; the embassy confirmed B"
    may hang both A and B on the verb. With a clause on each side the one after the verb is it: "Speaking
    outside the conference, Mr Downer said B", the parser taking the participle's phrase for a fronted report."""
    clauses = [c for c in cue.children if c.dep_ == "ccomp" and not _not_a_report(c, cue, ctx)]
    after = (c for c in clauses if c.i > cue.i and any(d.dep_ in SUBJECT_DEPS for d in c.children))
    clause = next(after, clauses[0] if clauses else None)  # not "... at a rally attended by 3,000"
    if clause is not None:
        return clause
    return _clause_on_medium(cue) or _clause_hung_in_a_phrase(cue)


def _clause_on_medium(cue: Token) -> Token | None:
    """'said in a statement that B', 'wrote on Twitter that B': the parser hangs the "that" clause on the medium
    named after the verb; it is still what the verb reports."""
    if reporting_verbs().get(cue.lemma_.lower()) != "speech":
        return None
    return next(
        (
            clause
            for prep in cue.children
            if prep.dep_ == "prep" and prep.i > cue.i and prep.lower_ in MEDIUM_PREPS
            for medium in prep.children
            if medium.dep_ == "pobj"
            for clause in medium.children
            if clause.dep_ in ("acl", "ccomp", "relcl")
            and clause.i > medium.i
            and any(_opens_on_that(m, clause) for m in clause.children)
        ),
        None,
    )


def _opens_on_that(that: Token, clause: Token) -> bool:
    """The clause's "that" as a conjunction, or as the relative adverb the parser reads after a noun of time
    ('said at the time that B': "the time when"), opening a clause with a subject of its own."""
    if that.lower_ != "that":
        return False
    if that.dep_ == "mark":
        return True
    return (
        that.dep_ == "advmod"
        and that.i == clause.left_edge.i
        and any(c.dep_ in SUBJECT_DEPS for c in clause.children)
    )


def _clause_hung_in_a_phrase(cue: Token) -> Token | None:
    """'announced shortly after the minister's release, that B', 'stated that despite refusing to sell its share in
    the firm that B': a "that" clause with a subject of its own, hung by the parser on a noun or a verb (not one of
    speech) deep in a phrase after a verb of speech, is what the verb reports when it is set apart from that word (by
    a comma or by other words); a noun's own clause follows it ("the fact that B", "the claim that B")."""
    if reporting_verbs().get(cue.lemma_.lower()) != "speech":
        return None
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.i < cue.i:
            continue
        for clause in prep.subtree:
            if (
                clause.dep_ in ("acl", "relcl", "ccomp")
                and (
                    clause.head.pos_ in ("NOUN", "PROPN")
                    or clause.head.pos_ == "VERB"
                    and not is_cue(clause.head)
                )
                and any(c.dep_ in SUBJECT_DEPS for c in clause.children)
                and _that_set_apart(clause)
                and not _own_subject_between(clause, prep)
            ):
                return clause
    return None


def _that_set_apart(clause: Token) -> bool:
    """The clause opens on the complementizer "that", not right after the noun it hangs on."""
    first = clause.doc[clause.left_edge.i]
    return (
        first.lower_ == "that"
        and first.dep_ == "mark"
        and first.head.i == clause.i
        and (clause.doc[first.i - 1].text == "," or first.i - 1 > clause.head.i)
        and clause.head.i < first.i
    )


def _own_subject_between(clause: Token, top: Token) -> bool:
    """Whether a verb with a subject of its own stands between the clause and the phrase: the clause is that verb's."""
    node = clause.head
    while node.i != top.i:
        if any(c.dep_ in SUBJECT_DEPS for c in node.children):
            return True
        node = node.head
    return False


def _not_a_report(clause: Token, cue: Token, ctx: Context) -> bool:
    """A complement clause that gives a purpose or reason, is someone else's relative clause, or belongs to an
    earlier report."""
    if any(
        c.dep_ == "mark" and c.lower_ in ADJUNCT_MARKS and c.i == clause.left_edge.i for c in clause.children
    ):
        return True  # "the curfew she declared so she could clear the streets": a purpose or reason, not a report
    if is_cue(clause) and next((t for t in clause.subtree if not t.is_punct), clause).tag_ in ("WDT", "WP"):
        return True  # "commented on it — which the BBC noted as unusual —": someone else's relative clause
    # "X denied it, he claimed A; Y claimed B": a clause past a semicolon is not Y's; nor one before "Y claimed B"
    return clause.i < cue.i and (
        any(ctx.doc[i].text in (";", ":") for i in range(clause.right_edge.i + 1, cue.i))
        or bare_clause(cue, ctx) is not None
    )


def _clause_ranges(cue: Token, clause: Token, ctx: Context) -> list[TokenRange]:
    """The complement clause with its "that" conjuncts, ending before a reporting verb coordinated inside it.

    "said A, and that B" is one report, as news annotators read it; a clause opening on a quotation ("noting that
    "A", and that B") is a quote of its own, so each "that" conjunct stays a report of its own there."""
    lo, hi = clause.left_edge.i, _fronted_conjuncts_end(cue, clause)
    hearer = next((c for c in cue.children if c.dep_ in ("dobj", "dative") and cue.i < c.i < clause.i), None)
    if (
        hearer is not None
        and not any(c.dep_ in SUBJECT_DEPS for c in clause.children)
        and "recipient" not in reporting_flags(cue.lemma_.lower())
    ):
        lo = (
            hearer.left_edge.i
        )  # "announced the new region, ..., would be governing itself": the object is the clause's subject
    opening = next((t for t in ctx.doc[lo:hi] if t.dep_ != "mark" and not t.is_punct), clause)
    apart = opening.i in ctx.quoted
    cuts = [
        c.left_edge.i
        for c in clause.children
        if apart and c.dep_ == "conj" and any(m.dep_ == "mark" for m in c.children)
    ]
    ranges = [TokenRange(a, b) for a, b in pairwise([lo, *cuts, coordinated_cue_start(clause, hi)])]
    # "said A and that B" where the parser hangs "that B" on the verb itself: B joins the report when only "and"
    # and punctuation stand between them, else ("said A, noting C, and that B") it is a report of its own
    more = []
    for c in sorted(cue.children, key=lambda c: c.i):
        if (
            c.dep_ != "conj"
            or c.i < clause.i
            or not any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ):
            continue
        last = ranges[-1]
        if not apart and all(t.dep_ in ("cc", "punct") for t in ctx.doc[last.hi : c.left_edge.i]):
            ranges[-1] = TokenRange(last.lo, c.right_edge.i + 1)
        else:
            more.append(TokenRange(c.left_edge.i, c.right_edge.i + 1))
    return [part for r in ranges for part in _around_cue(cue, r)] + more


def _fronted_conjuncts_end(cue: Token, clause: Token) -> int:
    """The end of a report before its cue: 'A, but B, he noted' may be parsed as two clauses of the cue, the
    second joined to the first only by its "but"; both are the report, to the last one the conjunction reaches."""
    doc, hi = cue.doc, clause.right_edge.i + 1
    for c in sorted(cue.children, key=lambda c: c.i):
        if c.dep_ != "ccomp" or not clause.i < c.i < cue.i or c.left_edge.i < hi:
            continue
        joined = doc[hi - 1].dep_ == "cc" or doc[c.left_edge.i].dep_ == "cc"
        if not joined or any(not t.is_punct for t in doc[hi : c.left_edge.i]):
            break
        hi = c.right_edge.i + 1
    return hi


def _around_cue(cue: Token, report: TokenRange) -> list[TokenRange]:
    """'A, Maróth said, and B': a clause the parser hung before the cue but running past it is two reports, never
    one holding the cue and its speaker."""
    if not report.lo <= cue.i < report.hi:
        return [report]
    speaker_lo = min(
        [cue.i] + [c.left_edge.i for c in cue.children if c.dep_ in SUBJECT_DEPS and c.i < cue.i]
    )
    return [TokenRange(report.lo, speaker_lo), TokenRange(cue.i + 1, report.hi)]


def _act_content(cue: Token, ctx: Context) -> list[TokenRange]:
    """What an act reports ("urged X to ...", "accused X of ..."): the verb's phrase, when an object has a verb of
    its own, up to where a clause with its own subject, or the subject's next act, begins."""
    objects = [
        c
        for c in cue.children
        if c.i > cue.i and c.dep_ in ("dobj", "xcomp", "prep", "prt", "advcl", "ccomp", "dative")
    ]
    if not any(_is_clausal(c) and participle_going_on(c, ctx) is None for c in objects):
        # "rejected the criticism", "criticized the decision": an act on a thing reports no content ("welcomed the
        # ruling, saying B": B is the participle's own report)
        return []
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
    hi = min(
        [
            max(c.right_edge.i for c in cue.children if c.i > cue.i) + 1,
            *ends,
            *_tensed_after_infinitive(objects),
        ]
    )
    while hi > cue.i + 1 and cue.doc[hi - 1].dep_ in ("cc", "punct"):
        hi -= 1
    return trimmed([TokenRange(cue.i, hi)], ctx)


def _tensed_after_infinitive(objects: list[Token]) -> list[int]:
    """'urged the embassy to reconsider and spoke with X', 'vowed to fight on and left the room': a tensed verb the
    parser joined to a "to" infinitive cannot belong to it; it is the subject's next act, where the content ends ("and
    to have escaped", its auxiliaries mistagged, is the infinitive's own)."""
    return [
        c.left_edge.i
        for verb in objects
        if verb.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)
        for c in verb.children
        if c.dep_ == "conj"
        and c.tag_ in ("VBD", "VBZ", "VBP")
        and not any(a.dep_ == "aux" for a in c.children)
    ]


def _is_clausal(child: Token) -> bool:
    """A complement with a verb of its own: "urged X to release Y", "accused X of doctoring Y", "called on X to ..."."""
    if (
        child.dep_ == "advcl"
        and child.lemma_ in ("do", "be", "have")
        and any(c.dep_ == "mark" and c.lower_ in ("as", "than") for c in child.children)
    ):
        return False  # "denied the story as did X": a comparison, not what is said
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


def _after_colon(cue: Token, ctx: Context) -> TokenRange | None:
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
    return TokenRange(lo, hi) if hi > lo else None


def _source_end(according: Token) -> int:
    """End of 'according to X' without what the parser hung on X by apposition or coordination, or on 'according'
    itself (often the report)."""
    end = according.i + 1
    # "was, according to X, among the dead": what the parser hung on "according" besides "to X" is the report
    to = next((c for c in according.children if c.lower_ == "to"), according)
    for t in according.doc[according.i + 1 : to.right_edge.i + 1]:
        node = t
        # "according to a March 14, 2019 NATO press release": a year in apposition to its date is still the source
        # "according to the state's treasurer, Jane Doe, …": her name is the source too, and so is her office
        # set off by commas ("according to Jane Doe, a spokeswoman for the ministry, …")
        # "according to the indictment and other court documents, …", "according to police and witnesses, …": a
        # noun coordinated with the source is a source too
        while node.i != according.i and not (
            node.dep_ == "conj"
            and not _coordinated_source(node)
            or node.dep_ == "appos"
            and node.ent_type_ != "DATE"
            and getattr(appositive_name(node.head), "i", None) != node.i
            and not _office_apposed(node)
        ):
            node = node.head
        if node.i != according.i and not _inside_relative_clause(node, according):
            break
        end = t.i + 1
    return end


def _coordinated_source(conj: Token) -> bool:
    """A noun joined by "and" or "or" to the noun before it, not a clause the parser hung there."""
    return (
        conj.pos_ in ("NOUN", "PROPN")
        and conj.head.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ == "cc" for c in conj.head.children)
        and not any(c.dep_ in ("nsubj", "aux", "cop") for c in conj.children)
    )


def _office_apposed(appos: Token) -> bool:
    """'Jane Doe, a spokeswoman for the ministry,': a person noun in apposition, closed by a comma, describes
    the source it follows; without the comma, with a possessor or with a person named after it ("Doe, Spain's
    ambassador, Juan Ruiz, has met …"), the parser may have taken the report's subject for one."""
    doc, after = appos.doc, appos.right_edge.i + 1
    return (
        appos.lemma_.lower() in people_nouns()
        and not any(c.dep_ == "poss" for c in appos.children)
        and after + 1 < len(doc)
        and doc[after].text == ","
        and doc[after + 1].ent_type_ != "PERSON"
        and doc[appos.left_edge.i - 1].text == ","
    )


def _inside_relative_clause(node: Token, according: Token) -> bool:
    """'according to the report, which was dated May 4 and prepared by X': what is joined inside the source's
    relative clause still describes the source."""
    for ancestor in node.ancestors:
        if ancestor.i == according.i:
            return False
        if ancestor.dep_ in ("relcl", "acl"):
            return True
    return False


def _segment(ctx: Context, token_i: int) -> Span:
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


def _around(head: Token, cue: Token) -> list[TokenRange]:
    """The phrase a parenthetical cue interrupts: after the cue when only an adverbial precedes it ("In between, she
    testified, she was ..."), else the whole phrase ("The talks, the minister said, had failed")."""
    lo, hi = head.left_edge.i, head.right_edge.i + 1
    if not cue.right_edge.i + 1 < hi:
        return []
    speaker = {t.i for c in cue.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
    lead = [t for t in head.doc[lo : cue.i] if not t.is_punct and t.i not in speaker]
    if len(lead) <= MAX_LEAD_WORDS and not any(t.dep_ in SUBJECT_DEPS for t in lead):
        return [TokenRange(cue.right_edge.i + 1, hi)]
    # "A, the minister said, and B" (the phrase's verb before the cue) is two reports
    return _around_cue(cue, TokenRange(lo, hi)) if head.i < cue.i else [TokenRange(lo, hi)]
