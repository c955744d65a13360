"""The online counter's JSON (docs/intake-json.md, schema `wsedesk-intake/1`): reading and validation.

Pure: no database, no clock. `validate_application` turns a parsed JSON document into an
`IntakeApplication`, or lists every problem by its JSON path
(`ervaring.begeleiders[1].rijksregisternummer: controlegetal klopt niet`); nothing stops at the
first. The reference lists it checks against (rule settings, working-area codes, the diploma
list, municipalities and postal codes) come in as plain data (`IntakeReference`), by default
the shipped ones. Storing an application is `services/recognition.py`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from stdnum.be import ssn as _ssn

from wsedesk.i18n import N_
from wsedesk.models.organisations import OrganisationKind
from wsedesk.rules import quality as Q
from wsedesk.rules.identifiers import (
    IdentifierError,
    NationalNumber,
    normalise_enterprise_number,
    parse_national_number,
)
from wsedesk.rules.input_policy import EARLIEST_PLAUSIBLE_DATE, TextRule, shorten, text_problem
from wsedesk.rules.municipalities import municipalities, postal_codes_for

SCHEMA_ID = "wsedesk-intake/1"
MAX_TEXT = 20_000  # a motivation longer than this is not a motivation but a pasted document
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
_POSTAL_CODE = re.compile(r"^[1-9][0-9]{3}$")


@dataclass(frozen=True)
class IntakeReference:
    """The reference lists an application is checked against, as plain data."""

    settings: Q.RuleSettings
    areas: Q.AreaIndex
    diplomas: Q.DiplomaList
    municipality_names: Mapping[str, str]  # every Belgian municipality: REFNIS code → Dutch name
    postal_codes: Mapping[str, Sequence[str]]  # REFNIS code → its postal codes

    @classmethod
    def shipped(cls) -> IntakeReference:
        """The lists shipped under resources/reference/."""
        refs = municipalities()
        return cls(
            settings=Q.load_rule_settings(),
            areas=Q.load_area_index(),
            diplomas=Q.load_supervisor_diplomas(),
            municipality_names={m.nis: m.name_nl for m in refs},
            postal_codes={m.nis: tuple(postal_codes_for(m.nis)) for m in refs},
        )


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
class IntakeSupervisor:
    first_name: str
    last_name: str
    national_number: NationalNumber
    diploma_id: str | None
    experience_years: Decimal | None
    experience_certificate: bool
    recognised_training: bool
    competences: tuple[str, ...]
    employed_by_applicant: bool

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class IntakeSubcontractor:
    enterprise_number: str
    name: str
    recognised: bool


@dataclass(frozen=True)
class IntakeApplication:
    """A validated application of the online counter (schema wsedesk-intake/1)."""

    schema: str
    submitted_on: date
    organisation: IntakeOrganisation
    simplified_requested: bool
    simplified_applies: bool  # ED-2: the kind may use it and asked for it
    experience_motivation: str | None
    supervisors: tuple[IntakeSupervisor, ...] | None
    working_area: tuple[str, ...]
    capacity: int
    capacity_motivation: str
    declaration_on_honour: bool
    declaration_signed_by: str
    declaration_signed_on: date
    intervision_commitment: bool | None
    subcontractors: tuple[IntakeSubcontractor, ...]
    warnings: tuple[str, ...] = ()


_MISSING = object()


def _type_name(value: object, *, show: bool = True) -> str:
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


class _Reader:
    """Walks the JSON, collecting every problem with its path (nothing stops at the first)."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def problem(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, message))

    def wrong_type(self, path: str, expected: str, value: object, *, secret: bool = False) -> None:
        # `secret`: name the type only, never the value (a national number reveals a birth date).
        got = _type_name(value, show=not secret)
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
                    _join(path, str(key)),
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
        if value is _MISSING:
            return None
        return self.obj(value, _join(path, key), required, optional)

    def get(self, parent: Mapping[str, Any], key: str, path: str, *, required: bool = True) -> Any:
        value = parent.get(key, _MISSING)
        if value is _MISSING:
            if required:
                self.problem(_join(path, key), N_("ontbreekt"))
            return _MISSING
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
        where = _join(path, key)
        if value is _MISSING or (value is None and not required):
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
        value = self.get(parent, key, path, required=required)
        if value is _MISSING:
            return None
        if not isinstance(value, bool):
            self.wrong_type(_join(path, key), N_("true of false"), value)
            return None
        return value

    def day(self, parent: Mapping[str, Any], key: str, path: str) -> date | None:
        value = self.get(parent, key, path)
        where = _join(path, key)
        if value is _MISSING:
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
        value = self.get(parent, key, path)
        if value is _MISSING:
            return None
        if not isinstance(value, list):
            self.wrong_type(_join(path, key), N_("een lijst"), value)
            return None
        return value

    def enterprise_number(self, parent: Mapping[str, Any], key: str, path: str) -> str | None:
        raw = self.text(parent, key, path, limit=20)
        if raw is None:
            return None
        try:
            return normalise_enterprise_number(raw)
        except IdentifierError as exc:
            self.problem(_join(path, key), _lower_first(str(exc)).rstrip("."))
            return None

    def national_number(self, parent: Mapping[str, Any], key: str, path: str) -> NationalNumber | None:
        raw = self.text(parent, key, path, limit=20, secret=True)
        where = _join(path, key)
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


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if len(text) > 1 and text[1:2].islower() else text


