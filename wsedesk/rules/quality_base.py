"""Shared machinery of the quality checks: the context, the verdict collector, ordering, formatting.

Used by rules/quality_registration.py (QR-*), rules/quality_recognition.py (ED-*) and
rules/quality.py (MW-1, TW-1, the dispatcher). No clock, no database, no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, TypedDict

from wsedesk.i18n import N_
from wsedesk.rules.calendar import HolidayCalendar, format_date_nl, load_default_calendar
from wsedesk.rules.quality_facts import NIET_VOLDAAN, ONBEKEND, VOLDAAN, AuditOrganisation, Finding, Verdict
from wsedesk.rules.quality_reference import (
    AreaIndex,
    DiplomaList,
    LabelCatalogue,
    RuleSettings,
    load_area_index,
    load_label_catalogue,
    load_rule_settings,
    load_supervisor_diplomas,
)
from wsedesk.rules.terms import Suspension, TermResult, TermSpec, compute_term

#: The order findings are listed in (advice, letters, screens).
RULE_ORDER: tuple[str, ...] = (
    *(f"QR-{i}" for i in range(1, 9)),
    *(f"ED-{i}" for i in range(1, 14)),
    "MW-1",
    "TW-1",
)

NVT = N_("Niet van toepassing: ")


# --- small helpers -----------------------------------------------------------------------------


def fmt_date(day: date) -> str:
    return format_date_nl(day, weekday=False)


def fmt_number(value: Decimal) -> str:
    """Dutch notation without trailing zeros: 19.50 → 19,5."""
    if value == value.to_integral_value():
        return f"{value.quantize(Decimal(1)):f}"
    return f"{value.normalize():f}".replace(".", ",")


def as_decimal(value: Decimal | int | float | None) -> Decimal | None:
    if value is None:
        return None
    return value if isinstance(value, Decimal) else Decimal(str(value))


def evidence_text(value: Any) -> str:
    """How a fact is written in `Finding.evidence`: ISO dates, ja/nee, onbekend."""
    if value is None:
        return "onbekend"
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return fmt_number(value)
    if isinstance(value, (frozenset, set)):
        return ", ".join(sorted(str(v) for v in value))
    if isinstance(value, (tuple, list)):
        return ", ".join(str(v) for v in value)
    return str(value)


def ev(**facts: Any) -> dict[str, str]:
    """Evidence from keyword facts; `__` in a name becomes a dot (`proof__valid_until`)."""
    return {k.replace("__", "."): evidence_text(v) for k, v in facts.items()}


def by_answer(answer: bool | None, met: str, not_met: str, unknown: str) -> tuple[Verdict, str]:
    """A yes/no fact judged, with the text for its verdict: yes is met, no is not met, none unknown."""
    if answer is None:
        return ONBEKEND, unknown
    return (VOLDAAN, met) if answer else (NIET_VOLDAAN, not_met)


def blank(text: str | None) -> bool:
    return text is None or not text.strip()


def unique(items: Iterable[str]) -> list[str]:
    seen: list[str] = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen


class Judge:
    """Collects the parts of one finding: what failed, what is unknown, what was met.

    Failures win over unknowns, unknowns over successes; the reason lists the failures first,
    then what is still unknown, so the officer sees everything at once.
    """

    def __init__(self) -> None:
        self.fails: list[str] = []
        self.unknowns: list[str] = []
        self.oks: list[str] = []
        self.questions: list[str] = []

    def fail(self, text: str) -> None:
        self.fails.append(text)

    def unknown(self, text: str, question: str | None = None) -> None:
        self.unknowns.append(text)
        if question:
            self.questions.append(question)

    def ok(self, text: str) -> None:
        self.oks.append(text)

    @property
    def verdict(self) -> Verdict:
        if self.fails:
            return NIET_VOLDAAN
        if self.unknowns:
            return ONBEKEND
        return VOLDAAN

    def finding(self, rule_id: str, evidence: Mapping[str, str], subject: str = "") -> Finding:
        verdict = self.verdict
        if verdict == NIET_VOLDAAN:
            parts = self.fails + self.unknowns
        elif verdict == ONBEKEND:
            parts = self.unknowns
        else:
            parts = self.oks
        question = " ".join(unique(self.questions)) if verdict == ONBEKEND and self.questions else None
        return Finding(rule_id, verdict, " ".join(parts), dict(evidence), subject, question)


def part_verdicts(parts: Iterable[Finding]) -> dict[str, str]:
    """The evidence of a finding built on others: each part's verdict, under `rule_id[.subject]`."""
    return {f"{f.rule_id}{'.' + f.subject if f.subject else ''}": f.verdict for f in parts}


