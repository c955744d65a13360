"""Check-out, offline work and check-in of visit packages, into SQLite and PostgreSQL (issue #10)."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.integration.visit_helpers import make_dossier, make_org, plan, resolve_as_shown, the_conflict
from wsedesk.clock import FixedClock
from wsedesk.context import AppContext
from wsedesk.errors import PermissionDeniedError
from wsedesk.models import AuditEntry, DossierEvent, DossierTerm, Organisation, Person
from wsedesk.models.visits import (
    Visit,
    VisitAction,
    VisitAttachment,
    VisitCheckout,
    VisitConflict,
    VisitFinding,
)
from wsedesk.rules.roles import Role
from wsedesk.services import visit_records as records
from wsedesk.services import visit_report
from wsedesk.services import visit_review as review
from wsedesk.services import visit_sync as sync
from wsedesk.services import visits as visit_service
from wsedesk.services.session import open_context
from wsedesk.storage.sync import PackageRefused, open_package, read_state, unclassified_tables

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture
def office(ctx: AppContext) -> dict[str, str]:
    """Two organisations with a dossier each and a visit each; only the first goes in the package."""
    org = make_org(ctx, 1, name="Maatwerk Gent vzw")
    dossier = make_dossier(ctx, org, "MW", "toegekend", n=1)
    other = make_org(ctx, 2, name="Andere Organisatie nv")
    other_dossier = make_dossier(ctx, other, "MW", "toegekend", n=2)
    visit = plan(ctx, org, "opvolgbezoek", dossiers=(dossier,))
    other_visit = plan(ctx, other, "formeel")
    records.record_finding(ctx, visit, "verslag-besproken", "in_orde", "besproken met de directie")
    records.add_action(ctx, visit, "Loonlijsten bezorgen", date(2025, 7, 1), dossier_id=dossier)
    return {
        "org": org,
        "dossier": dossier,
        "other": other,
        "other_dossier": other_dossier,
        "visit": visit,
        "other_visit": other_visit,
    }


def _checkout(ctx: AppContext, tmp_path: Path, visit: str, name: str = "pakket.wsebezoek") -> Path:
    target = tmp_path / name
    result = sync.checkout(ctx, target, visit_ids=[visit])
    assert result.path == target and target.is_file()
    return target


class Trip:
    """A package on the laptop: `laptop` works offline on it until it is closed or checked in."""

    def __init__(self, central: AppContext, path: Path, clock: FixedClock) -> None:
        self.central, self.path = central, path
        self.laptop = sync.open_offline(path, clock=clock)
        self._open = True

    def close_laptop(self) -> None:
        if self._open:
            self.laptop.close()
            self._open = False

    def check_in(self) -> sync.CheckinResult:
        """Close the laptop's copy and check the package in centrally."""
        self.close_laptop()
        return sync.checkin(self.central, self.path)


@pytest.fixture
def trips(ctx: AppContext, clock: FixedClock) -> Iterator[Callable[[Path], Trip]]:
    """Opens a checked-out package on the laptop; every laptop still open is closed after the test."""
    opened: list[Trip] = []

    def open_trip(path: Path) -> Trip:
        opened.append(Trip(ctx, path, clock))
        return opened[-1]

    yield open_trip
    for t in opened:
        t.close_laptop()


@pytest.fixture
def trip(ctx: AppContext, office: dict[str, str], tmp_path: Path, trips: Callable[[Path], Trip]) -> Trip:
    """The office's first visit checked out and opened on the laptop."""
    return trips(_checkout(ctx, tmp_path, office["visit"]))


