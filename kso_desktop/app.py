"""Composition root: find the data directory, get the key, open and migrate the database, build services.

The GUI is imported only when it is started, so the CLI runs without a display.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kso_desktop.domain.validation import ValidationError
from kso_desktop.paths import write_new_private
from kso_desktop.services.context import Actor, Context
from kso_desktop.services.registry import Services
from kso_desktop.storage import migrate
from kso_desktop.storage.engine import DbKey, Store, create_db_engine, restore_from
from kso_desktop.storage.errors import StorageError, WrongKeyError
from kso_desktop.storage.meta import get_meta, set_meta

if TYPE_CHECKING:
    from kso_desktop.credentials import CredentialStore

log = logging.getLogger(__name__)

DB_NAME = "kso.db"
DEMO_DB_NAME = "kso-demo.db"
SYSTEM_ACTOR = "Beheer (geen medewerker gekozen)"


class PassphraseRequiredError(StorageError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"De database {path} is beveiligd met een wachtwoordzin. Start KSO Desktop met --passphrase "
            "en typ de wachtwoordzin."
        )


class KeyMissingError(StorageError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"De sleutel van de database {path} staat niet in de sleutelopslag (keyring) van deze "
            "computer. Zonder die sleutel kan de database niet worden geopend; er is niets gewijzigd en "
            "er is geen nieuwe database gemaakt. Zet de sleutel terug of neem contact op met de beheerder."
        )


@dataclass(frozen=True, slots=True)
class Location:
    """Where one database and its key description live."""

    data_dir: Path
    demo: bool

    @property
    def folder(self) -> Path:
        return self.data_dir / "demo" if self.demo else self.data_dir

    @property
    def db_path(self) -> Path:
        return self.folder / (DEMO_DB_NAME if self.demo else DB_NAME)

    @property
    def key_info_path(self) -> Path:
        """Not secret: says where the key is (which keyring entry, or that a passphrase is used)."""
        return self.db_path.with_name(self.db_path.name + ".sleutel.json")

    @property
    def demo_key_path(self) -> Path:
        return self.db_path.with_name("kso-demo.key")


def _resolve_key(loc: Location, credentials: CredentialStore | None, passphrase: str | None) -> DbKey:
    exists = loc.db_path.exists()
    if loc.demo:
        # Demo data is fictional: its key may sit beside it, so `make run` works without a keyring.
        if loc.demo_key_path.exists():
            key = DbKey(raw_hex=loc.demo_key_path.read_text().strip())
            if not key.is_valid():
                raise WrongKeyError(loc.db_path)
            return key
        if exists:
            raise KeyMissingError(loc.db_path)
        key = DbKey.generate()
        assert key.raw_hex is not None
        write_new_private(loc.demo_key_path, key.raw_hex.encode())
        return key
    if passphrase is not None:
        if not exists:
            loc.key_info_path.write_text(json.dumps({"sleutel": "wachtwoordzin"}))
        return DbKey(passphrase=passphrase)
    if credentials is None:
        # keyring (and its backends) load only on this path; the demo never needs them.
        from kso_desktop.credentials import CredentialStore

        credentials = CredentialStore()
    creds = credentials
    if exists:
        info = json.loads(loc.key_info_path.read_text()) if loc.key_info_path.exists() else {}
        if info.get("sleutel") == "wachtwoordzin":
            raise PassphraseRequiredError(loc.db_path)
        name = info.get("keyring")
        secret = creds.get(name) if name else None
        if not secret:
            raise KeyMissingError(loc.db_path)
        return DbKey(raw_hex=secret)
    name = f"database:{uuid.uuid4()}"
    key = DbKey.generate()
    assert key.raw_hex is not None
    creds.set(name, key.raw_hex)
    if creds.get(name) != key.raw_hex:  # some backends accept a write they cannot give back
        raise KeyMissingError(loc.db_path)
    loc.key_info_path.write_text(json.dumps({"sleutel": "keyring", "keyring": name}))
    return key


def open_store(
    data_dir: Path,
    *,
    demo: bool = False,
    credentials: CredentialStore | None = None,
    passphrase: str | None = None,
) -> tuple[Store, DbKey]:
    """Open (creating on first use) and migrate the database. Raises StorageError with a Dutch message."""
    loc = Location(Path(data_dir), demo)
    loc.folder.mkdir(parents=True, exist_ok=True)
    key = _resolve_key(loc, credentials, passphrase)
    store = Store(create_db_engine(loc.db_path, key), loc.db_path)
    try:
        backup = migrate.upgrade(store)
    except Exception:
        store.close()
        raise
    if backup is not None:
        log.info("database migrated; copy taken first at %s", backup)
    return store, key


def restore_backup(
    data_dir: Path,
    backup: Path,
    *,
    demo: bool = False,
    credentials: CredentialStore | None = None,
    passphrase: str | None = None,
    now: datetime | None = None,
) -> Path | None:
    """Replace the database in ``data_dir`` by ``backup``; returns where the previous database was kept.

    A backup is encrypted with the key of the database it came from, so this needs that key: the one
    this data folder already uses (keyring or demo key), or the passphrase. Nothing changes when the
    backup cannot be opened with it. The restored file is migrated if it is older than this version.
    """
    loc = Location(Path(data_dir), demo)
    if not Path(backup).is_file():
        raise StorageError(f"De back-up {backup} bestaat niet; er is niets teruggezet.")
    if not loc.db_path.exists() and passphrase is None and not demo:
        raise StorageError(
            f"In {loc.folder} staat geen database, dus ook geen sleutel om de back-up mee te openen. "
            "Zet de back-up terug in de map van de database waar hij van is gemaakt, of gebruik "
            "--passphrase als die database een wachtwoordzin had. Er is niets gewijzigd."
        )
    loc.folder.mkdir(parents=True, exist_ok=True)
    key = _resolve_key(loc, credentials, passphrase)
    stamp = f"{(now or datetime.now(UTC)):%Y%m%d-%H%M%S}"
    aside = restore_from(Path(backup), loc.db_path, key, stamp=stamp)
    store, _key = open_store(data_dir, demo=demo, credentials=credentials, passphrase=passphrase)
    store.close()
    return aside


def build_services(store: Store, *, medewerker_id: str | None = None, laatste: bool = True) -> Services:
    """Services acting as ``medewerker_id``, or as the last medewerker chosen on this database.

    ``laatste=False`` (the CLI): without ``medewerker_id`` act as the system, with all rights (see
    ``domain.rechten``): whoever can run the CLI holds the database key, and so the data, already.
    """
    with store.write() as s:
        device = get_meta(s, "device_id")
        if device is None:
            device = str(uuid.uuid4())
            set_meta(s, "device_id", device)
        last = get_meta(s, "medewerker_id")
    services = Services.create(Context(store, Actor(None, SYSTEM_ACTOR, device)))
    if medewerker_id:
        services.act_as(medewerker_id)  # asked for explicitly: an unknown id is an error
    elif last and laatste:
        try:
            services.act_as(last)
        except ValidationError:
            log.info("last medewerker no longer exists; starting without one")
    return services


def open_app(
    data_dir: Path,
    *,
    demo: bool = False,
    credentials: CredentialStore | None = None,
    passphrase: str | None = None,
    medewerker_id: str | None = None,
    laatste_medewerker: bool = True,
) -> tuple[Services, DbKey]:
    """Everything the GUI or a CLI command needs; the demo database is filled on first use."""
    store, key = open_store(data_dir, demo=demo, credentials=credentials, passphrase=passphrase)
    try:
        if demo:
            from kso_desktop.services.demo import ensure_demo_data

            ensure_demo_data(store)
        services = build_services(store, medewerker_id=medewerker_id, laatste=laatste_medewerker)
    except Exception:
        store.close()
        raise
    return services, key


def run_gui(services: Services, argv: list[str]) -> int:
    from kso_desktop.gui.main import run

    return run(services, argv)


def can_show_windows() -> bool:
    """True when a window would reach a person: a real display, not the offscreen test platform."""
    if os.environ.get("QT_QPA_PLATFORM", "") in {"offscreen", "minimal"}:
        return False
    if sys.platform in {"win32", "darwin"}:
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def show_startup_error(message: str) -> None:
    """Tell the person who double-clicked the app why it did not start (stderr is not seen then)."""
    if not can_show_windows():
        return
    from kso_desktop.gui.main import show_fatal_error

    show_fatal_error(message)
