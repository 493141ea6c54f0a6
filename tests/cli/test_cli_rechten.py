"""The CLI and roles: without --medewerker it is the system; with it, that medewerker's rights apply."""

from __future__ import annotations

import json
from pathlib import Path

from cli_testkit import Run


def _ids(run: Run, demo_dir: Path, wat: str) -> dict[str, str]:
    result = run("--data-dir", demo_dir, "--demo", wat, "list", "--json")
    assert result.code == 0, result.err
    return {r["naam"]: r["id"] for r in json.loads(result.out)}


def test_a_woonbegeleider_is_refused_in_dutch_and_the_system_may(run: Run, demo_dir: Path) -> None:
    sanne = _ids(run, demo_dir, "medewerkers")["Sanne de Vries"]
    daniel = _ids(run, demo_dir, "jongeren")["Daniel Tekle"]
    add = run(
        "--data-dir", demo_dir, "--demo", "correctie", "add", daniel, "--van", "Daniel", "--omschrijving", "x"
    )
    assert add.code == 0, add.err
    verzoek = add.out.rsplit("[", 1)[1].rstrip("]\n")

    als_sanne = ("--data-dir", demo_dir, "--demo", "--medewerker", sanne)
    geweigerd = run(
        *als_sanne, "correctie", "afhandelen", verzoek, "--besluit", "afgewezen", "--toelichting", "Nee"
    )
    assert geweigerd.code == 1
    assert "Alleen de mentor, de teamleider, de gedragswetenschapper of een beheerder mag" in geweigerd.err
    lijst = run("--data-dir", demo_dir, "--demo", "correctie", "list", daniel, "--json")
    assert json.loads(lijst.out)[0]["besluit"] == "open"

    # Without --medewerker the CLI is the system (it holds the database key already): allowed.
    ok = run(
        "--data-dir",
        demo_dir,
        "--demo",
        "correctie",
        "afhandelen",
        verzoek,
        "--besluit",
        "afgewezen",
        "--toelichting",
        "Gegevens kloppen.",
    )
    assert ok.code == 0, ok.err
