"""Demo facts for the intake (issue #11 part 1), added by `generate_demo` in its own unit of work.

Every QR dossier gets the quality registration it validates (each route, proofs consistent with
the dossier's state: still valid when validated, ended or withdrawn when the registration ended);
every ED dossier its application with qualified supervisors, subcontractors, a working area and
a capacity (so the provider finder, ED-13, finds providers); organisations get establishments,
one is closed and one is a merged duplicate; a few tenders of Intensief Werkplekleren have
partners in every TW state and the accepted list has applications in every KB state, one of
them published as a new version of the list. Deterministic for a seed and reference date; bulk
inserts through SQLAlchemy Core like the rest of the demo.
"""

from __future__ import annotations

import random
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from wsedesk.models import (
    AuditOrganisation,
    Dossier,
    DossierEvent,
    DossierTerm,
    Establishment,
    Organisation,
    Person,
    QualityLabel,
    QualityLabelPublication,
    QualityProofApplication,
    QualityRegistration,
    RecognitionApplication,
    Subcontractor,
    Supervisor,
    TenderPartnership,
    WorkingArea,
)
from wsedesk.rules import quality as Q
from wsedesk.rules.calendar import load_default_calendar
from wsedesk.rules.identifiers import make_enterprise_number, make_establishment_number
from wsedesk.rules.municipalities import FLANDERS, municipalities
from wsedesk.rules.quality_reference import STANDAARD_WSE_ID
from wsedesk.rules.terms import TermSpec, compute_term
from wsedesk.rules.workflows import TERMS, workflow_for
from wsedesk.storage.repositories import make_reference

FIRST = ("An", "Bart", "Els", "Hanne", "Jan", "Katrien", "Lotte", "Mehmet", "Nico", "Sofie", "Tom", "Yasmine")
LAST = (
    "Claes",
    "De Smet",
    "Goossens",
    "Jacobs",
    "Maes",
    "Mertens",
    "Peeters",
    "Öztürk",
    "Wouters",
    "Willems",
)
DIPLOMAS = ("ba-sociaal-werk", "ba-orthopedagogie", "ba-ergotherapie", "ba-toegepaste-psychologie", None)
AUDIT_BODIES = (
    ("Certi-Audit bv", 4_567_890, True),
    ("Kwaliteitsbureau Vlaanderen vzw", 5_678_901, True),
    ("EuroCert Assessments nv", 6_789_012, False),  # filing lapsed: QR-3 is "niet voldaan" for its labels
)
#: ED dossiers submitted before this day have no stored application (taken over from before the intake).
FIRST_INTAKE_DAY = date(2023, 1, 1)
TENDERS = (
    ("Intensief Werkplekleren 2025", "Provincie Antwerpen"),
    ("Intensief Werkplekleren 2025", "Provincie Oost-Vlaanderen"),
    ("Intensief Werkplekleren 2026", "Provincie Limburg"),
)
# The path each demo TW dossier walks (its actions), chosen so every TW state is reached.
TW_PATHS: tuple[tuple[str, ...], ...] = (
    (),
    ("niet_uitnodigen",),
    ("uitnodigen",),
    ("uitnodigen", "offerte_ontvangen"),
    ("uitnodigen", "geen_offerte"),
    ("uitnodigen", "offerte_ontvangen", "niet_gunnen"),
    ("uitnodigen", "offerte_ontvangen", "gunnen"),
    ("uitnodigen", "offerte_ontvangen", "gunnen", "contract_ondertekenen"),
    ("uitnodigen", "offerte_ontvangen", "gunnen", "contract_ondertekenen", "kwaliteitsreview"),
    ("uitnodigen", "offerte_ontvangen", "gunnen", "contract_ondertekenen", "contract_beeindigen"),
)
KB_CASES = (
    ("Keurmerk Werkplekbegeleiding", (), None),
    ("Label Inclusief Ondernemen", ("beoordelen",), None),
    ("Jobcoach Kwaliteitslabel", ("beoordelen",), ("klantgerichtheid", "personeelsbeheer")),
    ("Q-Werk", ("beoordelen", "publiceren"), ("klantgerichtheid", "personeelsbeheer", "financieel_beheer")),
    ("Zelfscan Dienstverlening", ("beoordelen", "weigeren"), None),
)


