"""FindingsPanel: the checks of one dossier as a checklist, and the request for missing information.

The "Toetsing" tab of the dossier screen. Each finding of `rules/quality.py` (via
`services.checks.dossier_findings`) is one row: rule, verdict (colour and icon), reason; the
evidence is in the tooltip and in the details under the list. "Onbekend" findings the applicant
can answer are checkable; *Vraag bijkomende informatie…* drafts the request from their questions,
lets the officer edit it and choose the date, and stops the clock (ED-5, T-3).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QRectF, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wsedesk.documents.nl import iso_dates_to_short
from wsedesk.errors import UserError
from wsedesk.rules.evidence import evidence_label, evidence_value
from wsedesk.rules.quality import NIET_VOLDAAN, ONBEKEND, VOLDAAN, Finding
from wsedesk.services.checks import DossierFindings, dossier_findings, request_missing_information_with_text
from wsedesk.views.common import format_date, make_muted, tr_data
from wsedesk.views.widgets import InlineMessage, message_or_content, pane_splitter

if TYPE_CHECKING:
    from wsedesk.context import AppContext
    from wsedesk.views.operations import Operations

# Colour and symbol per verdict; "n.v.t." (not applicable) is grey.
VERDICT_STYLE: dict[str, tuple[str, str]] = {
    VOLDAAN: ("#2e7d32", "✓"),
    NIET_VOLDAAN: ("#c62828", "✗"),
    ONBEKEND: ("#b26a00", "?"),
    "n.v.t.": ("#808080", "–"),
}
COL_RULE, COL_VERDICT, COL_REASON = range(3)
FINDING_ROLE = Qt.ItemDataRole.UserRole


def verdict_icon(verdict: str, size: int = 16) -> QIcon:
    """A filled circle in the verdict's colour with its symbol: readable without colour too."""
    colour, symbol = VERDICT_STYLE.get(verdict, VERDICT_STYLE["n.v.t."])
    pixmap = QPixmap(size * 2, size * 2)  # drawn at 2x so it stays crisp on high-DPI screens
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
    painter.setPen(QPen(QColor("white")))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * 0.7))
    painter.setFont(font)
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, symbol)
    painter.end()
    return QIcon(pixmap)


def evidence_rows(finding: Finding) -> list[tuple[str, str]]:
    """The data a finding used, for people: Dutch labels, dates dd/mm/jjjj, ids in words
    (the same as `wsedesk check`; the JSON keeps the keys)."""
    return [
        (tr_data(evidence_label(key)), iso_dates_to_short(evidence_value(key, value)) or "—")
        for key, value in finding.evidence.items()
    ]


