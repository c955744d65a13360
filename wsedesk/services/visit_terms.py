"""A follow-up action of a visit as a term in the Werkbak (architecture.md #4: terms are facts).

An action with a dossier has a term row (models.terms.DossierTerm, term id "BZ-actie") whose id
is the action's id: triggering day = the day the action was recorded, length = the days to its
due date, closed on the day it was done. The term is derived from the action — written here
whenever an action is saved or merged, never carried in a visit package — so the Werkbak sorts,
filters and colours overdue actions like every other term.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy.orm import Session

from wsedesk.errors import BadInputError
from wsedesk.i18n import N_
from wsedesk.models import DossierTerm
from wsedesk.models.visits import VisitAction
from wsedesk.rules.terms import TermSpec, compute_term
from wsedesk.rules.visits import ACTION_TERM_ID
from wsedesk.services.terms import calendar_for, recompute_term


def action_due(session: Session, recorded_on: date, due_on: date) -> date:
    """The due date as the term counts it (T-1: a weekend or holiday moves to the next working day)."""
    days = (due_on - recorded_on).days
    if days < 1:
        raise BadInputError(
            N_("de vervaldag moet na {d:%d/%m/%Y} liggen.").format(d=recorded_on), where=N_("Vervaldag")
        )
    due = compute_term(recorded_on, TermSpec(ACTION_TERM_ID, days), [], calendar_for(session)).due
    assert due is not None  # no suspensions: a term without them always ends
    return due


def sync_action_term(session: Session, action: VisitAction) -> None:
    """Create, update or remove the action's term so it matches the action."""
    term = session.get(DossierTerm, action.id)
    if action.dossier_id is None:
        if term is not None:
            session.delete(term)
        return
    days = max((action.due_on - action.recorded_on).days, 1)
    if term is None:
        term = DossierTerm(
            id=action.id,
            dossier_id=action.dossier_id,
            term_id=ACTION_TERM_ID,
            event_date=action.recorded_on,
            days=days,
            working_days=False,
        )
        session.add(term)
    term.dossier_id = action.dossier_id
    term.event_date = action.recorded_on
    term.days = days
    term.closed_on = action.done_on
    session.flush()
    recompute_term(session, term, calendar_for(session))


def drop_action_term(session: Session, action_id: uuid.UUID) -> None:
    term = session.get(DossierTerm, action_id)
    if term is not None:
        session.delete(term)
