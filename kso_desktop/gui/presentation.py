"""How domain values look on screen: dates, urgency colours and the shared columns."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtGui import QColor

from kso_desktop.domain.entities import AuditRegel, JongereRegel, MentorPeriode
from kso_desktop.domain.rules import DueItem, Urgentie
from kso_desktop.gui.table_model import Column
from kso_desktop.services.context import AMSTERDAM

# Dark enough for WCAG AA contrast on white; the text also says it, so colour is never the only cue.
_URGENTIE_KLEUR = {Urgentie.TE_LAAT: QColor("#a4001d"), Urgentie.BINNENKORT: QColor("#7a4d00")}


def datum(day: date | None) -> str:
    return "–" if day is None else day.strftime("%d-%m-%Y")


def tijd(moment: datetime) -> str:
    return moment.astimezone(AMSTERDAM).strftime("%d-%m-%Y %H:%M")


def urgentie_kleur(item: DueItem | None, today: date) -> QColor | None:
    return None if item is None else _URGENTIE_KLEUR.get(item.urgentie(today))


def due_tekst(item: DueItem | None, today: date) -> str:
    if item is None:
        return "Niets open"
    u = item.urgentie(today)
    prefix = "" if u == Urgentie.GEPLAND else f"{u.label}: "
    return f"{prefix}{item.kind.label} ({datum(item.due)})"


def jongeren_columns(today: date) -> list[Column]:
    def volgende_sort(r: JongereRegel) -> str:
        return r.volgende.due.isoformat() if r.volgende else "9999"

    return [
        Column("Naam", lambda r: r.naam),
        Column("Leeftijd", lambda r: str(r.leeftijd), sort_key=lambda r: r.leeftijd),
        Column("Mentor", lambda r: r.mentor or "geen mentor"),
        Column("Jeugdbeschermer", lambda r: r.jeugdbeschermer or "–"),
        Column(
            "Eerstvolgende",
            lambda r: due_tekst(r.volgende, today),
            sort_key=volgende_sort,
            tooltip=lambda r: f"{r.volgende.reason} (Norm {r.volgende.norm})" if r.volgende else "",
            colour=lambda r: urgentie_kleur(r.volgende, today),
        ),
    ]


def due_columns(today: date) -> list[Column]:
    return [
        Column("Datum", lambda i: datum(i.due), sort_key=lambda i: i.due.isoformat()),
        Column("Wat", lambda i: i.kind.label, colour=lambda i: urgentie_kleur(i, today)),
        Column("Status", lambda i: i.urgentie(today).label, colour=lambda i: urgentie_kleur(i, today)),
        Column("Norm", lambda i: i.norm),
        Column("Waarom", lambda i: i.reason, tooltip=lambda i: i.reason),
    ]


def mentor_columns() -> list[Column]:
    def tot(m: MentorPeriode) -> str:
        if m.tot is not None:
            return datum(m.tot)
        return "nu" if m.huidig else "(gepland)"

    return [
        Column("Mentor", lambda m: m.medewerker_naam),
        Column("Van", lambda m: datum(m.van), sort_key=lambda m: m.van.isoformat()),
        Column("Tot", tot),
        Column("Reden", lambda m: m.reden or "–", tooltip=lambda m: m.reden),
        Column("Vastgelegd door", lambda m: m.vastgelegd_door),
    ]


def _wijzigingen(regel: AuditRegel) -> str:
    return "; ".join(f"{w.veld}: {w.oud or '–'} → {w.nieuw or '–'}" for w in regel.wijzigingen)


def audit_columns() -> list[Column]:
    return [
        Column("Tijd", lambda a: tijd(a.tijd), sort_key=lambda a: a.tijd.isoformat()),
        Column("Medewerker", lambda a: a.medewerker),
        Column("Actie", lambda a: a.actie),
        Column("Onderdeel", lambda a: a.entiteit.replace("_", " ")),
        Column("Wijzigingen", _wijzigingen, tooltip=lambda a: _wijzigingen(a).replace("; ", "\n")),
    ]
