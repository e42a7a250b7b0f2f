"""A throwaway PostgreSQL server for tests and benches: Debian's PostgreSQL binaries, a cluster in a
temporary directory, listening only on a Unix socket there, gone when the block ends.

PostgreSQL refuses to run as root; under root the cluster belongs to the `postgres` system user
(created by Debian's package) and every command runs through runuser.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest


def _newest_server() -> Path:
    """Debian's server binaries, newest major version installed (15 on Debian 12, 16 on Ubuntu 24.04)."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name))
    return found[-1].parent if found else Path("/usr/lib/postgresql/15/bin")


PG_BIN = _newest_server()
RUN_AS = "postgres"


@dataclass(frozen=True)
class PgCluster:
    socket_dir: Path
    user: str

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{self.user}@/{database}?host={self.socket_dir}"

    def _psql(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(
            host=str(self.socket_dir), user=self.user, dbname="postgres", autocommit=True
        ) as c:
            c.execute(sql)  # type: ignore[arg-type]  # test-made identifiers only

    def new_database(self) -> str:
        """A fresh empty database on this server; returns its SQLAlchemy URL."""
        name = "t_" + uuid.uuid4().hex[:12]
        self._psql(f"CREATE DATABASE {name}")
        return self.url(name)


def _as_owner(argv: list[str]) -> list[str]:
    return ["runuser", "-u", RUN_AS, "--", *argv] if os.geteuid() == 0 else argv


@contextmanager
def pg_cluster(*, settings: dict[str, str] | None = None) -> Iterator[PgCluster]:
    if not (PG_BIN / "initdb").exists():
        raise RuntimeError("PostgreSQL server binaries missing: apt-get install postgresql")
    root = Path(tempfile.mkdtemp(prefix="kiosk-pg-"))
    data, sock = root / "data", root / "sock"
    sock.mkdir()
    user = RUN_AS if os.geteuid() == 0 else os.environ.get("USER", "postgres")
    if os.geteuid() == 0:
        shutil.chown(root, RUN_AS)
        shutil.chown(sock, RUN_AS)
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.PIPE, "check": True}
    subprocess.run(
        _as_owner(
            [str(PG_BIN / "initdb"), "-D", str(data), "-U", user, "--auth=trust", "-E", "UTF8", "--no-sync"]
        ),
        **quiet,  # type: ignore[arg-type]
    )
    # throwaway data: durability off; a socket in our own directory, no TCP port to collide on
    options = {
        "listen_addresses": "''",
        "unix_socket_directories": f"'{sock}'",
        "fsync": "off",
        "synchronous_commit": "off",
        "full_page_writes": "off",
        "max_connections": "200",
        **(settings or {}),
    }
    with open(data / "postgresql.conf", "a") as conf:
        conf.writelines(f"{k} = {v}\n" for k, v in options.items())
    subprocess.run(
        _as_owner(
            [str(PG_BIN / "pg_ctl"), "-D", str(data), "-l", str(root / "log"), "-w", "-t", "60", "start"]
        ),
        **quiet,  # type: ignore[arg-type]
    )
    try:
        yield PgCluster(sock, user)
    finally:
        subprocess.run(
            _as_owner([str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=False,
        )
        shutil.rmtree(root, ignore_errors=True)


DATABASES = ["sqlite", "postgresql"]


def both_databases(request: pytest.FixtureRequest) -> str | None:
    """For a test module's `database_url` fixture with params=DATABASES: a fresh database on the
    session's PostgreSQL server (the `pg` fixture), or None for SQLite."""
    if request.param == "sqlite":
        return None
    cluster: PgCluster = request.getfixturevalue("pg")
    return cluster.new_database()
