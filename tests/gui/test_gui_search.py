"""Ctrl+K, search everywhere (#12 item 1): as you type, on a big database, diacritics ignored.

The big database is built once per test session: 10,000 dossiers in the quick suite, 100,000
with WSEDESK_LONG=1 (about a minute to build on a free machine; see docs/gui.md).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import TEST_NOW, opened
from tests.gui.support import shown_window
from tests.gui.test_gui_accessibility import unnamed_controls
from wsedesk.clock import FixedClock
from wsedesk.context import AppContext
from wsedesk.services.search import search
from wsedesk.views.main_window import DOSSIERS, MainWindow
from wsedesk.views.search_popup import SearchPopup

BIG = 100_000 if os.environ.get("WSEDESK_LONG") == "1" else 10_000


@pytest.fixture(scope="session")
def big_db_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from wsedesk.services.demo import generate_demo

    path = tmp_path_factory.mktemp("groot") / "groot.sqlite"
    with opened(f"sqlite:///{path}", FixedClock(TEST_NOW)) as ctx:
        generate_demo(ctx, dossiers=BIG, seed=1)
    return path


@pytest.fixture
def big_ctx(big_db_file: Path, clock: FixedClock) -> Iterator[AppContext]:
    # Read only here: the session's file is shared, no copy needed.
    with opened(f"sqlite:///{big_db_file}", clock) as ctx:
        yield ctx


@pytest.fixture
def window(qtbot: QtBot, big_ctx: AppContext, tmp_path: Path) -> MainWindow:
    return shown_window(qtbot, big_ctx, tmp_path)


def _open_popup(qtbot: QtBot, window: MainWindow) -> SearchPopup:
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    popup = window.search_popup
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    # The field has the popup's focus (keyboard input goes there once the window is active).
    qtbot.waitUntil(lambda: popup.focusWidget() is popup.field)
    return popup


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Key by key, as a user types; QTest only knows ASCII keys, so 'ü' comes as a key event's text."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClick(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def _shown(popup: SearchPopup) -> list[tuple[str, str]]:
    assert popup.last_result is not None
    return [(h.kind, h.label) for h in popup.last_result.hits]


def test_search_as_you_type_on_a_big_database_finds_diacritic_variants(
    qtbot: QtBot, window: MainWindow
) -> None:
    popup = _open_popup(qtbot, window)
    timings: list[float] = []
    popup.results_shown.connect(timings.append)
    found: dict[str, list[tuple[str, str]]] = {}
    for typed in ("Emmaus", "emmaüs", "EMMAÜS", "Öztürk", "ozturk", "sint niklaas", "Sint-Niklaas"):
        popup.field.clear()
        type_text(qtbot, popup.field, typed)
        qtbot.waitUntil(lambda t=typed: popup.last_result is not None and popup.last_result.text == t)
        found[typed] = _shown(popup)
    assert found["Emmaus"] == found["emmaüs"] == found["EMMAÜS"]
    assert any(kind == "organisation" and "Emmaüs" in label for kind, label in found["Emmaus"])
    assert any(kind == "dossier" for kind, _ in found["Emmaus"])
    assert found["Öztürk"] == found["ozturk"]
    assert {"person", "organisation"} <= {kind for kind, _ in found["Öztürk"]}
    assert found["sint niklaas"] == found["Sint-Niklaas"] != []
    assert popup.results.topLevelItemCount() > 0 and popup.status.text().endswith("Enter opent het gekozen.")
    # One search per pause in typing, not one per keystroke; each shown well within a keystroke.
    assert 7 <= len(timings) <= 14
    assert max(timings) < 1000


def test_enter_opens_the_dossier_and_a_number_finds_its_organisation(
    qtbot: QtBot, window: MainWindow
) -> None:
    popup = _open_popup(qtbot, window)
    qtbot.keyClicks(popup.field, "emmaus kwaliteitsregistratie")
    qtbot.waitUntil(lambda: popup.last_result is not None and popup.last_result.text.endswith("registratie"))
    first = popup.last_result.hits[0] if popup.last_result else None
    assert first is not None and first.kind == "dossier"
    qtbot.keyClick(popup.field, Qt.Key.Key_Down)
    qtbot.keyClick(popup.field, Qt.Key.Key_Up)
    qtbot.keyClick(popup.field, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert window.stack.currentIndex() == DOSSIERS
    qtbot.waitUntil(lambda: window.dossiers_page.detail.reference_label.text() == first.label)

    popup = _open_popup(qtbot, window)
    assert popup.field.selectedText() == "emmaus kwaliteitsregistratie"  # typing replaces the last search
    [org] = search(window._ctx, "emmaus", kinds=("organisation",), per_kind=1).hits
    number = org_number(window, org.id)
    qtbot.keyClicks(popup.field, f"BE {number[1:4]} {number[4:7]} {number[7:]}")
    qtbot.waitUntil(lambda: popup.last_result is not None and popup.last_result.text.startswith("BE "))
    assert [(h.kind, h.id, h.field) for h in popup.last_result.hits] == [
        ("organisation", org.id, "ondernemingsnummer")
    ]
    qtbot.keyClick(popup.field, Qt.Key.Key_Escape)
    assert not popup.isVisible()


def org_number(window: MainWindow, organisation_id: str) -> str:
    from wsedesk.services.organisations import get_organisation

    return get_organisation(window._ctx, organisation_id).enterprise_number.replace(".", "")


def test_the_popup_names_its_controls_and_sits_in_the_extra_menu(qtbot: QtBot, window: MainWindow) -> None:
    popup = _open_popup(qtbot, window)
    qtbot.keyClicks(popup.field, "kring")
    qtbot.waitUntil(lambda: popup.last_result is not None and popup.last_result.text == "kring")
    assert unnamed_controls(popup) == []
    action = window.search_everywhere_action
    assert action.shortcut().toString() == "Ctrl+K"
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    extra = next(m for m in menus if m.title().replace("&", "") == "Extra")
    assert action in extra.actions()
