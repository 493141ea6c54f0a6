"""Log files and crash reports hold no personal data: no names, no birth dates (AVG; issue 8)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _cli(data_dir: Path, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "kso_desktop", "--demo", "--data-dir", str(data_dir), *args],
        cwd=ROOT,
        env=dict(os.environ, KSO_LOG_LEVEL="DEBUG", QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return result.stdout


def _personal_data(jongeren: list[dict[str, str]]) -> set[str]:
    found = set()
    for j in jongeren:
        found.update(part for part in j["naam"].split() if len(part) > 3)
        born = date.fromisoformat(j["geboortedatum"])
        found.update({born.isoformat(), f"{born:%d-%m-%Y}"})
        for key in ("mentor", "jeugdbeschermer"):
            if j.get(key):
                found.update(part for part in j[key].split() if len(part) > 3)
    return found


def test_a_demo_session_at_debug_level_logs_no_names_or_birth_dates(tmp_path: Path) -> None:
    jongeren = json.loads(_cli(tmp_path, "jongeren", "list", "--json"))
    # The demo jongere with a plan and gesprekken, so the commands read the most text.
    first = next(j["id"] for j in jongeren if j["naam"] == "Daniel Tekle")
    for args in (
        ("plan", "show", first),
        ("gesprekken", "list", first),
        ("audit", first),
        ("deadlines",),
        ("search", "school"),
        ("db", "check"),
    ):
        _cli(tmp_path, *args)

    logs = list((tmp_path / "demo" / "logs").glob("*"))
    assert logs, "the CLI must write its log file"
    text = "\n".join(p.read_text(encoding="utf-8") for p in logs)
    leaked = sorted(word for word in _personal_data(jongeren) if word in text)
    assert leaked == [], leaked


CRASH = """
import sys
from pathlib import Path
from kso_desktop.logsetup import install_crash_handler

install_crash_handler(Path(sys.argv[1]))

def save_note(text):
    raise ValueError("could not save: " + text)

save_note("Yonas Tesfay, geboren 2009-07-13, heeft hoofdpijn")
"""


def test_a_crash_report_names_the_place_but_not_the_words(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", CRASH, str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert result.returncode == 1  # Python's own handling still runs after the report is written
    reports = list((tmp_path / "logs").glob("crash-*.txt"))
    assert len(reports) == 1, result.stderr
    report = reports[0].read_text(encoding="utf-8")
    assert "builtins.ValueError" in report
    assert "in save_note" in report
    assert "Yonas" not in report and "2009-07-13" not in report and "hoofdpijn" not in report
