"""Scoring functions of the evaluation, on hand-built predictions, and the gold files' own consistency."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from newsroom.evaluate import (
    DEFAULT_GOLD,
    DEFAULT_SENTENCE_SETS,
    PRF,
    Report,
    SentenceSetReport,
    check_bounds,
    checked,
    key_matches,
    load_bounds,
    overlap_fraction,
    parse_bound,
    read_sentence_set,
    score_article,
    score_sentence,
    score_set,
    set_label,
)
from newsroom.models import ArticleActor, CleanArticle, Event, Extraction, Mention, Quote

ROOT = Path(__file__).resolve().parent.parent
EVALDATA = ROOT / "evaldata"
GOLD_SETS = [
    (EVALDATA / "gold_seeds.json", ROOT / "raw"),
    (EVALDATA / "gold_extra" / "gold.json", EVALDATA / "gold_extra"),
]
CAMEO_CODES = ROOT / "dbt" / "seeds" / "cameo_event_codes.csv"


def gold_article(quotes=(), events=(), actors=(), **fields):
    base = {
        "file": "a.txt",
        "title": "Title",
        "subtitle": None,
        "byline": None,
        "dateline": None,
        "body_first_line": "First",
        "body_last_line": "last.",
        "boilerplate": [],
    }
    base.update(fields)
    return {**base, "quotes": list(quotes), "events": list(events), "actors": list(actors)}


def gq(text, keys=("smith",), kind="direct", optional=False):
    return {"text": text, "speaker_keys": list(keys), "kind": kind, "optional": optional}


def pq(text, entity=0, kind="direct", mention=None, in_headline=False):
    return Quote(
        text,
        kind,
        entity,
        mention,
        "said",
        None if in_headline else 0,
        None if in_headline else 1,
        0,
        in_headline,
    )


def clean(**kw):
    values = {
        "title": "Title",
        "subtitle": None,
        "byline": None,
        "dateline": None,
        "paragraphs": ["First para.", "The last."],
    }
    values.update(kw)
    return CleanArticle(**values)


SMITH = ArticleActor(0, "John Smith", "person")
JONES = ArticleActor(1, "Mary Jones", "person")


def extraction(quotes=(), events=(), actors=(SMITH, JONES), mentions=()):
    return Extraction(list(actors), list(mentions), list(quotes), list(events))


def figures(gold, pred, cleaned=None):
    return score_article(gold, cleaned or clean(), pred).figures()


# ---------------------------------------------------------------- quotes


def test_overlap_threshold_is_half_of_the_reference():
    ref = "abcdefghij"  # 10 characters
    assert overlap_fraction("abcde", ref) == 0.5
    assert overlap_fraction("abcd", ref) == 0.4
    g = gold_article([gq(ref)])
    assert figures(g, extraction([pq("abcde")]))["quotes.text.all.r"] == 1.0
    assert figures(g, extraction([pq("abcd")]))["quotes.text.all.r"] == 0.0


def test_overlap_ignores_quote_marks_case_and_glyphs():
    assert overlap_fraction("“We will not go,” he", "We will not go,") == 1.0
    assert overlap_fraction("it’s DONE", "it's done") == 1.0


def test_speaker_key_must_start_a_word_of_name_or_mention():
    assert key_matches(["smith"], ["John Smith"])
    assert key_matches(["u.s.", "us"], ["the US State Department"])
    assert not key_matches(["us"], ["Russia"])
    assert key_matches(["pak"], ["Pakistani Foreign Office"])
    assert not key_matches(["smith"], [None, "he"])


def test_text_and_speaker_are_reported_separately():
    g = gold_article([gq("We will fight on.", keys=["jones"])])
    wrong_speaker = figures(g, extraction([pq("We will fight on.", entity=0)]))
    assert wrong_speaker["quotes.text.all.f1"] == 1.0
    assert wrong_speaker["quotes.speaker.all.r"] == 0.0
    assert wrong_speaker["quotes.speaker.all.p"] == 0.0
    by_mention = figures(g, extraction([pq("We will fight on.", entity=None, mention="Ms Jones")]))
    assert by_mention["quotes.speaker.all.f1"] == 1.0


def test_matching_is_one_to_one_and_prefers_the_closer_quote():
    long = "There is no pressure, and we do not take any pressure."
    g = gold_article([gq("not take any pressure", kind="partial"), gq(long)])
    # A single prediction covering both references only earns one of them: the long one.
    f = figures(g, extraction([pq("There is no pressure, and we do not take any pressure.")]))
    assert (f["quotes.text.all.p"], f["quotes.text.all.r"]) == (1.0, 0.5)
    assert f["quotes.text.direct.r"] == 1.0 and f["quotes.text.partial.r"] == 0.0
    # Two identical predictions of one reference: the second is a false positive.
    f = figures(gold_article([gq(long)]), extraction([pq(long), pq(long)]))
    assert (f["quotes.text.all.p"], f["quotes.text.all.r"]) == (0.5, 1.0)


def test_optional_quotes_neither_missed_nor_false_positives():
    g = gold_article([gq("Hedged remark", optional=True), gq("Firm remark")])
    f = figures(g, extraction([pq("Firm remark")]))
    assert (f["quotes.text.all.p"], f["quotes.text.all.r"]) == (1.0, 1.0)
    f = figures(g, extraction([pq("Firm remark"), pq("Hedged remark")]))
    assert (f["quotes.text.all.p"], f["quotes.text.all.r"]) == (1.0, 1.0)


def test_kind_groups_count_pairs_of_the_same_group():
    g = gold_article([gq("Every word of it", kind="direct")])
    f = figures(g, extraction([pq("Every word of it", kind="partial")]))
    assert f["quotes.text.all.f1"] == 1.0
    assert f["quotes.text.direct_partial.f1"] == 1.0
    assert f["quotes.text.direct.r"] == 0.0
    assert f["quotes.text.partial.p"] == 0.0
    assert f["quotes.kind_agreement"] == 0.0


def test_headline_quote_matches_on_text_only():
    g = gold_article(
        [gq("Pressure", keys=["office"], kind="partial", optional=True)], title="‘Pressure’ rises"
    )
    f = figures(g, extraction([pq("Pressure", entity=None, in_headline=True)]))
    assert f["quotes.speaker.all.p"] == 1.0
    # A headline prediction cannot claim a quote that is only in the body.
    g = gold_article([gq("Body words here", kind="partial")], title="Other headline")
    f = figures(g, extraction([pq("Body words here", in_headline=True)]))
    assert f["quotes.text.all.r"] == 0.0


def test_headline_items_found_through_the_cleaned_title_when_the_annotation_has_none():
    """The real quote sets annotate quotes only: their optional headline items are known by the cleaner's title."""
    g = {"file": "a.txt", "quotes": [gq("Pressure", keys=["office"], kind="partial", optional=True)]}
    pred = extraction([pq("Pressure", entity=None, in_headline=True)])
    assert score_article(g, clean(title="‘Pressure’ rises"), pred).attribution["precision"].value == 1.0
    assert score_article(g, clean(title="Other headline"), pred).attribution["precision"].value == 0.0


