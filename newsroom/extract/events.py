"""CAMEO event coding from a spaCy dependency parse.

Each sentence is searched for event predicates (verbs and event nouns) found in a data lexicon
(``lexicons/cameo_verbs.csv``); the parse supplies the source actor (subject, passive agent,
"by"-phrase, possessive) and the target (object, prepositional target). Governing verbs and
modals change the reading: "refused to meet" is a rejection, "will provide" an intent,
"threatened to cut aid" a threat, "X said Y attacked Z" codes Y against Z.
"""

from __future__ import annotations

import csv
import logging
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path

from newsroom.extract import event_checks as checks
from newsroom.models import Event

log = logging.getLogger(__name__)

LEXICON_DIR = Path(__file__).parent / "lexicons"

ActorLookup = Callable[[object], "int | None"]

# Dependents that describe a predicate's participants; searched (two levels deep) for the
# words a lexicon row requires ("cut" + "aid", "strike" + "hunger", "attack" + "forces").
_CONTEXT_DEPS = frozenset(
    "dobj nsubj nsubjpass attr prep pobj compound amod prt dative agent oprd acomp nmod npadvmod "
    "appos poss pcomp".split()
)
_DESCEND_DEPS = frozenset(
    "dobj nsubj nsubjpass attr prep pobj agent dative oprd compound appos pcomp".split()
)
_SUBJ_DEPS = ("nsubj", "csubj")
# Prepositions that introduce a target, best first ("sanctions on Y", "talks with Y").
_TARGET_PREPS = (
    "against",
    "with",
    "to",
    "on",
    "upon",
    "toward",
    "towards",
    "at",
    "into",
    "over",
    "from",
    "for",
    "of",
    "around",
    "outside",
    "near",
    "along",
    "between",
    "through",
)
_NOUN_TARGET_PREPS = (
    "against",
    "on",
    "upon",
    "with",
    "to",
    "toward",
    "towards",
    "at",
    "into",
    "of",
    "over",
    "for",
)
_NEG_WORDS = frozenset({"not", "n't", "never", "no"})
_INTENT_AUX = frozenset({"will", "shall", "would", "'ll", "could", "may", "might", "wo"})
# Future markers that make an intent on their own; "would", "could", "may", "might" do so only in reported speech
# of the actor itself ("X said it would ..."), elsewhere they make the action conditional (event_checks.unreal).
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
_DEONTIC_AUX = frozenset({"must", "should", "ought"})
_DEONTIC_VERBS = frozenset({"need", "have"})
# Pronoun subjects that, left unresolved, stand for the speaker of the clause they sit in
# ("we will ...", "he was ready to ...", "it would ...").
_SPEAKER_PRONOUNS = frozenset({"we", "i", "us", "our", "it", "he", "she", "they"})
# Nouns that name an action rather than an actor: "welcomed the move", "criticised the ruling". Without an
# owner of their own ("the court's ruling") they point back to what the article is about, its lead actor.
_ACTION_NOUNS = frozenset(
    {
        "move",
        "decision",
        "judgment",
        "judgement",
        "ruling",
        "verdict",
        "step",
        "announcement",
        "measure",
        "measures",
        "action",
        "initiative",
        "hike",
        "intervention",
    }
)
_STATEMENT_NOUNS = frozenset(
    {
        "statement",
        "communique",
        "communiqué",
        "declaration",
        "resolution",
        "letter",
        "report",
        "speech",
        "message",
        "tweet",
    }
)
_MESSAGE_NOUNS = frozenset(
    {
        "tweet",
        "post",
        "statement",
        "letter",
        "message",
        "report",
        "speech",
        "video",
        "note",
        "remark",
        "comment",
    }
)
# Subordinate clauses whose subject is at the receiving end of force: "fired tear gas as protesters tried to ...".
_FORCE_ROOTS = frozenset({"15", "17", "18", "19", "20"})
_VIOLENCE_ROOTS = frozenset({"18", "19", "20"})
_TRANSFER_VERBS = frozenset(
    {"extradite", "deport", "expel", "repatriate", "transfer", "send", "return", "hand", "fly", "airlift"}
)
# "denied these claims": the claim is the latest accuser's, an actor named sentences earlier.
_CLAIM_NOUNS = frozenset(
    {"claim", "allegation", "accusation", "charge", "criticism", "assertion", "accusations"}
)
_ACCUSING_ROOTS = frozenset({"11", "13"})
_CLAUSE_MARKS = frozenset({"as", "when", "while", "after"})
_PRONOUN_POS = frozenset({"PRON"})
_NON_ACTOR_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})
_EMBED_DEPS = frozenset({"xcomp", "ccomp", "advcl", "acl", "pcomp", "oprd", "conj"})

_MAX_SENTENCE_TOKENS = 400


# --------------------------------------------------------------------------- lexicon


@dataclass(frozen=True)
class Pattern:
    lemma: str
    pos: str  # V | N
    needs: tuple[frozenset[str], ...]  # each group: one of these lemmas must be near the head
    subject_needs: tuple[frozenset[str], ...]  # "subj:" groups: must occur in the subject phrase
    preps: frozenset[str]
    code: str
    order: int

    @property
    def specificity(self) -> int:
        return len(self.needs) + len(self.subject_needs) + (1 if self.preps else 0)

    @property
    def breadth(self) -> int:
        """Total size of the required word sets: "humanitarian" beats any kind of "aid"."""
        return sum(len(g) for g in self.needs + self.subject_needs)


def _data_rows(name: str) -> list[dict[str, str]]:
    """Rows of a lexicon CSV; '#' lines are comments."""
    with open(LEXICON_DIR / name, encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if line.strip() and not line.lstrip().startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines)]


@lru_cache(maxsize=1)
def word_sets() -> dict[str, frozenset[str]]:
    return {
        r["set"]: frozenset(w.strip().lower() for w in r["words"].split("|") if w.strip())
        for r in _data_rows("cameo_sets.csv")
    }


def _expand(group: str, sets: dict[str, frozenset[str]]) -> frozenset[str]:
    words: set[str] = set()
    for item in group.split("|"):
        item = item.strip().lower()
        if item.startswith("@"):
            words |= sets[item[1:]]
        elif item:
            words.add(item)
    return frozenset(words)


@lru_cache(maxsize=1)
def lexicon() -> dict[tuple[str, str], tuple[Pattern, ...]]:
    """(lemma, pos) -> patterns, most specific first; built once so lookup is a dict hit per token."""
    sets = word_sets()
    index: dict[tuple[str, str], list[Pattern]] = {}
    for order, row in enumerate(_data_rows("cameo_verbs.csv")):
        groups = [g.strip() for g in row["with"].split("+") if g.strip()]
        needs = tuple(_expand(g, sets) for g in groups if not g.startswith("subj:"))
        subject_needs = tuple(_expand(g[5:], sets) for g in groups if g.startswith("subj:"))
        preps = frozenset(p.strip().lower() for p in row["prep"].split("|") if p.strip())
        pat = Pattern(
            row["lemma"].lower(), row["pos"].upper(), needs, subject_needs, preps, row["code"], order
        )
        index.setdefault((pat.lemma, pat.pos), []).append(pat)
    return {
        k: tuple(
            sorted(
                v, key=lambda p: (-p.specificity, -len(p.needs) - len(p.subject_needs), p.breadth, p.order)
            )
        )
        for k, v in index.items()
    }


@lru_cache(maxsize=1)
def control_classes() -> dict[str, str]:
    return {r["lemma"].lower(): r["class"] for r in _data_rows("cameo_control.csv")}


@lru_cache(maxsize=1)
def light_verbs() -> frozenset[str]:
    return frozenset(r["lemma"].lower() for r in _data_rows("cameo_light_verbs.csv"))


# --------------------------------------------------------------------------- code transforms

# Root of the embedded event -> code when it is only promised ("will provide aid" -> 033).
_INTENT_BY_ROOT = {
    "02": "030",
    "03": "030",
    "04": "036",
    "05": "032",
    "06": "031",
    "07": "033",
    "08": "035",
    "09": "030",
}
_INTENT_BY_CODE = {
    "071": "0331",
    "072": "0332",
    "073": "0333",
    "074": "0334",
    "061": "0311",
    "062": "0312",
    "063": "0313",
    "064": "0314",
    "0841": "0353",
    "084": "0353",
    "085": "0354",
    "081": "0351",
    "087": "0356",
    "0871": "0356",
    "0874": "0356",
    "086": "0355",
    "0863": "0355",
    "045": "039",
    "057": "030",
    "0831": "0341",
}
_NO_INTENT_ROOTS = frozenset({"10", "11", "12", "13"})
# Intent governors that state a goal, not a commitment: with a conflictual event they are no threat.
_WEAK_INTENT = frozenset({"seek", "want", "wish", "hope", "aim", "expect", "likely", "set", "go"})
# Root of a conflictual event -> code when it is only announced or threatened (13x).
_THREAT_BY_ROOT = {
    "14": "133",
    "15": "138",
    "16": "131",
    "17": "132",
    "18": "138",
    "19": "1384",
    "20": "1383",
}
_THREAT_BY_CODE = {
    "162": "1311",
    "1621": "1311",
    "1622": "1311",
    "1623": "1311",
    "163": "1312",
    "161": "1313",
    "164": "134",
    "165": "135",
    "166": "136",
    "1723": "1323",
    "1724": "1324",
    "1722": "1322",
    "1721": "1321",
    "175": "137",
    "173": "137",
    "191": "1381",
    "192": "1382",
    "2041": "1385",
    "2042": "1385",
    "204": "1385",
}
# Root of a cooperative event -> code when it is refused or negated (12x).
_REJECT_BY_ROOT = {
    "02": "120",
    "03": "120",
    "04": "125",
    "05": "120",
    "06": "121",
    "07": "122",
    "08": "124",
    "09": "120",
    "11": "120",
}
_REJECT_BY_CODE = {
    "0841": "1243",
    "084": "1243",
    "085": "1244",
    "081": "1241",
    "087": "1246",
    "0871": "1246",
    "0874": "1246",
    "086": "1245",
    "0863": "1245",
    "057": "127",
    "045": "126",
    "071": "1221",
    "072": "1222",
    "073": "1223",
    "061": "1211",
    "062": "1212",
    "0831": "1231",
    "083": "123",
}
# Demand sub-code from what is demanded ("urged Y to release" -> 1053).
_DEMAND_BY_CODE = {
    "0841": "1053",
    "084": "1053",
    "087": "1056",
    "0871": "1056",
    "0874": "1056",
    "085": "1054",
    "081": "1051",
    "0831": "1041",
    "040": "106",
    "046": "106",
    "036": "106",
    "045": "108",
    "057": "107",
}
_DEMAND_BY_ROOT = {"04": "106", "06": "101", "07": "103", "05": "102", "08": "105"}
_APPEAL_BY_CODE = {
    "0841": "0253",
    "084": "0253",
    "087": "0256",
    "0871": "0256",
    "0874": "0256",
    "085": "0254",
    "081": "0251",
    "0831": "0241",
    "040": "026",
    "046": "026",
    "045": "028",
    "057": "027",
}
_APPEAL_BY_ROOT = {"04": "026", "06": "021", "07": "023", "05": "022", "08": "025"}


