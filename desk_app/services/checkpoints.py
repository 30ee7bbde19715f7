"""Checkpoints of the audit trail kept outside the database.

The hash chain (``services.audit``) shows an entry edited, deleted or inserted behind the
program's back, but somebody holding the database file can cut the newest entries, wipe the
table or recompute every hash after a change, and the chain holds again. So at every backup and
at the end-of-day review the head of the trail (how many entries, the last one's id and hash)
is appended to ``audit-checkpoints.jsonl`` in the backup folder, a file the attacker of the
database does not necessarily hold, and copied with the backups. ``audit verify`` checks the
trail against every checkpoint of this register and names the first that no longer matches.

What it proves: the entries up to each checkpoint are the ones that were there then. What it
cannot: a change after the newest checkpoint, or one by somebody who rewrote both the database
and every copy of the checkpoint file.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import func, select

from desk_app.db.database import Database
from desk_app.db.models import AuditEntry
from desk_app.services import agency

log = logging.getLogger(__name__)
FILE_NAME = "audit-checkpoints.jsonl"


@dataclass(frozen=True)
class Checkpoint:
    at: str
    register: str  # the register's own identifier (settings), so one folder can serve several
    count: int
    last_id: int
    hash: str


@dataclass(frozen=True)
class CheckpointResult:
    checked: int
    broken: Checkpoint | None = None
    reason: str = ""

    @property
    def intact(self) -> bool:
        return self.broken is None


def _register(db: Database) -> str:
    with db.read() as session:
        return str(agency.get_settings(session).options.get("register_id", ""))


def write(db: Database, folder: Path, now: dt.datetime | None = None) -> Checkpoint:
    """Append the trail's head to the checkpoint file in ``folder``."""
    with db.read() as session:
        count = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
        last = session.execute(
            select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
        ).first()
    point = Checkpoint(
        (now or dt.datetime.now()).isoformat(sep=" ", timespec="seconds"),
        _register(db),
        count,
        last[0] if last else 0,
        last[1] if last else "",
    )
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / FILE_NAME).open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(asdict(point), ensure_ascii=False) + "\n")
    return point


def read(folder: Path) -> list[Checkpoint]:
    path = folder / FILE_NAME
    if not path.is_file():
        return []
    points = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            points.append(Checkpoint(**json.loads(line)))
        except (ValueError, TypeError):
            log.warning("a line of %s is not a checkpoint", path)
    return points


def check(db: Database, folder: Path) -> CheckpointResult:
    """The trail against every checkpoint of this register in ``folder``, oldest first."""
    register = _register(db)
    points = [p for p in read(folder) if p.register == register]
    with db.read() as session:
        for number, point in enumerate(points):
            if point.last_id == 0:
                continue
            entry_hash = session.scalar(
                select(AuditEntry.hash).where(AuditEntry.id == point.last_id)
            )
            if entry_hash is None:
                return CheckpointResult(
                    number,
                    point,
                    f"mục số {point.last_id}, cuối nhật ký lúc {point.at}, không còn (nhật ký "
                    "bị cắt bớt hoặc xóa)",
                )
            if entry_hash != point.hash:
                return CheckpointResult(
                    number,
                    point,
                    f"nhật ký đến mục số {point.last_id} đã bị viết lại so với lúc {point.at}",
                )
            before = session.scalar(
                select(func.count()).select_from(AuditEntry).where(AuditEntry.id <= point.last_id)
            )
            if before != point.count:
                return CheckpointResult(
                    number,
                    point,
                    f"số mục đến mục số {point.last_id} là {before}, lúc {point.at} là "
                    f"{point.count} (có mục bị xóa hoặc chèn thêm)",
                )
    return CheckpointResult(len(points))
