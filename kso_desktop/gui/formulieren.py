"""The dossier's Formulieren tab: the forms filled in, new ones, compare, trend, a finding into the plan."""

from __future__ import annotations

from datetime import date
from typing import Literal

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kso_desktop.domain.enums import Leefgebied
from kso_desktop.domain.plan import PlanVersie
from kso_desktop.domain.validation import ValidationError
from kso_desktop.forms.antwoorden import Bevinding, VeldVergelijking
from kso_desktop.gui.domeinteksten import domein
from kso_desktop.gui.forms.ui_formulier_vergelijk import Ui_FormulierVergelijkDialog
from kso_desktop.gui.forms.ui_formulieren_tab import Ui_FormulierenTab
from kso_desktop.gui.forms.ui_naar_plan_dialog import Ui_NaarPlanDialog
from kso_desktop.gui.formulier_dialog import FormulierDialog, platte_label
from kso_desktop.gui.sync_kolom import sync_item
from kso_desktop.services.afdrukken import DocumentSoort
from kso_desktop.services.formulieren import SIGNALERINGSPLAN_SOORTEN, Invulling
from kso_desktop.services.registry import Services


def _pas_tabel_aan(tabel: QTableWidget) -> None:
    """What Designer cannot say: no row numbers, columns fit their text, the last takes the rest."""
    tabel.verticalHeader().setVisible(False)
    header = tabel.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)


