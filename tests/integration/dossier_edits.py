"""A dossier edit as a user makes it: from what the screen showed, or when nobody else is saving."""

from __future__ import annotations

from typing import Any

from wsedesk.context import AppContext
from wsedesk.services.dossiers import DossierDetail, get_dossier, update_dossier


def save_as_shown(ctx: AppContext, dossier_id: str, shown: DossierDetail, changes: dict[str, Any]) -> None:
    """Save `changes` on the dossier as `shown` (read earlier, perhaps stale by now) had it: its version and values."""
    update_dossier(
        ctx, dossier_id, expected_version=shown.version, original=shown.editable_values(), changes=changes
    )


def save_dossier(ctx: AppContext, dossier_id: str, changes: dict[str, Any]) -> None:
    """Save `changes` on the dossier as `ctx` reads it now (its version and values as the original)."""
    save_as_shown(ctx, dossier_id, get_dossier(ctx, dossier_id), changes)
