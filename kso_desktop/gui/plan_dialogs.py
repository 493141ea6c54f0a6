"""Dialogs of the plan editor: a goal, an evaluation, vaststellen, and comparing two versions."""

from __future__ import annotations

import dataclasses
import html
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kso_desktop.domain.enums import Leefgebied
from kso_desktop.domain.plan import (
    Actie,
    ActieWie,
    Akkoord,
    Doel,
    DoelStatus,
    Evaluatie,
    PlanInhoud,
    PlanVersie,
    add_evaluatie,
    check_inhoud,
    clean_inhoud,
)
from kso_desktop.domain.plan_compare import DoelVerschil, DoelWijziging, Onderdeel, Op, Segment, VeldVerschil
from kso_desktop.domain.validation import Code, Problem, ValidationError, problem
from kso_desktop.gui.dialogs import FormDialog, _dutch_buttons, _fill_combo, read_date
from kso_desktop.gui.domeinteksten import domein
from kso_desktop.gui.forms.ui_doel_dialog import Ui_DoelDialog
from kso_desktop.gui.forms.ui_plan_vergelijk import Ui_PlanVergelijkDialog
from kso_desktop.gui.forms.ui_vaststellen_dialog import Ui_VaststellenDialog
from kso_desktop.gui.presentation import datum
from kso_desktop.gui.table_model import Column, RecordTableModel
from kso_desktop.services.registry import Services

WEG_KLEUR = "#a4001d"
ERBIJ_KLEUR = "#1b5e20"


def _fit(view: QTableView) -> None:
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


def _datum_of_leeg(day: date | None) -> str:
    return "" if day is None else datum(day)


# -- goal ------------------------------------------------------------------------------------------


def actie_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("Kolommen", "Wie"), lambda a: domein(a.wie)),
        Column(
            QCoreApplication.translate("Kolommen", "Wanneer"),
            lambda a: datum(a.wanneer),
            sort_key=lambda a: str(a.wanneer or ""),
        ),
        Column(QCoreApplication.translate("Kolommen", "Wat"), lambda a: a.wat, tooltip=lambda a: a.wat),
    ]


def evaluatie_columns() -> list[Column]:
    return [
        Column(
            QCoreApplication.translate("Kolommen", "Datum"),
            lambda e: datum(e.datum),
            sort_key=lambda e: e.datum.isoformat(),
        ),
        Column(QCoreApplication.translate("Kolommen", "Door"), lambda e: e.door or "–"),
        Column(
            QCoreApplication.translate("Kolommen", "Evaluatie"), lambda e: e.tekst, tooltip=lambda e: e.tekst
        ),
    ]