# Cooperation that "no longer" happens is a reduction of relations (16x).
_STOPPED_BY_ROOT = {"03": "160", "04": "164", "05": "160", "06": "160", "07": "162"}
_STOPPED_BY_CODE = {"071": "1621", "072": "1622", "073": "1623", "045": "165", "054": "161"}


def _root(code: str) -> str:
    return code[:2]


def _as_intent(code: str) -> str | None:
    root = _root(code)
    if root in _INTENT_BY_ROOT:
        return _INTENT_BY_CODE.get(code, _INTENT_BY_ROOT[root])
    if root in _THREAT_BY_ROOT:
        return _THREAT_BY_CODE.get(code, _THREAT_BY_ROOT[root])
    if root in _NO_INTENT_ROOTS:
        return None  # "intends to sue", "plans to oppose": CAMEO has no intent code, and it is not done
    return code


def _as_threat(code: str) -> str:
    root = _root(code)
    if root in _THREAT_BY_ROOT:
        return _THREAT_BY_CODE.get(code, _THREAT_BY_ROOT[root])
    return "130"


def _as_rejection(code: str, explicit: bool) -> str | None:
    """Negated cooperation is a rejection; a negated attack is no event, an explicit refusal still is."""
    root = _root(code)
    if root in _REJECT_BY_ROOT:
        return _REJECT_BY_CODE.get(code, _REJECT_BY_ROOT[root])
    if code == "010":
        return "011" if explicit else None
    return "120" if explicit else None


def _as_request(code: str | None, governor_code: str) -> str:
    if code is None:
        return governor_code
    if _root(governor_code) == "02":
        return _APPEAL_BY_CODE.get(code, _APPEAL_BY_ROOT.get(_root(code), governor_code))
    if _root(governor_code) == "10" and governor_code in ("100",):
        return _DEMAND_BY_CODE.get(code, _DEMAND_BY_ROOT.get(_root(code), governor_code))
    return governor_code


# --------------------------------------------------------------------------- parse helpers


def _lemma(tok) -> str:
    """The token's lemma; for a verb the lemmatiser got wrong ("staged" -> "stag") the lexicon's own form."""
    lemma = (tok.lemma_ or tok.text).lower()
    if tok.pos_ not in ("VERB", "AUX") or lemma in _known_verbs():
        return lemma
    word = tok.lower_
    stems = []
    if word.endswith("ed"):
        stems += [word[:-1], word[:-2], word[:-3] if len(word) > 4 and word[-3] == word[-4] else ""]
    elif word.endswith("ing"):
        stems += [word[:-3], word[:-3] + "e", word[:-4] if len(word) > 5 and word[-4] == word[-5] else ""]
    elif word.endswith("s"):
        stems += [word[:-1], word[:-2]]
    return next((stem for stem in stems if stem and stem in _known_verbs()), lemma)


@lru_cache(maxsize=1)
def _known_verbs() -> frozenset[str]:
    return frozenset(
        {lemma for lemma, pos in lexicon() if pos == "V"} | set(control_classes()) | set(light_verbs())
    )


def _is_date(tok) -> bool:
    return tok.ent_type_ in _NON_ACTOR_ENTS


def _prep_children(tok) -> Iterable:
    return (
        c
        for c in tok.children
        if c.dep_ in ("prep", "agent", "prt") and c.pos_ in ("ADP", "ADV", "PART", "SCONJ")
    )


def _pobj(prep):
    for c in prep.children:
        if c.dep_ in ("pobj", "pcomp"):
            return c
    return None


_ADVERB_PARTICLES = frozenset({"out", "off", "up", "down", "back", "away", "in"})


def _preps_of(tok) -> set[str]:
    """Particles and prepositions on the head; "called on Monday" does not make "call on"."""
    found = set()
    for c in _prep_children(tok):
        obj = _pobj(c)
        if obj is not None and _is_date(obj):
            continue
        found.add(c.text.lower())
    for c in tok.children:  # "walked out": the parser sometimes makes the particle an adverb
        if c.dep_ == "advmod" and c.i == tok.i + 1 and c.lower_ in _ADVERB_PARTICLES:
            found.add(c.lower_)
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        found.add(tok.head.text.lower())  # "on hold", "into custody"
    return found


def _context(tok) -> dict[str, object]:
    """Lemma -> token for words around the head that a lexicon row may require."""
    out: dict[str, object] = {}
    frontier = [(tok, 0)]
    while frontier:
        node, depth = frontier.pop()
        for c in node.children:
            if c.dep_ not in _CONTEXT_DEPS:
                continue
            out.setdefault(_lemma(c), c)
            out.setdefault(c.text.lower(), c)
            if depth < 1 and c.dep_ in _DESCEND_DEPS:
                frontier.append((c, depth + 1))
            elif c.dep_ in ("prep", "compound", "amod") and depth < 2:
                frontier.append((c, depth + 1))
    for clause in _embedded_subjects(tok):  # "allowed inspectors to visit"
        out.setdefault(_lemma(clause), clause)
    for c in tok.children:  # "ordered Y to leave": a row may name the complement's verb as "to:leave"
        if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX"):
            for verb in [c, *(v for v in c.children if v.dep_ == "conj" and v.pos_ == "VERB")]:
                out.setdefault("to:" + _lemma(verb), verb)
    if tok.pos_ in ("NOUN", "PROPN") and tok.head != tok and tok.dep_ in ("dobj", "pobj", "attr"):
        gov = tok.head.head if tok.dep_ == "pobj" else tok.head
        out.setdefault(_lemma(gov), gov)  # "lodge a protest", "express concern"
    return out


def _embedded_subjects(verb) -> list:
    """Subjects of a non-speech verb's clausal complement: "allowed inspectors to visit", "forced the army to retreat"."""
    if verb.pos_ not in ("VERB", "AUX") or control_classes().get(_lemma(verb), "").endswith("report"):
        return []
    return [
        s for c in verb.children if c.dep_ in ("ccomp", "xcomp") and (s := _child(c, "nsubj")) is not None
    ]


def _negated(tok) -> bool:
    for c in tok.children:
        if c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and c.lower_ in ("never", "no")):
            return True
    return False


def _no_longer(tok) -> bool:
    return any(
        c.dep_ == "advmod" and c.lower_ == "longer" and c.i > 0 and c.doc[c.i - 1].lower_ == "no"
        for c in tok.children
    )


def _has_aux(tok, words: frozenset[str]) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in words for c in tok.children)


def _is_passive(tok) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in tok.children)


def _child(tok, *deps):
    for c in tok.children:
        if c.dep_ in deps:
            return c
    return None


# --------------------------------------------------------------------------- matching


@dataclass
class _Match:
    tok: object
    pattern: Pattern
    used: list = field(default_factory=list)  # tokens that satisfied the pattern's needs


def _light_verb_subject(noun):
    """Who 'launched an indefinite strike': the subject of the light verb carrying the event noun."""
    if noun.dep_ in ("dobj", "attr") and _lemma(noun.head) in light_verbs():
        return _subject(noun.head)
    return None


def _posture_passive(verb) -> bool:
    """Whether a 15x (force posture) row fits this verb, whose passive subject is then the force itself."""
    rows = [
        r for r in lexicon().get((_lemma(verb), "V"), ()) if _root(r.code) == "15" and not r.subject_needs
    ]
    if not rows:
        return False
    ctx, preps = _context(verb), _preps_of(verb)
    return any(
        all(group & ctx.keys() for group in r.needs) and (not r.preps or r.preps & preps) for r in rows
    )


def _match(tok) -> _Match | None:
    # a "verb" in a noun's slot is a mistagged noun ("held naval drills" with drills as VERB)
    nominal = tok.pos_ in ("NOUN", "PROPN") or (
        tok.pos_ == "VERB" and tok.dep_ in ("dobj", "pobj", "nsubjpass", "attr")
    )
    pos = "N" if nominal else "V" if tok.pos_ in ("VERB", "AUX") else None
    if pos is None:
        return None
    patterns = lexicon().get((_lemma(tok), pos))
    if not patterns:
        return None
    ctx: dict[str, object] | None = None
    preps: set[str] | None = None
    for pat in patterns:
        if pat.preps:
            if preps is None:
                preps = _preps_of(tok)
            if not pat.preps & preps:
                continue
        used = []
        if pat.subject_needs:
            subj = _subject(tok) if pos == "V" else (_noun_agent(tok) or _light_verb_subject(tok))
            bag = (
                {_lemma(t) for t in subj.subtree} | {t.lower_ for t in subj.subtree}
                if subj is not None
                else set()
            )
            if not all(group & bag for group in pat.subject_needs):
                continue
        if pat.needs:
            if ctx is None:
                ctx = _context(tok)
            ok = True
            for group in pat.needs:
                hit = next((ctx[w] for w in group if w in ctx), None)
                if hit is None:
                    ok = False
                    break
                used.append(hit)
            if not ok:
                continue
        return _Match(tok, pat, used)
    return None


