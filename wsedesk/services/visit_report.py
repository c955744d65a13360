"""A visit's status steps and its report (letter kind `bezoekverslag`, domain.md §5).

The report is made from the stored visit: its checklist with the verdicts, the follow-up actions
and the free text, in the letters' layout. Until the report is ready it is a CONCEPT dated
today; from "verslag klaar" it carries the report's date and is final. Closing a visit (online)
stores the final report with each dossier of the visit, with its hash and a timeline line.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from wsedesk.documents import letters as L
from wsedesk.documents.visit_report import VisitActionLine, VisitFindingLine, VisitReport
from wsedesk.errors import BadInputError
from wsedesk.i18n import N_
from wsedesk.models import Dossier, Organisation, User
from wsedesk.models.visits import Visit, VisitAction, VisitAttachment, VisitFinding
from wsedesk.rules import visits as R
from wsedesk.rules.identifiers import format_enterprise_number
from wsedesk.services.changes import Changes
from wsedesk.services.conflicts import check_version
from wsedesk.services.letter_templates import user_template
from wsedesk.services.letters import organisation_address, store_letter
from wsedesk.services.visits import (
    add_visit_event,
    load_visit,
    require_online,
    require_visit_role,
    visit_changes,
    visit_dossier_ids,
    visitor_users,
)

if TYPE_CHECKING:
    from wsedesk.context import AppContext

KIND = "bezoekverslag"


def _context(
    session: Session, ctx: AppContext, v: Visit, letter_date: date, *, draft: bool
) -> L.LetterContext:
    org = session.get(Organisation, v.organisation_id)
    assert org is not None
    chk = R.checklist(v.visit_type, v.checklist_version)
    by_key = {
        f.item_key: f for f in session.scalars(select(VisitFinding).where(VisitFinding.visit_id == v.id))
    }
    findings = tuple(
        VisitFindingLine(
            item.rule,
            item.text,
            R.VERDICT_LABELS[by_key[item.key].verdict] if item.key in by_key else N_("geen oordeel"),
            by_key[item.key].note if item.key in by_key else "",
        )
        for item in chk.items
    )
    refs = {
        r.id: r.reference
        for r in session.execute(
            select(Dossier.id, Dossier.reference).where(Dossier.organisation_id == org.id)
        )
    }
    actions = tuple(
        VisitActionLine(a.description, a.due_on, a.done_on, refs.get(a.dossier_id) if a.dossier_id else None)
        for a in session.scalars(
            select(VisitAction)
            .where(VisitAction.visit_id == v.id)
            .order_by(VisitAction.due_on, VisitAction.id)
        )
    )
    visitor_rows = visitor_users(session, v.id)
    visitors = tuple(u.display_name for u in visitor_rows)
    attachments = len(
        list(session.scalars(select(VisitAttachment.id).where(VisitAttachment.visit_id == v.id)))
    )
    # The contact person is a visitor (the one who made the report, if they went), else who prints it.
    me = next((u for u in visitor_rows if u.login == ctx.user.login), None) or (
        visitor_rows[0] if visitor_rows else session.scalar(select(User).where(User.login == ctx.user.login))
    )
    address = organisation_address(session, org)
    return L.LetterContext(
        letter_date=letter_date,
        dossier=L.Dossier(reference=v.reference, procedure=chk.procedure),
        organisation=L.Organisation(org.name, address, format_enterprise_number(org.enterprise_number)),
        contact=L.Contact(
            me.display_name if me else ctx.user.display_name,
            me.phone if me else None,
            me.email if me else None,
        ),
        signatory=L.Signatory(
            ", ".join(visitors) if visitors else ctx.user.display_name,
            N_("Departement Werk en Sociale Economie"),
        ),
        visit=VisitReport(
            reference=v.reference,
            type_label=R.VISIT_TYPE_LABELS[v.visit_type],
            checklist_title=chk.title,
            checklist_version=chk.version,
            visited_on=v.performed_on or v.planned_on,
            visitors=visitors,
            findings=findings,
            actions=actions,
            summary=v.summary,
            attachments=attachments,
        ),
        draft=draft,
    )


def _render(session: Session, ctx: AppContext, v: Visit) -> bytes:
    final = v.status in ("verslag_klaar", "afgesloten") and v.report_on is not None
    letter_date = v.report_on if final and v.report_on else ctx.clock.today()
    context = _context(session, ctx, v, letter_date, draft=not final)
    return L.render_letter(KIND, context, template=user_template(KIND))


def visit_report_pdf(ctx: AppContext, visit_id: str) -> tuple[str, bytes]:
    """(file name, PDF) of the visit's report: CONCEPT until the report is ready."""
    with ctx.uow() as uow:
        v = load_visit(uow.session, visit_id)
        pdf = _render(uow.session, ctx, v)
        final = v.status in ("verslag_klaar", "afgesloten")
        return f"{v.reference}-bezoekverslag{'' if final else '-concept'}.pdf", pdf


def step_visit(ctx: AppContext, visit_id: str, target: str, *, on: date, expected_version: int) -> Changes:
    """Take a status step: uitgevoerd (the visit date), verslag klaar (the report's date), afgesloten.

    Closing is done centrally: it stores the final report with each dossier of the visit.
    """
    require_visit_role(ctx)
    if target == "afgesloten":
        require_online(ctx, N_("Een bezoek afsluiten"))
    with ctx.uow(write=True) as uow:
        s = uow.session
        v = load_visit(s, visit_id)
        check_version(
            s,
            v,
            expected_version=expected_version,
            entity="visit",
            label=f"Bezoek {v.reference}",
            mine={"status": target},
        )
        chk = R.checklist(v.visit_type, v.checklist_version)
        findings = {
            f.item_key: (f.verdict, f.note)
            for f in s.scalars(select(VisitFinding).where(VisitFinding.visit_id == v.id))
        }
        problems = R.check_step(
            v.status,
            target,
            on=on,
            today=ctx.clock.today(),
            planned_on=v.planned_on,
            items=chk.items,
            findings=findings,
        )
        if problems:
            raise BadInputError(" ".join(problems), where=N_("Bezoek {r}").format(r=v.reference))
        if target == "uitgevoerd" and v.status == "gepland":
            v.performed_on = on
        if target == "verslag_klaar":
            if v.performed_on and on < v.performed_on:
                raise BadInputError(
                    N_("Het verslag kan niet vóór het bezoek zelf klaar zijn."), where=N_("Datum")
                )
            v.report_on = on
        if target == "uitgevoerd" and v.status == "verslag_klaar":
            v.report_on = None
        v.status = target
        s.flush()
        add_visit_event(
            s, ctx, v, on, N_("Bezoek {r}: {s}").format(r=v.reference, s=R.STATUS_LABELS[target].lower())
        )
        dossiers = visit_dossier_ids(s, v.id)
        if target == "afgesloten" and dossiers:
            pdf = _render(s, ctx, v)
            for dossier_id in dossiers:
                dossier = s.get(Dossier, dossier_id)
                assert dossier is not None
                store_letter(s, ctx, dossier, KIND, pdf, final=True, letter_date=v.report_on or on)
        uow.commit()
    return visit_changes(dossiers, "dossier", "documents")