class FormulierenTab(QWidget):
    """The jongere's Quickscans and signaleringsplannen, newest first."""

    #: After any save, so the dossier (plan, log) can refresh.
    gewijzigd = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.jongere_id: str | None = None
        self.invullingen: list[Invulling] = []
        self.ui = Ui_FormulierenTab()
        self.ui.setupUi(self)
        ui = self.ui
        self.nieuwKnop, self.openenKnop, self.vergelijkKnop = ui.nieuwKnop, ui.openenKnop, ui.vergelijkKnop
        self.naarPlanKnop, self.trendKnop, self.vervangenVak = ui.naarPlanKnop, ui.trendKnop, ui.vervangenVak
        self.tabel, self.fouten = ui.tabel, ui.fouten
        _pas_tabel_aan(self.tabel)
        self.nieuwKnop.clicked.connect(self.nieuw)
        self.openenKnop.clicked.connect(self.openen)
        self.vergelijkKnop.clicked.connect(self.vergelijken)
        self.naarPlanKnop.clicked.connect(self.naar_plan)
        self.trendKnop.clicked.connect(self.trend)
        self.afdrukKnop = ui.afdrukKnop
        afdrukmenu = QMenu(self.afdrukKnop)
        self.afdrukActies = {
            DocumentSoort.SIGNALERINGSPLAN: afdrukmenu.addAction(
                QCoreApplication.translate("FormulierenTab", "&Signaleringsplan (A4)…")
            ),
            DocumentSoort.KAART: afdrukmenu.addAction(
                QCoreApplication.translate("FormulierenTab", "&Kaartjes om uit te knippen…")
            ),
        }
        for soort, actie in self.afdrukActies.items():
            actie.triggered.connect(lambda _checked=False, s=soort: self.afdrukken(s))
        self.afdrukKnop.setMenu(afdrukmenu)
        self.tabel.doubleClicked.connect(lambda _i: self.openen())
        self.tabel.activated.connect(lambda _i: self.openen())
        self.vervangenVak.toggled.connect(lambda _b: self.vernieuw())
        self.tabel.itemSelectionChanged.connect(self._knoppen)
        self.toon_fouten()
        self.toon(None)

    def toon_fouten(self) -> None:
        fouten = self.services.formulieren.definities().fouten
        self.fouten.setVisible(bool(fouten))
        self.fouten.setText(
            QCoreApplication.translate("FormulierenTab", "Niet geladen formulierdefinities:")
            + "\n"
            + "\n".join(str(f) for f in fouten)
            if fouten
            else ""
        )

    def toon(self, jongere_id: str | None) -> None:
        self.jongere_id = jongere_id
        self.setEnabled(jongere_id is not None)
        self.vernieuw()

    def vernieuw(self) -> None:
        self.invullingen = (
            self.services.formulieren.lijst(self.jongere_id, met_vervangen=self.vervangenVak.isChecked())
            if self.jongere_id
            else []
        )
        self.tabel.setRowCount(len(self.invullingen))
        staten = self.services.sync.staten(i.id for i in self.invullingen)
        for rij, i in enumerate(self.invullingen):
            status = (
                i.status + " · " + QCoreApplication.translate("FormulierenTab", "Afgeschermd voor jouw rol")
                if i.afgeschermd
                else i.status
            )
            self.tabel.setItem(rij, 5, sync_item(staten.get(i.id, "")))
            for kolom, tekst in enumerate(
                (i.titel, str(i.versie), f"{i.datum:%d-%m-%Y}", status, i.ingevuld_door)
            ):
                item = QTableWidgetItem(tekst)
                if i.vervangen:
                    item.setForeground(QColor("#757575"))
                self.tabel.setItem(rij, kolom, item)
        if self.invullingen:
            self.tabel.selectRow(0)
        self._knoppen()

    def geselecteerd(self) -> list[Invulling]:
        rijen = sorted({i.row() for i in self.tabel.selectionModel().selectedRows()})
        return [self.invullingen[r] for r in rijen if r < len(self.invullingen)]

    def _knoppen(self) -> None:
        gekozen = self.geselecteerd()
        # A Quickscan hidden for this role (domain.rechten) cannot be opened, compared or used.
        zichtbaar = not any(i.afgeschermd for i in gekozen)
        self.openenKnop.setEnabled(len(gekozen) >= 1 and zichtbaar)
        self.vergelijkKnop.setEnabled(len(gekozen) in (1, 2) and zichtbaar)
        self.naarPlanKnop.setEnabled(len(gekozen) == 1 and zichtbaar)
        self.trendKnop.setEnabled(
            len(gekozen) == 1 and zichtbaar and bool(gekozen[0].definitie.schaalvelden())
        )
        self.afdrukKnop.setEnabled(len(gekozen) == 1 and gekozen[0].soort in SIGNALERINGSPLAN_SOORTEN)

    # -- actions ------------------------------------------------------------------------------------------
    def nieuw(self) -> None:
        if self.jongere_id is None:
            return
        definities = [g.definitie for g in self.services.formulieren.definities().definities]
        namen = [f"{d.titel} (v{d.versie})" for d in definities]
        keuze, ok = QInputDialog.getItem(
            self,
            QCoreApplication.translate("FormulierenTab", "Nieuw formulier"),
            QCoreApplication.translate("FormulierenTab", "&Welk formulier?"),
            namen,
            0,
            False,
        )
        if not ok or keuze not in namen:
            return
        definitie = definities[namen.index(keuze)]
        try:
            invulling = self.services.formulieren.nieuw(self.jongere_id, definitie.id)
        except ValidationError as exc:  # e.g. a Quickscan for a role that may not write it
            titel = QCoreApplication.translate("FormulierenTab", "Nieuw formulier")
            QMessageBox.warning(self, titel, exc.message)
            return
        self._open(invulling)

    def openen(self) -> None:
        gekozen = self.geselecteerd()
        if gekozen:
            self._open(self.services.formulieren.get(gekozen[0].id))

    def _open(self, invulling: Invulling) -> None:
        dialoog = FormulierDialog(self.services, invulling, self)
        dialoog.exec()
        self.vernieuw()
        self.gewijzigd.emit()

    def vergelijken(self) -> None:
        gekozen = self.geselecteerd()
        if len(gekozen) == 1:  # with the previous filling of the same form
            zelfde = [i for i in self.invullingen if i.definitie_id == gekozen[0].definitie_id]
            index = zelfde.index(gekozen[0])
            if index + 1 >= len(zelfde):
                self.fouten.setVisible(True)
                self.fouten.setText(
                    QCoreApplication.translate(
                        "FormulierenTab", "Er is geen eerdere versie van dit formulier om mee te vergelijken."
                    )
                )
                return
            gekozen = [gekozen[0], zelfde[index + 1]]
        nieuw, oud = sorted(gekozen, key=lambda i: (i.datum, i.versie), reverse=True)
        rijen = self.services.formulieren.vergelijk(oud.id, nieuw.id)
        VergelijkDialog(oud, nieuw, rijen, self).exec()

    def naar_plan(self) -> None:
        gekozen = self.geselecteerd()
        if len(gekozen) != 1:
            return
        dialoog = NaarPlanDialog(self.services, gekozen[0], self)
        if dialoog.exec() == QDialog.DialogCode.Accepted:
            self.gewijzigd.emit()

    def afdrukken(self, soort: DocumentSoort) -> None:
        """The chosen signaleringsplan on one page or as pocket cards, rendered off the UI thread."""
        from kso_desktop.gui.afdrukken import afdrukken

        gekozen = self.geselecteerd()
        if len(gekozen) == 1:
            weergave = self.services.formulieren.weergave(gekozen[0].id)
            self.afdruktaak = afdrukken(self.services, soort, formulier=weergave, parent=self)

    def trend(self) -> None:
        gekozen = self.geselecteerd()
        if len(gekozen) != 1 or self.jongere_id is None:
            return
        veld = gekozen[0].definitie.schaalvelden()[0]
        punten = self.services.formulieren.trend(self.jongere_id, gekozen[0].definitie_id, veld.id)
        assert veld.schaal is not None
        TrendDialog(
            gekozen[0].titel, veld.label, punten, laag=veld.schaal.min, hoog=veld.schaal.max, parent=self
        ).exec()


