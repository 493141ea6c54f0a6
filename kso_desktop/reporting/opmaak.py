"""What every document shares: input about the people, headings per language, styles, icons, progress."""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from kso_desktop.domain.enums import Leefgebied
from kso_desktop.paths import resources_dir
from kso_desktop.reporting.gegevens import Geannuleerd, Kopgegevens, Pdf, Persoon, Stop, Voortgang
from kso_desktop.reporting.schrift import (
    LATIJN,
    basis_rtl,
    heeft_rtl,
    markup,
    registreer_fonts,
    visuele_volgorde,
)

__all__ = ["LATIJN", "Geannuleerd", "Kopgegevens", "Pdf", "Persoon", "Stop", "Voortgang"]

# -- headings per language ---------------------------------------------------------------------------


def print_map() -> Path:
    return resources_dir() / "print"


def talen(map_: Path | None = None) -> list[str]:
    """The language codes with a headings file (``nl``, ``en``, ...)."""
    return sorted(p.stem for p in (map_ or print_map()).glob("*.json"))


def taalnamen(map_: Path | None = None) -> dict[str, str]:
    """Each language code with its own name ("en": "English"), for a choice list."""
    bron = map_ or print_map()
    return {code: _laad(bron / f"{code}.json").get("taal", code) for code in talen(bron)}


class Koppen:
    """Headings in Dutch, optionally followed by a second language: "Mijn doelen / My goals".

    A language is one JSON file in ``resources/print/``; a key it lacks prints in Dutch only.
    """

    def __init__(self, tweede_taal: str | None = None, map_: Path | None = None) -> None:
        bron = map_ or print_map()
        self._nl: dict[str, str] = _laad(bron / "nl.json")
        self._tweede: dict[str, str] = {}
        if tweede_taal and tweede_taal != "nl":
            pad = bron / f"{tweede_taal}.json"
            if not pad.exists():
                raise ValueError(f"Er is geen vertaling voor taal '{tweede_taal}' (bestand {pad.name}).")
            self._tweede = _laad(pad)
        #: A right-to-left second language (Arabic, Dari, ...) needs shaped paragraph styles.
        self.vormen = any(heeft_rtl(v) for v in self._tweede.values())

    def nl(self, sleutel: str) -> str:
        return self._nl.get(sleutel, sleutel)

    def __call__(self, sleutel: str) -> str:
        """The heading as markup, with the second language after a slash in a lighter colour."""
        eerste = markup(self.nl(sleutel))
        tweede = self._tweede.get(sleutel, "")
        if not tweede or tweede == self.nl(sleutel):
            return eerste
        if heeft_rtl(tweede):
            # A heading is one short line: its words go in visual order here, harfbuzz joins the letters.
            tweede_markup = " ".join(markup(w) for w in visuele_volgorde(tweede.split(), basis_rtl(tweede)))
        else:
            tweede_markup = markup(tweede)
        return f'{eerste} <font color="#666666">/ {tweede_markup}</font>'


def _laad(pad: Path) -> dict[str, str]:
    data = json.loads(pad.read_text(encoding="utf-8"))
    return {str(k): str(v) for k, v in data.items() if not str(k).startswith("_")}


# -- styles ------------------------------------------------------------------------------------------

ZWART = colors.HexColor("#1a1a1a")
GRIJS = colors.HexColor("#666666")
LICHT = colors.HexColor("#eef3f7")
ACCENT = colors.HexColor("#1f5f8b")
LIJN = colors.HexColor("#b8c7d3")


