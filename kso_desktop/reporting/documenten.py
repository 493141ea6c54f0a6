"""The plan and gesprek documents: Mijn plan, Begeleidingsplan, Driegesprek-verslag and -agenda."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from kso_desktop.domain.enums import Leefgebied, Niveau
from kso_desktop.domain.gesprek import Afspraak, Gesprek
from kso_desktop.domain.netwerk import NetwerkVersie
from kso_desktop.domain.plan import Doel, DoelStatus, PlanVersie
from kso_desktop.domain.text import datum_kort, datum_lang
from kso_desktop.reporting.netwerk_tekening import legenda, netwerk_tekening
from kso_desktop.reporting.opmaak import (
    LICHT,
    LIJN,
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
    icoon,
)
from kso_desktop.reporting.schrift import LATIJN, markup, registreer_fonts, tekst

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


@dataclass(frozen=True, slots=True)
class Versieregel:
    """One version of the plan in the history table of the Begeleidingsplan."""

    nummer: int
    status: str
    gestart_op: date
    vastgesteld_op: date | None = None


@dataclass(frozen=True, slots=True)
class AgendaGegevens:
    """What the driegesprek-agenda is made from: the preparation since the last driegesprek."""

    sinds: date | None
    datum: date | None = None
    onderwerpen_jongere: tuple[str, ...] = ()
    open_afspraken: tuple[tuple[date, Afspraak], ...] = ()
    doelen: tuple[Doel, ...] = ()
    plan_wijzigingen: tuple[str, ...] = ()
    mijlpalen: tuple[str, ...] = ()
    aantal_tweegesprekken: int = 0
    deelnemers: tuple[str, ...] = field(default=())


def _plan_label(plan: PlanVersie) -> str:
    if plan.vastgesteld_op:
        return f"versie {plan.nummer}, vastgesteld op {datum_lang(plan.vastgesteld_op)}"
    return f"versie {plan.nummer} (concept van {datum_lang(plan.gestart_op)})"


def _persoon_regel(p: Persoon | None) -> str:
    if p is None or not p.naam:
        return "nog niet bekend"
    delen = [p.naam]
    if p.telefoon:
        delen.append(f"tel. {p.telefoon}")
    return ", ".join(delen)


def _tabel(rijen: list[list[Flowable | str]], kolommen: Sequence[float], *, kop: bool = False) -> Table:
    t = Table(rijen, colWidths=list(kolommen), hAlign="LEFT", repeatRows=1 if kop else 0, splitInRow=1)
    stijl = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, LIJN),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if kop:
        stijl.append(("BACKGROUND", (0, 0), (-1, 0), LICHT))
    t.setStyle(TableStyle(stijl))
    return t


# -- Mijn plan ---------------------------------------------------------------------------------------

_ACTIEVE = (DoelStatus.OPEN, DoelStatus.LOOPT, DoelStatus.BEHAALD)


def mijn_plan(
    plan: PlanVersie,
    kop: Kopgegevens,
    *,
    netwerk: NetwerkVersie | None = None,
    tweede_taal: str | None = None,
    voortgang: Voortgang | None = None,
    stop: Stop | None = None,
) -> Pdf:
    """The plan for the jongere: plain words, large type, one block per leefgebied, their own words.

    Stopped goals are left out (they are in the Begeleidingsplan); reached goals stay, marked as done.
    With ``netwerk`` the jongere's bolletjesschema (Norm 1.3a) is drawn after who helps them.
    """
    k = Koppen(tweede_taal)
    st = Stijlen(13, vormen=k.vormen)
    bouw = Bouw(len(Leefgebied) + 3, voortgang, stop)
    w = breedte()
    story: list[Flowable] = [
        Paragraph(f"{k('mijn_plan')}", st.titel),
        Paragraph(markup(kop.jongere_naam), st.subkop),
        Paragraph(
            markup(f"{_plan_label(plan).capitalize()}. Gemaakt op {datum_lang(kop.gemaakt_op)}."), st.klein
        ),
        Spacer(1, 4 * mm),
    ]
    # Who helps: names and phone numbers, in a light box.
    helpers: list[list[Flowable | str]] = [
        [Paragraph(k("mentor"), st.vet), tekst(_persoon_regel(kop.mentor), st.tekst)],
        [Paragraph(k("jeugdbeschermer"), st.vet), tekst(_persoon_regel(kop.jeugdbeschermer), st.tekst)],
    ]
    if kop.locatie:
        plek = kop.locatie + (f", tel. {kop.locatie_telefoon}" if kop.locatie_telefoon else "")
        helpers.append([Paragraph(k("locatie"), st.vet), tekst(plek, st.tekst)])
    box = Table(helpers, colWidths=[w * 0.36, w * 0.64], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), LICHT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    story += [Paragraph(k("wie_helpen_mij"), st.kop), box]
    if netwerk is not None and netwerk.netwerk.personen:
        registreer_fonts()
        tekening = netwerk_tekening(netwerk, breedte=w, hoogte=w * 0.72, font_name=LATIJN)
        story.append(
            KeepTogether(
                [
                    Paragraph(k("mijn_netwerk"), st.kop),
                    tekening,
                    legenda(font_name=LATIJN, breedte=w),
                    Paragraph(markup(f"{netwerk.label}."), st.klein),
                ]
            )
        )
    bouw.stap()
    for sleutel in ("sterke_kanten", "dromen"):
        waarde = plan.inhoud.deel(sleutel)
        if waarde:
            story += [Paragraph(k(sleutel), st.kop), tekst(waarde, st.tekst)]
    bouw.stap()
    story.append(Paragraph(k("mijn_doelen"), st.kop))
    for lg in Leefgebied:
        story.append(KeepTogether([_mijn_blok(plan, lg, k, st, w)]))  # a block on one page when it fits
        bouw.stap()
    voet = f"{k.nl('mijn_plan')} · {kop.jongere_naam} · {_plan_label(plan)}"
    voet += f" · {k.nl('gemaakt_op')} {datum_kort(kop.gemaakt_op)}"
    return bouw_pdf(story, titel=f"Mijn plan – {kop.jongere_naam}", voettekst=voet, bouw=bouw)


def _mijn_blok(plan: PlanVersie, lg: Leefgebied, k: Koppen, st: Stijlen, w: float) -> Flowable:
    doelen = [d for d in plan.inhoud.doelen_van(lg) if d.status in _ACTIEVE]
    inhoud: list[Flowable] = [Paragraph(f"{k(f'leefgebied.{lg.value}')}", st.subkop)]
    inhoud.append(Paragraph(markup(lg.label), st.klein))
    if not doelen:
        inhoud.append(Paragraph(k("nog_geen_doel"), st.tekst))
    for doel in doelen:
        woorden = doel.eigen_woorden or doel.professioneel
        gelukt = (
            f' <font color="#2e7d32"><b>{k("gelukt")}</b></font>' if doel.status == DoelStatus.BEHAALD else ""
        )
        inhoud.append(tekst(f"„{woorden}”", st.citaat))
        if gelukt:
            inhoud.append(Paragraph(gelukt, st.tekst))
        for actie in doel.acties:
            wanneer = f" ({datum_lang(actie.wanneer)})" if actie.wanneer else ""
            inhoud.append(
                tekst(
                    actie.wat + wanneer, st.tekst, voor=f"• <b>{markup(k.nl(f'wie.{actie.wie.value}'))}</b>: "
                )
            )
        if doel.streefdatum and doel.status != DoelStatus.BEHAALD:
            inhoud.append(Paragraph(f"{k('klaar_op')}: {datum_lang(doel.streefdatum)}", st.tekst))
        inhoud.append(Spacer(1, 2 * mm))
    t = Table([[icoon(lg), inhoud]], colWidths=[20 * mm, w - 20 * mm], hAlign="LEFT", splitInRow=1)
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.6, LIJN),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return t


# -- Begeleidingsplan (dossier) -----------------------------------------------------------------------


def begeleidingsplan(
    plan: PlanVersie,
    kop: Kopgegevens,
    *,
    versies: Sequence[Versieregel] = (),
    tweede_taal: str | None = None,
    voortgang: Voortgang | None = None,
    stop: Stop | None = None,
) -> Pdf:
    """The full professional plan for the dossier: every part, every goal with its actions and evaluations."""
    k = Koppen(tweede_taal)
    st = Stijlen(10, vormen=k.vormen)
    bouw = Bouw(len(Leefgebied) + 4, voortgang, stop)
    w = breedte()
    tpl = plan.template
    story: list[Flowable] = [
        Paragraph(f"{k('begeleidingsplan')}", st.titel),
        Paragraph(markup(f"{kop.jongere_naam} · {_plan_label(plan)}"), st.subkop),
        Paragraph(k("gegevens"), st.kop),
    ]
    geg: list[tuple[str, str]] = [("Jongere", kop.jongere_naam)]
    if kop.geboortedatum:
        geg.append(("Geboortedatum", datum_kort(kop.geboortedatum)))
    geg += [
        ("Locatie", kop.locatie),
        ("Mentor", _persoon_regel(kop.mentor)),
        ("Jeugdbeschermer", _persoon_regel(kop.jeugdbeschermer)),
        ("Versie", f"{plan.nummer} ({plan.status.label})"),
        ("Gestart op", datum_kort(plan.gestart_op)),
        ("Vastgesteld op", datum_kort(plan.vastgesteld_op) if plan.vastgesteld_op else "nog niet"),
    ]
    if plan.akkoord:
        a = plan.akkoord
        geg.append(
            (
                "Akkoord",
                ", ".join(
                    x
                    for x in (
                        "jongere" if a.jongere else "",
                        f"jeugdbeschermer {a.jeugdbeschermer}" if a.jeugdbeschermer else "",
                        f"woonbegeleider {a.woonbegeleider}" if a.woonbegeleider else "",
                    )
                    if x
                ),
            )
        )
    dn = plan.inhoud.deelnemers
    opgesteld = [
        x
        for x in ("de jongere" if dn.jongere else "", dn.woonbegeleider, dn.jeugdbeschermer, dn.anderen)
        if x
    ]
    geg.append(("Opgesteld met", ", ".join(opgesteld)))
    geg.append(("Sjabloon", f"{tpl.titel} ({tpl.id}, versie {tpl.versie})"))
    story.append(_tabel([[Paragraph(a, st.vet), tekst(b, st.tekst)] for a, b in geg], [w * 0.28, w * 0.72]))
    bouw.stap()

    story.append(Paragraph(k("leefgebieden"), st.kop))
    for lg in Leefgebied:
        inhoud = plan.inhoud.leefgebied(lg)
        blok: list[Flowable] = [
            Paragraph(
                f"{markup(lg.label)} <font color='#666666' size='8'>(Norm {lg.norm})</font>", st.subkop
            ),
            Paragraph(f"Zelfredzaamheid: {markup(tpl.schaal.label(inhoud.score))}", st.klein),
        ]
        rijen: list[list[Flowable | str]] = []
        for niveau in Niveau:
            titel = next((t for n, t, _v in tpl.niveaus if n == niveau), niveau.label)
            rijen.append([Paragraph(markup(titel), st.vet), tekst(inhoud.tekst(niveau) or "–", st.tekst)])
        blok.append(_tabel(rijen, [w * 0.18, w * 0.82]))
        doelen = plan.inhoud.doelen_van(lg)
        if doelen:
            blok.append(Paragraph(k("doelen"), st.subkop))
            for doel in doelen:
                blok.append(_doel_professioneel(doel, st, w))
        story += blok
        bouw.stap()

    story.append(Paragraph(k("plandelen"), st.kop))
    for deel in tpl.delen:
        waarde = plan.inhoud.deel(deel.key)
        if not waarde and deel.vanaf_leeftijd_maanden:
            continue  # a part for older jongeren (Verlengde Opvang) that does not apply yet
        norm = f" <font color='#666666' size='8'>(Norm {deel.norm})</font>" if deel.norm else ""
        story += [Paragraph(markup(deel.titel) + norm, st.subkop), tekst(waarde or "–", st.tekst)]
    bouw.stap()
    if versies:
        story.append(Paragraph(k("versies"), st.kop))
        rijen = [[Paragraph(h, st.vet) for h in ("Versie", "Status", "Gestart", "Vastgesteld")]]
        rijen += [
            [
                str(v.nummer),
                v.status,
                datum_kort(v.gestart_op),
                datum_kort(v.vastgesteld_op) if v.vastgesteld_op else "–",
            ]
            for v in versies
        ]
        story.append(_tabel(rijen, [w * 0.15, w * 0.25, w * 0.3, w * 0.3], kop=True))
    bouw.stap()
    voet = f"Begeleidingsplan · {kop.jongere_naam} · {_plan_label(plan)}"
    voet += f" · afgedrukt {datum_kort(kop.gemaakt_op)}"
    if kop.gemaakt_door:
        voet += f" door {kop.gemaakt_door}"
    return bouw_pdf(story, titel=f"Begeleidingsplan – {kop.jongere_naam}", voettekst=voet, bouw=bouw)


def _doel_professioneel(doel: Doel, st: Stijlen, w: float) -> Flowable:
    rijen: list[list[Flowable | str]] = []
    if doel.eigen_woorden:
        rijen.append([Paragraph("Eigen woorden", st.vet), tekst(f"„{doel.eigen_woorden}”", st.citaat)])
    if doel.professioneel:
        rijen.append([Paragraph("Professioneel", st.vet), tekst(doel.professioneel, st.tekst)])
    status = doel.status.label + (f", streefdatum {datum_kort(doel.streefdatum)}" if doel.streefdatum else "")
    rijen.append([Paragraph("Status", st.vet), Paragraph(status, st.tekst)])
    for actie in doel.acties:
        wanneer = f" (uiterlijk {datum_kort(actie.wanneer)})" if actie.wanneer else ""
        rijen.append([Paragraph(f"Actie: {actie.wie.label}", st.vet), tekst(actie.wat + wanneer, st.tekst)])
    for ev in doel.evaluaties:
        door = f", {ev.door}" if ev.door else ""
        rijen.append(
            [Paragraph(f"Evaluatie {datum_kort(ev.datum)}{markup(door)}", st.vet), tekst(ev.tekst, st.tekst)]
        )
    t = _tabel(rijen, [w * 0.24, w * 0.76])
    t.setStyle(TableStyle([("LINEBEFORE", (0, 0), (0, -1), 2, colors.HexColor("#1f5f8b"))]))
    return KeepTogether([t, Spacer(1, 2 * mm)]) if len(rijen) < 12 else t


# -- Driegesprek ---------------------------------------------------------------------------------------


def driegesprek_verslag(
    gesprek: Gesprek,
    kop: Kopgegevens,
    *,
    tweede_taal: str | None = None,
    voortgang: Voortgang | None = None,
    stop: Stop | None = None,
) -> Pdf:
    """The verslag of a driegesprek for the dossier and the jeugdbeschermer (Norm 1.2)."""
    k = Koppen(tweede_taal)
    st = Stijlen(10.5, vormen=k.vormen)
    bouw = Bouw(5, voortgang, stop)
    w = breedte()
    i = gesprek.inhoud
    dag = gesprek.moment.astimezone(AMSTERDAM).date()
    status = "definitief" if gesprek.definitief else "concept"
    story: list[Flowable] = [
        Paragraph(k("driegesprek_verslag"), st.titel),
        Paragraph(markup(f"{kop.jongere_naam} · {datum_lang(dag)} · {status}"), st.subkop),
    ]
    if gesprek.vervangt_id:
        story.append(Paragraph("Dit verslag is een correctie en vervangt een eerdere versie.", st.klein))
    story.append(Paragraph(k("deelnemers"), st.kop))
    rijen: list[list[Flowable | str]] = [
        [Paragraph(d.rol.label, st.vet), tekst(d.naam or "–", st.tekst)] for d in i.deelnemers
    ]
    if rijen:
        story.append(_tabel(rijen, [w * 0.28, w * 0.72]))
    story.append(Paragraph(markup(f"Mentor: {_persoon_regel(kop.mentor)}"), st.klein))
    bouw.stap()
    if i.onderwerpen:
        story.append(Paragraph(k("onderwerpen"), st.kop))
        for o in i.onderwerpen:
            story.append(
                tekst(
                    o.tekst + (" (ingebracht door de jongere)" if o.van_jongere else ""), st.tekst, voor="• "
                )
            )
    if i.voorbereiding:
        story += [Paragraph(k("voorbereiding"), st.kop), tekst(i.voorbereiding, st.tekst)]
    bouw.stap()
    story.append(Paragraph(k("bespreking"), st.kop))
    besprekingen = {b.leefgebied: b.evaluatie for b in i.besprekingen}
    for lg in Leefgebied:
        afspraken = [a for a in i.afspraken if a.leefgebied == lg]
        evaluatie = besprekingen.get(lg, "")
        blok: list[Flowable] = [Paragraph(markup(lg.label), st.subkop)]
        blok.append(tekst(evaluatie or "Niet besproken.", st.tekst))
        blok += [_afspraak(a, st) for a in afspraken]
        story += blok
    overige = [a for a in i.afspraken if a.leefgebied is None]
    if overige:
        story.append(Paragraph(k("afspraken"), st.kop))
        story += [_afspraak(a, st) for a in overige]
    bouw.stap()
    if i.voortgang:
        story.append(Paragraph(k("voortgang"), st.kop))
        for v in i.voortgang:
            story.append(tekst(v.tekst, st.tekst, voor=f"<b>{markup(v.doel_titel)}</b>: "))
    if i.verslag:
        story += [Paragraph(k("verslag"), st.kop), tekst(i.verslag, st.tekst)]
    bouw.stap()
    voet = f"Verslag driegesprek · {kop.jongere_naam} · {datum_kort(dag)} · {status}"
    voet += f" · afgedrukt {datum_kort(kop.gemaakt_op)}"
    return bouw_pdf(story, titel=f"Verslag driegesprek – {kop.jongere_naam}", voettekst=voet, bouw=bouw)


def _afspraak(a: Afspraak, st: Stijlen) -> Flowable:
    wanneer = f", vóór {datum_kort(a.wanneer)}" if a.wanneer else ""
    gedaan = " (gedaan)" if a.gedaan else ""
    return tekst(a.wat + wanneer + gedaan, st.tekst, voor=f"• Afspraak, <b>{a.wie.label}</b>: ")


def driegesprek_agenda(
    agenda: AgendaGegevens,
    kop: Kopgegevens,
    *,
    tweede_taal: str | None = None,
    voortgang: Voortgang | None = None,
    stop: Stop | None = None,
) -> Pdf:
    """The agenda of a driegesprek from its preparation: what happened since the last one, what to discuss."""
    k = Koppen(tweede_taal)
    st = Stijlen(11, vormen=k.vormen)
    bouw = Bouw(4, voortgang, stop)
    w = breedte()
    wanneer = f" · {datum_lang(agenda.datum)}" if agenda.datum else ""
    story: list[Flowable] = [
        Paragraph(k("driegesprek_agenda"), st.titel),
        Paragraph(markup(kop.jongere_naam + wanneer), st.subkop),
        Paragraph(
            markup(f"Mentor: {_persoon_regel(kop.mentor)}")
            + markup(f" · Jeugdbeschermer: {_persoon_regel(kop.jeugdbeschermer)}"),
            st.klein,
        ),
        Paragraph(k("sinds"), st.kop),
        Paragraph(
            (
                f"Sinds het vorige driegesprek op {datum_lang(agenda.sinds)}"
                if agenda.sinds
                else "Nog geen eerder driegesprek"
            )
            + f": {agenda.aantal_tweegesprekken} tweegesprek(ken).",
            st.tekst,
        ),
    ]
    bouw.stap()
    if agenda.onderwerpen_jongere:
        story.append(Paragraph(k("onderwerpen") + " (van de jongere)", st.kop))
        story += [tekst(t, st.tekst, voor="• ") for t in agenda.onderwerpen_jongere]
    if agenda.open_afspraken:
        story.append(Paragraph(k("open_afspraken"), st.kop))
        story += [
            tekst(f"{a.wat} (afgesproken {datum_kort(d)})", st.tekst, voor=f"• <b>{a.wie.label}</b>: ")
            for d, a in agenda.open_afspraken
        ]
    if agenda.mijlpalen:
        story.append(Paragraph(k("mijlpalen"), st.kop))
        story += [tekst(t, st.tekst, voor="• ") for t in agenda.mijlpalen]
    if agenda.plan_wijzigingen:
        story.append(Paragraph(k("planwijzigingen"), st.kop))
        story += [tekst(t, st.tekst, voor="• ") for t in agenda.plan_wijzigingen]
    bouw.stap()
    story.append(Paragraph(k("bespreking"), st.kop))
    for lg in Leefgebied:
        doelen = [d for d in agenda.doelen if d.leefgebied == lg]
        rijen: list[Flowable] = [Paragraph(markup(lg.label), st.subkop)]
        rijen += [tekst(d.titel, st.tekst, voor="• Doel: ") for d in doelen]
        rijen.append(Paragraph(f"{k('notities')}: " + "_" * 60, st.klein))
        story.append(KeepTogether(rijen))
    bouw.stap()
    voet = f"Agenda driegesprek · {kop.jongere_naam} · gemaakt {datum_kort(kop.gemaakt_op)}"
    _ = w
    return bouw_pdf(story, titel=f"Agenda driegesprek – {kop.jongere_naam}", voettekst=voet, bouw=bouw)
