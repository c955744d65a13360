"""A dossier edit as a user makes it when nobody else is saving: read the dossier, save the changes."""

from __future__ import annotations

from typing import Any

from wsedesk.context import AppContext
from wsedesk.services.dossiers import get_dossier, update_dossier


def save_dossier(ctx: AppContext, dossier_id: str, changes: dict[str, Any]) -> None:
    """Save `changes` on the dossier as `ctx` reads it now (its version and values as the original)."""
    shown = get_dossier(ctx, dossier_id)
    update_dossier(
        ctx, dossier_id, expected_version=shown.version, original=shown.editable_values(), changes=changes
    )