def _sense_checked(m: _Match) -> _Match | None:
    """The match in the sense its parse shows (event_checks.sense): kept, re-coded, or dropped."""
    code = checks.sense(m.tok, m.pattern.code)
    if code is None:
        return None
    if code != m.pattern.code:
        return _Match(m.tok, replace(m.pattern, code=code), m.used)
    return m


# --------------------------------------------------------------------------- actors


# People who act or speak on someone's behalf: "a spokesman for X" is X.
_AGENT_NOUNS = frozenset(
    {
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "representative",
        "lawyer",
        "attorney",
        "envoy",
        "negotiator",
        "official",
        "commissioner",
        "administrator",
    }
)


class _Actors:
    """Wraps the caller's resolver: tries the noun phrase, then its "of/from" complement."""

    def __init__(self, doc, actor_for_span: ActorLookup):
        self.doc = doc
        self.lookup = actor_for_span
        self.cache: dict[tuple, int | None] = {}
        self.dates: dict[int, list] = {}
        self.lead: int | None = None  # the article's lead actor, for "welcomed the move"
        self.pair: tuple[int, int] | None = (
            None  # actors of the latest earlier two-party event, for "both sides"
        )
        self.accuser: int | None = (
            None  # actor1 of the latest earlier accusation/threat, for "denied the claims"
        )
        self.received: dict[
            int, object
        ] = {}  # event noun -> the verb whose subject received it (this sentence)
        self.info: dict[int, tuple[str, str | None]] = {}  # entity index -> (actor type, country)

    def own_country(self, a1: int | None, a2: int | None) -> bool:
        """a2 is the country a1 belongs to (a person's or organisation's own country, not another actor)."""
        one, two = self.info.get(a1), self.info.get(a2)
        return bool(
            one and two and two[0] == "country" and one[0] != "country" and one[1] and one[1] == two[1]
        )

    def _call(self, span) -> int | None:
        if (
            span.root.i < _dateline_end(span.root)
            or checks.is_news_agency(span.text)
            or (span.root.ent_type_ == "ORG" and checks.is_news_agency(_entity_text(span.root)))
        ):
            return None  # "WASHINGTON (AP) —", "Reuters": who reports is never an actor of the event
        try:
            value = self.lookup(span)
        except Exception:  # the resolver is another component; a failure there must not lose the article
            log.debug("actor_for_span failed on %r", span.text, exc_info=True)
            return None
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    def phrase(self, tok) -> int | None:
        """Only the noun phrase itself (no "of"/"from" complements)."""
        if tok is None or _is_date(tok):
            return None
        start = tok.left_edge.i if _lemma(tok) not in _NOT_OWNER_NOUNS else tok.i  # "his sister" is not him
        while start < tok.i and self.doc[start].is_punct:
            start += 1
        end = tok.i + 1
        while tok.ent_iob_ in ("B", "I") and end < len(self.doc) and self.doc[end].ent_iob_ == "I":
            end += 1  # keep a name whole: "the International Committee of the Red Cross"
        return self._call(self.doc[start:end])

    def resolve(self, tok, depth: int = 0, preps: tuple[str, ...] = ("of", "from")) -> int | None:
        if tok is None or tok.ent_type_ in ("DATE", "TIME"):
            return None
        if self.pair is not None and _both_sides(tok):
            return self.pair[0]  # "urged the two sides to ...": the first party stands for both
        key = (tok.i, preps)
        if key in self.cache:
            return self.cache[key]
        self.cache[key] = None
        value = None
        for c in (
            tok.children
        ):  # "Ecuador's largest indigenous organisation, CONAIE,": the name, not the possessor
            if c.dep_ == "appos" and c.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
                value = self.phrase(c)
                if value is not None:
                    break
        if value is None and depth < 2 and tok.pos_ in ("NOUN", "PROPN"):
            for prep in (
                c for c in tok.children if c.dep_ == "prep"
            ):  # "Tunisia's neighbours, including Algeria and Morocco": the named ones
                if prep.lower_ in ("including", "like") or (
                    prep.lower_ == "as" and prep.i > 0 and self.doc[prep.i - 1].lower_ == "such"
                ):
                    value = self.resolve(_pobj(prep), depth + 1, preps) if _pobj(prep) is not None else None
                    if value is not None:
                        break
        if value is None:
            value = self.phrase(tok)
        if value is None and depth < 2:
            wanted = (*preps, "for") if _lemma(tok) in _AGENT_NOUNS else preps  # "a spokesman for X"
            for prep in _prep_children(tok):
                if prep.lower_ in wanted and (obj := _pobj(prep)) is not None:
                    value = self.resolve(obj, depth + 1, preps)
                    if value is not None:
                        break
        if value is None and _lemma(tok) in _DIPLOMAT_NOUNS:
            for c in tok.children:  # "the Libyan ambassador"
                if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE"):
                    value = self.phrase(c)
                    if value is not None:
                        break
        if (
            value is None
            and (poss := _child(tok, "poss")) is not None
            and _lemma(tok) not in _NOT_OWNER_NOUNS
        ):
            value = self.resolve(poss, depth + 1, preps)  # "rejected Seoul's offer"; not "his critics"
        if value is None:
            for c in tok.children:  # "Prime Minister X", "the spokesman, X,"
                if c.dep_ == "appos":
                    value = self.resolve(c, depth + 1, preps)
                    if value is not None:
                        break
        if value is None:
            for c in tok.children:  # "China and Russia condemned ..."
                if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN"):
                    value = self.resolve(c, depth + 1, preps)
                    if value is not None:
                        break
        self.cache[key] = value
        return value


# People around an actor who do not act for it: "his associates alleged" is not him alleging.
_NOT_OWNER_NOUNS = frozenset(
    "associate critic opponent rival supporter ally friend family relative colleague fan follower detractor victim "
    "accuser enemy challenger casualty death injury loss sister brother wife husband son daughter mother father "
    "parent child widow fiancée fiancee girlfriend boyfriend cousin nephew niece uncle aunt".split()
)
_BOTH_SIDES_NOUNS = frozenset(
    {
        "side",
        "party",
        "force",
        "country",
        "nation",
        "government",
        "camp",
        "army",
        "rival",
        "neighbour",
        "neighbor",
    }
)


def _dateline_end(tok) -> int:
    """First token after the dateline of tok's sentence; code_events fills the per-sentence table once."""
    table = tok.doc.user_data.get(_DATELINES)
    if table is not None:
        starts, ends = table
        k = bisect_right(starts, tok.i) - 1
        return ends[k] if k >= 0 else 0
    return checks.dateline_end(tok.sent)


_DATELINES = "newsroom_event_datelines"


def _entity_text(tok) -> str:
    if tok.ent_iob_ not in ("B", "I"):
        return tok.text
    start, end = tok.i, tok.i + 1
    while start > 0 and tok.doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(tok.doc) and tok.doc[end].ent_iob_ == "I":
        end += 1
    return tok.doc[start:end].text


def _both_sides(tok) -> bool:
    """ "the two sides", "both sides", "both forces", "both parties", "the two countries"."""
    if tok is None or tok.tag_ not in ("NNS", "NNPS") or tok.lemma_.lower() not in _BOTH_SIDES_NOUNS:
        return False
    kids = list(tok.children)
    if any(c.lower_ == "both" and c.dep_ in ("det", "predet", "preconj") for c in kids):
        return True
    # "the two sides", never an indefinite "two countries joined"
    return any(c.lower_ == "two" and c.dep_ == "nummod" for c in kids) and any(
        c.lower_ == "the" and c.dep_ == "det" for c in kids
    )


