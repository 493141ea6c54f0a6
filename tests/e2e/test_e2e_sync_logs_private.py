"""Every log a real login + sync writes is free of personal data and secrets (issue 8).

A real ``kso-portal`` process (demo organisation) and the real ``kso-desktop`` CLI on the embedded demo data,
at DEBUG level: the desktop's log files, the CLI's stderr, the portal's own log output and the sync log kept
in the database (refusal reasons, last error) are searched for the demo jongeren's names and birth dates, the
password and the refresh token that went to the keyring.
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import httpx
import pytest

from kso_desktop.app import open_app
from kso_desktop.credentials import CredentialStore
from kso_desktop.storage import models as m
from kso_desktop.storage.meta import get_meta

ROOT = Path(__file__).resolve().parents[2]
ACCOUNT = re.compile(r"^user: (\S+) password: (\S+)$")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _run(*argv: str, stdin: str = "", env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *argv],
        input=stdin,
        cwd=ROOT,
        env=env or dict(os.environ),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
    )


@pytest.fixture
def demo_portal(tmp_path: Path) -> Iterator[tuple[str, dict[str, str], Path]]:
    """A real portal process with the demo organisation; yields its URL, accounts and its log file."""
    url = f"sqlite:///{tmp_path / 'portal.db'}"
    assert _run("-m", "kso_portal", "db", "upgrade", "--db", url).returncode == 0
    demo = _run("-m", "kso_portal", "demo", "--db", url)
    assert demo.returncode == 0, demo.stderr
    accounts = dict(ACCOUNT.match(line).groups() for line in demo.stdout.splitlines())  # type: ignore[union-attr]
    port = _free_port()
    log_path = tmp_path / "portal.log"
    with log_path.open("w", encoding="utf-8") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "kso_portal", "serve", "--db", url, "--port", str(port)],
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        try:
            base = f"http://127.0.0.1:{port}"
            for _ in range(600):  # bounded wait for the port to answer (at most a minute)
                try:
                    if httpx.get(f"{base}/v1/health", timeout=1).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                assert proc.poll() is None, log_path.read_text(encoding="utf-8")
                time.sleep(0.1)
            yield base, accounts, log_path
        finally:
            proc.send_signal(signal.SIGINT)
            proc.wait(timeout=30)


def _personal_data(jongeren: list[dict[str, str]]) -> set[str]:
    found = set()
    for j in jongeren:
        found.update(part for part in j["naam"].split() if len(part) > 3)
        born = date.fromisoformat(j["geboortedatum"])
        found.update({born.isoformat(), f"{born:%d-%m-%Y}"})
    return found


def test_login_and_sync_leave_no_names_birth_dates_passwords_or_tokens_in_any_log(
    demo_portal: tuple[str, dict[str, str], Path], tmp_path: Path
) -> None:
    portal_url, accounts, portal_log = demo_portal
    data_dir = tmp_path / "desktop"
    env = dict(os.environ, KSO_LOG_LEVEL="DEBUG", QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")

    def kso(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return _run("-m", "kso_desktop", "--demo", "--data-dir", str(data_dir), *args, stdin=stdin, env=env)

    stderr: list[str] = []
    # sanne works on one location: the demo laptop's other jongeren are refused, so refusal reasons are
    # written too (they stay refused until someone retries them); beheer then pulls every location.
    secrets: set[str] = set()
    for user in ("sanne", "beheer"):
        password = accounts[user]
        secrets.add(password)
        login = kso("login", "--portal", portal_url, "--user", user, stdin=password + "\n")
        assert login.returncode == 0, login.stderr
        for _ in range(2):
            sync = kso("sync", "--json")
            stderr.append(sync.stderr)
            assert json.loads(sync.stdout)["ok"] is True, sync.stdout
        stderr += [login.stderr, kso("sync", "status", "--json").stderr]
    jongeren = json.loads(kso("jongeren", "list", "--json").stdout)

    services, _key = open_app(data_dir, demo=True)
    try:
        with services.ctx.store.read() as s:
            pushed = s.query(m.Jongere).filter(m.Jongere.server_version.is_not(None)).count()
            sync_log = [q.melding for q in s.query(m.SyncQuarantaine)] + [get_meta(s, "sync.fout") or ""]
        token = CredentialStore().portal_refresh_token(services.ctx.actor.device_id, portal_url)
    finally:
        services.ctx.store.close()
    # Some demo jongeren reached the portal, and refusals were written, so both paths were searched.
    assert 0 < pushed <= len(jongeren)
    assert len(sync_log) > 1
    assert token, "the refresh token must be in the keyring"
    secrets.add(token)

    logs = {p.name: p.read_text(encoding="utf-8") for p in (data_dir / "demo" / "logs").glob("*")}
    logs["portal"] = portal_log.read_text(encoding="utf-8")
    logs["stderr"] = "\n".join(stderr)
    logs["sync_log"] = "\n".join(sync_log)
    assert "POST /v1/sync/push" in logs["portal"] and "/v1/sync/push" in "".join(logs.values())

    leaked = {
        name: sorted(word for word in _personal_data(jongeren) | secrets if word in text)
        for name, text in logs.items()
    }
    assert all(not words for words in leaked.values()), leaked
    assert not any("Bearer" in text or "refresh_token" in text for text in logs.values())
