"""The internal process of a dossier: each hand-over between the steps of its procedure's
process (``domain.process``), recorded in order, and where the dossier is now.

The process in force at registration is copied onto the dossier, as its time limit is. Step 1
starts when the counter hands the dossier over; each ``forwarded`` event names the next step's
department (another is refused, with the one expected); the last step ends when the result comes
back to the desk (``result_ready``). Where the dossier is, since when and when that step's
budget runs out are kept on the dossier for the list and the review."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from desk_app.db.models import Dossier, Procedure
from desk_app.domain import validation
from desk_app.domain.calendar import WorkingCalendar
from desk_app.domain.deadline import LimitUnit
from desk_app.domain.errors import ValidationError
from desk_app.domain.lifecycle import EventKind, HistoryEvent, State, pauses_from
from desk_app.domain.process import Step, StepRun, next_step, runs
from desk_app.services import calendar_service


def snapshot(procedure: Procedure) -> list[list[Any]] | None:
    """The procedure's process as the dossier keeps it, or None when it has none."""
    return [[s.department, s.budget] for s in procedure.steps] or None


def steps_of(dossier: Dossier) -> tuple[Step, ...]:
    return tuple(Step(str(d), float(b)) for d, b in dossier.process or ())


def _moments(dossier: Dossier) -> tuple[list[dt.datetime], dt.datetime | None]:
    """When the dossier reached each step, and when the result came back."""
    events = sorted(dossier.events, key=lambda e: (e.at, e.id or 0))
    reached: list[dt.datetime] = []
    finished = None
    for event in events:
        first = event.kind == EventKind.HANDED_OVER and not reached
        if first or event.kind == EventKind.FORWARDED:
            reached.append(event.at)
        elif event.kind == EventKind.RESULT_READY and finished is None:
            finished = event.at
    return reached, finished


def next_department(dossier: Dossier) -> str | None:
    """The department the dossier goes to at its next forwarding (None: no process, not yet
    handed over, or at its last step)."""
    steps = steps_of(dossier)
    reached = len(_moments(dossier)[0])
    return steps[reached].department if 0 < reached < len(steps) else None


def check_forward(dossier: Dossier, kind: EventKind, payload: dict[str, Any]) -> None:
    """Before a hand-over is recorded: it names the next step's department."""
    if kind not in (EventKind.FORWARDED, EventKind.HANDED_OVER):
        return
    steps = steps_of(dossier)
    if kind is EventKind.HANDED_OVER:
        if steps and not str(payload.get("to") or "").strip():
            payload["to"] = steps[0].department
        return
    if not steps:
        raise ValidationError(
            "Thủ tục của hồ sơ này không có quy trình nội bộ (cột steps của danh mục)", "to"
        )
    reached = len(_moments(dossier)[0])
    step = next_step(steps, reached, str(payload.get("to") or ""))
    payload["to"] = step.department
    payload["from"] = steps[reached - 1].department
    if payload.get("receiver"):  # who received it, as the giver wrote
        receiver = validation.free_text(str(payload["receiver"]), "Người nhận", "receiver", 200)
        payload["receiver"] = receiver.strip()


def step_runs(
    session: Session, dossier: Dossier, now: dt.datetime, calendar: WorkingCalendar | None = None
) -> list[StepRun]:
    steps = steps_of(dossier)
    if not steps:
        return []
    reached, finished = _moments(dossier)
    history = [HistoryEvent(EventKind(e.kind), e.at) for e in dossier.events]
    return runs(
        steps,
        reached,
        finished,
        calendar or calendar_service.calendar_for(session),
        LimitUnit(dossier.limit_unit),
        now,
        pauses_from(history),
    )


def refresh(
    session: Session, dossier: Dossier, now: dt.datetime, calendar: WorkingCalendar | None = None
) -> None:
    """Where the dossier is now, kept on it for the list and the review (after each of its
    steps, and for every dossier at a step when the calendar changes)."""
    current = None
    if State(dossier.state) in (State.HANDED_OVER, State.SUPPLEMENT_REQUESTED):
        runs_now = step_runs(session, dossier, now, calendar)
        current = next((r for r in runs_now if r.started_at and not r.finished_at), None)
    dossier.step_department = current.department if current else None
    dossier.step_since = current.started_at if current else None
    dossier.step_due_at = current.due_at if current else None


def runs_record(step_runs_: list[StepRun]) -> list[dict[str, Any]]:
    """The steps as ``dossier show --json`` gives them."""

    def minute(moment: dt.datetime | None) -> str | None:
        return None if moment is None else f"{moment:%Y-%m-%d %H:%M}"

    return [
        {
            "department": r.department,
            "started_at": minute(r.started_at),
            "finished_at": minute(r.finished_at),
            "budget_minutes": r.budget_minutes,
            "used_minutes": r.used_minutes,
            "late": r.late,
        }
        for r in step_runs_
    ]