def _subject(verb, seen: int = 0):
    """The token naming who acts, following control, coordination and relative clauses."""
    if seen > 6:
        return None
    passive = _is_passive(verb)
    if passive:
        agent = _child(verb, "agent") or next(
            (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by"), None
        )
        if agent is not None:
            obj = _pobj(agent)
            if obj is not None and obj.tag_ == "VBG" and (doer := _child(obj, "dobj")) is not None:
                return doer  # "interrupted by protesting legislators": the parser read "protesting" as a verb
            return obj
        for p in _prep_children(verb):  # "was condemned in a joint statement by Egypt, Greece and Cyprus"
            holder = _pobj(p) if p.lower_ in ("in", "through", "via") else None
            if holder is not None and _lemma(holder) in _STATEMENT_NOUNS:
                by = next(
                    (
                        o
                        for q in _prep_children(holder)
                        if q.lower_ in ("by", "from") and (o := _pobj(q)) is not None
                    ),
                    None,
                )
                if by is not None:
                    return by
        if _lemma(verb) in _TRANSFER_VERBS:  # "was extradited from Spain to Peru": Spain sends
            source = next((c for c in _prep_children(verb) if c.lower_ == "from"), None)
            if source is not None:
                return _pobj(source)
        if _posture_passive(verb):
            return _child(verb, "nsubjpass")  # "troops were deployed", "the army was put on alert"
        return None
    subj = next((c for c in verb.children if c.dep_ in _SUBJ_DEPS and c.i >= _dateline_end(c)), None)
    if subj is not None and not (verb.dep_ == "relcl" and subj.tag_ in ("WDT", "WP")):
        return subj
    head = verb.head
    if head == verb:
        return None
    if verb.dep_ == "relcl":
        return head
    if verb.dep_ in ("xcomp", "advcl", "oprd") or (verb.dep_ == "acl" and head.pos_ in ("VERB", "AUX")):
        if verb.dep_ in ("xcomp", "advcl") and head.pos_ in ("VERB", "AUX"):
            if control_classes().get(_lemma(head)) == "demand":
                obj = _child(head, "dobj") or _target_of_prep(head, ("on", "upon"))
                if obj is not None:
                    return obj  # "urged Y to X": Y acts
        if (
            verb.dep_ == "advcl"
            and verb.tag_ == "VBG"
            and (obj := _child(head, "dobj")) is not None
            and obj.i < verb.i
        ):
            if (
                obj.lemma_.lower() in _MESSAGE_NOUNS
                and (owner := _noun_agent(obj, ("by", "from"))) is not None
            ):
                return owner  # "followed a tweet from X alleging ...": the -ing clause belongs to the message
        if (
            verb.dep_ == "advcl"
            and not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and verb.tag_ != "VBG"
        ):
            return None
        return _subject(head, seen + 1)
    if verb.dep_ == "conj":
        if (
            head.dep_ == "ccomp"
            and any(c.dep_ == "mark" for c in head.children)
            and control_classes().get(_lemma(verb), "") in ("report", "target_report", "demand")
            and head.head != head
        ):
            # "X stressed that A seeks ... and urged ...": a speech act joined to a that-clause is the reporter's
            return _subject(head.head, seen + 1)
        return _subject(head, seen + 1)
    if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
        owner = _noun_agent(head, ("by", "from"))  # "X's decision to withdraw", "a tweet from X alleging"
        if owner is not None:
            return owner
        if head.dep_ in ("dobj", "attr"):
            return _subject(head.head, seen + 1)
    if head.pos_ == "ADJ" and verb.dep_ == "xcomp":  # "ready to promote"
        return _subject(head.head, seen + 1) if head.head != head else None
    if verb.pos_ == "ADJ" and verb.dep_ in ("acomp", "amod"):
        return _subject(head, seen + 1)
    return None


def _target_of_prep(tok, preps: Iterable[str]):
    wanted = tuple(preps)
    best = None
    for c in _prep_children(tok):
        p = c.lower_
        if p in wanted and (obj := _pobj(c)) is not None and not _is_date(obj):
            if best is None or wanted.index(p) < wanted.index(best[0]):
                best = (p, obj)
    return best[1] if best else None


def _verb_targets(verb, used: Iterable = ()) -> list:
    """Target candidates, best first: passive subject, object, prepositional targets, the object's own
    targets ("imposed sanctions on Y", "hosted talks between X and Y"), then nouns the pattern required."""
    used_i = {u.i for u in used}
    out = []
    if _is_passive(verb):
        patient = _child(verb, "nsubjpass")
        if patient is not None and patient.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
            patient = verb.head  # "Carrie Lam, who is supported by Beijing"
        elif patient is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
            patient = _child(
                verb.head, "nsubjpass", "nsubj"
            )  # "Turkey is under sanctions and was condemned by X"
        elif patient is None and verb.dep_ in ("advcl", "pcomp") and verb.head.pos_ in ("VERB", "AUX", "ADP"):
            clause = verb.head.head if verb.head.pos_ == "ADP" else verb.head
            patient = _child(
                clause, "nsubjpass", "nsubj"
            )  # "journalists were injured after being attacked by X"
        out.append(patient)
    objects = [
        c
        for c in verb.children
        if c.dep_ in ("dobj", "dative", "attr")
        or (c.dep_ == "oprd" and c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"))
    ]
    if (
        verb.dep_ == "relcl"
    ):  # "Cyprus, which Turkey does not recognize": the relative pronoun stands for Cyprus
        objects = [verb.head if c.tag_ in ("WDT", "WP") and c.dep_ == "dobj" else c for c in objects]
    out += [c for c in objects if c.i not in used_i]
    for prep in _TARGET_PREPS:
        obj = _target_of_prep(verb, (prep,))
        if obj is not None:
            out.append(obj)
    for c in verb.children:  # "accused Y of ...", "met Y in ..."; object of "with" under a particle
        if c.dep_ == "prt":
            obj = _target_of_prep(c, _TARGET_PREPS)
            if obj is not None:
                out.append(obj)
    out += _embedded_subjects(verb)
    for c in objects:  # "launched missiles targeting US troops"
        out += [o for v in c.children if v.dep_ in ("acl", "relcl") for o in v.children if o.dep_ == "dobj"]
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ in ("VERB", "AUX"):
        out += [
            o for p in _prep_children(verb.head) if p.lower_ == "to" and (o := _pobj(p)) is not None
        ]  # "wrote to X asking ..."
    for c in objects + [u for u in used if u.i not in {o.i for o in objects}]:
        out += _noun_targets(c, None)
        # "rejected an offer by X", "turned down calls from X", "welcomed the proposal from X": its author
        out += [o for p in _prep_children(c) if p.lower_ in ("by", "from") and (o := _pobj(p)) is not None]
    out += [u for u in used if u.pos_ in ("NOUN", "PROPN")]
    return [t for t in out if t is not None]


def _noun_agent(noun, preps: tuple[str, ...] = ("by",)):
    """ "attacks by X", "X's invasion", "Israeli airstrikes", "US sanctions"."""
    holders = [noun] + [_pobj(p) for p in _prep_children(noun) if p.lower_ == "of" and _pobj(p) is not None]
    for h in holders:
        for p in _prep_children(h):
            if p.lower_ in preps and (obj := _pobj(p)) is not None:
                return obj
    poss = _child(noun, "poss")
    if poss is not None:
        return poss
    for c in noun.children:
        if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON"):
            return c
    return None


def _noun_targets(noun, agent) -> list:
    out = []
    holders = [noun] + [_pobj(p) for p in _prep_children(noun) if p.lower_ == "of" and _pobj(p) is not None]
    for h in holders:
        for prep in _NOUN_TARGET_PREPS:
            if prep == "to" and _lemma(h) in _DIPLOMAT_NOUNS:
                continue  # "the Libyan ambassador to Greece": the host is not the target
            obj = _target_of_prep(h, (prep,))
            if obj is not None and (agent is None or obj != agent):
                out.append(obj)
    for h in holders:  # "a round of talks between X and Y"
        between = _target_of_prep(h, ("between",))
        if between is not None:
            out += [between] + [c for c in between.children if c.dep_ == "conj"]
    out += _participle_agents(noun)  # "vetoed a bill passed by Congress", "rejected a proposal made by X"
    out += [
        o
        for v in noun.children
        if v.dep_ in ("relcl", "acl") and v.pos_ == "VERB"
        for o in v.children
        if o.dep_ == "dobj"
    ]  # "the airstrike that killed X"
    out += [
        o
        for v in noun.children
        if v.dep_ == "relcl"
        for o in v.children
        if o.dep_ == "nsubj" and o.tag_ not in ("WDT", "WP")
    ]  # "the emergency Trump declared"
    for t in list(out):  # "restrictions on flights to Cuba": the destination of what is restricted
        if t.pos_ == "NOUN" and not t.ent_type_:
            out += [
                o
                for p in _prep_children(t)
                if p.lower_ in ("to", "from", "against") and (o := _pobj(p)) is not None
            ]
    return out


# --------------------------------------------------------------------------- dates

_WEEKDAYS = {
    name: i
    for i, names in enumerate(
        [
            ("monday", "mon"),
            ("tuesday", "tue", "tues"),
            ("wednesday", "wed"),
            ("thursday", "thu", "thur", "thurs"),
            ("friday", "fri"),
            ("saturday", "sat"),
            ("sunday", "sun"),
        ]
    )
    for name in names
}
_MONTHS = {
    name: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for name in names
}
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "a": 1, "an": 1}
_RE_MONTH_DAY = re.compile(r"\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b")
_RE_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]{3,9})\.?(?:,?\s+(\d{4}))?\b")
_RE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_RE_AGO = re.compile(r"\b(\d+|one|two|three|four|five|six|seven|a|an)\s+(day|week)s?\s+ago\b")


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def resolve_date(text: str, published_at: datetime | None) -> str | None:
    """ISO date for a date phrase; relative phrases need published_at, weekdays go back to the latest such day."""
    low = text.lower().strip()
    pub = published_at.date() if isinstance(published_at, datetime) else published_at
    if m := _RE_ISO.search(low):
        d = _safe_date(int(m[1]), int(m[2]), int(m[3]))
        return d.isoformat() if d else None
    for rx, month_group, day_group in ((_RE_MONTH_DAY, 1, 2), (_RE_DAY_MONTH, 2, 1)):
        for m in rx.finditer(low):
            month = _MONTHS.get(m[month_group])
            if month is None:
                continue
            day = int(m[day_group])
            if m[3]:
                d = _safe_date(int(m[3]), month, day)
                return d.isoformat() if d else None
            if pub is None:
                return None
            d = _safe_date(pub.year, month, day)
            if d is not None and d > pub + timedelta(days=2):  # "Sept. 15" read in January means last year
                d = _safe_date(pub.year - 1, month, day)
            return d.isoformat() if d else None
    if pub is None:
        return None
    words = re.findall(r"[a-z]+", low)
    if "yesterday" in words or (
        "last" in words and "night" in words and not any(w in _WEEKDAYS for w in words)
    ):
        return (pub - timedelta(days=1)).isoformat()
    if any(w in ("today", "tonight") for w in words) or (
        "this" in words and any(w in ("morning", "afternoon", "evening") for w in words)
    ):
        return pub.isoformat()
    if m := _RE_AGO.search(low):
        n = int(m[1]) if m[1].isdigit() else _NUMBER_WORDS[m[1]]
        return (pub - timedelta(days=n * (7 if m[2] == "week" else 1))).isoformat()
    for w in words:
        if w in _WEEKDAYS and (len(w) > 3 or w in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")):
            back = (pub.weekday() - _WEEKDAYS[w]) % 7
            if "last" in words and back == 0:
                back = 7
            return (pub - timedelta(days=back)).isoformat()
    if "last" in words and "week" in words:
        return (pub - timedelta(days=7)).isoformat()
    return None


def _date_entities(doc, sent_starts: list[int]) -> dict[int, list]:
    """DATE/TIME entities by the start token of their sentence, computed once per document
    (``doc.ents`` / ``sent.ents`` rebuild their lists on every access)."""
    out: dict[int, list] = {}
    for ent in doc.ents:
        if ent.label_ in ("DATE", "TIME"):
            out.setdefault(sent_starts[max(0, bisect_right(sent_starts, ent.start) - 1)], []).append(ent)
    return out


def _event_date(trigger, governors: list, published_at: datetime | None, dates: list) -> str | None:
    """The date phrase attached to the predicate, else to the clause that reports it.

    ``dates``: the DATE/TIME entities of the trigger's sentence (see ``_date_entities``)."""
    if not dates:
        return None
    for anchor in [trigger, *governors]:
        for ent in dates:
            node, hops = ent.root, 0
            while node != anchor and node.head != node and hops < 4:
                node = node.head
                hops += 1
                if node.pos_ in ("VERB", "AUX") and node != anchor and node.dep_ not in ("aux", "auxpass"):
                    break
            if node == anchor:
                return resolve_date(ent.text, published_at)
    return None


# --------------------------------------------------------------------------- sentence coding


@dataclass
class _Candidate:
    match: _Match
    code: str
    anchor: object  # token whose clause supplies actor1 (the governor for "refused to meet")
    extra: list  # governor / negation tokens for trigger_text
    actor1_tok: object = None
    actor2_toks: list = field(default_factory=list)
    transformed: bool = False
    consumed: set = field(default_factory=set)


def _governor(tok):
    """(governing word, control class) when tok is the complement of a control verb/adjective."""
    if tok.dep_ not in _EMBED_DEPS or tok.head == tok:
        return None
    head = tok.head
    if tok.dep_ == "conj":
        return _governor(head) if head.pos_ in ("VERB", "AUX") else None
    cls = control_classes().get(_lemma(head))
    if cls is None:
        return None
    # "threatened on Monday to impose ...": the parser often attaches a delayed to-infinitive as advcl
    if tok.dep_ == "advcl" and not (
        cls in _INFINITIVE_CONTROL
        and any(c.lower_ == "to" for c in tok.children)
        and not _purpose_clause(tok)
    ):
        return None
    if cls == "pass" and tok.dep_ == "ccomp":
        return None  # '"... have been injured," Lam continued': a quotation, not "continued to injure"
    return head, cls


def _purpose_clause(clause) -> bool:
    """'went on strike to protest': the head already has what it governs, so the to-clause says why."""
    head = clause.head
    if _child(head, "dobj") is not None:
        return True
    return any(
        (obj := _pobj(p)) is not None and not _is_date(obj) for p in _prep_children(head) if p.i < clause.i
    )


_INFINITIVE_CONTROL = frozenset({"demand", "intent", "threat", "refuse", "pass"})
_OPEN_MARKS = frozenset({"whether", "if", "unless"})
_QUESTION_VERBS = frozenset({"ask", "wonder", "question", "inquire", "enquire"})


def _hypothetical(tok, sent) -> bool:
    """Inside a "whether"/"if" clause (its own or a governing one): asked about or conditional, not done."""
    node, hops = tok, 0
    while hops < 8 and sent.start <= node.i < sent.end:
        if any(c.dep_ == "mark" and c.lower_ in _OPEN_MARKS for c in node.children):
            return True
        if node.head == node:
            break
        node = node.head
        hops += 1
    return False


def _is_question(tok) -> bool:
    """ "asked whether X would ...": asking a question, not a request (a request has an object or "to"/"for")."""
    if _lemma(tok) not in _QUESTION_VERBS or tok.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "xcomp" for c in tok.children) or any(p.lower_ == "for" for p in _prep_children(tok)):
        return False
    return any(
        c.dep_ == "ccomp"
        and any(
            g.dep_ == "mark" and g.lower_ in _OPEN_MARKS or g.tag_ in ("WDT", "WP", "WRB") for g in c.children
        )
        for c in tok.children
    )


