"""The applicant's rating of a dossier's handling, and the satisfaction report.

A dossier is rated once, after its result was handed back, on the applicant's screen, in the
dialog the clerk turns toward the applicant, or from a paper form (``desk-app dossier rate``).
The report counts ratings by the moment they were given, per procedure, field, clerk (who
recorded the return) or month."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desk_app.db.database import Database
from desk_app.db.models import Dossier, DossierEvent, Field, Procedure, Rating, User
from desk_app.domain import satisfaction, validation
from desk_app.domain.errors import DeskError, ValidationError
from desk_app.domain.lifecycle import State
from desk_app.domain.roles import Permission
from desk_app.domain.satisfaction import Level, Tally
from desk_app.services import audit, auth
from desk_app.services.dossiers import find_dossier

GROUPINGS = ("procedure", "field", "clerk", "month")


class AlreadyRated(DeskError):
    """The dossier has its rating already."""


def rate(
    db: Database,
    code: str,
    level: Level | str,
    comment: str = "",
    *,
    source: str = "dialog",
    at: dt.datetime | None = None,
) -> Level:
    """Record the applicant's rating of ``code`` (returned dossiers only, once)."""
    actor = auth.require(Permission.PROCESS)
    chosen = satisfaction.level(level)
    text = validation.free_text(comment, "Ý kiến", "comment", satisfaction.COMMENT_MAX)
    if source not in satisfaction.SOURCES:
        raise ValidationError(f"Nguồn đánh giá {source!r} không có", "source")
    moment = (at or dt.datetime.now()).replace(second=0, microsecond=0)

    def work(session: Session) -> Level:
        dossier = find_dossier(session, code, lock=True)
        if dossier.state != State.RETURNED.value:
            raise ValidationError(
                "Chỉ đánh giá được hồ sơ đã trả kết quả; hồ sơ này chưa trả", "level"
            )
        if dossier.returned_at is not None and moment < dossier.returned_at:
            raise ValidationError("Thời điểm đánh giá trước khi trả kết quả", "at")
        existing = dossier.rating
        if existing is not None:
            raise AlreadyRated(
                f"Hồ sơ {dossier.code} đã được đánh giá lúc {existing.at:%H:%M %d/%m/%Y} "
                f"({Level(existing.level).label_vi}); mỗi hồ sơ đánh giá một lần"
            )
        dossier.rating = Rating(
            level=chosen.value, comment=text, source=source, at=moment, user_id=actor.id
        )
        session.flush()
        audit.record(
            session,
            "dossier.rate",
            "dossier",
            dossier.code,
            new={"level": chosen.value, "source": source, "at": moment, "comment": text},
        )
        return chosen

    try:
        return db.run_write(work)
    except IntegrityError:  # another counter rated it in the same instant
        raise AlreadyRated(f"Hồ sơ {code} vừa được đánh giá ở quầy khác") from None


@dataclass(frozen=True)
class GivenRating:
    level: Level
    comment: str
    source: str
    at: dt.datetime


def rating_of(session: Session, dossier_id: int) -> GivenRating | None:
    row = session.scalar(select(Rating).where(Rating.dossier_id == dossier_id))
    if row is None:
        return None
    return GivenRating(Level(row.level), row.comment, row.source, row.at)


@dataclass(frozen=True)
class SatisfactionReport:
    first: dt.date
    last: dt.date
    by: str
    rows: tuple[Tally, ...]
    target: int

    @property
    def total(self) -> Tally:
        total = Tally("TOTAL")
        for row in self.rows:
            total = total.plus(row, "TOTAL")
        return total


def _group_column(by: str):
    """The column a report groups by (None: by month, grouped in Python because the date
    functions differ between databases)."""
    if by == "procedure":
        return Procedure.code + " " + Procedure.name
    if by == "field":
        return Field.name
    if by == "clerk":  # who handed the result back; else who recorded the rating
        name = func.coalesce(func.nullif(User.full_name, ""), User.username)
        returned_by = (
            select(name)
            .select_from(DossierEvent)
            .join(User, User.id == DossierEvent.user_id)
            .where(DossierEvent.dossier_id == Dossier.id, DossierEvent.kind == "returned")
            .order_by(DossierEvent.id.desc())
            .limit(1)
            .scalar_subquery()
        )
        rated_by = select(name).where(User.id == Rating.user_id).scalar_subquery()
        return func.coalesce(returned_by, rated_by)
    return None


def report(
    db: Database, first: dt.date, last: dt.date, by: str = "procedure"
) -> SatisfactionReport:
    """Ratings given from ``first`` to ``last`` (inclusive), counted by ``by``."""
    from desk_app.services import agency

    auth.require(Permission.REPORTS)
    if by not in GROUPINGS:
        raise ValidationError(f"Nhóm theo {by!r} không có ({', '.join(GROUPINGS)})", "by")
    if last < first:
        raise ValidationError("Ngày cuối trước ngày đầu của kỳ báo cáo", "to")
    start = dt.datetime.combine(first, dt.time())
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time())
    with db.read() as session:
        group = _group_column(by)
        statement = (
            select(group if group is not None else Rating.at, Rating.level)
            .join(Dossier, Dossier.id == Rating.dossier_id)
            .join(Procedure, Procedure.id == Dossier.procedure_id)
            .join(Field, Field.id == Procedure.field_id)
            .where(Rating.at >= start, Rating.at < end)
        )
        counts: dict[str, dict[str, int]] = {}
        for name, level in session.execute(statement):
            key = f"{name:%m/%Y}" if by == "month" else str(name or "")
            counts.setdefault(key, {}).setdefault(level, 0)
            counts[key][level] += 1
        options = agency.get_settings(session).options
        target = int(options.get("satisfaction_target", satisfaction.DEFAULT_TARGET))
    order = (lambda k: (k[3:], k[:2])) if by == "month" else (lambda k: k)
    rows = tuple(
        Tally(
            key,
            counts[key].get(Level.VERY_SATISFIED.value, 0),
            counts[key].get(Level.SATISFIED.value, 0),
            counts[key].get(Level.UNSATISFIED.value, 0),
        )
        for key in sorted(counts, key=order)
    )
    return SatisfactionReport(first, last, by, rows, target)


def write_report(db: Database, result: SatisfactionReport, path) -> None:
    """``result`` to ``path`` (.csv, .xlsx or .pdf, by its extension)."""
    from desk_app.services import agency, printing, report_files

    with db.read() as session:
        letterhead = printing.agency_of(agency.get_settings(session))
    report_files.write_satisfaction(result, path, letterhead)
