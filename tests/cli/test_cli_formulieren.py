"""`forms list` and `forms show` on the demo database, as text and JSON; a broken override file is named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_testkit import Run


def _daniel(run: Run, demo_dir: Path) -> str:
    out = run("--data-dir", demo_dir, "--demo", "jongeren", "list", "--json", "--alle").out
    return next(j["id"] for j in json.loads(out) if j["naam"] == "Daniel Tekle")


def test_forms_list_shows_the_shipped_definitions(run: Run, demo_dir: Path) -> None:
    result = run("--data-dir", demo_dir, "--demo", "forms", "list")
    assert result.code == 0 and result.err == ""
    assert "quickscan-veiligheid        1       Quickscan veiligheid (startdefinitie)" in result.out
    data = json.loads(run("--data-dir", demo_dir, "--demo", "forms", "list", "--json").out)
    assert {(d["id"], d["versie"]) for d in data["definities"]} == {
        ("quickscan-veiligheid", 1),
        ("signaleringsplan-stoplicht", 1),
        ("gevoelsthermometer", 1),
    }
    assert data["fouten"] == []


def test_forms_list_names_a_broken_override_file_and_still_lists_the_rest(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "kapot.json").write_text(
        '{"id": "x", "versie": 1, "soort": "quickscan", "titel": "X",\n "secties": ['
    )
    monkeypatch.setenv("KSO_FORMS_DIR", str(tmp_path))
    result = run("--data-dir", tmp_path / "data", "--demo", "forms", "list", "--json")
    assert result.code == 0
    data = json.loads(result.out)
    assert len(data["definities"]) == 3
    [fout] = data["fouten"]
    assert fout["bestand"].endswith("kapot.json") and "ongeldige JSON op regel 2" in fout["melding"]
    assert "kapot.json: ongeldige JSON op regel 2" in result.err


def test_forms_show_lists_the_demo_quickscans_over_time_and_both_signaleringsplannen(
    run: Run, demo_dir: Path
) -> None:
    daniel = _daniel(run, demo_dir)
    data = json.loads(run("--data-dir", demo_dir, "--demo", "forms", "show", daniel, "--json").out)
    soorten = [d["soort"] for d in data]
    assert soorten.count("quickscan") == 2 and "stoplicht" in soorten and "gevoelsthermometer" in soorten
    assert all(d["status"] == "definitief" for d in data)
    quickscans = [d for d in data if d["soort"] == "quickscan"]
    assert quickscans[0]["vastgesteld_op"] > quickscans[1]["vastgesteld_op"]  # newest first
    stoplicht = next(d for d in data if d["soort"] == "stoplicht")
    assert [s["kleur"] for s in stoplicht["secties"] if s["kleur"]] == ["#2e7d32", "#ef6c00", "#c62828"]
    tekst = run("--data-dir", demo_dir, "--demo", "forms", "show", daniel).out
    assert "Signaleringsplan (Stoplichtmethode) - versie 1, definitief" in tekst
    assert "Mijn oordeel over de veiligheid: Zorgen: extra aandacht nodig" in tekst


def test_forms_show_for_an_unknown_jongere_says_so(run: Run, demo_dir: Path) -> None:
    result = run("--data-dir", demo_dir, "--demo", "forms", "show", "bestaat-niet")
    assert result.code == 1 and "Jongere niet gevonden." in result.err
