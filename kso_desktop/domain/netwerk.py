"""The jongere's sociaal netwerk as a bolletjesschema: people, how close they are, and two moments compared.

Norm 1.3a (map the network with the jongere, e.g. with a bolletjesschema), 5.1 (family and the wider
networks) and 2.1d (Beschermjassen: who gives strength). The jongere sits in the centre; three rings say how
close someone is; sectors say where the person belongs in the jongere's life.
"""

from __future__ import annotations

import dataclasses
import math
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from kso_desktop.domain.validation import (
    MAX_KORT,
    MAX_NAAM,
    Code,
    Problem,
    check_text,
    clean_text,
    problem,
)

#: More people than this is no longer a drawing anyone can read; the editor stays smooth well above it.
MAX_PERSONEN = 150
MAX_NOTITIE = 1000


class Sector(StrEnum):
    """Where someone belongs in the jongere's life (the slices of the drawing)."""

    FAMILIE_HIER = "familie_hier"
    FAMILIE_HERKOMST = "familie_herkomst"
    VRIENDEN = "vrienden"
    SCHOOL_WERK = "school_werk"
    SPORT_VRIJE_TIJD = "sport_vrije_tijd"
    GELOOF_GEMEENSCHAP = "geloof_gemeenschap"
    PROFESSIONALS = "professionals"

    @property
    def label(self) -> str:
        return _SECTOR_LABELS[self]

    @property
    def kort(self) -> str:
        """A short label that fits in a slice of the drawing."""
        return _SECTOR_KORT[self]


_SECTOR_LABELS = {
    Sector.FAMILIE_HIER: "Familie hier",
    Sector.FAMILIE_HERKOMST: "Familie in land van herkomst",
    Sector.VRIENDEN: "Vrienden",
    Sector.SCHOOL_WERK: "School en werk",
    Sector.SPORT_VRIJE_TIJD: "Sport en vrije tijd",
    Sector.GELOOF_GEMEENSCHAP: "Geloof en gemeenschap",
    Sector.PROFESSIONALS: "Professionals",
}
_SECTOR_KORT = {
    Sector.FAMILIE_HIER: "Familie hier",
    Sector.FAMILIE_HERKOMST: "Familie herkomst",
    Sector.VRIENDEN: "Vrienden",
    Sector.SCHOOL_WERK: "School/werk",
    Sector.SPORT_VRIJE_TIJD: "Sport/vrije tijd",
    Sector.GELOOF_GEMEENSCHAP: "Geloof/gemeenschap",
    Sector.PROFESSIONALS: "Professionals",
}


class Cirkel(StrEnum):
    """How close someone is: the rings of the drawing, from the centre out."""

    HEEL_DICHTBIJ = "heel_dichtbij"
    DICHTBIJ = "dichtbij"
    VERDER_WEG = "verder_weg"

    @property
    def label(self) -> str:
        return {"heel_dichtbij": "Heel dichtbij", "dichtbij": "Dichtbij", "verder_weg": "Verder weg"}[
            self.value
        ]

    @property
    def ring(self) -> int:
        """0 for the innermost ring."""
        return list(Cirkel).index(self)

    def stap(self, richting: int) -> Cirkel:
        """The ring ``richting`` steps further out (negative: closer), stopping at the edges."""
        rings = list(Cirkel)
        return rings[max(0, min(len(rings) - 1, self.ring + richting))]


class Contact(StrEnum):
    JA = "ja"
    NEE = "nee"
    ONBEKEND = "onbekend"

    @property
    def label(self) -> str:
        return {"ja": "Ja", "nee": "Nee", "onbekend": "Onbekend"}[self.value]


class Betekenis(StrEnum):
    """What the person means to the jongere: a source of strength (a beschermjas, 2.1d) or of worry."""

    STEUN = "steun"
    ZORG = "zorg"
    NEUTRAAL = "neutraal"

    @property
    def label(self) -> str:
        return {"steun": "Steun (beschermjas)", "zorg": "Zorg", "neutraal": "Neutraal"}[self.value]

    @property
    def teken(self) -> str:
        """A marker that reads without colour: + for strength, ! for worry."""
        return {"steun": "+", "zorg": "!", "neutraal": ""}[self.value]


