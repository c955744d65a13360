"""Brief opmaken: choose a letter kind for one dossier, fill in what it needs, preview it, store it.

The preview is the real PDF (services/letters.render_for_dossier), shown inside the program in
a QPdfView; nothing is stored until "Opslaan bij dossier". An advice can be approved here by a
team lead (the service checks the role too). `open_document_preview` shows a stored document of a
dossier in the same preview.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wsedesk.documents.letters import Finding, letter_kind, list_kinds
from wsedesk.documents.templates import MissingValueError, list_placeholders
from wsedesk.errors import UserError
from wsedesk.rules.quality_facts import Finding as CheckFinding
from wsedesk.rules.roles import Role
from wsedesk.services.checks import check_dossier_findings
from wsedesk.services.dossiers import DossierDetail, get_dossier
from wsedesk.services.letter_templates import current_template
from wsedesk.services.letters import (
    LetterInputs,
    StoredLetter,
    advice_finding,
    approve_advice,
    generate_letter,
    letter_refusals,
    load_document,
    render_for_dossier,
)
from wsedesk.views.common import (
    delay_timer,
    format_timestamp,
    heading_label,
    make_muted,
    open_dialog,
    resize_to_fit,
    tr_data,
)
from wsedesk.views.form_fields import LetterDateFields
from wsedesk.views.pdf_preview import ERROR_STYLE, INFO_STYLE, PdfActionsMixin, PdfPreviewPanel, message_label
from wsedesk.views.widgets import button_row, list_tree, pane_splitter

if TYPE_CHECKING:
    from wsedesk.context import AppContext
    from wsedesk.views.operations import Operations

PREVIEW_DELAY_MS = 350
# Placeholders the dialog itself fills in; a MissingValueError for one of these points at its field.
REASONS_PLACEHOLDER = "beslissing.motivering"
FINDINGS_PLACEHOLDER = "bevindingen"
PROPOSAL_PLACEHOLDER = "advies.voorstel"

MISSING_STYLE = "{cls} {{ border: 1px solid #c62828; }}"


# --- the letter dialog ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Shown:
    """What the preview shows: a draft (not stored) or a stored document."""

    filename: str
    stored: bool


class LetterDialog(PdfActionsMixin, QDialog):
    """One dossier: letter kind, date, motivation/findings, live preview, store, approve."""

    letter_stored = Signal(str, str)  # dossier id, document id

    def __init__(
        self,
        ctx: AppContext,
        dossier_id: str,
        ops: Operations,
        *,
        kind: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ops = ops
        self._dossier_id = dossier_id
        self._detail: DossierDetail = get_dossier(ctx, dossier_id)
        self._findings_loaded_for: str | None = None
        self._shown: _Shown | None = None
        self.last_stored: StoredLetter | None = None
        self.setWindowTitle(self.tr("Brief opmaken — {ref}").format(ref=self._detail.reference))

        self._preview_timer = delay_timer(self, PREVIEW_DELAY_MS, self.refresh_preview)

        d = self._detail
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.addWidget(heading_label(d.reference, left))
        about = QLabel(
            self.tr("{type} · {status}\n{organisation}").format(
                type=tr_data(d.type_label), status=tr_data(d.status_label), organisation=d.organisation
            )
        )
        about.setWordWrap(True)
        make_muted(about)
        left_layout.addWidget(about)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self._build_form())
        self.left_tabs = QTabWidget()
        self.left_tabs.addTab(scroll, self.tr("Brief"))
        self.left_tabs.addTab(self._build_documents(), self.tr("Documenten"))
        left_layout.addWidget(self.left_tabs, 1)
        self.error_label = message_label("inlineError", ERROR_STYLE)
        self.info_label = message_label("inlineInfo", INFO_STYLE)
        left_layout.addWidget(self.error_label)
        left_layout.addWidget(self.info_label)
        self.sha_edit = QLineEdit()  # 64 hex digits do not wrap: a field to read and copy them
        self.sha_edit.setReadOnly(True)
        self.sha_edit.setToolTip(self.tr("SHA-256 van het opgeslagen document"))
        self.sha_edit.hide()
        left_layout.addWidget(self.sha_edit)
        left.setMinimumWidth(400)

        self.preview = PdfPreviewPanel()
        splitter = pane_splitter(Qt.Orientation.Horizontal, (left, 0), (self.preview, 1))
        splitter.setSizes([430, 700])

        self.approve_button = QPushButton(self.tr("Goedkeuren"))
        self.save_as_button = QPushButton(self.tr("Opslaan als…"))
        self.open_button = QPushButton(self.tr("Openen met standaardprogramma"))
        self.store_button = QPushButton(self.tr("Opslaan bij dossier"))
        self.close_button = QPushButton(self.tr("Sluiten"))
        self.store_button.setToolTip(
            self.tr("Maakt de brief en bewaart hem bij het dossier, als nieuwe versie met zijn SHA-256")
        )
        self.save_as_button.setToolTip(self.tr("De getoonde PDF als bestand bewaren"))
        self.open_button.setToolTip(self.tr("De getoonde PDF openen in uw PDF-lezer, bv. om af te drukken"))
        # Enter in a field must not store a letter: no button is a default one.
        self.approve_button.setAutoDefault(False)
        buttons = button_row(self.save_as_button, self.open_button, self.store_button, self.close_button)
        buttons.insertWidget(0, self.approve_button)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self.store_button.clicked.connect(self.store)
        self.approve_button.clicked.connect(self.approve)
        self.save_as_button.clicked.connect(self._on_save_as_clicked)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.close_button.clicked.connect(self.reject)

        self._fill_kinds(kind)
        self._fill_documents()
        self._on_kind_changed()
        resize_to_fit(self, 1200, 820)

    # --- building --------------------------------------------------------------------------------

    def _build_form(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(4, 4, 4, 4)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kind_combo = QComboBox()
        self.kind_combo.setMinimumContentsLength(24)
        self.kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        form.addRow(self.tr("Soort brief"), self.kind_combo)
        self.kind_description = QLabel()
        self.kind_description.setWordWrap(True)
        make_muted(self.kind_description)
        form.addRow("", self.kind_description)

        self.letter_date_fields = LetterDateFields(self, form, self._ctx.clock.today())
        self.own_date_check, self.date_edit = self.letter_date_fields.widgets()
        date_help = self.tr(
            "Zonder andere datum draagt de brief de datum van wat hij meldt: de beslissing, de start "
            "van de termijn, de vraag om informatie; een advies of herinnering: vandaag."
        )
        self.own_date_check.setToolTip(date_help)
        self.date_edit.setToolTip(date_help)
        date_hint = QLabel(self.tr("Standaard: de datum van wat de brief meldt."))
        date_hint.setToolTip(date_help)
        make_muted(date_hint)
        form.addRow("", date_hint)
        layout.addLayout(form)

        self.reasons_box = QGroupBox(self.tr("Motivering"))
        reasons_layout = QVBoxLayout(self.reasons_box)
        self.reasons_edit = QPlainTextEdit()
        self.reasons_edit.setPlaceholderText(
            self.tr("Eén reden per regel, bv. 'De lijst van begeleiders ontbreekt (ED-1).'")
        )
        self.reasons_edit.setTabChangesFocus(True)
        self.reasons_edit.setMinimumHeight(90)
        reasons_layout.addWidget(self.reasons_edit)
        layout.addWidget(self.reasons_box)

        self.advice_box = QGroupBox(self.tr("Advies aan de minister"))
        advice_layout = QVBoxLayout(self.advice_box)
        findings_caption = QLabel(self.tr("Getoetste voorwaarden (aangevinkt: opgenomen in het advies)"))
        findings_caption.setWordWrap(True)
        # Single selection, as a QTreeWidget has by default.
        self.findings_tree = list_tree([self.tr("Voorwaarde"), self.tr("Oordeel")], stretch=0)
        self.findings_tree.setMinimumHeight(120)
        self.findings_tree.setToolTip(self.tr("Wijs een voorwaarde aan om de motivering te lezen"))
        self.findings_message = QLabel()
        self.findings_message.setWordWrap(True)
        make_muted(self.findings_message)
        self.findings_message.hide()
        proposal_form = QFormLayout()
        self.proposal_edit = QLineEdit()
        self.proposal_edit.setPlaceholderText(
            self.tr("bv. erkenning als externe dienstverlener voor vijf jaar")
        )
        self.remarks_edit = QPlainTextEdit()
        self.remarks_edit.setPlaceholderText(
            self.tr("Opmerkingen van de teamverantwoordelijke (bij goedkeuren)")
        )
        self.remarks_edit.setTabChangesFocus(True)
        self.remarks_edit.setMaximumHeight(70)
        proposal_form.addRow(self.tr("Voorstel van beslissing"), self.proposal_edit)
        proposal_form.addRow(self.tr("Opmerkingen"), self.remarks_edit)
        advice_layout.addWidget(findings_caption)
        advice_layout.addWidget(self.findings_tree, 1)
        advice_layout.addWidget(self.findings_message)
        advice_layout.addLayout(proposal_form)
        layout.addWidget(self.advice_box, 1)

        layout.addStretch(0)

        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        self.own_date_check.toggled.connect(self._on_own_date_toggled)
        self.date_edit.dateChanged.connect(self._schedule_preview)
        self.reasons_edit.textChanged.connect(self._schedule_preview)
        self.proposal_edit.textChanged.connect(self._schedule_preview)
        self.findings_tree.itemChanged.connect(self._schedule_preview)
        return panel

    def _build_documents(self) -> QWidget:
        panel = QWidget()
        documents_layout = QVBoxLayout(panel)
        documents_layout.setContentsMargins(4, 4, 4, 4)
        self.documents_tree = list_tree([self.tr("Titel"), self.tr("Versie"), self.tr("Gemaakt")], stretch=0)
        self.documents_tree.setToolTip(self.tr("Dubbelklik om het opgeslagen document te tonen"))
        hint = QLabel(self.tr("Dubbelklik op een document om het rechts te tonen."))
        make_muted(hint)
        documents_layout.addWidget(self.documents_tree, 1)
        documents_layout.addWidget(hint)
        self.documents_tree.itemActivated.connect(self._on_document_activated)
        return panel

    def _fill_kinds(self, wanted: str | None) -> None:
        model = self.kind_combo.model()
        assert isinstance(model, QStandardItemModel)
        first_fitting = -1
        blocked = self.kind_combo.blockSignals(True)  # one preview at the end, not one per item
        # Not offered: the wrong type or state, or a step the letter reports is missing (issue #11).
        refusals = letter_refusals(self._ctx, self._dossier_id)
        for index, spec in enumerate(k for k in list_kinds() if k.for_dossiers):
            self.kind_combo.addItem(tr_data(spec.title), spec.name)
            item = model.item(index)
            reason = refusals.get(spec.name)
            if reason:
                item.setEnabled(False)
                item.setToolTip(reason)
            else:
                item.setToolTip(tr_data(spec.description))
                if first_fitting < 0 or spec.name == wanted:
                    first_fitting = index
        if first_fitting < 0:
            self.kind_combo.setPlaceholderText(self.tr("Geen briefsoort past bij dit dossier"))
        self.kind_combo.setCurrentIndex(first_fitting)
        self.kind_combo.blockSignals(blocked)

    def _fill_documents(self, select_id: str | None = None) -> None:
        self.documents_tree.clear()
        self.left_tabs.setTabText(1, self.tr("Documenten ({n})").format(n=len(self._detail.documents)))
        for doc in self._detail.documents:
            version = str(doc.revision) + ("" if doc.final else self.tr(" (concept)"))
            item = QTreeWidgetItem([doc.title, version, format_timestamp(doc.created_at)])
            item.setData(0, Qt.ItemDataRole.UserRole, doc.id)
            item.setToolTip(0, self.tr("SHA-256: {sha}").format(sha=doc.sha256))
            self.documents_tree.addTopLevelItem(item)
            if doc.id == select_id:
                self.documents_tree.setCurrentItem(item)

    # --- public --------------------------------------------------------------------------------

    @property
    def dossier_id(self) -> str:
        return self._dossier_id

    def current_kind(self) -> str | None:
        kind = self.kind_combo.currentData()
        return kind if isinstance(kind, str) else None

    def kind_enabled(self, kind: str) -> bool:
        """Whether `kind` can be chosen for this dossier (its combo entry is enabled)."""
        model = self.kind_combo.model()
        assert isinstance(model, QStandardItemModel)
        index = self.kind_combo.findData(kind)
        return index >= 0 and model.item(index).isEnabled()

    def kind_tooltip(self, kind: str) -> str:
        model = self.kind_combo.model()
        assert isinstance(model, QStandardItemModel)
        return model.item(self.kind_combo.findData(kind)).toolTip()

    def set_kind(self, kind: str) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))

    def letter_date(self) -> date | None:
        """The chosen date, or None for the service's default."""
        return self.letter_date_fields.letter_date()

    def reasons(self) -> tuple[str, ...]:
        if self.reasons_box.isHidden():
            return ()
        return tuple(line.strip() for line in self.reasons_edit.toPlainText().splitlines() if line.strip())

    def findings(self) -> tuple[Finding, ...]:
        if self.current_kind() != "advies":
            return ()
        chosen: list[Finding] = []
        for row in range(self.findings_tree.topLevelItemCount()):
            item = self.findings_tree.topLevelItem(row)
            if item is not None and item.checkState(0) == Qt.CheckState.Checked:
                chosen.append(item.data(0, Qt.ItemDataRole.UserRole))
        return tuple(chosen)

    def proposed_decision(self) -> str | None:
        if self.current_kind() != "advies":
            return None
        return self.proposal_edit.text().strip() or None

    def inputs(self) -> LetterInputs:
        """What the user gave the letter: its date, reasons, findings and proposed decision."""
        return LetterInputs(
            letter_date=self.letter_date(),
            reasons=self.reasons(),
            findings=self.findings(),
            proposed_decision=self.proposed_decision(),
        )

    @Slot()
    def refresh_preview(self) -> None:
        """Render the letter as it would be stored now and show it (nothing is stored)."""
        self._preview_timer.stop()
        kind = self.current_kind()
        self._clear_missing()
        if kind is None:
            d = self._detail
            self.preview.show_message(
                self.tr("Voor een dossier van type {type} met status '{status}' is er geen brief.").format(
                    type=tr_data(d.type_label), status=tr_data(d.status_label)
                )
            )
            self._shown = None
            self._update_buttons()
            return
        try:
            pdf = render_for_dossier(self._ctx, self._dossier_id, kind, **self.inputs())
        except UserError as exc:
            self._show_error(exc)
            self.preview.show_message(self.tr("Geen voorbeeld: zie de melding links."))
            self._shown = None
        else:
            self._hide_error()
            self.preview.show_pdf(pdf, self.tr("Voorbeeld — nog niet opgeslagen"))
            self._shown = _Shown(f"{self._detail.reference}-{kind}.pdf", stored=False)
        self._update_buttons()

    @Slot()
    def store(self) -> None:
        """Make the letter and store it with the dossier (a new revision with its SHA-256)."""
        kind = self.current_kind()
        if kind is None:
            return
        ctx, dossier_id, inputs = self._ctx, self._dossier_id, self.inputs()
        self._ops.run(
            lambda _progress: generate_letter(ctx, dossier_id, kind, **inputs),
            on_success=self._after_store,
            on_failure=self._show_error,
        )

    @Slot()
    def approve(self) -> None:
        """The team lead approves the advice: a new, final revision (the service checks the role)."""
        ctx, dossier_id, inputs = self._ctx, self._dossier_id, self.inputs()
        del inputs["reasons"]  # the approved advice is made from its findings and proposal
        remarks = self.remarks_edit.toPlainText().strip() or None
        self._ops.run(
            lambda _progress: approve_advice(ctx, dossier_id, remarks=remarks, **inputs),
            on_success=self._after_store,
            on_failure=self._show_error,
        )

    def show_document(self, document_id: str) -> None:
        """Show a stored document of the dossier in the preview."""
        try:
            filename, content = load_document(self._ctx, document_id)
        except UserError as exc:
            self._show_error(exc)
            return
        self._hide_error()
        self.preview.show_pdf(content, self.tr("Opgeslagen document: {name}").format(name=filename))
        self._shown = _Shown(filename, stored=True)
        self._update_buttons()

    # --- internals -----------------------------------------------------------------------------

    def _after_store(self, stored: StoredLetter) -> None:
        """The letter is stored (AppEvents.changed told the dossier screens); show it here."""
        self.last_stored = stored
        self._hide_error()
        state = self.tr("definitief") if stored.final else self.tr("concept, nog goed te keuren")
        self._show_info(
            self.tr("Opgeslagen bij het dossier als versie {rev} ({state}), met SHA-256:").format(
                rev=stored.revision, state=state
            ),
            sha256=stored.sha256,
        )
        self.preview.show_pdf(
            stored.content, self.tr("Opgeslagen document: {name}").format(name=stored.filename)
        )
        self._shown = _Shown(stored.filename, stored=True)
        try:
            self._detail = get_dossier(self._ctx, self._dossier_id)
        except UserError as exc:
            self._show_error(exc)
        self._fill_documents(select_id=stored.document_id)
        self._update_buttons()
        self.letter_stored.emit(self._dossier_id, stored.document_id)

    def _show_info(self, text: str | None, *, sha256: str | None = None) -> None:
        self.info_label.setText(text or "")
        self.info_label.setVisible(bool(text))
        self.sha_edit.setText(sha256 or "")
        self.sha_edit.setCursorPosition(0)
        self.sha_edit.setVisible(bool(sha256))

    def _show_error(self, error: UserError) -> None:
        message = error.message
        if isinstance(error, MissingValueError):
            # A value this dialog asks for: say where to fill it in, not "in the dossier".
            fields: dict[str, tuple[QWidget, str]] = {
                REASONS_PLACEHOLDER: (
                    self.reasons_edit,
                    self.tr(
                        "Deze brief heeft een motivering nodig: vul bij Motivering de redenen in, één per regel"
                    ),
                ),
                FINDINGS_PLACEHOLDER: (
                    self.findings_tree,
                    self.tr("Vink minstens één getoetste voorwaarde aan: het advies toont ze in een tabel"),
                ),
                PROPOSAL_PLACEHOLDER: (
                    self.proposal_edit,
                    self.tr("Vul het voorstel van beslissing in"),
                ),
            }
            field = fields.get(error.placeholder)
            if field is not None and field[0].isVisibleTo(self):
                widget, hint = field
                message = f"{hint} ({{{error.placeholder}}})."
                widget.setStyleSheet(MISSING_STYLE.format(cls=type(widget).__name__))
                widget.setToolTip(message)
        self.error_label.setText(message)
        self.error_label.show()

    def _hide_error(self) -> None:
        self.error_label.hide()
        self.error_label.clear()

    def _clear_missing(self) -> None:
        for widget in (self.reasons_edit, self.findings_tree, self.proposal_edit):
            widget.setStyleSheet("")
            widget.setToolTip("")

    def _update_buttons(self) -> None:
        has_pdf = self.preview.data is not None and self._shown is not None
        kind = self.current_kind()
        self.save_as_button.setEnabled(has_pdf)
        self.open_button.setEnabled(has_pdf)
        # Stored is what was previewed: only with a draft on screen (issue #12), never after a
        # refused preview or while a stored document is shown.
        draft = has_pdf and self._shown is not None and not self._shown.stored
        self.store_button.setEnabled(kind is not None and draft)
        self.store_button.setToolTip(
            self.tr("Maakt de brief en bewaart hem bij het dossier, als nieuwe versie met zijn SHA-256")
            if draft
            else self.tr("Eerst moet het voorbeeld van de brief zonder fouten getoond worden")
        )
        is_advice = kind is not None and letter_kind(kind).needs_approval
        self.approve_button.setVisible(is_advice)
        lead = self._ctx.user.has(Role.TEAMVERANTWOORDELIJKE)
        self.approve_button.setEnabled(is_advice and lead)
        self.remarks_edit.setEnabled(lead)
        self.approve_button.setToolTip(
            self.tr("Het advies goedkeuren: een nieuwe, definitieve versie met uw naam en de datum")
            if lead
            else self.tr("Enkel een teamverantwoordelijke keurt een advies goed.")
        )

    def _load_findings(self) -> None:
        if self._findings_loaded_for == self._dossier_id:
            return
        self._findings_loaded_for = self._dossier_id
        blocked = self.findings_tree.blockSignals(True)
        try:
            self.findings_tree.clear()
            try:
                results = check_dossier_findings(self._ctx, self._dossier_id, self._ctx.clock.today())
            except UserError as exc:
                self.findings_message.setText(exc.message)
                self.findings_message.show()
                return
            self._add_findings(results)
        finally:
            self.findings_tree.blockSignals(blocked)

    def _add_findings(self, results: Sequence[CheckFinding]) -> None:
        for result in results:
            finding = advice_finding(result)
            part = f" · {result.subject}" if result.subject else ""
            item = QTreeWidgetItem([f"{finding.rule_id}{part}", finding.verdict])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked)
            item.setData(0, Qt.ItemDataRole.UserRole, finding)
            item.setToolTip(0, result.reason)
            item.setToolTip(1, result.reason)
            self.findings_tree.addTopLevelItem(item)
        if not results:
            self.findings_message.setText(self.tr("Er zijn geen getoetste voorwaarden voor dit dossier."))
            self.findings_message.show()

    # --- slots ---------------------------------------------------------------------------------

    @Slot()
    def _on_kind_changed(self) -> None:
        kind = self.current_kind()
        if kind is None:
            self.kind_description.clear()
            self.reasons_box.hide()
            self.advice_box.hide()
        else:
            spec = letter_kind(kind)
            self.kind_description.setText(tr_data(spec.description))
            try:
                uses = set(list_placeholders(current_template(kind)))
            except UserError as exc:
                uses = set()
                self._show_error(exc)
            self.reasons_box.setVisible(REASONS_PLACEHOLDER in uses)
            self.advice_box.setVisible(kind == "advies")
            if kind == "advies":
                self._load_findings()
        self._show_info(None)
        self.refresh_preview()

    @Slot(bool)
    def _on_own_date_toggled(self, checked: bool) -> None:
        self.date_edit.setEnabled(checked)
        self._schedule_preview()

    @Slot()
    def _schedule_preview(self) -> None:
        self._preview_timer.start()

    @Slot(QTreeWidgetItem, int)
    def _on_document_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.show_document(str(item.data(0, Qt.ItemDataRole.UserRole)))

    @Slot()
    def _on_save_as_clicked(self) -> None:
        data = self.preview.data
        if data is None or self._shown is None:
            return
        path = self._save_pdf_as(data, self._shown.filename, self._report)
        if path is not None:
            self._hide_error()
            self._show_info(self.tr("Bewaard als {path}").format(path=path))

    @Slot()
    def _on_open_clicked(self) -> None:
        data = self.preview.data
        if data is not None and self._shown is not None:
            self._open_externally(data, self._shown.filename, self._report)

    def _report(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()


# --- a stored document on its own ----------------------------------------------------------------


class DocumentPreviewDialog(PdfActionsMixin, QDialog):
    """A stored document of a dossier in the program's PDF preview."""

    def __init__(self, ctx: AppContext, document_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filename, self.content = load_document(ctx, document_id)
        self.setWindowTitle(self.filename)
        self.preview = PdfPreviewPanel()
        self.preview.show_pdf(self.content, self.filename)
        self.error_label = message_label("inlineError", ERROR_STYLE)
        self.save_as_button = QPushButton(self.tr("Opslaan als…"))
        self.open_button = QPushButton(self.tr("Openen met standaardprogramma"))
        self.close_button = QPushButton(self.tr("Sluiten"))
        buttons = button_row(self.save_as_button, self.open_button, self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.save_as_button.clicked.connect(self._on_save_as_clicked)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.close_button.clicked.connect(self.reject)
        resize_to_fit(self, 760, 900)

    def _report(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    @Slot()
    def _on_save_as_clicked(self) -> None:
        self._save_pdf_as(self.content, self.filename, self._report)

    @Slot()
    def _on_open_clicked(self) -> None:
        self._open_externally(self.content, self.filename, self._report)


# --- entry points --------------------------------------------------------------------------------


def open_letter_dialog(parent: QWidget | None, ctx: AppContext, dossier_id: str, ops: Operations) -> None:
    """'Brief opmaken…' for one dossier: opens the LetterDialog, window-modal, without blocking.

    A dossier that no longer exists raises NotFoundError (shown as a message by the error hook).
    """
    open_dialog(LetterDialog(ctx, dossier_id, ops, parent=parent))


def open_document_preview(parent: QWidget | None, ctx: AppContext, document_id: str) -> None:
    """Show a stored document of a dossier in the program's PDF preview."""
    open_dialog(DocumentPreviewDialog(ctx, document_id, parent=parent))
