"""Retention and destruction with a real portal: destroyed text is physically gone from the encrypted file and
its WAL and from the portal; a later pull never brings it back; who left and is synced leaves the laptop."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime

import pytest
import sqlcipher_raw
from sqlalchemy import MetaData, select, text
from sync_helpers import PASSWORD, Laptop, Portal

from kso_desktop.credentials import CredentialStore
from kso_desktop.domain.bewaren import GeweigerdError
from kso_desktop.domain.entities import MedewerkerGegevens
from kso_desktop.domain.enums import GesprekType, Rol
from kso_desktop.domain.gesprek import GesprekInhoud
from kso_desktop.storage import models as m
from kso_portal import admin

MOMENT = datetime(2026, 3, 9, 9, 0, tzinfo=UTC)
MARKER = "Zeldzaam-merkteken-7Q4X"


def _portal_user(portal: Portal, username: str, rol: str) -> None:
    with portal.db.write() as s:
        if username not in portal.users:
            portal.users[username] = admin.add_user(
                s,
                portal.org_id,
                username=username,
                naam=username,
                rol=rol,
                password=PASSWORD,
                locatie_ids=[portal.loc_a],
            ).id


def _als(laptop: Laptop, rol: Rol) -> None:
    medewerker = laptop.services.organisatie.add_medewerker(MedewerkerGegevens(f"Medewerker {rol}", rol))
    laptop.services.act_as(medewerker.id)


def _met_marker(laptop: Laptop) -> str:
    """A jongere with the marker in a plan, a gesprek and a form (and so in the search index and audit)."""
    jid = laptop.new_jongere("Merkje")
    services = laptop.services
    concept = services.plannen.nieuw_concept(jid)
    services.plannen.opslaan(
        concept.id,
        concept.inhoud.met_deel("sterke_kanten", f"Plan: {MARKER} sterk in rekenen."),
        basis=concept.inhoud,
        base_rev=concept.rev,
    )
    services.gesprekken.opslaan(
        jid, GesprekType.TWEEGESPREK, MOMENT, GesprekInhoud(notities=f"Gesprek over {MARKER} en school.")
    )
    form = services.formulieren.nieuw(jid, "quickscan-veiligheid")
    services.formulieren.opslaan(form.id, {"locatie_risico": f"Formulier: {MARKER}"})
    return jid


def _key_of(laptop: Laptop, credentials: CredentialStore) -> str:
    """The laptop's raw database key: the hex secret that decrypts its file (checked by the schema text)."""
    backend = credentials.backend
    keys = [v for v in getattr(backend, "secrets").values() if re.fullmatch(r"[0-9a-f]{64}", v)]  # noqa: B009
    path = laptop.services.ctx.store.path
    for key in keys:
        if sqlcipher_raw.find(path, key, "CREATE TABLE jongere"):
            return key
    raise AssertionError("no key decrypts the database")


def _portal_text(portal: Portal) -> str:
    """Every column of every row of every portal table, as one text."""
    meta = MetaData()
    meta.reflect(portal.db.engine)
    parts = []
    with portal.db.engine.connect() as conn:
        for table in meta.sorted_tables:
            for row in conn.execute(select(table)):
                parts.append(repr(tuple(row)))
    return "\n".join(parts)


def test_destruction_after_sync_leaves_no_trace_in_file_wal_or_portal(
    laptop: Callable[..., Laptop], portal: Portal, memory_credentials: CredentialStore
) -> None:
    _portal_user(portal, "beheer_a", "admin")
    a = laptop("beheer_a")
    _als(a, Rol.ADMIN)
    jid = _met_marker(a)
    other = a.new_jongere("Blijft")
    assert a.sync().status.wachtend == 0
    assert MARKER in _portal_text(portal)
    key = _key_of(a, memory_credentials)
    path = a.services.ctx.store.path
    assert sqlcipher_raw.find(path, key, MARKER), "the reader must see the marker before (positive control)"
    assert a.services.gesprekken.zoek("Zeldzaam")  # in the search index too

    gedaan = a.services.bewaren.vernietig(jid, "verzoek")

    assert gedaan.wal_leeg and gedaan.rijen > 0
    assert sqlcipher_raw.find(path, key, MARKER) == []
    assert sqlcipher_raw.find(path, key, "Merkje") == []  # the name too
    assert sqlcipher_raw.find(path, key, "Blijft")  # someone else's data is untouched
    assert a.services.jongeren.get(other).gegevens.voornaam == "Blijft"
    with a.services.ctx.store.read() as s:
        zoek = s.execute(text("SELECT count(*) FROM zoek_index WHERE jongere_id = :j"), {"j": jid}).scalar()
        assert zoek == 0
        [op] = s.scalars(select(m.OutboxOp)).all()
        assert (op.entiteit_id, op.soort, op.payload) == (jid, "vernietig", {})

    rapport = a.sync().rapport
    assert rapport.gone == 1 and a.outbox() == []
    assert MARKER not in _portal_text(portal)
    records = [r for r in portal.records() if r.jongere_id == jid]
    assert records and all(r.purged and r.payload == {} for r in records)
    assert sqlcipher_raw.find(path, key, MARKER) == []


