"""The plainest stored rows a test starts from: a submitted ED dossier, a registered audit organisation,
a quality registration with its dossier."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from wsedesk.context import AppContext
from wsedesk.models import Dossier, Organisation
from wsedesk.services import quality_registrations, reference_lists
from wsedesk.services.organisations import SavedRecord


def submitted_dossier(
    ctx: AppContext, *, reference: str = "ED-2025-00042", organisation_id: str | None = None
) -> str:
    """A submitted ED dossier (subject Erkenning, 3 March 2025); its id.

    Without `organisation_id` the organisation Groep Intro vzw (0428759497) is added with it.
    """
    with ctx.uow(write=True) as uow:
        if organisation_id is None:
            org = Organisation(enterprise_number="0428759497", name="Groep Intro vzw", kind="vzw")
            uow.session.add(org)
            uow.session.flush()
            owner = org.id
        else:
            owner = uuid.UUID(organisation_id)
        d = Dossier(
            reference=reference,
            dossier_type="ED",
            status="ingediend",
            organisation_id=owner,
            subject="Erkenning",
            submitted_on=date(2025, 3, 3),
            status_since=date(2025, 3, 3),
        )
        uow.session.add(d)
        uow.commit()
        return str(d.id)


def certi_audit(ctx: AppContext) -> SavedRecord:
    """Certi-Audit bv, an audit organisation in the register (declaration filed, valid to 2028; QR-3)."""
    return reference_lists.register_audit_organisation(
        ctx,
        name="Certi-Audit bv",
        enterprise_number="0555.000.148",
        declaration_filed_on=date(2024, 2, 15),
        valid_until=date(2028, 2, 14),
        auditors_are_providers=False,
    )


def registration_dossier(
    ctx: AppContext,
    org_id: str,
    *,
    valid_until: date,
    on: date,
    route: str = "overheid",
    label_id: str = "kmo-portefeuille",
    **more: Any,
) -> str:
    """A quality registration of the organisation (by default a KMO-portefeuille recognition) and
    its QR dossier opened `on` that day; the dossier's id."""
    saved = quality_registrations.record_quality_registration(
        ctx, org_id, route=route, label_id=label_id, valid_until=valid_until, open_dossier_on=on, **more
    )
    [dossier_id] = saved.changes.dossier_ids
    return dossier_id
