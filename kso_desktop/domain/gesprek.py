"""Tweegesprekken and driegesprekken: what was discussed, agreed and reported (Norm 1.1b, 1.2a-d, 3.3a).

A gesprek is a document (like a plan version): a concept until it is saved as definitief; a definitief
driegesprek-verslag never changes again, a correction is a new version that points to the one it replaces.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from kso_desktop.domain.enums import GesprekType, Leefgebied
from kso_desktop.domain.plan import ActieWie
from kso_desktop.domain.validation import (
    MAX_KORT,
    MAX_TEKST,
    Code,
    Problem,
    check_text,
    clean_text,
    problem,
)

MAX_VERSLAG = 20_000


class GesprekStatus(StrEnum):
    CONCEPT = "concept"
    DEFINITIEF = "definitief"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class DeelnemerRol(StrEnum):
    JONGERE = "jongere"
    WOONBEGELEIDER = "woonbegeleider"
    JEUGDBESCHERMER = "jeugdbeschermer"
    TOLK = "tolk"
    ANDERS = "anders"

    @property
    def label(self) -> str:
        return self.value.capitalize()


@dataclass(frozen=True, slots=True)
class Deelnemer:
    rol: DeelnemerRol
    naam: str = ""


@dataclass(frozen=True, slots=True)
class Onderwerp:
    """A topic; the jongere's own topics are marked so their influence shows (Norm 1.2a, 3.3a)."""

    tekst: str
    van_jongere: bool = False


@dataclass(frozen=True, slots=True)
class Afspraak:
    """Who does what by when. An afspraak without an owner is not an afspraak."""

    wie: ActieWie
    wat: str
    wanneer: date | None = None
    gedaan: bool = False
    leefgebied: Leefgebied | None = None  # in a driegesprek afspraken are made per leefgebied (1.2c)


@dataclass(frozen=True, slots=True)
class DoelVoortgang:
    """Progress on a goal of the begeleidingsplan, noted in this gesprek."""

    doel_id: str
    doel_titel: str
    tekst: str


@dataclass(frozen=True, slots=True)
class LeefgebiedBespreking:
    """Per leefgebied in a driegesprek: how the goals were evaluated (Norm 1.2c)."""

    leefgebied: Leefgebied
    evaluatie: str = ""


@dataclass(frozen=True, slots=True)
class GesprekInhoud:
    deelnemers: tuple[Deelnemer, ...] = ()
    onderwerpen: tuple[Onderwerp, ...] = ()
    leefgebieden: tuple[Leefgebied, ...] = ()
    notities: str = ""
    afspraken: tuple[Afspraak, ...] = ()
    voortgang: tuple[DoelVoortgang, ...] = ()
    voorbereiding: str = ""  # the jongere's own preparation (driegesprek, 1.2a)
    besprekingen: tuple[LeefgebiedBespreking, ...] = ()
    verslag: str = ""

    def met(self, **changes: Any) -> GesprekInhoud:
        return dataclasses.replace(self, **changes)

    def heeft(self, rol: DeelnemerRol) -> bool:
        return any(d.rol == rol for d in self.deelnemers)

    def zoektekst(self) -> str:
        """All free text of the gesprek, for the full-text index."""
        delen = [
            self.notities,
            self.voorbereiding,
            self.verslag,
            *(o.tekst for o in self.onderwerpen),
            *(a.wat for a in self.afspraken),
            *(v.tekst for v in self.voortgang),
            *(b.evaluatie for b in self.besprekingen),
        ]
        return "\n".join(d for d in delen if d)


@dataclass(frozen=True, slots=True)
class Gesprek:
    id: str
    jongere_id: str
    soort: GesprekType
    moment: datetime  # UTC
    status: GesprekStatus
    inhoud: GesprekInhoud
    auteur: str
    rev: int
    vervangt_id: str | None = None
    vervangen_door_id: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)

    @property
    def definitief(self) -> bool:
        return self.status == GesprekStatus.DEFINITIEF


def clean_gesprek(inhoud: GesprekInhoud) -> GesprekInhoud:
    return GesprekInhoud(
        deelnemers=tuple(dataclasses.replace(d, naam=clean_text(d.naam)) for d in inhoud.deelnemers),
        onderwerpen=tuple(
            dataclasses.replace(o, tekst=clean_text(o.tekst))
            for o in inhoud.onderwerpen
            if clean_text(o.tekst)
        ),
        leefgebieden=tuple(dict.fromkeys(inhoud.leefgebieden)),
        notities=clean_text(inhoud.notities),
        afspraken=tuple(dataclasses.replace(a, wat=clean_text(a.wat)) for a in inhoud.afspraken),
        voortgang=tuple(
            dataclasses.replace(v, tekst=clean_text(v.tekst)) for v in inhoud.voortgang if clean_text(v.tekst)
        ),
        voorbereiding=clean_text(inhoud.voorbereiding),
        besprekingen=tuple(
            dataclasses.replace(b, evaluatie=clean_text(b.evaluatie)) for b in inhoud.besprekingen
        ),
        verslag=clean_text(inhoud.verslag),
    )


