"""The "Wat moet er gebeuren" list: every open item of a location or of one mentor, most urgent first."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kso_desktop.domain.rules import Urgentie
from kso_desktop.gui.domeinteksten import domein
from kso_desktop.gui.presentation import datum, urgentie_kleur
from kso_desktop.gui.table_model import Column, RecordTableModel
from kso_desktop.services.jongeren import Deadline
from kso_desktop.services.registry import Services

_VOLGORDE = {Urgentie.TE_LAAT: 0, Urgentie.BINNENKORT: 1, Urgentie.GEPLAND: 2}
LOCATIE_KOLOM = 2


def deadline_columns(today: date) -> list[Column]:
    """Urgency as a word first (the colour only repeats it), then when, who, what, the norm and why."""

    def urgentie(d: Deadline) -> str:
        return domein(d.item.urgentie(today))

    return [
        Column(
            QCoreApplication.translate("Kolommen", "Urgentie"),
            urgentie,
            colour=lambda d: urgentie_kleur(d.item, today),
        ),
        Column(
            QCoreApplication.translate("Kolommen", "Datum"),
            lambda d: datum(d.item.due),
            colour=lambda d: urgentie_kleur(d.item, today),
        ),
        Column(QCoreApplication.translate("Kolommen", "Locatie"), lambda d: d.locatie),
        Column(QCoreApplication.translate("Kolommen", "Jongere"), lambda d: d.jongere_naam),
        Column(QCoreApplication.translate("Kolommen", "Wat"), lambda d: domein(d.item.kind)),
        Column(
            QCoreApplication.translate("Kolommen", "Norm"),
            lambda d: d.item.norm,
            tooltip=lambda d: f"Kwaliteitskader KSO, norm {d.item.norm}",
        ),
        Column(
            QCoreApplication.translate("Kolommen", "Waarom"),
            lambda d: d.item.reason,
            tooltip=lambda d: d.item.reason,
        ),
    ]


def samenvatting(deadlines: list[Deadline], today: date, *, gepland_verborgen: bool) -> str:
    """'3 te laat · 5 binnenkort', and how many planned items the short list leaves out."""
    telling = {u: 0 for u in Urgentie}
    for d in deadlines:
        telling[d.item.urgentie(today)] += 1
    delen = [
        QCoreApplication.translate("dashboard", "%1 te laat").replace("%1", str(telling[Urgentie.TE_LAAT])),
        QCoreApplication.translate("dashboard", "%1 binnenkort").replace(
            "%1", str(telling[Urgentie.BINNENKORT])
        ),
    ]
    if telling[Urgentie.GEPLAND]:
        gepland = QCoreApplication.translate("dashboard", "%1 gepland").replace(
            "%1", str(telling[Urgentie.GEPLAND])
        )
        delen.append(
            QCoreApplication.translate("dashboard", "%1 (niet getoond)").replace("%1", str(gepland))
            if gepland_verborgen
            else gepland
        )
    return " · ".join(delen)


class DashboardView(QWidget):
    """Lists what is due; Enter or a double click asks the main window to open the right screen."""

    #: jongere_id and the DueKind value of the chosen item (e.g. "driegesprek").
    openen = Signal(str, str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.locatie_id: str | None = None

        self.titel = QLabel(self.tr("Wat moet er gebeuren"), self)
        font = self.titel.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.titel.setFont(font)
        self.samenvatting = QLabel(self)
        self.samenvatting.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.samenvatting.setWordWrap(True)

        self.hele_locatie = QRadioButton(self.tr("Hele lo&catie"), self)
        self.mijn_jongeren = QRadioButton(self.tr("&Mijn jongeren (als mentor)"), self)
        self.keuze = QButtonGroup(self)
        self.keuze.addButton(self.hele_locatie)
        self.keuze.addButton(self.mijn_jongeren)
        self.hele_locatie.setChecked(True)
        self.alleen_urgent = QCheckBox(self.tr("Alleen &te laat en binnenkort"), self)
        self.alleen_urgent.setChecked(True)  # a shift needs the short list; "Gepland" is for planning
        self.alleen_urgent.setToolTip(self.tr("Haal het vinkje weg om ook wat later gepland staat te zien."))

        self.model = RecordTableModel(deadline_columns(services.ctx.today()), self)
        self.tabel = QTableView(self)
        self.tabel.setModel(self.model)
        self.tabel.setAccessibleName(self.tr("Wat moet er gebeuren"))
        self.tabel.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.tabel.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.tabel.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.tabel.setAlternatingRowColors(True)
        self.tabel.setWordWrap(True)
        self.tabel.setTabKeyNavigation(False)  # Tab leaves the table for the filters, as in the other lists
        self.tabel.verticalHeader().hide()
        header = self.tabel.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        # Rows grow with the wrapped reason whenever the width changes, not only when data arrives.
        self.tabel.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.leeg = QLabel(self)
        self.leeg.setWordWrap(True)
        self.leeg.hide()

        # Title and summary one above the other: the list pane stays narrow (a 1366 screen at 125 %).
        kop = QVBoxLayout()
        kop.setSpacing(2)
        kop.addWidget(self.titel)
        kop.addWidget(self.samenvatting)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Toon:"), self))
        filters.addWidget(self.hele_locatie)
        filters.addWidget(self.mijn_jongeren)
        filters.addStretch(1)
        # On its own line: the list pane stays narrow enough for a 1366-pixel screen at 125 % scaling.
        urgent = QHBoxLayout()
        urgent.addWidget(self.alleen_urgent)
        urgent.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(kop)
        layout.addLayout(filters)
        layout.addLayout(urgent)
        layout.addWidget(self.tabel, 1)
        layout.addWidget(self.leeg)
        uitleg = QLabel(self.tr("Enter of dubbelklik opent het plan, het driegesprek of het dossier."), self)
        uitleg.setWordWrap(True)
        layout.addWidget(uitleg)

        # The list is what a medewerker comes here for: it gets the focus, the filters follow on Tab.
        self.setFocusProxy(self.tabel)
        QWidget.setTabOrder(self.tabel, self.hele_locatie)
        QWidget.setTabOrder(self.hele_locatie, self.mijn_jongeren)
        QWidget.setTabOrder(self.mijn_jongeren, self.alleen_urgent)

        self.tabel.activated.connect(self._open)
        self.keuze.buttonToggled.connect(lambda _b, aan: self.ververs() if aan else None)
        self.alleen_urgent.toggled.connect(lambda _aan: self.ververs())

    # -- showing -------------------------------------------------------------
    def toon(self, locatie_id: str | None) -> None:
        """Show the items of a location (None: every location)."""
        self.locatie_id = locatie_id
        self.ververs()

    def ververs(self) -> None:
        """Reload with the current choices, keeping the chosen row when it is still there."""
        self._mentor_keuze_bijwerken()
        today = self.services.ctx.today()
        mentor_id = self.services.actor.medewerker_id if self.mijn_jongeren.isChecked() else None
        alle = self.services.jongeren.deadlines(self.locatie_id, mentor_id=mentor_id)
        alle.sort(key=lambda d: (_VOLGORDE[d.item.urgentie(today)], d.item.due, d.jongere_naam))
        getoond = [
            d
            for d in alle
            if not self.alleen_urgent.isChecked() or d.item.urgentie(today) != Urgentie.GEPLAND
        ]
        gekozen = self.gekozen()
        self.model.set_records(getoond)
        self.tabel.setColumnHidden(LOCATIE_KOLOM, self.locatie_id is not None)
        self.samenvatting.setText(samenvatting(alle, today, gepland_verborgen=self.alleen_urgent.isChecked()))
        self._leeg_melding(getoond, alle)
        rij = next((i for i, d in enumerate(getoond) if gekozen and _zelfde(d, gekozen)), 0)
        if getoond:
            # A current row from the start: Enter works as soon as the list has the focus.
            self.tabel.setCurrentIndex(self.model.index(rij, 0))

    def _mentor_keuze_bijwerken(self) -> None:
        """'Mijn jongeren' needs someone at the keyboard; without a medewerker it is off and says why."""
        heeft_medewerker = self.services.actor.medewerker_id is not None
        self.mijn_jongeren.setEnabled(heeft_medewerker)
        if heeft_medewerker:
            self.mijn_jongeren.setToolTip(
                self.tr("Alleen de jongeren van wie %1 mentor is.").replace("%1", self.services.actor.naam)
            )
        else:
            self.mijn_jongeren.setToolTip(self.tr("Kies eerst bij 'Ik ben' wie er werkt (Alt+I)."))
            if self.mijn_jongeren.isChecked():
                self.keuze.blockSignals(True)
                self.hele_locatie.setChecked(True)
                self.keuze.blockSignals(False)

    def _leeg_melding(self, getoond: list[Deadline], alle: list[Deadline]) -> None:
        self.leeg.setVisible(not getoond)
        if getoond:
            return
        if alle:
            self.leeg.setText(
                self.tr("Niets te laat en niets binnenkort. Haal het vinkje weg om alles te zien.")
            )
        elif self.mijn_jongeren.isChecked():
            self.leeg.setText(self.tr("Voor jouw mentorjongeren staat niets open."))
        else:
            self.leeg.setText(self.tr("Hier staat niets open."))

    # -- choosing ------------------------------------------------------------
    def gekozen(self) -> Deadline | None:
        index = self.tabel.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            d: Deadline = self.model.record(index.row())
            self.openen.emit(d.jongere_id, d.item.kind.value)


def _zelfde(a: Deadline, b: Deadline) -> bool:
    return a.jongere_id == b.jongere_id and a.item.kind == b.item.kind and a.item.due == b.item.due
