"""Print preview, printing and "Opslaan als PDF" for the documents, rendered off the UI thread.

The PDF is made by ``services.afdrukken``; its pages are rasterised with PDFium (pypdfium2) for the preview
and the printer, because PySide6-Essentials has no QtPdf. "Opslaan als PDF" writes the vector PDF itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QImage, QKeySequence, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QComboBox, QFileDialog, QMessageBox, QProgressDialog, QToolBar, QWidget

from kso_desktop.domain.weergave import FormulierWeergave
from kso_desktop.gui.domeinteksten import domein
from kso_desktop.gui.taak import Taak, Werk
from kso_desktop.services.afdrukken import Document, DocumentSoort
from kso_desktop.services.registry import Services

#: Preview and printer resolution. The saved PDF stays vector; 150 dpi prints text cleanly at 13 pt.
DPI = 150


@dataclass(frozen=True, slots=True)
class Afdruk:
    """A rendered document and its pages as images."""

    document: Document
    paginas: tuple[QImage, ...]


def rasteriseer(data: bytes, dpi: int = DPI) -> tuple[QImage, ...]:
    """Every page of a PDF as an image (safe off the GUI thread: QImage, not QPixmap)."""
    import pypdfium2 as pdfium  # here, not at the top: loading PDFium costs ~15 ms at every start

    pdf = pdfium.PdfDocument(data)
    try:
        beelden = []
        for pagina in pdf:
            bitmap = pagina.render(scale=dpi / 72, rev_byteorder=True)
            beeld = QImage(
                bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888
            )
            beelden.append(beeld.copy())  # own the pixels: the bitmap's buffer goes away with it
            pagina.close()
        return tuple(beelden)
    finally:
        pdf.close()


class AfdrukVoorbeeld(QPrintPreviewDialog):
    """Qt's print preview over the rendered pages, with "Opslaan als PDF…"; every print is logged."""

    #: The document was made again (another language for the headings) and the preview shows it.
    opnieuw_gemaakt = Signal()

    def __init__(
        self,
        services: Services,
        afdruk: Afdruk,
        parent: QWidget | None = None,
        *,
        opnieuw: Callable[[str | None], Werk] | None = None,
    ) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        printer.setFullPage(True)  # the PDF has its own margins
        printer.setDocName(afdruk.document.bestandsnaam.removesuffix(".pdf"))
        super().__init__(printer, parent)
        self._printer = printer  # Qt does not own it: keep it as long as the dialog
        self.services = services
        self.afdruk = afdruk
        doc = afdruk.document
        self.setWindowTitle(
            QCoreApplication.translate("AfdrukVoorbeeld", "Afdrukvoorbeeld – %1 – %2")
            .replace("%1", str(domein(doc.soort)))
            .replace("%2", str(doc.jongere_naam))
        )
        self.paintRequested.connect(self.teken)
        self.opslaanActie = QAction(QCoreApplication.translate("AfdrukVoorbeeld", "&Opslaan als PDF…"), self)
        self.opslaanActie.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.opslaanActie.setToolTip(
            QCoreApplication.translate(
                "AfdrukVoorbeeld", "Het document als PDF-bestand opslaan (Ctrl+Shift+S)"
            )
        )
        self.opslaanActie.triggered.connect(self.opslaan_als)
        balk = self.findChild(QToolBar)
        if balk is not None:
            balk.addSeparator()
            balk.addAction(self.opslaanActie)
            # The toolbar shows icons only; this one has no icon, so show its text.
            knop = balk.widgetForAction(self.opslaanActie)
            if knop is not None:
                knop.setProperty("toolButtonStyle", Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addAction(self.opslaanActie)
        # Headings in a second language: the document is made again, off the UI thread.
        self._opnieuw = opnieuw
        self._taak: Taak | None = None
        self.taalKeuze = QComboBox(self)
        self.taalKeuze.setAccessibleName(
            QCoreApplication.translate("AfdrukVoorbeeld", "Koppen ook in deze taal")
        )
        self.taalKeuze.setToolTip(
            QCoreApplication.translate("AfdrukVoorbeeld", "Koppen ook in deze taal, na het Nederlands")
        )
        self.taalKeuze.addItem(
            QCoreApplication.translate("AfdrukVoorbeeld", "Koppen: alleen Nederlands"), None
        )
        from kso_desktop.reporting.opmaak import taalnamen  # reportlab: loaded when a preview opens

        for code, naam in taalnamen().items():
            if code != "nl":
                self.taalKeuze.addItem(
                    QCoreApplication.translate("AfdrukVoorbeeld", "Koppen ook in het %1").replace(
                        "%1", str(naam)
                    ),
                    code,
                )
        self.taalKeuze.currentIndexChanged.connect(self._taal_gekozen)
        if balk is not None and opnieuw is not None:
            balk.addWidget(self.taalKeuze)
        else:
            self.taalKeuze.hide()
        # The preview's own print button prints, then accepts the dialog.
        self.accepted.connect(self._afgedrukt)
        self.resize(1180, 740)

    @property
    def preview(self) -> QPrintPreviewWidget | None:
        return self.findChild(QPrintPreviewWidget)

    def _taal_gekozen(self, _index: int) -> None:
        if self._opnieuw is None:
            return
        if self._taak is not None:
            self._taak.stop()
        self.taalKeuze.setEnabled(False)
        self._taak = taak = Taak(self._opnieuw(self.taalKeuze.currentData()))
        taak.signalen.klaar.connect(self._opnieuw_klaar)
        taak.signalen.fout.connect(self._opnieuw_mislukt)
        taak.signalen.gestopt.connect(lambda: self.taalKeuze.setEnabled(True))
        taak.start()

    def _opnieuw_klaar(self, afdruk: Afdruk) -> None:
        self.afdruk = afdruk
        self.taalKeuze.setEnabled(True)
        if self.preview is not None:
            self.preview.updatePreview()
        self.opnieuw_gemaakt.emit()

    def _opnieuw_mislukt(self, melding: str) -> None:
        self.taalKeuze.setEnabled(True)
        QMessageBox.warning(self, QCoreApplication.translate("AfdrukVoorbeeld", "Afdrukken mislukt"), melding)

    def teken(self, printer: QPrinter) -> None:
        """Draw the page images onto the printer (or the preview), one image per sheet, scaled to fit."""
        painter = QPainter()
        if not painter.begin(printer):
            return
        try:
            for nummer, beeld in enumerate(self.afdruk.paginas):
                if nummer:
                    printer.newPage()
                vlak = printer.pageLayout().fullRectPixels(printer.resolution())
                maat = beeld.size().scaled(vlak.size(), Qt.AspectRatioMode.KeepAspectRatio)
                doel = QRect(vlak.topLeft(), QSize(maat.width(), maat.height()))
                painter.drawImage(doel, beeld)
        finally:
            painter.end()

    def druk_af(self, printer: QPrinter) -> None:
        """Print on ``printer`` (a printer or a PDF file) and log it."""
        self.teken(printer)
        self.services.afdrukken.registreer(self.afdruk.document, _bestemming(printer))

    def _afgedrukt(self) -> None:
        self.services.afdrukken.registreer(self.afdruk.document, _bestemming(self._printer))

    def opslaan_als(self) -> None:
        pad, _filter = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("AfdrukVoorbeeld", "Opslaan als PDF"),
            str(Path.home() / self.afdruk.document.bestandsnaam),
            "PDF-bestanden (*.pdf)",
        )
        if pad:
            self.bewaar(Path(pad if pad.lower().endswith(".pdf") else f"{pad}.pdf"))

    def bewaar(self, pad: Path) -> bool:
        """Write the (vector) PDF and log the export; a failure is said in Dutch and nothing is logged."""
        try:
            self.services.afdrukken.bewaar(self.afdruk.document, pad)
        except OSError as exc:
            QMessageBox.warning(
                self,
                QCoreApplication.translate("AfdrukVoorbeeld", "Opslaan mislukt"),
                QCoreApplication.translate("AfdrukVoorbeeld", "%1 kon niet worden opgeslagen: %2.")
                .replace("%1", str(pad))
                .replace("%2", str(exc.strerror or exc)),
            )
            return False
        return True


