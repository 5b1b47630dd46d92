"""An inquiry's finding reported like speech: 'the committee found that there were close ties', 'a poll showed
that 60% support it', 'research which showed 62% used them', '…, the studies found', 'the court held that …'.
"find", "show" and "hold" are no reporting verbs of the lexicon (a person finds a door locked, footage shows a car
burning, the jury finds him guilty, a party holds talks): they report only with an inquiry, or those who made it,
as subject and a clause with a verb of its own as complement."""

from __future__ import annotations

from spacy.tokens import Token

from newsroom.extract.quotes.context import SUBJECT_DEPS

FINDING_VERBS = frozenset({"find", "show", "hold"})
# inquiries and the people or bodies that make them: what they find is published as their finding
INQUIRY_WORDS = frozenset(
    {
        "study",
        "research",
        "report",
        "survey",
        "poll",
        "polling",
        "analysis",
        "investigation",
        "inquiry",
        "enquiry",
        "review",
        "audit",
        "probe",
        "assessment",
        "evaluation",
        "census",
        "experiment",
        "autopsy",
        "inspection",
        "documentary",
        "researcher",
        "scientist",
        "investigator",
        "inspector",
        "auditor",
        "examiner",
        "coroner",
        "pathologist",
        "prosecutor",
        "committee",
        "panel",
        "commission",
        "court",
        "jury",
        "tribunal",
    }
)
_RELATIVE_TAGS = frozenset({"WDT", "WP"})


def inquiry_finding(verb: Token) -> bool:
    """Whether "find", "show" or "hold" reports an inquiry's finding: its subject (or the noun its relative clause
    describes, 'a prosecutor, who found that …') is an inquiry word, and it takes a complement clause headed by a
    verb, not an infinitive ("found him guilty", "found unconstitutional a law permitting X to succeed": a verdict's
    wording, not a report)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in FINDING_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.tag_ in _RELATIVE_TAGS and verb.dep_ == "relcl":
        subject = verb.head
    if subject is None or subject.lemma_.lower() not in INQUIRY_WORDS:
        return False
    # the clause a report takes: the one after the verb with a subject of its own, else the first
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    after = (c for c in clauses if c.i > verb.i and any(d.dep_ in SUBJECT_DEPS for d in c.children))
    clause = next(after, clauses[0] if clauses else None)
    return (
        clause is not None
        and clause.pos_ in ("VERB", "AUX")
        and not any(a.tag_ == "TO" for a in clause.children)
    )
