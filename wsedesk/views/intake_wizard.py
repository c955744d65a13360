"""IntakeWizard: an application for recognition as external service provider, typed in (ED-3).

The five parts of the form (domain.md ED-3) are the pages, with the subcontractors (ED-10) on a
page of their own. *Voltooien* builds the online counter's document (docs/intake-json.md,
`wsedesk-intake/1`) and hands it to `import_application`: a typed application is judged and
stored exactly like an imported one, all or nothing. The pages check what they can see at once
(a KBO number, a postal code, a national register number); the import has the last word, and
its problems come back with their JSON path and a pointer to the page to fix.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal, Slot
from PySide6.QtGui import QAction, QColor, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStyle,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from wsedesk.errors import UserError
from wsedesk.rules.identifiers import (
    IdentifierError,
    NationalNumber,
    format_enterprise_number,
    normalise_enterprise_number,
    parse_national_number,
)
from wsedesk.rules.quality import KIND_LABELS, load_area_index, load_rule_settings, load_supervisor_diplomas
from wsedesk.services.organisations import OrganisationFilter, list_organisations, organisation_kinds
from wsedesk.services.recognition import (
    SCHEMA_ID,
    ImportResult,
    Problem,
    get_application,
    import_application,
    reveal_national_number,
)
from wsedesk.services.reference import MunicipalityRef, municipalities, postal_codes_for
from wsedesk.views.common import format_date, heading_label, make_muted, tr_data
from wsedesk.views.widgets import (
    ERROR_COLOUR,
    InlineMessage,
    flemish_municipality_names,
    make_table,
    municipality_completer,
)

if TYPE_CHECKING:
    from wsedesk.context import AppContext
    from wsedesk.views.operations import Operations

# Page ids, in the order of the form (ED-3 parts 1–5, subcontractors before the working area).
PAGE_ORGANISATION, PAGE_PROCEDURE, PAGE_EXPERIENCE, PAGE_SUBCONTRACTORS, PAGE_AREA, PAGE_DECLARATION = range(
    6
)

# Which page a problem of the import belongs to, by the start of its JSON path.
_PATH_PAGES: tuple[tuple[str, int], ...] = (
    ("organisatie", PAGE_ORGANISATION),
    ("vereenvoudigde_procedure", PAGE_PROCEDURE),
    ("ervaring", PAGE_EXPERIENCE),
    ("onderaannemers", PAGE_SUBCONTRACTORS),
    ("werkingsgebied", PAGE_AREA),
    ("verklaring_op_eer", PAGE_DECLARATION),
    ("ingediend_op", PAGE_DECLARATION),
)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
_INDEXED = re.compile(r"^(ervaring\.begeleiders|onderaannemers|werkingsgebied\.nis)\[(\d+)\]")
FLANDERS = "02000"


@cache
def _municipalities_by_name() -> dict[str, MunicipalityRef]:
    """Dutch name (casefolded) → municipality; a Flemish one wins when two share a name."""
    out: dict[str, MunicipalityRef] = {}
    for m in sorted(municipalities(), key=lambda m: m.region == FLANDERS):
        out[m.name_nl.casefold()] = m
    return out


@cache
def _municipalities_by_postal_code() -> dict[str, tuple[MunicipalityRef, ...]]:
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
    return _municipalities_by_name().get(needle.casefold())


def _with_message(field: QWidget | QHBoxLayout, message: InlineMessage) -> QWidget:
    """A field with its message right under it (a form row of its own leaves a gap)."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    if isinstance(field, QWidget):
        column.addWidget(field)
    else:
        column.addLayout(field)
    column.addWidget(message)
    return box


def _text_edit(lines: int) -> QPlainTextEdit:
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


def _years(value: Decimal) -> str:
    """3 → "3", 3.5 → "3,5" (Dutch decimal comma)."""
    return str(int(value)) if value == value.to_integral_value() else str(value).replace(".", ",")


def _national_number_problem(text: str) -> tuple[NationalNumber | None, str]:
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


class _Page(QWizardPage):
    """A page that can be made read-only once the application is stored."""

    def __init__(self, wizard: IntakeWizard) -> None:
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


# --- part 1: organisation and contact ----------------------------------------------------------


