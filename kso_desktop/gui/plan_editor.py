"""The begeleidingsplan editor: one window per jongere, with herstelpunten (autosave) and versions."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kso_desktop.domain.dates import birthday
from kso_desktop.domain.enums import Leefgebied, Niveau
from kso_desktop.domain.plan import (
    Deelnemers,
    Doel,
    LeefgebiedInhoud,
    PlandeelDefinitie,
    PlanInhoud,
    PlanTemplate,
    PlanVersie,
)
from kso_desktop.domain.rechten import Actie as Recht
from kso_desktop.domain.rechten import is_afgeschermd
from kso_desktop.domain.validation import ValidationError
from kso_desktop.gui.afdrukken import Afdrukken, afdruk_actie, afdrukken
from kso_desktop.gui.domeinteksten import domein
from kso_desktop.gui.forms.ui_leefgebied_pagina import Ui_LeefgebiedPagina
from kso_desktop.gui.forms.ui_plan_editor import Ui_PlanEditor
from kso_desktop.gui.netwerk_editor import NetwerkEditor
from kso_desktop.gui.plan_dialogs import DoelDialog, EvaluatieDialog, VaststellenDialog, VergelijkDialog
from kso_desktop.gui.plan_overzicht import PlanOverzicht
from kso_desktop.gui.presentation import GRIJS, als_kop, datum, tijd
from kso_desktop.gui.sync_kolom import SyncStaatModel
from kso_desktop.gui.table_model import Column, RecordTableModel
from kso_desktop.services.afdrukken import DocumentSoort
from kso_desktop.services.context import AMSTERDAM
from kso_desktop.services.plannen import Herstelpunt, VersieInfo
from kso_desktop.services.rechten import mag_nu
from kso_desktop.services.registry import Services
from kso_desktop.storage.errors import StorageError

#: Typing is kept as a herstelpunt this long after the last keystroke: a crash loses seconds, not work.
AUTOSAVE_MS = 2000

#: The plan-wide parts, grouped into pages the way a mentor talks them through with the jongere.
DEEL_GROEPEN: tuple[tuple[str, tuple[str, ...]], ...] = (
    (str(QT_TRANSLATE_NOOP("PlanEditor", "Sterke kanten en dromen")), ("sterke_kanten", "dromen")),
    (str(QT_TRANSLATE_NOOP("PlanEditor", "Draagkracht en draaglast")), ("draagkracht", "draaglast")),
    (str(QT_TRANSLATE_NOOP("PlanEditor", "Veiligheid")), ("veiligheid",)),
    (str(QT_TRANSLATE_NOOP("PlanEditor", "Verlengde Opvang")), ("verlengde_opvang",)),
)
DEEL_NOTITIES = {
    "veiligheid": str(
        QT_TRANSLATE_NOOP("PlanEditor", "Quickscan en signaleringsplan: dossier, tab Formulieren.")
    )
}

#: Alt+letters already taken in the window (menus "Plan" and "Ga naar", "Herstelpunt verwerpen").
_BEZETTE_LETTERS = frozenset("pnv")

_HERSTEL_STIJL = "#herstelBanner { background: #ffec99; border: 1px solid #c9a000; border-radius: 4px; }"
_VASTGESTELD_STIJL = (
    "#vastgesteldBanner { background: #e3f0fb; border: 1px solid #90b8de; border-radius: 4px; }"
)
# Advice, not an alarm: calmer than the yellow herstel banner, which asks for action.
_WAARSCHUWING_STIJL = (
    "QLabel { background: #eef3f8; color: #1f3347; border: 1px solid #c5d3e3; border-radius: 4px;"
    " padding: 4px; }"
)


def _met_sneltoets(tekst: str, bezet: set[str]) -> str:
    """The label with an Alt+letter that no other visible field uses (none if all letters are taken)."""
    veilig = tekst.replace("&", "&&")
    for i, teken in enumerate(veilig):
        if teken.isalpha() and teken.lower() not in bezet:
            bezet.add(teken.lower())
            return f"{veilig[:i]}&{veilig[i:]}"
    return veilig


def doel_columns() -> list[Column]:
    def laatste_evaluatie(d: Doel) -> str:
        return datum(max(e.datum for e in d.evaluaties)) if d.evaluaties else "–"

    return [
        Column(
            QCoreApplication.translate("Kolommen", "In eigen woorden"),
            lambda d: d.eigen_woorden or "–",
            tooltip=lambda d: d.eigen_woorden,
        ),
        Column(
            QCoreApplication.translate("Kolommen", "Professioneel"),
            lambda d: d.professioneel or "–",
            tooltip=lambda d: d.professioneel,
        ),
        Column(QCoreApplication.translate("Kolommen", "Status"), lambda d: domein(d.status)),
        Column(
            QCoreApplication.translate("Kolommen", "Streefdatum"),
            lambda d: datum(d.streefdatum),
            sort_key=lambda d: d.streefdatum.isoformat() if d.streefdatum else "9999",
        ),
        Column(
            QCoreApplication.translate("Kolommen", "Acties"),
            lambda d: str(len(d.acties)) if d.acties else "–",
            sort_key=lambda d: len(d.acties),
        ),
        Column(QCoreApplication.translate("Kolommen", "Laatste evaluatie"), laatste_evaluatie),
    ]


def versie_columns() -> list[Column]:
    return [
        Column(
            QCoreApplication.translate("Kolommen", "Versie"),
            lambda v: str(v.nummer),
            sort_key=lambda v: v.nummer,
        ),
        Column(QCoreApplication.translate("Kolommen", "Status"), lambda v: domein(v.status)),
        Column(
            QCoreApplication.translate("Kolommen", "Gestart"),
            lambda v: datum(v.gestart_op),
            sort_key=lambda v: v.gestart_op.isoformat(),
        ),
        Column(
            QCoreApplication.translate("Kolommen", "Vastgesteld"),
            lambda v: (
                datum(v.vastgesteld_op)
                if v.vastgesteld_op
                else QCoreApplication.translate("plan_editor", "nog niet")
            ),
        ),
    ]


class LeefgebiedPagina(QWidget):
    """One leefgebied: zijn / worden / presteren, the score, and its goals."""

    def __init__(self, template: PlanTemplate, key: Leefgebied, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.ui = ui = Ui_LeefgebiedPagina()
        ui.setupUi(self)
        definitie = template.leefgebied(key)
        ui.titel.setText(domein(key))
        als_kop(ui.titel, 1.3)
        ui.norm.setText(
            QCoreApplication.translate("LeefgebiedPagina", "Norm %1").replace("%1", str(definitie.norm))
            if definitie.norm
            else ""
        )
        ui.norm.setStyleSheet(GRIJS)
        ui.hulpvragen.setText("  ·  ".join(definitie.hulpvragen))
        ui.hulpvragen.setStyleSheet(GRIJS)
        self.teksten: dict[Niveau, QPlainTextEdit] = {
            Niveau.ZIJN: ui.zijn,
            Niveau.WORDEN: ui.worden,
            Niveau.PRESTEREN: ui.presteren,
        }
        vragen = {
            Niveau.ZIJN: ui.vraag_zijn,
            Niveau.WORDEN: ui.vraag_worden,
            Niveau.PRESTEREN: ui.vraag_presteren,
        }
        for niveau, label in vragen.items():
            vraag = template.niveau_vraag(niveau)
            label.setText(vraag)
            label.setStyleSheet(GRIJS)
            self.teksten[niveau].setAccessibleName(f"{domein(key)} – {domein(niveau)}")
            self.teksten[niveau].setAccessibleDescription(vraag)
        for label in (ui.lbl_zijn, ui.lbl_worden, ui.lbl_presteren, ui.lbl_doelen):
            font = QFont(label.font())
            font.setBold(True)
            label.setFont(font)
        schaal = template.schaal
        ui.lbl_score.setText(QCoreApplication.translate("LeefgebiedPagina", "&Score:"))
        ui.lbl_score.setToolTip(schaal.titel)
        ui.score.setToolTip(schaal.titel)
        ui.score.addItem(QCoreApplication.translate("LeefgebiedPagina", "nog niet gescoord"), None)
        for n in schaal.niveaus:
            ui.score.addItem(f"{n.waarde} – {n.label}", n.waarde)
            ui.score.setItemData(ui.score.count() - 1, n.omschrijving, Qt.ItemDataRole.ToolTipRole)
        ui.score.currentIndexChanged.connect(self._toon_omschrijving)
        ui.scoreUitleg.setStyleSheet(GRIJS)
        self._schaal = schaal
        self._toon_omschrijving()
        self.doelen = RecordTableModel(doel_columns(), self)
        ui.doelenView.setModel(self.doelen)
        header = ui.doelenView.horizontalHeader()
        # The two goal texts share the room; the short columns take what their text needs.
        # The short columns get a width from their longest possible text (a status word, a date) once,
        # instead of measuring every cell of every goal whenever the list changes.
        metrics = ui.doelenView.fontMetrics()
        breed = {2: "Behaald", 3: "00-00-0000", 4: "Acties", 5: "Laatste evaluatie"}
        for column in range(self.doelen.columnCount()):
            if column < 2:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
                continue
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, metrics.horizontalAdvance(breed.get(column, "0000000000")) + 24)
        # Rows of two text lines, fixed: sizing every row to its text made a plan with years of goals
        # slow to open (bench/plan.py); the full text is in the tooltip and the goal dialog.
        rows = ui.doelenView.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(int(ui.doelenView.fontMetrics().lineSpacing() * 2.4))

    def _toon_omschrijving(self) -> None:
        waarde = self.ui.score.currentData()
        niveau = next((n for n in self._schaal.niveaus if n.waarde == waarde), None)
        self.ui.scoreUitleg.setText(niveau.omschrijving if niveau else self._schaal.titel)

    def score(self) -> int | None:
        waarde = self.ui.score.currentData()
        return None if waarde is None else int(waarde)

    def zet_score(self, waarde: int | None) -> None:
        index = 0 if waarde is None else self.ui.score.findData(waarde)
        self.ui.score.setCurrentIndex(max(index, 0))

    def gekozen_doel(self) -> Doel | None:
        index = self.ui.doelenView.currentIndex()
        return self.doelen.record(index.row()) if index.isValid() else None

    def toon_doelen(self, doelen: Iterable[Doel], kies: str | None = None) -> None:
        huidig = self.gekozen_doel()
        kies = kies or (huidig.id if huidig else None)
        lijst = list(doelen)
        self.doelen.set_records(lijst)
        rij = next((i for i, d in enumerate(lijst) if d.id == kies), 0 if lijst else -1)
        if rij >= 0:
            # Select without scrolling: selectRow() lays out every row of every (hidden) page.
            index = self.doelen.index(rij, 0)
            flags = QItemSelectionModel.SelectionFlag
            self.ui.doelenView.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)


class DelenPagina(QWidget):
    """Plan-wide parts (sterke kanten, draagkracht, ...): one text box per part of the template."""

    def __init__(
        self,
        titel: str,
        delen: list[PlandeelDefinitie],
        notities: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        kop = QLabel(titel, self)
        als_kop(kop, 1.3)
        layout.addWidget(kop)
        self.edits: dict[str, QPlainTextEdit] = {}
        bezet = set(_BEZETTE_LETTERS)
        for deel in delen:
            label = QLabel(_met_sneltoets(deel.titel, bezet), self)
            font = QFont(label.font())
            font.setBold(True)
            label.setFont(font)
            norm = f" (Norm {deel.norm})" if deel.norm else ""
            vraag = QLabel(f"{deel.vraag}{norm}", self)
            vraag.setWordWrap(True)
            vraag.setStyleSheet(GRIJS)
            edit = QPlainTextEdit(self)
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(110)
            edit.setAccessibleName(deel.titel)
            edit.setAccessibleDescription(deel.vraag)
            label.setBuddy(edit)
            layout.addWidget(label)
            layout.addWidget(vraag)
            layout.addWidget(edit, 1)
            if deel.key in notities:
                notitie = QLabel(notities[deel.key], self)
                notitie.setTextFormat(Qt.TextFormat.PlainText)  # may quote titles from form definitions
                notitie.setWordWrap(True)
                notitie.setStyleSheet("QLabel { color: #4a3600; font-style: italic; }")
                layout.addWidget(notitie)
            self.edits[deel.key] = edit


class PlanEditor(QMainWindow):
    """Edits the newest version of one jongere's plan; a vastgesteld version is shown read-only."""

    def __init__(self, services: Services, jongere_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Closed means gone: the main window opens a fresh editor next time (and forgets this one).
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.services = services
        self.jongere_id = jongere_id
        self.netwerk_editor: NetwerkEditor | None = None
        self.jongere = services.jongeren.get(jongere_id)
        self.naam = self.jongere.naam
        self.ui = ui = Ui_PlanEditor()
        ui.setupUi(self)
        self.setWindowTitle(
            QCoreApplication.translate("PlanEditor", "Begeleidingsplan – %1").replace("%1", str(self.naam))
        )
        ui.naamLabel.setText(self.naam)
        als_kop(ui.naamLabel, 1.4)
        for label in (ui.overzichtTitel, ui.opgesteldTitel, ui.versiesTitel):
            als_kop(label, 1.3)
        ui.versieLabel.setStyleSheet(GRIJS)
        ui.herstelBanner.setStyleSheet(_HERSTEL_STIJL)
        ui.vastgesteldBanner.setStyleSheet(_VASTGESTELD_STIJL)
        ui.waarschuwingLabel.setStyleSheet(_WAARSCHUWING_STIJL)
        ui.waarschuwingLabel.hide()
        ui.navigatie.setStyleSheet("QListWidget::item { padding: 3px 4px; }")
        ui.herstelBanner.hide()
        ui.vastgesteldBanner.hide()

        self.versie: PlanVersie | None = None
        self.basis = PlanInhoud()
        self.base_rev = 0
        self._doelen: list[Doel] = []
        self._delen_buiten_sjabloon: dict[str, str] = {}
        self._dirty = False
        self._laden = False
        self._sjabloon: tuple[str, int] | None = None
        self.lg_paginas: dict[Leefgebied, LeefgebiedPagina] = {}
        self.deel_edits: dict[str, QPlainTextEdit] = {}
        self._paginas: list[QWidget] = []
        self._eerste_veld: dict[QWidget, QWidget] = {}
        self._dynamisch: list[QWidget] = []

        self.overzicht = PlanOverzicht(ui.overzichtPagina)
        ui.overzichtLayout.addWidget(self.overzicht, 1)
        self.overzicht.leefgebied_gekozen.connect(self._naar_leefgebied)
        self.versies = SyncStaatModel(versie_columns(), services, lambda v: v.id, self)
        ui.versiesView.setModel(self.versies)
        ui.versiesView.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        ui.versiesView.activated.connect(lambda _i: self.vergelijken())

        self.opslag_status = QLabel(self)
        ui.statusbar.addPermanentWidget(self.opslag_status)
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.bewaar_herstelpunt)

        ui.actionOpslaan.triggered.connect(self.opslaan)
        ui.actionVaststellen.triggered.connect(self.vaststellen)
        ui.actionNieuwConcept.triggered.connect(self.nieuw_concept)
        ui.actionDoelToevoegen.triggered.connect(self.doel_toevoegen)
        ui.actionVergelijken.triggered.connect(self.vergelijken)
        ui.actionSluiten.triggered.connect(self.close)
        ui.actionNaarNavigatie.triggered.connect(
            lambda: ui.navigatie.setFocus(Qt.FocusReason.ShortcutFocusReason)
        )
        ui.actionNaarPagina.triggered.connect(self._focus_pagina)
        ui.actionVorigePagina.triggered.connect(lambda: self._stap(-1))
        ui.actionVolgendePagina.triggered.connect(lambda: self._stap(1))
        ui.startKnop.clicked.connect(self.starten)
        ui.verwerpKnop.clicked.connect(self.verwerp_herstelpunt)
        ui.bannerNieuwConceptKnop.clicked.connect(ui.actionNieuwConcept.trigger)
        ui.nieuwConceptKnop.clicked.connect(ui.actionNieuwConcept.trigger)
        ui.vergelijkKnop.clicked.connect(self.vergelijken)
        ui.navigatie.currentRowChanged.connect(self._pagina_gekozen)
        ui.navigatie.itemActivated.connect(lambda _item: self._focus_pagina())
        for widget in (ui.woonbegeleider, ui.jeugdbeschermer, ui.anderen):
            widget.textChanged.connect(self._gewijzigd)
        ui.jongereDeedMee.toggled.connect(self._gewijzigd)
        # Alt+0 is the overview, Alt+1..6 the leefgebieden in plan order.
        QShortcut(QKeySequence("Alt+0"), self, lambda: self._naar_pagina(0))
        for nummer, key in enumerate(Leefgebied, start=1):
            QShortcut(QKeySequence(f"Alt+{nummer}"), self, lambda k=key: self._naar_leefgebied(k))

        self.afdruk: Afdrukken | None = None
        self.afdrukActie = afdruk_actie(
            self,
            QCoreApplication.translate("PlanEditor", "&Mijn plan afdrukken…"),
            "Ctrl+P",
            lambda: self._druk(DocumentSoort.MIJN_PLAN),
            waar=ui.menuPlan,
            voor=ui.actionSluiten,
        )
        afdruk_actie(
            self,
            QCoreApplication.translate("PlanEditor", "&Begeleidingsplan afdrukken…"),
            "Ctrl+Shift+P",
            lambda: self._druk(DocumentSoort.PLAN),
            waar=ui.menuPlan,
            voor=ui.actionSluiten,
        )

        self.herlaad()

    def _druk(self, soort: DocumentSoort) -> None:
        """Preview and print the stored version (what is typed but not saved is not in it)."""
        if self.versie is not None:
            self.afdruk = afdrukken(self.services, soort, self.versie.id, parent=self)

    # -- pages ---------------------------------------------------------------
    def _bouw_paginas(self, template: PlanTemplate) -> None:
        """Pages follow the version's template (it is stored with the plan); built once per template."""
        if self._sjabloon == (template.id, template.versie):
            return
        self._sjabloon = (template.id, template.versie)
        ui = self.ui
        for widget in self._dynamisch:
            ui.paginas.removeWidget(widget)
            widget.deleteLater()
        self._dynamisch.clear()
        self.lg_paginas.clear()
        self.deel_edits.clear()
        self._eerste_veld = {ui.overzichtPagina: self.overzicht.kaarten[Leefgebied.SOCIAAL_NETWERK]}
        paginas: list[tuple[str, QWidget]] = [(self.tr("Overzicht"), ui.overzichtPagina)]
        for definitie in template.leefgebieden:
            pagina = LeefgebiedPagina(template, definitie.key)
            self.lg_paginas[definitie.key] = pagina
            for edit in pagina.teksten.values():
                edit.textChanged.connect(self._gewijzigd)
            pagina.ui.score.currentIndexChanged.connect(self._gewijzigd)
            pagina.ui.doelToevoegenKnop.clicked.connect(self.doel_toevoegen)
            pagina.ui.doelWijzigenKnop.clicked.connect(self.doel_wijzigen)
            pagina.ui.doelenView.activated.connect(lambda _i: self.doel_wijzigen())
            pagina.ui.evaluatieKnop.clicked.connect(self.evaluatie_toevoegen)
            self._eerste_veld[pagina] = pagina.ui.zijn
            if definitie.key == Leefgebied.SOCIAAL_NETWERK:
                # The bolletjesschema belongs to this leefgebied (Norm 1.3a); it has its own editor.
                self.netwerk_knop = QPushButton(self.tr("Netwerk in beeld…"), pagina)
                self.netwerk_knop.clicked.connect(self.open_netwerk)
                pagina.ui.titelRij.addWidget(self.netwerk_knop)
            paginas.append((domein(definitie.key), pagina))
        delen = {d.key: d for d in template.delen}
        groepen = [(self.tr(titel), [delen[k] for k in keys if k in delen]) for titel, keys in DEEL_GROEPEN]
        # A template may bring parts this version of the app does not group: each gets its own page.
        gegroepeerd = {k for _t, keys in DEEL_GROEPEN for k in keys}
        groepen += [(d.titel, [d]) for d in template.delen if d.key not in gegroepeerd]
        for titel, groep in groepen:
            if not groep:
                continue
            pagina_delen = DelenPagina(titel, groep, self._notities(groep))
            for key, edit in pagina_delen.edits.items():
                edit.textChanged.connect(self._gewijzigd)
                self.deel_edits[key] = edit
            self._eerste_veld[pagina_delen] = next(iter(pagina_delen.edits.values()))
            paginas.append((titel, pagina_delen))
        paginas += [(self.tr("Opgesteld door"), ui.opgesteldPagina), (self.tr("Versies"), ui.versiesPagina)]
        self._eerste_veld[ui.opgesteldPagina] = ui.jongereDeedMee
        self._eerste_veld[ui.versiesPagina] = ui.versiesView
        for index, (_titel, widget) in enumerate(paginas):
            if ui.paginas.indexOf(widget) < 0:
                ui.paginas.insertWidget(index, widget)
                self._dynamisch.append(widget)
        self._paginas = [w for _t, w in paginas]
        nav = ui.navigatie
        nav.blockSignals(True)
        nav.clear()
        for index, (titel, _widget) in enumerate(paginas):
            nav.addItem(titel)
            if index <= len(Leefgebied):
                nav.item(index).setToolTip(f"Alt+{index}")
        nav.setCurrentRow(0)
        nav.blockSignals(False)
        ui.paginas.setCurrentWidget(ui.overzichtPagina)

    def _notities(self, delen: list[PlandeelDefinitie]) -> dict[str, str]:
        notities = {d.key: self.tr(DEEL_NOTITIES[d.key]) for d in delen if d.key in DEEL_NOTITIES}
        if "veiligheid" in notities:  # the latest Quickscan and signaleringsplan (Norm 4.1a)
            formulieren = self.services.formulieren.samenvatting_voor_gesprek(self.jongere_id)
            notities["veiligheid"] = (
                QCoreApplication.translate("PlanEditor", "Zie in het dossier, tab Formulieren: ")
                + "; ".join(formulieren)
                + "."
                if formulieren
                else QCoreApplication.translate(
                    "PlanEditor",
                    "Nog geen Quickscan of signaleringsplan: maak ze in het dossier, tab Formulieren.",
                )
            )
        vandaag = self.services.ctx.today()
        for d in delen:
            vanaf = d.vanaf_leeftijd_maanden
            if vanaf is None:
                continue
            jaren, maanden = divmod(vanaf, 12)
            if vandaag < birthday(self.jongere.gegevens.geboortedatum, jaren, maanden):
                wanneer = QCoreApplication.translate("PlanEditor", "%1 jaar").replace("%1", str(jaren)) + (
                    QCoreApplication.translate("PlanEditor", " en %1 maanden").replace("%1", str(maanden))
                    if maanden
                    else ""
                )
                notities[d.key] = (
                    QCoreApplication.translate(
                        "PlanEditor", "Voor %1 nog niet nodig: dit deel vul je in vanaf %2."
                    )
                    .replace("%1", str(self.naam))
                    .replace("%2", str(wanneer))
                )
        return notities

    def _pagina_gekozen(self, row: int) -> None:
        if not 0 <= row < len(self._paginas):
            return
        pagina = self._paginas[row]
        self.ui.paginas.setCurrentWidget(pagina)
        if pagina is self.ui.overzichtPagina:
            self._toon_overzicht()

    def _naar_pagina(self, row: int, *, focus: bool = True) -> None:
        if self.versie is None or not 0 <= row < len(self._paginas):
            return
        self.ui.navigatie.setCurrentRow(row)
        if focus:
            self._focus_pagina()

    def _naar_leefgebied(self, key: Leefgebied) -> None:
        pagina = self.lg_paginas.get(key)
        if pagina is not None:
            self._naar_pagina(self._paginas.index(pagina))

    def _stap(self, richting: int) -> None:
        if self._paginas:
            rij = (self.ui.navigatie.currentRow() + richting) % len(self._paginas)
            self._naar_pagina(rij, focus=False)

    def _focus_pagina(self) -> None:
        veld = self._eerste_veld.get(self.ui.paginas.currentWidget())
        if veld is not None:
            veld.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def huidig_leefgebied(self) -> Leefgebied | None:
        huidig = self.ui.paginas.currentWidget()
        return next((k for k, pagina in self.lg_paginas.items() if pagina is huidig), None)

    # -- loading -------------------------------------------------------------
    def herlaad(self) -> None:
        """Show the newest version; a concept's unsaved typing (herstelpunt) comes back with it."""
        laatste = self.services.plannen.laatste(self.jongere_id)
        if laatste is None:
            self.versie = None
            self.ui.hoofdStack.setCurrentWidget(self.ui.startPagina)
            self.ui.versieLabel.setText(QCoreApplication.translate("PlanEditor", "Nog geen plan"))
            self.ui.statusLabel.setText("")
            self._zet_acties()
            self.ui.startKnop.setFocus()
            return
        herstel = self.services.plannen.herstelpunt(laatste.id) if laatste.bewerkbaar else None
        self._toon_versie(laatste, herstel)

    def _toon_versie(self, versie: PlanVersie, herstel: Herstelpunt | None = None) -> None:
        ui = self.ui
        self._autosave.stop()
        self.versie = versie
        self._bouw_paginas(versie.template)
        if herstel is not None:
            self.basis, self.base_rev = herstel.basis, herstel.base_rev
            self._vul(herstel.inhoud)
            ui.herstelTekst.setText(
                QCoreApplication.translate(
                    "PlanEditor",
                    "Niet-opgeslagen wijzigingen van %1 zijn hersteld. Kies Opslaan om ze te bewaren, of "
                    "Herstelpunt verwerpen.",
                ).replace("%1", str(tijd(herstel.opgeslagen_op)))
            )
        else:
            self.basis, self.base_rev = versie.inhoud, versie.rev
            self._vul(versie.inhoud)
        ui.herstelBanner.setVisible(herstel is not None)
        self._zet_dirty(herstel is not None)
        ui.versieLabel.setText(
            QCoreApplication.translate("PlanEditor", "Versie %1").replace("%1", str(versie.nummer))
        )
        if versie.vastgesteld_op is not None:
            ui.statusLabel.setText(
                QCoreApplication.translate("PlanEditor", "Vastgesteld op %1").replace(
                    "%1", str(datum(versie.vastgesteld_op))
                )
            )
            ui.vastgesteldTekst.setText(
                QCoreApplication.translate(
                    "PlanEditor",
                    "Deze versie is vastgesteld op %1 en verandert niet meer. Kies 'Nieuw concept' om "
                    "verder te werken.",
                ).replace("%1", str(datum(versie.vastgesteld_op)))
            )
        else:
            ui.statusLabel.setText(QCoreApplication.translate("PlanEditor", "Concept"))
        ui.vastgesteldBanner.setVisible(not versie.bewerkbaar)
        self._zet_bewerkbaar(versie.bewerkbaar)
        self.versies.set_records(self.services.plannen.versies(self.jongere_id))
        ui.hoofdStack.setCurrentWidget(ui.werkPagina)
        self._toon_doelen()
        self._toon_overzicht()
        self._zet_acties()

    def _vul(self, inhoud: PlanInhoud) -> None:
        """Content → widgets; the one place besides :meth:`inhoud` that knows which widget holds what."""
        self._laden = True
        try:
            for key, pagina in self.lg_paginas.items():
                lg = inhoud.leefgebied(key)
                for niveau, edit in pagina.teksten.items():
                    edit.setPlainText(lg.tekst(niveau))
                pagina.zet_score(lg.score)
            for deel, edit in self.deel_edits.items():
                edit.setPlainText(inhoud.deel(deel))
            self._delen_buiten_sjabloon = {k: v for k, v in inhoud.delen.items() if k not in self.deel_edits}
            d = inhoud.deelnemers
            self.ui.jongereDeedMee.setChecked(d.jongere)
            self.ui.woonbegeleider.setText(d.woonbegeleider)
            self.ui.jeugdbeschermer.setText(d.jeugdbeschermer)
            self.ui.anderen.setText(d.anderen)
            self._doelen = list(inhoud.doelen)
        finally:
            self._laden = False

    def inhoud(self) -> PlanInhoud:
        """Widgets → content: exactly what is on screen now (goals from the editor's own list)."""
        ui = self.ui
        leefgebieden = {
            key: LeefgebiedInhoud(
                zijn=p.ui.zijn.toPlainText(),
                worden=p.ui.worden.toPlainText(),
                presteren=p.ui.presteren.toPlainText(),
                score=p.score(),
            )
            for key, p in self.lg_paginas.items()
        }
        delen = {**self._delen_buiten_sjabloon, **{k: e.toPlainText() for k, e in self.deel_edits.items()}}
        deelnemers = Deelnemers(
            jongere=ui.jongereDeedMee.isChecked(),
            woonbegeleider=ui.woonbegeleider.text(),
            jeugdbeschermer=ui.jeugdbeschermer.text(),
            anderen=ui.anderen.text(),
        )
        return PlanInhoud(leefgebieden, delen, tuple(self._doelen), deelnemers)

    def _zet_bewerkbaar(self, bewerkbaar: bool) -> None:
        ui = self.ui
        edits: list[QPlainTextEdit] = [*self.deel_edits.values()]
        for pagina in self.lg_paginas.values():
            edits += pagina.teksten.values()
            pagina.ui.score.setEnabled(bewerkbaar)
            pagina.ui.doelToevoegenKnop.setEnabled(bewerkbaar)
            pagina.ui.evaluatieKnop.setEnabled(bewerkbaar)
            pagina.ui.doelWijzigenKnop.setText(
                QCoreApplication.translate("PlanEditor", "Doel w&ijzigen… (Enter)")
                if bewerkbaar
                else QCoreApplication.translate("PlanEditor", "Doel &bekijken… (Enter)")
            )
        # Read-only, not disabled: the text stays readable, selectable and reachable with Tab.
        for edit in edits:
            edit.setReadOnly(not bewerkbaar)
        # Health notes hidden for this role show the marker, read-only (the service keeps what is stored).
        inhoud = self.versie.inhoud if self.versie is not None else None
        for key, pagina in self.lg_paginas.items():
            if inhoud is not None and is_afgeschermd(inhoud.leefgebied(key)):
                for edit in pagina.teksten.values():
                    edit.setReadOnly(True)
                pagina.ui.score.setEnabled(False)
        line_edits: list[QLineEdit] = [ui.woonbegeleider, ui.jeugdbeschermer, ui.anderen]
        for line in line_edits:
            line.setReadOnly(not bewerkbaar)
        ui.jongereDeedMee.setEnabled(bewerkbaar)

    def _zet_acties(self) -> None:
        ui = self.ui
        versie = self.versie
        bewerkbaar = versie is not None and versie.bewerkbaar
        vastgesteld = versie is not None and not versie.bewerkbaar
        for action in (ui.actionOpslaan, ui.actionVaststellen, ui.actionDoelToevoegen):
            action.setEnabled(bewerkbaar)
        if versie is not None and bewerkbaar:
            # Vaststellen: mentor, teamleider, gedragswetenschapper or admin (the service checks too).
            ui.actionVaststellen.setEnabled(
                mag_nu(self.services.ctx, Recht.PLAN_VASTSTELLEN, versie.jongere_id)
            )
        ui.actionNieuwConcept.setEnabled(vastgesteld)
        ui.nieuwConceptKnop.setEnabled(vastgesteld)
        meerdere = versie is not None and self.versies.rowCount() >= 2
        ui.actionVergelijken.setEnabled(meerdere)
        ui.vergelijkKnop.setEnabled(meerdere)
        for action in (ui.actionNaarPagina, ui.actionVorigePagina, ui.actionVolgendePagina):
            action.setEnabled(versie is not None)

    def _toon_doelen(self, kies: str | None = None) -> None:
        for key, pagina in self.lg_paginas.items():
            pagina.toon_doelen((d for d in self._doelen if d.leefgebied == key), kies)
        open_doelen = PlanInhoud(doelen=tuple(self._doelen))
        # Advice for choosing goals: only useful while the plan can still change.
        bewerkbaar = self.versie is not None and self.versie.bewerkbaar
        self.ui.waarschuwingLabel.setVisible(open_doelen.te_veel_open_doelen and bewerkbaar)
        self.ui.waarschuwingLabel.setText(
            QCoreApplication.translate(
                "PlanEditor",
                "Er staan %1 doelen open. Onderzoek raadt een handvol tegelijk aan; kies samen met de "
                "jongere wat nu het belangrijkst is.",
            ).replace("%1", str(open_doelen.open_doelen))
        )

    def _toon_overzicht(self) -> None:
        if self.versie is not None:
            scores = self.services.plannen.scores(self.jongere_id)
            self.overzicht.toon(self.inhoud(), self.versie.template.schaal, scores)

    # -- dirty state and herstelpunten -------------------------------------------
    @property
    def dirty(self) -> bool:
        return self._dirty

    def _zet_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.opslag_status.setText(
            QCoreApplication.translate("PlanEditor", "Niet opgeslagen wijzigingen")
            if dirty
            else QCoreApplication.translate("PlanEditor", "Alles is opgeslagen")
        )

    def _gewijzigd(self) -> None:
        if self._laden or self.versie is None or not self.versie.bewerkbaar:
            return
        self._zet_dirty(True)
        self._autosave.start()  # restarts: the herstelpunt is written once typing pauses

    def bewaar_herstelpunt(self) -> None:
        """Keep the typing so far (not a save: no log entry, nothing synced)."""
        self._autosave.stop()
        if not self._dirty or self.versie is None or not self.versie.bewerkbaar:
            return
        try:
            self.services.plannen.bewaar_herstelpunt(
                self.versie.id, self.inhoud(), basis=self.basis, base_rev=self.base_rev
            )
        except (ValidationError, StorageError) as exc:
            # Not fatal: the text is still on screen, and Opslaan will say what is wrong.
            self.statusBar().showMessage(
                QCoreApplication.translate("PlanEditor", "Herstelpunt kon niet worden bewaard: %1").replace(
                    "%1", str(exc)
                )
            )
            return
        moment = self.services.ctx.now().astimezone(AMSTERDAM)
        self.statusBar().showMessage(
            QCoreApplication.translate("PlanEditor", "Herstelpunt bewaard om %1").replace(
                "%1", f"{moment:%H:%M:%S}"
            )
        )

    def verwerp_herstelpunt(self) -> None:
        if self.versie is None:
            return
        nee = QMessageBox.StandardButton.No
        antwoord = QMessageBox.question(
            self,
            QCoreApplication.translate("PlanEditor", "Herstelpunt verwerpen"),
            QCoreApplication.translate(
                "PlanEditor",
                "De herstelde wijzigingen weggooien en de opgeslagen versie tonen?\n\n"
                "Dit kan niet ongedaan worden.",
            ),
            QMessageBox.StandardButton.Yes | nee,
            nee,
        )
        if antwoord != QMessageBox.StandardButton.Yes:
            return
        self._autosave.stop()
        self.services.plannen.verwerp_herstelpunt(self.versie.id)
        self._toon_versie(self.services.plannen.versie(self.versie.id))
        self.statusBar().showMessage(
            QCoreApplication.translate(
                "PlanEditor", "Herstelpunt verworpen; de opgeslagen versie staat weer op het scherm."
            )
        )

    # -- actions -------------------------------------------------------------
    def starten(self) -> None:
        try:
            versie = self.services.plannen.nieuw_concept(self.jongere_id)
        except (ValidationError, StorageError) as exc:
            self._fout(QCoreApplication.translate("PlanEditor", "Begeleidingsplan niet gestart"), str(exc))
            return
        self._toon_versie(versie)
        self.ui.navigatie.setFocus(Qt.FocusReason.OtherFocusReason)

    def opslaan(self) -> bool:
        """Save the concept; True when it is stored (or there was nothing to save)."""
        versie = self.versie
        if versie is None or not versie.bewerkbaar:
            return True
        self._autosave.stop()
        try:
            resultaat = self.services.plannen.opslaan(
                versie.id, self.inhoud(), basis=self.basis, base_rev=self.base_rev
            )
        except (ValidationError, StorageError) as exc:
            # What was typed stays on screen and in the herstelpunt: the person fixes it and saves again.
            self.bewaar_herstelpunt()
            self._fout(
                QCoreApplication.translate("PlanEditor", "Niet opgeslagen"),
                QCoreApplication.translate(
                    "PlanEditor",
                    "%1\n\nWat je hebt getypt blijft staan. Pas het aan en kies daarna opnieuw Opslaan.",
                ).replace("%1", str(exc)),
            )
            return False
        if resultaat.samengevoegd_met:
            self._toon_versie(resultaat.versie)
            self._meld_samenvoegen(resultaat.samengevoegd_met, resultaat.conflicten)
        else:
            self.versie = resultaat.versie
            self.basis, self.base_rev = resultaat.versie.inhoud, resultaat.versie.rev
            self.ui.herstelBanner.hide()
            self._zet_dirty(False)
            if tuple(self._doelen) != resultaat.versie.inhoud.doelen:
                self._doelen = list(resultaat.versie.inhoud.doelen)
                self._toon_doelen()
            self.versies.set_records(self.services.plannen.versies(self.jongere_id))
            self._zet_acties()
        moment = self.services.ctx.now().astimezone(AMSTERDAM)
        self.statusBar().showMessage(
            QCoreApplication.translate("PlanEditor", "Opgeslagen om %1").replace("%1", f"{moment:%H:%M:%S}")
        )
        return True

    def _meld_samenvoegen(self, naam: str, conflicten: tuple[str, ...]) -> None:
        assert self.versie is not None
        titels = {d.key: d.titel for d in self.versie.template.delen}
        tekst = QCoreApplication.translate(
            "PlanEditor", "%1 heeft dit plan intussen ook opgeslagen. Jullie wijzigingen zijn samengevoegd."
        ).replace("%1", str(naam))
        if conflicten:
            plekken = "\n".join(f"• {titels.get(c, c)}" for c in conflicten)
            tekst += f"\n\nPlekken waar beide teksten nu onder elkaar staan — voeg ze samen:\n{plekken}"
        QMessageBox.information(
            self, QCoreApplication.translate("PlanEditor", "Wijzigingen samengevoegd"), tekst
        )

    def vaststellen(self) -> None:
        if self.versie is None or not self.versie.bewerkbaar:
            return
        # What is on screen is what gets vastgesteld: save it first.
        if self._dirty and not self.opslaan():
            return
        dialog = VaststellenDialog(self.services, self.versie, self.naam, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.vastgesteld is not None:
            self._toon_versie(dialog.vastgesteld)
            self.statusBar().showMessage(
                QCoreApplication.translate("PlanEditor", "Versie %1 is vastgesteld.").replace(
                    "%1", str(dialog.vastgesteld.nummer)
                )
            )
            self.ui.bannerNieuwConceptKnop.setFocus()

    def nieuw_concept(self) -> None:
        if self.versie is None or self.versie.bewerkbaar:
            return
        try:
            versie = self.services.plannen.nieuw_concept(self.jongere_id)
        except (ValidationError, StorageError) as exc:
            self._fout(QCoreApplication.translate("PlanEditor", "Geen nieuw concept"), str(exc))
            return
        self._toon_versie(versie)
        self.statusBar().showMessage(
            QCoreApplication.translate(
                "PlanEditor", "Versie %1 is een nieuw concept, een kopie van de vorige."
            ).replace("%1", str(versie.nummer))
        )
        self.ui.navigatie.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_netwerk(self) -> NetwerkEditor:
        """The sociaal netwerk of this jongere, in its own window (one per plan editor)."""
        editor = self.netwerk_editor
        if editor is None or not editor.isVisible():
            editor = NetwerkEditor(self.services, self.jongere_id, self)
            self.netwerk_editor = editor
        editor.show()
        editor.activateWindow()
        return editor

    def vergelijken(self) -> None:
        if self.versie is None:
            return
        index = self.ui.versiesView.currentIndex()
        gekozen: VersieInfo | None = self.versies.record(index.row()) if index.isValid() else None
        nieuwste = self.versies.record(0) if self.versies.rowCount() else None
        oud_id = (
            gekozen.id if gekozen is not None and nieuwste is not None and gekozen.id != nieuwste.id else None
        )
        VergelijkDialog(
            self.services, self.jongere_id, oud_id=oud_id, niet_opgeslagen=self._dirty, parent=self
        ).exec()

    # -- goals ---------------------------------------------------------------
    def _doelen_gewijzigd(self, kies: Doel) -> None:
        self._toon_doelen(kies.id)
        self._gewijzigd()
        if self.huidig_leefgebied() != kies.leefgebied:
            self._naar_leefgebied(kies.leefgebied)
        pagina = self.lg_paginas.get(kies.leefgebied)
        if pagina is not None:
            pagina.ui.doelenView.setFocus(Qt.FocusReason.OtherFocusReason)

    def _gekozen_doel(self) -> Doel | None:
        key = self.huidig_leefgebied()
        return self.lg_paginas[key].gekozen_doel() if key is not None else None

    def doel_toevoegen(self) -> None:
        if self.versie is None or not self.versie.bewerkbaar:
            return
        key = self.huidig_leefgebied() or next(iter(self.lg_paginas), Leefgebied.SOCIAAL_NETWERK)
        dialog = DoelDialog(self.services, self.versie, key, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.doel is not None:
            self._doelen.append(dialog.doel)
            self._doelen_gewijzigd(dialog.doel)

    def doel_wijzigen(self) -> None:
        doel = self._gekozen_doel()
        if self.versie is None or doel is None:
            self._kies_eerst_een_doel()
            return
        bewerkbaar = self.versie.bewerkbaar
        dialog = DoelDialog(
            self.services, self.versie, doel.leefgebied, doel, alleen_lezen=not bewerkbaar, parent=self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.doel is not None and bewerkbaar:
            nieuw = dialog.doel
            self._doelen = [nieuw if d.id == nieuw.id else d for d in self._doelen]
            self._doelen_gewijzigd(nieuw)

    def evaluatie_toevoegen(self) -> None:
        doel = self._gekozen_doel()
        if self.versie is None or not self.versie.bewerkbaar:
            return
        if doel is None:
            self._kies_eerst_een_doel()
            return
        dialog = EvaluatieDialog(self.services, self.inhoud(), doel.id, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.resultaat is not None:
            nieuw = dialog.resultaat.doel(doel.id)
            self._doelen = [nieuw if d.id == nieuw.id else d for d in self._doelen]
            self._doelen_gewijzigd(nieuw)

    def _kies_eerst_een_doel(self) -> None:
        self.statusBar().showMessage(
            QCoreApplication.translate("PlanEditor", "Kies eerst een doel in de lijst 'Doelen'."), 5000
        )
        key = self.huidig_leefgebied()
        if key is not None:
            self.lg_paginas[key].ui.doelenView.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- closing -------------------------------------------------------------
    def _fout(self, titel: str, tekst: str) -> None:
        QMessageBox.warning(self, titel, tekst)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._dirty and self.versie is not None and self.versie.bewerkbaar:
            box = QMessageBox(
                QMessageBox.Icon.Question,
                QCoreApplication.translate("PlanEditor", "Begeleidingsplan sluiten"),
                QCoreApplication.translate(
                    "PlanEditor",
                    "Het begeleidingsplan van %1 heeft wijzigingen die nog niet zijn opgeslagen.",
                ).replace("%1", str(self.naam)),
                parent=self,
            )
            box.setInformativeText(
                QCoreApplication.translate(
                    "PlanEditor", "Opslaan bewaart ze in het plan. Niet opslaan gooit ze weg."
                )
            )
            opslaan = box.addButton(
                QCoreApplication.translate("PlanEditor", "&Opslaan"), QMessageBox.ButtonRole.AcceptRole
            )
            niet = box.addButton(
                QCoreApplication.translate("PlanEditor", "&Niet opslaan"),
                QMessageBox.ButtonRole.DestructiveRole,
            )
            annuleren = box.addButton(
                QCoreApplication.translate("PlanEditor", "Annuleren"), QMessageBox.ButtonRole.RejectRole
            )
            box.setDefaultButton(opslaan)
            box.setEscapeButton(annuleren)
            box.exec()
            gekozen = box.clickedButton()
            if gekozen is opslaan:
                if not self.opslaan():
                    event.ignore()
                    return
            elif gekozen is niet:
                self._autosave.stop()
                self.services.plannen.verwerp_herstelpunt(self.versie.id)
                self._zet_dirty(False)
            else:
                event.ignore()
                return
        self._autosave.stop()
        super().closeEvent(event)
