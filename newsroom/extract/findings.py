"""An inquiry's finding reported like speech: 'the committee found that there were close ties', 'a poll showed
that 60% support it', 'research which showed 62% used them', '…, the studies found', 'the court held that …'.
"find", "show" and "hold" are no reporting verbs of the lexicon (a person finds a door locked, footage shows a car
burning, the jury finds him guilty, a party holds talks): they report only with an inquiry, or those who made it,
as subject and a clause with a verb of its own as complement. Quotes read the finding as reported speech; events
code a document's finding as its maker's statement."""

from __future__ import annotations

from spacy.tokens import Token

from newsroom.extract.actors.words import SUBJECT_DEPS

FINDING_VERBS = frozenset({"find", "show", "hold"})
# inquiries and what they publish: what they find is published as the finding of whoever made them
INQUIRY_DOCUMENTS = frozenset(
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
    }
)
# the people and bodies that make inquiries
INQUIRY_WORDS = INQUIRY_DOCUMENTS | frozenset(
    {
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
    """Whether "find", "show" or "hold" reports an inquiry's finding."""
    return finding_subject(verb) is not None


def document_finding(verb: Token) -> bool:
    """Whether the verb reports what a study, poll or report found ("the poll showed that …"), not a person or
    body finding it."""
    subject = finding_subject(verb)
    return subject is not None and subject.lemma_.lower() in INQUIRY_DOCUMENTS


def finding_subject(verb: Token) -> Token | None:
    """The inquiry whose finding "find", "show" or "hold" reports: its subject (or the noun its relative clause
    describes, 'a prosecutor, who found that …') when that is an inquiry word and the verb takes a complement clause
    headed by a verb, not an infinitive ("found him guilty", "found unconstitutional a law permitting X to succeed":
    a verdict's wording, not a report); else None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in FINDING_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.tag_ in _RELATIVE_TAGS and verb.dep_ == "relcl":
        subject = verb.head
    if subject is None or subject.lemma_.lower() not in INQUIRY_WORDS:
        return None
    # the clause a report takes: the one after the verb with a subject of its own, else the first
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    after = (c for c in clauses if c.i > verb.i and any(d.dep_ in SUBJECT_DEPS for d in c.children))
    clause = next(after, clauses[0] if clauses else None)
    reports = (
        clause is not None
        and clause.pos_ in ("VERB", "AUX")
        and not any(a.tag_ == "TO" for a in clause.children)
    )
    return subject if reports else None
