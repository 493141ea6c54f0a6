"""Retention and destruction of a jongere's data: remove it from this laptop once it is safely on the portal,
and destroy it everywhere on request (AVG art. 17), leaving a tombstone and an audit record without names."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from kso_desktop.domain.bewaren import (
    BewaarStand,
    GeweigerdError,
    RedenVernietiging,
    SoortVerwijdering,
    Wachtend,
    check_vernietiging,
    is_vertrokken,
    redenen_om_te_bewaren,
)
from kso_desktop.domain.entities import Wijziging
from kso_desktop.domain.rechten import Actie, mag
from kso_desktop.services.context import Context
from kso_desktop.services.organisatie import get_or_raise
from kso_desktop.services.rechten import wie_in
from kso_desktop.services.recording import audit
from kso_desktop.storage import bewaren as opslag
from kso_desktop.storage import models as m

if TYPE_CHECKING:
    from kso_desktop.sync.engine import SyncReport

log = logging.getLogger(__name__)

#: The outbox op that asks the portal to purge a jongere (PROTOCOL.md: a push op with ``purge: true``).
OP_VERNIETIG = "vernietig"


@dataclass(frozen=True, slots=True)
class BewaarRegel:
    """One jongere who left (or is leaving): may their data leave this laptop, and if not, why not."""

    jongere_id: str
    naam: str
    vertrek: date | None
    buiten_bereik: bool
    wachtend: Wachtend
    redenen: tuple[str, ...]

    @property
    def kan_weg(self) -> bool:
        return not self.redenen


@dataclass(frozen=True, slots=True)
class Vernietiging:
    """What a destruction did (no content): rows removed here, and whether the portal still has to follow."""

    jongere_id: str
    rijen: int
    naar_portaal: bool
    wal_leeg: bool


class BewaarService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    # -- reading -------------------------------------------------------------------------------------

    def _stand(self, s: Session, row: m.Jongere, buiten: set[str] | None = None) -> BewaarStand:
        """``buiten``: the jongeren still out of scope, when the caller already read them for many rows."""
        return BewaarStand(
            jongere_id=row.id,
            vertrek=row.vertrek,
            buiten_bereik=row.id in (opslag.nog_buiten_bereik(s) if buiten is None else buiten),
            ooit_verstuurd=row.server_version is not None,
            wachtend=opslag.wachtend(s, row.id),
        )

    def kan_verwijderen(self, jongere_id: str) -> list[str]:
        """Why this jongere's data must stay on this laptop; empty means it may go."""
        with self.ctx.store.read() as s:
            row = get_or_raise(s, m.Jongere, jongere_id, "Jongere")
            return redenen_om_te_bewaren(self._stand(s, row), self.ctx.today())

    def wachtend(self, jongere_id: str) -> Wachtend:
        """What of this jongere has not reached the portal yet (for the confirm dialog)."""
        with self.ctx.store.read() as s:
            get_or_raise(s, m.Jongere, jongere_id, "Jongere")
            return opslag.wachtend(s, jongere_id)

    def overzicht(self) -> list[BewaarRegel]:
        """Every jongere who has left, or has a leaving date, or is no longer of this laptop's locations."""
        vandaag = self.ctx.today()
        with self.ctx.store.read() as s:
            buiten = opslag.nog_buiten_bereik(s)
            rows = s.scalars(
                select(m.Jongere)
                .where((m.Jongere.vertrek.is_not(None)) | (m.Jongere.id.in_(buiten)))
                .order_by(m.Jongere.vertrek, m.Jongere.achternaam, m.Jongere.voornaam)
            ).all()
            uit = []
            for row in rows:
                stand = self._stand(s, row, buiten)
                uit.append(
                    BewaarRegel(
                        jongere_id=row.id,
                        naam=f"{row.voornaam} {row.achternaam}",
                        vertrek=row.vertrek,
                        buiten_bereik=stand.buiten_bereik,
                        wachtend=stand.wachtend,
                        redenen=tuple(redenen_om_te_bewaren(stand, vandaag)),
                    )
                )
            return uit

    def is_verwijderd(self, jongere_id: str) -> bool:
        with self.ctx.store.read() as s:
            return opslag.is_verwijderd(s, jongere_id)

    # -- retention -----------------------------------------------------------------------------------

    def verwijder_lokaal(self, jongere_id: str) -> int:
        """Remove a jongere who left from this laptop, only once everything is safely on the portal.

        Returns the number of rows removed; refuses (GeweigerdError) with the reasons otherwise.
        """
        with self.ctx.store.write() as s:
            opslag.secure_delete_aan(s)
            row = get_or_raise(s, m.Jongere, jongere_id, "Jongere")
            redenen = redenen_om_te_bewaren(self._stand(s, row), self.ctx.today())
            if redenen:
                raise GeweigerdError(redenen)
            gewist = self._wis(s, jongere_id, SoortVerwijdering.VERTROKKEN, reden="vertrokken")
        opslag.fysiek_opruimen(self.ctx.store)
        log.info("bewaren: jongere %s van deze laptop verwijderd (%d rijen)", jongere_id, gewist)
        return gewist

    def bewaarronde(self) -> list[str]:
        """The automatic pass after each successful sync: who left and is fully synced goes from this laptop.

        Returns the ids removed. Logged with ids and counts only, never names.
        """
        vandaag = self.ctx.today()
        weg: list[str] = []
        with self.ctx.store.write() as s:
            opslag.secure_delete_aan(s)
            buiten = opslag.nog_buiten_bereik(s)
            rows = s.scalars(
                select(m.Jongere).where((m.Jongere.vertrek < vandaag) | (m.Jongere.id.in_(buiten)))
            ).all()
            kandidaten = [
                r.id
                for r in rows
                if is_vertrokken(stand := self._stand(s, r, buiten), vandaag)
                and not redenen_om_te_bewaren(stand, vandaag)
            ]
            for jongere_id in kandidaten:
                self._wis(s, jongere_id, SoortVerwijdering.VERTROKKEN, reden="vertrokken")
                weg.append(jongere_id)
            bewaard = len(rows) - len(weg)
        if weg:
            opslag.fysiek_opruimen(self.ctx.store)
        log.info("bewaren: %d vertrokken jongeren verwijderd, %d bewaard", len(weg), bewaard)
        return weg

    def na_sync(self, report: SyncReport) -> None:
        """After a successful sync: the retention pass, told in the sync report (without names)."""
        weg = self.bewaarronde()
        if weg:
            wie = "jongere die vertrokken is, is" if len(weg) == 1 else "jongeren die vertrokken zijn, zijn"
            report.meldingen.append(
                f"{len(weg)} {wie} van deze laptop verwijderd; hun gegevens staan op het portaal."
            )

    # -- destruction ---------------------------------------------------------------------------------

    def vernietig(self, jongere_id: str, reden: str, *, override_reden: str | None = None) -> Vernietiging:
        """Destroy everything about this jongere here and queue the portal's purge (AVG art. 17).

        Refused while data still waits for the portal, unless a beheerder overrides with a reason.
        """
        if isinstance(reden, RedenVernietiging):
            reden = reden.value
        with self.ctx.store.write() as s:
            opslag.secure_delete_aan(s)
            row = get_or_raise(s, m.Jongere, jongere_id, "Jongere")
            # Who may: the permission table (domain/rechten.py): teamleider and beheerder destroy; only a
            # beheerder (or the system, the CLI without --medewerker) overrides while data still waits.
            wie_nu = wie_in(s, self.ctx, jongere_id)
            wachtend = opslag.wachtend(s, jongere_id)
            redenen = check_vernietiging(
                wachtend,
                reden=reden,
                override_reden=override_reden,
                mag_vernietigen=mag(wie_nu, Actie.VERNIETIGEN),
                is_beheerder=mag(wie_nu, Actie.VERNIETIGING_FORCEREN),
                namen=[n for n in (row.voornaam, row.achternaam, row.roepnaam) if n],
            )
            if redenen:
                raise GeweigerdError(redenen)
            server_version = row.server_version
            detail = [Wijziging("reden", None, reden)]
            if override_reden is not None and wachtend.totaal:
                detail.append(Wijziging("wachtend", None, str(wachtend.totaal)))
                detail.append(Wijziging("overschreven", None, override_reden.strip()))
            gewist = self._wis(s, jongere_id, SoortVerwijdering.VERNIETIGD, reden=reden, detail=detail)
            # The portal purges too: an op with ids only, no content.
            s.add(
                m.OutboxOp(
                    entiteit="jongere",
                    entiteit_id=jongere_id,
                    soort=OP_VERNIETIG,
                    base_version=server_version,
                    local_rev=1,
                    payload={},
                    author_id=self.ctx.actor.medewerker_id,
                    device_id=self.ctx.actor.device_id,
                    created_at=self.ctx.now(),
                )
            )
        opgeruimd = opslag.fysiek_opruimen(self.ctx.store)
        log.info("bewaren: jongere %s vernietigd (%d rijen, reden %s)", jongere_id, gewist, reden)
        return Vernietiging(jongere_id, gewist, True, opgeruimd.wal_leeg)

    def _wis(
        self,
        s: Session,
        jongere_id: str,
        soort: SoortVerwijdering,
        *,
        reden: str,
        detail: list[Wijziging] | None = None,
    ) -> int:
        gewist = opslag.wis_jongere(s, jongere_id, soort=soort.value, nu=self.ctx.now())
        # The audit record names the id, who, when and the reason category: never the jongere's name.
        # jongere_id stays empty so the append-only trigger protects this row.
        audit(
            s,
            self.ctx,
            actie="vernietigd" if soort is SoortVerwijdering.VERNIETIGD else "lokaal verwijderd",
            entiteit="jongere",
            entiteit_id=jongere_id,
            jongere_id=None,
            wijzigingen=(
                *(detail or [Wijziging("reden", None, reden)]),
                Wijziging("rijen", None, str(gewist.totaal)),
            ),
        )
        return gewist.totaal
