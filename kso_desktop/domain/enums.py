"""Enumerations of the KSO domain, with their Dutch labels."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Leefgebied(StrEnum):
    """The zes leefgebieden of the begeleidingsplan (Norm 1.3-1.8)."""

    SOCIAAL_NETWERK = "sociaal_netwerk"
    GEZONDHEID = "gezondheid"
    DAGBESTEDING = "dagbesteding"
    WONEN = "wonen"
    FINANCIEN = "financien"
    ZINGEVING = "zingeving"

    @property
    def label(self) -> str:
        return _LEEFGEBIED_LABELS[self]

    @property
    def norm(self) -> str:
        return _LEEFGEBIED_NORMEN[self]


_LEEFGEBIED_LABELS = {
    Leefgebied.SOCIAAL_NETWERK: "Sociaal netwerk",
    Leefgebied.GEZONDHEID: "Lichamelijke en psychische gezondheid",
    Leefgebied.DAGBESTEDING: "Dagbesteding",
    Leefgebied.WONEN: "Wonen",
    Leefgebied.FINANCIEN: "Financiën",
    Leefgebied.ZINGEVING: "Zingeving",
}
_LEEFGEBIED_NORMEN = {
    Leefgebied.SOCIAAL_NETWERK: "1.3",
    Leefgebied.GEZONDHEID: "1.4",
    Leefgebied.DAGBESTEDING: "1.5",
    Leefgebied.WONEN: "1.6",
    Leefgebied.FINANCIEN: "1.7",
    Leefgebied.ZINGEVING: "1.8",
}


class Niveau(StrEnum):
    """The three levels of zelfredzaamheid (Norm 1.1c)."""

    ZIJN = "zijn"
    WORDEN = "worden"
    PRESTEREN = "presteren"

    @property
    def label(self) -> str:
        return self.value.capitalize()

    @property
    def vraag(self) -> str:
        """The question each level asks in the plan, in the words of Norm 1.1c."""
        return _NIVEAU_VRAGEN[self]


_NIVEAU_VRAGEN = {
    Niveau.ZIJN: "Wie is de jongere en waar staat de jongere nu?",
    Niveau.WORDEN: "Wat is belangrijk voor de jongere en wat wil de jongere worden?",
    Niveau.PRESTEREN: "Welke vaardigheden heeft de jongere, wat is nodig om te groeien en hoe gaat dat?",
}


class GesprekType(StrEnum):
    """Tweegesprek: jongere + woonbegeleider (1.1b). Driegesprek: + jeugdbeschermer (1.2)."""

    TWEEGESPREK = "tweegesprek"
    DRIEGESPREK = "driegesprek"

    @property
    def label(self) -> str:
        return self.value.capitalize()


@dataclass(frozen=True, slots=True)
class LocatieProfiel:
    """What the draaiboek says about a type of location."""

    label: str
    omschrijving: str
    min_jongeren: int
    max_jongeren: int
    min_uren_per_jongere_per_week: float | None  # None: 24/7 staff on site
    begeleiding: str


class LocatieType(StrEnum):
    """Kinderwoongroep and kleinschalige wooneenheden (draaiboek KSO)."""

    KWG = "KWG"
    KWE = "KWE"
    KWE_PLUS = "KWE+"

    @property
    def profiel(self) -> LocatieProfiel:
        return _LOCATIE_PROFIELEN[self]

    @property
    def label(self) -> str:
        return self.profiel.label


_LOCATIE_PROFIELEN = {
    LocatieType.KWG: LocatieProfiel("KWG", "Kinderwoongroep", 9, 12, None, "24/7 begeleiding"),
    LocatieType.KWE: LocatieProfiel(
        "KWE",
        "Kleinschalige wooneenheid",
        3,
        5,
        7.0,
        "minimaal 7 uur begeleiding per jongere per week, 24/7 bereikbaar",
    ),
    LocatieType.KWE_PLUS: LocatieProfiel(
        "KWE+",
        "Kleinschalige wooneenheid +",
        6,
        8,
        11.25,
        "minimaal 11,25 uur begeleiding per jongere per week, 24/7 bereikbaar",
    ),
}


class Rol(StrEnum):
    """Roles of medewerkers. Mentor is not a role but a relation to a jongere (mentortoewijzing)."""

    WOONBEGELEIDER = "woonbegeleider"
    TEAMLEIDER = "teamleider"
    GEDRAGSWETENSCHAPPER = "gedragswetenschapper"
    ADMIN = "admin"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class GebeurtenisSoort(StrEnum):
    """Things that happened and that the kwaliteitskader deadlines count from.

    Recorded by hand for what happened before the app was used (or on paper); later parts of the app
    (plan vaststellen, driegesprek-verslag) record them as they happen.
    """

    BEGELEIDINGSPLAN_VASTGESTELD = "begeleidingsplan_vastgesteld"
    DRIEGESPREK = "driegesprek"
    TOEKOMSTPERSPECTIEF_BESPROKEN = "toekomstperspectief_besproken"
    VO_EVALUATIE = "vo_evaluatie"

    @property
    def label(self) -> str:
        return _GEBEURTENIS_LABELS[self]

    @property
    def norm(self) -> str:
        return _GEBEURTENIS_NORMEN[self]


_GEBEURTENIS_LABELS = {
    GebeurtenisSoort.BEGELEIDINGSPLAN_VASTGESTELD: "Begeleidingsplan vastgesteld",
    GebeurtenisSoort.DRIEGESPREK: "Driegesprek gehouden",
    GebeurtenisSoort.TOEKOMSTPERSPECTIEF_BESPROKEN: "Toekomstperspectief besproken",
    GebeurtenisSoort.VO_EVALUATIE: "Verlengde Opvang geëvalueerd",
}
_GEBEURTENIS_NORMEN = {
    GebeurtenisSoort.BEGELEIDINGSPLAN_VASTGESTELD: "1.1a",
    GebeurtenisSoort.DRIEGESPREK: "1.2b",
    GebeurtenisSoort.TOEKOMSTPERSPECTIEF_BESPROKEN: "1.9a",
    GebeurtenisSoort.VO_EVALUATIE: "1.10c",
}


class SyncState(StrEnum):
    """Where a record stands with the portal (see sync-protocol §5.2)."""

    LOCAL = "local"  # made here, never sent
    PENDING = "pending"  # changed here since the last sync
    SYNCED = "synced"
    CONFLICT = "conflict"
