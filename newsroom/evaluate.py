"""Score the cleaner and extractor against hand-made gold annotations.

The scoring core is pure functions over (gold article dict, CleanArticle,
Extraction) so it can be tested with hand-built predictions; the product
modules are imported only by the runner, because they evolve independently.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsroom.config import PROJECT_ROOT
from newsroom.models import CleanArticle, Event, Extraction, Quote

QUOTE_KINDS = ("direct", "partial", "indirect")
# Direct and partial quotes are both verbatim and the line between them is a labelling convention,
# so they are also scored as one group.
KIND_GROUPS: dict[str, tuple[str, ...]] = {
    "all": QUOTE_KINDS,
    "direct": ("direct",),
    "partial": ("partial",),
    "indirect": ("indirect",),
    "direct_partial": ("direct", "partial"),
}
HEADER_FIELDS = ("title", "subtitle", "byline", "dateline")
MIN_QUOTE_OVERLAP = 0.5
# Attributions by the annotated kind, whatever kind the extractor gave: with quotation marks, reported
# speech without them, and other attributions (beliefs, intentions, "data show"; optional items).
ATTRIBUTION_KINDS: dict[str, tuple[str, ...]] = {
    "quoted": ("direct", "partial"),
    "reported": ("indirect",),
    "other": ("other",),
}
ATTRIBUTION_RATES = tuple(f"recall.{k}" for k in ATTRIBUTION_KINDS) + ("precision", "speaker")
STATEMENT_ROOT = "01"
NO_EVENT = "--"  # an event-sentence row for a sentence with no codable event

# The reference data lives beside the evaluator, not in tests/: gold sets, event sentence sets, floors.
EVALDATA = PROJECT_ROOT / "evaldata"
DEFAULT_GOLD = (
    EVALDATA / "gold_seeds.json",
    EVALDATA / "gold_extra" / "gold.json",
    EVALDATA / "real_quotes" / "dev" / "gold.json",
    EVALDATA / "real_quotes" / "sealed" / "gold.json",
    EVALDATA / "real_quotes" / "dev2" / "gold.json",
    EVALDATA / "real_quotes" / "dev3" / "gold.json",
    EVALDATA / "real_quotes" / "sealed3" / "gold.json",
    EVALDATA / "real_quotes" / "sealed4" / "gold.json",
    EVALDATA / "real_quotes" / "sealed5" / "gold.json",
    EVALDATA / "real_quotes" / "sealed6" / "gold.json",
    EVALDATA / "real_quotes" / "sealed7" / "gold.json",
    EVALDATA / "real_quotes" / "sealed8" / "gold.json",
    EVALDATA / "real_quotes" / "sealed9" / "gold.json",
    EVALDATA / "real_quotes" / "sealed10" / "gold.json",
    EVALDATA / "real_quotes" / "sealed11" / "gold.json",
    EVALDATA / "real_quotes" / "sealed12" / "gold.json",
    EVALDATA / "real_quotes" / "sealed13" / "gold.json",
    EVALDATA / "real_quotes" / "sealed14" / "gold.json",
    EVALDATA / "real_quotes" / "sealed15" / "gold.json",
    EVALDATA / "real_quotes" / "sealed16" / "gold.json",
    EVALDATA / "real_quotes" / "sealed17" / "gold.json",
    EVALDATA / "real_quotes" / "sealed18" / "gold.json",
    EVALDATA / "real_quotes" / "sealed19" / "gold.json",
    EVALDATA / "real_quotes" / "sealed20" / "gold.json",
    EVALDATA / "real_quotes" / "sealed21" / "gold.json",
    EVALDATA / "real_quotes" / "sealed22" / "gold.json",
    EVALDATA / "real_quotes" / "sealed23" / "gold.json",
    EVALDATA / "real_quotes" / "sealed24" / "gold.json",
    EVALDATA / "real_quotes" / "sealed25" / "gold.json",
)
EVENT_SENTENCES = EVALDATA / "events"
DEFAULT_SENTENCE_SETS = tuple(
    EVENT_SENTENCES / f"{name}.tsv"
    for name in (
        "sentences",
        "heldout",
        "heldout2",
        "heldout3",
        "heldout4",
        "heldout5",
        "real_dev",
        "real_sealed",
        "real_sealed6",
        "real_sealed7",
        "real_sealed8",
        "real_sealed9",
        "real_sealed10",
        "real_sealed11",
        "real_sealed12",
        "real_sealed13",
        "real_sealed14",
        "real_sealed15",
        "real_sealed16",
        "real_sealed17",
        "real_sealed18",
        "real_sealed19",
        "real_sealed20",
        "real_sealed21",
        "real_sealed22",
        "real_sealed23",
        "real_sealed24",
        "real_sealed25",
    )
)
DEFAULT_FLOORS = EVALDATA / "eval_floors.json"

# Typographic variants that carry no meaning for matching; the cleaner may legitimately unify them.
_GLYPHS = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
    }
)
_QUOTE_MARKS = str.maketrans({"'": "", '"': ""})


# --------------------------------------------------------------------------- counts


@dataclass
class PRF:
    """Micro-averaged counts; empty denominators give 1.0 because an empty set cannot be wrong."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __iadd__(self, other: PRF) -> PRF:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    def figures(self) -> dict[str, float]:
        return {"p": self.precision, "r": self.recall, "f1": self.f1}