@dataclass(frozen=True, slots=True)
class Persoon:
    id: str
    naam: str
    sector: Sector
    cirkel: Cirkel
    relatie: str = ""
    woonplaats: str = ""
    contact: Contact = Contact.ONBEKEND
    betekenis: Betekenis = Betekenis.NEUTRAAL
    notitie: str = ""

    @classmethod
    def nieuw(cls, naam: str, sector: Sector, cirkel: Cirkel, **kwargs: Any) -> Persoon:
        return cls(id=str(uuid.uuid4()), naam=naam, sector=sector, cirkel=cirkel, **kwargs)


@dataclass(frozen=True, slots=True)
class Netwerk:
    personen: tuple[Persoon, ...] = ()

    def persoon(self, persoon_id: str) -> Persoon:
        for p in self.personen:
            if p.id == persoon_id:
                return p
        raise KeyError(persoon_id)

    def heeft(self, persoon_id: str) -> bool:
        return any(p.id == persoon_id for p in self.personen)

    def met_persoon(self, persoon: Persoon) -> Netwerk:
        """The network with ``persoon`` added, or replacing the person with the same id."""
        if self.heeft(persoon.id):
            return Netwerk(tuple(persoon if p.id == persoon.id else p for p in self.personen))
        return Netwerk((*self.personen, persoon))

    def zonder(self, persoon_id: str) -> Netwerk:
        return Netwerk(tuple(p for p in self.personen if p.id != persoon_id))

    def verplaatst(
        self, persoon_id: str, *, cirkel: Cirkel | None = None, sector: Sector | None = None
    ) -> Netwerk:
        p = self.persoon(persoon_id)
        return self.met_persoon(dataclasses.replace(p, cirkel=cirkel or p.cirkel, sector=sector or p.sector))

    def in_vak(self, sector: Sector, cirkel: Cirkel) -> tuple[Persoon, ...]:
        return tuple(p for p in self.personen if p.sector == sector and p.cirkel == cirkel)


# -- cleaning and validation --------------------------------------------------------------------------


def clean_persoon(p: Persoon) -> Persoon:
    """Texts NFC-normalised and stripped, so pasted text stores and compares the same."""
    return dataclasses.replace(
        p,
        naam=clean_text(p.naam),
        relatie=clean_text(p.relatie),
        woonplaats=clean_text(p.woonplaats),
        notitie=clean_text(p.notitie),
    )


def clean_netwerk(netwerk: Netwerk) -> Netwerk:
    return Netwerk(tuple(clean_persoon(p) for p in netwerk.personen))


def check_persoon(p: Persoon, nummer: int | None = None) -> list[Problem]:
    """Every problem with one (cleaned) person; ``nummer`` names the person when the name is missing."""
    wie = p.naam or (f"persoon {nummer}" if nummer is not None else "de persoon")
    problems = check_text("Naam of omschrijving", p.naam, MAX_NAAM, required=True)
    if problems and nummer is not None:
        problems = [dataclasses.replace(x, veld=f"{x.veld} ({wie})") for x in problems]
    problems += check_text(f"Relatie ({wie})", p.relatie, MAX_KORT)
    problems += check_text(f"Woonplaats ({wie})", p.woonplaats, MAX_KORT)
    problems += check_text(f"Notitie ({wie})", p.notitie, MAX_NOTITIE)
    return problems


def check_netwerk(netwerk: Netwerk) -> list[Problem]:
    problems: list[Problem] = []
    if len(netwerk.personen) > MAX_PERSONEN:
        problems.append(problem(Code.NETWERK_TE_GROOT, aantal=len(netwerk.personen), max=MAX_PERSONEN))
    gezien: set[str] = set()
    for nummer, p in enumerate(netwerk.personen, start=1):
        if p.id in gezien:
            problems.append(problem(Code.DUBBEL, wat=f"Persoon {p.naam or nummer}"))
        gezien.add(p.id)
        problems += check_persoon(p, nummer)
    return problems


# -- JSON form (storage and sync payloads) --------------------------------------------------------------


