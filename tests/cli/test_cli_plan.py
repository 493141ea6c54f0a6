"""`plan show`: the begeleidingsplan of a jongere on the demo database, as text and as JSON."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from cli_testkit import Run

from kso_desktop.domain.enums import Leefgebied

GEEN_PLAN = "Deze jongere heeft nog geen begeleidingsplan."


def _id(run: Run, demo_dir: Path, naam: str) -> str:
    result = run("--data-dir", demo_dir, "--demo", "jongeren", "list", "--json")
    assert result.code == 0, result.err
    return str(next(r["id"] for r in json.loads(result.out) if r["naam"] == naam))


def _plan_json(run: Run, demo_dir: Path, naam: str, *extra: str) -> Any:
    result = run("--data-dir", demo_dir, "--demo", "plan", "show", _id(run, demo_dir, naam), "--json", *extra)
    assert result.code == 0, result.err
    assert result.err == ""
    return json.loads(result.out)


def test_json_for_daniel_has_three_versions_and_his_goals(run: Run, demo_dir: Path) -> None:
    plan = _plan_json(run, demo_dir, "Daniel Tekle")
    assert plan["jongere"] == "Daniel Tekle"
    assert plan["jongere_id"] == _id(run, demo_dir, "Daniel Tekle")
    assert plan["versie"]["nummer"] == 3
    assert plan["versie"]["status"] == "concept"
    assert plan["versie"]["vastgesteld_op"] is None
    date.fromisoformat(plan["versie"]["gestart_op"])
    assert plan["template"] == {
        "id": "begeleidingsplan-opvang",
        "versie": 1,
        "titel": "Begeleidingsplan opvang",
    }
    assert [(v["nummer"], v["status"]) for v in plan["versies"]] == [
        (3, "concept"),
        (2, "vastgesteld"),
        (1, "vastgesteld"),
    ]
    assert set(plan["leefgebieden"]) == {k.value for k in Leefgebied}
    financien = plan["leefgebieden"]["financien"]
    assert financien["label"] == "Financiën"
    assert (financien["score"], financien["score_label"]) == (4, "4 – Voldoende zelfredzaam")
    doelen = [d for lg in plan["leefgebieden"].values() for d in lg["doelen"]]
    assert len(doelen) == 5
    geld = next(d for d in financien["doelen"] if "sparen" in d["eigen_woorden"])
    assert geld["status"] == "behaald"
    assert geld["professioneel"]
    assert [e["datum"] for e in geld["evaluaties"]] == sorted(e["datum"] for e in geld["evaluaties"])
    assert len(geld["evaluaties"]) == 2
    assert all(e["tekst"] and e["door"] == "Ruben Bakker" for e in geld["evaluaties"])
    diploma = plan["leefgebieden"]["dagbesteding"]["doelen"][0]
    assert diploma["eigen_woorden"] == "ትምህርቲ ክቕጽልን ዲፕሎማ ክረክብን እደሊ።"
    assert {a["wie"] for a in diploma["acties"]} == {"jeugdbeschermer", "woonbegeleider"}
    assert plan["delen"]["verlengde_opvang"]["tekst"].startswith("Wensen:")
    assert plan["deelnemers"]["woonbegeleider"] == "Ruben Bakker"
    assert plan["deelnemers"]["jeugdbeschermer"] == "Sem de Boer"
    assert plan["akkoord"] is None  # a concept has not been agreed yet


def test_json_for_an_older_version(run: Run, demo_dir: Path) -> None:
    plan = _plan_json(run, demo_dir, "Daniel Tekle", "--versie", "1")
    assert plan["versie"]["nummer"] == 1
    assert plan["versie"]["status"] == "vastgesteld"
    assert plan["akkoord"]["jongere"] is True
    assert plan["leefgebieden"]["financien"]["score"] == 2
    assert plan["delen"]["verlengde_opvang"]["tekst"] == ""  # written at 17.5, in version 2
    assert len(plan["versies"]) == 3


def test_arabic_own_words_come_through_unchanged(run: Run, demo_dir: Path) -> None:
    plan = _plan_json(run, demo_dir, "Mariam Haddad")
    doel = plan["leefgebieden"]["dagbesteding"]["doelen"][0]
    assert doel["eigen_woorden"] == "أريد أن أتعلم اللغة الهولندية جيدًا وأن أذهب إلى مدرسة عادية."
    assert "vmbo" in doel["professioneel"]
    assert plan["leefgebieden"]["wonen"]["score"] is None
    assert plan["leefgebieden"]["wonen"]["score_label"] == "nog niet gescoord"


def test_text_shows_the_plan_in_dutch(run: Run, demo_dir: Path) -> None:
    result = run("--data-dir", demo_dir, "--demo", "plan", "show", _id(run, demo_dir, "Karim Darwish"))
    assert result.code == 0, result.err
    out = result.out
    assert out.startswith("Begeleidingsplan opvang van Karim Darwish\nVersie 2 (vastgesteld ")
    for leefgebied in Leefgebied:
        assert f"\n{leefgebied.label} (Norm {leefgebied.norm})\n" in out
    for regel in (
        "Status: Vastgesteld op ",
        "Sjabloon: begeleidingsplan-opvang, versie 1",
        "Zelfredzaamheid: 4 –",
    ):
        assert regel in out
    assert "In eigen woorden: «أريد أن أسكن في بيتي الخاص وأن أعمل كهربائيًا.»" in out
    assert "Verlengde Opvang (Norm 1.10c)" in out
    assert "Opgesteld met" in out
    assert "Akkoord bij vaststellen: jongere ja; woonbegeleider Joost van Dam" in out
    versies = out.split("\nVersies\n", 1)[1].splitlines()
    assert len(versies) == 2
    assert versies[0].startswith("  Versie 2, vastgesteld ") and versies[0].endswith("(getoond)")


def test_unknown_jongere_is_a_dutch_error(run: Run, demo_dir: Path) -> None:
    result = run("--data-dir", demo_dir, "--demo", "plan", "show", "bestaat-niet", "--json")
    assert result.code == 1
    assert result.out == ""
    assert "Jongere niet gevonden." in result.err


def test_jongere_without_a_plan(run: Run, demo_dir: Path) -> None:
    for extra in ((), ("--json",)):
        result = run(
            "--data-dir", demo_dir, "--demo", "plan", "show", _id(run, demo_dir, "Yonas Tesfay"), *extra
        )
        assert result.code == 1
        assert result.out == ""
        assert GEEN_PLAN in result.err


def test_unknown_version_names_the_versions_there_are(run: Run, demo_dir: Path) -> None:
    result = run(
        "--data-dir", demo_dir, "--demo", "plan", "show", _id(run, demo_dir, "Karim Darwish"), "--versie", "9"
    )
    assert result.code == 1
    assert "Versie 9 bestaat niet; dit plan heeft versie 1 t/m 2." in result.err
