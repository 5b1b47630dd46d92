"""A document's finding is its maker's statement: "a Gallup poll found that …", "the survey, conducted by X, showed
that …", "X published a survey. The survey found …" code 010 by the poll's, study's or report's maker, as "the
report said" does; a finding no one is named as making codes nothing, and a person "finding", footage "showing" or
a verdict's "found him guilty" states nothing, and a country named as where a poll was taken ("a Canadian poll")
did not make it. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _events(ex):
    names = {a.entity_index: a.name for a in ex.actors}
    return [(e.cameo_code, names.get(e.actor1_entity), names.get(e.actor2_entity)) for e in ex.events]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A Gallup poll found that most farmers oppose the new tax.", "Gallup"),
        (
            "A survey by Amnesty International showed that most detainees had been denied lawyers.",
            "Amnesty International",
        ),
        (
            "A survey conducted by Amnesty International found that most detainees had been denied lawyers.",
            "Amnesty International",
        ),
        (
            "Amnesty International published a survey on Monday. The survey found that most detainees had been denied lawyers.",
            "Amnesty International",
        ),
    ],
)
def test_a_documents_finding_is_its_makers_statement(extract, text, source):
    assert [(code, a1) for code, a1, target in _events(extract(text)) if code == "010"][-1:] == [
        ("010", source)
    ]


def test_what_a_finding_is_about_is_no_target(extract):
    events = _events(extract("A Gallup poll found that most farmers oppose the new tax."))
    assert [e for e in events if e[0] == "010"] == [("010", "Gallup", None)]


@pytest.mark.parametrize(
    "text",
    [
        "The survey found that most farmers oppose the new tax.",
        "The minister found that the office had been locked.",
        "The Amnesty International video shows him walking into the building.",
        "A Gallup poll found no evidence of a shift.",
        "A Canadian poll showed that most farmers oppose the new tax.",
    ],
)
def test_no_statement_without_a_maker_or_a_clause(extract, text):
    assert not [e for e in _events(extract(text)) if e[0] == "010"]
