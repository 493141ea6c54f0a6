"""The sociaal netwerk as vector graphics (a reportlab Drawing) and as a one-page A4 PDF with the list.

Readable in black and white: steun is a circle with a plus, zorg a triangle with an exclamation mark,
neutraal an open circle; colour only repeats what the shape already says.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Literal

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from kso_desktop.domain.netwerk import (
    RING_RANDEN,
    Betekenis,
    Cirkel,
    Contact,
    NetwerkVersie,
    Persoon,
    Sector,
    posities,
    sector_hoeken,
)
from kso_desktop.domain.text import datum_lang

KLEUR = {
    Betekenis.STEUN: colors.HexColor("#1b6e3a"),
    Betekenis.ZORG: colors.HexColor("#b3261e"),
    Betekenis.NEUTRAAL: colors.HexColor("#444444"),
}
_RING_VULLING = (colors.HexColor("#eef3f8"), colors.HexColor("#f6f8fb"), colors.white)
MAX_NAAM_IN_TEKENING = 18
NAAM_PUNTEN = 8
#: Average width of one letter of a name at NAAM_PUNTEN, in points (for keeping names apart).
TEKEN_BREEDTE = 4.4


def kort(naam: str, maximum: int = MAX_NAAM_IN_TEKENING) -> str:
    return naam if len(naam) <= maximum else naam[: maximum - 1].rstrip() + "…"


def _wit(x: float, y: float, w: float, h: float, dekking: float = 1.0) -> Rect:
    """A white patch under a text, so lines behind it do not cross the letters."""
    patch = Rect(x, y, w, h)
    patch.fillColor, patch.strokeColor, patch.fillOpacity = colors.white, None, dekking
    return patch


def _marker(x: float, y: float, betekenis: Betekenis, r: float) -> Group:
    g = Group()
    kleur = KLEUR[betekenis]
    if betekenis == Betekenis.ZORG:
        h = r * 1.25
        g.add(
            Polygon(
                [x, y + h, x - h * 0.95, y - h * 0.7, x + h * 0.95, y - h * 0.7],
                fillColor=colors.white,
                strokeColor=kleur,
                strokeWidth=1.4,
            )
        )
        g.add(Line(x, y + h * 0.45, x, y - h * 0.15, strokeColor=kleur, strokeWidth=1.4))
        g.add(Circle(x, y - h * 0.42, 0.8, fillColor=kleur, strokeColor=kleur))
    elif betekenis == Betekenis.STEUN:
        g.add(Circle(x, y, r, fillColor=kleur, strokeColor=kleur, strokeWidth=1))
        g.add(Line(x - r * 0.6, y, x + r * 0.6, y, strokeColor=colors.white, strokeWidth=1.6))
        g.add(Line(x, y - r * 0.6, x, y + r * 0.6, strokeColor=colors.white, strokeWidth=1.6))
    else:
        g.add(Circle(x, y, r * 0.8, fillColor=colors.white, strokeColor=kleur, strokeWidth=1.2))
    return g


def netwerk_tekening(
    versie: NetwerkVersie,
    *,
    breedte: float = 180 * mm,
    hoogte: float = 138 * mm,
    font_name: str = "Helvetica",
    midden_tekst: str = "Ik",
) -> Drawing:
    """The bolletjesschema: the jongere in the centre, three labelled rings, the sectors, every person."""
    d = Drawing(breedte, hoogte)
    cx, cy = breedte / 2, hoogte / 2
    # Room around the circle for the sector labels.
    straal = min(breedte / 2 - 18 * mm, hoogte / 2 - 9 * mm)
    for i in (3, 2, 1):
        d.add(
            Circle(
                cx,
                cy,
                straal * RING_RANDEN[i],
                fillColor=_RING_VULLING[i - 1],
                strokeColor=colors.HexColor("#7a8691"),
                strokeWidth=0.8,
            )
        )
    for sector in Sector:
        start, _eind = sector_hoeken(sector)
        a = math.radians(start)
        r0 = straal * RING_RANDEN[0]
        d.add(
            Line(
                cx + r0 * math.cos(a),
                cy + r0 * math.sin(a),
                cx + straal * math.cos(a),
                cy + straal * math.sin(a),
                strokeColor=colors.HexColor("#9aa4ad"),
                strokeWidth=0.6,
                strokeDashArray=[2, 2],
            )
        )
        _sector_label(d, sector, (cx, cy), straal, font_name)
    d.add(
        Circle(
            cx, cy, straal * RING_RANDEN[0], fillColor=colors.white, strokeColor=colors.black, strokeWidth=1.2
        )
    )
    d.add(String(cx, cy - 4, kort(midden_tekst, 14), fontName=font_name, fontSize=10, textAnchor="middle"))
    # Ring names at the top of each ring, on the slice border on a white patch: people sit inside the slices.
    for cirkel in Cirkel:
        r = straal * RING_RANDEN[cirkel.ring + 1] - 7
        tekst = cirkel.label.lower()
        w = stringWidth(tekst, font_name, 6.5)
        d.add(_wit(cx - w / 2 - 1.5, cy + r - 2.5, w + 3, 8.5))
        d.add(
            String(
                cx, cy + r, tekst, fontName=font_name, fontSize=6.5, textAnchor="middle",
                fillColor=colors.HexColor("#333333"),
            )
        )  # fmt: skip
    plekken = posities(versie.netwerk, teken_breedte=TEKEN_BREEDTE / straal, label_hoogte=20 / straal)
    for p in versie.netwerk.personen:
        fractie, hoek = plekken[p.id]
        a = math.radians(hoek)
        x, y = cx + straal * fractie * math.cos(a), cy + straal * fractie * math.sin(a)
        _persoon(d, p, x, y, font_name)
    return d


def _sector_label(
    d: Drawing, sector: Sector, midden: tuple[float, float], straal: float, font_name: str
) -> None:
    cx, cy = midden
    start, eind = sector_hoeken(sector)
    a = math.radians((start + eind) / 2)
    r = straal + 5
    x, y = cx + r * math.cos(a), cy + r * math.sin(a)
    anchor: Literal["start", "middle", "end"] = (
        "middle" if abs(math.cos(a)) < 0.3 else ("start" if math.cos(a) > 0 else "end")
    )
    dy = 0 if math.sin(a) > 0.3 else -7 if math.sin(a) < -0.3 else -3
    d.add(
        String(
            x, y + dy, sector.kort, fontName=font_name, fontSize=8, textAnchor=anchor, fillColor=colors.black
        )
    )


def _persoon(d: Drawing, p: Persoon, x: float, y: float, font_name: str) -> None:
    d.add(_marker(x, y + 5, p.betekenis, 4.5))
    naam = kort(p.naam)
    w = stringWidth(naam, font_name, NAAM_PUNTEN)
    d.add(_wit(x - w / 2 - 1, y - 8.5, w + 2, 9.5, 0.85))
    d.add(String(x, y - 6.3, naam, fontName=font_name, fontSize=NAAM_PUNTEN, textAnchor="middle"))
    if p.contact == Contact.NEE:
        # "no contact possible" is shown as a strike through the name: readable without colour
        d.add(Line(x - w / 2, y - 3.6, x + w / 2, y - 3.6, strokeColor=colors.black, strokeWidth=0.6))


def legenda(font_name: str = "Helvetica", breedte: float = 180 * mm) -> Drawing:
    """What the markers mean, in one line under the drawing."""
    d = Drawing(breedte, 14)
    x = 4.0
    for betekenis, tekst in (
        (Betekenis.STEUN, "steun (beschermjas)"),
        (Betekenis.ZORG, "zorg"),
        (Betekenis.NEUTRAAL, "neutraal"),
    ):
        d.add(_marker(x + 4, 6, betekenis, 4.0))
        d.add(String(x + 11, 3.5, tekst, fontName=font_name, fontSize=8))
        x += 22 + stringWidth(tekst, font_name, 8)
    d.add(Line(x, 6, x + 16, 6, strokeColor=colors.black, strokeWidth=0.5))
    d.add(String(x + 20, 3.5, "doorgestreept: geen contact mogelijk", fontName=font_name, fontSize=8))
    return d


def _tabel(versie: NetwerkVersie, font_name: str) -> Table:
    stijl = ParagraphStyle("cel", fontName=font_name, fontSize=7.5, leading=9)
    kop: list[object] = ["", "Naam", "Relatie", "Sector", "Cirkel", "Woont in", "Contact", "Notitie"]
    rijen: list[list[object]] = [kop]
    volgorde = sorted(versie.netwerk.personen, key=lambda p: (p.cirkel.ring, list(Sector).index(p.sector)))
    for p in volgorde:
        rijen.append(
            [
                p.betekenis.teken,
                Paragraph(_esc(p.naam), stijl),
                Paragraph(_esc(p.relatie), stijl),
                Paragraph(_esc(p.sector.label), stijl),
                p.cirkel.label,
                Paragraph(_esc(p.woonplaats), stijl),
                p.contact.label,
                Paragraph(_esc(p.notitie), stijl),
            ]
        )
    if len(rijen) == 1:
        rijen.append(["", "Nog niemand in het netwerk.", "", "", "", "", "", ""])
    tabel = Table(
        rijen,
        colWidths=[5 * mm, 30 * mm, 24 * mm, 26 * mm, 19 * mm, 24 * mm, 13 * mm, 39 * mm],
        repeatRows=1,
    )
    tabel.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font_name),
                ("FONTSIZE", (0, 0), (-1, -1), 7.5),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#9aa4ad")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return tabel


def _esc(tekst: str) -> str:
    return tekst.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def netwerk_pdf(
    pad: Path,
    versie: NetwerkVersie,
    *,
    jongere_naam: str,
    gemaakt_op: date,
    font_name: str = "Helvetica",
    voortgang: Callable[[float], None] | None = None,
) -> Path:
    """Write the network as an A4 PDF: title, the drawing, the legend and the table of people."""
    kop = ParagraphStyle("kop", fontName=font_name, fontSize=16, leading=20, spaceAfter=2)
    klein = ParagraphStyle("klein", fontName=font_name, fontSize=9, leading=11)
    status = (
        f"vastgesteld op {datum_lang(versie.vastgesteld_op)}"
        if versie.vastgesteld_op
        else f"concept sinds {datum_lang(versie.gestart_op)}"
    )
    doc = SimpleDocTemplate(
        str(pad),
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=12 * mm,
        bottomMargin=12 * mm,
        title=f"Sociaal netwerk van {jongere_naam}",
        author="KSO Desktop",
    )
    verhaal = [
        Paragraph(_esc(f"Sociaal netwerk van {jongere_naam}"), kop),
        Paragraph(
            _esc(
                f"Versie {versie.versie}, {status} · gemaakt op {datum_lang(gemaakt_op)} · Norm 1.3a en 5.1"
            ),
            klein,
        ),
        Spacer(1, 2 * mm),
        netwerk_tekening(versie, font_name=font_name, midden_tekst=jongere_naam.split(maxsplit=1)[0]),
        legenda(font_name),
        Spacer(1, 3 * mm),
        _tabel(versie, font_name),
    ]
    if voortgang:
        voortgang(0.5)
    doc.build(verhaal)
    if voortgang:
        voortgang(1.0)
    return pad
