"""`pdf SOORT ID -o FILE`: documents from the demo database, saved, readable, and logged as an export."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from cli_testkit import Run

from kso_desktop.domain.enums import Leefgebied


def _id(run: Run, demo_dir: Path, naam: str) -> str:
    result = run("--data-dir", demo_dir, "--demo", "jongeren", "list", "--json")
    assert result.code == 0, result.err
    return str(next(r["id"] for r in json.loads(result.out) if r["naam"] == naam))


def _tekst(pad: Path) -> str:
    return subprocess.run(["pdftotext", str(pad), "-"], capture_output=True, check=True, text=True).stdout


def test_plan_and_mijn_plan_and_agenda_for_a_demo_jongere(run: Run, demo_dir: Path, tmp_path: Path) -> None:
    jongere = _id(run, demo_dir, "Daniel Tekle")
    for soort, kop in (
        ("plan", "Begeleidingsplan"),
        ("mijn-plan", "Mijn plan"),
        ("agenda", "Agenda driegesprek"),
    ):
        uit = tmp_path / f"{soort}.pdf"
        result = run("--data-dir", demo_dir, "--demo", "pdf", soort, jongere, "-o", uit)
        assert result.code == 0, result.err
        assert "Daniel Tekle" in result.out and str(uit) in result.out
        tekst = _tekst(uit)
        assert kop in tekst and "Daniel Tekle" in tekst
        if soort != "mijn-plan":
            for lg in Leefgebied:
                assert lg.label in " ".join(tekst.split())

    audit = run("--data-dir", demo_dir, "--demo", "audit", jongere, "--json")
    exports = [r for r in json.loads(audit.out) if r["actie"] == "geëxporteerd"]
    assert {w["nieuw"] for r in exports for w in r["wijzigingen"] if w["veld"] == "document"} == {
        "Begeleidingsplan",
        "Mijn plan",
        "Agenda driegesprek",
    }


def test_mijn_plan_with_english_headings(run: Run, demo_dir: Path, tmp_path: Path) -> None:
    jongere = _id(run, demo_dir, "Daniel Tekle")
    uit = tmp_path / "mijn.pdf"
    result = run("--data-dir", demo_dir, "--demo", "pdf", "mijn-plan", jongere, "-o", uit, "--taal", "en")
    assert result.code == 0, result.err
    assert "Mijn doelen / My goals" in _tekst(uit)


def test_signaleringsplan_from_a_form_file(run: Run, demo_dir: Path, tmp_path: Path) -> None:
    jongere = _id(run, demo_dir, "Daniel Tekle")
    formulier = {
        "invulling_id": "inv-1",
        "definitie_id": "stoplicht",
        "definitie_versie": 1,
        "titel": "Signaleringsplan",
        "soort": "stoplicht",
        "jongere_id": jongere,
        "jongere_naam": "Daniel Tekle",
        "definitief": True,
        "versie": 1,
        "ingevuld_op": "2026-03-01T10:00:00+00:00",
        "vastgesteld_op": "2026-03-02",
        "ingevuld_door": "Sanne",
        "secties": [
            {
                "id": "g",
                "titel": "Groen",
                "kleur": "#2e7d32",
                "velden": [{"id": "a", "label": "Zo", "tekst": "Rustig"}],
            },
            {
                "id": "r",
                "titel": "Rood",
                "kleur": "#c62828",
                "velden": [{"id": "a", "label": "Bel", "tekst": "Sanne"}],
            },
        ],
    }
    bron = tmp_path / "formulier.json"
    bron.write_text(json.dumps(formulier), encoding="utf-8")
    for soort in ("signaleringsplan", "kaart"):
        uit = tmp_path / f"{soort}.pdf"
        result = run("--data-dir", demo_dir, "--demo", "pdf", soort, jongere, "-o", uit, "--formulier", bron)
        assert result.code == 0, result.err
        tekst = _tekst(uit)
        assert "Groen" in tekst and "Rood" in tekst and "Daniel Tekle" in tekst


def test_bad_input_gives_a_dutch_message_and_writes_nothing(run: Run, demo_dir: Path, tmp_path: Path) -> None:
    jongere = _id(run, demo_dir, "Daniel Tekle")
    uit = tmp_path / "x.pdf"
    mariam = _id(run, demo_dir, "Mariam Haddad")  # only a Quickscan concept, no signaleringsplan
    result = run("--data-dir", demo_dir, "--demo", "pdf", "signaleringsplan", mariam, "-o", uit)
    assert result.code == 1 and "Een definitief signaleringsplan van deze jongere niet gevonden" in result.err
    result = run("--data-dir", demo_dir, "--demo", "pdf", "plan", "bestaat-niet", "-o", uit)
    assert result.code == 1 and "niet gevonden" in result.err
    result = run("--data-dir", demo_dir, "--demo", "pdf", "mijn-plan", jongere, "-o", uit, "--taal", "xx")
    assert result.code == 1 and "geen vertaling" in result.err
    result = run("--data-dir", demo_dir, "--demo", "pdf", "plan", jongere, "-o", tmp_path / "geen" / "x.pdf")
    assert result.code == 1 and "bestaat niet" in result.err
    assert not uit.exists()


def test_the_stored_signaleringsplan_prints_without_a_form_file(
    run: Run, demo_dir: Path, tmp_path: Path
) -> None:
    jongere = _id(run, demo_dir, "Daniel Tekle")
    result = run("--data-dir", demo_dir, "--demo", "forms", "show", jongere, "--json")
    assert result.code == 0, result.err
    stoplicht = next(f for f in json.loads(result.out) if f["soort"] == "stoplicht")
    antwoorden = [
        v["antwoord"] for s in stoplicht["secties"] if s.get("kleur") for v in s["velden"] if v["antwoord"]
    ]
    assert antwoorden, "the demo stoplicht plan has answers in its phases"

    newest = tmp_path / "nieuwste.pdf"
    result = run("--data-dir", demo_dir, "--demo", "pdf", "signaleringsplan", jongere, "-o", newest)
    assert result.code == 0, result.err
    assert "Daniel Tekle" in _tekst(newest)

    kaart = tmp_path / "kaart.pdf"
    result = run("--data-dir", demo_dir, "--demo", "pdf", "kaart", stoplicht["id"], "-o", kaart)
    assert result.code == 0, result.err
    tekst = " ".join(_tekst(kaart).split())
    assert "Groen" in tekst and "Rood" in tekst
    assert " ".join(antwoorden[0].split()[:3]) in tekst  # the jongere's own words from the stored form

    quickscan = next(
        f
        for f in json.loads(run("--data-dir", demo_dir, "--demo", "forms", "show", jongere, "--json").out)
        if f["soort"] == "quickscan"
    )
    result = run("--data-dir", demo_dir, "--demo", "pdf", "kaart", quickscan["id"], "-o", tmp_path / "q.pdf")
    assert result.code == 1 and "Een signaleringsplan met dit id niet gevonden" in result.err
