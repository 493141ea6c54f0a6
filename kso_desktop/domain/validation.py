"""Input validation with stable error codes; the Dutch text for each code lives here too.

Codes are stable so that the GUI, the CLI and tests can rely on them; the Dutch message is what a
woonbegeleider reads.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class Code(StrEnum):
    VERPLICHT = "verplicht"
    TE_LANG = "te_lang"
    ONGELDIGE_TEKENS = "ongeldige_tekens"
    DATUM_ONGELDIG = "datum_ongeldig"
    GEBOORTEDATUM_IN_TOEKOMST = "geboortedatum_in_toekomst"
    LEEFTIJD_BIJ_PLAATSING = "leeftijd_bij_plaatsing"
    KENNISMAKING_VOOR_PLAATSING = "kennismaking_voor_plaatsing"
    VERTREK_VOOR_PLAATSING = "vertrek_voor_plaatsing"
    VO_TE_VROEG = "vo_te_vroeg"
    EMAIL_ONGELDIG = "email_ongeldig"
    TELEFOON_ONGELDIG = "telefoon_ongeldig"
    MENTOR_DATUM = "mentor_datum"
    MENTOR_ZELFDE = "mentor_zelfde"
    DATUM_IN_TOEKOMST = "datum_in_toekomst"
    DATUM_VOOR_PLAATSING = "datum_voor_plaatsing"
    DATUM_VOOR = "datum_voor"
    AL_AFGEHANDELD = "al_afgehandeld"
    DOEL_GESTOPT = "doel_gestopt"
    DOEL_DATUM = "doel_datum"
    SCORE_ONGELDIG = "score_ongeldig"
    JONGERE_AKKOORD = "jongere_akkoord"
    PLAN_NIET_BEWERKBAAR = "plan_niet_bewerkbaar"
    PLAN_BESTAAT = "plan_bestaat"
    DRIEGESPREK_ZONDER_JEUGDBESCHERMER = "driegesprek_zonder_jeugdbeschermer"
    GESPREK_DEFINITIEF = "gesprek_definitief"
    GESPREK_VERVANGEN = "gesprek_vervangen"
    GESPREK_CONCEPT = "gesprek_concept"
    NIET_GEVONDEN = "niet_gevonden"
    DUBBEL = "dubbel"
    NETWERK_TE_GROOT = "netwerk_te_groot"
    # Forms (Quickscan, signaleringsplan)
    KEUZE_ONGELDIG = "keuze_ongeldig"
    SCHAAL_BUITEN_BEREIK = "schaal_buiten_bereik"
    ANTWOORD_ONGELDIG = "antwoord_ongeldig"
    ANTWOORD_ONBEKEND = "antwoord_onbekend"
    FORMULIER_DEFINITIEF = "formulier_definitief"
    FORMULIER_VERVANGEN = "formulier_vervangen"
    FORMULIER_CONCEPT = "formulier_concept"
    PINCODE_TE_KORT = "pincode_te_kort"
    PINCODE_EENVOUDIG = "pincode_eenvoudig"
    PINCODE_ONJUIST = "pincode_onjuist"
    PINCODE_GEBLOKKEERD = "pincode_geblokkeerd"
    PINCODE_HUIDIGE_NODIG = "pincode_huidige_nodig"
    PINCODE_GEEN = "pincode_geen"
    PINCODE_ALLEEN_BEHEERDER = "pincode_alleen_beheerder"
    PINCODE_NIET_GELIJK = "pincode_niet_gelijk"
    VERGRENDELEN_MINUTEN = "vergrendelen_minuten"
    GEEN_RECHT = "geen_recht"


_MESSAGES: dict[Code, str] = {
    Code.VERPLICHT: "{veld} is verplicht.",
    Code.TE_LANG: "{veld} is te lang: maximaal {max} tekens (nu {lengte}).",
    Code.ONGELDIGE_TEKENS: "{veld} bevat tekens die niet kunnen worden opgeslagen.",
    Code.DATUM_ONGELDIG: "{veld}: '{waarde}' is geen bestaande datum. Gebruik dd-mm-jjjj.",
    Code.GEBOORTEDATUM_IN_TOEKOMST: "De geboortedatum ligt in de toekomst.",
    Code.LEEFTIJD_BIJ_PLAATSING: (
        "De jongere is bij plaatsing {leeftijd} jaar; de KSO is voor jongeren van 15 tot 21 jaar."
    ),
    Code.KENNISMAKING_VOOR_PLAATSING: "De kennismaking kan niet vóór de plaatsing liggen.",
    Code.VERTREK_VOOR_PLAATSING: "De vertrekdatum kan niet vóór de plaatsing liggen.",
    Code.VO_TE_VROEG: "De Verlengde Opvang begint pas op of na de 18e verjaardag ({datum}).",
    Code.EMAIL_ONGELDIG: "{veld}: '{waarde}' is geen geldig e-mailadres.",
    Code.TELEFOON_ONGELDIG: "{veld}: '{waarde}' is geen geldig telefoonnummer.",
    Code.MENTOR_DATUM: "De nieuwe mentor kan niet ingaan vóór de start van de huidige mentor ({datum}).",
    Code.MENTOR_ZELFDE: "{naam} is al de mentor van deze jongere.",
    Code.DATUM_IN_TOEKOMST: "{veld}: de datum ligt in de toekomst; leg alleen vast wat al gebeurd is.",
    Code.DATUM_VOOR_PLAATSING: "{veld}: de datum ligt vóór de plaatsing ({datum}).",
    Code.DATUM_VOOR: "{veld}: de datum ligt vóór {eerder}.",
    Code.AL_AFGEHANDELD: (
        "Dit verzoek is al afgehandeld op {datum}; leg een nieuw verzoek vast als er meer is."
    ),
    Code.DOEL_GESTOPT: (
        "Dit doel is gestopt: er kunnen geen evaluaties meer bij. Zet de status terug of maak een nieuw doel."
    ),
    Code.DOEL_DATUM: "{veld} ligt vóór de datum van het plan ({datum}).",
    Code.SCORE_ONGELDIG: "{veld}: {waarde} staat niet op de schaal.",
    Code.JONGERE_AKKOORD: (
        "Een plan wordt samen met de jongere vastgesteld (Norm 1.1a): vink aan dat de jongere akkoord is."
    ),
    Code.PLAN_NIET_BEWERKBAAR: (
        "Deze versie is vastgesteld en kan niet meer veranderen. Begin een nieuw concept."
    ),
    Code.PLAN_BESTAAT: "Deze jongere heeft al een begeleidingsplan; open dat plan.",
    Code.DRIEGESPREK_ZONDER_JEUGDBESCHERMER: (
        "Een driegesprek is met de jongere, de jeugdbeschermer en de woonbegeleider (Norm 1.2): "
        "voeg de jeugdbeschermer toe als deelnemer, of leg het vast als tweegesprek."
    ),
    Code.GESPREK_DEFINITIEF: (
        "Dit verslag is definitief en verandert niet meer. Maak een correctie: die wordt een nieuwe versie "
        "die naar deze verwijst."
    ),
    Code.GESPREK_VERVANGEN: "Deze versie is al vervangen door een correctie; corrigeer de nieuwste versie.",
    Code.GESPREK_CONCEPT: "Dit gesprek is nog een concept: pas het gewoon aan, een correctie is niet nodig.",
    Code.NIET_GEVONDEN: "{wat} niet gevonden.",
    Code.DUBBEL: "{wat} bestaat al.",
    Code.NETWERK_TE_GROOT: "Het netwerk heeft {aantal} personen; het schema kan er hoogstens {max} tonen.",
    Code.KEUZE_ONGELDIG: "{veld}: '{waarde}' is geen van de mogelijke antwoorden.",
    Code.SCHAAL_BUITEN_BEREIK: "{veld}: {waarde} staat niet op de schaal (van {min} tot en met {max}).",
    Code.ANTWOORD_ONGELDIG: "{veld}: dit antwoord past niet bij de vraag (verwacht: {verwacht}).",
    Code.ANTWOORD_ONBEKEND: "Het antwoord '{veld}' hoort bij geen vraag van dit formulier.",
    Code.FORMULIER_DEFINITIEF: (
        "Dit formulier is definitief en verandert niet meer. Maak een correctie: die wordt een nieuwe versie "
        "die de oude vervangt."
    ),
    Code.FORMULIER_VERVANGEN: "Deze versie is al vervangen door een correctie; corrigeer de nieuwste versie.",
    Code.FORMULIER_CONCEPT: (
        "Dit formulier is nog een concept: pas het gewoon aan, een correctie is niet nodig."
    ),
    Code.PINCODE_TE_KORT: (
        "{veld}: kies een pincode van minstens {min_pin} cijfers, of een wachtwoord van minstens "
        "{min_wachtwoord} tekens."
    ),
    Code.PINCODE_EENVOUDIG: (
        "{veld} is te makkelijk te raden (steeds hetzelfde teken, een reeks zoals 123456 of een herhaling "
        "zoals 121212). Kies een andere."
    ),
    Code.PINCODE_ONJUIST: "De pincode of het wachtwoord klopt niet.{nog}",
    Code.PINCODE_GEBLOKKEERD: "Te veel mislukte pogingen. Probeer het over {wacht} opnieuw.",
    Code.PINCODE_HUIDIGE_NODIG: "Vul eerst je huidige pincode of wachtwoord in.",
    Code.PINCODE_GEEN: (
        "Voor {naam} is nog geen pincode ingesteld. Kies eerst een pincode (alleen mogelijk zolang er nog "
        "geen is)."
    ),
    Code.PINCODE_ALLEEN_BEHEERDER: (
        "Alleen een beheerder kan de pincode van een andere medewerker opnieuw instellen."
    ),
    Code.PINCODE_NIET_GELIJK: "De twee pincodes zijn niet gelijk. Typ dezelfde pincode twee keer.",
    Code.VERGRENDELEN_MINUTEN: "{veld}: kies een tijd van {min} tot en met {max} minuten.",
    Code.GEEN_RECHT: "Alleen {wie} mag {wat}.",
}

#: Field lengths, shared by storage (column sizes) and validation.
MAX_NAAM = 100
MAX_KORT = 200
MAX_TELEFOON = 30
MAX_TEKST = 4000


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with the input: a stable code, the field it concerns, and values for the message."""

    code: Code
    veld: str = ""
    params: tuple[tuple[str, str], ...] = ()

    @property
    def message(self) -> str:
        values = dict(self.params)
        values.setdefault("veld", self.veld)
        return _MESSAGES[self.code].format(**values)


