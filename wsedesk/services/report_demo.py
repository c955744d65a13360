"""Demo sustainability reports: realistic workbooks for the demo organisations, imported like real ones."""

from __future__ import annotations

import io
import random
import re
import tempfile
import uuid
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from wsedesk.documents.report_workbook import build_blank_report
from wsedesk.errors import BadInputError
from wsedesk.i18n import N_
from wsedesk.importers.report_template import load_template
from wsedesk.models import (
    Municipality,
    Organisation,
    OrganisationKind,
    Person,
    ReportSubmission,
    SubmissionStatus,
)
from wsedesk.progress import NullProgress, Progress
from wsedesk.rules.identifiers import format_enterprise_number
from wsedesk.rules.reports import (
    submission_deadline,
)
from wsedesk.services.reports import MAATWERK_KINDS, ImportCancelled, ImportOutcome, import_paths

if TYPE_CHECKING:
    from wsedesk.context import AppContext

# --- demo reports -------------------------------------------------------------------------------


@dataclass(frozen=True)
class DemoReportsResult:
    year: int
    stored: int
    late: int
    not_sent: int  # organisations that (in the demo) did not send a report (yet)
    skipped: int  # organisations that already had a current report for the year
    outcomes: tuple[ImportOutcome, ...] = field(default=(), repr=False)


_DESCRIPTORS = {
    "D01": (
        "Wij bieden duurzame tewerkstelling aan mensen met een arbeidsbeperking en groeien als sociale "
        "onderneming in {sector}."
    ),
    "D02": "Wij werken samen met het OCMW, de VDAB en lokale verenigingen in {city} en omgeving.",
    "D03": "Wij verminderen afval en energieverbruik en kiezen voor lokale leveranciers en korte ketens.",
    "D04": "Ons kwaliteitshandboek wordt jaarlijks herzien; klantenbevragingen sturen onze verbeteracties.",
    "D05": "Elke werknemer heeft een persoonlijk ontwikkelingsplan met begeleiding door een jobcoach.",
    "D06": "Wij delen opleidingen en begeleiders met twee andere maatwerkbedrijven in de regio.",
}
_SECTORS = (
    "groenonderhoud",
    "schoonmaak",
    "logistiek",
    "verpakking",
    "catering",
    "recyclage",
    "houtbewerking",
)


def generate_demo_reports(
    ctx: AppContext,
    year: int,
    *,
    seed: int = 2025,
    progress: Progress | None = None,
) -> DemoReportsResult:
    """Write realistic filled-in workbooks for every maatwerkbedrijf/-afdeling and import them.

    Deterministic: the same seed, year and organisations give the same values, the same receipt
    dates and byte-identical files. Values follow each organisation's own trend over the years
    (call it for several years for trend charts); some organisations are late (MW-2), some do
    not send (reminders), a few have negative equity or a falling share (MW-3 signals).
    Organisations that already have a current report for the year are left alone.
    """
    progress = progress or NullProgress()
    outcomes: list[ImportOutcome] = []
    stored = late = 0
    with tempfile.TemporaryDirectory(prefix="wsedesk-demoverslagen-") as folder:
        written = write_demo_workbooks(ctx, year, Path(folder), seed=seed)
        total = len(written.workbooks)
        for n, (path, received) in enumerate(written.workbooks):
            if progress.cancelled():
                raise ImportCancelled(outcomes)
            progress.report(n, total, N_("Demoverslagen {y}").format(y=year))
            [outcome] = import_paths(
                ctx, [path], received_on=received, progress=NullProgress(), isolate=False
            )
            outcomes.append(outcome)
            if outcome.stored:
                stored += 1
                late += outcome.late
    progress.report(total, total, N_("Klaar"))
    return DemoReportsResult(year, stored, late, written.not_sent, written.skipped, tuple(outcomes))


@dataclass(frozen=True)
class DemoWorkbooks:
    workbooks: tuple[tuple[Path, date], ...]  # each file and the day it was received
    not_sent: int
    skipped: int  # already a current report for the year


