"""The Werkbak's reminders of recognitions (ED-7, ED-8) from guidance assignments, offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.conftest import opened
from tests.gui.support import exposed, shown, sync_ops
from tests.integration.test_intake import imported, provider, recognise
from wsedesk.clock import FixedClock
from wsedesk.context import AppContext
from wsedesk.services import guidance
from wsedesk.views.werkbak import WerkbakPage


@pytest.fixture
def later_ctx(tmp_path: Path) -> Iterator[AppContext]:
    """12 June 2027: two years after a recognition of 12 June 2025 (ED-8)."""
    with opened(f"sqlite:///{tmp_path / 'app.sqlite'}", FixedClock(datetime(2027, 6, 12, 9))) as context:
        yield context


def test_the_werkbak_shows_an_ed8_lapse_in_its_reminders_and_opens_the_dossier(
    qtbot: QtBot, later_ctx: AppContext
) -> None:
    idle = imported(later_ctx, provider("0412.345.614", "Stille Begeleiding", ["44021"])).dossier_id
    busy = imported(later_ctx, provider("0555.000.148", "Drukke Coaching", ["02000"])).dossier_id
    assert idle and busy
    recognise(later_ctx, idle)
    recognise(later_ctx, busy)
    guidance.record_assignment(
        later_ctx, busy, national_number="85073003328", employer_name="Bakkerij bv", start_on=date(2026, 1, 5)
    )
    page = exposed(qtbot, WerkbakPage(later_ctx, sync_ops()), (1300, 700))
    page.list_view.set_team_mode(True)
    page.list_view.load()

    view = page.list_view
    assert [(r.rule_id, r.organisation) for r in view.reminders] == [("ED-8", "Stille Begeleiding")]
    assert view.reminder_button.text() == "1 herinnering" and view.reminder_button.isEnabled()
    [action] = view.reminder_menu.actions()
    assert action.text().startswith("ED-8 Verval voorgesteld: Stille Begeleiding")
    assert "2 opeenvolgende jaren" in action.toolTip()
    opened: list[tuple[str, str]] = []
    page.dossier_opened.connect(lambda d, ref: opened.append((d, ref)))
    action.trigger()
    assert opened and opened[0][0] == idle

    # Another type than ED: no recognitions to remind of.
    view.type_combo.setCurrentIndex(view.type_combo.findData("QR"))
    assert view.reminders == [] and view.reminder_button.text() == "Geen herinneringen"
    assert not view.reminder_button.isEnabled()


def test_the_begeleidingen_tab_lists_ends_and_imports(
    qtbot: QtBot, sqlite_ctx: AppContext, tmp_path: Path
) -> None:
    from PySide6.QtCore import QDate

    from tests.gui.test_gui_accessibility import unnamed_controls
    from tests.personal_data import found_in_text
    from wsedesk.views.dossier_detail import DossierDetailPanel
    from wsedesk.views.guidance_panel import AssignmentDialog

    ctx = sqlite_ctx  # 16 June 2025
    gent = imported(ctx, provider("0412.345.614", "Gentse Jobcoaching", ["44021"], capacity=3)).dossier_id
    pending = imported(ctx, provider("0428.759.497", "Nog In Onderzoek", ["44021"])).dossier_id
    assert gent and pending
    recognise(ctx, gent)
    guidance.record_assignment(
        ctx, gent, national_number="85073003328", employer_name="Bakkerij bv", start_on=date(2025, 6, 13)
    )
    panel = exposed(qtbot, DossierDetailPanel(ctx, sync_ops()), (1100, 650))
    tab = panel.tabs.indexOf(panel.guidance_panel)

    panel.load(pending)  # not recognised: no tab
    assert not panel.tabs.isTabVisible(tab)
    panel.load(gent)
    assert panel.tabs.isTabVisible(tab)
    panel.tabs.setCurrentIndex(tab)
    view = panel.guidance_panel
    assert view.tree.topLevelItemCount() == 1 and view.tree.topLevelItem(0).text(0) == "85.07.30-***.**"
    assert "Vandaag 1 lopende begeleidingen; capaciteit 3, vrij 2" in view.summary_label.text()
    assert not view.end_button.isEnabled()
    assert unnamed_controls(view) == []

    view.tree.setCurrentItem(view.tree.topLevelItem(0))
    view.end_edit.setDate(QDate(2025, 6, 15))
    qtbot.mouseClick(view.end_button, Qt.MouseButton.LeftButton)
    assert view.tree.topLevelItem(0).text(3) == "15/06/2025"
    assert "vrij 3" in view.summary_label.text()

    good = tmp_path / "lijst.csv"
    good.write_text(
        "Dienstverlener;Rijksregisternummer;Werkgever;Begin\n0412345614;92011517850;Garage Noord;01/06/2025\n",
        encoding="utf-8",
    )
    view.import_file(str(good))
    assert view.tree.topLevelItemCount() == 2 and "1 nieuw" in view.message.text()
    bad = tmp_path / "fout.csv"
    bad.write_text(
        "Dienstverlener;Rijksregisternummer;Werkgever;Begin\n0412345614;85073003329;Garage Noord;01/06/2025\n",
        encoding="utf-8",
    )
    view.import_file(str(bad))
    assert (
        "niets geïmporteerd" in view.message.text()
        and "rij 2, kolom 'Rijksregisternummer'" in view.message.text()
    )
    assert found_in_text(view.message.text()) == [] and view.tree.topLevelItemCount() == 2

    dialog = shown(qtbot, AssignmentDialog(date(2025, 6, 16), view))
    assert unnamed_controls(dialog) == []
    dialog.number_edit.setText("85.07.30-033.28")
    dialog.employer_edit.setText("Bakkerij bv")
    assert dialog.values()["start_on"] == date(2025, 6, 16) and dialog.values()["end_on"] is None
    dialog.hide()
