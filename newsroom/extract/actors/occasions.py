"""Names of occasions, not parties: a meeting, dialogue, forum, exercise or court case that NER tagged as a body
("the Acme Security Dialogue", "the Ninth Summit of the Americas", "the Acme Quest exercise", "Doe v. Roe"). A
body may bear the same words ("the World Economic Forum", "the Conference of Bishops"), so a name is an occasion
only where the article uses it as one: held, hosted or convened, counted as an edition, a case's "v."."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsroom.extract.actors.roles import find_role
from newsroom.extract.actors.words import PLACE_LABELS
from newsroom.extract.lexicon import name_heads

# Nouns that head an occasion's name: "the Acme Forum hosted by …", "the first Acme Dialogue".
OCCASION_HEADS = frozenset(
    {
        "summit",
        "conference",
        "forum",
        "dialogue",
        "talks",
        "symposium",
        "expo",
        "festival",
        "games",
        "exercise",
    }
)
# Nouns for an occasion no body is named for: a name compounded onto one is that occasion's ("the Acme Quest
# exercise"); not "meeting" or "conference", which a body holds under its own name ("the Acme Group meeting"), nor
# "games", which a maker makes ("Acme games").
_DRILL_NOUNS = frozenset({"exercise", "exercises", "drill", "drills"})
# Nouns of a speech a name is the title of: "his State of the Nation address", "the Acme Lecture speech".
_SPEECH_NOUNS = frozenset({"address", "speech"})
# Verbs whose object is an occasion: "Ukraine hosted the Acme Forum", "the Dialogue convened by …".
_HOLDING_VERBS = frozenset({"host", "hold", "convene", "organize", "organise", "stage", "launch", "announce"})
# Nouns an occasion is a part or a time of: "the first round of the Acme Dialogue", "on the margins of …".
_PART_NOUNS = frozenset({"round", "session", "edition", "aegis", "margins", "sidelines"})
# Words that count an occasion's editions: "the next Acme Dialogue", "the annual Acme Forum".
_EDITION_WORDS = frozenset({"next", "annual", "inaugural", "upcoming", "biennial"})
# Ordinals NER leaves inside a body's name ("the Ninth Summit …" tagged ORG), and "21st" written in digits
_ORDINALS = frozenset(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth twentieth thirtieth".split()
)
# As written, in lower case: "George V. Doe" has a middle initial, "Henry V" a regnal number, no case's "v."
_CASE_WORDS = frozenset({"v.", "v", "vs.", "vs"})
# The one a name NER tagged alone is a party's piece by: "v" and "vs." join teams and rivals as often ("Kings v
# Devils", "Packers vs. Cowboys")
_CITATION_WORD = "v."
# Compounds of a body's noun that name a kind of occasion or document, not that body acting: "told a press
# conference", "said in a press release" name no country's media (whoever holds or issues it speaks).
_BODY_OCCASIONS = frozenset(
    {
        ("press", "conference"),
        ("press", "briefing"),
        ("press", "release"),
        ("press", "statement"),
        ("press", "availability"),
        ("media", "briefing"),
        ("media", "release"),
        ("media", "statement"),
    }
)
# "the Ruritania exercise", "the Ruritanian games": where or whose the occasion is, a party all the same
_WHERE_LABELS = PLACE_LABELS | {"NORP"}


def names_an_occasion(span: Span) -> bool:
    """A court case ("Doe v. Roe"); a name headed on an occasion's noun that the sentence holds, hosts or convenes,
    counts as an edition or takes a part or a time of ("the Acme Forum hosted by Ruritania", "the Ninth Acme
    Summit of the Americas", "the first round of talks under the aegis of the Acme Dialogue"); or a name compounded
    onto a drill's noun, set before a speech's or ending in it ("the Acme Quest exercise", "the State of the Nation
    address", "the State of the Union Address"); not a person's name ("the mid-afternoon Bush address")."""
    if _case_name(span) or (len(span) > 1 and span[-1].lower_ in _SPEECH_NOUNS and span.label_ != "PERSON"):
        return True  # "Doe v. Roe", "the State of the Union Address"
    if span.label_ in _WHERE_LABELS:
        return False
    root = span.root
    if root.lower_ in OCCASION_HEADS and root.is_title:
        return _edition(span) or _held(root) or _part_of(root)
    return _on_drill_noun(span)


def _case_name(span: Span) -> bool:
    """ "Doe v. Roe", "Acme vs. Ruritania": two names joined by a case's "v."."""
    return any(t.text in _CASE_WORDS and t.i > span.start and t.nbor(-1).is_title for t in span)


def in_case_name(span: Span) -> bool:
    """A name NER tagged alone on either side of a case's "v." ("cited Doe v. Roe" as "Doe" and "Roe"): a piece of
    the case's name, which stands for the case, not for its party acting. Not a person named in full ("Jane Roe v.
    Acme"): a case is cited by surnames; the parties of the article's own case are written out."""
    if span.label_ == "PERSON" and len(span) > 1:
        return False
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].text == _CITATION_WORD and doc[span.end + 1].is_title:
        return True
    return span.start > 1 and doc[span.start - 1].text == _CITATION_WORD and doc[span.start - 2].is_title


def _edition(span: Span) -> bool:
    """An ordinal or an edition's word opens the name or modifies its head ("the Ninth Summit", "the next Acme
    Dialogue")."""
    words = [
        span[0],
        *(c for c in span.root.children if c.dep_ in ("amod", "det", "nummod") and c.i < span.start),
    ]
    return any(
        t.ent_type_ == "ORDINAL"
        or t.lower_ in _EDITION_WORDS | _ORDINALS
        or (t.text[:-2].isdigit() and t.lower_[-2:] in ("st", "nd", "rd", "th"))
        for t in words
    )


def _held(root: Token) -> bool:
    """The occasion is the object of a holding verb, or a participle of one hangs on it ("hosted by Ruritania")."""
    if root.dep_ in ("dobj", "nsubjpass") and root.head.lemma_ in _HOLDING_VERBS:
        return True
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_ in _HOLDING_VERBS for c in root.children)


def _part_of(root: Token) -> bool:
    """The occasion is what a round, session or time is of ("the first round of the Acme Dialogue"), or a time
    ("during the Acme Forum")."""
    if root.dep_ != "pobj":
        return False
    prep = root.head
    return prep.lower_ == "during" or (prep.lower_ == "of" and prep.head.lower_ in _PART_NOUNS)


def _on_drill_noun(span: Span) -> bool:
    """The name is compounded onto a drill's noun right after it, or set right before a speech's noun (the parser
    often makes the two siblings: "gave his State of the Nation address"), and does not end with a body's word
    ("the Acme Quest exercise"; not "the Acme Navy exercise", a party's, nor "a Senate speech")."""
    root, doc = span.root, span.doc
    if span.end >= len(doc):
        return False
    noun = doc[span.end]
    last = span[-1]
    compounded = root.dep_ in ("compound", "nmod") and root.head.i == span.end and noun.lower_ in _DRILL_NOUNS
    speech = span.label_ != "PERSON" and noun.lemma_.lower() in _SPEECH_NOUNS  # "the Bush address" is Bush's
    return (
        noun.is_lower
        and (compounded or speech)
        and name_heads().get(last.lower_) is None
        and find_role([last], body=True) is None
    )


def body_names_occasion(token: Token) -> bool:
    """The body noun opens a compound naming a kind of occasion or document ("a press conference")."""
    return token.dep_ == "compound" and (token.lower_, token.head.lemma_.lower()) in _BODY_OCCASIONS
