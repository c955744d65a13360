"""ConflictDialog: someone else saved the record first. Names who and when, shows both values per field."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wsedesk.errors import ConflictError
from wsedesk.views.widgets import field_table

# Render a field's stored value for the user (e.g. a user id as a name); the panel knows how.
ValueDescriber = Callable[[str, Any], str]


def _plain(_field: str, value: Any) -> str:
    return "" if value is None else str(value)


class ConflictDialog(QDialog):
    """Shown instead of saving. The user's edit stays in the form; nothing was overwritten.

    Results: `LOAD_THEIRS` (reload, dropping the user's edit), `KEEP_MINE_ON_THEIRS` (reload,
    then put the user's values back in the form to review and save again), or Rejected (close,
    form unchanged).
    """

    LOAD_THEIRS = 10
    KEEP_MINE_ON_THEIRS = 11

    def __init__(
        self,
        error: ConflictError,
        *,
        field_labels: dict[str, str],
        describe: ValueDescriber = _plain,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.error = error
        self.setWindowTitle(self.tr("Dossier intussen gewijzigd"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)

        who = error.changed_by or self.tr("een andere gebruiker")
        when = error.changed_at or self.tr("onbekend tijdstip")
        self.summary_label = QLabel(
            self.tr(
                "<b>{label}</b> werd intussen gewijzigd door <b>{who}</b> op {when} "
                "(versie {old} → {new}).<br>Uw wijziging is <b>niet</b> opgeslagen en niets werd "
                "overschreven. Uw invoer staat nog in het formulier."
            ).format(
                label=_escape(error.label),
                who=_escape(who),
                when=_escape(when),
                old=error.expected_version,
                new=error.current_version,
            )
        )
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)

        self.table = field_table(
            [self.tr("Veld"), self.tr("Uw waarde"), self.tr("Hun waarde")],
            [
                (
                    field_labels.get(diff.field, diff.field),
                    describe(diff.field, diff.yours),
                    describe(diff.field, diff.theirs),
                )
                for diff in error.differences
            ],
            self,
        )
        if error.differences:
            layout.addWidget(QLabel(self.tr("Velden die u bewerkt en die zij intussen wijzigden:")))
            layout.addWidget(self.table)
        else:
            self.table.hide()
            layout.addWidget(
                QLabel(
                    self.tr(
                        "Zij wijzigden geen van de velden die u bewerkt (wel iets anders aan het dossier, "
                        "bv. de status). Laad hun versie en breng uw wijziging opnieuw aan."
                    )
                )
            )

        buttons = QDialogButtonBox(self)
        self.load_theirs_button = QPushButton(self.tr("Laad hun versie"))
        self.load_theirs_button.setToolTip(self.tr("Het dossier opnieuw inlezen; uw invoer vervalt."))
        self.keep_mine_button = QPushButton(self.tr("Hun versie laden, mijn invoer behouden"))
        self.keep_mine_button.setToolTip(
            self.tr(
                "Het dossier opnieuw inlezen en uw invoer terugzetten, om na te kijken en opnieuw op te slaan."
            )
        )
        self.close_button = QPushButton(self.tr("Sluiten"))
        self.close_button.setToolTip(self.tr("Dit venster sluiten; het formulier blijft zoals het is."))
        buttons.addButton(self.load_theirs_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.keep_mine_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.load_theirs_button.clicked.connect(self._on_load_theirs_clicked)
        self.keep_mine_button.clicked.connect(self._on_keep_mine_clicked)
        self.close_button.clicked.connect(self.reject)
        self.close_button.setDefault(True)
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Row heights depend on the column widths, which are known only once the dialog is laid out.
        self.table.resizeRowsToContents()
        self.adjustSize()

    def _on_load_theirs_clicked(self) -> None:
        self.done(self.LOAD_THEIRS)

    def _on_keep_mine_clicked(self) -> None:
        self.done(self.KEEP_MINE_ON_THEIRS)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