# ---------------------------------------------------------------- events, actors, cleaner


def event(a1, a2, code, sentence="x"):
    return Event(0, a1, a2, code, "t", sentence, 0.9)


def test_events_match_on_actor_keys_and_root():
    g = gold_article(
        events=[{"actor1_keys": ["smith"], "actor2_keys": ["jones"], "cameo_root": "11", "trigger": "x"}]
    )
    assert figures(g, extraction(events=[event(0, 1, "112")]))["events.f1"] == 1.0
    assert figures(g, extraction(events=[event(1, 0, "112")]))["events.f1"] == 0.0
    assert figures(g, extraction(events=[event(0, 1, "120")]))["events.f1"] == 0.0
    assert figures(g, extraction(events=[event(0, 1, "120")]))["events.root_only.f1"] == 0.0
    assert figures(g, extraction(events=[event(1, 0, "112")]))["events.root_only.f1"] == 1.0


def test_event_actor_found_through_mentions_and_empty_target_matches_any():
    g = gold_article(
        events=[{"actor1_keys": ["washington"], "actor2_keys": [], "cameo_root": "10", "trigger": "x"}]
    )
    us = ArticleActor(0, "United States", "country")
    mention = Mention(0, "Washington", 0, 10, 0, "metonym")
    assert (
        figures(g, extraction(events=[event(0, None, "100")], actors=[us], mentions=[mention]))["events.f1"]
        == 1.0
    )
    assert figures(g, extraction(events=[event(0, None, "100")], actors=[us]))["events.f1"] == 0.0


