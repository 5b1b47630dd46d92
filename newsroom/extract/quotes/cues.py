"""Reporting-verb cues: which tokens introduce speech (a reporting verb from the lexicon, "according to", a
speech noun with its speaker and a "that" clause) and the cue text a quote records."""

from __future__ import annotations

from spacy.tokens import Token

from newsroom.extract.datelines import past_dateline
from newsroom.extract.findings import inquiry_finding
from newsroom.extract.lexicon import person_nouns, reporting_flags, reporting_verbs
from newsroom.extract.quotes.lookalikes import speaks_no_one

# doc.user_data key: is_cue's answers by token index (the quote passes ask it of the same verbs about three times)
_CUES = "newsroom_quote_cues"


def is_cue(token: Token) -> bool:
    """Whether the token introduces speech: a reporting verb from the lexicon, 'according to', or an inquiry's
    finding ('the study found that ...'). Answered once per token of an article (a Doc does not change after its
    parse)."""
    known = token.doc.user_data.get(_CUES)
    if known is None:
        known = token.doc.user_data[_CUES] = {}
    found = known.get(token.i)
    if found is None:
        found = known[token.i] = _is_cue(token)
    return found


def _is_cue(token: Token) -> bool:
    if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
        return True
    if _as_put_it(token) or made_clear_clause(token) is not None or verb_read_as_noun(token):
        return True
    if token.pos_ not in ("VERB", "AUX"):
        return False
    if interrupts_quotation(token) or inquiry_finding(token):
        return True
    lemma = token.lemma_.lower()
    if lemma not in reporting_verbs() or lemma == "be" or speaks_no_one(token):
        return False
    # "trying to add the question": with a plain object some verbs are not reporting, unless the verb comes
    # right after a quotation with its speaker after it ('"…!" yelled a heckler', parsed as the object); a
    # document there is read out, by whoever the text quoted ('"…," read the communique')
    return "intransitive" not in reporting_flags(lemma) or not any(
        c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and not (_inverted(token) and not _speech_noun(c))
        for c in token.children
    )


def verb_read_as_noun(token: Token) -> bool:
    """'The ruling party states that B', 'Estimates by the ministry state B': a reporting verb the tagger took for a
    noun ("states", "claims", "reports") that the parser still made the sentence's root, with a subject before it
    and a clause with a subject of its own after it. A noun heads no such clause; a
    noun with a relative clause ('the member states that the treaty covers') is no root, and one that is ('Reports
    that he resigned', a heading) has nothing before it."""
    if token.pos_ != "NOUN" or token.dep_ != "ROOT" or token.lemma_.lower() not in reporting_verbs():
        return False
    return any(c.dep_ == "nsubj" and c.i < token.i for c in token.children) and any(
        c.dep_ == "ccomp" and c.i > token.i and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        for c in token.children
    )


def _as_put_it(token: Token) -> bool:
    """'as one adviser put it': "put" with "it" in an "as" clause says how someone worded what is quoted."""
    return (
        token.lemma_.lower() == "put"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children)
        and any(c.dep_ == "dobj" and c.lower_ == "it" for c in token.children)
    )


def made_clear_clause(verb: Token) -> Token | None:
    """'X made it clear that B', 'has made clear B', 'made very clear to them that B': "make" with "clear" as its
    complement says B as a speech verb does. B is the clause the parser hangs on "make", or on "clear" when it
    opens on "that"; a noun ('made clear her opposition') or an adverbial clause ('made it clear when …') is no
    report, and neither is an open question ('made clear where we stand'). Only a person makes a thing clear by
    saying it, and only once it is said ('needed to make clear' is an aim)."""
    if verb.lemma_.lower() != "make" or verb.pos_ not in ("VERB", "AUX"):
        return None
    if verb.tag_ == "VB" or not _a_person_makes(verb):
        return None  # 'needed to / will make clear': an aim; 'the ruling makes it clear': an inference
    clear = next(
        (c for c in verb.children if c.lower_ == "clear" and c.dep_ in ("ccomp", "acomp", "oprd")), None
    )
    if clear is None:
        return None
    clauses = [
        c for c in verb.children if c.dep_ == "ccomp" and c.i > clear.i and not _opens_a_question(c)
    ] + [c for c in clear.children if c.dep_ == "advcl" and c.i > clear.i and c.left_edge.lower_ == "that"]
    return next(
        (
            c
            for c in clauses
            if c.pos_ in ("VERB", "AUX") and any(d.dep_ in ("nsubj", "nsubjpass", "expl") for d in c.children)
        ),
        None,
    )


_PERSONAL_PRONOUNS = frozenset({"i", "we", "he", "she", "they", "you"})


def _a_person_makes(verb: Token) -> bool:
    """The subject of "make" (or of the verb it is coordinated with: 'said A but made it clear that B') is a
    personal pronoun, a person's name or a noun for one person ("the president", "her lawyer")."""
    node = verb
    while node.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in node.children):
        node = node.head
    subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
    return subject is not None and (
        subject.lower_ in _PERSONAL_PRONOUNS
        or subject.ent_type_ == "PERSON"
        or subject.pos_ in ("NOUN", "PROPN")
        and subject.lemma_.lower() in person_nouns()
    )


