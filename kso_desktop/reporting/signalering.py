"""Mijn signaleringsplan: one page (stoplicht or gevoelsthermometer) and pocket cards with cut marks.

Both take a ``FormulierWeergave``: a stoplicht has one section per phase (green, orange, red, with
``kleur``), a gevoelsthermometer one section per step, from calm (first) to very tense (last).
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Rect
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, KeepInFrame, Paragraph, Spacer, Table, TableStyle

from kso_desktop.domain.text import datum_kort, datum_lang
from kso_desktop.domain.weergave import FormulierWeergave, WeergaveSectie
from kso_desktop.reporting.opmaak import (
    GRIJS,
    Bouw,
    Kopgegevens,
    Koppen,
    Pdf,
    Persoon,
    Stijlen,
    Stop,
    Voortgang,
    bouw_pdf,
    breedte,
)
from kso_desktop.reporting.schrift import LATIJN, markup, tekst

#: Colours when a section has none: a stoplicht goes green, orange, red; a thermometer from green to red.
_STOPLICHT = ("#2e7d32", "#ef8f00", "#c62828")


def _kleuren(secties: Sequence[WeergaveSectie]) -> list[colors.Color]:
    n = len(secties)
    uit: list[colors.Color] = []
    for i, s in enumerate(secties):
        if s.kleur:
            uit.append(colors.HexColor(s.kleur))
        elif n <= 3:
            uit.append(colors.HexColor(_STOPLICHT[min(i, 2)]))
        else:  # a gradient from green through orange to red
            t = i / max(n - 1, 1)
            a, b = (("#2e7d32", "#ef8f00"), ("#ef8f00", "#c62828"))[0 if t < 0.5 else 1]
            f = t * 2 if t < 0.5 else (t - 0.5) * 2
            ca, cb = colors.HexColor(a), colors.HexColor(b)
            uit.append(colors.Color(*(x + (y - x) * f for x, y in zip(ca.rgb(), cb.rgb(), strict=True))))
    return uit


def _is_thermometer(f: FormulierWeergave) -> bool:
    return f.soort == "gevoelsthermometer"


def _datumregel(f: FormulierWeergave) -> str:
    if f.vastgesteld_op:
        return f"Versie {f.versie}, vastgesteld op {datum_lang(f.vastgesteld_op)}"
    staat = "definitief" if f.definitief else "concept"
    return f"Versie {f.versie} ({staat}), ingevuld op {datum_lang(f.ingevuld_op.date())}"


def _velden(sectie: WeergaveSectie, st: Stijlen) -> list[Flowable]:
    uit: list[Flowable] = []
    for v in sectie.velden:
        if v.tekst:
            uit.append(tekst(v.tekst, st.tekst, voor=f"<b>{markup(v.label)}</b><br/>"))
    return uit or [Paragraph("–", st.klein)]


def _contact(p: Persoon | None) -> str:
    if p is None or not p.naam:
        return ""
    return p.naam + (f" – {p.telefoon}" if p.telefoon else "")


def signaleringsplan(
    formulier: FormulierWeergave,
    kop: Kopgegevens,
    *,
    tweede_taal: str | None = None,
    voortgang: Voortgang | None = None,
    stop: Stop | None = None,
) -> Pdf:
    """One page: a stoplicht (one coloured band per phase) or a gevoelsthermometer (steps, hottest on top)."""
    k = Koppen(tweede_taal)
    st = Stijlen(11, vormen=k.vormen)
    bouw = Bouw(3, voortgang, stop)
    w = breedte()
    secties = list(formulier.secties)
    kleuren = _kleuren(secties)
    volgorde = list(range(len(secties)))
    if _is_thermometer(formulier):
        volgorde.reverse()  # the thermometer rises: the calm step at the bottom
    bouw.stap()
    rijen: list[list[object]] = []
    stijl: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 2, colors.white),
    ]
    for r, i in enumerate(volgorde):
        s = secties[i]
        titel = Paragraph(f'<font color="#ffffff"><b>{markup(s.titel)}</b></font>', st.tekst)
        rijen.append([titel, _velden(s, st)])
        stijl.append(("BACKGROUND", (0, r), (0, r), kleuren[i]))
        licht = colors.Color(*(0.85 + 0.15 * c for c in kleuren[i].rgb()))
        stijl.append(("BACKGROUND", (1, r), (1, r), licht))
    kolom = 14 * mm if _is_thermometer(formulier) else 0
    tabel = Table(rijen, colWidths=[w * 0.27, w * 0.73 - kolom], hAlign="LEFT")
    tabel.setStyle(TableStyle(stijl))
    inhoud: Flowable = tabel
    if _is_thermometer(formulier):
        inhoud = Table([[_thermometer(kleuren, 12 * mm), tabel]], colWidths=[kolom, w - kolom], hAlign="LEFT")
        inhoud.setStyle(
            TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
        )
    hulp = [c for c in (_contact(kop.mentor), _contact(kop.jeugdbeschermer)) if c]
    if kop.locatie_telefoon:
        hulp.append(f"{kop.locatie} – {kop.locatie_telefoon}")
    story: list[Flowable] = [
        Paragraph(k("signaleringsplan"), st.titel),
        Paragraph(markup(f"{kop.jongere_naam} · {formulier.titel}"), st.subkop),
        Paragraph(markup(_datumregel(formulier)), st.klein),
        Spacer(1, 3 * mm),
        inhoud,
    ]
    if hulp:
        story += [Paragraph(k("wie_helpen_mij"), st.kop), tekst(" · ".join(hulp), st.tekst)]
    bouw.stap()
    # One page, always: a long plan is set smaller rather than spilling onto a second sheet.
    pagina = KeepInFrame(w, A4[1] - 44 * mm, story, mode="shrink")
    voet = (
        f"{k.nl('signaleringsplan')} · {kop.jongere_naam} · {k.nl('gemaakt_op')} {datum_kort(kop.gemaakt_op)}"
    )
    return bouw_pdf([pagina], titel=f"Signaleringsplan – {kop.jongere_naam}", voettekst=voet, bouw=bouw)


def _thermometer(kleuren: Sequence[colors.Color], b: float) -> Drawing:
    hoogte = 18 * mm * max(len(kleuren), 1)
    d = Drawing(b, hoogte + b)
    stap = hoogte / max(len(kleuren), 1)
    for i, kleur in enumerate(kleuren):
        d.add(Rect(b * 0.3, b * 0.8 + i * stap, b * 0.4, stap, fillColor=kleur, strokeColor=colors.white))
    d.add(Circle(b / 2, b * 0.5, b * 0.45, fillColor=kleuren[0] if kleuren else GRIJS, strokeColor=None))
    return d


# -- pocket cards ------------------------------------------------------------------------------------

KAART_B = 85.6 * mm  # credit-card size (ISO/IEC 7810 ID-1)
KAART_H = 54.0 * mm
_KOLOMMEN, _RIJEN = 2, 5


def signaleringskaart(
    formulier: FormulierWeergave,
    kop: Kopgegevens,
    *,
    tweede_taal: str | None = None,
    voortgang: Voortgang | None = None,
    stop: Stop | None = None,
) -> Pdf:
    """Credit-card-size cards on A4 with cut marks: a front card with who to call, then one per section."""
    k = Koppen(tweede_taal)
    st = Stijlen(8.5, vormen=k.vormen)
    secties = list(formulier.secties)
    kleuren = _kleuren(secties)
    kaarten: list[tuple[colors.Color | None, str, list[Flowable]]] = []
    voorkant: list[Flowable] = [
        Paragraph(markup(kop.jongere_naam), st.vet),
        Paragraph(markup(formulier.titel), st.tekst),
    ]
    for label, p in (("Mentor", kop.mentor), ("Jeugdbeschermer", kop.jeugdbeschermer)):
        if p and p.naam:
            voorkant.append(tekst(_contact(p), st.tekst, voor=f"<b>{label}</b>: "))
    if kop.locatie_telefoon:
        voorkant.append(tekst(f"{kop.locatie} – {kop.locatie_telefoon}", st.tekst, voor="<b>Huis</b>: "))
    kaarten.append((None, k.nl("signaleringsplan"), voorkant))
    for s, kleur in zip(secties, kleuren, strict=True):
        kaarten.append((kleur, s.titel, _velden(s, st)))
    bouw = Bouw(len(kaarten) + 1, voortgang, stop)

    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1)
    c.setTitle(f"Signaleringskaart – {kop.jongere_naam}")
    c.setAuthor("KSO Desktop")
    x0 = (A4[0] - _KOLOMMEN * KAART_B) / 2
    y_top = A4[1] - (A4[1] - _RIJEN * KAART_H) / 2
    per_pagina = _KOLOMMEN * _RIJEN
    paginas = 0
    for n, (kleur, titel, inhoud) in enumerate(kaarten):
        plek = n % per_pagina
        if plek == 0:
            if n:
                c.showPage()
            paginas += 1
            _snijtekens(c, x0, y_top)
        x = x0 + (plek % _KOLOMMEN) * KAART_B
        y = y_top - (plek // _KOLOMMEN + 1) * KAART_H
        _kaart(c, (x, y), kleur, titel, inhoud, st=st)
        bouw.stap()
    c.showPage()
    c.save()
    bouw.klaar()
    return Pdf(buffer.getvalue(), paginas)


def _kaart(
    c: Canvas,
    plek: tuple[float, float],
    kleur: colors.Color | None,
    titel: str,
    inhoud: list[Flowable],
    *,
    st: Stijlen,
) -> None:
    x, y = plek
    band = 8 * mm
    c.saveState()
    c.setStrokeColor(colors.HexColor("#cccccc"))
    c.setLineWidth(0.3)
    c.rect(x, y, KAART_B, KAART_H, stroke=1, fill=0)
    c.setFillColor(kleur or colors.HexColor("#1f5f8b"))
    c.rect(x, y + KAART_H - band, KAART_B, band, stroke=0, fill=1)
    c.restoreState()
    kopstijl = st.vet.clone("kaartkop", textColor=colors.white, fontSize=9.5, leading=11)
    koptekst = Paragraph(markup(titel), kopstijl)
    Frame(x, y + KAART_H - band, KAART_B, band, 3 * mm, 1, 3 * mm, 0, showBoundary=0).addFromList(
        [koptekst], c
    )
    vak_h = KAART_H - band
    gevuld = KeepInFrame(KAART_B - 6 * mm, vak_h - 3 * mm, list(inhoud), mode="shrink")
    Frame(x, y, KAART_B, vak_h, 3 * mm, 1.5 * mm, 3 * mm, 1.5 * mm, showBoundary=0).addFromList([gevuld], c)


def _snijtekens(c: Canvas, x0: float, y_top: float) -> None:
    """Short marks in the margin at every card edge, where the scissors go."""
    lang = 5 * mm
    afstand = 2 * mm
    x_lijnen = [x0 + i * KAART_B for i in range(_KOLOMMEN + 1)]
    y_lijnen = [y_top - j * KAART_H for j in range(_RIJEN + 1)]
    onder, boven = y_lijnen[-1], y_lijnen[0]
    links, rechts = x_lijnen[0], x_lijnen[-1]
    c.saveState()
    c.setLineWidth(0.5)
    c.setStrokeColor(colors.black)
    for x in x_lijnen:
        c.line(x, boven + afstand, x, boven + afstand + lang)
        c.line(x, onder - afstand, x, onder - afstand - lang)
    for y in y_lijnen:
        c.line(links - afstand, y, links - afstand - lang, y)
        c.line(rechts + afstand, y, rechts + afstand + lang, y)
    c.setFont(LATIJN, 7)
    c.setFillColor(GRIJS)
    c.drawString(links, onder - afstand - lang - 3 * mm, "Knip langs de lijnen. Past in je portemonnee.")
    c.restoreState()