def write_demo_workbooks(
    ctx: AppContext,
    year: int,
    folder: Path,
    *,
    seed: int = 2025,
    limit: int | None = None,
    progress: Progress | None = None,
) -> DemoWorkbooks:
    """The demo's filled-in workbooks for `year` in `folder`, not imported (the user guide imports
    them through the window); `limit` stops after so many files."""
    progress = progress or NullProgress()
    today = ctx.clock.today()
    if year >= today.year:
        raise BadInputError(
            N_("Verslagjaar {y} is nog niet afgelopen: demoverslagen kan men maken tot en met {p}.").format(
                y=year, p=today.year - 1
            )
        )
    version = "duurzaamheidsverslag-2024" if year <= 2023 else "duurzaamheidsverslag-2025"
    template = load_template(version)
    with ctx.uow() as uow:
        s = uow.session
        done = set(
            s.scalars(
                select(ReportSubmission.organisation_id).where(
                    ReportSubmission.report_year == year,
                    ReportSubmission.status == SubmissionStatus.CURRENT.value,
                )
            )
        )
        orgs = list(
            s.execute(
                select(
                    Organisation.id,
                    Organisation.enterprise_number,
                    Organisation.name,
                    Organisation.kind,
                    Organisation.email,
                    Organisation.municipality_nis,
                )
                .where(Organisation.kind.in_(MAATWERK_KINDS))
                .order_by(Organisation.enterprise_number)
            )
        )
        contacts: dict[uuid.UUID, tuple[str, str | None]] = {}
        for person in s.scalars(
            select(Person)
            .where(Person.organisation_id.in_([o.id for o in orgs]))
            .order_by(Person.organisation_id, Person.created_at, Person.id)
        ):
            if person.organisation_id is not None:
                contacts.setdefault(
                    person.organisation_id, (f"{person.first_name} {person.last_name}", person.email)
                )
        cities: dict[str, str] = {
            r[0]: r[1] for r in s.execute(select(Municipality.nis_code, Municipality.name_nl))
        }
    written: list[tuple[Path, date]] = []
    not_sent = skipped = 0
    for n, (org_id, number, name, kind, email, nis) in enumerate(orgs):
        if progress.cancelled():
            raise ImportCancelled([])
        if limit is not None and len(written) >= limit:
            break
        progress.report(n, len(orgs), N_("Demoverslagen {y}").format(y=year))
        if org_id in done:
            skipped += 1
            continue
        rng = random.Random(f"{seed}:{number}:{year}")
        received = _demo_received_on(rng, year)
        if received is None or received > today:
            not_sent += 1
            continue
        contact, contact_email = contacts.get(org_id, ("An Peeters", None))
        values = _demo_values(
            seed,
            number,
            name,
            kind,
            year,
            rng,
            contact,
            contact_email or email,
            cities.get(nis or "", ""),
        )
        values["ID08"] = received - timedelta(days=rng.randint(1, 20))
        path = folder / f"duurzaamheidsverslag-{year}-{number}.xlsx"
        _write_demo_workbook(template, values, path, year)
        written.append((path, received))
    return DemoWorkbooks(tuple(written), not_sent, skipped)


def _demo_received_on(rng: random.Random, year: int) -> date | None:
    deadline = submission_deadline(year)
    roll = rng.random()
    if roll < 0.08:
        return None  # never sent
    if roll < 0.22:
        return deadline + timedelta(days=rng.randint(1, 75))  # late (MW-2)
    return date(year + 1, 3, 1) + timedelta(days=rng.randint(0, (deadline - date(year + 1, 3, 1)).days))


