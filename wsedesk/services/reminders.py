"""Werkbak reminders of recognitions (domain.md §3.2): ED-7's five-year end ahead, ED-8's lapse due.

Not terms with a clock (those are `services/terms.py: worklist`), but dates that follow from a
recognition's facts and its guidance assignments:

- **ED-7** a recognition is valid 5 years from the minister's decision (`Dossier.valid_until`,
  set from `rules/terms.py: recognition_end`); it shows `Settings.reminder_lead_days` calendar
  days ahead ("erkenning loopt af"), and once past while the dossier is still "erkend".
- **ED-8** it lapses after 2 consecutive years without a guided employee; the last day guided is
  read from `guidance_assignments` in SQL (services/guidance.py `last_guided_day`) and the lapse
  date is the rule's (`guidance_lapse_date`); once reached, the lapse is proposed ("verval
  voorgesteld") for the case officer to decide.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select

from wsedesk.i18n import N_
from wsedesk.models import Dossier, Organisation, User
from wsedesk.rules.quality_base import fmt_date
from wsedesk.rules.terms import ED7_VALIDITY_YEARS, ED8_IDLE_YEARS, guidance_lapse_date
from wsedesk.services.guidance import last_guided_day

if TYPE_CHECKING:
    from wsedesk.context import AppContext

ED7_ENDING = N_("Erkenning loopt af")
ED7_ENDED = N_("Erkenning verlopen")
ED8_PROPOSED = N_("Verval voorgesteld")


@dataclass(frozen=True)
class Reminder:
    """One recognition that needs attention, with its rule and why."""

    rule_id: str  # ED-7 | ED-8
    label: str  # Erkenning loopt af | Erkenning verlopen | Verval voorgesteld
    dossier_id: str
    reference: str
    organisation: str
    assignee: str
    day: date  # the last day valid (ED-7) or the day it lapsed (ED-8)
    why: str


def recognition_reminders(
    ctx: AppContext, *, as_of: date, assignee_id: str | None = None, lead_days: int | None = None
) -> list[Reminder]:
    """Recognised ED dossiers whose ED-7 end is within the lead time or whose ED-8 lapse is reached.

    Sorted by day, then reference. `lead_days` defaults to the user's setting.
    """
    lead = ctx.settings.reminder_lead_days if lead_days is None else lead_days
    horizon = as_of + timedelta(days=max(lead, 0))
    stmt = (
        select(
            Dossier.id,
            Dossier.reference,
            Dossier.valid_from,
            Dossier.valid_until,
            Organisation.name,
            User.display_name,
            last_guided_day(Dossier.id, as_of).label("last_guided"),
        )
        .join(Organisation, Organisation.id == Dossier.organisation_id)
        .outerjoin(User, User.id == Dossier.assignee_id)
        .where(Dossier.dossier_type == "ED", Dossier.status == "erkend", Dossier.valid_from <= as_of)
    )
    if assignee_id:
        stmt = stmt.where(Dossier.assignee_id == uuid.UUID(assignee_id))
    out: list[Reminder] = []
    with ctx.uow() as uow:
        for row in uow.session.execute(stmt):
            start, end = row.valid_from, row.valid_until
            base = (str(row.id), row.reference, row.name, row.display_name or "")
            if end is not None and end <= horizon:
                if end >= as_of:
                    label, why = (
                        ED7_ENDING,
                        N_(
                            "ED-7: de erkenning geldt {y} jaar vanaf de beslissing van de minister, tot en met {e} "
                            "(nog {n} dagen)."
                        ).format(y=ED7_VALIDITY_YEARS, e=fmt_date(end), n=(end - as_of).days),
                    )
                else:
                    label, why = (
                        ED7_ENDED,
                        N_(
                            "ED-7: de erkenning gold {y} jaar, tot en met {e}; het dossier staat nog op erkend."
                        ).format(y=ED7_VALIDITY_YEARS, e=fmt_date(end)),
                    )
                out.append(Reminder("ED-7", label, *base, end, why))
            last = row.last_guided
            if isinstance(last, str):  # a CASE over dates comes back as text on some drivers
                last = date.fromisoformat(last)
            lapse = guidance_lapse_date(last, start)
            if lapse <= as_of and (end is None or lapse <= end):
                since = (
                    N_("na de laatste begeleiding op {g}").format(g=fmt_date(last))
                    if last is not None
                    else N_("sinds de erkenning op {s}").format(s=fmt_date(start))
                )
                why = N_(
                    "ED-8: {since} begeleidde de dienstverlener {y} opeenvolgende jaren geen werknemer met een "
                    "arbeidsbeperking; de erkenning vervalt op {d}."
                ).format(since=since, y=ED8_IDLE_YEARS, d=fmt_date(lapse))
                out.append(Reminder("ED-8", ED8_PROPOSED, *base, lapse, why))
    out.sort(key=lambda r: (r.day, r.reference, r.rule_id))
    return out


__all__ = ["ED7_ENDED", "ED7_ENDING", "ED8_PROPOSED", "Reminder", "recognition_reminders"]
