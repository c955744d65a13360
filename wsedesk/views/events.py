"""What changed in the data, announced to every panel that shows it (architecture.md #6)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    """One per main window. Writers emit after a successful service call; lists refresh themselves.

    `dossier_saved` is every write to one dossier: a saved form, and also a procedure step or an
    information request (the detail panel emits it after those too), so a list wired to it alone
    stays right. `terms_recomputed` follows a change that moves many due dates at once (the
    calendar); the Werkbak reads its page again.
    """

    dossier_saved = Signal(str)  # dossier id
    terms_recomputed = Signal(int)  # how many open terms got another due date or state
