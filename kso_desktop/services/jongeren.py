"""Use cases for jongeren: the list per location, the dossier, edits, mentor changes and deadlines."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kso_desktop.domain import entities as e
from kso_desktop.domain.checks import clean_jongere
from kso_desktop.domain.dates import leeftijd
from kso_desktop.domain.enums import GebeurtenisSoort, GesprekType, SyncState
from kso_desktop.domain.rechten import Actie
from kso_desktop.domain.rules import DueItem, JongereFacts, due_items
from kso_desktop.domain.validation import (
    MAX_KORT,
    Code,
    Problem,
    ValidationError,
    check_text,
    clean_text,
    problem,
    raise_if,
)
from kso_desktop.services.context import AMSTERDAM, Context
from kso_desktop.services.organisatie import get_or_raise, medewerker_namen
from kso_desktop.services.rechten import vereis
from kso_desktop.services.recording import audit, diff, save_changes, save_new, snapshot
from kso_desktop.storage import models as m


@dataclass(frozen=True, slots=True)
class Deadline:
    """A due item with the jongere it belongs to, for the "wat moet er gebeuren" lists."""

    jongere_id: str
    jongere_naam: str
    locatie: str
    item: DueItem


def _gegevens(row: m.Jongere) -> e.JongereGegevens:
    return e.JongereGegevens(
        voornaam=row.voornaam,
        achternaam=row.achternaam,
        roepnaam=row.roepnaam,
        geboortedatum=row.geboortedatum,
        locatie_id=row.locatie_id,
        plaatsing=row.plaatsing,
        kennismaking=row.kennismaking,
        vertrek=row.vertrek,
        geboorteland=row.geboorteland,
        talen=tuple(row.talen),
        telefoon=row.telefoon,
        verlengde_opvang_start=row.verlengde_opvang_start,
        jeugdbeschermer_naam=row.jeugdbeschermer_naam,
        jeugdbeschermer_telefoon=row.jeugdbeschermer_telefoon,
        jeugdbeschermer_email=row.jeugdbeschermer_email,
        notities=row.notities,
    )


@dataclass(slots=True)
class _Verslagen:
    """What the gesprekken and plans add to a jongere's facts."""

    driegesprekken: list[date] = field(default_factory=list)
    niet_in_portaal: list[date] = field(default_factory=list)
    plan_niet_in_portaal: date | None = None


def _verslagen(s: Session, jongere_ids: list[str]) -> dict[str, _Verslagen]:
    """Definitief driegesprekken and what is not yet in the portal, for many jongeren in two queries."""
    out: dict[str, _Verslagen] = {i: _Verslagen() for i in jongere_ids}
    if not jongere_ids:
        return out
    rows = s.execute(
        select(m.Gesprek.jongere_id, m.Gesprek.moment, m.Gesprek.sync_state).where(
            m.Gesprek.jongere_id.in_(jongere_ids),
            m.Gesprek.soort == GesprekType.DRIEGESPREK.value,
            m.Gesprek.status == "definitief",
            m.Gesprek.vervangen.is_(False),
            m.Gesprek.deleted_at.is_(None),
        )
    )
    for jongere_id, moment, sync_state in rows:
        dag = moment.astimezone(AMSTERDAM).date()
        out[jongere_id].driegesprekken.append(dag)
        if sync_state != SyncState.SYNCED.value:
            out[jongere_id].niet_in_portaal.append(dag)
    nieuwste = (
        select(m.PlanVersie.jongere_id, func.max(m.PlanVersie.nummer).label("nummer"))
        .where(
            m.PlanVersie.jongere_id.in_(jongere_ids),
            m.PlanVersie.status == "vastgesteld",
            m.PlanVersie.deleted_at.is_(None),
        )
        .group_by(m.PlanVersie.jongere_id)
        .subquery()
    )
    plannen = s.execute(
        select(m.PlanVersie.jongere_id, m.PlanVersie.vastgesteld_op, m.PlanVersie.sync_state).join(
            nieuwste,
            (nieuwste.c.jongere_id == m.PlanVersie.jongere_id) & (nieuwste.c.nummer == m.PlanVersie.nummer),
        )
    )
    for jongere_id, vastgesteld_op, sync_state in plannen:
        if sync_state != SyncState.SYNCED.value:
            out[jongere_id].plan_niet_in_portaal = vastgesteld_op
    return out


