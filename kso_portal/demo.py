"""``kso-portal demo``: the fictional organisation of the desktop demo (resources/demo/demo.json) as a
portal, with an account for every medewerker, every jeugdbeschermer and the beheerder."""

from __future__ import annotations

import json
import re
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import select

from kso_desktop.paths import resources_dir
from kso_portal import admin
from kso_portal import models as m
from kso_portal.db import Database
from kso_portal.schemas import sha256_of

DEMO_FILE = "demo/demo.json"
#: Demo ids are derived from names, so every demo portal has the same ids (handy in docs and tests).
_NAMESPACE = uuid.UUID("6f1d3c2e-5b7a-4e0f-9c1d-2a3b4c5d6e7f")


def demo_id(kind: str, key: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"{kind}:{key}"))


@dataclass(frozen=True, slots=True)
class DemoAccount:
    username: str
    password: str
    rol: str


def _days(today: date, value: int | None) -> str | None:
    return None if value is None else (today - timedelta(days=value)).isoformat()


def _username(email: str, naam: str) -> str:
    local = email.split("@", 1)[0] if email else naam
    return re.sub(r"[^a-z0-9.]+", "", local.lower()) or "gebruiker"


def load_demo(db: Database, *, today: date | None = None, path: Path | None = None) -> list[DemoAccount]:
    data: dict[str, Any] = json.loads((path or resources_dir() / DEMO_FILE).read_text(encoding="utf-8"))
    day = today or datetime.now(UTC).date()
    now = datetime.now(UTC)
    accounts: list[DemoAccount] = []
    with db.write() as s:
        if s.get(m.Organisatie, demo_id("organisatie", data["organisatie"])) is not None:
            raise admin.AdminError("De demo-organisatie staat al in deze database.")
        org = admin.add_organisatie(s, data["organisatie"], id_=demo_id("organisatie", data["organisatie"]))
        locaties = {
            loc["sleutel"]: admin.add_locatie(
                s, org.id, loc["naam"], loc["type"], id_=demo_id("locatie", loc["sleutel"])
            ).id
            for loc in data["locaties"]
        }

        def account(username: str, naam: str, rol: str, locs: list[str], key: str) -> None:
            password = secrets.token_urlsafe(9)
            admin.add_user(
                s,
                org.id,
                username=username,
                naam=naam,
                rol=rol,
                password=password,
                locatie_ids=locs,
                id_=demo_id("user", key),
            )
            accounts.append(DemoAccount(username, password, rol))

        for w in data["medewerkers"]:
            rol = w["rol"] if w["rol"] in ("admin", "teamleider", "gedragswetenschapper") else "medewerker"
            account(w["sleutel"], w["naam"], rol, [locaties[k] for k in w["locaties"]], w["sleutel"])

        # One account per jeugdbeschermer, following the locations of their jongeren.
        beschermers: dict[str, tuple[str, set[str]]] = {}
        for j in data["jongeren"]:
            naam, _tel, mail = j["jeugdbeschermer"]
            beschermers.setdefault(naam, (mail, set()))[1].add(locaties[j["locatie"]])
        for naam, (mail, locs) in sorted(beschermers.items()):
            account(_username(mail, naam), naam, "jeugdbeschermer", sorted(locs), "jb:" + naam)

        version = int(org.version) + 1
        org.version = version
        for j in data["jongeren"]:
            jaren, maanden, dagen = j["leeftijd"]
            jb_naam, jb_tel, jb_mail = j["jeugdbeschermer"]
            jongere_id = demo_id("jongere", f"{j['voornaam']} {j['achternaam']}")
            payload = {
                "id": jongere_id,
                "locatie_id": locaties[j["locatie"]],
                "voornaam": j["voornaam"],
                "achternaam": j["achternaam"],
                "roepnaam": j.get("roepnaam", ""),
                "geboortedatum": (day - relativedelta(years=jaren, months=maanden, days=dagen)).isoformat(),
                "geboorteland": j["geboorteland"],
                "talen": list(j["talen"]),
                "telefoon": "",
                "plaatsing": _days(day, j["plaatsing"]),
                "kennismaking": _days(day, j.get("kennismaking")),
                "vertrek": _days(day, j.get("vertrek")),
                "verlengde_opvang_start": _days(day, j.get("verlengde_opvang")),
                "jeugdbeschermer_naam": jb_naam,
                "jeugdbeschermer_telefoon": jb_tel,
                "jeugdbeschermer_email": jb_mail,
                "notities": "",
                "deleted_at": None,
            }
            s.add(
                m.Record(
                    organisatie_id=org.id,
                    uuid=jongere_id,
                    type="jongere",
                    jongere_id=jongere_id,
                    locatie_id=locaties[j["locatie"]],
                    version=version,
                    payload=payload,
                    payload_sha256=sha256_of(payload),
                    author="demo",
                    pushed_by=None,
                    updated_at=now,
                )
            )
        s.flush()
        assert s.scalars(select(m.Record.uuid)).first() is not None
    return accounts
