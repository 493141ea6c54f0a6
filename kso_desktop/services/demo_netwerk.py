"""The demo sociaal netwerken (``resources/demo/netwerk.json``), made through the NetwerkService."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from kso_desktop.domain.netwerk import Betekenis, Cirkel, Contact, Netwerk, Persoon, Sector
from kso_desktop.paths import resources_dir
from kso_desktop.services.context import Context
from kso_desktop.services.netwerk import NetwerkService
from kso_desktop.storage import models as m

NETWERK_FILE = "demo/netwerk.json"


def netwerk_definition(path: Path | None = None) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((path or resources_dir() / NETWERK_FILE).read_text(encoding="utf-8"))
    return data


def _op(ctx: Context, dag: date) -> NetwerkService:
    """A service on the same store and actor whose clock says ``dag`` 12:00 UTC."""
    moment = datetime.combine(dag, time(12), tzinfo=UTC)
    return NetwerkService(Context(ctx.store, ctx.actor, clock=lambda: moment))


def load_demo_netwerken(ctx: Context, *, today: date, data: Mapping[str, Any] | None = None) -> None:
    """Make every network version of the demo on the day it was made in the story."""
    data = netwerk_definition() if data is None else data
    with ctx.store.read() as s:
        rows = s.execute(select(m.Jongere.voornaam, m.Jongere.achternaam, m.Jongere.id))
        ids = {f"{voornaam} {achternaam}": jid for voornaam, achternaam, jid in rows}
    for netwerk in data["netwerken"]:
        naam = str(netwerk["jongere"])
        if naam not in ids:
            raise ValueError(f"{NETWERK_FILE}: jongere '{naam}' staat niet in de demo.")
        persoon_ids: dict[str, str] = {}
        for spec in netwerk["versies"]:
            gestart = today - timedelta(days=int(spec["gestart"]))
            personen = tuple(_persoon(p, persoon_ids) for p in spec["personen"])
            _op(ctx, gestart).opslaan(ids[naam], Netwerk(personen))
            if spec.get("vastgesteld") is not None:
                dag = today - timedelta(days=int(spec["vastgesteld"]))
                _op(ctx, dag).vaststellen(ids[naam], dag)


def _persoon(p: Mapping[str, Any], persoon_ids: dict[str, str]) -> Persoon:
    sleutel = str(p["sleutel"])
    nieuw = Persoon.nieuw(
        str(p["naam"]),
        Sector(p["sector"]),
        Cirkel(p["cirkel"]),
        relatie=str(p.get("relatie", "")),
        woonplaats=str(p.get("woonplaats", "")),
        contact=Contact(p.get("contact", "onbekend")),
        betekenis=Betekenis(p.get("betekenis", "neutraal")),
        notitie=str(p.get("notitie", "")),
    )
    if sleutel in persoon_ids:  # the same person as in the previous version
        return dataclasses.replace(nieuw, id=persoon_ids[sleutel])
    persoon_ids[sleutel] = nieuw.id
    return nieuw
