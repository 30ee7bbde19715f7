"""Notices to applicants through an outbox.

:func:`enqueue` writes a notice in the transaction of the event that causes it, so a notice
exists exactly when its event committed. :func:`send_pending` drains the outbox one notice at a
time: it claims the notice (a short transaction), sends it with no transaction open, and
records the outcome. A sender stopped between the two leaves the notice claimed; after
:data:`LEASE` another sender takes it again, so nothing is lost (at worst one notice goes twice).
A refused notice waits longer after each attempt (:func:`backoff`) and is marked failed after
:data:`MAX_ATTEMPTS`.

Logs hold the notice's number, kind and channel, never the phone, address or text.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from desk_app.db.database import Database
from desk_app.db.models import Dossier, OutboxNotice
from desk_app.domain.lifecycle import EventKind
from desk_app.domain.notices import KIND_LABELS, NoticeKind, kind_enabled, sms_segments, sms_text
from desk_app.domain.roles import Permission
from desk_app.overridable import OverridableTexts, TextsError
from desk_app.services import agency, auth, channels

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 8
LEASE = dt.timedelta(minutes=5)  # a claimed notice not finished by then is taken again
PLACEHOLDERS = frozenset(
    {"agency", "desk_phone", "code", "procedure", "appointment", "items", "reason", "lookup"}
)


class TemplateError(TextsError):
    """The agency's notice templates cannot be used."""


TEMPLATES = OverridableTexts(
    ("notices", "templates.toml"), PLACEHOLDERS, "mẫu thông báo", TemplateError
)


def backoff(attempts: int) -> dt.timedelta:
    """The wait after the ``attempts``-th failure: 1, 2, 4 ... minutes, at most 6 hours."""
    return dt.timedelta(minutes=min(2 ** max(attempts - 1, 0), 360))


def _minute(moment: dt.datetime | None) -> str:
    return "" if moment is None else f"{moment:%H:%M %d/%m/%Y}"


def enqueue(
    session: Session,
    dossier: Dossier,
    kind: NoticeKind,
    now: dt.datetime,
    *,
    reason: str = "",
    items: tuple[str, ...] = (),
) -> int:
    """Write the notice of ``kind`` for each channel the agency set up and the applicant can be
    reached on, unless the applicant declined or the agency switched the kind off. Returns how
    many were written."""
    now = now.replace(microsecond=0)
    settings = agency.get_settings(session)
    options = {**agency.AGENCY_DEFAULTS["options"], **dict(settings.options)}
    if not dossier.notify or not kind_enabled(str(options["notify_kinds"]), kind):
        return 0
    reach = []
    if dossier.email and options.get("smtp_host"):
        reach.append(("email", dossier.email))
    if dossier.phone and options.get("sms_url"):
        reach.append(("sms", dossier.phone))
    if not reach:
        return 0
    values = {
        "agency": settings.name,
        "desk_phone": settings.phone or "",
        "code": dossier.code,
        "procedure": dossier.procedure.name if dossier.procedure else "",
        "appointment": _minute(dossier.extended_due_at or dossier.appointment_at),
        "items": "; ".join(items),
        "reason": reason,
        "lookup": settings.lookup_url.replace("{code}", dossier.code),
    }
    try:
        texts = TEMPLATES.load()[kind.value]
        rendered = {
            "subject": texts["subject"].format_map(values),
            "email": texts["email"].format_map(values),
            "sms": sms_text(
                texts["sms"].format_map(values), without_marks=bool(options["sms_without_marks"])
            ),
        }
        error = ""
    except TemplateError as exc:  # the counter goes on; the administrator sees why in the list
        rendered, error = {"subject": "", "email": "", "sms": ""}, str(exc)
        log.warning("notice templates unusable: %s", exc)
    for channel, recipient in reach:
        session.add(
            OutboxNotice(
                dossier_id=dossier.id,
                kind=kind.value,
                channel=channel,
                recipient=recipient,
                subject=rendered["subject"] if channel == "email" else "",
                body=rendered[channel],
                state="failed" if error else "waiting",
                attempts=0,
                created_at=now,
                next_attempt_at=now,
                last_error=error[:300],
            )
        )
    return len(reach)


@dataclass(frozen=True)
class Claimed:
    id: int
    kind: str
    channel: str
    recipient: str
    subject: str
    body: str
    attempts: int


def _claim(db: Database, now: dt.datetime) -> Claimed | None:
    def work(session: Session) -> Claimed | None:
        due = or_(
            and_(OutboxNotice.state == "waiting", OutboxNotice.next_attempt_at <= now),
            and_(OutboxNotice.state == "sending", OutboxNotice.claimed_at <= now - LEASE),
        )
        statement = select(OutboxNotice).where(due).order_by(OutboxNotice.id).limit(1)
        if not db.is_sqlite:  # several counters' senders share the work
            statement = statement.with_for_update(skip_locked=True)
        row = session.scalar(statement)
        if row is None:
            return None
        row.state, row.claimed_at, row.attempts = "sending", now, row.attempts + 1
        return Claimed(
            row.id, row.kind, row.channel, row.recipient, row.subject, row.body, row.attempts
        )

    return db.run_write(work)


def _finish(db: Database, notice: Claimed, now: dt.datetime, error: str | None) -> str:
    def work(session: Session) -> str:
        row = session.get(OutboxNotice, notice.id, with_for_update=True)
        if row is None:
            return "gone"
        if error is None:
            row.state, row.sent_at, row.last_error = "sent", now, ""
        elif row.attempts >= MAX_ATTEMPTS:
            row.state, row.last_error = "failed", error
        else:
            row.state, row.last_error = "waiting", error
            row.next_attempt_at = now + backoff(row.attempts)
        row.claimed_at = None
        return row.state

    return db.run_write(work)