def _opens_a_question(clause: Token) -> bool:
    """The clause opens on a question word, "whether" or "if": 'where we stand', 'whether it will pass'."""
    first = clause.left_edge
    return first.tag_ in ("WDT", "WP", "WP$", "WRB") or first.lower_ in ("whether", "if")


def _speech_noun(token: Token) -> bool:
    return token.lemma_.lower() in NOMINAL_CUES


_CLOSING_MARKS = frozenset({'"', "”", "''", "'", "’"})
# the parser's tags for an opening and a closing quotation mark, straight marks included
_OPEN_TAG, _CLOSE_TAG = "``", "''"
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
_SUBJECT_POS = frozenset({"PROPN", "PRON", "NOUN"})
_SUBJECT_WORD_POS = _SUBJECT_POS | {"DET", "ADJ"}
MAX_INTERRUPTION_WORDS = 5  # the speaker's words beside the verb: 'Sen. Mary Lee', 'the committee chairman'


def interrupts_quotation(verb: Token) -> bool:
    """'"This must be preserved," Lee continued, "which is why …"', '"Overall," he went on, "…"': a tensed verb
    standing alone with its speaker between the two parts of one quotation (a comma closing the first, a comma
    opening the second; or, with the speaker after the verb, a full stop before the next quotation) says who
    speaks it, whatever the verb; the lexicon leaves out verbs like "continue"
    that mostly say something else."""
    if verb.tag_ not in _FINITE_TAGS:
        return False
    doc = verb.doc
    left = verb.i - 1
    while left >= 0 and verb.i - left <= MAX_INTERRUPTION_WORDS and doc[left].pos_ in _SUBJECT_WORD_POS:
        left -= 1
    right = verb.i + 1
    while right < len(doc) and doc[right].dep_ == "prt":
        right += 1
    if left == verb.i - 1:  # '"…," continued the senator, "…"': the speaker after the verb
        start = right
        while (
            right < len(doc)
            and right - start < MAX_INTERRUPTION_WORDS
            and doc[right].pos_ in _SUBJECT_WORD_POS
        ):
            right += 1
        speaker = doc[start:right]
    else:
        speaker = doc[left + 1 : verb.i]
    closed = left >= 1 and (
        doc[left].tag_ == _CLOSE_TAG
        and doc[left - 1].text == ","
        or doc[left].text == ","
        and doc[left - 1].tag_ == _CLOSE_TAG
    )
    return (  # the marks around it asked before the speaker's words: most verbs stand in no quotation
        closed
        and right + 2 < len(doc)
        # '"…," continued the senator. "…"': the speaker's words go on in the next sentence
        and (doc[right].text == "," or doc[right].text == "." and left == verb.i - 1)
        and doc[right + 1].tag_ == _OPEN_TAG
        and not doc[right + 2].is_punct
        and any(t.pos_ in _SUBJECT_POS for t in speaker)
    )


def _inverted(verb: Token) -> bool:
    """A verb right after a closing quotation mark (or its comma): the speaker follows it (a subject the parser
    found before it is a word inside the quotation)."""
    doc, i = verb.doc, verb.i
    return i > 0 and (
        doc[i - 1].text in _CLOSING_MARKS
        or doc[i - 1].text == ","
        and i > 1
        and doc[i - 2].text in _CLOSING_MARKS
    )


# nouns of speech whose "that" clause is what someone said ("the minister's claim that ...")
NOMINAL_CUES = frozenset(
    {
        "claim",
        "assertion",
        "allegation",
        "statement",
        "announcement",
        "warning",
        "insistence",
        "argument",
        "suggestion",
        "accusation",
        "admission",
        "contention",
        "denial",
        "assurance",
        "remark",
        "testimony",
        "prediction",
        "report",
        "ruling",
        "finding",
        "criticism",
        "complaint",
        "conclusion",
        "declaration",
        "disclosure",
        "revelation",
        "confirmation",
        "acknowledgement",
        "acknowledgment",
        "charge",
        "promise",
        "pledge",
        "reassurance",
        "explanation",
        "comment",
    }
)
# nouns of a stance whose "that" clause is what someone said only when the subject expresses the stance ("voiced
# doubt that ...", "expressed concern that ..."); held, felt or given ("the hope that ...", "gave hope that ...")
# they report nothing
STANCE_NOUNS = frozenset(
    {
        "concern",
        "doubt",
        "hope",
        "fear",
        "confidence",
        "belief",
        "regret",
        "optimism",
        "disappointment",
        "view",
    }
)
EXPRESSING_VERBS = frozenset({"express", "voice"})
# verbs whose subject issues the speech noun they take ("X made the announcement that ...", "repeated the claim
# that ..."); "denied the claim that ..." answers someone else's
ISSUING_VERBS = frozenset(
    {
        "make",
        "issue",
        "repeat",
        "reiterate",
        "release",
        "publish",
        "deliver",
        "give",
        "post",
        *EXPRESSING_VERBS,
    }
)
# a "that"-less clause on a speech noun is its content only when complete ("the accusation he hit her"), not a
# relative clause missing its object ("the statement he made")
_COMPLETE_CLAUSE_DEPS = frozenset({"dobj", "attr", "acomp", "ccomp", "xcomp", "oprd", "auxpass", "dative"})


