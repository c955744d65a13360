"""The dossier screen's action row: procedure steps, the clock (ED-5, T-3) and letters.

Buttons come from `available_actions` (what this user may do from this status), plus
"Vraag bijkomende informatie" and "Informatie ontvangen", each enabled only when it applies.
Every step asks its date (default today) in a StepDialog that calls the service itself: a
refusal (UserError) is shown in the dialog, nothing changes, and the user can correct the date
or cancel. After a step the bar emits `dossier_changed`; the detail panel reloads and announces it.

"Wijziging melden…" (ED and QR dossiers) opens a ChangeReportDialog: it stores a change that
affects the conditions (ED-11, QR-7), shows the re-run findings that are not "voldaan" and, when a
condition now fails, the proposed step with a button that opens that step's StepDialog. The
step is proposed, never taken by the dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from wsedesk.errors import BadInputError, UserError
from wsedesk.rules.roles import FOLLOW_UP_ROLES, OFFICER_ROLES
from wsedesk.rules.workflows import TERMS, Transition, workflow_for
from wsedesk.services.condition_changes import ChangeResult, register_change
from wsedesk.services.dossiers import DossierDetail
from wsedesk.services.steps import step_refusals, take_step
from wsedesk.services.terms import (
    TermView,
    available_actions,
    information_received,
    request_information,
)
from wsedesk.views.common import make_muted, open_dialog, tr_data
from wsedesk.views.form_fields import date_edit, from_qdate, to_qdate
from wsedesk.views.theme import status_style
from wsedesk.views.widgets import FlowLayout, ok_cancel_buttons

if TYPE_CHECKING:
    from wsedesk.context import AppContext
    from wsedesk.views.operations import Operations


Done = Callable[[object], None]
Refused = Callable[[UserError], None]
# Starts the write; it calls `done(result)` when stored, `refused(error)` when nothing was stored.
Submit = Callable[[date, str, Done, Refused], None]
SubmitChange = Callable[[str, date, "date | None", Done, Refused], None]
CHANGE_TYPES = frozenset({"ED", "QR"})  # the dossiers with conditions to keep (ED-11, QR-7)


class _RegistrationDialog(QDialog):
    """What the step and change dialogs share: a note of four lines, a refusal shown in the
    dialog (nothing was stored), and the OK/Cancel row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.refusal = ""  # the last refusal shown, for the tests and the log

    def _note_edit(self) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        return edit

    def _add_error_label(self, layout: QVBoxLayout) -> None:
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(status_style("error"))
        self.error_label.hide()
        layout.addWidget(self.error_label)

    def _add_buttons(
        self, layout: QVBoxLayout, ok_text: str, cancel_text: str, on_ok: Callable[[], None]
    ) -> None:
        self.buttons = ok_cancel_buttons(self, on_ok, ok_text, cancel_text)
        layout.addWidget(self.buttons)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def show_refusal(self, message: str) -> None:
        self.refusal = message
        self.error_label.setText(message)
        self.error_label.show()


