"""Help → Handleiding (F1): the user guide (docs/guide/, Markdown with screenshots) inside the program.

The pages are the same files the repository shows, so the guide is read in one place. Links
between pages open here; links to the web open in the browser. Screenshots are scaled down to
the window's width.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl, Slot
from PySide6.QtGui import QImage, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from wsedesk.paths import guide_dir
from wsedesk.views.common import resize_to_fit

INDEX = "index.md"


class GuideBrowser(QTextBrowser):
    """A QTextBrowser for Markdown pages whose images never run wider than the view."""

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        resource = super().loadResource(kind, url)
        if kind == QTextDocument.ResourceType.ImageResource.value:
            image = resource if isinstance(resource, QImage) else QImage.fromData(resource)
            room = max(320, self.viewport().width() - 40)
            if not image.isNull() and image.width() > room:
                return image.scaledToWidth(room)
        return resource


class GuideWindow(QDialog):
    """Non-modal: the guide stays open beside the work it explains."""

    def __init__(self, parent: QWidget | None = None, *, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.folder = folder or guide_dir()
        self.setWindowTitle(self.tr("Handleiding"))
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Terug"))
        self.back_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Back))
        self.back_button.setToolTip(self.tr("Vorige pagina (Alt+Links)"))
        self.home_button = QPushButton(self.tr("Inhoud"))
        self.home_button.setToolTip(self.tr("De inhoudstafel van de handleiding"))
        bar.addWidget(self.back_button)
        bar.addWidget(self.home_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.browser = GuideBrowser()
        self.browser.setAccessibleName(self.tr("Handleiding"))
        self.browser.setOpenExternalLinks(True)
        layout.addWidget(self.browser, 1)
        self.back_button.clicked.connect(self.browser.backward)
        self.home_button.clicked.connect(self.show_index)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.back_button.setEnabled(False)
        resize_to_fit(self, 960, 680)
        self.show_index()

    @property
    def page(self) -> str:
        """The file name of the page shown (e.g. "aanvraag.md")."""
        return Path(self.browser.source().toLocalFile()).name

    @Slot()
    def show_index(self) -> None:
        self.show_page(INDEX)

    def show_page(self, name: str) -> None:
        path = self.folder / name
        if not path.is_file():
            self.browser.setPlainText(
                self.tr("De handleiding is niet gevonden in {folder}.").format(folder=self.folder)
            )
            return
        self.browser.setSource(QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource)


__all__ = ["GuideWindow"]
