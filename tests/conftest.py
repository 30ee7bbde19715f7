"""Test configuration.

* Every test gets its own data folder (``DESK_DATA_DIR``) and Qt settings folder, so nothing
  touches the user's real files.
* ``db_url`` / ``db`` give a fresh database per test, once on SQLite and once on a real
  PostgreSQL server started for the test session with the ``pgserver`` package.
* GUI tests run offscreen; Qt warnings fail them (``qt_log_level_fail`` in pyproject.toml).
* Services check the acting user's role: tests act as the local system administrator unless
  marked ``no_actor``.
"""

from __future__ import annotations

import os
import tempfile
import uuid
from pathlib import Path

import pytest

# Before anything imports Qt: no screen, and Qt's settings kept away from the real home.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_QT_HOME = tempfile.mkdtemp(prefix="desk-tests-xdg-")
os.environ["XDG_CONFIG_HOME"] = _QT_HOME
os.environ.setdefault("XDG_RUNTIME_DIR", _QT_HOME)

ROOT = Path(__file__).resolve().parent.parent


def pytest_collection_modifyitems(items):
    for item in items:
        if "/gui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("DESK_DATA_DIR", str(tmp_path / "userdata"))
    monkeypatch.delenv("DESK_DB_URL", raising=False)


@pytest.fixture(autouse=True)
def _acting(request):
    """Services check who acts. Tests act as the local system (an administrator) unless they
    are about roles (``@pytest.mark.no_actor``) and sign in themselves."""
    from desk_app.domain.roles import SYSTEM
    from desk_app.services import auth

    if request.node.get_closest_marker("no_actor"):
        with auth.acting_as(None):
            yield
        return
    with auth.acting_as(SYSTEM):
        yield


# --------------------------------------------------------------------------- PostgreSQL


class PostgresServer:
    """A PostgreSQL server for the whole test session; one new database per test."""

    def __init__(self, base: Path):
        import pgserver

        self._server = pgserver.get_server(base, cleanup_mode="stop")
        uri = self._server.get_uri()  # postgresql://postgres:@/postgres?host=/tmp/...
        self._socket_dir = uri.split("host=", 1)[1]

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@/{database}?host={self._socket_dir}"

    def _admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(
            dbname="postgres", user="postgres", host=self._socket_dir, autocommit=True
        ) as conn:
            conn.execute(sql)

    def create_database(self) -> str:
        name = f"t_{uuid.uuid4().hex[:16]}"
        self._admin(f'CREATE DATABASE "{name}"')
        return name

    def drop_database(self, name: str) -> None:
        self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        self._server.cleanup()


@pytest.fixture(scope="session")
def pg_server(tmp_path_factory):
    # pgserver refuses paths that are too long for a Unix socket: use a short folder.
    base = Path(tempfile.mkdtemp(prefix="deskpg-"))
    server = PostgresServer(base)
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server):
    name = pg_server.create_database()
    yield pg_server.url(name)
    pg_server.drop_database(name)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def db(db_url):
    from desk_app.db.database import open_database
    from desk_app.services import setup

    database = open_database(db_url)
    setup.initialise(database, samples=True)
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(tmp_path):
    from desk_app.db.database import open_database
    from desk_app.services import setup

    database = open_database(f"sqlite:///{tmp_path / 'desk.sqlite3'}")
    setup.initialise(database, samples=True)
    yield database
    database.dispose()


@pytest.fixture
def damage():
    """Damage a SQLite file as a failing disk would: the header of every page after the first
    is overwritten, so the integrity check fails."""

    def flip(path: Path, page_size: int = 4096) -> None:
        data = bytearray(path.read_bytes())
        for page in range(1, len(data) // page_size):
            for offset in range(page * page_size, page * page_size + 12):
                data[offset] ^= 0xFF
        path.write_bytes(bytes(data))

    return flip
