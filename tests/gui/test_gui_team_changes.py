"""A colleague's commit in another program refreshes this window (PostgreSQL: NOTIFY; SQLite: focus)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui.support import main_window
from tests.integration.test_team_changes import colleague_reports_a_change, ed_dossier
from wsedesk.context import AppContext
from wsedesk.services.changes import Changes
from wsedesk.services.demo import generate_demo


def test_a_colleagues_change_is_announced_in_the_window(
    qtbot: QtBot, ctx: AppContext, db_url: str, tmp_path: Path
) -> None:
    generate_demo(ctx, dossiers=40, seed=3)
    win = main_window(qtbot, ctx, tmp_path)
    dossier_id, reference = ed_dossier(ctx)
    if ctx.db.is_sqlite:
        colleague_reports_a_change(db_url, reference)
        with qtbot.waitSignal(win.events.changed, check_params_cb=lambda c: c.touches("remote")) as blocker:
            win.team_watch._on_application_state_changed(Qt.ApplicationState.ApplicationActive)  # focus back
        changes: Changes = blocker.args[0]
        assert changes.touches("everything", "dossier")
    else:
        qtbot.waitUntil(win.team_watch.ready.is_set, timeout=60_000)
        with qtbot.waitSignal(win.events.changed, timeout=120_000) as blocker:
            colleague_reports_a_change(db_url, reference)
        changes = blocker.args[0]
        assert changes.touches("remote", "dossier") and changes.dossier_ids == {dossier_id}
    win.close()
    assert win.team_watch._thread is None
