"""The demo begeleidingsplannen (``resources/demo/plannen.json``), made through the PlanService day by day."""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Mapping
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from kso_desktop.domain.enums import Leefgebied
from kso_desktop.domain.plan import (
    Actie,
    ActieWie,
    Akkoord,
    Deelnemers,
    Doel,
    DoelStatus,
    Evaluatie,
    PlanInhoud,
)
from kso_desktop.paths import resources_dir
from kso_desktop.services.context import Context
from kso_desktop.services.registry import Services
from kso_desktop.storage import models as m

PLANNEN_FILE = "demo/plannen.json"

_DAG = re.compile(r"\{dag:(-?\d+)\}")
_VERSIE_VELDEN = {
    "gestart",
    "opgeslagen",
    "vastgesteld",
    "akkoord",
    "deelnemers",
    "leefgebieden",
    "delen",
    "doelen",
}
_LEEFGEBIED_VELDEN = {"zijn", "worden", "presteren", "score"}
_DOEL_VELDEN = {
    "sleutel",
    "leefgebied",
    "eigen_woorden",
    "professioneel",
    "streefdatum",
    "status",
    "acties",
    "evaluaties",
}
_DEELNEMER_VELDEN = {f.name for f in dataclasses.fields(Deelnemers)}


def plannen_definition(path: Path | None = None) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((path or resources_dir() / PLANNEN_FILE).read_text(encoding="utf-8"))
    return data


def load_demo_plannen(services: Services, *, today: date, data: Mapping[str, Any] | None = None) -> None:
    """Make every plan version of the demo on the day it was made in the story, as ``services``' actor.

    Each step (new concept, save, vaststellen) runs with a clock set to that day at noon, so ``gestart_op``,
    the audit trail and the BEGELEIDINGSPLAN_VASTGESTELD events carry the historical dates.
    """
    data = plannen_definition() if data is None else data
    ids = _jongere_ids(services)
    for plan in data["plannen"]:
        naam = str(plan["jongere"])
        if naam not in ids:
            raise ValueError(f"{PLANNEN_FILE}: jongere '{naam}' staat niet in de demo.")
        doel_ids: dict[str, str] = {}
        for spec in plan["versies"]:
            _maak_versie(
                services, ids[naam], spec, today=today, doel_ids=doel_ids, where=f"{PLANNEN_FILE}: {naam}"
            )


def _jongere_ids(services: Services) -> dict[str, str]:
    with services.ctx.store.read() as s:
        rows = s.execute(select(m.Jongere.voornaam, m.Jongere.achternaam, m.Jongere.id))
        return {f"{voornaam} {achternaam}": jid for voornaam, achternaam, jid in rows}


def _op(services: Services, dag: date) -> Services:
    """The same store and actor, with a clock that says ``dag`` 12:00 UTC (the same day in Amsterdam)."""
    moment = datetime.combine(dag, time(12), tzinfo=UTC)
    return Services.create(Context(services.ctx.store, services.ctx.actor, clock=lambda: moment))


def _dag(today: date, dagen_geleden: int) -> date:
    return today - timedelta(days=int(dagen_geleden))


def _dag_of_geen(today: date, dagen_geleden: int | None) -> date | None:
    return None if dagen_geleden is None else _dag(today, dagen_geleden)


def _tekst(today: date, value: str) -> str:
    """``{dag:N}`` becomes the date of N days ago (dd-mm-jjjj), so texts may name days of the story."""
    return _DAG.sub(lambda match: f"{_dag(today, int(match[1])):%d-%m-%Y}", str(value))


def _check_velden(obj: Mapping[str, Any], allowed: set[str], where: str) -> None:
    unknown = sorted(set(obj) - allowed)
    if unknown:
        raise ValueError(f"{where}: onbekend veld {', '.join(unknown)}.")


