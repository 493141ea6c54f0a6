"""Push and pull against a real portal server: idempotency, conflicts kept, submissions, tombstones,
paging, and version order under concurrent writers."""

from __future__ import annotations

import json
import threading
from typing import Any

import httpx
import pytest
from portal_helpers import Portal, make_jongere, new_id, op, pull_all, push
from sqlalchemy import update

from kso_portal import models as m
from kso_portal.cli import main
from kso_portal.schemas import sha256_of


def test_push_then_pull_round_trip(portal: Portal) -> None:
    with portal.session("a_med") as a, portal.session("a_med2") as a2:
        _, cursor = pull_all(a2)
        jid, _ = make_jongere(a, portal.loc_a)
        gid = new_id()
        [res] = push(
            a, op("gebeurtenis", gid, {"soort": "driegesprek", "datum": "2026-03-01"}, jongere_id=jid)
        )
        assert res["status"] == "applied"
        changes, _ = pull_all(a2, cursor)
        by_uuid = {ch["uuid"]: ch for ch in changes}
        assert by_uuid[gid]["payload"] == {"soort": "driegesprek", "datum": "2026-03-01"}
        assert by_uuid[gid]["jongere_id"] == jid
        assert by_uuid[gid]["locatie_id"] == portal.loc_a
        assert by_uuid[jid]["payload"]["voornaam"] == "Testjongere"
        assert by_uuid[gid]["version"] > by_uuid[jid]["version"]


def test_push_lost_response_after_commit_retry_is_duplicate_not_second_record(portal: Portal) -> None:
    with portal.session("a_med") as a:
        jid, _ = make_jongere(a, portal.loc_a)
        the_op = op("overdracht", new_id(), {"tekst": "Rustige nacht"}, jongere_id=jid)
        # The push commits, then the answer is lost on the way back (a 502 from a proxy).
        portal.faults.fail_after_commit("/v1/sync/push", 502)
        lost = a.post("/v1/sync/push", json={"ops": [the_op]})
        assert lost.status_code == 502
        # The client resends the identical frozen op.
        [again] = push(a, the_op)
        [third] = push(a, the_op)
    assert again["status"] == "duplicate"
    assert again["original_status"] == "applied"
    assert third == again
    with portal.db.read() as s:
        rows = s.query(m.Record).filter_by(uuid=the_op["uuid"]).all()
        history = s.query(m.RecordHistory).filter_by(uuid=the_op["uuid"]).all()
    assert len(rows) == 1
    assert len(history) == 1
    assert again["version"] == rows[0].version


def test_push_timeout_before_commit_retry_applies_once(portal: Portal) -> None:
    with portal.session("a_med") as a:
        jid, _ = make_jongere(a, portal.loc_a)
        the_op = op("overdracht", new_id(), {"tekst": "Nog een nacht"}, jongere_id=jid)
        portal.faults.fail_before_commit("/v1/sync/push", 503)
        assert a.post("/v1/sync/push", json={"ops": [the_op]}).status_code == 503
        assert a.get(f"/v1/records/{the_op['uuid']}").status_code == 404
        [res] = push(a, the_op)
    assert res["status"] == "applied"


def test_injected_rate_limit_and_captive_portal_answers(portal: Portal) -> None:
    """The test-only fault layer gives the client session the answers it must survive."""
    with portal.session("a_med") as a:
        portal.faults.rate_limited("/v1/sync/changes", retry_after=7)
        limited = a.get("/v1/sync/changes")
        portal.faults.captive_portal_html("/v1/sync/changes")
        captive = a.get("/v1/sync/changes")
        normal = a.get("/v1/sync/changes")
    assert limited.status_code == 429
    assert limited.headers["Retry-After"] == "7"
    assert captive.status_code == 200
    assert captive.headers["content-type"].startswith("text/html")
    assert "kso-portal" not in captive.text
    assert normal.json()["service"] == "kso-portal"


def test_same_op_id_different_payload_rejected_422(portal: Portal) -> None:
    with portal.session("a_med") as a:
        jid, _ = make_jongere(a, portal.loc_a)
        the_op = op("overdracht", new_id(), {"tekst": "Eerste"}, jongere_id=jid)
        push(a, the_op)
        r = a.post("/v1/sync/push", json={"ops": [{**the_op, "payload": {"tekst": "Anders"}}]})
    assert r.status_code == 422
    assert r.json()["code"] == "op_id_reused"
    with portal.db.read() as s:
        rec = s.get(m.Record, (portal.org_id, the_op["uuid"]))
        assert rec is not None
        assert rec.payload == {"tekst": "Eerste"}