@dataclass(frozen=True, slots=True)
class Stijlen:
    """One set of paragraph styles at a base size (13 pt for the jongere, 10 pt for the dossier)."""

    basis: float
    vormen: bool = False  # shape every paragraph (headings carry a right-to-left second language)
    tekst: ParagraphStyle = field(init=False)
    klein: ParagraphStyle = field(init=False)
    vet: ParagraphStyle = field(init=False)
    titel: ParagraphStyle = field(init=False)
    kop: ParagraphStyle = field(init=False)
    subkop: ParagraphStyle = field(init=False)
    citaat: ParagraphStyle = field(init=False)

    def __post_init__(self) -> None:
        registreer_fonts()
        b = self.basis

        def stijl(naam: str, **kw: Any) -> ParagraphStyle:
            kw.setdefault("fontName", LATIJN)
            kw.setdefault("fontSize", b)
            kw.setdefault("leading", kw["fontSize"] * 1.35)
            kw.setdefault("textColor", ZWART)
            kw.setdefault("shaping", 1 if self.vormen else 0)
            return ParagraphStyle(naam, **kw)

        object.__setattr__(self, "tekst", stijl("tekst", spaceAfter=b * 0.3))
        object.__setattr__(self, "klein", stijl("klein", fontSize=b * 0.8, textColor=GRIJS))
        object.__setattr__(self, "vet", stijl("vet", fontName=f"{LATIJN}-Bold"))
        object.__setattr__(
            self, "titel", stijl("titel", fontName=f"{LATIJN}-Bold", fontSize=b * 1.9, spaceAfter=b * 0.4)
        )
        object.__setattr__(
            self,
            "kop",
            stijl(
                "kop",
                fontName=f"{LATIJN}-Bold",
                fontSize=b * 1.35,
                textColor=ACCENT,
                spaceBefore=b * 0.9,
                spaceAfter=b * 0.35,
                keepWithNext=1,
            ),
        )
        object.__setattr__(
            self,
            "subkop",
            stijl("subkop", fontName=f"{LATIJN}-Bold", fontSize=b * 1.1, spaceBefore=b * 0.5, keepWithNext=1),
        )
        object.__setattr__(self, "citaat", stijl("citaat", fontName=f"{LATIJN}-Italic", spaceAfter=b * 0.3))


# -- icons -------------------------------------------------------------------------------------------


def icoon(leefgebied: Leefgebied, grootte: float = 15 * mm, kleur: colors.Color = ACCENT) -> Drawing:
    """A simple line icon per leefgebied, drawn with reportlab graphics (no image files)."""
    d = Drawing(grootte, grootte)
    s = grootte / 40.0  # drawn on a 40 x 40 grid
    wit = colors.white
    d.add(Circle(20 * s, 20 * s, 19.5 * s, fillColor=LICHT, strokeColor=kleur, strokeWidth=1.2))
    if leefgebied is Leefgebied.SOCIAAL_NETWERK:  # three people
        for x, r in ((12, 3.2), (28, 3.2), (20, 4)):
            d.add(Circle(x * s, 25 * s, r * s, fillColor=kleur, strokeColor=None))
            d.add(
                Rect(
                    (x - r * 1.4) * s, 10 * s, r * 2.8 * s, 10 * s, rx=r * s, fillColor=kleur, strokeColor=wit
                )
            )
    elif leefgebied is Leefgebied.GEZONDHEID:  # a heart
        d.add(Circle(15 * s, 24 * s, 6 * s, fillColor=kleur, strokeColor=None))
        d.add(Circle(25 * s, 24 * s, 6 * s, fillColor=kleur, strokeColor=None))
        d.add(Polygon([9.3 * s, 22 * s, 30.7 * s, 22 * s, 20 * s, 9 * s], fillColor=kleur, strokeColor=None))
    elif leefgebied is Leefgebied.DAGBESTEDING:  # an open book
        d.add(
            Polygon(
                [8 * s, 12 * s, 20 * s, 10 * s, 20 * s, 28 * s, 8 * s, 30 * s],
                fillColor=kleur,
                strokeColor=None,
            )
        )
        d.add(
            Polygon(
                [20 * s, 10 * s, 32 * s, 12 * s, 32 * s, 30 * s, 20 * s, 28 * s],
                fillColor=kleur,
                strokeColor=wit,
            )
        )
    elif leefgebied is Leefgebied.WONEN:  # a house
        d.add(Polygon([8 * s, 21 * s, 20 * s, 32 * s, 32 * s, 21 * s], fillColor=kleur, strokeColor=None))
        d.add(Rect(11 * s, 9 * s, 18 * s, 13 * s, fillColor=kleur, strokeColor=None))
        d.add(Rect(18 * s, 9 * s, 5 * s, 8 * s, fillColor=wit, strokeColor=None))
    elif leefgebied is Leefgebied.FINANCIEN:  # a coin with a euro sign
        d.add(Circle(20 * s, 20 * s, 11 * s, fillColor=kleur, strokeColor=None))
        d.add(
            String(
                20 * s,
                15 * s,
                "€",
                fontName=f"{LATIJN}-Bold",
                fontSize=14 * s,
                fillColor=wit,
                textAnchor="middle",
            )
        )
    else:  # zingeving: a star
        import math

        punten: list[float] = []
        for i in range(10):
            r = 12 if i % 2 == 0 else 5
            hoek = math.pi / 2 + i * math.pi / 5
            punten += [(20 + r * math.cos(hoek)) * s, (19 + r * math.sin(hoek)) * s]
        d.add(Polygon(punten, fillColor=kleur, strokeColor=None))
    return d