def _speaker(tok):
    """Subject of the speech verb whose complement holds tok, for pronoun subjects left unresolved."""
    node, hops = tok, 0
    while node.head != node and hops < 8:
        if node.dep_ in ("ccomp", "parataxis", "xcomp", "conj", "advcl") and control_classes().get(
            _lemma(node.head), ""
        ).endswith("report"):
            return _subject(node.head)
        node = node.head
        hops += 1
    return None


_PREPARING_VERBS = frozenset(
    "arrange plan schedule propose seek request prepare organise organize want cancel postpone".split()
)
_NAME_ENTS = frozenset({"ORG", "PERSON", "GPE", "FAC", "LAW", "EVENT", "WORK_OF_ART", "NORP", "PRODUCT"})


def _noun_reported(noun, carried: bool) -> bool:
    """Whether an event noun reports an event: carried by a light verb ("launched an attack"), the subject of its
    clause ("Israeli airstrikes killed ..."), a headline, or with an agent of its own ("attacks by X", "US
    sanctions", "Russia's invasion"); not a word inside a name ("Popular Mobilization Forces") nor a background
    noun whose only owner is a pronoun ("through our investigation")."""
    if noun.ent_iob_ in ("B", "I") and noun.ent_type_ in _NAME_ENTS:
        return False
    if noun.dep_ == "dobj" and _lemma(noun.head) in _PREPARING_VERBS:
        return False  # "worked to arrange a meeting": not held (yet)
    if carried or _under_attack(noun) or noun.dep_ in ("nsubj", "nsubjpass", "ROOT") or noun.head == noun:
        return True
    if _target_of_prep(noun, ("between",)) is not None:
        return True
    agent = _noun_agent(
        noun
    )  # "attacks by X", "the suspension of trade by X", "US sanctions", "Russia's invasion"
    return agent is not None and agent.pos_ != "PRON"


def _bracketed(tok, sent) -> bool:
    opened = False
    for t in sent:
        if t.i >= tok.i:
            return opened
        if t.text == "[":
            opened = True
        elif t.text == "]":
            opened = False
    return False


def _reported_by_self(tok, report_verb, actors) -> bool:
    """'X said it would ...': the reported clause's subject is the speaker (or a pronoun standing for it)."""
    speaker = _subject(report_verb)
    subj = _subject(tok)
    if speaker is None:
        return False
    if subj is None or subj.pos_ == "PRON":
        return True
    a, b = actors.resolve(subj), actors.resolve(speaker)
    return a is not None and a == b


def _trigger_text(doc, toks: list) -> str:
    idx = sorted({t.i for t in toks})
    if idx[-1] - idx[0] < 10:
        return doc[idx[0] : idx[-1] + 1].text
    return " ".join(doc[i].text for i in idx)


