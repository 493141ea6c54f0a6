"""Gesprekken in the GUI: the dossier's timeline, preparing a driegesprek, and the driegesprek editor.

Typing in a driegesprek is kept as a herstelpunt (autosave), as in the tweegesprek dialog and the plan.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kso_desktop.domain.enums import GesprekType, Leefgebied
from kso_desktop.domain.gesprek import (
    Afspraak,
    Deelnemer,
    DeelnemerRol,
    Gesprek,
    GesprekInhoud,
    LeefgebiedBespreking,
    Onderwerp,
)
from kso_desktop.domain.plan import Doel
from kso_desktop.domain.validation import Problem, ValidationError
from kso_desktop.gui.afdrukken import Afdrukken, afdruk_actie, afdrukken
from kso_desktop.gui.dialogs import FOUT_STIJL, _dutch_buttons, _fill_combo
from kso_desktop.gui.domeinteksten import domein
from kso_desktop.gui.forms.ui_driegesprek_editor import Ui_DriegesprekEditor
from kso_desktop.gui.forms.ui_voorbereiding_view import Ui_VoorbereidingView
from kso_desktop.gui.gesprek_dialogs import (
    AUTOSAVE_MS,
    AfspraakInvoer,
    HerstelBanner,
    RedenDialog,
    TweegesprekDialog,
    fit,
    is_enter,
    onderwerp_item,
    onderwerpen_van,
    vraag_bij_sluiten,
)
from kso_desktop.gui.presentation import GRIJS, als_kop, datum, tijd
from kso_desktop.gui.sync_kolom import SyncStaatModel
from kso_desktop.gui.table_model import Column, RecordTableModel
from kso_desktop.services.afdrukken import DocumentSoort
from kso_desktop.services.context import AMSTERDAM
from kso_desktop.services.gesprekken import GesprekHerstelpunt, Tijdlijnregel
from kso_desktop.services.registry import Services
from kso_desktop.storage.errors import StorageError

# The jongere's own topics stand out (Norm 3.3a); the words say it too, so colour is never the only cue.
_JONGERE_STIJL = (
    "QLabel { background: #fff4cc; color: #3d2e00; border: 1px solid #d9b100; border-radius: 4px;"
    " padding: 6px; }"
)
_BANNER_STIJL = (
    "QLabel { background: #e3f0fb; color: #10324f; border: 1px solid #90b8de; border-radius: 4px;"
    " padding: 6px; }"
)


def _kort(tekst: str, n: int = 90) -> str:
    tekst = " ".join(tekst.split())
    return tekst if len(tekst) <= n else tekst[: n - 1].rstrip() + "…"


def _dag(g: Gesprek) -> date:
    return g.moment.astimezone(AMSTERDAM).date()


# -- columns ---------------------------------------------------------------------------------------


def tijdlijn_columns() -> list[Column]:
    return [
        Column(
            QCoreApplication.translate("Kolommen", "Datum"),
            lambda r: tijd(r.moment),
            sort_key=lambda r: r.moment.isoformat(),
        ),
        Column(QCoreApplication.translate("Kolommen", "Soort"), lambda r: r.soort.capitalize()),
        Column(QCoreApplication.translate("Kolommen", "Titel"), lambda r: r.titel),
        Column(
            QCoreApplication.translate("Kolommen", "Samenvatting"),
            lambda r: _kort(r.samenvatting) or "–",
            tooltip=lambda r: r.samenvatting,
        ),
    ]


def tweegesprek_columns() -> list[Column]:
    def begeleider(g: Gesprek) -> str:
        namen = [d.naam for d in g.inhoud.deelnemers if d.rol == DeelnemerRol.WOONBEGELEIDER and d.naam]
        return namen[0] if namen else g.auteur

    def onderwerpen(g: Gesprek) -> str:
        return "; ".join(o.tekst + (" (jongere)" if o.van_jongere else "") for o in g.inhoud.onderwerpen)

    return [
        Column(
            QCoreApplication.translate("Kolommen", "Datum"),
            lambda g: datum(_dag(g)),
            sort_key=lambda g: g.moment.isoformat(),
        ),
        Column(QCoreApplication.translate("Kolommen", "Woonbegeleider"), begeleider),
        Column(
            QCoreApplication.translate("Kolommen", "Onderwerpen"),
            lambda g: onderwerpen(g) or "–",
            tooltip=onderwerpen,
        ),
        Column(
            QCoreApplication.translate("Kolommen", "Notities"),
            lambda g: _kort(g.inhoud.notities, 70) or "–",
            tooltip=lambda g: g.inhoud.notities,
        ),
    ]


def open_afspraak_columns() -> list[Column]:
    return [
        Column(
            QCoreApplication.translate("Kolommen", "Sinds"),
            lambda r: datum(r[0]),
            sort_key=lambda r: r[0].isoformat(),
        ),
        Column(QCoreApplication.translate("Kolommen", "Wie"), lambda r: domein(r[1].wie)),
        Column(
            QCoreApplication.translate("Kolommen", "Wanneer"),
            lambda r: datum(r[1].wanneer),
            sort_key=lambda r: str(r[1].wanneer or ""),
        ),
        Column(QCoreApplication.translate("Kolommen", "Wat"), lambda r: r[1].wat, tooltip=lambda r: r[1].wat),
    ]


def voorbereiding_doel_columns() -> list[Column]:
    def laatste(d: Doel) -> str:
        if not d.evaluaties:
            return QCoreApplication.translate("gesprekken", "nog geen evaluatie")
        e = max(d.evaluaties, key=lambda e: e.datum)
        return f"{datum(e.datum)}: {_kort(e.tekst, 60)}"

    return [
        Column(QCoreApplication.translate("Kolommen", "Leefgebied"), lambda d: domein(d.leefgebied)),
        Column(
            QCoreApplication.translate("Kolommen", "Doel"),
            lambda d: _kort(d.titel, 60),
            tooltip=lambda d: d.titel,
        ),
        Column(QCoreApplication.translate("Kolommen", "Status"), lambda d: domein(d.status)),
        Column(QCoreApplication.translate("Kolommen", "Laatste evaluatie"), laatste, tooltip=laatste),
    ]


def deelnemer_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("Kolommen", "Rol"), lambda d: domein(d.rol)),
        Column(QCoreApplication.translate("Kolommen", "Naam"), lambda d: d.naam or "–"),
    ]


# -- driegesprek editor ----------------------------------------------------------------------------


Melding = Callable[[list[Problem] | str, QWidget | None], None]


class LeefgebiedTab(QWidget):
    """One leefgebied on the agenda: how its goals went, and the afspraken made for it (Norm 1.2c)."""

    def __init__(self, leefgebied: Leefgebied, melding: Melding, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.leefgebied = leefgebied
        layout = QVBoxLayout(self)
        label = QLabel(QCoreApplication.translate("LeefgebiedTab", "&Evaluatie van de doelen:"), self)
        self.evaluatie = QPlainTextEdit(self)
        self.evaluatie.setTabChangesFocus(True)
        self.evaluatie.setMaximumHeight(90)
        self.evaluatie.setAccessibleName(
            QCoreApplication.translate("LeefgebiedTab", "Evaluatie %1").replace("%1", str(domein(leefgebied)))
        )
        self.evaluatie.setPlaceholderText(
            QCoreApplication.translate(
                "LeefgebiedTab", "Hoe gingen de doelen op dit leefgebied? Wat zegt de jongere?"
            )
        )
        label.setBuddy(self.evaluatie)
        layout.addWidget(label)
        layout.addWidget(self.evaluatie)
        kop = QHBoxLayout()
        afspraken_label = QLabel(
            QCoreApplication.translate("LeefgebiedTab", "Afspraken voor dit leefgebied:"), self
        )
        self.verwijderen = QPushButton(
            QCoreApplication.translate("LeefgebiedTab", "Gekozen afspraak verwijderen"), self
        )
        self.verwijderen.setAutoDefault(False)
        kop.addWidget(afspraken_label, 1)
        kop.addWidget(self.verwijderen)
        layout.addLayout(kop)
        self.view = QTableView(self)
        self.view.setAccessibleName(
            QCoreApplication.translate("LeefgebiedTab", "Afspraken %1").replace("%1", str(domein(leefgebied)))
        )
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setTabKeyNavigation(False)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.setMinimumHeight(70)
        afspraken_label.setBuddy(self.view)
        layout.addWidget(self.view)
        rij = QHBoxLayout()
        self.wie = QComboBox(self)
        self.wie.setAccessibleName(QCoreApplication.translate("LeefgebiedTab", "Wie doet het"))
        self.wat = QLineEdit(self)
        self.wat.setAccessibleName(QCoreApplication.translate("LeefgebiedTab", "Wat is afgesproken"))
        self.wat.setPlaceholderText(
            QCoreApplication.translate("LeefgebiedTab", "wat is afgesproken (Enter voegt toe)")
        )
        self.wanneer = QLineEdit(self)
        self.wanneer.setAccessibleName(QCoreApplication.translate("LeefgebiedTab", "Wanneer"))
        self.wanneer.setPlaceholderText(QCoreApplication.translate("LeefgebiedTab", "dd-mm-jjjj"))
        self.wanneer.setMaximumWidth(120)
        self.toevoegen = QPushButton(QCoreApplication.translate("LeefgebiedTab", "Afspraa&k toevoegen"), self)
        self.toevoegen.setAutoDefault(False)
        for tekst, widget, stretch in (
            (QCoreApplication.translate("LeefgebiedTab", "W&ie:"), self.wie, 0),
            (QCoreApplication.translate("LeefgebiedTab", "&Wat:"), self.wat, 1),
            (QCoreApplication.translate("LeefgebiedTab", "Wa&nneer:"), self.wanneer, 0),
        ):
            rij_label = QLabel(tekst, self)
            rij_label.setBuddy(widget)
            rij.addWidget(rij_label)
            rij.addWidget(widget, stretch)
        rij.addWidget(self.toevoegen)
        layout.addLayout(rij)
        self.invoer = AfspraakInvoer(
            self.view,
            wie=self.wie,
            wat=self.wat,
            wanneer=self.wanneer,
            toevoegen=self.toevoegen,
            verwijderen=self.verwijderen,
            melding=melding,
            leefgebied=leefgebied,
        )

    def alleen_lezen(self, ja: bool) -> None:
        self.evaluatie.setReadOnly(ja)
        for widget in (self.wie, self.wat, self.wanneer, self.toevoegen, self.verwijderen):
            widget.setEnabled(not ja)

    def afspraken(self) -> list[Afspraak]:
        if self.invoer.half_ingevuld():
            # A typed afspraak that was not added yet is surely meant to be part of the verslag.
            afspraak = self.invoer.lees()
            self.invoer.zet([*self.invoer.afspraken(), afspraak])
            self.wat.clear()
            self.wanneer.clear()
        return self.invoer.afspraken()


class AfrondenDialog(QDialog):
    """Confirms making the verslag definitief, and whether the plan gets a concept with the afspraken."""

    def __init__(self, aantal_afspraken: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("AfrondenDialog", "Verslag afronden"))
        layout = QVBoxLayout(self)
        uitleg = QLabel(
            QCoreApplication.translate(
                "AfrondenDialog",
                "Het verslag wordt definitief en gaat naar het portaal voor de jongere en de "
                "jeugdbeschermer. Daarna verandert het niet meer; een fout herstel je met een correctie.",
            ),
            self,
        )
        uitleg.setWordWrap(True)
        layout.addWidget(uitleg)
        self.plan_bijwerken = QCheckBox(
            QCoreApplication.translate(
                "AfrondenDialog", "&Begeleidingsplan bijwerken met deze afspraken (nieuw concept)"
            ),
            self,
        )
        self.plan_bijwerken.setChecked(True)
        self.plan_bijwerken.setToolTip(
            QCoreApplication.translate(
                "AfrondenDialog",
                "%1 afspraak/afspraken worden nieuwe doelen; de evaluaties komen bij de doelen.",
            ).replace("%1", str(aantal_afspraken))
        )
        layout.addWidget(self.plan_bijwerken)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        box.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("AfrondenDialog", "Verslag &afronden")
        )
        box.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("AfrondenDialog", "Annuleren")
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.resize(560, self.sizeHint().height())
        self.plan_bijwerken.setFocus()


class DriegesprekEditor(QMainWindow):
    """A driegesprek: participants, the jongere's preparation, per leefgebied evaluation and afspraken."""

    #: After every save, correction or afronden (the dossier refreshes its deadlines).
    opgeslagen = Signal()

    def __init__(self, services: Services, gesprek_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.gesprek = services.gesprekken.get(gesprek_id)
        self.jongere = services.jongeren.get(self.gesprek.jongere_id)
        self.resultaat = ""
        self._corrigerend = False
        self._dirty = False
        self._laden = True
        self.ui = ui = Ui_DriegesprekEditor()
        ui.setupUi(self)
        self.herstelBanner = HerstelBanner(ui.central)
        ui.centralLayout.insertWidget(0, self.herstelBanner)
        self.herstelBanner.weggooien.clicked.connect(self.verwerp_herstelpunt)
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.bewaar_herstelpunt)
        self.setWindowTitle(
            QCoreApplication.translate("DriegesprekEditor", "Driegesprek – %1").replace(
                "%1", str(self.jongere.naam)
            )
        )
        ui.naamLabel.setText(
            QCoreApplication.translate("DriegesprekEditor", "Driegesprek met %1").replace(
                "%1", str(self.jongere.naam)
            )
        )
        als_kop(ui.naamLabel, 1.25)
        ui.momentLabel.setText(tijd(self.gesprek.moment))
        ui.foutLabel.setStyleSheet(FOUT_STIJL)
        ui.foutLabel.hide()
        ui.bannerLabel.setStyleSheet(_BANNER_STIJL)
        ui.bannerLabel.hide()
        self.deelnemers = RecordTableModel(deelnemer_columns(), self)
        ui.deelnemersView.setModel(self.deelnemers)
        fit(ui.deelnemersView)
        _fill_combo(ui.deelnemerRol, [(domein(r), r.value) for r in DeelnemerRol], DeelnemerRol.TOLK.value)
        ui.deelnemerToevoegenKnop.clicked.connect(self.deelnemer_toevoegen)
        ui.deelnemerVerwijderenKnop.clicked.connect(self.deelnemer_verwijderen)
        ui.deelnemerNaam.installEventFilter(self)
        ui.actionOpslaan.triggered.connect(self.opslaan)
        ui.actionAfronden.triggered.connect(self.afronden)
        ui.actionCorrectie.triggered.connect(self.correctie)
        ui.actionSluiten.triggered.connect(self.close)
        self.afdruk: Afdrukken | None = None
        self.afdrukActie = afdruk_actie(
            self,
            QCoreApplication.translate("DriegesprekEditor", "Verslag af&drukken…"),
            "Ctrl+P",
            self._druk,
            waar=ui.toolBar,
            voor=ui.actionSluiten,
        )
        self.tabs: dict[Leefgebied, LeefgebiedTab] = {}
        herstel = (
            services.gesprekken.herstelpunt(self.gesprek.jongere_id, GesprekType.DRIEGESPREK, gesprek_id)
            if not self.gesprek.definitief
            else None
        )
        self._laad(dataclasses.replace(self.gesprek, inhoud=herstel.inhoud) if herstel else self.gesprek)
        if herstel is not None:
            self.herstelBanner.toon(herstel)
            self._dirty = True
        self._toon_status()
        ui.verslag.setMinimumHeight(160)
        (ui.deelnemersView if not self.gesprek.definitief else ui.verslag).setFocus()
        for signaal in (
            self.deelnemers.modelReset,
            ui.voorbereiding.textChanged,
            ui.verslag.textChanged,
        ):
            signaal.connect(self._gewijzigd)
        # The jongere may bring up topics during the driegesprek too (Norm 1.2a, 3.3a).
        ui.nieuwOnderwerp.returnPressed.connect(self.onderwerp_toevoegen)
        ui.onderwerpToevoegenKnop.clicked.connect(self.onderwerp_toevoegen)
        self._laden = False

    # -- loading -------------------------------------------------------------------------------
    def _druk(self) -> None:
        """Preview and print the stored verslag (save first to print what was just typed)."""
        self.afdruk = afdrukken(self.services, DocumentSoort.VERSLAG, self.gesprek.id, parent=self)

    def _laad(self, gesprek: Gesprek) -> None:
        ui, inhoud = self.ui, gesprek.inhoud
        deelnemers = [
            Deelnemer(d.rol, d.naam or (self.jongere.naam if d.rol == DeelnemerRol.JONGERE else ""))
            for d in inhoud.deelnemers
        ]
        jb = self.jongere.gegevens.jeugdbeschermer_naam
        if not gesprek.definitief and not deelnemers:
            # A driegesprek is with these three (Norm 1.2); the names are on the jongere's record.
            deelnemers = [
                Deelnemer(DeelnemerRol.JONGERE, self.jongere.naam),
                Deelnemer(DeelnemerRol.JEUGDBESCHERMER, jb),
                Deelnemer(DeelnemerRol.WOONBEGELEIDER, self.services.actor.naam),
            ]
        self.deelnemers.set_records(deelnemers)
        ui.onderwerpenLijst.clear()
        # The jongere's own topics first: the agenda starts with what they want to talk about (1.2a).
        for onderwerp in sorted(inhoud.onderwerpen, key=lambda o: not o.van_jongere):
            onderwerp_item(ui.onderwerpenLijst, onderwerp)
        if not inhoud.onderwerpen:
            QListWidgetItem(
                QCoreApplication.translate("DriegesprekEditor", "Geen onderwerpen op de agenda."),
                ui.onderwerpenLijst,
            )
        ui.voorbereiding.setPlainText(inhoud.voorbereiding)
        ui.verslag.setPlainText(inhoud.verslag)
        ui.leefgebiedTabs.clear()
        self.tabs.clear()
        leefgebieden = list(inhoud.leefgebieden)
        for b in inhoud.besprekingen:
            if b.leefgebied not in leefgebieden:
                leefgebieden.append(b.leefgebied)
        for a in inhoud.afspraken:
            if a.leefgebied is not None and a.leefgebied not in leefgebieden:
                leefgebieden.append(a.leefgebied)
        if not leefgebieden:
            leefgebieden = list(Leefgebied)
        for lg in leefgebieden:
            tab = LeefgebiedTab(lg, self._melding, ui.leefgebiedTabs)
            self.tabs[lg] = tab
            ui.leefgebiedTabs.addTab(tab, domein(lg))
            tab.evaluatie.textChanged.connect(self._gewijzigd)
            tab.invoer.bij_wijziging(self._gewijzigd)
        for b in inhoud.besprekingen:
            self.tabs[b.leefgebied].evaluatie.setPlainText(b.evaluatie)
        eerste = leefgebieden[0]
        per_tab: dict[Leefgebied, list[Afspraak]] = {lg: [] for lg in leefgebieden}
        for a in inhoud.afspraken:
            per_tab[a.leefgebied or eerste].append(a)
        for lg, afspraken in per_tab.items():
            self.tabs[lg].invoer.zet(afspraken)

    def _toon_status(self) -> None:
        ui, g = self.ui, self.gesprek
        alleen_lezen = g.definitief and not self._corrigerend
        ui.statusLabel.setText(
            QCoreApplication.translate("DriegesprekEditor", "Definitief")
            + (
                QCoreApplication.translate("DriegesprekEditor", " (correctie van een eerdere versie)")
                if g.vervangt_id
                else ""
            )
            if g.definitief
            else QCoreApplication.translate("DriegesprekEditor", "Concept")
        )
        ui.statusLabel.setStyleSheet(GRIJS)
        ui.voorbereiding.setReadOnly(alleen_lezen)
        ui.verslag.setReadOnly(alleen_lezen)
        for widget in (
            ui.deelnemerRol,
            ui.deelnemerNaam,
            ui.deelnemerToevoegenKnop,
            ui.deelnemerVerwijderenKnop,
            ui.nieuwOnderwerp,
            ui.nieuwVanJongere,
            ui.onderwerpToevoegenKnop,
        ):
            widget.setEnabled(not alleen_lezen)
        for tab in self.tabs.values():
            tab.alleen_lezen(alleen_lezen)
        ui.actionOpslaan.setEnabled(not g.definitief)
        ui.actionAfronden.setEnabled(not g.definitief)
        ui.actionCorrectie.setEnabled(g.definitief)
        ui.actionCorrectie.setText(
            QCoreApplication.translate("DriegesprekEditor", "&Correctie opslaan…")
            if self._corrigerend
            else QCoreApplication.translate("DriegesprekEditor", "&Correctie…")
        )
        if g.definitief and not self.resultaat and not self._corrigerend:
            self._banner(
                QCoreApplication.translate(
                    "DriegesprekEditor",
                    "Dit verslag is definitief en verandert niet meer. Klopt er iets niet? "
                    "Kies 'Correctie…': dat wordt een nieuwe versie, met een reden.",
                )
            )
        elif self._corrigerend:
            self._banner(
                QCoreApplication.translate(
                    "DriegesprekEditor", "Pas aan wat niet klopt en kies 'Correctie opslaan…'."
                )
            )

    def _banner(self, tekst: str) -> None:
        self.ui.bannerLabel.setText(tekst)
        self.ui.bannerLabel.setVisible(bool(tekst))

    # -- herstelpunten (autosave) ----------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return self._dirty

    def _zet_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        if not dirty:
            self._autosave.stop()
            self.herstelBanner.hide()

    def _gewijzigd(self, *_args: object) -> None:
        # A definitief verslag is never autosaved, not even while a correction is being typed.
        if self._laden or self.gesprek.definitief:
            return
        self._dirty = True
        self._autosave.start()  # restarts: the herstelpunt is written once typing pauses

    def _lees(self, afspraken: list[Afspraak]) -> GesprekInhoud:
        """The gesprek as on screen, with ``afspraken`` read by the caller (snapshot or checked)."""
        ui = self.ui
        return self.gesprek.inhoud.met(
            deelnemers=tuple(self.deelnemers.records()),
            onderwerpen=onderwerpen_van(ui.onderwerpenLijst),
            leefgebieden=tuple(self.tabs),
            voorbereiding=ui.voorbereiding.toPlainText(),
            besprekingen=tuple(
                LeefgebiedBespreking(lg, tab.evaluatie.toPlainText()) for lg, tab in self.tabs.items()
            ),
            afspraken=tuple(afspraken),
            verslag=ui.verslag.toPlainText(),
        )

    def _momentopname(self) -> GesprekInhoud:
        """What is on screen, without changing the screen (``inhoud`` adds a half-typed afspraak)."""
        return self._lees([a for tab in self.tabs.values() for a in tab.invoer.momentopname()])

    def bewaar_herstelpunt(self) -> None:
        """Keep the typing so far (not a save: no log entry, nothing synced)."""
        self._autosave.stop()
        g = self.gesprek
        if not self._dirty or g.definitief:
            return
        try:
            self.services.gesprekken.bewaar_herstelpunt(
                g.jongere_id, GesprekType.DRIEGESPREK, g.moment, self._momentopname(), gesprek_id=g.id
            )
        except (ValidationError, StorageError) as exc:
            # Not fatal: the text is still on screen, and Opslaan will say what is wrong.
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "DriegesprekEditor", "Herstelpunt kon niet worden bewaard: %1"
                ).replace("%1", str(exc))
            )
            return
        moment = self.services.ctx.now().astimezone(AMSTERDAM)
        self.statusBar().showMessage(
            QCoreApplication.translate("DriegesprekEditor", "Herstelpunt bewaard om %1").replace(
                "%1", f"{moment:%H:%M:%S}"
            )
        )

    def verwerp_herstelpunt(self) -> None:
        """Throw the restored text away and show the stored concept again."""
        self._autosave.stop()
        g = self.gesprek
        self.services.gesprekken.verwerp_herstelpunt(g.jongere_id, GesprekType.DRIEGESPREK, g.id)
        self._laden = True
        try:
            self._laad(g)
            self._toon_status()
        finally:
            self._laden = False
        self._zet_dirty(False)
        self.ui.deelnemersView.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._dirty and not self.gesprek.definitief:
            self._autosave.stop()
            keuze = vraag_bij_sluiten(
                self,
                QCoreApplication.translate("DriegesprekEditor", "Driegesprek sluiten"),
                QCoreApplication.translate(
                    "DriegesprekEditor",
                    "Het driegesprek met %1 heeft wijzigingen die nog niet zijn opgeslagen.",
                ).replace("%1", str(self.jongere.naam)),
            )
            if keuze == "opslaan":
                if not self.opslaan():
                    event.ignore()
                    return
            elif keuze == "niet":
                g = self.gesprek
                self.services.gesprekken.verwerp_herstelpunt(g.jongere_id, GesprekType.DRIEGESPREK, g.id)
                self._zet_dirty(False)
            else:
                self._autosave.start()
                event.ignore()
                return
        self._autosave.stop()
        super().closeEvent(event)

    # -- participants --------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.deelnemerNaam and is_enter(event):
            self.deelnemer_toevoegen()
            return True
        return False  # not ours: let it through (QObject.eventFilter would say the same)

    def deelnemer_toevoegen(self) -> None:
        ui = self.ui
        naam = ui.deelnemerNaam.text().strip()
        if not naam:
            self._melding(
                QCoreApplication.translate("DriegesprekEditor", "Typ eerst de naam van de deelnemer."),
                ui.deelnemerNaam,
            )
            return
        rol = DeelnemerRol(ui.deelnemerRol.currentData())
        self.deelnemers.set_records([*self.deelnemers.records(), Deelnemer(rol, naam)])
        ui.deelnemerNaam.clear()
        self._melding("", None)
        ui.deelnemerNaam.setFocus()

    def deelnemer_verwijderen(self) -> None:
        index = self.ui.deelnemersView.currentIndex()
        if not index.isValid():
            self._melding(
                QCoreApplication.translate(
                    "DriegesprekEditor", "Kies eerst in de lijst welke deelnemer weg moet."
                ),
                self.ui.deelnemersView,
            )
            return
        records = self.deelnemers.records()
        del records[index.row()]
        self.deelnemers.set_records(records)
        self.ui.deelnemersView.setFocus()

    # -- messages ------------------------------------------------------------------------------
    def _melding(self, wat: list[Problem] | str, focus: QWidget | None) -> None:
        label = self.ui.foutLabel
        if not wat:
            label.hide()
            return
        label.setText(wat if isinstance(wat, str) else "\n".join(p.message for p in wat))
        label.show()
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _toon_problemen(self, problems: tuple[Problem, ...]) -> None:
        velden: dict[str, QWidget] = {
            "Voorbereiding van de jongere": self.ui.voorbereiding,
            "Verslag": self.ui.verslag,
            "Het verslag van het driegesprek": self.ui.verslag,
            "": self.ui.deelnemersView,  # no jeugdbeschermer: the participants are where that is fixed
        }
        for lg, tab in self.tabs.items():
            velden[f"Evaluatie {lg.label}"] = tab.evaluatie
        focus = next((velden[p.veld] for p in problems if p.veld in velden), None)
        if focus is None and any(p.veld.startswith("Afspraak") or p.veld == "Wanneer" for p in problems):
            focus = self.ui.leefgebiedTabs.currentWidget()
        self._melding(list(problems), focus)

    # -- saving --------------------------------------------------------------------------------
    def onderwerp_toevoegen(self) -> None:
        ui = self.ui
        tekst = ui.nieuwOnderwerp.text().strip()
        if not tekst:
            return
        for i in reversed(range(ui.onderwerpenLijst.count())):  # the "no topics yet" line goes
            if ui.onderwerpenLijst.item(i).data(Qt.ItemDataRole.UserRole) is None:
                ui.onderwerpenLijst.takeItem(i)
        onderwerp_item(ui.onderwerpenLijst, Onderwerp(tekst, ui.nieuwVanJongere.isChecked()))
        ui.nieuwOnderwerp.clear()
        self._gewijzigd()

    def inhoud(self) -> GesprekInhoud:
        """What is on screen; raises ValidationError for a half-typed afspraak that cannot be read."""
        return self._lees([a for tab in self.tabs.values() for a in tab.afspraken()])

    def _probeer(self, actie: Callable[[], None]) -> bool:
        try:
            actie()
        except ValidationError as exc:
            self._toon_problemen(exc.problems)
            return False
        except StorageError as exc:
            self._melding(str(exc), None)
            return False
        self._melding("", None)
        return True

    def opslaan(self) -> bool:
        """Save as concept (Ctrl+S)."""
        if self.gesprek.definitief:
            return False

        def doe() -> None:
            g = self.gesprek
            self.gesprek = self.services.gesprekken.opslaan(
                g.jongere_id, GesprekType.DRIEGESPREK, g.moment, self.inhoud(), gesprek_id=g.id
            )

        if not self._probeer(doe):
            return False
        self._zet_dirty(False)
        self.statusBar().showMessage(
            QCoreApplication.translate("DriegesprekEditor", "Opgeslagen als concept."), 5000
        )
        self.opgeslagen.emit()
        return True

    def afronden(self) -> None:
        """Make the verslag definitief; optionally start a plan concept with the afspraken (1.2c)."""
        if self.gesprek.definitief:
            return
        try:
            inhoud = self.inhoud()
        except ValidationError as exc:
            self._toon_problemen(exc.problems)
            return
        dialoog = AfrondenDialog(len(inhoud.afspraken), self)
        if dialoog.exec() != QDialog.DialogCode.Accepted:
            return
        bijwerken = dialoog.plan_bijwerken.isChecked()

        def doe() -> None:
            gesprek, plan = self.services.gesprekken.rond_verslag_af(
                self.gesprek.id, inhoud, plan_bijwerken=bijwerken
            )
            self.gesprek = gesprek
            self.resultaat = QCoreApplication.translate(
                "DriegesprekEditor", "Het verslag is definitief en staat klaar voor het portaal."
            )
            if plan is not None:
                self.resultaat += QCoreApplication.translate(
                    "DriegesprekEditor", " Er is een nieuw concept van het begeleidingsplan (versie %1)."
                ).replace("%1", str(plan.nummer))

        if not self._probeer(doe):
            return
        self._zet_dirty(False)
        self._banner(self.resultaat)
        self._toon_status()
        self.ui.verslag.setFocus()
        self.opgeslagen.emit()

    def correctie(self) -> None:
        """First click: make the verslag editable; second: ask the reason and save the new version."""
        if not self.gesprek.definitief:
            return
        if not self._corrigerend:
            self._corrigerend = True
            self.resultaat = ""
            self._toon_status()
            self.ui.verslag.setFocus()
            return
        try:
            inhoud = self.inhoud()
        except ValidationError as exc:
            self._toon_problemen(exc.problems)
            return
        oud_id = self.gesprek.id

        def uitvoeren(reden: str) -> None:
            self.gesprek = self.services.gesprekken.corrigeer(oud_id, inhoud, reden)

        if RedenDialog(uitvoeren, self).exec() != QDialog.DialogCode.Accepted:
            return
        self._corrigerend = False
        self._zet_dirty(False)
        self.resultaat = QCoreApplication.translate(
            "DriegesprekEditor",
            "De correctie is opgeslagen als nieuwe versie; de vorige versie blijft bewaard.",
        )
        self._banner(self.resultaat)
        self._toon_status()
        self.opgeslagen.emit()


