"""`netwerk show` and `netwerk pdf` on the demo database: text, JSON, errors, and a PDF that reads back."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from cli_testkit import Run
from pypdf import PdfReader


def _id(run: Run, demo_dir: Path, naam: str) -> str:
    result = run("--data-dir", demo_dir, "--demo", "jongeren", "list", "--json")
    assert result.code == 0, result.err
    return str(next(r["id"] for r in json.loads(result.out) if r["naam"] == naam))


def test_json_shows_the_demo_network_with_two_versions_and_what_changed(run: Run, demo_dir: Path) -> None:
    jid = _id(run, demo_dir, "Mariam Haddad")
    result = run("--data-dir", demo_dir, "--demo", "netwerk", "show", jid, "--json")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert data["jongere"] == "Mariam Haddad"
    assert [v["nummer"] for v in data["versies"]] == [2, 1]
    assert [v["status"] for v in data["versies"]] == ["concept", "vastgesteld"]
    namen = {p["naam"]: p for p in data["personen"]}
    assert namen["Nicht Lina"]["cirkel"] == "heel_dichtbij"
    assert namen["Broertje Sami"]["betekenis"] == "zorg"
    assert data["sinds_vorige"]["dichterbij"] == ["Nicht Lina", "Aya", "Klasgenoten ISK"]
    assert data["sinds_vorige"]["weg"] == ["Jongen van het station"]

    een = json.loads(
        run("--data-dir", demo_dir, "--demo", "netwerk", "show", jid, "--json", "--versie", "1").out
    )
    assert "Jongen van het station" in {p["naam"] for p in een["personen"]}
    assert een["sinds_vorige"] is None


def test_text_groups_people_by_ring_and_marks_strength_and_worry(run: Run, demo_dir: Path) -> None:
    jid = _id(run, demo_dir, "Mariam Haddad")
    result = run("--data-dir", demo_dir, "--demo", "netwerk", "show", jid)
    assert result.code == 0, result.err
    out = result.out
    assert out.startswith("Sociaal netwerk van Mariam Haddad\nVersie 2, concept sinds ")
    assert out.index("Heel dichtbij (4)") < out.index("  + Moeder – moeder") < out.index("Dichtbij (5)")
    assert "  ! Broertje Sami – broer (9 jaar)" in out
    assert "Dichterbij gekomen: Aya: Dichtbij → Heel dichtbij" in out
    assert "Niet meer in het netwerk: Jongen van het station (Vrienden)" in out


def test_errors_are_dutch(run: Run, demo_dir: Path) -> None:
    jid = _id(run, demo_dir, "Mariam Haddad")
    result = run("--data-dir", demo_dir, "--demo", "netwerk", "show", jid, "--versie", "7")
    assert (result.code, result.err.strip()) == (
        1,
        "kso-desktop: Versie 7 bestaat niet; dit netwerk heeft versie 1 t/m 2.",
    )
    result = run("--data-dir", demo_dir, "--demo", "netwerk", "show", "onbekend")
    assert (result.code, result.err.strip()) == (1, "kso-desktop: Jongere niet gevonden.")
    zonder = _id(run, demo_dir, "Yonas Tesfay")
    result = run("--data-dir", demo_dir, "--demo", "netwerk", "show", zonder)
    assert result.code == 1
    assert "nog geen sociaal netwerk" in result.err


def test_pdf_reads_back_with_the_names_renders_and_is_in_the_log(
    run: Run, demo_dir: Path, tmp_path: Path
) -> None:
    jid = _id(run, demo_dir, "Mariam Haddad")
    out = tmp_path / "netwerk.pdf"
    result = run("--data-dir", demo_dir, "--demo", "netwerk", "pdf", jid, "-o", out)
    assert result.code == 0, result.err
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    tekst = reader.pages[0].extract_text()
    for naam in ("Sociaal netwerk van Mariam Haddad", "Nicht Lina", "Broertje Sami", "Trainster Ellen"):
        assert naam in tekst
    for label in ("Professionals", "Familie herkomst", "heel dichtbij", "verder weg"):
        assert label in tekst
    # Rendered by poppler in grey: the drawing and the table put ink on the page.
    subprocess.run(["pdftoppm", "-r", "50", "-gray", str(out), str(tmp_path / "p")], check=True)
    pgm = next(tmp_path.glob("p*.pgm")).read_bytes()
    breedte, hoogte = (int(x) for x in pgm.split(b"\n")[1].split())
    pixels = pgm[-breedte * hoogte :]
    inkt = sum(1 for b in pixels if b < 200) / len(pixels)
    assert inkt > 0.02, inkt
    audit = json.loads(run("--data-dir", demo_dir, "--demo", "audit", jid, "--json").out)
    export = [r for r in audit if r["actie"] == "geëxporteerd"]
    assert len(export) == 1
    assert export[0]["wijzigingen"][0]["nieuw"] == "versie 2 → netwerk.pdf"
