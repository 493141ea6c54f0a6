"""The form engine: definitions checked and loaded (with errors that name file and place), answers checked."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from kso_desktop.domain.validation import Code
from kso_desktop.forms.antwoorden import bevindingen, controleer, vergelijk, weergave, zichtbaar
from kso_desktop.forms.laden import MAX_BESTAND, DefinitieError, laad_definities, parse_definitie
from kso_desktop.forms.schema import Definitie
from kso_desktop.paths import resources_dir

SHIPPED = resources_dir() / "forms"


def _def(**over: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": "test",
        "versie": 1,
        "titel": "Test",
        "soort": "quickscan",
        "secties": [
            {
                "id": "a",
                "titel": "A",
                "velden": [
                    {"id": "zorgen", "soort": "ja_nee", "label": "Zorgen?", "verplicht": True},
                    {
                        "id": "welke",
                        "soort": "lange_tekst",
                        "label": "Welke zorgen?",
                        "verplicht": True,
                        "toon_als": {"veld": "zorgen", "waarde": True},
                    },
                    {
                        "id": "schaal",
                        "soort": "schaal",
                        "label": "Hoe veilig",
                        "schaal": {"min": 1, "max": 5},
                    },
                    {
                        "id": "kies",
                        "soort": "keuze",
                        "label": "Oordeel",
                        "opties": [{"waarde": "ok", "label": "Goed"}, {"waarde": "nee", "label": "Slecht"}],
                    },
                    {"id": "wanneer", "soort": "datum", "label": "Datum"},
                ],
            }
        ],
    }
    data.update(over)
    return data


def _schrijf(map_: Path, naam: str, data: Any) -> Path:
    map_.mkdir(parents=True, exist_ok=True)
    path = map_ / naam
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def test_shipped_definitions_load_without_errors() -> None:
    result = laad_definities(SHIPPED, env=False)
    assert result.fouten == ()
    ids = {g.definitie.id for g in result.definities}
    assert ids == {"quickscan-veiligheid", "signaleringsplan-stoplicht", "gevoelsthermometer"}
    quickscan = result.get("quickscan-veiligheid")
    assert quickscan is not None
    titels = " ".join(s.titel for s in quickscan.secties)
    for gebied in ("locatie", "Netwerk", "Online", "Financieel", "School", "Gezondheid", "veilig voelt"):
        assert gebied in titels
    assert "startdefinitie" in quickscan.titel.lower()
    assert {"bespreken_jb", "veiligheidsplan", "oordeel"} <= {v.id for v in quickscan.velden()}
    stoplicht = result.get("signaleringsplan-stoplicht")
    assert stoplicht is not None
    assert [s.kleur for s in stoplicht.secties if s.kleur] == ["#2e7d32", "#ef6c00", "#c62828"]
    thermo = result.get("gevoelsthermometer")
    assert thermo is not None and thermo.schaalvelden()[0].schaal is not None
    assert thermo.schaalvelden()[0].schaal.stappen == 5


@pytest.mark.parametrize(
    ("wijziging", "verwacht"),
    [
        (
            {"secties": [{"id": "a", "titel": "A", "velden": [{"id": "x", "soort": "foto", "label": "X"}]}]},
            "onbekend veldtype 'foto'",
        ),
        (
            {
                "secties": [
                    {
                        "id": "a",
                        "titel": "A",
                        "velden": [
                            {"id": "x", "soort": "tekst", "label": "X"},
                            {"id": "x", "soort": "tekst", "label": "Y"},
                        ],
                    }
                ]
            },
            "veld-id 'x' komt meer dan eens voor",
        ),
        (
            {
                "secties": [
                    {
                        "id": "a",
                        "titel": "A",
                        "velden": [
                            {
                                "id": "x",
                                "soort": "ja_nee",
                                "label": "X",
                                "toon_als": {"veld": "y", "waarde": True},
                            },
                            {
                                "id": "y",
                                "soort": "ja_nee",
                                "label": "Y",
                                "toon_als": {"veld": "x", "waarde": True},
                            },
                        ],
                    }
                ]
            },
            "vervolgvragen vormen een kring: x -> y -> x",
        ),
        (
            {
                "secties": [
                    {
                        "id": "a",
                        "titel": "A",
                        "velden": [
                            {"id": "x", "soort": "schaal", "label": "X", "schaal": {"min": 1, "max": 50}}
                        ],
                    }
                ]
            },
            "de schaal heeft 50 stappen",
        ),
        (
            {
                "secties": [
                    {
                        "id": "a",
                        "titel": "A",
                        "kleur": "groen",
                        "velden": [{"id": "x", "soort": "tekst", "label": "X"}],
                    }
                ]
            },
            "secties[0].kleur",
        ),
        ({"verplict": True}, "verplict: onbekend veld"),
    ],
)
def test_bad_definitions_are_refused_with_a_dutch_message_and_place(
    wijziging: dict[str, Any], verwacht: str
) -> None:
    with pytest.raises(DefinitieError) as exc:
        parse_definitie(_def(**wijziging))
    assert verwacht in str(exc.value)


def test_override_folder_replaces_and_adds_and_broken_files_are_skipped_with_their_name(
    tmp_path: Path,
) -> None:
    eigen = tmp_path / "formulieren"
    eigen_qs = json.loads((SHIPPED / "quickscan-veiligheid.json").read_text(encoding="utf-8"))
    eigen_qs.update(versie=2, titel="Quickscan van onze organisatie")
    _schrijf(eigen, "qs.json", eigen_qs)
    _schrijf(eigen, "extra.json", _def(id="extra"))
    _schrijf(eigen, "kapot.json", '{\n  "id": "kapot",\n  "versie": 1,,\n}')
    _schrijf(eigen, "ook-extra.json", _def(id="extra", titel="Tweede"))
    groot = eigen / "groot.json"
    groot.write_text(" " * (MAX_BESTAND + 10))
    _schrijf(eigen, "lijst.json", [1, 2])

    result = laad_definities(SHIPPED, [eigen], env=False)

    qs = result.get("quickscan-veiligheid")
    assert qs is not None and qs.versie == 2 and qs.titel == "Quickscan van onze organisatie"
    assert result.get("signaleringsplan-stoplicht") is not None  # shipped ones still there
    assert result.get("extra") is not None and result.get("extra").titel == "Test"  # type: ignore[union-attr]
    fouten = {Path(f.bestand).name: f.melding for f in result.fouten}
    assert set(fouten) == {"kapot.json", "ook-extra.json", "groot.json", "lijst.json"}
    assert "ongeldige JSON op regel 3" in fouten["kapot.json"]
    assert "ook in extra.json" in fouten["ook-extra.json"]
    assert "te groot" in fouten["groot.json"]
    assert "één object" in fouten["lijst.json"]


def test_env_variable_names_an_extra_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _schrijf(tmp_path, "eigen.json", _def(id="uit-env"))
    monkeypatch.setenv("KSO_FORMS_DIR", str(tmp_path))
    assert laad_definities(SHIPPED).get("uit-env") is not None


def test_follow_up_question_shows_only_after_its_answer() -> None:
    d = parse_definitie(_def())
    assert not zichtbaar(d, {}, "welke")
    assert not zichtbaar(d, {"zorgen": False}, "welke")
    assert zichtbaar(d, {"zorgen": True}, "welke")


def test_required_visible_questions_and_answers_out_of_range_give_dutch_messages() -> None:
    d = parse_definitie(_def())
    _schoon, problemen = controleer(d, {"zorgen": True, "schaal": 9, "kies": "misschien"}, definitief=True)
    codes = [p.code for p in problemen]
    assert Code.SCHAAL_BUITEN_BEREIK in codes and Code.KEUZE_ONGELDIG in codes and Code.VERPLICHT in codes
    meldingen = "\n".join(p.message for p in problemen)
    assert "Hoe veilig: 9 staat niet op de schaal (van 1 tot en met 5)." in meldingen
    assert "Welke zorgen? is verplicht." in meldingen
    assert "Oordeel: 'misschien' is geen van de mogelijke antwoorden." in meldingen


def test_answers_are_cleaned_hidden_follow_ups_dropped_when_final() -> None:
    d = parse_definitie(_def())
    schoon, problemen = controleer(
        d, {"zorgen": False, "welke": " oud ", "wanneer": "3-2-2026", "schaal": "4"}, definitief=True
    )
    assert problemen == []
    assert schoon == {"zorgen": False, "wanneer": "2026-02-03", "schaal": 4}
    concept, _ = controleer(d, {"zorgen": False, "welke": " oud "}, definitief=False)
    assert concept["welke"] == "oud"  # a concept keeps what was typed


def test_bad_date_and_unknown_answer_are_refused() -> None:
    d = parse_definitie(_def())
    _s, problemen = controleer(d, {"wanneer": "31-02-2026", "bestaat_niet": "x"}, definitief=False)
    assert {p.code for p in problemen} == {Code.DATUM_ONGELDIG, Code.ANTWOORD_ONBEKEND}


def test_render_compare_and_findings() -> None:
    d = parse_definitie(_def())
    antwoorden = {
        "zorgen": True,
        "welke": "Wordt gepest",
        "schaal": 2,
        "kies": "nee",
        "wanneer": "2026-03-01",
    }
    w = weergave(
        d,
        antwoorden,
        invulling_id="i",
        jongere_id="j",
        jongere_naam="Amir",
        definitief=True,
        versie=1,
        ingevuld_op=datetime(2026, 3, 1, tzinfo=UTC),
        vastgesteld_op=None,
        ingevuld_door="Fleur",
    )
    teksten = {v.id: v.tekst for s in w.secties for v in s.velden}
    assert teksten == {
        "zorgen": "Ja",
        "welke": "Wordt gepest",
        "schaal": "2 (schaal 1–5)",
        "kies": "Slecht",
        "wanneer": "01-03-2026",
    }
    rijen = vergelijk(d, {"zorgen": False}, d, antwoorden)
    gewijzigd = {r.veld_id: (r.voor, r.na) for r in rijen if r.gewijzigd}
    assert gewijzigd["zorgen"] == ("Nee", "Ja")
    assert gewijzigd["welke"] == ("", "Wordt gepest")
    assert [b.veld_id for b in bevindingen(d, antwoorden)][:2] == ["zorgen", "welke"]


def test_old_answers_render_with_the_definition_they_were_filled_in_with() -> None:
    oud = parse_definitie(_def())
    nieuw = parse_definitie(
        _def(
            versie=2,
            secties=[{"id": "b", "titel": "B", "velden": [{"id": "n", "soort": "tekst", "label": "N"}]}],
        )
    )
    antwoorden = {"zorgen": True, "welke": "Ruzie"}
    # With its own (stored) definition every answer has its question.
    met_oud = {v.label: v.tekst for s in weergave_secties(oud, antwoorden) for v in s.velden}
    assert met_oud["Welke zorgen?"] == "Ruzie"
    # Even shown with the newer definition nothing is lost: answers without a question get their own section.
    met_nieuw = weergave_secties(nieuw, antwoorden)
    assert met_nieuw[-1].titel == "Antwoorden zonder vraag in deze definitie"
    assert {v.tekst for v in met_nieuw[-1].velden} == {"Ja", "Ruzie"}


def weergave_secties(d: Definitie, antwoorden: dict[str, Any]) -> Any:
    from kso_desktop.forms.antwoorden import secties

    return secties(d, antwoorden)


YAML_DEF = """\
id: uit-yaml
versie: 1
titel: Korte check
soort: quickscan
secties:
  - id: a
    titel: A
    velden:
      - id: goed
        soort: ja_nee
        label: Gaat het goed?
        verplicht: true
"""


def test_yaml_definitions_load_and_broken_or_expanding_yaml_is_refused_with_its_line(tmp_path: Path) -> None:
    _schrijf(tmp_path, "goed.yaml", YAML_DEF)
    _schrijf(tmp_path, "kapot.yml", YAML_DEF.replace("    titel: A\n", "    titel: [A\n"))
    bom = 'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: [*b,*b,*b]\n'
    _schrijf(tmp_path, "bom.yaml", bom)
    result = laad_definities(SHIPPED, [tmp_path], env=False)
    goed = result.get("uit-yaml")
    assert goed is not None and goed.veld("goed").verplicht
    fouten = {Path(f.bestand).name: f.melding for f in result.fouten}
    assert set(fouten) == {"kapot.yml", "bom.yaml"}
    assert fouten["kapot.yml"].startswith("ongeldige YAML op regel 8, kolom 11")
    assert fouten["bom.yaml"] == "YAML-ankers en -verwijzingen (& en *) zijn niet toegestaan (regel 1)"