@dataclass
class Rate:
    hits: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.hits / self.total if self.total else 1.0

    def __iadd__(self, other: Rate) -> Rate:
        self.hits += other.hits
        self.total += other.total
        return self


@dataclass
class ArticleScore:
    """Everything measured on one article; sets of articles are sums of these."""

    file: str
    quotes_text: dict[str, PRF] = field(default_factory=lambda: {g: PRF() for g in KIND_GROUPS})
    quotes_speaker: dict[str, PRF] = field(default_factory=lambda: {g: PRF() for g in KIND_GROUPS})
    quote_kind_agreement: Rate = field(default_factory=Rate)
    attribution: dict[str, Rate] = field(default_factory=lambda: {k: Rate() for k in ATTRIBUTION_RATES})
    events: PRF = field(default_factory=PRF)
    events_root_only: PRF = field(default_factory=PRF)
    actors_recall: Rate = field(default_factory=Rate)
    persons_merged: Rate = field(default_factory=Rate)
    split_persons: list[str] = field(default_factory=list)
    fields: dict[str, Rate] = field(default_factory=lambda: {f: Rate() for f in HEADER_FIELDS})
    first_line: Rate = field(default_factory=Rate)
    last_line: Rate = field(default_factory=Rate)
    boilerplate_leaks: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)  # human-readable, for --verbose

    def __iadd__(self, other: ArticleScore) -> ArticleScore:
        for group in KIND_GROUPS:
            self.quotes_text[group] += other.quotes_text[group]
            self.quotes_speaker[group] += other.quotes_speaker[group]
        for name in HEADER_FIELDS:
            self.fields[name] += other.fields[name]
        for name in ATTRIBUTION_RATES:
            self.attribution[name] += other.attribution[name]
        for attr in (
            "quote_kind_agreement",
            "events",
            "events_root_only",
            "actors_recall",
            "persons_merged",
            "first_line",
            "last_line",
        ):
            getattr(self, attr).__iadd__(getattr(other, attr))
        self.split_persons += [f"{other.file}: {p}" for p in other.split_persons]
        self.boilerplate_leaks += [f"{other.file}: {b}" for b in other.boilerplate_leaks]
        self.missed += [f"{other.file}: {m}" for m in other.missed]
        return self

    def figures(self) -> dict[str, float]:
        """Flat metric name -> value; these names are what floors refer to."""
        out: dict[str, float] = {}
        for mode, table in (("text", self.quotes_text), ("speaker", self.quotes_speaker)):
            for group, prf in table.items():
                for k, v in prf.figures().items():
                    out[f"quotes.{mode}.{group}.{k}"] = v
        out["quotes.kind_agreement"] = self.quote_kind_agreement.value
        for name, rate in self.attribution.items():
            out[f"attribution.{name}"] = rate.value
        for k, v in self.events.figures().items():
            out[f"events.{k}"] = v
        for k, v in self.events_root_only.figures().items():
            out[f"events.root_only.{k}"] = v
        out["actors.recall"] = self.actors_recall.value
        out["actors.persons_merged"] = self.persons_merged.value
        for name in HEADER_FIELDS:
            out[f"cleaner.{name}"] = self.fields[name].value
        out["cleaner.first_line"] = self.first_line.value
        out["cleaner.last_line"] = self.last_line.value
        out["cleaner.boilerplate_leaks"] = float(len(self.boilerplate_leaks))
        return out


@dataclass
class SetReport:
    label: str
    gold_path: str
    articles: list[ArticleScore]
    total: ArticleScore
    unscored_roots: frozenset = frozenset()


