"""Court papers as sources: 'the indictment alleges', 'according to court documents', 'the plea agreement says'.
A legal document speaks as itself; the court it was filed in, an actor made of its own words ("criminal
information") or a prosecutor named before did not make it, so only a maker its own phrase names speaks for it."""

from __future__ import annotations

from spacy.tokens import Token

# documents that are court papers by their word alone
_COURT_PAPER_NOUNS = frozenset({"indictment", "complaint", "affidavit", "verdict", "subpoena"})
# documents that are court papers when a legal word or "filed" describes them: "court documents", "the plea
# agreement", "the criminal information", "charging documents", "documents filed with the court"
_PAPER_NOUNS = frozenset(
    {"document", "record", "filing", "paper", "agreement", "information", "memorandum", "statement", "charge"}
)
_LEGAL_MODIFIERS = frozenset(
    {"court", "charging", "plea", "criminal", "superseding", "sentencing", "forfeiture", "indictment"}
)
_FILING_VERBS = frozenset({"file", "submit", "unseal"})


def is_court_paper(noun: Token) -> bool:
    """Whether a noun names a legal document: by its word, or by a legal modifier or a 'filed' that describes it."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN":
        return False
    if lemma in _COURT_PAPER_NOUNS:
        return True
    return lemma in _PAPER_NOUNS and any(
        c.dep_ in ("compound", "amod")
        and c.lemma_.lower() in _LEGAL_MODIFIERS
        or c.dep_ == "acl"
        and c.lemma_.lower() in _FILING_VERBS
        for c in noun.children
    )


def named_makers(noun: Token) -> list[Token]:
    """Who a court paper's own phrase names as its maker: a possessor ("the Department's complaint") or a name
    or body before it ("the government complaint"), not the court it was filed in."""
    return [
        c
        for c in noun.children
        if c.dep_ in ("poss", "nmod")  # "The United States’ complaint" may parse the possessor as a modifier
        or c.dep_ == "compound"
        and c.lemma_.lower() not in _LEGAL_MODIFIERS
        and c.pos_ in ("NOUN", "PROPN")
    ]
