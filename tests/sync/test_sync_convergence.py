"""A hypothesis state machine over three laptops and one real portal: random offline edits and syncs in
any order always converge to the same record, and every text a laptop ever synced is still on the portal
(as a version or as a kept conflict revision)."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any, ClassVar

from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule, run_state_machine_as_test
from sqlalchemy import select
from sync_helpers import PASSWORD, Laptop, Portal

from kso_desktop.app import open_store
from kso_desktop.credentials import CredentialStore
from kso_desktop.services.context import Actor, Context
from kso_desktop.services.registry import Services
from kso_desktop.storage import models as m
from kso_desktop.sync.client import Backoff
from kso_portal import models as pm

USERS = ("a_med", "a_med2", "a_med3")
TEXTS = {
    "notities": st.sampled_from(["rust", "school", "voetbal", "taalles", "heimwee"]),
    "telefoon": st.sampled_from(["0612345678", "0687654321", "0201234567"]),
}


class ThreeLaptops(RuleBasedStateMachine):
    portal: ClassVar[Portal]
    root: ClassVar[Path]
    credentials: ClassVar[CredentialStore]
    clock: ClassVar[list[Any]]
    runs = itertools.count()

    def __init__(self) -> None:
        super().__init__()
        self.laptops: list[Laptop] = []
        self.synced_texts: set[str] = set()
        self.jid = ""

    @initialize()
    def setup(self) -> None:
        run = next(self.runs)
        for i, user in enumerate(USERS):
            store, _key = open_store(self.root / f"run{run}-{i}", credentials=self.credentials)
            services = Services.create(
                Context(store, Actor(None, f"L{i}", f"dev-{run}-{i}"), clock=self.clock[0])
            )
            services.sync.credentials = self.credentials
            services.sync.backoff = Backoff(sleep=lambda _s: None)
            services.sync.login(self.portal.url, user, PASSWORD)
            self.laptops.append(Laptop(f"L{i}", services, self.portal, []))
        self.jid = self.laptops[0].new_jongere(f"Run{run}")
        for lap in self.laptops:
            lap.sync()

    @rule(i=st.integers(0, 2), notities=TEXTS["notities"])
    def edit_notities(self, i: int, notities: str) -> None:
        self.laptops[i].edit(self.jid, notities=notities)

    @rule(i=st.integers(0, 2), telefoon=TEXTS["telefoon"])
    def edit_telefoon(self, i: int, telefoon: str) -> None:
        self.laptops[i].edit(self.jid, telefoon=telefoon)

    @rule(i=st.integers(0, 2))
    def sync(self, i: int) -> None:
        lap = self.laptops[i]
        self.synced_texts.add(lap.row(m.Jongere, self.jid).notities)
        lap.sync()

    @rule(i=st.integers(0, 2), keuze=st.sampled_from(["mijn", "hun"]))
    def resolve(self, i: int, keuze: str) -> None:
        for c in self.laptops[i].services.sync.conflicts():
            self.laptops[i].services.sync.resolve(c.id, keuze)

    def teardown(self) -> None:
        try:
            if self.jid:
                self._converge()
        finally:
            for lap in self.laptops:
                lap.services.sync.close()
                lap.services.ctx.store.close()

    def _converge(self) -> None:
        for _ in range(6):
            for lap in self.laptops:
                self.synced_texts.add(lap.row(m.Jongere, self.jid).notities)
                lap.sync()
                for c in lap.services.sync.conflicts():
                    lap.services.sync.resolve(c.id, "hun")
        for lap in self.laptops:
            lap.sync()
        states = {
            (lap.row(m.Jongere, self.jid).notities, lap.row(m.Jongere, self.jid).telefoon)
            for lap in self.laptops
        }
        assert len(states) == 1, states
        for lap in self.laptops:
            status = lap.services.sync.status()
            assert (status.wachtend, status.conflicten) == (0, 0), status
        with self.portal.db.read() as s:
            kept = {
                str(p.get("notities"))
                for p in s.scalars(select(pm.RecordHistory.payload).where(pm.RecordHistory.uuid == self.jid))
            } | {
                str(p.get("notities"))
                for p in s.scalars(
                    select(pm.ConflictRevision.payload).where(pm.ConflictRevision.record_uuid == self.jid)
                )
            }
        assert self.synced_texts <= kept, self.synced_texts - kept


def test_three_laptops_always_converge_with_no_text_lost(
    portal: Portal, tmp_path: Path, memory_credentials: CredentialStore, fixed_clock: Any
) -> None:
    ThreeLaptops.portal = portal
    ThreeLaptops.root = tmp_path
    ThreeLaptops.credentials = memory_credentials
    ThreeLaptops.clock = [fixed_clock]
    run_state_machine_as_test(
        ThreeLaptops,
        settings=settings(
            max_examples=12,
            stateful_step_count=12,
            deadline=None,
            # Each example runs real syncs: report the failing run as found, without minutes of shrinking.
            phases=(Phase.explicit, Phase.reuse, Phase.generate),
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
        ),
    )
