"""``kso-desktop --smoke-test`` as an IT admin runs it after installing: all parts checked, nothing left."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import secretstorage

ROOT = Path(__file__).resolve().parents[2]
STEPS = ("sleutelopslag", "database", "demodata", "pdf", "afdrukvoorbeeld", "vertalingen", "hoofdvenster")


def _run(env_extra: dict[str, str], home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home), **env_extra)
    return subprocess.run(
        [sys.executable, "-m", "kso_desktop", "--smoke-test"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def _keyring_labels() -> list[str]:
    with secretstorage.dbus_init() as conn:
        collection = secretstorage.get_default_collection(conn)
        return sorted(item.get_label() for item in collection.get_all_items())


@pytest.mark.keyring
def test_smoke_test_passes_every_step_and_leaves_the_keyring_as_it_was(tmp_path: Path) -> None:
    if os.environ.get("KSO_TEST_SECRET_SERVICE") != "1":
        pytest.fail("needs the throwaway Secret Service of tools/with-test-session.sh (run via `make test`)")
    before = _keyring_labels()

    result = _run({}, tmp_path)

    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    for step in STEPS:
        assert any(line.startswith(f"ok   {step}:") for line in lines), (step, result.stdout)
    assert lines[-1] == "rooktest geslaagd"
    assert "gemigreerd tot" in result.stdout
    assert "'Cancel' = 'Annuleren'" in result.stdout
    assert "kso_desktop_en ('&Afsluiten' = '&Quit')" in result.stdout
    assert _keyring_labels() == before
    assert not list(tmp_path.rglob("*.db")), "the throwaway database must be removed"


def test_smoke_test_without_a_keyring_names_the_failing_steps_and_exits_1(tmp_path: Path) -> None:
    result = _run({"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}, tmp_path)

    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert any(line.startswith("FOUT sleutelopslag: Er is geen beveiligde sleutelopslag") for line in lines)
    assert any(line.startswith("FOUT database:") for line in lines)
    # The parts that need no keyring are still checked and reported.
    assert any(line.startswith("ok   demodata:") for line in lines)
    assert any(line.startswith("ok   hoofdvenster:") for line in lines)
    assert lines[-1] == "rooktest MISLUKT: 2 stap(pen) fout"