def not_applicable(
    rule_id: str, why: str, evidence: Mapping[str, str] | None = None, subject: str = ""
) -> Finding:
    return Finding(rule_id, VOLDAAN, NVT + why, dict(evidence or {}), subject, None, applicable=False)


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    """In rule order (RULE_ORDER); parts of one rule keep the order they were made in."""
    rank = {rule: i for i, rule in enumerate(RULE_ORDER)}
    return sorted(findings, key=lambda f: rank.get(f.rule_id, len(rank)))


@dataclass(frozen=True)
class CheckContext:
    """What every check needs besides the facts: the date, the figures and the reference lists."""

    as_of: date
    settings: RuleSettings
    calendar: HolidayCalendar
    catalogue: LabelCatalogue
    audit_orgs: Mapping[str, AuditOrganisation]
    diplomas: DiplomaList
    areas: AreaIndex

    def term(
        self, event: date, days: int, rule_id: str, suspensions: Sequence[Suspension] = ()
    ) -> TermResult:
        """A term in calendar days from `event` (T-1, with T-3 suspensions)."""
        return compute_term(event, TermSpec(rule_id, days), list(suspensions), self.calendar)


def index_audit_organisations(
    audit_orgs: Mapping[str, AuditOrganisation] | Iterable[AuditOrganisation] | None,
) -> dict[str, AuditOrganisation]:
    if audit_orgs is None:
        return {}
    if isinstance(audit_orgs, Mapping):
        return dict(audit_orgs)
    return {org.id: org for org in audit_orgs}


class ContextArgs(TypedDict, total=False):
    """The reference data a check may be given (make_context loads the shipped files for the rest)."""

    settings: RuleSettings | None
    calendar: HolidayCalendar | None
    catalogue: LabelCatalogue | None
    audit_orgs: Mapping[str, AuditOrganisation] | Iterable[AuditOrganisation] | None


def make_context(
    as_of: date,
    *,
    settings: RuleSettings | None = None,
    calendar: HolidayCalendar | None = None,
    catalogue: LabelCatalogue | None = None,
    audit_orgs: Mapping[str, AuditOrganisation] | Iterable[AuditOrganisation] | None = None,
    diplomas: DiplomaList | None = None,
    areas: AreaIndex | None = None,
) -> CheckContext:
    """A CheckContext; whatever is not given comes from the shipped reference files."""
    return CheckContext(
        as_of=as_of,
        settings=settings or load_rule_settings(),
        calendar=calendar or load_default_calendar(),
        catalogue=catalogue if catalogue is not None else load_label_catalogue(),
        audit_orgs=index_audit_organisations(audit_orgs),
        diplomas=diplomas if diplomas is not None else load_supervisor_diplomas(),
        areas=areas if areas is not None else load_area_index(),
    )


__all__ = [
    "NVT",
    "RULE_ORDER",
    "CheckContext",
    "ContextArgs",
    "Judge",
    "as_decimal",
    "blank",
    "ev",
    "evidence_text",
    "fmt_date",
    "fmt_number",
    "index_audit_organisations",
    "make_context",
    "not_applicable",
    "sort_findings",
    "unique",
]
