"""The sociaal netwerk editor: the drawing and a list beside it that edit the same data, with undo/redo.

Every edit (a drag, a key, a cell in the list, the dialog) is one QUndoCommand that swaps the whole
network for a new one; the list model and the scene both follow the editor's one current network, so
they cannot drift apart, also not after undo. Each step is saved at once into the concept (a
vastgesteld version never changes: the first edit after vaststellen starts a new concept).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPainter, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGraphicsView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kso_desktop.domain.netwerk import (
    Betekenis,
    Cirkel,
    Contact,
    Netwerk,
    NetwerkVersie,
    Persoon,
    Sector,
    check_netwerk,
    check_persoon,
    clean_persoon,
)
from kso_desktop.domain.validation import ValidationError
from kso_desktop.gui.domeinteksten import domein
from kso_desktop.gui.netwerk_scene import NetwerkScene
from kso_desktop.gui.presentation import GRIJS, als_kop
from kso_desktop.services.registry import Services

_Index = QModelIndex | QPersistentModelIndex
PERSOON_ROLE = Qt.ItemDataRole.UserRole + 10

#: (header, field, choices) per column; choices are the enum for the columns edited with a list.
KOLOMMEN: tuple[tuple[object, str, type[Any] | None], ...] = (
    (QT_TRANSLATE_NOOP("Kolommen", "Naam"), "naam", None),
    (QT_TRANSLATE_NOOP("Kolommen", "Relatie"), "relatie", None),
    (QT_TRANSLATE_NOOP("Kolommen", "Sector"), "sector", Sector),
    (QT_TRANSLATE_NOOP("Kolommen", "Cirkel"), "cirkel", Cirkel),
    (QT_TRANSLATE_NOOP("Kolommen", "Woont in"), "woonplaats", None),
    (QT_TRANSLATE_NOOP("Kolommen", "Contact"), "contact", Contact),
    (QT_TRANSLATE_NOOP("Kolommen", "Betekenis"), "betekenis", Betekenis),
    (QT_TRANSLATE_NOOP("Kolommen", "Notitie"), "notitie", None),
)


class NetwerkModel(QAbstractTableModel):
    """The people of the editor's current network as rows; an edited cell asks the editor to change it."""

    def __init__(self, editor: NetwerkEditor) -> None:
        super().__init__(editor)
        self._editor = editor
        self._personen: tuple[Persoon, ...] = ()

    def zet(self, netwerk: Netwerk) -> None:
        oud = [p.id for p in self._personen]
        self._personen = netwerk.personen
        if oud == [p.id for p in self._personen]:
            if self._personen:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(self._personen) - 1, len(KOLOMMEN) - 1)
                )
        else:
            self.beginResetModel()
            self.endResetModel()

    def persoon(self, row: int) -> Persoon:
        return self._personen[row]

    def rij_van(self, persoon_id: str) -> int:
        return next((i for i, p in enumerate(self._personen) if p.id == persoon_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._personen)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(KOLOMMEN)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._personen):
            return None
        p = self._personen[index.row()]
        _kop, veld, keuzes = KOLOMMEN[index.column()]
        waarde = getattr(p, veld)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if veld == "naam" and p.betekenis.teken:
                return f"{p.betekenis.teken} {p.naam}"
            return domein(waarde) if keuzes is not None else waarde
        if role == Qt.ItemDataRole.EditRole:
            return waarde.value if keuzes is not None else waarde
        if role == PERSOON_ROLE:
            return p
        if role == Qt.ItemDataRole.ToolTipRole and veld == "notitie":
            return p.notitie or None
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        basis = super().flags(index)
        return basis | Qt.ItemFlag.ItemIsEditable if index.isValid() else basis

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        p = self._personen[index.row()]
        _kop, veld, keuzes = KOLOMMEN[index.column()]
        nieuw: Any = keuzes(value) if keuzes is not None else str(value)
        if getattr(p, veld) == nieuw:
            return False
        velden: dict[str, Any] = {veld: nieuw}
        return self._editor.wijzig_persoon(dataclasses.replace(p, **velden))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(KOLOMMEN):
                return QCoreApplication.translate("Kolommen", str(KOLOMMEN[section][0]))
            return None
        return None