def test_optional_event_is_neutral():
    g = gold_article(
        events=[{"actor1_keys": [], "actor2_keys": [], "cameo_root": "19", "trigger": "x", "optional": True}]
    )
    f = figures(g, extraction(events=[event(None, None, "190")]))
    assert (f["events.p"], f["events.r"]) == (1.0, 1.0)
    f = figures(g, extraction(events=[event(None, None, "040")]))
    assert f["events.p"] == 0.0


def test_sentence_scoring_root_top_and_actors_as_written():
    us = ArticleActor(0, "United States", "country")
    cuba = ArticleActor(1, "Cuba", "country")
    mentions = [Mention(0, "Washington", 0, 10, 0, "metonym"), Mention(1, "Havana", 20, 26, 0, "metonym")]
    row = {"root": "16", "actor1": "Washington", "actor2": "Havana", "text": "x"}
    out = SentenceSetReport("s", "s.tsv")
    # right root but not the most confident event, actors found through their mentions
    statement = Event(0, 0, None, "010", "said", "x", 0.95)
    score_sentence(
        row, extraction(events=[statement, event(0, 1, "163")], actors=[us, cuba], mentions=mentions), out
    )
    # right root, actors swapped
    score_sentence(row, extraction(events=[event(1, 0, "163")], actors=[us, cuba], mentions=mentions), out)
    # nothing coded
    score_sentence(row, extraction(events=[], actors=[us, cuba], mentions=mentions), out)
    # a sentence with no codable event: its events count against precision only
    no_event = {"root": "--", "actor1": "", "actor2": "", "text": "y"}
    score_sentence(no_event, extraction(events=[event(0, None, "043")], actors=[us]), out)
    assert (out.n, out.root, out.top, out.actors, out.source) == (3, 2, 1, 1, 1)
    assert (out.coded, out.coded_right) == (4, 2)
    f = out.figures()
    assert f["sentences.root"] == pytest.approx(2 / 3)
    assert f["sentences.source"] == pytest.approx(1 / 2)
    assert f["sentences.precision"] == pytest.approx(2 / 4)
    assert f["sentences.f1"] == pytest.approx(2 * (1 / 2) * (2 / 3) / (1 / 2 + 2 / 3))
    assert out.missed == [
        "actors 16 Washington -> Havana (coded 163): x",
        "root 16 Washington -> Havana (coded nothing): x",
        "no event (coded 043): y",
    ]


def test_actor_recall_and_split_persons():
    g = gold_article(
        actors=[
            {"name": "Imran Khan", "type": "person"},
            {"name": "Pakistan Foreign Ministry", "type": "organization"},
            {"name": "Taliban", "type": "organization"},
        ]
    )
    actors = [
        ArticleActor(0, "Imran Khan", "person"),
        ArticleActor(1, "Khan", "person"),
        ArticleActor(2, "Pakistan", "country"),
    ]
    score = score_article(g, clean(), extraction(actors=actors))
    assert score.actors_recall.hits == 1  # 'Pakistan' alone is not the ministry
    assert score.persons_merged.value == 0.0
    assert score.split_persons == ["Imran Khan -> 2 actors"]
    actors = [
        ArticleActor(0, "Imran Khan", "person"),
        ArticleActor(1, "Foreign Ministry", "organization"),
        ArticleActor(2, "the Taliban", "group"),
    ]
    mentions = [Mention(0, "Khan", 0, 4, 0, "name")]
    score = score_article(g, clean(), extraction(actors=actors, mentions=mentions))
    assert (score.actors_recall.value, score.persons_merged.value) == (1.0, 1.0)


