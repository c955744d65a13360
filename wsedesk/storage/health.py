"""A damaged SQLite file is noticed when it is opened, before anything is written to it.

Checked read-only, in this order: the header (a SQLite file at all; page size; the file as long
as the header says), SQLite's own `quick_check` (every page and index readable and consistent;
files above a size limit get only the schema read, to keep start-up fast), and the audit anchor
(storage/anchor.py): a head older than the anchor means the newest transactions are gone — a
lost `-wal` of a hot database, or an older copy put in the file's place.
"""

from __future__ import annotations

import logging
import sqlite3
import struct
from pathlib import Path
from typing import Any

from wsedesk.errors import DatabaseError
from wsedesk.storage.anchor import Anchor, claimed_anchor, read_anchor, sqlite_anchor_path
from wsedesk.storage.encryption import PLAIN_HEADER, is_encrypted_file, open_sqlite_file

log = logging.getLogger(__name__)

# quick_check reads every page: ~35 ms for a 5 MB file here; above this size only the schema is read.
FULL_CHECK_MAX_BYTES = 256 * 1024 * 1024


class DamagedDatabaseError(DatabaseError):
    """The file is damaged or lost data; the message says how to restore it."""


def damaged(path: Path, why: str) -> DamagedDatabaseError:
    return DamagedDatabaseError(
        f"De database '{path}' is beschadigd: {why}. Er is niets aan gewijzigd. Zet de laatste "
        f"backup terug met 'wsedesk db restore BACKUP --to {path} --overwrite' (docs/database.md), "
        "of vraag de helpdesk om hulp."
    )


def _header_problem(path: Path, size: int) -> str | None:
    with path.open("rb") as f:
        header = f.read(100)
    if len(header) < 100 or header[:16] != PLAIN_HEADER:
        return "het bestand begint niet als een SQLite-database (afgekapt of overschreven)"
    (page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return "de kop van het bestand is ongeldig (paginagrootte)"
    if size % page_size:
        return "het bestand is afgekapt (geen geheel aantal pagina's)"
    change_counter, pages = struct.unpack(">II", header[24:32])
    (valid_for,) = struct.unpack(">I", header[92:96])
    if valid_for == change_counter and pages * page_size > size:
        return f"het bestand is afgekapt ({size // page_size} van de {pages} pagina's over)"
    return None


def verify_sqlite_file(path: Path, *, full_check_max_bytes: int = FULL_CHECK_MAX_BYTES) -> None:
    """Raise DamagedDatabaseError when the existing file at `path` is damaged or lost its newest data."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    anchor_file = sqlite_anchor_path(path)
    if size == 0:
        if _trusted_anchor_beyond(anchor_file, 0) is not None:
            raise damaged(path, "het bestand is leeg, maar er waren al wijzigingen in opgeslagen")
        return
    encrypted = is_encrypted_file(path)
    if not encrypted:  # an encrypted file's header is noise to all but SQLCipher
        problem = _header_problem(path, size)
        if problem:
            raise damaged(path, problem)
    try:
        conn = open_sqlite_file(path, readonly=True)
    except sqlite3.Error as exc:
        raise damaged(path, f"SQLite kan het niet openen ({exc})") from None
    except DatabaseError as exc:  # encrypted with another key, or neither encrypted nor SQLite
        raise damaged(
            path, "het is geen SQLite-bestand en opent niet met de sleutel van deze installatie"
        ) from exc
    try:
        if size <= full_check_max_bytes:
            result = [str(r[0]) for r in conn.execute("PRAGMA quick_check(5)")]
            if result != ["ok"]:
                raise damaged(path, "de integriteitscontrole faalt (" + "; ".join(result[:3]) + ")")
        else:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        head = _audit_head(conn)
    except Exception as exc:  # sqlite3's or sqlcipher3's DatabaseError: the same verdict
        if not _is_driver_error(exc):
            raise
        raise damaged(path, f"SQLite leest het niet ({exc})") from None
    finally:
        conn.close()
    anchor = _trusted_anchor_beyond(anchor_file, head.seq) if head is not None else None
    if anchor is not None and head is not None:
        raise damaged(
            path,
            f"de nieuwste wijzigingen ontbreken (auditspoor tot regel {head.seq}, het anker zegt "
            f"{anchor.seq}): een verloren '-wal'-bestand, een oudere kopie of afgeknipte auditregels",
        )


def _trusted_anchor_beyond(path: Path, seq: int) -> Anchor | None:
    """The anchor when it claims more than `seq` audit lines and its signature holds; one signed
    elsewhere (a copied file) is `db check`'s to report. The signature is checked only for such a
    claim: one the file meets passes either way, and checking needs this installation's key (the
    keyring's import, ~70 ms and 11 MB before the first page, issue #13)."""
    try:
        claimed = claimed_anchor(path)
        return read_anchor(path) if claimed is not None and claimed.seq > seq else None
    except DatabaseError as exc:
        log.warning("Audit anchor not used on open: %s", exc)
        return None


def _is_driver_error(exc: BaseException) -> bool:
    """An error of the sqlite3 or sqlcipher3 driver (their exception classes are distinct)."""
    return type(exc).__module__.split(".")[0] in ("sqlite3", "sqlcipher3")


def _audit_head(conn: Any) -> Anchor | None:
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_head'"
    ).fetchone()
    if not has_table:
        return None
    row = conn.execute("SELECT seq, hash FROM audit_head WHERE id = 1").fetchone()
    return Anchor(int(row[0]), str(row[1])) if row else Anchor(0, "")
