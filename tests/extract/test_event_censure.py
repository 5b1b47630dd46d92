"""Criticism said in a statement's reported clause with no one named as its subject, acts done in an "after / before
-ing" clause by the main clause's subject, and demand verbs used for carrying on. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.coded_events import triples


def _codes(ex):
    return [e.cameo_code for e in ex.events]


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee of Human Rights Watch said the verdict was a travesty of justice.",
        '"The verdict is a travesty of justice," said Ann Lee of Human Rights Watch.',
        "The Kenyan foreign ministry said it was unacceptable that aid workers were denied access to the camp.",
        "The Law Society of Kenya stated that it was appalled at the decision of the court.",
    ],
)
def test_a_judged_deed_in_what_is_said_is_criticism(extract, text):
    assert _codes(extract(text)) == ["111"]


def test_the_second_reported_clause_is_read_too(extract):
    text = (
        "Hassan Rouhani declared that the vote had been forced by the United Nations Security Council, "
        "and that this was an illegal act."
    )
    assert [code for code, *_ in triples(extract(text))] == ["111"]


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan foreign ministry said the situation in the camp was dangerous.",  # a state of things
        "Ann Lee said the verdict was not wrong.",  # denied
        "Ann Lee said she was wrong to trust the bank.",  # judges herself
    ],
)
def test_no_criticism_without_a_judged_deed(extract, text):
    assert "111" not in _codes(extract(text))


def test_the_victim_of_a_judged_deed_is_not_its_target(extract):
    ex = extract('"Ali Musa\'s murder is unacceptable," said Jane Doe of Reporters Without Borders.')
    assert triples(ex) == [("111", "Jane Doe", None)]


def test_an_act_before_the_main_verb_is_the_subjects(extract):
    ex = extract(
        "Kenyan Foreign Minister Amina Mohamed, after condemning the attack, said that the talks would continue."
    )
    assert ("111", "Amina Mohamed", None) in triples(ex)


def test_arriving_before_an_arrest_is_the_arrested_ones(extract):
    ex = extract("Upon arriving in Nairobi, Ahmed Ali was arrested by Kenyan police.")
    assert ("042", "Ahmed Ali", None) in triples(ex)


def test_pressing_ahead_is_no_demand(extract):
    assert _codes(extract("Kenyan President William Ruto pressed ahead despite the protests.")) == []


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("Senator Maria Lopez said Governor John Clark had rigged the election in March.", "John Clark"),
        ("Senator Maria Lopez said Governor John Clark was guilty of fraud.", "John Clark"),
        (
            "Senator Maria Lopez told the Senate Ethics Committee that Governor John Clark had taken bribes.",
            "John Clark",
        ),
        ("Senator Maria Lopez said the Red Army had committed war crimes in the north.", "Red Army"),
        ("Senator Maria Lopez said Governor John Clark had bullied the city council.", "John Clark"),
        ('"Governor John Clark has simply ignored the farmers," said Senator Maria Lopez.', "John Clark"),
        ("Senator Maria Lopez said Governor John Clark was trying to undermine the courts.", "John Clark"),
    ],
)
def test_a_wrong_done_in_what_is_said_is_an_accusation(extract, text, accused):
    assert triples(extract(text)) == [("112", "Maria Lopez", accused)]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Maria Lopez said Governor John Clark had not rigged the election.",  # denied
        "Senator Maria Lopez said Governor John Clark was involved in talks with the unions.",  # no wrong
        "Senator Maria Lopez said Governor John Clark had been deceived by his advisers.",  # done to him
        "Senator Maria Lopez said Governor John Clark was planning to undermine the courts.",  # not done yet
        "Senator Maria Lopez said Governor John Clark was trying not to ignore the farmers.",  # negated deed
    ],
)
def test_no_accusation_without_a_wrong_done_by_someone_named(extract, text):
    assert "112" not in _codes(extract(text))


def test_a_description_with_a_word_of_wrongdoing_is_criticism(extract):
    ex = extract("Senator Maria Lopez described the city council as riddled with corruption and nepotism.")
    assert _codes(ex) == ["111"]


def test_each_of_two_blamed_is_a_target(extract):
    ex = extract(
        "Kenyan police officials believe that the Free Coast Front and the Islamic Youth League were behind the "
        "bombing."
    )
    assert sorted(t for c, _, t in triples(ex) if c == "112") == ["Free Coast Front", "Islamic Youth League"]
