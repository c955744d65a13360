"""What changed in the data, announced to every panel that shows it (architecture.md #6)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    """One per main window. Writers emit after a successful service call; lists refresh themselves."""

    dossier_saved = Signal(str)  # dossier id
