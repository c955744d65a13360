"""Data written at each schema revision before upgrading to head (tests/integration/test_migrations.py).

Every revision needs an entry: raw SQL against the schema *as it was* at that revision, so an
upgrade is tested with real rows in every table the revision knows.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, inspect, text

ORG_ID = "6f1c0d4e-8a8b-4c61-9a52-0c7b8e0d1a01"
USER_ID = "6f1c0d4e-8a8b-4c61-9a52-0c7b8e0d1a02"
DOSSIER_ID = "6f1c0d4e-8a8b-4c61-9a52-0c7b8e0d1a03"
EVENT_ID = "6f1c0d4e-8a8b-4c61-9a52-0c7b8e0d1a04"


def _uuid(conn: Connection, value: str) -> str:
    # SQLAlchemy's Uuid type stores 32 hex chars on SQLite and a native uuid on PostgreSQL.
    return value.replace("-", "") if conn.dialect.name == "sqlite" else value


def seed_0001(conn: Connection) -> None:
    stamp = "'2025-03-03 09:00:00', '2025-03-03 09:00:00', 'migratietest'"
    conn.execute(
        text(
            "INSERT INTO municipalities (nis_code, name_nl, province_code, province_name, region_code) "
            "VALUES ('44021', 'Gent', '40000', 'Provincie Oost-Vlaanderen', '02000')"
        )
    )
    conn.execute(
        text(
            f"INSERT INTO users (id, login, display_name, roles, active, version, created_at, updated_at, updated_by) "
            f"VALUES (:id, 'migratie', 'Migratie Test', '[\"dossierbehandelaar\"]', true, 1, {stamp})"
        ),
        {"id": _uuid(conn, USER_ID)},
    )
    conn.execute(
        text(
            "INSERT INTO organisations (id, enterprise_number, name, kind, municipality_nis, version, created_at, "
            f"updated_at, updated_by) VALUES (:id, '0428759497', 'Groep Intro vzw', 'vzw', '44021', 1, {stamp})"
        ),
        {"id": _uuid(conn, ORG_ID)},
    )
    conn.execute(
        text(
            "INSERT INTO dossiers (id, reference, dossier_type, status, closed, organisation_id, assignee_id, subject, "
            "notes, submitted_on, status_since, version, created_at, updated_at, updated_by) VALUES (:id, "
            "'ED-2025-00042', 'ED', 'in_onderzoek', false, :org, :user, 'Erkenning', '', '2025-03-03', '2025-03-10', "
            f"1, {stamp})"
        ),
        {"id": _uuid(conn, DOSSIER_ID), "org": _uuid(conn, ORG_ID), "user": _uuid(conn, USER_ID)},
    )
    conn.execute(
        text(
            "INSERT INTO dossier_events (id, dossier_id, occurred_on, recorded_at, recorded_by, kind, description, data) "
            "VALUES (:id, :d, '2025-03-10', '2025-03-10 10:00:00', 'migratietest', 'ontvankelijk', "
            "'Ontvankelijk verklaard', '{}')"
        ),
        {"id": _uuid(conn, EVENT_ID), "d": _uuid(conn, DOSSIER_ID)},
    )


TERM_ID = "6f1c0d4e-8a8b-4c61-9a52-0c7b8e0d1a05"
SUSPENSION_ID = "6f1c0d4e-8a8b-4c61-9a52-0c7b8e0d1a06"


def seed_0002(conn: Connection) -> None:
    seed_0001(conn)
    stamp = "'2025-03-10 09:00:00', '2025-03-10 09:00:00', 'migratietest'"
    conn.execute(
        text(
            "INSERT INTO dossier_terms (id, dossier_id, term_id, event_date, days, working_days, due_cache, "
            f"state_cache, version, created_at, updated_at, updated_by) VALUES (:id, :d, 'ED-5', '2025-03-10', 45, "
            f"false, NULL, 'stopped', 1, {stamp})"
        ),
        {"id": _uuid(conn, TERM_ID), "d": _uuid(conn, DOSSIER_ID)},
    )
    # From 0009 on a suspension also names its dossier; the seed writes the row its schema has.
    with_dossier = "dossier_id" in {c["name"] for c in inspect(conn).get_columns("suspensions")}
    conn.execute(
        text(
            "INSERT INTO suspensions (id, dossier_term_id, "
            + ("dossier_id, " if with_dossier else "")
            + 'start, "end", reason, version, created_at, updated_at, updated_by) VALUES (:id, :t, '
            + (":d, " if with_dossier else "")
            + f"'2025-03-20', NULL, 'Lijst begeleiders ontbreekt', 1, {stamp})"
        ),
        {"id": _uuid(conn, SUSPENSION_ID), "t": _uuid(conn, TERM_ID), "d": _uuid(conn, DOSSIER_ID)},
    )
    conn.execute(
        text(
            "INSERT INTO calendar_days (id, day, name, closed, version, created_at, updated_at, updated_by) "
            f"VALUES (:id, '2025-12-24', 'Kerstavond (brugdag)', true, 1, {stamp})"
        ),
        {"id": _uuid(conn, "6f1c0d4e-8a8b-4c61-9a52-0c7b8e0d1a07")},
    )


def seed_0003(conn: Connection) -> None:
    seed_0002(conn)
    conn.execute(text("UPDATE users SET phone = '02 553 40 12' WHERE id = :id"), {"id": _uuid(conn, USER_ID)})


SUBMISSION_ID = "6f1c0d4e-8a8b-4c61-9a52-0c7b8e0d1a08"
OLD_SUBMISSION_ID = "6f1c0d4e-8a8b-4c61-9a52-0c7b8e0d1a09"


def seed_0004(conn: Connection) -> None:
    seed_0003(conn)
    stamp = "'2025-06-02 10:00:00', '2025-06-02 10:00:00', 'migratietest'"
    submission = (
        "INSERT INTO report_submissions (id, organisation_id, report_year, template_version, file_name, "
        "file_sha256, file_size, received_on, late, status, superseded_by, dossier_id, warnings, flags, "
        "imported_by, version, created_at, updated_at, updated_by) VALUES (:id, :org, 2024, "
        "'duurzaamheidsverslag-2025', :name, :sha, 18734, :received, false, :status, :by, NULL, :warnings, "
        f":flags, 'migratietest', 1, {stamp})"
    )
    # The current submission first: the superseded one points at it.
    conn.execute(
        text(submission),
        {
            "id": _uuid(conn, SUBMISSION_ID),
            "org": _uuid(conn, ORG_ID),
            "name": "verslag-2024-v2.xlsx",
            "sha": "b" * 64,
            "received": "2025-06-02",
            "status": "current",
            "by": None,
            "warnings": '[{"severity": "warning", "sheet": "Indicatoren", "cell": "D12", "code": "I08", '
            '"rule": "MW-3", "message": "MW-3: negatief eigen vermogen (-1.000 EUR)"}]',
            "flags": '["MW-3"]',
        },
    )
    conn.execute(
        text(submission),
        {
            "id": _uuid(conn, OLD_SUBMISSION_ID),
            "org": _uuid(conn, ORG_ID),
            "name": "verslag-2024.xlsx",
            "sha": "a" * 64,
            "received": "2025-05-20",
            "status": "superseded",
            "by": _uuid(conn, SUBMISSION_ID),
            "warnings": "[]",
            "flags": "[]",
        },
    )
    for n, (code, kind, value_text, number) in enumerate(
        (
            ("ID01", "enterprise_number", "0428759497", None),
            ("ID05", "year", "2024", 2024),
            ("I01", "decimal", "25.5", 25.5),
            ("I03", "percentage", "63.75", 63.75),
            ("I08", "amount", "-1000", -1000),
            ("I14", "boolean", "true", 1),
            ("I13", "integer", None, None),
        ),
        start=10,
    ):
        conn.execute(
            text(
                "INSERT INTO report_values (id, submission_id, code, value_type, value_text, value_number) "
                "VALUES (:id, :s, :code, :kind, :text, :number)"
            ),
            {
                "id": _uuid(conn, f"6f1c0d4e-8a8b-4c61-9a52-0c7b8e0d1a{n:02d}"),
                "s": _uuid(conn, SUBMISSION_ID),
                "code": code,
                "kind": kind,
                "text": value_text,
                "number": number,
            },
        )


def seed_0005(conn: Connection) -> None:
    seed_0004(conn)
    stamp = "1, '2025-06-03 10:00:00', '2025-06-03 10:00:00', 'migratietest'"
    cols = "version, created_at, updated_at, updated_by"
    ids = {n: _uuid(conn, f"6f1c0d4e-8a8b-4c61-9a52-0c7b8e0d1b{n:02d}") for n in range(1, 12)}
    conn.execute(
        text(
            "INSERT INTO quality_labels (id, label_id, name, route, areas, publication_id, valid_from, valid_until, "
            f"ended_by, aliases, note, seed, {cols}) VALUES (:id, 'migratietest-label', 'Migratietest-label', "
            "'label', '[\"klantgerichtheid\"]', 'BS 2019-07-29', '2024-01-01', NULL, NULL, '[]', '', false, "
            f"{stamp})"
        ),
        {"id": ids[1]},
    )
    conn.execute(
        text(
            "INSERT INTO audit_organisations (id, name, enterprise_number, declaration_filed_on, valid_until, "
            f"auditors_are_providers, {cols}) VALUES (:id, 'Certi-Audit bv', '0456789034', '2024-02-15', "
            f"'2028-02-14', false, {stamp})"
        ),
        {"id": ids[2]},
    )
    conn.execute(
        text(
            "INSERT INTO quality_registrations (id, organisation_id, dossier_id, route, label_id, reference, issued_on, "
            "valid_until, withdrawn_on, audit_organisation_id, area_klantgerichtheid, area_personeelsbeheer, "
            "area_financieel_beheer, provider_active_since, standaard_wse_earlier_uses, standaard_wse_first_used_on, "
            f"{cols}) VALUES (:id, :org, NULL, 'label', 'iso-9001', 'ISO-2024-118', '2024-03-01', '2027-02-28', NULL, "
            f":audit, 'ja', 'ja', 'onbekend', '2018-01-01', NULL, NULL, {stamp})"
        ),
        {"id": ids[3], "org": _uuid(conn, ORG_ID), "audit": ids[2]},
    )
    person = (
        "INSERT INTO persons (id, organisation_id, first_name, last_name, function, email, phone, national_number, "
        f"{cols}) VALUES (:id, :org, :first, :last, :function, :email, NULL, NULL, {stamp})"
    )
    conn.execute(
        text(person),
        {
            "id": ids[4],
            "org": _uuid(conn, ORG_ID),
            "first": "Sofie",
            "last": "Claes",
            "function": "contactpersoon",
            "email": "sofie.claes@groepintro.be",
        },
    )
    conn.execute(
        text(person),
        {
            "id": ids[5],
            "org": None,
            "first": "Jan",
            "last": "Peeters",
            "function": "begeleider",
            "email": None,
        },
    )
    conn.execute(
        text(
            "INSERT INTO recognition_applications (id, dossier_id, contact_person_id, intake_schema, simplified_requested, "
            "experience_motivation, experience_judged_sufficient, capacity, capacity_motivation, intervision_commitment, "
            "declaration_on_honour, declaration_signed_by, declaration_signed_on, subcontractors_stated, "
            f"{cols}) VALUES (:id, :d, :contact, 'wsedesk-intake/1', false, 'Sinds 2012 ...', NULL, 25, "
            f"'Vijf jobcoaches', true, true, 'Koen Van den Broeck', '2025-03-03', true, {stamp})"
        ),
        {"id": ids[6], "d": _uuid(conn, DOSSIER_ID), "contact": ids[4]},
    )
    conn.execute(
        text(
            "INSERT INTO supervisors (id, application_id, person_id, position, national_number, national_number_masked, "
            "diploma_id, experience_years, experience_certificate, recognised_training, competences, "
            f"employed_by_applicant, {cols}) VALUES (:id, :app, :person, 1, '85073003328', '85.07.30-***.**', "
            f"'ba-sociaal-werk', 3.5, false, false, '[\"samenwerken\"]', true, {stamp})"
        ),
        {"id": ids[7], "app": ids[6], "person": ids[5]},
    )
    conn.execute(
        text(
            f"INSERT INTO subcontractors (id, application_id, enterprise_number, name, recognised, {cols}) "
            f"VALUES (:id, :app, '0412345614', 'Jobcoaching Oost vzw', NULL, {stamp})"
        ),
        {"id": ids[8], "app": ids[6]},
    )
    for n, code in ((9, "40000"), (10, "12025")):
        conn.execute(
            text(
                f"INSERT INTO working_areas (id, application_id, nis_code, {cols}) VALUES (:id, :app, :code, {stamp})"
            ),
            {"id": ids[n], "app": ids[6], "code": code},
        )
    conn.execute(
        text(
            f"INSERT INTO condition_changes (id, dossier_id, description, occurred_on, reported_on, {cols}) "
            f"VALUES (:id, :d, 'Begeleider Jan Peeters uit dienst', '2025-05-31', '2025-06-02', {stamp})"
        ),
        {"id": ids[11], "d": _uuid(conn, DOSSIER_ID)},
    )


def seed_0007(conn: Connection) -> None:
    """A visit with everything it can hold, a package record, a conflict and a tombstone."""
    seed_0005(conn)
    stamp = "1, '2025-06-10 10:00:00', '2025-06-10 10:00:00', 'migratietest'"
    cols = "version, created_at, updated_at, updated_by"
    ids = {n: _uuid(conn, f"6f1c0d4e-8a8b-4c61-9a52-0c7b8e0d1c{n:02d}") for n in range(1, 10)}
    org, user, dossier = _uuid(conn, ORG_ID), _uuid(conn, USER_ID), _uuid(conn, DOSSIER_ID)
    rows = [
        (
            "INSERT INTO visits (id, reference, organisation_id, visit_type, checklist_version, planned_on, "
            f"performed_on, report_on, status, summary, {cols}) VALUES (:v, 'BZ-2025-6F1C0D4E', :org, "
            f"'begeleiding', 1, '2025-06-12', '2025-06-12', NULL, 'uitgevoerd', 'Goed gesprek.', {stamp})"
        ),
        f"INSERT INTO visit_visitors (id, visit_id, user_id, {cols}) VALUES (:vv, :v, :user, {stamp})",
        f"INSERT INTO visit_dossiers (id, visit_id, dossier_id, {cols}) VALUES (:vd, :v, :dossier, {stamp})",
        (
            "INSERT INTO visit_findings (id, visit_id, item_key, verdict, note, follow_up, follow_up_dossier_id, "
            f"follow_up_started_on, {cols}) VALUES (:f, :v, 'collega-coach', 'niet_in_orde', 'niet dagelijks', "
            f"'informatievraag', :dossier, NULL, {stamp})"
        ),
        (
            "INSERT INTO visit_actions (id, visit_id, finding_id, dossier_id, description, recorded_on, due_on, "
            f"done_on, {cols}) VALUES (:a, :v, :f, NULL, 'Planning bezorgen', '2025-06-12', '2025-07-14', NULL, "
            f"{stamp})"
        ),
        (
            "INSERT INTO visit_attachments (id, visit_id, finding_id, media_type, stored_name, original_name, "
            f"caption, size, sha256, content, {cols}) VALUES (:att, :v, NULL, 'application/pdf', 'x.pdf', "
            f"'scan.pdf', '', 5, 'abc', :content, {stamp})"
        ),
        (
            "INSERT INTO tombstones (id, entity, entity_id, version, data, deleted_at, deleted_by) VALUES "
            "(:t, 'visit_actions', :gone, 2, '{}', '2025-06-11 10:00:00', 'migratietest')"
        ),
        (
            "INSERT INTO visit_checkouts (id, issued_to, issued_at, visit_ids, status, checked_in_at, "
            f"checked_in_by, digest, merged, conflicts, {cols}) VALUES (:c, 'migratietest', "
            f"'2025-06-11 08:00:00', '[]', 'ingecheckt', '2025-06-13 08:00:00', 'migratietest', 'd', 3, 1, {stamp})"
        ),
        (
            "INSERT INTO visit_conflicts (id, checkout_id, kind, entity, entity_id, visit_id, label, base, laptop, "
            "central, central_id, central_version, laptop_user, detected_at, status, resolution, resolved_by, "
            f"resolved_at, {cols}) VALUES (:k, :c, 'edit/edit', 'visit_findings', :f, :v, 'Bevinding', '{{}}', "
            f"'{{}}', '{{}}', NULL, 1, 'migratietest', '2025-06-13 08:00:00', 'open', NULL, NULL, NULL, {stamp})"
        ),
    ]
    params = {
        "v": ids[1], "vv": ids[2], "vd": ids[3], "f": ids[4], "a": ids[5], "att": ids[6], "t": ids[7],
        "gone": ids[8], "c": ids[9], "k": _uuid(conn, "6f1c0d4e-8a8b-4c61-9a52-0c7b8e0d1d01"),
        "org": org, "user": user, "dossier": dossier, "content": b"%PDF-",
    }  # fmt: skip
    for sql in rows:
        conn.execute(text(sql), params)


def seed_0008(conn: Connection) -> None:
    """Organisations closed and merged; a tender partner and a quality-proof application."""
    seed_0007(conn)
    stamp = "1, '2025-07-01 10:00:00', '2025-07-01 10:00:00', 'migratietest'"
    cols = "version, created_at, updated_at, updated_by"
    ids = {n: _uuid(conn, f"6f1c0d4e-8a8b-4c61-9a52-0c7b8e0d1d{n:02d}") for n in range(1, 4)}
    conn.execute(
        text(
            "INSERT INTO organisations (id, enterprise_number, name, kind, closed_on, merged_into_id, "
            f"{cols}) VALUES (:id, '0412345614', 'Dubbel Intro vzw', 'vzw', '2025-06-30', :kept, {stamp})"
        ),
        {"id": ids[1], "kept": _uuid(conn, ORG_ID)},
    )
    conn.execute(
        text(
            "INSERT INTO tender_partnerships (id, dossier_id, tender, lot, experience_description, similar_experience, "
            "bid_price, quality_score, contract_reference, contract_start, contract_end, "
            f"{cols}) VALUES (:id, :d, 'Intensief Werkplekleren 2026', 'Antwerpen', 'Sinds 2015 ...', true, "
            f"125000.50, 78.5, 'IWP-2026-ANT-01', '2026-01-01', '2027-12-31', {stamp})"
        ),
        {"id": ids[2], "d": _uuid(conn, DOSSIER_ID)},
    )
    conn.execute(
        text(
            "INSERT INTO quality_proof_applications (id, dossier_id, proof_name, description, audit_based, "
            "areas_claimed, judged_name, areas_judged, label_id, publication_id, "
            f"{cols}) VALUES (:id, :d, 'Keurmerk Werkplek', 'Externe audit om de drie jaar', true, "
            f"'[\"klantgerichtheid\"]', NULL, NULL, NULL, NULL, {stamp})"
        ),
        {"id": ids[3], "d": _uuid(conn, DOSSIER_ID)},
    )


def seed_0010(conn: Connection) -> None:
    """A guidance assignment under the ED dossier (employee number stored, masked copy beside it)."""
    seed_0008(conn)
    stamp = "1, '2025-07-01 10:00:00', '2025-07-01 10:00:00', 'migratietest'"
    conn.execute(
        text(
            "INSERT INTO guidance_assignments (id, dossier_id, employee_national_number, employee_masked, "
            "employer_name, employer_enterprise_number, start_on, end_on, premium_changes, "
            "version, created_at, updated_at, updated_by) VALUES (:id, :d, '85073003328', '85.07.30-***.**', "
            f"'Bakkerij Intro bv', '0428759497', '2025-07-01', NULL, '[\"2026-01-01\"]', {stamp})"
        ),
        {"id": _uuid(conn, "6f1c0d4e-8a8b-4c61-9a52-0c7b8e0d1e01"), "d": _uuid(conn, DOSSIER_ID)},
    )


SEEDS: dict[str, Callable[[Connection], None]] = {
    "0001": seed_0001,
    "0002": seed_0002,
    "0003": seed_0003,
    "0004": seed_0004,
    "0005": seed_0005,
    "0006": seed_0005,  # 0006 only adds indexes: the 0005 data is what it must keep
    "0007": seed_0007,
    "0008": seed_0008,
    "0009": seed_0008,  # 0009 names the dossier on each suspension (back-filled) and adds indexes
    "0010": seed_0010,
    "0011": seed_0010,  # 0011 adds the search index, back-filled from these rows
    "0012": seed_0010,  # 0012 adds the list's sort keys (back-filled) and their triggers
    "0013": seed_0010,  # 0013 adds the suspended days of decided dossiers and ended terms (back-filled)
}