class ValidationError(ValueError):
    """Raised by services when input is refused; nothing has been written."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return "\n".join(p.message for p in self.problems)

    @property
    def codes(self) -> set[Code]:
        return {p.code for p in self.problems}


def problem(code: Code, veld: str = "", **params: object) -> Problem:
    return Problem(code, veld, tuple((k, str(v)) for k, v in params.items()))


def raise_if(problems: list[Problem]) -> None:
    if problems:
        raise ValidationError(problems)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(value: str) -> str:
    """NFC-normalised and stripped: pasted text from other programs compares and stores the same."""
    return unicodedata.normalize("NFC", value).strip()


def check_text(veld: str, value: str, max_len: int, *, required: bool = False) -> list[Problem]:
    """Required, length and control-character checks on an already cleaned text."""
    if required and not value:
        return [problem(Code.VERPLICHT, veld)]
    if len(value) > max_len:
        return [problem(Code.TE_LANG, veld, max=max_len, lengte=len(value))]
    if _CONTROL.search(value):
        return [problem(Code.ONGELDIGE_TEKENS, veld)]
    return []


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_TELEFOON = re.compile(r"^\+?[0-9 ()\-]{6,}$")


def check_email(veld: str, value: str) -> list[Problem]:
    if not value:
        return []
    if len(value) > MAX_KORT:
        return [problem(Code.TE_LANG, veld, max=MAX_KORT, lengte=len(value))]
    return [] if _EMAIL.match(value) else [problem(Code.EMAIL_ONGELDIG, veld, waarde=value)]


def check_telefoon(veld: str, value: str) -> list[Problem]:
    if not value:
        return []
    if len(value) > MAX_TELEFOON:
        return [problem(Code.TE_LANG, veld, max=MAX_TELEFOON, lengte=len(value))]
    return [] if _TELEFOON.match(value) else [problem(Code.TELEFOON_ONGELDIG, veld, waarde=value)]


_DATUM_NL = re.compile(r"^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$")
_DATUM_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")


def parse_datum(veld: str, text: str) -> date:
    """Parse ``dd-mm-jjjj`` (or ISO ``jjjj-mm-dd``); an impossible date such as 31-02 is refused."""
    m = _DATUM_NL.match(text)
    try:
        if m:
            return date(int(m[3]), int(m[2]), int(m[1]))
        m = _DATUM_ISO.match(text)
        if m:
            return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        pass
    raise ValidationError([problem(Code.DATUM_ONGELDIG, veld, waarde=text.strip())])