def persoon_to_json(p: Persoon) -> dict[str, Any]:
    return {
        "id": p.id,
        "naam": p.naam,
        "relatie": p.relatie,
        "sector": p.sector.value,
        "cirkel": p.cirkel.value,
        "woonplaats": p.woonplaats,
        "contact": p.contact.value,
        "betekenis": p.betekenis.value,
        "notitie": p.notitie,
    }


def persoon_from_json(d: Mapping[str, Any]) -> Persoon:
    return Persoon(
        id=str(d["id"]),
        naam=str(d.get("naam", "")),
        relatie=str(d.get("relatie", "")),
        sector=Sector(d["sector"]),
        cirkel=Cirkel(d["cirkel"]),
        woonplaats=str(d.get("woonplaats", "")),
        contact=Contact(d.get("contact", Contact.ONBEKEND.value)),
        betekenis=Betekenis(d.get("betekenis", Betekenis.NEUTRAAL.value)),
        notitie=str(d.get("notitie", "")),
    )


def netwerk_to_json(netwerk: Netwerk) -> dict[str, Any]:
    return {"personen": [persoon_to_json(p) for p in netwerk.personen]}


def netwerk_from_json(data: Mapping[str, Any]) -> Netwerk:
    return Netwerk(tuple(persoon_from_json(d) for d in data.get("personen", [])))


# -- two moments compared -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Detail:
    veld: str
    oud: str
    nieuw: str


@dataclass(frozen=True, slots=True)
class Verschuiving:
    """One person in both versions: where they were and where they are now."""

    oud: Persoon
    nieuw: Persoon
    details: tuple[Detail, ...] = ()

    @property
    def naam(self) -> str:
        return self.nieuw.naam


@dataclass(frozen=True, slots=True)
class NetwerkVergelijking:
    dichterbij: tuple[Verschuiving, ...] = ()
    verder_weg: tuple[Verschuiving, ...] = ()
    nieuw: tuple[Persoon, ...] = ()
    weg: tuple[Persoon, ...] = ()
    gewijzigd: tuple[Verschuiving, ...] = ()

    @property
    def leeg(self) -> bool:
        return not (self.dichterbij or self.verder_weg or self.nieuw or self.weg or self.gewijzigd)

    def regels(self) -> list[tuple[str, str]]:
        """(kop, regel) pairs in plain Dutch, for the log, the CLI and the compare view."""
        out: list[tuple[str, str]] = []
        for v in self.dichterbij:
            out.append(("Dichterbij gekomen", f"{v.naam}: {v.oud.cirkel.label} → {v.nieuw.cirkel.label}"))
        for v in self.verder_weg:
            out.append(("Verder weg", f"{v.naam}: {v.oud.cirkel.label} → {v.nieuw.cirkel.label}"))
        for p in self.nieuw:
            out.append(("Nieuw", f"{p.naam} ({p.sector.label}, {p.cirkel.label.lower()})"))
        for p in self.weg:
            out.append(("Niet meer in het netwerk", f"{p.naam} ({p.sector.label})"))
        for v in self.gewijzigd:
            for d in v.details:
                out.append(("Gewijzigd", f"{v.naam} – {d.veld}: {d.oud or '(leeg)'} → {d.nieuw or '(leeg)'}"))
        return out


_DETAIL_VELDEN: tuple[tuple[str, str], ...] = (
    ("naam", "Naam"),
    ("relatie", "Relatie"),
    ("sector", "Sector"),
    ("woonplaats", "Woonplaats"),
    ("contact", "Contact mogelijk"),
    ("betekenis", "Betekenis"),
    ("notitie", "Notitie"),
)


def _tekst(value: object) -> str:
    label = getattr(value, "label", None)
    return str(label) if isinstance(label, str) else str(value)


def _details(a: Persoon, b: Persoon) -> tuple[Detail, ...]:
    return tuple(
        Detail(label, _tekst(getattr(a, veld)), _tekst(getattr(b, veld)))
        for veld, label in _DETAIL_VELDEN
        if getattr(a, veld) != getattr(b, veld)
    )


