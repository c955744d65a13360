"""A throw-away PostgreSQL 15 cluster for tests: initdb + pg_ctl in a temp dir, unix socket only.

initdb and pg_ctl refuse to run as root; when we are root they run through
`runuser -u postgres` (setup-notes.md), with the temp dir made traversable for that user.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

CANDIDATE_BIN_DIRS = (
    "/usr/lib/postgresql/15/bin",
    "/usr/lib/postgresql/16/bin",
    "/usr/lib/postgresql/17/bin",
)
_counter = itertools.count(1)
S = TypeVar("S", bound="PostgresServer")


def skip_unless_available(reason: str | None) -> None:
    """Skip the test for `reason` (PostgreSQL or openssl missing); fail instead where
    WSEDESK_REQUIRE_POSTGRES=1 says the PostgreSQL tests must run (CI)."""
    import pytest  # here: the benchmarks use this module without pytest

    if reason:
        if os.environ.get("WSEDESK_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"PostgreSQL is required here (WSEDESK_REQUIRE_POSTGRES=1) but: {reason}")
        pytest.skip(f"PostgreSQL tests skipped: {reason}")


@contextlib.contextmanager
def running(server: S) -> Iterator[S]:
    """`server`, started, and stopped when the block ends."""
    server.start()
    try:
        yield server
    finally:
        server.stop()


def find_postgres_bin() -> Path:
    for d in CANDIDATE_BIN_DIRS:
        if (Path(d) / "pg_ctl").exists():
            return Path(d)
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).parent
    raise FileNotFoundError("pg_ctl not found")


def postgres_unavailable_reason() -> str | None:
    """Why the PostgreSQL tests cannot run here, or None when they can."""
    try:
        find_postgres_bin()
    except FileNotFoundError:
        return "PostgreSQL server binaries (initdb, pg_ctl) are not installed; apt-get install postgresql-15"
    if os.geteuid() == 0 and not shutil.which("runuser"):
        return "running as root and 'runuser' is missing, so initdb cannot run as an unprivileged user"
    if os.geteuid() == 0:
        try:
            subprocess.run(["id", "postgres"], check=True, capture_output=True)
        except subprocess.CalledProcessError:
            return "running as root and there is no 'postgres' user to run the server as"
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PostgresServer:
    """A throw-away cluster on a unix socket; with `tls=True` also on 127.0.0.1 over TLS only.

    The TLS server's certificate is issued by a throw-away CA for the name `localhost` only, so
    connecting to `127.0.0.1` with `sslmode=verify-full` is the "certificate does not match"
    case. Over TCP it allows TLS with a password (scram) and rejects plain text (pg_hba.conf).
    """

    def __init__(self, bin_dir: Path, base: Path, *, tls: bool = False) -> None:
        self.bin_dir = bin_dir
        self.base = base
        self.data = base / "data"
        self.socket_dir = base / "sock"
        self.port = _free_port()
        self.user = "postgres" if os.geteuid() == 0 else os.environ.get("USER", "postgres")
        self.tls = tls
        self.ssl_dir = base / "ssl"

    def _run(self, *cmd: str) -> subprocess.CompletedProcess[str]:
        argv = list(cmd)
        if os.geteuid() == 0:
            argv = ["runuser", "-u", "postgres", "--", *argv]
        return subprocess.run(argv, check=True, capture_output=True, text=True, timeout=180)

    def start(self) -> None:
        self.socket_dir.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            # The server user must reach the temp dir: open its parents for traversal only.
            for p in [self.base, *self.base.parents]:
                if p == Path("/"):
                    break
                p.chmod(p.stat().st_mode | 0o711)
            shutil.chown(self.base, "postgres")
            shutil.chown(self.socket_dir, "postgres")
        self._run(
            str(self.bin_dir / "initdb"),
            "-D",
            str(self.data),
            "-U",
            "postgres",
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
            "-N",
        )
        opts = (
            f"-c port={self.port} -c listen_addresses='' -c unix_socket_directories={self.socket_dir} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60"
        )
        if self.tls:
            self._make_certificates()
            opts = opts.replace("listen_addresses=''", "listen_addresses=127.0.0.1") + (
                f" -c ssl=on -c ssl_cert_file={self.ssl_dir / 'server.crt'} -c ssl_key_file={self.ssl_dir / 'server.key'}"
            )
            hba = self.data / "pg_hba.conf"
            lines = [
                "local all all trust",
                "hostssl all all 127.0.0.1/32 scram-sha-256",
                "hostnossl all all 127.0.0.1/32 reject",
            ]
            hba.write_text("\n".join(lines) + "\n", encoding="ascii")
            if os.geteuid() == 0:
                shutil.chown(hba, "postgres")
        self._run(
            str(self.bin_dir / "pg_ctl"),
            "-D",
            str(self.data),
            "-o",
            opts,
            "-l",
            str(self.base / "server.log"),
            "-w",
            "-t",
            "60",
            "start",
        )

    def _make_certificates(self) -> None:
        """A CA and a server certificate for `localhost` (not 127.0.0.1), owned by the server user."""
        self.ssl_dir.mkdir(parents=True, exist_ok=True)
        d = self.ssl_dir

        def openssl(*args: str) -> None:
            subprocess.run(["openssl", *args], check=True, capture_output=True, timeout=60)

        def make_ca(name: str, cn: str) -> None:
            openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", f"/CN={cn}",
                    "-keyout", str(d / f"{name}.key"), "-out", str(d / f"{name}.crt"))  # fmt: skip

        make_ca("ca", "wsedesk-test-ca")
        openssl(
            "req",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-subj",
            "/CN=localhost",
            "-keyout",
            str(d / "server.key"),
            "-out",
            str(d / "server.csr"),
        )
        (d / "san.ext").write_text("subjectAltName=DNS:localhost\n", encoding="ascii")
        openssl(
            "x509",
            "-req",
            "-in",
            str(d / "server.csr"),
            "-CA",
            str(d / "ca.crt"),
            "-CAkey",
            str(d / "ca.key"),
            "-CAcreateserial",
            "-days",
            "2",
            "-extfile",
            str(d / "san.ext"),
            "-out",
            str(d / "server.crt"),
        )
        # A second, unrelated CA: a client trusting only this one must refuse the server.
        make_ca("other-ca", "other-ca")
        (d / "server.key").chmod(0o600)
        if os.geteuid() == 0:
            for f in (d, d / "server.key", d / "server.crt"):
                shutil.chown(f, "postgres")

    def tls_url(
        self,
        database: str,
        user: str,
        password: str,
        *,
        host: str = "localhost",
        root_cert: str = "ca.crt",
        sslmode: str = "verify-full",
    ) -> str:
        """A TCP URL with TLS; the CA file and sslmode as the caller chooses."""
        return (
            f"postgresql+psycopg://{user}:{password}@{host}:{self.port}/{database}"
            f"?sslmode={sslmode}&sslrootcert={self.ssl_dir / root_cert}"
        )

    def stop(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def url(self, database: str = "postgres", user: str = "postgres") -> str:
        return f"postgresql+psycopg://{user}@/{database}?host={self.socket_dir}&port={self.port}"

    def psql(self, sql: str, database: str = "postgres") -> str:
        import psycopg

        with psycopg.connect(
            host=str(self.socket_dir), port=self.port, user="postgres", dbname=database, autocommit=True
        ) as conn:
            cur = conn.execute(sql)  # type: ignore[arg-type]
            return str(cur.fetchall()) if cur.description else ""

    def create_database(self, name: str | None = None) -> str:
        name = name or f"t{os.getpid()}_{next(_counter)}"
        self.psql(f'CREATE DATABASE "{name}"')
        return self.url(name)
