"""The end-of-day review: what is overdue, due, waiting or done today; the apology letters
for several overdue dossiers at once; and the record that the review was done (who, when)."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from sqlalchemy import select

from desk_app.db.database import Database
from desk_app.db.models import AuditEntry
from desk_app.domain.errors import DeskError, ValidationError
from desk_app.domain.lifecycle import EventKind
from desk_app.domain.roles import Permission
from desk_app.printing import forms
from desk_app.services import audit, auth, checkpoints, dossiers, printing

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SignOff:
    username: str
    at: dt.datetime


def review(db: Database, day: dt.date, now: dt.datetime | None = None) -> forms.ReviewSheet:
    auth.require(Permission.SEARCH)
    moment = now or dt.datetime.combine(day, dt.time(17, 0))
    with db.read() as session:
        return printing.review_sheet(session, day, moment)


def signed_off(db: Database, day: dt.date) -> SignOff | None:
    with db.read() as session:
        entry = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.action == "review.done", AuditEntry.entity_id == day.isoformat())
            .order_by(AuditEntry.id.desc())
            .limit(1)
        ).first()
    return SignOff(entry.username, entry.at) if entry else None


def sign_off(db: Database, day: dt.date, counts: dict[str, int] | None = None) -> SignOff:
    """Record that the day's review was done, by whom and when (a supervisor's)."""
    auth.require(Permission.REVIEW_SIGNOFF)
    db.run_write(
        lambda session: audit.record(session, "review.done", "review", day.isoformat(), new=counts)
    )
    from desk_app.services import backup  # it imports this module's neighbours

    try:  # the trail's head, outside the database, at every review
        checkpoints.write(db, backup.backup_folder(db))
    except OSError as exc:
        log.warning("audit checkpoint not written: %s", exc)
    result = signed_off(db, day)
    assert result is not None
    return result


@dataclass(frozen=True)
class LetterResult:
    letters: list[tuple[str, bytes]]  # (code, PDF of form 04)
    refused: list[tuple[str, str]]  # (code, why not)


def apology_letters(
    db: Database,
    codes: list[str],
    new_due: dt.datetime,
    reason: str,
    now: dt.datetime | None = None,
) -> LetterResult:
    """Apologise for each dossier with the same new appointment and reason, and render its
    form 04. A dossier that cannot (already apologised once, closed) is listed with why."""
    auth.require(Permission.APOLOGY)
    if not reason.strip():
        raise ValidationError("Ghi lý do chậm trễ cho văn bản xin lỗi", "reason")
    moment = now or dt.datetime.now()
    if new_due <= moment:
        raise ValidationError("Ngày hẹn mới phải sau thời điểm hiện tại", "new_due")
    letters, refused = [], []
    for code in codes:
        try:
            dossiers.apply_event(
                db, code, EventKind.APOLOGY, note=reason, data={"new_due": new_due}, at=moment
            )
            letters.append(
                (code, printing.dossier_document(db, "apology", code, today=moment.date()))
            )
        except DeskError as exc:
            refused.append((code, str(exc)))
    return LetterResult(letters, refused)
