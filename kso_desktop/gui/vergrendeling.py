"""The app lock: idle timer, Ctrl+L, opaque covers over every window, and the sign-in form to unlock.

While locked no personal data is drawn: every visible window of the app gets an opaque child on top, and
window titles (which the taskbar shows) are replaced. Dialogs are covered, never closed or hidden, so a
half-typed text survives the lock. Input to anything but the sign-in form is swallowed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kso_desktop.domain.enums import Rol
from kso_desktop.domain.rechten import Actie, weigering
from kso_desktop.domain.toegang import VERGRENDELEN_MAX, VERGRENDELEN_MIN, wachttijd_tekst
from kso_desktop.domain.validation import Code, ValidationError, problem
from kso_desktop.gui.domeinteksten import domein
from kso_desktop.services.rechten import mag_nu
from kso_desktop.services.registry import Services
from kso_desktop.services.toegang import DEMO_PINCODE

FOUT_STIJL = "QLabel { color: #a4001d; font-weight: bold; }"
SNELTOETS = "Ctrl+L"
_ACTIVITEIT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}
#: While locked these never reach a widget outside the sign-in form (no shortcut, menu or typing behind it).
_INVOER = {
    QEvent.Type.KeyPress,
    QEvent.Type.KeyRelease,
    QEvent.Type.ShortcutOverride,
    QEvent.Type.Shortcut,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel,
    QEvent.Type.ContextMenu,
    QEvent.Type.InputMethod,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
}


def tr(text: str) -> str:
    # lupdate files calls of a bare module-level tr() under the empty context, so look them up there.
    return QCoreApplication.translate("", text)


class OntgrendelForm(QWidget):
    """Choose who you are, type the PIN, Ontgrendelen. Also chooses a first PIN when someone has none."""

    aangemeld = Signal(str)

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        *,
        medewerker_id: str | None = None,
        titel: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.setObjectName("ontgrendelForm")
        self.titel = QLabel(titel or tr("KSO Desktop is vergrendeld"), self)
        font = self.titel.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.titel.setFont(font)
        self.uitleg = QLabel(tr("Kies wie je bent en typ je pincode of wachtwoord."), self)
        self.uitleg.setWordWrap(True)

        self.medewerker = QComboBox(self)
        self.medewerker.setAccessibleName(tr("Medewerker"))
        for w in services.organisatie.medewerkers(alleen_actief=True):
            self.medewerker.addItem(f"{w.naam} ({domein(w.gegevens.rol).lower()})", w.id)
        kies = medewerker_id or services.actor.medewerker_id
        self.medewerker.setCurrentIndex(max(self.medewerker.findData(kies), 0))
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(tr("Pincode of wachtwoord"))
        self.herhaal = QLineEdit(self)
        self.herhaal.setEchoMode(QLineEdit.EchoMode.Password)
        self.herhaal.setAccessibleName(tr("Herhaal de nieuwe pincode"))
        self.pin_label = QLabel(tr("&Pincode:"), self)
        self.pin_label.setBuddy(self.pin)
        self.herhaal_label = QLabel(tr("&Herhaal pincode:"), self)
        self.herhaal_label.setBuddy(self.herhaal)
        wie = QLabel(tr("&Medewerker:"), self)
        wie.setBuddy(self.medewerker)
        velden = QFormLayout()
        velden.addRow(wie, self.medewerker)
        velden.addRow(self.pin_label, self.pin)
        velden.addRow(self.herhaal_label, self.herhaal)

        self.eerste_keer = QLabel(self)
        self.eerste_keer.setWordWrap(True)
        self.fout = QLabel(self)
        self.fout.setObjectName("foutLabel")
        self.fout.setStyleSheet(FOUT_STIJL)
        self.fout.setWordWrap(True)
        self.fout.hide()
        self.demo = QLabel(tr("Demo: pincode %1").replace("%1", DEMO_PINCODE), self)
        self.demo.setVisible(services.toegang.is_demo())
        self.knop = QPushButton(tr("&Ontgrendelen"), self)
        self.knop.setDefault(True)
        self.knop.setAutoDefault(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self.titel)
        layout.addWidget(self.uitleg)
        layout.addLayout(velden)
        layout.addWidget(self.eerste_keer)
        layout.addWidget(self.fout)
        knoppen = QHBoxLayout()
        knoppen.addWidget(self.demo)
        knoppen.addStretch(1)
        knoppen.addWidget(self.knop)
        layout.addLayout(knoppen)
        self.setMinimumWidth(420)

        self.medewerker.currentIndexChanged.connect(self._medewerker_gekozen)
        self.knop.clicked.connect(self.ontgrendel)
        self.pin.returnPressed.connect(self.ontgrendel)
        self.herhaal.returnPressed.connect(self.ontgrendel)
        # Counts the remaining wait down after too many attempts (the service's clock decides).
        self._aftellen = QTimer(self, interval=1000)
        self._aftellen.timeout.connect(self._toon_wacht)
        self._medewerker_gekozen()

    def gekozen(self) -> str | None:
        data = self.medewerker.currentData()
        return None if data is None else str(data)

    def _medewerker_gekozen(self) -> None:
        mid = self.gekozen()
        status = self.services.toegang.status(mid) if mid else None
        nieuw = status is not None and not status.heeft_pin
        self.herhaal.setVisible(nieuw)
        self.herhaal_label.setVisible(nieuw)
        self.eerste_keer.setVisible(nieuw)
        if nieuw:
            self.eerste_keer.setText(
                tr(
                    "%1 heeft nog geen pincode. Kies er nu een: minstens 6 cijfers, of een wachtwoord van "
                    "minstens 10 tekens. Dat kan alleen zolang er nog geen pincode is; ben je hem later "
                    "kwijt, dan stelt de beheerder hem opnieuw in."
                ).replace("%1", self.medewerker.currentText().split(" (")[0])
            )
            self.pin_label.setText(tr("Nieuwe &pincode:"))
            self.knop.setText(tr("Pincode instellen en &ontgrendelen"))
        else:
            self.pin_label.setText(tr("&Pincode:"))
            self.knop.setText(tr("&Ontgrendelen"))
        self.fout.hide()
        self.pin.clear()
        self.herhaal.clear()
        self._toon_wacht()

    def _toon_wacht(self) -> None:
        mid = self.gekozen()
        wacht = self.services.toegang.status(mid).wacht if mid else timedelta(0)
        if wacht:
            self._fout(
                tr("Te veel mislukte pogingen. Probeer het over %1 opnieuw.").replace(
                    "%1", wachttijd_tekst(wacht)
                )
            )
            if not self._aftellen.isActive():
                self._aftellen.start()
        elif self._aftellen.isActive():
            self._aftellen.stop()
            self.fout.hide()

    def _fout(self, tekst: str) -> None:
        self.fout.setText(tekst)
        self.fout.show()

    def ontgrendel(self) -> None:
        mid = self.gekozen()
        if mid is None:
            return
        geheim = self.pin.text()
        try:
            if self.herhaal.isVisible():
                if geheim != self.herhaal.text():
                    raise ValidationError([problem(Code.PINCODE_NIET_GELIJK)])
                self.services.toegang.stel_pin_in(mid, geheim)
                self._medewerker_gekozen()
            self.services.toegang.aanmelden(mid, geheim)
        except ValidationError as exc:
            self.pin.clear()
            self.herhaal.clear()
            self._fout(exc.message)
            if exc.codes & {Code.PINCODE_GEBLOKKEERD} and not self._aftellen.isActive():
                self._aftellen.start()
            self.pin.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.pin.clear()
        self.fout.hide()
        self.aangemeld.emit(mid)

    def focus(self) -> None:
        self.pin.setFocus(Qt.FocusReason.OtherFocusReason)

    def als_kaart(self) -> None:
        """Drawn as a card on the plain cover (in a small dialog it stays plain)."""
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            "#ontgrendelForm { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 6px; }"
        )


class Afdekking(QWidget):
    """An opaque cover over all of one window; optionally holding the sign-in form in its middle."""

    def __init__(self, venster: QWidget) -> None:
        super().__init__(venster)
        self.setObjectName("vergrendeling")
        self.setAutoFillBackground(True)  # the palette's window colour: opaque, nothing shows through
        self.form: OntgrendelForm | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.melding = QLabel(tr("KSO Desktop is vergrendeld."), self)
        self.melding.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout.addWidget(self.melding)
        venster.installEventFilter(self)
        self.setGeometry(venster.rect())

    def toon_form(self, form: OntgrendelForm) -> None:
        self.melding.hide()
        self.form = form
        form.setParent(self)
        self._layout.addWidget(form, 0, Qt.AlignmentFlag.AlignCenter)
        form.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        venster = self.parentWidget()
        if watched is venster and event.type() == QEvent.Type.Resize:
            self.setGeometry(venster.rect())
            self.raise_()
        return False

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab stays inside the form: the widgets underneath are still in the window's focus chain.
        ketting = [
            w
            for w in self.findChildren(QWidget)
            if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        ]
        if not ketting:
            return True
        huidig = QApplication.focusWidget()
        i = ketting.index(huidig) if huidig in ketting else -1
        ketting[(i + (1 if next else -1)) % len(ketting)].setFocus(Qt.FocusReason.TabFocusReason)
        return True


@dataclass(slots=True)
class _Bedekt:
    """One covered window and what to give back on unlock."""

    venster: QWidget
    afdekking: Afdekking
    titel: str
    focus: QWidget | None
    grootte: QSize | None  # the size before it was enlarged to fit the sign-in form


class VergrendelController(QObject):
    """Locks the app after idle time or on request, and unlocks it when someone signs in.

    ``idle_ms`` overrides the per-database setting (tests use a tiny interval).
    """

    vergrendeld_gewijzigd = Signal(bool)
    #: After a sign-in that ends a lock; True when someone else signed in than who locked it (shift change).
    ontgrendeld = Signal(bool)

    def __init__(self, services: Services, window: QMainWindow, *, idle_ms: int | None = None) -> None:
        super().__init__(window)
        self.services = services
        self.window = window
        self._bedekt: list[_Bedekt] = []
        self.form: OntgrendelForm | None = None
        self._wie_vergrendelde: str | None = None
        self.idle_timer = QTimer(self, singleShot=True)
        self.idle_timer.setInterval(idle_ms or services.toegang.vergrendelen_na() * 60_000)
        self.idle_timer.timeout.connect(self.vergrendel)
        self._idle_override = idle_ms is not None

        self.actie_vergrendelen = QAction(tr("&Vergrendelen"), window)
        self.actie_vergrendelen.setShortcut(QKeySequence(SNELTOETS))
        self.actie_vergrendelen.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.actie_vergrendelen.setObjectName("actionVergrendelen")
        self.actie_vergrendelen.triggered.connect(self._vergrendel_met_sneltoets)
        self.actie_pincode = QAction(tr("&Pincode wijzigen…"), window)
        self.actie_pincode.setObjectName("actionPincodeWijzigen")
        self.actie_pincode.triggered.connect(self.pincode_wijzigen)
        self.actie_instellen = QAction(tr("Vergrendelen &na…"), window)
        self.actie_instellen.setObjectName("actionVergrendelenNa")
        self.actie_instellen.triggered.connect(self.vergrendelen_na_instellen)
        window.addAction(self.actie_vergrendelen)

        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self.idle_timer.start()

    def voeg_menu_toe(self, menu: QMenu, voor: QAction) -> None:
        """Put the lock actions in a menu (before ``voor``, e.g. Afsluiten)."""
        for actie in (self.actie_vergrendelen, self.actie_pincode, self.actie_instellen):
            menu.insertAction(voor, actie)
        menu.insertSeparator(voor)

    @property
    def vergrendeld(self) -> bool:
        return bool(self._bedekt)

    # -- idle and input ----------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        soort = event.type()
        if not self._bedekt:
            if soort in _ACTIVITEIT:
                self.idle_timer.start()
            if soort == QEvent.Type.KeyPress and QApplication.activeModalWidget() is not None:
                # A modal dialog blocks even application shortcuts; Ctrl+L must lock there too.
                assert isinstance(event, QKeyEvent)
                if event.key() == Qt.Key.Key_L and event.modifiers() == Qt.KeyboardModifier.ControlModifier:
                    self.vergrendel()
                    return True
            return False
        if soort in _INVOER:
            return not self._in_form(watched)
        nieuw_venster = (
            soort == QEvent.Type.Show and isinstance(watched, QWidget) and self._te_bedekken(watched)
        )
        if nieuw_venster and all(b.venster is not watched for b in self._bedekt):
            assert isinstance(watched, QWidget)
            self._bedek(watched)  # a window opened while locked is covered too
            QTimer.singleShot(0, self, self._plaats_form)  # a modal one must hold the form
        elif soort == QEvent.Type.Hide and self.form is not None and watched is self.form.window():
            assert isinstance(watched, QWidget)
            # The window with the form closes (and may be deleted): the form moves on at once.
            self._plaats_form(behalve=watched)
            QTimer.singleShot(0, self, self._plaats_form)
        return False

    def _in_form(self, obj: QObject) -> bool:
        node: QObject | None = obj
        while node is not None:
            if node is self.form:
                return True
            node = node.parent()
        return False

    @staticmethod
    def _te_bedekken(w: QWidget) -> bool:
        soort = w.windowType()
        return w.isWindow() and soort not in (
            Qt.WindowType.Popup,
            Qt.WindowType.ToolTip,
            Qt.WindowType.SplashScreen,
        )

    # -- locking -------------------------------------------------------------
    def vergrendel(self, *, loggen: bool = True) -> None:
        """Cover every window; the active modal dialog (or else the main window) holds the sign-in form."""
        if self._bedekt:
            return
        self.idle_timer.stop()
        self._wie_vergrendelde = self.services.actor.medewerker_id
        while (popup := QApplication.activePopupWidget()) is not None:
            popup.close()  # an open menu or combo list could show names
        vensters = [w for w in QApplication.topLevelWidgets() if w.isVisible() and self._te_bedekken(w)]
        if self.window not in vensters:
            vensters.append(self.window)  # also before the first show (starting locked)
        for venster in vensters:
            self._bedek(venster)
        self.form = OntgrendelForm(self.services)
        self.form.aangemeld.connect(self._ontgrendel)
        self.form.als_kaart()
        self._plaats_form()
        if loggen:
            self.services.toegang.vergrendeld()
        self.vergrendeld_gewijzigd.emit(True)

    def _vergrendel_met_sneltoets(self) -> None:
        self.vergrendel()

    def _houder(self, *, behalve: QWidget | None = None) -> _Bedekt:
        """The cover to hold the form: the active modal window's (only it gets input), else the main's."""
        modal = QApplication.activeModalWidget()
        for b in self._bedekt:
            if b.venster is modal and modal is not behalve and b.venster.isVisible():
                return b
        return next(b for b in self._bedekt if b.venster is self.window)

    def _plaats_form(self, *, behalve: QWidget | None = None) -> None:
        """Put the form where it can be used; again when a modal window opens or closes while locked."""
        form = self.form
        if form is None or not self._bedekt:
            return
        houder = self._houder(behalve=behalve)
        oud = form.parentWidget()
        if oud is not houder.afdekking:
            houder.afdekking.toon_form(form)
            if isinstance(oud, Afdekking):
                oud.form = None
                oud.melding.show()
        nodig = houder.afdekking.sizeHint().expandedTo(form.sizeHint() + QSize(40, 40))
        venster = houder.venster
        if venster.width() < nodig.width() or venster.height() < nodig.height():
            # A small dialog (a message box) grows while locked so the form fits; it shrinks back after.
            houder.grootte = venster.size()
            venster.setMaximumSize(16777215, 16777215)
            venster.resize(venster.size().expandedTo(nodig))
        venster.activateWindow()
        form.focus()

    def _bedek(self, venster: QWidget) -> None:
        afdekking = Afdekking(venster)
        bedekt = _Bedekt(venster, afdekking, venster.windowTitle(), venster.focusWidget(), None)
        self._bedekt.append(bedekt)
        venster.destroyed.connect(lambda *_: self._bedekt.remove(bedekt) if bedekt in self._bedekt else None)
        venster.setWindowTitle(tr("KSO Desktop (vergrendeld)"))
        afdekking.show()
        afdekking.raise_()

    def _ontgrendel(self, medewerker_id: str) -> None:
        bedekt, self._bedekt = self._bedekt, []
        self.form = None
        for b in bedekt:
            if not shiboken6.isValid(b.venster):
                continue
            b.afdekking.hide()
            b.afdekking.deleteLater()
            b.venster.setWindowTitle(b.titel)
            if b.grootte is not None:
                b.venster.resize(b.grootte)
            if b.focus is not None and shiboken6.isValid(b.focus):
                b.focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self._volg_medewerker()
        self.idle_timer.start()
        self.vergrendeld_gewijzigd.emit(False)
        self.ontgrendeld.emit(medewerker_id != self._wie_vergrendelde)

    def _volg_medewerker(self) -> None:
        """The "Ik ben:" combo shows whoever signed in; the window shows their data."""
        combo = self.window.findChild(QComboBox, "medewerkerCombo")
        if combo is not None:
            system = combo.findData(None)
            if system >= 0 and self.services.actor.medewerker_id is not None:
                combo.removeItem(system)
            combo.setCurrentIndex(max(combo.findData(self.services.actor.medewerker_id), 0))
        refresh = getattr(self.window, "refresh", None)
        if callable(refresh):
            refresh()

    def vergrendel_bij_start(self) -> None:
        """At start-up: once anyone has a PIN, nobody sees data before signing in."""
        if self.services.toegang.pincodes_in_gebruik():
            self.vergrendel(loggen=False)  # nobody locked it: not in the audit trail on anyone's name

    # -- switching medewerker ("Ik ben:") -----------------------------------
    def wissel_toegestaan(self, medewerker_id: str) -> bool:
        """When PINs are in use, switching to someone else asks for their PIN. False: stay as you are."""
        if (
            medewerker_id == self.services.actor.medewerker_id
            or not self.services.toegang.pincodes_in_gebruik()
        ):
            return True
        dialog = QDialog(self.window)
        dialog.setObjectName("wissel")
        dialog.setWindowTitle(tr("Wissel van dienst"))
        form = OntgrendelForm(
            self.services, dialog, medewerker_id=medewerker_id, titel=tr("Wissel van medewerker")
        )
        form.uitleg.setText(tr("Typ de pincode van wie nu gaat werken."))
        form.knop.setText(tr("&Aanmelden"))
        form.aangemeld.connect(lambda _mid: dialog.accept())
        knoppen = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, dialog)
        knoppen.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Annuleren"))
        knoppen.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(form)
        layout.addWidget(knoppen)
        form.focus()
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        if not ok:
            self._volg_medewerker()
        return ok

    # -- settings ------------------------------------------------------------
    def vergrendelen_na_instellen(self) -> None:
        if not mag_nu(self.services.ctx, Actie.INSTELLINGEN_BEHEREN):
            QMessageBox.information(self.window, tr("Vergrendelen na"), weigering(Actie.INSTELLINGEN_BEHEREN))
            return
        minuten, ok = QInputDialog.getInt(
            self.window,
            tr("Vergrendelen na"),
            tr("Vergrendel KSO Desktop als er zoveel minuten niets is gedaan:"),
            self.services.toegang.vergrendelen_na(),
            VERGRENDELEN_MIN,
            VERGRENDELEN_MAX,
        )
        if ok:
            self.services.toegang.stel_vergrendelen_in(minuten)
            if not self._idle_override:
                self.idle_timer.setInterval(minuten * 60_000)
                self.idle_timer.start()

    def pincode_wijzigen(self) -> None:
        PincodeDialog(self.services, self.window).exec()


class PincodeDialog(QDialog):
    """Change your own PIN (with the current one); an admin may reset another medewerker's PIN."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(tr("Pincode wijzigen"))
        actor = services.actor.medewerker_id
        rol = services.organisatie.medewerker(actor).gegevens.rol if actor else None
        self.medewerker = QComboBox(self)
        for w in services.organisatie.medewerkers(alleen_actief=True):
            if rol == Rol.ADMIN or w.id == actor:
                self.medewerker.addItem(w.naam, w.id)
        self.medewerker.setCurrentIndex(max(self.medewerker.findData(actor), 0))
        self.huidige = QLineEdit(self)
        self.nieuw = QLineEdit(self)
        self.herhaal = QLineEdit(self)
        for veld in (self.huidige, self.nieuw, self.herhaal):
            veld.setEchoMode(QLineEdit.EchoMode.Password)
        self.uitleg = QLabel(self)
        self.uitleg.setWordWrap(True)
        self.fout = QLabel(self)
        self.fout.setStyleSheet(FOUT_STIJL)
        self.fout.setWordWrap(True)
        self.fout.hide()
        velden = QFormLayout()
        velden.addRow(tr("&Medewerker:"), self.medewerker)
        self.huidige_label = QLabel(tr("&Huidige pincode:"), self)
        self.huidige_label.setBuddy(self.huidige)
        velden.addRow(self.huidige_label, self.huidige)
        velden.addRow(tr("&Nieuwe pincode:"), self.nieuw)
        velden.addRow(tr("He&rhaal nieuwe pincode:"), self.herhaal)
        knoppen = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        knoppen.button(QDialogButtonBox.StandardButton.Save).setText(tr("&Opslaan"))
        knoppen.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Annuleren"))
        knoppen.accepted.connect(self.opslaan)
        knoppen.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(velden)
        layout.addWidget(self.uitleg)
        layout.addWidget(self.fout)
        layout.addWidget(knoppen)
        self.setMinimumWidth(460)
        self.medewerker.currentIndexChanged.connect(self._gekozen)
        self._gekozen()

    def _herstel(self) -> bool:
        """True when this is an admin setting someone else's PIN (no current PIN needed)."""
        return bool(self.medewerker.currentData() != self.services.actor.medewerker_id)

    def _gekozen(self) -> None:
        mid = self.medewerker.currentData()
        heeft = bool(mid) and self.services.toegang.heeft_pin(str(mid))
        vraag_huidige = heeft and not self._herstel()
        self.huidige.setVisible(vraag_huidige)
        self.huidige_label.setVisible(vraag_huidige)
        self.uitleg.setText(
            tr("Minstens 6 cijfers, of een wachtwoord van minstens 10 tekens; niet 123456 of 111111.")
            + (
                tr(" Je stelt de pincode van een collega opnieuw in; vertel hem persoonlijk.")
                if self._herstel()
                else ""
            )
        )

    def opslaan(self) -> None:
        mid = self.medewerker.currentData()
        if mid is None:
            return
        try:
            if self.nieuw.text() != self.herhaal.text():
                raise ValidationError([problem(Code.PINCODE_NIET_GELIJK)])
            huidige = self.huidige.text() if self.huidige.isVisible() else None
            self.services.toegang.stel_pin_in(str(mid), self.nieuw.text(), huidige=huidige)
        except ValidationError as exc:
            self.fout.setText(exc.message)
            self.fout.show()
            return
        self.accept()
