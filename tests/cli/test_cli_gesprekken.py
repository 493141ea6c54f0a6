"""`gesprekken list` and `search` on a demo database with gesprekken added, as text and as JSON."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from cli_testkit import Run

from kso_desktop.app import open_app
from kso_desktop.domain.enums import GesprekType, Leefgebied
from kso_desktop.domain.gesprek import Afspraak, Deelnemer, DeelnemerRol, GesprekInhoud, Onderwerp
from kso_desktop.domain.plan import ActieWie
from kso_desktop.services.context import AMSTERDAM


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A demo database with, for the first jongere, a tweegesprek, a corrected driegesprek and a concept."""
    data_dir = tmp_path_factory.mktemp("cli-gesprekken")
    services, _key = open_app(data_dir, demo=True)
    try:
        [jongere, ander, *_] = services.jongeren.lijst()
        today = services.ctx.today()
        now = datetime.now(UTC).replace(microsecond=0)
        g = services.gesprekken
        twee = g.opslaan(
            jongere.id,
            GesprekType.TWEEGESPREK,
            now - timedelta(days=9),
            GesprekInhoud(onderwerpen=(Onderwerp("Heimwee", True),), notities="Praat over de financiën."),
            definitief=True,
        )
        drie_oud = g.opslaan(
            jongere.id,
            GesprekType.DRIEGESPREK,
            now - timedelta(days=3),
            GesprekInhoud(
                deelnemers=(Deelnemer(DeelnemerRol.JEUGDBESCHERMER, "Lotte Smit"),),
                verslag="Eerste versie van het verslag.",
            ),
            definitief=True,
        )
        drie = g.corrigeer(
            drie_oud.id,
            GesprekInhoud(
                deelnemers=(Deelnemer(DeelnemerRol.JEUGDBESCHERMER, "Lotte Smit"),),
                afspraken=(
                    Afspraak(
                        ActieWie.JONGERE,
                        "Spaarrekening openen",
                        today + timedelta(days=14),
                        False,
                        Leefgebied.FINANCIEN,
                    ),
                    Afspraak(ActieWie.WOONBEGELEIDER, "Huisarts bellen"),
                ),
                verslag="Gesproken over sparen en de financien.",
            ),
            "Afspraken vergeten",
        )
        concept = g.opslaan(jongere.id, GesprekType.TWEEGESPREK, now - timedelta(hours=1), GesprekInhoud())
        g.opslaan(
            ander.id,
            GesprekType.TWEEGESPREK,
            now - timedelta(days=2),
            GesprekInhoud(notities="Financiën van een ander."),
            definitief=True,
        )
        return {
            "dir": data_dir,
            "jongere": jongere,
            "ander": ander,
            "twee": twee,
            "drie": drie,
            "drie_oud": drie_oud,
            "concept": concept,
        }
    finally:
        services.ctx.store.close()


def _json(run: Run, data: dict[str, Any], *argv: str) -> Any:
    result = run("--data-dir", data["dir"], "--demo", *argv, "--json")
    assert result.code == 0, result.err
    assert result.err == ""
    return json.loads(result.out)


def test_gesprekken_list_json_newest_first_with_every_field(run: Run, data: dict[str, Any]) -> None:
    rows = _json(run, data, "gesprekken", "list", data["jongere"].id)
    assert [r["id"] for r in rows] == [data["concept"].id, data["drie"].id, data["twee"].id]
    drie = rows[1]
    velden = "id soort moment status auteur onderwerpen notities verslag afspraken vervangt_id"
    assert set(drie) == set(velden.split())
    assert (drie["soort"], drie["status"], drie["vervangt_id"]) == (
        "driegesprek",
        "definitief",
        data["drie_oud"].id,
    )
    assert drie["verslag"] == "Gesproken over sparen en de financien."
    assert drie["auteur"] == data["drie"].auteur
    assert datetime.fromisoformat(drie["moment"]) == data["drie"].moment
    assert drie["moment"].endswith("+00:00")
    assert drie["afspraken"] == [
        {
            "wie": "jongere",
            "wat": "Spaarrekening openen",
            "wanneer": (data["drie"].inhoud.afspraken[0].wanneer).isoformat(),
            "leefgebied": "financien",
        },
        {"wie": "woonbegeleider", "wat": "Huisarts bellen", "wanneer": None, "leefgebied": None},
    ]
    twee = rows[2]
    assert (twee["onderwerpen"], twee["notities"], twee["vervangt_id"]) == (
        ["Heimwee"],
        "Praat over de financiën.",
        None,
    )
    assert rows[0]["status"] == "concept"


