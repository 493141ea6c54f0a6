"""The shift handover: unread notes of a location for whoever is working now, and a note composer."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kso_desktop.domain.validation import ValidationError
from kso_desktop.gui.presentation import tijd
from kso_desktop.gui.table_model import Column, RecordTableModel
from kso_desktop.services.gesprekken import Overdrachtnotitie
from kso_desktop.services.registry import Services

# The colours of dialogs.FOUT_STIJL, repeated so the main window starts without loading the dialogs.
FOUT_STIJL = "QLabel { color: #a4001d; font-weight: bold; }"
OK_STIJL = "QLabel { color: #1b5e20; }"
LEEG_TEKST = str(
    QT_TRANSLATE_NOOP("OverdrachtPanel", "Schrijf eerst wat je wilt overdragen. Er is niets opgeslagen.")
)


def overdracht_columns() -> list[Column]:
    return [
        Column(
            QCoreApplication.translate("Kolommen", "Tijd"),
            lambda n: tijd(n.geschreven_op),
            sort_key=lambda n: n.geschreven_op.isoformat(),
        ),
        Column(QCoreApplication.translate("Kolommen", "Van"), lambda n: n.auteur),
        Column(QCoreApplication.translate("Kolommen", "Over"), lambda n: n.jongere_naam or "hele locatie"),
        Column(
            QCoreApplication.translate("Kolommen", "Overdracht"), lambda n: n.tekst, tooltip=lambda n: n.tekst
        ),
    ]


class OverdrachtPanel(QWidget):
    """Unread handover notes with a "Gelezen" button, and a composer for a new note."""

    #: The number of unread notes shown, whenever it changes (for a tab title or the status bar).
    ongelezen = Signal(int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.locatie_id: str | None = None
        self._aantal = -1  # nothing announced yet: the first toon() always emits

        self.titel = QLabel(self.tr("Overdracht"), self)
        font = self.titel.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.titel.setFont(font)
        self.status = QLabel(self)
        self.gelezen_knop = QPushButton(self.tr("&Gelezen"), self)
        self.gelezen_knop.setToolTip(self.tr("Alle getoonde notities als gelezen markeren (Alt+G)"))

        self.model = RecordTableModel(overdracht_columns(), self)
        self.tabel = QTableView(self)
        self.tabel.setModel(self.model)
        self.tabel.setAccessibleName(self.tr("Ongelezen overdracht"))
        self.tabel.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.tabel.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.tabel.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.tabel.setWordWrap(True)
        self.tabel.setTabKeyNavigation(False)
        self.tabel.verticalHeader().hide()
        header = self.tabel.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        # Notes are often several lines: rows follow the wrapped text at every width.
        self.tabel.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.alles_gelezen = QLabel(self)
        self.alles_gelezen.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.alles_gelezen.setWordWrap(True)
        self.lijst = QStackedWidget(self)
        self.lijst.addWidget(self.tabel)
        self.lijst.addWidget(self.alles_gelezen)

        self.tekst = QPlainTextEdit(self)
        self.tekst.setPlaceholderText(self.tr("Wat moet de volgende dienst weten?"))
        self.tekst.setTabChangesFocus(True)  # keyboard users must be able to leave the text box
        self.tekst.setAccessibleName(self.tr("Nieuwe overdracht"))
        self.tekst.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        tekst_label = QLabel(self.tr("&Nieuwe overdracht:"), self)
        tekst_label.setBuddy(self.tekst)
        self.jongere = QComboBox(self)
        self.jongere.setAccessibleName(self.tr("Over wie"))
        jongere_label = QLabel(self.tr("B&etreft:"), self)
        jongere_label.setBuddy(self.jongere)
        self.schrijf_knop = QPushButton(self.tr("Overdracht sch&rijven"), self)
        self.schrijf_knop.setToolTip(self.tr("Opslaan voor de volgende dienst (Ctrl+Enter)"))
        self.melding = QLabel(self)
        self.melding.setWordWrap(True)
        self.melding.hide()

        kop = QHBoxLayout()
        kop.addWidget(self.titel)
        kop.addSpacing(12)
        kop.addWidget(self.status, 1)
        kop.addWidget(self.gelezen_knop)
        opties = QHBoxLayout()
        opties.addWidget(jongere_label)
        opties.addWidget(self.jongere, 1)
        opties.addWidget(self.schrijf_knop)
        layout = QVBoxLayout(self)
        layout.addLayout(kop)
        layout.addWidget(self.lijst, 3)
        layout.addSpacing(8)
        layout.addWidget(tekst_label)
        layout.addWidget(self.tekst, 1)
        layout.addLayout(opties)
        layout.addWidget(self.melding)

        self.setFocusProxy(self.tabel)
        QWidget.setTabOrder(self.tabel, self.gelezen_knop)
        QWidget.setTabOrder(self.gelezen_knop, self.tekst)
        QWidget.setTabOrder(self.tekst, self.jongere)
        QWidget.setTabOrder(self.jongere, self.schrijf_knop)

        self.gelezen_knop.clicked.connect(self.markeer_gelezen)
        self.schrijf_knop.clicked.connect(self.schrijf)
        self.tekst.textChanged.connect(self._tekst_gewijzigd)
        # Ctrl+Enter writes from anywhere in the panel: in the text box Enter is a new line.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(
                QKeySequence(keys), self, self.schrijf, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
            )

    # -- showing -------------------------------------------------------------
    def toon(self, locatie_id: str | None) -> None:
        """Show the handover of a location (None, "all locations", has no handover: the panel says so)."""
        if locatie_id != self.locatie_id:
            self.tekst.clear()
            self.melding.hide()
        self.locatie_id = locatie_id
        self._vul_jongeren()
        self.ververs()

    def ververs(self) -> None:
        """Reload the unread notes (also after a change of who is working)."""
        heeft_locatie = self.locatie_id is not None
        for widget in (self.tekst, self.jongere, self.schrijf_knop):
            widget.setEnabled(heeft_locatie)
        notities = self.services.gesprekken.ongelezen_overdracht(self.locatie_id) if self.locatie_id else []
        self.model.set_records(notities)
        self.gelezen_knop.setEnabled(bool(notities))
        if notities:
            self.lijst.setCurrentWidget(self.tabel)
            self.tabel.setCurrentIndex(self.model.index(0, 0))
            self.status.setText(
                QCoreApplication.translate("OverdrachtPanel", "%1 ongelezen voor %2")
                .replace("%1", str(len(notities)))
                .replace("%2", str(self.services.actor.naam))
            )
        else:
            self.lijst.setCurrentWidget(self.alles_gelezen)
            self.alles_gelezen.setText(
                QCoreApplication.translate("OverdrachtPanel", "Geen nieuwe overdracht. Je bent bij.")
                if heeft_locatie
                else QCoreApplication.translate("OverdrachtPanel", "Kies een locatie voor de overdracht.")
            )
            self.status.setText("")
        self._meld_aantal(len(notities))

    def _vul_jongeren(self) -> None:
        self.jongere.clear()
        self.jongere.addItem(self.tr("Hele locatie"), None)
        if self.locatie_id is not None:
            for regel in self.services.jongeren.lijst(self.locatie_id):
                self.jongere.addItem(regel.naam, regel.id)

    def _meld_aantal(self, aantal: int) -> None:
        if aantal != self._aantal:
            self._aantal = aantal
            self.ongelezen.emit(aantal)

    def notities(self) -> list[Overdrachtnotitie]:
        return self.model.records()

    # -- acting --------------------------------------------------------------
    def markeer_gelezen(self) -> None:
        """Mark every shown note as read by whoever is working now; they leave the list."""
        ids = [n.id for n in self.model.records()]
        if ids:
            self.services.gesprekken.markeer_gelezen(ids)
        self.ververs()
        self.tekst.setFocus(Qt.FocusReason.OtherFocusReason)  # after reading comes writing

    def schrijf(self) -> None:
        """Save the typed note for the chosen jongere or the whole location; an empty note is refused."""
        if self.locatie_id is None:
            return
        if not self.tekst.toPlainText().strip():
            self._toon_melding(QCoreApplication.translate("OverdrachtPanel", LEEG_TEKST), fout=True)
            self.tekst.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        jongere_id = self.jongere.currentData()
        try:
            self.services.gesprekken.schrijf_overdracht(
                self.locatie_id, self.tekst.toPlainText(), jongere_id=jongere_id
            )
        except ValidationError as exc:
            self._toon_melding(
                QCoreApplication.translate("OverdrachtPanel", "%1 Er is niets opgeslagen.").replace(
                    "%1", str(exc.message)
                ),
                fout=True,
            )
            return
        over = (
            self.jongere.currentText()
            if jongere_id
            else QCoreApplication.translate("OverdrachtPanel", "de hele locatie")
        )
        self.tekst.blockSignals(True)  # clearing after a save must not hide the confirmation
        self.tekst.clear()
        self.tekst.blockSignals(False)
        self.jongere.setCurrentIndex(0)
        self._toon_melding(f"Overdracht over {over} opgeslagen.", fout=False)
        self.ververs()

    def _toon_melding(self, tekst: str, *, fout: bool) -> None:
        self.melding.setStyleSheet(FOUT_STIJL if fout else OK_STIJL)
        self.melding.setText(tekst)
        self.melding.show()

    def _tekst_gewijzigd(self) -> None:
        # Typing answers the message; leaving it would suggest the new text was refused as well.
        self.melding.hide()
