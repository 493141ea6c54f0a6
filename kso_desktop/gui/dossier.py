"""The dossier of one jongere: personal data, key dates, what is due, mentor history and the log."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QTableView, QVBoxLayout, QWidget

from kso_desktop.domain.dates import ZES_WEKEN, birthday
from kso_desktop.domain.entities import Gebeurtenis, Jongere
from kso_desktop.domain.rechten import Actie
from kso_desktop.domain.rules import DueItem, Urgentie
from kso_desktop.gui import sync_kolom
from kso_desktop.gui.correcties import CorrectiesTab
from kso_desktop.gui.forms.ui_dossier_view import Ui_DossierView
from kso_desktop.gui.formulieren import FormulierenTab
from kso_desktop.gui.netwerk_editor import NetwerkEditor
from kso_desktop.gui.presentation import (
    als_kop,
    audit_columns,
    datum,
    due_columns,
    gebeurtenis_columns,
    mentor_columns,
)
from kso_desktop.gui.table_model import RecordTableModel
from kso_desktop.gui.vernietigen import VernietigDialog
from kso_desktop.services.rechten import mag_nu
from kso_desktop.services.registry import Services


def _fit(view: QTableView) -> None:
    """Columns fit their text, the last one takes the rest, and rows grow with wrapped text."""
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    # Rows follow the wrapped text whenever the width changes, not only when data arrives.
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


class DossierView(QWidget):
    """Shows one jongere. Emits the edit requests; the main window owns the dialogs."""

    wijzigen_gevraagd = Signal()
    mentor_gevraagd = Signal()
    vastleggen_gevraagd = Signal()
    plan_gevraagd = Signal()
    #: The jongere now shown ("" when none), for the tabs the main window adds (gesprekken).
    getoond = Signal(str)
    intrekken_gevraagd = Signal()
    # The jongere shown was destroyed (AVG): the main window refreshes its list.
    vernietigd = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.ui = Ui_DossierView()
        self.ui.setupUi(self)
        self.jongere: Jongere | None = None
        als_kop(self.ui.titel, 1.5)
        today = services.ctx.today()
        self.te_doen = RecordTableModel(due_columns(today), self)
        self.mentoren = RecordTableModel(mentor_columns(), self)
        self.audit = RecordTableModel(audit_columns(), self)
        self.gebeurtenissen = RecordTableModel(gebeurtenis_columns(), self)
        for view, model in (
            (self.ui.teDoenView, self.te_doen),
            (self.ui.gebeurtenissenView, self.gebeurtenissen),
            (self.ui.mentorenView, self.mentoren),
            (self.ui.auditView, self.audit),
        ):
            view.setModel(model)
            _fit(view)
        self.ui.wijzigKnop.clicked.connect(self.wijzigen_gevraagd)
        self.ui.mentorKnop.clicked.connect(self.mentor_gevraagd)
        self.ui.vastleggenKnop.clicked.connect(self.vastleggen_gevraagd)
        self.ui.planKnop.clicked.connect(self.plan_gevraagd)
        self.ui.intrekkenKnop.clicked.connect(self.intrekken_gevraagd)
        # Sociaal netwerk (issue 9): a button beside the plan; the editor is its own window.
        self.netwerkKnop = QPushButton(self.tr("Sociaal netwerk…"), self.ui.tabGegevens)
        self.ui.gegevensKnoppen.insertWidget(1, self.netwerkKnop)
        self.netwerkKnop.clicked.connect(self.open_netwerk)
        self.netwerk_editors: dict[str, QWidget] = {}
        # Retention and destruction (issue 8): on its own line at the right, away from the everyday buttons
        # (and so the row stays narrow enough for a 1366-pixel screen at 125 % scaling).
        self.vernietigKnop = QPushButton(self.tr("Gegevens &vernietigen…"), self.ui.tabGegevens)
        vernietig_rij = QHBoxLayout()
        vernietig_rij.addStretch(1)
        vernietig_rij.addWidget(self.vernietigKnop)
        gegevens_layout = self.ui.tabGegevens.layout()
        assert isinstance(gegevens_layout, QVBoxLayout)
        gegevens_layout.addLayout(vernietig_rij)
        self.vernietigKnop.clicked.connect(self.vernietig)
        # Quickscan and signaleringsplannen (Norm 4.1), after the Gesprekken tab.
        self.formulieren = FormulierenTab(services, self)
        plek = self.ui.tabs.indexOf(self.ui.tabGesprekken) + 1
        self.ui.tabs.insertTab(plek, self.formulieren, self.tr("&Formulieren"))
        self.getoond.connect(lambda jongere_id: self.formulieren.toon(jongere_id or None))
        # Correction requests (Norm 7.1c), after Formulieren; accepting one leads to the Gegevens tab.
        self.correcties = CorrectiesTab(services, self)
        self.ui.tabs.insertTab(plek + 1, self.correcties, self.tr("&Correcties"))
        self.getoond.connect(lambda jongere_id: self.correcties.toon(jongere_id or None))
        self.correcties.corrigeren_gevraagd.connect(self.naar_gegevens)
        self.correcties.gewijzigd.connect(self.ververs_logboek)
        self.show_empty()

    def show_empty(self) -> None:
        self.jongere = None
        self.ui.titel.setText(self.tr("Kies een jongere in de lijst"))
        self.ui.ondertitel.setText(
            self.tr("Gebruik de pijltjestoetsen in de lijst; Ctrl+2 springt naar het dossier.")
        )
        self.ui.tabs.setEnabled(False)
        self.getoond.emit("")
        for model in (self.te_doen, self.mentoren, self.audit, self.gebeurtenissen):
            model.set_records([])

    def show_jongere(self, jongere: Jongere) -> None:
        self.jongere = jongere
        today = self.services.ctx.today()
        g = jongere.gegevens
        self.ui.tabs.setEnabled(True)
        self.ui.titel.setText(jongere.naam)
        te_laat = sum(1 for i in jongere.due if i.urgentie(today) == Urgentie.TE_LAAT)
        jaar = self.tr("%1 jaar").replace("%1", str(jongere.leeftijd(today)))
        status = f"{jaar} · {jongere.locatie_naam}"
        if te_laat:
            status += " · " + self.tr("%1 te laat").replace("%1", str(te_laat))
        bewaard, wacht = sync_kolom.buiten_bereik_regel(self.services, jongere.id)
        self.ui.ondertitel.setText(status + bewaard)
        self.ui.ondertitel.setToolTip(wacht)
        ui = self.ui
        ui.valGeboortedatum.setText(f"{datum(g.geboortedatum)} ({jaar})")
        ui.valHerkomst.setText(g.geboorteland or "–")
        ui.valTalen.setText(", ".join(g.talen) or "–")
        ui.valTelefoon.setText(g.telefoon or "–")
        ui.valLocatie.setText(jongere.locatie_naam)
        ui.valPlaatsing.setText(datum(g.plaatsing))
        ui.valKennismaking.setText(
            datum(g.kennismaking) if g.kennismaking else self.tr("nog niet vastgelegd")
        )
        ui.valVerkenning.setText(datum((g.kennismaking or g.plaatsing) + ZES_WEKEN))
        ui.valVertrek.setText(datum(g.vertrek) if g.vertrek else self.tr("woont hier"))
        if g.verlengde_opvang_start:
            einde = datum(birthday(g.geboortedatum, 21))
            ui.valVerlengdeOpvang.setText(
                self.tr("sinds %1, uiterlijk tot %2")
                .replace("%1", datum(g.verlengde_opvang_start))
                .replace("%2", einde)
            )
        else:
            ui.valVerlengdeOpvang.setText(
                self.tr("nee (18 jaar op %1)").replace("%1", datum(birthday(g.geboortedatum, 18)))
            )
        mentor = jongere.mentor
        ui.valMentor.setText(
            self.tr("%1 (sinds %2)").replace("%1", mentor.medewerker_naam).replace("%2", datum(mentor.van))
            if mentor
            else self.tr("geen mentor")
        )
        jb = [g.jeugdbeschermer_naam, g.jeugdbeschermer_telefoon, g.jeugdbeschermer_email]
        ui.valJeugdbeschermer.setText(" · ".join(p for p in jb if p) or "–")
        ui.valNotities.setText(g.notities or "–")
        self.te_doen.set_records(jongere.due)
        self.gebeurtenissen.set_records(jongere.gebeurtenissen)
        self.getoond.emit(jongere.id)
        self.ui.intrekkenKnop.setEnabled(bool(jongere.gebeurtenissen))
        # Only a teamleider or admin changes the mentor (domain.rechten); the service checks as well.
        self.ui.mentorKnop.setEnabled(mag_nu(self.services.ctx, Actie.MENTOR_WIJZIGEN, jongere.id))
        self.mentoren.set_records(list(reversed(jongere.mentoren)))
        self.audit.set_records(self.services.jongeren.audit_trail(jongere.id))

    def open_netwerk(self) -> QWidget | None:
        """Open (or bring forward) the sociaal netwerk editor of the jongere shown."""
        if self.jongere is None:
            return None
        editor = self.netwerk_editors.get(self.jongere.id)
        if editor is None or not editor.isVisible():
            editor = NetwerkEditor(self.services, self.jongere.id, self)
            editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            editor.destroyed.connect(lambda _o=None, j=self.jongere.id: self.netwerk_editors.pop(j, None))
            self.netwerk_editors[self.jongere.id] = editor
        editor.show()
        editor.raise_()
        editor.activateWindow()
        return editor

    def vernietig(self) -> bool:
        """Ask to destroy the jongere shown (a confirm dialog that may refuse); True when destroyed."""
        if self.jongere is None:
            return False
        jongere_id = self.jongere.id
        if VernietigDialog(self.services, jongere_id, self).exec() != VernietigDialog.DialogCode.Accepted:
            return False
        self.show_empty()
        self.vernietigd.emit(jongere_id)
        return True

    def selected_due(self) -> DueItem | None:
        index = self.ui.teDoenView.currentIndex()
        return self.te_doen.record(index.row()) if index.isValid() else None

    def selected_gebeurtenis(self) -> Gebeurtenis | None:
        index = self.ui.gebeurtenissenView.currentIndex()
        return self.gebeurtenissen.record(index.row()) if index.isValid() else None

    def naar_gegevens(self) -> None:
        """Show the Gegevens tab with the edit button focused: where an accepted correction is made."""
        self.ui.tabs.setCurrentWidget(self.ui.tabGegevens)
        self.ui.wijzigKnop.setFocus(Qt.FocusReason.OtherFocusReason)

    def ververs_logboek(self) -> None:
        if self.jongere is not None:
            self.audit.set_records(self.services.jongeren.audit_trail(self.jongere.id))

    def focus_tabs(self) -> None:
        self.ui.tabs.setFocus(Qt.FocusReason.ShortcutFocusReason)
