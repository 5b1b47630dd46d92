"""Descriptions the article itself defined: "Morton County sheriff Kyle Kirchmeier ... the sheriff said" and
"President-elect Donald Trump ... the president-elect said" name the person the text titled with that word,
whether or not the role lexicon knows the word ("sheriff", "actress", "host", "president-elect"). The one rule for
it: quotes and events read the description's person from the mention this pass adds."""

from __future__ import annotations

from spacy.attrs import TAG
from spacy.tokens import Span, Token

from newsroom.extract.actors.registry import Actor, ActorMention, Registry
from newsroom.extract.actors.words import SUBJECT_DEPS
from newsroom.extract.scan import indices_with

TITLE_POS = frozenset({"NOUN", "PROPN", "ADJ"})
DESCRIPTION_MODIFIER_DEPS = frozenset({"amod", "compound"})


def add_titled(reg: Registry) -> None:
    """Each unclaimed definite subject "the <noun>" whose words end a title the article put before exactly
    one person's name (or set beside it across a comma) names that person."""
    titles: list[tuple[int, str, Actor]] = []  # (token where the title ends, title text, person)
    for mention in reg.mentions:
        if mention.kind == "name" and mention.actor.actor_type == "person":
            titles.extend((mention.start, title, mention.actor) for title in _titles(reg, mention))
    if not titles:
        return
    for i in indices_with(reg.doc, TAG, ("NN", "NNP")):
        if i in reg.token_owner:
            continue  # asked before making the Token
        token = reg.doc[i]
        if (office := _addressed_office(token)) is not None:
            # "Thank you, Mr. President": the one holder titled with exactly that office, in quotes or not (the
            # speaker is named between, so no look for other people since)
            holders = {id(a): a for end, title, a in titles if end < token.i and title == office}
            if len(holders) == 1:
                reg.add_mention(next(iter(holders.values())), token.left_edge.i, token.i + 1, "description")
        else:
            words = _definite_description(token)
            if words is None or token.dep_ not in SUBJECT_DEPS or token.i in reg.quoted:
                continue
            holders = {id(a): a for end, title, a in titles if end < token.i and _ends_with(title, words)}
            if len(holders) == 1:
                holder = next(iter(holders.values()))
                titled = {id(a) for end, _, a in titles if end < token.i}
                if not _untitled_person_since(reg, holder, titled, token.i):
                    reg.add_mention(holder, token.left_edge.i, token.i + 1, "description")


# how a speaker addresses an office's holder without a name: "Mr. President", "Madam Speaker"
_ADDRESS_HONORIFICS = frozenset({"mr", "mr.", "mister", "madam", "madame"})


def _addressed_office(token: Token) -> str | None:
    """ "Mr. President", "Madam Secretary": an office word whose only modifier is the honorific of address right
    before it, as a lower-case lemma; None for anything else ("Mr. Smith" is no office any title ends with)."""
    if token.tag_ != "NNP" or token.i == 0 or token.doc[token.i - 1].lower_ not in _ADDRESS_HONORIFICS:
        return None  # the cheap tests first: most words are no "Mr." office
    left = [c for c in token.children if c.i < token.i]
    if len(left) != 1 or left[0].i != token.i - 1:
        return None
    return token.lemma_.lower()


def _untitled_person_since(reg: Registry, holder: Actor, titled: set[int], token_i: int) -> bool:
    """Whether someone the article never titled was named, outside quotation marks, after the holder's last
    mention in the description's paragraph: "When coach Jimmy Johnson left ... The seed was planted by Parcells
    ... the coach said" may be Parcells; a person titled otherwise ("investor Carl Icahn") is not "the
    president-elect", and a name in a paragraph before (a related headline, a digression) is not the one meant."""
    paragraph = reg.paragraph_index(token_i)
    for mention in reg.mentions_before(token_i):
        if mention.actor is holder or reg.paragraph_index(mention.start) != paragraph:
            return False
        if (
            mention.kind == "name"
            and mention.actor.actor_type == "person"
            and id(mention.actor) not in titled
            and mention.start not in reg.quoted
        ):
            return True
    return False


def _titles(reg: Registry, mention: ActorMention) -> list[str]:
    """The words before a name that title it ("Morton County sheriff", "President-elect", "late-night host"),
    and a definite noun phrase set beside it ("Jane Doe, the actress,", "the actress, Jane Doe")."""
    doc = reg.doc
    root = doc[mention.head]
    start = mention.start
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.tag_ == "NN" and before.is_lower and before.i not in reg.token_owner:
        start -= 1  # "novelist Jane Doe", however parsed (the name in apposition, the title a preposition's object)
    while start > 0 and _title_word(doc[start - 1], mention):
        start -= 1
    found = [_lemmas(doc[start : mention.start])] if start < mention.start else []
    beside = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        beside.append(root.head)
    for noun in beside:
        words = _definite_description(noun) if noun.pos_ == "NOUN" else None
        if words is not None:
            found.append(words)
    return found


def _title_word(token: Token, mention: ActorMention) -> bool:
    """A word of a title run into the name: a noun or adjective (or a hyphen inside a word) hanging on the name,
    owned by no other actor; inside the name's own PERSON entity only as a title the name was cut from
    ("Treasurer Jane Doe", see ``names.strip_role_words``), never another person's name."""
    if token.is_punct:
        return token.text == "-" and not token.whitespace_ and token.i > 0 and not token.nbor(-1).whitespace_
    return (
        token.pos_ in TITLE_POS
        and token.is_alpha
        and token.i < token.head.i < mention.end
        and (token.ent_type_ != "PERSON" or token.nbor().ent_iob_ == "I")
        and token.tag_ != "POS"
    )


def _definite_description(token: Token) -> str | None:
    """ "the sheriff", "the late-night host": the words after "the" of a singular noun phrase made only of
    modifiers and its noun, as lower-case lemmas; None for anything else."""
    left = token.left_edge
    if left.lower_ != "the" or left.head.i != token.i:
        return None
    inner = token.doc[left.i + 1 : token.i + 1]
    if not all(t.i == token.i or t.dep_ in DESCRIPTION_MODIFIER_DEPS or t.text == "-" for t in inner):
        return None
    if not all(t.is_lower or t.is_title or t.text == "-" for t in inner):
        return None  # "the Australian Treasurer" as written in an article that set the title before the name
    return _lemmas(inner)


def _lemmas(span: Span) -> str:
    """The span's words as lower-case lemmas, spaced as written: "rival captains" and "the captain" share
    "captain", "President-elect" stays one word."""
    return "".join(t.lemma_.lower() + t.whitespace_ for t in span).strip()


def _ends_with(title: str, words: str) -> bool:
    return title == words or title.endswith(" " + words)
