"""Domain labels (leefgebieden, statuses, roles, ...) in the UI language: the domain stays Dutch and Qt-free.

The domain layer owns its Dutch labels; this table lists every one of them for Linguist (context "Domein"),
and :func:`domein` shows a label in the chosen language. tests/gui/test_gui_domeinteksten.py fails when an
enum gets a label that is not listed here.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


class _HeeftLabel(Protocol):
    @property
    def label(self) -> str: ...


#: Every domain label, so that lupdate puts them in the .ts (they are translated where they are shown).
TEKSTEN: tuple[object, ...] = (
    # bewaren.RedenVernietiging
    QT_TRANSLATE_NOOP("Domein", "Verzoek van de jongere of diens vertegenwoordiger (AVG art. 17)"),
    QT_TRANSLATE_NOOP("Domein", "Ten onrechte vastgelegd (verkeerde jongere of dubbel)"),
    QT_TRANSLATE_NOOP("Domein", "Bewaartermijn verstreken"),
    # correctie.Besluit
    QT_TRANSLATE_NOOP("Domein", "open"),
    QT_TRANSLATE_NOOP("Domein", "gecorrigeerd"),
    QT_TRANSLATE_NOOP("Domein", "afgewezen"),
    # enums.GebeurtenisSoort
    QT_TRANSLATE_NOOP("Domein", "Begeleidingsplan vastgesteld"),
    QT_TRANSLATE_NOOP("Domein", "Driegesprek gehouden"),
    QT_TRANSLATE_NOOP("Domein", "Toekomstperspectief besproken"),
    QT_TRANSLATE_NOOP("Domein", "Verlengde Opvang geëvalueerd"),
    # enums.GesprekType
    QT_TRANSLATE_NOOP("Domein", "Tweegesprek"),
    QT_TRANSLATE_NOOP("Domein", "Driegesprek"),
    # enums.Leefgebied
    QT_TRANSLATE_NOOP("Domein", "Sociaal netwerk"),
    QT_TRANSLATE_NOOP("Domein", "Lichamelijke en psychische gezondheid"),
    QT_TRANSLATE_NOOP("Domein", "Dagbesteding"),
    QT_TRANSLATE_NOOP("Domein", "Wonen"),
    QT_TRANSLATE_NOOP("Domein", "Financiën"),
    QT_TRANSLATE_NOOP("Domein", "Zingeving"),
    # enums.LocatieType
    QT_TRANSLATE_NOOP("Domein", "KWG"),
    QT_TRANSLATE_NOOP("Domein", "KWE"),
    QT_TRANSLATE_NOOP("Domein", "KWE+"),
    # enums.Niveau
    QT_TRANSLATE_NOOP("Domein", "Zijn"),
    QT_TRANSLATE_NOOP("Domein", "Worden"),
    QT_TRANSLATE_NOOP("Domein", "Presteren"),
    # enums.Rol
    QT_TRANSLATE_NOOP("Domein", "Woonbegeleider"),
    QT_TRANSLATE_NOOP("Domein", "Teamleider"),
    QT_TRANSLATE_NOOP("Domein", "Gedragswetenschapper"),
    QT_TRANSLATE_NOOP("Domein", "Admin"),
    # gesprek.DeelnemerRol
    QT_TRANSLATE_NOOP("Domein", "Jongere"),
    QT_TRANSLATE_NOOP("Domein", "Woonbegeleider"),
    QT_TRANSLATE_NOOP("Domein", "Jeugdbeschermer"),
    QT_TRANSLATE_NOOP("Domein", "Tolk"),
    QT_TRANSLATE_NOOP("Domein", "Anders"),
    # gesprek.GesprekStatus
    QT_TRANSLATE_NOOP("Domein", "Concept"),
    QT_TRANSLATE_NOOP("Domein", "Definitief"),
    # netwerk.Betekenis
    QT_TRANSLATE_NOOP("Domein", "Steun (beschermjas)"),
    QT_TRANSLATE_NOOP("Domein", "Zorg"),
    QT_TRANSLATE_NOOP("Domein", "Neutraal"),
    # netwerk.Cirkel
    QT_TRANSLATE_NOOP("Domein", "Heel dichtbij"),
    QT_TRANSLATE_NOOP("Domein", "Dichtbij"),
    QT_TRANSLATE_NOOP("Domein", "Verder weg"),
    # netwerk.Contact
    QT_TRANSLATE_NOOP("Domein", "Ja"),
    QT_TRANSLATE_NOOP("Domein", "Nee"),
    QT_TRANSLATE_NOOP("Domein", "Onbekend"),
    # netwerk.NetwerkStatus
    QT_TRANSLATE_NOOP("Domein", "Concept"),
    QT_TRANSLATE_NOOP("Domein", "Vastgesteld"),
    # netwerk.Sector
    QT_TRANSLATE_NOOP("Domein", "Familie hier"),
    QT_TRANSLATE_NOOP("Domein", "Familie in land van herkomst"),
    QT_TRANSLATE_NOOP("Domein", "Vrienden"),
    QT_TRANSLATE_NOOP("Domein", "School en werk"),
    QT_TRANSLATE_NOOP("Domein", "Sport en vrije tijd"),
    QT_TRANSLATE_NOOP("Domein", "Geloof en gemeenschap"),
    QT_TRANSLATE_NOOP("Domein", "Professionals"),
    # plan.ActieWie
    QT_TRANSLATE_NOOP("Domein", "Jongere"),
    QT_TRANSLATE_NOOP("Domein", "Woonbegeleider"),
    QT_TRANSLATE_NOOP("Domein", "Jeugdbeschermer"),
    QT_TRANSLATE_NOOP("Domein", "Netwerk"),
    # plan.DoelStatus
    QT_TRANSLATE_NOOP("Domein", "Open"),
    QT_TRANSLATE_NOOP("Domein", "Loopt"),
    QT_TRANSLATE_NOOP("Domein", "Behaald"),
    QT_TRANSLATE_NOOP("Domein", "Gestopt"),
    # plan.PlanStatus
    QT_TRANSLATE_NOOP("Domein", "Concept"),
    QT_TRANSLATE_NOOP("Domein", "Vastgesteld"),
    # rules.DueKind
    QT_TRANSLATE_NOOP("Domein", "Begeleidingsplan opstellen"),
    QT_TRANSLATE_NOOP("Domein", "Driegesprek"),
    QT_TRANSLATE_NOOP("Domein", "Toekomstperspectief bespreken"),
    QT_TRANSLATE_NOOP("Domein", "Plan voor Verlengde Opvang"),
    QT_TRANSLATE_NOOP("Domein", "18 jaar"),
    QT_TRANSLATE_NOOP("Domein", "Evaluatie Verlengde Opvang"),
    QT_TRANSLATE_NOOP("Domein", "Einde Verlengde Opvang (21 jaar)"),
    QT_TRANSLATE_NOOP("Domein", "Driegesprek-verslag naar het portaal"),
    QT_TRANSLATE_NOOP("Domein", "Begeleidingsplan naar het portaal"),
    # rules.Urgentie
    QT_TRANSLATE_NOOP("Domein", "Te laat"),
    QT_TRANSLATE_NOOP("Domein", "Binnenkort"),
    QT_TRANSLATE_NOOP("Domein", "Gepland"),
    # services.afdrukken.DocumentSoort
    QT_TRANSLATE_NOOP("Domein", "Begeleidingsplan"),
    QT_TRANSLATE_NOOP("Domein", "Mijn plan"),
    QT_TRANSLATE_NOOP("Domein", "Verslag driegesprek"),
    QT_TRANSLATE_NOOP("Domein", "Agenda driegesprek"),
    QT_TRANSLATE_NOOP("Domein", "Mijn signaleringsplan"),
    QT_TRANSLATE_NOOP("Domein", "Signaleringskaart"),
)


def domein(waarde: _HeeftLabel) -> str:
    """The label of a domain value (an enum member with ``.label``) in the UI language."""
    return QCoreApplication.translate("Domein", waarde.label)


def domeintekst(tekst: str) -> str:
    """A Dutch domain text (a label already taken from its value) in the UI language."""
    return QCoreApplication.translate("Domein", tekst)
