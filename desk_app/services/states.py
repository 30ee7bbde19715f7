"""The state a change leaves the data in, as a hash kept in its audit entry.

The audit trail's chain and checkpoints protect the entries; this protects the rows they speak
of. Each entry about a dossier (entity ``dossier``), an account (``user``) or a guidance record
(``guidance``) carries ``state_hash``: SHA-256 over the row's recorded columns (for a dossier
also its documents, events, the applicant's rating and its attachments' SHA-256) as the change
left it. Each entry about
the agency's reference data (entities ``settings``, ``calendar``, ``catalogue``) carries the
hash of all of it: the settings row, the calendar's own days and the catalogue, which are small
and change rarely. ``desk-app audit verify`` recomputes the hash of everything whose newest
entry carries one and names the first that differs: a row edited behind the program's back (a
clerk made administrator, an applicant renamed, an event deleted, a time limit changed) or
silently damaged on disk.

Not covered: the outbox of notices (a queue, not the record: the steps that caused them are);
dossiers no entry of their own speaks of (those of an import or of demonstration
data, recorded as one entry each); the due moment, which a calendar change recomputes for every
open dossier at once (it is derived from the events, which are covered); an account's failed
sign-in count; derived columns kept for searching (folded names), which the opening check
reads through their indexes; and entries written under an earlier definition of the hash
(``state_v`` other than :data:`VERSION`), until the row's next change.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, selectinload

from desk_app.db.models import (
    AgencySettings,
    AuditEntry,
    CalendarOverride,
    Dossier,
    Field,
    Guidance,
    Procedure,
    ProcedureDocument,
    ProcedureStep,
    User,
)

# What an entry's hash covers: every column but those the program derives or keeps for its
# own bookkeeping (the due moment a calendar change recomputes, the folded name kept for
# searching, an account's failed sign-in count), so that a column added later is covered.
VERSION = 2  # entries whose hashes were made by another definition are not checked


def _recorded_columns(model: type, derived: set[str]) -> tuple[str, ...]:
    return tuple(c.key for c in model.__table__.columns if c.key not in derived)


# when the current step of its internal process runs out moves with the calendar, like the due
# moment (both are indexed: the opening check reads them through their indexes)
_DOSSIER_COLUMNS = _recorded_columns(
    Dossier, {"id", "due_at", "applicant_name_folded", "step_due_at"}
)
# Columns added after version 2 with the value every older row has: a dossier's hash takes
# them in only when one differs from it, so the hashes recorded before they existed still hold
# (and setting or clearing one behind the program's back still changes the hash).
_DOSSIER_LATER = {"notify": True, "incoming_tracking": "", "postal_tracking": None}
_DOSSIER_LATER |= {"delivered_at": None, "process": None}
_DOSSIER_LATER |= {"step_department": None, "step_since": None}
_DOSSIER_V2 = tuple(c for c in _DOSSIER_COLUMNS if c not in _DOSSIER_LATER)
_USER_COLUMNS = _recorded_columns(User, {"id", "failed_logins", "locked_until"})
_GUIDANCE_COLUMNS = _recorded_columns(Guidance, set())
# The reference data, as one hash of every column.
_REFERENCE = (
    (AgencySettings, AgencySettings.id),
    (CalendarOverride, CalendarOverride.day),
    (Field, Field.id),
    (Procedure, Procedure.id),
    (ProcedureDocument, ProcedureDocument.id),
)
REFERENCE_ENTITIES = ("settings", "calendar", "catalogue")


def _digest(values: object) -> str:
    text = json.dumps(values, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def dossier_hash(dossier: Dossier) -> str:
    events = [
        [e.kind, e.at, e.user_id, e.note, e.data]
        for e in sorted(dossier.events, key=lambda e: (e.at, e.id or 0))
    ]
    documents = [
        [d.position, d.name, d.originals, d.certified_copies, d.copies]
        for d in sorted(dossier.documents, key=lambda d: d.position)
    ]
    values: list = [[getattr(dossier, c) for c in _DOSSIER_V2], events, documents]
    later = {c: getattr(dossier, c) for c, usual in _DOSSIER_LATER.items()}
    if any(later[c] != usual for c, usual in _DOSSIER_LATER.items()):
        values.append(later)
    rating = dossier.rating
    if rating is not None:  # the applicant's rating, once given
        values.append([rating.level, rating.comment, rating.source, rating.at, rating.user_id])
    if dossier.attachments:  # its digitised papers and result, by their contents' SHA-256
        values.append(
            [
                [a.position, a.sha256, a.size, a.content_type, a.file_name, a.added_at, a.user_id]
                for a in sorted(dossier.attachments, key=lambda a: (a.added_at, a.id or 0))
            ]
        )
    return _digest(values)


def user_hash(user: User) -> str:
    return _digest([getattr(user, c) for c in _USER_COLUMNS])


def guidance_hash(row: Guidance) -> str:
    return _digest([getattr(row, c) for c in _GUIDANCE_COLUMNS])


# columns added to a reference table later, hashed apart (only when set) by reference_hash
_LATER_REFERENCE = {"originals", "certified_copies", "copies"}


def _rows(session: Session, model: type, order) -> list[list]:
    names = [c.key for c in model.__table__.columns]
    if model is ProcedureDocument:
        names = [n for n in names if n not in _LATER_REFERENCE]
    rows = session.execute(select(*model.__table__.columns).order_by(order)).all()
    return [[getattr(row, n) for n in names] for row in rows]


def reference_hash(session: Session) -> str:
    """The settings, the calendar's own days and the catalogue, as one hash (the internal
    processes' steps, a later table, only once there are some: hashes made before it hold)."""
    tables = [_rows(session, model, order) for model, order in _REFERENCE]
    steps = _rows(session, ProcedureStep, ProcedureStep.id)
    if steps:
        tables.append(steps)
    counts = [
        [row.id, row.originals, row.certified_copies, row.copies]
        for row in session.execute(
            select(
                ProcedureDocument.id,
                ProcedureDocument.originals,
                ProcedureDocument.certified_copies,
                ProcedureDocument.copies,
            ).order_by(ProcedureDocument.id)
        )
        if (row.originals, row.certified_copies, row.copies) != (1, 0, 0)
    ]
    if counts:  # the usual counts of the required documents, a later column: only when set
        tables.append(counts)
    return _digest(tables)


