"""The main window: a location's jongeren on the left, the chosen jongere's dossier on the right."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QItemSelection,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QMainWindow, QMessageBox, QWidget

from kso_desktop import __version__
from kso_desktop.domain.entities import Jongere
from kso_desktop.domain.rechten import Actie
from kso_desktop.domain.rules import Urgentie
from kso_desktop.domain.validation import ValidationError
from kso_desktop.gui import sync_view, taal
from kso_desktop.gui.dashboard import DashboardView
from kso_desktop.gui.domeinteksten import domein
from kso_desktop.gui.dossier import DossierView
from kso_desktop.gui.forms.ui_main_window import Ui_MainWindow
from kso_desktop.gui.gesprekken import GesprekkenTab
from kso_desktop.gui.inzage_export import InzageExport
from kso_desktop.gui.overdracht import OverdrachtPanel
from kso_desktop.gui.presentation import jongeren_columns, tijd
from kso_desktop.gui.sync_kolom import SyncStaatModel
from kso_desktop.gui.table_model import SORT_ROLE
from kso_desktop.gui.vergrendeling import VergrendelController
from kso_desktop.services.rechten import mag_nu
from kso_desktop.services.registry import Services

ALLE_LOCATIES = "__alle__"


class JongereEditor(Protocol):
    """A dialog that edits one jongere and keeps the saved result."""

    saved: Jongere | None

    def exec(self) -> int: ...


#: Arrowing through the list opens a dossier only once the selection rests, so every dossier
#: that is really looked at is logged as "ingezien", and skimming past one is not.
DOSSIER_DELAY_MS = 250

SNELTOETSEN = str(
    QT_TRANSLATE_NOOP(
        "MainWindow",
        """<table cellpadding=3>
