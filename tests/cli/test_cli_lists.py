"""The read-only commands on the demo database: jongeren, deadlines, audit, locaties, medewerkers."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from cli_testkit import Run

VALID_URGENTIE = {"te_laat", "binnenkort", "gepland"}
DEADLINE_FIELDS = {"jongere_id", "jongere", "locatie", "soort", "label", "datum", "urgentie", "reden", "norm"}


def _json(run: Run, demo_dir: Path, *argv: str) -> Any:
    result = run("--data-dir", demo_dir, "--demo", *argv, "--json")
    assert result.code == 0, result.err
    assert result.err == ""
    return json.loads(result.out)


def _by_name(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {r["naam"]: r for r in rows}


def test_jongeren_list_json_has_the_demo_jongeren(run: Run, demo_dir: Path) -> None:
    rows = _by_name(_json(run, demo_dir, "jongeren", "list"))
    yonas = rows["Yonas Tesfay"]
    assert yonas["locatie"] == "De Linde"
    assert yonas["mentor"] == "Sanne de Vries"
    assert yonas["jeugdbeschermer"] == "Lotte Smit"
    geboren = date.fromisoformat(yonas["geboortedatum"])
    assert isinstance(yonas["leeftijd"], int)
    assert 15 <= yonas["leeftijd"] <= 18
    assert abs((date.today() - geboren).days / 365.25 - yonas["leeftijd"]) < 1.01
    volgende = yonas["volgende"]
    assert set(volgende) >= {"soort", "datum", "reden", "norm", "urgentie"}
    date.fromisoformat(volgende["datum"])
    assert volgende["urgentie"] in VALID_URGENTIE
    assert volgende["reden"]
    assert "Mohamed Ali" not in rows


def test_jongeren_list_alle_includes_who_left(run: Run, demo_dir: Path) -> None:
    huidig = _json(run, demo_dir, "jongeren", "list")
    alle = _by_name(_json(run, demo_dir, "jongeren", "list", "--alle"))
    assert "Mohamed Ali" in alle
    assert len(alle) == len(huidig) + 1
    assert alle["Mohamed Ali"]["volgende"] is None  # nothing is due for someone who left


def test_jongeren_list_per_locatie(run: Run, demo_dir: Path) -> None:
    locaties = {loc["naam"]: loc for loc in _json(run, demo_dir, "locaties", "list")}
    linde = locaties["De Linde"]
    rows = _json(run, demo_dir, "jongeren", "list", "--locatie", linde["id"])
    assert rows
    assert {r["locatie"] for r in rows} == {"De Linde"}
    assert len(rows) == linde["aantal_jongeren"]


def test_jongeren_table_has_dutch_columns(run: Run, demo_dir: Path) -> None:
    result = run("--data-dir", demo_dir, "--demo", "jongeren", "list")
    assert result.code == 0
    header = result.out.splitlines()[0].split()
    assert header[:6] == ["Naam", "Leeftijd", "Locatie", "Mentor", "Jeugdbeschermer", "Eerstvolgende"]
    regel = next(line for line in result.out.splitlines() if line.startswith("Yonas Tesfay"))
    assert "De Linde" in regel
    assert "Sanne de Vries" in regel


def test_global_options_may_follow_the_command(run: Run, demo_dir: Path) -> None:
    result = run("jongeren", "list", "--json", "--data-dir", demo_dir, "--demo")
    assert result.code == 0, result.err
    assert "Yonas Tesfay" in {r["naam"] for r in json.loads(result.out)}


def test_deadlines_json(run: Run, demo_dir: Path) -> None:
    items = _json(run, demo_dir, "deadlines")
    assert items
    for item in items:
        assert set(item) >= DEADLINE_FIELDS
        assert item["urgentie"] in VALID_URGENTIE
    driegesprekken = [i for i in items if i["norm"] == "1.2b"]
    assert driegesprekken
    assert all(i["soort"] == "driegesprek" for i in driegesprekken)
    datums = [i["datum"] for i in items]
    assert datums == sorted(datums)  # most urgent first
    assert "Mohamed Ali" not in {i["jongere"] for i in items}


def test_deadlines_table(run: Run, demo_dir: Path) -> None:
    result = run("--data-dir", demo_dir, "--demo", "deadlines")
    assert result.code == 0
    assert result.out.splitlines()[0].split()[:3] == ["Datum", "Status", "Jongere"]
    assert "Driegesprek" in result.out


def test_deadlines_for_unknown_locatie(run: Run, demo_dir: Path) -> None:
    result = run("--data-dir", demo_dir, "--demo", "deadlines", "--locatie", "bestaat-niet")
    assert result.code == 1
    assert "Locatie niet gevonden." in result.err
    assert result.out == ""


def test_audit_json_shows_creation_in_utc(run: Run, demo_dir: Path) -> None:
    yonas = _by_name(_json(run, demo_dir, "jongeren", "list"))["Yonas Tesfay"]
    entries = _json(run, demo_dir, "audit", yonas["id"])
    aangemaakt = [e for e in entries if e["actie"] == "aangemaakt" and e["entiteit_id"] == yonas["id"]]
    assert len(aangemaakt) == 1
    entry = aangemaakt[0]
    assert entry["entiteit"] == "jongere"
    assert entry["medewerker"] == "Demo-import"
    assert datetime.fromisoformat(entry["tijd"]).utcoffset() is not None
    assert entry["tijd"].endswith("+00:00")
    velden = {w["veld"]: w for w in entry["wijzigingen"]}
    assert velden["achternaam"] == {"veld": "achternaam", "oud": None, "nieuw": "Tesfay"}


def test_audit_table_shows_amsterdam_time(run: Run, demo_dir: Path) -> None:
    yonas = _by_name(_json(run, demo_dir, "jongeren", "list"))["Yonas Tesfay"]
    entries = _json(run, demo_dir, "audit", yonas["id"])
    result = run("--data-dir", demo_dir, "--demo", "audit", yonas["id"])
    assert result.code == 0
    local = datetime.fromisoformat(entries[0]["tijd"]).astimezone(ZoneInfo("Europe/Amsterdam"))
    assert result.out.splitlines()[0].startswith(f"{local:%d-%m-%Y %H:%M:%S}  Demo-import")
    assert "achternaam: Tesfay" in result.out


def test_unknown_jongere_is_a_dutch_error(run: Run, demo_dir: Path) -> None:
    result = run("--data-dir", demo_dir, "--demo", "audit", "00000000-0000-0000-0000-000000000000")
    assert result.code == 1
    assert "Jongere niet gevonden." in result.err
    assert "Traceback" not in result.err
    assert result.out == ""


def test_locaties_and_medewerkers(run: Run, demo_dir: Path) -> None:
    locaties = {loc["naam"]: loc for loc in _json(run, demo_dir, "locaties", "list")}
    assert set(locaties) == {"De Linde", "Het Anker", "De Brug"}
    assert locaties["De Linde"]["type"] == "KWG"
    medewerkers = {w["naam"]: w for w in _json(run, demo_dir, "medewerkers", "list")}
    sanne = medewerkers["Sanne de Vries"]
    assert sanne["locaties"] == ["De Linde"]
    assert sanne["locatie_ids"] == [locaties["De Linde"]["id"]]
    assert sanne["actief"] is True
    table = run("--data-dir", demo_dir, "--demo", "medewerkers", "list")
    assert table.out.splitlines()[0].split() == ["Naam", "Rol", "Actief", "Locaties", "Id"]
    assert sanne["id"] in table.out


def test_act_as_known_and_unknown_medewerker(run: Run, demo_dir: Path) -> None:
    sanne = {w["naam"]: w for w in _json(run, demo_dir, "medewerkers", "list")}["Sanne de Vries"]
    ok = run("--data-dir", demo_dir, "--demo", "--medewerker", sanne["id"], "locaties", "list")
    assert ok.code == 0, ok.err
    result = run("--data-dir", demo_dir, "--demo", "--medewerker", "onbekend", "locaties", "list")
    assert result.code == 1
    assert "Medewerker niet gevonden." in result.err