def facts_for(row: m.Jongere, verslagen: _Verslagen | None = None) -> JongereFacts:
    """The dates the kwaliteitskader rules need: own dates, recorded events, gesprekken and plans."""
    v = verslagen or _Verslagen()
    events = [(GebeurtenisSoort(g.soort), g.datum) for g in row.gebeurtenissen if g.deleted_at is None]
    events += [(GebeurtenisSoort.DRIEGESPREK, dag) for dag in v.driegesprekken]
    return JongereFacts.from_events(
        geboortedatum=row.geboortedatum,
        plaatsing=row.plaatsing,
        kennismaking=row.kennismaking,
        vertrek=row.vertrek,
        verlengde_opvang_start=row.verlengde_opvang_start,
        events=events,
        verslagen_niet_in_portaal=v.niet_in_portaal,
        plan_niet_in_portaal=v.plan_niet_in_portaal,
    )


def _gebeurtenissen(row: m.Jongere, namen: dict[str, str]) -> tuple[e.Gebeurtenis, ...]:
    return tuple(
        e.Gebeurtenis(
            id=g.id,
            soort=GebeurtenisSoort(g.soort),
            datum=g.datum,
            notitie=g.notitie,
            vastgelegd_door=namen.get(g.author_id or "", ZONDER_MEDEWERKER),
        )
        for g in sorted(row.gebeurtenissen, key=lambda g: g.datum, reverse=True)
        if g.deleted_at is None
    )


#: Shown as author of records made without a medewerker signed in (the demo import, an admin script).
ZONDER_MEDEWERKER = "import / beheer"


def _is_current(t: m.MentorToewijzing, today: date) -> bool:
    return t.deleted_at is None and t.van <= today and (t.tot is None or t.tot > today)


def _mentoren(row: m.Jongere, namen: dict[str, str], today: date) -> tuple[e.MentorPeriode, ...]:
    return tuple(
        e.MentorPeriode(
            id=t.id,
            medewerker_id=t.medewerker_id,
            medewerker_naam=t.medewerker.naam,
            van=t.van,
            tot=t.tot,
            reden=t.reden,
            vastgelegd_door=namen.get(t.author_id or "", ZONDER_MEDEWERKER),
            huidig=_is_current(t, today),
        )
        for t in row.mentoren
        if t.deleted_at is None
    )


def _apply(row: m.Jongere, g: e.JongereGegevens) -> None:
    row.voornaam, row.achternaam, row.roepnaam = g.voornaam, g.achternaam, g.roepnaam
    row.geboortedatum, row.locatie_id, row.plaatsing = g.geboortedatum, g.locatie_id, g.plaatsing
    row.kennismaking, row.vertrek, row.geboorteland = g.kennismaking, g.vertrek, g.geboorteland
    row.talen, row.telefoon, row.verlengde_opvang_start = list(g.talen), g.telefoon, g.verlengde_opvang_start
    row.jeugdbeschermer_naam = g.jeugdbeschermer_naam
    row.jeugdbeschermer_telefoon = g.jeugdbeschermer_telefoon
    row.jeugdbeschermer_email = g.jeugdbeschermer_email
    row.notities = g.notities


def add_event(
    s: Session,
    ctx: Context,
    row: m.Jongere,
    *,
    soort: GebeurtenisSoort,
    datum: date,
    notitie: str = "",
    problems: list[Problem] | None = None,
) -> None:
    """Record an event inside the caller's unit of work (also used when a plan is vastgesteld).

    ``problems`` already found by the caller are reported together with these.
    """
    problems = list(problems or [])
    if datum < row.plaatsing:
        problems.append(problem(Code.DATUM_VOOR_PLAATSING, "Datum", datum=row.plaatsing.strftime("%d-%m-%Y")))
    raise_if(problems)
    event = m.Gebeurtenis(jongere_id=row.id, soort=soort.value, datum=datum, notitie=notitie)
    save_new(s, ctx, event, jongere_id=row.id)
    s.flush()
    s.expire(row, ["gebeurtenissen"])


