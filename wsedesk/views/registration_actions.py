"""The Aanvragen menu's registrations besides the ED application: an organisation, a quality
registration (typed in, or read from the online counter's JSON), a tender partner, a label application.

Each action opens its dialog on the main window; a dialog that opens a dossier reports it with
`dossier_registered`, and the window shows the new dossier.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from wsedesk.errors import UserError
from wsedesk.views.common import open_dialog, tr_data

if TYPE_CHECKING:
    from wsedesk.context import AppContext
    from wsedesk.services.counter_intake import ImportResult
    from wsedesk.views.operations import Operations
    from wsedesk.views.organisation_list import OrganisationsPage


class RegistrationActions(QObject):
    """The actions, their dialogs, and the one signal that a dossier was opened."""

    dossier_registered = Signal(str, str)  # dossier id, reference
    organisation_requested = Signal()  # show the Organisaties page (its dialog opens there)

    def __init__(
        self,
        ctx: AppContext,
        ops: Operations,
        window: QMainWindow,
        organisations: Callable[[], OrganisationsPage],
    ) -> None:
        super().__init__(window)
        self._ctx, self._ops, self._window = ctx, ops, window
        self._organisations = organisations
        self.dialog: Any = None
        self.result_box: QMessageBox | None = None
        self.new_organisation_action = QAction(self.tr("Nieuwe &organisatie…"), window)
        self.new_registration_action = QAction(self.tr("Nieuwe &kwaliteitsregistratie…"), window)
        self.new_registration_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_registration_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.new_registration_action.setToolTip(
            self.tr("Een aanvraag tot validatie van een kwaliteitsregistratie inschrijven (Ctrl+Shift+N)")
        )
        self.import_registration_action = QAction(self.tr("Kwaliteitsregistratie &inlezen uit JSON…"), window)
        self.import_registration_action.setToolTip(
            self.tr("Een kwaliteitsregistratie van het e-loket inlezen (wsedesk-qr/1)")
        )
        self.new_tender_partner_action = QAction(self.tr("Nieuwe &tenderpartner…"), window)
        self.new_proof_application_action = QAction(self.tr("Nieuwe aanvraag kwaliteits&bewijs…"), window)
        self.new_proof_application_action.setToolTip(
            self.tr("Een kwaliteitsbewijs dat nog niet op de lijst staat, laten opnemen (QR-2 a)")
        )
        window.addAction(self.new_registration_action)
        self.new_organisation_action.triggered.connect(self._on_new_organisation_triggered)
        self.new_registration_action.triggered.connect(self.new_registration)
        self.import_registration_action.triggered.connect(self._on_import_triggered)
        self.new_tender_partner_action.triggered.connect(self.new_tender_partner)
        self.new_proof_application_action.triggered.connect(self.new_proof_application)

    def add_to(self, menu: QMenu, *, before: QAction | None = None) -> None:
        """The actions in `menu`, before the action `before` (at the end without one)."""
        if before is None:
            before = menu.addSeparator()  # a mark at the end, taken out again below
            self.add_to(menu, before=before)
            menu.removeAction(before)
            return
        for action in (
            self.new_registration_action,
            self.import_registration_action,
            self.new_tender_partner_action,
            self.new_proof_application_action,
        ):
            menu.insertAction(before, action)
        menu.insertSeparator(before)
        menu.insertAction(before, self.new_organisation_action)

    def _open(self, dialog: Any) -> None:
        self.dialog = dialog
        open_dialog(dialog)

    @Slot()
    def _on_new_organisation_triggered(self) -> None:
        self.organisation_requested.emit()
        self._organisations().new_organisation()

    @Slot()
    def new_registration(self) -> None:
        from wsedesk.views.qr_wizard import QrWizard

        wizard = QrWizard(self._ctx, self._ops, self._window)
        wizard.registration_registered.connect(self._on_registration_registered)
        self._open(wizard)

    def _on_registration_registered(self, dossier_id: str) -> None:
        result = self.dialog.import_result if self.dialog is not None else None
        self.dossier_registered.emit(dossier_id, result.reference if result else "")

    def _choose_file(self) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Kwaliteitsregistratie inlezen"),
            "",
            self.tr("Aanvragen van het e-loket (*.json);;Alle bestanden (*)"),
        )
        return Path(name) if name else None

    @Slot()
    def _on_import_triggered(self) -> None:
        path = self._choose_file()
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> None:
        """Read a `wsedesk-qr/1` file on the runner; tell how it went, and show the new dossier."""
        from wsedesk.views.qr_wizard import import_qr_file, show_import_result

        ctx = self._ctx

        def imported(result: ImportResult) -> None:
            self.result_box = show_import_result(self._window, path, result)
            if result.ok and result.dossier_id:
                self.dossier_registered.emit(result.dossier_id, result.reference or "")

        def refused(error: UserError) -> None:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Kwaliteitsregistratie inlezen"),
                tr_data(str(error)),
                parent=self._window,
            )
            self.result_box = box
            open_dialog(box)

        self._ops.run(lambda _p: import_qr_file(ctx, path), on_success=imported, on_failure=refused)

    @Slot()
    def new_tender_partner(self) -> None:
        from wsedesk.views.tender_dialogs import TenderPartnerDialog

        dialog = TenderPartnerDialog(self._ctx, self._ops, self._organisations().selected_id(), self._window)
        dialog.dossier_registered.connect(self.dossier_registered)
        self._open(dialog)

    @Slot()
    def new_proof_application(self) -> None:
        from wsedesk.views.tender_dialogs import ProofApplicationDialog

        dialog = ProofApplicationDialog(
            self._ctx, self._ops, self._organisations().selected_id(), self._window
        )
        dialog.dossier_registered.connect(self.dossier_registered)
        self._open(dialog)


__all__ = ["RegistrationActions"]
