"""Login, token refresh and expiry, the login rate limit, and per-location authorisation (including
guessed UUIDs of other locations' jongeren on every endpoint)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from portal_helpers import PASSWORD, Portal, make_jongere, new_id, op, pull_all, push
from sqlalchemy import update

from kso_portal import models as m
from kso_portal.auth import token_sha256
from kso_portal.models import feed_text


def test_login_gives_tokens_and_locations(portal: Portal) -> None:
    body = portal.login("ab_med")
    assert body["service"] == "kso-portal"
    assert body["token_type"] == "bearer"
    assert len(body["access_token"]) < 100  # small enough for any OS keyring
    assert body["expires_in"] == 15 * 60
    assert body["user"]["id"] == portal.users["ab_med"]
    assert sorted(loc["id"] for loc in body["user"]["locaties"]) == sorted([portal.loc_a, portal.loc_b])


def test_wrong_password_and_unknown_user_are_401_alike(portal: Portal) -> None:
    with portal.client() as c:
        wrong = c.post("/v1/auth/login", json={"username": "a_med2", "password": "fout-wachtwoord"})
        unknown = c.post("/v1/auth/login", json={"username": "bestaat-niet", "password": "fout-wachtwoord"})
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json()


def test_missing_bad_and_expired_access_token_are_401(portal: Portal) -> None:
    body = portal.login("a_med")
    token = body["access_token"]
    with portal.client() as c:
        assert c.get("/v1/sync/changes").status_code == 401
        bad = c.get("/v1/sync/changes", headers={"Authorization": "Bearer nep-token"})
        assert bad.status_code == 401
        assert bad.headers["WWW-Authenticate"].startswith("Bearer")
        assert c.get("/v1/sync/changes", headers={"Authorization": f"Bearer {token}"}).status_code == 200
        with portal.db.write() as s:
            s.execute(
                update(m.AccessToken)
                .where(m.AccessToken.token_sha256 == token_sha256(token))
                .values(expires_at=datetime.now(UTC) - timedelta(seconds=1))
            )
        expired = c.get("/v1/sync/changes", headers={"Authorization": f"Bearer {token}"})
        assert expired.status_code == 401
        assert expired.json()["code"] == "unauthorized"
        # One refresh brings the client back in.
        fresh = c.post("/v1/auth/refresh", json={"refresh_token": body["refresh_token"]})
        assert fresh.status_code == 200
        again = c.get("/v1/sync/changes", headers={"Authorization": f"Bearer {fresh.json()['access_token']}"})
        assert again.status_code == 200


def test_refresh_rotates_and_reuse_revokes_the_login(portal: Portal) -> None:
    first = portal.login("a_med2")
    with portal.client() as c:
        second = c.post("/v1/auth/refresh", json={"refresh_token": first["refresh_token"]})
        assert second.status_code == 200
        second_body = second.json()
        assert second_body["refresh_token"] != first["refresh_token"]
        third = c.post("/v1/auth/refresh", json={"refresh_token": second_body["refresh_token"]})
        assert third.status_code == 200
        # The first refresh token comes back (a stolen copy): refused, and the whole login ends.
        reuse = c.post("/v1/auth/refresh", json={"refresh_token": first["refresh_token"]})
        assert reuse.status_code == 401
        latest = third.json()
        assert c.post("/v1/auth/refresh", json={"refresh_token": latest["refresh_token"]}).status_code == 401
        headers = {"Authorization": f"Bearer {latest['access_token']}"}
        assert c.get("/v1/sync/changes", headers=headers).status_code == 401
        assert c.post("/v1/auth/refresh", json={"refresh_token": "onzin"}).status_code == 401


def test_login_rate_limit_per_user_and_ip_gives_429_with_retry_after(portal: Portal) -> None:
    with portal.client() as c:
        for _ in range(5):
            r = c.post("/v1/auth/login", json={"username": "limiet", "password": "fout-wachtwoord"})
            assert r.status_code == 401
        limited = c.post("/v1/auth/login", json={"username": "limiet", "password": "fout-wachtwoord"})
        right = c.post("/v1/auth/login", json={"username": "limiet", "password": PASSWORD})
        other = c.post("/v1/auth/login", json={"username": "a_med", "password": PASSWORD})
    assert limited.status_code == 429
    assert 0 < int(limited.headers["Retry-After"]) <= 300
    assert limited.json()["code"] == "rate_limited"
    assert right.status_code == 429  # even the right password waits
    assert other.status_code == 200  # another account from the same address is not blocked


def test_user_sees_only_their_locations_in_changes(portal: Portal) -> None:
    with portal.session("a_med") as a, portal.session("b_med") as b, portal.session("ab_med") as ab:
        ja, _ = make_jongere(a, portal.loc_a)
        jb, _ = make_jongere(b, portal.loc_b)
        seen_a = {ch["uuid"] for ch in pull_all(a)[0]}
        seen_b = {ch["uuid"] for ch in pull_all(b)[0]}
        seen_ab = {ch["uuid"] for ch in pull_all(ab)[0]}
    assert ja in seen_a and jb not in seen_a
    assert jb in seen_b and ja not in seen_b
    assert {ja, jb} <= seen_ab


def test_guessed_uuid_of_other_locations_jongere_is_404_on_every_endpoint(portal: Portal) -> None:
    with portal.session("b_med") as b:
        jb, v = make_jongere(b, portal.loc_b, voornaam="Geheim")
        gid = new_id()
        push(
            b,
            op(
                "gesprek",
                gid,
                {"tekst": "Vertrouwelijk", "moment": "2026-03-01"},
                jongere_id=jb,
                immutable=True,
            ),
        )
        pid = new_id()
        push(b, op("plan_versie", pid, {"nummer": 1, "tekst": "Vertrouwelijk"}, jongere_id=jb))
    with portal.session("a_med") as a, portal.session("a_jb") as jba:
        for client in (a, jba):
            for path in (
                f"/v1/jongeren/{jb}/plan",
                f"/v1/jongeren/{jb}/verslagen",
                f"/v1/records/{jb}",
                f"/v1/records/{gid}",
            ):
                r = client.get(path)
                assert r.status_code == 404, path
                assert "Vertrouwelijk" not in r.text and "Geheim" not in r.text
            # The same 404 as for an id that exists nowhere.
            nowhere = client.get(f"/v1/jongeren/{new_id()}/plan")
            assert nowhere.status_code == 404
            assert nowhere.json() == client.get(f"/v1/jongeren/{jb}/plan").json()
        # Writing to it: overwrite, edit with a conflict, attach a child, delete — none reveal or change it.
        results = push(
            a,
            op("jongere", jb, {"voornaam": "Overschreven", "locatie_id": portal.loc_a}, base_version=v),
            op("jongere", jb, {"voornaam": "Overschreven", "locatie_id": portal.loc_a}, base_version=0),
            op("gesprek", gid, {"tekst": "x"}, jongere_id=jb, immutable=True),
            op("gebeurtenis", new_id(), {"notitie": "x"}, jongere_id=jb),
            op("jongere", jb, base_version=v, deleted=True),
            op("jongere", new_id(), {"voornaam": "Nieuw", "locatie_id": portal.loc_b}),
        )
        for res in results:
            assert res["status"] == "rejected", res
            assert "current" not in res
            assert "Geheim" not in str(res) and "Vertrouwelijk" not in str(res)
        assert [r["code"] for r in results] == [
            "not_found",
            "not_found",
            "not_found",
            "unknown_jongere",
            "not_found",
            "forbidden",
        ]
    with portal.session("b_med") as b:
        rec = b.get(f"/v1/records/{jb}").json()["record"]
    assert rec["payload"]["voornaam"] == "Geheim"
    assert rec["open_conflicts"] == []
    assert rec["version"] == v


def test_jeugdbeschermer_reads_plan_and_final_verslagen_of_own_locations(portal: Portal) -> None:
    with portal.session("a_med") as a:
        jid, _ = make_jongere(a, portal.loc_a)
        p1, p2 = new_id(), new_id()
        push(
            a,
            op("plan_versie", p1, {"nummer": 1, "status": "vastgesteld"}, jongere_id=jid),
            op("plan_versie", p2, {"nummer": 2, "status": "concept"}, jongere_id=jid),
            op(
                "gesprek",
                new_id(),
                {"moment": "2026-02-01T10:00", "tekst": "Definitief"},
                jongere_id=jid,
                immutable=True,
            ),
            op("gesprek", new_id(), {"moment": "2026-03-01T10:00", "tekst": "Concept"}, jongere_id=jid),
        )
    with portal.session("a_jb") as jb:
        plan = jb.get(f"/v1/jongeren/{jid}/plan")
        verslagen = jb.get(f"/v1/jongeren/{jid}/verslagen")
    assert plan.status_code == 200
    assert plan.json()["actueel"]["uuid"] == p2
    assert [p["payload"]["nummer"] for p in plan.json()["plannen"]] == [2, 1]
    assert [v["payload"]["tekst"] for v in verslagen.json()["verslagen"]] == ["Definitief"]


def test_jongere_moving_location_takes_records_along_and_old_location_is_told(portal: Portal) -> None:
    with portal.session("ab_med") as ab, portal.session("a_med") as a, portal.session("b_med") as b:
        jid, v = make_jongere(ab, portal.loc_a)
        gid = new_id()
        push(ab, op("gebeurtenis", gid, {"notitie": "mee"}, jongere_id=jid))
        _, cursor_a = pull_all(a)
        _, cursor_b = pull_all(b)
        [moved] = push(
            ab, op("jongere", jid, {"voornaam": "Verhuisd", "locatie_id": portal.loc_b}, base_version=v)
        )
        assert moved["status"] == "applied"
        body_a = a.get("/v1/sync/changes", params={"since": cursor_a}).json()
        changes_b, _ = pull_all(b, cursor_b)
        assert a.get(f"/v1/records/{gid}").status_code == 404
    assert {"jongere_id": jid, "version": moved["version"]} in body_a["removed_youth"]
    assert all(ch["uuid"] not in (jid, gid) for ch in body_a["changes"])
    moved_b = {ch["uuid"]: ch for ch in changes_b}
    assert {jid, gid} <= set(moved_b)
    assert moved_b[gid]["locatie_id"] == portal.loc_b
    assert moved_b[gid]["version"] == moved["version"]


def test_author_who_is_a_portal_user_must_work_at_the_location(portal: Portal) -> None:
    with portal.session("ab_med") as ab:
        jid, _ = make_jongere(ab, portal.loc_a)
        ok = op("gebeurtenis", new_id(), {}, jongere_id=jid)
        ok["author"] = portal.users["a_med"]
        wrong = op("gebeurtenis", new_id(), {}, jongere_id=jid)
        wrong["author"] = portal.users["b_med"]
        res_ok, res_wrong = push(ab, ok, wrong)
        rec = ab.get(f"/v1/records/{ok['uuid']}").json()["record"]
    assert res_ok["status"] == "applied"
    assert rec["author"] == portal.users["a_med"]
    assert res_wrong["status"] == "rejected"
    assert res_wrong["code"] == "author"


def test_health_and_openapi(portal: Portal) -> None:
    with portal.client() as c:
        health = c.get("/v1/health")
        spec = c.get("/openapi.json")
        no_test_route = c.post("/__test__/faults", json={"kind": "clear"})
    assert health.status_code == 200
    assert health.json()["service"] == "kso-portal"
    assert health.json()["api"] == 1
    paths = spec.json()["paths"]
    for path in ("/v1/auth/login", "/v1/auth/refresh", "/v1/sync/changes", "/v1/sync/push", "/v1/health"):
        assert path in paths
    assert "/v1/jongeren/{jongere_id}/plan" in paths
    assert (
        no_test_route.status_code == 404
    )  # the remote fault route exists only with KSO_PORTAL_TEST_FAULTS=1


def test_stored_feed_entries_match_the_records(portal: Portal) -> None:
    """Runs last in this module: after moves, conflicts and all, every stored feed entry is current."""
    with portal.db.read() as s:
        records = s.query(m.Record).all()
        assert records
        stale = [r.uuid for r in records if json.loads(r.feed_json) != json.loads(feed_text(r))]
    assert stale == []
