"""All use cases over one database, as the GUI and the CLI use them."""

from __future__ import annotations

from dataclasses import dataclass, replace

from kso_desktop.services.afdrukken import AfdrukService
from kso_desktop.services.bewaren import BewaarService
from kso_desktop.services.context import Actor, Context
from kso_desktop.services.correcties import CorrectieService
from kso_desktop.services.formulieren import FormulierService
from kso_desktop.services.gesprekken import GesprekService
from kso_desktop.services.inzage import InzageService
from kso_desktop.services.jongeren import JongerenService
from kso_desktop.services.netwerk import NetwerkService
from kso_desktop.services.organisatie import OrganisatieService
from kso_desktop.services.plannen import PlanService
from kso_desktop.services.sync import SyncService
from kso_desktop.services.toegang import ToegangService
from kso_desktop.storage.meta import set_meta


@dataclass(slots=True)
class Services:
    ctx: Context
    organisatie: OrganisatieService
    jongeren: JongerenService
    plannen: PlanService
    gesprekken: GesprekService
    netwerk: NetwerkService
    formulieren: FormulierService
    afdrukken: AfdrukService
    toegang: ToegangService
    inzage: InzageService
    correcties: CorrectieService
    sync: SyncService
    bewaren: BewaarService

    @classmethod
    def create(cls, ctx: Context) -> Services:
        plannen = PlanService(ctx)
        org, jongeren, gesprekken = (
            OrganisatieService(ctx),
            JongerenService(ctx),
            GesprekService(ctx, plannen),
        )
        formulieren, netwerk = FormulierService(ctx, plannen), NetwerkService(ctx)
        afdrukken = AfdrukService(
            ctx, jongeren, plannen, gesprekken, org, formulieren=formulieren, netwerk=netwerk
        )
        sync, bewaren = SyncService(ctx), BewaarService(ctx)
        sync.na_sync.append(bewaren.na_sync)
        return cls(
            ctx=ctx,
            organisatie=org,
            jongeren=jongeren,
            plannen=plannen,
            gesprekken=gesprekken,
            netwerk=netwerk,
            formulieren=formulieren,
            afdrukken=afdrukken,
            toegang=ToegangService(ctx),
            inzage=InzageService(ctx),
            correcties=CorrectieService(ctx),
            sync=sync,
            bewaren=bewaren,
        )

    def act_as(self, medewerker_id: str, *, remember: bool = False) -> None:
        """Attribute every following change to this medewerker (shift change on a shared laptop).

        With ``remember`` the choice is kept for the next start on this database.
        """
        medewerker = self.organisatie.medewerker(medewerker_id)
        self.ctx.actor = replace(self.ctx.actor, medewerker_id=medewerker.id, naam=medewerker.naam)
        if remember:
            with self.ctx.store.write() as s:
                set_meta(s, "medewerker_id", medewerker.id)

    @property
    def actor(self) -> Actor:
        return self.ctx.actor
