"""Sync in the GUI: the status in the status bar with "Nu synchroniseren", background syncs on the
QThreadPool, the login dialog and the conflict screen with both texts side by side."""

from __future__ import annotations

import json
import threading
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QMainWindow, QPushButton, QWidget

from kso_desktop.credentials import KeyringUnavailableError
from kso_desktop.gui.dialogs import FOUT_STIJL, FormDialog
from kso_desktop.gui.forms.ui_sync_conflict_dialog import Ui_SyncConflictDialog
from kso_desktop.gui.forms.ui_sync_login_dialog import Ui_SyncLoginDialog
from kso_desktop.services.registry import Services
from kso_desktop.services.sync import ConflictInfo, SyncStatus, SyncUitkomst
from kso_desktop.services.sync_overzicht import engine_soort
from kso_desktop.sync.client import SyncError
from kso_desktop.sync.engine import SyncStoppedError

#: Sync every few minutes while the app is open and a portal is set up.
INTERVAL_MS = 5 * 60 * 1000


def _tekst(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, indent=2)


class _Signals(QObject):
    voortgang = Signal(str)
    klaar = Signal(object)
    fout = Signal(str)
    gestopt = Signal(str)


class SyncJob(QRunnable):
    """One sync off the UI thread; results come back as signals (queued to the UI thread)."""

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.signals = _Signals()
        self._stop = threading.Event()

    def stop(self) -> None:
        """Ask the sync to end at its next safe point (after the current batch or page)."""
        self._stop.set()

    def run(self) -> None:
        try:
            uitkomst = self.services.sync.sync_now(self.signals.voortgang.emit, self._stop.is_set)
        except SyncStoppedError as exc:
            self.signals.gestopt.emit(exc.message_nl)
            return
        except (SyncError, KeyringUnavailableError) as exc:
            self.signals.fout.emit(getattr(exc, "message_nl", str(exc)))
            return
        self.signals.klaar.emit(uitkomst)


def status_text(status: SyncStatus) -> str:
    if not status.portal:
        return QCoreApplication.translate("SyncStatusBar", "Niet verbonden met het portaal")
    online = {
        True: QCoreApplication.translate("SyncStatusBar", "online"),
        False: QCoreApplication.translate("SyncStatusBar", "offline"),
        None: QCoreApplication.translate("SyncStatusBar", "nog niet gesynchroniseerd"),
    }
    parts = [online[status.online]]
    if status.laatste_sync is not None:
        from kso_desktop.services.context import AMSTERDAM

        parts.append(
            QCoreApplication.translate("SyncStatusBar", "laatste sync %1").replace(
                "%1", status.laatste_sync.astimezone(AMSTERDAM).strftime("%H:%M")
            )
        )
    parts.append(
        QCoreApplication.translate("SyncStatusBar", "%1 wachtend").replace("%1", str(status.wachtend))
    )
    if status.conflicten:
        parts.append(
            QCoreApplication.translate("SyncStatusBar", "%1 conflict(en)").replace(
                "%1", str(status.conflicten)
            )
        )
    return QCoreApplication.translate("SyncStatusBar", "Portaal: ") + " · ".join(parts)