def test_the_package_holds_only_the_chosen_visit_and_no_national_numbers(
    ctx: AppContext, office: dict[str, str], tmp_path: Path
) -> None:
    path = _checkout(ctx, tmp_path, office["visit"])
    assert not list(tmp_path.glob(".*partial*")) and not Path(f"{path}-wal").exists()
    db = open_package(path)
    try:
        state = read_state(db)
        assert state.header.visit_ids == (office["visit"],)
        assert state.header.organisation_ids == (office["org"],) and state.header.dossier_ids == (
            office["dossier"],
        )
        assert state.header.issued_to == "tester" and state.header.database_name == ctx.db.describe()
        with db.engine.connect() as conn:
            orgs = conn.execute(select(Organisation.name)).scalars().all()
            people = conn.execute(select(Person.national_number)).scalars().all()
            visits = conn.execute(select(Visit.id)).scalars().all()
            keys = conn.exec_driver_sql("SELECT count(*) FROM sync_identity").scalar_one()
            audit_rows = conn.exec_driver_sql("SELECT count(*) FROM audit_log").scalar_one()
        assert orgs == ["Maatwerk Gent vzw"]
        assert people and people == [None] * len(people)
        assert [str(v) for v in visits] == [office["visit"]]
        assert keys == 0 and audit_rows == 0
    finally:
        db.dispose()
    assert unclassified_tables() == []
    with ctx.uow() as uow:
        record = uow.session.get(VisitCheckout, uuid.UUID(state.header.package_id))
        assert record is not None and record.status == "uitgecheckt" and record.visit_ids == [office["visit"]]


def test_outside_the_visits_the_package_is_read_only(
    ctx: AppContext, office: dict[str, str], tmp_path: Path, trips: Callable[[Path], Trip]
) -> None:
    path = _checkout(ctx, tmp_path, office["visit"])
    conn = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="alleen-lezen in een bezoekpakket: dossiers"):
            conn.execute("UPDATE dossiers SET status = 'ingetrokken'")
    finally:
        conn.close()
    laptop = trips(path).laptop
    assert laptop.offline and laptop.package is not None
    from wsedesk.errors import BadInputError
    from wsedesk.services import terms as term_service

    with pytest.raises(BadInputError, match="enkel bezoeken bewerken"):  # a dossier step, offline
        term_service.apply_transition(laptop, office["dossier"], "intrekken", on=date(2025, 6, 16))
    with pytest.raises(Exception, match="Uitchecken kan pas na het inchecken"):
        sync.checkout(laptop, tmp_path / "nog-een.wsebezoek", visit_ids=[office["visit"]])


def test_round_trip_offline_work_merges_and_the_laptop_copy_is_cleared(
    ctx: AppContext, office: dict[str, str], clock: FixedClock, trip: Trip
) -> None:
    laptop, visit, path = trip.laptop, office["visit"], trip.path
    detail = visit_service.visit_detail(laptop, visit)
    visit_report.step_visit(
        laptop, visit, "uitgevoerd", on=date(2025, 6, 16), expected_version=detail.version
    )
    for item in detail.checklist.items[1:]:
        records.record_finding(laptop, visit, item.key, "in_orde")
    records.record_finding(
        laptop,
        visit,
        "doelgroep-aandeel",
        "niet_in_orde",
        "48 %",
        expected_version=_version(laptop, visit, "doelgroep-aandeel"),
    )
    records.add_attachment(laptop, visit, "werkvloer.png", PNG, caption="Werkvloer")
    records.add_action(
        laptop, visit, "Personeelsregister nakijken", date(2025, 7, 15), dossier_id=office["dossier"]
    )
    proposed = records.start_follow_up(
        laptop, _finding_id(laptop, visit, "doelgroep-aandeel"), "sanctie", office["dossier"]
    )
    assert not proposed.started and "na het inchecken" in proposed.message
    new_visit = plan(laptop, office["org"], "begeleiding", on=date(2025, 6, 20))

    result = trip.check_in()
    assert (result.conflicts, result.deleted, result.already_checked_in, result.cleared) == (
        0,
        0,
        False,
        True,
    )
    assert result.created >= 8 and result.updated >= 1
    with ctx.uow() as uow:
        s = uow.session
        v = s.get(Visit, uuid.UUID(visit))
        assert v is not None and (v.status, v.performed_on) == ("uitgevoerd", date(2025, 6, 16))
        assert s.get(Visit, uuid.UUID(new_visit)) is not None
        assert s.scalar(select(func.count()).select_from(VisitAttachment)) == 1
        assert s.scalar(select(VisitAttachment.content)) == PNG
        f = s.scalar(select(VisitFinding).where(VisitFinding.item_key == "doelgroep-aandeel"))
        assert f is not None and (f.verdict, f.follow_up, f.follow_up_started_on) == (
            "niet_in_orde",
            "intrekken",
            None,
        )
        # the laptop's follow-up action is a term in the central Werkbak, with the action's id
        action_id = s.scalar(
            select(VisitAction.id).where(VisitAction.description == "Personeelsregister nakijken")
        )
        term = s.get(DossierTerm, action_id)
        assert term is not None and term.due_cache == date(2025, 7, 15)
        events = s.scalars(select(DossierEvent.description).where(DossierEvent.kind == "bezoek")).all()
        assert any("uitgevoerd (ingecheckt van tester)" in e for e in events)
        assert (
            s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "checkin")) == 1
        )
    state_db = open_package(path)
    try:
        state = read_state(state_db)
        assert state.checked_in_at is not None
        with state_db.engine.connect() as conn:
            tables = (
                conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'").scalars().all()
            )
        assert tables == ["package_manifest"]
    finally:
        state_db.dispose()
    with pytest.raises(PackageRefused, match="ingecheckt en is leeg"):
        sync.open_offline(path, clock=clock)
    # the proposal waits for a person online; confirming starts it
    (proposal,) = records.proposed_follow_ups(ctx)
    confirmed = records.confirm_follow_up(ctx, proposal[0])
    assert confirmed.started


