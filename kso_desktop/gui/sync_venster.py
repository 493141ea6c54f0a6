"""The sync details window: changes the portal refused (reason, text, try again), jongeren kept out of
scope with what still waits, and the sync log."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kso_desktop.gui.dialogs import FOUT_STIJL
from kso_desktop.gui.presentation import GRIJS, tijd
from kso_desktop.gui.sync_kolom import wacht_tekst
from kso_desktop.gui.table_model import Column, RecordTableModel
from kso_desktop.services.registry import Services
from kso_desktop.services.sync_overzicht import GeweigerdeOp, LogRegel
from kso_desktop.sync.client import SyncError


class SyncVenster(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        #: True when the person asked to try something again: the caller syncs after closing.
        self.opnieuw = False
        self.setWindowTitle(self.tr("Synchronisatie"))
        self.resize(980, 600)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(self._geweigerd_tab(), self.tr("&Geweigerd door het portaal"))
        self.tabs.addTab(self._bereik_tab(), self.tr("&Buiten je locaties"))
        self.tabs.addTab(self._log_tab(), self.tr("&Logboek"))
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        box.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sl&uiten"))
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        QShortcut(QKeySequence("Ctrl+Tab"), self, lambda: self._volgende_tab(1))
        QShortcut(QKeySequence("Ctrl+Shift+Tab"), self, lambda: self._volgende_tab(-1))
        self.laad()
        if not self.geweigerd:
            self.tabs.setCurrentIndex(2 if not self.bewaard else 1)

    def _volgende_tab(self, stap: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + stap) % self.tabs.count())

    # -- building ------------------------------------------------------------------------------------

    def _geweigerd_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        uitleg = QLabel(
            self.tr(
                "Deze wijzigingen weigerde het portaal. Ze blijven op deze laptop bewaard, met de tekst: "
                "kopieer die als u hem elders nodig hebt, of probeer het opnieuw als de oorzaak weg is."
            ),
            tab,
        )
        uitleg.setWordWrap(True)
        uitleg.setStyleSheet(GRIJS)
        layout.addWidget(uitleg)
        splitter = QSplitter(Qt.Orientation.Horizontal, tab)
        self.geweigerdLijst = QListWidget(splitter)
        self.geweigerdLijst.setAccessibleName(self.tr("Geweigerde wijzigingen"))
        rechts = QWidget(splitter)
        rl = QVBoxLayout(rechts)
        rl.setContentsMargins(0, 0, 0, 0)
        self.reden = QLabel(rechts)
        self.reden.setWordWrap(True)
        self.reden.setStyleSheet(FOUT_STIJL)
        self.reden.setAccessibleName(self.tr("Reden van het portaal"))
        self.reden.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        rl.addWidget(self.reden)
        tekst_label = QLabel(self.tr("&Tekst van de wijziging:"), rechts)
        rl.addWidget(tekst_label)
        self.tekst = QPlainTextEdit(rechts)
        self.tekst.setReadOnly(True)
        self.tekst.setAccessibleName(self.tr("Tekst van de wijziging"))
        self.tekst.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        tekst_label.setBuddy(self.tekst)
        rl.addWidget(self.tekst, 1)
        knoppen = QHBoxLayout()
        self.opnieuwKnop = QPushButton(self.tr("&Opnieuw proberen"), rechts)
        self.opnieuwKnop.setToolTip(
            self.tr("Verstuurt de gegevens zoals ze nu zijn opnieuw bij de volgende synchronisatie.")
        )
        self.kopieerKnop = QPushButton(self.tr("Tekst &kopiëren"), rechts)
        for knop in (self.opnieuwKnop, self.kopieerKnop):
            knop.setAutoDefault(False)
            knoppen.addWidget(knop)
        knoppen.addStretch(1)
        rl.addLayout(knoppen)
        self.melding = QLabel(rechts)
        self.melding.setWordWrap(True)
        self.melding.setAccessibleName(self.tr("Melding"))
        rl.addWidget(self.melding)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)
        self.geweigerdLijst.currentRowChanged.connect(self._toon_geweigerd)
        self.opnieuwKnop.clicked.connect(self.opnieuw_proberen)
        self.kopieerKnop.clicked.connect(self.kopieer)
        return tab

    def _bereik_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        uitleg = QLabel(
            self.tr(
                "Deze jongeren horen niet meer bij je locaties. Ze blijven op deze laptop bewaard zolang "
                "hier nog iets van hen wacht dat het portaal niet heeft; niets daarvan gaat verloren."
            ),
            tab,
        )
        uitleg.setWordWrap(True)
        uitleg.setStyleSheet(GRIJS)
        layout.addWidget(uitleg)
        self.bereikTekst = QPlainTextEdit(tab)
        self.bereikTekst.setReadOnly(True)
        self.bereikTekst.setAccessibleName(self.tr("Jongeren buiten je locaties"))
        layout.addWidget(self.bereikTekst, 1)
        return tab

    def _log_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        soorten = {
            "ok": self.tr("Gelukt"),
            "fout": self.tr("Fout"),
            "gestopt": self.tr("Gestopt"),
            "melding": self.tr("Melding"),
            "actie": self.tr("Actie"),
        }
        self.logModel = RecordTableModel(
            [
                Column(self.tr("Tijd"), lambda r: tijd(r.tijd), sort_key=lambda r: r.tijd.isoformat()),
                Column(self.tr("Soort"), lambda r: soorten.get(r.soort, r.soort)),
                Column(self.tr("Wat"), lambda r: r.tekst, tooltip=lambda r: r.tekst),
            ],
            self,
        )
        self.logView = QTableView(tab)
        self.logView.setModel(self.logModel)
        self.logView.setAccessibleName(self.tr("Logboek van de synchronisatie"))
        self.logView.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.logView.setTabKeyNavigation(False)
        self.logView.setWordWrap(False)  # one line each; the whole text is in the tooltip
        self.logView.verticalHeader().hide()
        header = self.logView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.logView, 1)
        return tab

    # -- content -------------------------------------------------------------------------------------

    def laad(self) -> None:
        self.geweigerd: list[GeweigerdeOp] = self.services.sync.geweigerd()
        lijst = self.geweigerdLijst
        lijst.blockSignals(True)
        lijst.clear()
        for g in self.geweigerd:
            QListWidgetItem(f"{g.omschrijving}\n{tijd(g.tijd)}", lijst)
        lijst.blockSignals(False)
        self.tabs.setTabText(
            0, self.tr("&Geweigerd door het portaal (%1)").replace("%1", str(len(self.geweigerd)))
        )
        if self.geweigerd:
            lijst.setCurrentRow(0)
        self._toon_geweigerd()

        self.bewaard = self.services.sync.buiten_bereik()
        if self.bewaard:
            self.bereikTekst.setPlainText(
                "\n\n".join(f"{b.naam}\n{wacht_tekst(b)}" for b in self.bewaard.values())
            )
        else:
            self.bereikTekst.setPlainText(
                self.tr("Geen: alle jongeren op deze laptop horen bij je locaties.")
            )
        self.tabs.setTabText(1, self.tr("&Buiten je locaties (%1)").replace("%1", str(len(self.bewaard))))

        regels: list[LogRegel] = self.services.sync.logboek()
        self.logModel.set_records(regels)

    def huidig(self) -> GeweigerdeOp | None:
        i = self.geweigerdLijst.currentRow()
        return self.geweigerd[i] if 0 <= i < len(self.geweigerd) else None

    def _toon_geweigerd(self) -> None:
        g = self.huidig()
        for knop in (self.opnieuwKnop, self.kopieerKnop):
            knop.setEnabled(g is not None)
        if g is None:
            self.reden.setText(self.tr("Het portaal heeft geen wijzigingen geweigerd."))
            self.reden.setStyleSheet(GRIJS)
            self.tekst.setPlainText("")
            return
        self.reden.setStyleSheet(FOUT_STIJL)
        self.reden.setText(
            self.tr("%1 — geweigerd op %2. Reden: %3")
            .replace("%1", g.omschrijving)
            .replace("%2", tijd(g.tijd))
            .replace("%3", g.melding)
        )
        self.tekst.setPlainText(g.tekst)

    def opnieuw_proberen(self) -> None:
        g = self.huidig()
        if g is None:
            return
        try:
            self.services.sync.opnieuw_proberen(g.op_id)
        except SyncError as exc:
            self.melding.setText(exc.message_nl)
            return
        self.opnieuw = True
        self.laad()
        self.melding.setText(
            self.tr("%1 gaat mee met de volgende synchronisatie.").replace("%1", g.omschrijving)
        )

    def kopieer(self) -> None:
        g = self.huidig()
        if g is None:
            return
        QGuiApplication.clipboard().setText(g.tekst)
        self.melding.setText(self.tr("De tekst staat op het klembord."))
