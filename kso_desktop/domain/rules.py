"""Deadlines and milestones from the kwaliteitskader, as pure functions of a jongere's dates.

Every rule returns :class:`DueItem` values that carry the reason in Dutch and the norm they come from,
so the screens can always say *why* something is due.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from kso_desktop.domain.dates import ZES_WEKEN, add_months, birthday
from kso_desktop.domain.enums import GebeurtenisSoort
from kso_desktop.domain.text import datum_lang

#: Milestones further ahead than this are left off the lists (they would only be noise).
MIJLPAAL_HORIZON = timedelta(days=183)
#: Items due within this many days count as "binnenkort".
BINNENKORT = timedelta(days=14)
#: Norm 1.2d asks for the verslag and the updated plan in the portal after every driegesprek but names no
#: number of days; two weeks is this app's reading, so it shows as due soon rather than at once.
PORTAAL_TERMIJN = timedelta(days=14)


class DueKind(StrEnum):
    BEGELEIDINGSPLAN = "begeleidingsplan"
    DRIEGESPREK = "driegesprek"
    TOEKOMSTPERSPECTIEF = "toekomstperspectief"
    PLAN_VERLENGDE_OPVANG = "plan_verlengde_opvang"
    ACHTTIEN = "achttien"
    VO_EVALUATIE = "vo_evaluatie"
    VO_EINDE = "vo_einde"
    VERSLAG_PORTAAL = "verslag_portaal"
    PLAN_PORTAAL = "plan_portaal"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]

    @property
    def afgerond_door(self) -> GebeurtenisSoort | None:
        """The event that settles this item, if recording one does (turning 18 is not a task)."""
        return _AFGEROND_DOOR.get(self)


_KIND_LABELS = {
    DueKind.BEGELEIDINGSPLAN: "Begeleidingsplan opstellen",
    DueKind.DRIEGESPREK: "Driegesprek",
    DueKind.TOEKOMSTPERSPECTIEF: "Toekomstperspectief bespreken",
    DueKind.PLAN_VERLENGDE_OPVANG: "Plan voor Verlengde Opvang",
    DueKind.ACHTTIEN: "18 jaar",
    DueKind.VO_EVALUATIE: "Evaluatie Verlengde Opvang",
    DueKind.VO_EINDE: "Einde Verlengde Opvang (21 jaar)",
    DueKind.VERSLAG_PORTAAL: "Driegesprek-verslag naar het portaal",
    DueKind.PLAN_PORTAAL: "Begeleidingsplan naar het portaal",
}


_AFGEROND_DOOR = {
    DueKind.BEGELEIDINGSPLAN: GebeurtenisSoort.BEGELEIDINGSPLAN_VASTGESTELD,
    DueKind.PLAN_VERLENGDE_OPVANG: GebeurtenisSoort.BEGELEIDINGSPLAN_VASTGESTELD,
    DueKind.DRIEGESPREK: GebeurtenisSoort.DRIEGESPREK,
    DueKind.TOEKOMSTPERSPECTIEF: GebeurtenisSoort.TOEKOMSTPERSPECTIEF_BESPROKEN,
    DueKind.VO_EVALUATIE: GebeurtenisSoort.VO_EVALUATIE,
}


class Urgentie(StrEnum):
    TE_LAAT = "te_laat"
    BINNENKORT = "binnenkort"
    GEPLAND = "gepland"

    @property
    def label(self) -> str:
        return {"te_laat": "Te laat", "binnenkort": "Binnenkort", "gepland": "Gepland"}[self.value]


@dataclass(frozen=True, slots=True)
class DueItem:
    """Something the kwaliteitskader asks for by a date, with the reason and the norm."""

    kind: DueKind
    due: date
    reason: str
    norm: str

    def urgentie(self, today: date) -> Urgentie:
        if self.due < today:
            return Urgentie.TE_LAAT
        if self.due - today <= BINNENKORT:
            return Urgentie.BINNENKORT
        return Urgentie.GEPLAND

    def kort(self) -> str:
        """One line for lists: ``Driegesprek vóór 14-03-2026``."""
        return f"{self.kind.label} ({self.due:%d-%m-%Y})"


@dataclass(frozen=True, slots=True)
class JongereFacts:
    """The dates the rules look at. Later parts of the app (plans, gesprekken) fill in their dates."""

    geboortedatum: date
    plaatsing: date
    kennismaking: date | None = None
    vertrek: date | None = None
    plan_vastgesteld: tuple[date, ...] = ()
    driegesprekken: tuple[date, ...] = ()
    toekomstperspectief_besproken: date | None = None
    verlengde_opvang_start: date | None = None
    vo_evaluaties: tuple[date, ...] = field(default=())
    verslagen_niet_in_portaal: tuple[date, ...] = ()
    plan_niet_in_portaal: date | None = None

    @classmethod
    def from_events(
        cls,
        *,
        geboortedatum: date,
        plaatsing: date,
        kennismaking: date | None,
        vertrek: date | None,
        verlengde_opvang_start: date | None,
        events: Iterable[tuple[GebeurtenisSoort, date]],
        verslagen_niet_in_portaal: Iterable[date] = (),
        plan_niet_in_portaal: date | None = None,
    ) -> JongereFacts:
        """Facts from a jongere's dates and recorded events (a definitief driegesprek is one too)."""
        by_kind: dict[GebeurtenisSoort, list[date]] = {s: [] for s in GebeurtenisSoort}
        for soort, day in events:
            by_kind[soort].append(day)
        besproken = by_kind[GebeurtenisSoort.TOEKOMSTPERSPECTIEF_BESPROKEN]
        return cls(
            geboortedatum=geboortedatum,
            plaatsing=plaatsing,
            kennismaking=kennismaking,
            vertrek=vertrek,
            plan_vastgesteld=tuple(sorted(by_kind[GebeurtenisSoort.BEGELEIDINGSPLAN_VASTGESTELD])),
            driegesprekken=tuple(sorted(by_kind[GebeurtenisSoort.DRIEGESPREK])),
            toekomstperspectief_besproken=max(besproken) if besproken else None,
            verlengde_opvang_start=verlengde_opvang_start,
            vo_evaluaties=tuple(sorted(by_kind[GebeurtenisSoort.VO_EVALUATIE])),
            verslagen_niet_in_portaal=tuple(sorted(verslagen_niet_in_portaal)),
            plan_niet_in_portaal=plan_niet_in_portaal,
        )

    @property
    def start(self) -> date:
        """Kennismaking, or the placement day when no kennismaking was recorded."""
        return self.kennismaking or self.plaatsing

    @property
    def einde_verkenning(self) -> date:
        """End of the verkenningsfase: six weeks after kennismaking (1.1a)."""
        return self.start + ZES_WEKEN


