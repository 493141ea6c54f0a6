"""Putting a backup back (`kso-desktop db restore`): checked first, the current database kept aside."""

from __future__ import annotations

from pathlib import Path

from cli_testkit import Run

from kso_desktop.app import open_app
from kso_desktop.domain.entities import LocatieGegevens
from kso_desktop.domain.enums import LocatieType
from kso_desktop.storage.engine import DbKey, Store, create_db_engine


def _locaties(data_dir: Path) -> set[str]:
    services, _key = open_app(data_dir, demo=True)
    try:
        return {loc.gegevens.naam for loc in services.organisatie.locaties()}
    finally:
        services.ctx.store.close()


def _add_locatie(data_dir: Path, naam: str) -> None:
    services, _key = open_app(data_dir, demo=True, laatste_medewerker=False)  # the system: may add one
    try:
        services.organisatie.add_locatie(LocatieGegevens(naam=naam, type=LocatieType.KWE))
    finally:
        services.ctx.store.close()


def test_restore_brings_back_the_backup_and_keeps_the_newer_database_aside(run: Run, tmp_path: Path) -> None:
    backup = tmp_path / "backup.db"
    assert run("--data-dir", tmp_path, "--demo", "db", "backup", backup).code == 0
    _add_locatie(tmp_path, "De Nieuwe Haven")
    assert "De Nieuwe Haven" in _locaties(tmp_path)

    result = run("--data-dir", tmp_path, "--demo", "db", "restore", backup)

    assert result.code == 0, result.err
    assert "teruggezet" in result.out
    assert "De Nieuwe Haven" not in _locaties(tmp_path)
    aside = next((tmp_path / "demo").glob("kso-demo.db.voor-herstel-*"))
    assert str(aside) in result.out
    key = DbKey(raw_hex=(tmp_path / "demo" / "kso-demo.key").read_text().strip())
    engine = create_db_engine(aside, key)
    try:
        with Store(engine, aside).read() as s:
            names = {row[0] for row in s.connection().exec_driver_sql("SELECT naam FROM locatie")}
    finally:
        engine.dispose()
    assert "De Nieuwe Haven" in names  # the words written after the backup are not lost
    assert run("--data-dir", tmp_path, "--demo", "db", "check").code == 0


def test_a_backup_made_with_another_key_changes_nothing(run: Run, tmp_path: Path) -> None:
    other = tmp_path / "other"
    backup = tmp_path / "other-backup.db"
    assert run("--data-dir", other, "--demo", "db", "backup", backup).code == 0
    mine = tmp_path / "mine"
    assert run("--data-dir", mine, "--demo", "db", "check").code == 0
    before = (mine / "demo" / "kso-demo.db").read_bytes()

    result = run("--data-dir", mine, "--demo", "db", "restore", backup)

    assert result.code == 1
    assert "de sleutel klopt niet" in result.err
    assert "Traceback" not in result.err
    assert (mine / "demo" / "kso-demo.db").read_bytes() == before
    assert sorted(p.name for p in (mine / "demo").iterdir() if "herstel" in p.name) == []


def test_a_missing_backup_file_is_named(run: Run, tmp_path: Path) -> None:
    result = run("--data-dir", tmp_path, "--demo", "db", "restore", tmp_path / "weg.db")
    assert result.code == 1
    assert "weg.db bestaat niet" in result.err


def test_without_a_database_there_is_no_key_to_open_the_backup(run: Run, tmp_path: Path) -> None:
    backup = tmp_path / "backup.db"
    backup.write_bytes(b"x" * 8192)
    result = run("--data-dir", tmp_path / "leeg", "db", "restore", backup)
    assert result.code == 1
    assert "geen database, dus ook geen sleutel" in result.err
    assert not (tmp_path / "leeg" / "kso.db").exists()
