"""The laptop's roles on the portal, over real HTTP: sensitive parts masked on read, refused on push."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from portal_helpers import PASSWORD, Portal, make_jongere, new_id, op, push

from kso_desktop.domain.rechten import AFGESCHERMD
from kso_portal import admin, models

GEHEIM = "Astma; puffer elke ochtend, nachtmerries sinds de reis"
QUICKSCAN_GEHEIM = "Voelt zich onveilig bij de buren"


def _plan(gezondheid: str, wonen: str = "Woont op Locatie A") -> dict[str, Any]:
    leeg = {"zijn": "", "worden": "", "presteren": "", "score": None}
    return {
        "nummer": 1,
        "status": "concept",
        "inhoud": {
            "leefgebieden": {
                "gezondheid": {**leeg, "zijn": gezondheid, "score": 3},
                "wonen": {**leeg, "zijn": wonen},
            },
            "delen": {},
            "doelen": [],
        },
    }


def _record(c: httpx.Client, uuid: str) -> dict[str, Any]:
    r = c.get(f"/v1/records/{uuid}")
    assert r.status_code == 200, r.text
    rec: dict[str, Any] = r.json()["record"]
    return rec


@pytest.fixture(scope="module")
def dossier(portal: Portal) -> dict[str, str]:
    """A jongere on location A with a_med as mentor, a plan with health notes, a Quickscan and a stoplicht."""
    with portal.db.write() as s:
        for username, rol in (("a_tl", "teamleider"), ("a_gw", "gedragswetenschapper")):
            portal.users[username] = admin.add_user(
                s,
                portal.org_id,
                username=username,
                naam=username,
                rol=rol,
                password=PASSWORD,
                locatie_ids=[portal.loc_a],
            ).id
    with portal.session("a_med") as a:
        jid, _ = make_jongere(a, portal.loc_a, "Rechtenjongere")
        mentor = {"medewerker_id": portal.users["a_med"], "van": "2020-01-01", "tot": None, "jongere_id": jid}
        plan, quickscan, stoplicht = new_id(), new_id(), new_id()
        results = push(
            a,
            op("mentor_toewijzing", new_id(), mentor, jongere_id=jid),
            op("plan_versie", plan, _plan(GEHEIM), jongere_id=jid),
            op(
                "formulier_invulling",
                quickscan,
                {"soort": "quickscan", "antwoorden": {"x": QUICKSCAN_GEHEIM}},
                jongere_id=jid,
            ),
            op(
                "formulier_invulling",
                stoplicht,
                {"soort": "stoplicht", "antwoorden": {"rood": "Bel Sanne"}},
                jongere_id=jid,
            ),
        )
    assert [r["status"] for r in results] == ["applied"] * 4, results
    return {"jongere": jid, "plan": plan, "quickscan": quickscan, "stoplicht": stoplicht}


@pytest.mark.parametrize("wie", ["a_med", "a_tl", "a_gw", "a_jb", "beheer"])
def test_mentor_teamleider_gw_guardian_and_admin_read_the_health_notes(
    portal: Portal, dossier: dict[str, str], wie: str
) -> None:
    with portal.session(wie) as c:
        plan = _record(c, dossier["plan"])
        assert plan["payload"]["inhoud"]["leefgebieden"]["gezondheid"]["zijn"] == GEHEIM
        assert _record(c, dossier["quickscan"])["payload"]["antwoorden"] == {"x": QUICKSCAN_GEHEIM}
        actueel = c.get(f"/v1/jongeren/{dossier['jongere']}/plan").json()["actueel"]
        assert actueel["payload"]["inhoud"]["leefgebieden"]["gezondheid"]["zijn"] == GEHEIM


def test_a_medewerker_who_is_not_mentor_sees_the_marker_but_the_stoplicht_in_full(
    portal: Portal, dossier: dict[str, str]
) -> None:
    with portal.session("a_med2") as c:
        plan = c.get(f"/v1/records/{dossier['plan']}")
        quickscan = c.get(f"/v1/records/{dossier['quickscan']}")
        overzicht = c.get(f"/v1/jongeren/{dossier['jongere']}/plan")
        stoplicht = _record(c, dossier["stoplicht"])
    for r in (plan, quickscan, overzicht):
        assert r.status_code == 200
        assert GEHEIM not in r.text and QUICKSCAN_GEHEIM not in r.text
    gezondheid = plan.json()["record"]["payload"]["inhoud"]["leefgebieden"]["gezondheid"]
    assert gezondheid == {"zijn": AFGESCHERMD, "worden": AFGESCHERMD, "presteren": AFGESCHERMD, "score": None}
    assert plan.json()["record"]["payload"]["inhoud"]["leefgebieden"]["wonen"]["zijn"] == "Woont op Locatie A"
    assert quickscan.json()["record"]["payload"]["antwoorden"] == {}
    assert quickscan.json()["record"]["payload"]["afgeschermd"] is True
    # The signaleringsplan stays readable for everyone on shift (a crisis does not wait for the mentor).
    assert stoplicht["payload"]["antwoorden"] == {"rood": "Bel Sanne"}


@pytest.mark.parametrize(
    ("author", "expected"),
    [("a_med", "applied"), ("a_tl", "applied"), ("a_med2", "rejected"), ("a_jb", "rejected")],
)
def test_on_a_shared_laptop_the_author_of_a_quickscan_counts_not_only_the_login(
    portal: Portal, dossier: dict[str, str], author: str, expected: str
) -> None:
    """a_med2 (not the mentor) is logged in on the laptop; the mentor or a teamleider wrote the Quickscan
    there after signing in with their PIN. The op carries that author, who works on the location."""
    with portal.session("a_med2") as c:
        [res] = push(
            c,
            op(
                "formulier_invulling",
                new_id(),
                {"soort": "quickscan", "antwoorden": {"x": "ingevuld"}},
                jongere_id=dossier["jongere"],
                author=portal.users[author],
            ),
        )
    assert res["status"] == expected, res
    if expected == "rejected":
        assert res["code"] == "forbidden_part"


def test_pushing_health_notes_or_a_quickscan_is_refused_for_a_non_mentor(
    portal: Portal, dossier: dict[str, str]
) -> None:
    with portal.session("a_med") as a:
        versie = _record(a, dossier["plan"])["version"]
    with portal.session("a_med2") as c:
        gezondheid, quickscan = push(
            c,
            op(
                "plan_versie",
                dossier["plan"],
                _plan("Overschreven"),
                jongere_id=dossier["jongere"],
                base_version=versie,
            ),
            op(
                "formulier_invulling",
                new_id(),
                {"soort": "quickscan", "antwoorden": {}},
                jongere_id=dossier["jongere"],
            ),
        )
    for res in (gezondheid, quickscan):
        assert res["status"] == "rejected" and res["code"] == "forbidden_part"
        assert res["message_nl"] == (
            "Alleen de mentor, de teamleider, de gedragswetenschapper of een beheerder mag "
            "de gezondheids- en veiligheidsgegevens van deze jongere wijzigen."
        )
    with portal.session("a_med") as a:
        plan = _record(a, dossier["plan"])
    assert plan["version"] == versie
    assert plan["payload"]["inhoud"]["leefgebieden"]["gezondheid"]["zijn"] == GEHEIM

    # The other parts of the same plan are theirs to write, as long as the health part is left as it is.
    with portal.session("a_med2") as c:
        [wonen] = push(
            c,
            op(
                "plan_versie",
                dossier["plan"],
                _plan(GEHEIM, "Verhuist naar KWE"),
                jongere_id=dossier["jongere"],
                base_version=versie,
            ),
        )
    assert wonen["status"] == "applied", wonen
    # The teamleider may write a Quickscan of any jongere of the location.
    with portal.session("a_tl") as tl:
        [eigen] = push(
            tl,
            op(
                "formulier_invulling",
                new_id(),
                {"soort": "quickscan", "antwoorden": {"x": "ok"}},
                jongere_id=dossier["jongere"],
            ),
        )
    assert eigen["status"] == "applied", eigen


def test_guardian_never_pushes_and_nobody_pushes_the_roster(portal: Portal, dossier: dict[str, str]) -> None:
    with portal.session("a_jb") as jb:
        r = jb.post(
            "/v1/sync/push",
            json={"ops": [op("gesprek", new_id(), {"x": 1}, jongere_id=dossier["jongere"])]},
        )
    assert r.status_code == 403
    assert r.json()["message_nl"] == "Een jeugdbeschermer kan in het portaal alleen lezen."
    with portal.session("a_med") as a:
        medewerker, locatie = push(
            a,
            op("medewerker", new_id(), {"naam": "Nep", "rol": "admin"}, locatie_id=portal.loc_a),
            op("locatie", new_id(), {"naam": "Nep"}, locatie_id=portal.loc_a),
        )
    for res in (medewerker, locatie):
        assert (res["status"], res["code"]) == ("rejected", "read_only")
        assert res["message_nl"] == "Dit soort gegevens wordt in het portaal beheerd."


def test_other_locations_records_look_exactly_like_records_that_do_not_exist(
    portal: Portal, dossier: dict[str, str]
) -> None:
    with portal.session("b_med") as b:
        for pad, nergens_pad in (
            (f"/v1/records/{dossier['plan']}", f"/v1/records/{new_id()}"),
            (f"/v1/records/{dossier['quickscan']}", f"/v1/records/{new_id()}"),
            (f"/v1/jongeren/{dossier['jongere']}/plan", f"/v1/jongeren/{new_id()}/plan"),
        ):
            bestaat, nergens = b.get(pad), b.get(nergens_pad)
            assert bestaat.status_code == nergens.status_code == 404
            assert bestaat.json() == nergens.json()
            assert GEHEIM not in bestaat.text
        elders, niets = push(
            b,
            op("plan_versie", dossier["plan"], _plan("Van B"), jongere_id=dossier["jongere"], base_version=1),
            op("plan_versie", new_id(), _plan("Van B"), jongere_id=new_id()),
        )
    assert elders["status"] == niets["status"] == "rejected"
    assert {elders["code"], niets["code"]} <= {"not_found", "unknown_jongere"}
    assert elders["message_nl"] in ("Onbekend record of geen toegang.", "Onbekende jongere of geen toegang.")


@pytest.mark.parametrize(("author", "expected"), [("a_tl", "gone"), ("a_med2", "rejected")])
def test_a_purge_from_a_shared_laptop_counts_its_verified_author(
    portal: Portal, dossier: dict[str, str], author: str, expected: str
) -> None:
    """The laptop is logged in as a woonbegeleider; a teamleider signed in there and destroyed the data."""
    with portal.session("a_med") as a:
        jid, _ = make_jongere(a, portal.loc_a, "Tevernietigen")
    with portal.session("a_med2") as c:
        [res] = push(c, op("jongere", jid, {}, deleted=True, purge=True, author=portal.users[author]))
        assert res["status"] == expected, res
    with portal.db.read() as s:
        purged = s.get(models.Record, (portal.org_id, jid)).purged  # type: ignore[union-attr]
    assert purged == (expected == "gone")
    if expected == "rejected":
        assert res["code"] == "forbidden"
