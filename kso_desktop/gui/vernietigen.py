"""The "Gegevens vernietigen…" dialog of the dossier: says what will happen and what is not on the portal yet,
asks for the reason, and shows a refusal in Dutch (AVG art. 17)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kso_desktop.domain.bewaren import MAX_OVERRIDE, RedenVernietiging
from kso_desktop.gui.dialogs import FOUT_STIJL, FormDialog
from kso_desktop.gui.domeinteksten import domein
from kso_desktop.gui.taak import Taak
from kso_desktop.services.bewaren import Vernietiging
from kso_desktop.services.registry import Services

WAARSCHUWING = "color: #8a1c1c; font-weight: bold;"


class VernietigDialog(FormDialog):
    """Confirm the destruction of everything about one jongere; the service decides and may refuse."""

    def __init__(self, services: Services, jongere_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.jongere_id = jongere_id
        self.gedaan: Vernietiging | None = None
        naam = services.jongeren.get(jongere_id).naam
        wachtend = services.bewaren.wachtend(jongere_id)
        self.setWindowTitle(self.tr("Gegevens vernietigen"))
        layout = QVBoxLayout(self)
        uitleg = QLabel(
            self.tr(
                "Alle gegevens van %1 worden van deze laptop verwijderd: dossier, plannen, gesprekken, "
                "formulieren, netwerk, logboek en herstelpunten. Bij de volgende synchronisatie vernietigt "
                "het portaal ze ook. Alleen de id blijft bewaard, zodat de gegevens nooit terugkomen. "
                "Dit kan niet ongedaan worden gemaakt."
            ).replace("%1", naam),
            self,
        )
        uitleg.setWordWrap(True)
        layout.addWidget(uitleg)
        self.wachtendLabel = QLabel(self)
        self.wachtendLabel.setWordWrap(True)
        self.wachtendLabel.setAccessibleName(self.tr("Nog niet op het portaal"))
        if wachtend.totaal:
            self.wachtendLabel.setText(
                self.tr(
                    "Nog niet op het portaal: %1 Alleen een beheerder kan toch vernietigen, met een reden."
                ).replace("%1", wachtend.zin())
            )
            self.wachtendLabel.setStyleSheet(WAARSCHUWING)
        else:
            self.wachtendLabel.setText(self.tr("Alles van deze jongere staat al op het portaal."))
        layout.addWidget(self.wachtendLabel)

        form = QFormLayout()
        self.reden = QComboBox(self)
        for r in RedenVernietiging:
            self.reden.addItem(domein(r), r.value)
        self.reden.setAccessibleName(self.tr("Reden"))
        reden_label = QLabel(self.tr("&Reden:"), self)
        reden_label.setBuddy(self.reden)
        form.addRow(reden_label, self.reden)
        self.override = QLineEdit(self)
        self.override.setMaxLength(MAX_OVERRIDE + 50)  # longer input gets the Dutch message, not a cut
        self.override.setPlaceholderText(self.tr("waarom nu, zonder de naam van de jongere"))
        self.override.setAccessibleName(self.tr("Reden om toch te vernietigen"))
        override_label = QLabel(self.tr("&Toch vernietigen omdat:"), self)
        override_label.setBuddy(self.override)
        form.addRow(override_label, self.override)
        self._wacht = bool(wachtend.totaal)
        override_label.setVisible(self._wacht)
        self.override.setVisible(self._wacht)
        layout.addLayout(form)

        fout = QLabel(self)
        fout.setWordWrap(True)
        fout.setAccessibleName(self.tr("Foutmelding"))
        layout.addWidget(fout)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout.addWidget(box)
        self._wire(box, fout)
        self.vernietigKnop = box.button(QDialogButtonBox.StandardButton.Ok)
        self.vernietigKnop.setText(self.tr("&Vernietigen"))
        # Enter must never destroy by accident: Annuleren is the default.
        self.vernietigKnop.setAutoDefault(False)
        self.annuleerKnop = box.button(QDialogButtonBox.StandardButton.Cancel)
        self.annuleerKnop.setDefault(True)
        self._taak: Taak | None = None
        self.velden = {}
        self.resize(560, self.sizeHint().height())
        self.reden.setFocus()

    def save(self) -> None:
        """Destroy off the GUI thread (the file is rebuilt afterwards: seconds on a large database)."""
        tekst = self.override.text() if self._wacht and self.override.text().strip() else None
        reden = str(self.reden.currentData())
        taak = Taak(
            lambda _v, _s: self.services.bewaren.vernietig(self.jongere_id, reden, override_reden=tekst)
        )
        taak.signalen.klaar.connect(self._klaar)
        taak.signalen.fout.connect(self._fout)
        self._taak = taak
        self._bezig(True)
        taak.start()

    def _try_save(self) -> None:
        if self._taak is None:
            self.save()

    def _bezig(self, bezig: bool) -> None:
        for widget in (self.reden, self.override, self.vernietigKnop, self.annuleerKnop):
            widget.setEnabled(not bezig)
        if bezig:
            self.fout_label.setStyleSheet("")
            self.fout_label.setText(self.tr("Bezig met vernietigen…"))
            self.fout_label.show()

    def _klaar(self, gedaan: object) -> None:
        self._taak = None
        if isinstance(gedaan, Vernietiging):
            self.gedaan = gedaan
        self.accept()

    def _fout(self, melding: str) -> None:
        self._taak = None
        self._bezig(False)
        self.fout_label.setStyleSheet(FOUT_STIJL)
        self.fout_label.setText(melding)
        self.fout_label.show()
        # Keyboard focus back where the answer goes (the button that had it was disabled meanwhile).
        (self.override if self._wacht else self.reden).setFocus()

    def reject(self) -> None:
        if self._taak is None:  # never close half-way: the worker finishes first
            super().reject()
