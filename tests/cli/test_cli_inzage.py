"""`kso-desktop inzage JONGERE -o MAP`: both files written, logged, and a clear message for a bad folder."""

from __future__ import annotations

import json
from pathlib import Path

from cli_testkit import Run


def test_inzage_writes_pdf_and_json_and_refuses_a_missing_folder(run: Run, tmp_path: Path) -> None:
    result = run("--data-dir", tmp_path, "--demo", "jongeren", "list", "--json")
    jongere = next(r["id"] for r in json.loads(result.out) if r["naam"] == "Mariam Haddad")
    uit = tmp_path / "uit"
    uit.mkdir()

    result = run("--data-dir", tmp_path, "--demo", "inzage", jongere, "-o", uit)

    assert result.code == 0, result.err
    assert "Inzage geschreven" in result.out
    assert sorted(p.suffix for p in uit.iterdir()) == [".json", ".pdf"]
    audit = json.loads(run("--data-dir", tmp_path, "--demo", "audit", jongere, "--json").out)
    assert any(r["actie"] == "geëxporteerd" and r["entiteit"] == "inzage" for r in audit)

    again = run("--data-dir", tmp_path, "--demo", "inzage", jongere, "-o", uit)
    assert again.code == 1 and "bestaat al" in again.err
    missing = run("--data-dir", tmp_path, "--demo", "inzage", jongere, "-o", tmp_path / "weg")
    assert missing.code == 1 and "bestaat niet" in missing.err
