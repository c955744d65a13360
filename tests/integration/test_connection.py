"""The database connection of the settings: keyring, URL without password, a real TLS server."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from tests.pg.tls import DATABASE, PASSWORD, ROLE, MemoryKeyring, TlsPostgresServer
from wsedesk.clock import FixedClock
from wsedesk.services.connection import (
    KeyringUnavailableError,
    PostgresTarget,
    SqliteTarget,
    choose_connection,
    parse_target,
    stored_password,
    target_url,
    try_connection,
    with_stored_password,
)
from wsedesk.services.session import open_context
from wsedesk.settings import Settings, load_settings, settings_path


def target(
    server: TlsPostgresServer, *, ca: Path | None = None, sslmode: str = "verify-full"
) -> PostgresTarget:
    return PostgresTarget(
        host="localhost",
        port=server.port,
        database=DATABASE,
        user=ROLE,
        sslmode=sslmode,
        sslrootcert=str(ca or server.ca),
    )


def test_url_round_trip_never_holds_a_password(tmp_path: Path) -> None:
    pg = PostgresTarget(
        "db.wse.vlaanderen.be", "wsedesk", "piet", 5433, "verify-full", str(tmp_path / "ca.pem")
    )
    url = target_url(pg)
    assert url.startswith("postgresql+psycopg://piet@db.wse.vlaanderen.be:5433/wsedesk?")
    assert "sslmode=verify-full" in url and parse_target(url) == pg
    assert parse_target(f"postgresql+psycopg://piet:geheim@{pg.host}/wsedesk").user == "piet"
    sqlite = target_url(SqliteTarget(tmp_path / "a.sqlite"))
    assert sqlite == f"sqlite:///{tmp_path / 'a.sqlite'}" and parse_target(sqlite) == SqliteTarget(
        tmp_path / "a.sqlite"
    )


@pytest.mark.postgres
def test_good_credentials_with_verify_full(tls_server: TlsPostgresServer) -> None:
    verdict = try_connection(target(tls_server), PASSWORD)
    assert verdict.ok, verdict.message
    assert verdict.message.startswith("Verbonden met PostgreSQL 15")
    assert "als piet, versleuteld (TLS)" in verdict.message and "nog geen WSE Desk-schema" in verdict.message


@pytest.mark.postgres
def test_bad_password(tls_server: TlsPostgresServer) -> None:
    verdict = try_connection(target(tls_server), "fout")
    assert not verdict.ok
    assert (
        verdict.message
        == "De server weigert deze gebruiker met dit wachtwoord. Controleer gebruiker en wachtwoord."
    )
    assert "fout" not in verdict.message


@pytest.mark.postgres
def test_wrong_certificate_with_verify_full(tls_server: TlsPostgresServer) -> None:
    verdict = try_connection(target(tls_server, ca=tls_server.other_ca), PASSWORD)
    assert not verdict.ok
    assert "niet ondertekend door het gekozen CA-certificaat" in verdict.message


@pytest.mark.postgres
def test_a_host_name_not_in_the_certificate(tls_server: TlsPostgresServer) -> None:
    wrong_name = PostgresTarget(
        "127.0.0.2", DATABASE, ROLE, tls_server.port, "verify-full", str(tls_server.ca)
    )
    verdict = try_connection(wrong_name, PASSWORD)
    assert not verdict.ok  # 127.0.0.2 is not in the certificate (and the server does not listen there)


def test_bad_fields_are_named_without_connecting(tmp_path: Path) -> None:
    verdict = try_connection(PostgresTarget("", "wsedesk", "piet"))
    assert not verdict.ok and verdict.message.startswith("Server: Vul dit veld in.")
    verdict = try_connection(PostgresTarget("db", "wsedesk", "piet", sslmode="verify-full"))
    assert not verdict.ok and verdict.message.startswith("CA-certificaat:")
    assert try_connection(SqliteTarget(tmp_path / "nieuw.sqlite")).ok
    assert not try_connection(SqliteTarget(tmp_path / "geen" / "map" / "x.sqlite")).ok


@pytest.mark.postgres
def test_the_chosen_connection_opens_with_the_keyring_password(
    tls_server: TlsPostgresServer, memory_keyring: MemoryKeyring
) -> None:
    settings = Settings()
    url = choose_connection(settings, target(tls_server), PASSWORD)
    stored = settings_path().read_text(encoding="utf-8")
    assert PASSWORD not in stored and json.loads(stored)["database_url"] == url
    assert load_settings().database_url == url
    assert memory_keyring.passwords == {("wsedesk", f"piet@localhost:{tls_server.port}/wsedesk"): PASSWORD}
    assert stored_password(target(tls_server)) == PASSWORD
    ctx = open_context(url, settings=settings, clock=FixedClock(datetime(2025, 6, 16, 9, 30)))
    try:
        assert ctx.user.login == ROLE and ctx.db.backend == "postgresql"
        assert PASSWORD not in ctx.db.describe()
    finally:
        ctx.close()
    assert try_connection(target(tls_server)).ok  # the password comes from the keyring


def test_without_a_keyring_the_password_is_refused_clearly(no_keyring: None, tmp_path: Path) -> None:
    settings = Settings()
    pg = PostgresTarget("db", "wsedesk", "piet", sslmode="require")
    with pytest.raises(KeyringUnavailableError, match="geen systeemsleutelhanger"):
        choose_connection(settings, pg, "geheim")
    assert not settings_path().exists()  # nothing half-saved
    assert stored_password(pg) is None
    url = "postgresql+psycopg://piet@db/wsedesk"
    assert with_stored_password(url) == url  # PGPASSWORD or ~/.pgpass can still do it


def test_settings_v2_lose_their_password_and_get_a_language_code(tmp_path: Path) -> None:
    old = {
        "settings_version": 2,
        "database_url": "postgresql+psycopg://piet:geheim@db.wse.vlaanderen.be/wsedesk",
        "language": "nl_BE",
        "warn_working_days": 7,
    }
    path = tmp_path / "settings.json"
    path.write_text(json.dumps(old), encoding="utf-8")
    settings = load_settings(path)
    assert settings.database_url == "postgresql+psycopg://piet@db.wse.vlaanderen.be/wsedesk"
    assert settings.language == "nl" and settings.warn_working_days == 7
