"""``python -m kso_desktop`` as a real process: JSON on stdout, Dutch errors on stderr, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def _kso(data_dir: Path, *argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kso_desktop", "--data-dir", str(data_dir), *argv],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
        cwd=data_dir,
        env={**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})},
    )


def test_jongeren_list_json_in_a_real_process(tmp_path: Path) -> None:
    proc = _kso(tmp_path, "--demo", "jongeren", "list", "--json")
    assert proc.returncode == 0, proc.stderr
    rows = {r["naam"]: r for r in json.loads(proc.stdout)}
    assert rows["Yonas Tesfay"]["locatie"] == "De Linde"
    assert rows["Yonas Tesfay"]["mentor"] == "Sanne de Vries"
    assert "Mohamed Ali" not in rows

    alle = _kso(tmp_path, "--demo", "jongeren", "list", "--json", "--alle")
    assert alle.returncode == 0, alle.stderr
    assert "Mohamed Ali" in {r["naam"] for r in json.loads(alle.stdout)}


def test_unknown_jongere_in_a_real_process(tmp_path: Path) -> None:
    proc = _kso(tmp_path, "--demo", "audit", "bestaat-niet")
    assert proc.returncode == 1
    assert proc.stderr.strip() == "kso-desktop: Jongere niet gevonden."
    assert proc.stdout == ""


def test_no_keyring_is_a_dutch_error(tmp_path: Path) -> None:
    proc = _kso(tmp_path, "db", "check", env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
    assert proc.returncode == 1
    assert "geen beveiligde sleutelopslag (keyring)" in proc.stderr
    assert "--passphrase" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not (tmp_path / "kso.db").exists()
