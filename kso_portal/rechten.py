"""The laptop's permission rules on the portal: who may read and write the sensitive parts of a record.

The table and the Dutch texts are the desktop's (``kso_desktop.domain.rechten``); this module maps portal
accounts onto it:

* ``admin``, ``teamleider`` and ``gedragswetenschapper`` accounts may read and write the sensitive parts.
* A ``medewerker`` may when they are the jongere's current mentor: a ``mentor_toewijzing`` record of that
  jongere names their account id as ``medewerker_id`` (the laptop's medewerker id is the portal account id
  once the medewerker signed in to the portal on the laptop) and runs today.
* A ``jeugdbeschermer`` reads them (the voogd draws up and signs the plan with the jongere, Norm 1.1a/1.2,
  and decides on health care for the minor), but never pushes anything (refused in ``app``).

Read endpoints (``/v1/records``, ``/v1/jongeren/.../plan``) mask the parts for everyone else. The change
feed does not: it fills the location's shared laptop, which enforces the same rules per signed-in
medewerker; a masked copy there would also hide the parts from the mentor.
"""

from __future__ import annotations

import copy
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from kso_desktop.domain.enums import Leefgebied
from kso_desktop.domain.rechten import AFGESCHERMD, GEVOELIGE_FORMULIEREN, GEVOELIGE_LEEFGEBIEDEN
from kso_portal import models as m
from kso_portal.auth import AuthUser

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
PLAN = "plan_versie"
FORMULIER = "formulier_invulling"
MENTOR = "mentor_toewijzing"

#: Portal roles that may write (and so read) the sensitive parts of any jongere in their locations.
SCHRIJVEN = frozenset({"admin", "teamleider", "gedragswetenschapper"})
#: ... and the roles that may only read them.
LEZEN = SCHRIJVEN | {"jeugdbeschermer"}

_GEVOELIG = tuple(k.value for k in Leefgebied if k in GEVOELIGE_LEEFGEBIEDEN)


def vandaag(now: datetime) -> date:
    return now.astimezone(AMSTERDAM).date()


def is_mentor(
    s: Session, user: AuthUser, jongere_id: str | None, dag: date, account_id: str | None = None
) -> bool:
    """True when a current mentor_toewijzing of this jongere names the account (default: the caller's)."""
    if jongere_id is None:
        return False
    from kso_portal.sync import records_of  # sync imports this module

    wie = account_id or user.id
    for rec in records_of(s, user, jongere_id, MENTOR):
        p = rec.payload
        if p.get("medewerker_id") != wie or p.get("deleted_at"):
            continue
        van, tot = str(p.get("van") or ""), p.get("tot")
        if van and van <= dag.isoformat() and (not tot or str(tot) > dag.isoformat()):
            return True
    return False


def mag_lezen(s: Session, user: AuthUser, jongere_id: str | None, dag: date) -> bool:
    return user.rol in LEZEN or is_mentor(s, user, jongere_id, dag)


def mag_schrijven(
    s: Session, user: AuthUser, jongere_id: str | None, dag: date, *, auteur: m.User | None = None
) -> bool:
    """The pushing account may write the parts, or the op's author may.

    On a shared laptop the portal login is often another medewerker's than the one who wrote (each op
    carries its author, §5.8). An author that is a portal user of this organisation and works on the
    record's location (checked before this) counts with their own role and mentorships.
    """
    if user.rol in SCHRIJVEN or is_mentor(s, user, jongere_id, dag):
        return True
    if auteur is None or auteur.rol == "jeugdbeschermer":
        return False
    return auteur.rol in SCHRIJVEN or is_mentor(s, user, jongere_id, dag, account_id=auteur.id)


def _gezondheid(payload: dict[str, Any]) -> dict[str, Any]:
    inhoud = payload.get("inhoud")
    leefgebieden = inhoud.get("leefgebieden") if isinstance(inhoud, dict) else None
    if not isinstance(leefgebieden, dict):
        return {}
    return {k: leefgebieden.get(k) for k in _GEVOELIG if leefgebieden.get(k)}


def is_gevoelig(type_: str, payload: dict[str, Any]) -> bool:
    """Whether a record of this type and payload holds sensitive parts."""
    if type_ == FORMULIER:
        return payload.get("soort") in GEVOELIGE_FORMULIEREN
    return type_ == PLAN and bool(_gezondheid(payload))


def raakt_gevoelig(type_: str, nieuw: dict[str, Any], oud: dict[str, Any] | None, deleted: bool) -> bool:
    """Whether a push writes sensitive parts: any change to a Quickscan, or other health texts in a plan."""
    if type_ == FORMULIER:
        return is_gevoelig(type_, nieuw) or (oud is not None and is_gevoelig(type_, oud))
    if type_ == PLAN:
        if deleted:
            return oud is not None and is_gevoelig(type_, oud)
        return _gezondheid(nieuw) != _gezondheid(oud or {})
    return False


def scherm_af(type_: str, payload: dict[str, Any]) -> dict[str, Any]:
    """The payload with its sensitive parts replaced by the marker (a copy; the stored record stays)."""
    if not is_gevoelig(type_, payload):
        return payload
    out = copy.deepcopy(payload)
    if type_ == FORMULIER:
        out["antwoorden"] = {}
        out["afgeschermd"] = True
        return out
    leefgebieden = out["inhoud"]["leefgebieden"]
    for key in _GEVOELIG:
        if key in leefgebieden:
            leefgebieden[key] = {
                "zijn": AFGESCHERMD,
                "worden": AFGESCHERMD,
                "presteren": AFGESCHERMD,
                "score": None,
            }
    out["afgeschermd"] = True
    return out


def zichtbaar(s: Session, user: AuthUser, rec: m.Record, body: dict[str, Any], dag: date) -> dict[str, Any]:
    """A record as ``sync.record_json`` shows it, masked (with its open conflicts) for who may not read it."""
    if not is_gevoelig(rec.type, rec.payload) or mag_lezen(s, user, rec.jongere_id, dag):
        return body
    out = {**body, "payload": scherm_af(rec.type, rec.payload)}
    out["open_conflicts"] = [
        {**c, "payload": scherm_af(rec.type, c.get("payload") or {})} for c in body.get("open_conflicts", [])
    ]
    return out
