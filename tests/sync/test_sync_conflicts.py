"""Concurrent edits on two laptops (sync-protocol §8): merged when they touch different fields, kept as a
conflict with both versions when they touch the same field or one side deleted, and resolved by a person."""

from __future__ import annotations

import threading
from collections.abc import Callable

from sync_helpers import Laptop

from kso_desktop.domain.enums import GebeurtenisSoort
from kso_desktop.storage import models as m


def _shared_jongere(a: Laptop, b: Laptop) -> str:
    jid = a.new_jongere()
    a.sync()
    b.sync()
    return jid


def test_different_fields_on_two_laptops_are_merged(laptop: Callable[..., Laptop]) -> None:
    a, b = laptop("a_med"), laptop("a_med2")
    jid = _shared_jongere(a, b)
    a.edit(jid, notities="Spreekt Tigrinya en wat Engels")
    b.edit(jid, telefoon="0687654321")
    a.sync()
    rapport = b.sync().rapport
    assert (rapport.merged, rapport.conflicts) == (1, 0)
    a.sync()
    for lap in (a, b):
        g = lap.services.jongeren.get(jid).gegevens
        assert (g.notities, g.telefoon) == ("Spreekt Tigrinya en wat Engels", "0687654321")
        assert lap.services.sync.status().conflicten == 0
        assert lap.row(m.Jongere, jid).sync_state == "synced"


def test_same_field_on_two_laptops_keeps_both_versions_as_a_conflict(laptop: Callable[..., Laptop]) -> None:
    a, b = laptop("a_med"), laptop("a_med2")
    jid = _shared_jongere(a, b)
    a.edit(jid, notities="Tekst van laptop A")
    b.edit(jid, notities="Tekst van laptop B")
    a.sync()
    assert b.sync().rapport.conflicts == 1
    # B keeps its own words on screen and lists both versions.
    assert b.services.jongeren.get(jid).gegevens.notities == "Tekst van laptop B"
    [conflict] = b.services.sync.conflicts()
    assert (conflict.mijn["notities"], conflict.hun["notities"]) == (
        "Tekst van laptop B",
        "Tekst van laptop A",
    )
    assert conflict.velden == ("notities",)
    assert b.row(m.Jongere, jid).sync_state == "conflict"
    # The portal keeps B's version too, so laptop A lists the same conflict after its next sync.
    a.sync()
    [on_a] = a.services.sync.conflicts()
    assert {on_a.mijn["notities"], on_a.hun["notities"]} == {"Tekst van laptop A", "Tekst van laptop B"}
    # A person resolves it on B with a merged text; both laptops end with that text and no conflict.
    b.services.sync.resolve(conflict.id, "samengevoegd", {"notities": "Tekst van A en B"})
    b.sync()
    a.sync()
    for lap in (a, b):
        assert lap.services.jongeren.get(jid).gegevens.notities == "Tekst van A en B"
        assert lap.services.sync.conflicts() == []
        assert lap.services.sync.status().wachtend == 0


def test_conflict_resolved_keep_theirs_and_keep_mine(laptop: Callable[..., Laptop]) -> None:
    a, b = laptop("a_med"), laptop("a_med2")
    jid = _shared_jongere(a, b)
    a.edit(jid, notities="A")
    b.edit(jid, notities="B")
    a.sync()
    b.sync()
    [c] = b.services.sync.conflicts()
    b.services.sync.resolve(c.id, "hun")
    assert b.services.jongeren.get(jid).gegevens.notities == "A"
    b.sync()
    a.edit(jid, notities="A2")
    b.edit(jid, notities="B2")
    a.sync()
    b.sync()
    [c2] = b.services.sync.conflicts()
    b.services.sync.resolve(c2.id, "mijn")
    b.sync()
    a.sync()
    assert a.services.jongeren.get(jid).gegevens.notities == "B2"
    assert a.services.sync.conflicts() == []


def test_edit_versus_delete_is_a_conflict(laptop: Callable[..., Laptop]) -> None:
    a, b = laptop("a_med"), laptop("a_med2")
    jid = a.new_jongere()
    event = a.services.jongeren.record_event(jid, GebeurtenisSoort.DRIEGESPREK, a.services.ctx.today())
    [ev] = event.gebeurtenissen
    a.sync()
    b.sync()
    a.services.jongeren.withdraw_event(jid, ev.id)
    b.edit_row(m.Gebeurtenis, ev.id, notitie="Verslag volgt")
    a.sync()
    assert b.sync().rapport.conflicts == 1
    [c] = b.services.sync.conflicts()
    assert c.hun_verwijderd and not c.mijn_verwijderd
    assert c.mijn["notitie"] == "Verslag volgt"
    assert b.row(m.Gebeurtenis, ev.id).deleted_at is None  # B's words stay until a person chooses
    b.services.sync.resolve(c.id, "mijn")  # restore it
    b.sync()
    a.sync()
    restored = a.row(m.Gebeurtenis, ev.id)
    assert restored.deleted_at is None and restored.notitie == "Verslag volgt"


def test_edit_during_upload_stays_pending(laptop: Callable[..., Laptop]) -> None:
    a, b = laptop("a_med"), laptop("a_med2")
    jid = a.new_jongere()
    a.sync()
    a.edit(jid, notities="eerste")
    # The portal holds the push; meanwhile the medewerker types on.
    gate = threading.Event()
    a.portal.faults.hold_request_until("/v1/sync/push", gate)
    result: list[object] = []
    worker = threading.Thread(target=lambda: result.append(a.sync()))
    worker.start()
    for _ in range(2000):  # bounded wait until the op is frozen and on its way
        if any(op.frozen_at for op in a.outbox()):
            break
        gate.wait(0.005)
    a.edit(jid, notities="tweede, tijdens het versturen")
    gate.set()
    worker.join(30)
    assert result, "sync did not finish"
    row = a.row(m.Jongere, jid)
    assert row.sync_state == "synced" and a.outbox() == []
    assert row.notities == "tweede, tijdens het versturen"
    b.sync()
    assert b.services.jongeren.get(jid).gegevens.notities == "tweede, tijdens het versturen"