class DoelDialog(FormDialog):
    """Add or change one goal. Returns the goal in :attr:`doel`; the editor keeps it until Opslaan."""

    def __init__(
        self,
        services: Services,
        versie: PlanVersie,
        leefgebied: Leefgebied,
        doel: Doel | None = None,
        *,
        alleen_lezen: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.versie = versie
        self.origineel = doel
        self.doel: Doel | None = None
        self.ui = ui = Ui_DoelDialog()
        ui.setupUi(self)
        self.setWindowTitle(
            QCoreApplication.translate("DoelDialog", "Doel bekijken")
            if alleen_lezen
            else QCoreApplication.translate("DoelDialog", "Doel wijzigen")
            if doel
            else QCoreApplication.translate("DoelDialog", "Nieuw doel")
        )
        self._wire(ui.buttonBox, ui.foutLabel)
        self.velden = {
            "De tekst van het doel": ui.eigenWoorden,
            "In eigen woorden": ui.eigenWoorden,
            "Professioneel": ui.professioneel,
            "Streefdatum": ui.streefdatum,
            "Actie": ui.actieWat,
            "Wat": ui.actieWat,
            "Wanneer": ui.actieWanneer,
        }
        _fill_combo(ui.leefgebied, [(domein(k), k.value) for k in Leefgebied], leefgebied.value)
        _fill_combo(
            ui.status, [(domein(s), s.value) for s in DoelStatus], (doel.status if doel else DoelStatus.OPEN)
        )
        _fill_combo(ui.actieWie, [(domein(w), w.value) for w in ActieWie], ActieWie.JONGERE.value)
        self.acties = RecordTableModel(actie_columns(), self)
        self.evaluaties = RecordTableModel(evaluatie_columns(), self)
        ui.actiesView.setModel(self.acties)
        ui.evaluatiesView.setModel(self.evaluaties)
        _fit(ui.actiesView)
        _fit(ui.evaluatiesView)
        if doel is not None:
            ui.eigenWoorden.setPlainText(doel.eigen_woorden)
            ui.professioneel.setPlainText(doel.professioneel)
            ui.streefdatum.setText(_datum_of_leeg(doel.streefdatum))
            self.acties.set_records(doel.acties)
            self.evaluaties.set_records(doel.evaluaties)
        self._netwerk_personen(doel)
        ui.actieToevoegenKnop.clicked.connect(self.actie_toevoegen)
        ui.actieVerwijderenKnop.clicked.connect(self.actie_verwijderen)
        ui.actiesView.activated.connect(lambda _i: ui.actieWat.setFocus())
        for widget in (ui.actieWie, ui.actieWat, ui.actieWanneer):
            widget.installEventFilter(self)
        # Ctrl+Enter saves from anywhere: in the text boxes Enter is a new line.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._try_save)
        if alleen_lezen:
            self._alleen_lezen()
            self.personen.setEnabled(False)
        ui.eigenWoorden.setFocus()
        self.resize(max(self.width(), 680), self.height())

    def _netwerk_personen(self, doel: Doel | None) -> None:
        """People from the jongere's sociaal netwerk this goal is about or relies on (Norm 1.3a, 5.1)."""
        self.personen = QListWidget(self)
        self.personen.setAccessibleName(
            QCoreApplication.translate("DoelDialog", "Mensen uit het netwerk bij dit doel")
        )
        self.personen.setMaximumHeight(90)
        gekozen = set(doel.personen) if doel else set()
        netwerk = self.services.netwerk.huidig_netwerk(self.versie.jongere_id)
        for p in netwerk.personen:
            item = QListWidgetItem(f"{p.naam} ({p.relatie or domein(p.sector).lower()})", self.personen)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if p.id in gekozen else Qt.CheckState.Unchecked)
        # Someone no longer in the drawing stays linked until the goal is changed on purpose.
        self._personen_elders = tuple(i for i in (doel.personen if doel else ()) if not netwerk.heeft(i))
        if self.personen.count():
            label = QLabel(QCoreApplication.translate("DoelDialog", "&Mensen uit het netwerk:"), self)
            label.setBuddy(self.personen)
            label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
            rij = self.ui.form.rowCount()
            self.ui.form.addWidget(label, rij, 0)
            self.ui.form.addWidget(self.personen, rij, 1)
            QWidget.setTabOrder(self.ui.streefdatum, self.personen)  # in reading order, not creation order
        else:
            self.personen.hide()

    def gekozen_personen(self) -> tuple[str, ...]:
        items = (self.personen.item(i) for i in range(self.personen.count()))
        aan = tuple(
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        )
        return aan + self._personen_elders

    def _alleen_lezen(self) -> None:
        ui = self.ui
        for edit in (ui.eigenWoorden, ui.professioneel):
            edit.setReadOnly(True)
        ui.streefdatum.setReadOnly(True)
        for widget in (
            ui.leefgebied,
            ui.status,
            ui.actieWie,
            ui.actieWat,
            ui.actieWanneer,
            ui.actieToevoegenKnop,
            ui.actieVerwijderenKnop,
        ):
            widget.setEnabled(False)
        ui.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        _dutch_buttons(ui.buttonBox)
        ui.uitleg.setText(
            QCoreApplication.translate(
                "DoelDialog", "Deze versie is vastgesteld: het doel verandert hier niet meer."
            )
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in the action row adds the action; it must not save the whole dialog half-way.
        if (
            watched in (self.ui.actieWie, self.ui.actieWat, self.ui.actieWanneer)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self.actie_toevoegen()
            return True
        return False  # not ours: let it through (QObject.eventFilter would say the same)

    def _lees_actie(self) -> Actie:
        """The action typed in the row editor; raises ValidationError naming the field."""
        ui = self.ui
        problems: list[Problem] = []
        wat = ui.actieWat.text().strip()
        if not wat:
            problems.append(problem(Code.VERPLICHT, "Wat"))
        wanneer = read_date("Wanneer", ui.actieWanneer, problems, required=False)
        if problems:
            raise ValidationError(problems)
        return Actie(ActieWie(ui.actieWie.currentData()), wat, wanneer)

    def actie_toevoegen(self) -> None:
        try:
            actie = self._lees_actie()
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return
        self._voeg_toe(actie)
        self.ui.actieWat.setFocus()

    def _voeg_toe(self, actie: Actie) -> None:
        self.acties.set_records([*self.acties.records(), actie])
        self.ui.actieWat.clear()
        self.ui.actieWanneer.clear()
        self.fout_label.hide()

    def actie_verwijderen(self) -> None:
        index = self.ui.actiesView.currentIndex()
        if not index.isValid():
            self.fout_label.setText(
                QCoreApplication.translate("DoelDialog", "Kies eerst in de lijst welke actie weg moet.")
            )
            self.fout_label.show()
            self.ui.actiesView.setFocus()
            return
        records = self.acties.records()
        del records[index.row()]
        self.acties.set_records(records)
        self.ui.actiesView.setFocus()

    def save(self) -> None:
        ui = self.ui
        problems: list[Problem] = []
        streefdatum = read_date("Streefdatum", ui.streefdatum, problems, required=False)
        if problems:
            raise ValidationError(problems)
        if ui.actieWat.text().strip() or ui.actieWanneer.text().strip():
            # A typed action that was not added yet is surely meant to be part of the goal.
            self._voeg_toe(self._lees_actie())
        leefgebied = Leefgebied(ui.leefgebied.currentData())
        doel = Doel(
            id=self.origineel.id if self.origineel else Doel.nieuw(leefgebied).id,
            leefgebied=leefgebied,
            eigen_woorden=ui.eigenWoorden.toPlainText(),
            professioneel=ui.professioneel.toPlainText(),
            acties=tuple(self.acties.records()),
            streefdatum=streefdatum,
            status=DoelStatus(ui.status.currentData()),
            evaluaties=self.origineel.evaluaties if self.origineel else (),
            personen=self.gekozen_personen(),
        )
        # The plan's own rules on this goal alone: the messages of Opslaan, while the dialog is still open.
        schoon = clean_inhoud(PlanInhoud(doelen=(doel,)))
        prefix = f"Doel 1 ({leefgebied.label}): "  # as the domain writes it in its Problem
        template, plan_datum = self.versie.template, self.versie.gestart_op
        # Compared with the goal as it was: a carried-over goal keeps the date it was agreed with.
        vorige = PlanInhoud(doelen=(self.origineel,)) if self.origineel else None
        gevonden = [
            _zonder_prefix(p, prefix) for p in check_inhoud(schoon, template, plan_datum, vorige=vorige)
        ]
        if gevonden:
            raise ValidationError(gevonden)
        self.doel = schoon.doelen[0]


def _zonder_prefix(p: Problem, prefix: str) -> Problem:
    """The plan-wide field name ('Doel 1 (Wonen): streefdatum') as the dialog's own ('Streefdatum')."""
    veld = p.veld.removeprefix(prefix)
    return dataclasses.replace(p, veld=veld[:1].upper() + veld[1:])


# -- evaluation ------------------------------------------------------------------------------------


class EvaluatieDialog(FormDialog):
    """Add an evaluation note to a goal; a stopped goal takes none (the domain says so, in Dutch)."""

    def __init__(
        self, services: Services, inhoud: PlanInhoud, doel_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.inhoud = inhoud
        self.doel_id = doel_id
        self.resultaat: PlanInhoud | None = None
        doel = inhoud.doel(doel_id)
        self.setWindowTitle(QCoreApplication.translate("EvaluatieDialog", "Evaluatie toevoegen"))
        layout = QVBoxLayout(self)
        uitleg = QLabel(
            QCoreApplication.translate("EvaluatieDialog", "Doel: %1").replace("%1", str(doel.titel)), self
        )
        uitleg.setWordWrap(True)
        uitleg.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(uitleg)
        form = QFormLayout()
        self.datum = QLineEdit(datum(services.ctx.today()), self)
        self.datum.setPlaceholderText(QCoreApplication.translate("EvaluatieDialog", "dd-mm-jjjj"))
        self.datum.setAccessibleName(QCoreApplication.translate("EvaluatieDialog", "Datum van de evaluatie"))
        self.tekst = QPlainTextEdit(self)
        self.tekst.setTabChangesFocus(True)
        self.tekst.setAccessibleName(QCoreApplication.translate("EvaluatieDialog", "Evaluatie"))
        self.tekst.setPlaceholderText(
            QCoreApplication.translate(
                "EvaluatieDialog", "Hoe gaat het met dit doel? Wat zegt de jongere erover?"
            )
        )
        datum_label = QLabel(QCoreApplication.translate("EvaluatieDialog", "&Datum:"), self)
        datum_label.setBuddy(self.datum)
        tekst_label = QLabel(QCoreApplication.translate("EvaluatieDialog", "&Evaluatie:"), self)
        tekst_label.setBuddy(self.tekst)
        form.addRow(datum_label, self.datum)
        form.addRow(tekst_label, self.tekst)
        layout.addLayout(form)
        fout = QLabel(self)
        fout.setWordWrap(True)
        fout.setAccessibleName(QCoreApplication.translate("EvaluatieDialog", "Foutmelding"))
        layout.addWidget(fout)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout.addWidget(box)
        self._wire(box, fout)
        self.velden = {"Datum": self.datum, "Evaluatie": self.tekst}
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._try_save)
        self.resize(560, self.sizeHint().height())
        self.tekst.setFocus()

    def save(self) -> None:
        problems: list[Problem] = []
        dag = read_date("Datum", self.datum, problems, required=True)
        if problems or dag is None:
            raise ValidationError(problems)
        evaluatie = Evaluatie(dag, self.tekst.toPlainText(), door=self.services.actor.naam)
        self.resultaat = add_evaluatie(self.inhoud, self.doel_id, evaluatie)


# -- vaststellen -----------------------------------------------------------------------------------


class VaststellenDialog(FormDialog):
    """Freeze the concept, agreed with the jongere; the service refuses without that agreement."""

    def __init__(
        self, services: Services, versie: PlanVersie, naam: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.versie = versie
        self.vastgesteld: PlanVersie | None = None
        self.ui = ui = Ui_VaststellenDialog()
        ui.setupUi(self)
        self.setWindowTitle(
            QCoreApplication.translate("VaststellenDialog", "Begeleidingsplan van %1 vaststellen").replace(
                "%1", str(naam)
            )
        )
        self._wire(ui.buttonBox, ui.foutLabel)
        opslaan = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        opslaan.setText(QCoreApplication.translate("VaststellenDialog", "&Vaststellen"))
        ui.uitleg.setText(
            QCoreApplication.translate(
                "VaststellenDialog",
                "Je stelt versie %1 vast, samen met %2 en de jeugdbeschermer (Norm 1.1a). Daarna verandert "
                "deze versie niet meer; verder werken doe je in een nieuw concept.",
            )
            .replace("%1", str(versie.nummer))
            .replace("%2", str(naam))
        )
        # The JONGERE_AKKOORD message names no field: it is about the check box.
        self.velden = {
            "": ui.akkoord,
            "Datum van vaststellen": ui.datum,
            "Jeugdbeschermer": ui.jeugdbeschermer,
            "Woonbegeleider": ui.woonbegeleider,
        }
        ui.datum.setText(datum(services.ctx.today()))
        ui.jeugdbeschermer.setText(versie.inhoud.deelnemers.jeugdbeschermer)
        ui.woonbegeleider.setText(services.actor.naam)
        ui.akkoord.setFocus()

    def save(self) -> None:
        ui = self.ui
        problems: list[Problem] = []
        dag = read_date("Datum van vaststellen", ui.datum, problems, required=True)
        if problems or dag is None:
            raise ValidationError(problems)
        akkoord = Akkoord(
            jongere=ui.akkoord.isChecked(),
            jeugdbeschermer=ui.jeugdbeschermer.text(),
            woonbegeleider=ui.woonbegeleider.text(),
        )
        self.vastgesteld = self.services.plannen.vaststellen(self.versie.id, dag, akkoord)


# -- comparing -------------------------------------------------------------------------------------


def _weg(tekst: str) -> str:
    return f'<del style="color:{WEG_KLEUR}; text-decoration: line-through">{tekst}</del>'


def _erbij(tekst: str) -> str:
    return f'<ins style="color:{ERBIJ_KLEUR}; text-decoration: underline">{tekst}</ins>'


def _segmenten_html(segmenten: tuple[Segment, ...]) -> str:
    out = []
    vorige: Op | None = None
    for op, tekst in segmenten:
        veilig = html.escape(tekst).replace("\n", "<br>")
        if op == Op.ERBIJ and vorige == Op.WEG:
            out.append(" ")  # "Loopt Behaald", not "LooptBehaald": old and new read as two words
        if op == Op.WEG:
            out.append(_weg(veilig))
        elif op == Op.ERBIJ:
            out.append(_erbij(veilig))
        else:
            out.append(veilig)
        vorige = op
    return "".join(out)


def _kant(segmenten: tuple[Segment, ...], kant: Op) -> str:
    """One side of a field: the words both versions share, plus this side's own words marked."""
    return _segmenten_html(tuple((op, t) for op, t in segmenten if op in (Op.GELIJK, kant))) or "–"


def _veld_html(veld: VeldVerschil, *, met_label: bool = True) -> str:
    """Old and new side by side: removed words struck through on the left, added ones underlined right."""
    label = f"<p><b>{html.escape(veld.label)}</b></p>" if met_label else ""
    segmenten = veld.segmenten
    return (
        f'{label}<table width="100%" cellspacing="0" cellpadding="4"><tr>'
        f'<td width="50%" valign="top" style="background:#f6f6f6">{_kant(segmenten, Op.WEG)}</td>'
        f'<td width="50%" valign="top">{_kant(segmenten, Op.ERBIJ)}</td></tr></table>'
    )


def _doel_html(d: DoelVerschil) -> str:
    titel = html.escape(d.titel)
    if d.soort == DoelWijziging.NIEUW:
        assert d.nieuw is not None
        nieuw = d.nieuw
        regels = [
            (QCoreApplication.translate("plan_dialogs", "In eigen woorden"), nieuw.eigen_woorden),
            (QCoreApplication.translate("plan_dialogs", "Professioneel"), nieuw.professioneel),
            (QCoreApplication.translate("plan_dialogs", "Status"), domein(nieuw.status)),
            (QCoreApplication.translate("plan_dialogs", "Streefdatum"), _datum_of_leeg(nieuw.streefdatum)),
            (
                QCoreApplication.translate("plan_dialogs", "Acties"),
                "; ".join(f"{domein(a.wie)}: {a.wat}" for a in nieuw.acties),
            ),
        ]
        velden = "".join(_veld_html(VeldVerschil(label, "", tekst)) for label, tekst in regels if tekst)
        return (
            QCoreApplication.translate("plan_dialogs", "<h4>Nieuw doel: %1</h4>%2")
            .replace("%1", str(titel))
            .replace("%2", str(_ingesprongen(velden)))
        )
    if d.soort == DoelWijziging.VERVALLEN:
        return QCoreApplication.translate("plan_dialogs", "<h4>Vervallen doel</h4>%1").replace(
            "%1", str(_ingesprongen(f"<p>{_weg(titel)}</p>"))
        )
    velden = "".join(_veld_html(v) for v in d.velden)
    return f"<h4>Doel gewijzigd: {titel}</h4>{_ingesprongen(velden)}"


def _ingesprongen(inhoud: str) -> str:
    return f'<div style="margin-left: 18px">{inhoud}</div>'


def vergelijk_html(onderdelen: tuple[Onderdeel, ...], oud: str = "Oud", nieuw: str = "Nieuw") -> str:
    """The changed parts as HTML: removed words struck through (red), added ones underlined (green).

    Every user text is escaped: a goal may well contain '<' or '&'.
    """
    gewijzigd = [o for o in onderdelen if o.gewijzigd]
    if not gewijzigd:
        return QCoreApplication.translate("plan_dialogs", "<p>Geen verschillen.</p>")
    delen = []
    for o in gewijzigd:
        # A plan-wide part has one field named as the part itself: its title is label enough.
        velden = "".join(_veld_html(v, met_label=v.label != o.titel) for v in o.velden)
        doelen = "".join(_doel_html(d) for d in o.doelen)
        delen.append(f"<h3>{html.escape(o.titel)}</h3>{velden}{doelen}")
    kop = (
        '<table width="100%" cellspacing="0" cellpadding="4"><tr>'
        f'<td width="50%"><b>{html.escape(oud)}</b></td><td width="50%"><b>{html.escape(nieuw)}</b></td>'
        "</tr></table>"
    )
    return kop + "".join(delen)


class VergelijkDialog(QDialog):
    """Two versions of the plan side by side in words: what was removed, what was added."""

    def __init__(
        self,
        services: Services,
        jongere_id: str,
        *,
        oud_id: str | None = None,
        nieuw_id: str | None = None,
        niet_opgeslagen: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.html = ""
        self.ui = ui = Ui_PlanVergelijkDialog()
        ui.setupUi(self)
        _dutch_buttons(ui.buttonBox)
        ui.buttonBox.rejected.connect(self.reject)
        legenda = (
            f"Weggehaald: {_weg('doorgestreept')}. Toegevoegd: {_erbij('onderstreept')}. "
            "Alleen onderdelen die veranderd zijn staan hieronder."
        )
        if niet_opgeslagen:
            legenda += QCoreApplication.translate(
                "VergelijkDialog", " <b>Let op:</b> wat nog niet is opgeslagen telt niet mee."
            )
        ui.legenda.setText(legenda)
        versies = services.plannen.versies(jongere_id)
        items = [(v.label, v.id) for v in versies]
        standaard_nieuw = nieuw_id or (versies[0].id if versies else None)
        standaard_oud = oud_id or (versies[1].id if len(versies) > 1 else standaard_nieuw)
        _fill_combo(ui.oud, items, standaard_oud)
        _fill_combo(ui.nieuw, items, standaard_nieuw)
        ui.oud.currentIndexChanged.connect(self.toon)
        ui.nieuw.currentIndexChanged.connect(self.toon)
        self.resize(920, 640)
        self.toon()
        ui.tekst.setFocus()

    def toon(self) -> None:
        oud, nieuw = self.ui.oud.currentData(), self.ui.nieuw.currentData()
        if oud is None or nieuw is None:
            self.html = QCoreApplication.translate(
                "VergelijkDialog", "<p>Er is nog geen plan om te vergelijken.</p>"
            )
        elif oud == nieuw:
            self.html = QCoreApplication.translate(
                "VergelijkDialog", "<p>Kies twee verschillende versies om ze te vergelijken.</p>"
            )
        else:
            try:
                self.html = vergelijk_html(
                    self.services.plannen.vergelijk(str(oud), str(nieuw)),
                    self.ui.oud.currentText(),
                    self.ui.nieuw.currentText(),
                )
            except ValidationError as exc:
                self.html = f"<p>{html.escape(exc.message)}</p>"
        self.ui.tekst.setHtml(self.html)
