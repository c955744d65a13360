"""The intake wizard's shared pieces: page ids, the page base class, field helpers, what a supervisor holds.

The pages (views/intake_organisation.py, intake_experience.py, intake_area.py) and the wizard
that holds them (views/intake_wizard.py) build on these. A page reaches the wizard only through
`IntakeForm`, so no page imports the wizard.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
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
from wsedesk.views.form_fields import DeclarationFields, ProblemList, with_message
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
    """A page under its title and subtitle (the wizard's header) that can be made read-only once
    the application is stored."""

    def __init__(self, wizard: IntakeForm, title: str, subtitle: str) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(title)
        self.setSubTitle(subtitle)
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


class SubmitPage(IntakePage):
    """A wizard's last page: the declaration on honour (in the subclass's form), the import's
    problems, and submitting; the ED intake's part 5 and the QR registration's last page."""

    def _add_declaration(self, form: QFormLayout, *, signed_latest: date | None) -> None:
        today = self._wizard.ctx.clock.today()
        self.declaration = DeclarationFields(self, form, today, signed_latest=signed_latest)
        self.submitted_edit, self.agreed_check, self.signed_by_edit, self.signed_on_edit = (
            self.declaration.widgets()
        )

    def _add_problems(self, layout: QVBoxLayout) -> None:
        self.problems = ProblemList(self, self._wizard.go_to_page)
        self.problems_label, self.problems_list = self.problems.label, self.problems.list
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems_list, 1)

    def show_problems(self, problems: Sequence[tuple[int, str]]) -> None:
        """List the import's problems, each with the page it belongs to (UserRole)."""
        self.problems.show_problems(problems)

    def _outcome(self, stored: str, result: Any) -> list[str]:
        """The first lines after a stored import: `stored`, then what became of the organisation."""
        return [
            stored,
            self.tr("Nieuwe organisatie aangemaakt.")
            if result.organisation_created
            else self.tr("Bij een bestaande organisatie gevoegd (haar gegevens zijn niet gewijzigd)."),
        ]

    def _declaration_problems(self) -> list[tuple[QWidget | None, str]]:
        """What stops the submission besides a missing signatory (none by default)."""
        return []

    def validatePage(self) -> bool:
        if self._wizard.registered:
            return True  # "Sluiten"
        problems = self._declaration_problems()
        if not self.signed_by_edit.text().strip():
            problems.append((self.signed_by_edit, self.tr("Vul in wie de verklaring ondertekende.")))
        if problems:
            return self._fail(problems)
        self.errors.clear_message()
        self._wizard.submit()
        return False  # stay open: on success to show the reference, on a problem to fix it


__all__ = [
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
    "SubmitPage",
    "SupervisorEntry",
    "find_municipality",
    "format_years",
    "municipalities_by_name",
    "municipalities_by_postal_code",
    "national_number_problem",
    "text_edit",
    "with_message",
]
