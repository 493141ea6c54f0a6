"""Use cases for gesprekken, the driegesprek preparation, shift handovers, the timeline and search.

A definitief gesprek is final: a correction is a new version that replaces it and points to it. Every write
lands in the audit trail and the outbox, and keeps the full-text index (FTS5) in step in the same unit.
Typing in a gesprek is kept as a herstelpunt (autosave), like in the plan editor: never audited or synced,
and dropped by the save that makes it unnecessary.
"""

from __future__ import annotations

import dataclasses
import re
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from sqlalchemy import ColumnElement, delete, select, text
from sqlalchemy.orm import Session

from kso_desktop.domain.entities import Wijziging
from kso_desktop.domain.enums import GesprekType, Leefgebied
from kso_desktop.domain.gesprek import (
    Afspraak,
    Deelnemer,
    DeelnemerRol,
    Gesprek,
    GesprekInhoud,
    GesprekStatus,
    LeefgebiedBespreking,
    Onderwerp,
    check_gesprek,
    clean_gesprek,
    gesprek_from_json,
    gesprek_to_json,
)
from kso_desktop.domain.plan import Doel, DoelStatus, Evaluatie, PlanStatus, PlanVersie, add_evaluatie
from kso_desktop.domain.validation import (
    MAX_TEKST,
    Code,
    ValidationError,
    check_text,
    clean_text,
    problem,
    raise_if,
)
from kso_desktop.services.context import AMSTERDAM, Context
from kso_desktop.services.organisatie import get_or_raise, medewerker_namen
from kso_desktop.services.plannen import PlanService
from kso_desktop.services.recording import audit, enqueue, save_new, touch
from kso_desktop.storage import models as m

#: How many gesprekken the timeline and the preparation look back, at most (years of shifts).
MAX_TIJDLIJN = 500


@dataclass(frozen=True, slots=True)
class Tijdlijnregel:
    """One thing in a jongere's history: a gesprek, a plan version, a recorded event."""

    moment: datetime
    soort: str
    titel: str
    samenvatting: str
    ref_id: str


@dataclass(frozen=True, slots=True)
class Zoekresultaat:
    jongere_id: str
    jongere_naam: str
    soort: str
    ref_id: str
    datum: date
    fragment: str


@dataclass(frozen=True, slots=True)
class Voorbereiding:
    """What a mentor needs to prepare a driegesprek (everything since the last one)."""

    jongere_id: str
    sinds: date | None
    tweegesprekken: tuple[Gesprek, ...]
    open_afspraken: tuple[tuple[date, Afspraak], ...]
    onderwerpen_jongere: tuple[str, ...]
    plan: PlanVersie | None
    plan_wijzigingen: tuple[str, ...]
    doelen: tuple[Doel, ...]
    mijlpalen: tuple[str, ...]
    #: The latest Quickscan and signaleringsplan, one line each (Norm 4.1).
    formulieren: tuple[str, ...] = ()

    def agenda(self) -> GesprekInhoud:
        """A driegesprek concept with the agenda filled in from this preparation."""
        onderwerpen = [Onderwerp(t, van_jongere=True) for t in self.onderwerpen_jongere]
        onderwerpen += [Onderwerp(f"Afspraak: {a.wat} ({a.wie.label})") for _d, a in self.open_afspraken]
        onderwerpen += [Onderwerp(f"Mijlpaal: {t}") for t in self.mijlpalen]
        # Norm 1.2: the driegesprek covers all six leefgebieden; those with running goals come first.
        leefgebieden = tuple(dict.fromkeys([*(d.leefgebied for d in self.doelen), *Leefgebied]))
        return GesprekInhoud(
            onderwerpen=tuple(onderwerpen),
            leefgebieden=leefgebieden,
            besprekingen=tuple(LeefgebiedBespreking(lg) for lg in leefgebieden),
        )


@dataclass(frozen=True, slots=True)
class Overdrachtnotitie:
    id: str
    locatie_id: str
    jongere_id: str | None
    jongere_naam: str
    tekst: str
    auteur: str
    geschreven_op: datetime


