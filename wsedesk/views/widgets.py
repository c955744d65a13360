"""Small widgets more than one screen uses: an inline message, a wrapping button row, a dialog's
OK/Cancel row, a row packed at the left, the "throw typed input away?" question, the
municipality completer, the list table and the flat list tree. (Opening a dialog that deletes
itself is views/common.open_dialog: the main window needs it before its first paint.)

A widget lives here as soon as a second view needs it; no view imports pieces from another
feature's dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import overload

from PySide6.QtCore import QAbstractItemModel, QPoint, QRect, QSize, QStringListModel, Qt
from PySide6.QtGui import QColor, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLayoutItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from wsedesk.services.reference import municipalities
from wsedesk.views.common import make_muted, user_error_text
from wsedesk.views.theme import status_colour

ERROR_COLOUR = QColor("#b3261e")
WARNING_COLOUR = QColor("#8a5300")
OK_COLOUR = QColor("#2e6b30")


class ElidedLabel(QLabel):
    """A one-line label that shortens its text with '…' to the width it gets (the tooltip has it whole).

    By default it takes the width the layout gives it; `fit_text=True` asks for its whole text and
    only gives way when the room is short (a status chip beside a heading).
    """

    def __init__(self, parent: QWidget | None = None, *, fit_text: bool = False) -> None:
        super().__init__(parent)
        self._full = ""
        self._fit = fit_text
        policy = QSizePolicy.Policy.Preferred if fit_text else QSizePolicy.Policy.Ignored
        self.setSizePolicy(policy, QSizePolicy.Policy.Preferred)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        if self._fit:  # the whole text first, then the room the layout gives it now
            self.setText(text)
            self.updateGeometry()
            parent = self.parentWidget()
            if parent is not None and parent.layout() is not None:
                parent.layout().activate()
        self._elide()
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self._fit:  # the whole text's width, whatever is shown now
            metrics = self.fontMetrics()
            hint.setWidth(
                hint.width() - metrics.horizontalAdvance(self.text()) + metrics.horizontalAdvance(self._full)
            )
        return hint

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if self._fit:
            hint.setWidth(min(hint.width(), self.fontMetrics().horizontalAdvance("Wwww…")))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        # contentsRect() is already inside a style sheet's border and padding (a status chip).
        room = self.contentsRect().width() - 2 * self.margin()
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(0, room)))


class FlowLayout(QLayout):
    """Lays its widgets out left to right and wraps, so long Dutch button labels never clip."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        """All on one line; the layout above may give less, and then the items wrap."""
        width = height = 0
        for item in self._items:
            if not item.isEmpty():
                hint = item.sizeHint()
                width += hint.width() + (self.spacing() if width else 0)
                height = max(height, hint.height())
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line_height = area.x(), area.y(), 0
        spacing = self.spacing()
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line_height > 0:
                x, y = area.x(), y + line_height + spacing
                line_height = 0
            if apply:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + m.bottom()


class InlineMessage(QLabel):
    """A line under a field: an error, a warning or a confirmation; hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kind = ""
        self._base_palette = QPalette(self.palette())
        self.hide()

    def show_message(self, text: str, kind: str = "error") -> None:
        """`kind`: "error", "warning", "ok", or "info" (muted)."""
        colour = status_colour(kind) if kind in ("error", "warning", "ok") else None
        palette = QPalette(self._base_palette)
        if colour is not None:
            palette.setColor(QPalette.ColorRole.WindowText, colour)
        self.setPalette(palette)
        if colour is None:
            make_muted(self)
        self.kind = kind
        self.setText(text)
        self.setVisible(bool(text))

    def show_at(self, field: QWidget, text: str) -> None:
        """A problem with `field`: say what it is and put the cursor there."""
        self.show_message(text)
        field.setFocus()

    def show_error(self, error: BaseException) -> None:
        """A refused write or bad input: its Dutch message (`user_error_text`)."""
        self.show_message(user_error_text(error))

    def clear_message(self) -> None:
        self.kind = ""
        self.setText("")
        self.hide()


def message_or_content(
    owner: QWidget, message: str = "", *, margin: int = 0
) -> tuple[QStackedWidget, QLabel, QWidget]:
    """Fill `owner` with two pages: a centred, muted message (page 0: nothing to show yet) and an
    empty content widget (page 1) for the caller to lay out. Returns the stack, label, content."""
    stack = QStackedWidget(owner)
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(stack)
    label = QLabel(message)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setMargin(margin)
    make_muted(label)
    stack.addWidget(label)
    content = QWidget()
    stack.addWidget(content)
    return stack, label, content


def pane_splitter(orientation: Qt.Orientation, *panes: tuple[QWidget, int]) -> QSplitter:
    """A splitter of `panes` (widget, stretch factor) that the user cannot collapse to nothing."""
    splitter = QSplitter(orientation)
    for index, (widget, stretch) in enumerate(panes):
        splitter.addWidget(widget)
        splitter.setStretchFactor(index, stretch)
    splitter.setChildrenCollapsible(False)
    return splitter


