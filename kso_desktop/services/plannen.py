"""Use cases for the begeleidingsplan: concepts, saving (with merge), herstelpunten, vaststellen, compare.

Every save of a concept writes its audit row (field by field, in words) and its outbox op in the same unit
of work. Typing in the editor is kept as a herstelpunt (autosave) that never reaches the audit or the
portal: only a save does.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path

from sqlalchemy import Text, delete, func, select, type_coerce
from sqlalchemy.orm import Session

from kso_desktop.domain.entities import Wijziging
from kso_desktop.domain.enums import GebeurtenisSoort, Leefgebied
from kso_desktop.domain.plan import (
    Akkoord,
    PlanInhoud,
    PlanStatus,
    PlanTemplate,
    PlanVersie,
    check_inhoud,
    check_no_evaluation_after_stop,
    clean_inhoud,
    inhoud_from_json,
    inhoud_to_json,
    parse_template,
)
from kso_desktop.domain.plan_compare import Onderdeel, merge, vergelijk
from kso_desktop.domain.rechten import GEVOELIGE_LEEFGEBIEDEN as GEVOELIG
from kso_desktop.domain.rechten import Actie, gevoelig_gewijzigd, herstel_gevoelig, mag, scherm_plan_af
from kso_desktop.domain.validation import Code, ValidationError, check_text, clean_text, problem, raise_if
from kso_desktop.paths import resources_dir
from kso_desktop.services.context import Context
from kso_desktop.services.jongeren import add_event
from kso_desktop.services.organisatie import get_or_raise
from kso_desktop.services.rechten import vereis, wie_in
from kso_desktop.services.recording import audit, enqueue, touch
from kso_desktop.storage import models as m

TEMPLATE_FILE = Path("plan") / "begeleidingsplan-v1.json"


@cache
def default_template() -> PlanTemplate:
    """The shipped plan template (read once per process)."""
    path = resources_dir() / TEMPLATE_FILE
    return parse_template(json.loads(path.read_text(encoding="utf-8")), str(path))


@dataclass(frozen=True, slots=True)
class VersieInfo:
    id: str
    nummer: int
    status: PlanStatus
    gestart_op: date
    vastgesteld_op: date | None

    @property
    def label(self) -> str:
        if self.vastgesteld_op:
            return f"Versie {self.nummer}, vastgesteld {self.vastgesteld_op:%d-%m-%Y}"
        return f"Versie {self.nummer}, concept sinds {self.gestart_op:%d-%m-%Y}"


@dataclass(frozen=True, slots=True)
class Opgeslagen:
    """The result of a save: the stored version, and where a concurrent edit had to be merged."""

    versie: PlanVersie
    samengevoegd_met: str | None = None
    conflicten: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Herstelpunt:
    versie_id: str
    jongere_id: str
    jongere_naam: str
    base_rev: int
    basis: PlanInhoud
    inhoud: PlanInhoud
    opgeslagen_op: datetime


def _to_versie(row: m.PlanVersie) -> PlanVersie:
    akkoord = Akkoord(**row.akkoord) if row.akkoord else None
    return PlanVersie(
        id=row.id,
        jongere_id=row.jongere_id,
        nummer=row.nummer,
        status=PlanStatus(row.status),
        template=parse_template(row.template, f"plan {row.id}"),
        inhoud=inhoud_from_json(row.inhoud),
        gestart_op=row.gestart_op,
        rev=row.local_rev,
        vastgesteld_op=row.vastgesteld_op,
        akkoord=akkoord,
        vorige_id=row.vorige_id,
    )


def _wijzigingen(onderdelen: tuple[Onderdeel, ...]) -> tuple[Wijziging, ...]:
    """What changed, in words a reader of the log understands (no JSON, no ids)."""
    out: list[Wijziging] = []
    for o in onderdelen:
        for v in o.velden:
            label = v.label if v.label == o.titel else f"{o.titel} – {v.label}"
            out.append(Wijziging(label, v.oud or None, v.nieuw or None))
        for d in o.doelen:
            if d.oud is None:
                out.append(Wijziging(f"{o.titel}: nieuw doel", None, d.titel))
            elif d.nieuw is None:
                out.append(Wijziging(f"{o.titel}: doel vervallen", d.titel, None))
            else:
                out += [
                    Wijziging(f"{o.titel}: doel '{d.titel}' – {v.label}", v.oud or None, v.nieuw or None)
                    for v in d.velden
                ]
    return tuple(out)


class PlanService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    @property
    def _editor(self) -> str:
        return f"{self.ctx.actor.medewerker_id or 'systeem'}@{self.ctx.actor.device_id}"

    # -- reading -----------------------------------------------------------
    def versies(self, jongere_id: str) -> list[VersieInfo]:
        """All versions of the jongere's plan, newest first."""
        with self.ctx.store.read() as s:
            get_or_raise(s, m.Jongere, jongere_id, "Jongere")
            rows = s.execute(
                select(
                    m.PlanVersie.id,
                    m.PlanVersie.nummer,
                    m.PlanVersie.status,
                    m.PlanVersie.gestart_op,
                    m.PlanVersie.vastgesteld_op,
                )
                .where(m.PlanVersie.jongere_id == jongere_id, m.PlanVersie.deleted_at.is_(None))
                .order_by(m.PlanVersie.nummer.desc())
            )
            return [VersieInfo(i, n, PlanStatus(st), g, v) for i, n, st, g, v in rows]

    def versie(self, versie_id: str) -> PlanVersie:
        with self.ctx.store.read() as s:
            return self._zichtbaar(s, _to_versie(get_or_raise(s, m.PlanVersie, versie_id, "Planversie")))

    def _zichtbaar(self, s: Session, versie: PlanVersie) -> PlanVersie:
        """The version as the actor may see it: health texts masked unless mentor, teamleider, ..."""
        if mag(wie_in(s, self.ctx, versie.jongere_id), Actie.GEVOELIG_LEZEN):
            return versie
        return dataclasses.replace(versie, inhoud=scherm_plan_af(versie.inhoud))

    def laatste(self, jongere_id: str) -> PlanVersie | None:
        """The newest version (the concept being worked on, or the last vastgesteld one)."""
        with self.ctx.store.read() as s:
            row = self._laatste_row(s, jongere_id)
            return None if row is None else self._zichtbaar(s, _to_versie(row))

    def _laatste_row(self, s: Session, jongere_id: str) -> m.PlanVersie | None:
        return s.scalars(
            select(m.PlanVersie)
            .where(m.PlanVersie.jongere_id == jongere_id, m.PlanVersie.deleted_at.is_(None))
            .order_by(m.PlanVersie.nummer.desc())
            .limit(1)
        ).first()

    def scores(self, jongere_id: str) -> dict[Leefgebied, list[tuple[date, int]]]:
        """Self-reliance per leefgebied over time: one point per version that has a score."""
        out: dict[Leefgebied, list[tuple[date, int]]] = {k: [] for k in Leefgebied}
        # SQLite reads the six numbers out of each version; parsing years of plan text for them was slow.
        raw = type_coerce(m.PlanVersie.inhoud, Text)
        scores = [func.json_extract(raw, f"$.leefgebieden.{k.value}.score") for k in Leefgebied]
        with self.ctx.store.read() as s:
            rows = s.execute(
                select(m.PlanVersie.vastgesteld_op, m.PlanVersie.gestart_op, *scores)
                .where(m.PlanVersie.jongere_id == jongere_id, m.PlanVersie.deleted_at.is_(None))
                .order_by(m.PlanVersie.nummer)
            )
            verborgen = set() if mag(wie_in(s, self.ctx, jongere_id), Actie.GEVOELIG_LEZEN) else GEVOELIG
            for vastgesteld, gestart, *waarden in rows:
                for key, waarde in zip(Leefgebied, waarden, strict=True):
                    if waarde is not None and key not in verborgen:
                        out[key].append((vastgesteld or gestart, int(waarde)))
        return out

    def vergelijk(self, oud_id: str, nieuw_id: str) -> tuple[Onderdeel, ...]:
        oud, nieuw = self.versie(oud_id), self.versie(nieuw_id)
        if oud.jongere_id != nieuw.jongere_id:
            raise ValidationError([problem(Code.NIET_GEVONDEN, wat="Planversie van deze jongere")])
        return vergelijk(oud.inhoud, nieuw.inhoud, nieuw.template)

    # -- writing -----------------------------------------------------------
    def nieuw_concept(self, jongere_id: str, template: PlanTemplate | None = None) -> PlanVersie:
        """Start a concept: the first plan from the template, or a copy of the last vastgesteld version.

        When the newest version is already a concept, that concept is returned: there is one at a time.
        """
        with self.ctx.store.write() as s:
            jongere = get_or_raise(s, m.Jongere, jongere_id, "Jongere")
            laatste = self._laatste_row(s, jongere_id)
            if laatste is not None and laatste.status == PlanStatus.CONCEPT.value:
                return self._zichtbaar(s, _to_versie(laatste))
            if laatste is not None:
                tpl_json, inhoud = laatste.template, laatste.inhoud
                deelnemers = inhoud.get("deelnemers", {})
            else:
                tpl = template or default_template()
                tpl_json, inhoud = dict(tpl.raw), inhoud_to_json(PlanInhoud())
                deelnemers = {
                    "jongere": True,
                    "woonbegeleider": self.ctx.actor.naam if self.ctx.actor.medewerker_id else "",
                    "jeugdbeschermer": jongere.jeugdbeschermer_naam,
                    "anderen": "",
                }
            inhoud = {**inhoud, "deelnemers": deelnemers}
            row = m.PlanVersie(
                id=m.new_id(),
                jongere_id=jongere_id,
                nummer=(laatste.nummer + 1) if laatste else 1,
                status=PlanStatus.CONCEPT.value,
                template_id=str(tpl_json["id"]),
                template_versie=int(tpl_json["versie"]),
                template=tpl_json,
                inhoud=inhoud,
                gestart_op=self.ctx.today(),
                vorige_id=laatste.id if laatste else None,
            )
            touch(row, self.ctx, new=True)
            s.add(row)
            s.flush()
            # A short log line: the content is in the version itself, the template is not news.
            basis = (
                f"kopie van versie {laatste.nummer}"
                if laatste
                else f"sjabloon {row.template_id} v{row.template_versie}"
            )
            audit(
                s,
                self.ctx,
                actie="aangemaakt",
                entiteit="plan_versie",
                entiteit_id=row.id,
                jongere_id=jongere_id,
                wijzigingen=(Wijziging("Nieuw concept", None, f"versie {row.nummer} ({basis})"),),
            )
            enqueue(s, self.ctx, row)
            return self._zichtbaar(s, _to_versie(row))

    def opslaan(self, versie_id: str, inhoud: PlanInhoud, *, basis: PlanInhoud, base_rev: int) -> Opgeslagen:
        """Save a concept. ``basis``/``base_rev``: what the editor started from.

        When someone else saved in between, their edit and this one are merged: nothing either wrote is
        lost; where both changed the same text, both texts stay, marked, and the places are returned.
        """
        inhoud = clean_inhoud(inhoud)
        with self.ctx.store.read() as s:
            row = get_or_raise(s, m.PlanVersie, versie_id, "Planversie")
            jongere_id, opgeslagen = row.jongere_id, inhoud_from_json(row.inhoud)
            mag_gevoelig = mag(wie_in(s, self.ctx, jongere_id), Actie.GEVOELIG_SCHRIJVEN)
        if not mag_gevoelig and gevoelig_gewijzigd(inhoud, opgeslagen):
            # Typed health notes are refused out loud, never dropped without a word.
            vereis(self.ctx, Actie.GEVOELIG_SCHRIJVEN, jongere_id)
        with self.ctx.store.write() as s:
            row = get_or_raise(s, m.PlanVersie, versie_id, "Planversie")
            if row.status != PlanStatus.CONCEPT.value:
                raise ValidationError([problem(Code.PLAN_NIET_BEWERKBAAR)])
            huidig = _to_versie(row)
            if not mag(wie_in(s, self.ctx, row.jongere_id), Actie.GEVOELIG_SCHRIJVEN):
                # What this role sent for the health texts is the marker it was shown: keep what is stored.
                inhoud = herstel_gevoelig(inhoud, huidig.inhoud)
                basis = herstel_gevoelig(clean_inhoud(basis), huidig.inhoud)
            samengevoegd_met: str | None = None
            conflicten: tuple[str, ...] = ()
            if row.local_rev != base_rev:
                samengevoegd_met = self._naam(s, row.author_id)
                titels = {d.key: d.titel for d in huidig.template.delen}
                inhoud, conflicten = merge(
                    clean_inhoud(basis), inhoud, huidig.inhoud, samengevoegd_met, titels
                )
            raise_if(
                check_inhoud(inhoud, huidig.template, row.gestart_op, vorige=huidig.inhoud)
                + check_no_evaluation_after_stop(huidig.inhoud, inhoud)
            )
            changes = _wijzigingen(vergelijk(huidig.inhoud, inhoud, huidig.template))
            if changes:
                row.inhoud = inhoud_to_json(inhoud)
                touch(row, self.ctx, new=False)
                audit(
                    s,
                    self.ctx,
                    actie="gewijzigd",
                    entiteit="plan_versie",
                    entiteit_id=row.id,
                    jongere_id=row.jongere_id,
                    wijzigingen=changes,
                )
                enqueue(s, self.ctx, row)
            self._drop_herstelpunt(s, versie_id)
            return Opgeslagen(self._zichtbaar(s, _to_versie(row)), samengevoegd_met, conflicten)

    def vaststellen(self, versie_id: str, datum: date, akkoord: Akkoord) -> PlanVersie:
        """Freeze the concept as agreed with the jongere; the deadlines count from ``datum`` (1.1a)."""
        akkoord = dataclasses.replace(
            akkoord,
            jeugdbeschermer=clean_text(akkoord.jeugdbeschermer),
            woonbegeleider=clean_text(akkoord.woonbegeleider),
        )
        problems = [
            *check_text("Jeugdbeschermer", akkoord.jeugdbeschermer, 100),
            *check_text("Woonbegeleider", akkoord.woonbegeleider, 100),
        ]
        if not akkoord.jongere:
            problems.append(problem(Code.JONGERE_AKKOORD))
        if datum > self.ctx.today():
            problems.append(problem(Code.DATUM_IN_TOEKOMST, "Datum van vaststellen"))
        with self.ctx.store.read() as s:
            jongere_id = get_or_raise(s, m.PlanVersie, versie_id, "Planversie").jongere_id
        vereis(self.ctx, Actie.PLAN_VASTSTELLEN, jongere_id)
        with self.ctx.store.write() as s:
            row = get_or_raise(s, m.PlanVersie, versie_id, "Planversie")
            if row.status != PlanStatus.CONCEPT.value:
                raise ValidationError([problem(Code.PLAN_NIET_BEWERKBAAR)])
            versie = _to_versie(row)
            if datum < row.gestart_op:
                problems.append(
                    problem(Code.DOEL_DATUM, "Datum van vaststellen", datum=f"{row.gestart_op:%d-%m-%Y}")
                )
            vorige = s.get(m.PlanVersie, row.vorige_id) if row.vorige_id else None
            vorige_inhoud = inhoud_from_json(vorige.inhoud) if vorige is not None else None
            raise_if(
                problems + check_inhoud(versie.inhoud, versie.template, row.gestart_op, vorige=vorige_inhoud)
            )
            row.status = PlanStatus.VASTGESTELD.value
            row.vastgesteld_op = datum
            row.akkoord = dataclasses.asdict(akkoord)
            touch(row, self.ctx, new=False)
            audit(
                s,
                self.ctx,
                actie="vastgesteld",
                entiteit="plan_versie",
                entiteit_id=row.id,
                jongere_id=row.jongere_id,
                wijzigingen=(
                    Wijziging("Versie", None, str(row.nummer)),
                    Wijziging("Vastgesteld op", None, f"{datum:%d-%m-%Y}"),
                    Wijziging("Jongere akkoord", None, "ja"),
                ),
            )
            enqueue(s, self.ctx, row)
            jongere = get_or_raise(s, m.Jongere, row.jongere_id, "Jongere")
            add_event(
                s,
                self.ctx,
                jongere,
                soort=GebeurtenisSoort.BEGELEIDINGSPLAN_VASTGESTELD,
                datum=datum,
                notitie=f"Versie {row.nummer}",
            )
            self._drop_herstelpunt(s, versie_id)
            return self._zichtbaar(s, _to_versie(row))

    # -- herstelpunten (autosave) -------------------------------------------
    def bewaar_herstelpunt(
        self, versie_id: str, inhoud: PlanInhoud, *, basis: PlanInhoud, base_rev: int
    ) -> None:
        """Keep what is being typed, so a crash or power cut loses seconds. Not audited, not synced."""
        data, basis_data = inhoud_to_json(inhoud), inhoud_to_json(basis)
        with self.ctx.store.write() as s:
            versie = get_or_raise(s, m.PlanVersie, versie_id, "Planversie")
            if versie.status != PlanStatus.CONCEPT.value:
                raise ValidationError([problem(Code.PLAN_NIET_BEWERKBAAR)])
            found = s.scalars(
                select(m.PlanHerstelpunt).where(
                    m.PlanHerstelpunt.plan_versie_id == versie_id, m.PlanHerstelpunt.editor == self._editor
                )
            ).first()
            if found is None:
                s.add(
                    m.PlanHerstelpunt(
                        plan_versie_id=versie_id,
                        editor=self._editor,
                        base_rev=base_rev,
                        basis=basis_data,
                        inhoud=data,
                        opgeslagen_op=self.ctx.now(),
                    )
                )
            else:
                found.base_rev, found.basis, found.inhoud = base_rev, basis_data, data
                found.opgeslagen_op = self.ctx.now()

    def herstelpunt(self, versie_id: str) -> Herstelpunt | None:
        """Unsaved typing of this medewerker on this device in this version, if any."""
        found = [h for h in self.herstelpunten() if h.versie_id == versie_id]
        return found[0] if found else None

    def herstelpunten(self) -> list[Herstelpunt]:
        """Every unsaved edit this medewerker left on this device (shown at start-up after a crash)."""
        with self.ctx.store.read() as s:
            rows = s.execute(
                select(m.PlanHerstelpunt, m.PlanVersie.jongere_id, m.Jongere.voornaam, m.Jongere.achternaam)
                .join(m.PlanVersie, m.PlanVersie.id == m.PlanHerstelpunt.plan_versie_id)
                .join(m.Jongere, m.Jongere.id == m.PlanVersie.jongere_id)
                .where(m.PlanHerstelpunt.editor == self._editor)
                .order_by(m.PlanHerstelpunt.opgeslagen_op.desc())
            )
            return [
                Herstelpunt(
                    h.plan_versie_id,
                    jid,
                    f"{voor} {achter}",
                    h.base_rev,
                    inhoud_from_json(h.basis),
                    inhoud_from_json(h.inhoud),
                    h.opgeslagen_op,
                )
                for h, jid, voor, achter in rows
            ]

    def verwerp_herstelpunt(self, versie_id: str) -> None:
        with self.ctx.store.write() as s:
            self._drop_herstelpunt(s, versie_id)

    def _drop_herstelpunt(self, s: Session, versie_id: str) -> None:
        s.execute(
            delete(m.PlanHerstelpunt).where(
                m.PlanHerstelpunt.plan_versie_id == versie_id, m.PlanHerstelpunt.editor == self._editor
            )
        )

    def _naam(self, s: Session, medewerker_id: str | None) -> str:
        if medewerker_id is None:
            return "een collega"
        return s.scalar(select(m.Medewerker.naam).where(m.Medewerker.id == medewerker_id)) or "een collega"

    def aantal_versies(self, jongere_id: str) -> int:
        with self.ctx.store.read() as s:
            return int(
                s.scalar(
                    select(func.count())
                    .select_from(m.PlanVersie)
                    .where(m.PlanVersie.jongere_id == jongere_id)
                )
                or 0
            )
