"""Accessible names (issue #12 item 6): every control a screen reader reaches says what it is.

A control has a name when it shows a text (a button, a check box), when a label is its buddy, or
when it has an accessible name of its own (a search field, a filter, a list, an icon button).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.gui.support import shown_window
from wsedesk.context import AppContext
from wsedesk.views.main_window import MainWindow

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
)


def _inside_another_control(widget: QWidget, root: QWidget) -> bool:
    """The line edit of a combo or spin box, a table's header buttons: part of their control."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, CONTROLS):
            return True
        parent = parent.parentWidget()
    return False


def unnamed_controls(root: QWidget) -> list[str]:
    buddies = {label.buddy() for label in root.findChildren(QLabel) if label.buddy() is not None}
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(root):
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or _inside_another_control(widget, root):
            continue
        if widget.objectName().startswith("qt_"):  # Qt's own parts (a scroll area's corner…)
            continue
        named = bool(widget.accessibleName()) or widget in buddies
        if isinstance(widget, QAbstractButton):
            named = named or bool(widget.text().replace("&", "").strip())
        if not named:
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} tooltip={widget.toolTip()!r}")
    return missing


@pytest.fixture
def window(qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path) -> MainWindow:
    return shown_window(qtbot, demo_ctx, tmp_path)


def test_every_control_of_every_page_has_a_name(window: MainWindow) -> None:
    missing: dict[int, list[str]] = {}
    for row, page in enumerate(window.pages):
        window.show_page(row)
        found = set(unnamed_controls(page))
        for tabs in page.findChildren(QTabWidget):  # every tab, not only the one shown first
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                found |= set(unnamed_controls(page))
        if found:
            missing[row] = sorted(found)
    assert window.nav.accessibleName()
    assert not missing, "\n".join(f"page {row}: {m}" for row, ms in missing.items() for m in ms)


def test_the_dialogs_controls_have_names(qtbot: QtBot, window: MainWindow, demo_ctx: AppContext) -> None:
    from wsedesk.services.organisations import OrganisationFilter, list_organisations
    from wsedesk.views.audit_dialogs import OrganisationAuditDialog, WholeTrailDialog
    from wsedesk.views.intake_wizard import IntakeWizard
    from wsedesk.views.organisation_dialogs import (
        CloseDialog,
        EstablishmentDialog,
        MergeDialog,
        OrganisationDialog,
    )
    from wsedesk.views.qr_wizard import QrWizard
    from wsedesk.views.settings_dialog import SettingsDialog
    from wsedesk.views.tender_dialogs import ProofApplicationDialog, TenderPartnerDialog
    from wsedesk.views.term_calculator import TermCalculatorDialog
    from wsedesk.views.users_dialog import UserDialog

    dialogs: list[QWidget] = [
        SettingsDialog(demo_ctx, window),
        TermCalculatorDialog(demo_ctx, window),
        UserDialog(demo_ctx, window.ops, None, window),
        IntakeWizard(demo_ctx, window.ops, window),
    ]
    org = list_organisations(demo_ctx, OrganisationFilter(), limit=1)[0].id
    merge = MergeDialog(demo_ctx, window.ops, org, window)
    merge.picker.search("vzw")
    merge.picker.results_list.setCurrentRow(0)  # the preview and the fields to take over
    dialogs += [
        OrganisationDialog(demo_ctx, window.ops, None, window),
        OrganisationDialog(demo_ctx, window.ops, org, window),
        EstablishmentDialog(demo_ctx, window.ops, org, window),
        CloseDialog(demo_ctx, window.ops, org, establishment=True, parent=window),
        merge,
        TenderPartnerDialog(demo_ctx, window.ops, org, window),
        ProofApplicationDialog(demo_ctx, window.ops, None, window),
        OrganisationAuditDialog(demo_ctx, org, "Organisatie", window),
        WholeTrailDialog(demo_ctx, window),
    ]
    qr = QrWizard(demo_ctx, window.ops, window)
    dialogs += [qr, qr.proof_page, qr.registration_page]  # each page of the wizard, shown on its own
    missing = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        found = set(unnamed_controls(dialog))
        for tabs in dialog.findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                found |= set(unnamed_controls(dialog))
        missing += [f"{type(dialog).__name__}: {m}" for m in sorted(found)]
        dialog.hide()
    assert not missing, "\n".join(missing)
