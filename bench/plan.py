"""Opening a begeleidingsplan with five years of history to a painted editor, against a raw fetch of its rows.

The history (20 versions, 150 goals, 600 evaluations in the newest version, each version a full copy as the
service stores it) is written straight into the database in one transaction. What is measured uses the real
path: ``PlanService.laatste`` + ``versies`` + ``scores`` and ``PlanEditor(services, jongere_id)`` shown until
it has painted. The baseline, in the same run and interleaved, is a raw ``sqlcipher3`` connection on the same
file and key doing ``SELECT inhoud, template FROM plan_versie ...`` and ``json.loads`` of every row.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from _common import Summary, machine_line, print_ratio, print_result, print_table, summarize

TARGET_RATIO = 3.0
TARGET_MS = 100.0
VERSIES, DOELEN, EVALUATIES = 20, 150, 600
DAGEN = 5 * 365
WIDTH, HEIGHT = 1366, 768

_ZINNEN = (
    "Gaat elke dag naar school en is op tijd.",
    "Vindt het lastig om hulp te vragen, maar doet het steeds vaker.",
    "Heeft contact met een oom en een neef in Nederland.",
    "Kookt twee keer per week voor de groep.",
    "Houdt het kasboekje bij; spaart een vast bedrag per maand.",
    "Slaapt beter sinds de telefoon 's nachts in de huiskamer ligt.",
    "Wil later in de zorg of de techniek werken.",
    "Praat met de woonbegeleider over heimwee en zorgen om familie.",
    "Regelt zelf afspraken bij de huisarts en de tandarts.",
    "Sport drie keer per week bij een club in de buurt.",
    "Gaat op vrijdag naar de moskee en helpt bij het iftar-eten.",
    "Oefent met post, huur en toeslagen voor later.",
)
_EIGEN = (
    "Ik wil mijn diploma halen.",
    "Ik wil zelf mijn geld bijhouden.",
    "Ik wil beter slapen.",
    "Ik wil voetballen bij een club.",
    "Ik wil later zelf wonen.",
    "أريد أن أتعلم اللغة الهولندية جيدًا.",
    "ትምህርቲ ክቕጽል እደሊ።",
)


def _tekst(rng: random.Random, zinnen: int) -> str:
    return " ".join(rng.choice(_ZINNEN) for _ in range(zinnen))


def build_history(services: Any, jongere_id: str, today: date, seed: int = 7) -> tuple[int, int]:
    """Write the 20 versions in one transaction; returns (bytes of the newest inhoud, bytes of all)."""
    from kso_desktop.domain.enums import Leefgebied
    from kso_desktop.domain.plan import (
        Actie,
        ActieWie,
        Deelnemers,
        Doel,
        DoelStatus,
        Evaluatie,
        LeefgebiedInhoud,
        PlanInhoud,
        PlanStatus,
        inhoud_to_json,
    )
    from kso_desktop.services.plannen import default_template
    from kso_desktop.storage import models as m

    rng = random.Random(seed)
    tpl = dict(default_template().raw)
    stap = DAGEN // VERSIES
    gestart = [today - timedelta(days=DAGEN - k * stap) for k in range(VERSIES)]
    # goal i is set in version sinds[i]; evaluation j belongs to a goal and is written in a later version
    sinds = [i * VERSIES // DOELEN for i in range(DOELEN)]
    evaluaties: list[tuple[int, int, Evaluatie]] = []
    for _ in range(EVALUATIES):
        doel = rng.randrange(DOELEN)
        versie = rng.randint(sinds[doel], VERSIES - 1)
        dag = gestart[versie] + timedelta(days=rng.randrange(stap - 10) if versie < VERSIES - 1 else 0)
        evaluaties.append((doel, versie, Evaluatie(dag, _tekst(rng, 2), "Ruben Bakker")))
    evaluaties.sort(key=lambda e: e[2].datum)
    doel_ids = [f"00000000-0000-4000-8000-{i:012d}" for i in range(DOELEN)]
    scores = {k: rng.randint(1, 3) for k in Leefgebied}
    device = services.ctx.actor.device_id
    nieuwste = totaal = 0
    vorige: str | None = None
    with services.ctx.store.write() as s:
        for k in range(VERSIES):
            scores = {lg: min(5, max(1, v + rng.choice((-1, 0, 0, 1, 1)))) for lg, v in scores.items()}
            doelen = []
            for i in range(DOELEN):
                if sinds[i] > k:
                    continue
                leeftijd = k - sinds[i]
                status = (
                    DoelStatus.OPEN
                    if leeftijd == 0
                    else DoelStatus.LOOPT
                    if leeftijd < 3
                    else DoelStatus.GESTOPT
                    if i % 10 == 0
                    else DoelStatus.BEHAALD
                )
                doelen.append(
                    Doel(
                        id=doel_ids[i],
                        leefgebied=list(Leefgebied)[i % 6],
                        eigen_woorden=_EIGEN[i % len(_EIGEN)],
                        professioneel=_tekst(rng, 2),
                        acties=(
                            Actie(ActieWie.JONGERE, _tekst(rng, 1), None),
                            Actie(ActieWie.WOONBEGELEIDER, _tekst(rng, 1), gestart[k] + timedelta(days=30)),
                        ),
                        streefdatum=today + timedelta(days=30 + i),
                        status=status,
                        evaluaties=tuple(e for d, v, e in evaluaties if d == i and v <= k),
                    )
                )
            inhoud = PlanInhoud(
                leefgebieden={
                    lg: LeefgebiedInhoud(_tekst(rng, 4), _tekst(rng, 3), _tekst(rng, 4), scores[lg])
                    for lg in Leefgebied
                },
                delen={d["key"]: _tekst(rng, 3) for d in tpl["delen"]},
                doelen=tuple(doelen),
                deelnemers=Deelnemers(True, "Ruben Bakker", "Sem de Boer", ""),
            )
            data = inhoud_to_json(inhoud)
            grootte = len(json.dumps(data, ensure_ascii=False).encode())
            nieuwste, totaal = grootte, totaal + grootte
            concept = k == VERSIES - 1
            moment = datetime.combine(gestart[k], datetime.min.time(), tzinfo=UTC)
            row = m.PlanVersie(
                id=m.new_id(),
                jongere_id=jongere_id,
                nummer=k + 1,
                status=(PlanStatus.CONCEPT if concept else PlanStatus.VASTGESTELD).value,
                template_id=str(tpl["id"]),
                template_versie=int(tpl["versie"]),
                template=tpl,
                inhoud=data,
                gestart_op=gestart[k],
                vastgesteld_op=None if concept else gestart[k] + timedelta(days=7),
                akkoord={}
                if concept
                else {"jongere": True, "jeugdbeschermer": "Sem de Boer", "woonbegeleider": ""},
                vorige_id=vorige,
                device_id=device,
                created_at=moment,
                updated_at=moment,
            )
            s.add(row)
            s.flush()
            vorige = row.id
    return nieuwste, totaal


def _bench_jongere(services: Any, today: date) -> str:
    from kso_desktop.domain.entities import JongereGegevens

    locatie = services.organisatie.locaties()[0]
    jongere = services.jongeren.add(
        JongereGegevens(
            voornaam="Samir",
            achternaam="Vijfjaar (bench)",
            geboortedatum=today - timedelta(days=int(20.5 * 365)),
            locatie_id=locatie.id,
            plaatsing=today - timedelta(days=DAGEN + 60),
            kennismaking=today - timedelta(days=DAGEN + 59),
            geboorteland="Syrië",
            talen=("Arabisch", "Nederlands"),
            jeugdbeschermer_naam="Sem de Boer",
        )
    )
    return str(jongere.id)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="repetitions of each variant (default 15)")
    parser.add_argument(
        "--display", action="store_true", help="use the real display if DISPLAY is set (default: offscreen)"
    )
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    if not (args.display and (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    import sqlcipher3

    from kso_desktop.app import open_app
    from kso_desktop.storage.engine import DbKey

    try:
        from kso_desktop.gui.plan_editor import PlanEditor
    except ImportError as exc:
        editor_cls: Callable[..., Any] | None = None
        print(f"note: no editor to measure ({exc}); the figure is the service part only", file=sys.stderr)
    else:
        editor_cls = PlanEditor

    tmp = Path(tempfile.mkdtemp(prefix="kso-bench-plan-"))
    try:
        services, key = open_app(tmp, demo=True)
        assert isinstance(key, DbKey)
        today = services.ctx.today()
        jongere_id = _bench_jongere(services, today)
        nieuwste, totaal = build_history(services, jongere_id, today)
        store_path = services.ctx.store.path

        raw = sqlcipher3.dbapi2.connect(str(store_path))
        raw.execute(f"PRAGMA key = {key.pragma_value()}")

        def baseline_ms() -> float:
            start = time.perf_counter()
            rows = raw.execute(
                "SELECT inhoud, template FROM plan_versie WHERE jongere_id=? ORDER BY nummer", (jongere_id,)
            ).fetchall()
            loaded = [(json.loads(inhoud), json.loads(template)) for inhoud, template in rows]
            elapsed = (time.perf_counter() - start) * 1000
            assert len(loaded) == VERSIES
            return elapsed

        app = None
        if editor_cls is not None:
            from PySide6.QtCore import QEvent, QEventLoop, QObject, QThreadPool, qInstallMessageHandler
            from PySide6.QtWidgets import QWidget

            from kso_desktop.gui.main import ensure_application

            def qt_message(_kind: Any, _context: Any, message: str) -> None:
                # The offscreen plugin says this on every window; harmless (pytest ignores it too).
                if "propagateSizeHints" not in message:
                    print(message, file=sys.stderr)

            qInstallMessageHandler(qt_message)
            app = ensure_application(["kso-bench-plan"])

            class PaintSeen(QObject):
                """Notes a paint of any widget inside ``window`` (the editor, or something on it)."""

                def __init__(self) -> None:
                    super().__init__()
                    self.window: QWidget | None = None
                    self.seen = False

                def eventFilter(self, obj: QObject, event: QEvent) -> bool:
                    if (
                        not self.seen
                        and self.window is not None
                        and event.type() == QEvent.Type.Paint
                        and isinstance(obj, QWidget)
                        and obj.window() is self.window
                    ):
                        self.seen = True
                    return False

            probe = PaintSeen()
            app.installEventFilter(probe)

        def figure_ms() -> tuple[float, float]:
            """(service part, total to a painted editor) in ms."""
            nonlocal editor_cls
            start = time.perf_counter()
            plan = services.plannen.laatste(jongere_id)
            versies = services.plannen.versies(jongere_id)
            scores = services.plannen.scores(jongere_id)
            service = (time.perf_counter() - start) * 1000
            assert plan is not None and len(plan.inhoud.doelen) == DOELEN and len(versies) == VERSIES
            assert scores
            if editor_cls is None or app is None:
                return service, service
            try:
                editor = editor_cls(services, jongere_id)
                editor.resize(WIDTH, HEIGHT)
                probe.window, probe.seen = editor, False
                editor.show()
                deadline = time.monotonic() + 60
                while not (probe.seen and editor.isVisible()):
                    if time.monotonic() > deadline:
                        raise TimeoutError("editor not painted within 60 s")
                    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
                total = (time.perf_counter() - start) * 1000
            except Exception as exc:  # the editor is new: measure the service part rather than nothing
                print(
                    f"note: the editor failed ({exc!r}); the figure is the service part only", file=sys.stderr
                )
                editor_cls = None
                return service, service
            probe.window = None
            editor.hide()
            editor.deleteLater()
            QThreadPool.globalInstance().waitForDone()
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            app.processEvents()
            return service, total

        for _ in range(2):  # warm-up: imports, caches, first paint; discarded
            baseline_ms()
            figure_ms()
        base: list[float] = []
        service: list[float] = []
        total: list[float] = []
        for i in range(args.runs):
            gc.collect()
            if i % 2:
                s, t = figure_ms()
                gc.collect()
                base.append(baseline_ms())
            else:
                base.append(baseline_ms())
                gc.collect()
                s, t = figure_ms()
            service.append(s)
            total.append(t)
            editor = f", to a painted editor {t:.1f} ms" if editor_cls is not None else ""
            print(
                f"run {i + 1}/{args.runs}: raw {base[-1]:.1f} ms, service {s:.1f} ms{editor}", file=sys.stderr
            )
        raw.close()
        met_editor = editor_cls is not None
        services.ctx.store.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    baseline, service_s, figure = summarize(base), summarize(service), summarize(total)
    print(machine_line() + f", QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM', '(display)')}")
    print(
        f"history: {VERSIES} versions over {DAGEN // 365} years, {DOELEN} goals and {EVALUATIES} evaluations "
        f"in the newest; newest inhoud {nieuwste / 1024:.0f} kB, all versions {totaal / 1024:.0f} kB"
    )
    rows: list[tuple[str, Summary]] = [
        ("raw SQL fetch + json.loads of the rows (baseline)", baseline),
        ("laatste + versies + scores (service part)", service_s),
    ]
    if met_editor:
        rows.append(("service part + PlanEditor shown and painted (figure)", figure))
    else:
        print(
            "note: kso_desktop.gui.plan_editor.PlanEditor not measured; the figure is the service part only"
        )
    print_table(rows)
    ratio = print_ratio("figure/baseline", figure, baseline, TARGET_RATIO)
    binnen = "met" if figure.median_ms <= TARGET_MS else "NOT met"
    print(
        f"time to a usable editor (median): {figure.median_ms:.1f} ms (target ≤ {TARGET_MS:g} ms): {binnen}"
    )
    print(f"ratio target ≤ {TARGET_RATIO:g}×: {'met' if ratio <= TARGET_RATIO else 'NOT met'}")
    print_result(
        "plan_open",
        figure,
        baseline,
        target=TARGET_RATIO,
        target_ms=TARGET_MS,
        targets=f"≤ {TARGET_MS:g} ms and ≤ {TARGET_RATIO:g}× raw SQLite",
        met=figure.median_ms <= TARGET_MS and ratio <= TARGET_RATIO,
        editor_measured=met_editor,
        service_ms=round(service_s.median_ms, 1),
        versions=VERSIES,
        goals=DOELEN,
        evaluations=EVALUATIES,
        newest_inhoud_kb=round(nieuwste / 1024, 1),
        all_versions_kb=round(totaal / 1024, 1),
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