def _code_sentence(doc, sent, sent_index: int, actors: _Actors, published_at) -> list[Event]:
    tokens = list(sent)
    matches: dict[int, _Match] = {}
    for tok in tokens:
        if tok.dep_ in ("aux", "auxpass"):
            continue
        m = _match(tok)
        if m is not None:
            m = _sense_checked(m)
        if m is not None:
            matches[tok.i] = m
    if not matches:
        return []
    lights = light_verbs()

    # Nouns that only fill a coded verb's pattern ("imposed sanctions") are not separate events;
    # light verbs hand their subject to the event noun they carry ("launched an attack").
    carried: dict[int, object] = {}
    for m in list(matches.values()):
        if m.pattern.pos != "V":
            continue
        for u in m.used:
            if u.i in matches and matches[u.i].pattern.pos == "N":
                del matches[u.i]
    for i, m in list(matches.items()):  # "the suspension of aid": the aid is what is suspended
        tok = m.tok
        if (
            m.pattern.pos == "N"
            and tok.dep_ == "pobj"
            and tok.head.lower_ == "of"
            and tok.head.head.i in matches
        ):
            del matches[i]
    received: dict[int, object] = {}  # "GitHub received a take-down notice from the RIAA": the sender acts
    for tok in tokens:
        if _lemma(tok) in _RECEIVE_VERBS and tok.pos_ == "VERB":
            objects = [c for c in tok.children if c.dep_ == "dobj"]
            for c in objects + [a for o in objects for a in o.children if a.dep_ == "appos"]:
                if c.i in matches and matches[c.i].pattern.pos == "N" and _sender(c, tok) is not None:
                    received[c.i] = tok
        if _lemma(tok) in lights and tok.pos_ in ("VERB", "AUX") and not checks.describes(tok):
            for c in tok.children:
                if c.dep_ not in ("dobj", "attr"):
                    continue
                # "announced $2 billion in aid", "held a round of talks"
                for noun in [c] + [
                    o for p in _prep_children(c) if p.lower_ in ("of", "in") and (o := _pobj(p)) is not None
                ]:
                    if noun.i in matches and matches[noun.i].pattern.pos == "N":
                        carried[noun.i] = tok
                        own = matches.get(tok.i)
                        if own is not None and own.pattern.specificity == 0:
                            del matches[tok.i]
                        break

    actors.received = received
    candidates: dict[int, _Candidate] = {}
    absorbed: set[int] = set()
    report_of: dict[int, int] = {}  # candidate -> the speech verb it is embedded under
    for i in sorted(matches):
        m = matches[i]
        tok = m.tok
        code = m.pattern.code
        if _hypothetical(tok, sent) or _is_question(tok):
            absorbed.add(i)
            continue
        if _bracketed(tok, sent):
            absorbed.add(i)  # "I can do it [call a national emergency]": an editor's gloss
            continue
        if m.pattern.pos == "N" and not _noun_reported(tok, i in carried or i in received):
            absorbed.add(i)  # a background noun with no agent of its own ("through our investigation")
            continue
        mod = carried.get(
            i, tok
        )  # "would be launching an inquiry": the light verb carries the noun's modality
        extra = [
            c
            for c in tok.children
            if c.dep_ in ("neg", "prt") or (c.dep_ == "aux" and c.lower_ in _INTENT_AUX)
        ]
        extra += [c for c in _prep_children(tok) if c.lower_ in m.pattern.preps]
        neg = _negated(tok) or (mod is not tok and _negated(mod))
        stopped = _no_longer(tok)
        intent = _has_aux(mod, _INTENT_AUX)
        if (
            tok.dep_ == "conj"
            and tok.head.pos_ in ("VERB", "AUX")
            and _child(tok, *_SUBJ_DEPS) is None
            and tok.tag_ in ("VB", "VBG", "VBN")
        ):
            neg = neg or _negated(tok.head)  # "will no longer advocate or provide"
            stopped = stopped or _no_longer(tok.head)
            intent = intent or _has_aux(tok.head, _INTENT_AUX)
        refuse = threat = False
        weak_intent = intent_governed = False
        anchor = tok
        demand_gov = None
        denied = False
        g = carried.get(i, tok)  # "ready to resume talks": the light verb carries the noun into the chain
        for _ in range(6):
            gov = _governor(g)
            if gov is None:
                break
            head, cls = gov
            if cls in ("report", "target_report"):
                report_of[i] = head.i
                break
            extra.append(head)
            if cls == "deny_report":
                denied = True
                anchor = head
                break
            if cls == "demand":
                demand_gov = head
                break
            absorbed.add(head.i)
            anchor = head
            stopped = stopped or _no_longer(head)
            if _negated(head):
                neg = not neg
            if _has_aux(head, _INTENT_AUX):
                intent = True
            if cls == "intent":
                intent = intent_governed = True
                weak_intent = weak_intent or _lemma(head) in _WEAK_INTENT
            elif cls == "refuse":
                refuse = True
            elif cls == "threat":
                threat = True
            elif cls == "consider":
                code, intent, neg = "014", False, False
                break
            g = head.head if head.pos_ == "ADJ" and head.dep_ in ("acomp", "amod") else head
        if denied:
            continue  # the denial itself is coded on the governing verb
        if demand_gov is not None:
            absorbed.add(i)
            gm = matches.get(demand_gov.i)
            if gm is not None:  # what is demanded only refines the demand's sub-code
                candidates[demand_gov.i] = _Candidate(
                    gm, _as_request(code, gm.pattern.code), demand_gov, [demand_gov, tok]
                )
            continue
        # Not done: possible, conditional, counterfactual, negated by its clause, asked about, only planned
        # (event_checks.unreal); a modal in the actor's own reported words is an intent ("X said it would ...").
        self_report = i in report_of and _reported_by_self(mod, doc[report_of[i]], actors)
        if checks.unreal(mod, sent, i in report_of or intent_governed, self_report) is not None or (
            mod is not tok and checks.noun_unreal(tok)
        ):
            absorbed.add(i)
            continue
        if (
            (weak_intent or (intent and _root(code) == "15"))
            and not threat
            and _root(code) in _THREAT_BY_ROOT
        ):
            absorbed.add(i)  # "seeks to retake control", "hopes to strike": a goal, not a threat
            continue
        transformed = neg or refuse or threat or intent or stopped
        if stopped and _root(code) in _STOPPED_BY_ROOT:
            new = _STOPPED_BY_CODE.get(code, _STOPPED_BY_ROOT[_root(code)])
        elif threat:
            new = _as_threat(code)
        elif neg or refuse:
            new = _as_rejection(code, explicit=refuse)
        elif intent:
            new = _as_intent(code)
        else:
            new = code
        if new is None:
            absorbed.add(i)
            continue
        candidates[i] = _Candidate(m, new, anchor, extra, transformed=transformed)

    # A speech verb is coded only when what it reports yields no event of its own
    # ("X said Y attacked Z" is Y's attack; "X said he expected ..." with nothing coded is X's statement).
    built: dict[int, list[Event]] = {}
    reports_done: set[int] = set()
    speech = {i for i, c in candidates.items() if control_classes().get(_lemma(c.match.tok)) == "report"}
    for i, cand in sorted(candidates.items()):
        if (i in absorbed and cand.anchor.i == i) or i in speech:
            continue
        ev = _build_event(doc, sent, sent_index, cand, actors, carried, published_at)
        if ev:
            built[i] = ev
            if i in report_of:
                reports_done.add(report_of[i])
    for i in speech:
        cand = candidates[i]
        if (i in absorbed and cand.anchor.i == i) or i in reports_done or _deontic_targets(cand.match.tok):
            continue
        if cand.code == "010" and _subjunctive_demand(cand.match.tok):
            cand = _Candidate(cand.match, "100", cand.anchor, cand.extra, transformed=True)
        ev = _build_event(doc, sent, sent_index, cand, actors, carried, published_at)
        if ev:
            built[i] = ev
    events = [e for i in sorted(built) for e in built[i]]
    events += _deontic_events(doc, sent, sent_index, tokens, actors, published_at)
    return events


def _deontic_targets(report_verb) -> list:
    return [c for c in report_verb.children if c.dep_ in ("ccomp", "parataxis") and _deontic(c)]


def _deontic(verb) -> bool:
    if _has_aux(verb, _DEONTIC_AUX):
        return True
    return (
        _lemma(verb) in _DEONTIC_VERBS
        and any(c.dep_ == "xcomp" for c in verb.children)
        and verb.pos_ == "VERB"
    )


DEONTIC_CONFIDENCE = 0.55


def _deontic_events(doc, sent, sent_index, tokens, actors: _Actors, published_at) -> list[Event]:
    """ "X said Y must/needs to ..." is X demanding of Y (10)."""
    out = []
    for verb in tokens:
        if verb.dep_ not in ("ccomp", "parataxis") or not _deontic(verb):
            continue
        if not control_classes().get(_lemma(verb.head), "").endswith("report"):
            continue
        speaker_tok = _subject(verb.head)
        subj = _child(verb, "nsubj")
        if subj is None or _is_passive(verb):
            continue  # "the Amazon should be opened up": what is to be done, not who is to do it
        a1 = actors.resolve(speaker_tok)
        a2 = actors.phrase(subj)
        if a1 is None or a2 is None or a1 == a2 or actors.own_country(a1, a2):
            continue  # "Johnson stated that Britain must leave": no demand of his own country
        xcomp = _child(verb, "xcomp")
        words = (
            [c for c in verb.children if c.dep_ in ("aux", "neg")]
            + [verb]
            + ([xcomp] if xcomp is not None else [])
        )
        out.append(
            Event(
                sent_index,
                a1,
                a2,
                "100",
                _trigger_text(doc, words),
                sent.text.strip(),
                DEONTIC_CONFIDENCE,
                _event_date(verb, [verb.head], published_at, actors.dates.get(sent.start, [])),
            )
        )
    return out


# Events two joint subjects do to each other ("X and Y held talks", "... clashed"); for the rest
# ("X and Y condemned the move", "attacks by X and Y") the second subject is a co-agent, not a target.
_RECIPROCAL_ROOTS = frozenset({"03", "04", "05", "06", "08", "19"})


# In these roots two joint subjects act together ("Cruz and Rooney proposed ..."), unless the predicate is mutual.
_COAGENT_ROOTS = frozenset({"03", "08"})
_MUTUAL = frozenset(
    "agree negotiate meet talk sign cooperate reconcile settle exchange trade cooperation tie relation relationship "
    "dialogue agreement deal partnership".split()
)


def _partner(a1_tok, a1: int, actors: _Actors) -> int | None:
    """The other side of a joint subject: "X and Y held talks", "Armenian and Azerbaijani troops clashed"."""
    pool = [c for c in a1_tok.children if c.dep_ == "conj"]
    for mod in a1_tok.children:
        if mod.dep_ in ("amod", "compound"):
            pool += [c for c in mod.children if c.dep_ == "conj"]
    for prep in _prep_children(a1_tok):  # "the prime ministers of Spain and Morocco met"
        if prep.lower_ in ("of", "for") and (obj := _pobj(prep)) is not None:
            pool += [c for c in obj.children if c.dep_ == "conj"]
    for c in pool:
        value = (
            actors.phrase(c)
            if c.dep_ == "conj" and c.head.dep_ in ("amod", "compound")
            else actors.resolve(c)
        )
        if value is not None and value != a1:
            return value
    return None


def _implicit_target(verb, code: str, a1: int, actors: _Actors) -> int | None:
    """A target the sentence implies: the lead actor behind "the move", the subject of an "as"-clause under force."""
    for c in verb.children:
        if (
            c.dep_ == "dobj"
            and c.lemma_.lower() in _ACTION_NOUNS
            and not any(
                g.dep_ in ("poss", "prep", "compound", "amod") and g.pos_ in ("PROPN", "PRON", "ADP")
                for g in c.children
            )
        ):
            lead = actors.lead
            if lead is not None and lead != a1:
                return lead
    if _root(code) in _FORCE_ROOTS:
        for c in verb.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CLAUSE_MARKS for m in c.children):
                subj = _child(c, "nsubj")
                value = actors.resolve(subj) if subj is not None else None
                if value is not None and value != a1:
                    return value
    return None


