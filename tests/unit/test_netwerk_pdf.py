"""The network PDF on its own: the drawing is vector, the font can be chosen, and names read back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.graphics.shapes import Drawing
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from kso_desktop.domain.netwerk import (
    Betekenis,
    Cirkel,
    Contact,
    Netwerk,
    NetwerkStatus,
    NetwerkVersie,
    Persoon,
    Sector,
)
from kso_desktop.reporting.netwerk_tekening import netwerk_pdf, netwerk_tekening

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def _versie(*personen: Persoon) -> NetwerkVersie:
    return NetwerkVersie(
        "v-1", "j-1", 1, NetwerkStatus.VASTGESTELD, Netwerk(personen), date(2026, 3, 1), 1, date(2026, 3, 2)
    )


def test_the_drawing_is_a_reportlab_drawing_with_every_name() -> None:
    versie = _versie(
        Persoon.nieuw("Tante Almaz", Sector.FAMILIE_HIER, Cirkel.DICHTBIJ, betekenis=Betekenis.STEUN),
        Persoon.nieuw("Een heel lange omschrijving van iemand", Sector.PROFESSIONALS, Cirkel.VERDER_WEG),
    )
    d = netwerk_tekening(versie)
    assert isinstance(d, Drawing)
    teksten = [getattr(s, "text", "") for s in d.getContents()]
    assert "Tante Almaz" in teksten
    assert "Een heel lange om…" in teksten  # cut short in the drawing; the table has it in full


@pytest.mark.skipif(not DEJAVU.exists(), reason="DejaVu Sans (fonts-dejavu-core) is not installed")
def test_a_chosen_font_carries_names_outside_latin_1(tmp_path: Path) -> None:
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(DEJAVU)))
    versie = _versie(
        Persoon.nieuw("Łukasz Żółć", Sector.SCHOOL_WERK, Cirkel.DICHTBIJ, contact=Contact.NEE),
        Persoon.nieuw("Ayşe Çelik", Sector.VRIENDEN, Cirkel.HEEL_DICHTBIJ, betekenis=Betekenis.ZORG),
    )
    uit = netwerk_pdf(
        tmp_path / "n.pdf",
        versie,
        jongere_naam="Senait Haile",
        gemaakt_op=date(2026, 3, 10),
        font_name="DejaVuSans",
    )
    reader = PdfReader(uit)
    tekst = "".join(page.extract_text() for page in reader.pages)
    for naam in (
        "Łukasz Żółć",
        "Ayşe Çelik",
        "Sociaal netwerk van Senait Haile",
        "vastgesteld op 2 maart 2026",
    ):
        assert naam in tekst
    fonts = {str(f) for page in reader.pages for f in page["/Resources"]["/Font"].values()}
    assert fonts  # the text is real text in an embedded font, not a picture
