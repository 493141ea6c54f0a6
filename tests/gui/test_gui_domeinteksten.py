"""Domain labels shown in the GUI are translated: every enum label is listed for Linguist and switches."""

from __future__ import annotations

import enum
import importlib
import inspect
import pkgutil
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

import kso_desktop.domain
from kso_desktop.domain.enums import Leefgebied
from kso_desktop.domain.plan import DoelStatus
from kso_desktop.gui import taal
from kso_desktop.gui.domeinteksten import TEKSTEN, domein
from kso_desktop.gui.main import configure_application
from kso_desktop.services.afdrukken import DocumentSoort


def _labels() -> Iterator[tuple[str, str]]:
    """(enum member, label) for every domain enum with a text ``label`` (and the printed documents)."""
    enums: list[type[enum.Enum]] = [DocumentSoort]
    for info in pkgutil.iter_modules(kso_desktop.domain.__path__):
        module = importlib.import_module(f"kso_desktop.domain.{info.name}")
        enums += [
            cls
            for _name, cls in inspect.getmembers(module, inspect.isclass)
            if issubclass(cls, enum.Enum) and cls.__module__ == module.__name__
        ]
    for cls in enums:
        for member in cls:
            label = getattr(member, "label", None)
            if isinstance(label, str):
                yield f"{cls.__name__}.{member.name}", label


def test_every_domain_label_is_listed_for_linguist() -> None:
    labels = dict(_labels())
    assert len(labels) > 60
    assert {k: v for k, v in labels.items() if v not in TEKSTEN} == {}


@pytest.fixture
def english(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv(taal.OMGEVINGSVARIABELE, "en")
    taal.verwijder_vertalingen(qapp)
    configure_application(qapp)
    yield
    monkeypatch.delenv(taal.OMGEVINGSVARIABELE)
    taal.verwijder_vertalingen(qapp)
    configure_application(qapp)


def test_domain_labels_are_dutch_by_default() -> None:
    assert domein(Leefgebied.SOCIAAL_NETWERK) == "Sociaal netwerk"
    assert domein(DoelStatus.LOOPT) == "Loopt"


def test_domain_labels_switch_to_english(english: None) -> None:
    assert domein(Leefgebied.SOCIAAL_NETWERK) == "Social network"
    assert domein(DoelStatus.LOOPT) == "In progress"
    assert domein(DocumentSoort.MIJN_PLAN) == "My plan"
    untranslated = sorted({label for _k, label in _labels() if domein_tekst_is_dutch(label)})
    assert untranslated == []


def domein_tekst_is_dutch(label: str) -> bool:
    from kso_desktop.gui.domeinteksten import domeintekst

    same = {"open", "Open", "KWG", "KWE", "KWE+", "Admin", "Professionals"}
    return domeintekst(label) == label and label not in same
