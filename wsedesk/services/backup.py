"""Backups as use cases: one on request, rolling automatic ones of the local file, and restores.

Restoring replaces a whole database, so it is a team lead's action: the restoring login must be
an active team lead in the backup being put back (and in the database it replaces, when that
can still be read). Restoring over a database that is not empty needs `overwrite=True`.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from wsedesk.errors import DatabaseError, PermissionDeniedError
from wsedesk.i18n import N_
from wsedesk.models import AuditHead, User
from wsedesk.rules.roles import Role
from wsedesk.storage.backup import BackupInfo, write_backup
from wsedesk.storage.engine import connect, parse_url
from wsedesk.storage.restore import RestoreResult, backup_team_leads, restore_database

if TYPE_CHECKING:
    from wsedesk.context import AppContext

log = logging.getLogger(__name__)

AUTO_DIR_NAME = "backups"
AUTO_INTERVAL = timedelta(hours=20)  # about once a working day
_AUTO_NAME = re.compile(r"^(?P<stem>.+)\.auto-(?P<stamp>\d{8}-\d{6})\.sqlite$")


def backup(ctx: AppContext, target: Path) -> BackupInfo:
    """A consistent copy of the open database (anyone may take one: it holds what they can read)."""
    return write_backup(ctx.db, target)


def auto_backup_dir(db_path: Path) -> Path:
    return db_path.parent / AUTO_DIR_NAME


@dataclass(frozen=True)
class AutoBackup:
    written: Path | None
    removed: tuple[Path, ...]


def rolling_backup(ctx: AppContext, *, keep: int | None = None) -> AutoBackup:
    """Once a working day, a copy of the local SQLite file in `backups/` beside it; keep the newest `keep`."""
    path = ctx.db.sqlite_path
    keep = ctx.settings.auto_backups if keep is None else keep
    if path is None or keep <= 0:
        return AutoBackup(None, ())
    with ctx.uow() as uow:
        head = uow.session.get(AuditHead, 1)
    if head is None or head.seq == 0:
        return AutoBackup(None, ())  # nothing worth keeping yet
    folder = auto_backup_dir(path)
    now = ctx.clock.now()
    existing = _auto_backups(folder, path.stem)
    if existing and now - existing[-1][0] < AUTO_INTERVAL:
        return AutoBackup(None, ())
    folder.mkdir(mode=0o700, exist_ok=True)
    target = folder / f"{path.stem}.auto-{now:%Y%m%d-%H%M%S}.sqlite"
    if target.exists():
        return AutoBackup(None, ())
    written = write_backup(ctx.db, target).path
    removed: list[Path] = []
    for _stamp, old in _auto_backups(folder, path.stem)[:-keep]:
        for file in (old, old.with_name(old.name + ".anker.json")):
            file.unlink(missing_ok=True)
        removed.append(old)
    log.info("Automatic backup %s written; %d older removed", written, len(removed))
    return AutoBackup(written, tuple(removed))


def _auto_backups(folder: Path, stem: str) -> list[tuple[datetime, Path]]:
    found: list[tuple[datetime, Path]] = []
    if folder.is_dir():
        for file in folder.iterdir():
            match = _AUTO_NAME.match(file.name)
            if match and match["stem"] == stem:
                found.append((datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S"), file))
    return sorted(found)


def _leads_in(url: str) -> set[str] | None:
    """Active team leads of the database at `url`, or None when it cannot be read (empty, damaged)."""
    try:
        db = connect(url, create=False)
    except DatabaseError:
        return None
    try:
        with db.read_sessions() as session:
            users = session.scalars(select(User).where(User.active)).all()
            return {u.login for u in users if Role.TEAMVERANTWOORDELIJKE.value in u.roles}
    except Exception:  # no schema yet, or a foreign database: nothing to ask
        return None
    finally:
        db.dispose()


def restore_backup(source: Path, target_url: str, *, login: str, overwrite: bool = False) -> RestoreResult:
    """Put a backup back into `target_url`, as `login` — who must be a team lead (checked here)."""
    leads = backup_team_leads(source)
    if login not in leads:
        raise PermissionDeniedError(
            N_(
                "Enkel een teamverantwoordelijke zet een backup terug; '{login}' is dat niet in deze backup."
            ).format(login=login)
        )
    url = parse_url(target_url)
    if overwrite and not (url.drivername.startswith("sqlite") and not Path(str(url.database)).exists()):
        current = _leads_in(target_url)
        if current is not None and current and login not in current:
            raise PermissionDeniedError(
                N_(
                    "Enkel een teamverantwoordelijke van de database die vervangen wordt mag ze "
                    "overschrijven; '{login}' is dat niet."
                ).format(login=login)
            )
    return restore_database(source, target_url, overwrite=overwrite)
