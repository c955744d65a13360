"""The Werkbak's reminders of recognitions (ED-7, ED-8) from guidance assignments, offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.gui.support import sync_ops
from tests.integration.test_intake import imported, provider, recognise
from wsedesk.clock import FixedClock
from wsedesk.context import AppContext
from wsedesk.services import guidance
from wsedesk.services.session import open_context
from wsedesk.views.werkbak import WerkbakPage


@pytest.fixture
def later_ctx(tmp_path: Path) -> Iterator[AppContext]:
    """12 June 2027: two years after a recognition of 12 June 2025 (ED-8)."""
    context = open_context(
        f"sqlite:///{tmp_path / 'app.sqlite'}", clock=FixedClock(datetime(2027, 6, 12, 9)), login="tester"
    )
    try:
        yield context
    finally:
        context.close()


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
    page = WerkbakPage(later_ctx, sync_ops())
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    qtbot.waitExposed(page)
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
