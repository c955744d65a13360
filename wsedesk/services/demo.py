"""Realistic, deterministic demo data: `wsedesk demo [--dossiers N] [--seed S]`.

Same seed and same reference date → same data. Bulk inserts through SQLAlchemy Core keep
100,000 dossiers well under a minute; the audit trail gets one entry for the whole run.
"""

from __future__ import annotations

import random
import uuid
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Table, func, insert, select

from wsedesk.documents.letters import load_procedures
from wsedesk.documents.nl import format_date
from wsedesk.models import Dossier, DossierEvent, DossierTerm, Organisation, OrganisationKind, Person, User
from wsedesk.models import Suspension as SuspensionRow
from wsedesk.progress import CancelledError, NullProgress, Progress
from wsedesk.rules.calendar import load_default_calendar
from wsedesk.rules.identifiers import make_enterprise_number
from wsedesk.rules.reports import submission_deadline
from wsedesk.rules.roles import Role
from wsedesk.rules.terms import Suspension, TermSpec, compute_term, recognition_end
from wsedesk.rules.workflows import TERMS, WORKFLOWS, DossierType, Transition, Workflow
from wsedesk.services.guidance_demo import add_demo_guidance
from wsedesk.services.intake_demo import add_demo_intake, scripted_dossiers
from wsedesk.services.letters import PROCEDURES
from wsedesk.services.reference import municipalities, postal_codes_for
from wsedesk.storage import audit, search_index
from wsedesk.storage.repositories import make_reference

if TYPE_CHECKING:
    from wsedesk.context import AppContext

FIRST_NAMES = (
    "An",
    "Bart",
    "Charlotte",
    "Dirk",
    "Els",
    "Filip",
    "Griet",
    "Hans",
    "Inge",
    "Jan",
    "Katrien",
    "Lieven",
    "Marleen",
    "Nico",
    "Ortwin",
    "Pieter",
    "Quinten",
    "Rita",
    "Sofie",
    "Tom",
    "Ursula",
    "Veerle",
    "Wouter",
    "Xavier",
    "Yasmine",
    "Zoë",
    "Ann-Sophie",
    "Loïc",
    "Anaïs",
    "Gaëlle",
    "Jörg",
    "Mehmet",
    "Fatima",
    "Bram",
    "Lotte",
    "Stijn",
    "Hanne",
    "Jens",
    "Elke",
    "Koen",
)
LAST_NAMES = (
    "Peeters",
    "Janssens",
    "Maes",
    "Jacobs",
    "Mertens",
    "Willems",
    "Claes",
    "Goossens",
    "Wouters",
    "De Smet",
    "Dubois",
    "Lambrechts",
    "Dumont",
    "Van den Broeck",
    "Vermeulen",
    "De Clercq",
    "Hermans",
    "Van Damme",
    "Verstraete",
    "Desmet",
    "Coppens",
    "De Backer",
    "Pauwels",
    "Van de Velde",
    "Declercq",
    "Michiels",
    "Cools",
    "Aerts",
    "Verhoeven",
    "Van Hoecke",
    "Öztürk",
    "El Amrani",
    "Vandenberghe",
)
WORDS = (
    "De Ploeg",
    "Den Azalee",
    "Waak",
    "Mariasteen",
    "De Sleutel",
    "Ateljee",
    "Kringwinkel Zuiderkempen",
    "De Vlaspit",
    "Ryhove",
    "Manus",
    "Sociale Werkplaats De Lovie",
    "IMSIR",
    "Wibra Werkt",
    "De Kringloop",
    "Bewel",
    "Flexpoint",
    "Groep Intro",
    "Compaan",
    "Emmaüs",
    "Weerwerk",
    "Levanto",
    "Vitamine W",
    "De Werf",
    "Het Kompas",
    "Talentenwerf",
    "Atelier Bolwerk",
    "Krachtbron",
    "De Zonnebloem",
    "Werkvormm",
    "Groenwerk",
    "Wonderwerk",
    "Stebo",
    "Jobwerk",
    "Het Anker",
    "Lariks",
    "Het Veer",
    "De Ark",
    "Bolster",
)
SECTORS = (
    "Schoonmaak",
    "Groenonderhoud",
    "Logistiek",
    "Verpakking",
    "Catering",
    "Drukkerij",
    "Metaal",
    "Houtbewerking",
    "Textiel",
    "Recyclage",
    "Bouw",
    "Zorg",
    "ICT",
    "Opleidingen",
    "Coaching",
)
STREETS = (
    "Kerkstraat",
    "Stationsstraat",
    "Schoolstraat",
    "Dorpsstraat",
    "Nieuwstraat",
    "Molenstraat",
    "Kapelstraat",
    "Industrieweg",
    "Ambachtenlaan",
    "Hoogstraat",
    "Brugstraat",
    "Koningin Astridlaan",
    "Leopoldlaan",
    "Sint-Jansplein",
    "Vaartstraat",
    "Kouter",
    "Zavelstraat",
    "Heirweg",
)
LEGAL = {"vzw": "vzw", "bedrijf": ("BV", "NV", "CV", "BV", "commv")}

