"""Applying the permission table (``domain.rechten``) to the medewerker at the keyboard; refusals audited.

Every guarded use case calls ``vereis`` before it opens its own transaction. A refusal raises the
ValidationError every screen already shows, and is written to the audit trail in its own transaction (the
use case's transaction is never opened): who, which action, which jongere id; no names or content.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from kso_desktop.domain.entities import Wijziging
from kso_desktop.domain.enums import Rol
from kso_desktop.domain.rechten import SYSTEEM, Actie, Wie, mag, wie_mag
from kso_desktop.domain.validation import Code, ValidationError, problem
from kso_desktop.services.context import Context
from kso_desktop.services.recording import audit
from kso_desktop.storage import models as m


def wie_in(s: Session, ctx: Context, jongere_id: str | None = None) -> Wie:
    """The actor's role and, for ``jongere_id``, whether they are that jongere's current mentor."""
    medewerker_id = ctx.actor.medewerker_id
    if medewerker_id is None:
        return SYSTEEM
    row = s.get(m.Medewerker, medewerker_id)
    if row is None or row.deleted_at is not None or not row.actief:
        # A removed or deactivated medewerker keeps the least rights, never the system's.
        return Wie(Rol.WOONBEGELEIDER)
    try:
        rol = Rol(row.rol)
    except ValueError:
        rol = Rol.WOONBEGELEIDER
    if jongere_id is None:
        return Wie(rol)
    vandaag = ctx.today()
    t = m.MentorToewijzing
    mentor = s.scalars(
        select(t.id).where(
            t.jongere_id == jongere_id,
            t.medewerker_id == medewerker_id,
            t.deleted_at.is_(None),
            t.van <= vandaag,
            (t.tot.is_(None)) | (t.tot > vandaag),
        )
    ).first()
    return Wie(rol, mentor is not None)


def wie(ctx: Context, jongere_id: str | None = None) -> Wie:
    with ctx.store.read() as s:
        return wie_in(s, ctx, jongere_id)


def mag_nu(ctx: Context, actie: Actie, jongere_id: str | None = None) -> bool:
    """Whether the actor may do ``actie`` now (for the GUI: hide or disable; the services still check)."""
    return mag(wie(ctx, jongere_id), actie)


def vereis(ctx: Context, actie: Actie, jongere_id: str | None = None) -> None:
    """Raise ValidationError (GEEN_RECHT) and audit the refusal when the actor may not do ``actie``."""
    if mag_nu(ctx, actie, jongere_id):
        return
    with ctx.store.write() as s:
        audit(
            s,
            ctx,
            actie="geweigerd",
            entiteit="recht",
            entiteit_id=actie.value,
            jongere_id=jongere_id,
            wijzigingen=(Wijziging("actie", None, actie.value),),
        )
    raise ValidationError([problem(Code.GEEN_RECHT, wie=wie_mag(actie), wat=actie.omschrijving)])
