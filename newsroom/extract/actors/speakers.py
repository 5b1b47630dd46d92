"""Speakers the other passes leave without an actor. Named ones: the proper noun that is the subject of a reporting verb ("Garver also said that
...", "\\"It was loud,\\" said MacKay", "Fukuda went on to say ...") names a person, since only people and the
bodies NER already tags report; a surname alone in one sentence is often untagged or tagged a product. Unnamed
ones: a plural noun for people by its form ("proponents", "organizers", "investigators") as the subject of a
reporting verb with what it reports ("Proponents say the system is fairer") is a group of speakers."""

from __future__ import annotations

from collections.abc import Container

from spacy.attrs import DEP
from spacy.tokens import Doc, Span, Token

from newsroom.extract.actors.generic import AGENT_SUFFIXES
from newsroom.extract.actors.names import DASHES
from newsroom.extract.actors.places import opposes
from newsroom.extract.actors.roles import find_role
from newsroom.extract.actors.words import HONORIFICS, norm
from newsroom.extract.lexicon import (
    Role,
    english_nouns,
    generic_agents,
    given_names,
    lookup_alias,
    people_nouns,
    reporting_verbs,
    role_words,
)
from newsroom.extract.scan import tokens_with

# NER's labels for a surname it did not know as a person ("said Bishara": PRODUCT); never a body or a place
_MISSED_NAME_ENTS = frozenset({"", "PRODUCT", "WORK_OF_ART"})
_COUNTED = frozenset({"ORDINAL", "CARDINAL", "DATE", "TIME"})


def speaker_names(doc: Doc) -> list[Span]:
    """PERSON spans for the capitalised subjects of reporting verbs that NER gave no name: the word and the
    capitalised proper nouns compounded before it ("Spencer Witt")."""
    verbs = reporting_verbs()
    found = []
    for token in tokens_with(doc, DEP, ("nsubj", "nsubjpass")):
        if not _name_word(token) or not _speaks(token, verbs):  # most subjects fail the cheaper test
            continue
        start = token.i
        while start > 0:
            if _joined_particle(doc, start, token):
                start -= 2  # "al-Sabah", "bin-Ali": a particle written against the name is part of it
            elif doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == token.i:
                if not _name_word(doc[start - 1], compound=True):
                    break
                start -= 1
            else:
                break
        while start < token.i and _title(doc[start]):
            start += 1  # "Cardinal Marc Ouellet": the name after the title
        if _cut_from_a_longer_name(doc, start, token.i + 1) or any(
            t.ent_type_ == "PERSON" for t in token.subtree if t.i != token.i
        ):
            continue  # "Prime Minster of Lebanon Fouad Siniora said": a title (misspelt), the name after it
        found.append(Span(doc, start, token.i + 1, label=_kind(token)))
    return found


def _speaks(subject: Token, verbs: dict[str, str]) -> bool:
    """The subject of a reporting verb, or of a verb joined to one that has no subject of its own ("Doe has
    been a nurse for years and says …"); passive only as the one a medium quotes ("Doe was quoted as saying")."""
    verb = subject.head
    if subject.dep_ == "nsubjpass":
        return verbs.get(verb.lemma_) == "media"
    return _reports(verb, verbs) or says_too(verb)


def says_too(verb: Token) -> bool:
    """A speech verb joined to ``verb`` with no subject of its own ("has been a nurse for years and says …"):
    the subject of ``verb`` speaks."""
    return any(
        c.dep_ == "conj"
        and c.pos_ == "VERB"
        and reporting_verbs().get(c.lemma_) == "speech"
        and not any(s.dep_.startswith("nsubj") for s in c.children)
        for c in verb.children
    )


def _joined_particle(doc: Doc, start: int, name: Token) -> bool:
    """A word and a dash written against the name's first word, both hung on the name: "al-" of "al-Sabah"."""
    if start < 2:
        return False
    dash, word = doc[start - 1], doc[start - 2]
    return (
        dash.text in DASHES
        and not dash.whitespace_
        and not word.whitespace_
        and word.is_alpha
        and word.head.i == dash.head.i == name.i
    )


def _title(token: Token) -> bool:
    return token.lower_ in HONORIFICS or token.lower_ in role_words()


