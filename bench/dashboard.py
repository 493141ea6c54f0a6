"""The deadlines dashboard: ``services.jongeren.deadlines()`` for 300 jongeren over 30 locations.

Locations, medewerkers and jongeren are added through the services; plan versions, recorded events and
definitief driegesprekken are written straight into the database in one transaction. The baseline, in the
same run and interleaved, is a raw SQL fetch of the same current jongere rows on the same session.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from datetime import time as dtime
from pathlib import Path
from typing import Any

from _common import machine_line, print_result, print_table, summarize

LOCATIES, JONGEREN = 30, 300
TARGET_MS = 100.0


def build(services: Any, seed: int = 5) -> None:
    from sqlalchemy import insert

    from kso_desktop.domain.entities import JongereGegevens, LocatieGegevens, MedewerkerGegevens
    from kso_desktop.domain.enums import GebeurtenisSoort, LocatieType, Rol
    from kso_desktop.domain.gesprek import Deelnemer, DeelnemerRol, GesprekInhoud, gesprek_to_json
    from kso_desktop.domain.plan import PlanInhoud, inhoud_to_json
    from kso_desktop.services.plannen import default_template
    from kso_desktop.storage import models as m

    rng = random.Random(seed)
    today = services.ctx.today()
    device = services.ctx.actor.device_id
    org = services.organisatie
    tpl = dict(default_template().raw)
    events: list[dict[str, object]] = []
    gesprekken: list[dict[str, object]] = []
    plannen: list[dict[str, object]] = []
    for li in range(LOCATIES):
        loc = org.add_locatie(LocatieGegevens(f"Bench locatie {li:02d}", LocatieType.KWE))
        mw = org.add_medewerker(
            MedewerkerGegevens(f"Mentor {li:02d}", Rol.WOONBEGELEIDER, locatie_ids=(loc.id,))
        )
        for ji in range(JONGEREN // LOCATIES):
            leeftijd_dagen = rng.randint(int(15.5 * 365), int(20.8 * 365))
            geboren = today - timedelta(days=leeftijd_dagen)
            plaatsing = today - timedelta(days=rng.randint(10, min(leeftijd_dagen - 15 * 366, 3 * 365)))
            vo = (
                geboren.replace(year=geboren.year + 18)
                if leeftijd_dagen > 18 * 366 + 30 and geboren.day < 29
                else None
            )
            if vo is not None and vo < plaatsing:
                vo = plaatsing
            j = services.jongeren.add(
                JongereGegevens(
                    voornaam=f"Jongere{ji}",
                    achternaam=f"Locatie{li}",
                    geboortedatum=geboren,
                    locatie_id=loc.id,
                    plaatsing=plaatsing,
                    kennismaking=plaatsing + timedelta(days=2),
                    verlengde_opvang_start=vo,
                    jeugdbeschermer_naam="Lotte Smit",
                ),
                mentor_id=mw.id,
            )
            dag = plaatsing + timedelta(days=30)
            nummer = 0
            vorige = None
            while dag < today:
                nummer += 1
                pid = m.new_id()
                plannen.append(
                    {
                        "id": pid, "jongere_id": j.id, "nummer": nummer, "status": "vastgesteld",
                        "template_id": str(tpl["id"]), "template_versie": int(tpl["versie"]), "template": tpl,
                        "inhoud": inhoud_to_json(PlanInhoud()), "gestart_op": dag, "vastgesteld_op": dag,
                        "akkoord": {"jongere": True}, "vorige_id": vorige, "device_id": device,
                        "sync_state": rng.choice(("synced", "synced", "local")),
                    }
                )  # fmt: skip
                vorige = pid
                events.append(
                    {"jongere_id": j.id, "soort": GebeurtenisSoort.BEGELEIDINGSPLAN_VASTGESTELD.value,
                     "datum": dag, "device_id": device}
                )  # fmt: skip
                moment = datetime.combine(dag + timedelta(days=5), dtime(10), tzinfo=UTC)
                if moment.date() < today:
                    gesprekken.append(
                        {
                            "jongere_id": j.id, "soort": "driegesprek", "moment": moment,
                            "status": "definitief",
                            "inhoud": gesprek_to_json(GesprekInhoud(
                                deelnemers=(Deelnemer(DeelnemerRol.JEUGDBESCHERMER, "Lotte Smit"),),
                                verslag="Driegesprek gehouden.")),
                            "device_id": device, "sync_state": rng.choice(("synced", "synced", "local")),
                        }
                    )  # fmt: skip
                if vo is not None and dag > vo:
                    events.append(
                        {"jongere_id": j.id, "soort": GebeurtenisSoort.VO_EVALUATIE.value, "datum": dag,
                         "device_id": device}
                    )  # fmt: skip
                dag += timedelta(days=rng.randint(70, 110))
    with services.ctx.store.write() as s:
        s.execute(insert(m.PlanVersie), plannen)
        s.execute(insert(m.Gebeurtenis), events)
        s.execute(insert(m.Gesprek), gesprekken)
    print(
        f"built {JONGEREN} jongeren, {len(plannen)} plan versions, {len(events)} events, "
        f"{len(gesprekken)} driegesprekken",
        file=sys.stderr,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="repetitions (default 15)")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")

    from sqlalchemy import text

    from kso_desktop.app import open_app

    tmp = Path(tempfile.mkdtemp(prefix="kso-bench-dashboard-"))
    try:
        services, _key = open_app(tmp, demo=True)
        build(services)
        today = services.ctx.today().isoformat()

        def figure() -> tuple[float, int]:
            t0 = time.perf_counter()
            items = services.jongeren.deadlines()
            return (time.perf_counter() - t0) * 1000, len(items)

        def baseline() -> tuple[float, int]:
            t0 = time.perf_counter()
            with services.ctx.store.read() as s:
                rows = s.execute(
                    text(
                        "SELECT * FROM jongere WHERE deleted_at IS NULL "
                        "AND (vertrek IS NULL OR vertrek > :t) "
                        "ORDER BY voornaam, achternaam"
                    ),
                    {"t": today},
                ).all()
            return (time.perf_counter() - t0) * 1000, len(rows)

        for _ in range(2):
            figure()
            baseline()
        fig: list[float] = []
        base: list[float] = []
        for i in range(args.runs):
            gc.collect()
            if i % 2:
                f, n_items = figure()
                b, n_rows = baseline()
            else:
                b, n_rows = baseline()
                f, n_items = figure()
            fig.append(f)
            base.append(b)
            print(f"run {i + 1}/{args.runs}: raw {b:.1f} ms, deadlines {f:.1f} ms", file=sys.stderr)
        services.ctx.store.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    f_s, b_s = summarize(fig), summarize(base)
    print(machine_line())
    print(f"data: {n_rows} current jongeren (incl. demo) over {LOCATIES}+ locations; {n_items} open items")
    print_table(
        [
            ("raw SQL fetch of the jongere rows (baseline)", b_s),
            ("services.jongeren.deadlines() (figure)", f_s),
        ]
    )
    ratio = f_s.median_ms / b_s.median_ms
    print(f"ratio figure/baseline (median): {ratio:.1f}× (no ratio target; the target is absolute)")
    print(
        f"deadlines (median): {f_s.median_ms:.1f} ms (target ≤ {TARGET_MS:g} ms): "
        f"{'met' if f_s.median_ms <= TARGET_MS else 'NOT met'}"
    )
    print_result(
        "dashboard_deadlines",
        f_s,
        b_s,
        target=TARGET_MS,
        targets=f"≤ {TARGET_MS:g} ms",
        met=f_s.median_ms <= TARGET_MS,
        ratio_x=round(ratio, 1),
        jongeren=n_rows,
        items=n_items,
    )
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except Exception as exc:  # exit 0 regardless: the figure is reported, not enforced
        print(f"bench failed: {exc!r}", file=sys.stderr)
        print("RESULT " + json.dumps({"name": "dashboard_deadlines", "error": repr(exc)}))
        sys.exit(0)
