"""The bolletjesschema as a QGraphicsScene: rings, sectors and one movable item per person.

The scene only draws and reports drops; the editor owns the data and the undo stack, so a drag is
one undoable step like any other edit.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from kso_desktop.domain.netwerk import (
    RING_RANDEN,
    Betekenis,
    Cirkel,
    Contact,
    Netwerk,
    Persoon,
    Sector,
    cirkel_bij_straal,
    posities,
    sector_bij_hoek,
    sector_hoeken,
)
from kso_desktop.gui.domeinteksten import domein

#: Radius of the outer ring in scene units (pixels at 100 %); the view scales the scene to fit.
STRAAL = 300.0
KLEUR = {
    Betekenis.STEUN: QColor("#1b6e3a"),
    Betekenis.ZORG: QColor("#b3261e"),
    Betekenis.NEUTRAAL: QColor("#444444"),
}
_RING_VULLING = (QColor("#eef3f8"), QColor("#f6f8fb"), QColor("#ffffff"))
MAX_NAAM = 18


def punt(straal: float, hoek: float) -> QPointF:
    """Scene point for a radius fraction and an angle (degrees counter-clockwise from east; y points down)."""
    a = math.radians(hoek)
    return QPointF(STRAAL * straal * math.cos(a), -STRAAL * straal * math.sin(a))


def plek(pos: QPointF) -> tuple[Sector, Cirkel]:
    """The sector and ring under a scene point."""
    straal = math.hypot(pos.x(), pos.y()) / STRAAL
    hoek = math.degrees(math.atan2(-pos.y(), pos.x()))
    return sector_bij_hoek(hoek), cirkel_bij_straal(straal)


class PersoonItem(QGraphicsItem):
    """One person: a marker that reads in black and white (+ circle, ! triangle, open circle) and the name."""

    def __init__(self, persoon: Persoon, losgelaten: Callable[[PersoonItem], None]) -> None:
        super().__init__()
        self.persoon = persoon
        self._losgelaten = losgelaten
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
        )
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setZValue(10)
        self._font = QFont()
        self._font.setPointSizeF(9)
        self._zet_tekst()

    def _zet_tekst(self) -> None:
        p = self.persoon
        self._naam = p.naam if len(p.naam) <= MAX_NAAM else p.naam[: MAX_NAAM - 1].rstrip() + "…"
        breedte = QFontMetricsF(self._font).horizontalAdvance(self._naam)
        self._rect = QRectF(-max(breedte, 20) / 2 - 3, -12, max(breedte, 20) + 6, 33)
        self.setToolTip(
            QCoreApplication.translate("PersoonItem", "%1 – %2\n%3, %4\n%5; contact mogelijk: %6")
            .replace("%1", str(p.naam))
            .replace("%2", p.relatie or QCoreApplication.translate("PersoonItem", "relatie onbekend"))
            .replace("%3", str(domein(p.sector)))
            .replace("%4", str(domein(p.cirkel).lower()))
            .replace("%5", str(domein(p.betekenis)))
            .replace("%6", str(domein(p.contact).lower()))
            + (f"\n{p.notitie}" if p.notitie else "")
        )

    def zet_persoon(self, persoon: Persoon) -> None:
        self.prepareGeometryChange()
        self.persoon = persoon
        self._zet_tekst()
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        p = self.persoon
        kleur = KLEUR[p.betekenis]
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.isSelected():
            painter.setPen(QPen(QColor("#1a56db"), 2, Qt.PenStyle.DashLine))
            painter.setBrush(QColor(26, 86, 219, 30))
            painter.drawRoundedRect(self._rect, 4, 4)
        r = 7.0
        if p.betekenis == Betekenis.ZORG:
            driehoek = QPolygonF([QPointF(0, -r - 2), QPointF(-r - 1, r - 1), QPointF(r + 1, r - 1)])
            painter.setPen(QPen(kleur, 2))
            painter.setBrush(Qt.GlobalColor.white)
            painter.drawPolygon(driehoek)
            painter.drawLine(QPointF(0, -r + 2), QPointF(0, 1.5))
            painter.drawPoint(QPointF(0, 4.5))
        elif p.betekenis == Betekenis.STEUN:
            painter.setPen(QPen(kleur, 1))
            painter.setBrush(kleur)
            painter.drawEllipse(QPointF(0, 0), r, r)
            painter.setPen(QPen(Qt.GlobalColor.white, 2.2))
            painter.drawLine(QPointF(-4, 0), QPointF(4, 0))
            painter.drawLine(QPointF(0, -4), QPointF(0, 4))
        else:
            painter.setPen(QPen(kleur, 1.8))
            painter.setBrush(Qt.GlobalColor.white)
            painter.drawEllipse(QPointF(0, 0), r - 1, r - 1)
        painter.setFont(self._font)
        painter.setPen(Qt.GlobalColor.black)
        tekst = QRectF(self._rect.left(), 7, self._rect.width(), 12)
        painter.drawText(tekst, Qt.AlignmentFlag.AlignCenter, self._naam)
        if p.contact == Contact.NEE:  # no contact possible: the name struck through, readable without colour
            painter.drawLine(QPointF(tekst.left() + 3, 13.5), QPointF(tekst.right() - 3, 13.5))

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.setCursor(Qt.CursorShape.ClosedHandCursor)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        super().mouseReleaseEvent(event)
        self._losgelaten(self)


class NetwerkScene(QGraphicsScene):
    """Background (rings, sectors, labels) drawn once per frame; people as items placed by the layout."""

    def __init__(
        self, verplaatst: Callable[[str, Sector, Cirkel], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._verplaatst = verplaatst
        self.items_per_id: dict[str, PersoonItem] = {}
        self.midden_tekst = "Jongere"
        rand = STRAAL + 165
        self.setSceneRect(QRectF(-rand, -STRAAL - 40, 2 * rand, 2 * STRAAL + 80))
        self._label_font = QFont()
        self._label_font.setPointSizeF(10)
        self._label_font.setBold(True)
        self._ring_font = QFont()
        self._ring_font.setPointSizeF(8)
        self._achtergrond = self._maak_achtergrond()

    def _maak_achtergrond(self) -> QPainterPath:
        pad = QPainterPath()
        for sector in Sector:
            start, _eind = sector_hoeken(sector)
            pad.moveTo(punt(RING_RANDEN[0], start))
            pad.lineTo(punt(1.0, start))
        return pad

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        painter.fillRect(rect, Qt.GlobalColor.white)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#7a8691"), 1.2))
        for i in (3, 2, 1):
            painter.setBrush(_RING_VULLING[i - 1])
            r = STRAAL * RING_RANDEN[i]
            painter.drawEllipse(QPointF(0, 0), r, r)
        painter.setPen(QPen(QColor("#9aa4ad"), 1, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._achtergrond)
        painter.setPen(QPen(Qt.GlobalColor.black, 1.6))
        painter.setBrush(Qt.GlobalColor.white)
        r0 = STRAAL * RING_RANDEN[0]
        painter.drawEllipse(QPointF(0, 0), r0, r0)
        painter.setFont(self._label_font)
        painter.drawText(QRectF(-r0, -12, 2 * r0, 24), Qt.AlignmentFlag.AlignCenter, self.midden_tekst)
        # Ring names at the top of each ring, on the slice border where people never sit.
        painter.setFont(self._ring_font)
        fm = QFontMetricsF(self._ring_font)
        for cirkel in Cirkel:
            y = -STRAAL * RING_RANDEN[cirkel.ring + 1] + 12
            tekst = domein(cirkel).lower()
            w = fm.horizontalAdvance(tekst) + 6
            vak = QRectF(-w / 2, y - 8, w, 15)
            painter.fillRect(vak, Qt.GlobalColor.white)
            painter.setPen(QColor("#333333"))
            painter.drawText(vak, Qt.AlignmentFlag.AlignCenter, tekst)
        painter.setFont(self._label_font)
        painter.setPen(Qt.GlobalColor.black)
        for sector in Sector:
            start, eind = sector_hoeken(sector)
            midden = punt(1.0, (start + eind) / 2)
            a = math.radians((start + eind) / 2)
            breedte = QFontMetricsF(self._label_font).horizontalAdvance(sector.kort) + 4
            x = midden.x() + 8 * math.cos(a)
            y = midden.y() - 10 * math.sin(a)
            if abs(math.cos(a)) < 0.3:
                x -= breedte / 2
            elif math.cos(a) < 0:
                x -= breedte
            if math.sin(a) < -0.3:
                y += 8
            painter.drawText(QRectF(x, y - 10, breedte, 20), Qt.AlignmentFlag.AlignCenter, sector.kort)

    def toon(self, netwerk: Netwerk) -> None:
        """Make the items match ``netwerk``: new people added, gone ones removed, everyone placed."""
        gezien = set()
        for p in netwerk.personen:
            gezien.add(p.id)
            item = self.items_per_id.get(p.id)
            if item is None:
                item = PersoonItem(p, self._losgelaten)
                self.items_per_id[p.id] = item
                self.addItem(item)
            elif item.persoon != p:
                item.zet_persoon(p)
        for pid in [i for i in self.items_per_id if i not in gezien]:
            self.removeItem(self.items_per_id.pop(pid))
        self.plaats(netwerk)

    def plaats(self, netwerk: Netwerk) -> None:
        for pid, (straal, hoek) in posities(
            netwerk, teken_breedte=6.4 / STRAAL, label_hoogte=32 / STRAAL
        ).items():
            self.items_per_id[pid].setPos(punt(straal, hoek))

    def _losgelaten(self, item: PersoonItem) -> None:
        sector, cirkel = plek(item.pos())
        self._verplaatst(item.persoon.id, sector, cirkel)