@dataclass
class SentenceSetReport:
    """One event per sentence (root ``--``: none): is its root among the coded events, is it the most
    confident one, with both actors, with the source; and of every event coded, how many have the root."""

    label: str
    path: str
    n: int = 0
    root: int = 0
    top: int = 0
    actors: int = 0
    source: int = 0
    coded: int = 0  # events coded on every sentence, those without an event included
    coded_right: int = 0  # of them, events of the sentence's root
    missed: list[str] = field(default_factory=list)  # human-readable, for --verbose

    def figures(self) -> dict[str, float]:
        n = max(self.n, 1)
        recall = self.root / n
        precision = self.coded_right / self.coded if self.coded else 0.0
        return {
            "sentences.root": recall,
            "sentences.top": self.top / n,
            "sentences.actors": self.actors / n,
            "sentences.source": self.source / self.root if self.root else 0.0,
            "sentences.precision": precision,
            "sentences.f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        }


@dataclass
class Report:
    sets: list[SetReport]
    failures: list[str] = field(default_factory=list)
    sentence_sets: list[SentenceSetReport] = field(default_factory=list)

    def figures(self) -> dict[str, dict[str, float]]:
        out = {s.label: s.total.figures() for s in self.sets}
        out.update({s.label: s.figures() for s in self.sentence_sets})
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "sentence_sets": {
                s.label: {"file": s.path, "sentences": s.n, "figures": s.figures()}
                for s in self.sentence_sets
            },
            "sets": {
                s.label: {
                    "gold": s.gold_path,
                    "articles": len(s.articles),
                    "figures": s.total.figures(),
                    "counts": _counts(s.total),
                    "split_persons": s.total.split_persons,
                    "boilerplate_leaks": s.total.boilerplate_leaks,
                }
                for s in self.sets
            },
            "failures": self.failures,
        }


def _counts(score: ArticleScore) -> dict[str, dict[str, int]]:
    out = {}
    for mode, table in (("text", score.quotes_text), ("speaker", score.quotes_speaker)):
        for group, prf in table.items():
            out[f"quotes.{mode}.{group}"] = vars(prf).copy()
    out["events"] = vars(score.events).copy()
    out["actors.recall"] = vars(score.actors_recall).copy()
    out["actors.persons_merged"] = vars(score.persons_merged).copy()
    return out


# --------------------------------------------------------------------------- text helpers


def canon(text: str | None) -> str:
    """Whitespace- and glyph-insensitive form for comparing cleaner output with gold."""
    if text is None:
        return ""
    text = unicodedata.normalize("NFKC", text).translate(_GLYPHS)
    return " ".join(text.split())


def quote_norm(text: str) -> str:
    """Quote text without quotation marks or case, so wrapping marks never decide a match."""
    return " ".join(canon(text).translate(_QUOTE_MARKS).casefold().split())


def overlap_fraction(predicted: str, reference: str) -> float:
    """Longest common run of characters, as a share of the reference quote."""
    p, r = quote_norm(predicted), quote_norm(reference)
    if not p or not r:
        return 0.0
    match = difflib.SequenceMatcher(None, p, r, autojunk=False).find_longest_match(0, len(p), 0, len(r))
    return match.size / len(r)


def key_matches(keys: Iterable[str], names: Iterable[str | None]) -> bool:
    """A key must start a word of the name: 'eu' finds 'EU' and 'European' but not 'Reuters'."""
    lowered = [canon(n).casefold() for n in names if n]
    for key in keys:
        pattern = re.compile(r"(?<![0-9a-z])" + re.escape(canon(key).casefold()))
        if any(pattern.search(n) for n in lowered):
            return True
    return False


# --------------------------------------------------------------------------- matching


def greedy_match(
    n_pred: int, n_gold: int, score: Callable[[int, int], float | None], gold_optional: Sequence[bool]
) -> list[tuple[int, int]]:
    """One-to-one pairs, best score first; ties go to required gold items so recall is not lost to optional ones."""
    candidates = []
    for i in range(n_pred):
        for j in range(n_gold):
            s = score(i, j)
            if s is not None:
                candidates.append((-s, gold_optional[j], i, j))
    candidates.sort()
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, _, i, j in candidates:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


def _tally(
    pairs: list[tuple[int, int]],
    pred_kinds: Sequence[str],
    gold_kinds: Sequence[str],
    gold_optional: Sequence[bool],
    group: Sequence[str],
) -> PRF:
    """A pair counts for a kind group only when both sides are of that group; pairs with optional gold are neutral."""
    prf = PRF()
    paired_p = {i: j for i, j in pairs}
    paired_g = {j: i for i, j in pairs}
    for j, kind in enumerate(gold_kinds):
        if kind not in group or gold_optional[j]:
            continue
        if j in paired_g and pred_kinds[paired_g[j]] in group:
            prf.tp += 1
        else:
            prf.fn += 1
    for i, kind in enumerate(pred_kinds):
        if kind not in group:
            continue
        j = paired_p.get(i)
        if j is None or (not gold_optional[j] and gold_kinds[j] not in group):
            prf.fp += 1
    return prf


