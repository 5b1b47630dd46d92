"""Train and test a learned quote speaker ranker on the hand-annotated real quote sets (issue #16).

    python scripts/train_speaker_ranker.py          # oracle ceiling, leave-one-set-out table, all-set weights
    python scripts/train_speaker_ranker.py --show-changes  # and every speaker a held-out model would change
    python scripts/train_speaker_ranker.py --without-rules # the same model without the rules' pick as a feature

For every body quote the product extracts that matches an annotated item as ``newsroom eval`` matches them, the
candidates are the rules' speaker and every actor mentioned from two sentences of narration before the quote to the
end of the sentence it ends in; a candidate is right when the item's ``speaker_keys`` name it (the evaluator's test).
The model is a conditional logit (a softmax over one quote's candidates; the likelihood of the right ones) with the
rules' choice as one feature, L2-regularised, fitted with scipy's L-BFGS from zero weights: deterministic, no other
dependency. Under leave-one-set-out it did not beat the rules (QUALITY.md, "spkrank"), so the product does not use
it; this script keeps the measurement reproducible for a later attempt with better features or more data.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy.optimize import minimize
from spacy.tokens import Token

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import newsroom.extract as extract_module  # noqa: E402
import newsroom.extract.quotes as quotes_module  # noqa: E402
from newsroom.evaluate import greedy_match, key_matches, overlap_fraction, quote_norm, run_product  # noqa: E402
from newsroom.extract.actors.registry import ActorMention  # noqa: E402
from newsroom.extract.quotes.context import Context  # noqa: E402
from newsroom.extract.quotes.cues import is_cue  # noqa: E402
from newsroom.models import Extraction, Quote  # noqa: E402

SETS = ("dev", "dev2", "sealed", "sealed3", "sealed4", "sealed5", "sealed6", "sealed7")
QUOTE_SETS = ROOT / "evaldata" / "real_quotes"
L2 = 1.0  # penalty on the squared weights, in units of one quote's log loss
WINDOW_SENTENCES = 2  # sentences of narration looked back over, besides the quote's own
PRONOUN_SEX = {"he": "m", "she": "f"}
FEATURES = (
    "rule",
    "rule_unresolved",
    "rule_empty",
    "rule_pronoun",
    "rule_indirect",
    "rule_partial",
    "same_sentence",
    "previous_sentence",
    "earlier_sentence",
    "after_quote",
    "log_distance",
    "inside_this_quote",
    "only_in_quotations",
    "cue_subject",
    "cue_subject_same_sentence",
    "governing_cue_subject",
    "clause_subject",
    "cue_object",
    "modifier",
    "name",
    "description",
    "pronoun",
    "person",
    "organisation",
    "country",
    "log_mentions",
    "spoke_before",
    "last_speaker",
    "same_paragraph",
    "nearest_person_before",
    "pronoun_sex_agrees",
    "pronoun_sex_disagrees",
    "they_for_person",
)


@dataclass
class Candidate:
    """One possible speaker of a quote: an actor (None: the rules' unresolved phrase) and the words naming it."""

    entity: int | None
    mention: str | None
    features: dict[str, float]


def document_mentions(ctx: Context) -> list[ActorMention]:
    """Every actor mention of the document in text order (each once)."""
    seen: dict[int, ActorMention] = {}
    for token in ctx.doc:
        mention = ctx.actors.mention_for_token(token)
        if mention is not None and id(mention) not in seen:
            seen[id(mention)] = mention
    return sorted(seen.values(), key=lambda m: m.start)


def speaker_candidates(ctx: Context, quote: Quote, mentions: list[ActorMention]) -> list[Candidate]:
    """The rules' speaker and every actor mentioned from two sentences of narration before the quote to the end of
    the sentence it ends in, with the features the model weighs."""
    doc, actors = ctx.doc, ctx.actors
    first, last = ctx.token_at(quote.start_char), ctx.token_at(max(quote.start_char, quote.end_char - 1))
    sentence = actors.sentence_index(first)
    lo = actors.sent_starts[actors.window_start(first, WINDOW_SENTENCES)]
    end_sentence = actors.sentence_index(last)
    hi = actors.sent_starts[end_sentence + 1] if end_sentence + 1 < len(actors.sent_starts) else len(doc)
    counts: dict[int, int] = {}
    for m in mentions:
        counts[m.actor.index] = counts.get(m.actor.index, 0) + 1
    window = mentions[bisect_right([m.start for m in mentions], lo - 1) :]
    by_entity: dict[int, list[ActorMention]] = {}
    for m in window:
        if m.start >= hi:
            break
        by_entity.setdefault(m.actor.index, []).append(m)
    spoke, last_speaker = _previous_speakers(ctx, first)
    nearest_person = next(
        (
            m.actor.index
            for m in reversed(window)
            if m.start < first and m.actor.actor_type == "person" and m.start not in ctx.quoted
        ),
        None,
    )
    rule_words = (quote.speaker_mention or "").lower()
    governing = _governing_subjects(ctx, first, last)
    context = _QuoteContext(quote, first, last, sentence, ctx.paragraph_of(quote.start_char), rule_words)
    candidates = []
    for entity, found in by_entity.items():
        c = _candidate(ctx, context, entity, found, counts[entity])
        c.features["spoke_before"] = float(entity in spoke)
        c.features["last_speaker"] = float(entity == last_speaker)
        c.features["nearest_person_before"] = float(entity == nearest_person)
        c.features["governing_cue_subject"] = float(entity == governing[0])
        c.features["clause_subject"] = float(entity == governing[1])
        candidates.append(c)
    if quote.speaker_entity is not None and quote.speaker_entity not in by_entity:
        candidates.append(
            Candidate(quote.speaker_entity, quote.speaker_mention, {"rule": 1.0, **_rule_features(context)})
        )
    if quote.speaker_entity is None:
        candidates.append(
            Candidate(
                None,
                quote.speaker_mention,
                {
                    "rule": 1.0,
                    "rule_unresolved": float(bool(quote.speaker_mention)),
                    "rule_empty": float(not quote.speaker_mention),
                    **_rule_features(context),
                },
            )
        )
    return candidates


@dataclass
class _QuoteContext:
    quote: Quote
    first: int
    last: int
    sentence: int
    paragraph: int
    rule_words: str


def _rule_features(context: _QuoteContext) -> dict[str, float]:
    kind = context.quote.quote_kind
    return {
        "rule_pronoun": float(context.rule_words in ("he", "she", "they", "it", "we", "i")),
        "rule_indirect": float(kind == "indirect"),
        "rule_partial": float(kind == "partial"),
    }


def _candidate(
    ctx: Context, context: _QuoteContext, entity: int, found: list[ActorMention], count: int
) -> Candidate:
    """Features of one actor from its mentions in the window: the nearest outside the quote stands for it, any
    one of them may be a reporting verb's subject."""
    doc, actors, quote = ctx.doc, ctx.actors, context.quote
    outside = [m for m in found if not (context.first <= m.start <= context.last)]
    near = min(outside or found, key=lambda m: _distance(m, context))
    named = next(
        (m for m in sorted(outside or found, key=lambda m: _distance(m, context)) if m.kind != "pronoun"),
        near,
    )
    sentence = actors.sentence_index(near.start)
    roots = [(m, doc[m.start : m.end].root) for m in found if m.start not in ctx.quoted]
    subjects = [m for m, r in roots if _cue_subject(r)]
    actor_type = actors.actor_type(entity)
    sex = actors.sex(entity)
    rule = entity == quote.speaker_entity
    f = {
        "rule": float(rule),
        "same_sentence": float(sentence >= context.sentence),
        "previous_sentence": float(sentence == context.sentence - 1),
        "earlier_sentence": float(sentence < context.sentence - 1),
        "after_quote": float(near.start > context.last),
        "log_distance": math.log1p(_distance(near, context)) / 5,
        "inside_this_quote": float(not outside),
        "only_in_quotations": float(not roots),
        "cue_subject": float(bool(subjects)),
        "cue_subject_same_sentence": float(
            any(actors.sentence_index(m.start) >= context.sentence for m in subjects)
        ),
        "cue_object": float(any(_cue_object(r) for _, r in roots)),
        "modifier": float(bool(roots) and all(r.dep_ in ("poss", "compound") for _, r in roots)),
        "name": float(near.kind == "name"),
        "description": float(near.kind == "description"),
        "pronoun": float(near.kind == "pronoun"),
        "person": float(actor_type == "person"),
        "organisation": float(actor_type in ("organization", "group")),
        "country": float(actor_type == "country"),
        "log_mentions": math.log1p(count) / 3,
        "same_paragraph": float(ctx.paragraph_of(doc[near.start].idx) == context.paragraph),
        "pronoun_sex_agrees": float(PRONOUN_SEX.get(context.rule_words) == sex and sex is not None),
        "pronoun_sex_disagrees": float(
            context.rule_words in PRONOUN_SEX and sex is not None and PRONOUN_SEX[context.rule_words] != sex
        ),
        "they_for_person": float(context.rule_words == "they" and actor_type == "person"),
    }
    if rule:
        f.update(_rule_features(context))
    mention = quote.speaker_mention if rule else actors.mention_text(named)
    return Candidate(entity, mention, f)


MAX_CLIMB = 8  # heads looked at above a quote


def _governing_subjects(ctx: Context, first: int, last: int) -> tuple[int | None, int | None]:
    """The actors that are subjects of the verbs a quote hangs on: of the nearest reporting verb above it ("X
    called it 'a mistake'", '"...," X said'), and of the nearest verb with a subject at all."""
    token = ctx.doc[first : last + 1].root
    cue_subject = clause_subject = None
    for _ in range(MAX_CLIMB):
        if token.head.i == token.i:
            break
        token = token.head
        subject = next((c for c in token.children if c.dep_ == "nsubj" and c.i not in ctx.quoted), None)
        if subject is None:
            continue
        mention = ctx.actors.mention_for_token(subject)
        entity = mention.actor.index if mention is not None else None
        if clause_subject is None:
            clause_subject = entity
        if cue_subject is None and is_cue(token):
            return entity, clause_subject
    return cue_subject, clause_subject


def _distance(m: ActorMention, context: _QuoteContext) -> int:
    if m.end <= context.first:
        return context.first - m.end
    if m.start > context.last:
        return m.start - context.last
    return 0


def _cue_subject(root: Token) -> bool:
    """Subject of a reporting verb, the agent of a passive one, or the source of 'according to'."""
    if root.dep_ == "nsubj":
        return is_cue(root.head)
    if root.dep_ == "pobj":
        head = root.head
        return (
            head.dep_ == "agent"
            and is_cue(head.head)
            or head.lower_ == "to"
            and head.head.lower_ == "according"
        )
    if root.dep_ == "appos":
        return root.head.dep_ == "nsubj" and is_cue(root.head.head)
    return False


def _cue_object(root: Token) -> bool:
    """Whom a reporting verb is addressed to ('told Reuters', 'said to the court'), or its passive subject."""
    if root.dep_ in ("dobj", "dative", "nsubjpass"):
        return is_cue(root.head)
    return root.dep_ == "pobj" and root.head.dep_ == "prep" and is_cue(root.head.head)


def _previous_speakers(ctx: Context, first: int) -> tuple[set[int], int | None]:
    """Actors who spoke (a resolved reporting verb) before the quote, and the last of them."""
    pos = bisect_right(ctx.cue_order, first - 1)
    spoke: set[int] = set()
    last = None
    for i in ctx.cue_order[:pos]:
        speaker = ctx.cue_speakers.get(i)
        if speaker is not None and speaker.entity is not None:
            spoke.add(speaker.entity)
            last = speaker.entity
    return spoke, last


class _recording:
    """While active, every extracted document's body quotes are recorded with their candidates (the product's
    own code runs unchanged: the hooks only look at the quote context and the quotes it returns)."""

    def __init__(self, out: list[dict[tuple[int, int], list[Candidate]]]):
        self.out, self.contexts = out, []

    def __enter__(self) -> None:
        self.resolve, self.extract = quotes_module.resolve_cue_speakers, extract_module.extract_quotes

        def resolve(ctx: Context) -> None:
            self.contexts.append(ctx)
            self.resolve(ctx)

        def extract(*args, **kwargs) -> list[Quote]:
            found = self.extract(*args, **kwargs)
            body = [q for q in found if not q.in_headline]
            ctx = self.contexts[-1] if body else None
            mentions = document_mentions(ctx) if ctx is not None else []
            self.out.append({(q.start_char, q.end_char): speaker_candidates(ctx, q, mentions) for q in body})
            return found

        quotes_module.resolve_cue_speakers, extract_module.extract_quotes = resolve, extract

    def __exit__(self, *exc: object) -> None:
        quotes_module.resolve_cue_speakers, extract_module.extract_quotes = self.resolve, self.extract


def extract_with_candidates(text: str) -> tuple[Extraction, dict[tuple[int, int], list[Candidate]]]:
    """The product's extraction of one raw text, and each body quote's candidates keyed by its character span."""
    recorded: list[dict[tuple[int, int], list[Candidate]]] = []
    with _recording(recorded):
        ((_, extraction),) = run_product([text])
    return extraction, recorded[0]


@dataclass
class Group:
    """One matched quote: its candidates' feature rows, which of them the annotation names, which is the rules'."""

    x: np.ndarray
    right: np.ndarray
    rule: int
    text: str
    names: list[str]


def collect(name: str) -> list[Group]:
    """The matched body quotes of one set, with their candidates."""
    gold_path = QUOTE_SETS / name / "gold.json"
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    texts = [(gold_path.parent / a["file"]).read_text(encoding="utf-8") for a in gold["articles"]]
    predictions, recorded = [], []
    for text in texts:
        extraction, candidates = extract_with_candidates(text)
        predictions.append(extraction)
        recorded.append(candidates)
    groups = []
    for article, extraction, candidates in zip(gold["articles"], predictions, recorded, strict=True):
        names = {}
        for actor in extraction.actors:
            names.setdefault(actor.entity_index, []).append(actor.name)
        for i, j in _text_pairs(article, extraction.quotes, gold.get("quote_overlap")):
            quote = extraction.quotes[i]
            if quote.in_headline:
                continue
            found = candidates[(quote.start_char, quote.end_char)]
            keys = article["quotes"][j]["speaker_keys"]
            right = [key_matches(keys, [*names.get(c.entity, []), c.mention]) for c in found]
            rule = next(n for n, c in enumerate(found) if c.features["rule"])
            x = np.array([[c.features.get(f, 0.0) for f in FEATURES] for c in found])
            groups.append(Group(x, np.array(right), rule, quote.text[:60], [c.mention or "" for c in found]))
    return groups


def _text_pairs(article: dict, preds: list, overlap: float) -> list[tuple[int, int]]:
    """Prediction-item pairs as ``newsroom eval`` matches quote texts (the set's overlap on both sides)."""
    gold = article.get("quotes", [])
    optional = [bool(q.get("optional")) for q in gold]

    def text_score(i: int, j: int) -> float | None:
        p, g = preds[i].text, gold[j]["text"]
        frac = overlap_fraction(p, g)
        size = frac * len(quote_norm(g))
        if frac < overlap or size < overlap * len(quote_norm(p)):
            return None
        return 2 * size / (len(quote_norm(p)) + len(quote_norm(g)))

    return greedy_match(len(preds), len(gold), text_score, optional)


def fit(groups: list[Group]) -> np.ndarray:
    """Weights maximising the log likelihood of a right candidate per quote, minus L2 times their squares."""
    usable = [g for g in groups if g.right.any() and len(g.right) > 1]
    width = len(FEATURES)

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        total, grad = L2 * w @ w, 2 * L2 * w
        for g in usable:
            s = g.x @ w
            s -= s.max()
            p = np.exp(s)
            p /= p.sum()
            q = p * g.right
            right = q.sum()
            total -= np.log(right)
            grad -= (q / right - p) @ g.x
        return total, grad

    result = minimize(loss, np.zeros(width), jac=True, method="L-BFGS-B")
    return result.x


def choose(g: Group, w: np.ndarray) -> int:
    """The ranker's pick: the highest score, the rules' candidate on a tie."""
    s = g.x @ w
    best = s.max()
    return g.rule if s[g.rule] >= best - 1e-12 else int(np.argmax(s))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--show-changes", action="store_true", help="list every speaker a held-out model changes"
    )
    parser.add_argument(
        "--without-rules",
        action="store_true",
        help="hide the rules' pick from the model (a purely learned choice)",
    )
    args = parser.parse_args()
    data = {name: collect(name) for name in SETS}
    if args.without_rules:
        hidden = [n for n, f in enumerate(FEATURES) if f.startswith("rule")]
        for g in (g for groups in data.values() for g in groups):
            g.x[:, hidden] = 0.0
    print("set       quotes  rules  wrong  right-speaker-a-candidate  oracle")
    for name, groups in data.items():
        rule_ok = sum(bool(g.right[g.rule]) for g in groups)
        wrong = [g for g in groups if not g.right[g.rule]]
        reachable = sum(bool(g.right.any()) for g in wrong)
        oracle = (rule_ok + reachable) / len(groups)
        print(
            f"{name:9} {len(groups):6} {rule_ok / len(groups):6.3f} {len(wrong):5} {reachable:10}"
            f"                {oracle:.3f}"
        )
    print("\nleave one set out: speaker accuracy on matched body quotes")
    print("set       rules  ranker  changed  fixed  broken")
    totals = np.zeros(4, dtype=int)
    for name, groups in data.items():
        w = fit([g for other, gs in data.items() if other != name for g in gs])
        rule_ok = sum(bool(g.right[g.rule]) for g in groups)
        picks = [choose(g, w) for g in groups]
        ranked_ok = sum(bool(g.right[p]) for g, p in zip(groups, picks, strict=True))
        changed = [(g, p) for g, p in zip(groups, picks, strict=True) if p != g.rule]
        fixed = sum(bool(g.right[p]) and not g.right[g.rule] for g, p in changed)
        broken = sum(bool(g.right[g.rule]) and not g.right[p] for g, p in changed)
        totals += (len(groups), rule_ok, ranked_ok, 0)
        print(
            f"{name:9} {rule_ok / len(groups):.3f}  {ranked_ok / len(groups):.3f}  {len(changed):7} {fixed:6} {broken:6}"
        )
        if args.show_changes:
            for g, p in changed:
                print(
                    f"    {g.names[g.rule]!r} -> {g.names[p]!r} ({'right' if g.right[p] else 'wrong'}): {g.text!r}"
                )
    print(f"all       {totals[1] / totals[0]:.3f}  {totals[2] / totals[0]:.3f}  ({totals[0]} quotes)")
    print("\nweights fitted on all sets")
    weights = fit([g for gs in data.values() for g in gs])
    for name, value in sorted(zip(FEATURES, weights, strict=True), key=lambda p: -abs(p[1])):
        print(f"  {name:28} {value:+.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
