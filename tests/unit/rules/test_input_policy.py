"""The one input policy (rules/input_policy.py): texts, numbers, dates and JSON, table-driven."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wsedesk.rules.input_policy import (
    FREE_TEXT,
    NAME,
    TextRule,
    clean_text,
    date_problem,
    integer_problem,
    json_depth_problem,
    load_json,
    parse_integer,
    shorten,
    text_problem,
    value_problem,
)

TODAY = date(2025, 6, 16)

# (value, rule, expected fragment of the message or None when allowed)
TEXTS = [
    ("Groep Intro vzw", NAME, None),
    ("Œuvre Sociale – Ĳsselmonde ő ł Ș", NAME, None),
    ("شركة العمل", NAME, None),  # Arabic letters are fine; only the invisible controls are not
    ("A\x00B", NAME, "stuurteken (U+0000) op positie 2"),
    ("A\x00B", FREE_TEXT, "stuurteken (U+0000) op positie 2"),
    ("A\x1bB", FREE_TEXT, "U+001B"),
    ("A\x85B", NAME, "U+0085"),
    ("A\ud800B", NAME, "losse surrogaat U+D800"),
    ("A\udfffB", FREE_TEXT, "losse surrogaat U+DFFF"),
    ("A\u202eB", NAME, "leesrichting"),
    ("A\u202eB", FREE_TEXT, "leesrichting"),
    ("A\u2067B\u2069", NAME, "U+2067"),
    ("A\u2067B\u2069", FREE_TEXT, None),  # an isolate in free text (a quoted Arabic phrase) may stay
    ("regel 1\nregel 2", NAME, "op één regel"),
    ("regel 1\r\nregel 2\ttab", FREE_TEXT, None),
    ("kolom\ttab", NAME, None),
    ("x" * 300, NAME, None),
    ("x" * 301, NAME, "te lang: 301 tekens, maximaal 300"),
    ("x" * 100_001, FREE_TEXT, "te lang: 100.001 tekens"),
    ("A\ufffeB", FREE_TEXT, "U+FFFE"),
]


@pytest.mark.parametrize(("value", "rule", "expected"), TEXTS)
def test_text_verdicts(value: str, rule: TextRule, expected: str | None) -> None:
    problem = text_problem(value, rule)
    if expected is None:
        assert problem is None
    else:
        assert problem is not None and expected in problem
        assert value not in problem or len(value) < 3  # the value itself is never repeated


def test_cleaning_removes_what_is_refused_and_counts_it() -> None:
    assert clean_text("A\x00B\u202eC\ud800", NAME) == ("ABC", 3)
    assert clean_text("twee\nregels", FREE_TEXT) == ("twee\nregels", 0)
    assert clean_text("twee\nregels", NAME) == ("tweeregels", 1)


@given(st.text())
def test_cleaned_text_always_passes(value: str) -> None:
    for rule in (NAME, FREE_TEXT):
        cleaned, removed = clean_text(value, TextRule(multiline=rule.multiline, max_chars=10**9))
        assert text_problem(cleaned, TextRule(multiline=rule.multiline, max_chars=10**9)) is None
        assert removed == len(value) - len(cleaned)


def test_numbers_are_bounded_with_short_messages() -> None:
    assert integer_problem(40) is None
    assert integer_problem(2**31) == "moet tussen -2147483648 en 2147483647 liggen"
    huge = int("9" * 4000)
    message = integer_problem(huge, low=0, high=100_000)
    assert message == "een getal van 4000 cijfers is niet aanvaardbaar (tussen 0 en 100000)"
    assert parse_integer("1.250", low=0, high=10_000) == (1250, None)
    value, problem = parse_integer("9" * 4000)
    assert value is None and problem is not None and len(problem) < 80
    value, problem = parse_integer("veertig" * 100)
    assert value is None and problem is not None and len(problem) < 80 and "700 tekens" in problem


def test_shorten_says_how_long_the_value_was() -> None:
    assert shorten("kort") == "kort"
    assert shorten("9" * 4000, 10) == "999999999… (4.000 tekens)"


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2025, 6, 5), None),
        (date(1990, 1, 1), None),
        (date(2026, 6, 16), None),
        (date(1, 1, 1), "0001-01-01 ligt vóór 1990-01-01"),
        (date(1989, 12, 31), "vóór 1990-01-01"),
        (date(2026, 6, 17), "meer dan 1 jaar in de toekomst"),
    ],
)
def test_dates_must_be_plausible(day: date, expected: str | None) -> None:
    problem = date_problem(day, today=TODAY)
    assert problem is None if expected is None else expected in (problem or "")


def test_plausible_window_from_a_leap_day() -> None:
    assert date_problem(date(2025, 2, 28), today=date(2024, 2, 29)) is None
    assert date_problem(date(2025, 3, 1), today=date(2024, 2, 29)) is not None


def test_json_depth_is_bounded_without_recursion() -> None:
    deep = "[" * 100_000
    assert "te diep genest" in (json_depth_problem(deep) or "")
    data, problem = load_json(deep)
    assert data is None and problem is not None and "te diep genest" in problem
    # Brackets inside strings do not count.
    assert json_depth_problem(json.dumps({"a": "[[[[" * 100})) is None
    assert load_json('{"a": [1, {"b": "c"}]}') == ({"a": [1, {"b": "c"}]}, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"a": 1', "geen geldige JSON (regel 1, kolom 8"),
        ('{"a": NaN}', "NaN is geen getal"),
        ('{"naam": "A\\u0000B"}', "naam: bevat een onzichtbaar stuurteken"),
        ('{"lijst": ["ok", "A\\ud800B"]}', "lijst[1]: bevat een ongeldig teken"),
        ('{"A\\u202eB": 1}', "een veldnaam bevat een teken dat de leesrichting omkeert"),
        ("1" * 5000, "geen geldige JSON"),
    ],
)
def test_json_documents_are_checked_after_parsing(text: str, expected: str) -> None:
    data, problem = load_json(text)
    assert data is None and problem is not None and expected in problem
    assert len(problem) < 200


@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(),
        lambda children: st.lists(children) | st.dictionaries(st.text(), children),
        max_leaves=20,
    )
)
def test_any_json_value_gets_a_verdict_not_an_exception(value: object) -> None:
    problem = value_problem(value)
    assert problem is None or isinstance(problem, str)