# Share of each dossier type in the demo.
TYPE_WEIGHTS = {
    DossierType.KWALITEITSREGISTRATIE: 50,
    DossierType.EXTERNE_DIENSTVERLENER: 32,
    DossierType.LABEL_MAATWERK: 6,
    DossierType.DUURZAAMHEIDSVERSLAG: 12,
}
KIND_WEIGHTS = {
    OrganisationKind.GTB: 1,
    OrganisationKind.GOB: 3,
    OrganisationKind.MAATWERKBEDRIJF: 12,
    OrganisationKind.MAATWERKAFDELING: 6,
    OrganisationKind.LDE: 4,
    OrganisationKind.LOKAAL_BESTUUR: 8,
    OrganisationKind.VZW: 30,
    OrganisationKind.BEDRIJF: 36,
}
DEMO_STAFF = (
    ("an.peeters", "An Peeters", Role.TEAMVERANTWOORDELIJKE),
    ("bart.maes", "Bart Maes", Role.DOSSIERBEHANDELAAR),
    ("els.willems", "Els Willems", Role.DOSSIERBEHANDELAAR),
    ("filip.claes", "Filip Claes", Role.DOSSIERBEHANDELAAR),
    ("griet.dumont", "Griet Dumont", Role.DOSSIERBEHANDELAAR),
    ("hanne.aerts", "Hanne Aerts", Role.DOSSIERBEHANDELAAR),
    ("jan.hermans", "Jan Hermans", Role.PROJECTADVISEUR),
    ("katrien.cools", "Katrien Cools", Role.PROJECTADVISEUR),
    ("lieven.desmet", "Lieven Desmet", Role.INSPECTEUR),
    ("sofie.michiels", "Sofie Michiels", Role.INSPECTEUR),
    ("zoe.vandenberghe", "Zoë Vandenberghe", Role.TEAMVERANTWOORDELIJKE),
)


@dataclass(frozen=True)
class DemoResult:
    organisations: int
    dossiers: int
    events: int
    users: int


def _table(model: Any) -> Table:
    return cast(Table, model.__table__)


