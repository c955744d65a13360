"""Keyboard only (issue #12 item 6): a new application from Ctrl+N to the dossier, without the mouse.

Every key goes to the widget that has the focus, as a user's keyboard would; the test checks
after each Tab that the focus went where the form's order says.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWidget, QWizard
from pytestqt.qtbot import QtBot

from tests.gui.support import shown_window
from wsedesk.context import AppContext
from wsedesk.services.dossiers import DossierFilter, list_dossiers
from wsedesk.views.intake_form import (
    PAGE_AREA,
    PAGE_DECLARATION,
    PAGE_PROCEDURE,
    PAGE_SUBCONTRACTORS,
)
from wsedesk.views.intake_wizard import IntakeWizard
from wsedesk.views.main_window import DOSSIERS, MainWindow

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(qtbot: QtBot, sqlite_ctx: AppContext, tmp_path: Path) -> Iterator[MainWindow]:
    win = shown_window(qtbot, sqlite_ctx, tmp_path)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    yield win


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def key(qtbot: QtBot, which: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), which, modifier)


def type_here(qtbot: QtBot, expected: QWidget, text: str) -> None:
    """Type into the focused widget, which must be `expected` (the tab order follows the form)."""
    assert focused() is expected, f"focus on {focused()!r}, expected {expected!r}"
    qtbot.keyClicks(expected, text)


def tab(qtbot: QtBot) -> None:
    key(qtbot, Qt.Key.Key_Tab)


def press_button(qtbot: QtBot, letter: Qt.Key, done: Callable[[], bool]) -> None:
    """A button's mnemonic (Alt+letter): Qt shows the press before it clicks, so wait for the effect."""
    key(qtbot, letter, ALT)
    qtbot.waitUntil(done)


def choose_in_combo(qtbot: QtBot, combo: QComboBox, data: str) -> None:
    """Arrow keys until the wanted entry: a closed combo box steps through its items."""
    assert focused() is combo
    for _ in range(combo.count()):
        if combo.currentData() == data:
            return
        key(qtbot, Qt.Key.Key_Down)
    assert combo.currentData() == data


# Typing a municipality or an area opens a completer popup: offscreen cannot raise it or grab keys.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_a_new_application_by_keyboard_only(qtbot: QtBot, window: MainWindow, sqlite_ctx: AppContext) -> None:
    key(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    wizard = window.findChild(IntakeWizard)
    assert wizard is not None and wizard.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)

    # Part 1: the organisation, field after field with Tab.
    page = wizard.organisation_page
    type_here(qtbot, page.kbo_edit, "0876.543.270")
    tab(qtbot)
    type_here(qtbot, page.name_edit, "Maatwerkbedrijf De Kempen")
    tab(qtbot)
    choose_in_combo(qtbot, page.kind_combo, "maatwerkbedrijf")
    tab(qtbot)
    type_here(qtbot, page.street_edit, "Industrieweg 12")
    tab(qtbot)
    type_here(qtbot, page.postcode_edit, "3600")
    tab(qtbot)
    assert focused() is page.municipality_edit
    if not page.municipality_edit.text():  # the postcode may already have named it
        qtbot.keyClicks(page.municipality_edit, "Genk")
    assert page.municipality_edit.text() == "Genk"
    tab(qtbot)
    type_here(qtbot, page.contact_name_edit, "Els Jacobs")
    tab(qtbot)
    type_here(qtbot, page.contact_email_edit, "els.jacobs@dekempen.be")
    press_button(qtbot, Qt.Key.Key_V, lambda: wizard.currentId() == PAGE_PROCEDURE)  # "&Volgende >"

    # Part 2: the simplified procedure, by its mnemonic.
    # "&Ja, de aanvrager vraagt de vereenvoudigde procedure"
    press_button(qtbot, Qt.Key.Key_J, wizard.procedure_page.yes_radio.isChecked)
    press_button(qtbot, Qt.Key.Key_V, lambda: wizard.currentId() == PAGE_SUBCONTRACTORS)
    press_button(qtbot, Qt.Key.Key_V, lambda: wizard.currentId() == PAGE_AREA)  # no subcontractors

    # Part 4: the working area, the capacity and why.
    area = wizard.area_page
    assert focused() is area.search_edit
    qtbot.keyClicks(area.search_edit, "Heel Vlaanderen (02000)")
    key(qtbot, Qt.Key.Key_Return)
    key(qtbot, Qt.Key.Key_C, ALT)  # "&Capaciteit (tegelijk)"
    assert focused() in (area.capacity_spin, *area.capacity_spin.findChildren(QWidget))
    key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(focused(), "40")
    key(qtbot, Qt.Key.Key_M, ALT)  # "&Motivering"
    type_here(qtbot, area.motivation_edit, "Wij werken vanuit onze zetel in de hele regio.")
    press_button(qtbot, Qt.Key.Key_V, lambda: wizard.currentId() == PAGE_DECLARATION)

    # Part 5: the declaration on honour, then Voltooien.
    declaration = wizard.declaration_page
    key(qtbot, Qt.Key.Key_O, ALT)  # "Ingediend &op": today, as it is
    assert focused() in (declaration.submitted_edit, *declaration.submitted_edit.findChildren(QWidget))
    for _ in range(3):  # in a date field Tab goes day → month → year, then on to the next field
        tab(qtbot)
        if focused() is declaration.agreed_check:
            break
    assert focused() is declaration.agreed_check
    key(qtbot, Qt.Key.Key_Space)
    assert declaration.agreed_check.isChecked()
    key(qtbot, Qt.Key.Key_D, ALT)  # "Ondertekend &door"
    type_here(qtbot, declaration.signed_by_edit, "Els Jacobs, directeur")
    press_button(qtbot, Qt.Key.Key_V, lambda: wizard.registered)  # "&Voltooien"
    reference = wizard.declaration_page.reference_label.text()
    assert reference.startswith("ED-")
    closed: list[int] = []
    wizard.finished.connect(closed.append)
    assert focused() is wizard.button(QWizard.WizardButton.FinishButton)  # the keyboard is not lost
    press_button(qtbot, Qt.Key.Key_S, lambda: bool(closed))  # "&Sluiten"

    # The new dossier is shown on the Dossiers page.
    assert window.stack.currentIndex() == DOSSIERS
    detail = window.dossiers_page.detail
    assert detail.reference_label.text() == reference
    assert [r.reference for r in list_dossiers(sqlite_ctx, DossierFilter(text=reference))] == [reference]
