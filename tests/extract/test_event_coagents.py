"""Co-doers and the doer's own office are no target (events/coagents.py): "with the assistance of X", "with
help from X" name those who acted beside the doer; a phrase right after a passive's agent
("by X from the Civil Rights Division") is the agent's. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.coded_events import triples


@pytest.mark.parametrize(
    "text",
    [
        "The fraud was investigated by the FBI, with the assistance of the Texas Rangers.",
        "The fraud was investigated by the FBI, with assistance from the Texas Rangers.",
        "The fraud was investigated by the FBI, with the help of the Texas Rangers and the Dallas police.",
    ],
)
def test_a_helper_of_the_investigation_is_no_target(extract, text):
    found = triples(extract(text))
    assert any(code.startswith("09") and a1 == "Federal Bureau of Investigation" for code, a1, _ in found)
    assert all(a2 != "Texas Rangers" for _, _, a2 in found)


def test_working_together_with_a_partner_keeps_the_partner(extract):
    found = triples(extract("The FBI worked together with the Texas Rangers."))
    assert any(a2 == "Texas Rangers" for _, _, a2 in found)


def test_an_office_after_the_agent_is_the_agents_not_the_target(extract):
    found = triples(
        extract(
            "The fraud was prosecuted by Trial Attorney Paul Dawson from the Justice Department’s Civil Rights Division."
        )
    )
    assert any(a1 == "Paul Dawson" for _, a1, _ in found)
    assert all(a2 is None or "Civil Rights Division" not in a2 for _, _, a2 in found)


def test_a_second_prosecutor_hung_on_the_subject_is_not_its_apposition(extract):
    found = triples(
        extract(
            "The case was prosecuted by Assistant U.S. Attorneys Anna Holt and Beth Miller of the U.S. Attorney’s "
            "Office for the Northern District of Texas and Trial Attorney Paul Dawson of the Criminal Division’s "
            "Fraud Section."
        )
    )
    assert any(a1 == "Beth Miller" for _, a1, _ in found)
    assert all(a2 != "Paul Dawson" for _, _, a2 in found)
