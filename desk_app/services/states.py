"""The state a change leaves a dossier or an account in, as a hash kept in its audit entry.

The audit trail's chain and checkpoints protect the entries; this protects the rows they speak
of. Each entry about a dossier (entity ``dossier``) or an account (``user``) carries
``state_hash``: SHA-256 over the row's recorded columns (and, for a dossier, its events) as the
change left it. ``desk-app audit verify`` recomputes the hash of every dossier and account whose
newest entry carries one and names the first that differs: a row edited behind the program's
back (a clerk made administrator, an applicant renamed, an event deleted).

Not covered: dossiers no entry of their own speaks of (those of an import or of demonstration
data, recorded as one entry each), and the due moment, which a calendar change recomputes for
every open dossier at once (it is derived from the events, which are covered).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from desk_app.db.models import AuditEntry, Dossier, User

_DOSSIER_COLUMNS = (
    "code",
    "register_year",
    "register_no",
    "procedure_id",
    "received_at",
    "state",
    "outcome",
    "appointment_at",
    "extended_due_at",
    "resolved_at",
    "returned_at",
    "applicant_kind",
    "applicant_name",
    "applicant_id_no",
    "address",
    "phone",
    "email",
    "channel",
    "return_method",
    "return_address",
    "note",
)
_USER_COLUMNS = ("username", "full_name", "role", "password_hash", "active")


def _digest(values: object) -> str:
    text = json.dumps(values, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def dossier_hash(dossier: Dossier) -> str:
    events = [
        [e.kind, e.at, e.user_id, e.note, e.data]
        for e in sorted(dossier.events, key=lambda e: (e.at, e.id or 0))
    ]
    return _digest([[getattr(dossier, c) for c in _DOSSIER_COLUMNS], events])


def user_hash(user: User) -> str:
    return _digest([getattr(user, c) for c in _USER_COLUMNS])


_ROWS = {"dossier": (Dossier, "code", dossier_hash), "user": (User, "username", user_hash)}


def state_hash(session: Session, entity: str, entity_id: str) -> str | None:
    """The hash of the row an audit entry speaks of, as it stands in ``session`` now. The
    change that writes the entry has the row in hand: it is taken from the session's identity
    map, and read from the database only when it is not there."""
    if entity not in _ROWS:
        return None
    model, key, digest = _ROWS[entity]
    if session.new:  # events not yet written have no id, which orders them in the hash
        session.flush()
    row = next(
        (
            obj
            for obj in session.identity_map.values()
            if type(obj) is model and getattr(obj, key) == entity_id
        ),
        None,
    )
    if row is None:
        row = session.scalar(select(model).where(getattr(model, key) == entity_id))
    return digest(row) if row is not None else None


@dataclass(frozen=True)
class StateCheck:
    checked: int
    entity: str = ""
    entity_id: str = ""

    @property
    def intact(self) -> bool:
        return not self.entity


def _recorded(session: Session, entity: str) -> Iterator[tuple[str, str]]:
    """(entity id, the state hash of its newest entry) for each entity that has one."""
    newest = (
        select(func.max(AuditEntry.id))
        .where(AuditEntry.entity == entity)
        .group_by(AuditEntry.entity_id)
        .scalar_subquery()
    )
    rows = session.execute(
        select(AuditEntry.entity_id, AuditEntry.new).where(AuditEntry.id.in_(newest))
    )
    for entity_id, new in rows:
        if isinstance(new, dict) and new.get("state_hash"):
            yield entity_id, new["state_hash"]


def check(session: Session) -> StateCheck:
    """Every account and dossier against the state its newest entry recorded."""
    checked = 0
    recorded_users = dict(_recorded(session, "user"))
    for user in session.scalars(select(User).where(User.username.in_(recorded_users))):
        if user_hash(user) != recorded_users.pop(user.username):
            return StateCheck(checked, "user", user.username)
        checked += 1
    if recorded_users:  # an account whose row is gone
        return StateCheck(checked, "user", next(iter(recorded_users)))
    recorded = list(_recorded(session, "dossier"))
    for start in range(0, len(recorded), 2000):
        page = dict(recorded[start : start + 2000])
        found = session.scalars(
            select(Dossier).where(Dossier.code.in_(page)).options(selectinload(Dossier.events))
        ).all()
        for dossier in found:
            if dossier_hash(dossier) != page.pop(dossier.code):
                return StateCheck(checked, "dossier", dossier.code)
            checked += 1
        if page:
            return StateCheck(checked, "dossier", next(iter(page)))
        session.expunge_all()
    return StateCheck(checked)
