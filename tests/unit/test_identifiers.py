"""KBO enterprise/establishment numbers and national register numbers (domain.md §2), and the
one e-mail address check."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wsedesk.rules.identifiers import (
    IdentifierError,
    format_enterprise_number,
    format_stored_enterprise_number,
    is_valid_email,
    make_enterprise_number,
    mask_national_number,
    normalise_enterprise_number,
    normalise_establishment_number,
    parse_national_number,
    redact_national_numbers,
)


@pytest.mark.parametrize(
    "raw",
    [
        "0428.759.497",
        "0428759497",
        "BE 428 759 497",
        "BE0428.759.497",
        "be 0428 759 497",
        "428759497",
        " 0428-759-497 ",
    ],
)
def test_enterprise_number_forms_normalise_to_ten_digits(raw: str) -> None:
    assert normalise_enterprise_number(raw) == "0428759497"
    assert format_enterprise_number(raw) == "0428.759.497"


@given(st.integers(min_value=0, max_value=19_999_999))
def test_a_stored_number_formats_as_the_checked_way_does(body: int) -> None:
    stored = make_enterprise_number(body)
    assert format_stored_enterprise_number(stored) == format_enterprise_number(stored)


def test_a_stored_number_in_another_form_is_formatted_or_shown_as_it_is() -> None:
    # Lists show every row: a number stored before today's validation is not an error there.
    assert format_stored_enterprise_number("BE 428 759 497") == "0428.759.497"
    assert format_stored_enterprise_number("0428.759.4") == "0428.759.4"


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("0428.759.498", "controlegetal"),
        ("2428.759.497", "begint met 0 of 1"),
        ("0428.759.4", "10 cijfers"),
        ("04287594977", "10 cijfers"),
        ("0428.7S9.497", "enkel cijfers"),
        ("", "geen ondernemingsnummer"),
    ],
)
def test_bad_enterprise_numbers_say_what_is_wrong(raw: str, message: str) -> None:
    with pytest.raises(IdentifierError, match=message):
        normalise_enterprise_number(raw)


@given(st.integers(min_value=0, max_value=19_999_999))
def test_made_enterprise_numbers_validate(first8: int) -> None:
    number = make_enterprise_number(first8)
    assert normalise_enterprise_number(number) == number
    assert 97 - int(number[:8]) % 97 == int(number[8:])


def test_establishment_number() -> None:
    number = "2" + "1234567"
    valid = number + f"{97 - int(number) % 97:02d}"
    assert normalise_establishment_number(f"{valid[0]}.{valid[1:4]}.{valid[4:7]}.{valid[7:]}") == valid
    with pytest.raises(IdentifierError, match="controlegetal"):
        normalise_establishment_number(valid[:-1] + str((int(valid[-1]) + 1) % 10))
    with pytest.raises(IdentifierError, match="begint met 2 tot 8"):
        normalise_establishment_number("0428759497")


@pytest.mark.parametrize(
    ("raw", "masked", "bis"),
    [
        ("85.07.30-033.28", "85.07.30-***.**", False),  # born 1985
        ("17.07.30-033.84", "17.07.30-***.**", False),  # born 2017: '2' prefixed for the check
        ("85.27.30-033.71", "85.27.30-***.**", True),  # BIS: month + 20
        ("85.47.30-033.17", "85.47.30-***.**", True),  # BIS: month + 40
    ],
)
def test_national_numbers(raw: str, masked: str, bis: bool) -> None:
    number = parse_national_number(raw)
    assert number.masked == masked
    assert number.is_bis is bis
    assert mask_national_number(raw) == masked
    assert number.formatted == raw


@pytest.mark.parametrize("raw", ["85.07.30-033.29", "85.13.30-033.xx", "8507300332"])
def test_bad_national_numbers(raw: str) -> None:
    with pytest.raises(IdentifierError):
        parse_national_number(raw)


def test_email_check() -> None:
    assert is_valid_email("an.peeters@de-brug.be")
    assert is_valid_email("info+verslag@maatwerk.vlaanderen")
    for bad in ("an", "an@", "@debrug.be", "an@debrug", "an peeters@debrug.be", "an@@debrug.be"):
        assert not is_valid_email(bad), bad
    # Every input takes the whole text as the address: a newline after it is not allowed.
    assert not is_valid_email("an.peeters@de-brug.be\n")


def test_national_numbers_are_masked_in_any_text_the_one_way() -> None:
    """The log file and the audit trail on screen mask with this one function."""
    from wsedesk.logfile import redact
    from wsedesk.services.audit_trail import NATIONAL_NUMBER_MASK as shown_mask

    text = "rrn 85.07.30-033.28 en 85073003328; niet 123456789012 of 2025-06-02"
    masked = "rrn **.**.**-***.** en **.**.**-***.**; niet 123456789012 of 2025-06-02"
    assert redact_national_numbers(text) == masked
    assert redact(text) == masked
    assert shown_mask == "**.**.**-***.**"
