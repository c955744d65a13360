"""Encrypting an existing local database, and back: `wsedesk db encrypt` / `wsedesk db decrypt`.

Who may: a team lead of the database, or the local owner — the account the SQLite file belongs to
(on a laptop, the inspector whose database it is). First a backup (in `backups/` beside the file,
in the file's current form); then storage/encryption.py `convert_file` rewrites the file beside
itself and swaps it in one rename. After encrypting, no plain copy is left behind: that backup and
the rolling automatic backups and the upgrade backups beside the file are encrypted too. The conversion is recorded in the audit trail.
The context's database is closed afterwards: open it again to go on working.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from wsedesk.errors import BadInputError, PermissionDeniedError
from wsedesk.i18n import N_
from wsedesk.rules.roles import Role
from wsedesk.services.backup import auto_backup_dir
from wsedesk.services.changes import Changes
from wsedesk.storage import audit
from wsedesk.storage.backup import write_backup
from wsedesk.storage.encryption import convert_file, is_encrypted_file

if TYPE_CHECKING:
    from wsedesk.context import AppContext


_SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class ConversionResult:
    path: Path
    encrypted: bool  # the file is now encrypted (True) or plain (False)
    backup: Path  # written before the conversion (encrypted afterwards when encrypting)
    rows: int
    backups_encrypted: tuple[Path, ...]  # earlier plain backups beside the file, now encrypted
    changes: Changes


def owned_by_this_account(path: Path) -> bool:
    """The file belongs to the account running the program (POSIX: its owner; elsewhere: in its home)."""
    getuid = getattr(os, "geteuid", None)
    if getuid is not None:
        return path.stat().st_uid == getuid()
    return path.resolve().is_relative_to(Path.home().resolve())


def plain_copies(path: Path) -> list[Path]:
    """The plain SQLite copies the program wrote of `path`: in `backups/` and the upgrade backups beside it."""
    candidates = [
        *auto_backup_dir(path).glob(f"{path.stem}.*.sqlite"),
        *path.parent.glob(f"{path.stem}.voor-upgrade-*"),
    ]
    return sorted(
        p
        for p in candidates
        if p.is_file() and p.stat().st_size and not p.name.endswith(_SIDE_FILES) and not is_encrypted_file(p)
    )


def encrypt_database(ctx: AppContext) -> ConversionResult:
    """Encrypt the open local SQLite database with this installation's key (see the module doc)."""
    return _convert(ctx, encrypt=True)


def decrypt_database(ctx: AppContext) -> ConversionResult:
    """Turn the open encrypted local SQLite database into a plain file (see the module doc)."""
    return _convert(ctx, encrypt=False)


def _convert(ctx: AppContext, *, encrypt: bool) -> ConversionResult:
    path = ctx.db.sqlite_path
    where = N_("Database")
    if path is None or ctx.offline:
        raise BadInputError(
            N_(
                "Enkel het lokale databasebestand wordt zo versleuteld; een PostgreSQL-server beveiligt zijn "
                "schijf zelf, een bezoekpakket wordt versleuteld bij het uitchecken."
            ),
            where=where,
        )
    if is_encrypted_file(path) == encrypt:
        raise BadInputError(
            (N_("'{p}' is al versleuteld.") if encrypt else N_("'{p}' is niet versleuteld.")).format(
                p=path.name
            ),
            where=where,
        )
    if not (ctx.user.has(Role.TEAMVERANTWOORDELIJKE) or owned_by_this_account(path)):
        raise PermissionDeniedError(
            N_(
                "Enkel een teamverantwoordelijke of de eigenaar van het bestand versleutelt of ontsleutelt de "
                "database."
            )
        )
    with ctx.uow(write=True) as uow:
        audit.record(
            uow.session, "encrypt" if encrypt else "decrypt", "database", path.name, {"file": path.name}
        )
        uow.commit()
    folder = auto_backup_dir(path)
    folder.mkdir(mode=0o700, exist_ok=True)
    verb = "versleutelen" if encrypt else "ontsleutelen"
    before = write_backup(
        ctx.db, folder / f"{path.stem}.voor-{verb}-{ctx.clock.now():%Y%m%d-%H%M%S}.sqlite"
    ).path
    ctx.db.dispose()
    rows = convert_file(path, encrypt=encrypt)
    converted: list[Path] = []
    if encrypt:  # leave no plain copy behind: the backup just written, the automatic ones, the upgrade ones
        for old in plain_copies(path):
            convert_file(old, encrypt=True)
            converted.append(old)
    return ConversionResult(path, encrypt, before, rows, tuple(converted), Changes.of("database"))