def _demo_values(
    seed: int,
    number: str,
    name: str,
    kind: str,
    year: int,
    rng: random.Random,
    contact: str,
    email: str | None,
    city: str,
) -> dict[str, Any]:
    # The organisation's own profile (the same every year), then this year's drift and noise.
    base = random.Random(f"{seed}:{number}")
    company = kind == OrganisationKind.MAATWERKBEDRIJF.value
    target0 = base.uniform(22, 160) if company else base.uniform(5.5, 28)
    share0 = base.uniform(58, 88) if company else base.uniform(35, 75)
    growth = base.uniform(-0.03, 0.06)
    declining = base.random() < 0.12  # MW-3: a share that falls year after year
    fragile = base.random() < 0.08  # MW-3: equity below zero
    years = year - 2020
    target = max(
        Decimal("1"), Decimal(str(round(target0 * (1 + growth) ** years * rng.uniform(0.95, 1.05), 1)))
    )
    share = share0 - (6.5 * max(0, years) if declining else 0) + rng.uniform(-1.5, 1.5)
    share = min(95.0, max(20.0, share))
    total = max(target, Decimal(str(round(float(target) * 100 / share, 1))))
    share_dec = (target * 100 / total).quantize(Decimal("0.01"))
    revenue = Decimal(str(round(float(total) * base.uniform(48_000, 72_000) * rng.uniform(0.96, 1.04), 2)))
    personnel = (revenue * Decimal(str(round(rng.uniform(0.62, 0.8), 3)))).quantize(Decimal("0.01"))
    result = (revenue * Decimal(str(round(rng.uniform(-0.04, 0.06), 3)))).quantize(Decimal("0.01"))
    equity_base = revenue * Decimal(str(round(base.uniform(0.15, 0.6), 3)))
    equity = (-equity_base / 4 if fragile else equity_base + result * years).quantize(Decimal("0.01"))
    people = int(float(target) * rng.uniform(1.1, 1.35))
    return {
        "ID01": format_enterprise_number(number),
        "ID02": name,
        "ID03": None,
        "ID04": kind,
        "ID05": year,
        "ID06": contact,
        "ID07": email or "info@example.be",
        "I01": float(target),
        "I02": float(total),
        "I03": float(share_dec),
        "I04": people,
        "I05": float(revenue),
        "I06": float(personnel),
        "I07": float(result),
        "I08": float(equity),
        "I09": round(rng.uniform(6, 32), 1),
        "I10": rng.randint(0, max(1, people // 15)),
        "I11": round(rng.uniform(4, 14), 1),
        "I12": rng.randint(0, max(1, people // 20)),
        "I13": rng.choice((None, 0, 1, 2, 3, 5)),
        "I14": "ja" if rng.random() < 0.85 else "nee",
        "I15": "ja" if rng.random() < 0.92 else "nee",
        "I16": rng.randint(1, max(2, people // 12)),
        "I17": rng.randint(1, max(2, people // 10)),
        **{
            code: text.format(sector=base.choice(_SECTORS), city=city or "de regio")
            for code, text in _DESCRIPTORS.items()
        },
    }


_CORE_DATES = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def _write_demo_workbook(template: Any, values: Mapping[str, Any], path: Path, year: int) -> None:
    """The department's blank workbook filled in column D by code, saved byte-for-byte reproducibly."""
    workbook = build_blank_report(template)
    for sheet in workbook.worksheets:
        for row in range(1, sheet.max_row + 1):
            code = sheet.cell(row=row, column=1).value
            if isinstance(code, str) and code in values and values[code] is not None:
                sheet.cell(row=row, column=4, value=values[code])
    buffer = io.BytesIO()
    workbook.save(buffer)
    # openpyxl stamps the save time in docProps/core.xml and on every zip entry: pin both.
    stamp = f"{year + 1}-01-01T00:00:00Z".encode()
    with (
        zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = _CORE_DATES.sub(lambda m: m.group(1) + stamp + m.group(2), data)
            target.writestr(
                zipfile.ZipInfo(info.filename, date_time=(year + 1, 1, 1, 0, 0, 0)),
                data,
                zipfile.ZIP_DEFLATED,
            )
