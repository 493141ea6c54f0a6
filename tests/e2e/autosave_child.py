"""Child process of test_e2e_autosave_kill: "types" into a plan, autosaving each word, until it is killed.

Run as ``python tests/e2e/autosave_child.py DATA_DIR``. It opens the demo database in DATA_DIR, starts a
concept for Yonas Tesfay and types numbered words into Wonen / Zijn, one every 50 ms, keeping a herstelpunt
after each word as the plan editor's autosave does. After each herstelpunt is committed it prints
``saved N`` (flushed), so the parent knows which words were confirmed when it sends SIGKILL.
"""

from __future__ import annotations

import dataclasses
import sys
import time
from pathlib import Path

from kso_desktop.app import open_app
from kso_desktop.domain.enums import Leefgebied

JONGERE = "Yonas Tesfay"
INTERVAL = 0.05
MAX_WOORDEN = 600  # about 30 s: the child stops by itself should the parent never kill it


def main(argv: list[str]) -> int:
    services, _key = open_app(Path(argv[1]), demo=True)
    jongere = next(r for r in services.jongeren.lijst() if r.naam == JONGERE)
    versie = services.plannen.nieuw_concept(jongere.id)
    print(f"versie {versie.id}", flush=True)
    basis = versie.inhoud
    wonen = basis.leefgebied(Leefgebied.WONEN)
    woorden: list[str] = []
    for n in range(1, MAX_WOORDEN + 1):
        woorden.append(f"woord{n}")
        inhoud = basis.met_leefgebied(Leefgebied.WONEN, dataclasses.replace(wonen, zijn=" ".join(woorden)))
        services.plannen.bewaar_herstelpunt(versie.id, inhoud, basis=basis, base_rev=versie.rev)
        print(f"saved {n}", flush=True)
        time.sleep(INTERVAL)
    services.ctx.store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
