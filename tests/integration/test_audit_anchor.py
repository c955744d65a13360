"""An audit trail that cannot be cut or bypassed unseen (issue #14, item 2), on both backends."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import select, text

from wsedesk.context import AppContext
from wsedesk.models import AuditEntry, Organisation
from wsedesk.services.database import check_database
from wsedesk.storage.anchor import read_anchor
from wsedesk.storage.audit import GENESIS_HASH, entry_hash


def _organisation(ctx: AppContext, number: str = "0428759497", name: str = "Groep Intro vzw") -> str:
    with ctx.uow(write=True) as uow:
        org = Organisation(enterprise_number=number, name=name, kind="vzw")
        uow.session.add(org)
        uow.commit()
        return str(org.id)


def _rename(ctx: AppContext, org_id: str, name: str) -> None:
    with ctx.uow(write=True) as uow:
        org = uow.session.get(Organisation, __import__("uuid").UUID(org_id))
        assert org is not None
        org.name = name
        uow.commit()


def _drop_append_only_triggers(ctx: AppContext) -> None:
    with ctx.db.engine.begin() as conn:
        if ctx.db.is_sqlite:
            conn.execute(text("DROP TRIGGER audit_log_no_update"))
            conn.execute(text("DROP TRIGGER audit_log_no_delete"))
        else:
            conn.execute(text("DROP TRIGGER audit_log_append_only ON audit_log"))


def _problems(ctx: AppContext) -> list[str]:
    report = check_database(ctx.db)
    return report.problems


def test_normal_work_is_anchored_and_checks_clean(ctx: AppContext) -> None:
    org_id = _organisation(ctx)
    _rename(ctx, org_id, "Groep Intro")
    report = check_database(ctx.db)
    assert report.ok, report.problems
    anchor = read_anchor(ctx.db.anchor_path)
    with ctx.uow() as uow:
        last = uow.session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).one()
    assert anchor is not None and (anchor.seq, anchor.hash) == (last.seq, last.hash)
    assert any("rijen kloppen met hun laatste auditregel" in f for f in report.facts)
    assert any("het spoor eindigt waar het anker" in f for f in report.facts)


def test_a_cut_tail_is_caught_even_with_the_head_rewritten(ctx: AppContext) -> None:
    """Drop the trigger, delete the newest row, point audit_head at the new last row."""
    org_id = _organisation(ctx)
    _rename(ctx, org_id, "Groep Intro")  # the entry to be cut
    _drop_append_only_triggers(ctx)
    with ctx.db.engine.begin() as conn:
        last = conn.execute(text("SELECT max(seq) FROM audit_log")).scalar_one()
        conn.execute(text("DELETE FROM audit_log WHERE seq = :s"), {"s": last})
        prev_seq, prev_hash = conn.execute(
            text("SELECT seq, hash FROM audit_log WHERE seq = :s"), {"s": last - 1}
        ).one()
        conn.execute(text("UPDATE audit_head SET seq = :s, hash = :h"), {"s": prev_seq, "h": prev_hash})
        # …and the row put back as it was, so the data agrees with the shortened trail.
        conn.execute(text("UPDATE organisations SET name = 'Groep Intro vzw'"))
    problems = _problems(ctx)
    # SQLite: noticed when the file is checked (as on open); PostgreSQL: by the anchor check.
    assert any("nieuwste" in p and "ontbreken" in p and f"zegt {last}" in p for p in problems), problems


def test_a_rewritten_chain_is_caught_by_the_anchor(ctx: AppContext) -> None:
    """Alter an old entry and recompute every later hash and the head: the chain is 'intact' again."""
    _organisation(ctx)
    _organisation(ctx, "0876543270", "De Kempen")
    _drop_append_only_triggers(ctx)
    with ctx.uow() as uow:
        rows = [
            (e.seq, e.at, e.actor, e.action, e.entity, e.entity_id, e.changes)
            for e in uow.session.scalars(select(AuditEntry).order_by(AuditEntry.seq))
        ]
    with ctx.db.engine.begin() as conn:
        prev = GENESIS_HASH
        for seq, at, actor, action, entity, entity_id, changes in rows:
            if seq == 1:
                actor = "iemand-anders"
            digest = entry_hash(prev, seq, at, actor, action, entity, entity_id, changes)
            conn.execute(
                text("UPDATE audit_log SET actor = :a, prev_hash = :p, hash = :h WHERE seq = :s"),
                {"a": actor, "p": prev, "h": digest, "s": seq},
            )
            prev = digest
        conn.execute(text("UPDATE audit_head SET hash = :h"), {"h": prev})
    problems = _problems(ctx)
    assert not any("keten" in p for p in problems)  # the chain itself verifies…
    assert any("niet meer die van het anker" in p for p in problems), problems  # …the anchor does not


def test_a_direct_update_is_named_by_table_row_and_column(ctx: AppContext) -> None:
    org_id = _organisation(ctx)
    with ctx.db.engine.begin() as conn:
        conn.execute(text("UPDATE organisations SET name = 'Iemand Anders bv'"))
    problems = _problems(ctx)
    assert f"gegevens: organisations {org_id}: kolom 'name' wijkt af van de laatste auditregel" in " ".join(
        problems
    ), problems


def test_a_direct_delete_is_named(ctx: AppContext) -> None:
    org_id = _organisation(ctx)
    with ctx.db.engine.begin() as conn:
        conn.execute(text("DELETE FROM organisations"))
    problems = _problems(ctx)
    assert any(f"organisations {org_id}: de rij ontbreekt" in p for p in problems), problems


def test_an_altered_anchor_file_is_reported(ctx: AppContext) -> None:
    _organisation(ctx)
    path = ctx.db.anchor_path
    data = json.loads(path.read_text(encoding="utf-8"))
    data["seq"] = 1
    path.write_text(json.dumps(data), encoding="utf-8")
    problems = _problems(ctx)
    assert any("handtekening klopt niet" in p for p in problems), problems


@pytest.mark.parametrize("seq_field", ["seq"])
def test_the_anchor_file_is_owner_only(ctx: AppContext, seq_field: str) -> None:
    _organisation(ctx)
    mode = ctx.db.anchor_path.stat().st_mode & 0o777
    assert mode == 0o600
    assert seq_field in json.loads(ctx.db.anchor_path.read_text(encoding="utf-8"))


@pytest.mark.postgres
def test_the_team_role_can_only_append_to_the_trail(postgres_server: Any, clock: Any) -> None:
    """A non-superuser role granted by `wsedesk db grant` works normally but cannot cut the trail."""
    import uuid as _uuid

    from sqlalchemy.exc import DBAPIError

    from wsedesk.services.session import open_context
    from wsedesk.storage.pg_roles import grant_application_role

    url = postgres_server.create_database()
    owner = open_context(url, clock=clock, login="beheerder")  # the owner migrates and grants
    role = f"team_{_uuid.uuid4().hex[:8]}"
    postgres_server.psql(f'CREATE ROLE "{role}" LOGIN')
    grant_application_role(owner.db, role)
    owner.close()
    name = url.split("/")[3].split("?")[0]
    team = open_context(postgres_server.url(name, user=role), clock=clock)
    try:
        assert team.user.login == role
        _organisation(team)  # ordinary work: rows and their audit entries
        for statement in (
            "DELETE FROM audit_log",
            "UPDATE audit_log SET actor = 'x'",
            "TRUNCATE audit_log",
            "DROP TRIGGER audit_log_append_only ON audit_log",
            "ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only",
        ):
            with (
                pytest.raises(DBAPIError, match=r"permission denied|must be owner"),
                team.db.engine.begin() as conn,
            ):
                conn.execute(text(statement))
        assert check_database(team.db).ok
    finally:
        team.close()


def test_parts_of_a_write_are_anchored_once_at_the_commit_and_a_dropped_part_leaves_no_trace(
    ctx: AppContext,
) -> None:
    """`UnitOfWork.part` (a savepoint per file of an import): nothing is anchored before the real
    commit, a part rolled back takes its audit rows along, and the anchor ends at the kept head."""
    _organisation(ctx)
    before = read_anchor(ctx.db.anchor_path)
    with ctx.uow(write=True) as uow:
        for number, name, kept in (
            ("0403170701", "Kept één", True),
            ("0202239951", "Dropped", False),
            ("0207500123", "Kept twee", True),
        ):
            with uow.part() as keep:
                uow.session.add(Organisation(enterprise_number=number, name=name, kind="vzw"))
                uow.session.flush()
                if kept:
                    keep()
            assert read_anchor(ctx.db.anchor_path) == before  # a savepoint anchors nothing
        with pytest.raises(RuntimeError), uow.part() as keep:
            uow.session.add(Organisation(enterprise_number="0417497106", name="Broken", kind="vzw"))
            uow.session.flush()
            keep()
            raise RuntimeError("a bug after keep(): the part goes anyway")
        uow.commit()
    with ctx.uow() as uow:
        names = set(uow.session.scalars(select(Organisation.name)))
        last = uow.session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).one()
    assert {"Kept één", "Kept twee"} <= names and not {"Dropped", "Broken"} & names
    anchor = read_anchor(ctx.db.anchor_path)
    assert anchor is not None and (anchor.seq, anchor.hash) == (last.seq, last.hash)
    assert check_database(ctx.db).ok


def test_a_session_writing_again_after_its_commit_continues_the_chain_from_the_new_head(
    ctx: AppContext,
) -> None:
    """SQLite keeps the audit head for the flushes of one transaction (audit._lock_head); the
    same session's next transaction, after another writer moved the head, reads it anew."""
    org_id = _organisation(ctx)
    with ctx.uow(write=True) as uow:
        org = uow.session.get(Organisation, __import__("uuid").UUID(org_id))
        assert org is not None
        org.name = "Eerste naam"
        uow.session.flush()
        org.name = "Tweede naam"  # a second flush of the same transaction
        uow.session.flush()
        uow.commit()
        _organisation(ctx, "0403170701", "Andere schrijver")  # another unit of work moves the head
        org.name = "Derde naam"
        uow.session.flush()
        uow.commit()
    with ctx.uow() as uow:
        seqs = list(uow.session.scalars(select(AuditEntry.seq).order_by(AuditEntry.seq)))
    assert seqs == list(range(1, len(seqs) + 1)) and len(seqs) >= 5
    assert check_database(ctx.db).ok, check_database(ctx.db).problems