def test_cleaner_fields_lines_and_leaks():
    g = gold_article(
        title="‘Big’ news",
        byline="Staff Report",
        dateline="ISLAMABAD",
        body_first_line="First",
        body_last_line="last.",
        boilerplate=["Related Articles", "Leave a Comment"],
    )
    c = clean(
        title="'Big'  news",
        byline="by Staff Report",
        dateline="ISLAMABAD",
        paragraphs=["First para.", "The last.", "Related Articles"],
    )
    f = figures(g, extraction(), c)
    assert (f["cleaner.title"], f["cleaner.byline"], f["cleaner.dateline"], f["cleaner.subtitle"]) == (
        1.0,
        0.0,
        1.0,
        1.0,
    )
    assert f["cleaner.first_line"] == 1.0
    assert f["cleaner.last_line"] == 0.0
    assert f["cleaner.boilerplate_leaks"] == 1.0


# ---------------------------------------------------------------- empty sets, aggregation, floors


def test_empty_sets_have_defined_figures():
    assert (PRF().precision, PRF().recall, PRF().f1) == (1.0, 1.0, 1.0)
    assert PRF(fn=3).f1 == 0.0 and PRF(fn=3).precision == 1.0
    f = figures(gold_article(), extraction(actors=[]), clean(paragraphs=[]))
    assert f["quotes.speaker.all.f1"] == 1.0 and f["events.f1"] == 1.0 and f["actors.recall"] == 1.0
    assert f["cleaner.first_line"] == 0.0
    report = score_set("empty", {"articles": []}, [])
    assert report.total.figures()["quotes.text.indirect.r"] == 1.0


def test_set_counts_are_micro_averaged():
    g = {
        "articles": [
            gold_article([gq("One two three")]),
            gold_article([gq("Four five six"), gq("Seven eight nine")]),
        ]
    }
    preds = [(clean(), extraction([pq("One two three")])), (clean(), extraction([pq("Four five six")]))]
    total = score_set("s", g, preds).total.quotes_text["all"]
    assert (total.tp, total.fp, total.fn) == (2, 0, 1)


def test_bounds_from_file_and_command_line(tmp_path):
    g = {"articles": [gold_article([gq("One two three")])]}
    report_set = score_set("gold_x", g, [(clean(), extraction())])
    from newsroom.evaluate import Report

    report = Report([report_set])
    floors = tmp_path / "floors.json"
    floors.write_text(
        json.dumps(
            {
                "_about": "x",
                "gold_x": {"min": {"quotes.text.all.r": 0.5}, "max": {"cleaner.boilerplate_leaks": 0}},
                "other": {"min": {"events.f1": 1.0}},
            }
        )
    )
    failures = check_bounds(report, load_bounds(floors))
    assert len(failures) == 1 and "quotes.text.all.r" in failures[0]
    assert check_bounds(report, [("min", *parse_bound("gold_x:nonsense.metric=0.1"))]) == [
        "gold_x:nonsense.metric: no such metric"
    ]
    assert parse_bound("gold_seeds:events.f1=0.7") == ("gold_seeds", "events.f1", 0.7)


def test_set_labels_name_the_floors_keys():
    assert set_label(EVALDATA / "gold_seeds.json") == "gold_seeds"
    assert set_label(EVALDATA / "gold_extra" / "gold.json") == "gold_extra"
    floors = json.loads((EVALDATA / "eval_floors.json").read_text(encoding="utf-8"))
    assert {"gold_seeds", "gold_extra"} <= set(floors)


def test_every_floor_names_a_reference_set():
    """A floor keyed by a name no set carries would be skipped without a word."""
    labels = {
        json.loads(path.read_text(encoding="utf-8")).get("label") or set_label(path) for path in DEFAULT_GOLD
    }
    labels |= {f"events_{path.stem}" for path in DEFAULT_SENTENCE_SETS}
    floors = json.loads((EVALDATA / "eval_floors.json").read_text(encoding="utf-8"))
    assert {key for key in floors if not key.startswith("_")} <= labels


def test_a_full_run_fails_on_floors_of_a_set_it_did_not_produce():
    report = Report([])
    bound = [("min", *parse_bound("real_quotes_nowhere:attribution.speaker=0.5"))]
    assert check_bounds(report, bound) == []
    assert check_bounds(report, bound, every_set_run=True) == [
        "real_quotes_nowhere: no such set among the reference sets"
    ]


# ---------------------------------------------------------------- the gold files themselves


