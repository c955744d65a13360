"""Letters: one letter, and 1,000 letters in a batch (time and peak memory), against LibreOffice
converting an equivalent .docx to PDF headless — the way letters are made today — in the same run.

Run: .venv/bin/python bench/bench_letters.py [--batch 1000] [--lo-docs 20]
LibreOffice (`libreoffice-writer-nogui`) is needed only for the comparison; without it that part
is skipped with a message.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--lo-docs", type=int, default=20)
    args = parser.parse_args()

    from pypdf import PdfReader

    from wsedesk.documents.letters import example_context, render_letter

    ctx = example_context("weigering", letter_date=date(2025, 5, 2))
    render_letter("weigering", ctx)  # fonts load once per process
    singles = []
    for _ in range(21):
        t = time.perf_counter()
        pdf = render_letter("weigering", ctx)
        singles.append((time.perf_counter() - t) * 1000)
    one = statistics.median(singles)
    print(f"one letter (weigering), median of 21:            {one:8.1f} ms   ({len(pdf):,} bytes)")

    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t = time.perf_counter()
    kinds = ["ontvankelijk", "informatievraag", "weigering", "erkenning", "herinnering-verslag"]
    total_bytes = 0
    for i in range(args.batch):
        kind = kinds[i % len(kinds)]
        total_bytes += len(render_letter(kind, example_context(kind, letter_date=date(2025, 5, 2))))
    batch_s = time.perf_counter() - t
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    # Allocation peak measured apart: tracemalloc slows Python down several times.
    tracemalloc.start()
    for i in range(50):
        kind = kinds[i % len(kinds)]
        render_letter(kind, example_context(kind, letter_date=date(2025, 5, 2)))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"{args.batch:,} letters in a batch:                      {batch_s:8.2f} s    "
        f"({batch_s / args.batch * 1000:.1f} ms/letter; process peak RSS {rss_before:.0f} → {rss_after:.0f} MB; "
        f"Python allocation peak over 50 letters {peak / 1e6:.1f} MB; {total_bytes / 1e6:.1f} MB of PDF)"
    )

    soffice = shutil.which("libreoffice") or shutil.which("soffice")
    if not soffice:
        print("LibreOffice not installed: comparison skipped (apt-get install libreoffice-writer-nogui)")
        return
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        profile = f"-env:UserInstallation=file://{work / 'profile'}"
        # An equivalent letter as a .docx: the same text, made once by LibreOffice from HTML (not timed).
        text = " ".join((p.extract_text() or "") for p in PdfReader(__import__("io").BytesIO(pdf)).pages)
        html = (
            "<html><body>"
            + "".join(f"<p>{line}</p>" for line in text.splitlines() if line.strip())
            + "</body></html>"
        )
        (work / "brief.html").write_text(html, encoding="utf-8")
        subprocess.run(
            [
                soffice,
                profile,
                "--headless",
                "--convert-to",
                "docx:MS Word 2007 XML",
                "--outdir",
                str(work),
                str(work / "brief.html"),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        docx = work / "brief.docx"
        # Warm-up (first start creates the profile), then one document per call, as a clerk does.
        subprocess.run(
            [soffice, profile, "--headless", "--convert-to", "pdf", "--outdir", str(work / "w"), str(docx)],
            check=True,
            capture_output=True,
            timeout=180,
        )
        lo_single = []
        for _ in range(5):
            t = time.perf_counter()
            subprocess.run(
                [
                    soffice,
                    profile,
                    "--headless",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    str(work / "o"),
                    str(docx),
                ],
                check=True,
                capture_output=True,
                timeout=180,
            )
            lo_single.append((time.perf_counter() - t) * 1000)
        lo_one = statistics.median(lo_single)
        copies = []
        for i in range(args.lo_docs):
            c = work / f"brief-{i}.docx"
            shutil.copy(docx, c)
            copies.append(str(c))
        t = time.perf_counter()
        subprocess.run(
            [soffice, profile, "--headless", "--convert-to", "pdf", "--outdir", str(work / "b"), *copies],
            check=True,
            capture_output=True,
            timeout=600,
        )
        lo_batch_per_doc = (time.perf_counter() - t) * 1000 / args.lo_docs
    print(
        f"LibreOffice .docx → PDF, one per call, median of 5: {lo_one:8.1f} ms  → WSE Desk is {lo_one / one:.0f}× faster"
    )
    print(
        f"LibreOffice, {args.lo_docs} documents in one call:        {lo_batch_per_doc:8.1f} ms/doc → WSE Desk batch is "
        f"{lo_batch_per_doc / (batch_s / args.batch * 1000):.0f}× faster per letter"
    )


if __name__ == "__main__":
    main()