def test_stale_base_version_conflict_keeps_both_versions(portal: Portal) -> None:
    with portal.session("a_med") as a, portal.session("a_med2") as b:
        jid, _ = make_jongere(a, portal.loc_a)
        pid = new_id()
        [v1] = push(a, op("plan_versie", pid, {"nummer": 1, "doel": "Fietsen"}, jongere_id=jid))
        [a_edit] = push(
            a,
            op(
                "plan_versie",
                pid,
                {"nummer": 1, "doel": "Zwemmen"},
                jongere_id=jid,
                base_version=v1["version"],
            ),
        )
        b_op = op(
            "plan_versie", pid, {"nummer": 1, "doel": "Koken"}, jongere_id=jid, base_version=v1["version"]
        )
        [b_edit] = push(b, b_op)
        assert a_edit["status"] == "applied"
        assert b_edit["status"] == "conflict"
        assert b_edit["reason"] == "stale"
        assert b_edit["current"]["payload"]["doel"] == "Zwemmen"
        assert b_edit["current_version"] > a_edit["version"]
        # The stale words are on the server, readable by everyone at the location.
        record = a.get(f"/v1/records/{pid}").json()["record"]
        assert record["payload"]["doel"] == "Zwemmen"
        [conflict] = record["open_conflicts"]
        assert conflict["payload"]["doel"] == "Koken"
        assert conflict["conflict_id"] == b_edit["conflict_id"]
        assert conflict["base_version"] == v1["version"]
        # ... and ride along in the change feed.
        feed, _ = pull_all(a, record["version"] - 1)
        assert [c["payload"]["doel"] for ch in feed if ch["uuid"] == pid for c in ch["open_conflicts"]] == [
            "Koken"
        ]
        # Retrying the conflicted op is a duplicate that repeats the conflict answer.
        [retry] = push(b, b_op)
        assert retry["status"] == "duplicate"
        assert retry["original_status"] == "conflict"
        # A person resolves it: an upsert on the current version that names the conflict.
        [resolved] = push(
            b,
            op(
                "plan_versie",
                pid,
                {"nummer": 1, "doel": "Zwemmen en koken"},
                jongere_id=jid,
                base_version=b_edit["current_version"],
                resolves=[b_edit["conflict_id"]],
            ),
        )
        assert resolved["status"] == "applied"
        record = a.get(f"/v1/records/{pid}").json()["record"]
        assert record["open_conflicts"] == []
        assert record["payload"]["doel"] == "Zwemmen en koken"


def test_edit_locally_vs_delete_on_server_creates_conflict_not_deletion(portal: Portal) -> None:
    with portal.session("a_med") as a, portal.session("a_med2") as b:
        jid, _ = make_jongere(a, portal.loc_a)
        did = new_id()
        [v1] = push(a, op("gebeurtenis", did, {"notitie": "eerste"}, jongere_id=jid))
        [deleted] = push(a, op("gebeurtenis", did, jongere_id=jid, base_version=v1["version"], deleted=True))
        assert deleted["status"] == "applied"
        [edit] = push(
            b, op("gebeurtenis", did, {"notitie": "bijgewerkt"}, jongere_id=jid, base_version=v1["version"])
        )
        assert edit["status"] == "conflict"
        assert edit["reason"] == "deleted"
        assert edit["current"]["deleted"] is True
        assert edit["current"]["open_conflicts"][0]["payload"] == {"notitie": "bijgewerkt"}
        # "Herstellen": push again on the tombstone's current version.
        [restore] = push(
            b,
            op(
                "gebeurtenis",
                did,
                {"notitie": "bijgewerkt"},
                jongere_id=jid,
                base_version=edit["current_version"],
            ),
        )
        assert restore["status"] == "applied"
        rec = a.get(f"/v1/records/{did}").json()["record"]
        assert rec["deleted"] is False
        assert rec["payload"] == {"notitie": "bijgewerkt"}
        # Deleted locally on a stale version while edited on the server: conflict, the edit stays.
        [stale_delete] = push(
            a, op("gebeurtenis", did, jongere_id=jid, base_version=v1["version"], deleted=True)
        )
        assert stale_delete["status"] == "conflict"
        assert a.get(f"/v1/records/{did}").json()["record"]["deleted"] is False
        # Deleting what the portal never had: gone, nothing stored.
        [never] = push(a, op("gebeurtenis", new_id(), jongere_id=jid, deleted=True))
        assert never == {"op_id": never["op_id"], "status": "gone", "reason": "unknown"}


