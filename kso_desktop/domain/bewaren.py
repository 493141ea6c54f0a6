"""Retention and destruction rules: when a jongere's data may leave this laptop, and when it may be destroyed.

Plain Python. The service counts what still waits for the portal; these rules decide and say why not, in
Dutch, naming how many items still wait (AVG art. 17; Norm 7.1c of the kwaliteitskader).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from kso_desktop.domain.validation import ValidationError

#: An override must say why; a few words at least, and short enough for the audit trail.
MIN_OVERRIDE = 10
MAX_OVERRIDE = 200


class RedenVernietiging(StrEnum):
    """Why data is destroyed. A category, never free text, so the audit record holds no personal data."""

    VERZOEK = "verzoek"
    ONTERECHT = "onterecht"
    BEWAARTERMIJN = "bewaartermijn"

    @property
    def label(self) -> str:
        return _REDEN_LABELS[self]


_REDEN_LABELS = {
    RedenVernietiging.VERZOEK: "Verzoek van de jongere of diens vertegenwoordiger (AVG art. 17)",
    RedenVernietiging.ONTERECHT: "Ten onrechte vastgelegd (verkeerde jongere of dubbel)",
    RedenVernietiging.BEWAARTERMIJN: "Bewaartermijn verstreken",
}


class SoortVerwijdering(StrEnum):
    """How data left this laptop (the tombstone's kind)."""

    VERNIETIGD = "vernietigd"  # everywhere, on request
    VERTROKKEN = "vertrokken"  # only here; still on the portal


@dataclass(frozen=True, slots=True)
class Wachtend:
    """What of one jongere has not safely reached the portal yet."""

    wijzigingen: int = 0  # outbox ops not yet accepted by the portal
    conflicten: int = 0  # open sync conflicts: someone still has to choose
    geweigerd: int = 0  # ops the portal refused (quarantined), never dropped
    herstelpunten: int = 0  # autosaved typing that was never saved

    @property
    def totaal(self) -> int:
        return self.wijzigingen + self.conflicten + self.geweigerd + self.herstelpunten

    def onderdelen(self) -> list[str]:
        """Each kind that waits, as Dutch words with its count ("2 wijzigingen nog niet verstuurd")."""
        uit = []
        if self.wijzigingen:
            uit.append(_aantal(self.wijzigingen, "wijziging", "wijzigingen") + " nog niet verstuurd")
        if self.conflicten:
            uit.append(_aantal(self.conflicten, "conflict", "conflicten") + " nog niet opgelost")
        if self.geweigerd:
            uit.append(_aantal(self.geweigerd, "wijziging", "wijzigingen") + " door het portaal geweigerd")
        if self.herstelpunten:
            uit.append(
                _aantal(self.herstelpunten, "herstelpunt", "herstelpunten") + " met niet-opgeslagen tekst"
            )
        return uit

    def zin(self) -> str:
        delen = self.onderdelen()
        if not delen:
            return "Alles staat veilig op het portaal."
        if len(delen) == 1:
            return delen[0].capitalize() + "."
        return (", ".join(delen[:-1]) + " en " + delen[-1]).capitalize() + "."


def _aantal(n: int, een: str, meer: str) -> str:
    return f"{n} {een if n == 1 else meer}"


@dataclass(frozen=True, slots=True)
class BewaarStand:
    """The facts about one jongere that decide whether their data may leave this laptop."""

    jongere_id: str
    vertrek: date | None
    buiten_bereik: bool  # no longer of this laptop's locations (the portal said so in a sync)
    ooit_verstuurd: bool  # the portal has the jongere (a server version is known)
    wachtend: Wachtend


def is_vertrokken(stand: BewaarStand, vandaag: date) -> bool:
    """Left the location: the leaving date has passed, or the portal moved them out of this laptop's scope."""
    return stand.buiten_bereik or (stand.vertrek is not None and stand.vertrek < vandaag)


def redenen_om_te_bewaren(stand: BewaarStand, vandaag: date) -> list[str]:
    """Why this jongere's data stays on the laptop; empty means: remove it from this laptop."""
    redenen: list[str] = []
    if not is_vertrokken(stand, vandaag):
        if stand.vertrek is None:
            redenen.append("Woont nog op de locatie (geen vertrekdatum).")
        else:
            redenen.append(f"Vertrekt op {stand.vertrek:%d-%m-%Y}; de gegevens blijven tot na die dag.")
    if not stand.ooit_verstuurd:
        redenen.append("Staat nog niet op het portaal: eerst synchroniseren.")
    if stand.wachtend.totaal:
        redenen.append("Nog niet veilig op het portaal: " + stand.wachtend.zin())
    return redenen


class GeweigerdError(ValidationError):
    """Destruction (or removal) refused; nothing has been deleted. The message is Dutch."""

    def __init__(self, redenen: Iterable[str]) -> None:
        self.redenen = tuple(redenen)
        self.problems = ()
        ValueError.__init__(self, self.message)

    @property
    def message(self) -> str:
        return "\n".join(self.redenen)


def _woorden(tekst: str) -> list[str]:
    zonder = unicodedata.normalize("NFKD", tekst.casefold())
    zonder = "".join(c for c in zonder if not unicodedata.combining(c))
    return re.findall(r"\w+", zonder)


def noemt_naam(tekst: str, namen: Sequence[str]) -> bool:
    """Whether ``tekst`` contains one of the names (as whole words, ignoring case and accents)."""
    woorden = set(_woorden(tekst))
    for naam in namen:
        delen = [d for d in _woorden(naam) if len(d) >= 2]
        if delen and all(d in woorden for d in delen):
            return True
    return False


def check_vernietiging(
    wachtend: Wachtend,
    *,
    reden: str,
    override_reden: str | None,
    mag_vernietigen: bool,
    is_beheerder: bool,
    namen: Sequence[str],
) -> list[str]:
    """Why destruction on request is refused now (empty: go ahead).

    Refused while anything of the jongere has not reached the portal (it would be lost there too, and the
    portal would keep what it has), unless a beheerder overrides with a stated reason. The reason is
    stored in the audit trail, so it may not name the jongere.
    """
    redenen: list[str] = []
    if not mag_vernietigen:
        return ["Alleen een teamleider of beheerder mag gegevens van een jongere vernietigen."]
    if reden not in {r.value for r in RedenVernietiging}:
        keuzes = ", ".join(f"'{r.value}'" for r in RedenVernietiging)
        redenen.append(f"Kies een reden voor de vernietiging: {keuzes}.")
    if override_reden is not None:
        tekst = override_reden.strip()
        if not is_beheerder:
            redenen.append("Alleen een beheerder mag vernietigen terwijl er nog gegevens wachten.")
        elif len(tekst) < MIN_OVERRIDE:
            redenen.append(
                f"Geef een reden om toch te vernietigen (minstens {MIN_OVERRIDE} tekens, nu {len(tekst)})."
            )
        elif len(tekst) > MAX_OVERRIDE:
            redenen.append(f"De reden is te lang: maximaal {MAX_OVERRIDE} tekens (nu {len(tekst)}).")
        elif any(unicodedata.category(c) == "Cc" for c in tekst):
            redenen.append("De reden bevat tekens die niet kunnen worden opgeslagen.")
        elif noemt_naam(tekst, namen):
            redenen.append("Noem de naam van de jongere niet in de reden: die komt in het logboek.")
    elif wachtend.totaal:
        redenen.append(
            f"Vernietigen kan nog niet: {wachtend.totaal} "
            f"{'onderdeel wacht' if wachtend.totaal == 1 else 'onderdelen wachten'} nog op het portaal "
            f"({'; '.join(wachtend.onderdelen())}). Synchroniseer eerst, of laat een beheerder "
            "vernietigen met een reden."
        )
    return redenen