def _area_problem(code: str, ref: IntakeReference) -> str | None:
    if code in ref.areas:
        return None
    other = ref.municipality_names.get(code)
    if other is not None:
        return N_(
            "'{c}' ({n}) ligt niet in Vlaanderen; het werkingsgebied bevat enkel Vlaamse gemeenten, provincies "
            "of 02000 (heel Vlaanderen)"
        ).format(c=code, n=other)
    return N_(
        "'{c}' is geen Vlaamse gemeente, provincie of 02000 (REFNIS-code uit de referentielijst)"
    ).format(c=code)


def validate_application(
    data: object, *, today: date | None = None, reference: IntakeReference | None = None
) -> tuple[IntakeApplication | None, list[Problem]]:
    """Check an online-counter document (docs/intake-json.md) without touching the database.

    Returns the application, or None with every problem found, each named by its JSON path
    (lists counted from 0): `ervaring.begeleiders[1].rijksregisternummer: controlegetal klopt niet`.
    `today` refuses a submission date in the future; `reference` defaults to the shipped lists.
    """
    ref = reference or IntakeReference.shipped()
    r = _Reader()
    settings = ref.settings
    diplomas = ref.diplomas
    warnings: list[str] = []

    root = r.obj(
        data,
        "",
        (
            "schema",
            "ingediend_op",
            "organisatie",
            "vereenvoudigde_procedure",
            "werkingsgebied",
            "verklaring_op_eer",
            "onderaannemers",
        ),
        ("ervaring",),
    )
    if root is None:
        return None, r.problems

    schema = r.get(root, "schema", "")
    if schema is not _MISSING and schema != SCHEMA_ID:
        r.problem(
            "schema",
            N_("'{s}' wordt niet ondersteund (verwacht '{e}')").format(s=schema, e=SCHEMA_ID),
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

    # Part 1: organisation and contact data.
    organisation: IntakeOrganisation | None = None
    kind: str | None = None
    o = r.child(root, "organisatie", "", ("ondernemingsnummer", "naam", "soort", "adres", "contactpersoon"))
    if o is not None:
        number = r.enterprise_number(o, "ondernemingsnummer", "organisatie")
        name = r.text(o, "naam", "organisatie")
        raw_kind = r.text(o, "soort", "organisatie", limit=40)
        kinds = [k.value for k in OrganisationKind]
        if raw_kind is not None:
            if raw_kind in settings.ed2_excluded_kinds:
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
            postal_code = r.text(a, "postcode", "organisatie.adres", limit=10)
            if postal_code is not None and not _POSTAL_CODE.match(postal_code):
                r.problem(
                    "organisatie.adres.postcode",
                    N_("'{p}' is geen Belgische postcode (4 cijfers)").format(p=postal_code),
                )
                postal_code = None
            nis = r.text(a, "nis", "organisatie.adres", limit=10)
            if nis is not None and nis not in ref.municipality_names:
                r.problem(
                    "organisatie.adres.nis",
                    N_("'{c}' is geen gemeente (REFNIS-code) uit de referentielijst").format(c=nis),
                )
                nis = None
            if (
                nis is not None
                and postal_code is not None
                and postal_code not in ref.postal_codes.get(nis, ())
            ):
                codes = list(ref.postal_codes.get(nis, ()))
                r.problem(
                    "organisatie.adres.postcode",
                    N_("{p} hoort niet bij {g} (NIS {c}); wel: {k}").format(
                        p=postal_code, g=ref.municipality_names[nis], c=nis, k=", ".join(codes[:8]) or "?"
                    ),
                )
                postal_code = None
        contact: IntakeContact | None = None
        c = r.child(o, "contactpersoon", "organisatie", ("naam", "e-mail"), ("telefoon",))
        if c is not None:
            c_name = r.text(c, "naam", "organisatie.contactpersoon", limit=200)
            c_email = r.text(c, "e-mail", "organisatie.contactpersoon", limit=200)
            if c_email is not None and not _EMAIL.match(c_email):
                r.problem(
                    "organisatie.contactpersoon.e-mail",
                    N_("'{e}' is geen geldig e-mailadres").format(e=c_email),
                )
                c_email = None
            c_phone = r.text(c, "telefoon", "organisatie.contactpersoon", required=False, limit=40)
            if c_name and c_email:
                contact = IntakeContact(c_name, c_email, c_phone)
        if number and name and kind and street and postal_code and nis and contact:
            organisation = IntakeOrganisation(number, name, kind, street, postal_code, nis, contact)

    # Part 2: the simplified procedure (ED-2).
    simplified = r.boolean(root, "vereenvoudigde_procedure", "")
    eligible = kind is not None and kind in settings.ed2_simplified_kinds
    simplified_applies = bool(simplified and eligible)
    if simplified and kind is not None and not eligible:
        warnings.append(
            N_(
                "De aanvrager vraagt de vereenvoudigde procedure, maar die geldt niet voor een {k} (enkel voor GTB, "
                "GOB, maatwerkbedrijven en LDE-ondernemingen, ED-2): de volledige procedure geldt."
            ).format(k=Q.KIND_LABELS.get(kind, kind))
        )

    # Part 3: experience and supervisors — not required under the simplified procedure.
    motivation: str | None = None
    supervisors: tuple[IntakeSupervisor, ...] | None = None
    if "ervaring" not in root:
        if simplified is not None and kind is not None and not simplified_applies:
            reason = (
                N_(
                    "de vereenvoudigde procedure geldt niet voor een {k} (enkel voor GTB, GOB, maatwerkbedrijven en "
                    "LDE-ondernemingen, ED-2); "
                ).format(k=Q.KIND_LABELS.get(kind, kind))
                if simplified
                else ""
            )
            r.problem(
                "ervaring",
                N_(
                    "ontbreekt; {r}de volledige procedure vraagt een ervaringsmotivering met de lijst van begeleiders "
                    "(ED-3, deel 3)"
                ).format(r=reason),
            )
    else:
        e = r.obj(root["ervaring"], "ervaring", ("motivering", "begeleiders"))
        if e is not None:
            motivation = r.text(e, "motivering", "ervaring", limit=MAX_TEXT)
            items = r.array(e, "begeleiders", "ervaring")
            if items is not None and not items:
                r.problem("ervaring.begeleiders", N_("de lijst is leeg; vermeld minstens één begeleider"))
            parsed: list[IntakeSupervisor] = []
            seen: dict[str, int] = {}
            for i, item in enumerate(items or ()):
                sup = _supervisor(r, item, f"ervaring.begeleiders[{i}]", diplomas, settings)
                if sup is None:
                    continue
                first = seen.setdefault(sup.national_number.digits, i)
                if first != i:
                    r.problem(
                        f"ervaring.begeleiders[{i}].rijksregisternummer",
                        N_("zelfde rijksregisternummer als ervaring.begeleiders[{j}]").format(j=first),
                    )
                parsed.append(sup)
            if items is not None and len(parsed) == len(items):
                supervisors = tuple(parsed)

    # Part 4: working area and capacity (ED-1, ED-13).
    area_codes: list[str] = []
    capacity: int | None = None
    capacity_motivation: str | None = None
    w = r.child(root, "werkingsgebied", "", ("nis", "capaciteit", "motivering"))
    if w is not None:
        nis_items = r.array(w, "nis", "werkingsgebied")
        if nis_items is not None and not nis_items:
            r.problem(
                "werkingsgebied.nis", N_("de lijst is leeg; vermeld minstens één gemeente of provincie")
            )
        for i, code in enumerate(nis_items or ()):
            where = f"werkingsgebied.nis[{i}]"
            if not isinstance(code, str):
                r.wrong_type(where, N_("een REFNIS-code als tekst"), code)
                continue
            problem = _area_problem(code.strip(), ref)
            if problem:
                r.problem(where, problem)
            elif code.strip() in area_codes:
                r.problem(where, N_("'{c}' staat al eerder in de lijst").format(c=code.strip()))
            else:
                area_codes.append(code.strip())
        raw_capacity = r.get(w, "capaciteit", "werkingsgebied")
        if raw_capacity is not _MISSING:
            if isinstance(raw_capacity, bool) or not isinstance(raw_capacity, int):
                r.wrong_type("werkingsgebied.capaciteit", N_("een geheel getal"), raw_capacity)
            elif raw_capacity < 1 or raw_capacity > 100_000:
                r.problem(
                    "werkingsgebied.capaciteit",
                    N_("{v} is geen aantal werknemers tussen 1 en 100000").format(
                        v=shorten(str(raw_capacity), 12)
                    ),
                )
            else:
                capacity = raw_capacity
        capacity_motivation = r.text(w, "motivering", "werkingsgebied", limit=MAX_TEXT)

    # Part 5: the declaration on honour (and the intervision commitment it carries, ED-1).
    declaration: tuple[bool, str, date] | None = None
    intervision: bool | None = None
    d = r.child(root, "verklaring_op_eer", "", ("akkoord", "ondertekend_door", "datum"), ("intervisie",))
    if d is not None:
        agreed = r.boolean(d, "akkoord", "verklaring_op_eer")
        signed_by = r.text(d, "ondertekend_door", "verklaring_op_eer", limit=200)
        signed_on = r.day(d, "datum", "verklaring_op_eer")
        if signed_on is not None and submitted_on is not None and signed_on > submitted_on:
            r.problem(
                "verklaring_op_eer.datum",
                N_("{d} ligt na de indiening ({s})").format(
                    d=signed_on.isoformat(), s=submitted_on.isoformat()
                ),
            )
            signed_on = None
        intervision = r.boolean(d, "intervisie", "verklaring_op_eer", required=False)
        if agreed is not None and signed_by and signed_on:
            declaration = (agreed, signed_by, signed_on)

    # Subcontractors (ED-10): an empty list means none are used.
    subcontractors: list[IntakeSubcontractor] = []
    subs = r.array(root, "onderaannemers", "")
    sub_seen: dict[str, int] = {}
    for i, item in enumerate(subs or ()):
        where = f"onderaannemers[{i}]"
        s = r.obj(item, where, ("ondernemingsnummer", "naam", "erkend"))
        if s is None:
            continue
        s_number = r.enterprise_number(s, "ondernemingsnummer", where)
        s_name = r.text(s, "naam", where)
        s_recognised = r.boolean(s, "erkend", where)
        if s_number is not None:
            first = sub_seen.setdefault(s_number, i)
            if first != i:
                r.problem(
                    _join(where, "ondernemingsnummer"),
                    N_("zelfde onderaannemer als onderaannemers[{j}]").format(j=first),
                )
                continue
        if s_number and s_name and s_recognised is not None:
            subcontractors.append(IntakeSubcontractor(s_number, s_name, s_recognised))

    if r.problems:
        return None, r.problems
    assert organisation and submitted_on and simplified is not None and capacity and capacity_motivation
    assert declaration is not None
    return (
        IntakeApplication(
            schema=SCHEMA_ID,
            submitted_on=submitted_on,
            organisation=organisation,
            simplified_requested=simplified,
            simplified_applies=simplified_applies,
            experience_motivation=motivation,
            supervisors=supervisors,
            working_area=tuple(area_codes),
            capacity=capacity,
            capacity_motivation=capacity_motivation,
            declaration_on_honour=declaration[0],
            declaration_signed_by=declaration[1],
            declaration_signed_on=declaration[2],
            intervision_commitment=intervision,
            subcontractors=tuple(subcontractors),
            warnings=tuple(warnings),
        ),
        [],
    )


def _supervisor(
    r: _Reader, item: object, path: str, diplomas: Q.DiplomaList, settings: Q.RuleSettings
) -> IntakeSupervisor | None:
    s = r.obj(
        item,
        path,
        ("voornaam", "achternaam", "rijksregisternummer", "in_dienst_bij_aanvrager"),
        ("diploma", "ervaring_jaren", "ervaringsattest", "erkende_opleiding", "competenties"),
    )
    if s is None:
        return None
    before = len(r.problems)
    first = r.text(s, "voornaam", path, limit=100)
    last = r.text(s, "achternaam", path, limit=100)
    number = r.national_number(s, "rijksregisternummer", path)
    diploma = r.text(s, "diploma", path, required=False, limit=80)
    if diploma is not None and diplomas.get(diploma) is None:
        r.problem(
            _join(path, "diploma"),
            N_(
                "'{d}' staat niet op de diplomalijst (supervisor-diplomas.json); geef een id van die lijst, of "
                "vul ervaring_jaren in"
            ).format(d=diploma),
        )
        diploma = None
    years: Decimal | None = None
    raw_years = r.get(s, "ervaring_jaren", path, required=False)
    if raw_years is not _MISSING and raw_years is not None:
        if isinstance(raw_years, bool) or not isinstance(raw_years, int | float):
            r.wrong_type(_join(path, "ervaring_jaren"), N_("een getal"), raw_years)
        else:
            try:
                years = Decimal(str(raw_years))
            except InvalidOperation:  # pragma: no cover - json gives finite numbers
                years = None
            if years is None or not years.is_finite() or years < 0 or years > 60:
                r.problem(
                    _join(path, "ervaring_jaren"),
                    N_("{v} is geen aantal jaren tussen 0 en 60").format(v=raw_years),
                )
                years = None
            elif years != years.quantize(Decimal("0.1")):
                r.problem(
                    _join(path, "ervaring_jaren"),
                    N_("hoogstens één cijfer na de komma ({v})").format(v=raw_years),
                )
                years = None
    certificate = r.boolean(s, "ervaringsattest", path, required=False)
    training = r.boolean(s, "erkende_opleiding", path, required=False)
    competences: list[str] = []
    raw_comp = r.get(s, "competenties", path, required=False)
    if raw_comp is not _MISSING:
        if not isinstance(raw_comp, list):
            r.wrong_type(_join(path, "competenties"), N_("een lijst"), raw_comp)
        else:
            allowed = settings.ed12_core_competences
            for j, comp in enumerate(raw_comp):
                where = f"{path}.competenties[{j}]"
                if not isinstance(comp, str):
                    r.wrong_type(where, N_("tekst"), comp)
                elif comp not in allowed:
                    r.problem(
                        where,
                        N_("onbekende competentie '{c}' (toegelaten: {a})").format(
                            c=comp, a=", ".join(allowed)
                        ),
                    )
                elif comp not in competences:
                    competences.append(comp)
    employed = r.boolean(s, "in_dienst_bij_aanvrager", path)
    has_qualification = "diploma" in s or "ervaring_jaren" in s or certificate is True or training is True
    if not has_qualification:
        r.problem(
            path,
            N_(
                "geen kwalificatie: geef een diploma (id uit supervisor-diplomas.json) of ervaring_jaren, of een "
                "ervaringsattest of erkende opleiding (ED-12)"
            ),
        )
    if len(r.problems) != before:
        return None
    assert first and last and number is not None and employed is not None
    return IntakeSupervisor(
        first_name=first,
        last_name=last,
        national_number=number,
        diploma_id=diploma,
        experience_years=years,
        experience_certificate=bool(certificate),
        recognised_training=bool(training),
        competences=tuple(competences),
        employed_by_applicant=employed,
    )


__all__ = [
    "MAX_TEXT",
    "SCHEMA_ID",
    "IntakeApplication",
    "IntakeContact",
    "IntakeOrganisation",
    "IntakeReference",
    "IntakeSubcontractor",
    "IntakeSupervisor",
    "Problem",
    "validate_application",
]