def test_immutable_submission_identical_is_noop_different_is_conflict(portal: Portal) -> None:
    with portal.session("a_med") as a:
        jid, _ = make_jongere(a, portal.loc_a)
        vid = new_id()
        verslag = {"soort": "driegesprek", "moment": "2026-03-01T10:00:00", "tekst": "Afspraken gemaakt"}
        [first] = push(a, op("gesprek", vid, verslag, jongere_id=jid, immutable=True))
        # Same uuid and content, new op (e.g. the laptop lost its outbox row and resubmits).
        [same] = push(a, op("gesprek", vid, dict(verslag), jongere_id=jid, immutable=True))
        [other] = push(
            a, op("gesprek", vid, {**verslag, "tekst": "Iets anders"}, jongere_id=jid, immutable=True)
        )
        [edit] = push(
            a,
            op(
                "gesprek", vid, {**verslag, "tekst": "Bewerkt"}, jongere_id=jid, base_version=first["version"]
            ),
        )
        assert first["status"] == "applied"
        assert same == {
            "op_id": same["op_id"],
            "status": "duplicate",
            "uuid": vid,
            "version": first["version"],
        }
        assert other["status"] == "conflict"
        assert other["reason"] == "immutable"
        assert edit["status"] == "conflict"
        rec = a.get(f"/v1/records/{vid}").json()["record"]
        assert rec["payload"]["tekst"] == "Afspraken gemaakt"
        assert sorted(c["payload"]["tekst"] for c in rec["open_conflicts"]) == ["Bewerkt", "Iets anders"]
        # A correction supersedes it; a second correction of the same old version is a supersede conflict.
        c1, c2 = new_id(), new_id()
        [corr] = push(
            a,
            op(
                "gesprek",
                c1,
                {**verslag, "tekst": "Correctie 1"},
                jongere_id=jid,
                immutable=True,
                supersedes=vid,
            ),
        )
        [late] = push(
            a,
            op(
                "gesprek",
                c2,
                {**verslag, "tekst": "Correctie 2"},
                jongere_id=jid,
                immutable=True,
                supersedes=vid,
            ),
        )
        assert corr["status"] == "applied"
        assert late["status"] == "conflict"
        assert late["reason"] == "superseded"
        assert late["uuid"] == c1
        old = a.get(f"/v1/records/{vid}").json()["record"]
        assert old["superseded_by"] == c1
        head = a.get(f"/v1/records/{c1}").json()["record"]
        assert [c["payload"]["tekst"] for c in head["open_conflicts"]] == ["Correctie 2"]
        assert a.get(f"/v1/records/{c2}").status_code == 404


def test_tombstones_in_changes(portal: Portal) -> None:
    with portal.session("a_med") as a, portal.session("a_med2") as b:
        jid, _ = make_jongere(a, portal.loc_a)
        _, cursor = pull_all(b)
        rid = new_id()
        [v1] = push(a, op("gebeurtenis", rid, {"notitie": "weg"}, jongere_id=jid))
        push(a, op("gebeurtenis", rid, jongere_id=jid, base_version=v1["version"], deleted=True))
        changes, _ = pull_all(b, cursor)
    [tomb] = [ch for ch in changes if ch["uuid"] == rid]
    assert tomb["deleted"] is True
    assert tomb["payload"] is None
    assert tomb["version"] > v1["version"]


def test_paging_with_cursor_returns_everything_once(portal: Portal) -> None:
    with portal.session("a_med") as a, portal.session("a_med2") as b:
        _, start = pull_all(b)
        jid, _ = make_jongere(a, portal.loc_a)
        ids = [new_id() for _ in range(23)]
        results = push(a, *[op("gebeurtenis", i, {"n": n}, jongere_id=jid) for n, i in enumerate(ids)])
        assert {r["status"] for r in results} == {"applied"}
        pages = []
        since = start
        while True:
            body = b.get("/v1/sync/changes", params={"since": since, "limit": 5}).json()
            pages.append(body)
            assert body["next_cursor"] >= since
            since = body["next_cursor"]
            if not body["has_more"]:
                break
        seen = [ch["uuid"] for p in pages for ch in p["changes"]]
    assert len(pages) == 5
    assert all(len(p["changes"]) == 5 for p in pages[:-1])
    assert sorted(seen) == sorted([jid, *ids])
    assert len(seen) == len(set(seen))
    assert pages[-1]["next_cursor"] == pages[-1]["max_version"]
    versions = [ch["version"] for p in pages for ch in p["changes"]]
    assert versions == sorted(versions)