def due_items(facts: JongereFacts, today: date) -> list[DueItem]:
    """All open items for one jongere on ``today``, earliest first."""
    if facts.vertrek is not None and facts.vertrek <= today:
        return []
    items = [
        *_begeleidingsplan(facts),
        *_driegesprek(facts),
        *_toekomstperspectief(facts, today),
        *_plan_verlengde_opvang(facts),
        *_achttien(facts, today),
        *_verlengde_opvang(facts, today),
        *_portaal(facts),
    ]
    items = [i for i in items if not _is_far_milestone(i, today)]
    return sorted(items, key=lambda i: (i.due, i.kind.value))


def next_due(facts: JongereFacts, today: date) -> DueItem | None:
    """The most urgent open item, or None."""
    items = due_items(facts, today)
    return items[0] if items else None


_MILESTONES = {DueKind.TOEKOMSTPERSPECTIEF, DueKind.PLAN_VERLENGDE_OPVANG, DueKind.ACHTTIEN, DueKind.VO_EINDE}


def _is_far_milestone(item: DueItem, today: date) -> bool:
    return item.kind in _MILESTONES and item.due - today > MIJLPAAL_HORIZON


def _portaal(f: JongereFacts) -> list[DueItem]:
    items = [
        DueItem(
            DueKind.VERSLAG_PORTAAL,
            dag + PORTAAL_TERMIJN,
            f"Het verslag van het driegesprek van {datum_lang(dag)} staat nog niet in het Nidos Portaal.",
            "1.2d",
        )
        for dag in f.verslagen_niet_in_portaal
    ]
    if f.plan_niet_in_portaal is not None:
        items.append(
            DueItem(
                DueKind.PLAN_PORTAAL,
                f.plan_niet_in_portaal + PORTAAL_TERMIJN,
                f"Het begeleidingsplan, vastgesteld op {datum_lang(f.plan_niet_in_portaal)}, "
                "staat nog niet in het Nidos Portaal.",
                "1.2d, 7.1b",
            )
        )
    return items


