"""The global exception hook: a UserError becomes a warning, anything else a logged crash dialog.

Exceptions raised in slots reach `sys.excepthook` (PySide prints them and carries on), so the
window never dies of one. architecture.md #7: a UserError is something the user can fix; every
other exception is a bug, logged with its traceback in the per-user log directory.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from wsedesk import APP_NAME, __version__
from wsedesk.errors import UserError
from wsedesk.logfile import LOG_FILE_NAME, redact
from wsedesk.paths import user_log_dir
from wsedesk.views.common import open_dialog

log = logging.getLogger("wsedesk.crash")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


class ErrorReporter(QObject):
    """Installed as `sys.excepthook` by app.py; tests install and uninstall it around one test.

    Dialogs open non-modally-blocking (`open()`), so the hook never spins a nested event loop.
    """

    def __init__(
        self, window: Callable[[], QWidget | None] | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._window = window or QApplication.activeWindow
        self._previous: ExceptHook | None = None
        self.last_dialog: QMessageBox | None = None
        self._crash_dialog_open = False

    def install(self) -> None:
        if self._previous is None:
            self._previous = sys.excepthook
            sys.excepthook = self.handle

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook = self._previous
            self._previous = None

    def handle(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            (self._previous or sys.__excepthook__)(exc_type, exc, tb)
            return
        if isinstance(exc, UserError):
            log.info("Shown to the user: %s", exc)
            self.show_user_error(exc)
            return
        log.error("Unexpected error (a bug)", exc_info=(exc_type, exc, tb))
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        self.show_crash(exc, details)

    def show_user_error(self, error: UserError) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("{app} — let op").format(app=APP_NAME),
            str(error),
            QMessageBox.StandardButton.Ok,
            self._window(),
        )
        return self._open(box)

    def show_crash(self, error: BaseException, details: str) -> QMessageBox | None:
        if self._crash_dialog_open:
            return None  # one at a time: a failing paint would otherwise open dialogs forever
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            self.tr("{app} — onverwachte fout").format(app=APP_NAME),
            self.tr(
                "Er ging iets mis dat niet had mogen gebeuren. Uw opgeslagen gegevens zijn niet "
                "aangetast; wat u nog niet opsloeg, kan verloren zijn.\n\n"
                "De fout staat in het logboek ({path}). Bezorg dat bestand aan de beheerder."
            ).format(path=user_log_dir() / LOG_FILE_NAME),
            QMessageBox.StandardButton.Close,
            self._window(),
        )
        # Masked like the log file: a driver's message may quote a national register number.
        box.setInformativeText(redact(f"{type(error).__name__}: {error}"))
        box.setDetailedText(redact(f"{APP_NAME} {__version__}\n\n{details}"))
        self._crash_dialog_open = True
        box.finished.connect(self._on_crash_dialog_finished)
        return self._open(box)

    def _open(self, box: QMessageBox) -> QMessageBox:
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.last_dialog = box
        return open_dialog(box, self._on_dialog_destroyed)

    def _on_crash_dialog_finished(self, _result: int) -> None:
        self._crash_dialog_open = False

    def _on_dialog_destroyed(self) -> None:
        self.last_dialog = None
