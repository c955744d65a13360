"""Advice before decision (ED-6) and the letter kind × state matrix (issue #11, item 4).

A recognition or refusal is decided only on an advice the team lead approved: the service
refuses it with the reason (SQLite and PostgreSQL), and the dossier screen shows the same reason
(`step_refusals`). The advice letter is made from the stored findings. Every letter kind renders
for every dossier state the workflow offers it in, or it is not offered and the reason is given.
"""

from __future__ import annotations

import io
import uuid
from collections import defaultdict
from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from tests.integration.advice_helpers import approve_an_advice, ed_dossier
from wsedesk.context import AppContext
from wsedesk.errors import BadInputError
from wsedesk.models import Document, Dossier, DossierEvent
from wsedesk.services import letters as letter_service
from wsedesk.services import terms as term_service
from wsedesk.services.steps import step_refusals, take_step

# What the user types for a letter (the dialog's fields, the CLI's --motivering and --voorstel).
INPUTS = {"reasons": ("De aanvraag werd getoetst aan de voorwaarden.",), "proposed_decision": "erkenning"}
# A kind offered in a state may still wait for the next step; the preview names it.
WAITS_FOR_A_STEP = ("wacht niet op informatie", "staat stil sinds", "de klok stond niet stil")


def _pdf_text(pdf: bytes) -> str:
    return " ".join((p.extract_text() or "") for p in PdfReader(io.BytesIO(pdf)).pages).replace("\n", " ")


def _advised(ctx: AppContext) -> str:
    dossier_id = ed_dossier(ctx)
    take_step(ctx, dossier_id, "ontvankelijk", on=date(2025, 3, 3))
    take_step(ctx, dossier_id, "advies_opmaken", on=date(2025, 4, 10))
    return dossier_id


def _state(ctx: AppContext, dossier_id: str) -> tuple[str, int]:
    with ctx.uow() as uow:
        d = uow.session.get(Dossier, uuid.UUID(dossier_id))
        assert d is not None
        events = uow.session.scalar(
            select(func.count()).select_from(DossierEvent).where(DossierEvent.dossier_id == d.id)
        )
        return d.status, int(events or 0)


# --- advice before decision (ED-6) ----------------------------------------------------------------


@pytest.mark.parametrize("action", ["erkennen", "weigeren"])
def test_a_decision_without_an_approved_advice_is_refused(ctx: AppContext, action: str) -> None:
    dossier_id = _advised(ctx)
    before = _state(ctx, dossier_id)

    # No advice at all: refused with the reason and the way forward; nothing changes.
    with pytest.raises(BadInputError, match="nog geen advies aan de minister") as no_advice:
        take_step(ctx, dossier_id, action, on=date(2025, 5, 2))
    assert "ED-6" in no_advice.value.message and "teamverantwoordelijke" in no_advice.value.message
    assert _state(ctx, dossier_id) == before
    assert "nog geen advies" in step_refusals(ctx, dossier_id, date(2025, 5, 2))[action]

    # A draft is not enough.
    draft = letter_service.generate_letter(ctx, dossier_id, "advies", proposed_decision="erkenning")
    assert not draft.final
    with pytest.raises(BadInputError, match="nog niet goedgekeurd"):
        take_step(ctx, dossier_id, action, on=date(2025, 5, 2))
    assert _state(ctx, dossier_id)[0] == "advies"

    # Approved by the team lead: the decision is taken, and the screen no longer blocks it.
    approved = letter_service.approve_advice(ctx, dossier_id, proposed_decision="erkenning")
    assert approved.final and approved.revision == 2
    assert action not in step_refusals(ctx, dossier_id, date(2025, 5, 2))
    take_step(ctx, dossier_id, action, on=date(2025, 5, 2))
    assert _state(ctx, dossier_id)[0] == ("erkend" if action == "erkennen" else "geweigerd")


def test_a_new_draft_after_the_approval_needs_approving_again(ctx: AppContext) -> None:
    dossier_id = _advised(ctx)
    approve_an_advice(ctx, dossier_id)
    letter_service.generate_letter(ctx, dossier_id, "advies", proposed_decision="weigering")
    with pytest.raises(BadInputError, match=r"versie 3\) is nog niet goedgekeurd"):
        take_step(ctx, dossier_id, "erkennen", on=date(2025, 5, 2))


def test_the_advice_letter_is_made_from_the_stored_findings(ctx: AppContext) -> None:
    """No findings given (the command line): the stored checks fill the table, as in the window."""
    dossier_id = _advised(ctx)
    stored = letter_service.generate_letter(ctx, dossier_id, "advies", proposed_decision="weigering")
    body = _pdf_text(stored.content)
    assert "Toetsing aan de voorwaarden" in body and "ED-1" in body and "ED-12" in body
    assert "weigering" in body and "CONCEPT" in body
    # The window passes the rows the user ticked; none ticked is refused, naming the table.
    with pytest.raises(BadInputError, match="bevindingen"):
        letter_service.render_for_dossier(ctx, dossier_id, "advies", findings=(), proposed_decision="x")


