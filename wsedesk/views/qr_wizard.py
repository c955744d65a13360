"""QrWizard: a quality registration typed in (QR-1…QR-8), and one read from the online counter's JSON.

The organisation page is the ED wizard's (views/intake_organisation.py). *Voltooien* builds the
online counter's document (docs/qr-json.md, `wsedesk-qr/1`) and hands it to
`import_registration`: a typed registration is judged and stored exactly like an imported one,
all or nothing, and its problems come back with their JSON path. `import_qr_file` does the same
for a file chosen in a file dialog.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wsedesk.importers.counter_json import read_counter_document
from wsedesk.importers.qr_json import SCHEMA_ID
from wsedesk.rules.quality_reference import AREA_LABELS, PROOF_ROUTES, ROUTE_LABELS
from wsedesk.services.counter_intake import ImportResult, Problem
from wsedesk.services.organisations import organisation_kinds
from wsedesk.services.quality_registrations import import_registration
from wsedesk.services.reference_lists import list_audit_organisations, list_quality_labels
from wsedesk.views.common import format_date, open_dialog, resize_to_fit, tr_data
from wsedesk.views.counter_wizard import CounterWizard
from wsedesk.views.form_fields import OptionalDate
from wsedesk.views.intake_form import IntakePage, SubmitPage
from wsedesk.views.intake_organisation import OrganisationPage

if TYPE_CHECKING:
    from wsedesk.context import AppContext
    from wsedesk.views.operations import Operations

PAGE_ORGANISATION, PAGE_PROOF, PAGE_DECLARATION = range(3)
_PATH_PAGES = (("organisatie", PAGE_ORGANISATION), ("kwaliteitsbewijs", PAGE_PROOF))
TRI_VALUES = ("onbekend", "ja", "nee")


class ProofPage(IntakePage):
    """QR-2: the route and the proof — a label of the catalogue, another government's system, or Standaard WSE."""

    def __init__(self, wizard: QrWizard) -> None:
        super().__init__(
            wizard,
            self.tr("Kwaliteitsbewijs (QR-2)"),
            self.tr("Waarop de registratie steunt; ze eindigt wanneer dat bewijs eindigt (QR-7)."),
        )
        today = wizard.ctx.clock.today()
        self._labels = list_quality_labels(wizard.ctx)
        layout = QVBoxLayout(self)
        route_box = QGroupBox(self.tr("Route"))
        routes = QVBoxLayout(route_box)
        self.route_group = QButtonGroup(self)
        self.route_radios: dict[str, QRadioButton] = {}
        texts = {
            "label": self.tr("Kwaliteitsbewijs uit de &markt, op de lijst (QR-2 a)"),
            "overheid": self.tr("Wettelijk kwaliteitssysteem van een andere &overheid (QR-2 b)"),
            "standaard_wse": self.tr("Goedkeuringsbewijs &Standaard WSE (QR-2 c)"),
        }
        for route in PROOF_ROUTES:
            radio = QRadioButton(texts[route])
            radio.setToolTip(tr_data(ROUTE_LABELS[route]))
            self.route_group.addButton(radio)
            self.route_radios[route] = radio
            routes.addWidget(radio)
        layout.addWidget(route_box)

        form = QFormLayout()
        self.proof_combo = QComboBox()
        self.number_edit = QLineEdit()
        self.number_edit.setMaxLength(100)
        self.issued = OptionalDate(self.tr("&Uitgereikt op"), today)
        self.valid_until = OptionalDate(self.tr("&Geldig tot"), today)
        self.audit_combo = QComboBox()
        self.audit_combo.setEditable(True)
        self.audit_combo.addItem("", None)
        for org in list_audit_organisations(wizard.ctx):
            self.audit_combo.addItem(org.name, org.enterprise_number)
        self.earlier_spin = QSpinBox()
        self.earlier_spin.setRange(0, 100)
        self.proof_label = QLabel(self.tr("&Bewijs"))
        self.proof_label.setBuddy(self.proof_combo)
        self.audit_label = QLabel(self.tr("&Auditorganisatie (QR-3)"))
        self.audit_label.setBuddy(self.audit_combo)
        self.earlier_label = QLabel(self.tr("&Eerder gebruikt sinds 1/1/2023"))
        self.earlier_label.setBuddy(self.earlier_spin)
        form.addRow(self.proof_label, self.proof_combo)
        form.addRow(self.tr("&Nummer"), self.number_edit)
        form.addRow(self.tr("Uitreiking"), self.issued)
        form.addRow(self.tr("Einde"), self.valid_until)
        form.addRow(self.audit_label, self.audit_combo)
        form.addRow(self.earlier_label, self.earlier_spin)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addStretch(1)
        self.route_group.buttonToggled.connect(self._on_route_toggled)
        self.route_radios["label"].setChecked(True)

    @property
    def route(self) -> str:
        return next((r for r, radio in self.route_radios.items() if radio.isChecked()), "label")

    def set_route(self, route: str) -> None:
        self.route_radios[route].setChecked(True)

    def set_proof(self, catalogue_id: str) -> None:
        self.proof_combo.setCurrentIndex(max(0, self.proof_combo.findData(catalogue_id)))

    def as_json(self) -> dict[str, Any]:
        route = self.route
        proof: dict[str, Any] = {"route": route}
        if route != "standaard_wse" and self.proof_combo.currentData():
            proof["bewijs"] = self.proof_combo.currentData()
        if self.number_edit.text().strip():
            proof["nummer"] = self.number_edit.text().strip()
        if (issued := self.issued.value()) is not None:
            proof["uitgereikt_op"] = issued.isoformat()
        if (until := self.valid_until.value()) is not None:
            proof["geldig_tot"] = until.isoformat()
        audit = self.audit_combo.currentText().strip()
        if route == "label" and audit:
            found = self.audit_combo.findText(audit)
            number = self.audit_combo.itemData(found) if found > 0 else None
            proof["auditorganisatie"] = {"naam": audit, **({"ondernemingsnummer": number} if number else {})}
        if route == "standaard_wse":
            proof["eerder_gebruikt"] = self.earlier_spin.value()
        return proof

    def validatePage(self) -> bool:
        problems: list[tuple[QWidget | None, str]] = []
        if self.route != "standaard_wse":
            if not self.proof_combo.currentData():
                problems.append((self.proof_combo, self.tr("Kies het bewijs uit de lijst.")))
            if self.valid_until.value() is None:
                problems.append(
                    (self.valid_until.check, self.tr("Vul in tot wanneer het bewijs geldig is (QR-7)."))
                )
        issued, until = self.issued.value(), self.valid_until.value()
        if issued and until and until < issued:
            problems.append((self.valid_until.edit, self.tr("Het einde ligt vóór de uitreiking.")))
        return self._fail(problems)

    @Slot(QRadioButton, bool)
    def _on_route_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if not checked:
            return
        route = self.route
        self.proof_combo.clear()
        self.proof_combo.addItem(self.tr("(kies het bewijs)"), None)
        seen: set[str] = set()
        for label in self._labels:
            if label.route == route and label.catalogue_id not in seen:
                seen.add(label.catalogue_id)
                self.proof_combo.addItem(label.name, label.catalogue_id)
        is_wse = route == "standaard_wse"
        for widget in (self.proof_label, self.proof_combo):
            widget.setVisible(not is_wse)
        for widget in (self.audit_label, self.audit_combo):
            widget.setVisible(route == "label")
        for widget in (self.earlier_label, self.earlier_spin):
            widget.setVisible(is_wse)
        self.errors.clear_message()


