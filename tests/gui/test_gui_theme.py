"""Dark mode following the system (issue #12 item 6)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.gui.support import main_window
from wsedesk.context import AppContext
from wsedesk.paths import resource
from wsedesk.views.icons import app_icon, icon
from wsedesk.views.theme import apply_color_scheme, follow_system_color_scheme, is_dark, status_colour


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    before = QPalette(qapp.palette())
    yield qapp
    qapp.setPalette(before)  # the palette is the whole application's: leave it as found


def test_a_dark_system_gets_a_dark_window_with_readable_texts(
    qtbot: QtBot, app: QApplication, demo_ctx: AppContext, tmp_path: Path
) -> None:
    apply_color_scheme(app, Qt.ColorScheme.Dark)
    assert is_dark()
    win = main_window(qtbot, demo_ctx, tmp_path)
    win.show()
    palette = win.palette()
    background = palette.color(QPalette.ColorRole.Window)
    assert background.lightness() < 80
    assert contrast(palette.color(QPalette.ColorRole.WindowText), background) >= 7
    assert contrast(palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)) >= 7
    for kind in ("error", "warning", "ok"):
        assert contrast(status_colour(kind), background) >= 4.5, kind
    # The same status colours on the light palette.
    apply_color_scheme(app, Qt.ColorScheme.Light)
    assert not is_dark()
    light = app.palette().color(QPalette.ColorRole.Window)
    for kind in ("error", "warning", "ok"):
        assert contrast(status_colour(kind), light) >= 4.5, kind


def test_the_window_follows_a_switch_of_the_system(app: QApplication) -> None:
    follow_system_color_scheme(app)
    app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert is_dark()
    app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert not is_dark()


def drawn_colour(name: str, colour: QColor | None = None) -> QColor:
    """The colour of the darkest/lightest opaque pixel of an icon at 24 px (its stroke)."""
    image = icon(name, colour).pixmap(24, 24).toImage()
    opaque = [
        image.pixelColor(x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    ]
    assert opaque, f"{name}.svg draws nothing"
    return opaque[0]


def test_every_icon_is_drawn_in_the_themes_text_colour(app: QApplication) -> None:
    names = sorted(p.stem for p in resource("icons").glob("*.svg") if p.stem != "wsedesk")
    assert len(names) >= 15
    for name in names:
        assert drawn_colour(name, QColor("#202020")).name() == "#202020", name
        assert drawn_colour(name, QColor("#e8e8e8")).name() == "#e8e8e8", name
    assert not app_icon().isNull() and app_icon().pixmap(64, 64).toImage().pixelColor(32, 4).alpha() == 255
    apply_color_scheme(app, Qt.ColorScheme.Dark)
    assert drawn_colour("werkbak").lightness() > 200  # light strokes on the dark theme
    apply_color_scheme(app, Qt.ColorScheme.Light)
    assert drawn_colour("werkbak").lightness() < 60


def test_navigation_and_menus_carry_icons(qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path) -> None:
    win = main_window(qtbot, demo_ctx, tmp_path)
    assert all(not win.nav.item(row).icon().isNull() for row in range(win.nav.count()))
    assert not win.save_action.icon().isNull() and not win.guide_action.icon().isNull()
    assert not win.windowIcon().isNull()
