"""Search everywhere (#12 item 1): keystroke to results on the demo files, SQLite and PostgreSQL,
against `lower(…) LIKE '%…%'` over the same entries in the same run.

Each text is typed one character at a time; every prefix is one search as the Ctrl+K popup runs
it (`services/search.search`: five kinds, eight hits each). The baseline runs the same five
per-kind queries with `lower(body) LIKE '%prefix%'` and the same limit over the same
`search_entries` rows. Letters: the demo stores none, so a real letter is rendered for one demo
dossier and its text indexed for every fifth dossier with that dossier's reference and
organisation put in (index entries only, no PDFs) — the index holds letter-sized text.

Protocol: bench/README.md. Alone: `bench/run --only search`.
"""

from __future__ import annotations

import time
import uuid
from pathlib import Path
from typing import Any

from bench.common import (
    PostgresDemo,
    Row,
    Timing,
    dossier_sizes,
    measure_each,
    postgres_available,
    scratch_copy,
    timed_row,
)

# What users type: diacritics left out, a place with a hyphen, a surname, a word of a letter,
# a short prefix that matches thousands, a reference, a KBO number (filled in from the data).
TYPED = ("emmaus", "sint niklaas", "ozturk", "ontvankelijk", "dip", "QR-2024-0001")
LETTER_EVERY = 5


def _letter_text(ctx: Any) -> tuple[str, str, str]:
    """(text, reference, organisation name) of a real letter rendered for a demo dossier."""
    from sqlalchemy import select

    from wsedesk.models import Dossier, Organisation
    from wsedesk.services.letters import render_for_dossier
    from wsedesk.storage.search_index import pdf_text

    with ctx.uow() as uow:
        row = uow.session.execute(
            select(Dossier.id, Dossier.reference, Organisation.name)
            .join(Organisation, Organisation.id == Dossier.organisation_id)
            .where(Dossier.dossier_type == "ED", Dossier.status == "in_onderzoek")
            .limit(1)
        ).one()
    pdf = render_for_dossier(ctx, str(row.id), "ontvankelijk")
    return pdf_text(pdf if isinstance(pdf, bytes) else pdf.content), row.reference, row.name


def _add_letters(ctx: Any) -> int:
    """Index entries with a real letter's text for every LETTER_EVERY-th dossier; returns how many."""
    from sqlalchemy import select

    from wsedesk.models import Dossier, Organisation
    from wsedesk.storage.search_index import Entry, write_entries

    text, reference, name = _letter_text(ctx)
    with ctx.uow(write=True) as uow:
        conn = uow.session.connection()
        rows = conn.execute(
            select(Dossier.id, Dossier.reference, Organisation.name)
            .join(Organisation, Organisation.id == Dossier.organisation_id)
            .order_by(Dossier.reference)
        ).all()
        entries = [
            Entry(
                "letter",
                uuid.uuid5(uuid.NAMESPACE_URL, f"bench-letter-{r.reference}"),
                r.id,
                f"Ontvankelijk – {r.reference}",
                (
                    ("titel", f"Ontvankelijk – {r.reference}"),
                    ("tekst", text.replace(reference, r.reference).replace(name, r.name)),
                ),
            )
            for r in rows[::LETTER_EVERY]
        ]
        write_entries(conn, entries, replace=False)
        uow.commit()
    return len(entries)


def _typed(ctx: Any) -> list[str]:
    """Every prefix of every typed text, a real KBO number's digits included."""
    from sqlalchemy import select

    from wsedesk.models import Organisation

    with ctx.uow() as uow:
        number = uow.session.scalar(
            select(Organisation.enterprise_number).order_by(Organisation.name).limit(1)
        )
    texts = [*TYPED, f"{number[:4]}.{number[4:7]}.{number[7:]}"]
    return [t[:i] for t in texts for i in range(1, len(t) + 1) if t[:i].strip()]


