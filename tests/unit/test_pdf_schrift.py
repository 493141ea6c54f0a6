"""Scripts and direction for the PDFs: font runs per script, visual word order, the icon and heading data."""

from __future__ import annotations

import json
import re
import subprocess
import unicodedata
from io import BytesIO
from pathlib import Path

import pytest
from reportlab.platypus import Paragraph, SimpleDocTemplate

from kso_desktop.domain.enums import Leefgebied
from kso_desktop.paths import resources_dir
from kso_desktop.reporting.opmaak import Koppen, Stijlen, icoon, taalnamen, talen
from kso_desktop.reporting.schrift import (
    ARABISCH,
    ETHIOPISCH,
    Schrift,
    _tekst_van_glyph,
    basis_rtl,
    heeft_rtl,
    markup,
    runs,
    visuele_volgorde,
)


def test_a_dutch_sentence_with_an_arabic_name_switches_font_only_around_the_name() -> None:
    assert list(runs("Praat met مريم حداد vandaag.")) == [
        (Schrift.LATIJN, "Praat met "),
        (Schrift.ARABISCH, "مريم حداد"),
        (Schrift.LATIJN, " vandaag."),
    ]


def test_punctuation_the_ethiopic_font_lacks_prints_in_the_latin_font() -> None:
    # Noto Sans Ethiopic has no "!": it must not vanish.
    assert list(runs("ሰላም! ኣነ")) == [
        (Schrift.ETHIOPISCH, "ሰላም"),
        (Schrift.LATIJN, "!"),
        (Schrift.ETHIOPISCH, " ኣነ"),
    ]


def test_markup_escapes_and_marks_runs() -> None:
    assert markup("a < b & ሰላም") == f'a &lt; b &amp; <font face="{ETHIOPISCH}">ሰላም</font>'
    assert markup("سلام") == f'<font face="{ARABISCH}">سلام</font>'


@pytest.mark.parametrize(
    ("woorden", "rtl", "verwacht"),
    [
        # Dutch paragraph: the Arabic run is reversed as a whole, the Dutch stays in place.
        ("ik zie مريم حداد vandaag", False, "ik zie حداد مريم vandaag"),
        # Arabic paragraph: read right to left, so the first word ends up rightmost.
        ("أريد أن أتعلم", True, "أتعلم أن أريد"),
        # A Dutch word inside Arabic keeps its place in the Arabic reading order.
        ("أنا في Zwolle الآن", True, "الآن Zwolle في أنا"),
        # Two Latin words inside Arabic keep their own left-to-right order.
        ("أنا في De Linde الآن", True, "الآن De Linde في أنا"),
        # A number inside Arabic.
        ("عمري 17 سنة", True, "سنة 17 عمري"),
        ("", True, ""),
    ],
)
def test_visual_word_order(woorden: str, rtl: bool, verwacht: str) -> None:
    assert " ".join(visuele_volgorde(woorden.split(), rtl)) == verwacht


def test_paragraph_direction_comes_from_the_first_letter() -> None:
    assert basis_rtl("  (أريد) Nederlands") is True
    assert basis_rtl("2026: Ik wil سلام") is False
    assert heeft_rtl("Ik wil سلام") and not heeft_rtl("ሰላም Zoë")


def test_a_shaped_glyph_reads_back_as_the_letters_its_name_says() -> None:
    assert _tekst_van_glyph("uni069A.init") == "ښ"
    assert _tekst_van_glyph("uni0644_uni0645.liga") == "لم"
    assert _tekst_van_glyph("uni06440645") == "لم"
    assert _tekst_van_glyph("u1EE00") == "\U0001ee00"
    assert _tekst_van_glyph("lam_alef.fina") == ""


def test_every_leefgebied_has_an_icon() -> None:
    for lg in Leefgebied:
        assert len(icoon(lg).contents) >= 2


def test_dutch_and_english_headings_have_the_same_keys() -> None:
    map_ = resources_dir() / "print"
    nl = {k for k in json.loads((map_ / "nl.json").read_text("utf-8")) if not k.startswith("_")}
    en = set(json.loads((map_ / "en.json").read_text("utf-8")))
    assert nl == en
    assert {"nl", "en"} <= set(talen())


def test_a_new_language_is_one_json_file_and_missing_keys_fall_back_to_dutch(tmp_path: Path) -> None:
    for naam in ("nl.json",):
        (tmp_path / naam).write_text((resources_dir() / "print" / naam).read_text("utf-8"), "utf-8")
    (tmp_path / "ti.json").write_text(json.dumps({"mijn_doelen": "ዕላማታተይ"}), "utf-8")
    k = Koppen("ti", tmp_path)
    assert (
        k("mijn_doelen")
        == f'Mijn doelen <font color="#666666">/ <font face="{ETHIOPISCH}">ዕላማታተይ</font></font>'
    )
    assert k("dromen") == "Mijn dromen"
    assert talen(tmp_path) == ["nl", "ti"]


def test_the_shipped_fonts_and_their_licence_are_there() -> None:
    map_ = resources_dir() / "fonts"
    for naam in (
        "NotoSans-Regular",
        "NotoSans-Bold",
        "NotoSans-Italic",
        "NotoSansArabic-Regular",
        "NotoSansArabic-Bold",
        "NotoSansEthiopic-Regular",
        "NotoSansEthiopic-Bold",
    ):
        assert (map_ / f"{naam}.ttf").stat().st_size > 100_000
    assert "SIL OPEN FONT LICENSE Version 1.1" in (map_ / "OFL.txt").read_text("utf-8")
    assert "fonts-noto-core" in (map_ / "README.md").read_text("utf-8")


def test_a_right_to_left_heading_language_is_a_data_change_too(tmp_path: Path) -> None:
    (tmp_path / "nl.json").write_text((resources_dir() / "print" / "nl.json").read_text("utf-8"), "utf-8")
    (tmp_path / "fa.json").write_text(json.dumps({"taal": "دری", "mijn_doelen": "اهداف من"}), "utf-8")
    k = Koppen("fa", tmp_path)
    assert k.vormen and not Koppen("en").vormen
    st = Stijlen(13, vormen=k.vormen)
    assert st.kop.shaping == 1
    buffer = BytesIO()
    SimpleDocTemplate(buffer).build([Paragraph(k("mijn_doelen"), st.kop)])
    uit = subprocess.run(["pdftotext", "-", "-"], input=buffer.getvalue(), capture_output=True, check=True)
    tekst = re.sub("[\u200e\u200f\u202a-\u202e]", "", unicodedata.normalize("NFKC", uit.stdout.decode()))
    assert "Mijn doelen /" in tekst and "اهداف من" in tekst
    assert taalnamen(tmp_path) == {"fa": "دری", "nl": "Nederlands"}