# -- preparation -----------------------------------------------------------------------------------


class VoorbereidingView(QWidget):
    """The mentor's preparation of a driegesprek: everything since the last one, and the jongere's topics."""

    #: The id of the driegesprek concept made from this preparation.
    driegesprek_gemaakt = Signal(str)

    def __init__(self, services: Services, jongere_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.jongere_id = jongere_id
        self.editor: DriegesprekEditor | None = None
        self.ui = ui = Ui_VoorbereidingView()
        ui.setupUi(self)
        naam = services.jongeren.get(jongere_id).naam
        self.setWindowTitle(
            QCoreApplication.translate("VoorbereidingView", "Driegesprek voorbereiden – %1").replace(
                "%1", str(naam)
            )
        )
        ui.titelLabel.setText(
            QCoreApplication.translate("VoorbereidingView", "Driegesprek voorbereiden met %1").replace(
                "%1", str(naam)
            )
        )
        als_kop(ui.titelLabel, 1.25)
        ui.sindsLabel.setStyleSheet(GRIJS)
        ui.onderwerpenJongere.setStyleSheet(_JONGERE_STIJL)
        self.tweegesprekken = RecordTableModel(tweegesprek_columns(), self)
        self.afspraken = RecordTableModel(open_afspraak_columns(), self)
        self.doelen = RecordTableModel(voorbereiding_doel_columns(), self)
        for view, model in (
            (ui.tweegesprekkenView, self.tweegesprekken),
            (ui.afsprakenView, self.afspraken),
            (ui.doelenView, self.doelen),
        ):
            view.setModel(model)
            fit(view)
        # Goal texts are long: the goal column gets a fixed share, the last evaluation the rest.
        kop = ui.doelenView.horizontalHeader()
        kop.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        kop.resizeSection(1, 220)
        ui.aanmakenKnop.clicked.connect(self.aanmaken)
        QShortcut(QKeySequence("Ctrl+Shift+N"), self, self.aanmaken)
        self.afdruk: Afdrukken | None = None
        self.agendaKnop = QPushButton(
            QCoreApplication.translate("VoorbereidingView", "Agenda af&drukken… (Ctrl+P)"), self
        )
        self.agendaKnop.setAutoDefault(False)
        self.agendaKnop.clicked.connect(self.agenda_afdrukken)
        ui.kop.addWidget(self.agendaKnop)
        QShortcut(QKeySequence("Ctrl+P"), self, self.agenda_afdrukken)
        self.herlaad()
        ui.aanmakenKnop.setFocus()

    def herlaad(self) -> None:
        ui = self.ui
        v = self.services.gesprekken.voorbereiding(self.jongere_id)
        ui.sindsLabel.setText(
            QCoreApplication.translate("VoorbereidingView", "Sinds het laatste driegesprek op %1").replace(
                "%1", str(datum(v.sinds))
            )
            if v.sinds
            else QCoreApplication.translate("VoorbereidingView", "Nog geen driegesprek")
        )
        if v.onderwerpen_jongere:
            ui.onderwerpenJongere.setText(
                QCoreApplication.translate("VoorbereidingView", "Onderwerpen die de jongere zelf inbracht: ")
                + "  ·  ".join(v.onderwerpen_jongere)
            )
        else:
            ui.onderwerpenJongere.setText(
                QCoreApplication.translate(
                    "VoorbereidingView", "De jongere bracht in de tweegesprekken geen eigen onderwerpen in."
                )
            )
        self.tweegesprekken.set_records(v.tweegesprekken)
        self.afspraken.set_records(v.open_afspraken)
        self.doelen.set_records(v.doelen)
        ui.overigLijst.clear()
        if v.plan is not None:
            QListWidgetItem(
                QCoreApplication.translate("VoorbereidingView", "Plan: versie %1 (%2)")
                .replace("%1", str(v.plan.nummer))
                .replace("%2", str(domein(v.plan.status).lower())),
                ui.overigLijst,
            )
        for titel in v.plan_wijzigingen:
            QListWidgetItem(
                QCoreApplication.translate(
                    "VoorbereidingView", "Gewijzigd sinds de vorige versie: %1"
                ).replace("%1", str(titel)),
                ui.overigLijst,
            )
        for mijlpaal in v.mijlpalen:
            QListWidgetItem(
                QCoreApplication.translate("VoorbereidingView", "Mijlpaal: %1").replace("%1", str(mijlpaal)),
                ui.overigLijst,
            )
        for formulier in v.formulieren:
            QListWidgetItem(
                QCoreApplication.translate("VoorbereidingView", "Formulier: %1").replace(
                    "%1", str(formulier)
                ),
                ui.overigLijst,
            )
        if ui.overigLijst.count() == 0:
            QListWidgetItem(
                QCoreApplication.translate(
                    "VoorbereidingView", "Geen plan, geen wijzigingen en geen mijlpalen."
                ),
                ui.overigLijst,
            )
        for view in (ui.tweegesprekkenView, ui.afsprakenView, ui.doelenView):
            view.resizeRowsToContents()

    def agenda_afdrukken(self) -> None:
        self.afdruk = afdrukken(self.services, DocumentSoort.AGENDA, self.jongere_id, parent=self)

    def aanmaken(self) -> None:
        """A driegesprek concept with this agenda, opened in the editor."""
        try:
            gesprek = self.services.gesprekken.maak_driegesprek(self.jongere_id, self.services.ctx.now())
        except (ValidationError, StorageError) as exc:
            self.ui.sindsLabel.setText(str(exc))
            self.ui.sindsLabel.setStyleSheet(FOUT_STIJL)
            return
        self.editor = DriegesprekEditor(self.services, gesprek.id)
        self.editor.resize(1366, 768)
        self.editor.show()
        self.driegesprek_gemaakt.emit(gesprek.id)


# -- dossier tab -----------------------------------------------------------------------------------


class GesprekkenTab(QWidget):
    """The jongere's timeline with search, and where tweegesprekken and driegesprekken start."""

    #: After any save, so the main window can refresh the deadlines.
    gewijzigd = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.jongere_id: str | None = None
        #: Open editor windows; kept here so they live on after the dialog that opened them.
        self.vensters: list[DriegesprekEditor] = []
        layout = QVBoxLayout(self)
        knoppen = QHBoxLayout()
        self.tweegesprekKnop = QPushButton(
            QCoreApplication.translate("GesprekkenTab", "&Tweegesprek vastleggen… (Ctrl+T)"), self
        )
        self.driegesprekKnop = QPushButton(
            QCoreApplication.translate("GesprekkenTab", "&Driegesprek voorbereiden…"), self
        )
        self.openenKnop = QPushButton(
            QCoreApplication.translate("GesprekkenTab", "Gekozen gesprek &openen"), self
        )
        for knop in (self.tweegesprekKnop, self.driegesprekKnop, self.openenKnop):
            knop.setAutoDefault(False)
            knoppen.addWidget(knop)
        knoppen.addStretch(1)
        layout.addLayout(knoppen)
        zoekrij = QHBoxLayout()
        zoek_label = QLabel(QCoreApplication.translate("GesprekkenTab", "&Zoeken in gesprekken:"), self)
        self.zoek = QLineEdit(self)
        self.zoek.setAccessibleName(QCoreApplication.translate("GesprekkenTab", "Zoeken in gesprekken"))
        self.zoek.setPlaceholderText(
            QCoreApplication.translate(
                "GesprekkenTab", "bijvoorbeeld: financien, school (accenten maken niet uit)"
            )
        )
        self.zoek.setClearButtonEnabled(True)
        zoek_label.setBuddy(self.zoek)
        zoekrij.addWidget(zoek_label)
        zoekrij.addWidget(self.zoek, 1)
        layout.addLayout(zoekrij)
        self.model = SyncStaatModel(tijdlijn_columns(), services, lambda r: r.ref_id, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(QCoreApplication.translate("GesprekkenTab", "Tijdlijn"))
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setTabKeyNavigation(False)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        fit(self.view)
        layout.addWidget(self.view, 1)
        self.melding = QLabel(self)
        self.melding.setWordWrap(True)
        self.melding.setStyleSheet(GRIJS)
        self.melding.setAccessibleName(QCoreApplication.translate("GesprekkenTab", "Melding"))
        layout.addWidget(self.melding)
        self.tweegesprekKnop.clicked.connect(self.tweegesprek)
        self.driegesprekKnop.clicked.connect(self.voorbereiden)
        self.openenKnop.clicked.connect(self.open_huidig)
        self.view.activated.connect(lambda _i: self.open_huidig())
        self.zoek.textChanged.connect(lambda _t: self.herlaad())
        QShortcut(QKeySequence("Ctrl+T"), self, self.tweegesprek)
        self.toon(None)

    def toon(self, jongere_id: str | None) -> None:
        self.jongere_id = jongere_id
        for knop in (self.tweegesprekKnop, self.driegesprekKnop, self.openenKnop, self.zoek):
            knop.setEnabled(jongere_id is not None)
        self.herlaad()

    def herlaad(self) -> None:
        if self.jongere_id is None:
            self.model.set_records([])
            self.melding.setText(
                QCoreApplication.translate("GesprekkenTab", "Kies een jongere om de gesprekken te zien.")
            )
            return
        regels = self.services.gesprekken.tijdlijn(self.jongere_id, self.zoek.text())
        self.model.set_records(regels)
        zoek = self.zoek.text().strip()
        if zoek and not regels:
            self.melding.setText(
                QCoreApplication.translate("GesprekkenTab", "Geen gesprekken gevonden met '%1'.").replace(
                    "%1", str(zoek)
                )
            )
        elif not regels:
            self.melding.setText(
                QCoreApplication.translate(
                    "GesprekkenTab", "Nog geen gesprekken. Leg een tweegesprek vast met Ctrl+T."
                )
            )
        else:
            self.melding.setText(
                QCoreApplication.translate("GesprekkenTab", "Enter op een gesprek opent het.")
            )
        if regels and not self.view.currentIndex().isValid():
            self.view.selectRow(0)

    def _na_opslaan(self) -> None:
        self.herlaad()
        self.gewijzigd.emit()

    def tweegesprek(self) -> None:
        if self.jongere_id is None:
            return
        if TweegesprekDialog(self.services, self.jongere_id, parent=self).exec():
            self._na_opslaan()

    def voorbereiden(self) -> None:
        if self.jongere_id is None:
            return
        dialoog = QDialog(self)
        layout = QVBoxLayout(dialoog)
        view = VoorbereidingView(self.services, self.jongere_id, dialoog)
        layout.addWidget(view)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialoog)
        _dutch_buttons(box)
        box.rejected.connect(dialoog.reject)
        layout.addWidget(box)
        dialoog.setWindowTitle(view.windowTitle())
        dialoog.resize(1300, 720)

        def gemaakt(_gesprek_id: str) -> None:
            if view.editor is not None:
                self._houd_bij(view.editor)
            self._na_opslaan()
            dialoog.accept()

        view.driegesprek_gemaakt.connect(gemaakt)
        view.ui.aanmakenKnop.setFocus()
        dialoog.exec()

    def _houd_bij(self, editor: DriegesprekEditor) -> None:
        self.vensters = [v for v in self.vensters if v.isVisible()] + [editor]
        editor.opgeslagen.connect(self._na_opslaan)

    def open_herstelpunt(self, herstel: GesprekHerstelpunt) -> None:
        """Open the gesprek whose unsaved text was kept (its window shows the text and the banner)."""
        if herstel.soort == GesprekType.DRIEGESPREK and herstel.gesprek_id is not None:
            editor = DriegesprekEditor(self.services, herstel.gesprek_id)
            editor.resize(1366, 768)
            editor.show()
            self._houd_bij(editor)
            return
        gesprek = self.services.gesprekken.get(herstel.gesprek_id) if herstel.gesprek_id else None
        if TweegesprekDialog(self.services, herstel.jongere_id, gesprek, self).exec():
            self._na_opslaan()

    def open_huidig(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            self.melding.setText(
                QCoreApplication.translate("GesprekkenTab", "Kies eerst een gesprek in de tijdlijn.")
            )
            return
        regel: Tijdlijnregel = self.model.record(index.row())
        self.open_gesprek(regel)

    def open_gesprek(self, regel: Tijdlijnregel) -> None:
        if regel.soort == GesprekType.TWEEGESPREK.value and self.jongere_id:
            gesprek = self.services.gesprekken.get(regel.ref_id)
            if TweegesprekDialog(self.services, self.jongere_id, gesprek, self).exec():
                self._na_opslaan()
        elif regel.soort == GesprekType.DRIEGESPREK.value:
            editor = DriegesprekEditor(self.services, regel.ref_id)
            editor.resize(1366, 768)
            editor.show()
            self._houd_bij(editor)
        else:
            self.melding.setText(
                QCoreApplication.translate(
                    "GesprekkenTab", "Dit is een versie van het begeleidingsplan: open die via het plan."
                )
            )