def _entity_names(extraction: Extraction, entity: int | None) -> list[str]:
    if entity is None:
        return []
    names = [a.name for a in extraction.actors if a.entity_index == entity]
    names += [m.text for m in extraction.mentions if m.entity_index == entity]
    return names


def _speaker_names(extraction: Extraction, quote: Quote) -> list[str]:
    names = [a.name for a in extraction.actors if a.entity_index == quote.speaker_entity]
    if quote.speaker_mention:
        names.append(quote.speaker_mention)
    return names


def _headline_quote(gold_quote: dict, headlines: Sequence[str | None]) -> bool:
    text = quote_norm(gold_quote["text"])
    return any(text in quote_norm(h or "") for h in headlines)


def score_quotes(
    gold_article: dict,
    extraction: Extraction,
    out: ArticleScore,
    overlap: float | None = None,
    title: str | None = None,
) -> None:
    """``overlap`` (a set's "quote_overlap") makes a match need that share of both the reference and the
    prediction, so a long prediction cannot match by swallowing the reference; else MIN_QUOTE_OVERLAP of the reference.
    ``title``: the headline the cleaner found, for annotations that do not repeat it (the real quote sets), so their
    optional headline items can be matched by headline quotes."""
    gold = gold_article.get("quotes", [])
    preds = extraction.quotes
    optional = [bool(q.get("optional")) for q in gold]
    headlines = [gold_article.get("title", title), gold_article.get("subtitle")]
    in_headline = [_headline_quote(q, headlines) for q in gold]

    def text_score(i: int, j: int) -> float | None:
        p, g = preds[i], gold[j]
        if p.in_headline and not in_headline[j]:
            return None
        frac = overlap_fraction(p.text, g["text"])
        # Rank by overlap relative to both lengths, so a long quote prefers its own gold item
        # over a short partial quote it happens to contain.
        size = frac * len(quote_norm(g["text"]))
        if frac < (overlap or MIN_QUOTE_OVERLAP) or (overlap and size < overlap * len(quote_norm(p.text))):
            return None
        dice = 2 * size / (len(quote_norm(p.text)) + len(quote_norm(g["text"])))
        # A headline quote repeated in the body is annotated twice (optional in the headline);
        # on a tie the headline prediction takes the headline item, leaving the body item to the body.
        return dice + (1e-9 if p.in_headline and optional[j] else 0.0)

    def speaker_ok(i: int, j: int) -> bool:
        # Headline quotes rarely name their speaker in the headline itself; only their text is judged.
        return preds[i].in_headline or key_matches(
            gold[j]["speaker_keys"], _speaker_names(extraction, preds[i])
        )

    def speaker_score(i: int, j: int) -> float | None:
        s = text_score(i, j)
        return s if s is not None and speaker_ok(i, j) else None

    pred_kinds = [p.quote_kind for p in preds]
    gold_kinds = [q["kind"] for q in gold]
    text_pairs = greedy_match(len(preds), len(gold), text_score, optional)
    speaker_pairs = greedy_match(len(preds), len(gold), speaker_score, optional)
    for group, kinds in KIND_GROUPS.items():
        out.quotes_text[group] += _tally(text_pairs, pred_kinds, gold_kinds, optional, kinds)
        out.quotes_speaker[group] += _tally(speaker_pairs, pred_kinds, gold_kinds, optional, kinds)
    for i, j in text_pairs:
        out.quote_kind_agreement += Rate(int(pred_kinds[i] == gold_kinds[j]), 1)
    _score_attributions(text_pairs, gold, optional, speaker_ok, len(preds), out)
    for i, j in text_pairs:
        if not speaker_ok(i, j):
            out.missed.append(
                f"speaker of {gold[j]['text'][:50]!r}: {_speaker_names(extraction, preds[i])[:2]} for {gold[j]['speaker_keys'][0]}"
            )
    found = {j for _, j in speaker_pairs}
    for j, q in enumerate(gold):
        if j not in found and not optional[j]:
            out.missed.append(f"quote[{q['kind']}] {q['text'][:60]!r} ({q['speaker_keys'][0]})")