class InformationRequestDialog(QDialog):
    """The drafted request: the date the clock stops and the questions, both editable."""

    request_registered = Signal(object)  # the date of the request (datetime.date), after the service call

    def __init__(
        self,
        reference: str,
        text: str,
        today: date,
        earliest: date | None,
        submit: Callable[[date, str, Callable[[object], None], Callable[[UserError], None]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self.setWindowTitle(self.tr("Vraag bijkomende informatie — {ref}").format(ref=reference))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "De vraag aan de aanvrager, opgesteld uit de aangevinkte punten. Pas de tekst gerust aan: "
                "hij komt zo in de brief. Vanaf de datum van de vraag staat de lopende termijn stil tot "
                "het antwoord binnen is (ED-5, T-3)."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        if earliest is not None:
            self.date_edit.setMinimumDate(QDate(earliest.year, earliest.month, earliest.day))
        self.text_edit = QPlainTextEdit(text)
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMinimumSize(560, self.text_edit.fontMetrics().lineSpacing() * 8)
        form.addRow(self.tr("&Datum van de vraag"), self.date_edit)
        form.addRow(self.tr("&Tekst van de vraag"), self.text_edit)
        layout.addLayout(form, 1)
        self.message = InlineMessage()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(self)
        self.send_button = self.buttons.addButton(
            self.tr("Vraag &registreren en klok stilzetten"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(
            self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.send_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def request_date(self) -> date:
        value: date = self.date_edit.date().toPython()  # type: ignore[assignment]
        return value

    def accept(self) -> None:
        """Register the request; on a problem say so here and stay open with the text as typed."""
        text = self.text_edit.toPlainText().strip()
        if not text:
            self.message.show_at(self.text_edit, self.tr("Vermeld welke informatie ontbreekt."))
            return
        self.send_button.setEnabled(False)  # one request at a time
        self._submit(self.request_date(), text, self._on_registered, self._on_refused)

    def _on_registered(self, _result: object) -> None:
        self.request_registered.emit(self.request_date())
        super().accept()

    def _on_refused(self, error: UserError) -> None:
        self.send_button.setEnabled(True)
        self.message.show_message(tr_data(str(error)))


class FindingsPanel(QWidget):
    """Toetsing: the dossier's findings on today's date; asks the applicant what is unknown."""

    information_requested = Signal(str)  # dossier id: an information request was registered (clock stopped)

    def __init__(self, ctx: AppContext, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ops = ops
        self._dossier_id: str | None = None
        self._data: DossierFindings | None = None
        self.request_dialog: InformationRequestDialog | None = None
        self.verdict_labels = {
            VOLDAAN: self.tr("voldaan"),
            NIET_VOLDAAN: self.tr("niet voldaan"),
            ONBEKEND: self.tr("onbekend"),
            "n.v.t.": self.tr("n.v.t."),
        }

        self._stack, self.empty_label, content = message_or_content(self, margin=24)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(6, 6, 6, 6)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.clock_label = InlineMessage()
        layout.addWidget(self.summary_label)
        layout.addWidget(self.clock_label)

        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Regel"), self.tr("Oordeel"), self.tr("Reden")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(COL_RULE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_VERDICT, QHeaderView.ResizeMode.ResizeToContents)
        fm = self.tree.fontMetrics()
        self.tree.setColumnWidth(
            COL_RULE, fm.horizontalAdvance("ED-3 · deel 1: organisatie- en contactgegevens") + 40
        )
        self.details = QTextBrowser()
        self.details.setOpenLinks(False)
        self.details.setMinimumHeight(fm.lineSpacing() * 5)
        splitter = pane_splitter(Qt.Orientation.Vertical, (self.tree, 3), (self.details, 1))
        layout.addWidget(splitter, 1)

        bottom = QHBoxLayout()
        self.hint_label = QLabel(
            self.tr("Vink de onbekende punten aan die de aanvrager moet aanvullen (spatie vinkt aan).")
        )
        self.hint_label.setWordWrap(True)
        make_muted(self.hint_label)
        self.request_button = QPushButton(self.tr("Vraag &bijkomende informatie…"))
        bottom.addWidget(self.hint_label, 1)
        bottom.addWidget(self.request_button)
        layout.addLayout(bottom)
        self.message = InlineMessage()
        layout.addWidget(self.message)

        self.tree.currentItemChanged.connect(self._on_current_item_changed)
        self.tree.itemChanged.connect(self._on_item_changed)
        self.request_button.clicked.connect(self._on_request_clicked)
        self.set_dossier(None)

    # --- public --------------------------------------------------------------------------------

    @property
    def dossier_id(self) -> str | None:
        return self._dossier_id

    @property
    def findings(self) -> tuple[Finding, ...]:
        return self._data.findings if self._data else ()

    def set_dossier(self, dossier_id: str | None) -> None:
        """Show the findings of this dossier (judged today), or a message when there are none."""
        self._dossier_id = dossier_id
        self.message.clear_message()
        if dossier_id is None:
            self._data = None
            self._show_empty(self.tr("Kies een dossier om de toetsing te zien."))
            return
        self.reload()

    def reload(self) -> None:
        if self._dossier_id is None:
            return
        data = dossier_findings(self._ctx, self._dossier_id, self._ctx.clock.today())
        self._data = data
        if not data.checkable:
            self._show_empty(self._no_facts_text(data))
            return
        self._fill(data)
        self._stack.setCurrentIndex(1)

    def checked_findings(self) -> list[Finding]:
        out = []
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item is not None and item.checkState(COL_RULE) == Qt.CheckState.Checked:
                out.append(item.data(COL_RULE, FINDING_ROLE))
        return out

    def set_checked(self, rule_id: str, subject: str | None = None, checked: bool = True) -> int:
        """Check the checkable findings of a rule (and subject); returns how many were set."""
        count = 0
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            finding: Finding | None = item.data(COL_RULE, FINDING_ROLE) if item else None
            if item is None or finding is None or not (item.flags() & Qt.ItemFlag.ItemIsUserCheckable):
                continue
            if finding.rule_id == rule_id and (subject is None or finding.subject == subject):
                item.setCheckState(COL_RULE, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                count += 1
        return count

    def draft_request(self) -> str:
        """One question per line, in rule order, each once."""
        seen: list[str] = []
        for f in self.checked_findings():
            question = tr_data(f.question) if f.question else ""
            if question and question not in seen:
                seen.append(question)
        return "\n".join(seen)

    # --- filling -------------------------------------------------------------------------------

    def _no_facts_text(self, data: DossierFindings) -> str:
        if data.dossier_type in ("ED", "QR"):
            return self.tr(
                "Dossier {ref} heeft geen aanvraaggegevens in WSE Desk: het werd ingeschreven vóór de "
                "aanvragen via het e-loket of de wizard bewaard werden. Er is dus niets om te toetsen; "
                "elke regel zou 'onbekend' zijn."
            ).format(ref=data.reference)
        return self.tr(
            "Voor dossier {ref} zijn er (nog) geen automatische toetsingen: die bestaan voor "
            "kwaliteitsregistraties en erkenningen als externe dienstverlener."
        ).format(ref=data.reference)

    def _show_empty(self, text: str) -> None:
        self.tree.clear()
        self.details.clear()
        self.empty_label.setText(text)
        self._stack.setCurrentIndex(0)

    def _verdict_key(self, finding: Finding) -> str:
        return finding.verdict if finding.applicable else "n.v.t."

    def _fill(self, data: DossierFindings) -> None:
        blocked = self.tree.blockSignals(True)
        try:
            self.tree.clear()
            can_ask = data.clock_stopped_since is None and not data.closed
            for finding in data.findings:
                key = self._verdict_key(finding)
                rule = (
                    f"{finding.rule_id} · {tr_data(finding.subject)}" if finding.subject else finding.rule_id
                )
                reason = tr_data(finding.reason)
                item = QTreeWidgetItem([rule, self.verdict_labels[key], reason])
                item.setData(COL_RULE, FINDING_ROLE, finding)
                item.setIcon(COL_VERDICT, verdict_icon(key))
                item.setForeground(COL_VERDICT, QColor(VERDICT_STYLE[key][0]))
                if key == "n.v.t.":
                    for col in (COL_RULE, COL_REASON):
                        item.setForeground(col, QColor(VERDICT_STYLE[key][0]))
                tooltip = self._tooltip(finding)
                for col in range(3):
                    item.setToolTip(col, tooltip)
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if finding.verdict == ONBEKEND and finding.question and can_ask:
                    item.setFlags(flags | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(COL_RULE, Qt.CheckState.Unchecked)
                else:
                    item.setFlags(flags)
                self.tree.addTopLevelItem(item)
        finally:
            self.tree.blockSignals(blocked)
        counts = {k: 0 for k in self.verdict_labels}
        for f in data.findings:
            counts[self._verdict_key(f)] += 1
        self.summary_label.setText(
            self.tr(
                "<b>{ref}</b> — getoetst op {d}: {ok} voldaan, {ko} niet voldaan, {unknown} onbekend, {na} niet van toepassing."
            ).format(
                ref=escape(data.reference),
                d=format_date(self._ctx.clock.today()),
                ok=counts[VOLDAAN],
                ko=counts[NIET_VOLDAAN],
                unknown=counts[ONBEKEND],
                na=counts["n.v.t."],
            )
        )
        if data.clock_stopped_since is not None:
            self.clock_label.show_message(
                self.tr(
                    "De termijn {t} staat stil sinds {d}: er loopt een vraag om bijkomende informatie. "
                    "Registreer eerst het antwoord voor u opnieuw iets vraagt."
                ).format(t=data.stopped_term or "", d=format_date(data.clock_stopped_since)),
                "warning",
            )
        elif data.closed:
            self.clock_label.show_message(
                self.tr("Het dossier is afgesloten: er kan niets meer gevraagd worden."), "info"
            )
        else:
            self.clock_label.clear_message()
        askable = any(f.verdict == ONBEKEND and f.question for f in data.findings)
        self.hint_label.setVisible(askable and data.clock_stopped_since is None and not data.closed)
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self._update_button()

    def _tooltip(self, finding: Finding) -> str:
        lines = [
            f"<b>{escape(finding.rule_id)}</b> {escape(tr_data(finding.subject))}",
            escape(tr_data(finding.reason)),
        ]
        if finding.question:
            lines.append(
                self.tr("<i>Vraag aan de aanvrager:</i> {q}").format(q=escape(tr_data(finding.question)))
            )
        if finding.evidence:
            lines.append(self.tr("<i>Gebruikte gegevens:</i>"))
            lines += [f"{escape(label)}: {escape(value)}" for label, value in evidence_rows(finding)]
        return "<br>".join(lines)

    def _show_details(self, finding: Finding | None) -> None:
        if finding is None:
            self.details.clear()
            return
        key = self._verdict_key(finding)
        colour = VERDICT_STYLE[key][0]
        parts = [
            f"<p><b>{escape(finding.rule_id)}</b> {escape(tr_data(finding.subject))} — "
            f"<span style='color:{colour}'><b>{escape(self.verdict_labels[key])}</b></span></p>",
            f"<p>{escape(tr_data(finding.reason))}</p>",
        ]
        if finding.question:
            parts.append(
                "<p>"
                + self.tr("<i>Vraag aan de aanvrager:</i> {q}").format(q=escape(tr_data(finding.question)))
                + "</p>"
            )
        elif finding.verdict == ONBEKEND:
            parts.append(
                "<p>"
                + escape(
                    self.tr("Geen vraag aan de aanvrager: het departement gaat dit zelf na of wacht af.")
                )
                + "</p>"
            )
        if finding.evidence:
            rows = "".join(
                f"<tr><td>{escape(label)}</td><td>&nbsp;{escape(value)}</td></tr>"
                for label, value in evidence_rows(finding)
            )
            parts.append(f"<p><i>{escape(self.tr('Gebruikte gegevens'))}</i></p><table>{rows}</table>")
        self.details.setHtml("".join(parts))

    def _update_button(self) -> None:
        data = self._data
        checked = bool(self.checked_findings())
        self.request_button.setEnabled(checked)
        if data is not None and data.clock_stopped_since is not None:
            tip = self.tr("De termijn staat al stil sinds {d}.").format(
                d=format_date(data.clock_stopped_since)
            )
        elif not checked:
            tip = self.tr("Vink eerst een of meer onbekende punten aan.")
        else:
            tip = self.tr("De vraag opstellen uit de aangevinkte punten; de klok stopt.")
        self.request_button.setToolTip(tip)

    # --- the request ---------------------------------------------------------------------------

    def _submit_request(
        self, on: date, text: str, done: Callable[[object], None], refused: Callable[[UserError], None]
    ) -> None:
        ctx, dossier_id = self._ctx, self._dossier_id
        assert dossier_id is not None
        rules = sorted({f.rule_id for f in self.checked_findings()})
        self._ops.run(
            lambda _progress: request_missing_information_with_text(ctx, dossier_id, on, rules, text),
            on_success=done,
            on_failure=refused,
        )

    # --- slots ---------------------------------------------------------------------------------

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _on_current_item_changed(
        self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None
    ) -> None:
        self._show_details(current.data(COL_RULE, FINDING_ROLE) if current is not None else None)

    @Slot(QTreeWidgetItem, int)
    def _on_item_changed(self, _item: QTreeWidgetItem, column: int) -> None:
        if column == COL_RULE:
            self._update_button()

    @Slot()
    def _on_request_clicked(self) -> None:
        data = self._data
        if data is None or not self.checked_findings():
            return
        today = self._ctx.clock.today()
        dialog = InformationRequestDialog(
            data.reference, self.draft_request(), today, None, self._submit_request, self
        )
        # No lambda holding the dialog: it is deleted on close, and a closure would outlive it.
        dialog.request_registered.connect(self._on_request_registered)
        # Not WA_DeleteOnClose: a deferred delete still pending when a parent owned by Python goes
        # crashes PySide. The last dialog stays; the one before it goes with its last reference.
        old, self.request_dialog = self.request_dialog, dialog
        if old is not None:
            old.setParent(None)
        dialog.open()

    @Slot(object)
    def _on_request_registered(self, on: date) -> None:
        dossier_id = self._dossier_id
        if dossier_id is None:
            return
        self.reload()
        self.message.show_message(
            self.tr(
                "Bijkomende informatie gevraagd op {d}; de termijn staat stil tot het antwoord binnen is."
            ).format(d=format_date(on)),
            "ok",
        )
        self.information_requested.emit(dossier_id)


__all__ = ["FindingsPanel", "InformationRequestDialog", "verdict_icon"]
