"""The official results report (Form 06/VPCP/KSTT): received, resolved early / on time / late,
and in progress, per field and per procedure, for any period.

Definitions, for a period [first day, last day]:

* a dossier is *resolved* at its ``resolved_at``: when its result was ready at the desk, or when
  it was refused, stopped or withdrawn. A result waiting to be collected counts as resolved;
* (6) carried over: received before the period and not resolved before it;
* (4) online and (5) direct or postal: received within the period, by channel;
* (7) resolved within the period, classified against the legal due moment by the deadline
  engine's rule (``deadline.classify``: an earlier day is early, the due day on time, a later day
  late). A dossier closed while its clock was stopped for a supplement has no due moment and
  counts as on time;
* (11) in progress at the end of the period: received by then and not resolved by then;
  (13) overdue when its legal due moment had passed by the end of the period.

So (3) = (4) + (5) + (6) = (7) + (11) on every row. Everything is counted by SQL aggregates
grouped by procedure; fields and the total are sums of those few rows.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import Date, and_, case, cast, func, literal_column, or_, select, type_coerce
from sqlalchemy.orm import Session

from desk_app.db.database import Database
from desk_app.db.models import Dossier, Field, Procedure
from desk_app.domain.roles import Permission
from desk_app.domain.statistics import (
    CHANNELS,
    Counts,
    MonthRate,
    Report,
    ReportRow,
    check_period,
    month_period,
    reporting_period,
)
from desk_app.domain.text import fold
from desk_app.services import agency, auth, jobs


def _day(session: Session, column):
    """The calendar day of a stored moment, comparable within one dialect."""
    if session.get_bind().dialect.name == "sqlite":
        return func.substr(column, 1, 10)  # stored as 'YYYY-MM-DD HH:MM:SS.ffffff'
    return cast(column, Date)


def _bounds(first: dt.date, last: dt.date) -> tuple[dt.datetime, dt.datetime]:
    return dt.datetime.combine(first, dt.time()), dt.datetime.combine(
        last + dt.timedelta(days=1), dt.time()
    )


def _no_index(session: Session):
    """SQLite: a column wrapped so that the planner does not use its index for this term (the
    documented unary "+" idiom); the planner would otherwise pick an index that makes it read
    every dossier. Other databases plan from real statistics: the column as it is."""
    if session.get_bind().dialect.name != "sqlite":
        return lambda column: column
    return lambda column: type_coerce(
        literal_column(f"+{column.table.name}.{column.name}"), column.type
    )


def _recent(session: Session, start: dt.datetime, end: dt.datetime) -> bool:
    """Whether the dossiers alive in [start, end) are cheaper to find from ``resolved_at``
    (those resolved after ``start``, plus the unresolved) than from ``received_at`` (those
    received before ``end``): compares the two time spans over the register's own span (two
    index look-ups)."""
    first, last = session.execute(
        select(func.min(Dossier.received_at), func.max(Dossier.received_at))
    ).one()
    if first is None:
        return True
    return (last - start) < (end - first)


def _counts_by_procedure(
    session: Session, first: dt.date, last: dt.date, as_of: dt.datetime | None = None
) -> tuple[dict[int, Counts], dict[str, int]]:
    start, end = _bounds(first, last)
    overdue_by = min(end, as_of) if as_of is not None else end  # overdue as of then
    d = Dossier
    resolved_day, due_day = _day(session, d.resolved_at), _day(session, d.due_at)
    in_period = d.received_at >= start
    resolved_in = and_(d.resolved_at.is_not(None), d.resolved_at < end)
    with_due = and_(resolved_in, d.due_at.is_not(None))

    def count(condition):
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    plain = _no_index(session)
    columns = (
        plain(d.procedure_id),
        d.channel,
        count(in_period),
        count(~in_period),
        count(and_(with_due, resolved_day < due_day)),
        count(and_(with_due, resolved_day > due_day)),
        count(resolved_in),
        count(and_(~resolved_in, d.due_at.is_not(None), d.due_at < overdue_by)),
        func.count(),
    )
    # Alive during the period: received before its end and not resolved before its start.
    # Two ways to find them; take the one that reads fewer rows (see _recent).
    if _recent(session, start, end):
        conditions = [
            (d.resolved_at >= start, plain(d.received_at) < end),
            (d.resolved_at.is_(None), plain(d.received_at) < end),
        ]
    else:
        alive = or_(d.resolved_at.is_(None), plain(d.resolved_at) >= start)
        conditions = [(d.received_at < end, alive)]
    results = []
    for where in conditions:
        jobs.checkpoint()  # a cancelled report stops between its queries
        results += session.execute(
            select(*columns).where(*where).group_by(plain(d.procedure_id), d.channel)
        ).all()
    jobs.checkpoint()
    by_procedure: dict[int, Counts] = defaultdict(Counts)
    channels = dict.fromkeys(CHANNELS, 0)
    for procedure_id, channel, new, old, early, late, resolved, overdue, total in results:
        online = new if channel == "online" else 0
        counts = Counts(
            online=online,
            direct_postal=new - online,
            carried_over=old,
            early=early,
            on_time=resolved - early - late,
            late=late,
            within_deadline=total - resolved - overdue,
            overdue=overdue,
        )
        by_procedure[procedure_id] = by_procedure[procedure_id] + counts
        channels[channel] = channels.get(channel, 0) + new
    return by_procedure, channels


def build_report(
    session: Session, first: dt.date, last: dt.date, now: dt.datetime | None = None
) -> Report:
    """The report for the period, as at its end. Given ``now`` (the command line and the
    window give the clock) a period that has not ended yet stands at ``now``: its overdue
    dossiers are those overdue now, and the report says "số liệu đến <now>"."""
    check_period(first, last)
    as_of = None
    if now is not None and now < _bounds(first, last)[1]:
        as_of = now.replace(second=0, microsecond=0)
    by_procedure, channels = _counts_by_procedure(session, first, last, as_of)
    catalogue = session.execute(
        select(Field.id, Field.code, Field.name, Procedure.id, Procedure.code, Procedure.name).join(
            Procedure, Procedure.field_id == Field.id
        )
    ).all()
    catalogue.sort(key=lambda r: (fold(r[2]), r[4]))  # Vietnamese order: "Đầu tư" near "D"
    children: dict[int, list[ReportRow]] = defaultdict(list)
    field_names: dict[int, tuple[str, str]] = {}
    for field_id, field_code, field_name, procedure_id, code, name in catalogue:
        field_names[field_id] = (field_code, field_name)
        children[field_id].append(ReportRow(name, code, by_procedure.get(procedure_id, Counts())))
    rows = []
    total = Counts()
    for field_id, (field_code, field_name) in field_names.items():
        procedures = tuple(children[field_id])
        counts = sum((p.counts for p in procedures), Counts())
        rows.append(ReportRow(field_name, field_code, counts, procedures))
        total = total + counts
    settings = agency.get_settings(session)
    return Report(
        first,
        last,
        settings.name,
        settings.parent_agency,
        settings.place_name,
        tuple(rows),
        total,
        channels,
        as_of,
    )


def period(db: Database, spec: str) -> tuple[dt.date, dt.date]:
    """The dates of a reporting period named like ``2026-Q3`` under the agency's cut-off
    (setting ``report_cutoff``: Decree 09/2019's 14th, or calendar periods)."""
    with db.read() as session:
        cutoff = agency.get_settings(session).options.get("report_cutoff", "decree09")
    return reporting_period(spec, cutoff)


def report(db: Database, first: dt.date, last: dt.date, now: dt.datetime | None = None) -> Report:
    auth.require(Permission.REPORTS)
    with db.read() as session:
        return build_report(session, first, last, now)


def monthly_on_time(db: Database, last_month: dt.date, months: int = 12) -> list[MonthRate]:
    """On-time rate ((8)+(9))/(7) for each of the ``months`` months ending with the month of
    ``last_month``: one grouped query over the dossiers resolved in that span."""
    auth.require(Permission.REPORTS)
    end_first, end_last = month_period(last_month.year, last_month.month)
    year, month = end_first.year, end_first.month - (months - 1)
    while month < 1:
        year, month = year - 1, month + 12
    start, end = _bounds(dt.date(year, month, 1), end_last)
    jobs.checkpoint()
    with db.read() as session:
        d = Dossier
        resolved_day, due_day = _day(session, d.resolved_at), _day(session, d.due_at)
        if session.get_bind().dialect.name == "sqlite":
            month_key = func.substr(d.resolved_at, 1, 7)
        else:
            month_key = func.to_char(d.resolved_at, "YYYY-MM")
        late = and_(d.due_at.is_not(None), resolved_day > due_day)
        rows = session.execute(
            select(month_key, func.count(), func.sum(case((late, 1), else_=0)))
            .where(d.resolved_at >= start, d.resolved_at < end)
            .group_by(month_key)
        ).all()
    found = {key: (total, total - (late_count or 0)) for key, total, late_count in rows}
    result = []
    for index in range(months):
        y, m = year + (month - 1 + index) // 12, (month - 1 + index) % 12 + 1
        total, good = found.get(f"{y:04d}-{m:02d}", (0, 0))
        result.append(MonthRate(dt.date(y, m, 1), total, good))
    return result
