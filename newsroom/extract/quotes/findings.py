"""An inquiry's finding reported like speech: 'the committee found that there were close ties', 'a poll showed
that 60% support it', 'research which showed 62% used them', '…, the studies found', 'the court held that …'.
"find", "show" and "hold" are no reporting verbs of the lexicon (a person finds a door locked, footage shows a car
burning, the jury finds him guilty, a party holds talks): they report only with an inquiry, or those who made it,
as subject and a clause with a verb of its own as complement."""

from __future__ import annotations

from spacy.tokens import Token

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
    return (
        subject is not None
        and subject.lemma_.lower() in INQUIRY_WORDS
        and any(
            c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and not any(a.tag_ == "TO" for a in c.children)
            for c in verb.children
        )
    )