def _uuid(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def _org_name(rng: random.Random, kind: OrganisationKind, city: str) -> str:
    word = rng.choice(WORDS)
    if kind is OrganisationKind.GTB:
        return f"GTB {city}"
    if kind is OrganisationKind.GOB:
        return f"GOB {word} vzw"
    if kind is OrganisationKind.MAATWERKBEDRIJF:
        return rng.choice((f"{word} maatwerkbedrijf", f"Maatwerkbedrijf {word} {city}", f"{word} {city} cv"))
    if kind is OrganisationKind.MAATWERKAFDELING:
        return f"{rng.choice(LAST_NAMES)} {rng.choice(SECTORS)} BV – maatwerkafdeling {city}"
    if kind is OrganisationKind.LDE:
        return f"LDE {word} {city} vzw"
    if kind is OrganisationKind.LOKAAL_BESTUUR:
        return rng.choice((f"OCMW {city}", f"Gemeente {city}", f"Stad {city}"))
    if kind is OrganisationKind.VZW:
        return f"{word} {rng.choice(SECTORS).lower()} {city} vzw"
    return f"{rng.choice(LAST_NAMES)} {rng.choice(SECTORS)} {rng.choice(LEGAL['bedrijf'])}"


MAATWERK_KINDS = frozenset({OrganisationKind.MAATWERKBEDRIJF.value, OrganisationKind.MAATWERKAFDELING.value})
MAATWERK_TYPES = frozenset({DossierType.DUURZAAMHEIDSVERSLAG, DossierType.LABEL_MAATWERK})

# Statuses a procedure can rest in for years (a decision taken, a report handled).
RESTING = frozenset(
    {"erkend", "gevalideerd", "toegekend", "geschorst", "beoordeeld", "managementondersteuning"}
)


def _walk(
    rng: random.Random, wf: Workflow, submitted: date, today: date
) -> Iterator[tuple[Transition, date]]:
    """A plausible path through the procedure.

    Recent dossiers stop anywhere (work in progress); older ones go on until they rest in a
    decision or are closed, so open terms are mostly recent, as in a real office. A step that
    ends a term usually comes within that term (about 85 %), sometimes after it.
    """
    status, when = wf.initial, submitted
    for _ in range(12):
        options = [t for t in wf.transitions if status in t.source]
        if not options:
            return
        recent = (today - when).days < 150
        if status in RESTING and rng.random() < (0.75 if not recent else 0.5):
            return
        if recent and status not in RESTING and rng.random() < 0.35:
            return
        step = rng.choice(options)
        term_days = max((TERMS[t].days for t in step.closes), default=0)
        if term_days:
            when = when + timedelta(days=rng.randint(1, max(2, int(term_days * 1.15))))
        else:
            when = when + timedelta(days=rng.randint(5, 90))
        if when > today:
            return
        yield step, when
        status = step.target


def generate_demo(
    ctx: AppContext, *, dossiers: int = 2000, seed: int = 2025, progress: Progress | None = None
) -> DemoResult:
    """Fill the open database with demo organisations, staff, dossiers and their timelines."""
    progress = progress or NullProgress()
    rng = random.Random(seed)
    today = ctx.clock.today()
    now = ctx.clock.now()
    actor = ctx.user.login
    stamp = {"version": 1, "created_at": now, "updated_at": now, "updated_by": actor}
    flemish = municipalities(flemish_only=True)
    with ctx.uow(write=True) as uow:
        session = uow.session
        existing_logins = set(session.scalars(select(User.login)))
        users = [
            {
                "id": _uuid(rng),
                "login": login,
                "display_name": name,
                "email": f"{login}@vlaanderen.be",
                "phone": f"02 553 {40 + n // 10:02d} {10 + n * 7 % 89:02d}",
                "roles": [role.value],
                "active": True,
                **stamp,
            }
            for n, (login, name, role) in enumerate(DEMO_STAFF)
            if login not in existing_logins
        ]
        if users:
            session.execute(insert(User), users)
        # The person opening the demo gets an address and a phone, so letters for "my" dossiers
        # can be made ({afzender.email}); a real database leaves that to Beheer → Gebruikers.
        me = session.get(User, uuid.UUID(ctx.user.id))
        if me is not None and not me.email:
            me.email = f"{ctx.user.login}@vlaanderen.be"
            me.phone = me.phone or "02 553 40 00"
        officers = [
            u.id
            for u in session.scalars(select(User).where(User.active.is_(True)))
            if {Role.DOSSIERBEHANDELAAR.value, Role.TEAMVERANTWOORDELIJKE.value} & set(u.roles)
        ]

        n_orgs = max(20, dossiers // 12)
        taken = set(session.scalars(select(Organisation.enterprise_number)))
        kinds, kind_w = zip(*KIND_WEIGHTS.items(), strict=True)
        orgs: list[dict[str, Any]] = []
        persons: list[dict[str, Any]] = []
        for _ in range(n_orgs):
            number = make_enterprise_number(rng.randrange(2_000_000, 19_999_999))
            while number in taken:
                number = make_enterprise_number(rng.randrange(2_000_000, 19_999_999))
            taken.add(number)
            muni = rng.choice(flemish)
            kind = rng.choices(kinds, kind_w)[0]
            codes = postal_codes_for(muni.nis)
            org_id = _uuid(rng)
            name = _org_name(rng, kind, muni.name_nl)
            orgs.append(
                {
                    "id": org_id,
                    "enterprise_number": number,
                    "name": name,
                    "kind": kind.value,
                    "street": f"{rng.choice(STREETS)} {rng.randint(1, 250)}",
                    "postal_code": codes[0] if codes else None,
                    "municipality_nis": muni.nis,
                    "email": f"info@{''.join(c for c in name.lower() if c.isalnum())[:20]}.be",
                    "phone": f"0{rng.randint(2, 9)} {rng.randint(100, 999)} {rng.randint(10, 99)} "
                    f"{rng.randint(10, 99)}",
                    **stamp,
                }
            )
            first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
            persons.append(
                {
                    "id": _uuid(rng),
                    "organisation_id": org_id,
                    "first_name": first,
                    "last_name": last,
                    "function": rng.choice(
                        (
                            "directeur",
                            "kwaliteitscoördinator",
                            "HR-verantwoordelijke",
                            "coördinator begeleiding",
                        )
                    ),
                    "email": f"{first.lower()}.{last.lower().replace(' ', '')}@example.be",
                    **stamp,
                }
            )
        session.connection().execute(insert(_table(Organisation)), orgs)
        session.connection().execute(insert(_table(Person)), persons)
        progress.report(0, dossiers, "Organisaties aangemaakt")

        counters: dict[tuple[str, int], int] = defaultdict(int)
        for ref in session.scalars(
            select(func.max(Dossier.reference)).group_by(func.substr(Dossier.reference, 1, 7))
        ):
            dtype, year, number = ref.split("-")
            counters[(dtype, int(year))] = int(number)
        types, type_w = zip(*TYPE_WEIGHTS.items(), strict=True)
        maatwerk_orgs = [o for o in orgs if o["kind"] in MAATWERK_KINDS]
        start = date(today.year - 6, 1, 1)
        # A dossier type exists only since its procedure does (no ED dossier of 2020 under the
        # decree of 2022): its dossiers fall in the part of the span after that day.
        procedures = load_procedures()
        first_day = {t: max(start, procedures[PROCEDURES[t.value]].in_force_from or start) for t in WORKFLOWS}
        batch: list[dict[str, Any]] = []
        events: list[dict[str, Any]] = []
        term_rows: list[dict[str, Any]] = []
        suspension_rows: list[dict[str, Any]] = []
        calendar = load_default_calendar()
        n_events = 0
        scripted = scripted_dossiers(dossiers)  # the TW and KB dossiers of intake_demo.py
        for i in range(dossiers - scripted):
            dtype = rng.choices(types, type_w)[0]
            wf = WORKFLOWS[dtype]
            # Recent years hold more dossiers (and most open ones).
            begin = min(first_day[dtype], today)
            submitted = begin + timedelta(days=int((today - begin).days * (1 - rng.random() ** 1.6)))
            counters[(dtype.value, submitted.year)] += 1
            reference = make_reference(dtype.value, submitted.year, counters[(dtype.value, submitted.year)])
            # Report cycles (MW-2) and label applications belong to custom-work companies.
            org = rng.choice(maatwerk_orgs if dtype in MAATWERK_TYPES and maatwerk_orgs else orgs)
            dossier_id = _uuid(rng)
            status, status_since = wf.initial, submitted
            decided_on = valid_from = valid_until = None
            first_event = _uuid(rng)
            events.append(
                {
                    "id": first_event,
                    "dossier_id": dossier_id,
                    "occurred_on": submitted,
                    "recorded_at": now,
                    "recorded_by": actor,
                    "kind": "ingediend",
                    "description": "Aanvraag ingediend"
                    if dtype is not DossierType.DUURZAAMHEIDSVERSLAG
                    else f"Verslag over {submitted.year - 1} verwacht uiterlijk op "
                    f"{format_date(submission_deadline(submitted.year - 1))}",
                    "data": {},
                }
            )
            dossier_terms = _DemoTerms(rng, dossier_id, stamp, events, now, actor)
            for term_id in wf.initial_terms:
                dossier_terms.open(term_id, submitted, first_event)
            previous = submitted
            for step, when in _walk(rng, wf, submitted, today):
                dossier_terms.maybe_request_information(previous, when)
                status, status_since = step.target, when
                event_id = _uuid(rng)
                events.append(
                    {
                        "id": event_id,
                        "dossier_id": dossier_id,
                        "occurred_on": when,
                        "recorded_at": now,
                        "recorded_by": actor,
                        "kind": step.action,
                        "description": step.label,
                        "data": {"rule": step.rule_id},
                    }
                )
                dossier_terms.close(step.closes, when, event_id)
                for term_id in step.opens:
                    dossier_terms.open(term_id, when, event_id)
                if wf.status(step.target).closed:
                    dossier_terms.close(None, when, event_id)
                if step.target in ("erkend", "gevalideerd", "toegekend"):
                    decided_on = valid_from = when
                    valid_until = recognition_end(when) if step.target == "erkend" else None
                elif step.target in ("geweigerd", "onontvankelijk"):
                    decided_on = when
                previous = when
            dossier_terms.maybe_request_information(previous, today + timedelta(days=1), still_open=True)
            dossier_terms.finish(calendar, term_rows, suspension_rows)
            label = {
                DossierType.KWALITEITSREGISTRATIE: "Kwaliteitsregistratie",
                DossierType.EXTERNE_DIENSTVERLENER: "Erkenning als externe dienstverlener",
                DossierType.LABEL_MAATWERK: "Aanvraag label "
                + ("maatwerkbedrijf" if rng.random() < 0.6 else "maatwerkafdeling"),
                DossierType.DUURZAAMHEIDSVERSLAG: f"Duurzaamheidsverslag {submitted.year - 1}",
            }[dtype]
            batch.append(
                {
                    "id": dossier_id,
                    "reference": reference,
                    "dossier_type": dtype.value,
                    "status": status,
                    "closed": wf.status(status).closed,
                    "organisation_id": org["id"],
                    "assignee_id": rng.choice(officers) if officers and rng.random() < 0.9 else None,
                    "subject": f"{label} – {org['name']}"[:300],
                    "notes": "",
                    "submitted_on": submitted,
                    "status_since": status_since,
                    "decided_on": decided_on,
                    "valid_from": valid_from,
                    "valid_until": valid_until,
                    **stamp,
                }
            )
            if len(batch) >= 5000:
                n_events += _flush(session, batch, events, term_rows, suspension_rows)
                progress.report(i + 1, dossiers, f"{i + 1} dossiers aangemaakt")
                if progress.cancelled():
                    raise CancelledError()
        n_events += _flush(session, batch, events, term_rows, suspension_rows)
        # The intake's facts: registrations, applications, establishments, tender partners, the list (#11).
        intake = add_demo_intake(
            session, seed=seed, today=today, now=now, actor=actor, stamp=stamp, officers=officers
        )
        guided = add_demo_guidance(session, seed=seed, today=today, stamp=stamp)  # ED-8, ED-13
        # Bulk inserts pass the flush listener by: the search index is filled in one go (no letters here).
        search_index.rebuild(session.connection(), letters=False)
        audit.record(
            session,
            "demo",
            "database",
            "demo",
            {
                "guidance_assignments": guided,
                "seed": seed,
                "dossiers": dossiers,
                "organisations": len(orgs),
                "events": n_events,
                "users": len(users),
                "registrations": intake.registrations,
                "applications": intake.applications,
                "tender_partners": intake.tender_partners,
            },
        )
        uow.commit()
    progress.report(dossiers, dossiers, "Klaar")
    return DemoResult(len(orgs), dossiers, n_events, len(users))


def _flush(session: Any, *tables: list[dict[str, Any]]) -> int:
    """Insert buffered dossiers, events, terms and suspensions (in that order); returns the event count."""
    batch, events, terms, suspensions = tables
    n = len(events)
    for model, rows in (
        (Dossier, batch),
        (DossierEvent, events),
        (DossierTerm, terms),
        (SuspensionRow, suspensions),
    ):
        if rows:
            # Core executemany: one statement per table (the ORM bulk path splits batches by row shape).
            session.connection().execute(insert(_table(model)), rows)
        rows.clear()
    return n


INFO_REASONS = (
    "Lijst van gekwalificeerde begeleiders en hun diploma's ontbreekt",
    "Kwaliteitsbewijs (label) niet bijgevoegd",
    "Motivering van het werkingsgebied en de capaciteit is onvolledig",
    "Verklaring op eer niet ondertekend",
    "Bewijs van ervaring met begeleiding van werknemers met een arbeidsbeperking ontbreekt",
)
# Terms whose clock the department stops while it waits for information (ED-5, QR-4).
SUSPENDABLE = frozenset({"ED-5", "QR-4"})


class _DemoTerms:
    """The terms of one demo dossier, opened and closed as its procedure walks, with information requests."""

    def __init__(
        self,
        rng: random.Random,
        dossier_id: uuid.UUID,
        stamp: dict[str, Any],
        events: list[dict[str, Any]],
        now: Any,
        actor: str,
    ) -> None:
        self.rng, self.dossier_id, self.stamp, self.events = rng, dossier_id, stamp, events
        self.now, self.actor = now, actor
        self.terms: list[dict[str, Any]] = []
        self.suspensions: dict[uuid.UUID, list[dict[str, Any]]] = defaultdict(list)

    def open(self, term_id: str, when: date, event_id: uuid.UUID) -> None:
        definition = TERMS[term_id]
        self.terms.append(
            {
                "id": _uuid(self.rng),
                "dossier_id": self.dossier_id,
                "term_id": term_id,
                "event_date": when,
                "days": definition.days,
                "working_days": definition.working_days,
                "opened_by_event_id": event_id,
                "closed_on": None,
                "closed_by_event_id": None,
                "due_cache": None,
                "state_cache": "running",
                **self.stamp,
            }
        )

    def close(self, term_ids: tuple[str, ...] | None, when: date, event_id: uuid.UUID) -> None:
        for t in self.terms:
            if t["closed_on"] is None and (term_ids is None or t["term_id"] in term_ids):
                t["closed_on"], t["closed_by_event_id"] = when, event_id

    def _event(self, when: date, kind: str, text: str) -> uuid.UUID:
        event_id = _uuid(self.rng)
        self.events.append(
            {
                "id": event_id,
                "dossier_id": self.dossier_id,
                "occurred_on": when,
                "recorded_at": self.now,
                "recorded_by": self.actor,
                "kind": kind,
                "description": text,
                "data": {"rule": "T-3"},
            }
        )
        return event_id

    def maybe_request_information(self, after: date, before: date, *, still_open: bool = False) -> None:
        """Sometimes the department asks for information between two steps (the clock stops)."""
        running = [t for t in self.terms if t["closed_on"] is None and t["term_id"] in SUSPENDABLE]
        gap = (before - after).days
        if not running or gap < 3 or self.rng.random() > 0.45:
            return
        term = running[-1]
        start = after + timedelta(days=self.rng.randint(1, gap - 2))
        reason = self.rng.choice(INFO_REASONS)
        self._event(
            start,
            "informatievraag",
            f"Bijkomende informatie gevraagd ({term['term_id']} geschorst): {reason}",
        )
        end: date | None = start + timedelta(days=self.rng.randint(1, max(1, (before - start).days - 1)))
        if still_open and self.rng.random() < 0.5:
            end = None  # still waiting: the clock stands still today
        elif end is not None and end >= before:
            end = None if still_open else before - timedelta(days=1)
        if end is not None:
            self._event(
                end, "informatie_ontvangen", f"Informatie ontvangen; termijn {term['term_id']} loopt opnieuw"
            )
        self.suspensions[term["id"]].append(
            {
                "id": _uuid(self.rng),
                "dossier_term_id": term["id"],
                "dossier_id": term["dossier_id"],
                "start": start,
                "end": end,
                "reason": reason,
                **self.stamp,
            }
        )

    def finish(
        self, calendar: Any, term_rows: list[dict[str, Any]], suspension_rows: list[dict[str, Any]]
    ) -> None:
        """Compute each term's cached due date from its facts, as services/terms.py would."""
        for t in self.terms:
            sus = self.suspensions.get(t["id"], [])
            result = compute_term(
                t["event_date"],
                TermSpec(t["term_id"], t["days"], t["working_days"]),
                [Suspension(x["start"], x["end"]) for x in sus],
                calendar,
            )
            t["due_cache"] = result.due
            t["state_cache"] = "closed" if t["closed_on"] else result.status
            term_rows.append(t)
            suspension_rows.extend(sus)
