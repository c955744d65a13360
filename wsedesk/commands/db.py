"""`wsedesk db upgrade | backup BESTAND | restore | grant | check | encrypt | decrypt`."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from wsedesk.clock import SystemClock
from wsedesk.documents.nl import format_decimal, format_integer, format_size
from wsedesk.errors import DatabaseError
from wsedesk.settings import load_settings


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    db = sub.add_parser(
        "db",
        help="database onderhouden: upgrade, backup, restore, check, encrypt, decrypt",
        description="Onderhoud van de open database.",
    )
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTIE")
    up = db_sub.add_parser(
        "upgrade",
        help="schema bijwerken naar de nieuwste versie (met backup vooraf)",
        description="Werkt het schema bij met de Alembic-migraties; schrijft eerst een backup.",
    )
    up.set_defaults(handler=run_upgrade)
    bk = db_sub.add_parser(
        "backup",
        help="een consistente kopie van de database schrijven",
        description="SQLite: online backup naar een nieuw bestand. PostgreSQL: een zip met "
        "schema.sql en één CSV per tabel.",
    )
    bk.add_argument("file", metavar="BESTAND", type=Path, help="doelbestand (mag nog niet bestaan)")
    bk.set_defaults(handler=run_backup)
    rs = db_sub.add_parser(
        "restore",
        help="een backup terugzetten (teamverantwoordelijke)",
        description="Zet een backup van 'wsedesk db backup' terug in een lege database; een database die "
        "niet leeg is enkel met --overwrite. Enkel een teamverantwoordelijke mag dit.",
    )
    rs.add_argument("file", metavar="BESTAND", type=Path, help="de backup (SQLite-bestand of PostgreSQL-zip)")
    rs.add_argument(
        "--to", metavar="URL", required=True, help="de doeldatabase: een bestand of postgresql+psycopg://…"
    )
    rs.add_argument("--overwrite", action="store_true", help="een database die niet leeg is vervangen")
    rs.set_defaults(handler=run_restore)
    gr = db_sub.add_parser(
        "grant",
        help="PostgreSQL: de rol van het team de nodige rechten geven (auditspoor enkel aanvullen)",
        description="Geeft ROL lees- en schrijfrechten op de gegevens, maar op audit_log enkel SELECT en "
        "INSERT. Uit te voeren door de eigenaar van de database (docs/database.md).",
    )
    gr.add_argument("role", metavar="ROL", help="de PostgreSQL-rol waarmee het team aanmeldt")
    gr.set_defaults(handler=run_grant)
    ck = db_sub.add_parser(
        "check",
        help="integriteit, schemaversie, auditspoor en documenthashes controleren",
        description="Controleert de database; exitcode 1 als er een probleem is.",
    )
    ck.set_defaults(handler=run_check)
    en = db_sub.add_parser(
        "encrypt",
        help="het lokale databasebestand versleutelen (teamverantwoordelijke of eigenaar van het bestand)",
        description="Versleutelt het lokale SQLite-bestand met de sleutel van deze installatie (SQLCipher). "
        "Schrijft eerst een backup in backups/ naast het bestand; daarna blijft er geen onversleutelde kopie "
        "over: ook die backup, de automatische backups en de backups voor een upgrade worden versleuteld. "
        "WSE Desk mag het bestand niet open hebben. Enkel een teamverantwoordelijke of de eigenaar van het "
        "bestand mag dit.",
    )
    en.set_defaults(handler=run_encrypt)
    de = db_sub.add_parser(
        "decrypt",
        help="het versleutelde lokale databasebestand weer onversleuteld maken",
        description="Maakt van het versleutelde lokale SQLite-bestand weer een gewoon bestand. Schrijft eerst "
        "een (versleutelde) backup in backups/ naast het bestand. WSE Desk mag het bestand niet open hebben. "
        "Enkel een teamverantwoordelijke of de eigenaar van het bestand mag dit.",
    )
    de.set_defaults(handler=run_decrypt)


def _url(args: argparse.Namespace) -> str:
    from wsedesk.context import resolve_database_url

    return resolve_database_url(args.db, load_settings(), demo=args.demo)


def run_upgrade(args: argparse.Namespace) -> int:
    from wsedesk.storage.backup import backup_beside
    from wsedesk.storage.engine import connect
    from wsedesk.storage.migrate import schema_state, upgrade

    db = connect(_url(args))
    try:
        state = schema_state(db)
        if state.newer_than_program:
            raise DatabaseError(f"De database ({state.current}) is nieuwer dan dit programma.")
        if state.up_to_date:
            print(f"{db.describe()}: schema is al up-to-date ({state.head}).")
            return 0
        if state.current is None and not state.empty:
            raise DatabaseError(f"'{db.describe()}' is geen WSE Desk-database.")
        if state.current is not None:
            target = backup_beside(db, now=SystemClock().now(), tag=state.current)
            print(f"Backup geschreven: {target}")
        upgrade(db)
        print(f"{db.describe()}: schema bijgewerkt van {state.current or 'leeg'} naar {state.head}.")
    finally:
        db.dispose()
    return 0


def run_backup(args: argparse.Namespace) -> int:
    from wsedesk.storage.backup import backup_database
    from wsedesk.storage.engine import connect

    db = connect(_url(args), create=False)
    try:
        started = time.monotonic()
        target = backup_database(db, args.file)
        seconds = time.monotonic() - started
        print(
            f"Backup van {db.describe()} geschreven naar {target} ({format_size(target.stat().st_size)}, "
            f"{format_decimal(seconds, 1)} s)."
        )
    finally:
        db.dispose()
    return 0


def run_restore(args: argparse.Namespace) -> int:
    import getpass

    from wsedesk.services.backup import restore_backup
    from wsedesk.storage.engine import parse_url

    url = parse_url(args.to)
    # The login as the target will know it: the database role on PostgreSQL, the OS user on SQLite.
    login = (url.username if not url.drivername.startswith("sqlite") else None) or getpass.getuser()
    started = time.monotonic()
    result = restore_backup(args.file, args.to, login=login, overwrite=args.overwrite)
    rows = sum(result.rows.values())
    print(
        f"Backup {args.file} teruggezet in {result.target}: schemaversie {result.schema_revision}, "
        f"{rows:,} rijen, auditspoor tot regel {result.head.seq} ({time.monotonic() - started:.1f} s)."
    )
    print("Controleer met 'wsedesk db check --db …'.")
    return 0


def run_grant(args: argparse.Namespace) -> int:
    from wsedesk.storage.engine import connect
    from wsedesk.storage.pg_roles import grant_application_role

    db = connect(_url(args), create=False)
    try:
        statements = grant_application_role(db, args.role)
    finally:
        db.dispose()
    print(
        f"Rechten voor rol '{args.role}' gezet ({len(statements)} opdrachten); audit_log: enkel SELECT en INSERT."
    )
    return 0


def run_check(args: argparse.Namespace) -> int:
    from wsedesk.services.database import CheckReport, check_database
    from wsedesk.storage.engine import connect
    from wsedesk.storage.health import DamagedDatabaseError

    url = _url(args)
    try:
        db = connect(url, create=False, verify=False)  # a damaged file is reported, not refused
    except DamagedDatabaseError as exc:  # not even openable (not SQLite, no key for it)
        report = CheckReport(url, problems=[str(exc)])
    else:
        try:
            report = check_database(db)
        finally:
            db.dispose()
    print(f"Database: {report.database}")
    for fact in report.facts:
        print(f"  ok    {fact}")
    for problem in report.problems:
        print(f"  FOUT  {problem}")
    print("Resultaat: " + ("in orde" if report.ok else f"{len(report.problems)} probleem/problemen"))
    return 0 if report.ok else 1


def run_encrypt(args: argparse.Namespace) -> int:
    return _convert(args, encrypt=True)


def run_decrypt(args: argparse.Namespace) -> int:
    return _convert(args, encrypt=False)


def _convert(args: argparse.Namespace, *, encrypt: bool) -> int:
    from wsedesk.services.database_encryption import decrypt_database, encrypt_database
    from wsedesk.services.session import open_context

    settings = load_settings()
    ctx = open_context(_url(args), settings=settings)
    try:
        result = encrypt_database(ctx) if encrypt else decrypt_database(ctx)
    finally:
        ctx.close()
    state = "versleuteld" if result.encrypted else "onversleuteld gemaakt"
    print(f"{result.path}: {state} ({format_integer(result.rows)} rijen, gecontroleerd).")
    print(f"Backup vooraf: {result.backup}")
    if result.backups_encrypted:
        print(f"Ook versleuteld: {len(result.backups_encrypted)} eerdere onversleutelde kopie(ën).")
    return 0
