"""Helpers shared by the portal tests: the running portal's handle and small push/pull wrappers."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

import httpx

from kso_portal.db import Database
from kso_portal.faults import FaultPlan
from kso_portal.server import RunningServer

PASSWORD = "wachtwoord-voor-tests"


@dataclass
class Portal:
    """A running portal with one organisation: locations A and B, and accounts on each."""

    url: str
    db_url: str
    db: Database
    server: RunningServer
    org_id: str
    loc_a: str
    loc_b: str
    users: dict[str, str]  # username -> user id
    kind: str
    faults: FaultPlan
    tokens: dict[str, str] = field(default_factory=dict)

    def client(self) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=30)

    def login(self, username: str, password: str = PASSWORD) -> dict[str, Any]:
        with self.client() as c:
            r = c.post("/v1/auth/login", json={"username": username, "password": password})
        assert r.status_code == 200, r.text
        body: dict[str, Any] = r.json()
        return body

    def session(self, username: str) -> httpx.Client:
        """A client logged in as ``username``; one login per user per module (argon2 is slow on purpose)."""
        token = self.tokens.get(username)
        if token is None:
            token = self.tokens[username] = self.login(username)["access_token"]
        return httpx.Client(base_url=self.url, timeout=30, headers={"Authorization": f"Bearer {token}"})


def new_id() -> str:
    return str(uuid.uuid4())


def op(type_: str, uuid_: str, payload: dict[str, Any] | None = None, **kw: Any) -> dict[str, Any]:
    return {
        "op_id": new_id(),
        "type": type_,
        "uuid": uuid_,
        "payload": payload or {},
        "author": "tester",
        **kw,
    }


def push(c: httpx.Client, *ops: dict[str, Any]) -> list[dict[str, Any]]:
    r = c.post("/v1/sync/push", json={"ops": list(ops)})
    assert r.status_code == 200, r.text
    results: list[dict[str, Any]] = r.json()["results"]
    return results


def pull_all(c: httpx.Client, since: int = 0, limit: int = 500) -> tuple[list[dict[str, Any]], int]:
    out: list[dict[str, Any]] = []
    while True:
        r = c.get("/v1/sync/changes", params={"since": since, "limit": limit})
        assert r.status_code == 200, r.text
        body = r.json()
        out.extend(body["changes"])
        since = body["next_cursor"]
        if not body["has_more"]:
            return out, since


def make_jongere(c: httpx.Client, locatie_id: str, voornaam: str = "Testjongere") -> tuple[str, int]:
    jid = new_id()
    [res] = push(c, op("jongere", jid, {"voornaam": voornaam, "locatie_id": locatie_id}))
    assert res["status"] == "applied", res
    return jid, res["version"]
