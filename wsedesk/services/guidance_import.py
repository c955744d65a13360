"""Import the department's list of guidance assignments (CSV or .xlsx): all rows or none.

The file is read and checked by `importers/guidance_list.py` (the report import's safety: vetted
and parsed in a bounded worker process, the one text policy). Each row's provider — a KBO number
or an ED reference — must be a recognised provider (an ED dossier with a recognition; for a KBO
number the recognition that covers the row's start, else the latest). A row whose employee,
provider and start are already stored updates that assignment (employer, end, premium changes);
any other row is added. One problem anywhere refuses the whole file and nothing is stored; every
problem names its row and column, none repeats a national number.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, tuple_

from wsedesk.errors import PermissionDeniedError
from wsedesk.i18n import N_
from wsedesk.importers.guidance_list import PROVIDER, GuidanceLine, ListProblem, read_guidance_list
from wsedesk.models import Dossier, GuidanceAssignment, Organisation
from wsedesk.progress import CancelledError, NullProgress, Progress
from wsedesk.rules.roles import FOLLOW_UP_ROLES
from wsedesk.services.changes import NO_CHANGES, Changes
from wsedesk.services.conflicts import set_changed

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from wsedesk.context import AppContext

BATCH = 2000


@dataclass(frozen=True)
class GuidanceImportResult:
    """What an import did: `ok` False means nothing was stored and `problems` say why."""

    file: str
    ok: bool
    rows: int
    added: int
    updated: int
    unchanged: int
    problems: tuple[str, ...]
    more_problems: int = 0
    changes: Changes = NO_CHANGES


def _refused(file: str, problems: list[ListProblem], more: int = 0) -> GuidanceImportResult:
    return GuidanceImportResult(file, False, 0, 0, 0, 0, tuple(str(p) for p in problems), more)


def _providers(
    session: Session, lines: list[GuidanceLine]
) -> dict[str, list[tuple[date, date | None, uuid.UUID]]]:
    """Per provider key (KBO or reference): its recognitions (start, end, dossier id), latest first."""
    keys = {line.provider for line in lines}
    references = [k for k in keys if k.startswith("ED-")]
    numbers = [k for k in keys if not k.startswith("ED-")]
    found: dict[str, list[tuple[date, date | None, uuid.UUID]]] = {}
    base = (
        select(
            Dossier.id,
            Dossier.reference,
            Dossier.valid_from,
            Dossier.valid_until,
            Organisation.enterprise_number,
        )
        .join(Organisation, Organisation.id == Dossier.organisation_id)
        .where(Dossier.dossier_type == "ED", Dossier.valid_from.is_not(None))
    )
    for chunk_start in range(0, max(len(references), len(numbers)), 500):
        wanted_refs = references[chunk_start : chunk_start + 500]
        wanted_kbo = numbers[chunk_start : chunk_start + 500]
        rows: list[Any] = []
        if wanted_refs:
            rows += session.execute(base.where(Dossier.reference.in_(wanted_refs))).all()
        if wanted_kbo:
            rows += session.execute(base.where(Organisation.enterprise_number.in_(wanted_kbo))).all()
        for r in rows:
            for key in (r.reference, r.enterprise_number):
                if key in keys:
                    found.setdefault(key, []).append((r.valid_from, r.valid_until, r.id))
    for recognitions in found.values():
        recognitions.sort(key=lambda t: t[0], reverse=True)
    return found


def _dossier_for(line: GuidanceLine, recognitions: list[tuple[date, date | None, uuid.UUID]]) -> uuid.UUID:
    for start, end, dossier_id in recognitions:
        if start <= line.start_on and (end is None or line.start_on <= end):
            return dossier_id
    return recognitions[0][2]


def import_guidance_list(
    ctx: AppContext, path: str | Path, *, progress: Progress | None = None, isolate: bool = True
) -> GuidanceImportResult:
    """Read, check and store the whole list in one transaction, or store nothing."""
    if not ctx.user.roles & FOLLOW_UP_ROLES:
        raise PermissionDeniedError(
            N_(
                "Enkel een dossierbehandelaar, projectadviseur of teamverantwoordelijke importeert begeleidingen."
            )
        )
    progress = progress or NullProgress()
    progress.report(0, 0, N_("Lijst lezen"))
    read = read_guidance_list(path, today=ctx.clock.today(), isolate=isolate)
    if not read.ok:
        return _refused(read.file, read.problems, read.more_problems)
    lines = read.lines
    problems: list[ListProblem] = []
    added = updated = unchanged = 0
    dossiers: set[str] = set()
    with ctx.uow(write=True) as uow:
        s = uow.session
        known = _providers(s, lines)
        targets: list[tuple[GuidanceLine, uuid.UUID]] = []
        for line in lines:
            recognitions = known.get(line.provider)
            if not recognitions:
                problems.append(
                    ListProblem(
                        N_(
                            "'{p}' is geen erkende externe dienstverlener (geen ED-dossier met een erkenning)."
                        ).format(p=line.provider),
                        row=line.row,
                        column=PROVIDER,
                    )
                )
                continue
            targets.append((line, _dossier_for(line, recognitions)))
        if problems:
            return _refused(read.file, problems[:200], max(len(problems) - 200, 0))
        total = len(targets)
        for offset in range(0, total, BATCH):
            batch = targets[offset : offset + BATCH]
            ga = GuidanceAssignment
            existing = {
                (row.dossier_id, row.employee_national_number, row.start_on): row
                for row in s.scalars(
                    select(ga).where(
                        tuple_(ga.dossier_id, ga.employee_national_number, ga.start_on).in_(
                            [(d, line.national_number, line.start_on) for line, d in batch]
                        )
                    )
                )
            }
            for line, dossier_id in batch:
                dossiers.add(str(dossier_id))
                values = {
                    "employer_name": line.employer_name,
                    "employer_enterprise_number": line.employer_enterprise_number,
                    "end_on": line.end_on,
                    "premium_changes": list(line.premium_changes),
                }
                row = existing.get((dossier_id, line.national_number, line.start_on))
                if row is None:
                    s.add(
                        GuidanceAssignment(
                            dossier_id=dossier_id,
                            employee_national_number=line.national_number,
                            employee_masked=line.masked,
                            start_on=line.start_on,
                            **values,
                        )
                    )
                    added += 1
                    continue
                changed = set_changed(row, values)
                updated += changed
                unchanged += not changed
            s.flush()
            progress.report(min(offset + BATCH, total), total, N_("Begeleidingen bewaard"))
            if progress.cancelled():
                raise CancelledError()
        uow.commit()
    return GuidanceImportResult(
        read.file,
        True,
        len(lines),
        added,
        updated,
        unchanged,
        (),
        changes=Changes.of("guidance", "dossier", dossier_ids=sorted(dossiers))
        if added or updated
        else NO_CHANGES,
    )


__all__ = ["GuidanceImportResult", "import_guidance_list"]
