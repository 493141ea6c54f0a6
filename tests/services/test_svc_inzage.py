"""AVG inzage (Norm 7.1c): every record of one jongere, nobody else's, as JSON and a readable PDF."""

from __future__ import annotations

import json
import stat
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kso_desktop.services.registry import Services
from kso_desktop.storage.inzage import OVERGESLAGEN, tabellen_met_jongere
from kso_desktop.storage.models import Base


def _id(services: Services, naam: str) -> str:
    return next(r.id for r in services.jongeren.lijst() if r.naam == naam)


@pytest.fixture(autouse=True)
def _als_gedragswetenschapper(request: pytest.FixtureRequest) -> None:
    """An inzage export is made by the mentor, teamleider, gedragswetenschapper or admin (domain.rechten)."""
    if "demo_services" in request.fixturenames:
        services: Services = request.getfixturevalue("demo_services")
        services.act_as(next(w.id for w in services.organisatie.medewerkers() if w.naam == "Hans Visser"))


def test_the_walk_reaches_every_table_that_holds_data_about_a_jongere() -> None:
    bereikt = set(tabellen_met_jongere())
    for tabel in Base.metadata.tables.values():
        if tabel.name in OVERGESLAGEN:  # copies of rows exported from their own tables
            continue
        if "jongere_id" in tabel.c or "entiteit_id" in tabel.c:
            assert tabel.name in bereikt, tabel.name
        for fk in tabel.foreign_keys:
            if fk.column.table.name in bereikt:
                assert tabel.name in bereikt, f"{tabel.name} refers to {fk.column.table.name}"


def test_export_holds_every_record_of_the_jongere_and_none_of_anyone_else(
    demo_services: Services, tmp_path: Path
) -> None:
    services = demo_services
    daniel = _id(services, "Daniel Tekle")
    services.jongeren.open_dossier(daniel)  # a view, so the audit trail has a read as well

    verwacht: dict[str, int] = {}
    with services.ctx.store.read() as s:
        for naam in tabellen_met_jongere():
            tabel = Base.metadata.tables[naam]
            if "jongere_id" in tabel.c:
                verwacht[naam] = s.scalar(
                    select(func.count()).select_from(tabel).where(tabel.c.jongere_id == daniel)
                )

    bestanden = services.inzage.exporteer(daniel, tmp_path)

    data = json.loads(bestanden.json.read_text(encoding="utf-8"))
    assert data["formaat"] == "kso-desktop-inzage/1" and data["jongere_id"] == daniel
    tabellen = data["tabellen"]
    assert {naam: len(tabellen[naam]) for naam in verwacht} == verwacht
    assert len(tabellen["plan_versie"]) == len(services.plannen.versies(daniel)) >= 2
    assert len(tabellen["formulier_invulling"]) == 5
    assert any(r["actie"] == "ingezien" for r in tabellen["audit_log"])

    tekst = bestanden.json.read_text(encoding="utf-8")
    pdf = subprocess.run(
        ["pdftotext", str(bestanden.pdf), "-"], capture_output=True, check=True, text=True
    ).stdout
    assert "Daniel" in pdf and "Begeleidingsplan, alle versies" in pdf
    for ander in services.jongeren.lijst(met_vertrokken=True):
        if ander.id == daniel:
            continue
        assert ander.id not in tekst, ander.naam
        assert ander.naam not in tekst and ander.naam not in pdf, ander.naam

    for pad in (bestanden.json, bestanden.pdf):
        assert stat.S_IMODE(pad.stat().st_mode) == 0o600
    laatste = services.jongeren.audit_trail(daniel)[0]
    assert laatste.actie == "geëxporteerd" and laatste.entiteit == "inzage"
    assert {w.veld: w.nieuw for w in laatste.wijzigingen}["records"] == str(bestanden.records)


def test_an_existing_file_is_never_overwritten(demo_services: Services, tmp_path: Path) -> None:
    daniel = _id(demo_services, "Daniel Tekle")
    eerst = demo_services.inzage.exporteer(daniel, tmp_path)
    voor = eerst.pdf.read_bytes()
    with pytest.raises(FileExistsError):
        demo_services.inzage.exporteer(daniel, tmp_path)
    assert eerst.pdf.read_bytes() == voor


def test_both_versions_of_a_sync_conflict_are_part_of_the_inzage(demo_services: Services) -> None:
    from kso_desktop.storage import models as m

    services = demo_services
    daniel, mariam = _id(services, "Daniel Tekle"), _id(services, "Mariam Haddad")
    plan_daniel = services.plannen.versies(daniel)[0].id
    plan_mariam = services.plannen.versies(mariam)[0].id
    with services.ctx.store.write() as s:
        for plan_id, woord in ((plan_daniel, "DANIEL"), (plan_mariam, "MARIAM")):
            s.add(
                m.SyncConflict(
                    entiteit="plan_versie",
                    entiteit_id=plan_id,
                    reden="veld",
                    mijn={"notitie": f"mijn {woord}"},
                    hun={"notitie": f"hun {woord}"},
                    hun_versie=3,
                )
            )

    conflicten = services.inzage.verzamel(daniel).secties["sync_conflict"]

    assert [(c["mijn"], c["hun"]) for c in conflicten] == [
        ({"notitie": "mijn DANIEL"}, {"notitie": "hun DANIEL"})
    ]
