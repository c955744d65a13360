"""FormDialog: what the dialogs that collect input and run one write share.

The context and `ops` (the one runner, views/operations.py), the window title and width, the
line under the form for a refused write's Dutch message, and the OK/Cancel row whose OK calls
`_on_accepted`. The dialog lays out its own fields; `_add_buttons` puts the message line and the
row at the foot, and `_run` runs the write: a refusal is shown in the dialog, which stays open
with the input as typed (the organisation, visit and tender dialogs).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QBoxLayout, QDialog, QDialogButtonBox, QWidget

from wsedesk.views.widgets import InlineMessage, ok_cancel_buttons

if TYPE_CHECKING:
    from wsedesk.context import AppContext
    from wsedesk.views.operations import Operations
    from wsedesk.views.tasks import TaskProgress


class FormDialog(QDialog):
    """A dialog that collects input and runs one write through `ops` when OK is pressed."""

    def __init__(
        self,
        ctx: AppContext,
        ops: Operations,
        parent: QWidget | None = None,
        *,
        title: str = "",
        min_width: int = 0,
    ) -> None:
        super().__init__(parent)
        self._ctx, self._ops = ctx, ops
        if title:
            self.setWindowTitle(title)
        if min_width:
            self.setMinimumWidth(min_width)
        self.message = InlineMessage()

    def _on_accepted(self) -> None:
        """OK: check the input and run the write (`_run`)."""
        raise NotImplementedError

    def _add_buttons(
        self, layout: QBoxLayout, ok_text: str | None = None, cancel_text: str | None = None
    ) -> QDialogButtonBox:
        """The message line and the OK/Cancel row at the foot of `layout` (texts already
        translated; None keeps Qt's own)."""
        layout.addWidget(self.message)
        self.buttons = ok_cancel_buttons(self, self._on_accepted, ok_text, cancel_text)
        layout.addWidget(self.buttons)
        return self.buttons

    def _run(
        self, write: Callable[[TaskProgress], Any], on_success: Callable[[Any], None] | None = None
    ) -> None:
        """Run `write` on the one runner; on success `on_success(result)` (by default the dialog
        closes as accepted), on a refusal its message under the form."""
        self._ops.run(
            write,
            on_success=on_success if on_success is not None else lambda _result: self.accept(),
            on_failure=self.message.show_error,
        )


__all__ = ["FormDialog"]
