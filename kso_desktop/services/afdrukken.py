"""Printing and exporting documents: gather the data, render the PDF, and log every print in the audit trail.

Rendering reads only; a print or export is recorded when it happens (``registreer``), so a preview that
is closed without printing leaves no trace, and a saved file or a sheet on the printer always does.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select

from kso_desktop.domain.entities import Jongere, Wijziging
from kso_desktop.domain.enums import GesprekType
from kso_desktop.domain.netwerk import NetwerkVersie
from kso_desktop.domain.plan import PlanVersie
from kso_desktop.domain.validation import Code, ValidationError, problem
from kso_desktop.domain.weergave import FormulierWeergave
from kso_desktop.reporting.gegevens import Kopgegevens, Pdf, Persoon, Stop, Voortgang
from kso_desktop.services.context import Context
from kso_desktop.services.formulieren import SIGNALERINGSPLAN_SOORTEN, FormulierService
from kso_desktop.services.gesprekken import GesprekService
from kso_desktop.services.jongeren import JongerenService
from kso_desktop.services.netwerk import NetwerkService
from kso_desktop.services.organisatie import OrganisatieService
from kso_desktop.services.plannen import PlanService
from kso_desktop.services.recording import audit
from kso_desktop.storage import models as m

#: reportlab keeps fonts and shaping state per process: one document is laid out at a time.
_OPMAAK = threading.Lock()


class DocumentSoort(StrEnum):
    """The documents the app prints; the value is the CLI word."""

    PLAN = "plan"
    MIJN_PLAN = "mijn-plan"
    VERSLAG = "verslag"
    AGENDA = "agenda"
    SIGNALERINGSPLAN = "signaleringsplan"
    KAART = "kaart"

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def entiteit(self) -> str:
        """The kind of record a document of this sort is made from (for the audit trail)."""
        return _ENTITEITEN[self]


_LABELS = {
    DocumentSoort.PLAN: "Begeleidingsplan",
    DocumentSoort.MIJN_PLAN: "Mijn plan",
    DocumentSoort.VERSLAG: "Verslag driegesprek",
    DocumentSoort.AGENDA: "Agenda driegesprek",
    DocumentSoort.SIGNALERINGSPLAN: "Mijn signaleringsplan",
    DocumentSoort.KAART: "Signaleringskaart",
}
_ENTITEITEN = {
    DocumentSoort.PLAN: "plan_versie",
    DocumentSoort.MIJN_PLAN: "plan_versie",
    DocumentSoort.VERSLAG: "gesprek",
    DocumentSoort.AGENDA: "jongere",
    DocumentSoort.SIGNALERINGSPLAN: "formulier",
    DocumentSoort.KAART: "formulier",
}


@dataclass(frozen=True, slots=True)
class Document:
    """A rendered document and what it is: sort, source record, jongere, and a sensible file name."""

    soort: DocumentSoort
    ref_id: str
    jongere_id: str
    jongere_naam: str
    pdf: Pdf

    @property
    def data(self) -> bytes:
        return self.pdf.data

    @property
    def bestandsnaam(self) -> str:
        naam = "".join(c if c.isalnum() else "-" for c in self.jongere_naam).strip("-").lower()
        return f"{self.soort.value}-{naam or 'jongere'}.pdf"


class AfdrukService:
    def __init__(
        self,
        ctx: Context,
        jongeren: JongerenService,
        plannen: PlanService,
        gesprekken: GesprekService,
        organisatie: OrganisatieService,
        *,
        formulieren: FormulierService,
        netwerk: NetwerkService,
    ) -> None:
        self.ctx = ctx
        self.jongeren = jongeren
        self.plannen = plannen
        self.gesprekken = gesprekken
        self.organisatie = organisatie
        self.formulieren = formulieren
        self.netwerk = netwerk

    # -- gathering -----------------------------------------------------------------------------------
    def kopgegevens(self, jongere_id: str) -> Kopgegevens:
        """Names and phone numbers of the jongere's mentor, jeugdbeschermer and location."""
        jongere: Jongere = self.jongeren.get(jongere_id)
        g = jongere.gegevens
        mentor: Persoon | None = None
        if jongere.mentor is not None:
            mw = self.organisatie.medewerker(jongere.mentor.medewerker_id)
            mentor = Persoon(mw.naam, mw.gegevens.telefoon, mw.gegevens.email)
        jb = Persoon(g.jeugdbeschermer_naam, g.jeugdbeschermer_telefoon, g.jeugdbeschermer_email)
        locatie = self.organisatie.locatie(g.locatie_id)
        return Kopgegevens(
            jongere_naam=jongere.naam,
            gemaakt_op=self.ctx.today(),
            gemaakt_door=self.ctx.actor.naam,
            geboortedatum=g.geboortedatum,
            locatie=locatie.naam,
            locatie_telefoon=locatie.gegevens.telefoon,
            mentor=mentor,
            jeugdbeschermer=jb if jb.naam else None,
        )

    # -- rendering -------------------------------------------------------------------------------------
    def maak(
        self,
        soort: DocumentSoort,
        ref_id: str,
        *,
        tweede_taal: str | None = None,
        voortgang: Voortgang | None = None,
        stop: Stop | None = None,
    ) -> Document:
        """Render a document from a stored record; nothing is written.

        ``ref_id`` is a plan version id (``plan``, ``mijn-plan``; a jongere id takes the latest version),
        a gesprek id (``verslag``) or a jongere id (``agenda``). The signaleringsplan and the card are
        made from a filled-in form with ``maak_formulier``.
        """
        with _OPMAAK:
            return self._maak(soort, ref_id, tweede_taal=tweede_taal, voortgang=voortgang, stop=stop)

    def _maak(
        self,
        soort: DocumentSoort,
        ref_id: str,
        *,
        tweede_taal: str | None,
        voortgang: Voortgang | None,
        stop: Stop | None,
    ) -> Document:
        from kso_desktop.reporting import documenten  # reportlab loads on the first print, not at start-up

        opties = {"tweede_taal": tweede_taal, "voortgang": voortgang, "stop": stop}
        if soort in (DocumentSoort.PLAN, DocumentSoort.MIJN_PLAN):
            plan = self._plan(ref_id)
            kop = self.kopgegevens(plan.jongere_id)
            if soort == DocumentSoort.MIJN_PLAN:
                netwerk = self._netwerk_voor_jongere(plan.jongere_id)
                pdf = documenten.mijn_plan(plan, kop, netwerk=netwerk, **opties)  # type: ignore[arg-type]
            else:
                versies = [
                    documenten.Versieregel(v.nummer, v.status.label, v.gestart_op, v.vastgesteld_op)
                    for v in sorted(self.plannen.versies(plan.jongere_id), key=lambda v: v.nummer)
                ]
                pdf = documenten.begeleidingsplan(plan, kop, versies=versies, **opties)  # type: ignore[arg-type]
            return Document(soort, plan.id, plan.jongere_id, kop.jongere_naam, pdf)
        if soort == DocumentSoort.VERSLAG:
            gesprek = self.gesprekken.get(ref_id)
            if gesprek.soort != GesprekType.DRIEGESPREK:
                raise ValidationError([problem(Code.NIET_GEVONDEN, wat="Een driegesprek met dit id")])
            kop = self.kopgegevens(gesprek.jongere_id)
            pdf = documenten.driegesprek_verslag(gesprek, kop, **opties)  # type: ignore[arg-type]
            return Document(soort, gesprek.id, gesprek.jongere_id, kop.jongere_naam, pdf)
        if soort == DocumentSoort.AGENDA:
            kop = self.kopgegevens(ref_id)
            v = self.gesprekken.voorbereiding(ref_id)
            agenda = documenten.AgendaGegevens(
                sinds=v.sinds,
                onderwerpen_jongere=v.onderwerpen_jongere,
                open_afspraken=v.open_afspraken,
                doelen=v.doelen,
                plan_wijzigingen=v.plan_wijzigingen,
                mijlpalen=v.mijlpalen,
                aantal_tweegesprekken=len(v.tweegesprekken),
            )
            pdf = documenten.driegesprek_agenda(agenda, kop, **opties)  # type: ignore[arg-type]
            return Document(soort, ref_id, ref_id, kop.jongere_naam, pdf)
        raise ValueError(f"{soort.label} wordt gemaakt van een ingevuld formulier (maak_formulier).")

    def _netwerk_voor_jongere(self, jongere_id: str) -> NetwerkVersie | None:
        """The newest vastgesteld network: a concept may be half drawn, so it is not handed to the jongere."""
        return next((v for v in self.netwerk.versies(jongere_id) if not v.bewerkbaar), None)

    def signaleringsplan_van(self, ref_id: str) -> FormulierWeergave:
        """The stored signaleringsplan to print: this filling (an invulling id), or for a jongere id the
        newest definitief one. A concept is printed only when asked for by its own id."""
        with self.ctx.store.read() as s:
            is_invulling = (
                s.scalar(select(m.FormulierInvulling.id).where(m.FormulierInvulling.id == ref_id)) is not None
            )
        if is_invulling:
            invulling = self.formulieren.get(ref_id)
            if invulling.soort not in SIGNALERINGSPLAN_SOORTEN:
                raise ValidationError([problem(Code.NIET_GEVONDEN, wat="Een signaleringsplan met dit id")])
        else:
            self.jongeren.get(ref_id)  # "Jongere niet gevonden." for an unknown id
            gevonden = self.formulieren.laatste_signaleringsplan(ref_id)
            if gevonden is None:
                raise ValidationError(
                    [problem(Code.NIET_GEVONDEN, wat="Een definitief signaleringsplan van deze jongere")]
                )
            invulling = gevonden
        return self.formulieren.weergave(invulling.id)

    def maak_formulier(
        self,
        soort: DocumentSoort,
        formulier: FormulierWeergave,
        *,
        tweede_taal: str | None = None,
        voortgang: Voortgang | None = None,
        stop: Stop | None = None,
    ) -> Document:
        """The signaleringsplan (one page) or its pocket cards from a filled-in form."""
        kop = self.kopgegevens(formulier.jongere_id)
        with _OPMAAK:
            pdf = self._maak_formulier(
                soort, formulier, kop, tweede_taal=tweede_taal, voortgang=voortgang, stop=stop
            )
        return Document(soort, formulier.invulling_id, formulier.jongere_id, kop.jongere_naam, pdf)

    @staticmethod
    def _maak_formulier(
        soort: DocumentSoort,
        formulier: FormulierWeergave,
        kop: Kopgegevens,
        *,
        tweede_taal: str | None,
        voortgang: Voortgang | None,
        stop: Stop | None,
    ) -> Pdf:
        from kso_desktop.reporting import signalering

        if soort == DocumentSoort.SIGNALERINGSPLAN:
            pdf = signalering.signaleringsplan(
                formulier, kop, tweede_taal=tweede_taal, voortgang=voortgang, stop=stop
            )
        elif soort == DocumentSoort.KAART:
            pdf = signalering.signaleringskaart(
                formulier, kop, tweede_taal=tweede_taal, voortgang=voortgang, stop=stop
            )
        else:
            raise ValueError(f"{soort.label} wordt niet van een formulier gemaakt.")
        return pdf

    def _plan(self, ref_id: str) -> PlanVersie:
        with self.ctx.store.read() as s:
            is_versie = s.scalar(select(m.PlanVersie.id).where(m.PlanVersie.id == ref_id)) is not None
        if is_versie:
            return self.plannen.versie(ref_id)
        plan = self.plannen.laatste(ref_id)  # a jongere id: the latest version
        if plan is None:
            raise ValidationError(
                [problem(Code.NIET_GEVONDEN, wat="Een begeleidingsplan of jongere met dit id")]
            )
        return plan

    # -- recording -------------------------------------------------------------------------------------
    def registreer(self, document: Document, bestemming: str) -> None:
        """Log that a document was printed or exported: what, for whom (the jongere), by whom, where to.

        ``bestemming`` is a file path or a printer name; an export to a file is logged as ``geëxporteerd``.
        """
        is_bestand = bestemming.lower().endswith(".pdf") or "/" in bestemming or "\\" in bestemming
        actie = "geëxporteerd" if is_bestand else "afgedrukt"
        waar = Path(bestemming).name if is_bestand else bestemming
        with self.ctx.store.write() as s:
            audit(
                s,
                self.ctx,
                actie=actie,
                entiteit=document.soort.entiteit,
                entiteit_id=document.ref_id,
                jongere_id=document.jongere_id,
                wijzigingen=(
                    Wijziging("document", None, document.soort.label),
                    Wijziging("bestemming", None, waar),
                    Wijziging("pagina's", None, str(document.pdf.paginas)),
                ),
            )

    def bewaar(self, document: Document, pad: Path) -> None:
        """Write the PDF to a file and log the export."""
        pad.write_bytes(document.data)
        self.registreer(document, str(pad))
