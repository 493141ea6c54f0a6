"""`kso-desktop jongere vernietig` and `kso-desktop bewaren` on the demo database: refusals in Dutch with a
non-zero exit, the beheerder's override, and the overview of who may leave the laptop."""

from __future__ import annotations

import json
from pathlib import Path

from cli_testkit import Run


def _ids(run: Run, data_dir: Path) -> tuple[str, str, str, str]:
    jongeren = json.loads(run("--data-dir", data_dir, "--demo", "jongeren", "list", "--alle", "--json").out)
    medewerkers = json.loads(run("--data-dir", data_dir, "--demo", "medewerkers", "list", "--json").out)
    rol = {r["naam"]: r["id"] for r in medewerkers}
    woonbegeleider = next(r["id"] for r in medewerkers if r["rol"] == "woonbegeleider")
    mohamed = next(r["id"] for r in jongeren if r["naam"] == "Mohamed Ali")
    return mohamed, rol["Iris Koster"], rol["Eva Mulder"], woonbegeleider


def test_vernietig_refuses_then_an_admin_overrides_with_a_reason(run: Run, tmp_path: Path) -> None:
    jongere, beheerder, teamleider, woonbegeleider = _ids(run, tmp_path)
    base = ("--data-dir", tmp_path, "--demo")

    result = run(*base, "--medewerker", woonbegeleider, "jongere", "vernietig", jongere, "--reden", "verzoek")
    assert result.code == 1 and "Alleen een teamleider of beheerder" in result.err

    result = run(*base, "--medewerker", teamleider, "jongere", "vernietig", jongere, "--reden", "verzoek")
    assert result.code == 1 and "onderdelen wachten nog op het portaal" in result.err
    assert "nog niet verstuurd" in result.err

    result = run(
        *base, "--medewerker", teamleider, "jongere", "vernietig", jongere,
        "--reden", "verzoek", "--override-reden", "Portaal is buiten gebruik",
    )  # fmt: skip
    assert result.code == 1 and "Alleen een beheerder" in result.err

    result = run(
        *base, "--medewerker", beheerder, "jongere", "vernietig", jongere,
        "--reden", "verzoek", "--override-reden", "Portaal is buiten gebruik",
    )  # fmt: skip
    assert result.code == 0, result.err
    assert "Vernietigd" in result.out and "Mohamed" not in result.out
    lijst = run(*base, "jongeren", "list", "--alle", "--json").out
    assert jongere not in lijst
    gone = run(*base, "--medewerker", beheerder, "jongere", "vernietig", jongere, "--reden", "verzoek")
    assert gone.code == 1 and "niet gevonden" in gone.err


def test_bewaren_lists_who_left_and_why_they_stay(run: Run, tmp_path: Path) -> None:
    jongere, _b, _t, _w = _ids(run, tmp_path)
    result = run("--data-dir", tmp_path, "--demo", "bewaren", "--json")
    assert result.code == 0, result.err
    regels = {r["jongere_id"]: r for r in json.loads(result.out)}
    assert regels[jongere]["kan_weg"] is False
    assert "Staat nog niet op het portaal: eerst synchroniseren." in regels[jongere]["redenen"]
    tekst = run("--data-dir", tmp_path, "--demo", "bewaren").out
    assert "Mohamed Ali (vertrek" in tekst and "blijft op deze laptop" in tekst