_DIPLOMAT_NOUNS = frozenset("ambassador envoy diplomat consul attache attaché emissary chargé".split())
_PLACE_NOUNS = frozenset(
    {
        "region",
        "province",
        "state",
        "city",
        "town",
        "village",
        "district",
        "area",
        "capital",
        "country",
        "territory",
        "county",
        "oblast",
    }
)
# Codes whose object is the thing handed over, so the recipient ("to Y") is the target.
_RECIPIENT_ROOTS = frozenset({"07"})
_RECIPIENT_CODES = frozenset({"063", "084", "0842"})
_FORCE_NOUNS = frozenset(
    {
        "troop",
        "force",
        "soldier",
        "army",
        "weapon",
        "weaponry",
        "tank",
        "warship",
        "jet",
        "reinforcement",
        "unit",
        "personnel",
    }
)


def _rank_targets(code: str, targets: list, a1_tok) -> list:
    """Target candidates re-ordered where the code says which argument is the other party."""
    root = _root(code)

    def prep_of(t):
        return t.head.lower_ if t.dep_ == "pobj" else None

    if root in _RECIPIENT_ROOTS or code in _RECIPIENT_CODES:
        return sorted(targets, key=lambda t: prep_of(t) not in ("to", "for"))
    if root == "15":  # "massed troops near its border with Y": the troops are the actor's own
        kept = [t for t in targets if _lemma(t) not in _FORCE_NOUNS]
        borders = [
            o
            for t in targets
            for p in _prep_children(t)
            if _lemma(t) in ("border", "frontier") and p.lower_ == "with" and (o := _pobj(p)) is not None
        ]
        return borders + kept
    if (
        root == "16"
    ):  # "withdrew the US from a treaty with Iran": the other party of what is left, not its own side
        left = [t for t in targets if t.dep_ == "pobj" and t.head.lower_ == "from"]
        return (
            [t for o in left for t in _noun_targets(o, None)]
            + left
            + [t for t in targets if t not in left and (t.dep_ != "dobj" or not left)]
        )
    if root in ("17", "19"):  # "seized the town (of X) from Y": Y lost it
        losers = [
            o
            for t in targets
            for p in t.subtree
            if p.lower_ == "from" and p.dep_ == "prep" and (o := _pobj(p)) is not None
        ]
        losers = [o for o in losers if o.ent_type_ not in ("GPE", "LOC", "FAC")]
        return losers + [t for t in targets if t not in losers]
    return targets


_CONDITIONAL_ROOTS = frozenset({"10", "13"})


def _condition_subject(verb, a1: int, actors: _Actors) -> int | None:
    """'threatened to strike if the government did not pay': the one whose conduct is the condition."""
    for node in [verb, *verb.subtree]:
        if node.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in node.children
        ):
            value = actors.resolve(_child(node, "nsubj", "nsubjpass"))
            if value is not None and value != a1:
                return value
    return None


def _attacked_country(sent, a1: int, actors: _Actors) -> int | None:
    """Violence with no named victim is directed at the place where it happens ("attacks in X")."""
    for tok in sent:
        if (
            tok.lower_ == "in"
            and (place := _pobj(tok)) is not None
            and (place.ent_type_ in ("GPE", "LOC") or _lemma(place) in _PLACE_NOUNS)
        ):
            value = actors.resolve(place)
            if value is not None and value != a1:
                return value
    return None


def _participle_agents(noun) -> list:
    """Agents of past participles describing a noun: "a bomb planted by X", "a bill passed by Y"."""
    return [
        obj
        for c in noun.children
        if c.dep_ == "acl" and c.tag_ == "VBN"
        for p in c.children
        if p.dep_ in ("agent", "prep") and p.lower_ == "by" and (obj := _pobj(p)) is not None
    ]


def _subjunctive_demand(verb) -> bool:
    """'insisted that Minsk hand over ...': a bare verb in the reported clause makes the report a demand."""
    for c in verb.children:
        subj = _child(c, "nsubj")
        if c.dep_ != "ccomp" or subj is None or any(a.dep_ in ("aux", "auxpass") for a in c.children):
            continue
        # a bare verb after a singular subject ("that Minsk hand over"); the tagger may call it a noun
        if c.tag_ == "VB" or (c.tag_ in ("VBP", "NN") and subj.tag_ in ("NN", "NNP")):
            return True
    return False


def _under_attack(noun) -> bool:
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "under"
        and _lemma(noun.head.head) in ("come", "be", "remain")
    )


def _lead_actor(sentences: list, actors: _Actors) -> int | None:
    """Who the article is about: the subject of the first sentence that names an actor as its subject."""
    for sent in sentences[:2]:
        subj = _subject(sent.root) if sent.root.pos_ in ("VERB", "AUX") else None
        value = actors.resolve(subj) if subj is not None else None
        if value is not None:
            return value
    return None


def _build_event(
    doc, sent, sent_index, cand: _Candidate, actors: _Actors, carried, published_at
) -> list[Event]:
    m = cand.match
    tok = m.tok
    anchor = cand.anchor
    a1_fallback = False
    if m.pattern.pos == "N" and _under_attack(tok):  # "Y came under fire from X"
        a1_tok = _noun_agent(tok, ("from", "by")) or _noun_agent(tok.head.head, ("from", "by"))
        targets = [t for t in [_child(tok.head.head, "nsubj")] if t is not None]
    elif m.pattern.pos == "N" and tok.i in actors.received:  # "X received a demand from Y": Y demands of X
        receiver = actors.received[tok.i]
        a1_tok = _sender(tok, receiver)
        targets = [t for t in [_subject(receiver)] if t is not None] + _noun_targets(tok, a1_tok)
    elif m.pattern.pos == "N":
        agent = _noun_agent(tok)
        patient = None
        if (
            agent is not None
            and agent.dep_ == "poss"
            and checks.patient_noun(tok)
            and not _has_of_object(tok)
        ):
            patient, agent = agent, _explicit_agent(tok)  # "Khashoggi's killing": the possessor is the victim
        a1_tok = agent
        if a1_tok is None and tok.i in carried:
            a1_tok = _subject(carried[tok.i])
        targets = ([patient] if patient is not None else []) + _noun_targets(tok, agent)
        if tok.i in carried:
            targets += _verb_targets(carried[tok.i])
        if a1_tok is None:
            between = _target_of_prep(tok, ("between",))
            if between is not None:
                a1_tok = between
    else:
        a1_tok = _subject(tok)
        if a1_tok is None and anchor != tok:
            a1_tok = _subject(anchor)
        targets = _verb_targets(tok, m.used)
        if anchor != tok and anchor.pos_ in ("VERB", "AUX"):
            targets += [t for t in _verb_targets(anchor) if t.dep_ != "nsubjpass"]
        cls = control_classes().get(_lemma(tok))
        if (
            cls in ("target_report", "deny_report", "demand") or cand.code == "100"
        ):  # "demanded that Y free ...", "alleged that Y ..."
            # "alleged Navalny was poisoned": the passive subject is the victim; the accused is its agent, if named
            targets += [
                s
                for c in tok.children
                if c.dep_ == "ccomp" and (s := _child(c, "nsubj") or _subject(c)) is not None
            ]
        if cls in (
            "intent",
            "threat",
            "refuse",
        ):  # "threatened to stop exports to Y": Y is the one threatened
            for c in tok.children:
                if c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in c.children):
                    targets += _verb_targets(c)
    if a1_tok is not None and _root(cand.code) in _VIOLENCE_ROOTS and checks.vehicle(a1_tok):
        return []  # "struck by a Volvo XC90 driving on the wrong side": a road accident
    if (
        a1_tok is not None
        and a1_tok.pos_ == "PRON"
        and a1_tok.lower_ in ("they", "he", "she")
        and tok.dep_ == "advcl"
    ):
        main = _subject(tok.head) if tok.head.pos_ in ("VERB", "AUX") else None
        if main is not None and main.pos_ != "PRON" and _agrees(main, a1_tok):
            a1_tok = main  # "protesters gathered ..., blocking the exits as they chanted slogans"
    a1 = actors.resolve(a1_tok) if a1_tok is None or not _generic(a1_tok) else None
    if a1 is None and a1_tok is not None:  # "a car bomb planted by X exploded": X acts
        a1_tok = next(iter(_participle_agents(a1_tok)), a1_tok)
        a1 = actors.resolve(a1_tok)
    if a1 is None and a1_tok is not None and a1_tok.lower_ in _SPEAKER_PRONOUNS:
        speaker = _speaker(anchor)
        if speaker is not None and speaker != a1_tok:
            a1 = actors.resolve(speaker)
            a1_fallback = a1 is not None
    if a1 is None:
        return []
    targets = _rank_targets(cand.code, targets, a1_tok)
    a2 = None
    if (
        a1_tok is not None
        and _root(cand.code) in _RECIPROCAL_ROOTS
        and (
            _root(cand.code) not in _COAGENT_ROOTS
            or _lemma(tok) in _MUTUAL
            or any(_lemma(t) in _MUTUAL for t in anchor.subtree)
        )
    ):
        a2 = _partner(
            a1_tok, a1, actors
        )  # "Kyrgyz and Tajik guards clashed near X": the partner, not the place
    a2_tok = None
    for t in [] if a2 is not None else targets:
        if a1_tok is not None and t == a1_tok:
            continue
        if _root(cand.code) in _VIOLENCE_ROOTS and t.ent_type_ in ("FAC", "LOC"):
            continue  # "carried out the airstrike at Baghdad International Airport": a place, not the victim
        if _generic(t):
            continue  # "the House impeaches an official": nobody in particular
        value = actors.resolve(t)
        if value == a1 and actors.pair is not None and _both_sides(t):
            value = actors.pair[1]  # "X urged both sides": X is one of them, so the other
        if value is not None and actors.own_country(a1, value):
            continue  # "Corbyn called the move ... on our democracy": his own country is not the target
        if value is not None and value != a1:
            a2, a2_tok = value, t
            break
    if a2 is None and actors.pair is not None and _both_sides(a1_tok) and a1 == actors.pair[0]:
        a2 = actors.pair[1]  # "the two sides agreed": each acts towards the other
    if a2 is None and m.pattern.pos == "V":
        a2 = _implicit_target(tok, cand.code, a1, actors)
    if (
        a2 is None
        and actors.accuser not in (None, a1)
        and any(_lemma(t) in _CLAIM_NOUNS and _child(t, "poss") is None for t in targets)
    ):
        a2 = actors.accuser
    if a2 is None and _root(cand.code) in _VIOLENCE_ROOTS:
        a2 = _attacked_country(sent, a1, actors)
    if a2 is None and _root(cand.code) in _CONDITIONAL_ROOTS:
        a2 = _condition_subject(cand.anchor, a1, actors)
    if (
        a2 is None
        and checks.needs_target(cand.code, cand.transformed)
        and not (
            _has_partner(a1_tok)
            or any(t is not a1_tok and (checks.actor_like(t) or _lemma(t) in _CLAIM_NOUNS) for t in targets)
        )
    ):
        return []  # a meeting, cooperation, disapproval or rejection with nobody on the other side
    direct = (
        a1_tok is not None
        and not a1_fallback
        and (a1_tok.head in (tok, anchor) or (a1_tok.dep_ == "pobj" and a1_tok.head.head in (tok, anchor)))
    )
    conf = checks.confidence(
        specific=bool(m.pattern.specificity),
        target=a2 is not None,
        source_direct=direct,
        source_named=a1_tok is not None
        and any(
            t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
            for t in [a1_tok, *(c for c in a1_tok.children if c.dep_ in ("appos", "compound", "poss"))]
        ),
        noun=m.pattern.pos == "N",
        carried=tok.i in carried,
        transformed=cand.transformed,
        statement=cand.code == "010",
        reported=_speaker(tok) is not None,
        pronoun_source=a1_tok is not None and a1_tok.pos_ == "PRON",
        other_names=a2 is None and _other_names(sent, a1_tok, a1, actors),
    )
    words = [tok, *cand.extra, *m.used] if m.pattern.pos == "V" else [tok, *cand.extra]
    words = [w for w in words if sent.start <= w.i < sent.end]
    governors = [w for w in cand.extra if w.pos_ in ("VERB", "AUX", "ADJ")]
    speaker_verb = tok.head if tok.dep_ in ("ccomp", "parataxis") else None
    date_text = _event_date(
        tok,
        governors + ([speaker_verb] if speaker_verb is not None else []),
        published_at,
        actors.dates.get(sent.start, []),
    )
    trigger = _trigger_text(doc, words)
    return [
        Event(
            sentence_index=sent_index,
            actor1_entity=a1,
            actor2_entity=target,
            cameo_code=cand.code,
            trigger_text=trigger,
            sentence_text=sent.text.strip(),
            confidence=conf,
            event_date=date_text,
        )
        for target in [a2, *_more_targets(a2_tok, {a1, a2}, actors)]
    ]


