"""The fictional demo organisation from ``resources/demo/demo.json``, loaded on first use.

Dates in the file are relative to the day the demo is made, so the demo never looks stale.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import select

from kso_desktop.domain.entities import JongereGegevens, LocatieGegevens, MedewerkerGegevens
from kso_desktop.domain.enums import GebeurtenisSoort, LocatieType, Rol
from kso_desktop.paths import resources_dir
from kso_desktop.services.context import AMSTERDAM, Actor, Context
from kso_desktop.services.demo_formulieren import load_demo_formulieren
from kso_desktop.services.demo_netwerk import load_demo_netwerken
from kso_desktop.services.demo_plannen import load_demo_plannen
from kso_desktop.services.registry import Services
from kso_desktop.storage import models as m
from kso_desktop.storage.engine import Store
from kso_desktop.storage.meta import set_meta

DEMO_FILE = "demo/demo.json"
DEMO_ACTOR = Actor(None, "Demo-import", "00000000-0000-4000-8000-000000000000")


def demo_definition(path: Path | None = None) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((path or resources_dir() / DEMO_FILE).read_text(encoding="utf-8"))
    return data


def ensure_demo_data(store: Store, *, today: date | None = None) -> bool:
    """Fill an empty database with the demo organisation. Returns False when it already had data."""
    with store.read() as s:
        if s.scalars(select(m.Organisatie.id)).first() is not None:
            return False
    load_demo(store, demo_definition(), today=today)
    return True


def _days(today: date, value: int | None) -> date | None:
    return None if value is None else today - timedelta(days=value)


def load_demo(store: Store, data: dict[str, Any], *, today: date | None = None) -> Services:
    clock_day = today or datetime.now(UTC).astimezone(AMSTERDAM).date()
    services = Services.create(Context(store, DEMO_ACTOR))
    org_id = services.organisatie.organisatie_id()
    with store.write() as s:
        org = s.get(m.Organisatie, org_id)
        assert org is not None
        org.naam = data["organisatie"]
    locaties = {
        loc["sleutel"]: services.organisatie.add_locatie(
            LocatieGegevens(
                naam=loc["naam"],
                type=LocatieType(loc["type"]),
                plaats=loc["plaats"],
                adres=loc["adres"],
                telefoon=loc["telefoon"],
            )
        ).id
        for loc in data["locaties"]
    }
    medewerkers = {
        w["sleutel"]: services.organisatie.add_medewerker(
            MedewerkerGegevens(
                naam=w["naam"],
                rol=Rol(w["rol"]),
                email=w["email"],
                telefoon=w["telefoon"],
                locatie_ids=tuple(locaties[k] for k in w["locaties"]),
            )
        ).id
        for w in data["medewerkers"]
    }
    services.toegang.zet_demo_pincodes(list(medewerkers.values()))  # README: demo pincode 246810
    for j in data["jongeren"]:
        jaren, maanden, dagen = j["leeftijd"]
        geboren = clock_day - relativedelta(years=jaren, months=maanden, days=dagen)
        jb_naam, jb_tel, jb_mail = j["jeugdbeschermer"]
        mentoren = j["mentoren"]
        jongere = services.jongeren.add(
            JongereGegevens(
                voornaam=j["voornaam"],
                achternaam=j["achternaam"],
                roepnaam=j.get("roepnaam", ""),
                geboortedatum=geboren,
                locatie_id=locaties[j["locatie"]],
                plaatsing=_days(clock_day, j["plaatsing"]) or clock_day,
                kennismaking=_days(clock_day, j.get("kennismaking")),
                vertrek=_days(clock_day, j.get("vertrek")),
                verlengde_opvang_start=_days(clock_day, j.get("verlengde_opvang")),
                geboorteland=j["geboorteland"],
                talen=tuple(j["talen"]),
                jeugdbeschermer_naam=jb_naam,
                jeugdbeschermer_telefoon=jb_tel,
                jeugdbeschermer_email=jb_mail,
            )
        )
        for soort, dagen_geleden in j.get("gebeurtenissen", []):
            datum = _days(clock_day, dagen_geleden)
            assert datum is not None
            services.jongeren.record_event(jongere.id, GebeurtenisSoort(soort), datum)
        for mentor in mentoren:
            sleutel, dagen_geleden, *reden = mentor
            ingang = _days(clock_day, dagen_geleden)
            assert ingang is not None
            services.jongeren.change_mentor(
                jongere.id, medewerkers[sleutel], ingang, reden[0] if reden else "Eerste mentor"
            )
    load_demo_plannen(services, today=clock_day)
    load_demo_netwerken(services.ctx, today=clock_day)
    load_demo_formulieren(services, today=clock_day)
    with store.write() as s:
        set_meta(s, "demo", "1")
        set_meta(s, "medewerker_id", medewerkers[data["actieve_medewerker"]])
    return services
