"""The audit trail: every change of data appended with who, when, what, old and new values.

Each entry's hash is SHA-256 over the previous entry's hash and the entry's own fields in a
canonical JSON form, so editing, deleting or inserting a row with plain SQL breaks the chain at
that row, and :func:`verify` names it. Entries are written in the transaction of the change they
describe (no change without its entry, no entry without its change); writers are serialised so
the chain never forks (SQLite: the write transaction holds the database; PostgreSQL: a
transaction-scoped advisory lock).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from desk_app.db.database import Database
from desk_app.db.models import AuditEntry
from desk_app.domain.roles import Permission
from desk_app.services import auth, states

GENESIS = "0" * 64
_PG_AUDIT_LOCK = 7_251_032


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def _digest(prev: str, at: dt.datetime, user_id, username, action, entity, entity_id, old, new):
    body = json.dumps(
        [
            prev,
            at.isoformat(sep=" ", timespec="microseconds"),
            user_id,
            username,
            action,
            entity,
            entity_id,
            old,
            new,
        ],
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def record(
    session: Session,
    action: str,
    entity: str,
    entity_id: str | int = "",
    *,
    old: dict[str, Any] | None = None,
    new: dict[str, Any] | None = None,
    at: dt.datetime | None = None,
    username: str | None = None,
    user_id: int | None = None,
) -> AuditEntry:
    """Append one entry in ``session``'s transaction. The actor is the signed-in one unless
    ``username`` is given (a failed sign-in names the account that was tried)."""
    actor = auth.current_or_none()
    if username is None:
        username = actor.username if actor is not None else "system"
        user_id = actor.id if actor is not None else None
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_AUDIT_LOCK})
    previous = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1))
    moment = (at or dt.datetime.now()).replace(microsecond=0)
    state = states.state_hash(session, entity, str(entity_id))
    if state is not None:  # the row as this change leaves it: a later direct edit shows
        new = {**(new or {}), "state_hash": state, "state_v": states.VERSION}
    old_value, new_value = _jsonable(old), _jsonable(new)
    entry = AuditEntry(
        at=moment,
        user_id=user_id,
        username=username,
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        old=old_value,
        new=new_value,
        prev_hash=previous or GENESIS,
    )
    entry.hash = entry_digest(entry, entry.prev_hash)
    session.add(entry)
    session.flush()
    session.info.setdefault("desk_audit_ids", []).append(entry.id)
    if session.get_bind().dialect.name == "postgresql":  # delivered to the others at commit
        session.execute(text("SELECT pg_notify('desk_changes', :what)"), {"what": action})
    return entry


@dataclass(frozen=True)
class Verification:
    checked: int
    broken_id: int | None = None  # the first entry that does not hold
    reason: str = ""

    @property
    def intact(self) -> bool:
        return self.broken_id is None


def _entries(session: Session) -> Iterator[AuditEntry]:
    last = 0
    while True:  # in pages by id, so a long trail never sits in memory at once
        page = session.scalars(
            select(AuditEntry).where(AuditEntry.id > last).order_by(AuditEntry.id).limit(5000)
        ).all()
        if not page:
            return
        yield from page
        last = page[-1].id
        session.expunge_all()


def entry_digest(entry: AuditEntry, previous: str) -> str:
    """The hash an entry must carry, chained to ``previous``."""
    return _digest(
        previous,
        entry.at,
        entry.user_id,
        entry.username,
        entry.action,
        entry.entity,
        entry.entity_id,
        entry.old,
        entry.new,
    )


def verify(db: Database) -> Verification:
    """Walk the chain from the first entry; report the first entry that was edited, inserted
    or that follows a deleted one."""
    with db.read() as session:
        expected_prev = GENESIS
        checked = 0
        for entry in _entries(session):
            if entry.prev_hash != expected_prev:
                return Verification(
                    checked,
                    entry.id,
                    "không nối tiếp mục trước (có mục bị xóa hoặc chèn thêm)",
                )
            try:
                digest = entry_digest(entry, entry.prev_hash)
            except TypeError:  # a text turned into bytes on a damaged disk
                digest = ""
            if digest != entry.hash:
                return Verification(checked, entry.id, "nội dung đã bị sửa sau khi ghi")
            expected_prev = entry.hash
            checked += 1
        return Verification(checked)


def verify_states(db: Database) -> states.StateCheck:
    """Every dossier and account against the state its newest entry recorded
    (:mod:`desk_app.services.states`)."""
    with db.read() as session:
        return states.check(session)


def history(session: Session, entity: str, entity_id: str | int) -> list[AuditEntry]:
    """Every entry about one thing (a dossier's code, a procedure's code, a user...), oldest
    first: the dossier timeline and the audit view read this."""
    return list(
        session.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity == entity, AuditEntry.entity_id == str(entity_id))
            .order_by(AuditEntry.id)
        )
    )


def recent(
    db: Database, *, limit: int = 200, entity: str | None = None, since: dt.datetime | None = None
) -> list[AuditEntry]:
    """The supervisor's audit view: the newest entries first."""
    auth.require(Permission.REPORTS)
    with db.read() as session:
        query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
        if entity:
            query = query.where(AuditEntry.entity == entity)
        if since is not None:
            query = query.where(AuditEntry.at >= since)
        return list(session.scalars(query))


def count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(AuditEntry)) or 0
