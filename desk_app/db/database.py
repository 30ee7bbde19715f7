"""Opening the database safely: checks before touching a file, migrations, transactions.

* An existing SQLite file is checked read-only first (header, schema, ``quick_check``): a damaged
  or foreign file is never written to, not even to switch on WAL.
* A database written by a newer program (an Alembic revision this program does not know) is
  refused with a clear message.
* Before migrating an existing SQLite file, a consistent copy is written beside it.
* SQLite runs with WAL, foreign keys, a busy timeout and ``synchronous=FULL``; write transactions
  start with ``BEGIN IMMEDIATE`` so that two counters never deadlock upgrading a read lock.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
import logging
import random
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from desk_app.db import wal
from desk_app.domain.errors import DeskError

log = logging.getLogger(__name__)
T = TypeVar("T")

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 30_000
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_PG_MIGRATION_LOCK = 7_251_031  # any constant: serialises migrations of several counters
# Files above this size get their full integrity check in the background after opening (it
# reads every page: 9 s for 2,000,000 dossiers); writes wait for its verdict.
CHECK_IN_BACKGROUND_BYTES = 64 * 1024 * 1024
# Files up to this size get SQLite's full integrity_check (indexes against their tables too:
# about 0.12 s for 11 MB here), larger ones quick_check (every page, 9 s at 2.3 GB).
FULL_CHECK_BYTES = 32 * 1024 * 1024

# Python's sqlite3 module looks for an adapter for every parameter that is not exactly an int,
# float, str or bytes, None included, and a lookup that fails raises and clears an
# AttributeError inside: about 2,500 instructions for each NULL a bulk load binds (an import
# binds three per dossier). None's own adapter, None as it is (bound as NULL), is a dictionary
# hit instead.
sqlite3.register_adapter(type(None), {}.get)


class DatabaseError(DeskError):
    """The database cannot be used; the message says why and names it."""


class DatabaseFileError(DatabaseError):
    """The SQLite file is damaged, foreign or unreadable. It has not been modified."""


class NewerSchemaError(DatabaseError):
    """The database was written by a newer version of the program."""


class DatabaseUnavailable(DatabaseError):
    """The database server cannot be reached or refused the connection."""


class DiskFull(DatabaseError):
    """The disk of the database is full: the change was not written, nothing saved is lost.
    Reading still works (``Database.record_or_note`` lets a read keep going without its
    audit entry)."""


# --------------------------------------------------------------------------- URLs and files


def display_url(url: str) -> str:
    """The URL with any password hidden, for messages and logs."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def sqlite_file(url: str) -> Path | None:
    """The file behind a SQLite URL, or None (server database or in-memory SQLite)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    if not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def check_sqlite_file(path: Path, *, thorough: bool = True) -> None:
    """Raise :class:`DatabaseFileError` unless ``path`` is a sound SQLite database (or absent or
    empty). Opens the file read-only: a bad file is left exactly as it was."""
    if not path.exists():
        return
    if path.is_dir():
        raise DatabaseFileError(f"{path} là một thư mục, không phải tệp cơ sở dữ liệu")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseFileError(f"Không đọc được tệp cơ sở dữ liệu {path}: {exc.strerror}") from exc
    if not header:
        return  # an empty file is a new database
    if header != SQLITE_HEADER:
        raise DatabaseFileError(
            f"Tệp {path} không phải là cơ sở dữ liệu SQLite (có thể là tệp khác bị chọn nhầm)"
        )
    log_problem = wal.missing_log(path) or wal.foreign_log_header(path)
    if log_problem:
        raise DatabaseFileError(log_problem)
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = {
                row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if tables and "alembic_version" not in tables:
                raise DatabaseFileError(
                    f"Tệp {path} là cơ sở dữ liệu SQLite nhưng không phải cơ sở dữ liệu của chương "
                    f"trình này (có các bảng: {', '.join(sorted(tables)[:5])})"
                )
            if "alembic_version" in tables:
                row = con.execute("SELECT version_num FROM alembic_version").fetchone()
                if row is not None and row[0] not in known_revisions():
                    raise NewerSchemaError(_newer_message(str(path), row[0]))
                if thorough and row is not None and row[0] == head_revision():
                    _check_columns(con, path)
            if thorough:
                full = path.stat().st_size <= FULL_CHECK_BYTES
                check = "integrity_check" if full else "quick_check"
                result = con.execute(f"PRAGMA {check}(5)").fetchall()
                problems = [row[0] for row in result if row[0] != "ok"]
                if problems:
                    raise DatabaseFileError(
                        wal.foreign_log(path, damaged=True)
                        or f"Tệp cơ sở dữ liệu {path} bị hỏng: {'; '.join(problems)[:300]}"
                    )
                log_problem = wal.foreign_log(path, damaged=False)
                if log_problem:
                    raise DatabaseFileError(log_problem)
        finally:
            con.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # a name no longer UTF-8
        if "disk i/o error" in str(exc).lower() and _no_room(path):
            raise DiskFull(disk_full_message(path)) from exc  # not even its -shm fits
        raise DatabaseFileError(
            wal.foreign_log(path, damaged=True)
            or f"Tệp cơ sở dữ liệu {path} bị hỏng hoặc không đọc được: {exc}"
        ) from exc


def _no_room(path: Path) -> bool:
    """The disk holding ``path`` is full (SQLite says "disk I/O error" when it cannot even
    create the shared-memory file a WAL database opens with)."""
    import shutil

    try:
        return shutil.disk_usage(path.parent).free < 64 * 1024
    except OSError:
        return False


def disk_full_message(where: object) -> str:
    return (
        f"Đĩa chứa cơ sở dữ liệu {where} đã đầy: thay đổi chưa được ghi, dữ liệu đã lưu vẫn "
        "nguyên. Hãy giải phóng chỗ trống rồi làm lại; trong lúc chờ vẫn xem, tìm, in, xuất và "
        "sao lưu ra đĩa khác được"
    )


def _check_columns(con: sqlite3.Connection, path: Path) -> None:
    """Every table and column the program reads is there under its name: a damaged schema
    (a flipped letter in a column's name) is refused here, not met as a crash later."""
    from desk_app.db.models import Base

    for table in Base.metadata.tables.values():
        found = {row[1] for row in con.execute(f'PRAGMA table_info("{table.name}")')}
        missing = [c.name for c in table.columns if c.name not in found]
        if missing:
            raise DatabaseFileError(
                f"Tệp cơ sở dữ liệu {path} bị hỏng: bảng {table.name} thiếu cột "
                f"{', '.join(missing[:3])}"
            )


def copy_sqlite(source: Path, target: Path) -> Path:
    """A consistent copy of a SQLite database, safe while other connections write to it."""
    target.parent.mkdir(parents=True, exist_ok=True)
    # on a full disk even reading a WAL database needs room for its shared-memory file: the
    # file is then read as it stands (nobody can be writing to it)
    flags = "mode=ro&immutable=1" if _no_room(source) else "mode=ro"
    src = sqlite3.connect(f"{source.resolve().as_uri()}?{flags}", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            # a copy is one self-contained file: no -wal or -shm beside it, now or when opened
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    return target


# --------------------------------------------------------------------------- engines


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # pragma: no branch - trivial
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves (see _on_begin)
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA cell_size_check = ON")  # a damaged page is an error, not data
        # Up to 64 MB of pages in memory (SQLite's default is 2 MB): an import of 20,000
        # dossiers then writes its pages once, at commit, instead of spilling them to the WAL
        # meanwhile and reading them back (a twentieth of its time, in the kernel).
        cursor.execute("PRAGMA cache_size = -65536")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        immediate = conn.get_execution_options().get("desk_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(url: str) -> Engine:
    parsed = make_url(url)
    try:
        if parsed.get_backend_name() == "sqlite":
            engine = create_engine(parsed, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
            _configure_sqlite(engine)
            return engine
        return create_engine(parsed, pool_pre_ping=True)
    except (NoSuchModuleError, ArgumentError, ImportError) as exc:
        raise DatabaseError(
            f"Địa chỉ cơ sở dữ liệu không dùng được: {display_url(url)} ({exc})"
        ) from exc


# --------------------------------------------------------------------------- migrations


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


@functools.lru_cache(maxsize=1)
def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = _script().get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {rev.revision for rev in _script().walk_revisions()}


# --------------------------------------------------------------------------- the database


class Database:
    """An open, checked, migrated database. ``read()`` and ``write()`` give sessions in one
    transaction each; ``run_write`` retries a unit of work when another counter holds the lock."""

    def __init__(self, url: str, engine: Engine):
        self.url = url
        self.engine = engine
        self.is_sqlite = engine.dialect.name == "sqlite"
        self.file = sqlite_file(url)
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write = sessionmaker(
            engine.execution_options(desk_write=True), expire_on_commit=False
        )
        self._verified = threading.Event()
        self._verified.set()
        self.damage: DatabaseFileError | None = None
        self.full: DiskFull | None = None  # opened for reading only: the disk is full
        # ids of the audit entries committed through this object: the change watcher leaves
        # them out (the desk reports its own changes at once)
        self.local_audit_ids: set[int] = set()
        for maker in (self._read, self._write):
            event.listen(maker, "after_commit", self._note_local_entries)

    def _note_local_entries(self, session: Session) -> None:
        ids = session.info.pop("desk_audit_ids", None)
        if ids:
            if len(self.local_audit_ids) > 100_000:  # nobody is watching: forget them
                self.local_audit_ids.clear()
            self.local_audit_ids.update(ids)

    def verify_in_background(self, path: Path) -> None:
        """Run the full integrity check on a thread; until it has spoken, writes wait, and
        if it finds damage every write is refused (the file is never written)."""
        self._verified.clear()

        def check() -> None:
            try:
                check_sqlite_file(path)
            except DatabaseFileError as exc:
                log.error("integrity check failed: %s", exc)
                self.damage = exc
            finally:
                self._verified.set()

        threading.Thread(target=check, name="desk-integrity-check", daemon=True).start()

    @property
    def verified(self) -> bool:
        """Whether the integrity check has finished (see ``damage`` for its verdict)."""
        return self._verified.is_set()

    def _writable(self) -> None:
        self._verified.wait()
        if self.damage is not None:
            raise self.damage
        if self.full is not None:
            raise self.full

    @property
    def display_url(self) -> str:
        return display_url(self.url)

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        with self._damage_named(), self._read() as session, session.begin():
            yield session

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        self._writable()
        with self._damage_named(), self._write() as session, session.begin():
            yield session
            self._log_still_there()

    def _log_still_there(self) -> None:
        """Before a commit: the write-ahead log the change goes to is still on disk (one
        ``stat``). Deleted, every change from now on would be lost at exit (:mod:`wal`)."""
        if self.file is None or wal.wal_of(self.file).exists():
            return
        self.damage = DatabaseFileError(
            f"Tệp nhật ký ghi {wal.wal_of(self.file).name} của cơ sở dữ liệu {self.file} đã bị "
            "xóa khi chương trình đang chạy: không ghi thêm thay đổi nào (sẽ bị mất). Hãy đóng "
            "chương trình, rồi khôi phục bản sao lưu mới nhất hoặc chạy desk-app audit verify"
        )
        raise self.damage

    @contextlib.contextmanager
    def _damage_named(self) -> Iterator[None]:
        """A damaged page or value met while reading (text that is no longer UTF-8, a page
        the opening check did not read) is reported as damage of the file, not as a crash."""
        try:
            yield
        except (DBAPIError, ValueError, TypeError) as exc:  # a stored value no longer parses
            orig = getattr(exc, "orig", None)
            reason = str(orig if orig is not None else exc)
            if "database or disk is full" in reason.lower() or "no space left" in reason.lower():
                raise DiskFull(disk_full_message(self.file or self.display_url)) from exc
            if not _stored_value_damaged(exc) and not any(
                mark in reason.lower() for mark in _DAMAGE_MARKS
            ):
                raise
            where = self.file or self.display_url
            raise DatabaseFileError(
                f"Cơ sở dữ liệu {where} bị hỏng: {reason.splitlines()[0][:200]}. "
                "Hãy khôi phục bản sao lưu gần nhất (desk-app restore)."
            ) from exc

    def run_write(self, work: Callable[[Session], T], attempts: int = 8) -> T:
        """Run ``work(session)`` in a write transaction; retry the whole unit when the database
        is busy (SQLite lock) or PostgreSQL reports a serialisation failure or deadlock."""
        for attempt in range(1, attempts + 1):
            try:
                with self.write() as session:
                    return work(session)
            except DBAPIError as exc:  # includes OperationalError
                if attempt == attempts or not _is_transient(exc):
                    raise
                delay = min(0.05 * 2**attempt, 1.0) * random.uniform(0.5, 1.5)
                log.info("database busy (attempt %d), retrying in %.2f s", attempt, delay)
                time.sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover

    def record_or_note(self, work: Callable[[Session], object], what: str) -> bool:
        """Write an audit entry that goes with a read (an export, a backup, a sign-in): on a
        full disk the read has been done and is kept, and the missing entry is logged (to
        standard error when the log's disk is full too). Returns whether it was written."""
        try:
            self.run_write(work)
        except DiskFull:
            log.warning("disk full: %s not recorded in the audit trail", what)
            return False
        return True

    def schema_revision(self) -> str | None:
        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def dispose(self) -> None:
        self.engine.dispose()


_DAMAGE_MARKS = (
    "malformed",
    "could not decode",
    "not a database",
    "disk i/o error",
)


def _stored_value_damaged(exc: BaseException) -> bool:
    """An error raised while SQLAlchemy turned a stored value into Python (a time with minute
    75, a time stored as a number, a JSON text no longer parsing): the stored value is
    damaged."""
    if isinstance(exc, json.JSONDecodeError | UnicodeDecodeError):
        return True
    if not isinstance(exc, ValueError | TypeError) or isinstance(exc, DeskError):
        return False
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    where = tb.tb_frame.f_code.co_filename if tb is not None else ""
    return "sqlalchemy" in where and ("processor" in where or "_result" in where)


def _is_transient(exc: DBAPIError) -> bool:
    text = str(exc.orig if exc.orig is not None else exc).lower()
    code = getattr(exc.orig, "sqlstate", None)
    return (
        "database is locked" in text
        or "database is busy" in text
        or code in {"40001", "40P01", "55P03"}
    )


class NoRegisterError(DatabaseFileError):
    """The register's file is empty or missing where a register existed: nothing was created;
    restore a backup, or create a new register on purpose (``desk-app init``)."""


def _refuse_silent_new_register(path: Path) -> None:
    """An existing file that is empty (a disk that lost it, a copy cut at zero) or a missing
    file while backups exist is a register that was lost, never a new one."""
    from desk_app.settings import paths  # settings imports the domain only

    if path.is_file() and path.stat().st_size == 0:
        raise NoRegisterError(
            f"Tệp cơ sở dữ liệu {path} trống (0 byte): sổ hồ sơ đã mất, không tạo sổ mới thay thế"
        )
    if not path.exists():
        backups = sorted(paths().backup_dir.glob("desk-*.sqlite3*"))
        if backups:
            raise NoRegisterError(
                f"Không có tệp cơ sở dữ liệu {path} nhưng thư mục sao lưu có {len(backups)} bản "
                "sao của sổ này: không tạo sổ mới thay thế"
            )


def open_database(url: str, *, migrate: bool = True, create: bool = False) -> Database:
    """Open the database at ``url``: check it, refuse what must be refused, migrate to the
    current schema (copying a SQLite file aside first). An empty file, or a missing one while
    backups exist, is refused unless ``create`` (``init``, or a clerk who chose a new register):
    a lost register must not come back as a new one, numbering from 1 again."""
    path = sqlite_file(url)
    later = False
    if path is not None and not create:
        _refuse_silent_new_register(path)
    if path is not None:
        later = path.is_file() and path.stat().st_size > CHECK_IN_BACKGROUND_BYTES
        try:
            check_sqlite_file(path, thorough=not later)
        except DiskFull as exc:
            return _open_on_full_disk(url, path, exc)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(f"Không tạo được thư mục {path.parent}: {exc.strerror}") from exc
    engine = make_engine(url)
    db = Database(url, engine)
    try:
        current = _check_schema(db)
        if migrate and current != head_revision():
            if later:  # a migration writes: the full check first
                check_sqlite_file(path)
                later = False
            _upgrade(db, current)
    except OperationalError as exc:
        engine.dispose()
        raise DatabaseUnavailable(
            f"Không kết nối được cơ sở dữ liệu {display_url(url)}: {_first_line(exc)}"
        ) from exc
    except BaseException:
        engine.dispose()
        raise
    if later:
        db.verify_in_background(path)
    return db


def _open_on_full_disk(url: str, path: Path, full: DiskFull) -> Database:
    """A register on a full disk, opened for reading only: SQLite cannot create the
    shared-memory file a WAL database opens with, so the file is read as it stands on disk
    (its last connection checkpointed it). Finding, printing, exporting and backing up to
    another disk go on; every write is refused with ``full``'s message."""
    engine = create_engine(
        f"sqlite:///file:{path}?mode=ro&immutable=1&uri=true",
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None
        dbapi_connection.execute("PRAGMA cell_size_check = ON")

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        conn.exec_driver_sql("BEGIN")

    db = Database(url, engine)
    db.file = path
    db.full = full
    return db


def _first_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    return str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__


def _check_schema(db: Database) -> str | None:
    with db.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        current = MigrationContext.configure(conn).get_current_revision()
        conn.rollback()
    if current is None and tables - {"alembic_version"}:
        raise DatabaseFileError(
            f"{db.display_url} đã có dữ liệu nhưng không phải cơ sở dữ liệu của chương trình này "
            f"(có các bảng: {', '.join(sorted(tables)[:5])})"
        )
    if current is not None and current not in known_revisions():
        raise NewerSchemaError(_newer_message(db.display_url, current))
    return current


def _newer_message(where: str, revision: str) -> str:
    return (
        f"Cơ sở dữ liệu {where} được tạo bởi phiên bản mới hơn của chương trình "
        f"(phiên bản lược đồ {revision}). Hãy cài phiên bản mới nhất rồi mở lại; "
        "tệp không bị thay đổi."
    )


def _upgrade(db: Database, current: str | None) -> None:
    if db.file is not None and current is not None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = db.file.with_name(f"{db.file.stem}.before-upgrade-{current}-{stamp}.sqlite3")
        copy_sqlite(db.file, backup)
        log.info("copied %s to %s before upgrading the schema", db.file, backup)
    config = alembic_config()
    with db.engine.execution_options(desk_write=True).begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_MIGRATION_LOCK})")
        # Another counter may have migrated while we waited for the lock.
        if MigrationContext.configure(conn).get_current_revision() == head_revision():
            return
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    log.info("database %s upgraded from %s to %s", db.display_url, current, head_revision())
