"""A deleted or foreign write-ahead log is reported as such, not as damage, and nothing more is
acknowledged once the log is gone (issue 20, item 7). SQLite only: PostgreSQL keeps its log."""

from __future__ import annotations

import shutil

import pytest

from desk_app.db.database import DatabaseFileError, open_database
from desk_app.services import dossiers, setup
from desk_app.services.dossiers import Intake


def _register(path, names=("Nguyễn Văn A", "Trần Thị B")):
    db = open_database(f"sqlite:///{path}", create=True)
    setup.initialise(db, samples=True)
    for name in names:
        dossiers.register(db, Intake("1.009645", name))
    return db


def _rows(db) -> int:
    from sqlalchemy import func, select

    from desk_app.db.models import Dossier

    with db.read() as session:
        return session.scalar(select(func.count()).select_from(Dossier))


def test_a_log_deleted_while_running_stops_every_later_write(tmp_path):
    path = tmp_path / "desk.sqlite3"
    db = _register(path)
    wal = path.with_name("desk.sqlite3-wal")
    assert wal.exists()
    wal.unlink()
    for attempt in range(2):  # the second attempt too: nothing is acknowledged any more
        with pytest.raises(DatabaseFileError, match=r"desk\.sqlite3-wal.*đã bị xóa"):
            dossiers.register(db, Intake("1.009645", f"Lê Văn {attempt}"))
    db.dispose()


def test_a_log_deleted_before_a_crash_is_named_at_the_next_start(tmp_path):
    path = tmp_path / "live" / "desk.sqlite3"
    path.parent.mkdir()
    db = _register(path)
    copy = tmp_path / "after-crash"
    copy.mkdir()
    # what the disk holds when the program dies with its log deleted: the file and the index
    shutil.copy(path, copy / "desk.sqlite3")
    shutil.copy(path.with_name("desk.sqlite3-shm"), copy / "desk.sqlite3-shm")
    db.dispose()
    before = (copy / "desk.sqlite3").read_bytes()
    with pytest.raises(DatabaseFileError, match=r"desk\.sqlite3-wal.*đã bị xóa.*restore"):
        open_database(f"sqlite:///{copy / 'desk.sqlite3'}")
    assert (copy / "desk.sqlite3").read_bytes() == before  # nothing written
    (copy / "desk.sqlite3-shm").unlink()  # the way out the message names
    open_database(f"sqlite:///{copy / 'desk.sqlite3'}").dispose()


def test_another_registers_log_is_named_as_foreign(tmp_path):
    ours = tmp_path / "ours" / "desk.sqlite3"
    theirs = tmp_path / "theirs" / "desk.sqlite3"
    ours.parent.mkdir()
    theirs.parent.mkdir()
    _register(ours).dispose()  # closed cleanly: no log of its own
    other = _register(theirs, names=[f"Người {i}" for i in range(30)])
    shutil.copy(theirs.with_name("desk.sqlite3-wal"), ours.with_name("desk.sqlite3-wal"))
    other.dispose()
    before = ours.read_bytes()
    with pytest.raises(DatabaseFileError, match=r"desk\.sqlite3-wal.*không thuộc"):
        open_database(f"sqlite:///{ours}")
    assert ours.read_bytes() == before


def test_a_log_that_is_not_a_log_is_named_as_foreign(tmp_path):
    path = tmp_path / "desk.sqlite3"
    _register(path).dispose()
    path.with_name("desk.sqlite3-wal").write_bytes(b"PK\x03\x04" + b"\x00" * 60)
    with pytest.raises(DatabaseFileError, match="không thuộc"):
        open_database(f"sqlite:///{path}")


def test_a_clean_close_and_a_crash_with_the_log_in_place_open_normally(tmp_path):
    path = tmp_path / "desk.sqlite3"
    db = _register(path)
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for suffix in ("", "-wal", "-shm"):
        shutil.copy(path.with_name("desk.sqlite3" + suffix), crashed / ("desk.sqlite3" + suffix))
    db.dispose()
    assert _rows_at(path) == 2
    assert _rows_at(crashed / "desk.sqlite3") == 2  # the log replayed: nothing lost


def _rows_at(path) -> int:
    db = open_database(f"sqlite:///{path}")
    try:
        return _rows(db)
    finally:
        db.dispose()