def _score_attributions(
    pairs: list[tuple[int, int]],
    gold: list[dict],
    optional: Sequence[bool],
    speaker_ok: Callable[[int, int], bool],
    n_pred: int,
    out: ArticleScore,
) -> None:
    """Recall by annotated kind, whatever kind was predicted; precision over every prediction (a match
    with an optional item counts); speaker accuracy over the matches."""
    matched = {j: i for i, j in pairs}
    for name, kinds in ATTRIBUTION_KINDS.items():
        for j, q in enumerate(gold):
            # "other" items are optional by design; other optional items (headline repeats) are not counted
            if q["kind"] in kinds and (not optional[j] or q["kind"] == "other"):
                out.attribution[f"recall.{name}"] += Rate(int(j in matched), 1)
    out.attribution["precision"] += Rate(len(pairs), n_pred)
    for i, j in pairs:
        out.attribution["speaker"] += Rate(int(speaker_ok(i, j)), 1)


def _event_ok(extraction: Extraction, event: Event, gold_event: dict, with_actors: bool) -> bool:
    if event.cameo_code[:2] != gold_event["cameo_root"]:
        return False
    if not with_actors:
        return True
    for side, entity in (("actor1_keys", event.actor1_entity), ("actor2_keys", event.actor2_entity)):
        keys = gold_event.get(side) or []
        if keys and not key_matches(keys, _entity_names(extraction, entity)):
            return False
    return True


def score_events(
    gold_article: dict, extraction: Extraction, out: ArticleScore, unannotated_roots: frozenset = frozenset()
) -> None:
    gold = gold_article.get("events", [])
    preds = [e for e in extraction.events if e.cameo_code[:2] not in unannotated_roots]
    optional = [bool(e.get("optional")) for e in gold]
    for with_actors, target in ((True, out.events), (False, out.events_root_only)):

        def score(i: int, j: int, with_actors: bool = with_actors) -> float | None:
            if not _event_ok(extraction, preds[i], gold[j], with_actors):
                return None
            # Prefer the pairing whose sentence holds the annotated trigger.
            return overlap_fraction(preds[i].sentence_text, gold[j]["trigger"])

        pairs = greedy_match(len(preds), len(gold), score, optional)
        target += _tally(pairs, ["event"] * len(preds), ["event"] * len(gold), optional, ("event",))
        if with_actors:
            found = {j for _, j in pairs}
            for j, e in enumerate(gold):
                if j not in found and not optional[j]:
                    out.missed.append(f"event {e['cameo_root']} {e['trigger'][:50]!r}")


_LEADING_ARTICLE = re.compile(r"^(the|a|an)\s+")
_POSSESSIVE = re.compile(r"'s?$")


def _name_norm(text: str) -> str:
    text = canon(text).casefold().strip(" .,;:\"'()[]")
    text = _POSSESSIVE.sub("", _LEADING_ARTICLE.sub("", text))
    return " ".join(text.split())


def _contiguous_part(part: str, whole: str, min_words: int) -> bool:
    p, w = part.split(), whole.split()
    if len(p) < min_words or len(p) > len(w):
        return False
    return any(w[k : k + len(p)] == p for k in range(len(w) - len(p) + 1))


def actor_matches(gold_actor: dict, names: Iterable[str]) -> bool:
    """Equal to the name or an alias; a person also by part of the name (a surname), an organisation
    by two or more of its words ('Health Ministry') but never by one (its country's name)."""
    full = _name_norm(gold_actor["name"])
    aliases = {full} | {_name_norm(a) for a in gold_actor.get("aliases_in_text", [])}
    min_words = 1 if gold_actor.get("type") == "person" else 2
    for name in names:
        n = _name_norm(name)
        if n and (n in aliases or _contiguous_part(n, full, min_words)):
            return True
    return False


def score_actors(gold_article: dict, extraction: Extraction, out: ArticleScore) -> None:
    per_actor = [(a, _entity_names(extraction, a.entity_index)) for a in extraction.actors]
    for g in gold_article.get("actors", []):
        hits = {a.entity_index for a, names in per_actor if actor_matches(g, names)}
        out.actors_recall += Rate(int(bool(hits)), 1)
        if not hits:
            out.missed.append(f"actor {g['name']!r}")
        if g.get("type") == "person":
            out.persons_merged += Rate(int(len(hits) == 1), 1)
            if len(hits) > 1:
                out.split_persons.append(f"{g['name']} -> {len(hits)} actors")


def score_cleaner(gold_article: dict, clean: CleanArticle, out: ArticleScore) -> None:
    for name in HEADER_FIELDS:
        want, got = gold_article.get(name), getattr(clean, name)
        same = canon(want) == canon(got)
        out.fields[name] += Rate(int(same), 1)
        if not same:
            out.missed.append(f"{name}: want {want!r} got {got!r}")
    paragraphs = [canon(p) for p in clean.paragraphs if p.strip()]
    first = canon(gold_article.get("body_first_line"))
    last = canon(gold_article.get("body_last_line"))
    out.first_line += Rate(int(bool(paragraphs) and paragraphs[0].startswith(first)), 1)
    out.last_line += Rate(int(bool(paragraphs) and paragraphs[-1].endswith(last)), 1)
    kept = " ".join([canon(getattr(clean, f)) for f in HEADER_FIELDS] + paragraphs)
    out.boilerplate_leaks += [b for b in gold_article.get("boilerplate", []) if canon(b) in kept]


