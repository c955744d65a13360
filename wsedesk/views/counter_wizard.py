"""CounterWizard: what the two typed-in intake wizards share (ED application, QR registration).

Both build the online counter's document from their pages and import it all or nothing; a
refused import lists its problems on the last page, each pointing to the page to fix; a stored
one turns every page read-only and *Voltooien* into *Sluiten*. The wizards add their pages, the
document and what a stored import still needs (views/intake_wizard.py, views/qr_wizard.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget, QWizard

from wsedesk.errors import UserError
from wsedesk.views.common import tr_data

if TYPE_CHECKING:
    from wsedesk.context import AppContext
    from wsedesk.views.intake_form import IntakePage
    from wsedesk.views.operations import Operations


class _Imported(Protocol):
    ok: bool


class CounterWizard(QWizard):
    """A wizard whose *Voltooien* imports the counter's document built from its pages."""

    def __init__(self, ctx: AppContext, ops: Operations, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.ctx = ctx
        self._ops = ops
        self.import_result: _Imported | None = None
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Terug"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Volgende >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Voltooien"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Annuleren"))

    def pages(self) -> list[IntakePage]:
        raise NotImplementedError

    def add_pages(self) -> None:
        """Number the pages in the order of `pages()` and start at the first."""
        for page_id, page in enumerate(self.pages()):
            self.setPage(page_id, page)
        self.setStartId(0)

    @property
    def registered(self) -> bool:
        return self.import_result is not None and self.import_result.ok

    def run_import(
        self,
        write: Callable[[object], Any],
        on_imported: Callable[[Any], None],
        *,
        focus_close: bool = False,
    ) -> None:
        """Run the import `write` on the one runner, one at a time (*Voltooien* is off meanwhile);
        a refusal is listed on the last page. `focus_close`: after a stored import the keyboard
        goes to *Sluiten* (the fields are read-only then)."""
        finish = self.button(QWizard.WizardButton.FinishButton)
        finish.setEnabled(False)
        pages = self.pages()
        last_id, last = len(pages) - 1, pages[-1]

        def refused(error: UserError) -> None:
            last.show_problems([(last_id, tr_data(str(error)))])

        def finished() -> None:
            finish.setEnabled(True)
            if focus_close and self.registered:
                finish.setFocus(Qt.FocusReason.OtherFocusReason)

        self._ops.run(write, on_success=on_imported, on_failure=refused, on_finished=finished)

    def show_import(self, result: Any, describe: Callable[[Any], tuple[int, str]]) -> str | None:
        """An import's outcome on the last page. Refused: its problems, each with the page to fix
        (`describe`), and None. Stored: every page read-only (`close_after_import`), what was
        stored, and the new dossier's id."""
        last: Any = self.pages()[-1]
        if not result.ok:
            last.show_problems([describe(p) for p in result.problems])
            return None
        assert result.dossier_id is not None
        self.close_after_import(result)
        last.show_success(result)
        return result.dossier_id

    def close_after_import(self, result: _Imported) -> None:
        """A stored import: every page read-only, no Annuleren, *Sluiten* instead of *Voltooien*."""
        self.import_result = result
        for page in self.pages():
            page.set_read_only(True)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Sluiten"))

    @staticmethod
    def page_of(path: str, path_pages: Sequence[tuple[str, int]], last: int) -> int:
        """The page a problem of the import belongs to, by the start of its JSON path."""
        return next((page for prefix, page in path_pages if path.startswith(prefix)), last)

    def go_to_page(self, page_id: int) -> None:
        """Back to the page of a problem, when it was on the way here."""
        if page_id not in self.visitedIds():
            return
        while self.currentId() != page_id and self.currentId() != self.startId():
            self.back()


__all__ = ["CounterWizard"]
