"""Dialogs for gesprekken: logging a tweegesprek, and the reason for correcting a definitief one.

Typing in a tweegesprek is kept as a herstelpunt (autosave) a moment after each edit, like in the plan
editor: a crash or power cut loses seconds, and closing with unsaved changes asks what to do with them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
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
    DoelVoortgang,
    Gesprek,
    GesprekInhoud,
    Onderwerp,
)
from kso_desktop.domain.plan import ActieWie, Doel
from kso_desktop.domain.validation import Code, Problem, ValidationError, problem
from kso_desktop.gui.dialogs import FormDialog, _dutch_buttons, _fill_combo, read_date
from kso_desktop.gui.domeinteksten import domein
from kso_desktop.gui.forms.ui_tweegesprek_dialog import Ui_TweegesprekDialog
from kso_desktop.gui.plan_dialogs import actie_columns
from kso_desktop.gui.presentation import datum
from kso_desktop.gui.table_model import Column, RecordTableModel
from kso_desktop.services.context import AMSTERDAM
from kso_desktop.services.gesprekken import GesprekHerstelpunt
from kso_desktop.services.registry import Services
from kso_desktop.storage.errors import StorageError

_TIJD = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\s*$")
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
#: Marks the jongere's own topics in lists, so their influence shows without relying on colour (3.3a).
VAN_JONGERE = str(QT_TRANSLATE_NOOP("gesprek_dialogs", " (van de jongere)"))
#: Typing is kept as a herstelpunt this long after the last edit: a crash loses seconds, not a gesprek.
AUTOSAVE_MS = 2000
_HERSTEL_STIJL = "#herstelBanner { background: #ffec99; border: 1px solid #c9a000; border-radius: 4px; }"


class HerstelBanner(QFrame):
    """The yellow 'your unsaved text is back' bar, with a button to throw that text away."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("herstelBanner")
        self.setStyleSheet(_HERSTEL_STIJL)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.tekst = QLabel(self)
        self.tekst.setWordWrap(True)
        self.tekst.setAccessibleName(QCoreApplication.translate("HerstelBanner", "Herstelmelding"))
        self.weggooien = QPushButton(QCoreApplication.translate("HerstelBanner", "Weggooien"), self)
        self.weggooien.setAutoDefault(False)
        self.weggooien.setToolTip(
            QCoreApplication.translate(
                "HerstelBanner", "De herstelde tekst weggooien en het opgeslagen gesprek tonen"
            )
        )
        layout.addWidget(self.tekst, 1)
        layout.addWidget(self.weggooien)
        self.hide()

    def toon(self, herstel: GesprekHerstelpunt) -> None:
        self.tekst.setText(
            QCoreApplication.translate("HerstelBanner", "Niet-opgeslagen tekst van %1 is hersteld.").replace(
                "%1", f"{herstel.opgeslagen_op.astimezone(AMSTERDAM):%H:%M}"
            )
        )
        self.show()


