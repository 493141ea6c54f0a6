"""All use cases over one database, as the GUI and the CLI use them."""

from __future__ import annotations

from dataclasses import dataclass, replace

from kso_desktop.services.context import Actor, Context
from kso_desktop.services.gesprekken import GesprekService
from kso_desktop.services.jongeren import JongerenService
from kso_desktop.services.organisatie import OrganisatieService
from kso_desktop.services.plannen import PlanService
from kso_desktop.services.sync import SyncService
from kso_desktop.storage.meta import set_meta


@dataclass(slots=True)
class Services:
    ctx: Context
    organisatie: OrganisatieService
    jongeren: JongerenService
    plannen: PlanService
    gesprekken: GesprekService
    sync: SyncService

    @classmethod
    def create(cls, ctx: Context) -> Services:
        plannen = PlanService(ctx)
        return cls(
            ctx,
            OrganisatieService(ctx),
            JongerenService(ctx),
            plannen,
            GesprekService(ctx, plannen),
            SyncService(ctx),
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
