"""Digitised documents (số hóa): files attached to a dossier's papers at intake or later, and
its result file when the result is ready.

Each file is kept once per content, named by its SHA-256: in a folder beside a SQLite database
(``desk.sqlite3`` -> ``desk.files/ab/abcdef...``), or in the ``blobs`` table on PostgreSQL,
where every counter reaches it. Its type is checked by its content (PDF, JPEG, PNG, TIFF), never
by its name; its size against the setting ``attachment_max_mb``. ``desk-app audit verify``
reads every file back and names one that changed or went missing; backups carry the files
(``services.backup``)."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.db.database import Database
from desk_app.db.models import Attachment, Blob, Dossier
from desk_app.domain.errors import DeskError, ValidationError
from desk_app.domain.lifecycle import State
from desk_app.domain.roles import Permission
from desk_app.domain.text import fold, nfc
from desk_app.services import agency, audit, auth
from desk_app.services.dossiers import find_dossier

SIGNATURES = {
    "pdf": (b"%PDF-",),
    "jpeg": (b"\xff\xd8\xff",),
    "png": (b"\x89PNG\r\n\x1a\n",),
    "tiff": (b"II*\x00", b"MM\x00*"),
}
EXTENSIONS = {"pdf": ".pdf", "jpeg": ".jpg", "png": ".png", "tiff": ".tif"}
DEFAULT_MAX_MB = 50
CHUNK = 1 << 20
RESULT_STATES = (State.RESULT_READY.value, State.RETURNED.value)


class AttachmentError(DeskError):
    """A stored file is missing or no longer what was attached."""


def sniff(head: bytes) -> str | None:
    """The type of a file from its first bytes, or None when it is none the desk keeps."""
    for kind, signatures in SIGNATURES.items():
        if any(head.startswith(s) for s in signatures):
            return kind
    return None


# --------------------------------------------------------------------------- where contents live


class FolderStore:
    """Contents as files named by their SHA-256, two levels deep; written through a temporary
    file and renamed, so a reader never meets half a file."""

    def __init__(self, root: Path):
        self.root = root

    def path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def has(self, session: Session, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def put(self, session: Session, sha256: str, source: Path) -> None:
        target = self.path(sha256)
        if target.is_file():
            return
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
        try:
            with os.fdopen(handle, "wb") as out, source.open("rb") as data:
                shutil.copyfileobj(data, out, CHUNK)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    def chunks(self, session: Session, sha256: str) -> Iterator[bytes]:
        try:
            with self.path(sha256).open("rb") as data:
                while block := data.read(CHUNK):
                    yield block
        except FileNotFoundError:
            raise AttachmentError(f"Mất tệp nội dung {sha256[:12]}…") from None


class DatabaseStore:
    """Contents in the ``blobs`` table, in the attaching transaction."""

    def has(self, session: Session, sha256: str) -> bool:
        return session.get(Blob, sha256) is not None

    def put(self, session: Session, sha256: str, source: Path) -> None:
        if not self.has(session, sha256):
            session.add(Blob(sha256=sha256, data=source.read_bytes()))

    def chunks(self, session: Session, sha256: str) -> Iterator[bytes]:
        blob = session.get(Blob, sha256)
        if blob is None:
            raise AttachmentError(f"Mất tệp nội dung {sha256[:12]}…")
        yield bytes(blob.data)


def files_folder(db_file: Path) -> Path:
    return db_file.with_name(f"{db_file.stem}.files")


def store_for(db: Database) -> FolderStore | DatabaseStore:
    return FolderStore(files_folder(db.file)) if db.file is not None else DatabaseStore()


# --------------------------------------------------------------------------- attaching


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    position: int | None  # the document's; None for the result
    document: str  # the document's name, or "Kết quả"
    file_name: str
    content_type: str
    size: int
    sha256: str
    added_at: dt.datetime
    duplicate: bool = False  # the same content was already stored


def _digest(source: Path) -> str:
    digest = hashlib.sha256()
    with source.open("rb") as data:
        while block := data.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


def _checked_file(db: Database, source: Path) -> tuple[str, int]:
    """The file's type and size, or a refusal naming what is wrong with it."""
    try:
        size = source.stat().st_size
        if not source.is_file():
            raise IsADirectoryError
        with source.open("rb") as data:
            head = data.read(16)
    except FileNotFoundError:
        raise ValidationError(f"Không có tệp {source}", "file") from None
    except (IsADirectoryError, PermissionError, OSError):
        raise ValidationError(f"Không đọc được tệp {source}", "file") from None
    with db.read() as session:
        limit = int(agency.get_settings(session).options.get("attachment_max_mb", DEFAULT_MAX_MB))
    if size > limit * 1024 * 1024:
        raise ValidationError(
            f"Tệp {source.name} nặng {size / 1048576:.1f} MB, quá giới hạn {limit} MB "
            "(cài đặt attachment_max_mb)",
            "file",
        )
    kind = sniff(head)
    if kind is None:
        raise ValidationError(
            f"Tệp {source.name} không phải PDF, JPEG, PNG hay TIFF (xét theo nội dung)", "file"
        )
    return kind, size


def _file_name(source: Path) -> str:
    name = nfc(source.name)[:255]
    return name if name.isprintable() else re.sub(r"[^\w.\-]", "_", name)


