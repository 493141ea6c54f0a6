"""Helpers for the sync tests: the running portal and a laptop (a desktop database) with short verbs."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from typing import Any

from kso_desktop.domain.entities import JongereGegevens
from kso_desktop.services.recording import save_changes, snapshot
from kso_desktop.services.registry import Services
from kso_desktop.services.sync import SyncUitkomst
from kso_desktop.storage import models as m
from kso_portal.db import Database
from kso_portal.faults import FaultPlan

PASSWORD = "wachtwoord-voor-tests"


@dataclass
class Portal:
    url: str
    db: Database
    org_id: str
    loc_a: str
    loc_b: str
    users: dict[str, str]
    faults: FaultPlan

    def records(self, type_: str | None = None) -> list[Any]:
        from sqlalchemy import select

        from kso_portal import models as pm

        with self.db.read() as s:
            q = select(pm.Record)
            if type_:
                q = q.where(pm.Record.type == type_)
            return list(s.scalars(q))


@dataclass
class Laptop:
    name: str
    services: Services
    portal: Portal
    waits: list[float]

    def sync(self) -> SyncUitkomst:
        return self.services.sync.sync_now()

    def locatie(self, portal_locatie: str) -> str:
        with self.services.ctx.store.read() as s:
            row = (
                s.get(m.SyncLocatie, portal_locatie)
                or s.query(m.SyncLocatie).filter_by(portal_id=portal_locatie).one()
            )
            return row.local_id

    def new_jongere(self, voornaam: str = "Senait", *, loc: str | None = None) -> str:
        gegevens = JongereGegevens(
            voornaam=voornaam,
            achternaam="Haile",
            geboortedatum=date(2010, 4, 2),
            locatie_id=self.locatie(loc or self.portal.loc_a),
            plaatsing=date(2025, 9, 1),
        )
        return self.services.jongeren.add(gegevens).id

    def edit(self, jongere_id: str, **changes: Any) -> None:
        """Edit a jongere through the service (audit row and outbox op in one transaction)."""
        gegevens = self.services.jongeren.get(jongere_id).gegevens
        self.services.jongeren.update(jongere_id, dataclasses.replace(gegevens, **changes))

    def edit_row(self, model: type[m.SyncMixin], row_id: str, *, delete: bool = False, **values: Any) -> None:
        """Edit any syncing row the way the services do (recording.save_changes)."""
        ctx = self.services.ctx
        with ctx.store.write() as s:
            row = s.get(model, row_id)
            assert row is not None
            before = snapshot(row)
            for key, value in values.items():
                setattr(row, key, value)
            if delete:
                row.deleted_at = ctx.now()
            save_changes(
                s,
                ctx,
                row,
                before,
                jongere_id=getattr(row, "jongere_id", row_id),
                soort="delete" if delete else "upsert",
            )

    def row(self, model: type[m.SyncMixin], row_id: str) -> Any:
        with self.services.ctx.store.read() as s:
            return s.get(model, row_id)

    def outbox(self) -> list[m.OutboxOp]:
        with self.services.ctx.store.read() as s:
            return list(s.query(m.OutboxOp).order_by(m.OutboxOp.seq))
