"""What the online counter's JSON documents share: the reader and the common blocks.

Every document (the recognition application `wsedesk-intake/1`, docs/intake-json.md; the quality
registration `wsedesk-qr/1`, docs/qr-json.md) is read by a `JsonReader` that collects every
problem with its JSON path instead of stopping at the first. The blocks both schemas have —
`schema` and `ingediend_op`, the `organisatie` with address and contact, the `verklaring_op_eer` —
are read here once. Pure: no database, no clock.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from stdnum.be import ssn as _ssn

from wsedesk.errors import BadInputError
from wsedesk.i18n import N_
from wsedesk.models.organisations import OrganisationKind
from wsedesk.rules.identifiers import (
    IdentifierError,
    NationalNumber,
    is_valid_email,
    normalise_enterprise_number,
    parse_national_number,
)
from wsedesk.rules.input_policy import EARLIEST_PLAUSIBLE_DATE, TextRule, load_json, shorten, text_problem
from wsedesk.rules.municipalities import municipalities, postal_codes_for

POSTAL_CODE = re.compile(r"^[1-9][0-9]{3}$")
MAX_FILE_BYTES = 5_000_000  # an application is a few kilobytes; refuse anything absurd before parsing


def read_counter_document(path: Path) -> tuple[Any, str | None]:
    """A counter document's file parsed, or None and a Dutch message naming where it is broken.

    The one reader of `wsedesk intake import` and the window's *Inlezen uit JSON…*; a missing or
    absurdly large file is a BadInputError.
    """
    path = path.expanduser()
    if not path.is_file():
        raise BadInputError(N_("Het bestand '{p}' bestaat niet.").format(p=path))
    if path.stat().st_size > MAX_FILE_BYTES:
        raise BadInputError(
            N_("Het bestand '{p}' is te groot voor een aanvraag (meer dan {n} MB).").format(
                p=path, n=MAX_FILE_BYTES // 1_000_000
            )
        )
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        return None, N_("het bestand is geen UTF-8-tekst")
    return load_json(text)  # depth-bounded: 100,000 nested '[' is a message, not a RecursionError


@dataclass(frozen=True)
class Problem:
    """One problem in an imported document: its JSON path and a Dutch message."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message

    def as_dict(self) -> dict[str, str]:
        return {"path": self.path, "message": self.message, "text": str(self)}


@dataclass(frozen=True)
class IntakeContact:
    name: str
    email: str
    phone: str | None


@dataclass(frozen=True)
class IntakeOrganisation:
    enterprise_number: str  # 10 digits
    name: str
    kind: str
    street: str
    postal_code: str
    municipality_nis: str
    contact: IntakeContact


@dataclass(frozen=True)
class Declaration:
    """The declaration on honour: agreed or not, by whom, on which day."""

    agreed: bool
    signed_by: str
    signed_on: date


MISSING = object()


def type_name(value: object, *, show: bool = True) -> str:
    if value is None:
        return N_("null")
    if isinstance(value, bool):
        return N_("ja/nee ({v})").format(v="true" if value else "false")
    if isinstance(value, int | float):
        return N_("getal ({v})").format(v=shorten(str(value), 20)) if show else N_("getal")
    if isinstance(value, str):
        shown = value if len(value) <= 30 else value[:29] + "…"
        return N_("tekst ('{v}')").format(v=shown) if show else N_("tekst")
    if isinstance(value, list):
        return N_("lijst")
    if isinstance(value, dict):
        return N_("object")
    return type(value).__name__


