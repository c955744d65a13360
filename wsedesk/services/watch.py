"""Colleagues' changes as `Changes`, so open lists and dossiers refresh (issue #12 item 5).

PostgreSQL: `watch_remote_changes` runs on one long-lived background thread, listening for the
notices every commit sends (storage/notify.py), and hands each as `Changes` to a callback that
passes it to the GUI thread. SQLite: `local_file_watch` gives a watch the window asks when it
regains focus. Both are Qt-free; views/ wires them to the one `changed(Changes)` signal.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from wsedesk.services.changes import Changes
from wsedesk.storage.notify import ChangeNotice, SqliteChangeWatch, listen_for_changes

if TYPE_CHECKING:
    from wsedesk.context import AppContext

# Which `Changes` kinds a changed table stands for (the kinds the services announce).
TABLE_KINDS: dict[str, tuple[str, ...]] = {
    "dossiers": ("dossier",),
    "dossier_events": ("dossier",),
    "documents": ("dossier", "documents"),
    "dossier_terms": ("dossier", "terms"),
    "suspensions": ("dossier", "terms"),
    "organisations": ("organisation",),
    "establishments": ("organisation",),
    "persons": ("organisation",),
    "users": ("user",),
    "quality_labels": ("quality_label",),
    "quality_label_publications": ("quality_label",),
    "audit_organisations": ("audit_organisation",),
    "quality_registrations": ("dossier", "organisation"),
    "recognition_applications": ("dossier",),
    "supervisors": ("dossier",),
    "subcontractors": ("dossier",),
    "working_areas": ("dossier",),
    "condition_changes": ("dossier",),
    "report_submissions": ("dossier", "reports"),
    "report_values": ("reports",),
    "calendar_days": ("calendar", "terms"),
    "term_settings": ("terms",),
}
REMOTE = "remote"  # every colleague's change carries this kind
EVERYTHING = "everything"  # too many dossiers for one notice: read every open one again


def changes_from_notice(notice: ChangeNotice) -> Changes:
    kinds = {REMOTE}
    for table in notice.tables:
        kinds.update(TABLE_KINDS.get(table, (table,)))
    if notice.everything:
        kinds.add(EVERYTHING)
    return Changes.of(*kinds, dossier_ids=notice.dossier_ids)


def watch_remote_changes(
    ctx: AppContext,
    on_changes: Callable[[Changes], None],
    should_stop: Callable[[], bool],
    *,
    on_ready: Callable[[], None] | None = None,
) -> None:
    """Until `should_stop()`: every other program's commit to this PostgreSQL database as Changes."""
    if ctx.db.is_sqlite:
        return
    listen_for_changes(
        ctx.db.url,
        lambda notice: on_changes(changes_from_notice(notice)),
        should_stop,
        on_ready=on_ready,
    )


def local_file_watch(ctx: AppContext) -> SqliteChangeWatch | None:
    """For SQLite: a watch whose `changed()` says another process committed since the last ask."""
    path = ctx.db.sqlite_path
    return SqliteChangeWatch(path) if path is not None else None


def changes_from_file_watch(watch: SqliteChangeWatch) -> Changes:
    """What to refresh after another process wrote the file: it does not say, so everything."""
    return (
        Changes.of(REMOTE, EVERYTHING, "dossier", "organisation", "terms", "user")
        if watch.changed()
        else Changes()
    )
