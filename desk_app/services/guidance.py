"""Incomplete dossiers turned back at the counter with a printed form 02 (supplement) or 03
(refusal to receive). They are not registered, but the desk counts them for its reports."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.db.database import Database
from desk_app.db.models import Guidance, Procedure
from desk_app.domain.errors import ValidationError
from desk_app.domain.roles import Permission
from desk_app.domain.text import nfc
from desk_app.services import audit, auth


class GuidanceKind(StrEnum):
    SUPPLEMENT = "supplement"  # form 02: what is missing
    REFUSAL = "refusal"  # form 03: not received, with the reason


def record_guidance(
    db: Database,
    kind: GuidanceKind | str,
    procedure_code: str | None = None,
    *,
    user_id: int | None = None,
    at: dt.datetime | None = None,
) -> int:
    """Count one applicant guided at the counter; returns the new row's id."""
    try:
        kind = GuidanceKind(kind)
    except ValueError:
        raise ValidationError(f"Loại hướng dẫn không hợp lệ: {kind!r}", "kind") from None
    moment = (at or dt.datetime.now()).replace(second=0, microsecond=0)
    actor = auth.require(Permission.INTAKE)
    user_id = user_id if user_id is not None else actor.id

    def work(session: Session) -> int:
        procedure_id = None
        if procedure_code:
            procedure_id = session.scalar(
                select(Procedure.id).where(Procedure.code == nfc(procedure_code))
            )
            if procedure_id is None:
                raise ValidationError(
                    f"Không có thủ tục mã {procedure_code!r} trong danh mục", "procedure"
                )
        row = Guidance(at=moment, kind=kind.value, procedure_id=procedure_id, user_id=user_id)
        session.add(row)
        session.flush()
        audit.record(
            session,
            f"guidance.{kind.value}",
            "guidance",
            row.id,
            new={"procedure": procedure_code or "", "at": moment},
        )
        return row.id

    return db.run_write(work)


def guidance_counts(session: Session, first: dt.date, last: dt.date) -> dict[GuidanceKind, int]:
    """How many applicants were guided, by kind, from ``first`` to ``last`` inclusive."""
    start = dt.datetime.combine(first, dt.time())
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time())
    rows = session.execute(
        select(Guidance.kind, func.count())
        .where(Guidance.at >= start, Guidance.at < end)
        .group_by(Guidance.kind)
    )
    counts = {kind: 0 for kind in GuidanceKind}
    for kind, count in rows:
        counts[GuidanceKind(kind)] = count
    return counts