def test_the_same_package_twice_changes_nothing_the_second_time(
    ctx: AppContext, office: dict[str, str], tmp_path: Path, trip: Trip
) -> None:
    path = trip.path
    records.record_finding(trip.laptop, office["visit"], "doelgroep-vte", "in_orde")
    trip.close_laptop()
    copy = tmp_path / "kopie.wsebezoek"
    shutil.copyfile(path, copy)
    first = sync.checkin(ctx, path)
    assert first.created == 1
    before = _central_fingerprint(ctx)
    again = sync.checkin(ctx, copy)  # a copy of the same package: already in, nothing changes
    assert again.already_checked_in and (again.merged, again.conflicts) == (0, 0) and again.cleared
    receipt = sync.checkin(ctx, path)  # the receipt itself
    assert receipt.already_checked_in and not receipt.cleared
    assert _central_fingerprint(ctx) == before


def test_a_copy_with_other_work_is_refused_once_the_package_is_in(
    ctx: AppContext, office: dict[str, str], tmp_path: Path, trips: Callable[[Path], Trip]
) -> None:
    path = _checkout(ctx, tmp_path, office["visit"])
    copy = tmp_path / "kopie.wsebezoek"
    shutil.copyfile(path, copy)
    other_laptop = trips(copy)
    records.record_finding(
        other_laptop.laptop, office["visit"], "doelgroep-vte", "niet_in_orde", "andere laptop"
    )
    other_laptop.close_laptop()
    sync.checkin(ctx, path)
    before = _central_fingerprint(ctx)
    with pytest.raises(PackageRefused, match=r"al ingecheckt op .* met andere wijzigingen"):
        sync.checkin(ctx, copy)
    assert _central_fingerprint(ctx) == before
    assert read_state_of(copy).checked_in_at is None  # the refused copy keeps its work


