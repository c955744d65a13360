"""Encryption at rest: SQLite files (the local database, visit packages) through SQLCipher.

The `sqlcipher3` module (PyPI wheel `sqlcipher3-binary`, Linux; elsewhere `sqlcipher3` built
against SQLCipher) is a drop-in for `sqlite3` whose files are AES-256 encrypted page by page.
The key is a random 32-byte secret of this installation (storage/keys.py: the system keyring,
or an owner-only key file), handed to SQLCipher as a raw key — never a passphrase in a URL.

A file is encrypted when it exists and does not start with SQLite's plain header; a new file is
encrypted when the setting `encrypt_local_database` asks for it. Without the key, or with the
wrong one, SQLCipher reads only noise and the file does not open.

A file may also have a key of its own (a visit package: `new_file_key`). SQLCipher stores a
random 16-byte salt as the first bytes of every encrypted file; a file key is made with a salt we
choose and is kept in the key store under that salt (`bestand-<salt>`), so `key_for(path)` finds
it again whatever the file is called or wherever it was moved. Files without a key of their own
use the installation's database key.
"""

from __future__ import annotations

import secrets
from pathlib import Path
from types import ModuleType
from typing import Any

from wsedesk.errors import DatabaseError
from wsedesk.storage.keys import get_secret, put_secret

KEY_NAME = "database"
FILE_KEY_PREFIX = "bestand-"
PLAIN_HEADER = b"SQLite format 3\x00"
SALT_BYTES = 16  # SQLCipher's per-file salt: the first bytes of an encrypted file


def sqlcipher() -> ModuleType:
    """The SQLCipher DB-API module, or a DatabaseError saying how to install it."""
    try:
        import sqlcipher3  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        raise DatabaseError(
            "Versleutelde databases vragen het pakket sqlcipher3 (pip install sqlcipher3-binary); "
            "het is niet geïnstalleerd."
        ) from None
    return sqlcipher3


def database_key(*, create: bool = False) -> bytes | None:
    """This installation's database key (made on first use when `create`)."""
    return get_secret(KEY_NAME, create=create)


def is_encrypted_file(path: Path) -> bool:
    """An existing, non-empty file that is not a plain SQLite file (it may be encrypted, or damaged)."""
    try:
        with path.open("rb") as f:
            start = f.read(16)
    except FileNotFoundError:
        return False
    return bool(start) and start != PLAIN_HEADER


def new_file_key() -> bytes:
    """A fresh key for one new file, stored under the salt that file will start with.

    Returns key ‖ salt (48 bytes); SQLCipher takes both as a raw key (`x'…'` of 96 hex digits) and
    writes that salt as the file's first 16 bytes, by which `key_for` finds the key again.
    """
    key, salt = secrets.token_bytes(32), secrets.token_bytes(SALT_BYTES)
    put_secret(FILE_KEY_PREFIX + salt.hex(), key)
    return key + salt


def file_key(path: Path) -> bytes | None:
    """The key of an encrypted file that has one of its own (found by its salt), else None."""
    if not is_encrypted_file(path):
        return None
    with path.open("rb") as f:
        salt = f.read(SALT_BYTES)
    if len(salt) < SALT_BYTES:
        return None
    return get_secret(FILE_KEY_PREFIX + salt.hex(), create=False)


def key_for(path: Path, *, create: bool = False) -> bytes | None:
    """The key that opens `path`: its own (a visit package), else this installation's database key."""
    return file_key(path) or database_key(create=create)


def apply_key(dbapi_conn: Any, key: bytes) -> None:
    """Unlock a fresh SQLCipher connection: must be its very first statement."""
    dbapi_conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our message, not SQLCipher's stderr
    dbapi_conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")


def encrypted_connection(path: Path, key: bytes | None = None, *, readonly: bool = False) -> Any:
    """A DB-API connection to an encrypted SQLite file (made if missing), with the key applied.

    `key` defaults to the file's own key (found by its salt) or else this installation's database
    key. Raises DatabaseError when the file does not open with the key (another key, or not
    encrypted).
    """
    module = sqlcipher()
    key = key or key_for(path, create=True)
    assert key is not None
    target = f"file:{path}?mode=ro" if readonly else str(path)
    conn = module.connect(target, uri=readonly)
    apply_key(conn, key)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except module.DatabaseError:
        conn.close()
        raise DatabaseError(
            f"'{path}' opent niet met de sleutel van deze installatie (versleuteld met een andere sleutel, "
            "of beschadigd)."
        ) from None
    return conn


