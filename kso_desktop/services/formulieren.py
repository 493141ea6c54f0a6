"""Use cases for filled-in forms (Quickscan veiligheid, signaleringsplannen): definitions, fillings, history.

A filling keeps a snapshot of the definition it was filled in with, so old answers always render. A
definitief filling is final: a correction is a new version that supersedes it (Norm 4.1, DESIGN §5: immutable
submissions). Every write lands in the audit trail and the outbox in the same unit; typing is kept as a
herstelpunt (autosave) that is never audited or synced, like in the plan and gesprek editors.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, object_session

from kso_desktop.domain.entities import Wijziging
from kso_desktop.domain.enums import Leefgebied
from kso_desktop.domain.plan import Actie, ActieWie, Doel, DoelStatus, PlanStatus, PlanVersie
from kso_desktop.domain.rechten import GEVOELIGE_FORMULIEREN, mag
from kso_desktop.domain.rechten import Actie as Recht
from kso_desktop.domain.validation import (
    MAX_TEKST,
    Code,
    ValidationError,
    check_text,
    clean_text,
    problem,
    raise_if,
)
from kso_desktop.domain.weergave import FormulierWeergave
from kso_desktop.forms.antwoorden import (
    Bevinding,
    VeldVergelijking,
    antwoord_tekst,
    bevindingen,
    controleer,
    veld_namen,
    vergelijk,
    weergave,
)
from kso_desktop.forms.laden import Laadresultaat, laad_definities, parse_definitie
from kso_desktop.forms.schema import Definitie, VeldSoort
from kso_desktop.paths import resources_dir
from kso_desktop.services.context import AMSTERDAM, Context
from kso_desktop.services.organisatie import get_or_raise, medewerker_namen
from kso_desktop.services.plannen import PlanService
from kso_desktop.services.rechten import vereis, wie_in
from kso_desktop.services.recording import audit, enqueue, save_new, touch
from kso_desktop.storage import models as m

#: The folder (beside the database) where an organisation puts its own definitions.
EIGEN_MAP = "formulieren"
SIGNALERINGSPLAN_SOORTEN = ("stoplicht", "gevoelsthermometer")


@dataclass(frozen=True, slots=True)
class Invulling:
    """One filled-in form as the screens and the CLI see it."""

    id: str
    jongere_id: str
    definitie: Definitie
    antwoorden: Mapping[str, Any]
    versie: int
    definitief: bool
    vervangt_id: str | None
    vervangen: bool
    ingevuld_op: datetime
    vastgesteld_op: date | None
    ingevuld_door: str
    rev: int
    #: The answers are hidden for this role (Quickscan veiligheid, see ``domain.rechten``).
    afgeschermd: bool = False

    @property
    def definitie_id(self) -> str:
        return self.definitie.id

    @property
    def soort(self) -> str:
        return self.definitie.soort

    @property
    def titel(self) -> str:
        return self.definitie.titel

    @property
    def datum(self) -> date:
        """The day it counts for: when it was made definitief, else when it was started."""
        return self.vastgesteld_op or self.ingevuld_op.astimezone(AMSTERDAM).date()

    @property
    def status(self) -> str:
        if self.vervangen:
            return "vervangen"
        return "definitief" if self.definitief else "concept"


@dataclass(frozen=True, slots=True)
class FormulierHerstelpunt:
    invulling_id: str
    jongere_id: str
    jongere_naam: str
    titel: str
    antwoorden: Mapping[str, Any]
    opgeslagen_op: datetime


def _naam(j: m.Jongere) -> str:
    return f"{j.roepnaam or j.voornaam} {j.achternaam}"


class FormulierService:
    def __init__(self, ctx: Context, plannen: PlanService, *, eigen_mappen: list[Path] | None = None) -> None:
        self.ctx = ctx
        self.plannen = plannen
        self._eigen_mappen = eigen_mappen
        self._geladen: Laadresultaat | None = None

    @property
    def _editor(self) -> str:
        return f"{self.ctx.actor.medewerker_id or 'systeem'}@{self.ctx.actor.device_id}"

    # -- definitions ----------------------------------------------------------------------------------
    @property
    def eigen_mappen(self) -> list[Path]:
        """Override folders: ``formulieren/`` beside the database (``$KSO_FORMS_DIR`` is read on load)."""
        if self._eigen_mappen is not None:
            return self._eigen_mappen
        return [self.ctx.store.path.parent / EIGEN_MAP]

    def definities(self) -> Laadresultaat:
        """Every usable definition and the files that could not be used (loaded once; see ``herlaad``)."""
        if self._geladen is None:
            self._geladen = laad_definities(resources_dir() / "forms", self.eigen_mappen)
        return self._geladen

    def herlaad(self) -> Laadresultaat:
        self._geladen = None
        return self.definities()

    def definitie(self, definitie_id: str) -> Definitie:
        found = self.definities().get(definitie_id)
        if found is None:
            raise ValidationError([problem(Code.NIET_GEVONDEN, wat=f"Formulier '{definitie_id}'")])
        return found

    # -- reading --------------------------------------------------------------------------------------
    def _to_invulling(self, row: m.FormulierInvulling, namen: dict[str, str]) -> Invulling:
        session = object_session(row)
        afgeschermd = (
            row.soort in GEVOELIGE_FORMULIEREN
            and session is not None
            and not mag(wie_in(session, self.ctx, row.jongere_id), Recht.GEVOELIG_LEZEN)
        )
        return Invulling(
            id=row.id,
            jongere_id=row.jongere_id,
            definitie=parse_definitie(row.definitie),
            antwoorden={} if afgeschermd else dict(row.antwoorden),
            afgeschermd=afgeschermd,
            versie=row.versie,
            definitief=row.definitief,
            vervangt_id=row.vervangt_id,
            vervangen=row.vervangen,
            ingevuld_op=row.ingevuld_op,
            vastgesteld_op=row.vastgesteld_op,
            ingevuld_door=namen.get(row.author_id or "", "import / beheer"),
            rev=row.local_rev,
        )

    def lijst(
        self, jongere_id: str, *, met_vervangen: bool = False, definitie_id: str | None = None
    ) -> list[Invulling]:
        """The jongere's filled-in forms, newest first (superseded versions only when asked)."""
        f = m.FormulierInvulling
        with self.ctx.store.read() as s:
            get_or_raise(s, m.Jongere, jongere_id, "Jongere")
            q = select(f).where(f.jongere_id == jongere_id, f.deleted_at.is_(None))
            if not met_vervangen:
                q = q.where(f.vervangen.is_(False))
            if definitie_id is not None:
                q = q.where(f.definitie_id == definitie_id)
            rows = s.scalars(q.order_by(f.ingevuld_op.desc(), f.versie.desc()))
            namen = medewerker_namen(s)
            return [self._to_invulling(r, namen) for r in rows]

    def get(self, invulling_id: str) -> Invulling:
        with self.ctx.store.read() as s:
            row = get_or_raise(s, m.FormulierInvulling, invulling_id, "Formulier")
            return self._to_invulling(row, medewerker_namen(s))

    def weergave(self, invulling_id: str) -> FormulierWeergave:
        with self.ctx.store.read() as s:
            row = get_or_raise(s, m.FormulierInvulling, invulling_id, "Formulier")
            jongere = get_or_raise(s, m.Jongere, row.jongere_id, "Jongere")
            i = self._to_invulling(row, medewerker_namen(s))
            naam = _naam(jongere)
        return weergave(
            i.definitie,
            i.antwoorden,
            invulling_id=i.id,
            jongere_id=i.jongere_id,
            jongere_naam=naam,
            definitief=i.definitief,
            versie=i.versie,
            ingevuld_op=i.ingevuld_op,
            vastgesteld_op=i.vastgesteld_op,
            ingevuld_door=i.ingevuld_door,
        )

    def laatste(self, jongere_id: str, soorten: tuple[str, ...]) -> Invulling | None:
        """The newest definitief (not superseded) filling of one of these kinds."""
        return next((i for i in self.lijst(jongere_id) if i.definitief and i.soort in soorten), None)

    def laatste_signaleringsplan(self, jongere_id: str) -> Invulling | None:
        return self.laatste(jongere_id, SIGNALERINGSPLAN_SOORTEN)

    def samenvatting_voor_gesprek(self, jongere_id: str) -> tuple[str, ...]:
        """The latest definitief Quickscan and each kind of signaleringsplan, a line each."""
        regels: list[str] = []
        # One read for all kinds: the plan editor opens with this (bench/plan.py min 183 -> 130 ms).
        definitief = [i for i in self.lijst(jongere_id) if i.definitief]
        for soorten in (("quickscan",), *((s,) for s in SIGNALERINGSPLAN_SOORTEN)):
            i = next((x for x in definitief if x.soort in soorten), None)
            if i is None:
                continue
            regel = f"{i.titel}, versie {i.versie} ({i.datum:%d-%m-%Y})"
            velden = {v.id: v for v in i.definitie.velden()}
            if "oordeel" in velden and "oordeel" in i.antwoorden:
                regel += f": {antwoord_tekst(velden['oordeel'], i.antwoorden['oordeel'])}"
            regels.append(regel)
        return tuple(regels)

    def vergelijk(self, oud_id: str, nieuw_id: str) -> tuple[VeldVergelijking, ...]:
        oud, nieuw = self.get(oud_id), self.get(nieuw_id)
        if oud.jongere_id != nieuw.jongere_id:
            raise ValidationError([problem(Code.NIET_GEVONDEN, wat="Formulier van deze jongere")])
        return vergelijk(oud.definitie, oud.antwoorden, nieuw.definitie, nieuw.antwoorden)

    def trend(self, jongere_id: str, definitie_id: str, veld_id: str | None = None) -> list[tuple[date, int]]:
        """A scale's answers over time (oldest first) in the definitief fillings of one definition.

        Without ``veld_id`` the first scale question of each filling's definition is used.
        """
        punten: list[tuple[date, int]] = []
        for i in self.lijst(jongere_id, definitie_id=definitie_id):
            if not i.definitief:
                continue
            schalen = [v.id for v in i.definitie.velden() if v.soort == VeldSoort.SCHAAL]
            vid = veld_id or (schalen[0] if schalen else None)
            waarde = i.antwoorden.get(vid) if vid else None
            if isinstance(waarde, int) and not isinstance(waarde, bool):
                punten.append((i.datum, waarde))
        return sorted(punten)

    def bevindingen(self, invulling_id: str) -> tuple[Bevinding, ...]:
        i = self.get(invulling_id)
        return bevindingen(i.definitie, i.antwoorden)

    # -- writing --------------------------------------------------------------------------------------
    def nieuw(self, jongere_id: str, definitie_id: str) -> Invulling:
        """Start a concept with the current definition; an open concept of the same form is returned."""
        definitie = self.definitie(definitie_id)
        if definitie.soort in GEVOELIGE_FORMULIEREN:
            vereis(self.ctx, Recht.GEVOELIG_SCHRIJVEN, jongere_id)
        f = m.FormulierInvulling
        with self.ctx.store.write() as s:
            get_or_raise(s, m.Jongere, jongere_id, "Jongere")
            open_concept = s.scalars(
                select(f).where(
                    f.jongere_id == jongere_id,
                    f.definitie_id == definitie_id,
                    f.definitief.is_(False),
                    f.deleted_at.is_(None),
                )
            ).first()
            if open_concept is not None:
                return self._to_invulling(open_concept, medewerker_namen(s))
            row = m.FormulierInvulling(
                id=m.new_id(),
                jongere_id=jongere_id,
                definitie_id=definitie.id,
                definitie_versie=definitie.versie,
                soort=definitie.soort,
                definitie=definitie.als_json(),
                antwoorden={},
                versie=self._volgende_versie(s, jongere_id, definitie_id),
                definitief=False,
                ingevuld_op=self.ctx.now(),
            )
            save_new(s, self.ctx, row, jongere_id=jongere_id)
            return self._to_invulling(row, medewerker_namen(s))

    def _volgende_versie(self, s: Session, jongere_id: str, definitie_id: str) -> int:
        f = m.FormulierInvulling
        hoogste = s.scalar(
            select(func.max(f.versie)).where(f.jongere_id == jongere_id, f.definitie_id == definitie_id)
        )
        return int(hoogste or 0) + 1

    def opslaan(
        self,
        invulling_id: str,
        antwoorden: Mapping[str, Any],
        *,
        definitief: bool = False,
        datum: date | None = None,
    ) -> Invulling:
        """Save a concept's answers, optionally making it definitief (immutable) in the same step.

        Answers are checked against the definition the concept was started with; on any problem nothing is
        written (ValidationError with every problem in Dutch).
        """
        self._vereis_schrijven(invulling_id)
        with self.ctx.store.write() as s:
            row = get_or_raise(s, m.FormulierInvulling, invulling_id, "Formulier")
            if row.definitief:
                raise ValidationError([problem(Code.FORMULIER_DEFINITIEF)])
            definitie = parse_definitie(row.definitie)
            schoon, problemen = controleer(definitie, antwoorden, definitief=definitief)
            raise_if(problemen)
            oud = dict(row.antwoorden)
            row.antwoorden = schoon
            namen = veld_namen(definitie)
            wijzigingen = [
                Wijziging(
                    namen[v.id],
                    antwoord_tekst(v, oud.get(v.id)) or None,
                    antwoord_tekst(v, schoon.get(v.id)) or None,
                )
                for v in definitie.velden()
                if oud.get(v.id) != schoon.get(v.id)
            ]
            if definitief:
                row.definitief = True
                row.vastgesteld_op = datum or self.ctx.today()
                wijzigingen.append(Wijziging("Status", "concept", "definitief"))
            if not wijzigingen:
                self._drop_herstelpunt(s, invulling_id)
                return self._to_invulling(row, medewerker_namen(s))
            touch(row, self.ctx, new=False)
            audit(
                s,
                self.ctx,
                actie="definitief" if definitief else "gewijzigd",
                entiteit="formulier_invulling",
                entiteit_id=row.id,
                jongere_id=row.jongere_id,
                wijzigingen=tuple(wijzigingen),
            )
            enqueue(s, self.ctx, row)
            if definitief and row.vervangt_id:
                self._markeer_vervangen(s, row)
            self._drop_herstelpunt(s, invulling_id)
            return self._to_invulling(row, medewerker_namen(s))

    def _vereis_schrijven(self, invulling_id: str) -> None:
        """Quickscan answers are written only by those who may read them (``domain.rechten``)."""
        with self.ctx.store.read() as s:
            row = get_or_raise(s, m.FormulierInvulling, invulling_id, "Formulier")
            soort, jongere_id = row.soort, row.jongere_id
        if soort in GEVOELIGE_FORMULIEREN:
            vereis(self.ctx, Recht.GEVOELIG_SCHRIJVEN, jongere_id)

    def maak_definitief(
        self, invulling_id: str, antwoorden: Mapping[str, Any], *, datum: date | None = None
    ) -> Invulling:
        return self.opslaan(invulling_id, antwoorden, definitief=True, datum=datum)

    def _markeer_vervangen(self, s: Session, nieuw: m.FormulierInvulling) -> None:
        oud = s.get(m.FormulierInvulling, nieuw.vervangt_id)
        if oud is None or oud.vervangen:
            return
        oud.vervangen = True
        touch(oud, self.ctx, new=False)  # the portal must learn the old version was superseded
        enqueue(s, self.ctx, oud)
        audit(
            s,
            self.ctx,
            actie="gecorrigeerd",
            entiteit="formulier_invulling",
            entiteit_id=oud.id,
            jongere_id=oud.jongere_id,
            wijzigingen=(Wijziging("Vervangen door", None, f"versie {nieuw.versie}"),),
        )

    def corrigeer(self, invulling_id: str) -> Invulling:
        """Start a correction of a definitief form: a concept with its answers (and its definition).

        When the correction is made definitief it supersedes the old version; until then the old one stands.
        """
        self._vereis_schrijven(invulling_id)
        f = m.FormulierInvulling
        with self.ctx.store.write() as s:
            oud = get_or_raise(s, f, invulling_id, "Formulier")
            if not oud.definitief:
                raise ValidationError([problem(Code.FORMULIER_CONCEPT)])
            if oud.vervangen:
                raise ValidationError([problem(Code.FORMULIER_VERVANGEN)])
            bestaand = s.scalars(
                select(f).where(f.vervangt_id == oud.id, f.definitief.is_(False), f.deleted_at.is_(None))
            ).first()
            if bestaand is not None:
                return self._to_invulling(bestaand, medewerker_namen(s))
            row = m.FormulierInvulling(
                id=m.new_id(),
                jongere_id=oud.jongere_id,
                definitie_id=oud.definitie_id,
                definitie_versie=oud.definitie_versie,
                soort=oud.soort,
                definitie=dict(oud.definitie),
                antwoorden=dict(oud.antwoorden),
                versie=self._volgende_versie(s, oud.jongere_id, oud.definitie_id),
                definitief=False,
                vervangt_id=oud.id,
                ingevuld_op=self.ctx.now(),
            )
            save_new(s, self.ctx, row, jongere_id=oud.jongere_id)
            return self._to_invulling(row, medewerker_namen(s))

    def verwijder_concept(self, invulling_id: str) -> None:
        """Throw away a concept (a definitief form is never deleted)."""
        self._vereis_schrijven(invulling_id)
        with self.ctx.store.write() as s:
            row = get_or_raise(s, m.FormulierInvulling, invulling_id, "Formulier")
            if row.definitief:
                raise ValidationError([problem(Code.FORMULIER_DEFINITIEF)])
            self._drop_herstelpunt(s, invulling_id)
            row.deleted_at = self.ctx.now()
            touch(row, self.ctx, new=False)
            audit(
                s,
                self.ctx,
                actie="verwijderd",
                entiteit="formulier_invulling",
                entiteit_id=row.id,
                jongere_id=row.jongere_id,
                wijzigingen=(Wijziging("Concept", f"versie {row.versie}", None),),
            )
            enqueue(s, self.ctx, row, soort="delete")

    # -- finding -> plan --------------------------------------------------------------------------------
    def naar_plan(
        self,
        invulling_id: str,
        tekst: str,
        leefgebied: Leefgebied,
        *,
        als: Literal["doel", "actie"] = "doel",
        doel_id: str | None = None,
    ) -> PlanVersie:
        """Turn a finding into a goal (or an action of an existing goal) in the plan concept, in one step.

        Uses the open plan concept, or starts one from the last vastgesteld version (like a driegesprek
        verslag does). Returns the saved concept.
        """
        tekst = clean_text(tekst)
        leefgebied = Leefgebied(leefgebied)
        raise_if(check_text("Tekst voor het plan", tekst, MAX_TEKST, required=True))
        invulling = self.get(invulling_id)
        concept = self.plannen.nieuw_concept(invulling.jongere_id)
        if concept.status != PlanStatus.CONCEPT:
            raise ValidationError([problem(Code.PLAN_NIET_BEWERKBAAR)])
        bron = f"{invulling.titel}, versie {invulling.versie} ({invulling.datum:%d-%m-%Y})"
        if als == "doel":
            doel = Doel.nieuw(leefgebied, professioneel=f"{tekst} (uit {bron})", status=DoelStatus.OPEN)
            nieuw = concept.inhoud.met_doel(doel)
        else:
            try:
                doel = concept.inhoud.doel(doel_id or "")
            except StopIteration:
                raise ValidationError([problem(Code.NIET_GEVONDEN, wat="Doel in het plan")]) from None
            actie = Actie(ActieWie.WOONBEGELEIDER, f"{tekst} (uit {bron})")
            nieuw = concept.inhoud.met_doel(_met_actie(doel, actie))
        opgeslagen = self.plannen.opslaan(
            concept.id, nieuw, basis=concept.inhoud, base_rev=concept.rev
        ).versie
        with self.ctx.store.write() as s:
            audit(
                s,
                self.ctx,
                actie="naar_plan",
                entiteit="formulier_invulling",
                entiteit_id=invulling.id,
                jongere_id=invulling.jongere_id,
                wijzigingen=(Wijziging(f"Naar plan ({als})", None, tekst),),
            )
        return opgeslagen

    # -- herstelpunten (autosave) -------------------------------------------------------------------------
    def bewaar_herstelpunt(self, invulling_id: str, antwoorden: Mapping[str, Any]) -> None:
        """Keep what is being typed (as typed, unchecked), so a crash loses seconds. Not audited or synced."""
        data = _json_ready(antwoorden)
        h = m.FormulierHerstelpunt
        with self.ctx.store.write() as s:
            row = get_or_raise(s, m.FormulierInvulling, invulling_id, "Formulier")
            if row.definitief:
                raise ValidationError([problem(Code.FORMULIER_DEFINITIEF)])
            found = s.scalars(
                select(h).where(h.editor == self._editor, h.invulling_id == invulling_id)
            ).first()
            if found is None:
                s.add(
                    h(
                        editor=self._editor,
                        invulling_id=invulling_id,
                        antwoorden=data,
                        opgeslagen_op=self.ctx.now(),
                    )
                )
            else:
                found.antwoorden, found.opgeslagen_op = data, self.ctx.now()

    def herstelpunt(self, invulling_id: str) -> FormulierHerstelpunt | None:
        return next((h for h in self.herstelpunten() if h.invulling_id == invulling_id), None)

    def herstelpunten(self) -> list[FormulierHerstelpunt]:
        """Unsaved typing this medewerker left on this device, newest first."""
        h = m.FormulierHerstelpunt
        f = m.FormulierInvulling
        with self.ctx.store.read() as s:
            rows = s.execute(
                select(h, f, m.Jongere)
                .join(f, f.id == h.invulling_id)
                .join(m.Jongere, m.Jongere.id == f.jongere_id)
                .where(h.editor == self._editor, f.definitief.is_(False), f.deleted_at.is_(None))
                .order_by(h.opgeslagen_op.desc(), h.id.desc())
            )
            return [
                FormulierHerstelpunt(
                    inv.id,
                    inv.jongere_id,
                    _naam(j),
                    str(inv.definitie.get("titel", "")),
                    r.antwoorden,
                    r.opgeslagen_op,
                )
                for r, inv, j in rows
            ]

    def verwerp_herstelpunt(self, invulling_id: str) -> None:
        with self.ctx.store.write() as s:
            self._drop_herstelpunt(s, invulling_id)

    def _drop_herstelpunt(self, s: Session, invulling_id: str) -> None:
        h = m.FormulierHerstelpunt
        s.execute(delete(h).where(h.editor == self._editor, h.invulling_id == invulling_id))


def _met_actie(doel: Doel, actie: Actie) -> Doel:
    from dataclasses import replace

    return replace(doel, acties=(*doel.acties, actie))


def _json_ready(antwoorden: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in antwoorden.items():
        if isinstance(v, (date, datetime)):
            out[str(k)] = v.isoformat()
        elif isinstance(v, tuple):
            out[str(k)] = list(v)
        else:
            out[str(k)] = v
    return out
