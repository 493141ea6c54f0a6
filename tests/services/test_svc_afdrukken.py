"""Printed documents read back: what a reader must find in Mijn plan, the Begeleidingsplan, the driegesprek
verslag and agenda, the signaleringsplan and its cards; pages not blank; every print in the audit trail."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from datetime import UTC, date, datetime
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from kso_desktop.domain.entities import JongereGegevens, LocatieGegevens, MedewerkerGegevens
from kso_desktop.domain.enums import GesprekType, Leefgebied, LocatieType, Rol
from kso_desktop.domain.gesprek import (
    Afspraak,
    Deelnemer,
    DeelnemerRol,
    GesprekInhoud,
    LeefgebiedBespreking,
    Onderwerp,
)
from kso_desktop.domain.plan import (
    Actie,
    ActieWie,
    Akkoord,
    Doel,
    DoelStatus,
    Evaluatie,
    LeefgebiedInhoud,
    PlanVersie,
)
from kso_desktop.domain.validation import ValidationError
from kso_desktop.domain.weergave import FormulierWeergave, WeergaveSectie, WeergaveVeld
from kso_desktop.reporting.opmaak import Geannuleerd
from kso_desktop.services.afdrukken import Document, DocumentSoort
from kso_desktop.services.registry import Services

ARABISCH = "أريد أن أتعلم اللغة الهولندية"  # "I want to learn the Dutch language"
DARI = "من می‌خواهم کار پیدا کنم"  # "I want to find work"
TIGRINYA = "ትምህርቲ ክቕጽል እደሊ"  # "I want to continue school"
PASHTO = "زه غواړم چې ښه ډاکټر شم"  # "I want to become a good doctor"
NAAM_ARABISCH = "مريم"


def _jongere_met_plan(services: Services) -> tuple[str, PlanVersie]:
    locatie = services.organisatie.add_locatie(
        LocatieGegevens("De Es", LocatieType.KWE, plaats="Zwolle", telefoon="038 123 4567")
    )
    mentor = services.organisatie.add_medewerker(
        MedewerkerGegevens("Sanne de Vries", Rol.WOONBEGELEIDER, telefoon="06 1234 5678")
    )
    jongere = services.jongeren.add(
        JongereGegevens(
            voornaam="Senait",
            achternaam="Haile",
            geboortedatum=date(2009, 4, 2),
            locatie_id=locatie.id,
            plaatsing=date(2025, 9, 1),
            kennismaking=date(2025, 9, 2),
            jeugdbeschermer_naam="Lotte Smit",
            jeugdbeschermer_telefoon="06 8765 4321",
        ),
        mentor_id=mentor.id,
    )
    concept = services.plannen.nieuw_concept(jongere.id)
    inhoud = concept.inhoud.met_deel("sterke_kanten", "Senait is behulpzaam en leert snel.").met_deel(
        "dromen", f"Verpleegkundige worden.\n{PASHTO}"
    )
    eigen = {
        Leefgebied.SOCIAAL_NETWERK: f"Ik wil een vriendin maken, {NAAM_ARABISCH} uit mijn klas.",
        Leefgebied.GEZONDHEID: "Ik wil beter slapen.",
        Leefgebied.DAGBESTEDING: TIGRINYA,
        Leefgebied.WONEN: "Ik wil zelf koken & <afwassen>.",
        Leefgebied.FINANCIEN: DARI,
        Leefgebied.ZINGEVING: ARABISCH,
    }
    for lg, woorden in eigen.items():
        inhoud = inhoud.met_leefgebied(lg, LeefgebiedInhoud(zijn=f"Zo gaat het nu met {lg.label}.", score=3))
        inhoud = inhoud.met_doel(
            Doel.nieuw(
                lg,
                eigen_woorden=woorden,
                professioneel=f"Professioneel doel voor {lg.label}.",
                acties=(Actie(ActieWie.JONGERE, f"Actie voor {lg.label}", date(2026, 4, 15)),),
                streefdatum=date(2026, 6, 30),
                status=DoelStatus.LOOPT,
                evaluaties=(
                    Evaluatie(date(2026, 2, 1), f"Evaluatie van {lg.label}: het gaat goed.", "Sanne"),
                ),
            )
        )
    inhoud = inhoud.met_doel(
        Doel.nieuw(Leefgebied.WONEN, eigen_woorden="Een oud gestopt doel.", status=DoelStatus.GESTOPT)
    )
    versie = services.plannen.opslaan(concept.id, inhoud, basis=concept.inhoud, base_rev=concept.rev).versie
    versie = services.plannen.vaststellen(versie.id, date(2026, 3, 10), Akkoord(True, "Lotte Smit", "Sanne"))
    return jongere.id, versie


def _pdftotext(data: bytes) -> str:
    uit = subprocess.run(["pdftotext", "-layout", "-", "-"], input=data, capture_output=True, check=True)
    tekst = uit.stdout.decode("utf-8")
    # Arabic prints as presentation forms and pdftotext marks right-to-left runs: back to plain letters.
    tekst = unicodedata.normalize("NFKC", tekst)
    return re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", tekst)


def _platte(tekst: str) -> str:
    return re.sub(r"\s+", " ", tekst)


def _pypdf(data: bytes) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(BytesIO(data)).pages)


def _inkt(data: bytes, pagina: int = 1) -> float:
    """The share of non-white pixels on a page rendered by pdftoppm."""
    png = subprocess.run(
        ["pdftoppm", "-r", "40", "-png", "-f", str(pagina), "-l", str(pagina), "-"],
        input=data,
        capture_output=True,
        check=True,
    ).stdout
    beeld = Image.open(BytesIO(png)).convert("L")
    donker = sum(beeld.histogram()[:200])
    return donker / (beeld.width * beeld.height)


def _print_audit(services: Services, jongere_id: str) -> list[tuple[str, str, dict[str, str | None]]]:
    return [
        (r.actie, r.medewerker, {w.veld: w.nieuw for w in r.wijzigingen})
        for r in services.jongeren.audit_trail(jongere_id)
        if r.actie in ("afgedrukt", "geëxporteerd")
    ]


def test_mijn_plan_has_every_leefgebied_the_goals_in_own_words_helpers_and_phone_numbers(
    services: Services,
) -> None:
    jongere_id, versie = _jongere_met_plan(services)
    doc = services.afdrukken.maak(DocumentSoort.MIJN_PLAN, versie.id)
    tekst = _platte(_pdftotext(doc.data))

    assert doc.pdf.paginas <= 3
    for kop in ("Mensen om mij heen", "Mijn gezondheid", "School en werk", "Wonen", "Geld"):
        assert kop in tekst
    for lg in Leefgebied:
        assert lg.label in tekst
    assert (
        "Ik wil beter slapen." in tekst and "Ik wil zelf koken & <afwassen>." in tekst
    )  # markup characters print as typed
    assert "Een oud gestopt doel" not in tekst  # stopped goals are for the dossier, not for the jongere
    assert "Sanne de Vries, tel. 06 1234 5678" in tekst
    assert "Lotte Smit, tel. 06 8765 4321" in tekst
    assert "038 123 4567" in tekst
    assert "Senait Haile" in tekst
    assert "vastgesteld op 10 maart 2026" in tekst
    assert "Gemaakt op 10 maart 2026" in tekst
    assert "Verpleegkundige worden." in tekst and "behulpzaam" in tekst
    # Other scripts, in logical order once a reader (pdftotext) undoes the visual order.
    assert ARABISCH in tekst
    assert DARI.replace("\u200c", "") in tekst.replace("\u200c", "")
    assert TIGRINYA in tekst
    assert NAAM_ARABISCH in tekst
    # Pashto letters without a presentation form of their own (ښ, ټ) read back as letters too.
    assert PASHTO in tekst
    # The body type is large (at least 13 pt) for the jongere.
    assert _inkt(doc.data) > 0.01
    assert doc.bestandsnaam == "mijn-plan-senait-haile.pdf"
    # Nothing is logged until the document is printed or saved.
    assert _print_audit(services, jongere_id) == []


def test_mijn_plan_headings_can_carry_a_second_language(services: Services) -> None:
    _jongere_id, versie = _jongere_met_plan(services)
    tekst = _platte(
        _pdftotext(services.afdrukken.maak(DocumentSoort.MIJN_PLAN, versie.id, tweede_taal="en").data)
    )
    assert "Mijn doelen / My goals" in tekst
    assert "Wie helpen mij? / Who helps me?" in tekst
    with pytest.raises(ValueError, match="geen vertaling voor taal 'xx'"):
        services.afdrukken.maak(DocumentSoort.MIJN_PLAN, versie.id, tweede_taal="xx")


def test_begeleidingsplan_has_all_parts_goal_history_and_versions(services: Services) -> None:
    jongere_id, versie = _jongere_met_plan(services)
    doc = services.afdrukken.maak(DocumentSoort.PLAN, jongere_id)  # a jongere id: the latest version
    tekst = _platte(_pdftotext(doc.data))

    for lg in Leefgebied:
        assert lg.label in tekst
        assert f"Evaluatie van {lg.label}: het gaat goed." in tekst
        assert f"Professioneel doel voor {lg.label}." in tekst
    assert "Een oud gestopt doel." in tekst and "Gestopt" in tekst
    assert "Norm 1.3" in tekst and "Zelfredzaamheid: 3" in tekst
    assert "Sterke kanten en talenten" in tekst and "Dromen en ambities" in tekst
    assert "Versies van dit plan" in tekst and "10-03-2026" in tekst
    assert "Sanne de Vries, tel. 06 1234 5678" in tekst and "06 8765 4321" in tekst
    assert "Geboortedatum 02-04-2009" in tekst
    assert ARABISCH in tekst and TIGRINYA in tekst
    assert doc.ref_id == versie.id
    # pypdf reads the Latin text too (a second, independent reader).
    assert "Begeleidingsplan" in _pypdf(doc.data)
    for pagina in range(1, doc.pdf.paginas + 1):
        assert _inkt(doc.data, pagina) > 0.005


def _driegesprek(services: Services, jongere_id: str) -> str:
    inhoud = GesprekInhoud(
        deelnemers=(
            Deelnemer(DeelnemerRol.JONGERE, "Senait"),
            Deelnemer(DeelnemerRol.JEUGDBESCHERMER, "Lotte Smit"),
            Deelnemer(DeelnemerRol.TOLK, "Yonas"),
        ),
        onderwerpen=(Onderwerp("Mijn kamer is te koud", van_jongere=True),),
        voorbereiding=f"Senait wil praten over school. {TIGRINYA}",
        besprekingen=(LeefgebiedBespreking(Leefgebied.WONEN, "Het koken gaat steeds beter."),),
        afspraken=(
            Afspraak(
                ActieWie.WOONBEGELEIDER, "Verwarming laten maken", date(2026, 3, 20), False, Leefgebied.WONEN
            ),
        ),
        verslag=f"Een goed gesprek. De jongere zei: {ARABISCH}",
    )
    moment = datetime(2026, 3, 9, 13, 0, tzinfo=UTC)
    return services.gesprekken.opslaan(
        jongere_id, GesprekType.DRIEGESPREK, moment, inhoud, definitief=True
    ).id


def test_driegesprek_verslag_and_agenda(services: Services) -> None:
    jongere_id, _versie = _jongere_met_plan(services)
    gesprek_id = _driegesprek(services, jongere_id)

    verslag = _platte(_pdftotext(services.afdrukken.maak(DocumentSoort.VERSLAG, gesprek_id).data))
    assert "Verslag driegesprek" in verslag and "9 maart 2026" in verslag and "definitief" in verslag
    assert "Lotte Smit" in verslag and "Yonas" in verslag and "Tolk" in verslag
    assert "Mijn kamer is te koud (ingebracht door de jongere)" in verslag
    assert "Het koken gaat steeds beter." in verslag
    assert "Verwarming laten maken, vóór 20-03-2026" in verslag
    for lg in Leefgebied:
        assert lg.label in verslag
    assert ARABISCH in verslag and TIGRINYA in verslag

    agenda = _platte(_pdftotext(services.afdrukken.maak(DocumentSoort.AGENDA, jongere_id).data))
    assert "Agenda driegesprek" in agenda
    assert "vorige driegesprek op 9 maart 2026" in agenda
    assert "Verwarming laten maken" in agenda  # an open afspraak
    assert "Ik wil beter slapen." in agenda  # a running goal
    for lg in Leefgebied:
        assert lg.label in agenda


def test_a_tweegesprek_is_not_printed_as_a_driegesprek_verslag(services: Services) -> None:
    jongere_id, _versie = _jongere_met_plan(services)
    twee = services.gesprekken.opslaan(
        jongere_id,
        GesprekType.TWEEGESPREK,
        datetime(2026, 3, 9, 13, tzinfo=UTC),
        GesprekInhoud(notities="Even bijgepraat."),
        definitief=True,
    )
    with pytest.raises(ValidationError, match="driegesprek"):
        services.afdrukken.maak(DocumentSoort.VERSLAG, twee.id)


def _stoplicht(jongere_id: str) -> FormulierWeergave:
    v = WeergaveVeld
    return FormulierWeergave(
        invulling_id="inv-1",
        definitie_id="signaleringsplan-stoplicht",
        definitie_versie=1,
        titel="Signaleringsplan",
        soort="stoplicht",
        jongere_id=jongere_id,
        jongere_naam="Senait Haile",
        definitief=True,
        versie=2,
        ingevuld_op=datetime(2026, 3, 1, 10, tzinfo=UTC),
        vastgesteld_op=date(2026, 3, 2),
        ingevuld_door="Sanne de Vries",
        secties=(
            WeergaveSectie(
                "groen", "Groen: het gaat goed", (v("a", "Zo gaat het", "Ik slaap goed."),), "#2e7d32"
            ),
            WeergaveSectie(
                "oranje", "Oranje: spanning", (v("a", "Wat helpt", f"Muziek. {TIGRINYA}"),), "#ef8f00"
            ),
            WeergaveSectie("rood", "Rood: crisis", (v("a", "Wie bel ik", f"Sanne. {ARABISCH}"),), "#c62828"),
        ),
    )


def _thermometer(jongere_id: str) -> FormulierWeergave:
    stappen = ("Rustig", "Onrustig", "Gespannen", "Heel gespannen", "Crisis")
    return FormulierWeergave(
        "inv-2",
        "gevoelsthermometer",
        1,
        "Gevoelsthermometer",
        "gevoelsthermometer",
        jongere_id,
        "Senait Haile",
        False,
        1,
        datetime(2026, 3, 1, 10, tzinfo=UTC),
        None,
        "Sanne de Vries",
        tuple(
            WeergaveSectie(f"s{i}", f"{i}. {s}", (WeergaveVeld("x", "Wat ik doe", f"Stap {i} doen"),))
            for i, s in enumerate(stappen, start=1)
        ),
    )


def test_signaleringsplan_is_one_page_with_every_phase_and_who_to_call(services: Services) -> None:
    jongere_id, _versie = _jongere_met_plan(services)
    for formulier in (_stoplicht(jongere_id), _thermometer(jongere_id)):
        doc = services.afdrukken.maak_formulier(DocumentSoort.SIGNALERINGSPLAN, formulier)
        assert doc.pdf.paginas == 1 and len(PdfReader(BytesIO(doc.data)).pages) == 1
        tekst = _platte(_pdftotext(doc.data))
        for sectie in formulier.secties:
            assert sectie.titel in tekst
        assert "06 1234 5678" in tekst and "06 8765 4321" in tekst
        assert _inkt(doc.data) > 0.02  # coloured bands
    tekst = _platte(
        _pdftotext(
            services.afdrukken.maak_formulier(DocumentSoort.SIGNALERINGSPLAN, _stoplicht(jongere_id)).data
        )
    )
    assert "vastgesteld op 2 maart 2026" in tekst
    assert ARABISCH in tekst and TIGRINYA in tekst
    # A thermometer prints its hottest step on top.
    thermo = _pdftotext(
        services.afdrukken.maak_formulier(DocumentSoort.SIGNALERINGSPLAN, _thermometer(jongere_id)).data
    )
    assert thermo.index("5. Crisis") < thermo.index("1. Rustig")


def test_kaart_has_a_front_card_and_one_card_per_phase_with_cut_marks(services: Services) -> None:
    jongere_id, _versie = _jongere_met_plan(services)
    doc = services.afdrukken.maak_formulier(DocumentSoort.KAART, _stoplicht(jongere_id))
    tekst = _platte(_pdftotext(doc.data))
    assert doc.pdf.paginas == 1
    assert "Mijn signaleringsplan" in tekst and "Senait Haile" in tekst
    assert "Groen: het gaat goed" in tekst and "Rood: crisis" in tekst
    assert "06 1234 5678" in tekst and "038 123 4567" in tekst
    assert "Knip langs de lijnen" in tekst
    assert _inkt(doc.data) > 0.01


def test_printing_and_saving_are_logged_with_what_for_whom_and_by_whom(
    services: Services, tmp_path: Path
) -> None:
    jongere_id, versie = _jongere_met_plan(services)
    doc = services.afdrukken.maak(DocumentSoort.MIJN_PLAN, versie.id)
    pad = tmp_path / doc.bestandsnaam
    services.afdrukken.bewaar(doc, pad)
    services.afdrukken.registreer(doc, "Kantoorprinter")

    assert pad.read_bytes() == doc.data
    regels = _print_audit(services, jongere_id)
    assert regels[0] == (
        "afgedrukt",
        "Test",
        {"document": "Mijn plan", "bestemming": "Kantoorprinter", "pagina's": str(doc.pdf.paginas)},
    )
    assert regels[1][0] == "geëxporteerd" and regels[1][2]["bestemming"] == "mijn-plan-senait-haile.pdf"
    audit = [r for r in services.jongeren.audit_trail(jongere_id) if r.actie == "afgedrukt"]
    assert audit[0].entiteit == "plan_versie" and audit[0].entiteit_id == versie.id


def test_rendering_reports_progress_and_can_be_cancelled(services: Services) -> None:
    _jongere_id, versie = _jongere_met_plan(services)
    stappen: list[tuple[int, int]] = []
    doc = services.afdrukken.maak(
        DocumentSoort.PLAN, versie.id, voortgang=lambda a, b: stappen.append((a, b))
    )
    assert isinstance(doc, Document)
    totaal = stappen[-1][1]
    assert stappen[-1] == (totaal, totaal) and len(stappen) >= 5
    assert [a for a, _ in stappen] == sorted(a for a, _ in stappen)

    with pytest.raises(Geannuleerd):
        services.afdrukken.maak(DocumentSoort.PLAN, versie.id, stop=lambda: True)


def test_unknown_ids_give_a_dutch_message(services: Services) -> None:
    with pytest.raises(ValidationError, match="niet gevonden"):
        services.afdrukken.maak(DocumentSoort.PLAN, "00000000-0000-0000-0000-000000000000")


def test_mijn_plan_draws_the_vastgesteld_network_not_a_concept(demo_services: Services) -> None:
    services = demo_services
    mariam = next(r.id for r in services.jongeren.lijst() if r.naam == "Mariam Haddad")
    versies = services.netwerk.versies(mariam)
    vastgesteld = next(v for v in versies if not v.bewerkbaar)
    concept = next(v for v in versies if v.bewerkbaar)
    in_vastgesteld = {p.naam for p in vastgesteld.netwerk.personen}
    alleen_concept = {p.naam for p in concept.netwerk.personen} - in_vastgesteld
    assert alleen_concept, "the demo concept adds someone, so the test can tell the versions apart"

    document = services.afdrukken.maak(DocumentSoort.MIJN_PLAN, mariam)

    tekst = " ".join(_pdftotext(document.data).split())
    assert "Mijn netwerk" in tekst
    for naam in in_vastgesteld:
        assert naam[:16] in tekst, naam  # long names are shortened in the drawing
    for naam in alleen_concept:
        assert naam not in tekst, naam