class SyncStatusBar(QWidget):
    """The permanent part of the status bar: state, "Nu synchroniseren" and, when needed, "Conflicten"."""

    gesynchroniseerd = Signal()
    gestopt = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.pool = QThreadPool.globalInstance()
        self.bezig = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setAccessibleName(self.tr("Synchronisatie"))
        self.knop = QPushButton(self.tr("&Nu synchroniseren"), self)
        self.stopKnop = QPushButton(self.tr("Stoppen (Shift+F9)"), self)
        self.stopKnop.setToolTip(
            self.tr("Stopt na de pagina of groep die nu onderweg is; er gaat niets verloren.")
        )
        self.stopKnop.hide()
        self.conflictKnop = QPushButton(self.tr("Con&flicten…"), self)
        self.conflictKnop.setStyleSheet(FOUT_STIJL)
        self.detailsKnop = QPushButton(self.tr("Syn&chronisatiedetails…"), self)
        for w in (self.label, self.knop, self.stopKnop, self.conflictKnop, self.detailsKnop):
            layout.addWidget(w)
        self.knop.clicked.connect(self.sync_now)
        self.stopKnop.clicked.connect(self.stop)
        self.conflictKnop.clicked.connect(self.show_conflicts)
        self.detailsKnop.clicked.connect(self.show_details)
        self._job: SyncJob | None = None
        self.timer = QTimer(self, interval=INTERVAL_MS)
        self.timer.timeout.connect(self.sync_now)
        self.toon()

    def toon(self, melding: str = "") -> None:
        status = self.services.sync.status()
        text = status_text(status)
        fout = melding or status.fout
        self.label.setText(text + (f" — {fout}" if fout else ""))
        self.label.setToolTip(fout)
        self.conflictKnop.setVisible(status.conflicten > 0)
        if status.geweigerd:
            self.detailsKnop.setText(self.tr("Be&kijk geweigerd (%1)…").replace("%1", str(status.geweigerd)))
            self.detailsKnop.setStyleSheet(FOUT_STIJL)
        else:
            self.detailsKnop.setText(self.tr("Syn&chronisatiedetails…"))
            self.detailsKnop.setStyleSheet("")
        self.detailsKnop.setVisible(bool(status.portal) or status.wachtend > 0)
        self.knop.setText(
            self.tr("&Nu synchroniseren") if status.portal else self.tr("Inloggen bij &portaal…")
        )
        if status.portal and not self.timer.isActive():
            self.timer.start()

    def start(self) -> None:
        """On start of the app: sync once if a portal is set up."""
        if self.services.sync.status().portal:
            self.sync_now()

    def sync_soon(self) -> None:
        """After saving (a definitief verslag, say): sync if a portal is set up; never ask to log in."""
        if self.services.sync.status().portal:
            self.sync_now()

    def sync_now(self) -> None:
        if not self.services.sync.status().portal:
            self.login()
            return
        if self.bezig:
            return
        self.bezig = True
        self.knop.setEnabled(False)
        self.stopKnop.setEnabled(True)
        self.stopKnop.show()
        job = SyncJob(self.services)
        job.signals.voortgang.connect(lambda t: self.label.setText(self.tr("Portaal: ") + t))
        job.signals.klaar.connect(self._klaar)
        job.signals.fout.connect(self._fout)
        job.signals.gestopt.connect(self._gestopt)
        self._job = job  # keep the signals object alive until the job reports
        self.pool.start(job)

    def stop(self) -> None:
        """Stop the running sync after the current page or batch (a safe point: nothing half-applied)."""
        if self.bezig and self._job is not None:
            self._job.stop()
            self.stopKnop.setEnabled(False)
            self.label.setText(self.tr("Portaal: stoppen na de huidige stap…"))

    def _klaar_of_niet(self) -> None:
        self.bezig = False
        self.knop.setEnabled(True)
        self.stopKnop.hide()

    def _gestopt(self, melding: str) -> None:
        self._klaar_of_niet()
        self.toon(self.tr("Synchronisatie gestopt"))
        self.gestopt.emit()
        self.gesynchroniseerd.emit()  # what came in before the stop is shown

    def _klaar(self, uitkomst: SyncUitkomst) -> None:
        self._klaar_of_niet()
        r = uitkomst.rapport
        melding = ""
        if r.conflicts:
            melding = self.tr("%1 nieuw(e) conflict(en)").replace("%1", str(r.conflicts))
        elif r.meldingen:
            melding = r.meldingen[0]
        self.toon(melding)
        self.gesynchroniseerd.emit()

    def _fout(self, melding: str) -> None:
        self._klaar_of_niet()
        self.toon(melding)

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)

    def login(self) -> None:
        dialog = LoginDialog(self.services, self.window())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.toon()
            self.sync_now()

    def show_conflicts(self) -> None:
        ConflictDialog(self.services, self.window()).exec()
        self.toon()
        self.sync_now()

    def show_details(self) -> None:
        from kso_desktop.gui.sync_venster import SyncVenster

        venster = SyncVenster(self.services, self.window())
        venster.exec()
        self.toon()
        if venster.opnieuw:
            self.sync_now()


