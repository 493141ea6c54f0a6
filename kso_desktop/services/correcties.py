"""Requests to correct a jongere's data (AVG art. 16, Norm 7.1c): recorded, handled, in the audit trail."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from kso_desktop.domain.correctie import (
    Besluit,
    Correctieverzoek,
    check_afhandeling,
    check_verzoek,
)
from kso_desktop.domain.rechten import Actie
from kso_desktop.domain.validation import Code, ValidationError, problem, raise_if
from kso_desktop.services.context import Context
from kso_desktop.services.organisatie import get_or_raise, medewerker_namen
from kso_desktop.services.rechten import vereis
from kso_desktop.services.recording import save_changes, save_new, snapshot
from kso_desktop.storage import models as m


def _naar_domein(row: m.Correctieverzoek, namen: dict[str, str]) -> Correctieverzoek:
    return Correctieverzoek(
        id=row.id,
        jongere_id=row.jongere_id,
        ontvangen_op=row.ontvangen_op,
        van=row.van,
        omschrijving=row.omschrijving,
        besluit=Besluit(row.besluit),
        toelichting=row.toelichting,
        afgehandeld_op=row.afgehandeld_op,
        vastgelegd_door=namen.get(row.author_id or "", "onbekend"),
    )


class CorrectieService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def lijst(self, jongere_id: str) -> list[Correctieverzoek]:
        """Every request about this jongere, newest first."""
        with self.ctx.store.read() as s:
            get_or_raise(s, m.Jongere, jongere_id, "Jongere")
            namen = medewerker_namen(s)
            rows = s.scalars(
                select(m.Correctieverzoek)
                .where(m.Correctieverzoek.jongere_id == jongere_id, m.Correctieverzoek.deleted_at.is_(None))
                .order_by(m.Correctieverzoek.ontvangen_op.desc(), m.Correctieverzoek.created_at.desc())
            )
            return [_naar_domein(r, namen) for r in rows]

    def registreer(
        self, jongere_id: str, *, ontvangen_op: date, van: str, omschrijving: str
    ) -> Correctieverzoek:
        vereis(self.ctx, Actie.CORRECTIE_VASTLEGGEN, jongere_id)
        van, omschrijving = van.strip(), omschrijving.strip()
        raise_if(check_verzoek(ontvangen_op, van, omschrijving, vandaag=self.ctx.today()))
        with self.ctx.store.write() as s:
            get_or_raise(s, m.Jongere, jongere_id, "Jongere")
            row = m.Correctieverzoek(
                jongere_id=jongere_id, ontvangen_op=ontvangen_op, van=van, omschrijving=omschrijving
            )
            save_new(s, self.ctx, row, jongere_id=jongere_id)
            verzoek_id = row.id
        return self.get(verzoek_id)

    def handel_af(
        self, verzoek_id: str, *, besluit: Besluit, toelichting: str, datum: date
    ) -> Correctieverzoek:
        """Record the decision: corrected (say what changed) or refused (say why). Decided once."""
        toelichting = toelichting.strip()
        with self.ctx.store.read() as s:
            jongere_id = get_or_raise(s, m.Correctieverzoek, verzoek_id, "Correctieverzoek").jongere_id
        vereis(self.ctx, Actie.CORRECTIE_AFHANDELEN, jongere_id)
        with self.ctx.store.write() as s:
            row = get_or_raise(s, m.Correctieverzoek, verzoek_id, "Correctieverzoek")
            if row.besluit != Besluit.OPEN:
                raise ValidationError([problem(Code.AL_AFGEHANDELD, datum=f"{row.afgehandeld_op:%d-%m-%Y}")])
            raise_if(
                check_afhandeling(
                    besluit, toelichting, datum, ontvangen=row.ontvangen_op, vandaag=self.ctx.today()
                )
            )
            before = snapshot(row)
            row.besluit, row.toelichting, row.afgehandeld_op = besluit.value, toelichting, datum
            save_changes(s, self.ctx, row, before, jongere_id=row.jongere_id)
        return self.get(verzoek_id)

    def get(self, verzoek_id: str) -> Correctieverzoek:
        with self.ctx.store.read() as s:
            row = get_or_raise(s, m.Correctieverzoek, verzoek_id, "Correctieverzoek")
            return _naar_domein(row, medewerker_namen(s))