def test_postgres_change_feed_never_skips_commit_out_of_order(portal: Portal) -> None:
    """Concurrent pushers and a poller: the poller's cursor walk sees every record exactly once, and the
    versions of the writes are gapless (one per committed write)."""
    with portal.session("a_med") as a:
        jid, start = make_jongere(a, portal.loc_a)
        token = a.headers["Authorization"]
    written: list[tuple[str, int]] = []
    lock = threading.Lock()
    done = threading.Event()
    errors: list[BaseException] = []

    def writer(n: int) -> None:
        try:
            with httpx.Client(base_url=portal.url, headers={"Authorization": token}, timeout=60) as c:
                for k in range(8):
                    rid = new_id()
                    [res] = push(c, op("gebeurtenis", rid, {"w": n, "k": k}, jongere_id=jid))
                    assert res["status"] == "applied"
                    with lock:
                        written.append((rid, res["version"]))
        except BaseException as exc:
            errors.append(exc)

    seen: dict[str, int] = {}
    with httpx.Client(base_url=portal.url, headers={"Authorization": token}, timeout=60) as poller:
        threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
        for t in threads:
            t.start()
        cursor = start
        polls = 0
        while not done.is_set():
            finished = all(not t.is_alive() for t in threads)
            changes, cursor = pull_all(poller, cursor, limit=7)
            polls += 1
            for ch in changes:
                assert ch["uuid"] not in seen, "a record came twice in one cursor walk"
                seen[ch["uuid"]] = ch["version"]
            if finished:
                done.set()
        for t in threads:
            t.join()
    assert not errors, errors
    assert polls > 1
    assert {rid for rid, _ in written} <= set(seen)
    versions = sorted(v for _, v in written)
    assert versions == list(range(start + 1, start + 1 + len(written)))


def test_jeugdbeschermer_cannot_push(portal: Portal) -> None:
    with portal.session("a_jb") as jb:
        r = jb.post("/v1/sync/push", json={"ops": [op("jongere", new_id(), {"locatie_id": portal.loc_a})]})
    assert r.status_code == 403


def test_malformed_push_is_400_and_roster_is_read_only(portal: Portal) -> None:
    with portal.session("a_med") as a:
        bad = a.post("/v1/sync/push", json={"ops": [{"op_id": "niet-een-uuid", "type": "jongere"}]})
        [roster] = push(a, op("locatie", new_id(), {"naam": "Nieuw"}, locatie_id=portal.loc_a))
    assert bad.status_code == 400
    assert bad.json()["code"] == "bad_request"
    assert roster["status"] == "rejected"
    assert roster["code"] == "read_only"


def test_protocol_version_mismatch_clear_dutch_message(portal: Portal) -> None:
    with portal.client() as c:
        r = c.get("/v1/health", headers={"KSO-Sync-Version": "99"})
        ok = c.get("/v1/health", headers={"KSO-Sync-Version": "1"})
    assert r.status_code == 426
    assert "Werk KSO Desktop bij" in r.json()["message_nl"]
    assert ok.status_code == 200
    assert ok.json()["service"] == "kso-portal"


def test_writer_holding_its_transaction_open_is_never_skipped_by_the_feed(portal: Portal) -> None:
    """sync-protocol §8 #39: the first writer holds its transaction open; the second waits for it; a
    poller between the commits sees neither, and after both commits sees both."""
    with portal.session("a_med") as a:
        jid, _ = make_jongere(a, portal.loc_a)
        _, cursor = pull_all(a)
        token = a.headers["Authorization"]
        slow_id, fast_op = new_id(), op("gebeurtenis", new_id(), {"n": "snel"}, jongere_id=jid)
        result: dict[str, Any] = {}

        def second_writer() -> None:
            with httpx.Client(base_url=portal.url, headers={"Authorization": token}, timeout=60) as c:
                result.update(push(c, fast_op)[0])

        with portal.db.write() as s:
            version = s.execute(
                update(m.Organisatie)
                .where(m.Organisatie.id == portal.org_id)
                .values(version=m.Organisatie.version + 1)
                .returning(m.Organisatie.version)
            ).scalar_one()
            s.add(
                m.Record(
                    organisatie_id=portal.org_id,
                    uuid=slow_id,
                    type="gebeurtenis",
                    jongere_id=jid,
                    locatie_id=portal.loc_a,
                    version=version,
                    payload={"n": "traag"},
                    payload_sha256=sha256_of({"n": "traag"}),
                    author="tester",
                    pushed_by=None,
                )
            )
            s.flush()
            writer = threading.Thread(target=second_writer)
            writer.start()
            writer.join(timeout=0.5)
            assert writer.is_alive(), "the second writer must wait for the first one's commit"
            between, mid_cursor = pull_all(a, cursor)
            assert between == []
            assert mid_cursor < version
        writer.join()
        after, _ = pull_all(a, mid_cursor)
    assert result["status"] == "applied"
    assert result["version"] == version + 1
    assert [ch["uuid"] for ch in after] == [slow_id, fast_op["uuid"]]


