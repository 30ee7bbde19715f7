"""Opening, migrating and refusing databases, on SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from sqlalchemy import text

from desk_app.db.database import (
    DatabaseFileError,
    DatabaseUnavailable,
    NewerSchemaError,
    head_revision,
    open_database,
    sqlite_file,
)
from desk_app.services import agency, setup


def test_fresh_database_is_migrated_with_zero_counts(db_url):
    db = open_database(db_url)
    try:
        setup.initialise(db)
        info = setup.database_info(db)
        assert info.schema_revision == head_revision()
        assert set(info.counts.values()) == {0}
        with db.read() as session:  # the placeholder: it numbers nothing
            assert agency.get_settings(session).unit_code == "000.00.00.H00"
    finally:
        db.dispose()


def test_reopening_is_idempotent(db_url):
    open_database(db_url).dispose()
    db = open_database(db_url)
    assert db.schema_revision() == head_revision()
    db.dispose()


def test_newer_schema_is_refused(db_url):
    db = open_database(db_url)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    db.dispose()
    path = sqlite_file(db_url)
    before = _digest(path) if path else None
    with pytest.raises(NewerSchemaError, match="phiên bản mới hơn"):
        open_database(db_url)
    if path:
        assert _digest(path) == before


def test_sqlite_pragmas(sqlite_db):
    with sqlite_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_foreign_file_is_refused_and_untouched(tmp_path):
    path = tmp_path / "report.xlsx"
    path.write_bytes(b"PK\x03\x04 not a database at all" * 100)
    before = _digest(path)
    with pytest.raises(DatabaseFileError, match=r"report\.xlsx"):
        open_database(f"sqlite:///{path}")
    assert _digest(path) == before
    assert not (tmp_path / "report.xlsx-wal").exists()


def test_damaged_file_is_refused_and_untouched(tmp_path):
    path = tmp_path / "desk.sqlite3"
    db = open_database(f"sqlite:///{path}")
    setup.initialise(db, samples=True)
    db.dispose()
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(2 * page + 8, 2 * page + 200):  # scribble over the third page's cells
        data[offset] ^= 0xFF
    path.write_bytes(bytes(data))
    before = _digest(path)
    with pytest.raises(DatabaseFileError, match=r"desk\.sqlite3"):
        open_database(f"sqlite:///{path}")
    assert _digest(path) == before


def test_another_programs_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    con.commit()
    con.close()
    before = _digest(path)
    with pytest.raises(DatabaseFileError, match="không phải cơ sở dữ liệu của chương trình"):
        open_database(f"sqlite:///{path}")
    assert _digest(path) == before


def test_unreachable_server_gives_a_clear_error():
    url = "postgresql+psycopg://desk:secret@127.0.0.1:1/desk"
    with pytest.raises(DatabaseUnavailable) as info:
        open_database(url)
    assert "secret" not in str(info.value)
    assert "127.0.0.1" in str(info.value)


def test_sqlite_file_is_copied_aside_before_an_upgrade(tmp_path):
    from alembic import command
    from sqlalchemy import create_engine

    from desk_app.db.database import alembic_config

    path = tmp_path / "desk.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:  # a database written by the first release (schema 0001)
        config = alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
        conn.execute(text("CREATE TABLE IF NOT EXISTS marker (x INTEGER)"))
    engine.dispose()

    db = open_database(f"sqlite:///{path}")
    assert db.schema_revision() == head_revision()
    db.dispose()
    copies = list(tmp_path.glob("desk.before-upgrade-0001-*.sqlite3"))
    assert len(copies) == 1
    con = sqlite3.connect(copies[0])
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    con.close()


def test_postgresql_upgrade_from_an_older_schema(pg_url):
    from alembic import command
    from sqlalchemy import create_engine

    from desk_app.db.database import alembic_config

    engine = create_engine(pg_url)
    with engine.begin() as conn:
        config = alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
    engine.dispose()
    db = open_database(pg_url)
    assert db.schema_revision() == head_revision()
    db.dispose()


def test_migrations_match_the_models(db):
    """A migrated database has exactly the tables, columns and indexes the models declare."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from desk_app.db.models import Base, outside_search_index

    with db.engine.connect() as connection:
        options = {"compare_type": True, "include_object": outside_search_index}
        context = MigrationContext.configure(connection, opts=options)
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_an_emptied_file_is_refused_not_opened_as_a_new_register(tmp_path, capsys):
    """A register truncated to 0 bytes, good backups beside it: refused with the restore
    command, nothing written, numbering never restarts (issue 20, item 4)."""
    from desk_app.cli import main
    from desk_app.services import backup, dossiers
    from desk_app.services.dossiers import Intake

    path = tmp_path / "desk.sqlite3"
    url = f"sqlite:///{path}"
    db = open_database(url)
    setup.initialise(db, samples=True)
    dossiers.register(db, Intake("1.009645", "Nguyễn Văn A"))
    made = backup.backup(db).path
    db.dispose()
    path.write_bytes(b"")
    with pytest.raises(DatabaseFileError, match="trống"):
        open_database(url)
    assert path.read_bytes() == b""
    assert main(["--db", url, "info"]) == 1
    err = capsys.readouterr().err
    assert "trống" in err and f"desk-app restore {made}" in err
    assert path.read_bytes() == b""  # untouched
    path.unlink()  # a missing file while backups exist: the same
    with pytest.raises(DatabaseFileError, match="bản sao"):
        open_database(url)
    assert not path.exists()
    open_database(url, create=True).dispose()  # only on purpose (desk-app init)
    assert path.stat().st_size > 0


def test_a_missing_file_without_backups_is_a_new_installation(tmp_path):
    path = tmp_path / "new" / "desk.sqlite3"
    open_database(f"sqlite:///{path}").dispose()
    assert path.stat().st_size > 0
