"""Property tests over generated definitions and answers: valid answers validate, rendering loses none."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from kso_desktop.forms.antwoorden import controleer, secties, zichtbaar
from kso_desktop.forms.laden import parse_definitie
from kso_desktop.forms.schema import Definitie, Veld, VeldSoort

_ids = st.from_regex(r"[a-z][a-z0-9_]{0,8}", fullmatch=True)
_label = st.text(alphabet=st.characters(categories=["L", "N", "Zs"]), min_size=1, max_size=20).filter(
    lambda t: t.strip() != ""
)


@st.composite
def _veld_json(draw: st.DrawFn, veld_id: str, eerdere: list[dict[str, Any]]) -> dict[str, Any]:
    soort = draw(st.sampled_from(list(VeldSoort)))
    veld: dict[str, Any] = {
        "id": veld_id,
        "soort": soort.value,
        "label": draw(_label),
        "verplicht": draw(st.booleans()),
    }
    if soort in (VeldSoort.KEUZE, VeldSoort.MEERKEUZE):
        waarden = draw(st.lists(_ids, min_size=1, max_size=4, unique=True))
        veld["opties"] = [{"waarde": w, "label": w.upper()} for w in waarden]
    if soort == VeldSoort.SCHAAL:
        low = draw(st.integers(-5, 5))
        veld["schaal"] = {"min": low, "max": low + draw(st.integers(1, 10))}
    ouders = [e for e in eerdere if e["soort"] in ("ja_nee", "keuze", "meerkeuze")]
    if ouders and draw(st.booleans()):
        ouder = draw(st.sampled_from(ouders))
        waarde = draw(st.booleans()) if ouder["soort"] == "ja_nee" else ouder["opties"][0]["waarde"]
        veld["toon_als"] = {"veld": ouder["id"], "waarde": waarde}
    return veld


@st.composite
def definities(draw: st.DrawFn) -> Definitie:
    ids = draw(st.lists(_ids, min_size=1, max_size=10, unique=True))
    velden: list[dict[str, Any]] = []
    for veld_id in ids:
        velden.append(draw(_veld_json(veld_id, velden)))
    aantal = draw(st.integers(1, min(3, len(velden))))
    grens = (
        sorted(draw(st.sets(st.integers(1, len(velden) - 1), max_size=aantal - 1))) if len(velden) > 1 else []
    )
    stukken = [velden[a:b] for a, b in zip([0, *grens], [*grens, len(velden)], strict=True)]
    data = {
        "id": "gen",
        "versie": 1,
        "titel": "Gegenereerd",
        "soort": "test",
        "secties": [{"id": f"s{i}", "titel": f"S{i}", "velden": stuk} for i, stuk in enumerate(stukken)],
    }
    return parse_definitie(data)


def _antwoord(draw: st.DrawFn, veld: Veld) -> Any:
    if veld.soort in (VeldSoort.TEKST, VeldSoort.LANGE_TEKST):
        return draw(_label)
    if veld.soort == VeldSoort.KEUZE:
        return draw(st.sampled_from([o.waarde for o in veld.opties]))
    if veld.soort == VeldSoort.MEERKEUZE:
        return draw(st.lists(st.sampled_from([o.waarde for o in veld.opties]), min_size=1, unique=True))
    if veld.soort == VeldSoort.SCHAAL:
        assert veld.schaal is not None
        return draw(st.integers(veld.schaal.min, veld.schaal.max))
    if veld.soort == VeldSoort.DATUM:
        return draw(st.dates()).isoformat()
    return draw(st.booleans())


@st.composite
def ingevuld(draw: st.DrawFn) -> tuple[Definitie, dict[str, Any]]:
    """A definition and a full, valid set of answers: every question that shows is answered."""
    d = draw(definities())
    antwoorden: dict[str, Any] = {}
    for veld in d.velden():  # parents come before their follow-ups, so visibility is known in order
        if zichtbaar(d, antwoorden, veld.id) and (veld.verplicht or draw(st.booleans())):
            antwoorden[veld.id] = _antwoord(draw, veld)
    return d, antwoorden


@settings(max_examples=150, deadline=None)
@given(ingevuld())
def test_valid_answers_validate_and_come_back_the_same(paar: tuple[Definitie, dict[str, Any]]) -> None:
    d, antwoorden = paar
    schoon, problemen = controleer(d, antwoorden, definitief=True)
    assert problemen == []
    assert set(schoon) == set(antwoorden)
    # Checking again changes nothing (what is stored is already clean).
    assert controleer(d, schoon, definitief=True) == (schoon, [])


@settings(max_examples=150, deadline=None)
@given(ingevuld())
def test_rendering_never_loses_an_answer(paar: tuple[Definitie, dict[str, Any]]) -> None:
    d, antwoorden = paar
    schoon, _ = controleer(d, antwoorden, definitief=True)
    getoond = {v.id: v.tekst for s in secties(d, schoon) for v in s.velden}
    for veld_id in schoon:
        assert getoond.get(veld_id), veld_id


@settings(max_examples=100, deadline=None)
@given(definities())
def test_a_definition_survives_its_stored_snapshot(d: Definitie) -> None:
    assert parse_definitie(d.als_json()) == d