def _cut_from_a_longer_name(doc: Doc, start: int, end: int) -> bool:
    """The words run on into a longer name the span leaves out ("African Export-Import Bank president ..."): a
    capitalised word that is no title nor a sentence's opening function word, or a dash written against the
    span, next to it."""
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    if before is not None and (before.like_num or before.ent_type_ in _COUNTED):
        return True  # "The 14th Amendment states ..."
    if before is not None and before.text in DASHES and not before.whitespace_:
        return True
    if after is not None and after.text in DASHES and not doc[end - 1].whitespace_:
        return True
    return any(
        t is not None and t.is_alpha and t.text[:1].isupper() and not _title(t) and not _opening_word(t)
        for t in (before, after)
    )


def _opening_word(token: Token) -> bool:
    """A function word capitalised only because it opens the sentence ("But Garver said …", "As Garver said
    …"): no part of a name."""
    return token.is_sent_start and token.is_stop and token.pos_ != "PROPN"


def _kind(token: Token) -> str:
    """PERSON, unless a common noun before the name says it is something other than a person ("energy group
    Equinor", "the retailer Aldi": ORG); a person's noun ("student", "lawyer") leaves it a person."""
    for c in token.children:
        if c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "NOUN" and c.i < token.i:
            word = c.lemma_.lower()
            if not (word in role_words() or word in generic_agents() or word.endswith(AGENT_SUFFIXES)):
                return "ORG"
    return "PERSON"