def encrypt_file(plain: Path, target: Path, key: bytes | None = None) -> None:
    """Write an encrypted copy of a plain SQLite file (`sqlcipher_export`); `target` must not exist."""
    module = sqlcipher()
    key = key or database_key(create=True)
    assert key is not None
    conn = module.connect(str(plain))
    try:
        conn.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"", (str(target),))
        conn.execute("SELECT sqlcipher_export('encrypted')")
        conn.execute("DETACH DATABASE encrypted")
    finally:
        conn.close()


def open_sqlite_file(path: Path, *, readonly: bool = False, encrypt: bool = False) -> Any:
    """A DB-API connection to a plain or encrypted SQLite file (encrypted when it is, or `encrypt`)."""
    import sqlite3

    if encrypt or is_encrypted_file(path):
        return encrypted_connection(path, readonly=readonly)
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True) if readonly else sqlite3.connect(str(path))


def new_file_like(target: Path, source: Path) -> Any:
    """A connection making `target` as `source` is: plain, or encrypted so that the same key opens it."""
    import sqlite3

    if not is_encrypted_file(source):
        return sqlite3.connect(str(target))
    own = file_key(source)
    if own is None:
        return encrypted_connection(target)
    with source.open("rb") as f:
        salt = f.read(SALT_BYTES)
    return encrypted_connection(target, own + salt)


def convert_file(path: Path, *, encrypt: bool) -> int:
    """Rewrite the SQLite file at `path` encrypted with this installation's key, or plain; returns its row count.

    Refused while any other connection has the file open (leaving WAL mode needs the file to
    itself). The new file is written beside the old one by `sqlcipher_export` inside one exclusive
    transaction, checked (integrity, every table's row count), and moved over it in one rename,
    so an interruption leaves the old file as it was. Between that check and the rename the file
    is locked again and must not have changed (`data_version`), or nothing is replaced.
    """
    import os
    import uuid

    module = sqlcipher()
    if is_encrypted_file(path) == encrypt:
        raise DatabaseError(f"'{path}' is al {'versleuteld' if encrypt else 'onversleuteld'}.")
    busy = DatabaseError(
        f"'{path}' is in gebruik (WSE Desk staat nog open, hier of op een andere computer): sluit het en "
        "probeer opnieuw."
    )
    source = module.connect(str(path), isolation_level=None, timeout=2)
    target = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.omzetten")
    try:
        if not encrypt:
            old_key = key_for(path)
            if old_key is None:
                raise DatabaseError(f"'{path}' opent niet: deze installatie heeft er de sleutel niet van.")
            apply_key(source, old_key)
        try:
            if source.execute("PRAGMA journal_mode = DELETE").fetchone()[0] != "delete":
                raise busy
        except module.OperationalError:
            raise busy from None
        key = database_key(create=True) if encrypt else None
        key_sql = f"x'{key.hex()}'" if key else ""  # '' attaches a plain file
        source.execute(f'ATTACH DATABASE ? AS omgezet KEY "{key_sql}"', (str(target),))
        source.execute("BEGIN EXCLUSIVE")
        source.execute("SELECT sqlcipher_export('omgezet')")
        source.execute(
            f"PRAGMA omgezet.user_version = {int(source.execute('PRAGMA main.user_version').fetchone()[0])}"
        )
        # A virtual table (the search index's FTS5 table) has no rows of its own: its shadow
        # tables hold them and are compared like any other (storage/search_sql.py).
        tables = [
            r[0]
            for r in source.execute(
                "SELECT name FROM main.sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'"
            )
        ]
        rows = 0
        for table in tables:
            before = source.execute(f'SELECT count(*) FROM main."{table}"').fetchone()[0]
            after = source.execute(f'SELECT count(*) FROM omgezet."{table}"').fetchone()[0]
            if before != after:
                raise DatabaseError(
                    f"Omzetten van '{path}' mislukt: tabel {table} telt {after} rijen, verwacht {before}."
                )
            rows += int(before)
        source.execute("COMMIT")
        exported_at = source.execute("PRAGMA data_version").fetchone()[0]
        source.execute("DETACH DATABASE omgezet")
        check = open_sqlite_file(target, readonly=True)
        try:
            if [r[0] for r in check.execute("PRAGMA integrity_check")] != ["ok"]:
                raise DatabaseError(f"Omzetten van '{path}' mislukt: de nieuwe kopie is niet in orde.")
        finally:
            check.close()
        try:
            source.execute("BEGIN EXCLUSIVE")
        except module.OperationalError:
            raise busy from None
        if source.execute("PRAGMA data_version").fetchone()[0] != exported_at:
            raise busy  # someone wrote meanwhile: the copy is behind
        fd = os.open(target, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(target, path)
        source.execute("ROLLBACK")
        return rows
    finally:
        source.close()
        target.unlink(missing_ok=True)