def test_the_reconsideration_letter_reports_the_committees_advice(ctx: AppContext) -> None:
    """ED-9: request, hearing, the committee's advice (a step of its own) and the minister's decision."""
    dossier_id = _advised(ctx)
    approve_an_advice(ctx, dossier_id, "weigering")
    for action, on in (
        ("weigeren", date(2025, 5, 2)),
        ("heroverweging_ontvangen", date(2025, 5, 20)),
        ("hoorzitting_gehouden", date(2025, 6, 3)),
    ):
        take_step(ctx, dossier_id, action, on=on)
    refusals = step_refusals(ctx, dossier_id, date(2025, 6, 10))
    assert "heroverweging_erkennen" not in refusals  # not offered yet: the committee advises first
    with pytest.raises(BadInputError, match="kan niet vanuit de status"):
        take_step(ctx, dossier_id, "heroverweging_erkennen", on=date(2025, 6, 10))
    take_step(ctx, dossier_id, "commissie_advies", on=date(2025, 6, 10))
    take_step(ctx, dossier_id, "heroverweging_erkennen", on=date(2025, 6, 12))
    pdf = letter_service.render_for_dossier(ctx, dossier_id, "heroverweging", reasons=INPUTS["reasons"])
    body = _pdf_text(pdf)
    assert "20 mei 2025" in body and "3 juni 2025" in body and "10 juni 2025" in body
    assert "12 juni 2025" in body and "erkenning" in body


# --- every letter kind × every state it is offered in ----------------------------------------------


def _render(ctx: AppContext, dossier_id: str, kind: str) -> bytes:
    return letter_service.render_for_dossier(ctx, dossier_id, kind, **INPUTS)  # type: ignore[arg-type]


def _since(ctx: AppContext, dossier_id: str) -> date:
    with ctx.uow() as uow:
        d = uow.session.get(Dossier, uuid.UUID(dossier_id))
        assert d is not None
        return d.status_since


def _make_wait(ctx: AppContext, dossier_id: str, kind: str) -> None:
    """The next step a kind waits for: a request that stops the clock, or the answer that restarts it."""
    with ctx.uow() as uow:
        d = uow.session.get(Dossier, uuid.UUID(dossier_id))
        assert d is not None
        since = min(d.status_since + timedelta(days=1), ctx.clock.today())  # inside the running term
    if kind == "informatievraag":
        term_service.request_information(ctx, dossier_id, on=since, reason="Kopie van de statuten")
    else:
        term_service.information_received(ctx, dossier_id, on=ctx.clock.today())


def test_every_letter_kind_renders_in_every_state_it_is_offered_in(demo_ctx: AppContext) -> None:
    ctx = demo_ctx
    with ctx.uow() as uow:
        rows = uow.session.execute(select(Dossier.id, Dossier.dossier_type, Dossier.status)).all()
    by_state: dict[tuple[str, str], list[str]] = defaultdict(list)
    for row in rows:
        by_state[(row.dossier_type, row.status)].append(str(row.id))
    rendered: dict[tuple[str, str, str], int] = defaultdict(int)
    for kind, types in letter_service.FITS.items():
        for dossier_type, states in types.items():
            for status in sorted(states):
                ids = by_state[(dossier_type, status)]
                assert ids, f"the demo data has no {dossier_type} dossier in '{status}'"
                waiting: list[str] = []
                for dossier_id in ids:
                    if rendered[(kind, dossier_type, status)] >= 3:
                        break  # enough of this state: the next kind
                    with ctx.uow() as uow:
                        d = uow.session.get(Dossier, uuid.UUID(dossier_id))
                        assert d is not None
                        reason = letter_service.letter_refusal(uow.session, d, kind)
                    if reason:  # not offered: the reason is given, and making it is refused with it
                        assert d.reference in reason, reason
                        with pytest.raises(BadInputError) as refused:
                            _render(ctx, dossier_id, kind)
                        assert refused.value.message == reason
                        continue
                    try:
                        pdf = _render(ctx, dossier_id, kind)
                    except BadInputError as exc:
                        assert any(w in exc.message for w in WAITS_FOR_A_STEP), (kind, status, exc.message)
                        waiting.append(dossier_id)
                        continue
                    assert d.reference in _pdf_text(pdf)
                    rendered[(kind, dossier_type, status)] += 1
                if not rendered[(kind, dossier_type, status)] and waiting:
                    newest = max(waiting, key=lambda i: _since(ctx, i))
                    _make_wait(ctx, newest, kind)  # take the step the preview asked for
                    assert _render(ctx, newest, kind)
                    rendered[(kind, dossier_type, status)] += 1
                assert rendered[(kind, dossier_type, status)], (
                    f"'{kind}' never renders for {dossier_type} {status}"
                )


def test_kinds_not_offered_for_a_type_say_why(demo_ctx: AppContext) -> None:
    for (kind, dossier_type), why in letter_service.NOT_OFFERED.items():
        assert dossier_type not in letter_service.FITS[kind]
        with pytest.raises(BadInputError) as refused:
            letter_service.check_fits(dossier_type, "afgesloten", kind)
        assert why in refused.value.message


def test_management_support_renders_without_an_end_date(demo_ctx: AppContext) -> None:
    """MW-3 sets no duration: the letter says when the support starts (it failed on {beslissing.geldig_tot})."""
    with demo_ctx.uow() as uow:
        ids = [
            str(i)
            for i in uow.session.scalars(
                select(Dossier.id).where(
                    Dossier.dossier_type == "DV", Dossier.status == "managementondersteuning"
                )
            )
        ]
    assert ids
    for dossier_id in ids:
        body = _pdf_text(_render(demo_ctx, dossier_id, "managementondersteuning"))
        assert "gaat in op" in body and "MW-3" in body


def test_documents_are_untouched_by_a_refused_decision(ctx: AppContext) -> None:
    dossier_id = _advised(ctx)
    with pytest.raises(BadInputError):
        take_step(ctx, dossier_id, "erkennen", on=date(2025, 5, 2))
    with ctx.uow() as uow:
        assert not uow.session.scalar(
            select(func.count()).select_from(Document).where(Document.dossier_id == uuid.UUID(dossier_id))
        )
