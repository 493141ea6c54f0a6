"""The fill-in screen of a form, generated from its definition: sections, questions, follow-ups, autosave.

Every question is reachable with the keyboard: Tab moves on (also out of long texts), a yes/no or choice
opens with the arrow keys or by typing its first letter, and each section's first question carries the
mnemonic. What is typed is kept every few seconds as a herstelpunt; closing saves the concept when it can.
"""

from __future__ import annotations

import contextlib
import html
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kso_desktop.domain.validation import ValidationError
from kso_desktop.forms.antwoorden import veld_namen, zichtbaar
from kso_desktop.forms.schema import Definitie, Veld, VeldSoort
from kso_desktop.gui.forms.ui_formulier_dialog import Ui_FormulierDialog
from kso_desktop.gui.presentation import als_kop
from kso_desktop.services.formulieren import Invulling
from kso_desktop.services.registry import Services

#: Help texts: quieter than the questions, still readable (contrast above 4.5:1 on the light background).
HULP_KLEUR = "#5f6368"
#: How often typing is kept (ms); a crash loses at most this much.
AUTOSAVE_MS = 5000


def platte_label(tekst: str, parent: QWidget) -> QLabel:
    """A label for text from a definition file or a message: never read as HTML (a definition is data)."""
    label = QLabel(tekst, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class VeldWidget:
    """One question on screen: its label, help text and input widget, and how to read and fill it."""

    def __init__(self, veld: Veld, parent: QWidget) -> None:
        self.veld = veld
        tekst = html.escape(veld.label) + (" *" if veld.verplicht else "")
        if veld.help:  # under the question, quieter: close to where the eye is, no extra row
            tekst += (
                f'<br><span style="color: {HULP_KLEUR}; font-size: small;">{html.escape(veld.help)}</span>'
            )
        self.label = QLabel(tekst, parent)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setMinimumWidth(200)
        self.vakjes: list[QCheckBox] = []
        self.widget: QWidget
        soort = veld.soort
        if soort == VeldSoort.TEKST:
            edit = QLineEdit(parent)
            self.widget = edit
        elif soort == VeldSoort.LANGE_TEKST:
            area = QPlainTextEdit(parent)
            area.setTabChangesFocus(True)  # keyboard-only: Tab leaves the field instead of typing a tab
            area.setMinimumHeight(52)
            area.setMaximumHeight(84)
            self.widget = area
        elif soort == VeldSoort.DATUM:
            edit = QLineEdit(parent)
            edit.setPlaceholderText(QCoreApplication.translate("VeldWidget", "dd-mm-jjjj"))
            edit.setMaximumWidth(160)
            self.widget = edit
        elif soort == VeldSoort.MEERKEUZE:
            box = QWidget(parent)
            lay = QVBoxLayout(box)
            lay.setContentsMargins(0, 0, 0, 0)
            for optie in veld.opties:
                vak = QCheckBox(optie.label, box)
                vak.setProperty("waarde", optie.waarde)
                lay.addWidget(vak)
                self.vakjes.append(vak)
            self.widget = box
        else:
            combo = QComboBox(parent)
            combo.addItem("–", None)
            if soort == VeldSoort.JA_NEE:
                combo.addItem(QCoreApplication.translate("FormulierDialog", "Ja"), True)
                combo.addItem(QCoreApplication.translate("FormulierDialog", "Nee"), False)
            elif soort == VeldSoort.KEUZE:
                for optie in veld.opties:
                    combo.addItem(optie.label, optie.waarde)
            else:
                assert veld.schaal is not None
                for w in veld.schaal.waarden:
                    naam = veld.schaal.label(w)
                    combo.addItem(f"{w} – {naam}" if naam else str(w), w)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            self.widget = combo
        self.widget.setAccessibleName(veld.label)
        if veld.help:
            self.widget.setToolTip(f"<p>{html.escape(veld.help)}</p>")  # rich text, with the help escaped
            self.widget.setAccessibleDescription(veld.help)
        focus = self.vakjes[0] if self.vakjes else self.widget
        self.label.setBuddy(focus)

    @property
    def focus_widget(self) -> QWidget:
        return self.vakjes[0] if self.vakjes else self.widget

    def lees(self) -> Any:
        """The answer as typed (None: not answered); checking is the service's job."""
        w = self.widget
        if isinstance(w, QLineEdit):
            return w.text() or None
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText() or None
        if isinstance(w, QComboBox):
            return w.currentData()
        gekozen = [str(v.property("waarde")) for v in self.vakjes if v.isChecked()]
        return gekozen or None

    def zet(self, waarde: Any) -> None:
        w = self.widget
        if isinstance(w, QLineEdit):
            if self.veld.soort == VeldSoort.DATUM and isinstance(waarde, str):
                # Typed text kept by autosave is not ISO: it is shown as it was typed.
                with contextlib.suppress(ValueError):
                    waarde = date.fromisoformat(waarde).strftime("%d-%m-%Y")
            w.setText("" if waarde is None else str(waarde))
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText("" if waarde is None else str(waarde))
        elif isinstance(w, QComboBox):
            index = w.findData(waarde) if waarde is not None else 0
            w.setCurrentIndex(max(index, 0))
        else:
            lijst = waarde if isinstance(waarde, list) else []
            for vak in self.vakjes:
                vak.setChecked(vak.property("waarde") in lijst)

    def alleen_lezen(self, ja: bool) -> None:
        w = self.widget
        if isinstance(w, (QLineEdit, QPlainTextEdit)):
            w.setReadOnly(ja)
        elif isinstance(w, QComboBox):
            w.setEnabled(not ja)
        for vak in self.vakjes:
            vak.setEnabled(not ja)

    def toon(self, ja: bool) -> None:
        self.label.setVisible(ja)
        self.widget.setVisible(ja)

    def bij_wijziging(self, callback: Any) -> None:
        w = self.widget
        if isinstance(w, (QLineEdit, QPlainTextEdit)):
            w.textChanged.connect(callback)
        elif isinstance(w, QComboBox):
            w.currentIndexChanged.connect(callback)
        for vak in self.vakjes:
            vak.toggled.connect(callback)


class FormulierDialog(QDialog):
    """Fill in (or read) one form. Definitief forms open read-only, with Corrigeren."""

    def __init__(self, services: Services, invulling: Invulling, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.invulling = invulling
        self.definitie: Definitie = invulling.definitie
        self.gewijzigd = False
        self.opgeslagen = False
        self.ui = Ui_FormulierDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(
            QCoreApplication.translate("FormulierDialog", "%1 – versie %2")
            .replace("%1", str(invulling.titel))
            .replace("%2", str(invulling.versie))
        )
        # Read-only answers must stay readable: disabled choices keep the normal text colour.
        self.setStyleSheet("QComboBox:disabled, QCheckBox:disabled { color: palette(window-text); }")
        ui = self.ui
        ui.kop.setText(invulling.titel)
        als_kop(ui.kop, 1.3)
        ui.uitleg.setText(self.definitie.omschrijving)
        ui.uitleg.setVisible(bool(self.definitie.omschrijving))
        ui.fout.setVisible(False)
        self.status, self.fout, self.rol = ui.status, ui.fout, ui.rol
        self.opslaanKnop, self.definitiefKnop = ui.opslaanKnop, ui.definitiefKnop
        self.corrigerenKnop, self.sluitenKnop = ui.corrigerenKnop, ui.sluitenKnop

        # The sections and questions come from the definition, so they are built here, not in Designer.
        self.velden: dict[str, VeldWidget] = {}
        for sectie in self.definitie.secties:
            box = QGroupBox(sectie.titel, ui.binnen)
            box.setObjectName(f"sectie_{sectie.id}")
            if sectie.kleur:
                box.setStyleSheet(
                    f"QGroupBox#sectie_{sectie.id} {{ border: 1px solid {sectie.kleur}; "
                    f"border-left: 8px solid {sectie.kleur}; border-radius: 4px; margin-top: 1.4em; "
                    "padding: 6px; } "
                    f"QGroupBox#sectie_{sectie.id}::title {{ subcontrol-origin: margin; left: 10px; "
                    f"color: {sectie.kleur}; font-weight: bold; }}"
                )
            form = QFormLayout(box)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            if sectie.help:
                hulp = platte_label(sectie.help, box)
                hulp.setStyleSheet(f"color: {HULP_KLEUR};")
                form.addRow(hulp)
            for veld in sectie.velden:
                vw = VeldWidget(veld, box)
                form.addRow(vw.label, vw.widget)
                self.velden[veld.id] = vw
            ui.kolom.addWidget(box)
        ui.kolom.addStretch(1)

        self.opslaanKnop.clicked.connect(self.opslaan)
        self.definitiefKnop.clicked.connect(self.definitief_maken)
        self.corrigerenKnop.clicked.connect(self.corrigeren)
        self.sluitenKnop.clicked.connect(self.close)
        QShortcut(QKeySequence.StandardKey.Save, self, self.opslaan)

        self.timer = QTimer(self)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.autosave)
        self._vul(invulling)
        for vw in self.velden.values():
            vw.bij_wijziging(self._bij_wijziging)

    # -- state ----------------------------------------------------------------------------------------
    def _vul(self, invulling: Invulling) -> None:
        self.invulling = invulling
        antwoorden = dict(invulling.antwoorden)
        hersteld = None
        if not invulling.definitief:
            hersteld = self.services.formulieren.herstelpunt(invulling.id)
            if hersteld is not None:
                antwoorden = dict(hersteld.antwoorden)
        for veld_id, vw in self.velden.items():
            vw.zet(antwoorden.get(veld_id))
            vw.alleen_lezen(invulling.definitief)
        self._zichtbaarheid()
        definitief = invulling.definitief
        self.opslaanKnop.setVisible(not definitief)
        self.definitiefKnop.setVisible(not definitief)
        self.corrigerenKnop.setVisible(definitief and not invulling.vervangen)
        if invulling.vervangen:
            tekst = QCoreApplication.translate(
                "FormulierDialog", "Deze versie is vervangen door een correctie; alleen lezen."
            )
        elif definitief:
            assert invulling.vastgesteld_op is not None
            tekst = QCoreApplication.translate(
                "FormulierDialog",
                "Definitief sinds {datum}: verandert niet meer. Een correctie wordt een nieuwe versie.",
            ).format(datum=f"{invulling.vastgesteld_op:%d-%m-%Y}")
        else:
            tekst = QCoreApplication.translate(
                "FormulierDialog",
                "Concept. Velden met * zijn verplicht bij Definitief maken. Wordt automatisch bewaard.",
            )
            if hersteld is not None:
                tekst += " " + QCoreApplication.translate(
                    "FormulierDialog", "Niet-opgeslagen invoer van {moment} is teruggezet."
                ).format(moment=f"{hersteld.opgeslagen_op:%d-%m-%Y %H:%M}")
        if invulling.vervangt_id:
            tekst += " " + QCoreApplication.translate("FormulierDialog", "(correctie van een eerdere versie)")
        self.status.setText(tekst)
        self.gewijzigd = hersteld is not None
        if definitief:
            self.timer.stop()
        else:
            self.timer.start()
        eerste = next((vw for vw in self.velden.values() if vw.widget.isVisibleTo(self)), None)
        if eerste is not None:
            eerste.focus_widget.setFocus()

    def antwoorden(self) -> dict[str, Any]:
        """What is on screen, as typed (only answered questions)."""
        uit: dict[str, Any] = {}
        for veld_id, vw in self.velden.items():
            waarde = vw.lees()
            if waarde is not None:
                uit[veld_id] = waarde
        return uit

    def _zichtbaarheid(self) -> None:
        antwoorden = self.antwoorden()
        for veld_id, vw in self.velden.items():
            vw.toon(zichtbaar(self.definitie, antwoorden, veld_id))

    def _bij_wijziging(self, *_args: object) -> None:
        self.gewijzigd = True
        self._zichtbaarheid()

    def _toon_fout(self, exc: ValidationError | None) -> None:
        self.fout.setVisible(exc is not None)
        self.fout.setText(exc.message if exc else "")
        if exc is None:
            return
        # The keyboard lands on the first question that needs attention.
        namen = veld_namen(self.definitie)
        for p in exc.problems:
            vw = next(
                (v for vid, v in self.velden.items() if namen[vid] == p.veld and v.widget.isVisible()), None
            )
            if vw is not None:
                vw.focus_widget.setFocus()
                self.rol.ensureWidgetVisible(vw.widget)
                return

    # -- actions -----------------------------------------------------------------------------------------
    def autosave(self) -> None:
        if self.invulling.definitief or not self.gewijzigd:
            return
        try:
            self.services.formulieren.bewaar_herstelpunt(self.invulling.id, self.antwoorden())
        except ValidationError as exc:  # made definitief or thrown away meanwhile (another window)
            self.timer.stop()
            self._toon_fout(exc)
            return
        self.gewijzigd = False

    def opslaan(self) -> bool:
        if self.invulling.definitief:
            return True
        try:
            invulling = self.services.formulieren.opslaan(self.invulling.id, self.antwoorden())
        except ValidationError as exc:
            self._toon_fout(exc)
            return False
        self._toon_fout(None)
        self.invulling = invulling
        self.gewijzigd = False
        self.opgeslagen = True
        self.status.setText(QCoreApplication.translate("FormulierDialog", "Concept opgeslagen."))
        return True

    def definitief_maken(self) -> None:
        vraag = QMessageBox.question(
            self,
            QCoreApplication.translate("FormulierDialog", "Definitief maken"),
            QCoreApplication.translate(
                "FormulierDialog",
                "Definitief maken? Daarna verandert dit formulier niet meer; een correctie wordt een nieuwe "
                "versie die deze vervangt.",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if vraag != QMessageBox.StandardButton.Yes:
            return
        try:
            invulling = self.services.formulieren.maak_definitief(self.invulling.id, self.antwoorden())
        except ValidationError as exc:
            self._toon_fout(exc)
            return
        self._toon_fout(None)
        self.opgeslagen = True
        self._vul(invulling)

    def corrigeren(self) -> None:
        try:
            correctie = self.services.formulieren.corrigeer(self.invulling.id)
        except ValidationError as exc:
            self._toon_fout(exc)
            return
        self.opgeslagen = True
        self.setWindowTitle(
            QCoreApplication.translate("FormulierDialog", "%1 – versie %2")
            .replace("%1", str(correctie.titel))
            .replace("%2", str(correctie.versie))
        )
        self._vul(correctie)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing saves the concept; when what is typed cannot be saved yet, it stays as a herstelpunt."""
        self.timer.stop()
        if not self.invulling.definitief and self.gewijzigd:
            try:
                self.services.formulieren.opslaan(self.invulling.id, self.antwoorden())
                self.opgeslagen = True
            except ValidationError:
                # Not savable yet (e.g. a half-typed date): keep it as typed for next time. When the form was
                # made definitief meanwhile there is nothing left to keep it for.
                with contextlib.suppress(ValidationError):
                    self.services.formulieren.bewaar_herstelpunt(self.invulling.id, self.antwoorden())
        super().closeEvent(event)

    def reject(self) -> None:
        self.close()

    def keyPressEvent(self, event: Any) -> None:
        # Escape closes through closeEvent (which saves), never by throwing typing away.
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)
