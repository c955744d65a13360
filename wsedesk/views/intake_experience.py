"""Intake wizard, part 3: the experience and the qualified supervisors (ED-1, ED-12)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QLocale, Qt, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wsedesk.errors import UserError
from wsedesk.rules.quality import load_rule_settings, load_supervisor_diplomas
from wsedesk.services.recognition import (
    reveal_national_number,
)
from wsedesk.views.common import tr_data
from wsedesk.views.intake_form import (
    IntakeForm,
    IntakePage,
    SupervisorEntry,
    format_years,
    national_number_problem,
    text_edit,
)
from wsedesk.views.widgets import (
    ERROR_COLOUR,
    InlineMessage,
    left_row,
    make_table,
)

# --- part 3: experience and qualified supervisors (ED-1, ED-12) ----------------------------------


class ExperiencePage(IntakePage):
    def __init__(self, wizard: IntakeForm) -> None:
        super().__init__(
            wizard,
            self.tr("Deel 3 — Ervaring en gekwalificeerde begeleiders"),
            self.tr("De ervaring met werknemers met een arbeidsbeperking (ED-1) en wie begeleidt (ED-12)."),
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
        self.motivation_edit = text_edit(3)
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
        grid.addLayout(left_row(self.years_spin, self.certificate_check, self.training_check), 3, 1, 1, 3)
        competences_label = QLabel(self.tr("Competenties"))
        grid.addWidget(competences_label, 4, 0)
        grid.addLayout(left_row(*self.competence_checks.values()), 4, 1, 1, 3)
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
            parts.append(self.tr("{y} jaar ervaring").format(y=format_years(entry.experience_years)))
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
            entry.national, entry.national_problem = national_number_problem(text)
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
        number, _problem = national_number_problem(text)
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


__all__ = ["ExperiencePage"]
