"""The plan overview: one card per leefgebied with its score, its goals and a small score chart."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kso_desktop.domain.enums import Leefgebied
from kso_desktop.domain.plan import DoelStatus, PlanInhoud, Schaal
from kso_desktop.domain.rechten import is_afgeschermd
from kso_desktop.gui.domeinteksten import domein

_LIJN = QColor("#1565c0")
_RAS = QColor("#d0d4d9")
_TEKST = QColor("#3c4043")


def doelen_tekst(statussen: Sequence[DoelStatus]) -> str:
    """'2 lopen · 1 behaald': the goals of a leefgebied counted by status, in plan order of statuses."""
    if not statussen:
        return QCoreApplication.translate("plan_overzicht", "Nog geen doelen")
    telling = Counter(statussen)
    woorden = {
        DoelStatus.OPEN: (QT_TRANSLATE_NOOP("plan_overzicht", "%1 open"),) * 2,
        DoelStatus.LOOPT: (
            QT_TRANSLATE_NOOP("plan_overzicht", "%1 loopt"),
            QT_TRANSLATE_NOOP("plan_overzicht", "%1 lopen"),
        ),
        DoelStatus.BEHAALD: (QT_TRANSLATE_NOOP("plan_overzicht", "%1 behaald"),) * 2,
        DoelStatus.GESTOPT: (QT_TRANSLATE_NOOP("plan_overzicht", "%1 gestopt"),) * 2,
    }
    delen = [
        QCoreApplication.translate("plan_overzicht", str(woorden[s][n != 1])).replace("%1", str(n))
        for s in DoelStatus
        if (n := telling[s])
    ]
    return " · ".join(delen)


class ScoreGrafiek(QWidget):
    """A line chart of one leefgebied's scores over the versions: y is the scale, x one step per date.

    Equal steps rather than a time axis: with a handful of versions, evenly spaced points with their
    date underneath read more easily than points bunched by the calendar.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._punten: list[tuple[date, int]] = []
        self._laag, self._hoog = 1, 5
        self.setMinimumSize(200, 110)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(300, 140)

    def toon(self, punten: Sequence[tuple[date, int]], schaal: Schaal | None = None) -> None:
        self._punten = sorted(punten)
        if schaal is not None and schaal.waarden:
            self._laag, self._hoog = min(schaal.waarden), max(schaal.waarden)
        beschrijving = (
            "; ".join(f"{d:%d-%m-%Y}: {w}" for d, w in self._punten)
            if self._punten
            else QCoreApplication.translate("ScoreGrafiek", "nog geen scores")
        )
        # A screen reader cannot see a drawing: the same points, as words.
        self.setAccessibleName(QCoreApplication.translate("ScoreGrafiek", "Scores in de tijd"))
        self.setAccessibleDescription(beschrijving)
        self.setToolTip(
            QCoreApplication.translate("ScoreGrafiek", "Scores: %1").replace("%1", str(beschrijving))
        )
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = p.fontMetrics()
        links = fm.horizontalAdvance("5") + 10
        onder = fm.height() + 6
        vlak = QRectF(links, 6, self.width() - links - 12, self.height() - onder - 12)
        if not self._punten:
            p.setPen(_TEKST)
            p.drawText(
                QRectF(self.rect()),
                Qt.AlignmentFlag.AlignCenter,
                QCoreApplication.translate("ScoreGrafiek", "nog geen scores"),
            )
            return
        stappen = max(self._hoog - self._laag, 1)

        def y(waarde: int) -> float:
            return vlak.bottom() - (waarde - self._laag) / stappen * vlak.height()

        for waarde in range(self._laag, self._hoog + 1):
            p.setPen(QPen(_RAS, 1))
            p.drawLine(QPointF(vlak.left(), y(waarde)), QPointF(vlak.right(), y(waarde)))
            p.setPen(_TEKST)
            p.drawText(
                QRectF(0, y(waarde) - fm.height() / 2, links - 6, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(waarde),
            )
        n = len(self._punten)
        xs = (
            [vlak.center().x()]
            if n == 1
            else [vlak.left() + 8 + i * (vlak.width() - 16) / (n - 1) for i in range(n)]
        )
        punten = [QPointF(x, y(w)) for x, (_d, w) in zip(xs, self._punten, strict=True)]
        p.setPen(QPen(_LIJN, 2))
        for a, b in itertools.pairwise(punten):
            p.drawLine(a, b)
        p.setBrush(_LIJN)
        for punt in punten:
            p.drawEllipse(punt, 4, 4)
        # Only the first and last dates when many: labels must not overlap.
        p.setPen(_TEKST)
        label_idx = range(n) if n <= 4 else (0, n - 1)
        for i in label_idx:
            tekst = f"{self._punten[i][0]:%d-%m-%y}"
            breedte = fm.horizontalAdvance(tekst)
            x = min(max(xs[i] - breedte / 2, 0), self.width() - breedte)
            p.drawText(QPointF(x, self.height() - 4), tekst)


class LeefgebiedKaart(QFrame):
    """One leefgebied on the overview; Enter or a click opens its page."""

    gekozen = Signal(object)

    def __init__(self, key: Leefgebied, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("leefgebiedKaart")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet(
            "#leefgebiedKaart { border: 1px solid #c4c9cf; border-radius: 6px; background: white; }"
            "#leefgebiedKaart:focus { border: 2px solid #1565c0; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(2)
        self.titel = QLabel(domein(key), self)
        font = QFont(self.titel.font())
        font.setBold(True)
        self.titel.setFont(font)
        self.titel.setWordWrap(True)
        self.score = QLabel(self)
        self.doelen = QLabel(self)
        self.doelen.setStyleSheet(f"color: {_TEKST.name()};")
        self.grafiek = ScoreGrafiek(self)
        for widget in (self.titel, self.score, self.doelen):
            layout.addWidget(widget)
        layout.addWidget(self.grafiek, 1)
        self.setToolTip(
            QCoreApplication.translate("LeefgebiedKaart", "Enter: naar %1").replace("%1", str(domein(key)))
        )

    def toon(self, score_tekst: str, doelen: str, punten: Sequence[tuple[date, int]], schaal: Schaal) -> None:
        self.score.setText(QCoreApplication.translate("LeefgebiedKaart", "Nu: %1").replace("%1", score_tekst))
        self.doelen.setText(doelen)
        self.grafiek.toon(punten, schaal)
        self.setAccessibleName(
            QCoreApplication.translate("LeefgebiedKaart", "%1. Nu: %2. %3.")
            .replace("%1", domein(self.key))
            .replace("%2", score_tekst)
            .replace("%3", doelen)
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.gekozen.emit(self.key)
            return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.gekozen.emit(self.key)
        super().mouseReleaseEvent(event)


class PlanOverzicht(QWidget):
    """Six cards in a 3×2 grid, in the order of the leefgebieden (Norm 1.3–1.8)."""

    leefgebied_gekozen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(10)
        self.kaarten: dict[Leefgebied, LeefgebiedKaart] = {}
        for i, key in enumerate(Leefgebied):
            kaart = LeefgebiedKaart(key, self)
            kaart.gekozen.connect(self.leefgebied_gekozen)
            grid.addWidget(kaart, i // 3, i % 3)
            self.kaarten[key] = kaart

    def toon(
        self, inhoud: PlanInhoud, schaal: Schaal, scores: Mapping[Leefgebied, Sequence[tuple[date, int]]]
    ) -> None:
        for key, kaart in self.kaarten.items():
            statussen = [d.status for d in inhoud.doelen_van(key)]
            leefgebied = inhoud.leefgebied(key)
            if is_afgeschermd(leefgebied):
                score_tekst = QCoreApplication.translate("LeefgebiedKaart", "afgeschermd voor jouw rol")
            elif leefgebied.score is None:
                score_tekst = QCoreApplication.translate("LeefgebiedKaart", "nog niet gescoord")
            else:
                score_tekst = schaal.label(leefgebied.score)
            kaart.toon(
                score_tekst,
                doelen_tekst(statussen),
                scores.get(key, ()),
                schaal,
            )