class VergelijkDialog(QDialog):
    """Two fillings side by side, per question before and after; changed answers in bold."""

    def __init__(
        self, oud: Invulling, nieuw: Invulling, rijen: tuple[VeldVergelijking, ...], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_FormulierVergelijkDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(
            QCoreApplication.translate("FormulierenTab", "Vergelijken: {titel}").format(titel=nieuw.titel)
        )
        self.rijen = rijen
        self.alleenVak, self.tabel = self.ui.alleenVak, self.ui.tabel
        voor = QCoreApplication.translate("FormulierenTab", "Versie {v} ({d})").format(
            v=oud.versie, d=f"{oud.datum:%d-%m-%Y}"
        )
        na = QCoreApplication.translate("FormulierenTab", "Versie {v} ({d})").format(
            v=nieuw.versie, d=f"{nieuw.datum:%d-%m-%Y}"
        )
        self.tabel.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("FormulierenTab", "Onderdeel"),
                QCoreApplication.translate("FormulierenTab", "Vraag"),
                voor,
                na,
            ]
        )
        _pas_tabel_aan(self.tabel)
        # Rows follow the wrapped text whenever the width changes, not only when data arrives.
        self.tabel.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tabel.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for kolom, breedte in enumerate((170, 230, 260)):
            self.tabel.setColumnWidth(kolom, breedte)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.alleenVak.toggled.connect(lambda _b: self.vul())
        self.vul()

    def vul(self) -> None:
        rijen = [r for r in self.rijen if r.gewijzigd or not self.alleenVak.isChecked()]
        self.tabel.setRowCount(len(rijen))
        vet = QFont(self.font())
        vet.setBold(True)
        for i, r in enumerate(rijen):
            for kolom, tekst in enumerate((r.sectie, r.label, r.voor or "–", r.na or "–")):
                item = QTableWidgetItem(tekst)
                if r.gewijzigd and kolom >= 2:
                    item.setFont(vet)
                self.tabel.setItem(i, kolom, item)