class JongerenService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    # -- reading -----------------------------------------------------------
    def _active_rows(self, s: Session, locatie_id: str | None, *, met_vertrokken: bool) -> list[m.Jongere]:
        q = select(m.Jongere).where(m.Jongere.deleted_at.is_(None))
        if locatie_id is not None:
            q = q.where(m.Jongere.locatie_id == locatie_id)
        if not met_vertrokken:
            q = q.where((m.Jongere.vertrek.is_(None)) | (m.Jongere.vertrek > self.ctx.today()))
        return list(s.scalars(q.order_by(m.Jongere.voornaam, m.Jongere.achternaam)))

    def _locatie_namen(self, s: Session) -> dict[str, str]:
        return {i: n for i, n in s.execute(select(m.Locatie.id, m.Locatie.naam))}

    def lijst(self, locatie_id: str | None = None, *, met_vertrokken: bool = False) -> list[e.JongereRegel]:
        """The jongeren of a location (or all), with age, mentor, jeugdbeschermer and next due item."""
        today = self.ctx.today()
        with self.ctx.store.read() as s:
            locaties = self._locatie_namen(s)
            rows = self._active_rows(s, locatie_id, met_vertrokken=met_vertrokken)
            verslagen = _verslagen(s, [r.id for r in rows])
            result = []
            for r in rows:
                g = _gegevens(r)
                mentor = next((t.medewerker.naam for t in r.mentoren if _is_current(t, today)), "")
                items = due_items(facts_for(r, verslagen[r.id]), today)
                result.append(
                    e.JongereRegel(
                        id=r.id,
                        naam=g.naam,
                        geboortedatum=r.geboortedatum,
                        leeftijd=leeftijd(r.geboortedatum, today),
                        locatie=locaties.get(r.locatie_id, ""),
                        mentor=mentor,
                        jeugdbeschermer=r.jeugdbeschermer_naam,
                        volgende=items[0] if items else None,
                    )
                )
            return result

    def _to_jongere(self, s: Session, row: m.Jongere) -> e.Jongere:
        namen = medewerker_namen(s)
        return e.Jongere(
            id=row.id,
            gegevens=_gegevens(row),
            locatie_naam=self._locatie_namen(s).get(row.locatie_id, ""),
            mentoren=_mentoren(row, namen, self.ctx.today()),
            gebeurtenissen=_gebeurtenissen(row, namen),
            due=tuple(due_items(facts_for(row, _verslagen(s, [row.id])[row.id]), self.ctx.today())),
            bijgewerkt=row.updated_at,
        )

    def get(self, jongere_id: str) -> e.Jongere:
        with self.ctx.store.read() as s:
            return self._to_jongere(s, get_or_raise(s, m.Jongere, jongere_id, "Jongere"))

    def open_dossier(self, jongere_id: str) -> e.Jongere:
        """Read a dossier and record that this medewerker looked at it (NEN 7513: reads are logged too)."""
        with self.ctx.store.write() as s:
            jongere = self._to_jongere(s, get_or_raise(s, m.Jongere, jongere_id, "Jongere"))
            audit(
                s,
                self.ctx,
                actie="ingezien",
                entiteit="jongere",
                entiteit_id=jongere_id,
                jongere_id=jongere_id,
            )
            return jongere

    def deadlines(self, locatie_id: str | None = None, *, mentor_id: str | None = None) -> list[Deadline]:
        """Every open item of every current jongere (of a location, or of one mentor), most urgent first."""
        today = self.ctx.today()
        with self.ctx.store.read() as s:
            locaties = self._locatie_namen(s)
            rows = self._active_rows(s, locatie_id, met_vertrokken=False)
            if mentor_id is not None:
                rows = [
                    r
                    for r in rows
                    if any(t.medewerker_id == mentor_id and _is_current(t, today) for t in r.mentoren)
                ]
            verslagen = _verslagen(s, [r.id for r in rows])
            out = [
                Deadline(r.id, _gegevens(r).naam, locaties.get(r.locatie_id, ""), item)
                for r in rows
                for item in due_items(facts_for(r, verslagen[r.id]), today)
            ]
        return sorted(out, key=lambda d: (d.item.due, d.jongere_naam, d.item.kind.value))

    def audit_trail(self, jongere_id: str) -> list[e.AuditRegel]:
        with self.ctx.store.read() as s:
            get_or_raise(s, m.Jongere, jongere_id, "Jongere")
            rows = s.scalars(
                select(m.AuditLog).where(m.AuditLog.jongere_id == jongere_id).order_by(m.AuditLog.id.desc())
            )
            return [
                e.AuditRegel(
                    tijd=r.tijd,
                    medewerker=r.medewerker_naam,
                    actie=r.actie,
                    entiteit=r.entiteit,
                    entiteit_id=r.entiteit_id,
                    jongere_id=r.jongere_id,
                    wijzigingen=tuple(e.Wijziging(*w) for w in r.wijzigingen),
                )
                for r in rows
            ]

    # -- writing -----------------------------------------------------------
    def add(self, gegevens: e.JongereGegevens, *, mentor_id: str | None = None) -> e.Jongere:
        g = clean_jongere(gegevens, self.ctx.today())
        with self.ctx.store.write() as s:
            get_or_raise(s, m.Locatie, g.locatie_id, "Locatie")
            row = m.Jongere(id=m.new_id())
            _apply(row, g)
            save_new(s, self.ctx, row, jongere_id=row.id)
            if mentor_id:
                self._assign(s, row, mentor_id, g.kennismaking or g.plaatsing, "Eerste mentor")
            return self._to_jongere(s, row)

    def update(self, jongere_id: str, gegevens: e.JongereGegevens) -> e.Jongere:
        g = clean_jongere(gegevens, self.ctx.today())
        with self.ctx.store.write() as s:
            row = get_or_raise(s, m.Jongere, jongere_id, "Jongere")
            get_or_raise(s, m.Locatie, g.locatie_id, "Locatie")
            before = snapshot(row)
            _apply(row, g)
            save_changes(s, self.ctx, row, before, jongere_id=jongere_id)
            return self._to_jongere(s, row)

    def record_event(
        self, jongere_id: str, soort: GebeurtenisSoort, datum: date, notitie: str = ""
    ) -> e.Jongere:
        """Record that something the deadlines count from has happened (on paper or before the app)."""
        notitie = clean_text(notitie)
        problems = check_text("Notitie", notitie, MAX_KORT)
        if datum > self.ctx.today():
            problems.append(problem(Code.DATUM_IN_TOEKOMST, "Datum"))
        with self.ctx.store.write() as s:
            row = get_or_raise(s, m.Jongere, jongere_id, "Jongere")
            add_event(s, self.ctx, row, soort=soort, datum=datum, notitie=notitie, problems=problems)
            return self._to_jongere(s, row)

    def withdraw_event(self, jongere_id: str, gebeurtenis_id: str) -> e.Jongere:
        """Take back an event recorded by mistake: a tombstone, so the portal and the log keep it."""
        with self.ctx.store.write() as s:
            row = get_or_raise(s, m.Jongere, jongere_id, "Jongere")
            event = get_or_raise(s, m.Gebeurtenis, gebeurtenis_id, "Gebeurtenis")
            if event.jongere_id != row.id:
                raise ValidationError([problem(Code.NIET_GEVONDEN, wat="Gebeurtenis")])
            before = snapshot(event)
            event.deleted_at = self.ctx.now()
            save_changes(s, self.ctx, event, before, jongere_id=row.id, soort="delete")
            s.flush()
            s.expire(row, ["gebeurtenissen"])
            return self._to_jongere(s, row)

    def change_mentor(self, jongere_id: str, medewerker_id: str, ingang: date, reden: str = "") -> e.Jongere:
        """End the current mentor period on ``ingang`` and start a new one (history kept, 3.3a / 7.2c)."""
        vereis(self.ctx, Actie.MENTOR_WIJZIGEN, jongere_id)
        reden = clean_text(reden)
        raise_if(check_text("Reden", reden, MAX_KORT))
        with self.ctx.store.write() as s:
            row = get_or_raise(s, m.Jongere, jongere_id, "Jongere")
            self._assign(s, row, medewerker_id, ingang, reden)
            return self._to_jongere(s, row)

    def _assign(self, s: Session, row: m.Jongere, medewerker_id: str, ingang: date, reden: str) -> None:
        nieuw = get_or_raise(s, m.Medewerker, medewerker_id, "Medewerker")
        huidig = next((t for t in row.mentoren if t.tot is None and t.deleted_at is None), None)
        if huidig is not None:
            if huidig.medewerker_id == medewerker_id:
                raise ValidationError([problem(Code.MENTOR_ZELFDE, naam=nieuw.naam)])
            if ingang < huidig.van:
                raise ValidationError([problem(Code.MENTOR_DATUM, datum=huidig.van.strftime("%d-%m-%Y"))])
            before = snapshot(huidig)
            huidig.tot = ingang
            save_changes(s, self.ctx, huidig, before, jongere_id=row.id)
        toewijzing = m.MentorToewijzing(
            jongere_id=row.id, medewerker_id=medewerker_id, van=ingang, reden=reden
        )
        save_new(s, self.ctx, toewijzing, jongere_id=row.id)
        audit(
            s,
            self.ctx,
            actie="mentor gewijzigd",
            entiteit="jongere",
            entiteit_id=row.id,
            jongere_id=row.id,
            wijzigingen=diff(
                {"mentor": huidig.medewerker.naam if huidig else None},
                {"mentor": nieuw.naam, "ingang": ingang.isoformat(), "reden": reden or None},
            ),
        )
        s.flush()
        s.expire(row, ["mentoren"])
