"""clean_jongere, clean_medewerker and clean_locatie: every problem found, with stable codes."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import date

import pytest

from kso_desktop.domain.checks import clean_jongere, clean_locatie, clean_medewerker
from kso_desktop.domain.entities import JongereGegevens, LocatieGegevens, MedewerkerGegevens
from kso_desktop.domain.enums import LocatieType, Rol
from kso_desktop.domain.validation import Code, ValidationError

TODAY = date(2026, 3, 10)
PLAATSING = date(2026, 3, 1)


def jongere(**kw: object) -> JongereGegevens:
    base = JongereGegevens(
        voornaam="Yonas",
        achternaam="Tesfay",
        geboortedatum=date(2010, 5, 20),
        locatie_id="loc-1",
        plaatsing=PLAATSING,
        kennismaking=date(2026, 3, 3),
    )
    return replace(base, **kw)  # type: ignore[arg-type]


def refused(g: JongereGegevens) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        clean_jongere(g, TODAY)
    return info.value


def test_a_valid_jongere_is_returned() -> None:
    assert clean_jongere(jongere(), TODAY) == jongere()


def test_birth_date_in_the_future() -> None:
    error = refused(jongere(geboortedatum=date(2026, 3, 11)))
    assert error.codes == {Code.GEBOORTEDATUM_IN_TOEKOMST}
    assert "toekomst" in error.message


@pytest.mark.parametrize(
    ("geboren", "leeftijd"),
    [(date(2011, 3, 2), 14), (date(2005, 3, 1), 21), (date(2000, 1, 1), 26)],
)
def test_age_at_placement_outside_15_to_21_refused(geboren: date, leeftijd: int) -> None:
    error = refused(jongere(geboortedatum=geboren))
    assert error.codes == {Code.LEEFTIJD_BIJ_PLAATSING}
    assert f"bij plaatsing {leeftijd} jaar" in error.message


@pytest.mark.parametrize("geboren", [date(2011, 3, 1), date(2005, 3, 2)])  # 15 on the day; 20, 21 tomorrow
def test_age_at_placement_15_and_20_accepted(geboren: date) -> None:
    assert clean_jongere(jongere(geboortedatum=geboren), TODAY).geboortedatum == geboren


def test_kennismaking_before_placement_refused_on_the_day_accepted() -> None:
    assert refused(jongere(kennismaking=date(2026, 2, 28))).codes == {Code.KENNISMAKING_VOOR_PLAATSING}
    assert clean_jongere(jongere(kennismaking=PLAATSING), TODAY).kennismaking == PLAATSING


def test_vertrek_before_placement_refused() -> None:
    assert refused(jongere(vertrek=date(2026, 2, 1))).codes == {Code.VERTREK_VOOR_PLAATSING}


def test_verlengde_opvang_not_before_the_18th_birthday() -> None:
    g = jongere(geboortedatum=date(2007, 6, 1), plaatsing=date(2024, 1, 1), kennismaking=None)
    error = refused(replace(g, verlengde_opvang_start=date(2025, 5, 31)))
    assert error.codes == {Code.VO_TE_VROEG}
    assert "01-06-2025" in error.message
    assert clean_jongere(replace(g, verlengde_opvang_start=date(2025, 6, 1)), TODAY)


@pytest.mark.parametrize("veld", ["voornaam", "achternaam"])
@pytest.mark.parametrize("value", ["", "   ", "\t\n "])
def test_required_names_empty_or_whitespace(veld: str, value: str) -> None:
    error = refused(jongere(**{veld: value}))
    assert error.codes == {Code.VERPLICHT}
    assert error.message == f"{veld.capitalize()} is verplicht."


def test_locatie_required() -> None:
    error = refused(jongere(locatie_id=""))
    assert error.codes == {Code.VERPLICHT}
    assert "Locatie" in error.message


def test_text_longer_than_allowed_names_max_and_length() -> None:
    error = refused(jongere(voornaam="a" * 101))
    assert error.codes == {Code.TE_LANG}
    assert "Voornaam" in error.message
    assert "100" in error.message and "101" in error.message
    assert clean_jongere(jongere(voornaam="a" * 100), TODAY).voornaam == "a" * 100


def test_notities_limit() -> None:
    error = refused(jongere(notities="x" * 4001))
    assert "4000" in error.message and "4001" in error.message
    assert clean_jongere(jongere(notities="x" * 4000), TODAY)


def test_length_counts_after_normalisation_and_stripping() -> None:
    decomposed = "e\u0301" * 100  # 200 code points, 100 characters once composed
    assert clean_jongere(jongere(voornaam=f"  {decomposed}  "), TODAY).voornaam == "\u00e9" * 100


@pytest.mark.parametrize("bad", ["Ali\x00", "Ali\x07", "Al\x1bi", "Ali\x7f"])
def test_control_characters_refused(bad: str) -> None:
    error = refused(jongere(achternaam=bad))
    assert error.codes == {Code.ONGELDIGE_TEKENS}
    assert "Achternaam" in error.message


def test_line_breaks_and_tabs_allowed_in_notities() -> None:
    text = "Eerste regel\nTweede regel\r\n\tingesprongen"
    assert clean_jongere(jongere(notities=text), TODAY).notities == text


def test_arabic_and_emoji_accepted_and_nfc_normalised() -> None:
    g = clean_jongere(
        jongere(
            voornaam="محمد",
            achternaam="Jose\u0301 🙂",
            roepnaam="Moe 👍🏽",
            geboorteland="Syrie\u0308",
            talen=(" Arabisch ", "", "Ti\u0301grinya"),
            notities="Gesprek ging goed 🎉 — شكرا",
        ),
        TODAY,
    )
    assert g.voornaam == "محمد"
    assert g.achternaam == "Jos\u00e9 🙂"
    assert g.roepnaam == "Moe 👍🏽"
    assert g.geboorteland == "Syri\u00eb"
    assert g.talen == ("Arabisch", "T\u00edgrinya")
    assert g.notities == "Gesprek ging goed 🎉 — شكرا"
    for value in (g.voornaam, g.achternaam, g.geboorteland, *g.talen):
        assert unicodedata.is_normalized("NFC", value)


@pytest.mark.parametrize("email", ["l.smit@nidos.example", "a@b.nl", "noor.hendriks+kso@nidos.nl"])
def test_valid_email(email: str) -> None:
    assert clean_jongere(jongere(jeugdbeschermer_email=email), TODAY).jeugdbeschermer_email == email


@pytest.mark.parametrize("email", ["l.smit", "l.smit@nidos", "l smit@nidos.nl", "a@@b.nl", "@nidos.nl"])
def test_invalid_email(email: str) -> None:
    error = refused(jongere(jeugdbeschermer_email=email))
    assert error.codes == {Code.EMAIL_ONGELDIG}
    assert email in error.message
    assert "E-mail jeugdbeschermer" in error.message


@pytest.mark.parametrize("tel", ["06 1234 5678", "+31 (0)6-12345678", "033-0001100", "0612345678"])
def test_valid_phone(tel: str) -> None:
    assert clean_jongere(jongere(telefoon=tel, jeugdbeschermer_telefoon=tel), TODAY).telefoon == tel


@pytest.mark.parametrize("tel", ["bel me", "12345", "06-1234x678", "++31612345678"])
def test_invalid_phone(tel: str) -> None:
    error = refused(jongere(telefoon=tel))
    assert error.codes == {Code.TELEFOON_ONGELDIG}
    assert tel in error.message


def test_phone_too_long() -> None:
    error = refused(jongere(jeugdbeschermer_telefoon="0" * 31))
    assert error.codes == {Code.TE_LANG}
    assert "30" in error.message and "31" in error.message


def test_several_problems_reported_at_once() -> None:
    error = refused(
        jongere(
            voornaam=" ",
            achternaam="",
            kennismaking=date(2026, 2, 1),
            jeugdbeschermer_email="geen-adres",
            telefoon="??",
        )
    )
    assert error.codes == {
        Code.VERPLICHT,
        Code.KENNISMAKING_VOOR_PLAATSING,
        Code.EMAIL_ONGELDIG,
        Code.TELEFOON_ONGELDIG,
    }
    assert len(error.problems) == 5
    assert sorted(p.veld for p in error.problems if p.code is Code.VERPLICHT) == ["Achternaam", "Voornaam"]
    assert len(error.message.splitlines()) == 5


def test_future_birth_date_and_other_problems_together() -> None:
    error = refused(jongere(geboortedatum=date(2030, 1, 1), voornaam=""))
    assert error.codes == {Code.GEBOORTEDATUM_IN_TOEKOMST, Code.VERPLICHT}


# -- medewerker, locatie ------------------------------------------------------------------------


def test_medewerker_cleaned_and_checked() -> None:
    g = clean_medewerker(MedewerkerGegevens(naam="  Sanne de Vries ", rol=Rol.WOONBEGELEIDER, email="s@x.nl"))
    assert g.naam == "Sanne de Vries"
    with pytest.raises(ValidationError) as info:
        clean_medewerker(MedewerkerGegevens(naam=" ", rol=Rol.TEAMLEIDER, email="sanne", telefoon="abc"))
    assert info.value.codes == {Code.VERPLICHT, Code.EMAIL_ONGELDIG, Code.TELEFOON_ONGELDIG}


def test_locatie_cleaned_and_checked() -> None:
    g = clean_locatie(LocatieGegevens(naam=" De Linde ", type=LocatieType.KWG, plaats="Amersfoort "))
    assert (g.naam, g.plaats, g.type) == ("De Linde", "Amersfoort", LocatieType.KWG)
    with pytest.raises(ValidationError) as info:
        clean_locatie(LocatieGegevens(naam="", type=LocatieType.KWE, adres="a" * 201, telefoon="x"))
    assert info.value.codes == {Code.VERPLICHT, Code.TE_LANG, Code.TELEFOON_ONGELDIG}
