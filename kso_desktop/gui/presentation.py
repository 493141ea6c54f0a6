"""How domain values look on screen: dates, urgency colours and the shared columns."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QLabel

from kso_desktop.domain.entities import AuditRegel, Gebeurtenis, JongereRegel, MentorPeriode
from kso_desktop.domain.rules import DueItem, Urgentie
from kso_desktop.gui.domeinteksten import domein
from kso_desktop.gui.table_model import Column
from kso_desktop.services.context import AMSTERDAM

# Dark enough for WCAG AA contrast on white; the text also says it, so colour is never the only cue.
_URGENTIE_KLEUR = {Urgentie.TE_LAAT: QColor("#a4001d"), Urgentie.BINNENKORT: QColor("#7a4d00")}


#: Secondary text (hints, statuses): dark enough grey to stay readable.
GRIJS = "color: #5f6368;"


def als_kop(label: QLabel, factor: float) -> None:
    """Make a label a heading: bold, ``factor`` times the normal size."""
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(True)
    label.setFont(font)


def datum(day: date | None) -> str:
    return "–" if day is None else day.strftime("%d-%m-%Y")


def tijd(moment: datetime) -> str:
    return moment.astimezone(AMSTERDAM).strftime("%d-%m-%Y %H:%M")


def urgentie_kleur(item: DueItem | None, today: date) -> QColor | None:
    return None if item is None else _URGENTIE_KLEUR.get(item.urgentie(today))


def due_tekst(item: DueItem | None, today: date) -> str:
    if item is None:
        return QCoreApplication.translate("Kolommen", "Niets open")
    u = item.urgentie(today)
    prefix = "" if u == Urgentie.GEPLAND else f"{domein(u)}: "
    return f"{prefix}{domein(item.kind)} ({datum(item.due)})"


def jongeren_columns(today: date) -> list[Column]:
    def volgende_sort(r: JongereRegel) -> str:
        return r.volgende.due.isoformat() if r.volgende else "9999"

    return [
        Column(QCoreApplication.translate("Kolommen", "Naam"), lambda r: r.naam),
        Column(
            QCoreApplication.translate("Kolommen", "Leeftijd"),
            lambda r: str(r.leeftijd),
            sort_key=lambda r: r.leeftijd,
        ),
        Column(
            QCoreApplication.translate("Kolommen", "Mentor"),
            lambda r: r.mentor or QCoreApplication.translate("Kolommen", "geen mentor"),
        ),
        Column(QCoreApplication.translate("Kolommen", "Jeugdbeschermer"), lambda r: r.jeugdbeschermer or "–"),
        Column(
            QCoreApplication.translate("Kolommen", "Eerstvolgende"),
            lambda r: due_tekst(r.volgende, today),
            sort_key=volgende_sort,
            tooltip=lambda r: f"{r.volgende.reason} (Norm {r.volgende.norm})" if r.volgende else "",
            colour=lambda r: urgentie_kleur(r.volgende, today),
        ),
    ]


def due_columns(today: date) -> list[Column]:
    return [
        Column(
            QCoreApplication.translate("Kolommen", "Datum"),
            lambda i: datum(i.due),
            sort_key=lambda i: i.due.isoformat(),
        ),
        Column(
            QCoreApplication.translate("Kolommen", "Wat"),
            lambda i: domein(i.kind),
            colour=lambda i: urgentie_kleur(i, today),
        ),
        Column(
            QCoreApplication.translate("Kolommen", "Status"),
            lambda i: domein(i.urgentie(today)),
            colour=lambda i: urgentie_kleur(i, today),
        ),
        Column(QCoreApplication.translate("Kolommen", "Norm"), lambda i: i.norm),
        Column(
            QCoreApplication.translate("Kolommen", "Waarom"), lambda i: i.reason, tooltip=lambda i: i.reason
        ),
    ]


def mentor_columns() -> list[Column]:
    def tot(m: MentorPeriode) -> str:
        if m.tot is not None:
            return datum(m.tot)
        return "nu" if m.huidig else "(gepland)"

    return [
        Column(QCoreApplication.translate("Kolommen", "Mentor"), lambda m: m.medewerker_naam),
        Column(
            QCoreApplication.translate("Kolommen", "Van"),
            lambda m: datum(m.van),
            sort_key=lambda m: m.van.isoformat(),
        ),
        Column(QCoreApplication.translate("Kolommen", "Tot"), tot),
        Column(
            QCoreApplication.translate("Kolommen", "Reden"),
            lambda m: m.reden or "–",
            tooltip=lambda m: m.reden,
        ),
        Column(QCoreApplication.translate("Kolommen", "Vastgelegd door"), lambda m: m.vastgelegd_door),
    ]


def gebeurtenis_columns() -> list[Column]:
    def wat(g: Gebeurtenis) -> str:
        return domein(g.soort)

    return [
        Column(
            QCoreApplication.translate("Kolommen", "Datum"),
            lambda g: datum(g.datum),
            sort_key=lambda g: g.datum.isoformat(),
        ),
        Column(QCoreApplication.translate("Kolommen", "Wat"), wat),
        Column(QCoreApplication.translate("Kolommen", "Norm"), lambda g: g.soort.norm),
        Column(QCoreApplication.translate("Kolommen", "Vastgelegd door"), lambda g: g.vastgelegd_door),
        Column(
            QCoreApplication.translate("Kolommen", "Notitie"),
            lambda g: g.notitie or "–",
            tooltip=lambda g: g.notitie,
        ),
    ]


_VELD_LABELS: dict[str, object] = {
    "voornaam": QT_TRANSLATE_NOOP("Veldnamen", "Voornaam"),
    "achternaam": QT_TRANSLATE_NOOP("Veldnamen", "Achternaam"),
    "roepnaam": QT_TRANSLATE_NOOP("Veldnamen", "Roepnaam"),
    "geboortedatum": QT_TRANSLATE_NOOP("Veldnamen", "Geboortedatum"),
    "geboorteland": QT_TRANSLATE_NOOP("Veldnamen", "Geboorteland"),
    "talen": QT_TRANSLATE_NOOP("Veldnamen", "Talen"),
    "telefoon": QT_TRANSLATE_NOOP("Veldnamen", "Telefoon"),
    "plaatsing": QT_TRANSLATE_NOOP("Veldnamen", "Plaatsing"),
    "kennismaking": QT_TRANSLATE_NOOP("Veldnamen", "Kennismaking"),
    "vertrek": QT_TRANSLATE_NOOP("Veldnamen", "Vertrek"),
    "verlengde_opvang_start": QT_TRANSLATE_NOOP("Veldnamen", "Verlengde Opvang vanaf"),
    "jeugdbeschermer_naam": QT_TRANSLATE_NOOP("Veldnamen", "Jeugdbeschermer"),
    "jeugdbeschermer_telefoon": QT_TRANSLATE_NOOP("Veldnamen", "Telefoon jeugdbeschermer"),
    "jeugdbeschermer_email": QT_TRANSLATE_NOOP("Veldnamen", "E-mail jeugdbeschermer"),
    "notities": QT_TRANSLATE_NOOP("Veldnamen", "Notities"),
    "mentor": QT_TRANSLATE_NOOP("Veldnamen", "Mentor"),
    "ingang": QT_TRANSLATE_NOOP("Veldnamen", "Ingang"),
    "reden": QT_TRANSLATE_NOOP("Veldnamen", "Reden"),
    "van": QT_TRANSLATE_NOOP("Veldnamen", "Van"),
    "tot": QT_TRANSLATE_NOOP("Veldnamen", "Tot"),
    "soort": QT_TRANSLATE_NOOP("Veldnamen", "Wat"),
    "datum": QT_TRANSLATE_NOOP("Veldnamen", "Datum"),
    "notitie": QT_TRANSLATE_NOOP("Veldnamen", "Notitie"),
    "deleted_at": QT_TRANSLATE_NOOP("Veldnamen", "Ingetrokken op"),
    "locatie_id": QT_TRANSLATE_NOOP("Veldnamen", "Locatie"),
}


def _waarde(value: str | None) -> str:
    if not value:
        return "–"
    try:
        return datum(date.fromisoformat(value))
    except ValueError:
        pass
    try:
        return tijd(datetime.fromisoformat(value))
    except ValueError:
        return value


def wijzigingen_tekst(regel: AuditRegel, sep: str = "; ") -> str:
    """Readable changes: Dutch field names, Dutch dates; internal ids left out (they stay stored)."""
    parts = []
    for w in regel.wijzigingen:
        if w.veld == "id" or (w.veld.endswith("_id") and w.veld not in _VELD_LABELS):
            continue
        label = QCoreApplication.translate(
            "Veldnamen", str(_VELD_LABELS.get(w.veld, w.veld.replace("_", " ").capitalize()))
        )
        if w.veld.endswith("_id"):
            gewijzigd = QCoreApplication.translate("Veldnamen", "%1 gewijzigd").replace("%1", label)
            parts.append(gewijzigd if w.oud else "")
            continue
        if w.oud is None:
            if w.nieuw:
                parts.append(f"{label}: {_waarde(w.nieuw)}")
            continue
        parts.append(f"{label}: {_waarde(w.oud)} → {_waarde(w.nieuw)}")
    return sep.join(p for p in parts if p)


def audit_columns() -> list[Column]:
    return [
        Column(
            QCoreApplication.translate("Kolommen", "Tijd"),
            lambda a: tijd(a.tijd),
            sort_key=lambda a: a.tijd.isoformat(),
        ),
        Column(QCoreApplication.translate("Kolommen", "Medewerker"), lambda a: a.medewerker),
        Column(QCoreApplication.translate("Kolommen", "Actie"), lambda a: a.actie),
        Column(QCoreApplication.translate("Kolommen", "Onderdeel"), lambda a: a.entiteit.replace("_", " ")),
        Column(
            QCoreApplication.translate("Kolommen", "Wijzigingen"),
            wijzigingen_tekst,
            tooltip=lambda a: wijzigingen_tekst(a, "\n"),
        ),
    ]