Transport = Callable[[dict[str, Any], Claimed], None]


def deliver(options: dict[str, Any], notice: Claimed) -> None:
    """Send one notice through its channel with the agency's settings."""
    if notice.channel == "email":
        if not options.get("smtp_host"):
            raise channels.SendFailed("chưa cài đặt máy chủ thư (smtp_host)")
        channels.send_email(options, notice.recipient, notice.subject, notice.body)
    else:
        if not options.get("sms_url"):
            raise channels.SendFailed("chưa cài đặt cổng tin nhắn (sms_url)")
        channels.send_http(options, notice.recipient, notice.body)


@dataclass(frozen=True)
class SendResult:
    sent: int
    retrying: int
    failed: int


def send_pending(
    db: Database,
    *,
    now: Callable[[], dt.datetime] = dt.datetime.now,
    limit: int = 200,
    transport: Transport = deliver,
    between: Callable[[], None] | None = None,
) -> SendResult:
    """Send up to ``limit`` notices that are due. ``between`` is called after each one (the
    window's sender checks there whether it should stop)."""
    auth.require(Permission.PROCESS)
    counts = {"sent": 0, "waiting": 0, "failed": 0}
    options = agency.settings_view(db)
    for _ in range(limit):
        notice = _claim(db, now().replace(microsecond=0))
        if notice is None:
            break
        try:
            transport(options, notice)
            error = None
        except channels.SendFailed as exc:
            error = exc.reason
        state = _finish(db, notice, now().replace(microsecond=0), error)
        counts[state] = counts.get(state, 0) + 1
        log.info("notice %d (%s, %s): %s", notice.id, notice.kind, notice.channel, state)
        if between is not None:
            between()
    return SendResult(counts["sent"], counts["waiting"], counts["failed"])


@dataclass(frozen=True)
class NoticeRow:
    id: int
    code: str
    kind: str
    kind_label: str
    channel: str
    recipient: str
    state: str
    attempts: int
    created_at: dt.datetime
    sent_at: dt.datetime | None
    next_attempt_at: dt.datetime
    last_error: str
    segments: int  # messages a text takes (0 for an e-mail)


def _row(notice: OutboxNotice, code: str) -> NoticeRow:
    kind = NoticeKind(notice.kind)
    return NoticeRow(
        notice.id,
        code,
        kind.value,
        KIND_LABELS[kind],
        notice.channel,
        notice.recipient,
        notice.state,
        notice.attempts,
        notice.created_at,
        notice.sent_at,
        notice.next_attempt_at,
        notice.last_error,
        sms_segments(notice.body) if notice.channel == "sms" else 0,
    )


def listing(db: Database, state: str | None = None, limit: int = 200) -> list[NoticeRow]:
    """The newest notices (``state``: only those waiting, sent or failed)."""
    auth.require(Permission.SEARCH)
    with db.read() as session:
        statement = (
            select(OutboxNotice, Dossier.code)
            .join(Dossier, Dossier.id == OutboxNotice.dossier_id)
            .order_by(OutboxNotice.id.desc())
            .limit(limit)
        )
        if state is not None:
            statement = statement.where(OutboxNotice.state == state)
        return [_row(notice, code) for notice, code in session.execute(statement)]


def of_dossier(session: Session, dossier_id: int) -> list[NoticeRow]:
    rows = session.scalars(
        select(OutboxNotice).where(OutboxNotice.dossier_id == dossier_id).order_by(OutboxNotice.id)
    )
    return [_row(row, "") for row in rows]


def counts(db: Database) -> dict[str, int]:
    with db.read() as session:
        return dict(
            session.execute(
                select(OutboxNotice.state, func.count()).group_by(OutboxNotice.state)
            ).all()
        )


def retry_failed(db: Database, now: dt.datetime | None = None) -> int:
    """Put the failed notices back in the queue (after the settings were corrected)."""
    auth.require(Permission.SETTINGS)
    moment = (now or dt.datetime.now()).replace(microsecond=0)

    def work(session: Session) -> int:
        rows = session.scalars(select(OutboxNotice).where(OutboxNotice.state == "failed")).all()
        for row in rows:
            row.state, row.attempts, row.next_attempt_at = "waiting", 0, moment
        return len(rows)

    return db.run_write(work)


def after_event(
    session: Session,
    dossier: Dossier,
    kind: EventKind,
    moment: dt.datetime,
    note: str,
    payload: dict[str, Any],
) -> int:
    """The notice a step of the dossier's life causes, if any (in the step's transaction)."""
    now = dt.datetime.now().replace(microsecond=0)
    if kind is EventKind.SUPPLEMENT_REQUESTED:
        return enqueue(session, dossier, NoticeKind.SUPPLEMENT, now, items=tuple(payload["items"]))
    if kind is EventKind.RESULT_READY:
        appointment = dossier.extended_due_at or dossier.appointment_at
        early = appointment is not None and moment < appointment
        notice = NoticeKind.EARLY_RETURN if early else NoticeKind.RESULT_READY
        return enqueue(session, dossier, notice, now)
    notice = {
        EventKind.APOLOGY: NoticeKind.APOLOGY,
        EventKind.REFUSED: NoticeKind.REFUSED,
        EventKind.STOPPED: NoticeKind.STOPPED,
    }.get(kind)
    return 0 if notice is None else enqueue(session, dossier, notice, now, reason=note)
