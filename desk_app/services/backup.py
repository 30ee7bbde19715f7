"""Backups and restores.

SQLite: a consistent copy made with SQLite's online backup API while the desk is in use (other
counters keep registering), checked with ``integrity_check`` and kept in the backup folder
(``desk-YYYYMMDD-HHMMSS.sqlite3``; the newest ``backup_keep`` are kept). The digitised
documents, named by their content, are copied into ``files/`` beside the copies (only those not
there yet), and a restore puts back those the restored register lacks. Automatic copies: at the
first start of each day and when the window closes.

PostgreSQL: the server's own tool is ``pg_dump``; the desk runs it when it is installed and says
so otherwise.

A restore checks the file first (a sound SQLite database of this program, not newer than it),
moves the current database aside (``*.before-restore-TIMESTAMP.sqlite3``, with its WAL), and
copies the backup in place. It needs no working current database: that is when it is needed.
"""

from __future__ import annotations

import datetime as dt
import logging
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from desk_app.db.database import (
    Database,
    DatabaseError,
    DatabaseFileError,
    check_sqlite_file,
    copy_sqlite,
    sqlite_file,
)
from desk_app.domain.errors import DeskError, ValidationError
from desk_app.domain.roles import Permission
from desk_app.services import agency, audit, auth, checkpoints, sealed
from desk_app.settings import paths

logger = logging.getLogger(__name__)
PREFIX = "desk-"
SUFFIX = ".sqlite3"
DEFAULT_KEEP = 14


class BackupError(DeskError):
    """A backup or restore that could not be made; the message says why."""


@dataclass(frozen=True)
class BackupResult:
    path: Path
    removed: tuple[Path, ...] = ()


def backup_folder(db: Database | None = None) -> Path:
    if db is not None:
        with db.read() as session:
            folder = agency.get_settings(session).options.get("backup_folder")
        if folder:
            return Path(folder)
    return paths().backup_dir


def _keep(db: Database) -> int:
    with db.read() as session:
        value = agency.get_settings(session).options.get("backup_keep", DEFAULT_KEEP)
    return max(1, int(value))


