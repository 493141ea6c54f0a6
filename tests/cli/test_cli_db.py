"""Opening the database from the command line: keys, passphrases, integrity check and backups."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from cli_testkit import Run

from kso_desktop.storage.engine import DbKey, Store, ensure_readable
from kso_desktop.storage.errors import WrongKeyError

SQLITE_HEADER = b"SQLite format 3\x00"


def _demo_db(data_dir: Path) -> Path:
    return data_dir / "demo" / "kso-demo.db"


def _demo_key(data_dir: Path) -> DbKey:
    return DbKey(raw_hex=(data_dir / "demo" / "kso-demo.key").read_text().strip())


def test_db_check(run: Run, tmp_path: Path) -> None:
    result = run("--data-dir", tmp_path, "--demo", "db", "check")
    assert result.code == 0
    assert result.out.strip() == "Database in orde."
    assert _demo_db(tmp_path).read_bytes()[:16] != SQLITE_HEADER  # encrypted on disk


def test_db_check_reports_problems(run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Store, "integrity_check", lambda self: ["*** in database main *** Page 3: kapot"])
    result = run("--data-dir", tmp_path, "--demo", "db", "check")
    assert result.code == 1
    assert "Page 3: kapot" in result.err
    assert "in orde" not in result.out


def test_db_backup_is_encrypted_with_the_same_key(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "backup.db"
    result = run("--data-dir", tmp_path, "--demo", "db", "backup", target)
    assert result.code == 0, result.err
    assert str(target) in result.out
    assert "dezelfde sleutel" in result.out
    data = target.read_bytes()
    assert len(data) > 4096
    assert data[:16] != SQLITE_HEADER
    ensure_readable(target, _demo_key(tmp_path))  # opens, integrity ok
    with pytest.raises(WrongKeyError):
        ensure_readable(target, DbKey(raw_hex="ab" * 32))


def test_db_backup_refuses_existing_file(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "backup.db"
    assert run("--data-dir", tmp_path, "--demo", "db", "backup", target).code == 0
    before = target.read_bytes()
    result = run("--data-dir", tmp_path, "--demo", "db", "backup", target)
    assert result.code == 1
    assert "bestaat al" in result.err
    assert "Traceback" not in result.err
    assert target.read_bytes() == before


def test_db_backup_into_missing_folder(run: Run, tmp_path: Path) -> None:
    result = run("--data-dir", tmp_path, "--demo", "db", "backup", tmp_path / "nergens" / "backup.db")
    assert result.code == 1
    assert "bestaat niet" in result.err


def test_wrong_demo_key_changes_nothing(run: Run, tmp_path: Path) -> None:
    assert run("--data-dir", tmp_path, "--demo", "jongeren", "list").code == 0
    key_file = tmp_path / "demo" / "kso-demo.key"
    other = "cd" * 32 if key_file.read_text().strip() != "cd" * 32 else "ef" * 32
    key_file.write_text(other)
    before = _demo_db(tmp_path).read_bytes()
    result = run("--data-dir", tmp_path, "--demo", "jongeren", "list", "--json")
    assert result.code == 1
    assert "de sleutel klopt niet" in result.err
    assert "Er is niets gewijzigd." in result.err
    assert result.out == ""
    assert _demo_db(tmp_path).read_bytes() == before


def test_missing_demo_key_is_a_dutch_error(run: Run, tmp_path: Path) -> None:
    assert run("--data-dir", tmp_path, "--demo", "db", "check").code == 0
    (tmp_path / "demo" / "kso-demo.key").unlink()
    result = run("--data-dir", tmp_path, "--demo", "db", "check")
    assert result.code == 1
    assert "staat niet in de sleutelopslag" in result.err


def _with_stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(text))


def test_passphrase_database(run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _with_stdin(monkeypatch, "a\n")
    created = run("--data-dir", tmp_path, "--passphrase", "jongeren", "list", "--json")
    assert created.code == 0, created.err
    assert json.loads(created.out) == []
    db = tmp_path / "kso.db"
    assert db.read_bytes()[:16] != SQLITE_HEADER
    before = db.read_bytes()

    _with_stdin(monkeypatch, "b\n")
    wrong = run("--data-dir", tmp_path, "--passphrase", "jongeren", "list", "--json")
    assert wrong.code == 1
    assert "de sleutel klopt niet" in wrong.err
    assert "Traceback" not in wrong.err
    assert db.read_bytes() == before

    _with_stdin(monkeypatch, "a\n")
    again = run("--data-dir", tmp_path, "--passphrase", "db", "check")
    assert again.code == 0, again.err
    assert "Database in orde." in again.out


def test_empty_passphrase_is_refused(run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _with_stdin(monkeypatch, "")
    result = run("--data-dir", tmp_path, "--passphrase", "db", "check")
    assert result.code == 1
    assert "Geen wachtwoordzin opgegeven" in result.err
    assert not (tmp_path / "kso.db").exists()


def test_passphrase_and_demo_do_not_mix(run: Run, tmp_path: Path) -> None:
    result = run("--data-dir", tmp_path, "--demo", "--passphrase", "db", "check")
    assert result.code == 2
    assert "--passphrase" in result.err


@pytest.mark.parametrize(
    "argv",
    [
        ["jongeren"],
        ["db"],
        ["db", "backup"],
        ["onbekend"],
        ["deadlines", "--json", "--onbekend"],
        ["screenshot", "uit.png", "--size", "groot"],
    ],
)
def test_usage_errors_exit_2(run: Run, tmp_path: Path, argv: list[str]) -> None:
    result = run("--data-dir", tmp_path, "--demo", *argv)
    assert result.code == 2
    assert "fout:" in result.err
    assert not (tmp_path / "demo").exists()  # nothing opened


def test_help_exits_0(run: Run) -> None:
    result = run("--help")
    assert result.code == 0
    assert "jongeren" in result.out
