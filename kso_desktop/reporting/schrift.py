"""Fonts and scripts: the shipped Noto fonts, font runs per script, and right-to-left lines.

Latin text prints in Noto Sans, Arabic script (Arabic, Dari, Pashto) in Noto Sans Arabic, Ethiopic
(Tigrinya) in Noto Sans Ethiopic. reportlab shapes Arabic with uharfbuzz when a paragraph style has
``shaping=1``, but without its optional ``rlbidi`` module (not on PyPI) it does not reorder words of a
right-to-left run. So a paragraph with Arabic script is laid out here: broken into lines first, then each
line put into visual word order (a word-level form of the Unicode bidi algorithm), then handed to
reportlab as explicit lines. Each word keeps its letters in logical order; harfbuzz shapes it right to left.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterator
from enum import Enum
from typing import Any
from xml.sax.saxutils import escape, unescape

from reportlab.lib.abag import ABag
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.fonts import addMapping
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont, shapeFragWord
from reportlab.platypus import Flowable, Paragraph

from kso_desktop.paths import resources_dir

LATIJN = "NotoSans"
ARABISCH = "NotoSansArabic"
ETHIOPISCH = "NotoSansEthiopic"

_BESTANDEN = {
    LATIJN: ("NotoSans-Regular", "NotoSans-Bold", "NotoSans-Italic"),
    ARABISCH: ("NotoSansArabic-Regular", "NotoSansArabic-Bold", None),
    ETHIOPISCH: ("NotoSansEthiopic-Regular", "NotoSansEthiopic-Bold", None),
}

_geregistreerd: set[str] = set()
_cmap_slot = threading.Lock()


def _tekst_van_glyph(naam: str) -> str:
    """The letters a shaped glyph stands for, from its name: ``uni069A.init`` is U+069A, a ligature
    ``uni0644_uni0645.liga`` is two letters. Empty when the name says nothing."""
    delen = naam.split(".", maxsplit=1)[0].split("_")
    tekens = []
    for deel in delen:
        if deel.startswith("uni") and len(deel) >= 7:
            try:
                tekens += [chr(int(deel[i : i + 4], 16)) for i in range(3, len(deel), 4)]
            except ValueError:
                return ""
        elif deel.startswith("u") and 5 <= len(deel) <= 7:
            try:
                tekens.append(chr(int(deel[1:], 16)))
            except ValueError:
                return ""
        else:
            return ""
    return "".join(tekens)


class _Lettertype(TTFont):  # type: ignore[misc]  # reportlab ships no type hints
    """A TTFont whose shaped glyphs read back as letters.

    reportlab gives a shaped form that has no code point of its own (Pashto ښ at the start of a word,
    ...) a private-use code, and writes that code in the PDF's ToUnicode map, so copying the text or
    reading it with pdftotext gave private-use characters. Here each such code maps to the letters the
    glyph's name stands for.
    """

    def __init__(self, naam: str, pad: str) -> None:
        super().__init__(naam, pad)
        self._privaat: dict[int, str] = {}

    def _TTFont__addPrivate(self, name: str, gid: int, advance: int) -> int:
        uchar: int = super()._TTFont__addPrivate(name, gid, advance)
        tekst = _tekst_van_glyph(name)
        if tekst:
            self._privaat[uchar] = tekst
        return uchar

    def addObjects(self, doc: Any) -> None:
        if not self._privaat:
            super().addObjects(doc)
            return
        origineel = ttfonts.makeToUnicodeCMap
        privaat = self._privaat

        def met_letters(fontname: str, subset: list[int]) -> str:
            cmap: str = origineel(fontname, subset)
            for i, code in enumerate(subset):
                if code in privaat:
                    doel = "".join(f"{ord(c):04X}" for c in privaat[code])
                    cmap = cmap.replace(f"<{i:02X}> <{code:04X}>", f"<{i:02X}> <{doel}>", 1)
            return cmap

        # The CMap is made by a module function inside addObjects; swap it for this call only.
        with _cmap_slot:
            ttfonts.makeToUnicodeCMap = met_letters
            try:
                super().addObjects(doc)
            finally:
                ttfonts.makeToUnicodeCMap = origineel


def registreer_fonts() -> None:
    """Register the shipped fonts once per process, with bold/italic mapped per family.

    A family without an italic maps italic to its regular face (and bold italic to bold), so ``<i>``
    around Arabic text still prints Arabic letters.
    """
    if _geregistreerd:
        return
    map_ = resources_dir() / "fonts"
    for familie, (regular, bold, italic) in _BESTANDEN.items():
        pdfmetrics.registerFont(_Lettertype(familie, str(map_ / f"{regular}.ttf")))
        pdfmetrics.registerFont(_Lettertype(f"{familie}-Bold", str(map_ / f"{bold}.ttf")))
        cursief = f"{familie}-Italic" if italic else familie
        if italic:
            pdfmetrics.registerFont(_Lettertype(cursief, str(map_ / f"{italic}.ttf")))
        addMapping(familie, 0, 0, familie)
        addMapping(familie, 1, 0, f"{familie}-Bold")
        addMapping(familie, 0, 1, cursief)
        addMapping(familie, 1, 1, f"{familie}-Bold")
    _geregistreerd.add(LATIJN)


# -- scripts -------------------------------------------------------------------------------------------


class Schrift(Enum):
    LATIJN = LATIJN
    ARABISCH = ARABISCH
    ETHIOPISCH = ETHIOPISCH


_ARABISCHE_BLOKKEN = (
    (0x0600, 0x06FF),
    (0x0750, 0x077F),
    (0x08A0, 0x08FF),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFF),
)
_ETHIOPISCHE_BLOKKEN = ((0x1200, 0x139F), (0x2D80, 0x2DDF), (0xAB00, 0xAB2F))


def schrift_van(ch: str) -> Schrift | None:
    """The script a character needs a font for; None for neutral characters (space, digits, punctuation)."""
    o = ord(ch)
    if any(a <= o <= b for a, b in _ARABISCHE_BLOKKEN):
        # Arabic digits and punctuation are in the block too: they need the Arabic font all the same.
        return Schrift.ARABISCH
    if any(a <= o <= b for a, b in _ETHIOPISCHE_BLOKKEN):
        return Schrift.ETHIOPISCH
    if ch.isalpha():
        return Schrift.LATIJN
    return None


def heeft_rtl(tekst: str) -> bool:
    """True when the text has Arabic-script letters, which must be shaped and run right to left."""
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in tekst)


def runs(tekst: str) -> Iterator[tuple[Schrift, str]]:
    """The text cut into runs that each print in one font.

    Neutral characters (spaces, digits, punctuation) join the run around them when it continues after
    them, else the Latin run, so a Dutch sentence with one Arabic name switches font only twice.
    """
    soorten = [schrift_van(ch) for ch in tekst]
    opgelost: list[Schrift] = []
    vorige: Schrift | None = None
    for i, soort in enumerate(soorten):
        if soort is None:
            ch = tekst[i]
            volgende = next((t for t in soorten[i + 1 :] if t is not None), None)
            in_woord = not ch.isspace() and (i + 1 == len(tekst) or tekst[i + 1].isspace())
            samen = vorige is not None and (volgende == vorige or in_woord) and _heeft_glyph(vorige, ch)
            opgelost.append(vorige if samen and vorige is not None else Schrift.LATIJN)
        else:
            vorige = soort
            opgelost.append(soort)
    start = 0
    for i in range(1, len(tekst) + 1):
        if i == len(tekst) or opgelost[i] != opgelost[start]:
            if start < len(tekst):
                yield opgelost[start], tekst[start:i]
            start = i


def _heeft_glyph(schrift: Schrift, ch: str) -> bool:
    if schrift is Schrift.LATIJN:
        return True
    registreer_fonts()
    return ord(ch) in pdfmetrics.getFont(schrift.value).face.charToGlyph


def markup(tekst: str) -> str:
    """Plain text as reportlab paragraph markup: escaped, with a ``<font face>`` around non-Latin runs.

    The Latin runs carry no face, so they print in the style's font (regular, bold or italic).
    """
    delen = []
    for s, deel in runs(tekst):
        veilig = escape(deel).replace("\n", "<br/>")
        delen.append(veilig if s is Schrift.LATIJN else f'<font face="{s.value}">{veilig}</font>')
    return "".join(delen)


# -- right to left -----------------------------------------------------------------------------------

_SPIEGEL = str.maketrans("()[]{}<>«»", ")(][}{><»«")


def _soort_woord(woord: str) -> str:
    """The strong direction of a word: R (Arabic script), L (other letters), EN (a number) or N."""
    heeft_l = False
    heeft_n = False
    for ch in woord:
        b = unicodedata.bidirectional(ch)
        if b in ("R", "AL"):
            return "R"
        if b == "L":
            heeft_l = True
        elif b in ("EN", "AN"):
            heeft_n = True
    return "L" if heeft_l else "EN" if heeft_n else "N"


def basis_rtl(tekst: str) -> bool:
    """The paragraph direction from its first strong letter (Unicode bidi rule P2)."""
    for ch in tekst:
        b = unicodedata.bidirectional(ch)
        if b in ("R", "AL"):
            return True
        if b == "L":
            return False
    return False


def visuele_volgorde(woorden: list[str], rtl: bool) -> list[str]:
    """One line's words, left to right as printed (the bidi algorithm at word level).

    Arabic words get an odd level, Latin words an even one, numbers the level after the strong word
    before them, neutral words the level of their neighbours when both agree, else the paragraph's.
    Then every run at or above each level is reversed, highest level first (rule L2). A neutral word
    that ends up right to left has its brackets mirrored.
    """
    basis = 1 if rtl else 0
    soorten = [_soort_woord(w) for w in woorden]
    niveau_l = 2 if rtl else 0
    niveaus: list[int | None] = []
    vorige_sterk = "R" if rtl else "L"
    for s in soorten:
        if s == "R":
            niveaus.append(1)
            vorige_sterk = "R"
        elif s == "L":
            niveaus.append(niveau_l)
            vorige_sterk = "L"
        elif s == "EN":
            niveaus.append(2 if vorige_sterk == "R" else niveau_l)
        else:
            niveaus.append(None)
    for i, n in enumerate(niveaus):
        if n is not None:
            continue
        links = next((niveaus[j] for j in range(i - 1, -1, -1) if niveaus[j] is not None), basis)
        rechts = next((niveaus[j] for j in range(i + 1, len(niveaus)) if niveaus[j] is not None), basis)
        links_r = (links or 0) % 2 == 1
        rechts_r = (rechts or 0) % 2 == 1
        niveaus[i] = 1 if links_r and rechts_r else niveau_l if not links_r and not rechts_r else basis
    lv = [int(n or 0) for n in niveaus]
    items = [
        w.translate(_SPIEGEL) if s == "N" and lv[i] % 2 else w
        for i, (w, s) in enumerate(zip(woorden, soorten, strict=True))
    ]
    volgorde = list(range(len(items)))
    for niveau in range(max(lv, default=0), 0, -1):
        i = 0
        while i < len(volgorde):
            if lv[volgorde[i]] >= niveau:
                j = i
                while j < len(volgorde) and lv[volgorde[j]] >= niveau:
                    j += 1
                volgorde[i:j] = volgorde[i:j][::-1]
                i = j
            else:
                i += 1
    return [items[k] for k in volgorde]


def _splits_woord(woord: str) -> list[str]:
    """A word cut where its font changes: reportlab shapes a word with the font of its first part."""
    return [deel for _s, deel in runs(woord)] if woord else []


def _woordbreedte(woord: str, style: ParagraphStyle) -> float:
    breedte = 0.0
    for s, deel in runs(woord):
        naam = style.fontName if s is Schrift.LATIJN else s.value
        gevormd = shapeFragWord([0.0, (ABag(fontName=naam, fontSize=style.fontSize), deel)])
        breedte += gevormd[0] or pdfmetrics.stringWidth(deel, naam, style.fontSize)
    return breedte


class TekstRTL(Flowable):  # type: ignore[misc]  # reportlab ships no type hints
    """A paragraph with Arabic script: own line breaking and visual word order, then a shaped Paragraph."""

    def __init__(self, tekst: str, style: ParagraphStyle, voor: str = "") -> None:
        super().__init__()
        self.tekst = tekst
        self.style = style
        self.voor = voor
        self.rtl = basis_rtl(tekst)
        self._binnen: Paragraph | None = None
        # A label before right-to-left text stands on its own line, at the left as in the rest of the page.
        self._kop: Paragraph | None = None
        if voor and self.rtl:
            self._kop = Paragraph(
                voor.removesuffix("<br/>"), ParagraphStyle("kop", parent=style, spaceAfter=0)
            )
        self._breedte = -1.0

    def _regels(self, breedte: float, eerste_bezet: float = 0.0) -> list[tuple[list[str], bool]]:
        """The lines in logical order, each with the direction of its paragraph (a new one per newline)."""
        spatie = pdfmetrics.stringWidth(" ", self.style.fontName, self.style.fontSize)
        # A little room: shaped Arabic can be a bit wider than the sum of its letters' widths.
        ruimte = breedte * 0.97 - self.style.leftIndent - self.style.rightIndent
        regels: list[tuple[list[str], bool]] = []
        for alinea in self.tekst.split("\n"):
            rtl = basis_rtl(alinea) if alinea.strip() else self.rtl
            woorden = [d for w in alinea.split() for d in _splits_woord(w)]
            regel: list[str] = []
            gebruikt = eerste_bezet if not regels else 0.0
            for w in woorden:
                b = _woordbreedte(w, self.style)
                if regel and gebruikt + spatie + b > ruimte:
                    regels.append((regel, rtl))
                    regel, gebruikt = [], 0.0
                gebruikt += (spatie if regel else 0.0) + b
                regel.append(w)
            regels.append((regel, rtl))
        return regels

    def _maak(self, breedte: float) -> Paragraph:
        if self._binnen is None or breedte != self._breedte:
            # A label goes before the first line of left-to-right text, on a line of its own otherwise.
            bezet = 0.0
            if self.voor and not self.rtl:
                kaal = re.sub(r"<[^>]+>", "", self.voor)
                bezet = pdfmetrics.stringWidth(unescape(kaal), f"{LATIJN}-Bold", self.style.fontSize)
            regels = [
                " ".join(markup(w) for w in visuele_volgorde(r, rtl))
                for r, rtl in self._regels(breedte, bezet)
            ]
            if self.voor and not self.rtl:
                regels[0] = self.voor + regels[0]
            stijl = ParagraphStyle(
                f"{self.style.name}-rtl",
                parent=self.style,
                shaping=1,
                alignment=TA_RIGHT if self.rtl else (self.style.alignment or TA_LEFT),
            )
            self._binnen = Paragraph("<br/>".join(regels), stijl)
            self._breedte = breedte
        return self._binnen

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab API
        p = self._maak(availWidth)
        w, h = p.wrap(availWidth, availHeight)
        if self._kop is not None:
            h += self._kop.wrap(availWidth, availHeight)[1]
        self.width, self.height = availWidth if self._kop is not None else w, h
        return self.width, h

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803 - reportlab API
        binnen = self._maak(availWidth)
        if self._kop is not None:
            return [self._kop, binnen]  # the frame places and, if needed, splits each in turn
        return list(binnen.split(availWidth, availHeight))

    def draw(self) -> None:
        assert self._binnen is not None
        self._binnen.drawOn(self.canv, 0, 0)
        if self._kop is not None:
            self._kop.drawOn(self.canv, 0, self._binnen.height)

    def getSpaceBefore(self) -> float:
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)


def tekst(waarde: str, style: ParagraphStyle, *, voor: str = "") -> Flowable:
    """A flowable for text a user typed, in any of the supported scripts.

    ``voor`` is markup put before it (a bold label); it goes on a line of its own, at the left, when the
    text runs right to left, so the label never lands inside the Arabic.
    """
    if heeft_rtl(waarde):
        return TekstRTL(waarde, style, voor)
    return Paragraph(voor + markup(waarde), style)