class RegistrationPage(SubmitPage):
    """QR-1 evidence per area, the provider's start (QR-8), the declaration; then the import's outcome."""

    def __init__(self, wizard: QrWizard) -> None:
        super().__init__(
            wizard,
            self.tr("Gebieden en verklaring"),
            self.tr(
                "De drie gebieden van QR-1, de start van de activiteit (QR-8) en de verklaring op erewoord."
            ),
        )
        today = wizard.ctx.clock.today()
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.area_combos: dict[str, QComboBox] = {}
        for area, label in AREA_LABELS.items():
            combo = QComboBox()
            for value in TRI_VALUES:
                combo.addItem(tr_data(value), value)
            self.area_combos[area] = combo
            text = tr_data(label)
            form.addRow(text[:1].upper() + text[1:], combo)
        self.active_since = OptionalDate(self.tr("&Actief sinds (QR-8)"), today)
        form.addRow(self.tr("Start"), self.active_since)
        self._add_declaration(form, signed_latest=today)
        layout.addLayout(form)
        self._add_problems(layout)
        self.success_label = QLabel()
        self.success_label.setWordWrap(True)
        self.success_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.success_label)
        layout.addWidget(self.errors)
        self.show_problems([])
        self.success_label.hide()

    def as_json(self) -> dict[str, Any]:
        return self.declaration.as_json()

    def areas(self) -> dict[str, str]:
        return {area: str(combo.currentData()) for area, combo in self.area_combos.items()}

    def show_success(self, result: ImportResult) -> None:
        self.show_problems([])
        lines = self._outcome(self.tr("Ingeschreven als dossier {ref}.").format(ref=result.reference), result)
        if result.decision_due:
            lines.append(
                self.tr("Beslissing over de validatie uiterlijk op {d} (QR-4).").format(
                    d=format_date(result.decision_due)
                )
            )
        lines += [tr_data(w) for w in result.warnings]
        self.success_label.setText("\n".join(lines))
        self.success_label.show()

    def _declaration_problems(self) -> list[tuple[QWidget | None, str]]:
        if self.agreed_check.isChecked():
            return []
        return [(self.agreed_check, self.tr("Zonder verklaring op erewoord geen registratie."))]


