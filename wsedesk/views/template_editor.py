"""Beheer → Briefsjablonen: edit the text of a letter kind, checked as you type, previewed as a PDF.

The placeholders a kind may use are listed beside the text (double-click inserts one). Every
edit is validated at once (documents/letters.validate_letter_template): an unknown or misplaced
placeholder is an error with its place, and saving stays disabled until the text is valid. The
preview renders the edited template with the kind's example data. Only a team lead saves; a
save is a new version (services/letter_templates.save_template), which the next letter uses.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wsedesk.documents.letters import (
    example_context,
    known_placeholders,
    list_kinds,
    render_letter,
    validate_letter_template,
)
from wsedesk.documents.templates import LetterTemplate, TemplateProblem
from wsedesk.errors import UserError
from wsedesk.rules.roles import Role
from wsedesk.services.letter_templates import (
    current_template,
    is_customised,
    save_template,
    shipped_template,
)
from wsedesk.views.common import delay_timer, heading_label, make_muted, open_dialog, resize_to_fit, tr_data
from wsedesk.views.pdf_preview import ERROR_STYLE, INFO_STYLE, PdfPreviewPanel, message_label
from wsedesk.views.widgets import button_row, discard_confirmed, list_tree, pane_splitter

if TYPE_CHECKING:
    from wsedesk.context import AppContext

PREVIEW_DELAY_MS = 400
_PARAGRAPH = re.compile(r"tekst, alinea (\d+)")


def body_to_text(body: tuple[str, ...]) -> str:
    """The body as the editor shows it: one paragraph per line, an empty line between them."""
    return "\n\n".join(body)


def text_to_body(text: str) -> tuple[str, ...]:
    """Each non-empty line is a paragraph; empty lines only make the text readable."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


