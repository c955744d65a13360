"""The online counter's JSON (docs/intake-json.md, schema `wsedesk-intake/1`): reading and validation.

Pure: no database, no clock. `validate_application` turns a parsed JSON document into an
`IntakeApplication`, or lists every problem by its JSON path
(`ervaring.begeleiders[1].rijksregisternummer: controlegetal klopt niet`); nothing stops at the
first. The reference lists it checks against (rule settings, working-area codes, the diploma
list, municipalities and postal codes) come in as plain data (`IntakeReference`), by default
the shipped ones. Storing an application is `services/recognition.py`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from wsedesk.i18n import N_
from wsedesk.importers.counter_json import (
    MISSING,
    AddressLists,
    IntakeContact,
    IntakeOrganisation,
    JsonReader,
    Problem,
    join_path,
    read_declaration,
    read_header,
    read_organisation,
)
from wsedesk.rules import quality as Q
from wsedesk.rules.identifiers import NationalNumber
from wsedesk.rules.input_policy import shorten

SCHEMA_ID = "wsedesk-intake/1"
MAX_TEXT = 20_000  # a motivation longer than this is not a motivation but a pasted document


@dataclass(frozen=True)
class IntakeReference:
    """The reference lists an application is checked against, as plain data."""

    settings: Q.RuleSettings
    areas: Q.AreaIndex
    diplomas: Q.DiplomaList
    addresses: AddressLists

    @classmethod
    def shipped(cls) -> IntakeReference:
        """The lists shipped under resources/reference/."""
        return cls(
            settings=Q.load_rule_settings(),
            areas=Q.load_area_index(),
            diplomas=Q.load_supervisor_diplomas(),
            addresses=AddressLists.shipped(),
        )


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


def _area_problem(code: str, ref: IntakeReference) -> str | None:
    if code in ref.areas:
        return None
    other = ref.addresses.municipality_names.get(code)
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
    r = JsonReader()
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

    submitted_on = read_header(r, root, SCHEMA_ID, today)

    # Part 1: organisation and contact data.
    organisation, kind = read_organisation(
        r,
        root,
        ref.addresses,
        excluded_kinds=settings.ed2_excluded_kinds,
    )

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
        if raw_capacity is not MISSING:
            capacity = r.whole_number(
                raw_capacity,
                "werkingsgebied.capaciteit",
                1,
                100_000,
                lambda v: N_("{v} is geen aantal werknemers tussen 1 en 100000").format(
                    v=shorten(str(v), 12)
                ),
            )
        capacity_motivation = r.text(w, "motivering", "werkingsgebied", limit=MAX_TEXT)

    # Part 5: the declaration on honour (and the intervision commitment it carries, ED-1).
    declaration, d = read_declaration(r, root, submitted_on, ("intervisie",))
    intervision = r.boolean(d, "intervisie", "verklaring_op_eer", required=False) if d is not None else None

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
                    join_path(where, "ondernemingsnummer"),
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
            declaration_on_honour=declaration.agreed,
            declaration_signed_by=declaration.signed_by,
            declaration_signed_on=declaration.signed_on,
            intervision_commitment=intervision,
            subcontractors=tuple(subcontractors),
            warnings=tuple(warnings),
        ),
        [],
    )


def _supervisor(
    r: JsonReader, item: object, path: str, diplomas: Q.DiplomaList, settings: Q.RuleSettings
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
            join_path(path, "diploma"),
            N_(
                "'{d}' staat niet op de diplomalijst (supervisor-diplomas.json); geef een id van die lijst, of "
                "vul ervaring_jaren in"
            ).format(d=diploma),
        )
        diploma = None
    years: Decimal | None = None
    raw_years = r.get(s, "ervaring_jaren", path, required=False)
    if raw_years is not MISSING and raw_years is not None:
        if isinstance(raw_years, bool) or not isinstance(raw_years, int | float):
            r.wrong_type(join_path(path, "ervaring_jaren"), N_("een getal"), raw_years)
        else:
            try:
                years = Decimal(str(raw_years))
            except InvalidOperation:  # pragma: no cover - json gives finite numbers
                years = None
            if years is None or not years.is_finite() or years < 0 or years > 60:
                r.problem(
                    join_path(path, "ervaring_jaren"),
                    N_("{v} is geen aantal jaren tussen 0 en 60").format(v=raw_years),
                )
                years = None
            elif years != years.quantize(Decimal("0.1")):
                r.problem(
                    join_path(path, "ervaring_jaren"),
                    N_("hoogstens één cijfer na de komma ({v})").format(v=raw_years),
                )
                years = None
    certificate = r.boolean(s, "ervaringsattest", path, required=False)
    training = r.boolean(s, "erkende_opleiding", path, required=False)
    competences: list[str] = []
    raw_comp = r.get(s, "competenties", path, required=False)
    if raw_comp is not MISSING:
        if not isinstance(raw_comp, list):
            r.wrong_type(join_path(path, "competenties"), N_("een lijst"), raw_comp)
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