_ROWS = {
    "dossier": (Dossier, "code", dossier_hash),
    "user": (User, "username", user_hash),
    "guidance": (Guidance, "id", guidance_hash),
}


def state_hash(session: Session, entity: str, entity_id: str) -> str | None:
    """The hash of the row an audit entry speaks of, as it stands in ``session`` now. The
    change that writes the entry has the row in hand: it is taken from the session's identity
    map, and read from the database only when it is not there."""
    if entity in REFERENCE_ENTITIES:
        session.flush()
        return reference_hash(session)
    if entity not in _ROWS:
        return None
    model, key, digest = _ROWS[entity]
    if session.new:  # events not yet written have no id, which orders them in the hash
        session.flush()
    if key == "id":
        entity_id = int(entity_id)
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
        if isinstance(new, dict) and new.get("state_hash") and new.get("state_v") == VERSION:
            yield entity_id, new["state_hash"]


def _reference_recorded(session: Session) -> str | None:
    """The reference hash of the newest entry about the settings, calendar or catalogue."""
    newest = session.execute(
        select(AuditEntry.new)
        .where(AuditEntry.entity.in_(REFERENCE_ENTITIES))
        .order_by(AuditEntry.id.desc())
        .limit(1)
    ).scalar()
    if not isinstance(newest, dict) or newest.get("state_v") != VERSION:
        return None
    return newest.get("state_hash")


def _search_index_intact(session: Session) -> bool:
    """SQLite: the FTS5 search table agrees with the dossiers' folded text (FTS5's own
    integrity check, which reads both)."""
    if session.get_bind().dialect.name != "sqlite":
        return True
    try:
        session.execute(
            text("INSERT INTO dossier_search(dossier_search, rank) VALUES ('integrity-check', 1)")
        )
    except DBAPIError:
        return False
    return True


def check(session: Session) -> StateCheck:
    """Everything against the state its newest entry recorded, and the search index against
    the dossiers (a damaged index names the dossiers' table)."""
    if not _search_index_intact(session):
        return StateCheck(0, "search", "")
    checked = 0
    reference = _reference_recorded(session)
    if reference is not None:
        if reference_hash(session) != reference:
            return StateCheck(checked, "settings", "")
        checked += 1
    for entity, (model, key, digest) in (("user", _ROWS["user"]), ("guidance", _ROWS["guidance"])):
        recorded = dict(_recorded(session, entity))
        column = getattr(model, key)
        wanted = [int(k) for k in recorded] if key == "id" else list(recorded)
        for row in session.scalars(select(model).where(column.in_(wanted))):
            if digest(row) != recorded.pop(str(getattr(row, key))):
                return StateCheck(checked, entity, str(getattr(row, key)))
            checked += 1
        if recorded:  # a row that is gone
            return StateCheck(checked, entity, next(iter(recorded)))
    recorded = list(_recorded(session, "dossier"))
    for start in range(0, len(recorded), 2000):
        page = dict(recorded[start : start + 2000])
        found = session.scalars(
            select(Dossier)
            .where(Dossier.code.in_(page))
            .options(
                selectinload(Dossier.events),
                selectinload(Dossier.documents),
                selectinload(Dossier.rating),
                selectinload(Dossier.attachments),
            )
        ).all()
        for dossier in found:
            if dossier_hash(dossier) != page.pop(dossier.code):
                return StateCheck(checked, "dossier", dossier.code)
            checked += 1
        if page:
            return StateCheck(checked, "dossier", next(iter(page)))
        session.expunge_all()
    return StateCheck(checked)