class TrendChart(QWidget):
    """A scale's answers over time as a line with dots, drawn with QPainter (no QtCharts in Essentials)."""

    def __init__(
        self, punten: list[tuple[date, int]], laag: int, hoog: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.punten = punten
        self.laag, self.hoog = laag, hoog
        self.setMinimumSize(520, 280)
        self.setAccessibleName(QCoreApplication.translate("TrendChart", "Trend"))
        self.setAccessibleDescription(
            ", ".join(f"{d:%d-%m-%Y}: {w}" for d, w in punten)
            or QCoreApplication.translate("TrendChart", "geen gegevens")
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        vlak = QRectF(self.rect()).adjusted(48, 16, -56, -40)
        tekst = self.palette().text().color()
        raster = QColor(tekst)
        raster.setAlpha(50)
        stappen = self.hoog - self.laag
        for w in range(self.laag, self.hoog + 1):
            y = vlak.bottom() - (w - self.laag) / stappen * vlak.height()
            p.setPen(QPen(raster, 1))
            p.drawLine(QPointF(vlak.left(), y), QPointF(vlak.right(), y))
            p.setPen(tekst)
            p.drawText(QRectF(0, y - 10, vlak.left() - 8, 20), Qt.AlignmentFlag.AlignRight, str(w))
        if not self.punten:
            p.drawText(
                vlak,
                Qt.AlignmentFlag.AlignCenter,
                QCoreApplication.translate("FormulierenTab", "Nog geen definitieve metingen."),
            )
            p.end()
            return
        eerste, laatste = self.punten[0][0], self.punten[-1][0]
        dagen = max((laatste - eerste).days, 1)

        def xy(d: date, w: int) -> QPointF:
            x = vlak.left() + ((d - eerste).days / dagen if len(self.punten) > 1 else 0.5) * vlak.width()
            return QPointF(x, vlak.bottom() - (w - self.laag) / stappen * vlak.height())

        lijn = QColor("#1565c0")
        p.setPen(QPen(lijn, 2.5))
        for (d1, w1), (d2, w2) in zip(self.punten, self.punten[1:], strict=False):
            p.drawLine(xy(d1, w1), xy(d2, w2))
        p.setBrush(lijn)
        for d, w in self.punten:
            punt = xy(d, w)
            p.setPen(QPen(lijn, 1))
            p.drawEllipse(punt, 5, 5)
            p.setPen(tekst)
            p.drawText(QRectF(punt.x() + 8, punt.y() - 22, 40, 18), Qt.AlignmentFlag.AlignLeft, str(w))
            # The date under its dot, kept inside the widget at both ends.
            links = min(max(punt.x() - 50, 0.0), self.width() - 100.0)
            p.drawText(
                QRectF(links, vlak.bottom() + 6, 100, 18), Qt.AlignmentFlag.AlignHCenter, f"{d:%d-%m-%Y}"
            )
        p.end()


class TrendDialog(QDialog):
    def __init__(
        self,
        titel: str,
        vraag: str,
        punten: list[tuple[date, int]],
        *,
        laag: int,
        hoog: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("FormulierenTab", "Trend: {titel}").format(titel=titel)
        )
        layout = QVBoxLayout(self)
        kop = platte_label(vraag, self)
        layout.addWidget(kop)
        self.chart = TrendChart(punten, laag, hoog, self)
        layout.addWidget(self.chart, 1)
        knoppen = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        knoppen.rejected.connect(self.reject)
        layout.addWidget(knoppen)


class NaarPlanDialog(QDialog):
    """Choose a finding, word it, and add it as a goal or as an action of a goal in the plan concept."""

    def __init__(self, services: Services, invulling: Invulling, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.invulling = invulling
        self.plan: PlanVersie | None = None
        self.ui = Ui_NaarPlanDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.lijst, self.tekst, self.leefgebied = ui.lijst, ui.tekst, ui.leefgebied
        self.alsDoel, self.alsActie, self.doel, self.fout = ui.alsDoel, ui.alsActie, ui.doel, ui.fout
        self.bevindingen: tuple[Bevinding, ...] = services.formulieren.bevindingen(invulling.id)
        for b in self.bevindingen:
            item = QListWidgetItem(f"{b.sectie} – {b.label}: {b.tekst}")
            item.setToolTip(b.tekst)
            self.lijst.addItem(item)
        for lg in Leefgebied:
            self.leefgebied.addItem(domein(lg), lg)
        plan = services.plannen.laatste(invulling.jongere_id)
        for d in plan.inhoud.doelen if plan else ():
            if d.status.actief:
                self.doel.addItem(f"{domein(d.leefgebied)}: {d.titel}"[:90], d.id)
        self.alsActie.setEnabled(self.doel.count() > 0)
        self.okKnop = ui.buttonBox.addButton(
            QCoreApplication.translate("FormulierenTab", "In het plan &zetten"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        self.alsActie.toggled.connect(self.doel.setEnabled)
        self.lijst.currentRowChanged.connect(self._kies)
        if self.bevindingen:
            self.lijst.setCurrentRow(0)
        self.lijst.setFocus()

    def _kies(self, rij: int) -> None:
        if not 0 <= rij < len(self.bevindingen):
            return
        b = self.bevindingen[rij]
        # A bare "Ja"/"Nee" means nothing in a plan: then the question is part of the text.
        kort = b.tekst in ("Ja", "Nee") or len(b.tekst) < 4
        self.tekst.setPlainText(f"{b.sectie}: {b.label} {b.tekst}" if kort else b.tekst)
        if b.leefgebied is not None:
            self.leefgebied.setCurrentIndex(self.leefgebied.findData(b.leefgebied))

    def accept(self) -> None:
        als: Literal["doel", "actie"] = "actie" if self.alsActie.isChecked() else "doel"
        try:
            self.plan = self.services.formulieren.naar_plan(
                self.invulling.id,
                self.tekst.toPlainText(),
                Leefgebied(self.leefgebied.currentData()),  # Qt hands the enum back as its str value
                als=als,
                doel_id=self.doel.currentData() if als == "actie" else None,
            )
        except ValidationError as exc:
            self.fout.setText(exc.message)
            return
        super().accept()
