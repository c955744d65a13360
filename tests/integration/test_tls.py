"""Connections: TLS with a verified certificate, no plain-text fallback, no password on disk."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

from tests.conftest import TLS_PASSWORD
from tests.integration.test_cli import wsedesk
from tests.pg.server import PostgresServer
from wsedesk.clock import FixedClock
from wsedesk.errors import DatabaseError
from wsedesk.services.session import open_context
from wsedesk.storage.engine import connect, parse_url

pytestmark = pytest.mark.postgres


@pytest.fixture
def tls_db(postgres_tls_server: PostgresServer) -> str:
    name = f"tls_{uuid.uuid4().hex[:10]}"
    postgres_tls_server.create_database(name)
    postgres_tls_server.psql(f'ALTER DATABASE "{name}" OWNER TO wsedesk_tls')
    return name


def test_a_verified_tls_connection_works(
    postgres_tls_server: PostgresServer, tls_db: str, clock: FixedClock
) -> None:
    ctx = open_context(postgres_tls_server.tls_url(tls_db, "wsedesk_tls", TLS_PASSWORD), clock=clock)
    try:
        with ctx.db.engine.connect() as conn:
            assert conn.exec_driver_sql(
                "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
            ).scalar_one()
        assert TLS_PASSWORD not in ctx.db.describe()
    finally:
        ctx.close()


@pytest.mark.parametrize(
    ("host", "root_cert", "expected"),
    [
        ("127.0.0.1", "ca.crt", "does not match host name"),  # the certificate names localhost only
        ("localhost", "other-ca.crt", "certificate verify failed"),  # signed by a CA we do not trust
    ],
    ids=["name-mismatch", "unknown-ca"],
)
def test_a_server_whose_certificate_does_not_match_is_refused(
    postgres_tls_server: PostgresServer,
    tls_db: str,
    clock: FixedClock,
    host: str,
    root_cert: str,
    expected: str,
) -> None:
    url = postgres_tls_server.tls_url(tls_db, "wsedesk_tls", TLS_PASSWORD, host=host, root_cert=root_cert)
    with pytest.raises(DatabaseError) as caught:
        open_context(url, clock=clock)
    message = str(caught.value)
    assert message.startswith("Geen verbinding met postgresql://wsedesk_tls:***@")
    assert expected in message and TLS_PASSWORD not in message


@pytest.mark.parametrize("mode", ["disable", "allow", "prefer"])
def test_modes_that_could_fall_back_to_plain_text_are_refused(mode: str) -> None:
    with pytest.raises(DatabaseError, match=f"sslmode={mode} kan onversleuteld verbinden"):
        parse_url(f"postgresql+psycopg://piet@dbserver.wse.vlaanderen.be/wsedesk?sslmode={mode}")


def test_network_hosts_default_to_verify_full_with_the_system_cas() -> None:
    url = parse_url("postgresql://piet@dbserver.wse.vlaanderen.be/wsedesk")
    assert url.query["sslmode"] == "verify-full" and url.query["sslrootcert"] == "system"
    local = parse_url("postgresql://piet@localhost/wsedesk")
    assert "sslmode" not in local.query


def test_plain_text_to_the_tls_server_is_refused(postgres_tls_server: PostgresServer, tls_db: str) -> None:
    """The server side too: pg_hba rejects a connection that is not TLS."""
    url = f"postgresql+psycopg://wsedesk_tls:{TLS_PASSWORD}@localhost:{postgres_tls_server.port}/{tls_db}?sslmode=disable"
    db = connect(url)
    try:
        with pytest.raises(DatabaseError, match=r"no encryption|rejects connection"), db.engine.connect():
            pass
    finally:
        db.dispose()


def test_no_password_is_ever_written_to_disk(
    postgres_tls_server: PostgresServer, tls_db: str, tmp_path: Path
) -> None:
    """A session on the command line — demo data, deadlines, check, backup — then scan every file it wrote."""
    home = tmp_path / "home"
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_STATE_HOME": str(home / "state"),
        "WSEDESK_DATABASE_URL": postgres_tls_server.tls_url(tls_db, "wsedesk_tls", TLS_PASSWORD),
    }
    work = tmp_path / "werk"
    work.mkdir()
    for args in (
        ["demo", "--dossiers", "30"],
        ["deadlines", "--json"],
        ["db", "check"],
        ["db", "backup", str(work / "backup.zip")],
        ["-v", "deadlines"],
    ):
        result = wsedesk(*args, env=env)
        assert result.returncode == 0, result.stderr
        assert TLS_PASSWORD not in result.stdout + result.stderr
    written = [p for p in [*home.rglob("*"), *work.rglob("*")] if p.is_file()]
    assert any(p.name.endswith(".log") or p.suffix == ".json" for p in written)
    for path in written:
        if path.suffix == ".zip":
            import zipfile

            with zipfile.ZipFile(path) as zf:
                for name in zf.namelist():
                    assert TLS_PASSWORD.encode() not in zf.read(name), f"{path}:{name}"
        else:
            assert TLS_PASSWORD.encode() not in path.read_bytes(), path
