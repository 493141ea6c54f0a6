"""Use cases for the sociaal netwerk (bolletjesschema): the concept, people in it, vaststellen, compare.

Every change to the concept writes its audit row (in words: who came closer, who is new) and its outbox
op in the same unit of work. A vastgesteld version never changes; the next edit starts a new concept,
a copy of it. There is at most one concept per jongere.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from kso_desktop.domain.entities import Wijziging
from kso_desktop.domain.netwerk import (
    Cirkel,
    Netwerk,
    NetwerkStatus,
    NetwerkVergelijking,
    NetwerkVersie,
    Persoon,
    Sector,
    check_netwerk,
    clean_netwerk,
    netwerk_from_json,
    netwerk_to_json,
    vergelijk,
)
from kso_desktop.domain.validation import Code, ValidationError, problem, raise_if
from kso_desktop.services.context import Context
from kso_desktop.services.organisatie import get_or_raise
from kso_desktop.services.recording import audit, enqueue, touch
from kso_desktop.storage import models as m

ENTITEIT = "netwerk_versie"


def _to_versie(row: m.NetwerkVersie) -> NetwerkVersie:
    return NetwerkVersie(
        id=row.id,
        jongere_id=row.jongere_id,
        versie=row.versie,
        status=NetwerkStatus(row.status),
        netwerk=netwerk_from_json(row.inhoud),
        gestart_op=row.gestart_op,
        rev=row.local_rev,
        vastgesteld_op=row.vastgesteld_op,
    )


def wijzigingen(verschil: NetwerkVergelijking) -> tuple[Wijziging, ...]:
    """What changed, in words a reader of the log understands (no ids, no JSON)."""
    out: list[Wijziging] = []
    for v in (*verschil.dichterbij, *verschil.verder_weg):
        out.append(Wijziging(f"{v.naam}: cirkel", v.oud.cirkel.label, v.nieuw.cirkel.label))
    for p in verschil.nieuw:
        out.append(
            Wijziging("Nieuw in het netwerk", None, f"{p.naam} ({p.sector.label}, {p.cirkel.label.lower()})")
        )
    for p in verschil.weg:
        out.append(Wijziging("Uit het netwerk", p.naam, None))
    for v in verschil.gewijzigd:
        out += [Wijziging(f"{v.naam} – {d.veld}", d.oud or None, d.nieuw or None) for d in v.details]
    return tuple(out)


class NetwerkService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    # -- reading -----------------------------------------------------------
    def versies(self, jongere_id: str) -> list[NetwerkVersie]:
        """Every version of the jongere's network, newest first."""
        with self.ctx.store.read() as s:
            get_or_raise(s, m.Jongere, jongere_id, "Jongere")
            rows = s.scalars(
                select(m.NetwerkVersie)
                .where(m.NetwerkVersie.jongere_id == jongere_id, m.NetwerkVersie.deleted_at.is_(None))
                .order_by(m.NetwerkVersie.versie.desc())
            )
            return [_to_versie(r) for r in rows]

    def versie(self, versie_id: str) -> NetwerkVersie:
        with self.ctx.store.read() as s:
            return _to_versie(get_or_raise(s, m.NetwerkVersie, versie_id, "Netwerkversie"))

    def laatste(self, jongere_id: str) -> NetwerkVersie | None:
        """The newest version: the concept being worked on, or the last vastgesteld one."""
        with self.ctx.store.read() as s:
            get_or_raise(s, m.Jongere, jongere_id, "Jongere")
            row = self._laatste_row(s, jongere_id)
            return None if row is None else _to_versie(row)

    def concept(self, jongere_id: str) -> NetwerkVersie | None:
        """The concept being worked on, if there is one."""
        laatste = self.laatste(jongere_id)
        return laatste if laatste is not None and laatste.bewerkbaar else None

    def huidig_netwerk(self, jongere_id: str) -> Netwerk:
        """What the editor starts from: the newest version's people, or nobody yet."""
        laatste = self.laatste(jongere_id)
        return Netwerk() if laatste is None else laatste.netwerk

    def vergelijk(self, oud_id: str, nieuw_id: str) -> NetwerkVergelijking:
        oud, nieuw = self.versie(oud_id), self.versie(nieuw_id)
        if oud.jongere_id != nieuw.jongere_id:
            raise ValidationError([problem(Code.NIET_GEVONDEN, wat="Netwerkversie van deze jongere")])
        return vergelijk(oud.netwerk, nieuw.netwerk)

    def _laatste_row(self, s: Session, jongere_id: str) -> m.NetwerkVersie | None:
        return s.scalars(
            select(m.NetwerkVersie)
            .where(m.NetwerkVersie.jongere_id == jongere_id, m.NetwerkVersie.deleted_at.is_(None))
            .order_by(m.NetwerkVersie.versie.desc())
            .limit(1)
        ).first()

    # -- writing -----------------------------------------------------------
    def opslaan(self, jongere_id: str, netwerk: Netwerk) -> NetwerkVersie:
        """Save the whole network into the concept (made first when there is none). Used by autosave.

        Saving what is already stored writes nothing.
        """
        return self._bewerk(jongere_id, lambda _huidig: netwerk)

    def voeg_toe(self, jongere_id: str, persoon: Persoon) -> NetwerkVersie:
        def doe(huidig: Netwerk) -> Netwerk:
            if huidig.heeft(persoon.id):
                raise ValidationError([problem(Code.DUBBEL, wat=f"Persoon {persoon.naam}")])
            return huidig.met_persoon(persoon)

        return self._bewerk(jongere_id, doe)

    def wijzig(self, jongere_id: str, persoon: Persoon) -> NetwerkVersie:
        def doe(huidig: Netwerk) -> Netwerk:
            self._moet_bestaan(huidig, persoon.id)
            return huidig.met_persoon(persoon)

        return self._bewerk(jongere_id, doe)

    def verplaats(
        self,
        jongere_id: str,
        persoon_id: str,
        *,
        cirkel: Cirkel | None = None,
        sector: Sector | None = None,
    ) -> NetwerkVersie:
        def doe(huidig: Netwerk) -> Netwerk:
            self._moet_bestaan(huidig, persoon_id)
            return huidig.verplaatst(persoon_id, cirkel=cirkel, sector=sector)

        return self._bewerk(jongere_id, doe)

    def verwijder(self, jongere_id: str, persoon_id: str) -> NetwerkVersie:
        def doe(huidig: Netwerk) -> Netwerk:
            self._moet_bestaan(huidig, persoon_id)
            return huidig.zonder(persoon_id)

        return self._bewerk(jongere_id, doe)

    @staticmethod
    def _moet_bestaan(netwerk: Netwerk, persoon_id: str) -> None:
        if not netwerk.heeft(persoon_id):
            raise ValidationError([problem(Code.NIET_GEVONDEN, wat="Persoon")])

    def _bewerk(self, jongere_id: str, wijzig: Callable[[Netwerk], Netwerk]) -> NetwerkVersie:
        with self.ctx.store.write() as s:
            get_or_raise(s, m.Jongere, jongere_id, "Jongere")
            laatste = self._laatste_row(s, jongere_id)
            huidig = Netwerk() if laatste is None else netwerk_from_json(laatste.inhoud)
            nieuw = clean_netwerk(wijzig(huidig))
            raise_if(check_netwerk(nieuw))
            changes = wijzigingen(vergelijk(huidig, nieuw))
            if not changes and laatste is not None and laatste.status == NetwerkStatus.CONCEPT.value:
                return _to_versie(laatste)
            row = laatste
            if row is None or row.status != NetwerkStatus.CONCEPT.value:
                row = self._nieuw_concept(s, jongere_id, laatste)
            if changes:
                row.inhoud = netwerk_to_json(nieuw)
                touch(row, self.ctx, new=False)
                audit(
                    s,
                    self.ctx,
                    actie="gewijzigd",
                    entiteit=ENTITEIT,
                    entiteit_id=row.id,
                    jongere_id=jongere_id,
                    wijzigingen=changes,
                )
                enqueue(s, self.ctx, row)
            return _to_versie(row)

    def _nieuw_concept(self, s: Session, jongere_id: str, laatste: m.NetwerkVersie | None) -> m.NetwerkVersie:
        row = m.NetwerkVersie(
            id=m.new_id(),
            jongere_id=jongere_id,
            versie=(laatste.versie + 1) if laatste else 1,
            status=NetwerkStatus.CONCEPT.value,
            inhoud=dict(laatste.inhoud) if laatste else netwerk_to_json(Netwerk()),
            gestart_op=self.ctx.today(),
            vorige_id=laatste.id if laatste else None,
        )
        touch(row, self.ctx, new=True)
        s.add(row)
        s.flush()
        basis = f"kopie van versie {laatste.versie}" if laatste else "leeg"
        audit(
            s,
            self.ctx,
            actie="aangemaakt",
            entiteit=ENTITEIT,
            entiteit_id=row.id,
            jongere_id=jongere_id,
            wijzigingen=(Wijziging("Nieuw concept", None, f"versie {row.versie} ({basis})"),),
        )
        enqueue(s, self.ctx, row)
        return row

    def vaststellen(self, jongere_id: str, datum: date | None = None) -> NetwerkVersie:
        """Freeze the concept as drawn with the jongere; it never changes again (the next edit is a copy)."""
        datum = datum or self.ctx.today()
        with self.ctx.store.write() as s:
            get_or_raise(s, m.Jongere, jongere_id, "Jongere")
            row = self._laatste_row(s, jongere_id)
            if row is None or row.status != NetwerkStatus.CONCEPT.value:
                raise ValidationError(
                    [problem(Code.NIET_GEVONDEN, wat="Een concept van het netwerk om vast te stellen")]
                )
            problems = []
            if datum > self.ctx.today():
                problems.append(problem(Code.DATUM_IN_TOEKOMST, "Datum van vaststellen"))
            if datum < row.gestart_op:
                problems.append(
                    problem(Code.DOEL_DATUM, "Datum van vaststellen", datum=f"{row.gestart_op:%d-%m-%Y}")
                )
            raise_if(problems + check_netwerk(netwerk_from_json(row.inhoud)))
            row.status = NetwerkStatus.VASTGESTELD.value
            row.vastgesteld_op = datum
            touch(row, self.ctx, new=False)
            audit(
                s,
                self.ctx,
                actie="vastgesteld",
                entiteit=ENTITEIT,
                entiteit_id=row.id,
                jongere_id=jongere_id,
                wijzigingen=(
                    Wijziging("Versie", None, str(row.versie)),
                    Wijziging("Vastgesteld op", None, f"{datum:%d-%m-%Y}"),
                ),
            )
            enqueue(s, self.ctx, row)
            return _to_versie(row)

    def export_vastleggen(self, versie_id: str, bestand: str) -> None:
        """Record in the log that this version left the app (printed or saved as PDF), and where to."""
        with self.ctx.store.write() as s:
            row = get_or_raise(s, m.NetwerkVersie, versie_id, "Netwerkversie")
            audit(
                s,
                self.ctx,
                actie="geëxporteerd",
                entiteit=ENTITEIT,
                entiteit_id=row.id,
                jongere_id=row.jongere_id,
                wijzigingen=(Wijziging("Sociaal netwerk als PDF", None, f"versie {row.versie} → {bestand}"),),
            )