class TemplateEditorDialog(QDialog):
    """Kinds on the left, the text in the middle, placeholders and the PDF preview on the right."""

    template_saved = Signal(str, int)  # kind, new version

    def __init__(self, ctx: AppContext, *, kind: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._base: LetterTemplate | None = None  # the saved version being edited
        self._loaded: LetterTemplate | None = None  # the fields as filled from it (for "changed?")
        self._problems: list[TemplateProblem] = []
        self._filling = False
        self.setWindowTitle(self.tr("Briefsjablonen"))

        self._preview_timer = delay_timer(self, PREVIEW_DELAY_MS, self.refresh_preview)

        # Left: the kinds.
        self.kind_list = QListWidget()
        self.kind_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for spec in list_kinds():
            item = QListWidgetItem(tr_data(spec.title))
            item.setData(Qt.ItemDataRole.UserRole, spec.name)
            item.setToolTip(tr_data(spec.description))
            self.kind_list.addItem(item)
        self.kind_list.setMinimumWidth(200)
        self.kind_list.setWordWrap(True)
        self.kind_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        # Middle: the text.
        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        self.kind_heading = heading_label("", editor, scale=1.2)
        self.version_label = QLabel()
        make_muted(self.version_label)
        self.title_edit = QLineEdit()
        self.subject_edit = QLineEdit()
        self.salutation_edit = QLineEdit()
        self.body_edit = QPlainTextEdit()
        self.body_edit.setTabChangesFocus(True)
        self.closing_edit = QLineEdit()
        self.title_edit.setToolTip(self.tr("Titel in de eigenschappen van de PDF"))
        form = QFormLayout()
        form.addRow(self.tr("Titel"), self.title_edit)
        form.addRow(self.tr("Onderwerp"), self.subject_edit)
        form.addRow(self.tr("Aanhef"), self.salutation_edit)
        body_hint = QLabel(
            self.tr(
                "Elke regel is een alinea. '- ' begint een opsomming, '## ' een tussentitel; "
                "**vet**, *cursief*. Een lijst of tabel zoals {bevindingen} staat alleen op een regel."
            )
        )
        body_hint.setWordWrap(True)
        make_muted(body_hint)
        self.problems_list = QListWidget()
        self.problems_list.setMaximumHeight(120)
        self.problems_list.setWordWrap(True)
        self.problems_list.setToolTip(self.tr("Klik op een fout om de plaats in de tekst te zien"))
        self.error_label = message_label("inlineError", ERROR_STYLE)
        self.info_label = message_label("inlineInfo", INFO_STYLE)
        editor_layout.addWidget(self.kind_heading)
        editor_layout.addWidget(self.version_label)
        editor_layout.addLayout(form)
        editor_layout.addWidget(QLabel(self.tr("Tekst")))
        editor_layout.addWidget(body_hint)
        editor_layout.addWidget(self.body_edit, 1)
        closing_form = QFormLayout()
        closing_form.addRow(self.tr("Slotformule"), self.closing_edit)
        editor_layout.addLayout(closing_form)
        editor_layout.addWidget(QLabel(self.tr("Controle")))
        editor_layout.addWidget(self.problems_list)
        editor_layout.addWidget(self.error_label)
        editor_layout.addWidget(self.info_label)

        # Right: placeholders above the preview.
        self.placeholder_tree = list_tree([self.tr("Plaatshouder"), self.tr("Betekenis")], stretch=1)
        self.placeholder_tree.setToolTip(
            self.tr("Dubbelklik om de plaatshouder in te voegen waar de cursor staat")
        )
        self.preview = PdfPreviewPanel()
        right = pane_splitter(Qt.Orientation.Vertical, (self.placeholder_tree, 1), (self.preview, 3))

        splitter = pane_splitter(Qt.Orientation.Horizontal, (self.kind_list, 0), (editor, 5), (right, 5))
        splitter.setSizes([230, 540, 550])

        self.revert_button = QPushButton(self.tr("Wijzigingen ongedaan maken"))
        self.save_button = QPushButton(self.tr("Opslaan als nieuwe versie"))
        self.close_button = QPushButton(self.tr("Sluiten"))
        self.permission_label = QLabel()
        make_muted(self.permission_label)
        buttons = button_row(
            self.revert_button, self.save_button, self.close_button, lead=self.permission_label
        )
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        if not ctx.user.has(Role.TEAMVERANTWOORDELIJKE):
            self.permission_label.setText(
                self.tr(
                    "U kunt sjablonen bekijken en uitproberen; enkel een teamverantwoordelijke slaat ze op."
                )
            )

        self._target: QLineEdit | QPlainTextEdit = self.body_edit
        self._fields: dict[str, QLineEdit | QPlainTextEdit] = {
            "titel": self.title_edit,
            "onderwerp": self.subject_edit,
            "aanhef": self.salutation_edit,
            "tekst": self.body_edit,
            "slotformule": self.closing_edit,
        }
        for widget in self._fields.values():
            widget.installEventFilter(self)
        for line_edit in (self.title_edit, self.subject_edit, self.salutation_edit, self.closing_edit):
            line_edit.textChanged.connect(self._on_text_edited)
        self.body_edit.textChanged.connect(self._on_text_edited)
        self.kind_list.currentRowChanged.connect(self._on_kind_row_changed)
        self.placeholder_tree.itemActivated.connect(self._on_placeholder_activated)
        self.problems_list.itemClicked.connect(self._on_problem_clicked)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self._on_revert_clicked)
        self.close_button.clicked.connect(self.reject)

        start = 0
        if kind is not None:
            start = next((i for i, spec in enumerate(list_kinds()) if spec.name == kind), 0)
        self.kind_list.setCurrentRow(start)
        resize_to_fit(self, 1320, 860)

    # --- public --------------------------------------------------------------------------------

    def current_kind(self) -> str | None:
        item = self.kind_list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    @property
    def problems(self) -> list[TemplateProblem]:
        return list(self._problems)

    def edited_template(self) -> LetterTemplate | None:
        """The template as the fields hold it now (version and description of the saved one)."""
        if self._base is None:
            return None
        return replace(
            self._base,
            title=self.title_edit.text(),
            subject=self.subject_edit.text(),
            salutation=self.salutation_edit.text(),
            body=text_to_body(self.body_edit.toPlainText()),
            closing=self.closing_edit.text(),
        )

    def is_dirty(self) -> bool:
        edited = self.edited_template()
        return edited is not None and edited != self._loaded

    def load_kind(self, kind: str) -> None:
        """Show the template letters of `kind` use now (the user's edit, else the shipped one)."""
        self._hide_messages()
        try:
            template = current_template(kind)
        except UserError as exc:
            # An edited file that cannot be read: start again from the shipped text.
            template = shipped_template(kind)
            self._show_error(
                self.tr(
                    "Het aangepaste sjabloon kon niet gelezen worden; u ziet het meegeleverde. {e}"
                ).format(e=exc.message)
            )
        self._base = template
        self._filling = True
        try:
            self.title_edit.setText(template.title)
            self.subject_edit.setText(template.subject)
            self.salutation_edit.setText(template.salutation)
            self.body_edit.setPlainText(body_to_text(template.body))
            self.closing_edit.setText(template.closing)
            for line_edit in (self.title_edit, self.subject_edit, self.salutation_edit, self.closing_edit):
                line_edit.setCursorPosition(0)
        finally:
            self._filling = False
        self._loaded = self.edited_template()
        spec = next(s for s in list_kinds() if s.name == kind)
        self.kind_heading.setText(tr_data(spec.title))
        self._show_version(kind, template)
        self._fill_placeholders(kind)
        self.validate()
        self.refresh_preview()

    def insert_placeholder(self, name: str, *, block: bool = False) -> None:
        """Put `{name}` where the cursor is in the field last edited; a list or table on its own line."""
        text = f"{{{name}}}"
        target = self.body_edit if block else self._target
        if isinstance(target, QPlainTextEdit):
            cursor = target.textCursor()
            if block:
                cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
                text = f"\n\n{text}\n" if cursor.block().text().strip() else text
            cursor.insertText(text)
            target.setTextCursor(cursor)
        else:
            target.insert(text)
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def validate(self) -> list[TemplateProblem]:
        """Check the edited text now; show the problems and where they are; enable saving or not."""
        template = self.edited_template()
        kind = self.current_kind()
        self._problems = validate_letter_template(template, kind) if template and kind else []
        self.problems_list.clear()
        for widget in self._fields.values():
            widget.setStyleSheet("")
        if not self._problems:
            item = QListWidgetItem(self.tr("In orde: het sjabloon kan gebruikt worden."))
            item.setForeground(Qt.GlobalColor.darkGreen)
            self.problems_list.addItem(item)
        for problem in self._problems:
            location = tr_data(problem.location)
            item = QListWidgetItem(f"{location[:1].upper()}{location[1:]}: {tr_data(problem.message)}")
            item.setForeground(Qt.GlobalColor.darkRed)
            item.setData(Qt.ItemDataRole.UserRole, (problem.location, problem.placeholder))
            self.problems_list.addItem(item)
            field = self._field_of(problem.location)
            if field is not None:
                field.setStyleSheet(f"{type(field).__name__} {{ border: 1px solid #c62828; }}")
        self._update_buttons()
        return self._problems

    @Slot()
    def refresh_preview(self) -> None:
        """Render the edited template with the kind's example data (nothing is saved)."""
        self._preview_timer.stop()
        template, kind = self.edited_template(), self.current_kind()
        if template is None or kind is None:
            return
        if self._problems:
            self.preview.show_message(self.tr("Geen voorbeeld: het sjabloon bevat fouten (zie Controle)."))
            return
        try:
            pdf = render_letter(kind, example_context(kind), template=template)
        except UserError as exc:
            self.preview.show_message(exc.message)
            return
        self.preview.show_pdf(pdf, self.tr("Voorbeeld met fictieve gegevens"))

    @Slot()
    def save(self) -> None:
        """Save the edited text as a new version (team lead only; the service checks it too)."""
        template = self.edited_template()
        if template is None or self.validate():
            return
        try:
            saved = save_template(self._ctx, template)
        except UserError as exc:
            self._show_error(exc.message)
            return
        kind = saved.kind
        self.load_kind(kind)
        self.info_label.setText(
            self.tr("Opgeslagen als versie {v}. Nieuwe brieven gebruiken deze tekst.").format(v=saved.version)
        )
        self.info_label.show()
        self.template_saved.emit(kind, saved.version)

    # --- internals -----------------------------------------------------------------------------

    def _show_version(self, kind: str, template: LetterTemplate) -> None:
        if is_customised(kind):
            shipped = shipped_template(kind)
            text = self.tr("Versie {v}, aangepast (meegeleverd: versie {s})").format(
                v=template.version, s=shipped.version
            )
        else:
            text = self.tr("Versie {v}, zoals meegeleverd").format(v=template.version)
        self.version_label.setText(text)
        item = self.kind_list.currentItem()
        if item is not None:
            font = item.font()
            font.setItalic(is_customised(kind))
            item.setFont(font)

    def _fill_placeholders(self, kind: str) -> None:
        self.placeholder_tree.clear()
        for name, placeholder in known_placeholders(kind).items():
            description = tr_data(placeholder.description)
            if placeholder.block:
                description = self.tr("{d} (op een eigen regel)").format(d=description)
            item = QTreeWidgetItem([f"{{{name}}}", description])
            item.setData(0, Qt.ItemDataRole.UserRole, (name, placeholder.block))
            item.setToolTip(1, description)
            self.placeholder_tree.addTopLevelItem(item)

    def _field_of(self, location: str) -> QLineEdit | QPlainTextEdit | None:
        if location.startswith("tekst"):
            return self.body_edit
        return self._fields.get(location)

    def _update_buttons(self) -> None:
        lead = self._ctx.user.has(Role.TEAMVERANTWOORDELIJKE)
        dirty = self.is_dirty()
        self.save_button.setEnabled(lead and dirty and not self._problems)
        self.revert_button.setEnabled(dirty)
        if not lead:
            tip = self.tr("Enkel een teamverantwoordelijke slaat briefsjablonen op.")
        elif self._problems:
            tip = self.tr("Los eerst de fouten onder Controle op.")
        elif not dirty:
            tip = self.tr("Er is nog niets gewijzigd.")
        else:
            tip = self.tr("Bewaart de tekst als nieuwe versie; nieuwe brieven gebruiken ze meteen.")
        self.save_button.setToolTip(tip)

    def _show_error(self, message: str) -> None:
        self.info_label.hide()
        self.error_label.setText(message)
        self.error_label.show()

    def _hide_messages(self) -> None:
        self.error_label.hide()
        self.info_label.hide()

    def _select_in_body(self, paragraph: int, placeholder: str | None) -> None:
        """Select the placeholder (or the whole paragraph) of paragraph `paragraph` (1-based)."""
        document = self.body_edit.document()
        seen = 0
        block = document.begin()
        while block.isValid():
            if block.text().strip():
                seen += 1
                if seen == paragraph:
                    break
            block = block.next()
        if not block.isValid():
            return
        cursor = QTextCursor(block)
        offset = block.text().find(f"{{{placeholder}}}") if placeholder else -1
        if offset >= 0:
            cursor.setPosition(block.position() + offset)
            cursor.setPosition(
                block.position() + offset + len(placeholder or "") + 2, QTextCursor.MoveMode.KeepAnchor
            )
        else:
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        self.body_edit.setTextCursor(cursor)
        self.body_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _ask_discard(self) -> bool:
        """Unsaved edits: True when the user lets them go."""
        return discard_confirmed(
            self,
            self.tr("Niet opgeslagen"),
            self.tr("U wijzigde dit sjabloon maar sloeg het niet op. Wijzigingen weggooien?"),
        )

    # --- events and slots ----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Remember the field last focused: a double-clicked placeholder goes there.
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QLineEdit | QPlainTextEdit):
            self._target = watched
        return super().eventFilter(watched, event)

    @Slot()
    def _on_text_edited(self) -> None:
        if self._filling:
            return
        self._hide_messages()
        if not self.validate():
            self._preview_timer.start()
        else:
            self.refresh_preview()

    @Slot(int)
    def _on_kind_row_changed(self, row: int) -> None:
        item = self.kind_list.item(row)
        if item is None:
            return
        if self.is_dirty() and not self._ask_discard():
            # Stay on the kind with unsaved edits.
            previous = self._base.kind if self._base else None
            blocked = self.kind_list.blockSignals(True)
            for index in range(self.kind_list.count()):
                if self.kind_list.item(index).data(Qt.ItemDataRole.UserRole) == previous:
                    self.kind_list.setCurrentRow(index)
            self.kind_list.blockSignals(blocked)
            return
        self.load_kind(str(item.data(Qt.ItemDataRole.UserRole)))

    @Slot(QTreeWidgetItem, int)
    def _on_placeholder_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        name, block = item.data(0, Qt.ItemDataRole.UserRole)
        self.insert_placeholder(str(name), block=bool(block))

    @Slot(QListWidgetItem)
    def _on_problem_clicked(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if not data:
            return
        location, placeholder = data
        match = _PARAGRAPH.fullmatch(location)
        if match:
            self._select_in_body(int(match.group(1)), placeholder)
            return
        widget = self._field_of(location)
        if isinstance(widget, QLineEdit):
            offset = widget.text().find(f"{{{placeholder}}}") if placeholder else -1
            if offset >= 0:
                widget.setSelection(offset, len(placeholder or "") + 2)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        elif widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _on_revert_clicked(self) -> None:
        kind = self.current_kind()
        if kind is not None:
            self.load_kind(kind)

    def reject(self) -> None:
        # Sluiten, Escape and the window's close button all come here (QDialog.closeEvent rejects).
        if self.is_dirty() and not self._ask_discard():
            return
        super().reject()


def open_template_editor(parent: QWidget | None, ctx: AppContext, kind: str | None = None) -> None:
    """Beheer → 'Briefsjablonen bewerken…': the editor, window-modal, without blocking."""
    open_dialog(TemplateEditorDialog(ctx, kind=kind, parent=parent))
