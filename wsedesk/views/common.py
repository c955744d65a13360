"""Small helpers shared by the views: translation of Qt-free strings, Dutch dates and numbers, pages,
opening a dialog or a window the house way."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, date, datetime
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QLineEdit, QTableView, QWidget

from wsedesk.errors import UserError

# Context under which strings marked with N_() in Qt-free code are translated (see wsedesk/i18n.py).
DATA_CONTEXT = "wsedesk"

DialogT = TypeVar("DialogT", bound=QDialog)

# A list's search field filters this long after the last keystroke (Dossiers, Organisaties).
SEARCH_DEBOUNCE_MS = 250


def tr_data(text: str) -> str:
    """Translate a Dutch source string that came from Qt-free code (N_-marked)."""
    return QCoreApplication.translate(DATA_CONTEXT, text)


def user_error_text(error: BaseException) -> str:
    """A service's refusal in the user's language, with the field it names (any other error as is)."""
    if not isinstance(error, UserError):
        return str(error)
    message = tr_data(error.message)
    return f"{tr_data(error.where)}: {message}" if error.where else message


def format_date(value: date | None) -> str:
    """Dutch date: 16/06/2025 (empty for None)."""
    return value.strftime("%d/%m/%Y") if value else ""


def format_timestamp(value: datetime | None) -> str:
    """A stored timestamp (naive UTC, see clock.py) in the user's local time: 16/06/2025 11:30."""
    if value is None:
        return ""
    return value.replace(tzinfo=UTC).astimezone().strftime("%d/%m/%Y %H:%M")


def format_number(value: int) -> str:
    """Dutch thousands separator: 100.000."""
    return QLocale(QLocale.Language.Dutch, QLocale.Country.Belgium).toString(value)


def heading_label(text: str, parent: QWidget | None = None, *, scale: float = 1.35) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


def make_muted(widget: QWidget) -> QWidget:
    """Secondary text: between the text and the background colour, but still readable.

    (A disabled label would be the easy way, but Fusion draws that too pale to read.)
    """
    palette = widget.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    back = palette.color(QPalette.ColorRole.Window)
    mix = QColor(
        (text.red() * 62 + back.red() * 38) // 100,
        (text.green() * 62 + back.green() * 38) // 100,
        (text.blue() * 62 + back.blue() * 38) // 100,
    )
    palette.setColor(QPalette.ColorRole.WindowText, mix)
    palette.setColor(QPalette.ColorRole.Text, mix)
    widget.setPalette(palette)
    return widget


def delay_timer(parent: QObject, ms: int, slot: Callable[[], object]) -> QTimer:
    """A single-shot timer that calls `slot` `ms` after its last `start()`: restarted on every
    keystroke, it waits for a pause in the typing (a search, a filter, a preview)."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(ms)
    timer.timeout.connect(slot)
    return timer


def search_timer(edit: QLineEdit, apply: Callable[[], object]) -> QTimer:
    """A list's search field: `apply` runs `SEARCH_DEBOUNCE_MS` after the last keystroke, or at once
    on Enter. `apply` stops the returned timer, so that a search is not run twice."""
    timer = delay_timer(edit, SEARCH_DEBOUNCE_MS, apply)
    edit.textChanged.connect(timer.start)
    edit.returnPressed.connect(apply)
    return timer


def open_dialog(dialog: DialogT, on_destroyed: Callable[[], object] | None = None) -> DialogT:
    """Open `dialog` window-modal, without a nested event loop; it deletes itself when closed, and
    then calls `on_destroyed` (where the opener forgets it). Returns the dialog."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if on_destroyed is not None:
        dialog.destroyed.connect(on_destroyed)
    dialog.open()
    return dialog


def show_or_raise(window: QWidget) -> None:
    """Show a kept, non-modal window; when it is open already (perhaps behind the main window),
    bring it to the front."""
    if window.isVisible():
        window.raise_()
        window.activateWindow()
    else:
        window.show()


class Page(QWidget):
    """One screen in the main window's stack. Data loads on first activation, not at start-up."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._activated = False

    def activate(self) -> None:
        """Called when the page becomes visible; loads its data the first time."""
        if not self._activated:
            self._activated = True
            self.load()

    def load(self) -> None:
        """First load of the page's data."""

    def refresh(self) -> None:
        """F5: read the data again from the database."""
        if self._activated:
            self.load()

    def focus_search(self) -> bool:
        """Ctrl+F: put the cursor in the page's search field; False when the page has none."""
        return False

    def save(self) -> None:
        """Ctrl+S: save the page's form, if it has one."""

    def confirm_leave(self) -> bool:
        """Ask about unsaved edits before the window closes; True when it may close."""
        return True


def size_columns(
    table: QTableView,
    samples: Sequence[str | None],
    *,
    stretch: int = 0,
    header_padding: int = 24,
    extra: Mapping[int, int] | None = None,
) -> None:
    """Column widths from a sample text per column, so values are not cut off.

    None marks a column sized by the stretch; `header_padding` leaves room for the sort arrow,
    `extra` adds width to a column (e.g. for an icon).
    """
    header = table.horizontalHeader()
    fm = table.fontMetrics()
    header_fm = header.fontMetrics()
    model = table.model()
    for column, sample in enumerate(samples):
        if sample is None:
            continue
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        padding = (extra or {}).get(column, 0)
        width = max(
            fm.horizontalAdvance(sample) + 16 + padding, header_fm.horizontalAdvance(title) + header_padding
        )
        table.setColumnWidth(column, width)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(fm.horizontalAdvance("0000") + 12)


#: What a window's frame and title bar add around its contents (an estimate: the real frame is
#: known only once the window is shown).
FRAME_ALLOWANCE = QSize(16, 40)


def fitting_size(wanted: QSize, available: QSize) -> QSize:
    """`wanted`, made smaller where the screen's free area (less the frame) is smaller."""
    return wanted.boundedTo(available - FRAME_ALLOWANCE)


def resize_to_fit(window: QWidget, width: int, height: int) -> None:
    """Give a window its preferred size, but never more than its screen's free area: on the
    department's 1366 × 768 laptops, with a task bar, an 860-pixel dialog hid its own buttons.

    The screen is the parent's (or the primary one), not `window.screen()`: asked of a top-level
    window that was never shown, PySide 6.11.3 left the next QWizard to crash in its constructor
    (the intake wizard's tests after the audit tests, every time)."""
    parent = window.parentWidget()
    screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
    wanted = QSize(width, height)
    window.resize(fitting_size(wanted, screen.availableGeometry().size()) if screen is not None else wanted)
