"""The network domain: moving between rings, comparison, JSON, and goals that point to people."""

from __future__ import annotations

import dataclasses
import math
import random

import pytest

from kso_desktop.domain.enums import Leefgebied
from kso_desktop.domain.netwerk import (
    MAX_PERSONEN,
    Cirkel,
    Netwerk,
    Persoon,
    Sector,
    check_netwerk,
    cirkel_bij_straal,
    netwerk_from_json,
    netwerk_to_json,
    posities,
    sector_bij_hoek,
    vergelijk,
)
from kso_desktop.domain.plan import Doel, PlanInhoud, inhoud_from_json, inhoud_to_json
from kso_desktop.domain.plan_compare import vergelijk as plan_vergelijk
from kso_desktop.domain.validation import Code
from kso_desktop.services.plannen import default_template


def test_rings_step_and_stop_at_the_edges() -> None:
    assert Cirkel.DICHTBIJ.stap(-1) == Cirkel.HEEL_DICHTBIJ
    assert Cirkel.HEEL_DICHTBIJ.stap(-1) == Cirkel.HEEL_DICHTBIJ
    assert Cirkel.DICHTBIJ.stap(1) == Cirkel.VERDER_WEG
    assert Cirkel.VERDER_WEG.stap(1) == Cirkel.VERDER_WEG


def test_compare_names_who_came_closer_moved_away_is_new_and_left() -> None:
    a = Persoon.nieuw("Amal", Sector.VRIENDEN, Cirkel.VERDER_WEG)
    b = Persoon.nieuw("Bilal", Sector.VRIENDEN, Cirkel.HEEL_DICHTBIJ)
    c = Persoon.nieuw("Chris", Sector.PROFESSIONALS, Cirkel.DICHTBIJ)
    d = Persoon.nieuw("Dina", Sector.SCHOOL_WERK, Cirkel.DICHTBIJ)
    oud = Netwerk((a, b, c))
    nieuw = oud.verplaatst(a.id, cirkel=Cirkel.DICHTBIJ).verplaatst(b.id, cirkel=Cirkel.DICHTBIJ)
    nieuw = nieuw.zonder(c.id).met_persoon(d)
    v = vergelijk(oud, nieuw)
    assert ([x.naam for x in v.dichterbij], [x.naam for x in v.verder_weg]) == (["Amal"], ["Bilal"])
    assert ([p.naam for p in v.nieuw], [p.naam for p in v.weg]) == (["Dina"], ["Chris"])
    assert v.gewijzigd == ()
    assert vergelijk(oud, oud).leeg
    assert netwerk_from_json(netwerk_to_json(nieuw)) == nieuw


def test_too_many_people_and_double_ids_are_refused() -> None:
    p = Persoon.nieuw("Amal", Sector.VRIENDEN, Cirkel.DICHTBIJ)
    assert {x.code for x in check_netwerk(Netwerk((p, p)))} == {Code.DUBBEL}
    veel = Netwerk(
        tuple(Persoon.nieuw(f"P{i}", Sector.VRIENDEN, Cirkel.DICHTBIJ) for i in range(MAX_PERSONEN + 1))
    )
    problems = check_netwerk(veel)
    assert [x.code for x in problems] == [Code.NETWERK_TE_GROOT]
    assert "hoogstens 150" in problems[0].message


def test_goals_point_to_people_and_old_plans_keep_their_json() -> None:
    doel = Doel.nieuw(Leefgebied.SOCIAAL_NETWERK, eigen_woorden="Vaker met mijn tante koken")
    oud = PlanInhoud(doelen=(doel,))
    assert "personen" not in inhoud_to_json(oud)["doelen"][0]
    met = PlanInhoud(doelen=(dataclasses.replace(doel, personen=("p-1",)),))
    data = inhoud_to_json(met)
    assert data["doelen"][0]["personen"] == ["p-1"]
    assert inhoud_from_json(data) == met
    assert inhoud_from_json(inhoud_to_json(oud)).doelen[0].personen == ()
    # A change in who a goal points to is a change the plan saves and logs.
    verschil = plan_vergelijk(oud, met, default_template())
    velden = [(v.label, v.oud, v.nieuw) for o in verschil for dv in o.doelen for v in dv.velden]
    assert velden == [("Mensen uit het netwerk", "", "1 persoon")]


def _netwerk(aantal: int, seed: int) -> Netwerk:
    rng = random.Random(seed)
    return Netwerk(
        tuple(
            Persoon.nieuw(f"Tante {i:02d}", rng.choice(list(Sector)), rng.choice(list(Cirkel)))
            for i in range(aantal)
        )
    )


@pytest.mark.parametrize("seed", range(4))
def test_everyone_is_drawn_in_their_own_sector_and_ring(seed: int) -> None:
    netwerk = _netwerk(60, seed)
    plek = posities(netwerk)
    for p in netwerk.personen:
        straal, hoek = plek[p.id]
        assert (sector_bij_hoek(hoek), cirkel_bij_straal(straal)) == (p.sector, p.cirkel)


def test_names_of_a_network_of_twenty_do_not_overlap() -> None:
    netwerk = _netwerk(20, 0)
    teken, hoogte = 0.022, 0.1
    xy = {
        pid: (r * math.cos(math.radians(a)), r * math.sin(math.radians(a)))
        for pid, (r, a) in posities(netwerk, teken_breedte=teken, label_hoogte=hoogte).items()
    }
    ids = list(xy)
    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            naast = abs(xy[a][0] - xy[b][0]) >= 10 * teken - 1e-9
            onder = abs(xy[a][1] - xy[b][1]) >= hoogte - 1e-9
            assert naast or onder