def nominal_cue_parts(token: Token) -> tuple[Token, Token] | None:
    """'X's claim that B', 'the claim by X that B', 'the New York Times report that B', 'X made the announcement
    that B', 'X's assurances he had no part in it': the speaker X and the clause B, for a speech noun."""
    if token.pos_ != "NOUN" or not (token.lemma_.lower() in NOMINAL_CUES or _expressed_stance(token)):
        return None
    clause = next((c for c in token.children if c.i > token.i and _content_clause(c)), None)
    if clause is None and token.dep_ == "dobj" and token.head.lemma_.lower() in ISSUING_VERBS:
        # "made an announcement on Friday that B": the parser hangs B on the verb
        clause = next(
            (
                c
                for c in token.head.children
                if c.dep_ == "ccomp" and c.i > token.i and any(m.lower_ == "that" for m in c.children)
            ),
            None,
        )
    if clause is None:
        clause = _clause_hung_elsewhere(token)
    if clause is None:
        return None
    speaker = _nominal_speaker(token)
    return (speaker, clause) if speaker is not None else None


def _expressed_stance(noun: Token) -> bool:
    """'voiced doubt that B', 'expressed concern that B': a stance its subject expresses is said ('did not express
    concern that B', 'expressed no doubt that B' say nothing of B)."""
    return (
        noun.lemma_.lower() in STANCE_NOUNS
        and noun.dep_ == "dobj"
        and noun.head.lemma_.lower() in EXPRESSING_VERBS
        and not any(c.dep_ == "neg" for c in noun.head.children)
        and not any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
    )


def _content_clause(clause: Token) -> bool:
    """A clause on a speech noun that states what was said: "that" as a conjunction, or a complete clause with a
    subject of its own."""
    if clause.dep_ not in ("acl", "ccomp", "relcl"):
        return False
    if any(m.lower_ == "that" and m.dep_ == "mark" for m in clause.children):
        return True
    return (
        clause.dep_ != "ccomp"
        and clause.pos_ in ("VERB", "AUX")
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP") for c in clause.children)
        and any(c.dep_ in _COMPLETE_CLAUSE_DEPS for c in clause.children)
        and not any(c.tag_ in ("WDT", "WP", "WRB") for c in clause.children)
    )


def _clause_hung_elsewhere(noun: Token) -> Token | None:
    """'review the court's ruling that the president may hold him', 'in the face of accusations by X that the
    country is arming': the "that" right after the noun's phrase opens its content, though the parser hung the
    clause on the verb of the sentence (or, reading "that" as a relative pronoun, inside another clause). Taken
    when "that" is tagged a conjunction and the clause it opens has a subject of its own; a "that" the parser made
    an object must leave the clause complete without it ("the ruling that he appealed" is a relative clause)."""
    doc, i = noun.doc, noun.right_edge.i + 1
    if i >= len(doc) or doc[i].lower_ != "that" or doc[i].tag_ != "IN":
        return None
    clause = doc[i]
    while clause.head.i > i and clause.head != clause:
        clause = clause.head
    if clause.i == i or clause.pos_ not in ("VERB", "AUX") or clause.left_edge.i < i:
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i > i for c in clause.children):
        return None
    that = doc[i]
    if that.dep_ != "mark" and not any(
        c.dep_ in _COMPLETE_CLAUSE_DEPS and c.i != that.i for t in (clause, that.head) for c in t.children
    ):
        return None
    return clause


def _nominal_speaker(noun: Token) -> Token | None:
    """Who the speech noun belongs to: its possessor, its "by X", the name compounded with it, or the subject of a
    verb that issues it."""
    for c in noun.children:
        if c.dep_ == "poss":
            return c
        if c.dep_ == "prep" and c.lower_ == "by":
            return next((o for o in c.children if o.dep_ == "pobj"), None)
    names = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if names and any(c.dep_ == "det" and c.i < names[0].left_edge.i for c in noun.children):
        return names[-1]  # "the New York Times report", not "against President Trump finding" misparsed
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in ISSUING_VERBS:
        return next((s for c in noun.head.children if c.dep_ == "nsubj" and (s := past_dateline(c))), None)
    return None


def cue_text(token: Token) -> str:
    """The cue as a quote records it, with its particles ('pointed out', 'called for')."""
    if token.lower_ == "according":
        return "according to"
    particles = [
        c
        for c in token.children
        if c.dep_ == "prt"
        or (c.dep_ == "prep" and c.lower_ in ("on", "for") and token.lemma_ == "call" and c.i == token.i + 1)
    ]
    return " ".join([token.text] + [p.text for p in particles])
