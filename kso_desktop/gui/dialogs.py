"""Dialogs to add and edit jongeren, medewerkers and locations, and to change a mentor.

Every dialog checks through the services: a refused input shows the Dutch message inside the dialog,
keeps what was typed, and writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QWidget,
)

from kso_desktop.domain.entities import (
    Jongere,
    JongereGegevens,
    Locatie,
    LocatieGegevens,
    Medewerker,
    MedewerkerGegevens,
)
from kso_desktop.domain.enums import GebeurtenisSoort, LocatieType, Rol
from kso_desktop.domain.validation import Code, Problem, ValidationError, parse_datum, problem
from kso_desktop.gui.domeinteksten import domein
from kso_desktop.gui.forms.ui_beheer_dialog import Ui_BeheerDialog
from kso_desktop.gui.forms.ui_gebeurtenis_dialog import Ui_GebeurtenisDialog
from kso_desktop.gui.forms.ui_jongere_dialog import Ui_JongereDialog
from kso_desktop.gui.forms.ui_locatie_dialog import Ui_LocatieDialog
from kso_desktop.gui.forms.ui_medewerker_dialog import Ui_MedewerkerDialog
from kso_desktop.gui.forms.ui_mentor_dialog import Ui_MentorDialog
from kso_desktop.gui.presentation import datum
from kso_desktop.gui.table_model import Column, RecordTableModel
from kso_desktop.services.registry import Services
from kso_desktop.storage.errors import StorageError

FOUT_STIJL = "QLabel { color: #a4001d; font-weight: bold; }"


def _dutch_buttons(box: QDialogButtonBox) -> None:
    names = {
        QDialogButtonBox.StandardButton.Save: QCoreApplication.translate("dialogs", "&Opslaan"),
        QDialogButtonBox.StandardButton.Cancel: QCoreApplication.translate("dialogs", "Annuleren"),
        QDialogButtonBox.StandardButton.Close: QCoreApplication.translate("dialogs", "Sluiten"),
    }
    for which, text in names.items():
        button = box.button(which)
        if button is not None:
            button.setText(text)


class FormDialog(QDialog):
    """Base for the edit dialogs: Save runs :meth:`save`; problems are shown, not raised."""

    fout_label: QLabel
    #: The field label used in validation messages → the widget to focus.
    velden: dict[str, QWidget]

    def _wire(self, box: QDialogButtonBox, fout_label: QLabel) -> None:
        self.fout_label = fout_label
        fout_label.setStyleSheet(FOUT_STIJL)
        fout_label.hide()
        _dutch_buttons(box)
        box.accepted.connect(self._try_save)
        box.rejected.connect(self.reject)
        # Designer's geometry is only a starting size: take the height the content needs, no more.
        self.resize(self.width(), self.sizeHint().height())

    def save(self) -> None:
        raise NotImplementedError

    def _try_save(self) -> None:
        try:
            self.save()
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return
        except StorageError as exc:
            self.fout_label.setText(str(exc))
            self.fout_label.show()
            return
        self.accept()

    def show_problems(self, problems: tuple[Problem, ...]) -> None:
        self.fout_label.setText("\n".join(p.message for p in problems))
        self.fout_label.show()
        for p in problems:
            widget = self.velden.get(p.veld)
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                break


def read_date(veld: str, edit: QLineEdit, problems: list[Problem], *, required: bool) -> date | None:
    """The date typed in ``edit``; a problem is added (not raised) so all fields are checked at once."""
    text = edit.text().strip()
    if not text:
        if required:
            problems.append(problem(Code.VERPLICHT, veld))
        return None
    try:
        return parse_datum(veld, text)
    except ValidationError as exc:
        problems.extend(exc.problems)
        return None


def _fill_combo(combo: QComboBox, items: Sequence[tuple[str, str | None]], selected: str | None) -> None:
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    index = combo.findData(selected)
    combo.setCurrentIndex(max(index, 0))


def _date_text(day: date | None) -> str:
    return "" if day is None else datum(day)


class JongereDialog(FormDialog):
    def __init__(
        self,
        services: Services,
        jongere: Jongere | None = None,
        *,
        locatie_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.jongere = jongere
        self.saved: Jongere | None = None
        self.ui = ui = Ui_JongereDialog()
        ui.setupUi(self)
        self.setWindowTitle(
            self.tr("Gegevens van %1 wijzigen").replace("%1", jongere.naam)
            if jongere
            else self.tr("Nieuwe jongere")
        )
        self._wire(ui.buttonBox, ui.foutLabel)
        self.velden = {
            "Voornaam": ui.voornaam,
            "Achternaam": ui.achternaam,
            "Roepnaam": ui.roepnaam,
            "Geboortedatum": ui.geboortedatum,
            "Geboorteland": ui.geboorteland,
            "Talen": ui.talen,
            "Telefoon": ui.telefoon,
            "Locatie": ui.locatie,
            "Plaatsing": ui.plaatsing,
            "Kennismaking": ui.kennismaking,
            "Vertrek": ui.vertrek,
            "Verlengde Opvang": ui.verlengdeOpvang,
            "Jeugdbeschermer": ui.jbNaam,
            "Telefoon jeugdbeschermer": ui.jbTelefoon,
            "E-mail jeugdbeschermer": ui.jbEmail,
            "Notities": ui.notities,
        }
        g = jongere.gegevens if jongere else None
        _fill_combo(
            ui.locatie,
            [(loc.label, loc.id) for loc in services.organisatie.locaties()],
            g.locatie_id if g else locatie_id,
        )
        if jongere is None:
            mentoren = [(QCoreApplication.translate("JongereDialog", "(nog geen mentor)"), None)] + [
                (w.naam, w.id) for w in services.organisatie.medewerkers(alleen_actief=True)
            ]
            _fill_combo(ui.mentor, mentoren, None)
        else:
            # A mentor change has its own dialog, which keeps the history (3.3a).
            ui.mentor.hide()
            ui.lbl_mentor.hide()
        if g is not None:
            ui.voornaam.setText(g.voornaam)
            ui.achternaam.setText(g.achternaam)
            ui.roepnaam.setText(g.roepnaam)
            ui.geboortedatum.setText(_date_text(g.geboortedatum))
            ui.geboorteland.setText(g.geboorteland)
            ui.talen.setText(", ".join(g.talen))
            ui.telefoon.setText(g.telefoon)
            ui.plaatsing.setText(_date_text(g.plaatsing))
            ui.kennismaking.setText(_date_text(g.kennismaking))
            ui.vertrek.setText(_date_text(g.vertrek))
            ui.verlengdeOpvang.setText(_date_text(g.verlengde_opvang_start))
            ui.jbNaam.setText(g.jeugdbeschermer_naam)
            ui.jbTelefoon.setText(g.jeugdbeschermer_telefoon)
            ui.jbEmail.setText(g.jeugdbeschermer_email)
            ui.notities.setPlainText(g.notities)
        else:
            ui.plaatsing.setText(_date_text(services.ctx.today()))
        ui.voornaam.setFocus()

    def gegevens(self) -> JongereGegevens:
        """The typed record; raises ValidationError for missing or impossible dates."""
        ui = self.ui
        problems: list[Problem] = []
        geboren = read_date("Geboortedatum", ui.geboortedatum, problems, required=True)
        plaatsing = read_date("Plaatsing", ui.plaatsing, problems, required=True)
        kennismaking = read_date("Kennismaking", ui.kennismaking, problems, required=False)
        vertrek = read_date("Vertrek", ui.vertrek, problems, required=False)
        vo = read_date("Verlengde Opvang", ui.verlengdeOpvang, problems, required=False)
        if problems or geboren is None or plaatsing is None:
            raise ValidationError(problems)
        return JongereGegevens(
            voornaam=ui.voornaam.text(),
            achternaam=ui.achternaam.text(),
            roepnaam=ui.roepnaam.text(),
            geboortedatum=geboren,
            locatie_id=ui.locatie.currentData() or "",
            plaatsing=plaatsing,
            kennismaking=kennismaking,
            vertrek=vertrek,
            geboorteland=ui.geboorteland.text(),
            talen=tuple(ui.talen.text().split(",")),
            telefoon=ui.telefoon.text(),
            verlengde_opvang_start=vo,
            jeugdbeschermer_naam=ui.jbNaam.text(),
            jeugdbeschermer_telefoon=ui.jbTelefoon.text(),
            jeugdbeschermer_email=ui.jbEmail.text(),
            notities=ui.notities.toPlainText(),
        )

    def save(self) -> None:
        gegevens = self.gegevens()
        if self.jongere is None:
            self.saved = self.services.jongeren.add(gegevens, mentor_id=self.ui.mentor.currentData())
        else:
            self.saved = self.services.jongeren.update(self.jongere.id, gegevens)


class MentorDialog(FormDialog):
    def __init__(self, services: Services, jongere: Jongere, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.jongere = jongere
        self.saved: Jongere | None = None
        self.ui = ui = Ui_MentorDialog()
        ui.setupUi(self)
        self.setWindowTitle(self.tr("Mentor van %1 wijzigen").replace("%1", jongere.naam))
        self._wire(ui.buttonBox, ui.foutLabel)
        self.velden = {"Ingangsdatum": ui.ingang, "Reden": ui.reden}
        huidig = jongere.mentor
        ui.huidig.setText(
            QCoreApplication.translate("MentorDialog", "%1 (sinds %2)")
            .replace("%1", str(huidig.medewerker_naam))
            .replace("%2", str(datum(huidig.van)))
            if huidig
            else QCoreApplication.translate("MentorDialog", "geen mentor")
        )
        locatie = jongere.gegevens.locatie_id
        kandidaten = services.organisatie.medewerkers(alleen_actief=True)
        # Woonbegeleiders of the jongere's own location first: they are the likely mentors.
        kandidaten.sort(
            key=lambda w: (
                w.gegevens.rol != Rol.WOONBEGELEIDER,
                locatie not in w.gegevens.locatie_ids,
                w.naam,
            )
        )
        _fill_combo(
            ui.medewerker,
            [(w.naam, w.id) for w in kandidaten if not huidig or w.id != huidig.medewerker_id],
            None,
        )
        ui.ingang.setText(_date_text(services.ctx.today()))
        ui.medewerker.setFocus()

    def save(self) -> None:
        problems: list[Problem] = []
        ingang = read_date("Ingangsdatum", self.ui.ingang, problems, required=True)
        medewerker_id = self.ui.medewerker.currentData()
        if not medewerker_id:
            problems.append(problem(Code.VERPLICHT, "Nieuwe mentor"))
        if problems or ingang is None:
            raise ValidationError(problems)
        self.saved = self.services.jongeren.change_mentor(
            self.jongere.id, medewerker_id, ingang, self.ui.reden.text()
        )


class GebeurtenisDialog(FormDialog):
    def __init__(
        self,
        services: Services,
        jongere: Jongere,
        soort: GebeurtenisSoort | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.jongere = jongere
        self.saved: Jongere | None = None
        self.ui = ui = Ui_GebeurtenisDialog()
        ui.setupUi(self)
        self.setWindowTitle(self.tr("Vastleggen voor %1").replace("%1", jongere.naam))
        self._wire(ui.buttonBox, ui.foutLabel)
        self.velden = {"Datum": ui.datum, "Notitie": ui.notitie}
        _fill_combo(
            ui.soort,
            [(f"{domein(s)} (Norm {s.norm})", s.value) for s in GebeurtenisSoort],
            soort.value if soort else None,
        )
        ui.datum.setText(_date_text(services.ctx.today()))
        ui.soort.setFocus()

    def save(self) -> None:
        problems: list[Problem] = []
        day = read_date("Datum", self.ui.datum, problems, required=True)
        if problems or day is None:
            raise ValidationError(problems)
        self.saved = self.services.jongeren.record_event(
            self.jongere.id, GebeurtenisSoort(self.ui.soort.currentData()), day, self.ui.notitie.text()
        )


class LocatieDialog(FormDialog):
    def __init__(
        self, services: Services, locatie: Locatie | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.locatie = locatie
        self.ui = ui = Ui_LocatieDialog()
        ui.setupUi(self)
        self.setWindowTitle(
            self.tr("Locatie %1 wijzigen").replace("%1", locatie.naam)
            if locatie
            else self.tr("Nieuwe locatie")
        )
        self._wire(ui.buttonBox, ui.foutLabel)
        self.velden = {"Naam": ui.naam, "Plaats": ui.plaats, "Adres": ui.adres, "Telefoon": ui.telefoon}
        _fill_combo(
            ui.type,
            [(f"{t.value} – {t.profiel.omschrijving}", t.value) for t in LocatieType],
            locatie.gegevens.type.value if locatie else None,
        )
        ui.type.currentIndexChanged.connect(self._explain_type)
        if locatie is not None:
            g = locatie.gegevens
            ui.naam.setText(g.naam)
            ui.plaats.setText(g.plaats)
            ui.adres.setText(g.adres)
            ui.telefoon.setText(g.telefoon)
        self._explain_type()

    def _explain_type(self) -> None:
        profiel = LocatieType(self.ui.type.currentData()).profiel
        self.ui.typeUitleg.setText(
            QCoreApplication.translate("LocatieDialog", "%1–%2 jongeren; %3.")
            .replace("%1", str(profiel.min_jongeren))
            .replace("%2", str(profiel.max_jongeren))
            .replace("%3", str(profiel.begeleiding))
        )

    def save(self) -> None:
        ui = self.ui
        gegevens = LocatieGegevens(
            naam=ui.naam.text(),
            type=LocatieType(ui.type.currentData()),
            plaats=ui.plaats.text(),
            adres=ui.adres.text(),
            telefoon=ui.telefoon.text(),
        )
        if self.locatie is None:
            self.services.organisatie.add_locatie(gegevens)
        else:
            self.services.organisatie.update_locatie(self.locatie.id, gegevens)


class MedewerkerDialog(FormDialog):
    def __init__(
        self, services: Services, medewerker: Medewerker | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.medewerker = medewerker
        self.ui = ui = Ui_MedewerkerDialog()
        ui.setupUi(self)
        self.setWindowTitle(
            self.tr("Medewerker %1 wijzigen").replace("%1", medewerker.naam)
            if medewerker
            else self.tr("Nieuwe medewerker")
        )
        self._wire(ui.buttonBox, ui.foutLabel)
        self.velden = {"Naam": ui.naam, "E-mail": ui.email, "Telefoon": ui.telefoon}
        g = medewerker.gegevens if medewerker else None
        _fill_combo(ui.rol, [(r.label, r.value) for r in Rol], g.rol.value if g else Rol.WOONBEGELEIDER.value)
        for loc in services.organisatie.locaties():
            item = QListWidgetItem(loc.label, ui.locaties)
            item.setData(Qt.ItemDataRole.UserRole, loc.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = g is not None and loc.id in g.locatie_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        if g is not None:
            ui.naam.setText(g.naam)
            ui.email.setText(g.email)
            ui.telefoon.setText(g.telefoon)
            ui.actief.setChecked(g.actief)

    def save(self) -> None:
        ui = self.ui
        locaties = tuple(
            str(ui.locaties.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(ui.locaties.count())
            if ui.locaties.item(i).checkState() == Qt.CheckState.Checked
        )
        gegevens = MedewerkerGegevens(
            naam=ui.naam.text(),
            rol=Rol(ui.rol.currentData()),
            email=ui.email.text(),
            telefoon=ui.telefoon.text(),
            actief=ui.actief.isChecked(),
            locatie_ids=locaties,
        )
        if self.medewerker is None:
            self.services.organisatie.add_medewerker(gegevens)
        else:
            self.services.organisatie.update_medewerker(self.medewerker.id, gegevens)


class BeheerDialog(QDialog):
    """A list of locations or medewerkers with New and Edit (both by keyboard)."""

    def __init__(
        self,
        title: str,
        columns: list[Column],
        load: Callable[[], list[Any]],
        editor: Callable[[Any | None], QDialog],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_BeheerDialog()
        ui.setupUi(self)
        self.setWindowTitle(title)
        self.resize(820, 460)
        self._load = load
        self._editor = editor
        self.model = RecordTableModel(columns, self)
        ui.lijst.setModel(self.model)
        ui.lijst.setAccessibleName(title)
        _dutch_buttons(ui.buttonBox)
        ui.buttonBox.rejected.connect(self.reject)
        ui.nieuwKnop.clicked.connect(lambda: self.edit(None))
        ui.wijzigKnop.clicked.connect(self.edit_current)
        ui.lijst.activated.connect(lambda _index: self.edit_current())
        QShortcut(QKeySequence.StandardKey.New, self, lambda: self.edit(None))
        self.reload()
        ui.lijst.setFocus()

    def reload(self) -> None:
        self.model.set_records(self._load())
        self.ui.lijst.resizeColumnsToContents()
        if self.model.rowCount() and not self.ui.lijst.currentIndex().isValid():
            self.ui.lijst.selectRow(0)

    def edit_current(self) -> None:
        index = self.ui.lijst.currentIndex()
        if index.isValid():
            self.edit(self.model.record(index.row()))

    def edit(self, record: Any | None) -> None:
        if self._editor(record).exec() == QDialog.DialogCode.Accepted:
            self.reload()


def locaties_dialog(services: Services, parent: QWidget | None = None) -> BeheerDialog:
    columns = [
        Column(QCoreApplication.translate("Kolommen", "Naam"), lambda loc: loc.naam),
        Column(QCoreApplication.translate("Kolommen", "Soort"), lambda loc: loc.gegevens.type.value),
        Column(QCoreApplication.translate("Kolommen", "Plaats"), lambda loc: loc.gegevens.plaats or "–"),
        Column(
            QCoreApplication.translate("Kolommen", "Jongeren"),
            lambda loc: str(loc.aantal_jongeren),
            sort_key=lambda loc: loc.aantal_jongeren,
        ),
        Column(QCoreApplication.translate("Kolommen", "Telefoon"), lambda loc: loc.gegevens.telefoon or "–"),
    ]
    return BeheerDialog(
        QCoreApplication.translate("Kolommen", "Locaties"),
        columns,
        services.organisatie.locaties,
        lambda r: LocatieDialog(services, r, parent),
        parent,
    )


def medewerkers_dialog(services: Services, parent: QWidget | None = None) -> BeheerDialog:
    def locaties_tekst(w: Medewerker) -> str:
        namen = {loc.id: loc.naam for loc in services.organisatie.locaties()}
        return ", ".join(namen.get(i, "?") for i in w.gegevens.locatie_ids) or "–"

    columns = [
        Column(QCoreApplication.translate("Kolommen", "Naam"), lambda w: w.naam),
        Column(QCoreApplication.translate("Kolommen", "Rol"), lambda w: domein(w.gegevens.rol)),
        Column(QCoreApplication.translate("Kolommen", "Locaties"), locaties_tekst),
        Column(
            QCoreApplication.translate("Kolommen", "Actief"), lambda w: "ja" if w.gegevens.actief else "nee"
        ),
        Column(QCoreApplication.translate("Kolommen", "E-mail"), lambda w: w.gegevens.email or "–"),
    ]
    return BeheerDialog(
        QCoreApplication.translate("Kolommen", "Medewerkers"),
        columns,
        services.organisatie.medewerkers,
        lambda r: MedewerkerDialog(services, r, parent),
        parent,
    )
