"""All use cases over one database, as the GUI and the CLI use them."""

from __future__ import annotations

from dataclasses import dataclass, replace

from kso_desktop.services.context import Actor, Context
from kso_desktop.services.jongeren import JongerenService
from kso_desktop.services.organisatie import OrganisatieService


@dataclass(slots=True)
class Services:
    ctx: Context
    organisatie: OrganisatieService
    jongeren: JongerenService

    @classmethod
    def create(cls, ctx: Context) -> Services:
        return cls(ctx, OrganisatieService(ctx), JongerenService(ctx))

    def act_as(self, medewerker_id: str) -> None:
        """Attribute every following change to this medewerker (shift change on a shared laptop)."""
        medewerker = self.organisatie.medewerker(medewerker_id)
        self.ctx.actor = replace(self.ctx.actor, medewerker_id=medewerker.id, naam=medewerker.naam)

    @property
    def actor(self) -> Actor:
        return self.ctx.actor
