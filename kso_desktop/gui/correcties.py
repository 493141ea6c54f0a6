"""The Correcties tab of the dossier: record a jongere's correction request and handle it (Norm 7.1c)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from kso_desktop.domain.correctie import Besluit, Correctieverzoek
from kso_desktop.domain.rechten import Actie
from kso_desktop.domain.validation import Problem, ValidationError
from kso_desktop.gui.dialogs import FormDialog, read_date
from kso_desktop.gui.forms.ui_correctie_afhandelen_dialog import Ui_CorrectieAfhandelenDialog
from kso_desktop.gui.forms.ui_correctie_dialog import Ui_CorrectieDialog
from kso_desktop.gui.forms.ui_correcties_tab import Ui_CorrectiesTab
from kso_desktop.gui.presentation import datum
from kso_desktop.gui.table_model import Column, RecordTableModel
from kso_desktop.services.rechten import mag_nu
from kso_desktop.services.registry import Services
from kso_desktop.storage.errors import StorageError


def _status(v: Correctieverzoek, vandaag_te_laat: bool) -> str:
    if v.besluit is Besluit.OPEN:
        return (
            QCoreApplication.translate("Correcties", "open, te laat")
            if vandaag_te_laat
            else QCoreApplication.translate("Correcties", "open")
        )
    return f"{v.besluit.label} {datum(v.afgehandeld_op)}"


def correctie_columns(vandaag: date) -> list[Column]:
    return [
        Column(
            QCoreApplication.translate("Correcties", "Ontvangen"),
            lambda v: datum(v.ontvangen_op),
            sort_key=lambda v: v.ontvangen_op.isoformat(),
        ),
        Column(QCoreApplication.translate("Correcties", "Van"), lambda v: v.van),
        Column(
            QCoreApplication.translate("Correcties", "Wat klopt er niet"),
            lambda v: v.omschrijving,
            tooltip=lambda v: v.omschrijving,
        ),
        Column(QCoreApplication.translate("Correcties", "Status"), lambda v: _status(v, v.te_laat(vandaag))),
        Column(QCoreApplication.translate("Correcties", "Antwoord uiterlijk"), lambda v: datum(v.uiterlijk)),
        Column(
            QCoreApplication.translate("Correcties", "Toelichting"),
            lambda v: v.toelichting,
            tooltip=lambda v: v.toelichting,
        ),
        Column(QCoreApplication.translate("Correcties", "Vastgelegd door"), lambda v: v.vastgelegd_door),
    ]


class CorrectieDialog(FormDialog):
    """Record a new request: when it came in, from whom, what is wrong according to them."""

    def __init__(self, services: Services, jongere_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.jongere_id = services, jongere_id
        self.saved: Correctieverzoek | None = None
        self.ui = ui = Ui_CorrectieDialog()
        ui.setupUi(self)
        self._wire(ui.buttonBox, ui.foutLabel)
        self.velden = {"ontvangen op": ui.ontvangen, "van": ui.van, "omschrijving": ui.omschrijving}
        ui.ontvangen.setText(datum(services.ctx.today()))
        ui.van.setText(self.tr("de jongere"))
        ui.omschrijving.setFocus()

    def save(self) -> None:
        problems: list[Problem] = []
        ontvangen = read_date("ontvangen op", self.ui.ontvangen, problems, required=True)
        if problems or ontvangen is None:
            raise ValidationError(problems)
        self.saved = self.services.correcties.registreer(
            self.jongere_id,
            ontvangen_op=ontvangen,
            van=self.ui.van.text(),
            omschrijving=self.ui.omschrijving.toPlainText(),
        )


class CorrectieAfhandelenDialog(FormDialog):
    """Decide on a request: corrected (say what changed) or refused (say why)."""

    def __init__(self, services: Services, verzoek: Correctieverzoek, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.verzoek = services, verzoek
        self.saved: Correctieverzoek | None = None
        self.ui = ui = Ui_CorrectieAfhandelenDialog()
        ui.setupUi(self)
        self._wire(ui.buttonBox, ui.foutLabel)
        self.velden = {"toelichting": ui.toelichting, "afgehandeld op": ui.datum}
        ui.verzoek.setText(
            self.tr("Verzoek van %1, ontvangen %2: %3")
            .replace("%1", verzoek.van)
            .replace("%2", datum(verzoek.ontvangen_op))
            .replace("%3", verzoek.omschrijving)
        )
        ui.datum.setText(datum(services.ctx.today()))
        ui.uitgevoerd.setFocus()

    def save(self) -> None:
        problems: list[Problem] = []
        dag = read_date("afgehandeld op", self.ui.datum, problems, required=True)
        if problems or dag is None:
            raise ValidationError(problems)
        besluit = Besluit.UITGEVOERD if self.ui.uitgevoerd.isChecked() else Besluit.AFGEWEZEN
        self.saved = self.services.correcties.handel_af(
            self.verzoek.id, besluit=besluit, toelichting=self.ui.toelichting.toPlainText(), datum=dag
        )


class CorrectiesTab(QWidget):
    """The requests of the jongere shown, newest first; recording is for all, handling only for some roles."""

    # A request was accepted: the user goes to the data to correct (the dossier's Gegevens tab).
    corrigeren_gevraagd = Signal()
    # Something was written: the dossier refreshes its audit trail.
    gewijzigd = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.jongere_id: str | None = None
        self.ui = Ui_CorrectiesTab()
        self.ui.setupUi(self)
        self.model = RecordTableModel(correctie_columns(services.ctx.today()), self)
        self.ui.lijstView.setModel(self.model)
        header = self.ui.lijstView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.ui.lijstView.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.lijstView.selectionModel().currentRowChanged.connect(lambda *_: self._knoppen())
        self.ui.vastleggenKnop.clicked.connect(self.vastleggen)
        self.ui.afhandelenKnop.clicked.connect(self.afhandelen)
        self.toon(None)

    def toon(self, jongere_id: str | None) -> None:
        self.jongere_id = jongere_id
        self.model.set_records(self.services.correcties.lijst(jongere_id) if jongere_id else [])
        if self.model.rowCount():
            self.ui.lijstView.selectRow(0)
        self._knoppen()

    def gekozen(self) -> Correctieverzoek | None:
        index = self.ui.lijstView.currentIndex()
        record = self.model.record(index.row()) if index.isValid() else None
        return record if isinstance(record, Correctieverzoek) else None

    def _knoppen(self) -> None:
        jongere_id = self.jongere_id
        mag_vastleggen = bool(jongere_id) and mag_nu(
            self.services.ctx, Actie.CORRECTIE_VASTLEGGEN, jongere_id
        )
        mag_afhandelen = bool(jongere_id) and mag_nu(
            self.services.ctx, Actie.CORRECTIE_AFHANDELEN, jongere_id
        )
        gekozen = self.gekozen()
        self.ui.vastleggenKnop.setEnabled(mag_vastleggen)
        self.ui.afhandelenKnop.setEnabled(
            mag_afhandelen and gekozen is not None and gekozen.besluit is Besluit.OPEN
        )
        # Say why the button is grey: a disabled button without a reason looks broken.
        self.ui.rechtLabel.setVisible(bool(jongere_id) and not mag_afhandelen)
        self.ui.rechtLabel.setText(
            self.tr("Afhandelen is voor de mentor, de teamleider, de gedragswetenschapper of een beheerder.")
        )

    def vastleggen(self) -> None:
        if self.jongere_id is None:
            return
        dialog = CorrectieDialog(self.services, self.jongere_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self._na_wijziging(dialog.saved.id)

    def afhandelen(self) -> None:
        verzoek = self.gekozen()
        if verzoek is None or verzoek.besluit is not Besluit.OPEN:
            return
        dialog = CorrectieAfhandelenDialog(self.services, verzoek, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved is None:
            return
        self._na_wijziging(dialog.saved.id)
        if dialog.saved.besluit is Besluit.UITGEVOERD:
            self.corrigeren_gevraagd.emit()

    def _na_wijziging(self, verzoek_id: str) -> None:
        try:
            self.toon(self.jongere_id)
        except (ValidationError, StorageError):
            return
        for row, record in enumerate(self.model.records()):
            if record.id == verzoek_id:
                self.ui.lijstView.selectRow(row)
        self.ui.lijstView.setFocus(Qt.FocusReason.OtherFocusReason)
        self.gewijzigd.emit()
