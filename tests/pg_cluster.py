"""A throwaway PostgreSQL cluster on 127.0.0.1 for the portal and sync tests (one per test session).

Skipped only when the PostgreSQL binaries are not installed; `make test` installs them when run as root.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg
import pytest


def _pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@dataclass
class PgCluster:
    bin: Path
    datadir: Path
    port: int
    run_as: list[str]
    _names: Any = field(default_factory=itertools.count)

    def new_database(self) -> str:
        name = f"portal_{os.getpid()}_{next(self._names)}"
        with psycopg.connect(
            f"host=127.0.0.1 port={self.port} user=portal dbname=postgres", autocommit=True
        ) as c:
            c.execute(f'CREATE DATABASE "{name}"')
        return f"postgresql+psycopg://portal@127.0.0.1:{self.port}/{name}"


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster | None]:
    pg_bin = _pg_bin()
    if pg_bin is None:
        yield None
        return
    root = Path(tempfile.mkdtemp(prefix="kso-portal-pg-"))
    run_as: list[str] = []
    if os.geteuid() == 0:
        # PostgreSQL refuses to run as root: run the cluster as an unprivileged user owning the temp dir.
        shutil.chown(root, "nobody", "nogroup")
        run_as = ["runuser", "-u", "nobody", "--"]
    datadir = root / "data"
    port = _free_port()
    env = {**os.environ, "LC_ALL": "C.UTF-8", "HOME": str(root)}
    subprocess.run(
        [*run_as, str(pg_bin / "initdb"), "-D", str(datadir), "-A", "trust", "-U", "portal", "-E", "UTF8"],
        check=True,
        capture_output=True,
        env=env,
        cwd=root,
    )
    options = f"-c listen_addresses=127.0.0.1 -p {port} -k {root} -c fsync=off -c max_connections=100"
    subprocess.run(
        [
            *run_as,
            str(pg_bin / "pg_ctl"),
            "-D",
            str(datadir),
            "-o",
            options,
            "-l",
            str(root / "log"),
            "-w",
            "start",
        ],
        check=True,
        capture_output=True,
        env=env,
        cwd=root,
    )
    try:
        yield PgCluster(pg_bin, datadir, port, run_as)
    finally:
        subprocess.run(
            [*run_as, str(pg_bin / "pg_ctl"), "-D", str(datadir), "-m", "fast", "-w", "stop"],
            check=False,
            capture_output=True,
            env=env,
            cwd=root,
        )
        shutil.rmtree(root, ignore_errors=True)


def database_url(kind: str, pg_cluster: PgCluster | None, tmp_path_factory: Any) -> str:
    """A fresh portal database of this kind: a SQLite file, or a new database in the cluster."""
    if kind == "sqlite":
        return f"sqlite:///{tmp_path_factory.mktemp('portal') / 'portal.db'}"
    if pg_cluster is None:
        pytest.skip("PostgreSQL binaries not installed (make deps-system installs them)")
    return pg_cluster.new_database()