@dataclass(frozen=True, slots=True)
class GesprekHerstelpunt:
    """Unsaved typing in a gesprek of this medewerker on this device (``gesprek_id`` None: a new one)."""

    jongere_id: str
    jongere_naam: str
    soort: GesprekType
    gesprek_id: str | None
    moment: datetime
    inhoud: GesprekInhoud
    opgeslagen_op: datetime


def _to_gesprek(row: m.Gesprek, namen: dict[str, str]) -> Gesprek:
    return Gesprek(
        id=row.id,
        jongere_id=row.jongere_id,
        soort=GesprekType(row.soort),
        moment=row.moment,
        status=GesprekStatus(row.status),
        inhoud=gesprek_from_json(row.inhoud),
        auteur=namen.get(row.author_id or "", "import / beheer"),
        rev=row.local_rev,
        vervangt_id=row.vervangt_id,
        extra={"vervangen": row.vervangen},
    )


def _fts_query(tekst: str) -> str:
    """A user's words as an FTS5 query: each word a prefix term, all required; no FTS syntax leaks in."""
    woorden = re.findall(r"\w+", tekst, flags=re.UNICODE)
    return " ".join(f'"{w}"*' for w in woorden)


class GesprekService:
    def __init__(self, ctx: Context, plannen: PlanService) -> None:
        self.ctx = ctx
        self.plannen = plannen

    @property
    def _editor(self) -> str:
        return f"{self.ctx.actor.medewerker_id or 'systeem'}@{self.ctx.actor.device_id}"

    # -- reading -----------------------------------------------------------
    def lijst(self, jongere_id: str, *, met_vervangen: bool = False) -> list[Gesprek]:
        """The jongere's gesprekken, newest first (replaced versions only when asked)."""
        with self.ctx.store.read() as s:
            get_or_raise(s, m.Jongere, jongere_id, "Jongere")
            q = select(m.Gesprek).where(m.Gesprek.jongere_id == jongere_id, m.Gesprek.deleted_at.is_(None))
            if not met_vervangen:
                q = q.where(m.Gesprek.vervangen.is_(False))
            namen = medewerker_namen(s)
            return [
                _to_gesprek(r, namen)
                for r in s.scalars(q.order_by(m.Gesprek.moment.desc()).limit(MAX_TIJDLIJN))
            ]

    def get(self, gesprek_id: str) -> Gesprek:
        with self.ctx.store.read() as s:
            return _to_gesprek(get_or_raise(s, m.Gesprek, gesprek_id, "Gesprek"), medewerker_namen(s))

    # -- writing -----------------------------------------------------------
    def _check(
        self,
        s: Session,
        jongere: m.Jongere,
        soort: GesprekType,
        moment: datetime,
        inhoud: GesprekInhoud,
        *,
        definitief: bool,
    ) -> GesprekInhoud:
        inhoud = clean_gesprek(inhoud)
        dag = moment.astimezone(AMSTERDAM).date()
        raise_if(
            check_gesprek(
                soort,
                dag,
                inhoud,
                vandaag=self.ctx.today(),
                plaatsing=jongere.plaatsing,
                definitief=definitief,
            )
        )
        return inhoud

    def _index(self, s: Session, row: m.Gesprek) -> None:
        s.execute(text("DELETE FROM zoek_index WHERE ref_id = :id"), {"id": row.id})
        if row.deleted_at is None and not row.vervangen:
            tekst = gesprek_from_json(row.inhoud).zoektekst()
            if tekst:
                s.execute(
                    text(
                        "INSERT INTO zoek_index (tekst, jongere_id, soort, ref_id, datum) "
                        "VALUES (:t, :j, :s, :r, :d)"
                    ),
                    {
                        "t": tekst,
                        "j": row.jongere_id,
                        "s": row.soort,
                        "r": row.id,
                        "d": row.moment.astimezone(AMSTERDAM).date().isoformat(),
                    },
                )

    def opslaan(
        self,
        jongere_id: str,
        soort: GesprekType,
        moment: datetime,
        inhoud: GesprekInhoud,
        *,
        gesprek_id: str | None = None,
        definitief: bool = False,
    ) -> Gesprek:
        """Create or update a concept, optionally making it definitief in the same step."""
        if moment.tzinfo is None:
            raise ValueError("moment must be timezone-aware")
        with self.ctx.store.write() as s:
            jongere = get_or_raise(s, m.Jongere, jongere_id, "Jongere")
            inhoud = self._check(s, jongere, soort, moment, inhoud, definitief=definitief)
            status = GesprekStatus.DEFINITIEF if definitief else GesprekStatus.CONCEPT
            if gesprek_id is None:
                row = m.Gesprek(
                    id=str(uuid.uuid4()),
                    jongere_id=jongere_id,
                    soort=soort.value,
                    moment=moment,
                    status=status.value,
                    inhoud=gesprek_to_json(inhoud),
                )
                save_new(s, self.ctx, row, jongere_id=jongere_id)
                self._drop_herstelpunt(s, jongere_id, soort, None)
            else:
                row = get_or_raise(s, m.Gesprek, gesprek_id, "Gesprek")
                if row.status == GesprekStatus.DEFINITIEF.value:
                    raise ValidationError([problem(Code.GESPREK_DEFINITIEF)])
                before = gesprek_from_json(row.inhoud)
                oude_soort = GesprekType(row.soort)
                row.soort, row.moment, row.status = soort.value, moment, status.value
                row.inhoud = gesprek_to_json(inhoud)
                self._record_change(s, row, before, inhoud, "definitief" if definitief else "gewijzigd")
                self._drop_herstelpunt(s, row.jongere_id, oude_soort, gesprek_id)
                self._drop_herstelpunt(s, row.jongere_id, soort, gesprek_id)
            self._index(s, row)
            return _to_gesprek(row, medewerker_namen(s))

    def _record_change(
        self, s: Session, row: m.Gesprek, before: GesprekInhoud, after: GesprekInhoud, actie: str
    ) -> None:
        wijzigingen = [
            Wijziging(label, oud or None, nieuw or None)
            for label, oud, nieuw in (
                ("Notities", before.notities, after.notities),
                ("Verslag", before.verslag, after.verslag),
                ("Voorbereiding", before.voorbereiding, after.voorbereiding),
                (
                    "Onderwerpen",
                    "; ".join(o.tekst for o in before.onderwerpen),
                    "; ".join(o.tekst for o in after.onderwerpen),
                ),
                (
                    "Afspraken",
                    "; ".join(a.wat for a in before.afspraken),
                    "; ".join(a.wat for a in after.afspraken),
                ),
            )
            if oud != nieuw
        ]
        if actie == "definitief":
            wijzigingen.append(Wijziging("Status", "concept", "definitief"))
        touch(row, self.ctx, new=False)
        audit(
            s,
            self.ctx,
            actie=actie,
            entiteit="gesprek",
            entiteit_id=row.id,
            jongere_id=row.jongere_id,
            wijzigingen=tuple(wijzigingen),
        )
        enqueue(s, self.ctx, row)

    def corrigeer(self, gesprek_id: str, inhoud: GesprekInhoud, reden: str) -> Gesprek:
        """A correction of a definitief verslag: a new definitief version that replaces the old one."""
        reden = clean_text(reden)
        raise_if(check_text("Reden van de correctie", reden, MAX_TEKST, required=True))
        with self.ctx.store.write() as s:
            oud = get_or_raise(s, m.Gesprek, gesprek_id, "Gesprek")
            if oud.vervangen:
                raise ValidationError([problem(Code.GESPREK_VERVANGEN)])
            if oud.status != GesprekStatus.DEFINITIEF.value:
                raise ValidationError([problem(Code.GESPREK_CONCEPT)])
            jongere = get_or_raise(s, m.Jongere, oud.jongere_id, "Jongere")
            soort = GesprekType(oud.soort)
            inhoud = self._check(s, jongere, soort, oud.moment, inhoud, definitief=True)
            nieuw = m.Gesprek(
                id=str(uuid.uuid4()),
                jongere_id=oud.jongere_id,
                soort=oud.soort,
                moment=oud.moment,
                status=GesprekStatus.DEFINITIEF.value,
                inhoud=gesprek_to_json(inhoud),
                vervangt_id=oud.id,
            )
            save_new(s, self.ctx, nieuw, jongere_id=oud.jongere_id)
            oud.vervangen = True
            touch(oud, self.ctx, new=False)  # the portal must learn the old verslag was replaced
            enqueue(s, self.ctx, oud)
            audit(
                s,
                self.ctx,
                actie="gecorrigeerd",
                entiteit="gesprek",
                entiteit_id=oud.id,
                jongere_id=oud.jongere_id,
                wijzigingen=(Wijziging("Reden", None, reden), Wijziging("Vervangen door", None, nieuw.id)),
            )
            self._index(s, oud)
            self._index(s, nieuw)
            self._drop_herstelpunt(s, oud.jongere_id, soort, oud.id)
            return _to_gesprek(nieuw, medewerker_namen(s))

    # -- herstelpunten (autosave) -------------------------------------------
    def _herstel_filter(
        self, jongere_id: str, soort: GesprekType, gesprek_id: str | None
    ) -> list[ColumnElement[bool]]:
        """This editor's herstelpunt of one gesprek; NULL (a new gesprek) is matched with IS NULL."""
        h = m.GesprekHerstelpunt
        return [
            h.editor == self._editor,
            h.jongere_id == jongere_id,
            h.soort == soort.value,
            h.gesprek_id.is_(None) if gesprek_id is None else h.gesprek_id == gesprek_id,
        ]

    def bewaar_herstelpunt(
        self,
        jongere_id: str,
        soort: GesprekType,
        moment: datetime,
        inhoud: GesprekInhoud,
        *,
        gesprek_id: str | None = None,
    ) -> None:
        """Keep what is being typed, so a crash or power cut loses seconds. Not audited, not synced.

        The content is kept as typed (not checked): checking is for saving.
        """
        if moment.tzinfo is None:
            raise ValueError("moment must be timezone-aware")
        data = gesprek_to_json(inhoud)
        with self.ctx.store.write() as s:
            get_or_raise(s, m.Jongere, jongere_id, "Jongere")
            if gesprek_id is not None:
                gesprek = get_or_raise(s, m.Gesprek, gesprek_id, "Gesprek")
                if gesprek.status == GesprekStatus.DEFINITIEF.value:
                    raise ValidationError([problem(Code.GESPREK_DEFINITIEF)])
            found = s.scalars(
                select(m.GesprekHerstelpunt)
                .where(*self._herstel_filter(jongere_id, soort, gesprek_id))
                .order_by(m.GesprekHerstelpunt.id)
            ).all()
            for extra in found[1:]:  # NULLs are distinct in UNIQUE: never let two pile up
                s.delete(extra)
            if not found:
                s.add(
                    m.GesprekHerstelpunt(
                        editor=self._editor,
                        jongere_id=jongere_id,
                        soort=soort.value,
                        gesprek_id=gesprek_id,
                        moment=moment,
                        inhoud=data,
                        opgeslagen_op=self.ctx.now(),
                    )
                )
            else:
                h = found[0]
                h.moment, h.inhoud, h.opgeslagen_op = moment, data, self.ctx.now()

    def herstelpunt(
        self, jongere_id: str, soort: GesprekType, gesprek_id: str | None = None
    ) -> GesprekHerstelpunt | None:
        """Unsaved typing of this medewerker on this device in this gesprek (None: a new one), if any."""
        found = [
            h
            for h in self.herstelpunten()
            if h.jongere_id == jongere_id and h.soort == soort and h.gesprek_id == gesprek_id
        ]
        return found[0] if found else None

    def herstelpunten(self) -> list[GesprekHerstelpunt]:
        """Every unsaved gesprek this medewerker left on this device, newest first (shown after a crash)."""
        h = m.GesprekHerstelpunt
        with self.ctx.store.read() as s:
            rows = s.execute(
                select(h, m.Jongere.voornaam, m.Jongere.achternaam)
                .join(m.Jongere, m.Jongere.id == h.jongere_id)
                .where(h.editor == self._editor)
                .order_by(h.opgeslagen_op.desc(), h.id.desc())
            )
            return [
                GesprekHerstelpunt(
                    r.jongere_id,
                    f"{voor} {achter}",
                    GesprekType(r.soort),
                    r.gesprek_id,
                    r.moment,
                    gesprek_from_json(r.inhoud),
                    r.opgeslagen_op,
                )
                for r, voor, achter in rows
            ]

    def verwerp_herstelpunt(self, jongere_id: str, soort: GesprekType, gesprek_id: str | None = None) -> None:
        with self.ctx.store.write() as s:
            self._drop_herstelpunt(s, jongere_id, soort, gesprek_id)

    def _drop_herstelpunt(
        self, s: Session, jongere_id: str, soort: GesprekType, gesprek_id: str | None
    ) -> None:
        s.execute(delete(m.GesprekHerstelpunt).where(*self._herstel_filter(jongere_id, soort, gesprek_id)))

    # -- driegesprek ---------------------------------------------------------
    def voorbereiding(self, jongere_id: str) -> Voorbereiding:
        """Everything since the last driegesprek: tweegesprekken, open afspraken, goals, plan changes."""
        gesprekken = [g for g in self.lijst(jongere_id) if g.definitief]
        laatste = next((g for g in gesprekken if g.soort == GesprekType.DRIEGESPREK), None)
        sinds = laatste.moment if laatste else None
        twee = tuple(
            g
            for g in gesprekken
            if g.soort == GesprekType.TWEEGESPREK and (sinds is None or g.moment > sinds)
        )
        open_afspraken = tuple(
            (g.moment.astimezone(AMSTERDAM).date(), a)
            for g in gesprekken
            for a in g.inhoud.afspraken
            if not a.gedaan
        )
        onderwerpen = tuple(
            dict.fromkeys(o.tekst for g in twee for o in g.inhoud.onderwerpen if o.van_jongere)
        )
        plan = self.plannen.laatste(jongere_id)
        wijzigingen: tuple[str, ...] = ()
        if plan is not None and plan.vorige_id:
            wijzigingen = tuple(
                o.titel for o in self.plannen.vergelijk(plan.vorige_id, plan.id) if o.gewijzigd
            )
        doelen = tuple(d for d in plan.inhoud.doelen if d.status.actief) if plan else ()
        jongere = self._jongere_due(jongere_id)
        return Voorbereiding(
            jongere_id=jongere_id,
            sinds=sinds.astimezone(AMSTERDAM).date() if sinds else None,
            tweegesprekken=twee,
            open_afspraken=open_afspraken,
            onderwerpen_jongere=onderwerpen,
            plan=plan,
            plan_wijzigingen=wijzigingen,
            doelen=doelen,
            mijlpalen=jongere,
            formulieren=self._formulieren(jongere_id),
        )

    def _formulieren(self, jongere_id: str) -> tuple[str, ...]:
        from kso_desktop.services.formulieren import FormulierService

        return FormulierService(self.ctx, self.plannen).samenvatting_voor_gesprek(jongere_id)

    def _jongere_due(self, jongere_id: str) -> tuple[str, ...]:
        from kso_desktop.services.jongeren import JongerenService

        due = JongerenService(self.ctx).get(jongere_id).due
        return tuple(f"{i.kind.label} ({i.due:%d-%m-%Y})" for i in due if i.kind.value != "driegesprek")

    def maak_driegesprek(self, jongere_id: str, moment: datetime) -> Gesprek:
        """A driegesprek concept with the agenda filled in from the preparation."""
        voorbereiding = self.voorbereiding(jongere_id)
        inhoud = voorbereiding.agenda()
        with self.ctx.store.read() as s:
            jongere = get_or_raise(s, m.Jongere, jongere_id, "Jongere")
            jb = jongere.jeugdbeschermer_naam
        inhoud = inhoud.met(
            deelnemers=(
                Deelnemer(DeelnemerRol.JONGERE, ""),
                Deelnemer(DeelnemerRol.JEUGDBESCHERMER, jb),
                Deelnemer(
                    DeelnemerRol.WOONBEGELEIDER, self.ctx.actor.naam if self.ctx.actor.medewerker_id else ""
                ),
            )
        )
        return self.opslaan(jongere_id, GesprekType.DRIEGESPREK, moment, inhoud)

    def rond_verslag_af(
        self, gesprek_id: str, inhoud: GesprekInhoud, *, plan_bijwerken: bool
    ) -> tuple[Gesprek, PlanVersie | None]:
        """Make a driegesprek-verslag definitief and, when asked, start a plan concept with what was agreed.

        The new concept gets every leefgebied evaluation as an evaluation of that leefgebied's running goals
        and every afspraak as a new goal. Both the verslag and the plan concept are queued for the portal.
        """
        huidig = self.get(gesprek_id)
        gesprek = self.opslaan(
            huidig.jongere_id, huidig.soort, huidig.moment, inhoud, gesprek_id=gesprek_id, definitief=True
        )
        if not plan_bijwerken or gesprek.soort != GesprekType.DRIEGESPREK:
            return gesprek, None
        concept = self.plannen.nieuw_concept(gesprek.jongere_id)
        nieuw = concept.inhoud
        dag = gesprek.moment.astimezone(AMSTERDAM).date()
        for bespreking in gesprek.inhoud.besprekingen:
            if not bespreking.evaluatie:
                continue
            for doel in nieuw.doelen_van(bespreking.leefgebied):
                if doel.status.actief:  # only running goals are evaluated; finished ones stay as they were
                    nieuw = add_evaluatie(
                        nieuw,
                        doel.id,
                        Evaluatie(dag, f"Driegesprek: {bespreking.evaluatie}", self.ctx.actor.naam),
                    )
        standaard = (
            gesprek.inhoud.leefgebieden[0] if gesprek.inhoud.leefgebieden else Leefgebied.SOCIAAL_NETWERK
        )
        for afspraak in gesprek.inhoud.afspraken:
            doel = Doel.nieuw(
                afspraak.leefgebied or standaard,
                professioneel=f"Afspraak uit het driegesprek: {afspraak.wat}",
                status=DoelStatus.OPEN,
            )
            nieuw = nieuw.met_doel(doel)
        if concept.status == PlanStatus.CONCEPT:
            concept = self.plannen.opslaan(
                concept.id, nieuw, basis=concept.inhoud, base_rev=concept.rev
            ).versie
        return gesprek, concept

    # -- overdracht -----------------------------------------------------------
    def schrijf_overdracht(
        self, locatie_id: str, tekst: str, *, jongere_id: str | None = None
    ) -> Overdrachtnotitie:
        tekst = clean_text(tekst)
        raise_if(check_text("Overdracht", tekst, MAX_TEKST, required=True))
        with self.ctx.store.write() as s:
            get_or_raise(s, m.Locatie, locatie_id, "Locatie")
            if jongere_id is not None:
                get_or_raise(s, m.Jongere, jongere_id, "Jongere")
            row = m.Overdracht(
                locatie_id=locatie_id, jongere_id=jongere_id, tekst=tekst, geschreven_op=self.ctx.now()
            )
            save_new(s, self.ctx, row, jongere_id=jongere_id)
            if self.ctx.actor.medewerker_id:  # the writer has read their own note
                s.add(
                    m.OverdrachtGelezen(
                        overdracht_id=row.id,
                        medewerker_id=self.ctx.actor.medewerker_id,
                        gelezen_op=self.ctx.now(),
                    )
                )
            return self._to_notitie(s, row)

    def _to_notitie(self, s: Session, row: m.Overdracht) -> Overdrachtnotitie:
        naam = ""
        if row.jongere_id:
            j = s.get(m.Jongere, row.jongere_id)
            naam = f"{j.roepnaam or j.voornaam} {j.achternaam}" if j else ""
        return Overdrachtnotitie(
            row.id,
            row.locatie_id,
            row.jongere_id,
            naam,
            row.tekst,
            medewerker_namen(s).get(row.author_id or "", "import / beheer"),
            row.geschreven_op,
        )

    def ongelezen_overdracht(self, locatie_id: str) -> list[Overdrachtnotitie]:
        """Handover notes of the location this medewerker has not read yet, newest first."""
        me = self.ctx.actor.medewerker_id or "systeem"
        with self.ctx.store.read() as s:
            gelezen = select(m.OverdrachtGelezen.overdracht_id).where(m.OverdrachtGelezen.medewerker_id == me)
            rows = s.scalars(
                select(m.Overdracht)
                .where(
                    m.Overdracht.locatie_id == locatie_id,
                    m.Overdracht.deleted_at.is_(None),
                    m.Overdracht.id.not_in(gelezen),
                )
                .order_by(m.Overdracht.geschreven_op.desc())
            )
            return [self._to_notitie(s, r) for r in rows]

    def markeer_gelezen(self, overdracht_ids: list[str]) -> None:
        me = self.ctx.actor.medewerker_id or "systeem"
        with self.ctx.store.write() as s:
            s.execute(
                delete(m.OverdrachtGelezen).where(
                    m.OverdrachtGelezen.overdracht_id.in_(overdracht_ids),
                    m.OverdrachtGelezen.medewerker_id == me,
                )
            )
            for i in overdracht_ids:
                s.add(m.OverdrachtGelezen(overdracht_id=i, medewerker_id=me, gelezen_op=self.ctx.now()))

    # -- timeline and search ---------------------------------------------------
    def tijdlijn(self, jongere_id: str, zoek: str = "") -> list[Tijdlijnregel]:
        """Gesprekken and plan versions in date order (newest first), optionally filtered by a search."""
        treffers = {z.ref_id for z in self.zoek(zoek, jongere_id=jongere_id)} if zoek.strip() else None
        regels: list[Tijdlijnregel] = []
        for g in self.lijst(jongere_id):
            if treffers is not None and g.id not in treffers:
                continue
            samenvatting = (
                g.inhoud.verslag or g.inhoud.notities or "; ".join(o.tekst for o in g.inhoud.onderwerpen)
            )
            regels.append(
                Tijdlijnregel(
                    g.moment,
                    g.soort.value,
                    f"{g.soort.label} ({g.status.label.lower()})",
                    samenvatting[:300],
                    g.id,
                )
            )
        if treffers is None:
            for v in self.plannen.versies(jongere_id):
                dag = v.vastgesteld_op or v.gestart_op
                regels.append(
                    Tijdlijnregel(datetime.combine(dag, time(12), tzinfo=UTC), "plan", v.label, "", v.id)
                )
        return sorted(regels, key=lambda r: r.moment, reverse=True)

    def zoek(self, tekst: str, *, jongere_id: str | None = None, limiet: int = 50) -> list[Zoekresultaat]:
        """Full-text search over notes and verslagen; accents don't matter ("financien" finds "financiën")."""
        query = _fts_query(tekst)
        if not query:
            return []
        sql = (
            "SELECT z.jongere_id, j.voornaam, j.achternaam, z.soort, z.ref_id, z.datum, "
            "snippet(zoek_index, 0, '[', ']', '…', 12) "
            "FROM zoek_index z JOIN jongere j ON j.id = z.jongere_id "
            "WHERE zoek_index MATCH :q"
            + (" AND z.jongere_id = :j" if jongere_id else "")
            # Newest first by rowid (insertion order): FTS5 can stop after the first hits, where ranking
            # would score every match of a common word (bench/search.py: 100,000 notes).
            + " ORDER BY z.rowid DESC LIMIT :n"
        )
        with self.ctx.store.read() as s:
            rows = s.execute(text(sql), {"q": query, "j": jongere_id, "n": limiet})
            return [
                Zoekresultaat(jid, f"{voor} {achter}", soort, ref, date.fromisoformat(dag), fragment)
                for jid, voor, achter, soort, ref, dag, fragment in rows
            ]

    def herbouw_index(self) -> int:
        """Rebuild the search index from the gesprekken (after an import or restore)."""
        with self.ctx.store.write() as s:
            s.execute(text("DELETE FROM zoek_index"))
            rows = list(s.scalars(select(m.Gesprek).where(m.Gesprek.deleted_at.is_(None))))
            for row in rows:
                self._index(s, row)
            return len(rows)


def replace_afspraak(inhoud: GesprekInhoud, index: int, afspraak: Afspraak) -> GesprekInhoud:
    afspraken = list(inhoud.afspraken)
    afspraken[index] = afspraak
    return dataclasses.replace(inhoud, afspraken=tuple(afspraken))
