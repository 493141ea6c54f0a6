"""Sync with the portal: the initial sync of a contractpartner (300 jongeren, many records) and a no-change
sync, against the raw transfer of the same JSON bytes over the same loopback in the same run.

A real kso_portal runs in this process on 127.0.0.1 (SQLite); its records are written straight into its
database. The initial sync is the real path on a fresh encrypted laptop database: ``services.sync.sync_now()``
(every page fetched, applied in one transaction each, cursor last). The baseline serves the very bytes of
those feed pages from a plain HTTP server on the same loopback and fetches them with the same HTTP client.
Targets (issue 7): initial ≤ 3× the raw transfer; a no-change sync is one round trip, ≤ 50 ms.
"""

from __future__ import annotations

import argparse
import http.server
import shutil
import sys
import tempfile
import threading
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
from _common import machine_line, print_result, print_table, summarize

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import keyring.backend

from kso_desktop.app import open_store
from kso_desktop.credentials import CredentialStore
from kso_desktop.services.context import Actor, Context
from kso_desktop.services.registry import Services
from kso_desktop.sync.engine import PAGE_SIZE
from kso_portal import admin
from kso_portal import models as pm
from kso_portal.app import Settings, create_app
from kso_portal.db import Database, upgrade
from kso_portal.schemas import sha256_of
from kso_portal.server import start_in_thread

PASSWORD = "bench-wachtwoord"
TARGET_RATIO = 3.0
TARGET_NOCHANGE_MS = 50.0


