"""The sync state column of the lists: icon and text (never colour alone), a tooltip, accessible text."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle, QTableWidgetItem

from kso_desktop.gui.table_model import Column, RecordTableModel
from kso_desktop.services.registry import Services
from kso_desktop.services.sync_overzicht import BuitenBereik, SyncStaat

BUITEN_BEREIK = "buiten_bereik"


def staat_label(staat: SyncStaat | str) -> str:
    return {
        SyncStaat.GESYNCHRONISEERD: QCoreApplication.translate("SyncStaat", "Gesynchroniseerd"),
        SyncStaat.WACHTEND: QCoreApplication.translate("SyncStaat", "Wacht op verzenden"),
        SyncStaat.CONFLICT: QCoreApplication.translate("SyncStaat", "Conflict"),
        SyncStaat.FOUT: QCoreApplication.translate("SyncStaat", "Fout"),
        SyncStaat.LOKAAL: QCoreApplication.translate("SyncStaat", "Alleen op deze laptop"),
        BUITEN_BEREIK: QCoreApplication.translate(
            "SyncStaat", "Buiten je locaties — bewaard tot alles verzonden is"
        ),
    }.get(staat, "")


def staat_uitleg(staat: SyncStaat | str) -> str:
    return {
        SyncStaat.GESYNCHRONISEERD: QCoreApplication.translate("SyncStaat", "Staat ook zo in het portaal."),
        SyncStaat.WACHTEND: QCoreApplication.translate(
            "SyncStaat", "Gaat mee met de volgende synchronisatie."
        ),
        SyncStaat.CONFLICT: QCoreApplication.translate(
            "SyncStaat",
            "Hier en elders tegelijk gewijzigd: kies onder Conflicten (statusbalk) welke tekst blijft.",
        ),
        SyncStaat.FOUT: QCoreApplication.translate(
            "SyncStaat",
            "Het portaal weigerde deze wijziging. De tekst blijft hier bewaard; "
            "zie Synchronisatie → Geweigerd (statusbalk).",
        ),
        SyncStaat.LOKAAL: QCoreApplication.translate("SyncStaat", "Nog nooit naar het portaal verstuurd."),
        BUITEN_BEREIK: QCoreApplication.translate(
            "SyncStaat",
            "Deze jongere hoort niet meer bij je locaties, maar hier staan nog niet-verstuurde gegevens.",
        ),
    }.get(staat, "")


def staat_icoon(staat: SyncStaat | str) -> QIcon:
    pixmap = {
        SyncStaat.GESYNCHRONISEERD: QStyle.StandardPixmap.SP_DialogApplyButton,
        SyncStaat.WACHTEND: QStyle.StandardPixmap.SP_ArrowUp,
        SyncStaat.CONFLICT: QStyle.StandardPixmap.SP_MessageBoxWarning,
        SyncStaat.FOUT: QStyle.StandardPixmap.SP_MessageBoxCritical,
        SyncStaat.LOKAAL: QStyle.StandardPixmap.SP_ComputerIcon,
        BUITEN_BEREIK: QStyle.StandardPixmap.SP_MessageBoxInformation,
    }.get(staat, QStyle.StandardPixmap.SP_ComputerIcon)
    return QApplication.style().standardIcon(pixmap)


def wacht_tekst(kept: BuitenBereik) -> str:
    if not kept.wacht:
        return QCoreApplication.translate("SyncStaat", "Er wacht niets meer.")
    return (
        QCoreApplication.translate("SyncStaat", "Wacht nog:")
        + "\n"
        + "\n".join(f"• {w.omschrijving}" for w in kept.wacht)
    )


class SyncStaatModel(RecordTableModel):
    """A record list with a sync state column (at the end, or at ``kolom_op``); states are looked up on
    every ``set_records``.

    ``id_of`` gives a record's id; ``buiten_bereik`` marks jongeren kept out of scope (the jongeren list).
    """

    def __init__(
        self,
        columns: Sequence[Column],
        services: Services,
        id_of: Callable[[Any], str],
        parent: Any = None,
        *,
        buiten_bereik: bool = False,
        kolom_op: int | None = None,
    ) -> None:
        self.services = services
        self._id_of = id_of
        self._met_buiten_bereik = buiten_bereik
        self.staten: dict[str, SyncStaat] = {}
        self.bewaard: dict[str, BuitenBereik] = {}
        kolom = Column(
            QCoreApplication.translate("SyncStaat", "Synchronisatie"),
            self.staat_tekst,
            tooltip=self.staat_tooltip,
            icon=lambda r: staat_icoon(self.staat(r)),
        )
        kolommen = list(columns)
        self.kolom = len(kolommen) if kolom_op is None else kolom_op
        kolommen.insert(self.kolom, kolom)
        super().__init__(kolommen, parent)

    def set_records(self, records: Sequence[Any]) -> None:
        ids = [self._id_of(r) for r in records]
        self.staten = self.services.sync.staten(ids)
        self.bewaard = self.services.sync.buiten_bereik() if self._met_buiten_bereik else {}
        super().set_records(records)

    def staat(self, record: Any) -> SyncStaat | str:
        rid = self._id_of(record)
        if rid in self.bewaard:
            return BUITEN_BEREIK
        return self.staten.get(rid, "")

    def staat_tekst(self, record: Any) -> str:
        return staat_label(self.staat(record))

    def staat_tooltip(self, record: Any) -> str:
        staat = self.staat(record)
        if staat == BUITEN_BEREIK:
            return staat_uitleg(staat) + "\n" + wacht_tekst(self.bewaard[self._id_of(record)])
        return staat_uitleg(staat)


def sync_item(staat: SyncStaat | str) -> QTableWidgetItem:
    """The same state for a QTableWidget row (the formulieren list)."""
    item = QTableWidgetItem(staat_icoon(staat), staat_label(staat))
    item.setToolTip(staat_uitleg(staat))
    item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, staat_uitleg(staat))
    return item


def buiten_bereik_regel(services: Services, jongere_id: str) -> tuple[str, str]:
    """For the dossier heading of a jongere kept out of scope: the mark, and what still waits (tooltip)."""
    kept = services.sync.buiten_bereik().get(jongere_id)
    if kept is None:
        return "", ""
    return " · " + staat_label(BUITEN_BEREIK), wacht_tekst(kept)
