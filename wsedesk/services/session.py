"""Opening a session of WSE Desk: the database (created or upgraded), the current user, the reference data.

The composition every entry point shares (the window, each command, the tests): it calls
services, so it lives here rather than in context.py, which the services themselves import.
"""

from __future__ import annotations

from wsedesk.clock import Clock, SystemClock
from wsedesk.context import AppContext
from wsedesk.services.connection import with_stored_password
from wsedesk.services.reference import ensure_reference_data
from wsedesk.services.search import ensure_search_index
from wsedesk.services.terms import has_stale_terms, recompute_terms
from wsedesk.services.users import resolve_current_user
from wsedesk.settings import Settings, load_settings
from wsedesk.storage.engine import connect
from wsedesk.storage.migrate import ensure_schema


def open_context(
    url: str,
    *,
    settings: Settings | None = None,
    clock: Clock | None = None,
    login: str | None = None,
    auto_upgrade: bool = True,
) -> AppContext:
    """Open (and if needed create or upgrade) the database, and map the login to a user."""
    settings = settings or load_settings()
    clock = clock or SystemClock()
    db = connect(with_stored_password(url), encrypt_new=settings.encrypt_local_database)
    try:
        backup = ensure_schema(db, now=clock.now(), auto_upgrade=auto_upgrade)
        user = resolve_current_user(db, clock=clock, login=login)
        ensure_reference_data(db, actor=user.login, clock=clock.now)
    except Exception:
        db.dispose()
        raise
    ctx = AppContext(db=db, settings=settings, clock=clock, user=user, upgrade_backup=backup)
    ensure_search_index(ctx)  # e.g. after a restore by copy, which leaves the derived index out
    if has_stale_terms(ctx):  # e.g. terms a migration back-filled: compute their due dates once
        recompute_terms(ctx, only_stale=True)
    return ctx