def test_purged_youth_erased_and_resubmission_gone(
    portal: Portal, capsys: pytest.CaptureFixture[str]
) -> None:
    with portal.session("a_med") as a, portal.session("a_med2") as b:
        jid, _ = make_jongere(a, portal.loc_a, voornaam="Wisbaar")
        _, cursor = pull_all(b)
        pid = new_id()
        plan_op = op("plan_versie", pid, {"nummer": 1, "tekst": "Te wissen tekst"}, jongere_id=jid)
        [v1] = push(a, plan_op)
        [conflict] = push(b, op("plan_versie", pid, {"tekst": "Ook weg"}, jongere_id=jid, base_version=0))
        assert conflict["status"] == "conflict"
        assert main(["purge", "--db", portal.db_url, "--jongere", jid, "--organisatie", portal.org_id]) == 0
        assert "Gewist: 2 records" in capsys.readouterr().out
        changes, _ = pull_all(b, cursor)
        purged = {ch["uuid"]: ch for ch in changes}
        assert purged[jid]["purged"] is True
        assert purged[pid]["purged"] is True
        assert purged[pid]["payload"] is None
        assert purged[pid]["open_conflicts"] == []
        # Nothing a laptop sends can bring it back, not even a replay of the op that made it.
        results = push(
            b,
            op("plan_versie", pid, {"tekst": "terug"}, jongere_id=jid, base_version=purged[pid]["version"]),
            op("gebeurtenis", new_id(), {}, jongere_id=jid),
            op(
                "jongere",
                jid,
                {"voornaam": "Terug", "locatie_id": portal.loc_a},
                base_version=purged[jid]["version"],
            ),
            plan_op,
        )
        assert [(r["status"], r["reason"]) for r in results] == [("gone", "purged")] * 4
        assert a.get(f"/v1/jongeren/{jid}/plan").status_code == 404
    with portal.db.read() as s:
        texts = [
            str(h.payload) for h in s.query(m.RecordHistory).filter(m.RecordHistory.uuid.in_([jid, pid]))
        ]
        stored = [r.result for r in s.query(m.OpResult).filter_by(op_id=v1["op_id"])]
    assert texts and all("Wisbaar" not in t and "Te wissen" not in t for t in texts)
    assert stored == [{"status": "gone", "reason": "purged"}]


def test_server_restored_marks_a_new_epoch(portal: Portal, capsys: pytest.CaptureFixture[str]) -> None:
    with portal.session("a_med") as a:
        before = a.get("/v1/sync/changes").json()["server_epoch"]
        assert main(["db", "restored", "--db", portal.db_url]) == 0
        after = a.get("/v1/sync/changes").json()["server_epoch"]
    assert "Nieuw tijdperk" in capsys.readouterr().out
    assert after != before


def test_oversized_body_is_413_and_nothing_applied(portal: Portal) -> None:
    with portal.session("a_med") as a:
        jid, _ = make_jongere(a, portal.loc_a)
        big = op("overdracht", new_id(), {"tekst": "x" * 5_100_000}, jongere_id=jid)
        r = a.post("/v1/sync/push", json={"ops": [big]})
        assert r.status_code == 413
        assert r.json()["code"] == "too_large"
        assert a.get(f"/v1/records/{big['uuid']}").status_code == 404


def test_stored_feed_entries_match_the_records_after_everything(portal: Portal) -> None:
    """Runs last in this module: after supersedes, purges, conflicts and restores, every stored feed
    entry equals the record it stands for."""
    with portal.db.read() as s:
        records = s.query(m.Record).all()
        assert records
        stale = [r.uuid for r in records if json.loads(r.feed_json) != json.loads(m.feed_text(r))]
    assert stale == []
