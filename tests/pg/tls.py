"""A throw-away PostgreSQL server on 127.0.0.1 with TLS and password logins, for connection tests.

Certificates come from `openssl`: a test CA, a server certificate it signs for `localhost` and
127.0.0.1, and a second, unrelated CA (a "wrong certificate" for verify-full). TCP logins need
a password (scram-sha-256); the unix socket stays trusted so the test can create roles.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from tests.pg.server import PostgresServer, find_postgres_bin, postgres_unavailable_reason

ROLE = "piet"
PASSWORD = "juist-Wachtwoord-42"
DATABASE = "wsedesk"


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True, timeout=60)


def make_certificates(folder: Path) -> None:
    """ca.pem signs server.crt (CN localhost); other-ca.pem signs nothing of this server."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("ca", "other-ca"):
        _openssl(
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
            "-subj", f"/CN=WSE Desk test {name}", "-keyout", f"{name}.key", "-out", f"{name}.pem",
            cwd=folder,
        )  # fmt: skip
    (folder / "san.cnf").write_text("subjectAltName=DNS:localhost,IP:127.0.0.1\n", encoding="ascii")
    _openssl(
        "req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost",
        "-keyout", "server.key", "-out", "server.csr", cwd=folder,
    )  # fmt: skip
    _openssl(
        "x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
        "-days", "2", "-extfile", "san.cnf", "-out", "server.crt", cwd=folder,
    )  # fmt: skip


def tls_unavailable_reason() -> str | None:
    return None if shutil.which("openssl") else "openssl is not installed (apt-get install openssl)"


class TlsPostgresServer(PostgresServer):
    """PostgresServer listening on 127.0.0.1:port with ssl=on and a password-protected role."""

    host = "localhost"

    @property
    def certificates(self) -> Path:
        return self.base / "tls"

    def start(self) -> None:
        self.socket_dir.mkdir(parents=True, exist_ok=True)
        make_certificates(self.certificates)
        if os.geteuid() == 0:
            for p in [self.base, *self.base.parents]:
                if p == Path("/"):
                    break
                p.chmod(p.stat().st_mode | 0o711)
            shutil.chown(self.base, "postgres")
            shutil.chown(self.socket_dir, "postgres")
        self._run(
            str(self.bin_dir / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth-local=trust",
            "--auth-host=scram-sha-256", "--encoding=UTF8", "--locale=C.UTF-8", "-N",
        )  # fmt: skip
        for name in ("server.crt", "server.key"):
            target = self.data / name
            shutil.copy(self.certificates / name, target)
            target.chmod(0o600)
            if os.geteuid() == 0:
                shutil.chown(target, "postgres")
        opts = (
            f"-c port={self.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={self.socket_dir} "
            "-c ssl=on -c ssl_cert_file=server.crt -c ssl_key_file=server.key "
            "-c fsync=off -c synchronous_commit=off -c max_connections=20"
        )
        self._run(
            str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-o", opts, "-l", str(self.base / "server.log"),
            "-w", "-t", "60", "start",
        )  # fmt: skip
        self.psql(f"CREATE ROLE {ROLE} LOGIN PASSWORD '{PASSWORD}'")
        self.psql(f"CREATE DATABASE {DATABASE} OWNER {ROLE}")

    @property
    def ca(self) -> Path:
        return self.certificates / "ca.pem"

    @property
    def other_ca(self) -> Path:
        return self.certificates / "other-ca.pem"


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
    reason = postgres_unavailable_reason() or tls_unavailable_reason()
    if reason:
        if os.environ.get("WSEDESK_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"PostgreSQL is required here but: {reason}")
        pytest.skip(reason)
    server = TlsPostgresServer(find_postgres_bin(), tmp_path_factory.mktemp("pgtls"))
    server.start()
    try:
        yield server
    finally:
        server.stop()
