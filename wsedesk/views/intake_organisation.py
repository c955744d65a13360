"""Intake wizard, parts 1 and 2: the organisation and its contact, and the simplified procedure (ED-2)."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from wsedesk.rules.identifiers import (
    format_enterprise_number,
    is_valid_email,
    normalise_enterprise_number,
)
from wsedesk.rules.quality import KIND_LABELS, load_rule_settings
from wsedesk.services.organisations import OrganisationFilter, list_organisations, organisation_kinds
from wsedesk.services.reference import MunicipalityRef, postal_codes_for
from wsedesk.views.common import make_muted, tr_data
from wsedesk.views.form_fields import AddressFields, OrganisationIdentityFields
from wsedesk.views.intake_form import (
    PAGE_EXPERIENCE,
    PAGE_SUBCONTRACTORS,
    IntakeForm,
    IntakePage,
    find_municipality,
)
from wsedesk.views.widgets import (
    InlineMessage,
)

# --- part 1: organisation and contact ----------------------------------------------------------


class OrganisationPage(IntakePage):
    def __init__(self, wizard: IntakeForm) -> None:
        super().__init__(
            wizard,
            self.tr("Deel 1 — Organisatie en contactpersoon"),
            self.tr(
                "Wie vraagt de erkenning aan (ED-3, deel 1). Een gekende organisatie wordt niet gewijzigd."
            ),
        )
        settings = load_rule_settings()
        layout = QVBoxLayout(self)

        org_box = QGroupBox(self.tr("Organisatie"))
        self.identity = OrganisationIdentityFields(
            self,
            QFormLayout(org_box),
            # a consortium cannot apply (ED-2)
            [
                (code, label)
                for code, label in organisation_kinds()
                if code not in settings.ed2_excluded_kinds
            ],
        )
        self.kbo_edit, self.kbo_message, self.name_edit, self.kind_combo = self.identity.widgets()
        layout.addWidget(org_box)

        address_box = QGroupBox(self.tr("Adres van de zetel"))
        self.address_message = InlineMessage()
        self.address = AddressFields(self, QFormLayout(address_box), self.address_message)
        self.street_edit = self.address.street_edit
        self.postcode_edit = self.address.postcode_edit
        self.municipality_edit = self.address.municipality_edit
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
        return self.identity.kbo_problem()

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
        if email and not is_valid_email(email):
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


# --- part 2: the simplified procedure (ED-2) ---------------------------------------------------


class ProcedurePage(IntakePage):
    def __init__(self, wizard: IntakeForm) -> None:
        super().__init__(
            wizard,
            self.tr("Deel 2 — Vereenvoudigde procedure"),
            self.tr(
                "GTB, GOB, maatwerkbedrijven en LDE-ondernemingen mogen de vereenvoudigde procedure vragen (ED-2)."
            ),
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


__all__ = ["OrganisationPage", "ProcedurePage"]