def vergelijk(oud: Netwerk, nieuw: Netwerk) -> NetwerkVergelijking:
    """Who came closer, who moved away, who is new, who left, and what else changed about a person."""
    voor = {p.id: p for p in oud.personen}
    na = {p.id: p for p in nieuw.personen}
    dichterbij: list[Verschuiving] = []
    verder: list[Verschuiving] = []
    gewijzigd: list[Verschuiving] = []
    for p in nieuw.personen:
        if p.id not in voor:
            continue
        o = voor[p.id]
        v = Verschuiving(o, p, _details(o, p))
        if p.cirkel.ring < o.cirkel.ring:
            dichterbij.append(v)
        elif p.cirkel.ring > o.cirkel.ring:
            verder.append(v)
        if v.details:
            gewijzigd.append(v)
    return NetwerkVergelijking(
        dichterbij=tuple(dichterbij),
        verder_weg=tuple(verder),
        nieuw=tuple(p for p in nieuw.personen if p.id not in voor),
        weg=tuple(p for p in oud.personen if p.id not in na),
        gewijzigd=tuple(gewijzigd),
    )


# -- versions as seen by the app ------------------------------------------------------------------------


class NetwerkStatus(StrEnum):
    CONCEPT = "concept"
    VASTGESTELD = "vastgesteld"

    @property
    def label(self) -> str:
        return self.value.capitalize()


@dataclass(frozen=True, slots=True)
class NetwerkVersie:
    id: str
    jongere_id: str
    versie: int
    status: NetwerkStatus
    netwerk: Netwerk
    gestart_op: date
    rev: int
    vastgesteld_op: date | None = None

    @property
    def label(self) -> str:
        if self.vastgesteld_op is not None:
            return f"Versie {self.versie}, vastgesteld {self.vastgesteld_op:%d-%m-%Y}"
        return f"Versie {self.versie}, concept sinds {self.gestart_op:%d-%m-%Y}"

    @property
    def bewerkbaar(self) -> bool:
        return self.status == NetwerkStatus.CONCEPT


# -- where people sit in the drawing (shared by the editor and the PDF) ------------------------------------

#: Radii of the ring edges as fractions of the outer radius: the centre (the jongere), then the three rings.
RING_RANDEN: tuple[float, ...] = (0.2, 0.46, 0.73, 1.0)


def sector_hoeken(sector: Sector) -> tuple[float, float]:
    """The slice of ``sector`` as (start, end) angles in degrees, counter-clockwise from east.

    The first sector starts at the top and the slices follow clockwise, as people read a clock.
    """
    span = 360.0 / len(Sector)
    i = list(Sector).index(sector)
    eind = 90.0 - i * span
    return eind - span, eind


