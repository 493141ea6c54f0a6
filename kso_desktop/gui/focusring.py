"""A clear focus ring around whatever has the keyboard focus, drawn only after Tab (like CSS :focus-visible).

Qt's Fusion style marks a focused combo box or button with a faint one-pixel line, too faint at 200%
scaling or for weak eyes. A stylesheet ring would switch every control to stylesheet drawing and change
their look, so the ring is a separate transparent widget laid over the focused control's edge instead.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QApplication, QWidget

#: Dark blue: a contrast above 3:1 against white, light grey and the light blue of a selected row.
KLEUR = QColor("#0b57d0")
DIKTE = 2
MARGE = 3


class FocusRing(QWidget):
    """The ring itself: a sibling of the focused control, a little larger, transparent to the mouse."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(KLEUR, DIKTE))
        half = DIKTE // 2
        painter.drawRoundedRect(self.rect().adjusted(half, half, -half, -half), 3, 3)


class FocusRingVolger(QObject):
    """Moves the ring to each newly focused control, and keeps it on the control while it moves."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._ring: FocusRing | None = None
        self._doel: QWidget | None = None
        app.focusChanged.connect(self._focus_gewijzigd)

    @property
    def ring(self) -> FocusRing | None:
        """The ring, if it is alive (it is a child of a window, so it goes when that window goes)."""
        if self._ring is not None and not shiboken6.isValid(self._ring):
            self._ring = None
        return self._ring

    def _focus_gewijzigd(self, _oud: QWidget | None, nieuw: QWidget | None) -> None:
        if self._doel is not None and shiboken6.isValid(self._doel):
            self._doel.removeEventFilter(self)
        self._doel = None
        ring = self.ring
        zichtbaar = (
            nieuw is not None
            and not nieuw.isWindow()
            and nieuw.parentWidget() is not None
            # Set by Qt when the focus came by Tab, Shift+Tab or a shortcut; a mouse click clears it.
            and nieuw.window().testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
        )
        if not zichtbaar or nieuw is None:
            if ring is not None:
                ring.hide()
            return
        ouder = nieuw.parentWidget()
        assert ouder is not None
        if ring is None or ring.parentWidget() is not ouder:
            if ring is not None:
                ring.hide()
                ring.deleteLater()
            ring = self._ring = FocusRing(ouder)
        self._doel = nieuw
        nieuw.installEventFilter(self)
        self._volg()

    def _volg(self) -> None:
        ring, doel = self.ring, self._doel
        if ring is None or doel is None or not shiboken6.isValid(doel):
            return
        if not doel.isVisible():
            ring.hide()
            return
        rand = QRect(doel.geometry()).adjusted(-MARGE, -MARGE, MARGE, MARGE)
        ouder = ring.parentWidget()
        if ouder is not None:
            # A control that fills its parent (a list on a tab page) gets the ring just inside its edge.
            rand = rand.intersected(ouder.rect())
        ring.setGeometry(rand)
        ring.raise_()
        ring.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._doel and event.type() in (
            QEvent.Type.Move,
            QEvent.Type.Resize,
            QEvent.Type.Show,
            QEvent.Type.Hide,
        ):
            self._volg()
        return False


def installeer_focusring(app: QApplication) -> FocusRingVolger:
    """One ring for the whole application (a second call returns the first)."""
    bestaand = app.findChild(FocusRingVolger)
    return bestaand if bestaand is not None else FocusRingVolger(app)
