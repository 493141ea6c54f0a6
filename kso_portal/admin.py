"""Setting up a portal: organisations, locations and accounts (used by the CLI, the demo and tests)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from kso_portal import models as m
from kso_portal.auth import ROLLEN, hash_password


class AdminError(ValueError):
    """Bad input for a set-up command; the message is Dutch and shown as is."""


def add_organisatie(s: Session, naam: str, *, id_: str | None = None) -> m.Organisatie:
    if not naam.strip():
        raise AdminError("Een organisatie heeft een naam nodig.")
    org = m.Organisatie(id=id_ or m.new_id(), naam=naam.strip(), version=0, epoch=m.new_id())
    s.add(org)
    s.flush()
    return org


def add_locatie(
    s: Session, organisatie_id: str, naam: str, type_: str = "", *, id_: str | None = None
) -> m.Locatie:
    if not naam.strip():
        raise AdminError("Een locatie heeft een naam nodig.")
    loc = m.Locatie(id=id_ or m.new_id(), organisatie_id=organisatie_id, naam=naam.strip(), type=type_)
    s.add(loc)
    s.flush()
    return loc


def find_organisatie(s: Session, naam_of_id: str | None) -> m.Organisatie:
    orgs = list(s.scalars(select(m.Organisatie).order_by(m.Organisatie.naam)))
    if naam_of_id is None:
        if len(orgs) == 1:
            return orgs[0]
        if not orgs:
            raise AdminError("Er is nog geen organisatie: maak er eerst een (kso-portal org add).")
        raise AdminError("Er zijn meerdere organisaties: kies er een met --organisatie.")
    for org in orgs:
        if naam_of_id in (org.id, org.naam):
            return org
    raise AdminError(f"Onbekende organisatie: {naam_of_id}")


def find_locatie(s: Session, organisatie_id: str, naam_of_id: str) -> m.Locatie:
    for loc in s.scalars(select(m.Locatie).where(m.Locatie.organisatie_id == organisatie_id)):
        if naam_of_id in (loc.id, loc.naam):
            return loc
    raise AdminError(f"Onbekende locatie: {naam_of_id}")


def add_user(
    s: Session,
    organisatie_id: str,
    *,
    username: str,
    naam: str,
    rol: str,
    password: str,
    locatie_ids: Sequence[str] = (),
    id_: str | None = None,
) -> m.User:
    username = username.strip()
    if not username or len(username) > 80:
        raise AdminError("Een gebruikersnaam is 1 tot 80 tekens lang.")
    if rol not in ROLLEN:
        raise AdminError(f"Onbekende rol {rol!r}: kies uit {', '.join(ROLLEN)}.")
    if len(password) < 8:
        raise AdminError("Een wachtwoord is minstens 8 tekens lang.")
    if s.scalars(select(m.User.id).where(m.User.username == username)).first() is not None:
        raise AdminError("Deze gebruikersnaam bestaat al.")
    if rol != "admin" and not locatie_ids:
        raise AdminError("Een medewerker of jeugdbeschermer hoort bij minstens één locatie.")
    user = m.User(
        id=id_ or m.new_id(),
        organisatie_id=organisatie_id,
        username=username,
        naam=naam.strip() or username,
        rol=rol,
        password_hash=hash_password(password),
    )
    s.add(user)
    s.flush()
    for loc_id in dict.fromkeys(locatie_ids):
        loc = s.get(m.Locatie, loc_id)
        if loc is None or loc.organisatie_id != organisatie_id:
            raise AdminError("Een locatie hoort niet bij deze organisatie.")
        s.add(m.Lidmaatschap(user_id=user.id, locatie_id=loc_id))
    s.flush()
    return user