class QrWizard(CounterWizard):
    """A new quality registration: the organisation, the proof, the areas and the declaration."""

    registration_registered = Signal(str)  # dossier id of the new QR dossier

    def __init__(self, ctx: AppContext, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ctx, ops, self.tr("Nieuwe kwaliteitsregistratie"), parent)
        self.import_result: ImportResult | None = None
        self.experience_page = None  # the ED wizard's part 3; a registration has none
        self.organisation_page = OrganisationPage(self)
        self.organisation_page.setTitle(self.tr("Organisatie en contactpersoon"))
        self.organisation_page.setSubTitle(
            self.tr("Wie de registratie aanvraagt. Een gekende organisatie wordt niet gewijzigd.")
        )
        combo = self.organisation_page.kind_combo
        for code, label in organisation_kinds():  # every kind may register (the ED-2 limit is not QR's)
            if combo.findData(code) < 0:
                combo.addItem(tr_data(label), code)
        self.proof_page = ProofPage(self)
        self.registration_page = RegistrationPage(self)
        self.add_pages()
        resize_to_fit(self, 820, 640)

    def pages(self) -> list[IntakePage]:
        return [self.organisation_page, self.proof_page, self.registration_page]

    def registration_data(self) -> dict[str, Any]:
        """The online counter's document (docs/qr-json.md) of what is typed in."""
        page = self.registration_page
        data: dict[str, Any] = {
            "schema": SCHEMA_ID,
            "ingediend_op": page.submitted_edit.date().toPython().isoformat(),
            "organisatie": self.organisation_page.as_json(),
            "kwaliteitsbewijs": self.proof_page.as_json(),
            "gebieden": page.areas(),
            "verklaring_op_eer": page.as_json(),
        }
        if (since := page.active_since.value()) is not None:
            data["actief_sinds"] = since.isoformat()
        return data

    def submit(self) -> None:
        ctx, data = self.ctx, self.registration_data()
        self.run_import(lambda _progress: import_registration(ctx, data), self._on_imported)

    def _on_imported(self, result: ImportResult) -> None:
        dossier_id = self.show_import(result, self._describe)
        if dossier_id is not None:
            self.registration_registered.emit(dossier_id)

    def _describe(self, problem: Problem) -> tuple[int, str]:
        page_id = self.page_of(problem.path, _PATH_PAGES, PAGE_DECLARATION)
        page = self.page(page_id)
        return page_id, f"{page.title() if page else ''}\n{tr_data(str(problem))}"


def import_qr_file(ctx: AppContext, path: Path) -> ImportResult:
    """A `wsedesk-qr/1` file as `wsedesk intake import` reads it: a broken file is one problem, nothing stored."""
    data, broken = read_counter_document(path)
    if broken is not None:
        return ImportResult(ok=False, problems=(Problem("(bestand)", broken),), schema=SCHEMA_ID)
    return import_registration(ctx, data)  # another schema is named as a problem of `schema`


def show_import_result(parent: QWidget, path: Path, result: ImportResult) -> QMessageBox:
    """The outcome of a JSON import: the new dossier, or every problem by its JSON path (nothing stored)."""
    if result.ok:
        text = parent.tr("{f}: ingeschreven als dossier {ref}.").format(f=path.name, ref=result.reference)
        if result.decision_due:
            text += "\n" + parent.tr("Beslissing over de validatie uiterlijk op {d} (QR-4).").format(
                d=format_date(result.decision_due)
            )
        details = "\n".join(tr_data(w) for w in result.warnings)
        icon = QMessageBox.Icon.Information
    else:
        text = parent.tr("{f} werd niet ingelezen; niets is bewaard. {n} probleem/problemen:").format(
            f=path.name, n=len(result.problems)
        )
        details = "\n".join(tr_data(str(p)) for p in result.problems)
        icon = QMessageBox.Icon.Warning
    box = QMessageBox(icon, parent.tr("Kwaliteitsregistratie inlezen"), text, parent=parent)
    if details:
        box.setInformativeText(details)
    return open_dialog(box)


__all__ = ["QrWizard", "import_qr_file", "show_import_result"]