def attach(
    db: Database,
    code: str,
    source: Path,
    *,
    document: int | None = None,
    result: bool = False,
    now: dt.datetime | None = None,
) -> AttachmentInfo:
    """Attach ``source`` to the dossier's document number ``document`` (1, 2, ... as on the
    receipt), or as its result file (``result``), once its result is ready."""
    actor = auth.require(Permission.PROCESS)
    if result == (document is not None):
        raise ValidationError(
            "Chọn một: số thứ tự giấy tờ (--document N) hoặc --result", "document"
        )
    kind, size = _checked_file(db, source)
    sha256 = _digest(source)
    store = store_for(db)
    moment = (now or dt.datetime.now()).replace(microsecond=0)

    def work(session: Session) -> AttachmentInfo:
        dossier = find_dossier(session, code, lock=True)
        label = _document_label(dossier, document, result)
        duplicate = store.has(session, sha256)
        store.put(session, sha256, source)
        row = Attachment(
            position=document,
            sha256=sha256,
            size=size,
            content_type=kind,
            file_name=_file_name(source),
            added_at=moment,
            user_id=actor.id,
        )
        dossier.attachments.append(row)
        session.flush()
        audit.record(
            session,
            "dossier.attach",
            "dossier",
            dossier.code,
            new={"document": document, "result": result, "sha256": sha256, "size": size},
        )
        return AttachmentInfo(
            row.id, document, label, row.file_name, kind, size, sha256, moment, duplicate
        )

    return db.run_write(work)


def _document_label(dossier: Dossier, document: int | None, result: bool) -> str:
    if result:
        if dossier.state not in RESULT_STATES:
            raise ValidationError("Tệp kết quả được đính kèm khi hồ sơ đã có kết quả", "result")
        return "Kết quả"
    names = {d.position: d.name for d in dossier.documents}
    if document not in names:
        known = f"1 đến {len(names)}" if names else "không có giấy tờ nào"
        raise ValidationError(f"Hồ sơ không có giấy tờ số {document} ({known})", "document")
    return names[document]


def listing(session: Session, dossier: Dossier) -> list[AttachmentInfo]:
    names = {d.position: d.name for d in dossier.documents}
    return [
        AttachmentInfo(
            a.id,
            a.position,
            names.get(a.position, "") if a.position is not None else "Kết quả",
            a.file_name,
            a.content_type,
            a.size,
            a.sha256,
            a.added_at,
        )
        for a in dossier.attachments
    ]


def of_dossier(db: Database, code: str) -> list[AttachmentInfo]:
    auth.require(Permission.SEARCH)
    with db.read() as session:
        return listing(session, find_dossier(session, code))


def content(db: Database, attachment_id: int) -> tuple[str, bytes]:
    """An attachment's type and bytes, to show inside the desk."""
    auth.require(Permission.SEARCH)
    store = store_for(db)
    with db.read() as session:
        row = session.get(Attachment, attachment_id)
        if row is None:
            raise ValidationError(f"Không có tệp đính kèm số {attachment_id}", "attachment")
        return row.content_type, b"".join(store.chunks(session, row.sha256))


def export_files(db: Database, code: str, folder: Path) -> list[Path]:
    """Write the dossier's files into ``folder``: ``NN-document-name.ext`` (``ket-qua.ext`` for
    the result), numbered when a document has several."""
    auth.require(Permission.PROCESS)
    store = store_for(db)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ValidationError(f"Không tạo được thư mục {folder}: {exc.strerror}", "out") from None
    written: list[Path] = []
    with db.read() as session:
        dossier = find_dossier(session, code)
        for info in listing(session, dossier):
            stem = (
                "ket-qua" if info.position is None else f"{info.position:02d}-{fold(info.document)}"
            )
            stem = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")[:80]
            target = folder / f"{stem}{EXTENSIONS[info.content_type]}"
            number = 2
            while target in written or target.exists():
                target = folder / f"{stem}-{number}{EXTENSIONS[info.content_type]}"
                number += 1
            try:
                with target.open("wb") as out:
                    for block in store.chunks(session, info.sha256):
                        out.write(block)
            except OSError as exc:
                raise ValidationError(f"Không ghi được {target}: {exc.strerror}", "out") from None
            written.append(target)
    return written


# --------------------------------------------------------------------------- checking


@dataclass(frozen=True)
class FileCheck:
    checked: int
    code: str = ""
    file_name: str = ""
    problem: str = ""  # "missing" or "changed"

    @property
    def intact(self) -> bool:
        return not self.problem


def check(db: Database) -> FileCheck:
    """Every attachment's content read back against its SHA-256; the first that is missing or
    changed is named."""
    store = store_for(db)
    checked = 0
    seen: dict[str, str] = {}
    with db.read() as session:
        rows = session.execute(
            select(Attachment.sha256, Attachment.file_name, Dossier.code)
            .join(Dossier, Dossier.id == Attachment.dossier_id)
            .order_by(Attachment.id)
        ).all()
        for sha256, file_name, code in rows:
            if sha256 not in seen:
                digest = hashlib.sha256()
                try:
                    for block in store.chunks(session, sha256):
                        digest.update(block)
                    seen[sha256] = "" if digest.hexdigest() == sha256 else "changed"
                except AttachmentError:
                    seen[sha256] = "missing"
            if seen[sha256]:
                return FileCheck(checked, code, file_name, seen[sha256])
            checked += 1
    return FileCheck(checked)