def test_gesprekken_list_as_text(run: Run, data: dict[str, Any]) -> None:
    result = run("--data-dir", data["dir"], "--demo", "gesprekken", "list", data["jongere"].id)
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0].split() == ["Datum", "Soort", "Status", "Auteur", "Onderwerpen", "Id"]
    assert "Driegesprek" in lines[3] and data["drie"].id in lines[3] and "Definitief" in lines[3]
    assert data["drie_oud"].id not in result.out
    leeg = run("--data-dir", data["dir"], "--demo", "gesprekken", "list", data["ander"].id)
    assert leeg.code == 0 and data["ander"].id not in leeg.out


def test_search_json_finds_both_spellings_and_filters_by_jongere(run: Run, data: dict[str, Any]) -> None:
    rows = _json(run, data, "search", "financiën")
    assert {r["ref_id"] for r in rows} == {
        data["twee"].id,
        data["drie"].id,
        *(r["ref_id"] for r in rows if r["jongere_id"] == data["ander"].id),
    }
    assert data["drie_oud"].id not in {r["ref_id"] for r in rows}
    assert {r["jongere_id"] for r in rows} == {data["jongere"].id, data["ander"].id}
    eigen = _json(run, data, "search", "financien", "--jongere", data["jongere"].id)
    assert {r["ref_id"] for r in eigen} == {data["twee"].id, data["drie"].id}
    r = next(r for r in eigen if r["ref_id"] == data["drie"].id)
    assert set(r) == {"jongere_id", "jongere", "soort", "ref_id", "datum", "fragment"}
    assert (r["jongere"], r["soort"]) == (data["jongere"].naam, "driegesprek")
    date.fromisoformat(r["datum"])
    assert "[financien]" in r["fragment"]
    assert _json(run, data, "search", '"olifant (* -') == []
    assert {r["ref_id"] for r in _json(run, data, "search", '"sparen (financ* -')} == {data["drie"].id}


def test_search_as_text_and_nothing_found(run: Run, data: dict[str, Any]) -> None:
    result = run("--data-dir", data["dir"], "--demo", "search", "huisarts")
    assert result.code == 0, result.err
    assert data["drie"].id in result.out and "Fragment" in result.out.splitlines()[0]
    niets = run("--data-dir", data["dir"], "--demo", "search", "olifant")
    assert (niets.code, niets.out.strip()) == (0, "Niets gevonden.")


@pytest.mark.parametrize(
    ("argv", "melding"),
    [
        (("gesprekken", "list", "bestaat-niet"), "Jongere niet gevonden."),
        (("search", "sparen", "--jongere", "bestaat-niet"), "Jongere niet gevonden."),
        (("search", "  "), "Geef een zoekterm op."),
    ],
)
def test_errors_are_dutch_and_exit_1(
    run: Run, data: dict[str, Any], argv: tuple[str, ...], melding: str
) -> None:
    result = run("--data-dir", data["dir"], "--demo", *argv)
    assert result.code == 1 and result.out == ""
    assert result.err.strip() == f"kso-desktop: {melding}"


def test_deadlines_json_includes_the_verslag_for_the_portal(run: Run, data: dict[str, Any]) -> None:
    rows = _json(run, data, "deadlines")
    portaal = [r for r in rows if r["soort"] == "verslag_portaal"]
    assert [r["jongere_id"] for r in portaal] == [data["jongere"].id]
    dag = data["drie"].moment.astimezone(AMSTERDAM).date()
    assert portaal[0]["norm"] == "1.2d" and portaal[0]["label"] == "Driegesprek-verslag naar het portaal"
    assert date.fromisoformat(portaal[0]["datum"]) == dag + timedelta(days=14)
