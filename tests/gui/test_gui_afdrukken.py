"""Print preview and printing: rendered off the UI thread, preview opens and closes, printing to a PDF
file through QPrinter works and is logged, "Opslaan als PDF" writes the vector PDF."""

from __future__ import annotations

import subprocess
from datetime import UTC, date, datetime
from io import BytesIO
from pathlib import Path

import pytest
from modal import when_modal
from PIL import Image
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QPushButton, QToolBar
from pytestqt.qtbot import QtBot

from kso_desktop.domain.enums import GesprekType
from kso_desktop.domain.weergave import FormulierWeergave, WeergaveSectie, WeergaveVeld
from kso_desktop.gui.afdrukken import Afdrukken, AfdrukVoorbeeld, afdrukken
from kso_desktop.gui.gesprekken import DriegesprekEditor, VoorbereidingView
from kso_desktop.gui.plan_editor import PlanEditor
from kso_desktop.services.afdrukken import DocumentSoort
from kso_desktop.services.registry import Services

pytestmark = pytest.mark.gui


def _daniel(services: Services) -> str:
    return next(r.id for r in services.jongeren.lijst() if r.naam == "Daniel Tekle")


def _prints(services: Services, jongere_id: str) -> list[dict[str, str | None]]:
    return [
        {"actie": r.actie, **{w.veld: w.nieuw for w in r.wijzigingen}}
        for r in services.jongeren.audit_trail(jongere_id)
        if r.actie in ("afgedrukt", "geëxporteerd")
    ]


def _open_voorbeeld(qtbot: QtBot, services: Services, soort: DocumentSoort, ref_id: str) -> AfdrukVoorbeeld:
    taak = afdrukken(services, soort, ref_id)
    with qtbot.waitSignal(taak.klaar, timeout=30_000) as geopend:
        pass
    voorbeeld = geopend.args[0]
    assert isinstance(voorbeeld, AfdrukVoorbeeld)
    qtbot.waitExposed(voorbeeld)
    return voorbeeld