def _reports(verb: Token, verbs: dict[str, str]) -> bool:
    """A reporting verb, or a verb whose infinitive is one ("went on to say", "continued to insist")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    return verb.lemma_ in verbs or any(
        c.dep_ in ("xcomp", "advcl") and c.tag_ == "VB" and c.lemma_ in verbs for c in verb.children
    )


def _name_word(token: Token, compound: bool = False) -> bool:
    """A capitalised singular word NER left out that is no title, role, people's noun or known alias: a proper
    noun, or a word the tagger calls a common noun that English has no noun for ("Fukuda said": its guess for an
    unknown word); nothing with a determiner, a possessor or a number ("the Commission", "its Board", "the 14th
    Amendment")."""
    text = token.text
    if (
        not text[:1].isupper()
        or token.is_upper
        or token.is_stop  # "Anyone who refuses ...", "Amongst reported incidents ..."
        or not norm(text).replace("-", "").replace("'", "").isalpha()  # "O’Leary" as "O'Leary"
        or not (token.ent_type_ in _MISSED_NAME_ENTS or compound and _given_name_cut_off(token))
        or token.tag_ not in ("NNP", "NN")
    ):
        return False
    word = token.lower_
    if word in HONORIFICS or word in role_words() or word in generic_agents() or lookup_alias(text):
        return False
    if not compound and any(
        t.dep_ in ("det", "poss") or t.like_num or t.ent_type_ in _COUNTED
        for t in token.subtree
        if t.i < token.i
    ):
        return False  # "The 14th Amendment states ...", "its Board said ...": a thing or a body
    return token.tag_ == "NNP" or word not in english_nouns()


def _given_name_cut_off(token: Token) -> bool:
    """A known given name NER made an organisation of its own, its entity ending at it: the name it opens ran
    on into a surname NER did not read ("Martin O’Leary": "Martin" ORG, the curly apostrophe left out)."""
    return (
        token.ent_type_ == "ORG"
        and token.ent_iob_ == "B"
        and (token.i + 1 == len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I")
        and token.lower_ in given_names()
    )


# Agent-noun endings of plural people ("opponents", "organizers", "investigators", "activists", "defendants");
# "-ments" are things ("documents", "statements", "comments").
_PEOPLE_SINGULARS = ("er", "or", "ist", "ant", "ent", "ian")
# What speaks without being people: documents, figures and the press (the press is a source, never an actor).
_THING_SPEAKERS = frozenset(
    "report document paper statement study survey poll estimate figure record result finding data statistic "
    "account rumor rumour medium media press news letter article file".split()
)
_THING_ENDINGS = ("ments", "tions", "sions", "ings")
_THING_SINGULARS = ("ment", "tion", "sion")  # "the agreement stated": not an agent's "-ent"


def speaker_group(token: Token, owned: Container[int], fresh: bool = False) -> Role | None:
    """The role of unnamed people who speak as a group: a noun for people (``_people_noun``), no name or title,
    that ``speaks``; a bare or counted plural ("most observers") or one person ("a source", "another witness",
    "one officer"), not one that points back ("the carriers") nor one whose "of" or modifier names who they are
    ("members of opposition parties", "army sources"; ``owned``: tokens of actors); its class is the noun itself.
    ``fresh``: no one is named shortly before, so "the witness" or "the campaigners" have no one to point back to
    and are a person or group of their own too, as a definite doer is (generic.py)."""
    word = token.lower_
    if token.dep_ != "nsubj" or token.ent_type_ or not _people_noun(token):
        return None
    dets = [c.lower_ for c in token.children if c.dep_ == "det"]
    if token.tag_ == "NN" and not (_one_person(token, dets) or (fresh and dets == ["the"])):
        return None  # "a source at the hospital said": one unnamed person; "the source" points back
    if token.tag_ != "NN" and any(d in _ANAPHORIC for d in dets) and not (fresh and _new_people(token, dets)):
        return None  # "the carriers said": those named before, not a new group
    of_phrases = [p for p in token.children if p.dep_ == "prep" and p.lower_ == "of"]
    opposed: set[int] = set()
    if opposes(token):
        opposed = {
            t.i for p in of_phrases for t in p.subtree
        }  # "critics of the government": whom they oppose
    elif any(_names_whose(o, owned) for p in of_phrases for o in p.children):
        return None  # "members of opposition parties": the parties speak
    if any(t.i in owned for t in token.lefts) or any(
        t.ent_type_ == "PERSON" and t.i not in opposed for t in token.subtree
    ):
        return None  # "a German government source", "army sources": the body speaks; "a student named Wong"
    if not speaks(token):
        return None
    lemma = token.lemma_.lower()
    return Role(lemma, word, None, "person", frozenset())


def _one_person(token: Token, dets: list[str]) -> bool:
    """An indefinite singular: "a" / "an" / "another", or the number one ("one officer said")."""
    if dets:
        return dets in (["a"], ["an"], ["another"])
    return any(c.dep_ == "nummod" and c.lower_ == "one" for c in token.children)


def _new_people(token: Token, dets: list[str]) -> bool:
    """ "the campaigners", "the experts" with no one named before to point back to: people of a kind the
    lexicons list, not the parties to something ("the two sides", "the parties" are those named elsewhere)."""
    if dets != ["the"] or token.lemma_.lower() not in people_nouns():
        return False
    found = find_role([token])
    return found is None or found.role.kind == "person"


def speaks(token: Token) -> bool:
    """``token`` is the one subject of a reporting verb (or of a verb of opinion: "opponents fear that ...") that
    reports a clause or sits after it ('"...," said the treasurer')."""
    verb = token.head
    if token.dep_ != "nsubj" or not (_reports(verb, reporting_verbs()) or verb.lemma_ in _VIEW_VERBS):
        return False
    if any(c.dep_ == "nsubj" and c.i != token.i for c in verb.children):
        return False  # "..., a choking agent banned under ..., Ukraine's military said": a misparse
    return token.i > verb.i or any(c.dep_ in ("ccomp", "parataxis") for c in verb.children)


def _people_noun(token: Token) -> bool:
    """A noun for people by its form or the lexicons: a plural is people unless it names a document, data or the
    press ("Witnesses say", "Critics believe", "Hospital sources say", not "Reports say", "Polls suggest"); a
    singular ("a source said") only when a people's lexicon lists its word or it has an agent ending that is no
    thing's ("the agreement stated"); never a quantity ("a number", "dozens"), whose "of" phrase says who."""
    from newsroom.extract.events.codebook import word_set  # here: the events coder imports this package

    word, lemma = token.lower_, token.lemma_.lower()
    if lemma in _THING_SPEAKERS or word.endswith(_THING_ENDINGS):
        return False
    quantifiers = word_set("quantifiers")
    if lemma in quantifiers or word in quantifiers:
        return False  # "a number of detainees alleged": "-er" is no agent here; the detainees speak
    if token.tag_ == "NNS":
        return True
    return token.tag_ == "NN" and (
        lemma in people_nouns()
        or (lemma.endswith(_PEOPLE_SINGULARS) and not lemma.endswith(_THING_SINGULARS))
    )


def _names_whose(noun: Token, owned: Container[int]) -> bool:
    """An "of" object that says whose people they are: an actor, a name or a role or body noun ("parties")."""
    phrase = [t for t in noun.subtree if t.i <= noun.i and not t.is_punct]
    return noun.i in owned or noun.pos_ == "PROPN" or find_role(phrase) is not None


_VIEW_VERBS = frozenset({"believe", "think", "fear", "hope"})
_ANAPHORIC = frozenset({"the", "these", "those", "both"})