class KeuzeDelegate(QStyledItemDelegate):
    """A drop-down list for the columns with fixed choices (sector, ring, contact, meaning)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        keuzes = KOLOMMEN[index.column()][2]
        if keuzes is None:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for k in keuzes:
            combo.addItem(domein(k), k.value)
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class NetwerkStap(QUndoCommand):
    """One edit: the network before and after, so undo and redo restore exactly."""

    def __init__(
        self, editor: NetwerkEditor, voor: Netwerk, na: Netwerk, tekst: str, kies: str | None
    ) -> None:
        super().__init__(tekst)
        self._editor, self._voor, self._na, self._kies = editor, voor, na, kies

    def redo(self) -> None:
        self._editor.zet_netwerk(self._na, kies=self._kies)

    def undo(self) -> None:
        self._editor.zet_netwerk(self._voor, kies=self._kies)


class PersoonDialog(QDialog):
    """Add or change one person; a refused input shows the Dutch message here and keeps what was typed."""

    def __init__(self, parent: QWidget | None, persoon: Persoon | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Persoon toevoegen") if persoon is None else self.tr("Persoon wijzigen"))
        self._id = persoon.id if persoon else None
        vorm = QFormLayout()
        self.naam = QLineEdit(persoon.naam if persoon else "")
        self.relatie = QLineEdit(persoon.relatie if persoon else "")
        self.woonplaats = QLineEdit(persoon.woonplaats if persoon else "")
        self.notitie = QPlainTextEdit(persoon.notitie if persoon else "")
        self.notitie.setTabChangesFocus(True)
        self.notitie.setFixedHeight(70)
        self.sector = self._combo(Sector, persoon.sector if persoon else Sector.FAMILIE_HIER)
        self.cirkel = self._combo(Cirkel, persoon.cirkel if persoon else Cirkel.DICHTBIJ)
        self.contact = self._combo(Contact, persoon.contact if persoon else Contact.ONBEKEND)
        self.betekenis = self._combo(Betekenis, persoon.betekenis if persoon else Betekenis.NEUTRAAL)
        for label, widget in (
            (self.tr("&Naam of omschrijving"), self.naam),
            (self.tr("&Relatie"), self.relatie),
            (self.tr("&Sector"), self.sector),
            (self.tr("&Cirkel"), self.cirkel),
            (self.tr("&Woont in"), self.woonplaats),
            (self.tr("C&ontact mogelijk"), self.contact),
            (self.tr("&Betekenis"), self.betekenis),
            (self.tr("No&titie"), self.notitie),
        ):
            vorm.addRow(label, widget)
        self.fout = QLabel()
        self.fout.setStyleSheet("QLabel { color: #a4001d; font-weight: bold; }")
        self.fout.setWordWrap(True)
        self.fout.hide()
        knoppen = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        knoppen.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Opslaan"))
        knoppen.button(QDialogButtonBox.StandardButton.Save).setDefault(True)  # Enter saves
        knoppen.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        knoppen.accepted.connect(self.accept)
        knoppen.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(vorm)
        layout.addWidget(self.fout)
        layout.addWidget(knoppen)
        self.naam.setFocus()
        self.resultaat: Persoon | None = None

    @staticmethod
    def _combo(keuzes: type[Any], huidig: Any) -> QComboBox:
        combo = QComboBox()
        for k in keuzes:
            combo.addItem(domein(k), k.value)
        combo.setCurrentIndex(combo.findData(huidig.value))
        return combo

    def persoon(self) -> Persoon:
        velden: dict[str, Any] = {
            "naam": self.naam.text(),
            "sector": Sector(self.sector.currentData()),
            "cirkel": Cirkel(self.cirkel.currentData()),
            "relatie": self.relatie.text(),
            "woonplaats": self.woonplaats.text(),
            "contact": Contact(self.contact.currentData()),
            "betekenis": Betekenis(self.betekenis.currentData()),
            "notitie": self.notitie.toPlainText(),
        }
        if self._id is None:
            return clean_persoon(Persoon.nieuw(**velden))
        return clean_persoon(Persoon(id=self._id, **velden))

    def accept(self) -> None:
        p = self.persoon()
        problems = check_persoon(p)
        if problems:
            self.fout.setText("\n".join(x.message for x in problems))
            self.fout.show()
            return
        self.resultaat = p
        super().accept()


class VergelijkDialog(QDialog):
    """Two moments side by side in words: who came closer, who moved away, who is new, who left."""

    def __init__(
        self, services: Services, versies: list[NetwerkVersie], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Netwerk vergelijken"))
        self.resize(640, 480)
        self.services = services
        self.versies = versies
        self.oud, self.nieuw = QComboBox(), QComboBox()
        for v in versies:
            self.oud.addItem(v.label, v.id)
            self.nieuw.addItem(v.label, v.id)
        self.nieuw.setCurrentIndex(0)
        self.oud.setCurrentIndex(min(1, len(versies) - 1))
        kiezers = QFormLayout()
        kiezers.addRow(self.tr("&Eerder"), self.oud)
        kiezers.addRow(self.tr("&Later"), self.nieuw)
        self.tekst = QTextBrowser()
        sluiten = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        sluiten.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        sluiten.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(kiezers)
        layout.addWidget(self.tekst)
        layout.addWidget(sluiten)
        self.oud.currentIndexChanged.connect(self.toon)
        self.nieuw.currentIndexChanged.connect(self.toon)
        self.toon()

    def toon(self) -> None:
        verschil = self.services.netwerk.vergelijk(self.oud.currentData(), self.nieuw.currentData())
        if verschil.leeg:
            self.tekst.setPlainText(self.tr("Geen verschil tussen deze twee versies."))
            return
        html: list[str] = []
        kop = ""
        for titel, regel in verschil.regels():
            if titel != kop:
                if kop:
                    html.append("</ul>")
                html.append(f"<h3>{_esc(titel)}</h3><ul>")
                kop = titel
            html.append(f"<li>{_esc(regel)}</li>")
        html.append("</ul>")
        self.tekst.setHtml("".join(html))


def _esc(tekst: str) -> str:
    return tekst.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class NetwerkView(QGraphicsView):
    """Keeps the whole drawing in view, whatever the window size."""

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.scene() is not None:
            self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)


class NetwerkEditor(QWidget):
    """The bolletjesschema of one jongere in its own window."""

    opgeslagen = Signal()

    def __init__(self, services: Services, jongere_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.services = services
        self.jongere_id = jongere_id
        jongere = services.jongeren.get(jongere_id)
        self.setWindowTitle(self.tr("Sociaal netwerk – %s") % jongere.naam)
        self.resize(1300, 720)
        laatste = services.netwerk.laatste(jongere_id)
        self.versie: NetwerkVersie | None = laatste
        self.netwerk: Netwerk = laatste.netwerk if laatste else Netwerk()
        self.undo = QUndoStack(self)
        self._bezig = False

        self.titel = QLabel(self.tr("Sociaal netwerk van %s") % jongere.naam)
        als_kop(self.titel, 1.4)
        self.status = QLabel()
        self.status.setStyleSheet(GRIJS)
        self.scene = NetwerkScene(self._gesleept, self)
        self.scene.midden_tekst = jongere.gegevens.roepnaam or jongere.gegevens.voornaam
        self.view = NetwerkView(self.scene)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.view.setAccessibleName(self.tr("Tekening van het netwerk"))
        self.view.setMinimumSize(420, 360)
        self.model = NetwerkModel(self)
        self.lijst = QTableView()
        self.lijst.setModel(self.model)
        self.lijst.setItemDelegate(KeuzeDelegate(self.lijst))
        self.lijst.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lijst.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lijst.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.lijst.setAccessibleName(self.tr("Lijst van mensen in het netwerk"))
        kop = self.lijst.horizontalHeader()
        kop.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        kop.setStretchLastSection(True)
        self.lijst.verticalHeader().hide()
        uitleg = QLabel(
            self.tr(
                "Insert: persoon toevoegen · Ctrl+↑/↓: dichterbij/verder weg · Ctrl+←/→: andere sector · "
                "F2: cel wijzigen · Enter: persoon wijzigen · Delete: weghalen · Ctrl+Z / Ctrl+Shift+Z: "
                "ongedaan maken / opnieuw. Slepen in de tekening kan ook. "
                "Teken: + steun (beschermjas), ! zorg; doorgestreept: geen contact mogelijk."
            )
        )
        uitleg.setWordWrap(True)
        uitleg.setStyleSheet(GRIJS)

        self.toevoegKnop = QPushButton(self.tr("Persoon &toevoegen… (Insert)"))
        self.wijzigKnop = QPushButton(self.tr("&Wijzigen…"))
        self.weghaalKnop = QPushButton(self.tr("Weg&halen"))
        self.undoKnop = QPushButton(self.tr("&Ongedaan maken"))
        self.redoKnop = QPushButton(self.tr("O&pnieuw"))
        self.vaststelKnop = QPushButton(self.tr("&Vaststellen…"))
        self.vergelijkKnop = QPushButton(self.tr("Verge&lijken…"))
        knoppen = QHBoxLayout()
        for knop in (self.toevoegKnop, self.wijzigKnop, self.weghaalKnop, self.undoKnop, self.redoKnop):
            knoppen.addWidget(knop)
        knoppen.addStretch(1)
        knoppen.addWidget(self.vergelijkKnop)
        knoppen.addWidget(self.vaststelKnop)

        rechts = QWidget()
        rechts_layout = QVBoxLayout(rechts)
        rechts_layout.setContentsMargins(0, 0, 0, 0)
        rechts_layout.addWidget(self.lijst)
        rechts_layout.addWidget(uitleg)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(rechts)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 4)
        layout = QVBoxLayout(self)
        layout.addWidget(self.titel)
        layout.addWidget(self.status)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(knoppen)

        self._acties()
        self.toevoegKnop.clicked.connect(self.toevoegen)
        self.wijzigKnop.clicked.connect(self.wijzigen)
        self.weghaalKnop.clicked.connect(self.weghalen)
        self.undoKnop.clicked.connect(self.undo.undo)
        self.redoKnop.clicked.connect(self.undo.redo)
        self.vaststelKnop.clicked.connect(self.vaststellen)
        self.vergelijkKnop.clicked.connect(self.vergelijken)
        self.lijst.selectionModel().currentRowChanged.connect(self._lijst_gekozen)
        self.scene.selectionChanged.connect(self._tekening_gekozen)
        self.undo.canUndoChanged.connect(self.undoKnop.setEnabled)
        self.undo.canRedoChanged.connect(self.redoKnop.setEnabled)
        self.undoKnop.setEnabled(False)
        self.redoKnop.setEnabled(False)
        self.lijst.selectionModel().selectionChanged.connect(lambda *_a: self._toon_status())
        self.zet_netwerk(self.netwerk, opslaan=False)
        self.lijst.resizeColumnsToContents()
        for kolom in range(len(KOLOMMEN) - 1):
            self.lijst.setColumnWidth(kolom, min(self.lijst.columnWidth(kolom), 170))
        self.lijst.setFocus()
        if self.model.rowCount():
            self.kies(self.model.persoon(0).id)

    def _acties(self) -> None:
        def actie(tekst: str, toetsen: list[QKeySequence], doe: Any) -> QAction:
            a = QAction(tekst, self)
            a.setShortcuts(toetsen)
            a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            a.triggered.connect(doe)
            self.addAction(a)
            return a

        ctrl = Qt.KeyboardModifier.ControlModifier
        self.actie_toevoegen = actie(
            self.tr("Persoon toevoegen"), [QKeySequence(Qt.Key.Key_Insert)], self.toevoegen
        )
        self.actie_dichterbij = actie(
            self.tr("Dichterbij"), [QKeySequence(ctrl | Qt.Key.Key_Up)], lambda: self.stap_cirkel(-1)
        )
        self.actie_verder = actie(
            self.tr("Verder weg"), [QKeySequence(ctrl | Qt.Key.Key_Down)], lambda: self.stap_cirkel(1)
        )
        self.actie_links = actie(
            self.tr("Vorige sector"), [QKeySequence(ctrl | Qt.Key.Key_Left)], lambda: self.stap_sector(-1)
        )
        self.actie_rechts = actie(
            self.tr("Volgende sector"), [QKeySequence(ctrl | Qt.Key.Key_Right)], lambda: self.stap_sector(1)
        )
        self.actie_weg = actie(self.tr("Weghalen"), [QKeySequence(Qt.Key.Key_Delete)], self.weghalen)
        self.actie_wijzig = actie(
            self.tr("Wijzigen"),
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)],
            self.wijzigen,
        )
        self.actie_undo = actie(
            self.tr("Ongedaan maken"), [QKeySequence(QKeySequence.StandardKey.Undo)], self.undo.undo
        )
        self.actie_redo = actie(
            self.tr("Opnieuw"),
            [
                QKeySequence(ctrl | Qt.KeyboardModifier.ShiftModifier | Qt.Key.Key_Z),
                QKeySequence(QKeySequence.StandardKey.Redo),
            ],
            self.undo.redo,
        )

    # -- the one current network --------------------------------------------------------------------
    def zet_netwerk(self, netwerk: Netwerk, *, kies: str | None = None, opslaan: bool = True) -> None:
        """Show ``netwerk`` in the list and the drawing, and save it (undo and redo come through here)."""
        self.netwerk = netwerk
        self._bezig = True
        try:
            self.model.zet(netwerk)
            self.scene.toon(netwerk)
        finally:
            self._bezig = False
        if kies is not None and netwerk.heeft(kies):
            self.kies(kies)
        if opslaan:
            try:
                self.versie = self.services.netwerk.opslaan(self.jongere_id, netwerk)
            except ValidationError as exc:  # the steps check first; this is a last guard
                QMessageBox.warning(self, self.tr("Niet opgeslagen"), exc.message)
            self.opgeslagen.emit()
        self._toon_status()

    def _toon_status(self) -> None:
        if self.versie is None:
            self.status.setText(self.tr("Nog niemand in het netwerk. Voeg iemand toe met Insert."))
        else:
            self.status.setText(
                self.tr("%s · %d personen") % (self.versie.label, len(self.netwerk.personen))
                + ("" if self.versie.bewerkbaar else self.tr(" · een wijziging begint een nieuw concept"))
            )
        self.vaststelKnop.setEnabled(self.versie is not None and self.versie.bewerkbaar)
        self.vergelijkKnop.setEnabled(len(self.services.netwerk.versies(self.jongere_id)) > 1)
        gekozen = self.gekozen() is not None
        self.wijzigKnop.setEnabled(gekozen)
        self.weghaalKnop.setEnabled(gekozen)

    def _stap(self, na: Netwerk, tekst: str, kies: str | None) -> bool:
        problems = check_netwerk(na)
        if problems:
            QMessageBox.warning(self, self.tr("Niet gewijzigd"), "\n".join(p.message for p in problems))
            return False
        if na == self.netwerk:
            return False
        self.undo.push(NetwerkStap(self, self.netwerk, na, tekst, kies))
        return True

    # -- selection kept in step between the list and the drawing -------------------------------------
    def gekozen(self) -> Persoon | None:
        rij = self.lijst.selectionModel().currentIndex().row() if self.lijst.selectionModel() else -1
        selected = self.lijst.selectionModel().selectedRows()
        if not selected or rij < 0 or rij >= self.model.rowCount():
            return None
        return self.model.persoon(rij)

    def kies(self, persoon_id: str) -> None:
        rij = self.model.rij_van(persoon_id)
        if rij >= 0:
            self.lijst.selectRow(rij)
            self.lijst.setCurrentIndex(self.model.index(rij, 0))

    def _lijst_gekozen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._bezig:
            return
        self._bezig = True
        try:
            pid = self.model.persoon(current.row()).id if current.isValid() else None
            for item_id, item in self.scene.items_per_id.items():
                item.setSelected(item_id == pid)
            if pid is not None:
                self.view.ensureVisible(self.scene.items_per_id[pid])
        finally:
            self._bezig = False
        self._toon_status()

    def _tekening_gekozen(self) -> None:
        if self._bezig:
            return
        items = self.scene.selectedItems()
        if len(items) == 1:
            pid = next((i for i, it in self.scene.items_per_id.items() if it is items[0]), None)
            if pid is not None:
                self._bezig = True
                try:
                    self.kies(pid)
                finally:
                    self._bezig = False
                self._toon_status()

    # -- edits ------------------------------------------------------------------------------------------
    def toevoegen(self) -> None:
        dialog = PersoonDialog(self)
        gekozen = self.gekozen()
        if gekozen is not None:  # a new person often belongs where the chosen one is
            dialog.sector.setCurrentIndex(dialog.sector.findData(gekozen.sector.value))
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.resultaat is not None:
            p = dialog.resultaat
            self._stap(self.netwerk.met_persoon(p), self.tr("%s toevoegen") % p.naam, p.id)
            self.lijst.setFocus()

    def wijzigen(self) -> None:
        p = self.gekozen()
        if p is None:
            return
        dialog = PersoonDialog(self, p)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.resultaat is not None:
            self.wijzig_persoon(dialog.resultaat)

    def wijzig_persoon(self, persoon: Persoon) -> bool:
        persoon = clean_persoon(persoon)
        return self._stap(
            self.netwerk.met_persoon(persoon), self.tr("%s wijzigen") % persoon.naam, persoon.id
        )

    def weghalen(self) -> None:
        p = self.gekozen()
        if p is not None:
            rij = self.model.rij_van(p.id)
            self._stap(self.netwerk.zonder(p.id), self.tr("%s weghalen") % p.naam, None)
            if self.model.rowCount():
                self.lijst.selectRow(min(rij, self.model.rowCount() - 1))

    def stap_cirkel(self, richting: int) -> None:
        p = self.gekozen()
        if p is not None:
            self.verplaats(p.id, p.sector, p.cirkel.stap(richting))

    def stap_sector(self, richting: int) -> None:
        p = self.gekozen()
        if p is not None:
            sectoren = list(Sector)
            nieuw = sectoren[(sectoren.index(p.sector) + richting) % len(sectoren)]
            self.verplaats(p.id, nieuw, p.cirkel)

    def verplaats(self, persoon_id: str, sector: Sector, cirkel: Cirkel) -> None:
        p = self.netwerk.persoon(persoon_id)
        if (p.sector, p.cirkel) == (sector, cirkel):
            return
        waar = domein(cirkel).lower() if p.sector == sector else f"{domein(sector)}, {domein(cirkel).lower()}"
        self._stap(
            self.netwerk.verplaatst(persoon_id, sector=sector, cirkel=cirkel),
            self.tr("%s naar %s") % (p.naam, waar),
            persoon_id,
        )

    def _gesleept(self, persoon_id: str, sector: Sector, cirkel: Cirkel) -> None:
        p = self.netwerk.persoon(persoon_id)
        if (p.sector, p.cirkel) == (sector, cirkel):
            self.scene.plaats(self.netwerk)  # dropped in its own cell: snap back into place
            return
        self.verplaats(persoon_id, sector, cirkel)

    def vaststellen(self) -> None:
        if self.versie is None or not self.versie.bewerkbaar:
            return
        antwoord = QMessageBox.question(
            self,
            self.tr("Netwerk vaststellen"),
            self.tr(
                "Versie %d vaststellen zoals je die samen met de jongere hebt getekend? Daarna verandert "
                "deze versie niet meer; een volgende wijziging begint een nieuwe versie."
            )
            % self.versie.versie,
        )
        if antwoord != QMessageBox.StandardButton.Yes:
            return
        try:
            self.versie = self.services.netwerk.vaststellen(self.jongere_id)
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("Niet vastgesteld"), exc.message)
            return
        self.undo.clear()  # a vastgesteld version is not undone from here
        self.opgeslagen.emit()
        self._toon_status()

    def vergelijken(self) -> None:
        versies = self.services.netwerk.versies(self.jongere_id)
        if len(versies) > 1:
            VergelijkDialog(self.services, versies, self).exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.lijst.closePersistentEditor(self.lijst.currentIndex())
        super().closeEvent(event)
