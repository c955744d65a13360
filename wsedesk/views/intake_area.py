"""Intake wizard: the subcontractors (ED-10), the working area and capacity (part 4) and the declaration (part 5)."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QStyle,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wsedesk.rules.identifiers import (
    IdentifierError,
    normalise_enterprise_number,
)
from wsedesk.rules.quality import load_area_index
from wsedesk.services.recognition import (
    ImportResult,
)
from wsedesk.views.common import format_date, heading_label, make_muted, tr_data
from wsedesk.views.intake_form import (
    FLANDERS,
    IntakeForm,
    IntakePage,
    SubmitPage,
    find_municipality,
    municipalities_by_name,
    text_edit,
)
from wsedesk.views.widgets import (
    ERROR_COLOUR,
    InlineMessage,
    flemish_municipality_names,
    left_row,
    make_table,
    municipality_completer,
)

# --- subcontractors (ED-10) --------------------------------------------------------------------


class SubcontractorsPage(IntakePage):
    def __init__(self, wizard: IntakeForm) -> None:
        super().__init__(
            wizard,
            self.tr("Onderaannemers"),
            self.tr(
                "Wie de aanvrager inschakelt voor de begeleiding: elke onderaannemer moet zelf erkend zijn (ED-10)."
            ),
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
        self.add_button = QPushButton(self.tr("&Onderaannemer toevoegen"))
        self.remove_button = QPushButton(self.tr("Verwij&deren"))
        layout.addLayout(left_row(self.add_button, self.remove_button))
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


class AreaPage(IntakePage):
    def __init__(self, wizard: IntakeForm) -> None:
        super().__init__(
            wizard,
            self.tr("Deel 4 — Werkingsgebied en capaciteit"),
            self.tr(
                "Waar de aanvrager begeleidt en hoeveel werknemers tegelijk; werkgevers zoeken hierop (ED-13)."
            ),
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
            ref = municipalities_by_name()[name.casefold()]
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
        self.motivation_edit = text_edit(3)
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


class DeclarationPage(SubmitPage):
    def __init__(self, wizard: IntakeForm) -> None:
        super().__init__(
            wizard,
            self.tr("Deel 5 — Verklaring op erewoord"),
            self.tr(
                "De ondertekende verklaring, het engagement voor intervisie (ED-1) en de indieningsdatum."
            ),
        )
        layout = QVBoxLayout(self)
        self.form_box = QGroupBox(self.tr("Verklaring"))
        form = QFormLayout(self.form_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._add_declaration(form, signed_latest=None)
        self.intervision_combo = QComboBox()
        self.intervision_combo.addItem(self.tr("ja, de aanvrager engageert zich"), True)
        self.intervision_combo.addItem(self.tr("nee"), False)
        self.intervision_combo.addItem(self.tr("niet vermeld in de aanvraag"), None)
        form.addRow(self.tr("&Intervisie"), self.intervision_combo)
        self.declaration_note = InlineMessage()
        form.addRow("", self.declaration_note)
        layout.addWidget(self.form_box)
        self._add_problems(layout)

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
        self.problems.set_visible(False)
        self.success_box.hide()

        self.agreed_check.toggled.connect(self._on_agreed_toggled)
        self.submitted_edit.dateChanged.connect(self._on_submitted_changed)

    def initializePage(self) -> None:
        self._on_agreed_toggled(self.agreed_check.isChecked())

    def as_json(self) -> dict[str, Any]:
        item = self.declaration.as_json()
        intervision = self.intervision_combo.currentData()
        if intervision is not None:
            item["intervisie"] = bool(intervision)
        return item

    def show_success(self, result: ImportResult) -> None:
        self.problems.set_visible(False)
        self.errors.clear_message()
        self.reference_label.setText(result.reference or "")
        lines = self._outcome(
            self.tr("De aanvraag is ingeschreven als dossier {ref}.").format(ref=result.reference), result
        )
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


__all__ = ["AreaPage", "DeclarationPage", "SubcontractorsPage"]
