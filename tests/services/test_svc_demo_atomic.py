"""The demo organisation, and all-or-nothing write units."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from kso_desktop.paths import resources_dir
from kso_desktop.services.demo import ensure_demo_data
from kso_desktop.services.registry import Services
from kso_desktop.storage import models as m
from kso_desktop.storage.engine import Store
from kso_desktop.storage.meta import get_meta


def demo_file() -> dict[str, list[dict[str, object]]]:
    data: dict[str, list[dict[str, object]]] = json.loads(
        (resources_dir() / "demo" / "demo.json").read_text(encoding="utf-8")
    )
    return data


def count(store: Store, model: type[m.Base]) -> int:
    with store.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_demo_loads_everything_from_demo_json(demo_services: Services) -> None:
    data = demo_file()
    store = demo_services.ctx.store
    with store.read() as s:
        voornamen = sorted(s.scalars(select(m.Jongere.voornaam)))
        locaties = sorted(s.scalars(select(m.Locatie.naam)))
    assert voornamen == sorted(str(j["voornaam"]) for j in data["jongeren"])
    assert locaties == sorted(str(loc["naam"]) for loc in data["locaties"])
    assert count(store, m.Medewerker) == len(data["medewerkers"])
    # "vertrek" is in days ago: 0 or more means the jongere has left and is not in the list.
    vertrokken = [j for j in data["jongeren"] if j.get("vertrek") is not None and int(str(j["vertrek"])) >= 0]
    assert vertrokken
    assert len(demo_services.jongeren.lijst()) == len(data["jongeren"]) - len(vertrokken)
    assert store.integrity_check() == []


def test_demo_acts_as_the_chosen_medewerker(demo_services: Services) -> None:
    data = demo_file()
    sleutel = str(data["actieve_medewerker"])  # type: ignore[index]  # a plain string in the file
    naam = next(w["naam"] for w in data["medewerkers"] if w["sleutel"] == sleutel)
    assert demo_services.actor.naam == naam
    with demo_services.ctx.store.read() as s:
        assert get_meta(s, "demo") == "1"


def test_demo_is_loaded_only_once(demo_services: Services) -> None:
    store = demo_services.ctx.store
    before = {model.__tablename__: count(store, model) for model in (m.Jongere, m.Medewerker, m.AuditLog)}
    assert ensure_demo_data(store) is False
    assert {
        model.__tablename__: count(store, model) for model in (m.Jongere, m.Medewerker, m.AuditLog)
    } == before


def test_failure_inside_a_write_unit_leaves_nothing(services: Services) -> None:
    store = services.ctx.store
    org_id = services.organisatie.organisatie_id()
    before = {model.__tablename__: count(store, model) for model in (m.Locatie, m.AppMeta, m.AuditLog)}
    with pytest.raises(RuntimeError, match="stroomstoring"), store.write() as s:
        s.add(m.Locatie(organisatie_id=org_id, naam="Half", type="KWG", device_id="dev-1"))
        s.add(m.AppMeta(key="half", value="1"))
        s.add(
            m.AuditLog(
                medewerker_naam="Test",
                device_id="dev-1",
                actie="aangemaakt",
                entiteit="locatie",
                entiteit_id="x",
            )
        )
        s.flush()  # the rows are in the database transaction now
        raise RuntimeError("stroomstoring")
    assert {
        model.__tablename__: count(store, model) for model in (m.Locatie, m.AppMeta, m.AuditLog)
    } == before
    with store.write() as s:  # the lock was released: the next unit works
        s.add(m.AppMeta(key="daarna", value="1"))
    with store.read() as s:
        assert get_meta(s, "daarna") == "1"
        assert get_meta(s, "half") is None
