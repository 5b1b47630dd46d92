"""Parties of one name in several countries ("Labour", "Democrats", "the Conservative Party"): the alias table
names one of them, its country in brackets ("Labour Party (United Kingdom)"); an article that writes the name after
another country's name or demonym ("New Zealand Labour", "the Australian Democrats") means that country's party,
there and wherever else it uses the name alone. Decided once per article."""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Doc

from newsroom.extract.actors.words import MAX_COUNTRY_WORDS
from newsroom.extract.lexicon import AliasEntry, lookup_alias, namesake_alias_ends
from newsroom.extract.scan import indices_with

_KEY = "newsroom_namesake_parties"  # doc.user_data: canonical name -> (country code, the name as written)
_MAX_ALIAS_TOKENS = 5  # "Workers ' Party", "Liberal Democratic Party of Japan"


def own_party(doc: Doc, entry: AliasEntry) -> tuple[str, str] | None:
    """The country and written name ("NZL", "New Zealand Labour") of the party the article means by a name the
    table gives another country's, or None when it means the table's (or the name is no namesake's)."""
    if not entry.namesake:
        return None
    found = doc.user_data.get(_KEY)
    if found is None:
        found = doc.user_data[_KEY] = _written_parties(doc)
    return found.get(entry.canonical_name)


def _written_parties(doc: Doc) -> dict[str, tuple[str, str]]:
    found: dict[str, tuple[str, str]] = {}
    for i in indices_with(doc, ORTH, namesake_alias_ends()):
        for size in range(min(_MAX_ALIAS_TOKENS, i + 1), 0, -1):
            start = i + 1 - size
            if not doc[start].text[:1].isupper():
                continue  # ". Democrats" is "Democrats" to the folded look-up
            entry = lookup_alias(doc[start : i + 1].text)
            if entry is None or not entry.namesake:
                continue
            written = _country_before(doc, start)
            if written is not None and written[0] != entry.country_code:
                found.setdefault(
                    entry.canonical_name, (written[0], " ".join(doc[written[1] : i + 1].text.split()))
                )
            break
    return found


def _country_before(doc: Doc, start: int) -> tuple[str, int] | None:
    """The country whose name or demonym ends right before token ``start``, and the token it opens at."""
    for size in range(min(MAX_COUNTRY_WORDS, start), 0, -1):
        before = doc[start - size : start]
        if (
            not before[0].text[:1].isupper()  # "Australian", "New Zealand", "NZ", "U.S."
            or before[0].lower_ == "the"
            or any(t.is_punct or t.is_space for t in before)
        ):
            continue  # "in Australia. Democrats said": no name of the party
        entry = lookup_alias(before.text)
        if entry is not None and entry.actor_type == "country" and entry.country_code:
            return entry.country_code, before.start
    return None
