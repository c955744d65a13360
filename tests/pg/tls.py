"""A PostgreSQL server with TLS and a password login for the connection tests, and test keyrings.

The server is tests/pg/server.py's own with `tls=True` (127.0.0.1 over TLS with scram, a test CA
and an unrelated second CA); this adds the login role and database a user would get.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from tests.pg.server import (
    PostgresServer,
    find_postgres_bin,
    postgres_unavailable_reason,
    running,
    skip_unless_available,
)

ROLE = "piet"
PASSWORD = "juist-Wachtwoord-42"
DATABASE = "wsedesk"


def tls_unavailable_reason() -> str | None:
    import shutil

    return None if shutil.which("openssl") else "openssl is not installed (apt-get install openssl)"


class TlsPostgresServer(PostgresServer):
    """The TLS server with a password-protected role `piet` owning database `wsedesk`."""

    def __init__(self, bin_dir: Path, base: Path) -> None:
        super().__init__(bin_dir, base, tls=True)

    def start(self) -> None:
        super().start()
        self.psql(f"CREATE ROLE {ROLE} LOGIN PASSWORD '{PASSWORD}'")
        self.psql(f"CREATE DATABASE {DATABASE} OWNER {ROLE}")

    @property
    def ca(self) -> Path:
        return self.ssl_dir / "ca.crt"

    @property
    def other_ca(self) -> Path:
        return self.ssl_dir / "other-ca.crt"


# --- fixtures (registered in tests/conftest.py) ---------------------------------------------------


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps passwords in this process (the test machine has no desktop keyring)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    try:
        yield ring
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def tls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TlsPostgresServer]:
    skip_unless_available(postgres_unavailable_reason() or tls_unavailable_reason())
    with running(TlsPostgresServer(find_postgres_bin(), tmp_path_factory.mktemp("pgtls"))) as server:
        yield server