class _Keys(keyring.backend.KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.s: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.s.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.s[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.s.pop((service, username), None)


keyring.backend.KeyringBackend._classes.discard(_Keys)


def seed(db: Database, jongeren: int, records: int) -> tuple[str, str]:
    with db.write() as s:
        org = admin.add_organisatie(s, "Bench")
        loc = admin.add_locatie(s, org.id, "Bench", "KWG").id
        admin.add_user(
            s, org.id, username="bench", naam="Bench", rol="medewerker", password=PASSWORD, locatie_ids=[loc]
        )
        org_id = org.id
    now = datetime.now(UTC)
    rows: list[dict[str, Any]] = []
    ids = [str(uuid.uuid4()) for _ in range(jongeren)]
    version = 0
    for i, jid in enumerate(ids):
        version += 1
        payload = {
            "locatie_id": loc, "voornaam": f"Jongere{i}", "achternaam": "Bench", "roepnaam": "",
            "geboortedatum": "2010-01-01", "geboorteland": "Eritrea", "talen": ["Tigrinya"], "telefoon": "",
            "plaatsing": "2025-09-01", "kennismaking": None, "vertrek": None, "verlengde_opvang_start": None,
            "jeugdbeschermer_naam": "", "jeugdbeschermer_telefoon": "", "jeugdbeschermer_email": "",
            "notities": "Korte notitie over school en sport.",
        }  # fmt: skip
        rows.append(_row(org_id, jid, "jongere", None, loc, version, payload, now))
    for i in range(records):
        version += 1
        jid = ids[i % jongeren]
        payload = {
            "jongere_id": jid,
            "soort": "driegesprek",
            "datum": "2026-01-15",
            "notitie": f"Notitie {i}",
        }
        rows.append(_row(org_id, str(uuid.uuid4()), "gebeurtenis", jid, loc, version, payload, now))
    with db.write() as s:
        # Through the ORM, so the portal's own hooks fill whatever it derives from a record.
        for start in range(0, len(rows), 5000):
            s.add_all([pm.Record(**row) for row in rows[start : start + 5000]])
            s.flush()
        s.get(pm.Organisatie, org_id).version = version  # type: ignore[union-attr]
    return org_id, loc


def _row(  # noqa: PLR0917 - one row's columns, in table order
    org: str, uid: str, type_: str, jid: str | None, loc: str, v: int, payload: Any, now: Any
) -> dict[str, Any]:
    return {
        "organisatie_id": org, "uuid": uid, "type": type_, "jongere_id": jid, "locatie_id": loc, "version": v,
        "deleted": False, "purged": False, "immutable": False, "payload": payload,
        "payload_sha256": sha256_of(payload), "author": "bench", "pushed_by": None, "updated_at": now,
    }  # fmt: skip


def laptop(root: Path, url: str, name: str) -> Services:
    creds = CredentialStore(_Keys())
    store, _key = open_store(root / name, credentials=creds)
    services = Services.create(Context(store, Actor(None, "Bench", f"dev-{name}")))
    services.sync.credentials = creds
    services.sync.login(url, "bench", PASSWORD)
    return services


def raw_pages(url: str, token: str) -> list[bytes]:
    pages: list[bytes] = []
    since = 0
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"}, timeout=120) as c:
        while True:
            r = c.get("/v1/sync/changes", params={"since": since, "limit": PAGE_SIZE})
            pages.append(r.content)
            body = r.json()
            since = body["next_cursor"]
            if not body["has_more"]:
                return pages


def serve_bytes(pages: list[bytes]) -> tuple[http.server.ThreadingHTTPServer, str]:
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            data = pages[int(self.path.rsplit("/", 1)[1])]
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jongeren", type=int, default=300)
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=2, help="initial syncs (each on a fresh laptop)")
    args = parser.parse_args()
    print(machine_line())
    root = Path(tempfile.mkdtemp(prefix="kso-bench-sync-"))
    try:
        db = Database(f"sqlite:///{root / 'portal.db'}")
        upgrade(db.engine)
        seed(db, args.jongeren, args.records)
        server = start_in_thread(create_app(db, Settings()))
        try:
            first = laptop(root, server.url, "probe")
            token = httpx.post(
                f"{server.url}/v1/auth/login", json={"username": "bench", "password": PASSWORD}, timeout=60
            ).json()["access_token"]
            t0 = time.perf_counter()
            pages = raw_pages(server.url, token)
            feed_ms = (time.perf_counter() - t0) * 1000
            total = sum(len(p) for p in pages)
            raw_server, raw_url = serve_bytes(pages)
            initial: list[float] = []
            raw: list[float] = []
            services = first
            for run in range(args.runs):
                with httpx.Client(base_url=raw_url, timeout=120) as c:
                    t0 = time.perf_counter()
                    for i in range(len(pages)):
                        c.get(f"/raw/{i}").content  # noqa: B018 - read the body
                    raw.append((time.perf_counter() - t0) * 1000)
                services = first if run == 0 else laptop(root, server.url, f"run{run}")
                t0 = time.perf_counter()
                rapport = services.sync.sync_now().rapport
                initial.append((time.perf_counter() - t0) * 1000)
                assert rapport.pulled == args.jongeren + args.records, rapport
            nochange: list[float] = []
            requests: list[int] = []
            for _ in range(20):
                t0 = time.perf_counter()
                r = services.sync.sync_now().rapport
                nochange.append((time.perf_counter() - t0) * 1000)
                requests.append(r.requests)
            raw_server.shutdown()
        finally:
            server.stop()
            db.dispose()
        fig, base, quiet = summarize(initial), summarize(raw), summarize(nochange)
        print(
            f"{args.jongeren} jongeren + {args.records} records, {len(pages)} pages, "
            f"{total / 1e6:.1f} MB JSON"
        )
        print_table(
            [("initial sync", fig), ("raw transfer of the same bytes", base), ("no-change sync", quiet)]
        )
        print(f"of which the portal's own feed (fetching the pages, nothing applied): {feed_ms:.0f} ms")
        ratio = fig.median_ms / base.median_ms
        print(f"ratio initial/raw (median): {ratio:.1f}× (target ≤ {TARGET_RATIO:g}×)")
        print(
            f"no-change sync: {max(requests)} round trip(s), median {quiet.median_ms:.1f} ms "
            "(target 1, ≤ 50 ms)"
        )
        print_result(
            "sync-initial",
            fig,
            base,
            target=TARGET_RATIO,
            targets=f"initial sync ≤ {TARGET_RATIO:g}× the raw transfer of the same bytes",
            met=ratio <= TARGET_RATIO,
            records=args.jongeren + args.records,
            megabytes=round(total / 1e6, 1),
        )
        print_result(
            "sync-no-change",
            quiet,
            summarize([TARGET_NOCHANGE_MS]),
            target=TARGET_NOCHANGE_MS,
            targets=f"one round trip, ≤ {TARGET_NOCHANGE_MS:g} ms",
            met=max(requests) == 1 and quiet.median_ms <= TARGET_NOCHANGE_MS,
            round_trips=max(requests),
        )
        return 0
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