def vraag_bij_sluiten(parent: QWidget, titel: str, tekst: str) -> str:
    """Ask what to do with unsaved changes: 'opslaan', 'niet' or 'annuleren'."""
    box = QMessageBox(QMessageBox.Icon.Question, titel, tekst, parent=parent)
    box.setInformativeText(
        QCoreApplication.translate(
            "gesprek_dialogs", "Opslaan als concept bewaart ze. Niet opslaan gooit ze weg."
        )
    )
    opslaan = box.addButton(
        QCoreApplication.translate("gesprek_dialogs", "Opslaan als &concept"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    niet = box.addButton(
        QCoreApplication.translate("gesprek_dialogs", "&Niet opslaan"), QMessageBox.ButtonRole.DestructiveRole
    )
    annuleren = box.addButton(
        QCoreApplication.translate("gesprek_dialogs", "Annuleren"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(opslaan)
    box.setEscapeButton(annuleren)
    box.exec()
    gekozen = box.clickedButton()
    if gekozen is opslaan:
        return "opslaan"
    if gekozen is niet:
        return "niet"
    return "annuleren"


def afspraak_columns(*, met_leefgebied: bool = False) -> list[Column]:
    """Who, when, what: the plan's action columns (an afspraak has the same three), plus the leefgebied."""
    columns = actie_columns()
    if met_leefgebied:
        columns.append(
            Column(
                QCoreApplication.translate("Kolommen", "Leefgebied"),
                lambda a: domein(a.leefgebied) if a.leefgebied else "–",
            )
        )
    return columns


def fit(view: QTableView) -> None:
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)


def is_enter(event: QEvent) -> bool:
    """A plain Enter key press (Ctrl+Enter saves, so it must not count)."""
    return (
        event.type() == QEvent.Type.KeyPress
        and isinstance(event, QKeyEvent)
        and event.key() in _ENTER
        and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    )


def moment_uit(datum_edit: QLineEdit, tijd_edit: QLineEdit, problems: list[Problem]) -> datetime | None:
    """The typed date and time, read as Amsterdam time, as an aware UTC moment (problems are collected)."""
    dag = read_date("Datum van het gesprek", datum_edit, problems, required=True)
    tekst = tijd_edit.text().strip()
    uur: time | None = time(12, 0)
    if tekst:
        m = _TIJD.match(tekst)
        uur = time(int(m[1]), int(m[2])) if m and int(m[1]) < 24 and int(m[2]) < 60 else None
        if uur is None:
            # There is no time code in the domain; the date message names the field and the format.
            problems.append(problem(Code.DATUM_ONGELDIG, "Tijd (uu:mm)", waarde=tekst))
    if dag is None or uur is None:
        return None
    return datetime.combine(dag, uur, tzinfo=AMSTERDAM).astimezone(UTC)


class AfspraakInvoer(QObject):
    """The 'wie / wat / wanneer' row under an afspraken table: Enter adds, the button removes the chosen one.

    Shared by the tweegesprek dialog and the driegesprek editor's leefgebied tabs.
    """

    def __init__(
        self,
        view: QTableView,
        *,
        wie: QComboBox,
        wat: QLineEdit,
        wanneer: QLineEdit,
        toevoegen: QPushButton,
        verwijderen: QPushButton,
        melding: Callable[[list[Problem] | str, QWidget | None], None],
        leefgebied: Leefgebied | None = None,
    ) -> None:
        super().__init__(view)
        self.view, self.wie, self.wat, self.wanneer = view, wie, wat, wanneer
        self.leefgebied = leefgebied
        self._melding = melding
        self.model = RecordTableModel(afspraak_columns(), view)
        view.setModel(self.model)
        fit(view)
        _fill_combo(wie, [(domein(w), w.value) for w in ActieWie], ActieWie.JONGERE.value)
        toevoegen.clicked.connect(self.toevoegen)
        verwijderen.clicked.connect(self.verwijderen)
        view.activated.connect(lambda _i: wat.setFocus())
        for widget in (wie, wat, wanneer):
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in the row adds the afspraak; it must not save the whole dialog half-way.
        if watched in (self.wie, self.wat, self.wanneer) and is_enter(event):
            self.toevoegen()
            return True
        return False  # not ours: let it through (QObject.eventFilter would say the same)

    def afspraken(self) -> list[Afspraak]:
        return list(self.model.records())

    def zet(self, afspraken: list[Afspraak]) -> None:
        self.model.set_records(afspraken)

    def half_ingevuld(self) -> bool:
        return bool(self.wat.text().strip() or self.wanneer.text().strip())

    def momentopname(self) -> list[Afspraak]:
        """The afspraken with a half-typed one included as far as it can be read (for a herstelpunt)."""
        afspraken = self.afspraken()
        wat = self.wat.text().strip()
        if wat:
            try:
                afspraken.append(self.lees())
            except ValidationError:  # an unreadable date: keep what is to be done
                afspraken.append(Afspraak(ActieWie(self.wie.currentData()), wat, leefgebied=self.leefgebied))
        return afspraken

    def bij_wijziging(self, gewijzigd: Callable[[], None]) -> None:
        """Call ``gewijzigd`` on every edit of the afspraken (for the autosave)."""
        self.model.modelReset.connect(gewijzigd)
        self.wat.textEdited.connect(gewijzigd)
        self.wanneer.textEdited.connect(gewijzigd)
        self.wie.activated.connect(gewijzigd)

    def lees(self) -> Afspraak:
        """The afspraak typed in the row; raises ValidationError naming the field."""
        problems: list[Problem] = []
        nummer = self.model.rowCount() + 1
        wat = self.wat.text().strip()
        if not wat:
            problems.append(problem(Code.VERPLICHT, f"Afspraak {nummer}"))
        wanneer = read_date("Wanneer", self.wanneer, problems, required=False)
        if problems:
            raise ValidationError(problems)
        return Afspraak(ActieWie(self.wie.currentData()), wat, wanneer, leefgebied=self.leefgebied)

    def toevoegen(self) -> bool:
        try:
            afspraak = self.lees()
        except ValidationError as exc:
            self._melding(list(exc.problems), self.wanneer if self.wat.text().strip() else self.wat)
            return False
        self.model.set_records([*self.model.records(), afspraak])
        self.wat.clear()
        self.wanneer.clear()
        self._melding("", None)
        self.wat.setFocus()
        return True

    def verwijderen(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            self._melding(
                QCoreApplication.translate(
                    "AfspraakInvoer", "Kies eerst in de lijst welke afspraak weg moet."
                ),
                self.view,
            )
            return
        records = self.model.records()
        del records[index.row()]
        self.model.set_records(records)
        self.view.setFocus()


def onderwerp_item(lijst: QListWidget, onderwerp: Onderwerp) -> QListWidgetItem:
    """A topic in a list; the jongere's own topics are bold and say so in words."""
    tekst = onderwerp.tekst + (
        QCoreApplication.translate("gesprek_dialogs", VAN_JONGERE) if onderwerp.van_jongere else ""
    )
    item = QListWidgetItem(tekst, lijst)
    item.setData(Qt.ItemDataRole.UserRole, onderwerp)
    if onderwerp.van_jongere:
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
    return item


def onderwerpen_van(lijst: QListWidget) -> tuple[Onderwerp, ...]:
    """The topics in a list (a hint line such as "no topics yet" carries no topic and is skipped)."""
    items = (lijst.item(i).data(Qt.ItemDataRole.UserRole) for i in range(lijst.count()))
    return tuple(o for o in items if isinstance(o, Onderwerp))


class RedenDialog(FormDialog):
    """Asks why a definitief gesprek is corrected; ``uitvoeren`` gets the reason and may refuse it."""

    def __init__(self, uitvoeren: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._uitvoeren = uitvoeren
        self.setWindowTitle(QCoreApplication.translate("RedenDialog", "Correctie op een definitief gesprek"))
        layout = QVBoxLayout(self)
        uitleg = QLabel(
            QCoreApplication.translate(
                "RedenDialog",
                "Een definitief gesprek verandert niet: je correctie wordt een nieuwe versie die de oude "
                "vervangt. De oude blijft bewaard. Waarom corrigeer je?",
            ),
            self,
        )
        uitleg.setWordWrap(True)
        layout.addWidget(uitleg)
        label = QLabel(QCoreApplication.translate("RedenDialog", "&Reden van de correctie:"), self)
        self.reden = QLineEdit(self)
        self.reden.setAccessibleName(QCoreApplication.translate("RedenDialog", "Reden van de correctie"))
        label.setBuddy(self.reden)
        layout.addWidget(label)
        layout.addWidget(self.reden)
        fout = QLabel(self)
        fout.setWordWrap(True)
        fout.setAccessibleName(QCoreApplication.translate("RedenDialog", "Foutmelding"))
        layout.addWidget(fout)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout.addWidget(box)
        self._wire(box, fout)
        box.button(QDialogButtonBox.StandardButton.Save).setText(
            QCoreApplication.translate("RedenDialog", "&Correctie opslaan")
        )
        self.velden = {"Reden van de correctie": self.reden}
        self.resize(520, self.sizeHint().height())
        self.reden.setFocus()

    def save(self) -> None:
        self._uitvoeren(self.reden.text())


class TweegesprekDialog(FormDialog):
    """Log a tweegesprek in under a minute, keyboard only; a definitief one opens read-only."""

    def __init__(
        self,
        services: Services,
        jongere_id: str,
        gesprek: Gesprek | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.jongere_id = jongere_id
        self.gesprek = gesprek
        self.saved: Gesprek | None = None
        self._definitief = True
        self._dirty = False
        self._laden = True
        self.ui = ui = Ui_TweegesprekDialog()
        ui.setupUi(self)
        self.herstelBanner = HerstelBanner(self)
        ui.dialogLayout.insertWidget(0, self.herstelBanner)
        self.herstelBanner.weggooien.clicked.connect(self.verwerp_herstelpunt)
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.bewaar_herstelpunt)
        naam = services.jongeren.get(jongere_id).naam
        self.setWindowTitle(
            QCoreApplication.translate("TweegesprekDialog", "Tweegesprek met %1").replace("%1", str(naam))
        )
        box = ui.buttonBox
        self.conceptKnop = box.addButton(
            QCoreApplication.translate("TweegesprekDialog", "Opslaan als &concept"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.definitiefKnop = box.addButton(
            QCoreApplication.translate("TweegesprekDialog", "Definitief opslaan"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.definitiefKnop.setToolTip("Ctrl+Enter")
        self.correctieKnop = box.addButton(
            QCoreApplication.translate("TweegesprekDialog", "&Correctie…"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.correctieKnop.hide()
        self._wire(box, ui.foutLabel)
        self.definitiefKnop.setDefault(True)
        self.conceptKnop.clicked.connect(self.opslaan_als_concept)
        self.correctieKnop.clicked.connect(self.correctie)
        self.leefgebieden: dict[Leefgebied, QCheckBox] = {
            lg: getattr(ui, f"lg_{lg.value}") for lg in Leefgebied
        }
        self.afspraken = AfspraakInvoer(
            ui.afsprakenView,
            wie=ui.afspraakWie,
            wat=ui.afspraakWat,
            wanneer=ui.afspraakWanneer,
            toevoegen=ui.afspraakToevoegenKnop,
            verwijderen=ui.afspraakVerwijderenKnop,
            melding=self._melding,
        )
        ui.onderwerpToevoegenKnop.clicked.connect(self.onderwerp_toevoegen)
        ui.onderwerpVerwijderenKnop.clicked.connect(self.onderwerp_weghalen)
        for widget in (ui.onderwerp, ui.vanJongere):
            widget.installEventFilter(self)
        self.velden = {
            "Datum van het gesprek": ui.datum,
            "Tijd (uu:mm)": ui.tijd,
            "Onderwerp": ui.onderwerp,
            "Notities": ui.notities,
            "Wat er besproken is (notities of onderwerpen)": ui.notities,
            "Wanneer": ui.afspraakWanneer,
            "Deelnemer (Woonbegeleider)": ui.woonbegeleider,
        }
        self.voortgang: dict[str, tuple[Doel, QLineEdit]] = {}
        self._maak_voortgang()
        # Ctrl+Enter saves from anywhere: in the notes Enter is a new line.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._definitief_opslaan)
        self._toon_opgeslagen()
        herstel = (
            services.gesprekken.herstelpunt(
                jongere_id, GesprekType.TWEEGESPREK, gesprek.id if gesprek else None
            )
            if self.bewerkbaar
            else None
        )
        if herstel is not None:
            self._vul(herstel.moment, herstel.inhoud, ui.woonbegeleider.text())
            self.herstelBanner.toon(herstel)
            self._dirty = True
        if gesprek is not None and gesprek.definitief:
            self._alleen_lezen()
        else:
            ui.onderwerp.setFocus()
        self._volg_wijzigingen()
        self._laden = False
        self.resize(max(self.width(), 1040), min(max(self.sizeHint().height(), 620), 720))

    # -- building ------------------------------------------------------------------------------
    def _maak_voortgang(self) -> None:
        ui = self.ui
        plan = self.services.plannen.laatste(self.jongere_id)
        doelen = [d for d in plan.inhoud.doelen if d.status.actief] if plan else []
        vorige: QWidget = ui.notities
        for doel in doelen:
            edit = QLineEdit(ui.voortgangWidget)
            edit.setPlaceholderText(
                QCoreApplication.translate("TweegesprekDialog", "voortgang (mag leeg blijven)")
            )
            edit.setAccessibleName(
                QCoreApplication.translate("TweegesprekDialog", "Voortgang op %1").replace(
                    "%1", str(doel.titel)
                )
            )
            label = QLabel(_kort(doel.titel, 40) + ":", ui.voortgangWidget)
            label.setToolTip(f"{domein(doel.leefgebied)}: {doel.titel}")
            label.setBuddy(edit)
            ui.voortgangForm.addRow(label, edit)
            self.voortgang[doel.id] = (doel, edit)
            self.velden[f"Voortgang op '{doel.titel}'"] = edit
            QWidget.setTabOrder(vorige, edit)
            vorige = edit
        if doelen:
            ui.lbl_voortgang.setBuddy(self.voortgang[doelen[0].id][1])
            QWidget.setTabOrder(vorige, ui.afsprakenView)
        else:
            ui.lbl_voortgang.setText(
                QCoreApplication.translate(
                    "TweegesprekDialog", "Voortgang op doelen: er zijn geen lopende doelen in het plan."
                )
            )

    def _toon_opgeslagen(self) -> None:
        """The stored gesprek on screen, or an empty one for now (also after throwing a herstelpunt away)."""
        if self.gesprek is not None:
            self._vul(self.gesprek.moment, self.gesprek.inhoud, self.gesprek.auteur)
        else:
            self._vul(self.services.ctx.now(), GesprekInhoud(), self.services.actor.naam)

    def _vul(self, moment_utc: datetime, inhoud: GesprekInhoud, begeleider: str) -> None:
        ui = self.ui
        moment = moment_utc.astimezone(AMSTERDAM)
        ui.datum.setText(datum(moment.date()))
        ui.tijd.setText(f"{moment:%H:%M}")
        ui.woonbegeleider.setText(next((d.naam for d in inhoud.deelnemers if d.naam), begeleider))
        ui.onderwerp.clear()
        ui.vanJongere.setChecked(False)
        ui.onderwerpenLijst.clear()
        for onderwerp in inhoud.onderwerpen:
            onderwerp_item(ui.onderwerpenLijst, onderwerp)
        for lg, box in self.leefgebieden.items():
            box.setChecked(lg in inhoud.leefgebieden)
        ui.notities.setPlainText(inhoud.notities)
        ui.afspraakWat.clear()
        ui.afspraakWanneer.clear()
        self.afspraken.zet(list(inhoud.afspraken))
        teksten = {v.doel_id: v.tekst for v in inhoud.voortgang}
        for doel_id, (_doel, edit) in self.voortgang.items():
            edit.setText(teksten.get(doel_id, ""))

    # -- herstelpunten (autosave) ----------------------------------------------------------------
    @property
    def bewerkbaar(self) -> bool:
        """A new gesprek or a concept: only those are autosaved (a definitief one is read-only)."""
        return self.gesprek is None or not self.gesprek.definitief

    @property
    def dirty(self) -> bool:
        return self._dirty

    def _volg_wijzigingen(self) -> None:
        ui = self.ui
        for edit in (ui.datum, ui.tijd, ui.woonbegeleider, ui.onderwerp):
            edit.textEdited.connect(self._gewijzigd)
        ui.notities.textChanged.connect(self._gewijzigd)
        ui.vanJongere.toggled.connect(self._gewijzigd)
        for box in self.leefgebieden.values():
            box.toggled.connect(self._gewijzigd)
        lijst = ui.onderwerpenLijst.model()
        lijst.rowsInserted.connect(self._gewijzigd)
        lijst.rowsRemoved.connect(self._gewijzigd)
        self.afspraken.bij_wijziging(self._gewijzigd)
        for _doel, edit in self.voortgang.values():
            edit.textEdited.connect(self._gewijzigd)

    def _gewijzigd(self, *_args: object) -> None:
        if self._laden or not self.bewerkbaar:
            return
        self._dirty = True
        self._autosave.start()  # restarts: the herstelpunt is written once typing pauses

    def _lees(self, afspraken: list[Afspraak]) -> GesprekInhoud:
        """The gesprek as on screen, with ``afspraken`` read by the caller (snapshot or checked)."""
        ui = self.ui
        onderwerpen = onderwerpen_van(ui.onderwerpenLijst)
        if ui.onderwerp.text().strip():
            onderwerpen += (Onderwerp(ui.onderwerp.text().strip(), ui.vanJongere.isChecked()),)
        return GesprekInhoud(
            deelnemers=(
                Deelnemer(DeelnemerRol.JONGERE, ""),
                Deelnemer(DeelnemerRol.WOONBEGELEIDER, ui.woonbegeleider.text()),
            ),
            onderwerpen=onderwerpen,
            leefgebieden=tuple(lg for lg, box in self.leefgebieden.items() if box.isChecked()),
            notities=ui.notities.toPlainText(),
            afspraken=tuple(afspraken),
            voortgang=tuple(
                DoelVoortgang(doel.id, doel.titel, edit.text())
                for doel, edit in self.voortgang.values()
                if edit.text().strip()
            ),
        )

    def _momentopname(self) -> GesprekInhoud:
        """What is on screen, without changing the screen (``inhoud`` adds a half-typed afspraak)."""
        return self._lees(list(self.afspraken.momentopname()))

    def bewaar_herstelpunt(self) -> None:
        """Keep the typing so far (not a save: no log entry, nothing synced)."""
        self._autosave.stop()
        if not self._dirty or not self.bewerkbaar:
            return
        moment = moment_uit(self.ui.datum, self.ui.tijd, [])
        if moment is None:  # a date being typed: keep the text with the last known moment
            moment = self.gesprek.moment if self.gesprek else self.services.ctx.now()
        try:
            self.services.gesprekken.bewaar_herstelpunt(
                self.jongere_id,
                GesprekType.TWEEGESPREK,
                moment,
                self._momentopname(),
                gesprek_id=self.gesprek.id if self.gesprek else None,
            )
        except (ValidationError, StorageError):
            return  # not fatal: the text is still on screen, and saving will say what is wrong

    def verwerp_herstelpunt(self) -> None:
        """Throw the restored text away and show the stored gesprek (or an empty one) again."""
        self._autosave.stop()
        self.services.gesprekken.verwerp_herstelpunt(
            self.jongere_id, GesprekType.TWEEGESPREK, self.gesprek.id if self.gesprek else None
        )
        self._laden = True
        try:
            self._toon_opgeslagen()
        finally:
            self._laden = False
        self._dirty = False
        self.herstelBanner.hide()
        self.ui.onderwerp.setFocus()

    def accept(self) -> None:
        self._autosave.stop()
        self._dirty = False  # saved: the service dropped the herstelpunt in the same step
        super().accept()

    def reject(self) -> None:
        """Annuleren, Escape or closing: unsaved changes are never thrown away without asking."""
        if self._dirty and self.bewerkbaar and self.isVisible():
            self._autosave.stop()
            keuze = vraag_bij_sluiten(
                self,
                QCoreApplication.translate("TweegesprekDialog", "Tweegesprek sluiten"),
                QCoreApplication.translate(
                    "TweegesprekDialog", "Dit tweegesprek heeft wijzigingen die nog niet zijn opgeslagen."
                ),
            )
            if keuze == "opslaan":
                self.opslaan_als_concept()  # closes the dialog when the save succeeds
                return
            if keuze == "annuleren":
                self._autosave.start()
                return
            self.services.gesprekken.verwerp_herstelpunt(
                self.jongere_id, GesprekType.TWEEGESPREK, self.gesprek.id if self.gesprek else None
            )
            self._dirty = False
        self._autosave.stop()
        super().reject()

    def _alleen_lezen(self) -> None:
        ui = self.ui
        ui.datum.setReadOnly(True)
        ui.tijd.setReadOnly(True)
        self._zet_bewerkbaar(False)
        self.conceptKnop.hide()
        self.definitiefKnop.hide()
        self.correctieKnop.show()
        ui.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        _dutch_buttons(ui.buttonBox)
        ui.uitleg.setText(
            QCoreApplication.translate(
                "TweegesprekDialog",
                "Dit tweegesprek is definitief en verandert niet meer. Klopt er iets niet? "
                "Kies 'Correctie…': dat wordt een nieuwe versie, met een reden.",
            )
        )
        self.correctieKnop.setFocus()

    def _zet_bewerkbaar(self, ja: bool) -> None:
        """Everything but date and time: a correction changes what was said, not when (``corrigeer``)."""
        ui = self.ui
        for edit in (ui.woonbegeleider, ui.onderwerp):
            edit.setReadOnly(not ja)
        ui.notities.setReadOnly(not ja)
        for _doel, edit in self.voortgang.values():
            edit.setReadOnly(not ja)
        for widget in (
            ui.vanJongere,
            ui.onderwerpToevoegenKnop,
            ui.onderwerpVerwijderenKnop,
            ui.leefgebiedenBox,
            ui.afspraakWie,
            ui.afspraakWat,
            ui.afspraakWanneer,
            ui.afspraakToevoegenKnop,
            ui.afspraakVerwijderenKnop,
        ):
            widget.setEnabled(ja)

    # -- topics --------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in (self.ui.onderwerp, self.ui.vanJongere) and is_enter(event):
            self.onderwerp_toevoegen()
            return True
        return False  # not ours: let it through (QObject.eventFilter would say the same)

    def onderwerp_toevoegen(self) -> None:
        ui = self.ui
        tekst = ui.onderwerp.text().strip()
        if not tekst:
            self._melding([problem(Code.VERPLICHT, "Onderwerp")], ui.onderwerp)
            return
        onderwerp_item(ui.onderwerpenLijst, Onderwerp(tekst, ui.vanJongere.isChecked()))
        ui.onderwerp.clear()
        ui.vanJongere.setChecked(False)
        self.fout_label.hide()
        ui.onderwerp.setFocus()

    def onderwerp_weghalen(self) -> None:
        lijst = self.ui.onderwerpenLijst
        if lijst.currentRow() < 0:
            self._melding(
                QCoreApplication.translate(
                    "TweegesprekDialog", "Kies eerst in de lijst welk onderwerp weg moet."
                ),
                lijst,
            )
            return
        lijst.takeItem(lijst.currentRow())
        lijst.setFocus()

    def _melding(self, wat: list[Problem] | str, focus: QWidget | None) -> None:
        if not wat:
            self.fout_label.hide()
            return
        self.fout_label.setText(wat if isinstance(wat, str) else "\n".join(p.message for p in wat))
        self.fout_label.show()
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- saving --------------------------------------------------------------------------------
    def show_problems(self, problems: tuple[Problem, ...]) -> None:
        super().show_problems(problems)
        # "Afspraak 2 is verplicht": the afspraken table is where that is fixed.
        if any(p.veld.startswith("Afspraak ") for p in problems) and not any(
            p.veld in self.velden for p in problems
        ):
            self.ui.afspraakWat.setFocus(Qt.FocusReason.OtherFocusReason)

    def inhoud(self) -> GesprekInhoud:
        ui = self.ui
        if self.afspraken.half_ingevuld():
            # A typed afspraak that was not added yet is surely meant to be part of the gesprek.
            afspraak = self.afspraken.lees()
            self.afspraken.zet([*self.afspraken.afspraken(), afspraak])
            ui.afspraakWat.clear()
            ui.afspraakWanneer.clear()
        return self._lees(list(self.afspraken.afspraken()))

    def save(self) -> None:
        problems: list[Problem] = []
        moment = moment_uit(self.ui.datum, self.ui.tijd, problems)
        if problems or moment is None:
            raise ValidationError(problems)
        inhoud = self.inhoud()
        if self.ui.onderwerp.text().strip():
            self.ui.onderwerp.clear()
            self.ui.vanJongere.setChecked(False)
        self.saved = self.services.gesprekken.opslaan(
            self.jongere_id,
            GesprekType.TWEEGESPREK,
            moment,
            inhoud,
            gesprek_id=self.gesprek.id if self.gesprek else None,
            definitief=self._definitief,
        )

    def _definitief_opslaan(self) -> None:
        if self.gesprek is not None and self.gesprek.definitief:
            return
        self._definitief = True
        self._try_save()

    def opslaan_als_concept(self) -> None:
        self._definitief = False
        try:
            self._try_save()
        finally:
            self._definitief = True

    def correctie(self) -> None:
        gesprek = self.gesprek
        if gesprek is None:
            return

        def uitvoeren(reden: str) -> None:
            self.saved = self.services.gesprekken.corrigeer(gesprek.id, self.inhoud(), reden)

        # The correction is this gesprek's content made editable again; the reason dialog saves it.
        if not getattr(self, "_corrigerend", False):
            self._corrigerend = True
            self._zet_bewerkbaar(True)
            self.correctieKnop.setText(QCoreApplication.translate("TweegesprekDialog", "&Correctie opslaan…"))
            self.ui.uitleg.setText(
                QCoreApplication.translate(
                    "TweegesprekDialog",
                    "Pas aan wat niet klopt en kies 'Correctie opslaan…'. "
                    "Datum en tijd blijven zoals ze waren.",
                )
            )
            self.ui.notities.setFocus()
            return
        if RedenDialog(uitvoeren, self).exec():
            self.accept()


def _kort(tekst: str, n: int) -> str:
    return tekst if len(tekst) <= n else tekst[: n - 1].rstrip() + "…"
