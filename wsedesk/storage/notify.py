"""A team that sees each other's work: what a commit changed, told to the other open programs.

On PostgreSQL every write transaction that changed rows ends with `pg_notify('wsedesk_changes',
payload)`; NOTIFY is transactional, so the message goes out exactly when the commit succeeds and
never for a rollback. The payload is small JSON: the changed tables, the changed dossier ids (or
`"all": true` when there are too many for one message) and the sending process, so a program
ignores its own. `listen_for_changes` (run on a background thread) hands each notice on.

SQLite has no NOTIFY: `SqliteChangeWatch` reads `PRAGMA data_version` on one connection of its
own, which changes when another connection (another process) committed; the window asks it when
it regains focus.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

CHANNEL = "wsedesk_changes"
# PostgreSQL refuses a payload of 8,000 bytes or more; beyond this many ids say "all".
MAX_IDS = 150
# This process: a program ignores the notices of its own commits (it announced them itself).
ORIGIN = uuid.uuid4().hex[:12]

_PENDING = "wsedesk_notify_pending"


@dataclass(frozen=True)
class ChangeNotice:
    """What another program's commit changed."""

    tables: frozenset[str]
    dossier_ids: frozenset[str]
    everything: bool  # too many dossiers for one message: read every open dossier again
    origin: str

    def to_payload(self) -> str:
        body: dict[str, Any] = {"o": self.origin, "t": sorted(self.tables)}
        if self.everything:
            body["all"] = True
        else:
            body["d"] = sorted(self.dossier_ids)
        return json.dumps(body, separators=(",", ":"))

    @classmethod
    def from_payload(cls, payload: str) -> ChangeNotice | None:
        """The notice in a payload; None for one that is not ours or not readable."""
        try:
            body = json.loads(payload)
            return cls(
                tables=frozenset(str(t) for t in body.get("t", ())),
                dossier_ids=frozenset(str(d) for d in body.get("d", ())),
                everything=bool(body.get("all", False)),
                origin=str(body["o"]),
            )
        except (ValueError, KeyError, TypeError, AttributeError):
            log.warning("Ignored a change notice that could not be read")
            return None


def _dossier_id(obj: Any, table: str) -> str | None:
    if table == "dossiers":
        return str(obj.id) if obj.id is not None else None
    value = getattr(obj, "dossier_id", None)
    return str(value) if value is not None else None


def install_notify_listener(session_factory: Any) -> None:
    """Collect what each flush of a PostgreSQL session changed and NOTIFY it before the commit."""

    @event.listens_for(session_factory, "after_flush")
    def _after_flush(session: Session, _ctx: Any) -> None:
        if session.get_bind().dialect.name != "postgresql":
            return
        tables, dossiers = session.info.setdefault(_PENDING, (set(), set()))
        for obj in (*session.new, *session.dirty, *session.deleted):
            mapper = getattr(obj, "__mapper__", None)
            if mapper is None:
                continue
            table = str(mapper.local_table.name)
            if table in ("audit_log", "audit_head"):
                continue
            tables.add(table)
            found = _dossier_id(obj, table)
            if found:
                dossiers.add(found)

    @event.listens_for(session_factory, "before_commit")
    def _before_commit(session: Session) -> None:
        pending = session.info.pop(_PENDING, None)
        if not pending or not pending[0]:
            return
        tables, dossiers = pending
        notice = ChangeNotice(
            frozenset(tables),
            frozenset(dossiers) if len(dossiers) <= MAX_IDS else frozenset(),
            len(dossiers) > MAX_IDS,
            ORIGIN,
        )
        session.execute(
            text("SELECT pg_notify(:channel, :payload)"), {"channel": CHANNEL, "payload": notice.to_payload()}
        )

    @event.listens_for(session_factory, "after_rollback")
    def _after_rollback(session: Session) -> None:
        session.info.pop(_PENDING, None)


def listen_for_changes(
    url: URL,
    on_notice: Callable[[ChangeNotice], None],
    should_stop: Callable[[], bool],
    *,
    poll_seconds: float = 0.5,
    on_ready: Callable[[], None] | None = None,
) -> None:
    """LISTEN on its own connection until `should_stop()`; each other program's notice to `on_notice`.

    Meant for one long-lived background thread. Raises psycopg.Error when the server goes away;
    the caller decides whether to start again.
    """
    import psycopg

    params = url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(params, autocommit=True) as conn:
        conn.execute(f"LISTEN {CHANNEL}")
        if on_ready is not None:
            on_ready()
        while not should_stop():
            for message in conn.notifies(timeout=poll_seconds, stop_after=50):
                notice = ChangeNotice.from_payload(message.payload)
                if notice is not None and notice.origin != ORIGIN:
                    on_notice(notice)


class SqliteChangeWatch:
    """`changed()` is True once after another connection committed to the SQLite file."""

    def __init__(self, path: Path) -> None:
        self._conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._seen = self._version()

    def _version(self) -> int:
        row = self._conn.execute("PRAGMA data_version").fetchone()
        return int(row[0])

    def changed(self) -> bool:
        version = self._version()
        if version == self._seen:
            return False
        self._seen = version
        return True

    def close(self) -> None:
        self._conn.close()