class LoginDialog(FormDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.ui = ui = Ui_SyncLoginDialog()
        ui.setupUi(self)
        self.velden = {"Adres": ui.portaal, "Gebruikersnaam": ui.gebruiker, "Wachtwoord": ui.wachtwoord}
        self._wire(ui.buttonBox, ui.foutLabel)
        status = services.sync.status()
        ui.portaal.setText(status.portal or "")
        ui.gebruiker.setText(status.gebruiker or "")
        (ui.wachtwoord if status.portal else ui.portaal).setFocus()

    def save(self) -> None:
        raise NotImplementedError  # _try_save does the work: a login is not a form validation

    def _try_save(self) -> None:
        ui = self.ui
        try:
            self.services.sync.login(
                ui.portaal.text().strip(), ui.gebruiker.text().strip(), ui.wachtwoord.text()
            )
        except (SyncError, KeyringUnavailableError) as exc:
            ui.wachtwoord.clear()
            self.fout_label.setText(getattr(exc, "message_nl", str(exc)))
            self.fout_label.show()
            ui.wachtwoord.setFocus()
            return
        self.accept()


class ConflictDialog(QDialog):
    """Both versions side by side, per field, with keep-mine, keep-theirs and a merged text."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.ui = ui = Ui_SyncConflictDialog()
        ui.setupUi(self)
        ui.foutLabel.setStyleSheet(FOUT_STIJL)
        ui.foutLabel.hide()
        self.conflicts: list[ConflictInfo] = []
        ui.lijst.currentIndexChanged.connect(self._toon_conflict)
        ui.veld.currentIndexChanged.connect(self._toon_veld)
        ui.houdMijn.clicked.connect(lambda: self._los_op("mijn"))
        ui.houdHun.clicked.connect(lambda: self._los_op("hun"))
        ui.bewaarSamen.clicked.connect(lambda: self._los_op("samengevoegd"))
        ui.sluiten.clicked.connect(self.accept)
        self._laad()

    def _laad(self) -> None:
        self.conflicts = self.services.sync.conflicts()
        lijst = self.ui.lijst
        lijst.blockSignals(True)
        lijst.clear()
        for c in self.conflicts:
            naam = c.mijn.get("voornaam") or c.hun.get("voornaam") or ""
            label = engine_soort(c.entiteit)
            lijst.addItem(f"{label} {naam}".strip() + f" — {', '.join(c.velden)}", c.id)
        lijst.blockSignals(False)
        for w in (self.ui.houdMijn, self.ui.houdHun, self.ui.bewaarSamen):
            w.setEnabled(bool(self.conflicts))
        if not self.conflicts:
            for w in (self.ui.mijn, self.ui.hun, self.ui.samen):
                w.setPlainText("")
            self.ui.veld.clear()
            self.ui.sluiten.setFocus()
            return
        lijst.setCurrentIndex(0)
        self._toon_conflict()

    def current(self) -> ConflictInfo | None:
        i = self.ui.lijst.currentIndex()
        return self.conflicts[i] if 0 <= i < len(self.conflicts) else None

    def _toon_conflict(self) -> None:
        c = self.current()
        if c is None:
            return
        veld = self.ui.veld
        veld.blockSignals(True)
        veld.clear()
        for name in c.velden:
            veld.addItem(name, name)
        veld.blockSignals(False)
        self._toon_veld()

    def _toon_veld(self) -> None:
        c = self.current()
        if c is None:
            return
        name = self.ui.veld.currentData()
        weg = self.tr("(verwijderd)")
        mijn = weg if c.mijn_verwijderd else _tekst(c.mijn.get(name)) if name else ""
        hun = weg if c.hun_verwijderd else _tekst(c.hun.get(name)) if name else ""
        self.ui.mijn.setPlainText(mijn)
        self.ui.hun.setPlainText(hun)
        self.ui.samen.setPlainText(mijn if mijn != weg else hun)

    def _los_op(self, keuze: str) -> None:
        c = self.current()
        if c is None:
            return
        samengevoegd = None
        if keuze == "samengevoegd":
            name = self.ui.veld.currentData()
            text = self.ui.samen.toPlainText()
            original = c.mijn.get(name) if not isinstance(c.mijn.get(name), str) else None
            samengevoegd = {name: json.loads(text) if original is not None else text}
        try:
            self.services.sync.resolve(c.id, keuze, samengevoegd)
        except (SyncError, ValueError) as exc:
            self.ui.foutLabel.setText(getattr(exc, "message_nl", str(exc)))
            self.ui.foutLabel.show()
            return
        self.ui.foutLabel.hide()
        self._laad()


def install(window: QMainWindow, services: Services) -> SyncStatusBar:
    """Add the sync status to a main window's status bar and a "Nu synchroniseren" action (F9)."""
    bar = SyncStatusBar(services, window)
    window.statusBar().addPermanentWidget(bar)
    action = QAction(QCoreApplication.translate("SyncStatusBar", "Nu synchroniseren"), window)
    action.setShortcut(QKeySequence("F9"))
    action.triggered.connect(bar.sync_now)
    window.addAction(action)
    stoppen = QAction(QCoreApplication.translate("SyncStatusBar", "Synchronisatie stoppen"), window)
    stoppen.setShortcut(QKeySequence("Shift+F9"))
    stoppen.triggered.connect(bar.stop)
    window.addAction(stoppen)
    QTimer.singleShot(0, bar.start)
    return bar