def test_an_altered_package_is_refused_and_nothing_is_stored(
    ctx: AppContext, office: dict[str, str], tmp_path: Path
) -> None:
    path = _checkout(ctx, tmp_path, office["visit"])
    header_altered = _checkout(ctx, tmp_path, office["visit"], "tweede.wsebezoek")
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER pakket_alleen_lezen_manifest_update")
    conn.execute("UPDATE package_base SET version = '99' WHERE entity = 'visit_findings'")
    conn.commit()
    conn.close()
    conn = sqlite3.connect(header_altered)
    header = conn.execute("SELECT value FROM package_manifest WHERE key = 'header'").fetchone()[0]
    conn.execute(
        "UPDATE package_manifest SET value = ? WHERE key = 'header'",
        (header.replace(office["visit"], office["other_visit"]),),
    )
    conn.commit()
    conn.close()
    before = _central_fingerprint(ctx)
    with pytest.raises(PackageRefused, match="uitgecheckte gegevens kloppen niet"):
        sync.checkin(ctx, path)
    with pytest.raises(PackageRefused, match="handtekening klopt niet"):
        sync.checkin(ctx, header_altered)
    assert _central_fingerprint(ctx) == before


def test_a_package_from_another_database_or_a_newer_schema_is_refused(
    ctx: AppContext, office: dict[str, str], tmp_path: Path, clock: FixedClock
) -> None:
    path = _checkout(ctx, tmp_path, office["visit"])
    other = open_context(f"sqlite:///{tmp_path / 'ander.sqlite'}", clock=clock, login="tester")
    try:
        sync.checkout(other, tmp_path / "eigen.wsebezoek", visit_ids=[plan(other, make_org(other, 7))])
        with pytest.raises(PackageRefused, match="komt niet uit deze database"):
            sync.checkin(other, path)
    finally:
        other.close()
    newer = _checkout(ctx, tmp_path, office["visit"], "nieuwer.wsebezoek")
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    with pytest.raises(PackageRefused, match="nieuwer dan dit programma"):
        sync.checkin(ctx, newer)
    not_a_package = tmp_path / "brief.pdf"
    not_a_package.write_bytes(b"%PDF-1.7\n")
    with pytest.raises(PackageRefused, match="geen bezoekpakket"):
        sync.checkin(ctx, not_a_package)


def test_checkout_of_my_visits_this_week(ctx: AppContext, office: dict[str, str], tmp_path: Path) -> None:
    plan(ctx, office["org"], "coachend", on=date(2025, 6, 30))  # next week
    result = sync.checkout(ctx, tmp_path / "week.wsebezoek", week=True)
    assert result.visits == 2 and result.organisations == 2  # both visits of 18/06 are mine
    assert read_state_of(tmp_path / "week.wsebezoek").header.visit_ids == tuple(
        sorted((office["visit"], office["other_visit"]))
    )


# --- the four conflict kinds and the review queue -------------------------------------------------------------


def test_edit_edit_goes_to_the_queue_and_a_merge_resolves_it(
    ctx: AppContext, office: dict[str, str], trip: Trip
) -> None:
    laptop, visit = trip.laptop, office["visit"]
    records.record_finding(
        laptop,
        visit,
        "verslag-besproken",
        "niet_in_orde",
        "laptop: niet besproken",
        expected_version=_version(laptop, visit, "verslag-besproken"),
    )
    records.record_finding(
        ctx,
        visit,
        "verslag-besproken",
        "in_orde",
        "centraal: besproken op 12/06",
        expected_version=_version(ctx, visit, "verslag-besproken"),
    )
    result = trip.check_in()
    assert (result.conflicts, result.by_kind) == (1, {"edit/edit": 1})
    (row,) = review.list_conflicts(ctx)
    assert row.kind == "edit/edit" and row.label.startswith(
        "Bevinding 'Het laatste duurzaamheidsverslag en zijn signalen"
    )
    detail = review.conflict_detail(ctx, row.id)
    diffs = {d.field: (d.yours, d.theirs) for d in detail.differences}
    assert diffs == {
        "verdict": ("niet_in_orde", "in_orde"),
        "note": ("laptop: niet besproken", "centraal: besproken op 12/06"),
    }
    by_field = {f.field: f for f in detail.fields}
    assert (by_field["verdict"].base, by_field["verdict"].laptop, by_field["verdict"].central) == (
        "in orde",
        "niet in orde",
        "in orde",
    )
    # nothing of the laptop's edit reached the record yet
    assert _finding(ctx, visit, "verslag-besproken") == ("in_orde", "centraal: besproken op 12/06")
    resolve_as_shown(
        ctx,
        detail,
        "merge",
        merged={"verdict": "niet_in_orde", "note": "centraal: besproken op 12/06; laptop: niet besproken"},
    )
    assert _finding(ctx, visit, "verslag-besproken") == (
        "niet_in_orde",
        "centraal: besproken op 12/06; laptop: niet besproken",
    )
    assert review.list_conflicts(ctx) == []
    with ctx.uow() as uow:
        c = uow.session.get(VisitConflict, uuid.UUID(row.id))
        assert c is not None and (c.status, c.resolution, c.resolved_by) == ("opgelost", "merge", "tester")