def _maak_versie(
    services: Services,
    jongere_id: str,
    spec: Mapping[str, Any],
    *,
    today: date,
    doel_ids: dict[str, str],
    where: str,
) -> None:
    _check_velden(spec, _VERSIE_VELDEN, where)
    gestart = _dag(today, spec["gestart"])
    concept = _op(services, gestart).plannen.nieuw_concept(jongere_id)
    if concept.gestart_op != gestart:  # the previous version was still a concept: a mistake in the file
        raise ValueError(f"{where}: versie {concept.nummer} begint terwijl de vorige nog een concept is.")
    inhoud = _pas_toe(concept.inhoud, spec, today, doel_ids, where)
    opgeslagen = _dag(today, spec.get("opgeslagen", spec["gestart"]))
    _op(services, opgeslagen).plannen.opslaan(concept.id, inhoud, basis=concept.inhoud, base_rev=concept.rev)
    if spec.get("vastgesteld") is not None:
        vastgesteld = _dag(today, spec["vastgesteld"])
        akkoord = spec.get("akkoord", {})
        _op(services, vastgesteld).plannen.vaststellen(
            concept.id,
            vastgesteld,
            Akkoord(
                jongere=True,
                jeugdbeschermer=str(akkoord.get("jeugdbeschermer", "")),
                woonbegeleider=str(akkoord.get("woonbegeleider", "")),
            ),
        )


def _pas_toe(
    inhoud: PlanInhoud, spec: Mapping[str, Any], today: date, doel_ids: dict[str, str], where: str
) -> PlanInhoud:
    """The previous content with what this version changes (see '_uitleg' in the file)."""
    for key, velden in spec.get("leefgebieden", {}).items():
        _check_velden(velden, _LEEFGEBIED_VELDEN, f"{where}, {key}")
        leefgebied = Leefgebied(key)
        wijziging: dict[str, Any] = {
            veld: _tekst(today, velden[veld]) for veld in ("zijn", "worden", "presteren") if veld in velden
        }
        if "score" in velden:
            wijziging["score"] = None if velden["score"] is None else int(velden["score"])
        inhoud = inhoud.met_leefgebied(
            leefgebied, dataclasses.replace(inhoud.leefgebied(leefgebied), **wijziging)
        )
    for key, tekst in spec.get("delen", {}).items():
        inhoud = inhoud.met_deel(str(key), _tekst(today, tekst))
    if "deelnemers" in spec:
        _check_velden(spec["deelnemers"], _DEELNEMER_VELDEN, f"{where}, deelnemers")
        inhoud = dataclasses.replace(
            inhoud, deelnemers=dataclasses.replace(inhoud.deelnemers, **spec["deelnemers"])
        )
    for d in spec.get("doelen", []):
        inhoud = inhoud.met_doel(_doel(inhoud, d, today, doel_ids, where))
    return inhoud


def _doel(
    inhoud: PlanInhoud, d: Mapping[str, Any], today: date, doel_ids: dict[str, str], where: str
) -> Doel:
    sleutel = str(d["sleutel"])
    _check_velden(d, _DOEL_VELDEN, f"{where}, doel '{sleutel}'")
    if sleutel in doel_ids:
        doel = inhoud.doel(doel_ids[sleutel])
    else:
        doel = Doel.nieuw(Leefgebied(d["leefgebied"]))
        doel_ids[sleutel] = doel.id
    wijziging: dict[str, Any] = {
        veld: _tekst(today, d[veld]) for veld in ("eigen_woorden", "professioneel") if veld in d
    }
    if "streefdatum" in d:
        wijziging["streefdatum"] = _dag_of_geen(today, d["streefdatum"])
    if "status" in d:
        wijziging["status"] = DoelStatus(d["status"])
    if "acties" in d:
        wijziging["acties"] = tuple(
            Actie(ActieWie(a["wie"]), _tekst(today, a["wat"]), _dag_of_geen(today, a.get("wanneer")))
            for a in d["acties"]
        )
    if "evaluaties" in d:
        wijziging["evaluaties"] = (
            *doel.evaluaties,
            *(
                Evaluatie(_dag(today, e["datum"]), _tekst(today, e["tekst"]), str(e.get("door", "")))
                for e in d["evaluaties"]
            ),
        )
    return dataclasses.replace(doel, **wijziging)
