"""Sustainability-report template definitions: the JSON files under resources/report-templates/.

One file per template version, named after the version (`duurzaamheidsverslag-2025.json`).
The loader validates a definition completely (types, checks, references between rows) so a
broken file fails when it is loaded, not halfway through reading someone's workbook.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Any

from wsedesk.errors import BadInputError
from wsedesk.i18n import N_
from wsedesk.paths import resource
from wsedesk.rules.reports import (
    CHECK_PARAMS,
    DEFAULT_CHECK_SEVERITY,
    CheckKind,
    CheckSpec,
    FieldSpec,
    FieldType,
    ReportTemplate,
    Severity,
    SheetSpec,
)

VERSION_PREFIX = "duurzaamheidsverslag-"
DEFINITION_FORMAT = 1
_VERSION_RE = re.compile(r"^duurzaamheidsverslag-[0-9A-Za-z][0-9A-Za-z._-]{0,40}$")
_CODE_RE = re.compile(r"^[A-Z]{1,3}[0-9]{1,3}$")
_CELL_RE = re.compile(r"^[A-Z]{1,3}[1-9][0-9]{0,6}$")


_Fail = Callable[[str], "TemplateDefinitionError"]


class TemplateDefinitionError(BadInputError):
    """A template definition file is missing, unreadable or inconsistent."""


class UnknownTemplateVersionError(BadInputError):
    """No definition exists for the version asked for."""


def templates_dir() -> Path:
    return resource("report-templates")


def available_versions(directory: Path | None = None) -> list[str]:
    """Versions with a definition file, oldest first (`duurzaamheidsverslag-2024`, `…-2025`)."""
    folder = directory or templates_dir()
    if not folder.is_dir():
        return []
    versions = [p.stem for p in folder.glob(f"{VERSION_PREFIX}*.json") if _VERSION_RE.match(p.stem)]
    return sorted(versions, key=_version_sort_key)


def latest_version(directory: Path | None = None) -> str:
    versions = available_versions(directory)
    if not versions:
        raise TemplateDefinitionError(N_("Er zijn geen sjabloondefinities voor het duurzaamheidsverslag."))
    return versions[-1]


def normalise_version(text: str) -> str:
    """`2025`, ` Duurzaamheidsverslag-2025 ` → `duurzaamheidsverslag-2025` (not checked to exist)."""
    value = "".join(str(text).split()).lower()
    if value and not value.startswith(VERSION_PREFIX):
        value = VERSION_PREFIX + value
    return value


def resolve_version(text: str, directory: Path | None = None) -> str:
    """The full version id for `text` (`2025` or the full id); raises if there is no definition."""
    version = normalise_version(text)
    known = available_versions(directory)
    if version not in known:
        raise UnknownTemplateVersionError(
            N_("Onbekende sjabloonversie '{v}': beschikbaar zijn {k}.").format(
                v=str(text).strip(), k=", ".join(known) or N_("geen")
            )
        )
    return version


def load_template(version: str, directory: Path | None = None) -> ReportTemplate:
    """The definition of `version` (full id or `2025`); cached per folder."""
    resolved = resolve_version(version, directory)
    folder = (directory or templates_dir()).resolve()
    return _load_cached(resolved, str(folder))


def load_templates(directory: Path | None = None) -> dict[str, ReportTemplate]:
    """Every available definition, by version id."""
    return {v: load_template(v, directory) for v in available_versions(directory)}


@lru_cache(maxsize=32)
def _load_cached(version: str, folder: str) -> ReportTemplate:
    path = Path(folder) / f"{version}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise TemplateDefinitionError(
            N_("Sjabloondefinitie {f} kan niet gelezen worden: {e}").format(f=path.name, e=exc)
        ) from exc
    template = parse_template(data, source=path.name)
    if template.version != version:
        raise TemplateDefinitionError(
            N_("Sjabloondefinitie {f} beschrijft versie '{v}': de bestandsnaam moet {v}.json zijn.").format(
                f=path.name, v=template.version
            )
        )
    return template


def parse_template(data: Any, *, source: str = "<definitie>") -> ReportTemplate:
    """Build and validate a ReportTemplate from the decoded JSON of a definition file."""

    def fail(message: str) -> TemplateDefinitionError:
        return TemplateDefinitionError(
            N_("Sjabloondefinitie {f} is ongeldig: {m}").format(f=source, m=message)
        )

    if not isinstance(data, Mapping):
        raise fail(N_("verwacht een JSON-object"))
    if data.get("format") != DEFINITION_FORMAT:
        raise fail(N_("'format' moet {n} zijn").format(n=DEFINITION_FORMAT))
    version = data.get("version")
    if not isinstance(version, str) or not _VERSION_RE.match(version):
        raise fail(N_("'version' moet de vorm duurzaamheidsverslag-<jaar> hebben"))
    years = data.get("report_years") or {}
    if not isinstance(years, Mapping):
        raise fail(N_("'report_years' moet een object zijn"))
    first_year = _optional_int(years.get("first"), "report_years.first", fail)
    last_year = _optional_int(years.get("last"), "report_years.last", fail)
    version_cell = data.get("version_cell")
    if not isinstance(version_cell, Mapping):
        raise fail(N_("'version_cell' ontbreekt"))
    version_sheet = version_cell.get("sheet")
    cell = version_cell.get("cell")
    if not isinstance(version_sheet, str) or not isinstance(cell, str) or not _CELL_RE.match(cell):
        raise fail(N_("'version_cell' moet een tabblad en een cel (bv. F1) noemen"))

    raw_sheets = data.get("sheets")
    if not isinstance(raw_sheets, list) or not raw_sheets:
        raise fail(N_("'sheets' moet een niet-lege lijst zijn"))
    sheets: list[SheetSpec] = []
    seen_codes: set[str] = set()
    seen_sheets: set[str] = set()
    for raw_sheet in raw_sheets:
        if not isinstance(raw_sheet, Mapping) or not isinstance(raw_sheet.get("name"), str):
            raise fail(N_("elk tabblad heeft een 'name'"))
        name = raw_sheet["name"]
        key = sheet_key(name)
        if not key or key in seen_sheets or len(name) > 31:
            raise fail(N_("tabbladnaam '{n}' is leeg, dubbel of langer dan 31 tekens").format(n=name))
        seen_sheets.add(key)
        raw_fields = raw_sheet.get("fields")
        if not isinstance(raw_fields, list) or not raw_fields:
            raise fail(N_("tabblad '{n}' heeft geen velden").format(n=name))
        fields = []
        for raw_field in raw_fields:
            spec = _parse_field(raw_field, fail)
            if spec.code in seen_codes:
                raise fail(N_("code {c} komt twee keer voor").format(c=spec.code))
            seen_codes.add(spec.code)
            fields.append(spec)
        sheets.append(SheetSpec(name=name, title=str(raw_sheet.get("title") or name), fields=tuple(fields)))

    if sheet_key(version_sheet) not in seen_sheets:
        raise fail(N_("'version_cell' verwijst naar een onbekend tabblad '{n}'").format(n=version_sheet))
    template = ReportTemplate(
        version=version,
        title=str(data.get("title") or version),
        sheets=tuple(sheets),
        version_sheet=next(s.name for s in sheets if sheet_key(s.name) == sheet_key(version_sheet)),
        version_cell=cell,
        instructions=str(data.get("instructions") or ""),
        first_report_year=first_year,
        last_report_year=last_year,
    )
    _check_references(template, fail)
    return template


def sheet_key(name: str) -> str:
    """Sheet names match case- and space-insensitively: ` INDICATOREN ` is `Indicatoren`."""
    return "".join(str(name).split()).casefold()


def _parse_field(raw: Any, fail: _Fail) -> FieldSpec:
    if not isinstance(raw, Mapping):
        raise fail(N_("elk veld is een JSON-object"))
    code = raw.get("code")
    if not isinstance(code, str) or not _CODE_RE.match(code):
        raise fail(N_("ongeldige code {c!r} (verwacht bv. I01)").format(c=code))
    try:
        kind = FieldType(str(raw.get("type")))
    except ValueError:
        raise fail(N_("{c}: onbekend type {t!r}").format(c=code, t=raw.get("type"))) from None
    label = raw.get("label")
    if not isinstance(label, str) or not label.strip():
        raise fail(N_("{c}: 'label' ontbreekt").format(c=code))
    mandatory = raw.get("mandatory")
    if not isinstance(mandatory, bool):
        raise fail(N_("{c}: 'mandatory' moet true of false zijn").format(c=code))
    choices = raw.get("choices") or []
    if kind is FieldType.CHOICE and (
        not isinstance(choices, list) or not choices or not all(isinstance(c, str) and c for c in choices)
    ):
        raise fail(N_("{c}: een keuzeveld heeft een lijst 'choices'").format(c=code))
    min_length = raw.get("min_length")
    if min_length is not None and (not isinstance(min_length, int) or min_length < 0):
        raise fail(N_("{c}: 'min_length' moet een geheel getal ≥ 0 zijn").format(c=code))
    checks = []
    for raw_check in raw.get("checks") or []:
        checks.append(_parse_check(code, raw_check, fail))
    return FieldSpec(
        code=code,
        label=label.strip(),
        type=kind,
        mandatory=mandatory,
        unit=str(raw.get("unit") or ""),
        hint=str(raw.get("hint") or ""),
        minimum=_optional_decimal(raw.get("min"), f"{code}.min", fail),
        maximum=_optional_decimal(raw.get("max"), f"{code}.max", fail),
        min_length=min_length,
        choices=tuple(c.strip().lower() for c in choices) if kind is FieldType.CHOICE else (),
        checks=tuple(checks),
    )


def _parse_check(code: str, raw: Any, fail: _Fail) -> CheckSpec:
    if not isinstance(raw, Mapping):
        raise fail(N_("{c}: elke controle is een JSON-object").format(c=code))
    try:
        kind = CheckKind(str(raw.get("check")))
    except ValueError:
        raise fail(N_("{c}: onbekende controle {k!r}").format(c=code, k=raw.get("check"))) from None
    severity: Severity = raw.get("severity", DEFAULT_CHECK_SEVERITY[kind])
    if severity not in ("error", "warning"):
        raise fail(N_("{c}: 'severity' moet error of warning zijn").format(c=code))
    params = {k: v for k, v in raw.items() if k not in ("check", "severity", "rule")}
    for needed in CHECK_PARAMS[kind]:
        if needed not in params:
            raise fail(N_("{c}: controle {k} mist parameter '{p}'").format(c=code, k=kind.value, p=needed))
    rule = raw.get("rule")
    return CheckSpec(kind=kind, severity=severity, rule_id=str(rule) if rule else None, params=params)


def _check_references(template: ReportTemplate, fail: _Fail) -> None:
    codes = set(template.codes)
    for spec in template.fields():
        for check in spec.checks:
            for key in ("field", "numerator", "denominator", "label_field"):
                ref = check.params.get(key)
                if ref is not None and ref not in codes:
                    raise fail(
                        N_("{c}: controle {k} verwijst naar onbekende code {r}").format(
                            c=spec.code, k=check.kind.value, r=ref
                        )
                    )
            if check.kind in (CheckKind.MW1_SHARE, CheckKind.MW1_TARGET_FTE):
                label_field = template.field(check.params["label_field"])
                if label_field.type is not FieldType.CHOICE:
                    raise fail(N_("{c}: 'label_field' moet een keuzeveld zijn").format(c=spec.code))
    needs_year = any(
        check.kind in (CheckKind.REPORT_YEAR, CheckKind.SUBMISSION_DEADLINE, CheckKind.MW1_SHARE)
        for spec in template.fields()
        for check in spec.checks
    )
    if needs_year and template.first_code_of_type(FieldType.YEAR) is None:
        raise fail(N_("controles op het verslagjaar vragen een veld van het type 'year'"))


def _optional_int(value: Any, name: str, fail: _Fail) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        raise fail(N_("'{n}' moet een geheel getal of null zijn").format(n=name))
    return value


def _optional_decimal(value: Any, name: str, fail: _Fail) -> Decimal | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise fail(N_("'{n}' moet een getal zijn").format(n=name))
    try:
        return Decimal(str(value))
    except InvalidOperation:
        raise fail(N_("'{n}' moet een getal zijn").format(n=name)) from None


def _version_sort_key(version: str) -> tuple[int, str]:
    suffix = version.removeprefix(VERSION_PREFIX)
    digits = re.match(r"\d+", suffix)
    return (int(digits.group()) if digits else 0, suffix)