def sector_bij_hoek(hoek: float) -> Sector:
    """The sector under an angle in degrees (counter-clockwise from east)."""
    span = 360.0 / len(Sector)
    i = int(((90.0 - hoek) % 360.0) // span)
    return list(Sector)[min(i, len(Sector) - 1)]


def cirkel_bij_straal(straal: float) -> Cirkel:
    """The ring under a radius (fraction of the outer radius); inside the centre counts as heel dichtbij."""
    for cirkel in Cirkel:
        if straal <= RING_RANDEN[cirkel.ring + 1]:
            return cirkel
    return Cirkel.VERDER_WEG


def _start_posities(netwerk: Netwerk, naam_breedte: float) -> dict[str, tuple[float, float]]:
    """A first placement per cell: side by side as far as names fit along the arc, then in rows."""
    out: dict[str, tuple[float, float]] = {}
    for sector in Sector:
        start, eind = sector_hoeken(sector)
        marge = (eind - start) * 0.06
        bereik = eind - start - 2 * marge
        for cirkel in Cirkel:
            mensen = netwerk.in_vak(sector, cirkel)
            if not mensen:
                continue
            binnen, buiten = RING_RANDEN[cirkel.ring], RING_RANDEN[cirkel.ring + 1]
            boog = (binnen + buiten) / 2 * math.radians(bereik)
            per_rij = max(1, int(boog // naam_breedte))
            rijen = -(-len(mensen) // per_rij)
            for k, p in enumerate(mensen):
                rij, kolom = divmod(k, per_rij)
                in_rij = min(per_rij, len(mensen) - rij * per_rij)
                straal = binnen + (buiten - binnen) * (rij + 0.5) / rijen
                # Rows of one sit a little left and right in turn, so stacked names do not line up.
                schuif = 0.0 if in_rij > 1 or rijen == 1 else (0.28 if rij % 2 else -0.28)
                # clockwise within the slice, as the slices themselves run
                hoek = eind - marge - bereik * ((kolom + 0.5) / in_rij + schuif)
                out[p.id] = (straal, hoek)
    return out


def posities(
    netwerk: Netwerk, teken_breedte: float = 0.022, label_hoogte: float = 0.1
) -> dict[str, tuple[float, float]]:
    """Per person id: (radius as a fraction of the outer radius, angle in degrees, counter-clockwise).

    Each person stays inside the cell of their sector and ring. Labels are boxes of ``teken_breedte``
    per letter by ``label_hoogte`` (fractions of the outer radius); boxes that overlap are pushed apart a
    few rounds, so names stay readable also where a slice runs sideways and rows lie next to each other.
    """
    plek = _start_posities(netwerk, naam_breedte=12 * teken_breedte)
    if len(netwerk.personen) < 2:
        return plek
    mensen = netwerk.personen
    breedte = {p.id: (min(len(p.naam), 18) + 2) * teken_breedte for p in mensen}
    xy = {pid: [r * math.cos(math.radians(a)), r * math.sin(math.radians(a))] for pid, (r, a) in plek.items()}
    grenzen = {}
    for p in mensen:
        start, eind = sector_hoeken(p.sector)
        marge = (eind - start) * 0.04
        binnen, buiten = RING_RANDEN[p.cirkel.ring], RING_RANDEN[p.cirkel.ring + 1]
        rand = min(0.04, (buiten - binnen) / 4)
        # In the inner ring the names keep clear of the jongere in the centre.
        binnen += label_hoogte / 2 if p.cirkel == Cirkel.HEEL_DICHTBIJ else 0.0
        grenzen[p.id] = (binnen + rand, buiten - rand, start + marge, eind - marge)
    for _ronde in range(40):
        bewogen = False
        for i, a in enumerate(mensen):
            pa = xy[a.id]
            for b in mensen[i + 1 :]:
                pb = xy[b.id]
                dx, dy = pb[0] - pa[0], pb[1] - pa[1]
                over_x = (breedte[a.id] + breedte[b.id]) / 2 - abs(dx)
                over_y = label_hoogte - abs(dy)
                if over_x <= 0 or over_y <= 0:
                    continue
                bewogen = True
                if over_y < over_x:  # the cheaper way apart
                    duw = over_y / 2 + 0.002
                    richting = 1.0 if dy >= 0 else -1.0
                    pa[1] -= richting * duw
                    pb[1] += richting * duw
                else:
                    duw = over_x / 2 + 0.002
                    richting = 1.0 if dx >= 0 else -1.0
                    pa[0] -= richting * duw
                    pb[0] += richting * duw
        for pid, (binnen, buiten, laag, hoog) in grenzen.items():
            x, y = xy[pid]
            r = min(buiten, max(binnen, math.hypot(x, y)))
            hoek = math.degrees(math.atan2(y, x))
            # angles of a slice may run below -180; bring the point's angle into the slice's range
            while hoek < laag - 180:
                hoek += 360
            while hoek > hoog + 180:
                hoek -= 360
            hoek = min(hoog, max(laag, hoek))
            xy[pid] = [r * math.cos(math.radians(hoek)), r * math.sin(math.radians(hoek))]
        if not bewogen:
            break
    out: dict[str, tuple[float, float]] = {}
    for pid, (x, y) in xy.items():
        hoek = math.degrees(math.atan2(y, x))
        laag, hoog = grenzen[pid][2], grenzen[pid][3]
        while hoek < laag - 1e-9:
            hoek += 360
        while hoek > hoog + 1e-9:
            hoek -= 360
        out[pid] = (math.hypot(x, y), hoek)
    return out
