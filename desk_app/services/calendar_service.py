"""The agency calendar in force, its overrides, and keeping open dossiers' due moments right."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import threading
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session, selectinload

from desk_app.db.database import Database
from desk_app.db.models import CalendarOverride, Dossier, DossierEvent
from desk_app.domain import validation
from desk_app.domain.calendar import (
    OfficeHours,
    OfficialCalendar,
    Override,
    OverrideKind,
    WorkingCalendar,
    load_official_calendar,
)
from desk_app.domain.deadline import Clock, TimeLimit, compute_deadline, policy_of
from desk_app.domain.errors import ValidationError
from desk_app.domain.lifecycle import OPEN_STATES, EventKind, HistoryEvent, pauses_from
from desk_app.domain.roles import Permission
from desk_app.resources_path import resource_path
from desk_app.services import agency, audit, auth, jobs

_lock = threading.Lock()
_cache: dict[tuple, WorkingCalendar] = {}


@functools.lru_cache(maxsize=1)
def official_calendar() -> OfficialCalendar:
    return load_official_calendar()


@functools.lru_cache(maxsize=1)
def official_fingerprint() -> str:
    """SHA-256 of the official calendar file shipped with this program."""
    return hashlib.sha256(resource_path("calendar", "official.toml").read_bytes()).hexdigest()


def refresh_after_new_announcements(session: Session) -> RecomputeResult | None:
    """When this program ships a different official calendar file than the one the database
    last saw (a new year's announcement, a corrected swap), recompute every open dossier.
    Returns None when nothing changed."""
    settings = agency.ensure_settings(session)
    fingerprint = official_fingerprint()
    if settings.options.get("official_calendar_sha256") == fingerprint:
        return None
    old = settings.options.get("official_calendar_sha256")
    settings.options = {**settings.options, "official_calendar_sha256": fingerprint}
    session.flush()
    result = recompute_open_dossiers(session, calendar_for(session))
    audit.record(
        session,
        "calendar.official",
        "calendar",
        "official",
        old={"sha256": old},
        new={"sha256": fingerprint, "open_dossiers": result.open_dossiers, "moved": result.updated},
    )
    return result


def calendar_for(session: Session) -> WorkingCalendar:
    """The calendar in force: office hours from the settings, the official file, the agency's
    overrides. Built once per distinct configuration and reused (building costs ~50 ms)."""
    settings = agency.get_settings(session)
    overrides = tuple(
        Override(row.day, OverrideKind(row.kind), row.reason)
        for row in session.scalars(select(CalendarOverride).order_by(CalendarOverride.day))
    )
    key = (json.dumps(settings.office_hours, sort_keys=True), overrides)
    with _lock:
        calendar = _cache.get(key)
        if calendar is None:
            calendar = WorkingCalendar(
                agency.office_hours(settings), official_calendar(), overrides
            )
            _cache.clear()  # only the configuration in force is worth keeping
            _cache[key] = calendar
        return calendar


# --------------------------------------------------------------------------- recomputation


@dataclass(frozen=True)
class ChangedAppointment:
    """An open dossier whose legal due moment no longer matches its printed appointment."""

    dossier_id: int
    code: str
    applicant_name: str
    phone: str
    appointment_at: dt.datetime | None
    old_due_at: dt.datetime | None
    new_due_at: dt.datetime | None


@dataclass(frozen=True)
class RecomputeResult:
    open_dossiers: int
    updated: int
    changed_appointments: list[ChangedAppointment]


def recompute_open_dossiers(session: Session, calendar: WorkingCalendar) -> RecomputeResult:
    """Recompute the legal due moment of every open dossier from its history; store the ones
    that moved; list those whose printed appointment no longer matches."""
    open_states = [s.value for s in OPEN_STATES]
    rows = session.execute(
        select(
            Dossier.id,
            Dossier.code,
            Dossier.applicant_name,
            Dossier.phone,
            Dossier.received_at,
            Dossier.limit_value,
            Dossier.limit_unit,
            Dossier.cutoff,
            Dossier.supplement_pause,
            Dossier.due_at,
            Dossier.appointment_at,
            Dossier.extended_due_at,
        ).where(Dossier.state.in_(open_states), Dossier.due_fixed.is_(False))
    ).all()
    supplements: dict[int, list[tuple[str, dt.datetime]]] = defaultdict(list)
    kinds = (EventKind.SUPPLEMENT_REQUESTED.value, EventKind.SUPPLEMENT_RECEIVED.value)
    event_rows = session.execute(
        select(DossierEvent.dossier_id, DossierEvent.kind, DossierEvent.at)
        .join(Dossier, Dossier.id == DossierEvent.dossier_id)
        .where(Dossier.state.in_(open_states), DossierEvent.kind.in_(kinds))
        .order_by(DossierEvent.dossier_id, DossierEvent.at, DossierEvent.id)
    )
    for dossier_id, kind, at in event_rows:
        supplements[dossier_id].append((kind, at))

    limits: dict[tuple, TimeLimit] = {}
    updates, changed = [], []
    for number, row in enumerate(rows):
        if number % 2000 == 0:
            jobs.checkpoint(done=number, total=len(rows))  # cancelled: the change rolls back
        key = (row.limit_value, row.limit_unit, row.cutoff)
        limit = limits.get(key)
        if limit is None:
            limit = limits[key] = TimeLimit.stored(*key)
        pauses = pauses_from(
            HistoryEvent(EventKind(kind), at) for kind, at in supplements.get(row.id, ())
        )
        policy = policy_of(row.supplement_pause)
        due = compute_deadline(calendar, Clock(row.received_at, limit, pauses, policy)).due
        if due != row.due_at:
            updates.append({"id": row.id, "due_at": due})
        promised = row.extended_due_at or row.appointment_at
        if (
            promised is not None
            and due is not None
            and due != promised
            and (row.extended_due_at is None or due > row.extended_due_at)
        ):
            changed.append(
                ChangedAppointment(
                    row.id, row.code, row.applicant_name, row.phone, promised, row.due_at, due
                )
            )
    jobs.checkpoint()
    if updates:
        session.execute(update(Dossier), updates)
    _refresh_steps(session, calendar, open_states)
    return RecomputeResult(len(rows), len(updates), changed)


def _refresh_steps(session: Session, calendar: WorkingCalendar, open_states: list[str]) -> None:
    """When its step's time runs out moves with the calendar too."""
    from desk_app.services import process  # it reads the calendar through this module

    at_a_step = session.scalars(
        select(Dossier)
        .where(Dossier.step_since.is_not(None), Dossier.state.in_(open_states))
        .options(selectinload(Dossier.events))
    )
    now = dt.datetime.now()
    for dossier in at_a_step:
        process.refresh(session, dossier, now, calendar)


# --------------------------------------------------------------------------- overrides


def set_override(
    db: Database,
    day: dt.date,
    kind: OverrideKind | str,
    reason: str = "",
    user_id: int | None = None,
) -> RecomputeResult:
    """Add or replace the agency's override for ``day`` and recompute open dossiers."""
    try:
        kind = OverrideKind(kind)
    except ValueError:
        options = ", ".join(k.value for k in OverrideKind)
        raise ValidationError(f"Loại ngày không hợp lệ: {kind!r} ({options})", "kind") from None
    reason = validation.free_text(reason, "Lý do", "reason", 300, lines=False)
    actor = auth.require(Permission.CALENDAR)
    user_id = user_id if user_id is not None else actor.id

    def work(session: Session) -> RecomputeResult:
        row = session.scalar(select(CalendarOverride).where(CalendarOverride.day == day))
        old = None
        if row is None:
            row = CalendarOverride(day=day)
            session.add(row)
        else:
            old = {"kind": row.kind, "reason": row.reason}
        row.kind, row.reason, row.created_by_id = kind.value, reason, user_id
        session.flush()
        audit.record(
            session,
            "calendar.set",
            "calendar",
            day.isoformat(),
            old=old,
            new={"kind": kind.value, "reason": row.reason},
        )
        return recompute_open_dossiers(session, calendar_for(session))

    return db.run_write(work)


def remove_override(db: Database, day: dt.date) -> RecomputeResult:
    auth.require(Permission.CALENDAR)

    def work(session: Session) -> RecomputeResult:
        row = session.scalar(select(CalendarOverride).where(CalendarOverride.day == day))
        if row is None:
            raise ValidationError(f"Ngày {day:%d/%m/%Y} không có điều chỉnh của cơ quan", "day")
        audit.record(
            session,
            "calendar.unset",
            "calendar",
            day.isoformat(),
            old={"kind": row.kind, "reason": row.reason},
        )
        session.delete(row)
        session.flush()
        return recompute_open_dossiers(session, calendar_for(session))

    return db.run_write(work)


def current_calendar(db: Database) -> WorkingCalendar:
    with db.read() as session:
        return calendar_for(session)


def set_office_hours(db: Database, mapping: dict[str, list[str]]) -> RecomputeResult:
    """The agency's office sessions per weekday (checked), then every open dossier recomputed
    on them."""
    auth.require(Permission.CALENDAR)
    hours = OfficeHours.from_mapping(mapping).to_mapping()

    def work(session: Session) -> RecomputeResult:
        settings = agency.ensure_settings(session)
        old = settings.office_hours
        settings.office_hours = hours
        session.flush()
        audit.record(session, "calendar.sessions", "calendar", "office_hours", old=old, new=hours)
        return recompute_open_dossiers(session, calendar_for(session))

    return db.run_write(work)