class StepDialog(_RegistrationDialog):
    """Asks the date of a step (and a note or a reason); OK calls `submit`, which may refuse."""

    def __init__(
        self,
        title: str,
        intro: str,
        *,
        date_label: str,
        today: date,
        earliest: date,
        text_label: str | None,
        text_required: bool,
        submit: Submit,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self._text_required = text_required
        self._text_label = text_label or ""
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.intro_label = QLabel(intro)
        self.intro_label.setWordWrap(True)
        layout.addWidget(self.intro_label)
        form = QFormLayout()
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setDateRange(to_qdate(min(earliest, today)), to_qdate(today))
        self.date_edit.setDate(to_qdate(today))
        self.text_edit = self._note_edit()
        form.addRow(date_label, self.date_edit)
        if text_label is not None:
            form.addRow(text_label, self.text_edit)
        else:  # nothing to note: the service stores no text with this step
            self.text_edit.hide()
        layout.addLayout(form)
        self._add_error_label(layout)
        self._add_buttons(layout, self.tr("Registreren"), self.tr("Annuleren"), self.accept)
        self.setMinimumWidth(460)

    def chosen_date(self) -> date:
        return from_qdate(self.date_edit.date())

    def set_values(self, on: date, text: str = "") -> None:
        self.date_edit.setDate(to_qdate(on))
        self.text_edit.setPlainText(text)

    def accept(self) -> None:
        text = self.text_edit.toPlainText().strip()
        if self._text_required and not text:
            self._on_refused(BadInputError(self.tr("Vul dit veld in."), where=self._text_label.rstrip(":")))
            return
        self.ok_button.setEnabled(False)  # one registration at a time
        self._submit(self.chosen_date(), text, self._on_done, self._on_refused)

    def _on_done(self, _result: object) -> None:
        super().accept()

    def _on_refused(self, error: UserError) -> None:
        # Refused: nothing changed; the user corrects or cancels.
        self.ok_button.setEnabled(True)
        self.show_refusal(str(error))


class ChangeReportDialog(_RegistrationDialog):
    """Registers a change that affects the conditions (ED-11, QR-7) and shows what follows from it.

    "Registreren" calls `submit`; a refusal is shown inline and nothing is stored. Afterwards the
    inputs are locked, the findings that are not "voldaan" are listed and, when a condition now
    fails, the proposed step is named; "Stap nu zetten…" emits `step_requested` with its action.
    """

    step_requested = Signal(str)  # the proposed transition's action

    def __init__(
        self,
        reference: str,
        rule_id: str,
        *,
        today: date,
        submit: SubmitChange,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self.change_result: ChangeResult | None = None
        self.setWindowTitle(self.tr("Wijziging melden"))
        layout = QVBoxLayout(self)
        self.intro_label = QLabel(
            self.tr(
                "{ref}: een wijziging die de voorwaarden raakt ({rule}). De controles lopen opnieuw; "
                "als een voorwaarde niet meer voldaan is, stelt WSE Desk een stap voor, maar zet die niet zelf."
            ).format(ref=reference, rule=rule_id)
        )
        self.intro_label.setWordWrap(True)
        layout.addWidget(self.intro_label)
        form = QFormLayout()
        self.description_edit = self._note_edit()
        self.description_edit.setPlaceholderText(self.tr("Bv. begeleider An Maes is uit dienst"))
        self.occurred_edit = date_edit(today, latest=today, parent=self)
        self.reported_edit = date_edit(today, latest=today, parent=self)
        self.unreported_check = QCheckBox(self.tr("Niet gemeld (de dienst stelde het zelf vast)"))
        self.unreported_check.toggled.connect(self._on_unreported_toggled)
        form.addRow(self.tr("Omschrijving"), self.description_edit)
        form.addRow(self.tr("Datum van de wijziging"), self.occurred_edit)
        form.addRow(self.tr("Gemeld op"), self.reported_edit)
        form.addRow("", self.unreported_check)
        layout.addLayout(form)
        self._add_error_label(layout)
        self.findings_label = QLabel()
        self.findings_label.setWordWrap(True)
        self.findings_label.setTextFormat(Qt.TextFormat.PlainText)
        self.findings_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.findings_label.hide()
        layout.addWidget(self.findings_label)
        self.proposal_label = QLabel()
        self.proposal_label.setObjectName("proposalLabel")
        self.proposal_label.setWordWrap(True)
        self.proposal_label.setTextFormat(Qt.TextFormat.PlainText)
        self.proposal_label.setStyleSheet("QLabel#proposalLabel { font-weight: bold; }")
        self.proposal_label.hide()
        layout.addWidget(self.proposal_label)
        self.step_button = QPushButton(self.tr("Stap nu zetten…"))
        self.step_button.hide()
        self.step_button.clicked.connect(self._on_step_clicked)
        layout.addWidget(self.step_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._add_buttons(layout, self.tr("Registreren"), self.tr("Annuleren"), self.register)
        self.setMinimumWidth(480)

    @property
    def close_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Cancel)

    @Slot(bool)
    def _on_unreported_toggled(self, unreported: bool) -> None:
        self.reported_edit.setEnabled(not unreported)

    @Slot()
    def register(self) -> None:
        """Store the change through `submit`; on a refusal nothing changed and the input stays."""
        if self.change_result is not None:
            return
        text = self.description_edit.toPlainText().strip()
        reported = None if self.unreported_check.isChecked() else from_qdate(self.reported_edit.date())
        if not text:
            self.show_refusal(str(BadInputError(self.tr("Vul dit veld in."), where=self.tr("Omschrijving"))))
            return
        self._submit(
            text, from_qdate(self.occurred_edit.date()), reported, self._on_registered, self._on_refused
        )

    def _on_registered(self, result: object) -> None:
        assert isinstance(result, ChangeResult)
        self.refusal = ""
        self.error_label.hide()
        self.show_result(result)

    def _on_refused(self, error: UserError) -> None:
        self.show_refusal(str(error))

    def show_result(self, result: ChangeResult) -> None:
        self.change_result = result
        for widget in (self.description_edit, self.occurred_edit, self.reported_edit, self.unreported_check):
            widget.setEnabled(False)
        self.ok_button.hide()
        self.close_button.setText(self.tr("Sluiten"))
        open_findings = [f for f in result.findings if f.verdict != "voldaan"]
        lines = [self.tr("Wijziging geregistreerd. De controles opnieuw uitgevoerd:")]
        if open_findings:
            for f in open_findings:
                subject = f" ({f.subject})" if f.subject else ""
                lines.append(f"• {f.rule_id}{subject} — {tr_data(f.verdict)}: {tr_data(f.reason)}")
        else:
            lines.append(self.tr("Alle regels zijn voldaan."))
        self.findings_label.setText("\n".join(lines))
        self.findings_label.show()
        proposal = result.proposal
        if proposal is None:
            self.proposal_label.setText(self.tr("Geen stap voorgesteld: geen voorwaarde is nu niet voldaan."))
            self.proposal_label.show()
            return
        self.proposal_label.setText(
            self.tr(
                "Voorstel: '{label}' ({rule}), omdat {failed} niet meer voldaan is. "
                "WSE Desk zet deze stap niet zelf."
            ).format(
                label=tr_data(proposal.label),
                rule=proposal.rule_id,
                failed=", ".join(dict.fromkeys(f.rule_id for f in result.failed)),
            )
        )
        self.proposal_label.show()
        self.step_button.show()
        self.step_button.setEnabled(proposal.allowed_for_user)
        self.step_button.setToolTip(
            self.tr("Opent de stap '{label}'; u kiest er de datum.").format(label=tr_data(proposal.label))
            if proposal.allowed_for_user
            else self.tr("Uw rol mag deze stap niet zetten; vraag het een teamverantwoordelijke.")
        )

    @Slot()
    def _on_step_clicked(self) -> None:
        if self.change_result is not None and self.change_result.proposal is not None:
            self.step_requested.emit(self.change_result.proposal.action)


class DossierActionsBar(QWidget):
    """The buttons for one dossier; emits `dossier_changed` after a step was registered."""

    dossier_changed = Signal(str)  # dossier id, after a transition or a change of the clock

    def __init__(self, ctx: AppContext, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ops = ops
        self._detail: DossierDetail | None = None
        self._terms: list[TermView] = []
        self._refusals: dict[str, str] = {}
        self.dialog: StepDialog | None = None
        self.change_dialog: ChangeReportDialog | None = None
        self.message: QMessageBox | None = None
        self.transition_buttons: dict[str, QPushButton] = {}
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        # Two rows: the buttons every dossier has, always in the same place (issue #12: buttons do
        # not move between dossier types), then the procedure's steps, which differ per type and
        # status. Both wrap rather than clip: the detail's columns share the width 4:7 whatever
        # their contents, so on a narrow screen (983 px) one row does not hold the fixed buttons.
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(4)
        self.fixed_widget = QWidget()
        self._fixed = FlowLayout(self.fixed_widget)
        rows.addWidget(self.fixed_widget)
        self.steps_widget = QWidget()
        self._flow = FlowLayout(self.steps_widget)
        rows.addWidget(self.steps_widget)

        self.request_button = QPushButton(self.tr("Vraag bijkomende informatie"))
        self.received_button = QPushButton(self.tr("Informatie ontvangen"))
        self.letter_button = QPushButton(self.tr("Brief opmaken…"))
        self.letter_button.setToolTip(self.tr("Een brief bij dit dossier opmaken (PDF)"))
        self.change_button = QPushButton(self.tr("Wijziging melden…"))
        self.change_button.clicked.connect(self._on_change_clicked)
        self.request_button.clicked.connect(self._on_request_clicked)
        self.received_button.clicked.connect(self._on_received_clicked)
        self.letter_button.clicked.connect(self._on_letter_clicked)
        self.empty_label = QLabel(self.tr("Geen stappen mogelijk in deze status."))
        make_muted(self.empty_label)
        for button in (self.letter_button, self.request_button, self.received_button, self.change_button):
            self._fixed.addWidget(button)
        self._rebuild([])

    # --- state ---------------------------------------------------------------------------------

    @property
    def dossier_id(self) -> str | None:
        return self._detail.id if self._detail else None

    def set_dossier(self, detail: DossierDetail | None, terms: list[TermView]) -> None:
        """Rebuild the buttons for a freshly loaded dossier and its terms."""
        self._detail, self._terms = detail, terms
        actions = available_actions(self._ctx, detail.id) if detail else []
        # Steps whose conditions are not met today (QR-6, TW-1, …) are shown, disabled, with the reason.
        self._refusals = step_refusals(self._ctx, detail.id, self._ctx.clock.today()) if detail else {}
        self._rebuild(actions)

    def _officer(self) -> bool:
        return bool(self._ctx.user.roles & OFFICER_ROLES)

    def _open_terms(self) -> list[TermView]:
        return [t for t in self._terms if t.closed_on is None]

    def _waiting_term(self) -> TermView | None:
        """The term whose clock stands still for an information request (an open suspension)."""
        for t in self._terms:
            if any(s.end is None for s in t.result.suspensions):
                return t
        return None

    def _running_term(self) -> TermView | None:
        """The term an information request stops: the latest open one (as services/terms.py picks)."""
        open_terms = self._open_terms()
        return open_terms[-1] if open_terms else None

    def _rebuild(self, actions: list[Transition]) -> None:
        while self._flow.count():
            item = self._flow.takeAt(0)
            widget = item.widget() if item else None
            if widget is not None and widget is not self.empty_label:
                # Hide and detach at once: deleteLater only runs when the event loop comes round.
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self.transition_buttons = {}
        detail = self._detail
        stopped = {t.term_id for t in self._terms if t.stopped}
        for t in actions:
            button = QPushButton(tr_data(t.label))
            blocking = sorted(stopped & set(t.closes))
            refusal = self._refusals.get(t.action)
            if refusal:
                button.setEnabled(False)
                button.setToolTip(self.tr("Nog niet mogelijk: {r}.").format(r=refusal))
            elif blocking:
                button.setEnabled(False)
                button.setToolTip(
                    self.tr(
                        "De termijn {term} staat stil (wacht op informatie). "
                        "Registreer eerst 'Informatie ontvangen'."
                    ).format(term=blocking[0])
                )
            else:
                button.setToolTip(self._transition_summary(t))
            button.clicked.connect(lambda _checked=False, action=t: self._on_transition_clicked(action))
            self._flow.addWidget(button)
            self.transition_buttons[t.action] = button
        self.empty_label.setVisible(detail is not None and not actions)
        self._flow.addWidget(self.empty_label)

        officer = self._officer()
        running, waiting = self._running_term(), self._waiting_term()
        can_request = officer and detail is not None and running is not None and waiting is None
        self.request_button.setEnabled(can_request)
        if not officer:
            why = self.tr("Enkel een dossierbehandelaar of teamverantwoordelijke.")
        elif waiting is not None:
            why = self.tr("De klok van {term} staat al stil: registreer eerst het antwoord.").format(
                term=waiting.term_id
            )
        elif running is None:
            why = self.tr("Dit dossier heeft geen lopende termijn om stil te zetten.")
        else:
            why = self.tr("Stopt de klok van {term} tot het antwoord binnen is (ED-5, T-3).").format(
                term=running.term_id
            )
        self.request_button.setToolTip(why)
        self.received_button.setEnabled(officer and waiting is not None)
        self.received_button.setToolTip(
            self.tr("De klok van {term} loopt opnieuw vanaf de dag dat het antwoord binnenkwam.").format(
                term=waiting.term_id
            )
            if waiting is not None
            else self.tr("Dit dossier wacht niet op informatie.")
        )
        self.letter_button.setEnabled(detail is not None)
        self.change_button.setVisible(detail is not None and detail.dossier_type in CHANGE_TYPES)
        may_report = bool(self._ctx.user.roles & FOLLOW_UP_ROLES)
        self.change_button.setEnabled(detail is not None and may_report)
        self.change_button.setToolTip(
            self.tr("Een wijziging die de voorwaarden raakt registreren en de controles opnieuw laten lopen.")
            if may_report
            else self.tr("Enkel een projectadviseur, dossierbehandelaar of teamverantwoordelijke.")
        )
        self._fixed.invalidate()
        self._flow.invalidate()
        self.updateGeometry()

    def _transition_summary(self, t: Transition) -> str:
        assert self._detail is not None
        wf = workflow_for(self._detail.dossier_type)
        parts = [
            self.tr("Naar '{status}' ({rule}).").format(
                status=tr_data(wf.status(t.target).label), rule=t.rule_id
            )
        ]
        if t.closes:
            parts.append(self.tr("Sluit termijn {terms}.").format(terms=", ".join(t.closes)))
        for term_id in t.opens:
            definition = TERMS.get(term_id)
            label = tr_data(definition.label) if definition else ""
            parts.append(
                self.tr("Opent termijn {term} ({label}) vanaf deze datum.").format(term=term_id, label=label)
            )
        return " ".join(parts)

    # --- dialogs -------------------------------------------------------------------------------

    def _open_dialog(self, dialog: StepDialog) -> StepDialog:
        if self.dialog is not None:
            self.dialog.close()
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        open_dialog(dialog)
        return dialog

    def _submit(self, dossier_id: str, write: Callable[[date, str], object]) -> Submit:
        """A StepDialog's `submit`: `write(date, text)` for the dossier, run by `_run`."""
        return lambda on, text, done, refused: self._run(dossier_id, lambda: write(on, text), done, refused)

    def _run(self, dossier_id: str, write: Callable[[], object], done: Done, refused: Refused) -> None:
        """Run a step's write on the one runner; when stored, say so (the lists hear it from AppEvents)."""

        def stored(result: object) -> None:
            done(result)
            self.dossier_changed.emit(dossier_id)

        self._ops.run(lambda _progress: write(), on_success=stored, on_failure=refused)

    @Slot(int)
    def _on_dialog_finished(self, _result: int) -> None:
        self.dialog = None

    def _on_transition_clicked(self, t: Transition) -> None:
        detail = self._detail
        if detail is None:
            return
        ctx, dossier_id = self._ctx, detail.id
        submit = self._submit(
            dossier_id, lambda on, note: take_step(ctx, dossier_id, t.action, on=on, note=note)
        )
        self._open_dialog(
            StepDialog(
                tr_data(t.label),
                self.tr("{ref}: {summary}").format(ref=detail.reference, summary=self._transition_summary(t)),
                date_label=self.tr("Datum"),
                today=self._ctx.clock.today(),
                earliest=detail.status_since,
                text_label=self.tr("Notitie (niet verplicht)"),
                text_required=False,
                submit=submit,
                parent=self,
            )
        )

    @Slot()
    def _on_request_clicked(self) -> None:
        detail, running = self._detail, self._running_term()
        if detail is None or running is None:
            return
        ctx, dossier_id = self._ctx, detail.id
        submit = self._submit(
            dossier_id, lambda on, reason: request_information(ctx, dossier_id, on=on, reason=reason)
        )
        dialog = StepDialog(
            self.tr("Vraag bijkomende informatie"),
            self.tr(
                "{ref}: de klok van termijn {term} ({label}) stopt vanaf de dag dat de vraag vertrekt "
                "(die dag inbegrepen) tot de dag dat het antwoord binnenkomt (ED-5, T-3)."
            ).format(ref=detail.reference, term=running.term_id, label=tr_data(running.label)),
            date_label=self.tr("Vraag verstuurd op"),
            today=self._ctx.clock.today(),
            earliest=running.event_date,
            text_label=self.tr("Welke informatie ontbreekt?"),
            text_required=True,
            submit=submit,
            parent=self,
        )
        dialog.text_edit.setPlaceholderText(self.tr("Bv. de lijst van gekwalificeerde begeleiders"))
        self._open_dialog(dialog)

    @Slot()
    def _on_received_clicked(self) -> None:
        detail, waiting = self._detail, self._waiting_term()
        if detail is None or waiting is None:
            return
        ctx, dossier_id = self._ctx, detail.id
        sus = next(s for s in waiting.result.suspensions if s.end is None)
        submit = self._submit(dossier_id, lambda on, _note: information_received(ctx, dossier_id, on=on))
        dialog = StepDialog(
            self.tr("Informatie ontvangen"),
            self.tr(
                "{ref}: de klok van termijn {term} staat stil sinds {since} ({reason}). Ze loopt "
                "opnieuw vanaf de dag dat het antwoord binnenkwam (T-3)."
            ).format(
                ref=detail.reference,
                term=waiting.term_id,
                since=sus.start.strftime("%d/%m/%Y"),
                reason=sus.reason or self.tr("geen reden vermeld"),
            ),
            date_label=self.tr("Ontvangen op"),
            today=self._ctx.clock.today(),
            earliest=sus.start,
            text_label=None,  # the service keeps no note with the answer
            text_required=False,
            submit=submit,
            parent=self,
        )
        self._open_dialog(dialog)

    @Slot()
    def _on_change_clicked(self) -> None:
        detail = self._detail
        if detail is None or detail.dossier_type not in CHANGE_TYPES:
            return
        dossier_id = detail.id

        def submit(
            description: str, occurred_on: date, reported_on: date | None, done: Done, refused: Refused
        ) -> None:
            ctx = self._ctx
            # The timeline shows the change; the buttons follow the status.
            self._run(
                dossier_id,
                lambda: register_change(ctx, dossier_id, description, occurred_on, reported_on),
                done,
                refused,
            )

        if self.change_dialog is not None:
            self.change_dialog.close()
        dialog = ChangeReportDialog(
            detail.reference,
            "ED-11" if detail.dossier_type == "ED" else "QR-7",
            today=self._ctx.clock.today(),
            submit=submit,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.step_requested.connect(self._on_proposed_step)
        dialog.finished.connect(self._on_change_dialog_finished)
        self.change_dialog = dialog
        dialog.show()  # non-modal: the dossier stays readable beside it

    @Slot(int)
    def _on_change_dialog_finished(self, _result: int) -> None:
        self.change_dialog = None

    @Slot(str)
    def _on_proposed_step(self, action: str) -> None:
        """Open the proposed step's own dialog; the user still chooses the date and confirms."""
        detail = self._detail
        if detail is None:
            return
        transition = next((t for t in available_actions(self._ctx, detail.id) if t.action == action), None)
        if transition is None:
            if self.change_dialog is not None:
                self.change_dialog.show_refusal(
                    self.tr("Deze stap kan nu niet (meer) vanuit de huidige status of met uw rol.")
                )
            return
        if self.change_dialog is not None:
            self.change_dialog.close()
        self._on_transition_clicked(transition)

    @Slot()
    def _on_letter_clicked(self) -> None:
        detail = self._detail
        if detail is None:
            return
        try:
            # Written by another module that may not be there yet (or in this build).
            from wsedesk.views.letter_dialog import open_letter_dialog
        except ModuleNotFoundError as exc:
            if exc.name != "wsedesk.views.letter_dialog":
                raise
            self._show_message(
                self.tr("Brieven opmaken is in deze versie nog niet beschikbaar."),
            )
            return
        # A stored letter is announced like every write (AppEvents.changed): this panel reloads itself.
        open_letter_dialog(self, self._ctx, detail.id, self._ops)

    def _show_message(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Brief opmaken"), text, parent=self)
        self.message = box
        open_dialog(box, self._on_message_destroyed)

    @Slot()
    def _on_message_destroyed(self) -> None:
        self.message = None
