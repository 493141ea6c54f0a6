"""Loading form definitions (shipped plus 100 in an override folder), and checking + rendering answers.

Figures, interleaved with their baselines in the same run:
- ``laad_definities`` over 103 files (read, JSON, pydantic schema, follow-up checks), against reading and
  ``json.loads`` of the same files: what the schema checks cost on top of parsing, paid once at start-up;
- ``controleer`` + ``secties`` of a complete Quickscan (39 questions), against a JSON round trip.
"""

from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from _common import machine_line, print_ratio, print_result, print_table, summarize

from kso_desktop.forms.antwoorden import controleer, secties
from kso_desktop.forms.laden import laad_definities
from kso_desktop.paths import resources_dir

RUNS = 15
EIGEN = 100
TARGET_LOAD = 15.0
TARGET_ANSWERS = 60.0


def _ms(fn: Callable[[], object], herhaal: int = 1) -> float:
    start = time.perf_counter()
    for _ in range(herhaal):
        fn()
    return (time.perf_counter() - start) * 1000


def main() -> None:
    shipped = resources_dir() / "forms"
    qs = json.loads((shipped / "quickscan-veiligheid.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        eigen = Path(tmp)
        for i in range(EIGEN):
            (eigen / f"def{i}.json").write_text(json.dumps({**qs, "id": f"eigen-{i}"}), encoding="utf-8")
        files = [*sorted(shipped.glob("*.json")), *sorted(eigen.glob("*.json"))]

        def baseline_load() -> None:
            for f in files:
                json.loads(f.read_text(encoding="utf-8"))

        def load() -> None:
            result = laad_definities(shipped, [eigen], env=False)
            assert len(result.definities) == EIGEN + 3 and not result.fouten

        definitie = laad_definities(shipped, env=False).get("quickscan-veiligheid")
        assert definitie is not None
        antwoorden: dict[str, object] = {}
        for v in definitie.velden():
            if v.soort.value == "ja_nee":
                antwoorden[v.id] = True
            elif v.soort.value == "schaal":
                antwoorden[v.id] = 3
            elif v.soort.value == "keuze":
                antwoorden[v.id] = v.opties[0].waarde
            elif v.soort.value == "datum":
                antwoorden[v.id] = "09-03-2026"
            else:
                antwoorden[v.id] = "Een antwoord van een paar woorden, zoals in het echt."

        def answers() -> None:
            schoon, problemen = controleer(definitie, antwoorden, definitief=True)
            assert not problemen
            secties(definitie, schoon)

        def baseline_answers() -> None:
            json.loads(json.dumps(antwoorden))

        load_ms, base_load_ms, ans_ms, base_ans_ms = [], [], [], []
        for _ in range(RUNS):
            base_load_ms.append(_ms(baseline_load))
            load_ms.append(_ms(load))
            base_ans_ms.append(_ms(baseline_answers, 100) / 100)
            ans_ms.append(_ms(answers, 100) / 100)
    rows = [
        (f"laad_definities ({EIGEN + 3} files)", summarize(load_ms)),
        ("baseline: read + json.loads", summarize(base_load_ms)),
        ("controleer + secties (Quickscan)", summarize(ans_ms)),
        ("baseline: json round trip", summarize(base_ans_ms)),
    ]
    print(machine_line())
    print_table(rows)
    print_ratio("load", rows[0][1], rows[1][1], TARGET_LOAD)
    print_ratio("answers", rows[2][1], rows[3][1], TARGET_ANSWERS)
    for name, (_, fig), (_, base), target, extra in (
        ("forms-load", rows[0], rows[1], TARGET_LOAD, {"files": EIGEN + 3}),
        ("forms-answers", rows[2], rows[3], TARGET_ANSWERS, {"questions": len(antwoorden)}),
    ):
        print_result(
            name,
            fig,
            base,
            target=target,
            targets=f"≤ {target:g}× the baseline",
            met=fig.median_ms / base.median_ms <= target,
            **extra,
        )


if __name__ == "__main__":
    main()
