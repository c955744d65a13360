"""Letters on real dossiers of the demo database: one letter (render + store), a batch, against
LibreOffice converting an equivalent .docx to PDF headless — the way letters were made before —
one per call and batched, in the same run (`libreoffice-writer-nogui`; without it the rows say so).

Protocol: bench/README.md. Alone: `bench/run --only letters`.
"""

from __future__ import annotations

import io
import itertools
import shutil
import subprocess
import time
from datetime import datetime
from pathlib import Path

from bench.common import DEMO_TODAY, PeakMemory, Row, Timing, dossier_sizes, measure, scratch_copy, timed_row

KIND = "ontvankelijk"  # the admissibility notice: ED dossiers under investigation, thousands in the demo


def _libreoffice(pdf: bytes, workdir: Path, docs: int) -> tuple[Timing, Timing] | str:
    """(one .docx per call, per document of a batch of `docs`) in ms, or why it was not measured."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        return "LibreOffice not installed (apt-get install libreoffice-writer-nogui): not measured"
    from pypdf import PdfReader

    work = workdir / "lo"
    work.mkdir()
    profile = f"-env:UserInstallation=file://{work / 'profile'}"

    def convert(target: str, outdir: Path, *files: Path) -> None:
        subprocess.run(
            [
                soffice,
                profile,
                "--headless",
                "--convert-to",
                target,
                "--outdir",
                str(outdir),
                *map(str, files),
            ],
            check=True,
            capture_output=True,
            timeout=600,
        )

    # The same letter text as a .docx, made once by LibreOffice from HTML (not timed).
    text = "\n".join((p.extract_text() or "") for p in PdfReader(io.BytesIO(pdf)).pages)
    paragraphs = "".join(f"<p>{line}</p>" for line in text.splitlines() if line.strip())
    (work / "brief.html").write_text(f"<html><body>{paragraphs}</body></html>", encoding="utf-8")
    convert("docx:MS Word 2007 XML", work, work / "brief.html")
    docx = work / "brief.docx"
    one = measure(lambda: convert("pdf", work / "one", docx), runs=3, warmup=1)  # warm-up makes the profile
    copies = []
    for i in range(docs):
        copies.append(work / f"brief-{i}.docx")
        shutil.copy(docx, copies[-1])
    batch = measure(lambda: convert("pdf", work / "batch", *copies), runs=3, warmup=0)
    per_doc = Timing(batch.median / docs, batch.worst / docs, batch.runs)
    return one, per_doc


def rows(quick: bool, workdir: Path) -> list[Row]:
    from sqlalchemy import select

    from wsedesk.clock import FixedClock
    from wsedesk.errors import UserError
    from wsedesk.models import Dossier
    from wsedesk.services.letters import FITS, generate_batch, generate_letter, render_for_dossier
    from wsedesk.services.session import open_context

    dossiers = max(dossier_sizes(quick))
    path = scratch_copy(dossiers, workdir)  # letters are stored: work on a copy
    clock = FixedClock(datetime.combine(DEMO_TODAY, datetime.min.time()).replace(hour=10))
    ctx = open_context(f"sqlite:///{path}", clock=clock, login="bench")
    batch_size = 50 if quick else 300
    try:
        with ctx.uow() as uow:
            fits = FITS[KIND]
            ids = [
                str(i)
                for t, statuses in fits.items()
                for i in uow.session.scalars(
                    select(Dossier.id)
                    .where(Dossier.dossier_type == t, Dossier.status.in_(statuses))
                    .order_by(Dossier.reference)
                    .limit(4 * batch_size)
                )
            ]

        def fits_letter(dossier_id: str) -> bool:  # demo dossiers without a contact e-mail are refused
            try:
                render_for_dossier(ctx, dossier_id, KIND)
            except UserError:
                return False
            return True

        ids = [i for i in ids if fits_letter(i)][: batch_size + 30]
        if len(ids) < 10:
            raise RuntimeError(f"only {len(ids)} dossiers fit a letter '{KIND}'")
        batch_size = min(batch_size, len(ids) - 5)
        singles = itertools.cycle(ids[batch_size:])  # a second letter on a dossier is a new revision
        pdf = generate_letter(ctx, ids[batch_size], KIND).content  # fonts and templates load once
        one = measure(lambda: generate_letter(ctx, next(singles), KIND), runs=21 if not quick else 9)
        with PeakMemory() as memory:
            started = time.perf_counter()
            done, refused = generate_batch(ctx, ids[:batch_size], KIND)
            batch_ms = (time.perf_counter() - started) * 1000
        if refused:
            raise RuntimeError(f"{len(refused)} dossiers refused the letter: {refused[0][1]}")
    finally:
        ctx.close()
    per_letter = Timing(batch_ms / len(done), batch_ms / len(done), 1)

    lo = _libreoffice(pdf, workdir, 10 if quick else 20)
    on = f"{dossiers:,}-dossier SQLite, '{KIND}'"
    if isinstance(lo, str):
        return [
            timed_row(f"one letter, real dossier (render + store), {on}", one, note=lo),
            timed_row(f"batch of {len(done)} letters, per letter", per_letter, note=lo),
            Row(
                f"batch of {len(done)} letters: peak memory", memory.peak_mb, "MB", note="RSS of the process"
            ),
        ]
    lo_one, lo_batch = lo
    return [
        timed_row(
            f"one letter, real dossier (render + store), {on}",
            one,
            baseline="LibreOffice .docx → PDF, one per call",
            base=lo_one,
            goal="faster than LibreOffice",
            faster_by=1,
        ),
        timed_row(
            f"batch of {len(done)} letters (render + store), per letter",
            per_letter,
            baseline=f"LibreOffice, {10 if quick else 20} .docx in one call, per doc",
            base=lo_batch,
            goal="faster than batched LibreOffice",
            faster_by=1,
            note="one batch",
        ),
        Row(f"batch of {len(done)} letters: peak memory", memory.peak_mb, "MB", note="RSS of the process"),
    ]
