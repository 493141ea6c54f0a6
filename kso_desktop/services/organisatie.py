"""Use cases for locations and medewerkers of the organisation."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kso_desktop.domain import entities as e
from kso_desktop.domain.checks import clean_locatie, clean_medewerker
from kso_desktop.domain.enums import LocatieType, Rol
from kso_desktop.domain.rechten import Actie
from kso_desktop.domain.validation import Code, ValidationError, problem
from kso_desktop.services.context import Context
from kso_desktop.services.rechten import vereis
from kso_desktop.services.recording import save_changes, save_new, snapshot
from kso_desktop.storage import models as m


def to_locatie(row: m.Locatie, aantal: int = 0) -> e.Locatie:
    return e.Locatie(
        id=row.id,
        gegevens=e.LocatieGegevens(
            naam=row.naam,
            type=LocatieType(row.type),
            plaats=row.plaats,
            adres=row.adres,
            telefoon=row.telefoon,
        ),
        aantal_jongeren=aantal,
    )


def to_medewerker(row: m.Medewerker) -> e.Medewerker:
    return e.Medewerker(
        id=row.id,
        gegevens=e.MedewerkerGegevens(
            naam=row.naam,
            rol=Rol(row.rol),
            email=row.email,
            telefoon=row.telefoon,
            actief=row.actief,
            locatie_ids=tuple(row.locatie_ids),
        ),
    )


_Row = TypeVar("_Row", bound=m.SyncMixin)


def get_or_raise(session: Session, model: type[_Row], id_: str, wat: str) -> _Row:
    row = session.get(model, id_)
    if row is None or row.deleted_at is not None:
        raise ValidationError([problem(Code.NIET_GEVONDEN, wat=wat)])
    return row


def medewerker_namen(session: Session) -> dict[str, str]:
    """Medewerker id → name, for showing who wrote or changed a record."""
    return {i: n for i, n in session.execute(select(m.Medewerker.id, m.Medewerker.naam))}


class OrganisatieService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    # -- organisatie -------------------------------------------------------
    def organisatie_id(self) -> str:
        """The organisation of this database (created on first use)."""
        with self.ctx.store.read() as s:
            found = s.scalars(select(m.Organisatie.id).where(m.Organisatie.deleted_at.is_(None))).first()
        if found:
            return found
        with self.ctx.store.write() as s:
            row = m.Organisatie(naam="Mijn organisatie")
            save_new(s, self.ctx, row, jongere_id=None)
            return row.id

    # -- locaties ----------------------------------------------------------
    def locaties(self) -> list[e.Locatie]:
        counts = (
            select(m.Jongere.locatie_id, func.count())
            .where(m.Jongere.deleted_at.is_(None))
            .where((m.Jongere.vertrek.is_(None)) | (m.Jongere.vertrek > self.ctx.today()))
            .group_by(m.Jongere.locatie_id)
        )
        with self.ctx.store.read() as s:
            aantal = {lid: n for lid, n in s.execute(counts)}
            rows = s.scalars(select(m.Locatie).where(m.Locatie.deleted_at.is_(None)).order_by(m.Locatie.naam))
            return [to_locatie(r, aantal.get(r.id, 0)) for r in rows]

    def locatie(self, locatie_id: str) -> e.Locatie:
        with self.ctx.store.read() as s:
            return to_locatie(get_or_raise(s, m.Locatie, locatie_id, "Locatie"))

    def add_locatie(self, gegevens: e.LocatieGegevens) -> e.Locatie:
        vereis(self.ctx, Actie.LOCATIES_BEHEREN)
        g = clean_locatie(gegevens)
        org = self.organisatie_id()
        with self.ctx.store.write() as s:
            self._refuse_duplicate_name(s, g.naam, besides=None)
            row = m.Locatie(
                organisatie_id=org,
                naam=g.naam,
                type=g.type.value,
                plaats=g.plaats,
                adres=g.adres,
                telefoon=g.telefoon,
            )
            save_new(s, self.ctx, row, jongere_id=None)
            return to_locatie(row)

    @staticmethod
    def _refuse_duplicate_name(s: Session, naam: str, *, besides: str | None) -> None:
        q = select(m.Locatie.id).where(m.Locatie.naam == naam, m.Locatie.deleted_at.is_(None))
        if besides is not None:
            q = q.where(m.Locatie.id != besides)
        if s.scalars(q).first():
            raise ValidationError([problem(Code.DUBBEL, wat=f"Een locatie met de naam '{naam}'")])

    def update_locatie(self, locatie_id: str, gegevens: e.LocatieGegevens) -> e.Locatie:
        vereis(self.ctx, Actie.LOCATIES_BEHEREN)
        g = clean_locatie(gegevens)
        with self.ctx.store.write() as s:
            row = get_or_raise(s, m.Locatie, locatie_id, "Locatie")
            self._refuse_duplicate_name(s, g.naam, besides=locatie_id)
            before = snapshot(row)
            row.naam, row.type, row.plaats = g.naam, g.type.value, g.plaats
            row.adres, row.telefoon = g.adres, g.telefoon
            save_changes(s, self.ctx, row, before, jongere_id=None)
            return to_locatie(row)

    # -- medewerkers -------------------------------------------------------
    def medewerkers(
        self, *, alleen_actief: bool = False, locatie_id: str | None = None
    ) -> list[e.Medewerker]:
        with self.ctx.store.read() as s:
            q = select(m.Medewerker).where(m.Medewerker.deleted_at.is_(None)).order_by(m.Medewerker.naam)
            if alleen_actief:
                q = q.where(m.Medewerker.actief.is_(True))
            result = [to_medewerker(r) for r in s.scalars(q)]
        if locatie_id is not None:
            result = [w for w in result if locatie_id in w.gegevens.locatie_ids]
        return result

    def medewerker(self, medewerker_id: str) -> e.Medewerker:
        with self.ctx.store.read() as s:
            return to_medewerker(get_or_raise(s, m.Medewerker, medewerker_id, "Medewerker"))

    def _check_locaties(self, s: Session, ids: tuple[str, ...]) -> None:
        for lid in ids:
            get_or_raise(s, m.Locatie, lid, "Locatie")

    def _vereis_beheer(self, rollen: set[Rol]) -> None:
        """Teamleiders manage medewerkers; only an admin makes, changes or removes an admin."""
        vereis(self.ctx, Actie.MEDEWERKERS_BEHEREN)
        if Rol.ADMIN in rollen:
            vereis(self.ctx, Actie.INSTELLINGEN_BEHEREN)

    def add_medewerker(self, gegevens: e.MedewerkerGegevens) -> e.Medewerker:
        self._vereis_beheer({gegevens.rol})
        g = clean_medewerker(gegevens)
        org = self.organisatie_id()
        with self.ctx.store.write() as s:
            self._check_locaties(s, g.locatie_ids)
            row = m.Medewerker(
                organisatie_id=org,
                naam=g.naam,
                rol=g.rol.value,
                email=g.email,
                telefoon=g.telefoon,
                actief=g.actief,
                locatie_ids=list(g.locatie_ids),
            )
            save_new(s, self.ctx, row, jongere_id=None)
            return to_medewerker(row)

    def update_medewerker(self, medewerker_id: str, gegevens: e.MedewerkerGegevens) -> e.Medewerker:
        with self.ctx.store.read() as s:
            huidige_rol = get_or_raise(s, m.Medewerker, medewerker_id, "Medewerker").rol
        self._vereis_beheer({gegevens.rol, *(r for r in Rol if r.value == huidige_rol)})
        g = clean_medewerker(gegevens)
        with self.ctx.store.write() as s:
            self._check_locaties(s, g.locatie_ids)
            row = get_or_raise(s, m.Medewerker, medewerker_id, "Medewerker")
            before = snapshot(row)
            row.naam, row.rol, row.email, row.telefoon = g.naam, g.rol.value, g.email, g.telefoon
            row.actief, row.locatie_ids = g.actief, list(g.locatie_ids)
            save_changes(s, self.ctx, row, before, jongere_id=None)
            return to_medewerker(row)
