"""Inzage-export from the app (AVG art. 15, Norm 7.1c): a folder, then the PDF and JSON made off the UI
thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QProgressDialog

from kso_desktop.domain.entities import Jongere
from kso_desktop.gui.taak import Taak
from kso_desktop.services.inzage import InzageBestanden
from kso_desktop.services.registry import Services


class InzageExport:
    """One export at a time; the result goes to the status bar, an error to a message box."""

    def __init__(self, window: QMainWindow, services: Services) -> None:
        self.window = window
        self.services = services
        self.taak: Taak | None = None
        self.voortgang: QProgressDialog | None = None
        self.laatste: InzageBestanden | None = None

    def vraag_en_start(self, jongere: Jongere) -> None:
        titel = QCoreApplication.translate("InzageExport", "Map voor de inzage-export")
        folder = QFileDialog.getExistingDirectory(self.window, titel)
        if folder:
            self.start(jongere, Path(folder))

    def start(self, jongere: Jongere, folder: Path) -> bool:
        """Start the export into ``folder``; False (with a Dutch message) when it cannot start."""
        if self.taak is not None:
            return False
        namen = (f"inzage-{jongere.id}.json", f"inzage-{jongere.id}.pdf")
        bestaand = [naam for naam in namen if (folder / naam).exists()]
        if bestaand:
            tekst = QCoreApplication.translate(
                "InzageExport",
                "In deze map staat al een inzage-export van deze jongere (%1). Kies een andere map.",
            )
            self._fout(tekst.replace("%1", bestaand[0]))
            return False
        taak = Taak(lambda _voortgang, _stop: self.services.inzage.exporteer(jongere.id, folder))
        label = QCoreApplication.translate("InzageExport", "Inzage-export maken…")
        voortgang = QProgressDialog(label, "", 0, 0, self.window)
        voortgang.setCancelButton(None)  # gathering is quick, and two written files cannot be half undone
        voortgang.setWindowTitle(QCoreApplication.translate("InzageExport", "Inzage-export"))
        voortgang.setWindowModality(Qt.WindowModality.WindowModal)
        voortgang.setMinimumDuration(300)
        self.taak, self.voortgang = taak, voortgang
        taak.signalen.klaar.connect(self._klaar)
        taak.signalen.fout.connect(self._mislukt)
        taak.start()
        return True

    def _einde(self) -> None:
        if self.voortgang is not None:
            self.voortgang.reset()
            self.voortgang.deleteLater()
        self.taak = self.voortgang = None

    def _klaar(self, bestanden: InzageBestanden) -> None:
        self._einde()
        self.laatste = bestanden
        tekst = QCoreApplication.translate(
            "InzageExport", "Inzage-export gemaakt: %1 en %2 in %3. Persoonsgegevens: deel ze veilig."
        )
        self.window.statusBar().showMessage(
            tekst.replace("%1", bestanden.pdf.name)
            .replace("%2", bestanden.json.name)
            .replace("%3", str(bestanden.pdf.parent)),
            30_000,
        )

    def _mislukt(self, melding: str) -> None:
        self._einde()
        self._fout(melding)

    def _fout(self, melding: str) -> None:
        QMessageBox.warning(self.window, QCoreApplication.translate("InzageExport", "Inzage-export"), melding)