def test_preview_opens_with_every_page_and_closes(qtbot: QtBot, gui_services: Services) -> None:
    jongere = _daniel(gui_services)
    voorbeeld = _open_voorbeeld(qtbot, gui_services, DocumentSoort.PLAN, jongere)
    assert voorbeeld.isVisible()
    assert "Begeleidingsplan" in voorbeeld.windowTitle() and "Daniel Tekle" in voorbeeld.windowTitle()
    paginas = voorbeeld.afdruk.document.pdf.paginas
    assert paginas >= 2 and len(voorbeeld.afdruk.paginas) == paginas
    assert voorbeeld.preview is not None
    qtbot.waitUntil(lambda: voorbeeld.preview is not None and voorbeeld.preview.pageCount() == paginas)
    # The page images are not blank.
    beeld = voorbeeld.afdruk.paginas[0]
    assert beeld.width() > 1000 and beeld.pixelColor(beeld.width() // 2, beeld.height() // 2).isValid()
    balk = voorbeeld.findChild(QToolBar)
    assert balk is not None and voorbeeld.opslaanActie in balk.actions()
    voorbeeld.reject()
    qtbot.waitUntil(lambda: not voorbeeld.isVisible())
    assert _prints(gui_services, jongere) == []  # a preview alone is not a print


def test_printing_to_a_pdf_file_through_qprinter_is_logged(
    qtbot: QtBot, gui_services: Services, tmp_path: Path
) -> None:
    jongere = _daniel(gui_services)
    voorbeeld = _open_voorbeeld(qtbot, gui_services, DocumentSoort.MIJN_PLAN, jongere)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    uit = tmp_path / "geprint.pdf"
    printer.setOutputFileName(str(uit))
    voorbeeld.druk_af(printer)
    voorbeeld.reject()

    lezer = PdfReader(BytesIO(uit.read_bytes()))
    assert len(lezer.pages) == voorbeeld.afdruk.document.pdf.paginas
    # The printed sheets carry the page images: rendered back, they are not blank.
    png = subprocess.run(
        ["pdftoppm", "-r", "30", "-png", "-f", "1", "-l", "1", str(uit)], capture_output=True, check=True
    ).stdout
    beeld = Image.open(BytesIO(png)).convert("L")
    assert sum(beeld.histogram()[:200]) > 0.01 * beeld.width * beeld.height
    assert _prints(gui_services, jongere) == [
        {
            "actie": "geëxporteerd",
            "document": "Mijn plan",
            "bestemming": "geprint.pdf",
            "pagina's": str(len(lezer.pages)),
        }
    ]


def test_opslaan_als_pdf_writes_the_vector_pdf(qtbot: QtBot, gui_services: Services, tmp_path: Path) -> None:
    jongere = _daniel(gui_services)
    voorbeeld = _open_voorbeeld(qtbot, gui_services, DocumentSoort.AGENDA, jongere)
    pad = tmp_path / "agenda.pdf"
    assert voorbeeld.bewaar(pad)
    assert pad.read_bytes() == voorbeeld.afdruk.document.data
    assert "Agenda driegesprek" in "".join(p.extract_text() for p in PdfReader(pad).pages)
    voorbeeld.reject()
    assert _prints(gui_services, jongere)[0]["bestemming"] == "agenda.pdf"


def test_plan_editor_has_print_actions(qtbot: QtBot, gui_services: Services) -> None:
    editor = PlanEditor(gui_services, _daniel(gui_services))
    qtbot.addWidget(editor)
    teksten = [a.text() for a in editor.ui.menuPlan.actions()]
    assert any("Mijn plan afdrukken" in t for t in teksten)
    assert any("Begeleidingsplan afdrukken" in t for t in teksten)
    editor.afdrukActie.trigger()
    assert editor.afdruk is not None
    with qtbot.waitSignal(editor.afdruk.klaar, timeout=30_000) as geopend:
        pass
    voorbeeld = geopend.args[0]
    assert voorbeeld.afdruk.document.soort == DocumentSoort.MIJN_PLAN
    voorbeeld.reject()


def test_driegesprek_and_preparation_can_print(qtbot: QtBot, gui_services: Services) -> None:
    jongere = _daniel(gui_services)
    view = VoorbereidingView(gui_services, jongere)
    qtbot.addWidget(view)
    view.agendaKnop.click()
    assert view.afdruk is not None
    with qtbot.waitSignal(view.afdruk.klaar, timeout=30_000) as geopend:
        pass
    geopend.args[0].reject()

    gesprek = gui_services.gesprekken.maak_driegesprek(jongere, gui_services.ctx.now())
    assert gesprek.soort == GesprekType.DRIEGESPREK
    editor = DriegesprekEditor(gui_services, gesprek.id)
    qtbot.addWidget(editor)
    editor.afdrukActie.trigger()
    assert editor.afdruk is not None
    with qtbot.waitSignal(editor.afdruk.klaar, timeout=30_000) as geopend:
        pass
    voorbeeld = geopend.args[0]
    assert voorbeeld.afdruk.document.soort == DocumentSoort.VERSLAG
    voorbeeld.reject()


def test_signaleringsplan_preview_from_a_filled_in_form(qtbot: QtBot, gui_services: Services) -> None:
    jongere = _daniel(gui_services)
    formulier = FormulierWeergave(
        "inv-1",
        "stoplicht",
        1,
        "Signaleringsplan",
        "stoplicht",
        jongere,
        "Daniel Tekle",
        True,
        1,
        datetime(2026, 3, 1, 10, tzinfo=UTC),
        date(2026, 3, 2),
        "Sanne de Vries",
        (
            WeergaveSectie("g", "Groen", (WeergaveVeld("a", "Zo gaat het", "Goed"),), "#2e7d32"),
            WeergaveSectie("r", "Rood", (WeergaveVeld("a", "Bel", "Mentor"),), "#c62828"),
        ),
    )
    taak = afdrukken(gui_services, DocumentSoort.KAART, formulier=formulier)
    with qtbot.waitSignal(taak.klaar, timeout=30_000) as geopend:
        pass
    voorbeeld = geopend.args[0]
    assert voorbeeld.afdruk.document.soort == DocumentSoort.KAART
    assert len(voorbeeld.afdruk.paginas) == 1
    voorbeeld.reject()


def test_a_failed_document_says_why_in_dutch(qtbot: QtBot, gui_services: Services) -> None:
    meldingen: list[str] = []
    when_modal(lambda dialoog: (meldingen.append(dialoog.text()), dialoog.accept()))  # type: ignore[attr-defined]
    taak = afdrukken(gui_services, DocumentSoort.VERSLAG, "bestaat-niet")
    with qtbot.waitSignal(taak.mislukt, timeout=30_000) as mislukt:
        pass
    assert "niet gevonden" in mislukt.args[0]
    assert meldingen and "niet gevonden" in meldingen[0]


def test_headings_in_a_second_language_are_made_again_in_the_preview(
    qtbot: QtBot, gui_services: Services
) -> None:
    voorbeeld = _open_voorbeeld(qtbot, gui_services, DocumentSoort.MIJN_PLAN, _daniel(gui_services))
    keuze = voorbeeld.taalKeuze
    assert keuze.isVisibleTo(voorbeeld) and keuze.currentData() is None
    engels = keuze.findData("en")
    assert keuze.itemText(engels) == "Koppen ook in het English"
    with qtbot.waitSignal(voorbeeld.opnieuw_gemaakt, timeout=30_000):
        keuze.setCurrentIndex(engels)
    tekst = "".join(p.extract_text() for p in PdfReader(BytesIO(voorbeeld.afdruk.document.data)).pages)
    assert "My goals" in tekst
    assert len(voorbeeld.afdruk.paginas) == voorbeeld.afdruk.document.pdf.paginas
    voorbeeld.reject()


def test_stopping_while_rendering_opens_no_preview(qtbot: QtBot, gui_services: Services) -> None:
    taak = Afdrukken(gui_services, DocumentSoort.PLAN, _daniel(gui_services))
    knop = taak.voortgang.findChild(QPushButton)
    assert knop is not None and knop.text() == "Stoppen"
    knop.click()  # the user presses "Stoppen" before the first part is done
    assert taak.taak.gestopt
    with qtbot.waitSignal(taak.mislukt, timeout=30_000) as mislukt:
        taak.start()
    assert mislukt.args == [""]  # stopped on purpose: no error message
    assert taak.voorbeeld is None
