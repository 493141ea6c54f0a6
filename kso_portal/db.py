"""The portal's database: engine per URL, sessions, and alembic migrations run in-process."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).with_name("migrations")
HEAD_REVISION = "0001"


class SchemaError(RuntimeError):
    """The database schema is missing or not at the version this code expects."""


def normalise_url(url: str) -> str:
    """Accept plain ``postgresql://`` URLs and route them to psycopg 3."""
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def make_engine(url: str) -> Engine:
    url = normalise_url(url)
    kwargs: dict[str, Any] = {"future": True}
    if url.startswith("sqlite"):
        # One writer at a time: wait for the lock instead of failing at once.
        kwargs["connect_args"] = {"timeout": 30, "check_same_thread": False}
    else:
        kwargs["pool_size"] = 10
        kwargs["max_overflow"] = 10
        kwargs["pool_pre_ping"] = True
    # Never put bound values (names, texts) into SQL log lines, whatever the log level.
    engine = create_engine(url, hide_parameters=True, **kwargs)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        # pysqlite's own transaction handling defers BEGIN; take the write lock at BEGIN instead, so the
        # counter bump and the rest of a write are one serialised unit (as the row lock does on PostgreSQL).
        @event.listens_for(engine, "connect")
        def _no_autobegin(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None

        @event.listens_for(engine, "begin")
        def _begin(conn: Any) -> None:
            readonly = conn.get_execution_options().get("kso_readonly", False)
            conn.exec_driver_sql("BEGIN" if readonly else "BEGIN IMMEDIATE")

    return engine


class Database:
    """An engine plus a session factory; ``write()`` and ``read()`` are the units of work."""

    def __init__(self, url: str) -> None:
        self.engine = make_engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._readers = sessionmaker(self.engine.execution_options(kso_readonly=True), expire_on_commit=False)

    @contextmanager
    def write(self) -> Iterator[Session]:
        with self._sessions() as s, s.begin():
            yield s

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._readers() as s, s.begin():
            yield s

    def dispose(self) -> None:
        self.engine.dispose()


def _alembic_config() -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        from sqlalchemy import text

        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine) -> str | None:
    """Bring the schema to the head revision. Returns the revision it started from."""
    from alembic import command

    before = current_revision(engine)
    if before == HEAD_REVISION:
        return before
    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return before


def check_schema(engine: Engine) -> None:
    rev = current_revision(engine)
    if rev != HEAD_REVISION:
        raise SchemaError(
            f"Database staat op schema {rev or 'leeg'}, verwacht {HEAD_REVISION}: draai eerst "
            "`kso-portal db upgrade --db URL`."
        )