def test_edit_delete_keeps_the_laptops_edit_when_chosen(
    ctx: AppContext, office: dict[str, str], trip: Trip
) -> None:
    laptop, visit = trip.laptop, office["visit"]
    action = visit_service.visit_detail(laptop, visit).actions[0]
    records.update_action(
        laptop, action.id, expected_version=action.version, description="Loonlijsten 2024 bezorgen"
    )
    central_action = visit_service.visit_detail(ctx, visit).actions[0]
    records.delete_action(ctx, central_action.id, expected_version=central_action.version)
    result = trip.check_in()
    assert result.by_kind == {"edit/delete": 1}
    row, detail = the_conflict(ctx)
    assert detail.central_deleted and not detail.laptop_deleted
    assert visit_service.visit_detail(ctx, visit).actions == ()
    review.resolve_conflict(ctx, row.id, "laptop", expected_version=detail.version, central_version=None)
    (back,) = visit_service.visit_detail(ctx, visit).actions
    assert back.id == action.id and back.description == "Loonlijsten 2024 bezorgen"
    with ctx.uow() as uow:  # and it is a term in the Werkbak again
        assert uow.session.get(DossierTerm, uuid.UUID(action.id)) is not None


def test_delete_edit_keeps_the_central_edit_when_chosen(
    ctx: AppContext, office: dict[str, str], trip: Trip
) -> None:
    laptop, visit = trip.laptop, office["visit"]
    action = visit_service.visit_detail(laptop, visit).actions[0]
    records.delete_action(laptop, action.id, expected_version=action.version)
    records.update_action(ctx, action.id, expected_version=action.version, due_on=date(2025, 7, 8))
    result = trip.check_in()
    assert result.by_kind == {"delete/edit": 1}
    _, detail = the_conflict(ctx)
    assert detail.laptop_deleted and not detail.central_deleted
    resolve_as_shown(ctx, detail, "central")
    (kept,) = visit_service.visit_detail(ctx, visit).actions
    assert kept.due_on == date(2025, 7, 8)


def test_create_create_on_the_same_checklist_item(
    ctx: AppContext, office: dict[str, str], trip: Trip
) -> None:
    laptop, visit = trip.laptop, office["visit"]
    records.record_finding(laptop, visit, "financiele-toestand", "niet_in_orde", "negatief eigen vermogen")
    records.add_attachment(
        laptop,
        visit,
        "balans.pdf",
        b"%PDF-1.4 balans",
        finding_id=_finding_id(laptop, visit, "financiele-toestand"),
    )
    records.record_finding(ctx, visit, "financiele-toestand", "in_orde", "jaarrekening 2024 positief")
    result = trip.check_in()
    assert result.by_kind == {"create/create": 1}
    # the laptop's attachment for its finding merged and hangs on the central finding
    central_finding = _finding_id(ctx, visit, "financiele-toestand")
    (att,) = visit_service.visit_detail(ctx, visit).attachments
    assert att.finding_id == central_finding
    _, detail = the_conflict(ctx)
    resolve_as_shown(ctx, detail, "laptop")
    assert _finding(ctx, visit, "financiele-toestand") == ("niet_in_orde", "negatief eigen vermogen")