class JsonReader:
    """Walks the JSON, collecting every problem with its path (nothing stops at the first)."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def problem(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, message))

    def checked_text(
        self,
        parent: Mapping[str, Any],
        key: str,
        path: str,
        ok: Callable[[str], object],
        message: Callable[[str], str],
        *,
        limit: int,
    ) -> str | None:
        """`text` that `ok` must accept; otherwise `message(value)` at the key's path, and None."""
        value = self.text(parent, key, path, limit=limit)
        if value is None or ok(value):
            return value
        self.problem(join_path(path, key), message(value))
        return None

    def not_after_submission(self, path: str, day: date | None, submitted_on: date | None) -> date | None:
        """`day` unless it lies after the submission: then a problem at `path`, and None."""
        if day is None or submitted_on is None or day <= submitted_on:
            return day
        self.problem(
            path,
            N_("{d} ligt na de indiening ({s})").format(d=day.isoformat(), s=submitted_on.isoformat()),
        )
        return None

    def whole_number(
        self, value: object, path: str, low: int, high: int, out_of_range: Callable[[int], str]
    ) -> int | None:
        """`value` when it is a whole number from `low` to `high`; otherwise a problem at `path`, and None."""
        if isinstance(value, bool) or not isinstance(value, int):
            self.wrong_type(path, N_("een geheel getal"), value)
            return None
        if value < low or value > high:
            self.problem(path, out_of_range(value))
            return None
        return value

    def wrong_type(self, path: str, expected: str, value: object, *, secret: bool = False) -> None:
        # `secret`: name the type only, never the value (a national number reveals a birth date).
        got = type_name(value, show=not secret)
        self.problem(path, N_("verwacht {e}, gekregen {g}").format(e=expected, g=got))

    def obj(
        self, value: object, path: str, required: Sequence[str], optional: Sequence[str] = ()
    ) -> dict[str, Any] | None:
        if not isinstance(value, dict):
            self.wrong_type(path or N_("(bestand)"), N_("een object"), value)
            return None
        allowed = (*required, *optional)
        for key in value:
            if key not in allowed:
                self.problem(
                    join_path(path, str(key)),
                    N_("onbekend veld (toegelaten: {a})").format(a=", ".join(allowed)),
                )
        return value

    def child(
        self,
        parent: Mapping[str, Any],
        key: str,
        path: str,
        required: Sequence[str],
        optional: Sequence[str] = (),
    ) -> dict[str, Any] | None:
        """The object under `key` (reported when missing or not an object)."""
        value = self.get(parent, key, path)
        if value is MISSING:
            return None
        return self.obj(value, join_path(path, key), required, optional)

    def get(self, parent: Mapping[str, Any], key: str, path: str, *, required: bool = True) -> Any:
        value = parent.get(key, MISSING)
        if value is MISSING:
            if required:
                self.problem(join_path(path, key), N_("ontbreekt"))
            return MISSING
        return value

    def text(
        self,
        parent: Mapping[str, Any],
        key: str,
        path: str,
        *,
        required: bool = True,
        limit: int = 300,
        secret: bool = False,
    ) -> str | None:
        value = self.get(parent, key, path, required=required)
        where = join_path(path, key)
        if value is MISSING or (value is None and not required):
            return None
        if not isinstance(value, str):
            self.wrong_type(where, N_("tekst"), value, secret=secret)
            return None
        text = value.strip()
        if not text:
            self.problem(where, N_("is leeg"))
            return None
        if len(text) > limit:
            self.problem(where, N_("is te lang ({n} tekens, hoogstens {m})").format(n=len(text), m=limit))
            return None
        # The one input policy (rules/input_policy.py): no control characters, lone surrogates or
        # direction overrides; short fields (names) on one line.
        refused = text_problem(text, TextRule(multiline=limit > 300, max_chars=limit))
        if refused:
            self.problem(where, refused)
            return None
        return text

    def boolean(
        self, parent: Mapping[str, Any], key: str, path: str, *, required: bool = True
    ) -> bool | None:
        value: bool | None = self._typed(parent, key, path, bool, N_("true of false"), required=required)
        return value

    def _typed(
        self,
        parent: Mapping[str, Any],
        key: str,
        path: str,
        kind: type,
        expected: str,
        *,
        required: bool = True,
    ) -> Any:
        """The value when it is of `kind`; None when missing, or of another type (a problem then)."""
        value = self.get(parent, key, path, required=required)
        if value is MISSING:
            return None
        if not isinstance(value, kind):
            self.wrong_type(join_path(path, key), expected, value)
            return None
        return value

    def day(self, parent: Mapping[str, Any], key: str, path: str) -> date | None:
        value = self.get(parent, key, path)
        where = join_path(path, key)
        if value is MISSING:
            return None
        if not isinstance(value, str):
            self.wrong_type(where, N_("een datum als tekst (JJJJ-MM-DD)"), value)
            return None
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                raise ValueError
            return date.fromisoformat(value)
        except ValueError:
            self.problem(where, N_("'{v}' is geen datum (verwacht JJJJ-MM-DD)").format(v=value))
            return None

    def array(self, parent: Mapping[str, Any], key: str, path: str) -> list[Any] | None:
        value: list[Any] | None = self._typed(parent, key, path, list, N_("een lijst"))
        return value

    def enterprise_number(self, parent: Mapping[str, Any], key: str, path: str) -> str | None:
        raw = self.text(parent, key, path, limit=20)
        if raw is None:
            return None
        try:
            return normalise_enterprise_number(raw)
        except IdentifierError as exc:
            self.problem(join_path(path, key), lower_first(str(exc)).rstrip("."))
            return None

    def national_number(self, parent: Mapping[str, Any], key: str, path: str) -> NationalNumber | None:
        raw = self.text(parent, key, path, limit=20, secret=True)
        where = join_path(path, key)
        if raw is None:
            return None
        # Never echo the number in a message: it reveals a birth date (domain.md §2).
        digits = re.sub(r"[\s.\-/]", "", raw)
        if not digits.isdigit() or len(digits) != 11:
            self.problem(where, N_("een rijksregisternummer telt 11 cijfers (JJ.MM.DD-XXX.CC)"))
            return None
        check = int(digits[9:])
        if check not in (97 - int(digits[:9]) % 97, 97 - int("2" + digits[:9]) % 97):
            self.problem(where, N_("controlegetal klopt niet"))
            return None
        if not _ssn.is_valid(digits):
            self.problem(where, N_("de geboortedatum in het nummer bestaat niet"))
            return None
        return parse_national_number(digits)


