"""What changed in the data, announced to every panel that shows it (architecture.md #6)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    """One per main window. `changed` follows every successful write (views/operations.py emits it).

    The payload is the write's `Changes` (services/changes.py): the dossier ids whose screens must
    be read again and the kinds of data touched ("dossier", "terms", "organisation",
    "quality_label", …). Lists and detail panels refresh themselves from it; no view tells
    another to reload.
    """

    changed = Signal(object)  # Changes
