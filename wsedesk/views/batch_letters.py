"""Brieven voor selectie: the same letter for many dossiers, in the background, cancellable.

The work runs through the one runner (views/operations.py, architecture.md #5): only ids and the
kind cross to the worker, `services.letters.generate_batch` stores each letter in its own unit of
work, and a dossier that does not fit is reported, not fatal. At the end a summary lists what
was made and what was refused, with the reason.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QCloseEvent, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wsedesk.documents.letters import letter_kind
from wsedesk.documents.templates import list_placeholders
from wsedesk.errors import UserError
from wsedesk.services.changes import Changes
from wsedesk.services.letter_templates import current_template
from wsedesk.services.letters import (
    FITS,
    PER_DOSSIER_PLACEHOLDERS,
    LetterTarget,
    StoredLetter,
    check_fits,
    generate_batch,
    letter_targets,
)
from wsedesk.views.common import format_number, heading_label, make_muted, open_dialog, resize_to_fit, tr_data
from wsedesk.views.form_fields import LetterDateFields
from wsedesk.views.widgets import button_row, list_tree

if TYPE_CHECKING:
    from wsedesk.context import AppContext
    from wsedesk.views.operations import Operations
    from wsedesk.views.tasks import TaskHandle, TaskProgress

# A batch passes no motivation, findings or proposal: kinds whose text needs one
# (services.letters.PER_DOSSIER_PLACEHOLDERS, also for `wsedesk letters`) are made per dossier.

BatchResult = tuple[list[StoredLetter], list[tuple[str, str]]]


class BatchLetterDialog(QDialog):
    """Choose a kind and a date, make the letters, follow the progress, read the summary."""

    letters_stored = Signal(list)  # ids of the dossiers that got a letter

    def __init__(
        self,
        ctx: AppContext,
        dossier_ids: list[str],
        ops: Operations,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ops = ops
        self._targets: list[LetterTarget] = letter_targets(ctx, list(dossier_ids))
        self._by_id = {t.dossier_id: t for t in self._targets}
        self._handle: TaskHandle | None = None
        self._close_when_done = False
        self._ran = False
        self.result_made: list[StoredLetter] = []
        self.result_refused: list[tuple[str, str]] = []
        self.setWindowTitle(self.tr("Brieven voor selectie"))

        count = len(self._targets)
        title = self.tr("1 dossier gekozen") if count == 1 else self.tr("{n} dossiers gekozen")
        layout = QVBoxLayout(self)
        self.title_label = heading_label(title.format(n=format_number(count)), self, scale=1.2)
        layout.addWidget(self.title_label)
        explanation = QLabel(
            self.tr(
                "Dezelfde brief voor elk gekozen dossier, elk bewaard als nieuwe versie bij zijn dossier. "
                "Een dossier waar de brief niet bij past, of waarvoor een gegeven ontbreekt, wordt "
                "overgeslagen en staat met de reden in het overzicht."
            )
        )
        explanation.setWordWrap(True)
        layout.addWidget(explanation)

        form = QFormLayout()
        self.kind_combo = QComboBox()
        self.kind_combo.setMinimumContentsLength(34)
        self.kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        form.addRow(self.tr("Soort brief"), self.kind_combo)
        self.letter_date_fields = LetterDateFields(self, form, ctx.clock.today())
        self.own_date_check, self.date_edit = self.letter_date_fields.widgets()
        date_hint = QLabel(self.tr("Standaard: per dossier de datum van wat de brief meldt."))
        make_muted(date_hint)
        form.addRow("", date_hint)
        layout.addLayout(form)

        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, max(1, count))
        self.progress_bar.setValue(0)
        self.progress_bar.setFormat(self.tr("%v van %m"))
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)

        self.results_tree = list_tree([self.tr("Dossier"), self.tr("Resultaat")], stretch=1, wrap=True)
        layout.addWidget(self.results_tree, 1)

        self.start_button = QPushButton(self.tr("Brieven maken"))
        self.cancel_button = QPushButton(self.tr("Annuleren"))
        self.cancel_button.setToolTip(
            self.tr("Stopt na de brief die nu gemaakt wordt; wat al gemaakt is, blijft bewaard")
        )
        self.close_button = QPushButton(self.tr("Sluiten"))
        buttons = button_row(self.start_button, self.cancel_button, self.close_button)
        layout.addLayout(buttons)

        self.own_date_check.toggled.connect(self.date_edit.setEnabled)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)

        self._fill_kinds()
        self._set_running(False)
        resize_to_fit(self, 720, 560)

    # --- public --------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._handle is not None and not self._handle.done

    def current_kind(self) -> str | None:
        kind = self.kind_combo.currentData()
        return kind if isinstance(kind, str) else None

    def set_kind(self, kind: str) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))

    def fitting(self, kind: str) -> list[LetterTarget]:
        """The chosen dossiers `kind` fits by type and status."""
        fits = FITS.get(kind, {})
        return [t for t in self._targets if t.status in fits.get(t.dossier_type, frozenset())]

    def kind_enabled(self, kind: str) -> bool:
        model = self.kind_combo.model()
        assert isinstance(model, QStandardItemModel)
        index = self.kind_combo.findData(kind)
        return index >= 0 and model.item(index).isEnabled()

    def letter_date(self) -> date | None:
        return self.letter_date_fields.letter_date()

    @Slot()
    def start(self) -> None:
        """Run generate_batch for every chosen dossier through the task runner."""
        kind = self.current_kind()
        if kind is None or self.running or self._ran:
            return
        ids = [t.dossier_id for t in self._targets]
        letter_date = self.letter_date()
        ctx = self._ctx
        self.results_tree.clear()
        self.result_made, self.result_refused = [], []
        self.progress_bar.setRange(0, max(1, len(ids)))
        self.progress_bar.setValue(0)
        self.status_label.setText(self.tr("Bezig…"))
        self._set_running(True)

        def work(progress: TaskProgress) -> BatchResult:
            # Runs on the worker thread: plain ids in, plain results out.
            return generate_batch(ctx, ids, kind, letter_date=letter_date, progress=progress)

        self._handle = self._ops.run(
            work,
            on_success=self._on_batch_done,
            on_failure=self._on_batch_failed,
            on_progress=self._on_batch_progress,
            on_cancelled=self._on_batch_cancelled,
            on_finished=self._finish,  # also after a bug, which the global hook then shows
        )

    @Slot()
    def cancel(self) -> None:
        """Ask the batch to stop after the current letter."""
        if self.running and self._handle is not None:
            self._handle.cancel()
            self.cancel_button.setEnabled(False)
            self.status_label.setText(self.tr("Wordt geannuleerd na de brief die nu gemaakt wordt…"))

    # --- internals -----------------------------------------------------------------------------

    def _fill_kinds(self) -> None:
        model = self.kind_combo.model()
        assert isinstance(model, QStandardItemModel)
        total = len(self._targets)
        best, best_count = -1, 0
        blocked = self.kind_combo.blockSignals(True)
        for index, kind in enumerate(FITS):
            spec = letter_kind(kind)
            fitting = len(self.fitting(kind))
            self.kind_combo.addItem(
                self.tr("{title} — past bij {n} van {total}").format(
                    title=tr_data(spec.title), n=fitting, total=total
                ),
                kind,
            )
            item = model.item(index)
            reason = self._why_not(kind, fitting)
            if reason:
                item.setEnabled(False)
                item.setToolTip(reason)
            else:
                item.setToolTip(tr_data(spec.description))
                if fitting > best_count:
                    best, best_count = index, fitting
        if best < 0:
            self.kind_combo.setPlaceholderText(self.tr("Geen briefsoort past bij deze dossiers"))
        self.kind_combo.setCurrentIndex(best)
        self.kind_combo.blockSignals(blocked)
        self._on_kind_changed()

    def _why_not(self, kind: str, fitting: int) -> str:
        if fitting == 0:
            if len(self._targets) == 1:
                try:
                    target = self._targets[0]
                    check_fits(target.dossier_type, target.status, kind)
                except UserError as exc:
                    return exc.message
            return self.tr("Past bij geen van de gekozen dossiers (type of status).")
        try:
            uses = set(list_placeholders(current_template(kind)))
        except UserError as exc:
            return exc.message
        if uses & PER_DOSSIER_PLACEHOLDERS:
            return self.tr(
                "Deze brief heeft per dossier een motivering of bevindingen nodig: maak hem met "
                "'Brief opmaken…' in het dossier."
            )
        return ""

    def _set_running(self, running: bool) -> None:
        self.kind_combo.setEnabled(not running)
        self.own_date_check.setEnabled(not running)
        self.date_edit.setEnabled(not running and self.own_date_check.isChecked())
        self.start_button.setEnabled(not running and self.current_kind() is not None)
        self.cancel_button.setEnabled(running)
        self.close_button.setEnabled(not running)

    def _reference(self, dossier_id: str) -> str:
        target = self._by_id.get(dossier_id)
        return target.reference if target else dossier_id

    def _finish(self) -> None:
        self._set_running(False)
        # One run per dialog: starting again would give every dossier another revision.
        self._ran = True
        self.start_button.setEnabled(False)
        self.kind_combo.setEnabled(False)
        if self._close_when_done:
            self.reject()

    # --- task callbacks (GUI thread) -------------------------------------------------------------

    @Slot()
    def _on_kind_changed(self) -> None:
        kind = self.current_kind()
        if kind is None:
            self.status_label.setText(self.tr("Kies een briefsoort."))
        else:
            n = len(self.fitting(kind))
            skipped = len(self._targets) - n
            text = self.tr("{n} brieven te maken.").format(n=n) if n != 1 else self.tr("1 brief te maken.")
            if skipped:
                text += " " + self.tr("{m} dossiers passen niet en worden overgeslagen.").format(m=skipped)
            self.status_label.setText(text)
        self.start_button.setEnabled(kind is not None and not self.running)

    def _on_batch_progress(self, done: int, total: int, _text: str) -> None:
        self.progress_bar.setRange(0, max(1, total))
        self.progress_bar.setValue(done)

    def _on_batch_done(self, result: BatchResult) -> None:
        made, refused = result
        self.result_made, self.result_refused = list(made), list(refused)
        self.progress_bar.setValue(self.progress_bar.maximum())
        self.status_label.setText(
            self.tr("Klaar: {made} gemaakt, {refused} geweigerd.").format(
                made=len(self.result_made), refused=len(self.result_refused)
            )
        )
        for dossier_id, reason in self.result_refused:
            item = QTreeWidgetItem([self._reference(dossier_id), self.tr("geweigerd: {r}").format(r=reason)])
            item.setToolTip(1, reason)
            self.results_tree.addTopLevelItem(item)
        for stored in self.result_made:
            state = self.tr("definitief") if stored.final else self.tr("concept")
            item = QTreeWidgetItem(
                [
                    self._reference(stored.dossier_id),
                    self.tr("gemaakt: versie {rev} ({state})").format(rev=stored.revision, state=state),
                ]
            )
            item.setToolTip(
                1, self.tr("{file} — SHA-256 {sha}").format(file=stored.filename, sha=stored.sha256)
            )
            self.results_tree.addTopLevelItem(item)
        if self.result_made:
            stored = sorted({s.dossier_id for s in self.result_made})
            self._ops.announce(Changes.of("dossier", "document", dossier_ids=stored))
            self.letters_stored.emit(stored)

    def _on_batch_failed(self, error: UserError) -> None:
        self.status_label.setText(self.tr("Gestopt: {message}").format(message=error.message))

    def _on_batch_cancelled(self) -> None:
        done = self.progress_bar.value()
        self.status_label.setText(
            self.tr(
                "Geannuleerd na {done} van {total} dossiers. De brieven die al gemaakt waren, blijven "
                "bij hun dossier bewaard."
            ).format(done=done, total=self.progress_bar.maximum())
        )
        # The letters made before the stop stay stored: their dossiers are read again.
        self._ops.announce(Changes.of("dossier", "document", dossier_ids=self._by_id))

    # --- closing -------------------------------------------------------------------------------

    def reject(self) -> None:
        # Closing while letters are being made: stop first, close when the worker has stopped.
        if self.running:
            self._close_when_done = True
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)


def open_batch_dialog(
    parent: QWidget | None, ctx: AppContext, dossier_ids: list[str], ops: Operations
) -> BatchLetterDialog:
    """'Brieven voor selectie…': the BatchLetterDialog, window-modal, without blocking.

    Returned so the caller can follow `letters_stored`; it deletes itself when closed.
    """
    return open_dialog(BatchLetterDialog(ctx, dossier_ids, ops, parent))