def _like_search(ctx: Any, text: str) -> int:
    from wsedesk.services.search import DEFAULT_PER_KIND, KIND_TITLES
    from wsedesk.storage.search_sql import like_find

    with ctx.uow() as uow:
        conn = uow.session.connection()
        return sum(len(like_find(conn, text, kind, DEFAULT_PER_KIND + 1)) for kind in KIND_TITLES)


def _measure(url: str, n: int, backend: str, rounds: int) -> list[Row]:
    from wsedesk.services.search import search
    from wsedesk.services.session import open_context

    ctx = open_context(url, login="bench")
    try:
        letters = _add_letters(ctx)
        prefixes = _typed(ctx)
        ours, slowest = measure_each(lambda p: search(ctx, p), prefixes, rounds)
        like, like_slowest = measure_each(lambda p: _like_search(ctx, p), prefixes, rounds)
    finally:
        ctx.close()
    row = timed_row(
        f"search as you type, {n:,} dossiers + their organisations, persons and {letters:,} letters, {backend}",
        ours,
        baseline="lower(…) LIKE '%…%' over the same entries",
        base=like,
        goal="≤ 20 ms median, ≤ 50 ms worst, ≥ 10× the LIKE",
        at_most=20,
        faster_by=10,
        note=f"{len(prefixes)} keystrokes × {rounds}; slowest '{slowest}', LIKE's slowest '{like_slowest}'",
    )
    row.met = bool(row.met) and ours.worst <= 50
    return [row]


def _gui_row(url: str, n: int, rounds: int) -> Row:
    """The popup itself: text set, search, list filled, until results_shown (no typing pause)."""
    from PySide6.QtWidgets import QApplication

    from wsedesk.services.session import open_context
    from wsedesk.views.search_popup import SearchPopup

    app = QApplication.instance() or QApplication([])
    ctx = open_context(url, login="bench")
    try:
        popup = SearchPopup(ctx)
        popup.show()
        prefixes = _typed(ctx)

        def keystroke(p: str) -> None:
            popup.field.setText(p)
            popup._pause.stop()
            popup._on_pause_timeout()
            app.processEvents()

        timing, slowest = measure_each(keystroke, prefixes, rounds)
        popup.close()
    finally:
        ctx.close()
    row = timed_row(
        f"Ctrl+K popup: keystroke to results listed, {n:,} dossiers, SQLite",
        timing,
        goal="≤ 20 ms median, ≤ 50 ms worst",
        at_most=20,
        note=f"{len(prefixes)} keystrokes × {rounds} (the 120 ms typing pause left out); slowest '{slowest}'",
    )
    row.met = bool(row.met) and timing.worst <= 50
    return row


def _demo_with_index_time(n: int, workdir: Path) -> Row:
    """What the index adds to `wsedesk demo`: rebuilding it on the demo file, against the demo's build."""
    from wsedesk.services.session import open_context
    from wsedesk.storage.search_index import rebuild

    ctx = open_context(f"sqlite:///{scratch_copy(n, workdir)}", login="bench")
    try:
        runs = []
        for _ in range(2):
            with ctx.uow(write=True) as uow:
                started = time.perf_counter()
                rebuild(uow.session.connection(), letters=False)
                uow.commit()
                runs.append((time.perf_counter() - started) * 1000)
    finally:
        ctx.close()
    row = timed_row(
        f"filling the search index in bulk (part of `wsedesk demo`), {n:,} dossiers, SQLite",
        Timing(sorted(runs)[0], max(runs), len(runs)),
        unit="s",
        note="rebuild of every dossier, note, organisation and person entry, with the FTS triggers",
    )
    return row


def rows(quick: bool, workdir: Path) -> list[Row]:
    rounds = 2 if quick else 5
    sizes = dossier_sizes(quick)
    out: list[Row] = []
    for n in sizes:
        url = f"sqlite:///{scratch_copy(n, workdir)}"
        out += _measure(url, n, "SQLite", rounds)
        out.append(_gui_row(url, n, rounds))
    out.append(_demo_with_index_time(sizes[-1], workdir))
    if not quick and postgres_available():
        with PostgresDemo(sizes[-1]) as url:
            out += _measure(url, sizes[-1], "PostgreSQL", rounds)
    return out
