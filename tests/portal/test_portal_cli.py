"""The ``kso-portal`` command: db upgrade, demo (its account lines), user add, serve; and that a server
full of demo data logs no names, passwords or tokens."""

from __future__ import annotations

import io
import json
import logging
import os
import re
import signal
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from portal_helpers import new_id, op, pull_all, push

from kso_desktop.paths import resources_dir
from kso_portal.app import Settings, create_app
from kso_portal.cli import main
from kso_portal.db import Database
from kso_portal.demo import demo_id
from kso_portal.server import start_in_thread

LINE = re.compile(r"^user: (\S+) password: (\S+)$")


def kso_portal(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kso_portal", *args],
        check=False,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def demo_names() -> list[str]:
    data = json.loads((resources_dir() / "demo" / "demo.json").read_text(encoding="utf-8"))
    names = [w["naam"] for w in data["medewerkers"]]
    for j in data["jongeren"]:
        names += [j["voornaam"], j["achternaam"], j["jeugdbeschermer"][0]]
    return sorted(set(names))


def test_db_upgrade_demo_prints_accounts_and_they_log_in(
    db_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    up = kso_portal("db", "upgrade", "--db", db_url)
    assert up.returncode == 0, up.stderr
    assert "0001" in up.stdout
    demo = kso_portal("demo", "--db", db_url)
    assert demo.returncode == 0, demo.stderr
    lines = demo.stdout.splitlines()
    accounts = dict(LINE.match(line).groups() for line in lines)  # type: ignore[union-attr]
    assert len(accounts) == len(lines)
    assert {"sanne", "eva", "beheer", "l.smit"} <= set(accounts)
    again = kso_portal("demo", "--db", db_url)
    assert again.returncode == 2
    assert "staat al" in again.stderr

    caplog.set_level(logging.DEBUG)
    db = Database(db_url)
    server = start_in_thread(create_app(db, Settings()))
    secrets_seen: list[str] = []
    try:
        with httpx.Client(base_url=server.url, timeout=30) as c:
            sessions = {}
            for user in ("sanne", "ruben", "l.smit", "beheer"):
                body = c.post("/v1/auth/login", json={"username": user, "password": accounts[user]}).json()
                secrets_seen += [body["access_token"], body["refresh_token"]]
                sessions[user] = {"Authorization": f"Bearer {body['access_token']}"}
            assert (
                c.post("/v1/auth/login", json={"username": "sanne", "password": "Yonas Tesfay"}).status_code
                == 401
            )
            assert (
                c.post("/v1/auth/login", json={"username": "Mariam Haddad", "password": "x"}).status_code
                == 401
            )

        def names_seen(user: str) -> set[str]:
            with httpx.Client(base_url=server.url, headers=sessions[user], timeout=30) as s:
                changes, _ = pull_all(s)
            return {f"{ch['payload']['voornaam']} {ch['payload']['achternaam']}" for ch in changes}

        # Sanne works at De Linde; Ruben at Het Anker; the beheerder sees all.
        assert "Yonas Tesfay" in names_seen("sanne")
        assert "Yonas Tesfay" not in names_seen("ruben")
        assert len(names_seen("beheer")) == len(
            json.loads((resources_dir() / "demo/demo.json").read_text())["jongeren"]
        )
        yonas = demo_id("jongere", "Yonas Tesfay")
        with httpx.Client(base_url=server.url, headers=sessions["sanne"], timeout=30) as s:
            [res] = push(
                s, op("gesprek", new_id(), {"tekst": "Yonas vertelde over Mariam Haddad"}, jongere_id=yonas)
            )
            assert res["status"] == "applied"
            bad = s.post("/v1/sync/push", json={"ops": [{"op_id": "x", "payload": {"naam": "Yonas Tesfay"}}]})
            assert bad.status_code == 400
            assert "Yonas" not in bad.text
        with httpx.Client(base_url=server.url, headers=sessions["l.smit"], timeout=30) as s:
            assert s.get(f"/v1/jongeren/{yonas}/verslagen").status_code == 200
    finally:
        server.stop()
        db.dispose()
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "login ok" in text and "push user=" in text  # the capture works and sees the portal's lines
    leaked = [s for s in [*demo_names(), *accounts.values(), *secrets_seen] if s in text]
    assert leaked == []


def test_user_add_with_password_from_stdin(
    db_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # In-process (the same main() as the entry point) to keep the suite quick; serve and demo run as
    # real subprocesses above and below.
    def run(*args: str, stdin: str = "") -> int:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        return main([*args, "--db", db_url])

    assert run("db", "upgrade") == 0
    assert run("org", "add", "--naam", "Stichting Test") == 0
    org = ["--organisatie", "Stichting Test"]  # the demo organisation may be in this database too
    assert run("locatie", "add", "--naam", "Het Huis", "--type", "KWE", *org) == 0
    user = ["user", "add", "--naam", "Pim Test", "--rol", "medewerker", "--locatie", "Het Huis", *org]
    assert run(*user, "--gebruikersnaam", "pim", stdin="geheim-wachtwoord\n") == 0
    assert "Account toegevoegd" in capsys.readouterr().out
    assert run(*user, "--gebruikersnaam", "kort", stdin="kort\n") == 2
    assert "minstens 8 tekens" in capsys.readouterr().err
    assert run(*user, "--gebruikersnaam", "pim", stdin="nog-een-wachtwoord\n") == 2
    assert "bestaat al" in capsys.readouterr().err
    db = Database(db_url)
    server = start_in_thread(create_app(db, Settings()))
    try:
        with httpx.Client(base_url=server.url) as c:
            r = c.post("/v1/auth/login", json={"username": "pim", "password": "geheim-wachtwoord"})
        assert r.status_code == 200
        assert [loc["naam"] for loc in r.json()["user"]["locaties"]] == ["Het Huis"]
    finally:
        server.stop()
        db.dispose()


def test_serve_refuses_an_unmigrated_database_and_serves_a_migrated_one(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'p.db'}"
    refused = kso_portal("serve", "--db", url, "--port", "0")
    assert refused.returncode == 2
    assert "kso-portal db upgrade" in refused.stderr
    assert kso_portal("db", "upgrade", "--db", url).returncode == 0
    port = free_port()
    with subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kso_portal",
            "serve",
            "--db",
            url,
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1", "KSO_PORTAL_TEST_FAULTS": "1"},
    ) as proc:
        try:
            assert proc.stdout is not None
            for line in proc.stdout:  # bounded: the loop ends with the process if it fails to start
                if "Application startup complete" in line or "Uvicorn running" in line:
                    break
            r = httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=30)
            assert r.status_code == 200
            assert r.json()["service"] == "kso-portal"
            # KSO_PORTAL_TEST_FAULTS=1: faults can be queued from another process.
            added = httpx.post(
                f"http://127.0.0.1:{port}/__test__/faults",
                json={"kind": "captive_portal_html", "path": "/v1/health"},
            )
            assert added.status_code == 200
            captive = httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=30)
            assert captive.headers["content-type"].startswith("text/html")
        finally:
            proc.send_signal(signal.SIGINT)
            proc.communicate(timeout=30)
    assert proc.returncode == 0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port