class OrganisationPage(_Page):
    def __init__(self, wizard: IntakeWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Deel 1 — Organisatie en contactpersoon"))
        self.setSubTitle(
            self.tr(
                "Wie vraagt de erkenning aan (ED-3, deel 1). Een gekende organisatie wordt niet gewijzigd."
            )
        )
        settings = load_rule_settings()
        layout = QVBoxLayout(self)

        org_box = QGroupBox(self.tr("Organisatie"))
        org = QFormLayout(org_box)
        self.kbo_edit = QLineEdit()
        self.kbo_edit.setPlaceholderText("0428.759.497")
        self.kbo_edit.setMaxLength(20)
        self.kbo_message = InlineMessage()
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(300)
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("(kies de soort)"), None)
        for code, label in organisation_kinds():
            if code not in settings.ed2_excluded_kinds:  # a consortium cannot apply (ED-2)
                self.kind_combo.addItem(tr_data(label), code)
        kbo_label = QLabel(self.tr("&Ondernemingsnummer"))
        kbo_label.setBuddy(self.kbo_edit)
        org.addRow(kbo_label, _with_message(self.kbo_edit, self.kbo_message))
        org.addRow(self.tr("&Naam"), self.name_edit)
        org.addRow(self.tr("&Soort"), self.kind_combo)
        layout.addWidget(org_box)

        address_box = QGroupBox(self.tr("Adres van de zetel"))
        address = QFormLayout(address_box)
        self.street_edit = QLineEdit()
        self.street_edit.setMaxLength(200)
        self.postcode_edit = QLineEdit()
        self.postcode_edit.setMaxLength(4)
        self.postcode_edit.setPlaceholderText("9000")
        self.postcode_edit.setMaximumWidth(self.postcode_edit.fontMetrics().horizontalAdvance("00000") + 24)
        self.municipality_edit = QLineEdit()
        self.municipality_edit.setPlaceholderText(self.tr("begin te typen: Gent, Mechelen, …"))
        self.municipality_edit.setCompleter(municipality_completer(self, flemish_municipality_names()))
        self.address_message = InlineMessage()
        address.addRow(self.tr("St&raat en nummer"), self.street_edit)
        place = QHBoxLayout()
        place.addWidget(self.postcode_edit)
        municipality_label = QLabel(self.tr("&Gemeente"))
        municipality_label.setBuddy(self.municipality_edit)
        place.addWidget(municipality_label)
        place.addWidget(self.municipality_edit, 1)
        postcode_label = QLabel(self.tr("&Postcode"))
        postcode_label.setBuddy(self.postcode_edit)
        address.addRow(postcode_label, _with_message(place, self.address_message))
        layout.addWidget(address_box)

        contact_box = QGroupBox(self.tr("Contactpersoon"))
        contact = QFormLayout(contact_box)
        self.contact_name_edit = QLineEdit()
        self.contact_name_edit.setPlaceholderText(self.tr("voornaam en achternaam"))
        self.contact_email_edit = QLineEdit()
        self.contact_phone_edit = QLineEdit()
        contact.addRow(self.tr("N&aam"), self.contact_name_edit)
        contact.addRow(self.tr("&E-mail"), self.contact_email_edit)
        contact.addRow(self.tr("Te&lefoon (niet verplicht)"), self.contact_phone_edit)
        layout.addWidget(contact_box)
        layout.addWidget(self.errors)
        layout.addStretch(1)

        self.kbo_edit.textChanged.connect(self._on_kbo_text_changed)
        self.kbo_edit.editingFinished.connect(self._on_kbo_editing_finished)
        self.postcode_edit.textChanged.connect(self._on_address_changed)
        self.municipality_edit.textChanged.connect(self._on_address_changed)
        self.postcode_edit.editingFinished.connect(self._on_postcode_editing_finished)

    # --- values ----------------------------------------------------------------------------------

    @property
    def kind(self) -> str | None:
        value = self.kind_combo.currentData()
        return str(value) if value else None

    def set_kind(self, code: str) -> None:
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(code)))

    def municipality(self) -> MunicipalityRef | None:
        return find_municipality(self.municipality_edit.text())

    def as_json(self) -> dict[str, Any]:
        muni = self.municipality()
        contact: dict[str, Any] = {
            "naam": self.contact_name_edit.text().strip(),
            "e-mail": self.contact_email_edit.text().strip(),
        }
        if self.contact_phone_edit.text().strip():
            contact["telefoon"] = self.contact_phone_edit.text().strip()
        return {
            "ondernemingsnummer": self.kbo_edit.text().strip(),
            "naam": self.name_edit.text().strip(),
            "soort": self.kind or "",
            "adres": {
                "straat": self.street_edit.text().strip(),
                "postcode": self.postcode_edit.text().strip(),
                "nis": muni.nis if muni else self.municipality_edit.text().strip(),
            },
            "contactpersoon": contact,
        }

    # --- checks ----------------------------------------------------------------------------------

    def kbo_problem(self) -> str:
        text = self.kbo_edit.text().strip()
        if not text:
            return self.tr("Vul het ondernemingsnummer in.")
        try:
            normalise_enterprise_number(text)
        except IdentifierError as exc:
            return tr_data(str(exc))
        return ""

    def _check_kbo(self, *, finished: bool) -> None:
        text = self.kbo_edit.text().strip()
        digits = re.sub(r"\D", "", text)
        problem = self.kbo_problem()
        if not text:
            self.kbo_message.clear_message()
        elif problem:
            # While typing, wait for a whole number before calling it wrong.
            if finished or len(digits) >= 10:
                self.kbo_message.show_message(problem)
            else:
                self.kbo_message.clear_message()
        else:
            number = normalise_enterprise_number(text)
            known = self._known_organisation(number)
            if known:
                self.kbo_message.show_message(
                    self.tr("✓ {n} — al gekend als {name}; de bewaarde gegevens blijven ongewijzigd.").format(
                        n=format_enterprise_number(number), name=known
                    ),
                    "ok",
                )
            else:
                self.kbo_message.show_message(
                    self.tr("✓ {n} — nieuwe organisatie").format(n=format_enterprise_number(number)), "ok"
                )

    def _known_organisation(self, number: str) -> str:
        formatted = format_enterprise_number(number)
        rows = list_organisations(self._wizard.ctx, OrganisationFilter(text=number), limit=5)
        return next((r.name for r in rows if r.enterprise_number == formatted), "")

    def address_problem(self) -> tuple[QWidget | None, str]:
        code = self.postcode_edit.text().strip()
        name = self.municipality_edit.text().strip()
        muni = self.municipality()
        if name and muni is None:
            return self.municipality_edit, self.tr("'{t}' is geen gemeente uit de referentielijst.").format(
                t=name
            )
        if code and (len(code) != 4 or not code.isdigit() or code[0] == "0"):
            return self.postcode_edit, self.tr("'{p}' is geen Belgische postcode (4 cijfers).").format(p=code)
        if code and muni is not None:
            codes = postal_codes_for(muni.nis)
            if code not in codes:
                return self.postcode_edit, self.tr("{p} hoort niet bij {g}; wel: {k}.").format(
                    p=code, g=muni.name_nl, k=", ".join(codes[:8]) or "?"
                )
        return None, ""

    def validatePage(self) -> bool:
        self._check_kbo(finished=True)
        problems: list[tuple[QWidget | None, str]] = []
        if self.kbo_problem():
            problems.append((self.kbo_edit, ""))  # said under the field
        required = (
            (self.name_edit, self.tr("Vul de naam van de organisatie in.")),
            (self.street_edit, self.tr("Vul straat en nummer in.")),
            (self.postcode_edit, self.tr("Vul de postcode in.")),
            (self.municipality_edit, self.tr("Vul de gemeente in.")),
            (self.contact_name_edit, self.tr("Vul de naam van de contactpersoon in.")),
            (self.contact_email_edit, self.tr("Vul het e-mailadres van de contactpersoon in.")),
        )
        if self.kind is None:
            problems.append((self.kind_combo, self.tr("Kies de soort organisatie.")))
        for widget, message in required:
            if not widget.text().strip():
                problems.append((widget, message))
        widget, message = self.address_problem()
        if message:
            problems.append((widget, message))
        email = self.contact_email_edit.text().strip()
        if email and not _EMAIL.match(email):
            problems.append(
                (self.contact_email_edit, self.tr("'{e}' is geen geldig e-mailadres.").format(e=email))
            )
        # The order of the fields, not of the checks, decides where the cursor goes.
        order = [
            self.kbo_edit,
            self.name_edit,
            self.kind_combo,
            self.street_edit,
            self.postcode_edit,
            self.municipality_edit,
            self.contact_name_edit,
            self.contact_email_edit,
        ]
        problems.sort(key=lambda p: order.index(p[0]) if p[0] in order else len(order))
        return self._fail(problems)

    # --- slots -----------------------------------------------------------------------------------

    @Slot(str)
    def _on_kbo_text_changed(self, _text: str) -> None:
        self._check_kbo(finished=False)

    @Slot()
    def _on_kbo_editing_finished(self) -> None:
        self._check_kbo(finished=True)

    @Slot(str)
    def _on_address_changed(self, _text: str) -> None:
        code = self.postcode_edit.text().strip()
        name = self.municipality_edit.text().strip()
        if not code or not name or len(code) < 4 or self.municipality() is None:
            self.address_message.clear_message()
            return
        _widget, message = self.address_problem()
        if message:
            self.address_message.show_message(message)
        else:
            self.address_message.clear_message()

    @Slot()
    def _on_postcode_editing_finished(self) -> None:
        # A postal code of one municipality fills it in when the field is still empty.
        code = self.postcode_edit.text().strip()
        refs = _municipalities_by_postal_code().get(code, ())
        if len(refs) == 1 and not self.municipality_edit.text().strip():
            self.municipality_edit.setText(refs[0].name_nl)


# --- part 2: the simplified procedure (ED-2) ---------------------------------------------------