def _agrees(noun, pronoun) -> bool:
    """Number agreement of a noun phrase and a pronoun: "they" takes a plural or coordinated noun."""
    plural = (
        noun.tag_ in ("NNS", "NNPS")
        or any(c.dep_ == "conj" for c in noun.children)
        or any(
            p.lower_ == "of" and (o := _pobj(p)) is not None and o.tag_ in ("NNS", "NNPS")
            for p in _prep_children(noun)
        )
    )
    return plural == (pronoun.lower_ == "they")


def _generic(tok) -> bool:
    """ "an official", "any country": an indefinite common noun names nobody in particular."""
    if tok.pos_ != "NOUN" or tok.ent_type_:
        return False
    dets = {c.lower_ for c in tok.children if c.dep_ == "det"}
    if dets & {"any", "every", "each", "no"}:
        return True
    # a bare "an official"; "a senior Indian diplomat", "a Security Council resolution" are specific
    return (
        bool(dets & {"a", "an"})
        and not any(
            c.dep_ in ("amod", "compound", "nmod", "poss", "prep", "appos", "acl", "relcl")
            for c in tok.children
        )
        and not _identified_later(tok)
    )


def _identified_later(tok) -> bool:
    """ "arrested a man, later identified as <name>,": the clause names him though the parser hangs it on the verb."""
    if tok.dep_ not in ("dobj", "nsubj", "nsubjpass"):
        return False
    return any(
        c.dep_ == "advcl"
        and c.i > tok.i
        and c.tag_ == "VBN"
        and c.lemma_ in ("identify", "name")
        and any(t.lower_ == "as" and any(o.ent_type_ == "PERSON" for o in t.children) for t in c.children)
        for c in tok.head.children
    )


_RECEIVE_VERBS = frozenset({"receive", "get"})


def _sender(noun, verb):
    """The "from X" of a received event noun, on the noun or on the verb."""
    for holder in (noun, verb):
        for p in _prep_children(holder):
            if p.lower_ == "from" and (obj := _pobj(p)) is not None and not _is_date(obj):
                return obj
    return None


def _has_partner(a1_tok) -> bool:
    """A coordinated subject names a second party even when it is not resolved: "Egyptian and Ethiopian officials"."""
    if a1_tok is None:
        return False
    if a1_tok.tag_ in ("NNS", "NNPS") and any(
        c.dep_ == "nummod" or c.lower_ in ("both", "all") for c in a1_tok.children
    ):
        return True  # "the three party leaders met"
    return any(c.dep_ == "conj" for c in a1_tok.children) or any(
        g.dep_ == "conj" for c in a1_tok.children if c.dep_ in ("amod", "compound") for g in c.children
    )


def _more_targets(a2_tok, taken: set, actors: _Actors) -> list[int]:
    """The other targets coordinated with the first: "called on Italy and Egypt to join", "met X, then Y"."""
    if a2_tok is None or actors.phrase(a2_tok) is None:
        return []  # only names coordinated with a named target: not "officials from China, Iran and Russia"
    pool = [c for c in a2_tok.children if c.dep_ == "conj"]
    pool += [g for c in pool for g in c.children if g.dep_ == "conj"]
    if a2_tok.dep_ == "pobj" and a2_tok.head.dep_ == "prep":  # "to the EPA on ..., and also to the Board"
        prep = a2_tok.head
        pool += [
            o for c in prep.children if c.dep_ == "conj" and c.pos_ == "ADP" and (o := _pobj(c)) is not None
        ]
        pool += [
            o
            for c in prep.head.children
            if c.dep_ == "prep" and c.i > prep.i and c.lower_ == prep.lower_ and (o := _pobj(c)) is not None
        ]
    out = []
    for c in pool[:4]:
        value = actors.resolve(c)
        if value is not None and value not in taken:
            taken.add(value)
            out.append(value)
    return out


def _other_names(sent, a1_tok, a1: int, actors: _Actors) -> bool:
    """Whether the sentence names a party besides the source (a target the event may have missed)."""
    skip = set(range(a1_tok.left_edge.i, a1_tok.right_edge.i + 1)) if a1_tok is not None else set()
    for ent in sent.ents:
        if (
            ent.label_ in ("PERSON", "ORG", "GPE", "NORP")
            and ent.root.i not in skip
            and not checks.is_news_agency(ent.text)
        ):
            value = actors.resolve(ent.root)
            if value is not None and value != a1:
                return True
    return False


def _has_of_object(noun) -> bool:
    return any(p.lower_ == "of" and _pobj(p) is not None for p in _prep_children(noun))


def _explicit_agent(noun):
    """Agent of a noun named by "by X" / "from X", or an agentive modifier ("Israeli airstrikes")."""
    for p in _prep_children(noun):
        if p.lower_ in ("by", "from") and (obj := _pobj(p)) is not None:
            return obj
    for c in noun.children:
        if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON"):
            return c
    return None


def code_events(
    doc,
    actor_for_span: ActorLookup,
    published_at: datetime | None = None,
    actor_info: dict[int, tuple[str, str | None]] | None = None,
) -> list[Event]:
    """CAMEO events of an article body; never raises, a sentence that fails is logged and skipped.

    ``actor_info``: entity index -> (actor type, ISO3 country), when the caller knows them; used so that an
    actor's own country is not read as the target of what it does ("Johnson said Britain must leave")."""
    events: list[Event] = []
    if doc is None or len(doc) == 0:
        return events
    actors = _Actors(doc, actor_for_span)
    actors.info = actor_info or {}
    try:
        sentences = list(doc.sents)
    except Exception:  # a Doc without a parser gives no sentences to code
        log.warning("code_events: document has no sentence boundaries", exc_info=True)
        return events
    doc.user_data[_DATELINES] = (
        [sent.start for sent in sentences],
        [checks.dateline_end(sent) for sent in sentences],
    )
    try:
        actors.dates = _date_entities(doc, [sent.start for sent in sentences])
    except Exception:  # no entity recogniser: events simply carry no dates
        log.debug("code_events: no date entities", exc_info=True)
    if len(sentences) > 1:  # a lone sentence has no lead to point back to
        try:
            actors.lead = _lead_actor(sentences, actors)
        except Exception:
            log.debug("code_events: no lead actor", exc_info=True)
    for index, sent in enumerate(sentences):
        if len(sent) > _MAX_SENTENCE_TOKENS or not any(t.is_alpha for t in sent):
            continue
        try:
            found = _code_sentence(doc, sent, index, actors, published_at)
        except Exception:
            log.warning("code_events: sentence %d skipped", index, exc_info=True)
            continue
        events.extend(found)
        if any(_both_sides(t) for t in sent):
            continue  # an event with "both sides" as an argument does not redefine the two sides
        for e in found:
            if e.cameo_code[:2] in _ACCUSING_ROOTS:
                actors.accuser = e.actor1_entity
        for e in found:  # later "both sides" point back to the latest two-party event
            if (
                e.actor2_entity is not None
                and e.actor1_entity is not None
                and e.actor1_entity != e.actor2_entity
                and e.cameo_code[:2] != "01"
            ):
                actors.pair = (e.actor1_entity, e.actor2_entity)
    return events
