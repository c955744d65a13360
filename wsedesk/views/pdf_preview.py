"""The PDF preview inside the program, and what goes with it: save a PDF as, open it with the
system's viewer, and the inline error and info lines beside a preview. Used by the letter
dialogs and Beheer's template editor.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QStandardPaths, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wsedesk.views.common import make_muted

ERROR_STYLE = (
    "QLabel#inlineError { color: #8a1c1c; background: #fdecea; border: 1px solid #f1b8b5; "
    "border-radius: 4px; padding: 6px; }"
)
INFO_STYLE = (
    "QLabel#inlineInfo { color: #1b4d2e; background: #e8f4ec; border: 1px solid #b5d8c0; "
    "border-radius: 4px; padding: 6px; }"
)


def safe_filename(name: str) -> str:
    """A file name without path separators or characters Windows refuses."""
    return "".join("-" if c in '/\\:*?"<>|' else c for c in name).strip() or "brief.pdf"


def open_with_default_program(data: bytes, filename: str) -> Path:
    """Write the PDF to a temporary file and hand it to the system's PDF viewer; returns the file.

    A new file each time: the viewer may still hold the previous one open (Windows locks it).
    The files stay in the temp folder, which the system cleans.
    """
    folder = Path(tempfile.gettempdir()) / "wsedesk"
    folder.mkdir(parents=True, exist_ok=True)
    stem = Path(safe_filename(filename)).stem
    with tempfile.NamedTemporaryFile(
        "wb", prefix=f"{stem}-", suffix=".pdf", dir=folder, delete=False
    ) as handle:
        handle.write(data)
        path = Path(handle.name)
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        raise OSError(f"geen programma gevonden om {path.name} te openen")
    return path


def ask_save_path(parent: QWidget, filename: str) -> Path | None:
    """Ask where to save a PDF; None when the user cancels."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    suggested = str(Path(folder) / safe_filename(filename)) if folder else safe_filename(filename)
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        parent.tr("PDF opslaan als"),
        suggested,
        parent.tr("PDF-bestanden (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def message_label(object_name: str, style: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setStyleSheet(style)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


# --- the preview ---------------------------------------------------------------------------------


class PdfPreviewPanel(QWidget):
    """A PDF inside the program: a caption, the page count, a zoom choice and the pages.

    Each PDF gets a fresh QPdfDocument *and* QPdfView: QPdfView renders pages on a worker
    thread and caches them by page number, and a render of the previous document that arrives
    after a switch was shown for the new one (seen with quick successive previews). A fresh view
    has nothing stale to show; the scroll position is carried over. The old view is deleted
    first, its document after it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data: bytes | None = None
        self._view: QPdfView | None = None
        self._document: QPdfDocument | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.caption_label = QLabel()
        self.caption_label.setWordWrap(True)
        self.pages_label = QLabel()
        make_muted(self.pages_label)
        self.zoom_combo = QComboBox()
        self.zoom_combo.addItem(self.tr("Paginabreedte"), QPdfView.ZoomMode.FitToWidth)
        self.zoom_combo.addItem(self.tr("Hele pagina"), QPdfView.ZoomMode.FitInView)
        self.zoom_combo.addItem(self.tr("100 %"), QPdfView.ZoomMode.Custom)
        self.zoom_combo.setToolTip(self.tr("Zoom"))
        bar.addWidget(self.caption_label, 1)
        bar.addWidget(self.pages_label)
        bar.addWidget(self.zoom_combo)
        layout.addLayout(bar)

        self._stack = QStackedWidget()
        self.message_label = QLabel()
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setWordWrap(True)
        self.message_label.setMargin(24)
        make_muted(self.message_label)
        self._stack.addWidget(self.message_label)
        layout.addWidget(self._stack, 1)
        self.zoom_combo.currentIndexChanged.connect(self._on_zoom_changed)
        self.show_message(self.tr("Nog geen voorbeeld."))

    # --- public --------------------------------------------------------------------------------

    @property
    def data(self) -> bytes | None:
        """The PDF shown now (None while a message is shown)."""
        return self._data

    @property
    def document(self) -> QPdfDocument | None:
        return self._document if self._data is not None else None

    @property
    def view(self) -> QPdfView | None:
        return self._view

    def show_pdf(self, data: bytes, caption: str = "") -> None:
        """Show `data` (a PDF); keeps the reader's relative scroll position."""
        position = self._scroll_fraction()
        view = QPdfView()
        view.setPageMode(QPdfView.PageMode.MultiPage)
        self._apply_zoom(view)
        view.setPageSpacing(8)
        # Not a child of the view: a document deleted inside the view's destructor tells the
        # half-destroyed view about its status change (a crash). It goes after its view instead.
        document = QPdfDocument(self)
        view.destroyed.connect(document.deleteLater)
        buffer = QBuffer(document)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document.load(buffer)
        view.setDocument(document)
        old = self._view
        self._stack.addWidget(view)
        self._stack.setCurrentWidget(view)
        if old is not None:
            self._stack.removeWidget(old)
            old.deleteLater()
        self._view, self._document, self._data = view, document, data
        self.caption_label.setText(caption)
        pages = document.pageCount()
        self.pages_label.setText(
            self.tr("1 pagina") if pages == 1 else self.tr("{n} pagina's").format(n=pages)
        )
        if position:
            QTimer.singleShot(0, lambda: self._restore_scroll(view, position))

    def show_message(self, text: str, caption: str = "") -> None:
        """No PDF: a sentence saying why, where the pages would be."""
        self._data = None
        self.message_label.setText(text)
        self._stack.setCurrentWidget(self.message_label)
        self.caption_label.setText(caption)
        self.pages_label.clear()

    # --- internals -----------------------------------------------------------------------------

    def _apply_zoom(self, view: QPdfView) -> None:
        mode = self.zoom_combo.currentData()
        view.setZoomMode(mode)
        if mode == QPdfView.ZoomMode.Custom:
            view.setZoomFactor(1.0)

    def _scroll_fraction(self) -> float:
        if self._view is None or self._data is None:
            return 0.0
        bar = self._view.verticalScrollBar()
        return bar.value() / bar.maximum() if bar.maximum() > 0 else 0.0

    def _restore_scroll(self, view: QPdfView, fraction: float) -> None:
        if view is self._view:
            bar = view.verticalScrollBar()
            bar.setValue(round(fraction * bar.maximum()))

    @Slot(int)
    def _on_zoom_changed(self, _index: int) -> None:
        if self._view is not None:
            self._apply_zoom(self._view)


class PdfActionsMixin:
    """'Opslaan als…' and 'Openen met standaardprogramma' for the PDF a dialog shows."""

    def _save_pdf_as(self, data: bytes, filename: str, report: Callable[[str], None]) -> Path | None:
        assert isinstance(self, QWidget)
        path = ask_save_path(self, filename)
        if path is None:
            return None
        try:
            path.write_bytes(data)
        except OSError as exc:
            report(self.tr("Het bestand kon niet bewaard worden: {error}").format(error=exc))
            return None
        return path

    def _open_externally(self, data: bytes, filename: str, report: Callable[[str], None]) -> Path | None:
        assert isinstance(self, QWidget)
        try:
            return open_with_default_program(data, filename)
        except OSError as exc:
            report(self.tr("De PDF kon niet geopend worden: {error}").format(error=exc))
            return None
