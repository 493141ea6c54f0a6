"""The pull's fast paths (issue 7, initial sync): new records written straight to the driver in one
executemany per table, existence checked in one query per page, the next page fetched while this one is
applied. They must store exactly what the plain path stores and keep merges, conflicts and crash safety."""

from __future__ import annotations

import gc
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import func, select
from sync_helpers import Laptop

from kso_desktop.domain.enums import GebeurtenisSoort, GesprekType
from kso_desktop.domain.gesprek import GesprekInhoud
from kso_desktop.domain.netwerk import Cirkel, Persoon, Sector
from kso_desktop.storage import models as m
from kso_desktop.storage.meta import get_meta
from kso_desktop.sync import engine

MOMENT = datetime(2026, 3, 9, 9, 0, tzinfo=UTC)
TABLES = ("jongere", *engine.CHILD_TYPES, "sync_base")


def _fill(a: Laptop) -> list[str]:
    """Records of most types, with dates, datetimes, JSON and lists in them; returns the jongere ids."""
    vandaag = a.services.ctx.today()
    jids = [a.new_jongere(f"Jongere{i}") for i in range(3)]
    for i, jid in enumerate(jids):
        a.edit(jid, notities=f"Notitie met ë en 'quotes' {i}", talen=["Tigrinya", "Arabisch"])
        a.services.jongeren.record_event(jid, GebeurtenisSoort.DRIEGESPREK, vandaag)
        a.services.gesprekken.opslaan(
            jid, GesprekType.TWEEGESPREK, MOMENT, GesprekInhoud(notities=f"Gesprek {i}"), definitief=i == 0
        )
    concept = a.services.formulieren.nieuw(jids[0], "gevoelsthermometer")
    a.services.formulieren.maak_definitief(
        concept.id, {"temperatuur": 2, "toelichting_nu": "Het gaat beter.", "samen_met_jongere": True}
    )
    a.services.netwerk.voeg_toe(jids[1], Persoon.nieuw("Oom Tesfay", Sector.FAMILIE_HIER, Cirkel.DICHTBIJ))
    a.services.netwerk.vaststellen(jids[1], vandaag)
    a.services.correcties.registreer(jids[2], ontvangen_op=vandaag, van="Senait", omschrijving="Roepnaam.")
    a.sync()
    return jids


def _stored(lap: Laptop) -> dict[str, list[tuple[Any, ...]]]:
    """Every stored row of the synced tables as the database holds it (text, not Python values)."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with lap.services.ctx.store.engine.connect() as conn:
        for table in TABLES:
            key = "entiteit_id" if table == "sync_base" else "id"
            out[table] = [tuple(r) for r in conn.exec_driver_sql(f"SELECT * FROM {table} ORDER BY {key}")]
    return out


def test_initial_pull_into_an_empty_database_stores_what_the_plain_insert_stores(
    laptop: Callable[..., Laptop], monkeypatch: pytest.MonkeyPatch
) -> None:
    a = laptop("a_med")
    jids = _fill(a)
    fast = laptop("a_med2")
    assert fast.sync().rapport.pulled == 12
    # The reference: the same pull through SQLAlchemy's own insert (its type handling decides the text).
    monkeypatch.setattr(engine, "_insert_plan", lambda *args: None)
    plain = laptop("a_med2")
    plain.sync()
    fast_rows, plain_rows = _stored(fast), _stored(plain)
    assert sum(len(rows) for rows in fast_rows.values()) > 20
    assert fast_rows == plain_rows  # byte for byte: ISO dates, sorted JSON, defaults, bookkeeping
    # And what the author wrote is what arrived.
    for jid in jids:
        assert fast.services.jongeren.get(jid).gegevens == a.services.jongeren.get(jid).gegevens
        assert fast.row(m.Jongere, jid).sync_state == "synced"
    assert [g.id for g in fast.services.gesprekken.lijst(jids[0])] == [
        g.id for g in a.services.gesprekken.lijst(jids[0])
    ]


def test_a_page_of_new_records_with_a_local_edit_in_it_still_merges_and_keeps_conflicts(
    laptop: Callable[..., Laptop], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = laptop("a_med"), laptop("a_med2")
    merged, clash = a.new_jongere("Samen"), a.new_jongere("Botsing")
    a.sync()
    b.sync()
    b.edit(merged, telefoon="0611111111")  # different fields: merged
    b.edit(clash, notities="Van laptop B")  # the same field: a conflict with both texts kept
    a.edit(merged, notities="Van laptop A")
    a.edit(clash, notities="Van laptop A")
    new = [a.new_jongere(f"Nieuw{i}") for i in range(6)]  # new records in the same pages (fast path)
    a.sync()
    monkeypatch.setattr(engine, "PAGE_SIZE", 4)  # several pages, each fetched ahead of the last
    rapport = b.sync().rapport
    assert (rapport.merged, rapport.conflicts) == (1, 1)
    gegevens = b.services.jongeren.get(merged).gegevens
    assert (gegevens.telefoon, gegevens.notities) == ("0611111111", "Van laptop A")
    assert b.row(m.Jongere, clash).sync_state == "conflict"
    [conflict] = b.services.sync.conflicts()
    assert (conflict.mijn["notities"], conflict.hun["notities"]) == ("Van laptop B", "Van laptop A")
    assert {j for j in new if b.row(m.Jongere, j) is not None} == set(new)


class _CrashError(Exception):
    pass


def test_a_crash_after_a_page_with_the_next_one_fetched_ahead_loses_and_doubles_nothing(
    laptop: Callable[..., Laptop],
) -> None:
    a, b = laptop("a_med"), laptop("a_med2")
    jids = [a.new_jongere(f"Jongere{i}") for i in range(7)]  # with earlier tests' records: several pages
    a.sync()
    applied: list[str] = []

    def crash_on_second_page(name: str) -> None:
        if name == "page-applied":
            applied.append(name)
            if len(applied) == 2:
                raise _CrashError  # the page's transaction rolls back, as after a kill -9 at this point

    services = b.services
    with services.ctx.store.read() as s:
        url = get_meta(s, "sync.portal")
    assert url
    client = services.sync._get_client(url)  # the service's own client, logged in
    runner = engine.SyncEngine(
        services.ctx.store,
        client,
        device_id=services.ctx.actor.device_id,
        clock=services.ctx.clock,
        page_size=3,
        kill_point=crash_on_second_page,
    )
    with pytest.raises(_CrashError):
        runner.sync()
    assert gc.isenabled()  # the collector paused for the page runs again after the crash
    wanted = {
        r.uuid for r in a.portal.records() if r.locatie_id == a.portal.loc_a and not (r.deleted or r.purged)
    }
    assert set(jids) <= wanted
    first_page = _local_ids(b)
    assert first_page and first_page < wanted  # the first page is in; nothing of the second
    b.sync()
    assert _local_ids(b) == wanted
    with services.ctx.store.read() as s:
        assert s.scalar(select(func.count()).select_from(m.SyncBase)) == len(wanted)
    assert b.outbox() == []


def _local_ids(lap: Laptop) -> set[str]:
    with lap.services.ctx.store.read() as s:
        return {i for model in engine.SYNC_TYPES.values() for i in s.scalars(select(model.id))}
