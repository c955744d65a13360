"""Light or dark, as the system says (Qt 6.5+ `QStyleHints.colorScheme()`), and colours that read on both.

app.py calls `follow_system_color_scheme` once: the Fusion style gets a dark palette when the
system is dark, the standard one otherwise, and follows a change while the program runs. Views
that colour a text (an error, a term that was missed) take it from `status_colour`, which picks
a lighter shade on a dark background, instead of a fixed dark red that vanishes there.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

# The colour of a status text on a light background, and on a dark one.
_STATUS_COLOURS: dict[str, tuple[str, str]] = {
    "error": ("#b3261e", "#ff8a80"),
    "warning": ("#8a5300", "#ffcc80"),
    "ok": ("#2e6b30", "#a5d6a7"),
}


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the window background is dark (so texts need light colours)."""
    palette = palette if palette is not None else QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def status_colour(kind: str, palette: QPalette | None = None) -> QColor:
    """ "error", "warning" or "ok", readable on the current background."""
    light, dark = _STATUS_COLOURS[kind]
    return QColor(dark if is_dark(palette) else light)


def status_style(kind: str) -> str:
    """A style sheet for a bold status label (`QLabel.setStyleSheet`)."""
    return f"color: {status_colour(kind).name()}; font-weight: bold;"


def dark_palette() -> QPalette:
    """Fusion's colours for a dark system: dark grey surfaces, light text, a blue highlight."""
    p = QPalette()
    window, base, alternate, text = QColor("#2b2b2b"), QColor("#1f1f1f"), QColor("#333333"), QColor("#e8e8e8")
    disabled = QColor("#8a8a8a")
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: alternate,
        QPalette.ColorRole.ToolTipBase: QColor("#3a3a3a"),
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: disabled,
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: QColor("#353535"),
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor("#ff6b6b"),
        QPalette.ColorRole.Light: QColor("#4a4a4a"),
        QPalette.ColorRole.Midlight: QColor("#3e3e3e"),
        QPalette.ColorRole.Mid: QColor("#2f2f2f"),
        QPalette.ColorRole.Dark: QColor("#191919"),
        QPalette.ColorRole.Shadow: QColor("#000000"),
        QPalette.ColorRole.Highlight: QColor("#3d7bd9"),
        QPalette.ColorRole.HighlightedText: QColor("#ffffff"),
        QPalette.ColorRole.Link: QColor("#8ab4f8"),
        QPalette.ColorRole.LinkVisited: QColor("#c58af9"),
    }
    for role, colour in roles.items():
        p.setColor(role, colour)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return p


def apply_color_scheme(app: QApplication, scheme: Qt.ColorScheme) -> None:
    """The dark palette for a dark system, Fusion's own otherwise."""
    app.setPalette(dark_palette() if scheme == Qt.ColorScheme.Dark else app.style().standardPalette())


def follow_system_color_scheme(app: QApplication) -> None:
    """Now and whenever the system switches between light and dark."""
    hints = app.styleHints()
    apply_color_scheme(app, hints.colorScheme())
    hints.colorSchemeChanged.connect(lambda scheme: apply_color_scheme(app, scheme))


__all__ = [
    "apply_color_scheme",
    "dark_palette",
    "follow_system_color_scheme",
    "is_dark",
    "status_colour",
    "status_style",
]
