"""Frozen value objects that services take and return: the GUI and CLI never see ORM rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from kso_desktop.domain.dates import leeftijd
from kso_desktop.domain.enums import GebeurtenisSoort, LocatieType, Rol
from kso_desktop.domain.rules import DueItem


@dataclass(frozen=True, slots=True)
class LocatieGegevens:
    naam: str
    type: LocatieType
    plaats: str = ""
    adres: str = ""
    telefoon: str = ""


@dataclass(frozen=True, slots=True)
class Locatie:
    id: str
    gegevens: LocatieGegevens
    aantal_jongeren: int = 0

    @property
    def naam(self) -> str:
        return self.gegevens.naam

    @property
    def label(self) -> str:
        g = self.gegevens
        return f"{g.naam} ({g.type.value}{', ' + g.plaats if g.plaats else ''})"


@dataclass(frozen=True, slots=True)
class MedewerkerGegevens:
    naam: str
    rol: Rol
    email: str = ""
    telefoon: str = ""
    actief: bool = True
    locatie_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Medewerker:
    id: str
    gegevens: MedewerkerGegevens

    @property
    def naam(self) -> str:
        return self.gegevens.naam


@dataclass(frozen=True, slots=True)
class JongereGegevens:
    """Everything about a jongere a medewerker types in the dossier form."""

    voornaam: str
    achternaam: str
    geboortedatum: date
    locatie_id: str
    plaatsing: date
    kennismaking: date | None = None
    vertrek: date | None = None
    roepnaam: str = ""
    geboorteland: str = ""
    talen: tuple[str, ...] = ()
    telefoon: str = ""
    verlengde_opvang_start: date | None = None
    jeugdbeschermer_naam: str = ""
    jeugdbeschermer_telefoon: str = ""
    jeugdbeschermer_email: str = ""
    notities: str = ""

    @property
    def naam(self) -> str:
        voor = self.roepnaam or self.voornaam
        return f"{voor} {self.achternaam}".strip()


@dataclass(frozen=True, slots=True)
class MentorPeriode:
    id: str
    medewerker_id: str
    medewerker_naam: str
    van: date
    tot: date | None
    reden: str
    vastgelegd_door: str
    #: Mentor today: started on or before today and not yet ended. A period that starts later is planned.
    huidig: bool = False


@dataclass(frozen=True, slots=True)
class Gebeurtenis:
    """A recorded event the deadlines count from (a plan vastgesteld, a driegesprek held, ...)."""

    id: str
    soort: GebeurtenisSoort
    datum: date
    notitie: str
    vastgelegd_door: str


@dataclass(frozen=True, slots=True)
class Jongere:
    """A jongere's dossier as the app shows it."""

    id: str
    gegevens: JongereGegevens
    locatie_naam: str
    mentoren: tuple[MentorPeriode, ...] = ()
    gebeurtenissen: tuple[Gebeurtenis, ...] = ()
    due: tuple[DueItem, ...] = ()
    bijgewerkt: datetime | None = None

    @property
    def naam(self) -> str:
        return self.gegevens.naam

    @property
    def mentor(self) -> MentorPeriode | None:
        return next((m for m in self.mentoren if m.huidig), None)

    def leeftijd(self, op: date) -> int:
        return leeftijd(self.gegevens.geboortedatum, op)


@dataclass(frozen=True, slots=True)
class JongereRegel:
    """One row of the jongeren list of a location."""

    id: str
    naam: str
    geboortedatum: date
    leeftijd: int
    locatie: str
    mentor: str
    jeugdbeschermer: str
    volgende: DueItem | None


@dataclass(frozen=True, slots=True)
class Wijziging:
    veld: str
    oud: str | None
    nieuw: str | None


@dataclass(frozen=True, slots=True)
class AuditRegel:
    tijd: datetime  # UTC
    medewerker: str
    actie: str
    entiteit: str
    entiteit_id: str
    jongere_id: str | None
    wijzigingen: tuple[Wijziging, ...] = field(default=())
