"""Portal speed: a first full pull, a no-change pull and pushes, against a real portal on loopback.

Baselines are measured in the same run:
- the full pull is compared with fetching the very same JSON page bodies, in the same number of
  requests, from a bare ASGI app on the same uvicorn/loopback (target ≤ 3×, issue 7);
- the no-change pull (one round trip, target ≤ 50 ms) is compared with ``GET /v1/health``.

    .venv/bin/python bench/portal.py [--records 100000] [--jongeren 300] [--db URL]
"""

from __future__ import annotations

import argparse
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
import uvicorn
from sqlalchemy import insert

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import machine_line, print_ratio, print_result, print_table, summarize

from kso_portal import admin
from kso_portal import models as m
from kso_portal.db import Database, upgrade
from kso_portal.schemas import sha256_of

PASSWORD = "bench-wachtwoord"
TEXT = "Afspraak: elke week samen boodschappen doen en het budget bijhouden in het schrift. " * 2


def seed(db: Database, records: int, jongeren: int) -> tuple[str, str]:
    with db.write() as s:
        org = admin.add_organisatie(s, "Bench")
        loc = admin.add_locatie(s, org.id, "Locatie", "KWE").id
        admin.add_user(
            s, org.id, username="bench", naam="Bench", rol="medewerker", password=PASSWORD, locatie_ids=[loc]
        )
        org_id = org.id
    ids = [str(uuid.uuid4()) for _ in range(jongeren)]
    rows: list[dict[str, Any]] = []
    version = 0
    for j in ids:
        version += 1
        jongere: dict[str, Any] = {"voornaam": "J", "achternaam": j[:8], "locatie_id": loc}
        rows.append(_row(org_id, j, "jongere", jongere=j, loc=loc, version=version, payload=jongere))
    for n in range(records - jongeren):
        version += 1
        payload = {"nummer": n, "soort": "gebeurtenis", "tekst": TEXT, "datum": "2026-03-01"}
        rows.append(
            _row(
                org_id,
                str(uuid.uuid4()),
                "gebeurtenis",
                jongere=ids[n % jongeren],
                loc=loc,
                version=version,
                payload=payload,
            )
        )
    with db.write() as s:
        for start in range(0, len(rows), 5000):
            s.execute(insert(m.Record), rows[start : start + 5000])
        org_row = s.get(m.Organisatie, org_id)
        assert org_row is not None
        org_row.version = version
    return org_id, loc


def _row(
    org: str, uid: str, type_: str, *, jongere: str, loc: str, version: int, payload: dict[str, Any]
) -> dict[str, Any]:
    row: dict[str, Any] = {
        "organisatie_id": org,
        "uuid": uid,
        "type": type_,
        "jongere_id": jongere,
        "locatie_id": loc,
        "version": version,
        "deleted": False,
        "purged": False,
        "immutable": False,
        "payload": payload,
        "payload_sha256": sha256_of(payload),
        "author": "bench",
        "pushed_by": None,
        "updated_at": m.utcnow(),
    }
    row["feed_json"] = m.feed_text(m.Record(**row))  # Core inserts skip the ORM hook that fills it
    return row


