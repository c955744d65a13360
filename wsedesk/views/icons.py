"""The program's icons: simple line drawings in resources/icons/*.svg, in the text colour of the theme.

The drawings stroke with `currentColor`; `icon(name)` puts in the palette's text colour (dark on a
light theme, light on a dark one) and renders them at 1× and 2×, so they stay sharp on high-DPI
screens. `app_icon()` is the window icon, in its own colours.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from wsedesk.paths import resource

SIZES = (16, 24, 32, 48)
_cache: dict[tuple[str, str], QIcon] = {}


def _svg(name: str) -> bytes:
    return resource("icons", f"{name}.svg").read_bytes()


def icon(name: str, colour: QColor | None = None) -> QIcon:
    """resources/icons/<name>.svg drawn in `colour` (default: the palette's window text colour)."""
    colour = colour or QGuiApplication.palette().color(QPalette.ColorRole.WindowText)
    key = (name, colour.name())
    cached = _cache.get(key)
    if cached is not None:
        return cached
    result = _render(_svg(name).replace(b"currentColor", colour.name().encode()), SIZES)
    _cache[key] = result
    return result


def _render(data: bytes, sizes: tuple[int, ...]) -> QIcon:
    """The drawing rendered at each size (sharp, not a scaled bitmap)."""
    renderer = QSvgRenderer(QByteArray(data))
    result = QIcon()
    for size in sizes:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        result.addPixmap(pixmap)
    return result


def app_icon() -> QIcon:
    """The window icon: a document with a check mark on the department's blue."""
    return _render(_svg("wsedesk"), (16, 24, 32, 48, 64, 128, 256))


__all__ = ["app_icon", "icon"]