def test_resolving_needs_the_role_and_the_central_version_that_was_shown(
    ctx: AppContext, db_url: str, clock: FixedClock, office: dict[str, str], trip: Trip
) -> None:
    from tests.integration.visit_helpers import make_user

    laptop, visit = trip.laptop, office["visit"]
    records.record_finding(laptop, visit, "verslag-besproken", "niet_in_orde", "a", expected_version=1)
    records.record_finding(ctx, visit, "verslag-besproken", "in_orde", "b", expected_version=1)
    trip.check_in()
    _, detail = the_conflict(ctx)
    officer = make_user(db_url, clock, "behandelaar", [Role.DOSSIERBEHANDELAAR])
    try:
        with pytest.raises(PermissionDeniedError, match="beslist over conflicten"):
            resolve_as_shown(officer, detail, "laptop")
    finally:
        officer.close()
    records.record_finding(
        ctx, visit, "verslag-besproken", "in_orde", "c", expected_version=detail.central_version
    )
    from wsedesk.errors import ConflictError

    with pytest.raises(ConflictError):
        resolve_as_shown(ctx, detail, "laptop")
    assert _finding(ctx, visit, "verslag-besproken") == ("in_orde", "c")


# --- helpers ------------------------------------------------------------------------------------------------------


def read_state_of(path: Path):  # type: ignore[no-untyped-def]
    db = open_package(path)
    try:
        return read_state(db)
    finally:
        db.dispose()


def _finding_id(c: AppContext, visit: str, key: str) -> str:
    f = next(x for x in visit_service.visit_detail(c, visit).findings if x.item_key == key)
    assert f.finding_id is not None
    return f.finding_id


def _version(c: AppContext, visit: str, key: str) -> int:
    f = next(x for x in visit_service.visit_detail(c, visit).findings if x.item_key == key)
    assert f.version is not None
    return f.version


def _finding(c: AppContext, visit: str, key: str) -> tuple[str | None, str]:
    f = next(x for x in visit_service.visit_detail(c, visit).findings if x.item_key == key)
    return f.verdict, f.note


def _central_fingerprint(c: AppContext) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every visit table and the audit trail's length: to compare before and after."""
    from wsedesk.models import Base

    out: dict[str, list[tuple[object, ...]]] = {}
    with c.db.engine.connect() as conn:
        for name in (
            "visits",
            "visit_findings",
            "visit_actions",
            "visit_attachments",
            "visit_conflicts",
            "visit_checkouts",
            "tombstones",
            "dossier_terms",
            "dossier_events",
            "audit_log",
        ):
            table = Base.metadata.tables[name]
            out[name] = sorted((tuple(str(v) for v in r) for r in conn.execute(select(table))), key=str)
    return out


def test_a_visit_deleted_centrally_while_the_laptop_worked_on_it_comes_back_whole_when_chosen(
    ctx: AppContext, office: dict[str, str], trip: Trip
) -> None:
    laptop, visit = trip.laptop, office["visit"]
    records.record_finding(laptop, visit, "doelgroep-vte", "niet_in_orde", "17 VTE in 2024")
    records.add_attachment(laptop, visit, "loonlijst.pdf", b"%PDF-1.4 loonlijst")
    trip.close_laptop()
    visit_service.delete_visit(ctx, visit, expected_version=visit_service.visit_detail(ctx, visit).version)
    result = trip.check_in()
    assert (result.by_kind, result.created) == ({"edit/delete": 1}, 0)  # one conflict holds it all
    row, detail = the_conflict(ctx)
    assert (
        detail.central_deleted and detail.held_children >= 5
    )  # visitor, dossier, 2 findings, action, attachment
    review.resolve_conflict(ctx, row.id, "laptop", expected_version=detail.version, central_version=None)
    back = visit_service.visit_detail(ctx, visit)
    assert back.visitors and [d.id for d in back.dossiers] == [office["dossier"]]
    assert _finding(ctx, visit, "doelgroep-vte") == ("niet_in_orde", "17 VTE in 2024")
    assert _finding(ctx, visit, "verslag-besproken") == ("in_orde", "besproken met de directie")
    assert [a.original_name for a in back.attachments] == ["loonlijst.pdf"] and len(back.actions) == 1