def _begeleidingsplan(f: JongereFacts) -> list[DueItem]:
    if f.plan_vastgesteld:
        return []
    return [
        DueItem(
            DueKind.BEGELEIDINGSPLAN,
            f.einde_verkenning,
            "Begeleidingsplan opstellen met de jongere en de jeugdbeschermer na de verkenningsfase "
            f"(zes weken na de kennismaking op {datum_lang(f.start)}).",
            "1.1a",
        )
    ]


def _driegesprek(f: JongereFacts) -> list[DueItem]:
    sinds_kennismaking = [d for d in f.driegesprekken if d >= f.start]
    if not sinds_kennismaking:
        return [
            DueItem(
                DueKind.DRIEGESPREK,
                f.einde_verkenning,
                f"Eerste driegesprek binnen zes weken na de kennismaking op {datum_lang(f.start)}.",
                "1.2b",
            )
        ]
    laatste = max(sinds_kennismaking)
    return [
        DueItem(
            DueKind.DRIEGESPREK,
            add_months(laatste, 3),
            f"Driegesprek minimaal eens in de drie maanden; het vorige was op {datum_lang(laatste)}.",
            "1.2b",
        )
    ]


def _toekomstperspectief(f: JongereFacts, today: date) -> list[DueItem]:
    zeventien = birthday(f.geboortedatum, 17)
    if f.toekomstperspectief_besproken is not None or today >= birthday(f.geboortedatum, 18):
        return []
    due = max(zeventien, f.einde_verkenning)
    reden = f"Vanaf 17 jaar ({datum_lang(zeventien)}) het toekomstperspectief na de 18e verjaardag bespreken"
    if due > zeventien:
        reden += ", uiterlijk aan het eind van de verkenningsfase"
    return [DueItem(DueKind.TOEKOMSTPERSPECTIEF, due, reden + ".", "1.9a")]


def _plan_verlengde_opvang(f: JongereFacts) -> list[DueItem]:
    zeventienhalf = birthday(f.geboortedatum, 17, 6)
    if any(d >= zeventienhalf for d in f.plan_vastgesteld):
        return []
    if birthday(f.geboortedatum, 21) <= f.start:
        return []
    due = max(zeventienhalf, f.einde_verkenning)
    reden = f"Bij 17,5 jaar ({datum_lang(zeventienhalf)}) het begeleidingsplan opstellen of bijwerken"
    if f.start > zeventienhalf:
        reden += "; de jongere kwam na 17,5 jaar, dus met het eerste plan na de verkenningsfase"
    elif due > zeventienhalf:
        reden += "; de verkenningsfase loopt tot na 17,5 jaar, dus met het eerste plan"
    return [DueItem(DueKind.PLAN_VERLENGDE_OPVANG, due, reden + ".", "1.10c")]


def _achttien(f: JongereFacts, today: date) -> list[DueItem]:
    achttien = birthday(f.geboortedatum, 18)
    if today >= achttien:
        return []
    return [
        DueItem(
            DueKind.ACHTTIEN,
            achttien,
            "De jongere wordt 18: de voogdij van de jeugdbeschermer vervalt; de keuze voor Verlengde "
            "Opvang moet gemaakt zijn.",
            "1.9, 1.10a",
        )
    ]


def _verlengde_opvang(f: JongereFacts, today: date) -> list[DueItem]:
    if f.verlengde_opvang_start is None:
        return []
    einde = birthday(f.geboortedatum, 21)
    if today >= einde:
        return []
    vanaf = max([f.verlengde_opvang_start, *f.vo_evaluaties])
    items = [
        DueItem(
            DueKind.VO_EINDE,
            einde,
            f"De Verlengde Opvang eindigt uiterlijk op de 21e verjaardag ({datum_lang(einde)}).",
            "1.10",
        )
    ]
    evaluatie = add_months(vanaf, 3)
    if evaluatie < einde:
        wat = "de vorige evaluatie" if f.vo_evaluaties else "de start van de Verlengde Opvang"
        items.append(
            DueItem(
                DueKind.VO_EVALUATIE,
                evaluatie,
                "Elke drie maanden het plan evalueren en of de Verlengde Opvang nog past; "
                f"{wat} was op {datum_lang(vanaf)}.",
                "1.10c",
            )
        )
    return items
