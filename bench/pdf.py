"""The full begeleidingsplan of the largest demo jongere as a PDF, against a plain reportlab baseline.

What is measured is the real path: ``services.afdrukken.maak(DocumentSoort.PLAN, jongere_id)``: gather the
plan, versions, mentor and jeugdbeschermer from the encrypted database, lay out the document with the Noto
fonts (Arabic shaped, Ethiopic, per-script font runs, tables, icons) and write the PDF bytes. The baseline,
in the same run and interleaved, lays out the same texts as plain Helvetica paragraphs in a
``SimpleDocTemplate`` (no tables, no embedded fonts): what any PDF of this plan costs at least.
The first (cold) run, which parses the font files, is reported apart and not in the median.
"""

from __future__ import annotations

import argparse
import gc
import io
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from _common import Summary, machine_line, print_ratio, print_result, print_table, summarize

TARGET_MS = 300.0
TARGET_RATIO = 6.0


def _grootste(services: Any) -> tuple[str, str]:
    """The demo jongere whose newest plan has the most text (goals, evaluations, parts)."""
    from kso_desktop.domain.plan import iter_texts

    beste: tuple[int, str, str] = (-1, "", "")
    for regel in services.jongeren.lijst(met_vertrokken=True):
        plan = services.plannen.laatste(regel.id)
        if plan is None:
            continue
        teksten = [t for _l, t in iter_texts(plan.inhoud)]
        for d in plan.inhoud.doelen:
            teksten += [d.eigen_woorden, d.professioneel, *(a.wat for a in d.acties)]
            teksten += [e.tekst for e in d.evaluaties]
        omvang = sum(len(t) for t in teksten)
        if omvang > beste[0]:
            beste = (omvang, regel.id, regel.naam)
    if not beste[1]:
        raise SystemExit("the demo database has no plan")
    return beste[1], beste[2]


def _baseline(services: Any, jongere_id: str) -> tuple[float, int]:
    from xml.sax.saxutils import escape

    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from kso_desktop.domain.plan import iter_texts

    start = time.perf_counter()
    plan = services.plannen.laatste(jongere_id)
    stijl = getSampleStyleSheet()["Normal"]
    teksten = [f"{label}: {t}" for label, t in iter_texts(plan.inhoud)]
    for d in plan.inhoud.doelen:
        teksten += [d.eigen_woorden, d.professioneel, *(a.wat for a in d.acties)]
        teksten += [f"{e.datum}: {e.tekst}" for e in d.evaluaties]
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer)
    # Helvetica cannot show Arabic or Ethiopic; the baseline only needs the same amount of text.
    doc.build(
        [Paragraph(escape(t.encode("latin-1", "replace").decode("latin-1")), stijl) for t in teksten if t]
    )
    return (time.perf_counter() - start) * 1000, doc.page


def _vijf_jaar(services: Any) -> tuple[float, int]:
    """One run on the five-year history bench/plan.py builds: how the document scales."""
    from plan import _bench_jongere, build_history

    from kso_desktop.services.afdrukken import DocumentSoort

    today = services.ctx.today()
    jongere_id = _bench_jongere(services, today)
    build_history(services, jongere_id, today)
    start = time.perf_counter()
    doc = services.afdrukken.maak(DocumentSoort.PLAN, jongere_id)
    return (time.perf_counter() - start) * 1000, doc.pdf.paginas


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="repetitions of each variant (default 15)")
    parser.add_argument(
        "--groot", action="store_true", help="also a plan with five years of history (bench/plan.py's data)"
    )
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")

    from kso_desktop.app import open_app
    from kso_desktop.services.afdrukken import DocumentSoort

    tmp = Path(tempfile.mkdtemp(prefix="kso-bench-pdf-"))
    try:
        services, _key = open_app(tmp, demo=True)
        jongere_id, naam = _grootste(services)

        start = time.perf_counter()
        eerste = services.afdrukken.maak(DocumentSoort.PLAN, jongere_id)
        koud_ms = (time.perf_counter() - start) * 1000
        paginas = eerste.pdf.paginas

        figuren: list[float] = []
        basis: list[float] = []
        basis_paginas = 0
        gc.collect()
        for _ in range(args.runs):
            start = time.perf_counter()
            doc = services.afdrukken.maak(DocumentSoort.PLAN, jongere_id)
            figuren.append((time.perf_counter() - start) * 1000)
            assert doc.pdf.paginas == paginas
            ms, basis_paginas = _baseline(services, jongere_id)
            basis.append(ms)
        groot = _vijf_jaar(services) if args.groot else None
        services.ctx.store.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    figuur: Summary = summarize(figuren)
    baseline: Summary = summarize(basis)
    print(__doc__.splitlines()[0])
    print(machine_line())
    print(f"jongere: {naam}; begeleidingsplan: {paginas} pages, {len(eerste.data) / 1024:.0f} KiB")
    print(f"first (cold) run, fonts loaded: {koud_ms:.1f} ms")
    print_table(
        [("begeleidingsplan PDF", figuur), (f"baseline: plain paragraphs ({basis_paginas} p.)", baseline)]
    )
    per_seconde = paginas / (figuur.median_ms / 1000)
    print(f"pages per second (median): {per_seconde:.1f}")
    ok = figuur.median_ms <= TARGET_MS
    oordeel = "ok" if ok else "TOO SLOW"
    print(f"per document (median): {figuur.median_ms:.1f} ms (target ≤ {TARGET_MS:g} ms): {oordeel}")
    print_ratio("begeleidingsplan / plain baseline", figuur, baseline, TARGET_RATIO)
    if groot is not None:
        ms, p = groot
        print(
            f"five-year plan (150 goals, 600 evaluations): {p} pages in {ms:.0f} ms ({p / ms * 1000:.0f} p/s)"
        )
    print_result(
        "pdf_begeleidingsplan",
        figuur,
        baseline,
        target=TARGET_RATIO,
        target_ms=TARGET_MS,
        targets=f"≤ {TARGET_MS:g} ms per document (ratio to plain reportlab paragraphs for reference)",
        met=figuur.median_ms <= TARGET_MS,
        pages=paginas,
        pages_per_second=round(per_seconde, 1),
        cold_ms=round(koud_ms, 1),
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