def score_article(
    gold_article: dict,
    clean: CleanArticle,
    extraction: Extraction,
    unannotated_roots: frozenset = frozenset(),
    overlap: float | None = None,
) -> ArticleScore:
    """Each part is scored when the annotation has it: a set of real articles annotated for quotes only
    says nothing about the cleaner, events or actors."""
    out = ArticleScore(gold_article["file"])
    if "title" in gold_article:
        score_cleaner(gold_article, clean, out)
    score_quotes(gold_article, extraction, out, overlap, clean.title)
    if "events" in gold_article:
        score_events(gold_article, extraction, out, unannotated_roots)
    if "actors" in gold_article:
        score_actors(gold_article, extraction, out)
    return out


def unannotated_statement_roots(gold: dict) -> frozenset:
    """Root 01 (public statements) when a reference set never annotates it.

    Some annotators code only substantive events; a predicted "X said …" (010) is then
    neither right nor wrong against that set, so it is left out instead of counted as false.
    """
    roots = {e["cameo_root"] for a in gold["articles"] for e in a.get("events", [])}
    return frozenset() if STATEMENT_ROOT in roots else frozenset({STATEMENT_ROOT})


def score_set(
    label: str, gold: dict, predictions: Sequence[tuple[CleanArticle, Extraction]], gold_path: str = ""
) -> SetReport:
    skipped = unannotated_statement_roots(gold)
    overlap = gold.get("quote_overlap")
    articles = [
        score_article(g, c, x, skipped, overlap)
        for g, (c, x) in zip(gold["articles"], predictions, strict=True)
    ]
    total = ArticleScore("all")
    for a in articles:
        total += a
    return SetReport(label, gold_path, articles, total, skipped)


# --------------------------------------------------------------------------- runner


def set_label(gold_path: Path) -> str:
    """'gold_seeds' for gold_seeds.json, 'gold_extra' for gold_extra/gold.json: the keys floors use."""
    return gold_path.parent.name if gold_path.stem == "gold" else gold_path.stem


def resolve_raw_dir(gold: dict, gold_path: Path, raw_dir: Path | None) -> Path:
    """Articles sit beside their gold file when they were written for it, otherwise in the raw folder."""
    if raw_dir is not None:
        return raw_dir
    files = [a["file"] for a in gold["articles"]]
    if all((gold_path.parent / f).exists() for f in files):
        return gold_path.parent
    from newsroom.config import load_settings

    return load_settings().raw_dir


def checked(extractions: list[Extraction]) -> list[Extraction]:
    """The product refuses an article whose extraction failed; a score must not count it as
    an article with nothing in it."""
    failed = [(i, e.error) for i, e in enumerate(extractions) if e.error]
    if failed:
        raise RuntimeError(
            f"extraction failed on {len(failed)} text(s), first #{failed[0][0]}: {failed[0][1]}"
        )
    return extractions


def run_product(texts: Sequence[str]) -> list[tuple[CleanArticle, Extraction]]:
    # Imported here: these modules are developed in parallel and the scoring core must not need them.
    from newsroom.clean import clean_text
    from newsroom.extract import ArticleInput, extract_batch

    cleaned = [clean_text(t) for t in texts]
    inputs = [ArticleInput(body=c.body, title=c.title, published_at=None, byline=c.byline) for c in cleaned]
    extractions = checked(extract_batch(inputs))
    return list(zip(cleaned, extractions, strict=True))


def _mentions_of(extraction: Extraction, entity: int | None) -> list[str]:
    if entity is None:
        return []
    names = _entity_names(extraction, entity) + [
        m.text for m in extraction.mentions if m.entity_index == entity
    ]
    return [n.casefold() for n in names if n]


def _names_actor(expected: str, names: list[str]) -> bool:
    """The annotation gives the actor as written ("Kyiv", "riot police"); any overlap with a name or mention counts."""
    want = expected.casefold()
    return any(want in n or n in want for n in names)