def _bestemming(printer: QPrinter) -> str:
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        return printer.outputFileName()
    return printer.printerName() or "printer"


class Afdrukken(QObject):
    """Renders one document in the background with a progress dialog, then opens the preview.

    Keep the object alive until ``klaar`` or ``mislukt``; ``voorbeeld`` is the open preview.
    """

    klaar = Signal(object)  # AfdrukVoorbeeld
    mislukt = Signal(str)

    def __init__(
        self,
        services: Services,
        soort: DocumentSoort,
        ref_id: str = "",
        *,
        formulier: FormulierWeergave | None = None,
        tweede_taal: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.ouder = parent
        self.voorbeeld: AfdrukVoorbeeld | None = None

        def maak_werk(taal: str | None) -> Werk:
            def werk(voortgang: Callable[[int, int], None], stop: Callable[[], bool]) -> Afdruk:
                def deel(gedaan: int, totaal: int) -> None:
                    voortgang(gedaan * 80 // max(totaal, 1), 100)

                if formulier is not None:
                    doc = services.afdrukken.maak_formulier(
                        soort, formulier, tweede_taal=taal, voortgang=deel, stop=stop
                    )
                else:
                    doc = services.afdrukken.maak(soort, ref_id, tweede_taal=taal, voortgang=deel, stop=stop)
                paginas = rasteriseer(doc.data)
                voortgang(100, 100)
                return Afdruk(doc, paginas)

            return werk

        self._maak_werk = maak_werk
        werk = maak_werk(tweede_taal)
        self.taak = Taak(werk)
        self.voortgang = QProgressDialog(
            QCoreApplication.translate("Afdrukken", "%1 maken…").replace("%1", str(domein(soort))),
            QCoreApplication.translate("Afdrukken", "Stoppen"),
            0,
            100,
            parent,
        )
        self.voortgang.setWindowTitle(QCoreApplication.translate("Afdrukken", "Afdrukken"))
        self.voortgang.setWindowModality(Qt.WindowModality.WindowModal)
        self.voortgang.setMinimumDuration(300)  # a quick document shows no progress window at all
        self.voortgang.setAutoClose(False)
        self.voortgang.setAutoReset(False)
        self.voortgang.canceled.connect(self.taak.stop)
        s = self.taak.signalen
        s.voortgang.connect(lambda gedaan, _totaal: self.voortgang.setValue(gedaan))
        s.klaar.connect(self._klaar)
        s.fout.connect(self._fout)
        s.gestopt.connect(self._gestopt)

    def start(self) -> None:
        self.voortgang.setValue(0)
        self.taak.start()

    def _klaar(self, afdruk: Afdruk) -> None:
        self.voortgang.close()
        self.voorbeeld = AfdrukVoorbeeld(self.services, afdruk, self.ouder, opnieuw=self._maak_werk)
        self.voorbeeld.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.voorbeeld.open()
        self.klaar.emit(self.voorbeeld)

    def _fout(self, melding: str) -> None:
        self.voortgang.close()
        QMessageBox.warning(self.ouder, QCoreApplication.translate("Afdrukken", "Afdrukken mislukt"), melding)
        self.mislukt.emit(melding)

    def _gestopt(self) -> None:
        self.voortgang.close()
        self.mislukt.emit("")


def afdrukken(
    services: Services,
    soort: DocumentSoort,
    ref_id: str = "",
    *,
    formulier: FormulierWeergave | None = None,
    parent: QWidget | None = None,
) -> Afdrukken:
    """Start rendering ``soort`` for ``ref_id`` (or a filled-in form) and open the preview when done."""
    taak = Afdrukken(services, soort, ref_id, formulier=formulier, parent=parent)
    taak.start()
    return taak


def afdruk_actie(
    venster: QWidget, tekst: str, sneltoets: str, starten: Callable[[], None], *, waar: QWidget, voor: QAction
) -> QAction:
    """A print action with its shortcut, put in a menu or toolbar (``waar``) before ``voor``."""
    actie = QAction(tekst, venster)
    actie.setShortcut(QKeySequence(sneltoets))
    actie.setToolTip(f"{tekst.replace('&', '').removesuffix('…')} ({sneltoets})")
    actie.triggered.connect(starten)
    waar.insertAction(voor, actie)
    venster.addAction(actie)
    return actie