def integrity_ok(path: Path) -> bool:
    """Whether ``path`` is a sound database of this program (read-only full check)."""
    try:
        check_sqlite_file(path, thorough=False)
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = {
                r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if not {"alembic_version", "dossiers"} <= tables:
                return False
            return con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            con.close()
    except (DatabaseError, sqlite3.DatabaseError, OSError):
        return False


def backups(folder: Path) -> list[Path]:
    """The backup files in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    sealed_copies = folder.glob(f"{PREFIX}*{SUFFIX}{sealed.SEALED_SUFFIX}")
    found = [*folder.glob(f"{PREFIX}*{SUFFIX}"), *sealed_copies]
    return sorted(found, key=lambda p: p.name, reverse=True)


def newest_good_backup(folder: Path | None = None) -> Path | None:
    for candidate in backups(folder or paths().backup_dir):
        if integrity_ok(candidate):
            return candidate
    return None


def backup(
    db: Database,
    folder: Path | None = None,
    *,
    now: dt.datetime | None = None,
    automatic: bool = False,
    passphrase: str | None = None,
) -> BackupResult:
    """A consistent, checked copy of the database in ``folder`` (default: the setting, or the
    data folder's ``backups``). Older automatic copies beyond the setting ``backup_keep`` go.
    With ``passphrase`` the copy is kept encrypted (:mod:`desk_app.services.sealed`): the
    plain copy is made and checked in the system's temporary folder, never in ``folder``."""
    if passphrase is not None:
        sealed.check_passphrase(passphrase)
    if not automatic:
        auth.require(Permission.BACKUP)
    target_folder = folder or backup_folder(db)
    moment = now or dt.datetime.now()
    try:
        target_folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(
            f"Không tạo được thư mục sao lưu {target_folder}: {exc.strerror}"
        ) from None
    if db.file is None:
        dumped = _pg_dump(db, target_folder, moment)
        checkpoints.write(db, target_folder, moment)
        return BackupResult(dumped)
    target = target_folder / f"{PREFIX}{moment:%Y%m%d-%H%M%S}{SUFFIX}"
    files = _files_folder(db.file)
    if passphrase is None:
        _checked_copy(db.file, target)
        copy_files(files, target_folder / FILES)
    else:
        with sealed.temporary_folder() as scratch:
            plain = _checked_copy(db.file, Path(scratch) / target.name)
            try:
                target = sealed.seal(
                    plain,
                    target.with_name(target.name + sealed.SEALED_SUFFIX),
                    passphrase,
                    files,
                )
            except OSError as exc:
                raise BackupError(f"Không sao lưu được vào {target_folder}: {exc}") from None
    removed = tuple(_prune(target_folder, _keep(db)))

    def log(session) -> None:
        audit.record(
            session,
            "backup",
            "database",
            target.name,
            new={"folder": str(target_folder), "automatic": automatic, "removed": len(removed)},
        )

    db.record_or_note(log, "backup")
    checkpoints.write(db, target_folder, moment)  # the trail's head, outside the database
    logger.info("backup written to %s (%d old copies removed)", target, len(removed))
    return BackupResult(target, removed)


FILES = "files"  # beside the backups: the digitised documents, shared by every copy


def _files_folder(db_file: Path) -> Path:
    from desk_app.services.attachments import files_folder

    return files_folder(db_file)


def copy_files(source: Path, target: Path) -> int:
    """The digitised documents of ``source`` that ``target`` lacks, copied (never linked: a
    damaged original must not damage its backup). They are named by their content, so one
    store beside the backups serves every copy. Returns how many were copied."""
    copied = 0
    if not source.is_dir():
        return 0
    for path in sorted(source.glob("??/*")):
        into = target / path.parent.name / path.name
        if len(path.name) != 64 or not path.is_file() or into.exists():
            continue
        try:
            into.parent.mkdir(parents=True, exist_ok=True)
            partial = into.with_name(f".{path.name}.part")
            shutil.copyfile(path, partial)
            partial.replace(into)
        except OSError as exc:
            raise BackupError(f"Không chép được tệp số hóa vào {target}: {exc}") from None
        copied += 1
    return copied


def _checked_copy(source: Path, target: Path) -> Path:
    partial = target.with_suffix(".part")
    try:
        copy_sqlite(source, partial)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(f"Không sao lưu được vào {target.parent}: {exc}") from None
    if not integrity_ok(partial):
        partial.unlink(missing_ok=True)
        raise BackupError("Bản sao lưu vừa tạo không qua được kiểm tra toàn vẹn; đã hủy bản này")
    partial.replace(target)
    return target


def _prune(folder: Path, keep: int) -> list[Path]:
    removed = []
    for old in backups(folder)[keep:]:
        old.unlink(missing_ok=True)
        removed.append(old)
    return removed


def pg_dump_command(tool: str, url: str, target: Path) -> tuple[list[str], dict[str, str]]:
    """pg_dump's arguments and environment for the database at ``url``: the password goes in
    ``PGPASSWORD``, never on the command line (where every user of the machine can read it
    in the process list)."""
    import os

    parsed = make_url(url).set(drivername="postgresql")
    environment = dict(os.environ)
    if parsed.password is not None:
        environment["PGPASSWORD"] = str(parsed.password)
    bare = URL.create(
        parsed.drivername,
        parsed.username,
        None,
        parsed.host,
        parsed.port,
        parsed.database,
        parsed.query,
    )
    address = bare.render_as_string(hide_password=False)
    return [tool, "--format=custom", f"--file={target}", address], environment


def _pg_dump(db: Database, folder: Path, moment: dt.datetime) -> Path:
    tool = shutil.which("pg_dump")
    if tool is None:
        raise BackupError(
            "Cơ sở dữ liệu PostgreSQL được sao lưu bằng công cụ pg_dump của máy chủ; máy này "
            "chưa có pg_dump. Hãy cài gói PostgreSQL client hoặc nhờ quản trị máy chủ sao lưu."
        )
    target = folder / f"{PREFIX}{moment:%Y%m%d-%H%M%S}.dump"
    command, environment = pg_dump_command(tool, db.url, target)
    done = subprocess.run(command, capture_output=True, text=True, env=environment)
    if done.returncode != 0:
        target.unlink(missing_ok=True)
        raise BackupError(f"pg_dump không sao lưu được: {done.stderr.strip()[:300]}")
    return target


def backup_if_due(db: Database, now: dt.datetime | None = None) -> BackupResult | None:
    """The automatic copy at the first start of a day: made when no backup of today exists.
    A failure is not fatal for the desk (returns None); the caller logs it."""
    if db.file is None:
        return None
    moment = now or dt.datetime.now()
    today = f"{PREFIX}{moment:%Y%m%d}-"
    if any(p.name.startswith(today) for p in backups(backup_folder(db))):
        return None
    return backup(db, now=moment, automatic=True)


@dataclass(frozen=True)
class RestoreResult:
    restored: Path
    kept_aside: Path | None


def restore(url: str, source: Path, *, now: dt.datetime | None = None) -> RestoreResult:
    """Put the backup ``source`` in place of the SQLite database at ``url``. The current file
    (if any) is kept aside, never deleted. The caller has checked who may do this."""
    auth.require(Permission.BACKUP)
    target = sqlite_file(url)
    if target is None:
        raise BackupError(
            "Khôi phục PostgreSQL dùng pg_restore của máy chủ (tệp .dump do desk-app backup tạo)"
        )
    if not source.is_file():
        raise ValidationError(f"Không có tệp sao lưu {source}", "file")
    try:
        check_sqlite_file(source)
    except DatabaseFileError as exc:
        raise BackupError(f"Không khôi phục từ tệp này: {exc}") from None
    if not integrity_ok(source):
        raise BackupError(f"Tệp {source.name} không phải bản sao lưu còn tốt của chương trình này")
    moment = now or dt.datetime.now()
    aside = None
    if target.exists():
        aside = target.with_name(
            f"{target.stem}.before-restore-{moment:%Y%m%d-%H%M%S}{target.suffix}"
        )
        target.replace(aside)
        for extra in ("-wal", "-shm"):
            companion = target.with_name(target.name + extra)
            if companion.exists():
                companion.replace(aside.with_name(aside.name + extra))
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".restoring")
    copy_sqlite(source, partial)
    partial.replace(target)
    copy_files(source.parent / FILES, _files_folder(target))
    from desk_app.db.database import open_database

    db = open_database(url)  # migrates an older backup to the current schema
    try:
        db.run_write(
            lambda session: audit.record(
                session,
                "restore",
                "database",
                source.name,
                new={"kept_aside": aside.name if aside else None},
            )
        )
    finally:
        db.dispose()
    return RestoreResult(target, aside)