def full_pull(c: httpx.Client, limit: int) -> tuple[int, list[bytes]]:
    since, count, bodies = 0, 0, []
    while True:
        r = c.get("/v1/sync/changes", params={"since": since, "limit": limit})
        r.raise_for_status()
        bodies.append(r.content)
        body = r.json()
        count += len(body["changes"])
        since = body["next_cursor"]
        if not body["has_more"]:
            return count, bodies


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class Served:
    """A server in a child process on a free loopback port, ready when its health answers."""

    def __init__(self, argv: list[str]) -> None:
        port = free_port()
        self.url = f"http://127.0.0.1:{port}"
        self.proc = subprocess.Popen(
            [a.replace("{port}", str(port)) for a in argv],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(600):
            try:
                httpx.get(self.url + "/v1/health", timeout=1)
                return
            except httpx.TransportError:
                if self.proc.poll() is not None:
                    raise RuntimeError("server did not start") from None
                time.sleep(0.05)
        raise RuntimeError("server did not start")

    def stop(self) -> None:
        self.proc.send_signal(signal.SIGINT)
        self.proc.wait(timeout=30)


def raw_app(bodies: list[bytes]) -> Any:
    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        page = int(scope["query_string"].decode() or 0) if scope["path"] == "/" else 0
        body = bodies[page]
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"application/json")],
            }
        )
        await send({"type": "http.response.body", "body": body})

    return app


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--jongeren", type=int, default=300)
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--db", help="database URL (default: a temp SQLite file)")
    parser.add_argument("--raw-serve", help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.raw_serve:
        folder = Path(args.raw_serve)
        served = [(folder / f"{n}.json").read_bytes() for n in range(len(list(folder.iterdir())))]
        uvicorn.run(raw_app(served), host="127.0.0.1", port=args.port, log_level="warning")
        return
    tmp = tempfile.TemporaryDirectory()
    url = args.db or f"sqlite:///{Path(tmp.name) / 'bench.db'}"
    db = Database(url)
    upgrade(db.engine)
    t0 = time.perf_counter()
    seed(db, args.records, args.jongeren)
    print(f"seeded {args.records} records in {time.perf_counter() - t0:.1f} s ({db.engine.dialect.name})")
    print(machine_line())
    # Both servers run in their own process, as in real use (an in-thread server would share the GIL
    # with the client that parses the answers).
    server = Served([sys.executable, "-m", "kso_portal", "serve", "--db", url, "--port", "{port}"])
    try:
        with httpx.Client(base_url=server.url, timeout=300) as c:
            token = c.post("/v1/auth/login", json={"username": "bench", "password": PASSWORD}).json()[
                "access_token"
            ]
            c.headers["Authorization"] = f"Bearer {token}"
            pulls, raws, nochange, health = [], [], [], []
            bodies: list[bytes] = []
            for _ in range(args.runs):
                t = time.perf_counter()
                count, bodies = full_pull(c, args.limit)
                pulls.append((time.perf_counter() - t) * 1000)
                assert count == args.records, count
            pages = Path(tmp.name) / "pages"
            pages.mkdir()
            for n, b in enumerate(bodies):
                (pages / f"{n}.json").write_bytes(b)
            raw = Served([sys.executable, __file__, "--raw-serve", str(pages), "--port", "{port}"])
            try:
                with httpx.Client(base_url=raw.url, timeout=300) as rc:
                    for _ in range(args.runs):
                        t = time.perf_counter()
                        for page in range(len(bodies)):
                            rc.get(f"/?{page}").json()
                        raws.append((time.perf_counter() - t) * 1000)
            finally:
                raw.stop()
            top = c.get("/v1/sync/changes", params={"since": 0, "limit": 1}).json()["max_version"]
            for _ in range(max(20, args.runs)):
                t = time.perf_counter()
                body = c.get("/v1/sync/changes", params={"since": top}).json()
                nochange.append((time.perf_counter() - t) * 1000)
                assert body["changes"] == [] and not body["has_more"]
                t = time.perf_counter()
                c.get("/v1/health").json()
                health.append((time.perf_counter() - t) * 1000)
            jongere = c.get("/v1/sync/changes", params={"since": 0, "limit": 1}).json()["changes"][0]["uuid"]
            t = time.perf_counter()
            pushed = 0
            for _ in range(10):
                ops = [
                    {"op_id": str(uuid.uuid4()), "type": "gebeurtenis", "uuid": str(uuid.uuid4()),
                     "payload": {"tekst": TEXT}, "author": "bench", "jongere_id": jongere}
                    for _ in range(100)
                ]  # fmt: skip
                results = c.post("/v1/sync/push", json={"ops": ops}).json()["results"]
                pushed += sum(r["status"] == "applied" for r in results)
            push_ms = (time.perf_counter() - t) * 1000
    finally:
        server.stop()
        db.dispose()
        tmp.cleanup()
    size = sum(len(b) for b in bodies)
    pull_s, raw_s, none_s, health_s = (
        summarize(pulls),
        summarize(raws),
        summarize(nochange),
        summarize(health),
    )
    print(f"full pull: {args.records} records, {len(bodies)} pages, {size / 1e6:.1f} MB of JSON")
    print_table(
        [
            ("full pull (portal)", pull_s),
            ("same bytes, bare ASGI", raw_s),
            ("no-change pull", none_s),
            ("GET /v1/health", health_s),
        ]
    )
    print_ratio("full pull / raw transfer", pull_s, raw_s, 3)
    print(f"no-change pull: median {none_s.median_ms:.1f} ms in one round trip (target ≤ 50 ms)")
    print(
        f"push: {pushed} ops in 10 batches of 100: {push_ms:.0f} ms "
        f"({push_ms / max(pushed, 1):.2f} ms per op)"
    )
    print_result(
        "portal_full_pull",
        pull_s,
        raw_s,
        target=3,
        records=args.records,
        bytes=size,
        no_change_ms=round(none_s.median_ms, 1),
        push_ms_per_op=round(push_ms / max(pushed, 1), 2),
    )


if __name__ == "__main__":
    main()
