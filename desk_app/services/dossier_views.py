"""What the desk shows of one dossier: its detail with the whole history (the detail screen),
and its record as plain values (``desk-app dossier show --json``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from desk_app.db.database import Database
from desk_app.db.models import User
from desk_app.domain.deadline import Deadline
from desk_app.domain.lifecycle import EVENT_LABELS, EventKind, State, allowed_events
from desk_app.domain.notices import STATE_LABELS
from desk_app.domain.process import StepRun
from desk_app.domain.roles import Permission
from desk_app.services import auth, outbox, process
from desk_app.services.dossiers import (
    _PERMISSION_OF,
    ReceivedDocument,
    deadline_of,
    find_dossier,
)
from desk_app.services.ratings import GivenRating, rating_of


@dataclass(frozen=True)
class TimelineEntry:
    at: dt.datetime
    who: str
    what: str
    details: str
    kind: str = ""  # the EventKind's value when the entry is a step of the lifecycle


@dataclass(frozen=True)
class DossierDetail:
    code: str
    register_year: int
    register_no: int
    procedure_code: str
    procedure_name: str
    applicant_kind: str
    applicant_name: str
    applicant_id_no: str  # in full: the detail screen is where the number is shown
    address: str
    phone: str
    email: str
    channel: str
    return_method: str
    return_address: str
    note: str
    received_at: dt.datetime
    deadline: Deadline
    appointment_at: dt.datetime | None
    extended_due_at: dt.datetime | None
    state: State
    documents: tuple[ReceivedDocument, ...]
    timeline: tuple[TimelineEntry, ...]
    actions: tuple[EventKind, ...]  # allowed by the state and by the signed-in user's role
    notify: bool = True
    incoming_tracking: str = ""
    postal_tracking: str | None = None
    delivered_at: dt.datetime | None = None
    rating: GivenRating | None = None
    returned_at: dt.datetime | None = None
    steps: tuple[StepRun, ...] = ()  # the internal process as it went
    next_department: str | None = None  # where the next forwarding goes


def _details(data: dict[str, Any] | None) -> str:
    if not data:
        return ""
    parts = []
    if data.get("note"):
        parts.append(str(data["note"]))
    if data.get("items"):
        parts.append("; ".join(str(i) for i in data["items"]))
    if data.get("new_due"):
        parts.append(f"hẹn mới {data['new_due']}")
    if data.get("field"):
        parts.append(f"{data['field']}: {data.get('old', '')!s} → {data.get('new', '')!s}")
    if data.get("late"):
        parts.append(f"yêu cầu muộn: {data.get('late_reason', '')}")
    if data.get("from"):
        parts.append(f"từ {data['from']}")
    if data.get("to"):
        parts.append(f"chuyển đến {data['to']}")
    if data.get("receiver"):
        parts.append(f"người nhận {data['receiver']}")
    if data.get("recipient"):
        parts.append(f"người nhận {data['recipient']}")
    if data.get("postal"):
        parts.append(f"bưu gửi {data['postal']}")
    return " · ".join(parts)


def _timeline(session, dossier) -> list[TimelineEntry]:
    ids = {e.user_id for e in dossier.events if e.user_id is not None}
    names = {
        user_id: full_name or username
        for user_id, username, full_name in session.execute(
            select(User.id, User.username, User.full_name).where(User.id.in_(ids))
        )
    }
    entries = [
        TimelineEntry(
            e.at,
            names.get(e.user_id, ""),
            EVENT_LABELS[EventKind(e.kind)],
            _details({"note": e.note, **(e.data or {})}),
            e.kind,
        )
        for e in sorted(dossier.events, key=lambda e: (e.at, e.id))
    ]
    for notice in outbox.of_dossier(session, dossier.id):
        channel = "thư điện tử" if notice.channel == "email" else "tin nhắn"
        state = STATE_LABELS[notice.state]
        when = notice.sent_at or notice.created_at
        entries.append(
            TimelineEntry(when, "", f"Thông báo ({channel}): {notice.kind_label}", state, "notice")
        )
    given = rating_of(session, dossier.id)
    if given is not None:
        text = " · ".join(filter(None, [given.level.label_vi, given.comment]))
        entries.append(TimelineEntry(given.at, "", "Người nộp đánh giá", text, "rating"))
    return sorted(entries, key=lambda e: e.at)


def _actions(actor, dossier) -> tuple[EventKind, ...]:
    state = State(dossier.state)
    apologised = any(e.kind == EventKind.APOLOGY for e in dossier.events)
    possible = {
        EventKind.DELIVERED: bool(dossier.postal_tracking) and dossier.delivered_at is None,
        EventKind.FORWARDED: process.next_department(dossier) is not None,
    }
    return tuple(
        kind
        for kind in allowed_events(state, apologised_before=apologised)
        if actor.can(_PERMISSION_OF.get(kind, Permission.PROCESS)) and possible.get(kind, True)
    )


def dossier_detail(db: Database, code: str) -> DossierDetail:
    """Everything the detail screen shows. The history is the dossier's stored events, every
    one however it came (the counter, an import, demonstration data, another counter), in the
    order they happened, each with who recorded it and its details (a correction's old and
    new values included)."""
    actor = auth.require(Permission.SEARCH)
    with db.read() as session:
        dossier = find_dossier(session, code)
        deadline = deadline_of(session, dossier)
        timeline = _timeline(session, dossier)
        state = State(dossier.state)
        actions = _actions(actor, dossier)
        return DossierDetail(
            dossier.code,
            dossier.register_year,
            dossier.register_no,
            dossier.procedure.code,
            dossier.procedure.name,
            dossier.applicant_kind,
            dossier.applicant_name,
            dossier.applicant_id_no,
            dossier.address,
            dossier.phone,
            dossier.email,
            dossier.channel,
            dossier.return_method,
            dossier.return_address,
            dossier.note,
            dossier.received_at,
            deadline,
            dossier.appointment_at,
            dossier.extended_due_at,
            state,
            tuple(
                ReceivedDocument(d.name, d.originals, d.certified_copies, d.copies)
                for d in dossier.documents
            ),
            tuple(timeline),
            actions,
            dossier.notify,
            dossier.incoming_tracking,
            dossier.postal_tracking,
            dossier.delivered_at,
            rating_of(session, dossier.id),
            dossier.returned_at,
            tuple(process.step_runs(session, dossier, dt.datetime.now())),
            process.next_department(dossier),
        )


def _minute(moment: dt.datetime | None) -> str | None:
    return None if moment is None else moment.strftime("%Y-%m-%d %H:%M")


def dossier_record(db: Database, code: str) -> dict[str, Any]:
    """One dossier as plain values (``desk-app dossier show --json``): times as
    ``YYYY-MM-DD HH:MM``, the legal due moment from the history, every stored event."""
    auth.require(Permission.SEARCH)
    with db.read() as session:
        dossier = find_dossier(session, code)
        deadline = deadline_of(session, dossier)
        return {
            "code": dossier.code,
            "register_year": dossier.register_year,
            "register_no": dossier.register_no,
            "state": dossier.state,
            "outcome": dossier.outcome,
            "procedure_code": dossier.procedure.code,
            "applicant_name": dossier.applicant_name,
            "channel": dossier.channel,
            "received_at": _minute(dossier.received_at),
            "legal_due_at": _minute(deadline.due),
            "appointment_at": _minute(dossier.extended_due_at or dossier.appointment_at),
            "resolved_at": _minute(dossier.resolved_at),
            "returned_at": _minute(dossier.returned_at),
            "notify": dossier.notify,
            "incoming_tracking": dossier.incoming_tracking or None,
            "postal_tracking": dossier.postal_tracking,
            "delivered_at": _minute(dossier.delivered_at),
            "rating": _rating_record(rating_of(session, dossier.id)),
            "steps": process.runs_record(process.step_runs(session, dossier, dt.datetime.now())),
            "events": [
                {"kind": e.kind, "at": _minute(e.at), "reason": e.note or ""}
                for e in sorted(dossier.events, key=lambda e: (e.at, e.id))
            ],
            "notices": [
                {
                    "kind": n.kind,
                    "channel": n.channel,
                    "state": n.state,
                    "created_at": _minute(n.created_at),
                    "sent_at": _minute(n.sent_at),
                }
                for n in outbox.of_dossier(session, dossier.id)
            ],
        }


def _rating_record(given: GivenRating | None) -> dict[str, Any] | None:
    if given is None:
        return None
    return {"level": given.level.value, "comment": given.comment, "at": _minute(given.at)}