def check_gesprek(
    soort: GesprekType,
    moment: date,
    inhoud: GesprekInhoud,
    *,
    vandaag: date,
    plaatsing: date,
    definitief: bool,
) -> list[Problem]:
    """Every problem in a (cleaned) gesprek; ``definitief`` adds what a finished record needs."""
    problems: list[Problem] = []
    if moment > vandaag:
        problems.append(problem(Code.DATUM_IN_TOEKOMST, "Datum van het gesprek"))
    if moment < plaatsing:
        problems.append(
            problem(Code.DATUM_VOOR_PLAATSING, "Datum van het gesprek", datum=f"{plaatsing:%d-%m-%Y}")
        )
    if soort == GesprekType.DRIEGESPREK and not inhoud.heeft(DeelnemerRol.JEUGDBESCHERMER):
        problems.append(problem(Code.DRIEGESPREK_ZONDER_JEUGDBESCHERMER))
    for d in inhoud.deelnemers:
        problems += check_text(f"Deelnemer ({d.rol.label})", d.naam, MAX_KORT)
    for o in inhoud.onderwerpen:
        problems += check_text("Onderwerp", o.tekst, MAX_KORT)
    for nummer, a in enumerate(inhoud.afspraken, start=1):
        problems += check_text(f"Afspraak {nummer}", a.wat, MAX_KORT, required=True)
    problems += check_text("Notities", inhoud.notities, MAX_TEKST)
    problems += check_text("Voorbereiding van de jongere", inhoud.voorbereiding, MAX_TEKST)
    for v in inhoud.voortgang:
        problems += check_text(f"Voortgang op '{v.doel_titel}'", v.tekst, MAX_TEKST)
    for b in inhoud.besprekingen:
        problems += check_text(f"Evaluatie {b.leefgebied.label}", b.evaluatie, MAX_TEKST)
    problems += check_text("Verslag", inhoud.verslag, MAX_VERSLAG)
    if definitief and soort == GesprekType.DRIEGESPREK and not inhoud.verslag:
        problems.append(problem(Code.VERPLICHT, "Het verslag van het driegesprek"))
    if definitief and soort == GesprekType.TWEEGESPREK and not (inhoud.notities or inhoud.onderwerpen):
        problems.append(problem(Code.VERPLICHT, "Wat er besproken is (notities of onderwerpen)"))
    return problems


# -- JSON form (storage, sync and search) ------------------------------------------------------------


def _d(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _p(value: str | None) -> date | None:
    return None if not value else date.fromisoformat(value)


def gesprek_to_json(inhoud: GesprekInhoud) -> dict[str, Any]:
    return {
        "deelnemers": [{"rol": d.rol.value, "naam": d.naam} for d in inhoud.deelnemers],
        "onderwerpen": [{"tekst": o.tekst, "van_jongere": o.van_jongere} for o in inhoud.onderwerpen],
        "leefgebieden": [lg.value for lg in inhoud.leefgebieden],
        "notities": inhoud.notities,
        "afspraken": [
            {
                "wie": a.wie.value,
                "wat": a.wat,
                "wanneer": _d(a.wanneer),
                "gedaan": a.gedaan,
                "leefgebied": a.leefgebied.value if a.leefgebied else None,
            }
            for a in inhoud.afspraken
        ],
        "voortgang": [
            {"doel_id": v.doel_id, "doel_titel": v.doel_titel, "tekst": v.tekst} for v in inhoud.voortgang
        ],
        "voorbereiding": inhoud.voorbereiding,
        "besprekingen": [
            {"leefgebied": b.leefgebied.value, "evaluatie": b.evaluatie} for b in inhoud.besprekingen
        ],
        "verslag": inhoud.verslag,
    }


def gesprek_from_json(data: Mapping[str, Any]) -> GesprekInhoud:
    return GesprekInhoud(
        deelnemers=tuple(
            Deelnemer(DeelnemerRol(d["rol"]), d.get("naam", "")) for d in data.get("deelnemers", [])
        ),
        onderwerpen=tuple(
            Onderwerp(o["tekst"], bool(o.get("van_jongere"))) for o in data.get("onderwerpen", [])
        ),
        leefgebieden=tuple(Leefgebied(k) for k in data.get("leefgebieden", [])),
        notities=data.get("notities", ""),
        afspraken=tuple(
            Afspraak(
                ActieWie(a["wie"]),
                a["wat"],
                _p(a.get("wanneer")),
                bool(a.get("gedaan")),
                Leefgebied(a["leefgebied"]) if a.get("leefgebied") else None,
            )
            for a in data.get("afspraken", [])
        ),
        voortgang=tuple(
            DoelVoortgang(v["doel_id"], v.get("doel_titel", ""), v["tekst"])
            for v in data.get("voortgang", [])
        ),
        voorbereiding=data.get("voorbereiding", ""),
        besprekingen=tuple(
            LeefgebiedBespreking(Leefgebied(b["leefgebied"]), b.get("evaluatie", ""))
            for b in data.get("besprekingen", [])
        ),
        verslag=data.get("verslag", ""),
    )
