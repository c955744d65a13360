"""Shared fixtures: real SQLite files, a real throw-away PostgreSQL server, a pinned clock."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import pytest

from tests.pg.server import (
    PostgresServer,
    find_postgres_bin,
    postgres_unavailable_reason,
    running,
    skip_unless_available,
)
from tests.pg.tls import memory_keyring, no_keyring, tls_server  # noqa: F401  (fixtures)
from wsedesk.clock import FixedClock
from wsedesk.context import AppContext
from wsedesk.services.session import open_context

# Must happen before the first QApplication: without a display pytest-qt would abort. The
# offscreen screen is 1366×768, the smallest screen the department's laptops have (issue #12): a
# window that grows past it fails the tests that look.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if os.environ["QT_QPA_PLATFORM"] == "offscreen":
    _SCREEN = Path(__file__).parent / "data" / "offscreen-1366x768.json"
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"
# One key store for the whole session (session and module fixtures, subprocesses, tests), never
# the developer's own keyring or config: databases built by a fixture keep valid audit anchors.
# setdefault: a child process that imports this module (the kill loop's worker) keeps its parent's.
if "WSEDESK_KEY_DIR" not in os.environ:
    _SESSION_HOME = tempfile.mkdtemp(prefix="wsedesk-tests-")
    os.environ["WSEDESK_KEY_DIR"] = os.path.join(_SESSION_HOME, "sleutels")
    for _var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
        os.environ.setdefault(_var, os.path.join(_SESSION_HOME, _var.lower()))
os.environ["WSEDESK_KEYRING"] = "file"

# The password of the TLS server's login role: tests scan every file the program wrote for it.
TLS_PASSWORD = "Geheim-wachtwoord-7319"
# Demo data and terms are computed relative to this instant in tests.
TEST_NOW = datetime(2025, 6, 16, 9, 30)


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings, logs and the default database go to a temp dir, never the developer's own."""
    home = tmp_path_factory.mktemp("xdg")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.delenv("WSEDESK_DATABASE_URL", raising=False)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(TEST_NOW)


@contextmanager
def opened(url: str, clock: FixedClock) -> Iterator[AppContext]:
    """The database at `url` opened as the user 'tester' on `clock`; closed when the block ends."""
    context = open_context(url, clock=clock, login="tester")
    try:
        yield context
    finally:
        context.close()


@pytest.fixture(scope="session")
def postgres_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PostgresServer]:
    """A PostgreSQL 15 cluster in a temp dir, run as an unprivileged user when we are root."""
    skip_unless_available(postgres_unavailable_reason())
    with running(PostgresServer(find_postgres_bin(), tmp_path_factory.mktemp("pg"))) as server:
        yield server


@pytest.fixture(scope="session")
def postgres_tls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PostgresServer]:
    """A second cluster that also listens on 127.0.0.1, TLS only, with a throw-away CA.

    Its certificate names `localhost`: connect to `127.0.0.1` for a name that does not match.
    Log in with `server.tls_url(db, "wsedesk_tls", TLS_PASSWORD)` (the role exists).
    """
    skip_unless_available(postgres_unavailable_reason())
    with running(PostgresServer(find_postgres_bin(), tmp_path_factory.mktemp("pgtls"), tls=True)) as server:
        server.psql(f"CREATE ROLE wsedesk_tls LOGIN PASSWORD '{TLS_PASSWORD}'")
        yield server


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty database on each backend: a SQLite file, or a new PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'test.sqlite'}"
    server: PostgresServer = request.getfixturevalue("postgres_server")
    return server.create_database()


@pytest.fixture
def ctx(db_url: str, clock: FixedClock) -> Iterator[AppContext]:
    with opened(db_url, clock) as context:
        yield context


@pytest.fixture
def second_user(clock: FixedClock) -> Iterator[Callable[..., AppContext]]:
    """Opens the database of a context as another user (a case officer, not the first user).

    `second_user(ctx, login="collega")`; every context it opened is closed after the test.
    """
    opened: list[AppContext] = []

    def open_as(ctx: AppContext, login: str = "collega") -> AppContext:
        other = open_context(ctx.db.url.render_as_string(hide_password=False), clock=clock, login=login)
        opened.append(other)
        assert other.user.login != ctx.user.login
        return other

    yield open_as
    for other in opened:
        other.close()


@pytest.fixture
def sqlite_ctx(tmp_path: Path, clock: FixedClock) -> Iterator[AppContext]:
    with opened(f"sqlite:///{tmp_path / 'app.sqlite'}", clock) as context:
        yield context


@pytest.fixture(scope="session")
def demo_db_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite demo database with 3,000 dossiers, built once per test session and copied per test."""
    from wsedesk.services.demo import generate_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    with opened(f"sqlite:///{path}", FixedClock(TEST_NOW)) as context:
        generate_demo(context, dossiers=3000, seed=7)
    return path


@pytest.fixture
def demo_ctx(demo_db_file: Path, tmp_path: Path, clock: FixedClock) -> Iterator[AppContext]:
    import sqlite3

    target = tmp_path / "demo.sqlite"
    src = sqlite3.connect(demo_db_file)
    dst = sqlite3.connect(target)
    src.backup(dst)
    src.close()
    dst.close()
    with opened(f"sqlite:///{target}", clock) as context:
        yield context
