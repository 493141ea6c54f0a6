"""Connection faults at the TCP level (a real proxy on loopback, not a mock): a reset after the portal
committed a push never makes a second record and never loses the words (sync-protocol.md §8)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from sync_helpers import PASSWORD, Laptop, Portal
from tcp_proxy import CuttingProxy

from kso_desktop.app import open_store
from kso_desktop.credentials import CredentialStore
from kso_desktop.services.context import Actor, Context
from kso_desktop.services.registry import Services
from kso_desktop.storage import models as m
from kso_desktop.sync.client import Backoff, OfflineError


@pytest.fixture
def proxied(
    portal: Portal, tmp_path: Path, memory_credentials: CredentialStore, fixed_clock: Callable[[], datetime]
) -> Iterator[tuple[Laptop, CuttingProxy]]:
    proxy = CuttingProxy(portal.url)
    store, _key = open_store(tmp_path / "proxied", credentials=memory_credentials)
    services = Services.create(
        Context(store, Actor(None, "Laptop achter proxy", "dev-proxy"), clock=fixed_clock)
    )
    services.sync.credentials = memory_credentials
    waits: list[float] = []
    services.sync.backoff = Backoff(sleep=waits.append, rng=lambda: 0.5)
    services.sync.login(proxy.url, "a_med", PASSWORD)
    try:
        yield Laptop("proxied", services, portal, waits), proxy
    finally:
        services.sync.close()
        store.close()
        proxy.close()


def test_connection_reset_after_commit_gives_exactly_one_record(proxied: tuple[Laptop, CuttingProxy]) -> None:
    laptop, proxy = proxied
    jid = laptop.new_jongere("Hagos")
    proxy.cut_next_push_responses(1)

    laptop.sync()

    assert proxy.cuts_done == 1  # the fault really happened, after the portal had answered
    assert laptop.waits, "the client backed off before retrying"
    on_portal = [r for r in laptop.portal.records("jongere") if r.uuid == jid]
    assert len(on_portal) == 1
    assert on_portal[0].payload["voornaam"] == "Hagos"
    assert laptop.outbox() == []
    assert laptop.row(m.Jongere, jid).server_version == on_portal[0].version


def test_resets_on_every_retry_leave_the_words_queued_for_the_next_sync(
    proxied: tuple[Laptop, CuttingProxy],
) -> None:
    laptop, proxy = proxied
    jid = laptop.new_jongere("Semhar")
    proxy.cut_next_push_responses(100)  # more than one sync run retries

    with pytest.raises(OfflineError):  # said in Dutch in the status bar; nothing is lost
        laptop.sync()

    assert proxy.cuts_done == 4  # every attempt of the run was cut, after the portal had answered
    assert len([r for r in laptop.portal.records("jongere") if r.uuid == jid]) == 1
    assert laptop.outbox() != []  # the laptop never heard the answer, so the op stays queued
    proxy.cut_next_push_responses(0)
    laptop.sync()
    assert len([r for r in laptop.portal.records("jongere") if r.uuid == jid]) == 1
    assert laptop.outbox() == []