<tr><td><b>Alt+L</b></td><td>Locatie kiezen</td></tr>
<tr><td><b>Ctrl+F</b></td><td>Zoeken in de lijst</td></tr>
<tr><td><b>Ctrl+1</b> / <b>Ctrl+2</b></td><td>Naar de lijst / naar het dossier</td></tr>
<tr><td><b>Ctrl+3</b> / <b>Ctrl+4</b></td><td>Wat moet er gebeuren / overdracht</td></tr>
<tr><td><b>Ctrl+T</b></td><td>Tweegesprek vastleggen (in het dossier, tab Gesprekken)</td></tr>
<tr><td><b>Alt+G</b></td><td>Overdracht gelezen</td></tr>
<tr><td><b>Ctrl+N</b></td><td>Nieuwe jongere</td></tr>
<tr><td><b>Ctrl+E</b></td><td>Gegevens van de jongere wijzigen</td></tr>
<tr><td><b>Ctrl+M</b></td><td>Mentor wijzigen</td></tr>
<tr><td><b>Ctrl+P</b></td><td>Begeleidingsplan openen</td></tr>
<tr><td><b>Ctrl+P</b> in plan/driegesprek</td><td>Afdrukken: Mijn plan, verslag, agenda</td></tr>
<tr><td><b>Ctrl+G</b></td><td>Vastleggen wat er gebeurd is (plan, driegesprek, ...)</td></tr>
<tr><td><b>Ctrl+Shift+I</b></td><td>Inzage-export (AVG): alles over de jongere als PDF en JSON</td></tr>
<tr><td><b>Alt+I</b></td><td>Kiezen wie er nu werkt</td></tr>
<tr><td><b>Ctrl+L</b></td><td>Vergrendelen (ontgrendelen met je pincode)</td></tr>
<tr><td><b>F5</b></td><td>Vernieuwen</td></tr>
<tr><td><b>Ctrl+Q</b></td><td>Afsluiten</td></tr>
</table>""",
    )
)


class MainWindow(QMainWindow):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.ui = ui = Ui_MainWindow()
        ui.setupUi(self)
        self.setWindowTitle(self.tr("KSO Desktop"))
        self.dossier = DossierView(services, ui.dossierHost)
        ui.dossierHostLayout.addWidget(self.dossier)
        self.dashboard = DashboardView(services, ui.tabWatMoetEr)
        ui.dashboardLayout.addWidget(self.dashboard)
        self.overdracht = OverdrachtPanel(services, ui.tabOverdracht)
        ui.overdrachtLayout.addWidget(self.overdracht)
        self.gesprekken = GesprekkenTab(services, self.dossier.ui.tabGesprekken)
        self.dossier.ui.gesprekkenLayout.addWidget(self.gesprekken)

        self.model = SyncStaatModel(
            jongeren_columns(services.ctx.today()),
            services,
            lambda r: r.id,
            self,
            # Last: what is due ("Eerstvolgende") matters more on a shift than whether it reached the portal.
            buiten_bereik=True,
        )
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        ui.jongerenView.setModel(self.proxy)
        ui.jongerenView.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = ui.jongerenView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)

        self._dossier_timer = QTimer(self, singleShot=True, interval=DOSSIER_DELAY_MS)
        self._dossier_timer.timeout.connect(self._open_selected)

        ui.locatieCombo.currentIndexChanged.connect(self.refresh)
        ui.medewerkerCombo.activated.connect(self._switch_medewerker)
        ui.zoekEdit.textChanged.connect(self.proxy.setFilterFixedString)
        ui.jongerenView.selectionModel().selectionChanged.connect(self._selection_changed)
        ui.jongerenView.activated.connect(lambda _i: self._open_and_focus())
        ui.actionVernieuwen.triggered.connect(self.refresh)
        ui.actionAfsluiten.triggered.connect(self.close)
        ui.actionNieuweJongere.triggered.connect(self.new_jongere)
        ui.actionWijzigJongere.triggered.connect(self.edit_jongere)
        ui.actionMentorWijzigen.triggered.connect(self.change_mentor)
        ui.actionVastleggen.triggered.connect(self.record_event)
        ui.actionBegeleidingsplan.triggered.connect(self.open_plan)
        # Inzage-export (AVG art. 15, Norm 7.1c): after Vastleggen in the Jongere menu.
        self.inzage_export = InzageExport(self, services)
        self.actionInzage = QAction(self.tr("&Inzage-export (AVG)…"), self)
        self.actionInzage.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.actionInzage.setStatusTip(self.tr("Alles wat over deze jongere is vastgelegd, als PDF en JSON"))
        acties = ui.menuJongere.actions()
        ui.menuJongere.insertAction(acties[acties.index(ui.actionVastleggen) + 1], self.actionInzage)
        self.actionInzage.triggered.connect(self.export_inzage)
        ui.herstelKnop.clicked.connect(self._open_recovered_plan)
        ui.actionNaarLijst.triggered.connect(lambda: self._show_left(ui.tabJongeren, ui.jongerenView))
        ui.actionNaarDossier.triggered.connect(self._open_and_focus)
        ui.actionLocaties.triggered.connect(self.manage_locaties)
        ui.actionMedewerkers.triggered.connect(self.manage_medewerkers)
        ui.actionSneltoetsen.triggered.connect(self.show_shortcuts)
        ui.actionOver.triggered.connect(self.show_about)
        ui.actionTaal.triggered.connect(lambda: taal.kies_taal(self))
        self.dossier.wijzigen_gevraagd.connect(self.edit_jongere)
        self.dossier.mentor_gevraagd.connect(self.change_mentor)
        self.dossier.vastleggen_gevraagd.connect(self.record_event)
        self.dossier.plan_gevraagd.connect(self.open_plan)
        self.dashboard.openen.connect(self._open_due)
        self._dashboard_stale = True
        ui.linksTabs.currentChanged.connect(self._left_tab_changed)
        self.overdracht.ongelezen.connect(self._show_unread)
        self.gesprekken.gewijzigd.connect(self.refresh)
        self.dossier.getoond.connect(lambda jongere_id: self.gesprekken.toon(jongere_id or None))
        ui.actionWatMoetEr.triggered.connect(lambda: self._show_left(ui.tabWatMoetEr, self.dashboard))
        ui.actionOverdracht.triggered.connect(lambda: self._show_left(ui.tabOverdracht, self.overdracht))
        self.dossier.intrekken_gevraagd.connect(self.withdraw_event)
        self.dossier.vernietigd.connect(lambda _id: self.refresh())
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)
        self.vergrendeling = VergrendelController(services, self)  # idle lock, Ctrl+L, sign-in
        self.vergrendeling.voeg_menu_toe(ui.menuBestand, ui.actionAfsluiten)
        self.vergrendeling.ontgrendeld.connect(self._na_ontgrendelen)

        self.plan_editors: dict[str, QMainWindow] = {}
        self._load_locaties()
        self._load_medewerkers()
        self.refresh()
        self.show_recovered_work()
        self.sync_status = sync_view.install(self, services)
        self.sync_status.gesynchroniseerd.connect(self.refresh)
        self.gesprekken.gewijzigd.connect(self.sync_status.sync_soon)
        ui.jongerenView.setFocus()

    # -- loading -----------------------------------------------------------
    def _load_locaties(self, select: str | None = None) -> None:
        combo = self.ui.locatieCombo
        current = select or combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        locaties = self.services.organisatie.locaties()
        for loc in locaties:
            combo.addItem(
                self.tr("%1 · %2 jongeren").replace("%1", loc.label).replace("%2", str(loc.aantal_jongeren)),
                loc.id,
            )
        combo.addItem(self.tr("Alle locaties"), ALLE_LOCATIES)
        if current is None:
            # Start on the location of whoever is working now: that is the group they look after.
            actor = self.services.actor.medewerker_id
            eigen = self.services.organisatie.medewerker(actor).gegevens.locatie_ids if actor else ()
            current = eigen[0] if eigen else None
        index = combo.findData(current)
        combo.setCurrentIndex(index if index >= 0 else 0)
        combo.blockSignals(False)

    def _load_medewerkers(self) -> None:
        combo = self.ui.medewerkerCombo
        combo.clear()
        actor = self.services.actor
        if actor.medewerker_id is None:
            combo.addItem(f"({actor.naam})", None)
        for w in self.services.organisatie.medewerkers(alleen_actief=True):
            combo.addItem(f"{w.naam} ({domein(w.gegevens.rol).lower()})", w.id)
        combo.setCurrentIndex(max(combo.findData(actor.medewerker_id), 0))

    def current_locatie_id(self) -> str | None:
        data = self.ui.locatieCombo.currentData()
        return None if data in (None, ALLE_LOCATIES) else str(data)

    def refresh(self) -> None:
        keep = self.selected_id()
        regels = self.services.jongeren.lijst(self.current_locatie_id())
        self.model.set_records(regels)
        today = self.services.ctx.today()
        te_laat = sum(1 for r in regels if r.volgende and r.volgende.urgentie(today) == Urgentie.TE_LAAT)
        self.statusBar().showMessage(
            self.tr("%1 jongeren · %2 met iets dat te laat is · wijzigingen op naam van %3")
            .replace("%1", str(len(regels)))
            .replace("%2", str(te_laat))
            .replace("%3", self.services.actor.naam)
        )
        # Beheer is for who may (domain.rechten); the services refuse it as well.
        self.ui.actionLocaties.setEnabled(mag_nu(self.services.ctx, Actie.LOCATIES_BEHEREN))
        self.ui.actionMedewerkers.setEnabled(mag_nu(self.services.ctx, Actie.MEDEWERKERS_BEHEREN))
        locatie_id = self.current_locatie_id()
        if self.ui.linksTabs.currentWidget() is self.ui.tabWatMoetEr:
            self.dashboard.toon(locatie_id)
        else:
            self._dashboard_stale = True  # filled when its tab is shown: not on every start and refresh
        self.overdracht.toon(locatie_id)
        if keep and self.select_jongere(keep):
            # The same dossier, refreshed: already logged as seen when it was opened.
            self.dossier.show_jongere(self.services.jongeren.get(keep))
        elif self.proxy.rowCount():
            self.ui.jongerenView.selectRow(0)
        else:
            self.dossier.show_empty()

    # -- selection ---------------------------------------------------------
    def selected_id(self) -> str | None:
        rows = self.ui.jongerenView.selectionModel().selectedRows()
        if not rows:
            return None
        return str(self.model.record(self.proxy.mapToSource(rows[0]).row()).id)

    def select_jongere(self, jongere_id: str) -> bool:
        for row in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(row, 0))
            if self.model.record(source.row()).id == jongere_id:
                self.ui.jongerenView.selectRow(row)
                return True
        return False

    def show_jongere(self, jongere_id: str) -> bool:
        """Select a jongere anywhere: switch to their location first when the list shows another one."""
        if self.select_jongere(jongere_id):
            return True
        locatie_id = self.services.jongeren.get(jongere_id).gegevens.locatie_id
        index = self.ui.locatieCombo.findData(locatie_id)
        if index < 0:
            index = self.ui.locatieCombo.findData(ALLE_LOCATIES)
        self.ui.locatieCombo.setCurrentIndex(index)
        return self.select_jongere(jongere_id)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        shown = self.dossier.jongere.id if self.dossier.jongere else None
        if self.selected_id() != shown:
            self._dossier_timer.start()

    def _open_selected(self) -> None:
        self._dossier_timer.stop()
        if self.vergrendeling.vergrendeld:
            return  # nobody can see it: not opened, not logged as seen (opened after sign-in)
        jongere_id = self.selected_id()
        if jongere_id is None:
            self.dossier.show_empty()
            return
        if self.dossier.jongere is not None and self.dossier.jongere.id == jongere_id:
            return  # already open (and logged as seen)
        try:
            self.dossier.show_jongere(self.services.jongeren.open_dossier(jongere_id))
        except ValidationError as exc:
            self._error(exc.message)

    def _na_ontgrendelen(self, _gewisseld: bool) -> None:
        """After sign-in the dossier on screen is seen (again) by whoever signed in: logged on their name."""
        if self.dossier.jongere is not None:
            self.services.jongeren.open_dossier(self.dossier.jongere.id)
        else:
            self._open_selected()

    def _open_and_focus(self) -> None:
        if self.selected_id() is not None:
            self._open_selected()
            self.dossier.focus_tabs()

    # -- left-hand tabs: list, what must happen, handover --------------------------
    def _show_left(self, tab: QWidget, focus: QWidget) -> None:
        self.ui.linksTabs.setCurrentWidget(tab)
        focus.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _left_tab_changed(self, _index: int) -> None:
        if self.ui.linksTabs.currentWidget() is self.ui.tabWatMoetEr and self._dashboard_stale:
            self._dashboard_stale = False
            self.dashboard.toon(self.current_locatie_id())

    def _show_unread(self, aantal: int) -> None:
        titel = self.tr("&Overdracht (%1)").replace("%1", str(aantal)) if aantal else self.tr("&Overdracht")
        self.ui.linksTabs.setTabText(self.ui.linksTabs.indexOf(self.ui.tabOverdracht), titel)

    def _open_due(self, jongere_id: str, soort: str) -> None:
        """Enter on a due item opens the screen where it gets done (one keystroke, as the issue asks)."""
        self.show_jongere(jongere_id)
        self._open_selected()
        if soort in {"begeleidingsplan", "plan_verlengde_opvang", "plan_portaal"}:
            self.open_plan(jongere_id)
        elif soort in {"driegesprek", "verslag_portaal"}:
            self.dossier.ui.tabs.setCurrentWidget(self.dossier.ui.tabGesprekken)
            self.gesprekken.voorbereiden()
        else:
            self.dossier.ui.tabs.setCurrentWidget(self.dossier.ui.tabTeDoen)
            self.dossier.focus_tabs()

    # -- plans ---------------------------------------------------------------
    def show_recovered_work(self) -> None:
        """After a crash or power cut: say that unsaved plan or gesprek edits were kept, and offer them."""
        plannen = self.services.plannen.herstelpunten()
        gesprekken = self.services.gesprekken.herstelpunten()
        nieuwste_gesprek = gesprekken[0] if gesprekken else None
        if nieuwste_gesprek and plannen and plannen[0].opgeslagen_op > nieuwste_gesprek.opgeslagen_op:
            nieuwste_gesprek = None  # the newest kept work is a plan: that one is offered
        self._recovered_gesprek = nieuwste_gesprek
        self._recovered = (
            nieuwste_gesprek.jongere_id
            if nieuwste_gesprek is not None
            else (plannen[0].jongere_id if plannen else None)
        )
        aantal = len(plannen) + len(gesprekken)
        self.ui.herstelBanner.setVisible(aantal > 0)
        if not aantal:
            return
        if nieuwste_gesprek is not None:
            g = nieuwste_gesprek
            meer = (
                self.tr(" (en nog %1 ander(e) gesprek(ken) of plan(nen))").replace("%1", str(aantal - 1))
                if aantal > 1
                else ""
            )
            self.ui.herstelTekst.setText(
                self.tr(
                    "Niet-opgeslagen tekst in een %1 met %2%3 van %4 is bewaard gebleven. Open het gesprek "
                    "om het op te slaan."
                )
                .replace("%1", str(domein(g.soort).lower()))
                .replace("%2", str(g.jongere_naam))
                .replace("%3", str(meer))
                .replace("%4", str(tijd(g.opgeslagen_op)))
            )
        else:
            h = plannen[0]
            meer = (
                self.tr(" (en nog %1 plan(nen) of gesprek(ken))").replace("%1", str(aantal - 1))
                if aantal > 1
                else ""
            )
            self.ui.herstelTekst.setText(
                self.tr(
                    "Niet-opgeslagen wijzigingen in het begeleidingsplan van %1%2 van %3 zijn bewaard "
                    "gebleven. Open het plan om ze op te slaan."
                )
                .replace("%1", str(h.jongere_naam))
                .replace("%2", str(meer))
                .replace("%3", str(tijd(h.opgeslagen_op)))
            )

    def _open_recovered_plan(self) -> None:
        """Open the kept work the banner names: the plan editor, or the gesprek in the Gesprekken tab."""
        if self._recovered is None:
            return
        herstel = self._recovered_gesprek
        self.show_jongere(self._recovered)
        if herstel is None:
            self.open_plan(self._recovered)
            return
        self.dossier.ui.tabs.setCurrentWidget(self.dossier.ui.tabGesprekken)
        self.gesprekken.open_herstelpunt(herstel)
        self.show_recovered_work()

    def open_plan(self, jongere_id: str | None = None) -> None:
        """Open (or bring forward) the plan editor of a jongere; each plan has one window."""
        from kso_desktop.gui.plan_editor import PlanEditor  # loaded on first use: faster start

        target = jongere_id or (self.dossier.jongere.id if self.dossier.jongere else None)
        if target is None:
            return
        editor = self.plan_editors.get(target)
        if editor is None or not editor.isVisible():
            editor = PlanEditor(self.services, target, parent=self)
            editor.destroyed.connect(lambda *_: self.plan_editors.pop(target, None))
            self.plan_editors[target] = editor
            editor.resize(min(1366, self.width()), min(768, self.height()))
        editor.show()
        editor.raise_()
        editor.activateWindow()
        self.show_recovered_work()

    # -- actions -----------------------------------------------------------
    def _focus_search(self) -> None:
        self.ui.zoekEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.zoekEdit.selectAll()

    def _switch_medewerker(self, index: int) -> None:
        medewerker_id = self.ui.medewerkerCombo.itemData(index)
        if medewerker_id and not self.vergrendeling.wissel_toegestaan(str(medewerker_id)):
            return  # PINs in use and the PIN was not given: the combo went back
        if medewerker_id:
            self.services.act_as(str(medewerker_id), remember=True)
            self.refresh()  # "mijn jongeren" and unread handover notes depend on who works now
            self.show_recovered_work()

    def new_jongere(self) -> None:
        from kso_desktop.gui.dialogs import JongereDialog  # loaded on first use: faster start

        dialog = JongereDialog(self.services, locatie_id=self.current_locatie_id(), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self._after_save(dialog.saved.id, dialog.saved.gegevens.locatie_id)

    def edit_jongere(self) -> None:
        from kso_desktop.gui.dialogs import JongereDialog  # loaded on first use: faster start

        self._edit_current(lambda j: JongereDialog(self.services, j, parent=self))

    def change_mentor(self) -> None:
        from kso_desktop.gui.dialogs import MentorDialog

        self._edit_current(lambda j: MentorDialog(self.services, j, parent=self), self.dossier.ui.tabMentoren)

    def record_event(self) -> None:
        from kso_desktop.gui.dialogs import GebeurtenisDialog

        due = self.dossier.selected_due()
        soort = due.kind.afgerond_door if due else None
        self._edit_current(
            lambda j: GebeurtenisDialog(self.services, j, soort, parent=self), self.dossier.ui.tabTeDoen
        )

    def _edit_current(
        self, make_dialog: Callable[[Jongere], JongereEditor], tab: QWidget | None = None
    ) -> None:
        """Open an editor on the jongere in the dossier; after a save, show the result (on ``tab``)."""
        jongere = self.dossier.jongere
        if jongere is None:
            return
        dialog = make_dialog(jongere)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self._after_save(dialog.saved.id, dialog.saved.gegevens.locatie_id)
            if tab is not None:
                self.dossier.ui.tabs.setCurrentWidget(tab)

    def export_inzage(self) -> None:
        if self.dossier.jongere is not None:
            self.inzage_export.vraag_en_start(self.dossier.jongere)

    def withdraw_event(self) -> None:
        jongere = self.dossier.jongere
        gebeurtenis = self.dossier.selected_gebeurtenis()
        if jongere is None:
            return
        if gebeurtenis is None:
            self._error(self.tr("Kies eerst in de lijst 'Vastgelegd' wat je wilt intrekken."))
            return
        vraag = (
            self.tr(
                "'%1' van %2 intrekken?\n\nDoe dit alleen bij een vergissing. De intrekking blijft "
                "zichtbaar in het logboek."
            )
            .replace("%1", str(domein(gebeurtenis.soort)))
            .replace("%2", f"{gebeurtenis.datum:%d-%m-%Y}")
        )
        nee = QMessageBox.StandardButton.No
        # Taking back a record is the exception: Enter alone must not do it.
        antwoord = QMessageBox.question(
            self, self.tr("Vastlegging intrekken"), vraag, QMessageBox.StandardButton.Yes | nee, nee
        )
        if antwoord == QMessageBox.StandardButton.Yes:
            self.services.jongeren.withdraw_event(jongere.id, gebeurtenis.id)
            self._after_save(jongere.id, None)

    def changeEvent(self, event: QEvent) -> None:
        # Back from a plan window or a dialog: plans and events move deadlines, so show them fresh.
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() and self.isVisible():
            self.refresh()
            self.show_recovered_work()
        super().changeEvent(event)

    def _after_save(self, jongere_id: str, locatie_id: str | None) -> None:
        current = self.current_locatie_id()
        if locatie_id is not None and current is not None and current != locatie_id:
            self._load_locaties(select=locatie_id)
        else:
            self._load_locaties()
        self.refresh()
        if self.select_jongere(jongere_id):
            self.dossier.show_jongere(self.services.jongeren.get(jongere_id))

    def manage_locaties(self) -> None:
        from kso_desktop.gui.dialogs import locaties_dialog  # loaded on first use: faster start

        locaties_dialog(self.services, self).exec()
        self._load_locaties()
        self.refresh()

    def manage_medewerkers(self) -> None:
        from kso_desktop.gui.dialogs import medewerkers_dialog  # loaded on first use: faster start

        medewerkers_dialog(self.services, self).exec()
        self._load_medewerkers()
        self.refresh()

    def show_shortcuts(self) -> None:
        QMessageBox.information(self, self.tr("Sneltoetsen"), self.tr(SNELTOETSEN))

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Over KSO Desktop"),
            self.tr(
                "<b>KSO Desktop %1</b><br>Voor woonbegeleiders in de Kleinschalige Opvang.<br>Werkt "
                "volgens het kwaliteitskader KSO van Nidos."
            ).replace("%1", str(__version__)),
        )

    def _error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("KSO Desktop"), message)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Plan windows ask about unsaved edits themselves; closing the app must go through them.
        for editor in list(self.plan_editors.values()):
            if editor.isVisible() and not editor.close():
                event.ignore()
                return
        self._dossier_timer.stop()
        self.sync_status.stop()  # a running sync ends at its next safe point instead of holding up the exit
        super().closeEvent(event)

    def index_of(self, jongere_id: str) -> QModelIndex:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.model.record(self.proxy.mapToSource(index).row()).id == jongere_id:
                return index
        return QModelIndex()
