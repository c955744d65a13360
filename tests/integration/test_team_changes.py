"""A team that sees each other's work: a colleague's commit reaches the other open programs.

The colleague is another process (the `wsedesk change` command), as on a real desk; on
PostgreSQL its commit arrives as a NOTIFY, on SQLite as a changed `PRAGMA data_version`.
"""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.integration.dossier_edits import save_dossier
from wsedesk.context import AppContext
from wsedesk.models import Dossier
from wsedesk.services.changes import Changes
from wsedesk.services.demo import generate_demo
from wsedesk.services.watch import (
    EVERYTHING,
    REMOTE,
    changes_from_file_watch,
    local_file_watch,
    watch_remote_changes,
)
from wsedesk.storage.notify import MAX_IDS, ChangeNotice

ROOT = Path(__file__).resolve().parents[2]


def colleague_reports_a_change(db_url: str, reference: str) -> None:
    """Another program commits: `wsedesk change` registers a change on the dossier."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "wsedesk",
            "change",
            reference,
            "--description",
            "Nieuw adres",
            "--db",
            db_url,
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "USER": "collega"},
        timeout=300,
    )
    assert result.returncode == 0, result.stderr


def ed_dossier(ctx: AppContext) -> tuple[str, str]:
    with ctx.uow() as uow:
        row = uow.session.execute(
            select(Dossier.id, Dossier.reference)
            .where(Dossier.dossier_type == "ED")
            .order_by(Dossier.reference)
        ).first()
    assert row is not None
    return str(row[0]), row[1]


@pytest.fixture
def filled(ctx: AppContext) -> AppContext:
    generate_demo(ctx, dossiers=40, seed=3)
    return ctx


@pytest.fixture
def listener(filled: AppContext) -> Iterator[queue.Queue[Changes]]:
    if filled.db.is_sqlite:
        pytest.skip("LISTEN/NOTIFY is PostgreSQL's")
    received: queue.Queue[Changes] = queue.Queue()
    ready, stop = threading.Event(), threading.Event()
    thread = threading.Thread(
        target=watch_remote_changes, args=(filled, received.put, stop.is_set), kwargs={"on_ready": ready.set}
    )
    thread.start()
    try:
        assert ready.wait(60)
        yield received
    finally:
        stop.set()
        thread.join(60)


def test_a_colleagues_commit_arrives_as_changes_and_ours_does_not(
    filled: AppContext, db_url: str, listener: queue.Queue[Changes]
) -> None:
    dossier_id, reference = ed_dossier(filled)
    # Our own write first: this program announces it itself, so the notice is not handed on.
    save_dossier(filled, dossier_id, {"notes": "x"})
    colleague_reports_a_change(db_url, reference)
    first = listener.get(timeout=60)  # notices arrive in commit order: ours would come first
    assert first.touches(REMOTE, "dossier")
    assert first.dossier_ids == {dossier_id}
    assert not first.touches(EVERYTHING)


def test_a_notice_with_too_many_dossiers_says_everything() -> None:
    ids = frozenset(str(i) for i in range(MAX_IDS + 1))
    notice = ChangeNotice(frozenset({"dossiers"}), frozenset(), True, "elders")
    back = ChangeNotice.from_payload(notice.to_payload())
    assert back == notice and len(notice.to_payload()) < 8000
    small = ChangeNotice(frozenset({"dossiers"}), ids, False, "elders")
    assert len(small.to_payload()) < 8000  # MAX_IDS uuids still fit under PostgreSQL's limit
    assert ChangeNotice.from_payload("{kapot") is None


def test_on_sqlite_a_change_by_another_process_shows_on_focus(filled: AppContext, db_url: str) -> None:
    if not filled.db.is_sqlite:
        pytest.skip("PRAGMA data_version is SQLite's")
    watch = local_file_watch(filled)
    assert watch is not None
    try:
        assert not changes_from_file_watch(watch)  # nothing since the window opened
        colleague_reports_a_change(db_url, ed_dossier(filled)[1])
        changes = changes_from_file_watch(watch)
        assert changes.touches(REMOTE, "dossier") and changes.touches(EVERYTHING)
        assert not changes_from_file_watch(watch)  # told once
    finally:
        watch.close()
