"""Destroying one jongere (AVG art. 17) on a filled database, against an encrypted backup of the same file.

The demo database gets 20,000 gesprekken with their search-index rows (bench/search.py's generator). What is
measured is the real path: ``services.bewaren.vernietig`` as the demo beheerder, which deletes every row of
the jongere and then rebuilds the file (``VACUUM``) and empties the WAL so the text is physically gone. The
baseline, in the same run and interleaved, is ``db backup`` (``sqlcipher_export`` of the whole file): another
operation that rewrites every page. Each run destroys another jongere.
"""

from __future__ import annotations

import argparse
import gc
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

import search
from _common import machine_line, print_ratio, print_result, print_table, summarize

NOTES = 20_000
#: Destroying rewrites the file about twice (VACUUM, then the WAL checkpoint); a backup writes it once.
TARGET_RATIO = 3.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="jongeren destroyed (default 3)")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")

    from kso_desktop.app import open_app
    from kso_desktop.storage.engine import backup_to

    tmp = Path(tempfile.mkdtemp(prefix="kso-bench-bewaren-"))
    try:
        services, key = open_app(tmp / "db", demo=True)
        search.NOTES = NOTES
        start = time.perf_counter()
        search.build(services)
        print(f"built {NOTES} gesprekken in {time.perf_counter() - start:.1f} s", file=sys.stderr)
        beheerder = next(m.id for m in services.organisatie.medewerkers() if m.gegevens.rol.value == "admin")
        services.act_as(beheerder)
        jongeren = [j.id for j in services.jongeren.lijst()]
        if len(jongeren) < args.runs:
            parser.error(f"--runs at most {len(jongeren)}")
        grootte = services.ctx.store.path.stat().st_size

        figure_ms: list[float] = []
        base_ms: list[float] = []
        for i in range(args.runs):
            gc.collect()
            t0 = time.perf_counter()
            backup_to(services.ctx.store, tmp / f"backup-{i}.db", key)
            base_ms.append((time.perf_counter() - t0) * 1000)
            gc.collect()
            t0 = time.perf_counter()
            gedaan = services.bewaren.vernietig(
                jongeren[i], "verzoek", override_reden="Benchmark: vernietigen op verzoek"
            )
            figure_ms.append((time.perf_counter() - t0) * 1000)
            (tmp / f"backup-{i}.db").unlink()
            print(
                f"run {i + 1}: backup {base_ms[-1]:.0f} ms, vernietig {figure_ms[-1]:.0f} ms "
                f"({gedaan.rijen} rijen, WAL leeg: {gedaan.wal_leeg})",
                file=sys.stderr,
            )
        services.ctx.store.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    fig, base = summarize(figure_ms), summarize(base_ms)
    print(machine_line())
    print(f"data: demo database + {NOTES} gesprekken, {grootte / 1e6:.1f} MB; {args.runs} jongeren destroyed")
    print_table(
        [
            ("db backup: sqlcipher_export of the whole file (baseline)", base),
            ("services.bewaren.vernietig incl. VACUUM + WAL truncate (figure)", fig),
        ]
    )
    ratio = print_ratio("vernietig / backup", fig, base, TARGET_RATIO)
    print_result(
        "bewaren",
        fig,
        base,
        target=TARGET_RATIO,
        targets=f"≤ {TARGET_RATIO:g}× an encrypted backup of the same file",
        met=ratio <= TARGET_RATIO,
        notes=NOTES,
        megabytes=round(grootte / 1e6, 1),
    )
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except Exception as exc:  # exit 0 regardless: the figure is reported, not enforced
        print(f"bench failed: {exc!r}", file=sys.stderr)
        print("RESULT " + json.dumps({"name": "bewaren", "error": repr(exc)}))