def scheidslijn(breedte: float) -> Drawing:
    d = Drawing(breedte, 6)
    d.add(Line(0, 3, breedte, 3, strokeColor=LIJN, strokeWidth=0.6))
    return d


# -- building ----------------------------------------------------------------------------------------


@dataclass(slots=True)
class Bouw:
    """Progress and cancel for one document: ``stap()`` between parts, ``klaar()`` at the end."""

    totaal: int
    voortgang: Voortgang | None = None
    stop: Stop | None = None
    gedaan: int = 0

    def stap(self) -> None:
        if self.stop is not None and self.stop():
            raise Geannuleerd("Afdrukken gestopt.")
        self.gedaan = min(self.gedaan + 1, self.totaal - 1)
        if self.voortgang is not None:
            self.voortgang(self.gedaan, self.totaal)

    def klaar(self) -> None:
        self.gedaan = self.totaal
        if self.voortgang is not None:
            self.voortgang(self.totaal, self.totaal)


def bouw_pdf(
    story: Sequence[Flowable],
    *,
    titel: str,
    voettekst: str,
    bouw: Bouw,
    marge: float = 18 * mm,
    pagina_woord: str = "pagina",
) -> Pdf:
    """Lay out a story on A4 with a footer line and page numbers; checks cancel on every page."""
    buffer = io.BytesIO()
    paginas = [0]

    def voet(canvas: Any, doc: Any) -> None:
        if bouw.stop is not None and bouw.stop():
            raise Geannuleerd("Afdrukken gestopt.")
        paginas[0] = doc.page
        canvas.saveState()
        ruimte = A4[0] - 2 * marge - 20 * mm  # room left of the page number
        grootte = 8.5
        while grootte > 6 and canvas.stringWidth(voettekst, LATIJN, grootte) > ruimte:
            grootte -= 0.5
        canvas.setFont(LATIJN, grootte)
        canvas.setFillColor(GRIJS)
        canvas.drawString(marge, 10 * mm, voettekst)
        canvas.setFont(LATIJN, 8.5)
        canvas.drawRightString(A4[0] - marge, 10 * mm, f"{pagina_woord} {doc.page}")
        canvas.restoreState()

    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=marge,
        rightMargin=marge,
        topMargin=marge,
        bottomMargin=marge + 4 * mm,
        title=titel,
        author="KSO Desktop",
        invariant=True,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="tekst")
    doc.addPageTemplates([PageTemplate(id="pagina", frames=[frame], onPage=voet)])
    doc.build(list(story))
    bouw.klaar()
    return Pdf(buffer.getvalue(), paginas[0])


def breedte(marge: float = 18 * mm) -> float:
    """The text width of an A4 page with the standard margins."""
    return float(A4[0] - 2 * marge)
