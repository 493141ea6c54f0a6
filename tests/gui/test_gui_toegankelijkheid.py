"""Accessibility: every control a keyboard can reach has a name a screen reader can speak.

Walks the main window (every dossier tab, the lock screen) and the main dialogs and editors; a focusable
widget needs an accessible name, a buddy label (QLabel.setBuddy) or its own text (buttons, check boxes).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTabBar,
    QTextEdit,
    QToolBar,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from schermen import daniel, hoofdvenster, schermen

from kso_desktop.gui.focusring import KLEUR
from kso_desktop.services.registry import Services


def _buddies(root: QWidget) -> set[int]:
    return {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None}


def _needs_a_name(w: QWidget) -> bool:
    if not w.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return False
    if isinstance(w, QAbstractButton) and w.text().replace("&", "").strip():
        return False  # its text is its name
    if isinstance(w, QTabBar):
        return False  # every tab has a text
    parent = w.parentWidget()
    if isinstance(parent, QAbstractScrollArea) and parent.viewport() is w:
        return False  # a view's drawing surface: the view itself is what is named
    # A scroll area's viewport frame: the widget inside is what gets named and focused.
    return not (isinstance(w, QScrollArea) or type(w) is QAbstractScrollArea)


def nameless(root: QWidget) -> list[str]:
    """Focusable widgets below ``root`` without an accessible name, buddy label or text of their own."""
    buddies = _buddies(root.window())
    return sorted(
        f"{type(w).__name__}#{w.objectName()} in {type(w.parent()).__name__}#{w.parent().objectName()}"
        for w in [root, *root.findChildren(QWidget)]
        # Popups (a combo box's list) are windows of their own, named by the control that opens them.
        if w.window() is root.window()
        and _needs_a_name(w)
        and not w.accessibleName().strip()
        and id(w) not in buddies
    )


def test_the_check_finds_a_nameless_input(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    naamloos, benoemd, met_buddy = QLineEdit(host), QLineEdit(host), QLineEdit(host)
    naamloos.setObjectName("naamloos")
    benoemd.setAccessibleName("Naam")
    label = QLabel("&Telefoon:", host)
    label.setBuddy(met_buddy)
    for w in (naamloos, benoemd, label, met_buddy):
        layout.addWidget(w)
    assert nameless(host) == ["QLineEdit#naamloos in QWidget#"]


def test_main_window_every_tab_and_the_lock_screen(qtbot: QtBot, gui_services: Services) -> None:
    window = hoofdvenster(gui_services, qtbot)
    window.show_jongere(daniel(gui_services))
    window._open_selected()
    missing = set(nameless(window))
    tabs = window.dossier.ui.tabs
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        missing |= set(nameless(window))
    window.vergrendeling.vergrendel(loggen=False)
    missing |= set(nameless(window))
    assert sorted(missing) == []


def test_main_dialogs_and_editors(qtbot: QtBot, gui_services: Services) -> None:
    window = hoofdvenster(gui_services, qtbot)
    missing = {}
    for name, make in schermen(gui_services, window).items():
        screen = make()
        qtbot.addWidget(screen)
        screen.show()
        if found := nameless(screen):
            missing[name] = found
        screen.close()
    for name, found in missing.items():
        print(name, *found, sep="\n  ")
    assert missing == {}


# -- keyboard: every control can be reached with Tab, and shows that it has the focus ---------------------

CONTROLS = (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QAbstractSpinBox,
    QAbstractItemView,
)


def unreachable(root: QWidget) -> list[str]:
    """Visible, enabled controls Tab never stops at (a tool bar's buttons have menus and shortcuts)."""
    return sorted(
        f"{type(w).__name__}#{w.objectName()} '{getattr(w, 'text', lambda: '')()}'"
        for w in root.findChildren(QWidget)
        if isinstance(w, CONTROLS)
        and not isinstance(w, QHeaderView)  # sorting is in the view's own keys and menus
        and w.isVisible()
        and w.isEnabled()
        and w.window() is root.window()
        and not (isinstance(w, QToolButton) and isinstance(w.parentWidget(), QToolBar | QTabBar))
        and not isinstance(w.parentWidget(), QAbstractSpinBox | QComboBox)  # their inner line edit
        and not w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not (w.focusProxy() and w.focusProxy().focusPolicy() & Qt.FocusPolicy.TabFocus)
    )


def tab_traps(root: QWidget) -> list[str]:
    """Tables where Tab walks through the cells instead of on to the next control (list of 16 jongeren ×
    5 columns = 80 presses to get out). The arrow keys move within a list; Tab must leave it."""
    return sorted(
        f"{type(w).__name__}#{w.objectName()} {w.accessibleName()!r}"
        for w in root.findChildren(QAbstractItemView)
        if w.window() is root.window()
        and w.tabKeyNavigation()
        # An editable table moves from cell to cell with Tab, as a spreadsheet does; Ctrl+Tab leaves it.
        and w.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    )


def test_every_control_of_the_main_window_is_reachable_by_tab(qtbot: QtBot, gui_services: Services) -> None:
    window = hoofdvenster(gui_services, qtbot)
    window.show_jongere(daniel(gui_services))
    window._open_selected()
    missing = set(unreachable(window)) | set(tab_traps(window))
    tabs = window.dossier.ui.tabs
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        missing |= set(unreachable(window)) | set(tab_traps(window))
    assert sorted(missing) == []


def test_no_dialog_or_editor_traps_tab_in_a_table(qtbot: QtBot, gui_services: Services) -> None:
    window = hoofdvenster(gui_services, qtbot)
    traps = {}
    for name, make in schermen(gui_services, window).items():
        screen = make()
        qtbot.addWidget(screen)
        screen.show()
        if found := tab_traps(screen):
            traps[name] = found
        screen.close()
    assert traps == {}


def _ring_pixels(image: QImage) -> int:
    return sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if _dicht_bij(image.pixelColor(x, y), KLEUR)
    )


