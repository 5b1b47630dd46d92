"""Given names one person may be written with (the nicknames library, filtered; the seed's forms)."""

from __future__ import annotations

import pytest

from newsroom.extract.lexicon import given_name_pairs, same_given_name


@pytest.mark.parametrize(
    "a,b",
    [
        ("doug", "douglas"),  # Doug / Douglas Band
        ("tim", "timothy"),  # Tim / Timothy J. Sloan
        ("bill", "william"),  # the seed: a form that does not keep the name's first letter
        ("jim", "james"),
        ("greg", "gregory"),
        ("nate", "nathan"),
        ("steve", "stephen"),
        ("steve", "steven"),
        ("timmy", "timothy"),
        ("stan", "stanislav"),  # a short form opening the name written
        ("alex", "alexei"),
    ],
)
def test_familiar_form_and_given_name_are_one_name(a, b):
    assert same_given_name(a, b) and same_given_name(b, a)


@pytest.mark.parametrize(
    "a,b",
    [
        ("amos", "moses"),  # the library relates them, the first letters differ
        ("aaron", "erin"),
        ("andrew", "andrea"),  # a man's and a woman's name
        ("joseph", "josephine"),
        ("donald", "melania"),
        ("eric", "erica"),
        ("dan", "daniela"),  # opens it, but a woman's name
    ],
)
def test_different_given_names_are_not_one_name(a, b):
    assert not same_given_name(a, b)


def test_each_pair_has_one_direction():
    """A pair the library lists both ways ("mike"/"michael") keeps the shorter name as the familiar form, so
    dbt's merge of a familiar form into its given name never runs in a circle."""
    pairs = given_name_pairs()
    assert ("mike", "michael") in pairs and ("michael", "mike") not in pairs
    assert not any((b, a) in pairs for a, b in pairs)