def button_row(*buttons: QPushButton, lead: QWidget | None = None) -> QHBoxLayout:
    """A dialog's buttons at the right of a row, after `lead` (which takes the room left) or
    after empty room; none is a default button: Enter in a field presses none of them."""
    row = QHBoxLayout()
    if lead is not None:
        row.addWidget(lead, 1)
    else:
        row.addStretch(1)
    for button in buttons:
        button.setAutoDefault(False)
        row.addWidget(button)
    return row


def left_row(*widgets: QWidget) -> QHBoxLayout:
    """Widgets side by side at the left of a row, the room left over after them."""
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


def ok_cancel_buttons(
    dialog: QDialog,
    on_ok: Callable[[], object],
    ok_text: str | None = None,
    cancel_text: str | None = None,
) -> QDialogButtonBox:
    """A dialog's OK/Cancel row: OK calls `on_ok`, Cancel rejects. Texts already translated; None
    keeps Qt's own (translated by Qt's catalogue)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    if ok_text is not None:
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    if cancel_text is not None:
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    return buttons


def discard_confirmed(parent: QWidget, title: str, text: str) -> bool:
    """Ask before typed input is thrown away (Weggooien or Annuleren, Annuleren the default);
    True when the user lets it go. Title and text already translated."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard


def municipality_completer(parent: QWidget, names: Sequence[str]) -> QCompleter:
    """Completion on part of a name, case-insensitive, as a popup."""
    completer = QCompleter(QStringListModel(list(names), parent), parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setMaxVisibleItems(12)
    return completer


def flemish_municipality_names() -> list[str]:
    return sorted((m.name_nl for m in municipalities(flemish_only=True)), key=str.casefold)


@overload
def make_table(
    model: QAbstractItemModel, parent: QWidget | None = None, *, multi: bool = False
) -> QTableView: ...
@overload
def make_table(
    *, columns: Sequence[str], parent: QWidget | None = None, multi: bool = False
) -> QTableWidget: ...
def make_table(
    model: QAbstractItemModel | None = None,
    parent: QWidget | None = None,
    *,
    columns: Sequence[str] = (),
    multi: bool = False,
) -> QTableView:
    """A row-selecting table in the house style: over a model (every list page), or with `columns`
    a QTableWidget that holds its own rows (the small tables of a form). Read-only until the
    caller sets edit triggers; Tab leaves the table, the arrow keys move inside it."""
    table: QTableView
    if model is None:
        table = QTableWidget(0, len(columns), parent)
        table.setHorizontalHeaderLabels(list(columns))
    else:
        table = QTableView(parent)
        table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    table.setCornerButtonEnabled(False)
    table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    vheader = table.verticalHeader()
    vheader.setVisible(False)
    vheader.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vheader.setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(False)
    return table


def list_tree(
    headers: Sequence[str],
    *,
    stretch: int,
    name: str = "",
    parent: QWidget | None = None,
    wrap: bool = False,
) -> QTreeWidget:
    """A flat list of rows (no tree lines), one row selected at a time: column `stretch` takes the
    room left, the others fit their contents; `name` is what a screen reader says; with `wrap` a
    long text wraps onto more lines (rows of their own height)."""
    tree = QTreeWidget(parent)
    tree.setHeaderLabels(list(headers))
    if name:
        tree.setAccessibleName(name)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(not wrap)
    tree.setWordWrap(wrap)
    tree.setAlternatingRowColors(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    header = tree.header()
    header.setStretchLastSection(False)
    for column in range(len(headers)):
        header.setSectionResizeMode(
            column,
            QHeaderView.ResizeMode.Stretch if column == stretch else QHeaderView.ResizeMode.ResizeToContents,
        )
    return tree


def fit_columns_to_contents(table: QTableView) -> None:
    """Every column as wide as its contents (small tables whose rows are all shown)."""
    header = table.horizontalHeader()
    for column in range(header.count()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)


def fitted_table(columns: Sequence[str], *, stretch: int, name: str = "") -> QTableWidget:
    """A `make_table(columns=…)` whose column `stretch` takes the room left while the others fit
    their contents; `name` is what a screen reader says."""
    table = make_table(columns=columns)
    fit_columns_to_contents(table)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    if name:
        table.setAccessibleName(name)
    return table


def field_table(
    columns: Sequence[str], rows: Sequence[Sequence[str]], parent: QWidget | None = None
) -> QTableWidget:
    """A record field by field, one column per version of it: the conflict dialog (yours, theirs)
    and the check-in review queue (as checked out, laptop, central now). Read-only, wraps long
    values; the first column (the field) fits its contents, the others share the width."""
    table = QTableWidget(len(rows), len(columns), parent)
    table.setHorizontalHeaderLabels(list(columns))
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setWordWrap(True)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
    table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    for column in range(1, len(columns)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(value))
    return table