@pytest.mark.parametrize(("gold_path", "raw_dir"), GOLD_SETS, ids=["seeds", "extra"])
def test_gold_file_is_well_formed(gold_path, raw_dir):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    assert gold["about"] and gold["articles"]
    for article in gold["articles"]:
        text = (raw_dir / article["file"]).read_text(encoding="utf-8")
        where = article["file"]
        for name in ("title", "subtitle", "byline", "dateline", "body_first_line", "body_last_line"):
            assert article[name] is None or article[name] in text, (where, name)
        for line in article["boilerplate"]:
            assert line in text, (where, line)
        for quote in article["quotes"]:
            assert quote["text"] in text, (where, quote["text"])
            assert quote["kind"] in ("direct", "partial", "indirect"), (where, quote)
            assert quote["speaker_keys"] and all(k == k.lower() for k in quote["speaker_keys"]), (
                where,
                quote,
            )
        for event in article["events"]:
            assert event["trigger"] in text, (where, event["trigger"])
            assert len(event["cameo_root"]) == 2 and 1 <= int(event["cameo_root"]) <= 20, (where, event)
            keys = event["actor1_keys"] + event["actor2_keys"]
            assert all(k == k.lower() for k in keys), (where, event)
        for actor in article["actors"]:
            assert actor["type"] in ("person", "organization", "country", "group", "other"), (where, actor)


@pytest.mark.parametrize(("gold_path", "raw_dir"), GOLD_SETS, ids=["seeds", "extra"])
def test_gold_cameo_roots_exist_in_code_table(gold_path, raw_dir):
    if not CAMEO_CODES.exists():
        pytest.skip(f"{CAMEO_CODES.relative_to(ROOT)} not present")
    with CAMEO_CODES.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    codes = {cell.strip() for row in rows[1:] for cell in row[:1]}
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    for article in gold["articles"]:
        for event in article["events"]:
            assert event["cameo_root"] in codes, (article["file"], event["cameo_root"])


def test_extra_gold_set_size():
    gold = json.loads((EVALDATA / "gold_extra" / "gold.json").read_text(encoding="utf-8"))
    assert len(gold["articles"]) >= 12
    for article in gold["articles"]:
        words = len((EVALDATA / "gold_extra" / article["file"]).read_text(encoding="utf-8").split())
        assert 250 <= words <= 600, (article["file"], words)


def test_event_sentence_set_has_every_root():
    rows = read_sentence_set(EVALDATA / "events" / "sentences.tsv")
    assert {r["root"] for r in rows} == {f"{i:02d}" for i in range(1, 21)}
    assert len(rows) >= 60


def test_cli_passes_every_option_to_eval(capsys):
    from newsroom.cli import main

    assert main(["eval", "--json", "--no-floors", str(EVALDATA / "events" / "heldout.tsv")]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["sentence_sets"]["events_heldout"]["sentences"] == 40


def test_attributions_by_annotated_kind_at_thirty_percent_of_both():
    """Real-article sets: recall by the annotated kind whatever kind was predicted, "other" items counted apart
    (and never wrong), a match needs 30 % of the prediction as well as of the reference."""
    gold = {
        "file": "a.txt",
        "quotes": [
            gq("the port will reopen next week", kind="direct"),
            gq("the talks had failed completely", kind="indirect"),
            gq("the unions would strike again soon", kind="indirect"),
            gq("inflation would rise further", kind="other", optional=True),
        ],
    }
    preds = [
        pq("the port will reopen next week", kind="partial"),
        pq("the talks had failed completely", kind="indirect", entity=1),
        pq(
            "the unions would strike again soon, and then a very long story about something else entirely that the reporter told at length",
            kind="indirect",
        ),
        pq("inflation would rise further", kind="indirect"),
    ]
    score = score_article(gold, clean(), extraction(quotes=preds), overlap=0.3)
    rates = {k: (r.hits, r.total) for k, r in score.attribution.items()}
    assert rates == {
        "recall.quoted": (1, 1),
        "recall.reported": (1, 2),
        "recall.other": (1, 1),
        "precision": (3, 4),
        "speaker": (2, 3),
    }


def test_a_failed_extraction_stops_the_score_instead_of_counting_as_empty():
    fine = Extraction()
    assert checked([fine]) == [fine]
    with pytest.raises(RuntimeError, match="extraction failed on 1 text"):
        checked([fine, Extraction(error="ValueError: boom")])
