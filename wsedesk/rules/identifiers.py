"""Belgian identifiers: KBO enterprise and establishment numbers, national register numbers —
and the one plausibility check of an e-mail address that every input of the program uses.

domain.md §2. python-stdnum does the arithmetic; this module adds the Dutch messages, the
establishment-number rule and the masking of national register numbers. python-stdnum is
imported on first use: its `stdnum.util` imports pydoc (~25 ms), and the models import this module
for their validators, so a top-level import would sit on every start's way (issue #13).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wsedesk.i18n import N_

_EMAIL = re.compile(
    r"[^@\s<>(),;:\"\[\]]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
)


def is_valid_email(text: str) -> bool:
    """A pragmatic address check (one @, a dotted domain ending in letters, no spaces or brackets);
    not RFC 5322. The whole text must be the address: the caller strips what it allows around it."""
    return _EMAIL.fullmatch(text) is not None


class IdentifierError(ValueError):
    """An identifier that is malformed or fails its check digits; message is Dutch."""


def _digits(value: str) -> str:
    return re.sub(r"[\s.\-/]", "", value.strip().upper())


def normalise_enterprise_number(value: str) -> str:
    """Return the 10-digit KBO number (`0428759497`) or raise IdentifierError.

    Accepts `0428.759.497`, `BE 428 759 497`, `BE0428759497`, `428759497` (old 9-digit form).
    """
    raw = _digits(value)
    if raw.startswith("BE"):
        raw = raw[2:]
    if not raw:
        raise IdentifierError(N_("Er is geen ondernemingsnummer ingevuld."))
    if not raw.isdigit():
        raise IdentifierError(
            N_("Een ondernemingsnummer bevat enkel cijfers (gevonden: '{v}').").format(v=value)
        )
    if len(raw) == 9:
        raw = "0" + raw
    if len(raw) != 10:
        raise IdentifierError(
            N_("Een ondernemingsnummer telt 10 cijfers (gevonden: {n} in '{v}').").format(n=len(raw), v=value)
        )
    if raw[0] not in "01":
        raise IdentifierError(
            N_("Een ondernemingsnummer begint met 0 of 1 (gevonden: '{v}').").format(v=value)
        )
    from stdnum.be import vat
    from stdnum.exceptions import ValidationError

    try:
        return str(vat.validate(raw))
    except ValidationError:
        expected = 97 - int(raw[:8]) % 97
        raise IdentifierError(
            N_("Het controlegetal van ondernemingsnummer '{v}' klopt niet (verwacht {e:02d}).").format(
                v=value, e=expected
            )
        ) from None


def format_enterprise_number(number: str) -> str:
    """`0428759497` → `0428.759.497`."""
    n = normalise_enterprise_number(number)
    return f"{n[:4]}.{n[4:7]}.{n[7:]}"


def format_stored_enterprise_number(stored: str) -> str:
    """`0428.759.497` from a stored number: 10 digits were checked when stored, so a list of
    hundreds of rows skips python-stdnum; anything else the long way, unchanged if it fails."""
    if len(stored) == 10 and stored.isdigit():
        return f"{stored[:4]}.{stored[4:7]}.{stored[7:]}"
    try:
        return format_enterprise_number(stored)
    except IdentifierError:
        return stored


def is_valid_enterprise_number(value: str) -> bool:
    try:
        normalise_enterprise_number(value)
    except IdentifierError:
        return False
    return True


def normalise_establishment_number(value: str) -> str:
    """Return the 10-digit establishment number (vestigingseenheidsnummer), first digit 2–8.

    Same mod-97 check as the enterprise number (domain.md §2).
    """
    raw = _digits(value)
    if not raw.isdigit() or len(raw) != 10:
        raise IdentifierError(N_("Een vestigingsnummer telt 10 cijfers (gevonden: '{v}').").format(v=value))
    if raw[0] not in "2345678":
        raise IdentifierError(
            N_("Een vestigingsnummer begint met 2 tot 8 (gevonden: '{v}').").format(v=value)
        )
    if 97 - int(raw[:8]) % 97 != int(raw[8:]):
        raise IdentifierError(N_("Het controlegetal van vestigingsnummer '{v}' klopt niet.").format(v=value))
    return raw


def format_establishment_number(number: str) -> str:
    n = normalise_establishment_number(number)
    return f"{n[0]}.{n[1:4]}.{n[4:7]}.{n[7:]}"


def make_enterprise_number(first8: int) -> str:
    """Build a valid enterprise number from its first 8 digits (used by demo data and tests)."""
    base = f"{first8:08d}"
    return f"{base}{97 - int(base) % 97:02d}"


def make_establishment_number(first8: int) -> str:
    base = f"{first8:08d}"
    return f"{base}{97 - int(base) % 97:02d}"


@dataclass(frozen=True)
class NationalNumber:
    """A validated national register (or BIS) number; reveals a birth date, so show it masked."""

    digits: str  # 11 digits

    @property
    def formatted(self) -> str:
        d = self.digits
        return f"{d[0:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:11]}"

    @property
    def masked(self) -> str:
        d = self.digits
        return f"{d[0:2]}.{d[2:4]}.{d[4:6]}-***.**"

    @property
    def is_bis(self) -> bool:
        from stdnum.be import ssn

        return ssn.guess_type(self.digits) == "bis"


def parse_national_number(value: str) -> NationalNumber:
    """Validate `YY.MM.DD-XXX.CC` (also BIS numbers: month + 20 or + 40; births from 2000)."""
    raw = _digits(value)
    if not raw.isdigit() or len(raw) != 11:
        raise IdentifierError(
            N_("Een rijksregisternummer telt 11 cijfers (gevonden: '{v}').").format(v=value)
        )
    from stdnum.be import ssn

    if not ssn.is_valid(raw):
        raise IdentifierError(
            N_("Rijksregisternummer '{v}' is ongeldig (controlegetal of geboortedatum klopt niet).").format(
                v=value
            )
        )
    return NationalNumber(raw)


# YY.MM.DD-XXX.CC, with or without separators (11 digits): domain.md §2.
_NATIONAL_NUMBER_IN_TEXT = re.compile(r"(?<!\d)\d{2}[.\s]?\d{2}[.\s]?\d{2}[-\s]?\d{3}[.\s]?\d{2}(?!\d)")
#: What stands in a text (the log file, the audit trail on screen) where a national register number was.
NATIONAL_NUMBER_MASK = "**.**.**-***.**"


def redact_national_numbers(text: str) -> str:
    """`text` with every national-register-number-shaped run of digits masked, valid or not."""
    return _NATIONAL_NUMBER_IN_TEXT.sub(NATIONAL_NUMBER_MASK, text)


def mask_national_number(value: str) -> str:
    """Mask for display: `85.07.30-***.**`."""
    return parse_national_number(value).masked