class ProcedurePage(_Page):
    def __init__(self, wizard: IntakeWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Deel 2 — Vereenvoudigde procedure"))
        self.setSubTitle(
            self.tr(
                "GTB, GOB, maatwerkbedrijven en LDE-ondernemingen mogen de vereenvoudigde procedure vragen (ED-2)."
            )
        )
        self._simplified_kinds = load_rule_settings().ed2_simplified_kinds
        layout = QVBoxLayout(self)
        explanation = QLabel(
            self.tr(
                "Onder de vereenvoudigde procedure valt deel 3 weg: de aanvrager motiveert zijn ervaring niet "
                "en bezorgt geen lijst van gekwalificeerde begeleiders. Alle andere delen blijven verplicht. "
                "Geen enkele andere organisatie kan ze vragen: ook niet een vzw, een OCMW of AMA Welzijn."
            )
        )
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        layout.addSpacing(8)
        self.kind_label = QLabel()
        self.kind_label.setWordWrap(True)
        font = self.kind_label.font()
        font.setBold(True)
        self.kind_label.setFont(font)
        layout.addWidget(self.kind_label)
        self.yes_radio = QRadioButton(self.tr("&Ja, de aanvrager vraagt de vereenvoudigde procedure"))
        self.no_radio = QRadioButton(self.tr("&Nee, de volledige procedure (met ervaring en begeleiders)"))
        self.answer_group = QButtonGroup(self)
        self.answer_group.addButton(self.yes_radio)
        self.answer_group.addButton(self.no_radio)
        layout.addWidget(self.yes_radio)
        layout.addWidget(self.no_radio)
        self.full_label = QLabel()
        self.full_label.setWordWrap(True)
        make_muted(self.full_label)
        layout.addWidget(self.full_label)
        layout.addWidget(self.errors)
        layout.addStretch(1)
        self.yes_radio.toggled.connect(self._on_answer_toggled)

    @property
    def eligible(self) -> bool:
        return self._wizard.organisation_page.kind in self._simplified_kinds

    @property
    def simplified_requested(self) -> bool:
        return self.eligible and self.yes_radio.isChecked()

    def initializePage(self) -> None:
        code = self._wizard.organisation_page.kind or ""
        kind = tr_data(KIND_LABELS.get(code, code))
        eligible = self.eligible
        self.yes_radio.setVisible(eligible)
        self.no_radio.setVisible(eligible)
        if eligible:
            self.kind_label.setText(
                self.tr("Een {k} mag de vereenvoudigde procedure vragen. Vraagt de aanvrager ze?").format(
                    k=kind
                )
            )
            self.full_label.setText("")
        else:
            self.kind_label.setText(self.tr("Voor een {k} geldt de volledige procedure.").format(k=kind))
            self.full_label.setText(
                self.tr(
                    "Deze vraag wordt enkel aan GTB, GOB, maatwerkbedrijven en LDE-ondernemingen gesteld. "
                    "Deel 3 (ervaring en begeleiders) is verplicht."
                )
            )
        self.errors.clear_message()

    def validatePage(self) -> bool:
        if self.eligible and self.answer_group.checkedButton() is None:
            return self._fail([(self.yes_radio, self.tr("Kies ja of nee."))])
        return self._fail([])

    def nextId(self) -> int:
        # ED-2: the simplified procedure skips the experience and the supervisors.
        return PAGE_SUBCONTRACTORS if self.simplified_requested else PAGE_EXPERIENCE

    @Slot(bool)
    def _on_answer_toggled(self, _checked: bool) -> None:
        self.errors.clear_message()


# --- part 3: experience and qualified supervisors (ED-1, ED-12) ----------------------------------


class ExperiencePage(_Page):
    def __init__(self, wizard: IntakeWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Deel 3 — Ervaring en gekwalificeerde begeleiders"))
        self.setSubTitle(
            self.tr("De ervaring met werknemers met een arbeidsbeperking (ED-1) en wie begeleidt (ED-12).")
        )
        self.entries: list[SupervisorEntry] = []
        self._filling = False
        self._revealed_row = -1
        self.diplomas = load_supervisor_diplomas()
        self.competence_labels = {
            "samenwerken": self.tr("samen&werken"),
            "communiceren": self.tr("&communiceren"),
            "persoonsgericht_werken": self.tr("persoons&gericht werken"),
            "advies_op_maat": self.tr("advies op &maat"),
        }
        layout = QVBoxLayout(self)

        motivation_label = QLabel(self.tr("&Ervaringsmotivering"))
        self.motivation_edit = _text_edit(3)
        self.motivation_edit.setPlaceholderText(
            self.tr(
                "Sinds wanneer en hoeveel werknemers met een arbeidsbeperking begeleidt de aanvrager, en hoe?"
            )
        )
        motivation_label.setBuddy(self.motivation_edit)
        layout.addWidget(motivation_label)
        layout.addWidget(self.motivation_edit)

        box = QGroupBox(self.tr("Ge&kwalificeerde begeleiders"))
        box_layout = QVBoxLayout(box)
        self.table = make_table(
            columns=[
                self.tr("Naam"),
                self.tr("Rijksregisternummer"),
                self.tr("Kwalificatie"),
                self.tr("Competenties"),
                self.tr("In dienst"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 3 + 30)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        fm = self.table.fontMetrics()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, fm.horizontalAdvance("Kathleen Vandenbroucke") + 16)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(2, fm.horizontalAdvance("Bachelor sociaal werk, attest") + 16)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        box_layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Begeleider toevoegen"))
        self.remove_button = QPushButton(self.tr("Verwij&deren"))
        self.reveal_button = QPushButton(self.tr("T&oon nummer"))
        self.reveal_button.setToolTip(
            self.tr(
                "Enkel voor bewaarde personen: na de inschrijving toont dit het rijksregisternummer uit de "
                "database. Elke inzage wordt gelogd."
            )
        )
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.reveal_button)
        box_layout.addLayout(buttons)
        self.reveal_message = InlineMessage()
        box_layout.addWidget(self.reveal_message)

        # The editor: what the selected row holds; every change shows in the table at once.
        self.editor = QWidget()
        grid = QGridLayout(self.editor)
        grid.setContentsMargins(0, 4, 0, 0)
        self.first_name_edit = QLineEdit()
        self.first_name_edit.setMaxLength(100)
        self.last_name_edit = QLineEdit()
        self.last_name_edit.setMaxLength(100)
        self.national_edit = QLineEdit()
        self.national_edit.setPlaceholderText("JJ.MM.DD-XXX.CC")
        self.national_edit.setMaxLength(20)
        self.national_message = InlineMessage()
        self.diploma_combo = QComboBox()
        self.diploma_combo.addItem(self.tr("(geen diploma van de lijst)"), None)
        for diploma in self.diplomas.entries:
            self.diploma_combo.addItem(diploma.name, diploma.id)
        self.diploma_combo.setMinimumContentsLength(24)
        self.diploma_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.years_spin = QDoubleSpinBox()
        self.years_spin.setRange(-1, 60)
        self.years_spin.setDecimals(1)
        self.years_spin.setSingleStep(1)
        self.years_spin.setSpecialValueText(self.tr("niet opgegeven"))
        self.years_spin.setLocale(QLocale(QLocale.Language.Dutch, QLocale.Country.Belgium))
        self.years_spin.setValue(-1)
        self.certificate_check = QCheckBox(self.tr("Ervaringsatte&st"))
        self.training_check = QCheckBox(self.tr("Erkende op&leiding"))
        self.employed_check = QCheckBox(self.tr("&In dienst bij de aanvrager"))
        self.competence_checks: dict[str, QCheckBox] = {}
        for code in load_rule_settings().ed12_core_competences:
            self.competence_checks[code] = QCheckBox(self.competence_labels.get(code, code.replace("_", " ")))
        self.qualification_message = InlineMessage()

        def label(text: str, buddy: QWidget) -> QLabel:
            lab = QLabel(text)
            lab.setBuddy(buddy)
            return lab

        grid.addWidget(label(self.tr("Voor&naam"), self.first_name_edit), 0, 0)
        grid.addWidget(self.first_name_edit, 0, 1)
        grid.addWidget(label(self.tr("&Achternaam"), self.last_name_edit), 0, 2)
        grid.addWidget(self.last_name_edit, 0, 3)
        grid.addWidget(label(self.tr("Rijks&registernummer"), self.national_edit), 1, 0)
        grid.addWidget(self.national_edit, 1, 1)
        grid.addWidget(self.national_message, 1, 2, 1, 2)
        grid.addWidget(label(self.tr("Di&ploma"), self.diploma_combo), 2, 0)
        grid.addWidget(self.diploma_combo, 2, 1, 1, 3)
        grid.addWidget(label(self.tr("&Jaren ervaring"), self.years_spin), 3, 0)
        qualification = QHBoxLayout()
        qualification.addWidget(self.years_spin)
        qualification.addWidget(self.certificate_check)
        qualification.addWidget(self.training_check)
        qualification.addStretch(1)
        grid.addLayout(qualification, 3, 1, 1, 3)
        competences_label = QLabel(self.tr("Competenties"))
        grid.addWidget(competences_label, 4, 0)
        competences = QHBoxLayout()
        for check in self.competence_checks.values():
            competences.addWidget(check)
        competences.addStretch(1)
        grid.addLayout(competences, 4, 1, 1, 3)
        grid.addWidget(self.employed_check, 5, 1, 1, 3)
        grid.addWidget(self.qualification_message, 6, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        box_layout.addWidget(self.editor)
        layout.addWidget(box, 1)
        layout.addWidget(self.errors)

        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.reveal_button.clicked.connect(self._on_reveal_clicked)
        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        self.first_name_edit.textChanged.connect(self._on_editor_changed)
        self.last_name_edit.textChanged.connect(self._on_editor_changed)
        self.national_edit.textEdited.connect(self._on_national_edited)
        self.national_edit.editingFinished.connect(self._on_national_editing_finished)
        self.diploma_combo.currentIndexChanged.connect(self._on_editor_changed)
        self.years_spin.valueChanged.connect(self._on_editor_changed)
        for check in (self.certificate_check, self.training_check, self.employed_check):
            check.toggled.connect(self._on_editor_changed)
        for check in self.competence_checks.values():
            check.toggled.connect(self._on_editor_changed)
        self._show_entry(None)

    # --- public ----------------------------------------------------------------------------------

    def current_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def add_supervisor(self) -> SupervisorEntry:
        """A new, empty row, selected, with the cursor in its first name."""
        entry = SupervisorEntry()
        self.entries.append(entry)
        self.table.insertRow(self.table.rowCount())
        self._fill_row(len(self.entries) - 1)
        self.table.selectRow(len(self.entries) - 1)
        self.first_name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return entry

    def as_json(self) -> dict[str, Any]:
        return {
            "motivering": self.motivation_edit.toPlainText().strip(),
            "begeleiders": [e.as_json() for e in self.entries],
        }

    def set_stored_persons(self, person_ids: Sequence[str]) -> None:
        """After the import: the rows are stored persons now, so "Toon" can read their number."""
        for entry, person_id in zip(self.entries, person_ids, strict=False):
            entry.person_id = person_id
        self._update_buttons()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.motivation_edit.setReadOnly(read_only)
        self.motivation_edit.setEnabled(True)
        self._update_buttons()

    def validatePage(self) -> bool:
        self._commit_national()
        problems: list[tuple[QWidget | None, str]] = []
        if not self.motivation_edit.toPlainText().strip():
            problems.append((self.motivation_edit, self.tr("Vul de ervaringsmotivering in.")))
        if not self.entries:
            problems.append((self.add_button, self.tr("Voeg minstens één gekwalificeerde begeleider toe.")))
        seen: dict[str, int] = {}
        for i, entry in enumerate(self.entries, 1):
            who = self.tr("Begeleider {n}").format(n=i) + (f" ({entry.name})" if entry.name else "")
            if not entry.first_name.strip() or not entry.last_name.strip():
                problems.append((None, self.tr("{who}: vul voornaam en achternaam in.").format(who=who)))
            if entry.national is None:
                reason = tr_data(entry.national_problem) if entry.national_problem else self.tr("ontbreekt.")
                problems.append((None, self.tr("{who}: rijksregisternummer — {r}").format(who=who, r=reason)))
            elif entry.national.digits in seen:
                problems.append(
                    (
                        None,
                        self.tr("{who}: zelfde rijksregisternummer als begeleider {j}.").format(
                            who=who, j=seen[entry.national.digits]
                        ),
                    )
                )
            else:
                seen[entry.national.digits] = i
            if not entry.has_qualification:
                problems.append(
                    (
                        None,
                        self.tr(
                            "{who}: geef een diploma van de lijst, jaren ervaring, een ervaringsattest of een "
                            "erkende opleiding (ED-12)."
                        ).format(who=who),
                    )
                )
        first_bad = next(
            (
                i
                for i, e in enumerate(self.entries)
                if not (e.first_name.strip() and e.last_name.strip() and e.national and e.has_qualification)
            ),
            -1,
        )
        if first_bad >= 0:
            self.table.selectRow(first_bad)  # the editor shows the first supervisor to complete
        if problems and all(w is None for w, _t in problems):
            problems[0] = (self.first_name_edit, problems[0][1])
        return self._fail(problems)

    # --- the table -------------------------------------------------------------------------------

    def _qualification_text(self, entry: SupervisorEntry) -> str:
        parts: list[str] = []
        if entry.diploma_id:
            diploma = self.diplomas.get(entry.diploma_id)
            parts.append(diploma.name if diploma else entry.diploma_id)
        if entry.experience_years is not None:
            parts.append(self.tr("{y} jaar ervaring").format(y=_years(entry.experience_years)))
        if entry.experience_certificate:
            parts.append(self.tr("ervaringsattest"))
        if entry.recognised_training:
            parts.append(self.tr("erkende opleiding"))
        return ", ".join(parts) or self.tr("geen")

    def _fill_row(self, row: int) -> None:
        entry = self.entries[row]
        if row == self._revealed_row:
            self._revealed_row = -1
            self.reveal_message.clear_message()
        number = (
            entry.national.masked
            if entry.national
            else (self.tr("ongeldig") if entry.national_problem else "")
        )
        if entry.competences and len(entry.competences) == len(self.competence_checks):
            competences = self.tr("alle {n}").format(n=len(entry.competences))
        else:
            competences = ", ".join(
                self.competence_labels.get(c, c).replace("&", "") for c in entry.competences
            )
        values = [
            entry.name or self.tr("(nieuwe begeleider)"),
            number,
            self._qualification_text(entry),
            competences,
            self.tr("ja") if entry.employed_by_applicant else self.tr("nee"),
        ]
        for col, value in enumerate(values):
            item = self.table.item(row, col)
            if item is None:
                item = QTableWidgetItem()
                self.table.setItem(row, col, item)
            item.setText(value)
            item.setToolTip(value)
        number_item = self.table.item(row, 1)
        assert number_item is not None
        number_item.setForeground(ERROR_COLOUR if entry.national_problem and not entry.national else QColor())

    def _show_entry(self, entry: SupervisorEntry | None) -> None:
        self._filling = True
        try:
            self.editor.setEnabled(entry is not None and not self._wizard.registered)
            e = entry or SupervisorEntry()
            self.first_name_edit.setText(e.first_name)
            self.last_name_edit.setText(e.last_name)
            self.national_edit.setText(e.national.masked if e.national else "")
            if e.national_problem and not e.national:
                self.national_message.show_message(tr_data(e.national_problem))
            else:
                self.national_message.clear_message()
            self.diploma_combo.setCurrentIndex(max(0, self.diploma_combo.findData(e.diploma_id)))
            self.years_spin.setValue(float(e.experience_years) if e.experience_years is not None else -1)
            self.certificate_check.setChecked(e.experience_certificate)
            self.training_check.setChecked(e.recognised_training)
            self.employed_check.setChecked(e.employed_by_applicant)
            for code, check in self.competence_checks.items():
                check.setChecked(code in e.competences)
        finally:
            self._filling = False
        self._show_qualification(entry)
        self._update_buttons()

    def _show_qualification(self, entry: SupervisorEntry | None) -> None:
        if entry is None:
            self.qualification_message.clear_message()
            return
        minimum = load_rule_settings().ed12_min_experience_years
        if not entry.has_qualification:
            self.qualification_message.show_message(
                self.tr(
                    "Geef een diploma van de lijst, jaren ervaring, een ervaringsattest of een erkende opleiding."
                )
            )
        elif not entry.employed_by_applicant:
            self.qualification_message.show_message(
                self.tr("De aanvrager moet de werkgever van zijn begeleiders zijn (ED-12)."), "warning"
            )
        elif (
            not entry.diploma_id
            and entry.experience_years is not None
            and entry.experience_years < minimum
            and not (entry.experience_certificate or entry.recognised_training)
        ):
            self.qualification_message.show_message(
                self.tr(
                    "Minder dan {m} jaar ervaring en geen diploma van de lijst: telt niet als kwalificatie (ED-12)."
                ).format(m=str(minimum).replace(".", ",")),
                "warning",
            )
        else:
            self.qualification_message.show_message(
                self.tr("✓ Kwalificatie: {q}").format(q=self._qualification_text(entry)), "ok"
            )

    def _current_entry(self) -> SupervisorEntry | None:
        row = self.current_row()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def _update_buttons(self) -> None:
        entry = self._current_entry()
        locked = self._wizard.registered
        self.add_button.setEnabled(not locked)
        self.remove_button.setEnabled(entry is not None and not locked)
        self.reveal_button.setEnabled(entry is not None and entry.person_id is not None)

    def _commit_national(self) -> None:
        """The typed number of the current row: validated, then kept as digits and shown masked."""
        entry = self._current_entry()
        if entry is None or self._wizard.registered:
            return
        text = self.national_edit.text().strip()
        if entry.national is not None and text == entry.national.masked:
            return
        if not text:
            entry.national, entry.national_problem = None, ""
            self.national_message.clear_message()
        else:
            entry.national, entry.national_problem = _national_number_problem(text)
            if entry.national is not None:
                self.national_edit.setText(entry.national.masked)
                self.national_message.clear_message()
            else:
                self.national_message.show_message(tr_data(entry.national_problem))
        self._fill_row(self.entries.index(entry))

    # --- slots -----------------------------------------------------------------------------------

    @Slot()
    def _on_add_clicked(self) -> None:
        self._commit_national()
        self.add_supervisor()

    @Slot()
    def _on_remove_clicked(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        self.entries.pop(row)
        self._revealed_row = -1
        self.reveal_message.clear_message()
        self.table.removeRow(row)
        if self.entries:
            self.table.selectRow(min(row, len(self.entries) - 1))
        else:
            self._show_entry(None)

    @Slot()
    def _on_selection_changed(self) -> None:
        if self._revealed_row >= 0 and self._revealed_row < len(self.entries):
            self._fill_row(self._revealed_row)  # mask the revealed number again
        self._show_entry(self._current_entry())

    @Slot()
    def _on_editor_changed(self) -> None:
        entry = self._current_entry()
        if self._filling or entry is None:
            return
        entry.first_name = self.first_name_edit.text()
        entry.last_name = self.last_name_edit.text()
        data = self.diploma_combo.currentData()
        entry.diploma_id = str(data) if data else None
        years = self.years_spin.value()
        entry.experience_years = None if years < 0 else Decimal(str(round(years, 1)))
        entry.experience_certificate = self.certificate_check.isChecked()
        entry.recognised_training = self.training_check.isChecked()
        entry.employed_by_applicant = self.employed_check.isChecked()
        entry.competences = [c for c, check in self.competence_checks.items() if check.isChecked()]
        self._fill_row(self.current_row())
        self._show_qualification(entry)

    @Slot(str)
    def _on_national_edited(self, text: str) -> None:
        entry = self._current_entry()
        if entry is None:
            return
        number, _problem = _national_number_problem(text)
        if number is not None:  # complete and valid: the table shows it masked already
            entry.national, entry.national_problem = number, ""
            self.national_message.show_message(self.tr("✓ geldig"), "ok")
            self._fill_row(self.current_row())
        elif entry.national is not None:
            entry.national = None
            self._fill_row(self.current_row())

    @Slot()
    def _on_national_editing_finished(self) -> None:
        self._commit_national()

    @Slot()
    def _on_reveal_clicked(self) -> None:
        entry = self._current_entry()
        result = self._wizard.import_result
        if entry is None or entry.person_id is None or result is None:
            return
        try:
            number = reveal_national_number(
                self._wizard.ctx,
                entry.person_id,
                reason=self.tr("inzage na inschrijving van {ref}").format(ref=result.reference),
            )
        except UserError as exc:
            self.reveal_message.show_message(tr_data(str(exc)))
            return
        row = self.current_row()
        item = self.table.item(row, 1)
        if item is not None:
            item.setText(number)
        self._revealed_row = row
        self.reveal_message.show_message(
            self.tr("{name}: {number} — deze inzage werd gelogd.").format(name=entry.name, number=number),
            "warning",
        )


# --- subcontractors (ED-10) --------------------------------------------------------------------


class SubcontractorsPage(_Page):
    def __init__(self, wizard: IntakeWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Onderaannemers"))
        self.setSubTitle(
            self.tr(
                "Wie de aanvrager inschakelt voor de begeleiding: elke onderaannemer moet zelf erkend zijn (ED-10)."
            )
        )
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Laat de lijst leeg als de aanvrager geen onderaannemers inzet. Of een onderaannemer erkend is, "
                "gaat de toetsing na in WSE Desk; wat de aanvrager daarover zegt, wordt bewaard maar niet "
                "op zijn woord geloofd."
            )
        )
        note.setWordWrap(True)
        make_muted(note)
        layout.addWidget(note)
        self.table = make_table(
            columns=[self.tr("Ondernemingsnummer"), self.tr("Naam"), self.tr("Erkend volgens de aanvrager")]
        )
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        table_label = QLabel(
            self.tr("&Lijst van onderaannemers (F2 of typen om een cel te wijzigen, spatie vinkt aan)")
        )
        table_label.setBuddy(self.table)
        layout.addWidget(table_label)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Onderaannemer toevoegen"))
        self.remove_button = QPushButton(self.tr("Verwij&deren"))
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.errors)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.table.itemChanged.connect(self._on_item_changed)

    def add_subcontractor(self, number: str = "", name: str = "", recognised: bool = False) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(number))
        self.table.setItem(row, 1, QTableWidgetItem(name))
        check = QTableWidgetItem()
        check.setFlags(
            Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        )
        check.setCheckState(Qt.CheckState.Checked if recognised else Qt.CheckState.Unchecked)
        self.table.setItem(row, 2, check)
        self.table.setCurrentCell(row, 0)
        return row

    def as_json(self) -> list[dict[str, Any]]:
        out = []
        for row in range(self.table.rowCount()):
            number, name, check = (self.table.item(row, c) for c in range(3))
            out.append(
                {
                    "ondernemingsnummer": number.text().strip() if number else "",
                    "naam": name.text().strip() if name else "",
                    "erkend": bool(check and check.checkState() == Qt.CheckState.Checked),
                }
            )
        return out

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 2)
            if item is not None:
                flags = item.flags()
                flags = (
                    flags & ~Qt.ItemFlag.ItemIsUserCheckable
                    if read_only
                    else flags | Qt.ItemFlag.ItemIsUserCheckable
                )
                item.setFlags(flags)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers
            if read_only
            else QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )

    def validatePage(self) -> bool:
        problems: list[tuple[QWidget | None, str]] = []
        for row, item in enumerate(self.as_json()):
            who = self.tr("Onderaannemer {n}").format(n=row + 1)
            if not item["ondernemingsnummer"]:
                problems.append(
                    (self.table, self.tr("{who}: vul het ondernemingsnummer in.").format(who=who))
                )
            else:
                try:
                    normalise_enterprise_number(item["ondernemingsnummer"])
                except IdentifierError as exc:
                    problems.append((self.table, f"{who}: {tr_data(str(exc))}"))
            if not item["naam"]:
                problems.append((self.table, self.tr("{who}: vul de naam in.").format(who=who)))
        return self._fail(problems)

    @Slot()
    def _on_add_clicked(self) -> None:
        row = self.add_subcontractor()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        item = self.table.item(row, 0)
        if item is not None:
            self.table.editItem(item)

    @Slot()
    def _on_remove_clicked(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    @Slot(QTableWidgetItem)
    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != 0:
            return
        text = item.text().strip()
        problem = ""
        if text:
            try:
                normalise_enterprise_number(text)
            except IdentifierError as exc:
                problem = tr_data(str(exc))
        blocked = self.table.blockSignals(True)
        try:
            item.setForeground(ERROR_COLOUR if problem else QColor())
            item.setToolTip(problem)
        finally:
            self.table.blockSignals(blocked)


# --- part 4: working area and capacity (ED-1, ED-13) ---------------------------------------------


class AreaPage(_Page):
    def __init__(self, wizard: IntakeWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Deel 4 — Werkingsgebied en capaciteit"))
        self.setSubTitle(
            self.tr(
                "Waar de aanvrager begeleidt en hoeveel werknemers tegelijk; werkgevers zoeken hierop (ED-13)."
            )
        )
        self.codes: list[str] = []
        self._areas = load_area_index()
        # What the search field completes: all of Flanders, the provinces, then the municipalities.
        self._choices: dict[str, str] = {self.tr("Heel Vlaanderen (02000)"): FLANDERS}
        provinces = sorted(
            (c for c in self._areas.names if c != FLANDERS and not self._areas.is_municipality(c)),
            key=lambda c: self._areas.name(c),
        )
        for code in provinces:
            self._choices[self._areas.name(code)] = code
        for name in flemish_municipality_names():
            ref = _municipalities_by_name()[name.casefold()]
            self._choices.setdefault(name, ref.nis)

        layout = QVBoxLayout(self)
        box = QGroupBox(self.tr("Werkingsgebied"))
        grid = QGridLayout(box)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("gemeente, provincie of REFNIS-code; Enter voegt toe"))
        self.search_edit.setCompleter(municipality_completer(self, list(self._choices)))
        search_label = QLabel(self.tr("&Zoek"))
        search_label.setBuddy(self.search_edit)
        self.add_button = QPushButton(self.tr("Toevoe&gen"))
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setMinimumHeight(self.list.fontMetrics().height() * 5)
        list_label = QLabel(self.tr("Gekozen werkingsge&bied"))
        list_label.setBuddy(self.list)
        self.remove_button = QPushButton(self.tr("Verwij&deren"))
        self.area_message = InlineMessage()
        grid.addWidget(search_label, 0, 0)
        grid.addWidget(self.search_edit, 0, 1)
        grid.addWidget(self.add_button, 0, 2)
        grid.addWidget(list_label, 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.list, 1, 1)
        grid.addWidget(self.remove_button, 1, 2, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.area_message, 2, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        layout.addWidget(box, 1)

        capacity_box = QGroupBox(self.tr("Capaciteit"))
        form = QFormLayout(capacity_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.capacity_spin = QSpinBox()
        self.capacity_spin.setRange(0, 100_000)
        self.capacity_spin.setSpecialValueText(self.tr("niet opgegeven"))
        self.capacity_spin.setSuffix(self.tr(" werknemers"))
        self.capacity_spin.setMinimumWidth(
            self.capacity_spin.fontMetrics().horizontalAdvance("100000 werknemers") + 40
        )
        self.motivation_edit = _text_edit(3)
        self.motivation_edit.setPlaceholderText(
            self.tr("Waarom dit gebied en deze capaciteit: vestigingen, begeleiders, huidige werknemers …")
        )
        form.addRow(self.tr("&Capaciteit (tegelijk)"), self.capacity_spin)
        form.addRow(self.tr("&Motivering"), self.motivation_edit)
        layout.addWidget(capacity_box)
        layout.addWidget(self.errors)

        self.search_edit.returnPressed.connect(self._on_add_clicked)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        delete = QAction(self.list)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self._on_remove_clicked)
        self.list.addAction(delete)

    def resolve(self, text: str) -> tuple[str | None, str]:
        """A typed name or code → (REFNIS code, warning). None with a message when nothing matches."""
        needle = text.strip()
        if not needle:
            return None, ""
        if needle in self._choices:
            return self._choices[needle], ""
        match = re.fullmatch(r".*\((\d{5})\)", needle)
        code = match.group(1) if match else (needle if needle.isdigit() else None)
        if code is None:
            folded = needle.casefold()
            if folded in ("vlaanderen", "heel vlaanderen", "vlaams gewest"):
                return FLANDERS, ""
            code = next((c for n, c in self._choices.items() if n.casefold() == folded), None)
            if code is None:
                folded_province = f"provincie {folded}"
                code = next((c for n, c in self._choices.items() if n.casefold() == folded_province), None)
        if code is not None and code in self._areas:
            return code, ""
        # Not Flemish: say so now; the import refuses it too (only Flemish employers get the premium).
        other = find_municipality(code or needle)
        if other is not None:
            return other.nis, self.tr(
                "{n} ({c}) ligt niet in Vlaanderen: het werkingsgebied bevat enkel Vlaamse gemeenten, provincies "
                "of heel Vlaanderen. De inschrijving zal dit weigeren."
            ).format(n=other.name_nl, c=other.nis)
        return None, self.tr("'{t}' is geen gemeente of provincie uit de referentielijst.").format(t=needle)

    def add_area(self, text: str) -> bool:
        code, warning = self.resolve(text)
        if code is None:
            self.area_message.show_message(warning)
            return False
        if code in self.codes:
            self.area_message.show_message(
                self.tr("{n} staat al in de lijst.").format(n=self._label(code)), "warning"
            )
            return False
        self.codes.append(code)
        item = QListWidgetItem(self._label(code))
        item.setData(Qt.ItemDataRole.UserRole, code)
        if warning:
            item.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
            item.setForeground(ERROR_COLOUR)
            item.setToolTip(warning)
            self.area_message.show_message(warning, "warning")
        else:
            self.area_message.clear_message()
        self.list.addItem(item)
        return True

    def _label(self, code: str) -> str:
        if code == FLANDERS:
            return self.tr("Heel Vlaanderen (02000)")
        if code in self._areas:
            return f"{self._areas.name(code)} ({code})"
        other = find_municipality(code)
        return f"{other.name_nl} ({code})" if other else code

    def as_json(self) -> dict[str, Any]:
        return {
            "nis": list(self.codes),
            "capaciteit": self.capacity_spin.value(),
            "motivering": self.motivation_edit.toPlainText().strip(),
        }

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.motivation_edit.setReadOnly(read_only)
        self.motivation_edit.setEnabled(True)

    def validatePage(self) -> bool:
        if self.search_edit.text().strip():  # typed but not added yet
            self._on_add_clicked()
        problems: list[tuple[QWidget | None, str]] = []
        if not self.codes:
            problems.append(
                (self.search_edit, self.tr("Kies minstens één gemeente, provincie of heel Vlaanderen."))
            )
        if self.capacity_spin.value() < 1:
            problems.append((self.capacity_spin, self.tr("Geef de capaciteit: hoeveel werknemers tegelijk.")))
        if not self.motivation_edit.toPlainText().strip():
            problems.append((self.motivation_edit, self.tr("Motiveer het werkingsgebied en de capaciteit.")))
        return self._fail(problems)

    @Slot()
    def _on_add_clicked(self) -> None:
        if self.add_area(self.search_edit.text()):
            self.search_edit.clear()

    @Slot()
    def _on_remove_clicked(self) -> None:
        for item in self.list.selectedItems():
            code = item.data(Qt.ItemDataRole.UserRole)
            if code in self.codes:
                self.codes.remove(code)
            self.list.takeItem(self.list.row(item))
        self.area_message.clear_message()


# --- part 5: the declaration on honour, and submitting -------------------------------------------


class DeclarationPage(_Page):
    def __init__(self, wizard: IntakeWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Deel 5 — Verklaring op erewoord"))
        self.setSubTitle(
            self.tr(
                "De ondertekende verklaring, het engagement voor intervisie (ED-1) en de indieningsdatum."
            )
        )
        today = wizard.ctx.clock.today()
        layout = QVBoxLayout(self)
        self.form_box = QGroupBox(self.tr("Verklaring"))
        form = QFormLayout(self.form_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.submitted_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.submitted_edit.setCalendarPopup(True)
        self.submitted_edit.setDisplayFormat("dd/MM/yyyy")
        self.submitted_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.agreed_check = QCheckBox(
            self.tr("De aanvrager verklaart op &erewoord dat de gegevens juist en volledig zijn")
        )
        self.signed_by_edit = QLineEdit()
        self.signed_by_edit.setPlaceholderText(self.tr("naam en functie"))
        self.signed_by_edit.setMaxLength(200)
        self.signed_on_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.signed_on_edit.setCalendarPopup(True)
        self.signed_on_edit.setDisplayFormat("dd/MM/yyyy")
        self.intervision_combo = QComboBox()
        self.intervision_combo.addItem(self.tr("ja, de aanvrager engageert zich"), True)
        self.intervision_combo.addItem(self.tr("nee"), False)
        self.intervision_combo.addItem(self.tr("niet vermeld in de aanvraag"), None)
        form.addRow(self.tr("Ingediend &op"), self.submitted_edit)
        form.addRow("", self.agreed_check)
        form.addRow(self.tr("Ondertekend &door"), self.signed_by_edit)
        form.addRow(self.tr("Datum onderteke&ning"), self.signed_on_edit)
        form.addRow(self.tr("&Intervisie"), self.intervision_combo)
        self.declaration_note = InlineMessage()
        form.addRow("", self.declaration_note)
        layout.addWidget(self.form_box)

        self.problems_label = QLabel(
            self.tr("&Problemen — niets is bewaard. Dubbelklik of druk Enter om naar het deel te gaan:")
        )
        self.problems_list = QListWidget()
        self.problems_list.setWordWrap(True)
        self.problems_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.problems_label.setBuddy(self.problems_list)
        pal = self.problems_list.palette()
        pal.setColor(QPalette.ColorRole.Text, ERROR_COLOUR)
        self.problems_list.setPalette(pal)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems_list, 1)

        self.success_box = QGroupBox(self.tr("Ingeschreven"))
        success = QVBoxLayout(self.success_box)
        self.reference_label = heading_label("", self.success_box, scale=1.6)
        self.reference_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.success_label = QLabel()
        self.success_label.setWordWrap(True)
        success.addWidget(self.reference_label)
        success.addWidget(self.success_label)
        layout.addWidget(self.success_box)
        layout.addWidget(self.errors)
        layout.addStretch(0)
        self._set_problems_visible(False)
        self.success_box.hide()

        self.agreed_check.toggled.connect(self._on_agreed_toggled)
        self.submitted_edit.dateChanged.connect(self._on_submitted_changed)
        self.problems_list.itemActivated.connect(self._on_problem_activated)

    def initializePage(self) -> None:
        self._on_agreed_toggled(self.agreed_check.isChecked())

    def as_json(self) -> dict[str, Any]:
        item: dict[str, Any] = {
            "akkoord": self.agreed_check.isChecked(),
            "ondertekend_door": self.signed_by_edit.text().strip(),
            "datum": self.signed_on_edit.date().toPython().isoformat(),
        }
        intervision = self.intervision_combo.currentData()
        if intervision is not None:
            item["intervisie"] = bool(intervision)
        return item

    def show_problems(self, problems: Sequence[tuple[int, str]]) -> None:
        """List the import's problems, each with the page it belongs to (UserRole)."""
        self.problems_list.clear()
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        for page_id, text in problems:
            item = QListWidgetItem(icon, text)
            item.setData(Qt.ItemDataRole.UserRole, page_id)
            item.setToolTip(text)
            self.problems_list.addItem(item)
        self._set_problems_visible(bool(problems))

    def show_success(self, result: ImportResult) -> None:
        self._set_problems_visible(False)
        self.errors.clear_message()
        self.reference_label.setText(result.reference or "")
        lines = [
            self.tr("De aanvraag is ingeschreven als dossier {ref}.").format(ref=result.reference),
            self.tr("Nieuwe organisatie aangemaakt.")
            if result.organisation_created
            else self.tr("Bij een bestaande organisatie gevoegd (haar gegevens zijn niet gewijzigd)."),
        ]
        if result.admissibility_due:
            lines.append(
                self.tr("Ontvankelijkheid te beoordelen uiterlijk op {d} (ED-4).").format(
                    d=format_date(result.admissibility_due)
                )
            )
        lines += [tr_data(w) for w in result.warnings]
        if self._wizard.experience_page.entries:
            lines.append(
                self.tr(
                    "Met Terug ziet u de ingeschreven gegevens; in deel 3 toont “Toon nummer” het "
                    "rijksregisternummer van een begeleider (elke inzage wordt gelogd)."
                )
            )
        self.success_label.setText("\n".join(lines))
        self.success_box.show()

    def validatePage(self) -> bool:
        if self._wizard.registered:
            return True  # "Sluiten"
        problems: list[tuple[QWidget | None, str]] = []
        if not self.signed_by_edit.text().strip():
            problems.append((self.signed_by_edit, self.tr("Vul in wie de verklaring ondertekende.")))
        if problems:
            return self._fail(problems)
        self.errors.clear_message()
        self._wizard.submit()
        return False  # stay open: on success to show the reference, on a problem to fix it

    def _set_problems_visible(self, visible: bool) -> None:
        self.problems_label.setVisible(visible)
        self.problems_list.setVisible(visible)

    @Slot(bool)
    def _on_agreed_toggled(self, checked: bool) -> None:
        if checked:
            self.declaration_note.clear_message()
        else:
            self.declaration_note.show_message(
                self.tr(
                    "Zonder ondertekende verklaring wordt de aanvraag wel ingeschreven, maar is ze "
                    "onontvankelijk (ED-3 deel 5, ED-4)."
                ),
                "warning",
            )

    @Slot(QDate)
    def _on_submitted_changed(self, value: QDate) -> None:
        if self.signed_on_edit.date() > value:
            self.signed_on_edit.setDate(value)

    @Slot(QListWidgetItem)
    def _on_problem_activated(self, item: QListWidgetItem) -> None:
        page_id = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(page_id, int):
            self._wizard.go_to_page(page_id)


# --- the wizard --------------------------------------------------------------------------------


class IntakeWizard(QWizard):
    """A new application for recognition as external service provider, in the five parts of ED-3."""

    application_registered = Signal(str)  # dossier id of the new ED dossier

    def __init__(self, ctx: AppContext, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._ops = ops
        self.import_result: ImportResult | None = None
        self.setWindowTitle(self.tr("Nieuwe aanvraag — erkenning externe dienstverlener"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Terug"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Volgende >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Voltooien"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Annuleren"))
        self.organisation_page = OrganisationPage(self)
        self.procedure_page = ProcedurePage(self)
        self.experience_page = ExperiencePage(self)
        self.subcontractors_page = SubcontractorsPage(self)
        self.area_page = AreaPage(self)
        self.declaration_page = DeclarationPage(self)
        for page_id, page in enumerate(self.pages()):
            self.setPage(page_id, page)
        self.setStartId(PAGE_ORGANISATION)
        self.resize(860, 720)
        self._untouched = self.application_data()  # what "nothing typed yet" looks like

    def pages(self) -> list[_Page]:
        return [
            self.organisation_page,
            self.procedure_page,
            self.experience_page,
            self.subcontractors_page,
            self.area_page,
            self.declaration_page,
        ]

    @property
    def registered(self) -> bool:
        return self.import_result is not None and self.import_result.ok

    def reject(self) -> None:
        """Annuleren, Esc or closing the window: ask before typed input is thrown away."""
        if not self.registered and self.application_data() != self._untouched and not self._confirm_discard():
            return
        super().reject()

    def _confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Aanvraag niet ingeschreven"),
            self.tr("U typte een aanvraag die nog niet ingeschreven is. Wilt u uw invoer weggooien?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    # --- the document ----------------------------------------------------------------------------

    def application_data(self) -> dict[str, Any]:
        """The online counter's document (docs/intake-json.md) of what is typed in."""
        submitted = self.declaration_page.submitted_edit.date().toPython()
        data: dict[str, Any] = {
            "schema": SCHEMA_ID,
            "ingediend_op": submitted.isoformat(),
            "organisatie": self.organisation_page.as_json(),
            "vereenvoudigde_procedure": self.procedure_page.simplified_requested,
        }
        if not self.procedure_page.simplified_requested:
            data["ervaring"] = self.experience_page.as_json()
        data["werkingsgebied"] = self.area_page.as_json()
        data["verklaring_op_eer"] = self.declaration_page.as_json()
        data["onderaannemers"] = self.subcontractors_page.as_json()
        return data

    def submit(self) -> None:
        """Import what is typed in, on the one runner; the declaration page shows how it went."""
        ctx, data = self.ctx, self.application_data()
        finish = self.button(QWizard.WizardButton.FinishButton)
        finish.setEnabled(False)  # one import at a time

        def refused(error: UserError) -> None:
            self.declaration_page.show_problems([(PAGE_DECLARATION, tr_data(str(error)))])

        self._ops.run(
            lambda _progress: import_application(ctx, data),
            on_success=self._on_imported,
            on_failure=refused,
            on_finished=lambda: finish.setEnabled(True),
        )

    def _on_imported(self, result: ImportResult) -> None:
        if not result.ok:
            self.declaration_page.show_problems([self._describe(p) for p in result.problems])
            return
        assert result.dossier_id is not None
        self.import_result = result
        if self.experience_page.entries:
            view = get_application(self.ctx, result.dossier_id)
            self.experience_page.set_stored_persons([s.person_id for s in view.supervisors])
        for page in self.pages():
            page.set_read_only(True)
        self.declaration_page.show_success(result)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Sluiten"))
        self.application_registered.emit(result.dossier_id)

    def _describe(self, problem: Problem) -> tuple[int, str]:
        """A problem of the import as the officer reads it: the part, the path, who, the message."""
        page_id = next((p for prefix, p in _PATH_PAGES if problem.path.startswith(prefix)), PAGE_DECLARATION)
        page = self.page(page_id)
        part = page.title() if page is not None else ""
        who = ""
        match = _INDEXED.match(problem.path)
        if match:
            index = int(match.group(2))
            if match.group(1) == "ervaring.begeleiders" and index < len(self.experience_page.entries):
                who = self.tr(" · begeleider {n}: {name}").format(
                    n=index + 1, name=self.experience_page.entries[index].name
                )
            elif match.group(1) == "onderaannemers":
                who = self.tr(" · onderaannemer {n}").format(n=index + 1)
            elif match.group(1) == "werkingsgebied.nis" and index < len(self.area_page.codes):
                who = f" · {self.area_page._label(self.area_page.codes[index])}"
        return page_id, f"{part}{who}\n{tr_data(str(problem))}"

    def go_to_page(self, page_id: int) -> None:
        """Back to the page of a problem, when it was on the way here."""
        if page_id not in self.visitedIds():
            return
        while self.currentId() != page_id and self.currentId() != self.startId():
            self.back()


__all__ = [
    "PAGE_AREA",
    "PAGE_DECLARATION",
    "PAGE_EXPERIENCE",
    "PAGE_ORGANISATION",
    "PAGE_PROCEDURE",
    "PAGE_SUBCONTRACTORS",
    "IntakeWizard",
    "SupervisorEntry",
    "find_municipality",
]
