"""The demo database of `--demo`: made on first use, by the window and by the command line alike.

It is built aside (`demo.sqlite.bouw`), filled with the demo dossiers, two years of sustainability
reports and site visits, and moved in only when complete, so an interrupted build never leaves a
half-filled demo behind; the visit package that names it is written beside it once it is in place.
The window shows the progress in a dialog that can cancel (`app.ensure_demo_database`), the command
line on stderr (`commands.common.command_context`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from wsedesk.i18n import N_
from wsedesk.progress import Progress

if TYPE_CHECKING:
    from wsedesk.settings import Settings

DEMO_DOSSIERS = 5000
DEMO_SEED = 2025


class DemoProgress(Progress, Protocol):
    """Progress of a demo build, told also which part it builds after the dossiers."""

    def stage(self, stage: str, year: int | None = None) -> None:
        """`reports` (with the report year) or `visits`."""


def announcement(path: Path, dossiers: int = DEMO_DOSSIERS) -> str:
    """The line on stderr while the demo is built (window and command line alike)."""
    return N_("wsedesk: demodatabase aanmaken in {p} ({n} dossiers)…").format(p=path, n=dossiers)


def ensure_demo_database(
    path: Path, settings: Settings, progress: DemoProgress, *, dossiers: int = DEMO_DOSSIERS
) -> bool:
    """Build the demo database at `path` unless it is there; True when it was built now.

    Cancelled through `progress` → CancelledError, and nothing is left behind.
    """
    if path.exists():
        return False
    from wsedesk.services.demo import generate_demo
    from wsedesk.services.report_demo import generate_demo_reports
    from wsedesk.services.session import open_context
    from wsedesk.services.visit_demo import generate_demo_visits, write_demo_package
    from wsedesk.storage.anchor import move_with_anchor

    building = path.with_name(path.name + ".bouw")
    _remove_leftovers(building)
    try:
        ctx = open_context(f"sqlite:///{building}", settings=settings)
        try:
            generate_demo(ctx, dossiers=dossiers, progress=progress)
            # Sustainability reports for the two most recent report years (Verslagen page, charts).
            last_year = ctx.clock.today().year - 1
            for year in (last_year - 1, last_year):
                progress.stage("reports", year)
                generate_demo_reports(ctx, year, seed=DEMO_SEED, progress=progress)
            # Site visits of every type and status, a conflict in the queue, and a package to open
            # offline (wsedesk --pakket …/demo-bezoeken.wsebezoek).
            progress.stage("visits")
            generate_demo_visits(ctx, seed=DEMO_SEED)
        finally:
            ctx.close()  # the last connection closes: SQLite folds the WAL into the file
        move_with_anchor(building, path)
        # The package names the database it came from: written once the demo file is in place.
        ctx = open_context(f"sqlite:///{path}", settings=settings)
        try:
            write_demo_package(ctx, path.with_name("demo-bezoeken.wsebezoek"))
        finally:
            ctx.close()
    except BaseException:
        _remove_leftovers(building)
        raise
    return True


def _remove_leftovers(building: Path) -> None:
    for leftover in building.parent.glob(building.name + "*"):
        leftover.unlink()