def scripted_dossiers(total: int) -> int:
    """How many of `total` demo dossiers are the scripted TW and KB ones (none in a tiny demo)."""
    return len(TW_PATHS) * 2 + len(KB_CASES) if total >= 250 else 0


@dataclass(frozen=True)
class IntakeDemoResult:
    registrations: int
    applications: int
    establishments: int
    tender_partners: int
    proof_applications: int


def _uuid(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def _national_number(rng: random.Random) -> tuple[str, str]:
    """A valid national register number of someone born 1960–1999, and its masked form."""
    born = date(1960, 1, 1) + timedelta(days=rng.randrange(0, 14_600))
    first9 = f"{born:%y%m%d}{rng.randint(1, 997):03d}"
    digits = f"{first9}{97 - int(first9) % 97:02d}"
    return digits, f"{digits[0:2]}.{digits[2:4]}.{digits[4:6]}-***.**"


class _Rows:
    """Rows to insert, per model, in foreign-key order; one executemany per table."""

    def __init__(self, stamp: dict[str, Any]) -> None:
        self.stamp = stamp
        self.rows: dict[type, list[dict[str, Any]]] = defaultdict(list)

    def add(self, model: type, **values: Any) -> dict[str, Any]:
        row = {**values, **(self.stamp if hasattr(model, "version") else {})}
        self.rows[model].append(row)
        return row

    def flush(self, session: Session, *order: type) -> None:
        for model in order:
            rows = self.rows.pop(model, [])
            if rows:
                session.connection().execute(insert(model.__table__), rows)  # type: ignore[attr-defined]


def add_demo_intake(
    session: Session,
    *,
    seed: int,
    today: date,
    now: datetime,
    actor: str,
    stamp: dict[str, Any],
    officers: list[uuid.UUID],
    scripted: bool = True,
) -> IntakeDemoResult:
    """Add the intake's demo facts to what `generate_demo` stored in this unit of work.

    With `scripted`, also the TW and KB dossiers of `scripted_dossiers` (generate_demo leaves
    room for them, so the demo holds the number of dossiers asked for).
    """
    rng = random.Random(seed * 7919 + 11)
    rows = _Rows(stamp)
    orgs = list(session.execute(select(Organisation.id, Organisation.kind, Organisation.municipality_nis)))
    establishments = _establishments(session, rng, rows, orgs)
    audit_ids = _audit_bodies(session, rng, rows, today)
    rows.flush(session, Establishment, AuditOrganisation)
    registrations = _registrations(session, rng, rows, today, audit_ids)
    applications = _applications(session, rng, rows, orgs)
    rows.flush(
        session, QualityRegistration, Person, RecognitionApplication, Supervisor, Subcontractor, WorkingArea
    )
    _closed_and_merged(session, today)
    partners = proofs = 0
    if scripted:
        demo = _Dossiers(session, rng, rows, now=now, actor=actor, officers=officers)
        partners = _tender_partners(session, rng, demo, today)
        proofs = _proof_applications(session, rng, demo, today)
        demo.flush()
    return IntakeDemoResult(registrations, applications, establishments, partners, proofs)


def _establishments(session: Session, rng: random.Random, rows: _Rows, orgs: list[Any]) -> int:
    taken = set(session.scalars(select(Establishment.establishment_number)))
    flemish = [m.nis for m in municipalities(flemish_only=True)]
    count = 0
    for org in orgs:
        if rng.random() > 0.35:
            continue
        for i in range(rng.randint(1, 3)):
            number = make_establishment_number(rng.randrange(20_000_000, 79_999_999))
            if number in taken:
                continue
            taken.add(number)
            nis = org.municipality_nis if i == 0 and org.municipality_nis else rng.choice(flemish)
            rows.add(
                Establishment,
                id=_uuid(rng),
                organisation_id=org.id,
                establishment_number=number,
                name=rng.choice(("Hoofdzetel", "Atelier", "Werkplaats", "Opleidingscentrum", "Antenne"))
                + f" {i + 1}",
                street=f"{rng.choice(('Kerkstraat', 'Stationsstraat', 'Industrieweg', 'Molenstraat'))} {rng.randint(1, 200)}",
                postal_code=None,
                municipality_nis=nis,
                closed_on=None,
            )
            count += 1
    return count


def _audit_bodies(
    session: Session, rng: random.Random, rows: _Rows, today: date
) -> list[tuple[uuid.UUID, bool]]:
    found = list(session.execute(select(AuditOrganisation.id, AuditOrganisation.valid_until)))
    if found:
        return [(r.id, r.valid_until is None or r.valid_until >= today) for r in found]
    out = []
    for name, first8, current in AUDIT_BODIES:
        filed = date(today.year - (1 if current else 5), 2, 15)
        audit_id = _uuid(rng)
        rows.add(
            AuditOrganisation,
            id=audit_id,
            name=name,
            enterprise_number=make_enterprise_number(first8),
            declaration_filed_on=filed,
            valid_until=date(filed.year + 4, 2, 14),
            auditors_are_providers=False,
        )
        out.append((audit_id, current))
    return out


# --- quality registrations (QR) ----------------------------------------------------------------------

_VALIDATED = frozenset({"gevalideerd", "schorsing_voorgenomen", "geschorst"})


def _registrations(
    session: Session, rng: random.Random, rows: _Rows, today: date, audit_ids: list[tuple[uuid.UUID, bool]]
) -> int:
    catalogue = Q.load_label_catalogue()
    settings = Q.load_rule_settings()
    by_route: dict[str, list[Q.LabelEntry]] = defaultdict(list)
    for entry in catalogue:
        by_route[entry.route].append(entry)
    current_audits = [a for a, ok in audit_ids if ok] or [a for a, _ in audit_ids]
    lapsed_audits = [a for a, ok in audit_ids if not ok]
    have = set(
        session.scalars(
            select(QualityRegistration.dossier_id).where(QualityRegistration.dossier_id.isnot(None))
        )
    )
    dossiers = session.execute(
        select(
            Dossier.id, Dossier.organisation_id, Dossier.status, Dossier.submitted_on, Dossier.status_since
        ).where(Dossier.dossier_type == "QR")
    ).all()
    ends: list[dict[str, Any]] = []
    count = 0
    for d in dossiers:
        if d.id in have:
            continue
        roll = rng.random()
        route = "label" if roll < 0.7 else "overheid" if roll < 0.9 else "standaard_wse"
        if route == "standaard_wse" and d.submitted_on < settings.qr2_standaard_wse_again_from:
            route = "label"
        entry = (
            rng.choice(by_route[route]) if route != "standaard_wse" else catalogue.known(STANDAARD_WSE_ID)[0]
        )
        issued = d.submitted_on - timedelta(days=rng.randint(20, 500))
        valid_until: date | None = issued + timedelta(days=rng.choice((3 * 365, 4 * 365, 2 * 365)))
        withdrawn: date | None = None
        if d.status in _VALIDATED and valid_until is not None and valid_until < today and rng.random() < 0.85:
            valid_until = today + timedelta(days=rng.randint(-20, 700))  # renewed at its audit
        if d.status == "beeindigd":  # QR-7: the proof ended, or was withdrawn at an interim audit
            if rng.random() < 0.5:
                withdrawn, valid_until = d.status_since - timedelta(days=rng.randint(1, 20)), valid_until
            else:
                valid_until = d.status_since - timedelta(days=rng.randint(1, 30))
        # QR-1: an area the proof covers needs no more evidence; the others mostly have it.
        areas = {a: "onbekend" if a in entry.areas or rng.random() < 0.15 else "ja" for a in Q.AREAS}
        if d.status == "geweigerd" and rng.random() < 0.6:
            areas["financieel_beheer"] = "nee"
        audit = None
        if route == "label":
            audit = (
                rng.choice(lapsed_audits)
                if lapsed_audits and rng.random() < 0.08
                else rng.choice(current_audits)
            )
        active = d.submitted_on - timedelta(days=rng.choice((0, 0, 10, 200, 3000)))
        row = rows.add(
            QualityRegistration,
            id=_uuid(rng),
            organisation_id=d.organisation_id,
            dossier_id=d.id,
            route=route,
            label_id=entry.id,
            reference=f"{entry.id.upper()[:6]}-{issued.year}-{rng.randint(100, 9999)}",
            issued_on=issued,
            valid_until=valid_until,
            withdrawn_on=withdrawn,
            audit_organisation_id=audit,
            area_klantgerichtheid=areas["klantgerichtheid"],
            area_personeelsbeheer=areas["personeelsbeheer"],
            area_financieel_beheer=areas["financieel_beheer"],
            provider_active_since=active,
            standaard_wse_earlier_uses=0 if route == "standaard_wse" else None,
            standaard_wse_first_used_on=None,
        )
        count += 1
        if d.status in _VALIDATED:
            facts = Q.QualityRegistration(
                organisation=Q.Organisation(None, None, None),
                proof=Q.QualityProof(
                    route=cast(Q.ProofRoute, route),
                    label_id=entry.id,
                    valid_until=row["valid_until"],
                    withdrawn_on=withdrawn,
                ),
                submitted_on=d.submitted_on,
                standaard_wse_earlier_uses=row["standaard_wse_earlier_uses"],
            )
            ends.append({"dossier_id": d.id, "end": Q.registration_end(facts, settings)})
    # QR-7: a validated registration holds until its proof ends (as services/steps.py sets it).
    if ends:
        table = cast(Table, Dossier.__table__)
        session.connection().execute(
            update(table).where(table.c.id == bindparam("dossier_id")).values(valid_until=bindparam("end")),
            ends,
        )
    return count


# --- recognition applications (ED) --------------------------------------------------------------------


def _applications(session: Session, rng: random.Random, rows: _Rows, orgs: list[Any]) -> int:
    refs = {m.nis: m for m in municipalities(flemish_only=True)}
    provinces = sorted({m.province for m in refs.values() if m.province})
    known = {o.id: o for o in orgs}
    numbers = list(session.scalars(select(Organisation.enterprise_number).limit(400)))
    have = set(session.scalars(select(RecognitionApplication.dossier_id)))
    dossiers = session.execute(
        select(Dossier.id, Dossier.organisation_id, Dossier.status, Dossier.submitted_on).where(
            Dossier.dossier_type == "ED"
        )
    ).all()
    simplified_kinds = Q.load_rule_settings().ed2_simplified_kinds
    count = 0
    for d in dossiers:
        # The first year's dossiers were taken over from before WSE Desk, without their application:
        # the Toetsing tab says so instead of showing "onbekend" everywhere.
        if d.id in have or d.submitted_on < FIRST_INTAKE_DAY:
            continue
        org = known.get(d.organisation_id)
        kind = org.kind if org else "vzw"
        simplified = kind in simplified_kinds and rng.random() < 0.8
        app_id = _uuid(rng)
        contact_id = _uuid(rng)
        first, last = rng.choice(FIRST), rng.choice(LAST)
        rows.add(
            Person,
            id=contact_id,
            organisation_id=d.organisation_id,
            first_name=first,
            last_name=last,
            function="coördinator begeleiding",
            email=f"{first.lower()}.{last.lower().replace(' ', '')}@example.be",
            phone=None,
            national_number=None,
        )
        refused = d.status in ("geweigerd", "onontvankelijk", "afgesloten")
        rows.add(
            RecognitionApplication,
            id=app_id,
            dossier_id=d.id,
            contact_person_id=contact_id,
            intake_schema="wsedesk-intake/1",
            simplified_requested=simplified,
            experience_motivation=None
            if simplified
            else f"Sinds {rng.randint(2005, 2020)} begeleiden wij werknemers met een arbeidsbeperking op de werkvloer.",
            experience_judged_sufficient=None
            if simplified or d.status == "ingediend"
            else not (refused and rng.random() < 0.5),
            capacity=rng.choice((10, 15, 20, 25, 40, 60)),
            capacity_motivation="Vier jobcoaches, elk tot vijftien werknemers tegelijk.",
            intervision_commitment=True,
            declaration_on_honour=True,
            declaration_signed_by=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            declaration_signed_on=d.submitted_on,
            subcontractors_stated=True,
        )
        if not simplified:
            for position in range(1, rng.randint(2, 4)):
                person_id = _uuid(rng)
                digits, masked = _national_number(rng)
                p_first, p_last = rng.choice(FIRST), rng.choice(LAST)
                rows.add(
                    Person,
                    id=person_id,
                    organisation_id=None,
                    first_name=p_first,
                    last_name=p_last,
                    function="gekwalificeerd begeleider",
                    email=None,
                    phone=None,
                    national_number=None,
                )
                diploma = rng.choice(DIPLOMAS)
                rows.add(
                    Supervisor,
                    id=_uuid(rng),
                    application_id=app_id,
                    person_id=person_id,
                    position=position,
                    national_number=digits,
                    national_number_masked=masked,
                    diploma_id=diploma,
                    experience_years=None if diploma else Decimal(rng.choice(("1.5", "2.0", "4.5", "8.0"))),
                    experience_certificate=diploma is None and rng.random() < 0.5,
                    recognised_training=False,
                    competences=["samenwerken", "communiceren", "persoonsgericht_werken", "advies_op_maat"],
                    employed_by_applicant=rng.random() > 0.05,
                )
        if numbers and rng.random() < 0.25:
            rows.add(
                Subcontractor,
                id=_uuid(rng),
                application_id=app_id,
                enterprise_number=rng.choice(numbers),
                name="Onderaannemer jobcoaching",
                recognised=rng.random() < 0.7,
            )
        home = refs.get(org.municipality_nis) if org and org.municipality_nis else None
        roll = rng.random()
        if roll < 0.15:
            area = [FLANDERS]
        elif roll < 0.55 and home is not None and home.province:
            area = [home.province]
        else:
            area = sorted({home.nis if home else rng.choice(list(refs)), *rng.sample(sorted(refs), 3)})
            if rng.random() < 0.2:
                area.append(rng.choice(provinces))
        for code in area:
            rows.add(WorkingArea, id=_uuid(rng), application_id=app_id, nis_code=code)
        count += 1
    return count


def _closed_and_merged(session: Session, today: date) -> None:
    """A duplicate merged into another organisation (as organisation_lifecycle.py does), and an
    organisation without open dossiers closed, with its establishments."""
    vzws = list(
        session.scalars(
            select(Organisation.id)
            .where(Organisation.kind == "vzw")
            .order_by(Organisation.enterprise_number)
            .limit(2)
        )
    )
    if len(vzws) == 2:
        kept, duplicate = vzws
        for model in (Dossier, Establishment, QualityRegistration, Person):
            column = model.organisation_id
            session.execute(update(model).where(column == duplicate).values(organisation_id=kept))
        session.execute(
            update(Organisation)
            .where(Organisation.id == duplicate)
            .values(closed_on=today - timedelta(days=12), merged_into_id=kept)
        )
    with_open = select(Dossier.organisation_id).where(Dossier.closed.is_(False))
    quiet = session.scalar(
        select(Organisation.id)
        .where(Organisation.id.not_in(with_open), Organisation.closed_on.is_(None))
        .order_by(Organisation.enterprise_number)
        .limit(1)
    )
    if quiet is not None:
        closed_on = today - timedelta(days=40)
        session.execute(update(Organisation).where(Organisation.id == quiet).values(closed_on=closed_on))
        session.execute(
            update(Establishment).where(Establishment.organisation_id == quiet).values(closed_on=closed_on)
        )


# --- TW and KB dossiers, walked step by step -------------------------------------------------------------


class _Dossiers:
    """Dossiers of the scripted demo procedures: references, events, terms, the dossier rows."""

    def __init__(
        self,
        session: Session,
        rng: random.Random,
        rows: _Rows,
        *,
        now: datetime,
        actor: str,
        officers: list[uuid.UUID],
    ) -> None:
        self.session, self.rng, self.rows, self.now, self.actor, self.officers = (
            session,
            rng,
            rows,
            now,
            actor,
            officers,
        )
        self.numbers: dict[tuple[str, int], int] = {}
        self.calendar = load_default_calendar()

    def _reference(self, dossier_type: str, year: int) -> str:
        key = (dossier_type, year)
        if key not in self.numbers:
            last = self.session.scalar(
                select(func.max(Dossier.reference)).where(Dossier.reference.like(f"{dossier_type}-{year}-%"))
            )
            self.numbers[key] = int(last.rsplit("-", 1)[1]) if last else 0
        self.numbers[key] += 1
        return make_reference(dossier_type, year, self.numbers[key])

    def _event(
        self, dossier_id: uuid.UUID, on: date, kind: str, text: str, data: dict[str, Any]
    ) -> uuid.UUID:
        event_id = _uuid(self.rng)
        self.rows.add(
            DossierEvent,
            id=event_id,
            dossier_id=dossier_id,
            occurred_on=on,
            recorded_at=self.now,
            recorded_by=self.actor,
            kind=kind,
            description=text,
            data=data,
        )
        return event_id

    def walk(
        self,
        dossier_type: str,
        org_id: uuid.UUID,
        subject: str,
        submitted: date,
        actions: tuple[str, ...],
        days: list[int],
        intake_text: str,
    ) -> tuple[uuid.UUID, str, date, dict[str, date]]:
        """A dossier that took `actions` in turn, each `days[i]` after the previous step."""
        wf = workflow_for(dossier_type)
        dossier_id = _uuid(self.rng)
        self._event(dossier_id, submitted, "ingediend", intake_text, {})
        status, when, taken = wf.initial, submitted, {}
        terms: list[dict[str, Any]] = []
        for action, gap in zip(actions, days, strict=True):
            t = next(x for x in wf.transitions if x.action == action and status in x.source)
            when = when + timedelta(days=gap)
            event_id = self._event(
                dossier_id, when, t.action, t.label, {"rule": t.rule_id, "from": status, "to": t.target}
            )
            for term in terms:
                if term["closed_on"] is None and (term["term_id"] in t.closes or wf.status(t.target).closed):
                    term["closed_on"], term["closed_by_event_id"] = when, event_id
            for term_id in t.opens:
                spec = TERMS[term_id]
                due = compute_term(
                    when, TermSpec(term_id, spec.days, spec.working_days), [], self.calendar
                ).due
                terms.append(
                    {
                        "id": _uuid(self.rng),
                        "dossier_id": dossier_id,
                        "term_id": term_id,
                        "event_date": when,
                        "days": spec.days,
                        "working_days": spec.working_days,
                        "opened_by_event_id": event_id,
                        "closed_on": None,
                        "closed_by_event_id": None,
                        "due_cache": due,
                        "state_cache": "running",
                    }
                )
            status = t.target
            taken[action] = when
        for term in terms:
            if term["closed_on"] is not None:
                term["state_cache"] = "closed"
            self.rows.add(DossierTerm, **term)
        self.rows.add(
            Dossier,
            id=dossier_id,
            reference=self._reference(dossier_type, submitted.year),
            dossier_type=dossier_type,
            status=status,
            closed=wf.status(status).closed,
            organisation_id=org_id,
            assignee_id=self.rng.choice(self.officers) if self.officers else None,
            subject=subject[:300],
            notes="",
            submitted_on=submitted,
            status_since=when,
            decided_on=None,
            valid_from=None,
            valid_until=None,
        )
        return dossier_id, status, when, taken

    def flush(self) -> None:
        self.rows.flush(
            self.session,
            QualityLabelPublication,
            QualityLabel,
            Dossier,
            DossierEvent,
            DossierTerm,
            TenderPartnership,
            QualityProofApplication,
        )


def _tender_partners(session: Session, rng: random.Random, demo: _Dossiers, today: date) -> int:
    """Candidates of three tenders, every TW state; invited ones hold a validated registration (TW-1)."""
    registered = list(
        session.scalars(
            select(Dossier.organisation_id)
            .where(Dossier.dossier_type == "QR", Dossier.status == "gevalideerd", Dossier.valid_until > today)
            .distinct()
            .order_by(Dossier.organisation_id)
        )
    )
    others = list(
        session.scalars(
            select(Organisation.id)
            .where(Organisation.closed_on.is_(None))
            .order_by(Organisation.id)
            .limit(60)
        )
    )
    if not registered or not others:
        return 0
    count = 0
    for n, path in enumerate(TW_PATHS * 2):
        tender, lot = TENDERS[n % len(TENDERS)]
        invited = bool(path) and path[0] == "uitnodigen"
        org = registered[n % len(registered)] if invited or not path else others[n % len(others)]
        submitted = today - timedelta(days=rng.randint(60, 420) if len(path) > 3 else rng.randint(5, 120))
        gaps = [rng.randint(7, 20) for _ in path]
        if "kwaliteitsreview" in path or "contract_beeindigen" in path:
            submitted = today - timedelta(days=400 + rng.randint(0, 60))
            gaps = [10, 14, 14, 10, 370] if len(path) == 5 else gaps
        if sum(gaps) > (today - submitted).days:
            submitted = today - timedelta(days=sum(gaps) + 3)
        dossier_id, _status, _when, taken = demo.walk(
            "TW",
            org,
            f"Tenderpartner {tender} – {lot}",
            submitted,
            path,
            gaps,
            "Kandidaat-partner geregistreerd",
        )
        if "gunnen" in taken:  # the award is the decision (TW-1): the day the step was taken
            demo.rows.rows[Dossier][-1]["decided_on"] = taken["gunnen"]
        scored = "offerte_ontvangen" in taken
        start = taken.get("contract_ondertekenen")
        demo.rows.add(
            TenderPartnership,
            id=_uuid(rng),
            dossier_id=dossier_id,
            tender=tender,
            lot=lot,
            experience_description=f"Wij begeleiden sinds {rng.randint(2008, 2020)} werkzoekenden op de werkvloer bij werkgevers.",
            similar_experience=None if not path else (path[0] != "niet_uitnodigen"),
            bid_price=Decimal(rng.randrange(90_000, 180_000, 500)) if scored else None,
            quality_score=Decimal(rng.randint(55, 95)) if scored else None,
            contract_reference=f"IWP-{tender[-4:]}-{n:02d}" if start else "",
            contract_start=start + timedelta(days=14) if start else None,
            contract_end=start + timedelta(days=14 + 2 * 365) if start else None,
        )
        count += 1
    # The contracted dossiers carry the contract's validity (steps.py).
    for row in demo.rows.rows[TenderPartnership]:
        dossier = next(d for d in demo.rows.rows[Dossier] if d["id"] == row["dossier_id"])
        if row["contract_start"] is not None:
            dossier["valid_from"], dossier["valid_until"] = row["contract_start"], row["contract_end"]
    return count


def _proof_applications(session: Session, rng: random.Random, demo: _Dossiers, today: date) -> int:
    """Applications to put a quality proof on the accepted list, one per KB state; one published."""
    managers = list(
        session.scalars(
            select(Organisation.id).where(Organisation.kind == "vzw").order_by(Organisation.id).limit(10)
        )
    )
    if not managers:
        return 0
    for n, (name, path, judged) in enumerate(KB_CASES):
        submitted = today - timedelta(days=30 + 25 * n)
        gaps = [rng.randint(5, 15) for _ in path]
        dossier_id, status, when, _taken = demo.walk(
            "KB",
            managers[n % len(managers)],
            f"Kwaliteitsbewijs {name} op de lijst",
            submitted,
            path,
            gaps,
            "Aanvraag om een kwaliteitsbewijs op de lijst te plaatsen ontvangen",
        )
        reference = demo.rows.rows[Dossier][-1]["reference"]
        publication = label_id = None
        if status == "gepubliceerd":
            publication = f"WSE {when.isoformat()} {reference}"[:60]
            label_id = name.lower().replace(" ", "-")
            demo.rows.add(
                QualityLabelPublication,
                id=_uuid(rng),
                publication_id=publication,
                title=f"Lijst van kwaliteitsbewijzen aangevuld met {name} (aanvraag {reference})",
                published_on=when,
                seed=False,
            )
            demo.rows.add(
                QualityLabel,
                id=_uuid(rng),
                label_id=label_id,
                name=name,
                route="label",
                areas=list(judged or ()),
                publication_id=publication,
                valid_from=when,
                valid_until=None,
                ended_by=None,
                aliases=[],
                note=f"Aanvaard na aanvraag {reference} (QR-2 a).",
                seed=False,
            )
            dossier = demo.rows.rows[Dossier][-1]
            dossier["decided_on"] = dossier["valid_from"] = when
        elif status == "geweigerd":
            demo.rows.rows[Dossier][-1]["decided_on"] = when
        demo.rows.add(
            QualityProofApplication,
            id=_uuid(rng),
            dossier_id=dossier_id,
            proof_name=name,
            description="Het label wordt toegekend na een externe audit die om de drie jaar herhaald wordt.",
            audit_based=status != "geweigerd",
            areas_claimed=list(Q.AREAS),
            judged_name=name if judged else None,
            areas_judged=list(judged) if judged else None,
            label_id=label_id,
            publication_id=publication,
        )
    return len(KB_CASES)
