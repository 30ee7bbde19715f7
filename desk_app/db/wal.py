"""The SQLite file's write-ahead log (``<file>-wal``) and its index (``<file>-shm``).

The register runs in WAL mode: a committed change sits in ``-wal`` until a checkpoint copies
it into the file. Two accidents look like damage and are not:

* ``-wal`` deleted (by hand, a cleaning tool, a copy that left it behind). While the program
  runs, SQLite would go on appending to the deleted file and every change after that would be
  lost at exit: each write checks that ``-wal`` is still there before it commits, and refuses
  (nothing more is acknowledged that cannot be kept). At the next start, an index that still
  counts frames with no log beside it says the same.
* a foreign ``-wal`` (another register's, or an older copy's, put beside the file). SQLite
  would lay its pages over this file's. It is recognised when the register's identity
  (``register_id`` of its settings) read with the log differs from the one read without it, or
  when the file is sound without the log and damaged with it.

Both are refused with a message that names the file and what to do; nothing is written.
"""

from __future__ import annotations

import json
import sqlite3
import struct
from pathlib import Path

WAL_MAGIC = (0x377F0682, 0x377F0683)


def wal_of(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def shm_of(path: Path) -> Path:
    return path.with_name(path.name + "-shm")


def _frames_in_index(shm: Path) -> int:
    """``mxFrame`` of the wal-index header: the frames the last writer had in the log."""
    try:
        with shm.open("rb") as handle:
            header = handle.read(48)
    except OSError:
        return 0
    if len(header) < 20:
        return 0
    (max_frame,) = struct.unpack_from("=I", header, 16)  # native byte order, like SQLite
    return max_frame


def missing_log(path: Path) -> str | None:
    """The message when the log was deleted with changes still in it; ``None`` otherwise."""
    if wal_of(path).exists() or not shm_of(path).exists():
        return None
    if _frames_in_index(shm_of(path)) == 0:
        return None
    return (
        f"Tệp nhật ký ghi {wal_of(path).name} của cơ sở dữ liệu {path} đã bị xóa khi còn thay "
        "đổi chưa ghi vào tệp chính: các thay đổi sau lần ghi gộp cuối đã mất. Hãy khôi phục "
        f"bản sao lưu mới nhất (desk-app restore), hoặc xóa tệp {shm_of(path).name} để mở sổ "
        "như lúc ghi gộp cuối rồi chạy desk-app audit verify"
    )


def foreign_log_header(path: Path) -> str | None:
    """The message when ``-wal`` is not a write-ahead log of a database with this page size."""
    wal = wal_of(path)
    try:
        with wal.open("rb") as handle:
            head = handle.read(32)
        with path.open("rb") as handle:
            handle.seek(16)
            (page,) = struct.unpack(">H", handle.read(2))
    except (OSError, struct.error):
        return None
    if len(head) < 32:
        return None  # empty or just reset: SQLite ignores it
    magic, _version, wal_page = struct.unpack(">III", head[:12])
    page = 65536 if page == 1 else page
    if magic not in WAL_MAGIC or wal_page != page:
        return _foreign(path)
    return None


def _foreign(path: Path) -> str:
    return (
        f"Tệp nhật ký ghi {wal_of(path).name} bên cạnh {path} không thuộc cơ sở dữ liệu này "
        "(tệp của sổ khác hoặc bản sao cũ): không mở để khỏi ghi đè dữ liệu. Hãy chuyển tệp "
        f"{wal_of(path).name} và {shm_of(path).name} ra chỗ khác rồi mở lại"
    )


def _register_id(uri: str) -> str | None:
    try:
        con = sqlite3.connect(uri, uri=True)
        try:
            row = con.execute("SELECT options FROM agency_settings WHERE id = 1").fetchone()
        finally:
            con.close()
        options = json.loads(row[0]) if row and row[0] else {}
    except (sqlite3.Error, ValueError, TypeError):
        return None
    return options.get("register_id") if isinstance(options, dict) else None


def _sound(uri: str) -> bool:
    try:
        con = sqlite3.connect(uri, uri=True)
        try:
            return con.execute("PRAGMA quick_check(1)").fetchone()[0] == "ok"
        finally:
            con.close()
    except sqlite3.Error:
        return False


def foreign_log(path: Path, *, damaged: bool) -> str | None:
    """With a ``-wal`` beside the file: the message when the log belongs elsewhere (the
    register's identity read with and without it differ, or the file is sound without it and
    ``damaged`` with it); ``None`` otherwise."""
    if not wal_of(path).exists() or wal_of(path).stat().st_size == 0:
        return None
    alone = f"{path.resolve().as_uri()}?immutable=1"  # the main file only, the log ignored
    if damaged:
        return _foreign(path) if _sound(alone) else None
    before = _register_id(alone)
    after = _register_id(f"{path.resolve().as_uri()}?mode=ro")
    if before is not None and after is not None and before != after:
        return _foreign(path)
    return None
