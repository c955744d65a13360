"""One engine factory for SQLite files and PostgreSQL servers."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from wsedesk.errors import DatabaseError

log = logging.getLogger(__name__)

SQLITE_BUSY_TIMEOUT_MS = 10_000
# Execution option carried by the write engine: its transactions start with BEGIN IMMEDIATE,
# so a writer takes SQLite's write lock up front instead of failing halfway with SQLITE_BUSY.
_WRITE_OPTION = "wsedesk_write"


def parse_url(url: str) -> URL:
    """Parse and normalise a database URL; a bare file path means a SQLite file."""
    text = url.strip()
    if "://" not in text:
        text = f"sqlite:///{Path(text).expanduser().resolve()}"
    try:
        parsed = make_url(text)
    except ArgumentError:
        raise DatabaseError(f"Ongeldige database-URL: '{url}'.") from None
    if parsed.drivername in ("postgresql", "postgres", "postgresql+psycopg2"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.drivername not in ("sqlite", "sqlite+pysqlite", "postgresql+psycopg"):
        raise DatabaseError(
            f"Databasetype '{parsed.drivername}' wordt niet ondersteund: gebruik sqlite:///… of postgresql+psycopg://…"
        )
    if parsed.drivername == "postgresql+psycopg":
        parsed = _tls_policy(parsed)
    return parsed


# libpq modes that may silently fall back to an unencrypted connection.
_PLAINTEXT_MODES = ("disable", "allow", "prefer")
_LOOPBACK = ("localhost", "127.0.0.1", "::1")


def _tls_policy(url: URL) -> URL:
    """A server reached over the network is reached with TLS and a verified certificate, or not at all.

    Unix sockets and loopback addresses are left as given. For any other host, `sslmode`
    defaults to `verify-full` (certificate signed by a trusted CA and naming the host; the
    system's CAs unless `sslrootcert` says otherwise), and the modes that can fall back to
    plain text are refused rather than honoured.
    """
    host = url.host or str(url.query.get("host") or "")
    if not host or host.startswith("/") or host in _LOOPBACK:
        return url
    mode = str(url.query.get("sslmode") or "verify-full")
    if mode in _PLAINTEXT_MODES:
        raise DatabaseError(
            f"sslmode={mode} kan onversleuteld verbinden met {host}; WSE Desk verbindt over het netwerk "
            "enkel versleuteld: laat sslmode weg (verify-full) of kies require of verify-ca."
        )
    query = {"sslmode": mode}
    if "sslrootcert" not in url.query:
        query["sslrootcert"] = "system"
    return url.update_query_dict(query)


def _unlock_with(engine: Engine, key: bytes) -> None:
    from wsedesk.storage.encryption import apply_key

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        apply_key(dbapi_conn, key)  # registered before the pragmas: SQLCipher wants the key first


def _configure_sqlite(engine: Engine, path: Path | None) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Take transaction control from pysqlite so BEGIN [IMMEDIATE] is ours to emit.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA synchronous = FULL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get(_WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    @event.listens_for(engine, "handle_error")
    def _on_error(context: Any) -> None:
        # A page found damaged while working: the same message (and way out) as on open.
        name = getattr(context.original_exception, "sqlite_errorname", "")
        if path is not None and name in ("SQLITE_CORRUPT", "SQLITE_NOTADB"):
            from wsedesk.storage.health import damaged

            raise damaged(path, "SQLite vond een beschadigde pagina") from None


@dataclass
class Database:
    """An open database: engine plus read and write session factories."""

    url: URL
    engine: Engine
    encrypted: bool = False  # a SQLCipher file (storage/encryption.py)
    read_sessions: sessionmaker[Session] = field(init=False)
    write_sessions: sessionmaker[Session] = field(init=False)
    # The same pool; its transactions take SQLite's write lock at BEGIN (BEGIN IMMEDIATE).
    write_engine: Engine = field(init=False)

    def __post_init__(self) -> None:
        self.read_sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.write_engine = self.engine.execution_options(**{_WRITE_OPTION: True})
        self.write_sessions = sessionmaker(self.write_engine, expire_on_commit=False)
        from wsedesk.storage.anchor import install_anchor_writer
        from wsedesk.storage.audit import install_audit_listener  # audit imports models; keep engine light
        from wsedesk.storage.input_guard import install_input_guard
        from wsedesk.storage.notify import install_notify_listener
        from wsedesk.storage.search_index import install_search_listener

        for factory in (self.read_sessions, self.write_sessions):
            install_input_guard(factory)  # first: nothing refused reaches the audit trail
            install_audit_listener(factory)
            install_search_listener(factory)  # the search index changes in the same transaction
            if self.url.database not in (None, "", ":memory:"):
                install_anchor_writer(factory, self.anchor_path)
        install_notify_listener(self.write_sessions)  # PostgreSQL: colleagues hear of each commit

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    @property
    def is_sqlite(self) -> bool:
        return self.backend == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        if self.is_sqlite and self.url.database and self.url.database != ":memory:":
            return Path(self.url.database)
        return None

    @property
    def anchor_path(self) -> Path:
        """The audit anchor of this database (storage/anchor.py)."""
        from wsedesk.storage.anchor import anchor_path_for

        return anchor_path_for(self.url)

    def describe(self) -> str:
        """A human name for the status bar: the file, or user@host/db (never a password)."""
        if self.is_sqlite:
            return str(self.sqlite_path or ":memory:")
        return self.url.render_as_string(hide_password=True).replace("postgresql+psycopg://", "postgresql://")

    def dispose(self) -> None:
        self.engine.dispose()


def create_database_engine(url: str | URL, *, echo: bool = False, key: bytes | None = None) -> Engine:
    """An engine whose errors never quote SQL parameters: they are names, e-mails, numbers.

    With `key`, a SQLite file is opened through SQLCipher and unlocked with it.
    """
    parsed = parse_url(url) if isinstance(url, str) else url
    if parsed.drivername.startswith("sqlite"):
        path = parsed.database
        if path and path != ":memory:":
            folder = Path(path).parent
            if not folder.exists():
                raise DatabaseError(f"De map '{folder}' voor het databasebestand bestaat niet.")
        extra: dict[str, Any] = {}
        if key is not None:
            from wsedesk.storage.encryption import sqlcipher

            extra["module"] = sqlcipher()
        engine = create_engine(
            parsed,
            echo=echo,
            hide_parameters=True,
            connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000},
            **extra,
        )
        if key is not None:
            _unlock_with(engine, key)
        _configure_sqlite(engine, Path(path) if path and path != ":memory:" else None)
        return engine
    engine = create_engine(
        parsed, echo=echo, hide_parameters=True, pool_pre_ping=True, connect_args={"connect_timeout": 10}
    )
    _explain_connection_errors(engine, parsed)
    return engine


def _explain_connection_errors(engine: Engine, url: URL) -> None:
    @event.listens_for(engine, "handle_error")
    def _on_error(context: Any) -> None:
        # A server that cannot be reached, refuses the login or fails the certificate check is
        # the user's to fix (settings, network, certificate): a message, never a traceback.
        if context.connection is None:
            original = context.original_exception
            if type(original).__name__ == "OperationalError":
                first = (
                    str(original).strip().splitlines()[0]
                    if str(original).strip()
                    else type(original).__name__
                )
                where = url.render_as_string(hide_password=True).replace(
                    "postgresql+psycopg://", "postgresql://"
                )
                raise DatabaseError(f"Geen verbinding met {where}: {first}") from None


def connect(
    url: str | URL,
    *,
    create: bool = True,
    verify: bool = True,
    encrypt_new: bool = False,
    key: bytes | None = None,
) -> Database:
    """Open a database; with create=False a missing SQLite file is an error instead of a new file.

    An existing SQLite file is first checked read-only (storage/health.py) unless `verify` is
    False (`db check` and restore, which report or replace a damaged file themselves). An
    encrypted file is opened with its own key or this installation's (storage/encryption.py
    `key_for`); a new one is made encrypted with `key` (a visit package's own) or, when
    `encrypt_new` (the setting `encrypt_local_database`), with the installation's key.
    """
    parsed = parse_url(url) if isinstance(url, str) else url
    if parsed.drivername.startswith("sqlite") and parsed.database not in (None, "", ":memory:"):
        from wsedesk.storage.encryption import database_key, is_encrypted_file, key_for

        path = Path(str(parsed.database))
        if not create and not path.exists():
            raise DatabaseError(f"Databasebestand '{parsed.database}' bestaat niet.")
        is_new = not path.exists() or path.stat().st_size == 0
        if is_encrypted_file(path):
            key = key or key_for(path)
            if key is None:
                from wsedesk.storage.health import damaged

                raise damaged(
                    path,
                    "het begint niet als een SQLite-database en deze installatie heeft geen sleutel om het "
                    "als versleuteld bestand te openen (afgekapt, overschreven, of versleuteld elders; "
                    "sleutelbos of sleutelbestand: docs/reliability.md)",
                )
        elif is_new and key is None and encrypt_new:
            key = database_key(create=True)
        elif not is_new:
            key = None  # a plain file stays plain (wsedesk db encrypt converts it)
        if verify:
            from wsedesk.storage.health import verify_sqlite_file

            verify_sqlite_file(path)
    else:
        key = None
        if parsed.drivername.startswith("postgresql"):
            from wsedesk.models.reports import add_postgresql_where

            add_postgresql_where()  # the partial index's WHERE, without the dialect on SQLite starts
    return Database(parsed, create_database_engine(parsed, key=key), encrypted=key is not None)
