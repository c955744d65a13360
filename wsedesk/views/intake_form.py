"""The intake wizard's shared pieces: page ids, the page base class, field helpers, what a supervisor holds.

The pages (views/intake_organisation.py, intake_experience.py, intake_area.py) and the wizard
that holds them (views/intake_wizard.py) build on these. A page reaches the wizard only through
`IntakeForm`, so no page imports the wizard.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QWidget,
    QWizardPage,
)

from wsedesk.rules.identifiers import (
    IdentifierError,
    NationalNumber,
    parse_national_number,
)
from wsedesk.services.recognition import (
    ImportResult,
)
from wsedesk.services.reference import MunicipalityRef, municipalities, postal_codes_for
from wsedesk.views.form_fields import with_message
from wsedesk.views.widgets import (
    InlineMessage,
)

if TYPE_CHECKING:
    from wsedesk.context import AppContext
    from wsedesk.services.recognition import ImportResult

# Page ids, in the order of the form (ED-3 parts 1–5, subcontractors before the working area).
PAGE_ORGANISATION, PAGE_PROCEDURE, PAGE_EXPERIENCE, PAGE_SUBCONTRACTORS, PAGE_AREA, PAGE_DECLARATION = range(
    6
)

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
INDEXED_PATH = re.compile(r"^(ervaring\.begeleiders|onderaannemers|werkingsgebied\.nis)\[(\d+)\]")
FLANDERS = "02000"


@cache
def municipalities_by_name() -> dict[str, MunicipalityRef]:
    """Dutch name (casefolded) → municipality; a Flemish one wins when two share a name."""
    out: dict[str, MunicipalityRef] = {}
    for m in sorted(municipalities(), key=lambda m: m.region == FLANDERS):
        out[m.name_nl.casefold()] = m
    return out


@cache
def municipalities_by_postal_code() -> dict[str, tuple[MunicipalityRef, ...]]:
    out: dict[str, list[MunicipalityRef]] = {}
    for m in municipalities():
        for code in postal_codes_for(m.nis):
            out.setdefault(code, []).append(m)
    return {code: tuple(refs) for code, refs in out.items()}


def find_municipality(text: str) -> MunicipalityRef | None:
    """A Belgian municipality by Dutch name or REFNIS code, or None."""
    needle = text.strip()
    if needle.isdigit():
        return next((m for m in municipalities() if m.nis == needle), None)
    return municipalities_by_name().get(needle.casefold())


def text_edit(lines: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit


# --- what the pages hold -----------------------------------------------------------------------


@dataclass
class SupervisorEntry:
    """One qualified supervisor as typed in (part 3, ED-12). The number is kept only as validated digits."""

    first_name: str = ""
    last_name: str = ""
    national: NationalNumber | None = None
    national_problem: str = ""  # why the typed number was refused (never the number itself)
    diploma_id: str | None = None
    experience_years: Decimal | None = None
    experience_certificate: bool = False
    recognised_training: bool = False
    competences: list[str] = field(default_factory=list)
    employed_by_applicant: bool = True
    person_id: str | None = None  # set once stored: then "Toon" reads the number from the database

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def has_qualification(self) -> bool:
        return bool(
            self.diploma_id
            or self.experience_years is not None
            or self.experience_certificate
            or self.recognised_training
        )

    def as_json(self) -> dict[str, Any]:
        item: dict[str, Any] = {
            "voornaam": self.first_name.strip(),
            "achternaam": self.last_name.strip(),
            "rijksregisternummer": self.national.formatted if self.national else "",
            "in_dienst_bij_aanvrager": self.employed_by_applicant,
        }
        if self.diploma_id:
            item["diploma"] = self.diploma_id
        if self.experience_years is not None:
            years = self.experience_years
            item["ervaring_jaren"] = int(years) if years == years.to_integral_value() else float(years)
        if self.experience_certificate:
            item["ervaringsattest"] = True
        if self.recognised_training:
            item["erkende_opleiding"] = True
        if self.competences:
            item["competenties"] = list(self.competences)
        return item


def format_years(value: Decimal) -> str:
    """3 → "3", 3.5 → "3,5" (Dutch decimal comma)."""
    return str(int(value)) if value == value.to_integral_value() else str(value).replace(".", ",")


def national_number_problem(text: str) -> tuple[NationalNumber | None, str]:
    """Validate a typed national register number; the message never repeats the number (domain.md §2)."""
    digits = re.sub(r"[\s.\-/]", "", text)
    if not digits.isdigit() or len(digits) != 11:
        return None, "Een rijksregisternummer telt 11 cijfers (JJ.MM.DD-XXX.CC)."
    check = int(digits[9:])
    if check not in (97 - int(digits[:9]) % 97, 97 - int("2" + digits[:9]) % 97):
        return None, "Het controlegetal klopt niet."
    try:
        return parse_national_number(digits), ""
    except IdentifierError:
        return None, "De geboortedatum in het nummer bestaat niet."


class IntakeForm(Protocol):
    """What a page may ask of the wizard that holds it."""

    ctx: AppContext
    import_result: ImportResult | None
    organisation_page: Any
    experience_page: Any

    @property
    def registered(self) -> bool: ...

    def submit(self) -> None: ...

    def go_to_page(self, page_id: int) -> None: ...


class IntakePage(QWizardPage):
    """A page that can be made read-only once the application is stored."""

    def __init__(self, wizard: IntakeForm) -> None:
        super().__init__()
        self._wizard = wizard
        self.errors = InlineMessage()

    def set_read_only(self, read_only: bool) -> None:
        for child in self.findChildren(QWidget):
            if isinstance(
                child,
                QLineEdit
                | QComboBox
                | QCheckBox
                | QRadioButton
                | QPlainTextEdit
                | QSpinBox
                | QDoubleSpinBox
                | QDateEdit
                | QPushButton,
            ):
                child.setEnabled(not read_only)

    def _fail(self, problems: list[tuple[QWidget | None, str]]) -> bool:
        """Show the page's problems under it and put the cursor in the first field to fix."""
        if not problems:
            self.errors.clear_message()
            return True
        # An empty text only moves the cursor: the field's own message already says what is wrong.
        text = "\n".join(t for _w, t in problems if t)
        if text:
            self.errors.show_message(text)
        else:
            self.errors.clear_message()
        first = next((w for w, _t in problems if w is not None), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        return False


__all__ = [
    "EMAIL",
    "FLANDERS",
    "INDEXED_PATH",
    "PAGE_AREA",
    "PAGE_DECLARATION",
    "PAGE_EXPERIENCE",
    "PAGE_ORGANISATION",
    "PAGE_PROCEDURE",
    "PAGE_SUBCONTRACTORS",
    "IntakeForm",
    "IntakePage",
    "SupervisorEntry",
    "find_municipality",
    "format_years",
    "municipalities_by_name",
    "municipalities_by_postal_code",
    "national_number_problem",
    "text_edit",
    "with_message",
]