def score_sentence(row: dict[str, str], extraction: Extraction, out: SentenceSetReport) -> None:
    events = extraction.events
    out.coded += len(events)
    if row["root"] == NO_EVENT:
        if events:
            coded = ", ".join(e.cameo_code for e in events)
            out.missed.append(f"no event (coded {coded}): {row['text']}")
        return
    hits = [e for e in events if e.cameo_code[:2] == row["root"]]
    best = max(events, key=lambda e: e.confidence) if events else None
    out.n += 1
    out.root += bool(hits)
    out.coded_right += len(hits)
    out.top += best is not None and best.cameo_code[:2] == row["root"]
    sources = [e for e in hits if _names_actor(row["actor1"], _mentions_of(extraction, e.actor1_entity))]
    out.source += bool(sources)
    actors = any(
        not row["actor2"] or _names_actor(row["actor2"], _mentions_of(extraction, e.actor2_entity))
        for e in sources
    )
    out.actors += actors
    if not actors:
        coded = ", ".join(e.cameo_code for e in events) or "nothing"
        out.missed.append(
            f"{'actors' if hits else 'root'} {row['root']} {row['actor1']} -> {row['actor2'] or '-'}"
            f" (coded {coded}): {row['text']}"
        )


def read_sentence_set(path: Path) -> list[dict[str, str]]:
    """TSV rows: root (``--`` for a sentence with no codable event), actor1, actor2 (empty =
    none/any), sentence; '#' lines are comments."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        root, actor1, actor2, text = line.split("\t")
        rows.append({"root": root, "actor1": actor1, "actor2": actor2, "text": text})
    return rows


def evaluate_sentences(path: Path | str) -> SentenceSetReport:
    from newsroom.extract import ArticleInput, extract_batch

    path = Path(path)
    rows = read_sentence_set(path)
    report = SentenceSetReport(label=f"events_{path.stem}", path=str(path))
    extractions = checked(
        extract_batch([ArticleInput(body=r["text"], title=None, published_at=None) for r in rows])
    )
    for row, extraction in zip(rows, extractions, strict=True):
        score_sentence(row, extraction, report)
    return report


def evaluate(gold_path: Path | str, raw_dir: Path | str | None = None) -> Report:
    gold_path = Path(gold_path)
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    folder = resolve_raw_dir(gold, gold_path, Path(raw_dir) if raw_dir is not None else None)
    texts = [(folder / a["file"]).read_text(encoding="utf-8") for a in gold["articles"]]
    return Report(
        [score_set(gold.get("label") or set_label(gold_path), gold, run_product(texts), str(gold_path))]
    )


# --------------------------------------------------------------------------- floors and output


def parse_bound(spec: str) -> tuple[str, str, float]:
    """'gold_seeds:events.f1=0.7' -> (set label, metric, value)."""
    try:
        target, value = spec.rsplit("=", 1)
        label, metric = target.split(":", 1)
        return label, metric, float(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"expected SET:METRIC=VALUE, got {spec!r}") from exc


def load_bounds(path: Path) -> list[tuple[str, str, str, float]]:
    """Floors file: {SET: {"min": {METRIC: v}, "max": {METRIC: v}}}; keys starting with '_' are comments."""
    data = json.loads(path.read_text(encoding="utf-8"))
    bounds = []
    for label, spec in data.items():
        if label.startswith("_"):
            continue
        for kind in ("min", "max"):
            for metric, value in (spec.get(kind) or {}).items():
                bounds.append((kind, label, metric, float(value)))
    return bounds


def check_bounds(
    report: Report, bounds: Iterable[tuple[str, str, str, float]], every_set_run: bool = False
) -> list[str]:
    """With `every_set_run`, a bound on a set the run did not produce fails: a label typo would skip its floors."""
    figures = report.figures()
    failures = []
    for kind, label, metric, limit in bounds:
        if label not in figures:
            if every_set_run:
                failures.append(f"{label}: no such set among the reference sets")
            continue
        if metric not in figures[label]:
            failures.append(f"{label}:{metric}: no such metric")
            continue
        value = figures[label][metric]
        if (kind == "min" and value < limit) or (kind == "max" and value > limit):
            word = "below floor" if kind == "min" else "above ceiling"
            failures.append(f"{label}:{metric} = {value:.3f} {word} {limit:g}")
    return failures


def format_table(report: Report, verbose: bool = False) -> str:
    lines = []
    for s in report.sets:
        f = s.total.figures()
        lines.append(f"== {s.label} ({len(s.articles)} articles, {s.gold_path})")
        lines.append(f"{'quotes':<30}{'P':>7}{'R':>7}{'F1':>7}   tp/fp/fn")
        for mode, table in (("text only", s.total.quotes_text), ("text+speaker", s.total.quotes_speaker)):
            for group, prf in table.items():
                name = f"{mode} {group}"
                lines.append(
                    f"  {name:<28}{prf.precision:7.3f}{prf.recall:7.3f}{prf.f1:7.3f}   {prf.tp}/{prf.fp}/{prf.fn}"
                )
        lines.append(f"  kind agreement on matches {f['quotes.kind_agreement']:.3f}")
        rates = "  ".join(
            f"{name} {r.value:.3f} ({r.hits}/{r.total})" for name, r in s.total.attribution.items()
        )
        lines.append(f"attributions by annotated kind: {rates}")
        if any(vars(s.total.events).values()):
            for name, prf in (
                ("events (a1, a2, root)", s.total.events),
                ("events (root only)", s.total.events_root_only),
            ):
                lines.append(
                    f"{name:<30}{prf.precision:7.3f}{prf.recall:7.3f}{prf.f1:7.3f}   {prf.tp}/{prf.fp}/{prf.fn}"
                )
            if s.unscored_roots:
                lines.append(
                    f"  (predicted root {', '.join(sorted(s.unscored_roots))} events not scored: this set does not annotate them)"
                )
        ar, pm = s.total.actors_recall, s.total.persons_merged
        if ar.total:
            lines.append(
                f"actors recall {ar.value:.3f} ({ar.hits}/{ar.total}); persons as one actor {pm.value:.3f} ({pm.hits}/{pm.total})"
            )
        if s.total.first_line.total:
            fields = "  ".join(f"{n} {s.total.fields[n].value:.2f}" for n in HEADER_FIELDS)
            lines.append(
                f"cleaner {fields}  first {s.total.first_line.value:.2f}  last {s.total.last_line.value:.2f}"
                f"  boilerplate leaks {len(s.total.boilerplate_leaks)}"
            )
        details = s.total.split_persons + s.total.boilerplate_leaks
        if verbose:
            details += s.total.missed
        lines += [f"    {d}" for d in details]
        lines.append("")
    if report.sentence_sets:
        columns = ("root", "top", "actors", "source", "precision", "f1")
        header = "".join(f"{c:>10}" for c in ("root R", "top", "+actors", "source", "root P", "root F1"))
        lines.append(f"{'event sentences (one event each)':<40}{'n':>5}{header}")
        for s in report.sentence_sets:
            f = s.figures()
            figures = "".join(f"{f['sentences.' + c]:10.3f}" for c in columns)
            lines.append(f"  {Path(s.path).name:<38}{s.n:5d}{figures}")
            if verbose:
                lines += [f"    {m}" for m in s.missed]
        lines.append("")
    lines += [f"FAIL {x}" for x in report.failures]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="newsroom eval", description=__doc__.splitlines()[0])
    parser.add_argument(
        "gold",
        nargs="*",
        type=Path,
        help="gold files: article sets (.json) and event sentence sets (.tsv); default: all in evaldata/",
    )
    parser.add_argument(
        "--raw-dir",
        type=Path,
        help="folder of the articles (default: beside the gold file, else the raw folder)",
    )
    parser.add_argument("--json", action="store_true", help="print figures as JSON")
    parser.add_argument("--verbose", "-v", action="store_true", help="list missed items")
    parser.add_argument(
        "--floors", type=Path, default=None, help=f"floors file (default {DEFAULT_FLOORS.name} if present)"
    )
    parser.add_argument("--no-floors", action="store_true", help="ignore the floors file")
    parser.add_argument("--floor", type=parse_bound, action="append", default=[], metavar="SET:METRIC=MIN")
    parser.add_argument("--ceiling", type=parse_bound, action="append", default=[], metavar="SET:METRIC=MAX")
    args = parser.parse_args(argv)

    report = Report([])
    try:
        for path in args.gold or (*DEFAULT_GOLD, *DEFAULT_SENTENCE_SETS):
            if path.suffix == ".tsv":
                report.sentence_sets.append(evaluate_sentences(path))
            else:
                report.sets += evaluate(path, args.raw_dir).sets
    except ImportError as exc:
        print(f"cannot run the cleaner/extractor: {exc}", file=sys.stderr)
        return 2
    bounds: list[tuple[str, str, str, float]] = []
    floors_file = args.floors or (DEFAULT_FLOORS if DEFAULT_FLOORS.exists() else None)
    if floors_file and not args.no_floors:
        bounds += load_bounds(floors_file)
    bounds += [("min", *b) for b in args.floor] + [("max", *b) for b in args.ceiling]
    report.failures = check_bounds(report, bounds, every_set_run=not args.gold)
    print(json.dumps(report.to_json(), indent=1) if args.json else format_table(report, args.verbose))
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main())
