"""Push and pull between two laptops through a real portal: the basic round trip and per-op results."""

from __future__ import annotations

from collections.abc import Callable

from sync_helpers import Laptop

from kso_desktop.domain.enums import GebeurtenisSoort
from kso_desktop.storage import models as m


def test_push_pull_round_trip_between_two_laptops(laptop: Callable[..., Laptop]) -> None:
    a, b = laptop("a_med"), laptop("a_med2")
    jid = a.new_jongere("Senait")
    a.edit(jid, notities="Houdt van voetbal")
    uitkomst = a.sync()
    assert uitkomst.rapport.pushed == 1  # two edits offline go up as one op
    assert uitkomst.status.wachtend == 0
    assert a.row(m.Jongere, jid).sync_state == "synced"

    b.sync()
    on_b = b.services.jongeren.get(jid)
    assert on_b.gegevens.notities == "Houdt van voetbal"
    assert on_b.gegevens.locatie_id == b.locatie(a.portal.loc_a)

    b.edit(jid, telefoon="0612345678")
    assert b.sync().rapport.pushed == 1
    a.sync()
    assert a.services.jongeren.get(jid).gegevens.telefoon == "0612345678"
    assert a.row(m.Jongere, jid).server_version == b.row(m.Jongere, jid).server_version


def test_records_of_a_jongere_follow_and_a_no_change_sync_is_quiet(laptop: Callable[..., Laptop]) -> None:
    a, b = laptop("a_med"), laptop("a_med2")
    jid = a.new_jongere()
    a.services.jongeren.record_event(jid, GebeurtenisSoort.DRIEGESPREK, a.services.ctx.today())
    a.sync()
    b.sync()
    events = b.services.jongeren.get(jid).gebeurtenissen
    assert [e.soort for e in events] == [GebeurtenisSoort.DRIEGESPREK]
    again = b.sync().rapport
    assert (again.pushed, again.pulled, again.conflicts) == (0, 0, 0)


def test_each_op_carries_its_author_also_after_another_medewerker_logs_in(
    laptop: Callable[..., Laptop],
) -> None:
    a = laptop("a_med", "gedeeld")
    jid = a.new_jongere()
    a.services.ctx.actor = a.services.ctx.actor.__class__("mw-een", "Een", a.services.ctx.actor.device_id)
    a.edit(jid, notities="door een")
    # Another medewerker logs in on the same laptop before the sync.
    a.services.sync.login(a.portal.url, "a_med2", "wachtwoord-voor-tests")
    assert a.sync().rapport.pushed == 2  # the system's op and the medewerker's op stay apart
    [record] = [r for r in a.portal.records("jongere") if r.uuid == jid]
    assert record.author == "mw-een"