def _dicht_bij(a: QColor, b: QColor) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 60


def test_keyboard_focus_is_visible_on_every_tab_stop(qtbot: QtBot, gui_services: Services) -> None:
    """Tab through the main window: each control must look different with the focus than without it."""
    window = hoofdvenster(gui_services, qtbot)
    window.show_jongere(daniel(gui_services))
    window._open_selected()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.ui.locatieCombo.setFocus()
    QTest.keyClick(window.ui.locatieCombo, Qt.Key.Key_Tab)
    seen: list[QWidget] = []
    invisible = []

    def omgeving(widget: QWidget) -> QImage:
        """The control and a few pixels around it, as the window shows it (the ring lies around it)."""
        plek = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size()).adjusted(-4, -4, 4, 4)
        return window.grab(plek).toImage()

    for _ in range(80):
        widget = QApplication.focusWidget()
        assert widget is not None
        if widget in seen:
            break
        seen.append(widget)
        met_focus = omgeving(widget)
        QTest.keyClick(widget, Qt.Key.Key_Tab)
        zonder_focus = omgeving(widget)
        # The ring: at least one ring-coloured pixel for every pixel of the control's outline.
        if _ring_pixels(met_focus) - _ring_pixels(zonder_focus) < widget.width() + widget.height():
            naam = widget.accessibleName() or getattr(widget, "text", str)()
            invisible.append(f"{type(widget).__name__}#{widget.objectName()} {naam!r}")
    assert len(seen) >= 10, seen
    assert invisible == []


#: A 1366 × 768 laptop at 125 % scaling (Windows' step above 100 %), less a window frame and the taskbar.
KLEIN_SCHERM = (round(1366 / 1.25) - 20, round(768 / 1.25) - 60)


def test_the_main_window_fits_a_1366_screen_at_125_percent_with_a_dossier_open(
    qtbot: QtBot, gui_services: Services
) -> None:
    window = hoofdvenster(gui_services, qtbot)
    window.show_jongere(daniel(gui_services))
    window._open_selected()
    tabs = window.dossier.ui.tabs
    widest = 0
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        for j in range(window.ui.linksTabs.count()):
            window.ui.linksTabs.setCurrentIndex(j)
            hint = window.minimumSizeHint()
            widest = max(widest, hint.width())
            assert hint.height() <= KLEIN_SCHERM[1], (tabs.tabText(i), hint)
    assert widest <= KLEIN_SCHERM[0]
    window.resize(*KLEIN_SCHERM)
    assert (window.width(), window.height()) == KLEIN_SCHERM
