"""Python's name key and dbt's ``normalize_name`` macro must agree, or a name that matches the alias seed
in one article would miss it across articles (and the reverse)."""

from __future__ import annotations

import duckdb
import jinja2
import pytest

from newsroom.config import PROJECT_ROOT
from newsroom.extract.lexicon import normalize_name

NAMES = [
    "Jane Q. Doe",
    "O'Neil",
    "Recep Tayyip Erdoğan",
    "Al-Qaeda",
    "Łukasz Nowak",
    "Straße",
    "İstanbul",
    "U.S.",
    "the U.S. Department of Justice",
    "  ",
    "",
    "snake_case",
    "Jane\u00a0Doe",
    "tab\tand\nnewline",
    "vertical\vtab",
    "Kiev–Moscow",
    "François  Hollande ",
    "ﬁnance",
    "Æsir Øresund",
    "Nguyễn Xuân Phúc",
    "Ⅻ Legion 12",
    "Pakistan's",
    "AT&T",
]


def _macro_sql() -> str:
    """The macro's SQL for one bound parameter, rendered from the macro file itself."""
    source = (PROJECT_ROOT / "dbt" / "macros" / "normalize_name.sql").read_text(encoding="utf-8")
    return jinja2.Environment().from_string(source + "{{ normalize_name('$1') }}").render()


@pytest.mark.parametrize("name", NAMES)
def test_python_key_is_the_dbt_macros_key(name):
    (in_sql,) = duckdb.execute(f"select {_macro_sql()}", [name]).fetchall()[0]
    assert normalize_name(name) == in_sql


def test_examples_from_the_macros_documentation():
    assert normalize_name("Jane Q. Doe") == "jane q doe"
    assert normalize_name("O'Neil") == "oneil"
    assert normalize_name("Al-Qaeda") == "al qaeda"
    assert normalize_name(" . ") is None
