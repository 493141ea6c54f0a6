"""Failures between laptop and portal (sync-protocol §8): lost answers, expired tokens, busy or captive
networks, scope changes. Faults come from the portal's test-only fault plan on a real server."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sync_helpers import Laptop

from kso_desktop.storage import models as m
from kso_desktop.sync.client import LoginRequiredError, OfflineError, PortalError
from kso_desktop.sync.engine import SyncBusyError, sync_lock

PUSH = "/v1/sync/push"
CHANGES = "/v1/sync/changes"


def test_lost_response_after_commit_retry_gives_exactly_one_record(laptop: Callable[..., Laptop]) -> None:
    a = laptop("a_med")
    jid = a.new_jongere("Eenmalig")
    a.portal.faults.fail_after_commit(PUSH, 502)
    rapport = a.sync().rapport
    assert a.waits, "the client waited before it retried"
    # The retry sent the same frozen op; the portal answered duplicate with the original result.
    assert rapport.duplicates == 1
    records = [r for r in a.portal.records("jongere") if r.payload.get("voornaam") == "Eenmalig"]
    assert [r.uuid for r in records] == [jid]
    assert records[0].version == a.row(m.Jongere, jid).server_version
    assert a.outbox() == []


def test_expired_access_token_refreshes_once(laptop: Callable[..., Laptop]) -> None:
    a = laptop("a_med")
    a.new_jongere()
    client = a.services.sync._get_client(a.portal.url)
    client.access_token = "verlopen-token-" + "x" * 28
    rapport = a.sync().rapport
    assert rapport.pushed == 1
    assert client.access_token != "verlopen-token-" + "x" * 28


def test_refused_refresh_asks_for_a_new_login_and_keeps_the_queue(laptop: Callable[..., Laptop]) -> None:
    a = laptop("a_med")
    a.new_jongere()
    client = a.services.sync._get_client(a.portal.url)
    client.access_token = "verlopen-token-" + "y" * 28
    client.tokens.save("onbekend-refresh-token-" + "z" * 20)
    with pytest.raises(LoginRequiredError):
        a.sync()
    assert len(a.outbox()) == 1
    assert a.services.sync.status().wachtend == 1


@pytest.mark.parametrize("fault", ["503", "429"])
def test_server_errors_and_rate_limits_back_off(laptop: Callable[..., Laptop], fault: str) -> None:
    a = laptop("a_med")
    a.new_jongere()
    if fault == "429":
        a.portal.faults.rate_limited(PUSH, retry_after=7)
    else:
        a.portal.faults.fail_before_commit(PUSH, 503)
        a.portal.faults.fail_before_commit(PUSH, 503)
    assert a.sync().rapport.pushed == 1
    if fault == "429":
        assert a.waits == [7.0]  # Retry-After honoured exactly
    else:
        assert len(a.waits) == 2 and a.waits[1] > a.waits[0]  # exponential, with jitter


def test_portal_down_for_long_is_offline_and_nothing_is_lost(laptop: Callable[..., Laptop]) -> None:
    a = laptop("a_med")
    a.new_jongere()
    for _ in range(4):
        a.portal.faults.fail_before_commit(PUSH, 503)
    with pytest.raises(OfflineError):
        a.sync()
    status = a.services.sync.status()
    assert (status.online, status.wachtend) == (False, 1)
    assert "niet beschikbaar" in status.fout
    assert a.sync().rapport.pushed == 1


def test_captive_portal_html_is_offline_never_success(laptop: Callable[..., Laptop]) -> None:
    a = laptop("a_med")
    jid = a.new_jongere()
    a.portal.faults.captive_portal_html(PUSH)
    with pytest.raises(OfflineError) as err:
        a.sync()
    assert "inlogpagina" in err.value.message_nl
    assert a.row(m.Jongere, jid).sync_state == "local"
    assert a.services.sync.status().online is False
    a.sync()
    assert a.row(m.Jongere, jid).sync_state == "synced"


def test_only_one_sync_at_a_time_per_database(laptop: Callable[..., Laptop]) -> None:
    a = laptop("a_med")
    with sync_lock(a.services.ctx.store.path), pytest.raises(SyncBusyError):
        a.sync()
    a.sync()


def test_out_of_scope_jongere_never_drops_unsynced_words(laptop: Callable[..., Laptop]) -> None:
    a, both = laptop("a_med"), laptop("ab_med")
    kept = a.new_jongere("Blijft")
    gone = a.new_jongere("Gaat")
    a.sync()
    both.sync()
    # Laptop A writes about "Blijft" offline; meanwhile both jongeren move to location B.
    a.edit(kept, notities="Niet verstuurde woorden")
    both.edit(kept, locatie_id=both.locatie(a.portal.loc_b))
    both.edit(gone, locatie_id=both.locatie(a.portal.loc_b))
    both.sync()
    rapport = a.sync().rapport
    # A's edit was refused (not A's location any more): quarantined with the portal's reason, kept.
    assert rapport.rejected == 1
    assert a.row(m.Jongere, kept).notities == "Niet verstuurde woorden"
    assert len(a.outbox()) == 1
    assert a.services.sync.status().geweigerd == 1
    # The jongere without unsynced words is gone from this laptop.
    assert a.row(m.Jongere, gone) is None
    assert rapport.kept_out_of_scope == 1


def test_rate_limited_login_says_how_long_and_does_not_wait(laptop: Callable[..., Laptop]) -> None:
    a = laptop("a_med")
    a.portal.faults.rate_limited("/v1/auth/login", retry_after=120)
    with pytest.raises(PortalError) as err:
        a.services.sync.login(a.portal.url, "a_med", "wachtwoord-voor-tests")
    assert "120 seconden" in err.value.message_nl
    assert a.waits == []
