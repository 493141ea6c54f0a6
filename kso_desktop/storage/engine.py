"""Opening the encrypted database: SQLCipher key, WAL, foreign keys, and serialised writes."""

from __future__ import annotations

import os
import secrets
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from kso_desktop.storage.errors import DatabaseCorruptError, WrongKeyError

_DB_ERRORS = (sqlcipher3.dbapi2.DatabaseError,)
#: Page cache of a bulk-write connection (KiB, as a negative ``cache_size``): SQLite fills it only as far
#: as the work needs; a whole contractpartner's indexes fit.
BULK_CACHE_KIB = -65536
#: WAL pages before an automatic checkpoint during bulk writes (the default is 1000, which a page of the
#: initial sync exceeds on its own: every commit would also copy the WAL into the database).
BULK_WAL_PAGES = 20000


@dataclass(frozen=True, slots=True)
class DbKey:
    """A raw 256-bit key (from the keyring) or a passphrase (the documented fallback)."""

    raw_hex: str | None = None
    passphrase: str | None = None

    @classmethod
    def generate(cls) -> DbKey:
        return cls(raw_hex=secrets.token_hex(32))

    def is_valid(self) -> bool:
        try:
            self.pragma_value()
        except ValueError:
            return False
        return True

    def pragma_value(self) -> str:
        if self.raw_hex is not None:
            if len(self.raw_hex) != 64 or any(c not in "0123456789abcdefABCDEF" for c in self.raw_hex):
                raise ValueError("raw key must be 64 hex characters")
            return f"\"x'{self.raw_hex}'\""
        if not self.passphrase:
            raise ValueError("empty passphrase")
        return "'" + self.passphrase.replace("'", "''") + "'"

    def __repr__(self) -> str:  # never print the key material
        return "DbKey(<verborgen>)"


def _connect(path: Path, key: DbKey) -> Any:
    conn = sqlcipher3.dbapi2.connect(str(path), check_same_thread=False, timeout=10.0)
    # Transactions are begun explicitly by the engine events below (see SQLAlchemy's pysqlite notes).
    conn.isolation_level = None
    try:
        # SQLCipher's own log would print "hmac check failed" to stderr on a wrong key; the
        # WrongKeyError below says it in Dutch, and nothing of the database goes to a log.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {key.pragma_value()}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except _DB_ERRORS as exc:
        conn.close()
        raise WrongKeyError(path) from exc
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    # FULL: a committed edit (and its outbox row) survives a power cut.
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA busy_timeout = 10000")
    return conn


def create_db_engine(path: Path, key: DbKey) -> Engine:
    """An engine on the encrypted file at ``path``; raises :class:`WrongKeyError` on a wrong key."""
    path = Path(path)
    engine = create_engine(
        "sqlite+pysqlite://",
        module=sqlcipher3.dbapi2,
        creator=lambda: _connect(path, key),
        pool_pre_ping=False,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # Write units take the database write lock up front, so two writers never deadlock
        # half-way through a read-then-write (SQLITE_BUSY_SNAPSHOT in WAL mode).
        immediate = conn.get_execution_options().get("kso_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    # Fail now, with the Dutch message, rather than at the first query somewhere in the GUI.
    with engine.connect() as conn:
        conn.exec_driver_sql("SELECT 1")
    return engine


class Store:
    """Session factory with short read units and serialised write units."""

    def __init__(self, engine: Engine, path: Path) -> None:
        self.engine = engine
        self.path = path
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write = sessionmaker(engine.execution_options(kso_write=True), expire_on_commit=False)
        self._write_lock = threading.Lock()

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on any exception."""
        with self._write_lock, self._write() as session, session.begin():
            yield session

    @contextmanager
    def bulk_writes(self) -> Iterator[Callable[[], AbstractContextManager[Session]]]:
        """Write units for a long run of large writes (a sync's pull), all on one connection.

        Yields a function that opens one unit (like :meth:`write`: serialised, committed at the end of the
        block, rolled back on an exception). Durability is the same as :meth:`write` (WAL, synchronous
        FULL, every unit its own commit); only work is saved: the connection keeps a large page cache
        between units instead of reading and decrypting the same index pages again, and the WAL is
        checkpointed once at the end instead of after nearly every large commit.
        """
        with self.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            old_cache = raw.execute("PRAGMA cache_size").fetchone()[0]
            old_checkpoint = raw.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
            raw.execute(f"PRAGMA cache_size = {BULK_CACHE_KIB}")
            raw.execute(f"PRAGMA wal_autocheckpoint = {BULK_WAL_PAGES}")
            pinned = conn.execution_options(kso_write=True)
            make = sessionmaker(pinned, expire_on_commit=False, join_transaction_mode="rollback_only")

            @contextmanager
            def unit() -> Iterator[Session]:
                with self._write_lock, make() as session, session.begin():
                    yield session

            try:
                yield unit
            finally:
                raw.execute(f"PRAGMA cache_size = {int(old_cache)}")
                raw.execute(f"PRAGMA wal_autocheckpoint = {int(old_checkpoint)}")
                with suppress(*_DB_ERRORS):  # a later commit checkpoints instead
                    raw.execute("PRAGMA wal_checkpoint(PASSIVE)")

    def integrity_check(self) -> list[str]:
        with self.engine.connect() as conn:
            rows = conn.exec_driver_sql("PRAGMA integrity_check").fetchall()
            fk = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        problems = [str(r[0]) for r in rows if r[0] != "ok"]
        problems += [f"foreign key: {tuple(r)}" for r in fk]
        return problems

    def checkpoint(self) -> None:
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        self.engine.dispose()


def backup_to(store: Store, target: Path, key: DbKey) -> None:
    """Write an encrypted copy of the whole database to ``target`` with ``key`` (sqlcipher_export)."""
    target = Path(target)
    if target.exists():
        raise FileExistsError(target)
    with store.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute(f"ATTACH DATABASE ? AS backup KEY {key.pragma_value()}", (str(target),))
        try:
            raw.execute("SELECT sqlcipher_export('backup')")
        finally:
            raw.execute("DETACH DATABASE backup")


def ensure_readable(path: Path, key: DbKey) -> None:
    """Open, check and close: raises WrongKeyError or DatabaseCorruptError."""
    engine = create_db_engine(path, key)
    try:
        store = Store(engine, path)
        problems = store.integrity_check()
        if problems:
            raise DatabaseCorruptError(path, "; ".join(problems[:3]))
    finally:
        engine.dispose()


def restore_from(backup: Path, target: Path, key: DbKey, *, stamp: str) -> Path | None:
    """Put ``backup`` in place of the database at ``target``; returns where the old database was kept.

    The backup is checked (key and integrity) before anything changes. The current database, with its
    WAL and shared-memory files, is moved aside as ``<name>.voor-herstel-<stamp>``, never deleted: a
    restore that picked the wrong file can be undone. The new file is written beside the target, flushed
    to disk and then renamed into place, so a power cut leaves either the old or the new database.
    """
    backup, target = Path(backup), Path(target)
    ensure_readable(backup, key)
    tmp = target.with_name(target.name + ".herstel-tmp")
    with backup.open("rb") as src, tmp.open("wb") as dst:
        while chunk := src.read(1 << 20):
            dst.write(chunk)
        dst.flush()
        os.fsync(dst.fileno())
    aside: Path | None = None
    if target.exists():
        aside = target.with_name(f"{target.name}.voor-herstel-{stamp}")
        for suffix in ("", "-wal", "-shm"):
            part = target.with_name(target.name + suffix)
            if part.exists():
                os.replace(part, aside.with_name(aside.name + suffix))
    os.replace(tmp, target)
    return aside
