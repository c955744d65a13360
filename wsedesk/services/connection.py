"""The database connection of the settings dialog: a SQLite file or a PostgreSQL server.

The settings file keeps only a URL without password (`postgresql+psycopg://piet@db:5432/wsedesk
?sslmode=verify-full&sslrootcert=/pad/ca.pem`); the password lives in the system keyring
(`keyring`, service "wsedesk", account `user@host:port/database`) and is added to the URL in
memory when the database is opened. Without a keyring (a server without a desktop session, CI)
storing a password is refused with a clear message; PGPASSWORD or ~/.pgpass still work then.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.engine import URL

from wsedesk.errors import BadInputError, UserError
from wsedesk.i18n import N_
from wsedesk.settings import Settings, save_settings
from wsedesk.storage.engine import parse_url

log = logging.getLogger(__name__)

KEYRING_SERVICE = "wsedesk"
SSL_MODES: tuple[str, ...] = ("disable", "prefer", "require", "verify-ca", "verify-full")
DEFAULT_PORT = 5432
CONNECT_TIMEOUT_S = 5


class KeyringUnavailableError(UserError):
    """No system keyring to keep a password in."""


@dataclass(frozen=True)
class SqliteTarget:
    path: Path


@dataclass(frozen=True)
class PostgresTarget:
    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT
    sslmode: str = "prefer"
    sslrootcert: str = ""  # the CA file for verify-ca / verify-full; empty: the system's

    @property
    def account(self) -> str:
        """The keyring account of this connection's password."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"


Target = SqliteTarget | PostgresTarget


def parse_target(url: str) -> Target:
    """What a database URL points at, for the settings dialog (a password in it is ignored)."""
    parsed = parse_url(url)
    if parsed.drivername.startswith("sqlite"):
        return SqliteTarget(Path(parsed.database or ""))
    query = dict(parsed.query)
    return PostgresTarget(
        host=parsed.host or "localhost",
        database=parsed.database or "",
        user=parsed.username or "",
        port=parsed.port or DEFAULT_PORT,
        sslmode=str(query.get("sslmode", "prefer")),
        sslrootcert=str(query.get("sslrootcert", "")),
    )


def check_target(target: Target) -> Target:
    """The target with its fields checked; BadInputError names the field."""
    if isinstance(target, SqliteTarget):
        if not str(target.path).strip():
            raise BadInputError(N_("Kies een databasebestand."), where=N_("Bestand"))
        return target
    host, database, user = target.host.strip(), target.database.strip(), target.user.strip()
    for value, where in ((host, N_("Server")), (database, N_("Database")), (user, N_("Gebruiker"))):
        if not value:
            raise BadInputError(N_("Vul dit veld in."), where=where)
        if any(ch.isspace() or ch in "/@?#" for ch in value):
            raise BadInputError(N_("Geen spaties of / @ ? # in dit veld."), where=where)
    if not 1 <= target.port <= 65535:
        raise BadInputError(N_("Een poort ligt tussen 1 en 65535."), where=N_("Poort"))
    if target.sslmode not in SSL_MODES:
        raise BadInputError(
            N_("Onbekende TLS-modus (kies uit {m}).").format(m=", ".join(SSL_MODES)), where=N_("TLS")
        )
    cert = target.sslrootcert.strip()
    if cert and not Path(cert).is_file():
        raise BadInputError(
            N_("Het CA-certificaat bestaat niet of is geen bestand."), where=N_("CA-certificaat")
        )
    if target.sslmode in ("verify-ca", "verify-full") and not cert:
        raise BadInputError(
            N_("Kies het CA-certificaat waarmee het certificaat van de server wordt gecontroleerd."),
            where=N_("CA-certificaat"),
        )
    return PostgresTarget(host, database, user, target.port, target.sslmode, cert)


def target_url(target: Target) -> str:
    """The URL stored in the settings: never a password."""
    if isinstance(target, SqliteTarget):
        return f"sqlite:///{Path(target.path).expanduser().resolve()}"
    query: dict[str, str] = {}
    if target.sslmode != "prefer":
        query["sslmode"] = target.sslmode
    if target.sslrootcert:
        query["sslrootcert"] = target.sslrootcert
    url = URL.create(
        "postgresql+psycopg",
        username=target.user,
        host=target.host,
        port=target.port,
        database=target.database,
        query=query,
    )
    return url.render_as_string(hide_password=False)


# --- the password, in the system keyring ------------------------------------------------------


def _keyring() -> Any:
    """The keyring module with a usable backend; KeyringUnavailableError otherwise."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:  # pragma: no cover - keyring is a dependency
        raise KeyringUnavailableError(N_("De module 'keyring' ontbreekt in deze installatie.")) from None
    backend = keyring.get_keyring()
    backends = getattr(backend, "backends", [backend])  # the chainer holds the real ones
    if not backends or all(isinstance(b, fail.Keyring) for b in backends):
        raise KeyringUnavailableError(
            N_(
                "Er is geen systeemsleutelhanger beschikbaar, dus het wachtwoord kan niet veilig "
                "bewaard worden (WSE Desk schrijft het nooit in een bestand). Start de sleutelhanger "
                "van uw bureaublad, of geef het wachtwoord via PGPASSWORD of ~/.pgpass."
            )
        )
    return keyring


def store_password(target: PostgresTarget, password: str) -> None:
    """Keep the password in the system keyring (replacing an earlier one)."""
    keyring = _keyring()
    try:
        keyring.set_password(KEYRING_SERVICE, target.account, password)
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailableError(
            N_("De systeemsleutelhanger weigerde het wachtwoord te bewaren ({e}).").format(
                e=type(exc).__name__
            )
        ) from None


def stored_password(target: PostgresTarget) -> str | None:
    """The password kept for this connection; None when there is none or no keyring."""
    try:
        keyring = _keyring()
        value = keyring.get_password(KEYRING_SERVICE, target.account)
    except UserError:
        return None
    except Exception as exc:  # a locked or broken keyring must not stop the program from starting
        log.warning("Keyring lookup failed: %s", type(exc).__name__)
        return None
    return str(value) if value is not None else None


def with_stored_password(url: str) -> str | URL:
    """`url` with the keyring's password added in memory (PostgreSQL without a password in it)."""
    parsed = parse_url(url)
    if not parsed.drivername.startswith("postgresql") or parsed.password:
        return url
    target = parse_target(url)
    assert isinstance(target, PostgresTarget)
    password = stored_password(target)
    return parsed.set(password=password) if password else url


