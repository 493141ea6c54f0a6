"""Full-text search over 100,000 notes and verslagen, against a plain LIKE scan of the same rows.

Gesprek rows and their zoek_index rows are written straight into the demo database in one transaction
(seeded, realistic Dutch sentences, some with diacritics). What is measured is the real path:
``services.gesprekken.zoek(word)``. The baseline, in the same run and interleaved, is
``SELECT id FROM gesprek WHERE inhoud LIKE '%word%'`` on the same session. Figures are the median over the
queries of the median per query.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from _common import machine_line, print_result, print_table, summarize

NOTES = 100_000
TARGET_MS = 50.0
TARGET_SPEEDUP = 20.0

_ZINNEN = (
    "Vandaag met {naam} over de financiën gesproken; het kasboekje klopt bijna.",
    "{naam} wil sparen voor een laptop voor school.",
    "Gesprek over heimwee en zorgen om familie in {land}.",
    "De huisarts heeft een afspraak gemaakt voor de tandarts.",
    "{naam} sport drie keer per week bij de voetbalclub.",
    "Samen de brief van de zorgverzekering gelezen en de toeslag aangevraagd.",
    "Op school gaat het beter; de mentor is tevreden over het rapport.",
    "{naam} slaapt slecht en piekert over de asielprocedure.",
    "We hebben boodschappen gedaan en samen gekookt: rijst met groenten.",
    "De jeugdbeschermer belt volgende week over de gezinshereniging.",
    "Afspraak: {naam} ruimt de kamer op en doet de was op zaterdag.",
    "Financien besproken: de bijbaan bij de supermarkt levert genoeg op.",
    "Het verslag van het driegesprek is met {naam} doorgenomen.",
    "{naam} gaat op vrijdag naar de moskee en helpt bij het eten.",
    "Zorgen over middelengebruik in de groep; {naam} houdt zich afzijdig.",
    "Oefenen met post, huur en de belastingdienst voor later.",
    "Ruzie met een groepsgenoot is uitgepraat; het café-bezoek gaat door.",
    "Stage bij de garage bevalt goed, de begeleider is enthousiast.",
)
_NAMEN = ("Senait", "Daniel", "Ahmad", "Amal", "Yonas", "Mariam", "Samir", "Fatima", "Efrem", "Nour")
_LANDEN = ("Eritrea", "Syrië", "Afghanistan", "Somalië", "Jemen", "Ethiopië")
QUERIES = (
    "financiën", "financien", "sparen", "kasboekje", "heimwee", "huisarts", "tandarts", "voetbalclub",
    "zorgverzekering", "toeslag", "rapport", "asielprocedure", "boodschappen", "gezinshereniging",
    "moskee", "middelengebruik", "belastingdienst", "café", "cafe", "syrië", "stage", "laptop",
)  # fmt: skip


def _tekst(rng: random.Random, zinnen: int) -> str:
    return " ".join(
        rng.choice(_ZINNEN).format(naam=rng.choice(_NAMEN), land=rng.choice(_LANDEN)) for _ in range(zinnen)
    )


def build(services: object, seed: int = 11) -> int:
    """Write NOTES gesprekken (tweegesprek notes and driegesprek verslagen) with their index rows."""
    from sqlalchemy import insert, text

    from kso_desktop.domain.enums import GesprekType
    from kso_desktop.domain.gesprek import Deelnemer, DeelnemerRol, GesprekInhoud, gesprek_to_json
    from kso_desktop.services.context import AMSTERDAM
    from kso_desktop.storage import models as m

    ctx = services.ctx  # type: ignore[attr-defined]
    rng = random.Random(seed)
    jongeren = [j.id for j in services.jongeren.lijst()]  # type: ignore[attr-defined]
    now = ctx.now()
    device = ctx.actor.device_id
    gesprekken: list[dict[str, object]] = []
    index: list[dict[str, object]] = []
    for i in range(NOTES):
        drie = i % 10 == 0
        jongere = jongeren[i % len(jongeren)]
        moment = now - timedelta(minutes=rng.randrange(5 * 365 * 24 * 60))
        if drie:
            inhoud = GesprekInhoud(
                deelnemers=(Deelnemer(DeelnemerRol.JEUGDBESCHERMER, "Lotte Smit"),), verslag=_tekst(rng, 8)
            )
        else:
            inhoud = GesprekInhoud(notities=_tekst(rng, rng.randint(1, 4)))
        gid = m.new_id()
        soort = (GesprekType.DRIEGESPREK if drie else GesprekType.TWEEGESPREK).value
        gesprekken.append(
            {
                "id": gid,
                "jongere_id": jongere,
                "soort": soort,
                "moment": moment,
                "status": "definitief",
                "inhoud": gesprek_to_json(inhoud),
                "device_id": device,
                "sync_state": "synced",
                "created_at": moment,
                "updated_at": moment,
            }
        )
        index.append(
            {
                "t": inhoud.zoektekst(),
                "j": jongere,
                "s": soort,
                "r": gid,
                "d": moment.astimezone(AMSTERDAM).date().isoformat(),
            }
        )
    with ctx.store.write() as s:
        s.execute(insert(m.Gesprek), gesprekken)
        s.execute(
            text(
                "INSERT INTO zoek_index (tekst, jongere_id, soort, ref_id, datum) VALUES (:t, :j, :s, :r, :d)"
            ),
            index,
        )
    return len(jongeren)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="repetitions per query (default 5)")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")

    from sqlalchemy import text

    from kso_desktop.app import open_app

    tmp = Path(tempfile.mkdtemp(prefix="kso-bench-search-"))
    try:
        services, _key = open_app(tmp, demo=True)
        start = time.perf_counter()
        n_jongeren = build(services)
        opbouw_s = time.perf_counter() - start
        print(f"built {NOTES} gesprekken for {n_jongeren} jongeren in {opbouw_s:.1f} s", file=sys.stderr)

        def figure(word: str) -> tuple[float, int]:
            t0 = time.perf_counter()
            hits = services.gesprekken.zoek(word)
            return (time.perf_counter() - t0) * 1000, len(hits)

        def baseline(word: str) -> tuple[float, int]:
            t0 = time.perf_counter()
            with services.ctx.store.read() as s:
                ids = s.execute(
                    text("SELECT id FROM gesprek WHERE inhoud LIKE :p AND deleted_at IS NULL"),
                    {"p": f"%{word}%"},
                ).all()
            return (time.perf_counter() - t0) * 1000, len(ids)

        for word in QUERIES[:3]:  # warm-up: page cache, statement cache; discarded
            figure(word)
            baseline(word)
        fig_per_query: list[float] = []
        base_per_query: list[float] = []
        for word in QUERIES:
            f_runs: list[float] = []
            b_runs: list[float] = []
            for i in range(args.runs):
                gc.collect()
                if i % 2:
                    f, hits = figure(word)
                    b, scanned = baseline(word)
                else:
                    b, scanned = baseline(word)
                    f, hits = figure(word)
                f_runs.append(f)
                b_runs.append(b)
            fig_per_query.append(statistics.median(f_runs))
            base_per_query.append(statistics.median(b_runs))
            print(
                f"{word!r:>20}: zoek {fig_per_query[-1]:7.2f} ms ({hits} shown), "
                f"LIKE scan {base_per_query[-1]:7.1f} ms ({scanned} rows)",
                file=sys.stderr,
            )
        services.ctx.store.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    fig, base = summarize(fig_per_query), summarize(base_per_query)
    print(machine_line())
    print(
        f"data: {NOTES} gesprekken (1 in 10 a driegesprek-verslag), {len(QUERIES)} queries × {args.runs} runs"
    )
    print_table(
        [
            ("LIKE '%word%' scan over gesprek.inhoud (baseline)", base),
            ("services.gesprekken.zoek(word) (figure)", fig),
        ]
    )
    speedup = base.median_ms / fig.median_ms
    print(
        f"per query (median): {fig.median_ms:.2f} ms (target ≤ {TARGET_MS:g} ms): "
        f"{'met' if fig.median_ms <= TARGET_MS else 'NOT met'}"
    )
    print(
        f"faster than the scan: {speedup:.1f}× (target ≥ {TARGET_SPEEDUP:g}×): "
        f"{'met' if speedup >= TARGET_SPEEDUP else 'NOT met'}"
    )
    print_result(
        "search",
        fig,
        base,
        target=TARGET_SPEEDUP,
        target_ms=TARGET_MS,
        targets=f"≤ {TARGET_MS:g} ms per query and ≥ {TARGET_SPEEDUP:g}× faster than a LIKE scan",
        met=fig.median_ms <= TARGET_MS and speedup >= TARGET_SPEEDUP,
        speedup=round(speedup, 1),
        notes=NOTES,
        queries=len(QUERIES),
        query_list=json.loads(json.dumps(QUERIES, ensure_ascii=False)),
    )
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except Exception as exc:  # exit 0 regardless: the figure is reported, not enforced
        print(f"bench failed: {exc!r}", file=sys.stderr)
        print("RESULT " + json.dumps({"name": "search", "error": repr(exc)}))
        sys.exit(0)
