"""The demo's filled-in forms (``resources/demo/formulieren.json``), made through the FormulierService."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select

from kso_desktop.paths import resources_dir
from kso_desktop.services.context import Context
from kso_desktop.services.registry import Services
from kso_desktop.storage import models as m

FORMULIEREN_FILE = "demo/formulieren.json"
_DAG = re.compile(r"^\{dag:(-?\d+)\}$")


def _op(services: Services, dag: date) -> Services:
    """The same store and actor with a clock on ``dag`` at noon: dates and the audit trail fit the story."""
    moment = datetime.combine(dag, time(12), tzinfo=UTC)
    return Services.create(Context(services.ctx.store, services.ctx.actor, clock=lambda: moment))


def _antwoorden(antwoorden: Mapping[str, Any], today: date) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in antwoorden.items():
        match = _DAG.match(value) if isinstance(value, str) else None
        out[key] = (today - timedelta(days=int(match[1]))).isoformat() if match else value
    return out


def load_demo_formulieren(services: Services, *, today: date, data: Mapping[str, Any] | None = None) -> None:
    """Fill in, and where the story says so make definitief, every demo form on its own day."""
    if data is None:
        data = json.loads((resources_dir() / FORMULIEREN_FILE).read_text(encoding="utf-8"))
    with services.ctx.store.read() as s:
        ids = {
            f"{v} {a}": i
            for v, a, i in s.execute(select(m.Jongere.voornaam, m.Jongere.achternaam, m.Jongere.id))
        }
    for spec in data["invullingen"]:
        naam = str(spec["jongere"])
        if naam not in ids:
            raise ValueError(f"{FORMULIEREN_FILE}: jongere '{naam}' staat niet in de demo.")
        gestart = today - timedelta(days=int(spec["gestart"]))
        concept = _op(services, gestart).formulieren.nieuw(ids[naam], str(spec["formulier"]))
        antwoorden = _antwoorden(spec["antwoorden"], today)
        if spec.get("definitief") is None:
            _op(services, gestart).formulieren.opslaan(concept.id, antwoorden)
        else:
            dag = today - timedelta(days=int(spec["definitief"]))
            _op(services, dag).formulieren.maak_definitief(concept.id, antwoorden, datum=dag)