def join_path(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if len(text) > 1 and text[1:2].islower() else text


def read_header(r: JsonReader, root: Mapping[str, Any], schema_id: str, today: date | None) -> date | None:
    """`schema` (must be `schema_id`) and `ingediend_op` (a date, not in the future); returns the date."""
    schema = r.get(root, "schema", "")
    if schema is not MISSING and schema != schema_id:
        r.problem(
            "schema",
            N_("'{s}' wordt niet ondersteund (verwacht '{e}')").format(s=schema, e=schema_id),
        )
    submitted_on = r.day(root, "ingediend_op", "")
    if submitted_on is not None and submitted_on < EARLIEST_PLAUSIBLE_DATE:
        r.problem(
            "ingediend_op",
            N_("{d} ligt vóór {e}: geen plausibele indieningsdatum").format(
                d=submitted_on.isoformat(), e=EARLIEST_PLAUSIBLE_DATE.isoformat()
            ),
        )
    elif submitted_on is not None and today is not None and submitted_on > today:
        r.problem(
            "ingediend_op",
            N_("{d} ligt in de toekomst (vandaag is het {t})").format(
                d=submitted_on.isoformat(), t=today.isoformat()
            ),
        )

    return submitted_on


@dataclass(frozen=True)
class AddressLists:
    """What an address is checked against: every Belgian municipality and its postal codes."""

    municipality_names: Mapping[str, str]  # REFNIS code → Dutch name
    postal_codes: Mapping[str, Sequence[str]]  # REFNIS code → its postal codes

    @classmethod
    def shipped(cls) -> AddressLists:
        """The lists shipped under resources/reference/."""
        refs = municipalities()
        return cls(
            municipality_names={m.nis: m.name_nl for m in refs},
            postal_codes={m.nis: tuple(postal_codes_for(m.nis)) for m in refs},
        )


def read_organisation(
    r: JsonReader,
    root: Mapping[str, Any],
    addresses: AddressLists,
    *,
    excluded_kinds: frozenset[str] = frozenset(),
) -> tuple[IntakeOrganisation | None, str | None]:
    """The `organisatie` block: KBO number, name, kind, address from the reference lists, contact.

    Returns the organisation (None when any part is wrong) and its kind when that part was valid.
    `excluded_kinds` are refused as applicants (ED-2: a consortium cannot apply).
    """
    organisation: IntakeOrganisation | None = None
    kind: str | None = None
    municipality_names, postal_codes = addresses.municipality_names, addresses.postal_codes
    o = r.child(root, "organisatie", "", ("ondernemingsnummer", "naam", "soort", "adres", "contactpersoon"))
    if o is not None:
        number = r.enterprise_number(o, "ondernemingsnummer", "organisatie")
        name = r.text(o, "naam", "organisatie")
        raw_kind = r.text(o, "soort", "organisatie", limit=40)
        kinds = [k.value for k in OrganisationKind]
        if raw_kind is not None:
            if raw_kind in excluded_kinds:
                r.problem(
                    "organisatie.soort",
                    N_(
                        "een {k} kan geen erkenning aanvragen; elke organisatie vraagt afzonderlijk een erkenning aan "
                        "(ED-2)"
                    ).format(k=raw_kind),
                )
            elif raw_kind not in kinds:
                r.problem(
                    "organisatie.soort",
                    N_("onbekende soort '{k}' (toegelaten: {a})").format(k=raw_kind, a=", ".join(kinds)),
                )
            else:
                kind = raw_kind
        street = postal_code = nis = None
        a = r.child(o, "adres", "organisatie", ("straat", "postcode", "nis"))
        if a is not None:
            street = r.text(a, "straat", "organisatie.adres", limit=200)
            postal_code = r.checked_text(
                a,
                "postcode",
                "organisatie.adres",
                POSTAL_CODE.match,
                lambda p: N_("'{p}' is geen Belgische postcode (4 cijfers)").format(p=p),
                limit=10,
            )
            nis = r.checked_text(
                a,
                "nis",
                "organisatie.adres",
                municipality_names.__contains__,
                lambda c: N_("'{c}' is geen gemeente (REFNIS-code) uit de referentielijst").format(c=c),
                limit=10,
            )
            if nis is not None and postal_code is not None and postal_code not in postal_codes.get(nis, ()):
                codes = list(postal_codes.get(nis, ()))
                r.problem(
                    "organisatie.adres.postcode",
                    N_("{p} hoort niet bij {g} (NIS {c}); wel: {k}").format(
                        p=postal_code, g=municipality_names[nis], c=nis, k=", ".join(codes[:8]) or "?"
                    ),
                )
                postal_code = None
        contact: IntakeContact | None = None
        c = r.child(o, "contactpersoon", "organisatie", ("naam", "e-mail"), ("telefoon",))
        if c is not None:
            c_name = r.text(c, "naam", "organisatie.contactpersoon", limit=200)
            c_email = r.checked_text(
                c,
                "e-mail",
                "organisatie.contactpersoon",
                is_valid_email,
                lambda e: N_("'{e}' is geen geldig e-mailadres").format(e=e),
                limit=200,
            )
            c_phone = r.text(c, "telefoon", "organisatie.contactpersoon", required=False, limit=40)
            if c_name and c_email:
                contact = IntakeContact(c_name, c_email, c_phone)
        if number and name and kind and street and postal_code and nis and contact:
            organisation = IntakeOrganisation(number, name, kind, street, postal_code, nis, contact)

    return organisation, kind


def read_declaration(
    r: JsonReader, root: Mapping[str, Any], submitted_on: date | None, optional: Sequence[str] = ()
) -> tuple[Declaration | None, dict[str, Any] | None]:
    """`verklaring_op_eer`: agreed, signed by, signed on (not after the submission).

    Returns the declaration and the block itself, for the schema's `optional` extra keys.
    """
    declaration: Declaration | None = None
    d = r.child(root, "verklaring_op_eer", "", ("akkoord", "ondertekend_door", "datum"), optional)
    if d is not None:
        agreed = r.boolean(d, "akkoord", "verklaring_op_eer")
        signed_by = r.text(d, "ondertekend_door", "verklaring_op_eer", limit=200)
        signed_on = r.not_after_submission(
            "verklaring_op_eer.datum", r.day(d, "datum", "verklaring_op_eer"), submitted_on
        )
        if agreed is not None and signed_by and signed_on:
            declaration = Declaration(agreed, signed_by, signed_on)

    return declaration, d