# --- testing and choosing a connection ----------------------------------------------------------


@dataclass(frozen=True)
class ConnectionVerdict:
    ok: bool
    message: str  # Dutch, for the user: what works, or what is wrong and what to do


def _reason(exc: Exception, target: PostgresTarget) -> str:
    text = str(exc).lower()
    if "password authentication failed" in text or "no password supplied" in text:
        return N_("De server weigert deze gebruiker met dit wachtwoord. Controleer gebruiker en wachtwoord.")
    if "certificate verify failed" in text or ("certificate" in text and "verify" in text):
        return N_(
            "Het certificaat van de server is niet ondertekend door het gekozen CA-certificaat: "
            "de verbinding is niet te vertrouwen. Kies het juiste CA-certificaat."
        )
    if "does not match host name" in text or "server certificate for" in text:
        return N_(
            "Het certificaat van de server hoort niet bij de naam '{h}' (verify-full). Gebruik de naam die "
            "in het certificaat staat."
        ).format(h=target.host)
    if "server does not support ssl" in text:
        return N_("De server spreekt geen TLS, maar de gekozen TLS-modus vereist het.")
    if "database" in text and "does not exist" in text:
        return N_("De database '{d}' bestaat niet op deze server.").format(d=target.database)
    if "could not translate host name" in text or "name or service not known" in text:
        return N_("De server '{h}' is onbekend. Controleer de naam.").format(h=target.host)
    if "connection refused" in text or "timeout" in text or "could not connect" in text:
        return N_("De server '{h}' antwoordt niet op poort {p}. Controleer server, poort en netwerk.").format(
            h=target.host, p=target.port
        )
    if "root certificate file" in text or "could not read root certificate" in text:
        return N_("Het CA-certificaat kan niet gelezen worden.")
    return N_("De verbinding mislukte ({e}).").format(e=type(exc).__name__)


def try_connection(target: Target, password: str | None = None) -> ConnectionVerdict:
    """Try the connection for "Verbinding testen": a Dutch verdict, never an exception."""
    try:
        target = check_target(target)
    except BadInputError as exc:
        return ConnectionVerdict(False, str(exc))
    if isinstance(target, SqliteTarget):
        path = Path(target.path).expanduser()
        if path.is_file():
            return ConnectionVerdict(
                True, N_("Het bestand bestaat; WSE Desk opent het bij de volgende start.")
            )
        if path.parent.is_dir():
            return ConnectionVerdict(True, N_("Het bestand bestaat nog niet; WSE Desk maakt het aan."))
        return ConnectionVerdict(False, N_("De map van dit bestand bestaat niet."))
    import psycopg

    params: dict[str, Any] = {
        "host": target.host,
        "port": target.port,
        "dbname": target.database,
        "user": target.user,
        "sslmode": target.sslmode,
        "connect_timeout": CONNECT_TIMEOUT_S,
    }
    if target.sslrootcert:
        params["sslrootcert"] = target.sslrootcert
    if password is None:
        password = stored_password(target)
    if password:
        params["password"] = password
    try:
        with psycopg.connect(**params) as conn:
            version = conn.info.server_version
            tls = conn.info.pgconn.ssl_in_use
            revision = _schema_revision(conn)
    except psycopg.Error as exc:
        return ConnectionVerdict(False, _reason(exc, target))
    server = f"PostgreSQL {version // 10000}.{version % 10000}"
    secured = N_("versleuteld (TLS)") if tls else N_("niet versleuteld")
    schema = (
        N_("schemaversie {r}").format(r=revision)
        if revision
        else N_("nog geen WSE Desk-schema (wordt aangemaakt)")
    )
    return ConnectionVerdict(
        True,
        N_("Verbonden met {s} als {u}, {t}; {schema}.").format(
            s=server, u=target.user, t=secured, schema=schema
        ),
    )


def _schema_revision(conn: Any) -> str | None:
    with conn.cursor() as cur:
        cur.execute("SELECT to_regclass('alembic_version') IS NOT NULL")
        row = cur.fetchone()
        if not row or not row[0]:
            return None
        cur.execute("SELECT version_num FROM alembic_version")
        found = cur.fetchone()
        return str(found[0]) if found else None


def choose_connection(settings: Settings, target: Target, password: str | None = None) -> str:
    """Make `target` the database of the next start: the URL in the settings, the password in the keyring.

    Returns the stored URL. The settings file never holds the password.
    """
    target = check_target(target)
    if isinstance(target, PostgresTarget) and password:
        store_password(target, password)
    settings.database_url = target_url(target)
    save_settings(settings)
    return settings.database_url