def test_portal_refuses_a_purge_from_a_medewerker_and_a_later_pull_does_not_bring_it_back(
    laptop: Callable[..., Laptop], portal: Portal
) -> None:
    a, b = laptop("a_med"), laptop("a_med2")
    _als(a, Rol.TEAMLEIDER)
    jid = a.new_jongere("Terug")
    a.sync()
    b.sync()

    a.services.bewaren.vernietig(jid, "onterecht")
    rapport = a.sync().rapport
    assert rapport.rejected == 1  # the portal user of this laptop is no beheerder: kept, never dropped
    assert "beheerder" in rapport.meldingen[0]
    assert a.services.sync.status().geweigerd == 1
    assert not [r for r in portal.records() if r.uuid == jid and r.purged]

    b.edit(jid, notities="Nieuw op laptop B")
    b.sync()
    a.sync()
    assert a.row(m.Jongere, jid) is None  # the tombstone: the pull skipped it
    assert a.services.bewaren.is_verwijderd(jid)


def test_who_left_and_is_synced_leaves_the_laptop_after_sync_unsynced_stays(
    laptop: Callable[..., Laptop],
) -> None:
    a = laptop("a_med")
    weg = a.new_jongere("Vertrokken")
    blijft = a.new_jongere("Bijnaweg")
    woont = a.new_jongere("Woonthier")
    a.edit(weg, vertrek=date(2026, 3, 1))
    a.edit(blijft, vertrek=date(2026, 3, 1))
    concept = a.services.plannen.nieuw_concept(blijft)
    # Typing that was autosaved but never saved: not on the portal, so the jongere stays.
    a.services.plannen.bewaar_herstelpunt(
        concept.id,
        concept.inhoud.met_deel("sterke_kanten", "Nog niet opgeslagen"),
        basis=concept.inhoud,
        base_rev=concept.rev,
    )
    uitkomst = a.sync()

    assert a.row(m.Jongere, weg) is None
    assert a.row(m.Jongere, blijft) is not None and a.row(m.Jongere, woont) is not None
    assert any("1 jongere die vertrokken is" in t for t in uitkomst.rapport.meldingen)
    assert [r.uuid for r in a.portal.records("jongere") if r.uuid == weg and not r.deleted] == [weg]
    [regel] = a.services.bewaren.overzicht()
    assert regel.jongere_id == blijft and not regel.kan_weg
    assert "1 herstelpunt met niet-opgeslagen tekst" in " ".join(regel.redenen)
    with pytest.raises(GeweigerdError, match="herstelpunt"):
        a.services.bewaren.verwijder_lokaal(blijft)

    a.services.plannen.verwerp_herstelpunt(concept.id)
    a.sync()
    assert a.row(m.Jongere, blijft) is None
    assert a.services.bewaren.overzicht() == []


def test_a_purge_on_the_portal_erases_the_text_here_also_from_audit_and_search_index(
    laptop: Callable[..., Laptop], portal: Portal, memory_credentials: CredentialStore
) -> None:
    from kso_portal.sync import purge_jongere

    a = laptop("a_med")
    jid = _met_marker(a)
    a.sync()
    key = _key_of(a, memory_credentials)
    path = a.services.ctx.store.path
    assert sqlcipher_raw.find(path, key, MARKER)

    assert purge_jongere(portal.db, portal.org_id, jid) > 0
    a.sync()

    assert a.row(m.Jongere, jid) is None and a.services.bewaren.is_verwijderd(jid)
    assert a.services.gesprekken.zoek("Zeldzaam") == []
    with a.services.ctx.store.read() as s:
        assert s.scalars(select(m.AuditLog).where(m.AuditLog.jongere_id == jid)).all() == []
    assert sqlcipher_raw.find(path, key, MARKER) == []
